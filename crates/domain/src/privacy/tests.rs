use super::*;

fn kinds(text: &str) -> Vec<&'static str> {
    personal_kinds(text)
        .into_iter()
        .map(PersonalKind::as_str)
        .collect()
}

fn found(text: &str) -> Vec<(&'static str, String)> {
    find_personal_data(text)
        .into_iter()
        .map(|f| (f.kind.as_str(), f.text))
        .collect()
}

#[track_caller]
fn holds(kind: &str, cases: &[(&str, &str)]) {
    for (text, expected) in cases {
        let got = found(text);
        assert!(
            got.iter().any(|(k, t)| k == &kind && t == expected),
            "expected {kind} {expected:?} in {text:?}, got {got:?}"
        );
    }
}

#[track_caller]
fn clean(cases: &[&str]) {
    for text in cases {
        assert!(
            found(text).is_empty(),
            "expected nothing held in {text:?}, got {:?}",
            found(text)
        );
    }
}

#[test]
fn swiss_phone_numbers_are_found_in_every_writing() {
    holds(
        "phone",
        &[
            ("call +41 79 000 12 34 now", "+41 79 000 12 34"),
            ("au 079 000 12 34.", "079 000 12 34"),
            ("Tel. 0041 78 000 45 67", "0041 78 000 45 67"),
            (
                "unter +41 (0)79 000 12 34 erreichbar",
                "+41 (0)79 000 12 34",
            ),
            ("Nummer 0790001234 bitte", "0790001234"),
            ("fisso 044/000 12 34", "044/000 12 34"),
        ],
    );
}

#[test]
fn french_german_british_and_italian_phone_numbers_are_found() {
    holds(
        "phone",
        &[
            ("au +33 6 12 34 56 78", "+33 6 12 34 56 78"),
            ("au 06 12 34 56 78 ?", "06 12 34 56 78"),
            ("au 06.12.34.56.78", "06.12.34.56.78"),
            ("unter +49 151 23456789", "+49 151 23456789"),
            ("unter 0151 23456789", "0151 23456789"),
            ("unter 030 1234567", "030 1234567"),
            ("on +44 7700 900123", "+44 7700 900123"),
            ("on 07700 900123", "07700 900123"),
            ("al +39 347 123 4567", "+39 347 123 4567"),
            ("al 347 1234567", "347 1234567"),
            ("al 06 1234 5678", "06 1234 5678"),
        ],
    );
}

#[test]
fn booking_references_are_found_by_shape_or_after_a_booking_word() {
    holds(
        "booking",
        &[
            ("My reference K7QX2P please", "K7QX2P"),
            ("dossier: 4RTZQW", "4RTZQW"),
            ("booking code is RTXPLM and", "RTXPLM"),
            ("réservation c'est zqwtkp", "zqwtkp"),
            ("Buchungsnummer ist P8KQZT", "P8KQZT"),
            ("codice PNR HKQZTW", "HKQZTW"),
            ("pnr is qkzt7w", "qkzt7w"),
            ("booking reference LX1234", "LX1234"),
        ],
    );
}

#[test]
fn flight_numbers_airports_units_and_capitals_are_not_bookings() {
    clean(&[
        "flight LX1234 to ZRH",
        "EZY123 and EZY1234 were late",
        "U21234 at gate A52",
        "the 737MAX and 100CHF",
        "THIS AIRLINE SHOULD REFUND",
        "code promo SOLDES",
        "Il codice sconto ESTATE non va",
        "Booking online is easier",
        "booking number please",
    ]);
}

#[test]
fn e_mail_addresses_are_found_also_spelled_out() {
    holds(
        "email",
        &[
            ("mail j.smith@example.com.", "j.smith@example.com"),
            (
                "from anna.baker@example.co.uk three",
                "anna.baker@example.co.uk",
            ),
            (
                "to claire (at) example (dot) com, ok",
                "claire (at) example (dot) com",
            ),
            (
                "anne.dupont arobase example point fr",
                "anne.dupont arobase example point fr",
            ),
            (
                "f.romano chiocciola example punto it",
                "f.romano chiocciola example punto it",
            ),
        ],
    );
    clean(&["meet at the gate, see you at ZRH", "@SwissCare thanks"]);
}

#[test]
fn card_numbers_are_found_only_when_the_luhn_check_passes() {
    holds(
        "card",
        &[
            ("card 4111 1111 1111 1111 charged", "4111 1111 1111 1111"),
            ("on 5555-5555-5555-4444, please", "5555-5555-5555-4444"),
            ("Amex 3782 822463 10005.", "3782 822463 10005"),
            ("4111111111111111", "4111111111111111"),
        ],
    );
    clean(&["card 4111 1111 1111 1112 charged"]);
}

