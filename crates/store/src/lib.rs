//! The storage contract of the desk.
//!
//! One async trait, implemented by an embedded SQLite backend (a laptop) and
//! a PostgreSQL backend (a team sharing one desk). The desk's use cases are
//! written against `dyn Store`, and one test suite (tests/) runs against both
//! backends, so the two cannot drift apart. Rules (state machine, SLA
//! arithmetic) are not here: they are pure functions in `switchboard-domain`
//! that the backends call inside their write transactions, so that a
//! decision and the rows it changes are atomic.

pub mod clusters;
pub mod connector;
pub mod crises;
mod error;
pub mod figures;
pub mod handoffs;
pub mod inbound;
pub mod methods;
pub mod presence;
pub mod reports;
mod rows;
pub mod search;
pub mod team;
pub mod templates;

pub use clusters::{BulkReply, ClusterCase, KeptCluster};
pub use connector::{
    AfterFailure, Connection, Lease, NewReply, OutboxId, OutboxItem, OutboxState, PageMessage,
    ReplyChannel, SyncError, SyncHealth, SyncStatus,
};
pub use crises::{
    NewCrisis, Playbook, PostClaim, PostResult, PostState, PostWrite, StatementPost,
    STATEMENT_TOPIC,
};
pub use error::StoreError;
pub use figures::HandoffFigures;
pub use handoffs::{
    AuditEntry, AuditKind, ExpertHandoff, ExpertProfile, HandoffAsk, ImportSummary,
};
pub use presence::{Heartbeat, OnlineAgent, PresenceKind, PresenceRow, PresenceScope};
pub use reports::{FactKey, FactQuery, FactSums, KeyedHandoff, ReportFactsState, TopicSample};
pub use rows::*;
pub use team::{NewTeamMember, TeamLogin, TeamMember, TeamSetup};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use switchboard_domain::handoff::HandoffOutcome;
use switchboard_domain::{
    Agent, AgentId, Brand, BrandId, Case, CaseId, Community, CommunityId, ContactId, Crisis,
    CrisisId, CrisisStamp, DomainError, Expert, ExpertId, Handoff, HandoffId, Message, SlaPolicy,
};

pub type StoreResult<T> = Result<T, StoreError>;

/// How much of each message `Store::open_case_texts` reads: enough for a
/// question, bounded work on a long message.
pub const OPEN_CASE_TEXT_CHARS: u32 = 2_000;

/// What a change to one case does, decided by the desk from the case as it is
/// inside the write transaction.
pub type CaseChangeFn<'a> = &'a (dyn Fn(&Case) -> Result<CaseChange, DomainError> + Send + Sync);

/// Why a workspace was opened read-only: what it shows is there, and
/// nothing can be written to it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum ReadOnly {
    /// The file may not be written by this user (permissions, a read-only
    /// disk).
    File,
    /// SQLite's integrity check found damage; writing could spread it.
    Damaged { detail: String },
}

#[async_trait]
pub trait Store: Send + Sync {
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;
    /// Why the workspace is open read-only, if it is.
    fn read_only(&self) -> Option<ReadOnly> {
        None
    }
    /// Closes the connections, waiting for each to finish: a SQLite file
    /// is checkpointed and left without its write-ahead log. A process that
    /// ends should call it; the store is unusable afterwards.
    async fn close(&self) {}

    /// Deletes every row of the workspace (communities, cases, people...),
    /// its notes included.
    async fn reset_workspace(&self) -> StoreResult<()>;
    /// A note the workspace keeps about itself (see `set_workspace_note`).
    async fn workspace_note(&self, key: &str) -> StoreResult<Option<String>>;
    /// Sets (Some) or clears (None) a note, e.g. `incomplete` while a
    /// generated dataset is being written.
    async fn set_workspace_note(&self, key: &str, value: Option<&str>) -> StoreResult<()>;

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

    async fn expert(&self, id: ExpertId) -> StoreResult<Expert>;
    /// A new expert with a full profile.
    async fn create_expert(&self, profile: &ExpertProfile) -> StoreResult<Expert>;
    /// Replaces the profile (retirement is kept).
    async fn update_expert(&self, id: ExpertId, profile: &ExpertProfile) -> StoreResult<Expert>;
    /// Marks the expert retired at `at` (retiring twice keeps the first time).
    async fn retire_expert(&self, id: ExpertId, at: DateTime<Utc>) -> StoreResult<Expert>;
    /// Adds or updates (matched by e-mail, case-insensitive) every expert in
    /// one transaction: all of them or, on any error, none.
    async fn import_experts(&self, profiles: &[ExpertProfile]) -> StoreResult<ImportSummary>;

