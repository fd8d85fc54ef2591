//! Spikes: when a community suddenly has many more people writing than it
//! usually has at that hour.
//!
//! The measure is **distinct requesters** in a sliding window (one angry fan
//! writing ten times is one requester, not a crisis), evaluated every few
//! minutes and compared with the same community's own baseline at the same
//! local time (its time zone, so a Monday 9:00 is compared with Mondays
//! 9:00 across daylight-saving changes):
//! - with at least two earlier weeks of history at that hour of the week,
//!   the median of those weeks (`Basis::HourOfWeek`), which knows that
//!   Monday mornings are busier than Sunday nights;
//! - before that, the median of the trailing days at the same time of day
//!   (`Basis::TrailingDays`), so a desk with a few days of history already
//!   has a baseline;
//! - with less than a day of history, no baseline and no alert.
//!
//! Each comparison point is the mean of three windows around it (half an
//! hour either side), so one odd hour in the past does not make the
//! baseline; trailing days need two days at least. An alert fires when the window has at least
//! `min_requesters`, at least `ratio` times the baseline (never less than
//! `floor`, so a quiet night's 0.3 does not make 3 people a spike), and a
//! count that the baseline would give by chance at most `max_chance` of the
//! time (a Poisson tail: 13 people where 3.2 are usual is four times the
//! baseline but happens about once in 7,000 windows).
//! An alert fires at the second firing evaluation in a row (one odd
//! window is not a crisis); consecutive firing evaluations are one
//! episode, which ends after `cooldown_minutes` without firing.
//!
//! Everything is a function of the arrivals: a replay of history gives the
//! alerts the live desk would have given.

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The thresholds of a workspace (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpikeRules {
    pub window_minutes: u32,
    pub step_minutes: u32,
    pub ratio: f64,
    pub min_requesters: u32,
    pub floor: f64,
    pub weeks: u32,
    pub days: u32,
    pub cooldown_minutes: u32,
    /// How unlikely the count must be under the baseline (a Poisson tail
    /// probability): keeps small numbers from firing by chance.
    pub max_chance: f64,
}

impl Default for SpikeRules {
    /// Chosen from the sweep in docs/benchmarks.md ("Spike detection"):
    /// on simulated traffic, 2 false alerts in 340 community-days, every
    /// surge of 5–20× found, half of them within 20 minutes.
    fn default() -> Self {
        SpikeRules {
            window_minutes: 60,
            step_minutes: 5,
            ratio: 3.0,
            min_requesters: 12,
            floor: 2.0,
            weeks: 4,
            days: 7,
            cooldown_minutes: 60,
            max_chance: 1e-5,
        }
    }
}

impl SpikeRules {
    /// The rules with their values kept in usable ranges.
    pub fn sane(self) -> SpikeRules {
        SpikeRules {
            window_minutes: self.window_minutes.clamp(5, 24 * 60),
            step_minutes: self.step_minutes.clamp(1, 60),
            ratio: if self.ratio.is_finite() {
                self.ratio.max(1.0)
            } else {
                4.0
            },
            min_requesters: self.min_requesters.max(1),
            floor: if self.floor.is_finite() {
                self.floor.max(0.0)
            } else {
                2.0
            },
            weeks: self.weeks.clamp(2, 12),
            days: self.days.clamp(1, 28),
            cooldown_minutes: self.cooldown_minutes.clamp(5, 24 * 60),
            max_chance: if self.max_chance.is_finite() {
                self.max_chance.clamp(0.0, 1.0)
            } else {
                1e-4
            },
        }
    }
}

/// One inbound message: when, and who (a contact id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrival {
    pub at: DateTime<Utc>,
    pub requester: i64,
}

/// What the baseline was made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "count", rename_all = "snake_case")]
pub enum Basis {
    /// The median of this many earlier weeks at the same hour of the week.
    HourOfWeek(u32),
    /// The median of this many trailing days at the same time of day.
    TrailingDays(u32),
}

