//! Ranking and reasons, without a store.

use super::*;
use chrono::TimeZone;
use switchboard_domain::{CaseId, ExpertId, MessageId, WorkingHours};

fn expert(id: i64, name: &str, topics: &[&str], langs: &[&str]) -> Expert {
    Expert {
        id: ExpertId(id),
        name: name.into(),
        department: "Baggage".into(),
        topics: topics.iter().map(|t| t.to_string()).collect(),
        languages: langs.iter().map(|t| t.to_string()).collect(),
        time_zone: "Europe/Zurich".into(),
        email: format!("{id}@x.example"),
        chat: String::new(),
        availability: Availability::Available,
        hours: WorkingHours::default(),
        retired_at: None,
    }
}

fn fan(body: &str) -> Message {
    Message {
        id: MessageId(1),
        case_id: CaseId(1),
        direction: Direction::Inbound,
        author: "Fan".into(),
        body: body.into(),
        external_id: None,
        created_at: Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
    }
}

fn ctx<'a>(
    topic: Option<&'a str>,
    thread: &'a [Message],
    agent: &'a [String],
) -> SuggestContext<'a> {
    SuggestContext {
        topic,
        customer_language: "de",
        agent_languages: agent,
        thread,
        // Monday 10:00 in Zurich.
        now: Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
    }
}

#[test]
fn the_score_is_the_sum_of_the_reasons_and_ties_go_by_name() {
    let thread = [fan("Hallo")];
    let c = ctx(Some("baggage-lost"), &thread, &[]);
    let ranked = rank(
        vec![
            expert(1, "Zora", &["baggage-lost"], &["de"]),
            expert(2, "Anna", &["Baggage-Lost"], &["de"]),
        ],
        &c,
        |_| (0, None),
    );
    let names: Vec<&str> = ranked.iter().map(|s| s.expert.name.as_str()).collect();
    assert_eq!(names, vec!["Anna", "Zora"], "equal scores: by name");
    assert_eq!(ranked[0].score, 100 + 50 + 30);
}

#[test]
fn thread_words_point_to_a_topic_only_without_a_topic_match() {
    let thread = [fan("Meine Koffers sind weg"), fan("Gepäckstück beschädigt")];
    let none = ctx(None, &thread, &[]);
    let r = reasons_for(
        &expert(1, "A", &["refund", "baggage-damaged"], &[]),
        &none,
        0,
        None,
    );
    assert_eq!(
        r[0],
        Reason::Keyword {
            keyword: "koffers".into(),
            topic: "baggage-damaged".into()
        }
    );
    let topical = ctx(Some("baggage-damaged"), &thread, &[]);
    let r = reasons_for(
        &expert(1, "A", &["baggage-damaged"], &[]),
        &topical,
        0,
        None,
    );
    assert!(
        !r.iter().any(|x| matches!(x, Reason::Keyword { .. })),
        "{r:?}"
    );
}

#[test]
fn the_agents_language_counts_only_when_the_customers_is_not_spoken() {
    let thread = [fan("Hallo")];
    let agent = vec!["fr".to_string(), "en".to_string()];
    let c = ctx(None, &thread, &agent);
    let r = reasons_for(&expert(1, "A", &[], &["en", "fr"]), &c, 0, None);
    assert!(
        r.contains(&Reason::AgentLanguage {
            language: "fr".into()
        }),
        "{r:?}"
    );
    let r = reasons_for(&expert(1, "A", &[], &["de", "fr"]), &c, 0, None);
    assert!(
        !r.iter().any(|x| matches!(x, Reason::AgentLanguage { .. })),
        "{r:?}"
    );
}

#[test]
fn load_costs_eight_points_a_handoff_up_to_forty_and_speed_is_banded() {
    assert_eq!(Reason::Load { open: 1 }.points(), -8);
    assert_eq!(Reason::Load { open: 9 }.points(), -40);
    for (m, p) in [(0, 15), (60, 15), (61, 5), (240, 5), (241, -5)] {
        assert_eq!(
            Reason::AnswerSpeed { median_minutes: m }.points(),
            p,
            "{m} min"
        );
    }
}

#[test]
fn retired_experts_are_never_suggested_and_absence_is_explained() {
    let thread = [fan("Hallo")];
    let c = ctx(None, &thread, &[]);
    let mut gone = expert(1, "Gone", &[], &["de"]);
    gone.retired_at = Some(c.now);
    let mut away = expert(2, "Away", &[], &["de"]);
    away.availability = Availability::Away;
    let mut late = expert(3, "Late", &[], &["de"]);
    late.hours = "Mon-Fri 14:00-22:00".parse().unwrap();
    let ranked = rank(vec![gone, away, late], &c, |_| (0, None));
    assert_eq!(ranked.len(), 2);
    assert!(ranked.iter().any(|s| s.reasons.contains(&Reason::Away)));
    assert!(ranked.iter().any(|s| s.reasons.contains(&Reason::OffHours {
        local_time: "Mon 10:00 Europe/Zurich".into()
    })));
}
