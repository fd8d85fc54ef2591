//! Rows to domain values, and errors to the store's.

use chrono::{DateTime, Utc};
use std::str::FromStr;
use switchboard_domain::{
    AgentId, Case, CaseId, CommunityId, ContactId, Locale, Platform, SlaClocks,
};
use switchboard_domain::{Brand, BrandId, Community};
use switchboard_store::{StoreError, StoreResult};

pub(crate) use crate::db::{sql, Row, Sql, Tx};

pub(crate) fn corrupt(what: &str, value: impl std::fmt::Display) -> StoreError {
    StoreError::backend(std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        format!("unexpected {what} in the database: {value}"),
    ))
}

pub(crate) fn parse<T: FromStr>(what: &str, v: &str) -> StoreResult<T> {
    v.parse().map_err(|_| corrupt(what, v))
}

pub(crate) fn db(e: sqlx::Error) -> StoreError {
    StoreError::backend(e)
}

/// Unique violations become `Conflict` on `what`/`key`; the rest pass through.
pub(crate) fn unique(e: sqlx::Error, what: &'static str, key: &str) -> StoreError {
    if let sqlx::Error::Database(d) = &e {
        if d.is_unique_violation() {
            return StoreError::Conflict {
                what,
                key: key.to_string(),
            };
        }
    }
    StoreError::backend(e)
}

/// The fan's name of the case `k`: kept with the case since migration 0025,
/// looked up for a case written before it (resolved then, or on an
/// upgraded PostgreSQL desk). A macro, so that statements written with
/// `concat!` share it.
macro_rules! fan_name_of_k {
    () => {
        "COALESCE(k.contact_name, (SELECT ct.name FROM contacts ct WHERE ct.id = k.contact_id))"
    };
}
pub(crate) use fan_name_of_k;

pub(crate) const CASE_COLUMNS: &str = "k.id, k.community_id, k.contact_id, k.kind, k.thread_key, \
    k.status, k.assignee_id, k.subject, k.topic, k.linked_case_id, k.opened_at, k.updated_at, \
    k.resolved_at, k.last_inbound_at, k.awaiting_reply_since, k.sla_started_at, \
    k.first_response_due, k.first_response_risk, k.first_response_at, \
    k.resolution_paused_secs, k.paused_since, k.resolution_due, k.resolution_risk, k.crisis_id, \
    k.private_psid, k.snoozed_until, k.tags";

pub(crate) fn case_from_row(row: &Row) -> StoreResult<Case> {
    let g = |name: &str| -> StoreResult<i64> { row.try_get::<i64>(name).map_err(db) };
    let go =
        |name: &str| -> StoreResult<Option<i64>> { row.try_get::<Option<i64>>(name).map_err(db) };
    let t = |name: &str| -> StoreResult<DateTime<Utc>> { row.try_get(name).map_err(db) };
    let to = |name: &str| -> StoreResult<Option<DateTime<Utc>>> { row.try_get(name).map_err(db) };
    let s = |name: &str| -> StoreResult<String> { row.try_get::<String>(name).map_err(db) };
    Ok(Case {
        id: CaseId(g("id")?),
        community_id: CommunityId(g("community_id")?),
        contact_id: ContactId(g("contact_id")?),
        kind: parse("case kind", &s("kind")?)?,
        thread_key: s("thread_key")?,
        status: parse("case status", &s("status")?)?,
        assignee_id: go("assignee_id")?.map(AgentId),
        subject: s("subject")?,
        topic: row.try_get("topic").map_err(db)?,
        linked_case_id: go("linked_case_id")?.map(CaseId),
        opened_at: t("opened_at")?,
        updated_at: t("updated_at")?,
        resolved_at: to("resolved_at")?,
        last_inbound_at: t("last_inbound_at")?,
        awaiting_reply_since: to("awaiting_reply_since")?,
        sla: SlaClocks {
            started_at: t("sla_started_at")?,
            first_response_due: t("first_response_due")?,
            first_response_risk: t("first_response_risk")?,
            first_response_at: to("first_response_at")?,
            resolution_paused_secs: g("resolution_paused_secs")?,
            paused_since: to("paused_since")?,
            resolution_due: to("resolution_due")?,
            resolution_risk: to("resolution_risk")?,
        },
        crisis_id: go("crisis_id")?.map(switchboard_domain::CrisisId),
        private_psid: row.try_get("private_psid").map_err(db)?,
        snoozed_until: to("snoozed_until")?,
        tags: row.try_get("tags").map_err(db)?,
    })
}

pub(crate) const COMMUNITY_SELECT: &str = "SELECT c.id, c.brand_id, b.name AS brand_name, \
    b.slug AS brand_slug, c.locale, c.platform, c.page_id, c.handle \
    FROM communities c JOIN brands b ON b.id = c.brand_id";

pub(crate) fn community_from_row(row: &Row) -> StoreResult<Community> {
    let locale: String = row.try_get("locale").map_err(db)?;
    let platform: String = row.try_get("platform").map_err(db)?;
    Ok(Community {
        id: CommunityId(row.try_get("id").map_err(db)?),
        brand_id: BrandId(row.try_get("brand_id").map_err(db)?),
        brand_name: row.try_get("brand_name").map_err(db)?,
        brand_slug: row.try_get("brand_slug").map_err(db)?,
        locale: parse::<Locale>("locale", &locale)?,
        platform: parse::<Platform>("platform", &platform)?,
        page_id: row.try_get("page_id").map_err(db)?,
        handle: row.try_get("handle").map_err(db)?,
    })
}

pub(crate) fn brand_from_row(row: &Row) -> StoreResult<Brand> {
    Ok(Brand {
        id: BrandId(row.try_get("id").map_err(db)?),
        name: row.try_get("name").map_err(db)?,
        slug: row.try_get("slug").map_err(db)?,
    })
}

impl Sql<'_> {
    /// Every row, each made into a value by `map`.
    pub(crate) async fn rows<'e, T>(
        self,
        on: impl Into<crate::db::On<'e>>,
        map: impl Fn(&Row) -> StoreResult<T>,
    ) -> StoreResult<Vec<T>> {
        self.fetch_all(on)
            .await
            .map_err(db)?
            .iter()
            .map(map)
            .collect()
    }

    /// The one row made into a value by `map`; `NotFound` (`what`, `id`)
    /// when there is none.
    pub(crate) async fn row<'e, T>(
        self,
        on: impl Into<crate::db::On<'e>>,
        what: &'static str,
        id: impl std::fmt::Display,
        map: impl Fn(&Row) -> StoreResult<T>,
    ) -> StoreResult<T> {
        match self.fetch_optional(on).await.map_err(db)? {
            Some(row) => map(&row),
            None => Err(StoreError::not_found(what, id)),
        }
    }
}
