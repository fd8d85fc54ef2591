//! The Meta connector in solo mode: each connected community is polled on
//! its own schedule (`sync`), and its outbox is sent and reconciled
//! (`outbox`). Tokens come from the keychain (`SecretStore`) by page id,
//! only at the moment of a call; the database keeps the page id, the base
//! URL and how the sync stands.
//!
//! What each Graph answer makes the community do:
//! - back off (codes 4, 17, 32, 613, usage at 95 %): wait as long as Meta
//!   says (a minute otherwise), keep the cursors, resume;
//! - re-authorise (190, or no token in the keychain): the matrix shows it;
//!   polls and sends wait until the page is connected again; nothing is
//!   dropped;
//! - unreachable or unexpected: retried after 30 seconds.

mod moderation;
mod outbox;
mod posts;
mod sync;

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use switchboard_domain::{Community, CommunityId};
use switchboard_meta::errors::Action;
use switchboard_meta::graph::{GraphClient, GraphError};
use switchboard_secrets::{Secret, SecretKey, SecretStore};
use switchboard_store::{Connection, SyncHealth, SyncStatus};

pub use sync::SyncReport;

/// The Graph API version the connector speaks.
pub const GRAPH_VERSION: &str = "v21.0";
/// Seconds between polls of a community, unless connected otherwise.
pub const DEFAULT_POLL_SECS: i64 = 60;
const RETRY_SECS: i64 = 30;
const BACK_OFF_SECS: i64 = 60;

/// What a connector's round does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    /// Poll the communities that are due, then send their outboxes (solo
    /// mode: `sync`, the window).
    SyncAndSend,
    /// Send the outboxes only (`serve`: webhooks bring the inbound).
    SendOnly,
}

/// What one round of the connector did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct TickReport {
    pub synced: u64,
    pub stored: u64,
    pub sent: u64,
    pub failed: u64,
    pub reconciled: u64,
    /// Statement posts the pages now show (published or updated).
    pub published: u64,
    /// Whether this process sent the outbox of at least one community in
    /// this round (on PostgreSQL one process at a time sends a community's
    /// outbox; see `Store::hold_sender`).
    pub sender: bool,
}

pub struct Connector {
    desk: Desk,
    secrets: Arc<dyn SecretStore>,
    app_secret: Option<Secret>,
    clients: Mutex<HashMap<String, GraphClient>>,
    /// This connector's own id, on the leases of the replies it sends.
    sender: String,
    /// How long it holds a reply it sends (see `outbox`).
    lease: Duration,
}

/// A failed Graph call as the community's health; the error is kept with
/// its code and arguments, as every front shows the desk's errors.
fn health_after(err: &DeskError, now: DateTime<Utc>, last: Option<DateTime<Utc>>) -> SyncHealth {
    let (status, wait) = match err {
        DeskError::Graph(GraphError::Meta(Action::BackOff { after })) => (
            SyncStatus::BackingOff,
            after
                .and_then(|d| Duration::from_std(d).ok())
                .unwrap_or(Duration::seconds(BACK_OFF_SECS)),
        ),
        DeskError::Graph(GraphError::Meta(Action::Reauthorize)) | DeskError::NoToken(_) => {
            return SyncHealth {
                status: SyncStatus::NeedsReauth,
                last_sync_at: last,
                last_error: Some(err.sync_error()),
                next_attempt_at: None,
            }
        }
        DeskError::Graph(GraphError::Meta(Action::Rejected { .. })) => {
            (SyncStatus::Failing, Duration::seconds(BACK_OFF_SECS))
        }
        _ => (SyncStatus::Failing, Duration::seconds(RETRY_SECS)),
    };
    SyncHealth {
        status,
        last_sync_at: last,
        last_error: Some(err.sync_error()),
        next_attempt_at: Some(now + wait),
    }
}

impl Connector {
    pub fn new(desk: Desk, secrets: Arc<dyn SecretStore>, app_secret: Option<Secret>) -> Connector {
        Connector {
            desk,
            secrets,
            app_secret,
            clients: Mutex::new(HashMap::new()),
            sender: format!("{}-{}", std::process::id(), uuid::Uuid::new_v4().simple()),
            lease: Duration::seconds(outbox::LEASE_SECS),
        }
    }