#[test]
fn dates_of_birth_are_found_only_with_a_birth_word() {
    holds(
        "birthdate",
        &[
            ("born 14/07/1988.", "14/07/1988"),
            ("Date of birth: 3 March 1979", "3 March 1979"),
            ("DOB 2016-05-22", "2016-05-22"),
            ("né le 1er mars 1948", "1er mars 1948"),
            ("née le 12.03.1985", "12.03.1985"),
            ("Geburtsdatum 12. März 1985", "12. März 1985"),
            ("Ich bin am 12. März 1985 geboren", "12. März 1985"),
            ("nato il 1° marzo 1948", "1° marzo 1948"),
            ("data di nascita 12 marzo 1985", "12 marzo 1985"),
            ("born March 12, 1985", "March 12, 1985"),
        ],
    );
    clean(&[
        "flying on 12.03.2026",
        "le 14 mars à 14:30",
        "am 12. März 1985 gebucht",
        "born in 2019",
    ]);
}

#[test]
fn prices_times_seats_postcodes_and_counts_are_not_held() {
    clean(&[
        "CHF 120.50, €99, 1'250 CHF, 45,90 €, 459.00 EUR, 612,40 €",
        "at 14:30 from gate B34, seat 12A, row 23",
        "8058 Zürich, 1215 Genève, 6900 Lugano",
        "case #48213, over 1,200 passengers, 35 %, 2 000 people",
        "31234567 passengers in 2025",
        "the bag tag ZRH LX 123456 and tag 0724 123456",
        "LX 1234, LX 318, U2 1234 on 22.04.",
        "reference 2026-0412",
    ]);
}

#[test]
fn company_service_lines_are_not_personal() {
    clean(&[
        "call 0848 000 000",
        "unter 0800 000 123",
        "on +41 848 000 000",
        "0 800 123 456",
    ]);
    assert_eq!(kinds("call 0848 000 000 or me on 079 000 12 34"), ["phone"]);
}

#[test]
fn role_mailboxes_of_the_company_are_not_personal() {
    clean(&[
        "Please write to customer.relations@lakeline.example for compensation claims.",
        "Schreiben Sie an kundendienst@summit-air.example",
        "Écrivez à service-clients@lakeline.example",
        "info@summit-air.example or noreply@lakeline.example",
    ]);
    assert_eq!(
        kinds("write to care@lakeline.example, or me at julie.roux@mail.example"),
        ["email"]
    );
}

#[test]
fn findings_are_in_order_with_byte_offsets_and_not_overlapping() {
    let text = "Réservation PZ4KQW, tél. 06 39 98 77 11, mail luc@example.org";
    let all = find_personal_data(text);
    let got: Vec<_> = all
        .iter()
        .map(|f| (f.kind, &text[f.start..f.end]))
        .collect();
    assert_eq!(
        got,
        [
            (PersonalKind::Booking, "PZ4KQW"),
            (PersonalKind::Phone, "06 39 98 77 11"),
            (PersonalKind::Email, "luc@example.org")
        ]
    );
    assert!(all.windows(2).all(|w| w[0].end <= w[1].start));
    assert_eq!(kinds(text), ["booking", "email", "phone"]);
}

#[test]
fn removing_personal_data_tidies_the_spaces_around_it() {
    assert_eq!(
        without_personal_data("Your booking K7QX2P is confirmed."),
        "Your booking is confirmed."
    );
    assert_eq!(
        without_personal_data("Call me on +41 79 000 12 34."),
        "Call me on."
    );
    assert_eq!(
        without_personal_data("au 06 12 34 56 78 ? Merci"),
        "au ? Merci"
    );
    assert_eq!(without_personal_data("Ref (K7QX2P) ok"), "Ref ok");
    assert_eq!(without_personal_data("K7QX2P, j.smith@example.com"), "");
    assert_eq!(without_personal_data("K7QX2P , ok"), "ok");
    assert_eq!(
        without_personal_data("Nothing here, LX 1234."),
        "Nothing here, LX 1234."
    );
}

#[test]
fn kinds_are_named_in_snake_case_for_the_ui() {
    assert_eq!(
        serde_json::to_string(&PersonalKind::Birthdate).unwrap(),
        "\"birthdate\""
    );
    for kind in [
        PersonalKind::Booking,
        PersonalKind::Email,
        PersonalKind::Phone,
        PersonalKind::Card,
    ] {
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            format!("\"{}\"", kind.as_str())
        );
    }
}
