//! The benchmark suite on a small dataset (10 000 cases), on both
//! backends: a guard against order-of-magnitude regressions, not a timed
//! test. Each bound is about ten times the slowest figure this guard gave
//! on the project's machine (debug build; docs/benchmarks.md), and each
//! figure with a bare statement beside it is also held to a ratio over
//! that statement about four times the highest seen: a queue page, a case
//! or a delivered message ten times slower than today fails, on a slower
//! machine too. The figures are printed; docs/benchmarks.md holds the
//! 1 M-case ones.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::Utc;
use std::sync::Arc;
use switchboard_bench::generate::{generate, Spec};
use switchboard_bench::raw::Raw;
use switchboard_bench::report::markdown;
use switchboard_bench::run::{run, Effort, Figure};
use switchboard_store::Store;
use switchboard_store_sql::{OpenMode, SqlStore};
use switchboard_tests::pg_server::PgServer;

/// The bounds of each operation the suite reports, by its exact name: the
/// figure's own (milliseconds, or a floor for rates) and, for the median
/// of an operation with a bare statement beside it, the ratio to that
/// statement. None for a name this guard does not know, which fails the
/// guard: a new measurement gets a bound when it is added.
fn bound(f: &Figure) -> Option<(f64, Option<f64>)> {
    Some(match (f.operation, f.stat) {
        ("ingest, batched (messages/s)", "rate") => (800.0, Some(30.0)),
        ("ingest, one by one as delivered (messages/s)", "rate") => (40.0, Some(30.0)),
        ("template renders (per second)", "rate") => (20_000.0, None),
        ("language detections (per second)", "rate") => (100.0, None),
        (
            "queue page (50 rows), one community"
            | "queue page (50 rows), all communities, new+open",
            "p50",
        ) => (12.0, Some(12.0)),
        (
            "queue page (50 rows), one community"
            | "queue page (50 rows), all communities, new+open",
            "p99",
        ) => (40.0, None),
        ("matrix counts (every community)", "p50") => (45.0, Some(25.0)),
        ("matrix counts (every community)", "p99") => (80.0, None),
        ("full-text search (50 hits)", "p50") => (20.0, Some(10.0)),
        ("full-text search (50 hits)", "p95") => (80.0, None),
        ("open a case with 50 messages", "p50") => (50.0, Some(40.0)),
        ("open a case with 50 messages", "p99") => (120.0, None),
        _ => return None,
    })
}

async fn guard(backend: &str, store: Arc<dyn Store>, raw: Raw) {
    let spec = Spec {
        communities: 60,
        cases: 10_000,
        messages: 50_000,
        seed: 7,
        now: Utc::now(),
    };
    let made = generate(&*store, &spec, &mut |_, _| {}).await.unwrap();
    assert_eq!(made.cases, 10_000);
    assert!(made.messages >= 40_000, "{made:?}");
    let figures = run(store, &raw, Effort::QUICK, &mut |_| {}).await.unwrap();
    println!("{}", markdown(backend, &figures));
    assert!(
        figures
            .iter()
            .any(|f| f.operation.starts_with("open a case")),
        "the generator made no 50-message case"
    );
    within_bounds(backend, &figures);
}

/// Every figure is within its operation's bounds; a figure of an operation
/// without a bound fails.
fn within_bounds(backend: &str, figures: &[Figure]) {
    for f in figures {
        let Some((limit, ratio_limit)) = bound(f) else {
            panic!(
                "{backend}: `{}` ({}) has no bound in this guard; give it one",
                f.operation, f.stat
            )
        };
        if f.stat == "rate" {
            assert!(
                f.store >= limit,
                "{backend}: {} {:.0}/s is under {limit}/s",
                f.operation,
                f.store
            );
        } else {
            assert!(
                f.store <= limit,
                "{backend}: {} {} {:.1} ms is over {limit} ms",
                f.operation,
                f.stat,
                f.store
            );
        }
        if let (Some(ratio), Some(ratio_limit)) = (f.ratio(), ratio_limit) {
            assert!(
                ratio <= ratio_limit,
                "{backend}: {} {} is {ratio:.1}× the bare statement, over {ratio_limit}×",
                f.operation,
                f.stat
            );
        }
    }
}

#[test]
#[should_panic(expected = "has no bound")]
fn an_operation_without_a_bound_fails_the_guard() {
    let unknown = Figure {
        operation: "something measured later",
        stat: "p99",
        target: "",
        store: 0.1,
        raw: None,
    };
    within_bounds("sqlite", &[unknown]);
}

#[test]
#[should_panic(expected = "is over 12 ms")]
fn a_queue_page_ten_times_slower_than_today_fails_the_guard() {
    let queue = Figure {
        operation: "queue page (50 rows), one community",
        stat: "p50",
        target: "",
        store: 15.0,
        raw: Some(1.5),
    };
    within_bounds("sqlite", &[queue]);
}

#[test]
#[should_panic(expected = "the bare statement, over 30×")]
fn delivered_messages_ten_times_slower_than_the_bare_insert_fail_the_guard() {
    let one_by_one = Figure {
        operation: "ingest, one by one as delivered (messages/s)",
        stat: "rate",
        target: "",
        store: 60.0,
        raw: Some(3_000.0),
    };
    within_bounds("sqlite", &[one_by_one]);
}

#[test]
fn a_known_operation_within_its_bound_passes() {
    let queue = Figure {
        operation: "queue page (50 rows), one community",
        stat: "p99",
        target: "",
        store: 1.0,
        raw: Some(0.5),
    };
    within_bounds("sqlite", &[queue]);
}

#[test]
fn the_benchmark_suite_runs_on_both_backends_within_generous_bounds() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let sqlite = SqlStore::open_sqlite(&dir.path().join("bench.db"), OpenMode::CreateIfMissing)
            .await
            .unwrap();
        let raw = sqlite.raw();
        guard("sqlite", Arc::new(sqlite), raw).await;

        let (server, url) = match std::env::var("DATABASE_URL") {
            Ok(u) if !u.is_empty() => (None, u),
            _ => {
                let s = PgServer::start().expect("start PostgreSQL");
                let u = s.url();
                (Some(s), u)
            }
        };
        let name = format!("sb_bench_{}", std::process::id());
        let (pg, _) = SqlStore::create_scratch(&url, &name).await.unwrap();
        let raw = pg.raw();
        guard("postgres", Arc::new(pg), raw).await;
        SqlStore::drop_scratch(&url, &name).await.unwrap();
        drop(server);
    });
}
