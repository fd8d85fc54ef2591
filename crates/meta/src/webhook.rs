//! A webhook POST body (`"object": "page"`) as events the desk turns into
//! cases and messages. One body may carry entries for several pages; each
//! entry holds `messaging` events (Messenger) or `changes` (the page feed).
//!
//! Meta adds fields and kinds over time and sends ids as numbers or as
//! strings, so parsing is lenient by design: an entry or an event that
//! cannot be read is skipped with a reason (for the log), never failing
//! the batch. A body for another object than `page` (`permissions`,
//! `user`, `instagram`…, which an app subscribed to a page may receive as
//! well) is read as nothing, with that reason: Meta retries what is not
//! acknowledged, then disables the subscription. Only a body that is not
//! JSON is refused.

use serde_json::Value;

/// The page's own id appears as the sender of its echoes and of its own
/// comments: those are outbound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A Messenger message (from the fan, or the page's echo).
    Message {
        page_id: String,
        /// The fan's page-scoped id (the recipient, for an echo).
        fan_id: String,
        mid: String,
        text: Option<String>,
        /// URLs or types of attachments, in order.
        attachments: Vec<String>,
        outbound: bool,
        timestamp_ms: i64,
    },
    MessageEdit {
        page_id: String,
        mid: String,
        text: String,
    },
    /// A message the fan unsent.
    MessageDelete { page_id: String, mid: String },
    Reaction {
        page_id: String,
        fan_id: String,
        mid: String,
        /// `react` or `unreact`.
        action: String,
        emoji: Option<String>,
    },
    Postback {
        page_id: String,
        fan_id: String,
        title: String,
        payload: String,
        timestamp_ms: i64,
    },
    /// Delivery or read receipts: messages up to `watermark` were seen.
    Receipt {
        page_id: String,
        fan_id: String,
        read: bool,
        watermark_ms: i64,
    },
    /// A comment on a post of the page (or a reply to a comment).
    Comment {
        page_id: String,
        post_id: String,
        comment_id: String,
        parent_id: Option<String>,
        from_id: String,
        from_name: String,
        message: Option<String>,
        verb: Verb,
        outbound: bool,
        created_time: i64,
    },
    /// A post on the page (a visitor's, or the page's own).
    Post {
        page_id: String,
        post_id: String,
        from_id: String,
        from_name: String,
        message: Option<String>,
        verb: Verb,
        outbound: bool,
        created_time: i64,
    },
    /// A reaction on a post or comment of the page.
    FeedReaction {
        page_id: String,
        post_id: String,
        from_id: String,
        reaction: String,
        verb: Verb,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Add,
    Edited,
    Remove,
    Hide,
    Unhide,
}

impl Verb {
    fn parse(s: &str) -> Option<Verb> {
        Some(match s {
            "add" => Verb::Add,
            "edited" | "edit" => Verb::Edited,
            "remove" => Verb::Remove,
            "hide" => Verb::Hide,
            "unhide" => Verb::Unhide,
            _ => return None,
        })
    }
}

/// What a body held: the events, and a reason for each part skipped.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub events: Vec<Event>,
    pub skipped: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the body is not JSON: {0}")]
    NotJson(String),
}

/// An id as Meta sends it: a string, or a number (written in decimal).
pub(crate) fn id(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}

