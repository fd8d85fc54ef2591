#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! The demo's crisis, as `./scripts/demo --surge BRAND` plays it, with
//! processes: the demo workspace (a week of quiet past traffic), the fake
//! Graph server of `fake-graph` with a page for every community, every
//! community connected, a surge of one brand started with `demo-surge`,
//! and one sync round: `crisis alerts` lists an alert for each of that
//! brand's pages, fired within the surge, and none for the other brand.
//!
//! The keychain: see common/mod.rs.

use chrono::{DateTime, Duration, Utc};
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

mod common;
use common::*;

/// The `fake-graph` process, stopped when dropped.
struct FakeServer(Child);

impl Drop for FakeServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_surge_on_one_brand_brings_an_alert_for_each_of_its_pages_on_the_first_sync_and_none_for_the_other(
) {
    let Some(service) = keychain("demo-surge") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let cli = Cli {
        db: format!("sqlite:{}", dir.path().join("ws.db").display()),
        service,
        log: "warn".into(),
    };
    cli.ok(&["demo", "--yes"]);
    assert_eq!(
        cli.json(&["crisis", "alerts", "--json"]),
        Vec::<serde_json::Value>::new(),
        "a quiet demo has no alert"
    );

    let mut child = cli
        .command(&["fake-graph", "--fans-every", "0"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let fake = FakeServer(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let server = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_string();

    cli.ok(&["connect", "--demo-server", &server, "--poll", "1"]);
    let started: DateTime<Utc> = Utc::now();
    let surge = cli.ok(&[
        "demo-surge",
        "--server",
        &server,
        "--brand",
        "summit-air",
        "--people",
        "30",
        "--minutes",
        "30",
    ]);
    let pages: Vec<&str> = surge
        .lines()
        .filter(|l| l.contains("30 new fans"))
        .collect();
    assert_eq!(pages.len(), 3, "one line a Summit Air page: {surge}");
    assert!(pages.iter().all(|l| l.contains("Summit Air")), "{surge}");

    cli.ok(&["sync", "--once"]);
    let alerts = cli.json(&["crisis", "alerts", "--json"]);
    drop(fake);

    let mut alerted: Vec<&str> = alerts
        .iter()
        .map(|a| a["community"].as_str().unwrap())
        .collect();
    alerted.sort();
    assert_eq!(
        alerted,
        ["summit-air/de-CH", "summit-air/en", "summit-air/fr-CH"],
        "{alerts:#?}"
    );
    for a in &alerts {
        let fired: DateTime<Utc> = a["fired_at"].as_str().unwrap().parse().unwrap();
        assert!(
            fired >= started - Duration::minutes(30) && fired <= Utc::now(),
            "fired within the surge, not {fired}: {a}"
        );
        assert!(
            a["requesters"].as_u64().unwrap() >= 12,
            "counted the surge's people: {a}"
        );
        assert_eq!(
            a["basis"]["kind"], "trailing_days",
            "compared with the demo's past days: {a}"
        );
    }
}
