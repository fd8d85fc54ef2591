//! The store suite: every scenario runs against SQLite and PostgreSQL, each
//! on a fresh, empty database. A scenario panics (assert) when the store
//! breaks its contract.

use chrono::{DateTime, Duration, TimeZone, Utc};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use switchboard_desk::{Clock, Desk};
use switchboard_domain::lifecycle::{apply_outbound, transition};
use switchboard_domain::{
    CaseId, CaseKind, CaseStatus, Community, Crisis, CrisisId, CrisisScope, CrisisStamp,
    CrisisTerms, Direction, DomainError, HandoffState, Locale, NewMessage, Platform, SlaPolicy,
    SlaState,
};
use switchboard_store::*;

pub type Scenario = fn(Arc<dyn Store>) -> Pin<Box<dyn Future<Output = ()> + Send>>;

macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        pub fn all() -> Vec<(&'static str, Scenario)> {
            let mut all = vec![$((stringify!($name), (|s| Box::pin($name(s))) as Scenario)),*];
            all.extend(crate::handoff_scenarios::all());
            all.extend(crate::template_scenarios::all());
            all.extend(crate::reply_scenarios::all());
            all.extend(crate::snooze_scenarios::all());
            all
        }
    };
}

scenarios!(
    communities_are_listed_by_brand_then_locale_with_readable_handles,
    a_second_community_with_the_same_handle_or_page_is_a_conflict,
    the_same_inbound_message_stored_twice_is_stored_once,
    concurrent_deliveries_of_one_message_store_it_once,
    a_new_message_on_a_live_thread_joins_its_case,
    a_message_within_seven_days_of_resolution_reopens_the_case,
    a_message_after_seven_days_opens_a_new_case_linked_to_the_old,
    a_fans_messenger_answer_to_a_private_reply_joins_the_comments_case,
    a_fan_who_changed_their_name_keeps_one_contact_under_the_new_name,
    a_message_for_a_community_that_does_not_exist_is_refused_and_stores_nothing,
    the_queue_is_ordered_by_sla_due_time,
    paused_cases_come_after_every_running_clock,
    the_queue_filters_by_community_brand_locale_status_and_assignee,
    community_counts_show_open_at_risk_breached_and_oldest_waiting,
    search_matches_word_prefixes_and_needs_every_word,
    search_input_with_query_syntax_is_taken_as_words,
    search_keeps_to_the_community_brand_locale_status_and_assignee_asked,
    a_refused_change_writes_nothing,
    a_reply_stops_the_first_response_clock,
    the_change_log_lists_every_write_in_order,
    resetting_the_workspace_empties_it,
    sla_policies_round_trip,
    experts_and_handoffs_round_trip,
    an_unknown_case_is_not_found,
    times_round_trip_to_the_millisecond,
    the_demo_workspace_has_six_communities_and_every_state,
    the_queue_count_matches_the_filter_without_paging,
    a_customers_cases_are_listed_newest_first,
    drafts_are_kept_per_case_and_agent_until_cleared,
    sla_crossings_name_cases_whose_clock_passed_a_threshold,
    a_recorded_reply_clears_the_agents_draft,
    a_page_message_from_elsewhere_joins_its_case_once_and_stops_the_first_response_clock,
    a_page_message_that_is_our_own_reply_is_not_recorded_twice,
    a_connection_keeps_its_health_and_cursors_until_it_is_removed,
    a_refused_reply_waits_is_retried_and_is_sent_once,
    a_withdrawn_or_undeliverable_reply_goes_back_to_the_draft,
    bulk_inserted_cases_keep_their_contacts_and_messages,
    a_message_with_a_nul_character_is_stored_with_the_rest_of_its_text,
    a_reply_on_its_way_is_held_by_its_lease_until_it_runs_out,
    workspace_notes_are_kept_until_cleared_or_the_workspace_is_reset,
    heartbeats_show_who_is_on_a_case_by_scope_and_freshness,
    leaving_a_case_removes_that_presence_only,
    online_agents_are_those_whose_latest_beat_is_recent,
    a_heartbeat_forgets_old_rows_and_writes_no_change,
    a_heartbeat_on_an_unknown_case_is_not_found,
    the_owners_or_a_files_store_has_no_team_login,
    next_case_hands_the_most_urgent_unassigned_case_once,
    the_change_log_is_pruned_without_losing_its_end,
    a_wait_for_changes_ends_when_a_commit_wrote_some,
    the_sender_role_stays_with_the_store_that_holds_it,
    inbound_arrivals_list_who_wrote_when_per_community,
    open_case_texts_are_the_first_customer_messages_of_open_cases,
    a_crisis_stamps_new_cases_with_its_terms_until_it_ends,
    playbooks_are_saved_replaced_and_listed_by_id,
    a_statement_post_is_published_once_and_updated_when_its_text_changes,
    report_figures_match_clocks_computed_by_hand,
    a_report_read_in_parts_has_the_figures_of_its_cases,
    the_unified_queue_merges_its_statuses_into_one_order_page_by_page,
    kept_clusters_hold_their_cases_and_names_between_readings,
    a_bulk_reply_is_stored_once_per_case_with_its_change,
);

