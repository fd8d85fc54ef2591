//! What agents decide about crisis clusters holds over later readings: a
//! cluster keeps its id as cases come and go, a name stays, a merge stays
//! one cluster, a case moved out stays out, a split keeps its cases apart.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use switchboard_desk::clusters::ClusterSummary;
use switchboard_desk::DeskError;
use switchboard_domain::{CaseId, CaseStatus};

const CANCELLED: &[&str] = &[
    "Mon vol LX 1612 pour Londres est annulé, comment rebooker ?",
    "Vol annulé ce matin, que dois-je faire ?",
    "Notre vol de Genève a été annulé, pouvez-vous nous rebooker ?",
    "Mon vol est annulé à cause de la neige, quelle solution ?",
    "Vol LX 1612 annulé, je suis bloqué à Zurich",
];
const BAGS: &[&str] = &[
    "Ma valise n'est pas arrivée à Genève",
    "Mon bagage est perdu depuis trois jours",
    "Valise perdue à l'arrivée, aucune nouvelle",
    "Où est ma valise ? Elle n'est jamais arrivée",
];

async fn write(w: &World, from: &str, text: &str) -> CaseId {
    write_direct(&w.desk, "lakeline/fr-CH", from, text).await
}

async fn read(w: &World) -> Vec<ClusterSummary> {
    w.desk.crisis_clusters(&[], "en", 1).await.unwrap()
}

fn holding(clusters: &[ClusterSummary], case: CaseId) -> &ClusterSummary {
    clusters
        .iter()
        .find(|c| c.case_ids.contains(&case))
        .unwrap_or_else(|| panic!("case {case} is in no cluster"))
}

#[tokio::test]
async fn an_agents_decisions_about_clusters_hold_over_later_readings() {
    let w = World::new().await;
    let mut cancelled = Vec::new();
    for (i, text) in CANCELLED.iter().enumerate() {
        cancelled.push(write(&w, &format!("Annulé {i}"), text).await);
    }
    let mut bags = Vec::new();
    for (i, text) in BAGS.iter().enumerate() {
        bags.push(write(&w, &format!("Valise {i}"), text).await);
    }
    let first = read(&w).await;
    let c_id = holding(&first, cancelled[0]).id;
    let b_id = holding(&first, bags[0]).id;
    assert_ne!(c_id, b_id, "two questions, two clusters: {first:?}");
    assert_eq!(holding(&first, cancelled[4]).id, c_id);

    // Cases come and go: the id holds.
    w.desk
        .set_status(cancelled[0], CaseStatus::Resolved)
        .await
        .unwrap();
    let late = write(&w, "Annulé 9", "Vol annulé, comment rebooker ?").await;
    let second = read(&w).await;
    assert_eq!(holding(&second, late).id, c_id, "{second:?}");
    assert!(second.iter().all(|c| !c.case_ids.contains(&cancelled[0])));

    // A name stays.
    w.desk
        .rename_cluster(c_id, Some("Vols annulés"))
        .await
        .unwrap();
    let named = read(&w).await;
    assert_eq!(holding(&named, late).label, "Vols annulés");
    assert!(holding(&named, late).named);

    // A case moved out stays out.
    let alone = w.desk.move_out_of_cluster(cancelled[1]).await.unwrap();
    let third = read(&w).await;
    assert_eq!(holding(&third, cancelled[1]).id, alone);
    assert_eq!(holding(&third, cancelled[1]).size, 1);
    assert_eq!(holding(&third, cancelled[2]).id, c_id);

    // A merge stays one cluster, and a new case of either question joins it.
    let moved = w.desk.merge_clusters(c_id, b_id).await.unwrap();
    assert_eq!(moved, bags.len());
    let merged = read(&w).await;
    for case in bags.iter().chain(&cancelled[2..]) {
        assert_eq!(holding(&merged, *case).id, c_id, "{merged:?}");
    }
    let new_bag = write(&w, "Valise 9", "Ma valise est perdue, où est-elle ?").await;
    assert_eq!(holding(&read(&w).await, new_bag).id, c_id);

    // A split keeps its cases apart.
    let apart = w.desk.split_cluster(c_id, &bags[..2]).await.unwrap();
    let split = read(&w).await;
    assert_eq!(holding(&split, bags[0]).id, apart);
    assert_eq!(holding(&split, bags[1]).id, apart);
    assert_eq!(holding(&split, bags[2]).id, c_id);

    // What cannot be done is said.
    assert!(matches!(
        w.desk.split_cluster(c_id, &[bags[0]]).await,
        Err(DeskError::BadInput { field: "case", .. })
    ));
    assert!(matches!(
        w.desk.merge_clusters(c_id, 999_999).await,
        Err(DeskError::Store(switchboard_store::StoreError::NotFound {
            what: "cluster",
            ..
        }))
    ));
    assert!(matches!(
        w.desk.move_out_of_cluster(cancelled[0]).await,
        Err(DeskError::BadInput { field: "case", .. })
    ));
}
