//! SLA policies and clocks in the business time of a community.
//!
//! A community promises its answers in *its own* business time: a message
//! sent on Friday evening to a team that works Monday to Friday is not late on
//! Saturday. So every due time is found by walking the policy's local opening
//! hours (in its IANA time zone, holidays skipped) and converting each one to
//! UTC on its own date; that keeps a daylight-saving day 23 or 25 hours long
//! instead of pretending every day has 24. The walk lives in
//! the `calendar` submodule; this file holds the policy and the clocks of a case.
//!
//! The clocks store absolute UTC instants (due and at-risk times) rather than
//! remaining durations, so that a queue can be sorted and coloured by
//! comparing instants with `now`, without knowing the policy. The paused
//! resolution time is kept in business seconds, and the resolution due time
//! is recomputed from the original start whenever a pause ends.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::case::CaseStatus;

mod calendar;

pub use calendar::HORIZON_DAYS;

/// Half-open local time range `[start, end)`. `end` of 24:00 is written as
/// `None` so that a whole day is `start 00:00, end None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    pub start: NaiveTime,
    /// None means midnight at the end of the day (24:00).
    pub end: Option<NaiveTime>,
}

/// A community's service promise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlaPolicy {
    pub first_response_minutes: i64,
    pub resolution_minutes: i64,
    /// Business hours per weekday, Monday first. An empty day is closed.
    pub week: [Vec<TimeRange>; 7],
    /// Whole local days on which nothing is open.
    pub holidays: Vec<NaiveDate>,
    pub time_zone: Tz,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SlaState {
    /// A clock runs and is below 75 % of its target.
    OnTrack,
    /// At or past 75 % of the target, not yet past it.
    AtRisk,
    /// Past the target.
    Breached,
    /// No clock runs: waiting for the customer.
    Paused,
    /// No clock runs: resolved.
    Done,
}

impl SlaState {
    /// The colour at `now` of a case in `status` whose running clock is
    /// `active` (at-risk time, due time; see `SlaClocks::active`).
    pub fn of_clock(
        status: CaseStatus,
        active: Option<(DateTime<Utc>, DateTime<Utc>)>,
        now: DateTime<Utc>,
    ) -> SlaState {
        if status == CaseStatus::Resolved {
            return SlaState::Done;
        }
        match active {
            None => SlaState::Paused,
            Some((_, due)) if now >= due => SlaState::Breached,
            Some((risk, _)) if now >= risk => SlaState::AtRisk,
            Some(_) => SlaState::OnTrack,
        }
    }
}

/// The SLA clocks of one case, stored with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SlaClocks {
    /// The first inbound message of the case; the resolution clock counts from
    /// it (a reopen resumes that clock, it does not restart it).
    pub started_at: DateTime<Utc>,
    pub first_response_due: DateTime<Utc>,
    pub first_response_risk: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    /// Business seconds during which the resolution clock was paused.
    pub resolution_paused_secs: i64,
    /// When the current pause began (waiting for the customer, or resolved).
    pub paused_since: Option<DateTime<Utc>>,
    /// None while paused.
    pub resolution_due: Option<DateTime<Utc>>,
    pub resolution_risk: Option<DateTime<Utc>>,
}

impl SlaPolicy {
    /// The published promise of a large European airline's social care team:
    /// first response 1 h, resolution 24 h, around the clock.
    pub fn default_in(time_zone: Tz) -> SlaPolicy {
        let all_day = TimeRange {
            start: NaiveTime::MIN,
            end: None,
        };
        SlaPolicy {
            first_response_minutes: DEFAULT_FIRST_RESPONSE_MINUTES,
            resolution_minutes: DEFAULT_RESOLUTION_MINUTES,
            week: std::array::from_fn(|_| vec![all_day]),
            holidays: Vec::new(),
            time_zone,
        }
    }

