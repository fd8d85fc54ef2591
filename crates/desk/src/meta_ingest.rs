//! Events from Meta (a webhook body, or the sync engine's polls) turned into
//! cases and messages, idempotently: each inbound message is recorded once
//! by its platform id, so a webhook delivered twice, or a poll overlapping
//! a webhook, changes nothing.
//!
//! - A fan's Messenger message (or a postback's title) joins the fan's
//!   conversation with the page (thread `m:<fan id>`).
//! - A comment under a post joins the thread of its root comment
//!   (`c:<root comment id>`); a visitor's post opens its own (`p:<post id>`).
//! - The page's own echoes and comments are outbound. What the outbox sent
//!   is recorded already (or reconciled by the outbox); what the page sent
//!   from elsewhere joins its thread's case (`page_messages`). The page's
//!   own posts open nothing.
//! - Edits, deletions, reactions and receipts are counted and logged; they
//!   change no case yet.
//! - Events for pages that are not communities of this workspace are
//!   acknowledged and logged, never an error: one odd event never fails
//!   its batch.
//! - Each event is recorded on its own: one that fails to be stored is
//!   logged (its kind, page and platform id, never its text) and reported,
//!   and the events after it are recorded all the same.
//! - The languages of a batch's new messages are detected on a blocking
//!   thread while the next events are recorded, then saved; the cases'
//!   changes are announced once their messages have their language.

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, TimeZone, Utc};
use std::collections::HashMap;
use switchboard_domain::{CaseId, CaseKind, Community, CommunityId, MessageId, SlaPolicy};
use switchboard_meta::webhook::{Event, Verb};
use switchboard_store::{InboundMessage, InboundOutcome};

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct IngestSummary {
    pub stored: u64,
    pub duplicates: u64,
    /// The page's own messages and comments (outbound), seen.
    pub outbound: u64,
    /// Of those, sent from elsewhere and now recorded on their case.
    pub page_messages: u64,
    /// Events for pages that are not communities here.
    pub unknown_pages: u64,
    /// Edits, deletions, reactions, receipts: logged only.
    pub ignored: u64,
    /// Events that could not be recorded (see `IngestReport::failures`).
    pub failed: u64,
}

/// An event of a batch that could not be recorded.
#[derive(Debug)]
pub struct IngestFailure {
    /// Its place in the batch.
    pub index: usize,
    /// Its kind, page and platform id (never its text), for the log.
    pub event: String,
    pub error: DeskError,
}

/// What a batch brought, and the events that could not be recorded.
#[derive(Debug, Default)]
pub struct IngestReport {
    pub summary: IngestSummary,
    pub failures: Vec<IngestFailure>,
}

/// A batch under way: its communities' SLA policies as read, new
/// messages waiting for their language, and the cases they changed.
struct Pending {
    policies: HashMap<CommunityId, SlaPolicy>,
    crises: crate::crisis::CrisisLookup,
    detect: std::sync::mpsc::Sender<(MessageId, String)>,
    changed: Vec<(CaseId, CommunityId)>,
}

/// What identifies an event in a log: its kind, page and platform id.
/// Never its text, nor a fan's name.
pub fn describe(e: &Event) -> String {
    match e {
        Event::Message { page_id, mid, .. } => format!("message {mid} on page {page_id}"),
        Event::MessageEdit { page_id, mid, .. } => format!("edit of {mid} on page {page_id}"),
        Event::MessageDelete { page_id, mid } => format!("deletion of {mid} on page {page_id}"),
        Event::Reaction { page_id, mid, .. } => format!("reaction to {mid} on page {page_id}"),
        Event::Postback {
            page_id,
            fan_id,
            timestamp_ms,
            ..
        } => format!("postback of {fan_id} at {timestamp_ms} on page {page_id}"),
        Event::Receipt {
            page_id, fan_id, ..
        } => format!("receipt of {fan_id} on page {page_id}"),
        Event::Comment {
            page_id,
            comment_id,
            ..
        } => format!("comment {comment_id} on page {page_id}"),
        Event::Post {
            page_id, post_id, ..
        } => format!("post {post_id} on page {page_id}"),
        Event::FeedReaction {
            page_id, post_id, ..
        } => format!("reaction to {post_id} on page {page_id}"),
    }
}

