//! The crisis desk: what someone who joins for a crisis day sees first
//! (docs/decisions/032-helpers.md). Only the communities a running crisis
//! covers, the playbook's guidance first, then the clusters of cases that
//! ask the same thing, then the cases that ask something of their own,
//! most urgent first. A helper (a team login with an end date) gets it
//! when the window opens; anyone can open it.

use crate::clusters::ClusterSummary;
use crate::crisis::CrisisView;
use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use switchboard_domain::{CaseId, CaseStatus, CommunityId, SlaState};
use ts_rs::TS;

/// Cases read at once for the list of single cases.
const READ_AHEAD: usize = 8;
/// Single cases read to find the most urgent: the oldest this many (on a
/// crisis day the oldest are the most urgent but for a few).
const SINGLES_READ: usize = 1_000;

/// A running crisis with what its playbook tells helpers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CrisisBrief {
    #[serde(flatten)]
    pub crisis: CrisisView,
    /// The playbook's name, when the crisis was declared from one.
    pub playbook_name: Option<String>,
    /// The playbook's guidance for helpers (what to answer, what not to,
    /// where the facts are); empty when there is none.
    pub guidance: String,
}

/// An open case of the crisis that asks something no other case asks.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CrisisCase {
    pub id: CaseId,
    pub community: String,
    pub status: CaseStatus,
    pub subject: String,
    pub sla_state: SlaState,
    /// Due time of its running clock, when one runs.
    pub due_at: Option<DateTime<Utc>>,
    pub opened_at: DateTime<Utc>,
}

/// The crisis desk as fronts show it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CrisisDesk {
    /// The running crises; none: there is no crisis today.
    pub crises: Vec<CrisisBrief>,
    /// The handles of the communities they cover that this login sees,
    /// sorted.
    pub communities: Vec<String>,
    /// When this login's membership ends, for a helper's.
    pub helper_until: Option<DateTime<Utc>>,
    /// Clusters of `min_size` cases or more of those communities, largest
    /// first.
    pub clusters: Vec<ClusterSummary>,
    /// Their other open cases, most urgent first, at most `limit`.
    pub cases: Vec<CrisisCase>,
    /// How many other open cases there are in all.
    pub cases_total: usize,
}

impl Desk {
    /// The crisis desk in `ui_locale`: clusters of `min_size` cases or more
    /// (two at least), then at most `limit` single cases.
    pub async fn crisis_desk(
        &self,
        ui_locale: &str,
        min_size: usize,
        limit: usize,
    ) -> DeskResult<CrisisDesk> {
        let store = self.store();
        let helper_until = self.team_login().await?.and_then(|l| l.until);
        let running = self.running_crises().await?;
        let playbooks = store.playbooks().await?;
        let pages = store.communities().await?;
        let covered: BTreeSet<String> = running
            .iter()
            .flat_map(|c| c.communities.iter().cloned())
            .collect();
        let ids: Vec<CommunityId> = pages
            .iter()
            .filter(|c| covered.contains(&c.handle))
            .map(|c| c.id)
            .collect();
        let crises = running
            .into_iter()
            .map(|crisis| {
                let playbook = crisis
                    .crisis
                    .playbook
                    .as_ref()
                    .and_then(|id| playbooks.iter().find(|p| &p.id == id));
                CrisisBrief {
                    playbook_name: playbook.map(|p| p.name.clone()),
                    guidance: playbook.map(|p| p.guidance.clone()).unwrap_or_default(),
                    crisis,
                }
            })
            .collect();
        let mut desk = CrisisDesk {
            crises,
            communities: pages
                .iter()
                .filter(|c| ids.contains(&c.id))
                .map(|c| c.handle.clone())
                .collect(),
            helper_until,
            clusters: Vec::new(),
            cases: Vec::new(),
            cases_total: 0,
        };
        desk.communities.sort();
        if ids.is_empty() {
            return Ok(desk);
        }
        // Every page covered: the live clusters; some: a reading of theirs.
        let scope: &[CommunityId] = if ids.len() == pages.len() { &[] } else { &ids };
        let all = self.crisis_clusters(scope, ui_locale, 1).await?;
        let min_size = min_size.max(2);
        let (clusters, singles): (Vec<ClusterSummary>, Vec<ClusterSummary>) =
            all.into_iter().partition(|c| c.size >= min_size);
        desk.clusters = clusters;
        let mut single_ids: Vec<CaseId> = singles.iter().flat_map(|c| c.case_ids.clone()).collect();
        desk.cases_total = single_ids.len();
        single_ids.sort();
        single_ids.truncate(SINGLES_READ);
        let handles: HashMap<CommunityId, String> =
            pages.into_iter().map(|c| (c.id, c.handle)).collect();
        let now = self.now();
        let mut cases = Vec::with_capacity(single_ids.len());
        let mut reads = futures_util::stream::iter(single_ids)
            .map(|id| async move { store.case(id).await })
            .buffered(READ_AHEAD);
        while let Some(case) = reads.next().await {
            let case = case?;
            if case.status == CaseStatus::Resolved {
                continue;
            }
            cases.push(CrisisCase {
                id: case.id,
                community: handles
                    .get(&case.community_id)
                    .cloned()
                    .unwrap_or_else(|| case.community_id.to_string()),
                status: case.status,
                subject: case.subject.clone(),
                sla_state: case.sla_state(now),
                due_at: case.urgency().map(|(_, due)| due),
                opened_at: case.opened_at,
            });
        }
        // Most urgent first: the earliest due, then the clockless, oldest
        // first.
        cases.sort_by_key(|c| (c.due_at.is_none(), c.due_at, c.opened_at, c.id));
        cases.truncate(limit);
        desk.cases = cases;
        Ok(desk)
    }
}
