#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard templates …` and `switchboard detect` as a user runs them:
//! the real binary on a real SQLite file.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(db: &str, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("SWITCHBOARD_LANG", lang)
        .env_remove("SWITCHBOARD_DB")
        .stdin(Stdio::null())
        .output()
        .expect("run switchboard")
}

fn ok(db: &str, args: &[&str]) -> String {
    let out = run(db, "en", args);
    assert!(
        out.status.success(),
        "switchboard {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn demo(dir: &Path) -> String {
    let db = format!("sqlite:{}", dir.join("desk.db").display());
    ok(&db, &["demo", "--yes"]);
    db
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_demo_templates_and_the_starter_files_check_clean() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = ok(&db, &["templates", "check"]);
    assert!(out.contains("No problems"), "{out}");
}

#[test]
fn templates_check_lists_each_problem_with_its_place_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    for (lang, text) in [
        (
            "en",
            "delay = Hi { $first_name }, flight { $flight }\n    .topic = delay\n\nthanks = Thanks!\n    .topic = compliment\n",
        ),
        // Drops $flight, misses "thanks", and has a bad variable.
        (
            "de",
            "delay = Hallo { $first_name }\n    .topic = delay\n\nextra = Hallo { $seat }\n    .topic = x\n",
        ),
    ] {
        std::fs::create_dir_all(locales.join(lang)).unwrap();
        std::fs::write(locales.join(lang).join("replies.ftl"), text).unwrap();
    }
    let missing_db = format!("sqlite:{}", dir.path().join("none.db").display());
    // No workspace at the default place: only the files are checked.
    let out = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .args(["templates", "check", "--locales"])
        .arg(&locales)
        .env("SWITCHBOARD_LANG", "en")
        .env("HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env_remove("SWITCHBOARD_DB")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        stdout.contains("de/replies.ftl:4: “extra”: unknown variable $seat at line 4, column 17"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "de/replies.ftl:1: “delay” uses $first_name, the reference uses $first_name $flight"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("“thanks” is missing"), "{stdout}");
    assert!(stderr.contains("3 problems found."), "{stderr}");
    // A workspace named explicitly must exist.
    let out = run(&missing_db, "en", &["templates", "check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !dir.path().join("none.db").exists(),
        "no workspace is created by a check"
    );
}

#[test]
fn an_export_imported_into_a_fresh_workspace_exports_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let first = dir.path().join("first");
    let out = ok(&db, &["templates", "export", first.to_str().unwrap()]);
    assert!(out.contains("files written"), "{out}");
    let exported = files(&first);
    assert!(
        exported.iter().any(|(n, _)| n == "de-CH.ftl"),
        "the brand's de-CH text: {exported:?}"
    );
    assert!(exported.iter().any(|(n, _)| n == "de.ftl"));

    // Importing what was exported changes nothing.
    let again = ok(&db, &["templates", "import", first.to_str().unwrap()]);
    assert!(again.contains(" 0 texts saved"), "{again}");

    // A fresh workspace with the same brands, fed the export, exports the same bytes.
    let fresh = format!("sqlite:{}", dir.path().join("fresh.db").display());
    ok(&fresh, &["demo", "--yes"]);
    ok(&fresh, &["templates", "import", first.to_str().unwrap()]);
    let second = dir.path().join("second");
    ok(&fresh, &["templates", "export", second.to_str().unwrap()]);
    assert_eq!(files(&second), exported);
}

#[test]
fn a_bad_file_imports_nothing_and_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = ok(&db, &["templates", "backlog", "--json"]);
    let bad = dir.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(
        bad.join("it.ftl"),
        "nuovo = Ciao { $first_name }\n    .topic = x\n",
    )
    .unwrap();
    std::fs::write(
        bad.join("fr.ftl"),
        "ok = Bonjour\n    .topic = x\n\nko = Bonjour { $first_name\n    .topic = y\n",
    )
    .unwrap();
    let out = run(&db, "en", &["templates", "import", bad.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("fr.ftl, line 4"), "{stderr}");
    assert!(stderr.contains("Nothing was imported"), "{stderr}");
    assert_eq!(
        ok(&db, &["templates", "backlog", "--json"]),
        before,
        "nothing changed"
    );
}

#[test]
fn detect_prints_a_code_and_a_confidence_per_line() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .arg("detect")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "Wo ist mein Koffer seit gestern?\nMon vol est annulé, que faire ?\n\n".as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<(&str, f64)> = text
        .lines()
        .map(|l| {
            let (code, conf) = l.split_once('\t').expect("code<TAB>confidence");
            (code, conf.parse().unwrap())
        })
        .collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[0].0, "de");
    assert_eq!(lines[1].0, "fr");
    assert_eq!(lines[2].0, "und", "an empty line is undetermined");
    assert!(lines.iter().all(|(_, c)| (0.0..=1.0).contains(c)));
}

#[test]
fn an_import_with_an_unknown_variable_names_the_variable_not_a_code() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let bad = dir.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(
        bad.join("en.ftl"),
        "# greeting\n\ngreeting = Hi { $first_name }, seat { $seat }\n    .topic = hello\n",
    )
    .unwrap();
    for (lang, nothing) in [
        ("en", "Nothing was imported"),
        ("de", "nichts importiert"),
        ("fr", "Rien n'a été importé"),
        ("it", "Non è stato importato nulla"),
    ] {
        let out = run(&db, lang, &["templates", "import", bad.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("$seat") && stderr.contains("greeting") && stderr.contains(nothing),
            "{lang}: {stderr}"
        );
        assert!(stderr.contains("39"), "{lang}: column 39: {stderr}");
        assert!(
            !stderr.contains("template-"),
            "{lang}: a raw code: {stderr}"
        );
        if lang == "en" {
            assert!(stderr.contains("line 3, column 39"), "{stderr}");
        }
    }
}

#[test]
fn a_template_text_over_64_kib_is_refused_with_its_name_and_the_limit_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = ok(&db, &["templates", "backlog", "--json"]);
    let big = "x".repeat(100 * 1024);
    let folder = dir.path().join("big");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("en.ftl"),
        format!("fine = Hello\n    .topic = x\n\nhuge = {big}\n    .topic = x\n"),
    )
    .unwrap();
    let out = run(
        &db,
        "en",
        &["templates", "import", folder.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("“huge”") && stderr.contains("64 KiB") && stderr.contains("line 4"),
        "{stderr}"
    );

    // A file of 10 MB is refused before it is read as Fluent.
    std::fs::write(
        folder.join("en.ftl"),
        format!("huge = {}\n    .topic = x\n", "x".repeat(10 << 20)),
    )
    .unwrap();
    let out = run(
        &db,
        "en",
        &["templates", "import", folder.to_str().unwrap()],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("en.ftl") && stderr.contains("2 MiB"),
        "{stderr}"
    );

    let file = dir.path().join("huge.txt");
    std::fs::write(&file, &big).unwrap();
    let out = run(
        &db,
        "en",
        &[
            "templates",
            "set",
            "--template",
            "huge",
            "--locale",
            "en",
            "--file",
            file.to_str().unwrap(),
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("“huge”") && stderr.contains("64 KiB"),
        "{stderr}"
    );
    assert_eq!(
        ok(&db, &["templates", "backlog", "--json"]),
        before,
        "nothing was stored"
    );
}
