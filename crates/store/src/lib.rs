//! The storage contract of the desk.
//!
//! One async trait, implemented by an embedded SQLite backend (a laptop) and
//! a PostgreSQL backend (a team sharing one desk). The desk's use cases are
//! written against `dyn Store`, and one test suite (tests/) runs against both
//! backends, so the two cannot drift apart. Rules (state machine, SLA
//! arithmetic) are not here: they are pure functions in `switchboard-domain`
//! that the backends call inside their write transactions, so that a
//! decision and the rows it changes are atomic.

mod error;
pub mod inbound;
mod rows;
pub mod search;

pub use error::StoreError;
pub use rows::*;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use switchboard_domain::{
    Agent, AgentId, Brand, Case, CaseId, Community, CommunityId, ContactId, DomainError, Expert,
    Handoff, Message, SlaPolicy,
};

pub type StoreResult<T> = Result<T, StoreError>;

/// What a change to one case does, decided by the desk from the case as it is
/// inside the write transaction.
pub type CaseChangeFn<'a> = &'a (dyn Fn(&Case) -> Result<CaseChange, DomainError> + Send + Sync);

#[async_trait]
pub trait Store: Send + Sync {
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;

    /// Deletes every row of the workspace (communities, cases, people...).
    async fn reset_workspace(&self) -> StoreResult<()>;

    /// Creates the brand if no brand has this slug; returns it either way.
    async fn ensure_brand(&self, name: &str) -> StoreResult<Brand>;
    async fn brands(&self) -> StoreResult<Vec<Brand>>;

    async fn create_community(&self, new: &NewCommunity) -> StoreResult<Community>;
    /// Ordered by brand name, then locale.
    async fn communities(&self) -> StoreResult<Vec<Community>>;
    async fn community(&self, id: CommunityId) -> StoreResult<Community>;
    async fn community_by_handle(&self, handle: &str) -> StoreResult<Option<Community>>;

    async fn set_sla_policy(&self, community: CommunityId, policy: &SlaPolicy) -> StoreResult<()>;
    /// The community's policy; the default policy in Europe/Zurich when none
    /// was set.
    async fn sla_policy(&self, community: CommunityId) -> StoreResult<SlaPolicy>;

    async fn add_agent(&self, new: &NewAgent) -> StoreResult<Agent>;
    async fn agents(&self) -> StoreResult<Vec<Agent>>;

    async fn add_expert(&self, new: &NewExpert) -> StoreResult<Expert>;
    async fn experts(&self) -> StoreResult<Vec<Expert>>;

    async fn add_handoff(&self, new: &NewHandoff) -> StoreResult<Handoff>;
    async fn handoffs_of_case(&self, case: CaseId) -> StoreResult<Vec<Handoff>>;

    /// Records a fan's message exactly once: a second call with the same
    /// (community, external id) changes nothing and says `Duplicate`.
    async fn record_inbound(
        &self,
        message: &InboundMessage,
        policy: &SlaPolicy,
    ) -> StoreResult<InboundOutcome>;

    async fn case(&self, id: CaseId) -> StoreResult<Case>;
    /// The case's messages, oldest first.
    async fn thread(&self, id: CaseId) -> StoreResult<Vec<Message>>;
    /// Reads the case inside a write transaction, asks `change` what to do,
    /// and writes the result (and the message it adds, if any) atomically.
    async fn change_case(&self, id: CaseId, change: CaseChangeFn<'_>) -> StoreResult<Case>;

    /// Open cases by urgency: running clocks first by due time, then paused
    /// ones by age.
    async fn queue(&self, filter: &QueueFilter, now: DateTime<Utc>) -> StoreResult<Vec<QueueRow>>;
    /// How many cases `queue` would list without its limit and offset.
    async fn queue_count(&self, filter: &QueueFilter) -> StoreResult<i64>;
    /// Every case of this contact, newest first.
    async fn cases_of_contact(&self, contact: ContactId) -> StoreResult<Vec<Case>>;
    /// Open cases whose running clock reached its at-risk or due time in
    /// `(after, until]`, by urgency: what to notify about.
    async fn sla_crossings(
        &self,
        after: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> StoreResult<Vec<QueueRow>>;

    /// Stores an agent's draft on a case; an empty body deletes it.
    async fn save_draft(&self, draft: &Draft) -> StoreResult<()>;
    async fn draft(&self, case: CaseId, agent: AgentId) -> StoreResult<Option<Draft>>;

    /// One row per community, in `communities()` order.
    async fn community_counts(&self, now: DateTime<Utc>) -> StoreResult<Vec<CommunityCounts>>;
    async fn search(&self, query: &str, limit: u32) -> StoreResult<Vec<SearchHit>>;

    /// Change log entries after `seq`, oldest first, for fronts that follow
    /// changes made by other processes.
    async fn changes_since(&self, seq: i64, limit: u32) -> StoreResult<Vec<ChangeRecord>>;
}
