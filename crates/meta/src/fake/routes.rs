//! The fake Graph server's HTTP side.

use super::model::{
    FakeComment, FakeConversation, FakeMessage, FakePage, FakePost, FakeState, Sent,
};
use super::{lock, Shared};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::collections::HashMap;

pub(crate) fn router(state: Shared) -> Router {
    Router::new()
        .route("/_fake/pages", get(fake_pages))
        .route("/_fake/pages/{id}/sent", get(fake_sent))
        .route("/_fake/pages/{id}/revoke", axum::routing::post(fake_revoke))
        .route("/_fake/pages/{id}/posts", get(fake_posts))
        .route("/_fake/pages/{id}/hidden", get(fake_hidden))
        .route(
            "/_fake/pages/{id}/fan-comment",
            axum::routing::post(fake_fan_comment),
        )
        .route("/_fake/surge", axum::routing::post(fake_surge))
        .route("/{version}/{id}", get(get_node).post(post_node))
        .route("/{version}/{id}/{edge}", get(get_edge).post(post_edge))
        .with_state(state)
}

fn graph_error(status: u16, code: i64, subcode: Option<i64>, message: &str) -> Response {
    let mut e =
        json!({"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "fake"});
    if let Some(s) = subcode {
        e["error_subcode"] = json!(s);
    }
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        Json(json!({ "error": e })),
    )
        .into_response()
}

fn unknown_object() -> Response {
    graph_error(
        400,
        100,
        Some(33),
        "Unsupported request: the object does not exist.",
    )
}

fn bad_token() -> Response {
    graph_error(400, 190, Some(463), "Error validating access token.")
}

/// Waits the configured delay, counts the call, and takes the failure
/// queued for it: an error response, or a usage header for a normal one.
async fn begin(s: &Shared) -> (Option<Response>, Option<String>) {
    let delay = lock(s).delay;
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let mut st = lock(s);
    st.calls += 1;
    match st.failures.pop_front() {
        Some(super::Failure::Error {
            status,
            code,
            subcode,
        }) => (
            Some(graph_error(status, code, subcode, "fake failure")),
            None,
        ),
        Some(super::Failure::AppUsage(h)) => (None, Some(h)),
        None => (None, None),
    }
}

fn authorised(app_secret: Option<&str>, page: &FakePage, q: &HashMap<String, String>) -> bool {
    let token = q.get("access_token").map(String::as_str).unwrap_or("");
    if token != page.token {
        return false;
    }
    match app_secret {
        Some(secret) => {
            q.get("appsecret_proof").map(String::as_str)
                == Some(crate::graph::appsecret_proof(secret, token).as_str())
        }
        None => true,
    }
}

/// The page that owns `id`, if the call's token is that page's.
fn page_for<'a>(
    st: &'a FakeState,
    id: &str,
    q: &HashMap<String, String>,
) -> Result<&'a str, Box<Response>> {
    let unknown = || Box::new(unknown_object());
    let owner = st.owner_of(id).ok_or_else(unknown)?;
    let (key, page) = st.pages.get_key_value(&owner).ok_or_else(unknown)?;
    if !authorised(st.app_secret.as_deref(), page, q) {
        return Err(Box::new(bad_token()));
    }
    Ok(key.as_str())
}

fn with_usage(body: Value, usage: Option<String>) -> Response {
    let mut headers = HeaderMap::new();
    if let Some(v) = usage.and_then(|u| HeaderValue::from_str(&u).ok()) {
        headers.insert("x-app-usage", v);
    }
    (headers, Json(body)).into_response()
}

/// A page of `items` from cursor `after` (`c<n>`), with Graph's paging block.
fn paged(items: Vec<Value>, after: Option<&String>, size: usize, next_url: &str) -> Value {
    let start = after
        .and_then(|a| a.strip_prefix('c'))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    let end = (start + size).min(items.len());
    let data: Vec<Value> = items
        .get(start..end)
        .map(<[Value]>::to_vec)
        .unwrap_or_default();
    let mut paging =
        json!({"cursors": {"before": format!("c{start}"), "after": format!("c{end}")}});
    if end < items.len() {
        paging["next"] = json!(format!("{next_url}&after=c{end}"));
    }
    json!({ "data": data, "paging": paging })
}

