//! The people around a case: fans (contacts), agents who answer, and the
//! experts elsewhere in the organisation who know the answer.

use crate::availability::{Availability, WorkingHours};
use crate::handoff::HandoffPriority;
use crate::ids::{AgentId, CaseId, CommunityId, ContactId, ExpertId, HandoffId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

/// A fan, as one platform knows them on one page (Messenger ids are
/// page-scoped, so a contact belongs to a community).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Contact {
    pub id: ContactId,
    pub community_id: CommunityId,
    /// The platform's user id (page-scoped), or `direct:<name>` for messages
    /// that reached the team by another channel.
    pub external_id: String,
    pub name: String,
}

/// A member of the social team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agent {
    pub id: AgentId,
    pub name: String,
    pub initials: String,
    pub email: String,
}

/// Someone anywhere in the organisation who can answer a kind of question.
/// Shared by every community of the workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Expert {
    pub id: ExpertId,
    pub name: String,
    pub department: String,
    pub topics: Vec<String>,
    /// Language subtags: `de`, `fr`, `en`.
    pub languages: Vec<String>,
    /// IANA zone of the expert's working hours: `Europe/Zurich`.
    pub time_zone: String,
    pub email: String,
    /// Chat handle (Teams, Slack...), empty when unknown.
    pub chat: String,
    pub availability: Availability,
    pub hours: WorkingHours,
    /// Set when the expert no longer takes handoffs; kept for the figures
    /// and the audit trail of the cases they answered.
    pub retired_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HandoffState {
    Requested,
    Answered,
    Declined,
    Expired,
}

impl HandoffState {
    pub fn as_str(self) -> &'static str {
        match self {
            HandoffState::Requested => "requested",
            HandoffState::Answered => "answered",
            HandoffState::Declined => "declined",
            HandoffState::Expired => "expired",
        }
    }
}

impl fmt::Display for HandoffState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for HandoffState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "requested" => Ok(HandoffState::Requested),
            "answered" => Ok(HandoffState::Answered),
            "declined" => Ok(HandoffState::Declined),
            "expired" => Ok(HandoffState::Expired),
            other => Err(other.to_string()),
        }
    }
}

/// A question sent from a case to an expert, with its context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Handoff {
    pub id: HandoffId,
    pub case_id: CaseId,
    pub expert_id: ExpertId,
    pub question: String,
    pub excerpt: String,
    pub state: HandoffState,
    pub asked_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answer: Option<String>,
    pub priority: HandoffPriority,
    /// The agent who asked (None for imported or demo handoffs).
    pub asked_by: Option<AgentId>,
    /// Who the answer came from, as recorded (the expert, or the agent who
    /// typed in an answer that came back by e-mail).
    pub answered_by: Option<String>,
    pub declined_reason: Option<String>,
    /// When the handoff left `requested` (answered, declined or expired).
    pub closed_at: Option<DateTime<Utc>>,
}