    /// Stores the question and moves its case to `waiting_expert` (by
    /// `handoffs::decide_ask`), with an audit entry, atomically.
    async fn ask_handoff(
        &self,
        ask: &HandoffAsk,
        policy: &SlaPolicy,
    ) -> StoreResult<(Handoff, Case)>;
    async fn handoff(&self, id: HandoffId) -> StoreResult<Handoff>;
    /// Answers, declines or expires an open handoff and moves its case back
    /// to `open` when no other handoff of it is open (by
    /// `handoffs::decide_close`), with an audit entry, atomically.
    async fn close_handoff(
        &self,
        id: HandoffId,
        outcome: &HandoffOutcome,
        actor: &str,
        at: DateTime<Utc>,
        policy: &SlaPolicy,
    ) -> StoreResult<(Handoff, Case)>;
    /// Open handoffs whose due time is at or before `now`, oldest due first.
    async fn overdue_handoffs(&self, now: DateTime<Utc>) -> StoreResult<Vec<Handoff>>;
    /// The expert's handoffs across every community: open ones first by due
    /// time, then closed ones newest first (only open ones if `open_only`).
    async fn handoffs_of_expert(
        &self,
        expert: ExpertId,
        open_only: bool,
    ) -> StoreResult<Vec<ExpertHandoff>>;
    /// The case's audit trail, oldest first.
    async fn audit_of_case(&self, case: CaseId) -> StoreResult<Vec<AuditEntry>>;
    /// Handoff figures for handoffs asked and cases opened from `since` on.
    async fn handoff_figures(&self, since: DateTime<Utc>) -> StoreResult<HandoffFigures>;

