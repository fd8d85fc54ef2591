//! When an expert can be asked: their own availability (available, away, out
//! until a date) and their weekly working hours in their own time zone.
//!
//! Experts sit in other departments and other countries; "available now"
//! means now on *their* clock, not on the community's. Working hours are a
//! simple weekly range (`Mon-Fri 08:00-17:00`) rather than a full SLA
//! calendar: that is what a directory or an HR export holds, and it reads
//! the same in a CSV cell, the CLI and the window.

use crate::error::DomainError;
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

/// What the expert said about themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "until", rename_all = "snake_case")]
pub enum Availability {
    #[default]
    Available,
    /// Temporarily not answering (meeting, sick day) with no known end.
    Away,
    /// Out (holiday, training) and back on this local date.
    Out(NaiveDate),
}

impl Availability {
    /// `available`, `away` or `out`.
    pub fn kind(self) -> &'static str {
        match self {
            Availability::Available => "available",
            Availability::Away => "away",
            Availability::Out(_) => "out",
        }
    }

    /// Rebuilds the value from its stored kind and date.
    pub fn from_parts(kind: &str, until: Option<NaiveDate>) -> Option<Availability> {
        match (kind, until) {
            ("available", _) => Some(Availability::Available),
            ("away", _) => Some(Availability::Away),
            ("out", Some(d)) => Some(Availability::Out(d)),
            _ => None,
        }
    }

    pub fn until(self) -> Option<NaiveDate> {
        match self {
            Availability::Out(d) => Some(d),
            _ => None,
        }
    }
}

impl fmt::Display for Availability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Availability::Out(d) => write!(f, "out:{d}"),
            other => f.write_str(other.kind()),
        }
    }
}

/// `available`, `away`, or `out:YYYY-MM-DD`.
impl FromStr for Availability {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DomainError::BadAvailability(s.to_string());
        let norm = s.trim().to_ascii_lowercase();
        match norm.split_once(':') {
            None if norm == "available" || norm.is_empty() => Ok(Availability::Available),
            None if norm == "away" => Ok(Availability::Away),
            Some(("out", date)) => NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
                .map(Availability::Out)
                .map_err(|_| bad()),
            _ => Err(bad()),
        }
    }
}

/// Weekly working hours: the same local range `[start, end)` on each chosen
/// weekday. `end` before or equal to `start` runs past midnight (a night
/// shift `22:00-06:00`); `00:00-00:00` is the whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkingHours {
    /// Monday first.
    pub days: [bool; 7],
    pub start: NaiveTime,
    pub end: NaiveTime,
}

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

impl Default for WorkingHours {
    /// Monday to Friday, 09:00–17:00: an office week.
    fn default() -> Self {
        WorkingHours {
            days: [true, true, true, true, true, false, false],
            start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
            end: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

impl WorkingHours {
    /// Whether `at` falls inside these hours on the expert's clock (`zone`).
    pub fn contains(&self, zone: Tz, at: DateTime<Utc>) -> bool {
        let local = at.with_timezone(&zone);
        let day = local.weekday().num_days_from_monday() as usize;
        let time = local.time();
        if self.start < self.end {
            return self.days[day] && time >= self.start && time < self.end;
        }
        // Over midnight (or the whole day when start == end): the evening
        // belongs to today, the early hours to the shift that began yesterday.
        let yesterday = (day + 6) % 7;
        (self.days[day] && time >= self.start) || (self.days[yesterday] && time < self.end)
    }
}

impl fmt::Display for WorkingHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Runs of consecutive days are written as ranges: Mon-Fri, Sat-Sun.
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < 7 {
            if !self.days[i] {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < 7 && self.days[j + 1] {
                j += 1;
            }
            parts.push(if j == i {
                DAY_NAMES[i].to_string()
            } else {
                format!("{}-{}", DAY_NAMES[i], DAY_NAMES[j])
            });
            i = j + 1;
        }
        write!(
            f,
            "{} {}-{}",
            parts.join(","),
            self.start.format("%H:%M"),
            self.end.format("%H:%M")
        )
    }
}

/// `Mon-Fri 08:00-17:00`, `Mon,Wed,Fri 09:00-12:00`, `Sat-Sun 10:00-14:00`.
impl FromStr for WorkingHours {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DomainError::BadWorkingHours(s.to_string());
        let (days_text, times) = s.trim().split_once(' ').ok_or_else(bad)?;
        let (start, end) = times.trim().split_once('-').ok_or_else(bad)?;
        let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| bad());
        let mut days = [false; 7];
        for part in days_text.split(',') {
            let day = |name: &str| {
                DAY_NAMES
                    .iter()
                    .position(|d| d.eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(bad)
            };
            match part.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (day(a)?, day(b)?);
                    if b < a {
                        return Err(bad());
                    }
                    days[a..=b].iter_mut().for_each(|d| *d = true);
                }
                None => days[day(part)?] = true,
            }
        }
        Ok(WorkingHours {
            days,
            start: time(start)?,
            end: time(end)?,
        })
    }
}

