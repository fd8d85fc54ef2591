//! The Graph client against the fake Graph server, over real HTTP on
//! loopback: paging, each error code as the desk must act on it, a token
//! that expires in the middle of a sync, sending, and appsecret_proof.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use switchboard_meta::errors::Action;
use switchboard_meta::fake::{
    Failure, FakeComment, FakeConversation, FakeGraph, FakeMessage, FakePost,
};
use switchboard_meta::graph::{GraphClient, GraphError, SendAs};

const PAGE: &str = "104000000000001";
const TOKEN: &str = "EAAB-page-token-secret";

async fn fake_with(conversations: usize) -> FakeGraph {
    let fake = FakeGraph::start("v21.0").await.unwrap();
    fake.add_page(PAGE, TOKEN);
    for n in 0..conversations {
        fake.add_conversation(
            PAGE,
            FakeConversation {
                id: format!("t_{n}"),
                psid: format!("psid-{n}"),
                messages: (0..5)
                    .map(|m| FakeMessage {
                        mid: format!("m_{n}_{m}"),
                        from_id: format!("psid-{n}"),
                        from_name: format!("Fan {n}"),
                        text: format!("Message {m} de Fan {n}"),
                        created_time: format!("2026-11-22T10:{n:02}:{m:02}+0000"),
                    })
                    .collect(),
            },
        );
    }
    fake
}

/// Every conversation id, following cursors from `after`.
async fn all_conversations(
    c: &GraphClient,
    token: &str,
    mut after: Option<String>,
) -> Result<(Vec<String>, u32), (GraphError, Option<String>, Vec<String>)> {
    let mut ids = Vec::new();
    let mut pages = 0;
    loop {
        match c.conversations(PAGE, token, after.as_deref()).await {
            Ok(p) => {
                pages += 1;
                ids.extend(p.data.into_iter().map(|c| c.id));
                match p.after {
                    Some(a) => after = Some(a),
                    None => return Ok((ids, pages)),
                }
            }
            Err(e) => return Err((e, after, ids)),
        }
    }
}

#[tokio::test]
async fn conversations_are_read_across_three_pages_by_cursor() {
    let fake = fake_with(7).await;
    fake.set_page_size(3);
    let c = GraphClient::new(&fake.base_url(), None).unwrap();
    let (ids, pages) = all_conversations(&c, TOKEN, None).await.unwrap();
    assert_eq!(pages, 3);
    // Latest activity first, as Graph lists them.
    assert_eq!(
        ids,
        (0..7).rev().map(|n| format!("t_{n}")).collect::<Vec<_>>()
    );
    let msgs = c.messages("t_4", TOKEN, None).await.unwrap();
    assert_eq!(msgs.data.len(), 3);
    assert_eq!(msgs.data[0].from_name, "Fan 4");
    assert_eq!(msgs.data[0].id, "m_4_4", "newest first");
    let rest = c
        .messages("t_4", TOKEN, msgs.after.as_deref())
        .await
        .unwrap();
    assert_eq!(rest.data.len(), 2);
    assert_eq!(rest.after, None);
}

#[tokio::test]
async fn each_error_code_becomes_what_the_desk_must_do() {
    let fake = fake_with(1).await;
    let c = GraphClient::new(&fake.base_url(), None).unwrap();
    let cases = [
        (4, None, Action::BackOff { after: None }),
        (17, None, Action::BackOff { after: None }),
        (32, None, Action::BackOff { after: None }),
        (613, None, Action::BackOff { after: None }),
        (190, Some(463), Action::Reauthorize),
        (10, Some(2_018_278), Action::OutsideWindow),
    ];
    for (code, subcode, want) in cases {
        fake.fail_next(Failure::Error {
            status: 400,
            code,
            subcode,
        });
        let got = c.conversations(PAGE, TOKEN, None).await.unwrap_err();
        assert_eq!(got, GraphError::Meta(want), "code {code}");
    }
    fake.fail_next(Failure::Error {
        status: 400,
        code: 100,
        subcode: Some(33),
    });
    let got = c
        .send_message(PAGE, TOKEN, "psid-0", "x", SendAs::Response)
        .await
        .unwrap_err();
    assert!(
        matches!(got, GraphError::Meta(Action::Rejected { code: 100, .. })),
        "{got:?}"
    );
    // A quota at 96 %: the answer is good, and the client says to back off.
    fake.fail_next(Failure::AppUsage(
        r#"{"call_count":96,"total_time":10,"total_cputime":10}"#.into(),
    ));
    assert_eq!(
        c.conversations(PAGE, TOKEN, None).await.unwrap_err(),
        GraphError::Meta(Action::BackOff { after: None })
    );
    assert!(
        c.conversations(PAGE, TOKEN, None).await.is_ok(),
        "the next call goes through"
    );
}

