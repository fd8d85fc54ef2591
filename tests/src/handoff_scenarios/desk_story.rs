//! The desk's handoff use cases, on both backends: the story of issue 5 (a
//! German-language baggage case handed to the German-speaking baggage
//! expert and answered, the answer replied and the case resolved, with the
//! SLA clocks checked at every step), the all-or-nothing CSV import,
//! suggestions that explain a low rank, and expiry.

use super::{at, case_in, community, profile};
use crate::scenarios::t0;
use std::sync::Arc;
use switchboard_desk::experts::ExpertInput;
use switchboard_desk::handoffs::HandoffRequest;
use switchboard_desk::mailto::{mailto_link, MailLabels};
use switchboard_desk::suggest::Reason;
use switchboard_desk::{Change, Clock, Desk, DeskError};
use switchboard_domain::{
    Agent, CaseStatus, Direction, DomainError, Expert, HandoffPriority, HandoffState, SlaState,
};
use switchboard_store::*;

fn desk(s: &Arc<dyn Store>, min: i64) -> Desk {
    Desk::new(s.clone()).with_clock(Clock::Fixed(at(min)))
}

fn input(name: &str, department: &str, topics: &str, languages: &str) -> ExpertInput {
    ExpertInput {
        name: name.into(),
        department: department.into(),
        topics: topics.into(),
        languages: languages.into(),
        email: format!("{}@lakeline.example", name.to_lowercase().replace(' ', ".")),
        working_hours: "Mon-Fri 08:00-17:00".into(),
        ..ExpertInput::default()
    }
}

async fn lea(s: &dyn Store) -> Agent {
    s.add_agent(&NewAgent {
        name: "Léa Rochat".into(),
        initials: "LR".into(),
        email: "lea@lakeline.example".into(),
    })
    .await
    .unwrap()
}

fn request(case: switchboard_domain::CaseId, expert: &Expert) -> HandoffRequest {
    HandoffRequest {
        case,
        expert: expert.id,
        question: "Wo ist der Koffer von Frau Huber (LX 1234 ab Nizza)?".into(),
        excerpt: None,
        due_at: None,
        priority: HandoffPriority::High,
    }
}

fn labels() -> MailLabels {
    MailLabels {
        question: "Question".into(),
        excerpt: "From the conversation".into(),
        language: "Customer's language".into(),
        due: "Answer needed by".into(),
        priority: "Priority".into(),
        reference: "Reference".into(),
        reply_hint: "Reply to this e-mail and keep the reference.".into(),
    }
}

