#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `crisis reply` on the real binary against the fake Graph server: a surge
//! of 1,998 Messenger messages on the demo's six pages in three languages
//! (cancelled flights), a few comments under a post on each page, and a few
//! conversations whose Messenger window closed two days ago, all synced.
//! The top cluster is answered with the crisis template:
//! - the dry run sends nothing and lists the closed windows;
//! - the send is killed (SIGKILL) in the middle and run again: every case
//!   of the plan got exactly one reply, by its channel (Messenger for a
//!   conversation, a reply under the comment for a comment), in its page's
//!   language, and the cases left for the agent got nothing;
//! - a third run sends nothing.
//!
//! On SQLite and on PostgreSQL. The keychain: see common/mod.rs.

mod common;
use common::*;

use chrono::{Duration, Utc};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::process::Stdio;
use switchboard_meta::fake::{FakeComment, FakeConversation, FakeMessage, FakePost};

const PAGES: [&str; 6] = [
    "lakeline/fr-CH",
    "lakeline/de-CH",
    "lakeline/en",
    "summit-air/fr-CH",
    "summit-air/de-CH",
    "summit-air/en",
];

/// Fans per page in the surge: 6 × 333 = 1,998 messages.
const SURGE: usize = 333;

/// Words every reply of the crisis template has in its page's language.
fn marker(handle: &str) -> &'static str {
    match handle.split('/').nth(1) {
        Some("fr-CH") => "Merci de votre message",
        Some("de-CH") => "Dank für Ihre Nachricht",
        _ => "Thank you for your message",
    }
}

/// What a fan whose window closed wrote two days ago, per page language.
fn late_question(handle: &str) -> &'static str {
    match handle.split('/').nth(1) {
        Some("fr-CH") => "Mon vol est annulé et aucun nouveau vol ne m'est proposé. Je fais quoi ?",
        Some("de-CH") => {
            "Mein Flug wurde gestrichen und es wird mir kein neuer Flug angeboten. Was nun?"
        }
        _ => "My flight is cancelled and no new flight is offered to me. What now?",
    }
}

fn reply_json(cli: &Cli, cluster: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "crisis",
        "reply",
        "--cluster",
        cluster,
        "--template",
        "crisis-holding",
        "--as",
        "LR",
        "--json",
    ];
    args.extend_from_slice(extra);
    let out = cli.ok(&args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("no JSON ({e}): {out}"))
}

#[test]
fn a_cluster_is_answered_once_per_case_by_its_channel_in_its_language_even_across_a_kill() {
    let Some(service) = keychain("crisis-reply") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    answered_once(Cli {
        db: format!("sqlite:{}", dir.path().join("ws.db").display()),
        service,
        log: "warn".into(),
    });
}

#[test]
fn on_postgresql_too_a_cluster_is_answered_once_per_case_even_across_a_kill() {
    let Some(service) = keychain("crisis-reply-pg") else {
        return;
    };
    on_scratch_postgres("sb_crisis_reply", |db| {
        answered_once(Cli {
            db: db.to_string(),
            service,
            log: "warn".into(),
        });
    });
}