    /// Holds each reply it sends for `secs` seconds instead of two minutes.
    /// Another sender takes a reply over only after that, so it must stay
    /// well above the Graph client's 30-second timeout wherever a call can
    /// be that slow; shorter leases are for tests that stop senders on
    /// purpose.
    pub fn with_reply_lease(mut self, secs: u64) -> Connector {
        self.lease = Duration::seconds(i64::try_from(secs).unwrap_or(outbox::LEASE_SECS));
        self
    }

    pub fn desk(&self) -> &Desk {
        &self.desk
    }

    fn client(&self, base: &str) -> DeskResult<GraphClient> {
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(c) = clients.get(base) {
            return Ok(c.clone());
        }
        let c = GraphClient::new(
            base,
            self.app_secret.as_ref().map(|s| s.expose().to_string()),
        )?;
        clients.insert(base.to_string(), c.clone());
        Ok(c)
    }

    fn token(&self, community: &Community) -> DeskResult<Secret> {
        self.secrets
            .get(&SecretKey::PageToken(community.page_id.clone()))?
            .ok_or_else(|| DeskError::NoToken(community.handle.clone()))
    }

    /// Connects the community to its page: checks the token with Meta,
    /// files it in the keychain, and stores the connection. Connecting again
    /// (a new token after a 190) keeps the cursors: the sync resumes where
    /// it stopped.
    pub async fn connect_page(
        &self,
        community: CommunityId,
        base_url: &str,
        token: &Secret,
        human_agent: bool,
        poll_secs: i64,
    ) -> DeskResult<Connection> {
        let c = self.desk.store().community(community).await?;
        let base = base_url.trim().trim_end_matches('/');
        if !(base.starts_with("https://") || base.starts_with("http://127.0.0.1:")) {
            return Err(DeskError::BadInput {
                field: "graph-url",
                value: base.to_string(),
            });
        }
        let (id, _name) = self.client(base)?.page(&c.page_id, token.expose()).await?;
        if id != c.page_id {
            return Err(DeskError::WrongPage {
                community: c.handle.clone(),
                expected: c.page_id.clone(),
                found: id,
            });
        }
        self.secrets
            .set(&SecretKey::PageToken(c.page_id.clone()), token)?;
        let connection = Connection {
            community_id: c.id,
            base_url: base.to_string(),
            human_agent,
            poll_secs: poll_secs.max(1),
            connected_at: self.desk.now(),
            health: SyncHealth::fresh(),
        };
        self.desk.store().save_connection(&connection).await?;
        tracing::info!(community = %c.handle, "connected to its page");
        self.desk.emit(crate::Change::Community { id: c.id });
        Ok(connection)
    }

    /// Connects every community whose page the demo's fake Graph server at
    /// `server` (e.g. `http://127.0.0.1:4010`) has, with the tokens it
    /// hands out.
    pub async fn connect_demo_server(
        &self,
        server: &str,
        poll_secs: i64,
    ) -> DeskResult<Vec<Connection>> {
        let server = server.trim().trim_end_matches('/');
        let pages = switchboard_meta::fake::demo_pages(server).await?;
        let mut done = Vec::new();
        for community in self.desk.store().communities().await? {
            let Some((_, token)) = pages.iter().find(|(id, _)| *id == community.page_id) else {
                continue;
            };
            let base = format!("{server}/{GRAPH_VERSION}");
            let token = Secret::new(token.clone());
            done.push(
                self.connect_page(community.id, &base, &token, false, poll_secs)
                    .await?,
            );
        }
        if done.is_empty() {
            return Err(DeskError::NoDemoPages(server.to_string()));
        }
        Ok(done)
    }

