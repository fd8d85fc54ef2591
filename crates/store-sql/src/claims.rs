//! "Next case": the most urgent unassigned case, handed to one caller.
//!
//! On PostgreSQL the candidate row is locked with `FOR UPDATE SKIP LOCKED`:
//! callers at the same moment each lock a different case and none waits for
//! another. SQLite's writers are serialized by `BEGIN IMMEDIATE`, so the
//! next caller sees the case already assigned.

use crate::convert::*;
use crate::write::apply_change;
use crate::SqlStore;
use switchboard_domain::{Case, CommunityId};
use switchboard_store::{CaseChangeFn, StoreResult};

impl SqlStore {
    pub(crate) async fn next_case(
        &self,
        communities: &[CommunityId],
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Option<Case>> {
        let mut tx = self.write_tx().await?;
        let mut q = sql(format!(
            "SELECT {CASE_COLUMNS} FROM cases k \
             WHERE k.status <> 'resolved' AND k.assignee_id IS NULL"
        ));
        if !communities.is_empty() {
            q.push(" AND k.community_id IN (");
            for (i, c) in communities.iter().enumerate() {
                q.push(if i == 0 { "" } else { ", " }).push_bind(c.0);
            }
            q.push(")");
        }
        q.push(" ORDER BY k.urgency, k.id LIMIT 1 FOR UPDATE SKIP LOCKED");
        let Some(row) = q.fetch_optional(&mut tx).await.map_err(db)? else {
            return Ok(None);
        };
        let case = apply_change(&mut tx, case_from_row(&row)?, change).await?;
        tx.commit().await.map_err(db)?;
        Ok(Some(case))
    }
}
