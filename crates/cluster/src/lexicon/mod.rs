//! The concept lexicon: per language, the stems (and short phrases) that
//! name each concept of airline customer care, and the stop words. It is
//! written by hand in `en.rs`, `fr.rs`, `de.rs` and `it.rs` and stemmed
//! once, the first time it is used. Why a lexicon and not a downloaded
//! model: docs/decisions/027-clustering.md.

mod concepts;
mod de;
mod en;
mod fr;
mod it;

pub use concepts::{Concept, CONCEPTS, UI_LANGUAGES};

use crate::text::{fold_umlauts, stem, strip_accents, words, Lang};
use rust_stemmers::Stemmer;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How far the second part of a separable verb may follow the first.
const SEPARABLE_REACH: usize = 6;

/// Index of a concept in `CONCEPTS`.
pub type ConceptId = u16;

/// What the lexicon reads in a message.
#[derive(Debug, Default, PartialEq)]
pub struct Reading {
    /// Concepts named, each once, in the order first seen.
    pub concepts: Vec<ConceptId>,
    /// Other words: (stem, the word as written, lower-cased), each stem once.
    pub words: Vec<(String, String)>,
}

struct LangLexicon {
    stemmer: Stemmer,
    stop: HashSet<String>,
    /// Stem, or stems of a phrase joined by a space → concepts.
    entries: HashMap<String, Vec<ConceptId>>,
    longest_phrase: usize,
    /// German separable verbs ("fällt … aus"): first stem, second stem,
    /// concept; the second follows within `SEPARABLE_REACH` words.
    separable: Vec<(String, String, ConceptId)>,
    /// Parts of compounds (folded, without accents) → concept.
    compounds: Vec<(String, ConceptId)>,
}

pub struct Lexicon {
    langs: Vec<LangLexicon>,
}

/// The lexicon, stemmed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

pub fn concept_id(key: &str) -> Option<ConceptId> {
    CONCEPTS
        .iter()
        .position(|c| c.key == key)
        .and_then(|i| ConceptId::try_from(i).ok())
}

/// A language's stop words, concepts and compound parts, as written.
fn sources(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => [en::STOP, en::CONCEPTS, en::COMPOUNDS],
        Lang::Fr => [fr::STOP, fr::CONCEPTS, fr::COMPOUNDS],
        Lang::De => [de::STOP, de::CONCEPTS, de::COMPOUNDS],
        Lang::It => [it::STOP, it::CONCEPTS, it::COMPOUNDS],
    }
}

/// The `key: words` lines of a language file, an indented line going on
/// with the key before it: (key, word) pairs.
fn entries(list: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut key = "";
    for line in list.lines() {
        let words = match line.split_once(':') {
            Some((k, words)) if !line.starts_with(char::is_whitespace) => {
                key = k.trim();
                words
            }
            _ => line,
        };
        out.extend(words.split_whitespace().map(|w| (key, w)));
    }
    out
}

/// A word as written and as typed without accents or umlauts.
fn spellings(word: &str) -> [String; 2] {
    let lower = word.to_lowercase();
    let plain = strip_accents(&lower);
    [lower, plain]
}

/// Concepts that say what happened to a bag: they count only where a bag
/// is named (`features::describe`).
pub const NEED_BAGGAGE: [&str; 2] = ["lost", "damaged"];

