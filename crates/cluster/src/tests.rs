//! The clusterer's behaviour as the desk relies on it.

use crate::{CaseKey, ClusterError, Clusterer};

fn case(id: i64, community: i64) -> CaseKey {
    CaseKey { id, community }
}

/// A clusterer holding some cancellations and lost bags in three languages.
fn crisis() -> Clusterer {
    let mut c = Clusterer::new();
    let messages = [
        (
            1,
            1,
            "en",
            "My flight to London was cancelled, how do I rebook?",
        ),
        (
            2,
            2,
            "fr-CH",
            "Mon vol pour Londres est annulé, comment rebooker ?",
        ),
        (3, 3, "de-CH", "Unser Flug nach London wurde annulliert!"),
        (4, 1, "en", "Cancelled again, what now?"),
        (5, 2, "fr-CH", "Ma valise n'est pas arrivée à Genève"),
        (6, 3, "de-CH", "Mein Koffer ist verloren gegangen"),
        (7, 1, "en", "My suitcase is lost, no news for 3 days"),
    ];
    for (id, community, locale, text) in messages {
        c.add(case(id, community), locale, text);
    }
    c
}

#[test]
fn a_french_and_a_german_cancellation_share_a_cluster() {
    let mut c = Clusterer::new();
    let fr = c.add(
        case(1, 10),
        "fr-CH",
        "Mon vol LX 1612 est annulé, que faire ?",
    );
    let de = c.add(case(2, 20), "de-CH", "Flug gestrichen, wie komme ich heim?");
    assert_eq!(fr, de);
    let view = &c.clusters()[0];
    assert_eq!(view.languages, ["de", "fr"]);
    assert_eq!(view.communities, [10, 20]);
    assert_eq!(view.locales, ["de-CH", "fr-CH"]);
}

#[test]
fn a_lost_bag_and_a_cancellation_do_not_share_a_cluster() {
    let c = crisis();
    assert_ne!(c.cluster_of(1), c.cluster_of(5));
    assert_eq!(c.cluster_of(5), c.cluster_of(6));
    assert_eq!(c.cluster_of(6), c.cluster_of(7));
    assert_eq!(c.clusters().len(), 2);
}

#[test]
fn a_message_that_matches_nothing_stays_alone() {
    let mut c = crisis();
    let alone = c.add(
        case(8, 1),
        "en",
        "Lovely crew, thanks for the birthday song!",
    );
    let view = c.cluster(alone).expect("its cluster");
    assert_eq!(view.size, 1);
    let empty = c.add(case(9, 1), "en", "");
    assert_eq!(c.cluster(empty).map(|v| v.size), Some(1));
    assert_ne!(alone, empty);
}

#[test]
fn clusters_come_largest_first_with_typical_samples() {
    let c = crisis();
    let views = c.clusters();
    assert!(views.windows(2).all(|w| w[0].size >= w[1].size));
    let first = &views[0];
    assert_eq!(first.size, 4);
    assert_eq!(first.case_ids, [1, 2, 3, 4]);
    assert_eq!(first.samples.len(), 3);
    assert!(first.samples.iter().all(|s| first.case_ids.contains(s)));
}

#[test]
fn label_is_in_the_ui_language() {
    let c = crisis();
    let view = &c.clusters()[1];
    assert_eq!(view.label("en"), "Lost baggage");
    assert_eq!(view.label("fr-CH"), "Bagage perdu");
    assert_eq!(view.label("de"), "Gepäck verloren");
    assert_eq!(view.label("it"), "Bagaglio smarrito");
    assert_eq!(
        view.label("ja"),
        view.label("en"),
        "unknown UI language: English"
    );
}

#[test]
fn cluster_ids_stay_as_cases_arrive_and_leave() {
    let mut c = crisis();
    let cancelled = c.cluster_of(1).expect("case 1");
    for id in 10..30 {
        c.add(case(id, 1), "en", "flight cancelled");
    }
    c.remove(1);
    c.remove(2);
    assert_eq!(c.cluster_of(3), Some(cancelled));
    assert_eq!(c.clusters()[0].id, cancelled);
}

#[test]
fn removing_every_case_removes_the_cluster_and_its_id_is_not_reused() {
    let mut c = Clusterer::new();
    let first = c.add(case(1, 1), "en", "flight cancelled");
    assert!(c.remove(1));
    assert!(!c.remove(1), "already closed");
    assert!(c.clusters().is_empty());
    let second = c.add(case(2, 1), "en", "flight cancelled");
    assert_ne!(first, second);
}

#[test]
fn more_text_can_move_a_case() {
    let mut c = crisis();
    let bags = c.cluster_of(5).expect("case 5");
    let lone = c.add(case(8, 1), "en", "Hello, a question please");
    assert_ne!(lone, bags);
    let moved = c.add(case(8, 1), "en", "my suitcase did not arrive, it is lost");
    assert_eq!(moved, bags);
    assert!(c.cluster(lone).is_none(), "its old cluster of one is gone");
}