pub async fn a_german_baggage_case_goes_to_the_german_speaking_expert_and_back(s: Arc<dyn Store>) {
    let de = community(&*s, "Lakeline", "de-CH", "1").await;
    community(&*s, "Lakeline", "fr-CH", "2").await;
    community(&*s, "Summit Air", "de-CH", "3").await;
    let lea = lea(&*s).await;
    let d = desk(&s, 0);
    let sandra = d
        .add_expert(&input(
            "Sandra Meier",
            "Baggage",
            "baggage-lost;baggage-delayed",
            "de;en;it",
        ))
        .await
        .unwrap();
    d.add_expert(&input(
        "Claire Monnier",
        "Baggage",
        "baggage-lost;baggage-delayed",
        "fr;en",
    ))
    .await
    .unwrap();
    let mut anna = input("Anna Weber", "Baggage", "baggage-lost", "de");
    anna.availability = "away".into();
    d.add_expert(&anna).await.unwrap();
    d.add_expert(&input("Urs Keller", "Refunds", "refund", "de;en"))
        .await
        .unwrap();

    // 10:00 in Zurich on a Monday: a fan writes in German.
    let id = case_in(
        &*s,
        &de,
        "huber",
        "Grüezi, mein Koffer ist nach dem Flug LX 1234 von Nizza nicht angekommen.",
    )
    .await;
    s.change_case(id, &|c| {
        let mut next = c.clone();
        next.topic = Some("baggage-lost".into());
        Ok(CaseChange {
            audit: None,
            case: next,
            message: None,
        })
    })
    .await
    .unwrap();
    let case = s.case(id).await.unwrap();
    assert_eq!(
        (case.status, case.sla_state(at(5))),
        (CaseStatus::New, SlaState::OnTrack)
    );
    assert_eq!(
        case.sla.first_response_due,
        at(60),
        "first response within the hour"
    );

    let replied = desk(&s, 10)
        .record_reply(id, &lea, "Grüezi! Wir klären das mit dem Gepäckdienst.")
        .await
        .unwrap();
    assert_eq!(replied.sla.first_response_at, Some(at(10)));
    assert_eq!(
        replied.urgency().map(|(_, due)| due),
        Some(at(24 * 60)),
        "the resolution clock now leads"
    );

    // The German-speaking baggage expert comes first, and says why.
    let ranked = desk(&s, 12)
        .suggest_experts(id, &["fr".to_string()])
        .await
        .unwrap();
    let names: Vec<&str> = ranked.iter().map(|x| x.expert.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["Sandra Meier", "Claire Monnier", "Anna Weber", "Urs Keller"]
    );
    assert_eq!(
        ranked[0].reasons,
        vec![
            Reason::Topic {
                topic: "baggage-lost".into()
            },
            Reason::CustomerLanguage {
                language: "de".into()
            },
            Reason::AvailableNow {
                local_time: "Mon 10:12 Europe/Zurich".into()
            },
        ]
    );
    assert!(
        ranked[1].reasons.contains(&Reason::AgentLanguage {
            language: "fr".into()
        }),
        "{:?}",
        ranked[1]
    );
    assert!(ranked[2].reasons.contains(&Reason::Away), "{:?}", ranked[2]);

    // Handoff: the case waits for the expert, its resolution clock runs on.
    let d = desk(&s, 12);
    let mut changes = d.subscribe();
    let h = d.ask_handoff(&request(id, &sandra), &lea).await.unwrap();
    assert_eq!(
        changes.try_recv().unwrap(),
        Change::Case {
            id,
            community: de.id
        }
    );
    assert_eq!(
        h.due_at,
        at(12 + 4 * 60),
        "four business hours, before the case's own due time"
    );
    assert_eq!(
        h.excerpt,
        "Grüezi, mein Koffer ist nach dem Flug LX 1234 von Nizza nicht angekommen."
    );
    let waiting = s.case(id).await.unwrap();
    assert_eq!(waiting.status, CaseStatus::WaitingExpert);
    assert_eq!(waiting.sla_state(at(13)), SlaState::OnTrack);
    let row = desk(&s, 13)
        .queue_page(&QueueFilter::default())
        .await
        .unwrap()
        .rows;
    assert_eq!(
        (row[0].id, row[0].due_at, row[0].sla_state),
        (id, Some(at(24 * 60)), SlaState::OnTrack)
    );
    assert_eq!(
        waiting.sla_state(at(18 * 60)),
        SlaState::AtRisk,
        "waiting for an expert does not stop the clock"
    );

    // The expert sees it in their list, with the customer's language.
    let mine = desk(&s, 20)
        .handoffs_of_expert(sandra.id, true)
        .await
        .unwrap();
    assert_eq!(
        (
            mine.len(),
            mine[0].community.as_str(),
            mine[0].locale.as_str()
        ),
        (1, "lakeline/de-CH", "de-CH")
    );
    let link = mailto_link(&h, &sandra, &waiting, &de, &labels());
    assert!(
        link.starts_with("mailto:sandra.meier@lakeline.example?subject=%5B%23"),
        "{link}"
    );
    assert!(
        link.contains(&format!("%2FH{}%5D", h.id)) && link.contains("%0D%0A%3E%20Gr%C3%BCezi"),
        "{link}"
    );

    // The answer comes back; the case is the agent's again, clocks intact.
    let answer = "Der Koffer ist in Zürich und wird morgen zwischen 9 und 12 Uhr geliefert.";
    let answered = desk(&s, 50)
        .answer_handoff(h.id, answer, None, &lea)
        .await
        .unwrap();
    assert_eq!(
        (answered.state, answered.answered_by.as_deref()),
        (HandoffState::Answered, Some("Sandra Meier"))
    );
    let back = s.case(id).await.unwrap();
    assert_eq!(back.status, CaseStatus::Open);
    assert_eq!(
        (back.sla.resolution_paused_secs, back.sla.resolution_due),
        (0, Some(at(24 * 60)))
    );

    // Into the draft, replied, resolved.
    desk(&s, 51)
        .save_draft(id, lea.id, "Grüezi Frau Huber,")
        .await
        .unwrap();
    let draft = desk(&s, 52)
        .insert_answer_into_draft(h.id, &lea)
        .await
        .unwrap();
    assert_eq!(draft.body, format!("Grüezi Frau Huber,\n\n{answer}"));
    desk(&s, 55)
        .record_reply(id, &lea, &draft.body)
        .await
        .unwrap();
    assert_eq!(
        s.draft(id, lea.id).await.unwrap(),
        None,
        "the reply used the draft up"
    );
    let thread = s.thread(id).await.unwrap();
    let last = thread.last().unwrap();
    assert!(
        last.direction == Direction::Outbound && last.body.contains(answer),
        "{last:?}"
    );
    let resolved = desk(&s, 60)
        .set_status(id, CaseStatus::Resolved)
        .await
        .unwrap();
    assert_eq!(
        (resolved.sla_state(at(61)), resolved.resolved_at),
        (SlaState::Done, Some(at(60)))
    );

    // The audit trail and the figures.
    let audit = desk(&s, 61).audit_of_case(id).await.unwrap();
    let trail: Vec<_> = audit
        .iter()
        .map(|a| (a.kind, a.actor.as_str(), a.expert_name.as_deref(), a.at))
        .collect();
    assert_eq!(
        trail,
        vec![
            (
                AuditKind::HandoffAsked,
                "Léa Rochat",
                Some("Sandra Meier"),
                at(12)
            ),
            (
                AuditKind::HandoffAnswered,
                "Léa Rochat",
                Some("Sandra Meier"),
                at(50)
            ),
        ]
    );
    assert_eq!(audit[1].detail, answer);
    let f = desk(&s, 61).handoff_figures(30).await.unwrap();
    let sf = f.experts.iter().find(|e| e.expert_id == sandra.id).unwrap();
    assert_eq!(
        (
            sf.counts.asked,
            sf.counts.answered_in_time,
            sf.counts.median_answer_minutes
        ),
        (1, 1, Some(38))
    );
    let shares: Vec<_> = f
        .communities
        .iter()
        .map(|c| (c.community.as_str(), c.cases, c.with_handoff))
        .collect();
    assert_eq!(
        shares,
        vec![
            ("lakeline/de-CH", 1, 1),
            ("lakeline/fr-CH", 0, 0),
            ("summit-air/de-CH", 0, 0)
        ]
    );
    assert_eq!(t0(), at(0));
}

