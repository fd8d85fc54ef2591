//! The experts-CSV fuzz target's seed files (fuzz/corpus/experts_csv, run
//! by scripts/fuzz) replayed through the importer's reader as a regular
//! test: each one reads as profiles or is refused with the first problem,
//! never a panic; one that reads exports and reads back as the same
//! profiles. Inputs a fuzzing run found and added are replayed too.

#![allow(clippy::expect_used)]

use std::fs;
use std::panic;
use std::path::Path;

use switchboard_desk::expert_csv::{read_experts, to_csv};
use switchboard_domain::{Expert, ExpertId};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/corpus/experts_csv");

fn round_trips(text: &str) -> Option<bool> {
    let profiles = read_experts(text).ok()?;
    let experts: Vec<Expert> = profiles
        .iter()
        .enumerate()
        .map(|(i, p)| Expert {
            id: ExpertId(i as i64 + 1),
            name: p.name.clone(),
            department: p.department.clone(),
            topics: p.topics.clone(),
            languages: p.languages.clone(),
            time_zone: p.time_zone.clone(),
            email: p.email.clone(),
            chat: p.chat.clone(),
            availability: p.availability,
            hours: p.hours,
            retired_at: None,
        })
        .collect();
    Some(read_experts(&to_csv(&experts)).ok() == Some(profiles))
}

#[test]
fn every_seed_experts_file_reads_or_is_refused_without_panic() {
    let mut files: Vec<_> = fs::read_dir(Path::new(CORPUS))
        .expect("the fuzz corpus directory fuzz/corpus/experts_csv is readable")
        .map(|e| e.expect("a corpus directory entry is readable").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 5, "expected at least 5 seeds in {CORPUS}");
    let mut problems = Vec::new();
    let (mut read, mut refused) = (0, 0);
    for path in &files {
        let bytes = fs::read(path).expect("a corpus file is readable");
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        match panic::catch_unwind(|| round_trips(&text)) {
            Ok(Some(true)) => read += 1,
            Ok(Some(false)) => problems.push(format!("{}: no round trip", path.display())),
            Ok(None) => refused += 1,
            Err(_) => problems.push(format!("{}: panicked", path.display())),
        }
    }
    assert!(problems.is_empty(), "{problems:?}");
    assert!(
        read > 0 && refused > 0,
        "the seeds hold files that read ({read}) and files that are refused ({refused})"
    );
}
