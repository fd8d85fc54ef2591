//! The commands the UI invokes: parse, call the desk, map the error. Errors
//! cross as `{code, args}` (ErrorPayload) and the UI localizes them.

use crate::state::AppState;
use switchboard_desk::cases::CaseView;
use switchboard_desk::collision::Seen;
use switchboard_desk::replies::SendOutcome;
use switchboard_desk::{DatabaseUrl, ErrorPayload, QueuePage, Settings, WorkspaceInfo};
use switchboard_domain::{Agent, AgentId, Case, CaseId, CaseStatus};
use switchboard_store::{
    CommunityCounts, Connection, Draft, OutboxId, OutboxItem, QueueFilter, SearchFilter, SearchHit,
};
use tauri::State;

pub type Reply<T> = Result<T, ErrorPayload>;

async fn info(state: &AppState) -> Reply<WorkspaceInfo> {
    let w = state.current().await?;
    Ok(w.desk.workspace_info(w.url, state.settings()).await?)
}

/// The agent this person chose to be, or the `no-agent` error.
pub async fn me(state: &AppState) -> Reply<Agent> {
    let chosen = state.settings().agent_id;
    Ok(state.desk().await?.me(chosen).await?)
}

#[tauri::command]
pub async fn workspace(state: State<'_, AppState>) -> Reply<WorkspaceInfo> {
    state.marks.mark("workspace-asked");
    let info = info(&state).await;
    state.marks.mark("workspace-answered");
    info
}

#[tauri::command]
pub async fn set_settings(state: State<'_, AppState>, settings: Settings) -> Reply<Settings> {
    let mut next = state.settings();
    next.language = settings.language;
    next.agent_id = settings.agent_id;
    Ok(state.save_settings(next))
}

#[tauri::command]
pub async fn community_counts(state: State<'_, AppState>) -> Reply<Vec<CommunityCounts>> {
    state.marks.mark("counts-asked");
    let counts = state.desk().await?.community_counts().await?;
    state.marks.mark("counts-answered");
    Ok(counts)
}

/// The communities surging now (spike alerts that have not ended).
#[tauri::command]
pub async fn surges(state: State<'_, AppState>) -> Reply<Vec<switchboard_desk::spikes::Surge>> {
    Ok(state.desk().await?.surges().await?)
}

#[tauri::command]
pub async fn queue(state: State<'_, AppState>, filter: QueueFilter) -> Reply<QueuePage> {
    state.marks.mark("queue-asked");
    let page = state.desk().await?.queue_page(&filter).await?;
    state.marks.mark("queue-answered");
    Ok(page)
}

#[tauri::command]
pub async fn search(
    state: State<'_, AppState>,
    text: String,
    within: SearchFilter,
    limit: u32,
) -> Reply<Vec<SearchHit>> {
    Ok(state
        .desk()
        .await?
        .search(&text, &within, limit.min(500))
        .await?)
}

#[tauri::command]
pub async fn open_case(state: State<'_, AppState>, case_id: CaseId) -> Reply<CaseView> {
    Ok(state.desk().await?.open_case(case_id).await?)
}

#[tauri::command]
pub async fn assign(
    state: State<'_, AppState>,
    case_id: CaseId,
    agent_id: Option<AgentId>,
) -> Reply<Case> {
    let desk = state.desk().await?;
    let agent = match agent_id {
        Some(id) => Some(desk.agent(id).await?),
        None => None,
    };
    Ok(desk.assign(case_id, agent.as_ref()).await?)
}

/// "a": claims the case for "me"; `case-held` when a colleague holds it.
#[tauri::command]
pub async fn claim(state: State<'_, AppState>, case_id: CaseId) -> Reply<Case> {
    let agent = me(&state).await?;
    Ok(state.desk().await?.claim(case_id, &agent).await?)
}

/// Takes the case over from its holder, on purpose (audited).
#[tauri::command]
pub async fn take_over(state: State<'_, AppState>, case_id: CaseId) -> Reply<Case> {
    let agent = me(&state).await?;
    Ok(state.desk().await?.take_over(case_id, &agent).await?)
}

#[tauri::command]
pub async fn set_status(
    state: State<'_, AppState>,
    case_id: CaseId,
    status: CaseStatus,
) -> Reply<Case> {
    Ok(state.desk().await?.set_status(case_id, status).await?)
}

