//! A report's figures summed by the database from the report facts, per
//! group, and finished with the domain's definitions; and the same per
//! week, for trend lines.

use super::{Context, GroupBy, Report, ReportGroup};
use crate::{Desk, DeskResult};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::collections::BTreeMap;
use switchboard_domain::report::{week_of, Figures, Tally};
use switchboard_store::{FactKey, FactQuery};
use ts_rs::TS;

/// One week of a trend: cases opened that week and their first response;
/// cases resolved that week and their resolution (weeks start on Monday in
/// each community's time zone).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WeekFigures {
    pub week: NaiveDate,
    pub cases_opened: u64,
    pub cases_resolved: u64,
    pub first_response_attainment: Option<f64>,
    pub first_response_median_s: Option<i64>,
    pub resolution_attainment: Option<f64>,
    pub resolution_median_s: Option<i64>,
}

fn fact_key(by: Option<GroupBy>) -> FactKey {
    match by {
        None => FactKey::Total,
        Some(GroupBy::Community | GroupBy::Brand | GroupBy::Locale) => FactKey::Community,
        Some(GroupBy::Channel) => FactKey::Channel,
        Some(GroupBy::Agent) => FactKey::Assignee,
        Some(GroupBy::Topic) => FactKey::Topic,
        Some(GroupBy::Crisis) => FactKey::Crisis,
    }
}

impl Desk {
    /// The report of `[from, to)`, grouped by `by` when given.
    pub async fn report(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        by: Option<GroupBy>,
    ) -> DeskResult<Report> {
        self.report_with_progress(from, to, by, &mut |_| {}).await
    }

    /// `report`, telling `progress` how many cases are computed when the
    /// report facts are built whole (the first report of a workspace).
    pub async fn report_with_progress(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        by: Option<GroupBy>,
        progress: &mut (dyn FnMut(u64) + Send),
    ) -> DeskResult<Report> {
        let period = self.period(from, to)?;
        let cx = self.report_context().await?;
        self.refresh_report_facts(&cx, progress).await?;
        self.sums(&cx, from, to, period.end, by).await
    }

    /// The report of `[from, to)` read at `end`, from facts up to date.
    pub(super) async fn sums(
        &self,
        cx: &Context,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        end: DateTime<Utc>,
        by: Option<GroupBy>,
    ) -> DeskResult<Report> {
        let query = FactQuery {
            from,
            to,
            end,
            key: fact_key(by),
            per_community: false,
        };
        let store = self.store();
        let mut total = Tally::default();
        let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
        for sums in store.report_sums(&query).await? {
            if let Some(by) = by {
                let key = cx.name(by, sums.key.as_deref());
                groups.entry(key).or_default().absorb(sums.summed.clone());
            }
            total.absorb(sums.summed);
        }
        for h in store.report_handoffs(&query).await? {
            if let Some(by) = by {
                let key = cx.name(by, h.key.as_deref());
                groups.entry(key).or_default().add_handoff(&h.handoff);
            }
            total.add_handoff(&h.handoff);
        }
        Ok(Report {
            from,
            to,
            by,
            total: total.finish(),
            groups: groups
                .into_iter()
                .map(|(key, t)| ReportGroup {
                    key,
                    figures: t.finish(),
                })
                .filter(|g| has_any(&g.figures))
                .collect(),
        })
    }

    /// The weeks of `[from, to)`: cases opened and resolved each week and
    /// how their clocks did.
    pub async fn report_weeks(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> DeskResult<Vec<WeekFigures>> {
        let period = self.period(from, to)?;
        let cx = self.report_context().await?;
        self.refresh_report_facts(&cx, &mut |_| {}).await?;
        self.weeks(&cx, from, to, period.end).await
    }

    /// The weeks of `[from, to)` read at `end`, from facts up to date.
    pub(super) async fn weeks(
        &self,
        cx: &Context,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> DeskResult<Vec<WeekFigures>> {
        let store = self.store();
        let query = |key| FactQuery {
            from,
            to,
            end,
            key,
            per_community: false,
        };
        let mut opened: BTreeMap<NaiveDate, Tally> = BTreeMap::new();
        for s in store.report_sums(&query(FactKey::OpenedWeek)).await? {
            if let Some(week) = s.key.as_deref().and_then(week_key) {
                let mut part = s.summed;
                // Only what belongs to the week a case opened in.
                part.resolution_times.clear();
                part.opened_hours.clear();
                part.figures = Figures {
                    cases_opened: part.figures.cases_opened,
                    first_response_met: part.figures.first_response_met,
                    first_response_missed: part.figures.first_response_missed,
                    first_response_running: part.figures.first_response_running,
                    ..Figures::default()
                };
                opened.entry(week).or_default().absorb(part);
            }
        }
        let mut resolved: BTreeMap<NaiveDate, Tally> = BTreeMap::new();
        for s in store.report_sums(&query(FactKey::ResolvedWeek)).await? {
            if let Some(week) = s.key.as_deref().and_then(week_key) {
                let mut part = s.summed;
                part.first_times.clear();
                part.opened_hours.clear();
                part.figures = Figures {
                    cases_resolved: part.figures.cases_resolved,
                    resolution_met: part.figures.resolution_met,
                    resolution_missed: part.figures.resolution_missed,
                    ..Figures::default()
                };
                resolved.entry(week).or_default().absorb(part);
            }
        }
        Ok(weeks_between(cx, from, to)
            .into_iter()
            .map(|week| {
                let o = opened.remove(&week).unwrap_or_default().finish();
                let r = resolved.remove(&week).unwrap_or_default().finish();
                WeekFigures {
                    week,
                    cases_opened: o.cases_opened,
                    cases_resolved: r.cases_resolved,
                    first_response_attainment: o.first_response_attainment,
                    first_response_median_s: o.first_response_median_s,
                    resolution_attainment: r.resolution_attainment,
                    resolution_median_s: r.resolution_median_s,
                }
            })
            .collect())
    }
}

fn week_key(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// Every Monday from the week of `from` to the week of the period's last
/// instant, in the workspace's first time zone.
fn weeks_between(cx: &Context, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<NaiveDate> {
    let tz = cx.fallback.time_zone;
    let tz = cx.policies.values().next().map_or(tz, |p| p.time_zone);
    let first = week_of(from, tz);
    let last = week_of(to - chrono::Duration::milliseconds(1), tz);
    let mut out = Vec::new();
    let mut w = first;
    while w <= last && out.len() < 600 {
        out.push(w);
        w += chrono::Duration::days(7);
    }
    out
}

/// A group with nothing in the period (its cases all outside it) is left
/// out, as when cases are read one by one.
fn has_any(f: &Figures) -> bool {
    f.cases_opened
        + f.cases_resolved
        + f.cases_reopened
        + f.backlog_open
        + f.first_response_met
        + f.first_response_missed
        + f.first_response_running
        + f.resolution_met
        + f.resolution_missed
        + f.resolution_running
        + f.handoffs_asked
        > 0
}
