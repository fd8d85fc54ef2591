#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! The `switchboard` binary as a user runs it: real processes, a real SQLite
//! file, and a real PostgreSQL server.

mod common;
use common::on_scratch_postgres;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn switchboard(db: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("SWITCHBOARD_LANG", "en")
        .env_remove("SWITCHBOARD_DB")
        .stdin(Stdio::null())
        .output()
        .expect("run switchboard")
}

fn ok(db: &str, args: &[&str]) -> String {
    let out = switchboard(db, args);
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

/// The error a user sees: exactly one line on stderr, exit code 1, and no
/// sign of a panic.
fn one_line_error(db: &str, args: &[&str]) -> String {
    let out = switchboard(db, args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?}: exit code; stderr: {stderr}"
    );
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "{args:?}: one line expected, got:\n{stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{stderr}"
    );
    stderr
}

fn sqlite(dir: &Path) -> String {
    format!("sqlite:{}", dir.join("desk.db").display())
}

/// The story of the foundation issue, on any backend.
fn demo_story(db: &str) {
    let created = ok(db, &["demo", "--yes"]);
    assert!(created.contains("6 communities"), "{created}");

    let communities = json(db, &["communities", "--json"]);
    assert_eq!(communities.len(), 6, "{communities:?}");
    for c in &communities {
        assert!(c["handle"].as_str().unwrap().contains('/'), "{c}");
        assert!(c["open"].as_i64().unwrap() > 0, "{c}");
        assert!(
            c.get("at_risk").is_some() && c.get("breached").is_some(),
            "{c}"
        );
    }

    let queue = json(db, &["queue", "--community", "lakeline/fr-CH", "--json"]);
    assert!(queue.len() >= 3, "{queue:?}");
    assert!(queue.iter().all(|r| r["community"] == "lakeline/fr-CH"));
    let dues: Vec<Option<&str>> = queue.iter().map(|r| r["due_at"].as_str()).collect();
    let running: Vec<&str> = dues.iter().flatten().copied().collect();
    let mut sorted = running.clone();
    sorted.sort();
    assert_eq!(running, sorted, "running clocks by due time");
    let first_paused = dues.iter().position(Option::is_none).unwrap_or(dues.len());
    assert!(
        dues[first_paused..].iter().all(Option::is_none),
        "paused cases come last: {dues:?}"
    );
    assert!(queue.iter().all(|r| r["id"].as_i64().is_some()));

    let hits = json(db, &["search", "bagage", "--json"]);
    assert!(!hits.is_empty(), "no French baggage message found");
    assert!(hits.iter().all(|h| h["body"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("bagage")));
    assert!(hits
        .iter()
        .any(|h| h["community"].as_str().unwrap().ends_with("/fr-CH")));

    // A message by another channel, then the same platform id again.
    let first = json(
        db,
        &[
            "inbound",
            "--community",
            "summit-air/de-CH",
            "--from",
            "Heidi Muster",
            "--text",
            "Wo ist mein Gepäck?",
            "--external-id",
            "x-1",
            "--json",
        ],
    );
    let again = json(
        db,
        &[
            "inbound",
            "--community",
            "summit-air/de-CH",
            "--from",
            "Heidi Muster",
            "--text",
            "Wo ist mein Gepäck?",
            "--external-id",
            "x-1",
            "--json",
        ],
    );
    assert_eq!(first[0]["outcome"], "stored");
    assert_eq!(again[0]["outcome"], "duplicate");
    assert_eq!(first[0]["case_id"], again[0]["case_id"]);
    let id = first[0]["case_id"].as_i64().unwrap().to_string();
    let case = json(db, &["case", &id, "--json"]);
    assert_eq!(
        case[0]["thread"].as_array().unwrap().len(),
        1,
        "stored once"
    );
    assert_eq!(case[0]["status"], "new");

    let table = ok(db, &["case", &id]);
    assert!(
        table.contains("Wo ist mein Gepäck?") && table.contains("Heidi Muster"),
        "{table}"
    );
}

#[test]
fn the_demo_story_works_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    demo_story(&sqlite(dir.path()));
}

#[test]
fn the_demo_story_works_on_postgres() {
    on_scratch_postgres("sb_cli", demo_story);
}

#[test]
fn tables_are_the_default_output() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    ok(&db, &["demo", "--yes"]);
    let table = ok(&db, &["communities"]);
    assert!(
        table.contains("lakeline/fr-CH") && table.contains("Breached"),
        "{table}"
    );
    let queue = ok(&db, &["queue", "--brand", "Summit Air", "--status", "new"]);
    assert!(
        queue.contains("summit-air/") && !queue.contains("lakeline/"),
        "{queue}"
    );
}

