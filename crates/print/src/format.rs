//! Numbers, percentages and durations as the reader writes them. A figure
//! that is not there (no case was due, no reply yet) prints as a dash,
//! never as 0, so "nothing to measure" and "all missed" look different.

use crate::model::{Labels, NumberFormat};

/// What prints for a figure that has no value (as in the Reports view).
pub(crate) const NONE: &str = "—";

/// Formats the figures of one report.
pub(crate) struct Formatter<'a> {
    pub numbers: &'a NumberFormat,
    pub labels: &'a Labels,
}

impl Formatter<'_> {
    /// 12’345: digits in groups of three.
    pub fn count(&self, n: u64) -> String {
        group_digits(&n.to_string(), self.numbers.thousands)
    }

    /// A signed change: "+12", "–3" (en dash), "0".
    pub fn change(&self, now: u64, before: u64) -> String {
        if now >= before {
            let d = now - before;
            if d == 0 {
                "0".into()
            } else {
                format!("+{}", self.count(d))
            }
        } else {
            format!("–{}", self.count(before - now))
        }
    }

    /// An attainment 0..=1 as "94.3 %", at most one decimal ("100 %"), as
    /// the Reports view shows it; out of range is clamped.
    pub fn percent(&self, ratio: Option<f64>) -> String {
        let Some(r) = ratio.and_then(clamp_ratio) else {
            return NONE.into();
        };
        let tenths = (r * 1000.0).round() as u64;
        let whole = self.count(tenths / 10);
        match tenths % 10 {
            0 => format!("{whole}{}", self.numbers.percent),
            d => format!("{whole}{}{d}{}", self.numbers.decimal, self.numbers.percent),
        }
    }

    /// A duration in seconds as "42 min", "1 h 05 min" or "2 d 3 h", with
    /// the Reports view's thresholds (a day is 24 hours of business time).
    pub fn duration(&self, seconds: Option<i64>) -> String {
        let Some(s) = seconds else {
            return NONE.into();
        };
        let minutes = s.max(0).saturating_add(30) / 60;
        let (h, m) = (minutes / 60, minutes % 60);
        let l = self.labels;
        if h == 0 {
            format!("{m}\u{a0}{}", l.minute_unit)
        } else if h < 24 {
            format!("{h}\u{a0}{} {m:02}\u{a0}{}", l.hour_unit, l.minute_unit)
        } else {
            let (d, h) = (h / 24, h % 24);
            format!("{d}\u{a0}{} {h}\u{a0}{}", l.day_unit, l.hour_unit)
        }
    }
}

/// A ratio in 0..=1, or none for NaN.
pub(crate) fn clamp_ratio(r: f64) -> Option<f64> {
    (!r.is_nan()).then(|| r.clamp(0.0, 1.0))
}

fn group_digits(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> Labels {
        Labels {
            day_unit: "d".into(),
            hour_unit: "h".into(),
            minute_unit: "min".into(),
            ..Labels::default()
        }
    }

    #[test]
    fn counts_are_grouped_by_thousands_in_each_language() {
        let l = labels();
        let swiss = NumberFormat::swiss_german();
        let f = Formatter {
            numbers: &swiss,
            labels: &l,
        };
        assert_eq!(f.count(1_234_567), "1’234’567");
        assert_eq!(f.count(999), "999");
        assert_eq!(f.count(0), "0");
        let en = NumberFormat::english();
        let f = Formatter {
            numbers: &en,
            labels: &l,
        };
        assert_eq!(f.count(1234), "1,234");
    }

    #[test]
    fn percentages_have_at_most_one_decimal_and_the_languages_separator() {
        let l = labels();
        let fr = NumberFormat::swiss_french();
        let f = Formatter {
            numbers: &fr,
            labels: &l,
        };
        assert_eq!(f.percent(Some(0.9432)), "94,3\u{202f}%");
        assert_eq!(f.percent(Some(0.9999)), "100\u{202f}%");
        assert_eq!(f.percent(Some(1.7)), "100\u{202f}%");
        assert_eq!(f.percent(Some(-0.2)), "0\u{202f}%");
        assert_eq!(f.percent(Some(f64::NAN)), NONE);
        assert_eq!(f.percent(None), NONE);
    }

    #[test]
    fn durations_read_as_minutes_hours_or_days() {
        let l = labels();
        let en = NumberFormat::english();
        let f = Formatter {
            numbers: &en,
            labels: &l,
        };
        assert_eq!(f.duration(Some(65 * 60)), "1\u{a0}h 05\u{a0}min");
        assert_eq!(f.duration(Some(42 * 60 + 10)), "42\u{a0}min");
        assert_eq!(f.duration(Some(-5)), "0\u{a0}min");
        assert_eq!(f.duration(Some(23 * 3600 + 600)), "23\u{a0}h 10\u{a0}min");
        assert_eq!(f.duration(Some(123 * 3600)), "5\u{a0}d 3\u{a0}h");
        assert!(!f.duration(Some(i64::MAX)).is_empty());
        assert_eq!(f.duration(None), NONE);
    }

    #[test]
    fn changes_are_signed() {
        let l = labels();
        let en = NumberFormat::english();
        let f = Formatter {
            numbers: &en,
            labels: &l,
        };
        assert_eq!(f.change(12, 10), "+2");
        assert_eq!(f.change(10, 1012), "–1,002");
        assert_eq!(f.change(5, 5), "0");
    }
}
