//! Who wrote to a community when (the input of spike detection).

use crate::convert::*;
use crate::db::Db;
use crate::queue_rows::Instant;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use switchboard_domain::CommunityId;
use switchboard_store::{InboundArrival, StoreError, StoreResult};

impl SqlStore {
    /// One statement for all `communities`, through the index of inbound
    /// messages by community and time. The rows come as one JSON array
    /// built by the database (as a queue page does, `queue_rows`): a check
    /// of four weeks reads tens of thousands of them, which as rows sqlx
    /// would hold all at once, each with its own copies, before any is read.
    pub(crate) async fn inbound_arrivals(
        &self,
        communities: &[CommunityId],
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<InboundArrival>> {
        if communities.is_empty() {
            return Ok(Vec::new());
        }
        let row = "m.community_id, m.created_at, k.contact_id";
        let order = "m.community_id, m.created_at, m.id";
        let mut q = sql(match self.db {
            Db::Sqlite(_) => format!("SELECT json_group_array(json_array({row}) ORDER BY {order})"),
            Db::Postgres(_) => format!(
                "SELECT CAST(COALESCE(json_agg(json_build_array({row}) ORDER BY {order}), '[]') \
                 AS TEXT)"
            ),
        });
        q.push(
            " FROM messages m JOIN cases k ON k.id = m.case_id \
             WHERE m.direction = 'inbound' AND m.community_id IN ",
        )
        .push_list(communities.iter().map(|c| c.0))
        .push(" AND m.created_at >= ")
        .push_bind(from)
        .push(" AND m.created_at < ")
        .push_bind(to);
        let json: String = q.scalar(&self.db).await.map_err(db)?;
        match self.db {
            Db::Sqlite(_) => decode::<i64>(&json),
            Db::Postgres(_) => decode::<DateTime<Utc>>(&json),
        }
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

/// The arrivals as `inbound_arrivals` reads them: `[community, instant,
/// contact]`, the instant as the backend writes it (`queue_rows::Instant`).
fn decode<T: Instant + DeserializeOwned>(json: &str) -> StoreResult<Vec<InboundArrival>> {
    let rows: Vec<(i64, T, i64)> = serde_json::from_str(json).map_err(StoreError::backend)?;
    rows.into_iter()
        .map(|(community, at, contact)| {
            Ok(InboundArrival {
                community_id: CommunityId(community),
                at: at.utc()?,
                contact_id: contact,
            })
        })
        .collect()
}
