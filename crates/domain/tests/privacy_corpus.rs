//! The privacy guard measured on a labelled corpus (issue 21): 256
//! sentences in en/fr/de/it, half with personal data, half near misses
//! (flight numbers, prices, travel dates, hotlines). Figures are printed
//! with `--nocapture` and recorded in docs/benchmarks.md.

use std::collections::BTreeMap;
use switchboard_domain::{find_personal_data, personal_kinds};

struct Line {
    lang: String,
    expected: Vec<String>,
    sentence: String,
}

fn corpus() -> Vec<Line> {
    include_str!("privacy_corpus.tsv")
        .lines()
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

#[test]
fn the_guard_holds_nearly_every_sentence_with_personal_data_and_almost_no_near_miss() {
    let lines = corpus();
    let (mut pii, mut held, mut ok, mut false_holds, mut extra) = (0, 0, 0, 0, 0);
    // kind → (sentences labelled with it, of which the kind was found)
    let mut per_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // language → (pii, held, ok, false holds)
    let mut per_lang: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    for line in &lines {
        let found: Vec<&str> = personal_kinds(&line.sentence)
            .into_iter()
            .map(|k| k.as_str())
            .collect();
        let lang = per_lang.entry(line.lang.clone()).or_default();
        if line.expected.is_empty() {
            ok += 1;
            lang.2 += 1;
            if !found.is_empty() {
                false_holds += 1;
                lang.3 += 1;
                eprintln!(
                    "FALSE HOLD [{}] {:?}: {}",
                    line.lang,
                    find_personal_data(&line.sentence),
                    line.sentence
                );
            }
            continue;
        }
        pii += 1;
        lang.0 += 1;
        if !found.is_empty() {
            held += 1;
            lang.1 += 1;
        } else {
            eprintln!(
                "MISSED [{}] {}: {}",
                line.lang,
                line.expected.join(","),
                line.sentence
            );
        }
        for kind in &found {
            if !line.expected.iter().any(|e| e == kind) {
                extra += 1;
                eprintln!("EXTRA KIND [{}] {kind}: {}", line.lang, line.sentence);
            }
        }
        for kind in &line.expected {
            let entry = per_kind.entry(kind.clone()).or_default();
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
        "corpus: {} sentences, {pii} with personal data, {ok} near misses",
        lines.len()
    );
    for (lang, (p, h, o, f)) in &per_lang {
        eprintln!(
            "  {lang}: {} sentences; held {h}/{p} ({:.1} %); false holds {f}/{o} ({:.1} %)",
            p + o,
            pct(*h, *p),
            pct(*f, *o)
        );
    }
    eprintln!("held: {held}/{pii} ({:.1} %)", pct(held, pii));
    eprintln!(
        "false holds: {false_holds}/{ok} ({:.1} %)",
        pct(false_holds, ok)
    );
    eprintln!("kinds found that a held sentence does not carry: {extra}");
    for (kind, (n, found)) in &per_kind {
        eprintln!("  recall {kind}: {found}/{n} ({:.1} %)", pct(*found, *n));
    }
    assert!(
        lines.len() >= 240,
        "the corpus has at least 240 sentences, it has {}",
        lines.len()
    );
    assert!(
        pct(held, pii) >= 95.0,
        "at least 95 % of sentences with personal data held, got {held}/{pii}"
    );
    assert!(
        pct(false_holds, ok) <= 2.0,
        "at most 2 % of near misses held, got {false_holds}/{ok}"
    );
}
