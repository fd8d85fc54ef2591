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
//! Every set meets the bar, in every feeding order (`across`).
//!
//! Each `..._keeps_its_measured_quality` holds the coverage bar and the
//! purity measured, less a margin, so that a change cannot make it worse
//! unnoticed. SWITCHBOARD_CLUSTER_SEED feeds the messages in another order;
//! SWITCHBOARD_CLUSTER_DETAIL lists each cluster's messages outside its
//! majority (for development sets only).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use switchboard_cluster::{CaseKey, Clusterer, Example, ReasonModel, Settings};

const MIN_CLUSTER: usize = 5;
const MIN_COVERAGE: f64 = 0.5;
const MIN_PURITY: f64 = 0.7;

struct Message {
    reason: String,
    locale: String,
    community: i64,
    text: String,
}

fn read_dir(dir: &Path) -> Vec<Message> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut messages = Vec::new();
    for (f, path) in files.iter().enumerate() {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let locale = stem.rsplit('-').next().unwrap_or("en").to_string();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            let Some((reason, body)) = line.split_once('\t') else {
                continue;
            };
            if reason.trim().is_empty() || body.trim().is_empty() {
                continue;
            }
            messages.push(Message {
                reason: reason.trim().to_string(),
                locale: locale.clone(),
                community: (f * 2 + i % 2) as i64 + 1,
                text: body.to_string(),
            });
        }
    }
    messages
}

/// The shuffle's seed: fixed, or SWITCHBOARD_CLUSTER_SEED to study how
/// much the feeding order moves the figures.
fn seed() -> u64 {
    std::env::var("SWITCHBOARD_CLUSTER_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED)
}

/// A fixed shuffle: the same order on every run and machine.
fn shuffled(mut messages: Vec<Message>, seed: u64) -> Vec<Message> {
    let mix = |mut x: u64| {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^ (x >> 31)
    };
    let mut keyed: Vec<(u64, Message)> = messages
        .drain(..)
        .enumerate()
        .map(|(i, m)| (mix(i as u64 ^ seed), m))
        .collect();
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, m)| m).collect()
}

/// The labelled sets the desk's reason model learns from
/// (`switchboard_cluster::reasons`), each a directory of `*.tsv`.
fn training_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("tests/dev")];
    for set in [
        "complaints",
        "complaints-holdout",
        "complaints-holdout-2",
        "complaints-holdout-3",
        "complaints-holdout-4",
        "complaints-holdout-5",
        "complaints-holdout-6",
    ] {
        dirs.push(root.join("../../tests/data").join(set));
    }
    dirs
}

/// The reason model a set is measured with: for a set the desk's model
/// learned from, one learned from all the other sets (so that no set is
/// read by a model that saw it); for any other set, the desk's model.
/// SWITCHBOARD_CLUSTER_MODEL=none measures the lexicon's rules alone.
fn model_for(dir: &Path) -> Option<Arc<ReasonModel>> {
    if std::env::var("SWITCHBOARD_CLUSTER_MODEL").is_ok_and(|v| v == "none") {
        return None;
    }
    let same = |a: &Path, b: &Path| a.canonicalize().ok() == b.canonicalize().ok();
    let dirs = training_dirs();
    if !dirs.iter().any(|d| same(d, dir)) {
        return Some(ReasonModel::shipped());
    }
    let others: Vec<Message> = dirs
        .iter()
        .filter(|d| !same(d, dir))
        .flat_map(|d| read_dir(d))
        .collect();
    Some(Arc::new(ReasonModel::learn(others.iter().map(|m| {
        Example {
            reason: &m.reason,
            locale: &m.locale,
            text: &m.text,
        }
    }))))
}

struct Measure {
    messages: usize,
    big_clusters: usize,
    coverage: f64,
    worst_purity: f64,
    weighted_purity: f64,
}

fn measure(name: &str, dir: &Path) -> Measure {
    measure_in_order(name, dir, seed(), true)
}

