//! Reports: how the desk kept its promise over a period, in total and by
//! community, brand, locale, channel, agent, topic or crisis. The figures
//! and their definitions are the domain's (`domain::report`); this reads
//! the cases and the policy each ran under, and groups them.

use crate::{Desk, DeskError, DeskResult};

mod dashboard;
mod facts;
mod sums;
mod topics;
use chrono::{DateTime, Utc};
pub use dashboard::Dashboard;
use serde::Serialize;
use std::collections::HashMap;
pub use sums::WeekFigures;
use switchboard_domain::report::{outcome, CaseOutcome, Figures, Kept, Period, ReportCase};
use switchboard_domain::{CaseId, CommunityId, CrisisId, SlaPolicy};
pub use topics::{TopicCommunity, TopicFigures, TopicSample};
use ts_rs::TS;

/// Cases read per page: a year is never held whole.
const PAGE: u32 = 20_000;

/// What a report's groups are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
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

/// One case of a report, as a per-case export shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CaseLine {
    pub case_id: switchboard_domain::CaseId,
    pub community: String,
    pub channel: String,
    pub agent: String,
    pub topic: String,
    pub crisis: String,
    pub status: String,
    pub opened_at: DateTime<Utc>,
    pub first_response_due: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub first_response: Option<Kept>,
    pub first_response_s: Option<i64>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub resolution: Option<Kept>,
    pub resolution_s: Option<i64>,
    /// Business seconds it waited for the customer.
    pub waited_s: i64,
    pub backlog: bool,
}

/// What a report needs beside the cases: the policy each ran under and
/// the names of its keys.
struct Context {
    communities: HashMap<CommunityId, switchboard_domain::Community>,
    policies: HashMap<CommunityId, SlaPolicy>,
    crisis_policies: HashMap<(CommunityId, CrisisId), SlaPolicy>,
    crises: HashMap<CrisisId, switchboard_domain::Crisis>,
    agents: HashMap<switchboard_domain::AgentId, String>,
    fallback: SlaPolicy,
}

impl Context {
    fn policy(&self, case: &ReportCase) -> &SlaPolicy {
        case.crisis_id
            .and_then(|id| self.crisis_policies.get(&(case.community_id, id)))
            .or_else(|| self.policies.get(&case.community_id))
            .unwrap_or(&self.fallback)
    }

    /// A case's group under `by` as the report facts store it (see
    /// `store::FactKey`): an id, a kind or a topic as text.
    fn stored(by: GroupBy, case: &ReportCase) -> Option<String> {
        match by {
            GroupBy::Community | GroupBy::Brand | GroupBy::Locale => {
                Some(case.community_id.0.to_string())
            }
            GroupBy::Channel => Some(case.kind.as_str().to_string()),
            GroupBy::Agent => case.assignee_id.map(|a| a.0.to_string()),
            GroupBy::Topic => case.topic.clone(),
            GroupBy::Crisis => case.crisis_id.map(|c| c.0.to_string()),
        }
    }

    fn key(&self, by: GroupBy, case: &ReportCase) -> String {
        self.name(by, Context::stored(by, case).as_deref())
    }

    /// The name of a group from its stored key.
    fn name(&self, by: GroupBy, stored: Option<&str>) -> String {
        let id = stored.and_then(|s| s.parse::<i64>().ok());
        let community = id.and_then(|id| self.communities.get(&CommunityId(id)));
        match by {
            GroupBy::Community => community.map_or_else(String::new, |c| c.handle.clone()),
            GroupBy::Brand => community.map_or_else(String::new, |c| c.brand_slug.clone()),
            GroupBy::Locale => community.map_or_else(String::new, |c| c.locale.to_string()),
            GroupBy::Channel => stored.unwrap_or_default().to_string(),
            GroupBy::Agent => id
                .and_then(|a| self.agents.get(&switchboard_domain::AgentId(a)).cloned())
                .unwrap_or_else(|| "unassigned".into()),
            GroupBy::Topic => stored.map_or_else(|| "none".into(), str::to_string),
            GroupBy::Crisis => match id.and_then(|id| self.crises.get(&CrisisId(id))) {
                Some(c) => format!("crisis:{} {}", c.id, c.name),
                None => "normal".into(),
            },
        }
    }

