//! A queue page read as one value. The database builds the page's rows into
//! one JSON array, so the page crosses from the database as one row and one
//! column instead of 50 rows of 16 columns, each of which sqlx copies and
//! hands over on its own (on SQLite from its connection's thread) and the
//! store then looks up by name (docs/benchmarks.md, issue 20).

use crate::convert::{corrupt, fan_name_of_k, parse};
use crate::db::{Db, Sql};
use chrono::{DateTime, TimeZone, Utc};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use switchboard_domain::{AgentId, CaseId, CaseStatus, CommunityId, CrisisId, SlaState};
use switchboard_store::{QueueRow, StoreError, StoreResult};

/// A page's row as the database writes it: an array in this order, of the
/// page's cases (`k`), their community (`c`) and assignee (`a`). The fan's
/// name is kept with the case (migration 0025), looked up for a case
/// written before it (resolved then, or on an upgraded PostgreSQL desk).
const ROW: &str = concat!(
    "k.id, k.community_id, c.handle, k.kind, k.thread_key, k.status, k.subject, k.topic, ",
    fan_name_of_k!(),
    ", k.assignee_id, a.initials, k.opened_at, k.last_inbound_at, k.crisis_id, k.risk_at, \
    k.due_at"
);

/// What goes before the statement of a page's cases (`PAGE_SELECT`'s
/// columns, bounded): the rows gathered in queue order.
pub(crate) fn open(q: &mut Sql<'_>, on: &Db) {
    let text = match on {
        Db::Sqlite(_) => {
            format!("SELECT json_group_array(json_array({ROW}) ORDER BY k.urgency, k.id) FROM (")
        }
        Db::Postgres(_) => format!(
            "SELECT CAST(COALESCE(json_agg(json_build_array({ROW}) ORDER BY k.urgency, k.id), \
             '[]') AS TEXT) FROM ("
        ),
    };
    q.push(&text);
}

/// What goes after it: the page's communities and assignees, for its rows
/// only.
pub(crate) fn close(q: &mut Sql<'_>) {
    q.push(
        ") k JOIN communities c ON c.id = k.community_id \
         LEFT JOIN agents a ON a.id = k.assignee_id",
    );
}

/// A page row as written by `open`; `T` is how the backend writes an
/// instant (SQLite: epoch milliseconds, as it stores them; PostgreSQL:
/// RFC 3339 text, to the microsecond).
#[derive(Deserialize)]
struct PageRow<T> {
    id: i64,
    community_id: i64,
    community: String,
    kind: String,
    thread_key: String,
    status: String,
    subject: String,
    topic: Option<String>,
    contact_name: String,
    assignee_id: Option<i64>,
    assignee_initials: Option<String>,
    opened_at: T,
    last_inbound_at: T,
    crisis_id: Option<i64>,
    risk_at: Option<T>,
    due_at: Option<T>,
}

pub(crate) trait Instant {
    fn utc(self) -> StoreResult<DateTime<Utc>>;
}

impl Instant for i64 {
    fn utc(self) -> StoreResult<DateTime<Utc>> {
        Utc.timestamp_millis_opt(self)
            .single()
            .ok_or_else(|| corrupt("instant (epoch ms)", self))
    }
}

impl Instant for DateTime<Utc> {
    fn utc(self) -> StoreResult<DateTime<Utc>> {
        Ok(self)
    }
}

/// The rows of a page as `open` … `close` read it.
pub(crate) fn decode(on: &Db, json: &str, now: DateTime<Utc>) -> StoreResult<Vec<QueueRow>> {
    match on {
        Db::Sqlite(_) => rows::<i64>(json, now),
        Db::Postgres(_) => rows::<DateTime<Utc>>(json, now),
    }
}

fn rows<T: Instant + DeserializeOwned>(
    json: &str,
    now: DateTime<Utc>,
) -> StoreResult<Vec<QueueRow>> {
    let page: Vec<PageRow<T>> = serde_json::from_str(json).map_err(StoreError::backend)?;
    page.into_iter().map(|r| row(r, now)).collect()
}

fn row<T: Instant>(r: PageRow<T>, now: DateTime<Utc>) -> StoreResult<QueueRow> {
    let status: CaseStatus = parse("case status", &r.status)?;
    let risk_at = r.risk_at.map(Instant::utc).transpose()?;
    let due_at = r.due_at.map(Instant::utc).transpose()?;
    Ok(QueueRow {
        id: CaseId(r.id),
        community_id: CommunityId(r.community_id),
        community: r.community,
        kind: parse("case kind", &r.kind)?,
        thread_key: r.thread_key,
        status,
        subject: r.subject,
        topic: r.topic,
        contact_name: r.contact_name,
        assignee_id: r.assignee_id.map(AgentId),
        assignee_initials: r.assignee_initials,
        opened_at: r.opened_at.utc()?,
        last_inbound_at: r.last_inbound_at.utc()?,
        crisis_id: r.crisis_id.map(CrisisId),
        sla_state: SlaState::of_clock(status, risk_at.zip(due_at), now),
        risk_at,
        due_at,
    })
}
