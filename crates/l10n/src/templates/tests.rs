#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use chrono::TimeZone;

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
}

fn variant(brand: Option<&str>, locale: &str, source: &str) -> Variant {
    Variant {
        brand: brand.map(str::to_string),
        locale: locale.into(),
        source: check(source).unwrap(),
        tags: vec![],
        outdated: false,
        updated_at: at(),
    }
}

fn template(variants: Vec<Variant>) -> Template {
    Template {
        id: "baggage-delayed".into(),
        topic: "baggage".into(),
        reference_locale: "en".into(),
        variants,
    }
}

fn all_six() -> Vec<Variant> {
    vec![
        variant(Some("summit-air"), "de-CH", "brand de-CH"),
        variant(Some("summit-air"), "de", "brand de"),
        variant(None, "de-CH", "any de-CH"),
        variant(None, "de", "any de"),
        variant(Some("summit-air"), "en", "brand en"),
        variant(None, "en", "any en"),
    ]
}

#[test]
fn every_step_of_the_fallback_chain_is_taken_in_order() {
    let mut variants = all_six();
    let expected = [
        (Step::BrandLocale, "brand de-CH", false),
        (Step::BrandLanguage, "brand de", false),
        (Step::AnyLocale, "any de-CH", false),
        (Step::AnyLanguage, "any de", false),
        (Step::BrandDefault, "brand en", true),
        (Step::AnyDefault, "any en", true),
    ];
    for (step, text, other) in expected {
        let t = template(variants.clone());
        let r = resolve(&t, "summit-air", "de-CH", "en").unwrap();
        assert_eq!(
            (r.step, r.variant.source.as_str(), r.other_language),
            (step, text, other)
        );
        variants.remove(0);
    }
    assert!(resolve(&template(variants), "summit-air", "de-CH", "en").is_none());
}

#[test]
fn another_brands_variant_is_never_used() {
    let t = template(vec![
        variant(Some("lakeline"), "de-CH", "Lakeline only"),
        variant(None, "de", "any de"),
    ]);
    let r = resolve(&t, "summit-air", "de-CH", "en").unwrap();
    assert_eq!(r.variant.source, "any de");
}

#[test]
fn a_fallback_to_another_language_is_flagged_and_a_regional_one_is_not() {
    let t = template(vec![
        variant(None, "fr", "Bonjour"),
        variant(None, "en", "Hello"),
    ]);
    let fr = resolve(&t, "lakeline", "fr-CH", "en").unwrap();
    assert!(!fr.other_language, "fr serves fr-CH: same language");
    let it = resolve(&t, "lakeline", "it-CH", "en").unwrap();
    assert_eq!(it.variant.source, "Hello");
    assert!(
        it.other_language,
        "English for an Italian case must be flagged"
    );
}

fn voice(formality: Formality) -> Voice {
    Voice {
        brand_name: "Summit Air".into(),
        sign_off: "Ihr Summit Air Team".into(),
        formality,
    }
}

const BAGS: &str = "{ -brand.formality ->
    [informal] Hallo { $first_name },
   *[formal] Guten Tag { $first_name },
}
{ $bags ->
    [one] Ihr Koffer ist unterwegs.
   *[other] Ihre { $bags } Koffer sind unterwegs.
}
{ -sign-off } ^{ $agent_initials }";

fn vars(bags: i64) -> Vars {
    let mut v = Vars::default();
    v.text.insert("first_name", "Lukas".into());
    v.text.insert("agent_initials", "MB".into());
    v.numbers.insert("bags", bags);
    v
}

