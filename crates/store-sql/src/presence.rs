//! Presence and online heartbeats (see `switchboard_store::presence`). A
//! heartbeat is one small write transaction: an upsert keyed by agent (and
//! case), the case's community copied from the case in the same statement,
//! and the forgetting of old rows. Reads are one indexed select joined to
//! the agents. None of it touches the change log.

use crate::convert::*;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use switchboard_domain::{AgentId, CaseId, CommunityId};
use switchboard_store::*;

impl SqlStore {
    pub(crate) async fn heartbeat(
        &self,
        beat: &Heartbeat,
        forget_before: DateTime<Utc>,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        if let Some(case) = beat.case_id {
            let written = sql(
                "INSERT INTO presence (agent_id, case_id, community_id, kind, seen_at) \
                 SELECT $1, id, community_id, $3, $4 FROM cases WHERE id = $2 \
                 ON CONFLICT (agent_id, case_id) \
                 DO UPDATE SET kind = excluded.kind, seen_at = excluded.seen_at",
            )
            .bind(beat.agent_id.0)
            .bind(case.0)
            .bind(beat.kind.as_str())
            .bind(beat.at)
            .execute(&mut tx)
            .await
            .map_err(db)?;
            if written == 0 {
                return Err(StoreError::not_found("case", case));
            }
        }
        sql("INSERT INTO online (agent_id, seen_at) VALUES ($1, $2) \
             ON CONFLICT (agent_id) DO UPDATE SET seen_at = excluded.seen_at")
        .bind(beat.agent_id.0)
        .bind(beat.at)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        for table in ["presence", "online"] {
            sql(format!("DELETE FROM {table} WHERE seen_at < $1"))
                .bind(forget_before)
                .execute(&mut tx)
                .await
                .map_err(db)?;
        }
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn leave_case(&self, case: CaseId, agent: AgentId) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sql("DELETE FROM presence WHERE case_id = $1 AND agent_id = $2")
            .bind(case.0)
            .bind(agent.0)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn presence(
        &self,
        scope: &PresenceScope,
        since: DateTime<Utc>,
    ) -> StoreResult<Vec<PresenceRow>> {
        let mut q = sql(String::from(
            "SELECT p.case_id, p.community_id, p.agent_id, a.initials, a.name, p.kind, p.seen_at \
             FROM presence p JOIN agents a ON a.id = p.agent_id WHERE p.seen_at >= ",
        ));
        q.push_bind(since);
        match scope {
            PresenceScope::All => {}
            PresenceScope::Community(c) => {
                q.push(" AND p.community_id = ").push_bind(c.0);
            }
            PresenceScope::Cases(cases) if cases.is_empty() => return Ok(Vec::new()),
            PresenceScope::Cases(cases) => {
                q.push(" AND p.case_id IN (");
                for (i, c) in cases.iter().enumerate() {
                    if i > 0 {
                        q.push(", ");
                    }
                    q.push_bind(c.0);
                }
                q.push(")");
            }
        }
        q.push(" ORDER BY p.case_id, a.initials");
        let rows = q.fetch_all(&self.db).await.map_err(db)?;
        rows.iter()
            .map(|r| {
                let g = |n: &str| r.try_get::<i64>(n).map_err(db);
                let s = |n: &str| r.try_get::<String>(n).map_err(db);
                Ok(PresenceRow {
                    case_id: CaseId(g("case_id")?),
                    community_id: CommunityId(g("community_id")?),
                    agent_id: AgentId(g("agent_id")?),
                    initials: s("initials")?,
                    name: s("name")?,
                    kind: parse("presence kind", &s("kind")?)?,
                    seen_at: r.try_get("seen_at").map_err(db)?,
                })
            })
            .collect()
    }

    pub(crate) async fn online_agents(
        &self,
        since: DateTime<Utc>,
    ) -> StoreResult<Vec<OnlineAgent>> {
        let rows = sql("SELECT o.agent_id, a.initials, a.name, o.seen_at \
             FROM online o JOIN agents a ON a.id = o.agent_id \
             WHERE o.seen_at >= $1 ORDER BY a.initials")
        .bind(since)
        .fetch_all(&self.db)
        .await
        .map_err(db)?;
        rows.iter()
            .map(|r| {
                Ok(OnlineAgent {
                    agent_id: AgentId(r.try_get::<i64>("agent_id").map_err(db)?),
                    initials: r.try_get("initials").map_err(db)?,
                    name: r.try_get("name").map_err(db)?,
                    seen_at: r.try_get("seen_at").map_err(db)?,
                })
            })
            .collect()
    }
}
