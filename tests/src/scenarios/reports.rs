//! Reports against clocks computed by hand: office hours 08:00–18:00 in
//! Zurich (Mon–Fri), Wednesday 4 March 2026 a holiday, first response
//! within 60 business minutes, resolution within 8 business hours.
//! Times below are UTC (Zurich is UTC+1 in March).
//!
//! - A: opened Mon 09:00, replied 09:30 (30 min, met), resolved 14:00
//!   (5 h, met).
//! - B: opened Mon 16:30 (17:30 local), replied Tue 07:45: 30 min on Monday
//!   and 45 on Tuesday, 75 min, missed. Waits for the customer from Tue
//!   08:00 to Thu 08:00 (Tuesday 9 h, the holiday 0, Thursday 1 h: 10 h
//!   paused), resolved Thu 11:00: 0.5 + 10 + 0 + 4 = 14.5 h, minus 10 h
//!   paused, 4.5 h, met.
//! - C: opened Tue 09:00, no reply: first response missed (due 10:00),
//!   resolution missed (due 17:00), open at the end.
//! - D: opened Fri 27 Feb 15:00 (before the period), replied, resolved Mon
//!   10:00: 2 h on Friday, 3 h on Monday, 5 h, met; not opened in the
//!   period.
//! - E: opened Thu 16:50 (17:50 local): due Fri 07:50, after the report's
//!   end (Thu 23:00): both clocks running, open at the end.
//! - F: opened Tue 10:00 (11:00 local), replied 10:20, resolved 12:00 (2 h
//!   of resolution time), reopened by the fan Thu 09:00 (10:00 local): its
//!   new first response was due 11:00 local and never came (missed); its
//!   resolution, 6 h left, was due Thu 16:00 local (missed); open at the
//!   end, and counted as reopened.

use super::*;
use chrono::NaiveTime;
use switchboard_desk::reports::GroupBy;
use switchboard_domain::report::{Period, Tally};
use switchboard_domain::sla::TimeRange;
use switchboard_store::{FactKey, FactQuery};

fn utc(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    let month = if d >= 27 { 2 } else { 3 };
    Utc.with_ymd_and_hms(2026, month, d, h, m, 0).unwrap()
}

fn office() -> SlaPolicy {
    let day = vec![TimeRange {
        start: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
        end: Some(NaiveTime::from_hms_opt(18, 0, 0).unwrap()),
    }];
    SlaPolicy {
        first_response_minutes: 60,
        resolution_minutes: 480,
        week: std::array::from_fn(|d| if d < 5 { day.clone() } else { Vec::new() }),
        holidays: vec![chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap()],
        time_zone: chrono_tz::Europe::Zurich,
    }
}

fn at(s: &Arc<dyn Store>, t: DateTime<Utc>) -> Desk {
    Desk::new(s.clone()).with_clock(Clock::Fixed(t))
}

async fn opened(s: &Arc<dyn Store>, c: &Community, name: &str, t: DateTime<Utc>) -> CaseId {
    at(s, t)
        .receive(&inbound(
            c,
            &format!("{name}-1"),
            name,
            "Where is my bag?",
            t,
        ))
        .await
        .unwrap()
        .case_id()
}

async fn replied(
    s: &Arc<dyn Store>,
    id: CaseId,
    agent: &switchboard_domain::Agent,
    t: DateTime<Utc>,
) {
    at(s, t)
        .record_reply(id, agent, "We are on it.")
        .await
        .unwrap();
}

async fn status(s: &Arc<dyn Store>, id: CaseId, to: CaseStatus, t: DateTime<Utc>) {
    at(s, t).set_status(id, to).await.unwrap();
}