#[test]
fn plural_and_formality_select_follow_the_case_and_the_brand() {
    let formal = Renderer::new("de-CH", BAGS, &voice(Formality::Formal)).unwrap();
    assert_eq!(
        formal.render(&vars(1)).text,
        "Guten Tag Lukas,\nIhr Koffer ist unterwegs.\nIhr Summit Air Team ^MB"
    );
    assert_eq!(
        formal.render(&vars(3)).text,
        "Guten Tag Lukas,\nIhre 3 Koffer sind unterwegs.\nIhr Summit Air Team ^MB"
    );
    let informal = Renderer::new("de-CH", BAGS, &voice(Formality::Informal)).unwrap();
    assert!(informal.render(&vars(1)).text.starts_with("Hallo Lukas,"));
}

#[test]
fn french_plural_rules_put_zero_with_one() {
    let src = "{ $bags ->\n    [one] { $bags } bagage\n   *[other] { $bags } bagages\n}";
    let r = Renderer::new("fr-CH", src, &voice(Formality::Formal)).unwrap();
    assert_eq!(r.render(&vars(0)).text, "0 bagage");
    assert_eq!(r.render(&vars(2)).text, "2 bagages");
}

#[test]
fn a_variable_the_case_cannot_fill_is_shown_and_listed() {
    let r = Renderer::new(
        "en",
        "Flight { $flight }, { $first_name }",
        &voice(Formality::Formal),
    )
    .unwrap();
    let out = r.render(&vars(1));
    assert_eq!(out.text, "Flight [flight], Lukas");
    assert_eq!(out.missing, vec!["flight".to_string()]);
}

#[test]
fn braces_in_a_brand_voice_are_text_not_syntax() {
    let v = Voice {
        brand_name: "Air {X}".into(),
        sign_off: "Team\n{ $x }".into(),
        formality: Formality::Formal,
    };
    let r = Renderer::new("en", "{ -brand } / { -sign-off }", &v).unwrap();
    assert_eq!(r.render(&Vars::default()).text, "Air {X} / Team { $x }");
}

#[test]
fn a_syntax_error_carries_the_line_and_column_of_the_written_text() {
    let problems = check("Hello { $first_name },\nsee { $flight").unwrap_err();
    let p = &problems[0];
    assert!(matches!(p.kind, ProblemKind::Syntax { .. }), "{p:?}");
    assert_eq!(p.line, 2, "{p:?}");
    assert!(p.column >= 14, "after the unclosed placeable: {p:?}");
}

#[test]
fn unknown_variables_and_terms_are_flagged_where_they_stand() {
    let problems = check("Hi { $first_name },\nyour { $seat_number } on { -airline }").unwrap_err();
    assert_eq!(
        problems,
        vec![
            Problem {
                line: 2,
                column: 8,
                kind: ProblemKind::UnknownVariable {
                    name: "seat_number".into()
                }
            },
            Problem {
                line: 2,
                column: 28,
                kind: ProblemKind::UnknownTerm {
                    name: "airline".into()
                }
            },
        ]
    );
}

#[test]
fn a_line_starting_with_a_dot_and_an_empty_variant_are_refused() {
    assert_eq!(
        check("Hello\n  .topic = x").unwrap_err()[0].kind,
        ProblemKind::AttributeLine
    );
    assert_eq!(check("  \n").unwrap_err()[0].kind, ProblemKind::Empty);
}

#[test]
fn checking_twice_gives_the_same_canonical_text() {
    let once = check(BAGS).unwrap();
    assert_eq!(check(&once).unwrap(), once);
    assert_eq!(
        check("  Hello   { $first_name }  ").unwrap(),
        "Hello   { $first_name }"
    );
}

