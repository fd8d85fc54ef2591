//! The handoff state machine: requested → answered | declined | expired.
//!
//! A handoff is a question from a case to an expert with a due time. It is
//! open while `requested`; the three other states are final, so an answer
//! can never overwrite a decline and an expiry can never erase an answer.
//! `expired` is not a timer: it is written when someone (the desk, on any
//! read or on `switchboard handoff expire`) notices the due time has passed
//! with no answer. Until then a late answer is still accepted, and counts as
//! not in time in the figures. A reminder is due at 75 % of the way from
//! asking to due, like the SLA's at-risk mark.
//!
//! The case follows: asking moves it to `waiting_expert` (its resolution
//! clock keeps running: the customer still waits), and closing the last open
//! handoff moves it back to `open` so that an agent picks it up.

use crate::case::{Case, CaseStatus};
use crate::error::DomainError;
use crate::lifecycle::transition;
use crate::people::{Handoff, HandoffState};
use crate::sla::SlaPolicy;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum HandoffPriority {
    Low,
    #[default]
    Normal,
    High,
    Urgent,
}

impl HandoffPriority {
    pub const ALL: [HandoffPriority; 4] = [
        HandoffPriority::Low,
        HandoffPriority::Normal,
        HandoffPriority::High,
        HandoffPriority::Urgent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HandoffPriority::Low => "low",
            HandoffPriority::Normal => "normal",
            HandoffPriority::High => "high",
            HandoffPriority::Urgent => "urgent",
        }
    }
}

impl fmt::Display for HandoffPriority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for HandoffPriority {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let norm = s.trim().to_ascii_lowercase();
        HandoffPriority::ALL
            .into_iter()
            .find(|p| p.as_str() == norm)
            .ok_or_else(|| s.to_string())
    }
}

/// What comes back from the expert (or from the clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoffOutcome {
    Answer { text: String, by: String },
    Decline { reason: Option<String> },
    Expire,
}

/// Where an open handoff stands at `now`, for colouring and reminders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HandoffPhase {
    /// Open, before the reminder time.
    Waiting,
    /// Open, past the reminder time: nudge the expert.
    Remind,
    /// Open, past the due time: it expires when next noticed.
    Overdue,
    Answered,
    Declined,
    Expired,
}

/// When to remind the expert: 75 % of the way from asking to due.
pub fn reminder_at(asked_at: DateTime<Utc>, due_at: DateTime<Utc>) -> DateTime<Utc> {
    if due_at <= asked_at {
        return due_at;
    }
    asked_at + (due_at - asked_at) * 3 / 4
}

pub fn phase(h: &Handoff, now: DateTime<Utc>) -> HandoffPhase {
    match h.state {
        HandoffState::Answered => HandoffPhase::Answered,
        HandoffState::Declined => HandoffPhase::Declined,
        HandoffState::Expired => HandoffPhase::Expired,
        HandoffState::Requested if now >= h.due_at => HandoffPhase::Overdue,
        HandoffState::Requested if now >= reminder_at(h.asked_at, h.due_at) => HandoffPhase::Remind,
        HandoffState::Requested => HandoffPhase::Waiting,
    }
}

/// Whether an open handoff's due time has passed at `now`.
pub fn is_overdue(h: &Handoff, now: DateTime<Utc>) -> bool {
    h.state == HandoffState::Requested && now >= h.due_at
}

/// Answered no later than its due time.
pub fn answered_in_time(h: &Handoff) -> bool {
    h.state == HandoffState::Answered && h.answered_at.is_some_and(|a| a <= h.due_at)
}

/// Minutes from asking to answer, for answered handoffs.
pub fn answer_minutes(h: &Handoff) -> Option<i64> {
    match (h.state, h.answered_at) {
        (HandoffState::Answered, Some(at)) => Some((at - h.asked_at).num_minutes().max(0)),
        _ => None,
    }
}