fn int(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// Reads a webhook body. Unknown kinds and unreadable parts are skipped
/// with a reason; the rest is returned.
pub fn parse(body: &[u8]) -> Result<Parsed, ParseError> {
    let root: Value =
        serde_json::from_slice(body).map_err(|e| ParseError::NotJson(e.to_string()))?;
    let mut out = Parsed::default();
    match root.get("object").and_then(Value::as_str) {
        Some("page") => {}
        other => {
            let entries = root
                .get("entry")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            out.skipped.push(format!(
                "object `{}` is not handled ({entries} entries)",
                other.unwrap_or("none")
            ));
            return Ok(out);
        }
    }
    let Some(entries) = root.get("entry").and_then(Value::as_array) else {
        out.skipped.push("no entry array".into());
        return Ok(out);
    };
    for (n, entry) in entries.iter().enumerate() {
        let Some(page_id) = id(entry.get("id")) else {
            out.skipped.push(format!("entry {n}: no page id"));
            continue;
        };
        if let Some(events) = entry.get("messaging").and_then(Value::as_array) {
            for (m, e) in events.iter().enumerate() {
                match messaging(&page_id, e) {
                    Ok(ev) => out.events.push(ev),
                    Err(why) => out.skipped.push(format!("entry {n} messaging {m}: {why}")),
                }
            }
        }
        if let Some(changes) = entry.get("changes").and_then(Value::as_array) {
            for (c, ch) in changes.iter().enumerate() {
                match change(&page_id, ch) {
                    Ok(ev) => out.events.push(ev),
                    Err(why) => out.skipped.push(format!("entry {n} change {c}: {why}")),
                }
            }
        }
    }
    Ok(out)
}

fn messaging(page_id: &str, e: &Value) -> Result<Event, String> {
    let sender = id(e.get("sender").and_then(|s| s.get("id")));
    let recipient = id(e.get("recipient").and_then(|s| s.get("id")));
    let timestamp_ms = int(e.get("timestamp")).unwrap_or(0);
    let page = page_id.to_string();
    if let Some(m) = e.get("message") {
        let mid = id(m.get("mid")).ok_or("message without mid")?;
        if m.get("is_deleted").and_then(Value::as_bool) == Some(true) {
            return Ok(Event::MessageDelete { page_id: page, mid });
        }
        let outbound = m.get("is_echo").and_then(Value::as_bool) == Some(true)
            || sender.as_deref() == Some(page_id);
        let fan_id = if outbound { recipient } else { sender }.ok_or("message without fan id")?;
        let attachments = m
            .get("attachments")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| {
                        text(x.get("payload").and_then(|p| p.get("url")))
                            .or_else(|| text(x.get("type")))
                    })
                    .collect()
            })
            .unwrap_or_default();
        return Ok(Event::Message {
            page_id: page,
            fan_id,
            mid,
            text: text(m.get("text")),
            attachments,
            outbound,
            timestamp_ms,
        });
    }
    if let Some(ed) = e.get("message_edit") {
        return Ok(Event::MessageEdit {
            page_id: page,
            mid: id(ed.get("mid")).ok_or("edit without mid")?,
            text: text(ed.get("text")).unwrap_or_default(),
        });
    }
    if let Some(r) = e.get("reaction") {
        return Ok(Event::Reaction {
            page_id: page,
            fan_id: sender.ok_or("reaction without sender")?,
            mid: id(r.get("mid")).ok_or("reaction without mid")?,
            action: text(r.get("action")).unwrap_or_else(|| "react".into()),
            emoji: text(r.get("emoji")),
        });
    }
    if let Some(p) = e.get("postback") {
        return Ok(Event::Postback {
            page_id: page,
            fan_id: sender.ok_or("postback without sender")?,
            title: text(p.get("title")).unwrap_or_default(),
            payload: text(p.get("payload")).unwrap_or_default(),
            timestamp_ms,
        });
    }
    for (key, read) in [("delivery", false), ("read", true)] {
        if let Some(r) = e.get(key) {
            return Ok(Event::Receipt {
                page_id: page,
                fan_id: sender.ok_or("receipt without sender")?,
                read,
                watermark_ms: int(r.get("watermark")).unwrap_or(0),
            });
        }
    }
    let keys: Vec<&str> = e
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    Err(format!("unknown messaging event ({})", keys.join(", ")))
}

fn change(page_id: &str, ch: &Value) -> Result<Event, String> {
    let field = ch.get("field").and_then(Value::as_str).unwrap_or("");
    if field != "feed" {
        return Err(format!("field `{field}` is not handled"));
    }
    let v = ch.get("value").ok_or("change without value")?;
    let item = v.get("item").and_then(Value::as_str).unwrap_or("");
    let verb_text = v.get("verb").and_then(Value::as_str).unwrap_or("");
    let verb = Verb::parse(verb_text).ok_or_else(|| format!("unknown verb `{verb_text}`"))?;
    let from_id = id(v.get("from").and_then(|f| f.get("id"))).unwrap_or_default();
    let from_name = text(v.get("from").and_then(|f| f.get("name"))).unwrap_or_default();
    let outbound = from_id == page_id;
    let post_id = id(v.get("post_id")).ok_or("feed change without post_id")?;
    let created_time = int(v.get("created_time")).unwrap_or(0);
    let page = page_id.to_string();
    match item {
        "comment" => {
            let comment_id = id(v.get("comment_id")).ok_or("comment without comment_id")?;
            let parent = id(v.get("parent_id")).filter(|p| p != &post_id);
            Ok(Event::Comment {
                page_id: page,
                post_id,
                comment_id,
                parent_id: parent,
                from_id,
                from_name,
                message: text(v.get("message")),
                verb,
                outbound,
                created_time,
            })
        }
        "post" | "status" | "photo" | "video" => Ok(Event::Post {
            page_id: page,
            post_id,
            from_id,
            from_name,
            message: text(v.get("message")),
            verb,
            outbound,
            created_time,
        }),
        "reaction" => Ok(Event::FeedReaction {
            page_id: page,
            post_id,
            from_id,
            reaction: text(v.get("reaction_type")).unwrap_or_else(|| "like".into()),
            verb,
        }),
        other => Err(format!("feed item `{other}` is not handled")),
    }
}

#[cfg(test)]
#[path = "webhook_tests.rs"]
mod tests;
