//! Spike alerts as the window gets them: the community surging now for the
//! matrix, and one notification when its alert fires, not at every poll.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use chrono::{DateTime, Duration, TimeZone, Timelike, Utc};
use common::*;
use switchboard_desk::communities::CommunitySpec;
use switchboard_desk::Clock;
use switchboard_domain::Platform;

const SURGING: &str = "lakeline/fr-CH";
const CALM: &str = "lakeline/de-CH";

/// A week of a few people an hour on both pages, then 30 people in 30
/// minutes on one, ending at `now`; as JSON Lines.
fn traffic(now: DateTime<Utc>) -> String {
    let mut lines = Vec::new();
    let mut who = 0;
    let start = now - Duration::days(8);
    for community in [SURGING, CALM] {
        let mut t = start;
        while t < now - Duration::hours(1) {
            let n = if (7..19).contains(&t.hour()) { 3 } else { 1 };
            for i in 0..n {
                who += 1;
                lines.push(serde_json::json!({
                    "community": community, "from": format!("Fan {who}"),
                    "text": "Une question", "at": (t + Duration::minutes(i * 17)).to_rfc3339(),
                }));
            }
            t += Duration::hours(1);
        }
    }
    for i in 0..30 {
        who += 1;
        lines.push(serde_json::json!({
            "community": SURGING, "from": format!("Fan {who}"),
            "text": "Vol annulé ?", "at": (now - Duration::minutes(30) + Duration::minutes(i)).to_rfc3339(),
        }));
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}

#[tokio::test]
async fn a_surging_community_is_marked_now_and_notified_once_when_its_alert_fires() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _store) = open_with_store(&dir.path().join("ws.db")).await;
    for locale in ["fr-CH", "de-CH"] {
        desk.add_community(&CommunitySpec {
            brand: "Lakeline".into(),
            locale: locale.into(),
            platform: Platform::Facebook,
            page_id: format!("page-{locale}"),
        })
        .await
        .unwrap();
    }
    // Tuesday 10:00, an evaluation time (a multiple of 5 minutes).
    let now = Utc.with_ymd_and_hms(2026, 12, 8, 10, 0, 0).unwrap();
    let desk = desk.with_clock(Clock::Fixed(now));
    let plan = desk.plan_batch(traffic(now).as_bytes()).await.unwrap();
    desk.import_batch(plan, &mut |_, _| {}).await.unwrap();

    let surges = desk.surges().await.unwrap();
    assert_eq!(
        surges.iter().map(|s| s.handle.as_str()).collect::<Vec<_>>(),
        [SURGING],
        "{surges:?}"
    );
    let fired = surges[0].fired_at;
    assert!(
        fired > now - Duration::minutes(30) && fired <= now,
        "{fired}"
    );

    // The poll whose span holds the firing evaluation notifies, once.
    let notified = |since: DateTime<Utc>, at: DateTime<Utc>| {
        let desk = desk.clone().with_clock(Clock::Fixed(at));
        async move {
            desk.alerts(None, since, at)
                .await
                .into_iter()
                .filter(|a| a.key == "notify-spike")
                .collect::<Vec<_>>()
        }
    };
    let at_fire = notified(fired - Duration::seconds(30), fired).await;
    assert_eq!(at_fire.len(), 1, "{at_fire:?}");
    assert!(at_fire[0]
        .args
        .contains(&("community", SURGING.to_string())));
    assert!(
        notified(fired, fired + Duration::seconds(30))
            .await
            .is_empty(),
        "not again"
    );
}
