//! The benchmark suite on a small dataset (10 000 cases), on both
//! backends: a guard against order-of-magnitude regressions, not a timed
//! test. Every bound is about a hundred times the design target (or the
//! target's hundredth for rates), so only a broken index or a lost batch
//! fails it. The figures are printed; docs/benchmarks.md holds the 1 M-case
//! ones.

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

/// The bound of each operation the suite reports, by its exact name; None
/// for a name this guard does not know, which fails the guard: a new
/// measurement gets a bound when it is added.
fn bound(f: &Figure) -> Option<f64> {
    Some(match (f.operation, f.stat) {
        ("ingest, batched (messages/s)", "rate") => 500.0,
        ("ingest, one by one as delivered (messages/s)", "rate") => 50.0,
        ("template renders (per second)", "rate") => 5_000.0,
        ("language detections (per second)", "rate") => 100.0,
        (
            "queue page (50 rows), one community"
            | "queue page (50 rows), all communities, new+open",
            "p50" | "p99",
        ) => 500.0,
        ("matrix counts (every community)", "p50" | "p99") => 2_000.0,
        ("full-text search (50 hits)", "p50" | "p95") => 5_000.0,
        ("open a case with 50 messages", "p50" | "p99") => 1_000.0,
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

/// Every figure is within its operation's bound; a figure of an operation
/// without a bound fails.
fn within_bounds(backend: &str, figures: &[Figure]) {
    for f in figures {
        let Some(limit) = bound(f) else {
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
