//! `switchboard bench run`: each operation of the desk timed through the
//! store (what the window and the CLI call), and beside it the same work as
//! a bare prepared statement on the same database (`RawSqlite`, `RawPg`):
//! the physical limit, and the ratio to it.

use crate::raw::Raw;
use chrono::{Duration, Utc};
use std::sync::Arc;
use std::time::{Duration as Elapsed, Instant};
use switchboard_desk::Desk;
use switchboard_domain::{CaseId, CaseKind, CaseStatus, CommunityId, Direction, NewMessage};
use switchboard_l10n::detect::Detector;
use switchboard_l10n::templates::{Formality, Renderer, Vars, Voice};
use switchboard_store::*;

/// Fewer iterations, for the test command's guard.
#[derive(Debug, Clone, Copy)]
pub struct Effort {
    pub samples: usize,
    pub ingest: usize,
    pub renders: usize,
}

impl Effort {
    /// 1 000 samples: a p99 is then the 990th of them, not the 2nd
    /// largest of 200.
    pub const FULL: Effort = Effort {
        samples: 1_000,
        ingest: 10_000,
        renders: 200_000,
    };
    pub const QUICK: Effort = Effort {
        samples: 30,
        ingest: 1_000,
        renders: 20_000,
    };
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Figure {
    pub operation: &'static str,
    /// `p50`, `p99`, `p95` or `rate`.
    pub stat: &'static str,
    pub target: &'static str,
    /// Milliseconds, or operations per second for `rate`.
    pub store: f64,
    pub raw: Option<f64>,
}

impl Figure {
    /// Store over raw (times), raw over store (rates): ≥ 1 means the store
    /// is that many times slower than the bare statement.
    pub fn ratio(&self) -> Option<f64> {
        let raw = self.raw?;
        if self.stat == "rate" {
            (self.store > 0.0).then(|| raw / self.store)
        } else {
            (raw > 0.0).then(|| self.store / raw)
        }
    }
}

fn ms(d: Elapsed) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The `p`-th percentile (0–100) of `samples` in milliseconds.
pub fn percentile(samples: &mut [f64], p: f64) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let rank = ((p / 100.0) * (samples.len() - 1) as f64).round() as usize;
    samples[rank.min(samples.len() - 1)]
}

/// Times `store` and `raw` in turn, `n` calls each after one warm-up call of
/// each: both see the same moments of the machine (another process, a
/// checkpoint of the write-ahead log), where timing all of one and then all
/// of the other let one tail meet a busy second and the other a quiet one.
async fn time_pair<S, FS, R, FR>(
    n: usize,
    mut store: impl FnMut(usize) -> FS,
    mut raw: impl FnMut(usize) -> FR,
) -> StoreResult<(Vec<f64>, Vec<f64>)>
where
    FS: std::future::Future<Output = StoreResult<S>>,
    FR: std::future::Future<Output = StoreResult<R>>,
{
    store(0).await?;
    raw(0).await?;
    let (mut s, mut r) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for i in 0..n {
        let t = Instant::now();
        store(i + 1).await?;
        s.push(ms(t.elapsed()));
        let t = Instant::now();
        raw(i + 1).await?;
        r.push(ms(t.elapsed()));
    }
    Ok((s, r))
}

