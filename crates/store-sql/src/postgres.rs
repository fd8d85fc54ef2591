//! Connecting to a team's PostgreSQL database: refusing another
//! application's database or a schema from a newer version before migrating
//! anything, and never showing a password in an error.

use crate::db::Db;
use crate::SqlStore;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::{ConnectOptions, Connection};
use std::str::FromStr;
use std::time::Duration;
use switchboard_store::{StoreError, StoreResult};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

/// How long the first connection may take before the server is said to be
/// unreachable.
const FIRST_CONNECT: Duration = Duration::from_secs(5);

/// A pooled connection idle this long is checked (a round trip) before it
/// is handed out, so that one the server dropped meanwhile (a restart, an
/// idle timeout on the way) is replaced instead of failing a statement.
/// sqlx checks every connection by default: one round trip more before each
/// read and transaction, on a desk that takes connections thousands of
/// times a second (docs/benchmarks.md, issue 20). A connection used within
/// the last seconds is alive but for a failure that would have hit the
/// statement anyway.
const CHECK_AFTER_IDLE: Duration = Duration::from_secs(5);

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
        // One connection first, on its own: a server that refuses it or is
        // not there is said at once, with the reason, rather than after the
        // pool has retried until its acquire timeout ("pool timed out").
        match tokio::time::timeout(FIRST_CONNECT, PgConnection::connect_with(&options)).await {
            Ok(Ok(first)) => {
                let _ = first.close().await;
            }
            Ok(Err(e)) => {
                return Err(StoreError::Unreachable {
                    target: shown,
                    source: Box::new(e),
                })
            }
            Err(_) => {
                return Err(StoreError::Unreachable {
                    target: shown,
                    source: Box::new(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        format!("no answer within {} s", FIRST_CONNECT.as_secs()),
                    )),
                })
            }
        }
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .test_before_acquire(false)
            .before_acquire(|conn, meta| {
                Box::pin(async move {
                    if meta.idle_for >= CHECK_AFTER_IDLE {
                        conn.ping().await?;
                    }
                    Ok(true)
                })
            })
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Unreachable {
                target: shown.clone(),
                source: Box::new(e),
            })?;
        check_schema(&pool, &shown).await?;
        migrate(&pool).await?;
        let mut store = SqlStore {
            db: Db::Postgres(pool),
            path: None,
            read_only: None,
            scope: None,
            live: Default::default(),
        };
        store.scope = store
            .team_login()
            .await?
            .map(|login| login.communities.iter().map(|c| c.0).collect());
        Ok(store)
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

/// Brings the schema up to date when it is behind. A member's login may not
/// create or alter anything (decision 017): with nothing pending it
/// connects without trying; with migrations pending, only a login that may
/// create in the schema and owns the tables (or anyone on an empty
/// database) runs them, and anyone else is told to ask the administrator.
async fn migrate(pool: &PgPool) -> StoreResult<()> {
    let applied: Vec<i64> = match sqlx::query_scalar::<_, Option<String>>(
        "SELECT to_regclass('_sqlx_migrations')::text",
    )
    .fetch_one(pool)
    .await
    .map_err(StoreError::backend)?
    {
        Some(_) => sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
            .fetch_all(pool)
            .await
            .map_err(StoreError::backend)?,
        None => Vec::new(),
    };
    let pending = MIGRATOR
        .iter()
        .any(|m| m.migration_type.is_up_migration() && !applied.contains(&m.version));
    if !pending {
        return Ok(());
    }
    let may_migrate: bool = sqlx::query_scalar(
        "SELECT has_schema_privilege(current_schema(), 'CREATE') \
            AND coalesce((SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class \
                          WHERE oid = to_regclass('_sqlx_migrations')), true)",
    )
    .fetch_one(pool)
    .await
    .map_err(StoreError::backend)?;
    if !may_migrate {
        return Err(StoreError::SchemaBehind {
            found: applied.iter().copied().max().unwrap_or(0),
            supported: MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0),
        });
    }
    MIGRATOR.run(pool).await.map_err(StoreError::backend)
}

/// Whether `url` is a PostgreSQL connection URL this store can use.
pub fn url_is_valid(url: &str) -> bool {
    PgConnectOptions::from_str(url).is_ok()
}

/// The URL without its passwords, for messages and logs: the one in the
/// user information (`user:***@host`) and those given as query parameters
/// (`?password=***`, `sslpassword=***`).
pub fn redact(url: &str) -> String {
    let (before, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let mut out = before.to_string();
    if let Some(q) = query {
        out.push('?');
        let params: Vec<String> = q
            .split('&')
            .map(|kv| match kv.split_once('=') {
                Some((k, _)) if is_password_key(k) => format!("{k}=***"),
                _ => kv.to_string(),
            })
            .collect();
        out.push_str(&params.join("&"));
    }
    redact_userinfo(&out)
}

/// `password`, `sslpassword` and any other `…password` parameter, in any case.
fn is_password_key(key: &str) -> bool {
    key.trim().to_ascii_lowercase().ends_with("password")
}

/// `user:password@` as `user:***@`. The user information ends at the last
/// `@` before the path (a `?` or `#` inside an unencoded password is still
/// the password).
fn redact_userinfo(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let start = scheme_end + 3;
    let path = url[start..].find('/').map_or(url.len(), |i| start + i);
    let Some(at) = url[start..path].rfind('@').map(|i| start + i) else {
        return url.to_string();
    };
    match url[start..at].split_once(':') {
        Some((user, _)) => format!("{}{user}:***{}", &url[..start], &url[at..]),
        None => url.to_string(),
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

    #[test]
    fn passwords_in_the_query_string_never_reach_messages() {
        assert_eq!(
            redact("postgres://u@h/db?password=secret"),
            "postgres://u@h/db?password=***"
        );
        assert_eq!(
            redact("postgres://h/db?sslmode=require&sslpassword=k3y&PASSWORD=a@b&user=u"),
            "postgres://h/db?sslmode=require&sslpassword=***&PASSWORD=***&user=u"
        );
        assert_eq!(
            redact("postgres://desk:s3cret@h:5432/db?password=other"),
            "postgres://desk:***@h:5432/db?password=***"
        );
        assert_eq!(
            redact("postgres://h?password=x@y"),
            "postgres://h?password=***"
        );
        assert_eq!(redact("postgres://u:pa?ss@h/db"), "postgres://u:***@h/db");
        for url in [
            "postgres://u@h/db?password=secret",
            "postgres://h?password=x@y",
            "postgres://u:pa?ss@h/db",
        ] {
            for secret in ["secret", "x@y", "pa?ss"] {
                assert!(!redact(url).contains(secret), "{url} shows {secret}");
            }
        }
    }
}
