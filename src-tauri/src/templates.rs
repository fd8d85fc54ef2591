//! The commands of reply templates in the composer: the ones that fit the
//! open case, with previews, and inserting one into the draft.

use crate::commands::{me, Reply};
use crate::state::AppState;
use switchboard_desk::templates::TemplateChoice;
use switchboard_domain::CaseId;
use switchboard_store::Draft;
use tauri::State;

/// Templates for the case matching `query`, in `locale` when the agent
/// chose to answer in another language (the case's otherwise).
#[tauri::command]
pub async fn case_templates(
    state: State<'_, AppState>,
    case_id: CaseId,
    query: String,
    locale: Option<String>,
) -> Reply<Vec<TemplateChoice>> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .templates_for_case(case_id, &query, &agent, locale.as_deref())
        .await?)
}

/// Adds the template, rendered as its preview showed it, to the draft.
#[tauri::command]
pub async fn insert_template(
    state: State<'_, AppState>,
    case_id: CaseId,
    template_id: String,
    locale: Option<String>,
) -> Reply<Draft> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .insert_template(case_id, &template_id, &agent, locale.as_deref())
        .await?)
}
