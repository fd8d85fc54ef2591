//! Crisis clusters kept between readings, and replies sent to a whole
//! cluster under one key, on both backends.

use super::outbox::{agent, lease, new_reply};
use super::*;

fn placed(case: CaseId, community: &Community, cluster: i64, placed: bool) -> ClusterCase {
    ClusterCase {
        case_id: case,
        community_id: community.id,
        cluster_id: cluster,
        placed,
    }
}

pub(super) async fn kept_clusters_hold_their_cases_and_names_between_readings(s: Arc<dyn Store>) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let de = community(&*s, "Lakeline", "de-CH", "2").await;
    let a = receive(&*s, &inbound(&fr, "a1", "a", "Vol annulé", mins(0))).await;
    let b = receive(&*s, &inbound(&fr, "b1", "b", "Mon vol est annulé", mins(1))).await;
    let c = receive(&*s, &inbound(&de, "c1", "c", "Flug gestrichen", mins(2))).await;

    assert!(s.kept_clusters().await.unwrap().is_empty());
    let ids = s.new_clusters(2, mins(3)).await.unwrap();
    assert_eq!(ids.len(), 2);
    assert!(ids[0] < ids[1], "new ids ascend: {ids:?}");
    assert!(s.new_clusters(0, mins(3)).await.unwrap().is_empty());
    let (one, two) = (ids[0], ids[1]);

    s.save_cluster_cases(
        &[],
        &[
            placed(a, &fr, one, false),
            placed(b, &fr, one, true),
            placed(c, &de, two, false),
        ],
    )
    .await
    .unwrap();
    assert_eq!(
        s.cluster_cases(&[]).await.unwrap(),
        [
            placed(a, &fr, one, false),
            placed(b, &fr, one, true),
            placed(c, &de, two, false)
        ],
        "every case by id, with whether an agent placed it"
    );
    assert_eq!(
        s.cluster_cases(&[de.id]).await.unwrap(),
        [placed(c, &de, two, false)]
    );

    // A reading of the French page only replaces the French page's cases.
    s.save_cluster_cases(&[fr.id], &[placed(a, &fr, two, false)])
        .await
        .unwrap();
    assert_eq!(
        s.cluster_cases(&[]).await.unwrap(),
        [placed(a, &fr, two, false), placed(c, &de, two, false)],
        "b is gone (no longer open), c untouched"
    );

    s.name_cluster(one, Some("  Rebooking  ")).await.unwrap();
    let kept = s.kept_clusters().await.unwrap();
    assert_eq!(
        kept,
        [
            KeptCluster {
                id: one,
                label: Some("Rebooking".into())
            },
            KeptCluster {
                id: two,
                label: None
            },
        ],
        "names trimmed; a cluster without cases is kept with its name"
    );
    s.name_cluster(one, Some(" ")).await.unwrap();
    assert_eq!(
        s.kept_clusters().await.unwrap()[0].label,
        None,
        "a blank name is no name"
    );
    assert!(matches!(
        s.name_cluster(two + 100, Some("x")).await,
        Err(StoreError::NotFound {
            what: "cluster",
            ..
        })
    ));

    s.reset_workspace().await.unwrap();
    assert!(s.kept_clusters().await.unwrap().is_empty());
}

