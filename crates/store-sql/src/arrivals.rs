//! Who wrote to a community when (the input of spike detection), and the
//! cases a report reads.

use crate::convert::*;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use switchboard_domain::CommunityId;
use switchboard_store::{InboundArrival, StoreResult};

impl SqlStore {
    pub(crate) async fn inbound_arrivals(
        &self,
        community: CommunityId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<InboundArrival>> {
        sql(
            "SELECT m.created_at, k.contact_id FROM messages m JOIN cases k ON k.id = m.case_id \
             WHERE m.community_id = $1 AND m.direction = 'inbound' \
             AND m.created_at >= $2 AND m.created_at < $3 ORDER BY m.created_at, m.id",
        )
        .bind(community.0)
        .bind(from)
        .bind(to)
        .rows(&self.db, |r| {
            Ok(InboundArrival {
                at: r.try_get("created_at").map_err(db)?,
                contact_id: r.try_get("contact_id").map_err(db)?,
            })
        })
        .await
    }

    pub(crate) async fn first_inbound(
        &self,
        community: CommunityId,
    ) -> StoreResult<Option<DateTime<Utc>>> {
        let row = sql(
            "SELECT m.created_at FROM messages m WHERE m.community_id = $1 \
             AND m.direction = 'inbound' ORDER BY m.created_at LIMIT 1",
        )
        .bind(community.0)
        .fetch_optional(&self.db)
        .await
        .map_err(db)?;
        row.map(|r| r.try_get("created_at").map_err(db)).transpose()
    }
}

impl SqlStore {
    pub(crate) async fn report_cases(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        after: switchboard_domain::CaseId,
        limit: u32,
    ) -> StoreResult<Vec<switchboard_domain::report::ReportCase>> {
        use switchboard_domain::{AgentId, CaseId, CrisisId};
        sql(
            "SELECT k.id, k.community_id, k.kind, k.assignee_id, k.topic, k.crisis_id, k.status, \
             k.opened_at, k.resolved_at, k.sla_started_at, k.first_response_due, \
             k.first_response_at, k.resolution_paused_secs, k.resolution_due \
             FROM cases k WHERE k.id > $3 AND k.opened_at < $2 \
             AND (k.resolved_at IS NULL OR k.resolved_at >= $1) ORDER BY k.id LIMIT $4",
        )
        .bind(from)
        .bind(to)
        .bind(after.0)
        .bind(i64::from(limit))
        .rows(&self.db, |r| {
            let kind: String = r.try_get("kind").map_err(db)?;
            let status: String = r.try_get("status").map_err(db)?;
            Ok(switchboard_domain::report::ReportCase {
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
            })
        })
        .await
    }
}
