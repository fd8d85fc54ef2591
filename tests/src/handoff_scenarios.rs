//! Expert directory and handoffs in the store suite: every scenario runs on
//! SQLite and PostgreSQL. The store-level scenarios are here; the desk's
//! story (a German baggage case handed to the right expert and back) and the
//! CSV import are in `desk_story`; the expert's list and the figures in
//! `lists`.

mod desk_story;
mod lists;

use crate::scenarios::{t0, Scenario};
use chrono::{DateTime, Duration};
use std::sync::Arc;
use switchboard_domain::handoff::HandoffOutcome;
use switchboard_domain::{
    Agent, Availability, CaseId, CaseKind, CaseStatus, Community, DomainError, Expert,
    HandoffPriority, HandoffState, Platform, SlaPolicy, WorkingHours,
};
use switchboard_store::*;

macro_rules! scenarios {
    ($($name:path),* $(,)?) => {
        pub fn all() -> Vec<(&'static str, Scenario)> {
            vec![$((
                stringify!($name).rsplit("::").next().unwrap_or(stringify!($name)),
                (|s| Box::pin($name(s))) as Scenario
            )),*]
        }
    };
}

scenarios!(
    experts_keep_their_full_profile_and_can_be_edited_and_retired,
    an_import_adds_new_addresses_and_updates_known_ones,
    asking_moves_the_case_to_waiting_expert_and_writes_the_audit_trail,
    the_last_answer_reopens_the_case_and_an_earlier_one_keeps_it_waiting,
    a_closed_handoff_refuses_a_second_outcome_and_writes_nothing,
    overdue_handoffs_are_listed_and_expire_only_once_due,
    a_retired_expert_cannot_be_asked,
    lists::an_experts_handoffs_are_listed_across_communities_open_first,
    lists::figures_count_per_expert_department_and_community,
    desk_story::a_german_baggage_case_goes_to_the_german_speaking_expert_and_back,
    desk_story::a_csv_with_one_bad_row_names_it_and_imports_nothing,
    desk_story::suggestions_explain_why_an_expert_ranks_low,
    desk_story::overdue_handoffs_expire_through_the_desk_and_reopen_the_case,
    desk_story::a_reminder_comes_once_at_three_quarters_of_the_time,
);

pub(crate) fn at(min: i64) -> DateTime<chrono::Utc> {
    t0() + Duration::minutes(min)
}

pub(crate) fn policy() -> SlaPolicy {
    SlaPolicy::default_in(chrono_tz::Europe::Zurich)
}

pub(crate) async fn community(s: &dyn Store, brand: &str, locale: &str, page: &str) -> Community {
    let brand = s.ensure_brand(brand).await.unwrap();
    let c = s
        .create_community(&NewCommunity {
            brand_id: brand.id,
            locale: locale.parse().unwrap(),
            platform: Platform::Facebook,
            page_id: page.to_string(),
        })
        .await
        .unwrap();
    s.set_sla_policy(c.id, &policy()).await.unwrap();
    c
}

pub(crate) async fn case_in(s: &dyn Store, c: &Community, thread: &str, body: &str) -> CaseId {
    s.record_inbound(
        &InboundMessage {
            community_id: c.id,
            external_id: format!("m-{thread}"),
            thread_key: thread.to_string(),
            kind: CaseKind::Messenger,
            contact_external_id: format!("fan-{thread}"),
            contact_name: format!("Fan {thread}"),
            body: body.to_string(),
            at: at(0),
        },
        &policy(),
        None,
    )
    .await
    .unwrap()
    .case_id()
}

pub(crate) fn profile(
    name: &str,
    department: &str,
    topics: &[&str],
    langs: &[&str],
) -> ExpertProfile {
    ExpertProfile {
        name: name.to_string(),
        department: department.to_string(),
        topics: topics.iter().map(|t| t.to_string()).collect(),
        languages: langs.iter().map(|t| t.to_string()).collect(),
        time_zone: "Europe/Zurich".into(),
        email: format!("{}@lakeline.example", name.to_lowercase().replace(' ', ".")),
        chat: String::new(),
        availability: Availability::Available,
        hours: WorkingHours::default(),
    }
}