#[test]
fn a_case_alone_keeps_its_cluster_when_it_says_more() {
    let mut c = Clusterer::new();
    let first = c.add(case(1, 1), "en", "hello");
    let again = c.add(case(1, 1), "en", "anyone there?");
    assert_eq!(first, again);
}

#[test]
fn a_moved_out_case_is_not_pulled_back() {
    let mut c = crisis();
    let cancelled = c.cluster_of(4).expect("case 4");
    let own = c.move_out(4).expect("moved out");
    assert_ne!(own, cancelled);
    let after = c.add(case(4, 1), "en", "flight cancelled, cancelled, cancelled");
    assert_eq!(after, own);
    assert_eq!(c.cluster(cancelled).map(|v| v.size), Some(3));
}

#[test]
fn merge_keeps_the_larger_clusters_id() {
    let mut c = crisis();
    let cancelled = c.cluster_of(1).expect("case 1");
    let bags = c.cluster_of(5).expect("case 5");
    assert_eq!(c.merge(bags, cancelled), Ok(cancelled));
    let views = c.clusters();
    assert_eq!(views.len(), 1);
    assert_eq!(views[0].size, 7);
    assert!(c.cluster(bags).is_none());
    assert_eq!(c.merge(cancelled, cancelled), Ok(cancelled));
}

#[test]
fn merge_keeps_a_name_an_agent_gave() {
    let mut c = crisis();
    let cancelled = c.cluster_of(1).expect("case 1");
    let bags = c.cluster_of(5).expect("case 5");
    c.rename(bags, "Storm Zeynep").expect("renamed");
    let kept = c.merge(cancelled, bags).expect("merged");
    assert_eq!(
        c.cluster(kept).map(|v| v.label("en")).as_deref(),
        Some("Storm Zeynep")
    );
}

#[test]
fn split_cases_get_a_new_cluster_and_stay_there() {
    let mut c = crisis();
    let cancelled = c.cluster_of(1).expect("case 1");
    let new = c.split(cancelled, &[3, 4]).expect("split");
    assert_ne!(new, cancelled);
    assert_eq!(c.cluster(new).map(|v| v.case_ids), Some(vec![3, 4]));
    assert_eq!(
        c.add(case(3, 3), "de-CH", "annulliert, bitte umbuchen"),
        new
    );
    assert_eq!(
        c.split(cancelled, &[1, 2]),
        Ok(cancelled),
        "all of it: nothing to split"
    );
}

#[test]
fn agent_decisions_on_unknown_things_are_refused() {
    let mut c = crisis();
    let cancelled = c.cluster_of(1).expect("case 1");
    let nowhere = crate::ClusterId(999);
    assert_eq!(
        c.rename(nowhere, "x"),
        Err(ClusterError::UnknownCluster(nowhere))
    );
    assert_eq!(
        c.merge(cancelled, nowhere),
        Err(ClusterError::UnknownCluster(nowhere))
    );
    assert_eq!(c.split(cancelled, &[]), Err(ClusterError::NoCases));
    assert_eq!(
        c.split(cancelled, &[5]),
        Err(ClusterError::NotInCluster(5, cancelled))
    );
    assert_eq!(c.move_out(42), Err(ClusterError::UnknownCase(42)));
}

#[test]
fn renaming_to_nothing_gives_back_the_automatic_label() {
    let mut c = crisis();
    let cancelled = c.cluster_of(1).expect("case 1");
    c.rename(cancelled, "  Snow in Zurich ").expect("renamed");
    assert_eq!(
        c.cluster(cancelled).map(|v| v.label("en")).as_deref(),
        Some("Snow in Zurich")
    );
    c.rename(cancelled, " ").expect("renamed");
    assert_eq!(
        c.cluster(cancelled).map(|v| v.label("en")).as_deref(),
        Some("Cancellation · LHR")
    );
}

#[test]
fn the_same_flight_is_named_in_the_label() {
    let mut c = Clusterer::new();
    c.add(case(1, 1), "en", "LX 1612 cancelled");
    c.add(case(2, 2), "fr", "le LX1612 est annulé");
    c.add(case(3, 3), "de", "Flug LX 1612 annulliert");
    assert_eq!(c.clusters()[0].label("de"), "Annullierung · LX 1612");
}

#[test]
fn no_input_panics() {
    let mut c = Clusterer::new();
    let long = "Koffer verloren ".repeat(1_300) + &"x".repeat(2_000);
    let inputs = [
        "",
        " ",
        "🙂🙂🙂",
        "\u{0}\u{202e}",
        "ß",
        "Ä.Ö/Ü",
        "12.",
        "/",
        "31/12/",
        "LX",
        "a\tb\nc",
        long.as_str(),
    ];
    for (i, text) in inputs.iter().enumerate() {
        for locale in ["", "xx", "de-CH", "fr", "🙂"] {
            c.add(case(i as i64, 1), locale, text);
        }
    }
    for view in c.clusters() {
        let _ = view.label("");
    }
    assert_eq!(c.len(), inputs.len());
}

