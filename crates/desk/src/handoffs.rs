//! Handoffs from a case to an expert: asking, the answer coming back (into
//! the case and into the draft), declining, and expiring what nobody
//! answered in time.
//!
//! Each use case is one store call that changes the handoff, its case and
//! the audit trail atomically (see `switchboard_store::handoffs`), followed
//! by a `Change::Case` so the window refreshes the case and its queue row.

use crate::draft_merge::merge_into_draft;
use crate::templates::EXPERT_TOPIC;
use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use switchboard_domain::handoff::HandoffOutcome;
use switchboard_domain::{
    Agent, Case, CaseId, Direction, ExpertId, Handoff, HandoffId, HandoffPriority, HandoffState,
    SlaPolicy,
};
use switchboard_store::{AuditEntry, Draft, ExpertHandoff, HandoffAsk};
use ts_rs::TS;

/// The expert gets at most this much business time by default.
pub const DEFAULT_HANDOFF_HOURS: i64 = 4;

/// A running due time closer than this is not a fair deadline for an
/// expert; the default then falls back to four business hours.
const MIN_DEFAULT_MINUTES: i64 = 30;

/// Excerpts picked by default are cut to this many characters.
const EXCERPT_CHARS: usize = 600;

/// What the handoff form starts from: the due time the desk would pick
/// and the customer's latest message as the excerpt.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HandoffDefaults {
    pub due_at: DateTime<Utc>,
    pub excerpt: String,
}

/// Reminders look at open handoffs due within this many days (a due time
/// further out has its reminder later than any loop's next run).
const REMINDER_HORIZON_DAYS: i64 = 60;

/// Who answers the recorded handoffs that expire by themselves.
pub const EXPIRY_ACTOR: &str = "Switchboard";

#[derive(Debug, Clone)]
pub struct HandoffRequest {
    pub case: CaseId,
    pub expert: ExpertId,
    pub question: String,
    /// The part of the thread the agent chose; None takes the customer's
    /// latest message.
    pub excerpt: Option<String>,
    /// None: `default_due`.
    pub due_at: Option<DateTime<Utc>>,
    pub priority: HandoffPriority,
}

/// The default due time of a handoff asked at `now`: four business hours of
/// the community, or the case's running due time when that comes first
/// and is at least 30 minutes away (the customer's promise wins; a deadline
/// of minutes would not be a question anyone can answer).
pub fn default_due(case: &Case, policy: &SlaPolicy, now: DateTime<Utc>) -> DateTime<Utc> {
    let four = policy.add_business(now, Duration::hours(DEFAULT_HANDOFF_HOURS));
    match case.urgency() {
        Some((_, due)) if due >= now + Duration::minutes(MIN_DEFAULT_MINUTES) => due.min(four),
        _ => four,
    }
}

fn excerpt_of(thread: &[switchboard_domain::Message]) -> String {
    thread
        .iter()
        .rev()
        .find(|m| m.direction == Direction::Inbound)
        .map(|m| m.body.chars().take(EXCERPT_CHARS).collect())
        .unwrap_or_default()
}

impl Desk {
    /// The due time and excerpt a handoff from `case` gets unless the agent
    /// changes them.
    pub async fn handoff_defaults(&self, case: CaseId) -> DeskResult<HandoffDefaults> {
        let store = self.store();
        let c = store.case(case).await?;
        let policy = self.case_policy(&c).await?;
        Ok(HandoffDefaults {
            due_at: default_due(&c, &policy, self.now()),
            excerpt: excerpt_of(&store.thread(case).await?),
        })
    }

    /// Sends a question from a case to an expert; the case waits for the
    /// expert (its resolution clock keeps running).
    pub async fn ask_handoff(&self, req: &HandoffRequest, agent: &Agent) -> DeskResult<Handoff> {
        let now = self.now();
        let store = self.store();
        let case = store.case(req.case).await?;
        let policy = self.case_policy(&case).await?;
        let excerpt = match &req.excerpt {
            Some(e) => e.trim().to_string(),
            None => excerpt_of(&store.thread(req.case).await?),
        };
        let ask = HandoffAsk {
            case_id: req.case,
            expert_id: req.expert,
            question: req.question.clone(),
            excerpt,
            priority: req.priority,
            asked_by: Some(agent.id),
            actor: agent.name.clone(),
            asked_at: now,
            due_at: req
                .due_at
                .unwrap_or_else(|| default_due(&case, &policy, now)),
        };
        let (handoff, case) = store.ask_handoff(&ask, &policy).await?;
        self.announce(&case);
        Ok(handoff)
    }

    /// Records the expert's answer (typed by the expert, or by `agent` when
    /// it came back by e-mail; `by` names who answered, the expert when
    /// None). The case goes back to `open` once no handoff of it is open.
    pub async fn answer_handoff(
        &self,
        id: HandoffId,
        text: &str,
        by: Option<&str>,
        agent: &Agent,
    ) -> DeskResult<Handoff> {
        let h = self.store().handoff(id).await?;
        let by = match by {
            Some(name) if !name.trim().is_empty() => name.trim().to_string(),
            _ => self.store().expert(h.expert_id).await?.name,
        };
        let outcome = HandoffOutcome::Answer {
            text: text.to_string(),
            by,
        };
        self.close(&h, &outcome, &agent.name).await
    }

