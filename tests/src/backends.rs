//! Fresh, empty stores of each backend for one scenario.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use switchboard_store::Store;
use switchboard_store_sql::{OpenMode, SqlStore};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A store that cleans up after itself.
pub struct Fresh {
    pub store: Arc<dyn Store>,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl Fresh {
    pub async fn sqlite() -> Fresh {
        let dir = tempfile::tempdir().expect("temp dir");
        let store =
            SqlStore::open_sqlite(&dir.path().join("workspace.db"), OpenMode::CreateIfMissing)
                .await
                .expect("open a fresh SQLite store");
        Fresh {
            store: Arc::new(store),
            _dir: Some(dir),
            pg: None,
        }
    }

    pub async fn postgres(server_url: &str) -> Fresh {
        let name = format!(
            "sb_test_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let (store, _) = SqlStore::create_scratch(server_url, &name)
            .await
            .expect("create a scratch PostgreSQL database");
        Fresh {
            store: Arc::new(store),
            _dir: None,
            pg: Some((server_url.to_string(), name)),
        }
    }

    pub async fn of(backend: Backend, server_url: Option<&str>) -> Fresh {
        match backend {
            Backend::Sqlite => Fresh::sqlite().await,
            Backend::Postgres => Fresh::postgres(server_url.expect("a PostgreSQL server")).await,
        }
    }

    /// Drops the scratch database (PostgreSQL); the temp dir goes on drop.
    pub async fn finish(self) {
        drop(self.store);
        if let Some((url, name)) = &self.pg {
            let _ = SqlStore::drop_scratch(url, name).await;
        }
    }
}
