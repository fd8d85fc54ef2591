//! How the desk kept its promise over a period: the figures of a report,
//! computed from cases as stored, with one set of definitions for every
//! front (docs/decisions/025-report-definitions.md).
//!
//! A period is `[from, to)`; `end` is the instant the report is read at
//! (`to`, or now when the period has not ended yet).
//! - **opened**: first inbound message in the period.
//! - **resolved**: resolved (its last resolution) in the period.
//! - **first response**, for cases opened in the period: *met* when the
//!   first reply came at or before its due time, *missed* when it came
//!   later or had not come when its due time passed (before `end`),
//!   *running* otherwise. Its time is business time from the first
//!   message to the first reply, in the community's calendar. A reopened
//!   case counts its latest first-response clock.
//! - **resolution**, for cases resolved in the period: business time from
//!   the first message to the resolution minus the time it waited for the
//!   customer; *met* when that is within the target of the policy the case
//!   ran under, else *missed*. Cases opened in the period and not resolved
//!   by `end` are *running*, or *missed* once their due time passed.
//! - **backlog**: cases opened before `to` and not resolved at `to`; its
//!   age at `to` in six bands (`BACKLOG_AGE_HOURS`): under 1 h, 1–4 h,
//!   4–24 h, 1–3 days, 3–7 days, 7 days and more.
//! - **attainment**: met ÷ (met + missed); none when both are zero.
//! - **reopened**: cases reopened in the period (the fan wrote again within
//!   the reopening window, or an agent reopened it), each counted once at
//!   its latest reopening; the **reopen rate** is reopened ÷ resolved in
//!   the period.
//! - **expert handoffs**, asked in the period, grouped by their case's key:
//!   *answered in time* when the expert answered at or before the handoff's
//!   due time; *declined* and *expired* as the handoff ended; the answer
//!   time is elapsed time from asking to answering (experts keep their own
//!   hours, not the desk's), its median over the answered ones.

use crate::case::{CaseKind, CaseStatus};
use crate::handoff::HandoffEnd;
use crate::ids::{AgentId, CaseId, CommunityId};
use crate::people::HandoffState;
use crate::sla::SlaPolicy;
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

mod facts;
pub use facts::{week_of, ReportFact, Summed};

/// The figures of one group (or the total) of a report. Times in seconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct Figures {
    pub cases_opened: u64,
    pub cases_resolved: u64,
    pub cases_reopened: u64,
    /// Reopened ÷ resolved in the period; none when none was resolved.
    pub reopen_rate: Option<f64>,
    pub first_response_met: u64,
    pub first_response_missed: u64,
    pub first_response_running: u64,
    pub first_response_attainment: Option<f64>,
    pub first_response_median_s: Option<i64>,
    pub first_response_p90_s: Option<i64>,
    pub resolution_met: u64,
    pub resolution_missed: u64,
    pub resolution_running: u64,
    pub resolution_attainment: Option<f64>,
    pub resolution_median_s: Option<i64>,
    pub resolution_p90_s: Option<i64>,
    pub backlog_open: u64,
    /// Cases opened in the period by hour of the week in their community's
    /// time zone: 168 counts, Monday 00:00–01:00 first.
    pub opened_by_hour_of_week: Vec<u64>,
    /// The backlog by age at the period's end: six counts, for ages under
    /// 1 h, 1–4 h, 4–24 h, 1–3 days, 3–7 days, and 7 days and more.
    pub backlog_by_age: Vec<u64>,
    pub handoffs_asked: u64,
    pub handoffs_answered: u64,
    pub handoffs_answered_in_time: u64,
    pub handoffs_declined: u64,
    pub handoffs_expired: u64,
    pub handoff_answer_median_s: Option<i64>,
}

/// Where the backlog's age bands start, in hours (the first starts at 0).
pub const BACKLOG_AGE_HOURS: [i64; 5] = [1, 4, 24, 72, 168];

/// The age band of a case opened at `opened` and still open at `at`.
pub fn backlog_band(opened: DateTime<Utc>, at: DateTime<Utc>) -> usize {
    let hours = (at - opened).num_seconds() as f64 / 3600.0;
    BACKLOG_AGE_HOURS
        .iter()
        .take_while(|h| hours >= **h as f64)
        .count()
}

