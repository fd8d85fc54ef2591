//! What spike detection reads: who wrote to a community, when.

use super::*;

pub(super) async fn inbound_arrivals_list_who_wrote_when_per_community(s: Arc<dyn Store>) {
    let a = community(&*s, "Lakeline", "fr-CH", "1").await;
    let b = community(&*s, "Lakeline", "de-CH", "2").await;
    assert_eq!(s.first_inbound(a.id).await.unwrap(), None);
    let first = receive(&*s, &inbound(&a, "1", "t1", "Vol annulé ?", mins(0))).await;
    receive(&*s, &inbound(&a, "2", "t1", "Toujours rien", mins(10))).await;
    let other = receive(&*s, &inbound(&a, "3", "t2", "Et mon vol ?", mins(20))).await;
    receive(&*s, &inbound(&b, "4", "t3", "Koffer?", mins(5))).await;
    reply(&*s, first, mins(30)).await;

    assert_eq!(s.first_inbound(a.id).await.unwrap(), Some(mins(0)));
    assert_eq!(s.first_inbound(b.id).await.unwrap(), Some(mins(5)));
    let got = s
        .inbound_arrivals(&[a.id], mins(0), mins(60))
        .await
        .unwrap();
    let times: Vec<_> = got.iter().map(|x| x.at).collect();
    assert_eq!(
        times,
        [mins(0), mins(10), mins(20)],
        "inbound only, oldest first"
    );
    assert_eq!(got[0].contact_id, got[1].contact_id, "the same fan");
    assert_ne!(got[0].contact_id, got[2].contact_id);
    let case = s.case(other).await.unwrap();
    assert_eq!(got[2].contact_id, case.contact_id.0);
    let window = s
        .inbound_arrivals(&[a.id], mins(10), mins(20))
        .await
        .unwrap();
    assert_eq!(window.len(), 1, "from included, to excluded");
    let both = s
        .inbound_arrivals(&[b.id, a.id], mins(0), mins(60))
        .await
        .unwrap();
    let seen: Vec<_> = both.iter().map(|x| (x.community_id, x.at)).collect();
    let mut expected = vec![
        (a.id, mins(0)),
        (a.id, mins(10)),
        (a.id, mins(20)),
        (b.id, mins(5)),
    ];
    // A stable sort keeps each community's times in order.
    expected.sort_by_key(|(c, _)| c.0);
    assert_eq!(
        seen, expected,
        "by community in id order, then oldest first"
    );
    assert!(s
        .inbound_arrivals(&[], mins(0), mins(60))
        .await
        .unwrap()
        .is_empty());
}

fn crisis_terms() -> CrisisTerms {
    CrisisTerms {
        first_response_minutes: 240,
        resolution_minutes: 4320,
    }
}

async fn declare(s: &dyn Store, name: &str, scope: CrisisScope, at: DateTime<Utc>) -> Crisis {
    s.declare_crisis(&NewCrisis {
        name: name.into(),
        scope,
        playbook: Some("weather".into()),
        terms: crisis_terms(),
        declared_at: at,
        declared_by: "MK".into(),
    })
    .await
    .unwrap()
}

