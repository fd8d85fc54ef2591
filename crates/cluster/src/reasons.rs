//! What a message is about, learned from labelled complaints.
//!
//! The lexicon (`lexicon`) says which concepts a message names; a message
//! often names several ("cancelled, rebook me or refund me") and the
//! hand-written rules that pick the one it is about read about 85 % of
//! unseen messages right. This model reads the whole message instead: a
//! multinomial naive Bayes over the stems and the pairs of neighbouring
//! stems of each language (a feature counts once per message), learned from
//! messages labelled by the reason they were written for. Each reason is
//! named by some of the lexicon's concepts (`REASONS`) and is about the
//! first of them. The lexicon's reading decides which reasons are in
//! question, the model which of them it is, and the model overrules the
//! lexicon only when it is sure (`ReasonModel::read`); a message of words
//! it never learned (a language it has no examples of) keeps the lexicon's
//! reading.
//!
//! The desk's model (`ReasonModel::shipped`) is learned, at first use,
//! from the labelled sets kept in the repository (`SHIPPED`); the newest
//! held-out set is not among them, so it measures the model on messages it
//! never saw. Why: docs/decisions/036-reasons-learned-from-labelled-complaints.md.

use crate::lexicon::{concept_id, lexicon, ConceptId};
use crate::text::{stem, words, Lang};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// The reasons complaints are labelled with, and the lexicon concepts
/// that name each: the first is the concept the reason is about (a case
/// read as the reason is about it), the others name it too (the app names
/// a check-in question, food an on-board one). A labelled example of
/// another reason is not learned from.
pub const REASONS: [(&str, &[&str]); 16] = [
    ("flight_cancelled", &["cancel"]),
    ("flight_delayed", &["delay"]),
    ("baggage_lost", &["lost"]),
    ("baggage_damaged", &["damaged"]),
    ("refund", &["refund"]),
    ("compensation", &["compensation"]),
    ("booking_change", &["rebook"]),
    ("checkin_app", &["checkin", "app", "boarding_pass"]),
    ("staff_complaint", &["rude"]),
    ("special_assistance", &["assistance"]),
    ("seat_upgrade", &["seat", "upgrade"]),
    ("pets", &["pet"]),
    ("onboard_service", &["cabin", "food"]),
    ("loyalty_miles", &["miles"]),
    ("invoice_receipt", &["invoice"]),
    ("denied_boarding", &["overbooking"]),
];

/// Where the lexicon read a request, a reason it did not name is read
/// only at these odds: the words around a question ("flying tomorrow
/// morning") lean to the reasons most messages are written for, and
/// outweigh the one word that says what is asked ("upgrade", "passport").
/// Naive Bayes grows surer with every word, so a long message passes it
/// more easily than a short one (docs/decisions/036, "Limits").
pub const OVERRIDE_CONFIDENCE: f64 = 0.9;

/// The concepts of each reason in `REASONS`, resolved once.
fn reason_concepts() -> &'static [Vec<ConceptId>] {
    static IDS: OnceLock<Vec<Vec<ConceptId>>> = OnceLock::new();
    IDS.get_or_init(|| {
        REASONS
            .iter()
            .map(|(_, concepts)| concepts.iter().filter_map(|c| concept_id(c)).collect())
            .collect()
    })
}

/// Each reason's index as stored with a feature (16 fit in a byte).
const REASON_INDEX: [u8; REASONS.len()] = {
    let mut index = [0u8; REASONS.len()];
    let mut i = 0;
    while i < REASONS.len() {
        index[i] = i as u8;
        i += 1;
    }
    index
};

/// Additive smoothing of the counts, chosen by leaving one labelled set out
/// at a time (docs/decisions/036): 0.05 to 0.1 read best, 0.5 and more
/// drown the small reasons.
const SMOOTHING: f64 = 0.1;

/// A reading is used when the model gives it at least these odds.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// Words longer than this are links or pasted codes, not words.
const MAX_WORD: usize = 40;

/// At most this many words of a message are read.
const MAX_WORDS: usize = 400;

