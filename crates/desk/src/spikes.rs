//! Spike alerts: the communities where many more people write than usual
//! (see `switchboard_domain::spike` for the rule), live or replayed over
//! any period of the stored history.

use crate::{Desk, DeskResult};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use switchboard_domain::spike::{episodes, Arrival, Episode, SpikeRules};
use switchboard_domain::CommunityId;

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

    /// Every alert episode that fired between `from` and `to`, oldest
    /// first, as the live desk would have raised them.
    pub async fn spike_alerts(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> DeskResult<Vec<SpikeAlert>> {
        let rules = self.spike_rules().await?;
        // The baseline looks back this far before `from`.
        let reach = Duration::weeks(i64::from(rules.weeks))
            + Duration::days(1)
            + Duration::minutes(i64::from(rules.window_minutes) + 120);
        let mut out = Vec::new();
        for c in self.communities().await? {
            let Some(start) = self.store().first_inbound(c.id).await? else {
                continue;
            };
            if start > to {
                continue;
            }
            let arrivals: Vec<Arrival> = self
                .store()
                .inbound_arrivals(c.id, (from - reach).max(start), to + Duration::seconds(1))
                .await?
                .into_iter()
                .map(|a| Arrival {
                    at: a.at,
                    requester: a.contact_id,
                })
                .collect();
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
