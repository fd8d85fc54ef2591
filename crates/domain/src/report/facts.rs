//! What a report keeps of each case between reports: its keys and its
//! clocks already in business time, computed once with the policy the case
//! ran under. The database then sums a period's figures itself instead of
//! handing every case to the desk (a year is a million cases), and the sums
//! come back here to be finished with the same definitions as a case read
//! one by one (`outcome`).

use super::{hour_of_week, Figures, ReportCase, Tally};
use crate::case::{CaseKind, CaseStatus};
use crate::ids::{AgentId, CaseId, CommunityId};
use crate::sla::SlaPolicy;
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// One case as the report's sums read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFact {
    pub case_id: CaseId,
    pub community_id: CommunityId,
    pub kind: CaseKind,
    pub assignee_id: Option<AgentId>,
    pub topic: Option<String>,
    pub crisis_id: Option<crate::crisis::CrisisId>,
    pub opened_at: DateTime<Utc>,
    /// When it was resolved, while it is resolved (a reopened case has
    /// none, as in `outcome`).
    pub resolved_at: Option<DateTime<Utc>>,
    pub first_response_due: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    /// Business seconds from the first message to the first reply.
    pub first_response_s: Option<i64>,
    pub resolution_due: Option<DateTime<Utc>>,
    /// Business seconds to the resolution, waiting time taken out; with
    /// `resolved_at`.
    pub resolution_s: Option<i64>,
    /// Whether `resolution_s` is within the target; with `resolved_at`.
    pub resolution_met: Option<bool>,
    /// When it was last reopened (by the fan writing again or an agent).
    pub reopened_at: Option<DateTime<Utc>>,
    /// 0 for Monday 00:00–01:00, in the community's time zone.
    pub opened_hour_of_week: u16,
    /// The Monday of the week it opened in, in the community's time zone.
    pub opened_week: NaiveDate,
    /// The Monday of the week it was resolved in; with `resolved_at`.
    pub resolved_week: Option<NaiveDate>,
}

/// The Monday of the week of `at` in `tz`.
pub fn week_of(at: DateTime<Utc>, tz: chrono_tz::Tz) -> NaiveDate {
    let day = at.with_timezone(&tz).date_naive();
    day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

impl ReportFact {
    /// The fact of `case`, which ran under `policy` (its community's, or
    /// its crisis's terms).
    pub fn of(case: &ReportCase, policy: &SlaPolicy) -> ReportFact {
        let resolved_at = (case.status == CaseStatus::Resolved)
            .then_some(case.resolved_at)
            .flatten();
        let resolution_s = resolved_at.map(|at| {
            (policy.business_between(case.started_at, at).num_seconds()
                - case.resolution_paused_secs)
                .max(0)
        });
        ReportFact {
            case_id: case.id,
            community_id: case.community_id,
            kind: case.kind,
            assignee_id: case.assignee_id,
            topic: case.topic.clone(),
            crisis_id: case.crisis_id,
            opened_at: case.opened_at,
            resolved_at,
            first_response_due: case.first_response_due,
            first_response_at: case.first_response_at,
            first_response_s: case
                .first_response_at
                .map(|at| policy.business_between(case.started_at, at).num_seconds()),
            resolution_due: case.resolution_due,
            resolution_s,
            resolution_met: resolution_s.map(|s| s <= policy.resolution_minutes.saturating_mul(60)),
            reopened_at: case.reopened_at,
            opened_hour_of_week: hour_of_week(case.opened_at, policy.time_zone),
            opened_week: week_of(case.opened_at, policy.time_zone),
            resolved_week: resolved_at.map(|at| week_of(at, policy.time_zone)),
        }
    }
}

/// A group's figures as the database summed them from facts: the counts
/// (in `figures`; attainment, quantiles and the hours of the week left
/// empty), the times to take quantiles of, and the opening hours.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summed {
    pub figures: Figures,
    pub first_times: Vec<i64>,
    pub resolution_times: Vec<i64>,
    /// The hour of the week each case opened in the period opened in.
    pub opened_hours: Vec<u16>,
}

impl Tally {
    /// Adds what the database summed for part of a group.
    pub fn absorb(&mut self, s: Summed) {
        let (f, g) = (&mut self.figures, s.figures);
        f.cases_opened += g.cases_opened;
        f.cases_resolved += g.cases_resolved;
        f.cases_reopened += g.cases_reopened;
        f.first_response_met += g.first_response_met;
        f.first_response_missed += g.first_response_missed;
        f.first_response_running += g.first_response_running;
        f.resolution_met += g.resolution_met;
        f.resolution_missed += g.resolution_missed;
        f.resolution_running += g.resolution_running;
        f.backlog_open += g.backlog_open;
        for (band, n) in g.backlog_by_age.iter().enumerate() {
            super::add_band(f, band, *n);
        }
        self.first_times.extend(s.first_times);
        self.resolution_times.extend(s.resolution_times);
        let hours = &mut self.figures.opened_by_hour_of_week;
        if hours.len() < super::HOURS_OF_WEEK {
            hours.resize(super::HOURS_OF_WEEK, 0);
        }
        for h in s.opened_hours {
            hours[usize::from(h) % super::HOURS_OF_WEEK] += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_week_starts_on_monday_in_the_communitys_time_zone() {
        let zurich = chrono_tz::Europe::Zurich;
        // Sunday 1 March 2026 23:30 UTC is Monday 00:30 in Zurich.
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 23, 30, 0).unwrap();
        assert_eq!(
            week_of(at, zurich),
            NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
        );
        assert_eq!(
            week_of(at, chrono_tz::UTC),
            NaiveDate::from_ymd_opt(2026, 2, 23).unwrap()
        );
    }
}
