//! Crisis clusters as the store keeps them between readings: where each
//! open case stands, the agents' names for clusters, and replies sent to a
//! whole cluster (docs/decisions/031-cluster-replies.md).

use switchboard_domain::{CaseId, CommunityId};

/// Where an open case stands among the crisis clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterCase {
    pub case_id: CaseId,
    pub community_id: CommunityId,
    pub cluster_id: i64,
    /// An agent put it there (moved, merged, split): the next reading
    /// leaves it where it was put.
    pub placed: bool,
}

/// A kept cluster: its id never changes and is never reused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptCluster {
    pub id: i64,
    /// The agent's name for it; None: the automatic label.
    pub label: Option<String>,
}

/// A reply to one case of a bulk reply: what it says and where it goes.
/// The whole bulk shares one key; a case gets a bulk key's reply once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkReply {
    pub reply: crate::NewReply,
    /// Not sent before this time (none: at once).
    pub not_before: Option<chrono::DateTime<chrono::Utc>>,
}
