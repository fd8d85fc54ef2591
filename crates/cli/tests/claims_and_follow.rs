#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! Several people on one PostgreSQL desk, as processes: claims that cannot
//! collide, "next case" that hands each caller a different case, and a
//! follower (`watch --json`) that reports every message written by eight
//! concurrent writers, even when its connections are cut mid-run.

mod common;
use common::*;

use serde_json::Value;
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use switchboard_domain::{CaseKind, SlaPolicy};
use switchboard_store::{InboundMessage, NewAgent, Store};
use switchboard_store_sql::SqlStore;

const PEOPLE: usize = 8;

/// The demo workspace on `db` with eight agents (the demo's four and four
/// more) and `fans` more unassigned cases; the agents' initials and ids.
fn desk_with_eight_agents(db: &str, fans: usize) -> Vec<(String, i64)> {
    let out = plain_run(db, &["demo", "--yes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = SqlStore::connect_postgres(db).await.unwrap();
        for (name, initials) in [
            ("Ana Weber", "AW"),
            ("Bruno Frei", "BF"),
            ("Carla Rossi", "CR"),
            ("Dario Meier", "DM"),
        ] {
            store
                .add_agent(&NewAgent {
                    name: name.into(),
                    initials: initials.into(),
                    email: format!("{}@example.com", initials.to_lowercase()),
                })
                .await
                .unwrap();
        }
        let community = store
            .community_by_handle("summit-air/fr-CH")
            .await
            .unwrap()
            .unwrap();
        let policy = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
        for n in 0..fans {
            let m = InboundMessage {
                community_id: community.id,
                external_id: format!("fan-{n}"),
                thread_key: format!("fan-{n}"),
                kind: CaseKind::Messenger,
                contact_external_id: format!("fan-{n}"),
                contact_name: format!("Fan {n}"),
                body: "Mon vol est-il annulé ?".into(),
                at: chrono::Utc::now(),
            };
            store.record_inbound(&m, &policy, None).await.unwrap();
        }
        let agents: Vec<(String, i64)> = store
            .agents()
            .await
            .unwrap()
            .into_iter()
            .map(|a| (a.initials, a.id.0))
            .collect();
        assert_eq!(agents.len(), PEOPLE);
        agents
    })
}

