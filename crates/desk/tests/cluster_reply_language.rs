//! A cluster reply speaks each customer's language: a German customer on
//! the French page gets the German text when the template has one, the
//! French customers beside them get French, and a language the template
//! lacks falls back to the page's.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use switchboard_desk::cluster_reply::PlannedReply;
use switchboard_domain::CaseId;

const FRENCH: &[&str] = &[
    "Mon vol LK 1612 pour Londres est annulé, comment est-ce que je peux changer de vol ?",
    "Le vol LK 1612 de ce soir est annulé, que dois-je faire maintenant ?",
    "Notre vol LK 1612 depuis Genève a été annulé, pouvez-vous nous trouver un autre vol ?",
    "Vol LK 1612 annulé à cause de la neige, quelle solution me proposez-vous ?",
];
const GERMAN: &[&str] = &[
    "Mein Flug LK 1612 nach London wurde annulliert, wie kann ich jetzt umbuchen?",
    "Der Flug LK 1612 heute Abend ist annulliert worden, was soll ich jetzt machen?",
];
/// No starter text speaks Spanish.
const SPANISH: &str =
    "Mi vuelo LK 1612 a Londres ha sido cancelado, ¿cómo puedo cambiar a otro vuelo?";

fn reply_to(plan: &[PlannedReply], case: CaseId) -> &PlannedReply {
    plan.iter()
        .find(|r| r.case_id == case)
        .unwrap_or_else(|| panic!("no reply planned for case {case}: {plan:?}"))
}

#[tokio::test]
async fn a_cluster_reply_answers_each_customer_in_their_language_when_the_template_has_it() {
    let w = World::new().await;
    let mut texts = Vec::new();
    for (i, t) in FRENCH.iter().enumerate() {
        texts.push((format!("psid-fr-{i}"), format!("Fan Fr{i}"), *t));
    }
    for (i, t) in GERMAN.iter().enumerate() {
        texts.push((format!("psid-de-{i}"), format!("Fan De{i}"), *t));
    }
    texts.push(("psid-es-0".into(), "Fan Es0".into(), SPANISH));
    for (psid, name, text) in &texts {
        w.fake.fan_writes(PAGE, psid, name, text);
    }
    let c = w.connect().await;
    assert_eq!(c.tick().await.unwrap().stored as usize, texts.len());
    w.desk.seed_starter_templates().await.unwrap();

    let clusters = w.desk.crisis_clusters(&[], "en", 1).await.unwrap();
    let queue = w.queue().await;
    let case_of = |name: &str| queue.iter().find(|r| r.contact_name == name).unwrap().id;
    let german = case_of("Fan De0");
    let cluster = clusters
        .iter()
        .find(|c| c.case_ids.contains(&german))
        .unwrap();
    for name in ["Fan Fr0", "Fan De1"] {
        assert!(
            cluster.case_ids.contains(&case_of(name)),
            "{name} asks the same: {clusters:?}"
        );
    }

    let plan = w
        .desk
        .cluster_reply_plan(cluster.id, "flight-cancellation", &w.agent)
        .await
        .unwrap();
    assert!(plan.left.is_empty(), "{:?}", plan.left);
    for name in ["Fan De0", "Fan De1"] {
        let r = reply_to(&plan.replies, case_of(name));
        assert_eq!(r.locale, "de", "{name}: {r:?}");
        assert!(r.body.contains("annulliert"), "{}", r.body);
    }
    for name in ["Fan Fr0", "Fan Fr3"] {
        let r = reply_to(&plan.replies, case_of(name));
        assert_eq!(r.locale, "fr", "{name}: {r:?}");
        assert!(r.body.contains("annulation de votre vol"), "{}", r.body);
    }
    // The preview shows one text per language, each counted.
    let previews: Vec<(&str, usize)> = plan
        .previews
        .iter()
        .map(|p| (p.locale.as_str(), p.count))
        .collect();
    assert_eq!(previews, [("de", 2), ("fr", 4)]);

    // Spanish, which the template does not speak, gets the page's French.
    let spanish = case_of("Fan Es0");
    let alone = clusters
        .iter()
        .find(|c| c.case_ids.contains(&spanish))
        .unwrap();
    let plan = w
        .desk
        .cluster_reply_plan(alone.id, "flight-cancellation", &w.agent)
        .await
        .unwrap();
    let r = reply_to(&plan.replies, spanish);
    assert_eq!(r.locale, "fr", "{r:?}");
}
