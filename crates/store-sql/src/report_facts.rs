//! The cases a report reads, and the report facts: one row per case with
//! its clocks in business time (written by the desk), summed per group by
//! the database for a period. The sums follow `domain::report::outcome`
//! clause by clause; the store suite checks that both agree.

use crate::convert::*;
use crate::db::{Row, Sql};
use crate::SqlStore;
use chrono::{DateTime, Utc};
use switchboard_domain::report::{
    backlog_band, Figures, ReportCase, ReportFact, Summed, BACKLOG_AGE_HOURS,
};
use switchboard_domain::{AgentId, CaseId, CommunityId, CrisisId};
use switchboard_store::*;

const CASE_COLUMNS: &str = "k.id, k.community_id, k.kind, k.assignee_id, k.topic, k.crisis_id, \
     k.status, k.opened_at, k.resolved_at, k.sla_started_at, k.first_response_due, \
     k.first_response_at, k.resolution_paused_secs, k.resolution_due, k.reopened_at";

fn report_case(r: &Row) -> StoreResult<ReportCase> {
    let kind: String = r.try_get("kind").map_err(db)?;
    let status: String = r.try_get("status").map_err(db)?;
    Ok(ReportCase {
        id: CaseId(r.try_get("id").map_err(db)?),
        community_id: CommunityId(r.try_get("community_id").map_err(db)?),
        kind: parse("case kind", &kind)?,
        assignee_id: r
            .try_get::<Option<i64>>("assignee_id")
            .map_err(db)?
            .map(AgentId),
        topic: r.try_get("topic").map_err(db)?,
        crisis_id: r
            .try_get::<Option<i64>>("crisis_id")
            .map_err(db)?
            .map(CrisisId),
        status: parse("case status", &status)?,
        opened_at: r.try_get("opened_at").map_err(db)?,
        resolved_at: r.try_get("resolved_at").map_err(db)?,
        started_at: r.try_get("sla_started_at").map_err(db)?,
        first_response_due: r.try_get("first_response_due").map_err(db)?,
        first_response_at: r.try_get("first_response_at").map_err(db)?,
        resolution_paused_secs: r.try_get("resolution_paused_secs").map_err(db)?,
        resolution_due: r.try_get("resolution_due").map_err(db)?,
        reopened_at: r.try_get("reopened_at").map_err(db)?,
    })
}

/// Facts per INSERT: 18 parameters each, well under either backend's limit.
const FACT_ROWS: usize = 400;

/// The key first: community, then case.
const FACT_COLUMNS: [&str; 18] = [
    "case_id",
    "community_id",
    "kind",
    "assignee_id",
    "topic",
    "crisis_id",
    "opened_at",
    "resolved_at",
    "first_response_due",
    "first_response_at",
    "first_response_s",
    "resolution_due",
    "resolution_s",
    "resolution_met",
    "reopened_at",
    "opened_how",
    "opened_week",
    "resolved_week",
];

fn push_fact<'q>(q: &mut Sql<'q>, f: &'q ReportFact) {
    q.push("(").push_bind(f.case_id.0);
    q.push(", ").push_bind(f.community_id.0);
    q.push(", ").push_bind(f.kind.as_str());
    q.push(", ").push_bind(f.assignee_id.map(|a| a.0));
    q.push(", ").push_bind(&f.topic);
    q.push(", ").push_bind(f.crisis_id.map(|c| c.0));
    q.push(", ").push_bind(f.opened_at);
    q.push(", ").push_bind(f.resolved_at);
    q.push(", ").push_bind(f.first_response_due);
    q.push(", ").push_bind(f.first_response_at);
    q.push(", ").push_bind(f.first_response_s);
    q.push(", ").push_bind(f.resolution_due);
    q.push(", ").push_bind(f.resolution_s);
    q.push(", ");
    match f.resolution_met {
        Some(met) => q.push_bind(met),
        None => q.push("NULL"),
    };
    q.push(", ").push_bind(f.reopened_at);
    q.push(", ").push_bind(i64::from(f.opened_hour_of_week));
    q.push(", ").push_bind(f.opened_week);
    q.push(", ").push_bind(f.resolved_week).push(")");
}

