//! Connections, sync cursors and the reply outbox: what the connector keeps
//! in the store, on both backends.

use super::*;
use switchboard_domain::{AgentId, Case, CaseStatus};

fn connection(c: &Community, at: DateTime<Utc>) -> Connection {
    Connection {
        community_id: c.id,
        base_url: "http://127.0.0.1:9/graph".into(),
        human_agent: false,
        poll_secs: 30,
        connected_at: at,
        health: SyncHealth::fresh(),
    }
}

pub(super) async fn agent(s: &dyn Store) -> AgentId {
    s.add_agent(&NewAgent {
        name: "Léa Roux".into(),
        initials: "LR".into(),
        email: "lea@lakeline.test".into(),
    })
    .await
    .unwrap()
    .id
}

pub(super) fn lease(owner: &str, at: DateTime<Utc>) -> Lease {
    Lease {
        owner: owner.into(),
        at,
        until: at + Duration::minutes(2),
    }
}

pub(super) fn new_reply(case: CaseId, agent: AgentId, body: &str, at: DateTime<Utc>) -> NewReply {
    NewReply {
        case_id: case,
        agent_id: agent,
        author: "Léa".into(),
        body: body.into(),
        channel: ReplyChannel::Messenger,
        recipient: "fan-a".into(),
        at,
    }
}

pub(super) async fn a_connection_keeps_its_health_and_cursors_until_it_is_removed(
    s: Arc<dyn Store>,
) {
    let a = community(&*s, "Lakeline", "fr-CH", "1").await;
    let b = community(&*s, "Lakeline", "de-CH", "2").await;
    s.save_connection(&connection(&b, mins(0))).await.unwrap();
    s.save_connection(&connection(&a, mins(1))).await.unwrap();
    let listed = s.connections().await.unwrap();
    assert_eq!(
        listed.iter().map(|c| c.community_id).collect::<Vec<_>>(),
        vec![a.id, b.id],
        "connections come in community order"
    );
    assert_eq!(listed[0], connection(&a, mins(1)));

    let mut again = connection(&a, mins(2));
    again.human_agent = true;
    again.poll_secs = 5;
    s.save_connection(&again).await.unwrap();
    let health = SyncHealth {
        status: SyncStatus::BackingOff,
        last_sync_at: Some(mins(3)),
        last_error: Some(SyncError::new(
            "graph-back-off",
            &[("detail", "(4) Application request limit reached".into())],
        )),
        next_attempt_at: Some(mins(8)),
    };
    s.set_sync_health(a.id, &health).await.unwrap();
    let saved = s.connections().await.unwrap().remove(0);
    assert_eq!((saved.human_agent, saved.poll_secs), (true, 5));
    assert_eq!(saved.health, health, "the health round-trips whole");

    s.save_sync_cursors(
        a.id,
        &[
            ("messenger".into(), Some("c1".into())),
            ("feed".into(), Some("f1".into())),
        ],
    )
    .await
    .unwrap();
    s.save_sync_cursors(b.id, &[("feed".into(), Some("other".into()))])
        .await
        .unwrap();
    s.save_sync_cursors(
        a.id,
        &[
            ("messenger".into(), Some("c2".into())),
            ("feed".into(), None),
        ],
    )
    .await
    .unwrap();
    assert_eq!(
        s.sync_cursors(a.id).await.unwrap(),
        vec![("messenger".to_string(), "c2".to_string())],
        "a cursor is replaced, and None clears one"
    );

    s.remove_connection(a.id).await.unwrap();
    assert_eq!(
        s.connections()
            .await
            .unwrap()
            .iter()
            .map(|c| c.community_id)
            .collect::<Vec<_>>(),
        vec![b.id]
    );
    assert!(
        s.sync_cursors(a.id).await.unwrap().is_empty(),
        "its cursors go"
    );
    assert_eq!(s.sync_cursors(b.id).await.unwrap().len(), 1, "others stay");
}