async fn get_node(
    State(s): State<Shared>,
    Path((_version, id)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let (fail, usage) = begin(&s).await;
    if let Some(r) = fail {
        return r;
    }
    let st = lock(&s);
    let Some(page) = st.pages.get(&id) else {
        return unknown_object();
    };
    if !authorised(st.app_secret.as_deref(), page, &q) {
        return bad_token();
    }
    with_usage(json!({"id": id, "name": page.name}), usage)
}

async fn get_edge(
    State(s): State<Shared>,
    Path((_version, id, edge)): Path<(String, String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let (fail, usage) = begin(&s).await;
    if let Some(r) = fail {
        return r;
    }
    let st = lock(&s);
    if let Err(r) = page_for(&st, &id, &q) {
        return *r;
    }
    let items = match edge.as_str() {
        "conversations" => st.conversations_json(&id, q.get("user_id").map(String::as_str)),
        "messages" => st.messages_json(&id),
        "feed" => st.feed_json(&id),
        "comments" => st.comments_json(&id),
        _ => return graph_error(400, 100, None, "Unknown edge."),
    };
    let size = st.page_size.max(1);
    with_usage(
        paged(items, q.get("after"), size, &format!("/{id}/{edge}?x")),
        usage,
    )
}

fn text_at(body: &Value, pointer: &str) -> String {
    body.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

async fn post_edge(
    State(s): State<Shared>,
    Path((_version, id, edge)): Path<(String, String, String)>,
    Query(q): Query<HashMap<String, String>>,
    Json(body): Json<Value>,
) -> Response {
    let (fail, usage) = begin(&s).await;
    if let Some(r) = fail {
        return r;
    }
    let send_delay = lock(&s).send_delay;
    if !send_delay.is_zero() {
        tokio::time::sleep(send_delay).await;
    }
    let mut st = lock(&s);
    let page_id = match page_for(&st, &id, &q) {
        Ok(p) => p.to_string(),
        Err(r) => return *r,
    };
    let n = st.next_id();
    let now = super::graph_time(chrono::Utc::now());
    let Some(page) = st.pages.get_mut(&page_id) else {
        return unknown_object();
    };
    let page_name = page.name.clone();
    match edge.as_str() {
        "messages" if id == page_id => {
            let psid = text_at(&body, "/recipient/id");
            let comment = text_at(&body, "/recipient/comment_id");
            let text = text_at(&body, "/message/text");
            if text.is_empty() || (psid.is_empty() && comment.is_empty()) {
                return graph_error(400, 100, None, "(#100) The parameter recipient is required");
            }
            // A private reply goes to the comment's author.
            let to_fan = if comment.is_empty() {
                psid.clone()
            } else {
                let author = page
                    .posts
                    .iter()
                    .flat_map(|p| p.comments.iter())
                    .find(|c| c.id == comment)
                    .map(|c| c.from_id.clone());
                match author {
                    Some(a) => a,
                    None => return graph_error(400, 100, None, "(#100) Unknown comment"),
                }
            };
            let mid = format!("m_{page_id}_{n}");
            let message = FakeMessage {
                mid: mid.clone(),
                from_id: page_id.clone(),
                from_name: page_name,
                text: text.clone(),
                created_time: now,
            };
            match page.conversations.iter_mut().find(|c| c.psid == to_fan) {
                Some(c) => c.messages.push(message),
                None => page.conversations.push(FakeConversation {
                    id: format!("t_{to_fan}"),
                    psid: to_fan.clone(),
                    messages: vec![message],
                }),
            }
            page.sent.push(Sent {
                to: if comment.is_empty() { psid } else { comment },
                text,
                messaging_type: body
                    .get("messaging_type")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                tag: body.get("tag").and_then(Value::as_str).map(str::to_string),
                id: mid.clone(),
            });
            with_usage(json!({"recipient_id": to_fan, "message_id": mid}), usage)
        }
        "comments" => {
            let text = text_at(&body, "/message");
            if text.is_empty() {
                return graph_error(400, 100, None, "(#100) The parameter message is required");
            }
            let Some(post) = page
                .posts
                .iter_mut()
                .find(|p| p.id == id || p.comments.iter().any(|c| c.id == id))
            else {
                return unknown_object();
            };
            let comment_id = format!("{}_p{n}", post.id);
            let parent = (post.id != id).then(|| id.clone());
            post.comments.push(FakeComment {
                id: comment_id.clone(),
                parent_id: parent,
                from_id: page_id.clone(),
                from_name: page_name,
                message: text.clone(),
                created_time: now,
            });
            page.sent.push(Sent {
                to: id.clone(),
                text,
                messaging_type: None,
                tag: None,
                id: comment_id.clone(),
            });
            with_usage(json!({"id": comment_id}), usage)
        }
        "feed" if id == page_id => {
            let text = text_at(&body, "/message");
            if text.is_empty() {
                return graph_error(400, 100, None, "(#100) The parameter message is required");
            }
            // Graph's post ids are the page's id and a number.
            let mut k = n;
            while page.posts.iter().any(|p| p.id == format!("{page_id}_{k}")) {
                k += 1;
            }
            let post_id = format!("{page_id}_{k}");
            page.posts.push(FakePost {
                id: post_id.clone(),
                from_id: page_id.clone(),
                from_name: page_name,
                message: text,
                created_time: now,
                comments: Vec::new(),
            });
            with_usage(json!({ "id": post_id }), usage)
        }
        _ => graph_error(400, 100, None, "Unknown edge."),
    }
}

/// A POST to a node: editing a post the page published (its `message`).
async fn post_node(
    State(s): State<Shared>,
    Path((_version, id)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    Json(body): Json<Value>,
) -> Response {
    let (fail, usage) = begin(&s).await;
    if let Some(r) = fail {
        return r;
    }
    let send_delay = lock(&s).send_delay;
    if !send_delay.is_zero() {
        tokio::time::sleep(send_delay).await;
    }
    let mut st = lock(&s);
    let page_id = match page_for(&st, &id, &q) {
        Ok(p) => p.to_string(),
        Err(r) => return *r,
    };
    let now = super::graph_time(chrono::Utc::now());
    let Some(page) = st.pages.get_mut(&page_id) else {
        return unknown_object();
    };
    // Hiding a comment (`is_hidden`): its author still sees it, nobody else.
    if let Some(hide) = body.get("is_hidden").and_then(Value::as_bool) {
        let is_comment = page
            .posts
            .iter()
            .any(|p| p.comments.iter().any(|c| c.id == id));
        if !is_comment {
            return graph_error(400, 100, None, "(#100) Unsupported post request");
        }
        if hide {
            page.hidden.insert(id);
        } else {
            page.hidden.remove(&id);
        }
        return with_usage(json!({ "success": true }), usage);
    }
    let Some(post) = page.posts.iter_mut().find(|p| p.id == id) else {
        // The page itself, or a comment: not something this call edits.
        return graph_error(400, 100, None, "(#100) Unsupported post request");
    };
    if post.from_id != page_id {
        return graph_error(403, 200, None, "(#200) Permissions error");
    }
    let text = text_at(&body, "/message");
    if text.is_empty() {
        return graph_error(400, 100, None, "(#100) The parameter message is required");
    }
    post.message = text;
    let edits = page.edits.entry(id).or_insert((0, String::new()));
    edits.0 += 1;
    edits.1 = now;
    with_usage(json!({ "success": true }), usage)
}

/// A fan comments under the page's latest own post (one is written first
/// when the page has none): `{"from_id", "from_name", "text"}`.
async fn fake_fan_comment(
    State(s): State<Shared>,
    Path(id): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    let text = text_at(&body, "/text");
    let from_id = text_at(&body, "/from_id");
    let from_name = text_at(&body, "/from_name");
    if text.is_empty() || from_id.is_empty() {
        return graph_error(400, 100, None, "(#100) from_id and text are required");
    }
    let mut st = lock(&s);
    let n = st.next_id();
    let now = super::graph_time(chrono::Utc::now());
    let Some(page) = st.pages.get_mut(&id) else {
        return unknown_object();
    };
    if !page.posts.iter().any(|p| p.from_id == id) {
        page.posts.push(super::model::FakePost {
            id: format!("{id}_w{n}"),
            from_id: id.clone(),
            from_name: page.name.clone(),
            message: "Welcome to our page!".into(),
            created_time: now.clone(),
            comments: Vec::new(),
        });
    }
    let Some(post) = page.posts.iter_mut().rev().find(|p| p.from_id == id) else {
        return unknown_object();
    };
    let comment = format!("{}_c{n}", post.id);
    post.comments.push(FakeComment {
        id: comment.clone(),
        parent_id: None,
        from_id,
        from_name,
        message: text,
        created_time: now,
    });
    Json(json!({ "id": comment, "post_id": post.id })).into_response()
}

/// The comments the page hid.
async fn fake_hidden(State(s): State<Shared>, Path(id): Path<String>) -> Response {
    let st = lock(&s);
    match st.pages.get(&id) {
        Some(p) => Json(json!({ "data": p.hidden })).into_response(),
        None => unknown_object(),
    }
}

/// The posts the page published itself, with their edit counts.
async fn fake_posts(State(s): State<Shared>, Path(id): Path<String>) -> Response {
    let st = lock(&s);
    if !st.pages.contains_key(&id) {
        return unknown_object();
    }
    Json(json!({ "data": st.page_posts(&id) })).into_response()
}

/// Many new fans write at once to every page of a brand (see `surge`).
async fn fake_surge(State(s): State<Shared>, Json(body): Json<Value>) -> Response {
    let brand = text_at(&body, "/brand");
    if brand.trim().is_empty() {
        return graph_error(400, 100, None, "(#100) The parameter brand is required");
    }
    let people = body
        .get("people")
        .and_then(Value::as_u64)
        .map_or(super::surge::PEOPLE, |n| n as usize);
    let minutes = body
        .get("minutes")
        .and_then(Value::as_i64)
        .unwrap_or(super::surge::MINUTES);
    let pages = super::surge::surge(&mut lock(&s), &brand, people, minutes, chrono::Utc::now());
    let written: usize = pages.iter().map(|p| p.written).sum();
    Json(json!({ "data": pages, "written": written })).into_response()
}

async fn fake_pages(State(s): State<Shared>) -> Response {
    let st = lock(&s);
    let mut pages: Vec<Value> = st
        .pages
        .iter()
        .map(|(id, p)| json!({"id": id, "name": p.name, "locale": p.locale, "token": p.token}))
        .collect();
    pages.sort_by_key(|p| p["id"].as_str().unwrap_or("").to_string());
    Json(json!({ "data": pages })).into_response()
}

/// The page's token stops working, as when its admin changes their
/// password: Graph answers 190 until the page is connected with the new
/// token this returns.
async fn fake_revoke(State(s): State<Shared>, Path(id): Path<String>) -> Response {
    let mut st = lock(&s);
    let n = st.next_id();
    match st.pages.get_mut(&id) {
        Some(p) => {
            p.token = format!("{}-renewed{n}", p.token);
            Json(json!({ "id": id, "token": p.token })).into_response()
        }
        None => unknown_object(),
    }
}

async fn fake_sent(State(s): State<Shared>, Path(id): Path<String>) -> Response {
    let st = lock(&s);
    match st.pages.get(&id) {
        Some(p) => Json(json!({ "data": p.sent })).into_response(),
        None => unknown_object(),
    }
}
