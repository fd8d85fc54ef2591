#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! `switchboard report` on the demo workspace: the JSON every script reads
//! (`from`, `to`, `total`, `groups` with stable figure names) adds up, the
//! CSV has a row per group and the total, and a bad grouping is said.

use std::process::Command;

fn switchboard(db: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_switchboard"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("SWITCHBOARD_LANG", "en")
        .env_remove("SWITCHBOARD_DB")
        .output()
        .unwrap()
}

#[test]
fn a_report_by_community_adds_up_to_its_total_in_json_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    assert!(switchboard(&db, &["demo", "--yes"]).status.success());
    let out = switchboard(&db, &["report", "--by", "community", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["from", "to", "total", "groups"] {
        assert!(r.get(key).is_some(), "{key} in {r}");
    }
    let names = [
        "cases_opened",
        "cases_resolved",
        "first_response_met",
        "first_response_missed",
        "first_response_median_s",
        "resolution_met",
        "resolution_missed",
        "resolution_median_s",
        "backlog_open",
    ];
    let groups = r["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 6, "the demo's six communities");
    for name in names {
        assert!(r["total"].get(name).is_some(), "{name}");
        if !name.ends_with("_s") {
            let sum: u64 = groups.iter().map(|g| g[name].as_u64().unwrap()).sum();
            assert_eq!(sum, r["total"][name].as_u64().unwrap(), "{name} adds up");
        }
    }
    let t = &r["total"];
    assert!(
        t["cases_opened"].as_u64().unwrap() > 100,
        "the demo's past week: {t}"
    );
    let met = t["first_response_met"].as_f64().unwrap();
    let missed = t["first_response_missed"].as_f64().unwrap();
    // JSON parsing is not exact to the last bit.
    let attainment = t["first_response_attainment"].as_f64().unwrap();
    assert!(
        (attainment - met / (met + missed)).abs() < 1e-12,
        "{attainment}"
    );

    let file = dir.path().join("report.csv");
    let out = switchboard(
        &db,
        &["report", "--by", "channel", "--csv", file.to_str().unwrap()],
    );
    assert!(out.status.success());
    let csv = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("key,cases_opened,cases_resolved,"),
        "{}",
        lines[0]
    );
    assert!(lines.last().unwrap().starts_with("total,"));

    let cases = dir.path().join("cases.csv");
    let out = switchboard(&db, &["report", "--cases-csv", cases.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&cases).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("case_id,community,channel,agent,topic,crisis,status,opened_at,"));
    let opened = lines[1..]
        .iter()
        .filter(|l| l.split(',').nth(10).is_some_and(|k| !k.is_empty()))
        .count() as u64;
    assert_eq!(
        opened,
        r["total"]["cases_opened"].as_u64().unwrap(),
        "each case opened in the period has its first-response outcome"
    );
    let backlog = lines[1..].iter().filter(|l| l.ends_with(",true")).count() as u64;
    assert_eq!(backlog, r["total"]["backlog_open"].as_u64().unwrap());

    let bad = switchboard(&db, &["report", "--by", "weather"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("“weather” is not a valid grouping"));
}

#[test]
fn the_pdf_report_is_a_whole_pdf_file_and_an_unwritable_path_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    assert!(switchboard(&db, &["demo", "--yes"]).status.success());
    let file = dir.path().join("month.pdf");
    let out = switchboard(&db, &["report", "--pdf", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("report written as PDF"));
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.trim_ascii_end().ends_with(b"%%EOF"));
    assert!(
        bytes.len() > 10_000,
        "charts and a table: {} bytes",
        bytes.len()
    );

    let nowhere = dir.path().join("no-such-dir").join("month.pdf");
    let out = switchboard(&db, &["report", "--pdf", nowhere.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Input or output failed"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
