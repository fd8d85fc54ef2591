//! The case state machine and what an inbound or outbound message does to a
//! case.
//!
//! Every function takes a case and returns a new one (or an error): the
//! store decides inside its write transaction and writes the result, and the
//! rules stay testable without a database. The SLA clocks move here and only
//! here, so that a status change and its effect on the resolution clock can
//! never be written apart: `waiting_customer` and `resolved` pause it, every
//! other status lets it run (`waiting_expert` too: the customer still waits).

use chrono::{DateTime, Duration, Utc};

use crate::case::{Case, CaseStatus};
use crate::error::DomainError;
use crate::ids::CaseId;
use crate::sla::SlaPolicy;

/// A resolved case is reopened by a fan's new message within this many days;
/// later, the message opens a new case linked to the old one.
pub const REOPEN_DAYS: i64 = 7;

/// Whether an agent (or a handoff) may move a case from `from` to `to`.
pub fn can_transition(from: CaseStatus, to: CaseStatus) -> bool {
    use CaseStatus::{New, Open, Resolved, WaitingCustomer, WaitingExpert};
    matches!(
        (from, to),
        (New | WaitingCustomer | WaitingExpert, Open)
            | (New | Open | WaitingExpert, WaitingCustomer)
            | (New | Open | WaitingCustomer, WaitingExpert)
            | (New | Open | WaitingCustomer | WaitingExpert, Resolved)
            | (Resolved, Open)
    )
}

/// Whether the resolution clock stands still in `status`.
fn pauses_resolution(status: CaseStatus) -> bool {
    matches!(status, CaseStatus::WaitingCustomer | CaseStatus::Resolved)
}

/// Moves a case to `to` at `at`, updating its SLA clocks (pause while
/// waiting for the customer or resolved, resume otherwise) and timestamps.
pub fn transition(
    case: &Case,
    to: CaseStatus,
    policy: &SlaPolicy,
    at: DateTime<Utc>,
) -> Result<Case, DomainError> {
    let from = case.status;
    if !can_transition(from, to) {
        return Err(DomainError::Transition { from, to });
    }
    Ok(moved(case, to, policy, at))
}

/// Takes back an agent's move: the case goes back to `before`, the status it
/// had. A case that was `new` is new again as long as nobody has answered it
/// (no rule moves a case to `new`, but undoing a slip must not turn an
/// untouched case into one somebody opened). Other statuses go back by the
/// rules, through `open` from `resolved`.
pub fn undo_transition(
    case: &Case,
    before: CaseStatus,
    policy: &SlaPolicy,
    at: DateTime<Utc>,
) -> Result<Case, DomainError> {
    let from = case.status;
    if from == before {
        return Ok(case.clone());
    }
    if before == CaseStatus::New {
        if case.sla.first_response_at.is_some() {
            return Err(DomainError::Transition { from, to: before });
        }
        return Ok(moved(case, before, policy, at));
    }
    if can_transition(from, before) {
        return Ok(moved(case, before, policy, at));
    }
    if can_transition(from, CaseStatus::Open) && can_transition(CaseStatus::Open, before) {
        return Ok(moved(
            &moved(case, CaseStatus::Open, policy, at),
            before,
            policy,
            at,
        ));
    }
    Err(DomainError::Transition { from, to: before })
}

/// The case in `to` at `at`, its clocks and timestamps moved with it.
fn moved(case: &Case, to: CaseStatus, policy: &SlaPolicy, at: DateTime<Utc>) -> Case {
    let mut next = case.clone();
    next.status = to;
    next.updated_at = at;
    // An agent reopening a resolved case only resumes the resolution clock;
    // the first-response clock is restarted by a fan's message, not by us.
    if pauses_resolution(to) {
        next.sla.pause(policy, at);
    } else {
        next.sla.resume(policy, at);
    }
    next.resolved_at = if to == CaseStatus::Resolved {
        Some(at)
    } else {
        None
    };
    // Any move by hand ends a snooze.
    next.snoozed_until = None;
    next
}

