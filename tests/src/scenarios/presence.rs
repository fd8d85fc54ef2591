//! Presence: heartbeats, leaving, reading by scope and freshness, online
//! agents, forgetting old rows; none of it in the change log.

use super::*;
use switchboard_domain::{Agent, AgentId};

async fn agent(store: &dyn Store, name: &str, initials: &str) -> Agent {
    store
        .add_agent(&NewAgent {
            name: name.into(),
            initials: initials.into(),
            email: format!("{}@example.com", initials.to_lowercase()),
        })
        .await
        .unwrap()
}

fn beat(agent: &Agent, case: Option<CaseId>, kind: PresenceKind, at: DateTime<Utc>) -> Heartbeat {
    Heartbeat {
        agent_id: agent.id,
        case_id: case,
        kind,
        at,
    }
}

fn epoch() -> DateTime<Utc> {
    DateTime::UNIX_EPOCH
}

/// Two communities with a case each, and two agents.
async fn world(store: &dyn Store) -> (Community, CaseId, Community, CaseId, Agent, Agent) {
    let fr = community(store, "Lakeline", "fr-CH", "p1").await;
    let de = community(store, "Lakeline", "de-CH", "p2").await;
    let a = receive(store, &inbound(&fr, "m1", "t1", "Bonjour", mins(0))).await;
    let b = receive(store, &inbound(&de, "m2", "t2", "Grüezi", mins(0))).await;
    let mk = agent(store, "Marie Keller", "MK").await;
    let sk = agent(store, "Sandro Keel", "SK").await;
    (fr, a, de, b, mk, sk)
}

pub async fn heartbeats_show_who_is_on_a_case_by_scope_and_freshness(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let (fr, a, de, b, mk, sk) = world(s).await;
    s.heartbeat(&beat(&sk, Some(a), PresenceKind::Viewing, mins(1)), epoch())
        .await
        .unwrap();
    s.heartbeat(&beat(&mk, Some(a), PresenceKind::Viewing, mins(1)), epoch())
        .await
        .unwrap();
    s.heartbeat(&beat(&mk, Some(b), PresenceKind::Viewing, mins(2)), epoch())
        .await
        .unwrap();
    // The latest beat's kind replaces the previous one.
    s.heartbeat(&beat(&mk, Some(a), PresenceKind::Typing, mins(3)), epoch())
        .await
        .unwrap();

    let all = s.presence(&PresenceScope::All, mins(0)).await.unwrap();
    let seen: Vec<(CaseId, &str, PresenceKind)> = all
        .iter()
        .map(|r| (r.case_id, r.initials.as_str(), r.kind))
        .collect();
    assert_eq!(
        seen,
        vec![
            (a, "MK", PresenceKind::Typing),
            (a, "SK", PresenceKind::Viewing),
            (b, "MK", PresenceKind::Viewing),
        ],
        "every presence, by case then initials"
    );
    let mk_on_a = &all[0];
    assert_eq!(mk_on_a.community_id, fr.id, "the case's community is kept");
    assert_eq!(mk_on_a.name, "Marie Keller");
    assert_eq!(mk_on_a.seen_at, mins(3), "the latest beat's time");

    let fresh = s.presence(&PresenceScope::All, mins(2)).await.unwrap();
    assert_eq!(
        fresh
            .iter()
            .map(|r| r.initials.as_str())
            .collect::<Vec<_>>(),
        vec!["MK", "MK"],
        "SK's beat at 1 min is older than asked"
    );
    let on_b = s
        .presence(&PresenceScope::Cases(vec![b]), mins(0))
        .await
        .unwrap();
    assert_eq!(on_b.len(), 1);
    assert_eq!((on_b[0].case_id, on_b[0].agent_id), (b, mk.id));
    let in_de = s
        .presence(&PresenceScope::Community(de.id), mins(0))
        .await
        .unwrap();
    assert_eq!(in_de, on_b, "the community's cases only");
    assert!(s
        .presence(&PresenceScope::Cases(vec![]), mins(0))
        .await
        .unwrap()
        .is_empty());
}

pub async fn leaving_a_case_removes_that_presence_only(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let (_, a, _, b, mk, sk) = world(s).await;
    for (who, case) in [(&mk, a), (&mk, b), (&sk, a)] {
        s.heartbeat(
            &beat(who, Some(case), PresenceKind::Viewing, mins(1)),
            epoch(),
        )
        .await
        .unwrap();
    }
    s.leave_case(a, mk.id).await.unwrap();
    let left: Vec<(CaseId, AgentId)> = s
        .presence(&PresenceScope::All, mins(0))
        .await
        .unwrap()
        .iter()
        .map(|r| (r.case_id, r.agent_id))
        .collect();
    assert_eq!(left, vec![(a, sk.id), (b, mk.id)]);
    s.leave_case(a, mk.id).await.unwrap(); // leaving twice changes nothing
}

pub async fn online_agents_are_those_whose_latest_beat_is_recent(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let (_, a, _, _, mk, sk) = world(s).await;
    s.heartbeat(&beat(&mk, None, PresenceKind::Viewing, mins(1)), epoch())
        .await
        .unwrap();
    s.heartbeat(&beat(&sk, Some(a), PresenceKind::Typing, mins(2)), epoch())
        .await
        .unwrap();
    let online = s.online_agents(mins(0)).await.unwrap();
    assert_eq!(
        online
            .iter()
            .map(|o| (o.initials.as_str(), o.seen_at))
            .collect::<Vec<_>>(),
        vec![("MK", mins(1)), ("SK", mins(2))],
        "a beat with or without a case counts as online"
    );
    assert_eq!(online[0].name, "Marie Keller");
    let presence = s.presence(&PresenceScope::All, mins(0)).await.unwrap();
    assert_eq!(presence.len(), 1, "a beat without a case is on no case");
    let later = s.online_agents(mins(2)).await.unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].agent_id, sk.id);
}

pub async fn a_heartbeat_forgets_old_rows_and_writes_no_change(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let (_, a, _, b, mk, sk) = world(s).await;
    let log = s.changes_since(0, 1000).await.unwrap().len();
    s.heartbeat(&beat(&mk, Some(a), PresenceKind::Viewing, mins(1)), epoch())
        .await
        .unwrap();
    s.heartbeat(
        &beat(&sk, Some(b), PresenceKind::Viewing, mins(30)),
        mins(20),
    )
    .await
    .unwrap();
    let rows = s.presence(&PresenceScope::All, epoch()).await.unwrap();
    assert_eq!(rows.len(), 1, "MK's beat at 1 min was forgotten: {rows:?}");
    assert_eq!(rows[0].agent_id, sk.id);
    let online = s.online_agents(epoch()).await.unwrap();
    assert_eq!(online.len(), 1, "MK went offline too: {online:?}");
    s.leave_case(b, sk.id).await.unwrap();
    assert_eq!(
        s.changes_since(0, 1000).await.unwrap().len(),
        log,
        "presence is not in the change log"
    );
}

pub async fn a_heartbeat_on_an_unknown_case_is_not_found(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let (_, _, _, _, mk, _) = world(s).await;
    let err = s
        .heartbeat(
            &beat(&mk, Some(CaseId(999_999)), PresenceKind::Viewing, mins(1)),
            epoch(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), "not-found", "{err}");
    assert!(
        s.online_agents(epoch()).await.unwrap().is_empty(),
        "nothing was written"
    );
}
