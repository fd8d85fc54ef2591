//! Store-suite scenarios: the page's own messages sent from elsewhere join
//! their case once; our own replies are never recorded twice.

use super::*;

fn page_message(
    c: &Community,
    thread: &str,
    ext: &str,
    body: &str,
    at: DateTime<Utc>,
) -> PageMessage {
    PageMessage {
        community_id: c.id,
        thread_key: thread.to_string(),
        external_id: ext.to_string(),
        author: "Lakeline".into(),
        body: body.to_string(),
        at,
    }
}

async fn record(s: &dyn Store, m: &PageMessage) -> Option<switchboard_domain::Case> {
    let message = NewMessage {
        direction: Direction::Outbound,
        author: m.author.clone(),
        body: m.body.clone(),
        external_id: Some(m.external_id.clone()),
        created_at: m.at,
    };
    let at = m.at;
    s.record_page_message(m, &|c| {
        Ok(CaseChange {
            audit: None,
            case: apply_outbound(c, &policy(), at)?,
            message: Some(message.clone()),
        })
    })
    .await
    .unwrap()
}

pub(super) async fn a_page_message_from_elsewhere_joins_its_case_once_and_stops_the_first_response_clock(
    s: Arc<dyn Store>,
) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "m_1", "m:fan1", "Mon vol ?", mins(0))).await;
    let m = page_message(
        &c,
        "m:fan1",
        "m_page_1",
        "Bonjour, il est maintenu.",
        mins(12),
    );
    let first = record(&*s, &m).await;
    assert_eq!(
        first.map(|k| k.id),
        Some(id),
        "the message joins the thread's case"
    );
    assert_eq!(
        record(&*s, &m).await,
        None,
        "the same platform id a second time changes nothing"
    );
    let case = s.case(id).await.unwrap();
    assert_eq!(
        case.sla.first_response_at,
        Some(mins(12)),
        "the first response is the page's answer, at its time"
    );
    let thread = s.thread(id).await.unwrap();
    assert_eq!(
        thread
            .iter()
            .map(|m| (m.direction, m.external_id.clone()))
            .collect::<Vec<_>>(),
        [
            (Direction::Inbound, Some("m_1".to_string())),
            (Direction::Outbound, Some("m_page_1".to_string()))
        ]
    );
    let stray = page_message(&c, "m:nobody", "m_page_2", "Bonjour !", mins(13));
    assert_eq!(
        record(&*s, &stray).await,
        None,
        "the page writing first opens no case"
    );
    assert_eq!(s.queue(&all_open(), mins(14)).await.unwrap().len(), 1);
}

pub(super) async fn a_page_message_that_is_our_own_reply_is_not_recorded_twice(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let id = receive(&*s, &inbound(&c, "m_1", "m:fan1", "Ma valise ?", mins(0))).await;
    let agent = s
        .add_agent(&NewAgent {
            name: "Léa".into(),
            initials: "LR".into(),
            email: "l@x.test".into(),
        })
        .await
        .unwrap();
    let item = s
        .enqueue_reply(&NewReply {
            case_id: id,
            agent_id: agent.id,
            author: agent.name.clone(),
            body: "Nous la cherchons.".into(),
            channel: ReplyChannel::Messenger,
            recipient: "fan1".into(),
            at: mins(5),
        })
        .await
        .unwrap();
    assert!(s
        .claim_reply(
            item.id,
            &Lease {
                owner: "window".into(),
                at: mins(5),
                until: mins(7)
            }
        )
        .await
        .unwrap());
    // The page's echo arrives while the reply is still being sent.
    let echo = page_message(&c, "m:fan1", "m_ours", " Nous la cherchons.", mins(6));
    assert_eq!(
        record(&*s, &echo).await,
        None,
        "a reply still in the outbox is the outbox's to settle"
    );
    let sent_message = NewMessage {
        direction: Direction::Outbound,
        author: agent.name.clone(),
        body: item.body.clone(),
        external_id: Some("m_ours".into()),
        created_at: mins(6),
    };
    s.reply_sent(item.id, "m_ours", &|k| {
        Ok(CaseChange {
            audit: None,
            case: apply_outbound(k, &policy(), mins(6))?,
            message: Some(sent_message.clone()),
        })
    })
    .await
    .unwrap();
    assert_eq!(
        record(&*s, &echo).await,
        None,
        "a reply marked sent carries its platform id already"
    );
    let outbound = s
        .thread(id)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.direction == Direction::Outbound)
        .count();
    assert_eq!(outbound, 1, "the reply is in the thread once");
}