/// The stored column a group is keyed by, how it is read as text, and the
/// index that holds the facts in community order and then in its order
/// (SQLite; migration 0018). On SQLite groups are formed per community
/// and key, so that each part of the communities is one ordered pass with
/// no sort; the caller adds a key's rows up. Grouping goes by the column itself:
/// grouping by the text would compute it for every row and sort by it.
fn key_column(key: FactKey, per_community: bool) -> (String, String, Option<&'static str>) {
    let (Some(column), text) = (key_column_name(key), key_text(key, "f")) else {
        return (key_text(key, "f"), String::new(), None);
    };
    let index = match key {
        // The facts themselves are stored in community order.
        FactKey::Community | FactKey::Total => None,
        FactKey::Channel => Some("report_facts_by_kind"),
        FactKey::Assignee => Some("report_facts_by_assignee"),
        FactKey::Topic => Some("report_facts_by_topic"),
        FactKey::Crisis => Some("report_facts_by_crisis"),
        FactKey::OpenedWeek => Some("report_facts_by_opened_week"),
        FactKey::ResolvedWeek => Some("report_facts_by_resolved_week"),
    };
    let group = if per_community && column != "community_id" {
        format!(" GROUP BY f.community_id, f.{column}")
    } else {
        format!(" GROUP BY f.{column}")
    };
    (text, group, index)
}

/// The column a key is stored in, on the facts and (but for the weeks) on
/// the cases alike; none for the total.
fn key_column_name(key: FactKey) -> Option<&'static str> {
    match key {
        FactKey::Total => None,
        FactKey::Community => Some("community_id"),
        FactKey::Channel => Some("kind"),
        FactKey::Assignee => Some("assignee_id"),
        FactKey::Topic => Some("topic"),
        FactKey::Crisis => Some("crisis_id"),
        FactKey::OpenedWeek => Some("opened_week"),
        FactKey::ResolvedWeek => Some("resolved_week"),
    }
}

/// A key's value as text, from the row of `alias` (NULL for the total).
pub(crate) fn key_text(key: FactKey, alias: &str) -> String {
    match key_column_name(key) {
        None => "CAST(NULL AS TEXT)".into(),
        Some(column) => format!("CAST({alias}.{column} AS TEXT)"),
    }
}

/// Opened in the period ($1 from, $2 to; $3 is when it is read).
const OPENED: &str = "f.opened_at >= $1 AND f.opened_at < $2";
const RESOLVED: &str = "f.resolved_at >= $1 AND f.resolved_at < $2";
/// Open at `to` (among the rows read: opened before it).
const BACKLOG: &str = "f.resolved_at IS NULL OR f.resolved_at >= $2";

/// The backlog per age band at `to`, from the opening instants (epoch
/// milliseconds) of the cases open then.
fn bands(r: &Row, to: DateTime<Utc>) -> StoreResult<Vec<u64>> {
    let mut bands = vec![0; BACKLOG_AGE_HOURS.len() + 1];
    for ms in times(r.try_get("backlog_opened").map_err(db)?)? {
        let opened = DateTime::<Utc>::from_timestamp_millis(ms)
            .ok_or_else(|| corrupt("opening instant", ms))?;
        bands[backlog_band(opened, to)] += 1;
    }
    Ok(bands)
}

/// How many rows of the group meet `cond` (an aggregate filter, which both
/// databases read faster than a sum of CASEs).
fn count(cond: &str) -> String {
    format!("COUNT(*) FILTER (WHERE {cond})")
}

fn times(text: Option<String>) -> StoreResult<Vec<i64>> {
    text.unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| parse::<i64>("report time", s))
        .collect()
}

fn u(r: &Row, name: &str) -> StoreResult<u64> {
    let n: i64 = r.try_get(name).map_err(db)?;
    Ok(u64::try_from(n).unwrap_or(0))
}

