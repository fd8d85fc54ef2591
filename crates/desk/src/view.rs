//! What fronts ask for and get back, beyond the store's rows: pages of a
//! queue, errors as `{code, args}`. These types cross the desktop's IPC, so
//! TypeScript declarations are generated from them (ui/src/lib/bindings.ts).

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use switchboard_domain::{Agent, AgentId, CaseId};
use switchboard_store::{Draft, QueueFilter, QueueRow};
use ts_rs::TS;

/// An error as every front receives it: a stable code and named arguments,
/// turned into a sentence by the front with `error-<code>` from app.ftl.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ErrorPayload {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl From<DeskError> for ErrorPayload {
    fn from(e: DeskError) -> Self {
        ErrorPayload {
            code: e.code().to_string(),
            args: e
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        }
    }
}

impl From<switchboard_store::StoreError> for ErrorPayload {
    fn from(e: switchboard_store::StoreError) -> Self {
        ErrorPayload::from(DeskError::Store(e))
    }
}

/// The open workspace as a window shows it: where it is, which backend, its
/// agents (to choose "me" from), the agent the database login is in team
/// mode (then "me" is that agent and is not chosen) and this person's
/// settings.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WorkspaceInfo {
    pub url: String,
    #[ts(type = "\"sqlite\" | \"postgres\"")]
    pub backend: &'static str,
    pub agents: Vec<Agent>,
    pub login_agent: Option<Agent>,
    /// When the login's membership ends: it is a helper's, who joined for
    /// a crisis day (the window opens on the crisis desk).
    pub helper_until: Option<DateTime<Utc>>,
    pub settings: crate::Settings,
}

/// One page of a queue and how many cases the whole queue holds.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    pub total: i64,
    pub offset: u32,
}

impl Desk {
    pub async fn queue_page(&self, filter: &QueueFilter) -> DeskResult<QueuePage> {
        let store = self.store();
        let (rows, total) =
            tokio::try_join!(store.queue(filter, self.now()), store.queue_count(filter))?;
        Ok(QueuePage {
            rows,
            total,
            offset: filter.offset,
        })
    }

    /// Saves what `agent` is writing on a case (an empty body deletes it).
    pub async fn save_draft(&self, case: CaseId, agent: AgentId, body: &str) -> DeskResult<()> {
        Ok(self
            .store()
            .save_draft(&Draft {
                case_id: case,
                agent_id: agent,
                body: body.to_string(),
                updated_at: self.now(),
            })
            .await?)
    }

    pub async fn draft(&self, case: CaseId, agent: AgentId) -> DeskResult<Option<Draft>> {
        Ok(self.store().draft(case, agent).await?)
    }

    /// Cases whose clock became at risk or breached in `(after, until]`.
    pub async fn sla_alerts(
        &self,
        after: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> DeskResult<Vec<QueueRow>> {
        Ok(self.store().sla_crossings(after, until).await?)
    }
}