/// What a report reads of a case: its keys for grouping and its clocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportCase {
    pub id: CaseId,
    pub community_id: CommunityId,
    pub kind: CaseKind,
    pub assignee_id: Option<AgentId>,
    pub topic: Option<String>,
    pub crisis_id: Option<crate::crisis::CrisisId>,
    pub status: CaseStatus,
    pub opened_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub started_at: DateTime<Utc>,
    pub first_response_due: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub resolution_paused_secs: i64,
    pub resolution_due: Option<DateTime<Utc>>,
    /// When it was last reopened.
    pub reopened_at: Option<DateTime<Utc>>,
}

impl ReportCase {
    pub fn of(case: &crate::case::Case) -> ReportCase {
        ReportCase {
            id: case.id,
            community_id: case.community_id,
            kind: case.kind,
            assignee_id: case.assignee_id,
            topic: case.topic.clone(),
            crisis_id: case.crisis_id,
            status: case.status,
            opened_at: case.opened_at,
            resolved_at: case.resolved_at,
            started_at: case.sla.started_at,
            first_response_due: case.sla.first_response_due,
            first_response_at: case.sla.first_response_at,
            resolution_paused_secs: case.sla.resolution_paused_secs,
            resolution_due: case.sla.resolution_due,
            reopened_at: None,
        }
    }
}

/// The period of a report and the instant it is read at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

impl Period {
    fn contains(&self, t: DateTime<Utc>) -> bool {
        self.from <= t && t < self.to
    }
}

/// Figures being gathered: counts, and the times to take quantiles of.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    figures: Figures,
    first_times: Vec<i64>,
    resolution_times: Vec<i64>,
    handoff_times: Vec<i64>,
}

/// What a report reads of an expert handoff asked in its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportHandoff {
    pub state: HandoffState,
    pub asked_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// Where one of a case's clocks stands in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Kept {
    Met,
    Missed,
    Running,
}

impl Kept {
    pub fn as_str(self) -> &'static str {
        match self {
            Kept::Met => "met",
            Kept::Missed => "missed",
            Kept::Running => "running",
        }
    }
}

/// What one case counts for in a report (see the module's definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaseOutcome {
    pub opened: bool,
    pub resolved: bool,
    /// For a case opened in the period.
    pub first_response: Option<Kept>,
    /// Business seconds to the first reply, when there was one.
    pub first_response_s: Option<i64>,
    /// For a case resolved in the period, or opened in it and still open.
    pub resolution: Option<Kept>,
    /// Business seconds to the resolution, waiting time taken out.
    pub resolution_s: Option<i64>,
    pub backlog: bool,
    /// Reopened (last) in the period.
    pub reopened: bool,
    /// With `backlog`: its age band at the period's end.
    pub backlog_band: Option<usize>,
    /// When it opened in the period: the hour of the week (0 = Monday
    /// 00:00–01:00) in its community's time zone.
    pub opened_hour_of_week: Option<u16>,
}

/// The hour of the week of `at` in `tz`: 0 for Monday 00:00–01:00.
pub fn hour_of_week(at: DateTime<Utc>, tz: chrono_tz::Tz) -> u16 {
    use chrono::{Datelike, Timelike};
    let local = at.with_timezone(&tz);
    (local.weekday().num_days_from_monday() * 24 + local.hour()) as u16
}

