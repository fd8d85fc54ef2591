//! Which database a front works on: `sqlite:PATH` (the default, a file in the
//! platform's app data directory) or `postgres://…` (a team's shared desk).

use crate::{DeskError, DeskResult};
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use switchboard_store::Store;
use switchboard_store_sql::SqlStore;

pub use switchboard_store_sql::OpenMode;

/// The directory name under the platform's data directory; the desktop app
/// uses the same one, so the CLI and the window share a workspace.
pub const APP_DIR: &str = "app.switchboard.desk";

/// The environment variable that names the workspace when `--db` does not.
pub const DB_ENV: &str = "SWITCHBOARD_DB";

/// Where the chosen workspace URL came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlSource {
    /// `--db URL` on the command line.
    Flag,
    /// `$SWITCHBOARD_DB`.
    Environment,
    /// The workspace the window opened last (the CLI has none).
    LastOpened,
    /// The default workspace file in the data directory.
    Default,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(input: &str) -> DeskResult<DatabaseUrl> {
        let s = input.trim();
        let bad = || DeskError::BadDatabaseUrl(switchboard_store_sql::redact(s));
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            if !switchboard_store_sql::url_is_valid(s) {
                return Err(bad());
            }
            return Ok(DatabaseUrl::Postgres(s.to_string()));
        }
        if let Some(rest) = s.strip_prefix("sqlite:") {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            let path = path.split('?').next().unwrap_or("");
            if path.is_empty() {
                return Err(bad());
            }
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
        }
        Err(bad())
    }

    /// The workspace a front opens, the window and the CLI alike: `--db`
    /// when given, else `$SWITCHBOARD_DB` when set and not empty, else the
    /// workspace opened last (the window remembers one; the CLI passes
    /// None), else the default workspace file. An explicit value that is not
    /// a database URL is an error, never skipped.
    pub fn choose(
        flag: Option<&str>,
        env: Option<&str>,
        last_opened: Option<&str>,
    ) -> DeskResult<(DatabaseUrl, UrlSource)> {
        let env = env.filter(|s| !s.trim().is_empty());
        let last_opened = last_opened.filter(|s| !s.trim().is_empty());
        let (url, source) = match (flag, env, last_opened) {
            (Some(f), _, _) => (f, UrlSource::Flag),
            (None, Some(e), _) => (e, UrlSource::Environment),
            (None, None, Some(l)) => (l, UrlSource::LastOpened),
            (None, None, None) => return Ok((DatabaseUrl::default_sqlite(), UrlSource::Default)),
        };
        Ok((DatabaseUrl::parse(url)?, source))
    }

    /// `choose` with `$SWITCHBOARD_DB` read from this process's environment.
    pub fn from_flag_or_env(
        flag: Option<&str>,
        last_opened: Option<&str>,
    ) -> DeskResult<(DatabaseUrl, UrlSource)> {
        let env = std::env::var(DB_ENV).ok();
        DatabaseUrl::choose(flag, env.as_deref(), last_opened)
    }

    /// `<data dir>/app.switchboard.desk/workspace.db`.
    pub fn default_sqlite() -> DatabaseUrl {
        let base = dirs::data_dir().unwrap_or_else(|| PathBuf::from("."));
        DatabaseUrl::Sqlite(base.join(APP_DIR).join("workspace.db"))
    }

    /// Where `switchboard serve` keeps a delivery with an event it could
    /// not record, for `switchboard webhooks replay`: beside a SQLite
    /// workspace (`<file>.webhook-failures`), else
    /// `<data dir>/app.switchboard.desk/webhook-failures`.
    pub fn webhook_failures_dir(&self) -> PathBuf {
        match self {
            DatabaseUrl::Sqlite(path) => {
                let mut name = path.file_name().unwrap_or_default().to_os_string();
                name.push(".webhook-failures");
                path.with_file_name(name)
            }
            DatabaseUrl::Postgres(_) => dirs::data_dir()
                .unwrap_or_else(|| PathBuf::from("."))
                .join(APP_DIR)
                .join("webhook-failures"),
        }
    }

    /// Opens the store. `mode` says whether a missing SQLite file may be
    /// created (commands that write a workspace) or is an error (the rest).
    pub async fn open(&self, mode: OpenMode) -> DeskResult<Arc<dyn Store>> {
        Ok(Arc::new(self.open_sql(mode).await?))
    }

    /// The store itself, for what needs more than the trait (the benchmark's
    /// raw statements).
    pub async fn open_sql(&self, mode: OpenMode) -> DeskResult<SqlStore> {
        Ok(match self {
            DatabaseUrl::Sqlite(path) => SqlStore::open_sqlite(path, mode).await?,
            DatabaseUrl::Postgres(url) => SqlStore::connect_postgres(url).await?,
        })
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite(p) => write!(f, "sqlite:{}", p.display()),
            DatabaseUrl::Postgres(u) => f.write_str(&switchboard_store_sql::redact(u)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_name_a_file() {
        assert_eq!(
            DatabaseUrl::parse("sqlite:/tmp/x.db").unwrap(),
            DatabaseUrl::Sqlite("/tmp/x.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.db").unwrap(),
            DatabaseUrl::Sqlite("/tmp/x.db".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:rel.db?mode=rwc").unwrap(),
            DatabaseUrl::Sqlite("rel.db".into())
        );
    }

    #[test]
    fn the_flag_comes_first_then_the_environment_then_the_last_workspace_then_the_default() {
        let pg = "postgres://desk:pw@localhost:5432/sb";
        let choose = |f, e, l| DatabaseUrl::choose(f, e, l).unwrap();
        assert_eq!(
            choose(Some("sqlite:/a.db"), Some(pg), Some("sqlite:/c.db")),
            (DatabaseUrl::Sqlite("/a.db".into()), UrlSource::Flag)
        );
        assert_eq!(
            choose(None, Some(pg), Some("sqlite:/c.db")),
            (DatabaseUrl::Postgres(pg.into()), UrlSource::Environment)
        );
        assert_eq!(
            choose(None, None, Some("sqlite:/c.db")),
            (DatabaseUrl::Sqlite("/c.db".into()), UrlSource::LastOpened)
        );
        assert_eq!(
            choose(None, Some(" "), None),
            (DatabaseUrl::default_sqlite(), UrlSource::Default),
            "an empty SWITCHBOARD_DB is no value"
        );
        assert_eq!(
            choose(None, None, None),
            (DatabaseUrl::default_sqlite(), UrlSource::Default)
        );
    }

    #[test]
    fn a_bad_explicit_url_is_an_error_not_a_fallback() {
        for (f, e) in [
            (Some("mysql://x"), None),
            (Some(""), None),
            (None, Some("x.db")),
        ] {
            let err = DatabaseUrl::choose(f, e, Some("sqlite:/c.db")).unwrap_err();
            assert_eq!(err.code(), "bad-database-url", "{f:?} {e:?}");
        }
    }

    #[test]
    fn postgres_urls_are_kept_whole() {
        let u = "postgres://desk:pw@localhost:5432/sb";
        assert_eq!(
            DatabaseUrl::parse(u).unwrap(),
            DatabaseUrl::Postgres(u.to_string())
        );
    }

    #[test]
    fn other_schemes_and_empty_paths_are_refused_without_showing_passwords() {
        for bad in [
            "mysql://x",
            "/tmp/x.db",
            "sqlite:",
            "",
            "postgres//x",
            "postgres://h:notaport/x",
        ] {
            assert!(DatabaseUrl::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let err = DatabaseUrl::parse("mysql://u:hunter2@h/x").unwrap_err();
        assert!(!err.to_string().contains("hunter2"), "{err}");
    }
}