pub(super) async fn a_crisis_stamps_new_cases_with_its_terms_until_it_ends(s: Arc<dyn Store>) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let before = receive(&*s, &inbound(&fr, "0", "t0", "Mon vol ?", mins(0))).await;
    let seen = s.latest_change().await.unwrap();
    let crisis = declare(
        &*s,
        "Snow at Zurich",
        CrisisScope::Brand("lakeline".into()),
        mins(5),
    )
    .await;
    assert!(crisis.is_running());
    assert_eq!(crisis.declared_by, "MK");
    assert_eq!(crisis.playbook.as_deref(), Some("weather"));
    let logged = s.changes_since(seen, 10).await.unwrap();
    assert!(
        logged
            .iter()
            .any(|c| c.entity == ChangeEntity::Crisis && c.id == crisis.id.0),
        "declaring is in the change log: {logged:?}"
    );

    let stamp = CrisisStamp {
        crisis: crisis.id,
        policy: crisis.terms.apply(&policy()),
    };
    let new = s
        .record_inbound(
            &inbound(&fr, "1", "t1", "Vol annulé", mins(10)),
            &policy(),
            Some(&stamp),
        )
        .await
        .unwrap()
        .case_id();
    let case = s.case(new).await.unwrap();
    assert_eq!(case.crisis_id, Some(crisis.id), "a new case is stamped");
    let normal = s.case(before).await.unwrap();
    assert!(
        case.sla.first_response_due - case.sla.started_at
            > normal.sla.first_response_due - normal.sla.started_at,
        "under the crisis's longer first-response target"
    );
    // A message joining a case opened before the crisis leaves it as it was.
    s.record_inbound(
        &inbound(&fr, "2", "t0", "Toujours rien", mins(11)),
        &policy(),
        Some(&stamp),
    )
    .await
    .unwrap();
    assert_eq!(s.case(before).await.unwrap().crisis_id, None);
    assert_eq!(s.crisis_case_counts().await.unwrap(), vec![(crisis.id, 1)]);

    let ended = s.end_crisis(crisis.id, "SK", mins(60)).await.unwrap();
    assert_eq!(ended.ended_at, Some(mins(60)));
    assert_eq!(ended.ended_by.as_deref(), Some("SK"));
    assert!(matches!(
        s.end_crisis(crisis.id, "SK", mins(61)).await,
        Err(StoreError::Conflict { .. })
    ));
    assert!(matches!(
        s.end_crisis(CrisisId(9999), "SK", mins(61)).await,
        Err(StoreError::NotFound { .. })
    ));
    let later = declare(&*s, "Strike", CrisisScope::All, mins(90)).await;
    let all = s.crises().await.unwrap();
    assert_eq!(
        all.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![later.id, crisis.id],
        "the latest declared first"
    );
    assert_eq!(all[1], ended);
}

pub(super) async fn playbooks_are_saved_replaced_and_listed_by_id(s: Arc<dyn Store>) {
    let mut weather = Playbook {
        id: "weather".into(),
        name: "Weather".into(),
        terms: crisis_terms(),
        guidance: "Never promise a departure time.\nVouchers at the desk.".into(),
        updated_at: mins(0),
    };
    let strike = Playbook {
        id: "strike".into(),
        name: "Strike".into(),
        terms: CrisisTerms {
            first_response_minutes: 120,
            resolution_minutes: 1440,
        },
        guidance: String::new(),
        updated_at: mins(1),
    };
    s.save_playbook(&weather).await.unwrap();
    s.save_playbook(&strike).await.unwrap();
    weather.name = "Weather: snow, storms, ash".into();
    weather.updated_at = mins(2);
    s.save_playbook(&weather).await.unwrap();
    assert_eq!(s.playbooks().await.unwrap(), vec![strike, weather]);
}

fn write(c: &Community, body: &str) -> PostWrite {
    PostWrite {
        community_id: c.id,
        locale: c.locale.to_string(),
        body: body.into(),
    }
}

fn lease(owner: &str, at: DateTime<Utc>) -> Lease {
    Lease {
        owner: owner.into(),
        at,
        until: at + Duration::minutes(2),
    }
}

