//! Handoffs after they are asked: answering, declining, expiring, the
//! expert's list across communities, a case's audit trail, and the figures.
//!
//! Asking and closing change the handoff, its case and the audit trail in
//! one write transaction (the case and the handoff locked `FOR UPDATE` on
//! PostgreSQL), deciding with
//! `switchboard_store::handoffs` from the rows as they are inside it.

use crate::convert::*;
use crate::write::{log_change, update_case};
use crate::SqlStore;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use switchboard_domain::handoff::HandoffOutcome;
use switchboard_domain::{
    AgentId, Case, CaseId, CommunityId, ExpertId, Handoff, HandoffId, HandoffState, SlaPolicy,
};
use switchboard_store::figures::{summarize, CommunityFact, ExpertName, HandoffFact};
use switchboard_store::handoffs::{asked_audit, decide_ask, decide_close, new_handoff, NewAudit};
use switchboard_store::*;

pub(crate) const HANDOFF_COLUMNS: &str = "h.id, h.case_id, h.expert_id, h.question, h.excerpt, \
    h.state, h.asked_at, h.due_at, h.answered_at, h.answer, h.priority, h.asked_by, \
    h.answered_by, h.declined_reason, h.closed_at";

pub(crate) fn handoff_from_row(r: &Row) -> StoreResult<Handoff> {
    let text = |name: &str| -> StoreResult<String> { r.try_get::<String>(name).map_err(db) };
    Ok(Handoff {
        id: HandoffId(r.try_get("id").map_err(db)?),
        case_id: CaseId(r.try_get("case_id").map_err(db)?),
        expert_id: ExpertId(r.try_get("expert_id").map_err(db)?),
        question: text("question")?,
        excerpt: text("excerpt")?,
        state: parse("handoff state", &text("state")?)?,
        asked_at: r.try_get("asked_at").map_err(db)?,
        due_at: r.try_get("due_at").map_err(db)?,
        answered_at: r.try_get("answered_at").map_err(db)?,
        answer: r.try_get("answer").map_err(db)?,
        priority: parse("priority", &text("priority")?)?,
        asked_by: r
            .try_get::<Option<i64>>("asked_by")
            .map_err(db)?
            .map(AgentId),
        answered_by: r.try_get("answered_by").map_err(db)?,
        declined_reason: r.try_get("declined_reason").map_err(db)?,
        closed_at: r.try_get("closed_at").map_err(db)?,
    })
}

async fn case_in(tx: &mut Tx, id: CaseId) -> StoreResult<Case> {
    sql(format!(
        "SELECT {CASE_COLUMNS} FROM cases k WHERE k.id = $1 FOR UPDATE"
    ))
    .bind(id.0)
    .row(&mut *tx, "case", id, case_from_row)
    .await
}

