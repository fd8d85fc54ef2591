//! Booking references, e-mail addresses and written dates: the rules that
//! read words, and the context words the other rules consult.

/// A run of letters and digits, with its byte offsets.
pub(super) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub lower: String,
}

pub(super) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push(Word {
                    start: s,
                    end: i,
                    text: &text[s..i],
                    lower: text[s..i].to_lowercase(),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Words that announce a booking reference (matched as the start of a
/// word, or inside a German compound such as "Flugbuchung").
const BOOKING_WORDS: [&str; 14] = [
    "booking",
    "reservation",
    "réservation",
    "reservierung",
    "buchung",
    "prenotazion",
    "referen",
    "référence",
    "riferimento",
    "pnr",
    "dossier",
    "codice",
    "locator",
    "record",
];
/// Booking words that must be the whole word.
const BOOKING_EXACT: [&str; 5] = ["code", "ref", "réf", "rif", "codes"];
/// Words that may stand between a booking word and the reference.
const FILLERS: [&str; 34] = [
    "is", "est", "ist", "è", "e", "c", "lautet", "number", "no", "nr", "n", "num", "numéro",
    "numero", "nummer", "de", "di", "del", "della", "du", "the", "my", "mon", "ma", "mein",
    "meine", "il", "la", "le", "your", "votre", "ihre", "sua", "our",
];
const BIRTH_WORDS: [&str; 10] = [
    "born",
    "birth",
    "né",
    "née",
    "nés",
    "naissance",
    "geboren",
    "geburt",
    "nascita",
    "compleann",
];
const BIRTH_EXACT: [&str; 8] = [
    "dob",
    "geb",
    "nato",
    "nata",
    "nati",
    "nate",
    "anniversaire",
    "nées",
];
/// Words that make a number something else than a phone: a bag tag, a
/// ticket, an order, an invoice.
const NUMBER_WORDS: [&str; 12] = [
    "tag",
    "bagtag",
    "étiquette",
    "etiquette",
    "gepäckanhänger",
    "anhänger",
    "etichetta",
    "ticket",
    "billet",
    "biglietto",
    "invoice",
    "iban",
];

fn is_booking_word(w: &Word) -> bool {
    BOOKING_WORDS.iter().any(|b| w.lower.starts_with(b))
        || BOOKING_EXACT.contains(&w.lower.as_str())
        || ["buchung", "reservierung"]
            .iter()
            .any(|b| w.lower.contains(b))
}

fn before<'w, 'a>(
    words: &'w [Word<'a>],
    start: usize,
    n: usize,
) -> impl Iterator<Item = &'w Word<'a>> {
    let i = words.partition_point(|w| w.end <= start);
    words[i.saturating_sub(n)..i].iter()
}

fn after<'w, 'a>(
    words: &'w [Word<'a>],
    end: usize,
    n: usize,
) -> impl Iterator<Item = &'w Word<'a>> {
    let i = words.partition_point(|w| w.start < end);
    words[i..(i + n).min(words.len())].iter()
}

/// A birth word among the six words before the span or the three after.
pub(super) fn near_birth_word(words: &[Word], start: usize, end: usize) -> bool {
    let birth = |w: &&Word| {
        BIRTH_WORDS.iter().any(|b| w.lower.starts_with(b))
            || BIRTH_EXACT.contains(&w.lower.as_str())
    };
    before(words, start, 6).any(|w| birth(&w)) || after(words, end, 3).any(|w| birth(&w))
}

/// A tag, ticket or invoice word among the three words before `start`.
pub(super) fn near_number_word(words: &[Word], start: usize) -> bool {
    before(words, start, 3).any(|w| NUMBER_WORDS.contains(&w.lower.as_str()))
}

/// The parts of a mailbox that name a role or a department, not a person.
const ROLE_PARTS: [&str; 52] = [
    "info",
    "contact",
    "kontakt",
    "contatto",
    "contatti",
    "service",
    "services",
    "servizio",
    "customer",
    "customers",
    "customercare",
    "kunden",
    "kundendienst",
    "kundenservice",
    "client",
    "clients",
    "clientele",
    "clienti",
    "support",
    "help",
    "hilfe",
    "aiuto",
    "care",
    "relations",
    "reservations",
    "reservation",
    "booking",
    "bookings",
    "reservierung",
    "prenotazioni",
    "noreply",
    "no-reply",
    "office",
    "team",
    "press",
    "presse",
    "media",
    "feedback",
    "claims",
    "refunds",
    "refund",
    "baggage",
    "bagages",
    "gepaeck",
    "bagagli",
    "sales",
    "hello",
    "admin",
    "webmaster",
    "privacy",
    "datenschutz",
    "dpo",
];

/// A role mailbox ("customer.relations@…", "kundendienst@…"): the
/// company's, not personal data.
fn role_mailbox(local: &str) -> bool {
    let lower = local.to_lowercase();
    ROLE_PARTS.contains(&lower.as_str())
        || lower
            .split(['.', '_', '-', '+'])
            .any(|part| ROLE_PARTS.contains(&part))
}

/// E-mail addresses: "name@domain.tld", and "name (at) domain (dot) tld"
/// with the at and dot words of the four languages.
pub(super) fn emails(text: &str, words: &[Word]) -> Vec<(usize, usize)> {
    let local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || ".-".contains(c);
    let mut out = Vec::new();
    for (at, _) in text.match_indices('@') {
        let start = text[..at].trim_end_matches(local).len();
        let host = &text[at + 1..];
        let host = &host[..host.len() - host.trim_start_matches(domain).len()];
        let host = host.trim_end_matches(['.', '-']);
        let tld_ok = host.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
        });
        if start < at && tld_ok && !role_mailbox(&text[start..at]) {
            out.push((start, at + 1 + host.len()));
        }
    }
    // Spelled out: local (at) domain (dot) tld, as five words.
    const AT: [&str; 5] = ["at", "arobase", "chiocciola", "ät", "klammeraffe"];
    const DOT: [&str; 4] = ["dot", "point", "punto", "punkt"];
    const TLDS: [&str; 16] = [
        "com", "ch", "fr", "de", "it", "net", "org", "uk", "at", "be", "eu", "li", "lu", "nl",
        "es", "io",
    ];
    for i in 0..words.len().saturating_sub(4) {
        let [name, a, host, d, tld] = [
            &words[i],
            &words[i + 1],
            &words[i + 2],
            &words[i + 3],
            &words[i + 4],
        ];
        let gap_ok = |x: &Word, y: &Word| text[x.end..y.start].chars().all(|c| " ()[]".contains(c));
        if AT.contains(&a.lower.as_str())
            && DOT.contains(&d.lower.as_str())
            && TLDS.contains(&tld.lower.as_str())
            && [(name, a), (a, host), (host, d), (d, tld)]
                .iter()
                .all(|(x, y)| gap_ok(x, y))
        {
            // The local part may hold dots: "anne.dupont (at) …".
            let start = text[..name.end]
                .trim_end_matches(|c: char| c.is_alphanumeric() || "._-".contains(c))
                .len();
            out.push((start, tld.end));
        }
    }
    out
}

