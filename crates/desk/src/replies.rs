//! Sending a reply. On a community connected to its page, the reply goes
//! into the outbox (stored before any network call; the draft it came from
//! is cleared in the same transaction) and the connector sends it; it joins
//! the thread when the platform has it. On a community that is not
//! connected, the reply is recorded on the case as before (the agent posts
//! it on the page by other means).
//!
//! A Messenger reply is checked against the reply window first: when the
//! window is closed, nothing is stored, the draft stays, and the error says
//! when it closed.

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use serde::Serialize;
use switchboard_domain::lifecycle::apply_outbound;
use switchboard_domain::window::{messenger_window, MessengerWindow};
use switchboard_domain::{Agent, Case, CaseId, CaseKind, Direction, NewMessage};
use switchboard_store::{CaseChange, Connection, NewReply, OutboxId, OutboxItem, ReplyChannel};
use ts_rs::TS;

/// What sending did.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SendOutcome {
    /// In the outbox; the connector sends it.
    Queued { item: OutboxItem },
    /// Recorded on the case (the community is not connected).
    Recorded { case: Case },
    /// Not sent: a colleague replied or the customer wrote since the agent
    /// looked (`Desk::send_reply_seen`); the draft is kept.
    Held {
        collision: crate::collision::Collision,
    },
    /// Not sent: a public reply with personal data in it
    /// (`privacy::PrivacyHold`); the draft is kept.
    Personal { hold: crate::privacy::PrivacyHold },
}

/// Where a reply to this case goes: the channel and the recipient.
pub fn reply_target(
    case: &Case,
    window: Option<MessengerWindow>,
) -> Result<(ReplyChannel, String), DeskError> {
    // Moved to a private reply: the conversation goes on in Messenger.
    if let Some(psid) = &case.private_psid {
        let channel = match window {
            Some(MessengerWindow::HumanAgent { .. }) => ReplyChannel::MessengerHumanAgent,
            Some(MessengerWindow::Closed { closed_at }) => {
                return Err(DeskError::WindowClosed { closed_at })
            }
            _ => ReplyChannel::Messenger,
        };
        return Ok((channel, psid.clone()));
    }
    let (prefix, channel) = match case.kind {
        CaseKind::Messenger => {
            let channel = match window {
                Some(MessengerWindow::HumanAgent { .. }) => ReplyChannel::MessengerHumanAgent,
                Some(MessengerWindow::Closed { closed_at }) => {
                    return Err(DeskError::WindowClosed { closed_at })
                }
                _ => ReplyChannel::Messenger,
            };
            ("m:", channel)
        }
        CaseKind::Comment => ("c:", ReplyChannel::Comment),
        CaseKind::VisitorPost => ("p:", ReplyChannel::Comment),
        _ => ("", ReplyChannel::Comment),
    };
    let recipient = case
        .thread_key
        .strip_prefix(prefix)
        .filter(|r| !prefix.is_empty() && !r.is_empty())
        .ok_or_else(|| DeskError::BadInput {
            field: "thread",
            value: case.thread_key.clone(),
        })?;
    Ok((channel, recipient.to_string()))
}

/// The Messenger window of `case` at `now`, given the workspace's
/// `connections` (a page with the human-agent tag keeps it open 7 days);
/// None for a case that is not a Messenger conversation.
pub(crate) fn window_with(
    case: &Case,
    now: DateTime<Utc>,
    connections: &[Connection],
) -> Option<MessengerWindow> {
    if case.kind != CaseKind::Messenger && case.private_psid.is_none() {
        return None;
    }
    let human_agent = connections
        .iter()
        .any(|c| c.community_id == case.community_id && c.human_agent);
    Some(messenger_window(case.last_inbound_at, now, human_agent))
}

impl Desk {
    /// The Messenger window of the case at `now`, by the community's
    /// connection (HUMAN_AGENT when Meta allows it to this app).
    pub async fn window_of(
        &self,
        case: &Case,
        now: DateTime<Utc>,
    ) -> DeskResult<Option<MessengerWindow>> {
        if case.kind != CaseKind::Messenger && case.private_psid.is_none() {
            return Ok(None);
        }
        Ok(window_with(case, now, &self.store().connections().await?))
    }

