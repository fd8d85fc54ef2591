//! Connecting communities to their pages from the window: a page token
//! pasted by the person (checked with Meta, filed in the OS keychain), or
//! every community at once to the demo's fake Graph server. The connector
//! that runs beside the window picks a new connection up on its next round.

use crate::commands::Reply;
use crate::state::AppState;
use switchboard_desk::connector::DEFAULT_POLL_SECS;
use switchboard_domain::CommunityId;
use switchboard_secrets::Secret;
use switchboard_store::Connection;
use tauri::State;

/// Seconds between polls of the demo server: its fans write every few
/// seconds, and the demo should feel live.
const DEMO_POLL_SECS: i64 = 3;

#[tauri::command]
pub async fn connect_page(
    state: State<'_, AppState>,
    community_id: CommunityId,
    graph_url: String,
    token: String,
    human_agent: bool,
) -> Reply<Connection> {
    let connector = state.connector().await?;
    let token = Secret::new(token.trim());
    Ok(connector
        .connect_page(
            community_id,
            &graph_url,
            &token,
            human_agent,
            DEFAULT_POLL_SECS,
        )
        .await?)
}

#[tauri::command]
pub async fn connect_demo_server(
    state: State<'_, AppState>,
    url: String,
) -> Reply<Vec<Connection>> {
    let connector = state.connector().await?;
    Ok(connector.connect_demo_server(&url, DEMO_POLL_SECS).await?)
}

/// Forgets the connection and the page token; the cases stay.
#[tauri::command]
pub async fn disconnect_page(state: State<'_, AppState>, community_id: CommunityId) -> Reply<()> {
    Ok(state.connector().await?.disconnect(community_id).await?)
}

/// Hides the fan's public comments with personal data on the case's page.
#[tauri::command]
pub async fn hide_personal_comments(
    state: State<'_, AppState>,
    case_id: switchboard_domain::CaseId,
) -> Reply<switchboard_domain::Case> {
    let agent = crate::commands::me(&state).await?;
    Ok(state
        .connector()
        .await?
        .hide_personal_comments(case_id, &agent)
        .await?)
}

/// Sends the reply as the one private reply to the comment, with a short
/// public reply saying so.
#[tauri::command]
pub async fn send_privately(
    state: State<'_, AppState>,
    case_id: switchboard_domain::CaseId,
    body: String,
) -> Reply<switchboard_desk::replies::SendOutcome> {
    let agent = crate::commands::me(&state).await?;
    Ok(state
        .desk()
        .await?
        .send_privately(case_id, &agent, &body)
        .await?)
}