/// `measure` with the messages fed in the order of `seed`; `table`: print
/// every cluster of 5 or more.
fn measure_in_order(name: &str, dir: &Path, seed: u64, table: bool) -> Measure {
    let messages = shuffled(read_dir(dir), seed);
    assert!(
        !messages.is_empty(),
        "{name}: no labelled message in {} (expected *.tsv files of `reason<TAB>text` lines)",
        dir.display()
    );
    // SWITCHBOARD_CLUSTER_SETTINGS="join_at,main_share": other thresholds,
    // to study development sets.
    let settings = match std::env::var("SWITCHBOARD_CLUSTER_SETTINGS") {
        Ok(v) => {
            let mut parts = v.split(',').map(|p| p.trim().parse::<f64>().unwrap_or(0.5));
            Settings {
                join_at: parts.next().unwrap_or(0.5),
                main_share: parts.next().unwrap_or(0.5),
            }
        }
        Err(_) => Settings::default(),
    };
    let mut clusters = Clusterer::with_model(settings, model_for(dir));
    for (id, m) in messages.iter().enumerate() {
        let key = CaseKey {
            id: id as i64,
            community: m.community,
        };
        clusters.add(key, &m.locale, &m.text);
    }
    let views = clusters.clusters();
    let mut covered = 0;
    let mut pure = 0;
    let mut worst: f64 = 1.0;
    let mut big = 0;
    if table {
        println!(
            "\n{name}: {} messages from {}",
            messages.len(),
            dir.display()
        );
        println!(
            "{:<44} {:>5} {:<20} {:>7}  languages",
            "cluster", "size", "majority reason", "purity"
        );
    }
    for view in views.iter().filter(|v| v.size >= MIN_CLUSTER) {
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for id in &view.case_ids {
            *reasons.entry(&messages[*id as usize].reason).or_default() += 1;
        }
        let (reason, count) = reasons
            .iter()
            .max_by_key(|(r, n)| (**n, std::cmp::Reverse(**r)))
            .map(|(r, n)| (*r, *n))
            .unwrap_or(("", 0));
        let purity = count as f64 / view.size as f64;
        big += 1;
        covered += view.size;
        pure += count;
        worst = worst.min(purity);
        if table {
            println!(
                "{:<44} {:>5} {:<20} {:>6.1}%  {}",
                view.label("en"),
                view.size,
                reason,
                purity * 100.0,
                view.languages.join(",")
            );
        }
        // SWITCHBOARD_CLUSTER_DETAIL=1: the reasons of each cluster and the
        // messages outside its majority, to study a development set (never
        // a held-out one).
        if table && std::env::var_os("SWITCHBOARD_CLUSTER_DETAIL").is_some() {
            println!("    {reasons:?}");
            let mut mains: BTreeMap<&str, usize> = BTreeMap::new();
            for id in &view.case_ids {
                *mains
                    .entry(clusters.main_intent(*id).unwrap_or("-"))
                    .or_default() += 1;
            }
            println!("    main intents: {mains:?}");
            let all = std::env::var("SWITCHBOARD_CLUSTER_DETAIL").is_ok_and(|v| v == "all");
            for id in &view.case_ids {
                let m = &messages[*id as usize];
                if all || m.reason != reason {
                    println!(
                        "    - [{}] {} ({}): {}",
                        m.locale,
                        m.reason,
                        clusters.main_intent(*id).unwrap_or("-"),
                        m.text
                    );
                }
            }
        }
    }
    let result = Measure {
        messages: messages.len(),
        big_clusters: big,
        coverage: covered as f64 / messages.len() as f64,
        worst_purity: if big == 0 { 0.0 } else { worst },
        weighted_purity: if covered == 0 {
            0.0
        } else {
            pure as f64 / covered as f64
        },
    };
    let singles = views.iter().filter(|v| v.size == 1).count();
    if !table {
        return result;
    }
    println!(
        "{name}: messages {}, clusters ≥{MIN_CLUSTER}: {}, coverage {:.1}%, worst purity {:.1}%, size-weighted purity {:.1}%, clusters in all {} ({} of one case)",
        result.messages,
        result.big_clusters,
        result.coverage * 100.0,
        result.worst_purity * 100.0,
        result.weighted_purity * 100.0,
        views.len(),
        singles,
    );
    result
}

