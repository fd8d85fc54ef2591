//! A fake Graph API on loopback, speaking the same wire format as the real
//! one for what Switchboard uses: pages with their tokens; Messenger
//! conversations and messages; the feed's posts and comments; sending
//! messages, private replies and comments (what the page sends shows up in
//! its conversations and under its posts, as on Facebook); cursor paging;
//! errors, quota headers and slow answers on demand; and fans who write in
//! each page's language over time (`fans`). Tests and the demo run the real
//! connector against it.
//!
//! Besides Graph's paths it answers `/_fake/pages` (each page with its
//! token: the demo's stand-in for Facebook Login),
//! `/_fake/pages/{id}/sent` (what the page sent),
//! `/_fake/pages/{id}/posts` (the posts the page published, with their
//! edits), a POST to `/_fake/pages/{id}/revoke` (the token stops working;
//! the answer has the new one) and a POST to `/_fake/surge` (many fans
//! write to a brand's pages at once: `surge`), on loopback only.

mod fans;
mod model;
mod routes;
mod surge;

pub use fans::Fans;
pub use model::{
    graph_time, Failure, FakeComment, FakeConversation, FakeMessage, FakePost, PagePost, Sent,
};
pub use surge::SurgedPage;

use model::{FakePage, FakeState};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

pub(crate) type Shared = Arc<Mutex<FakeState>>;

pub(crate) fn lock(s: &Shared) -> MutexGuard<'_, FakeState> {
    s.lock().unwrap_or_else(|p| p.into_inner())
}

#[derive(Clone)]
pub struct FakeGraph {
    state: Shared,
    addr: SocketAddr,
    version: String,
}

impl FakeGraph {
    /// Starts the server on a free loopback port; it runs until the
    /// runtime ends.
    pub async fn start(version: &str) -> std::io::Result<FakeGraph> {
        FakeGraph::bind(
            version,
            "127.0.0.1:0".parse().map_err(std::io::Error::other)?,
        )
        .await
    }

    /// Starts the server on `addr` (port 0: a free one).
    pub async fn bind(version: &str, addr: SocketAddr) -> std::io::Result<FakeGraph> {
        let state: Shared = Arc::new(Mutex::new(FakeState {
            page_size: 25,
            ..FakeState::default()
        }));
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let app = routes::router(state.clone());
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
        self.add_named_page(page_id, token, page_id, "en");
    }

    /// A page with a name and the locale its fans write in.
    pub fn add_named_page(&self, page_id: &str, token: &str, name: &str, locale: &str) {
        lock(&self.state).pages.insert(
            page_id.to_string(),
            FakePage {
                token: token.to_string(),
                name: name.to_string(),
                locale: locale.to_string(),
                ..FakePage::default()
            },
        );
    }

    pub fn add_conversation(&self, page_id: &str, c: FakeConversation) {
        if let Some(p) = lock(&self.state).pages.get_mut(page_id) {
            p.conversations.push(c);
        }
    }

    /// A fan's message, in the fan's conversation with the page (started
    /// when there is none); returns its id.
    pub fn fan_writes(&self, page_id: &str, psid: &str, name: &str, text: &str) -> String {
        let mut st = lock(&self.state);
        let n = st.next_id();
        let mid = format!("m_{page_id}_{n}");
        if let Some(p) = st.pages.get_mut(page_id) {
            let message = FakeMessage {
                mid: mid.clone(),
                from_id: psid.to_string(),
                from_name: name.to_string(),
                text: text.to_string(),
                created_time: graph_time(chrono::Utc::now()),
            };
            match p.conversations.iter_mut().find(|c| c.psid == psid) {
                Some(c) => c.messages.push(message),
                None => p.conversations.push(FakeConversation {
                    id: format!("t_{psid}"),
                    psid: psid.to_string(),
                    messages: vec![message],
                }),
            }
        }
        mid
    }

    /// The page answers a fan from somewhere else than the Graph API (Meta
    /// Business Suite): the message is in the conversation, not in `sent`.
    /// Returns its id, or None when the fan has no conversation.
    pub fn page_writes(&self, page_id: &str, psid: &str, text: &str) -> Option<String> {
        let mut st = lock(&self.state);
        let n = st.next_id();
        let mid = format!("m_{page_id}_{n}");
        let page = st.pages.get_mut(page_id)?;
        let message = FakeMessage {
            mid: mid.clone(),
            from_id: page_id.to_string(),
            from_name: page.name.clone(),
            text: text.to_string(),
            created_time: graph_time(chrono::Utc::now()),
        };
        page.conversations
            .iter_mut()
            .find(|c| c.psid == psid)?
            .messages
            .push(message);
        Some(mid)
    }

    pub fn add_post(&self, page_id: &str, post: FakePost) {
        if let Some(p) = lock(&self.state).pages.get_mut(page_id) {
            p.posts.push(post);
        }
    }

