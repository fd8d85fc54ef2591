//! An unfinished write transaction is ended before its connection goes back
//! to the pool (`pg_tx`, `sqlite_tx`): never back in the pool inside a
//! transaction.

use sqlx::pool::PoolConnection;
use sqlx::{Database, Executor};

/// Rolls the connection's transaction back on the runtime, then lets it go
/// back to the pool; closes it instead when there is no runtime to roll
/// back on, when the rollback fails, or when the runtime stops first.
pub(crate) fn roll_back<DB: Database>(conn: PoolConnection<DB>)
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
{
    let mut pending = RollingBack(Some(conn));
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        runtime.spawn(async move {
            if let Some(conn) = pending.0.as_mut() {
                if (&mut **conn).execute("ROLLBACK").await.is_ok() {
                    // Rolled back: back to the pool as it is.
                    drop(pending.0.take());
                }
            }
        });
    }
}

/// A connection on its way back to the pool: closed when dropped before its
/// rollback succeeded (which takes it out).
struct RollingBack<DB: Database>(Option<PoolConnection<DB>>);

impl<DB: Database> Drop for RollingBack<DB> {
    fn drop(&mut self) {
        if let Some(conn) = self.0.as_mut() {
            conn.close_on_drop();
        }
    }
}