async fn agent(s: &dyn Store) -> Agent {
    s.add_agent(&NewAgent {
        name: "Léa Rochat".into(),
        initials: "LR".into(),
        email: "lea@lakeline.example".into(),
    })
    .await
    .unwrap()
}

fn ask(case: CaseId, expert: &Expert, asked: i64, due: i64) -> HandoffAsk {
    HandoffAsk {
        case_id: case,
        expert_id: expert.id,
        question: "Wo ist der Koffer?".into(),
        excerpt: "Mein Koffer fehlt".into(),
        priority: HandoffPriority::High,
        asked_by: None,
        actor: "Léa Rochat".into(),
        asked_at: at(asked),
        due_at: at(due),
    }
}

fn answer(text: &str) -> HandoffOutcome {
    HandoffOutcome::Answer {
        text: text.into(),
        by: "Sandra Meier".into(),
    }
}

async fn experts_keep_their_full_profile_and_can_be_edited_and_retired(s: Arc<dyn Store>) {
    let mut p = profile("Sandra Meier", "Baggage", &["baggage-lost"], &["de", "en"]);
    p.chat = "@sandra".into();
    p.availability = Availability::Out(chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap());
    p.hours = "Mon-Thu 07:30-16:00".parse().unwrap();
    let e = s.create_expert(&p).await.unwrap();
    assert_eq!(
        ExpertProfile::from_expert(&e),
        p,
        "the profile comes back as written"
    );
    assert_eq!(e.retired_at, None);
    assert_eq!(s.expert(e.id).await.unwrap(), e);

    p.availability = Availability::Away;
    p.languages.push("it".into());
    let edited = s.update_expert(e.id, &p).await.unwrap();
    assert_eq!(ExpertProfile::from_expert(&edited), p);

    let retired = s.retire_expert(e.id, at(5)).await.unwrap();
    assert_eq!(retired.retired_at, Some(at(5)));
    let again = s.retire_expert(e.id, at(9)).await.unwrap();
    assert_eq!(
        again.retired_at,
        Some(at(5)),
        "retiring twice keeps the first time"
    );
    assert_eq!(
        s.experts().await.unwrap(),
        vec![again],
        "retired experts are still listed"
    );

    let missing = s.update_expert(switchboard_domain::ExpertId(999), &p).await;
    assert!(
        matches!(missing, Err(StoreError::NotFound { what: "expert", .. })),
        "{missing:?}"
    );
}

async fn an_import_adds_new_addresses_and_updates_known_ones(s: Arc<dyn Store>) {
    let sandra = s
        .create_expert(&profile(
            "Sandra Meier",
            "Baggage",
            &["baggage-lost"],
            &["de"],
        ))
        .await
        .unwrap();
    let mut renamed = profile(
        "Sandra Keller-Meier",
        "Baggage",
        &["baggage-lost"],
        &["de", "en"],
    );
    renamed.email = sandra.email.to_uppercase();
    let claire = profile("Claire Monnier", "Baggage", &["baggage-delayed"], &["fr"]);
    let summary = s
        .import_experts(&[renamed.clone(), claire.clone()])
        .await
        .unwrap();
    assert_eq!(
        summary,
        ImportSummary {
            added: 1,
            updated: 1,
            unchanged: 0
        }
    );
    let all = s.experts().await.unwrap();
    assert_eq!(all.len(), 2, "{all:?}");
    let updated = s.expert(sandra.id).await.unwrap();
    assert_eq!(
        updated.name, "Sandra Keller-Meier",
        "matched by e-mail in any case"
    );
    let again = s
        .import_experts(&[renamed.clone(), claire.clone()])
        .await
        .unwrap();
    assert_eq!(
        again,
        ImportSummary {
            added: 0,
            updated: 0,
            unchanged: 2
        },
        "a second import adds nobody and changes nothing"
    );
    let mut moved = claire.clone();
    moved.department = "Refunds".into();
    assert_eq!(
        s.import_experts(&[renamed, moved]).await.unwrap(),
        ImportSummary {
            added: 0,
            updated: 1,
            unchanged: 1
        },
        "only the row that differs is written"
    );
    assert_eq!(s.experts().await.unwrap().len(), 2);
}

