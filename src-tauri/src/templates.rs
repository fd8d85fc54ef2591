//! The commands of reply templates: in the composer, the ones that fit the
//! open case, with previews, and inserting one into the draft; in the
//! saved-replies editor, every variant, a live preview as one is typed,
//! saving and confirming, and the translation backlog.

use crate::commands::{me, Reply};
use crate::state::AppState;
use switchboard_desk::templates::{BacklogItem, TemplateChoice};
use switchboard_domain::CaseId;
use switchboard_l10n::templates::{Rendered, Template};
use switchboard_store::templates::VariantSaved;
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

/// Every saved reply with all its variants (the window's editor).
#[tauri::command]
pub async fn saved_replies(state: State<'_, AppState>) -> Reply<Vec<Template>> {
    Ok(state.desk().await?.templates().await?)
}

/// A variant as typed, rendered for the open case (a sample customer
/// without one), or the Fluent problems that keep it from being saved.
#[tauri::command]
pub async fn preview_variant(
    state: State<'_, AppState>,
    case_id: Option<CaseId>,
    brand: Option<String>,
    locale: String,
    source: String,
) -> Reply<Rendered> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .preview_variant(case_id, &agent, brand.as_deref(), &locale, &source)
        .await?)
}

/// Checks and stores a variant, as `switchboard templates` does.
#[tauri::command]
pub async fn save_variant(
    state: State<'_, AppState>,
    template: String,
    topic: Option<String>,
    brand: Option<String>,
    locale: String,
    source: String,
    tags: Vec<String>,
) -> Reply<VariantSaved> {
    Ok(state
        .desk()
        .await?
        .save_variant(
            &template,
            topic.as_deref(),
            brand.as_deref(),
            &locale,
            &source,
            &tags,
        )
        .await?)
}

/// Says an outdated variant still holds after the reference changed.
#[tauri::command]
pub async fn confirm_variant(
    state: State<'_, AppState>,
    template: String,
    brand: Option<String>,
    locale: String,
) -> Reply<()> {
    Ok(state
        .desk()
        .await?
        .confirm_variant(&template, brand.as_deref(), &locale)
        .await?)
}

/// Per community, the saved replies missing in its language or outdated.
#[tauri::command]
pub async fn translation_backlog(state: State<'_, AppState>) -> Reply<Vec<BacklogItem>> {
    Ok(state.desk().await?.translation_backlog().await?)
}
