#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard serve` as Meta calls it: the real binary on a loopback port,
//! raw HTTP/1.1 requests, a real SQLite workspace behind it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

const SECRET: &str = "app-secret-for-tests";
const VERIFY: &str = "verify-token-for-tests";

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(db: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["--db", db, "serve", "--listen", "127.0.0.1:0"])
        .env("SWITCHBOARD_LANG", "en")
        .env("SWITCHBOARD_META_APP_SECRET", SECRET)
        .env("SWITCHBOARD_META_VERIFY_TOKEN", VERIFY)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.split_whitespace().last().unwrap().to_string();
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches("/webhooks/meta")
        .to_string();
    Server { child, addr }
}

/// (status, body) of one request.
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = out.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

fn sign(body: &[u8]) -> String {
    switchboard_meta::signature::sign(SECRET.as_bytes(), body)
}

fn cli(db: &str, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["--db", db])
        .args(args)
        .env("SWITCHBOARD_LANG", "en")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn hits(db: &str, text: &str) -> usize {
    serde_json::from_str::<Vec<serde_json::Value>>(&cli(db, &["search", text, "--json"]))
        .unwrap()
        .len()
}

#[test]
fn the_verify_handshake_echoes_the_challenge_only_for_the_right_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("w.db").display());
    cli(&db, &["demo", "--yes"]);
    let s = start(&db);
    let ok =
        format!("/webhooks/meta?hub.mode=subscribe&hub.verify_token={VERIFY}&hub.challenge=8421");
    assert_eq!(
        http(&s.addr, "GET", &ok, &[], b""),
        (200, "8421".to_string())
    );
    let bad = "/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=8421";
    assert_eq!(http(&s.addr, "GET", bad, &[], b"").0, 403);
}

#[test]
fn signed_events_are_stored_once_and_unsigned_or_altered_ones_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("w.db").display());
    cli(&db, &["demo", "--yes"]);
    let s = start(&db);
    // Two pages in one body: a community of the demo (lakeline/de-CH), and a
    // page this workspace does not have (acknowledged, not an error).
    let body = r#"{"object":"page","entry":[
      {"id":"104000000000002","time":1,"messaging":[
        {"sender":{"id":"7001"},"recipient":{"id":"104000000000002"},"timestamp":1763800000000,
         "message":{"mid":"m_webhook_1","text":"Webhookkoffer ist weg, Flug LX 1234"}}]},
      {"id":999,"time":1,"messaging":[
        {"sender":{"id":"7002"},"recipient":{"id":"999"},"timestamp":1763800000000,
         "message":{"mid":"m_elsewhere","text":"Webhookfremd"}}]}
    ]}"#
    .as_bytes();
    let sig = sign(body);
    assert_eq!(
        http(
            &s.addr,
            "POST",
            "/webhooks/meta",
            &[
                ("X-Hub-Signature-256", &sig),
                ("Content-Type", "application/json")
            ],
            body
        )
        .0,
        200
    );
    assert_eq!(
        hits(&db, "Webhookkoffer"),
        1,
        "stored in the community of its page"
    );
    assert_eq!(
        hits(&db, "Webhookfremd"),
        0,
        "the unknown page's event is not stored"
    );
    // Meta delivers the same batch again: nothing changes.
    assert_eq!(
        http(
            &s.addr,
            "POST",
            "/webhooks/meta",
            &[("X-Hub-Signature-256", &sig)],
            body
        )
        .0,
        200
    );
    assert_eq!(hits(&db, "Webhookkoffer"), 1, "a replay stores nothing");

    let other = r#"{"object":"page","entry":[{"id":"104000000000002","messaging":[
        {"sender":{"id":"7003"},"recipient":{"id":"104000000000002"},"timestamp":1,
         "message":{"mid":"m_webhook_2","text":"Webhookfalsch"}}]}]}"#;
    // No signature, a wrong one, and the signature of the same JSON with LF
    // line ends sent with CRLF: 401, nothing stored.
    assert_eq!(
        http(&s.addr, "POST", "/webhooks/meta", &[], other.as_bytes()).0,
        401
    );
    let wrong = switchboard_meta::signature::sign(b"another secret", other.as_bytes());
    assert_eq!(
        http(
            &s.addr,
            "POST",
            "/webhooks/meta",
            &[("X-Hub-Signature-256", &wrong)],
            other.as_bytes()
        )
        .0,
        401
    );
    let crlf = other.replace('\n', "\r\n");
    assert_eq!(
        http(
            &s.addr,
            "POST",
            "/webhooks/meta",
            &[("X-Hub-Signature-256", &sign(other.as_bytes()))],
            crlf.as_bytes()
        )
        .0,
        401
    );
    assert_eq!(hits(&db, "Webhookfalsch"), 0);
}

#[test]
fn serve_without_an_app_secret_says_so_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("w.db").display());
    cli(&db, &["demo", "--yes"]);
    let out = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["--db", &db, "serve", "--listen", "127.0.0.1:0"])
        .env("SWITCHBOARD_LANG", "en")
        .env_remove("SWITCHBOARD_META_APP_SECRET")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("No Meta app secret is configured"), "{err}");
}

#[test]
fn the_app_secret_is_never_in_the_database_or_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let db = format!("sqlite:{}", path.display());
    cli(&db, &["demo", "--yes"]);
    let log = dir.path().join("serve.log");
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["--db", &db, "serve", "--listen", "127.0.0.1:0"])
        .env("SWITCHBOARD_LANG", "en")
        .env("RUST_LOG", "trace")
        .env("SWITCHBOARD_META_APP_SECRET", SECRET)
        .env("SWITCHBOARD_META_VERIFY_TOKEN", VERIFY)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split_whitespace()
        .last()
        .unwrap()
        .trim_start_matches("http://")
        .trim_end_matches("/webhooks/meta")
        .to_string();
    let body = r#"{"object":"page","entry":[{"id":"104000000000002","messaging":[
        {"sender":{"id":"7010"},"recipient":{"id":"104000000000002"},"timestamp":1,
         "message":{"mid":"m_plant","text":"Geheimtest"}}]}]}"#
        .as_bytes();
    assert_eq!(
        http(
            &addr,
            "POST",
            "/webhooks/meta",
            &[("X-Hub-Signature-256", &sign(body))],
            body
        )
        .0,
        200
    );
    let q = format!("/webhooks/meta?hub.mode=subscribe&hub.verify_token={VERIFY}&hub.challenge=1");
    assert_eq!(http(&addr, "GET", &q, &[], b"").0, 200);
    assert_eq!(
        http(
            &addr,
            "POST",
            "/webhooks/meta",
            &[("X-Hub-Signature-256", "sha256=00")],
            body
        )
        .0,
        401
    );
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(hits(&db, "Geheimtest"), 1);
    let logs = std::fs::read_to_string(&log).unwrap();
    assert!(
        logs.contains("webhook"),
        "the server logged its work: {logs}"
    );
    for secret in [SECRET, VERIFY] {
        assert!(!logs.contains(secret), "a secret is in the logs");
        for file in std::fs::read_dir(dir.path()).unwrap() {
            let file = file.unwrap().path();
            let bytes = std::fs::read(&file).unwrap_or_default();
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "a secret is in {}",
                file.display()
            );
        }
    }
}
