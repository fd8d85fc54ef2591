//! `report --from D --to D [--by KEY] [--json | --csv FILE | --pdf FILE]`:
//! how the desk kept its promise over a period (definitions:
//! docs/decisions/025-report-definitions.md).

use crate::output::{self, CliError};
use chrono::{DateTime, Duration, Utc};
use clap::Args;
use std::path::PathBuf;
use switchboard_desk::reports::{GroupBy, Report};
use switchboard_desk::Desk;
use switchboard_domain::report::Figures;
use switchboard_l10n::Localizer;

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Start of the period (included): RFC 3339 time or YYYY-MM-DD (UTC) [default: 30 days before --to].
    #[arg(long, value_name = "T")]
    pub from: Option<String>,
    /// End of the period (excluded) [default: now].
    #[arg(long, value_name = "T")]
    pub to: Option<String>,
    /// Group by community, brand, locale, channel, agent, topic or crisis.
    #[arg(long, value_name = "KEY")]
    pub by: Option<String>,
    /// {"from", "to", "total": {...}, "groups": [{"key": ..., ...}]}.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// One row per group (and the total), one column per figure.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// One row per case of the period, with every clock and how it counts.
    #[arg(long = "cases-csv", value_name = "FILE", conflicts_with_all = ["json", "csv"])]
    pub cases_csv: Option<PathBuf>,
    /// The report as a printable PDF with its charts (by community unless --by).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["json", "csv", "cases_csv"])]
    pub pdf: Option<PathBuf>,
}

/// The per-case export's columns.
const CASE_COLUMNS: [&str; 17] = [
    "case_id",
    "community",
    "channel",
    "agent",
    "topic",
    "crisis",
    "status",
    "opened_at",
    "first_response_due",
    "first_response_at",
    "first_response",
    "first_response_s",
    "resolved_at",
    "resolution",
    "resolution_s",
    "waited_s",
    "backlog",
];

fn case_row(l: &switchboard_desk::reports::CaseLine) -> String {
    let t = |v: Option<DateTime<Utc>>| v.map_or_else(String::new, |x| x.to_rfc3339());
    let n = |v: Option<i64>| v.map_or_else(String::new, |x| x.to_string());
    let k = |v: Option<switchboard_domain::report::Kept>| {
        v.map_or_else(String::new, |x| x.as_str().to_string())
    };
    [
        l.case_id.to_string(),
        csv_field(&l.community),
        l.channel.clone(),
        csv_field(&l.agent),
        csv_field(&l.topic),
        csv_field(&l.crisis),
        l.status.clone(),
        l.opened_at.to_rfc3339(),
        l.first_response_due.to_rfc3339(),
        t(l.first_response_at),
        k(l.first_response),
        n(l.first_response_s),
        t(l.resolved_at),
        k(l.resolution),
        n(l.resolution_s),
        l.waited_s.to_string(),
        l.backlog.to_string(),
    ]
    .join(",")
}

/// Writes every case of the period to `file`; returns how many.
async fn cases_csv(
    desk: &Desk,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    file: &std::path::Path,
) -> Result<usize, CliError> {
    use std::io::Write;
    let mut w = std::io::BufWriter::new(std::fs::File::create(file).map_err(CliError::Io)?);
    writeln!(w, "{}", CASE_COLUMNS.join(",")).map_err(CliError::Io)?;
    let mut rows = 0;
    let mut failed = None;
    desk.report_lines(from, to, |line| {
        if failed.is_none() {
            match writeln!(w, "{}", case_row(&line)) {
                Ok(()) => rows += 1,
                Err(e) => failed = Some(e),
            }
        }
    })
    .await?;
    if let Some(e) = failed {
        return Err(CliError::Io(e));
    }
    w.flush().map_err(CliError::Io)?;
    Ok(rows)
}

/// The figures' stable names, in column order.
const COLUMNS: [&str; 23] = [
    "cases_opened",
    "cases_resolved",
    "cases_reopened",
    "reopen_rate",
    "first_response_met",
    "first_response_missed",
    "first_response_running",
    "first_response_attainment",
    "first_response_median_s",
    "first_response_p90_s",
    "resolution_met",
    "resolution_missed",
    "resolution_running",
    "resolution_attainment",
    "resolution_median_s",
    "resolution_p90_s",
    "backlog_open",
    "handoffs_asked",
    "handoffs_answered",
    "handoffs_answered_in_time",
    "handoffs_declined",
    "handoffs_expired",
    "handoff_answer_median_s",
];

