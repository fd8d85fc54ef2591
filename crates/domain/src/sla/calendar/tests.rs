//! Tests of the business-time calendar, kept apart so the walk reads on one screen.

use super::*;
use chrono_tz::{America, Asia, Australia, Europe, Pacific};

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn range(start: (u32, u32), end: (u32, u32)) -> TimeRange {
    TimeRange {
        start: hm(start.0, start.1),
        end: Some(hm(end.0, end.1)),
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// An unambiguous local wall-clock time in `tz`, as UTC.
fn local(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .unwrap_or_else(|| panic!("{y}-{mo}-{d} {h}:{mi} is not a unique time in {tz}"))
        .with_timezone(&Utc)
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn shown(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz)
        .format("%a %Y-%m-%d %H:%M:%S %Z")
        .to_string()
}

fn every_day(ranges: Vec<TimeRange>, tz: Tz) -> SlaPolicy {
    SlaPolicy {
        week: std::array::from_fn(|_| ranges.clone()),
        ..SlaPolicy::default_in(tz)
    }
}

fn weekdays(ranges: Vec<TimeRange>, tz: Tz) -> SlaPolicy {
    SlaPolicy {
        week: std::array::from_fn(|d| if d < 5 { ranges.clone() } else { Vec::new() }),
        ..SlaPolicy::default_in(tz)
    }
}

#[track_caller]
fn assert_due(policy: &SlaPolicy, start: DateTime<Utc>, amount: Duration, expected: DateTime<Utc>) {
    let got = policy.add_business(start, amount);
    let tz = policy.time_zone;
    assert_eq!(
        got,
        expected,
        "{} after {}: expected due {}, got {}",
        amount,
        shown(start, tz),
        shown(expected, tz),
        shown(got, tz)
    );
}

#[track_caller]
fn assert_between(policy: &SlaPolicy, a: DateTime<Utc>, b: DateTime<Utc>, expected: Duration) {
    let got = policy.business_between(a, b);
    let tz = policy.time_zone;
    assert_eq!(
        got,
        expected,
        "business time from {} to {}: expected {}, got {}",
        shown(a, tz),
        shown(b, tz),
        expected,
        got
    );
}

// --- Opening hours, weekends and holidays ---------------------------

#[test]
fn friday_afternoon_message_is_due_monday_morning() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 6, 16, 45),
        Duration::minutes(30),
        local(Europe::Zurich, 2026, 3, 9, 9, 15),
    );
}

#[test]
fn message_during_the_weekend_counts_from_monday_opening() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 7, 10, 0),
        Duration::hours(1),
        local(Europe::Zurich, 2026, 3, 9, 10, 0),
    );
}

#[test]
fn message_before_opening_counts_from_opening() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 10, 7, 0),
        Duration::minutes(30),
        local(Europe::Zurich, 2026, 3, 10, 9, 30),
    );
}

#[test]
fn message_after_closing_counts_from_next_morning() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 10, 18, 0),
        Duration::minutes(30),
        local(Europe::Zurich, 2026, 3, 11, 9, 30),
    );
}

#[test]
fn message_during_opening_hours_is_due_the_same_day() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 10, 10, 20),
        Duration::minutes(60),
        local(Europe::Zurich, 2026, 3, 10, 11, 20),
    );
}

#[test]
fn amount_ending_exactly_at_closing_is_due_at_closing() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 10, 16, 30),
        Duration::minutes(30),
        local(Europe::Zurich, 2026, 3, 10, 17, 0),
    );
}

#[test]
fn a_full_business_day_carries_over_to_the_same_time_next_day() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 10, 11, 0),
        Duration::hours(8),
        local(Europe::Zurich, 2026, 3, 11, 11, 0),
    );
    // 24 business hours are three office days.
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 11, 11, 0),
        Duration::hours(24),
        local(Europe::Zurich, 2026, 3, 16, 11, 0),
    );
}

