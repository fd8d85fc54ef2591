//! Following what changes in a workspace, for a front that keeps a view
//! current without reloading it, and for a script that follows the desk.
//!
//! Changes made through this desk arrive at once on its broadcast channel;
//! changes made by another process (the CLI, `sync`, a teammate on the same
//! PostgreSQL) are read from the store's change log. Both are gathered into
//! batches that name each changed thing once; the front refetches what it
//! shows.
//!
//! The change log is the reference: a local change the channel dropped (a
//! slow reader) is still read from the log. Its entries become visible in
//! the order of their numbers on both backends (see the store's commit), so
//! the log is read from the last number seen and nothing is skipped; a
//! reader that stood below entries since pruned reads everything again. On
//! PostgreSQL the log is read as soon as a commit notifies it, at the latest
//! every `POLL`.

use crate::{Change, Desk};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};
use switchboard_domain::{CaseId, CommunityId};
use switchboard_store::{ChangeEntity, ChangeRecord};
use tokio::sync::broadcast;

/// How often the change log is read when nothing wakes the reader.
pub const POLL: Duration = Duration::from_secs(1);
/// How long local changes are gathered into one batch.
pub const BATCH: Duration = Duration::from_millis(500);
/// Change log entries read per request.
const PAGE: u32 = 2000;
/// Requests per read at most (the rest waits for the next read).
const PAGES_PER_READ: usize = 10;
/// The workspace note where the store keeps the newest number pruned.
const PRUNED_THROUGH: &str = "changes_pruned_through";

/// A change as a set key, so a batch names each thing once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum ChangeKey {
    Workspace,
    Community(i64),
    Case(i64, i64),
}

impl From<Change> for ChangeKey {
    fn from(c: Change) -> Self {
        match c {
            Change::Workspace => ChangeKey::Workspace,
            Change::Community { id } => ChangeKey::Community(id.0),
            Change::Case { id, community } => ChangeKey::Case(id.0, community.0),
        }
    }
}

impl ChangeKey {
    /// What a front refetches for a log entry; a message's case has an entry
    /// of its own beside it.
    fn of(r: &ChangeRecord) -> Option<ChangeKey> {
        match r.entity {
            ChangeEntity::Workspace => Some(ChangeKey::Workspace),
            ChangeEntity::Community => Some(ChangeKey::Community(r.id)),
            ChangeEntity::Case => Some(ChangeKey::Case(r.id, r.community_id.map_or(0, |c| c.0))),
            ChangeEntity::Message => None,
            // Declared, ended, or its posts moved: rare, and the banner,
            // the matrix and the clocks of new cases all depend on it.
            ChangeEntity::Crisis => Some(ChangeKey::Workspace),
        }
    }

    fn into_change(self) -> Change {
        match self {
            ChangeKey::Workspace => Change::Workspace,
            ChangeKey::Community(id) => Change::Community {
                id: CommunityId(id),
            },
            ChangeKey::Case(id, community) => Change::Case {
                id: CaseId(id),
                community: CommunityId(community),
            },
        }
    }
}

/// What a read of the change log found.
#[derive(Debug, Clone, PartialEq)]
pub enum LogRead {
    /// The entries after the last one read, in order (maybe none).
    Entries(Vec<ChangeRecord>),
    /// Entries this reader had not read were pruned: whatever it keeps
    /// must be read again whole. Reading goes on from the log's end.
    Resync,
}

/// Reads the change log in order from a point, each entry once, waking at
/// a PostgreSQL commit or when its wait ends.
pub struct ChangeLogReader {
    desk: Desk,
    cursor: i64,
    wakes: u64,
}

impl Desk {
    /// A reader of the change log after entry `from` (None: from its end,
    /// what changes from now on).
    pub async fn read_changes(&self, from: Option<i64>) -> crate::DeskResult<ChangeLogReader> {
        let cursor = match from {
            Some(seq) => seq,
            None => self.store().latest_change().await?,
        };
        Ok(ChangeLogReader {
            desk: self.clone(),
            cursor,
            wakes: u64::MAX,
        })
    }

    /// A follower of this workspace's changes from now on. Its first batch
    /// says `Workspace`: whoever starts following refetches everything once.
    pub async fn follow_changes(&self) -> crate::DeskResult<ChangeFollower> {
        let local = self.subscribe();
        let log = self.read_changes(None).await?;
        Ok(ChangeFollower {
            local,
            log,
            pending: BTreeSet::from([ChangeKey::Workspace]),
            last_poll: None,
            batch: BATCH,
            poll: POLL,
        })
    }

