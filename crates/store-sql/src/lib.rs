//! Switchboard's store on SQL: one implementation of the storage contract
//! for an embedded SQLite file (a laptop, zero set-up) and a PostgreSQL
//! server (a team sharing one desk).
//!
//! Every statement is written once (`db` names the few real differences of
//! the two dialects); opening differs (`sqlite`, `postgres`) and each backend
//! keeps its own migrations (`migrations/sqlite`, `migrations/postgres`).
//! Writes that read, decide and write run in one transaction that holds what
//! it decides on: `BEGIN IMMEDIATE` on SQLite, `FOR UPDATE` row locks and
//! advisory locks per inbound thread on PostgreSQL. Every write appends the
//! ids it touched to the change log in the same transaction.

mod arrivals;
mod bulk;
mod case_texts;
mod claims;
mod clusters;
mod connector;
mod convert;
mod crises;
mod db;
mod experts;
mod handoffs;
mod inbound;
mod live;
mod page_messages;
mod pg_tx;
mod postgres;
mod presence;
mod queue_rows;
mod raw;
mod read;
mod report_facts;
mod report_reads;
mod rollback;
mod scratch;
mod sqlite;
mod sqlite_tx;
mod team;
mod templates;
mod write;

pub use postgres::{redact, url_is_valid};
pub use raw::Raw;
pub use scratch::with_database;
pub use sqlite::{testing, OpenMode};
pub use team::role_name;

use db::Db;
use std::path::{Path, PathBuf};

pub struct SqlStore {
    db: Db,
    /// The SQLite file, when the store is one.
    path: Option<PathBuf>,
    /// Why nothing may be written, if so (see `sqlite`).
    read_only: Option<switchboard_store::ReadOnly>,
    /// A team member's communities as the login connected (PostgreSQL),
    /// added to queue statements for the planner's sake only: row-level
    /// security already keeps the rest out, but a policy's `OR` hides the
    /// list from the planner, which then walks every open case in urgency
    /// order to fill a page of the member's (6 ms instead of 0.6 ms on a
    /// member's 2 of 60 communities). None: the owner, or SQLite.
    scope: Option<Vec<i64>>,
    /// Change wake-ups and the sender's lock (see `live`).
    live: live::Live,
}

impl SqlStore {
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Closes every connection (and checkpoints SQLite's WAL).
    pub async fn close(&self) {
        self.db.close().await;
    }
}

/// Implements the trait by calling the inherent method of the same name (in
/// the read, write, handoffs, templates, experts and connector modules).
macro_rules! forward_to_inherent {
    ($( fn $name:ident(&self $(, $arg:ident : $ty:ty)*) -> $ret:ty; )*) => {
        #[async_trait::async_trait]
        impl switchboard_store::Store for SqlStore {
            fn backend(&self) -> &'static str {
                self.db.name()
            }
            fn read_only(&self) -> Option<switchboard_store::ReadOnly> {
                self.read_only.clone()
            }
            async fn close(&self) {
                SqlStore::close(self).await
            }
            $(
                async fn $name(&self $(, $arg: $ty)*) -> switchboard_store::StoreResult<$ret> {
                    SqlStore::$name(self $(, $arg)*).await
                }
            )*
        }
    };
}

switchboard_store::for_each_store_method! { forward_to_inherent }
