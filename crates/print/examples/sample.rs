//! Writes a realistic monthly report in German to the path given:
//! `cargo run -p switchboard-print --example sample -- /tmp/report.pdf`.
//! Six communities of two airlines, five weeks, a working-day shape by
//! hour of the week, and the topics customers wrote about.

use switchboard_domain::report::Figures;
use switchboard_print::{render, Labels, NumberFormat, PrintedReport, Row, TopicRow, Week};

/// A group's figures: counts, and medians in minutes.
#[allow(clippy::too_many_arguments)]
fn figures(
    opened: u64,
    resolved: u64,
    fr: (u64, u64, i64),
    res: (u64, u64, i64),
    backlog: u64,
    hours: &[u64],
) -> Figures {
    let ratio =
        |met: u64, missed: u64| (met + missed > 0).then(|| met as f64 / (met + missed) as f64);
    Figures {
        cases_opened: opened,
        cases_resolved: resolved,
        first_response_met: fr.0,
        first_response_missed: fr.1,
        first_response_running: 0,
        first_response_attainment: ratio(fr.0, fr.1),
        first_response_median_s: Some(fr.2 * 60),
        first_response_p90_s: Some(fr.2 * 60 * 3),
        resolution_met: res.0,
        resolution_missed: res.1,
        resolution_running: 0,
        resolution_attainment: ratio(res.0, res.1),
        resolution_median_s: Some(res.2 * 60),
        resolution_p90_s: Some(res.2 * 60 * 3),
        backlog_open: backlog,
        opened_by_hour_of_week: hours.iter().map(|h| h * opened / 1000).collect(),
        ..Figures::default()
    }
}

/// Cases per hour of the week (per mille of a community's cases): quiet
/// nights, a morning and an evening peak, calmer weekends.
fn week_shape() -> Vec<u64> {
    let day = [
        1, 1, 1, 1, 1, 2, 4, 8, 11, 10, 9, 8, 8, 8, 7, 7, 8, 10, 12, 11, 9, 6, 4, 2,
    ];
    (0..7)
        .flat_map(|d| {
            let weight = match d {
                0 => 12,
                1..=3 => 10,
                4 => 11,
                5 => 7,
                _ => 8,
            };
            day.iter().map(move |h| h * weight / 10)
        })
        .collect()
}

fn labels() -> Labels {
    Labels {
        overview: "Überblick".into(),
        cases_opened: "Eröffnet".into(),
        cases_resolved: "Gelöst".into(),
        backlog: "Offen am Ende".into(),
        first_response: "Erste Antwort".into(),
        resolution: "Lösung".into(),
        first_response_on_time: "Erste Antwort eingehalten".into(),
        resolution_on_time: "Lösung eingehalten".into(),
        met: "Eingehalten".into(),
        missed: "Verpasst".into(),
        attainment: "Quote".into(),
        median: "Median".into(),
        attainment_chart: "Eingehalten nach Community".into(),
        more_groups: "+ {n} weitere in der Tabelle".into(),
        handoffs: "Übergaben an Fachleute".into(),
        handoffs_note: "{in_time} rechtzeitig · Median {median}".into(),
        trend_chart: "Woche für Woche".into(),
        heat_map: "Eröffnete Fälle nach Stunde der Woche".into(),
        table: "Alle Communities".into(),
        group_column: "Community".into(),
        topics: "Häufigste Themen".into(),
        previous_period: "Vorperiode".into(),
        no_data: "Keine Fälle in dieser Periode.".into(),
        day_unit: "T".into(),
        hour_unit: "h".into(),
        minute_unit: "min".into(),
    }
}

