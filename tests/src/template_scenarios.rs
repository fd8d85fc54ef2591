//! Templates, brand voices and detected languages in the store suite, on
//! SQLite and PostgreSQL: the outdated marks a reference edit sets and a
//! confirmation clears, saves that change nothing, voices per brand and
//! locale, and a message's language.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::handoff_scenarios::{at, case_in, community};
use crate::scenarios::Scenario;
use std::sync::Arc;
use switchboard_domain::CaseId;
use switchboard_store::templates::*;
use switchboard_store::*;

pub fn all() -> Vec<(&'static str, Scenario)> {
    vec![
        (
            "editing_the_reference_marks_other_variants_outdated_until_confirmed",
            |s| Box::pin(editing_the_reference_marks_other_variants_outdated_until_confirmed(s)),
        ),
        (
            "saving_the_same_text_changes_nothing_and_keeps_the_mark",
            |s| Box::pin(saving_the_same_text_changes_nothing_and_keeps_the_mark(s)),
        ),
        ("brand_voices_and_message_languages_are_kept", |s| {
            Box::pin(brand_voices_and_message_languages_are_kept(s))
        }),
        (
            "a_case_gets_its_brands_text_in_its_language_and_another_language_is_flagged",
            |s| {
                Box::pin(
                    a_case_gets_its_brands_text_in_its_language_and_another_language_is_flagged(s),
                )
            },
        ),
    ]
}

fn write(
    id: &str,
    brand: Option<switchboard_domain::BrandId>,
    locale: &str,
    source: &str,
    min: i64,
) -> VariantWrite {
    VariantWrite {
        template_id: id.into(),
        brand,
        locale: locale.into(),
        source: source.into(),
        tags: vec!["bag".into()],
        at: at(min),
    }
}

async fn seed(s: &dyn Store) -> switchboard_domain::BrandId {
    let summit = s.ensure_brand("Summit Air").await.unwrap().id;
    s.save_template(&TemplateMeta {
        id: "baggage-delayed".into(),
        topic: "baggage".into(),
        reference_locale: "en".into(),
    })
    .await
    .unwrap();
    for (brand, locale, text) in [
        (None, "en", "Your bag is on its way."),
        (None, "de", "Ihr Koffer ist unterwegs."),
        (Some(summit), "de-CH", "Ihr Koffer ist unterwegs, Grüsse."),
    ] {
        s.save_variant(&write("baggage-delayed", brand, locale, text, 0))
            .await
            .unwrap();
    }
    summit
}

fn outdated(t: &[Template]) -> Vec<(Option<String>, String, bool)> {
    t[0].variants
        .iter()
        .map(|v| (v.brand.clone(), v.locale.clone(), v.outdated))
        .collect()
}

async fn editing_the_reference_marks_other_variants_outdated_until_confirmed(s: Arc<dyn Store>) {
    let summit = seed(&*s).await;
    let fresh = s.templates().await.unwrap();
    assert!(outdated(&fresh).iter().all(|(_, _, o)| !o), "{fresh:?}");

    let saved = s
        .save_variant(&write(
            "baggage-delayed",
            None,
            "en",
            "Your bag arrives tonight.",
            5,
        ))
        .await
        .unwrap();
    assert_eq!(saved, VariantSaved::ReferenceSaved { outdated: 2 });
    let t = s.templates().await.unwrap();
    let mut marks = outdated(&t);
    marks.sort();
    assert_eq!(
        marks,
        vec![
            (None, "de".into(), true),
            (None, "en".into(), false),
            (Some("summit-air".into()), "de-CH".into(), true),
        ]
    );
    assert_eq!(t[0].variant(None, "en").unwrap().updated_at, at(5));

    // A translator saves the German text: that one is current again.
    let saved = s
        .save_variant(&write(
            "baggage-delayed",
            None,
            "de",
            "Ihr Koffer kommt heute Abend.",
            6,
        ))
        .await
        .unwrap();
    assert_eq!(saved, VariantSaved::Saved);
    // The brand's own text still says the right thing: confirmed as it is.
    s.confirm_variant("baggage-delayed", Some(summit), "de-CH")
        .await
        .unwrap();
    assert!(outdated(&s.templates().await.unwrap())
        .iter()
        .all(|(_, _, o)| !o));

    let missing = s
        .confirm_variant("baggage-delayed", None, "it")
        .await
        .unwrap_err();
    assert!(
        matches!(missing, StoreError::NotFound { .. }),
        "{missing:?}"
    );
    let no_template = s
        .save_variant(&write("no-such-template", None, "en", "x", 7))
        .await
        .unwrap_err();
    assert!(
        matches!(no_template, StoreError::NotFound { .. }),
        "{no_template:?}"
    );
}

