//! A Graph API client for one page: Messenger conversations and their
//! messages, the feed's posts and their comments, paged by cursors; sending
//! a Messenger message (RESPONSE, or MESSAGE_TAG with HUMAN_AGENT); a
//! private reply to a comment; replying to a comment; publishing a post on
//! the page and editing it (a crisis's holding statement). The base URL is
//! configurable and versioned (`https://graph.facebook.com/v21.0`, or the
//! fake server's), and every call carries `appsecret_proof` when an app
//! secret is set.
//!
//! Tokens travel as the `access_token` parameter; an error never shows the
//! URL (reqwest puts it in its errors, so it is removed), so a token cannot
//! reach a log line or an error message from here.

use crate::errors::{classify, pressure, Action};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::Sha256;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    /// Meta answered with an error, or warned that a quota is close.
    #[error("the Graph API says: {0:?}")]
    Meta(Action),
    /// The request did not complete (network, timeout); retry later.
    #[error("the Graph API could not be reached: {0}")]
    Unreachable(String),
    /// The answer was not what the API documents.
    #[error("the Graph API answered something unexpected: {0}")]
    Unexpected(String),
}

/// One page of a cursor-paged list; `after` is where the next page starts
/// (None: this was the last).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub data: Vec<T>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Conversation {
    pub id: String,
    #[serde(default)]
    pub updated_time: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphMessage {
    pub id: String,
    pub text: String,
    pub from_id: String,
    pub from_name: String,
    /// The first recipient: the fan when the page wrote, the page when a
    /// fan did.
    pub to_id: String,
    pub created_time: String,
}

/// A post on the page's feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphPost {
    pub id: String,
    pub text: String,
    pub from_id: String,
    pub from_name: String,
    pub created_time: String,
    /// The latest activity (a new comment moves it).
    pub updated_time: String,
}

/// A comment under a post; `parent_id` is the comment it answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphComment {
    pub id: String,
    pub text: String,
    pub from_id: String,
    pub from_name: String,
    pub created_time: String,
    pub parent_id: Option<String>,
}

/// How a Messenger reply is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendAs {
    /// Within 24 hours of the fan's last message.
    Response,
    /// Up to 7 days, when the workspace is allowed the tag.
    HumanAgent,
}

#[derive(Clone)]
pub struct GraphClient {
    http: reqwest::Client,
    base: String,
    app_secret: Option<String>,
}

/// `appsecret_proof`: HMAC-SHA256 of the token keyed with the app secret.
pub fn appsecret_proof(app_secret: &str, token: &str) -> String {
    match <Hmac<Sha256> as Mac>::new_from_slice(app_secret.as_bytes()) {
        Ok(mut mac) => {
            mac.update(token.as_bytes());
            hex::encode(mac.finalize().into_bytes())
        }
        Err(_) => String::new(),
    }
}

fn id_of(v: &Value) -> String {
    crate::webhook::id(Some(v)).unwrap_or_default()
}

fn text(v: &Value, field: &str) -> String {
    v.get(field)
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string()
}

fn from(v: &Value) -> (String, String) {
    let f = v.get("from");
    (
        f.and_then(|f| f.get("id")).map(id_of).unwrap_or_default(),
        f.map(|f| text(f, "name")).unwrap_or_default(),
    )
}

fn data(body: &Value) -> Result<&Vec<Value>, GraphError> {
    body.get("data")
        .and_then(Value::as_array)
        .ok_or_else(|| GraphError::Unexpected("no data".into()))
}

impl GraphClient {
    /// `base`: the versioned root, e.g. `https://graph.facebook.com/v21.0`.
    pub fn new(base: &str, app_secret: Option<String>) -> Result<GraphClient, GraphError> {
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .map_err(|e| GraphError::Unreachable(e.without_url().to_string()))?;
        Ok(GraphClient {
            http,
            base: base.trim_end_matches('/').to_string(),
            app_secret,
        })
    }

    fn auth(&self, token: &str) -> Vec<(&'static str, String)> {
        let mut q = vec![("access_token", token.to_string())];
        if let Some(secret) = &self.app_secret {
            q.push(("appsecret_proof", appsecret_proof(secret, token)));
        }
        q
    }

    /// Sends `req` and reads the JSON answer; errors and quota warnings
    /// become `GraphError::Meta`.
    async fn call(&self, req: reqwest::RequestBuilder) -> Result<Value, GraphError> {
        let resp = req
            .send()
            .await
            .map_err(|e| GraphError::Unreachable(e.without_url().to_string()))?;
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let (app, business) = (header("x-app-usage"), header("x-business-use-case-usage"));
        let status = resp.status();
        let body: Value = resp
            .json()
            .await
            .map_err(|e| GraphError::Unexpected(e.without_url().to_string()))?;
        if !status.is_success() || body.get("error").is_some() {
            return Err(GraphError::Meta(classify(&body)));
        }
        if let Some(action) = pressure(app.as_deref(), business.as_deref()) {
            // The answer is good; the next call must wait. The caller keeps
            // this page's data and backs off before asking for more.
            tracing::warn!("Graph API quota pressure: backing off");
            return Err(GraphError::Meta(action));
        }
        Ok(body)
    }