    /// What the facts were computed with: every policy and crisis term. A
    /// change of any gives another basis, and the facts are built again.
    fn basis(&self) -> String {
        let mut parts: Vec<String> = self
            .policies
            .iter()
            .map(|(c, p)| format!("{}:{}", c.0, serde_json::to_string(p).unwrap_or_default()))
            .collect();
        parts.extend(self.crises.values().map(|c| {
            format!(
                "crisis{}:{}/{}",
                c.id, c.terms.first_response_minutes, c.terms.resolution_minutes
            )
        }));
        parts.sort();
        // FNV-1a: stable across builds, unlike the standard library's hasher.
        let hash = parts
            .join("\n")
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        format!("v1:{hash:016x}")
    }
}

impl Desk {
    /// The period `[from, to)`, read now or at its end.
    fn period(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> DeskResult<Period> {
        if to <= from {
            return Err(DeskError::BadInput {
                field: "to",
                value: to.to_rfc3339(),
            });
        }
        Ok(Period {
            from,
            to,
            end: to.min(self.now()),
        })
    }

    async fn report_context(&self) -> DeskResult<Context> {
        let store = self.store();
        let mut communities = HashMap::new();
        let mut policies = HashMap::new();
        for c in store.communities().await? {
            policies.insert(c.id, store.sla_policy(c.id).await?);
            communities.insert(c.id, c);
        }
        let crises: HashMap<CrisisId, switchboard_domain::Crisis> = store
            .crises()
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        let crisis_policies = crises
            .values()
            .flat_map(|c| {
                policies
                    .iter()
                    .map(move |(community, p): (&CommunityId, &SlaPolicy)| {
                        ((*community, c.id), c.terms.apply(p))
                    })
            })
            .collect();
        let agents = store
            .agents()
            .await?
            .into_iter()
            .map(|a| (a.id, a.initials))
            .collect();
        Ok(Context {
            communities,
            policies,
            crisis_policies,
            crises,
            agents,
            fallback: SlaPolicy::default_in(chrono_tz::Europe::Zurich),
        })
    }

    /// Calls `f` with every case of the report of `[from, to)`, its
    /// outcome, and the context, page by page.
    async fn each_case(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        mut f: impl FnMut(&ReportCase, &CaseOutcome, &Context),
    ) -> DeskResult<()> {
        let period = self.period(from, to)?;
        let cx = self.report_context().await?;
        let mut after = CaseId(0);
        loop {
            let page = self.store().report_cases(from, to, after, PAGE).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            for case in &page {
                f(case, &outcome(case, cx.policy(case), &period), &cx);
            }
            if page.len() < PAGE as usize {
                break;
            }
        }
        Ok(())
    }

    /// Every case of the report of `[from, to)` with its clocks and how it
    /// counts, to `f`, in id order (a year is never held whole).
    pub async fn report_lines(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        mut f: impl FnMut(CaseLine),
    ) -> DeskResult<()> {
        self.each_case(from, to, |case, o, cx| f(line(case, o, cx)))
            .await
    }

    /// The cases behind one group of a report (all of them when `by` is
    /// None), at most `limit`, newest opened first: a report's drill-down.
    /// With `hour`, only the cases opened in that hour of the week (0 for
    /// Monday 00:00–01:00, in their community's time zone): a cell of the
    /// hour-of-week map.
    pub async fn report_drill(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        by: Option<GroupBy>,
        key: &str,
        hour: Option<u16>,
        limit: usize,
    ) -> DeskResult<Vec<CaseLine>> {
        let mut out = Vec::new();
        self.each_case(from, to, |case, o, cx| {
            if by.is_some_and(|b| cx.key(b, case) != key) {
                return;
            }
            if !(o.opened || o.resolved || o.backlog) {
                return;
            }
            if hour.is_some() && o.opened_hour_of_week != hour {
                return;
            }
            out.push(line(case, o, cx));
        })
        .await?;
        out.sort_by(|a, b| {
            b.opened_at
                .cmp(&a.opened_at)
                .then(b.case_id.cmp(&a.case_id))
        });
        out.truncate(limit);
        Ok(out)
    }
}

fn line(case: &ReportCase, o: &CaseOutcome, cx: &Context) -> CaseLine {
    CaseLine {
        case_id: case.id,
        community: cx.key(GroupBy::Community, case),
        channel: cx.key(GroupBy::Channel, case),
        agent: cx.key(GroupBy::Agent, case),
        topic: cx.key(GroupBy::Topic, case),
        crisis: cx.key(GroupBy::Crisis, case),
        status: case.status.as_str().to_string(),
        opened_at: case.opened_at,
        first_response_due: case.first_response_due,
        first_response_at: case.first_response_at,
        first_response: o.first_response,
        first_response_s: o.first_response_s,
        resolved_at: case.resolved_at,
        resolution: o.resolution,
        resolution_s: o.resolution_s,
        waited_s: case.resolution_paused_secs,
        backlog: o.backlog,
    }
}
