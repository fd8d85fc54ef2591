#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `inbound --batch`: JSON Lines of fan messages imported whole or not at
//! all, once however often the file is imported, threads kept together.

mod common;
use common::*;

use serde_json::Value;
use std::io::Write;

fn demo() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    let out = plain_run(&db, &["demo", "--yes"]);
    assert!(out.status.success());
    (dir, db)
}

fn file(dir: &tempfile::TempDir, name: &str, lines: &[String]) -> String {
    let path = dir.path().join(name);
    let mut f = std::fs::File::create(&path).unwrap();
    for l in lines {
        writeln!(f, "{l}").unwrap();
    }
    path.display().to_string()
}

fn open_cases(db: &str) -> usize {
    let out = plain_run(db, &["queue", "--limit", "1000", "--json"]);
    serde_json::from_slice::<Vec<Value>>(&out.stdout)
        .unwrap()
        .len()
}

/// A morning of a surge: fans of one brand in three languages, some of
/// them writing twice in one thread, with and without platform ids.
fn surge_lines() -> Vec<String> {
    let mut lines = Vec::new();
    let texts = [
        (
            "summit-air/fr-CH",
            "Mon vol LX 1520 pour Genève est annulé, comment rebooker ?",
        ),
        (
            "summit-air/de-CH",
            "Mein Flug nach Zürich wurde gestrichen. Was nun?",
        ),
        (
            "summit-air/en",
            "My flight to Zurich was cancelled, how do I rebook?",
        ),
    ];
    for n in 0..30 {
        let (community, text) = texts[n % 3];
        lines.push(
            serde_json::json!({
                "community": community,
                "from": format!("Batch fan {n}"),
                "from_id": format!("psid-batch-{n}"),
                "text": text,
                "at": format!("2026-12-01T07:{:02}:00Z", n),
                "external_id": format!("batch-m-{n}"),
                "thread": format!("batch-thread-{n}"),
            })
            .to_string(),
        );
    }
    // Five fans write again in their thread; two lines carry no id at all.
    for n in 0..5 {
        lines.push(
            serde_json::json!({
                "community": texts[n % 3].0,
                "from": format!("Batch fan {n}"),
                "from_id": format!("psid-batch-{n}"),
                "text": "Any news? / Des nouvelles ? / Etwas Neues?",
                "at": format!("2026-12-01T08:{:02}:00Z", n),
                "thread": format!("batch-thread-{n}"),
            })
            .to_string(),
        );
    }
    lines.push(
        r#"{"community": "lakeline/en", "from": "No Id", "text": "Is the lounge open?"}"#.into(),
    );
    lines.push(String::new());
    lines
}

#[test]
fn a_batch_is_imported_once_with_threads_kept_together() {
    let (dir, db) = demo();
    let before = open_cases(&db);
    let path = file(&dir, "surge.jsonl", &surge_lines());
    let out = plain_run(&db, &["inbound", "--batch", &path, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["lines"], 36);
    assert_eq!(summary["stored"], 36);
    assert_eq!(summary["duplicates"], 0);
    assert_eq!(
        summary["new_cases"], 31,
        "the five second messages join their threads"
    );
    assert_eq!(summary["communities"], 4);
    assert_eq!(open_cases(&db), before + 31);

    let again = plain_run(&db, &["inbound", "--batch", &path, "--json"]);
    assert!(again.status.success());
    let summary: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(
        summary["stored"], 0,
        "importing the same file again changes nothing"
    );
    assert_eq!(summary["duplicates"], 36);
    assert_eq!(open_cases(&db), before + 31);

    let text = plain_run(&db, &["inbound", "--batch", &path]);
    let line = String::from_utf8_lossy(&text.stdout);
    assert!(
        line.contains("36 lines: 0 messages stored, 36 already there"),
        "{line}"
    );
}

fn refused(lines: &[String], expected: &str) {
    let (dir, db) = demo();
    let before = open_cases(&db);
    let mut all = surge_lines();
    all.truncate(4);
    all.extend_from_slice(lines);
    all.extend(surge_lines().into_iter().skip(10).take(5));
    let path = file(&dir, "bad.jsonl", &all);
    let out = plain_run(&db, &["inbound", "--batch", &path]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(expected), "wanted {expected:?} in {err}");
    assert!(err.contains("Nothing was imported"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert_eq!(open_cases(&db), before, "nothing imported");
}

#[test]
fn a_bad_line_imports_nothing_and_says_which_line_and_field() {
    refused(
        &[
            r#"{"community": "summit-air/en", "from": "Ana", "text": "Hi", "at": "yesterday"}"#
                .into(),
        ],
        "Line 5: “yesterday” in “at” is not a time",
    );
    refused(
        &[r#"{"community": "summit-air/en", "from": "Ana"}"#.into()],
        "Line 5: the field “text” is missing",
    );
    refused(&["{not json".into()], "Line 5 is not a JSON object");
    refused(
        &[r#"{"community": "nowhere/xx", "from": "Ana", "text": "Hi"}"#.into()],
        "Line 5: no community has the handle “nowhere/xx”",
    );
    refused(
        &[r#"{"community": "summit-air/en", "from": "Ana", "text": 5}"#.into()],
        "Line 5: the field “text” must be text",
    );
}

#[test]
fn a_line_of_a_future_version_of_the_format_imports_nothing() {
    refused(
        &[r#"{"version": 2, "community": "summit-air/en", "from": "Ana", "text": "Hi", "priority": "high"}"#
            .into()],
        "Line 5 is in version 2 of the format; this Switchboard reads version 1",
    );
    refused(
        &[
            r#"{"community": "summit-air/en", "from": "Ana", "text": "Hi", "priority": "high"}"#
                .into(),
        ],
        "Line 5: “priority” is not a field of the format",
    );
}
