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

    /// `<data dir>/app.switchboard.desk/workspace.db`.
    pub fn default_sqlite() -> DatabaseUrl {
        let base = dirs::data_dir().unwrap_or_else(|| PathBuf::from("."));
        DatabaseUrl::Sqlite(base.join(APP_DIR).join("workspace.db"))
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
