#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard connect` and `switchboard sync` as processes against a fake
//! Graph server on loopback: a sync killed with SIGKILL in the middle of a
//! pass resumes in a new process with nothing lost or doubled, and a traced
//! sync that meets errors, re-authorisation and a send writes the page
//! token into no log line and no workspace file.
//!
//! The page tokens go into the real OS keychain (Secret Service), under a
//! service name of each test's own (`SWITCHBOARD_KEYCHAIN_SERVICE`). The
//! test command runs these inside a D-Bus session with an unlocked
//! gnome-keyring and sets SWITCHBOARD_REQUIRE_KEYCHAIN, so there a missing
//! keychain fails them; elsewhere they say they were skipped.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use switchboard_meta::fake::{Failure, FakeGraph};
use switchboard_secrets::{KeyringSecrets, Secret, SecretKey, SecretStore};

/// The fake Graph server, on a runtime of its own (the test's own thread
/// runs the CLI and waits for it).
struct Fake {
    _rt: tokio::runtime::Runtime,
    graph: FakeGraph,
}

impl Fake {
    fn start() -> Fake {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let graph = rt.block_on(FakeGraph::start("v21.0")).unwrap();
        Fake { _rt: rt, graph }
    }
}

/// This test's keychain service, or None (skipped) when no keychain runs
/// and none is required.
fn keychain(test: &str) -> Option<String> {
    let service = format!("switchboard-test-{}-{test}", std::process::id());
    let probe = KeyringSecrets::with_service(&service);
    let works = probe
        .set(&SecretKey::AppSecret, &Secret::new("probe"))
        .and_then(|_| probe.get(&SecretKey::AppSecret))
        .map(|v| v.is_some_and(|s| s.expose() == "probe"))
        .unwrap_or(false);
    let _ = probe.delete(&SecretKey::AppSecret);
    if works {
        return Some(service);
    }
    assert!(
        std::env::var_os("SWITCHBOARD_REQUIRE_KEYCHAIN").is_none(),
        "SWITCHBOARD_REQUIRE_KEYCHAIN is set but no keychain keeps a secret (run inside dbus-run-session with an unlocked gnome-keyring)"
    );
    eprintln!("{test}: skipped: no OS keychain in this session");
    None
}

struct Cli {
    db: String,
    service: String,
    log: String,
}

impl Cli {
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_switchboard"));
        c.arg("--db")
            .arg(&self.db)
            .args(args)
            .env("SWITCHBOARD_LANG", "en")
            .env("SWITCHBOARD_KEYCHAIN_SERVICE", &self.service)
            .env("RUST_LOG", &self.log)
            .env_remove("SWITCHBOARD_DB")
            .env_remove("SWITCHBOARD_META_APP_SECRET");
        c
    }

    fn run(&self, args: &[&str], stdin: &str) -> Output {
        let mut child = self
            .command(args)
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

    fn ok(&self, args: &[&str]) -> String {
        self.ok_with(args, "").0
    }

    /// (stdout, stderr) of a command that must succeed.
    fn ok_with(&self, args: &[&str], stdin: &str) -> (String, String) {
        let out = self.run(args, stdin);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(
            out.status.success(),
            "switchboard {args:?} failed: {stderr}"
        );
        (String::from_utf8(out.stdout).unwrap(), stderr)
    }

    fn json(&self, args: &[&str]) -> Vec<Value> {
        let text = self.ok(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: no JSON ({e}): {text}"))
    }

    fn page_of(&self, handle: &str) -> String {
        self.json(&["communities", "--json"])
            .into_iter()
            .find(|c| c["handle"] == handle)
            .and_then(|c| c["page_id"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no community {handle}"))
    }

    /// The fan's inbound messages of every case whose customer is called
    /// `Fan …`: (customer, bodies, external ids).
    fn fans_cases(&self, handle: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
        let mut out = Vec::new();
        for row in self.json(&["queue", "--community", handle, "--limit", "500", "--json"]) {
            let name = row["contact_name"].as_str().unwrap_or("").to_string();
            if !name.starts_with("Fan ") {
                continue;
            }
            let id = row["id"].to_string();
            let view = self.json(&["case", &id, "--json"]).remove(0);
            let inbound: Vec<&Value> = view["thread"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|m| m["direction"] == "inbound")
                .collect();
            out.push((
                name,
                inbound
                    .iter()
                    .map(|m| m["body"].as_str().unwrap_or("").to_string())
                    .collect(),
                inbound
                    .iter()
                    .map(|m| m["external_id"].as_str().unwrap_or("").to_string())
                    .collect(),
            ));
        }
        out.sort();
        out
    }

    fn workspace_files_contain(&self, dir: &Path, needle: &str) -> Vec<String> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                    found.push(path.display().to_string());
                }
            }
        }
        found
    }
}

fn connect(cli: &Cli, handle: &str, base: &str, token: &str, poll: &str) -> (String, String) {
    cli.ok_with(
        &["connect", handle, "--graph-url", base, "--poll", poll],
        &format!("{token}\n"),
    )
}

/// A demo workspace of the test's own, and a fake server with `handle`'s
/// page answering to `token`: (workspace dir, CLI, page id, fake), or None
/// when the test is skipped for want of a keychain.
fn demo_with_fake_page(
    test: &str,
    log: &str,
    handle: &str,
    token: &str,
) -> Option<(tempfile::TempDir, Cli, String, Fake)> {
    let service = keychain(test)?;
    let dir = tempfile::tempdir().unwrap();
    let cli = Cli {
        db: format!("sqlite:{}", dir.path().join("ws.db").display()),
        service,
        log: log.into(),
    };
    cli.ok(&["demo", "--yes"]);
    let page = cli.page_of(handle);
    let fake = Fake::start();
    let locale = handle.split('/').nth(1).unwrap_or("en");
    fake.graph.add_named_page(&page, token, handle, locale);
    Some((dir, cli, page, fake))
}

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
