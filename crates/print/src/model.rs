//! What a printed report is made of: plain data, every text already in the
//! reader's language. The caller (CLI or window) localizes; this crate only
//! lays out, so it knows neither the desk nor Fluent.

use switchboard_domain::report::Figures;

/// A monthly report ready to print.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrintedReport {
    /// "Monthly report — Lakeline & Summit Air".
    pub title: String,
    /// "1 – 30 November 2026".
    pub period: String,
    /// "Printed 6 December 2026, 10:42".
    pub generated: String,
    pub labels: Labels,
    pub number_format: NumberFormat,
    /// The whole period; its key names the total row ("Total").
    pub total: Row,
    /// One per community, brand, language…, in the order to print them.
    pub groups: Vec<Row>,
    /// The trend, oldest week first.
    pub weeks: Vec<Week>,
    /// Cases opened by hour of the week: 168 counts, Monday 00:00 first.
    /// Missing hours count as 0, extra ones are ignored.
    pub opened_by_hour_of_week: Vec<u64>,
    /// Monday to Sunday, short ("Mo", "Di", …).
    pub day_names: [String; 7],
    /// The topics to show, most frequent first.
    pub topics: Vec<TopicRow>,
}

/// One line of the report: a group or the total.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub key: String,
    pub figures: Figures,
}

/// One week of the trend.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Week {
    /// "W45" or "3 Nov".
    pub label: String,
    pub opened: u64,
    pub resolved: u64,
    /// Met ÷ (met + missed), 0..=1; `None` when nothing was due.
    pub first_response_attainment: Option<f64>,
    pub resolution_attainment: Option<f64>,
}

/// A topic of the period and how it moved against the previous period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicRow {
    /// "Lost baggage".
    pub label: String,
    pub count: u64,
    /// Its count in the period before, as long as this one.
    pub previous: u64,
    /// One or two short messages of the topic, as customers wrote them.
    pub samples: Vec<String>,
}

/// Every heading, column name and unit the report prints, localized.
/// The examples are the English texts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Labels {
    /// "Overview": the headline figures.
    pub overview: String,
    /// "Cases opened".
    pub cases_opened: String,
    /// "Resolved".
    pub cases_resolved: String,
    /// "Backlog": open at the end of the period.
    pub backlog: String,
    /// "First response": heads the table's first-response columns.
    pub first_response: String,
    /// "Resolution".
    pub resolution: String,
    /// "First response on time": a headline tile and a legend.
    pub first_response_on_time: String,
    /// "Resolution on time".
    pub resolution_on_time: String,
    /// "Met".
    pub met: String,
    /// "Missed".
    pub missed: String,
    /// "On time": the column of met ÷ (met + missed).
    pub attainment: String,
    /// "Median".
    pub median: String,
    /// "On time by community": the bar chart.
    pub attainment_chart: String,
    /// "+ {n} more in the table": under the bar chart when it shows only
    /// the largest groups; `{n}` is replaced by how many it leaves out.
    pub more_groups: String,
    /// The expert handoffs tile: its label, and its note with `{in_time}`
    /// and `{median}` put in by the printer.
    pub handoffs: String,
    pub handoffs_note: String,
    /// "Week by week".
    pub trend_chart: String,
    /// "Cases opened by hour of the week".
    pub heat_map: String,
    /// "Every community": the table.
    pub table: String,
    /// "Community": the table's first column.
    pub group_column: String,
    /// "Top topics".
    pub topics: String,
    /// "Previous period": before the count a topic had then.
    pub previous_period: String,
    /// "No cases in this period.": in place of an empty chart.
    pub no_data: String,
    /// "d", "h", "min": units of a duration ("1 h 05 min").
    pub day_unit: String,
    pub hour_unit: String,
    pub minute_unit: String,
}

/// How numbers are written in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberFormat {
    pub decimal: char,
    /// Between groups of three digits.
    pub thousands: char,
    /// After a percentage: "%" or " %" (a no-break space before it).
    pub percent: String,
}

impl NumberFormat {
    /// 1,234.5 and 94.3%.
    pub fn english() -> NumberFormat {
        NumberFormat {
            decimal: '.',
            thousands: ',',
            percent: "%".into(),
        }
    }

    /// 1’234.5 and 94.3 % (de-CH and it-CH).
    pub fn swiss_german() -> NumberFormat {
        NumberFormat {
            decimal: '.',
            thousands: '’',
            percent: "\u{a0}%".into(),
        }
    }

    /// 1 234,5 and 94,3 % with narrow no-break spaces (fr-CH).
    pub fn swiss_french() -> NumberFormat {
        NumberFormat {
            decimal: ',',
            thousands: '\u{202f}',
            percent: "\u{202f}%".into(),
        }
    }
}

impl Default for NumberFormat {
    fn default() -> Self {
        NumberFormat::english()
    }
}
