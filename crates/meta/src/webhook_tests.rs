#![allow(clippy::unwrap_used, clippy::panic)]

use super::*;

#[test]
fn entries_of_several_pages_in_one_body_all_come_through() {
    let body = r#"{"object":"page","entry":[
      {"id":"101","time":1,"messaging":[
        {"sender":{"id":"555"},"recipient":{"id":"101"},"timestamp":1700000000000,
         "message":{"mid":"m_1","text":"Wo ist mein Koffer?"}}]},
      {"id":202,"time":1,"changes":[
        {"field":"feed","value":{"item":"comment","verb":"add","post_id":"202_9",
         "comment_id":"202_9_1","parent_id":"202_9","from":{"id":"777","name":"Léa"},
         "message":"Mon vol est annulé","created_time":1700000001}}]}
    ]}"#;
    let p = parse(body.as_bytes()).unwrap();
    assert!(p.skipped.is_empty(), "{:?}", p.skipped);
    assert_eq!(p.events.len(), 2);
    assert!(
        matches!(&p.events[0], Event::Message { page_id, fan_id, outbound: false, text: Some(t), .. }
        if page_id == "101" && fan_id == "555" && t == "Wo ist mein Koffer?")
    );
    assert!(
        matches!(&p.events[1], Event::Comment { page_id, parent_id: None, verb: Verb::Add, outbound: false, .. }
        if page_id == "202"),
        "a numeric page id reads as text; a top-level comment has no parent"
    );
}

#[test]
fn the_pages_own_echo_and_comment_are_outbound() {
    let body = r#"{"object":"page","entry":[{"id":"101","messaging":[
        {"sender":{"id":"101"},"recipient":{"id":"555"},"timestamp":2,
         "message":{"mid":"m_2","is_echo":true,"text":"On s'en occupe."}}],
      "changes":[{"field":"feed","value":{"item":"comment","verb":"add","post_id":"101_9",
         "comment_id":"101_9_2","parent_id":"101_9_1","from":{"id":"101","name":"Lakeline"},
         "message":"Merci !","created_time":3}}]}]}"#;
    let p = parse(body.as_bytes()).unwrap();
    assert!(
        matches!(&p.events[0], Event::Message { outbound: true, fan_id, .. } if fan_id == "555")
    );
    assert!(
        matches!(&p.events[1], Event::Comment { outbound: true, parent_id: Some(parent), .. } if parent == "101_9_1")
    );
}

#[test]
fn every_messaging_kind_is_read() {
    let body = r#"{"object":"page","entry":[{"id":"1","messaging":[
      {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":1,"message":{"mid":"a","attachments":[{"type":"image","payload":{"url":"https://x/y.jpg"}}]}},
      {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":1,"message_edit":{"mid":"a","text":"new","num_edit":1}},
      {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":1,"message":{"mid":"a","is_deleted":true}},
      {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":1,"reaction":{"mid":"a","action":"react","emoji":"👍"}},
      {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":1,"postback":{"title":"Track my bag","payload":"TRACK"}},
      {"sender":{"id":9},"recipient":{"id":"1"},"timestamp":1,"delivery":{"mids":["a"],"watermark":5}},
      {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":1,"read":{"watermark":"6"}}
    ]}]}"#;
    let p = parse(body.as_bytes()).unwrap();
    assert!(p.skipped.is_empty(), "{:?}", p.skipped);
    let kinds: Vec<&str> = p
        .events
        .iter()
        .map(|e| match e {
            Event::Message { attachments, .. } => {
                assert_eq!(attachments, &vec!["https://x/y.jpg".to_string()]);
                "message"
            }
            Event::MessageEdit { .. } => "edit",
            Event::MessageDelete { .. } => "delete",
            Event::Reaction { .. } => "reaction",
            Event::Postback { .. } => "postback",
            Event::Receipt {
                read: false,
                watermark_ms: 5,
                ..
            } => "delivery",
            Event::Receipt {
                read: true,
                watermark_ms: 6,
                ..
            } => "read",
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        ["message", "edit", "delete", "reaction", "postback", "delivery", "read"]
    );
}

#[test]
fn feed_verbs_and_items_are_read_and_unknown_ones_skipped_without_failing_the_batch() {
    let body = r#"{"object":"page","entry":[{"id":"1","changes":[
      {"field":"feed","value":{"item":"comment","verb":"edited","post_id":"1_2","comment_id":"1_2_3","from":{"id":"8","name":"A"},"message":"x"}},
      {"field":"feed","value":{"item":"comment","verb":"remove","post_id":"1_2","comment_id":"1_2_3","from":{"id":"8"}}},
      {"field":"feed","value":{"item":"comment","verb":"hide","post_id":"1_2","comment_id":"1_2_3"}},
      {"field":"feed","value":{"item":"status","verb":"add","post_id":"1_4","from":{"id":"8","name":"A"},"message":"Visitor post"}},
      {"field":"feed","value":{"item":"reaction","verb":"add","post_id":"1_4","reaction_type":"love","from":{"id":"8"}}},
      {"field":"feed","value":{"item":"share","verb":"add","post_id":"1_5"}},
      {"field":"mention","value":{}},
      {"field":"feed","value":{"item":"comment","verb":"teleport","post_id":"1_2","comment_id":"x"}},
      {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"no-post"}}
    ]},{"time":5}]}"#;
    let p = parse(body.as_bytes()).unwrap();
    assert_eq!(p.events.len(), 5, "{:?}", p.events);
    assert_eq!(p.skipped.len(), 5, "{:?}", p.skipped);
    assert!(p.skipped.iter().any(|s| s.contains("share")));
    assert!(p.skipped.iter().any(|s| s.contains("no page id")));
}

#[test]
fn a_body_that_is_not_json_is_refused() {
    assert!(matches!(parse(b"not json"), Err(ParseError::NotJson(_))));
}

#[test]
fn a_body_for_another_object_than_page_is_read_as_nothing_with_its_reason() {
    for (body, object) in [
        (
            r#"{"object":"instagram","entry":[{"id":"1784","time":1,"messaging":[
              {"sender":{"id":"1"},"recipient":{"id":"1784"},"message":{"mid":"m","text":"x"}}]}]}"#,
            "instagram",
        ),
        (
            r#"{"object":"permissions","entry":[{"id":"10","uid":"10","time":1,
              "changed_fields":["pages_messaging"]}]}"#,
            "permissions",
        ),
        (
            r#"{"object":"user","entry":[{"id":"10","uid":"10","time":1,"changed_fields":["email"]}]}"#,
            "user",
        ),
        ("[]", "none"),
    ] {
        let p = parse(body.as_bytes()).unwrap();
        assert!(p.events.is_empty(), "{body}");
        assert_eq!(p.skipped.len(), 1, "{body}");
        assert!(
            p.skipped[0].contains(&format!("`{object}` is not handled")),
            "{:?}",
            p.skipped
        );
    }
}