#[test]
fn the_same_messages_in_the_same_order_give_the_same_clusters() {
    let a = crisis().clusters();
    let b = crisis().clusters();
    assert_eq!(a, b);
}

#[test]
fn a_change_asked_because_of_a_cancellation_is_about_the_cancellation() {
    let mut c = crisis();
    let cancelled = c.cluster_of(1);
    let rebook = c.add(
        case(20, 1),
        "en",
        "They cancelled my flight, please rebook me onto another one",
    );
    assert_eq!(Some(rebook), cancelled);
    let own = c.add(
        case(21, 1),
        "en",
        "Can I move my booking to the 14th? My plans changed",
    );
    assert_ne!(Some(own), cancelled);
}

#[test]
fn lost_without_a_bag_is_not_a_lost_bag() {
    let mut c = crisis();
    let bags = c.cluster_of(7);
    let status = c.add(
        case(30, 1),
        "en",
        "I lost my gold status because of missing points",
    );
    assert_ne!(Some(status), bags);
    let bag = c.add(case(31, 2), "fr-CH", "Où est ma valise ? Toujours perdue");
    assert_eq!(Some(bag), bags, "a phrase naming the bag names it");
}

#[test]
fn changes_for_the_customers_own_reasons_do_not_join_cancellations_that_ask_for_a_rebooking() {
    let mut c = Clusterer::new();
    let cancelled = [
        "My flight was cancelled, please rebook me on the next one",
        "Cancelled again! Can you change my flight to tomorrow morning?",
        "They cancelled LK 1402, I need to change to another flight today",
    ];
    let own = [
        "Can I change my flight to tomorrow morning? Plans changed",
        "I'd like to change the date of my booking to next week",
        "Is it possible to change my flight to the evening one?",
    ];
    let a: Vec<_> = cancelled
        .iter()
        .enumerate()
        .map(|(i, t)| c.add(case(i as i64, 1), "en", t))
        .collect();
    let b: Vec<_> = own
        .iter()
        .enumerate()
        .map(|(i, t)| c.add(case(10 + i as i64, 1), "en", t))
        .collect();
    assert!(a.iter().all(|id| *id == a[0]), "{a:?}");
    assert!(b.iter().all(|id| *id != a[0]), "{a:?} {b:?}");
}

#[test]
fn a_case_is_about_the_reason_the_model_reads_not_the_first_concept_it_names() {
    use crate::reasons::{Example, ReasonModel};
    use crate::Settings;
    use std::sync::Arc;
    let model = ReasonModel::learn([
        Example::en("flight_delayed", "we landed in Basel instead of Zurich"),
        Example::en(
            "flight_delayed",
            "the storm sent us to Munich instead, we landed hours late",
        ),
        Example::en("flight_delayed", "three hours late and still waiting"),
        Example::en("booking_change", "I want to change my flight to next week"),
        Example::en("booking_change", "can I move my booking to an earlier date"),
    ]);
    let messages = [
        (1, "Our flight is three hours late"),
        (
            2,
            "We landed in Munich instead of Zurich, how do we get home?",
        ),
    ];
    // "instead of" names a change of booking; what the message is about,
    // as the labelled messages teach, is the diverted flight.
    let mut with_model = Clusterer::with_model(Settings::default(), Some(Arc::new(model)));
    let mut lexicon_only = Clusterer::with_model(Settings::default(), None);
    for (id, text) in messages {
        with_model.add(case(id, 1), "en", text);
        lexicon_only.add(case(id, 1), "en", text);
    }
    assert_eq!(with_model.main_intent(2), Some("delay"));
    assert_eq!(with_model.cluster_of(1), with_model.cluster_of(2));
    assert_eq!(lexicon_only.main_intent(2), Some("rebook"));
    assert_ne!(lexicon_only.cluster_of(1), lexicon_only.cluster_of(2));
}

#[test]
fn a_message_naming_no_intent_is_not_given_one_by_the_model() {
    // The model reads every message as one of its reasons; a thank-you
    // names nothing the desk answers, so the model is not asked.
    let mut c = crisis();
    let thanks = c.add(
        case(8, 1),
        "en",
        "Thank you so much, the crew on LX 12 was lovely",
    );
    assert_eq!(c.main_intent(8), None);
    assert_eq!(c.cluster(thanks).map(|v| v.size), Some(1));
}

#[test]
fn a_question_the_lexicon_reads_is_not_outvoted_by_when_the_customer_flies() {
    // "Tomorrow morning" fills the cancellations of every crisis day the
    // model learned from; the question is an upgrade.
    let mut c = crisis();
    c.add(
        case(8, 1),
        "en",
        "Can you buy an upgrade to Lakeline Plus at the gate, or only online? Flying LK 1045 to London City tomorrow morning.",
    );
    assert_eq!(c.main_intent(8), Some("seat"));
    assert_ne!(c.cluster_of(8), c.cluster_of(1));
}
