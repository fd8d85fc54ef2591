//! The store suite on both backends. PostgreSQL runs on DATABASE_URL when it
//! is set, otherwise on a private server this binary starts and stops.
//!
//! A custom harness (libtest-mimic) so that the server outlives every test
//! and is stopped at the end, and so that the output says how many scenarios
//! ran on each backend.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use libtest_mimic::{Arguments, Failed, Trial};
use std::sync::Arc;
use switchboard_tests::backends::{Backend, Fresh};
use switchboard_tests::pg_server::PgServer;
use switchboard_tests::scenarios;

fn main() -> std::process::ExitCode {
    let args = Arguments::from_args();
    let (server, url) = match std::env::var("DATABASE_URL") {
        Ok(url) if !url.is_empty() => (None, url),
        _ => match PgServer::start() {
            Ok(s) => {
                let url = s.url();
                (Some(s), url)
            }
            Err(e) => {
                eprintln!("store suite: cannot start PostgreSQL: {e}");
                return std::process::ExitCode::FAILURE;
            }
        },
    };
    let url = Arc::new(url);
    let mut trials = Vec::new();
    for backend in [Backend::Sqlite, Backend::Postgres] {
        for (name, scenario) in scenarios::all() {
            let url = url.clone();
            trials.push(Trial::test(
                format!("{}::{name}", backend.name()),
                move || run(backend, &url, scenario),
            ));
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let per_backend = scenarios::all().len();
    println!(
        "store suite: {per_backend} scenarios per backend; sqlite and postgres ({}); {} passed, {} failed",
        if server.is_some() { "private server" } else { "DATABASE_URL" },
        conclusion.num_passed,
        conclusion.num_failed
    );
    drop(server);
    conclusion.exit_code()
}

fn run(backend: Backend, url: &str, scenario: scenarios::Scenario) -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failed::from(e.to_string()))?;
    rt.block_on(async {
        let fresh = Fresh::of(backend, Some(url)).await;
        let store = fresh.store.clone();
        let outcome = tokio::spawn(async move { scenario(store).await }).await;
        fresh.finish().await;
        outcome.map_err(|e| {
            let msg = match e.try_into_panic() {
                Ok(p) => p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "panicked".into()),
                Err(e) => e.to_string(),
            };
            Failed::from(msg)
        })
    })
}
