//! The store suite: every scenario runs against SQLite and PostgreSQL, each
//! on a fresh, empty database. A scenario panics (assert) when the store
//! breaks its contract.

use chrono::{DateTime, Duration, TimeZone, Utc};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use switchboard_desk::{Clock, Desk};
use switchboard_domain::lifecycle::{apply_outbound, transition};
use switchboard_domain::{
    CaseId, CaseKind, CaseStatus, Community, Direction, DomainError, HandoffState, Locale,
    NewMessage, Platform, SlaPolicy, SlaState,
};
use switchboard_store::*;

pub type Scenario = fn(Arc<dyn Store>) -> Pin<Box<dyn Future<Output = ()> + Send>>;

macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        pub fn all() -> Vec<(&'static str, Scenario)> {
            let mut all = vec![$((stringify!($name), (|s| Box::pin($name(s))) as Scenario)),*];
            all.extend(crate::handoff_scenarios::all());
            all.extend(crate::template_scenarios::all());
            all
        }
    };
}

scenarios!(
    communities_are_listed_by_brand_then_locale_with_readable_handles,
    a_second_community_with_the_same_handle_or_page_is_a_conflict,
    the_same_inbound_message_stored_twice_is_stored_once,
    concurrent_deliveries_of_one_message_store_it_once,
    a_new_message_on_a_live_thread_joins_its_case,
    a_message_within_seven_days_of_resolution_reopens_the_case,
    a_message_after_seven_days_opens_a_new_case_linked_to_the_old,
    the_queue_is_ordered_by_sla_due_time,
    paused_cases_come_after_every_running_clock,
    the_queue_filters_by_community_brand_locale_status_and_assignee,
    community_counts_show_open_at_risk_breached_and_oldest_waiting,
    search_matches_word_prefixes_and_needs_every_word,
    search_input_with_query_syntax_is_taken_as_words,
    a_refused_change_writes_nothing,
    a_reply_stops_the_first_response_clock,
    the_change_log_lists_every_write_in_order,
    resetting_the_workspace_empties_it,
    sla_policies_round_trip,
    experts_and_handoffs_round_trip,
    an_unknown_case_is_not_found,
    times_round_trip_to_the_millisecond,
    the_demo_workspace_has_six_communities_and_every_state,
    the_queue_count_matches_the_filter_without_paging,
    a_customers_cases_are_listed_newest_first,
    drafts_are_kept_per_case_and_agent_until_cleared,
    sla_crossings_name_cases_whose_clock_passed_a_threshold,
    a_recorded_reply_clears_the_agents_draft,
);

/// Monday 2 March 2026, 09:00 UTC.
pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn mins(n: i64) -> DateTime<Utc> {
    t0() + Duration::minutes(n)
}

fn policy() -> SlaPolicy {
    SlaPolicy::default_in(chrono_tz::Europe::Zurich)
}

async fn community(store: &dyn Store, brand: &str, locale: &str, page: &str) -> Community {
    let brand = store.ensure_brand(brand).await.unwrap();
    let c = store
        .create_community(&NewCommunity {
            brand_id: brand.id,
            locale: locale.parse().unwrap(),
            platform: Platform::Facebook,
            page_id: page.to_string(),
        })
        .await
        .unwrap();
    store.set_sla_policy(c.id, &policy()).await.unwrap();
    c
}

fn inbound(
    c: &Community,
    ext: &str,
    thread: &str,
    body: &str,
    at: DateTime<Utc>,
) -> InboundMessage {
    InboundMessage {
        community_id: c.id,
        external_id: ext.to_string(),
        thread_key: thread.to_string(),
        kind: CaseKind::Messenger,
        contact_external_id: format!("fan-{thread}"),
        contact_name: format!("Fan {thread}"),
        body: body.to_string(),
        at,
    }
}

async fn receive(store: &dyn Store, m: &InboundMessage) -> CaseId {
    store.record_inbound(m, &policy()).await.unwrap().case_id()
}

async fn reply(store: &dyn Store, id: CaseId, at: DateTime<Utc>) {
    store
        .change_case(id, &|c| {
            Ok(CaseChange {
                case: apply_outbound(c, &policy(), at)?,
                message: Some(NewMessage {
                    direction: Direction::Outbound,
                    author: "Agent".into(),
                    body: "Merci, nous regardons.".into(),
                    external_id: None,
                    created_at: at,
                }),
            })
        })
        .await
        .unwrap();
}

