//! Tests of the parent module, kept apart so the rules read on one screen.

use super::*;
use chrono::TimeZone;
use chrono_tz::Europe;

fn zurich(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Europe::Zurich
        .with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

fn around_the_clock() -> SlaPolicy {
    SlaPolicy::default_in(Europe::Zurich)
}

/// A Tuesday noon in Zurich.
fn t0() -> DateTime<Utc> {
    zurich(2026, 3, 10, 12, 0)
}

fn hours(h: i64) -> Duration {
    Duration::hours(h)
}

fn minutes(m: i64) -> Duration {
    Duration::minutes(m)
}

#[test]
fn default_policy_answers_within_an_hour_and_resolves_within_a_day_around_the_clock() {
    let p = SlaPolicy::default_in(Europe::London);
    assert_eq!(
        p.first_response_minutes, 60,
        "expected 60 first-response minutes"
    );
    assert_eq!(
        p.resolution_minutes,
        24 * 60,
        "expected 1440 resolution minutes"
    );
    let all_day = TimeRange {
        start: NaiveTime::MIN,
        end: None,
    };
    for (i, day) in p.week.iter().enumerate() {
        assert_eq!(
            day,
            &vec![all_day],
            "expected weekday {i} open all day, got {day:?}"
        );
    }
    assert!(
        p.holidays.is_empty(),
        "expected no holidays, got {:?}",
        p.holidays
    );
    assert_eq!(p.time_zone, Europe::London);
}

#[test]
fn office_hours_policy_opens_monday_to_friday_nine_to_five() {
    let p = SlaPolicy::office_hours(Europe::Zurich);
    let nine_to_five = TimeRange {
        start: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        end: NaiveTime::from_hms_opt(17, 0, 0),
    };
    for (i, day) in p.week.iter().enumerate() {
        let expected = if i < 5 {
            vec![nine_to_five]
        } else {
            Vec::new()
        };
        assert_eq!(
            day, &expected,
            "weekday {i}: expected {expected:?}, got {day:?}"
        );
    }
    assert_eq!(
        (p.first_response_minutes, p.resolution_minutes),
        (60, 1440),
        "expected the default targets"
    );
    assert!(
        p.holidays.is_empty(),
        "expected no holidays, got {:?}",
        p.holidays
    );
}

#[test]
fn started_clocks_are_due_after_the_targets_and_at_risk_at_three_quarters() {
    let c = SlaClocks::start(&around_the_clock(), t0());
    let expected = SlaClocks {
        started_at: t0(),
        first_response_due: t0() + minutes(60),
        first_response_risk: t0() + minutes(45),
        first_response_at: None,
        resolution_paused_secs: 0,
        paused_since: None,
        resolution_due: Some(t0() + hours(24)),
        resolution_risk: Some(t0() + hours(18)),
    };
    assert_eq!(c, expected, "expected {expected:#?}, got {c:#?}");
}

#[test]
fn friday_afternoon_case_has_its_first_response_due_monday_morning() {
    let policy = SlaPolicy {
        first_response_minutes: 30,
        ..SlaPolicy::office_hours(Europe::Zurich)
    };
    let c = SlaClocks::start(&policy, zurich(2026, 3, 6, 16, 45));
    let due = zurich(2026, 3, 9, 9, 15);
    assert_eq!(
        c.first_response_due, due,
        "expected due {due}, got {}",
        c.first_response_due
    );
    // 75 % of 30 minutes is 22.5 minutes: 15 on Friday, 7.5 on Monday.
    let risk = zurich(2026, 3, 9, 9, 7) + Duration::seconds(30);
    assert_eq!(
        c.first_response_risk, risk,
        "expected at risk {risk}, got {}",
        c.first_response_risk
    );
    // 24 business hours are three office days: Wednesday 16:45.
    let resolution = Some(zurich(2026, 3, 11, 16, 45));
    assert_eq!(
        c.resolution_due, resolution,
        "expected resolution {resolution:?}, got {:?}",
        c.resolution_due
    );
}

#[test]
fn odd_minute_targets_are_at_risk_at_exactly_three_quarters() {
    let policy = SlaPolicy {
        first_response_minutes: 1,
        resolution_minutes: 7,
        ..around_the_clock()
    };
    let c = SlaClocks::start(&policy, t0());
    let fr = t0() + Duration::seconds(45);
    assert_eq!(
        c.first_response_risk, fr,
        "expected {fr}, got {}",
        c.first_response_risk
    );
    let res = Some(t0() + Duration::seconds(315));
    assert_eq!(
        c.resolution_risk, res,
        "expected {res:?}, got {:?}",
        c.resolution_risk
    );
}

#[test]
fn zero_minute_targets_are_due_and_at_risk_at_once() {
    let policy = SlaPolicy {
        first_response_minutes: 0,
        resolution_minutes: 0,
        ..SlaPolicy::office_hours(Europe::Zurich)
    };
    let saturday = zurich(2026, 3, 7, 10, 0);
    let c = SlaClocks::start(&policy, saturday);
    assert_eq!(
        (c.first_response_risk, c.first_response_due),
        (saturday, saturday),
        "expected both at the start"
    );
    assert_eq!(c.state(CaseStatus::New, saturday), SlaState::Breached);
}

#[test]
fn only_the_first_reply_counts_as_first_response() {
    let mut c = SlaClocks::start(&around_the_clock(), t0());
    c.responded(t0() + minutes(10));
    c.responded(t0() + minutes(20));
    let expected = Some(t0() + minutes(10));
    assert_eq!(
        c.first_response_at, expected,
        "expected {expected:?}, got {:?}",
        c.first_response_at
    );
}

#[test]
fn pausing_clears_the_resolution_due_time_and_pausing_again_changes_nothing() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.pause(&policy, t0() + hours(2));
    assert_eq!(
        c.paused_since,
        Some(t0() + hours(2)),
        "expected paused since +2 h"
    );
    assert_eq!(
        (c.resolution_risk, c.resolution_due),
        (None, None),
        "expected no resolution times while paused"
    );
    c.pause(&policy, t0() + hours(4));
    assert_eq!(
        c.paused_since,
        Some(t0() + hours(2)),
        "expected the first pause to stand, got {:?}",
        c.paused_since
    );
}

