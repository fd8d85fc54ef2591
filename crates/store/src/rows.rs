//! What goes into a store and what comes out of it, beyond the domain types.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use switchboard_domain::{
    AgentId, BrandId, Case, CaseId, CaseKind, CaseStatus, Community, CommunityId, CrisisId,
    ExpertId, Locale, MessageId, NewMessage, Platform, SlaState,
};
use ts_rs::TS;

#[derive(Debug, Clone)]
pub struct NewCommunity {
    pub brand_id: BrandId,
    pub locale: Locale,
    pub platform: Platform,
    pub page_id: String,
}

#[derive(Debug, Clone)]
pub struct NewAgent {
    pub name: String,
    pub initials: String,
    pub email: String,
}

#[derive(Debug, Clone)]
pub struct NewExpert {
    pub name: String,
    pub department: String,
    pub topics: Vec<String>,
    pub languages: Vec<String>,
    pub time_zone: String,
    pub email: String,
}

#[derive(Debug, Clone)]
pub struct NewHandoff {
    pub case_id: CaseId,
    pub expert_id: ExpertId,
    pub question: String,
    pub excerpt: String,
    pub asked_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    /// Some when the answer is already known (imports, demo data).
    pub answer: Option<(DateTime<Utc>, String)>,
}

/// A fan's message as a platform delivers it.
#[derive(Debug, Clone)]
pub struct InboundMessage {
    pub community_id: CommunityId,
    /// The platform's message id; unique within the community.
    pub external_id: String,
    /// The platform thread: conversation id, root comment id, post id.
    pub thread_key: String,
    pub kind: CaseKind,
    /// The fan's platform (page-scoped) id.
    pub contact_external_id: String,
    pub contact_name: String,
    pub body: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InboundEffect {
    /// The message opened a new case.
    NewCase,
    /// It joined a live case.
    Appended,
    /// It reopened a case resolved less than seven days before.
    Reopened,
    /// It opened a new case linked to an older resolved one.
    FollowUp { previous: CaseId },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum InboundOutcome {
    Stored {
        case_id: CaseId,
        message_id: MessageId,
        effect: InboundEffect,
    },
    /// Already stored: nothing changed.
    Duplicate {
        case_id: CaseId,
        message_id: MessageId,
    },
}

impl InboundOutcome {
    pub fn case_id(&self) -> CaseId {
        match self {
            InboundOutcome::Stored { case_id, .. } | InboundOutcome::Duplicate { case_id, .. } => {
                *case_id
            }
        }
    }

    pub fn message_id(&self) -> MessageId {
        match self {
            InboundOutcome::Stored { message_id, .. }
            | InboundOutcome::Duplicate { message_id, .. } => *message_id,
        }
    }
}

/// A change to one case: its new state, and the message it adds.
#[derive(Debug, Clone)]
pub struct CaseChange {
    pub case: Case,
    pub message: Option<NewMessage>,
    /// An entry for the case's audit trail, written with the change.
    pub audit: Option<crate::handoffs::NewAudit>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "agent", rename_all = "snake_case")]
pub enum AssigneeFilter {
    #[default]
    Anyone,
    Unassigned,
    Agent(AgentId),
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct QueueFilter {
    pub community: Option<CommunityId>,
    pub brand: Option<BrandId>,
    pub locale: Option<Locale>,
    /// Empty: every open status.
    pub statuses: Vec<CaseStatus>,
    pub assignee: AssigneeFilter,
    /// 0 means the default page size (50).
    pub limit: u32,
    pub offset: u32,
}

impl QueueFilter {
    pub const DEFAULT_LIMIT: u32 = 50;

    pub fn page_size(&self) -> u32 {
        if self.limit == 0 {
            Self::DEFAULT_LIMIT
        } else {
            self.limit
        }
    }
}

/// Which messages a search looks through: the communities, brand, locale,
/// statuses and assignee of their cases, as the queue beside the search
/// shows them. Unlike a queue, no status means every status: a search finds
/// resolved conversations too.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SearchFilter {
    pub community: Option<CommunityId>,
    pub brand: Option<BrandId>,
    pub locale: Option<Locale>,
    /// Empty: every status, resolved included.
    pub statuses: Vec<CaseStatus>,
    pub assignee: AssigneeFilter,
}

impl SearchFilter {
    /// The search over the cases a queue filter names (its statuses as
    /// given: none means every status here).
    pub fn of_queue(filter: &QueueFilter) -> Self {
        SearchFilter {
            community: filter.community,
            brand: filter.brand,
            locale: filter.locale.clone(),
            statuses: filter.statuses.clone(),
            assignee: filter.assignee,
        }
    }

