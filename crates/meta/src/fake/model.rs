//! What the fake Graph server knows: pages with their tokens, Messenger
//! conversations, the feed's posts and comments, and what the page sent.
//! Lists come out as Graph gives them: conversations and posts by latest
//! activity, messages and comments newest first.

use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::time::Duration;

/// Graph's time format.
pub fn graph_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S+0000").to_string()
}

#[derive(Debug, Clone)]
pub struct FakeMessage {
    pub mid: String,
    pub from_id: String,
    pub from_name: String,
    pub text: String,
    pub created_time: String,
}

/// A Messenger conversation; `messages` in the order they were sent.
#[derive(Debug, Clone)]
pub struct FakeConversation {
    pub id: String,
    pub psid: String,
    pub messages: Vec<FakeMessage>,
}

impl FakeConversation {
    fn updated(&self) -> String {
        self.messages
            .iter()
            .map(|m| m.created_time.clone())
            .max()
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub struct FakeComment {
    pub id: String,
    /// The comment this one answers (None: a top-level comment on the post).
    pub parent_id: Option<String>,
    pub from_id: String,
    pub from_name: String,
    pub message: String,
    pub created_time: String,
}

/// A post on the page's feed (by the page or by a visitor); `comments` in
/// the order they were written.
#[derive(Debug, Clone)]
pub struct FakePost {
    pub id: String,
    pub from_id: String,
    pub from_name: String,
    pub message: String,
    pub created_time: String,
    pub comments: Vec<FakeComment>,
}

impl FakePost {
    fn updated(&self) -> String {
        self.comments
            .iter()
            .map(|c| c.created_time.clone())
            .chain(std::iter::once(self.created_time.clone()))
            .max()
            .unwrap_or_default()
    }
}

/// What the page sent (Messenger messages, private replies, comments).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Sent {
    /// The fan's id, or the comment or post answered.
    pub to: String,
    pub text: String,
    pub messaging_type: Option<String>,
    pub tag: Option<String>,
    pub id: String,
}

#[derive(Debug, Default)]
pub(crate) struct FakePage {
    pub token: String,
    pub name: String,
    pub locale: String,
    pub conversations: Vec<FakeConversation>,
    pub posts: Vec<FakePost>,
    pub sent: Vec<Sent>,
    /// The page's own posts that were edited: post id → (edits, time of
    /// the latest edit).
    pub edits: HashMap<String, (u32, String)>,
    /// Comments the page hid (`is_hidden`): shown to their author only.
    pub hidden: std::collections::BTreeSet<String>,
}

/// A post the page published itself, as `/_fake/pages/{id}/posts` lists
/// it: its text now and how many times it was edited.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PagePost {
    pub id: String,
    pub message: String,
    pub created_time: String,
    pub edits: u32,
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
pub(crate) struct FakeState {
    pub pages: HashMap<String, FakePage>,
    pub failures: VecDeque<Failure>,
    pub page_size: usize,
    pub app_secret: Option<String>,
    pub next_id: u64,
    pub calls: u64,
    pub delay: Duration,
    /// More time before a send (a message or comment posted) lands.
    pub send_delay: Duration,
}

impl FakeState {
    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// The page a conversation, post or comment belongs to.
    pub fn owner_of(&self, id: &str) -> Option<String> {
        if self.pages.contains_key(id) {
            return Some(id.to_string());
        }
        self.pages.iter().find_map(|(pid, p)| {
            let found = p.conversations.iter().any(|c| c.id == id)
                || p.posts
                    .iter()
                    .any(|x| x.id == id || x.comments.iter().any(|c| c.id == id));
            found.then(|| pid.clone())
        })
    }

    /// The page's conversations (only the fan's with `user_id`).
    pub fn conversations_json(&self, page: &str, user_id: Option<&str>) -> Vec<Value> {
        let Some(p) = self.pages.get(page) else {
            return Vec::new();
        };
        let mut list: Vec<&FakeConversation> = p
            .conversations
            .iter()
            .filter(|c| user_id.is_none_or(|u| c.psid == u))
            .collect();
        // Latest activity first; among equals, the newer conversation first.
        list.reverse();
        list.sort_by_key(|c| std::cmp::Reverse(c.updated()));
        list.iter()
            .map(|c| json!({"id": c.id, "updated_time": c.updated()}))
            .collect()
    }

    pub fn messages_json(&self, conversation: &str) -> Vec<Value> {
        let found = self.pages.iter().find_map(|(page, p)| {
            p.conversations
                .iter()
                .find(|c| c.id == conversation)
                .map(|c| (page, c))
        });
        found
            .map(|(page, c)| {
                c.messages
                    .iter()
                    .rev()
                    .map(|m| {
                        let to = if m.from_id == *page { &c.psid } else { page };
                        json!({"id": m.mid, "message": m.text, "created_time": m.created_time,
                               "from": {"id": m.from_id, "name": m.from_name},
                               "to": {"data": [{"id": to}]}})
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn feed_json(&self, page: &str) -> Vec<Value> {
        let Some(p) = self.pages.get(page) else {
            return Vec::new();
        };
        // An edit is activity too.
        let updated = |x: &FakePost| match p.edits.get(&x.id) {
            Some((_, at)) => x.updated().max(at.clone()),
            None => x.updated(),
        };
        let mut list: Vec<&FakePost> = p.posts.iter().collect();
        list.reverse();
        list.sort_by_key(|x| std::cmp::Reverse(updated(x)));
        list.iter()
            .map(|x| {
                json!({"id": x.id, "message": x.message, "created_time": x.created_time,
                       "updated_time": updated(x),
                       "from": {"id": x.from_id, "name": x.from_name}})
            })
            .collect()
    }

    /// The posts the page published itself, oldest first.
    pub fn page_posts(&self, page: &str) -> Vec<PagePost> {
        let Some(p) = self.pages.get(page) else {
            return Vec::new();
        };
        p.posts
            .iter()
            .filter(|x| x.from_id == page)
            .map(|x| PagePost {
                id: x.id.clone(),
                message: x.message.clone(),
                created_time: x.created_time.clone(),
                edits: p.edits.get(&x.id).map_or(0, |(n, _)| *n),
            })
            .collect()
    }

    /// The comments of a post (all of them, `filter=stream`), or the
    /// replies to a comment; newest first.
    pub fn comments_json(&self, object: &str) -> Vec<Value> {
        let comment = |c: &FakeComment| {
            let hidden = self.pages.values().any(|p| p.hidden.contains(&c.id));
            let mut v = json!({"id": c.id, "message": c.message, "created_time": c.created_time,
                               "from": {"id": c.from_id, "name": c.from_name}, "is_hidden": hidden});
            if let Some(p) = &c.parent_id {
                v["parent"] = json!({"id": p});
            }
            v
        };
        for p in self.pages.values() {
            for post in &p.posts {
                if post.id == object {
                    return post.comments.iter().rev().map(comment).collect();
                }
                if post.comments.iter().any(|c| c.id == object) {
                    return post
                        .comments
                        .iter()
                        .rev()
                        .filter(|c| c.parent_id.as_deref() == Some(object))
                        .map(comment)
                        .collect();
                }
            }
        }
        Vec::new()
    }
}
