#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard experts …` and `switchboard handoff …` as a user runs them:
//! the real binary on a real SQLite file (and the story on PostgreSQL too).

mod common;
use common::on_scratch_postgres;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(db: &str, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("SWITCHBOARD_LANG", lang)
        .env_remove("SWITCHBOARD_DB")
        .env_remove("SWITCHBOARD_AGENT")
        .stdin(Stdio::null())
        .output()
        .expect("run switchboard")
}

fn ok(db: &str, args: &[&str]) -> String {
    let out = run(db, "en", args);
    assert!(
        out.status.success(),
        "switchboard {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn json(db: &str, args: &[&str]) -> Vec<Value> {
    let text = ok(db, args);
    serde_json::from_str::<Vec<Value>>(&text)
        .unwrap_or_else(|e| panic!("{args:?} printed no JSON array ({e}): {text}"))
}

/// Exactly one line on stderr, exit code 1, no panic.
fn one_line_error(db: &str, lang: &str, args: &[&str]) -> String {
    let out = run(db, lang, args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?}: exit code; stderr: {stderr}"
    );
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "{args:?}: one line expected:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

fn demo(dir: &Path) -> String {
    let db = format!("sqlite:{}", dir.join("desk.db").display());
    ok(&db, &["demo", "--yes"]);
    db
}

fn names(db: &str) -> Vec<String> {
    json(db, &["experts", "list", "--all", "--json"])
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect()
}

const CSV_WITH_A_BAD_ROW: &str = "name,department,topics,languages,email,time_zone\n\
    Petra Huber,Baggage,baggage-lost,de;en,petra@lakeline.example,Europe/Zurich\n\
    Marc Rey,Refunds,refund,fr,marc@lakeline.example,Europe/Genf\n\
    Lina Frei,Loyalty,loyalty,de,lina@lakeline.example,Europe/Zurich\n";

#[test]
fn an_import_with_one_bad_row_names_the_row_and_the_column_exits_non_zero_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = names(&db);
    let file = dir.path().join("experts.csv");
    std::fs::write(&file, CSV_WITH_A_BAD_ROW).unwrap();
    let path = file.to_str().unwrap();

    let err = one_line_error(&db, "en", &["experts", "import", path]);
    assert!(
        err.contains("Row 3") && err.contains("“time_zone”") && err.contains("Europe/Genf"),
        "{err}"
    );
    assert!(err.contains("Nothing was imported"), "{err}");
    assert_eq!(
        names(&db),
        before,
        "no expert was added, not even the good rows"
    );

    let de = one_line_error(&db, "de", &["experts", "import", path]);
    assert!(
        de.contains("Zeile 3") && de.contains("nichts importiert"),
        "{de}"
    );

    std::fs::write(
        &file,
        CSV_WITH_A_BAD_ROW.replace("Europe/Genf", "Europe/Zurich"),
    )
    .unwrap();
    let done = ok(&db, &["experts", "import", path]);
    assert!(
        done.contains("3 experts added, 0 updated, 0 unchanged"),
        "{done}"
    );
    assert_eq!(names(&db).len(), before.len() + 3);
}

#[test]
fn a_file_missing_a_required_column_or_not_csv_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let file = dir.path().join("x.csv");
    std::fs::write(&file, "name,email\nA,a@x.example\n").unwrap();
    let err = one_line_error(&db, "en", &["experts", "import", file.to_str().unwrap()]);
    assert!(err.contains("no “department” column"), "{err}");
    std::fs::write(&file, "name,department,email\n\"A,B,a@x.example\n").unwrap();
    let err = one_line_error(&db, "en", &["experts", "import", file.to_str().unwrap()]);
    assert!(err.contains("Row 2 is not well-formed"), "{err}");
    let missing = dir.path().join("absent.csv");
    one_line_error(&db, "en", &["experts", "import", missing.to_str().unwrap()]);
}

