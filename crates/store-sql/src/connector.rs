//! Connections, sync cursors and the outbox: replies are claimed and taken
//! over under leases (docs/decisions/016-outbox-leases.md).

use crate::convert::*;
use crate::write::{change_in, log_change};
use crate::SqlStore;
use chrono::{DateTime, Utc};
use switchboard_domain::{AgentId, CaseId, CommunityId};
use switchboard_store::*;

pub(crate) const OUTBOX_COLUMNS: &str =
    "id, case_id, community_id, agent_id, author, body, channel, \
     recipient, state, attempts, error, external_id, created_at, updated_at, next_attempt_at, \
     lease_owner, lease_until";

fn connection_from_row(r: &Row) -> StoreResult<Connection> {
    let status: String = r.try_get("status").map_err(db)?;
    Ok(Connection {
        community_id: CommunityId(r.try_get("community_id").map_err(db)?),
        base_url: r.try_get("base_url").map_err(db)?,
        poll_secs: r.try_get("poll_secs").map_err(db)?,
        human_agent: r.try_get("human_agent").map_err(db)?,
        connected_at: r.try_get("connected_at").map_err(db)?,
        health: SyncHealth {
            status: SyncStatus::parse(&status).ok_or_else(|| corrupt("sync status", &status))?,
            last_sync_at: r.try_get("last_sync_at").map_err(db)?,
            last_error: r
                .try_get::<Option<String>>("last_error")
                .map_err(db)?
                .map(|t| SyncError::from_json(&t)),
            next_attempt_at: r.try_get("next_attempt_at").map_err(db)?,
        },
    })
}

pub(crate) fn outbox_from_row(r: &Row) -> StoreResult<OutboxItem> {
    let channel: String = r.try_get("channel").map_err(db)?;
    let state: String = r.try_get("state").map_err(db)?;
    Ok(OutboxItem {
        id: OutboxId(r.try_get("id").map_err(db)?),
        case_id: CaseId(r.try_get("case_id").map_err(db)?),
        community_id: CommunityId(r.try_get("community_id").map_err(db)?),
        agent_id: AgentId(r.try_get("agent_id").map_err(db)?),
        author: r.try_get("author").map_err(db)?,
        body: r.try_get("body").map_err(db)?,
        channel: ReplyChannel::parse(&channel).ok_or_else(|| corrupt("reply channel", &channel))?,
        recipient: r.try_get("recipient").map_err(db)?,
        state: OutboxState::parse(&state).ok_or_else(|| corrupt("outbox state", &state))?,
        attempts: r.try_get("attempts").map_err(db)?,
        error: r.try_get("error").map_err(db)?,
        external_id: r.try_get("external_id").map_err(db)?,
        created_at: r.try_get("created_at").map_err(db)?,
        updated_at: r.try_get("updated_at").map_err(db)?,
        next_attempt_at: r.try_get("next_attempt_at").map_err(db)?,
        lease_owner: r.try_get("lease_owner").map_err(db)?,
        lease_until: r.try_get("lease_until").map_err(db)?,
    })
}

async fn item_in(tx: &mut Tx, id: OutboxId) -> StoreResult<OutboxItem> {
    sql(format!("SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id = $1"))
        .bind(id.0)
        .row(&mut *tx, "reply", id, outbox_from_row)
        .await
}

/// Appends `text` to the agent's draft of the case (or starts one).
async fn draft_append(
    tx: &mut Tx,
    case: CaseId,
    agent: AgentId,
    text: &str,
    at: DateTime<Utc>,
) -> StoreResult<()> {
    let current: Option<String> =
        sql("SELECT body FROM drafts WHERE case_id = $1 AND agent_id = $2")
            .bind(case.0)
            .bind(agent.0)
            .scalar_opt(&mut *tx)
            .await
            .map_err(db)?;
    let body = match current.filter(|b| !b.trim().is_empty()) {
        Some(b) if b.contains(text) => b,
        Some(b) => format!("{b}\n\n{text}"),
        None => text.to_string(),
    };
    sql(
        "INSERT INTO drafts (case_id, agent_id, body, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (case_id, agent_id) DO UPDATE SET body = excluded.body, \
         updated_at = excluded.updated_at",
    )
    .bind(case.0)
    .bind(agent.0)
    .bind(body)
    .bind(at)
    .execute(&mut *tx)
    .await
    .map_err(db)?;
    Ok(())
}

