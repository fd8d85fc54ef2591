//! The bare statements of either backend behind one type.

use chrono::{DateTime, Utc};
use switchboard_store::StoreResult;
use switchboard_store_postgres::RawPg;
use switchboard_store_sqlite::RawSqlite;

pub enum Raw {
    Sqlite(RawSqlite),
    Pg(RawPg),
}

impl Raw {
    pub async fn queue_ids(&self, community: Option<i64>, limit: i64) -> StoreResult<usize> {
        match self {
            Raw::Sqlite(r) => r.queue_ids(community, limit).await,
            Raw::Pg(r) => r.queue_ids(community, limit).await,
        }
    }

    pub async fn counts(&self, now: DateTime<Utc>) -> StoreResult<usize> {
        match self {
            Raw::Sqlite(r) => r.counts(now.timestamp_millis()).await,
            Raw::Pg(r) => r.counts(now).await,
        }
    }

    pub async fn search(&self, words: &[String], limit: i64) -> StoreResult<usize> {
        match self {
            Raw::Sqlite(r) => r.search(words, limit).await,
            Raw::Pg(r) => r.search(words, limit).await,
        }
    }

    pub async fn thread(&self, case: i64) -> StoreResult<usize> {
        match self {
            Raw::Sqlite(r) => r.thread(case).await,
            Raw::Pg(r) => r.thread(case).await,
        }
    }

    pub async fn long_case(&self) -> StoreResult<Option<i64>> {
        match self {
            Raw::Sqlite(r) => r.long_case().await,
            Raw::Pg(r) => r.long_case().await,
        }
    }

    pub async fn insert_messages(
        &self,
        case: i64,
        community: i64,
        bodies: &[String],
        at: DateTime<Utc>,
        batched: bool,
    ) -> StoreResult<()> {
        match self {
            Raw::Sqlite(r) => {
                r.insert_messages(case, community, bodies, at.timestamp_millis(), batched)
                    .await
            }
            Raw::Pg(r) => {
                r.insert_messages(case, community, bodies, at, batched)
                    .await
            }
        }
    }
}
