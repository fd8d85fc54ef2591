//! Opening a SQLite workspace file: refusing what is not ours, and migrating.
//!
//! Nothing is written before we know the file is a Switchboard database whose
//! schema this build understands: a database written by a newer version, or
//! a file that is not SQLite, is left exactly as it was.

use crate::db::Db;
use crate::SqlStore;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Row};
use std::path::Path;
use std::time::Duration;
use switchboard_store::{StoreError, StoreResult};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

/// Whether a missing file may be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    CreateIfMissing,
    MustExist,
}

impl SqlStore {
    /// Opens (or, with `CreateIfMissing`, creates) the workspace file at
    /// `path` and brings its schema up to date.
    pub async fn open_sqlite(path: &Path, mode: OpenMode) -> StoreResult<SqlStore> {
        let shown = path.display().to_string();
        if mode == OpenMode::MustExist && !path.exists() {
            return Err(StoreError::MissingDatabase { path: shown });
        }
        if path.is_dir() {
            return Err(StoreError::NotADatabase {
                path: shown,
                source: None,
            });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !parent.exists() {
                std::fs::create_dir_all(parent).map_err(|e| StoreError::Unreachable {
                    target: shown.clone(),
                    source: Box::new(e),
                })?;
            }
        }
        let base = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(mode == OpenMode::CreateIfMissing)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .log_statements(tracing::log::LevelFilter::Trace);

        // Look before touching: a plain connection without WAL or migrations.
        check_schema(&base, &shown).await?;

        let options = base
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .pragma("temp_store", "memory")
            // 8 MB of page cache per connection (4 at most): enough for the
            // queue and counts indexes of a year of data, and it is memory the
            // desktop holds for as long as it runs (docs/benchmarks.md).
            .pragma("cache_size", "-8000");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| classify(e, &shown))?;
        MIGRATOR.run(&pool).await.map_err(StoreError::backend)?;
        Ok(SqlStore {
            db: Db::Sqlite(pool),
            path: Some(path.to_path_buf()),
        })
    }
}

/// The newest migration this build knows.
pub(crate) fn supported_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

async fn check_schema(options: &SqliteConnectOptions, shown: &str) -> StoreResult<()> {
    let mut conn = options
        .clone()
        .connect()
        .await
        .map_err(|e| classify(e, shown))?;
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(&mut conn)
            .await
            .map_err(|e| classify(e, shown))?;
    let result = if tables.iter().any(|t| t == "_sqlx_migrations") {
        let row = sqlx::query("SELECT MAX(version) AS v FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut conn)
            .await
            .map_err(|e| classify(e, shown))?;
        let found: Option<i64> = row.try_get("v").map_err(StoreError::backend)?;
        match found {
            Some(found) if found > supported_version() => Err(StoreError::SchemaTooNew {
                found,
                supported: supported_version(),
            }),
            _ => Ok(()),
        }
    } else if tables.is_empty() {
        Ok(())
    } else {
        // A SQLite file with tables that are not ours: not a workspace.
        Err(StoreError::NotADatabase {
            path: shown.to_string(),
            source: None,
        })
    };
    let _ = conn.close().await;
    result
}

/// Maps a failure to open into what the user can act on.
fn classify(e: sqlx::Error, shown: &str) -> StoreError {
    if let sqlx::Error::Database(db) = &e {
        // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11).
        if matches!(db.code().as_deref(), Some("26") | Some("11")) {
            return StoreError::NotADatabase {
                path: shown.to_string(),
                source: Some(Box::new(e)),
            };
        }
    }
    StoreError::Unreachable {
        target: shown.to_string(),
        source: Box::new(e),
    }
}

pub mod testing {
    //! Helpers for tests of other crates that need a database in a state the
    //! product never writes (a schema from a future version).
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::{ConnectOptions, Connection};
    use std::path::Path;
    use switchboard_store::{StoreError, StoreResult};

    /// Records a migration `version` as applied, as a newer Switchboard would.
    pub async fn mark_applied_migration(path: &Path, version: i64) -> StoreResult<()> {
        let mut conn = SqliteConnectOptions::new()
            .filename(path)
            .connect()
            .await
            .map_err(StoreError::backend)?;
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, \
             execution_time) VALUES (?, 'from the future', TRUE, x'00', 0)",
        )
        .bind(version)
        .execute(&mut conn)
        .await
        .map_err(StoreError::backend)?;
        conn.close().await.map_err(StoreError::backend)
    }
}
