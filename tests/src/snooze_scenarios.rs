//! Snoozing through the desk on both backends: a snoozed case waits for
//! the customer, wakes open at its time (once, whoever wakes it), and the
//! customer's answer ends the snooze earlier.

use crate::handoff_scenarios::at;
use crate::scenarios::Scenario;
use std::sync::Arc;
use switchboard_desk::communities::CommunitySpec;
use switchboard_desk::inbound::DirectMessage;
use switchboard_desk::{Clock, Desk};
use switchboard_domain::{CaseStatus, Platform};
use switchboard_store::*;

pub fn all() -> Vec<(&'static str, Scenario)> {
    vec![(
        "a_snoozed_case_wakes_open_at_its_time_or_when_the_customer_answers",
        |s| Box::pin(a_snoozed_case_wakes_open_at_its_time_or_when_the_customer_answers(s)),
    )]
}

async fn message(desk: &Desk, from: &str, text: &str, min: i64) -> switchboard_domain::CaseId {
    desk.receive_direct(&DirectMessage {
        community: "lakeline/de-CH".into(),
        from: from.into(),
        text: text.into(),
        external_id: None,
        at: Some(at(min)),
    })
    .await
    .unwrap()
    .case_id()
}

pub async fn a_snoozed_case_wakes_open_at_its_time_or_when_the_customer_answers(s: Arc<dyn Store>) {
    let desk = |min: i64| Desk::new(s.clone()).with_clock(Clock::Fixed(at(min)));
    desk(0)
        .add_community(&CommunitySpec {
            brand: "Lakeline".into(),
            locale: "de-CH".into(),
            platform: Platform::Facebook,
            page_id: "1".into(),
        })
        .await
        .unwrap();
    let quiet = message(&desk(1), "Jonas Weber", "Wann kommt mein Koffer?", 1).await;
    let talker = message(&desk(1), "Mara Steiner", "Wo ist mein Velo?", 1).await;
    for id in [quiet, talker] {
        let snoozed = desk(2).snooze(id, at(60)).await.unwrap();
        assert_eq!(
            (snoozed.status, snoozed.snoozed_until),
            (CaseStatus::WaitingCustomer, Some(at(60)))
        );
    }
    assert_eq!(
        desk(2).snooze(quiet, at(1)).await.unwrap_err().code(),
        "snooze-not-ahead"
    );
    assert_eq!(
        s.snoozed_due(at(59), 10).await.unwrap(),
        Vec::<switchboard_domain::CaseId>::new()
    );

    // Mara answers first: her case is open, no longer snoozed.
    message(&desk(30), "Mara Steiner", "Hallo? Das Velo!", 30).await;
    let answered = s.case(talker).await.unwrap();
    assert_eq!(
        (answered.status, answered.snoozed_until),
        (CaseStatus::Open, None)
    );

    assert!(
        desk(59).wake_snoozed().await.unwrap().is_empty(),
        "nothing due yet"
    );
    assert_eq!(s.snoozed_due(at(60), 10).await.unwrap(), vec![quiet]);
    let woken = desk(61).wake_snoozed().await.unwrap();
    assert_eq!(woken.iter().map(|c| c.id).collect::<Vec<_>>(), vec![quiet]);
    let back = s.case(quiet).await.unwrap();
    assert_eq!((back.status, back.snoozed_until), (CaseStatus::Open, None));
    assert!(
        desk(62).wake_snoozed().await.unwrap().is_empty(),
        "woken once"
    );
}
