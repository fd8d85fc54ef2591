//! The page's own posts (a crisis's holding statement: published, then
//! edited) and a surge of fans, with the Graph client against the fake
//! Graph server over real HTTP on loopback.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;
use switchboard_meta::errors::Action;
use switchboard_meta::fake::{demo_surge, graph_time, Failure, FakeGraph, FakePost};
use switchboard_meta::graph::{GraphClient, GraphError};

const PAGE: &str = "104000000000001";
const TOKEN: &str = "EAAB-page-token-secret";
const STATEMENT: &str =
    "Snow in Zurich: flights this evening are cancelled. We rebook you automatically.";

async fn fake() -> (FakeGraph, GraphClient) {
    let fake = FakeGraph::start("v21.0").await.unwrap();
    fake.add_named_page(PAGE, TOKEN, "Lakeline (en)", "en");
    let client = GraphClient::new(&fake.base_url(), None).unwrap();
    (fake, client)
}

fn rejected(e: &GraphError) -> i64 {
    match e {
        GraphError::Meta(Action::Rejected { code, .. }) => *code,
        other => panic!("expected a rejection, got {other:?}"),
    }
}

#[tokio::test]
async fn a_published_post_gets_an_id_and_is_listed_once_as_the_pages_own() {
    let (fake, c) = fake().await;
    let id = c.publish_post(PAGE, TOKEN, STATEMENT).await.unwrap();
    assert!(id.starts_with(&format!("{PAGE}_")), "{id}");

    let posts = fake.page_posts(PAGE);
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert_eq!(
        (
            posts[0].id.as_str(),
            posts[0].message.as_str(),
            posts[0].edits
        ),
        (id.as_str(), STATEMENT, 0)
    );
    // On the feed, from the page: fans can comment under it.
    let feed = c.feed(PAGE, TOKEN, None).await.unwrap();
    assert_eq!(feed.data.len(), 1);
    assert_eq!(
        (
            feed.data[0].from_id.as_str(),
            feed.data[0].from_name.as_str()
        ),
        (PAGE, "Lakeline (en)")
    );
    assert!(fake
        .fan_comments(&id, None, ("psid-1", "Emma Walsh"), "And tomorrow?")
        .is_some());

    // The same list over HTTP.
    let url = format!(
        "{}/_fake/pages/{PAGE}/posts",
        fake.base_url().trim_end_matches("/v21.0")
    );
    let body: serde_json::Value = reqwest::get(&url).await.unwrap().json().await.unwrap();
    let data = body["data"].as_array().unwrap();
    assert_eq!(data.len(), 1, "{body}");
    assert_eq!(data[0]["id"], id.as_str());
    assert_eq!(data[0]["message"], STATEMENT);
    assert_eq!(data[0]["edits"], 0);
    assert!(data[0]["created_time"].as_str().is_some(), "{body}");
}

#[tokio::test]
async fn an_update_edits_the_post_without_writing_a_second_one() {
    let (fake, c) = fake().await;
    let id = c.publish_post(PAGE, TOKEN, STATEMENT).await.unwrap();
    let newer =
        "Update: flights resume tomorrow from 7:00. Rebooked passengers have a new boarding pass.";
    c.update_post(&id, TOKEN, newer).await.unwrap();

    let posts = fake.page_posts(PAGE);
    assert_eq!(posts.len(), 1, "one post, edited: {posts:?}");
    assert_eq!(
        (
            posts[0].id.as_str(),
            posts[0].message.as_str(),
            posts[0].edits
        ),
        (id.as_str(), newer, 1)
    );
    let feed = c.feed(PAGE, TOKEN, None).await.unwrap();
    assert_eq!(feed.data.len(), 1);
    assert_eq!(feed.data[0].text, newer);
}

#[tokio::test]
async fn a_wrong_token_is_refused_and_nothing_is_published_or_edited() {
    let (fake, c) = fake().await;
    let e = c.publish_post(PAGE, "not-the-token", STATEMENT).await;
    assert_eq!(e, Err(GraphError::Meta(Action::Reauthorize)));
    assert!(fake.page_posts(PAGE).is_empty());

    let id = c.publish_post(PAGE, TOKEN, STATEMENT).await.unwrap();
    let e = c.update_post(&id, "not-the-token", "Changed").await;
    assert_eq!(e, Err(GraphError::Meta(Action::Reauthorize)));
    assert_eq!(fake.page_posts(PAGE)[0].message, STATEMENT);
    assert_eq!(fake.page_posts(PAGE)[0].edits, 0);
}

#[tokio::test]
async fn graph_refuses_an_empty_statement_a_fans_post_and_an_unknown_one() {
    let (fake, c) = fake().await;
    assert_eq!(
        rejected(&c.publish_post(PAGE, TOKEN, "").await.unwrap_err()),
        100
    );
    fake.add_post(
        PAGE,
        FakePost {
            id: format!("{PAGE}_900"),
            from_id: "psid-7".into(),
            from_name: "Tom Becker".into(),
            message: "Where is my bag?".into(),
            created_time: graph_time(chrono::Utc::now()),
            comments: Vec::new(),
        },
    );
    let fans = c.update_post(&format!("{PAGE}_900"), TOKEN, "Edited").await;
    assert_eq!(rejected(&fans.unwrap_err()), 200);
    let unknown = c.update_post(&format!("{PAGE}_404"), TOKEN, "Edited").await;
    assert_eq!(rejected(&unknown.unwrap_err()), 100);
    let id = c.publish_post(PAGE, TOKEN, STATEMENT).await.unwrap();
    assert_eq!(
        rejected(&c.update_post(&id, TOKEN, "").await.unwrap_err()),
        100
    );
    assert!(fake.page_posts(PAGE).iter().all(|p| p.edits == 0));
}