fn sample() -> PrintedReport {
    let shape = week_shape();
    let groups = vec![
        (
            "lakeline/fr-CH",
            figures(1184, 1121, (1062, 98, 38), (1004, 117, 610), 63, &shape),
        ),
        (
            "lakeline/de-CH",
            figures(2310, 2247, (2151, 132, 27), (2080, 167, 545), 88, &shape),
        ),
        (
            "lakeline/en",
            figures(1532, 1490, (1389, 121, 33), (1311, 179, 702), 71, &shape),
        ),
        (
            "summit/fr-CH",
            figures(402, 371, (341, 52, 51), (318, 53, 830), 31, &shape),
        ),
        (
            "summit/de-CH",
            figures(715, 698, (660, 41, 29), (641, 57, 590), 22, &shape),
        ),
        (
            "summit/en",
            figures(288, 262, (231, 49, 66), (205, 57, 1045), 26, &shape),
        ),
    ];
    let mut total = Figures::default();
    for (_, g) in &groups {
        total.cases_opened += g.cases_opened;
        total.cases_resolved += g.cases_resolved;
        total.first_response_met += g.first_response_met;
        total.first_response_missed += g.first_response_missed;
        total.resolution_met += g.resolution_met;
        total.resolution_missed += g.resolution_missed;
        total.backlog_open += g.backlog_open;
    }
    let ratio = |met: u64, missed: u64| Some(met as f64 / (met + missed) as f64);
    total.first_response_attainment = ratio(total.first_response_met, total.first_response_missed);
    total.resolution_attainment = ratio(total.resolution_met, total.resolution_missed);
    total.first_response_median_s = Some(33 * 60);
    total.resolution_median_s = Some(618 * 60);
    total.opened_by_hour_of_week = vec![0; 168];
    for (_, g) in &groups {
        for (sum, h) in total
            .opened_by_hour_of_week
            .iter_mut()
            .zip(&g.opened_by_hour_of_week)
        {
            *sum += h;
        }
    }
    let week = |label: &str, opened, resolved, fr, res| Week {
        label: label.into(),
        opened,
        resolved,
        first_response_attainment: Some(fr),
        resolution_attainment: Some(res),
    };
    let topic = |label: &str, count, previous, samples: &[&str]| TopicRow {
        label: label.into(),
        count,
        previous,
        samples: samples.iter().map(|s| s.to_string()).collect(),
    };
    PrintedReport {
        title: "Monatsbericht — Lakeline & Summit Air".into(),
        period: "1.–30. November 2026".into(),
        generated: "Gedruckt am 6. Dezember 2026, 10:42".into(),
        labels: labels(),
        number_format: NumberFormat::swiss_german(),
        opened_by_hour_of_week: total.opened_by_hour_of_week.clone(),
        total: Row { key: "Total".into(), figures: total },
        groups: groups
            .into_iter()
            .map(|(key, figures)| Row { key: key.into(), figures })
            .collect(),
        weeks: vec![
            week("KW 44", 402, 377, 0.93, 0.88),
            week("KW 45", 1518, 1466, 0.94, 0.90),
            week("KW 46", 1702, 1645, 0.89, 0.86),
            week("KW 47", 1611, 1580, 0.93, 0.89),
            week("KW 48", 1198, 1121, 0.95, 0.91),
        ],
        day_names: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"].map(String::from),
        topics: vec![
            topic(
                "Verlorenes Gepäck",
                1412,
                1180,
                &[
                    "Mein Koffer ist seit Dienstag nicht in Zürich angekommen – wann kommt er endlich?",
                    "Valise perdue à Genève, vol de Lisbonne : personne ne répond au comptoir.",
                ],
            ),
            topic(
                "Flugänderung & Annullierung",
                1033,
                1240,
                &["Unser Flug nach Málaga wurde gestrichen, bekommen wir einen Ersatzflug am selben Tag?"],
            ),
            topic(
                "Rückerstattung",
                884,
                861,
                &["Il rimborso del volo annullato non è ancora arrivato dopo sei settimane."],
            ),
            topic(
                "Sitzplatz & Upgrade",
                512,
                512,
                &["Can I still pick a seat by the window for my flight on Friday?"],
            ),
            topic(
                "Lob",
                301,
                244,
                &["Merci à l’équipage du vol de ce matin, service au top ! «À refaire»."],
            ),
        ],
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: sample OUT.pdf");
        std::process::exit(2);
    };
    match render(&sample()).map(|pdf| std::fs::write(&path, pdf)) {
        Ok(Ok(())) => println!("wrote {path}"),
        Ok(Err(e)) => {
            eprintln!("cannot write {path}: {e}");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("cannot print the report: {e}");
            std::process::exit(1);
        }
    }
}
