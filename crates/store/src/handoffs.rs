//! What goes in and comes out of the expert directory and handoffs, and the
//! decisions both backends make inside their write transactions.
//!
//! Asking, answering, declining and expiring each change two rows (the
//! handoff and its case) and append an audit entry; the domain decides, and
//! the functions here put the decisions together once so that SQLite and
//! PostgreSQL cannot differ in what they write (see decision 001).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use switchboard_domain::handoff::{case_on_ask, case_on_close, check_ask, settle, HandoffOutcome};
use switchboard_domain::{
    AgentId, Availability, Case, CaseId, CaseStatus, DomainError, Expert, ExpertId, Handoff,
    HandoffId, HandoffPriority, HandoffState, Locale, SlaPolicy, WorkingHours,
};
use ts_rs::TS;

use crate::NewExpert;

/// Everything a person edits about an expert (the id, retirement and the
/// figures are not edited).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExpertProfile {
    pub name: String,
    pub department: String,
    pub topics: Vec<String>,
    /// Language subtags: `de`, `fr`, `en`.
    pub languages: Vec<String>,
    pub time_zone: String,
    pub email: String,
    pub chat: String,
    pub availability: Availability,
    pub hours: WorkingHours,
}

impl From<&NewExpert> for ExpertProfile {
    /// A minimal expert: available, office hours, no chat handle.
    fn from(n: &NewExpert) -> Self {
        ExpertProfile {
            name: n.name.clone(),
            department: n.department.clone(),
            topics: n.topics.clone(),
            languages: n.languages.clone(),
            time_zone: n.time_zone.clone(),
            email: n.email.clone(),
            chat: String::new(),
            availability: Availability::Available,
            hours: WorkingHours::default(),
        }
    }
}

impl ExpertProfile {
    /// The editable part of an expert.
    pub fn from_expert(e: &Expert) -> ExpertProfile {
        ExpertProfile {
            name: e.name.clone(),
            department: e.department.clone(),
            topics: e.topics.clone(),
            languages: e.languages.clone(),
            time_zone: e.time_zone.clone(),
            email: e.email.clone(),
            chat: e.chat.clone(),
            availability: e.availability,
            hours: e.hours,
        }
    }
}

/// What an import did. Experts are matched by e-mail (case-insensitive):
/// a known address updates that expert, a new one adds an expert, and a
/// known one whose profile is already exactly the row is left alone
/// (counted, not rewritten).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
pub struct ImportSummary {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

/// A question an agent sends from a case to an expert.
#[derive(Debug, Clone)]
pub struct HandoffAsk {
    pub case_id: CaseId,
    pub expert_id: ExpertId,
    pub question: String,
    pub excerpt: String,
    pub priority: HandoffPriority,
    pub asked_by: Option<AgentId>,
    /// Who asked, as the audit trail names them.
    pub actor: String,
    pub asked_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
}

/// A handoff as the expert's list shows it: with the case's community, the
/// customer's language and the case's subject.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExpertHandoff {
    #[serde(flatten)]
    pub handoff: Handoff,
    pub community: String,
    /// The community's locale: the language the customer writes in.
    pub locale: Locale,
    pub case_subject: String,
    pub case_status: CaseStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuditKind {
    HandoffAsked,
    HandoffAnswered,
    HandoffDeclined,
    HandoffExpired,
    /// An agent took a case over from the colleague who held it (`detail`
    /// names the colleague).
    TakenOver,
    /// The page hid the fan's public comment(s) with personal data in them
    /// (`detail` lists the comment ids).
    CommentHidden,
    /// The case was answered with the rest of its crisis cluster (`detail`
    /// names the cluster and the template; the actor is the agent, marked
    /// as a helper when they joined for the crisis).
    ClusterReply,
    /// A helper who joined for the crisis replied on the case (`detail`
    /// starts the reply; the database writes it, see 0021_helper_audit).
    HelperReply,
}

impl AuditKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditKind::HandoffAsked => "handoff_asked",
            AuditKind::HandoffAnswered => "handoff_answered",
            AuditKind::HandoffDeclined => "handoff_declined",
            AuditKind::HandoffExpired => "handoff_expired",
            AuditKind::TakenOver => "taken_over",
            AuditKind::CommentHidden => "comment_hidden",
            AuditKind::ClusterReply => "cluster_reply",
            AuditKind::HelperReply => "helper_reply",
        }
    }

    pub fn parse(s: &str) -> Option<AuditKind> {
        [
            AuditKind::HandoffAsked,
            AuditKind::HandoffAnswered,
            AuditKind::HandoffDeclined,
            AuditKind::HandoffExpired,
            AuditKind::TakenOver,
            AuditKind::CommentHidden,
            AuditKind::ClusterReply,
            AuditKind::HelperReply,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// One event in a case's audit trail: who did what to whom, when, and what
/// was said (the question, the answer, the reason for a decline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AuditEntry {
    pub id: i64,
    pub case_id: CaseId,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: AuditKind,
    pub handoff_id: Option<HandoffId>,
    pub expert_id: Option<ExpertId>,
    pub expert_name: Option<String>,
    pub detail: String,
    /// Written by a helper who joined for the day (a team login with an
    /// end date); always false on SQLite, which has no helpers.
    pub helper: bool,
}

/// An audit entry about to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAudit {
    pub case_id: CaseId,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub kind: AuditKind,
    pub handoff_id: Option<HandoffId>,
    pub expert_id: Option<ExpertId>,
    pub detail: String,
}

