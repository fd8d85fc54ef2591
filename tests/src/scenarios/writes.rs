//! Store-suite scenarios: changes to a case: refusals, replies, drafts.

use super::*;

pub(super) async fn a_refused_change_writes_nothing(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "a", "a", "Bonjour", mins(0))).await;
    let before = s.case(id).await.unwrap();
    let result = s
        .change_case(id, &|k| {
            // A transition the state machine refuses: new → new.
            Ok(CaseChange {
                audit: None,
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
                audit: None,
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

pub(super) async fn a_reply_stops_the_first_response_clock(s: Arc<dyn Store>) {
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

pub(super) async fn drafts_are_kept_per_case_and_agent_until_cleared(s: Arc<dyn Store>) {
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

pub(super) async fn a_recorded_reply_clears_the_agents_draft(s: Arc<dyn Store>) {
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
