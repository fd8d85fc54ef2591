//! `report --pdf FILE`: the report of a period as a printable PDF with its
//! charts (crates/print), every text in the reader's language.

use crate::output::CliError;
use chrono::{DateTime, Datelike, Duration, Utc};
use switchboard_desk::reports::{Dashboard, GroupBy, TopicFigures, WeekFigures};
use switchboard_desk::Desk;
use switchboard_l10n::Localizer;
use switchboard_print::{Labels, NumberFormat, PrintedReport, Row, TopicRow, Week};

/// Topics printed: the most frequent of the period.
const TOPICS: usize = 10;

fn labels(l10n: &Localizer) -> Labels {
    let t = |k: &str| l10n.t(k, &[]);
    Labels {
        overview: t("report-pdf-overview"),
        cases_opened: t("report-col-opened"),
        cases_resolved: t("report-col-resolved"),
        backlog: t("report-col-backlog"),
        first_response: t("report-first"),
        resolution: t("report-resolution"),
        first_response_on_time: t("report-pdf-first-on-time"),
        resolution_on_time: t("report-pdf-resolution-on-time"),
        met: t("report-kept-met"),
        missed: t("report-kept-missed"),
        attainment: t("report-pdf-on-time"),
        median: t("report-pdf-median"),
        attainment_chart: t("report-pdf-attainment-chart"),
        // The printer puts the number in.
        more_groups: l10n.t("report-pdf-more-groups", &[("n", "{n}".into())]),
        handoffs: t("report-pdf-handoffs"),
        handoffs_note: l10n.t(
            "report-pdf-handoffs-note",
            &[
                ("in_time", "{in_time}".into()),
                ("median", "{median}".into()),
            ],
        ),
        trend_chart: t("report-pdf-trend"),
        heat_map: t("reports-heat-title"),
        table: t("report-pdf-table"),
        group_column: t("report-col-key"),
        topics: t("report-pdf-topics"),
        previous_period: t("report-pdf-previous"),
        no_data: t("report-pdf-no-data"),
        day_unit: t("report-pdf-day-unit"),
        hour_unit: t("report-pdf-hour-unit"),
        minute_unit: t("report-pdf-minute-unit"),
    }
}

fn number_format(lang: &str) -> NumberFormat {
    match lang {
        "de" | "it" => NumberFormat::swiss_german(),
        "fr" => NumberFormat::swiss_french(),
        _ => NumberFormat::english(),
    }
}

/// A day as the reader writes it: 2026-11-30 in English, 30.11.2026 in
/// the Swiss languages.
fn day(lang: &str, at: DateTime<Utc>) -> String {
    match lang {
        "en" => at.format("%Y-%m-%d").to_string(),
        _ => at.format("%d.%m.%Y").to_string(),
    }
}

fn day_names(l10n: &Localizer) -> [String; 7] {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .map(|d| l10n.t(&format!("report-pdf-day-{d}"), &[]))
}

fn week(lang: &str, w: &WeekFigures) -> Week {
    Week {
        label: match lang {
            "en" => w.week.format("%d %b").to_string(),
            _ => format!("{}.{}.", w.week.day(), w.week.month()),
        },
        opened: w.cases_opened,
        resolved: w.cases_resolved,
        first_response_attainment: w.first_response_attainment,
        resolution_attainment: w.resolution_attainment,
    }
}

/// Customers' messages quoted under each printed topic.
const SAMPLES: u32 = 2;

async fn topic(
    desk: &Desk,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    t: &TopicFigures,
) -> Result<TopicRow, CliError> {
    let samples = if t.topic == "none" {
        Vec::new()
    } else {
        desk.report_topic_samples(from, to, &t.topic, SAMPLES)
            .await?
            .into_iter()
            .map(|s| format!("{} — {}", s.text, s.community))
            .collect()
    };
    Ok(TopicRow {
        label: t.topic.clone(),
        count: t.cases_opened,
        previous: t.previous_opened,
        samples,
    })
}

/// Writes the report of `[from, to)`, grouped by `by` (communities when
/// none is given), to `file`.
pub async fn write(
    desk: &Desk,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    by: Option<GroupBy>,
    file: &std::path::Path,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let by = by.unwrap_or(GroupBy::Community);
    let Dashboard {
        report,
        weeks,
        topics,
    } = desk.report_dashboard(from, to, Some(by)).await?;
    let mut printed_topics = Vec::new();
    for t in topics.iter().take(TOPICS) {
        printed_topics.push(topic(desk, from, to, t).await?);
    }
    let lang = l10n.lang();
    let last_day = to - Duration::milliseconds(1);
    let brands: Vec<String> = desk.brands().await?.into_iter().map(|b| b.name).collect();
    let printed = PrintedReport {
        title: l10n.t("report-pdf-title", &[("brands", brands.join(", "))]),
        period: format!("{} – {}", day(lang, from), day(lang, last_day)),
        generated: l10n.t(
            "report-pdf-generated",
            &[(
                "at",
                format!(
                    "{} {}",
                    day(lang, desk.now()),
                    desk.now().format("%H:%M UTC")
                ),
            )],
        ),
        labels: Labels {
            group_column: l10n.t(&format!("reports-by-{}", by.as_str()), &[]),
            ..labels(l10n)
        },
        number_format: number_format(lang),
        total: Row {
            key: l10n.t("report-total", &[]),
            figures: report.total.clone(),
        },
        groups: report
            .groups
            .iter()
            .map(|g| Row {
                key: g.key.clone(),
                figures: g.figures.clone(),
            })
            .collect(),
        weeks: weeks.iter().map(|w| week(lang, w)).collect(),
        opened_by_hour_of_week: report.total.opened_by_hour_of_week.clone(),
        day_names: day_names(l10n),
        topics: printed_topics,
    };
    let bytes = switchboard_print::render(&printed).map_err(CliError::Print)?;
    std::fs::write(file, bytes).map_err(CliError::Io)
}
