//! The printed report read back with an independent PDF reader (lopdf):
//! the file is whole, long tables continue over pages with their header,
//! text in our languages comes back as written, and no input makes the
//! renderer fail or panic. With SWITCHBOARD_PRINT_DUMP=DIR set, each
//! test leaves its PDF in DIR to look at (`pdftoppm -png DIR/x.pdf`).

#![allow(clippy::panic, clippy::expect_used)]

use switchboard_domain::report::Figures;
use switchboard_print::{render, Labels, NumberFormat, PrintedReport, Row, TopicRow, Week};

fn labels() -> Labels {
    Labels {
        overview: "Overview".into(),
        cases_opened: "Opened".into(),
        cases_resolved: "Resolved".into(),
        backlog: "Backlog".into(),
        first_response: "First response".into(),
        resolution: "Resolution".into(),
        first_response_on_time: "First response on time".into(),
        resolution_on_time: "Resolution on time".into(),
        met: "Met".into(),
        missed: "Missed".into(),
        attainment: "On time".into(),
        median: "Median".into(),
        attainment_chart: "On time by community".into(),
        more_groups: "+ {n} more in the table".into(),
        handoffs: "Expert handoffs".into(),
        handoffs_note: "{in_time} in time · median {median}".into(),
        trend_chart: "Week by week".into(),
        heat_map: "Cases opened by hour of the week".into(),
        table: "Every community".into(),
        group_column: "Community".into(),
        topics: "Top topics".into(),
        previous_period: "Previous period".into(),
        no_data: "No cases in this period.".into(),
        day_unit: "d".into(),
        hour_unit: "h".into(),
        minute_unit: "min".into(),
    }
}

fn figures(n: u64) -> Figures {
    Figures {
        cases_opened: n,
        cases_resolved: n / 2,
        first_response_met: n / 2,
        first_response_missed: n / 4,
        first_response_attainment: Some(0.66),
        first_response_median_s: Some(65 * 60),
        resolution_met: n / 3,
        resolution_missed: n / 6,
        resolution_attainment: Some(0.5),
        resolution_median_s: Some(30 * 3600),
        backlog_open: n / 10,
        ..Figures::default()
    }
}

fn report(groups: usize) -> PrintedReport {
    PrintedReport {
        title: "Monthly report".into(),
        period: "1 – 30 November 2026".into(),
        generated: "Printed 6 December 2026, 10:42".into(),
        labels: labels(),
        number_format: NumberFormat::english(),
        total: Row {
            key: "Total".into(),
            figures: figures(groups as u64 * 10),
        },
        groups: (0..groups)
            .map(|i| Row {
                key: format!("group-{i:03}"),
                figures: figures(i as u64 * 3 + 1),
            })
            .collect(),
        weeks: (44..49)
            .map(|w| Week {
                label: format!("W{w}"),
                opened: 100 + w,
                resolved: 90 + w,
                first_response_attainment: Some(0.9),
                resolution_attainment: Some(0.8),
            })
            .collect(),
        opened_by_hour_of_week: (0..168).map(|h| h % 24).collect(),
        day_names: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map(String::from),
        topics: vec![TopicRow {
            label: "Lost baggage".into(),
            count: 40,
            previous: 31,
            samples: vec!["My suitcase did not arrive in Zurich.".into()],
        }],
    }
}

/// Renders `r`, keeping the file when SWITCHBOARD_PRINT_DUMP names a folder.
fn rendered(name: &str, r: &PrintedReport) -> Vec<u8> {
    let pdf = render(r).unwrap_or_else(|e| panic!("{name} did not render: {e}"));
    if let Some(dir) = std::env::var_os("SWITCHBOARD_PRINT_DUMP") {
        let path = std::path::Path::new(&dir).join(format!("{name}.pdf"));
        std::fs::write(&path, &pdf).expect("the dump folder is writable");
    }
    pdf
}

/// The text of each page, as a reader extracts it.
fn pages(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf can read");
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    numbers
        .iter()
        .map(|&n| doc.extract_text(&[n]).expect("text of the page"))
        .collect()
}

#[test]
fn the_file_starts_with_the_pdf_header_and_ends_with_eof() {
    let pdf = rendered("six-groups", &report(6));
    assert!(
        pdf.starts_with(b"%PDF-"),
        "starts with {:?}",
        String::from_utf8_lossy(&pdf[..8])
    );
    let end = String::from_utf8_lossy(&pdf[pdf.len().saturating_sub(16)..]).to_string();
    assert!(end.trim_end().ends_with("%%EOF"), "ends with {end:?}");
}

