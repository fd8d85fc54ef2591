//! The issue's bar for crisis clusters, measured on labelled complaints:
//! clusters of 5 or more cases hold at least half of the messages, and in
//! each of them at least 70 % of the cases share its majority reason.
//!
//! Every `*.tsv` of a directory is read (lines `reason<TAB>text`; the
//! language is the file name's last part, `complaints-fr.tsv` → `fr`).
//! The messages are fed one by one in a fixed shuffled order, each its own
//! case, spread over two pages per language (six for three languages).
//!
//! What a case is about is read by the desk's reason model
//! (`switchboard_cluster::reasons`), learned from the labelled sets below
//! but the newest. A set the model learned from is measured with a model
//! learned from all the *other* sets (`model_for`), so no set is read by a
//! model that saw it; the newest is measured with the desk's model itself.
//!
//! - `the_development_set_...`: tests/dev beside this file, the messages
//!   the lexicon's thresholds were first tuned on.
//! - `the_labelled_corpus_...`: tests/data/complaints at the repository
//!   root, or `SWITCHBOARD_COMPLAINTS_DIR`. Without any file it fails: a
//!   bar measured on nothing is not met.
//! - `the_held_out_set_...`, `the_second_...` to `the_sixth_...`:
//!   tests/data/complaints-holdout, -2 to -6, each written for another day
//!   by writers who saw neither the clustering nor any earlier set, each
//!   measured unseen once (their PROVENANCE.md).
//! - `the_seventh_held_out_set_...`: tests/data/complaints-holdout-7,
//!   written while the reason model took its present form and never
//!   learned from: coverage 78.3 %, worst cluster 81.8 %, weighted 94.3 %
//!   (2026-12-07).
//!
//! Every set meets the bar in the fixed order (the tests below) and, as
//! `across` printed it on 2026-12-07, in each of 12 orders.
//!
//! Each test also holds the size-weighted purity measured, less a margin,
//! so that a change cannot make it worse unnoticed.
//! SWITCHBOARD_CLUSTER_SEED feeds the messages in another order;
//! SWITCHBOARD_CLUSTER_DETAIL lists each cluster's messages outside its
//! majority (for development sets only); SWITCHBOARD_CLUSTER_MODEL=none
//! measures the lexicon's rules alone; SWITCHBOARD_CLUSTER_SETTINGS other
//! thresholds (`support/measure.rs`).

#[path = "support/measure.rs"]
mod measure;

use measure::{
    assert_bar, assert_floor, data_dir, measure, measure_in_order, Measure, MIN_COVERAGE,
    MIN_PURITY,
};
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    std::env::var_os("SWITCHBOARD_COMPLAINTS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| data_dir("complaints"))
}

fn dev_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dev")
}

/// A held-out set and the size-weighted purity it was measured at with a
/// model that never saw it (2026-12-07), less a margin: a floor, not a
/// target to tune to.
struct HeldOut {
    name: &'static str,
    dir: &'static str,
    weighted_floor: f64,
}

/// Measured: first 92.4 %, second 92.6 %, third 94.2 %, fourth 93.2 %,
/// fifth 94.7 %, sixth 91.8 %, seventh 94.3 % (docs/benchmarks.md).
const HELD_OUT: [HeldOut; 7] = [
    HeldOut {
        name: "first held-out set",
        dir: "complaints-holdout",
        weighted_floor: 0.88,
    },
    HeldOut {
        name: "second held-out set",
        dir: "complaints-holdout-2",
        weighted_floor: 0.88,
    },
    HeldOut {
        name: "third held-out set",
        dir: "complaints-holdout-3",
        weighted_floor: 0.88,
    },
    HeldOut {
        name: "fourth held-out set",
        dir: "complaints-holdout-4",
        weighted_floor: 0.88,
    },
    HeldOut {
        name: "fifth held-out set",
        dir: "complaints-holdout-5",
        weighted_floor: 0.88,
    },
    HeldOut {
        name: "sixth held-out set",
        dir: "complaints-holdout-6",
        weighted_floor: 0.88,
    },
    HeldOut {
        name: "seventh held-out set",
        dir: "complaints-holdout-7",
        weighted_floor: 0.88,
    },
];

