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

use crate::cases::CONFIDENT;
use crate::privacy::is_public;
use crate::replies::{reply_target, window_with};
use crate::signature::signed;
use crate::templates::{vars_of, voice_for, DEFAULT_LOCALE};
use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use switchboard_domain::lifecycle::{can_transition, transition};
use switchboard_domain::privacy::find_personal_data;
use switchboard_domain::{
    Agent, Case, CaseId, CaseStatus, Community, CommunityId, MessageId, SlaPolicy,
};
use switchboard_l10n::templates::{resolve, Renderer, Template};
use switchboard_store::handoffs::NewAudit;
use switchboard_store::templates::MessageLanguage;
use switchboard_store::{AuditKind, BulkReply, CaseChange, NewReply, OutboxState, ReplyChannel};
use ts_rs::TS;

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

/// Writes the replies of one template for one agent, reading what every
/// case shares (pages, brands, voices, connections) once.
struct Writer<'d> {
    desk: &'d Desk,
    template: &'d Template,
    agent: &'d Agent,
    pages: HashMap<CommunityId, Community>,
    brands: HashMap<switchboard_domain::BrandId, switchboard_domain::Brand>,
    voices: Vec<switchboard_store::templates::BrandVoice>,
    connections: Vec<switchboard_store::Connection>,
    signature: crate::signature::Signature,
    links: HashMap<CommunityId, Option<String>>,
    now: DateTime<Utc>,
}

impl<'d> Writer<'d> {
    async fn new(desk: &'d Desk, template: &'d Template, agent: &'d Agent) -> DeskResult<Self> {
        let store = desk.store();
        Ok(Writer {
            desk,
            template,
            agent,
            pages: store
                .communities()
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect(),
            brands: store
                .brands()
                .await?
                .into_iter()
                .map(|b| (b.id, b))
                .collect(),
            voices: store.brand_voices().await?,
            connections: store.connections().await?,
            signature: desk.signature().await?,
            links: HashMap::new(),
            now: desk.now(),
        })
    }

    fn handle(&self, community: CommunityId) -> String {
        self.pages
            .get(&community)
            .map_or_else(|| community.to_string(), |c| c.handle.clone())
    }

    /// The locales to answer `community`'s case in, best first: the
    /// customer's language when they confidently write another one than
    /// the page's (as the brand's page in that language speaks it, then
    /// the bare language), then the page's own.
    fn locales_for(&self, community: &Community, customer: Option<&str>) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(lang) =
            customer.filter(|l| !l.eq_ignore_ascii_case(community.locale.language()))
        {
            if let Some(sibling) = self.pages.values().find(|c| {
                c.brand_id == community.brand_id && c.locale.language().eq_ignore_ascii_case(lang)
            }) {
                out.push(sibling.locale.as_str().to_string());
            }
            out.push(lang.to_string());
        }
        out.push(community.locale.as_str().to_string());
        out
    }

    /// The reply for `case`, or why it gets none.
    async fn reply(
        &mut self,
        case: &Case,
        thread: &[switchboard_domain::Message],
        languages: &HashMap<MessageId, MessageLanguage>,
    ) -> DeskResult<Result<PlannedReply, LeftReason>> {
        if case.status == CaseStatus::Resolved {
            return Ok(Err(LeftReason::Resolved));
        }
        if !self
            .connections
            .iter()
            .any(|c| c.community_id == case.community_id)
        {
            return Ok(Err(LeftReason::NotConnected));
        }
        let community = self
            .pages
            .get(&case.community_id)
            .ok_or_else(|| DeskError::UnknownCommunity(case.community_id.to_string()))?;
        let brand = self
            .brands
            .get(&community.brand_id)
            .ok_or_else(|| DeskError::UnknownBrand(community.brand_id.to_string()))?;
        let customer = customer_language(thread, languages);
        let Some(resolved) = self.locales_for(community, customer).iter().find_map(|l| {
            resolve(self.template, &brand.slug, l, DEFAULT_LOCALE).filter(|r| !r.other_language)
        }) else {
            return Ok(Err(LeftReason::NoText));
        };
        let window = window_with(case, self.now, &self.connections);
        let (channel, recipient) = match reply_target(case, window) {
            Ok(target) => target,
            Err(DeskError::WindowClosed { closed_at }) => {
                return Ok(Err(LeftReason::WindowClosed { closed_at }))
            }
            Err(_) => return Ok(Err(LeftReason::NoRecipient)),
        };
        let v = resolved.variant;
        let store = self.desk.store();
        let handoffs = if v.source.contains("expert_answer") {
            store.handoffs_of_case(case.id).await?
        } else {
            Vec::new()
        };
        let link = match self.links.get(&case.community_id) {
            Some(l) => l.clone(),
            None => {
                let l = self.desk.statement_link(case.community_id).await?;
                self.links.insert(case.community_id, l.clone());
                l
            }
        };
        let vars = vars_of(case, community, thread, &handoffs, self.agent, link);
        let voice = signed(
            &voice_for(&self.voices, brand, &v.locale),
            self.agent,
            self.signature,
            &v.source,
        );
        let rendered = Renderer::new(&v.locale, &v.source, &voice)
            .map_err(DeskError::Template)?
            .render(&vars);
        if !rendered.missing.is_empty() {
            return Ok(Err(LeftReason::MissingVariables {
                names: rendered.missing,
            }));
        }
        if is_public(case) && !find_personal_data(&rendered.text).is_empty() {
            return Ok(Err(LeftReason::PersonalData));
        }
        Ok(Ok(PlannedReply {
            case_id: case.id,
            community: community.handle.clone(),
            brand: brand.slug.clone(),
            locale: v.locale.clone(),
            channel,
            body: rendered.text,
            recipient,
        }))
    }
}

/// The language the customer writes in: that of their latest message,
/// when it was detected with confidence.
fn customer_language<'l>(
    thread: &[switchboard_domain::Message],
    languages: &'l HashMap<MessageId, MessageLanguage>,
) -> Option<&'l str> {
    let latest = thread
        .iter()
        .rev()
        .find(|m| m.direction == switchboard_domain::Direction::Inbound)?;
    languages
        .get(&latest.id)
        .filter(|l| l.confidence >= CONFIDENT && l.language != "und")
        .map(|l| l.language.as_str())
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
