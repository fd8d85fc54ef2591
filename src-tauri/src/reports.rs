//! The commands of the Reports view: the figures of a period, grouped,
//! week by week and by topic, and the cases behind one group.

use crate::commands::Reply;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use switchboard_desk::reports::{CaseLine, GroupBy, Report, TopicFigures, WeekFigures};
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

#[tauri::command]
pub async fn report_weeks(
    state: State<'_, AppState>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Reply<Vec<WeekFigures>> {
    Ok(state.desk().await?.report_weeks(from, to).await?)
}

#[tauri::command]
pub async fn report_topics(
    state: State<'_, AppState>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Reply<Vec<TopicFigures>> {
    Ok(state.desk().await?.report_topics(from, to).await?)
}
