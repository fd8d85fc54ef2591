//! Sending the outbox, and reconciling what a crash left half-sent.
//!
//! A reply is claimed (pending → sending) under a lease before the network
//! call, and marked sent with the platform's id after it, in the same
//! transaction as its message joins the thread. Any number of connectors
//! (windows, `sync`, `serve`) may run on one workspace: a reply `sending`
//! under a lease that still runs belongs to its sender, and nobody else
//! touches it. Once the lease ran out (its sender stopped, or never learnt
//! how the call went), one connector takes it over and looks it up on the
//! page: the page's own message or comment with the same text marks it
//! sent; when there is none, it goes back to pending and is sent. A private
//! reply cannot be looked up that way; it is marked failed as unconfirmed,
//! for the agent to check, rather than risk sending it twice.

use super::{Connector, Round};
use crate::{DeskError, DeskResult};
use chrono::{Duration, Utc};
use switchboard_domain::Community;
use switchboard_meta::errors::Action;
use switchboard_meta::graph::{GraphError, SendAs};
use switchboard_store::{AfterFailure, Connection, Lease, OutboxItem, OutboxState, ReplyChannel};

/// Replies sent per community per round, at most.
const BATCH: u32 = 50;
/// How long a sender holds a reply: well over the Graph client's 30-second
/// timeout, so a lease runs out only when its sender stopped.
pub(super) const LEASE_SECS: i64 = 120;

#[derive(Debug, Default)]
pub(crate) struct Flushed {
    pub sent: u64,
    pub failed: u64,
    pub reconciled: u64,
}

/// What the platform's answer to a send means for the reply.
enum Outcome {
    Sent(String),
    /// The call may or may not have reached Meta: look it up later.
    Unknown,
    Failed(String, AfterFailure),
    /// Stop sending this community's replies for now.
    Pause(String, AfterFailure, DeskError),
}

impl Connector {
    pub(crate) async fn flush_outbox(
        &self,
        conn: &Connection,
        community: &Community,
        round: Round,
    ) -> DeskResult<Flushed> {
        let mut done = Flushed::default();
        let store = self.desk.store();
        for item in store.outbox_in_state(OutboxState::Sending, BATCH).await? {
            if item.community_id == community.id
                && store.take_stale_reply(item.id, &self.lease()).await?
                && self.reconcile(conn, community, &item).await?
            {
                done.reconciled += 1;
            }
        }
        let now = self.desk.now();
        let due: Vec<OutboxItem> = store
            .outbox_in_state(OutboxState::Pending, BATCH * 4)
            .await?
            .into_iter()
            .filter(|i| i.community_id == community.id)
            .filter(|i| i.next_attempt_at.is_none_or(|t| t <= now))
            .take(BATCH as usize)
            .collect();
        if due.is_empty() {
            return Ok(done);
        }
        let token = match self.token(community) {
            Ok(t) => t,
            // A server that only helps sending may have no token for this
            // page: the laptops that have one send, and the page's health
            // is theirs to report.
            Err(_) if round == Round::SendOnly => return Ok(done),
            Err(e) => {
                self.record_failure(community, conn, &e).await?;
                return Ok(done);
            }
        };
        let client = self.client(&conn.base_url)?;
        for item in due {
            if !store.claim_reply(item.id, &self.lease()).await? {
                continue;
            }
            let page = &community.page_id;
            let t = token.expose();
            // A private reply also names the fan's page-scoped id, by which
            // their answers in Messenger join this case.
            let mut psid = None;
            let result = match item.channel {
                ReplyChannel::Messenger => {
                    client
                        .send_message(page, t, &item.recipient, &item.body, SendAs::Response)
                        .await
                }
                ReplyChannel::MessengerHumanAgent => {
                    client
                        .send_message(page, t, &item.recipient, &item.body, SendAs::HumanAgent)
                        .await
                }
                ReplyChannel::Comment => {
                    client
                        .reply_to_comment(&item.recipient, t, &item.body)
                        .await
                }
                ReplyChannel::PrivateReply => client
                    .private_reply(page, t, &item.recipient, &item.body)
                    .await
                    .map(|(mid, fan)| {
                        psid = Some(fan).filter(|f| !f.is_empty());
                        mid
                    }),
            };
            match self.outcome(result) {
                Outcome::Sent(id) => {
                    self.desk
                        .reply_delivered_to(&item, &id, psid.as_deref())
                        .await?;
                    done.sent += 1;
                }
                Outcome::Unknown => {
                    tracing::warn!(reply = %item.id, "send outcome unknown; it will be looked up");
                }
                Outcome::Failed(reason, after) => {
                    let item = store
                        .reply_failed(item.id, &reason, &after, self.desk.now())
                        .await?;
                    self.desk.announce_item(&item);
                    done.failed += 1;
                }
                Outcome::Pause(reason, after, err) => {
                    let item = store
                        .reply_failed(item.id, &reason, &after, self.desk.now())
                        .await?;
                    self.desk.announce_item(&item);
                    self.record_failure(community, conn, &err).await?;
                    return Ok(done);
                }
            }
        }
        Ok(done)
    }

