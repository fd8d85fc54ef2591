//! Who wrote to a community when (the input of spike detection).

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
