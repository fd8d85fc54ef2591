//! Store-suite scenarios: the queue, its counts and filters, message search, SLA crossings.

use super::*;

pub(super) async fn the_queue_is_ordered_by_sla_due_time(s: Arc<dyn Store>) {
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
        .map(|r| r.id)
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

pub(super) async fn paused_cases_come_after_every_running_clock(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let waiting = receive(&*s, &inbound(&c, "a", "a", "un", mins(0))).await;
    reply(&*s, waiting, mins(1)).await;
    set_status(&*s, waiting, CaseStatus::WaitingCustomer, mins(2)).await;
    let running = receive(&*s, &inbound(&c, "b", "b", "deux", mins(3))).await;
    let rows = s.queue(&all_open(), mins(4)).await.unwrap();
    assert_eq!(
        rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        [running, waiting]
    );
    assert_eq!(rows[1].sla_state, SlaState::Paused);
    assert_eq!(rows[1].due_at, None);
}

pub(super) async fn the_queue_filters_by_community_brand_locale_status_and_assignee(
    s: Arc<dyn Store>,
) {
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
            audit: None,
            case: next,
            message: None,
        })
    })
    .await
    .unwrap();
    let ids = |rows: Vec<QueueRow>| rows.into_iter().map(|r| r.id).collect::<Vec<_>>();
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

pub(super) async fn community_counts_show_open_at_risk_breached_and_oldest_waiting(
    s: Arc<dyn Store>,
) {
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

pub(super) async fn search_matches_word_prefixes_and_needs_every_word(s: Arc<dyn Store>) {
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
    let hits = s
        .search("bagage", &SearchFilter::default(), 10)
        .await
        .unwrap();
    let cases: Vec<CaseId> = hits.iter().map(|h| h.case_id).collect();
    assert_eq!(
        cases,
        [late, lost],
        "newest first, plural matched by prefix"
    );
    assert_eq!(hits[0].community, "lakeline/fr-CH");
    assert_eq!(
        s.search("bagage perdus", &SearchFilter::default(), 10)
            .await
            .unwrap()
            .len(),
        1,
        "every word must match"
    );
    assert_eq!(
        s.search("GEPÄCK", &SearchFilter::default(), 10)
            .await
            .unwrap()
            .len(),
        1,
        "case-insensitive"
    );
    assert!(s
        .search("avion", &SearchFilter::default(), 10)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        s.search("bagage", &SearchFilter::default(), 1)
            .await
            .unwrap()
            .len(),
        1,
        "limit holds"
    );
}

pub(super) async fn search_keeps_to_the_community_brand_locale_status_and_assignee_asked(
    s: Arc<dyn Store>,
) {
    let lk_fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let lk_de = community(&*s, "Lakeline", "de-CH", "2").await;
    let su_fr = community(&*s, "Summit Air", "fr-CH", "3").await;
    let a = receive(&*s, &inbound(&lk_fr, "a", "a", "valise perdue", mins(0))).await;
    let b = receive(&*s, &inbound(&lk_de, "b", "b", "valise verloren", mins(1))).await;
    let c = receive(&*s, &inbound(&su_fr, "c", "c", "valise abîmée", mins(2))).await;
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
            audit: None,
            case: next,
            message: None,
        })
    })
    .await
    .unwrap();
    set_status(&*s, c, CaseStatus::Resolved, mins(4)).await;
    let cases = |within: SearchFilter| {
        let s = s.clone();
        async move {
            let hits = s.search("valise", &within, 10).await.unwrap();
            hits.into_iter().map(|h| h.case_id).collect::<Vec<_>>()
        }
    };
    assert_eq!(
        cases(SearchFilter::default()).await,
        [c, b, a],
        "every status, resolved too"
    );
    let all = SearchFilter::default;
    let one_community = SearchFilter {
        community: Some(lk_fr.id),
        ..all()
    };
    assert_eq!(cases(one_community.clone()).await, [a], "one community");
    let one_brand = SearchFilter {
        brand: Some(lk_fr.brand_id),
        ..all()
    };
    assert_eq!(cases(one_brand).await, [b, a], "one brand");
    let one_locale = SearchFilter {
        locale: Some(lk_fr.locale.clone()),
        ..all()
    };
    assert_eq!(cases(one_locale).await, [c, a], "one locale");
    let statuses = SearchFilter {
        statuses: vec![CaseStatus::New, CaseStatus::Open],
        ..all()
    };
    assert_eq!(cases(statuses).await, [b, a], "the statuses asked");
    let resolved = SearchFilter {
        statuses: vec![CaseStatus::Resolved],
        ..all()
    };
    assert_eq!(cases(resolved).await, [c], "resolved only");
    let unassigned = SearchFilter {
        assignee: AssigneeFilter::Unassigned,
        ..all()
    };
    assert_eq!(cases(unassigned).await, [c, a], "unassigned");
    let agents = SearchFilter {
        assignee: AssigneeFilter::Agent(agent.id),
        ..all()
    };
    assert_eq!(cases(agents).await, [b], "one agent's");
    let everything = SearchFilter {
        community: Some(lk_de.id),
        statuses: vec![CaseStatus::Resolved],
        ..all()
    };
    assert!(
        cases(everything).await.is_empty(),
        "every narrowing at once"
    );
    assert_eq!(
        s.search("valise", &one_community, 1).await.unwrap().len(),
        1,
        "the limit holds when narrowed"
    );
}

pub(super) async fn search_input_with_query_syntax_is_taken_as_words(s: Arc<dyn Store>) {
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
        let hits = s.search(q, &SearchFilter::default(), 10).await;
        assert!(hits.is_ok(), "{q:?} failed: {hits:?}");
    }
    assert_eq!(
        s.search("(perdu)", &SearchFilter::default(), 10)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        s.thread(CaseId(1)).await.map(|t| t.len()).unwrap_or(1),
        1,
        "messages are intact"
    );
}

pub(super) async fn the_queue_count_matches_the_filter_without_paging(s: Arc<dyn Store>) {
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

pub(super) async fn a_customers_cases_are_listed_newest_first(s: Arc<dyn Store>) {
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

pub(super) async fn sla_crossings_name_cases_whose_clock_passed_a_threshold(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let early = receive(&*s, &inbound(&c, "a", "a", "un", mins(0))).await; // risk 09:45, due 10:00
    let late = receive(&*s, &inbound(&c, "b", "b", "deux", mins(30))).await; // risk 10:15, due 10:30
    let ids = |rows: Vec<QueueRow>| {
        rows.into_iter()
            .map(|r| (r.id, r.sla_state))
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
