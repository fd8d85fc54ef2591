#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `crisis clusters` on the real binary: a morning of messages on three
//! pages in three languages (cancelled flights, lost bags, a few one-off
//! questions) imported with `inbound --batch`, then grouped by what the
//! customers ask, across languages, on every page or on some.

mod common;
use common::*;

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::io::Write;

const FR: &str = "lakeline/fr-CH";
const DE: &str = "lakeline/de-CH";
const EN: &str = "lakeline/en";

/// (group, page, text): the group names the customer (`<group>-<n>`).
const MESSAGES: &[(&str, &str, &str)] = &[
    (
        "cancel",
        FR,
        "Mon vol LX 1612 pour Londres est annulé, comment rebooker ?",
    ),
    ("cancel", FR, "Vol annulé ce matin, que dois-je faire ?"),
    (
        "cancel",
        FR,
        "Notre vol de Genève a été annulé, pouvez-vous nous rebooker ?",
    ),
    (
        "cancel",
        FR,
        "Mon vol est annulé à cause de la neige, quelle solution ?",
    ),
    ("cancel", FR, "Vol LX 1612 annulé, je suis bloqué à Zurich"),
    ("cancel", DE, "Unser Flug nach London wurde annulliert!"),
    ("cancel", DE, "Flug LX 1612 gestrichen, wie komme ich heim?"),
    (
        "cancel",
        DE,
        "Mein Flug wurde annulliert, wann kann ich umbuchen?",
    ),
    ("cancel", DE, "Flug heute Morgen gestrichen. Was nun?"),
    (
        "cancel",
        DE,
        "Der Flug nach Genf ist annulliert worden, bitte umbuchen",
    ),
    (
        "cancel",
        EN,
        "My flight to London was cancelled, how do I rebook?",
    ),
    (
        "cancel",
        EN,
        "Flight LX 1612 cancelled, what are my options?",
    ),
    (
        "cancel",
        EN,
        "Our flight got cancelled because of the snow, please help us rebook",
    ),
    (
        "cancel",
        EN,
        "Cancelled flight this morning, stuck in Zurich, what now?",
    ),
    ("bag", FR, "Ma valise n'est pas arrivée à Genève"),
    ("bag", FR, "Mon bagage est perdu depuis trois jours"),
    ("bag", FR, "Valise perdue à l'arrivée, aucune nouvelle"),
    ("bag", FR, "Où est ma valise ? Elle n'est jamais arrivée"),
    ("bag", DE, "Mein Koffer ist verloren gegangen"),
    ("bag", DE, "Mein Gepäck ist nicht angekommen, wo ist es?"),
    ("bag", DE, "Koffer seit drei Tagen verloren, keine Antwort"),
    ("bag", DE, "Unser Gepäck fehlt nach der Landung in Zürich"),
    ("bag", EN, "My suitcase is lost, no news for 3 days"),
    ("bag", EN, "My bag never arrived in Geneva, where is it?"),
    ("bag", EN, "Lost luggage after landing, nobody answers"),
    ("bag", EN, "Our suitcase did not arrive, can you find it?"),
    ("single", EN, "Lovely crew, thanks for the birthday song!"),
    ("single", FR, "Bravo à l'équipage pour ce vol magnifique"),
    ("single", DE, "Danke für den tollen Service an Bord"),
];

/// A fresh workspace with the three pages and the messages imported (each
/// customer in a thread of their own; two write again in theirs).
fn morning() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    for (locale, page) in [("fr-CH", "101"), ("de-CH", "102"), ("en", "103")] {
        let args = [
            "community",
            "add",
            "--brand",
            "Lakeline",
            "--locale",
            locale,
            "--page-id",
            page,
        ];
        run_ok(&db, &args);
    }
    let mut lines = Vec::new();
    let mut line = |community: &str, from: &str, text: &str, minute: usize, n: usize| {
        let at = format!("2026-12-01T{:02}:{:02}:00Z", 7 + minute / 60, minute % 60);
        lines.push(
            serde_json::json!({
                "community": community, "from": from, "from_id": format!("psid-{from}"),
                "text": text, "at": at, "external_id": format!("m-{n}"),
                "thread": format!("thread-{from}"),
            })
            .to_string(),
        );
    };
    for (n, (group, page, text)) in MESSAGES.iter().enumerate() {
        line(page, &format!("{group}-{n}"), text, n, n);
    }
    line(FR, "cancel-0", "Des nouvelles ?", 50, 100);
    line(DE, "bag-18", "Etwas Neues?", 51, 101);
    let path = dir.path().join("morning.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    for l in &lines {
        writeln!(f, "{l}").unwrap();
    }
    run_ok(&db, &["inbound", "--batch", &path.display().to_string()]);
    (dir, db)
}