    /// Deletes change log entries older than `days` days; readers that had
    /// not read them read everything again.
    pub async fn prune_changes(&self, days: u32) -> crate::DeskResult<u64> {
        let before = self.now() - chrono::Duration::days(i64::from(days));
        Ok(self.store().prune_changes(before).await?)
    }
}

impl ChangeLogReader {
    /// The number of the last entry read.
    pub fn cursor(&self) -> i64 {
        self.cursor
    }

    /// Waits up to `wait` for a wake-up (a PostgreSQL commit that wrote
    /// changes, a reconnect; on SQLite the wait runs out), then reads what
    /// is new.
    pub async fn next(&mut self, wait: Duration) -> crate::DeskResult<LogRead> {
        self.wakes = self.desk.store().wait_for_changes(self.wakes, wait).await?;
        self.read().await
    }

    /// Whether a wake-up came since the last wait (never on SQLite after
    /// the first).
    async fn woken(&mut self) -> crate::DeskResult<bool> {
        let before = self.wakes;
        self.wakes = self
            .desk
            .store()
            .wait_for_changes(self.wakes, Duration::ZERO)
            .await?;
        Ok(self.wakes != before)
    }

    /// Reads what is new now, without waiting.
    pub async fn read(&mut self) -> crate::DeskResult<LogRead> {
        let store = self.desk.store();
        let mut out = Vec::new();
        for _ in 0..PAGES_PER_READ {
            let page = store.changes_since(self.cursor, PAGE).await?;
            let gap = page.first().is_none_or(|r| r.seq > self.cursor + 1);
            if out.is_empty() && gap && self.pruned_past().await? {
                self.cursor = store.latest_change().await?;
                return Ok(LogRead::Resync);
            }
            let full = page.len() >= PAGE as usize;
            if let Some(last) = page.last() {
                self.cursor = last.seq;
            }
            out.extend(page);
            if !full {
                break;
            }
        }
        Ok(LogRead::Entries(out))
    }

    /// Whether entries after the cursor were pruned.
    async fn pruned_past(&self) -> crate::DeskResult<bool> {
        let through = self
            .desk
            .store()
            .workspace_note(PRUNED_THROUGH)
            .await?
            .and_then(|v| v.parse::<i64>().ok());
        Ok(through.is_some_and(|t| t > self.cursor))
    }
}

/// Follows a workspace's changes from the moment it was made, in batches
/// for a front; see the module's documentation.
pub struct ChangeFollower {
    local: broadcast::Receiver<Change>,
    log: ChangeLogReader,
    pending: BTreeSet<ChangeKey>,
    last_poll: Option<Instant>,
    batch: Duration,
    poll: Duration,
}

impl ChangeFollower {
    /// Other intervals than the window's (tests, a faster front).
    pub fn with_intervals(mut self, batch: Duration, poll: Duration) -> Self {
        self.batch = batch;
        self.poll = poll;
        self
    }

    /// One batch: the local changes of one batch interval and the change
    /// log's when it was woken (PostgreSQL) or a poll is due; each changed
    /// thing once. Empty when nothing changed. A change log that cannot be
    /// read is logged and read again later, from where it stopped.
    pub async fn next_batch(&mut self) -> Vec<Change> {
        let deadline = tokio::time::Instant::now() + self.batch;
        loop {
            match tokio::time::timeout_at(deadline, self.local.recv()).await {
                Ok(Ok(change)) => {
                    self.pending.insert(ChangeKey::from(change));
                }
                // Dropped local changes are in the change log.
                Ok(Err(broadcast::error::RecvError::Lagged(_))) => {}
                Ok(Err(broadcast::error::RecvError::Closed)) => {
                    tokio::time::sleep_until(deadline).await;
                    break;
                }
                Err(_) => break,
            }
        }
        let due = self.last_poll.is_none_or(|t| t.elapsed() >= self.poll);
        let read = match self.log.woken().await {
            Ok(woken) if woken || due => {
                self.last_poll = Some(Instant::now());
                self.log.read().await
            }
            Ok(_) => Ok(LogRead::Entries(Vec::new())),
            Err(e) => Err(e),
        };
        match read {
            Ok(LogRead::Entries(entries)) => {
                self.pending
                    .extend(entries.iter().filter_map(ChangeKey::of));
            }
            Ok(LogRead::Resync) => {
                self.pending.insert(ChangeKey::Workspace);
            }
            Err(e) => tracing::warn!(error = %e, "cannot read the change log"),
        }
        std::mem::take(&mut self.pending)
            .into_iter()
            .map(ChangeKey::into_change)
            .collect()
    }
}
