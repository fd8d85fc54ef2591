//! A case: one customer matter in one community.

use crate::ids::{AgentId, CaseId, CommunityId, ContactId};
use crate::sla::{SlaClocks, SlaState};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    New,
    Open,
    WaitingCustomer,
    WaitingExpert,
    Resolved,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 5] = [
        CaseStatus::New,
        CaseStatus::Open,
        CaseStatus::WaitingCustomer,
        CaseStatus::WaitingExpert,
        CaseStatus::Resolved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::New => "new",
            CaseStatus::Open => "open",
            CaseStatus::WaitingCustomer => "waiting_customer",
            CaseStatus::WaitingExpert => "waiting_expert",
            CaseStatus::Resolved => "resolved",
        }
    }

    /// Every status but `resolved` belongs to a queue.
    pub fn is_open(self) -> bool {
        self != CaseStatus::Resolved
    }
}

impl fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CaseStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        CaseStatus::ALL
            .into_iter()
            .find(|st| st.as_str() == norm)
            .ok_or_else(|| s.to_string())
    }
}

/// Where on the platform the conversation lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    /// A Messenger conversation with the page.
    Messenger,
    /// A fan's comment thread under one of the page's posts.
    Comment,
    /// A post a visitor wrote on the page.
    VisitorPost,
    /// Reached the team by another channel and was recorded by hand.
    Direct,
}

impl CaseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseKind::Messenger => "messenger",
            CaseKind::Comment => "comment",
            CaseKind::VisitorPost => "visitor_post",
            CaseKind::Direct => "direct",
        }
    }
}

impl fmt::Display for CaseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CaseKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "messenger" => Ok(CaseKind::Messenger),
            "comment" => Ok(CaseKind::Comment),
            "visitor_post" => Ok(CaseKind::VisitorPost),
            "direct" => Ok(CaseKind::Direct),
            other => Err(other.to_string()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Case {
    /// `CaseId(0)` until the store has assigned one.
    pub id: CaseId,
    pub community_id: CommunityId,
    pub contact_id: ContactId,
    pub kind: CaseKind,
    /// The platform thread this case follows (conversation id, root comment
    /// id, post id, or `direct:<name>`). New inbound on the same thread lands
    /// on the same case while the case is alive.
    pub thread_key: String,
    pub status: CaseStatus,
    pub assignee_id: Option<AgentId>,
    /// The first words of the first message, for queue rows.
    pub subject: String,
    /// What the case is about (`baggage-lost`, `refund`...), set by triage;
    /// matches template topics and expert topics.
    pub topic: Option<String>,
    /// The earlier case this one follows up, when a fan wrote again more than
    /// seven days after it was resolved.
    pub linked_case_id: Option<CaseId>,
    pub opened_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub last_inbound_at: DateTime<Utc>,
    /// The oldest inbound message not yet answered; None once replied.
    pub awaiting_reply_since: Option<DateTime<Utc>>,
    pub sla: SlaClocks,
    /// The crisis that was running over its community when the case
    /// opened: it runs under that crisis's terms, and reports count it
    /// with that crisis.
    pub crisis_id: Option<crate::crisis::CrisisId>,
    /// The fan's page-scoped id once the case moved to a private reply:
    /// their answers in Messenger join this case, and replies go there.
    pub private_psid: Option<String>,
    /// Snoozed: waiting for the customer, and back by itself at this time
    /// if they have not answered (see `lifecycle::snooze`).
    #[serde(default)]
    pub snoozed_until: Option<DateTime<Utc>>,
    /// Words the team files the case by beside its topic (`vip`, `press`).
    #[serde(default)]
    pub tags: Vec<String>,
}

impl Case {
    /// The running clock's (at-risk time, due time), or None when no clock
    /// runs (resolved, or resolution paused while waiting for the customer).
    pub fn urgency(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        self.sla.active(self.status)
    }

    pub fn sla_state(&self, now: DateTime<Utc>) -> SlaState {
        self.sla.state(self.status, now)
    }
}

/// The subject line of a case: the first 80 characters of its first message,
/// on one line.
pub fn subject_of(body: &str) -> String {
    let one_line: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = one_line.chars().take(80).collect();
    if one_line.chars().count() > 80 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_parse_from_their_names_and_dashes() {
        for st in CaseStatus::ALL {
            assert_eq!(st.as_str().parse::<CaseStatus>().unwrap(), st);
        }
        assert_eq!(
            "waiting-customer".parse::<CaseStatus>().unwrap(),
            CaseStatus::WaitingCustomer
        );
        assert!("closed".parse::<CaseStatus>().is_err());
    }

    #[test]
    fn subjects_are_one_line_and_cut_at_80_characters() {
        assert_eq!(subject_of("Hello\n  there"), "Hello there");
        let long = "é".repeat(100);
        let s = subject_of(&long);
        assert_eq!(s.chars().count(), 81);
        assert!(s.ends_with('…'));
    }
}