#[test]
fn experts_are_added_edited_exported_reimported_and_retired() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let added = json(
        &db,
        &[
            "experts",
            "add",
            "--name",
            "Petra Huber",
            "--department",
            "Baggage",
            "--email",
            "petra@lakeline.example",
            "--topics",
            "baggage-lost;baggage-damaged",
            "--languages",
            "de-CH,en",
            "--hours",
            "Mon-Thu 07:30-16:00",
            "--chat",
            "@petra",
            "--json",
        ],
    );
    let id = added[0]["id"].as_i64().unwrap().to_string();
    assert_eq!(added[0]["languages"], serde_json::json!(["de", "en"]));
    assert_eq!(
        added[0]["hours"]["days"],
        serde_json::json!([true, true, true, true, false, false, false])
    );
    let edited = json(
        &db,
        &[
            "experts",
            "edit",
            "petra@lakeline.example",
            "--availability",
            "out:2026-03-09",
            "--json",
        ],
    );
    assert_eq!(
        edited[0]["availability"],
        serde_json::json!({"kind": "out", "until": "2026-03-09"})
    );
    assert_eq!(edited[0]["chat"], "@petra", "fields not given are kept");

    let err = one_line_error(&db, "en", &["experts", "edit", &id, "--hours", "weekdays"]);
    assert!(
        err.contains("“weekdays”") && err.contains("working hours"),
        "{err}"
    );
    let err = one_line_error(&db, "en", &["experts", "retire", "Nobody Known"]);
    assert!(err.contains("no expert “Nobody Known”"), "{err}");

    let file = dir.path().join("out.csv");
    let exported = ok(&db, &["experts", "export", file.to_str().unwrap()]);
    assert!(exported.contains("9 experts written"), "{exported}");
    let again = ok(&db, &["experts", "import", file.to_str().unwrap()]);
    assert!(
        again.contains("0 experts added, 0 updated, 9 unchanged"),
        "{again}"
    );

    assert!(ok(&db, &["experts", "retire", &id]).contains("Petra Huber"));
    let active = json(&db, &["experts", "list", "--json"]);
    assert!(
        active.iter().all(|e| e["name"] != "Petra Huber"),
        "retired experts are not listed"
    );
    assert_eq!(json(&db, &["experts", "list", "--all", "--json"]).len(), 9);
}

/// A German baggage message, the suggestion, the handoff and its answer.
fn handoff_story(db: &str) {
    ok(db, &["demo", "--yes"]);
    let stored = json(
        db,
        &[
            "inbound",
            "--community",
            "lakeline/de-CH",
            "--from",
            "Petra Huber",
            "--text",
            "Grüezi, mein Koffer ist nach dem Flug LK 812 nicht angekommen.",
            "--json",
        ],
    );
    let case = stored[0]["case_id"].as_i64().unwrap().to_string();
    let ranked = json(db, &["experts", "suggest", "--case", &case, "--json"]);
    assert_eq!(
        ranked[0]["expert"]["name"], "Sandra Meier",
        "{:#}",
        ranked[0]
    );
    let kinds: Vec<&str> = ranked[0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.starts_with(&["keyword", "customer_language"]),
        "{kinds:?}"
    );
    let table = ok(db, &["experts", "suggest", "--case", &case]);
    assert!(
        table.contains("“koffer” in the thread points to"),
        "{table}"
    );

    let asked = json(
        db,
        &[
            "handoff",
            "ask",
            "--case",
            &case,
            "--expert",
            "Sandra Meier",
            "--question",
            "Wo ist der Koffer?",
            "--priority",
            "high",
            "--due",
            "3h",
            "--as",
            "LR",
            "--json",
        ],
    );
    assert_eq!(
        (asked[0]["state"].as_str(), asked[0]["priority"].as_str()),
        (Some("requested"), Some("high"))
    );
    let view = json(db, &["case", &case, "--json"]);
    assert_eq!(view[0]["status"], "waiting_expert");
    assert_eq!(view[0]["sla_state"], "on_track");
    let mine = json(
        db,
        &[
            "experts",
            "handoffs",
            "sandra.meier@lakeline-group.example",
            "--json",
        ],
    );
    assert!(
        mine.iter()
            .any(|h| h["case_id"].as_i64().map(|n| n.to_string()).as_deref()
                == Some(case.as_str())
                && h["locale"] == "de-CH"),
        "{mine:?}"
    );

    let answered = ok(
        db,
        &[
            "handoff",
            "answer",
            "--case",
            &case,
            "--text",
            "Der Koffer kommt morgen.",
            "--as",
            "LR",
            "--insert",
        ],
    );
    assert!(
        answered.contains("is now open") && answered.contains("added to your draft"),
        "{answered}"
    );
    let err = one_line_error(
        db,
        "en",
        &["handoff", "decline", "--case", &case, "--as", "LR"],
    );
    assert!(err.contains("has no open handoff"), "{err}");
    let trail = json(db, &["handoff", "trail", "--case", &case, "--json"]);
    let events: Vec<&str> = trail.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(events, vec!["handoff_asked", "handoff_answered"]);

    ok(
        db,
        &[
            "handoff",
            "ask",
            "--case",
            &case,
            "--department",
            "refunds",
            "--question",
            "Entschädigung?",
            "--as",
            "LR",
        ],
    );
    let declined = ok(
        db,
        &[
            "handoff",
            "decline",
            "--case",
            &case,
            "--reason",
            "Zuerst Gepäck",
            "--as",
            "LR",
        ],
    );
    assert!(declined.contains("declined"), "{declined}");
    ok(
        db,
        &[
            "reply",
            &case,
            "--as",
            "LR",
            "--text",
            "Ihr Koffer kommt morgen.",
        ],
    );
    assert!(ok(db, &["status", &case, "resolved"]).contains("resolved"));
    let figures = json(db, &["experts", "figures", "--json"]);
    let baggage = figures[0]["departments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["department"] == "Baggage")
        .unwrap();
    assert!(baggage["asked"].as_i64().unwrap() >= 1, "{baggage}");
}

#[test]
fn the_handoff_story_works_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    handoff_story(&format!("sqlite:{}", dir.path().join("desk.db").display()));
}

