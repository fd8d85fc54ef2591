//! The handoff state machine, every state against every outcome.

use super::*;
use crate::ids::{CaseId, CommunityId, ContactId, ExpertId, HandoffId};
use crate::sla::{SlaClocks, SlaState};
use crate::CaseKind;
use chrono::{Duration, TimeZone};

fn t(min: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap() + Duration::minutes(min)
}

fn requested() -> Handoff {
    Handoff {
        id: HandoffId(1),
        case_id: CaseId(7),
        expert_id: ExpertId(3),
        question: "Is the bag in Zurich?".into(),
        excerpt: "Mein Koffer fehlt".into(),
        state: HandoffState::Requested,
        asked_at: t(0),
        due_at: t(240),
        answered_at: None,
        answer: None,
        priority: HandoffPriority::Normal,
        asked_by: None,
        answered_by: None,
        declined_reason: None,
        closed_at: None,
    }
}

fn in_state(state: HandoffState) -> Handoff {
    let h = requested();
    match state {
        HandoffState::Requested => h,
        HandoffState::Answered => settle(&h, &answer("yes"), t(30)).unwrap(),
        HandoffState::Declined => {
            settle(&h, &HandoffOutcome::Decline { reason: None }, t(30)).unwrap()
        }
        HandoffState::Expired => settle(&h, &HandoffOutcome::Expire, t(240)).unwrap(),
    }
}

fn answer(text: &str) -> HandoffOutcome {
    HandoffOutcome::Answer {
        text: text.into(),
        by: " Sandra Meier ".into(),
    }
}

fn outcomes() -> Vec<HandoffOutcome> {
    vec![
        answer("It is in Zurich."),
        HandoffOutcome::Decline {
            reason: Some("not mine".into()),
        },
        HandoffOutcome::Expire,
    ]
}

const STATES: [HandoffState; 4] = [
    HandoffState::Requested,
    HandoffState::Answered,
    HandoffState::Declined,
    HandoffState::Expired,
];

#[test]
fn only_a_requested_handoff_moves_and_final_states_refuse_every_outcome() {
    for state in STATES {
        for outcome in outcomes() {
            let result = settle(&in_state(state), &outcome, t(300));
            match state {
                HandoffState::Requested => {
                    assert!(result.is_ok(), "{state} + {outcome:?}: {result:?}")
                }
                _ => assert_eq!(
                    result,
                    Err(DomainError::HandoffClosed { state }),
                    "{state} + {outcome:?}"
                ),
            }
        }
    }
}

#[test]
fn an_answer_is_stored_trimmed_with_its_author_and_time() {
    let h = settle(&requested(), &answer("  It is in Zurich.\n"), t(35)).unwrap();
    assert_eq!(h.state, HandoffState::Answered);
    assert_eq!(h.answer.as_deref(), Some("It is in Zurich."));
    assert_eq!(h.answered_by.as_deref(), Some("Sandra Meier"));
    assert_eq!((h.answered_at, h.closed_at), (Some(t(35)), Some(t(35))));
    assert_eq!(answer_minutes(&h), Some(35));
    assert!(answered_in_time(&h));
}

#[test]
fn an_empty_answer_is_refused() {
    assert_eq!(
        settle(&requested(), &answer(" \n "), t(10)),
        Err(DomainError::EmptyMessage)
    );
}

#[test]
fn a_late_answer_before_expiry_is_accepted_but_not_in_time() {
    let h = settle(&requested(), &answer("sorry, late"), t(241)).unwrap();
    assert_eq!(h.state, HandoffState::Answered);
    assert!(!answered_in_time(&h));
    let on_the_dot = settle(&requested(), &answer("just"), t(240)).unwrap();
    assert!(
        answered_in_time(&on_the_dot),
        "answering at the due time is in time"
    );
}

#[test]
fn a_decline_keeps_a_reason_only_when_one_was_given() {
    let with = settle(
        &requested(),
        &HandoffOutcome::Decline {
            reason: Some(" Ask refunds ".into()),
        },
        t(5),
    )
    .unwrap();
    assert_eq!(with.state, HandoffState::Declined);
    assert_eq!(with.declined_reason.as_deref(), Some("Ask refunds"));
    assert_eq!(with.closed_at, Some(t(5)));
    let blank = settle(
        &requested(),
        &HandoffOutcome::Decline {
            reason: Some("  ".into()),
        },
        t(5),
    )
    .unwrap();
    assert_eq!(blank.declined_reason, None);
    assert_eq!(answer_minutes(&blank), None);
    assert!(!answered_in_time(&blank));
}

#[test]
fn expiry_happens_at_the_due_time_and_not_a_millisecond_before() {
    let early = settle(
        &requested(),
        &HandoffOutcome::Expire,
        t(240) - Duration::milliseconds(1),
    );
    assert_eq!(early, Err(DomainError::HandoffNotDue));
    let h = settle(&requested(), &HandoffOutcome::Expire, t(240)).unwrap();
    assert_eq!(
        (h.state, h.closed_at),
        (HandoffState::Expired, Some(t(240)))
    );
    assert_eq!(h.answer, None);
}

