//! What the page answers from elsewhere (Meta Business Suite) reaches the
//! case through the poll, once; what Switchboard sent is read back by the
//! next poll and not recorded twice.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;

async fn only_case(w: &World) -> switchboard_domain::CaseId {
    let queue = w.queue().await;
    assert_eq!(queue.len(), 1, "one case");
    queue[0].id
}

#[tokio::test]
async fn an_answer_typed_in_business_suite_joins_the_case_once_and_stops_the_first_response_clock()
{
    let w = World::new().await;
    fans(&w, 1, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let case = only_case(&w).await;
    assert!(w
        .store
        .case(case)
        .await
        .unwrap()
        .sla
        .first_response_at
        .is_none());

    let text = "Bonjour, votre vol est maintenu. — Team Lakeline";
    w.fake
        .page_writes(PAGE, "psid-0", text)
        .expect("the fan's conversation");
    w.due_now().await;
    c.tick().await.unwrap();
    assert_eq!(
        w.messages(Direction::Outbound).await,
        [text],
        "the page's answer is in the thread"
    );
    let after = w.store.case(case).await.unwrap();
    assert!(
        after.sla.first_response_at.is_some(),
        "the first response is the page's answer"
    );
    assert_eq!(after.awaiting_reply_since, None);

    // The next polls read it again: still once.
    w.due_now().await;
    c.tick().await.unwrap();
    assert_eq!(w.messages(Direction::Outbound).await.len(), 1);
    assert!(
        w.fake.sent(PAGE).is_empty(),
        "Switchboard itself sent nothing"
    );
}

#[tokio::test]
async fn a_reply_sent_through_the_outbox_and_read_back_by_the_next_poll_is_in_the_thread_once() {
    let w = World::new().await;
    fans(&w, 1, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let case = only_case(&w).await;
    let SendOutcome::Queued { .. } = w
        .desk
        .send_reply(case, &w.agent, "Bonjour Fan 0")
        .await
        .unwrap()
    else {
        panic!("not queued")
    };
    c.tick().await.unwrap();
    assert_eq!(w.fake.sent(PAGE).len(), 1);
    for _ in 0..2 {
        w.due_now().await;
        c.tick().await.unwrap();
    }
    assert_eq!(
        w.messages(Direction::Outbound).await,
        ["Bonjour Fan 0"],
        "sent once, recorded once"
    );
}