fn values(f: &Figures) -> Vec<String> {
    let opt = |v: Option<i64>| v.map_or_else(String::new, |x| x.to_string());
    let pct = |v: Option<f64>| v.map_or_else(String::new, |x| format!("{x:.4}"));
    vec![
        f.cases_opened.to_string(),
        f.cases_resolved.to_string(),
        f.cases_reopened.to_string(),
        pct(f.reopen_rate),
        f.first_response_met.to_string(),
        f.first_response_missed.to_string(),
        f.first_response_running.to_string(),
        pct(f.first_response_attainment),
        opt(f.first_response_median_s),
        opt(f.first_response_p90_s),
        f.resolution_met.to_string(),
        f.resolution_missed.to_string(),
        f.resolution_running.to_string(),
        pct(f.resolution_attainment),
        opt(f.resolution_median_s),
        opt(f.resolution_p90_s),
        f.backlog_open.to_string(),
        f.handoffs_asked.to_string(),
        f.handoffs_answered.to_string(),
        f.handoffs_answered_in_time.to_string(),
        f.handoffs_declined.to_string(),
        f.handoffs_expired.to_string(),
        opt(f.handoff_answer_median_s),
    ]
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(report: &Report) -> String {
    let mut out = format!("key,{}\n", COLUMNS.join(","));
    for g in &report.groups {
        out.push_str(&csv_field(&g.key));
        out.push(',');
        out.push_str(&values(&g.figures).join(","));
        out.push('\n');
    }
    out.push_str("total,");
    out.push_str(&values(&report.total).join(","));
    out.push('\n');
    out
}

/// Seconds as people read a duration: `42 min`, `3 h 5 min`, `2 d 4 h`.
fn span(s: Option<i64>) -> String {
    let Some(s) = s else { return "—".into() };
    let m = s / 60;
    if m < 60 {
        format!("{m} min")
    } else if m < 24 * 60 {
        format!("{} h {} min", m / 60, m % 60)
    } else {
        format!("{} d {} h", m / (24 * 60), (m / 60) % 24)
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "—".into(), |x| format!("{:.1} %", x * 100.0))
}

pub async fn run(desk: &Desk, a: ReportArgs, l10n: &Localizer) -> Result<(), CliError> {
    let to: DateTime<Utc> = match &a.to {
        Some(t) => crate::crisis::time(t, "to")?,
        None => desk.now(),
    };
    let from = match &a.from {
        Some(t) => crate::crisis::time(t, "from")?,
        None => to - Duration::days(30),
    };
    let by = a.by.as_deref().map(GroupBy::parse).transpose()?;
    if let Some(file) = &a.cases_csv {
        let rows = cases_csv(desk, from, to, file).await?;
        out!(
            "{}",
            l10n.t(
                "report-csv-written",
                &[
                    ("file", file.display().to_string()),
                    ("rows", rows.to_string())
                ]
            )
        );
        return Ok(());
    }
    if let Some(file) = &a.pdf {
        crate::report_pdf::write(desk, from, to, by, file, l10n).await?;
        out!(
            "{}",
            l10n.t(
                "report-pdf-written",
                &[("file", file.display().to_string())]
            )
        );
        return Ok(());
    }
    // The first report of a workspace computes every case's clocks once.
    let mut shown = false;
    let preparing = l10n.t("report-preparing", &[("cases", "{cases}".into())]);
    let report = desk
        .report_with_progress(from, to, by, &mut |done| {
            shown = true;
            eprint!("\r{}", preparing.replace("{cases}", &done.to_string()));
        })
        .await?;
    if shown {
        eprintln!();
    }
    if a.json {
        return output::json(&report);
    }
    if let Some(file) = &a.csv {
        std::fs::write(file, csv(&report)).map_err(CliError::Io)?;
        out!(
            "{}",
            l10n.t(
                "report-csv-written",
                &[
                    ("file", file.display().to_string()),
                    ("rows", (report.groups.len() + 1).to_string())
                ]
            )
        );
        return Ok(());
    }
    let h = |k: &str| l10n.t(k, &[]);
    let mut t = output::table(vec![
        h("report-col-key"),
        h("report-col-opened"),
        h("report-col-resolved"),
        h("report-col-first-met"),
        h("report-col-first-median"),
        h("report-col-resolution-met"),
        h("report-col-resolution-median"),
        h("report-col-backlog"),
    ]);
    let mut row = |key: String, f: &Figures| {
        t.add_row(vec![
            key,
            f.cases_opened.to_string(),
            f.cases_resolved.to_string(),
            pct(f.first_response_attainment),
            span(f.first_response_median_s),
            pct(f.resolution_attainment),
            span(f.resolution_median_s),
            f.backlog_open.to_string(),
        ]);
    };
    for g in &report.groups {
        row(g.key.clone(), &g.figures);
    }
    row(h("report-total"), &report.total);
    out!(
        "{}",
        l10n.t(
            "report-period",
            &[
                ("from", from.format("%Y-%m-%d %H:%M UTC").to_string()),
                ("to", to.format("%Y-%m-%d %H:%M UTC").to_string())
            ]
        )
    );
    out!("{t}");
    Ok(())
}
