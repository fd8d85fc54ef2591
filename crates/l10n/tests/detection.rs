//! Detection accuracy on short customer messages (tests/data/
//! short-messages.tsv: 50 per language in en, fr, de, it, nl and es, 1 to
//! 12 words, written for this test). Prints the figures that
//! docs/benchmarks.md quotes and fails when accuracy falls under the floor
//! measured when the detector was chosen (docs/decisions/007).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use switchboard_l10n::detect::Detector;

/// Written for the test and used to choose the detector and its thresholds.
const CORPUS: &str = include_str!("data/short-messages.tsv");
/// Written by another hand afterwards, never used for a choice: the check
/// that the figures hold on messages nobody tuned for.
const HELD_OUT: &str = include_str!("data/short-messages-heldout.tsv");

/// Right answers over all messages (an `und` counts as not right).
const FLOOR: f64 = 0.95;
/// Confident (≥ 0.7, what makes the case show a notice) and wrong.
const MAX_CONFIDENT_WRONG: f64 = 0.01;

#[test]
fn short_messages_are_detected_in_their_language() {
    check("short-messages.tsv", CORPUS);
}

#[test]
fn held_out_short_messages_are_detected_as_well() {
    check("short-messages-heldout.tsv", HELD_OUT);
}

fn check(name: &str, corpus: &str) {
    let detector = Detector::new();
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let (mut right, mut und, mut confident_wrong, mut total) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let (lang, text) = line.split_once('\t').expect("lang<TAB>text");
        let d = detector.detect(text);
        total += 1;
        let e = per.entry(lang).or_default();
        e.1 += 1;
        if d.language == lang {
            right += 1;
            e.0 += 1;
        } else {
            if d.language == "und" {
                und += 1;
            } else if d.confidence >= 0.7 {
                confident_wrong += 1;
            }
            misses.push(format!(
                "{lang} → {} {:.2}: {text}",
                d.language, d.confidence
            ));
        }
    }
    let accuracy = right as f64 / total as f64;
    println!(
        "language detection, {name}: {right}/{total} right ({:.1} %), {und} undetermined, {confident_wrong} confidently wrong",
        accuracy * 100.0
    );
    for (lang, (ok, n)) in &per {
        println!(
            "  {lang}: {ok}/{n} ({:.0} %)",
            *ok as f64 * 100.0 / *n as f64
        );
    }
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(
        total >= 240,
        "the corpus has {total} messages; at least 240 are needed"
    );
    assert!(
        accuracy >= FLOOR,
        "accuracy {accuracy:.3} is under the floor {FLOOR}"
    );
    assert!(
        (confident_wrong as f64 / total as f64) <= MAX_CONFIDENT_WRONG,
        "{confident_wrong} messages confidently detected in the wrong language"
    );
}
