//! The connector against the fake Graph server over loopback HTTP, on a
//! real SQLite workspace: polling in pages, every error code as the desk
//! must act on it, a token that dies mid-sync, a sync cut short and
//! resumed, the outbox and its reconciliation after a crash, and a planted
//! token that must appear nowhere.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;

#[tokio::test]
async fn conversations_over_several_pages_become_cases_once_even_when_synced_twice() {
    let w = World::new().await;
    w.fake.set_page_size(2);
    let expected = fans(&w, 7, 5);
    let c = w.connect().await;
    let r = c.tick().await.unwrap();
    assert_eq!(r.stored, 35);
    assert_eq!(w.messages(Direction::Inbound).await, expected);
    // Names come from the poll; each fan has one case.
    let queue = w.queue().await;
    assert_eq!(queue.len(), 7);
    assert!(queue.iter().all(|r| r.contact_name.starts_with("Fan ")));
    w.due_now().await;
    let again = c.tick().await.unwrap();
    assert_eq!(again.stored, 0, "a second pass records nothing");
    assert_eq!(w.messages(Direction::Inbound).await.len(), 35);
    // New activity is found on the next pass.
    w.fake
        .fan_writes(PAGE, "psid-3", "Fan 3", "Encore une question");
    w.due_now().await;
    assert_eq!(c.tick().await.unwrap().stored, 1);
    assert_eq!(w.status().await, SyncStatus::Ok);
}

#[tokio::test]
async fn comments_and_visitor_posts_from_the_feed_become_cases() {
    let w = World::new().await;
    w.fake.set_page_size(2);
    let now = switchboard_meta::fake::graph_time(chrono::Utc::now());
    w.fake.add_post(
        PAGE,
        FakePost {
            id: format!("{PAGE}_1"),
            from_id: PAGE.into(),
            from_name: "Lakeline".into(),
            message: "Horaires d'hiver".into(),
            created_time: now.clone(),
            comments: (0..5)
                .map(|n| FakeComment {
                    id: format!("{PAGE}_1_{n}"),
                    parent_id: None,
                    from_id: format!("fan-{n}"),
                    from_name: format!("Commentateur {n}"),
                    message: format!("Commentaire {n}"),
                    created_time: now.clone(),
                })
                .collect(),
        },
    );
    w.fake.add_post(
        PAGE,
        FakePost {
            id: format!("{PAGE}_2"),
            from_id: "visitor-1".into(),
            from_name: "Visiteuse".into(),
            message: "Où est mon remboursement ?".into(),
            created_time: now.clone(),
            comments: Vec::new(),
        },
    );
    let c = w.connect().await;
    assert_eq!(c.tick().await.unwrap().stored, 6);
    let queue = w.queue().await;
    assert_eq!(queue.len(), 6, "five comment threads and one visitor post");
    // A reply from the desk goes under the comment, on the page.
    let case = queue
        .iter()
        .find(|r| r.contact_name == "Commentateur 2")
        .unwrap()
        .id;
    let out = w
        .desk
        .send_reply(case, &w.agent, "Merci, nous regardons.")
        .await
        .unwrap();
    assert!(matches!(out, SendOutcome::Queued { .. }));
    assert_eq!(c.tick().await.unwrap().sent, 1);
    let sent = w.fake.sent(PAGE);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].to, format!("{PAGE}_1_2"));
    // Our own comment, polled back, is not a new message.
    w.due_now().await;
    assert_eq!(c.tick().await.unwrap().stored, 0);
}

