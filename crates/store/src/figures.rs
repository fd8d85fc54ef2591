//! Handoff figures: per expert and per department (asked, answered in time,
//! median answer time) and per community (the share of cases that needed an
//! expert).
//!
//! A median is not an SQL aggregate on SQLite, and handoffs are few next to
//! messages (a few hundred a month), so each backend selects the plain facts
//! of the period and this module, written once, does the arithmetic.

use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;
use switchboard_domain::handoff::HandoffEnd;
use switchboard_domain::{CommunityId, ExpertId, HandoffState};
use ts_rs::TS;

/// One handoff asked in the period, as the figures need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandoffFact {
    pub expert_id: ExpertId,
    pub state: HandoffState,
    pub asked_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// An expert as the figures name them (the whole profile is not needed, and
/// a directory can hold a hundred thousand).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpertName {
    pub id: ExpertId,
    pub name: String,
    pub department: String,
}

/// Cases opened in the period in one community, and how many of them had at
/// least one handoff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommunityFact {
    pub community_id: CommunityId,
    pub handle: String,
    pub cases: i64,
    pub with_handoff: i64,
}

/// Asked, answered, answered in time and the median answer time of a set of
/// handoffs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
pub struct HandoffCounts {
    pub asked: i64,
    pub answered: i64,
    pub answered_in_time: i64,
    pub declined: i64,
    pub expired: i64,
    /// Minutes from asking to answering, median of the answered ones.
    pub median_answer_minutes: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExpertFigures {
    pub expert_id: ExpertId,
    pub name: String,
    pub department: String,
    /// Handoffs waiting for this expert now (any age): their current load.
    pub open: i64,
    #[serde(flatten)]
    pub counts: HandoffCounts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DepartmentFigures {
    pub department: String,
    pub open: i64,
    #[serde(flatten)]
    pub counts: HandoffCounts,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CommunityFigures {
    pub community_id: CommunityId,
    pub community: String,
    pub cases: i64,
    pub with_handoff: i64,
    /// `with_handoff / cases`, 0 when there was no case.
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HandoffFigures {
    /// Handoffs asked and cases opened from this instant on are counted.
    pub since: DateTime<Utc>,
    /// Every expert, retired ones included (their past answers count).
    pub experts: Vec<ExpertFigures>,
    /// By department name.
    pub departments: Vec<DepartmentFigures>,
    pub communities: Vec<CommunityFigures>,
}

/// The figures from the facts of the period and the current open counts.
pub fn summarize(
    since: DateTime<Utc>,
    experts: &[ExpertName],
    open: &BTreeMap<ExpertId, i64>,
    facts: &[HandoffFact],
    communities: &[CommunityFact],
) -> HandoffFigures {
    let department_of: BTreeMap<ExpertId, &str> = experts
        .iter()
        .map(|e| (e.id, e.department.as_str()))
        .collect();
    // The facts of each expert, gathered in one pass (not one pass over
    // every fact for each expert).
    let mut facts_of: BTreeMap<ExpertId, Vec<&HandoffFact>> = BTreeMap::new();
    for f in facts {
        facts_of.entry(f.expert_id).or_default().push(f);
    }
    let expert_figures: Vec<ExpertFigures> = experts
        .iter()
        .map(|e| ExpertFigures {
            expert_id: e.id,
            name: e.name.clone(),
            department: e.department.clone(),
            open: open.get(&e.id).copied().unwrap_or(0),
            counts: counts(facts_of.get(&e.id).into_iter().flatten().copied()),
        })
        .collect();
    let mut departments: BTreeMap<&str, (i64, Vec<&HandoffFact>)> = BTreeMap::new();
    for e in experts {
        let entry = departments.entry(e.department.as_str()).or_default();
        entry.0 += open.get(&e.id).copied().unwrap_or(0);
    }
    for f in facts {
        if let Some(d) = department_of.get(&f.expert_id) {
            departments.entry(d).or_default().1.push(f);
        }
    }
    HandoffFigures {
        since,
        experts: expert_figures,
        departments: departments
            .into_iter()
            .map(|(department, (open, facts))| DepartmentFigures {
                department: department.to_string(),
                open,
                counts: counts(facts.into_iter()),
            })
            .collect(),
        communities: communities
            .iter()
            .map(|c| CommunityFigures {
                community_id: c.community_id,
                community: c.handle.clone(),
                cases: c.cases,
                with_handoff: c.with_handoff,
                share: if c.cases > 0 {
                    c.with_handoff as f64 / c.cases as f64
                } else {
                    0.0
                },
            })
            .collect(),
    }
}

fn counts<'a>(facts: impl Iterator<Item = &'a HandoffFact>) -> HandoffCounts {
    let mut c = HandoffCounts::default();
    let mut minutes = Vec::new();
    for f in facts {
        c.asked += 1;
        match HandoffEnd::of(f.state, f.asked_at, f.due_at, f.answered_at) {
            HandoffEnd::Answered { after, in_time } => {
                c.answered += 1;
                c.answered_in_time += i64::from(in_time);
                minutes.push(after.num_minutes().max(0));
            }
            HandoffEnd::Declined => c.declined += 1,
            HandoffEnd::Expired => c.expired += 1,
            HandoffEnd::Open => {}
        }
    }
    c.median_answer_minutes = median(&mut minutes);
    c
}

/// The median; for an even count, the mean of the two middle values
/// (whole minutes, rounded down).
fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [30]), Some(30));
        assert_eq!(median(&mut [90, 10, 30]), Some(30));
        assert_eq!(median(&mut [40, 10, 30, 20]), Some(25));
    }
}
