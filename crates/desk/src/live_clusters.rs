//! The clusters of every open case, kept current in memory from the change
//! log, so that a reading after a message arrives costs what changed, not
//! a rebuild of 20,000 cases (docs/decisions/031-cluster-replies.md).
//!
//! The first reading builds the clusterer from every open case (as a fresh
//! reading does), noting where the change log stood before it read. Each
//! later reading first reads the log from there: a case whose texts
//! changed is placed again, a case no longer open (or gone) leaves. Too
//! many changes at once (a bulk import, a reset, a pruned log) rebuild.

use crate::clusters::{CASE_MESSAGES, CLUSTER_CASES};
use crate::{Desk, DeskResult};
use std::collections::{BTreeSet, HashMap};
use switchboard_cluster::{CaseKey, Clusterer};
use switchboard_domain::{CaseId, Community, CommunityId};
use switchboard_store::{ChangeEntity, OpenCaseText};

/// More changed cases than this since the last reading: rebuild.
const REBUILD_AFTER: usize = 5_000;
/// Change-log entries read per statement.
const LOG_PAGE: u32 = 2_000;

/// The clusterer of every open case and what it was fed.
pub(crate) struct LiveClusters {
    pub(crate) clusterer: Clusterer,
    /// The change-log entry the clusterer reflects.
    seq: i64,
    /// Each case's text as fed, its first message and its page.
    pub(crate) cases: HashMap<i64, Fed>,
}

pub(crate) struct Fed {
    text: String,
    pub(crate) first: String,
    pub(crate) community: CommunityId,
}

impl LiveClusters {
    /// A clusterer fed `texts` (oldest case first), standing at log entry
    /// `seq`.
    pub(crate) fn from_texts(
        texts: &[OpenCaseText],
        pages: &HashMap<CommunityId, Community>,
        seq: i64,
    ) -> LiveClusters {
        let mut fresh = LiveClusters {
            clusterer: Clusterer::new(),
            seq,
            cases: HashMap::with_capacity(texts.len()),
        };
        for t in texts {
            fresh.feed(t, pages);
        }
        fresh
    }

    fn feed(&mut self, t: &OpenCaseText, pages: &HashMap<CommunityId, Community>) {
        let text = t.messages.join("\n");
        if self.cases.get(&t.case_id.0).is_some_and(|f| f.text == text) {
            return;
        }
        // Fed again whole: the clusterer would add new text to the old.
        self.clusterer.remove(t.case_id.0);
        let locale = pages.get(&t.community_id).map_or("", |c| c.locale.as_str());
        self.clusterer.add(
            CaseKey {
                id: t.case_id.0,
                community: t.community_id.0,
            },
            locale,
            &text,
        );
        self.cases.insert(
            t.case_id.0,
            Fed {
                first: t.messages.first().cloned().unwrap_or_default(),
                text,
                community: t.community_id,
            },
        );
    }
}

impl Desk {
    /// Runs `read` on the live clusters of every open case, brought up to
    /// date first.
    pub(crate) async fn with_live_clusters<T>(
        &self,
        pages: &HashMap<CommunityId, Community>,
        read: impl FnOnce(&LiveClusters) -> T,
    ) -> DeskResult<T> {
        let mut guard = self.live_clusters.lock().await;
        // Taken out while it is brought up to date: a reading that fails
        // halfway leaves nothing behind, and the next one rebuilds.
        let current = match guard.take() {
            Some(mut l) => self.catch_up(&mut l, pages).await?.then_some(l),
            None => None,
        };
        let live = match current {
            Some(l) => l,
            None => self.build_live(pages).await?,
        };
        let out = read(&live);
        *guard = Some(live);
        Ok(out)
    }

    /// Every open case, fed afresh.
    async fn build_live(
        &self,
        pages: &HashMap<CommunityId, Community>,
    ) -> DeskResult<LiveClusters> {
        let store = self.store();
        // Where the log stands before the read: a change made meanwhile is
        // read again by the next catch-up, which feeds it once.
        let seq = store.latest_change().await?;
        let texts = store
            .open_case_texts(&[], CLUSTER_CASES, CASE_MESSAGES)
            .await?;
        Ok(LiveClusters::from_texts(&texts, pages, seq))
    }

    /// Applies the change log since `l` was last brought up to date; false
    /// when it must be rebuilt instead.
    async fn catch_up(
        &self,
        l: &mut LiveClusters,
        pages: &HashMap<CommunityId, Community>,
    ) -> DeskResult<bool> {
        let store = self.store();
        let pruned = store
            .workspace_note("changes_pruned_through")
            .await?
            .and_then(|v| v.parse::<i64>().ok())
            .is_some_and(|through| through > l.seq);
        if pruned {
            return Ok(false);
        }
        let mut changed: BTreeSet<i64> = BTreeSet::new();
        let mut seq = l.seq;
        loop {
            let page = store.changes_since(seq, LOG_PAGE).await?;
            let Some(last) = page.last() else { break };
            seq = last.seq;
            for c in &page {
                match c.entity {
                    ChangeEntity::Case => {
                        changed.insert(c.id);
                    }
                    ChangeEntity::Workspace => return Ok(false),
                    _ => {}
                }
            }
            if changed.len() > REBUILD_AFTER {
                return Ok(false);
            }
            if page.len() < LOG_PAGE as usize {
                break;
            }
        }
        let ids: Vec<CaseId> = changed.iter().copied().map(CaseId).collect();
        let texts = store.case_texts(&ids, CASE_MESSAGES).await?;
        let open: BTreeSet<i64> = texts.iter().map(|t| t.case_id.0).collect();
        for id in changed.iter().filter(|id| !open.contains(id)) {
            l.clusterer.remove(*id);
            l.cases.remove(id);
        }
        for t in &texts {
            l.feed(t, pages);
        }
        l.seq = seq;
        Ok(true)
    }
}
