//! The demo workspace: two fictional airlines × three languages, with fans'
//! messages, replies, notes and handoffs in every state and SLA situation.
//!
//! The conversations (content.rs) are written as minutes before "now", and
//! replayed through the same store calls a connector and an agent make, so
//! the demo exercises the real rules: idempotent inbound, SLA clocks,
//! transitions. Before them come eight days of quiet, resolved traffic
//! (history.rs), written in bulk, which the spike alerts compare with.

mod content;
mod history;

use crate::communities::CommunitySpec;
use crate::events::Change;
use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Duration, Utc};
mod voices;

use content::{cases, DemoCase, DemoStatus, Who, AGENTS, BRANDS, EXPERTS, LOCALES};
use serde::Serialize;
use std::collections::HashMap;
use switchboard_domain::lifecycle::{apply_outbound, transition};
use switchboard_domain::{
    Agent, Case, CaseId, CaseKind, CaseStatus, Community, Direction, NewMessage, Platform,
    SlaPolicy,
};
use switchboard_store::{
    CaseChange, InboundMessage, InboundOutcome, NewAgent, NewExpert, NewHandoff,
};
use voices::demo_voices;

/// What the demo created.
#[derive(Debug, Clone, Serialize)]
pub struct DemoSummary {
    pub communities: usize,
    pub cases: usize,
    pub messages: usize,
    pub agents: usize,
    pub experts: usize,
    /// The quiet past before the scripted cases: resolved cases and their
    /// messages (not counted above).
    pub past_cases: usize,
    pub past_messages: usize,
}

impl Desk {
    /// Replaces whatever the database holds with the demo workspace.
    pub async fn create_demo(&self) -> DeskResult<DemoSummary> {
        let store = self.store();
        let now = self.now();
        store.reset_workspace().await?;

        let mut agents: HashMap<&str, Agent> = HashMap::new();
        for a in AGENTS {
            let agent = store
                .add_agent(&NewAgent {
                    name: a.name.to_string(),
                    initials: a.initials.to_string(),
                    email: a.email.to_string(),
                })
                .await?;
            agents.insert(a.initials, agent);
        }
        let mut experts = HashMap::new();
        for e in EXPERTS {
            let expert = store
                .add_expert(&NewExpert {
                    name: e.name.to_string(),
                    department: e.department.to_string(),
                    topics: e.topics.iter().map(|s| s.to_string()).collect(),
                    languages: e.languages.iter().map(|s| s.to_string()).collect(),
                    time_zone: e.time_zone.to_string(),
                    email: e.email.to_string(),
                })
                .await?;
            experts.insert(e.name, expert.id);
        }

        let mut communities = HashMap::new();
        let mut page = 104_000_000_000_001_i64;
        for brand in BRANDS {
            for locale in LOCALES {
                let community = self
                    .add_community(&CommunitySpec {
                        brand: brand.to_string(),
                        locale: locale.to_string(),
                        platform: Platform::Facebook,
                        page_id: page.to_string(),
                    })
                    .await?;
                page += 1;
                communities.insert(community.handle.clone(), community);
            }
        }

        let policy = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
        let mut messages = 0;
        for (n, demo) in cases().enumerate() {
            let community = communities
                .get(demo.community)
                .ok_or_else(|| DeskError::UnknownCommunity(demo.community.to_string()))?;
            let mut case_id = None;
            for (m, msg) in demo.messages.iter().enumerate() {
                let at = now - Duration::minutes(msg.minutes_ago);
                match msg.who {
                    Who::Fan => {
                        let outcome = store
                            .record_inbound(
                                &InboundMessage {
                                    community_id: community.id,
                                    external_id: format!("demo-{n}-{m}"),
                                    thread_key: format!("demo-thread-{n}"),
                                    kind: kind_of(demo),
                                    contact_external_id: format!("demo-fan-{n}"),
                                    contact_name: demo.fan.to_string(),
                                    body: msg.text.to_string(),
                                    at,
                                },
                                &policy,
                                None,
                            )
                            .await?;
                        if let InboundOutcome::Stored { message_id, .. } = outcome {
                            self.detect_language(message_id, msg.text).await?;
                        }
                        case_id = Some(outcome.case_id());
                    }
                    Who::Agent(initials) | Who::Note(initials) => {
                        let Some(id) = case_id else { continue };
                        let agent = agent(&agents, initials)?;
                        let outbound = matches!(msg.who, Who::Agent(_));
                        store
                            .change_case(id, &|current: &Case| {
                                let mut next = if outbound {
                                    apply_outbound(current, &policy, at)?
                                } else {
                                    current.clone()
                                };
                                next.assignee_id = next.assignee_id.or(Some(agent.id));
                                Ok(CaseChange {
                                    audit: None,
                                    case: next,
                                    message: Some(NewMessage {
                                        direction: if outbound {
                                            Direction::Outbound
                                        } else {
                                            Direction::Note
                                        },
                                        author: agent.name.clone(),
                                        body: msg.text.to_string(),
                                        external_id: None,
                                        created_at: at,
                                    }),
                                })
                            })
                            .await?;
                    }
                }
                messages += 1;
            }
            let Some(id) = case_id else { continue };
            if let Some(h) = &demo.handoff {
                let expert = experts
                    .get(h.expert)
                    .copied()
                    .ok_or_else(|| DeskError::BadInput {
                        field: "expert",
                        value: h.expert.to_string(),
                    })?;
                let asked_at = now - Duration::minutes(h.asked_minutes_ago);
                store
                    .add_handoff(&NewHandoff {
                        case_id: id,
                        expert_id: expert,
                        question: h.question.to_string(),
                        excerpt: demo
                            .messages
                            .first()
                            .map(|m| m.text.to_string())
                            .unwrap_or_default(),
                        asked_at,
                        due_at: asked_at + Duration::hours(4),
                        answer: h
                            .answer
                            .map(|a| (asked_at + Duration::minutes(35), a.to_string())),
                    })
                    .await?;
            }
            settle(self, id, demo, &agents, &policy, now).await?;
        }
        // After the scripted cases, whose ids stay as they were.
        let mut ordered: Vec<&Community> = communities.values().collect();
        ordered.sort_by(|a, b| a.handle.cmp(&b.handle));
        let past = history::add_past(store, &ordered, &agents, &policy, now).await?;
        self.seed_starter_templates().await?;
        self.seed_starter_playbooks().await?;
        demo_voices(self).await?;
        self.emit(Change::Workspace);
        Ok(DemoSummary {
            communities: communities.len(),
            cases: cases().count(),
            messages,
            agents: AGENTS.len(),
            experts: EXPERTS.len(),
            past_cases: past.cases,
            past_messages: past.messages,
        })
    }
}

