//! Following the desk from another process: the change log read in order,
//! a wake-up when a PostgreSQL commit wrote to it, the log pruned, and the
//! one process of a team that sends the outbox.
//!
//! Wake-ups: one `LISTEN` connection per store, started by the first wait,
//! counts the notifications of `CHANGES_CHANNEL` (see `Tx::commit`) and the
//! times it lost its server; a follower waits for that count to move and
//! then reads the log from where it stood. A notification sent while the
//! connection was down is lost, so a reconnect counts as a wake-up too: the
//! follower reads the log again, which is the reference and misses nothing.
//! SQLite has no notifications: waits end at their timeout (polling).

use crate::convert::*;
use crate::db::{Db, CHANGES_CHANNEL};
use crate::SqlStore;
use chrono::{DateTime, Utc};
use sqlx::postgres::{PgListener, PgPool};
use sqlx::{Connection as _, PgConnection};
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;
use switchboard_domain::CommunityId;
use switchboard_store::{ChangeEntity, ChangeRecord, StoreResult};
use tokio::sync::{watch, Mutex, OnceCell};

/// The workspace note holding the newest sequence number pruned.
pub(crate) const PRUNED_THROUGH: &str = "changes_pruned_through";

/// The advisory lock (session level) of the team's one sender.
const SENDER_LOCK: &str = "switchboard:sender";

/// A store's live state on PostgreSQL: the wake-up counter and the sender's
/// connection. Shared by the store's clones.
#[derive(Default)]
pub(crate) struct Live {
    wakes: OnceCell<watch::Receiver<u64>>,
    sender: Mutex<Option<(PgConnection, HashSet<i64>)>>,
}

impl SqlStore {
    /// The newest number written: the log's last entry, or the newest
    /// pruned when the log was pruned empty.
    pub(crate) async fn latest_change(&self) -> StoreResult<i64> {
        let last: i64 = sql("SELECT COALESCE(MAX(seq), 0) FROM changes")
            .scalar(&self.db)
            .await
            .map_err(db)?;
        let pruned = self
            .workspace_note(PRUNED_THROUGH)
            .await?
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0);
        Ok(last.max(pruned))
    }

    pub(crate) async fn changes_since(
        &self,
        seq: i64,
        limit: u32,
    ) -> StoreResult<Vec<ChangeRecord>> {
        sql(
            "SELECT seq, at, entity, entity_id, community_id FROM changes WHERE seq > $1 \
             ORDER BY seq LIMIT $2",
        )
        .bind(seq)
        .bind(i64::from(limit.max(1)))
        .rows(&self.db, |r| {
            let entity: String = r.try_get("entity").map_err(db)?;
            Ok(ChangeRecord {
                seq: r.try_get("seq").map_err(db)?,
                at: r.try_get("at").map_err(db)?,
                entity: ChangeEntity::parse(&entity).ok_or_else(|| corrupt("change", &entity))?,
                id: r.try_get("entity_id").map_err(db)?,
                community_id: r
                    .try_get::<Option<i64>>("community_id")
                    .map_err(db)?
                    .map(switchboard_domain::CommunityId),
            })
        })
        .await
    }

    /// Deletes the entries written before `before` and notes the newest
    /// number deleted, so that a follower that stood below it knows it
    /// missed entries and reads everything again.
    pub(crate) async fn prune_changes(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        let mut tx = self.write_tx().await?;
        let through: Option<i64> = sql("SELECT MAX(seq) FROM changes WHERE at < $1")
            .bind(before)
            .scalar(&mut tx)
            .await
            .map_err(db)?;
        let Some(through) = through else {
            return Ok(0);
        };
        let gone = sql("DELETE FROM changes WHERE seq <= $1")
            .bind(through)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        sql("INSERT INTO workspace_notes (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(PRUNED_THROUGH)
        .bind(through.to_string())
        .execute(&mut tx)
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(gone)
    }

    /// Waits until the wake-up count differs from `seen` or `timeout` ends,
    /// and returns the count. On SQLite the count stays 0.
    pub(crate) async fn wait_for_changes(&self, seen: u64, timeout: Duration) -> StoreResult<u64> {
        let Db::Postgres(pool) = &self.db else {
            tokio::time::sleep(timeout).await;
            return Ok(0);
        };
        let mut wakes = self
            .live
            .wakes
            .get_or_init(|| async { start_listener(pool.clone()) })
            .await
            .clone();
        if *wakes.borrow_and_update() != seen {
            return Ok(*wakes.borrow());
        }
        let _ = tokio::time::timeout(timeout, wakes.changed()).await;
        let now = *wakes.borrow();
        Ok(now)
    }

    /// Whether this store is the one that sends `community`'s outbox: on
    /// PostgreSQL, the holder of a session advisory lock for that community
    /// on a connection of its own, kept while the process lives (taken
    /// over by another process at its next round once that connection
    /// ends); on SQLite, always (the leases keep each reply to one sender).
    pub(crate) async fn hold_sender(&self, community: CommunityId) -> StoreResult<bool> {
        let Db::Postgres(pool) = &self.db else {
            return Ok(true);
        };
        let mut guard = self.live.sender.lock().await;
        if let Some((conn, _)) = guard.as_mut() {
            if conn.ping().await.is_err() {
                // The locks went with the connection.
                *guard = None;
            }
        }
        if guard.is_none() {
            let conn = pool.acquire().await.map_err(db)?.detach();
            *guard = Some((conn, HashSet::new()));
        }
        let Some((conn, held)) = guard.as_mut() else {
            return Ok(false);
        };
        if held.contains(&community.0) {
            return Ok(true);
        }
        let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock(hashtextextended($1, 0))")
            .bind(format!("{SENDER_LOCK}:{}", community.0))
            .fetch_one(&mut *conn)
            .await
            .map_err(db)?;
        if got {
            held.insert(community.0);
        }
        Ok(got)
    }
}

/// The listening task: counts notifications and reconnects into the
/// returned receiver until the store is dropped.
fn start_listener(pool: PgPool) -> watch::Receiver<u64> {
    let (tx, rx) = watch::channel(0u64);
    let tx = Arc::new(tx);
    tokio::spawn(async move {
        loop {
            if tx.is_closed() {
                return;
            }
            let mut listener = match PgListener::connect_with(&pool).await {
                Ok(l) => l,
                Err(e) => {
                    tracing::debug!(error = %e, "cannot listen for changes; polling");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            };
            if let Err(e) = listener.listen(CHANGES_CHANNEL).await {
                tracing::debug!(error = %e, "cannot listen for changes; polling");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
            // Listening again: what was sent meanwhile is read from the log.
            tx.send_modify(|n| *n += 1);
            loop {
                tokio::select! {
                    got = listener.try_recv() => match got {
                        Ok(Some(_)) => tx.send_modify(|n| *n += 1),
                        // The connection was lost; the listener reconnects
                        // on the next call, which is a wake-up.
                        Ok(None) => tx.send_modify(|n| *n += 1),
                        Err(e) => {
                            tracing::debug!(error = %e, "change notifications lost");
                            tokio::time::sleep(Duration::from_millis(500)).await;
                            break;
                        }
                    },
                    _ = tx.closed() => return,
                }
            }
        }
    });
    rx
}
