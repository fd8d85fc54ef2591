//! The expert directory: profiles, retirement, and imports that write every
//! row or none (one transaction for the whole list, serialized with other
//! imports by an advisory lock so that two imports cannot add one address
//! twice).
//!
//! Topics and languages are lists (see `db`); the availability is a kind and
//! a date; working hours are kept as written (`Mon-Fri 09:00-17:00`).

use crate::convert::*;
use crate::db::Begin;
use crate::write::log_change;
use crate::SqlStore;
use chrono::{DateTime, NaiveDate, Utc};
use switchboard_domain::{Availability, Expert, ExpertId};
use switchboard_store::*;

pub(crate) const EXPERT_SELECT: &str = "SELECT id, name, department, topics, languages, \
    time_zone, email, chat, availability, out_until, working_hours, retired_at FROM experts";

pub(crate) fn expert_from_row(r: &Row) -> StoreResult<Expert> {
    let kind: String = r.try_get("availability").map_err(db)?;
    let until: Option<NaiveDate> = r.try_get("out_until").map_err(db)?;
    let hours: String = r.try_get("working_hours").map_err(db)?;
    Ok(Expert {
        id: ExpertId(r.try_get("id").map_err(db)?),
        name: r.try_get("name").map_err(db)?,
        department: r.try_get("department").map_err(db)?,
        topics: r.try_get("topics").map_err(db)?,
        languages: r.try_get("languages").map_err(db)?,
        time_zone: r.try_get("time_zone").map_err(db)?,
        email: r.try_get("email").map_err(db)?,
        chat: r.try_get("chat").map_err(db)?,
        availability: Availability::from_parts(&kind, until)
            .ok_or_else(|| corrupt("availability", &kind))?,
        hours: parse("working hours", &hours)?,
        retired_at: r.try_get("retired_at").map_err(db)?,
    })
}

impl SqlStore {
    pub(crate) async fn expert(&self, id: ExpertId) -> StoreResult<Expert> {
        sql(format!("{EXPERT_SELECT} WHERE id = $1"))
            .bind(id.0)
            .row(&self.db, "expert", id, expert_from_row)
            .await
    }

    pub(crate) async fn create_expert(&self, p: &ExpertProfile) -> StoreResult<Expert> {
        let mut tx = self.write_tx().await?;
        let id = insert(&mut tx, p).await?;
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)?;
        self.expert(id).await
    }

    pub(crate) async fn update_expert(
        &self,
        id: ExpertId,
        p: &ExpertProfile,
    ) -> StoreResult<Expert> {
        let mut tx = self.write_tx().await?;
        if !update(&mut tx, id, p).await? {
            return Err(StoreError::not_found("expert", id));
        }
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)?;
        self.expert(id).await
    }

    pub(crate) async fn retire_expert(
        &self,
        id: ExpertId,
        at: DateTime<Utc>,
    ) -> StoreResult<Expert> {
        let mut tx = self.write_tx().await?;
        let done = sql("UPDATE experts SET retired_at = COALESCE(retired_at, $1) WHERE id = $2")
            .bind(at)
            .bind(id.0)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        if done == 0 {
            return Err(StoreError::not_found("expert", id));
        }
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)?;
        self.expert(id).await
    }

    pub(crate) async fn import_experts(
        &self,
        profiles: &[ExpertProfile],
    ) -> StoreResult<ImportSummary> {
        let mut tx = self
            .write_tx_as(Begin {
                lock: Some("experts-import"),
                key_lookups: false,
            })
            .await?;
        let mut summary = ImportSummary::default();
        for p in profiles {
            let known = sql(format!(
                "{EXPERT_SELECT} WHERE lower(email) = lower($1) ORDER BY id LIMIT 1"
            ))
            .bind(p.email.trim())
            .fetch_optional(&mut tx)
            .await
            .map_err(db)?
            .map(|r| expert_from_row(&r))
            .transpose()?;
            match known {
                Some(e) if ExpertProfile::from_expert(&e) == *p => summary.unchanged += 1,
                Some(e) => {
                    update(&mut tx, e.id, p).await?;
                    summary.updated += 1;
                }
                None => {
                    insert(&mut tx, p).await?;
                    summary.added += 1;
                }
            }
        }
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        // Dropping the transaction on any error above rolls every row back.
        tx.commit().await.map_err(db)?;
        Ok(summary)
    }
}

async fn insert(tx: &mut Tx, p: &ExpertProfile) -> StoreResult<ExpertId> {
    let id: i64 = sql(
        "INSERT INTO experts (name, department, topics, languages, time_zone, email, chat, \
         availability, out_until, working_hours) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(&p.name)
    .bind(&p.department)
    .bind(&p.topics)
    .bind(&p.languages)
    .bind(&p.time_zone)
    .bind(&p.email)
    .bind(&p.chat)
    .bind(p.availability.kind())
    .bind(p.availability.until())
    .bind(p.hours.to_string())
    .scalar(&mut *tx)
    .await
    .map_err(db)?;
    Ok(ExpertId(id))
}

/// False when there is no such expert.
async fn update(tx: &mut Tx, id: ExpertId, p: &ExpertProfile) -> StoreResult<bool> {
    let done = sql(
        "UPDATE experts SET name = $1, department = $2, topics = $3, languages = $4, \
         time_zone = $5, email = $6, chat = $7, availability = $8, out_until = $9, \
         working_hours = $10 WHERE id = $11",
    )
    .bind(&p.name)
    .bind(&p.department)
    .bind(&p.topics)
    .bind(&p.languages)
    .bind(&p.time_zone)
    .bind(&p.email)
    .bind(&p.chat)
    .bind(p.availability.kind())
    .bind(p.availability.until())
    .bind(p.hours.to_string())
    .bind(id.0)
    .execute(&mut *tx)
    .await
    .map_err(db)?;
    Ok(done > 0)
}
