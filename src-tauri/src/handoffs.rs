//! The commands of the expert directory and of handoffs: who to ask, asking,
//! the answer coming back, and the expert view. Same shape as commands.rs:
//! parse, call the desk, map the error.

use crate::commands::{me, Reply};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use switchboard_desk::experts::{ExpertEntry, ExpertInput};
use switchboard_desk::handoffs::{HandoffDefaults, HandoffRequest};
use switchboard_desk::mailto::MailLabels;
use switchboard_desk::suggest::Suggestion;
use switchboard_domain::{CaseId, Expert, ExpertId, Handoff, HandoffId, HandoffPriority};
use switchboard_l10n::Localizer;
use switchboard_store::{Draft, ExpertHandoff};
use tauri::State;
use tauri_plugin_opener::OpenerExt;

/// The UI language of this person, for text the desk writes (the e-mail).
fn localizer(state: &AppState) -> Localizer {
    match state.settings().language {
        Some(lang) => Localizer::new(&lang),
        None => Localizer::from_env(),
    }
}

#[tauri::command]
pub async fn experts(state: State<'_, AppState>, with_retired: bool) -> Reply<Vec<ExpertEntry>> {
    Ok(state.desk().await?.experts(with_retired).await?)
}

/// The profile of `expert_id` as the edit form shows it.
#[tauri::command]
pub async fn expert_input(state: State<'_, AppState>, expert_id: ExpertId) -> Reply<ExpertInput> {
    Ok(state.desk().await?.expert_input(expert_id).await?)
}

#[tauri::command]
pub async fn add_expert(state: State<'_, AppState>, input: ExpertInput) -> Reply<Expert> {
    Ok(state.desk().await?.add_expert(&input).await?)
}

#[tauri::command]
pub async fn edit_expert(
    state: State<'_, AppState>,
    expert_id: ExpertId,
    input: ExpertInput,
) -> Reply<Expert> {
    Ok(state.desk().await?.edit_expert(expert_id, &input).await?)
}

#[tauri::command]
pub async fn retire_expert(state: State<'_, AppState>, expert_id: ExpertId) -> Reply<Expert> {
    Ok(state.desk().await?.retire_expert(expert_id).await?)
}

/// Experts for the case, best first, each with the reasons. The agent's
/// languages are their UI language and the languages of "me" when known.
#[tauri::command]
pub async fn suggest_experts(
    state: State<'_, AppState>,
    case_id: CaseId,
) -> Reply<Vec<Suggestion>> {
    let languages = vec![localizer(&state).lang().to_string()];
    Ok(state
        .desk()
        .await?
        .suggest_experts(case_id, &languages)
        .await?)
}

#[tauri::command]
pub async fn handoff_defaults(
    state: State<'_, AppState>,
    case_id: CaseId,
) -> Reply<HandoffDefaults> {
    Ok(state.desk().await?.handoff_defaults(case_id).await?)
}

#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn ask_handoff(
    state: State<'_, AppState>,
    case_id: CaseId,
    expert_id: ExpertId,
    question: String,
    excerpt: String,
    due_at: Option<DateTime<Utc>>,
    priority: HandoffPriority,
) -> Reply<Handoff> {
    let agent = me(&state).await?;
    let req = HandoffRequest {
        case: case_id,
        expert: expert_id,
        question,
        excerpt: Some(excerpt),
        due_at,
        priority,
    };
    Ok(state.desk().await?.ask_handoff(&req, &agent).await?)
}

/// Records the answer that came back (typed by the expert in the expert
/// view, or by the agent from the e-mail). `by` is who answered when it was
/// not the expert asked.
#[tauri::command]
pub async fn answer_handoff(
    state: State<'_, AppState>,
    handoff_id: HandoffId,
    text: String,
    by: Option<String>,
) -> Reply<Handoff> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .answer_handoff(handoff_id, &text, by.as_deref(), &agent)
        .await?)
}

#[tauri::command]
pub async fn decline_handoff(
    state: State<'_, AppState>,
    handoff_id: HandoffId,
    reason: Option<String>,
) -> Reply<Handoff> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .decline_handoff(handoff_id, reason.as_deref(), &agent)
        .await?)
}

#[tauri::command]
pub async fn insert_answer(state: State<'_, AppState>, handoff_id: HandoffId) -> Reply<Draft> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .insert_answer_into_draft(handoff_id, &agent)
        .await?)
}

/// Solo mode: opens the handoff as an e-mail in the person's mail program
/// and returns the link (the window offers to copy it when no mail program
/// opens).
#[tauri::command]
pub async fn email_handoff(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    handoff_id: HandoffId,
) -> Reply<String> {
    let labels = MailLabels::localized(&localizer(&state));
    let link = state
        .desk()
        .await?
        .handoff_mailto(handoff_id, &labels)
        .await?;
    if let Err(e) = app.opener().open_url(&link, None::<&str>) {
        tracing::warn!(error = %e, "no mail program opened the handoff");
    }
    Ok(link)
}

/// The expert view: one expert's handoffs across every community.
#[tauri::command]
pub async fn expert_handoffs(
    state: State<'_, AppState>,
    expert_id: ExpertId,
    open_only: bool,
) -> Reply<Vec<ExpertHandoff>> {
    Ok(state
        .desk()
        .await?
        .handoffs_of_expert(expert_id, open_only)
        .await?)
}
