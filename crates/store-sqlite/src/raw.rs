//! The physical limit beside each benchmark figure: the same operation as
//! directly as SQLite allows, on the same schema — one bare prepared
//! statement, no joins the operation does not need, no row mapping. The
//! benchmark (`switchboard bench run`) reports the store's time over this.

use crate::convert::db;
use crate::SqliteStore;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use switchboard_store::StoreResult;

pub struct RawSqlite {
    pool: SqlitePool,
}

impl SqliteStore {
    pub fn raw(&self) -> RawSqlite {
        RawSqlite {
            pool: self.pool.clone(),
        }
    }
}

impl RawSqlite {
    /// Ids of the first `limit` open cases by urgency (of one community).
    pub async fn queue_ids(&self, community: Option<i64>, limit: i64) -> StoreResult<usize> {
        let rows: Vec<i64> = match community {
            Some(c) => {
                sqlx::query_scalar(
                    "SELECT id FROM cases WHERE community_id = ? AND status <> 'resolved' \
                 ORDER BY urgency, id LIMIT ?",
                )
                .bind(c)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
            }
            None => sqlx::query_scalar(
                "SELECT id FROM cases WHERE status IN ('new', 'open') AND status <> 'resolved' ORDER BY urgency, id LIMIT ?",
            )
            .bind(limit)
            .fetch_all(&self.pool)
            .await,
        }
        .map_err(db)?;
        Ok(rows.len())
    }

    /// Open cases per community: the bare aggregate.
    pub async fn counts(&self, now_ms: i64) -> StoreResult<usize> {
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT community_id, COUNT(*), SUM(due_at <= ?) FROM cases \
             WHERE status <> 'resolved' GROUP BY community_id",
        )
        .bind(now_ms)
        .fetch_all(&self.pool)
        .await
        .map_err(db)?;
        Ok(rows.len())
    }

    /// Message ids matching every word (prefixes), unordered.
    pub async fn search(&self, words: &[String], limit: i64) -> StoreResult<usize> {
        let q: Vec<String> = words.iter().map(|w| format!("\"{w}\"*")).collect();
        let rows: Vec<i64> = sqlx::query_scalar(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        )
        .bind(q.join(" "))
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db)?;
        Ok(rows.len())
    }

    /// A case's message bodies in order.
    pub async fn thread(&self, case: i64) -> StoreResult<usize> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, body FROM messages WHERE case_id = ? ORDER BY created_at, id",
        )
        .bind(case)
        .fetch_all(&self.pool)
        .await
        .map_err(db)?;
        Ok(rows.len())
    }

    /// Inserts `bodies` as messages of one case: in one transaction when
    /// `batched`, else one autocommit statement each.
    pub async fn insert_messages(
        &self,
        case: i64,
        community: i64,
        bodies: &[String],
        at_ms: i64,
        batched: bool,
    ) -> StoreResult<()> {
        const SQL: &str = "INSERT INTO messages (case_id, community_id, direction, author, body, \
                           external_id, created_at) VALUES (?, ?, 'inbound', 'raw', ?, NULL, ?)";
        if batched {
            // As directly as SQLite allows: multi-row inserts in one transaction.
            let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(db)?;
            for chunk in bodies.chunks(500) {
                let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
                    "INSERT INTO messages (case_id, community_id, direction, author, body, \
                     external_id, created_at) ",
                );
                q.push_values(chunk, |mut row, b| {
                    row.push_bind(case)
                        .push_bind(community)
                        .push_bind("inbound")
                        .push_bind("raw")
                        .push_bind(b)
                        .push_bind(None::<String>)
                        .push_bind(at_ms);
                });
                q.build().execute(&mut *tx).await.map_err(db)?;
            }
            tx.commit().await.map_err(db)?;
        } else {
            for b in bodies {
                sqlx::query(SQL)
                    .bind(case)
                    .bind(community)
                    .bind(b)
                    .bind(at_ms)
                    .execute(&self.pool)
                    .await
                    .map_err(db)?;
            }
        }
        Ok(())
    }

    /// A generated case with a 50-message thread (the generator makes one
    /// every 997 cases: thread `gen-thread-996` is the first).
    pub async fn long_case(&self) -> StoreResult<Option<i64>> {
        sqlx::query_scalar("SELECT id FROM cases WHERE thread_key = ? LIMIT 1")
            .bind("gen-thread-996")
            .fetch_optional(&self.pool)
            .await
            .map_err(db)
    }
}