async fn saving_the_same_text_changes_nothing_and_keeps_the_mark(s: Arc<dyn Store>) {
    seed(&*s).await;
    s.save_variant(&write("baggage-delayed", None, "en", "Changed.", 5))
        .await
        .unwrap();
    let again = s
        .save_variant(&write(
            "baggage-delayed",
            None,
            "de",
            "Ihr Koffer ist unterwegs.",
            9,
        ))
        .await
        .unwrap();
    assert_eq!(again, VariantSaved::Unchanged);
    let t = s.templates().await.unwrap();
    let de = t[0].variant(None, "de").unwrap();
    assert!(de.outdated, "an unchanged save is not a confirmation");
    assert_eq!(de.updated_at, at(0));
}

async fn brand_voices_and_message_languages_are_kept(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "fr-CH", "1").await;
    let voice = BrandVoice {
        brand: c.brand_id,
        locale: "fr-CH".into(),
        voice: Voice {
            brand_name: "Lakeline".into(),
            sign_off: "L'équipe Lakeline".into(),
            formality: Formality::Formal,
        },
    };
    s.save_brand_voice(&voice).await.unwrap();
    let mut informal = voice.clone();
    informal.voice.formality = Formality::Informal;
    s.save_brand_voice(&informal).await.unwrap();
    assert_eq!(s.brand_voices().await.unwrap(), vec![informal]);

    let case = case_in(&*s, &c, "a", "Mein Koffer ist nicht angekommen").await;
    let msg = s.thread(case).await.unwrap()[0].id;
    let l = MessageLanguage {
        message_id: msg,
        language: "de".into(),
        confidence: 0.93,
    };
    s.set_message_language(&l).await.unwrap();
    s.set_message_language(&l).await.unwrap();
    assert_eq!(s.message_languages(case).await.unwrap(), vec![l.clone()]);

    // Many cases at once: each message's language, none for a case with
    // none detected, nothing for a case that is not there.
    let other = case_in(&*s, &c, "b", "Where is my bag?").await;
    let silent = case_in(&*s, &c, "c", "…").await;
    let m = s.thread(other).await.unwrap()[0].id;
    let en = MessageLanguage {
        message_id: m,
        language: "en".into(),
        confidence: 0.81,
    };
    s.set_message_language(&en).await.unwrap();
    let mut both = s
        .message_languages_of_cases(&[silent, other, case, CaseId(999_999)])
        .await
        .unwrap();
    both.sort_by_key(|l| l.message_id);
    let mut expected = vec![l, en];
    expected.sort_by_key(|l| l.message_id);
    assert_eq!(both, expected);
    assert!(s.message_languages_of_cases(&[]).await.unwrap().is_empty());
}

