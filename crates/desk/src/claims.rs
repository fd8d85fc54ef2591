//! Who works a case: claiming one that is free, taking one over from a
//! colleague on purpose, and being handed the next one.
//!
//! A claim is decided inside the store's write of the case (under its row
//! lock on PostgreSQL, in a `BEGIN IMMEDIATE` transaction on SQLite), so two
//! people who claim the same case at the same moment cannot both get it:
//! one does, the other learns who holds it. Taking over is its own action
//! and leaves an entry in the case's audit trail.

use crate::{Desk, DeskResult};
use std::collections::HashMap;
use switchboard_domain::lifecycle::transition;
use switchboard_domain::{Agent, AgentId, Case, CaseId, CaseStatus, CommunityId, DomainError};
use switchboard_store::handoffs::{AuditKind, NewAudit};
use switchboard_store::CaseChange;

/// How a claim treats a case someone else holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holder {
    /// Refuse: the case stays theirs.
    Respect,
    /// Take it over, with an audit entry naming them.
    TakeOver,
}

impl Desk {
    /// Claims the case for `agent`: it succeeds when the case is unassigned
    /// or already theirs (a new case becomes open); when a colleague holds
    /// it, the error `case-held` names them and nothing changes.
    pub async fn claim(&self, id: CaseId, agent: &Agent) -> DeskResult<Case> {
        self.claim_as(id, agent, Holder::Respect).await
    }

    /// Takes the case over from whoever holds it, deliberately, and records
    /// that in its audit trail (the same as `claim` when nobody holds it).
    pub async fn take_over(&self, id: CaseId, agent: &Agent) -> DeskResult<Case> {
        self.claim_as(id, agent, Holder::TakeOver).await
    }

    /// Hands `agent` the most urgent unassigned open case of `communities`
    /// (all when empty) that no one else is being handed at this moment,
    /// assigned to them; None when every open case has someone.
    pub async fn next_case(
        &self,
        agent: &Agent,
        communities: &[CommunityId],
    ) -> DeskResult<Option<Case>> {
        let now = self.now();
        let policies = self.policies().await?;
        let agent_id = agent.id;
        let case = self
            .store()
            .next_case(communities, &|current: &Case| {
                let policy = policies
                    .get(&current.community_id)
                    .cloned()
                    .unwrap_or_else(|| switchboard_domain::SlaPolicy::default_in(chrono_tz::UTC));
                Ok(CaseChange {
                    case: claimed(current, agent_id, &policy, now)?,
                    message: None,
                    audit: None,
                })
            })
            .await?;
        if let Some(case) = &case {
            self.announce(case);
        }
        Ok(case)
    }

    async fn claim_as(&self, id: CaseId, agent: &Agent, holder: Holder) -> DeskResult<Case> {
        let now = self.now();
        let policy = self.case_policy(&self.store().case(id).await?).await?;
        let names: HashMap<AgentId, String> = self
            .store()
            .agents()
            .await?
            .into_iter()
            .map(|a| (a.id, format!("{} ({})", a.initials, a.name)))
            .collect();
        let name_of = |id: AgentId| {
            names
                .get(&id)
                .cloned()
                .unwrap_or_else(|| format!("#{}", id.0))
        };
        let me = agent.clone();
        let case = self
            .store()
            .change_case(id, &|current: &Case| {
                if current.status == CaseStatus::Resolved {
                    return Err(DomainError::CaseResolved);
                }
                let audit = match current.assignee_id {
                    Some(other) if other != me.id => match holder {
                        Holder::Respect => {
                            return Err(DomainError::CaseHeld {
                                case: current.id.0,
                                holder: name_of(other),
                            })
                        }
                        Holder::TakeOver => Some(NewAudit {
                            case_id: current.id,
                            at: now,
                            actor: me.name.clone(),
                            kind: AuditKind::TakenOver,
                            handoff_id: None,
                            expert_id: None,
                            detail: name_of(other),
                        }),
                    },
                    _ => None,
                };
                Ok(CaseChange {
                    case: claimed(current, me.id, &policy, now)?,
                    message: None,
                    audit,
                })
            })
            .await?;
        self.announce(&case);
        Ok(case)
    }

    /// Every community's SLA policy, for a change that may land on any.
    async fn policies(&self) -> DeskResult<HashMap<CommunityId, switchboard_domain::SlaPolicy>> {
        let mut out = HashMap::new();
        for c in self.store().communities().await? {
            out.insert(c.id, self.store().sla_policy(c.id).await?);
        }
        Ok(out)
    }
}

/// The case assigned to `agent`; a new case becomes open.
fn claimed(
    current: &Case,
    agent: AgentId,
    policy: &switchboard_domain::SlaPolicy,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Case, DomainError> {
    let mut next = if current.status == CaseStatus::New {
        transition(current, CaseStatus::Open, policy, now)?
    } else {
        current.clone()
    };
    next.assignee_id = Some(agent);
    next.updated_at = now;
    Ok(next)
}