    /// Monday–Friday 09:00–17:00 in `time_zone`, with the default targets.
    pub fn office_hours(time_zone: Tz) -> SlaPolicy {
        let office = match (
            NaiveTime::from_hms_opt(9, 0, 0),
            NaiveTime::from_hms_opt(17, 0, 0),
        ) {
            (Some(start), Some(end)) => vec![TimeRange {
                start,
                end: Some(end),
            }],
            // Unreachable: both are valid wall-clock times.
            _ => Vec::new(),
        };
        SlaPolicy {
            first_response_minutes: DEFAULT_FIRST_RESPONSE_MINUTES,
            resolution_minutes: DEFAULT_RESOLUTION_MINUTES,
            week: std::array::from_fn(|day| if day < 5 { office.clone() } else { Vec::new() }),
            holidays: Vec::new(),
            time_zone,
        }
    }

    /// The instant at which `amount` of business time has elapsed after
    /// `start`. A start outside business hours counts from the next opening.
    ///
    /// - An `amount` of zero or less returns `start` itself (not the next
    ///   opening): nothing has to elapse.
    /// - When the amount ends exactly at a closing time, that closing time is
    ///   returned (not the next opening).
    /// - A range whose end is not after its start is closed; overlapping
    ///   ranges of one day count once.
    /// - A local time skipped by a daylight-saving change stands for the
    ///   first instant after the jump; a repeated local time stands for its
    ///   earlier occurrence.
    /// - The walk looks at most [`HORIZON_DAYS`] calendar days ahead. If the
    ///   amount is not reached by then (a policy without any business hours,
    ///   or an absurd amount), the result is `start + HORIZON_DAYS + amount`
    ///   (saturating at the largest instant): far enough ahead that no clock
    ///   ever shows it reached, and never a panic.
    pub fn add_business(&self, start: DateTime<Utc>, amount: Duration) -> DateTime<Utc> {
        calendar::add_business(self, start, amount)
    }

    /// Business time between `a` and `b` (zero when `b <= a`).
    ///
    /// Counts the business instants in `[a, b)`, with the same reading of
    /// ranges, holidays and daylight-saving changes as
    /// [`SlaPolicy::add_business`], so that for any `start` and any positive
    /// `amount` reached within the horizon,
    /// `business_between(start, add_business(start, amount)) == amount`.
    /// It walks every calendar date from `a` to `b`, so its cost grows with
    /// the span (a few microseconds a day).
    pub fn business_between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> Duration {
        calendar::business_between(self, a, b)
    }

    /// The business time to the first-response due time.
    fn first_response_target(&self) -> Duration {
        seconds(self.first_response_minutes.saturating_mul(60))
    }

    /// 75 % of the first-response target: 45 seconds per minute, exactly.
    fn first_response_risk(&self) -> Duration {
        seconds(self.first_response_minutes.saturating_mul(45))
    }

    fn resolution_target(&self) -> Duration {
        seconds(self.resolution_minutes.saturating_mul(60))
    }

    fn resolution_risk(&self) -> Duration {
        seconds(self.resolution_minutes.saturating_mul(45))
    }
}

const DEFAULT_FIRST_RESPONSE_MINUTES: i64 = 60;
const DEFAULT_RESOLUTION_MINUTES: i64 = 24 * 60;

impl SlaClocks {
    /// Clocks started by a case's first inbound message at `at`.
    pub fn start(policy: &SlaPolicy, at: DateTime<Utc>) -> SlaClocks {
        let mut clocks = SlaClocks {
            started_at: at,
            first_response_due: policy.add_business(at, policy.first_response_target()),
            first_response_risk: policy.add_business(at, policy.first_response_risk()),
            first_response_at: None,
            resolution_paused_secs: 0,
            paused_since: None,
            resolution_due: None,
            resolution_risk: None,
        };
        clocks.recompute_resolution(policy);
        clocks
    }