/// What `case`, under `policy`, counts for in the report of `p`.
pub fn outcome(case: &ReportCase, policy: &SlaPolicy, p: &Period) -> CaseOutcome {
    let mut o = CaseOutcome::default();
    let resolved_at = (case.status == CaseStatus::Resolved)
        .then_some(case.resolved_at)
        .flatten();
    o.opened = p.contains(case.opened_at);
    if o.opened {
        o.opened_hour_of_week = Some(hour_of_week(case.opened_at, policy.time_zone));
        o.first_response = Some(match case.first_response_at {
            Some(at) => {
                o.first_response_s =
                    Some(policy.business_between(case.started_at, at).num_seconds());
                if at <= case.first_response_due {
                    Kept::Met
                } else {
                    Kept::Missed
                }
            }
            None if case.first_response_due <= p.end => Kept::Missed,
            None => Kept::Running,
        });
    }
    match resolved_at {
        Some(at) if p.contains(at) => {
            o.resolved = true;
            let took = (policy.business_between(case.started_at, at).num_seconds()
                - case.resolution_paused_secs)
                .max(0);
            o.resolution_s = Some(took);
            o.resolution = Some(if took <= policy.resolution_minutes.saturating_mul(60) {
                Kept::Met
            } else {
                Kept::Missed
            });
        }
        Some(_) => {}
        None if o.opened => {
            o.resolution = Some(match case.resolution_due {
                Some(due) if due <= p.end => Kept::Missed,
                _ => Kept::Running,
            });
        }
        None => {}
    }
    o.reopened = case.reopened_at.is_some_and(|at| p.contains(at));
    o.backlog = case.opened_at < p.to && resolved_at.is_none_or(|at| at >= p.to);
    o.backlog_band = o.backlog.then(|| backlog_band(case.opened_at, p.to));
    o
}

/// What one case adds to a report.
fn count(t: &mut Tally, o: &CaseOutcome) {
    let f = &mut t.figures;
    f.cases_opened += u64::from(o.opened);
    f.cases_resolved += u64::from(o.resolved);
    f.cases_reopened += u64::from(o.reopened);
    match o.first_response {
        Some(Kept::Met) => f.first_response_met += 1,
        Some(Kept::Missed) => f.first_response_missed += 1,
        Some(Kept::Running) => f.first_response_running += 1,
        None => {}
    }
    match o.resolution {
        Some(Kept::Met) => f.resolution_met += 1,
        Some(Kept::Missed) => f.resolution_missed += 1,
        Some(Kept::Running) => f.resolution_running += 1,
        None => {}
    }
    t.first_times.extend(o.first_response_s);
    t.resolution_times.extend(o.resolution_s);
    f.backlog_open += u64::from(o.backlog);
    if let Some(band) = o.backlog_band {
        add_band(f, band, 1);
    }
    if let Some(h) = o.opened_hour_of_week {
        if f.opened_by_hour_of_week.len() < HOURS_OF_WEEK {
            f.opened_by_hour_of_week.resize(HOURS_OF_WEEK, 0);
        }
        f.opened_by_hour_of_week[usize::from(h) % HOURS_OF_WEEK] += 1;
    }
}

const HOURS_OF_WEEK: usize = 7 * 24;

fn add_band(f: &mut Figures, band: usize, n: u64) {
    let bands = BACKLOG_AGE_HOURS.len() + 1;
    if f.backlog_by_age.len() < bands {
        f.backlog_by_age.resize(bands, 0);
    }
    f.backlog_by_age[band.min(bands - 1)] += n;
}

impl Tally {
    /// Adds `case`, which ran under `policy` (its community's, or its
    /// crisis's terms).
    pub fn add(&mut self, case: &ReportCase, policy: &SlaPolicy, period: &Period) {
        count(self, &outcome(case, policy, period));
    }

    /// Adds a case whose outcome is known already.
    pub fn add_outcome(&mut self, o: &CaseOutcome) {
        count(self, o);
    }

    /// Counts one expert handoff asked in the period.
    pub fn add_handoff(&mut self, h: &ReportHandoff) {
        let f = &mut self.figures;
        f.handoffs_asked += 1;
        match HandoffEnd::of(h.state, h.asked_at, h.due_at, h.answered_at) {
            HandoffEnd::Answered { after, in_time } => {
                f.handoffs_answered += 1;
                f.handoffs_answered_in_time += u64::from(in_time);
                self.handoff_times.push(after.num_seconds().max(0));
            }
            HandoffEnd::Declined => f.handoffs_declined += 1,
            HandoffEnd::Expired => f.handoffs_expired += 1,
            HandoffEnd::Open => {}
        }
    }

