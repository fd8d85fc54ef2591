//! The desk: every use case of Switchboard, written once against the store
//! trait and called by every front (desktop window, CLI, webhook server).
//!
//! A use case reads the clock through `Desk::now`, decides with the pure
//! rules of `switchboard-domain`, writes through the store, and announces
//! what changed (ids only) on a broadcast channel, so that a front refetches
//! what it shows instead of receiving data it did not ask for.

pub mod alerts;
pub mod case_labels;
pub mod cases;
pub mod claims;
pub mod cluster_edit;
mod cluster_keep;
pub mod cluster_reply;
pub mod clusters;
pub mod collision;
pub mod communities;
pub mod connect;
pub mod connector;
pub mod crisis;
pub mod crisis_desk;
pub mod demo;
mod draft_merge;
mod error;
pub mod events;
pub mod expert_csv;
pub mod experts;
pub mod follow;
pub mod handoffs;
mod identity;
pub mod inbound;
pub mod inbound_batch;
mod live_clusters;
pub mod mailto;
pub mod meta_ingest;
pub mod page_messages;
pub mod playbooks;
pub mod presence;
pub mod privacy;
pub mod queue;
pub mod replies;
pub mod reply_locale;
pub mod reports;
pub mod settings;
pub mod signature;
pub mod snooze;
pub mod spikes;
pub mod statement;
pub mod suggest;
pub mod team;
pub mod template_edit;
pub mod template_exchange;
pub mod templates;
pub mod view;
pub mod workspace;

pub use connect::{DatabaseUrl, OpenMode, UrlSource};
pub use error::DeskError;
pub use events::Change;
pub use follow::{ChangeFollower, ChangeLogReader, LogRead};
pub use settings::Settings;
pub use view::{ErrorPayload, QueuePage, WorkspaceInfo};

use chrono::{DateTime, Utc};
use std::sync::Arc;
use switchboard_store::Store;
use tokio::sync::broadcast;

pub type DeskResult<T> = Result<T, DeskError>;

/// Where `now` comes from: the system clock, or a fixed instant in tests and
/// reproducible runs.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    System,
    Fixed(DateTime<Utc>),
}

#[derive(Clone)]
pub struct Desk {
    store: Arc<dyn Store>,
    events: broadcast::Sender<Change>,
    clock: Clock,
    /// The login's team membership, read once (see `identity`).
    login: Arc<tokio::sync::OnceCell<Option<switchboard_store::TeamLogin>>>,
    /// The crisis clusters of every open case, kept current from the
    /// change log (`live_clusters`); built by the first reading.
    live_clusters: Arc<tokio::sync::Mutex<Option<live_clusters::LiveClusters>>>,
}

impl Desk {
    /// Closes the workspace's connections (see `Store::close`); for a
    /// process that is about to end.
    pub async fn close_workspace(&self) {
        self.store.close().await
    }

    pub fn new(store: Arc<dyn Store>) -> Desk {
        let (events, _) = broadcast::channel(1024);
        Desk {
            store,
            events,
            clock: Clock::System,
            login: Arc::default(),
            live_clusters: Arc::default(),
        }
    }

    pub fn with_clock(mut self, clock: Clock) -> Desk {
        self.clock = clock;
        self
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self.clock {
            Clock::System => Utc::now(),
            Clock::Fixed(t) => t,
        }
    }

    /// The store, for the desk's own use cases only: fronts call the desk
    /// (docs/decisions/014-desk-boundary.md).
    pub(crate) fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    /// Changes made through this desk from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.events.subscribe()
    }

    pub(crate) fn emit(&self, change: Change) {
        // No subscriber is not an error: the CLI has none.
        let _ = self.events.send(change);
    }
}