#[tokio::test]
async fn a_failure_injected_for_a_publish_is_its_answer() {
    let (fake, c) = fake().await;
    fake.fail_next(Failure::Error {
        status: 400,
        code: 4,
        subcode: None,
    });
    let e = c.publish_post(PAGE, TOKEN, STATEMENT).await;
    assert_eq!(e, Err(GraphError::Meta(Action::BackOff { after: None })));
    assert!(fake.page_posts(PAGE).is_empty());
}

#[tokio::test]
async fn a_surge_brings_new_fans_to_each_page_of_the_brand_only_spread_over_the_minutes() {
    let fake = FakeGraph::start("v21.0").await.unwrap();
    let pages = [
        ("p-fr", "Summit Air (fr-CH)", "fr-CH"),
        ("p-de", "Summit Air (de-CH)", "de-CH"),
        ("p-en", "Summit Air (en)", "en"),
        ("p-other", "Lakeline (en)", "en"),
    ];
    for (id, name, locale) in pages {
        fake.add_named_page(id, &format!("token-{id}"), name, locale);
    }
    let c = GraphClient::new(&fake.base_url(), None).unwrap();
    let before = chrono::Utc::now();
    // The slug works as well as the name.
    assert_eq!(fake.surge("summit-air", 20, 30), 60);

    for (id, _, locale) in pages {
        let token = format!("token-{id}");
        let convs = c.conversations(id, &token, None).await.unwrap().data;
        if id == "p-other" {
            assert!(convs.is_empty(), "another brand's page got {convs:?}");
            continue;
        }
        assert_eq!(convs.len(), 20, "{id}");
        let mut fans = HashSet::new();
        let mut texts = HashSet::new();
        let mut times = Vec::new();
        for conv in &convs {
            let msgs = c.messages(&conv.id, &token, None).await.unwrap().data;
            assert_eq!(msgs.len(), 1, "one message a fan: {msgs:?}");
            fans.insert(msgs[0].from_id.clone());
            texts.insert(msgs[0].text.clone());
            times.push(msgs[0].created_time.clone());
        }
        assert_eq!(fans.len(), 20, "distinct fans on {id}");
        assert!(texts.len() >= 6, "varied phrasings on {id}: {texts:?}");
        let cancelled = match locale {
            "fr-CH" => "annul",
            "de-CH" => "Flug",
            _ => "cancel",
        };
        assert!(
            texts.iter().filter(|t| t.contains(cancelled)).count() >= 4,
            "{locale}: {texts:?}"
        );
        times.sort();
        let at = |s: &str| chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%z").unwrap();
        let first = at(&times[0]);
        let last = at(&times[times.len() - 1]);
        let span = (last - first).num_minutes();
        assert!((27..=29).contains(&span), "spread over {span} min on {id}");
        assert!(
            last >= before - chrono::Duration::seconds(1),
            "the last one now"
        );
        // Evenly: no 5-minute stretch holds more than its share and a bit.
        for t in &times {
            let t = at(t);
            let near = times
                .iter()
                .filter(|u| {
                    let u = at(u);
                    u >= t && u < t + chrono::Duration::minutes(5)
                })
                .count();
            assert!(near <= 5, "{near} messages within 5 minutes on {id}");
        }
    }
}

#[tokio::test]
async fn a_surge_started_over_http_reports_each_page_and_new_fans_each_time() {
    let fake = FakeGraph::start("v21.0").await.unwrap();
    fake.add_named_page("p-fr", "t1", "Lakeline (fr-CH)", "fr-CH");
    fake.add_named_page("p-en", "t2", "Lakeline (en)", "en");
    fake.add_named_page("p-x", "t3", "Summit Air (en)", "en");
    let server = fake.base_url().trim_end_matches("/v21.0").to_string();
    let pages = demo_surge(&server, "LAKELINE", 12, 30).await.unwrap();
    let got: Vec<(&str, usize)> = pages.iter().map(|p| (p.id.as_str(), p.written)).collect();
    assert_eq!(got, [("p-en", 12), ("p-fr", 12)]);
    assert_eq!(pages[1].name, "Lakeline (fr-CH)");
    demo_surge(&server, "lakeline", 12, 30).await.unwrap();
    let c = GraphClient::new(&fake.base_url(), None).unwrap();
    let convs = c.conversations("p-fr", "t1", None).await.unwrap();
    assert_eq!(convs.data.len(), 24, "a second surge brings new people");
    let e = demo_surge(&server, " ", 12, 30).await.unwrap_err();
    assert!(
        matches!(e, GraphError::Meta(Action::Rejected { code: 100, .. })),
        "{e:?}"
    );
}
