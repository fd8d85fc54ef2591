//! Switchboard's benchmarks: a deterministic year of an airline's social
//! care (`generate`) and the measurements of the desk's operations beside
//! the same work done on the raw database (`run`). The CLI runs them as
//! `switchboard bench generate|run`; docs/benchmarks.md holds the figures.

pub mod generate;
pub mod raw;
pub mod report;
mod rng;
pub mod run;
mod words;

use raw::Raw;
use std::sync::Arc;
use switchboard_desk::{DatabaseUrl, DeskResult, OpenMode};
use switchboard_store::Store;
use switchboard_store_postgres::PgStore;
use switchboard_store_sqlite::SqliteStore;

/// Opens `url` as a store and as its raw statements.
pub async fn open(url: &DatabaseUrl, mode: OpenMode) -> DeskResult<(Arc<dyn Store>, Raw)> {
    Ok(match url {
        DatabaseUrl::Sqlite(path) => {
            let s = SqliteStore::open(path, mode).await?;
            let raw = Raw::Sqlite(s.raw());
            (Arc::new(s), raw)
        }
        DatabaseUrl::Postgres(u) => {
            let s = PgStore::connect(u).await?;
            let raw = Raw::Pg(s.raw());
            (Arc::new(s), raw)
        }
    })
}
