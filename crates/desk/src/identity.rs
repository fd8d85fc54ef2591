//! Who is acting. In team mode (PostgreSQL, a member's own login) the login
//! says it: the desk reads the login's membership once and every front
//! acts as that agent; a name picked in a menu or given with `--as` cannot
//! make a member someone else. Solo mode (SQLite, or the owner's login)
//! keeps the agent the person picked (decision 017).

use crate::team::TeamError;
use crate::{Desk, DeskError, DeskResult};
use switchboard_domain::{Agent, AgentId};
use switchboard_store::TeamLogin;

impl Desk {
    /// The membership of the login this desk is connected with, read once;
    /// None in solo mode.
    pub async fn team_login(&self) -> DeskResult<Option<TeamLogin>> {
        let login = self
            .login
            .get_or_try_init(|| async { self.store().team_login().await })
            .await?;
        Ok(login.clone())
    }

    /// The agent the login is, in team mode; None in solo mode, where the
    /// front keeps the agent the person picked.
    pub async fn login_agent(&self) -> DeskResult<Option<Agent>> {
        match self.team_login().await? {
            Some(login) => Ok(Some(self.agent(login.agent_id).await?)),
            None => Ok(None),
        }
    }

    /// The agent this person acts as: the login's in team mode, else the
    /// one they `chose` (or `no-agent` when they chose none).
    pub async fn me(&self, chosen: Option<AgentId>) -> DeskResult<Agent> {
        if let Some(agent) = self.login_agent().await? {
            return Ok(agent);
        }
        let id = chosen.ok_or(DeskError::NoAgent)?;
        match self.agent(id).await {
            Err(DeskError::UnknownAgent(_)) => Err(DeskError::NoAgent),
            other => other,
        }
    }

    /// The agent a command acts as, given `--as` (initials or name) or not:
    /// in team mode the login's agent, and a different one is refused; in
    /// solo mode the named agent, and none named is `no-agent`.
    pub async fn acting_as(&self, asked: Option<&str>) -> DeskResult<Agent> {
        let asked = asked.map(str::trim).filter(|s| !s.is_empty());
        match (self.login_agent().await?, asked) {
            (Some(me), None) => Ok(me),
            (Some(me), Some(asked)) if is(&me, asked) => Ok(me),
            (Some(me), Some(asked)) => Err(TeamError::ActingAsOther {
                asked: asked.to_string(),
                login: me.initials,
            }
            .into()),
            (None, Some(asked)) => self.agent_by_ref(asked).await,
            (None, None) => Err(DeskError::NoAgent),
        }
    }
}

/// Whether `reference` names `agent` (its initials in any case, or its
/// exact name), as `agent_by_ref` reads it.
fn is(agent: &Agent, reference: &str) -> bool {
    agent.initials.eq_ignore_ascii_case(reference) || agent.name.eq_ignore_ascii_case(reference)
}
