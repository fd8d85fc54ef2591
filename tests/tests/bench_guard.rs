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

fn bound(f: &Figure) -> Option<f64> {
    let op = f.operation;
    Some(match f.stat {
        "rate" if op.starts_with("ingest, batched") => 500.0,
        "rate" if op.starts_with("ingest") => 50.0,
        "rate" if op.starts_with("template") => 5_000.0,
        "rate" => 100.0,
        _ if op.starts_with("queue") => 500.0,
        _ if op.starts_with("matrix") => 2_000.0,
        _ if op.starts_with("full-text") => 5_000.0,
        _ if op.starts_with("open a case") => 1_000.0,
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
    for f in &figures {
        let Some(limit) = bound(f) else { continue };
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