/// The issue's bar on a held-out set, at least 1,000 messages, and the
/// size-weighted purity no lower than measured.
fn held_out_meets_the_bar(which: usize) {
    let set = &HELD_OUT[which];
    let m = measure(set.name, &data_dir(set.dir));
    assert!(
        m.messages >= 1_000,
        "{} has {} messages",
        set.name,
        m.messages
    );
    assert_bar(set.name, &m);
    assert_floor(&m, MIN_PURITY, set.weighted_floor);
}

/// The corpus's size-weighted purity with a model that never saw it
/// (92.4 %), less a margin.
const CORPUS_WEIGHTED_FLOOR: f64 = 0.88;

/// The sets measured as "learned without it" are exactly the ones the
/// desk's model learns from: a set added to one list and not the other
/// would be measured by a model that saw it, or by one that never learned
/// from it though the desk's does.
#[test]
fn the_sets_left_out_in_turn_are_the_ones_the_desk_learns_from() {
    let labelled: usize = measure::training_dirs()
        .iter()
        .map(|d| measure::read_dir(d).len())
        .sum();
    assert_eq!(
        switchboard_cluster::ReasonModel::shipped().examples(),
        labelled
    );
}

#[test]
fn the_labelled_corpus_meets_the_issue_bar() {
    let m = measure("labelled corpus", &corpus_dir());
    assert_bar("labelled corpus", &m);
    assert_floor(&m, MIN_PURITY, CORPUS_WEIGHTED_FLOOR);
}

#[test]
fn the_development_set_meets_the_bar() {
    let m = measure("development set", &dev_dir());
    assert_bar("development set", &m);
}

#[test]
fn the_held_out_set_meets_the_issue_bar() {
    held_out_meets_the_bar(0);
}

#[test]
fn the_second_held_out_set_meets_the_issue_bar() {
    held_out_meets_the_bar(1);
}

#[test]
fn the_third_held_out_set_meets_the_issue_bar() {
    held_out_meets_the_bar(2);
}

#[test]
fn the_fourth_held_out_set_meets_the_issue_bar() {
    held_out_meets_the_bar(3);
}

#[test]
fn the_fifth_held_out_set_meets_the_issue_bar() {
    held_out_meets_the_bar(4);
}

#[test]
fn the_sixth_held_out_set_meets_the_issue_bar() {
    held_out_meets_the_bar(5);
}

#[test]
fn the_seventh_held_out_set_meets_the_issue_bar() {
    held_out_meets_the_bar(6);
}

/// The orders `across_feeding_orders` feeds each set in: the fixed one
/// and eleven more.
const ORDERS: [u64; 12] = [0x5EED, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/// How much the order messages arrive in moves the figures: each set fed
/// in twelve orders, with the worst cluster's purity at its lowest and on
/// average, and in how many orders every cluster meets the bar. Printed
/// for docs/benchmarks.md (`cargo test -p switchboard-cluster --release
/// --test quality -- --ignored --nocapture across`).
#[test]
#[ignore = "a measurement to print, about a minute in a debug build"]
fn across_feeding_orders() {
    let mut sets = vec![("labelled corpus", corpus_dir())];
    sets.extend(HELD_OUT.iter().map(|s| (s.name, data_dir(s.dir))));
    sets.push(("development set", dev_dir()));
    println!(
        "\n{:<22} {:>9} {:>11} {:>11} {:>9} {:>10}",
        "set", "coverage", "worst: min", "worst: mean", "weighted", "bar met"
    );
    for (name, dir) in sets {
        let runs: Vec<Measure> = ORDERS
            .iter()
            .map(|s| measure_in_order(name, &dir, *s, false))
            .collect();
        let n = runs.len() as f64;
        let mean = |f: fn(&Measure) -> f64| runs.iter().map(f).sum::<f64>() / n * 100.0;
        let min_worst = runs.iter().map(|m| m.worst_purity).fold(1.0, f64::min);
        let met = runs
            .iter()
            .filter(|m| m.coverage >= MIN_COVERAGE && m.worst_purity >= MIN_PURITY)
            .count();
        println!(
            "{:<22} {:>8.1}% {:>10.1}% {:>10.1}% {:>8.1}% {:>6} of {}",
            name,
            mean(|m| m.coverage),
            min_worst * 100.0,
            mean(|m| m.worst_purity),
            mean(|m| m.weighted_purity),
            met,
            runs.len()
        );
    }
}
