//! Connecting to a team's PostgreSQL database: refusing another
//! application's database or a schema from a newer version before migrating
//! anything, and never showing a password in an error.

use crate::db::Db;
use crate::SqlStore;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::ConnectOptions;
use std::str::FromStr;
use std::time::Duration;
use switchboard_store::{StoreError, StoreResult};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

impl SqlStore {
    /// Connects to `url` (`postgres://user:password@host:port/db`) and brings
    /// the schema up to date.
    pub async fn connect_postgres(url: &str) -> StoreResult<SqlStore> {
        let shown = redact(url);
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::Unreachable {
                target: shown.clone(),
                source: Box::new(e),
            })?
            .log_statements(tracing::log::LevelFilter::Trace);
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Unreachable {
                target: shown.clone(),
                source: Box::new(e),
            })?;
        check_schema(&pool, &shown).await?;
        MIGRATOR.run(&pool).await.map_err(StoreError::backend)?;
        Ok(SqlStore {
            db: Db::Postgres(pool),
            path: None,
            read_only: None,
        })
    }
}

/// Refuses, before anything is written, a database that is not ours: one
/// whose schema a newer Switchboard wrote, or one that holds other tables
/// and no Switchboard schema (another application's database).
async fn check_schema(pool: &PgPool, shown: &str) -> StoreResult<()> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = current_schema()",
    )
    .fetch_all(pool)
    .await
    .map_err(StoreError::backend)?;
    if !tables.iter().any(|t| t == "_sqlx_migrations") {
        return match tables.is_empty() {
            true => Ok(()),
            false => Err(StoreError::NotADatabase {
                path: shown.to_string(),
                source: None,
            }),
        };
    }
    let found: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(pool)
            .await
            .map_err(StoreError::backend)?;
    let supported = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
    match found {
        Some(found) if found > supported => Err(StoreError::SchemaTooNew { found, supported }),
        _ => Ok(()),
    }
}

/// Whether `url` is a PostgreSQL connection URL this store can use.
pub fn url_is_valid(url: &str) -> bool {
    PgConnectOptions::from_str(url).is_ok()
}

/// The URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..scheme_end + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://desk:s3cret@db.local:5432/switchboard"),
            "postgres://desk:***@db.local:5432/switchboard"
        );
        assert_eq!(redact("postgres://db.local/x"), "postgres://db.local/x");
        assert_eq!(redact("postgres://u@h/x"), "postgres://u@h/x");
    }
}
