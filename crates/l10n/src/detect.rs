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

    pub fn detect(&self, text: &str) -> Detection {
        let und = Detection {
            language: "und",
            confidence: 0.0,
        };
        let values = self.inner.compute_language_confidence_values(text);
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
