//! Presence as the desk shows it (fresh for 30 s, typing for 5 s, never
//! oneself) and replies held when something new came on the case since the
//! agent looked. Clocks are fixed desks on one SQLite workspace: one desk
//! per instant, as if each were another laptop's.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use std::sync::Arc;
use switchboard_desk::collision::Seen;
use switchboard_desk::communities::CommunitySpec;
use switchboard_desk::inbound::DirectMessage;
use switchboard_desk::replies::SendOutcome;
use switchboard_desk::{Clock, DatabaseUrl, Desk, OpenMode};
use switchboard_domain::{Agent, CaseId, Direction, Platform};
use switchboard_store::{NewAgent, PresenceKind, PresenceScope, Store};

struct World {
    _dir: tempfile::TempDir,
    store: Arc<dyn Store>,
    case: CaseId,
    mk: Agent,
    sk: Agent,
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn secs(n: i64) -> DateTime<Utc> {
    t0() + Duration::seconds(n)
}

impl World {
    async fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let url = DatabaseUrl::Sqlite(dir.path().join("ws.db"));
        let store = url.open(OpenMode::CreateIfMissing).await.unwrap();
        let desk = Desk::new(store.clone()).with_clock(Clock::Fixed(t0()));
        desk.add_community(&CommunitySpec {
            brand: "Lakeline".into(),
            locale: "fr-CH".into(),
            platform: Platform::Facebook,
            page_id: "104".into(),
        })
        .await
        .unwrap();
        let mut agents = Vec::new();
        for (name, initials) in [("Marie Keller", "MK"), ("Sandro Keel", "SK")] {
            let agent = store
                .add_agent(&NewAgent {
                    name: name.into(),
                    initials: initials.into(),
                    email: format!("{initials}@example.com"),
                })
                .await
                .unwrap();
            agents.push(agent);
        }
        let sk = agents.pop().unwrap();
        let mk = agents.pop().unwrap();
        let mut world = World {
            _dir: dir,
            store,
            case: CaseId(0),
            mk,
            sk,
        };
        world.case = world.fan_writes("Ma valise est perdue", 0).await;
        world
    }

    /// The desk of a laptop whose clock reads `at`.
    fn at(&self, at: DateTime<Utc>) -> Desk {
        Desk::new(self.store.clone()).with_clock(Clock::Fixed(at))
    }

    async fn fan_writes(&self, text: &str, at: i64) -> CaseId {
        self.at(secs(at))
            .receive_direct(&DirectMessage {
                community: "lakeline/fr-CH".into(),
                from: "Fan Un".into(),
                text: text.into(),
                external_id: None,
                at: Some(secs(at)),
            })
            .await
            .unwrap()
            .case_id()
    }
}

#[tokio::test]
async fn presence_disappears_30_seconds_after_the_last_heartbeat() {
    let w = World::new().await;
    w.at(secs(0))
        .heartbeat(w.case, &w.mk, PresenceKind::Viewing)
        .await
        .unwrap();
    let seen = w
        .at(secs(30))
        .presence(&PresenceScope::All, None)
        .await
        .unwrap();
    assert_eq!(seen.len(), 1, "still present 30 s after the beat: {seen:?}");
    assert_eq!(
        (seen[0].initials.as_str(), seen[0].kind),
        ("MK", PresenceKind::Viewing)
    );
    let gone = w
        .at(secs(31))
        .presence(&PresenceScope::All, None)
        .await
        .unwrap();
    assert!(gone.is_empty(), "gone 31 s after the beat, found {gone:?}");
}

#[tokio::test]
async fn typing_counts_for_5_seconds_then_reads_as_viewing() {
    let w = World::new().await;
    w.at(secs(0))
        .heartbeat(w.case, &w.mk, PresenceKind::Typing)
        .await
        .unwrap();
    let kind = |rows: Vec<switchboard_store::PresenceRow>| rows[0].kind;
    let w = &w;
    let at = |n| async move {
        w.at(secs(n))
            .presence(&PresenceScope::Cases(vec![w.case]), None)
            .await
            .unwrap()
    };
    assert_eq!(kind(at(5).await), PresenceKind::Typing);
    assert_eq!(kind(at(6).await), PresenceKind::Viewing);
}