fn run_ok(db: &str, args: &[&str]) -> String {
    let out = plain_run(db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn json(db: &str, args: &[&str]) -> Vec<Value> {
    let text = run_ok(db, args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: no JSON array ({e}): {text}"))
}

/// Each open case's group ("cancel", "bag", "single") and page.
fn groups(db: &str) -> HashMap<i64, (String, String)> {
    json(db, &["queue", "--limit", "1000", "--json"])
        .iter()
        .map(|row| {
            let name = row["contact_name"].as_str().unwrap();
            let group = name.split('-').next().unwrap().to_string();
            let page = row["community"].as_str().unwrap().to_string();
            (row["id"].as_i64().unwrap(), (group, page))
        })
        .collect()
}

fn ids(cluster: &Value) -> BTreeSet<i64> {
    cluster["case_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect()
}

/// The cases of `group` (on `page`, if given).
fn cases_of(
    all: &HashMap<i64, (String, String)>,
    group: &str,
    page: Option<&str>,
) -> BTreeSet<i64> {
    all.iter()
        .filter(|(_, (g, p))| g == group && page.is_none_or(|page| p == page))
        .map(|(id, _)| *id)
        .collect()
}

/// The cluster holding `case`.
fn cluster_with(clusters: &[Value], case: i64) -> &Value {
    clusters
        .iter()
        .find(|c| ids(c).contains(&case))
        .unwrap_or_else(|| panic!("no cluster holds case {case}: {clusters:#?}"))
}

#[test]
fn cancellations_in_french_german_and_english_are_one_cluster_and_lost_bags_another() {
    let (_dir, db) = morning();
    let all = groups(&db);
    assert_eq!(all.len(), MESSAGES.len(), "one case per customer");
    let clusters = json(&db, &["crisis", "clusters", "--json"]);

    let cancel = cases_of(&all, "cancel", None);
    let bags = cases_of(&all, "bag", None);
    let first = *cancel.iter().next().unwrap();
    let c = cluster_with(&clusters, first);
    assert_eq!(ids(c), cancel, "every cancellation and nothing else: {c:#}");
    assert_eq!(c["size"], cancel.len());
    assert_eq!(c["locales"], serde_json::json!(["de-CH", "en", "fr-CH"]));
    assert_eq!(c["communities"], serde_json::json!([DE, EN, FR]));
    let label = c["label"].as_str().unwrap();
    assert!(label.starts_with("Cancellation"), "label: {label}");

    let b = cluster_with(&clusters, *bags.iter().next().unwrap());
    assert_ne!(b["id"], c["id"]);
    assert_eq!(ids(b), bags, "every lost bag and nothing else: {b:#}");

    for cluster in &clusters {
        let keys: BTreeSet<&str> = cluster
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let expected = [
            "case_ids",
            "communities",
            "id",
            "label",
            "locales",
            "named",
            "samples",
            "size",
        ];
        assert_eq!(keys, expected.into_iter().collect());
        let samples = cluster["samples"].as_array().unwrap();
        assert!(!samples.is_empty() && samples.len() <= 3, "{samples:?}");
        for s in samples {
            assert!(ids(cluster).contains(&s["case_id"].as_i64().unwrap()));
            let text = s["text"].as_str().unwrap();
            assert!(
                MESSAGES.iter().any(|m| m.2 == text),
                "a first message: {text}"
            );
        }
    }
}

#[test]
fn one_off_questions_are_left_out_unless_min_size_is_one() {
    let (_dir, db) = morning();
    let all = groups(&db);
    let singles = cases_of(&all, "single", None);
    let clusters = json(&db, &["crisis", "clusters", "--json"]);
    assert!(clusters.iter().all(|c| c["size"].as_u64().unwrap() >= 2));
    assert!(clusters.iter().all(|c| ids(c).is_disjoint(&singles)));

    let every = json(&db, &["crisis", "clusters", "--min-size", "1", "--json"]);
    let listed: BTreeSet<i64> = every.iter().flat_map(ids).collect();
    assert_eq!(
        listed,
        all.keys().copied().collect(),
        "every open case, once"
    );
    let total: u64 = every.iter().map(|c| c["size"].as_u64().unwrap()).sum();
    assert_eq!(total as usize, all.len());
}

#[test]
fn community_restricts_the_clusters_to_that_pages_cases() {
    let (_dir, db) = morning();
    let all = groups(&db);
    let clusters = json(&db, &["crisis", "clusters", "--community", DE, "--json"]);
    assert!(!clusters.is_empty());
    for c in &clusters {
        assert_eq!(c["communities"], serde_json::json!([DE]), "{c:#}");
        assert_eq!(c["locales"], serde_json::json!(["de-CH"]));
        assert!(ids(c).iter().all(|id| all[id].1 == DE), "{c:#}");
    }
    let german_cancel = cases_of(&all, "cancel", Some(DE));
    let c = cluster_with(&clusters, *german_cancel.iter().next().unwrap());
    assert_eq!(ids(c), german_cancel);

    let two = json(
        &db,
        &[
            "crisis",
            "clusters",
            "--community",
            DE,
            "--community",
            EN,
            "--json",
        ],
    );
    let listed: BTreeSet<i64> = two.iter().flat_map(ids).collect();
    assert!(listed.iter().all(|id| all[id].1 != FR));
    assert!(listed.iter().any(|id| all[id].1 == EN));
}

#[test]
fn an_unknown_community_is_refused_with_the_localized_error() {
    let (_dir, db) = morning();
    let out = plain_run(&db, &["crisis", "clusters", "--community", "lakeline/xx"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("There is no community “lakeline/xx”"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn the_table_names_each_cluster_in_the_readers_language_with_a_sample() {
    let (_dir, db) = morning();
    let text = run_ok(&db, &["crisis", "clusters"]);
    for word in [
        "Asking about",
        "Cases",
        "Pages",
        "For example",
        "Cancellation",
        DE,
    ] {
        assert!(text.contains(word), "{word} missing from:\n{text}");
    }
    let out = plain_command(&db, &["crisis", "clusters"])
        .env("SWITCHBOARD_LANG", "fr")
        .output()
        .unwrap();
    let fr = String::from_utf8_lossy(&out.stdout);
    assert!(fr.contains("Demande") && fr.contains("Exemple"), "{fr}");
    assert!(
        !fr.contains("Cancellation"),
        "the label is French too:\n{fr}"
    );

    let none = run_ok(&db, &["crisis", "clusters", "--min-size", "50"]);
    assert!(
        none.contains("No cluster of 50 or more open cases."),
        "{none}"
    );
}

#[test]
fn a_cluster_named_and_a_case_moved_out_stay_so_in_the_next_reading() {
    let (_dir, db) = morning();
    let all = groups(&db);
    let clusters = json(&db, &["crisis", "clusters", "--json"]);
    let first = *cases_of(&all, "cancel", None).iter().next().unwrap();
    let cancel = cluster_with(&clusters, first);
    let id = cancel["id"].to_string();

    let said = run_ok(&db, &["crisis", "cluster", "rename", &id, "Vols annulés"]);
    assert!(said.contains(&format!("Cluster {id} renamed")), "{said}");
    let said = run_ok(&db, &["crisis", "cluster", "move-out", &first.to_string()]);
    assert!(
        said.contains(&format!("Case {first} is now alone")),
        "{said}"
    );

    let again = json(&db, &["crisis", "clusters", "--min-size", "1", "--json"]);
    let named = again.iter().find(|c| c["id"] == cancel["id"]).unwrap();
    assert_eq!(named["label"], "Vols annulés");
    assert_eq!(named["named"], true);
    assert!(!ids(named).contains(&first), "the case moved out stays out");
    let alone = cluster_with(&again, first);
    assert_eq!(alone["size"], 1);

    let out = plain_run(&db, &["crisis", "cluster", "merge", &id, "999999"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("There is no cluster “999999”"), "{err}");
}
