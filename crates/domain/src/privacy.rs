//! The privacy guard's rules (issue 21): before a public reply goes out,
//! find the personal data in it so the send can be held for a look.
//!
//! A public comment is read by everyone on the page, so a booking reference,
//! a phone number or an e-mail address in it hands the customer's booking to
//! strangers. The rules look for five kinds, in the formats of the
//! workspace's countries (Switzerland, France, Germany, the UK, Italy) and
//! in en/fr/de/it running text:
//! - booking references (PNR): six capitals mixing letters and digits, or
//!   six letters right after a booking word ("booking", "réservation",
//!   "Buchung", "prenotazione", "PNR" …); never a flight number (LX1234,
//!   EZY123) or a quantity with its unit (100CHF);
//! - e-mail addresses, also written "name (at) domain (dot) com";
//! - phone numbers: international (+41 …, 0033 …) or national shapes
//!   (a leading 0 and 9–12 digits, an Italian mobile 3xx xxx xxxx); never a
//!   company's service line (0800, 0848 …), a date or a time;
//! - card numbers: 13–19 digits that pass the Luhn check;
//! - dates of birth: a date only when a birth word is near ("born", "né le",
//!   "geboren", "nata il" …), so a travel date is never held.
//!
//! The rules prefer missing an odd format to holding every reply with a
//! price in it: a guard that cries wolf is switched off. Their measured
//! quality is in docs/benchmarks.md ("Privacy guard").

mod numbers;
mod words;

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PersonalKind {
    Booking,
    Email,
    Phone,
    Card,
    Birthdate,
}

impl PersonalKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PersonalKind::Booking => "booking",
            PersonalKind::Email => "email",
            PersonalKind::Phone => "phone",
            PersonalKind::Card => "card",
            PersonalKind::Birthdate => "birthdate",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Finding {
    pub kind: PersonalKind,
    /// byte offsets in the text
    pub start: usize,
    pub end: usize,
    /// the text found
    pub text: String,
}

/// Every piece of personal data in `text`, in order of position, not overlapping.
pub fn find_personal_data(text: &str) -> Vec<Finding> {
    let words = words::words(text);
    let runs = numbers::runs(text);
    let birth_dates = numbers::dates(text, &runs)
        .into_iter()
        .chain(words::text_dates(text, &words))
        .filter(|&(start, end)| words::near_birth_word(&words, start, end));
    // Stronger shapes first: an e-mail's digits are not a phone, a card's
    // digits are not a booking.
    let mut spans: Vec<(PersonalKind, usize, usize)> = Vec::new();
    let candidates = words::emails(text, &words)
        .into_iter()
        .map(|s| (PersonalKind::Email, s))
        .chain(
            numbers::cards(text, &runs)
                .into_iter()
                .map(|s| (PersonalKind::Card, s)),
        )
        .chain(
            numbers::phones(text, &runs, &words)
                .into_iter()
                .map(|s| (PersonalKind::Phone, s)),
        )
        .chain(birth_dates.map(|s| (PersonalKind::Birthdate, s)))
        .chain(
            words::bookings(text, &words)
                .into_iter()
                .map(|s| (PersonalKind::Booking, s)),
        );
    for (kind, (start, end)) in candidates {
        if spans.iter().all(|&(_, s, e)| end <= s || start >= e) {
            spans.push((kind, start, end));
        }
    }
    spans.sort_by_key(|&(_, start, _)| start);
    spans
        .into_iter()
        .map(|(kind, start, end)| Finding {
            kind,
            start,
            end,
            text: text[start..end].to_string(),
        })
        .collect()
}

/// The kinds found, sorted and without repeats.
pub fn personal_kinds(text: &str) -> Vec<PersonalKind> {
    let mut kinds: Vec<PersonalKind> = find_personal_data(text)
        .into_iter()
        .map(|f| f.kind)
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// `text` with every finding removed (and the spaces around it tidied), for "remove it".
pub fn without_personal_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for finding in find_personal_data(text) {
        out.push_str(&text[pos..finding.start]);
        pos = finding.end;
        // An emptied pair of brackets goes with its content.
        if out.ends_with('(') && text[pos..].starts_with(')') {
            out.pop();
            pos += 1;
        }
        let rest = &text[pos..];
        if out.trim().is_empty() {
            // At the start, the separator that followed goes too.
            out.clear();
            pos += rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_whitespace() || ",;:-–".contains(c))
                    .len();
        } else if out.ends_with(char::is_whitespace) {
            pos += rest.len() - rest.trim_start().len();
        }
        if text[pos..].starts_with([',', '.', ')']) || pos == text.len() {
            out.truncate(out.trim_end().len());
        }
    }
    out.push_str(&text[pos..]);
    out.trim().to_string()
}

#[cfg(test)]
mod tests;