pub(super) async fn a_refused_reply_waits_is_retried_and_is_sent_once(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let case = receive(&*s, &inbound(&c, "m1", "a", "Où est ma valise ?", mins(0))).await;
    let me = agent(&*s).await;
    let item = s
        .enqueue_reply(&new_reply(case, me, "Nous la cherchons.", mins(1)))
        .await
        .unwrap();
    assert_eq!((item.state, item.attempts), (OutboxState::Pending, 0));
    assert_eq!(s.outbox_item(item.id).await.unwrap(), item);
    assert_eq!(
        s.outbox_in_state(OutboxState::Pending, 10).await.unwrap(),
        vec![item.clone()]
    );

    assert!(s.claim_reply(item.id, &lease("a", mins(2))).await.unwrap());
    assert!(
        !s.claim_reply(item.id, &lease("a", mins(2))).await.unwrap(),
        "a reply being sent cannot be claimed twice"
    );
    let later = s
        .reply_failed(
            item.id,
            "rate-limited",
            &AfterFailure::RetryAt(mins(7)),
            mins(2),
        )
        .await
        .unwrap();
    assert_eq!(later.state, OutboxState::Pending);
    assert_eq!(later.attempts, 1);
    assert_eq!(later.error.as_deref(), Some("rate-limited"));
    assert_eq!(later.next_attempt_at, Some(mins(7)));

    assert!(s.claim_reply(item.id, &lease("a", mins(7))).await.unwrap());
    let failed = s
        .reply_failed(item.id, "refused", &AfterFailure::Fail, mins(7))
        .await
        .unwrap();
    assert_eq!((failed.state, failed.attempts), (OutboxState::Failed, 2));
    assert_eq!(
        s.outbox_in_state(OutboxState::Failed, 10).await.unwrap(),
        vec![failed.clone()]
    );
    assert!(s
        .outbox_in_state(OutboxState::Pending, 10)
        .await
        .unwrap()
        .is_empty());

    let retried = s.retry_reply(item.id, mins(9)).await.unwrap();
    assert_eq!(retried.state, OutboxState::Pending);
    assert_eq!(retried.next_attempt_at, None, "a retry is due at once");
    assert!(s.claim_reply(item.id, &lease("a", mins(9))).await.unwrap());
    let case_after = s
        .reply_sent(item.id, "m_sent_1", &|c| {
            Ok(CaseChange {
                audit: None,
                case: apply_outbound(c, &policy(), mins(9))?,
                message: Some(NewMessage {
                    direction: Direction::Outbound,
                    author: "Léa".into(),
                    body: "Nous la cherchons.".into(),
                    external_id: Some("m_sent_1".into()),
                    created_at: mins(9),
                }),
            })
        })
        .await
        .unwrap();
    assert_eq!(case_after.status, CaseStatus::Open);
    let sent = s.outbox_item(item.id).await.unwrap();
    assert_eq!(
        (sent.state, sent.external_id.as_deref(), sent.error),
        (OutboxState::Sent, Some("m_sent_1"), None)
    );
    assert!(
        s.outbox_of_case(case).await.unwrap().is_empty(),
        "a sent reply leaves the case's outbox"
    );
    let thread = s.thread(case).await.unwrap();
    assert_eq!(
        thread
            .iter()
            .filter(|m| m.direction == Direction::Outbound)
            .count(),
        1
    );
    assert!(
        s.reply_failed(item.id, "late", &AfterFailure::Fail, mins(10))
            .await
            .map(|i| i.state)
            .unwrap_or(OutboxState::Sent)
            == OutboxState::Sent,
        "a failure reported after the send does not undo it"
    );
}

pub(super) async fn a_withdrawn_or_undeliverable_reply_goes_back_to_the_draft(s: Arc<dyn Store>) {
    let c = community(&*s, "Summit Air", "de-CH", "1").await;
    let case = receive(&*s, &inbound(&c, "m1", "a", "Wo ist mein Koffer?", mins(0))).await;
    let me = agent(&*s).await;
    let first = s
        .enqueue_reply(&new_reply(case, me, "Wir suchen ihn.", mins(1)))
        .await
        .unwrap();
    let second = s
        .enqueue_reply(&new_reply(
            case,
            me,
            "Bitte senden Sie uns die Nummer.",
            mins(2),
        ))
        .await
        .unwrap();
    assert_eq!(
        s.outbox_of_case(case)
            .await
            .unwrap()
            .iter()
            .map(|i| i.id)
            .collect::<Vec<_>>(),
        vec![first.id, second.id],
        "oldest first"
    );

    s.withdraw_reply(first.id, mins(3)).await.unwrap();
    assert!(matches!(
        s.outbox_item(first.id).await,
        Err(StoreError::NotFound { .. })
    ));
    let draft = s.draft(case, me).await.unwrap().unwrap();
    assert_eq!(draft.body, "Wir suchen ihn.");

    assert!(s
        .claim_reply(second.id, &lease("a", mins(4)))
        .await
        .unwrap());
    assert!(
        matches!(
            s.withdraw_reply(second.id, mins(4)).await,
            Err(StoreError::Conflict { .. })
        ),
        "a reply on its way cannot be withdrawn"
    );
    let outside = s
        .reply_failed(
            second.id,
            "outside-window",
            &AfterFailure::FailToDraft,
            mins(4),
        )
        .await
        .unwrap();
    assert_eq!(outside.state, OutboxState::Failed);
    let draft = s.draft(case, me).await.unwrap().unwrap();
    assert_eq!(
        draft.body, "Wir suchen ihn.\n\nBitte senden Sie uns die Nummer.",
        "the text is appended to what the draft holds"
    );
}