#[tokio::test]
async fn the_board_shows_colleagues_on_cases_and_online_but_not_oneself() {
    let w = World::new().await;
    let d = w.at(secs(0));
    d.heartbeat(w.case, &w.mk, PresenceKind::Viewing)
        .await
        .unwrap();
    d.online(&w.sk).await.unwrap();
    let for_sk = w
        .at(secs(1))
        .presence_board(&PresenceScope::All, Some(w.sk.id))
        .await
        .unwrap();
    assert_eq!(for_sk.cases.len(), 1);
    assert_eq!(for_sk.cases[0].agent_id, w.mk.id);
    assert_eq!(
        for_sk
            .online
            .iter()
            .map(|o| o.initials.as_str())
            .collect::<Vec<_>>(),
        vec!["MK"],
        "MK is online (on a case); SK does not see himself"
    );
    let for_mk = w
        .at(secs(1))
        .presence_board(&PresenceScope::All, Some(w.mk.id))
        .await
        .unwrap();
    assert!(
        for_mk.cases.is_empty(),
        "MK does not see herself on the case"
    );
    assert_eq!(for_mk.online.len(), 1);
    assert_eq!(
        for_mk.online[0].agent_id, w.sk.id,
        "SK is online without a case"
    );

    w.at(secs(2)).leave(w.case, &w.mk).await.unwrap();
    let after = w
        .at(secs(2))
        .presence(&PresenceScope::All, None)
        .await
        .unwrap();
    assert!(
        after.is_empty(),
        "leaving removes the presence at once: {after:?}"
    );
}

#[tokio::test]
async fn a_colleagues_reply_since_the_agent_looked_holds_the_send_with_who_and_when() {
    let w = World::new().await;
    let seen = w.at(secs(1)).open_case(w.case).await.unwrap().seen;
    w.at(secs(20))
        .send_reply(w.case, &w.sk, "Nous regardons, SK")
        .await
        .unwrap();

    let mk = w.at(secs(60));
    let held = mk
        .send_reply_seen(w.case, &w.mk, "Bonjour, MK ici", seen)
        .await
        .unwrap();
    let SendOutcome::Held { collision } = held else {
        panic!("expected the reply held, got {held:?}");
    };
    assert_eq!(collision.replies.len(), 1, "{collision:?}");
    let r = &collision.replies[0];
    assert_eq!(
        (r.initials.as_str(), r.at, r.pending),
        ("SK", secs(20), false)
    );
    assert_eq!(collision.messages.len(), 1);
    assert_eq!(collision.messages[0].body, "Nous regardons, SK");
    let view = mk.open_case(w.case).await.unwrap();
    assert_eq!(
        view.thread
            .iter()
            .filter(|m| m.direction == Direction::Outbound)
            .count(),
        1,
        "nothing of MK's was sent"
    );
    let draft = mk.draft(w.case, w.mk.id).await.unwrap().map(|d| d.body);
    assert_eq!(
        draft.as_deref(),
        Some("Bonjour, MK ici"),
        "the text stays as the draft"
    );

    let sent = mk
        .send_reply_seen(w.case, &w.mk, "Bonjour, MK ici", collision.seen)
        .await
        .unwrap();
    assert!(
        matches!(sent, SendOutcome::Recorded { .. }),
        "sent anyway once seen, got {sent:?}"
    );
}

#[tokio::test]
async fn a_new_customer_message_holds_the_send() {
    let w = World::new().await;
    let seen = w.at(secs(1)).open_case(w.case).await.unwrap().seen;
    let same = w.fan_writes("Vous êtes là ?", 30).await;
    assert_eq!(same, w.case);
    let held = w
        .at(secs(40))
        .send_reply_seen(w.case, &w.mk, "Bonjour", seen)
        .await
        .unwrap();
    let SendOutcome::Held { collision } = held else {
        panic!("expected the reply held, got {held:?}");
    };
    assert!(
        collision.replies.is_empty(),
        "nobody replied: {collision:?}"
    );
    assert_eq!(collision.messages.len(), 1);
    assert_eq!(collision.messages[0].body, "Vous êtes là ?");
}

#[tokio::test]
async fn ones_own_replies_and_colleagues_notes_do_not_hold_a_send() {
    let w = World::new().await;
    let seen = w.at(secs(1)).open_case(w.case).await.unwrap().seen;
    let d = w.at(secs(10));
    d.add_note(w.case, &w.sk, "Je m'en occupe").await.unwrap();
    d.send_reply(w.case, &w.mk, "Première réponse")
        .await
        .unwrap();
    let sent = w
        .at(secs(20))
        .send_reply_seen(w.case, &w.mk, "Seconde réponse", seen)
        .await
        .unwrap();
    assert!(matches!(sent, SendOutcome::Recorded { .. }), "got {sent:?}");
}

#[tokio::test]
async fn without_a_seen_marker_a_reply_is_sent_without_a_check() {
    let w = World::new().await;
    w.at(secs(5)).send_reply(w.case, &w.sk, "SK").await.unwrap();
    let sent = w.at(secs(6)).send_reply(w.case, &w.mk, "MK").await.unwrap();
    assert!(matches!(sent, SendOutcome::Recorded { .. }));
    let unseen = w
        .at(secs(7))
        .send_reply_seen(w.case, &w.mk, "MK again", Seen::default())
        .await
        .unwrap();
    assert!(
        matches!(unseen, SendOutcome::Held { .. }),
        "an empty marker has seen nothing: SK's reply holds it"
    );
}
