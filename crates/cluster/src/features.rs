//! A case as a weighted vector of features, the unit of comparison.
//!
//! - **Concepts** (language-neutral, from the lexicon) carry their own
//!   weight, about 1: they are what lets a French and a German message meet.
//! - **Entities**: the same flight number or booking weighs like a
//!   concept; an airport or a date alone weighs little, the same airport on
//!   the same date more.
//! - **Other words** (stems, per language) share a fixed budget: however
//!   many there are, together they weigh `WORD_BUDGET`, so a long message is
//!   not pulled apart from a short one by its length alone, and words never
//!   outweigh one concept.
//!
//! The vector is scaled to length 1; a cluster is the sum of its cases'
//! vectors, and a case's likeness to a cluster is the cosine between them.

use crate::entities::{entities, Entities};
use crate::lexicon::{lexicon, ConceptId, CONCEPTS, NEED_BAGGAGE};
use crate::text::Lang;

/// Together, the other words weigh this much (the length of their part of
/// the vector), against about 1 for one concept.
pub const WORD_BUDGET: f64 = 0.5;
/// At most this many other words count (the first ones).
pub const MAX_WORDS: usize = 40;
pub const FLIGHT_WEIGHT: f64 = 0.7;
pub const BOOKING_WEIGHT: f64 = 0.7;
pub const AIRPORT_WEIGHT: f64 = 0.2;
pub const DATE_WEIGHT: f64 = 0.15;
pub const AIRPORT_DATE_WEIGHT: f64 = 0.4;

/// Something two messages can have in common.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Feature {
    Concept(ConceptId),
    Flight(String),
    Booking(String),
    Airport(&'static str),
    Date(u8, u8),
    AirportDate(&'static str, u8, u8),
    /// A stem in a language, with no concept in the lexicon.
    Word(Lang, String),
}

/// The features of one case's text, with their weights (length 1 in
/// total, or empty for a text with nothing to compare), and how each word
/// was written (to show it in a label).
#[derive(Debug, Default)]
pub struct Described {
    pub features: Vec<(Feature, f64)>,
    pub spellings: Vec<(Feature, String)>,
}

pub fn describe(text: &str, lang: Lang) -> Described {
    let reading = lexicon().read(text, lang);
    let has_baggage = reading.concepts.iter().any(|id| {
        CONCEPTS
            .get(usize::from(*id))
            .is_some_and(|c| c.key == "baggage")
    });
    let mut features: Vec<(Feature, f64)> = reading
        .concepts
        .iter()
        .filter_map(|id| {
            let concept = CONCEPTS.get(usize::from(*id))?;
            // Without a bag named, "lost" and "broken" are about something
            // else (a status, a seat, an app) and do not count.
            if !has_baggage && NEED_BAGGAGE.contains(&concept.key) {
                return None;
            }
            Some((Feature::Concept(*id), concept.weight))
        })
        .collect();
    let Entities {
        flight,
        booking,
        airport,
        date,
    } = entities(text);
    if let Some(f) = flight {
        features.push((Feature::Flight(f), FLIGHT_WEIGHT));
    }
    if let Some(b) = booking {
        features.push((Feature::Booking(b), BOOKING_WEIGHT));
    }
    if let Some(a) = airport {
        features.push((Feature::Airport(a), AIRPORT_WEIGHT));
    }
    if let Some((d, m)) = date {
        features.push((Feature::Date(d, m), DATE_WEIGHT));
        if let Some(a) = airport {
            features.push((Feature::AirportDate(a, d, m), AIRPORT_DATE_WEIGHT));
        }
    }
    let words: Vec<_> = reading.words.into_iter().take(MAX_WORDS).collect();
    let mut spellings = Vec::with_capacity(words.len());
    if !words.is_empty() {
        let each = WORD_BUDGET / (words.len() as f64).sqrt();
        for (stem, spelling) in words {
            let feature = Feature::Word(lang, stem);
            spellings.push((feature.clone(), spelling));
            features.push((feature, each));
        }
    }
    let norm = features.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut features {
            *w /= norm;
        }
    }
    Described {
        features,
        spellings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vector_has_length_one_or_is_empty() {
        for text in [
            "",
            "🙂🙂",
            "Mein Koffer ist weg, LX 318 am 12.11. in Zürich",
            "a",
        ] {
            let d = describe(text, Lang::De);
            let norm: f64 = d.features.iter().map(|(_, w)| w * w).sum();
            assert!(
                d.features.is_empty() || (norm - 1.0).abs() < 1e-9,
                "{text}: {norm}"
            );
        }
        assert!(describe("🙂🙂", Lang::En).features.is_empty());
    }

    #[test]
    fn many_words_weigh_no_more_than_a_few() {
        let weight_of_cancel = |text: &str| {
            describe(text, Lang::En)
                .features
                .iter()
                .find(|(f, _)| matches!(f, Feature::Concept(_)))
                .map(|(_, w)| *w)
                .unwrap_or(0.0)
        };
        let short = weight_of_cancel("cancelled, argh");
        let long = weight_of_cancel(
            "cancelled, argh, honestly terrible grumpy grandmother birthday party zeppelin",
        );
        assert!((short - long).abs() < 1e-9, "{short} vs {long}");
    }
}