#[test]
fn resuming_moves_the_resolution_due_time_by_the_paused_time() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.pause(&policy, t0() + hours(2));
    c.resume(&policy, t0() + hours(5));
    assert_eq!(
        c.resolution_paused_secs,
        3 * 3600,
        "expected 3 h paused, got {} s",
        c.resolution_paused_secs
    );
    assert_eq!(
        c.paused_since, None,
        "expected no pause, got {:?}",
        c.paused_since
    );
    let due = Some(t0() + hours(27));
    assert_eq!(
        c.resolution_due, due,
        "expected {due:?}, got {:?}",
        c.resolution_due
    );
    let risk = Some(t0() + hours(21));
    assert_eq!(
        c.resolution_risk, risk,
        "expected {risk:?}, got {:?}",
        c.resolution_risk
    );
}

#[test]
fn pauses_add_up() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.pause(&policy, t0() + hours(1));
    c.resume(&policy, t0() + hours(2));
    c.pause(&policy, t0() + hours(3));
    c.resume(&policy, t0() + hours(5));
    assert_eq!(
        c.resolution_paused_secs,
        3 * 3600,
        "expected 3 h paused, got {} s",
        c.resolution_paused_secs
    );
    let due = Some(t0() + hours(27));
    assert_eq!(
        c.resolution_due, due,
        "expected {due:?}, got {:?}",
        c.resolution_due
    );
}

#[test]
fn pause_over_a_weekend_adds_only_business_hours() {
    let policy = SlaPolicy::office_hours(Europe::Zurich);
    let monday = zurich(2026, 3, 9, 9, 0);
    let mut c = SlaClocks::start(&policy, monday);
    c.pause(&policy, zurich(2026, 3, 13, 16, 0));
    c.resume(&policy, zurich(2026, 3, 16, 10, 0));
    assert_eq!(
        c.resolution_paused_secs,
        2 * 3600,
        "expected 2 business hours paused, got {} s",
        c.resolution_paused_secs
    );
    // 24 + 2 business hours from Monday 09:00: Thursday 11:00.
    let due = Some(zurich(2026, 3, 12, 11, 0));
    assert_eq!(
        c.resolution_due, due,
        "expected {due:?}, got {:?}",
        c.resolution_due
    );
}

#[test]
fn resuming_a_running_clock_changes_nothing() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    let before = c.clone();
    c.resume(&policy, t0() + hours(3));
    assert_eq!(c, before, "expected unchanged clocks");
}

#[test]
fn resuming_before_the_pause_began_adds_no_paused_time() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.pause(&policy, t0() + hours(3));
    c.resume(&policy, t0() + hours(1));
    assert_eq!(
        c.resolution_paused_secs, 0,
        "expected no paused time, got {} s",
        c.resolution_paused_secs
    );
    assert_eq!(
        c.resolution_due,
        Some(t0() + hours(24)),
        "expected the original due time"
    );
}

