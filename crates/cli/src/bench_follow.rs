//! `switchboard bench follow`: how long a change committed in one process
//! takes to reach a follower in another (`switchboard watch --json`), with
//! the desk idle and with busy writers beside it.

use crate::output::CliError;
use clap::Args;
use serde::Serialize;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};
use switchboard_desk::inbound::DirectMessage;
use switchboard_desk::{DatabaseUrl, Desk, DeskError, OpenMode};
use switchboard_l10n::Localizer;

#[derive(Args, Debug)]
pub struct FollowArgs {
    /// Samples per phase.
    #[arg(long, default_value_t = 300)]
    pub samples: usize,
    /// Busy writers in the second phase.
    #[arg(long, default_value_t = 8)]
    pub writers: usize,
    /// The community the messages go to (a handle of the workspace).
    #[arg(long, default_value = "summit-air/en")]
    pub community: String,
    /// Also write the figures as JSON to this file.
    #[arg(long)]
    pub json: Option<std::path::PathBuf>,
}

#[derive(Serialize)]
struct Phase {
    phase: &'static str,
    samples: usize,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    busy_messages: u64,
}

pub async fn follow(url: &DatabaseUrl, a: FollowArgs, l10n: &Localizer) -> Result<(), CliError> {
    let desk = Desk::new(url.open(OpenMode::MustExist).await?);
    desk.community_by_handle(&a.community).await?;
    let exe = std::env::current_exe().map_err(CliError::Io)?;
    let mut watcher = Command::new(exe)
        .arg("--db")
        .arg(url.to_string())
        .args(["watch", "--json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(CliError::Io)?;
    let Some(stdout) = watcher.stdout.take() else {
        return Err(CliError::Io(std::io::Error::other("no standard output")));
    };
    // Message id → when the watcher printed it.
    let (tx, seen) = mpsc::channel::<(i64, Instant)>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            if v["entity"] == "message" {
                if let Some(id) = v["id"].as_i64() {
                    if tx.send((id, Instant::now())).is_err() {
                        return;
                    }
                }
            }
        }
    });
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut phases = Vec::new();
    eprintln!(
        "{}",
        l10n.t("bench-measuring", &[("what", "follow, idle".into())])
    );
    phases.push(sample(&desk, &a, "idle", &seen, 0).await?);
    let stop = Arc::new(AtomicBool::new(false));
    let mut busy = Vec::new();
    for w in 0..a.writers {
        let desk = Desk::new(url.open(OpenMode::MustExist).await?);
        let stop = stop.clone();
        let community = a.community.clone();
        busy.push(tokio::spawn(async move {
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                let m = DirectMessage {
                    community: community.clone(),
                    from: format!("Busy writer {w} fan {}", n % 50),
                    text: format!("Busy message {n}"),
                    external_id: None,
                    at: None,
                };
                if desk.receive_direct(&m).await.is_ok() {
                    n += 1;
                }
            }
            n
        }));
    }
    eprintln!(
        "{}",
        l10n.t(
            "bench-measuring",
            &[("what", format!("follow, {} busy writers", a.writers))]
        )
    );
    let mut loaded = sample(&desk, &a, "busy", &seen, 0).await?;
    stop.store(true, Ordering::Relaxed);
    for b in busy {
        loaded.busy_messages += b.await.unwrap_or(0);
    }
    phases.push(loaded);
    let _ = watcher.kill();
    let _ = watcher.wait();
    out!("| phase | samples | p50 | p99 | max | busy writers' messages |");
    out!("|---|---|---|---|---|---|");
    for p in &phases {
        out!(
            "| {} | {} | {:.1} ms | {:.1} ms | {:.1} ms | {} |",
            p.phase,
            p.samples,
            p.p50_ms,
            p.p99_ms,
            p.max_ms,
            p.busy_messages
        );
    }
    if let Some(path) = a.json {
        let text = serde_json::to_string_pretty(&phases)
            .map_err(|e| CliError::Io(std::io::Error::other(e)))?;
        std::fs::write(path, text).map_err(CliError::Io)?;
    }
    Ok(())
}

/// Writes `a.samples` messages one at a time and waits for each to come
/// out of the watcher; the delay from the start of the write to the line.
async fn sample(
    desk: &Desk,
    a: &FollowArgs,
    phase: &'static str,
    seen: &mpsc::Receiver<(i64, Instant)>,
    busy_messages: u64,
) -> Result<Phase, CliError> {
    let mut early: HashMap<i64, Instant> = HashMap::new();
    let mut delays = Vec::with_capacity(a.samples);
    for n in 0..a.samples {
        // From the start of the write: the commit's moment is not visible
        // from here, and the follower often prints the line before the
        // write call has returned. The figure is an upper bound.
        let started = Instant::now();
        let outcome = desk
            .receive_direct(&DirectMessage {
                community: a.community.clone(),
                from: format!("Follow sample {phase}"),
                text: format!("Sample {n}"),
                external_id: None,
                at: None,
            })
            .await?;
        let id = outcome.message_id().0;
        let deadline = Instant::now() + Duration::from_secs(30);
        let at = loop {
            if let Some(at) = early.remove(&id) {
                break at;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match seen.recv_timeout(left) {
                Ok((got, at)) if got == id => break at,
                Ok((got, at)) => {
                    if early.len() < 1_000_000 {
                        early.insert(got, at);
                    }
                }
                Err(_) => {
                    return Err(DeskError::Io {
                        path: "watch".into(),
                        reason: format!("message {id} was not reported within 30 s"),
                    }
                    .into())
                }
            }
        };
        delays.push(at.saturating_duration_since(started).as_secs_f64() * 1000.0);
        // Only the sample's own id matters; the busy writers' ids pile up.
        early.retain(|_, t| t.elapsed() < Duration::from_secs(5));
    }
    delays.sort_by(f64::total_cmp);
    let pick =
        |q: f64| delays[((delays.len() as f64 * q).ceil() as usize).clamp(1, delays.len()) - 1];
    Ok(Phase {
        phase,
        samples: delays.len(),
        p50_ms: pick(0.50),
        p99_ms: pick(0.99),
        max_ms: pick(1.0),
        busy_messages,
    })
}