#[test]
fn an_unknown_community_is_a_one_line_error_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    ok(&db, &["demo", "--yes"]);
    let err = one_line_error(&db, &["queue", "--community", "lakeline/xx"]);
    assert!(err.contains("lakeline/xx"), "{err}");
    let err = one_line_error(
        &db,
        &[
            "inbound",
            "--community",
            "nope/en",
            "--from",
            "A",
            "--text",
            "B",
        ],
    );
    assert!(err.contains("nope/en"), "{err}");
}

#[test]
fn a_malformed_database_url_is_a_one_line_error_without_its_password() {
    for bad in [
        "mysql://u:hunter2@h/db",
        "/tmp/plain/path.db",
        "postgres://u:hunter2@h:notaport/db",
    ] {
        let err = one_line_error(bad, &["communities"]);
        assert!(err.contains("sqlite:PATH"), "{err}");
        assert!(!err.contains("hunter2"), "password shown: {err}");
    }
}

#[test]
fn a_postgres_server_that_refuses_the_connection_is_said_at_once_with_the_reason() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://desk@127.0.0.1:{port}/desk?password=hunter2");
    let err = one_line_error(&url, &["communities"]);
    assert!(
        err.contains(&format!("127.0.0.1:{port}")) && err.to_lowercase().contains("refused"),
        "the server and the reason: {err}"
    );
    assert!(!err.contains("timed out"), "{err}");
    assert!(!err.contains("hunter2"), "password shown: {err}");
}

#[test]
fn a_missing_database_is_an_error_and_no_file_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nothing-here.db");
    let db = format!("sqlite:{}", path.display());
    for args in [
        &["communities"][..],
        &["queue"],
        &["search", "x"],
        &["case", "1"],
    ] {
        let err = one_line_error(&db, args);
        assert!(err.contains("switchboard demo"), "{err}");
    }
    assert!(!path.exists(), "a read command created the database");
}

#[test]
fn a_file_that_is_not_a_workspace_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let db = format!("sqlite:{}", path.display());
    let err = one_line_error(&db, &["communities"]);
    assert!(err.contains("not a Switchboard workspace"), "{err}");
    let err = one_line_error(&db, &["demo", "--yes"]);
    assert!(err.contains("not a Switchboard workspace"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file was changed"
    );
}

#[test]
fn a_workspace_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let db = format!("sqlite:{}", path.display());
    ok(&db, &["demo", "--yes"]);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(switchboard_store_sql::testing::mark_applied_migration(
        &path, 99_990_101,
    ))
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    for args in [&["communities"][..], &["demo", "--yes"]] {
        let err = one_line_error(&db, args);
        assert!(err.contains("newer Switchboard"), "{err}");
    }
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file was changed"
    );
}

#[test]
fn bad_values_are_one_line_errors_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    ok(&db, &["demo", "--yes"]);
    let before = ok(&db, &["communities", "--json"]);
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "community",
                "add",
                "--brand",
                "Lakeline",
                "--locale",
                "french",
                "--page-id",
                "9",
            ],
            "french",
        ),
        (
            &[
                "community",
                "add",
                "--brand",
                "!!!",
                "--locale",
                "it",
                "--page-id",
                "9",
            ],
            "!!!",
        ),
        (
            &[
                "community",
                "add",
                "--brand",
                "Lakeline",
                "--locale",
                "fr-CH",
                "--page-id",
                "9",
            ],
            "lakeline/fr-CH",
        ),
        (
            &[
                "community",
                "add",
                "--brand",
                "Lakeline",
                "--locale",
                "it",
                "--page-id",
                "9",
                "--platform",
                "myspace",
            ],
            "myspace",
        ),
        (&["queue", "--status", "closed"], "closed"),
        (&["queue", "--assignee", "ZZ"], "ZZ"),
        (&["case", "abc"], "abc"),
        (&["case", "999999"], "999999"),
        (
            &[
                "inbound",
                "--community",
                "lakeline/en",
                "--from",
                "A",
                "--text",
                "   ",
            ],
            "empty",
        ),
        (&["status", "1", "new"], "new"),
    ];
    for (args, needle) in cases {
        let err = one_line_error(&db, args);
        assert!(
            err.contains(needle),
            "{args:?}: expected {needle:?} in {err}"
        );
    }
    assert_eq!(
        ok(&db, &["communities", "--json"]),
        before,
        "nothing changed"
    );
}

#[test]
fn the_demo_asks_before_replacing_data_and_refuses_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    ok(&db, &["demo"]); // an empty workspace has nothing to replace
    let extra = json(
        &db,
        &[
            "inbound",
            "--community",
            "lakeline/en",
            "--from",
            "Kim",
            "--text",
            "Hello",
            "--json",
        ],
    );
    let err = one_line_error(&db, &["demo"]);
    assert!(err.contains("--yes"), "{err}");
    let id = extra[0]["case_id"].as_i64().unwrap().to_string();
    assert_eq!(
        json(&db, &["case", &id, "--json"])[0]["thread"][0]["body"],
        "Hello",
        "data kept"
    );
}