#[test]
fn holidays_are_skipped_like_closed_days() {
    let easter = SlaPolicy {
        holidays: vec![date(2026, 4, 3), date(2026, 4, 6)],
        ..SlaPolicy::office_hours(Europe::Zurich)
    };
    // Thursday before Good Friday; Easter Monday is closed too.
    assert_due(
        &easter,
        local(Europe::Zurich, 2026, 4, 2, 16, 30),
        Duration::hours(1),
        local(Europe::Zurich, 2026, 4, 7, 9, 30),
    );
    assert_between(
        &easter,
        local(Europe::Zurich, 2026, 4, 2, 0, 0),
        local(Europe::Zurich, 2026, 4, 8, 0, 0),
        Duration::hours(16),
    );
}

#[test]
fn message_on_a_holiday_counts_from_the_next_working_day() {
    let national_day = SlaPolicy {
        holidays: vec![date(2026, 8, 1)],
        ..SlaPolicy::default_in(Europe::Zurich)
    };
    // Around the clock, but not on 1 August.
    assert_due(
        &national_day,
        local(Europe::Zurich, 2026, 8, 1, 10, 0),
        Duration::minutes(60),
        local(Europe::Zurich, 2026, 8, 2, 1, 0),
    );
}

#[test]
fn holidays_are_local_dates_of_the_policy_time_zone() {
    let new_york = SlaPolicy {
        holidays: vec![date(2026, 7, 3)],
        ..SlaPolicy::office_hours(America::New_York)
    };
    // Thursday 2 July 16:30 EDT is already Friday 3 July in UTC; the
    // holiday is the New York Friday, so the answer comes on Monday.
    assert_due(
        &new_york,
        local(America::New_York, 2026, 7, 2, 16, 30),
        Duration::hours(1),
        local(America::New_York, 2026, 7, 6, 9, 30),
    );
}

#[test]
fn split_day_skips_the_lunch_break() {
    let london = every_day(
        vec![range((8, 0), (12, 0)), range((13, 0), (18, 0))],
        Europe::London,
    );
    assert_due(
        &london,
        local(Europe::London, 2026, 5, 12, 11, 30),
        Duration::hours(1),
        local(Europe::London, 2026, 5, 12, 13, 30),
    );
    assert_due(
        &london,
        local(Europe::London, 2026, 5, 12, 12, 15),
        Duration::minutes(10),
        local(Europe::London, 2026, 5, 12, 13, 10),
    );
    assert_due(
        &london,
        local(Europe::London, 2026, 5, 12, 17, 30),
        Duration::hours(1),
        local(Europe::London, 2026, 5, 13, 8, 30),
    );
    assert_between(
        &london,
        local(Europe::London, 2026, 5, 12, 0, 0),
        local(Europe::London, 2026, 5, 13, 0, 0),
        Duration::hours(9),
    );
}

#[test]
fn ranges_given_out_of_order_are_read_in_time_order() {
    let london = every_day(
        vec![range((13, 0), (18, 0)), range((8, 0), (12, 0))],
        Europe::London,
    );
    assert_due(
        &london,
        local(Europe::London, 2026, 5, 12, 7, 0),
        Duration::hours(5),
        local(Europe::London, 2026, 5, 12, 14, 0),
    );
}

#[test]
fn overlapping_ranges_count_once() {
    let overlap = every_day(
        vec![range((8, 0), (12, 0)), range((11, 0), (13, 0))],
        Europe::Zurich,
    );
    assert_between(
        &overlap,
        local(Europe::Zurich, 2026, 5, 12, 0, 0),
        local(Europe::Zurich, 2026, 5, 13, 0, 0),
        Duration::hours(5),
    );
    assert_due(
        &overlap,
        local(Europe::Zurich, 2026, 5, 12, 8, 0),
        Duration::hours(5),
        local(Europe::Zurich, 2026, 5, 12, 13, 0),
    );
}

#[test]
fn ranges_ending_before_they_start_are_closed() {
    let backwards = every_day(
        vec![
            range((17, 0), (9, 0)),
            range((10, 0), (10, 0)),
            range((14, 0), (15, 0)),
        ],
        Europe::Zurich,
    );
    assert_between(
        &backwards,
        local(Europe::Zurich, 2026, 5, 12, 0, 0),
        local(Europe::Zurich, 2026, 5, 13, 0, 0),
        Duration::hours(1),
    );
}