#[tokio::test]
async fn each_error_code_leads_to_what_the_desk_must_do_and_loses_nothing() {
    let w = World::new().await;
    let expected = fans(&w, 2, 2);
    let c = w.connect().await;
    for (code, status) in [
        (4, SyncStatus::BackingOff),
        (17, SyncStatus::BackingOff),
        (32, SyncStatus::BackingOff),
        (613, SyncStatus::BackingOff),
        (100, SyncStatus::Failing),
        (190, SyncStatus::NeedsReauth),
    ] {
        w.fake.fail_next(Failure::Error {
            status: 400,
            code,
            subcode: None,
        });
        w.due_now().await;
        c.tick().await.unwrap();
        assert_eq!(w.status().await, status, "code {code}");
        let conn = &w.store.connections().await.unwrap()[0];
        if status == SyncStatus::NeedsReauth {
            assert_eq!(conn.health.next_attempt_at, None);
            // Nothing is polled until the page is connected again.
            let calls = w.fake.calls();
            c.tick().await.unwrap();
            assert_eq!(w.fake.calls(), calls);
        } else {
            assert!(conn.health.next_attempt_at.unwrap() > w.desk.now());
        }
        assert!(w.messages(Direction::Inbound).await.is_empty());
    }
    // A quota header at 95 % backs off too; what it came with is read again
    // after the wait.
    w.connect().await;
    w.fake.fail_next(Failure::AppUsage(
        r#"{"call_count":96,"total_time":10,"total_cputime":10}"#.into(),
    ));
    c.tick().await.unwrap();
    assert_eq!(w.status().await, SyncStatus::BackingOff);
    w.due_now().await;
    c.tick().await.unwrap();
    assert_eq!(w.status().await, SyncStatus::Ok);
    assert_eq!(w.messages(Direction::Inbound).await, expected);
}

#[tokio::test]
async fn a_token_that_dies_mid_sync_keeps_the_cursor_and_the_new_token_resumes_there() {
    let w = World::new().await;
    w.fake.set_page_size(2);
    let expected = fans(&w, 6, 1);
    let c = w.connect().await;
    // The first page of conversations and its two conversations go
    // through; the next call says the token died (the owner changed the
    // password).
    for _ in 0..3 {
        w.fake.fail_next(Failure::AppUsage("{}".into()));
    }
    w.fake.fail_next(Failure::Error {
        status: 400,
        code: 190,
        subcode: Some(460),
    });
    c.tick().await.unwrap();
    assert_eq!(w.status().await, SyncStatus::NeedsReauth);
    assert_eq!(w.messages(Direction::Inbound).await.len(), 2);
    // Connected again, the sync resumes at the stored cursor: the first
    // page is not read again (2 pages of 2 conversations: 2 lists and 4
    // conversations; then the empty feed).
    let id = w
        .desk
        .community_by_handle("lakeline/fr-CH")
        .await
        .unwrap()
        .id;
    c.connect_page(id, &w.fake.base_url(), &Secret::new(TOKEN), false, 60)
        .await
        .unwrap();
    let calls = w.fake.calls();
    c.tick().await.unwrap();
    assert_eq!(w.fake.calls() - calls, 7);
    assert_eq!(w.status().await, SyncStatus::Ok);
    assert_eq!(w.messages(Direction::Inbound).await, expected);
}

#[tokio::test]
async fn a_sync_cut_short_several_times_resumes_in_a_new_process_with_nothing_lost_or_doubled() {
    let w = World::new().await;
    w.fake.set_page_size(3);
    w.fake.set_delay(std::time::Duration::from_millis(20));
    let expected = fans(&w, 12, 3);
    let c = w.connect().await;
    // The sync is cut at several points (the connection drops: Meta
    // answers 500); each pass commits what it read and where it stopped.
    for cut_after in [4usize, 5, 6] {
        for _ in 0..cut_after {
            w.fake.fail_next(Failure::AppUsage("{}".into()));
        }
        w.fake.fail_next(Failure::Error {
            status: 500,
            code: 2,
            subcode: None,
        });
        c.tick().await.unwrap();
        assert_eq!(w.status().await, SyncStatus::Failing);
        w.due_now().await;
    }
    let stored_so_far = w.messages(Direction::Inbound).await.len();
    assert!(
        stored_so_far < 36,
        "the cuts left work to do ({stored_so_far})"
    );
    // A new process on the same file.
    let desk = open(&w.path).await;
    let restarted = w.connector(&desk);
    w.due_now().await;
    restarted.tick().await.unwrap();
    assert_eq!(w.messages(Direction::Inbound).await, expected);
    let queue = w
        .store
        .queue(&Default::default(), desk.now())
        .await
        .unwrap();
    assert_eq!(queue.len(), 12, "one case per fan");
}