async fn set_status(store: &dyn Store, id: CaseId, to: CaseStatus, at: DateTime<Utc>) {
    store
        .change_case(id, &|c| {
            Ok(CaseChange {
                case: transition(c, to, &policy(), at)?,
                message: None,
            })
        })
        .await
        .unwrap();
}

fn all_open() -> QueueFilter {
    QueueFilter::default()
}

async fn communities_are_listed_by_brand_then_locale_with_readable_handles(s: Arc<dyn Store>) {
    community(&*s, "Summit Air", "fr-CH", "3").await;
    community(&*s, "Lakeline", "fr-CH", "2").await;
    community(&*s, "Lakeline", "de-CH", "1").await;
    let handles: Vec<String> = s
        .communities()
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.handle)
        .collect();
    assert_eq!(
        handles,
        ["lakeline/de-CH", "lakeline/fr-CH", "summit-air/fr-CH"]
    );
    assert_eq!(
        s.brands().await.unwrap().len(),
        2,
        "brands are created once"
    );
    let found = s
        .community_by_handle("summit-air/fr-CH")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (found.brand_name.as_str(), found.page_id.as_str()),
        ("Summit Air", "3")
    );
    assert!(s
        .community_by_handle("summit-air/it")
        .await
        .unwrap()
        .is_none());
}

async fn a_second_community_with_the_same_handle_or_page_is_a_conflict(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "100").await;
    let again = s
        .create_community(&NewCommunity {
            brand_id: c.brand_id,
            locale: "fr-CH".parse().unwrap(),
            platform: Platform::Facebook,
            page_id: "101".into(),
        })
        .await;
    assert!(
        matches!(
            again,
            Err(StoreError::Conflict {
                what: "community",
                ..
            })
        ),
        "same handle: {again:?}"
    );
    let same_page = s
        .create_community(&NewCommunity {
            brand_id: c.brand_id,
            locale: "de-CH".parse().unwrap(),
            platform: Platform::Facebook,
            page_id: "100".into(),
        })
        .await;
    assert!(
        matches!(same_page, Err(StoreError::Conflict { what: "page", .. })),
        "same page: {same_page:?}"
    );
    assert_eq!(s.communities().await.unwrap().len(), 1, "nothing was added");
}

async fn the_same_inbound_message_stored_twice_is_stored_once(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let m = inbound(&c, "m_1", "t1", "Mon bagage est perdu", mins(0));
    let first = s.record_inbound(&m, &policy()).await.unwrap();
    let second = s.record_inbound(&m, &policy()).await.unwrap();
    assert!(
        matches!(
            first,
            InboundOutcome::Stored {
                effect: InboundEffect::NewCase,
                ..
            }
        ),
        "{first:?}"
    );
    match (first, second) {
        (
            InboundOutcome::Stored {
                case_id,
                message_id,
                ..
            },
            InboundOutcome::Duplicate {
                case_id: c2,
                message_id: m2,
            },
        ) => assert_eq!((case_id, message_id), (c2, m2)),
        other => panic!("expected Stored then Duplicate, got {other:?}"),
    }
    assert_eq!(s.thread(first.case_id()).await.unwrap().len(), 1);
    assert_eq!(s.queue(&all_open(), mins(1)).await.unwrap().len(), 1);
}

async fn concurrent_deliveries_of_one_message_store_it_once(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let m = inbound(&c, "m_race", "race", "Vol annulé ?", mins(0));
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (s, m) = (s.clone(), m.clone());
        tasks.push(tokio::spawn(async move {
            s.record_inbound(&m, &policy()).await
        }));
    }
    let mut stored = 0;
    for t in tasks {
        if let InboundOutcome::Stored { .. } = t.await.unwrap().unwrap() {
            stored += 1;
        }
    }
    assert_eq!(stored, 1, "exactly one delivery stores the message");
    let queue = s.queue(&all_open(), mins(1)).await.unwrap();
    assert_eq!(queue.len(), 1, "one case");
    assert_eq!(
        s.thread(queue[0].case.id).await.unwrap().len(),
        1,
        "one message"
    );
}

