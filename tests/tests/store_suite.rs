//! The store suite on both backends. PostgreSQL runs on DATABASE_URL when it
//! is set, otherwise on a private server this binary starts and stops.
//!
//! A custom harness (libtest-mimic) so that the server outlives every test
//! and is stopped at the end, and so that the output says how many scenarios
//! ran on each backend and how many of the store trait's methods they
//! called there. A full run fails when a trait method was called by no
//! scenario on a backend.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use libtest_mimic::{Arguments, Failed, Trial};
use std::sync::Arc;
use switchboard_tests::backends::{Backend, Fresh};
use switchboard_tests::coverage::{trait_methods, Hits, Recorded};
use switchboard_tests::pg_server::PgServer;
use switchboard_tests::scenarios;

#[path = "store_suite/dropped_connections.rs"]
mod dropped_connections;
#[path = "store_suite/support.rs"]
mod support;
#[path = "store_suite/unfinished_writes.rs"]
mod unfinished_writes;

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
    let backends = [Backend::Sqlite, Backend::Postgres];
    let hits: Vec<Hits> = backends.iter().map(|_| Hits::default()).collect();
    for (backend, hits) in backends.into_iter().zip(&hits) {
        for (name, scenario) in scenarios::all() {
            let url = url.clone();
            let hits = hits.clone();
            trials.push(Trial::test(
                format!("{}::{name}", backend.name()),
                move || run(backend, &url, scenario, hits),
            ));
        }
    }
    let foreign_url = url.clone();
    trials.push(Trial::test(
        "postgres::another_applications_database_is_refused_and_left_untouched",
        move || foreign_database_is_refused(&foreign_url),
    ));
    let unfinished_url = url.clone();
    trials.push(Trial::test(
        "postgres::unfinished_writes_end_on_the_server",
        move || unfinished_writes::unfinished_writes_end_on_the_server(&unfinished_url),
    ));
    let dropped_url = url.clone();
    trials.push(Trial::test(
        "postgres::connections_the_server_dropped_while_idle_are_replaced",
        move || dropped_connections::dropped_idle_connections_are_replaced(&dropped_url),
    ));
    trials.push(Trial::test(
        "sqlite::unfinished_writes_end_in_the_file",
        unfinished_writes::unfinished_writes_end_in_the_file,
    ));
    let whole_run = args.filter.is_none() && args.skip.is_empty() && !args.list;
    let conclusion = libtest_mimic::run(&args, trials);
    let per_backend = scenarios::all().len();
    let all = trait_methods();
    let mut uncovered = false;
    for (backend, hits) in backends.into_iter().zip(&hits) {
        let called = hits.names();
        let missing: Vec<_> = all.difference(&called).collect();
        println!(
            "store suite, {}: {per_backend} scenarios, {} of {} store methods covered",
            backend.name(),
            all.len() - missing.len(),
            all.len()
        );
        if whole_run && !missing.is_empty() {
            uncovered = true;
            println!("  called by no scenario: {missing:?}");
        }
    }
    println!(
        "store suite: sqlite and postgres ({}); {} passed, {} failed",
        if server.is_some() {
            "private server"
        } else {
            "DATABASE_URL"
        },
        conclusion.num_passed,
        conclusion.num_failed
    );
    drop(server);
    if uncovered {
        println!("store suite: every store method needs a scenario on both backends");
        return std::process::ExitCode::FAILURE;
    }
    conclusion.exit_code()
}

fn run(
    backend: Backend,
    url: &str,
    scenario: scenarios::Scenario,
    hits: Hits,
) -> Result<(), Failed> {
    support::runtime()?.block_on(async {
        let fresh = Fresh::of(backend, Some(url)).await;
        let store: Arc<dyn switchboard_store::Store> = Arc::new(Recorded {
            inner: fresh.store.clone(),
            hits,
        });
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

/// A database that holds another application's tables gets no Switchboard
/// schema: connecting is refused and the database keeps exactly its tables.
fn foreign_database_is_refused(server_url: &str) -> Result<(), Failed> {
    use sqlx::{Connection, PgConnection};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failed::from(e.to_string()))?;
    rt.block_on(async {
        let name = format!("sb_foreign_{}", std::process::id());
        let mut server = PgConnection::connect(server_url).await.unwrap();
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
            .execute(&mut server)
            .await
            .unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut server)
            .await
            .unwrap();
        let url = switchboard_store_sql::with_database(server_url, &name);
        let mut foreign = PgConnection::connect(&url).await.unwrap();
        sqlx::query("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total NUMERIC)")
            .execute(&mut foreign)
            .await
            .unwrap();
        let opened = switchboard_store_sql::SqlStore::connect_postgres(&url).await;
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = 'public' ORDER BY 1",
        )
        .fetch_all(&mut foreign)
        .await
        .unwrap();
        drop(foreign);
        sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .execute(&mut server)
            .await
            .unwrap();
        match opened {
            Err(e) if e.code() == "not-a-database" => {}
            Err(e) => return Err(Failed::from(format!("refused for another reason: {e}"))),
            Ok(_) => return Err(Failed::from("another application's database was opened")),
        }
        if tables != ["invoices"] {
            return Err(Failed::from(format!("the database changed: {tables:?}")));
        }
        Ok(())
    })
}
