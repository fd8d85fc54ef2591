//! What agents decide about clusters, and what the clusterer then keeps:
//! a name, two clusters that are one, cases that are another matter. A
//! case an agent placed stays where it was put when its customer writes
//! again; a case moved out of a cluster is not pulled back into it.

use crate::clusterer::Clusterer;
use crate::{ClusterError, ClusterId};

impl Clusterer {
    /// Names a cluster; an empty name gives back the automatic label.
    pub fn rename(&mut self, id: ClusterId, label: &str) -> Result<(), ClusterError> {
        let cluster = self
            .clusters
            .get_mut(&id)
            .ok_or(ClusterError::UnknownCluster(id))?;
        let label = label.trim();
        cluster.label = (!label.is_empty()).then(|| label.to_string());
        Ok(())
    }

    /// Makes two clusters one. The larger keeps its id (the older on a
    /// tie) and its name (else the other's); the cases are placed.
    pub fn merge(&mut self, a: ClusterId, b: ClusterId) -> Result<ClusterId, ClusterError> {
        let size = |id: ClusterId| {
            self.clusters
                .get(&id)
                .map(|c| c.members.len())
                .ok_or(ClusterError::UnknownCluster(id))
        };
        let (size_a, size_b) = (size(a)?, size(b)?);
        if a == b {
            return Ok(a);
        }
        let (keep, gone) = if size_a > size_b || (size_a == size_b && a < b) {
            (a, b)
        } else {
            (b, a)
        };
        let (members, gone_label) = match self.clusters.get(&gone) {
            Some(c) => (c.members.clone(), c.label.clone()),
            None => return Err(ClusterError::UnknownCluster(gone)),
        };
        for case_id in members {
            self.relocate(case_id, keep, true);
        }
        if let Some(kept) = self.clusters.get_mut(&keep) {
            kept.label = kept.label.take().or(gone_label);
        }
        for case_id in self
            .clusters
            .get(&keep)
            .map(|c| c.members.clone())
            .unwrap_or_default()
        {
            if let Some(case) = self.cases.get_mut(&case_id) {
                case.placed = true;
            }
        }
        Ok(keep)
    }

    /// Takes some cases out of a cluster into a new one, whose id is
    /// returned. Taking all of them changes nothing and gives the same id.
    pub fn split(&mut self, id: ClusterId, case_ids: &[i64]) -> Result<ClusterId, ClusterError> {
        let cluster = self
            .clusters
            .get(&id)
            .ok_or(ClusterError::UnknownCluster(id))?;
        if case_ids.is_empty() {
            return Err(ClusterError::NoCases);
        }
        if let Some(stray) = case_ids.iter().find(|c| !cluster.members.contains(c)) {
            return Err(ClusterError::NotInCluster(*stray, id));
        }
        let taken: std::collections::BTreeSet<i64> = case_ids.iter().copied().collect();
        if taken.len() == cluster.members.len() {
            return Ok(id);
        }
        let new = self.new_cluster();
        for case_id in taken {
            self.relocate(case_id, new, true);
        }
        Ok(new)
    }

    /// Takes a case out of its cluster into one of its own, and keeps it
    /// there. Returns the new cluster's id (the same if it was alone).
    pub fn move_out(&mut self, case_id: i64) -> Result<ClusterId, ClusterError> {
        let from = self
            .cluster_of(case_id)
            .ok_or(ClusterError::UnknownCase(case_id))?;
        let alone = self
            .clusters
            .get(&from)
            .is_some_and(|c| c.members.len() == 1);
        let to = if alone { from } else { self.new_cluster() };
        self.relocate(case_id, to, true);
        Ok(to)
    }
}
