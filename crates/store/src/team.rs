//! Team mode's rows: who a database login is on the desk (its agent and the
//! communities it may see), and the member list the administrator keeps.
//! Only PostgreSQL has logins of its own; a SQLite workspace has no team.

use chrono::{DateTime, Utc};
use serde::Serialize;
use switchboard_domain::{AgentId, CommunityId};

/// The membership of the login a store is connected with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamLogin {
    pub login: String,
    pub agent_id: AgentId,
    pub communities: Vec<CommunityId>,
    /// When the membership ends (a helper's), if it does.
    pub until: Option<DateTime<Utc>>,
}

/// What `team setup` did, step by step, for the administrator to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamSetup {
    /// The NOLOGIN role every member's login belongs to.
    pub group_role: String,
    /// Whether the group role was created now (false: it was there).
    pub created_group: bool,
    /// Whether team mode was switched on now (false: it already was).
    pub enabled_team_mode: bool,
    /// The schema's version after this run brought it up to date.
    pub schema_version: i64,
    /// Whether creating tables in the schema was taken away from every
    /// login (PUBLIC) now; None when this login may not change that.
    pub revoked_public_create: Option<bool>,
}

/// A member as `team add-member` records it.
#[derive(Debug, Clone)]
pub struct NewTeamMember {
    pub login: String,
    pub password: String,
    pub agent_id: AgentId,
    pub communities: Vec<CommunityId>,
    pub until: Option<DateTime<Utc>>,
}

/// One row of `team members`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamMember {
    pub login: String,
    pub agent_id: AgentId,
    pub initials: String,
    pub name: String,
    pub email: String,
    /// Community handles, sorted.
    pub communities: Vec<String>,
    pub until: Option<DateTime<Utc>>,
    /// Whether the login still exists on the server.
    pub login_exists: bool,
}
