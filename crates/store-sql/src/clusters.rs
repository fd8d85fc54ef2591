//! Crisis clusters kept between readings, and replies sent to a whole
//! cluster (docs/decisions/031-cluster-replies.md).

use crate::connector::{outbox_from_row, OUTBOX_COLUMNS};
use crate::convert::*;
use crate::write::apply_change;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use switchboard_domain::{Case, CaseId, CommunityId};
use switchboard_store::*;

/// Rows written per statement: well under SQLite's limit of bound values.
const CHUNK: usize = 500;
/// Replies stored per round of statements (12 values each).
const BULK_CHUNK: usize = 250;

impl SqlStore {
    /// The communities a call covers: those named, else a team member's
    /// own (for the planner's sake, as `open_case_texts`), else all (None).
    fn covered(&self, communities: &[CommunityId]) -> Option<Vec<i64>> {
        match communities {
            [] => self.scope.clone(),
            asked => Some(asked.iter().map(|c| c.0).collect()),
        }
    }

    pub(crate) async fn cluster_cases(
        &self,
        communities: &[CommunityId],
    ) -> StoreResult<Vec<ClusterCase>> {
        let mut q = sql("SELECT case_id, community_id, cluster_id, placed FROM cluster_cases");
        push_in(
            &mut q,
            "WHERE",
            "community_id",
            self.covered(communities).as_deref(),
        );
        q.push(" ORDER BY case_id");
        q.rows(&self.db, |r| {
            Ok(ClusterCase {
                case_id: CaseId(r.try_get("case_id").map_err(db)?),
                community_id: CommunityId(r.try_get("community_id").map_err(db)?),
                cluster_id: r.try_get("cluster_id").map_err(db)?,
                placed: r.try_get("placed").map_err(db)?,
            })
        })
        .await
    }

    pub(crate) async fn kept_clusters(&self) -> StoreResult<Vec<KeptCluster>> {
        sql("SELECT id, label FROM clusters ORDER BY id")
            .rows(&self.db, |r| {
                Ok(KeptCluster {
                    id: r.try_get("id").map_err(db)?,
                    label: r.try_get("label").map_err(db)?,
                })
            })
            .await
    }

    pub(crate) async fn new_clusters(
        &self,
        count: u32,
        at: DateTime<Utc>,
    ) -> StoreResult<Vec<i64>> {
        let mut tx = self.write_tx().await?;
        let mut ids = Vec::with_capacity(count as usize);
        for _ in 0..count {
            let id: i64 = sql("INSERT INTO clusters (created_at) VALUES ($1) RETURNING id")
                .bind(at)
                .scalar(&mut tx)
                .await
                .map_err(db)?;
            ids.push(id);
        }
        tx.commit().await.map_err(db)?;
        Ok(ids)
    }