pub(crate) async fn a_case_gets_its_brands_text_in_its_language_and_another_language_is_flagged(
    s: Arc<dyn Store>,
) {
    use switchboard_desk::{Clock, Desk};
    use switchboard_l10n::templates::Step;
    let desk = Desk::new(s.clone()).with_clock(Clock::Fixed(at(10)));
    let de = community(&*s, "Summit Air", "de-CH", "1").await;
    let it = community(&*s, "Summit Air", "it-CH", "2").await;
    s.save_brand_voice(&BrandVoice {
        brand: de.brand_id,
        locale: "de-CH".into(),
        voice: Voice {
            brand_name: "Summit Air".into(),
            sign_off: "Dein Team Summit Air".into(),
            formality: Formality::Informal,
        },
    })
    .await
    .unwrap();
    let texts = [
        (None, "en", "{ -brand.formality ->\n    [informal] Hi { $first_name },\n   *[formal] Dear { $first_name },\n}\nyour bag from { $flight } is on its way.\n{ -sign-off } ^{ $agent_initials }"),
        (None, "de", "Guten Tag { $first_name }, Ihr Koffer von { $flight } ist unterwegs.\n{ -sign-off } ^{ $agent_initials }"),
        (Some("summit-air"), "de-CH", "{ -brand.formality ->\n    [informal] Hoi { $first_name },\n   *[formal] Grüezi { $first_name },\n}\ndein Koffer von { $flight } ist unterwegs.\n{ -sign-off } ^{ $agent_initials }"),
    ];
    for (brand, locale, text) in texts {
        desk.save_variant("baggage-delayed", Some("baggage"), brand, locale, text, &[])
            .await
            .unwrap();
    }
    let lea = s
        .add_agent(&NewAgent {
            name: "Léa Rochat".into(),
            initials: "LR".into(),
            email: "lea@summit.example".into(),
        })
        .await
        .unwrap();
    let de_case = case_in(&*s, &de, "a", "Mein Koffer fehlt seit dem LX 1234").await;
    let choices = desk
        .templates_for_case(de_case, "koffer", &lea, None)
        .await
        .unwrap();
    assert_eq!(choices.len(), 1, "found by its text");
    let c = &choices[0];
    assert_eq!((c.step, c.other_language), (Step::BrandLocale, false));
    assert_eq!(
        c.preview.text,
        "Hoi Fan,\ndein Koffer von LX 1234 ist unterwegs.\nDein Team Summit Air ^LR"
    );
    assert!(c.preview.missing.is_empty());
    let draft = desk
        .insert_template(de_case, "baggage-delayed", &lea, None)
        .await
        .unwrap();
    assert_eq!(draft.body, c.preview.text, "inserted exactly as previewed");
    assert_eq!(
        s.draft(de_case, lea.id).await.unwrap().unwrap().body,
        c.preview.text
    );

    // No Italian text: English, flagged; the missing flight is shown.
    let it_case = case_in(&*s, &it, "b", "Dov'è la mia valigia?").await;
    let c = &desk
        .templates_for_case(it_case, "", &lea, None)
        .await
        .unwrap()[0];
    assert_eq!((c.step, c.other_language), (Step::AnyDefault, true));
    assert!(
        c.preview.text.starts_with("Dear Fan,"),
        "{}",
        c.preview.text
    );
    assert_eq!(c.preview.missing, vec!["flight".to_string()]);
    // Answering in German on the Italian page, as the agent chose.
    let c = &desk
        .templates_for_case(it_case, "", &lea, Some("de"))
        .await
        .unwrap()[0];
    assert_eq!((c.step, c.locale.as_str()), (Step::AnyLocale, "de"));

    // The backlog: Italian missing on it-CH; after a reference edit, German outdated.
    let backlog = desk.translation_backlog().await.unwrap();
    assert_eq!(backlog.len(), 1, "{backlog:?}");
    assert_eq!(backlog[0].community, "summit-air/it-CH");
    desk.save_variant(
        "baggage-delayed",
        None,
        None,
        "en",
        "Your bag is coming, { $first_name }. { $flight } { -sign-off } ^{ $agent_initials }",
        &[],
    )
    .await
    .unwrap();
    let backlog = desk.translation_backlog().await.unwrap();
    assert!(
        backlog.iter().any(|b| b.community == "summit-air/de-CH"
            && b.state == switchboard_desk::templates::BacklogState::Outdated),
        "{backlog:?}"
    );
    desk.confirm_variant("baggage-delayed", Some("summit-air"), "de-CH")
        .await
        .unwrap();
    let backlog = desk.translation_backlog().await.unwrap();
    assert!(
        !backlog.iter().any(|b| b.community == "summit-air/de-CH"),
        "{backlog:?}"
    );

    // A bad text is refused with its position; nothing is written.
    let err = desk
        .save_variant(
            "baggage-delayed",
            None,
            None,
            "de",
            "Hallo { $first_name",
            &[],
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), "template-syntax");
    let t = &s.templates().await.unwrap()[0];
    assert!(t
        .variant(None, "de")
        .unwrap()
        .source
        .starts_with("Guten Tag"));
}