#[test]
fn range_to_midnight_runs_into_the_next_days_range() {
    let evening_and_morning = every_day(
        vec![
            range((0, 0), (2, 0)),
            TimeRange {
                start: hm(22, 0),
                end: None,
            },
        ],
        Europe::Zurich,
    );
    assert_due(
        &evening_and_morning,
        local(Europe::Zurich, 2026, 5, 12, 23, 0),
        Duration::hours(2),
        local(Europe::Zurich, 2026, 5, 13, 1, 0),
    );
}

// --- Daylight-saving changes ----------------------------------------

#[test]
fn around_the_clock_day_is_23_hours_when_clocks_spring_forward() {
    let zurich = SlaPolicy::default_in(Europe::Zurich);
    assert_between(
        &zurich,
        local(Europe::Zurich, 2026, 3, 29, 0, 0),
        local(Europe::Zurich, 2026, 3, 30, 0, 0),
        Duration::hours(23),
    );
    // 24 business hours from Saturday noon end at 13:00 on Sunday.
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 28, 12, 0),
        Duration::hours(24),
        local(Europe::Zurich, 2026, 3, 29, 13, 0),
    );
}

#[test]
fn around_the_clock_day_is_25_hours_when_clocks_fall_back() {
    let zurich = SlaPolicy::default_in(Europe::Zurich);
    assert_between(
        &zurich,
        local(Europe::Zurich, 2026, 10, 25, 0, 0),
        local(Europe::Zurich, 2026, 10, 26, 0, 0),
        Duration::hours(25),
    );
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 10, 24, 12, 0),
        Duration::hours(24),
        local(Europe::Zurich, 2026, 10, 25, 11, 0),
    );
}

#[test]
fn office_hours_keep_the_wall_clock_across_spring_forward() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    let due = local(Europe::Zurich, 2026, 3, 30, 9, 15);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 3, 27, 16, 45),
        Duration::minutes(30),
        due,
    );
    assert_eq!(
        due,
        utc(2026, 3, 30, 7, 15),
        "expected 09:15 CEST to be 07:15 UTC"
    );
}

#[test]
fn office_hours_keep_the_wall_clock_across_fall_back() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    let due = local(Europe::Zurich, 2026, 10, 26, 9, 15);
    assert_due(
        &zurich,
        local(Europe::Zurich, 2026, 10, 23, 16, 45),
        Duration::minutes(30),
        due,
    );
    assert_eq!(
        due,
        utc(2026, 10, 26, 8, 15),
        "expected 09:15 CET to be 08:15 UTC"
    );
}

#[test]
fn night_range_through_the_skipped_hour_is_two_real_hours() {
    let night = every_day(vec![range((1, 0), (4, 0))], Europe::Zurich);
    // 01:00 CET is 00:00 UTC, 04:00 CEST is 02:00 UTC.
    assert_between(
        &night,
        utc(2026, 3, 28, 12, 0),
        utc(2026, 3, 29, 12, 0),
        Duration::hours(2),
    );
    assert_due(
        &night,
        utc(2026, 3, 28, 12, 0),
        Duration::hours(2),
        utc(2026, 3, 29, 2, 0),
    );
}

#[test]
fn night_range_through_the_repeated_hour_is_four_real_hours() {
    let night = every_day(vec![range((1, 0), (4, 0))], Europe::Zurich);
    // 01:00 CEST is 23:00 UTC the day before, 04:00 CET is 03:00 UTC.
    assert_between(
        &night,
        utc(2026, 10, 24, 12, 0),
        utc(2026, 10, 25, 12, 0),
        Duration::hours(4),
    );
    assert_due(
        &night,
        utc(2026, 10, 24, 12, 0),
        Duration::hours(4),
        utc(2026, 10, 25, 3, 0),
    );
}

