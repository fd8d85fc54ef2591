//! The commands of the Reports view: the figures of a period, grouped,
//! week by week and by topic (with samples), and the cases behind one group.

use crate::commands::Reply;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use switchboard_desk::reports::{CaseLine, Dashboard, GroupBy, Report, TopicSample};
use tauri::State;

/// Cases a drill-down lists at most.
const DRILL_LIMIT: usize = 200;

#[tauri::command]
pub async fn report(
    state: State<'_, AppState>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    by: Option<GroupBy>,
) -> Reply<Report> {
    Ok(state.desk().await?.report(from, to, by).await?)
}

#[tauri::command]
pub async fn report_drill(
    state: State<'_, AppState>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    by: Option<GroupBy>,
    key: String,
    hour: Option<u16>,
) -> Reply<Vec<CaseLine>> {
    Ok(state
        .desk()
        .await?
        .report_drill(from, to, by, &key, hour, DRILL_LIMIT)
        .await?)
}

/// The Reports view's first screen: figures, weeks and topics at once.
#[tauri::command]
pub async fn report_dashboard(
    state: State<'_, AppState>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    by: Option<GroupBy>,
) -> Reply<Dashboard> {
    Ok(state.desk().await?.report_dashboard(from, to, by).await?)
}

/// Samples a topic shows when unfolded.
const SAMPLES: u32 = 3;

#[tauri::command]
pub async fn report_topic_samples(
    state: State<'_, AppState>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    topic: String,
) -> Reply<Vec<TopicSample>> {
    Ok(state
        .desk()
        .await?
        .report_topic_samples(from, to, &topic, SAMPLES)
        .await?)
}
