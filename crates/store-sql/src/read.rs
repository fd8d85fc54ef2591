//! Reads: queues, counts, threads, search, the change log.

use crate::convert::*;
use crate::experts::{expert_from_row, EXPERT_SELECT};
use crate::handoffs::{handoff_from_row, HANDOFF_COLUMNS};
use crate::queue_rows;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use std::collections::HashMap;
use switchboard_domain::{
    Agent, AgentId, Brand, Case, CaseId, Community, CommunityId, ContactId, Expert, Handoff,
    Message, MessageId, SlaPolicy,
};
use switchboard_domain::{CaseStatus, SlaState};
use switchboard_store::*;

/// open, at risk, breached, oldest waiting.
type Tally = (i64, i64, i64, Option<DateTime<Utc>>);

impl SqlStore {
    pub(crate) async fn brands(&self) -> StoreResult<Vec<Brand>> {
        sql("SELECT id, name, slug FROM brands ORDER BY name")
            .rows(&self.db, brand_from_row)
            .await
    }

    pub(crate) async fn communities(&self) -> StoreResult<Vec<Community>> {
        sql(format!("{COMMUNITY_SELECT} ORDER BY b.name, c.locale"))
            .rows(&self.db, community_from_row)
            .await
    }

    pub(crate) async fn community(&self, id: CommunityId) -> StoreResult<Community> {
        sql(format!("{COMMUNITY_SELECT} WHERE c.id = $1"))
            .bind(id.0)
            .row(&self.db, "community", id, community_from_row)
            .await
    }

    pub(crate) async fn community_by_handle(&self, handle: &str) -> StoreResult<Option<Community>> {
        sql(format!("{COMMUNITY_SELECT} WHERE c.handle = $1"))
            .bind(handle)
            .fetch_optional(&self.db)
            .await
            .map_err(db)?
            .map(|r| community_from_row(&r))
            .transpose()
    }

    pub(crate) async fn sla_policy(&self, community: CommunityId) -> StoreResult<SlaPolicy> {
        let policy: Option<Json<SlaPolicy>> =
            sql("SELECT policy FROM sla_policies WHERE community_id = $1")
                .bind(community.0)
                .scalar_opt(&self.db)
                .await
                .map_err(db)?;
        Ok(policy.map_or_else(|| SlaPolicy::default_in(chrono_tz::Europe::Zurich), |p| p.0))
    }

    pub(crate) async fn agents(&self) -> StoreResult<Vec<Agent>> {
        sql("SELECT id, name, initials, email FROM agents ORDER BY name")
            .rows(&self.db, |r| {
                Ok(Agent {
                    id: AgentId(r.try_get("id").map_err(db)?),
                    name: r.try_get("name").map_err(db)?,
                    initials: r.try_get("initials").map_err(db)?,
                    email: r.try_get("email").map_err(db)?,
                })
            })
            .await
    }

    pub(crate) async fn experts(&self) -> StoreResult<Vec<Expert>> {
        sql(format!("{EXPERT_SELECT} ORDER BY department, name"))
            .rows(&self.db, expert_from_row)
            .await
    }

    pub(crate) async fn handoffs_of_case(&self, case: CaseId) -> StoreResult<Vec<Handoff>> {
        sql(format!(
            "SELECT {HANDOFF_COLUMNS} FROM handoffs h WHERE h.case_id = $1 ORDER BY h.asked_at, h.id"
        ))
        .bind(case.0).rows(&self.db, handoff_from_row).await
    }

    pub(crate) async fn case(&self, id: CaseId) -> StoreResult<Case> {
        sql(format!(
            "SELECT {CASE_COLUMNS} FROM cases k WHERE k.id = $1"
        ))
        .bind(id.0)
        .row(&self.db, "case", id, case_from_row)
        .await
    }

