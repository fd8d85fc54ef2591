//! What agents decide about crisis clusters: a name, two clusters that are
//! one, cases that are another matter. Each decision is kept in the store
//! and holds over later readings (`cluster_keep`): a case an agent placed
//! stays where it was put (docs/decisions/031-cluster-replies.md).

use crate::{Desk, DeskError, DeskResult};
use std::collections::HashSet;
use switchboard_domain::CaseId;
use switchboard_store::{ClusterCase, StoreError};

impl Desk {
    /// Names cluster `id`; None or a blank name gives back the automatic
    /// label.
    pub async fn rename_cluster(&self, id: u64, label: Option<&str>) -> DeskResult<()> {
        Ok(self.store().name_cluster(id as i64, label).await?)
    }

    /// Makes cluster `from` part of cluster `into`: its cases move there and
    /// stay. Returns how many cases moved.
    pub async fn merge_clusters(&self, into: u64, from: u64) -> DeskResult<usize> {
        let (into, from) = (into as i64, from as i64);
        let mut rows = self.kept_rows(&[into, from]).await?;
        let mut moved = 0;
        for r in rows
            .iter_mut()
            .filter(|r| r.cluster_id == from && into != from)
        {
            r.cluster_id = into;
            r.placed = true;
            moved += 1;
        }
        self.store().save_cluster_cases(&[], &rows).await?;
        Ok(moved)
    }

    /// Takes `cases` out of cluster `id` into a new cluster, where they
    /// stay; returns its id.
    pub async fn split_cluster(&self, id: u64, cases: &[CaseId]) -> DeskResult<u64> {
        if cases.is_empty() {
            return Err(DeskError::BadInput {
                field: "cases",
                value: String::new(),
            });
        }
        let id = id as i64;
        let mut rows = self.kept_rows(&[id]).await?;
        let taken: HashSet<CaseId> = cases.iter().copied().collect();
        let members: HashSet<CaseId> = rows
            .iter()
            .filter(|r| r.cluster_id == id)
            .map(|r| r.case_id)
            .collect();
        if let Some(stray) = taken.iter().find(|c| !members.contains(c)) {
            return Err(DeskError::BadInput {
                field: "case",
                value: stray.to_string(),
            });
        }
        let new = self.store().new_clusters(1, self.now()).await?[0];
        for r in rows.iter_mut().filter(|r| taken.contains(&r.case_id)) {
            r.cluster_id = new;
            r.placed = true;
        }
        self.store().save_cluster_cases(&[], &rows).await?;
        Ok(new as u64)
    }

    /// Takes one case out of its cluster into one of its own, where it
    /// stays; returns the new cluster's id.
    pub async fn move_out_of_cluster(&self, case: CaseId) -> DeskResult<u64> {
        let rows = self.store().cluster_cases(&[]).await?;
        let from = rows
            .iter()
            .find(|r| r.case_id == case)
            .map(|r| r.cluster_id)
            .ok_or_else(|| DeskError::BadInput {
                field: "case",
                value: case.to_string(),
            })?;
        self.split_cluster(from as u64, &[case]).await
    }

    /// Every kept row, after checking that each of `ids` is a cluster.
    async fn kept_rows(&self, ids: &[i64]) -> DeskResult<Vec<ClusterCase>> {
        let kept: HashSet<i64> = self
            .store()
            .kept_clusters()
            .await?
            .into_iter()
            .map(|k| k.id)
            .collect();
        if let Some(missing) = ids.iter().find(|id| !kept.contains(id)) {
            return Err(StoreError::not_found("cluster", missing).into());
        }
        Ok(self.store().cluster_cases(&[]).await?)
    }
}
