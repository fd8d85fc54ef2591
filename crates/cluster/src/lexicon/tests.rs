use super::*;

fn concepts_of(text: &str, lang: Lang) -> Vec<&'static str> {
    lexicon()
        .read(text, lang)
        .concepts
        .iter()
        .map(|id| CONCEPTS[usize::from(*id)].key)
        .collect()
}

#[test]
fn every_concept_the_language_files_name_exists() {
    for lang in Lang::ALL {
        let [_, concepts, compounds] = sources(lang);
        for (key, _) in entries(concepts).into_iter().chain(entries(compounds)) {
            assert!(
                concept_id(key).is_some(),
                "{}: unknown concept {key}",
                lang.code()
            );
        }
    }
}

#[test]
fn every_concept_has_words_in_english_french_and_german() {
    for concept in CONCEPTS {
        for lang in [Lang::En, Lang::Fr, Lang::De] {
            let [_, concepts, _] = sources(lang);
            assert!(
                entries(concepts).iter().any(|(key, _)| *key == concept.key),
                "{} has no {} words",
                concept.key,
                lang.code()
            );
        }
        assert!(
            concept.names.iter().all(|n| !n.is_empty()),
            "{}",
            concept.key
        );
    }
}

#[test]
fn a_cancellation_is_read_in_four_languages() {
    assert_eq!(concepts_of("Flight cancelled!", Lang::En), ["cancel"]);
    assert_eq!(concepts_of("vol annule", Lang::Fr), ["cancel"]);
    assert_eq!(concepts_of("Flug annulliert", Lang::De), ["cancel"]);
    assert_eq!(concepts_of("volo cancellato", Lang::It), ["cancel"]);
}

#[test]
fn phrases_are_read_before_their_words() {
    assert_eq!(
        concepts_of("I can't find my boarding pass", Lang::En),
        ["boarding_pass"]
    );
    assert_eq!(
        concepts_of("ma carte d'embarquement", Lang::Fr),
        ["boarding_pass"]
    );
    assert_eq!(concepts_of("online check-in", Lang::En), ["checkin"]);
}

#[test]
fn german_compounds_are_read_by_their_parts() {
    assert_eq!(concepts_of("Gepäckverlust", Lang::De), ["baggage", "lost"]);
    assert_eq!(concepts_of("Rückerstattungsantrag", Lang::De), ["refund"]);
    assert!(concepts_of("hundert Franken vergessen", Lang::De)
        .iter()
        .all(|c| *c != "pet" && *c != "food"));
}

#[test]
fn swiss_spelling_and_missing_accents_still_match() {
    assert_eq!(concepts_of("Gepaeck", Lang::De), ["baggage"]);
    assert_eq!(concepts_of("Gepack", Lang::De), ["baggage"]);
    assert_eq!(concepts_of("mon vol est retarde", Lang::Fr), ["delay"]);
}

#[test]
fn other_words_are_kept_once_with_their_spelling() {
    let reading = lexicon().read("Wifi wifi WIFI dans le train", Lang::Fr);
    assert_eq!(reading.words, []);
    assert_eq!(
        reading.concepts.len(),
        2,
        "wifi (on board) and train (transport)"
    );
    let reading = lexicon().read("the zeppelin zeppelins", Lang::En);
    assert_eq!(
        reading.words,
        [("zeppelin".to_string(), "zeppelin".to_string())]
    );
}

#[test]
fn the_language_follows_the_words_when_they_are_clear() {
    let lex = lexicon();
    assert_eq!(
        lex.language("Wo ist mein Koffer? Ich warte seit Tagen", Some(Lang::En)),
        Lang::De
    );
    assert_eq!(lex.language("Merci", Some(Lang::De)), Lang::De);
    assert_eq!(lex.language("", None), Lang::En);
    assert_eq!(
        lex.language("mon vol est annulé et je suis à Genève", None),
        Lang::Fr
    );
}

#[test]
fn german_separable_verbs_are_read_apart() {
    assert_eq!(
        concepts_of("Morgen fällt der Flug nach Wien aus", Lang::De),
        ["cancel"]
    );
    assert_eq!(concepts_of("Fällt", Lang::De), Vec::<&str>::new());
}