/// One alert: from the evaluation that fired first to the last that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Episode {
    /// When the alert would have fired.
    pub fired_at: DateTime<Utc>,
    /// The last evaluation that still fired (None: still firing at the end
    /// of the period looked at).
    pub last_at: Option<DateTime<Utc>>,
    /// Distinct requesters in the window when it fired.
    pub requesters: u32,
    /// The baseline it was compared with (requesters per window).
    pub baseline: f64,
    /// requesters ÷ max(baseline, floor) when it fired.
    pub ratio: f64,
    pub basis: Basis,
    /// The most requesters in one window during the episode.
    pub peak: u32,
}

/// The alert episodes of one community between `from` and `to`, from its
/// arrivals sorted by time (those before `from` make the baseline:
/// pass `rules.weeks` weeks and a day before `from` for a full one).
/// `history_start` is when the community's history begins (its first
/// message ever), so that a window before it is not taken for a quiet one.
pub fn episodes(
    arrivals: &[Arrival],
    history_start: DateTime<Utc>,
    tz: Tz,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    rules: &SpikeRules,
) -> Vec<Episode> {
    let rules = rules.sane();
    let step = i64::from(rules.step_minutes) * 60;
    let window = i64::from(rules.window_minutes) * 60;
    // Every tick from the earliest comparison point to `to`.
    let reach = i64::from(rules.weeks) * 7 * 86_400 + 86_400 + 2 * 3600;
    let first = align(from.timestamp() - reach, step);
    let last = align(to.timestamp(), step);
    if last < first {
        return Vec::new();
    }
    let series = requesters_series(arrivals, first, last, step, window);
    let at = |t: i64| -> Option<u32> {
        if t < first || t > last || t % step != 0 || t - window < history_start.timestamp() {
            None
        } else {
            usize::try_from((t - first) / step)
                .ok()
                .and_then(|i| series.get(i).copied())
        }
    };
    let mut out: Vec<Episode> = Vec::new();
    let mut open: Option<(Episode, i64)> = None;
    // A first firing evaluation waits for the next one to confirm it.
    let mut pending: Option<(i64, u32, f64, Basis)> = None;
    let mut t = align(from.timestamp(), step).max(first);
    if t < from.timestamp() {
        t += step;
    }
    while t <= last {
        let observed = at(t).unwrap_or(0);
        let baseline = baseline_at(t, tz, &rules, &at);
        let firing = baseline.is_some_and(|(b, _)| {
            let expected = b.max(rules.floor);
            observed >= rules.min_requesters
                && f64::from(observed) >= rules.ratio * expected
                && poisson_tail(observed, expected) <= rules.max_chance
        });
        let confirmed = match (firing, open.is_some(), pending) {
            (false, _, _) => {
                pending = None;
                false
            }
            (true, true, _) => true,
            (true, false, None) => {
                let (b, basis) = baseline.unwrap_or((0.0, Basis::TrailingDays(0)));
                pending = Some((t, observed, b, basis));
                false
            }
            (true, false, Some(_)) => true,
        };
        if confirmed {
            let (b, basis) = baseline.unwrap_or((0.0, Basis::TrailingDays(0)));
            match open.as_mut() {
                Some((e, last_fired)) => {
                    e.peak = e.peak.max(observed);
                    *last_fired = t;
                }
                None => {
                    // Fires when confirmed, with the figures of the first
                    // evaluation that saw it.
                    let (_, first_seen, b, basis) =
                        pending.take().unwrap_or((t, observed, b, basis));
                    let observed = first_seen.max(observed);
                    let fired_at = Utc.timestamp_opt(t, 0).single().unwrap_or(from);
                    open = Some((
                        Episode {
                            fired_at,
                            last_at: None,
                            requesters: observed,
                            baseline: round2(b),
                            ratio: round2(f64::from(observed) / b.max(rules.floor)),
                            basis,
                            peak: observed,
                        },
                        t,
                    ));
                }
            }
        } else if let Some((_, last_fired)) = open {
            if t - last_fired >= i64::from(rules.cooldown_minutes) * 60 {
                if let Some((mut e, last_fired)) = open.take() {
                    e.last_at = Utc.timestamp_opt(last_fired, 0).single();
                    out.push(e);
                }
            }
        }
        if let Some((e, _)) = open.as_mut() {
            e.peak = e.peak.max(observed);
        }
        t += step;
    }
    if let Some((e, _)) = open {
        out.push(e);
    }
    out
}

