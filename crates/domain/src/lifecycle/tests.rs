//! Tests of the parent module, kept apart so the rules read on one screen.

use super::*;
use crate::case::CaseKind;
use crate::ids::{CommunityId, ContactId};
use crate::sla::SlaClocks;
use chrono::TimeZone;
use chrono_tz::Europe;
use CaseStatus::{New, Open, Resolved, WaitingCustomer, WaitingExpert};

fn policy() -> SlaPolicy {
    SlaPolicy::default_in(Europe::Zurich)
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 10, 11, 0, 0).unwrap()
}

fn hours(h: i64) -> Duration {
    Duration::hours(h)
}

/// A case opened by a fan's message at `t0`, moved to `status` with no
/// time spent on the way.
fn case_in(status: CaseStatus) -> Case {
    let at = t0();
    let mut case = Case {
        id: CaseId(7),
        community_id: CommunityId(1),
        contact_id: ContactId(2),
        kind: CaseKind::Messenger,
        thread_key: "t_1".to_string(),
        status: New,
        assignee_id: None,
        subject: "My bag is lost".to_string(),
        topic: None,
        linked_case_id: None,
        opened_at: at,
        updated_at: at,
        resolved_at: None,
        last_inbound_at: at,
        awaiting_reply_since: Some(at),
        sla: SlaClocks::start(&policy(), at),
        crisis_id: None,
        private_psid: None,
        snoozed_until: None,
        tags: Vec::new(),
    };
    if status != New {
        case = transition(&case, status, &policy(), at).unwrap();
    }
    case
}

// --- Which moves are allowed ----------------------------------------

