//! Finding a flight number and a booking reference in what customers
//! write, to fill `$flight` and `$booking_ref`. People write "LX 1234",
//! "lx1234", "SU726" or "flight 318 of Summit Air"; only the first shapes
//! are recognised (a carrier code of two characters and 1–4 digits), so a
//! year or a price is never taken for a flight. A booking reference is six
//! letters and digits with at least one of each ("K7QX2P"), so "MERCI!"
//! shouted in capitals is not one.

/// Words split on anything that is not a letter or digit.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_carrier(w: &str) -> bool {
    w.len() == 2
        && w.chars().all(|c| c.is_ascii_alphanumeric())
        && w.chars().any(|c| c.is_ascii_alphabetic())
        && w.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

fn is_number(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
}

/// The last flight number in `text` ("LX 1234"), upper-cased, with a space.
pub fn flight_number(text: &str) -> Option<String> {
    let ws = words(text);
    let mut found = None;
    for (i, w) in ws.iter().enumerate() {
        // "LX1234" written together.
        // (Only when the first two bytes are characters: "für" and "Bâle"
        // are cut inside their second letter.)
        if (3..=6).contains(&w.len()) && w.is_char_boundary(2) {
            let (code, digits) = w.split_at(2);
            if is_carrier(code)
                && is_number(digits)
                && code
                    .chars()
                    .all(|c| !c.is_lowercase() || w.chars().all(|x| !x.is_uppercase()))
            {
                found = Some(format!("{} {}", code.to_uppercase(), digits));
                continue;
            }
        }
        // "LX 1234": the code must be written in capitals when apart,
        // or "de" and "12" would be a flight.
        if is_carrier(w) && w.chars().all(|c| !c.is_lowercase()) {
            if let Some(next) = ws.get(i + 1).filter(|n| is_number(n)) {
                found = Some(format!("{w} {next}"));
            }
        }
    }
    found
}

/// The last booking reference in `text` ("K7QX2P").
pub fn booking_reference(text: &str) -> Option<String> {
    words(text)
        .into_iter()
        .rev()
        .find(|w| {
            w.len() == 6
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && w.chars().any(|c| c.is_ascii_digit())
                && w.chars().any(|c| c.is_ascii_uppercase())
                && flight_number(w).is_none()
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flight_numbers_are_found_in_the_ways_people_write_them() {
        let cases = [
            (
                "Mein Koffer ist nach dem LK 1218 nicht angekommen",
                Some("LK 1218"),
            ),
            ("vol lx1234 annulé", Some("LX 1234")),
            ("SU726 from Hurghada", Some("SU 726")),
            ("on SA 318 then LX 8 to Geneva", Some("LX 8")),
            ("U2 1234 was late", Some("U2 1234")),
        ];
        for (text, want) in cases {
            assert_eq!(flight_number(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn years_prices_and_small_words_are_not_flights() {
        for text in [
            "I paid 1234 CHF in 2026",
            "de 12 à 14 heures",
            "am 12.11. um 14 Uhr",
            "Room 12345",
            "ABC 1234",
            "für Bâle, Küche, süß",
        ] {
            assert_eq!(flight_number(text), None, "{text}");
        }
    }

    #[test]
    fn booking_references_need_letters_and_digits() {
        assert_eq!(
            booking_reference("Buchung K7QX2P, bitte").as_deref(),
            Some("K7QX2P")
        );
        assert_eq!(booking_reference("MERCI! BONJOUR"), None);
        assert_eq!(
            booking_reference("ref k7qx2p"),
            None,
            "lower case is a word, not a PNR"
        );
        assert_eq!(
            booking_reference("LX1234"),
            None,
            "a flight is not a booking"
        );
        assert_eq!(
            booking_reference("Meldung ZRHLK20877"),
            None,
            "a baggage file is 10 long"
        );
    }
}
