//! Replies a customer can read: a German customer on a French page gets the
//! German saved replies first, those for the case's topic before the rest,
//! and an expert's answer reaches the draft through the reply that passes
//! it on, in the customer's language, never twice.

use crate::handoff_scenarios::{at, profile};
use crate::scenarios::Scenario;
use std::sync::Arc;
use switchboard_desk::communities::CommunitySpec;
use switchboard_desk::handoffs::HandoffRequest;
use switchboard_desk::inbound::DirectMessage;
use switchboard_desk::{Clock, Desk};
use switchboard_domain::{HandoffPriority, Platform};
use switchboard_store::*;

pub fn all() -> Vec<(&'static str, Scenario)> {
    vec![
        (
            "a_german_customer_on_a_french_page_gets_german_replies_for_the_case_topic_first",
            |s| {
                Box::pin(
                    a_german_customer_on_a_french_page_gets_german_replies_for_the_case_topic_first(
                        s,
                    ),
                )
            },
        ),
        ("a_case_topic_is_a_slug_set_changed_or_cleared", |s| {
            Box::pin(a_case_topic_is_a_slug_set_changed_or_cleared(s))
        }),
        (
            "a_variant_being_written_previews_for_the_case_or_names_its_problem",
            |s| Box::pin(a_variant_being_written_previews_for_the_case_or_names_its_problem(s)),
        ),
    ]
}

pub async fn a_variant_being_written_previews_for_the_case_or_names_its_problem(s: Arc<dyn Store>) {
    let desk = Desk::new(s.clone()).with_clock(Clock::Fixed(at(10)));
    desk.add_community(&CommunitySpec {
        brand: "Lakeline".into(),
        locale: "de-CH".into(),
        platform: Platform::Facebook,
        page_id: "1".into(),
    })
    .await
    .unwrap();
    let lea = s
        .add_agent(&NewAgent {
            name: "Léa Rochat".into(),
            initials: "LR".into(),
            email: "lea@lakeline.example".into(),
        })
        .await
        .unwrap();
    let case = desk
        .receive_direct(&DirectMessage {
            community: "lakeline/de-CH".into(),
            from: "Jonas Weber".into(),
            text: "Mein Koffer fehlt nach dem LK 1218.".into(),
            external_id: None,
            at: Some(at(1)),
        })
        .await
        .unwrap()
        .case_id();
    let source = "Hallo { $first_name }, Ihr Koffer von { $flight } kommt. { -sign-off }";
    let shown = desk
        .preview_variant(Some(case), &lea, None, "de-CH", source)
        .await
        .unwrap();
    assert!(
        shown
            .text
            .starts_with("Hallo Jonas, Ihr Koffer von LK 1218 kommt."),
        "{}",
        shown.text
    );
    assert!(shown.missing.is_empty(), "{:?}", shown.missing);
    let sample = desk
        .preview_variant(None, &lea, Some("lakeline"), "de-CH", source)
        .await
        .unwrap();
    assert!(
        sample.text.starts_with("Hallo Anna,"),
        "a sample customer without a case: {}",
        sample.text
    );
    let bad = desk
        .preview_variant(Some(case), &lea, None, "de-CH", "Hallo { $nope }")
        .await
        .unwrap_err();
    assert_eq!(bad.code(), "template-unknown-variable");
    let broken = desk
        .preview_variant(Some(case), &lea, None, "de-CH", "Hallo { $first_name")
        .await
        .unwrap_err();
    assert_eq!(broken.code(), "template-syntax");
    assert_eq!(
        desk.templates()
            .await
            .unwrap()
            .iter()
            .filter(|t| t.variants.iter().any(|v| v.source.contains("nope")))
            .count(),
        0,
        "a preview writes nothing"
    );
}

pub async fn a_case_topic_is_a_slug_set_changed_or_cleared(s: Arc<dyn Store>) {
    let desk = Desk::new(s.clone()).with_clock(Clock::Fixed(at(10)));
    desk.add_community(&CommunitySpec {
        brand: "Lakeline".into(),
        locale: "fr-CH".into(),
        platform: Platform::Facebook,
        page_id: "1".into(),
    })
    .await
    .unwrap();
    let case = desk
        .receive_direct(&DirectMessage {
            community: "lakeline/fr-CH".into(),
            from: "Anne Roy".into(),
            text: "Ma valise est arrivée cassée.".into(),
            external_id: None,
            at: Some(at(1)),
        })
        .await
        .unwrap()
        .case_id();
    let set = desk
        .set_topic(case, Some(" Baggage-Damaged "))
        .await
        .unwrap();
    assert_eq!(
        set.topic.as_deref(),
        Some("baggage-damaged"),
        "trimmed and lowercased"
    );
    assert_eq!(
        s.case(case).await.unwrap().topic.as_deref(),
        Some("baggage-damaged")
    );
    let long = "x".repeat(41);
    for bad in ["bagage cassé", "refund!", "-x", "a--b", long.as_str()] {
        let e = desk.set_topic(case, Some(bad)).await.unwrap_err();
        assert_eq!(e.code(), "bad-input", "{bad:?}");
    }
    assert_eq!(
        s.case(case).await.unwrap().topic.as_deref(),
        Some("baggage-damaged"),
        "a refused topic changes nothing"
    );
    assert_eq!(
        desk.set_topic(case, Some("  ")).await.unwrap().topic,
        None,
        "blank clears it"
    );

    // Tags beside the topic, kept as the desk cleans them, on both backends.
    let tagged = desk
        .set_tags(case, &["VIP".into(), " Presse ".into(), "vip".into()])
        .await
        .unwrap();
    assert_eq!(tagged.tags, ["vip", "presse"]);
    assert_eq!(s.case(case).await.unwrap().tags, ["vip", "presse"]);
    assert_eq!(
        desk.set_tags(case, &["a,b".into()])
            .await
            .unwrap_err()
            .code(),
        "bad-input"
    );
    assert_eq!(
        s.case(case).await.unwrap().tags,
        ["vip", "presse"],
        "refused: unchanged"
    );
    assert!(
        desk.set_tags(case, &[]).await.unwrap().tags.is_empty(),
        "none clears them"
    );
}