#[tokio::test]
async fn a_reply_is_pending_before_the_call_then_sent_once_with_the_platform_id() {
    let w = World::new().await;
    fans(&w, 1, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let case = w.queue().await[0].id;
    w.desk
        .save_draft(case, w.agent.id, "Bonjour Fan 0")
        .await
        .unwrap();
    let SendOutcome::Queued { item } = w
        .desk
        .send_reply(case, &w.agent, "Bonjour Fan 0")
        .await
        .unwrap()
    else {
        panic!("not queued")
    };
    assert_eq!(item.state, OutboxState::Pending);
    assert_eq!(w.desk.draft(case, w.agent.id).await.unwrap(), None);
    assert!(
        w.fake.sent(PAGE).is_empty(),
        "nothing sent before the connector runs"
    );
    // Meta refuses once with a clear error: it stays visible, then a retry
    // sends it.
    w.fake.fail_next(Failure::Error {
        status: 400,
        code: 100,
        subcode: None,
    });
    c.tick().await.unwrap();
    let failed = w.desk.unsent_replies(case).await.unwrap();
    assert_eq!(failed[0].state, OutboxState::Failed);
    assert!(failed[0]
        .error
        .as_deref()
        .unwrap()
        .starts_with("rejected:100"));
    w.desk.retry_reply(item.id).await.unwrap();
    c.tick().await.unwrap();
    assert!(w.desk.unsent_replies(case).await.unwrap().is_empty());
    let sent = w.fake.sent(PAGE);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].messaging_type.as_deref(), Some("RESPONSE"));
    let thread = w.store.thread(case).await.unwrap();
    let ours = thread
        .iter()
        .find(|m| m.direction == Direction::Outbound)
        .unwrap();
    assert_eq!(ours.external_id.as_deref(), Some(sent[0].id.as_str()));
    assert!(w
        .store
        .case(case)
        .await
        .unwrap()
        .sla
        .first_response_at
        .is_some());
}

#[tokio::test]
async fn outside_the_window_the_text_goes_back_to_the_draft() {
    let w = World::new().await;
    fans(&w, 1, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let case = w.queue().await[0].id;
    w.desk
        .send_reply(case, &w.agent, "Votre valise arrive")
        .await
        .unwrap();
    w.fake.fail_next(Failure::Error {
        status: 400,
        code: 10,
        subcode: Some(2_018_278),
    });
    c.tick().await.unwrap();
    let unsent = w.desk.unsent_replies(case).await.unwrap();
    assert_eq!(unsent[0].error.as_deref(), Some("outside-window"));
    let draft = w.desk.draft(case, w.agent.id).await.unwrap().unwrap();
    assert_eq!(draft.body, "Votre valise arrive");
    assert!(w.fake.sent(PAGE).is_empty());
}

#[tokio::test]
async fn after_a_crash_between_the_send_and_the_mark_start_up_finds_the_reply_instead_of_sending_twice(
) {
    let w = World::new().await;
    fans(&w, 2, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let queue = w.queue().await;
    let (a, b) = (queue[0].id, queue[1].id);
    let SendOutcome::Queued { item: sent_one } =
        w.desk.send_reply(a, &w.agent, "Réponse A").await.unwrap()
    else {
        panic!()
    };
    let SendOutcome::Queued { item: lost_one } =
        w.desk.send_reply(b, &w.agent, "Réponse B").await.unwrap()
    else {
        panic!()
    };
    // A process claimed both three minutes ago; A reached Meta, then the
    // process died before marking either, and its leases ran out.
    let store = &w.store;
    let gone = switchboard_store::Lease {
        owner: "a-process-that-died".into(),
        at: w.desk.now() - chrono::Duration::minutes(3),
        until: w.desk.now() - chrono::Duration::minutes(1),
    };
    assert!(store.claim_reply(sent_one.id, &gone).await.unwrap());
    assert!(store.claim_reply(lost_one.id, &gone).await.unwrap());
    let client = switchboard_meta::graph::GraphClient::new(&w.fake.base_url(), None).unwrap();
    client
        .send_message(
            PAGE,
            TOKEN,
            &sent_one.recipient,
            "Réponse A",
            switchboard_meta::graph::SendAs::Response,
        )
        .await
        .unwrap();
    // Start-up on the same file.
    let desk = open(&w.path).await;
    let restarted = w.connector(&desk);
    assert_eq!(restarted.reconcile_all().await.unwrap(), 1);
    restarted.tick().await.unwrap();
    let sent = w.fake.sent(PAGE);
    let texts: Vec<&str> = sent.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Réponse A", "Réponse B"],
        "A once, B sent after start-up"
    );
    for case in [a, b] {
        assert!(desk.unsent_replies(case).await.unwrap().is_empty());
        let outbound = w
            .store
            .thread(case)
            .await
            .unwrap()
            .into_iter()
            .filter(|m| m.direction == Direction::Outbound)
            .count();
        assert_eq!(outbound, 1);
    }
}

#[tokio::test]
async fn a_planted_page_token_is_nowhere_in_the_database_files() {
    let w = World::new().await;
    fans(&w, 3, 2);
    let c = w.connect().await;
    c.tick().await.unwrap();
    w.fake.fail_next(Failure::Error {
        status: 400,
        code: 190,
        subcode: None,
    });
    w.due_now().await;
    c.tick().await.unwrap();
    let conn = &w.store.connections().await.unwrap()[0];
    assert!(!format!("{conn:?}").contains(TOKEN));
    assert_eq!(
        w.secrets
            .get(&SecretKey::PageToken(PAGE.into()))
            .unwrap()
            .unwrap()
            .expose(),
        TOKEN
    );
    drop(c);
    for entry in std::fs::read_dir(w.path.parent().unwrap()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !bytes
                .windows(TOKEN.len())
                .any(|win| win == TOKEN.as_bytes()),
            "the token is in a workspace file"
        );
    }
}