    /// A fan's comment under a post (or, with `parent`, a reply to a
    /// comment of it); returns its id.
    pub fn fan_comments(
        &self,
        post_id: &str,
        parent: Option<&str>,
        from: (&str, &str),
        text: &str,
    ) -> Option<String> {
        let mut st = lock(&self.state);
        let n = st.next_id();
        let post = st
            .pages
            .values_mut()
            .flat_map(|p| p.posts.iter_mut())
            .find(|x| x.id == post_id)?;
        let id = format!("{post_id}_{n}");
        post.comments.push(FakeComment {
            id: id.clone(),
            parent_id: parent.map(str::to_string),
            from_id: from.0.to_string(),
            from_name: from.1.to_string(),
            message: text.to_string(),
            created_time: graph_time(chrono::Utc::now()),
        });
        Some(id)
    }

    pub fn set_token(&self, page_id: &str, token: &str) {
        if let Some(p) = lock(&self.state).pages.get_mut(page_id) {
            p.token = token.to_string();
        }
    }

    pub fn set_page_size(&self, n: usize) {
        lock(&self.state).page_size = n;
    }

    /// Every answer waits this long first (a slow network).
    pub fn set_delay(&self, d: Duration) {
        lock(&self.state).delay = d;
    }

    /// Sends (messages, comments) take `d` more before they land on the
    /// page and are answered, while reads stay quick: a send in flight.
    pub fn set_send_delay(&self, d: Duration) {
        lock(&self.state).send_delay = d;
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

    /// How many messages and comment replies every page sent, together.
    pub fn sent_count(&self) -> usize {
        lock(&self.state).pages.values().map(|p| p.sent.len()).sum()
    }

    /// The posts the page published itself (through the Graph API or
    /// given to it), oldest first, with their edit counts.
    pub fn page_posts(&self, page_id: &str) -> Vec<PagePost> {
        lock(&self.state).page_posts(page_id)
    }

    /// The comments the page hid, by id.
    pub fn hidden_comments(&self, page_id: &str) -> Vec<String> {
        lock(&self.state)
            .pages
            .get(page_id)
            .map(|p| p.hidden.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Graph calls answered so far (the `/_fake` ones are not counted).
    pub fn calls(&self) -> u64 {
        lock(&self.state).calls
    }

    /// Every page: (id, name, locale).
    pub fn pages(&self) -> Vec<(String, String, String)> {
        let mut v: Vec<_> = lock(&self.state)
            .pages
            .iter()
            .map(|(id, p)| (id.clone(), p.name.clone(), p.locale.clone()))
            .collect();
        v.sort();
        v
    }
}

/// The pages a running fake server has, with their tokens, read from its
/// `/_fake/pages` (the demo's stand-in for Facebook Login): (page id,
/// token).
pub async fn demo_pages(server: &str) -> Result<Vec<(String, String)>, crate::graph::GraphError> {
    use crate::graph::GraphError;
    let url = format!("{}/_fake/pages", server.trim_end_matches('/'));
    let body: serde_json::Value = reqwest::get(&url)
        .await
        .map_err(|e| GraphError::Unreachable(e.without_url().to_string()))?
        .json()
        .await
        .map_err(|e| GraphError::Unexpected(e.without_url().to_string()))?;
    let pages = body
        .get("data")
        .and_then(serde_json::Value::as_array)
        .ok_or_else(|| GraphError::Unexpected("no pages".into()))?;
    Ok(pages
        .iter()
        .filter_map(|p| {
            Some((
                p.get("id")?.as_str()?.to_string(),
                p.get("token")?.as_str()?.to_string(),
            ))
        })
        .collect())
}

/// Starts a surge on the running fake server at `server` (its root, as
/// `fake-graph` prints it): `people` new fans write to every page of
/// `brand`, their messages spread over the last `minutes`. Returns what
/// each page received.
pub async fn demo_surge(
    server: &str,
    brand: &str,
    people: usize,
    minutes: i64,
) -> Result<Vec<SurgedPage>, crate::graph::GraphError> {
    use crate::graph::GraphError;
    let url = format!("{}/_fake/surge", server.trim_end_matches('/'));
    let body: serde_json::Value = reqwest::Client::new()
        .post(&url)
        .json(&serde_json::json!({"brand": brand, "people": people, "minutes": minutes}))
        .send()
        .await
        .map_err(|e| GraphError::Unreachable(e.without_url().to_string()))?
        .json()
        .await
        .map_err(|e| GraphError::Unexpected(e.without_url().to_string()))?;
    if body.get("error").is_some() {
        return Err(GraphError::Meta(crate::errors::classify(&body)));
    }
    let data = body
        .get("data")
        .cloned()
        .ok_or_else(|| GraphError::Unexpected("no data".into()))?;
    serde_json::from_value(data).map_err(|e| GraphError::Unexpected(e.to_string()))
}