    pub async fn decline_handoff(
        &self,
        id: HandoffId,
        reason: Option<&str>,
        agent: &Agent,
    ) -> DeskResult<Handoff> {
        let h = self.store().handoff(id).await?;
        let outcome = HandoffOutcome::Decline {
            reason: reason.map(str::to_string),
        };
        self.close(&h, &outcome, &agent.name).await
    }

    /// Expires every open handoff whose due time has passed; returns them.
    /// One answered meanwhile (by another process) is skipped.
    pub async fn expire_overdue_handoffs(&self) -> DeskResult<Vec<Handoff>> {
        let mut expired = Vec::new();
        for h in self.store().overdue_handoffs(self.now()).await? {
            match self.close(&h, &HandoffOutcome::Expire, EXPIRY_ACTOR).await {
                Ok(done) => expired.push(done),
                Err(DeskError::Store(switchboard_store::StoreError::Domain(
                    switchboard_domain::DomainError::HandoffClosed { .. },
                ))) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(expired)
    }

    /// Open handoffs whose reminder time (75 % of the way from asking to
    /// due, `domain::handoff::reminder_at`) falls in `(since, now]`: each is
    /// returned by exactly one call of a loop that passes its last `now` as
    /// the next `since`. Open handoffs are few (the ones not yet answered),
    /// so they are read whole, up to the horizon.
    pub async fn handoffs_to_remind(
        &self,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> DeskResult<Vec<Handoff>> {
        let horizon = now + Duration::days(REMINDER_HORIZON_DAYS);
        Ok(self
            .store()
            .overdue_handoffs(horizon)
            .await?
            .into_iter()
            .filter(|h| {
                let at = switchboard_domain::handoff::reminder_at(h.asked_at, h.due_at);
                at > since && at <= now && h.due_at > now
            })
            .collect())
    }

    async fn close(
        &self,
        h: &Handoff,
        outcome: &HandoffOutcome,
        actor: &str,
    ) -> DeskResult<Handoff> {
        let store = self.store();
        let policy = self.case_policy(&store.case(h.case_id).await?).await?;
        let (handoff, case) = store
            .close_handoff(h.id, outcome, actor, self.now(), &policy)
            .await?;
        self.announce(&case);
        Ok(handoff)
    }

    /// The handoff of `case` to act on: `handoff` when given (it must belong
    /// to the case), else the case's only open one.
    pub async fn open_handoff_of(
        &self,
        case: CaseId,
        handoff: Option<HandoffId>,
    ) -> DeskResult<Handoff> {
        let all = self.store().handoffs_of_case(case).await?;
        if let Some(id) = handoff {
            return all
                .into_iter()
                .find(|h| h.id == id)
                .ok_or_else(|| switchboard_store::StoreError::not_found("handoff", id).into());
        }
        let mut open = all
            .into_iter()
            .filter(|h| h.state == HandoffState::Requested);
        match (open.next(), open.next()) {
            (Some(h), None) => Ok(h),
            (None, _) => Err(DeskError::NoOpenHandoff {
                case: case.to_string(),
            }),
            (Some(_), Some(_)) => Err(DeskError::SeveralOpenHandoffs {
                case: case.to_string(),
            }),
        }
    }

    /// Adds the answer of `handoff` to `agent`'s draft on its case (after
    /// what is already written) and returns the draft.
    pub async fn insert_answer_into_draft(
        &self,
        handoff: HandoffId,
        agent: &Agent,
    ) -> DeskResult<Draft> {
        let h = self.store().handoff(handoff).await?;
        let answer = match (h.state, &h.answer) {
            (HandoffState::Answered, Some(a)) => a.clone(),
            _ => {
                return Err(DeskError::NotAnswered {
                    handoff: h.id.to_string(),
                })
            }
        };
        // The answer reaches the customer through the reply written to pass
        // an expert's answer on, in the customer's language and the brand's
        // voice; as is only where the workspace has no such reply.
        let passed_on = self
            .choices_for_topic(h.case_id, agent, EXPERT_TOPIC)
            .await?
            .into_iter()
            .find(|c| !c.other_language && c.preview.text.contains(answer.trim()))
            .map(|c| c.preview.text);
        let addition = passed_on.unwrap_or_else(|| answer.clone());
        let current = self.draft(h.case_id, agent.id).await?;
        let body = merge_into_draft(
            current.as_ref().map(|d| d.body.as_str()),
            &addition,
            Some(&answer),
        );
        self.save_draft(h.case_id, agent.id, &body).await?;
        let case = self.store().case(h.case_id).await?;
        self.announce(&case);
        Ok(Draft {
            case_id: h.case_id,
            agent_id: agent.id,
            body,
            updated_at: self.now(),
        })
    }

    /// The expert's handoffs across every community (the expert view).
    pub async fn handoffs_of_expert(
        &self,
        expert: ExpertId,
        open_only: bool,
    ) -> DeskResult<Vec<ExpertHandoff>> {
        Ok(self.store().handoffs_of_expert(expert, open_only).await?)
    }

    pub async fn audit_of_case(&self, case: CaseId) -> DeskResult<Vec<AuditEntry>> {
        Ok(self.store().audit_of_case(case).await?)
    }
}
