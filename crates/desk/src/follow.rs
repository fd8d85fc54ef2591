//! Following what changes in a workspace, for a front that keeps a view
//! current without reloading it.
//!
//! Changes made through this desk arrive at once on its broadcast channel;
//! changes made by another process (the CLI, `sync`, a teammate on the same
//! PostgreSQL) are read from the store's change log, at most once per poll
//! interval. Both are gathered into batches that name each changed thing
//! once; the front refetches what it shows.
//!
//! The change log is the reference: a local change the channel dropped (a
//! slow reader) is still read from the log. Sequence numbers are taken when
//! a change is written, not when it commits, so on PostgreSQL a later number
//! can become visible before an earlier one; a gap below the newest number
//! seen is read again for `GAP_GRACE` before the follower moves past it (a
//! rolled-back transaction leaves a gap that never fills), and a change read
//! twice is reported once.

use crate::{Change, Desk};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};
use switchboard_domain::{CaseId, CommunityId};
use switchboard_store::{ChangeEntity, ChangeRecord};
use tokio::sync::broadcast;

/// How often the change log is read.
pub const POLL: Duration = Duration::from_secs(1);
/// How long local changes are gathered into one batch.
pub const BATCH: Duration = Duration::from_millis(500);
/// How long a gap in the change log is waited for.
pub const GAP_GRACE: Duration = Duration::from_secs(10);
/// Change log entries read per request.
const PAGE: u32 = 2000;
/// Requests per poll at most (the rest waits for the next poll).
const PAGES_PER_POLL: usize = 10;
/// Gaps tracked at most; past that the oldest are given up.
const MAX_GAPS: usize = 10_000;

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

impl From<&ChangeRecord> for ChangeKey {
    fn from(r: &ChangeRecord) -> Self {
        match r.entity {
            ChangeEntity::Workspace => ChangeKey::Workspace,
            ChangeEntity::Community => ChangeKey::Community(r.id),
            ChangeEntity::Case => ChangeKey::Case(r.id, r.community_id.map_or(0, |c| c.0)),
        }
    }
}

impl ChangeKey {
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

/// Where a follower stands in the change log: every entry up to `floor`
/// was reported (or its gap given up); entries above it that were reported
/// are in `seen`; numbers missing between them wait in `gaps` since when
/// they were first missed.
#[derive(Debug, Default)]
struct LogCursor {
    floor: i64,
    seen: BTreeSet<i64>,
    gaps: BTreeMap<i64, Instant>,
}

impl LogCursor {
    fn at(seq: i64) -> LogCursor {
        LogCursor {
            floor: seq,
            ..LogCursor::default()
        }
    }

    /// The entries of `records` not reported yet; then the floor moves up
    /// over what is complete and over gaps older than `grace`.
    fn take(&mut self, records: &[ChangeRecord], now: Instant, grace: Duration) -> Vec<ChangeKey> {
        let mut fresh = Vec::new();
        for r in records {
            if r.seq > self.floor && self.seen.insert(r.seq) {
                self.gaps.remove(&r.seq);
                fresh.push(ChangeKey::from(r));
            }
        }
        if let Some(&top) = self.seen.last() {
            let mut missing = (self.floor + 1..top).filter(|s| !self.seen.contains(s));
            for seq in missing.by_ref().take(MAX_GAPS) {
                self.gaps.entry(seq).or_insert(now);
            }
        }
        while self.gaps.len() > MAX_GAPS {
            self.gaps.pop_first();
        }
        loop {
            let next = self.floor + 1;
            if self.seen.remove(&next) {
                self.floor = next;
            } else if let Some(&since) = self.gaps.get(&next) {
                if now.duration_since(since) < grace {
                    break;
                }
                self.gaps.remove(&next);
                self.floor = next;
            } else if self.seen.is_empty() {
                break;
            } else {
                // Gaps given up as too many to track: on to the next number
                // seen or waited for.
                let seen = self.seen.first().copied().unwrap_or(i64::MAX);
                let gap = self.gaps.keys().next().copied().unwrap_or(i64::MAX);
                self.floor = seen.min(gap) - 1;
            }
        }
        fresh
    }
}

/// Follows a workspace's changes from the moment it was made; see the
/// module's documentation.
pub struct ChangeFollower {
    desk: Desk,
    local: broadcast::Receiver<Change>,
    log: LogCursor,
    pending: BTreeSet<ChangeKey>,
    last_poll: Option<Instant>,
    batch: Duration,
    poll: Duration,
    grace: Duration,
}

impl Desk {
    /// A follower of this workspace's changes from now on. Its first batch
    /// says `Workspace`: whoever starts following refetches everything once.
    pub async fn follow_changes(&self) -> crate::DeskResult<ChangeFollower> {
        let local = self.subscribe();
        let cursor = self.change_cursor().await?;
        Ok(ChangeFollower {
            desk: self.clone(),
            local,
            log: LogCursor::at(cursor),
            pending: BTreeSet::from([ChangeKey::Workspace]),
            last_poll: None,
            batch: BATCH,
            poll: POLL,
            grace: GAP_GRACE,
        })
    }
}

impl ChangeFollower {
    /// Other intervals than the window's (tests, a faster front).
    pub fn with_intervals(mut self, batch: Duration, poll: Duration, grace: Duration) -> Self {
        self.batch = batch;
        self.poll = poll;
        self.grace = grace;
        self
    }