/// A labelled set of tests/data at the repository root: its three files.
macro_rules! labelled_set {
    ($dir:literal) => {
        [
            (
                "en",
                include_str!(concat!("../../../tests/data/", $dir, "/complaints-en.tsv")),
            ),
            (
                "fr",
                include_str!(concat!("../../../tests/data/", $dir, "/complaints-fr.tsv")),
            ),
            (
                "de",
                include_str!(concat!("../../../tests/data/", $dir, "/complaints-de.tsv")),
            ),
        ]
    };
}

/// The labelled sets the desk's model learns from, each a list of
/// (language, lines of `reason<TAB>text`): the development set beside the
/// crate's tests, the corpus and the held-out sets but the newest.
const SHIPPED: [[(&str, &str); 3]; 9] = [
    [
        ("en", include_str!("../tests/dev/dev-en.tsv")),
        ("fr", include_str!("../tests/dev/dev-fr.tsv")),
        ("de", include_str!("../tests/dev/dev-de.tsv")),
    ],
    [
        ("en", include_str!("../tests/dev/dev-b-en.tsv")),
        ("fr", include_str!("../tests/dev/dev-b-fr.tsv")),
        ("de", include_str!("../tests/dev/dev-b-de.tsv")),
    ],
    labelled_set!("complaints"),
    labelled_set!("complaints-holdout"),
    labelled_set!("complaints-holdout-2"),
    labelled_set!("complaints-holdout-3"),
    labelled_set!("complaints-holdout-4"),
    labelled_set!("complaints-holdout-5"),
    labelled_set!("complaints-holdout-6"),
];

/// One labelled message to learn from. `locale` is where it was written
/// ("fr", "de-CH"); its words decide when they clearly say another
/// language, as when a case is read.
#[derive(Debug, Clone, Copy)]
pub struct Example<'a> {
    pub reason: &'a str,
    pub locale: &'a str,
    pub text: &'a str,
}

/// What the model reads in a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReasonReading {
    /// The reason's key in `REASONS`.
    pub reason: &'static str,
    /// The lexicon concept the reason is about.
    pub concept: ConceptId,
    /// The model's probability for it, from 0 to 1.
    pub confidence: f64,
}

/// A multinomial naive Bayes model of `REASONS`. See the module's docs.
#[derive(Default)]
pub struct ReasonModel {
    /// Feature → (reason index, messages of that reason having it).
    features: HashMap<String, Vec<(u8, u32)>>,
    /// Per reason: ln(its share of the examples); -∞ without examples.
    log_prior: Vec<f64>,
    /// Per reason: ln(its feature count + smoothing × features).
    log_total: Vec<f64>,
    examples: usize,
}

