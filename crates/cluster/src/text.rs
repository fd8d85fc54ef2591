//! From a message to the stems the lexicon and the word features use.
//! The same steps run on the lexicon's own words when it is built, so a
//! customer's spelling reaches the lexicon's whatever the accents: German
//! umlauts are folded to their two-letter form before stemming ("Gepäck"
//! and the Swiss "Gepaeck" meet), the stems lose their accents after it
//! ("annulé" and "annule" meet).

use rust_stemmers::{Algorithm, Stemmer};

/// The languages the lexicon knows. Others are read with the English
/// steps: their words still become (language-specific) word features.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    De,
    It,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::De, Lang::It];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::It => "it",
        }
    }

    /// The language of a BCP 47 tag ("fr-CH" → French), if the lexicon
    /// knows it.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let primary = locale.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn stemmer(self) -> Stemmer {
        Stemmer::create(match self {
            Lang::En => Algorithm::English,
            Lang::Fr => Algorithm::French,
            Lang::De => Algorithm::German,
            Lang::It => Algorithm::Italian,
        })
    }
}

/// "ä" → "ae", "ö" → "oe", "ü" → "ue", "ß" → "ss" (the Swiss spelling).
pub fn fold_umlauts(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            _ => out.push(c),
        }
    }
    out
}

/// The letter without its accent, for the Latin letters of en, fr, de, it.
pub fn strip_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ÿ' => 'y',
            'œ' => 'o',
            'æ' => 'a',
            _ => c,
        })
        .collect()
}

/// The stem of one lower-case word in `lang`, without accents.
pub fn stem(stemmer: &Stemmer, lang: Lang, word: &str) -> String {
    let folded;
    let word = if lang == Lang::De {
        folded = fold_umlauts(word);
        folded.as_str()
    } else {
        word
    };
    strip_accents(&stemmer.stem(word))
}

/// The words of `text`, lower-cased: runs of letters and digits. An
/// apostrophe or a hyphen separates ("l'avion", "check-in").
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swiss_and_german_spellings_reach_the_same_stem() {
        let s = Lang::De.stemmer();
        assert_eq!(stem(&s, Lang::De, "gepäck"), stem(&s, Lang::De, "gepaeck"));
        assert_eq!(stem(&s, Lang::De, "grüße"), stem(&s, Lang::De, "gruesse"));
    }

    #[test]
    fn french_words_with_and_without_accents_reach_the_same_stem() {
        let s = Lang::Fr.stemmer();
        assert_eq!(stem(&s, Lang::Fr, "annulé"), stem(&s, Lang::Fr, "annule"));
        assert_eq!(
            stem(&s, Lang::Fr, "réservation"),
            stem(&s, Lang::Fr, "reservation")
        );
    }

    #[test]
    fn a_locale_tag_gives_its_language() {
        assert_eq!(Lang::from_locale("fr-CH"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("DE"), Some(Lang::De));
        assert_eq!(Lang::from_locale("nl-BE"), None);
        assert_eq!(Lang::from_locale(""), None);
    }
}
