//! The language of a customer's message, offline. Messages on a fan page
//! are short ("Merci!", "Wo ist mein Koffer?"), so the detector only
//! chooses among the languages a European airline's pages receive, and
//! says `und` (undetermined) rather than guess when it is unsure: a wrong
//! "this is German" notice on a French case costs more than none.
//! The choice of detector and its accuracy on short messages are in
//! docs/decisions/007-language-detection.md.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// Languages the detector chooses among, and their ISO 639-1 codes.
const LANGUAGES: [(Language, &str); 7] = [
    (Language::English, "en"),
    (Language::French, "fr"),
    (Language::German, "de"),
    (Language::Italian, "it"),
    (Language::Dutch, "nl"),
    (Language::Spanish, "es"),
    (Language::Portuguese, "pt"),
];

/// Below this, the answer is `und`.
pub const MIN_CONFIDENCE: f64 = 0.3;

/// Detection reads at most this many characters of a message: plenty to
/// tell its language, and it bounds the work (the detector's time grows
/// with the square of a token's length: a pasted 40,000-character token
/// took 21 s, a message of 1 MB never ended).
pub const MAX_CHARS: usize = 1_000;

/// The start of `text` that detection reads: at most `MAX_CHARS`
/// characters, cut on a character boundary.
pub fn sample(text: &str) -> &str {
    match text.char_indices().nth(MAX_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// ISO 639-1, or `und`.
    pub language: &'static str,
    /// 0 to 1.
    pub confidence: f64,
}

pub struct Detector {
    inner: LanguageDetector,
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

impl Detector {
    pub fn new() -> Detector {
        Detector {
            inner: LanguageDetectorBuilder::from_languages(&LANGUAGES.map(|(l, _)| l)).build(),
        }
    }

    /// The language of `text`, read from its `sample`.
    pub fn detect(&self, text: &str) -> Detection {
        let und = Detection {
            language: "und",
            confidence: 0.0,
        };
        let values = self.inner.compute_language_confidence_values(sample(text));
        let Some((best, confidence)) = values.first().copied() else {
            return und;
        };
        let code = LANGUAGES.iter().find(|(l, _)| *l == best).map(|(_, c)| *c);
        match code {
            Some(language) if confidence >= MIN_CONFIDENCE => Detection {
                language,
                confidence,
            },
            _ => Detection { confidence, ..und },
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn the_sample_is_cut_on_a_character_boundary() {
        assert_eq!(sample("Wo ist mein Koffer?"), "Wo ist mein Koffer?");
        let long = "é".repeat(MAX_CHARS + 10);
        assert_eq!(sample(&long).chars().count(), MAX_CHARS);
        assert_eq!(sample(&long).len(), 2 * MAX_CHARS);
        let exact = "a".repeat(MAX_CHARS);
        assert_eq!(sample(&exact), exact);
    }

    #[test]
    fn a_forty_thousand_character_token_and_a_megabyte_are_detected_quickly() {
        let d = Detector::new();
        for text in [
            "ha".repeat(20_000),
            format!("Mein Koffer ist nicht angekommen {}", "ha".repeat(500_000)),
        ] {
            let t = Instant::now();
            let found = d.detect(&text);
            let took = t.elapsed();
            eprintln!("{} characters detected in {took:?}", text.len());
            // Generous: it took 21 s for 40,000 characters, and never
            // ended for a megabyte.
            assert!(took < Duration::from_secs(5), "{took:?}");
            assert!(found.confidence <= 1.0);
        }
    }
}
