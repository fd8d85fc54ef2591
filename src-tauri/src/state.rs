//! What the window holds: the open workspace (swappable by File → Open), the
//! person's settings, where page tokens are kept, and the moments of the
//! process's start (for the cold-start figure). Everything else is asked of the desk.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use switchboard_desk::connector::Connector;
use switchboard_desk::{DatabaseUrl, Desk, DeskError, ErrorPayload, OpenMode, Settings};
use switchboard_secrets::SecretStore;
use tokio::sync::RwLock;

#[derive(Clone)]
pub struct OpenWorkspace {
    pub url: String,
    pub desk: Desk,
    /// Bumped on every switch, so background tasks notice a new workspace.
    pub generation: u64,
}

pub struct AppState {
    /// Held for writing while the workspace opens (see `main`).
    pub workspace: Arc<RwLock<Result<OpenWorkspace, ErrorPayload>>>,
    pub settings: Mutex<Settings>,
    pub settings_path: PathBuf,
    /// When the process started, and the moments of its start since.
    pub marks: Arc<crate::startup::Marks>,
    /// Where page tokens live: the OS keychain.
    pub secrets: Arc<dyn SecretStore>,
}

impl AppState {
    pub async fn desk(&self) -> Result<Desk, ErrorPayload> {
        match &*self.workspace.read().await {
            Ok(w) => Ok(w.desk.clone()),
            Err(e) => Err(e.clone()),
        }
    }

    /// The Meta connector of the open workspace.
    pub async fn connector(&self) -> Result<Connector, ErrorPayload> {
        Ok(Connector::new(
            self.desk().await?,
            self.secrets.clone(),
            None,
        ))
    }

    pub async fn current(&self) -> Result<OpenWorkspace, ErrorPayload> {
        self.workspace.read().await.clone()
    }

    pub fn settings(&self) -> Settings {
        self.settings.lock().map(|s| s.clone()).unwrap_or_default()
    }

    pub fn save_settings(&self, settings: Settings) -> Settings {
        if let Err(e) = settings.save(&self.settings_path) {
            tracing::warn!(error = %e, "cannot save settings");
        }
        if let Ok(mut s) = self.settings.lock() {
            *s = settings.clone();
        }
        settings
    }

    /// Opens `url` and makes it the current workspace.
    pub async fn switch_to(&self, url: DatabaseUrl) -> Result<OpenWorkspace, ErrorPayload> {
        let store = url
            .open(OpenMode::MustExist)
            .await
            .map_err(ErrorPayload::from)?;
        let mut current = self.workspace.write().await;
        let generation = match &*current {
            Ok(w) => w.generation + 1,
            Err(_) => 1,
        };
        let opened = OpenWorkspace {
            url: url.to_string(),
            desk: Desk::new(store),
            generation,
        };
        *current = Ok(opened.clone());
        Ok(opened)
    }
}

/// The workspace to open at start: `--db URL` (read here from the command
/// line), then as the desk chooses for every front: SWITCHBOARD_DB, the one
/// opened last, the default SQLite file.
pub fn startup_url(settings: &Settings) -> Result<DatabaseUrl, DeskError> {
    let mut args = std::env::args().skip(1);
    let mut flag = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            flag = args.next();
        } else if let Some(v) = a.strip_prefix("--db=") {
            flag = Some(v.to_string());
        }
    }
    let (url, _) = DatabaseUrl::from_flag_or_env(flag.as_deref(), settings.database.as_deref())?;
    Ok(url)
}
