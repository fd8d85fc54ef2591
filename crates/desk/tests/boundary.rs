//! What the fronts get from the desk instead of the store: following the
//! changes of a workspace (this process's and another's on the same file),
//! the notifications for a person, the workspace's agents and connections.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::*;
use std::collections::BTreeSet;
use std::time::Duration as StdDuration;
use switchboard_desk::alerts::sla_alerts;
use switchboard_desk::experts::ExpertInput;
use switchboard_desk::handoffs::HandoffRequest;
use switchboard_desk::{Change, ChangeFollower, Clock, DeskError, LogRead, Settings};
use switchboard_domain::{AgentId, CaseId, HandoffPriority};

const COMMUNITY: &str = "lakeline/fr-CH";

/// A workspace with one community and two agents, with the store beneath.
async fn workspace() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Desk,
    Arc<dyn Store>,
    Agent,
    Agent,
) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workspace.db");
    let (desk, store) = open_with_store(&path).await;
    desk.add_community(&CommunitySpec {
        brand: "Lakeline".into(),
        locale: "fr-CH".into(),
        platform: Platform::Facebook,
        page_id: PAGE.into(),
    })
    .await
    .unwrap();
    let mut agents = Vec::new();
    for (name, initials) in [("Claire Dubois", "CD"), ("Jonas Frei", "JF")] {
        agents.push(
            store
                .add_agent(&NewAgent {
                    name: name.into(),
                    initials: initials.into(),
                    email: format!("{initials}@example.com"),
                })
                .await
                .unwrap(),
        );
    }
    let jonas = agents.pop().unwrap();
    let claire = agents.pop().unwrap();
    (dir, path, desk, store, claire, jonas)
}

async fn write(desk: &Desk, from: &str, text: &str) -> CaseId {
    write_direct(desk, COMMUNITY, from, text).await
}

fn fast(f: ChangeFollower) -> ChangeFollower {
    f.with_intervals(StdDuration::from_millis(20), StdDuration::ZERO)
}