#[test]
fn range_starting_in_the_skipped_hour_opens_when_the_clocks_jump() {
    let early = every_day(vec![range((2, 30), (5, 0))], Europe::Zurich);
    // 02:30 does not exist on 29 March; the range opens at 03:00 CEST
    // (01:00 UTC) and closes at 05:00 CEST (03:00 UTC).
    assert_due(
        &early,
        utc(2026, 3, 28, 23, 0),
        Duration::minutes(1),
        utc(2026, 3, 29, 1, 1),
    );
    assert_between(
        &early,
        utc(2026, 3, 28, 12, 0),
        utc(2026, 3, 29, 12, 0),
        Duration::hours(2),
    );
}

#[test]
fn range_ending_in_the_skipped_hour_closes_when_the_clocks_jump() {
    let early = every_day(vec![range((0, 0), (2, 30))], Europe::Zurich);
    // 00:00 CET is 23:00 UTC; the range closes at the jump, 01:00 UTC.
    assert_between(
        &early,
        utc(2026, 3, 28, 12, 0),
        utc(2026, 3, 29, 12, 0),
        Duration::hours(2),
    );
    assert_due(
        &early,
        utc(2026, 3, 28, 12, 0),
        Duration::hours(2),
        utc(2026, 3, 29, 1, 0),
    );
}

#[test]
fn range_starting_in_the_repeated_hour_opens_at_its_first_occurrence() {
    let early = every_day(vec![range((2, 30), (5, 0))], Europe::Zurich);
    // 02:30 CEST is 00:30 UTC; 05:00 CET is 04:00 UTC.
    assert_due(
        &early,
        utc(2026, 10, 24, 23, 0),
        Duration::minutes(1),
        utc(2026, 10, 25, 0, 31),
    );
    assert_between(
        &early,
        utc(2026, 10, 24, 12, 0),
        utc(2026, 10, 25, 12, 0),
        Duration::minutes(210),
    );
}

#[test]
fn adjacent_ranges_meeting_in_the_repeated_hour_neither_overlap_nor_leave_a_gap() {
    let split = every_day(
        vec![
            range((0, 0), (2, 30)),
            TimeRange {
                start: hm(2, 30),
                end: None,
            },
        ],
        Europe::Zurich,
    );
    assert_between(
        &split,
        local(Europe::Zurich, 2026, 10, 25, 0, 0),
        local(Europe::Zurich, 2026, 10, 26, 0, 0),
        Duration::hours(25),
    );
    assert_between(
        &split,
        local(Europe::Zurich, 2026, 3, 29, 0, 0),
        local(Europe::Zurich, 2026, 3, 30, 0, 0),
        Duration::hours(23),
    );
}

#[test]
fn range_wholly_inside_the_skipped_hour_is_closed_that_day() {
    let vanishing = every_day(vec![range((2, 15), (2, 45))], Europe::Zurich);
    assert_between(
        &vanishing,
        local(Europe::Zurich, 2026, 3, 29, 0, 0),
        local(Europe::Zurich, 2026, 3, 30, 0, 0),
        Duration::zero(),
    );
    assert_due(
        &vanishing,
        local(Europe::Zurich, 2026, 3, 29, 0, 0),
        Duration::minutes(10),
        local(Europe::Zurich, 2026, 3, 30, 2, 25),
    );
}

#[test]
fn new_york_office_hours_follow_american_daylight_saving() {
    let new_york = SlaPolicy::office_hours(America::New_York);
    // Clocks spring forward on Sunday 8 March 2026 in New York.
    let due = local(America::New_York, 2026, 3, 9, 9, 15);
    assert_due(
        &new_york,
        local(America::New_York, 2026, 3, 6, 16, 45),
        Duration::minutes(30),
        due,
    );
    assert_eq!(
        due,
        utc(2026, 3, 9, 13, 15),
        "expected 09:15 EDT to be 13:15 UTC"
    );
    // And fall back on Sunday 1 November.
    let due = local(America::New_York, 2026, 11, 2, 9, 15);
    assert_due(
        &new_york,
        local(America::New_York, 2026, 10, 30, 16, 45),
        Duration::minutes(30),
        due,
    );
    assert_eq!(
        due,
        utc(2026, 11, 2, 14, 15),
        "expected 09:15 EST to be 14:15 UTC"
    );
}

