//! `inbound --batch`: fan messages in bulk from a JSON Lines file, for a
//! migration from another tool, a replay of history, and tests.
//!
//! One message per line:
//! `{"community": "summit-air/fr-CH", "from": "Anna", "from_id": "psid-1",
//! "text": "…", "at": "2026-01-10T08:15:00Z", "external_id": "m-1",
//! "thread": "t-1"}`. `community`, `from` and `text` are required; `at`
//! defaults to the moment of the import; `from_id` is the fan's platform id
//! (default: their name); `thread` joins messages into one case as the
//! platform's thread would (default: one thread per fan); `version` is the
//! format's version (1, the default).
//!
//! The whole file is read and checked before anything is written: a file
//! with one bad line imports nothing, and the error names the line and the
//! field. A line without `external_id` gets one derived from its place and
//! content, so importing the same file again changes nothing.

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::io::BufRead;
use switchboard_domain::{CaseKind, Community, CommunityId, SlaPolicy};
use switchboard_store::{InboundEffect, InboundMessage, InboundOutcome};

/// The newest version of the line format this build reads.
pub const FORMAT_VERSION: u64 = 1;
/// The fields a line may have.
const FIELDS: [&str; 8] = [
    "version",
    "community",
    "from",
    "from_id",
    "text",
    "at",
    "external_id",
    "thread",
];
/// The longest text accepted on a line (a message, not a document).
const MAX_TEXT: usize = 64 * 1024;

/// A checked file, ready to import.
#[derive(Debug)]
pub struct BatchPlan {
    messages: Vec<InboundMessage>,
}

impl BatchPlan {
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }
}

/// What an import did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BatchSummary {
    pub lines: usize,
    /// Messages stored now.
    pub stored: usize,
    /// Messages already there (an earlier import, the platform).
    pub duplicates: usize,
    pub new_cases: usize,
    pub communities: usize,
    pub case_ids: Vec<i64>,
}

/// What can be wrong with a line, each with its error code (and message)
/// and whether the error names a field and shows the value.
pub const PROBLEMS: [(&str, &str, bool, bool); 11] = [
    ("missing", "batch-missing", true, false),
    ("empty", "batch-empty", true, false),
    ("not-text", "batch-not-text", true, false),
    ("not-number", "batch-not-number", true, false),
    ("not-json", "batch-not-json", false, false),
    ("not-utf8", "batch-not-utf8", false, false),
    ("unknown-field", "batch-unknown-field", true, false),
    ("future-version", "batch-future-version", false, true),
    ("unknown-community", "batch-unknown-community", false, true),
    ("bad-time", "batch-bad-time", true, true),
    ("too-long", "batch-too-long", true, false),
];

/// The error code of a line's problem.
pub fn problem_code(problem: &str) -> &'static str {
    PROBLEMS
        .iter()
        .find(|p| p.0 == problem)
        .map_or("batch-not-json", |p| p.1)
}

/// One error of each problem, for the test that every code has its
/// message in every language.
pub fn problem_samples() -> Vec<DeskError> {
    PROBLEMS
        .iter()
        .map(|&(problem, _, field, value)| DeskError::BatchLine {
            line: 12,
            field: if field { "at".into() } else { String::new() },
            value: if value { "2".into() } else { String::new() },
            problem,
        })
        .collect()
}

/// What is wrong with a line; the field and value are kept only where the
/// problem's message shows them.
fn bad_value(line: usize, field: &str, value: &str, problem: &'static str) -> DeskError {
    let (names, shows) = PROBLEMS
        .iter()
        .find(|p| p.0 == problem)
        .map_or((false, false), |p| (p.2, p.3));
    DeskError::BatchLine {
        line,
        field: if names {
            field.to_string()
        } else {
            String::new()
        },
        value: if shows {
            value.chars().take(80).collect()
        } else {
            String::new()
        },
        problem,
    }
}

fn bad(line: usize, field: &str, problem: &'static str) -> DeskError {
    bad_value(line, field, "", problem)
}

impl Desk {
    /// Reads and checks every line of `input`; nothing is written.
    pub async fn plan_batch(&self, input: impl BufRead) -> DeskResult<BatchPlan> {
        let communities: HashMap<String, Community> = self
            .communities()
            .await?
            .into_iter()
            .map(|c| (c.handle.to_lowercase(), c))
            .collect();
        let now = self.now();
        let mut messages = Vec::new();
        for (n, line) in input.lines().enumerate() {
            let number = n + 1;
            let line = line.map_err(|e| match e.kind() {
                std::io::ErrorKind::InvalidData => bad(number, "", "not-utf8"),
                _ => DeskError::Io {
                    path: format!("line {number}"),
                    reason: e.to_string(),
                },
            })?;
            if line.trim().is_empty() {
                continue;
            }
            messages.push(parse_line(number, &line, &communities, now)?);
        }
        Ok(BatchPlan { messages })
    }

