#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard bench generate` never replaces a workspace's data without
//! being told to, and a generation stopped halfway is said, not taken for a
//! whole dataset.

use std::io::{BufRead, BufReader};
mod common;
use common::{plain_command as command, plain_run as run};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn communities(db: &str) -> usize {
    let out = run(db, &["communities", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout)
        .unwrap()
        .len()
}

#[test]
fn generating_over_a_workspace_with_data_needs_yes_and_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    assert!(run(&db, &["demo", "--yes"]).status.success());
    let out = run(
        &db,
        &["bench", "generate", "--communities", "2", "--cases", "10"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_eq!(
        communities(&db),
        6,
        "the demo's six communities are still there"
    );

    let out = run(
        &db,
        &[
            "bench",
            "generate",
            "--communities",
            "2",
            "--cases",
            "10",
            "--yes",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(communities(&db), 2);
}

#[test]
fn a_generation_stopped_halfway_is_said_and_cannot_be_measured() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    let mut child = command(
        &db,
        &[
            "bench",
            "generate",
            "--communities",
            "6",
            "--cases",
            "400000",
            "--messages",
            "800000",
        ],
    )
    .stderr(Stdio::piped())
    .stdout(Stdio::null())
    .spawn()
    .unwrap();
    // The first progress line: some cases are written, most are not.
    let mut progress = BufReader::new(child.stderr.take().unwrap());
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut line = String::new();
    while Instant::now() < deadline {
        line.clear();
        if progress.read_line(&mut line).unwrap() == 0 || line.contains('%') {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(
        line.contains('%'),
        "no progress line before the kill: {line}"
    );

    let out = run(&db, &["communities"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("incomplete") && stderr.contains("bench generate"),
        "reading says the workspace is incomplete: {stderr}"
    );
    let out = run(&db, &["bench", "run", "--quick"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("incomplete"), "{stderr}");

    let out = run(
        &db,
        &[
            "bench",
            "generate",
            "--communities",
            "2",
            "--cases",
            "20",
            "--yes",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&db, &["communities"]);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("incomplete"),
        "a finished generation is whole"
    );
}
