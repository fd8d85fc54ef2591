//! The commands of crisis clusters in the window: the clusters of the open
//! cases, the agents' decisions about them, and answering one at once
//! (docs/decisions/031-cluster-replies.md). The few seconds to undo a
//! cluster reply are the window's: nothing is stored before they end.

use crate::commands::{me, Reply};
use crate::state::AppState;
use switchboard_desk::cluster_reply::{
    BulkProgress, ClusterReplyPlan, ClusterReplyQueued, TemplateOption,
};
use switchboard_desk::clusters::ClusterSummary;
use switchboard_desk::crisis_desk::CrisisDesk;
use switchboard_domain::{CaseId, CaseStatus};
use tauri::State;

/// The clusters of at least `min_size` open cases, labelled in `ui_locale`.
#[tauri::command]
pub async fn crisis_clusters(
    state: State<'_, AppState>,
    min_size: usize,
    ui_locale: String,
) -> Reply<Vec<ClusterSummary>> {
    Ok(state
        .desk()
        .await?
        .crisis_clusters(&[], &ui_locale, min_size)
        .await?)
}

#[tauri::command]
pub async fn template_options(state: State<'_, AppState>) -> Reply<Vec<TemplateOption>> {
    Ok(state.desk().await?.template_options().await?)
}

/// What answering the cluster with the template as "me" would send.
#[tauri::command]
pub async fn cluster_reply_plan(
    state: State<'_, AppState>,
    cluster_id: u64,
    template_id: String,
) -> Reply<ClusterReplyPlan> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .cluster_reply_plan(cluster_id, &template_id, &agent)
        .await?)
}

/// Answers the cluster as "me": stored now, sent by the window's connector.
#[tauri::command]
pub async fn cluster_reply(
    state: State<'_, AppState>,
    cluster_id: u64,
    template_id: String,
    status: Option<CaseStatus>,
) -> Reply<ClusterReplyQueued> {
    let agent = me(&state).await?;
    Ok(state
        .desk()
        .await?
        .cluster_reply(cluster_id, &template_id, &agent, status, None)
        .await?)
}

#[tauri::command]
pub async fn bulk_progress(state: State<'_, AppState>, bulk_key: String) -> Reply<BulkProgress> {
    Ok(state.desk().await?.bulk_progress(&bulk_key).await?)
}

#[tauri::command]
pub async fn rename_cluster(
    state: State<'_, AppState>,
    cluster_id: u64,
    label: Option<String>,
) -> Reply<()> {
    Ok(state
        .desk()
        .await?
        .rename_cluster(cluster_id, label.as_deref())
        .await?)
}

#[tauri::command]
pub async fn merge_clusters(state: State<'_, AppState>, into: u64, from: u64) -> Reply<usize> {
    Ok(state.desk().await?.merge_clusters(into, from).await?)
}

#[tauri::command]
pub async fn move_out_of_cluster(state: State<'_, AppState>, case_id: CaseId) -> Reply<u64> {
    Ok(state.desk().await?.move_out_of_cluster(case_id).await?)
}

/// Takes `case_ids` out of the cluster into a new one; returns its id.
#[tauri::command]
pub async fn split_cluster(
    state: State<'_, AppState>,
    cluster_id: u64,
    case_ids: Vec<CaseId>,
) -> Reply<u64> {
    Ok(state
        .desk()
        .await?
        .split_cluster(cluster_id, &case_ids)
        .await?)
}

/// The crisis desk for someone who joins for the day: the running crises
/// with their guidance, the clusters, then the other cases.
#[tauri::command]
pub async fn crisis_desk(
    state: State<'_, AppState>,
    ui_locale: String,
    min_size: usize,
    limit: usize,
) -> Reply<CrisisDesk> {
    Ok(state
        .desk()
        .await?
        .crisis_desk(&ui_locale, min_size, limit)
        .await?)
}