/// Checks a new question before it is stored: words to ask, and a due
/// time after the moment it is asked.
pub fn check_ask(
    question: &str,
    asked_at: DateTime<Utc>,
    due_at: DateTime<Utc>,
) -> Result<(), DomainError> {
    if question.trim().is_empty() {
        return Err(DomainError::EmptyMessage);
    }
    if due_at <= asked_at {
        return Err(DomainError::HandoffDueInPast);
    }
    Ok(())
}

/// The handoff after `outcome` at `at`. Only a `requested` handoff moves; an
/// expiry before the due time is refused; an answer needs words.
pub fn settle(
    h: &Handoff,
    outcome: &HandoffOutcome,
    at: DateTime<Utc>,
) -> Result<Handoff, DomainError> {
    if h.state != HandoffState::Requested {
        return Err(DomainError::HandoffClosed { state: h.state });
    }
    let mut next = h.clone();
    next.closed_at = Some(at);
    match outcome {
        HandoffOutcome::Answer { text, by } => {
            let text = text.trim();
            if text.is_empty() {
                return Err(DomainError::EmptyMessage);
            }
            next.state = HandoffState::Answered;
            next.answer = Some(text.to_string());
            next.answered_at = Some(at);
            next.answered_by = Some(by.trim().to_string());
        }
        HandoffOutcome::Decline { reason } => {
            next.state = HandoffState::Declined;
            next.declined_reason = reason
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string);
        }
        HandoffOutcome::Expire => {
            if at < h.due_at {
                return Err(DomainError::HandoffNotDue);
            }
            next.state = HandoffState::Expired;
        }
    }
    Ok(next)
}

/// The case when a handoff is asked at `at`: `waiting_expert` (a case already
/// waiting for an expert stays so). A resolved case is refused.
pub fn case_on_ask(
    case: &Case,
    policy: &SlaPolicy,
    at: DateTime<Utc>,
) -> Result<Case, DomainError> {
    match case.status {
        CaseStatus::Resolved => Err(DomainError::CaseResolved),
        CaseStatus::WaitingExpert => {
            let mut next = case.clone();
            next.updated_at = at;
            Ok(next)
        }
        _ => transition(case, CaseStatus::WaitingExpert, policy, at),
    }
}

/// The case when one of its handoffs closes at `at` and `still_open` others
/// remain: back to `open` when it was waiting for experts and none is left,
/// otherwise unchanged but touched.
pub fn case_on_close(
    case: &Case,
    still_open: usize,
    policy: &SlaPolicy,
    at: DateTime<Utc>,
) -> Result<Case, DomainError> {
    if case.status == CaseStatus::WaitingExpert && still_open == 0 {
        return transition(case, CaseStatus::Open, policy, at);
    }
    let mut next = case.clone();
    next.updated_at = next.updated_at.max(at);
    Ok(next)
}

/// How a handoff ended, as the desk's figures count it (the experts'
/// figures and the reports alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoffEnd {
    /// Answered `after` the question was asked; `in_time` when by its due
    /// time.
    Answered {
        after: chrono::Duration,
        in_time: bool,
    },
    Declined,
    Expired,
    /// Still waiting for the expert.
    Open,
}

impl HandoffEnd {
    pub fn of(
        state: HandoffState,
        asked_at: DateTime<Utc>,
        due_at: DateTime<Utc>,
        answered_at: Option<DateTime<Utc>>,
    ) -> HandoffEnd {
        match (state, answered_at) {
            (HandoffState::Answered, Some(at)) => HandoffEnd::Answered {
                after: at - asked_at,
                in_time: at <= due_at,
            },
            (HandoffState::Declined, _) => HandoffEnd::Declined,
            (HandoffState::Expired, _) => HandoffEnd::Expired,
            _ => HandoffEnd::Open,
        }
    }
}

#[cfg(test)]
#[path = "handoff_tests.rs"]
mod tests;
