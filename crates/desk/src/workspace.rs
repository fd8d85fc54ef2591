//! What fronts read about the open workspace itself: which backend and
//! agents it has, who "me" is, single rows by id, and how each connected
//! community's sync stands with the replies it still has to send. Fronts
//! call these instead of the store (docs/decisions/014-desk-boundary.md).

use crate::{Desk, DeskError, DeskResult, Settings, WorkspaceInfo};
use serde::Serialize;
use std::collections::HashMap;
use switchboard_domain::{Agent, AgentId, Case, CaseId, Community, CommunityId, Expert, ExpertId};
use switchboard_store::{Connection, OutboxState, StoreError};

/// The most pending replies counted per community in an overview.
const PENDING_COUNTED: u32 = 10_000;

/// A connected community as `switchboard connections` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConnectionOverview {
    /// The community's handle (`lakeline/fr-CH`).
    pub community: String,
    pub connection: Connection,
    /// Replies in its outbox waiting to be sent.
    pub pending_replies: u64,
}

/// A page as the demo's fake Graph server serves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageName {
    pub page_id: String,
    /// `Lakeline (fr-CH)`.
    pub name: String,
    pub locale: String,
}

/// The workspace note set while a generated dataset is being written
/// (`switchboard bench generate`) and cleared once it is whole.
pub const INCOMPLETE: &str = "incomplete";

impl Desk {
    /// What left the workspace incomplete (`bench generate` stopped
    /// halfway), or None when it is whole.
    pub async fn incomplete(&self) -> DeskResult<Option<String>> {
        Ok(self.store().workspace_note(INCOMPLETE).await?)
    }

    /// Why the workspace is open read-only (a file this user may not write,
    /// or a damaged one), if it is.
    pub fn read_only(&self) -> Option<switchboard_store::ReadOnly> {
        self.store().read_only()
    }

    /// The open workspace as a window shows it; `url` and `settings` are the
    /// front's own.
    pub async fn workspace_info(
        &self,
        url: String,
        settings: Settings,
    ) -> DeskResult<WorkspaceInfo> {
        Ok(WorkspaceInfo {
            url,
            backend: self.store().backend(),
            agents: self.store().agents().await?,
            login_agent: self.login_agent().await?,
            helper_until: self.team_login().await?.and_then(|l| l.until),
            settings,
        })
    }

    /// The agent with this id, or `unknown-agent`.
    ///
    /// The store has no read of one agent by id yet, so this looks the
    /// agent up among all of them (a workspace has a handful).
    pub async fn agent(&self, id: AgentId) -> DeskResult<Agent> {
        self.store()
            .agents()
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| DeskError::UnknownAgent(id.to_string()))
    }

    pub async fn case(&self, id: CaseId) -> DeskResult<Case> {
        Ok(self.store().case(id).await?)
    }

    pub async fn community(&self, id: CommunityId) -> DeskResult<Community> {
        Ok(self.store().community(id).await?)
    }

    /// The workspace's brands, by name.
    pub async fn brands(&self) -> DeskResult<Vec<switchboard_domain::Brand>> {
        Ok(self.store().brands().await?)
    }

    pub async fn communities(&self) -> DeskResult<Vec<Community>> {
        Ok(self.store().communities().await?)
    }

    pub async fn expert(&self, id: ExpertId) -> DeskResult<Expert> {
        Ok(self.store().expert(id).await?)
    }

    /// Each connected community and how its sync stands.
    pub async fn connections(&self) -> DeskResult<Vec<Connection>> {
        Ok(self.store().connections().await?)
    }

    /// Each connected community with its handle and the replies its
    /// outbox still has to send (up to 10 000 counted).
    pub async fn connections_overview(&self) -> DeskResult<Vec<ConnectionOverview>> {
        let handles: HashMap<CommunityId, String> = self
            .store()
            .communities()
            .await?
            .into_iter()
            .map(|c| (c.id, c.handle))
            .collect();
        let mut pending: HashMap<CommunityId, u64> = HashMap::new();
        for item in self
            .store()
            .outbox_in_state(OutboxState::Pending, PENDING_COUNTED)
            .await?
        {
            *pending.entry(item.community_id).or_default() += 1;
        }
        self.store()
            .connections()
            .await?
            .into_iter()
            .map(|connection| {
                let id = connection.community_id;
                let community = handles
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| StoreError::not_found("community", id))?;
                Ok(ConnectionOverview {
                    community,
                    pending_replies: pending.get(&id).copied().unwrap_or(0),
                    connection,
                })
            })
            .collect()
    }

    /// Every community's page with the name a page of it would have
    /// (`Brand (locale)`), for the demo's fake Graph server.
    pub async fn page_names(&self) -> DeskResult<Vec<PageName>> {
        Ok(self
            .store()
            .communities()
            .await?
            .into_iter()
            .map(|c| PageName {
                name: format!("{} ({})", c.brand_name, c.locale),
                locale: c.locale.to_string(),
                page_id: c.page_id,
            })
            .collect())
    }
}