    pub fn finish(mut self) -> Figures {
        let f = &mut self.figures;
        f.first_response_attainment = ratio(f.first_response_met, f.first_response_missed);
        f.resolution_attainment = ratio(f.resolution_met, f.resolution_missed);
        f.reopen_rate =
            (f.cases_resolved > 0).then(|| f.cases_reopened as f64 / f.cases_resolved as f64);
        f.first_response_median_s = quantile(&mut self.first_times, 0.5);
        f.first_response_p90_s = quantile(&mut self.first_times, 0.9);
        f.resolution_median_s = quantile(&mut self.resolution_times, 0.5);
        f.resolution_p90_s = quantile(&mut self.resolution_times, 0.9);
        f.handoff_answer_median_s = quantile(&mut self.handoff_times, 0.5);
        f.opened_by_hour_of_week.resize(HOURS_OF_WEEK, 0);
        f.backlog_by_age.resize(BACKLOG_AGE_HOURS.len() + 1, 0);
        self.figures
    }
}

fn ratio(met: u64, missed: u64) -> Option<f64> {
    let all = met + missed;
    (all > 0).then(|| met as f64 / all as f64)
}

/// The value at quantile `q` (nearest rank: the smallest value with at
/// least `q` of the values at or below it); None for no values.
/// The values are reordered, not sorted: a selection is linear where a
/// sort of a year's million times is not.
pub fn quantile(values: &mut [i64], q: f64) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    let rank = ((q * values.len() as f64).ceil() as usize).clamp(1, values.len());
    Some(*values.select_nth_unstable(rank - 1).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handoffs_count_by_how_they_ended_and_answers_by_their_time() {
        let t = |h: i64| DateTime::<Utc>::from_timestamp(h * 3600, 0).unwrap();
        let mut tally = Tally::default();
        for (state, answered) in [
            (HandoffState::Answered, Some(t(1))),
            (HandoffState::Answered, Some(t(5))),
            (HandoffState::Declined, None),
            (HandoffState::Expired, None),
            (HandoffState::Requested, None),
        ] {
            tally.add_handoff(&ReportHandoff {
                state,
                asked_at: t(0),
                due_at: t(4),
                answered_at: answered,
            });
        }
        let f = tally.finish();
        assert_eq!(
            (
                f.handoffs_asked,
                f.handoffs_answered,
                f.handoffs_answered_in_time,
                f.handoffs_declined,
                f.handoffs_expired
            ),
            (5, 2, 1, 1, 1)
        );
        assert_eq!(f.handoff_answer_median_s, Some(3600));
    }

    #[test]
    fn quantiles_take_the_nearest_rank() {
        let mut v = vec![50, 10, 40, 20, 30];
        assert_eq!(quantile(&mut v, 0.5), Some(30));
        assert_eq!(quantile(&mut v, 0.9), Some(50));
        assert_eq!(quantile(&mut [7], 0.9), Some(7));
        assert_eq!(quantile(&mut [], 0.5), None);
        let mut ten: Vec<i64> = (1..=10).collect();
        assert_eq!(quantile(&mut ten, 0.9), Some(9));
        assert_eq!(quantile(&mut ten, 0.5), Some(5));
    }

    #[test]
    fn the_hour_of_the_week_is_read_in_the_communitys_time_zone() {
        use chrono::TimeZone;
        let zurich = chrono_tz::Europe::Zurich;
        // Monday 2 March 2026, 00:30 in Zurich is Sunday 23:30 UTC.
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 23, 30, 0).unwrap();
        assert_eq!(hour_of_week(at, zurich), 0);
        assert_eq!(hour_of_week(at, chrono_tz::UTC), 6 * 24 + 23);
        let friday = Utc.with_ymd_and_hms(2026, 3, 6, 16, 10, 0).unwrap();
        assert_eq!(hour_of_week(friday, zurich), 4 * 24 + 17);
    }

    #[test]
    fn attainment_is_met_over_met_and_missed() {
        assert_eq!(ratio(3, 1), Some(0.75));
        assert_eq!(ratio(0, 0), None);
    }
}
