//! The page's own messages sent from elsewhere (Meta Business Suite), as
//! the connector sees them: they join the thread's latest case once, unless
//! they are ours (already recorded by platform id, or still in the outbox
//! with the same text, which reconciliation settles).

use crate::convert::*;
use crate::write::change_in;
use crate::SqlStore;
use switchboard_domain::{Case, CaseId};
use switchboard_store::*;

/// Whether a reply of ours with this text waits in the case's outbox.
async fn in_outbox(tx: &mut Tx, case: i64, body: &str) -> StoreResult<bool> {
    let row: Option<i64> = sql(
        "SELECT id FROM outbox WHERE case_id = $1 AND state IN ('pending', 'sending') \
         AND trim(body) = trim($2) LIMIT 1",
    )
    .bind(case)
    .bind(body)
    .scalar_opt(&mut *tx)
    .await
    .map_err(db)?;
    Ok(row.is_some())
}

impl SqlStore {
    pub(crate) async fn record_page_message(
        &self,
        m: &PageMessage,
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Option<Case>> {
        let mut tx = self.write_tx().await?;
        // The case row is locked first (on PostgreSQL; SQLite's write
        // transaction holds the file), so two deliveries of one message (a
        // webhook and a poll) take turns and the second finds it.
        let case: Option<i64> = sql(
            "SELECT id FROM cases WHERE community_id = $1 AND thread_key = $2 \
             ORDER BY id DESC LIMIT 1 FOR UPDATE",
        )
        .bind(m.community_id.0)
        .bind(&m.thread_key)
        .scalar_opt(&mut tx)
        .await
        .map_err(db)?;
        let Some(case) = case else {
            return Ok(None);
        };
        let known: Option<i64> =
            sql("SELECT id FROM messages WHERE community_id = $1 AND external_id = $2")
                .bind(m.community_id.0)
                .bind(&m.external_id)
                .scalar_opt(&mut tx)
                .await
                .map_err(db)?;
        if known.is_some() {
            return Ok(None);
        }
        if in_outbox(&mut tx, case, &m.body).await? {
            return Ok(None);
        }
        let case = change_in(&mut tx, CaseId(case), change).await?;
        tx.commit().await.map_err(db)?;
        Ok(Some(case))
    }
}