#[test]
fn the_handoff_story_works_on_postgres() {
    on_scratch_postgres("sb_cli_experts", handoff_story);
}

#[test]
fn a_handoff_can_leave_as_a_mailto_link_and_bad_values_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = ok(
        &db,
        &[
            "handoff",
            "ask",
            "--case",
            "44",
            "--expert",
            "1",
            "--question",
            "Où est la valise ?",
            "--as",
            "LR",
            "--mailto",
        ],
    );
    let link = out.lines().last().unwrap();
    assert!(
        link.starts_with("mailto:sandra.meier@lakeline-group.example?subject=%5B%2344%2FH"),
        "{link}"
    );
    assert!(
        link.contains("&body=Question%3A%0D%0AO%C3%B9%20est%20la%20valise%20%3F"),
        "{link}"
    );
    for (args, expect) in [
        (
            vec![
                "handoff",
                "ask",
                "--case",
                "44",
                "--expert",
                "1",
                "--question",
                "?",
                "--priority",
                "asap",
                "--as",
                "LR",
            ],
            "“asap”",
        ),
        (
            vec![
                "handoff",
                "ask",
                "--case",
                "44",
                "--expert",
                "1",
                "--question",
                "?",
                "--due",
                "soon",
                "--as",
                "LR",
            ],
            "“soon”",
        ),
        (
            vec![
                "handoff",
                "ask",
                "--case",
                "44",
                "--department",
                "Catering",
                "--question",
                "?",
                "--as",
                "LR",
            ],
            "“Catering”",
        ),
        (
            vec![
                "handoff",
                "ask",
                "--case",
                "44",
                "--expert",
                "1",
                "--question",
                "?",
                "--due",
                "2000-01-01T00:00:00Z",
                "--as",
                "LR",
            ],
            "after the moment it is asked",
        ),
        (
            vec![
                "handoff",
                "answer",
                "--case",
                "44",
                "--handoff",
                "999",
                "--text",
                "x",
                "--as",
                "LR",
            ],
            "no handoff",
        ),
    ] {
        let err = one_line_error(&db, "en", &args);
        assert!(err.contains(expect), "{args:?}: {err}");
    }
}

#[test]
fn the_new_subcommands_have_help() {
    for sub in [
        &["experts", "--help"][..],
        &["experts", "import", "--help"],
        &["experts", "suggest", "--help"],
        &["handoff", "--help"],
        &["handoff", "ask", "--help"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_switchboard"))
            .args(sub)
            .output()
            .unwrap();
        assert!(
            out.status.success() && String::from_utf8_lossy(&out.stdout).contains("Usage"),
            "{sub:?}"
        );
    }
}

#[test]
fn importing_the_same_experts_file_again_counts_every_row_as_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let file = dir.path().join("experts.csv");
    let good = CSV_WITH_A_BAD_ROW.replace("Europe/Genf", "Europe/Zurich");
    std::fs::write(&file, &good).unwrap();
    let path = file.to_str().unwrap();
    let first = ok(&db, &["experts", "import", path]);
    assert!(
        first.contains("3 experts added, 0 updated, 0 unchanged"),
        "{first}"
    );
    let again = ok(&db, &["experts", "import", path]);
    assert!(
        again.contains("0 experts added, 0 updated, 3 unchanged"),
        "{again}"
    );
    std::fs::write(&file, good.replace("Refunds", "Refunds and Claims")).unwrap();
    let changed = ok(&db, &["experts", "import", path]);
    assert!(
        changed.contains("0 experts added, 1 updated, 2 unchanged"),
        "{changed}"
    );
}
