//! The physical limit beside each benchmark figure: the same operation as
//! directly as PostgreSQL allows, on the same schema — one bare prepared
//! statement, no joins the operation does not need, no row mapping.

use crate::convert::db;
use crate::PgStore;
use chrono::{DateTime, Utc};
use sqlx::{PgPool, Postgres, QueryBuilder};
use switchboard_store::StoreResult;

pub struct RawPg {
    pool: PgPool,
}

impl PgStore {
    pub fn raw(&self) -> RawPg {
        RawPg {
            pool: self.pool.clone(),
        }
    }
}

impl RawPg {
    pub async fn queue_ids(&self, community: Option<i64>, limit: i64) -> StoreResult<usize> {
        let rows: Vec<i64> =
            match community {
                Some(c) => {
                    sqlx::query_scalar(
                        "SELECT id FROM cases WHERE community_id = $1 AND status <> 'resolved' \
                 ORDER BY urgency, id LIMIT $2",
                    )
                    .bind(c)
                    .bind(limit)
                    .fetch_all(&self.pool)
                    .await
                }
                None => sqlx::query_scalar(
                    "SELECT id FROM cases WHERE status IN ('new', 'open') AND status <> 'resolved' ORDER BY urgency, id LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await,
            }
            .map_err(db)?;
        Ok(rows.len())
    }

    pub async fn counts(&self, now: DateTime<Utc>) -> StoreResult<usize> {
        let rows: Vec<(i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT community_id, COUNT(*), SUM(CASE WHEN due_at <= $1 THEN 1 ELSE 0 END) \
             FROM cases WHERE status <> 'resolved' GROUP BY community_id",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(db)?;
        Ok(rows.len())
    }

    pub async fn search(&self, words: &[String], limit: i64) -> StoreResult<usize> {
        let q: Vec<String> = words.iter().map(|w| format!("{w}:*")).collect();
        let rows: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM messages WHERE body_tsv @@ to_tsquery('simple', $1) \
             ORDER BY id DESC LIMIT $2",
        )
        .bind(q.join(" & "))
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(db)?;
        Ok(rows.len())
    }

    pub async fn thread(&self, case: i64) -> StoreResult<usize> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, body FROM messages WHERE case_id = $1 ORDER BY created_at, id",
        )
        .bind(case)
        .fetch_all(&self.pool)
        .await
        .map_err(db)?;
        Ok(rows.len())
    }

    pub async fn insert_messages(
        &self,
        case: i64,
        community: i64,
        bodies: &[String],
        at: DateTime<Utc>,
        batched: bool,
    ) -> StoreResult<()> {
        const SQL: &str = "INSERT INTO messages (case_id, community_id, direction, author, body, \
                           external_id, created_at) VALUES ($1, $2, 'inbound', 'raw', $3, NULL, $4)";
        if batched {
            // As directly as sqlx allows: multi-row inserts in one transaction.
            let mut tx = self.pool.begin().await.map_err(db)?;
            for chunk in bodies.chunks(500) {
                let mut q: QueryBuilder<Postgres> = QueryBuilder::new(
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
                        .push_bind(at);
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
                    .bind(at)
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
        sqlx::query_scalar("SELECT id FROM cases WHERE thread_key = $1 LIMIT 1")
            .bind("gen-thread-996")
            .fetch_optional(&self.pool)
            .await
            .map_err(db)
    }
}
