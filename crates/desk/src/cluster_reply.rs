//! Answering a crisis cluster at once: one reply per case, rendered in its
//! customer's language (the page's, unless they confidently write another
//! one the template speaks) and brand voice with its own variables, each by
//! the channel the case allows, through the outbox
//! (docs/decisions/031-cluster-replies.md).
//!
//! Before anything leaves, `cluster_reply_plan` says what would happen: the
//! count per community and channel, a preview per language, and every case
//! that would be left for the agent, with why (its Messenger window closed,
//! its page not connected, no text in its language, a variable it cannot
//! fill, personal data in a public reply, resolved since). Nothing is
//! skipped silently. `cluster_reply` stores the replies in one transaction
//! under the key of the template (`template:<id>`), with the status the
//! agent chose and an audit entry on each case: running it again sends
//! nothing twice.

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use switchboard_domain::lifecycle::{can_transition, transition};
use switchboard_domain::{Agent, Case, CaseId, CaseStatus, CommunityId, MessageId, SlaPolicy};
use switchboard_store::handoffs::NewAudit;
use switchboard_store::templates::MessageLanguage;
use switchboard_store::{AuditKind, BulkReply, CaseChange, NewReply, OutboxState, ReplyChannel};
use ts_rs::TS;
use writer::Writer;

mod writer;

/// Cases read at once while planning, and how many are read before their
/// replies are written.
const READ_AHEAD: usize = 8;
const READ_CHUNK: usize = 200;

/// One reply of a cluster reply, as it would go.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlannedReply {
    pub case_id: CaseId,
    pub community: String,
    /// The brand whose voice it speaks in (its slug).
    pub brand: String,
    /// The locale of the text used: the customer's language when the
    /// template has it, else the page's ("fr" for a fr-CH page is fine).
    pub locale: String,
    pub channel: ReplyChannel,
    pub body: String,
    /// The fan's page-scoped id (Messenger), or the comment answered.
    pub recipient: String,
}

/// Why a case of the cluster gets no reply now: left for the agent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum LeftReason {
    /// Its Messenger window closed then (24 hours, or 7 days with the
    /// human-agent tag, after the fan's last message).
    WindowClosed { closed_at: DateTime<Utc> },
    /// Its page is not connected: a reply would not reach it.
    NotConnected,
    /// The template has no text in the case's language.
    NoText,
    /// The text needs variables the case cannot fill.
    MissingVariables { names: Vec<String> },
    /// A public reply that would show personal data.
    PersonalData,
    /// Resolved since the cluster was read.
    Resolved,
    /// Its thread is not one the connector can answer.
    NoRecipient,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LeftCase {
    pub case_id: CaseId,
    pub community: String,
    pub reason: LeftReason,
}

/// How many replies go to one community by one channel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ChannelCount {
    pub community: String,
    pub channel: ReplyChannel,
    pub count: usize,
}

/// The reply in one language and brand voice, as one of its cases will
/// get it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LanguagePreview {
    pub brand: String,
    pub locale: String,
    /// Replies in this language and voice.
    pub count: usize,
    pub case_id: CaseId,
    pub text: String,
}

/// What answering a cluster with a template would do now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClusterReplyPlan {
    pub cluster_id: u64,
    pub template_id: String,
    pub replies: Vec<PlannedReply>,
    pub left: Vec<LeftCase>,
    /// Cases that were sent this template's reply already: nothing again.
    pub already: Vec<CaseId>,
    pub counts: Vec<ChannelCount>,
    pub previews: Vec<LanguagePreview>,
}

/// What `cluster_reply` stored.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClusterReplyQueued {
    pub cluster_id: u64,
    pub template_id: String,
    /// Replies stored in the outbox now, one per case.
    pub queued: usize,
    pub already: usize,
    pub left: Vec<LeftCase>,
    /// The outbox key of these replies (`template:<id>`).
    pub bulk_key: String,
}

/// Where the replies of one bulk key stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, TS)]
pub struct BulkProgress {
    pub sent: i64,
    /// Pending or on their way.
    pub waiting: i64,
    pub failed: i64,
}

/// A template an agent can answer a cluster with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TemplateOption {
    pub id: String,
    pub topic: String,
    /// The locales it has text in, sorted.
    pub locales: Vec<String>,
}

/// The outbox key of a template's replies sent by cluster.
pub fn bulk_key(template: &str) -> String {
    format!("template:{template}")
}