async fn asking_moves_the_case_to_waiting_expert_and_writes_the_audit_trail(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &c, "a", "Mein Koffer fehlt").await;
    let lea = agent(&*s).await;
    let e = s
        .create_expert(&profile("Sandra Meier", "Baggage", &[], &["de"]))
        .await
        .unwrap();
    let before = s.case(id).await.unwrap();
    let mut q = ask(id, &e, 5, 245);
    q.asked_by = Some(lea.id);
    let (h, case) = s.ask_handoff(&q, &policy()).await.unwrap();
    assert_eq!(case.status, CaseStatus::WaitingExpert);
    assert_eq!(case.sla, before.sla, "asking moves no SLA clock");
    assert_eq!(s.case(id).await.unwrap(), case);
    assert_eq!(
        (h.state, h.priority, h.asked_by),
        (HandoffState::Requested, HandoffPriority::High, Some(lea.id))
    );
    assert_eq!(s.handoffs_of_case(id).await.unwrap(), vec![h.clone()]);
    assert_eq!(s.handoff(h.id).await.unwrap(), h);
    let audit = s.audit_of_case(id).await.unwrap();
    assert_eq!(audit.len(), 1, "{audit:?}");
    let a = &audit[0];
    assert_eq!(
        (
            a.kind,
            a.actor.as_str(),
            a.at,
            a.handoff_id,
            a.expert_name.as_deref(),
            a.detail.as_str()
        ),
        (
            AuditKind::HandoffAsked,
            "Léa Rochat",
            at(5),
            Some(h.id),
            Some("Sandra Meier"),
            "Wo ist der Koffer?"
        )
    );
    let bad = s.ask_handoff(&ask(id, &e, 10, 10), &policy()).await;
    assert!(
        matches!(bad, Err(StoreError::Domain(DomainError::HandoffDueInPast))),
        "{bad:?}"
    );
    let unknown = s
        .ask_handoff(&ask(CaseId(999), &e, 10, 20), &policy())
        .await;
    assert!(
        matches!(unknown, Err(StoreError::NotFound { what: "case", .. })),
        "{unknown:?}"
    );
    assert_eq!(
        s.audit_of_case(id).await.unwrap().len(),
        1,
        "refused asks write nothing"
    );
}

async fn the_last_answer_reopens_the_case_and_an_earlier_one_keeps_it_waiting(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &c, "a", "Mein Koffer fehlt").await;
    let e = s
        .create_expert(&profile("Sandra Meier", "Baggage", &[], &["de"]))
        .await
        .unwrap();
    let (first, _) = s
        .ask_handoff(&ask(id, &e, 5, 245), &policy())
        .await
        .unwrap();
    let (second, _) = s
        .ask_handoff(&ask(id, &e, 6, 246), &policy())
        .await
        .unwrap();
    let (declined, case) = s
        .close_handoff(
            second.id,
            &HandoffOutcome::Decline {
                reason: Some("Ask refunds".into()),
            },
            "Sandra Meier",
            at(20),
            &policy(),
        )
        .await
        .unwrap();
    assert_eq!(declined.declined_reason.as_deref(), Some("Ask refunds"));
    assert_eq!(
        case.status,
        CaseStatus::WaitingExpert,
        "one handoff is still open"
    );
    let (answered, case) = s
        .close_handoff(
            first.id,
            &answer("In Zürich, morgen geliefert."),
            "Léa Rochat",
            at(40),
            &policy(),
        )
        .await
        .unwrap();
    assert_eq!(
        case.status,
        CaseStatus::Open,
        "the last answer sends the case back to the agent"
    );
    assert_eq!(
        (
            answered.state,
            answered.answer.as_deref(),
            answered.answered_by.as_deref(),
            answered.answered_at,
            answered.closed_at
        ),
        (
            HandoffState::Answered,
            Some("In Zürich, morgen geliefert."),
            Some("Sandra Meier"),
            Some(at(40)),
            Some(at(40))
        )
    );
    assert_eq!(s.handoff(first.id).await.unwrap(), answered);
    let kinds: Vec<AuditKind> = s
        .audit_of_case(id)
        .await
        .unwrap()
        .iter()
        .map(|a| a.kind)
        .collect();
    assert_eq!(
        kinds,
        vec![
            AuditKind::HandoffAsked,
            AuditKind::HandoffAsked,
            AuditKind::HandoffDeclined,
            AuditKind::HandoffAnswered
        ]
    );
}