mod clusters;
mod crisis;
mod inbound;
mod outbox;
mod page_messages;
mod presence;
mod queue;
mod queue_pages;
mod team;
mod workspace;
mod writes;

use clusters::*;
use crisis::*;
mod report_parts;
mod reports;
use inbound::*;
use outbox::*;
use page_messages::*;
use presence::*;
use queue::*;
use queue_pages::*;
use report_parts::*;
use reports::*;
use team::*;
use workspace::*;
use writes::*;

/// Monday 2 March 2026, 09:00 UTC.
pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

fn mins(n: i64) -> DateTime<Utc> {
    t0() + Duration::minutes(n)
}

fn policy() -> SlaPolicy {
    SlaPolicy::default_in(chrono_tz::Europe::Zurich)
}

async fn community(store: &dyn Store, brand: &str, locale: &str, page: &str) -> Community {
    let brand = store.ensure_brand(brand).await.unwrap();
    let c = store
        .create_community(&NewCommunity {
            brand_id: brand.id,
            locale: locale.parse().unwrap(),
            platform: Platform::Facebook,
            page_id: page.to_string(),
        })
        .await
        .unwrap();
    store.set_sla_policy(c.id, &policy()).await.unwrap();
    c
}

fn inbound(
    c: &Community,
    ext: &str,
    thread: &str,
    body: &str,
    at: DateTime<Utc>,
) -> InboundMessage {
    InboundMessage {
        community_id: c.id,
        external_id: ext.to_string(),
        thread_key: thread.to_string(),
        kind: CaseKind::Messenger,
        contact_external_id: format!("fan-{thread}"),
        contact_name: format!("Fan {thread}"),
        body: body.to_string(),
        at,
    }
}

async fn receive(store: &dyn Store, m: &InboundMessage) -> CaseId {
    store
        .record_inbound(m, &policy(), None)
        .await
        .unwrap()
        .case_id()
}

async fn reply(store: &dyn Store, id: CaseId, at: DateTime<Utc>) {
    store
        .change_case(id, &|c| {
            Ok(CaseChange {
                audit: None,
                case: apply_outbound(c, &policy(), at)?,
                message: Some(NewMessage {
                    direction: Direction::Outbound,
                    author: "Agent".into(),
                    body: "Merci, nous regardons.".into(),
                    external_id: None,
                    created_at: at,
                }),
            })
        })
        .await
        .unwrap();
}

async fn set_status(store: &dyn Store, id: CaseId, to: CaseStatus, at: DateTime<Utc>) {
    store
        .change_case(id, &|c| {
            Ok(CaseChange {
                audit: None,
                case: transition(c, to, &policy(), at)?,
                message: None,
            })
        })
        .await
        .unwrap();
}

fn all_open() -> QueueFilter {
    QueueFilter::default()
}

fn community_queue(community: switchboard_domain::CommunityId) -> QueueFilter {
    QueueFilter {
        community: Some(community),
        ..QueueFilter::default()
    }
}
