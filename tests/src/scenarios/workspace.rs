//! Store-suite scenarios: communities, SLA policies, experts, the change log, reset, the demo.

use super::*;

pub(super) async fn communities_are_listed_by_brand_then_locale_with_readable_handles(
    s: Arc<dyn Store>,
) {
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

pub(super) async fn a_second_community_with_the_same_handle_or_page_is_a_conflict(
    s: Arc<dyn Store>,
) {
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

pub(super) async fn the_change_log_lists_every_write_in_order(s: Arc<dyn Store>) {
    let start = last_seq(&*s).await;
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Bonjour", mins(0))).await;
    reply(&*s, id, mins(1)).await;
    let log = s.changes_since(start, 100).await.unwrap();
    let messages = log
        .iter()
        .filter(|r| r.entity == ChangeEntity::Message)
        .count();
    assert_eq!(messages, 2, "the fan's message and the reply: {log:?}");
    let log: Vec<ChangeRecord> = log
        .into_iter()
        .filter(|r| r.entity != ChangeEntity::Message)
        .collect();
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
    assert_eq!(s.latest_change().await.unwrap(), log[3].seq);
    assert_eq!(
        s.changes_since(start, 2).await.unwrap().len(),
        2,
        "limit holds"
    );
}

pub(super) async fn last_seq(s: &dyn Store) -> i64 {
    s.changes_since(0, 10_000)
        .await
        .unwrap()
        .last()
        .map(|r| r.seq)
        .unwrap_or(0)
}

pub(super) async fn resetting_the_workspace_empties_it(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    receive(&*s, &inbound(&c, "a", "a", "Bonjour bagage", mins(0))).await;
    s.reset_workspace().await.unwrap();
    assert!(s.communities().await.unwrap().is_empty());
    assert!(s.brands().await.unwrap().is_empty());
    assert!(s.queue(&all_open(), mins(1)).await.unwrap().is_empty());
    assert!(
        s.search("bagage", &SearchFilter::default(), 10)
            .await
            .unwrap()
            .is_empty(),
        "the search index follows"
    );
    let last = s.changes_since(0, 10_000).await.unwrap().pop().unwrap();
    assert_eq!(last.entity, ChangeEntity::Workspace);
    // The same page can be added again.
    community(&*s, "Lakeline", "fr-CH", "1").await;
}

pub(super) async fn sla_policies_round_trip(s: Arc<dyn Store>) {
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

pub(super) async fn experts_and_handoffs_round_trip(s: Arc<dyn Store>) {
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

pub(super) async fn an_unknown_case_is_not_found(s: Arc<dyn Store>) {
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
                audit: None,
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

pub(super) async fn times_round_trip_to_the_millisecond(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let at = t0() + Duration::milliseconds(123);
    let id = receive(&*s, &inbound(&c, "a", "a", "précis", at)).await;
    let case = s.case(id).await.unwrap();
    assert_eq!(case.opened_at, at);
    assert_eq!(s.thread(id).await.unwrap()[0].created_at, at);
}

pub(super) async fn the_demo_workspace_has_six_communities_and_every_state(s: Arc<dyn Store>) {
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
            all.iter().any(|r| r.status == status),
            "no demo case is {status}"
        );
    }
    assert!(
        s.search("bagage", &SearchFilter::default(), 50)
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

pub(super) async fn workspace_notes_are_kept_until_cleared_or_the_workspace_is_reset(
    s: Arc<dyn Store>,
) {
    assert_eq!(s.workspace_note("incomplete").await.unwrap(), None);
    s.set_workspace_note("incomplete", Some("bench generate"))
        .await
        .unwrap();
    s.set_workspace_note("other", Some("kept")).await.unwrap();
    assert_eq!(
        s.workspace_note("incomplete").await.unwrap().as_deref(),
        Some("bench generate")
    );
    s.set_workspace_note("incomplete", Some("bench generate, again"))
        .await
        .unwrap();
    assert_eq!(
        s.workspace_note("incomplete").await.unwrap().as_deref(),
        Some("bench generate, again"),
        "a note is replaced"
    );
    s.set_workspace_note("incomplete", None).await.unwrap();
    assert_eq!(s.workspace_note("incomplete").await.unwrap(), None);
    assert_eq!(
        s.workspace_note("other").await.unwrap().as_deref(),
        Some("kept")
    );
    s.reset_workspace().await.unwrap();
    assert_eq!(
        s.workspace_note("other").await.unwrap(),
        None,
        "a reset clears notes"
    );
}

/// The suite connects as the database's owner (PostgreSQL) or to a file
/// (SQLite): neither is a team member's login, so nobody in particular is
/// acting and every community is seen.
pub(super) async fn the_owners_or_a_files_store_has_no_team_login(s: Arc<dyn Store>) {
    community(&*s, "Lakeline", "fr-CH", "1").await;
    assert_eq!(s.team_login().await.unwrap(), None);
    assert_eq!(s.communities().await.unwrap().len(), 1);
}
