//! The decision both backends make inside their write transaction when a
//! fan's message arrives, written once here.

use crate::rows::{InboundEffect, InboundMessage};
use chrono::{DateTime, Utc};
use switchboard_domain::case::subject_of;
use switchboard_domain::lifecycle::{apply_inbound, plan_inbound, InboundPlan};
use switchboard_domain::{Case, CaseId, CaseStatus, ContactId, CrisisStamp, SlaClocks, SlaPolicy};

/// What to write for one new inbound message.
#[derive(Debug, Clone)]
pub enum InboundWrite {
    /// Update this existing case.
    Update(Case, InboundEffect),
    /// Insert this new case (its id is not yet assigned).
    Insert(Case, InboundEffect),
}

impl InboundWrite {
    /// The case as it must be written, whether new or updated.
    pub fn into_case(self) -> Case {
        match self {
            InboundWrite::Update(c, _) | InboundWrite::Insert(c, _) => c,
        }
    }
}

/// Decides, from the latest case of the message's thread, what the message
/// does. `latest` must be the newest case of (community, thread_key).
///
/// `crisis` is the crisis running over the community, if any: a new case
/// is stamped with it and runs under its terms; an existing case keeps its
/// own terms (the crisis's only while the crisis that stamped it runs).
pub fn decide(
    message: &InboundMessage,
    contact: ContactId,
    latest: Option<&Case>,
    policy: &SlaPolicy,
    crisis: Option<&CrisisStamp>,
) -> InboundWrite {
    let policy_of = |case: &Case| match crisis {
        Some(c) if case.crisis_id == Some(c.crisis) => &c.policy,
        _ => policy,
    };
    let fresh = |linked_to| {
        let mut case = new_case(
            message,
            contact,
            linked_to,
            crisis.map_or(policy, |c| &c.policy),
        );
        case.crisis_id = crisis.map(|c| c.crisis);
        case
    };
    match (plan_inbound(latest, message.at), latest) {
        (InboundPlan::Append(_), Some(case)) => InboundWrite::Update(
            apply_inbound(case, policy_of(case), message.at),
            InboundEffect::Appended,
        ),
        (InboundPlan::Reopen(_), Some(case)) => InboundWrite::Update(
            apply_inbound(case, policy_of(case), message.at),
            InboundEffect::Reopened,
        ),
        (InboundPlan::NewCase { linked_to }, _) => {
            let effect = match linked_to {
                Some(previous) => InboundEffect::FollowUp { previous },
                None => InboundEffect::NewCase,
            };
            InboundWrite::Insert(fresh(linked_to), effect)
        }
        // A plan naming a case implies `latest` was given; treat the
        // impossible combination as a new case rather than fail an inbound.
        (_, None) => InboundWrite::Insert(fresh(None), InboundEffect::NewCase),
    }
}

fn new_case(
    message: &InboundMessage,
    contact: ContactId,
    linked_to: Option<CaseId>,
    policy: &SlaPolicy,
) -> Case {
    let at: DateTime<Utc> = message.at;
    Case {
        id: CaseId(0),
        community_id: message.community_id,
        contact_id: contact,
        kind: message.kind,
        thread_key: message.thread_key.clone(),
        status: CaseStatus::New,
        assignee_id: None,
        subject: subject_of(&message.body),
        topic: None,
        linked_case_id: linked_to,
        opened_at: at,
        updated_at: at,
        resolved_at: None,
        last_inbound_at: at,
        awaiting_reply_since: Some(at),
        sla: SlaClocks::start(policy, at),
        crisis_id: None,
        private_psid: None,
        snoozed_until: None,
        tags: Vec::new(),
    }
}