    /// Stores each message of a checked file, each in its own transaction
    /// (a message already stored is counted, not stored again);
    /// `progress(done, total)` after each.
    pub async fn import_batch(
        &self,
        plan: BatchPlan,
        progress: &mut dyn FnMut(usize, usize),
    ) -> DeskResult<BatchSummary> {
        let total = plan.messages.len();
        let mut policies: HashMap<CommunityId, SlaPolicy> = HashMap::new();
        let crises = self.crisis_lookup().await?;
        let mut summary = BatchSummary {
            lines: total,
            ..BatchSummary::default()
        };
        let mut cases = BTreeSet::new();
        let mut communities = BTreeSet::new();
        for (done, m) in plan.messages.iter().enumerate() {
            let policy = match policies.get(&m.community_id) {
                Some(p) => p.clone(),
                None => {
                    let p = self.store().sla_policy(m.community_id).await?;
                    policies.insert(m.community_id, p.clone());
                    p
                }
            };
            communities.insert(m.community_id);
            let stamp = crises.stamp(m.community_id, m.at, &policy);
            match self
                .store()
                .record_inbound(m, &policy, stamp.as_ref())
                .await?
            {
                InboundOutcome::Stored {
                    case_id,
                    message_id,
                    effect,
                } => {
                    summary.stored += 1;
                    if matches!(
                        effect,
                        InboundEffect::NewCase | InboundEffect::FollowUp { .. }
                    ) {
                        summary.new_cases += 1;
                    }
                    cases.insert(case_id.0);
                    self.detect_language(message_id, &m.body).await?;
                    self.emit(crate::Change::Case {
                        id: case_id,
                        community: m.community_id,
                    });
                }
                InboundOutcome::Duplicate { case_id, .. } => {
                    summary.duplicates += 1;
                    cases.insert(case_id.0);
                }
            }
            progress(done + 1, total);
        }
        summary.communities = communities.len();
        summary.case_ids = cases.into_iter().collect();
        Ok(summary)
    }
}

fn parse_line(
    number: usize,
    line: &str,
    communities: &HashMap<String, Community>,
    now: DateTime<Utc>,
) -> DeskResult<InboundMessage> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|_| bad(number, "", "not-json"))?;
    let Some(fields) = value.as_object() else {
        return Err(bad(number, "", "not-json"));
    };
    if let Some(v) = fields.get("version") {
        match v.as_u64() {
            Some(1..=FORMAT_VERSION) => {}
            Some(_) => {
                return Err(bad_value(
                    number,
                    "version",
                    &v.to_string(),
                    "future-version",
                ))
            }
            None => return Err(bad(number, "version", "not-number")),
        }
    }
    if let Some(unknown) = fields.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(bad(number, unknown, "unknown-field"));
    }
    let text = |name: &'static str| -> DeskResult<Option<String>> {
        match fields.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => {
                Err(bad(number, name, "empty"))
            }
            Some(serde_json::Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(_) => Err(bad(number, name, "not-text")),
        }
    };
    let required = |name: &'static str| -> DeskResult<String> {
        text(name)?.ok_or_else(|| bad(number, name, "missing"))
    };
    let handle = required("community")?;
    let community = communities
        .get(&handle.to_lowercase())
        .ok_or_else(|| bad_value(number, "community", &handle, "unknown-community"))?;
    let from = required("from")?;
    let body = required("text")?;
    if body.len() > MAX_TEXT {
        return Err(bad(number, "text", "too-long"));
    }
    let at = match text("at")? {
        Some(s) => DateTime::parse_from_rfc3339(&s)
            .map_err(|_| bad_value(number, "at", &s, "bad-time"))?
            .with_timezone(&Utc),
        None => now,
    };
    let from_id = text("from_id")?;
    let thread = text("thread")?;
    let who = from_id
        .clone()
        .unwrap_or_else(|| format!("direct:{}", from.to_lowercase()));
    let external_id = match text("external_id")? {
        Some(id) => id,
        None => format!("batch:{number}:{:016x}", fnv1a(line.trim().as_bytes())),
    };
    Ok(InboundMessage {
        community_id: community.id,
        external_id,
        thread_key: thread.map_or_else(|| who.clone(), |t| format!("thread:{t}")),
        kind: CaseKind::Direct,
        contact_external_id: who,
        contact_name: from,
        body,
        at,
    })
}

/// FNV-1a, 64 bits: a stable digest of a line (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
