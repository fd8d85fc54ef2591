//! The page's own messages sent from elsewhere (Meta Business Suite), as
//! the connector sees them: they join the thread's latest case once, unless
//! they are ours (already recorded by platform id, or still in the outbox
//! with the same text, which reconciliation settles).

use crate::convert::*;
use crate::write::{change_in, Tx};
use crate::SqliteStore;
use switchboard_domain::{Case, CaseId};
use switchboard_store::*;

/// Whether a reply of ours with this text waits in the case's outbox.
async fn in_outbox(tx: &mut Tx, case: i64, body: &str) -> StoreResult<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM outbox WHERE case_id = ? AND state IN ('pending', 'sending') \
         AND trim(body) = trim(?) LIMIT 1",
    )
    .bind(case)
    .bind(body)
    .fetch_optional(&mut **tx)
    .await
    .map_err(db)?;
    Ok(row.is_some())
}

impl SqliteStore {
    pub(crate) async fn page_message(
        &self,
        m: &PageMessage,
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Option<Case>> {
        let mut tx = self.write_tx().await?;
        let known: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM messages WHERE community_id = ? AND external_id = ?")
                .bind(m.community_id.0)
                .bind(&m.external_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db)?;
        if known.is_some() {
            return Ok(None);
        }
        let case: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM cases WHERE community_id = ? AND thread_key = ? ORDER BY id DESC LIMIT 1",
        )
        .bind(m.community_id.0)
        .bind(&m.thread_key)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db)?;
        let Some((case,)) = case else {
            return Ok(None);
        };
        if in_outbox(&mut tx, case, &m.body).await? {
            return Ok(None);
        }
        let case = change_in(&mut tx, CaseId(case), change).await?;
        tx.commit().await.map_err(db)?;
        Ok(Some(case))
    }
}