async fn a_new_message_on_a_live_thread_joins_its_case(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "de-CH", "1").await;
    let a = receive(&*s, &inbound(&c, "m1", "t", "Mein Koffer fehlt", mins(0))).await;
    let b = receive(&*s, &inbound(&c, "m2", "t", "Flug LK 1234", mins(5))).await;
    let other = receive(&*s, &inbound(&c, "m3", "u", "Anderes Thema", mins(6))).await;
    assert_eq!(a, b);
    assert_ne!(a, other);
    let thread = s.thread(a).await.unwrap();
    assert_eq!(
        thread.iter().map(|m| m.body.as_str()).collect::<Vec<_>>(),
        ["Mein Koffer fehlt", "Flug LK 1234"]
    );
    let case = s.case(a).await.unwrap();
    assert_eq!(case.last_inbound_at, mins(5));
    assert_eq!(
        case.awaiting_reply_since,
        Some(mins(0)),
        "the oldest unanswered message counts"
    );
}

async fn a_message_within_seven_days_of_resolution_reopens_the_case(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "en", "1").await;
    let id = receive(&*s, &inbound(&c, "m1", "t", "Where is my bag?", mins(0))).await;
    reply(&*s, id, mins(10)).await;
    set_status(&*s, id, CaseStatus::Resolved, mins(20)).await;
    let later = mins(20) + Duration::days(6);
    let outcome = s
        .record_inbound(&inbound(&c, "m2", "t", "Still no bag", later), &policy())
        .await
        .unwrap();
    assert!(
        matches!(
            outcome,
            InboundOutcome::Stored {
                effect: InboundEffect::Reopened,
                ..
            }
        ),
        "{outcome:?}"
    );
    assert_eq!(outcome.case_id(), id);
    let case = s.case(id).await.unwrap();
    assert_eq!(case.status, CaseStatus::Open);
    assert_eq!(case.resolved_at, None);
    assert_eq!(
        case.sla_state(later),
        SlaState::OnTrack,
        "a new first-response clock runs"
    );
}

async fn a_message_after_seven_days_opens_a_new_case_linked_to_the_old(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "en", "1").await;
    let id = receive(&*s, &inbound(&c, "m1", "t", "Refund please", mins(0))).await;
    reply(&*s, id, mins(10)).await;
    set_status(&*s, id, CaseStatus::Resolved, mins(20)).await;
    let later = mins(20) + Duration::days(7);
    let outcome = s
        .record_inbound(
            &inbound(&c, "m2", "t", "Another question", later),
            &policy(),
        )
        .await
        .unwrap();
    assert_ne!(outcome.case_id(), id);
    assert!(
        matches!(outcome, InboundOutcome::Stored { effect: InboundEffect::FollowUp { previous }, .. } if previous == id),
        "{outcome:?}"
    );
    let new_case = s.case(outcome.case_id()).await.unwrap();
    assert_eq!(new_case.linked_case_id, Some(id));
    assert_eq!(new_case.status, CaseStatus::New);
    assert_eq!(s.case(id).await.unwrap().status, CaseStatus::Resolved);
}

async fn the_queue_is_ordered_by_sla_due_time(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    // Arrival order differs from due order once one case has been replied to.
    let late = receive(&*s, &inbound(&c, "a", "a", "premier", mins(0))).await;
    let mid = receive(&*s, &inbound(&c, "b", "b", "deuxième", mins(10))).await;
    let early = receive(&*s, &inbound(&c, "c", "c", "troisième", mins(20))).await;
    // Replying moves `late` to its 24 h resolution clock.
    reply(&*s, late, mins(30)).await;
    let ids: Vec<CaseId> = s
        .queue(&all_open(), mins(31))
        .await
        .unwrap()
        .iter()
        .map(|r| r.case.id)
        .collect();
    assert_eq!(ids, [mid, early, late]);
    let rows = s.queue(&all_open(), mins(31)).await.unwrap();
    let dues: Vec<_> = rows.iter().map(|r| r.due_at.unwrap()).collect();
    assert!(
        dues.windows(2).all(|w| w[0] <= w[1]),
        "due times ascend: {dues:?}"
    );
    assert_eq!(
        rows[0].due_at,
        Some(mins(70)),
        "first response 1 h after 09:10"
    );
}

async fn paused_cases_come_after_every_running_clock(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let waiting = receive(&*s, &inbound(&c, "a", "a", "un", mins(0))).await;
    reply(&*s, waiting, mins(1)).await;
    set_status(&*s, waiting, CaseStatus::WaitingCustomer, mins(2)).await;
    let running = receive(&*s, &inbound(&c, "b", "b", "deux", mins(3))).await;
    let rows = s.queue(&all_open(), mins(4)).await.unwrap();
    assert_eq!(
        rows.iter().map(|r| r.case.id).collect::<Vec<_>>(),
        [running, waiting]
    );
    assert_eq!(rows[1].sla_state, SlaState::Paused);
    assert_eq!(rows[1].due_at, None);
}

