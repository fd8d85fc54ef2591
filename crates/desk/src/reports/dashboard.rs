//! The Reports view's first screen in one call: the figures, the weeks and
//! the topics of a period, from facts brought up to date once, read at the
//! same time.

use super::{GroupBy, Report, TopicFigures, WeekFigures};
use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct Dashboard {
    pub report: Report,
    pub weeks: Vec<WeekFigures>,
    pub topics: Vec<TopicFigures>,
}

impl Desk {
    /// `report`, `report_weeks` and `report_topics` of `[from, to)` at once.
    pub async fn report_dashboard(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        by: Option<GroupBy>,
    ) -> DeskResult<Dashboard> {
        let period = self.period(from, to)?;
        let cx = self.report_context().await?;
        self.refresh_report_facts(&cx, &mut |_| {}).await?;
        let (report, weeks, topics) = tokio::try_join!(
            self.sums(&cx, from, to, period.end, by),
            self.weeks(&cx, from, to, period.end),
            self.topics(&cx, from, to),
        )?;
        Ok(Dashboard {
            report,
            weeks,
            topics,
        })
    }
}