    /// Whether it narrows the search at all.
    pub fn is_everything(&self) -> bool {
        self.community.is_none()
            && self.brand.is_none()
            && self.locale.is_none()
            && self.statuses.is_empty()
            && self.assignee == AssigneeFilter::Anyone
    }
}

/// One row of a queue: what the window's row shows and what a script
/// picks cases by, not the whole case (`Store::case` has that). A page is
/// read from an index that holds exactly these columns
/// (docs/decisions/029-queue-reads.md).
#[derive(Debug, Clone, Serialize, TS)]
pub struct QueueRow {
    pub id: CaseId,
    pub community_id: CommunityId,
    /// The community's handle (`brand/locale`).
    pub community: String,
    pub kind: CaseKind,
    pub thread_key: String,
    pub status: CaseStatus,
    pub subject: String,
    pub topic: Option<String>,
    pub contact_name: String,
    pub assignee_id: Option<AgentId>,
    pub assignee_initials: Option<String>,
    pub opened_at: DateTime<Utc>,
    pub last_inbound_at: DateTime<Utc>,
    pub crisis_id: Option<CrisisId>,
    pub sla_state: SlaState,
    /// At-risk time of the running clock, when one runs.
    pub risk_at: Option<DateTime<Utc>>,
    /// Due time of the running clock, when one runs.
    pub due_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CommunityCounts {
    #[serde(flatten)]
    pub community: Community,
    pub open: i64,
    pub at_risk: i64,
    pub breached: i64,
    /// The oldest unanswered fan message among open cases.
    pub oldest_waiting_since: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SearchHit {
    pub message_id: MessageId,
    pub case_id: CaseId,
    pub community: String,
    pub direction: switchboard_domain::Direction,
    pub author: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeEntity {
    /// The whole workspace was replaced (demo reset, import).
    Workspace,
    Community,
    Case,
    /// A message was recorded on a case (the case's own entry comes with
    /// it); lets a script that follows the desk see each message id.
    Message,
    /// A crisis was declared or ended, or its statement's posts changed.
    Crisis,
}

impl ChangeEntity {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeEntity::Workspace => "workspace",
            ChangeEntity::Community => "community",
            ChangeEntity::Case => "case",
            ChangeEntity::Message => "message",
            ChangeEntity::Crisis => "crisis",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "workspace" => Some(ChangeEntity::Workspace),
            "community" => Some(ChangeEntity::Community),
            "case" => Some(ChangeEntity::Case),
            "message" => Some(ChangeEntity::Message),
            "crisis" => Some(ChangeEntity::Crisis),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ChangeRecord {
    pub seq: i64,
    /// When the change was committed.
    pub at: DateTime<Utc>,
    pub entity: ChangeEntity,
    pub id: i64,
    pub community_id: Option<CommunityId>,
}

/// The columns a backend derives from a case on every write so that queues
/// and counts are index scans: the running clock's due and at-risk times,
/// and a sort key (running clocks by due time, then paused cases by age).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Urgency {
    pub due_at: Option<DateTime<Utc>>,
    pub risk_at: Option<DateTime<Utc>>,
    pub key: i64,
}

/// Paused and resolved cases sort after every running clock.
const PAUSED_BASE: i64 = 1 << 52;

impl Urgency {
    pub fn of(case: &Case) -> Urgency {
        match case.urgency() {
            Some((risk, due)) => Urgency {
                due_at: Some(due),
                risk_at: Some(risk),
                key: due.timestamp_millis(),
            },
            None => {
                let base = if case.status.is_open() {
                    PAUSED_BASE
                } else {
                    2 * PAUSED_BASE
                };
                Urgency {
                    due_at: None,
                    risk_at: None,
                    key: base + case.opened_at.timestamp_millis(),
                }
            }
        }
    }
}

/// The reply an agent is writing on a case, saved as they type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Draft {
    pub case_id: CaseId,
    pub agent_id: AgentId,
    pub body: String,
    pub updated_at: DateTime<Utc>,
}

/// A case written whole with its contact and messages: generated data for
/// benchmarks, where replaying a year through `record_inbound` one message
/// at a time would take hours. The case is final (status and SLA columns
/// decided by the domain's rules); `contact_id` is filled by the store.
#[derive(Debug, Clone)]
pub struct BulkCase {
    pub case: Case,
    pub contact_external_id: String,
    pub contact_name: String,
    pub messages: Vec<switchboard_domain::NewMessage>,
}

/// One inbound message, for spike detection: where, when, and from whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InboundArrival {
    pub community_id: CommunityId,
    pub at: DateTime<Utc>,
    pub contact_id: i64,
}

/// An open case and what its customer wrote, for crisis clusters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCaseText {
    pub case_id: CaseId,
    pub community_id: CommunityId,
    /// Its first inbound messages, oldest first (see `Store::open_case_texts`).
    pub messages: Vec<String>,
}
