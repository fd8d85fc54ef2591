//! A fake Graph API on loopback, speaking the same wire format as the real
//! one for what Switchboard uses: several pages with their tokens,
//! Messenger conversations paged by cursors, sending messages, replying to
//! comments, and errors or quota headers on demand. Tests run the real
//! client against it; the demo will run the real connector against it.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Debug, Clone)]
pub struct FakeMessage {
    pub mid: String,
    pub from_id: String,
    pub from_name: String,
    pub text: String,
    pub created_time: String,
}

#[derive(Debug, Clone)]
pub struct FakeConversation {
    pub id: String,
    pub psid: String,
    pub messages: Vec<FakeMessage>,
}

/// What the page sent (Messenger messages and comment replies).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub to: String,
    pub text: String,
    pub messaging_type: Option<String>,
    pub tag: Option<String>,
    pub id: String,
}

#[derive(Debug, Default)]
struct FakePage {
    token: String,
    conversations: Vec<FakeConversation>,
    sent: Vec<Sent>,
}

/// One answer to give instead of the normal one, for the next call.
#[derive(Debug, Clone)]
pub enum Failure {
    Error {
        status: u16,
        code: i64,
        subcode: Option<i64>,
    },
    /// A normal answer carrying this `X-App-Usage` header.
    AppUsage(String),
}

#[derive(Debug, Default)]
struct FakeState {
    pages: HashMap<String, FakePage>,
    failures: VecDeque<Failure>,
    page_size: usize,
    app_secret: Option<String>,
    next_id: u64,
    calls: u64,
}

#[derive(Clone)]
pub struct FakeGraph {
    state: Arc<Mutex<FakeState>>,
    addr: SocketAddr,
    version: String,
}

type Shared = Arc<Mutex<FakeState>>;

fn lock(s: &Shared) -> MutexGuard<'_, FakeState> {
    s.lock().unwrap_or_else(|p| p.into_inner())
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

