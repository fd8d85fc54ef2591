//! The commands of crisis mode: the running crises for the banner, the
//! playbooks, declaring and ending a crisis, and its holding statement
//! (previewed per page, edited per language, published on every page).

use crate::commands::{me, Reply};
use crate::state::AppState;
use switchboard_desk::crisis::{CrisisView, Declaration};
use switchboard_desk::playbooks::PlaybookView;
use switchboard_desk::statement::{PublishReport, StatementPage};
use switchboard_domain::{Crisis, CrisisId};
use tauri::State;

/// The crises running now, for the banner.
#[tauri::command]
pub async fn running_crises(state: State<'_, AppState>) -> Reply<Vec<CrisisView>> {
    Ok(state.desk().await?.running_crises().await?)
}

#[tauri::command]
pub async fn playbooks(state: State<'_, AppState>) -> Reply<Vec<PlaybookView>> {
    Ok(state.desk().await?.playbooks().await?)
}

/// Declares a crisis as "me"; `scope` as the CLI writes it
/// (`brand:lakeline`), the terms the playbook's unless given.
#[tauri::command]
pub async fn declare_crisis(
    state: State<'_, AppState>,
    name: String,
    scope: String,
    playbook: Option<String>,
    first_response_minutes: Option<i64>,
) -> Reply<Crisis> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .declare_crisis(
            &Declaration {
                name,
                scope,
                playbook,
                first_response_minutes,
                resolution_minutes: None,
            },
            &agent,
        )
        .await?)
}

#[tauri::command]
pub async fn end_crisis(state: State<'_, AppState>, crisis_id: CrisisId) -> Reply<Crisis> {
    let agent = me(&state).await?;
    Ok(state.desk().await?.end_crisis(crisis_id, &agent).await?)
}

#[tauri::command]
pub async fn statement_preview(
    state: State<'_, AppState>,
    crisis_id: CrisisId,
) -> Reply<Vec<StatementPage>> {
    Ok(state.desk().await?.statement_preview(crisis_id).await?)
}

/// Writes the statement's text for a locale (any brand), then previews.
#[tauri::command]
pub async fn set_statement(
    state: State<'_, AppState>,
    crisis_id: CrisisId,
    locale: String,
    text: String,
) -> Reply<Vec<StatementPage>> {
    let desk = state.desk().await?;
    desk.set_statement(crisis_id, None, &locale, &text).await?;
    Ok(desk.statement_preview(crisis_id).await?)
}

#[tauri::command]
pub async fn publish_statement(
    state: State<'_, AppState>,
    crisis_id: CrisisId,
) -> Reply<PublishReport> {
    Ok(state.desk().await?.publish_statement(crisis_id).await?)
}