#[test]
fn every_status_pair_is_allowed_or_refused_as_specified() {
    let allowed = [
        (New, Open),
        (New, WaitingCustomer),
        (New, WaitingExpert),
        (New, Resolved),
        (Open, WaitingCustomer),
        (Open, WaitingExpert),
        (Open, Resolved),
        (WaitingCustomer, Open),
        (WaitingCustomer, WaitingExpert),
        (WaitingCustomer, Resolved),
        (WaitingExpert, Open),
        (WaitingExpert, WaitingCustomer),
        (WaitingExpert, Resolved),
        (Resolved, Open),
    ];
    let mut checked = 0;
    for from in CaseStatus::ALL {
        for to in CaseStatus::ALL {
            let expected = allowed.contains(&(from, to));
            let got = can_transition(from, to);
            assert_eq!(
                got, expected,
                "{from} -> {to}: expected allowed={expected}, got allowed={got}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 25, "expected 25 pairs, checked {checked}");
}

#[test]
fn no_status_moves_to_itself_or_back_to_new() {
    for st in CaseStatus::ALL {
        assert!(!can_transition(st, st), "expected {st} -> {st} refused");
        assert!(!can_transition(st, New), "expected {st} -> new refused");
    }
}

#[test]
fn resolved_case_can_only_be_reopened() {
    for to in CaseStatus::ALL {
        let expected = to == Open;
        assert_eq!(
            can_transition(Resolved, to),
            expected,
            "resolved -> {to}: expected allowed={expected}"
        );
    }
}

#[test]
fn refused_transition_names_both_statuses() {
    for from in CaseStatus::ALL {
        for to in CaseStatus::ALL {
            if can_transition(from, to) {
                continue;
            }
            let got = transition(&case_in(from), to, &policy(), t0() + hours(1));
            assert_eq!(
                got,
                Err(DomainError::Transition { from, to }),
                "{from} -> {to}: expected a refusal"
            );
        }
    }
}

#[test]
fn allowed_transition_sets_the_status_and_updated_at() {
    for from in CaseStatus::ALL {
        for to in CaseStatus::ALL {
            if !can_transition(from, to) {
                continue;
            }
            let at = t0() + hours(1);
            let got = transition(&case_in(from), to, &policy(), at).unwrap();
            assert_eq!(
                got.status, to,
                "{from} -> {to}: expected status {to}, got {}",
                got.status
            );
            assert_eq!(
                got.updated_at, at,
                "{from} -> {to}: expected updated_at {at}, got {}",
                got.updated_at
            );
        }
    }
}

// --- What moves do to the clocks --------------------------------------

#[test]
fn waiting_for_the_customer_pauses_the_resolution_clock() {
    let at = t0() + hours(2);
    let case = transition(&case_in(Open), WaitingCustomer, &policy(), at).unwrap();
    assert_eq!(
        case.sla.paused_since,
        Some(at),
        "expected paused since {at}, got {:?}",
        case.sla.paused_since
    );
    assert_eq!(
        case.sla.resolution_due, None,
        "expected no resolution due time while paused"
    );
}

#[test]
fn customer_answering_back_to_open_resumes_the_resolution_clock() {
    let waiting = transition(&case_in(Open), WaitingCustomer, &policy(), t0() + hours(2)).unwrap();
    let open = transition(&waiting, Open, &policy(), t0() + hours(5)).unwrap();
    assert_eq!(open.sla.paused_since, None, "expected the clock to run");
    assert_eq!(
        open.sla.resolution_paused_secs,
        3 * 3600,
        "expected 3 h paused"
    );
    let due = Some(t0() + hours(27));
    assert_eq!(
        open.sla.resolution_due, due,
        "expected {due:?}, got {:?}",
        open.sla.resolution_due
    );
}

#[test]
fn waiting_for_an_expert_keeps_the_resolution_clock_running() {
    let case = transition(&case_in(Open), WaitingExpert, &policy(), t0() + hours(2)).unwrap();
    assert_eq!(case.sla.paused_since, None, "expected no pause");
    let due = Some(t0() + hours(24));
    assert_eq!(
        case.sla.resolution_due, due,
        "expected {due:?}, got {:?}",
        case.sla.resolution_due
    );
}

#[test]
fn leaving_waiting_for_the_customer_for_an_expert_resumes_the_clock() {
    let waiting = transition(&case_in(Open), WaitingCustomer, &policy(), t0() + hours(1)).unwrap();
    let expert = transition(&waiting, WaitingExpert, &policy(), t0() + hours(2)).unwrap();
    assert_eq!(expert.sla.paused_since, None, "expected the clock to run");
    assert_eq!(
        expert.sla.resolution_paused_secs, 3600,
        "expected 1 h paused"
    );
}

#[test]
fn resolving_sets_resolved_at_and_pauses_the_clock() {
    let at = t0() + hours(3);
    let case = transition(&case_in(Open), Resolved, &policy(), at).unwrap();
    assert_eq!(
        case.resolved_at,
        Some(at),
        "expected resolved at {at}, got {:?}",
        case.resolved_at
    );
    assert_eq!(
        case.sla.paused_since,
        Some(at),
        "expected paused since {at}"
    );
}

#[test]
fn resolving_while_waiting_for_the_customer_keeps_the_earlier_pause() {
    let waiting = transition(&case_in(Open), WaitingCustomer, &policy(), t0() + hours(1)).unwrap();
    let resolved = transition(&waiting, Resolved, &policy(), t0() + hours(2)).unwrap();
    let since = Some(t0() + hours(1));
    assert_eq!(
        resolved.sla.paused_since, since,
        "expected paused since {since:?}, got {:?}",
        resolved.sla.paused_since
    );
    let reopened = transition(&resolved, Open, &policy(), t0() + hours(4)).unwrap();
    assert_eq!(
        reopened.sla.resolution_paused_secs,
        3 * 3600,
        "expected all 3 h paused"
    );
}

#[test]
fn agent_reopening_resumes_the_clock_and_keeps_the_first_response() {
    let mut open = case_in(Open);
    open.sla.responded(t0() + hours(1));
    let resolved = transition(&open, Resolved, &policy(), t0() + hours(2)).unwrap();
    let reopened = transition(&resolved, Open, &policy(), t0() + hours(6)).unwrap();
    assert_eq!(reopened.resolved_at, None, "expected resolved_at cleared");
    assert_eq!(reopened.sla.paused_since, None, "expected the clock to run");
    assert_eq!(
        reopened.sla.resolution_paused_secs,
        4 * 3600,
        "expected 4 h paused"
    );
    assert_eq!(
        reopened.sla.first_response_at,
        Some(t0() + hours(1)),
        "expected the first reply kept"
    );
    assert_eq!(
        reopened.sla.first_response_due, open.sla.first_response_due,
        "expected the first-response clock unchanged"
    );
}

#[test]
fn transition_leaves_the_original_case_untouched() {
    let case = case_in(Open);
    let before = case.clone();
    let _ = transition(&case, Resolved, &policy(), t0() + hours(1)).unwrap();
    assert_eq!(case, before, "expected the input case unchanged");
}

// --- Where an inbound message goes ------------------------------------

fn resolved_at(at: DateTime<Utc>) -> Case {
    transition(&case_in(Open), Resolved, &policy(), at).unwrap()
}

#[test]
fn first_message_on_a_thread_opens_a_new_unlinked_case() {
    let got = plan_inbound(None, t0());
    assert_eq!(
        got,
        InboundPlan::NewCase { linked_to: None },
        "expected a new case, got {got:?}"
    );
}

#[test]
fn message_on_a_live_case_is_appended() {
    for status in [New, Open, WaitingCustomer, WaitingExpert] {
        let got = plan_inbound(Some(&case_in(status)), t0() + Duration::days(30));
        assert_eq!(
            got,
            InboundPlan::Append(CaseId(7)),
            "{status}: expected append, got {got:?}"
        );
    }
}

#[test]
fn message_within_seven_days_of_resolution_reopens_the_case() {
    let case = resolved_at(t0());
    for after in [
        Duration::zero(),
        Duration::days(3),
        Duration::days(7) - Duration::seconds(1),
    ] {
        let got = plan_inbound(Some(&case), t0() + after);
        assert_eq!(
            got,
            InboundPlan::Reopen(CaseId(7)),
            "{after} after: expected reopen, got {got:?}"
        );
    }
}

#[test]
fn message_exactly_seven_days_after_resolution_opens_a_linked_case() {
    let case = resolved_at(t0());
    let got = plan_inbound(Some(&case), t0() + Duration::days(REOPEN_DAYS));
    let expected = InboundPlan::NewCase {
        linked_to: Some(CaseId(7)),
    };
    assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
}

#[test]
fn message_long_after_resolution_opens_a_linked_case() {
    let case = resolved_at(t0());
    let got = plan_inbound(Some(&case), t0() + Duration::days(400));
    let expected = InboundPlan::NewCase {
        linked_to: Some(CaseId(7)),
    };
    assert_eq!(got, expected, "expected {expected:?}, got {got:?}");
}

#[test]
fn resolved_case_without_resolved_at_counts_from_its_last_update() {
    let mut case = resolved_at(t0());
    case.resolved_at = None;
    case.updated_at = t0() + Duration::days(5);
    let got = plan_inbound(Some(&case), t0() + Duration::days(8));
    assert_eq!(
        got,
        InboundPlan::Reopen(CaseId(7)),
        "expected reopen, got {got:?}"
    );
}

// --- What an inbound message does to a case --------------------------

#[test]
fn inbound_on_a_resolved_case_reopens_it_with_a_new_first_response_clock() {
    let mut open = case_in(Open);
    open.sla.responded(t0() + hours(1));
    open.awaiting_reply_since = None;
    let resolved = transition(&open, Resolved, &policy(), t0() + hours(2)).unwrap();
    let at = t0() + Duration::days(2);
    let got = apply_inbound(&resolved, &policy(), at);
    assert_eq!(got.status, Open, "expected open, got {}", got.status);
    assert_eq!(got.resolved_at, None, "expected resolved_at cleared");
    assert_eq!(
        got.sla.first_response_at, None,
        "expected a new first response to wait for"
    );
    assert_eq!(
        got.sla.first_response_due,
        at + hours(1),
        "expected first response due an hour later"
    );
    assert_eq!(
        got.sla.paused_since, None,
        "expected the resolution clock to run"
    );
    assert_eq!(
        got.awaiting_reply_since,
        Some(at),
        "expected awaiting a reply since {at}"
    );
    assert_eq!(
        (got.last_inbound_at, got.updated_at),
        (at, at),
        "expected both timestamps at {at}"
    );
    assert_eq!(
        got.sla_state(at),
        crate::SlaState::OnTrack,
        "expected on track"
    );
}

#[test]
fn inbound_on_a_case_waiting_for_the_customer_reopens_it_and_resumes_the_clock() {
    let waiting = transition(&case_in(Open), WaitingCustomer, &policy(), t0() + hours(1)).unwrap();
    let at = t0() + hours(3);
    let got = apply_inbound(&waiting, &policy(), at);
    assert_eq!(got.status, Open, "expected open, got {}", got.status);
    assert_eq!(got.sla.paused_since, None, "expected the clock to run");
    assert_eq!(
        got.sla.resolution_paused_secs,
        2 * 3600,
        "expected 2 h paused"
    );
    assert_eq!(
        got.sla.first_response_due, waiting.sla.first_response_due,
        "expected the first-response clock unchanged"
    );
}

#[test]
fn inbound_keeps_new_open_and_waiting_expert_as_they_are() {
    for status in [New, Open, WaitingExpert] {
        let case = case_in(status);
        let got = apply_inbound(&case, &policy(), t0() + hours(1));
        assert_eq!(got.status, status, "expected {status}, got {}", got.status);
        assert_eq!(got.sla, case.sla, "{status}: expected the clocks unchanged");
    }
}

#[test]
fn inbound_keeps_the_oldest_unanswered_message_and_the_latest_inbound() {
    let case = case_in(Open);
    let got = apply_inbound(&case, &policy(), t0() + hours(2));
    assert_eq!(
        got.awaiting_reply_since,
        Some(t0()),
        "expected still awaiting since {}",
        t0()
    );
    assert_eq!(
        got.last_inbound_at,
        t0() + hours(2),
        "expected the latest inbound"
    );
    // A late-delivered older message does not move last_inbound_at back.
    let older = apply_inbound(&got, &policy(), t0() + hours(1));
    assert_eq!(
        older.last_inbound_at,
        t0() + hours(2),
        "expected last inbound to stay, got {}",
        older.last_inbound_at
    );
    assert_eq!(
        older.updated_at,
        t0() + hours(2),
        "expected updated_at not to move back, got {}",
        older.updated_at
    );
}

#[test]
fn inbound_after_a_reply_starts_awaiting_again() {
    let replied = apply_outbound(&case_in(Open), &policy(), t0() + hours(1)).unwrap();
    let got = apply_inbound(&replied, &policy(), t0() + hours(2));
    assert_eq!(
        got.awaiting_reply_since,
        Some(t0() + hours(2)),
        "expected awaiting since the new message"
    );
}

// --- What our reply does to a case ----------------------------------

#[test]
fn reply_to_a_new_case_opens_it_and_records_the_first_response() {
    let at = t0() + hours(1);
    let got = apply_outbound(&case_in(New), &policy(), at).unwrap();
    assert_eq!(got.status, Open, "expected open, got {}", got.status);
    assert_eq!(
        got.sla.first_response_at,
        Some(at),
        "expected first response at {at}"
    );
    assert_eq!(
        got.awaiting_reply_since, None,
        "expected nothing awaiting a reply"
    );
    assert_eq!(got.updated_at, at, "expected updated_at {at}");
}

#[test]
fn later_replies_keep_the_first_response_time() {
    let first = apply_outbound(&case_in(New), &policy(), t0() + hours(1)).unwrap();
    let second = apply_outbound(&first, &policy(), t0() + hours(2)).unwrap();
    assert_eq!(
        second.sla.first_response_at,
        Some(t0() + hours(1)),
        "expected the first reply kept"
    );
}

#[test]
fn reply_keeps_waiting_statuses() {
    for status in [Open, WaitingCustomer, WaitingExpert] {
        let got = apply_outbound(&case_in(status), &policy(), t0() + hours(1)).unwrap();
        assert_eq!(got.status, status, "expected {status}, got {}", got.status);
    }
}

#[test]
fn resolved_case_cannot_be_replied_to() {
    let got = apply_outbound(&resolved_at(t0()), &policy(), t0() + hours(1));
    assert_eq!(
        got,
        Err(DomainError::CaseResolved),
        "expected a refusal, got {got:?}"
    );
}

// --- Undoing a move ---------------------------------------------------

#[test]
fn undoing_the_resolve_of_an_unanswered_new_case_makes_it_new_again() {
    let resolved = transition(&case_in(New), Resolved, &policy(), t0() + hours(1)).unwrap();
    let back = undo_transition(&resolved, New, &policy(), t0() + hours(2)).unwrap();
    assert_eq!(back.status, New);
    assert_eq!(back.resolved_at, None);
    assert_eq!(
        back.sla.paused_since, None,
        "the resolution clock runs again"
    );
    assert_eq!(
        back.sla.first_response_due, resolved.sla.first_response_due,
        "the first-response clock is the one the fan started"
    );
}

#[test]
fn an_answered_case_does_not_go_back_to_new() {
    let mut answered = case_in(Open);
    answered.sla.responded(t0());
    let resolved = transition(&answered, Resolved, &policy(), t0() + hours(1)).unwrap();
    assert_eq!(
        undo_transition(&resolved, New, &policy(), t0() + hours(2)).unwrap_err(),
        DomainError::Transition {
            from: Resolved,
            to: New
        }
    );
}

#[test]
fn undoing_a_resolve_goes_back_through_open_to_the_status_before() {
    let resolved = transition(&case_in(WaitingExpert), Resolved, &policy(), t0()).unwrap();
    let back = undo_transition(&resolved, WaitingExpert, &policy(), t0() + hours(1)).unwrap();
    assert_eq!(back.status, WaitingExpert);
    assert_eq!(back.resolved_at, None);
}

#[test]
fn undoing_to_the_status_the_case_has_changes_nothing() {
    let open = case_in(Open);
    assert_eq!(
        undo_transition(&open, Open, &policy(), t0() + hours(1)).unwrap(),
        open
    );
}

// --- Snoozing -----------------------------------------------------------

#[test]
fn a_snoozed_case_waits_for_the_customer_and_wakes_open_at_its_time() {
    let until = t0() + hours(3);
    let snoozed = snooze(&case_in(Open), until, &policy(), t0() + hours(1)).unwrap();
    assert_eq!(
        (snoozed.status, snoozed.snoozed_until),
        (WaitingCustomer, Some(until))
    );
    assert!(
        snoozed.sla.paused_since.is_some(),
        "the resolution clock pauses"
    );
    assert_eq!(wake(&snoozed, &policy(), t0() + hours(2)), None, "not yet");
    let woken = wake(&snoozed, &policy(), until).unwrap();
    assert_eq!((woken.status, woken.snoozed_until), (Open, None));
    assert_eq!(woken.sla.paused_since, None, "the clock runs again");
}

#[test]
fn the_customers_answer_or_a_move_by_hand_ends_a_snooze() {
    let snoozed = snooze(&case_in(New), t0() + hours(5), &policy(), t0()).unwrap();
    let answered = apply_inbound(&snoozed, &policy(), t0() + hours(1));
    assert_eq!((answered.status, answered.snoozed_until), (Open, None));
    let moved = transition(&snoozed, WaitingExpert, &policy(), t0() + hours(1)).unwrap();
    assert_eq!(moved.snoozed_until, None);
}

#[test]
fn a_snooze_needs_a_time_to_come_and_a_case_not_resolved() {
    assert_eq!(
        snooze(&case_in(Open), t0(), &policy(), t0()).unwrap_err(),
        DomainError::SnoozeNotAhead
    );
    assert!(matches!(
        snooze(&case_in(Resolved), t0() + hours(1), &policy(), t0()).unwrap_err(),
        DomainError::Transition { .. }
    ));
}