#[test]
fn london_office_hours_follow_british_summer_time() {
    let london = SlaPolicy::office_hours(Europe::London);
    let due = local(Europe::London, 2026, 3, 30, 9, 15);
    assert_due(
        &london,
        local(Europe::London, 2026, 3, 27, 16, 45),
        Duration::minutes(30),
        due,
    );
    assert_eq!(
        due,
        utc(2026, 3, 30, 8, 15),
        "expected 09:15 BST to be 08:15 UTC"
    );
}

#[test]
fn same_instant_is_due_at_different_times_in_different_time_zones() {
    let arrival = utc(2026, 3, 10, 16, 30);
    // 17:30 in Zurich (closed), 16:30 in London (half an hour before
    // closing), 12:30 in New York (already on summer time).
    let cases = [
        (Europe::Zurich, local(Europe::Zurich, 2026, 3, 11, 9, 30)),
        (Europe::London, local(Europe::London, 2026, 3, 10, 17, 0)),
        (
            America::New_York,
            local(America::New_York, 2026, 3, 10, 13, 0),
        ),
    ];
    for (tz, expected) in cases {
        assert_due(
            &SlaPolicy::office_hours(tz),
            arrival,
            Duration::minutes(30),
            expected,
        );
    }
}

#[test]
fn around_the_clock_policy_counts_elapsed_time_in_any_time_zone() {
    // Zones with midnight transitions, half-hour changes and a skipped day.
    let zones = [
        Europe::Zurich,
        America::New_York,
        America::Santiago,
        Asia::Beirut,
        Australia::Lord_Howe,
        Pacific::Apia,
    ];
    let amounts = [
        Duration::minutes(1),
        Duration::minutes(61),
        Duration::hours(24),
        Duration::days(3),
    ];
    for tz in zones {
        let policy = SlaPolicy::default_in(tz);
        for year in [2011, 2026] {
            let mut start = utc(year, 1, 1, 0, 7);
            let end = utc(year + 1, 1, 1, 0, 0);
            while start < end {
                for amount in amounts {
                    let due = policy.add_business(start, amount);
                    assert_eq!(
                        due,
                        start + amount,
                        "{tz}: expected {amount} after {start} to be real time, got {due}"
                    );
                    let back = policy.business_between(start, due);
                    assert_eq!(
                        back, amount,
                        "{tz}: expected {amount} from {start} to {due}, got {back}"
                    );
                }
                start += Duration::minutes(877);
            }
        }
    }
}

#[test]
fn day_that_a_time_zone_skipped_entirely_has_no_business_hours() {
    // Samoa moved across the date line: 30 December 2011 never happened.
    let apia = weekdays(vec![range((9, 0), (17, 0))], Pacific::Apia);
    let apia = SlaPolicy {
        week: std::array::from_fn(|_| apia.week[0].clone()),
        ..apia
    };
    assert_between(
        &apia,
        local(Pacific::Apia, 2011, 12, 29, 0, 0),
        local(Pacific::Apia, 2011, 12, 31, 23, 0),
        Duration::hours(16),
    );
    assert_due(
        &apia,
        local(Pacific::Apia, 2011, 12, 29, 16, 0),
        Duration::hours(2),
        local(Pacific::Apia, 2011, 12, 31, 10, 0),
    );
}

// --- Edges: zero amounts, empty policies, empty intervals -----------

#[test]
fn zero_or_negative_amount_is_due_at_the_start_itself() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    let saturday = local(Europe::Zurich, 2026, 3, 7, 10, 0);
    assert_due(&zurich, saturday, Duration::zero(), saturday);
    assert_due(&zurich, saturday, Duration::minutes(-30), saturday);
}

#[test]
fn policy_without_business_hours_answers_beyond_the_horizon() {
    let closed = SlaPolicy {
        week: std::array::from_fn(|_| Vec::new()),
        ..SlaPolicy::default_in(Europe::Zurich)
    };
    let start = utc(2026, 3, 10, 12, 0);
    let expected = start + Duration::days(HORIZON_DAYS) + Duration::hours(1);
    assert_due(&closed, start, Duration::hours(1), expected);
    assert_between(
        &closed,
        start,
        start + Duration::days(400),
        Duration::zero(),
    );
}