/// Distinct requesters in the window ending at each tick.
fn requesters_series(
    arrivals: &[Arrival],
    first: i64,
    last: i64,
    step: i64,
    window: i64,
) -> Vec<u32> {
    let mut counts: HashMap<i64, u32> = HashMap::new();
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut out = Vec::with_capacity(usize::try_from((last - first) / step + 1).unwrap_or(0));
    let mut t = first;
    while t <= last {
        while hi < arrivals.len() && arrivals[hi].at.timestamp() <= t {
            *counts.entry(arrivals[hi].requester).or_insert(0) += 1;
            hi += 1;
        }
        while lo < hi && arrivals[lo].at.timestamp() <= t - window {
            if let Some(c) = counts.get_mut(&arrivals[lo].requester) {
                *c -= 1;
                if *c == 0 {
                    counts.remove(&arrivals[lo].requester);
                }
            }
            lo += 1;
        }
        out.push(u32::try_from(counts.len()).unwrap_or(u32::MAX));
        t += step;
    }
    out
}

/// The baseline at tick `t`: hour of week when two weeks or more are
/// known, else trailing days, else none.
fn baseline_at(
    t: i64,
    tz: Tz,
    rules: &SpikeRules,
    at: &dyn Fn(i64) -> Option<u32>,
) -> Option<(f64, Basis)> {
    let local = Utc
        .timestamp_opt(t, 0)
        .single()?
        .with_timezone(&tz)
        .naive_local();
    let point = |back: Duration| -> Option<f64> {
        let then = tz
            .from_local_datetime(&(local - back))
            .earliest()?
            .timestamp();
        let near: Vec<u32> = [-3600, -1800, 0, 1800, 3600]
            .iter()
            .filter_map(|d| at(then + d))
            .collect();
        (near.len() >= 3)
            .then(|| near.iter().map(|&n| f64::from(n)).sum::<f64>() / near.len() as f64)
    };
    let weeks: Vec<f64> = (1..=rules.weeks)
        .filter_map(|k| point(Duration::weeks(i64::from(k))))
        .collect();
    if weeks.len() >= 2 {
        return Some((median(weeks.clone()), Basis::HourOfWeek(weeks.len() as u32)));
    }
    let days: Vec<f64> = (1..=rules.days)
        .filter_map(|d| point(Duration::days(i64::from(d))))
        .collect();
    if days.len() < 2 {
        return None;
    }
    Some((median(days.clone()), Basis::TrailingDays(days.len() as u32)))
}

/// P(X ≥ k) for X Poisson-distributed with mean `lambda`.
pub fn poisson_tail(k: u32, lambda: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if lambda > 500.0 {
        // Normal approximation with continuity correction.
        let z = (f64::from(k) - 0.5 - lambda) / lambda.sqrt();
        return 0.5 * erfc(z / std::f64::consts::SQRT_2);
    }
    // 1 − P(X < k), the terms summed in order from e^-λ.
    let mut term = (-lambda).exp();
    let mut below = 0.0;
    for i in 0..k {
        below += term;
        term *= lambda / f64::from(i + 1);
    }
    (1.0 - below).max(0.0)
}

/// The complementary error function (Numerical Recipes' erfcc, 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87
                                        + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn align(t: i64, step: i64) -> i64 {
    t - t.rem_euclid(step)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
#[path = "spike_tests.rs"]
mod tests;