fn page_of(e: &Event) -> &str {
    match e {
        Event::Message { page_id, .. }
        | Event::MessageEdit { page_id, .. }
        | Event::MessageDelete { page_id, .. }
        | Event::Reaction { page_id, .. }
        | Event::Postback { page_id, .. }
        | Event::Receipt { page_id, .. }
        | Event::Comment { page_id, .. }
        | Event::Post { page_id, .. }
        | Event::FeedReaction { page_id, .. } => page_id,
    }
}

fn at_ms(ms: i64, now: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or(now)
}

fn at_secs(s: i64, now: DateTime<Utc>) -> DateTime<Utc> {
    if s <= 0 {
        return now;
    }
    Utc.timestamp_opt(s, 0).single().unwrap_or(now)
}

/// A fan's name when the event carries none: "Fan" and the end of the id.
fn fan_name(id: &str) -> String {
    let tail: String = id
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("Fan …{tail}")
}

impl Desk {
    /// Records what `events` bring, each event on its own; see the module's
    /// rules. An error is returned only when nothing could be read to
    /// start with (the workspace's communities); an event that fails is in
    /// the report's failures, and the others are recorded.
    pub async fn ingest_meta_events(&self, events: &[Event]) -> DeskResult<IngestReport> {
        self.ingest_each(events, &HashMap::new()).await
    }

    /// As `ingest_each`, all or an error: every event is tried, and the
    /// first failure, if any, is the answer (a poll reads those again).
    pub async fn ingest_named(
        &self,
        events: &[Event],
        names: &HashMap<String, String>,
    ) -> DeskResult<IngestSummary> {
        let report = self.ingest_each(events, names).await?;
        match report.failures.into_iter().next() {
            Some(f) => Err(f.error),
            None => Ok(report.summary),
        }
    }

    /// Records `events` one by one, with fans' names where the events
    /// carry none (a poll knows them; a Messenger webhook does not).
    pub async fn ingest_each(
        &self,
        events: &[Event],
        names: &HashMap<String, String>,
    ) -> DeskResult<IngestReport> {
        let now = self.now();
        let communities: HashMap<String, Community> = self
            .store()
            .communities()
            .await?
            .into_iter()
            .map(|c| (c.page_id.clone(), c))
            .collect();
        let mut report = IngestReport::default();
        let (detect, samples) = std::sync::mpsc::channel::<(MessageId, String)>();
        let detecting = tokio::task::spawn_blocking(move || {
            let detector = crate::inbound::detector();
            samples
                .into_iter()
                .map(|(id, text)| (id, detector.detect(&text)))
                .collect::<Vec<_>>()
        });
        let mut pending = Pending {
            policies: HashMap::new(),
            crises: self.crisis_lookup().await?,
            detect,
            changed: Vec::new(),
        };
        for (index, e) in events.iter().enumerate() {
            let page = page_of(e);
            let Some(c) = communities.get(page) else {
                tracing::info!(page = %page, "event for a page that is not a community here");
                report.summary.unknown_pages += 1;
                continue;
            };
            let sum = &mut report.summary;
            let ingested = self.ingest_one(c, e, names, now, sum, &mut pending).await;
            if let Err(error) = ingested {
                let event = describe(e);
                tracing::error!(%event, %error, "event not recorded");
                report.summary.failed += 1;
                report.failures.push(IngestFailure {
                    index,
                    event,
                    error,
                });
            }
        }
        let Pending {
            detect, changed, ..
        } = pending;
        drop(detect);
        for (id, d) in detecting.await.unwrap_or_default() {
            // The message is recorded; its language is a note on it.
            if let Err(error) = self.save_language(id, &d).await {
                tracing::warn!(message = id.0, %error, "language not recorded");
            }
        }
        let mut announced = std::collections::HashSet::new();
        for (id, community) in changed {
            if announced.insert(id) {
                self.emit(crate::Change::Case { id, community });
            }
        }
        Ok(report)
    }

