//! The things a message names that make two messages one matter: the same
//! flight number, the same booking, the same airport on the same date.
//! Flight numbers and booking references come from the extractors the
//! reply templates already use (`switchboard_l10n::extract`); airports are
//! the ones a Swiss carrier's customers name, in the ways they write them;
//! dates are the written ones ("12.11.", "12/11", "12 novembre",
//! "November 12"), not "today", which every message of a crisis day shares.

use crate::text::{strip_accents, words};
use switchboard_l10n::extract::{booking_reference, flight_number};

/// What a message names, each at most once.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Entities {
    pub flight: Option<String>,
    pub booking: Option<String>,
    pub airport: Option<&'static str>,
    /// (day, month)
    pub date: Option<(u8, u8)>,
}

/// IATA code, then names and spellings (lower case, without accents).
/// "nice" is left out: in English it is a word, not a city.
const AIRPORTS: &[(&str, &str)] = &[
    ("ZRH", "zurich zuerich zurigo kloten"),
    ("GVA", "geneva geneve genf ginevra cointrin"),
    ("BSL", "basel bale basilea mulhouse euroairport"),
    ("LUG", "lugano agno"),
    ("BRN", "bern berne berna belp"),
    ("LHR", "london londres londra heathrow"),
    ("LCY", "city_airport"),
    ("CDG", "paris parigi cdg roissy"),
    ("FRA", "frankfurt francfort francoforte"),
    ("MUC", "munich muenchen munchen"),
    ("VIE", "vienna wien vienne"),
    ("BER", "berlin berlino"),
    ("HAM", "hamburg hambourg amburgo"),
    ("DUS", "dusseldorf duesseldorf"),
    ("AMS", "amsterdam"),
    ("BRU", "brussels bruxelles bruessel brussel bruxelles"),
    ("FCO", "rome rom roma fiumicino"),
    ("MXP", "milan milano mailand malpensa"),
    ("BCN", "barcelona barcelone"),
    ("MAD", "madrid"),
    ("LIS", "lisbon lisbonne lissabon lisbona lisboa"),
    ("OPO", "porto oporto"),
    ("NCE", "nizza"),
    ("PMI", "palma mallorca majorque"),
    ("AGP", "malaga"),
    ("ATH", "athens athenes athen atene"),
    ("PRG", "prague prag praga"),
    ("BUD", "budapest"),
    ("WAW", "warsaw varsovie warschau varsavia"),
    ("CPH", "copenhagen copenhague kopenhagen copenaghen"),
    ("ARN", "stockholm stoccolma"),
    ("OSL", "oslo"),
    ("DUB", "dublin dublino"),
    ("IST", "istanbul"),
    ("TLV", "tel_aviv"),
    ("JFK", "new_york newyork"),
    ("YUL", "montreal"),
    ("HRG", "hurghada"),
];

const MONTHS: [&str; 12] = [
    "january januar janvier gennaio jan janv gen",
    "february februar fevrier febbraio feb fev fevr febr",
    "march maerz marz mars marzo mar",
    "april avril aprile apr avr",
    "may mai maggio mag",
    "june juni juin giugno jun",
    "july juli juillet luglio jul juil lug",
    "august aout agosto aug",
    "september septembre settembre sep sept set",
    "october oktober octobre ottobre oct okt ott",
    "november novembre nov",
    "december dezember decembre dicembre dec dez dic",
];

fn month(word: &str) -> Option<u8> {
    let word = strip_accents(word);
    MONTHS
        .iter()
        .position(|names| names.split_whitespace().any(|n| n == word))
        .and_then(|i| u8::try_from(i + 1).ok())
}

