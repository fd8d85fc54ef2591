//! The fuzz target's seed bodies (fuzz/corpus/webhook, run by scripts/fuzz)
//! replayed through the webhook parser as a regular test: each one is read
//! or refused, never a panic. Inputs a fuzzing run found and added to the
//! directory are replayed as well.

#![allow(clippy::expect_used)]

use std::fs;
use std::panic;
use std::path::Path;

use switchboard_meta::webhook::parse;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/corpus/webhook");

#[test]
fn every_seed_body_parses_without_panic() {
    let mut files: Vec<_> = fs::read_dir(Path::new(CORPUS))
        .expect("the fuzz corpus directory fuzz/corpus/webhook is readable")
        .map(|e| e.expect("a corpus directory entry is readable").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let seeds = files
        .iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("seed-"))
        })
        .count();
    assert!(
        seeds >= 10,
        "expected at least 10 seed-* files in {CORPUS}, found {seeds}"
    );

    let mut panicked = Vec::new();
    let (mut read, mut refused) = (0, 0);
    for path in &files {
        let body = fs::read(path).expect("a corpus file is readable");
        match panic::catch_unwind(|| parse(&body)) {
            Ok(Ok(_)) => read += 1,
            Ok(Err(_)) => refused += 1,
            Err(_) => panicked.push(path.display().to_string()),
        }
    }
    assert!(panicked.is_empty(), "parse panicked on: {panicked:?}");
    assert!(
        read > 0 && refused > 0,
        "the seeds hold bodies that are read ({read}) and refused ({refused})"
    );
}