pub(super) async fn a_bulk_reply_is_stored_once_per_case_with_its_change(s: Arc<dyn Store>) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let who = agent(&*s).await;
    let a = receive(&*s, &inbound(&fr, "a1", "a", "Vol annulé", mins(0))).await;
    let b = receive(&*s, &inbound(&fr, "b1", "b", "Vol annulé aussi", mins(1))).await;
    let c = receive(&*s, &inbound(&fr, "c1", "c", "Et le mien ?", mins(2))).await;
    let bulk = |cases: &[CaseId], body: &str| -> Vec<BulkReply> {
        cases
            .iter()
            .map(|id| BulkReply {
                reply: new_reply(*id, who, body, mins(10)),
                not_before: Some(mins(11)),
            })
            .collect()
    };
    let resolve = |current: &switchboard_domain::Case| {
        Ok(CaseChange {
            case: transition(current, CaseStatus::Resolved, &policy(), mins(10))?,
            message: None,
            audit: Some(handoffs::NewAudit {
                case_id: current.id,
                at: mins(10),
                actor: "Léa".into(),
                kind: AuditKind::ClusterReply,
                handoff_id: None,
                expert_id: None,
                detail: "cluster 1 · crisis-holding".into(),
            }),
        })
    };
    let before = s.latest_change().await.unwrap();

    let stored = s
        .enqueue_bulk_replies(
            "template:crisis-holding",
            &bulk(&[a, b], "Nous sommes désolés."),
            &resolve,
        )
        .await
        .unwrap();
    assert_eq!(stored.iter().map(|i| i.case_id).collect::<Vec<_>>(), [a, b]);
    assert!(stored.iter().all(|i| i.state == OutboxState::Pending
        && i.next_attempt_at == Some(mins(11))
        && i.community_id == fr.id
        && i.body == "Nous sommes désolés."));
    assert_eq!(
        s.case(a).await.unwrap().status,
        CaseStatus::Resolved,
        "the change is applied"
    );
    let trail = s.audit_of_case(b).await.unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].kind, AuditKind::ClusterReply);
    assert_eq!(trail[0].detail, "cluster 1 · crisis-holding");
    assert!(
        s.latest_change().await.unwrap() > before,
        "the cases' changes are logged"
    );

    // Again, with one more case: only that one is stored and changed.
    let again = s
        .enqueue_bulk_replies(
            "template:crisis-holding",
            &bulk(&[a, b, c], "Nous sommes désolés."),
            &resolve,
        )
        .await
        .unwrap();
    assert_eq!(again.iter().map(|i| i.case_id).collect::<Vec<_>>(), [c]);
    assert_eq!(
        s.audit_of_case(a).await.unwrap().len(),
        1,
        "a is not changed twice"
    );
    assert_eq!(
        s.bulk_replied("template:crisis-holding", &[a, b, c, CaseId(999_999)])
            .await
            .unwrap(),
        [a, b, c]
    );
    assert!(s
        .bulk_replied("template:other", &[a, b, c])
        .await
        .unwrap()
        .is_empty());

    // Another template is another reply, even to a resolved case.
    let keep = |current: &switchboard_domain::Case| {
        Ok(CaseChange {
            case: current.clone(),
            message: None,
            audit: None,
        })
    };
    let other = s
        .enqueue_bulk_replies("template:other", &bulk(&[a], "Une mise à jour."), &keep)
        .await
        .unwrap();
    assert_eq!(other.len(), 1);

    // Where they stand, by state.
    assert_eq!(
        s.bulk_states("template:crisis-holding").await.unwrap(),
        [(OutboxState::Pending, 3)]
    );
    assert!(s
        .claim_reply(stored[0].id, &lease("x", mins(12)))
        .await
        .unwrap());
    s.reply_sent(stored[0].id, "m_1", &keep).await.unwrap();
    assert_eq!(
        s.bulk_states("template:crisis-holding").await.unwrap(),
        [(OutboxState::Pending, 2), (OutboxState::Sent, 1)]
    );
    assert!(s.bulk_states("template:none").await.unwrap().is_empty());

    // An empty text stores nothing at all.
    let d = receive(&*s, &inbound(&fr, "d1", "d", "Et moi ?", mins(3))).await;
    let mut bad = bulk(&[d], "Un texte.");
    bad.extend(bulk(&[c], " "));
    assert!(matches!(
        s.enqueue_bulk_replies("template:third", &bad, &keep).await,
        Err(StoreError::Domain(DomainError::EmptyMessage))
    ));
    assert!(s
        .bulk_replied("template:third", &[c, d])
        .await
        .unwrap()
        .is_empty());
}
