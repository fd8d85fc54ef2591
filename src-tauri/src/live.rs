//! Keeping the window current without reloads.
//!
//! Changes made through this process arrive on the desk's broadcast channel;
//! changes made by another process (the CLI, a teammate on the same
//! PostgreSQL) are read from the store's change log, polled every second.
//! Both are batched and sent to the UI as one `desk-changes` event at most
//! every half second; the UI refetches what it shows. A second task looks
//! for SLA clocks that crossed their at-risk or due time and raises a native
//! notification for cases assigned to the person or to nobody; it also
//! expires handoffs whose due time passed without an answer.

use crate::state::AppState;
use chrono::Utc;
use std::collections::BTreeSet;
use std::time::Duration;
use switchboard_desk::Change;
use switchboard_domain::{CaseId, CommunityId, SlaState};
use switchboard_store::{ChangeEntity, QueueRow};
use tauri::{AppHandle, Emitter, Manager};
use tauri_plugin_notification::NotificationExt;

const POLL: Duration = Duration::from_secs(1);
const BATCH: Duration = Duration::from_millis(500);
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
    let mut cursor = 0;
    let mut local = None;
    let mut pending: BTreeSet<ChangeKey> = BTreeSet::new();
    let mut last_poll = std::time::Instant::now();
    loop {
        let state = app.state::<AppState>();
        let Ok(ws) = state.current().await else {
            tokio::time::sleep(POLL).await;
            continue;
        };
        if ws.generation != generation {
            generation = ws.generation;
            cursor = ws.desk.change_cursor().await.unwrap_or(0);
            local = Some(ws.desk.subscribe());
            pending.insert(ChangeKey::Workspace);
        }
        // Local changes, for up to one batch interval.
        if let Some(rx) = local.as_mut() {
            let deadline = tokio::time::Instant::now() + BATCH;
            while let Ok(Ok(change)) = tokio::time::timeout_at(deadline, rx.recv()).await {
                pending.insert(ChangeKey::from(change));
            }
        }
        // Other processes, through the change log.
        if last_poll.elapsed() >= POLL {
            last_poll = std::time::Instant::now();
            match ws.desk.store().changes_since(cursor, 2000).await {
                Ok(records) => {
                    for r in records {
                        cursor = r.seq;
                        pending.insert(match r.entity {
                            ChangeEntity::Workspace => ChangeKey::Workspace,
                            ChangeEntity::Community => ChangeKey::Community(r.id),
                            ChangeEntity::Case => {
                                ChangeKey::Case(r.id, r.community_id.map(|c| c.0).unwrap_or(0))
                            }
                        });
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot read the change log"),
            }
        }
        if !pending.is_empty() {
            let batch: Vec<Change> = std::mem::take(&mut pending)
                .into_iter()
                .map(ChangeKey::into_change)
                .collect();
            let _ = app.emit("desk-changes", batch);
        }
    }
}

/// A change as a set key, so a batch names each case once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum ChangeKey {
    Workspace,
    Community(i64),
    Case(i64, i64),
}

impl From<Change> for ChangeKey {
    fn from(c: Change) -> Self {
        match c {
            Change::Workspace => ChangeKey::Workspace,
            Change::Community { id } => ChangeKey::Community(id.0),
            Change::Case { id, community } => ChangeKey::Case(id.0, community.0),
        }
    }
}

impl ChangeKey {
    fn into_change(self) -> Change {
        match self {
            ChangeKey::Workspace => Change::Workspace,
            ChangeKey::Community(id) => Change::Community {
                id: CommunityId(id),
            },
            ChangeKey::Case(id, community) => Change::Case {
                id: CaseId(id),
                community: CommunityId(community),
            },
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
        let settings = state.settings();
        match desk.sla_alerts(since, now).await {
            Ok(rows) => notify(&app, &settings, &rows),
            Err(e) => tracing::warn!(error = %e, "cannot check SLA alerts"),
        }
        handoff_alerts(&app, &desk, &settings, since, now).await;
        since = now;
    }
}

/// Reminds of handoffs at 75 % of their time and expires the overdue ones,
/// with a notification for each (one expiry is one case back in the queue).
async fn handoff_alerts(
    app: &AppHandle,
    desk: &switchboard_desk::Desk,
    settings: &switchboard_desk::Settings,
    since: chrono::DateTime<Utc>,
    now: chrono::DateTime<Utc>,
) {
    let mut due = Vec::new();
    match desk.handoffs_to_remind(since, now).await {
        Ok(list) => due.extend(list.into_iter().map(|h| ("notify-handoff-reminder", h))),
        Err(e) => tracing::warn!(error = %e, "cannot check handoff reminders"),
    }
    match desk.expire_overdue_handoffs().await {
        Ok(list) => due.extend(list.into_iter().map(|h| ("notify-handoff-expired", h))),
        Err(e) => tracing::warn!(error = %e, "cannot expire overdue handoffs"),
    }
    // Names first: the localizer is not Send, so it is made after the awaits.
    let mut notes = Vec::new();
    for (key, h) in due {
        let expert = match desk.store().expert(h.expert_id).await {
            Ok(e) => e.name,
            Err(_) => format!("#{}", h.expert_id),
        };
        let minutes = (h.due_at - now).num_minutes().max(0);
        notes.push((
            key,
            [
                ("case", h.case_id.to_string()),
                ("expert", expert),
                ("minutes", minutes.to_string()),
            ],
        ));
    }
    let l10n = localizer(settings);
    for (key, args) in notes {
        show(app, &l10n, l10n.t(key, &args));
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

/// One notification per case that crossed a threshold, for the person's own
/// cases and unassigned ones, in the person's language.
fn notify(app: &AppHandle, settings: &switchboard_desk::Settings, rows: &[QueueRow]) {
    let l10n = localizer(settings);
    let mine =
        |r: &&QueueRow| r.case.assignee_id.is_none() || r.case.assignee_id == settings.agent_id;
    for row in rows.iter().filter(mine) {
        let key = match row.sla_state {
            SlaState::Breached => "notify-breached",
            SlaState::AtRisk => "notify-at-risk",
            _ => continue,
        };
        let body = l10n.t(
            key,
            &[
                ("case", row.case.id.to_string()),
                ("community", row.community.clone()),
                ("customer", row.contact_name.clone()),
            ],
        );
        show(app, &l10n, body);
    }
}