/// The handoff row a backend inserts for `ask` (its id is the database's).
pub fn new_handoff(ask: &HandoffAsk) -> Handoff {
    Handoff {
        id: HandoffId(0),
        case_id: ask.case_id,
        expert_id: ask.expert_id,
        question: ask.question.trim().to_string(),
        excerpt: ask.excerpt.trim().to_string(),
        state: HandoffState::Requested,
        asked_at: ask.asked_at,
        due_at: ask.due_at,
        answered_at: None,
        answer: None,
        priority: ask.priority,
        asked_by: ask.asked_by,
        answered_by: None,
        declined_reason: None,
        closed_at: None,
    }
}

/// Asking `ask` on `case` (read inside the write transaction): the case as
/// it must be written. A retired expert is refused.
pub fn decide_ask(
    ask: &HandoffAsk,
    case: &Case,
    expert_name: &str,
    expert_retired: bool,
    policy: &SlaPolicy,
) -> Result<Case, DomainError> {
    if expert_retired {
        return Err(DomainError::ExpertRetired(expert_name.to_string()));
    }
    check_ask(&ask.question, ask.asked_at, ask.due_at)?;
    case_on_ask(case, policy, ask.asked_at)
}

/// The audit entry of a handoff just asked.
pub fn asked_audit(ask: &HandoffAsk, handoff: HandoffId) -> NewAudit {
    NewAudit {
        case_id: ask.case_id,
        at: ask.asked_at,
        actor: ask.actor.clone(),
        kind: AuditKind::HandoffAsked,
        handoff_id: Some(handoff),
        expert_id: Some(ask.expert_id),
        detail: ask.question.trim().to_string(),
    }
}

/// What closing a handoff writes: the handoff, its case and the audit entry.
#[derive(Debug, Clone)]
pub struct CloseWrite {
    pub handoff: Handoff,
    pub case: Case,
    pub audit: NewAudit,
}

/// Closing `handoff` with `outcome` at `at`, given its case and how many
/// *other* handoffs of that case are still open.
pub fn decide_close(
    handoff: &Handoff,
    case: &Case,
    others_open: usize,
    outcome: &HandoffOutcome,
    actor: &str,
    at: DateTime<Utc>,
    policy: &SlaPolicy,
) -> Result<CloseWrite, DomainError> {
    let closed = settle(handoff, outcome, at)?;
    let next = case_on_close(case, others_open, policy, at)?;
    let (kind, detail) = match closed.state {
        HandoffState::Answered => (
            AuditKind::HandoffAnswered,
            closed.answer.clone().unwrap_or_default(),
        ),
        HandoffState::Declined => (
            AuditKind::HandoffDeclined,
            closed.declined_reason.clone().unwrap_or_default(),
        ),
        // `settle` never leaves a handoff requested; expiry is the rest.
        HandoffState::Expired | HandoffState::Requested => {
            (AuditKind::HandoffExpired, String::new())
        }
    };
    Ok(CloseWrite {
        audit: NewAudit {
            case_id: handoff.case_id,
            at,
            actor: actor.to_string(),
            kind,
            handoff_id: Some(handoff.id),
            expert_id: Some(handoff.expert_id),
            detail,
        },
        handoff: closed,
        case: next,
    })
}
