//! Reports: how the desk kept its promise over a period, in total and by
//! community, brand, locale, channel, agent, topic or crisis. The figures
//! and their definitions are the domain's (`domain::report`); this reads
//! the cases and the policy each ran under, and groups them.

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use switchboard_domain::report::{Figures, Period, ReportCase, Tally};
use switchboard_domain::{CaseId, CommunityId, CrisisId, SlaPolicy};
use ts_rs::TS;

/// Cases read per page: a year is never held whole.
const PAGE: u32 = 20_000;

/// What a report's groups are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    Community,
    Brand,
    Locale,
    /// messenger, comment, visitor_post, direct.
    Channel,
    /// The assignee's initials, or `unassigned`.
    Agent,
    /// The case's topic, or `none`.
    Topic,
    /// `crisis:<id> <name>`, or `normal`.
    Crisis,
}

impl GroupBy {
    pub const ALL: [GroupBy; 7] = [
        GroupBy::Community,
        GroupBy::Brand,
        GroupBy::Locale,
        GroupBy::Channel,
        GroupBy::Agent,
        GroupBy::Topic,
        GroupBy::Crisis,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Community => "community",
            GroupBy::Brand => "brand",
            GroupBy::Locale => "locale",
            GroupBy::Channel => "channel",
            GroupBy::Agent => "agent",
            GroupBy::Topic => "topic",
            GroupBy::Crisis => "crisis",
        }
    }

    pub fn parse(s: &str) -> DeskResult<GroupBy> {
        GroupBy::ALL
            .into_iter()
            .find(|g| g.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| DeskError::BadInput {
                field: "grouping (community, brand, locale, channel, agent, topic, crisis)",
                value: s.to_string(),
            })
    }
}

/// One group's figures.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReportGroup {
    pub key: String,
    #[serde(flatten)]
    pub figures: Figures,
}

/// `{"from", "to", "total", "groups"}`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Report {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub by: Option<GroupBy>,
    pub total: Figures,
    pub groups: Vec<ReportGroup>,
}

impl Desk {
    /// The report of `[from, to)`, grouped by `by` when given.
    pub async fn report(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        by: Option<GroupBy>,
    ) -> DeskResult<Report> {
        if to <= from {
            return Err(DeskError::BadInput {
                field: "to",
                value: to.to_rfc3339(),
            });
        }
        let store = self.store();
        let communities = store.communities().await?;
        let mut policies: HashMap<CommunityId, SlaPolicy> = HashMap::new();
        for c in &communities {
            policies.insert(c.id, store.sla_policy(c.id).await?);
        }
        let crises: HashMap<CrisisId, switchboard_domain::Crisis> = store
            .crises()
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        let agents: HashMap<_, _> = store
            .agents()
            .await?
            .into_iter()
            .map(|a| (a.id, a.initials))
            .collect();
        let by_id: HashMap<CommunityId, &switchboard_domain::Community> =
            communities.iter().map(|c| (c.id, c)).collect();
        let period = Period {
            from,
            to,
            end: to.min(self.now()),
        };
        let key = |case: &ReportCase| -> String {
            let community = by_id.get(&case.community_id);
            match by {
                None => String::new(),
                Some(GroupBy::Community) => {
                    community.map_or_else(String::new, |c| c.handle.clone())
                }
                Some(GroupBy::Brand) => {
                    community.map_or_else(String::new, |c| c.brand_slug.clone())
                }
                Some(GroupBy::Locale) => {
                    community.map_or_else(String::new, |c| c.locale.to_string())
                }
                Some(GroupBy::Channel) => case.kind.as_str().to_string(),
                Some(GroupBy::Agent) => case
                    .assignee_id
                    .and_then(|a| agents.get(&a).cloned())
                    .unwrap_or_else(|| "unassigned".into()),
                Some(GroupBy::Topic) => case.topic.clone().unwrap_or_else(|| "none".into()),
                Some(GroupBy::Crisis) => match case.crisis_id.and_then(|id| crises.get(&id)) {
                    Some(c) => format!("crisis:{} {}", c.id, c.name),
                    None => "normal".into(),
                },
            }
        };
        let mut total = Tally::default();
        let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
        let fallback = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
        let crisis_policies: HashMap<(CommunityId, CrisisId), SlaPolicy> = crises
            .values()
            .flat_map(|c| {
                policies
                    .iter()
                    .map(move |(community, p)| ((*community, c.id), c.terms.apply(p)))
            })
            .collect();
        let mut after = CaseId(0);
        loop {
            let page = store.report_cases(from, to, after, PAGE).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            for case in &page {
                let policy = case
                    .crisis_id
                    .and_then(|id| crisis_policies.get(&(case.community_id, id)))
                    .or_else(|| policies.get(&case.community_id))
                    .unwrap_or(&fallback);
                total.add(case, policy, &period);
                if by.is_some() {
                    groups
                        .entry(key(case))
                        .or_default()
                        .add(case, policy, &period);
                }
            }
            if page.len() < PAGE as usize {
                break;
            }
        }
        Ok(Report {
            from,
            to,
            by,
            total: total.finish(),
            groups: groups
                .into_iter()
                .map(|(key, t)| ReportGroup {
                    key,
                    figures: t.finish(),
                })
                .collect(),
        })
    }
}