fn spawn(db: &str, args: &[&str]) -> Child {
    plain_command(db, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn eight_processes_claiming_the_same_case_have_exactly_one_winner_each_time() {
    on_scratch_postgres("claims", |db| {
        let agents = desk_with_eight_agents(db, 0);
        for round in 0..100 {
            let created = plain_run(
                db,
                &[
                    "inbound",
                    "--community",
                    "summit-air/en",
                    "--from",
                    &format!("Claim test fan {round}"),
                    "--text",
                    "Is my flight on time?",
                    "--json",
                ],
            );
            assert!(created.status.success());
            let outcome: Value = serde_json::from_slice(&created.stdout).unwrap();
            let case = outcome[0]["case_id"].to_string();
            let claims: Vec<((String, i64), Child)> = agents
                .iter()
                .map(|(a, id)| ((a.clone(), *id), spawn(db, &["claim", &case, "--as", a])))
                .collect();
            let mut winners = Vec::new();
            let mut refused = Vec::new();
            for (agent, child) in claims {
                let out = child.wait_with_output().unwrap();
                let stderr = String::from_utf8_lossy(&out.stderr).to_string();
                match out.status.code() {
                    Some(0) => winners.push(agent),
                    Some(1) => refused.push(stderr),
                    other => panic!("claim by {agent:?} ended with {other:?}: {stderr}"),
                }
            }
            assert_eq!(winners.len(), 1, "round {round}: winners {winners:?}");
            let (winner, winner_id) = &winners[0];
            assert_eq!(refused.len(), PEOPLE - 1);
            for line in &refused {
                assert!(
                    line.contains(&format!("is held by {winner} (")) && line.lines().count() == 1,
                    "round {round}: one line naming the holder {winner}: {line}"
                );
            }
            let view: Value =
                serde_json::from_slice(&plain_run(db, &["case", &case, "--json"]).stdout).unwrap();
            assert_eq!(view[0]["assignee_id"].as_i64(), Some(*winner_id));
        }
    });
}

#[test]
fn eight_callers_of_next_at_once_get_eight_different_cases() {
    on_scratch_postgres("next", |db| {
        let agents = desk_with_eight_agents(db, 4 * PEOPLE);
        let mut handed = BTreeSet::new();
        for round in 0..4 {
            let callers: Vec<Child> = agents
                .iter()
                .map(|(a, _)| spawn(db, &["next", "--as", a, "--json"]))
                .collect();
            let mut ids = Vec::new();
            for child in callers {
                let out = child.wait_with_output().unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let case: Value = serde_json::from_slice(&out.stdout).unwrap();
                assert!(
                    case["id"].is_i64(),
                    "round {round}: a case for each caller: {case}"
                );
                assert!(case["assignee_id"].is_i64());
                ids.push(case["id"].as_i64().unwrap());
            }
            let distinct: BTreeSet<i64> = ids.iter().copied().collect();
            assert_eq!(distinct.len(), PEOPLE, "round {round}: {ids:?}");
            assert!(handed.is_disjoint(&distinct), "a case handed twice");
            handed.extend(distinct);
        }
        // The demo's unassigned cases run out: `next` then says none.
        let rest = plain_run(
            db,
            &["queue", "--assignee", "none", "--limit", "500", "--json"],
        );
        let left: Vec<Value> = serde_json::from_slice(&rest.stdout).unwrap();
        for _ in 0..left.len() {
            assert!(plain_run(db, &["next", "--as", "AW", "--json"])
                .status
                .success());
        }
        let none = plain_run(db, &["next", "--as", "AW", "--json"]);
        assert_eq!(String::from_utf8_lossy(&none.stdout).trim(), "null");
    });
}

const WRITERS: usize = 8;
const MESSAGES: usize = 200;

#[test]
fn a_follower_reports_every_message_of_eight_writers_even_when_its_connections_are_killed() {
    on_scratch_postgres("follow", |db| {
        let out = plain_run(db, &["demo", "--yes"]);
        assert!(out.status.success());
        let sep = if db.contains('?') { '&' } else { '?' };
        let watcher_url = format!("{db}{sep}application_name=switchboard_watch_test");
        let mut watcher = plain_command(&watcher_url, &["watch", "--json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, seen) = mpsc::channel::<Value>();
        let stdout = watcher.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { return };
                let Ok(v) = serde_json::from_str::<Value>(&line) else {
                    panic!("not JSON: {line}")
                };
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        // Let the watcher find the log's end before anything is written.
        std::thread::sleep(Duration::from_secs(2));

        let rt = tokio::runtime::Runtime::new().unwrap();
        let written: BTreeSet<i64> = rt.block_on(async {
            let mut writers = Vec::new();
            for w in 0..WRITERS {
                let db = db.to_string();
                writers.push(tokio::spawn(async move { write_messages(&db, w).await }));
            }
            // Mid-run, every connection of the watcher is cut.
            let killer = {
                let db = db.to_string();
                tokio::spawn(async move {
                    tokio::time::sleep(Duration::from_millis(700)).await;
                    kill_connections(&db, "switchboard_watch_test").await
                })
            };
            let mut all = BTreeSet::new();
            for w in writers {
                all.extend(w.await.unwrap());
            }
            let killed = killer.await.unwrap();
            assert!(killed > 0, "the watcher's connections were cut");
            all
        });
        assert_eq!(written.len(), WRITERS * MESSAGES);

        let mut reported = BTreeSet::new();
        let mut last_seq = 0;
        let deadline = Instant::now() + Duration::from_secs(60);
        while reported.len() < written.len() && Instant::now() < deadline {
            let Ok(v) = seen.recv_timeout(Duration::from_secs(1)) else {
                continue;
            };
            let seq = v["seq"].as_i64().unwrap();
            assert!(
                seq > last_seq,
                "entries in order, each once: {seq} after {last_seq}"
            );
            last_seq = seq;
            if v["entity"] == "message" {
                reported.insert(v["id"].as_i64().unwrap());
            }
        }
        let _ = watcher.kill();
        let _ = watcher.wait();
        let missed: Vec<_> = written.difference(&reported).take(10).collect();
        assert!(
            missed.is_empty(),
            "{} of {} missed, e.g. {missed:?}",
            written.len() - reported.len(),
            written.len()
        );
    });
}

/// One writer: its own connections, 200 messages of its own fans, each in
/// its own transaction; the message ids.
async fn write_messages(db: &str, writer: usize) -> Vec<i64> {
    let store = SqlStore::connect_postgres(db).await.unwrap();
    let community = store
        .community_by_handle("lakeline/de-CH")
        .await
        .unwrap()
        .unwrap();
    let policy = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
    let mut ids = Vec::new();
    for n in 0..MESSAGES {
        let m = InboundMessage {
            community_id: community.id,
            external_id: format!("w{writer}-m{n}"),
            thread_key: format!("w{writer}-fan{}", n % 17),
            kind: CaseKind::Messenger,
            contact_external_id: format!("w{writer}-fan{}", n % 17),
            contact_name: format!("Writer {writer} fan {}", n % 17),
            body: format!("Message {n} from writer {writer}"),
            at: chrono::Utc::now(),
        };
        match store.record_inbound(&m, &policy, None).await.unwrap() {
            switchboard_store::InboundOutcome::Stored { message_id, .. } => ids.push(message_id.0),
            other => panic!("stored twice? {other:?}"),
        }
    }
    ids
}

/// Terminates every server process of connections named `app`; how many.
async fn kill_connections(db: &str, app: &str) -> i64 {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(db).await.unwrap();
    sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE application_name = $1) k",
    )
    .bind(app)
    .fetch_one(&mut conn)
    .await
    .unwrap()
}
