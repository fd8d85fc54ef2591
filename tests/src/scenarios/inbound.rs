//! Store-suite scenarios: inbound messages: idempotent, threaded, reopening or following up.

use super::*;

pub(super) async fn the_same_inbound_message_stored_twice_is_stored_once(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let m = inbound(&c, "m_1", "t1", "Mon bagage est perdu", mins(0));
    let first = s.record_inbound(&m, &policy(), None).await.unwrap();
    let second = s.record_inbound(&m, &policy(), None).await.unwrap();
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

pub(super) async fn concurrent_deliveries_of_one_message_store_it_once(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let m = inbound(&c, "m_race", "race", "Vol annulé ?", mins(0));
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let (s, m) = (s.clone(), m.clone());
        tasks.push(tokio::spawn(async move {
            s.record_inbound(&m, &policy(), None).await
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
    assert_eq!(s.thread(queue[0].id).await.unwrap().len(), 1, "one message");
}

pub(super) async fn a_new_message_on_a_live_thread_joins_its_case(s: Arc<dyn Store>) {
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

pub(super) async fn a_message_within_seven_days_of_resolution_reopens_the_case(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "en", "1").await;
    let id = receive(&*s, &inbound(&c, "m1", "t", "Where is my bag?", mins(0))).await;
    reply(&*s, id, mins(10)).await;
    set_status(&*s, id, CaseStatus::Resolved, mins(20)).await;
    let later = mins(20) + Duration::days(6);
    let outcome = s
        .record_inbound(
            &inbound(&c, "m2", "t", "Still no bag", later),
            &policy(),
            None,
        )
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

pub(super) async fn a_message_after_seven_days_opens_a_new_case_linked_to_the_old(
    s: Arc<dyn Store>,
) {
    let c = community(&*s, "Lakeline", "en", "1").await;
    let id = receive(&*s, &inbound(&c, "m1", "t", "Refund please", mins(0))).await;
    reply(&*s, id, mins(10)).await;
    set_status(&*s, id, CaseStatus::Resolved, mins(20)).await;
    let later = mins(20) + Duration::days(7);
    let outcome = s
        .record_inbound(
            &inbound(&c, "m2", "t", "Another question", later),
            &policy(),
            None,
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

pub(crate) async fn a_message_with_a_nul_character_is_stored_with_the_rest_of_its_text(
    s: Arc<dyn Store>,
) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let mut m = inbound(&c, "nul\0id", "t\0", "Bonjour\0 ma valise", mins(0));
    m.contact_name = "Ré\0mi".into();
    let first = s.record_inbound(&m, &policy(), None).await.unwrap();
    let again = s.record_inbound(&m, &policy(), None).await.unwrap();
    assert!(
        matches!(again, InboundOutcome::Duplicate { .. }),
        "the same message again is the same message: {again:?}"
    );
    let thread = s.thread(first.case_id()).await.unwrap();
    assert_eq!(thread.len(), 1);
    assert_eq!(thread[0].body, "Bonjour\u{FFFD} ma valise");
    assert_eq!(thread[0].author, "Ré\u{FFFD}mi");
    let hits = s
        .search("valise", &SearchFilter::default(), 10)
        .await
        .unwrap();
    assert_eq!(hits.len(), 1, "the rest of the text is searchable");
}

pub(super) async fn open_case_texts_are_the_first_customer_messages_of_open_cases(
    s: Arc<dyn Store>,
) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let de = community(&*s, "Lakeline", "de-CH", "2").await;
    let a = receive(&*s, &inbound(&fr, "a1", "a", "Mon vol est annulé", mins(0))).await;
    reply(&*s, a, mins(1)).await;
    receive(&*s, &inbound(&fr, "a2", "a", "Et mon bagage ?", mins(2))).await;
    receive(&*s, &inbound(&fr, "a3", "a", "Toujours rien", mins(3))).await;
    let done = receive(&*s, &inbound(&fr, "d1", "d", "Merci !", mins(4))).await;
    set_status(&*s, done, CaseStatus::Resolved, mins(5)).await;
    let long = "é".repeat(OPEN_CASE_TEXT_CHARS as usize + 500);
    let b = receive(&*s, &inbound(&de, "b1", "b", &long, mins(6))).await;

    let all = s.open_case_texts(&[], 100, 2).await.unwrap();
    let got: Vec<(CaseId, _, Vec<usize>)> = all
        .iter()
        .map(|t| {
            let lens = t.messages.iter().map(|m| m.chars().count()).collect();
            (t.case_id, t.community_id, lens)
        })
        .collect();
    assert_eq!(
        got,
        [
            (a, fr.id, vec![18, 15]),
            (b, de.id, vec![OPEN_CASE_TEXT_CHARS as usize]),
        ],
        "open cases by id, inbound messages only, the first two, each cut"
    );
    assert_eq!(all[0].messages, ["Mon vol est annulé", "Et mon bagage ?"]);

    let german = s.open_case_texts(&[de.id], 100, 5).await.unwrap();
    assert_eq!(german.iter().map(|t| t.case_id).collect::<Vec<_>>(), [b]);
    let newest = s.open_case_texts(&[], 1, 5).await.unwrap();
    assert_eq!(newest.iter().map(|t| t.case_id).collect::<Vec<_>>(), [b]);
    let none = s.open_case_texts(&[fr.id], 100, 0).await.unwrap();
    assert!(none.is_empty(), "no message asked for: {none:?}");

    let some = s
        .case_texts(&[done, b, a, CaseId(999_999)], 1)
        .await
        .unwrap();
    assert_eq!(
        some.iter().map(|t| t.case_id).collect::<Vec<_>>(),
        [a, b],
        "the open ones among those named, by id"
    );
    assert_eq!(some[0].messages, ["Mon vol est annulé"]);
    assert!(s.case_texts(&[], 3).await.unwrap().is_empty());
}

/// The desk answered the case privately: the fan's Messenger id is on it.
async fn answered_privately(s: &dyn Store, case: CaseId, psid: &str) {
    s.change_case(case, &|k| {
        Ok(CaseChange {
            audit: None,
            case: switchboard_domain::Case {
                private_psid: Some(psid.into()),
                ..k.clone()
            },
            message: None,
        })
    })
    .await
    .unwrap();
}

pub(super) async fn a_fans_messenger_answer_to_a_private_reply_joins_the_comments_case(
    s: Arc<dyn Store>,
) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let comment = InboundMessage {
        kind: CaseKind::Comment,
        contact_external_id: "psid-7".into(),
        ..inbound(&c, "c1", "post-1_c1", "Mon vol LK 12 ?", mins(0))
    };
    let from_comment = receive(&*s, &comment).await;
    answered_privately(&*s, from_comment, "psid-7").await;
    let answer = InboundMessage {
        contact_external_id: "psid-7".into(),
        ..inbound(&c, "m1", "t_psid-7", "Merci, voici ma réservation", mins(3))
    };
    assert_eq!(
        receive(&*s, &answer).await,
        from_comment,
        "joins the comment's case"
    );
    // Once the conversation has a case of its own thread, that one comes first.
    let own = receive(
        &*s,
        &inbound(&c, "m2", "t_other", "Autre question", mins(4)),
    )
    .await;
    answered_privately(&*s, own, "fan-t_other").await;
    let next = receive(&*s, &inbound(&c, "m3", "t_other", "Et encore", mins(5))).await;
    assert_eq!(next, own);
    let comments_thread = s.thread(from_comment).await.unwrap();
    assert_eq!(
        comments_thread.len(),
        2,
        "the comment and the Messenger answer"
    );
}

pub(super) async fn a_fan_who_changed_their_name_keeps_one_contact_under_the_new_name(
    s: Arc<dyn Store>,
) {
    let c = community(&*s, "Lakeline", "en", "1").await;
    let first = receive(&*s, &inbound(&c, "m1", "t", "Hello", mins(0))).await;
    let renamed = InboundMessage {
        contact_name: "Ana Fan".into(),
        ..inbound(&c, "m2", "t", "Still waiting", mins(2))
    };
    assert_eq!(receive(&*s, &renamed).await, first);
    let again = InboundMessage {
        contact_external_id: "fan-t".into(),
        contact_name: "Ana Fan".into(),
        ..inbound(&c, "m3", "t2", "Another thing", mins(3))
    };
    let again = receive(&*s, &again).await;
    assert_ne!(again, first, "another thread, another case");
    let (a, b) = (s.case(first).await.unwrap(), s.case(again).await.unwrap());
    assert_eq!(a.contact_id, b.contact_id, "one contact for the fan");
    let rows = s.queue(&all_open(), mins(4)).await.unwrap();
    let names: Vec<&str> = rows.iter().map(|r| r.contact_name.as_str()).collect();
    assert!(
        names.len() == 2 && names.iter().all(|n| *n == "Ana Fan"),
        "the latest name given wins: {names:?}"
    );
    // Renamed once more in the first thread: the other case follows.
    let later = InboundMessage {
        contact_name: "Ana B. Fan".into(),
        ..inbound(&c, "m4", "t", "Any news?", mins(5))
    };
    assert_eq!(receive(&*s, &later).await, first);
    for filter in [all_open(), community_queue(c.id)] {
        let rows = s.queue(&filter, mins(6)).await.unwrap();
        let names: Vec<&str> = rows.iter().map(|r| r.contact_name.as_str()).collect();
        assert_eq!(names, ["Ana B. Fan", "Ana B. Fan"], "{filter:?}");
    }
}

pub(super) async fn a_message_for_a_community_that_does_not_exist_is_refused_and_stores_nothing(
    s: Arc<dyn Store>,
) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let mut gone = c.clone();
    gone.id = switchboard_domain::CommunityId(c.id.0 + 1_000);
    let m = inbound(&gone, "m_gone", "t_gone", "Mon bagage est perdu", mins(0));
    let e = s.record_inbound(&m, &policy(), None).await.unwrap_err();
    assert!(
        matches!(
            e,
            StoreError::NotFound {
                what: "community",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(s.queue(&all_open(), mins(1)).await.unwrap().is_empty());
    // The desk goes on: the next message, for a community that exists, is stored.
    let ok = inbound(&c, "m_here", "t_here", "Mon vol est annulé", mins(1));
    let stored = s.record_inbound(&ok, &policy(), None).await.unwrap();
    assert_eq!(s.thread(stored.case_id()).await.unwrap().len(), 1);
    assert_eq!(s.queue(&all_open(), mins(2)).await.unwrap().len(), 1);
}
