//! The privacy guard through the desk and the connector, against the fake
//! Graph server: a public reply with personal data is held and nothing is
//! stored; sent privately, it goes as the one private reply with a public
//! pointer, once each, and the fan's Messenger answer joins the same case,
//! where replies then go by Messenger; a fan's own phone number in public
//! marks the case and hiding it reaches the page.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use switchboard_desk::privacy::PrivacyError;
use switchboard_desk::DeskError;
use switchboard_domain::privacy::PersonalKind;
use switchboard_domain::window::PrivateReply;
use switchboard_domain::CaseId;
use switchboard_store::ReplyChannel;

/// A fan's comment under the page's post, synced into a case.
async fn commented(w: &World, c: &Connector, fan: &str, text: &str) -> (CaseId, String) {
    if w.fake.page_posts(PAGE).is_empty() {
        w.fake.add_post(
            PAGE,
            FakePost {
                id: format!("{PAGE}_1"),
                from_id: PAGE.into(),
                from_name: "Lakeline".into(),
                message: "Winter timetable".into(),
                created_time: "2026-12-01T08:00:00+0000".into(),
                comments: Vec::new(),
            },
        );
    }
    let comment = w
        .fake
        .fan_comments(&format!("{PAGE}_1"), None, (fan, fan), text)
        .unwrap();
    w.due_now().await;
    c.tick().await.unwrap();
    let case = w
        .queue()
        .await
        .into_iter()
        .find(|r| r.contact_name == fan)
        .unwrap()
        .id;
    (case, comment)
}

#[tokio::test]
async fn a_public_reply_with_a_booking_reference_is_held_and_nothing_leaves() {
    let w = World::new().await;
    let c = w.connect().await;
    let (case, comment) = commented(&w, &c, "Ana Costa", "Where is my refund?").await;
    let outcome = w
        .desk
        .send_reply(
            case,
            &w.agent,
            "Ana, booking K7QX2P was refunded on Monday.",
        )
        .await
        .unwrap();
    let SendOutcome::Personal { hold } = outcome else {
        panic!("held, got {outcome:?}")
    };
    assert_eq!(hold.kinds, [PersonalKind::Booking]);
    assert_eq!(hold.findings[0].text, "K7QX2P");
    assert!(!hold.cleaned.contains("K7QX2P"), "{}", hold.cleaned);
    assert!(matches!(hold.private, Some(PrivateReply::Available { .. })));
    assert!(w.desk.unsent_replies(case).await.unwrap().is_empty());
    c.tick().await.unwrap();
    assert!(w.fake.sent(PAGE).iter().all(|s| s.to != comment));
    let draft = w.desk.draft(case, w.agent.id).await.unwrap().unwrap();
    assert!(draft.body.contains("K7QX2P"), "the text stays as the draft");
}

