//! Rule violations. Each carries a stable code that fronts localize.

use crate::case::CaseStatus;
use crate::people::HandoffState;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("a case cannot go from {from} to {to}")]
    Transition { from: CaseStatus, to: CaseStatus },
    #[error("`{0}` is not a locale tag such as fr-CH, de-CH or en")]
    BadLocale(String),
    #[error("`{0}` is not a brand name")]
    BadBrand(String),
    #[error("`{0}` is not an IANA time zone such as Europe/Zurich")]
    BadTimeZone(String),
    #[error("an empty message cannot be recorded")]
    EmptyMessage,
    #[error("a resolved case cannot be changed; a new inbound message reopens it")]
    CaseResolved,
    #[error("`{0}` is not an availability (available, away, out:YYYY-MM-DD)")]
    BadAvailability(String),
    #[error("`{0}` are not working hours such as `Mon-Fri 09:00-17:00`")]
    BadWorkingHours(String),
    #[error("this handoff is already {state}")]
    HandoffClosed { state: HandoffState },
    #[error("this handoff is not due yet")]
    HandoffNotDue,
    #[error("a handoff's due time must come after the moment it is asked")]
    HandoffDueInPast,
    #[error("{0} is retired and takes no more handoffs")]
    ExpertRetired(String),
    #[error("case {case} is held by {holder}")]
    CaseHeld { case: i64, holder: String },
    #[error("a case can only be snoozed until a time still to come")]
    SnoozeNotAhead,
}

impl DomainError {
    /// How many variants `samples` has one value of.
    pub const VARIANTS: usize = 14;

    /// One value of every variant, for the test that every code has its
    /// message in every UI language.
    pub fn samples() -> Vec<DomainError> {
        use crate::case::CaseStatus as S;
        vec![
            DomainError::Transition {
                from: S::Resolved,
                to: S::WaitingCustomer,
            },
            DomainError::BadLocale("xx_YY".into()),
            DomainError::BadBrand("!".into()),
            DomainError::BadTimeZone("Mars/Olympus".into()),
            DomainError::EmptyMessage,
            DomainError::CaseResolved,
            DomainError::BadAvailability("soon".into()),
            DomainError::BadWorkingHours("always".into()),
            DomainError::HandoffClosed {
                state: HandoffState::Answered,
            },
            DomainError::HandoffNotDue,
            DomainError::HandoffDueInPast,
            DomainError::ExpertRetired("Sandra Meier".into()),
            DomainError::CaseHeld {
                case: 42,
                holder: "MK".into(),
            },
            DomainError::SnoozeNotAhead,
        ]
    }

    /// The variant's place in `samples`. No wildcard: a new variant does
    /// not compile until it has a place here, and the test then wants its
    /// sample.
    pub fn variant_index(&self) -> usize {
        match self {
            DomainError::Transition { .. } => 0,
            DomainError::BadLocale(_) => 1,
            DomainError::BadBrand(_) => 2,
            DomainError::BadTimeZone(_) => 3,
            DomainError::EmptyMessage => 4,
            DomainError::CaseResolved => 5,
            DomainError::BadAvailability(_) => 6,
            DomainError::BadWorkingHours(_) => 7,
            DomainError::HandoffClosed { .. } => 8,
            DomainError::HandoffNotDue => 9,
            DomainError::HandoffDueInPast => 10,
            DomainError::ExpertRetired(_) => 11,
            DomainError::CaseHeld { .. } => 12,
            DomainError::SnoozeNotAhead => 13,
        }
    }

    /// Stable code for localized messages (`error-<code>` in app.ftl).
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::Transition { .. } => "case-transition",
            DomainError::BadLocale(_) => "bad-locale",
            DomainError::BadBrand(_) => "bad-brand",
            DomainError::BadTimeZone(_) => "bad-time-zone",
            DomainError::EmptyMessage => "empty-message",
            DomainError::CaseResolved => "case-resolved",
            DomainError::BadAvailability(_) => "bad-availability",
            DomainError::BadWorkingHours(_) => "bad-working-hours",
            DomainError::HandoffClosed { .. } => "handoff-closed",
            DomainError::HandoffNotDue => "handoff-not-due",
            DomainError::HandoffDueInPast => "handoff-due-in-past",
            DomainError::ExpertRetired(_) => "expert-retired",
            DomainError::CaseHeld { .. } => "case-held",
            DomainError::SnoozeNotAhead => "snooze-not-ahead",
        }
    }

    /// Arguments of the localized message, by name.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            DomainError::Transition { from, to } => {
                vec![("from", from.to_string()), ("to", to.to_string())]
            }
            DomainError::BadLocale(v)
            | DomainError::BadBrand(v)
            | DomainError::BadTimeZone(v)
            | DomainError::BadAvailability(v)
            | DomainError::BadWorkingHours(v) => vec![("value", v.clone())],
            DomainError::ExpertRetired(name) => vec![("name", name.clone())],
            DomainError::HandoffClosed { state } => vec![("state", state.to_string())],
            DomainError::CaseHeld { case, holder } => {
                vec![("case", case.to_string()), ("holder", holder.clone())]
            }
            DomainError::EmptyMessage
            | DomainError::CaseResolved
            | DomainError::HandoffNotDue
            | DomainError::HandoffDueInPast
            | DomainError::SnoozeNotAhead => vec![],
        }
    }
}
