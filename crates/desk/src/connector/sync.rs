//! Polling one community: its Messenger conversations and its feed.
//!
//! Both are lists of containers (conversations; posts) ordered by latest
//! activity, each holding items newest first (messages; comments). A pass
//! walks the containers until one is older than the previous pass's
//! high-water mark; for each container that moved since its own mark, it
//! reads the new items and records them oldest first, then moves the
//! container's mark. Cursors are stored after each page of containers, so
//! a pass cut short (a crash, a 190, a back-off) resumes where it stopped;
//! whatever is read twice is recorded once (inbound is idempotent by
//! platform id).
//!
//! Stored cursors, per community: `<stream>.seen` (the mark of the last
//! complete pass), `<stream>.after` and `<stream>.high` (an unfinished
//! pass), and `<stream>:<container id>` (each container's mark). A first
//! pass looks back seven days.

use super::Connector;
use crate::DeskResult;
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use switchboard_domain::Community;
use switchboard_meta::graph::{GraphClient, GraphError, Page};
use switchboard_meta::webhook::{Event, Verb};
use switchboard_store::Connection;

const LOOK_BACK_DAYS: i64 = 7;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub stored: u64,
    pub containers: u64,
}

/// Graph's time (`2026-11-22T10:00:00+0000`) as an instant.
pub(crate) fn graph_instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%z")
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// One container and its latest activity.
struct Container {
    id: String,
    updated: String,
    /// A visitor's post is itself a fan's message.
    post: Option<Event>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    Messenger,
    Feed,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Messenger => "conversations",
            Stream::Feed => "feed",
        }
    }
}

struct Ctx<'a> {
    client: GraphClient,
    token: String,
    community: &'a Community,
    cursors: HashMap<String, String>,
}

impl Connector {
    pub(crate) async fn sync_community(
        &self,
        conn: &Connection,
        community: &Community,
    ) -> DeskResult<SyncReport> {
        let token = self.token(community)?;
        let mut ctx = Ctx {
            client: self.client(&conn.base_url)?,
            token: token.expose().to_string(),
            community,
            cursors: self
                .desk
                .store()
                .sync_cursors(community.id)
                .await?
                .into_iter()
                .collect(),
        };
        let mut report = SyncReport::default();
        for stream in [Stream::Messenger, Stream::Feed] {
            self.sync_stream(&mut ctx, stream, &mut report).await?;
        }
        Ok(report)
    }

    async fn containers(
        &self,
        ctx: &Ctx<'_>,
        stream: Stream,
        after: Option<&str>,
    ) -> Result<Page<Container>, GraphError> {
        let page_id = &ctx.community.page_id;
        Ok(match stream {
            Stream::Messenger => {
                let p = ctx.client.conversations(page_id, &ctx.token, after).await?;
                Page {
                    data: p
                        .data
                        .into_iter()
                        .map(|c| Container {
                            id: c.id,
                            updated: c.updated_time,
                            post: None,
                        })
                        .collect(),
                    after: p.after,
                }
            }
            Stream::Feed => {
                let p = ctx.client.feed(page_id, &ctx.token, after).await?;
                Page {
                    data: p
                        .data
                        .into_iter()
                        .map(|x| Container {
                            post: (x.from_id != *page_id).then(|| Event::Post {
                                page_id: page_id.clone(),
                                post_id: x.id.clone(),
                                from_id: x.from_id.clone(),
                                from_name: x.from_name.clone(),
                                message: Some(x.text.clone()),
                                verb: Verb::Add,
                                outbound: false,
                                created_time: graph_instant(&x.created_time)
                                    .map_or(0, |t| t.timestamp()),
                            }),
                            id: x.id,
                            updated: x.updated_time,
                        })
                        .collect(),
                    after: p.after,
                }
            }
        })
    }

    async fn sync_stream(
        &self,
        ctx: &mut Ctx<'_>,
        stream: Stream,
        report: &mut SyncReport,
    ) -> DeskResult<()> {
        let name = stream.name();
        let look_back = self.desk.now() - Duration::days(LOOK_BACK_DAYS);
        let seen = ctx.cursors.get(&format!("{name}.seen")).cloned();
        let floor = seen.as_deref().and_then(graph_instant).unwrap_or(look_back);
        let mut after = ctx.cursors.get(&format!("{name}.after")).cloned();
        let mut high = ctx.cursors.get(&format!("{name}.high")).cloned();
        loop {
            let page = self.containers(ctx, stream, after.as_deref()).await?;
            if high.is_none() {
                high = page.data.iter().map(|c| c.updated.clone()).max();
            }
            let mut older = false;
            for c in &page.data {
                if graph_instant(&c.updated).is_some_and(|t| t < floor) {
                    older = true;
                    break;
                }
                report.containers += 1;
                report.stored += self.sync_container(ctx, stream, c).await?;
            }
            let done = older || page.after.is_none();
            let cursors = if done {
                vec![
                    (format!("{name}.seen"), high.clone().or(seen.clone())),
                    (format!("{name}.after"), None),
                    (format!("{name}.high"), None),
                ]
            } else {
                vec![
                    (format!("{name}.after"), page.after.clone()),
                    (format!("{name}.high"), high.clone()),
                ]
            };
            self.desk
                .store()
                .save_sync_cursors(ctx.community.id, &cursors)
                .await?;
            if done {
                return Ok(());
            }
            after = page.after;
        }
    }

