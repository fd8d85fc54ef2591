#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! A bounded soak of the connector, as processes, on SQLite and on
//! PostgreSQL: for half a minute fans write to a fake page, agents reply,
//! and `switchboard sync` and `serve` senders are started and killed with
//! SIGKILL at random, two or three at a time. Then one sender settles what
//! is left. At the end every fan message is stored once and every reply
//! reached the page once.
//!
//! Senders hold a reply for 3 seconds here (`--reply-lease 3`, the page
//! answers a send in 300 ms) so that what a killed sender left is taken over
//! within the test; the default is two minutes.

mod common;
use common::*;

use std::collections::BTreeMap;
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SOAK: Duration = Duration::from_secs(30);
const FANS: usize = 10;
const LEASE: &str = "3";

/// A small deterministic generator (xorshift), seeded from the clock and
/// printed, so that a failing run can be told apart.
struct Dice(u64);

impl Dice {
    fn new() -> Dice {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(7)
            | 1;
        eprintln!("soak seed {seed}");
        Dice(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn sender(cli: &Cli, serve: bool) -> Child {
    let args: &[&str] = if serve {
        &["serve", "--listen", "127.0.0.1:0", "--reply-lease", LEASE]
    } else {
        &["sync", "--every", "1", "--reply-lease", LEASE]
    };
    cli.command(args)
        .env("SWITCHBOARD_META_APP_SECRET", "soak-app-secret")
        .env("SWITCHBOARD_META_VERIFY_TOKEN", "soak-verify-token")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn kill(mut child: Child) {
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
}

/// Every fan message stored, by platform id: how many times.
fn stored(cli: &Cli, handle: &str) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for row in cli.json(&["queue", "--community", handle, "--limit", "500", "--json"]) {
        if !row["contact_name"]
            .as_str()
            .unwrap_or("")
            .starts_with("Fan ")
        {
            continue;
        }
        let view = cli
            .json(&["case", &row["id"].to_string(), "--json"])
            .remove(0);
        for m in view["thread"].as_array().unwrap() {
            if m["direction"] == "inbound" {
                let id = m["external_id"].as_str().unwrap_or("").to_string();
                *seen.entry(id).or_insert(0) += 1;
            }
        }
    }
    seen
}

fn soak(db: &str, test: &str) {
    let handle = "lakeline/en";
    let token = "soak-page-token";
    let Some((cli, page, fake)) = demo_on(db, test, "warn", handle, token) else {
        return;
    };
    connect(&cli, handle, &fake.graph.base_url(), token, "1");
    // A send lands a moment after it is made: senders start and stop while
    // others have replies on their way.
    fake.graph.set_send_delay(Duration::from_millis(300));
    let cli = Arc::new(cli);
    let graph = Arc::new(fake.graph.clone());
    let done = Arc::new(AtomicBool::new(false));
    let written: Arc<Mutex<Vec<String>>> = Arc::default();
    let replies: Arc<Mutex<Vec<String>>> = Arc::default();

    let fans = {
        let (graph, page, done, written) =
            (graph.clone(), page.clone(), done.clone(), written.clone());
        std::thread::spawn(move || {
            let mut dice = Dice::new();
            let mut n = 0;
            while !done.load(Ordering::SeqCst) {
                let fan = dice.below(FANS as u64);
                let id = graph.fan_writes(
                    &page,
                    &format!("psid-soak-{fan:02}"),
                    &format!("Fan {fan:02}"),
                    &format!("Message {n} from fan {fan:02}: is my flight on time?"),
                );
                written.lock().unwrap().push(id);
                n += 1;
                std::thread::sleep(Duration::from_millis(100 + dice.below(200)));
            }
        })
    };
    let agents = {
        let (cli, done, replies) = (cli.clone(), done.clone(), replies.clone());
        std::thread::spawn(move || {
            let mut dice = Dice::new();
            let mut n = 0;
            while !done.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(300 + dice.below(300)));
                let cases: Vec<String> = cli
                    .json(&["queue", "--community", handle, "--limit", "500", "--json"])
                    .into_iter()
                    .filter(|r| r["contact_name"].as_str().unwrap_or("").starts_with("Fan "))
                    .map(|r| r["id"].to_string())
                    .collect();
                if cases.is_empty() {
                    continue;
                }
                let case = &cases[dice.below(cases.len() as u64) as usize];
                let text = format!("Soak reply {n:03}");
                let out = cli.run(&["reply", case, "--as", "JF", "--text", &text], "");
                if out.status.success() {
                    replies.lock().unwrap().push(text);
                    n += 1;
                }
            }
        })
    };

    let mut dice = Dice::new();
    let mut running: Vec<Child> = (0..2).map(|i| sender(&cli, i == 1)).collect();
    let (start, mut kills) = (Instant::now(), 0);
    while start.elapsed() < SOAK {
        std::thread::sleep(Duration::from_millis(500 + dice.below(2500)));
        let victim = dice.below(running.len() as u64) as usize;
        kill(running.swap_remove(victim));
        kills += 1;
        let serve = dice.below(3) == 0;
        running.push(sender(&cli, serve));
        if running.len() < 3 && dice.below(2) == 0 {
            running.push(sender(&cli, false));
        }
    }
    done.store(true, Ordering::SeqCst);
    fans.join().unwrap();
    agents.join().unwrap();
    running.into_iter().for_each(kill);

    // One sender settles what the killed ones left (their leases run out).
    let written = written.lock().unwrap().clone();
    let replies = replies.lock().unwrap().clone();
    assert!(
        written.len() > 50 && replies.len() > 20,
        "{} fan messages, {} replies",
        written.len(),
        replies.len()
    );
    let settle = sender(&cli, false);
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        let sent = fake.graph.sent(&page).len();
        let have = stored(&cli, handle);
        if (sent >= replies.len() && written.iter().all(|id| have.contains_key(id)))
            || Instant::now() > deadline
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
    std::thread::sleep(Duration::from_secs(2));
    kill(settle);

    let have = stored(&cli, handle);
    let missing: Vec<&String> = written
        .iter()
        .filter(|id| !have.contains_key(*id))
        .collect();
    let doubled: Vec<(&String, &usize)> = have.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        missing.is_empty(),
        "{} of {} fan messages lost: {missing:?}",
        missing.len(),
        written.len()
    );
    assert!(doubled.is_empty(), "fan messages stored twice: {doubled:?}");
    let mut sent: BTreeMap<String, usize> = BTreeMap::new();
    for s in fake.graph.sent(&page) {
        *sent.entry(s.text).or_insert(0) += 1;
    }
    let unsent: Vec<&String> = replies.iter().filter(|r| !sent.contains_key(*r)).collect();
    let twice: Vec<(&String, &usize)> = sent.iter().filter(|(_, n)| **n > 1).collect();
    assert!(unsent.is_empty(), "replies never sent: {unsent:?}");
    assert!(twice.is_empty(), "replies sent more than once: {twice:?}");
    eprintln!(
        "soak on {}: {} fan messages stored once, {} replies sent once, {kills} senders killed",
        if db.starts_with("postgres") {
            "postgres"
        } else {
            "sqlite"
        },
        written.len(),
        replies.len()
    );
}

#[test]
fn senders_killed_at_random_lose_no_fan_message_and_send_each_reply_once_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    soak(
        &format!("sqlite:{}", dir.path().join("ws.db").display()),
        "soak-sqlite",
    );
}

#[test]
fn senders_killed_at_random_lose_no_fan_message_and_send_each_reply_once_on_postgres() {
    on_scratch_postgres("sb_soak", |db| soak(db, "soak-postgres"));
}