async fn the_queue_filters_by_community_brand_locale_status_and_assignee(s: Arc<dyn Store>) {
    let lk_fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let lk_de = community(&*s, "Lakeline", "de-CH", "2").await;
    let su_fr = community(&*s, "Summit Air", "fr-CH", "3").await;
    let a = receive(&*s, &inbound(&lk_fr, "a", "a", "un", mins(0))).await;
    let b = receive(&*s, &inbound(&lk_de, "b", "b", "zwei", mins(1))).await;
    let c = receive(&*s, &inbound(&su_fr, "c", "c", "trois", mins(2))).await;
    let agent = s
        .add_agent(&NewAgent {
            name: "Léa Favre".into(),
            initials: "LF".into(),
            email: "lf@example.test".into(),
        })
        .await
        .unwrap();
    s.change_case(b, &|k| {
        let mut next = transition(k, CaseStatus::Open, &policy(), mins(3))?;
        next.assignee_id = Some(agent.id);
        Ok(CaseChange {
            case: next,
            message: None,
        })
    })
    .await
    .unwrap();
    let ids = |rows: Vec<QueueRow>| rows.into_iter().map(|r| r.case.id).collect::<Vec<_>>();
    let q = |f: QueueFilter| {
        let s = s.clone();
        async move { ids(s.queue(&f, mins(5)).await.unwrap()) }
    };
    assert_eq!(
        q(QueueFilter {
            community: Some(lk_de.id),
            ..all_open()
        })
        .await,
        [b]
    );
    assert_eq!(
        q(QueueFilter {
            brand: Some(lk_fr.brand_id),
            ..all_open()
        })
        .await,
        [a, b]
    );
    assert_eq!(
        q(QueueFilter {
            locale: Some("fr-CH".parse::<Locale>().unwrap()),
            ..all_open()
        })
        .await,
        [a, c]
    );
    assert_eq!(
        q(QueueFilter {
            statuses: vec![CaseStatus::Open],
            ..all_open()
        })
        .await,
        [b]
    );
    assert_eq!(
        q(QueueFilter {
            assignee: AssigneeFilter::Agent(agent.id),
            ..all_open()
        })
        .await,
        [b]
    );
    assert_eq!(
        q(QueueFilter {
            assignee: AssigneeFilter::Unassigned,
            ..all_open()
        })
        .await,
        [a, c]
    );
    assert_eq!(
        q(QueueFilter {
            limit: 2,
            offset: 1,
            ..all_open()
        })
        .await,
        [b, c]
    );
    let rows = s
        .queue(
            &QueueFilter {
                community: Some(lk_de.id),
                ..all_open()
            },
            mins(5),
        )
        .await
        .unwrap();
    assert_eq!(rows[0].assignee_initials.as_deref(), Some("LF"));
    assert_eq!(rows[0].community, "lakeline/de-CH");
    assert_eq!(rows[0].contact_name, "Fan b");
}

async fn community_counts_show_open_at_risk_breached_and_oldest_waiting(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let quiet = community(&*s, "Lakeline", "it", "2").await;
    receive(&*s, &inbound(&c, "a", "a", "breached", mins(0))).await; // due 10:00
    receive(&*s, &inbound(&c, "b", "b", "at risk", mins(20))).await; // risk 10:05, due 10:20
    receive(&*s, &inbound(&c, "c", "c", "on track", mins(60))).await; // risk 10:45
    let done = receive(&*s, &inbound(&c, "d", "d", "resolved", mins(1))).await;
    reply(&*s, done, mins(2)).await;
    set_status(&*s, done, CaseStatus::Resolved, mins(3)).await;
    let now = mins(66); // 10:06
    let counts = s.community_counts(now).await.unwrap();
    let row = counts.iter().find(|r| r.community.id == c.id).unwrap();
    assert_eq!((row.open, row.at_risk, row.breached), (3, 1, 1), "{row:?}");
    assert_eq!(row.oldest_waiting_since, Some(mins(0)));
    let empty = counts.iter().find(|r| r.community.id == quiet.id).unwrap();
    assert_eq!(
        (
            empty.open,
            empty.at_risk,
            empty.breached,
            empty.oldest_waiting_since
        ),
        (0, 0, 0, None)
    );
}