#[test]
fn an_ftl_export_imported_and_exported_again_is_byte_identical() {
    let mut t = template(vec![
        variant(None, "de", BAGS),
        variant(Some("summit-air"), "de", "Grüezi { $first_name }"),
        variant(None, "en", "Hello { $first_name }"),
    ]);
    t.variants[0].tags = vec!["Gepäck".into(), "Koffer".into()];
    t.variants[1].outdated = true;
    let other = Template {
        id: "compliment-thanks".into(),
        topic: "compliment".into(),
        reference_locale: "en".into(),
        variants: vec![variant(None, "de", "Danke!")],
    };
    let templates = vec![t.clone(), other];
    let first = export_locale(&templates, "de");
    let imported = import_file(&first).unwrap();
    assert_eq!(imported.len(), 3);
    let bags = imported
        .iter()
        .find(|v| v.template_id == "baggage-delayed" && v.brand.is_none())
        .unwrap();
    assert_eq!(bags.source, t.variants[0].source);
    assert_eq!(bags.tags, vec!["Gepäck", "Koffer"]);
    assert_eq!(bags.topic, "baggage");
    // Rebuild the templates from the import alone and export again.
    let mut rebuilt: Vec<Template> = Vec::new();
    for v in imported {
        let outdated = templates
            .iter()
            .find(|t| t.id == v.template_id)
            .and_then(|t| t.variant(v.brand.as_deref(), "de"))
            .is_some_and(|x| x.outdated);
        let variant = Variant {
            brand: v.brand,
            locale: "de".into(),
            source: v.source,
            tags: v.tags,
            outdated,
            updated_at: at(),
        };
        match rebuilt.iter_mut().find(|t| t.id == v.template_id) {
            Some(t) => t.variants.push(variant),
            None => rebuilt.push(Template {
                id: v.template_id,
                topic: v.topic,
                reference_locale: "en".into(),
                variants: vec![variant],
            }),
        }
    }
    assert_eq!(export_locale(&rebuilt, "de"), first);
}

#[test]
fn an_import_names_the_line_of_each_bad_message() {
    let text = "ok = Hello\n    .topic = x\n\nno-topic = Hi\n\nBad_Id = Yo\n    .topic = y\n\nbroken = { $first_name\n    .topic = z\n";
    let errors = import_file(text).unwrap_err();
    assert!(
        errors.contains(&ImportError::MissingTopic {
            line: 4,
            id: "no-topic".into()
        }),
        "{errors:?}"
    );
    assert!(
        errors.contains(&ImportError::BadId {
            line: 6,
            id: "Bad_Id".into()
        }),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, ImportError::Syntax { line: 9, .. })),
        "{errors:?}"
    );
}

#[test]
fn template_ids_are_fluent_message_ids_without_the_brand_separator() {
    assert!(valid_template_id("baggage-delayed"));
    for bad in ["", "Baggage", "9lives", "a--b", "a_b", "end-"] {
        assert!(!valid_template_id(bad), "{bad}");
    }
}

#[test]
fn a_topic_or_tags_written_over_several_lines_read_as_one_line_and_export_back() {
    let text = "unclosep = b\n    .topic = _name\n    t\n    .tags = lost,\n     delayed bag\n";
    let imported = import_file(text).unwrap();
    assert_eq!(imported[0].topic, "_name t");
    assert_eq!(imported[0].tags, vec!["lost", "delayed bag"]);
    let t = Template {
        id: imported[0].template_id.clone(),
        topic: imported[0].topic.clone(),
        reference_locale: "en".into(),
        variants: vec![Variant {
            tags: imported[0].tags.clone(),
            ..variant(None, "en", &imported[0].source)
        }],
    };
    assert_eq!(import_file(&export_locale(&[t], "en")).unwrap(), imported);
}

#[test]
fn carriage_returns_are_dropped_so_a_checked_text_checks_the_same_again() {
    for text in ["a\n1\0\r\r\r\r\n   b", "Hello\r\n{ $first_name }\r", "a\rb"] {
        let once = check(text).unwrap();
        assert!(!once.contains('\r'), "{once:?}");
        assert_eq!(check(&once).unwrap(), once, "{text:?}");
    }
    let file = "ter =a\n 1\0\r\r\r\r\r\r\n    b\n .topic =pi\n";
    let imported = import_file(file).unwrap();
    assert_eq!(check(&imported[0].source).unwrap(), imported[0].source);
}