    /// A lease on a reply for this connector, from now.
    pub(super) fn lease(&self) -> Lease {
        let at = self.desk.now();
        Lease {
            owner: self.sender.clone(),
            at,
            until: at + self.lease,
        }
    }

    fn outcome(&self, result: Result<String, GraphError>) -> Outcome {
        let now = self.desk.now();
        match result {
            Ok(id) => Outcome::Sent(id),
            Err(GraphError::Unreachable(_) | GraphError::Unexpected(_)) => Outcome::Unknown,
            Err(GraphError::Meta(action)) => match action {
                Action::OutsideWindow => {
                    Outcome::Failed("outside-window".into(), AfterFailure::FailToDraft)
                }
                Action::Rejected { code, message, .. } => {
                    Outcome::Failed(format!("rejected:{code}: {message}"), AfterFailure::Fail)
                }
                Action::BackOff { after } => {
                    let wait = after
                        .and_then(|d| Duration::from_std(d).ok())
                        .unwrap_or(Duration::seconds(super::BACK_OFF_SECS));
                    Outcome::Pause(
                        "back-off".into(),
                        AfterFailure::RetryAt(now + wait),
                        DeskError::Graph(GraphError::Meta(Action::BackOff { after })),
                    )
                }
                Action::Reauthorize => Outcome::Pause(
                    "reauthorize".into(),
                    AfterFailure::RetryAt(now),
                    DeskError::Graph(GraphError::Meta(Action::Reauthorize)),
                ),
            },
        }
    }

    /// Every reply left `sending` by a sender that stopped (its lease ran
    /// out), looked up on its page; a reply another running connector is
    /// sending is left to it. Returns how many were found sent.
    pub async fn reconcile_all(&self) -> DeskResult<u64> {
        let store = self.desk.store();
        let connections = store.connections().await?;
        let mut found = 0;
        for item in store.outbox_in_state(OutboxState::Sending, 1000).await? {
            let Some(conn) = connections
                .iter()
                .find(|c| c.community_id == item.community_id)
            else {
                continue;
            };
            if !store.take_stale_reply(item.id, &self.lease()).await? {
                continue;
            }
            let community = store.community(item.community_id).await?;
            match self.reconcile(conn, &community, &item).await {
                Ok(true) => found += 1,
                Ok(false) => {}
                Err(e) => tracing::warn!(reply = %item.id, error = %e, "could not reconcile"),
            }
        }
        Ok(found)
    }

    /// Looks the reply up on the page: true when it was there (now marked
    /// sent); otherwise it is pending again (or failed as unconfirmed).
    async fn reconcile(
        &self,
        conn: &Connection,
        community: &Community,
        item: &OutboxItem,
    ) -> DeskResult<bool> {
        let token = self.token(community)?;
        let client = self.client(&conn.base_url)?;
        let t = token.expose();
        let since = item.created_at - Duration::minutes(5);
        let mine = |from: &str, text: &str, at: &str| {
            from == community.page_id
                && text == item.body
                && super::sync::graph_instant(at).is_none_or(|a| a >= since)
        };
        let found = match item.channel {
            ReplyChannel::Messenger | ReplyChannel::MessengerHumanAgent => {
                match client
                    .conversation_with(&community.page_id, t, &item.recipient)
                    .await?
                {
                    Some(conv) => client
                        .messages(&conv.id, t, None)
                        .await?
                        .data
                        .into_iter()
                        .find(|m| mine(&m.from_id, &m.text, &m.created_time))
                        .map(|m| m.id),
                    None => None,
                }
            }
            ReplyChannel::Comment => client
                .comments(&item.recipient, t, None)
                .await?
                .data
                .into_iter()
                .find(|c| mine(&c.from_id, &c.text, &c.created_time))
                .map(|c| c.id),
            ReplyChannel::PrivateReply => {
                let item = self
                    .desk
                    .store()
                    .reply_failed(item.id, "unconfirmed", &AfterFailure::Fail, Utc::now())
                    .await?;
                self.desk.announce_item(&item);
                return Ok(false);
            }
        };
        match found {
            Some(id) => {
                tracing::info!(reply = %item.id, "found on the page: marked sent, not sent again");
                self.desk.reply_delivered(item, &id).await?;
                Ok(true)
            }
            None => {
                let now = self.desk.now();
                let item = self
                    .desk
                    .store()
                    .reply_failed(item.id, "interrupted", &AfterFailure::RetryAt(now), now)
                    .await?;
                self.desk.announce_item(&item);
                Ok(false)
            }
        }
    }
}