/// Snoozes a case until `until`: it waits for the customer (the resolution
/// clock pauses) and comes back open by itself at that time if they have
/// not answered (`wake`); their answer brings it back earlier. `until` must
/// lie after `at`.
pub fn snooze(
    case: &Case,
    until: DateTime<Utc>,
    policy: &SlaPolicy,
    at: DateTime<Utc>,
) -> Result<Case, DomainError> {
    if until <= at {
        return Err(DomainError::SnoozeNotAhead);
    }
    let mut next = if case.status == CaseStatus::WaitingCustomer {
        let mut same = case.clone();
        same.updated_at = at;
        same
    } else {
        transition(case, CaseStatus::WaitingCustomer, policy, at)?
    };
    next.snoozed_until = Some(until);
    Ok(next)
}

/// The case back from its snooze at `at`, open again; None when it is not
/// snoozed or its time has not come.
pub fn wake(case: &Case, policy: &SlaPolicy, at: DateTime<Utc>) -> Option<Case> {
    let until = case.snoozed_until?;
    if until > at {
        return None;
    }
    if case.status == CaseStatus::WaitingCustomer {
        return Some(moved(case, CaseStatus::Open, policy, at));
    }
    let mut next = case.clone();
    next.snoozed_until = None;
    Some(next)
}

/// Where a fan's new message on a thread goes, given the latest case of that
/// thread in that community.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboundPlan {
    /// Onto this live case.
    Append(CaseId),
    /// Reopen this case, resolved less than REOPEN_DAYS ago.
    Reopen(CaseId),
    /// A new case, linked to an older resolved one when there is one.
    NewCase { linked_to: Option<CaseId> },
}

/// What to do with a fan's message at `at`, given `latest`, the newest case
/// of its thread in its community (None when there is none).
///
/// A case resolved exactly `REOPEN_DAYS` ago is no longer reopened. A
/// resolved case without `resolved_at` (which the rules never produce) counts
/// as resolved at its `updated_at`.
pub fn plan_inbound(latest: Option<&Case>, at: DateTime<Utc>) -> InboundPlan {
    let Some(case) = latest else {
        return InboundPlan::NewCase { linked_to: None };
    };
    if case.status != CaseStatus::Resolved {
        return InboundPlan::Append(case.id);
    }
    let resolved_at = case.resolved_at.unwrap_or(case.updated_at);
    if at.signed_duration_since(resolved_at) < Duration::days(REOPEN_DAYS) {
        InboundPlan::Reopen(case.id)
    } else {
        InboundPlan::NewCase {
            linked_to: Some(case.id),
        }
    }
}

/// A fan's message at `at` on an existing case (Append or Reopen): status,
/// clocks, `last_inbound_at`, `awaiting_reply_since`, `updated_at`.
///
/// A resolved case becomes `open` again with a new first-response clock; a
/// case waiting for the customer becomes `open` and its resolution clock runs
/// again; `new`, `open` and `waiting_expert` keep their status.
pub fn apply_inbound(case: &Case, policy: &SlaPolicy, at: DateTime<Utc>) -> Case {
    let mut next = case.clone();
    // The customer answered: a snooze has done its work.
    next.snoozed_until = None;
    next.last_inbound_at = next.last_inbound_at.max(at);
    next.awaiting_reply_since = next.awaiting_reply_since.or(Some(at));
    next.updated_at = next.updated_at.max(at);
    match next.status {
        CaseStatus::Resolved => {
            next.status = CaseStatus::Open;
            next.resolved_at = None;
            next.sla.reopen(policy, at);
        }
        CaseStatus::WaitingCustomer => {
            next.status = CaseStatus::Open;
            next.sla.resume(policy, at);
        }
        CaseStatus::New | CaseStatus::Open | CaseStatus::WaitingExpert => {}
    }
    next
}

/// Our reply at `at`: first response recorded, `new` becomes `open`,
/// `awaiting_reply_since` cleared. A resolved case cannot be replied to.
pub fn apply_outbound(
    case: &Case,
    policy: &SlaPolicy,
    at: DateTime<Utc>,
) -> Result<Case, DomainError> {
    // A reply moves no clock boundary, so the calendar is not needed; the
    // parameter keeps the three message rules alike for their callers.
    let _ = policy;
    if case.status == CaseStatus::Resolved {
        return Err(DomainError::CaseResolved);
    }
    let mut next = case.clone();
    next.sla.responded(at);
    if next.status == CaseStatus::New {
        next.status = CaseStatus::Open;
    }
    next.awaiting_reply_since = None;
    next.updated_at = at;
    Ok(next)
}

#[cfg(test)]
mod tests;