fn cases_of(batch: &[Change]) -> Vec<CaseId> {
    batch
        .iter()
        .filter_map(|c| match c {
            Change::Case { id, .. } => Some(*id),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn the_first_batch_says_the_whole_workspace_changed() {
    let (_dir, _path, desk, _store, _, _) = workspace().await;
    let mut follower = fast(desk.follow_changes().await.unwrap());
    assert_eq!(follower.next_batch().await, vec![Change::Workspace]);
    assert!(
        follower.next_batch().await.is_empty(),
        "nothing changed since"
    );
}

#[tokio::test]
async fn changes_of_another_process_arrive_batched_each_case_once() {
    let (_dir, path, desk, store, _, _) = workspace().await;
    let mut follower = fast(desk.follow_changes().await.unwrap());
    follower.next_batch().await;
    // Another process on the same file: three cases, one of them written
    // to four times.
    let other = open(&path).await;
    let before = store.changes_since(0, 100_000).await.unwrap().len();
    let a = write(&other, "Anna", "Mon vol est annulé ?").await;
    for n in 0..3 {
        assert_eq!(write(&other, "Anna", &format!("Relance {n}")).await, a);
    }
    let b = write(&other, "Bruno", "Ma valise ?").await;
    let c = write(&other, "Chloé", "Remboursement ?").await;
    let logged = store.changes_since(0, 100_000).await.unwrap().len() - before;
    assert!(logged >= 6, "the change log has every write ({logged})");

    let batch = follower.next_batch().await;
    let cases = cases_of(&batch);
    assert_eq!(
        cases.iter().copied().collect::<BTreeSet<_>>(),
        BTreeSet::from([a, b, c])
    );
    assert_eq!(cases.len(), 3, "each case once in the batch: {batch:?}");
    assert!(follower.next_batch().await.is_empty(), "nothing twice");
}

#[tokio::test]
async fn no_change_of_another_process_is_skipped() {
    let (_dir, path, desk, _store, _, _) = workspace().await;
    let mut follower = fast(desk.follow_changes().await.unwrap());
    let other = open(&path).await;
    let mut written = BTreeSet::new();
    let mut reported = BTreeSet::new();
    for round in 0..5 {
        for fan in 0..12 {
            written.insert(write(&other, &format!("Fan {round}-{fan}"), "Bonjour").await);
        }
        // Interleaved with the follower's reads.
        reported.extend(cases_of(&follower.next_batch().await));
    }
    reported.extend(cases_of(&follower.next_batch().await));
    assert_eq!(written.len(), 60);
    assert_eq!(reported, written);
}

#[tokio::test]
async fn a_follower_that_was_away_while_the_log_was_pruned_refetches_everything() {
    let (_dir, path, desk, _store, _, _) = workspace().await;
    let mut follower = fast(desk.follow_changes().await.unwrap());
    follower.next_batch().await;
    let mut reader = desk.read_changes(None).await.unwrap();
    let other = open(&path).await;
    write(&other, "Anna", "Bonjour").await;
    write(&other, "Bruno", "Hallo").await;
    // Everything up to now is pruned (entries of the future are none).
    let gone = other.prune_changes(0).await.unwrap();
    assert!(gone >= 2, "pruned {gone}");
    assert_eq!(follower.next_batch().await, vec![Change::Workspace]);
    assert_eq!(reader.read().await.unwrap(), LogRead::Resync);
    // From the log's end on, reading goes on as before.
    let c = write(&other, "Chloé", "Bonsoir").await;
    assert_eq!(cases_of(&follower.next_batch().await), vec![c]);
    let LogRead::Entries(entries) = reader.read().await.unwrap() else {
        panic!("entries expected")
    };
    assert!(entries.iter().any(|e| e.id == c.0), "{entries:?}");
}

#[tokio::test]
async fn changes_made_through_the_desk_arrive_before_the_next_poll() {
    let (_dir, _path, desk, _store, _, _) = workspace().await;
    let mut follower = desk
        .follow_changes()
        .await
        .unwrap()
        .with_intervals(StdDuration::from_millis(200), StdDuration::from_secs(3600));
    follower.next_batch().await; // the first poll, and `Workspace`
    let a = write(&desk, "Anna", "Bonjour").await;
    write(&desk, "Anna", "Encore moi").await;
    let batch = follower.next_batch().await;
    assert_eq!(cases_of(&batch), vec![a], "{batch:?}");
}

#[tokio::test]
async fn an_agent_is_found_by_id_and_me_is_no_agent_until_chosen() {
    let (_dir, _path, desk, _store, claire, _) = workspace().await;
    assert_eq!(desk.agent(claire.id).await.unwrap(), claire);
    assert_eq!(
        desk.agent(AgentId(999)).await.unwrap_err().code(),
        "unknown-agent"
    );
    assert_eq!(desk.me(Some(claire.id)).await.unwrap(), claire);
    assert!(matches!(desk.me(None).await, Err(DeskError::NoAgent)));
    assert!(matches!(
        desk.me(Some(AgentId(999))).await,
        Err(DeskError::NoAgent)
    ));
}

#[tokio::test]
async fn the_workspace_info_names_the_backend_and_every_agent() {
    let (_dir, _path, desk, _store, claire, jonas) = workspace().await;
    let info = desk
        .workspace_info("sqlite:/x.db".into(), Settings::default())
        .await
        .unwrap();
    assert_eq!(info.backend, "sqlite");
    assert_eq!(info.url, "sqlite:/x.db");
    let mut ids: Vec<_> = info.agents.iter().map(|a| a.id).collect();
    ids.sort();
    assert_eq!(ids, vec![claire.id, jonas.id]);
}

#[tokio::test]
async fn the_connections_overview_counts_each_communitys_waiting_replies() {
    let w = World::new().await;
    assert!(w.desk.connections_overview().await.unwrap().is_empty());
    let c = w.connect().await;
    fans(&w, 2, 1);
    c.tick().await.unwrap();
    let case = w.queue().await[0].id;
    // Until the next round, the reply waits in the outbox.
    w.desk
        .send_reply(case, &w.agent, "Bonjour !")
        .await
        .unwrap();
    let rows = w.desk.connections_overview().await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].community, COMMUNITY);
    assert_eq!(rows[0].pending_replies, 1);
    assert_eq!(rows[0].connection, w.desk.connections().await.unwrap()[0]);
}

fn at(h: u32, m: u32) -> DateTime<Utc> {
    // A Wednesday; the demo communities' clocks run all day.
    Utc.with_ymd_and_hms(2026, 12, 2, h, m, 0).unwrap()
}

#[tokio::test]
async fn an_sla_crossing_is_told_to_its_holder_and_to_everyone_when_unassigned() {
    let (_dir, _path, desk, _store, claire, jonas) = workspace().await;
    let t0 = at(9, 0);
    let desk = desk.with_clock(Clock::Fixed(t0));
    let mine = write(&desk, "Anna", "Mon vol ?").await;
    let theirs = write(&desk, "Bruno", "Ma valise ?").await;
    let nobodys = write(&desk, "Chloé", "Remboursement ?").await;
    desk.assign(mine, Some(&claire)).await.unwrap();
    desk.assign(theirs, Some(&jonas)).await.unwrap();

    // Past the first-response target (1 h): breached.
    let alerts = desk
        .alerts(Some(claire.id), t0, t0 + Duration::minutes(70))
        .await;
    let cases: BTreeSet<String> = alerts
        .iter()
        .filter(|a| a.key == "notify-breached")
        .map(|a| a.args[0].1.clone())
        .collect();
    assert_eq!(
        cases,
        BTreeSet::from([mine.to_string(), nobodys.to_string()]),
        "{alerts:?}"
    );
    let all = desk
        .sla_alerts(t0, t0 + Duration::minutes(70))
        .await
        .unwrap();
    assert_eq!(all.len(), 3, "three crossings in the store");
    // Someone who chose no agent hears of unassigned cases only.
    let anyone = sla_alerts(None, &all);
    assert_eq!(anyone.len(), 1);
    assert_eq!(anyone[0].args[0].1, nobodys.to_string());
    assert_eq!(anyone[0].args[2], ("customer", "Chloé".to_string()));
}

#[tokio::test]
async fn an_overdue_handoff_is_expired_and_told_with_its_experts_name() {
    let (_dir, path, desk, _store, claire, _) = workspace().await;
    let t0 = at(9, 0);
    let desk = desk.with_clock(Clock::Fixed(t0));
    let case = write(&desk, "Anna", "Ma valise ?").await;
    let expert = desk
        .add_expert(&ExpertInput {
            name: "Sandra Meier".into(),
            department: "Baggage".into(),
            topics: "baggage-lost".into(),
            languages: "de, fr".into(),
            time_zone: "Europe/Zurich".into(),
            email: "sandra@example.com".into(),
            ..ExpertInput::default()
        })
        .await
        .unwrap();
    let h = desk
        .ask_handoff(
            &HandoffRequest {
                case,
                expert: expert.id,
                question: "Where is the bag?".into(),
                excerpt: None,
                due_at: Some(t0 + Duration::minutes(30)),
                priority: HandoffPriority::Normal,
            },
            &claire,
        )
        .await
        .unwrap();
    // Two hours later, in another process.
    let later = open(&path)
        .await
        .with_clock(Clock::Fixed(t0 + Duration::hours(2)));
    let alerts = later
        .alerts(
            Some(claire.id),
            t0 + Duration::minutes(90),
            t0 + Duration::hours(2),
        )
        .await;
    let expired: Vec<_> = alerts
        .iter()
        .filter(|a| a.key == "notify-handoff-expired")
        .collect();
    assert_eq!(expired.len(), 1, "{alerts:?}");
    assert_eq!(
        expired[0].args,
        vec![
            ("case", case.to_string()),
            ("expert", "Sandra Meier".to_string()),
            ("minutes", "0".to_string()),
        ]
    );
    let again = later
        .alerts(
            Some(claire.id),
            t0 + Duration::hours(2),
            t0 + Duration::hours(2),
        )
        .await;
    assert!(
        !again.iter().any(|a| a.key == "notify-handoff-expired"),
        "handoff {} is told once",
        h.id
    );
}