    fn paging(body: &Value) -> Option<String> {
        let p = body.get("paging")?;
        // Meta omits `next` on the last page, even when cursors are present.
        p.get("next")?;
        p.get("cursors")?.get("after")?.as_str().map(str::to_string)
    }

    /// The page's Messenger conversations, newest first, one page of them.
    pub async fn conversations(
        &self,
        page_id: &str,
        token: &str,
        after: Option<&str>,
    ) -> Result<Page<Conversation>, GraphError> {
        self.conversations_with(page_id, token, after, None).await
    }

    /// The page's conversation with one fan (by page-scoped id), if any.
    pub async fn conversation_with(
        &self,
        page_id: &str,
        token: &str,
        psid: &str,
    ) -> Result<Option<Conversation>, GraphError> {
        let page = self
            .conversations_with(page_id, token, None, Some(psid))
            .await?;
        Ok(page.data.into_iter().next())
    }

    async fn conversations_with(
        &self,
        page_id: &str,
        token: &str,
        after: Option<&str>,
        user_id: Option<&str>,
    ) -> Result<Page<Conversation>, GraphError> {
        let mut q = self.auth(token);
        q.push(("fields", "id,updated_time".into()));
        if let Some(u) = user_id {
            q.push(("user_id", u.to_string()));
        }
        if let Some(a) = after {
            q.push(("after", a.to_string()));
        }
        let body = self
            .call(
                self.http
                    .get(format!("{}/{page_id}/conversations", self.base))
                    .query(&q),
            )
            .await?;
        let data = body
            .get("data")
            .cloned()
            .ok_or_else(|| GraphError::Unexpected("no data".into()))?;
        let data: Vec<Conversation> =
            serde_json::from_value(data).map_err(|e| GraphError::Unexpected(e.to_string()))?;
        Ok(Page {
            data,
            after: Self::paging(&body),
        })
    }

    /// One page of a conversation's messages.
    pub async fn messages(
        &self,
        conversation_id: &str,
        token: &str,
        after: Option<&str>,
    ) -> Result<Page<GraphMessage>, GraphError> {
        let mut q = self.auth(token);
        q.push(("fields", "id,message,from,to,created_time".into()));
        if let Some(a) = after {
            q.push(("after", a.to_string()));
        }
        let body = self
            .call(
                self.http
                    .get(format!("{}/{conversation_id}/messages", self.base))
                    .query(&q),
            )
            .await?;
        let data = data(&body)?
            .iter()
            .map(|m| {
                let (from_id, from_name) = from(m);
                GraphMessage {
                    id: id_of(m.get("id").unwrap_or(&Value::Null)),
                    text: text(m, "message"),
                    from_id,
                    from_name,
                    to_id: m.pointer("/to/data/0/id").map(id_of).unwrap_or_default(),
                    created_time: text(m, "created_time"),
                }
            })
            .collect();
        Ok(Page {
            data,
            after: Self::paging(&body),
        })
    }

