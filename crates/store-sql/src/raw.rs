//! The physical limit beside each benchmark figure: the same operation as
//! directly as the database allows, on the same schema — one bare prepared
//! statement through sqlx on the backend's own pool, no joins the operation
//! does not need, no row mapping, none of `db`'s conversions. The benchmark
//! (`switchboard bench run`) reports the store's time over this.

use crate::convert::db;
use crate::db::Db;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use switchboard_store::StoreResult;

pub struct Raw {
    db: Db,
}

impl SqlStore {
    pub fn raw(&self) -> Raw {
        Raw {
            db: self.db.clone(),
        }
    }
}

/// Runs `$run` with `$pool` bound to the backend's pool and `$now` to the
/// time as that backend stores it (milliseconds on SQLite).
macro_rules! on_pool {
    ($raw:expr, $at:expr, |$pool:ident, $now:ident| $run:expr) => {
        match &$raw.db {
            Db::Sqlite($pool) => {
                let $now = $at.timestamp_millis();
                $run
            }
            Db::Postgres($pool) => {
                let $now = $at;
                $run
            }
        }
    };
}

impl Raw {
    /// Ids of the first `limit` open cases by urgency (of one community).
    pub async fn queue_ids(&self, community: Option<i64>, limit: i64) -> StoreResult<usize> {
        let text = match community {
            Some(_) => {
                "SELECT id FROM cases WHERE community_id = $1 AND status <> 'resolved' \
                 ORDER BY urgency, id LIMIT $2"
            }
            // Each status's range read in order and merged, as the store
            // reads it (a single range over both statuses walks past the
            // cases waiting for the customer).
            None => {
                "SELECT id, urgency FROM (SELECT id, urgency FROM cases WHERE status = 'new' \
                 AND status <> 'resolved' ORDER BY urgency, id LIMIT $1) n UNION ALL \
                 SELECT id, urgency FROM (SELECT id, urgency FROM cases WHERE status = 'open' \
                 AND status <> 'resolved' ORDER BY urgency, id LIMIT $1) o \
                 ORDER BY urgency, id LIMIT $1"
            }
        };
        let n = on_pool!(self, Utc::now(), |p, _t| {
            let q = sqlx::query_scalar::<_, i64>(text);
            let q = match community {
                Some(c) => q.bind(c),
                None => q,
            };
            q.bind(limit).fetch_all(p).await.map(|r| r.len())
        });
        n.map_err(db)
    }

    pub async fn counts(&self, now: DateTime<Utc>) -> StoreResult<usize> {
        let text = "SELECT community_id, COUNT(*), SUM(CASE WHEN due_at <= $1 THEN 1 ELSE 0 END) \
                    FROM cases WHERE status <> 'resolved' GROUP BY community_id";
        let n = on_pool!(self, now, |p, t| {
            sqlx::query_as::<_, (i64, i64, Option<i64>)>(text)
                .bind(t)
                .fetch_all(p)
                .await
                .map(|r| r.len())
        });
        n.map_err(db)
    }

    pub async fn search(&self, words: &[String], limit: i64) -> StoreResult<usize> {
        let n = match &self.db {
            Db::Sqlite(p) => {
                let q: Vec<String> = words.iter().map(|w| format!("\"{w}\"*")).collect();
                sqlx::query_scalar::<_, i64>(
                    "SELECT rowid FROM messages_fts WHERE messages_fts MATCH $1 \
                     ORDER BY rowid DESC LIMIT $2",
                )
                .bind(q.join(" "))
                .bind(limit)
                .fetch_all(p)
                .await
            }
            Db::Postgres(p) => {
                let q: Vec<String> = words.iter().map(|w| format!("{w}:*")).collect();
                sqlx::query_scalar::<_, i64>(
                    "SELECT id FROM messages WHERE body_tsv @@ to_tsquery('simple', $1) \
                     ORDER BY id DESC LIMIT $2",
                )
                .bind(q.join(" & "))
                .bind(limit)
                .fetch_all(p)
                .await
            }
        };
        n.map(|r| r.len()).map_err(db)
    }

    pub async fn thread(&self, case: i64) -> StoreResult<usize> {
        let text = "SELECT id, body FROM messages WHERE case_id = $1 ORDER BY created_at, id";
        let n = on_pool!(self, Utc::now(), |p, _t| {
            sqlx::query_as::<_, (i64, String)>(text)
                .bind(case)
                .fetch_all(p)
                .await
                .map(|r| r.len())
        });
        n.map_err(db)
    }

    /// Inserts one message per body into `case`: in multi-row inserts of 500
    /// in one transaction (`batched`), or one statement each.
    pub async fn insert_messages(
        &self,
        case: i64,
        community: i64,
        bodies: &[String],
        at: DateTime<Utc>,
        batched: bool,
    ) -> StoreResult<()> {
        let head = "INSERT INTO messages (case_id, community_id, direction, author, body, \
                    external_id, created_at) ";
        let one = format!("{head}VALUES ($1, $2, 'inbound', 'raw', $3, NULL, $4)");
        on_pool!(self, at, |p, t| {
            if batched {
                let mut tx = p.begin().await.map_err(db)?;
                for chunk in bodies.chunks(500) {
                    let mut q = sqlx::QueryBuilder::new(head);
                    q.push_values(chunk, |mut row, b| {
                        row.push_bind(case)
                            .push_bind(community)
                            .push_bind("inbound")
                            .push_bind("raw")
                            .push_bind(b)
                            .push_bind(None::<String>)
                            .push_bind(t);
                    });
                    q.build().execute(&mut *tx).await.map_err(db)?;
                }
                tx.commit().await.map_err(db)
            } else {
                for b in bodies {
                    let q = sqlx::query(&one).bind(case).bind(community).bind(b);
                    q.bind(t).execute(p).await.map_err(db)?;
                }
                Ok(())
            }
        })
    }

    /// A generated case with a 50-message thread (the generator makes one
    /// every 997 cases: thread `gen-thread-996` is the first).
    pub async fn long_case(&self) -> StoreResult<Option<i64>> {
        let text = "SELECT id FROM cases WHERE thread_key = $1 LIMIT 1";
        let id = on_pool!(self, Utc::now(), |p, _t| sqlx::query_scalar::<_, i64>(text)
            .bind("gen-thread-996")
            .fetch_optional(p)
            .await);
        id.map_err(db)
    }
}