fn answered_once(cli: Cli) {
    cli.ok(&["demo", "--yes"]);
    let fake = Fake::start();
    let base = fake.graph.base_url();
    let mut page_of = HashMap::new();
    let mut comment_ids = HashSet::new();
    let mut late_fans = HashSet::new();
    let two_days_ago = switchboard_meta::fake::graph_time(Utc::now() - Duration::days(2));
    for (i, handle) in PAGES.iter().enumerate() {
        let page = cli.page_of(handle);
        let token = format!("token-{i}");
        let locale = handle.split('/').nth(1).unwrap();
        fake.graph.add_named_page(&page, &token, handle, locale);
        // Two fans whose Messenger window closed (24 hours, no tag).
        for n in 0..2 {
            let psid = format!("late-{i}-{n}");
            fake.graph.add_conversation(
                &page,
                FakeConversation {
                    id: format!("t_{psid}"),
                    psid: psid.clone(),
                    messages: vec![FakeMessage {
                        mid: format!("m_{psid}"),
                        from_id: psid.clone(),
                        from_name: format!("Late Fan{i}{n}"),
                        text: late_question(handle).to_string(),
                        created_time: two_days_ago.clone(),
                    }],
                },
            );
            late_fans.insert(psid);
        }
        // A post about the disruption and three fans asking under it.
        let post = format!("{page}_900");
        fake.graph.add_post(
            &page,
            FakePost {
                id: post.clone(),
                from_id: page.clone(),
                from_name: handle.to_string(),
                message: "Flights are disrupted today.".into(),
                created_time: switchboard_meta::fake::graph_time(Utc::now() - Duration::hours(1)),
                comments: Vec::<FakeComment>::new(),
            },
        );
        for n in 0..3 {
            let id = fake
                .graph
                .fan_comments(
                    &post,
                    None,
                    (&format!("cfan-{i}-{n}"), &format!("Comment Fan{i}{n}")),
                    late_question(handle),
                )
                .unwrap();
            comment_ids.insert(id);
        }
        connect(&cli, handle, &base, &token, "60");
        page_of.insert(page, *handle);
    }
    assert_eq!(fake.graph.surge("lakeline", SURGE, 30), 3 * SURGE);
    assert_eq!(fake.graph.surge("summit", SURGE, 30), 3 * SURGE);
    cli.ok(&["sync", "--once"]);

    let clusters = cli.json(&["crisis", "clusters", "--min-size", "5", "--json"]);
    let top = &clusters[0];
    let cluster = top["id"].to_string();
    assert!(
        top["size"].as_u64().unwrap() >= 1_000,
        "most of the surge asks the same: {}",
        top["size"]
    );
    assert_eq!(
        top["communities"].as_array().unwrap().len(),
        6,
        "across all six pages"
    );
    assert_eq!(
        cli.json(&["crisis", "clusters", "--min-size", "5", "--json"])[0]["id"],
        top["id"],
        "the id holds from one reading to the next"
    );

    // The dry run: nothing sent, every case accounted for.
    let plan = reply_json(&cli, &cluster, &[]);
    let planned: Vec<&Value> = plan["replies"].as_array().unwrap().iter().collect();
    let left = plan["left"].as_array().unwrap();
    assert_eq!(
        planned.len() + left.len(),
        top["size"].as_u64().unwrap() as usize,
        "every case of the cluster is planned or left: {left:?}"
    );
    let closed: Vec<&Value> = left
        .iter()
        .filter(|l| l["reason"]["why"] == "window_closed")
        .collect();
    assert!(
        closed.len() >= 6,
        "the closed Messenger windows are listed, not skipped: {left:?}"
    );
    assert_eq!(fake.graph.sent_count(), 0, "a dry run sends nothing");
    let previews = plan["previews"].as_array().unwrap();
    let languages: HashSet<&str> = previews
        .iter()
        .map(|p| p["locale"].as_str().unwrap())
        .collect();
    assert_eq!(
        languages,
        HashSet::from(["en", "fr", "de"]),
        "a preview per language"
    );
    let by_recipient: HashMap<&str, &Value> = planned
        .iter()
        .map(|r| (r["recipient"].as_str().unwrap(), *r))
        .collect();
    assert_eq!(by_recipient.len(), planned.len(), "one reply per fan");

    // The send, killed in the middle.
    fake.graph
        .set_send_delay(std::time::Duration::from_millis(15));
    let mut child = cli
        .command(&[
            "crisis",
            "reply",
            "--cluster",
            &cluster,
            "--template",
            "crisis-holding",
            "--as",
            "LR",
            "--status",
            "resolved",
            "--yes",
            "--undo-secs",
            "0",
            "--reply-lease",
            "2",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while fake.graph.sent_count() < 300 {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "the send did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let at_kill = fake.graph.sent_count();
    assert!(
        at_kill < planned.len(),
        "killed in the middle: {at_kill} of {}",
        planned.len()
    );

    // Run again: what was stored is sent, nothing twice.
    fake.graph.set_send_delay(std::time::Duration::ZERO);
    let again = reply_json(
        &cli,
        &cluster,
        &[
            "--status",
            "resolved",
            "--yes",
            "--undo-secs",
            "0",
            "--reply-lease",
            "2",
        ],
    );
    assert_eq!(
        again["queued"], 0,
        "the replies were stored before the kill: {again}"
    );
    assert_eq!(
        again["sent"].as_u64().unwrap() as usize,
        planned.len(),
        "{again}"
    );
    assert_eq!(again["waiting"], 0, "{again}");
    assert_eq!(again["failed"], 0, "{again}");

    let mut seen: HashMap<String, usize> = HashMap::new();
    for (page, handle) in &page_of {
        for sent in fake.graph.sent(page) {
            *seen.entry(sent.to.clone()).or_default() += 1;
            let reply = by_recipient
                .get(sent.to.as_str())
                .unwrap_or_else(|| panic!("a reply nobody planned went to {}", sent.to));
            assert_eq!(reply["body"], sent.text.as_str(), "sent as previewed");
            assert_eq!(reply["community"], *handle);
            assert!(
                sent.text.contains(marker(handle)),
                "{handle} answered in its language: {}",
                sent.text
            );
            if comment_ids.contains(&sent.to) {
                assert_eq!(
                    reply["channel"], "comment",
                    "a comment is answered under it"
                );
                assert_eq!(sent.messaging_type, None);
            } else {
                assert_eq!(reply["channel"], "messenger");
                assert_eq!(sent.messaging_type.as_deref(), Some("RESPONSE"));
            }
            assert!(
                !late_fans.contains(&sent.to),
                "a closed window got a reply: {}",
                sent.to
            );
        }
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent twice after the kill: {twice:?}");
    assert_eq!(seen.len(), planned.len(), "every planned reply went out");
    assert!(
        comment_ids.iter().any(|c| seen.contains_key(c)),
        "comments of the cluster were answered under them"
    );

    // Once more: nothing.
    let third = reply_json(&cli, &cluster, &["--yes", "--undo-secs", "0"]);
    assert_eq!(third["queued"], 0, "{third}");
    assert_eq!(
        fake.graph.sent_count(),
        planned.len(),
        "nothing sent a second time"
    );
    let after = cli.json(&["crisis", "clusters", "--min-size", "1", "--json"]);
    let remaining = after
        .iter()
        .find(|c| c["id"] == top["id"])
        .map_or(0, |c| c["size"].as_u64().unwrap() as usize);
    assert!(
        remaining <= left.len(),
        "the answered cases were resolved and left the cluster: {remaining} remain, {} were left",
        left.len()
    );
}