    /// Forgets the connection and the page token; the cases stay.
    pub async fn disconnect(&self, community: CommunityId) -> DeskResult<()> {
        let c = self.desk.store().community(community).await?;
        self.desk.store().remove_connection(community).await?;
        self.secrets.delete(&SecretKey::PageToken(c.page_id))?;
        self.desk.emit(crate::Change::Community { id: c.id });
        Ok(())
    }

    /// One round: every connected community that is due is synced, and the
    /// outbox of every community that is not waiting for a new token is
    /// sent.
    pub async fn tick(&self) -> DeskResult<TickReport> {
        self.round(Round::SyncAndSend).await
    }

    /// One round of sending only: the outbox of every connected community
    /// that is not waiting for a new token or backing off. For `serve`,
    /// where webhooks bring what the fans write.
    pub async fn send_round(&self) -> DeskResult<TickReport> {
        self.round(Round::SendOnly).await
    }

    async fn round(&self, round: Round) -> DeskResult<TickReport> {
        let now = self.desk.now();
        let mut report = TickReport::default();
        // The desk's own time: snoozed cases whose time came are open again
        // (`sync` and `serve` run without a window).
        self.desk.wake_snoozed().await?;
        for conn in self.desk.store().connections().await? {
            if conn.health.status == SyncStatus::NeedsReauth {
                continue;
            }
            let community = self.desk.store().community(conn.community_id).await?;
            let due = conn.health.next_attempt_at.is_none_or(|t| t <= now);
            if round == Round::SendOnly {
                if conn.health.status != SyncStatus::Ok && !due {
                    continue;
                }
            } else if due {
                match self.sync_community(&conn, &community).await {
                    Ok(r) => {
                        report.synced += 1;
                        report.stored += r.stored;
                        self.set_health(
                            &community,
                            SyncHealth {
                                status: SyncStatus::Ok,
                                last_sync_at: Some(now),
                                last_error: None,
                                next_attempt_at: Some(now + Duration::seconds(conn.poll_secs)),
                            },
                        )
                        .await?;
                    }
                    Err(e) => {
                        self.record_failure(&community, &conn, &e).await?;
                        continue;
                    }
                }
            } else if conn.health.status != SyncStatus::Ok {
                // Backing off or failing: the outbox waits as well.
                continue;
            }
            if !self.desk.store().hold_sender(conn.community_id).await? {
                continue;
            }
            report.sender = true;
            let sent = self.flush_outbox(&conn, &community, round).await?;
            report.sent += sent.sent;
            report.failed += sent.failed;
            report.reconciled += sent.reconciled;
            report.published += self.flush_posts(&conn, &community, round).await?;
        }
        Ok(report)
    }

    async fn record_failure(
        &self,
        community: &Community,
        conn: &Connection,
        e: &DeskError,
    ) -> DeskResult<()> {
        if let DeskError::Store(_) = e {
            return Err(DeskError::Io {
                path: community.handle.clone(),
                reason: e.to_string(),
            });
        }
        tracing::warn!(community = %community.handle, error = %e, "sync failed");
        let health = health_after(e, self.desk.now(), conn.health.last_sync_at);
        self.set_health(community, health).await
    }

    async fn set_health(&self, community: &Community, h: SyncHealth) -> DeskResult<()> {
        self.desk.store().set_sync_health(community.id, &h).await?;
        self.desk
            .emit(crate::Change::Community { id: community.id });
        Ok(())
    }

    /// Reconciles the replies a crash left half-sent, then runs a round
    /// (`tick`, or `send_round`) every `period` until `stop` says so.
    pub async fn run(
        self: Arc<Self>,
        round: Round,
        period: std::time::Duration,
        mut stop: tokio::sync::watch::Receiver<bool>,
    ) {
        // Replies a crash left `sending` are taken over under their lease
        // by exactly one process, whichever sends their community.
        if let Err(e) = self.reconcile_all().await {
            tracing::warn!(error = %e, "reconciling the outbox failed");
        }
        let mut ticker = tokio::time::interval(period);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stop.changed() => return,
            }
            if *stop.borrow() {
                return;
            }
            if let Err(e) = self.round(round).await {
                tracing::warn!(error = %e, "connector round failed");
            }
        }
    }
}