fn assert_bar(name: &str, m: &Measure) {
    assert!(
        m.coverage >= MIN_COVERAGE,
        "{name}: clusters of {MIN_CLUSTER}+ should hold at least {:.0}% of the messages, they hold {:.1}%",
        MIN_COVERAGE * 100.0,
        m.coverage * 100.0
    );
    assert!(
        m.worst_purity >= MIN_PURITY,
        "{name}: every cluster of {MIN_CLUSTER}+ should be at least {:.0}% one reason, the worst is {:.1}%",
        MIN_PURITY * 100.0,
        m.worst_purity * 100.0
    );
}

fn corpus_dir() -> PathBuf {
    std::env::var_os("SWITCHBOARD_COMPLAINTS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints")
        })
}

/// The worst cluster's purity and the size-weighted purity measured on the
/// corpus with a reason model that never saw it (2026-12-07: 83.3 % and
/// 92.3 %), less a margin for feeding orders.
const KEPT_WORST_PURITY: f64 = 0.72;
const KEPT_WEIGHTED_PURITY: f64 = 0.86;

/// The coverage bar, and purity no lower than `worst` and `weighted`: the
/// level a set was measured at.
fn assert_floor(m: &Measure, worst: f64, weighted: f64) {
    assert!(
        m.coverage >= MIN_COVERAGE,
        "clusters of {MIN_CLUSTER}+ should hold at least {:.0}% of the messages, they hold {:.1}%",
        MIN_COVERAGE * 100.0,
        m.coverage * 100.0
    );
    assert!(
        m.worst_purity >= worst && m.weighted_purity >= weighted,
        "purity fell below what was measured: worst {:.1}%, weighted {:.1}%",
        m.worst_purity * 100.0,
        m.weighted_purity * 100.0
    );
}

#[test]
fn the_labelled_corpus_keeps_its_measured_quality() {
    let m = measure("labelled corpus", &corpus_dir());
    assert_floor(&m, KEPT_WORST_PURITY, KEPT_WEIGHTED_PURITY);
}

#[test]
fn the_labelled_corpus_meets_the_issue_bar() {
    let m = measure("labelled corpus", &corpus_dir());
    assert_bar("labelled corpus", &m);
}

fn holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints-holdout")
}

/// What the held-out set gives with a reason model that never saw it
/// (85.2 %, 92.4 %), less a margin for feeding orders: a floor, not a
/// target to tune to.
const HOLDOUT_WORST_PURITY: f64 = 0.75;
const HOLDOUT_WEIGHTED_PURITY: f64 = 0.88;

#[test]
fn the_held_out_set_keeps_its_measured_quality() {
    let m = measure("held-out set", &holdout_dir());
    assert!(
        m.messages >= 1_000,
        "the held-out set has {} messages",
        m.messages
    );
    assert_floor(&m, HOLDOUT_WORST_PURITY, HOLDOUT_WEIGHTED_PURITY);
}

#[test]
fn the_held_out_set_meets_the_issue_bar() {
    let m = measure("held-out set", &holdout_dir());
    assert_bar("held-out set", &m);
}

#[test]
fn the_development_set_meets_the_bar() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dev");
    let m = measure("development set", &dir);
    assert_bar("development set", &m);
}

fn second_holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints-holdout-2")
}

/// What the second held-out set gives with a reason model that never saw
/// it (85.7 %, 92.6 %), less a margin: a floor, not a target to tune to.
const HOLDOUT2_WORST_PURITY: f64 = 0.75;
const HOLDOUT2_WEIGHTED_PURITY: f64 = 0.88;

#[test]
fn the_second_held_out_set_keeps_its_measured_quality() {
    let m = measure("second held-out set", &second_holdout_dir());
    assert!(
        m.messages >= 1_000,
        "the second held-out set has {} messages",
        m.messages
    );
    assert_floor(&m, HOLDOUT2_WORST_PURITY, HOLDOUT2_WEIGHTED_PURITY);
}

