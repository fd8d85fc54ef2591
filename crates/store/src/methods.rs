//! Every method of the `Store` trait as one list, for the implementations
//! that take each method the same way: the SQL store forwards each to its
//! inherent method of the same name, and the store suite's recorder notes
//! which methods its scenarios called. The compiler checks the list against
//! the trait: an implementation made from it has exactly the trait's
//! methods, so a method added to the trait must be added here too.
//!
//! `for_each_store_method!(callback)` calls `callback! { fn name(&self,
//! arg: Type, ...) -> Output; ... }` with every method but `backend`;
//! `Output` is what the method returns inside `StoreResult`.

/// The domain types the list names, reachable as `$crate::methods::d`.
#[doc(hidden)]
pub mod d {
    pub use switchboard_domain::handoff;
    pub use switchboard_domain::*;
    pub type Time = chrono::DateTime<chrono::Utc>;
}

#[macro_export]
macro_rules! for_each_store_method {
    ($callback:ident) => {
        $callback! {
            fn reset_workspace(&self) -> ();
            fn workspace_note(&self, key: &str) -> Option<String>;
            fn set_workspace_note(&self, key: &str, value: Option<&str>) -> ();
            fn ensure_brand(&self, name: &str) -> $crate::methods::d::Brand;
            fn brands(&self) -> Vec<$crate::methods::d::Brand>;
            fn create_community(&self, new: &$crate::NewCommunity) -> $crate::methods::d::Community;
            fn communities(&self) -> Vec<$crate::methods::d::Community>;
            fn community(&self, id: $crate::methods::d::CommunityId) -> $crate::methods::d::Community;
            fn community_by_handle(&self, handle: &str) -> Option<$crate::methods::d::Community>;
            fn set_sla_policy(&self, community: $crate::methods::d::CommunityId, policy: &$crate::methods::d::SlaPolicy) -> ();
            fn sla_policy(&self, community: $crate::methods::d::CommunityId) -> $crate::methods::d::SlaPolicy;
            fn add_agent(&self, new: &$crate::NewAgent) -> $crate::methods::d::Agent;
            fn agents(&self) -> Vec<$crate::methods::d::Agent>;
            fn add_expert(&self, new: &$crate::NewExpert) -> $crate::methods::d::Expert;
            fn experts(&self) -> Vec<$crate::methods::d::Expert>;
            fn add_handoff(&self, new: &$crate::NewHandoff) -> $crate::methods::d::Handoff;
            fn handoffs_of_case(&self, case: $crate::methods::d::CaseId) -> Vec<$crate::methods::d::Handoff>;
            fn expert(&self, id: $crate::methods::d::ExpertId) -> $crate::methods::d::Expert;
            fn create_expert(&self, profile: &$crate::ExpertProfile) -> $crate::methods::d::Expert;
            fn update_expert(&self, id: $crate::methods::d::ExpertId, profile: &$crate::ExpertProfile)
                -> $crate::methods::d::Expert;
            fn retire_expert(&self, id: $crate::methods::d::ExpertId, at: $crate::methods::d::Time) -> $crate::methods::d::Expert;
            fn import_experts(&self, profiles: &[$crate::ExpertProfile])
                -> $crate::ImportSummary;
            fn ask_handoff(&self, ask: &$crate::HandoffAsk, policy: &$crate::methods::d::SlaPolicy)
                -> ($crate::methods::d::Handoff, $crate::methods::d::Case);
            fn handoff(&self, id: $crate::methods::d::HandoffId) -> $crate::methods::d::Handoff;
            fn close_handoff(
                &self,
                id: $crate::methods::d::HandoffId,
                outcome: &$crate::methods::d::handoff::HandoffOutcome,
                actor: &str,
                at: $crate::methods::d::Time,
                policy: &$crate::methods::d::SlaPolicy
            ) -> ($crate::methods::d::Handoff, $crate::methods::d::Case);
            fn overdue_handoffs(&self, now: $crate::methods::d::Time) -> Vec<$crate::methods::d::Handoff>;
            fn handoffs_of_expert(&self, expert: $crate::methods::d::ExpertId, open_only: bool)
                -> Vec<$crate::ExpertHandoff>;
            fn audit_of_case(&self, case: $crate::methods::d::CaseId) -> Vec<$crate::AuditEntry>;
            fn handoff_figures(&self, since: $crate::methods::d::Time) -> $crate::HandoffFigures;
            fn record_inbound(&self, message: &$crate::InboundMessage, policy: &$crate::methods::d::SlaPolicy,
                crisis: Option<&$crate::methods::d::CrisisStamp>) -> $crate::InboundOutcome;
            fn case(&self, id: $crate::methods::d::CaseId) -> $crate::methods::d::Case;
            fn thread(&self, id: $crate::methods::d::CaseId) -> Vec<$crate::methods::d::Message>;
            fn change_case(&self, id: $crate::methods::d::CaseId, change: $crate::CaseChangeFn<'_>) -> $crate::methods::d::Case;
            fn queue(&self, filter: &$crate::QueueFilter, now: $crate::methods::d::Time) -> Vec<$crate::QueueRow>;
            fn queue_count(&self, filter: &$crate::QueueFilter) -> i64;
            fn cases_of_contact(&self, contact: $crate::methods::d::ContactId) -> Vec<$crate::methods::d::Case>;
            fn sla_crossings(&self, after: $crate::methods::d::Time, until: $crate::methods::d::Time) -> Vec<$crate::QueueRow>;
            fn snoozed_due(&self, now: $crate::methods::d::Time, limit: u32) -> Vec<$crate::methods::d::CaseId>;
            fn bulk_insert(&self, cases: &[$crate::BulkCase]) -> Vec<$crate::methods::d::CaseId>;
            fn templates(&self) -> Vec<$crate::templates::Template>;
            fn save_template(&self, t: &$crate::templates::TemplateMeta) -> ();
            fn save_variant(&self, v: &$crate::templates::VariantWrite)
                -> $crate::templates::VariantSaved;
            fn confirm_variant(&self, template: &str, brand: Option<$crate::methods::d::BrandId>, locale: &str)
                -> ();
            fn brand_voices(&self) -> Vec<$crate::templates::BrandVoice>;
            fn save_brand_voice(&self, v: &$crate::templates::BrandVoice) -> ();
            fn set_message_language(&self, l: &$crate::templates::MessageLanguage) -> ();
            fn message_languages(&self, case: $crate::methods::d::CaseId)
                -> Vec<$crate::templates::MessageLanguage>;
            fn message_languages_of_cases(&self, cases: &[$crate::methods::d::CaseId])
                -> Vec<$crate::templates::MessageLanguage>;
            fn save_draft(&self, draft: &$crate::Draft) -> ();
            fn draft(&self, case: $crate::methods::d::CaseId, agent: $crate::methods::d::AgentId) -> Option<$crate::Draft>;
            fn community_counts(&self, now: $crate::methods::d::Time) -> Vec<$crate::CommunityCounts>;
            fn search(&self, query: &str, within: &$crate::SearchFilter, limit: u32) -> Vec<$crate::SearchHit>;
            fn save_connection(&self, c: &$crate::Connection) -> ();
            fn connections(&self) -> Vec<$crate::Connection>;
            fn remove_connection(&self, community: $crate::methods::d::CommunityId) -> ();
            fn set_sync_health(&self, community: $crate::methods::d::CommunityId, h: &$crate::SyncHealth) -> ();
            fn sync_cursors(&self, community: $crate::methods::d::CommunityId) -> Vec<(String, String)>;
            fn save_sync_cursors(
                &self,
                community: $crate::methods::d::CommunityId,
                cursors: &[(String, Option<String>)]
            ) -> ();
            fn enqueue_reply(&self, reply: &$crate::NewReply) -> $crate::OutboxItem;
            fn outbox_item(&self, id: $crate::OutboxId) -> $crate::OutboxItem;
            fn outbox_of_case(&self, case: $crate::methods::d::CaseId) -> Vec<$crate::OutboxItem>;
            fn outbox_in_state(&self, state: $crate::OutboxState, limit: u32)
                -> Vec<$crate::OutboxItem>;
            fn claim_reply(&self, id: $crate::OutboxId, lease: &$crate::Lease) -> bool;
            fn take_stale_reply(&self, id: $crate::OutboxId, lease: &$crate::Lease) -> bool;
            fn reply_failed(
                &self,
                id: $crate::OutboxId,
                error: &str,
                after: &$crate::AfterFailure,
                at: $crate::methods::d::Time
            ) -> $crate::OutboxItem;
            fn retry_reply(&self, id: $crate::OutboxId, at: $crate::methods::d::Time) -> $crate::OutboxItem;
            fn withdraw_reply(&self, id: $crate::OutboxId, at: $crate::methods::d::Time) -> $crate::OutboxItem;
            fn reply_sent(&self, id: $crate::OutboxId, external_id: &str,
                change: $crate::CaseChangeFn<'_>) -> $crate::methods::d::Case;
            fn record_page_message(&self, m: &$crate::PageMessage,
                change: $crate::CaseChangeFn<'_>) -> Option<$crate::methods::d::Case>;
            fn changes_since(&self, seq: i64, limit: u32) -> Vec<$crate::ChangeRecord>;
            fn heartbeat(&self, beat: &$crate::Heartbeat, forget_before: $crate::methods::d::Time) -> ();
            fn leave_case(&self, case: $crate::methods::d::CaseId, agent: $crate::methods::d::AgentId) -> ();
            fn presence(&self, scope: &$crate::PresenceScope, since: $crate::methods::d::Time)
                -> Vec<$crate::PresenceRow>;
            fn online_agents(&self, since: $crate::methods::d::Time) -> Vec<$crate::OnlineAgent>;
            fn team_login(&self) -> Option<$crate::TeamLogin>;
            fn inbound_arrivals(&self, communities: &[$crate::methods::d::CommunityId],
                from: $crate::methods::d::Time, to: $crate::methods::d::Time) -> Vec<$crate::InboundArrival>;
            fn open_case_texts(&self, communities: &[$crate::methods::d::CommunityId], cases: u32,
                messages: u32) -> Vec<$crate::OpenCaseText>;
            fn case_texts(&self, cases: &[$crate::methods::d::CaseId], messages: u32) -> Vec<$crate::OpenCaseText>;
            fn cluster_cases(&self, communities: &[$crate::methods::d::CommunityId]) -> Vec<$crate::ClusterCase>;
            fn kept_clusters(&self) -> Vec<$crate::KeptCluster>;
            fn new_clusters(&self, count: u32, at: $crate::methods::d::Time) -> Vec<i64>;
            fn save_cluster_cases(&self, communities: &[$crate::methods::d::CommunityId],
                cases: &[$crate::ClusterCase]) -> ();
            fn name_cluster(&self, id: i64, label: Option<&str>) -> ();
            fn enqueue_bulk_replies(&self, bulk_key: &str, replies: &[$crate::BulkReply],
                change: $crate::CaseChangeFn<'_>) -> Vec<$crate::OutboxItem>;
            fn bulk_states(&self, bulk_key: &str) -> Vec<($crate::OutboxState, i64)>;
            fn bulk_replied(&self, bulk_key: &str, cases: &[$crate::methods::d::CaseId])
                -> Vec<$crate::methods::d::CaseId>;
            fn first_inbound(&self, community: $crate::methods::d::CommunityId) -> Option<$crate::methods::d::Time>;
            fn latest_change(&self) -> i64;
            fn prune_changes(&self, before: $crate::methods::d::Time) -> u64;
            fn wait_for_changes(&self, seen: u64, timeout: std::time::Duration) -> u64;
            fn hold_sender(&self, community: $crate::methods::d::CommunityId) -> bool;
            fn next_case(&self, communities: &[$crate::methods::d::CommunityId],
                change: $crate::CaseChangeFn<'_>) -> Option<$crate::methods::d::Case>;
            fn save_playbook(&self, playbook: &$crate::Playbook) -> ();
            fn playbooks(&self) -> Vec<$crate::Playbook>;
            fn declare_crisis(&self, new: &$crate::NewCrisis) -> $crate::methods::d::Crisis;
            fn end_crisis(&self, id: $crate::methods::d::CrisisId, by: &str, at: $crate::methods::d::Time)
                -> $crate::methods::d::Crisis;
            fn crises(&self) -> Vec<$crate::methods::d::Crisis>;
            fn crisis_case_counts(&self) -> Vec<($crate::methods::d::CrisisId, i64)>;
            fn report_cases(&self, from: $crate::methods::d::Time, to: $crate::methods::d::Time,
                after: $crate::methods::d::CaseId, limit: u32) -> Vec<$crate::methods::d::report::ReportCase>;
            fn report_cases_by_id(&self, ids: &[$crate::methods::d::CaseId])
                -> Vec<$crate::methods::d::report::ReportCase>;
            fn report_facts_state(&self) -> Option<$crate::ReportFactsState>;
            fn set_report_facts_state(&self, state: &$crate::ReportFactsState) -> ();
            fn clear_report_facts(&self) -> ();
            fn save_report_facts(&self, facts: &[$crate::methods::d::report::ReportFact]) -> ();
            fn report_sums(&self, query: &$crate::FactQuery) -> Vec<$crate::FactSums>;
            fn report_handoffs(&self, query: &$crate::FactQuery) -> Vec<$crate::KeyedHandoff>;
            fn report_topic_samples(&self, from: $crate::methods::d::Time, to: $crate::methods::d::Time,
                topic: &str, limit: u32) -> Vec<$crate::TopicSample>;
            fn queue_statement_posts(&self, crisis: $crate::methods::d::CrisisId, posts: &[$crate::PostWrite],
                at: $crate::methods::d::Time) -> Vec<($crate::StatementPost, bool)>;
            fn statement_posts(&self, crisis: $crate::methods::d::CrisisId) -> Vec<$crate::StatementPost>;
            fn posts_to_send(&self, community: $crate::methods::d::CommunityId, at: $crate::methods::d::Time)
                -> Vec<$crate::StatementPost>;
            fn claim_post(&self, id: i64, lease: &$crate::Lease) -> $crate::PostClaim;
            fn post_done(&self, id: i64, result: &$crate::PostResult, at: $crate::methods::d::Time)
                -> $crate::StatementPost;
        }
    };
}