/// The failure queued for this call, if any, as a response; or the usage
/// header to add to a normal one.
fn take_failure(s: &mut FakeState) -> (Option<Response>, Option<String>) {
    s.calls += 1;
    match s.failures.pop_front() {
        Some(Failure::Error {
            status,
            code,
            subcode,
        }) => (
            Some(graph_error(status, code, subcode, "fake failure")),
            None,
        ),
        Some(Failure::AppUsage(h)) => (None, Some(h)),
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

async fn get_edge(
    State(s): State<Shared>,
    Path((_version, id, edge)): Path<(String, String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    let mut st = lock(&s);
    let (fail, usage) = take_failure(&mut st);
    if let Some(r) = fail {
        return r;
    }
    let size = st.page_size.max(1);
    match edge.as_str() {
        "conversations" => {
            let Some(page) = st.pages.get(&id) else {
                return graph_error(400, 100, Some(33), "Unsupported get request.");
            };
            if !authorised(st.app_secret.as_deref(), page, &q) {
                return graph_error(400, 190, Some(463), "Error validating access token.");
            }
            let items = page
                .conversations
                .iter()
                .map(|c| json!({"id": c.id, "updated_time": "2026-11-22T10:00:00+0000"}))
                .collect();
            with_usage(
                paged(
                    items,
                    q.get("after"),
                    size,
                    &format!("/{id}/conversations?x"),
                ),
                usage,
            )
        }
        "messages" => {
            let found = st
                .pages
                .values()
                .find_map(|p| p.conversations.iter().find(|c| c.id == id).map(|c| (p, c)));
            let Some((page, conv)) = found else {
                return graph_error(400, 100, Some(33), "Unsupported get request.");
            };
            if !authorised(st.app_secret.as_deref(), page, &q) {
                return graph_error(400, 190, Some(463), "Error validating access token.");
            }
            let items = conv
                .messages
                .iter()
                .map(|m| {
                    json!({"id": m.mid, "message": m.text, "created_time": m.created_time,
                           "from": {"id": m.from_id, "name": m.from_name}})
                })
                .collect();
            with_usage(
                paged(items, q.get("after"), size, &format!("/{id}/messages?x")),
                usage,
            )
        }
        _ => graph_error(400, 100, None, "Unknown edge."),
    }
}

async fn post_edge(
    State(s): State<Shared>,
    Path((_version, id, edge)): Path<(String, String, String)>,
    Query(q): Query<HashMap<String, String>>,
    Json(body): Json<Value>,
) -> Response {
    let mut st = lock(&s);
    let (fail, usage) = take_failure(&mut st);
    if let Some(r) = fail {
        return r;
    }
    st.next_id += 1;
    let n = st.next_id;
    let secret = st.app_secret.clone();
    let token_ok = |p: &FakePage| authorised(secret.as_deref(), p, &q);
    match edge.as_str() {
        "messages" => {
            let Some(page) = st.pages.get_mut(&id) else {
                return graph_error(400, 100, Some(33), "Unsupported post request.");
            };
            if !token_ok(page) {
                return graph_error(400, 190, Some(463), "Error validating access token.");
            }
            let to = body
                .pointer("/recipient/id")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let sent = Sent {
                to: to.clone(),
                text: body
                    .pointer("/message/text")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                messaging_type: body
                    .get("messaging_type")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                tag: body.get("tag").and_then(Value::as_str).map(str::to_string),
                id: format!("m_fake_{n}"),
            };
            page.sent.push(sent.clone());
            with_usage(json!({"recipient_id": to, "message_id": sent.id}), usage)
        }
        "comments" => {
            // The comment belongs to a page whose id prefixes it (`<page>_<post>_<n>`).
            let page_id = id.split('_').next().unwrap_or("").to_string();
            let Some(page) = st.pages.get_mut(&page_id) else {
                return graph_error(400, 100, Some(33), "Unsupported post request.");
            };
            if !token_ok(page) {
                return graph_error(400, 190, Some(463), "Error validating access token.");
            }
            let sent = Sent {
                to: id.clone(),
                text: body
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                messaging_type: None,
                tag: None,
                id: format!("{id}_{n}"),
            };
            page.sent.push(sent.clone());
            with_usage(json!({"id": sent.id}), usage)
        }
        _ => graph_error(400, 100, None, "Unknown edge."),
    }
}

impl FakeGraph {
    /// Starts the server on a free loopback port; it runs until the
    /// runtime ends.
    pub async fn start(version: &str) -> std::io::Result<FakeGraph> {
        let state: Shared = Arc::new(Mutex::new(FakeState {
            page_size: 25,
            ..FakeState::default()
        }));
        let app = Router::new()
            .route("/{version}/{id}/{edge}", get(get_edge).post(post_edge))
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, app).await {
                tracing::warn!(error = %e, "the fake Graph server stopped");
            }
        });
        Ok(FakeGraph {
            state,
            addr,
            version: version.to_string(),
        })
    }

    /// The versioned base URL to give the client.
    pub fn base_url(&self) -> String {
        format!("http://{}/{}", self.addr, self.version)
    }

    pub fn add_page(&self, page_id: &str, token: &str) {
        lock(&self.state).pages.insert(
            page_id.to_string(),
            FakePage {
                token: token.to_string(),
                ..FakePage::default()
            },
        );
    }

    pub fn add_conversation(&self, page_id: &str, c: FakeConversation) {
        if let Some(p) = lock(&self.state).pages.get_mut(page_id) {
            p.conversations.push(c);
        }
    }

    pub fn set_token(&self, page_id: &str, token: &str) {
        if let Some(p) = lock(&self.state).pages.get_mut(page_id) {
            p.token = token.to_string();
        }
    }

    pub fn set_page_size(&self, n: usize) {
        lock(&self.state).page_size = n;
    }

    pub fn require_app_secret(&self, secret: &str) {
        lock(&self.state).app_secret = Some(secret.to_string());
    }

    /// The next call answers with `f` instead.
    pub fn fail_next(&self, f: Failure) {
        lock(&self.state).failures.push_back(f);
    }

    pub fn sent(&self, page_id: &str) -> Vec<Sent> {
        lock(&self.state)
            .pages
            .get(page_id)
            .map(|p| p.sent.clone())
            .unwrap_or_default()
    }

    pub fn calls(&self) -> u64 {
        lock(&self.state).calls
    }
}
