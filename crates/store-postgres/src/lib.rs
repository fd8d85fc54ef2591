//! Switchboard's team store: one PostgreSQL database that the laptops of a
//! subsidiary's team share.
//!
//! Writes that read-then-decide lock what they decide on (`FOR UPDATE` on a
//! case, an advisory lock per inbound thread), so two agents or a webhook and
//! a poll cannot interleave; claiming the next case skips rows another agent
//! holds (`FOR UPDATE SKIP LOCKED`). Search uses a generated tsvector with the
//! language-neutral `simple` configuration, matching the embedded store.

mod bulk;
mod connector;
mod convert;
mod experts;
mod handoffs;
mod open;
mod page_messages;
mod scratch;
pub use open::{redact, url_is_valid};
pub use raw::RawPg;
pub use scratch::with_database;
mod raw;
mod read;
mod templates;
mod write;

use sqlx::PgPool;

pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

mod store_impl {
    //! The trait, delegating to the read and write modules.
    use super::PgStore;
    use async_trait::async_trait;
    use chrono::{DateTime, Utc};
    use switchboard_domain::*;
    use switchboard_store::*;

    #[async_trait]
    impl Store for PgStore {
        fn backend(&self) -> &'static str {
            "postgres"
        }
        async fn reset_workspace(&self) -> StoreResult<()> {
            self.reset_all().await
        }
        async fn ensure_brand(&self, name: &str) -> StoreResult<Brand> {
            self.ensure_brand_named(name).await
        }
        async fn brands(&self) -> StoreResult<Vec<Brand>> {
            self.all_brands().await
        }
        async fn create_community(&self, new: &NewCommunity) -> StoreResult<Community> {
            self.insert_community(new).await
        }
        async fn communities(&self) -> StoreResult<Vec<Community>> {
            self.all_communities().await
        }
        async fn community(&self, id: CommunityId) -> StoreResult<Community> {
            PgStore::community(self, id).await
        }
        async fn community_by_handle(&self, handle: &str) -> StoreResult<Option<Community>> {
            self.community_with_handle(handle).await
        }
        async fn set_sla_policy(&self, c: CommunityId, p: &SlaPolicy) -> StoreResult<()> {
            self.put_sla_policy(c, p).await
        }
        async fn sla_policy(&self, c: CommunityId) -> StoreResult<SlaPolicy> {
            self.policy(c).await
        }
        async fn add_agent(&self, new: &NewAgent) -> StoreResult<Agent> {
            self.insert_agent(new).await
        }
        async fn agents(&self) -> StoreResult<Vec<Agent>> {
            self.all_agents().await
        }
        async fn add_expert(&self, new: &NewExpert) -> StoreResult<Expert> {
            self.insert_expert(new).await
        }
        async fn bulk_insert(&self, cases: &[BulkCase]) -> StoreResult<Vec<CaseId>> {
            self.bulk(cases).await
        }
        async fn templates(&self) -> StoreResult<Vec<templates::Template>> {
            self.all_templates().await
        }
        async fn save_template(&self, t: &templates::TemplateMeta) -> StoreResult<()> {
            self.upsert_template(t).await
        }
        async fn save_variant(
            &self,
            v: &templates::VariantWrite,
        ) -> StoreResult<templates::VariantSaved> {
            self.write_variant(v).await
        }
        async fn confirm_variant(
            &self,
            template: &str,
            brand: Option<BrandId>,
            locale: &str,
        ) -> StoreResult<()> {
            self.confirm(template, brand, locale).await
        }
        async fn brand_voices(&self) -> StoreResult<Vec<templates::BrandVoice>> {
            self.all_voices().await
        }
        async fn save_brand_voice(&self, v: &templates::BrandVoice) -> StoreResult<()> {
            self.upsert_voice(v).await
        }
        async fn set_message_language(&self, l: &templates::MessageLanguage) -> StoreResult<()> {
            self.put_language(l).await
        }
        async fn message_languages(
            &self,
            case: CaseId,
        ) -> StoreResult<Vec<templates::MessageLanguage>> {
            self.case_languages(case).await
        }
        async fn experts(&self) -> StoreResult<Vec<Expert>> {
            self.all_experts().await
        }
        async fn add_handoff(&self, new: &NewHandoff) -> StoreResult<Handoff> {
            self.insert_handoff(new).await
        }
        async fn handoffs_of_case(&self, case: CaseId) -> StoreResult<Vec<Handoff>> {
            self.case_handoffs(case).await
        }
        async fn expert(&self, id: ExpertId) -> StoreResult<Expert> {
            self.one_expert(id).await
        }
        async fn create_expert(&self, p: &ExpertProfile) -> StoreResult<Expert> {
            self.create(p).await
        }
        async fn update_expert(&self, id: ExpertId, p: &ExpertProfile) -> StoreResult<Expert> {
            self.update(id, p).await
        }
        async fn retire_expert(&self, id: ExpertId, at: DateTime<Utc>) -> StoreResult<Expert> {
            self.retire(id, at).await
        }
        async fn import_experts(&self, p: &[ExpertProfile]) -> StoreResult<ImportSummary> {
            self.import(p).await
        }
        async fn ask_handoff(
            &self,
            ask: &HandoffAsk,
            p: &SlaPolicy,
        ) -> StoreResult<(Handoff, Case)> {
            self.ask(ask, p).await
        }
        async fn handoff(&self, id: HandoffId) -> StoreResult<Handoff> {
            self.one_handoff(id).await
        }
        async fn close_handoff(
            &self,
            id: HandoffId,
            outcome: &handoff::HandoffOutcome,
            actor: &str,
            at: DateTime<Utc>,
            p: &SlaPolicy,
        ) -> StoreResult<(Handoff, Case)> {
            self.close_one(id, outcome, actor, at, p).await
        }
        async fn overdue_handoffs(&self, now: DateTime<Utc>) -> StoreResult<Vec<Handoff>> {
            self.overdue(now).await
        }
        async fn handoffs_of_expert(
            &self,
            e: ExpertId,
            open_only: bool,
        ) -> StoreResult<Vec<ExpertHandoff>> {
            self.expert_handoffs(e, open_only).await
        }
        async fn audit_of_case(&self, c: CaseId) -> StoreResult<Vec<AuditEntry>> {
            self.audit(c).await
        }
        async fn handoff_figures(&self, since: DateTime<Utc>) -> StoreResult<HandoffFigures> {
            self.figures(since).await
        }
        async fn record_inbound(
            &self,
            m: &InboundMessage,
            p: &SlaPolicy,
        ) -> StoreResult<InboundOutcome> {
            self.inbound(m, p).await
        }
        async fn case(&self, id: CaseId) -> StoreResult<Case> {
            self.one_case(id).await
        }
        async fn thread(&self, id: CaseId) -> StoreResult<Vec<Message>> {
            self.case_thread(id).await
        }
        async fn change_case(&self, id: CaseId, f: CaseChangeFn<'_>) -> StoreResult<Case> {
            self.change(id, f).await
        }
        async fn queue(&self, f: &QueueFilter, now: DateTime<Utc>) -> StoreResult<Vec<QueueRow>> {
            self.queue_page(f, now).await
        }
        async fn queue_count(&self, f: &QueueFilter) -> StoreResult<i64> {
            self.count_queue(f).await
        }
        async fn cases_of_contact(&self, c: ContactId) -> StoreResult<Vec<Case>> {
            self.contact_cases(c).await
        }
        async fn sla_crossings(
            &self,
            after: DateTime<Utc>,
            until: DateTime<Utc>,
        ) -> StoreResult<Vec<QueueRow>> {
            self.crossings(after, until).await
        }
        async fn save_draft(&self, d: &Draft) -> StoreResult<()> {
            self.put_draft(d).await
        }
        async fn draft(&self, c: CaseId, a: AgentId) -> StoreResult<Option<Draft>> {
            self.get_draft(c, a).await
        }
        async fn community_counts(&self, now: DateTime<Utc>) -> StoreResult<Vec<CommunityCounts>> {
            self.counts(now).await
        }
        async fn search(&self, q: &str, limit: u32) -> StoreResult<Vec<SearchHit>> {
            self.search_messages(q, limit).await
        }
        async fn save_connection(&self, c: &Connection) -> StoreResult<()> {
            self.put_connection(c).await
        }
        async fn connections(&self) -> StoreResult<Vec<Connection>> {
            self.all_connections().await
        }
        async fn remove_connection(&self, c: CommunityId) -> StoreResult<()> {
            self.drop_connection(c).await
        }
        async fn set_sync_health(&self, c: CommunityId, h: &SyncHealth) -> StoreResult<()> {
            self.put_sync_health(c, h).await
        }
        async fn sync_cursors(&self, c: CommunityId) -> StoreResult<Vec<(String, String)>> {
            self.cursors(c).await
        }
        async fn save_sync_cursors(
            &self,
            c: CommunityId,
            cursors: &[(String, Option<String>)],
        ) -> StoreResult<()> {
            self.put_cursors(c, cursors).await
        }
        async fn enqueue_reply(&self, r: &NewReply) -> StoreResult<OutboxItem> {
            self.enqueue(r).await
        }
        async fn outbox_item(&self, id: OutboxId) -> StoreResult<OutboxItem> {
            self.get_outbox_item(id).await
        }
        async fn outbox_of_case(&self, c: CaseId) -> StoreResult<Vec<OutboxItem>> {
            self.case_outbox(c).await
        }
        async fn outbox_in_state(
            &self,
            s: OutboxState,
            limit: u32,
        ) -> StoreResult<Vec<OutboxItem>> {
            self.outbox_state(s, limit).await
        }
        async fn claim_reply(&self, id: OutboxId, at: DateTime<Utc>) -> StoreResult<bool> {
            self.claim(id, at).await
        }
        async fn reply_failed(
            &self,
            id: OutboxId,
            error: &str,
            after: &AfterFailure,
            at: DateTime<Utc>,
        ) -> StoreResult<OutboxItem> {
            self.failed(id, error, after, at).await
        }
        async fn retry_reply(&self, id: OutboxId, at: DateTime<Utc>) -> StoreResult<OutboxItem> {
            self.retry(id, at).await
        }
        async fn withdraw_reply(&self, id: OutboxId, at: DateTime<Utc>) -> StoreResult<OutboxItem> {
            self.withdraw(id, at).await
        }
        async fn reply_sent(
            &self,
            id: OutboxId,
            external_id: &str,
            change: CaseChangeFn<'_>,
        ) -> StoreResult<Case> {
            self.sent(id, external_id, change).await
        }
        async fn record_page_message(
            &self,
            m: &PageMessage,
            change: CaseChangeFn<'_>,
        ) -> StoreResult<Option<Case>> {
            self.page_message(m, change).await
        }
        async fn changes_since(&self, seq: i64, limit: u32) -> StoreResult<Vec<ChangeRecord>> {
            self.changes(seq, limit).await
        }
    }
}