async fn log_case(tx: &mut Tx, item: &OutboxItem) -> StoreResult<()> {
    log_change(
        tx,
        ChangeEntity::Case,
        item.case_id.0,
        Some(item.community_id),
    )
    .await
}

impl SqlStore {
    pub(crate) async fn save_connection(&self, c: &Connection) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sql(
            "INSERT INTO connections (community_id, base_url, poll_secs, connected_at, status, \
             last_sync_at, last_error, next_attempt_at, human_agent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (community_id) DO UPDATE SET base_url = excluded.base_url, \
             poll_secs = excluded.poll_secs, connected_at = excluded.connected_at, \
             status = excluded.status, last_sync_at = excluded.last_sync_at, \
             last_error = excluded.last_error, next_attempt_at = excluded.next_attempt_at, \
             human_agent = excluded.human_agent",
        )
        .bind(c.community_id.0)
        .bind(&c.base_url)
        .bind(c.poll_secs)
        .bind(c.connected_at)
        .bind(c.health.status.as_str())
        .bind(c.health.last_sync_at)
        .bind(c.health.last_error.as_ref().map(SyncError::to_json))
        .bind(c.health.next_attempt_at)
        .bind(c.human_agent)
        .execute(&mut tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                StoreError::not_found("community", c.community_id)
            }
            e => db(e),
        })?;
        log_change(
            &mut tx,
            ChangeEntity::Community,
            c.community_id.0,
            Some(c.community_id),
        )
        .await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn connections(&self) -> StoreResult<Vec<Connection>> {
        sql("SELECT * FROM connections ORDER BY community_id")
            .rows(&self.db, connection_from_row)
            .await
    }

    pub(crate) async fn remove_connection(&self, community: CommunityId) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        for text in [
            "DELETE FROM connections WHERE community_id = $1",
            "DELETE FROM sync_cursors WHERE community_id = $1",
        ] {
            sql(text)
                .bind(community.0)
                .execute(&mut tx)
                .await
                .map_err(db)?;
        }
        log_change(
            &mut tx,
            ChangeEntity::Community,
            community.0,
            Some(community),
        )
        .await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn set_sync_health(
        &self,
        community: CommunityId,
        h: &SyncHealth,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let done = sql(
            "UPDATE connections SET status = $1, last_sync_at = $2, last_error = $3, \
             next_attempt_at = $4 WHERE community_id = $5",
        )
        .bind(h.status.as_str())
        .bind(h.last_sync_at)
        .bind(h.last_error.as_ref().map(SyncError::to_json))
        .bind(h.next_attempt_at)
        .bind(community.0)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        if done == 0 {
            return Err(StoreError::not_found("connection", community));
        }
        log_change(
            &mut tx,
            ChangeEntity::Community,
            community.0,
            Some(community),
        )
        .await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn sync_cursors(
        &self,
        community: CommunityId,
    ) -> StoreResult<Vec<(String, String)>> {
        let rows =
            sql("SELECT stream, cursor FROM sync_cursors WHERE community_id = $1 ORDER BY stream")
                .bind(community.0)
                .fetch_all(&self.db)
                .await
                .map_err(db)?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("stream").map_err(db)?,
                    r.try_get("cursor").map_err(db)?,
                ))
            })
            .collect()
    }

    pub(crate) async fn save_sync_cursors(
        &self,
        community: CommunityId,
        cursors: &[(String, Option<String>)],
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        for (stream, value) in cursors {
            match value {
                Some(v) => sql(
                    "INSERT INTO sync_cursors (community_id, stream, cursor) VALUES ($1, $2, $3) \
                     ON CONFLICT (community_id, stream) DO UPDATE SET cursor = excluded.cursor",
                )
                .bind(community.0)
                .bind(stream)
                .bind(v),
                None => sql("DELETE FROM sync_cursors WHERE community_id = $1 AND stream = $2")
                    .bind(community.0)
                    .bind(stream),
            }
            .execute(&mut tx)
            .await
            .map_err(db)?;
        }
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn enqueue_reply(&self, r: &NewReply) -> StoreResult<OutboxItem> {
        if r.body.trim().is_empty() {
            return Err(switchboard_domain::DomainError::EmptyMessage.into());
        }
        let mut tx = self.write_tx().await?;
        let community: i64 = sql("SELECT community_id FROM cases WHERE id = $1")
            .bind(r.case_id.0)
            .scalar_opt(&mut tx)
            .await
            .map_err(db)?
            .ok_or_else(|| StoreError::not_found("case", r.case_id))?;
        let id: i64 = sql(
            "INSERT INTO outbox (case_id, community_id, agent_id, author, body, channel, \
             recipient, state, attempts, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0, $8, $9) RETURNING id",
        )
        .bind(r.case_id.0)
        .bind(community)
        .bind(r.agent_id.0)
        .bind(&r.author)
        .bind(&r.body)
        .bind(r.channel.as_str())
        .bind(&r.recipient)
        .bind(r.at)
        .bind(r.at)
        .scalar(&mut tx)
        .await
        .map_err(db)?;
        sql("DELETE FROM drafts WHERE case_id = $1 AND agent_id = $2")
            .bind(r.case_id.0)
            .bind(r.agent_id.0)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        let item = item_in(&mut tx, OutboxId(id)).await?;
        log_case(&mut tx, &item).await?;
        tx.commit().await.map_err(db)?;
        Ok(item)
    }

    pub(crate) async fn outbox_item(&self, id: OutboxId) -> StoreResult<OutboxItem> {
        sql(format!("SELECT {OUTBOX_COLUMNS} FROM outbox WHERE id = $1"))
            .bind(id.0)
            .row(&self.db, "reply", id, outbox_from_row)
            .await
    }

    pub(crate) async fn outbox_of_case(&self, case: CaseId) -> StoreResult<Vec<OutboxItem>> {
        sql(format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE case_id = $1 AND state <> 'sent' ORDER BY id"
        ))
        .bind(case.0)
        .rows(&self.db, outbox_from_row)
        .await
    }

    pub(crate) async fn outbox_in_state(
        &self,
        state: OutboxState,
        limit: u32,
    ) -> StoreResult<Vec<OutboxItem>> {
        sql(format!(
            "SELECT {OUTBOX_COLUMNS} FROM outbox WHERE state = $1 ORDER BY id LIMIT $2"
        ))
        .bind(state.as_str())
        .bind(i64::from(limit))
        .rows(&self.db, outbox_from_row)
        .await
    }

    pub(crate) async fn claim_reply(&self, id: OutboxId, lease: &Lease) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sql(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = $1, \
             next_attempt_at = NULL, lease_owner = $2, lease_until = $3 \
             WHERE id = $4 AND state = 'pending'",
        )
        .bind(lease.at)
        .bind(&lease.owner)
        .bind(lease.until)
        .bind(id.0)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(done == 1)
    }

    pub(crate) async fn take_stale_reply(&self, id: OutboxId, lease: &Lease) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sql(
            "UPDATE outbox SET lease_owner = $1, lease_until = $2, updated_at = $3 \
             WHERE id = $4 AND state = 'sending' AND (lease_until IS NULL OR lease_until <= $3)",
        )
        .bind(&lease.owner)
        .bind(lease.until)
        .bind(lease.at)
        .bind(id.0)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(done == 1)
    }

    pub(crate) async fn reply_failed(
        &self,
        id: OutboxId,
        error: &str,
        after: &AfterFailure,
        at: DateTime<Utc>,
    ) -> StoreResult<OutboxItem> {
        let mut tx = self.write_tx().await?;
        let (state, next) = match after {
            AfterFailure::RetryAt(t) => (OutboxState::Pending, Some(*t)),
            AfterFailure::Fail | AfterFailure::FailToDraft => (OutboxState::Failed, None),
        };
        sql(
            "UPDATE outbox SET state = $1, error = $2, next_attempt_at = $3, updated_at = $4, \
             lease_owner = NULL, lease_until = NULL WHERE id = $5 AND state <> 'sent'",
        )
        .bind(state.as_str())
        .bind(error)
        .bind(next)
        .bind(at)
        .bind(id.0)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        let item = item_in(&mut tx, id).await?;
        if *after == AfterFailure::FailToDraft {
            draft_append(&mut tx, item.case_id, item.agent_id, &item.body, at).await?;
        }
        log_case(&mut tx, &item).await?;
        tx.commit().await.map_err(db)?;
        Ok(item)
    }

    pub(crate) async fn retry_reply(
        &self,
        id: OutboxId,
        at: DateTime<Utc>,
    ) -> StoreResult<OutboxItem> {
        let mut tx = self.write_tx().await?;
        let before = item_in(&mut tx, id).await?;
        let leased = before.state == OutboxState::Sending
            && before.lease_until.is_some_and(|until| until > at);
        if before.state == OutboxState::Sent || leased {
            return Err(StoreError::Conflict {
                what: "reply",
                key: format!("{id} ({})", before.state.as_str()),
            });
        }
        sql(
            "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = $1, \
             lease_owner = NULL, lease_until = NULL WHERE id = $2",
        )
        .bind(at)
        .bind(id.0)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        let item = item_in(&mut tx, id).await?;
        log_case(&mut tx, &item).await?;
        tx.commit().await.map_err(db)?;
        Ok(item)
    }

    pub(crate) async fn withdraw_reply(
        &self,
        id: OutboxId,
        at: DateTime<Utc>,
    ) -> StoreResult<OutboxItem> {
        let mut tx = self.write_tx().await?;
        let item = item_in(&mut tx, id).await?;
        if matches!(item.state, OutboxState::Sent | OutboxState::Sending) {
            return Err(StoreError::Conflict {
                what: "reply",
                key: format!("{id} ({})", item.state.as_str()),
            });
        }
        draft_append(&mut tx, item.case_id, item.agent_id, &item.body, at).await?;
        sql("DELETE FROM outbox WHERE id = $1")
            .bind(id.0)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        log_case(&mut tx, &item).await?;
        tx.commit().await.map_err(db)?;
        Ok(item)
    }

    pub(crate) async fn reply_sent(
        &self,
        id: OutboxId,
        external_id: &str,
        change: CaseChangeFn<'_>,
    ) -> StoreResult<switchboard_domain::Case> {
        let mut tx = self.write_tx().await?;
        let item = item_in(&mut tx, id).await?;
        if item.state == OutboxState::Sent {
            return Err(StoreError::Conflict {
                what: "reply",
                key: format!("{id} (already sent)"),
            });
        }
        sql(
            "UPDATE outbox SET state = 'sent', external_id = $1, error = NULL, \
             next_attempt_at = NULL, updated_at = $2, lease_owner = NULL, lease_until = NULL \
             WHERE id = $3",
        )
        .bind(external_id)
        .bind(Utc::now())
        .bind(id.0)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        let case = change_in(&mut tx, item.case_id, change).await?;
        tx.commit().await.map_err(db)?;
        Ok(case)
    }
}
