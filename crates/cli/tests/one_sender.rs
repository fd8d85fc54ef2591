#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! One sender per team desk: of two `switchboard sync` processes on one
//! PostgreSQL database only one holds the sender's lock and sends; when it
//! is killed the other takes over within seconds, and no reply goes twice.

mod common;
use common::*;

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

fn sender(cli: &Cli, name: &str) -> Child {
    let sep = if cli.db.contains('?') { '&' } else { '?' };
    let mut c = cli.command(&["sync", "--every", "1"]);
    c.args(["--db", &format!("{}{sep}application_name={name}", cli.db)])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c.spawn().unwrap()
}

/// The application name of the connection holding the lock of the
/// community whose id is `community` (the connected one).
fn holder(db: &str, community: i64) -> Option<String> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(db).await.unwrap();
        sqlx::query_scalar(
            "SELECT a.application_name::text FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
             WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 \
             AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended($1, 0) \
             AND a.datname = current_database()",
        )
        .bind(format!("switchboard:sender:{community}"))
        .fetch_optional(&mut conn)
        .await
        .unwrap()
    })
}

fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "{what} within {limit:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
    start.elapsed()
}

#[test]
fn one_process_sends_the_outbox_and_another_takes_over_when_it_stops() {
    on_scratch_postgres("sender", |db| {
        let handle = "lakeline/en";
        let token = "one-sender-token";
        let Some((cli, page, fake)) = demo_on(db, "one_sender", "warn", handle, token) else {
            return;
        };
        for i in 0..6 {
            fake.graph.fan_writes(
                &page,
                &format!("psid-one-{i}"),
                &format!("Fan {i}"),
                &format!("Is my flight {i} on time?"),
            );
        }
        connect(&cli, handle, &fake.graph.base_url(), token, "1");
        cli.ok(&["sync", "--once"]);
        let cases: Vec<String> = cli
            .json(&["queue", "--community", handle, "--limit", "500", "--json"])
            .into_iter()
            .filter(|r| r["contact_name"].as_str().unwrap_or("").starts_with("Fan "))
            .map(|r| r["id"].to_string())
            .collect();
        assert_eq!(cases.len(), 6);
        let community = cli
            .json(&["communities", "--json"])
            .into_iter()
            .find(|c| c["handle"] == handle)
            .and_then(|c| c["id"].as_i64())
            .unwrap();
        let reply = |n: usize| {
            cli.ok(&[
                "reply",
                &cases[n],
                "--as",
                "JF",
                "--text",
                &format!("Reply {n}"),
            ]);
        };

        let mut a = sender(&cli, "sender_a");
        wait_until("a sender", Duration::from_secs(20), || {
            holder(db, community).is_some()
        });
        let mut b = sender(&cli, "sender_b");
        for n in 0..3 {
            reply(n);
        }
        wait_until("three replies sent", Duration::from_secs(30), || {
            fake.graph.sent(&page).len() >= 3
        });
        assert_eq!(
            holder(db, community).as_deref(),
            Some("sender_a"),
            "the first keeps the role"
        );

        a.kill().unwrap();
        a.wait().unwrap();
        let took = wait_until("the other takes over", Duration::from_secs(20), || {
            holder(db, community).as_deref() == Some("sender_b")
        });
        eprintln!("taken over {took:?} after the sender was killed");
        for n in 3..6 {
            reply(n);
        }
        wait_until("the rest sent", Duration::from_secs(30), || {
            fake.graph.sent(&page).len() >= 6
        });
        std::thread::sleep(Duration::from_secs(2));
        let _ = b.kill();
        let _ = b.wait();
        let mut sent: Vec<String> = fake.graph.sent(&page).into_iter().map(|s| s.text).collect();
        sent.sort();
        let expected: Vec<String> = (0..6).map(|n| format!("Reply {n}")).collect();
        assert_eq!(sent, expected, "each reply once");
    });
}