pub(super) async fn report_figures_match_clocks_computed_by_hand(s: Arc<dyn Store>) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let de = community(&*s, "Lakeline", "de-CH", "2").await;
    for c in [&fr, &de] {
        s.set_sla_policy(c.id, &office()).await.unwrap();
    }
    let agent = s
        .add_agent(&NewAgent {
            name: "Lea Roth".into(),
            initials: "LR".into(),
            email: "lr@example.com".into(),
        })
        .await
        .unwrap();

    let a = opened(&s, &fr, "a", utc(2, 9, 0)).await;
    replied(&s, a, &agent, utc(2, 9, 30)).await;
    status(&s, a, CaseStatus::Resolved, utc(2, 14, 0)).await;

    let b = opened(&s, &fr, "b", utc(2, 16, 30)).await;
    replied(&s, b, &agent, utc(3, 7, 45)).await;
    status(&s, b, CaseStatus::WaitingCustomer, utc(3, 8, 0)).await;
    at(&s, utc(5, 8, 0))
        .receive(&inbound(
            &fr,
            "b-2",
            "b",
            "Here is the photo.",
            utc(5, 8, 0),
        ))
        .await
        .unwrap();
    status(&s, b, CaseStatus::Resolved, utc(5, 11, 0)).await;

    let c = opened(&s, &fr, "c", utc(3, 9, 0)).await;

    let d = opened(&s, &de, "d", utc(27, 15, 0)).await;
    replied(&s, d, &agent, utc(27, 15, 30)).await;
    status(&s, d, CaseStatus::Resolved, utc(2, 10, 0)).await;

    let e = opened(&s, &de, "e", utc(5, 16, 50)).await;

    let f = opened(&s, &fr, "f", utc(3, 10, 0)).await;
    replied(&s, f, &agent, utc(3, 10, 20)).await;
    status(&s, f, CaseStatus::Resolved, utc(3, 12, 0)).await;
    at(&s, utc(5, 9, 0))
        .receive(&inbound(&fr, "f-2", "f", "It broke again.", utc(5, 9, 0)))
        .await
        .unwrap();

    // Expert handoffs: on C one answered in 1 h (in time) and one in 3 h 30
    // (late), on E one still open; one asked before the period.
    let expert = s
        .add_expert(&NewExpert {
            name: "Urs Keller".into(),
            department: "Baggage".into(),
            topics: vec![],
            languages: vec!["de".into()],
            time_zone: "Europe/Zurich".into(),
            email: "urs@example.test".into(),
        })
        .await
        .unwrap();
    for (case, asked, due, answered) in [
        (c, utc(3, 10, 0), utc(3, 14, 0), Some(utc(3, 11, 0))),
        (c, utc(4, 9, 0), utc(4, 11, 0), Some(utc(4, 12, 30))),
        (e, utc(5, 17, 0), utc(5, 21, 0), None),
        (d, utc(27, 16, 0), utc(27, 18, 0), Some(utc(27, 17, 0))),
    ] {
        s.add_handoff(&NewHandoff {
            case_id: case,
            expert_id: expert.id,
            question: "?".into(),
            excerpt: String::new(),
            asked_at: asked,
            due_at: due,
            answer: answered.map(|at| (at, "!".into())),
        })
        .await
        .unwrap();
    }

    let desk = at(&s, utc(5, 23, 0));
    let r = desk
        .report(utc(2, 0, 0), utc(6, 0, 0), Some(GroupBy::Community))
        .await
        .unwrap();
    let t = &r.total;
    assert_eq!((t.cases_opened, t.cases_resolved), (5, 3), "{t:?}");
    assert_eq!(t.cases_reopened, 1, "F");
    assert_eq!(t.reopen_rate, Some(1.0 / 3.0));
    assert_eq!(
        (
            t.first_response_met,
            t.first_response_missed,
            t.first_response_running
        ),
        (1, 3, 1),
        "A met; B, C and F (its new clock) missed; E running"
    );
    assert_eq!(t.first_response_median_s, Some(30 * 60));
    assert_eq!(t.first_response_p90_s, Some(75 * 60));
    assert_eq!(
        (t.resolution_met, t.resolution_missed, t.resolution_running),
        (3, 2, 1),
        "A, B and D met; C and F missed; E running"
    );
    assert_eq!(t.resolution_median_s, Some(5 * 3600), "[4.5 h, 5 h, 5 h]");
    assert_eq!(t.resolution_p90_s, Some(5 * 3600));
    assert_eq!(t.backlog_open, 3, "C, E and F");
    assert_eq!(
        t.backlog_by_age,
        [0, 0, 1, 2, 0, 0],
        "at Friday 00:00: E 7 h old (4–24 h), C 63 h and F 62 h (1–3 days)"
    );
    assert_eq!(t.resolution_attainment, Some(0.6));
    // Opened Monday 10:00 and 17:30, Tuesday 10:00 and 11:00, Thursday
    // 17:50 (Zurich).
    let hours: Vec<usize> = t
        .opened_by_hour_of_week
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(h, _)| h)
        .collect();
    assert_eq!(t.opened_by_hour_of_week.len(), 168);
    assert_eq!(hours, [10, 17, 24 + 10, 24 + 11, 3 * 24 + 17]);
    assert_eq!(
        (
            t.handoffs_asked,
            t.handoffs_answered,
            t.handoffs_answered_in_time,
            t.handoffs_declined,
            t.handoffs_expired
        ),
        (3, 2, 1, 0, 0),
        "two on C (one late), one open on E; D's before the period"
    );
    assert_eq!(t.handoff_answer_median_s, Some(3600), "[1 h, 3 h 30]");
    let b_case = s.case(b).await.unwrap();
    assert_eq!(b_case.sla.resolution_paused_secs, 10 * 3600, "10 h waiting");

    // The groups add up to the total.
    let keys: Vec<&str> = r.groups.iter().map(|g| g.key.as_str()).collect();
    assert_eq!(keys, ["lakeline/de-CH", "lakeline/fr-CH"]);
    let sum = |f: fn(&switchboard_domain::report::Figures) -> u64| -> u64 {
        r.groups.iter().map(|g| f(&g.figures)).sum()
    };
    assert_eq!(sum(|f| f.cases_opened), t.cases_opened);
    assert_eq!(sum(|f| f.cases_resolved), t.cases_resolved);
    assert_eq!(sum(|f| f.first_response_missed), t.first_response_missed);
    assert_eq!(sum(|f| f.resolution_met), t.resolution_met);
    assert_eq!(sum(|f| f.backlog_open), t.backlog_open);
    assert_eq!(sum(|f| f.handoffs_asked), t.handoffs_asked);
    let de_fig = &r.groups[0].figures;
    assert_eq!(
        (de_fig.cases_opened, de_fig.cases_resolved),
        (1, 1),
        "E opened, D resolved"
    );
    assert_eq!(de_fig.handoffs_asked, 1, "E's");

    // A key shared by both communities (read in parts, a community each on
    // SQLite) is one group with the figures of the whole.
    let by_channel = desk
        .report(utc(2, 0, 0), utc(6, 0, 0), Some(GroupBy::Channel))
        .await
        .unwrap();
    assert_eq!(by_channel.groups.len(), 1, "{:?}", by_channel.groups);
    assert_eq!(by_channel.groups[0].figures, by_channel.total);
    assert_eq!(by_channel.total, r.total);

    // A period before any of it: only D's backlog.
    let early = desk
        .report(utc(27, 0, 0), utc(28, 0, 0), None)
        .await
        .unwrap();
    assert_eq!(early.total.cases_opened, 1);
    assert_eq!(early.total.backlog_open, 1);
    assert!(early.groups.is_empty());
    // The store hands them over in pages by id, each case once.
    let (from, to) = (utc(2, 0, 0), utc(6, 0, 0));
    let mut seen = Vec::new();
    let mut after = CaseId(0);
    loop {
        let page = s.report_cases(from, to, after, 2).await.unwrap();
        let Some(last) = page.last() else { break };
        after = last.id;
        seen.extend(page.iter().map(|x| x.id));
    }
    assert_eq!(
        seen,
        [a, b, c, d, e, f],
        "D overlaps the period: resolved in it"
    );

    // The database's sums agree with the cases read one by one.
    let period = Period {
        from,
        to,
        end: utc(5, 23, 0),
    };
    let mut one_by_one = Tally::default();
    for case in s.report_cases(from, to, CaseId(0), 100).await.unwrap() {
        one_by_one.add(&case, &office(), &period);
    }
    let handoffs = s
        .report_handoffs(&FactQuery {
            from,
            to,
            end: utc(5, 23, 0),
            key: FactKey::Total,
            per_community: false,
        })
        .await
        .unwrap();
    assert_eq!(handoffs.len(), 3);
    for h in &handoffs {
        one_by_one.add_handoff(&h.handoff);
    }
    assert_eq!(one_by_one.finish(), r.total);

    // A change after a report is in the next one: C answered Thursday
    // 20:00 UTC (21:00 local), late: Tuesday 8 h, the holiday 0, Thursday
    // 10 h, 18 h to its first response.
    replied(&s, c, &agent, utc(5, 20, 0)).await;
    let again = desk.report(from, to, None).await.unwrap();
    assert_eq!(again.total.first_response_missed, 3);
    assert_eq!(again.total.first_response_median_s, Some(75 * 60));
    assert_eq!(again.total.first_response_p90_s, Some(18 * 3600));

    // Weeks: all of it in the week of Monday 2 March.
    let weeks = desk.report_weeks(from, to).await.unwrap();
    assert_eq!(weeks.len(), 1, "{weeks:?}");
    assert_eq!(weeks[0].week.to_string(), "2026-03-02");
    assert_eq!((weeks[0].cases_opened, weeks[0].cases_resolved), (5, 3));
    assert_eq!(weeks[0].resolution_attainment, Some(1.0), "A, B and D met");

    // Topics: C (fr) and E (de) on lost bags; A, B and F (fr) without.
    for id in [c, e] {
        s.change_case(id, &|k| {
            let mut next = k.clone();
            next.topic = Some("baggage-lost".into());
            Ok(CaseChange {
                audit: None,
                case: next,
                message: None,
            })
        })
        .await
        .unwrap();
    }
    let topics = desk.report_topics(from, to).await.unwrap();
    let summary: Vec<(&str, u64, usize)> = topics
        .iter()
        .map(|t| (t.topic.as_str(), t.cases_opened, t.communities.len()))
        .collect();
    assert_eq!(
        summary,
        [("none", 3, 1), ("baggage-lost", 2, 2)],
        "A, B and F are French"
    );
    let samples = desk
        .report_topic_samples(from, to, "baggage-lost", 5)
        .await
        .unwrap();
    let quoted: Vec<(CaseId, &str, &str)> = samples
        .iter()
        .map(|q| (q.case_id, q.community.as_str(), q.text.as_str()))
        .collect();
    assert_eq!(
        quoted,
        [
            (e, "lakeline/de-CH", "Where is my bag?"),
            (c, "lakeline/fr-CH", "Where is my bag?")
        ],
        "newest first, the customer's first message"
    );
}