/// A phrase of lost or damaged that names the bag ("kein Koffer", "where
/// is my bag") names the bag too, which its words no longer say on their
/// own once the phrase has read them.
fn name_the_bag(stems: &mut HashMap<String, Vec<ConceptId>>) {
    let (Some(baggage), needing) = (concept_id("baggage"), NEED_BAGGAGE.map(concept_id)) else {
        return;
    };
    let phrases: Vec<String> = stems
        .iter()
        .filter(|(k, ids)| k.contains(' ') && ids.iter().any(|id| needing.contains(&Some(*id))))
        .map(|(k, _)| k.clone())
        .collect();
    for phrase in phrases {
        let names_bag = phrase
            .split(' ')
            .any(|part| stems.get(part).is_some_and(|ids| ids.contains(&baggage)));
        if let Some(ids) = stems.get_mut(&phrase).filter(|ids| !ids.contains(&baggage)) {
            if names_bag {
                ids.push(baggage);
            }
        }
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        let langs = Lang::ALL
            .into_iter()
            .map(|lang| {
                let [stop_words, concepts, compound_parts] = sources(lang);
                let stemmer = lang.stemmer();
                let mut stop = HashSet::new();
                for w in stop_words.split_whitespace() {
                    stop.extend(spellings(w));
                }
                let mut stems: HashMap<String, Vec<ConceptId>> = HashMap::new();
                let mut longest_phrase = 1;
                let mut separable = Vec::new();
                for (key, entry) in entries(concepts) {
                    let Some(id) = concept_id(key) else { continue };
                    if let Some((first, second)) = entry.split_once('~') {
                        for spelling in spellings(first) {
                            let pair = (
                                stem(&stemmer, lang, &spelling),
                                stem(&stemmer, lang, second),
                                id,
                            );
                            if !separable.contains(&pair) {
                                separable.push(pair);
                            }
                        }
                        continue;
                    }
                    for spelling in spellings(entry) {
                        let parts: Vec<String> = spelling
                            .split('_')
                            .filter(|p| !p.is_empty())
                            .map(|p| stem(&stemmer, lang, p))
                            .collect();
                        longest_phrase = longest_phrase.max(parts.len());
                        let ids = stems.entry(parts.join(" ")).or_default();
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                }
                name_the_bag(&mut stems);
                let mut compounds = Vec::new();
                for (key, part) in entries(compound_parts) {
                    let Some(id) = concept_id(key) else { continue };
                    let lower = part.to_lowercase();
                    for spelling in [fold_umlauts(&lower), strip_accents(&lower)] {
                        if !compounds.contains(&(spelling.clone(), id)) {
                            compounds.push((spelling, id));
                        }
                    }
                }
                LangLexicon {
                    stemmer,
                    stop,
                    entries: stems,
                    longest_phrase,
                    separable,
                    compounds,
                }
            })
            .collect();
        Lexicon { langs }
    }

    fn of(&self, lang: Lang) -> Option<&LangLexicon> {
        self.langs.get(lang.index())
    }

    /// The language `text` is written in: `hint` (the page's or the
    /// detector's), unless the stop words say clearly that it is another.
    /// A German message on the English page is read as German.
    pub fn language(&self, text: &str, hint: Option<Lang>) -> Lang {
        let mut hits = [0usize; 4];
        for w in words(text).take(200) {
            for lang in Lang::ALL {
                if self.of(lang).is_some_and(|l| l.stop.contains(&w)) {
                    hits[lang.index()] += 1;
                }
            }
        }
        let best = Lang::ALL
            .into_iter()
            .max_by_key(|l| (hits[l.index()], std::cmp::Reverse(l.index())))
            .unwrap_or(Lang::En);
        let best_hits = hits[best.index()];
        match hint {
            Some(h) if best_hits < 2 || best_hits < 2 * hits[h.index()] + 1 => h,
            _ if best_hits == 0 => Lang::En,
            _ => best,
        }
    }

    /// The concepts and the other words of `text`, read as `lang`.
    pub fn read(&self, text: &str, lang: Lang) -> Reading {
        let mut reading = Reading::default();
        let Some(lex) = self.of(lang) else {
            return reading;
        };
        // A "word" of more than 40 characters is a link or a pasted code:
        // no stem, no feature (and no long stemming).
        let raw: Vec<String> = words(text).filter(|w| w.len() <= 40).collect();
        let stems: Vec<String> = raw.iter().map(|w| stem(&lex.stemmer, lang, w)).collect();
        let add = |ids: &[ConceptId], reading: &mut Reading| {
            for id in ids {
                if !reading.concepts.contains(id) {
                    reading.concepts.push(*id);
                }
            }
        };
        for (i, first) in stems.iter().enumerate() {
            for (head, tail, id) in &lex.separable {
                if head == first
                    && stems[i + 1..]
                        .iter()
                        .take(SEPARABLE_REACH)
                        .any(|s| s == tail)
                {
                    add(&[*id], &mut reading);
                }
            }
        }
        let mut seen: HashSet<&str> = HashSet::new();
        let mut i = 0;
        'tokens: while i < raw.len() {
            for len in (2..=lex.longest_phrase.min(raw.len() - i)).rev() {
                if let Some(ids) = lex.entries.get(&stems[i..i + len].join(" ")) {
                    add(ids, &mut reading);
                    i += len;
                    continue 'tokens;
                }
            }
            let (word, stem) = (&raw[i], &stems[i]);
            i += 1;
            if lex.stop.contains(word) {
                continue;
            }
            if let Some(ids) = lex.entries.get(stem) {
                add(ids, &mut reading);
                continue;
            }
            let parts: Vec<ConceptId> = if word.chars().count() >= 7 {
                let folded = fold_umlauts(word);
                lex.compounds
                    .iter()
                    .filter(|(part, _)| folded.contains(part.as_str()))
                    .map(|(_, id)| *id)
                    .collect()
            } else {
                Vec::new()
            };
            if !parts.is_empty() {
                add(&parts, &mut reading);
            } else if stem.chars().count() >= 3
                && !word.chars().any(|c| c.is_numeric())
                && seen.insert(stem.as_str())
            {
                reading.words.push((stem.clone(), word.clone()));
            }
        }
        reading
    }
}

#[cfg(test)]
mod tests;