fn day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic()); // "12th", "1er"
    (1..=2)
        .contains(&digits.len())
        .then(|| digits.parse::<u8>().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// "12.11.", "12.11.2026", "12/11", "12/11/26" (day first, as in Europe);
/// "14.30" is a time and "12.50" a price, so a dotted date needs its
/// closing dot or its year.
fn numeric_date(text: &str) -> Option<(u8, u8)> {
    let mut found = None;
    for chunk in text.split(|c: char| c.is_whitespace() || ",;:!?()[]".contains(c)) {
        let (parts, dotted): (Vec<&str>, bool) = if chunk.contains('/') {
            (chunk.split('/').collect(), false)
        } else {
            (chunk.split('.').collect(), true)
        };
        let year_ok = |y: &str| {
            y.is_empty() || matches!(y.len(), 2 | 4) && y.bytes().all(|b| b.is_ascii_digit())
        };
        let shape_ok = match parts.as_slice() {
            [_, _] => !dotted,
            [_, _, y] => year_ok(y) && (dotted || !y.is_empty()),
            _ => false,
        };
        if !shape_ok {
            continue;
        }
        let number = |p: &str| {
            (matches!(p.len(), 1 | 2) && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse::<u8>().ok())
                .flatten()
        };
        if let (Some(d), Some(m)) = (number(parts[0]), number(parts[1])) {
            if (1..=31).contains(&d) && (1..=12).contains(&m) {
                found = Some((d, m));
            }
        }
    }
    found
}

/// The entities `text` names (the last of each kind).
pub fn entities(text: &str) -> Entities {
    let ws: Vec<String> = words(text).take(5_000).map(|w| strip_accents(&w)).collect();
    let mut airport = None;
    let mut date = numeric_date(text);
    for (i, w) in ws.iter().enumerate() {
        let next = ws.get(i + 1).map(String::as_str).unwrap_or("");
        let pair = format!("{w}_{next}");
        if let Some((code, _)) = AIRPORTS.iter().find(|(code, names)| {
            code.eq_ignore_ascii_case(w) && text.contains(code)
                || names.split_whitespace().any(|n| n == w || n == pair)
        }) {
            airport = Some(*code);
        }
        if let (Some(d), Some(m)) = (day(w), month(next)) {
            date = Some((d, m));
        } else if let (Some(m), Some(d)) = (month(w), day(next)) {
            date = Some((d, m));
        }
    }
    Entities {
        // "EU 261" is the regulation on passenger rights, not a flight.
        flight: flight_number(text)
            .filter(|f| !matches!(f.as_str(), "EU 261" | "EC 261" | "CE 261")),
        booking: booking_reference(text),
        airport,
        date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn airports_are_found_by_their_names_in_four_languages_and_their_codes() {
        for text in ["stuck in Genf", "à Genève", "a Ginevra", "GVA gate B"] {
            assert_eq!(entities(text).airport, Some("GVA"), "{text}");
        }
        assert_eq!(entities("nice flight to New York").airport, Some("JFK"));
        assert_eq!(entities("it was nice").airport, None);
        assert_eq!(entities("ich bin am Gate").airport, None);
    }

    #[test]
    fn written_dates_are_found_and_times_and_prices_are_not() {
        assert_eq!(entities("am 12.11. in Zürich").date, Some((12, 11)));
        assert_eq!(entities("le 3/4 à Bâle").date, Some((3, 4)));
        assert_eq!(entities("le 12 novembre").date, Some((12, 11)));
        assert_eq!(entities("on November 3rd").date, Some((3, 11)));
        assert_eq!(entities("12. März 2026").date, Some((12, 3)));
        assert_eq!(entities("um 14.30 Uhr").date, None);
        assert_eq!(entities("CHF 12.50").date, None);
        assert_eq!(entities("May I ask").date, None);
    }

    #[test]
    fn flights_and_bookings_come_from_the_template_extractors() {
        let e = entities("LX 1612 cancelled, booking K7QX2P");
        assert_eq!(e.flight.as_deref(), Some("LX 1612"));
        assert_eq!(e.booking.as_deref(), Some("K7QX2P"));
        assert_eq!(entities("under EU 261 you owe me").flight, None);
    }
}
