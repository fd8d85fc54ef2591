#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! A workspace file that is damaged, or that this user may not write, is
//! opened read-only: what it holds can be read, every write is refused in
//! words, and the file is left exactly as it was.

use std::path::Path;
mod common;
use common::plain_run as run;
use std::process::{Command, Output, Stdio};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// A demo workspace, closed (no WAL left beside it).
fn demo(dir: &Path) -> (String, std::path::PathBuf) {
    let file = dir.join("ws.db");
    let db = format!("sqlite:{}", file.display());
    let out = run(&db, &["demo", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    (db, file)
}

fn first_case(db: &str) -> String {
    let out = run(db, &["queue", "--json", "--limit", "1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    rows[0]["id"].to_string()
}

#[test]
fn a_workspace_with_a_damaged_index_opens_read_only_says_so_and_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let (db, file) = demo(dir.path());
    let case = first_case(&db);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(switchboard_store_sql::testing::damage_an_index(&file))
        .unwrap();
    let before = std::fs::read(&file).unwrap();

    let out = run(&db, &["communities"]);
    assert!(
        out.status.success(),
        "reading still works: {}",
        stderr(&out)
    );
    let warning = stderr(&out);
    assert!(
        warning.contains("damaged") && warning.contains("read-only"),
        "the damage is said: {warning}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("lakeline/fr-CH"));

    let out = run(&db, &["note", &case, "--as", "JF", "--text", "Vu"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("read-only: nothing was written"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("readonly database"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the file is as it was"
    );
}

#[test]
fn a_damaged_header_is_called_damaged_not_another_programs_file() {
    let dir = tempfile::tempdir().unwrap();
    let (db, file) = demo(dir.path());
    // The header page read from the file itself, never from a log beside it.
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(switchboard_store_sql::testing::settle(&file))
        .unwrap();
    assert!(!file.with_extension("db-wal").exists());
    let mut bytes = std::fs::read(&file).unwrap();
    // Past "SQLite format 3\0": the page size and the file format numbers.
    bytes[16..24].copy_from_slice(&[0xff; 8]);
    std::fs::write(&file, &bytes).unwrap();
    let out = run(&db, &["communities"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("is damaged"), "{message}");
    assert!(
        !message.contains("not a Switchboard workspace"),
        "{message}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), bytes, "left as it was");
}

#[test]
fn a_file_this_user_may_not_write_is_read_and_every_write_is_refused_in_words() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (db, file) = demo(dir.path());
    let case = first_case(&db);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&file).unwrap();
    // Root writes any file: run as nobody there.
    let as_user = |args: &[&str]| -> Output {
        let root = running_as_root();
        let mut c = if root {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
                .arg(env!("CARGO_BIN_EXE_switchboard"));
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_switchboard"))
        };
        c.arg("--db")
            .arg(&db)
            .args(args)
            .env("SWITCHBOARD_LANG", "en")
            .env("HOME", dir.path())
            .env_remove("SWITCHBOARD_DB")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let out = as_user(&["case", &case]);
    assert!(out.status.success(), "reading works: {}", stderr(&out));
    assert!(stderr(&out).contains("read-only"), "{}", stderr(&out));
    let out = as_user(&["note", &case, "--as", "JF", "--text", "Vu"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("read-only: nothing was written"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

/// Whether this test runs as root (whose writes no permission stops).
fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}
