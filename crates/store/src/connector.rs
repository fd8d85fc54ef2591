//! What the connector keeps: which communities are connected to their
//! platform page and how their sync is going, where each sync stream
//! stopped (cursors), and the outbox of replies on their way out.
//!
//! No token is ever here: a connection names the page, the token is in the
//! OS keychain under the page id.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use switchboard_domain::{AgentId, CaseId, CommunityId};
use ts_rs::TS;

/// How a community's sync stands, as the matrix shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncStatus {
    /// Connected; not synced yet, or the last sync went through.
    Ok,
    /// The platform refused the token: someone must connect the page again.
    /// Nothing is lost; the sync and the outbox wait.
    NeedsReauth,
    /// The platform asked us to slow down; the next attempt is scheduled.
    BackingOff,
    /// The last attempt failed (network, unexpected answer); it is retried.
    Failing,
}

impl SyncStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SyncStatus::Ok => "ok",
            SyncStatus::NeedsReauth => "needs_reauth",
            SyncStatus::BackingOff => "backing_off",
            SyncStatus::Failing => "failing",
        }
    }

    pub fn parse(s: &str) -> Option<SyncStatus> {
        Some(match s {
            "ok" => SyncStatus::Ok,
            "needs_reauth" => SyncStatus::NeedsReauth,
            "backing_off" => SyncStatus::BackingOff,
            "failing" => SyncStatus::Failing,
            _ => return None,
        })
    }
}

/// A community connected to its page on the platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Connection {
    pub community_id: CommunityId,
    /// The versioned Graph API root, e.g. `https://graph.facebook.com/v21.0`.
    pub base_url: String,
    /// Meta allows this app the HUMAN_AGENT tag (replies up to 7 days).
    pub human_agent: bool,
    /// Seconds between polls in solo mode.
    pub poll_secs: i64,
    pub connected_at: DateTime<Utc>,
    #[serde(flatten)]
    pub health: SyncHealth,
}

/// The sync's state as the last attempt left it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncHealth {
    pub status: SyncStatus,
    pub last_sync_at: Option<DateTime<Utc>>,
    /// Why the last attempt failed, as every other error of the desk:
    /// a stable code and its named arguments.
    pub last_error: Option<SyncError>,
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// Why a community's last sync failed: the code of the desk's error
/// (`graph-reauthorize`, `graph-back-off`, `graph-rejected`, `no-token`...)
/// and its named arguments, which fronts turn into a sentence with
/// `error-<code>` from app.ftl, as they do with every other error. Backends
/// keep it as JSON text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncError {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl SyncError {
    pub fn new(code: impl Into<String>, args: &[(&str, String)]) -> SyncError {
        SyncError {
            code: code.into(),
            args: args
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }

    /// As a backend writes it into its text column: `{"args":{…},"code":…}`.
    pub fn to_json(&self) -> String {
        use serde_json::{Map, Value};
        let args: Map<String, Value> = self
            .args
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        let mut object = Map::new();
        object.insert("code".into(), Value::String(self.code.clone()));
        object.insert("args".into(), Value::Object(args));
        Value::Object(object).to_string()
    }

    /// As a backend reads it back. Text written before errors had
    /// arguments (a bare code such as `reauthorize`) is that code alone.
    pub fn from_json(text: &str) -> SyncError {
        serde_json::from_str(text).unwrap_or_else(|_| SyncError {
            code: text.to_string(),
            args: BTreeMap::new(),
        })
    }
}

impl SyncHealth {
    pub fn fresh() -> SyncHealth {
        SyncHealth {
            status: SyncStatus::Ok,
            last_sync_at: None,
            last_error: None,
            next_attempt_at: None,
        }
    }
}

/// Where a reply goes on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReplyChannel {
    /// A Messenger message to the fan (recipient: the fan's page-scoped id).
    Messenger,
    /// A Messenger message tagged HUMAN_AGENT (up to 7 days after the fan's
    /// last message).
    MessengerHumanAgent,
    /// A public reply under a comment or a visitor post (recipient: its id).
    Comment,
    /// A private Messenger reply to a comment (recipient: the comment id).
    PrivateReply,
}

