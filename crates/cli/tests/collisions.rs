//! `reply --seen`: a reply written against the case as its author saw it is
//! held when a colleague replied since, printing who and what is new, and
//! exit 1; sent once the marker is the newest message. Without `--seen`, no
//! check.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::plain_run;
use serde_json::Value;

fn demo(dir: &std::path::Path) -> String {
    let db = format!("sqlite:{}", dir.join("ws.db").display());
    let out = plain_run(&db, &["demo", "--yes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

fn case_json(db: &str, id: &str) -> Value {
    let out = plain_run(db, &["case", id, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Vec<Value>>(&out.stdout)
        .unwrap()
        .remove(0)
}

#[test]
fn a_reply_after_a_colleagues_is_held_with_who_and_sent_with_the_newest_marker() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = plain_run(
        &db,
        &[
            "inbound",
            "--community",
            "lakeline/en",
            "--from",
            "Sam",
            "--text",
            "My bag is late",
            "--json",
        ],
    );
    let created: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let id = created[0]["case_id"].as_i64().unwrap().to_string();
    let seen = case_json(&db, &id)["seen"]["message"]
        .as_i64()
        .unwrap()
        .to_string();

    // LR replies first (no marker: no check).
    let first = plain_run(&db, &["reply", &id, "--as", "LR", "--text", "On it, LR"]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );

    let held = plain_run(
        &db,
        &[
            "reply",
            &id,
            "--as",
            "JF",
            "--text",
            "On it, JF",
            "--seen",
            &seen,
        ],
    );
    let stdout = String::from_utf8_lossy(&held.stdout);
    assert_eq!(
        held.status.code(),
        Some(1),
        "held is exit 1; stdout: {stdout}"
    );
    assert!(
        stdout.contains("LR (") && stdout.contains("replied"),
        "names who replied: {stdout}"
    );
    let newest = case_json(&db, &id)["seen"]["message"]
        .as_i64()
        .unwrap()
        .to_string();
    assert!(
        stdout.contains(&format!("--seen {newest}")),
        "says how to send anyway: {stdout}"
    );
    let thread = case_json(&db, &id)["thread"].clone();
    assert!(
        !thread
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["body"] == "On it, JF"),
        "nothing of JF's was sent"
    );

    let sent = plain_run(
        &db,
        &[
            "reply",
            &id,
            "--as",
            "JF",
            "--text",
            "On it, JF",
            "--seen",
            &newest,
        ],
    );
    assert!(
        sent.status.success(),
        "{}",
        String::from_utf8_lossy(&sent.stderr)
    );
    let thread = case_json(&db, &id)["thread"].clone();
    let jf = thread
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["body"] == "On it, JF")
        .count();
    assert_eq!(jf, 1, "sent once with the newest marker");
}