    /// One batch: the local changes of one batch interval and, when a poll
    /// is due, the change log's; each changed thing once. Empty when nothing
    /// changed. A change log that cannot be read is logged and read again at
    /// the next poll, from where it stopped.
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
        if self.last_poll.is_none_or(|t| t.elapsed() >= self.poll) {
            self.last_poll = Some(Instant::now());
            if let Err(e) = self.read_log().await {
                tracing::warn!(error = %e, "cannot read the change log");
            }
        }
        std::mem::take(&mut self.pending)
            .into_iter()
            .map(ChangeKey::into_change)
            .collect()
    }

    async fn read_log(&mut self) -> crate::DeskResult<()> {
        let mut from = self.log.floor;
        for _ in 0..PAGES_PER_POLL {
            let page = self.desk.store().changes_since(from, PAGE).await?;
            let full = page.len() >= PAGE as usize;
            if let Some(last) = page.last() {
                from = last.seq;
            }
            self.pending
                .extend(self.log.take(&page, Instant::now(), self.grace));
            if !full {
                break;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(seq: i64, case: i64) -> ChangeRecord {
        ChangeRecord {
            seq,
            entity: ChangeEntity::Case,
            id: case,
            community_id: Some(CommunityId(1)),
        }
    }

    #[test]
    fn a_change_that_commits_late_is_still_reported_once() {
        let t0 = Instant::now();
        let grace = Duration::from_secs(10);
        let mut c = LogCursor::at(10);
        // 12 committed before 11: 11 is a gap, the floor waits below it.
        let got = c.take(&[rec(12, 2)], t0, grace);
        assert_eq!(got, vec![ChangeKey::Case(2, 1)]);
        assert_eq!(c.floor, 10);
        // Read again from the floor: 12 is not reported twice, 11 is new.
        let got = c.take(&[rec(11, 1), rec(12, 2)], t0, grace);
        assert_eq!(got, vec![ChangeKey::Case(1, 1)]);
        assert_eq!(c.floor, 12);
        assert!(c.seen.is_empty() && c.gaps.is_empty());
    }

    #[test]
    fn a_gap_that_never_fills_is_given_up_after_the_grace() {
        let t0 = Instant::now();
        let grace = Duration::from_secs(10);
        let mut c = LogCursor::at(0);
        assert_eq!(c.take(&[rec(1, 1), rec(3, 3)], t0, grace).len(), 2);
        assert_eq!(c.floor, 1);
        assert!(c
            .take(&[rec(3, 3)], t0 + Duration::from_secs(5), grace)
            .is_empty());
        assert_eq!(c.floor, 1);
        assert!(c.take(&[rec(3, 3)], t0 + grace, grace).is_empty());
        assert_eq!(c.floor, 3);
        assert!(c.seen.is_empty() && c.gaps.is_empty());
    }

    #[test]
    fn entries_at_or_below_the_floor_are_not_reported() {
        let mut c = LogCursor::at(5);
        assert!(c
            .take(&[rec(4, 4), rec(5, 5)], Instant::now(), Duration::ZERO)
            .is_empty());
        assert_eq!(c.floor, 5);
    }
}