#[tokio::test]
async fn a_token_that_expires_mid_sync_stops_at_its_cursor_and_resumes_there() {
    let fake = fake_with(8).await;
    fake.set_page_size(3);
    let c = GraphClient::new(&fake.base_url(), None).unwrap();
    let first = c.conversations(PAGE, TOKEN, None).await.unwrap();
    // The page owner changes the password: the token dies.
    fake.set_token(PAGE, "EAAB-new-token");
    let (err, cursor, got) = all_conversations(&c, TOKEN, first.after.clone())
        .await
        .unwrap_err();
    assert_eq!(err, GraphError::Meta(Action::Reauthorize));
    assert!(got.is_empty());
    assert_eq!(cursor, first.after, "the cursor to resume from is kept");
    // Re-authorised: the sync resumes at the cursor; nothing is read twice.
    let (rest, _) = all_conversations(&c, "EAAB-new-token", cursor)
        .await
        .unwrap();
    let mut all: Vec<String> = first.data.into_iter().map(|c| c.id).collect();
    all.extend(rest);
    assert_eq!(
        all,
        (0..8).rev().map(|n| format!("t_{n}")).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn sending_uses_response_or_the_human_agent_tag_and_replies_to_comments() {
    let fake = fake_with(1).await;
    fake.add_post(PAGE, post(&format!("{PAGE}_9"), 1));
    let c = GraphClient::new(&fake.base_url(), None).unwrap();
    let id = c
        .send_message(
            PAGE,
            TOKEN,
            "psid-0",
            "Votre valise arrive ce soir.",
            SendAs::Response,
        )
        .await
        .unwrap();
    assert!(id.starts_with("m_"));
    c.send_message(PAGE, TOKEN, "psid-0", "Suite", SendAs::HumanAgent)
        .await
        .unwrap();
    let reply = c
        .reply_to_comment(&format!("{PAGE}_9_c0"), TOKEN, "Merci !")
        .await
        .unwrap();
    let sent = fake.sent(PAGE);
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0].messaging_type.as_deref(), Some("RESPONSE"));
    assert_eq!(sent[0].tag, None);
    assert_eq!(sent[1].messaging_type.as_deref(), Some("MESSAGE_TAG"));
    assert_eq!(sent[1].tag.as_deref(), Some("HUMAN_AGENT"));
    assert_eq!(sent[2].id, reply);
    assert_eq!(sent[2].text, "Merci !");
    // What the page sent shows on the page: in the fan's conversation, and
    // under the comment.
    let thread = c.messages("t_0", TOKEN, None).await.unwrap();
    assert_eq!(thread.data[0].text, "Suite");
    assert_eq!(thread.data[0].from_id, PAGE);
    let under = c.comments(&format!("{PAGE}_9"), TOKEN, None).await.unwrap();
    assert_eq!(under.data[0].id, reply);
    assert_eq!(under.data[0].parent_id, Some(format!("{PAGE}_9_c0")));
}

fn post(id: &str, comments: usize) -> FakePost {
    FakePost {
        id: id.into(),
        from_id: PAGE.into(),
        from_name: "Lakeline".into(),
        message: "Nouveaux horaires d'hiver".into(),
        created_time: "2026-11-22T08:00:00+0000".into(),
        comments: (0..comments)
            .map(|n| FakeComment {
                id: format!("{id}_c{n}"),
                parent_id: None,
                from_id: format!("fan-{n}"),
                from_name: format!("Fan {n}"),
                message: format!("Question {n}"),
                created_time: format!("2026-11-22T09:{n:02}:00+0000"),
            })
            .collect(),
    }
}

#[tokio::test]
async fn the_feed_and_its_comments_are_paged_newest_first_and_a_private_reply_reaches_the_author() {
    let fake = fake_with(0).await;
    fake.set_page_size(2);
    for n in 0..3 {
        fake.add_post(PAGE, post(&format!("{PAGE}_{n}"), 5));
    }
    let c = GraphClient::new(&fake.base_url(), None).unwrap();
    let first = c.feed(PAGE, TOKEN, None).await.unwrap();
    assert_eq!(first.data.len(), 2);
    assert_eq!(first.data[0].updated_time, "2026-11-22T09:04:00+0000");
    let rest = c.feed(PAGE, TOKEN, first.after.as_deref()).await.unwrap();
    assert_eq!((rest.data.len(), rest.after), (1, None));
    let post_id = format!("{PAGE}_1");
    let mut texts = Vec::new();
    let mut after = None;
    loop {
        let p = c.comments(&post_id, TOKEN, after.as_deref()).await.unwrap();
        texts.extend(p.data.into_iter().map(|c| c.text));
        match p.after {
            Some(a) => after = Some(a),
            None => break,
        }
    }
    assert_eq!(
        texts,
        (0..5)
            .rev()
            .map(|n| format!("Question {n}"))
            .collect::<Vec<_>>()
    );
    let (mid, fan) = c
        .private_reply(
            PAGE,
            TOKEN,
            &format!("{post_id}_c3"),
            "Je vous écris en privé.",
        )
        .await
        .unwrap();
    let thread = c.messages("t_fan-3", TOKEN, None).await.unwrap();
    assert_eq!(thread.data[0].id, mid);
    assert_eq!(
        fan, "fan-3",
        "the comment's author, by whom Messenger answers come back"
    );
    assert_eq!(c.page(PAGE, TOKEN).await.unwrap().0, PAGE);
    assert_eq!(
        c.page(PAGE, "wrong").await.unwrap_err(),
        GraphError::Meta(Action::Reauthorize)
    );
}

#[tokio::test]
async fn the_app_secret_proof_is_sent_and_checked() {
    let fake = fake_with(2).await;
    fake.require_app_secret("app-secret");
    let without = GraphClient::new(&fake.base_url(), None).unwrap();
    assert_eq!(
        without.conversations(PAGE, TOKEN, None).await.unwrap_err(),
        GraphError::Meta(Action::Reauthorize)
    );
    let with = GraphClient::new(&fake.base_url(), Some("app-secret".into())).unwrap();
    assert_eq!(
        with.conversations(PAGE, TOKEN, None)
            .await
            .unwrap()
            .data
            .len(),
        2
    );
}

#[tokio::test]
async fn no_error_shows_the_token() {
    // Nothing listens on this port: the request fails in the client, whose
    // errors would name the URL (with the token) if it were not removed.
    let c = GraphClient::new("http://127.0.0.1:9/v21.0", Some("s".into())).unwrap();
    let err = c.conversations(PAGE, TOKEN, None).await.unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(matches!(err, GraphError::Unreachable(_)), "{text}");
    assert!(!text.contains(TOKEN), "{text}");
    assert!(!text.contains("access_token"), "{text}");
}
