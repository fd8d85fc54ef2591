//! Switchboard's benchmarks: a deterministic year of an airline's social
//! care (`generate`) and the measurements of the desk's operations beside
//! the same work done on the raw database (`run`). The CLI runs them as
//! `switchboard bench generate|run`; docs/benchmarks.md holds the figures.

pub mod clusters;
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

/// Opens `url` as a store and as its raw statements.
pub async fn open(url: &DatabaseUrl, mode: OpenMode) -> DeskResult<(Arc<dyn Store>, Raw)> {
    let store = url.open_sql(mode).await?;
    let raw = store.raw();
    Ok((Arc::new(store), raw))
}