    /// Sends `body` as `author`'s reply on the case; see the module's rules.
    pub async fn send_reply(
        &self,
        id: CaseId,
        author: &Agent,
        body: &str,
    ) -> DeskResult<SendOutcome> {
        let body = body.trim();
        if body.is_empty() {
            return Err(switchboard_domain::DomainError::EmptyMessage.into());
        }
        let case = self.store().case(id).await?;
        if let Some(hold) = self.privacy_hold(&case, body).await? {
            self.save_draft(id, author.id, body).await?;
            return Ok(SendOutcome::Personal { hold });
        }
        let connected = self
            .store()
            .connections()
            .await?
            .iter()
            .any(|c| c.community_id == case.community_id);
        if !connected {
            let case = self.record_reply(id, author, body).await?;
            return Ok(SendOutcome::Recorded { case });
        }
        if case.status == switchboard_domain::CaseStatus::Resolved {
            return Err(switchboard_domain::DomainError::CaseResolved.into());
        }
        let now = self.now();
        let window = self.window_of(&case, now).await?;
        let (channel, recipient) = reply_target(&case, window)?;
        let item = self
            .store()
            .enqueue_reply(&NewReply {
                case_id: id,
                agent_id: author.id,
                author: author.name.clone(),
                body: body.to_string(),
                channel,
                recipient,
                at: now,
            })
            .await?;
        self.announce(&case);
        Ok(SendOutcome::Queued { item })
    }

    /// The case's replies that are not sent yet (pending, sending, failed).
    pub async fn unsent_replies(&self, id: CaseId) -> DeskResult<Vec<OutboxItem>> {
        Ok(self.store().outbox_of_case(id).await?)
    }

    /// Sends a failed reply again.
    pub async fn retry_reply(&self, id: OutboxId) -> DeskResult<OutboxItem> {
        let item = self.store().retry_reply(id, self.now()).await?;
        self.announce_item(&item);
        Ok(item)
    }

    /// Takes a reply that is not sent back into the draft, to edit it.
    pub async fn withdraw_reply(&self, id: OutboxId) -> DeskResult<OutboxItem> {
        let item = self.store().withdraw_reply(id, self.now()).await?;
        self.announce_item(&item);
        Ok(item)
    }

    /// Marks a reply sent with the platform's id: it joins the thread as
    /// our outbound message (the first one stops the first-response clock).
    pub async fn reply_delivered(&self, item: &OutboxItem, external_id: &str) -> DeskResult<Case> {
        self.reply_delivered_to(item, external_id, None).await
    }

    /// As `reply_delivered`; a private reply's `psid` (the fan's
    /// page-scoped id) becomes the case's private channel.
    pub async fn reply_delivered_to(
        &self,
        item: &OutboxItem,
        external_id: &str,
        psid: Option<&str>,
    ) -> DeskResult<Case> {
        let now = self.now();
        let policy = self
            .case_policy(&self.store().case(item.case_id).await?)
            .await?;
        let message = NewMessage {
            direction: Direction::Outbound,
            author: item.author.clone(),
            body: item.body.clone(),
            external_id: Some(external_id.to_string()),
            created_at: now,
        };
        let agent = item.agent_id;
        let case = self
            .store()
            .reply_sent(item.id, external_id, &|current: &Case| {
                // A case resolved meanwhile stays resolved; the message is
                // still recorded, since the fan has it.
                let mut next = apply_outbound(current, &policy, now).unwrap_or_else(|_| {
                    let mut c = current.clone();
                    c.updated_at = now;
                    c
                });
                if next.assignee_id.is_none() {
                    next.assignee_id = Some(agent);
                }
                if let Some(p) = psid {
                    next.private_psid = Some(p.to_string());
                }
                Ok(CaseChange {
                    audit: None,
                    case: next,
                    message: Some(message.clone()),
                })
            })
            .await?;
        self.announce(&case);
        Ok(case)
    }

    pub(crate) fn announce_item(&self, item: &OutboxItem) {
        self.emit(crate::Change::Case {
            id: item.case_id,
            community: item.community_id,
        });
    }
}
