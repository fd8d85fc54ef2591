//! Opening a SQLite workspace file: refusing what is not ours, and migrating.
//!
//! Nothing is written before we know the file is a Switchboard database whose
//! schema this build understands: a database written by a newer version, or
//! a file that is not SQLite, is left exactly as it was. A SQLite file whose
//! header is damaged is said to be damaged, not foreign.
//!
//! Two cases open read-only, so that what the file holds can still be read,
//! searched and exported: a file this user may not write (reads work; each
//! write says the workspace is read-only), and a file SQLite's integrity
//! check finds damaged (writing to it could spread the damage). The check
//! reads the whole file, so it runs at open on files up to
//! `CHECKED_AT_OPEN` bytes (well under a second); a larger file (a year of
//! a large desk is over a gigabyte) is not checked at open.

use crate::db::Db;
use crate::SqlStore;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Row};
use std::io::Read;
use std::path::Path;
use std::time::Duration;
use switchboard_store::ReadOnly;
use switchboard_store::{StoreError, StoreResult};

static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

/// Files up to this size are checked for damage each time they are opened.
const CHECKED_AT_OPEN: u64 = 64 * 1024 * 1024;
/// What every SQLite file starts with.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";

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
        let existing = std::fs::metadata(path).ok().filter(|m| m.len() > 0);
        if existing.is_some() && !has_sqlite_header(path) {
            return Err(StoreError::NotADatabase {
                path: shown,
                source: None,
            });
        }
        let mut read_only = match existing {
            Some(_) if std::fs::OpenOptions::new().write(true).open(path).is_err() => {
                Some(ReadOnly::File)
            }
            _ => None,
        };
        let base = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(mode == OpenMode::CreateIfMissing)
            .read_only(read_only.is_some())
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .log_statements(tracing::log::LevelFilter::Trace);

        // Look before touching: a plain connection without WAL or migrations.
        let version = check_schema(&base, &shown).await?;
        if read_only.is_none() && existing.is_some_and(|m| m.len() <= CHECKED_AT_OPEN) {
            if let Some(detail) = damage(&base, &shown).await? {
                tracing::warn!(path = %shown, %detail, "the workspace is damaged; opened read-only");
                read_only = Some(ReadOnly::Damaged { detail });
            }
        }
        let pool = match &read_only {
            None => {
                let options = base
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .pragma("temp_store", "memory")
                    // 512 KB of page cache per connection (4 at most): memory
                    // the desktop holds for as long as it runs, the file being
                    // in the system's cache too. At 8 MB the spike check's
                    // reads of four weeks of arrivals filled two connections'
                    // caches to 28 MB; at 2 MB the window held 9 MB in SQLite,
                    // at 512 KB 3 MB, for queue pages about 0.03 ms slower on
                    // the 1 M-case year (docs/decisions/034-window-start.md).
                    .pragma("cache_size", "-512");
                let pool = pool_options()
                    .connect_with(options)
                    .await
                    .map_err(|e| classify(e, &shown))?;
                MIGRATOR.run(&pool).await.map_err(StoreError::backend)?;
                pool
            }
            Some(_) => {
                // No schema change can be made; an older schema cannot be read.
                if version.is_some_and(|v| v < supported_version()) {
                    return Err(StoreError::ReadOnly { path: shown });
                }
                pool_options()
                    .connect_with(base.read_only(true).pragma("cache_size", "-512"))
                    .await
                    .map_err(|e| classify(e, &shown))?
            }
        };
        Ok(SqlStore {
            db: Db::Sqlite(pool),
            path: Some(path.to_path_buf()),
            read_only,
            scope: None,
            live: Default::default(),
        })
    }
}

/// Four connections at most, handed out without a liveness check: sqlx
/// otherwise pings a pooled connection each time it is taken, a round trip
/// to the connection's thread before every statement or transaction of the
/// desk. A SQLite connection is the file opened in this process; it does
/// not go stale the way a server's connection does (docs/benchmarks.md,
/// issue 20).
fn pool_options() -> SqlitePoolOptions {
    SqlitePoolOptions::new()
        .max_connections(4)
        .test_before_acquire(false)
}

fn has_sqlite_header(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map(|_| &head == MAGIC)
        .unwrap_or(false)
}

/// What the integrity check finds wrong with the file, on a connection of
/// its own.
async fn damage(options: &SqliteConnectOptions, shown: &str) -> StoreResult<Option<String>> {
    let mut conn = options
        .clone()
        .connect()
        .await
        .map_err(|e| classify(e, shown))?;
    let problems: Result<Vec<String>, _> = sqlx::query_scalar("PRAGMA integrity_check(3)")
        .fetch_all(&mut conn)
        .await;
    let _ = conn.close().await;
    Ok(match problems.map_err(|e| classify(e, shown))?.as_slice() {
        [ok] if ok == "ok" => None,
        problems => Some(problems.join("; ")),
    })
}

/// The newest migration this build knows.
pub(crate) fn supported_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// The schema version the file has (None: a new, empty file).
async fn check_schema(options: &SqliteConnectOptions, shown: &str) -> StoreResult<Option<i64>> {
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
            _ => Ok(found),
        }
    } else if tables.is_empty() {
        Ok(None)
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

/// Maps a failure to open into what the user can act on. The file has
/// SQLite's header (checked before), so a file SQLite cannot read is a
/// damaged one.
fn classify(e: sqlx::Error, shown: &str) -> StoreError {
    if let sqlx::Error::Database(db) = &e {
        // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11).
        if matches!(db.code().as_deref(), Some("26") | Some("11")) {
            return StoreError::Damaged {
                path: shown.to_string(),
                detail: db.message().to_string(),
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

    /// Leaves the file whole on its own: every page written back into it and
    /// no write-ahead log beside it (rollback journal mode), so that a test
    /// that changes the file's bytes changes what the next opening reads.
    pub async fn settle(path: &Path) -> StoreResult<()> {
        run(
            path,
            &[
                "PRAGMA wal_checkpoint(TRUNCATE)",
                "PRAGMA journal_mode = DELETE",
            ],
        )
        .await
    }

    /// Damages an index the way a failing disk or an outside tool does: the
    /// index of cases by customer no longer matches its table (the pages are
    /// sound; SQLite's integrity check finds rows missing from the index).
    pub async fn damage_an_index(path: &Path) -> StoreResult<()> {
        run(
            path,
            &[
                "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, '(contact_id)', '(community_id)') \
                 WHERE name = 'cases_contact'",
                "PRAGMA writable_schema = OFF",
            ],
        )
        .await
    }

    /// Runs `statements` in order on a connection of its own to the file.
    async fn run(path: &Path, statements: &[&str]) -> StoreResult<()> {
        let mut conn = SqliteConnectOptions::new()
            .filename(path)
            .connect()
            .await
            .map_err(StoreError::backend)?;
        for statement in statements {
            sqlx::query(statement)
                .execute(&mut conn)
                .await
                .map_err(StoreError::backend)?;
        }
        conn.close().await.map_err(StoreError::backend)
    }
}
