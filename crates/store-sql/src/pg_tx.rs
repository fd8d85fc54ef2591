//! A PostgreSQL write transaction whose first and last statements travel
//! with its `BEGIN` and `COMMIT`.
//!
//! Every statement is a round trip to the server, and on one message as a
//! webhook delivers it the round trips cost more than the work (issue 20):
//! `BEGIN`, the thread's lock, the reads and writes, the change log,
//! `COMMIT`. Here the thread's lock is sent with `BEGIN` and the change log
//! with `COMMIT`, each pair as one simple query, which saves two round trips
//! on every write.
//!
//! A transaction whose statements look rows up by their keys (a fan's
//! message) also keeps one plan per statement and connection. PostgreSQL
//! otherwise plans a statement again for each set of values whenever its
//! estimate for the values in hand is lower than for any values; for the
//! lookup of the case a private reply opened it always was, and planning
//! took 0.2–0.3 ms of a message's 1.5 ms (docs/benchmarks.md). A simple query carries no bound values, so only values
//! this crate made go into its text: a lock key of plain characters (any
//! other key is locked by its own bound statement), change-log entries of
//! numbers and fixed entity names, a time it formatted.
//!
//! sqlx's own transaction sends `BEGIN` and `COMMIT` alone, so this one
//! holds a pooled connection and ends the transaction itself: committed, or
//! rolled back when dropped unfinished (a duplicate delivery, an error). A
//! statement that fails while the server's state is unknown closes the
//! connection, which ends the transaction there.

use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnection, PgPool, Postgres};
use sqlx::Executor as _;

use crate::db::{without_nul, Begin, PendingChange};

pub(crate) struct PgTx {
    /// `None` once the transaction has ended.
    conn: Option<PoolConnection<Postgres>>,
}

impl PgTx {
    /// Begins a transaction as `how` says: with its statements' plans kept
    /// per connection, then holding the named advisory lock.
    pub(crate) async fn begin(pool: &PgPool, how: Begin<'_>) -> Result<Self, sqlx::Error> {
        let mut conn = pool.acquire().await?;
        let mut text = "BEGIN".to_string();
        if how.key_lookups {
            text.push_str("; SET LOCAL plan_cache_mode = force_generic_plan");
        }
        if let Some(key) = how.lock.filter(|key| plain(key)) {
            text.push_str("; ");
            text.push_str(&lock_statement(key));
        }
        if let Err(e) = conn.execute(sqlx::raw_sql(&text)).await {
            conn.close_on_drop();
            return Err(e);
        }
        let mut tx = PgTx { conn: Some(conn) };
        if let Some(key) = how.lock.filter(|key| !plain(key)) {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind(without_nul(key.into()))
                .execute(tx.conn()?)
                .await?;
        }
        Ok(tx)
    }

    /// The connection, for the statements in between.
    pub(crate) fn conn(&mut self) -> Result<&mut PgConnection, sqlx::Error> {
        match self.conn.as_mut() {
            Some(c) => Ok(&mut **c),
            None => Err(sqlx::Error::Protocol("the transaction has ended".into())),
        }
    }

    /// Writes the change-log entries (see `Tx::commit`) and commits, in one
    /// round trip.
    pub(crate) async fn commit(
        mut self,
        lock_key: &str,
        channel: &str,
        at: DateTime<Utc>,
        changes: &[PendingChange],
    ) -> Result<(), sqlx::Error> {
        let Some(mut conn) = self.conn.take() else {
            return Err(sqlx::Error::Protocol("the transaction has ended".into()));
        };
        let text = if changes.is_empty() {
            "COMMIT".to_string()
        } else {
            format!("{}; COMMIT", log_statement(lock_key, channel, at, changes))
        };
        if let Err(e) = conn.execute(sqlx::raw_sql(&text)).await {
            // Failed in the log (the transaction is still open, aborted) or
            // in the commit (it has ended): either way it ends with the
            // connection.
            conn.close_on_drop();
            return Err(e);
        }
        Ok(())
    }
}

impl Drop for PgTx {
    /// An unfinished transaction is rolled back before its connection goes
    /// back to the pool. The connection is closed instead when there is no
    /// runtime to roll back on, when the rollback fails, or when the runtime
    /// stops before it is done: never back in the pool inside a transaction.
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else {
            return;
        };
        crate::rollback::roll_back(conn);
    }
}

/// Whether a lock key can stand in a statement's text as it is.
fn plain(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 200
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_:.-".contains(&b))
}

/// The advisory lock of a plain key (the same lock as the bound statement).
fn lock_statement(key: &str) -> String {
    format!("SELECT pg_advisory_xact_lock(hashtextextended('{key}', 0))")
}

/// The call of `switchboard_log_changes` (migration 0024) for `changes`.
/// Entity names are fixed words of the crate and ids are numbers; a quote
/// is doubled all the same.
fn log_statement(
    lock_key: &str,
    channel: &str,
    at: DateTime<Utc>,
    changes: &[PendingChange],
) -> String {
    let entries: Vec<serde_json::Value> = changes
        .iter()
        .map(|c| serde_json::json!([c.entity, c.id, c.community]))
        .collect();
    let entries = serde_json::Value::Array(entries).to_string();
    format!(
        "SELECT switchboard_log_changes('{}', '{}', '{}', '{}')",
        lock_key.replace('\'', "''"),
        channel.replace('\'', "''"),
        at.to_rfc3339_opts(SecondsFormat::Micros, true),
        entries.replace('\'', "''")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn only_plain_lock_keys_go_into_the_begin_text() {
        assert!(plain("12:t_10158"));
        assert!(plain("3:1234567890_987654321"));
        assert!(!plain("3:it's"));
        assert!(!plain("3:thread\\key"));
        assert!(!plain("3:Zürich"));
        assert!(!plain(""));
        assert_eq!(
            lock_statement("3:t_1"),
            "SELECT pg_advisory_xact_lock(hashtextextended('3:t_1', 0))"
        );
    }

    #[test]
    fn the_change_log_call_carries_numbers_names_and_a_time_only() {
        let at = Utc.with_ymd_and_hms(2026, 12, 7, 8, 30, 0).unwrap();
        let text = log_statement(
            "switchboard:changes",
            "switchboard_changes",
            at,
            &[
                PendingChange {
                    entity: "case",
                    id: 42,
                    community: Some(3),
                },
                PendingChange {
                    entity: "crisis",
                    id: 7,
                    community: None,
                },
            ],
        );
        assert_eq!(
            text,
            "SELECT switchboard_log_changes('switchboard:changes', 'switchboard_changes', \
             '2026-12-07T08:30:00.000000Z', '[[\"case\",42,3],[\"crisis\",7,null]]')"
        );
    }
}