#[test]
fn the_second_held_out_set_meets_the_issue_bar() {
    let m = measure("second held-out set", &second_holdout_dir());
    assert_bar("second held-out set", &m);
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
    let sets = [
        ("labelled corpus", corpus_dir()),
        ("first held-out set", holdout_dir()),
        ("second held-out set", second_holdout_dir()),
        ("third held-out set", third_holdout_dir()),
        ("fourth held-out set", fourth_holdout_dir()),
        ("fifth held-out set", fifth_holdout_dir()),
        ("sixth held-out set", sixth_holdout_dir()),
        ("seventh held-out set", seventh_holdout_dir()),
        (
            "development set",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dev"),
        ),
    ];
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

fn third_holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints-holdout-3")
}

/// What the third held-out set gives with a reason model that never saw it
/// (81.8 %, 94.1 %), less a margin: a floor, not a target to tune to.
const HOLDOUT3_WORST_PURITY: f64 = 0.72;
const HOLDOUT3_WEIGHTED_PURITY: f64 = 0.88;

#[test]
fn the_third_held_out_set_keeps_its_measured_quality() {
    let m = measure("third held-out set", &third_holdout_dir());
    assert!(
        m.messages >= 1_000,
        "the third held-out set has {} messages",
        m.messages
    );
    assert_floor(&m, HOLDOUT3_WORST_PURITY, HOLDOUT3_WEIGHTED_PURITY);
}

#[test]
fn the_third_held_out_set_meets_the_issue_bar() {
    let m = measure("third held-out set", &third_holdout_dir());
    assert_bar("third held-out set", &m);
}

fn fourth_holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints-holdout-4")
}

/// What the fourth held-out set gives with a reason model that never saw
/// it (77.8 %, 93.1 %), less a margin: a floor, not a target to tune to.
const HOLDOUT4_WORST_PURITY: f64 = 0.72;
const HOLDOUT4_WEIGHTED_PURITY: f64 = 0.88;

#[test]
fn the_fourth_held_out_set_keeps_its_measured_quality() {
    let m = measure("fourth held-out set", &fourth_holdout_dir());
    assert!(
        m.messages >= 1_000,
        "the fourth held-out set has {} messages",
        m.messages
    );
    assert_floor(&m, HOLDOUT4_WORST_PURITY, HOLDOUT4_WEIGHTED_PURITY);
}

#[test]
fn the_fourth_held_out_set_meets_the_issue_bar() {
    let m = measure("fourth held-out set", &fourth_holdout_dir());
    assert_bar("fourth held-out set", &m);
}

fn fifth_holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints-holdout-5")
}

/// What the fifth held-out set gives with a reason model that never saw
/// it (75.0 %, 94.7 %), less a margin: a floor, not a target to tune to.
const HOLDOUT5_WORST_PURITY: f64 = 0.72;
const HOLDOUT5_WEIGHTED_PURITY: f64 = 0.90;

#[test]
fn the_fifth_held_out_set_keeps_its_measured_quality() {
    let m = measure("fifth held-out set", &fifth_holdout_dir());
    assert_floor(&m, HOLDOUT5_WORST_PURITY, HOLDOUT5_WEIGHTED_PURITY);
}

#[test]
fn the_fifth_held_out_set_meets_the_issue_bar() {
    let m = measure("fifth held-out set", &fifth_holdout_dir());
    assert!(
        m.messages >= 1_000,
        "the fifth held-out set has {} messages",
        m.messages
    );
    assert_bar("fifth held-out set", &m);
}

fn sixth_holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints-holdout-6")
}

#[test]
fn the_sixth_held_out_set_meets_the_issue_bar() {
    let m = measure("sixth held-out set", &sixth_holdout_dir());
    assert!(
        m.messages >= 1_000,
        "the sixth held-out set has {} messages",
        m.messages
    );
    assert_bar("sixth held-out set", &m);
}

fn seventh_holdout_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/complaints-holdout-7")
}

#[test]
fn the_seventh_held_out_set_meets_the_issue_bar() {
    let m = measure("seventh held-out set", &seventh_holdout_dir());
    assert!(
        m.messages >= 1_000,
        "the seventh held-out set has {} messages",
        m.messages
    );
    assert_bar("seventh held-out set", &m);
}