#[tokio::test]
async fn sent_privately_the_reply_and_a_public_pointer_go_once_and_the_fans_answer_joins_the_case()
{
    let w = World::new().await;
    let c = w.connect().await;
    let (case, comment) = commented(&w, &c, "Ana Costa", "Where is my refund?").await;
    w.desk
        .send_privately(
            case,
            &w.agent,
            "Ana, booking K7QX2P was refunded on Monday.",
        )
        .await
        .unwrap();
    let again = w.desk.send_privately(case, &w.agent, "Once more").await;
    assert!(
        matches!(
            again,
            Err(DeskError::Privacy(PrivacyError::AlreadySent { .. }))
        ),
        "{again:?}"
    );
    c.tick().await.unwrap();
    c.tick().await.unwrap();
    let sent: Vec<_> = w
        .fake
        .sent(PAGE)
        .into_iter()
        .filter(|s| s.to == comment)
        .collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    let private: Vec<_> = sent.iter().filter(|s| s.id.starts_with("m_")).collect();
    assert_eq!(private.len(), 1);
    assert!(private[0].text.contains("K7QX2P"));
    let public: Vec<_> = sent.iter().filter(|s| !s.id.starts_with("m_")).collect();
    assert_eq!(public.len(), 1);
    assert!(
        public[0].text.contains("message privé"),
        "in the page's language: {}",
        public[0].text
    );
    assert!(!public[0].text.contains("K7QX2P"));

    // The fan answers in Messenger: the message joins the case.
    let view = w.desk.open_case(case).await.unwrap();
    assert!(!view.public, "the case is private now");
    w.fake
        .fan_writes(PAGE, "Ana Costa", "Ana Costa", "Merci, je l'ai reçu !");
    w.due_now().await;
    c.tick().await.unwrap();
    let thread = w.store.thread(case).await.unwrap();
    assert!(
        thread.iter().any(|m| m.body == "Merci, je l'ai reçu !"),
        "{thread:?}"
    );
    assert!(
        w.queue()
            .await
            .iter()
            .all(|r| r.id == case || r.contact_name != "Ana Costa"),
        "no second case for the same fan"
    );
    // A reply now goes by Messenger, and the guard no longer holds.
    let outcome = w
        .desk
        .send_reply(case, &w.agent, "Avec plaisir, bonne journée ! Réf. K7QX2P")
        .await
        .unwrap();
    let SendOutcome::Queued { item } = outcome else {
        panic!("queued, got {outcome:?}")
    };
    assert_eq!(item.channel, ReplyChannel::Messenger);
    assert_eq!(item.recipient, "Ana Costa");
}

#[tokio::test]
async fn a_fans_phone_number_in_public_marks_the_case_and_hiding_it_reaches_the_page() {
    let w = World::new().await;
    let c = w.connect().await;
    let (case, comment) = commented(
        &w,
        &c,
        "Marc Weber",
        "Vol LX 318 annulé, rappelez-moi au +41 79 000 12 34",
    )
    .await;
    let view = w.desk.open_case(case).await.unwrap();
    assert_eq!(view.public_personal, [PersonalKind::Phone]);
    let case_after = c.hide_personal_comments(case, &w.agent).await.unwrap();
    assert_eq!(case_after.id, case);
    assert_eq!(w.fake.hidden_comments(PAGE), [comment]);
    let audit = w.desk.open_case(case).await.unwrap().audit;
    assert!(
        audit
            .iter()
            .any(|a| a.kind == switchboard_store::AuditKind::CommentHidden),
        "{audit:?}"
    );
}

#[tokio::test]
async fn replies_are_signed_as_the_workspace_chose_in_the_brands_voice() {
    let w = World::new().await;
    fans(&w, 1, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let case = w.queue().await[0].id;
    let preview = |choices: Vec<switchboard_desk::templates::TemplateChoice>| {
        choices
            .into_iter()
            .find(|t| t.id == "flight-delay")
            .unwrap()
            .preview
            .text
    };
    let by_initials = preview(
        w.desk
            .templates_for_case(case, "", &w.agent, None)
            .await
            .unwrap(),
    );
    assert!(by_initials.trim_end().ends_with("^CD"), "{by_initials}");

    assert_eq!(
        w.desk.set_signature("first-name").await.unwrap(),
        switchboard_desk::signature::Signature::FirstName
    );
    let by_name = preview(
        w.desk
            .templates_for_case(case, "", &w.agent, None)
            .await
            .unwrap(),
    );
    assert!(by_name.contains("Claire – "), "{by_name}");
    assert!(!by_name.contains("^CD"), "{by_name}");

    w.desk.set_signature("brand").await.unwrap();
    let by_brand = preview(
        w.desk
            .templates_for_case(case, "", &w.agent, None)
            .await
            .unwrap(),
    );
    assert!(
        !by_brand.contains("Claire") && !by_brand.contains("^CD"),
        "{by_brand}"
    );
    assert!(w.desk.set_signature("nickname").await.is_err());
}
