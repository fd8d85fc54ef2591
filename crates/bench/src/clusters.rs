//! How current the crisis clusters stay while messages arrive: new fans
//! write at a steady rate to a workspace with many open cases, and the
//! clusters are read again and again, as a crisis team's window does. For
//! each message: the time from its storing to the first reading that
//! places its case in a cluster (issue 16: 50 messages a second on 20,000
//! open cases, p99 under 1 s).

use crate::generate::message_text;
use crate::rng::Rng;
use crate::run::percentile;
use chrono::Utc;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use switchboard_desk::{Desk, DeskError, DeskResult};
use switchboard_domain::{CaseId, CaseKind, Community};
use switchboard_store::InboundMessage;

/// What to run.
#[derive(Debug, Clone, Copy)]
pub struct FollowSpec {
    /// Open cases before the messages start (new ones are added to reach it).
    pub open: usize,
    /// Messages a second.
    pub rate: u32,
    pub seconds: u64,
    pub seed: u64,
}

/// What it measured, in milliseconds.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FollowFigures {
    pub open_cases: usize,
    pub messages: usize,
    pub readings: usize,
    /// The first reading, which builds the clusters of every open case.
    pub first_reading_ms: f64,
    pub reading_p50_ms: f64,
    pub reading_max_ms: f64,
    /// From a message stored to its case shown in a cluster.
    pub update_p50_ms: f64,
    pub update_p99_ms: f64,
    pub update_max_ms: f64,
    /// Messages never seen in a cluster (should be none).
    pub unseen: usize,
}

fn fan_message(r: &mut Rng, c: &Community, n: u64) -> InboundMessage {
    let (text, _) = message_text(r, c.locale.as_str(), true);
    InboundMessage {
        community_id: c.id,
        external_id: format!("bench-cluster-{n}"),
        thread_key: format!("m:bench-cluster-fan-{n}"),
        kind: CaseKind::Messenger,
        contact_external_id: format!("bench-cluster-fan-{n}"),
        contact_name: format!("Fan {n}"),
        body: text,
        at: Utc::now(),
    }
}

/// Runs the benchmark on `desk`'s workspace (which needs communities);
/// `progress(line)` tells what it is doing.
pub async fn follow_clusters(
    desk: &Desk,
    spec: FollowSpec,
    progress: &mut dyn FnMut(&str),
) -> DeskResult<FollowFigures> {
    let pages = desk.communities().await?;
    if pages.is_empty() {
        return Err(DeskError::BadInput {
            field: "communities",
            value: String::new(),
        });
    }
    let mut r = Rng::new(spec.seed);
    let run = Utc::now().timestamp_millis() as u64;
    let mut n = run * 1_000;
    let open_now: usize = desk
        .crisis_clusters(&[], "en", 1)
        .await?
        .iter()
        .map(|c| c.size)
        .sum();
    progress(&format!(
        "{open_now} open cases; adding {}",
        spec.open.saturating_sub(open_now)
    ));
    for i in open_now..spec.open {
        let c = &pages[i % pages.len()];
        n += 1;
        desk.receive(&fan_message(&mut r, c, n)).await?;
    }
    // The first reading after the fill: more new cases than the live
    // clusters catch up with, so they are built again, as in a new window.
    let fresh = desk.clone();
    let started = Instant::now();
    let first = fresh.crisis_clusters(&[], "en", 1).await?;
    let first_reading_ms = started.elapsed().as_secs_f64() * 1e3;
    let open_cases = first.iter().map(|c| c.size).sum();
    progress(&format!(
        "{open_cases} open cases, first reading {first_reading_ms:.0} ms; {} messages a second for {} s",
        spec.rate, spec.seconds
    ));

    // The writer: one new fan every 1/rate s, each noted with when it was stored.
    let written: Arc<Mutex<Vec<(CaseId, Instant)>>> = Arc::default();
    let writer = {
        let desk = fresh.clone();
        let written = written.clone();
        let total = spec.rate as u64 * spec.seconds;
        let every = Duration::from_secs_f64(1.0 / f64::from(spec.rate.max(1)));
        let mut r = r.fork(7);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every);
            for k in 0..total {
                tick.tick().await;
                let c = &pages[(k as usize) % pages.len()];
                let m = fan_message(&mut r, c, n + 1 + k);
                let outcome = desk.receive(&m).await?;
                if let Ok(mut w) = written.lock() {
                    w.push((outcome.case_id(), Instant::now()));
                }
            }
            Ok::<_, DeskError>(())
        })
    };

    let mut seen: HashMap<CaseId, f64> = HashMap::new();
    let mut readings = Vec::new();
    loop {
        let done = writer.is_finished();
        let start = Instant::now();
        let clusters = fresh.crisis_clusters(&[], "en", 1).await?;
        let end = Instant::now();
        readings.push((end - start).as_secs_f64() * 1e3);
        let shown: std::collections::HashSet<CaseId> = clusters
            .iter()
            .flat_map(|c| c.case_ids.iter().copied())
            .collect();
        if let Ok(w) = written.lock() {
            for (case, at) in w.iter() {
                if !seen.contains_key(case) && shown.contains(case) {
                    seen.insert(*case, (end - *at).as_secs_f64() * 1e3);
                }
            }
        }
        if done {
            break;
        }
    }
    writer.await.map_err(|e| DeskError::Io {
        path: "bench clusters".into(),
        reason: e.to_string(),
    })??;
    let total = written.lock().map(|w| w.len()).unwrap_or(0);
    let mut updates: Vec<f64> = seen.values().copied().collect();
    let mut sorted = readings.clone();
    Ok(FollowFigures {
        open_cases,
        messages: total,
        readings: readings.len(),
        first_reading_ms,
        reading_p50_ms: percentile(&mut sorted, 50.0),
        reading_max_ms: readings.iter().copied().fold(0.0, f64::max),
        update_p50_ms: percentile(&mut updates, 50.0),
        update_p99_ms: percentile(&mut updates, 99.0),
        update_max_ms: updates.iter().copied().fold(0.0, f64::max),
        unseen: total - seen.len(),
    })
}
