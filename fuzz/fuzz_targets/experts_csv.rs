//! Any bytes as an experts CSV file, read as `experts import` reads one
//! (`switchboard_desk::expert_csv::read_experts`): every row checked, or the
//! first problem, and never a panic. A file that reads is exported again
//! (`to_csv`) and must read back as the same profiles, and no exported cell
//! may start like a spreadsheet formula.

#![no_main]

use std::hint::black_box;

use libfuzzer_sys::fuzz_target;
use switchboard_desk::expert_csv::{parse_csv, read_experts, to_csv};
use switchboard_domain::{Expert, ExpertId};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    black_box(parse_csv(text).ok());
    let profiles = match read_experts(text) {
        Ok(p) => p,
        Err(e) => {
            black_box((e.code(), e.args()));
            return;
        }
    };
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
    let csv = to_csv(&experts);
    for record in parse_csv(&csv).unwrap_or_default() {
        for cell in record {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "an exported cell starts like a formula: {cell:?}"
            );
        }
    }
    let back = read_experts(&csv).map_err(|e| format!("{e:?}"));
    assert_eq!(
        back.as_ref(),
        Ok(&profiles),
        "an export does not read back as the same profiles:\n{csv}"
    );
});