impl Desk {
    /// Every template, by id, with the locales it has text in.
    pub async fn template_options(&self) -> DeskResult<Vec<TemplateOption>> {
        let mut out: Vec<TemplateOption> = self
            .store()
            .templates()
            .await?
            .into_iter()
            .map(|t| {
                let mut locales: Vec<String> =
                    t.variants.iter().map(|v| v.locale.clone()).collect();
                locales.sort();
                locales.dedup();
                TemplateOption {
                    id: t.id,
                    topic: t.topic,
                    locales,
                }
            })
            .collect();
        out.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(out)
    }

    /// Where the replies stored under `bulk_key` stand.
    pub async fn bulk_progress(&self, bulk_key: &str) -> DeskResult<BulkProgress> {
        let mut p = BulkProgress::default();
        for (state, n) in self.store().bulk_states(bulk_key).await? {
            match state {
                OutboxState::Sent => p.sent += n,
                OutboxState::Pending | OutboxState::Sending => p.waiting += n,
                OutboxState::Failed => p.failed += n,
            }
        }
        Ok(p)
    }

    /// What answering cluster `cluster` with template `template` as
    /// `agent` would send now, and what it would leave; nothing is stored.
    pub async fn cluster_reply_plan(
        &self,
        cluster: u64,
        template: &str,
        agent: &Agent,
    ) -> DeskResult<ClusterReplyPlan> {
        let store = self.store();
        let id = cluster as i64;
        if !store.kept_clusters().await?.iter().any(|k| k.id == id) {
            return Err(switchboard_store::StoreError::not_found("cluster", cluster).into());
        }
        let template = store
            .templates()
            .await?
            .into_iter()
            .find(|t| t.id == template)
            .ok_or_else(|| DeskError::UnknownTemplate(template.to_string()))?;
        let members: Vec<CaseId> = store
            .cluster_cases(&[])
            .await?
            .into_iter()
            .filter(|c| c.cluster_id == id)
            .map(|c| c.case_id)
            .collect();
        let key = bulk_key(&template.id);
        let already = store.bulk_replied(&key, &members).await?;
        let done: HashSet<CaseId> = already.iter().copied().collect();
        let mut plan = ClusterReplyPlan {
            cluster_id: cluster,
            template_id: template.id.clone(),
            replies: Vec::new(),
            left: Vec::new(),
            already,
            counts: Vec::new(),
            previews: Vec::new(),
        };
        let mut writer = Writer::new(self, &template, agent).await?;
        // Each case and its thread, a few cases at a time: on either
        // backend the reads wait on the database more than on the CPU. A
        // chunk is read whole before its replies are written, so that no
        // half-read case holds a connection the writing needs.
        let todo: Vec<CaseId> = members.into_iter().filter(|c| !done.contains(c)).collect();
        let mut read = Vec::new();
        for chunk in todo.chunks(READ_CHUNK) {
            read.clear();
            let mut reads = futures_util::stream::iter(chunk.iter().copied())
                .map(|id| async move {
                    let case = store.case(id).await?;
                    let thread = store.thread(id).await?;
                    Ok::<_, DeskError>((case, thread))
                })
                .buffered(READ_AHEAD);
            while let Some(next) = reads.next().await {
                read.push(next?);
            }
            drop(reads);
            let languages: HashMap<MessageId, MessageLanguage> = store
                .message_languages_of_cases(chunk)
                .await?
                .into_iter()
                .map(|l| (l.message_id, l))
                .collect();
            for (case, thread) in read.drain(..) {
                let case_id = case.id;
                match writer.reply(&case, &thread, &languages).await? {
                    Ok(reply) => plan.replies.push(reply),
                    Err(reason) => plan.left.push(LeftCase {
                        case_id,
                        community: writer.handle(case.community_id),
                        reason,
                    }),
                }
            }
        }
        plan.counts = counts(&plan.replies);
        plan.previews = previews(&plan.replies);
        Ok(plan)
    }

    /// Answers cluster `cluster` with template `template` as `agent`: the
    /// replies of `cluster_reply_plan` go into the outbox, each case moved
    /// to `status` (when the move is allowed) with an audit entry, in one
    /// transaction. A case that had this template's reply is not sent it
    /// again; `not_before` delays the first send (none: at once).
    pub async fn cluster_reply(
        &self,
        cluster: u64,
        template: &str,
        agent: &Agent,
        status: Option<CaseStatus>,
        not_before: Option<DateTime<Utc>>,
    ) -> DeskResult<ClusterReplyQueued> {
        let plan = self.cluster_reply_plan(cluster, template, agent).await?;
        self.send_cluster_plan(&plan, agent, status, not_before)
            .await
    }