fn pair(
    out: &mut Vec<Figure>,
    operation: &'static str,
    targets: [&'static str; 2],
    stats: [(&'static str, f64); 2],
    mut store: Vec<f64>,
    mut raw: Vec<f64>,
) {
    for ((stat, p), target) in stats.into_iter().zip(targets) {
        out.push(Figure {
            operation,
            stat,
            target,
            store: percentile(&mut store, p),
            raw: Some(percentile(&mut raw, p)),
        });
    }
}

const SEARCHES: [&str; 8] = [
    "Koffer",
    "valise",
    "refund",
    "rimborso",
    "wheelchair",
    "Rückerstattung",
    "vol annulé",
    "Bordkarte App",
];

/// Runs every measurement on the workspace behind `store` (a generated
/// one: `generate` first).
pub async fn run(
    store: Arc<dyn Store>,
    raw: &Raw,
    effort: Effort,
    progress: &mut dyn FnMut(&str),
) -> StoreResult<Vec<Figure>> {
    let mut out = Vec::new();
    let now = Utc::now();
    let communities = store.communities().await?;
    let ids: Vec<CommunityId> = communities.iter().map(|c| c.id).collect();
    if ids.is_empty() {
        return Err(StoreError::not_found(
            "community",
            "any (generate a dataset first)",
        ));
    }
    let n = effort.samples;

    progress("queue page, one community");
    let (s, r) = time_pair(
        n,
        |i| {
            let f = QueueFilter {
                community: Some(ids[i % ids.len()]),
                ..QueueFilter::default()
            };
            let st = store.clone();
            async move { st.queue(&f, now).await }
        },
        |i| raw.queue_ids(Some(ids[i % ids.len()].0), 50),
    )
    .await?;
    pair(
        &mut out,
        "queue page (50 rows), one community",
        ["", "≤ 5 ms"],
        [("p50", 50.0), ("p99", 99.0)],
        s,
        r,
    );

    progress("queue page, all communities, filtered");
    let (s, r) = time_pair(
        n,
        |_| {
            let f = QueueFilter {
                statuses: vec![CaseStatus::New, CaseStatus::Open],
                ..QueueFilter::default()
            };
            let st = store.clone();
            async move { st.queue(&f, now).await }
        },
        |_| raw.queue_ids(None, 50),
    )
    .await?;
    pair(
        &mut out,
        "queue page (50 rows), all communities, new+open",
        ["", "≤ 5 ms"],
        [("p50", 50.0), ("p99", 99.0)],
        s,
        r,
    );

    progress("matrix counts");
    let (s, r) = time_pair(
        n.min(50),
        |_| {
            let st = store.clone();
            async move { st.community_counts(now).await }
        },
        |_| raw.counts(now),
    )
    .await?;
    pair(
        &mut out,
        "matrix counts (every community)",
        ["", "≤ 20 ms"],
        [("p50", 50.0), ("p99", 99.0)],
        s,
        r,
    );

    progress("full-text search");
    let (s, r) = time_pair(
        n.min(100),
        |i| {
            let st = store.clone();
            async move {
                st.search(SEARCHES[i % SEARCHES.len()], &SearchFilter::default(), 50)
                    .await
            }
        },
        |i| {
            let words: Vec<String> = search::terms(SEARCHES[i % SEARCHES.len()]);
            async move { raw.search(&words, 50).await }
        },
    )
    .await?;
    pair(
        &mut out,
        "full-text search (50 hits)",
        ["", "≤ 50 ms"],
        [("p50", 50.0), ("p95", 95.0)],
        s,
        r,
    );

    progress("opening a case with 50 messages");
    let long = raw.long_case().await?;
    if let Some(case) = long {
        let desk = Desk::new(store.clone());
        let (s, r) = time_pair(
            n,
            |_| {
                let d = desk.clone();
                async move {
                    d.open_case(CaseId(case))
                        .await
                        .map_err(|e| StoreError::not_found("case", e.to_string()))
                }
            },
            |_| raw.thread(case),
        )
        .await?;
        pair(
            &mut out,
            "open a case with 50 messages",
            ["", ""],
            [("p50", 50.0), ("p99", 99.0)],
            s,
            r,
        );
    }

    progress("ingest");
    out.extend(ingest(&store, raw, ids[0], effort.ingest).await?);

    progress("template renders");
    out.push(renders(effort.renders));
    progress("language detections");
    out.push(detections(effort.renders / 20));
    Ok(out)
}

async fn ingest(
    store: &Arc<dyn Store>,
    raw: &Raw,
    community: CommunityId,
    n: usize,
) -> StoreResult<Vec<Figure>> {
    let nonce = Utc::now().timestamp_millis();
    let at = Utc::now() - Duration::minutes(5);
    let policy = store.sla_policy(community).await?;
    let bodies: Vec<String> = (0..n)
        .map(|i| format!("Mein Koffer ist nicht angekommen, Meldung ZRH{i:05}"))
        .collect();

    // Batched: cases of five messages, written 2 000 cases at a time.
    let mut batch = Vec::new();
    for (c, chunk) in bodies.chunks(5).enumerate() {
        let first = InboundMessage {
            community_id: community,
            external_id: format!("bench-{nonce}-{c}-0"),
            thread_key: format!("bench-{nonce}-{c}"),
            kind: CaseKind::Messenger,
            contact_external_id: format!("bench-fan-{nonce}-{c}"),
            contact_name: "Bench Fan".into(),
            body: chunk[0].clone(),
            at,
        };
        let case = inbound::decide(
            &first,
            switchboard_domain::ContactId(0),
            None,
            &policy,
            None,
        )
        .into_case();
        batch.push(BulkCase {
            case,
            contact_external_id: first.contact_external_id.clone(),
            contact_name: first.contact_name.clone(),
            messages: chunk
                .iter()
                .enumerate()
                .map(|(m, b)| NewMessage {
                    direction: Direction::Inbound,
                    author: "Bench Fan".into(),
                    body: b.clone(),
                    external_id: Some(format!("bench-{nonce}-{c}-{m}")),
                    created_at: at,
                })
                .collect(),
        });
    }
    let t = Instant::now();
    let mut case_ids = Vec::new();
    for chunk in batch.chunks(2_000) {
        case_ids.extend(store.bulk_insert(chunk).await?);
    }
    let store_batched = n as f64 / t.elapsed().as_secs_f64();
    let target_case = case_ids.first().map_or(1, |c| c.0);
    let t = Instant::now();
    raw.insert_messages(target_case, community.0, &bodies, at, true)
        .await?;
    let raw_batched = n as f64 / t.elapsed().as_secs_f64();

    // One by one, as a poll or a webhook delivers them: the full inbound
    // path (duplicate check, contact, case decision, change log).
    let one = (n / 5).max(50);
    let t = Instant::now();
    for i in 0..one {
        store
            .record_inbound(
                &InboundMessage {
                    community_id: community,
                    external_id: format!("bench-one-{nonce}-{i}"),
                    thread_key: format!("bench-one-{nonce}-{}", i / 3),
                    kind: CaseKind::Messenger,
                    contact_external_id: format!("bench-one-fan-{nonce}-{}", i / 3),
                    contact_name: "Bench Fan".into(),
                    body: bodies[i % bodies.len()].clone(),
                    at,
                },
                &policy,
                None,
            )
            .await?;
    }
    let store_one = one as f64 / t.elapsed().as_secs_f64();
    let t = Instant::now();
    raw.insert_messages(target_case, community.0, &bodies[..one], at, false)
        .await?;
    let raw_one = one as f64 / t.elapsed().as_secs_f64();
    Ok(vec![
        Figure {
            operation: "ingest, batched (messages/s)",
            stat: "rate",
            target: "≥ 20 000 /s (SQLite)",
            store: store_batched,
            raw: Some(raw_batched),
        },
        Figure {
            operation: "ingest, one by one as delivered (messages/s)",
            stat: "rate",
            target: "",
            store: store_one,
            raw: Some(raw_one),
        },
    ])
}

const TEMPLATE: &str = "{ -brand.formality ->
    [informal] Hoi { $first_name },
   *[formal] Grüezi { $first_name },
}
es tut uns leid, dass { $bags ->
    [one] dein Koffer
   *[other] deine { $bags } Koffer
} von { $flight } noch nicht da ist.
{ -sign-off } ^{ $agent_initials }";

/// Renders per second of one prepared template (the desk prepares once
/// per case view and renders for the preview and the insertion).
pub fn renders(n: usize) -> Figure {
    let voice = Voice {
        brand_name: "Summit Air".into(),
        sign_off: "Dein Team Summit Air".into(),
        formality: Formality::Informal,
    };
    let rate = match Renderer::new("de-CH", TEMPLATE, &voice) {
        Ok(r) => {
            let mut vars = Vars::default();
            vars.text.insert("first_name", "Lukas".into());
            vars.text.insert("agent_initials", "MB".into());
            vars.text.insert("flight", "LX 1234".into());
            let t = Instant::now();
            let mut bytes = 0;
            for i in 0..n {
                vars.numbers.insert("bags", (i % 3) as i64 + 1);
                bytes += r.render(&vars).text.len();
            }
            std::hint::black_box(bytes);
            n as f64 / t.elapsed().as_secs_f64()
        }
        Err(_) => 0.0,
    };
    Figure {
        operation: "template renders (per second)",
        stat: "rate",
        target: "≥ 100 000 /s",
        store: rate,
        raw: None,
    }
}

/// Detections per second on short customer messages.
pub fn detections(n: usize) -> Figure {
    let d = Detector::new();
    let texts = [
        "Wo ist mein Koffer?",
        "Mon vol est annulé, que faire ?",
        "Is flight LX 1234 on time tonight?",
        "La mia valigia non è arrivata",
    ];
    let t = Instant::now();
    for i in 0..n.max(1) {
        std::hint::black_box(d.detect(texts[i % texts.len()]));
    }
    Figure {
        operation: "language detections (per second)",
        stat: "rate",
        target: "",
        store: n.max(1) as f64 / t.elapsed().as_secs_f64(),
        raw: None,
    }
}