    async fn ingest_one(
        &self,
        c: &Community,
        e: &Event,
        names: &HashMap<String, String>,
        now: DateTime<Utc>,
        sum: &mut IngestSummary,
        pending: &mut Pending,
    ) -> DeskResult<()> {
        let inbound = match e {
            Event::Message {
                outbound: true,
                fan_id,
                mid,
                text,
                timestamp_ms,
                ..
            } => {
                sum.outbound += 1;
                let body = text.as_deref().unwrap_or_default();
                let at = at_ms(*timestamp_ms, now);
                if self
                    .record_page_message(c, format!("m:{fan_id}"), mid, body, at)
                    .await?
                {
                    sum.page_messages += 1;
                }
                return Ok(());
            }
            Event::Comment {
                outbound: true,
                verb: Verb::Add,
                post_id,
                comment_id,
                parent_id,
                message,
                created_time,
                ..
            } => {
                sum.outbound += 1;
                // Under a fan's comment, or under a visitor's post.
                let thread = match parent_id {
                    Some(parent) => format!("c:{parent}"),
                    None => format!("p:{post_id}"),
                };
                let body = message.as_deref().unwrap_or_default();
                let at = at_secs(*created_time, now);
                if self
                    .record_page_message(c, thread, comment_id, body, at)
                    .await?
                {
                    sum.page_messages += 1;
                }
                return Ok(());
            }
            Event::Comment { outbound: true, .. } | Event::Post { outbound: true, .. } => {
                sum.outbound += 1;
                return Ok(());
            }
            Event::Message {
                fan_id,
                mid,
                text,
                attachments,
                timestamp_ms,
                ..
            } => {
                let mut body = text.clone().unwrap_or_default();
                for a in attachments {
                    if !body.is_empty() {
                        body.push('\n');
                    }
                    body.push_str(a);
                }
                Some(InboundMessage {
                    community_id: c.id,
                    external_id: mid.clone(),
                    thread_key: format!("m:{fan_id}"),
                    kind: CaseKind::Messenger,
                    contact_external_id: fan_id.clone(),
                    contact_name: names
                        .get(fan_id)
                        .cloned()
                        .unwrap_or_else(|| fan_name(fan_id)),
                    body,
                    at: at_ms(*timestamp_ms, now),
                })
            }
            Event::Postback {
                fan_id,
                title,
                payload,
                timestamp_ms,
                ..
            } => Some(InboundMessage {
                community_id: c.id,
                external_id: format!("postback:{fan_id}:{timestamp_ms}:{payload}"),
                thread_key: format!("m:{fan_id}"),
                kind: CaseKind::Messenger,
                contact_external_id: fan_id.clone(),
                contact_name: fan_name(fan_id),
                body: title.clone(),
                at: at_ms(*timestamp_ms, now),
            }),
            Event::Comment {
                verb: Verb::Add,
                comment_id,
                parent_id,
                from_id,
                from_name,
                message,
                created_time,
                ..
            } => Some(InboundMessage {
                community_id: c.id,
                external_id: comment_id.clone(),
                thread_key: format!("c:{}", parent_id.as_ref().unwrap_or(comment_id)),
                kind: CaseKind::Comment,
                contact_external_id: from_id.clone(),
                contact_name: if from_name.is_empty() {
                    fan_name(from_id)
                } else {
                    from_name.clone()
                },
                body: message.clone().unwrap_or_default(),
                at: at_secs(*created_time, now),
            }),
            Event::Post {
                verb: Verb::Add,
                post_id,
                from_id,
                from_name,
                message,
                created_time,
                ..
            } => Some(InboundMessage {
                community_id: c.id,
                external_id: post_id.clone(),
                thread_key: format!("p:{post_id}"),
                kind: CaseKind::VisitorPost,
                contact_external_id: from_id.clone(),
                contact_name: if from_name.is_empty() {
                    fan_name(from_id)
                } else {
                    from_name.clone()
                },
                body: message.clone().unwrap_or_default(),
                at: at_secs(*created_time, now),
            }),
            _ => None,
        };
        match inbound {
            Some(m) if !m.body.trim().is_empty() => {
                let policy = match pending.policies.get(&c.id) {
                    Some(p) => p.clone(),
                    None => {
                        let p = self.store().sla_policy(c.id).await?;
                        pending.policies.entry(c.id).or_insert(p).clone()
                    }
                };
                let stamp = pending.crises.stamp(c.id, m.at, &policy);
                match self
                    .store()
                    .record_inbound(&m, &policy, stamp.as_ref())
                    .await?
                {
                    InboundOutcome::Stored {
                        message_id,
                        case_id,
                        ..
                    } => {
                        sum.stored += 1;
                        let sample = switchboard_l10n::detect::sample(&m.body).to_string();
                        // The detector outlives the batch's loop.
                        let _ = pending.detect.send((message_id, sample));
                        pending.changed.push((case_id, c.id));
                    }
                    InboundOutcome::Duplicate { .. } => sum.duplicates += 1,
                }
            }
            _ => {
                tracing::debug!(event = %describe(e), "event logged, no case changed");
                sum.ignored += 1;
            }
        }
        Ok(())
    }
}