#[test]
fn policy_with_only_empty_ranges_answers_beyond_the_horizon() {
    let closed = every_day(
        vec![range((9, 0), (9, 0)), range((18, 0), (8, 0))],
        Europe::Zurich,
    );
    let start = utc(2026, 3, 10, 12, 0);
    let expected = start + Duration::days(HORIZON_DAYS) + Duration::minutes(5);
    assert_due(&closed, start, Duration::minutes(5), expected);
}

#[test]
fn policy_whose_only_open_days_are_holidays_answers_beyond_the_horizon() {
    let mut only_one_monday = SlaPolicy::default_in(Europe::Zurich);
    only_one_monday.week = std::array::from_fn(|d| {
        if d == 0 {
            vec![range((9, 0), (17, 0))]
        } else {
            Vec::new()
        }
    });
    // Every Monday of the next eleven years is a holiday.
    let mut monday = date(2026, 3, 9);
    while monday < date(2037, 3, 9) {
        only_one_monday.holidays.push(monday);
        monday += Duration::days(7);
    }
    let start = utc(2026, 3, 10, 12, 0);
    let expected = start + Duration::days(HORIZON_DAYS) + Duration::hours(1);
    assert_due(&only_one_monday, start, Duration::hours(1), expected);
}

#[test]
fn absurd_amounts_and_instants_do_not_panic() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    let start = utc(2026, 3, 10, 12, 0);
    assert_due(&zurich, start, Duration::MAX, DateTime::<Utc>::MAX_UTC);
    let late = DateTime::<Utc>::MAX_UTC - Duration::days(2);
    let due = zurich.add_business(late, Duration::days(365));
    assert_eq!(
        due,
        DateTime::<Utc>::MAX_UTC,
        "expected the largest instant, got {due}"
    );
    let early = DateTime::<Utc>::MIN_UTC;
    let between = zurich.business_between(early, early + Duration::days(14));
    assert!(
        between <= Duration::days(14),
        "expected at most 14 days, got {between}"
    );
}

#[test]
fn business_between_is_zero_when_the_end_is_not_after_the_start() {
    let around = SlaPolicy::default_in(Europe::Zurich);
    let t = utc(2026, 3, 10, 12, 0);
    assert_between(&around, t, t, Duration::zero());
    assert_between(&around, t, t - Duration::hours(3), Duration::zero());
}

#[test]
fn business_between_counts_only_open_hours_over_a_weekend() {
    let zurich = SlaPolicy::office_hours(Europe::Zurich);
    assert_between(
        &zurich,
        local(Europe::Zurich, 2026, 3, 6, 16, 0),
        local(Europe::Zurich, 2026, 3, 9, 10, 0),
        Duration::hours(2),
    );
    assert_between(
        &zurich,
        local(Europe::Zurich, 2026, 3, 7, 0, 0),
        local(Europe::Zurich, 2026, 3, 9, 0, 0),
        Duration::zero(),
    );
}

// --- Properties over many starts and amounts --------------------------

/// Policies that exercise closed days, holidays, split days, ranges on
/// daylight-saving edges and three time zones.
fn sample_policies() -> Vec<SlaPolicy> {
    let easter = SlaPolicy {
        holidays: vec![date(2026, 4, 3), date(2026, 4, 6), date(2026, 12, 25)],
        ..SlaPolicy::office_hours(Europe::Zurich)
    };
    let mut london_split = weekdays(
        vec![range((8, 0), (12, 0)), range((13, 0), (18, 0))],
        Europe::London,
    );
    london_split.week[5] = vec![range((10, 0), (14, 0))];
    let night_edges = every_day(
        vec![
            range((1, 0), (2, 30)),
            range((2, 45), (4, 0)),
            TimeRange {
                start: hm(23, 0),
                end: None,
            },
        ],
        Europe::Zurich,
    );
    vec![
        easter,
        london_split,
        night_edges,
        SlaPolicy::default_in(Europe::Zurich),
        SlaPolicy::office_hours(America::New_York),
    ]
}

