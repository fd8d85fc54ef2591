//! Presence: who is viewing or typing on which case right now, and who is
//! online in the workspace. Windows write it by heartbeats and read it by
//! polling a small table; it is not in the change log (a heartbeat every
//! ten seconds per window would flood every follower). How fresh a row
//! must be to count is the desk's rule: the store keeps the times and
//! filters by the instant it is given.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use switchboard_domain::{AgentId, CaseId, CommunityId};
use ts_rs::TS;

/// What an agent is doing on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PresenceKind {
    /// The case is open in their window.
    Viewing,
    /// They typed in the case's composer a moment ago.
    Typing,
}

impl PresenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PresenceKind::Viewing => "viewing",
            PresenceKind::Typing => "typing",
        }
    }
}

impl fmt::Display for PresenceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PresenceKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "viewing" => Ok(PresenceKind::Viewing),
            "typing" => Ok(PresenceKind::Typing),
            _ => Err(()),
        }
    }
}

/// One heartbeat: the agent is online at `at`, and (with a case) viewing
/// or typing on that case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heartbeat {
    pub agent_id: AgentId,
    pub case_id: Option<CaseId>,
    pub kind: PresenceKind,
    pub at: DateTime<Utc>,
}

/// Which cases' presence to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PresenceScope {
    /// Every case of the workspace (that the reader may see).
    All,
    /// These cases only.
    Cases(Vec<CaseId>),
    /// The cases of one community.
    Community(CommunityId),
}

/// An agent on a case, as of their latest heartbeat there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PresenceRow {
    pub case_id: CaseId,
    pub community_id: CommunityId,
    pub agent_id: AgentId,
    pub initials: String,
    pub name: String,
    pub kind: PresenceKind,
    pub seen_at: DateTime<Utc>,
}

/// An agent whose window beat recently, with or without a case open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OnlineAgent {
    pub agent_id: AgentId,
    pub initials: String,
    pub name: String,
    pub seen_at: DateTime<Utc>,
}