impl SqlStore {
    pub(crate) async fn report_cases(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        after: CaseId,
        limit: u32,
    ) -> StoreResult<Vec<ReportCase>> {
        sql(format!(
            "SELECT {CASE_COLUMNS} FROM cases k WHERE k.id > $3 AND k.opened_at < $2 \
             AND (k.resolved_at IS NULL OR k.resolved_at >= $1) ORDER BY k.id LIMIT $4"
        ))
        .bind(from)
        .bind(to)
        .bind(after.0)
        .bind(i64::from(limit))
        .rows(&self.db, report_case)
        .await
    }

    pub(crate) async fn report_cases_by_id(&self, ids: &[CaseId]) -> StoreResult<Vec<ReportCase>> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(FACT_ROWS) {
            let mut q = sql(format!(
                "SELECT {CASE_COLUMNS} FROM cases k WHERE k.id IN ("
            ));
            for (i, id) in chunk.iter().enumerate() {
                q.push(if i == 0 { "" } else { ", " }).push_bind(id.0);
            }
            q.push(") ORDER BY k.id");
            out.extend(q.rows(&self.db, report_case).await?);
        }
        Ok(out)
    }

    pub(crate) async fn report_facts_state(&self) -> StoreResult<Option<ReportFactsState>> {
        let row = sql(format!(
            "SELECT seq, basis FROM report_state WHERE viewer = {}",
            self.db.viewer()
        ))
        .fetch_optional(&self.db)
        .await
        .map_err(db)?;
        row.map(|r| {
            Ok(ReportFactsState {
                seq: r.try_get("seq").map_err(db)?,
                basis: r.try_get("basis").map_err(db)?,
            })
        })
        .transpose()
    }

    pub(crate) async fn set_report_facts_state(&self, state: &ReportFactsState) -> StoreResult<()> {
        sql(format!(
            "INSERT INTO report_state (viewer, seq, basis) VALUES ({}, $1, $2) \
             ON CONFLICT (viewer) DO UPDATE SET seq = excluded.seq, basis = excluded.basis",
            self.db.viewer()
        ))
        .bind(state.seq)
        .bind(&state.basis)
        .execute(&self.db)
        .await
        .map_err(db)?;
        Ok(())
    }

    pub(crate) async fn clear_report_facts(&self) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sql(format!(
            "DELETE FROM report_state WHERE viewer = {}",
            self.db.viewer()
        ))
        .execute(&mut tx)
        .await
        .map_err(db)?;
        sql("DELETE FROM report_facts")
            .execute(&mut tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn save_report_facts(&self, facts: &[ReportFact]) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let updates: Vec<String> = FACT_COLUMNS[2..]
            .iter()
            .map(|c| format!("{c} = excluded.{c}"))
            .collect();
        for chunk in facts.chunks(FACT_ROWS) {
            let mut q = sql(format!(
                "INSERT INTO report_facts ({}) VALUES ",
                FACT_COLUMNS.join(", ")
            ));
            for (i, f) in chunk.iter().enumerate() {
                if i > 0 {
                    q.push(", ");
                }
                push_fact(&mut q, f);
            }
            q.push(&format!(
                " ON CONFLICT (community_id, case_id) DO UPDATE SET {}",
                updates.join(", ")
            ));
            q.execute(&mut tx).await.map_err(db)?;
        }
        tx.commit().await.map_err(db)
    }

    /// One pass over the facts: the counts, and the lists of times and
    /// hours. Counts that follow from others are worked out here: a case
    /// opened in the period is met, missed or running for its first
    /// response; a case resolved in it met or missed its resolution, and
    /// one opened in it and not resolved missed it or is running.
    pub(crate) async fn report_sums(&self, q: &FactQuery) -> StoreResult<Vec<FactSums>> {
        let per_community = q.per_community || self.db.groups_by_community();
        let (k, group, index) = key_column(q.key, per_community);
        let o = OPENED;
        let r = RESOLVED;
        let list = |expr: &str, cond: &str| self.db.list_agg(expr, cond);
        let text = format!(
            "SELECT {k} AS k, {c} AS c, {opened} AS opened, {resolved} AS resolved, \
             {reopened} AS reopened, {fr_met} AS fr_met, {fr_missed} AS fr_missed, \
             {res_met} AS res_met, {unresolved} AS unresolved, \
             {unresolved_missed} AS unresolved_missed, {backlog} AS backlog, \
             {backlog_opened} AS backlog_opened, \
             {fr_times} AS fr_times, {res_times} AS res_times, {hours} AS hours \
             FROM {facts} WHERE f.opened_at < $2 \
             AND (f.resolved_at IS NULL OR f.resolved_at >= $1)",
            c = if !group.starts_with(" GROUP BY f.community_id") {
                "CAST(NULL AS BIGINT)"
            } else {
                "f.community_id"
            },
            opened = count(o),
            resolved = count(r),
            reopened = count("f.reopened_at >= $1 AND f.reopened_at < $2"),
            fr_met = count(&format!(
                "{o} AND f.first_response_at <= f.first_response_due"
            )),
            fr_missed = count(&format!(
                "{o} AND (f.first_response_at > f.first_response_due \
                 OR (f.first_response_at IS NULL AND f.first_response_due <= $3))"
            )),
            res_met = count(&format!("{r} AND f.resolution_met")),
            unresolved = count(&format!("{o} AND f.resolved_at IS NULL")),
            unresolved_missed = count(&format!(
                "{o} AND f.resolved_at IS NULL AND f.resolution_due <= $3"
            )),
            backlog = count(BACKLOG),
            backlog_opened = list(&self.db.millis("f.opened_at"), BACKLOG),
            fr_times = list("f.first_response_s", o),
            res_times = list("f.resolution_s", r),
            hours = list("f.opened_how", o),
            facts = self.db.scan("report_facts", "f", index),
        );
        let parts = self.db.scan_parts("report_facts", "f").await.map_err(db)?;
        let reads = parts.iter().map(|part| {
            let statement = sql(format!("{text}{part}{group}"))
                .bind(q.from)
                .bind(q.to)
                .bind(q.end);
            async move { statement.fetch_all(&self.db).await.map_err(db) }
        });
        let rows: Vec<Row> = futures_util::future::try_join_all(reads)
            .await?
            .into_iter()
            .flatten()
            .collect();
        rows.iter()
            .map(|r| {
                let (opened, resolved) = (u(r, "opened")?, u(r, "resolved")?);
                let (fr_met, fr_missed) = (u(r, "fr_met")?, u(r, "fr_missed")?);
                let res_met = u(r, "res_met")?;
                let (unresolved, unresolved_missed) =
                    (u(r, "unresolved")?, u(r, "unresolved_missed")?);
                let hours = times(r.try_get("hours").map_err(db)?)?
                    .into_iter()
                    .map(|h| u16::try_from(h).map_err(|_| corrupt("hour of week", h)))
                    .collect::<StoreResult<Vec<u16>>>()?;
                Ok(FactSums {
                    key: r.try_get("k").map_err(db)?,
                    community: r.try_get::<Option<i64>>("c").map_err(db)?.map(CommunityId),
                    summed: Summed {
                        figures: Figures {
                            cases_opened: opened,
                            cases_resolved: resolved,
                            cases_reopened: u(r, "reopened")?,
                            first_response_met: fr_met,
                            first_response_missed: fr_missed,
                            first_response_running: opened.saturating_sub(fr_met + fr_missed),
                            resolution_met: res_met,
                            resolution_missed: resolved.saturating_sub(res_met) + unresolved_missed,
                            resolution_running: unresolved.saturating_sub(unresolved_missed),
                            backlog_open: u(r, "backlog")?,
                            backlog_by_age: bands(r, q.to)?,
                            ..Figures::default()
                        },
                        first_times: times(r.try_get("fr_times").map_err(db)?)?,
                        resolution_times: times(r.try_get("res_times").map_err(db)?)?,
                        opened_hours: hours,
                    },
                })
            })
            .collect()
    }
}
