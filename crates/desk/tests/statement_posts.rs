//! A crisis's holding statement on the page, through the connector against
//! the fake Graph server: a post left half-published by a sender that
//! stopped is found on the page instead of posted twice, one that never
//! left is posted once, a refused one waits for the next publication, and
//! replies can link the post.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use switchboard_desk::crisis::Declaration;
use switchboard_domain::CrisisId;
use switchboard_store::{Lease, PostState};

async fn declared(w: &World) -> CrisisId {
    w.desk
        .declare_crisis(
            &Declaration {
                name: "Neige à Genève".into(),
                scope: "all".into(),
                playbook: Some("weather".into()),
                first_response_minutes: None,
                resolution_minutes: None,
            },
            &w.agent,
        )
        .await
        .unwrap()
        .id
}

/// Claims the crisis's post for a sender that stopped three minutes ago
/// (its lease ran out a minute ago); returns the post's text.
async fn claimed_by_a_sender_that_stopped(w: &World, crisis: CrisisId) -> String {
    let post = w.store.statement_posts(crisis).await.unwrap().remove(0);
    let gone = Lease {
        owner: "a-process-that-died".into(),
        at: w.desk.now() - chrono::Duration::minutes(3),
        until: w.desk.now() - chrono::Duration::minutes(1),
    };
    assert_eq!(
        w.store.claim_post(post.id, &gone).await.unwrap(),
        switchboard_store::PostClaim::Fresh
    );
    post.body
}

#[tokio::test]
async fn a_statement_half_published_by_a_sender_that_stopped_is_found_on_the_page_not_posted_twice()
{
    let w = World::new().await;
    let c = w.connect().await;
    let crisis = declared(&w).await;
    assert_eq!(w.desk.publish_statement(crisis).await.unwrap().queued, 1);
    let body = claimed_by_a_sender_that_stopped(&w, crisis).await;
    // It reached Meta before the process died.
    let client = switchboard_meta::graph::GraphClient::new(&w.fake.base_url(), None).unwrap();
    let id = client.publish_post(PAGE, TOKEN, &body).await.unwrap();

    let report = c.tick().await.unwrap();
    assert_eq!(report.published, 1, "found, and marked published");
    let posts = w.fake.page_posts(PAGE);
    assert_eq!(posts.len(), 1, "not posted again: {posts:?}");
    let stored = w.store.statement_posts(crisis).await.unwrap().remove(0);
    assert_eq!(stored.state, PostState::Sent);
    assert_eq!(stored.post_id.as_deref(), Some(id.as_str()));
}

#[tokio::test]
async fn a_statement_that_never_left_is_posted_once_after_the_lease_runs_out() {
    let w = World::new().await;
    let c = w.connect().await;
    let crisis = declared(&w).await;
    w.desk.publish_statement(crisis).await.unwrap();
    let body = claimed_by_a_sender_that_stopped(&w, crisis).await;
    c.tick().await.unwrap();
    c.tick().await.unwrap();
    let posts = w.fake.page_posts(PAGE);
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert_eq!(posts[0].message, body);
    assert!(body.contains("Lakeline"), "in the brand's voice: {body}");
    assert!(
        body.contains("météorologiques"),
        "in the page's language: {body}"
    );
}

#[tokio::test]
async fn a_refused_statement_waits_for_the_next_publication_then_goes_once() {
    let w = World::new().await;
    let c = w.connect().await;
    // Synced: the next round only sends (the page is polled every minute).
    c.tick().await.unwrap();
    let crisis = declared(&w).await;
    w.desk.publish_statement(crisis).await.unwrap();
    w.fake.fail_next(Failure::Error {
        status: 400,
        code: 368,
        subcode: None,
    });
    c.tick().await.unwrap();
    let failed = w.store.statement_posts(crisis).await.unwrap().remove(0);
    assert_eq!(failed.state, PostState::Failed);
    assert!(
        failed.error.as_deref().unwrap_or("").contains("368"),
        "{failed:?}"
    );
    c.tick().await.unwrap();
    assert!(
        w.fake.page_posts(PAGE).is_empty(),
        "a refusal is not retried alone"
    );

    let again = w.desk.publish_statement(crisis).await.unwrap();
    assert_eq!(again.queued, 1);
    c.tick().await.unwrap();
    c.tick().await.unwrap();
    assert_eq!(w.fake.page_posts(PAGE).len(), 1);
}

#[tokio::test]
async fn replies_link_the_published_statement_of_their_page() {
    let w = World::new().await;
    fans(&w, 1, 1);
    let c = w.connect().await;
    c.tick().await.unwrap();
    let case = w.queue().await[0].id;
    let before = w.desk.template_vars(case, &w.agent).await.unwrap();
    assert!(!before.text.contains_key("statement_link"), "no crisis yet");

    let crisis = declared(&w).await;
    w.desk.publish_statement(crisis).await.unwrap();
    c.tick().await.unwrap();
    let post = w.fake.page_posts(PAGE).remove(0);
    let vars = w.desk.template_vars(case, &w.agent).await.unwrap();
    assert_eq!(
        vars.text.get("statement_link").map(String::as_str),
        Some(format!("https://www.facebook.com/{}", post.id).as_str())
    );
    w.desk.end_crisis(crisis, &w.agent).await.unwrap();
    let after = w.desk.template_vars(case, &w.agent).await.unwrap();
    assert!(
        !after.text.contains_key("statement_link"),
        "not once it ended"
    );
}