    pub(crate) async fn thread(&self, id: CaseId) -> StoreResult<Vec<Message>> {
        let thread = sql(
            "SELECT id, case_id, direction, author, body, external_id, created_at FROM messages \
             WHERE case_id = $1 ORDER BY created_at, id",
        )
        .bind(id.0)
        .rows(&self.db, |r| {
            Ok(Message {
                id: MessageId(r.try_get("id").map_err(db)?),
                case_id: CaseId(r.try_get("case_id").map_err(db)?),
                direction: parse("direction", &r.try_get::<String>("direction").map_err(db)?)?,
                author: r.try_get("author").map_err(db)?,
                body: r.try_get("body").map_err(db)?,
                external_id: r.try_get("external_id").map_err(db)?,
                created_at: r.try_get("created_at").map_err(db)?,
            })
        })
        .await?;
        if thread.is_empty() {
            // Distinguish "no such case" from "no messages".
            self.case(id).await?;
        }
        Ok(thread)
    }

    /// One page of a queue. A community's page is one range of its queue
    /// index; the unified queue reads each status's range in order and
    /// merges them, so neither sorts nor reads the table (migration 0019,
    /// docs/decisions/029-queue-reads.md).
    pub(crate) async fn queue(
        &self,
        filter: &QueueFilter,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<QueueRow>> {
        let scope = self.scope.as_deref();
        let mut q = sql("");
        queue_rows::open(&mut q, &self.db);
        match per_status_arms(filter) {
            Some(statuses) => {
                // Each range gives at most the rows up to the page's end.
                let reach = i64::from(filter.offset) + i64::from(filter.page_size());
                for (i, status) in statuses.iter().enumerate() {
                    q.push(if i == 0 {
                        "SELECT * FROM ("
                    } else {
                        " UNION ALL SELECT * FROM ("
                    })
                    .push(PAGE_SELECT);
                    push_filter(&mut q, filter, scope, Some(*status));
                    q.push(&format!(" ORDER BY k.urgency, k.id LIMIT {reach}) s{i}"));
                }
                q.push(" ORDER BY urgency, id");
            }
            None => {
                q.push(PAGE_SELECT);
                push_filter(&mut q, filter, scope, None);
                q.push(" ORDER BY k.urgency, k.id");
            }
        }
        // The page's bounds are numbers of the statement, not bound: with a
        // bound LIMIT PostgreSQL's kept plan guesses a tenth of the rows,
        // finds itself dearer than a plan for the bounds in hand and plans
        // every page anew (0.2–0.55 ms of it). A window reads pages of one
        // size, so a few statement texts serve it.
        q.push(&format!(
            " LIMIT {} OFFSET {}",
            filter.page_size(),
            filter.offset
        ));
        queue_rows::close(&mut q);
        let page: String = q.scalar(&self.db).await.map_err(db)?;
        queue_rows::decode(&self.db, &page, now)
    }

    pub(crate) async fn community_counts(
        &self,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<CommunityCounts>> {
        let rows = sql("SELECT community_id, COUNT(*) AS open, \
             SUM(CASE WHEN due_at <= $1 THEN 1 ELSE 0 END) AS breached, \
             SUM(CASE WHEN risk_at <= $1 AND due_at > $1 THEN 1 ELSE 0 END) AS at_risk, \
             MIN(awaiting_reply_since) AS oldest \
             FROM cases WHERE status <> 'resolved' GROUP BY community_id")
        .bind(now)
        .fetch_all(&self.db)
        .await
        .map_err(db)?;
        let mut by_community: HashMap<i64, Tally> = HashMap::new();
        for r in rows {
            by_community.insert(
                r.try_get("community_id").map_err(db)?,
                (
                    r.try_get("open").map_err(db)?,
                    r.try_get::<Option<i64>>("at_risk")
                        .map_err(db)?
                        .unwrap_or(0),
                    r.try_get::<Option<i64>>("breached")
                        .map_err(db)?
                        .unwrap_or(0),
                    r.try_get("oldest").map_err(db)?,
                ),
            );
        }
        self.communities()
            .await?
            .into_iter()
            .map(|community| {
                let (open, at_risk, breached, oldest) = by_community
                    .get(&community.id.0)
                    .copied()
                    .unwrap_or((0, 0, 0, None));
                Ok(CommunityCounts {
                    community,
                    open,
                    at_risk,
                    breached,
                    oldest_waiting_since: oldest,
                })
            })
            .collect()
    }

    pub(crate) async fn search(
        &self,
        query: &str,
        within: &SearchFilter,
        limit: u32,
    ) -> StoreResult<Vec<SearchHit>> {
        let terms = switchboard_store::search::terms(query);
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let select = "SELECT m.id, m.case_id, c.handle, m.direction, m.author, m.body, \
                      m.created_at FROM messages m JOIN communities c ON c.id = m.community_id";
        let rows = crate::db::search(&self.db, select, &terms, within, limit)
            .fetch_all(&self.db)
            .await
            .map_err(db)?;
        rows.iter()
            .map(|r| {
                Ok(SearchHit {
                    message_id: MessageId(r.try_get("id").map_err(db)?),
                    case_id: CaseId(r.try_get("case_id").map_err(db)?),
                    community: r.try_get("handle").map_err(db)?,
                    direction: parse("direction", &r.try_get::<String>("direction").map_err(db)?)?,
                    author: r.try_get("author").map_err(db)?,
                    body: r.try_get("body").map_err(db)?,
                    created_at: r.try_get("created_at").map_err(db)?,
                })
            })
            .collect()
    }
}

/// The cases of a page, read from a queue index alone (every column is in
/// both), before any join: the page's bounds then hold whatever the planner
/// expects of a status, and the communities' and agents' names are looked
/// up for the page's rows only (`queue_rows`). Planned with a join inside,
/// PostgreSQL once expected 31 new cases of 15,600, joined and sorted all of
/// them for a page of 50 (60 ms).
const PAGE_SELECT: &str = "SELECT k.urgency, k.id, k.community_id, k.kind, k.thread_key, \
    k.status, k.subject, k.topic, k.assignee_id, k.opened_at, k.last_inbound_at, k.crisis_id, \
    k.risk_at, k.due_at, k.contact_id, k.contact_name FROM cases k WHERE ";

/// What a queue row reads, all of it held by the queue indexes but the
/// community's handle and the assignee's initials; the fan's name is kept
/// with the case (migration 0025) and looked up only for a case written
/// before it. `k.urgency` orders merged ranges. (The SLA alerts' read; a
/// queue page reads `PAGE_SELECT` and `queue_rows`.)
const QUEUE_SELECT: &str = concat!(
    "SELECT k.urgency, k.id, k.community_id, k.kind, k.thread_key, \
    k.status, k.subject, k.topic, k.assignee_id, k.opened_at, k.last_inbound_at, k.crisis_id, \
    k.risk_at, k.due_at, c.handle AS community_handle, ",
    fan_name_of_k!(),
    " AS contact_name, a.initials AS assignee_initials FROM cases k \
    JOIN communities c ON c.id = k.community_id \
    LEFT JOIN agents a ON a.id = k.assignee_id WHERE "
);

/// The statuses whose ranges the unified queue merges: each asked-for open
/// status once (every open one when none is asked for). `None` for a
/// community's queue, which is one range already, and for a queue that
/// asks for resolved cases, which no queue index holds.
fn per_status_arms(filter: &QueueFilter) -> Option<Vec<CaseStatus>> {
    if filter.community.is_some() || filter.statuses.contains(&CaseStatus::Resolved) {
        return None;
    }
    let mut statuses: Vec<CaseStatus> = if filter.statuses.is_empty() {
        CaseStatus::ALL
            .into_iter()
            .filter(|s| s.is_open())
            .collect()
    } else {
        filter.statuses.clone()
    };
    statuses.sort();
    statuses.dedup();
    Some(statuses)
}

/// The WHERE clause of a queue, shared by the page and its count: the
/// filter's statuses, or the one status of a merged range (`only`).
/// `scope`: a team member's communities (see `SqlStore::scope`).
fn push_filter(
    q: &mut Sql<'_>,
    filter: &QueueFilter,
    scope: Option<&[i64]>,
    only: Option<CaseStatus>,
) {
    // Statuses are written as words of the statement, not bound: the
    // statement of a queue is then the same plan whichever page or
    // community it reads, so PostgreSQL keeps it instead of planning it for
    // every page (0.55 ms of a 1 ms page; docs/benchmarks.md, issue 20).
    // They are the `CaseStatus` names, never text from outside.
    if let Some(status) = only {
        // The second condition lets the planner use the partial indexes.
        q.push(&format!(
            "k.status = '{}' AND k.status <> 'resolved'",
            status.as_str()
        ));
    } else if filter.statuses.is_empty() {
        q.push("k.status <> 'resolved'");
    } else {
        let words: Vec<String> = filter
            .statuses
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect();
        q.push(&format!("k.status IN ({})", words.join(", ")));
        // Lets the planner use the partial indexes of open cases.
        if !filter.statuses.contains(&CaseStatus::Resolved) {
            q.push(" AND k.status <> 'resolved'");
        }
    }
    if let Some(c) = filter.community {
        q.push(" AND k.community_id = ").push_bind(c.0);
    } else if let Some(ids) = scope {
        // Ids read from the database, written as numbers: one statement
        // text per member, planned with the list in view.
        match ids {
            [] => q.push(" AND FALSE"),
            _ => q.push(&format!(
                " AND k.community_id IN ({})",
                ids.iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
    }
    // A brand or a locale is a set of communities: the cases' own column
    // is filtered, so neither a page nor a count joins the communities.
    if let Some(b) = filter.brand {
        q.push(" AND k.community_id IN (SELECT id FROM communities WHERE brand_id = ")
            .push_bind(b.0)
            .push(")");
    }
    if let Some(l) = &filter.locale {
        q.push(" AND k.community_id IN (SELECT id FROM communities WHERE locale = ")
            .push_bind(l.as_str().to_string())
            .push(")");
    }
    match filter.assignee {
        AssigneeFilter::Anyone => {}
        AssigneeFilter::Unassigned => {
            q.push(" AND k.assignee_id IS NULL");
        }
        AssigneeFilter::Agent(a) => {
            q.push(" AND k.assignee_id = ").push_bind(a.0);
        }
    }
}

impl SqlStore {
    pub(crate) async fn queue_count(&self, filter: &QueueFilter) -> StoreResult<i64> {
        let mut q = sql("SELECT COUNT(*) FROM cases k WHERE ");
        push_filter(&mut q, filter, self.scope.as_deref(), None);
        q.scalar(&self.db).await.map_err(db)
    }

    pub(crate) async fn cases_of_contact(&self, contact: ContactId) -> StoreResult<Vec<Case>> {
        sql(format!(
            "SELECT {CASE_COLUMNS} FROM cases k WHERE k.contact_id = $1 ORDER BY k.opened_at DESC, k.id DESC"
        ))
        .bind(contact.0).rows(&self.db, case_from_row).await
    }

    pub(crate) async fn sla_crossings(
        &self,
        after: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> StoreResult<Vec<QueueRow>> {
        let mut q = sql(QUEUE_SELECT);
        q.push(
            "k.status <> 'resolved' AND ((k.risk_at > $1 AND k.risk_at <= $2) \
             OR (k.due_at > $3 AND k.due_at <= $4)) ORDER BY k.urgency, k.id LIMIT 200",
        );
        q.bind(after)
            .bind(until)
            .bind(after)
            .bind(until)
            .rows(&self.db, |r| queue_row(r, until))
            .await
    }

    pub(crate) async fn snoozed_due(
        &self,
        now: DateTime<Utc>,
        limit: u32,
    ) -> StoreResult<Vec<CaseId>> {
        let rows = sql(
            "SELECT id FROM cases WHERE snoozed_until IS NOT NULL AND snoozed_until <= $1 \
             AND status <> 'resolved' ORDER BY snoozed_until, id LIMIT $2",
        )
        .bind(now)
        .bind(i64::from(limit.max(1)))
        .fetch_all(&self.db)
        .await
        .map_err(db)?;
        rows.iter()
            .map(|r| Ok(CaseId(r.try_get("id").map_err(db)?)))
            .collect()
    }

    pub(crate) async fn save_draft(&self, draft: &Draft) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        if draft.body.trim().is_empty() {
            sql("DELETE FROM drafts WHERE case_id = $1 AND agent_id = $2")
                .bind(draft.case_id.0)
                .bind(draft.agent_id.0)
                .execute(&mut tx)
                .await
                .map_err(db)?;
        } else {
            sql(
                "INSERT INTO drafts (case_id, agent_id, body, updated_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (case_id, agent_id) DO UPDATE SET body = excluded.body, \
                 updated_at = excluded.updated_at",
            )
            .bind(draft.case_id.0)
            .bind(draft.agent_id.0)
            .bind(&draft.body)
            .bind(draft.updated_at)
            .execute(&mut tx)
            .await
            .map_err(|e| match e {
                sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                    StoreError::not_found("case", draft.case_id)
                }
                e => db(e),
            })?;
        }
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn draft(&self, case: CaseId, agent: AgentId) -> StoreResult<Option<Draft>> {
        let row = sql("SELECT body, updated_at FROM drafts WHERE case_id = $1 AND agent_id = $2")
            .bind(case.0)
            .bind(agent.0)
            .fetch_optional(&self.db)
            .await
            .map_err(db)?;
        row.map(|r| {
            Ok(Draft {
                case_id: case,
                agent_id: agent,
                body: r.try_get("body").map_err(db)?,
                updated_at: r.try_get("updated_at").map_err(db)?,
            })
        })
        .transpose()
    }
}

fn queue_row(r: &Row, now: DateTime<Utc>) -> StoreResult<QueueRow> {
    let t = |name: &str| -> StoreResult<DateTime<Utc>> { r.try_get(name).map_err(db) };
    let to = |name: &str| -> StoreResult<Option<DateTime<Utc>>> { r.try_get(name).map_err(db) };
    let status: CaseStatus = parse("case status", &r.try_get::<String>("status").map_err(db)?)?;
    let (risk_at, due_at) = (to("risk_at")?, to("due_at")?);
    Ok(QueueRow {
        id: CaseId(r.try_get("id").map_err(db)?),
        community_id: CommunityId(r.try_get("community_id").map_err(db)?),
        community: r.try_get("community_handle").map_err(db)?,
        kind: parse("case kind", &r.try_get::<String>("kind").map_err(db)?)?,
        thread_key: r.try_get("thread_key").map_err(db)?,
        status,
        subject: r.try_get("subject").map_err(db)?,
        topic: r.try_get("topic").map_err(db)?,
        contact_name: r.try_get("contact_name").map_err(db)?,
        assignee_id: r
            .try_get::<Option<i64>>("assignee_id")
            .map_err(db)?
            .map(AgentId),
        assignee_initials: r.try_get("assignee_initials").map_err(db)?,
        opened_at: t("opened_at")?,
        last_inbound_at: t("last_inbound_at")?,
        crisis_id: r
            .try_get::<Option<i64>>("crisis_id")
            .map_err(db)?
            .map(switchboard_domain::CrisisId),
        sla_state: SlaState::of_clock(status, risk_at.zip(due_at), now),
        risk_at,
        due_at,
    })
}