async fn search_matches_word_prefixes_and_needs_every_word(s: Arc<dyn Store>) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let de = community(&*s, "Lakeline", "de-CH", "2").await;
    let lost = receive(
        &*s,
        &inbound(
            &fr,
            "a",
            "a",
            "Mes bagages sont perdus depuis Genève",
            mins(0),
        ),
    )
    .await;
    let late = receive(
        &*s,
        &inbound(&fr, "b", "b", "Bagage retardé, vol LK 1234", mins(1)),
    )
    .await;
    receive(
        &*s,
        &inbound(&de, "c", "c", "Mein Gepäck ist verloren", mins(2)),
    )
    .await;
    let hits = s.search("bagage", 10).await.unwrap();
    let cases: Vec<CaseId> = hits.iter().map(|h| h.case_id).collect();
    assert_eq!(
        cases,
        [late, lost],
        "newest first, plural matched by prefix"
    );
    assert_eq!(hits[0].community, "lakeline/fr-CH");
    assert_eq!(
        s.search("bagage perdus", 10).await.unwrap().len(),
        1,
        "every word must match"
    );
    assert_eq!(
        s.search("GEPÄCK", 10).await.unwrap().len(),
        1,
        "case-insensitive"
    );
    assert!(s.search("avion", 10).await.unwrap().is_empty());
    assert_eq!(s.search("bagage", 1).await.unwrap().len(), 1, "limit holds");
}

async fn search_input_with_query_syntax_is_taken_as_words(s: Arc<dyn Store>) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    receive(&*s, &inbound(&fr, "a", "a", "bagage perdu", mins(0))).await;
    for q in [
        "\"bagage",
        "bagage*",
        "bagage OR",
        "(perdu",
        "bagage & | !",
        "'; DROP TABLE messages; --",
        "  ",
        "",
    ] {
        let hits = s.search(q, 10).await;
        assert!(hits.is_ok(), "{q:?} failed: {hits:?}");
    }
    assert_eq!(s.search("(perdu)", 10).await.unwrap().len(), 1);
    assert_eq!(
        s.thread(CaseId(1)).await.map(|t| t.len()).unwrap_or(1),
        1,
        "messages are intact"
    );
}

async fn a_refused_change_writes_nothing(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Bonjour", mins(0))).await;
    let before = s.case(id).await.unwrap();
    let result = s
        .change_case(id, &|k| {
            // A transition the state machine refuses: new → new.
            Ok(CaseChange {
                case: transition(k, CaseStatus::New, &policy(), mins(1))?,
                message: None,
            })
        })
        .await;
    assert!(
        matches!(
            result,
            Err(StoreError::Domain(DomainError::Transition { .. }))
        ),
        "{result:?}"
    );
    let empty_note = s
        .change_case(id, &|k| {
            Ok(CaseChange {
                case: k.clone(),
                message: Some(NewMessage {
                    direction: Direction::Note,
                    author: "A".into(),
                    body: "   ".into(),
                    external_id: None,
                    created_at: mins(1),
                }),
            })
        })
        .await;
    assert!(empty_note.is_err(), "an empty note is refused");
    assert_eq!(s.case(id).await.unwrap(), before, "the case is unchanged");
    assert_eq!(s.thread(id).await.unwrap().len(), 1, "no message was added");
}

async fn a_reply_stops_the_first_response_clock(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Bonjour", mins(0))).await;
    assert_eq!(
        s.case(id).await.unwrap().urgency().map(|u| u.1),
        Some(mins(60))
    );
    reply(&*s, id, mins(50)).await;
    let case = s.case(id).await.unwrap();
    assert_eq!(case.sla.first_response_at, Some(mins(50)));
    assert_eq!(case.status, CaseStatus::Open);
    assert_eq!(case.awaiting_reply_since, None);
    assert_eq!(
        case.urgency().map(|u| u.1),
        Some(mins(24 * 60)),
        "the resolution clock runs"
    );
    let thread = s.thread(id).await.unwrap();
    assert_eq!(
        thread.iter().map(|m| m.direction).collect::<Vec<_>>(),
        [Direction::Inbound, Direction::Outbound]
    );
}