#[test]
fn community_add_creates_the_brand_and_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    let added = json(
        &db,
        &[
            "community",
            "add",
            "--brand",
            "Föhn Air",
            "--locale",
            "it-CH",
            "--page-id",
            "555",
            "--json",
        ],
    );
    assert_eq!(added[0]["handle"], "fohn-air/it-CH");
    let list = json(&db, &["communities", "--json"]);
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0]["brand_name"].as_str(), list[0]["open"].as_i64()),
        (Some("Föhn Air"), Some(0))
    );
}

#[test]
fn an_agent_replies_notes_assigns_and_resolves() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    ok(&db, &["demo", "--yes"]);
    let new = json(
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
    let id = new[0]["case_id"].as_i64().unwrap().to_string();
    let agent = json(&db, &["queue", "--json", "--limit", "500"])
        .iter()
        .find_map(|r| r["assignee_initials"].as_str().map(str::to_string))
        .expect("demo cases have assignees");
    ok(&db, &["assign", &id, &agent]);
    ok(
        &db,
        &["note", &id, "--as", &agent, "--text", "Checked WorldTracer"],
    );
    ok(
        &db,
        &["reply", &id, "--as", &agent, "--text", "We are on it."],
    );
    ok(&db, &["status", &id, "resolved"]);
    let case = json(&db, &["case", &id, "--json"]);
    assert_eq!(case[0]["status"], "resolved");
    let dirs: Vec<&str> = case[0]["thread"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["direction"].as_str().unwrap())
        .collect();
    assert_eq!(dirs, ["inbound", "note", "outbound"]);
    assert_eq!(case[0]["assignee"]["initials"], agent.as_str());
}

#[test]
fn every_subcommand_has_help() {
    for sub in [
        "demo",
        "communities",
        "community",
        "queue",
        "case",
        "search",
        "inbound",
        "reply",
        "note",
        "assign",
        "status",
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_switchboard"))
            .args([sub, "--help"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{sub} --help");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage"),
            "{sub} --help"
        );
    }
}

#[test]
fn errors_speak_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("none.db").display());
    let out = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["--db", &db, "communities"])
        .env("SWITCHBOARD_LANG", "de")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("keinen Arbeitsbereich"), "{err}");
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    ok(&db, &["demo", "--yes"]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["--db", &db, "queue", "--limit", "500", "--json"])
        .args([
            "--status",
            "new,open,waiting_customer,waiting_expert,resolved",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the pipe before the command writes, as `| head -0` would.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "stderr: {stderr}");
}

/// Whether `text` holds anything a terminal would act on rather than show:
/// ESC, BEL, backspace, carriage return, any other C0 control but newline
/// and tab, DEL, or a C1 control.
fn has_terminal_controls(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
}

#[test]
fn customers_text_reaches_the_terminal_without_control_sequences_and_json_stays_exact() {
    let dir = tempfile::tempdir().unwrap();
    let db = sqlite(dir.path());
    ok(&db, &["demo", "--yes"]);
    let name = "Eve\u{1b}[2J\u{1b}[31mRed\u{7}\u{8}\u{8}";
    let body = "Koffer \u{1b}]8;;http://evil.example\u{1b}\\click here\u{1b}]8;;\u{1b}\\ weg\r\
                Fake line\u{9b}1A\u{1b}]0;title\u{7}\nsecond line\u{85}\u{7f}";
    let new = json(
        &db,
        &[
            "inbound",
            "--community",
            "summit-air/de-CH",
            "--from",
            name,
            "--text",
            body,
            "--json",
        ],
    );
    let id = new[0]["case_id"].as_i64().unwrap().to_string();
    for args in [
        vec!["queue", "--limit", "500"],
        vec!["queue", "--community", "summit-air/de-CH"],
        vec!["search", "Koffer"],
        vec!["case", id.as_str()],
    ] {
        let printed = ok(&db, &args);
        assert!(
            !has_terminal_controls(&printed),
            "{args:?} printed control characters: {printed:?}"
        );
        assert!(printed.contains("EveRed"), "{args:?}: {printed}");
    }
    let case = ok(&db, &["case", &id]);
    assert!(
        case.contains("  Koffer click here wegFake line") && case.contains("  second line"),
        "the text around the sequences stays, a body keeps its lines: {case}"
    );
    let exact = json(&db, &["case", &id, "--json"]);
    assert_eq!(exact[0]["thread"][0]["body"], body, "JSON is exact");
    assert_eq!(exact[0]["thread"][0]["author"], name);
}