#[test]
fn three_hundred_groups_continue_over_pages_each_repeating_the_table_header() {
    let pdf = rendered("300-groups", &report(300));
    let pages = pages(&pdf);
    assert!(
        pages.len() > 1,
        "300 groups printed on {} page(s)",
        pages.len()
    );
    // The bar chart above the table names some groups too.
    let table = pages
        .iter()
        .position(|p| p.contains("Every community"))
        .expect("the table's heading");
    let with_rows: Vec<usize> = (table..pages.len())
        .filter(|&i| pages[i].contains("group-"))
        .collect();
    assert!(with_rows.len() > 1, "the table is on pages {with_rows:?}");
    for &i in &with_rows {
        for header in [
            "Community",
            "Opened",
            "Missed",
            "Median",
            "Backlog",
            "First response",
        ] {
            assert!(
                pages[i].contains(header),
                "page {} has rows but no {header:?}",
                i + 1
            );
        }
    }
    for g in [0, 150, 299] {
        let key = format!("group-{g:03}");
        assert!(
            pages.iter().any(|p| p.contains(&key)),
            "{key} is on no page"
        );
    }
}

#[test]
fn every_page_is_numbered_in_its_footer() {
    let pdf = render(&report(300)).expect("rendered");
    let pages = pages(&pdf);
    let n = pages.len();
    for (i, text) in pages.iter().enumerate() {
        let number = format!("{} / {n}", i + 1);
        assert!(text.contains(&number), "page {} lacks {number:?}", i + 1);
    }
}

#[test]
fn french_german_and_italian_text_survives_as_written() {
    let mut r = report(2);
    let written = "Résolution à l’heure, Gepäck ß «Ça» – 3 × ≤ 5, perché";
    r.title = written.into();
    r.groups[0].key = "Zürich/fr-CH".into();
    r.topics[0].label = "Bagages égarés".into();
    let all = pages(&rendered("languages", &r)).concat();
    for text in [written, "Zürich/fr-CH", "Bagages égarés", "▲ +9"] {
        assert!(
            all.contains(text),
            "{text:?} is not in the extracted text:\n{all}"
        );
    }
}

#[test]
fn swiss_numbers_print_with_their_separators() {
    let mut r = report(1);
    r.number_format = NumberFormat::swiss_german();
    r.total.figures.cases_opened = 12_345;
    let all = pages(&render(&r).expect("rendered")).concat();
    assert!(all.contains("12’345"), "no 12’345 in:\n{all}");
}

#[test]
fn an_empty_report_renders_on_one_page() {
    let pdf = rendered("empty", &PrintedReport::default());
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(pages(&pdf).len(), 1);
}

#[test]
fn no_odd_input_makes_it_fail() {
    let mut r = report(3);
    r.groups[0].key = "k".repeat(200);
    r.groups[1].figures = Figures::default();
    r.groups[2].figures.first_response_attainment = Some(f64::NAN);
    r.groups[2].figures.resolution_attainment = Some(-3.0);
    r.groups[2].figures.first_response_median_s = Some(i64::MIN);
    r.groups[2].figures.resolution_median_s = Some(i64::MAX);
    r.groups[2].figures.cases_opened = u64::MAX;
    r.title = format!("{} {}", "Sehr langer Titel".repeat(20), "x".repeat(300));
    r.weeks.push(Week {
        label: "W".repeat(80),
        opened: u64::MAX,
        resolved: 0,
        first_response_attainment: None,
        resolution_attainment: Some(f64::INFINITY),
    });
    r.opened_by_hour_of_week = vec![u64::MAX; 500];
    r.topics.push(TopicRow {
        label: "t".repeat(200),
        count: 0,
        previous: u64::MAX,
        samples: vec![String::new(), "\u{0}\n\t🛄 ".repeat(100), "y".repeat(2000)],
    });
    r.labels = Labels::default();
    rendered("odd", &r);

    let mut r = report(0);
    r.weeks = (0..400)
        .map(|i| Week {
            label: format!("{i}"),
            ..Week::default()
        })
        .collect();
    r.opened_by_hour_of_week.clear();
    r.topics.clear();
    rendered("400-empty-weeks", &r);
}

#[test]
fn fonts_are_subset_so_a_report_stays_small() {
    let pdf = render(&report(300)).expect("rendered");
    assert!(pdf.len() < 200_000, "300 groups take {} bytes", pdf.len());
}
