//! What several processes on one desk rely on: being handed different
//! cases, a change log that can be waited on and pruned, one sender.

use super::*;

fn assign_to(
    agent: switchboard_domain::AgentId,
) -> impl Fn(&switchboard_domain::Case) -> Result<CaseChange, DomainError> {
    move |c| {
        let mut next = c.clone();
        next.assignee_id = Some(agent);
        Ok(CaseChange {
            case: next,
            message: None,
            audit: None,
        })
    }
}

pub(super) async fn next_case_hands_the_most_urgent_unassigned_case_once(s: Arc<dyn Store>) {
    let a = community(&*s, "Lakeline", "fr-CH", "1").await;
    let b = community(&*s, "Lakeline", "de-CH", "2").await;
    let agent = s
        .add_agent(&NewAgent {
            name: "Mia Keller".into(),
            initials: "MK".into(),
            email: "mia@example.com".into(),
        })
        .await
        .unwrap();
    // Oldest first is most urgent (the first-response clocks run from
    // arrival); the second case of `a` came last.
    let first = receive(&*s, &inbound(&a, "1", "t1", "Vol annulé", mins(0))).await;
    let on_b = receive(&*s, &inbound(&b, "2", "t2", "Koffer weg", mins(5))).await;
    let last = receive(&*s, &inbound(&a, "3", "t3", "Remboursement", mins(10))).await;
    let claim = assign_to(agent.id);

    let only_b = s.next_case(&[b.id], &claim).await.unwrap().unwrap();
    assert_eq!(only_b.id, on_b, "the community filter holds");
    assert_eq!(only_b.assignee_id, Some(agent.id));
    let got = s.next_case(&[], &claim).await.unwrap().unwrap();
    assert_eq!(got.id, first, "the most urgent unassigned case");
    let got = s.next_case(&[a.id, b.id], &claim).await.unwrap().unwrap();
    assert_eq!(got.id, last);
    assert!(
        s.next_case(&[], &claim).await.unwrap().is_none(),
        "every open case has someone"
    );
    let log = s.changes_since(0, 10_000).await.unwrap();
    assert!(
        log.iter()
            .any(|r| r.entity == ChangeEntity::Case && r.id == last.0),
        "a case handed out is in the change log"
    );
}

pub(super) async fn the_change_log_is_pruned_without_losing_its_end(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    receive(&*s, &inbound(&c, "1", "t1", "Bonjour", mins(0))).await;
    let end = s.latest_change().await.unwrap();
    let log = s.changes_since(0, 10_000).await.unwrap();
    assert_eq!(
        log.last().map(|r| r.seq),
        Some(end),
        "the end without a scan"
    );
    assert!(
        log.iter().any(|r| r.entity == ChangeEntity::Message),
        "each message has its entry: {log:?}"
    );
    // Entries are stamped when they commit; all of them are older than
    // a minute from now.
    let gone = s
        .prune_changes(Utc::now() + Duration::minutes(1))
        .await
        .unwrap();
    assert_eq!(gone as usize, log.len());
    assert!(s.changes_since(0, 10).await.unwrap().is_empty());
    assert_eq!(s.latest_change().await.unwrap(), end, "numbers go on");
    assert_eq!(
        s.workspace_note("changes_pruned_through").await.unwrap(),
        Some(end.to_string())
    );
    receive(&*s, &inbound(&c, "2", "t2", "Encore", mins(1))).await;
    let after = s.changes_since(end, 10).await.unwrap();
    assert!(after.first().is_some_and(|r| r.seq > end), "{after:?}");
    assert_eq!(s.prune_changes(t0()).await.unwrap(), 0, "nothing that old");
}

pub(super) async fn a_wait_for_changes_ends_when_a_commit_wrote_some(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let seen = s
        .wait_for_changes(u64::MAX, std::time::Duration::ZERO)
        .await
        .unwrap();
    let writer = {
        let s = s.clone();
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            receive(&*s, &inbound(&c, "1", "t1", "Bonjour", mins(0))).await;
        })
    };
    let now = s
        .wait_for_changes(seen, std::time::Duration::from_secs(20))
        .await
        .unwrap();
    writer.await.unwrap();
    match s.backend() {
        // No notifications: the wait runs out, the count stays.
        "sqlite" => assert_eq!(now, 0),
        _ => assert_ne!(now, seen, "a commit with changes wakes the waiter"),
    }
}

pub(super) async fn the_sender_role_stays_with_the_store_that_holds_it(s: Arc<dyn Store>) {
    let a = community(&*s, "Lakeline", "fr-CH", "1").await;
    let b = community(&*s, "Lakeline", "de-CH", "2").await;
    assert!(s.hold_sender(a.id).await.unwrap());
    assert!(s.hold_sender(b.id).await.unwrap(), "one lock per community");
    assert!(s.hold_sender(a.id).await.unwrap(), "held, not taken again");
}