#[test]
fn reopening_starts_a_new_first_response_clock_and_resumes_resolution() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.responded(t0() + minutes(30));
    c.pause(&policy, t0() + hours(4));
    let reopened = t0() + hours(30);
    c.reopen(&policy, reopened);
    assert_eq!(
        c.started_at,
        t0(),
        "expected the original start to stay, got {}",
        c.started_at
    );
    assert_eq!(
        c.first_response_at, None,
        "expected a new unanswered first response"
    );
    assert_eq!(
        c.first_response_due,
        reopened + minutes(60),
        "expected due an hour after the reopening"
    );
    assert_eq!(
        c.first_response_risk,
        reopened + minutes(45),
        "expected at risk 45 min after the reopening"
    );
    assert_eq!(c.paused_since, None, "expected the clock to run");
    assert_eq!(
        c.resolution_paused_secs,
        26 * 3600,
        "expected 26 h paused, got {} s",
        c.resolution_paused_secs
    );
    let due = Some(t0() + hours(50));
    assert_eq!(
        c.resolution_due, due,
        "expected {due:?}, got {:?}",
        c.resolution_due
    );
}

#[test]
fn first_response_clock_runs_until_the_first_reply() {
    let policy = around_the_clock();
    let c = SlaClocks::start(&policy, t0());
    for status in [
        CaseStatus::New,
        CaseStatus::Open,
        CaseStatus::WaitingExpert,
        CaseStatus::WaitingCustomer,
    ] {
        let expected = Some((t0() + minutes(45), t0() + minutes(60)));
        assert_eq!(
            c.active(status),
            expected,
            "{status}: expected {expected:?}, got {:?}",
            c.active(status)
        );
    }
}

#[test]
fn resolution_clock_runs_after_the_first_reply() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.responded(t0() + minutes(5));
    let expected = Some((t0() + hours(18), t0() + hours(24)));
    for status in [CaseStatus::Open, CaseStatus::WaitingExpert] {
        assert_eq!(
            c.active(status),
            expected,
            "{status}: expected {expected:?}, got {:?}",
            c.active(status)
        );
    }
}

#[test]
fn no_clock_runs_while_paused_after_a_reply_or_when_resolved() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    assert_eq!(
        c.active(CaseStatus::Resolved),
        None,
        "expected no clock for a resolved case"
    );
    c.responded(t0() + minutes(5));
    c.pause(&policy, t0() + hours(1));
    assert_eq!(
        c.active(CaseStatus::WaitingCustomer),
        None,
        "expected no clock while paused"
    );
}

#[test]
fn state_turns_at_risk_and_breached_at_the_exact_boundaries() {
    let policy = around_the_clock();
    let c = SlaClocks::start(&policy, t0());
    let one_second = Duration::seconds(1);
    let cases = [
        (t0(), SlaState::OnTrack),
        (t0() + minutes(45) - one_second, SlaState::OnTrack),
        (t0() + minutes(45), SlaState::AtRisk),
        (t0() + minutes(60) - one_second, SlaState::AtRisk),
        (t0() + minutes(60), SlaState::Breached),
        (t0() + hours(300), SlaState::Breached),
    ];
    for (now, expected) in cases {
        let got = c.state(CaseStatus::New, now);
        assert_eq!(
            got, expected,
            "at {now}: expected {expected:?}, got {got:?}"
        );
    }
}

#[test]
fn state_follows_the_resolution_clock_after_the_first_reply() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.responded(t0() + minutes(90));
    let cases = [
        (t0() + minutes(90), SlaState::OnTrack),
        (t0() + hours(18), SlaState::AtRisk),
        (t0() + hours(24), SlaState::Breached),
    ];
    for (now, expected) in cases {
        let got = c.state(CaseStatus::Open, now);
        assert_eq!(
            got, expected,
            "at {now}: expected {expected:?}, got {got:?}"
        );
    }
}

#[test]
fn state_is_paused_while_waiting_for_the_customer_and_done_when_resolved() {
    let policy = around_the_clock();
    let mut c = SlaClocks::start(&policy, t0());
    c.responded(t0() + minutes(5));
    c.pause(&policy, t0() + hours(1));
    let late = t0() + hours(100);
    assert_eq!(
        c.state(CaseStatus::WaitingCustomer, late),
        SlaState::Paused,
        "expected paused"
    );
    assert_eq!(
        c.state(CaseStatus::Resolved, late),
        SlaState::Done,
        "expected done"
    );
    let fresh = SlaClocks::start(&policy, t0());
    assert_eq!(
        fresh.state(CaseStatus::Resolved, late),
        SlaState::Done,
        "expected done even when overdue"
    );
}

#[test]
fn absurd_targets_do_not_panic() {
    let policy = SlaPolicy {
        first_response_minutes: i64::MAX,
        resolution_minutes: i64::MIN,
        ..around_the_clock()
    };
    let mut c = SlaClocks::start(&policy, t0());
    assert_eq!(
        c.first_response_due,
        DateTime::<Utc>::MAX_UTC,
        "expected the largest instant"
    );
    assert_eq!(
        c.resolution_due,
        Some(t0()),
        "expected a negative target to be due at once"
    );
    c.resolution_paused_secs = i64::MAX;
    c.pause(&policy, t0());
    c.resume(&policy, t0() + hours(1));
    assert_eq!(c.resolution_paused_secs, i64::MAX, "expected saturation");
}
