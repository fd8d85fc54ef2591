//! A report of a workspace big enough to be read in parts (ranges of
//! communities on SQLite, of pages on PostgreSQL) has the figures of its
//! cases read one by one, for every grouping.

use super::*;
use switchboard_desk::reports::GroupBy;
use switchboard_domain::report::{Period, Tally};
use switchboard_domain::{Case, CaseKind, CaseStatus};

pub(super) async fn a_report_read_in_parts_has_the_figures_of_its_cases(s: Arc<dyn Store>) {
    let mut policies = std::collections::HashMap::new();
    let mut cases = Vec::new();
    for (n, locale) in ["fr-CH", "de-CH", "en"].into_iter().enumerate() {
        let c = community(&*s, "Lakeline", locale, &n.to_string()).await;
        policies.insert(c.id, s.sla_policy(c.id).await.unwrap());
        let probe = receive(&*s, &inbound(&c, "p", "p", "Hello", mins(0))).await;
        let template = s.case(probe).await.unwrap();
        for i in 0..400_i64 {
            let opened = mins(7 * i + n as i64);
            let mut case = Case {
                thread_key: format!("parts-{n}-{i}"),
                kind: [
                    CaseKind::Messenger,
                    CaseKind::Comment,
                    CaseKind::VisitorPost,
                ][(i % 3) as usize],
                topic: (i % 4 != 0).then(|| format!("topic-{}", i % 5)),
                opened_at: opened,
                ..template.clone()
            };
            case.sla.started_at = opened;
            case.sla.first_response_due = opened + chrono::Duration::minutes(60);
            if i % 2 == 0 {
                case.sla.first_response_at = Some(opened + chrono::Duration::minutes(i % 90));
                case.status = CaseStatus::Resolved;
                case.resolved_at = Some(opened + chrono::Duration::minutes(30 + i % 600));
            }
            cases.push(BulkCase {
                case,
                contact_external_id: format!("parts-fan-{n}-{i}"),
                contact_name: format!("Fan {i}"),
                messages: vec![NewMessage {
                    direction: Direction::Inbound,
                    author: format!("Fan {i}"),
                    body: format!("question {i}"),
                    external_id: Some(format!("parts-{n}-{i}")),
                    created_at: opened,
                }],
            });
        }
    }
    s.bulk_insert(&cases).await.unwrap();

    let (from, to, end) = (mins(600), mins(2400), mins(2400));
    let desk = Desk::new(s.clone()).with_clock(Clock::Fixed(end));
    let period = Period { from, to, end };
    let mut one_by_one = Tally::default();
    let mut read = 0;
    for case in s.report_cases(from, to, CaseId(0), 10_000).await.unwrap() {
        one_by_one.add(&case, &policies[&case.community_id], &period);
        read += 1;
    }
    assert!(read > 500, "{read} cases in the period");
    let expected = one_by_one.finish();
    for by in [
        None,
        Some(GroupBy::Community),
        Some(GroupBy::Channel),
        Some(GroupBy::Topic),
        Some(GroupBy::Agent),
    ] {
        let r = desk.report(from, to, by).await.unwrap();
        assert_eq!(r.total, expected, "by {by:?}");
        let opened: u64 = r.groups.iter().map(|g| g.figures.cases_opened).sum();
        if by.is_some() {
            assert_eq!(
                opened, expected.cases_opened,
                "by {by:?}: the groups add up"
            );
        }
    }
}
