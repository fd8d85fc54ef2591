#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! Several senders on one workspace, as processes: two `switchboard sync`
//! and a `switchboard serve` started together over a slow page send every
//! reply exactly once (each reply is sent under a lease; see the desk's
//! connector/outbox.rs).

mod common;
use common::*;

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

pub const REPLIES: usize = 8;

/// The fan cases of `handle`, by id (the demo's own cases have other names).
pub fn fan_case_ids(cli: &Cli, handle: &str) -> Vec<String> {
    cli.json(&["queue", "--community", handle, "--limit", "500", "--json"])
        .into_iter()
        .filter(|row| {
            row["contact_name"]
                .as_str()
                .unwrap_or("")
                .starts_with("Fan ")
        })
        .map(|row| row["id"].to_string())
        .collect()
}

/// The case's outbound messages' bodies.
pub fn outbound(cli: &Cli, case: &str) -> Vec<String> {
    let view = cli.json(&["case", case, "--json"]).remove(0);
    view["thread"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["direction"] == "outbound")
        .map(|m| m["body"].as_str().unwrap_or("").to_string())
        .collect()
}

pub fn spawn(cli: &Cli, args: &[&str]) -> Child {
    cli.command(args)
        .env("SWITCHBOARD_META_APP_SECRET", "senders-app-secret")
        .env("SWITCHBOARD_META_VERIFY_TOKEN", "senders-verify-token")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn two_syncs_and_serve_started_together_send_every_reply_exactly_once() {
    let handle = "lakeline/en";
    let token = "senders-page-token";
    let Some((_dir, cli, page, fake)) = demo_with_fake_page("senders", "warn", handle, token)
    else {
        return;
    };
    for i in 0..REPLIES {
        fake.graph.fan_writes(
            &page,
            &format!("psid-send-{i:02}"),
            &format!("Fan {i:02}"),
            &format!("Where is my bag, please? ({i:02})"),
        );
    }
    connect(&cli, handle, &fake.graph.base_url(), token, "1");
    cli.ok(&["sync", "--once"]);
    let cases = fan_case_ids(&cli, handle);
    assert_eq!(cases.len(), REPLIES, "every fan has a case");
    for (n, case) in cases.iter().enumerate() {
        let out = cli.ok(&[
            "reply",
            case,
            "--as",
            "JF",
            "--text",
            &format!("Reply {n:02}"),
        ]);
        assert!(!out.is_empty());
    }
    // A slow page: a send takes over a second to land, while reads are
    // quick. The first sender is in the middle of a send when the others
    // start and look at the outbox (and at the page).
    fake.graph.set_send_delay(Duration::from_millis(1200));
    let mut senders = vec![spawn(&cli, &["sync", "--every", "1"])];
    std::thread::sleep(Duration::from_millis(800));
    senders.push(spawn(&cli, &["sync", "--every", "1"]));
    senders.push(spawn(&cli, &["serve", "--listen", "127.0.0.1:0"]));
    let deadline = Instant::now() + Duration::from_secs(120);
    while fake.graph.sent(&page).len() < REPLIES && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    // Time for a second send of anything, had one been coming.
    std::thread::sleep(Duration::from_secs(3));
    for s in &mut senders {
        let _ = s.kill();
        let _ = s.wait();
    }
    let mut sent: Vec<String> = fake.graph.sent(&page).into_iter().map(|s| s.text).collect();
    sent.sort();
    let expected: Vec<String> = (0..REPLIES).map(|n| format!("Reply {n:02}")).collect();
    assert_eq!(sent, expected, "each reply reached the page exactly once");
    for (n, case) in cases.iter().enumerate() {
        assert_eq!(
            outbound(&cli, case),
            [format!("Reply {n:02}")],
            "case {case} shows its reply once"
        );
    }
}