/// Whether an expert with this availability and these hours can be asked at
/// `at` (their zone decides the day and the hour). Someone `Out` until a
/// date is back from the start of that local date.
pub fn reachable_at(
    availability: Availability,
    hours: &WorkingHours,
    zone: Tz,
    at: DateTime<Utc>,
) -> bool {
    let present = match availability {
        Availability::Available => true,
        Availability::Away => false,
        Availability::Out(until) => at.with_timezone(&zone).date_naive() >= until,
    };
    present && hours.contains(zone, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::{America, Europe};

    fn zurich(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        // March 2026: the 2nd is a Monday.
        Europe::Zurich
            .with_ymd_and_hms(2026, 3, d, h, m, 0)
            .single()
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn working_hours_round_trip_through_their_text() {
        for text in [
            "Mon-Fri 09:00-17:00",
            "Mon,Wed,Fri 08:30-12:00",
            "Sat-Sun 10:00-14:00",
            "Mon-Sun 00:00-00:00",
            "Mon-Tue,Thu 22:00-06:00",
        ] {
            let h: WorkingHours = text.parse().unwrap();
            assert_eq!(h.to_string(), text, "expected {text} back");
        }
        let lax: WorkingHours = "mon-fri 9:00-17:00".parse().unwrap();
        assert_eq!(lax, WorkingHours::default());
    }

    #[test]
    fn malformed_working_hours_are_refused() {
        for bad in [
            "",
            "Mon-Fri",
            "Fri-Mon 09:00-17:00",
            "Mo-Fr 09:00-17:00",
            "Mon-Fri 9-17",
            "Mon-Fri 25:00-26:00",
        ] {
            assert!(
                matches!(
                    bad.parse::<WorkingHours>(),
                    Err(DomainError::BadWorkingHours(_))
                ),
                "{bad:?} was accepted"
            );
        }
    }

    #[test]
    fn office_hours_hold_on_weekdays_from_opening_to_just_before_closing() {
        let h = WorkingHours::default();
        let z = Europe::Zurich;
        assert!(h.contains(z, zurich(2, 9, 0)), "Monday 09:00 is open");
        assert!(h.contains(z, zurich(6, 16, 59)), "Friday 16:59 is open");
        assert!(!h.contains(z, zurich(6, 17, 0)), "Friday 17:00 is closed");
        assert!(!h.contains(z, zurich(2, 8, 59)), "Monday 08:59 is closed");
        assert!(!h.contains(z, zurich(7, 12, 0)), "Saturday is closed");
    }

    #[test]
    fn hours_are_read_on_the_experts_own_clock() {
        // 15:00 in Zurich is 09:00 in New York: open there, just.
        let h = WorkingHours::default();
        let at = zurich(2, 15, 0);
        assert!(h.contains(America::New_York, at));
        assert!(!h.contains(America::New_York, zurich(2, 14, 59)));
    }

    #[test]
    fn a_night_shift_runs_past_midnight_into_the_next_day() {
        let h: WorkingHours = "Fri 22:00-06:00".parse().unwrap();
        let z = Europe::Zurich;
        assert!(h.contains(z, zurich(6, 23, 0)), "Friday 23:00");
        assert!(h.contains(z, zurich(7, 5, 59)), "Saturday 05:59");
        assert!(!h.contains(z, zurich(7, 6, 0)), "Saturday 06:00");
        assert!(
            !h.contains(z, zurich(6, 5, 0)),
            "Friday 05:00 (Thursday's shift)"
        );
        let always: WorkingHours = "Mon-Sun 00:00-00:00".parse().unwrap();
        assert!(always.contains(z, zurich(8, 3, 0)));
    }

    #[test]
    fn availability_parses_and_prints_its_three_forms() {
        for (text, value) in [
            ("available", Availability::Available),
            ("away", Availability::Away),
            (
                "out:2026-03-09",
                Availability::Out(NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()),
            ),
        ] {
            assert_eq!(text.parse::<Availability>().unwrap(), value);
            assert_eq!(value.to_string(), text);
            assert_eq!(
                Availability::from_parts(value.kind(), value.until()),
                Some(value)
            );
        }
        for bad in ["gone", "out", "out:tomorrow", "out:2026-13-01"] {
            assert!(bad.parse::<Availability>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn an_expert_is_reachable_only_when_available_and_within_hours() {
        let h = WorkingHours::default();
        let z = Europe::Zurich;
        let monday_ten = zurich(2, 10, 0);
        assert!(reachable_at(Availability::Available, &h, z, monday_ten));
        assert!(!reachable_at(Availability::Away, &h, z, monday_ten));
        assert!(!reachable_at(
            Availability::Available,
            &h,
            z,
            zurich(2, 20, 0)
        ));
    }

    #[test]
    fn an_expert_out_until_a_date_is_back_from_that_local_morning() {
        let h: WorkingHours = "Mon-Sun 00:00-00:00".parse().unwrap();
        let z = Europe::Zurich;
        let out = Availability::Out(NaiveDate::from_ymd_opt(2026, 3, 4).unwrap());
        assert!(!reachable_at(out, &h, z, zurich(3, 23, 59)));
        assert!(reachable_at(out, &h, z, zurich(4, 0, 0)));
    }
}
