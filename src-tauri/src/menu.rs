//! The native menu (File → Open…, Quit) and switching workspaces.

use crate::state::AppState;
use std::path::PathBuf;
use switchboard_desk::{DatabaseUrl, ErrorPayload};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

pub const OPEN_ID: &str = "file-open";

pub fn build<R: Runtime>(app: &AppHandle<R>, lang: &str) -> tauri::Result<Menu<R>> {
    let l10n = switchboard_l10n::Localizer::new(lang);
    let open = MenuItem::with_id(
        app,
        OPEN_ID,
        l10n.t("menu-open", &[]),
        true,
        Some("CmdOrCtrl+O"),
    )?;
    let quit = PredefinedMenuItem::quit(app, Some(&l10n.t("menu-quit", &[])))?;
    let file = Submenu::with_items(app, l10n.t("menu-file", &[]), true, &[&open, &quit])?;
    Menu::with_items(app, &[&file])
}

/// Asks for a workspace file; None when the person cancels.
pub async fn pick_database(app: &AppHandle) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .add_filter("Switchboard", &["db", "sqlite", "sqlite3"])
        .pick_file(move |file| {
            let _ = tx.send(file.and_then(|f| f.into_path().ok()));
        });
    rx.await.ok().flatten()
}

/// Makes `url` the open workspace, remembers it, and tells the UI.
pub async fn switch(
    app: &AppHandle,
    state: &AppState,
    url: DatabaseUrl,
) -> Result<(), ErrorPayload> {
    state.switch_to(url.clone()).await?;
    let mut settings = state.settings();
    settings.database = Some(match &url {
        DatabaseUrl::Sqlite(p) => format!("sqlite:{}", p.display()),
        DatabaseUrl::Postgres(u) => u.clone(),
    });
    state.save_settings(settings);
    let _ = app.emit("workspace-changed", ());
    Ok(())
}

/// File → Open… from the menu.
pub fn on_menu(app: &AppHandle, id: &str) {
    if id != OPEN_ID {
        return;
    }
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if let Some(path) = pick_database(&app).await {
            let state = app.state::<AppState>();
            if let Err(e) = switch(&app, &state, DatabaseUrl::Sqlite(path)).await {
                tracing::warn!(code = %e.code, "cannot open the chosen workspace");
                let _ = app.emit("workspace-error", e);
            }
        }
    });
}
