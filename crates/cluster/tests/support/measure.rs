//! Measuring crisis clusters on labelled complaints: reading a set,
//! feeding it in a fixed order, the reason model it is read with, and the
//! issue's bar. Used by `quality.rs`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use switchboard_cluster::{CaseKey, Clusterer, Example, ReasonModel, Settings};

/// A labelled set of tests/data at the repository root.
pub fn data_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name)
}

pub const MIN_CLUSTER: usize = 5;
pub const MIN_COVERAGE: f64 = 0.5;
pub const MIN_PURITY: f64 = 0.7;

pub struct Message {
    pub reason: String,
    pub locale: String,
    pub community: i64,
    pub text: String,
}

pub fn read_dir(dir: &Path) -> Vec<Message> {
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
pub fn seed() -> u64 {
    std::env::var("SWITCHBOARD_CLUSTER_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED)
}

/// A fixed shuffle: the same order on every run and machine.
pub fn shuffled(mut messages: Vec<Message>, seed: u64) -> Vec<Message> {
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
pub fn training_dirs() -> Vec<PathBuf> {
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
pub fn model_for(dir: &Path) -> Option<Arc<ReasonModel>> {
    if std::env::var("SWITCHBOARD_CLUSTER_MODEL").is_ok_and(|v| v == "none") {
        return None;
    }
    thread_local! {
        static LEARNED: std::cell::RefCell<Vec<(PathBuf, Arc<ReasonModel>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let same = |a: &Path, b: &Path| a.canonicalize().ok() == b.canonicalize().ok();
    let dirs = training_dirs();
    if !dirs.iter().any(|d| same(d, dir)) {
        return Some(ReasonModel::shipped());
    }
    if let Some(model) = LEARNED.with(|l| {
        l.borrow()
            .iter()
            .find(|(d, _)| same(d, dir))
            .map(|(_, m)| m.clone())
    }) {
        return Some(model);
    }
    let others: Vec<Message> = dirs
        .iter()
        .filter(|d| !same(d, dir))
        .flat_map(|d| read_dir(d))
        .collect();
    let model = Arc::new(ReasonModel::learn(others.iter().map(|m| Example {
        reason: &m.reason,
        locale: &m.locale,
        text: &m.text,
    })));
    LEARNED.with(|l| l.borrow_mut().push((dir.to_path_buf(), model.clone())));
    Some(model)
}

pub struct Measure {
    pub messages: usize,
    pub big_clusters: usize,
    pub coverage: f64,
    pub worst_purity: f64,
    pub weighted_purity: f64,
}

pub fn measure(name: &str, dir: &Path) -> Measure {
    measure_in_order(name, dir, seed(), true)
}

/// `measure` with the messages fed in the order of `seed`; `table`: print
/// every cluster of 5 or more.
pub fn measure_in_order(name: &str, dir: &Path, seed: u64, table: bool) -> Measure {
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

pub fn assert_bar(name: &str, m: &Measure) {
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

/// The coverage bar, and purity no lower than `worst` and `weighted`: the
/// level a set was measured at.
pub fn assert_floor(m: &Measure, worst: f64, weighted: f64) {
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
