//! The privacy guard measured on labelled sentences (issue 21): the corpus
//! (256 sentences in en/fr/de/it, half with personal data, half near misses
//! such as flight numbers, prices, travel dates and hotlines) carries the
//! thresholds; the held-out set (80 sentences written after the rules) is
//! measured and printed only. Figures are printed with `--nocapture` and
//! recorded in docs/benchmarks.md ("Privacy guard").

use std::collections::BTreeMap;
use switchboard_domain::{find_personal_data, personal_kinds};

struct Line {
    lang: String,
    expected: Vec<String>,
    sentence: String,
}

fn parse(tsv: &str) -> Vec<Line> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "a corpus line has three columns: {l}");
            let expected = if cols[1] == "ok" {
                Vec::new()
            } else {
                cols[1].split(',').map(str::to_string).collect()
            };
            Line {
                lang: cols[0].to_string(),
                expected,
                sentence: cols[2].to_string(),
            }
        })
        .collect()
}

fn pct(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        100.0 * n as f64 / of as f64
    }
}

#[derive(Default)]
struct Figures {
    sentences: usize,
    pii: usize,
    held: usize,
    ok: usize,
    false_holds: usize,
}

/// Runs the guard on every line, prints what it missed and held wrongly,
/// and the figures.
fn measure(name: &str, lines: &[Line]) -> Figures {
    let mut all = Figures {
        sentences: lines.len(),
        ..Figures::default()
    };
    let mut extra = 0;
    // kind → (sentences labelled with it, of which the kind was found)
    let mut per_kind: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut per_lang: BTreeMap<&str, Figures> = BTreeMap::new();
    for line in lines {
        let found: Vec<&str> = personal_kinds(&line.sentence)
            .into_iter()
            .map(|k| k.as_str())
            .collect();
        let lang = per_lang.entry(&line.lang).or_default();
        lang.sentences += 1;
        if line.expected.is_empty() {
            all.ok += 1;
            lang.ok += 1;
            if !found.is_empty() {
                all.false_holds += 1;
                lang.false_holds += 1;
                eprintln!(
                    "FALSE HOLD [{}] {:?}: {}",
                    line.lang,
                    find_personal_data(&line.sentence),
                    line.sentence
                );
            }
            continue;
        }
        all.pii += 1;
        lang.pii += 1;
        if found.is_empty() {
            eprintln!(
                "MISSED [{}] {}: {}",
                line.lang,
                line.expected.join(","),
                line.sentence
            );
        } else {
            all.held += 1;
            lang.held += 1;
        }
        for kind in found
            .iter()
            .filter(|k| !line.expected.iter().any(|e| e == *k))
        {
            extra += 1;
            eprintln!("EXTRA KIND [{}] {kind}: {}", line.lang, line.sentence);
        }
        for kind in &line.expected {
            let entry = per_kind.entry(kind).or_default();
            entry.0 += 1;
            if found.contains(&kind.as_str()) {
                entry.1 += 1;
            } else if !found.is_empty() {
                eprintln!(
                    "KIND MISSED [{}] {kind} (found {found:?}): {}",
                    line.lang, line.sentence
                );
            }
        }
    }
    eprintln!(
        "{name}: {} sentences, {} with personal data, {} near misses",
        all.sentences, all.pii, all.ok
    );
    for (lang, f) in &per_lang {
        eprintln!(
            "  {lang}: {} sentences; held {}/{} ({:.1} %); false holds {}/{} ({:.1} %)",
            f.sentences,
            f.held,
            f.pii,
            pct(f.held, f.pii),
            f.false_holds,
            f.ok,
            pct(f.false_holds, f.ok)
        );
    }
    eprintln!(
        "  held: {}/{} ({:.1} %)",
        all.held,
        all.pii,
        pct(all.held, all.pii)
    );
    eprintln!(
        "  false holds: {}/{} ({:.1} %)",
        all.false_holds,
        all.ok,
        pct(all.false_holds, all.ok)
    );
    eprintln!("  kinds found that a held sentence does not carry: {extra}");
    for (kind, (n, found)) in &per_kind {
        eprintln!("  recall {kind}: {found}/{n} ({:.1} %)", pct(*found, *n));
    }
    all
}

#[test]
fn the_guard_holds_nearly_every_sentence_with_personal_data_and_almost_no_near_miss() {
    let f = measure("corpus", &parse(include_str!("privacy_corpus.tsv")));
    assert!(
        f.sentences >= 240,
        "the corpus has at least 240 sentences, it has {}",
        f.sentences
    );
    assert!(
        pct(f.held, f.pii) >= 95.0,
        "at least 95 % of sentences with personal data held, got {}/{}",
        f.held,
        f.pii
    );
    assert!(
        pct(f.false_holds, f.ok) <= 2.0,
        "at most 2 % of near misses held, got {}/{}",
        f.false_holds,
        f.ok
    );
}

#[test]
fn the_held_out_set_is_measured_without_thresholds() {
    let f = measure("held-out", &parse(include_str!("privacy_heldout.tsv")));
    assert_eq!(f.sentences, 80, "the held-out set has 80 sentences");
}
