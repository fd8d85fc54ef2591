//! The template-import fuzz target's seed files (fuzz/corpus/template_import,
//! run by scripts/fuzz) replayed through the `.ftl` importer as a regular
//! test: each one imports or is refused with its problems, never a panic,
//! and `templates check` lists its problems without panicking either.
//! Inputs a fuzzing run found and added to the directory are replayed too.

#![allow(clippy::expect_used)]

use std::fs;
use std::panic;
use std::path::Path;

use switchboard_l10n::templates::{import_file, lint_files};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../fuzz/corpus/template_import"
);

#[test]
fn every_seed_template_file_imports_or_is_refused_without_panic() {
    let mut files: Vec<_> = fs::read_dir(Path::new(CORPUS))
        .expect("the fuzz corpus directory fuzz/corpus/template_import is readable")
        .map(|e| e.expect("a corpus directory entry is readable").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(files.len() >= 5, "expected at least 5 seeds in {CORPUS}");
    let mut panicked = Vec::new();
    let (mut read, mut refused) = (0, 0);
    for path in &files {
        let bytes = fs::read(path).expect("a corpus file is readable");
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let outcome = panic::catch_unwind(|| {
            let findings = lint_files(&[("en.ftl".to_string(), text.clone())]);
            (import_file(&text).is_ok(), findings.len())
        });
        match outcome {
            Ok((true, _)) => read += 1,
            Ok((false, _)) => refused += 1,
            Err(_) => panicked.push(path.display().to_string()),
        }
    }
    assert!(panicked.is_empty(), "import panicked on: {panicked:?}");
    assert!(
        read > 0 && refused > 0,
        "the seeds hold files that import ({read}) and files that are refused ({refused})"
    );
}
