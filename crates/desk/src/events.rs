//! What changed, by id. Fronts refetch what they show.

use serde::Serialize;
use switchboard_domain::{CaseId, CommunityId};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// Everything may have changed (workspace reset).
    Workspace,
    Community {
        id: CommunityId,
    },
    Case {
        id: CaseId,
        community: CommunityId,
    },
}