impl ReasonModel {
    /// The desk's model, learned from `SHIPPED` the first time it is asked
    /// for (about 0.2 s in a release build).
    pub fn shipped() -> Arc<ReasonModel> {
        static MODEL: OnceLock<Arc<ReasonModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| {
                let examples = SHIPPED.iter().flatten().flat_map(|(locale, lines)| {
                    lines.lines().filter_map(|line| {
                        let (reason, text) = line.split_once('\t')?;
                        Some(Example {
                            reason: reason.trim(),
                            locale,
                            text,
                        })
                    })
                });
                Arc::new(ReasonModel::learn(examples))
            })
            .clone()
    }

    /// A model learned from `examples`; those of a reason outside `REASONS`
    /// or without text are left out.
    pub fn learn<'a>(examples: impl IntoIterator<Item = Example<'a>>) -> ReasonModel {
        let mut counts: HashMap<String, Vec<(u8, u32)>> = HashMap::new();
        let mut per_reason = [0u32; REASONS.len()];
        let mut totals = [0u64; REASONS.len()];
        for example in examples {
            let Some(r) = REASONS.iter().position(|(key, _)| *key == example.reason) else {
                continue;
            };
            if example.text.trim().is_empty() {
                continue;
            }
            let lang = lexicon().language(example.text, Lang::from_locale(example.locale));
            per_reason[r] += 1;
            for feature in features(example.text, lang) {
                totals[r] += 1;
                let entry = counts.entry(feature).or_default();
                match entry.iter_mut().find(|(i, _)| usize::from(*i) == r) {
                    Some((_, n)) => *n += 1,
                    None => entry.push((REASON_INDEX[r], 1)),
                }
            }
        }
        let examples: u32 = per_reason.iter().sum();
        let vocabulary = counts.len() as f64;
        ReasonModel {
            // A reason without examples is never read.
            log_prior: per_reason
                .iter()
                .map(|n| match n {
                    0 => f64::NEG_INFINITY,
                    n => (f64::from(*n) / f64::from(examples)).ln(),
                })
                .collect(),
            log_total: totals
                .iter()
                .map(|t| {
                    (*t as f64 + SMOOTHING * vocabulary)
                        .max(f64::MIN_POSITIVE)
                        .ln()
                })
                .collect(),
            features: counts,
            examples: examples as usize,
        }
    }

    /// How many examples it learned from.
    pub fn examples(&self) -> usize {
        self.examples
    }

    /// The reason `text` (read as `lang`) is about, given the intents
    /// the lexicon `named` in it:
    /// - the model's likeliest reason, if the lexicon named it too;
    /// - else that reason, if the model gives it `OVERRIDE_CONFIDENCE`
    ///   (the lexicon missed what was asked: "we landed in Munich instead
    ///   of Zurich" names only a change);
    /// - else the likeliest of the reasons the lexicon named (the model
    ///   picks among them: "rebook me or refund me" after a cancellation);
    /// - else, when the lexicon named no intent at all (`named` empty),
    ///   the likeliest at `MIN_CONFIDENCE`.
    ///
    /// A reason the model has no examples of is never read. None when the
    /// model knows none of the words, or none of these holds (an intent
    /// no reason stands for, a passport or a lounge, and a model not sure
    /// of another).
    pub fn read(&self, text: &str, lang: Lang, named: &[ConceptId]) -> Option<ReasonReading> {
        let scores = self.log_posteriors(text, lang)?;
        // Compared in logarithms: on a long message every reason but the
        // likeliest is 0 once exponentiated.
        let odds = |r: usize| scores.get(r).copied().unwrap_or(f64::NEG_INFINITY);
        let names = |r: usize| {
            reason_concepts()
                .get(r)
                .is_some_and(|ids| ids.iter().any(|id| named.contains(id)))
        };
        let best =
            (0..REASONS.len()).max_by(|a, b| odds(*a).total_cmp(&odds(*b)).then(b.cmp(a)))?;
        let best_named = (0..REASONS.len())
            .filter(|r| names(*r) && odds(*r).is_finite())
            .max_by(|a, b| odds(*a).total_cmp(&odds(*b)).then(b.cmp(a)));
        let sure = |at: f64| odds(best) >= at.ln();
        let chosen = match best_named {
            _ if names(best) || sure(OVERRIDE_CONFIDENCE) => best,
            Some(r) => r,
            None if named.is_empty() && sure(MIN_CONFIDENCE) => best,
            None => return None,
        };
        let (reason, _) = REASONS.get(chosen)?;
        Some(ReasonReading {
            reason,
            concept: *reason_concepts().get(chosen)?.first()?,
            confidence: odds(chosen).exp(),
        })
    }

    /// The logarithm of each reason's probability (in the order of
    /// `REASONS`; -∞ for a reason without examples), or None when the
    /// model knows none of the words.
    fn log_posteriors(&self, text: &str, lang: Lang) -> Option<Vec<f64>> {
        if self.examples == 0 {
            return None;
        }
        let known: Vec<&Vec<(u8, u32)>> = features(text, lang)
            .iter()
            .filter_map(|f| self.features.get(f))
            .collect();
        if known.is_empty() {
            return None;
        }
        // score(r) = ln prior(r) + Σ_f ln((count(f, r) + s) / total(r)),
        // with the absent counts' ln(s) taken once for every feature.
        let n = known.len() as f64;
        let mut scores: Vec<f64> = (0..REASONS.len())
            .map(|r| self.log_prior[r] + n * (SMOOTHING.ln() - self.log_total[r]))
            .collect();
        for postings in known {
            for (r, count) in postings {
                if let Some(score) = scores.get_mut(usize::from(*r)) {
                    *score += ((f64::from(*count) + SMOOTHING) / SMOOTHING).ln();
                }
            }
        }
        let top = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let log_sum = top + scores.iter().map(|s| (s - top).exp()).sum::<f64>().ln();
        Some(scores.iter().map(|s| s - log_sum).collect())
    }
}

