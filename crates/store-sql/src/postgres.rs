//! Connecting to a team's PostgreSQL database: refusing a schema from a newer version
//! before migrating anything, and never showing a password in an error.

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
        check_schema(&pool).await?;
        MIGRATOR.run(&pool).await.map_err(StoreError::backend)?;
        Ok(SqlStore {
            db: Db::Postgres(pool),
            path: None,
        })
    }
}

async fn check_schema(pool: &PgPool) -> StoreResult<()> {
    let exists: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations')",
    )
    .fetch_one(pool)
    .await
    .map_err(StoreError::backend)?;
    if !exists {
        return Ok(());
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