pub(super) async fn bulk_inserted_cases_keep_their_contacts_and_messages(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "en", "1").await;
    let probe = receive(&*s, &inbound(&c, "p", "p", "Hello", mins(0))).await;
    let template = s.case(probe).await.unwrap();
    let message = |i: i64, body: &str| NewMessage {
        direction: if i % 2 == 0 {
            Direction::Inbound
        } else {
            Direction::Outbound
        },
        author: format!("author {i}"),
        body: body.into(),
        external_id: (i % 2 == 0).then(|| format!("bulk-{i}")),
        created_at: mins(10 + i),
    };
    let cases: Vec<BulkCase> = (0..3)
        .map(|n| BulkCase {
            case: Case {
                thread_key: format!("bulk-thread-{n}"),
                ..template.clone()
            },
            contact_external_id: format!("bulk-fan-{n}"),
            contact_name: format!("Bulk Fan {n}"),
            messages: (0..4)
                .map(|i| message(n * 10 + i, &format!("message {i} of case {n}")))
                .collect(),
        })
        .collect();
    // Two more: one by the first fan under a new name, one by the fan who
    // wrote before (an existing contact).
    let mut cases = cases;
    cases.push(BulkCase {
        case: Case {
            thread_key: "bulk-thread-3".into(),
            ..template.clone()
        },
        contact_external_id: "bulk-fan-0".into(),
        contact_name: "Bulk Fan Renamed".into(),
        messages: vec![message(40, "message 0 of case 3")],
    });
    cases.push(BulkCase {
        case: Case {
            thread_key: "bulk-thread-4".into(),
            ..template.clone()
        },
        contact_external_id: "fan-p".into(),
        contact_name: "Fan p".into(),
        messages: vec![message(50, "message 0 of case 4")],
    });
    let ids = s.bulk_insert(&cases).await.unwrap();
    assert_eq!(ids.len(), 5);
    let (first, renamed, known) = (
        s.case(ids[0]).await.unwrap(),
        s.case(ids[3]).await.unwrap(),
        s.case(ids[4]).await.unwrap(),
    );
    assert_eq!(first.contact_id, renamed.contact_id, "one contact per fan");
    let rows = s.queue(&all_open(), mins(60)).await.unwrap();
    for id in [ids[0], ids[3]] {
        let row = rows.iter().find(|r| r.id == id);
        assert_eq!(
            row.map(|r| r.contact_name.as_str()),
            Some("Bulk Fan Renamed"),
            "the fan's last name in the batch, on each of their cases"
        );
    }
    assert_eq!(
        known.contact_id, template.contact_id,
        "a fan seen before keeps theirs"
    );
    let ids = &ids[..3];
    for (n, id) in ids.iter().enumerate() {
        let case = s.case(*id).await.unwrap();
        assert_eq!(case.thread_key, format!("bulk-thread-{n}"));
        assert_ne!(case.contact_id, template.contact_id, "each has its contact");
        let bodies: Vec<String> = s
            .thread(*id)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.body)
            .collect();
        assert_eq!(
            bodies,
            (0..4)
                .map(|i| format!("message {i} of case {n}"))
                .collect::<Vec<_>>()
        );
    }
    let hits = s
        .search("case", &SearchFilter::default(), 50)
        .await
        .unwrap();
    assert_eq!(hits.len(), 14, "bulk messages are searchable");
}

pub(super) async fn a_reply_on_its_way_is_held_by_its_lease_until_it_runs_out(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let case = receive(&*s, &inbound(&c, "m1", "a", "Mon vol ?", mins(0))).await;
    let me = agent(&*s).await;
    let item = s
        .enqueue_reply(&new_reply(case, me, "Il part à 14 h.", mins(1)))
        .await
        .unwrap();
    assert!(s
        .claim_reply(item.id, &lease("window", mins(1)))
        .await
        .unwrap());
    let held = s.outbox_item(item.id).await.unwrap();
    assert_eq!(held.lease_owner.as_deref(), Some("window"));
    assert_eq!(held.lease_until, Some(mins(3)));

    assert!(
        !s.claim_reply(item.id, &lease("sync", mins(2)))
            .await
            .unwrap(),
        "another sender cannot claim it"
    );
    assert!(
        !s.take_stale_reply(item.id, &lease("sync", mins(2)))
            .await
            .unwrap(),
        "nor take it over while the lease runs"
    );
    assert!(
        matches!(
            s.retry_reply(item.id, mins(2)).await,
            Err(StoreError::Conflict { .. })
        ),
        "nor send it again by hand"
    );

    assert!(
        s.take_stale_reply(item.id, &lease("sync", mins(4)))
            .await
            .unwrap(),
        "once the lease ran out, one sender takes it over"
    );
    assert!(
        !s.take_stale_reply(item.id, &lease("serve", mins(4)))
            .await
            .unwrap(),
        "and only one"
    );
    let taken = s.outbox_item(item.id).await.unwrap();
    assert_eq!(taken.lease_owner.as_deref(), Some("sync"));
    assert_eq!((taken.state, taken.attempts), (OutboxState::Sending, 1));

    let back = s
        .reply_failed(
            item.id,
            "interrupted",
            &AfterFailure::RetryAt(mins(4)),
            mins(4),
        )
        .await
        .unwrap();
    assert_eq!(back.state, OutboxState::Pending);
    assert_eq!((back.lease_owner, back.lease_until), (None, None));
    assert!(
        !s.take_stale_reply(item.id, &lease("serve", mins(9)))
            .await
            .unwrap(),
        "a pending reply is claimed, not taken over"
    );
}