#[test]
fn the_reminder_is_due_three_quarters_of_the_way_to_the_due_time() {
    assert_eq!(reminder_at(t(0), t(240)), t(180));
    assert_eq!(reminder_at(t(0), t(0)), t(0), "no span: remind at once");
    assert_eq!(reminder_at(t(10), t(0)), t(0), "a due time before asking");
}

#[test]
fn the_phase_of_an_open_handoff_moves_from_waiting_to_remind_to_overdue() {
    let h = requested();
    assert_eq!(phase(&h, t(0)), HandoffPhase::Waiting);
    assert_eq!(phase(&h, t(179)), HandoffPhase::Waiting);
    assert_eq!(phase(&h, t(180)), HandoffPhase::Remind);
    assert_eq!(phase(&h, t(239)), HandoffPhase::Remind);
    assert_eq!(phase(&h, t(240)), HandoffPhase::Overdue);
    assert!(is_overdue(&h, t(240)) && !is_overdue(&h, t(239)));
    for (state, expected) in [
        (HandoffState::Answered, HandoffPhase::Answered),
        (HandoffState::Declined, HandoffPhase::Declined),
        (HandoffState::Expired, HandoffPhase::Expired),
    ] {
        let closed = in_state(state);
        assert_eq!(phase(&closed, t(1000)), expected);
        assert!(!is_overdue(&closed, t(1000)), "{state} is not overdue");
    }
}

#[test]
fn a_question_needs_words_and_a_due_time_after_asking() {
    assert_eq!(check_ask("Why?", t(0), t(1)), Ok(()));
    assert_eq!(check_ask("  ", t(0), t(1)), Err(DomainError::EmptyMessage));
    assert_eq!(
        check_ask("Why?", t(0), t(0)),
        Err(DomainError::HandoffDueInPast)
    );
}

#[test]
fn priorities_parse_from_their_names_in_any_case() {
    for p in HandoffPriority::ALL {
        assert_eq!(p.as_str().parse::<HandoffPriority>(), Ok(p));
        assert_eq!(p.as_str().to_uppercase().parse::<HandoffPriority>(), Ok(p));
    }
    assert_eq!("asap".parse::<HandoffPriority>(), Err("asap".to_string()));
    assert_eq!(HandoffPriority::default(), HandoffPriority::Normal);
}

fn policy() -> SlaPolicy {
    SlaPolicy::default_in(chrono_tz::Europe::Zurich)
}

fn case(status: CaseStatus) -> Case {
    Case {
        id: CaseId(7),
        community_id: CommunityId(1),
        contact_id: ContactId(1),
        kind: CaseKind::Messenger,
        thread_key: "t".into(),
        status,
        assignee_id: None,
        subject: "Koffer".into(),
        topic: Some("baggage-lost".into()),
        linked_case_id: None,
        opened_at: t(0),
        updated_at: t(0),
        resolved_at: None,
        last_inbound_at: t(0),
        awaiting_reply_since: None,
        sla: SlaClocks::start(&policy(), t(0)),
        crisis_id: None,
        private_psid: None,
        snoozed_until: None,
        tags: Vec::new(),
    }
}

#[test]
fn asking_moves_every_open_case_to_waiting_expert_with_its_clock_running() {
    for status in [
        CaseStatus::New,
        CaseStatus::Open,
        CaseStatus::WaitingCustomer,
        CaseStatus::WaitingExpert,
    ] {
        let next = case_on_ask(&case(status), &policy(), t(10)).unwrap();
        assert_eq!(next.status, CaseStatus::WaitingExpert, "from {status}");
        assert_eq!(next.updated_at, t(10));
        assert_ne!(
            next.sla_state(t(11)),
            SlaState::Paused,
            "from {status}: the resolution clock must run"
        );
    }
    assert_eq!(
        case_on_ask(&case(CaseStatus::Resolved), &policy(), t(10)),
        Err(DomainError::CaseResolved)
    );
}

#[test]
fn closing_the_last_open_handoff_reopens_the_case_and_others_keep_it_waiting() {
    let waiting = case(CaseStatus::WaitingExpert);
    let back = case_on_close(&waiting, 0, &policy(), t(50)).unwrap();
    assert_eq!(back.status, CaseStatus::Open);
    let still = case_on_close(&waiting, 1, &policy(), t(50)).unwrap();
    assert_eq!(still.status, CaseStatus::WaitingExpert);
    assert_eq!(still.updated_at, t(50));
    // An agent moved the case on meanwhile: the handoff does not pull it back.
    for status in [
        CaseStatus::Open,
        CaseStatus::WaitingCustomer,
        CaseStatus::Resolved,
    ] {
        let next = case_on_close(&case(status), 0, &policy(), t(50)).unwrap();
        assert_eq!(next.status, status);
    }
}
