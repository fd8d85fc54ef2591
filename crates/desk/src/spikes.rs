//! Spike alerts: the communities where many more people write than usual
//! (see `switchboard_domain::spike` for the rule), live or replayed over
//! any period of the stored history.

use crate::{Desk, DeskResult};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::collections::HashMap;
use switchboard_domain::spike::{episodes, Arrival, Episode, SpikeRules};
use switchboard_domain::CommunityId;
use ts_rs::TS;

/// How far back a live check evaluates, so that an episode that began a
/// while ago is still seen as one (and its first evaluation confirmed).
const LIVE_LOOKBACK: Duration = Duration::hours(3);

/// A community surging now, as the window marks it in the matrix.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Surge {
    pub community_id: CommunityId,
    pub handle: String,
    /// When its alert fired.
    pub fired_at: DateTime<Utc>,
    /// Distinct people in the window when it fired, and the most since.
    pub requesters: u32,
    pub peak: u32,
    /// The usual number of people in such a window, and the ratio.
    pub baseline: f64,
    pub ratio: f64,
}

/// The workspace note holding the thresholds (JSON of `SpikeRules`).
const RULES_NOTE: &str = "spike_rules";

/// One alert episode of one community.
#[derive(Debug, Clone, Serialize)]
pub struct SpikeAlert {
    pub community: String,
    pub community_id: CommunityId,
    #[serde(flatten)]
    pub episode: Episode,
}

impl Desk {
    /// The workspace's thresholds (the defaults until set).
    pub async fn spike_rules(&self) -> DeskResult<SpikeRules> {
        Ok(self
            .store()
            .workspace_note(RULES_NOTE)
            .await?
            .and_then(|json| serde_json::from_str::<SpikeRules>(&json).ok())
            .unwrap_or_default()
            .sane())
    }

    /// Keeps `rules` (brought into their usable ranges) for the workspace.
    pub async fn set_spike_rules(&self, rules: SpikeRules) -> DeskResult<SpikeRules> {
        let rules = rules.sane();
        let json = serde_json::to_string(&rules).map_err(|e| crate::DeskError::Io {
            path: RULES_NOTE.into(),
            reason: e.to_string(),
        })?;
        self.store()
            .set_workspace_note(RULES_NOTE, Some(&json))
            .await?;
        Ok(rules)
    }

    /// The communities whose alert is firing now (an episode that has not
    /// ended), for the matrix.
    pub async fn surges(&self) -> DeskResult<Vec<Surge>> {
        let now = self.now();
        Ok(self
            .spike_alerts(now - LIVE_LOOKBACK, now)
            .await?
            .into_iter()
            .filter(|a| a.episode.last_at.is_none())
            .map(|a| Surge {
                community_id: a.community_id,
                handle: a.community,
                fired_at: a.episode.fired_at,
                requesters: a.episode.requesters,
                peak: a.episode.peak,
                baseline: a.episode.baseline,
                ratio: a.episode.ratio,
            })
            .collect())
    }

    /// The alerts that fired in `(since, now]`, checked only when a
    /// 5-minute evaluation fell in that span (each check reads history).
    pub(crate) async fn spikes_fired(
        &self,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> DeskResult<Vec<SpikeAlert>> {
        let rules = self.spike_rules().await?;
        let step = i64::from(rules.step_minutes) * 60;
        if since.timestamp().div_euclid(step) == now.timestamp().div_euclid(step) {
            return Ok(Vec::new());
        }
        Ok(self
            .spike_alerts(now - LIVE_LOOKBACK, now)
            .await?
            .into_iter()
            .filter(|a| a.episode.fired_at > since && a.episode.fired_at <= now)
            .collect())
    }

    /// Every alert episode that fired between `from` and `to`, oldest
    /// first, as the live desk would have raised them.
    pub async fn spike_alerts(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> DeskResult<Vec<SpikeAlert>> {
        let rules = self.spike_rules().await?;
        let ranges = needed_ranges(&rules, from, to);
        // Each community's history from its first message on, read for all
        // of them at once, a statement per stretch.
        let mut history = Vec::new();
        for c in self.communities().await? {
            let Some(start) = self.store().first_inbound(c.id).await? else {
                continue;
            };
            if start <= to {
                history.push((c, start, Vec::<Arrival>::new()));
            }
        }
        let index: HashMap<CommunityId, usize> = history
            .iter()
            .enumerate()
            .map(|(i, (c, _, _))| (c.id, i))
            .collect();
        for &(a, b) in &ranges {
            let ids: Vec<CommunityId> = history
                .iter()
                .filter(|(_, start, _)| b > *start)
                .map(|(c, _, _)| c.id)
                .collect();
            for x in self.store().inbound_arrivals(&ids, a, b).await? {
                if let Some(&i) = index.get(&x.community_id) {
                    history[i].2.push(Arrival {
                        at: x.at,
                        requester: x.contact_id,
                    });
                }
            }
        }
        let mut out = Vec::new();
        for (c, start, arrivals) in history {
            let tz = self.store().sla_policy(c.id).await?.time_zone;
            for episode in episodes(&arrivals, start, tz, from, to, &rules) {
                out.push(SpikeAlert {
                    community: c.handle.clone(),
                    community_id: c.id,
                    episode,
                });
            }
        }
        out.sort_by_key(|a| a.episode.fired_at);
        Ok(out)
    }
}

/// The stretches of history the rule reads for evaluations from `from` to
/// `to`: the period itself with one window before it, and each compared
/// week and day around the same times (half an hour either side for the
/// three windows of a comparison point, and an hour for a daylight-saving
/// change), merged and in order. A live pass every few minutes reads a
/// day and a half of messages per community rather than four weeks.
fn needed_ranges(
    rules: &SpikeRules,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let rules = rules.sane();
    let window = Duration::minutes(i64::from(rules.window_minutes));
    let step = Duration::minutes(i64::from(rules.step_minutes));
    let slack = Duration::minutes(90);
    let end = to + Duration::seconds(1);
    let mut ranges = vec![(from - window - step * 2, end)];
    let back = (1..=rules.weeks)
        .map(|k| Duration::weeks(i64::from(k)))
        .chain((1..=rules.days).map(|d| Duration::days(i64::from(d))));
    for shift in back {
        ranges.push((from - shift - window - slack, end - shift + slack));
    }
    ranges.sort_by_key(|r| r.0);
    let mut merged: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for (a, b) in ranges {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_live_pass_reads_the_compared_stretches_only_in_order() {
        let to = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
        let from = to - Duration::minutes(5);
        let ranges = needed_ranges(&SpikeRules::default(), from, to);
        assert!(ranges.windows(2).all(|w| w[0].1 < w[1].0), "{ranges:?}");
        let hours: i64 = ranges
            .iter()
            .map(|(a, b)| (*b - *a).num_minutes())
            .sum::<i64>()
            / 60;
        // 11 compared points (4 weeks, 7 days) of about 4 hours, and now.
        assert!((30..=50).contains(&hours), "{hours} h in {ranges:?}");
        assert!(ranges[0].0 <= from - Duration::weeks(4) - Duration::minutes(90));
        assert_eq!(ranges.last().map(|r| r.1), Some(to + Duration::seconds(1)));
    }
}