pub(crate) async fn insert_audit(tx: &mut Tx, a: &NewAudit) -> StoreResult<()> {
    sql(
        "INSERT INTO audit (case_id, at, actor, kind, handoff_id, expert_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(a.case_id.0)
    .bind(a.at)
    .bind(&a.actor)
    .bind(a.kind.as_str())
    .bind(a.handoff_id.map(|h| h.0))
    .bind(a.expert_id.map(|e| e.0))
    .bind(&a.detail)
    .execute(&mut *tx)
    .await
    .map_err(db)?;
    Ok(())
}

impl SqlStore {
    pub(crate) async fn ask_handoff(
        &self,
        ask: &HandoffAsk,
        policy: &SlaPolicy,
    ) -> StoreResult<(Handoff, Case)> {
        let mut tx = self.write_tx().await?;
        let case = case_in(&mut tx, ask.case_id).await?;
        let expert = sql("SELECT name, retired_at FROM experts WHERE id = $1")
            .bind(ask.expert_id.0)
            .fetch_optional(&mut tx)
            .await
            .map_err(db)?
            .ok_or_else(|| StoreError::not_found("expert", ask.expert_id))?;
        let name: String = expert.try_get("name").map_err(db)?;
        let retired: Option<DateTime<Utc>> = expert.try_get("retired_at").map_err(db)?;
        let next = decide_ask(ask, &case, &name, retired.is_some(), policy)?;
        let mut handoff = new_handoff(ask);
        let id: i64 = sql(
            "INSERT INTO handoffs (case_id, expert_id, question, excerpt, state, asked_at, \
             due_at, priority, asked_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             RETURNING id",
        )
        .bind(handoff.case_id.0)
        .bind(handoff.expert_id.0)
        .bind(&handoff.question)
        .bind(&handoff.excerpt)
        .bind(handoff.state.as_str())
        .bind(handoff.asked_at)
        .bind(handoff.due_at)
        .bind(handoff.priority.as_str())
        .bind(handoff.asked_by.map(|a| a.0))
        .scalar(&mut tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                StoreError::not_found("agent", ask.asked_by.map(|a| a.0).unwrap_or(0))
            }
            e => db(e),
        })?;
        handoff.id = HandoffId(id);
        update_case(&mut tx, None, &next).await?;
        insert_audit(&mut tx, &asked_audit(ask, handoff.id)).await?;
        log_change(
            &mut tx,
            ChangeEntity::Case,
            next.id.0,
            Some(next.community_id),
        )
        .await?;
        tx.commit().await.map_err(db)?;
        Ok((handoff, next))
    }

    pub(crate) async fn handoff(&self, id: HandoffId) -> StoreResult<Handoff> {
        sql(format!(
            "SELECT {HANDOFF_COLUMNS} FROM handoffs h WHERE h.id = $1"
        ))
        .bind(id.0)
        .row(&self.db, "handoff", id, handoff_from_row)
        .await
    }

    pub(crate) async fn close_handoff(
        &self,
        id: HandoffId,
        outcome: &HandoffOutcome,
        actor: &str,
        at: DateTime<Utc>,
        policy: &SlaPolicy,
    ) -> StoreResult<(Handoff, Case)> {
        let mut tx = self.write_tx().await?;
        let row = sql(format!(
            "SELECT {HANDOFF_COLUMNS} FROM handoffs h WHERE h.id = $1 FOR UPDATE"
        ))
        .bind(id.0)
        .fetch_optional(&mut tx)
        .await
        .map_err(db)?
        .ok_or_else(|| StoreError::not_found("handoff", id))?;
        let handoff = handoff_from_row(&row)?;
        let case = case_in(&mut tx, handoff.case_id).await?;
        let others: i64 = sql(
            "SELECT COUNT(*) FROM handoffs WHERE case_id = $1 AND state = 'requested' AND id <> $2",
        )
        .bind(handoff.case_id.0)
        .bind(id.0)
        .scalar(&mut tx)
        .await
        .map_err(db)?;
        let write = decide_close(
            &handoff,
            &case,
            usize::try_from(others).unwrap_or(0),
            outcome,
            actor,
            at,
            policy,
        )?;
        let h = &write.handoff;
        sql(
            "UPDATE handoffs SET state = $1, answered_at = $2, answer = $3, answered_by = $4, \
             declined_reason = $5, closed_at = $6 WHERE id = $7",
        )
        .bind(h.state.as_str())
        .bind(h.answered_at)
        .bind(&h.answer)
        .bind(&h.answered_by)
        .bind(&h.declined_reason)
        .bind(h.closed_at)
        .bind(h.id.0)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        update_case(&mut tx, None, &write.case).await?;
        insert_audit(&mut tx, &write.audit).await?;
        let c = &write.case;
        log_change(&mut tx, ChangeEntity::Case, c.id.0, Some(c.community_id)).await?;
        tx.commit().await.map_err(db)?;
        Ok((write.handoff, write.case))
    }

    pub(crate) async fn overdue_handoffs(&self, now: DateTime<Utc>) -> StoreResult<Vec<Handoff>> {
        sql(format!(
            "SELECT {HANDOFF_COLUMNS} FROM handoffs h WHERE h.state = 'requested' \
             AND h.due_at <= $1 ORDER BY h.due_at, h.id"
        ))
        .bind(now)
        .rows(&self.db, handoff_from_row)
        .await
    }

    pub(crate) async fn handoffs_of_expert(
        &self,
        expert: ExpertId,
        open_only: bool,
    ) -> StoreResult<Vec<ExpertHandoff>> {
        self.expert(expert).await?;
        sql(format!(
            "SELECT {HANDOFF_COLUMNS}, c.handle, c.locale, k.subject, k.status AS case_status \
             FROM handoffs h JOIN cases k ON k.id = h.case_id \
             JOIN communities c ON c.id = k.community_id \
             WHERE h.expert_id = $1 AND (h.state = 'requested' OR NOT $2) \
             ORDER BY CASE WHEN h.state = 'requested' THEN 0 ELSE 1 END, \
             CASE WHEN h.state = 'requested' THEN h.due_at END, h.asked_at DESC, h.id"
        ))
        .bind(expert.0)
        .bind(open_only)
        .rows(&self.db, |r| {
            Ok(ExpertHandoff {
                handoff: handoff_from_row(r)?,
                community: r.try_get("handle").map_err(db)?,
                locale: parse("locale", &r.try_get::<String>("locale").map_err(db)?)?,
                case_subject: r.try_get("subject").map_err(db)?,
                case_status: parse(
                    "case status",
                    &r.try_get::<String>("case_status").map_err(db)?,
                )?,
            })
        })
        .await
    }

    pub(crate) async fn audit_of_case(&self, case: CaseId) -> StoreResult<Vec<AuditEntry>> {
        self.case(case).await?;
        sql(
            "SELECT a.id, a.case_id, a.at, a.actor, a.kind, a.handoff_id, a.expert_id, \
             e.name AS expert_name, a.detail, a.helper FROM audit a \
             LEFT JOIN experts e ON e.id = a.expert_id WHERE a.case_id = $1 ORDER BY a.at, a.id",
        )
        .bind(case.0)
        .rows(&self.db, |r| {
            let kind: String = r.try_get("kind").map_err(db)?;
            Ok(AuditEntry {
                id: r.try_get("id").map_err(db)?,
                case_id: CaseId(r.try_get("case_id").map_err(db)?),
                at: r.try_get("at").map_err(db)?,
                actor: r.try_get("actor").map_err(db)?,
                kind: AuditKind::parse(&kind).ok_or_else(|| corrupt("audit kind", &kind))?,
                handoff_id: r
                    .try_get::<Option<i64>>("handoff_id")
                    .map_err(db)?
                    .map(HandoffId),
                expert_id: r
                    .try_get::<Option<i64>>("expert_id")
                    .map_err(db)?
                    .map(ExpertId),
                expert_name: r.try_get("expert_name").map_err(db)?,
                detail: r.try_get("detail").map_err(db)?,
                helper: r.try_get("helper").map_err(db)?,
            })
        })
        .await
    }

    pub(crate) async fn handoff_figures(
        &self,
        since: DateTime<Utc>,
    ) -> StoreResult<HandoffFigures> {
        let experts = sql("SELECT id, name, department FROM experts ORDER BY department, name")
            .rows(&self.db, |r| {
                Ok(ExpertName {
                    id: ExpertId(r.try_get("id").map_err(db)?),
                    name: r.try_get("name").map_err(db)?,
                    department: r.try_get("department").map_err(db)?,
                })
            })
            .await?;
        let mut open = BTreeMap::new();
        for r in sql(
            "SELECT expert_id, COUNT(*) AS n FROM handoffs WHERE state = 'requested' \
             GROUP BY expert_id",
        )
        .fetch_all(&self.db)
        .await
        .map_err(db)?
        {
            open.insert(
                ExpertId(r.try_get("expert_id").map_err(db)?),
                r.try_get::<i64>("n").map_err(db)?,
            );
        }
        let facts = sql(
            "SELECT expert_id, state, asked_at, due_at, answered_at FROM handoffs \
             WHERE asked_at >= $1",
        )
        .bind(since)
        .fetch_all(&self.db)
        .await
        .map_err(db)?
        .iter()
        .map(|r| {
            Ok(HandoffFact {
                expert_id: ExpertId(r.try_get("expert_id").map_err(db)?),
                state: parse::<HandoffState>(
                    "handoff state",
                    &r.try_get::<String>("state").map_err(db)?,
                )?,
                asked_at: r.try_get("asked_at").map_err(db)?,
                due_at: r.try_get("due_at").map_err(db)?,
                answered_at: r.try_get("answered_at").map_err(db)?,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
        let communities = sql("SELECT c.id, c.handle, COUNT(k.id) AS cases, \
             COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM handoffs h WHERE h.case_id = k.id) \
             THEN 1 ELSE 0 END), 0) AS with_handoff \
             FROM communities c JOIN brands b ON b.id = c.brand_id \
             LEFT JOIN cases k ON k.community_id = c.id AND k.opened_at >= $1 \
             GROUP BY c.id, c.handle, b.name, c.locale ORDER BY b.name, c.locale")
        .bind(since)
        .fetch_all(&self.db)
        .await
        .map_err(db)?
        .iter()
        .map(|r| {
            Ok(CommunityFact {
                community_id: CommunityId(r.try_get("id").map_err(db)?),
                handle: r.try_get("handle").map_err(db)?,
                cases: r.try_get("cases").map_err(db)?,
                with_handoff: r.try_get("with_handoff").map_err(db)?,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
        Ok(summarize(since, &experts, &open, &facts, &communities))
    }
}