    /// Sends a Messenger message to a fan; returns the platform's message id.
    pub async fn send_message(
        &self,
        page_id: &str,
        token: &str,
        psid: &str,
        text: &str,
        how: SendAs,
    ) -> Result<String, GraphError> {
        let mut payload = json!({
            "recipient": {"id": psid},
            "message": {"text": text},
            "messaging_type": "RESPONSE",
        });
        if how == SendAs::HumanAgent {
            payload["messaging_type"] = json!("MESSAGE_TAG");
            payload["tag"] = json!("HUMAN_AGENT");
        }
        let body = self
            .call(
                self.http
                    .post(format!("{}/{page_id}/messages", self.base))
                    .query(&self.auth(token))
                    .json(&payload),
            )
            .await?;
        body.get("message_id")
            .map(id_of)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| GraphError::Unexpected("no message_id".into()))
    }

    /// The page's id and name: checks that the token is the page's.
    pub async fn page(&self, page_id: &str, token: &str) -> Result<(String, String), GraphError> {
        let mut q = self.auth(token);
        q.push(("fields", "id,name".into()));
        let body = self
            .call(self.http.get(format!("{}/{page_id}", self.base)).query(&q))
            .await?;
        Ok((
            id_of(body.get("id").unwrap_or(&Value::Null)),
            text(&body, "name"),
        ))
    }

    /// One page of the page's feed (its own posts and visitors' posts), by
    /// latest activity.
    pub async fn feed(
        &self,
        page_id: &str,
        token: &str,
        after: Option<&str>,
    ) -> Result<Page<GraphPost>, GraphError> {
        let mut q = self.auth(token);
        q.push(("fields", "id,message,from,created_time,updated_time".into()));
        if let Some(a) = after {
            q.push(("after", a.to_string()));
        }
        let body = self
            .call(
                self.http
                    .get(format!("{}/{page_id}/feed", self.base))
                    .query(&q),
            )
            .await?;
        let data = data(&body)?
            .iter()
            .map(|p| {
                let (from_id, from_name) = from(p);
                GraphPost {
                    id: id_of(p.get("id").unwrap_or(&Value::Null)),
                    text: text(p, "message"),
                    from_id,
                    from_name,
                    created_time: text(p, "created_time"),
                    updated_time: text(p, "updated_time"),
                }
            })
            .collect();
        Ok(Page {
            data,
            after: Self::paging(&body),
        })
    }

    /// One page of a post's comments, replies included (`filter=stream`),
    /// newest first.
    pub async fn comments(
        &self,
        object_id: &str,
        token: &str,
        after: Option<&str>,
    ) -> Result<Page<GraphComment>, GraphError> {
        let mut q = self.auth(token);
        q.push(("fields", "id,message,from,created_time,parent".into()));
        q.push(("filter", "stream".into()));
        q.push(("order", "reverse_chronological".into()));
        if let Some(a) = after {
            q.push(("after", a.to_string()));
        }
        let body = self
            .call(
                self.http
                    .get(format!("{}/{object_id}/comments", self.base))
                    .query(&q),
            )
            .await?;
        let data = data(&body)?
            .iter()
            .map(|c| {
                let (from_id, from_name) = from(c);
                GraphComment {
                    id: id_of(c.get("id").unwrap_or(&Value::Null)),
                    text: text(c, "message"),
                    from_id,
                    from_name,
                    created_time: text(c, "created_time"),
                    parent_id: c
                        .get("parent")
                        .and_then(|p| p.get("id"))
                        .map(id_of)
                        .filter(|s| !s.is_empty()),
                }
            })
            .collect();
        Ok(Page {
            data,
            after: Self::paging(&body),
        })
    }

    /// Answers a comment's author privately in Messenger (one private
    /// reply per comment); returns the message id and the author's
    /// page-scoped id, by which their answers in Messenger come back.
    pub async fn private_reply(
        &self,
        page_id: &str,
        token: &str,
        comment_id: &str,
        text: &str,
    ) -> Result<(String, String), GraphError> {
        let payload = json!({
            "recipient": {"comment_id": comment_id},
            "message": {"text": text},
        });
        let body = self
            .call(
                self.http
                    .post(format!("{}/{page_id}/messages", self.base))
                    .query(&self.auth(token))
                    .json(&payload),
            )
            .await?;
        let psid = body.get("recipient_id").map(id_of).unwrap_or_default();
        body.get("message_id")
            .map(id_of)
            .filter(|s| !s.is_empty())
            .map(|mid| (mid, psid))
            .ok_or_else(|| GraphError::Unexpected("no message_id".into()))
    }

    /// Hides (or shows again) a comment on the page: hidden, only its
    /// author and their friends see it.
    pub async fn hide_comment(
        &self,
        comment_id: &str,
        token: &str,
        hidden: bool,
    ) -> Result<(), GraphError> {
        let body = self
            .call(
                self.http
                    .post(format!("{}/{comment_id}", self.base))
                    .query(&self.auth(token))
                    .json(&json!({ "is_hidden": hidden })),
            )
            .await?;
        if body.get("success").and_then(Value::as_bool) == Some(true) {
            Ok(())
        } else {
            Err(GraphError::Unexpected("no success".into()))
        }
    }

    /// Replies publicly under a comment; returns the new comment's id.
    pub async fn reply_to_comment(
        &self,
        comment_id: &str,
        token: &str,
        text: &str,
    ) -> Result<String, GraphError> {
        let body = self
            .call(
                self.http
                    .post(format!("{}/{comment_id}/comments", self.base))
                    .query(&self.auth(token))
                    .json(&json!({ "message": text })),
            )
            .await?;
        body.get("id")
            .map(id_of)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| GraphError::Unexpected("no id".into()))
    }

    /// Publishes a post on the page's feed (a holding statement); returns
    /// the new post's id.
    pub async fn publish_post(
        &self,
        page_id: &str,
        token: &str,
        message: &str,
    ) -> Result<String, GraphError> {
        let body = self
            .call(
                self.http
                    .post(format!("{}/{page_id}/feed", self.base))
                    .query(&self.auth(token))
                    .json(&json!({ "message": message })),
            )
            .await?;
        body.get("id")
            .map(id_of)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| GraphError::Unexpected("no id".into()))
    }

    /// Replaces the text of a post the page published; Graph answers
    /// `{"success": true}`.
    pub async fn update_post(
        &self,
        post_id: &str,
        token: &str,
        message: &str,
    ) -> Result<(), GraphError> {
        let body = self
            .call(
                self.http
                    .post(format!("{}/{post_id}", self.base))
                    .query(&self.auth(token))
                    .json(&json!({ "message": message })),
            )
            .await?;
        match body.get("success").and_then(Value::as_bool) {
            Some(true) => Ok(()),
            _ => Err(GraphError::Unexpected("no success".into())),
        }
    }
}
