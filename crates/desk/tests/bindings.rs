//! The TypeScript declarations of every type that crosses the desktop's IPC
//! are generated from the Rust types into `ui/src/lib/bindings.ts`. This test
//! fails when that file is stale; `SWITCHBOARD_UPDATE_BINDINGS=1 cargo test
//! -p switchboard-desk --test bindings` rewrites it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use ts_rs::{Config, TS};

macro_rules! decls {
    ($cfg:expr; $($t:ty),* $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl($cfg))),*]
    };
}

fn generate() -> String {
    use switchboard_domain as d;
    use switchboard_store as s;
    let cfg = Config::new().with_large_int("number");
    let cfg = &cfg;
    let mut out = String::from(
        "// Generated from the Rust types by crates/desk/tests/bindings.rs. Do not edit:\n\
         // run `SWITCHBOARD_UPDATE_BINDINGS=1 cargo test -p switchboard-desk --test bindings`.\n\n",
    );
    let all: Vec<String> = decls!(cfg;
        d::BrandId, d::CommunityId, d::ContactId, d::CaseId, d::MessageId, d::AgentId,
        d::ExpertId, d::HandoffId, d::Locale, d::Platform, d::Brand, d::Community,
        d::CaseStatus, d::CaseKind, d::SlaState, d::SlaClocks, d::Case, d::Direction,
        d::Message, d::Contact, d::Agent, d::Expert, d::HandoffState, d::Handoff,
        d::window::MessengerWindow, d::window::PrivateReply,
        s::AssigneeFilter, s::QueueFilter, s::QueueRow, s::CommunityCounts, s::SearchHit, s::SearchFilter,
        s::Draft, s::InboundEffect, s::InboundOutcome, s::ChangeEntity, s::ChangeRecord,
        switchboard_desk::cases::CaseView, switchboard_desk::Change,
        switchboard_desk::ErrorPayload, switchboard_desk::QueuePage, switchboard_desk::Settings,
        switchboard_desk::WorkspaceInfo,
        d::Availability, d::WorkingHours, d::HandoffPriority, d::handoff::HandoffPhase,
        s::ExpertProfile, s::ImportSummary, s::ExpertHandoff, s::AuditKind, s::AuditEntry,
        s::figures::HandoffCounts, s::figures::ExpertFigures, s::figures::DepartmentFigures,
        s::figures::CommunityFigures, s::HandoffFigures,
        switchboard_desk::experts::ExpertEntry, switchboard_desk::suggest::Reason,
        switchboard_desk::suggest::Suggestion, switchboard_desk::handoffs::HandoffDefaults,
        switchboard_desk::experts::ExpertInput,
        switchboard_desk::cases::LanguageNotice, switchboard_desk::templates::TemplateChoice,
        switchboard_l10n::templates::Step, switchboard_l10n::templates::Rendered,
        switchboard_l10n::templates::Template, switchboard_l10n::templates::Variant,
        s::templates::VariantSaved, switchboard_desk::templates::BacklogItem,
        switchboard_desk::templates::BacklogState,
        s::SyncStatus, s::SyncError, s::SyncHealth, s::Connection, s::ReplyChannel, s::OutboxState, s::OutboxId,
        s::OutboxItem, switchboard_desk::replies::SendOutcome,
        d::privacy::PersonalKind, d::privacy::Finding, switchboard_desk::privacy::PrivacyHold,
        s::PresenceKind, s::PresenceRow, s::OnlineAgent, switchboard_desk::presence::PresenceBoard,
        switchboard_desk::collision::Seen, switchboard_desk::collision::ColleagueReply,
        switchboard_desk::collision::Collision, switchboard_desk::spikes::Surge,
        d::CrisisId, d::CrisisScope, d::CrisisTerms, d::Crisis,
        switchboard_desk::crisis::CrisisView, s::Playbook, switchboard_desk::playbooks::PlaybookView,
        s::PostState, s::StatementPost, switchboard_desk::statement::StatementGap,
        switchboard_desk::statement::StatementPage, switchboard_desk::statement::PublishReport,
        d::report::Figures, d::report::Kept, switchboard_desk::reports::GroupBy,
        switchboard_desk::reports::ReportGroup, switchboard_desk::reports::Report,
        switchboard_desk::reports::CaseLine, switchboard_desk::reports::WeekFigures,
        switchboard_desk::reports::TopicFigures, switchboard_desk::reports::TopicCommunity,
        switchboard_desk::reports::TopicSample, switchboard_desk::reports::Dashboard,
        switchboard_desk::clusters::ClusterSample,
        switchboard_desk::clusters::ClusterSummary,
        switchboard_desk::cluster_reply::PlannedReply, switchboard_desk::cluster_reply::LeftReason,
        switchboard_desk::cluster_reply::LeftCase, switchboard_desk::cluster_reply::ChannelCount,
        switchboard_desk::cluster_reply::LanguagePreview,
        switchboard_desk::cluster_reply::ClusterReplyPlan,
        switchboard_desk::cluster_reply::ClusterReplyQueued,
        switchboard_desk::cluster_reply::BulkProgress,
        switchboard_desk::cluster_reply::TemplateOption,
        switchboard_desk::crisis_desk::CrisisBrief,
        switchboard_desk::crisis_desk::CrisisCase,
        switchboard_desk::crisis_desk::CrisisDesk,
    );
    for decl in all {
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.trim_end().to_string() + "\n"
}

#[test]
fn ui_bindings_match_the_rust_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
    let fresh = generate();
    if std::env::var_os("SWITCHBOARD_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/lib/bindings.ts is stale: run `SWITCHBOARD_UPDATE_BINDINGS=1 cargo test -p switchboard-desk --test bindings` and commit it"
    );
}
