//! The business calendar of a policy: its opening hours as UTC intervals.
//!
//! Opening hours are written in local wall-clock time, but clocks compare UTC
//! instants. Rather than converting a duration once (which breaks on the two
//! days a year whose length is not 24 hours), each local date is turned into
//! its own UTC intervals and the walk adds them up one by one. A date's
//! intervals depend only on that date, so `add_business` and
//! `business_between` read the calendar identically and stay inverse to each
//! other, whatever the time zone does.
//!
//! Converting a local time uses one monotonic rule, so that the intervals of
//! consecutive ranges and consecutive days abut and never overlap:
//! a repeated local time (autumn) is its earlier occurrence, and a skipped
//! local time (spring) is the first instant after the jump.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};
use chrono_tz::Tz;

use super::{weekday_index, SlaPolicy, TimeRange};

/// How many calendar days [`SlaPolicy::add_business`] looks ahead before it
/// gives up and answers `start + HORIZON_DAYS + amount`. Ten years.
pub const HORIZON_DAYS: i64 = 3660;

/// A half-open UTC interval `[open, close)` of business time.
type Interval = (DateTime<Utc>, DateTime<Utc>);

pub(super) fn add_business(
    policy: &SlaPolicy,
    start: DateTime<Utc>,
    amount: Duration,
) -> DateTime<Utc> {
    if amount <= Duration::zero() {
        return start;
    }
    if !has_opening_hours(policy) {
        return beyond_horizon(start, amount);
    }
    let first = local_date(policy.time_zone, start);
    // One date early: cheap insurance against a transition that would make
    // the previous date's hours reach past `start`.
    let mut day = first.pred_opt().unwrap_or(first);
    let mut remaining = amount;
    for _ in 0..HORIZON_DAYS.saturating_add(2) {
        for (open, close) in day_intervals(policy, day) {
            let from = open.max(start);
            if close <= from {
                continue;
            }
            let available = close - from;
            if available >= remaining {
                return from + remaining;
            }
            remaining -= available;
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    beyond_horizon(start, amount)
}

pub(super) fn business_between(policy: &SlaPolicy, a: DateTime<Utc>, b: DateTime<Utc>) -> Duration {
    let mut total = Duration::zero();
    if b <= a || !has_opening_hours(policy) {
        return total;
    }
    // Open all day every day, no holiday: every instant counts (a day of
    // a daylight-saving change is as long as it really is).
    if always_open(policy) {
        return b - a;
    }
    let first = local_date(policy.time_zone, a);
    let last = local_date(policy.time_zone, b);
    let last = last.succ_opt().unwrap_or(last);
    let mut day = first.pred_opt().unwrap_or(first);
    loop {
        for (open, close) in day_intervals(policy, day) {
            let from = open.max(a);
            let to = close.min(b);
            if to > from {
                total += to - from;
            }
        }
        if day >= last {
            break;
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    total
}

/// The answer when the walk gives up: later than anything within reach.
fn beyond_horizon(start: DateTime<Utc>, amount: Duration) -> DateTime<Utc> {
    start
        .checked_add_signed(Duration::days(HORIZON_DAYS))
        .and_then(|t| t.checked_add_signed(amount))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// Whether any weekday has a non-empty range. Without one, nothing is ever
/// open and the walk can stop at once.
fn always_open(policy: &SlaPolicy) -> bool {
    policy.holidays.is_empty()
        && policy.week.iter().all(|day| {
            day.iter()
                .any(|r| r.start == chrono::NaiveTime::MIN && r.end.is_none())
        })
}

fn has_opening_hours(policy: &SlaPolicy) -> bool {
    policy.week.iter().flatten().any(|range| match range.end {
        None => true,
        Some(end) => end > range.start,
    })
}

fn local_date(tz: Tz, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

/// The business intervals of one local date, sorted, overlapping ones merged.
fn day_intervals(policy: &SlaPolicy, day: NaiveDate) -> Vec<Interval> {
    if policy.holidays.contains(&day) {
        return Vec::new();
    }
    let Some(ranges) = policy.week.get(weekday_index(day.weekday())) else {
        return Vec::new();
    };
    let mut intervals: Vec<Interval> = ranges
        .iter()
        .filter_map(|range| range_on(policy.time_zone, day, range))
        .collect();
    intervals.sort();
    let mut merged: Vec<Interval> = Vec::with_capacity(intervals.len());
    for (open, close) in intervals {
        match merged.last_mut() {
            Some((_, last_close)) if open <= *last_close => {
                *last_close = (*last_close).max(close);
            }
            _ => merged.push((open, close)),
        }
    }
    merged
}

/// One range on one date in UTC; None when it is empty that day (its end is
/// not after its start, or it lies wholly in a skipped hour).
fn range_on(tz: Tz, day: NaiveDate, range: &TimeRange) -> Option<Interval> {
    let open_local = day.and_time(range.start);
    let close_local = match range.end {
        Some(end) => day.and_time(end),
        None => day.succ_opt()?.and_time(NaiveTime::MIN),
    };
    if close_local <= open_local {
        return None;
    }
    let open = to_utc(tz, open_local);
    let close = to_utc(tz, close_local);
    (close > open).then_some((open, close))
}

/// The instant a wall clock in `tz` shows `local`: the earlier one when the
/// time occurs twice, the end of the jump when it is skipped.
fn to_utc(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(a, b) => a.with_timezone(&Utc).min(b.with_timezone(&Utc)),
        LocalResult::None => first_instant_showing_at_least(tz, local),
    }
}

/// The first whole second whose wall-clock time in `tz` is `local` or later,
/// searched within 26 hours of `local` read as UTC (every UTC offset lies
/// within ±14 h, so the answer is inside). Used for skipped local times, where
/// it is the instant of the jump.
fn first_instant_showing_at_least(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    const REACH_SECS: i64 = 26 * 3600;
    let as_utc = local.and_utc();
    let centre = as_utc.timestamp();
    // Invariant: `lo` shows a time before `local`, `hi` one at or after it.
    let mut lo = centre.saturating_sub(REACH_SECS);
    let mut hi = centre.saturating_add(REACH_SECS);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        let shows = DateTime::<Utc>::from_timestamp(mid, 0)
            .map(|t| t.with_timezone(&tz).naive_local() >= local);
        match shows {
            Some(true) => hi = mid,
            Some(false) => lo = mid,
            // Outside chrono's range: only at the ends of time.
            None => return as_utc,
        }
    }
    DateTime::<Utc>::from_timestamp(hi, 0).unwrap_or(as_utc)
}

#[cfg(test)]
mod tests;