const MONTHS: [&str; 45] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "januar",
    "jänner",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "dicembre",
];

fn day_of(w: &Word) -> bool {
    let digits = w.lower.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w.lower[digits.len()..];
    ["", "st", "nd", "rd", "th", "er", "e"].contains(&suffix)
        && (1..=2).contains(&digits.len())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn year_of(w: &Word) -> bool {
    w.text.len() == 4
        && w.text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2099).contains(&y))
}

/// Written dates: "12 March 1985", "1er mars 1948", "12. März 1985",
/// "1° marzo", "March 12, 1985"; the year may be missing.
pub(super) fn text_dates(text: &str, words: &[Word]) -> Vec<(usize, usize)> {
    let gap = |x: &Word, y: &Word, allowed: &str| {
        text[x.end..y.start].chars().all(|c| allowed.contains(c))
    };
    let mut out = Vec::new();
    for (m, month) in words.iter().enumerate() {
        if !MONTHS.contains(&month.lower.as_str()) {
            continue;
        }
        let year = |i: usize| {
            words
                .get(i)
                .filter(|y| year_of(y) && gap(&words[i - 1], y, " ,\u{a0}"))
        };
        if let Some(day) = m
            .checked_sub(1)
            .map(|d| &words[d])
            .filter(|d| day_of(d) && gap(d, month, " .°\u{a0}"))
        {
            let end = year(m + 1).map_or(month.end, |y| y.end);
            out.push((day.start, end));
        } else if let Some(day) = words
            .get(m + 1)
            .filter(|d| day_of(d) && gap(month, d, " \u{a0}"))
        {
            let end = year(m + 2).map_or(day.end, |y| y.end);
            out.push((month.start, end));
        }
    }
    out
}

