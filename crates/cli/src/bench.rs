//! `switchboard bench generate|run`: the benchmark dataset and the
//! measurements (crates/bench), with a progress line on standard error.

use crate::commands::confirm_replace;
use crate::output::CliError;
use chrono::Utc;
use clap::{Args, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;
use switchboard_bench::generate::{existing_communities, generate, incomplete, Spec};
use switchboard_bench::run::{run, Effort};
use switchboard_desk::{DatabaseUrl, DeskError, OpenMode};
use switchboard_l10n::Localizer;

#[derive(Subcommand, Debug)]
pub enum BenchCommand {
    /// Replace the workspace at --db with a generated year (deterministic for a seed).
    Generate(GenerateArgs),
    /// Measure the desk's operations on the workspace at --db, beside the raw database.
    Run(RunArgs),
    /// Measure how soon the crisis clusters show new messages: new fans write at a steady rate while the clusters are read again and again (adds open cases to reach --open).
    Clusters(ClustersArgs),
    /// Measure how soon a change committed here reaches `watch` in another process, idle and under busy writers.
    Follow(crate::bench_follow::FollowArgs),
}

#[derive(Args, Debug)]
pub struct ClustersArgs {
    /// Open cases before the messages start; new ones are added to reach it.
    #[arg(long, default_value_t = 20_000)]
    pub open: usize,
    /// Messages a second.
    #[arg(long, default_value_t = 50)]
    pub rate: u32,
    #[arg(long, default_value_t = 30)]
    pub seconds: u64,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct GenerateArgs {
    #[arg(long, default_value_t = 60)]
    pub communities: usize,
    #[arg(long, default_value_t = 1_000_000)]
    pub cases: u64,
    #[arg(long, default_value_t = 5_000_000)]
    pub messages: u64,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Replace a workspace that has data without asking.
    #[arg(long)]
    pub yes: bool,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Fewer iterations (the test command's guard).
    #[arg(long)]
    pub quick: bool,
    /// Also write the figures as JSON to this file.
    #[arg(long)]
    pub json: Option<PathBuf>,
}

fn progress_line(l10n: &Localizer, done: u64, total: u64, started: Instant) {
    let secs = started.elapsed().as_secs_f64();
    let rate = done as f64 / secs.max(0.001);
    let left = (total.saturating_sub(done)) as f64 / rate.max(1.0);
    let line = l10n.t(
        "bench-progress",
        &[
            ("done", done.to_string()),
            ("total", total.to_string()),
            ("percent", (done * 100 / total.max(1)).to_string()),
            ("rate", format!("{rate:.0}")),
            ("left", format!("{left:.0}")),
        ],
    );
    let mut err = std::io::stderr().lock();
    if std::io::stderr().is_terminal() {
        let _ = write!(err, "\r{line}   ");
    } else {
        let _ = writeln!(err, "{line}");
    }
}

pub async fn bench(url: &DatabaseUrl, cmd: BenchCommand, l10n: &Localizer) -> Result<(), CliError> {
    match cmd {
        BenchCommand::Generate(a) => {
            let (store, _) = switchboard_bench::open(url, OpenMode::CreateIfMissing).await?;
            let existing = existing_communities(&*store)
                .await
                .map_err(DeskError::from)?;
            let (prompt, refused) = ("bench-confirm", "error-bench-needs-yes");
            if !confirm_replace(existing, url, a.yes, prompt, refused, l10n)? {
                return Ok(());
            }
            let spec = Spec {
                communities: a.communities.max(1),
                cases: a.cases,
                messages: a.messages.max(a.cases),
                seed: a.seed,
                now: Utc::now(),
            };
            let started = Instant::now();
            let mut last = Instant::now();
            let generated = generate(&*store, &spec, &mut |done, total| {
                if last.elapsed().as_millis() >= 1000 || done == total {
                    last = Instant::now();
                    progress_line(l10n, done, total, started);
                }
            })
            .await?;
            eprintln!();
            out!(
                "{}",
                l10n.t(
                    "bench-generated",
                    &[
                        ("target", url.to_string()),
                        ("communities", generated.communities.to_string()),
                        ("cases", generated.cases.to_string()),
                        ("messages", generated.messages.to_string()),
                        ("open", generated.open_cases.to_string()),
                        ("handoffs", generated.handoffs.to_string()),
                        ("seconds", format!("{:.0}", started.elapsed().as_secs_f64())),
                    ]
                )
            );
            Ok(())
        }
        BenchCommand::Follow(a) => crate::bench_follow::follow(url, a, l10n).await,
        BenchCommand::Clusters(a) => {
            let desk = switchboard_desk::Desk::new(url.open(OpenMode::MustExist).await?);
            let spec = switchboard_bench::clusters::FollowSpec {
                open: a.open,
                rate: a.rate.max(1),
                seconds: a.seconds,
                seed: a.seed,
            };
            let f = switchboard_bench::clusters::follow_clusters(&desk, spec, &mut |line| {
                eprintln!("{line}")
            })
            .await?;
            if a.json {
                return crate::output::json(&f);
            }
            out!(
                "{}",
                l10n.t(
                    "bench-clusters",
                    &[
                        ("open", f.open_cases.to_string()),
                        ("messages", f.messages.to_string()),
                        ("readings", f.readings.to_string()),
                        ("first", format!("{:.0}", f.first_reading_ms)),
                        ("reading", format!("{:.0}", f.reading_p50_ms)),
                        ("p50", format!("{:.0}", f.update_p50_ms)),
                        ("p99", format!("{:.0}", f.update_p99_ms)),
                        ("max", format!("{:.0}", f.update_max_ms)),
                        ("unseen", f.unseen.to_string()),
                    ]
                )
            );
            Ok(())
        }
        BenchCommand::Run(a) => {
            let (store, raw) = switchboard_bench::open(url, OpenMode::MustExist).await?;
            if let Some(by) = incomplete(&*store).await.map_err(DeskError::from)? {
                return Err(DeskError::IncompleteWorkspace(by).into());
            }
            let backend = store.backend();
            let effort = if a.quick { Effort::QUICK } else { Effort::FULL };
            let figures = run(store, &raw, effort, &mut |what| {
                eprintln!(
                    "{}",
                    l10n.t("bench-measuring", &[("what", what.to_string())])
                );
            })
            .await?;
            out!("{}", switchboard_bench::report::markdown(backend, &figures));
            if let Some(path) = a.json {
                let text = serde_json::to_string_pretty(&figures)
                    .map_err(|e| CliError::Io(std::io::Error::other(e)))?;
                std::fs::write(path, text).map_err(CliError::Io)?;
            }
            Ok(())
        }
    }
}