impl ReplyChannel {
    pub fn as_str(self) -> &'static str {
        match self {
            ReplyChannel::Messenger => "messenger",
            ReplyChannel::MessengerHumanAgent => "messenger_human_agent",
            ReplyChannel::Comment => "comment",
            ReplyChannel::PrivateReply => "private_reply",
        }
    }

    pub fn parse(s: &str) -> Option<ReplyChannel> {
        Some(match s {
            "messenger" => ReplyChannel::Messenger,
            "messenger_human_agent" => ReplyChannel::MessengerHumanAgent,
            "comment" => ReplyChannel::Comment,
            "private_reply" => ReplyChannel::PrivateReply,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    /// Stored, not sent yet (or to be sent again after a back-off).
    Pending,
    /// Claimed by a sender: the network call may have happened. After a
    /// crash, start-up reconciles these against the platform.
    Sending,
    /// The platform has it (its id is kept).
    Sent,
    /// Refused; the reason is kept and the agent can retry or edit.
    Failed,
}

impl OutboxState {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Pending => "pending",
            OutboxState::Sending => "sending",
            OutboxState::Sent => "sent",
            OutboxState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<OutboxState> {
        Some(match s {
            "pending" => OutboxState::Pending,
            "sending" => OutboxState::Sending,
            "sent" => OutboxState::Sent,
            "failed" => OutboxState::Failed,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(transparent)]
pub struct OutboxId(pub i64);

impl std::fmt::Display for OutboxId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A reply to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReply {
    pub case_id: CaseId,
    pub agent_id: AgentId,
    pub author: String,
    pub body: String,
    pub channel: ReplyChannel,
    /// The fan's page-scoped id, or the comment or post replied to.
    pub recipient: String,
    pub at: DateTime<Utc>,
}

/// A message the page itself sent from somewhere else than Switchboard
/// (Meta Business Suite, the page's inbox), seen by a poll or a webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMessage {
    pub community_id: CommunityId,
    /// The thread it belongs to: `m:<fan id>`, `c:<root comment id>`.
    pub thread_key: String,
    pub external_id: String,
    pub author: String,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// A reply in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OutboxItem {
    pub id: OutboxId,
    pub case_id: CaseId,
    pub community_id: CommunityId,
    pub agent_id: AgentId,
    pub author: String,
    pub body: String,
    pub channel: ReplyChannel,
    pub recipient: String,
    pub state: OutboxState,
    pub attempts: i64,
    /// Why the last attempt failed: a stable code and, after a colon, the
    /// platform's message.
    pub error: Option<String>,
    /// The platform's id for the sent message or comment.
    pub external_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Not before this time (a back-off), when pending.
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// Who is sending it (a sender's own id) and until when, while it is
    /// `sending`.
    pub lease_owner: Option<String>,
    pub lease_until: Option<DateTime<Utc>>,
}

/// A sender's hold on a reply while it calls the platform: any number of
/// windows, `sync` and `serve` may run at once, and a reply is sent by the
/// one holding its lease; another looks it up and sends it again only once
/// the lease ran out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    /// The sender's id, unique per running connector.
    pub owner: String,
    /// Now.
    pub at: DateTime<Utc>,
    /// When the hold ends if the sender says nothing more.
    pub until: DateTime<Utc>,
}

/// What to do with a reply after a failed attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterFailure {
    /// Back to pending, tried again from `at` on.
    RetryAt(DateTime<Utc>),
    /// Failed until an agent retries it.
    Fail,
    /// Failed, and its text goes back into the agent's draft of the case
    /// (appended when the draft has text): the composer shows it again.
    FailToDraft,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_sync_error_survives_its_json_text() {
        let e = SyncError::new(
            "graph-rejected",
            &[("detail", "(100) Unsupported \"get\" request".into())],
        );
        let text = e.to_json();
        assert_eq!(
            text,
            r#"{"args":{"detail":"(100) Unsupported \"get\" request"},"code":"graph-rejected"}"#
        );
        assert_eq!(SyncError::from_json(&text), e);
        assert_eq!(SyncError::from_json(&serde_json::to_string(&e).unwrap()), e);
    }

    #[test]
    fn text_written_before_arguments_is_read_as_a_bare_code() {
        assert_eq!(
            SyncError::from_json("reauthorize"),
            SyncError::new("reauthorize", &[])
        );
        assert_eq!(
            SyncError::from_json("rejected:100: Unsupported get request"),
            SyncError::new("rejected:100: Unsupported get request", &[])
        );
    }
}
