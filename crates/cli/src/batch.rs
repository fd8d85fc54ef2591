//! `inbound --batch FILE`: fan messages in bulk from JSON Lines, checked
//! whole before anything is written, with progress on standard error and a
//! summary at the end.

use crate::output::{self, CliError};
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::Path;
use std::time::Instant;
use switchboard_desk::{Desk, DeskError};
use switchboard_l10n::Localizer;

pub async fn import(
    desk: &Desk,
    file: &Path,
    json: bool,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let started = Instant::now();
    let input: Box<dyn BufRead> = if file == Path::new("-") {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        let f = std::fs::File::open(file).map_err(|e| DeskError::Io {
            path: file.display().to_string(),
            reason: e.to_string(),
        })?;
        Box::new(BufReader::with_capacity(1 << 20, f))
    };
    let plan = desk.plan_batch(input).await?;
    let total = plan.len();
    let mut last = Instant::now();
    let terminal = std::io::stderr().is_terminal();
    let summary = desk
        .import_batch(plan, &mut |done, total| {
            if done == total || last.elapsed().as_millis() >= 1000 {
                last = Instant::now();
                progress(l10n, done, total, started, terminal);
            }
        })
        .await?;
    if terminal && total > 0 {
        eprintln!();
    }
    if json {
        return output::json(&summary);
    }
    out!(
        "{}",
        l10n.t(
            "batch-imported",
            &[
                ("lines", summary.lines.to_string()),
                ("stored", summary.stored.to_string()),
                ("duplicates", summary.duplicates.to_string()),
                ("cases", summary.new_cases.to_string()),
                ("communities", summary.communities.to_string()),
                ("seconds", format!("{:.1}", started.elapsed().as_secs_f64())),
            ]
        )
    );
    Ok(())
}

fn progress(l10n: &Localizer, done: usize, total: usize, started: Instant, terminal: bool) {
    let secs = started.elapsed().as_secs_f64();
    let rate = done as f64 / secs.max(0.001);
    let line = l10n.t(
        "batch-progress",
        &[
            ("done", done.to_string()),
            ("total", total.to_string()),
            ("percent", (done * 100 / total.max(1)).to_string()),
            ("rate", format!("{rate:.0}")),
        ],
    );
    let mut err = std::io::stderr().lock();
    if terminal {
        let _ = write!(err, "\r{line}   ");
    } else {
        let _ = writeln!(err, "{line}");
    }
}
