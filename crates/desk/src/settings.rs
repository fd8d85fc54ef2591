//! What one person chose on one machine: the UI language, who they are among
//! the workspace's agents, the workspace they opened last. Kept in a small
//! JSON file in the platform's config directory, not in the (possibly
//! shared) workspace database.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use switchboard_domain::AgentId;
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    /// `en`, `fr`, `de`, `it`; None: the system's language.
    pub language: Option<String>,
    /// Who "me" is in this workspace.
    pub agent_id: Option<AgentId>,
    /// The workspace opened last (a database URL).
    pub database: Option<String>,
}

impl Settings {
    pub fn default_path() -> PathBuf {
        dirs::config_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join(crate::connect::APP_DIR)
            .join("settings.json")
    }

    /// The settings at `path`; defaults when the file is missing or
    /// unreadable (a broken settings file must not keep the app from opening).
    pub fn load(path: &Path) -> Settings {
        match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str(&text).unwrap_or_else(|e| {
                tracing::warn!(path = %path.display(), error = %e, "ignoring unreadable settings");
                Settings::default()
            }),
            Err(_) => Settings::default(),
        }
    }

    /// Writes atomically (temp file, then rename).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension("json.tmp");
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_save_and_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/settings.json");
        let s = Settings {
            language: Some("de".into()),
            agent_id: Some(AgentId(3)),
            database: Some("sqlite:/x.db".into()),
        };
        s.save(&path).unwrap();
        assert_eq!(Settings::load(&path), s);
    }

    #[test]
    fn a_missing_or_broken_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        assert_eq!(Settings::load(&path), Settings::default());
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(Settings::load(&path), Settings::default());
    }
}