impl Example<'static> {
    /// An English example, for tests.
    #[cfg(test)]
    pub(crate) fn en(reason: &'static str, text: &'static str) -> Example<'static> {
        Example {
            reason,
            locale: "en",
            text,
        }
    }
}

impl std::fmt::Debug for ReasonModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReasonModel")
            .field("examples", &self.examples)
            .field("features", &self.features.len())
            .finish()
    }
}

/// The features of a message: each stem and each pair of neighbouring
/// stems, prefixed by the language, once each. Words with a digit (flight
/// numbers, bookings, times) are left out.
fn features(text: &str, lang: Lang) -> Vec<String> {
    thread_local! {
        static STEMMERS: [rust_stemmers::Stemmer; 4] = Lang::ALL.map(Lang::stemmer);
    }
    let stems: Vec<String> = STEMMERS.with(|stemmers| {
        let stemmer = &stemmers[lang.index()];
        words(text)
            .filter(|w| w.len() <= MAX_WORD && !w.chars().any(|c| c.is_numeric()))
            .take(MAX_WORDS)
            .map(|w| stem(stemmer, lang, &w))
            .collect()
    });
    let code = lang.code();
    let mut out: Vec<String> = stems.iter().map(|s| format!("{code}:{s}")).collect();
    out.extend(
        stems
            .windows(2)
            .map(|p| format!("{code}:{} {}", p[0], p[1])),
    );
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_is_named_by_intents_of_the_lexicon() {
        for (reason, concepts) in REASONS {
            assert!(!concepts.is_empty(), "{reason}");
            for concept in concepts {
                let intent = concept_id(concept)
                    .and_then(|id| crate::lexicon::CONCEPTS.get(usize::from(id)))
                    .is_some_and(|c| c.is_intent());
                assert!(
                    intent,
                    "{reason} → {concept} is not an intent of the lexicon"
                );
            }
        }
    }

    #[test]
    fn the_shipped_model_learns_from_every_labelled_line() {
        let lines: usize = SHIPPED
            .iter()
            .flatten()
            .map(|(_, text)| text.lines().filter(|l| l.contains('\t')).count())
            .sum();
        assert!(lines >= 5_000, "{lines}");
        assert_eq!(ReasonModel::shipped().examples(), lines);
    }

    #[test]
    fn a_message_is_read_as_the_reason_its_words_were_learned_for() {
        let model = ReasonModel::learn([
            Example {
                reason: "baggage_lost",
                locale: "en",
                text: "my suitcase never arrived",
            },
            Example {
                reason: "refund",
                locale: "en",
                text: "I want my money back for the ticket",
            },
        ]);
        let reading = model.read("the suitcase never arrived at all", Lang::En, &[]);
        assert_eq!(reading.map(|r| r.reason), Some("baggage_lost"));
        assert!(reading.is_some_and(|r| r.confidence > 0.5));
    }

    #[test]
    fn the_reason_the_lexicon_named_wins_unless_the_model_is_sure_of_another() {
        let model = ReasonModel::learn([
            Example::en(
                "flight_cancelled",
                "my flight tomorrow morning is cancelled",
            ),
            Example::en(
                "flight_cancelled",
                "flying tomorrow morning, is it cancelled",
            ),
            Example::en("flight_cancelled", "tomorrow morning flight gone"),
            Example::en("flight_cancelled", "is my flight tomorrow morning going"),
            Example::en(
                "flight_cancelled",
                "for my flight tomorrow morning what now",
            ),
            Example::en("seat_upgrade", "an upgrade please"),
        ]);
        let text = "an upgrade for my flight tomorrow morning";
        let upgrade = concept_id("upgrade").into_iter().collect::<Vec<_>>();
        // Alone, the words around the question lean to the cancellations.
        let alone = model.read(text, Lang::En, &[]);
        assert_eq!(
            alone.map(|r| r.reason),
            Some("flight_cancelled"),
            "{alone:?}"
        );
        // The lexicon read an upgrade: the model is not sure enough of
        // anything else to overrule it.
        let named = model.read(text, Lang::En, &upgrade);
        assert_eq!(named.map(|r| r.reason), Some("seat_upgrade"));
        assert_eq!(named.map(|r| r.concept), concept_id("seat"));
        // Where the model is sure, it overrules: a cancellation told with
        // an upgrade in it.
        let sure = model.read(
            "my flight tomorrow morning is cancelled",
            Lang::En,
            &upgrade,
        );
        assert_eq!(sure.map(|r| r.reason), Some("flight_cancelled"));
        assert!(sure.is_some_and(|r| r.confidence >= OVERRIDE_CONFIDENCE));
    }

    #[test]
    fn a_request_no_reason_stands_for_is_not_given_one_unless_the_model_is_sure() {
        let model = ReasonModel::learn([
            Example::en(
                "flight_cancelled",
                "my flight tomorrow morning is cancelled",
            ),
            Example::en("flight_delayed", "my flight tomorrow morning is late"),
            Example::en("checkin_app", "check in for my flight tomorrow morning"),
        ]);
        let passport = concept_id("documents").into_iter().collect::<Vec<_>>();
        let text = "is my passport fine for my flight tomorrow morning";
        // Alone, it reads as a cancellation; with the passport the lexicon
        // read, the model is not sure enough to make it one.
        assert!(model.read(text, Lang::En, &[]).is_some());
        assert_eq!(model.read(text, Lang::En, &passport), None);
    }

    #[test]
    fn a_reason_without_examples_is_never_read() {
        let model = ReasonModel::learn([
            Example {
                reason: "refund",
                locale: "en",
                text: "money back for the ticket please",
            },
            Example {
                reason: "flight_cancelled",
                locale: "en",
                text: "the flight is cancelled",
            },
        ]);
        let pet = concept_id("pet").into_iter().collect::<Vec<_>>();
        let reading = model.read("can my dog fly with me, money back if not", Lang::En, &pet);
        assert_ne!(reading.map(|r| r.reason), Some("pets"));
    }

    #[test]
    fn a_long_message_keeps_every_reason_comparable() {
        // So many words that every reason but the likeliest is 0 once
        // exponentiated: in logarithms they stay apart, so the choice among
        // the reasons the lexicon named still follows the words.
        let model = ReasonModel::shipped();
        // A customer's essay: the texts of 150 labelled complaints (each
        // word counts once per message, so repeating one would not do).
        let long: String = SHIPPED[2][0]
            .1
            .lines()
            .take(150)
            .filter_map(|l| l.split_once('\t').map(|(_, text)| text))
            .collect::<Vec<_>>()
            .join(" ");
        let logs = model.log_posteriors(&long, Lang::En).unwrap_or_default();
        assert_eq!(logs.iter().filter(|l| l.is_finite()).count(), REASONS.len());
        let mut sorted = logs.clone();
        sorted.sort_by(|a, b| b.total_cmp(a));
        let second = sorted.get(1).copied().unwrap_or(0.0);
        assert!(second.exp() == 0.0, "not long enough to test: {second}");
        sorted.dedup();
        assert_eq!(sorted.len(), REASONS.len());
    }

    #[test]
    fn a_message_of_words_never_learned_is_not_read() {
        let model = ReasonModel::shipped();
        assert_eq!(model.read("zzz qqq", Lang::En, &[]), None);
        assert_eq!(model.read("", Lang::De, &[]), None);
        assert_eq!(
            ReasonModel::default().read("cancelled", Lang::En, &[]),
            None
        );
    }

    #[test]
    fn the_shipped_model_reads_plain_complaints_in_three_languages() {
        let model = ReasonModel::shipped();
        let read = |text: &str, lang| model.read(text, lang, &[]).map(|r| r.reason);
        assert_eq!(
            read("My flight tomorrow was cancelled, what now?", Lang::En),
            Some("flight_cancelled")
        );
        assert_eq!(
            read("Ma valise n'est jamais arrivée à Genève", Lang::Fr),
            Some("baggage_lost")
        );
        assert_eq!(
            read(
                "Wann bekomme ich mein Geld für das Ticket zurück?",
                Lang::De
            ),
            Some("refund")
        );
    }
}
