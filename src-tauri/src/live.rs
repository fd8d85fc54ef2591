//! Keeping the window current without reloads: the Tauri side of the
//! desk's change follower and alerts.
//!
//! The desk's `ChangeFollower` gathers this process's changes and other
//! processes' (the change log) into batches; each batch goes to the UI as
//! one `desk-changes` event, and the UI refetches what it shows. Every 30
//! seconds the desk says which SLA crossings and handoff events become a
//! notification for this person; they are shown as native notifications in
//! the person's language.

use crate::state::AppState;
use chrono::Utc;
use std::time::Duration;
use switchboard_desk::alerts::Alert;
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_notification::NotificationExt;

const POLL: Duration = Duration::from_secs(1);
const ALERTS: Duration = Duration::from_secs(30);

pub fn start(app: &AppHandle) {
    let handle = app.clone();
    tauri::async_runtime::spawn(async move { forward_changes(handle).await });
    let handle = app.clone();
    tauri::async_runtime::spawn(async move { raise_alerts(handle).await });
    let handle = app.clone();
    tauri::async_runtime::spawn(async move { run_connector(handle).await });
}

/// The Meta connector of the open workspace: replies a crash left
/// half-sent are reconciled once, then every second the communities that
/// are due are polled and their outboxes sent. Page tokens come from the
/// OS keychain at the moment of each call.
async fn run_connector(app: AppHandle) {
    use switchboard_desk::connector::Connector;
    let mut generation = 0;
    let mut connector: Option<Connector> = None;
    loop {
        tokio::time::sleep(POLL).await;
        let state = app.state::<AppState>();
        let Ok(ws) = state.current().await else {
            continue;
        };
        if ws.generation != generation || connector.is_none() {
            generation = ws.generation;
            let c = Connector::new(ws.desk.clone(), state.secrets.clone(), None);
            if let Err(e) = c.reconcile_all().await {
                tracing::warn!(error = %e, "reconciling the outbox failed");
            }
            connector = Some(c);
        }
        if let Some(c) = &connector {
            if let Err(e) = c.tick().await {
                tracing::warn!(error = %e, "connector round failed");
            }
        }
    }
}

async fn forward_changes(app: AppHandle) {
    let mut generation = 0;
    let mut follower = None;
    loop {
        let state = app.state::<AppState>();
        let Ok(ws) = state.current().await else {
            tokio::time::sleep(POLL).await;
            continue;
        };
        if ws.generation != generation || follower.is_none() {
            match ws.desk.follow_changes().await {
                Ok(f) => {
                    generation = ws.generation;
                    follower = Some(f);
                }
                Err(e) => {
                    tracing::warn!(error = %e, "cannot follow the workspace's changes");
                    tokio::time::sleep(POLL).await;
                    continue;
                }
            }
        }
        if let Some(f) = follower.as_mut() {
            let batch = f.next_batch().await;
            if !batch.is_empty() {
                let _ = app.emit("desk-changes", batch);
            }
        }
    }
}

async fn raise_alerts(app: AppHandle) {
    let mut since = Utc::now();
    loop {
        tokio::time::sleep(ALERTS).await;
        let now = Utc::now();
        let state = app.state::<AppState>();
        let Ok(desk) = state.desk().await else {
            continue;
        };
        // Snoozed cases whose time came are open again.
        if let Err(e) = desk.wake_snoozed().await {
            tracing::warn!(error = %e, "waking snoozed cases failed");
        }
        let settings = state.settings();
        let alerts = desk.alerts(settings.agent_id, since, now).await;
        // The localizer is not Send, so it is made after the awaits.
        let l10n = localizer(&settings);
        for Alert { key, args } in alerts {
            show(&app, &l10n, l10n.t(key, &args));
        }
        since = now;
    }
}

fn localizer(settings: &switchboard_desk::Settings) -> switchboard_l10n::Localizer {
    let lang = settings.language.clone().unwrap_or_else(|| "en".into());
    switchboard_l10n::Localizer::new(&lang)
}

fn show(app: &AppHandle, l10n: &switchboard_l10n::Localizer, body: String) {
    if let Err(e) = app
        .notification()
        .builder()
        .title(l10n.t("window-title", &[]))
        .body(body)
        .show()
    {
        tracing::warn!(error = %e, "cannot show a notification");
    }
}
