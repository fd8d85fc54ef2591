//! What the store keeps of crisis mode: playbooks prepared beforehand,
//! declared crises, and the holding statement's post on each page
//! (docs/decisions/023-crises-playbooks-statements.md). The texts of
//! statements are templates (topic `statement`), kept with the others.

use chrono::{DateTime, Utc};
use serde::Serialize;
use switchboard_domain::{CommunityId, CrisisId, CrisisScope, CrisisTerms};
use ts_rs::TS;

/// The topic of every statement template (a playbook's or a crisis's):
/// they are not offered as replies.
pub const STATEMENT_TOPIC: &str = "statement";

/// A playbook: how the desk meets one kind of incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Playbook {
    /// `weather`, `strike`, `it-outage`: letters, digits and `-`.
    pub id: String,
    pub name: String,
    /// The promise to fans while a crisis declared from it lasts.
    pub terms: CrisisTerms,
    /// For helpers who join for the day: what to answer, what not to,
    /// where the facts are.
    pub guidance: String,
    pub updated_at: DateTime<Utc>,
}

impl Playbook {
    /// The template holding this playbook's statement.
    pub fn statement_template(&self) -> String {
        playbook_template(&self.id)
    }
}

/// The template id of playbook `id`'s statement.
pub fn playbook_template(id: &str) -> String {
    format!("playbook-{id}")
}

/// A crisis to declare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCrisis {
    pub name: String,
    pub scope: CrisisScope,
    pub playbook: Option<String>,
    pub terms: CrisisTerms,
    pub declared_at: DateTime<Utc>,
    pub declared_by: String,
}

/// Where a statement's post on one page stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PostState {
    /// To publish (or to update on the page).
    Pending,
    /// On its way, under a lease.
    Sending,
    /// The page shows `body`.
    Sent,
    /// The platform refused it; publishing again retries.
    Failed,
}

impl PostState {
    pub fn as_str(self) -> &'static str {
        match self {
            PostState::Pending => "pending",
            PostState::Sending => "sending",
            PostState::Sent => "sent",
            PostState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<PostState> {
        Some(match s {
            "pending" => PostState::Pending,
            "sending" => PostState::Sending,
            "sent" => PostState::Sent,
            "failed" => PostState::Failed,
            _ => return None,
        })
    }
}

/// A crisis's statement post on one community's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StatementPost {
    pub id: i64,
    pub crisis_id: CrisisId,
    pub community_id: CommunityId,
    /// The locale of the variant published.
    pub locale: String,
    /// What the page should show.
    pub body: String,
    pub state: PostState,
    /// The platform's post id, once published.
    pub post_id: Option<String>,
    /// What the page shows now (None before the first publication).
    pub published_body: Option<String>,
    pub attempts: i64,
    pub error: Option<String>,
    pub lease_owner: Option<String>,
    pub lease_until: Option<DateTime<Utc>>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

/// The text a page should show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostWrite {
    pub community_id: CommunityId,
    pub locale: String,
    pub body: String,
}

/// What taking a post to send found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostClaim {
    /// Someone else has it, or there is nothing to send.
    No,
    /// A pending post, now ours.
    Fresh,
    /// A post left `sending` whose lease ran out: it may be on the page
    /// already; look before publishing it again.
    Stale,
}

/// How an attempt to publish went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostResult {
    /// The page shows `body` as post `post_id`.
    Sent { post_id: String, body: String },
    /// Try again from `retry_at`, or (None) not until someone publishes
    /// again.
    Failed {
        error: String,
        retry_at: Option<DateTime<Utc>>,
    },
}