const ANSWER: &str = "Der Koffer ist in Lissabon gefunden und kommt heute Abend mit LK 1219.";

pub async fn a_german_customer_on_a_french_page_gets_german_replies_for_the_case_topic_first(
    s: Arc<dyn Store>,
) {
    let desk = Desk::new(s.clone()).with_clock(Clock::Fixed(at(10)));
    for (locale, page) in [("fr-CH", "1"), ("de-CH", "2")] {
        desk.add_community(&CommunitySpec {
            brand: "Lakeline".into(),
            locale: locale.into(),
            platform: Platform::Facebook,
            page_id: page.into(),
        })
        .await
        .unwrap();
    }
    let lea = s
        .add_agent(&NewAgent {
            name: "Léa Rochat".into(),
            initials: "LR".into(),
            email: "lea@lakeline.example".into(),
        })
        .await
        .unwrap();
    let case = desk
        .receive_direct(&DirectMessage {
            community: "lakeline/fr-CH".into(),
            from: "Jonas Weber".into(),
            text: "Guten Tag, mein Koffer ist nach dem Flug LK 1218 von Lissabon nicht \
                   angekommen. Können Sie mir bitte sagen, wo er jetzt ist und wann ich ihn \
                   bekomme?"
                .into(),
            external_id: None,
            at: Some(at(1)),
        })
        .await
        .unwrap()
        .case_id();
    s.change_case(case, &|k| {
        let mut next = k.clone();
        next.topic = Some("baggage-delayed".into());
        Ok(CaseChange {
            audit: None,
            case: next,
            message: None,
        })
    })
    .await
    .unwrap();

    let choices = desk.templates_for_case(case, "", &lea, None).await.unwrap();
    let first = &choices[0];
    assert_eq!(
        (
            first.id.as_str(),
            first.locale.as_str(),
            first.for_topic,
            first.other_language
        ),
        ("baggage-delayed", "de", true, false),
        "the German reply for the case's topic first: {:?}",
        choices
            .iter()
            .map(|c| (&c.id, &c.locale))
            .collect::<Vec<_>>()
    );
    assert!(
        choices.iter().all(|c| c.locale.starts_with("de")),
        "every starter reply in German: {:?}",
        choices
            .iter()
            .map(|c| (&c.id, &c.locale))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        choices
            .iter()
            .filter(|c| c.for_topic)
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        ["baggage-delayed", "baggage-lost"],
        "the topic's own reply, then its kin, are marked for it and come first"
    );
    // The agent may still choose the page's language.
    let french = desk
        .templates_for_case(case, "", &lea, Some("fr-CH"))
        .await
        .unwrap();
    assert!(french[0].locale.starts_with("fr"), "{:?}", french[0].locale);

    // The expert answers; "insert into draft" passes it on in German.
    let sandra = s
        .create_expert(&profile(
            "Sandra Meier",
            "Baggage",
            &["baggage-delayed"],
            &["de"],
        ))
        .await
        .unwrap();
    let h = desk
        .ask_handoff(
            &HandoffRequest {
                case,
                expert: sandra.id,
                question: "Wo ist der Koffer?".into(),
                excerpt: None,
                due_at: None,
                priority: HandoffPriority::Normal,
            },
            &lea,
        )
        .await
        .unwrap();
    desk.answer_handoff(h.id, ANSWER, None, &lea).await.unwrap();
    let draft = desk.insert_answer_into_draft(h.id, &lea).await.unwrap();
    assert!(
        draft.body.contains(ANSWER) && draft.body.trim() != ANSWER,
        "the answer within a reply, not as is: {}",
        draft.body
    );
    assert!(
        draft.body.starts_with("Guten Tag") || draft.body.starts_with("Hallo"),
        "{}",
        draft.body
    );
    let after = desk.templates_for_case(case, "", &lea, None).await.unwrap();
    assert!(
        after.iter().any(|c| c.id == "expert-answer" && c.for_topic),
        "once answered, the expert reply is for this case"
    );
    // Adding the expert reply on top does not say it twice.
    let again = desk
        .insert_template(case, "expert-answer", &lea, None)
        .await
        .unwrap();
    assert_eq!(again.body.matches(ANSWER).count(), 1, "{}", again.body);
    // Nor does the answer first pasted as is, then the reply.
    desk.save_draft(case, lea.id, &format!("Danke für Ihre Geduld.\n\n{ANSWER}"))
        .await
        .unwrap();
    let merged = desk
        .insert_template(case, "expert-answer", &lea, None)
        .await
        .unwrap();
    assert_eq!(merged.body.matches(ANSWER).count(), 1, "{}", merged.body);
    assert!(
        merged.body.starts_with("Danke für Ihre Geduld."),
        "{}",
        merged.body
    );
}