fn kind_of(demo: &DemoCase) -> CaseKind {
    match demo.kind {
        "comment" => CaseKind::Comment,
        "visitor_post" => CaseKind::VisitorPost,
        _ => CaseKind::Messenger,
    }
}

fn agent<'a>(agents: &'a HashMap<&str, Agent>, initials: &str) -> DeskResult<&'a Agent> {
    agents
        .get(initials)
        .ok_or_else(|| DeskError::UnknownAgent(initials.to_string()))
}

/// Brings a replayed case to the status and assignee the script gives it,
/// at the time of its last event.
async fn settle(
    desk: &Desk,
    id: CaseId,
    demo: &DemoCase,
    agents: &HashMap<&str, Agent>,
    policy: &SlaPolicy,
    now: DateTime<Utc>,
) -> DeskResult<()> {
    let last = demo
        .messages
        .iter()
        .map(|m| m.minutes_ago)
        .min()
        .unwrap_or(0);
    let target = match demo.status {
        DemoStatus::New => CaseStatus::New,
        DemoStatus::Open => CaseStatus::Open,
        DemoStatus::WaitingCustomer => CaseStatus::WaitingCustomer,
        DemoStatus::WaitingExpert => CaseStatus::WaitingExpert,
        DemoStatus::Resolved => CaseStatus::Resolved,
    };
    let at = match (&demo.handoff, demo.status) {
        (Some(h), DemoStatus::WaitingExpert) => now - Duration::minutes(h.asked_minutes_ago),
        _ => now - Duration::minutes((last - 2).max(0)),
    };
    let assignee = match demo.assignee {
        Some(initials) => Some(agent(agents, initials)?.id),
        None => None,
    };
    desk.store()
        .change_case(id, &|current: &Case| {
            let mut next = current.clone();
            next.topic = Some(demo.topic.to_string());
            if target != current.status {
                next = transition(current, target, policy, at.max(current.updated_at))?;
            }
            if target != CaseStatus::New {
                next.assignee_id = assignee.or(next.assignee_id);
            }
            Ok(CaseChange {
                audit: None,
                case: next,
                message: None,
            })
        })
        .await?;
    Ok(())
}
