//! Presence commands: the window's heartbeats (online, viewing, typing),
//! leaving a case, and the board it polls (who else is on which case, who
//! is online). Each is a few lines over the desk (`switchboard_desk::presence`).

use crate::commands::{me, Reply};
use crate::state::AppState;
use switchboard_desk::presence::PresenceBoard;
use switchboard_domain::CaseId;
use switchboard_store::{PresenceKind, PresenceScope};
use tauri::State;

/// "Me" is online, and on the case (if any) viewing or typing.
#[tauri::command]
pub async fn heartbeat(
    state: State<'_, AppState>,
    case_id: Option<CaseId>,
    kind: PresenceKind,
) -> Reply<()> {
    let agent = me(&state).await?;
    let desk = state.desk().await?;
    match case_id {
        Some(case) => Ok(desk.heartbeat(case, &agent, kind).await?),
        None => Ok(desk.online(&agent).await?),
    }
}

/// "Me" closed the case.
#[tauri::command]
pub async fn leave_case(state: State<'_, AppState>, case_id: CaseId) -> Reply<()> {
    let agent = me(&state).await?;
    Ok(state.desk().await?.leave(case_id, &agent).await?)
}

/// Who else is on which case and who else is online.
#[tauri::command]
pub async fn presence_board(state: State<'_, AppState>) -> Reply<PresenceBoard> {
    let except = me(&state).await.ok().map(|a| a.id);
    Ok(state
        .desk()
        .await?
        .presence_board(&PresenceScope::All, except)
        .await?)
}
