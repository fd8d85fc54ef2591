//! Throw-away databases on a server, for test suites and benchmarks that need
//! a fresh schema per run without touching anything else on that server.

use crate::SqlStore;
use sqlx::postgres::PgConnectOptions;
use sqlx::{ConnectOptions, Connection};
use std::str::FromStr;
use switchboard_store::{StoreError, StoreResult};

impl SqlStore {
    /// Creates database `name` on the server of `server_url` (which must let
    /// its user create databases) and connects to it, migrated.
    pub async fn create_scratch(server_url: &str, name: &str) -> StoreResult<(SqlStore, String)> {
        if !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(StoreError::Conflict {
                what: "database",
                key: name.to_string(),
            });
        }
        let options =
            PgConnectOptions::from_str(server_url).map_err(|e| StoreError::Unreachable {
                target: crate::redact(server_url),
                source: Box::new(e),
            })?;
        let mut conn = options.connect().await.map_err(StoreError::backend)?;
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
            .execute(&mut conn)
            .await
            .map_err(StoreError::backend)?;
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .map_err(StoreError::backend)?;
        let _ = conn.close().await;
        let url = with_database(server_url, name);
        Ok((SqlStore::connect_postgres(&url).await?, url))
    }

    /// Drops a database made by `create_scratch`.
    pub async fn drop_scratch(server_url: &str, name: &str) -> StoreResult<()> {
        let options = PgConnectOptions::from_str(server_url).map_err(StoreError::backend)?;
        let mut conn = options.connect().await.map_err(StoreError::backend)?;
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut conn)
            .await
            .map_err(StoreError::backend)?;
        let _ = conn.close().await;
        Ok(())
    }
}

/// `server_url` with its database path replaced by `name`.
pub fn with_database(server_url: &str, name: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (server_url, None),
    };
    let authority_start = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn the_database_path_is_replaced_and_the_query_kept() {
        assert_eq!(
            with_database("postgres://u:p@h:5/postgres?sslmode=disable", "t1"),
            "postgres://u:p@h:5/t1?sslmode=disable"
        );
        assert_eq!(
            with_database("postgres://u@h:5", "t1"),
            "postgres://u@h:5/t1"
        );
    }
}
