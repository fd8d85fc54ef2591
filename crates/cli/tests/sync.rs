#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard connect` and `switchboard sync` as processes against a fake
//! Graph server on loopback: a sync killed with SIGKILL in the middle of a
//! pass resumes in a new process with nothing lost or doubled, and a traced
//! sync that meets errors, re-authorisation and a send writes the page
//! token into no log line and no workspace file.
//!
//! The keychain and the fake server: see common/mod.rs.

use std::process::Stdio;
use std::time::{Duration, Instant};
use switchboard_meta::fake::Failure;

mod common;
use common::*;

const FANS: usize = 40;
const EACH: usize = 3;

#[test]
fn a_sync_killed_mid_pass_resumes_in_a_new_process_with_nothing_lost_or_doubled() {
    let handle = "lakeline/en";
    let token = "kill-test-page-token";
    let Some((_dir, cli, page, fake)) = demo_with_fake_page("kill", "warn", handle, token) else {
        return;
    };
    for i in 0..FANS {
        for j in 0..EACH {
            fake.graph.fan_writes(
                &page,
                &format!("psid-kill-{i:02}"),
                &format!("Fan {i:02}"),
                &format!("Message {j} from fan {i:02}"),
            );
        }
    }
    // Two conversations a page, two messages a page, 40 ms an answer: a
    // pass takes about a hundred calls, four seconds or more.
    fake.graph.set_page_size(2);
    fake.graph.set_delay(Duration::from_millis(40));
    connect(&cli, handle, &fake.graph.base_url(), token, "1");

    let at_start = fake.graph.calls();
    let mut sync = cli
        .command(&["sync", "--every", "1"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while fake.graph.calls() < at_start + 30 {
        assert!(
            Instant::now() < deadline,
            "the sync made only {} calls in 60 s",
            fake.graph.calls() - at_start
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    sync.kill().unwrap(); // SIGKILL: no chance to finish a write or a cursor
    sync.wait().unwrap();
    let first_calls = fake.graph.calls() - at_start;
    let mid = cli.fans_cases(handle);
    assert!(
        mid.len() < FANS,
        "the sync should have been killed mid-pass, but all {FANS} conversations were in after {first_calls} calls"
    );

    // A new process resumes at the stored cursor.
    let before_resume = fake.graph.calls();
    let mut rounds = 0;
    let done = loop {
        rounds += 1;
        cli.ok(&["sync", "--once"]);
        let cases = cli.fans_cases(handle);
        if cases.len() == FANS || rounds == 10 {
            break cases;
        }
        std::thread::sleep(Duration::from_millis(1100));
    };
    let resumed_calls = fake.graph.calls() - before_resume;
    eprintln!(
        "killed after {first_calls} calls with {} of {FANS} conversations in; resumed in {rounds} round(s) and {resumed_calls} calls",
        mid.len()
    );
    assert_eq!(
        done.len(),
        FANS,
        "every fan's conversation becomes one case"
    );
    for (name, mut bodies, ids) in done {
        let n = name.trim_start_matches("Fan ").to_string();
        bodies.sort();
        let expected: Vec<String> = (0..EACH)
            .map(|j| format!("Message {j} from fan {n}"))
            .collect();
        assert_eq!(bodies, expected, "{name}'s case holds each message once");
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            EACH,
            "{name}'s messages have distinct platform ids: {ids:?}"
        );
    }
    // A pass from the start reads 20 pages of conversations and 80 pages of
    // messages; resuming at the cursor reads fewer.
    assert!(
        resumed_calls < 100,
        "resuming should not read the page from the start: {resumed_calls} calls"
    );
    cli.ok(&["connection", "remove", handle]);
}

#[test]
fn a_traced_sync_with_errors_reauthorisation_and_a_send_writes_the_token_nowhere() {
    let handle = "summit-air/de-CH";
    let token = "EAAtrace7planted9page4token";
    let Some((dir, cli, page, fake)) = demo_with_fake_page("trace", "trace", handle, token) else {
        return;
    };
    fake.graph
        .fan_writes(&page, "psid-trace", "Fan Trace", "Wo ist mein Koffer?");

    let mut logs = String::new();
    let keep = |logs: &mut String, (out, err): (String, String)| {
        logs.push_str(&out);
        logs.push_str(&err);
    };
    keep(
        &mut logs,
        connect(&cli, handle, &fake.graph.base_url(), token, "60"),
    );
    keep(&mut logs, cli.ok_with(&["sync", "--once"], ""));
    let case = cli
        .json(&["queue", "--community", handle, "--limit", "500", "--json"])
        .into_iter()
        .find(|r| r["contact_name"] == "Fan Trace")
        .expect("the fan's case")["id"]
        .to_string();

    // Polls every minute, so the rounds below only send the outbox, and
    // each planted failure meets the send. The token expires (190) while a
    // reply waits; connected again, the reply goes out.
    keep(
        &mut logs,
        cli.ok_with(
            &[
                "reply",
                &case,
                "--as",
                "JF",
                "--text",
                "Wir suchen Ihren Koffer.",
            ],
            "",
        ),
    );
    fake.graph.fail_next(Failure::Error {
        status: 401,
        code: 190,
        subcode: None,
    });
    keep(&mut logs, cli.ok_with(&["sync", "--once"], ""));
    let (status, _) = cli.ok_with(&["connections"], "");
    assert!(
        status.contains("needs_reauth"),
        "a 190 should leave the page needing re-authorisation: {status}"
    );
    logs.push_str(&status);
    assert!(
        fake.graph.sent(&page).is_empty(),
        "nothing is sent with an expired token"
    );
    keep(
        &mut logs,
        connect(&cli, handle, &fake.graph.base_url(), token, "60"),
    );
    keep(&mut logs, cli.ok_with(&["sync", "--once"], ""));
    assert_eq!(
        fake.graph.sent(&page).len(),
        1,
        "the waiting reply reaches the page once after reconnecting"
    );

    // A reply Meta refuses (100): kept with Meta's words.
    keep(
        &mut logs,
        cli.ok_with(
            &["reply", &case, "--as", "JF", "--text", "Noch eine Frage?"],
            "",
        ),
    );
    fake.graph.fail_next(Failure::Error {
        status: 400,
        code: 100,
        subcode: None,
    });
    keep(&mut logs, cli.ok_with(&["sync", "--once"], ""));
    keep(&mut logs, cli.ok_with(&["connections", "--json"], ""));
    let view = cli.json(&["case", &case, "--json"]).remove(0);
    let unsent = view["unsent"].as_array().cloned().unwrap_or_default();
    assert!(
        unsent.iter().any(|i| i["state"] == "failed"),
        "the refused reply stays visible as failed: {unsent:?}"
    );

    assert!(
        logs.contains("TRACE") && logs.contains("DEBUG"),
        "the runs should have logged at trace level; the logs: {}",
        &logs[..logs.len().min(2000)]
    );
    let lines = logs
        .lines()
        .filter(|l| l.contains(token))
        .collect::<Vec<_>>();
    assert!(
        lines.is_empty(),
        "the page token appears in {} log line(s), e.g. {:?}",
        lines.len(),
        lines.first()
    );
    let files = cli.workspace_files_contain(dir.path(), token);
    assert!(files.is_empty(), "the page token is in {files:?}");
    cli.ok(&["connection", "remove", handle]);
}
