//! Phone numbers, card numbers and numeric dates: all read from runs of
//! digit groups ("+41 79 000 12 34", "4111-1111-1111-1111", "12.03.1985").
//!
//! A run is cut into groups at single separators; every stretch of
//! consecutive groups is then tried, longest first, so "le 12.03 06 12 34 56
//! 78" still yields the phone after the date.

use super::words::{self, Word};

/// One run of digit groups.
pub(super) struct Run {
    /// Byte offset of a leading '+', if any.
    plus: Option<usize>,
    /// (start, end) of each group of digits.
    groups: Vec<(usize, usize)>,
    /// The separator before each group (' ' before the first).
    seps: Vec<char>,
    /// A "(0)" trunk prefix was written after the first group.
    trunk: bool,
}

const SEPARATORS: [char; 6] = [' ', '.', '-', '/', '\u{a0}', '\u{202f}'];

/// Every run of digit groups that stands on its own (not glued to letters,
/// as in "LX1234" or "12A").
pub(super) fn runs(text: &str) -> Vec<Run> {
    let bytes = text.as_bytes();
    let digits_from = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let glued_before = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || "#_@,'".contains(c))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let plus = bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        let first = if plus { i + 1 } else { i };
        if !bytes[first].is_ascii_digit() || glued_before(i) {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let mut run = Run {
            plus: plus.then_some(i),
            groups: Vec::new(),
            seps: vec![' '],
            trunk: false,
        };
        let mut at = first;
        loop {
            let len = digits_from(at);
            run.groups.push((at, at + len));
            at += len;
            let rest = &text[at..];
            if run.groups.len() == 1 && (plus || rest.starts_with(' ')) {
                let skip = rest.len() - rest.trim_start_matches(' ').len();
                if rest[skip..].starts_with("(0)") {
                    let after = &rest[skip + 3..];
                    let skip2 = after.len() - after.trim_start_matches(' ').len();
                    if after[skip2..].starts_with(|c: char| c.is_ascii_digit()) {
                        run.trunk = true;
                        run.seps.push(' ');
                        at += skip + 3 + skip2;
                        continue;
                    }
                }
            }
            let Some(sep) = rest.chars().next().filter(|c| SEPARATORS.contains(c)) else {
                break;
            };
            if !rest[sep.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            run.seps.push(sep);
            at += sep.len_utf8();
        }
        let glued_after = text[at..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric());
        // A run glued to letters after it ("23B", "2e") is a seat or an
        // ordinal; its last group is dropped and the rest kept.
        if glued_after {
            run.groups.pop();
            run.seps.pop();
        }
        if !run.groups.is_empty() {
            out.push(run);
        }
        i = at.max(i + 1);
    }
    out
}

impl Run {
    fn digits(&self, text: &str, from: usize, to: usize) -> String {
        self.groups[from..to]
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    fn span(&self, from: usize, to: usize) -> (usize, usize) {
        let start = if from == 0 {
            self.plus.unwrap_or(self.groups[0].0)
        } else {
            self.groups[from].0
        };
        (start, self.groups[to - 1].1)
    }

    /// Stretches of groups (from, to), longest first from each start; a
    /// stretch inside a run starts after a space only.
    fn stretches(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.groups.len();
        (0..n)
            .filter(move |&from| from == 0 || self.seps[from] == ' ')
            .flat_map(move |from| (from + 1..=n).rev().map(move |to| (from, to)))
    }
}

/// Takes the first matching stretch from each start, never overlapping.
fn pick(runs: &[Run], mut matches: impl FnMut(&Run, usize, usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for run in runs {
        let mut taken_to = 0;
        for (from, to) in run.stretches() {
            if from >= taken_to && matches(run, from, to) {
                out.push(run.span(from, to));
                taken_to = to;
            }
        }
    }
    out
}

pub(super) fn cards(text: &str, runs: &[Run]) -> Vec<(usize, usize)> {
    pick(runs, |run, from, to| {
        let seps = &run.seps[from + 1..to];
        let digits = run.digits(text, from, to);
        !(from == 0 && run.plus.is_some())
            && (13..=19).contains(&digits.len())
            && seps.iter().all(|&s| s == ' ' || s == '-')
            && luhn(&digits)
    })
}

fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                if d > 4 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Country codes read after "00" or "+", with the length of the national
/// number (without its trunk 0).
const COUNTRIES: [(&str, usize, usize); 12] = [
    ("41", 9, 9),
    ("33", 9, 9),
    ("49", 6, 12),
    ("44", 9, 10),
    ("39", 6, 11),
    ("43", 6, 12),
    ("31", 9, 9),
    ("32", 8, 9),
    ("34", 9, 9),
    ("352", 6, 11),
    ("423", 7, 7),
    ("1", 10, 10),
];

/// National prefixes of company lines (free, shared-cost and premium
/// numbers): a hotline in a reply is not the customer's data.
const SERVICE: [&str; 6] = ["0800", "0808", "084", "087", "090", "0180"];

pub(super) fn phones(text: &str, runs: &[Run], words: &[Word]) -> Vec<(usize, usize)> {
    pick(runs, |run, from, to| {
        let digits = run.digits(text, from, to);
        let plus = from == 0 && run.plus.is_some();
        let (start, _) = run.span(from, to);
        if plus || digits.starts_with("00") {
            let rest = if plus { &digits[..] } else { &digits[2..] };
            return COUNTRIES.iter().any(|&(cc, min, max)| {
                rest.strip_prefix(cc).is_some_and(|national| {
                    let national = national
                        .strip_prefix('0')
                        .filter(|_| !run.trunk)
                        .unwrap_or(national);
                    (min..=max).contains(&national.len()) && !is_service(&format!("0{national}"))
                })
            });
        }
        if is_date(run, from, to, text) || words::near_number_word(words, start) {
            return false;
        }
        let groups = to - from;
        let first_len = run.groups[from].1 - run.groups[from].0;
        let national = digits.starts_with('0')
            && !digits.starts_with("00")
            && (9..=12).contains(&digits.len())
            && (groups > 1 || digits.len() >= 10)
            && !is_service(&digits);
        let italian_mobile = digits.starts_with('3')
            && digits.len() == 10
            && (groups == 1 || first_len == 3)
            && groups <= 3;
        national || italian_mobile
    })
}

fn is_service(national: &str) -> bool {
    SERVICE.iter().any(|p| national.starts_with(p))
}

/// d.m.y, d/m/y, d-m-y (year of 2 or 4 digits) or y-m-d.
fn is_date(run: &Run, from: usize, to: usize, text: &str) -> bool {
    if to - from != 3 || run.seps[from + 1] != run.seps[from + 2] || run.seps[from + 1] == ' ' {
        return false;
    }
    let part = |i: usize| &text[run.groups[from + i].0..run.groups[from + i].1];
    let num = |i: usize| part(i).parse::<u32>().unwrap_or(0);
    let day_month = |d: usize, m: usize| (1..=31).contains(&num(d)) && (1..=12).contains(&num(m));
    let (l0, l1, l2) = (part(0).len(), part(1).len(), part(2).len());
    (l0 <= 2 && l1 <= 2 && (l2 == 2 || l2 == 4) && day_month(0, 1))
        || (l0 == 4 && l1 <= 2 && l2 <= 2 && day_month(2, 1))
}

/// Numeric dates with a year, whatever their context.
pub(super) fn dates(text: &str, runs: &[Run]) -> Vec<(usize, usize)> {
    pick(runs, |run, from, to| {
        !(from == 0 && run.plus.is_some()) && is_date(run, from, to, text)
    })
}
