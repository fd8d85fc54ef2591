//! The expert directory: profiles, retirement, and imports that write every
//! row or none (one `BEGIN IMMEDIATE` transaction for the whole list).
//!
//! Topics and languages are JSON arrays; the availability is a kind and an
//! ISO date; working hours are kept as written (`Mon-Fri 09:00-17:00`).

use crate::convert::*;
use crate::write::{log_change, Tx};
use crate::SqliteStore;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;
use switchboard_domain::{Availability, Expert, ExpertId};
use switchboard_store::*;

pub(crate) const EXPERT_SELECT: &str = "SELECT id, name, department, topics, languages, \
    time_zone, email, chat, availability, out_until, working_hours, retired_at FROM experts";

pub(crate) fn expert_from_row(r: &SqliteRow) -> StoreResult<Expert> {
    let kind: String = r.try_get("availability").map_err(db)?;
    let until: Option<String> = r.try_get("out_until").map_err(db)?;
    let until = until
        .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| corrupt("date", d)))
        .transpose()?;
    let hours: String = r.try_get("working_hours").map_err(db)?;
    Ok(Expert {
        id: ExpertId(r.try_get("id").map_err(db)?),
        name: r.try_get("name").map_err(db)?,
        department: r.try_get("department").map_err(db)?,
        topics: from_json_list(&r.try_get::<String, _>("topics").map_err(db)?)?,
        languages: from_json_list(&r.try_get::<String, _>("languages").map_err(db)?)?,
        time_zone: r.try_get("time_zone").map_err(db)?,
        email: r.try_get("email").map_err(db)?,
        chat: r.try_get("chat").map_err(db)?,
        availability: Availability::from_parts(&kind, until)
            .ok_or_else(|| corrupt("availability", &kind))?,
        hours: parse("working hours", &hours)?,
        retired_at: opt_time(r.try_get("retired_at").map_err(db)?)?,
    })
}

impl SqliteStore {
    pub(crate) async fn one_expert(&self, id: ExpertId) -> StoreResult<Expert> {
        let row = sqlx::query(&format!("{EXPERT_SELECT} WHERE id = ?"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await
            .map_err(db)?
            .ok_or_else(|| StoreError::not_found("expert", id))?;
        expert_from_row(&row)
    }

    pub(crate) async fn create(&self, p: &ExpertProfile) -> StoreResult<Expert> {
        let mut tx = self.write_tx().await?;
        let id = insert(&mut tx, p).await?;
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)?;
        self.one_expert(id).await
    }

    pub(crate) async fn update(&self, id: ExpertId, p: &ExpertProfile) -> StoreResult<Expert> {
        let mut tx = self.write_tx().await?;
        if !update(&mut tx, id, p).await? {
            return Err(StoreError::not_found("expert", id));
        }
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)?;
        self.one_expert(id).await
    }

    pub(crate) async fn retire(&self, id: ExpertId, at: DateTime<Utc>) -> StoreResult<Expert> {
        let mut tx = self.write_tx().await?;
        let done =
            sqlx::query("UPDATE experts SET retired_at = COALESCE(retired_at, ?) WHERE id = ?")
                .bind(ms(at))
                .bind(id.0)
                .execute(&mut *tx)
                .await
                .map_err(db)?;
        if done.rows_affected() == 0 {
            return Err(StoreError::not_found("expert", id));
        }
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)?;
        self.one_expert(id).await
    }

    pub(crate) async fn import(&self, profiles: &[ExpertProfile]) -> StoreResult<ImportSummary> {
        let mut tx = self.write_tx().await?;
        let mut summary = ImportSummary::default();
        for p in profiles {
            let known: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM experts WHERE lower(email) = lower(?) ORDER BY id LIMIT 1",
            )
            .bind(p.email.trim())
            .fetch_optional(&mut *tx)
            .await
            .map_err(db)?;
            match known {
                Some(id) => {
                    update(&mut tx, ExpertId(id), p).await?;
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
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO experts (name, department, topics, languages, time_zone, email, chat, \
         availability, out_until, working_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
         RETURNING id",
    )
    .bind(&p.name)
    .bind(&p.department)
    .bind(json_list(&p.topics))
    .bind(json_list(&p.languages))
    .bind(&p.time_zone)
    .bind(&p.email)
    .bind(&p.chat)
    .bind(p.availability.kind())
    .bind(p.availability.until().map(|d| d.to_string()))
    .bind(p.hours.to_string())
    .fetch_one(&mut **tx)
    .await
    .map_err(db)?;
    Ok(ExpertId(id))
}

/// False when there is no such expert.
async fn update(tx: &mut Tx, id: ExpertId, p: &ExpertProfile) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE experts SET name = ?, department = ?, topics = ?, languages = ?, time_zone = ?, \
         email = ?, chat = ?, availability = ?, out_until = ?, working_hours = ? WHERE id = ?",
    )
    .bind(&p.name)
    .bind(&p.department)
    .bind(json_list(&p.topics))
    .bind(json_list(&p.languages))
    .bind(&p.time_zone)
    .bind(&p.email)
    .bind(&p.chat)
    .bind(p.availability.kind())
    .bind(p.availability.until().map(|d| d.to_string()))
    .bind(p.hours.to_string())
    .bind(id.0)
    .execute(&mut **tx)
    .await
    .map_err(db)?;
    Ok(done.rows_affected() > 0)
}