async fn the_change_log_lists_every_write_in_order(s: Arc<dyn Store>) {
    let start = last_seq(&*s).await;
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Bonjour", mins(0))).await;
    reply(&*s, id, mins(1)).await;
    let log = s.changes_since(start, 100).await.unwrap();
    let kinds: Vec<(ChangeEntity, i64)> = log.iter().map(|r| (r.entity, r.id)).collect();
    assert_eq!(
        kinds,
        [
            (ChangeEntity::Community, c.id.0),
            (ChangeEntity::Community, c.id.0),
            (ChangeEntity::Case, id.0),
            (ChangeEntity::Case, id.0)
        ]
    );
    assert!(log.windows(2).all(|w| w[0].seq < w[1].seq));
    assert!(log.iter().all(|r| r.community_id == Some(c.id)));
    assert!(s.changes_since(log[3].seq, 10).await.unwrap().is_empty());
    assert_eq!(
        s.changes_since(start, 2).await.unwrap().len(),
        2,
        "limit holds"
    );
}

async fn last_seq(s: &dyn Store) -> i64 {
    s.changes_since(0, 10_000)
        .await
        .unwrap()
        .last()
        .map(|r| r.seq)
        .unwrap_or(0)
}

async fn resetting_the_workspace_empties_it(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    receive(&*s, &inbound(&c, "a", "a", "Bonjour bagage", mins(0))).await;
    s.reset_workspace().await.unwrap();
    assert!(s.communities().await.unwrap().is_empty());
    assert!(s.brands().await.unwrap().is_empty());
    assert!(s.queue(&all_open(), mins(1)).await.unwrap().is_empty());
    assert!(
        s.search("bagage", 10).await.unwrap().is_empty(),
        "the search index follows"
    );
    let last = s.changes_since(0, 10_000).await.unwrap().pop().unwrap();
    assert_eq!(last.entity, ChangeEntity::Workspace);
    // The same page can be added again.
    community(&*s, "Lakeline", "fr-CH", "1").await;
}

async fn sla_policies_round_trip(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let mut p = SlaPolicy::office_hours(chrono_tz::Europe::London);
    p.holidays
        .push(chrono::NaiveDate::from_ymd_opt(2026, 12, 25).unwrap());
    p.first_response_minutes = 30;
    s.set_sla_policy(c.id, &p).await.unwrap();
    assert_eq!(s.sla_policy(c.id).await.unwrap(), p);
    let missing = s
        .set_sla_policy(switchboard_domain::CommunityId(9999), &p)
        .await;
    assert!(
        matches!(missing, Err(StoreError::NotFound { .. })),
        "{missing:?}"
    );
}

async fn experts_and_handoffs_round_trip(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Koffer beschädigt", mins(0))).await;
    let expert = s
        .add_expert(&NewExpert {
            name: "Urs Keller".into(),
            department: "Baggage".into(),
            topics: vec!["baggage-damaged".into(), "baggage-lost".into()],
            languages: vec!["de".into(), "en".into()],
            time_zone: "Europe/Zurich".into(),
            email: "urs@example.test".into(),
        })
        .await
        .unwrap();
    assert_eq!(s.experts().await.unwrap(), vec![expert.clone()]);
    let asked = s
        .add_handoff(&NewHandoff {
            case_id: id,
            expert_id: expert.id,
            question: "Übernehmen wir die Reparatur?".into(),
            excerpt: "Koffer beschädigt".into(),
            asked_at: mins(5),
            due_at: mins(245),
            answer: None,
        })
        .await
        .unwrap();
    let answered = s
        .add_handoff(&NewHandoff {
            case_id: id,
            expert_id: expert.id,
            question: "Welche Belege?".into(),
            excerpt: String::new(),
            asked_at: mins(6),
            due_at: mins(246),
            answer: Some((mins(30), "PIR und Quittung".into())),
        })
        .await
        .unwrap();
    assert_eq!(
        s.handoffs_of_case(id).await.unwrap(),
        vec![asked.clone(), answered.clone()]
    );
    assert_eq!(
        (asked.state, answered.state),
        (HandoffState::Requested, HandoffState::Answered)
    );
    let bad = s
        .add_handoff(&NewHandoff {
            case_id: CaseId(424242),
            ..NewHandoff::clone(&NewHandoff {
                case_id: id,
                expert_id: expert.id,
                question: "?".into(),
                excerpt: String::new(),
                asked_at: mins(5),
                due_at: mins(6),
                answer: None,
            })
        })
        .await;
    assert!(
        matches!(bad, Err(StoreError::NotFound { what: "case", .. })),
        "{bad:?}"
    );
}

