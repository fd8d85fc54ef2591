//! The commands the UI invokes: a few lines each over the desk.

use crate::error::IpcError;
use serde::Serialize;
use std::collections::BTreeMap;
use switchboard_desk::Desk;
use switchboard_store::CommunityCounts;

pub enum Workspace {
    Open { url: String, desk: Desk },
    Failed(IpcError),
}

impl Workspace {
    fn desk(&self) -> Result<&Desk, IpcError> {
        match self {
            Workspace::Open { desk, .. } => Ok(desk),
            Workspace::Failed(e) => Err(e.clone()),
        }
    }
}

#[derive(Serialize)]
pub struct WorkspaceInfo {
    url: String,
    backend: &'static str,
}

#[tauri::command]
pub fn workspace(state: tauri::State<'_, Workspace>) -> Result<WorkspaceInfo, IpcError> {
    match state.inner() {
        Workspace::Open { url, desk } => Ok(WorkspaceInfo {
            url: url.clone(),
            backend: desk.store().backend(),
        }),
        Workspace::Failed(e) => Err(e.clone()),
    }
}

#[tauri::command]
pub async fn community_counts(
    state: tauri::State<'_, Workspace>,
) -> Result<Vec<CommunityCounts>, IpcError> {
    Ok(state.desk()?.community_counts().await?)
}

/// The UI strings of `lang` (English where a string is missing there).
#[tauri::command]
pub fn strings(lang: String, keys: Vec<String>) -> BTreeMap<String, String> {
    let l10n = switchboard_l10n::Localizer::new(&lang);
    keys.into_iter()
        .map(|k| {
            let v = l10n.t(&k, &[]);
            (k, v)
        })
        .collect()
}

/// An IPC error as a sentence in `lang`.
#[tauri::command]
pub fn error_text(lang: String, error: IpcError) -> String {
    let l10n = switchboard_l10n::Localizer::new(&lang);
    let args: Vec<(&str, String)> = error
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    l10n.t(&format!("error-{}", error.code), &args)
}
