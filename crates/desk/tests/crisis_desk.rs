//! The crisis desk shows someone who joins for the day only the crisis's
//! communities, its playbook's guidance, the clusters of cases that ask the
//! same thing, then the other cases most urgent first; without a crisis it
//! is empty.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use switchboard_desk::crisis::Declaration;
use switchboard_domain::{CaseId, CaseStatus};

const CANCELLED: &[&str] = &[
    "Mon vol LK 1612 pour Londres est annulé, comment rebooker ?",
    "Vol annulé ce matin, que dois-je faire ?",
    "Notre vol de Genève a été annulé, pouvez-vous nous rebooker ?",
    "Mon vol est annulé à cause de la neige, quelle solution ?",
    "Vol LK 1612 annulé, je suis bloqué à Zurich",
    "Encore un vol annulé, comment je fais pour rebooker ?",
];
const OWN: &[&str] = &[
    "Mon chien peut-il voyager en cabine avec moi ?",
    "Je voudrais une facture avec la TVA pour ma réservation",
];

async fn write(w: &World, community: &str, from: &str, text: &str) -> CaseId {
    write_direct(&w.desk, community, from, text).await
}

#[tokio::test]
async fn the_crisis_desk_shows_guidance_then_clusters_then_other_cases_of_the_crisis_pages_only() {
    let w = World::new().await;
    w.desk
        .add_community(&CommunitySpec {
            brand: "Summit Air".into(),
            locale: "de-CH".into(),
            platform: Platform::Facebook,
            page_id: "104000000000002".into(),
        })
        .await
        .unwrap();
    // Before any crisis: an empty desk.
    let empty = w.desk.crisis_desk("en", 5, 10).await.unwrap();
    assert!(empty.crises.is_empty() && empty.clusters.is_empty() && empty.cases.is_empty());

    w.desk.seed_starter_playbooks().await.unwrap();
    w.desk
        .declare_crisis(
            &Declaration {
                name: "Snow at Geneva".into(),
                scope: "brand:lakeline".into(),
                playbook: Some("weather".into()),
                first_response_minutes: None,
                resolution_minutes: None,
            },
            &w.agent,
        )
        .await
        .unwrap();
    let mut cancelled = Vec::new();
    for (i, t) in CANCELLED.iter().enumerate() {
        cancelled.push(write(&w, "lakeline/fr-CH", &format!("Annulé {i}"), t).await);
    }
    let mut own = Vec::new();
    for (i, t) in OWN.iter().enumerate() {
        own.push(write(&w, "lakeline/fr-CH", &format!("Seul {i}"), t).await);
    }
    // Another brand's page, outside the crisis.
    let outside = write(
        &w,
        "summit-air/de-CH",
        "Draussen",
        "Mein Flug wurde annulliert, wie buche ich um?",
    )
    .await;
    w.desk
        .set_status(own[1], CaseStatus::Resolved)
        .await
        .unwrap();

    let view = w.desk.crisis_desk("en", 5, 10).await.unwrap();
    assert_eq!(view.crises.len(), 1);
    let brief = &view.crises[0];
    assert_eq!(brief.crisis.crisis.name, "Snow at Geneva");
    assert!(
        brief.guidance.contains("never promise a departure time"),
        "the weather playbook's guidance: {}",
        brief.guidance
    );
    assert!(brief.playbook_name.is_some());
    assert_eq!(view.communities, ["lakeline/fr-CH"]);
    assert_eq!(view.helper_until, None, "a SQLite workspace has no helpers");

    assert_eq!(view.clusters.len(), 1, "{:?}", view.clusters);
    let mut in_cluster = view.clusters[0].case_ids.clone();
    in_cluster.sort();
    assert_eq!(in_cluster, cancelled);
    let singles: Vec<CaseId> = view.cases.iter().map(|c| c.id).collect();
    assert_eq!(singles, [own[0]], "resolved and outside cases are left out");
    assert_eq!(view.cases_total, 1);
    assert!(!singles.contains(&outside));

    // Clusters under the bar count among the other cases; the limit holds.
    let few = w.desk.crisis_desk("en", 50, 3).await.unwrap();
    assert!(few.clusters.is_empty());
    assert_eq!(few.cases.len(), 3);
    assert_eq!(few.cases_total, CANCELLED.len() + 1);
    let dues: Vec<_> = few.cases.iter().map(|c| c.due_at).collect();
    let mut sorted = dues.clone();
    sorted.sort_by_key(|d| (d.is_none(), *d));
    assert_eq!(dues, sorted, "most urgent first");
}
