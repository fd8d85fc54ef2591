//! A SQLite write transaction whose `BEGIN IMMEDIATE` travels with its first
//! statement and whose `COMMIT` travels with its change-log entries.
//!
//! sqlx hands every statement to the connection's own thread and waits for
//! the answer: about 0.07 ms a round trip on this machine's two cores, more
//! than many of the statements themselves. sqlx's own transaction sends
//! `BEGIN` and `COMMIT` as round trips of their own; here they go with the
//! statements next to them (sqlx runs a text of several statements in one
//! call), which saves two round trips on every write (docs/benchmarks.md,
//! issue 20). The same design as `pg_tx` on PostgreSQL.
//!
//! This transaction holds a pooled connection and ends the transaction
//! itself: committed, or rolled back when dropped unfinished (a duplicate
//! delivery, an error). A connection whose rollback fails is closed: never
//! back in the pool inside a transaction.

use sqlx::pool::PoolConnection;
use sqlx::sqlite::{Sqlite, SqliteArguments, SqliteConnection, SqlitePool};
use sqlx::Executor as _;
use std::borrow::Cow;

/// What opens every write: the file's write lock from the first statement
/// on, so that two writers queue on the busy timeout instead of failing
/// halfway.
const BEGIN: &str = "BEGIN IMMEDIATE";

pub(crate) struct SqliteTx {
    /// `None` once the transaction has ended.
    conn: Option<PoolConnection<Sqlite>>,
    /// Whether `BEGIN` has gone (with the first statement).
    begun: bool,
}

impl SqliteTx {
    /// A connection for a transaction that begins with its first statement.
    pub(crate) async fn begin(pool: &SqlitePool) -> Result<Self, sqlx::Error> {
        Ok(SqliteTx {
            conn: Some(pool.acquire().await?),
            begun: false,
        })
    }

    /// The connection for the next statement, and that statement's text:
    /// the first one carries `BEGIN`, unless what it gives is a count of
    /// changed rows (`rows` false): SQLite counts the rows of the last
    /// change before it for `BEGIN`, so `BEGIN` goes alone then.
    pub(crate) async fn next<'t>(
        &mut self,
        text: Cow<'t, str>,
        rows: bool,
    ) -> Result<(&mut SqliteConnection, Cow<'t, str>), sqlx::Error> {
        let Some(conn) = self.conn.as_mut() else {
            return Err(ended());
        };
        if !self.begun && !rows {
            self.begun = true;
            conn.execute(sqlx::raw_sql(BEGIN)).await?;
            return Ok((&mut **conn, text));
        }
        Ok((&mut **conn, with_begin(text, &mut self.begun)))
    }

    /// Runs `last` (the change-log entries, if any, with their values) and
    /// commits, in one round trip. A transaction that ran nothing and logs
    /// nothing has nothing to commit.
    pub(crate) async fn commit(
        mut self,
        last: Option<(String, SqliteArguments<'_>)>,
    ) -> Result<(), sqlx::Error> {
        let Some(mut conn) = self.conn.take() else {
            return Err(ended());
        };
        let (text, args) = match last {
            Some((text, args)) => (format!("{text}; COMMIT"), Some(args)),
            None if !self.begun => return Ok(()),
            None => ("COMMIT".to_string(), None),
        };
        let text = with_begin(Cow::Owned(text), &mut self.begun);
        let result = match args {
            Some(args) => conn.execute(sqlx::query_with(&text, args)).await,
            None => conn.execute(sqlx::raw_sql(&text)).await,
        };
        if let Err(e) = result {
            // Failed in the log (the transaction still open) or in the
            // commit: either way it ends with the connection.
            conn.close_on_drop();
            return Err(e);
        }
        Ok(())
    }
}

impl Drop for SqliteTx {
    /// An unfinished transaction is rolled back before its connection goes
    /// back to the pool (`rollback`).
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else {
            return;
        };
        if self.begun {
            crate::rollback::roll_back(conn);
        }
        // Nothing was sent: nothing to undo, and the connection goes back.
    }
}

/// `text`, preceded by `BEGIN` when it is the transaction's first.
fn with_begin<'t>(text: Cow<'t, str>, begun: &mut bool) -> Cow<'t, str> {
    if std::mem::replace(begun, true) {
        text
    } else {
        Cow::Owned(format!("{BEGIN}; {text}"))
    }
}

fn ended() -> sqlx::Error {
    sqlx::Error::Protocol("the transaction has ended".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_statement_carries_begin() {
        let mut begun = false;
        assert_eq!(
            with_begin("SELECT 1".into(), &mut begun),
            "BEGIN IMMEDIATE; SELECT 1"
        );
        assert_eq!(with_begin("SELECT 2".into(), &mut begun), "SELECT 2");
        assert!(begun);
    }
}