    pub(crate) async fn save_cluster_cases(
        &self,
        communities: &[CommunityId],
        cases: &[ClusterCase],
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let mut q = sql("DELETE FROM cluster_cases");
        push_in(
            &mut q,
            "WHERE",
            "community_id",
            self.covered(communities).as_deref(),
        );
        q.execute(&mut tx).await.map_err(db)?;
        for chunk in cases.chunks(CHUNK) {
            let mut q = sql(
                "INSERT INTO cluster_cases (case_id, community_id, cluster_id, placed) VALUES ",
            );
            for (i, c) in chunk.iter().enumerate() {
                q.push(if i == 0 { "(" } else { ", (" })
                    .push_bind(c.case_id.0)
                    .push(", ")
                    .push_bind(c.community_id.0)
                    .push(", ")
                    .push_bind(c.cluster_id)
                    .push(", ")
                    .push_bind(c.placed)
                    .push(")");
            }
            // A case kept under another community than the one it is read
            // with now (it cannot move, but a caller may name a subset):
            // the latest placing wins.
            q.push(
                " ON CONFLICT (case_id) DO UPDATE SET community_id = excluded.community_id, \
                 cluster_id = excluded.cluster_id, placed = excluded.placed",
            );
            q.execute(&mut tx).await.map_err(db)?;
        }
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn name_cluster(&self, id: i64, label: Option<&str>) -> StoreResult<()> {
        let label = label.map(str::trim).filter(|l| !l.is_empty());
        let mut tx = self.write_tx().await?;
        let n = sql("UPDATE clusters SET label = $1 WHERE id = $2")
            .bind(label)
            .bind(id)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        if n == 0 {
            return Err(StoreError::not_found("cluster", id));
        }
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn enqueue_bulk_replies(
        &self,
        bulk_key: &str,
        replies: &[BulkReply],
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Vec<OutboxItem>> {
        if replies.iter().any(|r| r.reply.body.trim().is_empty()) {
            return Err(switchboard_domain::DomainError::EmptyMessage.into());
        }
        let mut tx = self.write_tx().await?;
        let mut out = Vec::with_capacity(replies.len());
        // A few statements per chunk instead of six per case: the cases
        // read (and held) at once, the replies inserted at once, their
        // rows read back at once; then each case's own change.
        for chunk in replies.chunks(BULK_CHUNK) {
            let mut q = sql(format!("SELECT {CASE_COLUMNS} FROM cases k WHERE k.id IN "));
            q.push_list(chunk.iter().map(|r| r.reply.case_id.0))
                .push(" FOR UPDATE");
            let mut cases: HashMap<CaseId, Case> = HashMap::with_capacity(chunk.len());
            for row in q.fetch_all(&mut tx).await.map_err(db)? {
                let case = case_from_row(&row)?;
                cases.insert(case.id, case);
            }
            let mut q = sql(
                "INSERT INTO outbox (case_id, community_id, agent_id, author, body, channel, \
                 recipient, state, attempts, created_at, updated_at, next_attempt_at, bulk_key) VALUES ",
            );
            let mut any = false;
            // A case that is gone gets no reply.
            for BulkReply {
                reply: r,
                not_before,
            } in chunk
            {
                let Some(case) = cases.get(&r.case_id) else {
                    continue;
                };
                q.push(if any { ", (" } else { "(" })
                    .push_bind(r.case_id.0)
                    .push(", ")
                    .push_bind(case.community_id.0)
                    .push(", ")
                    .push_bind(r.agent_id.0)
                    .push(", ")
                    .push_bind(r.author.as_str())
                    .push(", ")
                    .push_bind(r.body.as_str())
                    .push(", ")
                    .push_bind(r.channel.as_str())
                    .push(", ")
                    .push_bind(r.recipient.as_str())
                    .push(", 'pending', 0, ")
                    .push_bind(r.at)
                    .push(", ")
                    .push_bind(r.at)
                    .push(", ")
                    .push_bind(*not_before)
                    .push(", ")
                    .push_bind(bulk_key)
                    .push(")");
                any = true;
            }
            if !any {
                continue;
            }
            // A case that has this key's reply already is left alone.
            q.push(" ON CONFLICT DO NOTHING RETURNING id");
            let ids: Vec<i64> = q.rows(&mut tx, |r| r.try_get("id").map_err(db)).await?;
            if ids.is_empty() {
                continue;
            }
            let mut q = sql(format!("SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id IN "));
            q.push_list(ids.iter().copied()).push(" ORDER BY id");
            let items = q.rows(&mut tx, outbox_from_row).await?;
            for item in &items {
                if let Some(case) = cases.remove(&item.case_id) {
                    apply_change(&mut tx, case, change).await?;
                }
            }
            out.extend(items);
        }
        tx.commit().await.map_err(db)?;
        Ok(out)
    }

    pub(crate) async fn bulk_states(&self, bulk_key: &str) -> StoreResult<Vec<(OutboxState, i64)>> {
        sql("SELECT state, COUNT(*) AS n FROM outbox WHERE bulk_key = $1 GROUP BY state ORDER BY state")
            .bind(bulk_key)
            .rows(&self.db, |r| {
                let state: String = r.try_get("state").map_err(db)?;
                Ok((
                    OutboxState::parse(&state).ok_or_else(|| corrupt("outbox state", &state))?,
                    r.try_get("n").map_err(db)?,
                ))
            })
            .await
    }

    pub(crate) async fn bulk_replied(
        &self,
        bulk_key: &str,
        cases: &[CaseId],
    ) -> StoreResult<Vec<CaseId>> {
        let mut out = Vec::new();
        for chunk in cases.chunks(CHUNK) {
            let mut q = sql("SELECT case_id FROM outbox WHERE bulk_key = ");
            q.push_bind(bulk_key);
            let ids: Vec<i64> = chunk.iter().map(|c| c.0).collect();
            push_in(&mut q, "AND", "case_id", Some(&ids));
            q.push(" ORDER BY case_id");
            out.extend(
                q.rows(&self.db, |r| Ok(CaseId(r.try_get("case_id").map_err(db)?)))
                    .await?,
            );
        }
        Ok(out)
    }
}

/// Appends ` <word> <column> IN (...)` (a false condition for an empty
/// list) to `q`; nothing when `ids` is None (no limit).
fn push_in(q: &mut Sql<'_>, word: &str, column: &str, ids: Option<&[i64]>) {
    match ids {
        None => {}
        Some([]) => {
            q.push(" ").push(word).push(" FALSE");
        }
        Some(ids) => {
            q.push(" ").push(word).push(" ").push(column).push(" IN ");
            q.push_list(ids.iter().copied());
        }
    }
}