    /// First outbound reply at `at` (later replies change nothing).
    pub fn responded(&mut self, at: DateTime<Utc>) {
        if self.first_response_at.is_none() {
            self.first_response_at = Some(at);
        }
    }

    /// The resolution clock stops at `at` (waiting for the customer, or
    /// resolved). Pausing a paused clock changes nothing.
    pub fn pause(&mut self, policy: &SlaPolicy, at: DateTime<Utc>) {
        // Pausing needs no calendar: the paused business time is measured
        // when the clock resumes.
        let _ = policy;
        if self.paused_since.is_none() {
            self.paused_since = Some(at);
            self.resolution_due = None;
            self.resolution_risk = None;
        }
    }

    /// The resolution clock runs again from `at`; the paused business time is
    /// added to `resolution_paused_secs` and the due time moves accordingly.
    /// Resuming a running clock changes nothing; a resume before the pause
    /// began adds no paused time.
    pub fn resume(&mut self, policy: &SlaPolicy, at: DateTime<Utc>) {
        if let Some(since) = self.paused_since.take() {
            let paused = policy.business_between(since, at).num_seconds();
            self.resolution_paused_secs = self.resolution_paused_secs.saturating_add(paused);
            self.recompute_resolution(policy);
        }
    }

    /// A resolved case reopened by a new inbound message at `at`: the
    /// resolution clock resumes (time spent resolved does not count) and a
    /// new first-response clock starts from `at`.
    ///
    /// `started_at` keeps the case's first inbound message: the resolution
    /// clock still counts from it, minus every pause.
    pub fn reopen(&mut self, policy: &SlaPolicy, at: DateTime<Utc>) {
        self.resume(policy, at);
        self.first_response_due = policy.add_business(at, policy.first_response_target());
        self.first_response_risk = policy.add_business(at, policy.first_response_risk());
        self.first_response_at = None;
    }

    /// (at-risk time, due time) of the clock that runs for a case in
    /// `status`: first response until the first reply, then resolution;
    /// None when resolved or paused.
    pub fn active(&self, status: CaseStatus) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        if status == CaseStatus::Resolved {
            return None;
        }
        if self.first_response_at.is_none() {
            return Some((self.first_response_risk, self.first_response_due));
        }
        match (self.paused_since, self.resolution_risk, self.resolution_due) {
            (None, Some(risk), Some(due)) => Some((risk, due)),
            _ => None,
        }
    }

    /// The colour of a case at `now`. Reaching the at-risk time exactly makes
    /// it at risk; reaching the due time exactly makes it breached.
    pub fn state(&self, status: CaseStatus, now: DateTime<Utc>) -> SlaState {
        SlaState::of_clock(status, self.active(status), now)
    }

    /// Resolution due and at-risk times from `started_at`, the target
    /// lengthened by the business time spent paused.
    fn recompute_resolution(&mut self, policy: &SlaPolicy) {
        let paused = seconds(self.resolution_paused_secs);
        self.resolution_due = Some(policy.add_business(
            self.started_at,
            saturating_sum(policy.resolution_target(), paused),
        ));
        self.resolution_risk = Some(policy.add_business(
            self.started_at,
            saturating_sum(policy.resolution_risk(), paused),
        ));
    }
}

/// `secs` seconds, clamped to what a `Duration` can hold.
fn seconds(secs: i64) -> Duration {
    Duration::try_seconds(secs).unwrap_or(if secs < 0 {
        Duration::MIN
    } else {
        Duration::MAX
    })
}

fn saturating_sum(a: Duration, b: Duration) -> Duration {
    a.checked_add(&b).unwrap_or(if b < Duration::zero() {
        Duration::MIN
    } else {
        Duration::MAX
    })
}

/// Index of a weekday in [`SlaPolicy::week`] (Monday is 0).
fn weekday_index(d: Weekday) -> usize {
    d.num_days_from_monday() as usize
}

#[cfg(test)]
mod tests;