    /// Records a fan's message exactly once: a second call with the same
    /// (community, external id) changes nothing and says `Duplicate`. A
    /// case it opens while `crisis` runs over the community is stamped
    /// with it and runs under its policy (`inbound::decide`).
    async fn record_inbound(
        &self,
        message: &InboundMessage,
        policy: &SlaPolicy,
        crisis: Option<&CrisisStamp>,
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

    /// Open cases whose snooze ended at or before `now`, oldest end first,
    /// at most `limit`.
    async fn snoozed_due(&self, now: DateTime<Utc>, limit: u32) -> StoreResult<Vec<CaseId>>;

    /// Writes generated cases with their contacts and messages in one
    /// transaction; returns the new cases' ids in order. For benchmark
    /// datasets: no idempotency, no change log.
    async fn bulk_insert(&self, cases: &[BulkCase]) -> StoreResult<Vec<CaseId>>;

    /// Every template with its variants (brands by slug), by id.
    async fn templates(&self) -> StoreResult<Vec<templates::Template>>;
    /// Creates a template or updates its topic and reference locale.
    async fn save_template(&self, t: &templates::TemplateMeta) -> StoreResult<()>;
    /// Writes a variant of an existing template (see `VariantSaved`).
    async fn save_variant(
        &self,
        v: &templates::VariantWrite,
    ) -> StoreResult<templates::VariantSaved>;
    /// Clears a variant's outdated mark: someone checked it against the
    /// reference. Not found when there is no such variant.
    async fn confirm_variant(
        &self,
        template: &str,
        brand: Option<BrandId>,
        locale: &str,
    ) -> StoreResult<()>;
    async fn brand_voices(&self) -> StoreResult<Vec<templates::BrandVoice>>;
    async fn save_brand_voice(&self, v: &templates::BrandVoice) -> StoreResult<()>;
    async fn set_message_language(&self, l: &templates::MessageLanguage) -> StoreResult<()>;
    /// The detected languages of a case's messages, in thread order.
    async fn message_languages(&self, case: CaseId)
        -> StoreResult<Vec<templates::MessageLanguage>>;
    /// The detected languages of the messages of many cases at once (a
    /// cluster reply's), by message id; a case that is not there has none.
    async fn message_languages_of_cases(
        &self,
        cases: &[CaseId],
    ) -> StoreResult<Vec<templates::MessageLanguage>>;

    /// Stores an agent's draft on a case; an empty body deletes it.
    async fn save_draft(&self, draft: &Draft) -> StoreResult<()>;
    async fn draft(&self, case: CaseId, agent: AgentId) -> StoreResult<Option<Draft>>;

    /// One row per community, in `communities()` order.
    async fn community_counts(&self, now: DateTime<Utc>) -> StoreResult<Vec<CommunityCounts>>;
    /// Messages whose words start with every word of `query` among the
    /// cases `within` names, newest first.
    async fn search(
        &self,
        query: &str,
        within: &SearchFilter,
        limit: u32,
    ) -> StoreResult<Vec<SearchHit>>;

    /// Connects a community to its page, or updates the connection (its
    /// health is replaced too).
    async fn save_connection(&self, c: &Connection) -> StoreResult<()>;
    /// Every connection, in community id order.
    async fn connections(&self) -> StoreResult<Vec<Connection>>;
    /// Disconnects the community; its cursors go too (a new connection
    /// starts over, idempotently). Replies in the outbox stay.
    async fn remove_connection(&self, community: CommunityId) -> StoreResult<()>;
    /// Records how the last sync attempt went.
    async fn set_sync_health(&self, community: CommunityId, h: &SyncHealth) -> StoreResult<()>;
    /// Every stored cursor of the community's sync streams, by stream.
    async fn sync_cursors(&self, community: CommunityId) -> StoreResult<Vec<(String, String)>>;
    /// Sets (Some) or clears (None) cursors, all in one transaction.
    async fn save_sync_cursors(
        &self,
        community: CommunityId,
        cursors: &[(String, Option<String>)],
    ) -> StoreResult<()>;

    /// Stores a reply as pending and clears the agent's draft of the case,
    /// atomically: from here on the reply cannot be lost.
    async fn enqueue_reply(&self, reply: &NewReply) -> StoreResult<OutboxItem>;
    async fn outbox_item(&self, id: OutboxId) -> StoreResult<OutboxItem>;
    /// The case's replies that are not sent yet, oldest first.
    async fn outbox_of_case(&self, case: CaseId) -> StoreResult<Vec<OutboxItem>>;
    /// Replies in `state`, oldest first, at most `limit`.
    async fn outbox_in_state(&self, state: OutboxState, limit: u32)
        -> StoreResult<Vec<OutboxItem>>;
    /// Pending → sending (one more attempt) under `lease`, if it is still
    /// pending: false when another sender has it or it changed.
    async fn claim_reply(&self, id: OutboxId, lease: &Lease) -> StoreResult<bool>;
    /// Takes over a reply left `sending` whose lease ran out (its sender
    /// stopped, or never said how the send went), under `lease`: false when
    /// it is not sending or its lease still runs. Only the one who takes it
    /// may look it up on the page and send it again.
    async fn take_stale_reply(&self, id: OutboxId, lease: &Lease) -> StoreResult<bool>;
    /// Records a failed attempt (see `AfterFailure`).
    async fn reply_failed(
        &self,
        id: OutboxId,
        error: &str,
        after: &AfterFailure,
        at: DateTime<Utc>,
    ) -> StoreResult<OutboxItem>;
    /// A failed reply, or a sending one whose lease ran out, goes back to
    /// pending, to be sent at once; one whose lease still runs is a
    /// conflict (it may be on its way).
    async fn retry_reply(&self, id: OutboxId, at: DateTime<Utc>) -> StoreResult<OutboxItem>;
    /// Takes a reply that is not sent out of the outbox and puts its text
    /// back into the agent's draft (appended when the draft has text).
    async fn withdraw_reply(&self, id: OutboxId, at: DateTime<Utc>) -> StoreResult<OutboxItem>;
    /// Marks the reply sent with the platform's id and applies `change` to
    /// its case (the outbound message, the SLA), atomically.
    async fn reply_sent(
        &self,
        id: OutboxId,
        external_id: &str,
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Case>;

    /// The page's own message sent from elsewhere joins the latest case of
    /// its thread, with `change` applied to that case (the outbound
    /// message, the SLA), atomically and once. Nothing happens (None) when
    /// no case has that thread, when a message with that platform id is
    /// already recorded (an outbox reply marked sent), or when a reply of
    /// ours with the same text is still in the case's outbox (the outbox
    /// reconciles that one).
    async fn record_page_message(
        &self,
        m: &PageMessage,
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Option<Case>>;

    /// Change log entries after `seq`, oldest first, for fronts that follow
    /// changes made by other processes.
    async fn changes_since(&self, seq: i64, limit: u32) -> StoreResult<Vec<ChangeRecord>>;

    /// Records a heartbeat: the agent is online, and on the case (if any)
    /// with `kind` (the latest beat's kind replaces the previous one).
    /// Presence and online rows older than `forget_before` are deleted.
    /// Nothing goes into the change log. Not found when the case is not.
    async fn heartbeat(&self, beat: &Heartbeat, forget_before: DateTime<Utc>) -> StoreResult<()>;
    /// The agent has left the case: their presence on it goes at once.
    async fn leave_case(&self, case: CaseId, agent: AgentId) -> StoreResult<()>;
    /// Presence in `scope` seen at or after `since`, by case then initials.
    async fn presence(
        &self,
        scope: &PresenceScope,
        since: DateTime<Utc>,
    ) -> StoreResult<Vec<PresenceRow>>;
    /// Agents whose latest heartbeat is at or after `since`, by initials.
    async fn online_agents(&self, since: DateTime<Utc>) -> StoreResult<Vec<OnlineAgent>>;
    /// The team membership of the login this store is connected with: None
    /// on SQLite, for the owner, and for any login while team mode is not
    /// set up (docs/decisions/017-team-identity-and-rls.md).
    async fn team_login(&self) -> StoreResult<Option<team::TeamLogin>>;
    /// The inbound messages of `communities` from `from` (included) to `to`
    /// (excluded), by community (in id order) then oldest first: where,
    /// when, and from which contact. One statement for all of them: a
    /// spike check reads every community's history. None when `communities`
    /// is empty.
    async fn inbound_arrivals(
        &self,
        communities: &[CommunityId],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<InboundArrival>>;
    /// The open (not resolved) cases of `communities` (every community
    /// when empty) with their first `messages` inbound messages, each cut
    /// to its first `OPEN_CASE_TEXT_CHARS` characters: the newest `cases`
    /// cases, returned by id, in one statement. A case without an inbound
    /// message is left out.
    async fn open_case_texts(
        &self,
        communities: &[CommunityId],
        cases: u32,
        messages: u32,
    ) -> StoreResult<Vec<OpenCaseText>>;
    /// Where the open cases of `communities` (every community when empty)
    /// stood at the last reading of the clusters, by case id.
    async fn cluster_cases(&self, communities: &[CommunityId]) -> StoreResult<Vec<ClusterCase>>;
    /// Every kept cluster with the agent's name for it, by id.
    async fn kept_clusters(&self) -> StoreResult<Vec<KeptCluster>>;
    /// `count` new clusters, without a name; their ids, ascending.
    async fn new_clusters(&self, count: u32, at: DateTime<Utc>) -> StoreResult<Vec<i64>>;
    /// Where the open cases of `communities` (every community when empty)
    /// stand now: replaces what was kept for those communities, in one
    /// transaction. A case outside them is refused (BadInput).
    async fn save_cluster_cases(
        &self,
        communities: &[CommunityId],
        cases: &[ClusterCase],
    ) -> StoreResult<()>;
    /// Names a cluster (None: back to the automatic label).
    async fn name_cluster(&self, id: i64, label: Option<&str>) -> StoreResult<()>;
    /// Stores one reply per case under `bulk_key`, each with `change`
    /// applied to its case (its status, its audit entry), in one
    /// transaction. A case that already has a reply under this key is left
    /// alone (nothing is stored twice, however often this runs). Returns
    /// the replies stored now.
    async fn enqueue_bulk_replies(
        &self,
        bulk_key: &str,
        replies: &[BulkReply],
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Vec<OutboxItem>>;
    /// How many replies under `bulk_key` are in each state (states with
    /// none left out).
    async fn bulk_states(&self, bulk_key: &str) -> StoreResult<Vec<(OutboxState, i64)>>;
    /// The cases among `cases` that have a reply under `bulk_key`.
    async fn bulk_replied(&self, bulk_key: &str, cases: &[CaseId]) -> StoreResult<Vec<CaseId>>;
    /// As `open_case_texts`, for the cases among `cases` that are open,
    /// by id.
    async fn case_texts(&self, cases: &[CaseId], messages: u32) -> StoreResult<Vec<OpenCaseText>>;
    /// When the community's first inbound message arrived (where its
    /// history begins), if it has any.
    async fn first_inbound(&self, community: CommunityId) -> StoreResult<Option<DateTime<Utc>>>;
    /// The newest change log entry's number (0 for none), without a scan.
    async fn latest_change(&self) -> StoreResult<i64>;
    /// Deletes the change log entries written before `before`; the newest
    /// number deleted is kept as the workspace note `changes_pruned_through`
    /// so that a follower standing below it reads everything again.
    async fn prune_changes(&self, before: DateTime<Utc>) -> StoreResult<u64>;
    /// Waits until something may have been added to the change log (the
    /// returned wake-up count differs from `seen`) or `timeout` ends. On
    /// PostgreSQL a commit with changes and a reconnect of the listening
    /// connection move the count; SQLite only waits out the timeout.
    async fn wait_for_changes(&self, seen: u64, timeout: std::time::Duration) -> StoreResult<u64>;
    /// Whether this process is the one that sends `community`'s outbox
    /// (always on SQLite; on PostgreSQL the holder of that community's lock,
    /// released when its process or connection ends). Per community, so a
    /// member who sees only some communities sends only theirs.
    async fn hold_sender(&self, community: CommunityId) -> StoreResult<bool>;
    /// Applies `change` to the most urgent unassigned open case of
    /// `communities` (every community when empty), one that no concurrent
    /// caller is being handed; None when there is none.
    async fn next_case(
        &self,
        communities: &[CommunityId],
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Option<Case>>;

    /// Creates or replaces the playbook with this id.
    async fn save_playbook(&self, playbook: &Playbook) -> StoreResult<()>;
    /// Every playbook, by id.
    async fn playbooks(&self) -> StoreResult<Vec<Playbook>>;
    /// Stores a running crisis (a change-log entry `crisis`).
    async fn declare_crisis(&self, new: &NewCrisis) -> StoreResult<Crisis>;
    /// Ends a running crisis; a conflict when it has ended already.
    async fn end_crisis(&self, id: CrisisId, by: &str, at: DateTime<Utc>) -> StoreResult<Crisis>;
    /// Every crisis, the latest declared first.
    async fn crises(&self) -> StoreResult<Vec<Crisis>>;
    /// How many cases each crisis stamped (crises with none left out).
    async fn crisis_case_counts(&self) -> StoreResult<Vec<(CrisisId, i64)>>;
    /// The cases a report of `[from, to)` reads — opened before `to` and
    /// not resolved before `from` (resolved_at unset, or at or after
    /// `from`) — with ids above `after`, by id, at most `limit`: a year is
    /// read in pages, never held whole.
    async fn report_cases(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        after: CaseId,
        limit: u32,
    ) -> StoreResult<Vec<switchboard_domain::report::ReportCase>>;
    /// The cases of `ids` as a report reads them (ids not found left out).
    async fn report_cases_by_id(
        &self,
        ids: &[CaseId],
    ) -> StoreResult<Vec<switchboard_domain::report::ReportCase>>;
    /// How far this login's report facts follow the change log; none when
    /// they were never built or were invalidated (a bulk load, a reset).
    async fn report_facts_state(&self) -> StoreResult<Option<ReportFactsState>>;
    /// Records how far this login's report facts follow the change log.
    async fn set_report_facts_state(&self, state: &ReportFactsState) -> StoreResult<()>;
    /// Deletes every report fact (that this login sees) and its state:
    /// the facts are built again from the cases.
    async fn clear_report_facts(&self) -> StoreResult<()>;
    /// Writes report facts, replacing those of the same cases, in one
    /// transaction.
    async fn save_report_facts(
        &self,
        facts: &[switchboard_domain::report::ReportFact],
    ) -> StoreResult<()>;
    /// The sums of the facts of a period, per group.
    async fn report_sums(&self, query: &FactQuery) -> StoreResult<Vec<FactSums>>;
    /// The expert handoffs asked in a period, each with its case's key
    /// (as `report_sums` names it).
    async fn report_handoffs(&self, query: &FactQuery) -> StoreResult<Vec<KeyedHandoff>>;
    /// Up to `limit` cases on `topic` opened in `[from, to)`, newest first,
    /// each with its first message from the customer.
    async fn report_topic_samples(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        topic: &str,
        limit: u32,
    ) -> StoreResult<Vec<TopicSample>>;
    /// Sets what each page should show for the crisis's statement, in one
    /// transaction: a page whose post already has that text is left as it
    /// is (false), any other gets its post to publish or update (true).
    async fn queue_statement_posts(
        &self,
        crisis: CrisisId,
        posts: &[PostWrite],
        at: DateTime<Utc>,
    ) -> StoreResult<Vec<(StatementPost, bool)>>;
    /// The crisis's posts, in community id order.
    async fn statement_posts(&self, crisis: CrisisId) -> StoreResult<Vec<StatementPost>>;
    /// The community's posts to send at `at`: pending ones due, and ones
    /// left sending whose lease ran out; oldest first.
    async fn posts_to_send(
        &self,
        community: CommunityId,
        at: DateTime<Utc>,
    ) -> StoreResult<Vec<StatementPost>>;
    /// Takes a post to send under `lease` (see `PostClaim`).
    async fn claim_post(&self, id: i64, lease: &Lease) -> StoreResult<PostClaim>;
    /// Records how the attempt went. A post whose text changed while it
    /// was on its way goes back to pending, to be updated on the page.
    async fn post_done(
        &self,
        id: i64,
        result: &PostResult,
        at: DateTime<Utc>,
    ) -> StoreResult<StatementPost>;
}