    /// Reads a container's new items and records them oldest first;
    /// returns how many were new.
    async fn sync_container(
        &self,
        ctx: &mut Ctx<'_>,
        stream: Stream,
        c: &Container,
    ) -> DeskResult<u64> {
        let key = format!("{}:{}", stream.name(), c.id);
        let mark = ctx.cursors.get(&key).cloned();
        // Graph's times are in seconds: activity within the same second as
        // the mark may be new, so a container that moved in the last minute
        // is read again when its time equals the mark (recording is
        // idempotent).
        let recent =
            graph_instant(&c.updated).is_some_and(|t| self.desk.now() - t < Duration::seconds(60));
        if let Some(m) = mark.as_deref() {
            if m > c.updated.as_str() || (m == c.updated && !recent) {
                return Ok(0);
            }
        }
        let since = mark.as_deref().and_then(graph_instant);
        let page_id = ctx.community.page_id.clone();
        let mut events = Vec::new();
        let mut names = HashMap::new();
        if mark.is_none() {
            events.extend(c.post.clone());
        }
        let mut after: Option<String> = None;
        'pages: loop {
            let (items, next) = match stream {
                Stream::Messenger => {
                    let p = ctx
                        .client
                        .messages(&c.id, &ctx.token, after.as_deref())
                        .await?;
                    let items: Vec<(DateTime<Utc>, Event)> = p
                        .data
                        .into_iter()
                        .map(|m| {
                            let at = graph_instant(&m.created_time).unwrap_or_else(Utc::now);
                            let outbound = m.from_id == page_id;
                            // The fan is the sender, or the recipient of
                            // what the page wrote.
                            let fan_id = if outbound { m.to_id } else { m.from_id };
                            if !outbound {
                                names.insert(fan_id.clone(), m.from_name.clone());
                            }
                            let event = Event::Message {
                                page_id: page_id.clone(),
                                fan_id,
                                mid: m.id,
                                text: Some(m.text),
                                attachments: Vec::new(),
                                outbound,
                                timestamp_ms: at.timestamp_millis(),
                            };
                            (at, event)
                        })
                        .collect();
                    (items, p.after)
                }
                Stream::Feed => {
                    let p = ctx
                        .client
                        .comments(&c.id, &ctx.token, after.as_deref())
                        .await?;
                    let items = p
                        .data
                        .into_iter()
                        .map(|m| {
                            let at = graph_instant(&m.created_time).unwrap_or_else(Utc::now);
                            let event = Event::Comment {
                                page_id: page_id.clone(),
                                post_id: c.id.clone(),
                                outbound: m.from_id == page_id,
                                comment_id: m.id,
                                parent_id: m.parent_id,
                                from_id: m.from_id,
                                from_name: m.from_name,
                                message: Some(m.text),
                                verb: Verb::Add,
                                created_time: at.timestamp(),
                            };
                            (at, event)
                        })
                        .collect();
                    (items, p.after)
                }
            };
            for (at, event) in items {
                // Items at the mark itself are read again: equal times are
                // common, and recording is idempotent.
                if since.is_some_and(|s| at < s) {
                    break 'pages;
                }
                events.push(event);
            }
            match next {
                Some(n) => after = Some(n),
                None => break,
            }
        }
        // Newest first from Graph; recorded oldest first, so that cases
        // open and reopen in the order the fan wrote.
        let posts = events
            .iter()
            .filter(|e| matches!(e, Event::Post { .. }))
            .count();
        events[posts..].reverse();
        let summary = self.desk.ingest_named(&events, &names).await?;
        self.desk
            .store()
            .save_sync_cursors(ctx.community.id, &[(key.clone(), Some(c.updated.clone()))])
            .await?;
        ctx.cursors.insert(key, c.updated.clone());
        Ok(summary.stored)
    }
}