#[tokio::test]
async fn a_closed_messenger_window_refuses_the_reply_and_keeps_the_draft() {
    let w = World::new().await;
    fans(&w, 1, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let case = w.queue().await[0].id;
    w.desk
        .save_draft(case, w.agent.id, "Trop tard ?")
        .await
        .unwrap();
    let later = w.desk.clone().with_clock(switchboard_desk::Clock::Fixed(
        w.desk.now() + chrono::Duration::hours(25),
    ));
    let err = later
        .send_reply(case, &w.agent, "Trop tard ?")
        .await
        .unwrap_err();
    assert_eq!(err.code(), "window-closed");
    assert_eq!(
        later.draft(case, w.agent.id).await.unwrap().unwrap().body,
        "Trop tard ?"
    );
    assert!(later.unsent_replies(case).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_connector_started_while_another_sends_leaves_its_replies_alone_and_each_leaves_once() {
    let w = World::new().await;
    fans(&w, 4, 1);
    let first = w.connect().await;
    first.tick().await.unwrap();
    let queue = w.queue().await;
    for (n, row) in queue.iter().enumerate() {
        let outcome = w
            .desk
            .send_reply(row.id, &w.agent, &format!("Réponse {n}"))
            .await
            .unwrap();
        assert!(matches!(outcome, SendOutcome::Queued { .. }));
    }
    // Meta answers slowly: the first connector is in the middle of its
    // sends when a second one (another window, `sync`) starts on the file.
    w.fake.set_delay(std::time::Duration::from_millis(300));
    let sending = tokio::spawn(async move { first.tick().await.map(|r| r.sent) });
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    let desk = open(&w.path).await;
    let second = w.connector(&desk);
    assert_eq!(
        second.reconcile_all().await.unwrap(),
        0,
        "a reply on its way is not looked up by another connector"
    );
    let also = second.tick().await.unwrap();
    let sent_first = sending.await.unwrap().unwrap();
    assert_eq!(sent_first + also.sent, 4, "every reply is sent");
    let sent = w.fake.sent(PAGE);
    let mut texts: Vec<&str> = sent.iter().map(|s| s.text.as_str()).collect();
    texts.sort();
    assert_eq!(
        texts,
        ["Réponse 0", "Réponse 1", "Réponse 2", "Réponse 3"],
        "each reply reached the page once"
    );
    for row in &queue {
        let outbound = w
            .store
            .thread(row.id)
            .await
            .unwrap()
            .into_iter()
            .filter(|m| m.direction == Direction::Outbound)
            .count();
        assert_eq!(outbound, 1, "one outbound message per case");
    }
}