pub async fn a_csv_with_one_bad_row_names_it_and_imports_nothing(s: Arc<dyn Store>) {
    let d = desk(&s, 0);
    let csv = "name,department,topics,languages,email,time_zone\n\
               Sandra Meier,Baggage,baggage-lost;baggage-delayed,de;en,sandra@lakeline.example,Europe/Zurich\n\
               Claire Monnier,Baggage,baggage-lost,deutsch,claire@lakeline.example,Europe/Zurich\n\
               Urs Keller,Refunds,refund,de,urs@lakeline.example,Europe/Zurich\n";
    let err = d.import_experts(csv).await.unwrap_err();
    match &err {
        DeskError::ImportBadValue { row, column, value } => {
            assert_eq!(
                (*row, column.as_str(), value.as_str()),
                (3, "languages", "deutsch")
            )
        }
        other => panic!("expected row 3, column languages; got {other:?}"),
    }
    assert_eq!(err.code(), "import-bad-value");
    assert!(s.experts().await.unwrap().is_empty(), "nothing is imported");

    let fixed = csv.replace("deutsch", "fr");
    let summary = d.import_experts(&fixed).await.unwrap();
    assert_eq!(
        summary,
        ImportSummary {
            added: 3,
            updated: 0,
            unchanged: 0
        }
    );
    let exported = d.export_experts().await.unwrap();
    assert_eq!(
        d.import_experts(&exported).await.unwrap(),
        ImportSummary {
            added: 0,
            updated: 0,
            unchanged: 3
        }
    );
    assert_eq!(s.experts().await.unwrap().len(), 3);
}

pub async fn suggestions_explain_why_an_expert_ranks_low(s: Arc<dyn Store>) {
    let de = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &de, "a", "Mein Koffer ist weg").await;
    let others: Vec<_> = other_cases(&s, &de).await;
    let mut out = profile("Olga Out", "Baggage", &["baggage-lost"], &["de"]);
    out.availability = "out:2026-03-09".parse().unwrap();
    s.create_expert(&out).await.unwrap();
    let busy = s
        .create_expert(&profile("Bea Busy", "Baggage", &["baggage-lost"], &["de"]))
        .await
        .unwrap();
    let gone = s
        .create_expert(&profile(
            "Rita Retired",
            "Baggage",
            &["baggage-lost"],
            &["de"],
        ))
        .await
        .unwrap();
    s.retire_expert(gone.id, at(0)).await.unwrap();
    let lea = lea(&*s).await;
    for (i, other) in others.iter().enumerate() {
        let h = desk(&s, i as i64)
            .ask_handoff(&request(*other, &busy), &lea)
            .await
            .unwrap();
        if i == 0 {
            desk(&s, 20)
                .answer_handoff(h.id, "Ja.", None, &lea)
                .await
                .unwrap();
        }
    }
    let ranked = desk(&s, 30).suggest_experts(id, &[]).await.unwrap();
    let names: Vec<&str> = ranked.iter().map(|x| x.expert.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["Bea Busy", "Olga Out"],
        "retired experts are not suggested"
    );
    // No topic on the case: the thread's word "Koffer" points to baggage.
    let keyword = Reason::Keyword {
        keyword: "koffer".into(),
        topic: "baggage-lost".into(),
    };
    assert_eq!(ranked[0].reasons[0], keyword);
    assert!(
        ranked[0].reasons.contains(&Reason::Load { open: 2 }),
        "{:?}",
        ranked[0].reasons
    );
    assert!(
        ranked[0]
            .reasons
            .contains(&Reason::AnswerSpeed { median_minutes: 20 }),
        "{:?}",
        ranked[0].reasons
    );
    let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
    assert!(
        ranked[1].reasons.contains(&Reason::OutUntil { date }),
        "{:?}",
        ranked[1].reasons
    );
    assert_eq!(
        ranked[0].score,
        ranked[0].reasons.iter().map(Reason::points).sum::<i64>()
    );
}