async fn a_closed_handoff_refuses_a_second_outcome_and_writes_nothing(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &c, "a", "Mein Koffer fehlt").await;
    let e = s
        .create_expert(&profile("Sandra Meier", "Baggage", &[], &["de"]))
        .await
        .unwrap();
    let (h, _) = s
        .ask_handoff(&ask(id, &e, 5, 245), &policy())
        .await
        .unwrap();
    s.close_handoff(h.id, &answer("Ja."), "Sandra Meier", at(10), &policy())
        .await
        .unwrap();
    let case = s.case(id).await.unwrap();
    for outcome in [
        answer("Nein."),
        HandoffOutcome::Decline { reason: None },
        HandoffOutcome::Expire,
    ] {
        let r = s
            .close_handoff(h.id, &outcome, "Sandra Meier", at(500), &policy())
            .await;
        assert!(
            matches!(
                r,
                Err(StoreError::Domain(DomainError::HandoffClosed {
                    state: HandoffState::Answered
                }))
            ),
            "{outcome:?}: {r:?}"
        );
    }
    assert_eq!(
        s.handoff(h.id).await.unwrap().answer.as_deref(),
        Some("Ja.")
    );
    assert_eq!(s.case(id).await.unwrap(), case);
    assert_eq!(s.audit_of_case(id).await.unwrap().len(), 2);
    let missing = s
        .close_handoff(
            switchboard_domain::HandoffId(999),
            &HandoffOutcome::Expire,
            "x",
            at(1),
            &policy(),
        )
        .await;
    assert!(
        matches!(
            missing,
            Err(StoreError::NotFound {
                what: "handoff",
                ..
            })
        ),
        "{missing:?}"
    );
}

async fn overdue_handoffs_are_listed_and_expire_only_once_due(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &c, "a", "Mein Koffer fehlt").await;
    let e = s
        .create_expert(&profile("Sandra Meier", "Baggage", &[], &["de"]))
        .await
        .unwrap();
    let (early, _) = s.ask_handoff(&ask(id, &e, 5, 60), &policy()).await.unwrap();
    let (late, _) = s
        .ask_handoff(&ask(id, &e, 6, 120), &policy())
        .await
        .unwrap();
    assert!(s.overdue_handoffs(at(59)).await.unwrap().is_empty());
    let due: Vec<_> = s
        .overdue_handoffs(at(120))
        .await
        .unwrap()
        .iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(
        due,
        vec![early.id, late.id],
        "oldest due first, the due time itself included"
    );
    let not_yet = s
        .close_handoff(
            late.id,
            &HandoffOutcome::Expire,
            "Switchboard",
            at(119),
            &policy(),
        )
        .await;
    assert!(
        matches!(not_yet, Err(StoreError::Domain(DomainError::HandoffNotDue))),
        "{not_yet:?}"
    );
    let (expired, case) = s
        .close_handoff(
            early.id,
            &HandoffOutcome::Expire,
            "Switchboard",
            at(61),
            &policy(),
        )
        .await
        .unwrap();
    assert_eq!(
        (expired.state, expired.closed_at),
        (HandoffState::Expired, Some(at(61)))
    );
    assert_eq!(case.status, CaseStatus::WaitingExpert);
    let due: Vec<_> = s
        .overdue_handoffs(at(120))
        .await
        .unwrap()
        .iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(due, vec![late.id]);
}

async fn a_retired_expert_cannot_be_asked(s: Arc<dyn Store>) {
    let c = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &c, "a", "Mein Koffer fehlt").await;
    let e = s
        .create_expert(&profile("Sandra Meier", "Baggage", &[], &["de"]))
        .await
        .unwrap();
    s.retire_expert(e.id, at(1)).await.unwrap();
    let r = s.ask_handoff(&ask(id, &e, 5, 60), &policy()).await;
    assert!(
        matches!(r, Err(StoreError::Domain(DomainError::ExpertRetired(ref n))) if n == "Sandra Meier"),
        "{r:?}"
    );
    assert_eq!(
        s.case(id).await.unwrap().status,
        CaseStatus::New,
        "the case did not move"
    );
    assert!(s.handoffs_of_case(id).await.unwrap().is_empty());
}