/// Booking references (see the module's documentation for the shapes).
pub(super) fn bookings(text: &str, words: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if w.text.len() != 6 || !w.text.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let has_digit = w.text.chars().any(|c| c.is_ascii_digit());
        let has_letter = w.text.chars().any(|c| c.is_ascii_alphabetic());
        let upper = !w.text.chars().any(|c| c.is_ascii_lowercase());
        let glued = text[..w.start].ends_with(['#', '/', '@', '_', '-', '.', '\''])
            || text[w.end..].starts_with(['@', '_', '-', '/'])
            || (text[w.end..].starts_with('.')
                && text[w.end + 1..].starts_with(char::is_alphanumeric));
        if !has_letter || glued || is_booking_word(w) {
            continue;
        }
        let immediate = words[..i]
            .iter()
            .rev()
            .take(4)
            .position(|p| is_booking_word(p))
            .is_some_and(|k| {
                words[i - k..i]
                    .iter()
                    .all(|p| FILLERS.contains(&p.lower.as_str()))
            });
        let near = words[i.saturating_sub(6)..i]
            .iter()
            .chain(words.iter().skip(i + 1).take(3))
            .any(is_booking_word);
        let found = if has_digit {
            let plain = !flight_shape(&w.text.to_ascii_uppercase()) && !unit_shape(w.text);
            ((upper || near) && plain) || immediate
        } else if upper {
            !shouting(words, i) && (immediate || (near && random_looking(&w.lower)))
        } else {
            w.text.chars().all(|c| c.is_ascii_lowercase()) && immediate && random_looking(&w.lower)
        };
        if found {
            out.push((w.start, w.end));
        }
    }
    out
}

/// LX1234, U21234, LX123A, EZY123: a carrier and a flight number.
fn flight_shape(s: &str) -> bool {
    let b = s.as_bytes();
    let tail = |from: usize| {
        let rest = &b[from..];
        let rest = match rest.split_last() {
            Some((last, init)) if last.is_ascii_alphabetic() => init,
            _ => rest,
        };
        (1..=4).contains(&rest.len()) && rest.iter().all(u8::is_ascii_digit)
    };
    (b[..2].iter().any(u8::is_ascii_alphabetic) && tail(2))
        || (b[..3].iter().all(u8::is_ascii_alphabetic) && tail(3))
}

/// 100CHF, 737MAX: a number with its unit or model.
fn unit_shape(s: &str) -> bool {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    digits >= 2 && s[digits..].chars().all(|c| c.is_ascii_alphabetic())
}

/// Letters that are not a word: at most one vowel, or four consonants in a row.
fn random_looking(lower: &str) -> bool {
    let vowel = |c: char| "aeiouy".contains(c);
    let vowels = lower.chars().filter(|&c| vowel(c)).count();
    let mut run = 0;
    let mut longest = 0;
    for c in lower.chars() {
        run = if vowel(c) { 0 } else { run + 1 };
        longest = longest.max(run);
    }
    vowels <= 1 || longest >= 4
}

/// A word in capitals among other capitalised words of four letters or
/// more is shouting, not a reference.
fn shouting(words: &[Word], i: usize) -> bool {
    let caps = |w: &Word| {
        w.text.chars().count() >= 4
            && w.text.chars().all(char::is_alphabetic)
            && !w.text.chars().any(char::is_lowercase)
    };
    words[i.saturating_sub(3)..i]
        .iter()
        .chain(words.iter().skip(i + 1).take(3))
        .any(|w| caps(w) && !is_booking_word(w))
}