    /// Stores the replies of a plan the agent has seen (`cluster_reply_plan`
    /// a few seconds ago), as `cluster_reply` does: what the agent saw is
    /// what goes; a case resolved meanwhile stays resolved, and a case that
    /// got the reply meanwhile does not get it twice.
    pub async fn send_cluster_plan(
        &self,
        plan: &ClusterReplyPlan,
        agent: &Agent,
        status: Option<CaseStatus>,
        not_before: Option<DateTime<Utc>>,
    ) -> DeskResult<ClusterReplyQueued> {
        let cluster = plan.cluster_id;
        let now = self.now();
        // The policies a case may run under: its page's, or its running
        // crisis's terms over it (`Desk::case_policy`), read once per page.
        let pages: HashMap<String, CommunityId> = self
            .store()
            .communities()
            .await?
            .into_iter()
            .map(|c| (c.handle, c.id))
            .collect();
        let mut normal: HashMap<CommunityId, SlaPolicy> = HashMap::new();
        for r in &plan.replies {
            let Some(&community) = pages.get(&r.community) else {
                continue;
            };
            if let std::collections::hash_map::Entry::Vacant(e) = normal.entry(community) {
                e.insert(self.store().sla_policy(community).await?);
            }
        }
        let running: HashMap<switchboard_domain::CrisisId, switchboard_domain::CrisisTerms> = self
            .store()
            .crises()
            .await?
            .into_iter()
            .filter(|c| c.is_running())
            .map(|c| (c.id, c.terms))
            .collect();
        let policy_of = |case: &Case| -> Option<SlaPolicy> {
            let base = normal.get(&case.community_id)?;
            Some(match case.crisis_id.and_then(|id| running.get(&id)) {
                Some(terms) => terms.apply(base),
                None => base.clone(),
            })
        };
        let replies: Vec<BulkReply> = plan
            .replies
            .iter()
            .map(|r| BulkReply {
                reply: NewReply {
                    case_id: r.case_id,
                    agent_id: agent.id,
                    author: agent.name.clone(),
                    body: r.body.clone(),
                    channel: r.channel,
                    recipient: r.recipient.clone(),
                    at: now,
                },
                not_before,
            })
            .collect();
        let detail = format!("cluster {cluster} · {}", plan.template_id);
        let actor = agent.name.clone();
        let change = |current: &Case| -> Result<CaseChange, switchboard_domain::DomainError> {
            let mut next = match (status, policy_of(current)) {
                (Some(to), Some(policy))
                    if to != current.status && can_transition(current.status, to) =>
                {
                    transition(current, to, &policy, now)?
                }
                _ => current.clone(),
            };
            next.updated_at = now;
            if next.assignee_id.is_none() {
                next.assignee_id = Some(agent.id);
            }
            Ok(CaseChange {
                case: next,
                message: None,
                audit: Some(NewAudit {
                    case_id: current.id,
                    at: now,
                    actor: actor.clone(),
                    kind: AuditKind::ClusterReply,
                    handoff_id: None,
                    expert_id: None,
                    detail: detail.clone(),
                }),
            })
        };
        let key = bulk_key(&plan.template_id);
        let stored = self
            .store()
            .enqueue_bulk_replies(&key, &replies, &change)
            .await?;
        for item in &stored {
            self.announce_item(item);
        }
        Ok(ClusterReplyQueued {
            cluster_id: cluster,
            template_id: plan.template_id.clone(),
            queued: stored.len(),
            already: plan.already.len() + (replies.len() - stored.len()),
            left: plan.left.clone(),
            bulk_key: key,
        })
    }
}

/// Replies per community and channel, by community then channel.
fn counts(replies: &[PlannedReply]) -> Vec<ChannelCount> {
    let mut by: BTreeMap<(String, &'static str), (ReplyChannel, usize)> = BTreeMap::new();
    for r in replies {
        by.entry((r.community.clone(), r.channel.as_str()))
            .or_insert((r.channel, 0))
            .1 += 1;
    }
    by.into_iter()
        .map(|((community, _), (channel, count))| ChannelCount {
            community,
            channel,
            count,
        })
        .collect()
}

/// One preview per language and brand: the first case's reply in it.
fn previews(replies: &[PlannedReply]) -> Vec<LanguagePreview> {
    let mut by: BTreeMap<(&str, &str), LanguagePreview> = BTreeMap::new();
    for r in replies {
        by.entry((r.locale.as_str(), r.brand.as_str()))
            .or_insert_with(|| LanguagePreview {
                brand: r.brand.clone(),
                locale: r.locale.clone(),
                count: 0,
                case_id: r.case_id,
                text: r.body.clone(),
            })
            .count += 1;
    }
    by.into_values().collect()
}