/// Starts every 53 minutes over three weeks around each 2026 change.
fn sample_starts() -> Vec<DateTime<Utc>> {
    let mut starts = Vec::new();
    for from in [
        utc(2026, 3, 1, 0, 0),
        utc(2026, 3, 20, 0, 0),
        utc(2026, 10, 15, 0, 0),
    ] {
        let mut t = from;
        while t < from + Duration::days(21) {
            starts.push(t);
            t += Duration::minutes(53);
        }
    }
    starts
}

const SAMPLE_AMOUNTS: [Duration; 5] = [
    Duration::minutes(1),
    Duration::minutes(45),
    Duration::hours(8),
    Duration::hours(24),
    Duration::seconds(3 * 86_400 + 7),
];

#[test]
fn business_between_undoes_add_business_for_any_start() {
    for policy in sample_policies() {
        for start in sample_starts() {
            for amount in SAMPLE_AMOUNTS {
                let due = policy.add_business(start, amount);
                assert!(due > start, "expected due after {start}, got {due}");
                let back = policy.business_between(start, due);
                assert_eq!(
                    back,
                    amount,
                    "{}: expected {} between {} and {}, got {}",
                    policy.time_zone,
                    amount,
                    shown(start, policy.time_zone),
                    shown(due, policy.time_zone),
                    back
                );
            }
        }
    }
}

#[test]
fn due_time_is_the_first_instant_with_that_much_business_time() {
    // Just before the due time, not enough business time has elapsed.
    for policy in sample_policies() {
        for start in sample_starts() {
            for amount in SAMPLE_AMOUNTS {
                let due = policy.add_business(start, amount);
                let before = due - Duration::seconds(1);
                let short = policy.business_between(start, before);
                assert!(
                    short < amount,
                    "expected less than {amount} by {}, got {short}",
                    shown(before, policy.time_zone)
                );
            }
        }
    }
}

#[test]
fn adding_in_two_steps_equals_adding_at_once() {
    for policy in sample_policies() {
        for start in sample_starts() {
            let once = policy.add_business(start, Duration::hours(9));
            let twice = policy.add_business(
                policy.add_business(start, Duration::hours(4)),
                Duration::hours(5),
            );
            assert_eq!(
                twice,
                once,
                "{}: from {}, expected 4 h + 5 h to be due at {}, got {}",
                policy.time_zone,
                shown(start, policy.time_zone),
                shown(once, policy.time_zone),
                shown(twice, policy.time_zone)
            );
        }
    }
}

#[test]
fn business_time_adds_up_over_a_split_point() {
    for policy in sample_policies() {
        let starts = sample_starts();
        let pairs = starts.iter().zip(starts.iter().skip(31));
        for (a, b) in pairs.filter(|(a, b)| a <= b) {
            let c = *b + Duration::hours(50);
            let whole = policy.business_between(*a, c);
            let parts = policy.business_between(*a, *b) + policy.business_between(*b, c);
            assert_eq!(
                parts, whole,
                "{}: expected {whole} from {a} to {c} in two parts, got {parts}",
                policy.time_zone
            );
        }
    }
}

#[test]
fn a_desk_open_all_day_every_day_counts_elapsed_time_as_the_walk_does() {
    let fast = SlaPolicy::default_in(Europe::Zurich);
    // The same hours with a holiday far away take the day-by-day walk.
    let mut walked = fast.clone();
    walked.holidays = vec![date(2099, 1, 1)];
    let spans = [
        // Across both daylight-saving changes of 2026, and a plain week.
        (utc(2026, 3, 28, 20, 0), utc(2026, 3, 30, 6, 30)),
        (utc(2026, 10, 24, 22, 15), utc(2026, 10, 26, 1, 0)),
        (utc(2026, 6, 1, 9, 0), utc(2026, 6, 8, 17, 45)),
        (utc(2026, 6, 1, 9, 0), utc(2026, 6, 1, 9, 0)),
    ];
    for (a, b) in spans {
        assert_eq!(
            fast.business_between(a, b),
            walked.business_between(a, b),
            "{a} → {b}"
        );
        assert_eq!(fast.business_between(a, b), b - a);
    }
}