pub(super) async fn a_statement_post_is_published_once_and_updated_when_its_text_changes(
    s: Arc<dyn Store>,
) {
    let fr = community(&*s, "Lakeline", "fr-CH", "1").await;
    let de = community(&*s, "Lakeline", "de-CH", "2").await;
    let crisis = declare(&*s, "Snow", CrisisScope::All, mins(0)).await;
    let queued = s
        .queue_statement_posts(
            crisis.id,
            &[write(&fr, "Neige"), write(&de, "Schnee")],
            mins(1),
        )
        .await
        .unwrap();
    assert!(queued
        .iter()
        .all(|(p, changed)| *changed && p.state == PostState::Pending));
    let again = s
        .queue_statement_posts(crisis.id, &[write(&fr, "Neige")], mins(2))
        .await
        .unwrap();
    assert!(!again[0].1, "the same text again changes nothing");

    let due = s.posts_to_send(fr.id, mins(3)).await.unwrap();
    assert_eq!(due.len(), 1);
    let post = &due[0];
    assert_eq!(
        s.claim_post(post.id, &lease("a", mins(3))).await.unwrap(),
        PostClaim::Fresh
    );
    assert_eq!(
        s.claim_post(post.id, &lease("b", mins(3))).await.unwrap(),
        PostClaim::No
    );
    assert!(
        s.posts_to_send(fr.id, mins(4)).await.unwrap().is_empty(),
        "held by its lease"
    );
    let sent = s
        .post_done(
            post.id,
            &PostResult::Sent {
                post_id: "p1_1".into(),
                body: "Neige".into(),
            },
            mins(4),
        )
        .await
        .unwrap();
    assert_eq!(sent.state, PostState::Sent);
    assert_eq!(sent.published_body.as_deref(), Some("Neige"));
    assert!(s.posts_to_send(fr.id, mins(5)).await.unwrap().is_empty());

    // An updated text: the same post, to update.
    let updated = s
        .queue_statement_posts(crisis.id, &[write(&fr, "Neige, mise à jour")], mins(6))
        .await
        .unwrap();
    assert!(updated[0].1);
    assert_eq!(updated[0].0.state, PostState::Pending);
    assert_eq!(
        updated[0].0.post_id.as_deref(),
        Some("p1_1"),
        "kept, to edit"
    );
    assert_eq!(updated[0].0.id, post.id);

    // A sender that stops mid-way: after its lease, the post is stale.
    assert_eq!(
        s.claim_post(post.id, &lease("a", mins(7))).await.unwrap(),
        PostClaim::Fresh
    );
    assert_eq!(
        s.claim_post(post.id, &lease("b", mins(8))).await.unwrap(),
        PostClaim::No
    );
    assert_eq!(s.posts_to_send(fr.id, mins(10)).await.unwrap().len(), 1);
    assert_eq!(
        s.claim_post(post.id, &lease("b", mins(10))).await.unwrap(),
        PostClaim::Stale
    );
    // The text changes while it is on its way: sent, it is pending again.
    s.queue_statement_posts(crisis.id, &[write(&fr, "Neige, v3")], mins(11))
        .await
        .unwrap();
    let behind = s
        .post_done(
            post.id,
            &PostResult::Sent {
                post_id: "p1_1".into(),
                body: "Neige, mise à jour".into(),
            },
            mins(12),
        )
        .await
        .unwrap();
    assert_eq!(behind.state, PostState::Pending);
    assert_eq!(behind.body, "Neige, v3");

    // A refusal: failed until published again; a retry later: pending then.
    let de_post = s.posts_to_send(de.id, mins(12)).await.unwrap().remove(0);
    s.claim_post(de_post.id, &lease("a", mins(12)))
        .await
        .unwrap();
    let failed = s
        .post_done(
            de_post.id,
            &PostResult::Failed {
                error: "rejected:368: blocked".into(),
                retry_at: None,
            },
            mins(13),
        )
        .await
        .unwrap();
    assert_eq!(failed.state, PostState::Failed);
    assert!(s.posts_to_send(de.id, mins(14)).await.unwrap().is_empty());
    let retried = s
        .queue_statement_posts(crisis.id, &[write(&de, "Schnee")], mins(15))
        .await
        .unwrap();
    assert!(retried[0].1, "publishing again retries a failed post");
    assert_eq!(s.statement_posts(crisis.id).await.unwrap().len(), 2);
}
