//! Store-suite scenario: the unified queue read as merged per-status ranges
//! gives the same order as one sort of every open case, page after page.

use super::*;

pub(super) async fn the_unified_queue_merges_its_statuses_into_one_order_page_by_page(
    s: Arc<dyn Store>,
) {
    let a = community(&*s, "Lakeline", "fr-CH", "1").await;
    let b = community(&*s, "Summit Air", "de-CH", "2").await;
    let mut ids = Vec::new();
    for i in 0..12i64 {
        let c = if i % 2 == 0 { &a } else { &b };
        // Pairs arrive in the same minute: equal due times, ordered by id.
        let key = format!("t{i}");
        ids.push(
            receive(
                &*s,
                &inbound(c, &key, &key, "Mon vol est annulé", mins(i / 2)),
            )
            .await,
        );
    }
    for (i, id) in ids.iter().enumerate() {
        let at = mins(30 + i as i64);
        match i % 4 {
            1 => reply(&*s, *id, at).await,
            2 => {
                reply(&*s, *id, at).await;
                set_status(&*s, *id, CaseStatus::WaitingCustomer, at).await;
            }
            3 => set_status(&*s, *id, CaseStatus::WaitingExpert, at).await,
            _ => {}
        }
    }
    set_status(&*s, ids[4], CaseStatus::Resolved, mins(50)).await;
    let now = mins(55);
    let mut cases = Vec::new();
    for id in &ids {
        cases.push(s.case(*id).await.unwrap());
    }
    cases.sort_by_key(|c| (Urgency::of(c).key, c.id));

    use CaseStatus::*;
    for statuses in [
        vec![],
        vec![New, Open],
        vec![Open, WaitingCustomer, Open],
        vec![WaitingExpert],
    ] {
        let expected: Vec<CaseId> = cases
            .iter()
            .filter(|c| c.status.is_open())
            .filter(|c| statuses.is_empty() || statuses.contains(&c.status))
            .map(|c| c.id)
            .collect();
        assert!(!expected.is_empty(), "{statuses:?} has cases");
        let mut paged = Vec::new();
        for offset in (0..expected.len() as u32 + 3).step_by(3) {
            let filter = QueueFilter {
                statuses: statuses.clone(),
                limit: 3,
                offset,
                ..QueueFilter::default()
            };
            paged.extend(s.queue(&filter, now).await.unwrap().iter().map(|r| r.id));
        }
        assert_eq!(paged, expected, "pages of 3 for {statuses:?}");
        let filter = QueueFilter {
            statuses: statuses.clone(),
            ..QueueFilter::default()
        };
        assert_eq!(s.queue_count(&filter).await.unwrap(), expected.len() as i64);
    }

    // Each row carries its case's fields and running clock.
    for row in s.queue(&all_open(), now).await.unwrap() {
        let case = s.case(row.id).await.unwrap();
        let running = case.urgency();
        assert_eq!(
            (row.risk_at, row.due_at),
            (running.map(|r| r.0), running.map(|r| r.1)),
            "case {}",
            row.id
        );
        assert_eq!(row.sla_state, case.sla_state(now));
        assert_eq!(
            (row.community_id, row.kind, &row.thread_key, row.status),
            (case.community_id, case.kind, &case.thread_key, case.status)
        );
        assert_eq!(
            (&row.subject, &row.topic, row.assignee_id, row.crisis_id),
            (&case.subject, &case.topic, case.assignee_id, case.crisis_id)
        );
        assert_eq!(
            (row.opened_at, row.last_inbound_at),
            (case.opened_at, case.last_inbound_at)
        );
        let handle = if case.community_id == a.id {
            &a.handle
        } else {
            &b.handle
        };
        assert_eq!(&row.community, handle);
    }
}
