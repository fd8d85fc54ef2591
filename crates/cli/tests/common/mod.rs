//! What the connector tests of the CLI share: a fake Graph server on a
//! runtime of its own, a keychain service of each test's own, and the
//! `switchboard` binary run against a demo workspace.
//!
//! The page tokens go into the real OS keychain (Secret Service), under a
//! service name of each test's own (`SWITCHBOARD_KEYCHAIN_SERVICE`). The
//! test command runs these inside a D-Bus session with an unlocked
//! gnome-keyring and sets SWITCHBOARD_REQUIRE_KEYCHAIN, so there a missing
//! keychain fails them; elsewhere they say they were skipped.

#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use switchboard_meta::fake::FakeGraph;
use switchboard_secrets::{KeyringSecrets, Secret, SecretKey, SecretStore};

/// The fake Graph server, on a runtime of its own (the test's own thread
/// runs the CLI and waits for it).
pub struct Fake {
    pub _rt: tokio::runtime::Runtime,
    pub graph: FakeGraph,
}

impl Fake {
    pub fn start() -> Fake {
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
pub fn keychain(test: &str) -> Option<String> {
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

pub struct Cli {
    pub db: String,
    pub service: String,
    pub log: String,
}

impl Cli {
    pub fn command(&self, args: &[&str]) -> Command {
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

    pub fn run(&self, args: &[&str], stdin: &str) -> Output {
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

    pub fn ok(&self, args: &[&str]) -> String {
        self.ok_with(args, "").0
    }

    /// (stdout, stderr) of a command that must succeed.
    pub fn ok_with(&self, args: &[&str], stdin: &str) -> (String, String) {
        let out = self.run(args, stdin);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(
            out.status.success(),
            "switchboard {args:?} failed: {stderr}"
        );
        (String::from_utf8(out.stdout).unwrap(), stderr)
    }

    pub fn json(&self, args: &[&str]) -> Vec<Value> {
        let text = self.ok(args);
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: no JSON ({e}): {text}"))
    }

    pub fn page_of(&self, handle: &str) -> String {
        self.json(&["communities", "--json"])
            .into_iter()
            .find(|c| c["handle"] == handle)
            .and_then(|c| c["page_id"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no community {handle}"))
    }

    /// The fan's inbound messages of every case whose customer is called
    /// `Fan …`: (customer, bodies, external ids).
    pub fn fans_cases(&self, handle: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
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

    pub fn workspace_files_contain(&self, dir: &Path, needle: &str) -> Vec<String> {
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

pub fn connect(cli: &Cli, handle: &str, base: &str, token: &str, poll: &str) -> (String, String) {
    cli.ok_with(
        &["connect", handle, "--graph-url", base, "--poll", poll],
        &format!("{token}\n"),
    )
}

/// A demo workspace of the test's own, and a fake server with `handle`'s
/// page answering to `token`: (workspace dir, CLI, page id, fake), or None
/// when the test is skipped for want of a keychain.
pub fn demo_with_fake_page(
    test: &str,
    log: &str,
    handle: &str,
    token: &str,
) -> Option<(tempfile::TempDir, Cli, String, Fake)> {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    let (cli, page, fake) = demo_on(&db, test, log, handle, token)?;
    Some((dir, cli, page, fake))
}

/// The demo workspace at `db` (any backend), and a fake server with
/// `handle`'s page answering to `token`, or None when the test is skipped
/// for want of a keychain.
pub fn demo_on(
    db: &str,
    test: &str,
    log: &str,
    handle: &str,
    token: &str,
) -> Option<(Cli, String, Fake)> {
    let service = keychain(test)?;
    let cli = Cli {
        db: db.to_string(),
        service,
        log: log.into(),
    };
    cli.ok(&["demo", "--yes"]);
    let page = cli.page_of(handle);
    let fake = Fake::start();
    let locale = handle.split('/').nth(1).unwrap_or("en");
    fake.graph.add_named_page(&page, token, handle, locale);
    Some((cli, page, fake))
}

/// Runs `run` with the URL of a scratch database on DATABASE_URL's server,
/// or on a private server started for the test, and drops the database
/// afterwards.
pub fn on_scratch_postgres(prefix: &str, run: impl FnOnce(&str)) {
    let (_server, url) = match std::env::var("DATABASE_URL") {
        Ok(url) if !url.is_empty() => (None, url),
        _ => {
            let server = switchboard_tests::pg_server::PgServer::start().expect("start PostgreSQL");
            let url = server.url();
            (Some(server), url)
        }
    };
    let name = format!("{prefix}_{}", std::process::id());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (_, db) = rt
        .block_on(switchboard_store_sql::SqlStore::create_scratch(&url, &name))
        .expect("scratch database");
    run(&db);
    rt.block_on(switchboard_store_sql::SqlStore::drop_scratch(&url, &name))
        .unwrap();
}

/// `switchboard --db DB ARGS` in English, with no standard input and no
/// keychain of its own.
pub fn plain_command(db: &str, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_switchboard"));
    c.arg("--db")
        .arg(db)
        .args(args)
        .env("SWITCHBOARD_LANG", "en")
        .env_remove("SWITCHBOARD_DB")
        .stdin(Stdio::null());
    c
}

pub fn plain_run(db: &str, args: &[&str]) -> Output {
    plain_command(db, args).output().expect("run switchboard")
}