async fn an_unknown_case_is_not_found(s: Arc<dyn Store>) {
    for result in [
        s.case(CaseId(77)).await.map(|_| ()),
        s.thread(CaseId(77)).await.map(|_| ()),
    ] {
        assert!(
            matches!(result, Err(StoreError::NotFound { what: "case", .. })),
            "{result:?}"
        );
    }
    let change = s
        .change_case(CaseId(77), &|k| {
            Ok(CaseChange {
                case: k.clone(),
                message: None,
            })
        })
        .await;
    assert!(
        matches!(change, Err(StoreError::NotFound { .. })),
        "{change:?}"
    );
}

async fn times_round_trip_to_the_millisecond(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let at = t0() + Duration::milliseconds(123);
    let id = receive(&*s, &inbound(&c, "a", "a", "précis", at)).await;
    let case = s.case(id).await.unwrap();
    assert_eq!(case.opened_at, at);
    assert_eq!(s.thread(id).await.unwrap()[0].created_at, at);
}

async fn the_demo_workspace_has_six_communities_and_every_state(s: Arc<dyn Store>) {
    let now = Utc::now();
    let desk = Desk::new(s.clone()).with_clock(Clock::Fixed(now));
    let summary = desk.create_demo().await.unwrap();
    assert_eq!(summary.communities, 6);
    let counts = desk.community_counts().await.unwrap();
    assert_eq!(counts.len(), 6);
    assert!(
        counts.iter().all(|c| c.open > 0),
        "every community has open cases: {counts:?}"
    );
    assert!(
        counts.iter().map(|c| c.breached).sum::<i64>() > 0,
        "some cases are breached"
    );
    assert!(
        counts.iter().map(|c| c.at_risk).sum::<i64>() > 0,
        "some cases are at risk"
    );
    let all = s
        .queue(
            &QueueFilter {
                statuses: CaseStatus::ALL.to_vec(),
                limit: 500,
                ..all_open()
            },
            now,
        )
        .await
        .unwrap();
    for status in CaseStatus::ALL {
        assert!(
            all.iter().any(|r| r.case.status == status),
            "no demo case is {status}"
        );
    }
    assert!(
        s.search("bagage", 50)
            .await
            .unwrap()
            .iter()
            .any(|h| h.community.ends_with("/fr-CH")),
        "French baggage messages are found"
    );
    // Running it again replaces, not adds.
    desk.create_demo().await.unwrap();
    assert_eq!(desk.community_counts().await.unwrap().len(), 6);
}

async fn the_queue_count_matches_the_filter_without_paging(s: Arc<dyn Store>) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let de = community(&*s, "Lakeline", "de-CH", "2").await;
    for i in 0..7 {
        receive(
            &*s,
            &inbound(&fr, &format!("f{i}"), &format!("f{i}"), "bonjour", mins(i)),
        )
        .await;
    }
    let done = receive(&*s, &inbound(&de, "d", "d", "hallo", mins(0))).await;
    reply(&*s, done, mins(1)).await;
    set_status(&*s, done, CaseStatus::Resolved, mins(2)).await;
    let page = QueueFilter {
        limit: 3,
        offset: 3,
        ..all_open()
    };
    assert_eq!(s.queue(&page, mins(10)).await.unwrap().len(), 3);
    assert_eq!(
        s.queue_count(&page).await.unwrap(),
        7,
        "open cases, paging ignored"
    );
    let de_all = QueueFilter {
        community: Some(de.id),
        statuses: CaseStatus::ALL.to_vec(),
        ..all_open()
    };
    assert_eq!(s.queue_count(&de_all).await.unwrap(), 1);
    assert_eq!(
        s.queue_count(&QueueFilter {
            community: Some(de.id),
            ..all_open()
        })
        .await
        .unwrap(),
        0
    );
}

async fn a_customers_cases_are_listed_newest_first(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "en", "1").await;
    let first = receive(&*s, &inbound(&c, "a", "t", "first", mins(0))).await;
    reply(&*s, first, mins(1)).await;
    set_status(&*s, first, CaseStatus::Resolved, mins(2)).await;
    let second = receive(
        &*s,
        &inbound(&c, "b", "t", "again", mins(2) + Duration::days(8)),
    )
    .await;
    receive(&*s, &inbound(&c, "x", "someone-else", "other fan", mins(3))).await;
    let contact = s.case(second).await.unwrap().contact_id;
    let ids: Vec<CaseId> = s
        .cases_of_contact(contact)
        .await
        .unwrap()
        .iter()
        .map(|k| k.id)
        .collect();
    assert_eq!(ids, [second, first]);
}