/// Sets what the case is about (a topic slug), or clears it.
#[tauri::command]
pub async fn set_topic(
    state: State<'_, AppState>,
    case_id: CaseId,
    topic: Option<String>,
) -> Reply<Case> {
    Ok(state
        .desk()
        .await?
        .set_topic(case_id, topic.as_deref())
        .await?)
}

/// Snoozes the case until `until`: it waits for the customer, back open then.
#[tauri::command]
pub async fn snooze(
    state: State<'_, AppState>,
    case_id: CaseId,
    until: chrono::DateTime<chrono::Utc>,
) -> Reply<Case> {
    Ok(state.desk().await?.snooze(case_id, until).await?)
}

/// Replaces the case's tags.
#[tauri::command]
pub async fn set_tags(
    state: State<'_, AppState>,
    case_id: CaseId,
    tags: Vec<String>,
) -> Reply<Case> {
    Ok(state.desk().await?.set_tags(case_id, &tags).await?)
}

/// The undo of a status change: back to the status the case had.
#[tauri::command]
pub async fn undo_status(
    state: State<'_, AppState>,
    case_id: CaseId,
    before: CaseStatus,
) -> Reply<Case> {
    Ok(state.desk().await?.undo_status(case_id, before).await?)
}

#[tauri::command]
pub async fn add_note(state: State<'_, AppState>, case_id: CaseId, body: String) -> Reply<Case> {
    let agent = me(&state).await?;
    Ok(state.desk().await?.add_note(case_id, &agent, &body).await?)
}

/// Recorded on the case, or (on a connected community) into the outbox;
/// held when something new came on the case since `seen` (what the window
/// showed when the case was opened or the draft started).
#[tauri::command]
pub async fn record_reply(
    state: State<'_, AppState>,
    case_id: CaseId,
    body: String,
    seen: Option<Seen>,
) -> Reply<SendOutcome> {
    let agent = me(&state).await?;
    let desk = state.desk().await?;
    Ok(match seen {
        Some(seen) => desk.send_reply_seen(case_id, &agent, &body, seen).await?,
        None => desk.send_reply(case_id, &agent, &body).await?,
    })
}

/// A failed reply is sent again.
#[tauri::command]
pub async fn retry_reply(state: State<'_, AppState>, id: OutboxId) -> Reply<OutboxItem> {
    Ok(state.desk().await?.retry_reply(id).await?)
}

/// A reply that is not sent goes back into the draft.
#[tauri::command]
pub async fn withdraw_reply(state: State<'_, AppState>, id: OutboxId) -> Reply<OutboxItem> {
    Ok(state.desk().await?.withdraw_reply(id).await?)
}

/// Each connected community and how its sync stands.
#[tauri::command]
pub async fn connections(state: State<'_, AppState>) -> Reply<Vec<Connection>> {
    Ok(state.desk().await?.connections().await?)
}

#[tauri::command]
pub async fn draft(state: State<'_, AppState>, case_id: CaseId) -> Reply<Option<Draft>> {
    let agent = me(&state).await?;
    Ok(state.desk().await?.draft(case_id, agent.id).await?)
}

#[tauri::command]
pub async fn save_draft(state: State<'_, AppState>, case_id: CaseId, body: String) -> Reply<()> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .save_draft(case_id, agent.id, &body)
        .await?)
}

/// File → Open: a native picker for another workspace database.
#[tauri::command]
pub async fn open_workspace(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
) -> Reply<Option<WorkspaceInfo>> {
    match crate::menu::pick_database(&app).await {
        Some(path) => {
            let url = DatabaseUrl::Sqlite(path);
            crate::menu::switch(&app, &state, url).await?;
            Ok(Some(info(&state).await?))
        }
        None => Ok(None),
    }
}

/// The UI painted its first queue: log the cold-start time (and, measured,
/// the page's marks on the way).
#[tauri::command]
pub fn ui_ready(state: State<'_, AppState>, marks: Vec<(String, f64)>) {
    let ms = state.marks.elapsed_ms();
    tracing::info!(ms, "first queue painted");
    state.marks.page_marks(&marks);
    if std::env::var_os("SWITCHBOARD_REPORT_READY").is_some() {
        println!("switchboard-ready-ms={ms}");
    }
}