/// Three other cases in `c`, for load.
async fn other_cases(
    s: &Arc<dyn Store>,
    c: &switchboard_domain::Community,
) -> Vec<switchboard_domain::CaseId> {
    let mut ids = Vec::new();
    for t in ["x", "y", "z"] {
        ids.push(case_in(&**s, c, t, "Tasche beschädigt").await);
    }
    ids
}

pub async fn overdue_handoffs_expire_through_the_desk_and_reopen_the_case(s: Arc<dyn Store>) {
    let de = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &de, "a", "Mein Koffer fehlt").await;
    let lea = lea(&*s).await;
    let sandra = s
        .create_expert(&profile(
            "Sandra Meier",
            "Baggage",
            &["baggage-lost"],
            &["de"],
        ))
        .await
        .unwrap();
    let mut req = request(id, &sandra);
    req.due_at = Some(at(30));
    req.excerpt = Some("  Koffer fehlt  ".into());
    let h = desk(&s, 0).ask_handoff(&req, &lea).await.unwrap();
    assert_eq!(h.excerpt, "Koffer fehlt", "the agent's excerpt, trimmed");
    assert!(desk(&s, 29)
        .expire_overdue_handoffs()
        .await
        .unwrap()
        .is_empty());
    let expired = desk(&s, 31).expire_overdue_handoffs().await.unwrap();
    assert_eq!(
        expired.iter().map(|h| (h.id, h.state)).collect::<Vec<_>>(),
        vec![(h.id, HandoffState::Expired)]
    );
    assert_eq!(
        s.case(id).await.unwrap().status,
        CaseStatus::Open,
        "nobody answered: back to the agent"
    );
    assert!(
        desk(&s, 32)
            .expire_overdue_handoffs()
            .await
            .unwrap()
            .is_empty(),
        "expires once"
    );
    let late = desk(&s, 40)
        .answer_handoff(h.id, "Doch noch!", None, &lea)
        .await
        .unwrap_err();
    assert!(
        matches!(
            late,
            DeskError::Store(StoreError::Domain(DomainError::HandoffClosed {
                state: HandoffState::Expired
            }))
        ),
        "{late:?}"
    );
    let audit = s.audit_of_case(id).await.unwrap();
    assert_eq!(
        (audit[1].kind, audit[1].actor.as_str()),
        (AuditKind::HandoffExpired, "Switchboard")
    );
    let not_answered = desk(&s, 41)
        .insert_answer_into_draft(h.id, &lea)
        .await
        .unwrap_err();
    assert_eq!(not_answered.code(), "handoff-not-answered");
    assert!(matches!(
        desk(&s, 41).open_handoff_of(id, None).await,
        Err(DeskError::NoOpenHandoff { .. })
    ));
}

pub async fn a_reminder_comes_once_at_three_quarters_of_the_time(s: Arc<dyn Store>) {
    let de = community(&*s, "Lakeline", "de-CH", "1").await;
    let id = case_in(&*s, &de, "a", "Mein Koffer fehlt").await;
    let lea = lea(&*s).await;
    let sandra = s
        .create_expert(&profile(
            "Sandra Meier",
            "Baggage",
            &["baggage-lost"],
            &["de"],
        ))
        .await
        .unwrap();
    let mut req = request(id, &sandra);
    req.due_at = Some(at(40));
    let h = desk(&s, 0).ask_handoff(&req, &lea).await.unwrap();
    let ids = |v: Vec<switchboard_domain::Handoff>| v.into_iter().map(|h| h.id).collect::<Vec<_>>();
    let d = desk(&s, 0);
    assert!(
        ids(d.handoffs_to_remind(at(0), at(29)).await.unwrap()).is_empty(),
        "not before 75 % (minute 30)"
    );
    assert_eq!(
        ids(d.handoffs_to_remind(at(29), at(30)).await.unwrap()),
        vec![h.id]
    );
    assert!(
        ids(d.handoffs_to_remind(at(30), at(35)).await.unwrap()).is_empty(),
        "once: the next window has already passed the reminder"
    );
    d.answer_handoff(h.id, "Gefunden.", None, &lea)
        .await
        .unwrap();
    assert!(
        ids(d.handoffs_to_remind(at(29), at(30)).await.unwrap()).is_empty(),
        "an answered handoff needs no reminder"
    );
}