async fn drafts_are_kept_per_case_and_agent_until_cleared(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Bonjour", mins(0))).await;
    let lea = s
        .add_agent(&NewAgent {
            name: "Léa".into(),
            initials: "LR".into(),
            email: "l@x.test".into(),
        })
        .await
        .unwrap();
    let marc = s
        .add_agent(&NewAgent {
            name: "Marc".into(),
            initials: "MB".into(),
            email: "m@x.test".into(),
        })
        .await
        .unwrap();
    let d = |agent: switchboard_domain::AgentId, body: &str, at| Draft {
        case_id: id,
        agent_id: agent,
        body: body.into(),
        updated_at: at,
    };
    s.save_draft(&d(lea.id, "Bonjour Madame,", mins(1)))
        .await
        .unwrap();
    s.save_draft(&d(lea.id, "Bonjour Madame, votre bagage", mins(2)))
        .await
        .unwrap();
    s.save_draft(&d(marc.id, "Grüezi", mins(2))).await.unwrap();
    assert_eq!(
        s.draft(id, lea.id).await.unwrap(),
        Some(d(lea.id, "Bonjour Madame, votre bagage", mins(2)))
    );
    assert_eq!(
        s.draft(id, marc.id).await.unwrap().map(|x| x.body),
        Some("Grüezi".into())
    );
    s.save_draft(&d(lea.id, "  ", mins(3))).await.unwrap();
    assert_eq!(
        s.draft(id, lea.id).await.unwrap(),
        None,
        "an empty draft is deleted"
    );
    let missing = s
        .save_draft(&Draft {
            case_id: CaseId(9999),
            ..d(lea.id, "x", mins(3))
        })
        .await;
    assert!(
        matches!(missing, Err(StoreError::NotFound { .. })),
        "{missing:?}"
    );
}

async fn sla_crossings_name_cases_whose_clock_passed_a_threshold(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let early = receive(&*s, &inbound(&c, "a", "a", "un", mins(0))).await; // risk 09:45, due 10:00
    let late = receive(&*s, &inbound(&c, "b", "b", "deux", mins(30))).await; // risk 10:15, due 10:30
    let ids = |rows: Vec<QueueRow>| {
        rows.into_iter()
            .map(|r| (r.case.id, r.sla_state))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(s.sla_crossings(mins(40), mins(50)).await.unwrap()),
        [(early, SlaState::AtRisk)]
    );
    assert_eq!(
        ids(s.sla_crossings(mins(50), mins(76)).await.unwrap()),
        [(early, SlaState::Breached), (late, SlaState::AtRisk)]
    );
    assert!(s.sla_crossings(mins(0), mins(10)).await.unwrap().is_empty());
    reply(&*s, early, mins(55)).await;
    assert!(
        ids(s.sla_crossings(mins(50), mins(61)).await.unwrap()).is_empty(),
        "a replied case no longer crosses its first-response due time"
    );
}

async fn a_recorded_reply_clears_the_agents_draft(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Bonjour", mins(0))).await;
    let agent = s
        .add_agent(&NewAgent {
            name: "Léa".into(),
            initials: "LR".into(),
            email: "l@x.test".into(),
        })
        .await
        .unwrap();
    let desk = Desk::new(s.clone()).with_clock(Clock::Fixed(mins(5)));
    desk.save_draft(id, agent.id, "Bonjour, nous regardons")
        .await
        .unwrap();
    assert!(desk.draft(id, agent.id).await.unwrap().is_some());
    let case = desk
        .record_reply(id, &agent, "Bonjour, nous regardons")
        .await
        .unwrap();
    assert_eq!(
        case.assignee_id,
        Some(agent.id),
        "the replying agent takes the case"
    );
    assert_eq!(
        desk.draft(id, agent.id).await.unwrap(),
        None,
        "the draft is gone"
    );
    let page = desk.queue_page(&QueueFilter::default()).await.unwrap();
    assert_eq!((page.total, page.rows.len()), (1, 1));
    let view = desk.open_case(id).await.unwrap();
    assert_eq!(
        view.thread.last().map(|m| m.direction),
        Some(Direction::Outbound)
    );
}
