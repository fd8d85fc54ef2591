#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard privacy` reads lines and says which the guard would hold;
//! `switchboard reply` on a public comment with personal data sends
//! nothing, says what it found, and exits 1.

use std::io::Write;
use std::process::{Command, Stdio};

fn switchboard(db: &str, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("SWITCHBOARD_LANG", "en")
        .env_remove("SWITCHBOARD_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn privacy_prints_held_with_the_kinds_or_ok_for_each_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("none.db").display());
    let out = switchboard(
        &db,
        &["privacy"],
        "Call me on +41 79 000 12 34, booking K7QX2P\nFlight LX 318 at 14:30 costs CHF 120.50\n\nmail: julie.roux@mail.example\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        ["held\tbooking,phone", "ok", "ok", "held\temail"]
    );
}

#[test]
fn a_public_reply_with_personal_data_sends_nothing_and_says_what_it_found() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    assert!(switchboard(&db, &["demo", "--yes"], "").status.success());
    let queue = switchboard(&db, &["queue", "--limit", "500", "--json"], "");
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&queue.stdout).unwrap();
    let comment = rows
        .iter()
        .find(|r| r["kind"] == "comment" && r["status"] != "resolved")
        .expect("the demo has an open comment case");
    let id = comment["id"].to_string();
    let out = switchboard(
        &db,
        &[
            "reply",
            &id,
            "--as",
            "LR",
            "--text",
            "Your booking K7QX2P is confirmed.",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let said =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Personal data (booking): K7QX2P"), "{said}");
    assert!(
        said.contains("a public reply must not carry personal data"),
        "{said}"
    );
    let case = switchboard(&db, &["case", &id, "--json"], "");
    let view: Vec<serde_json::Value> = serde_json::from_slice(&case.stdout).unwrap();
    assert!(
        view[0]["thread"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| !m["body"].as_str().unwrap_or("").contains("K7QX2P")),
        "nothing recorded on the case"
    );
}
