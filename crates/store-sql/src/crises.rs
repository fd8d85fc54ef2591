//! Playbooks, crises and the statement's posts on each page
//! (docs/decisions/023-crises-playbooks-statements.md). Posts are sent
//! like replies: claimed under a lease, and a post left on its way by a
//! sender that stopped is taken over only once its lease ran out.

use crate::convert::*;
use crate::write::log_change;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use switchboard_domain::{CommunityId, Crisis, CrisisId, CrisisScope, CrisisTerms};
use switchboard_store::*;

const CRISIS_COLUMNS: &str = "id, name, scope_kind, scope_value, playbook_id, \
     first_response_minutes, resolution_minutes, declared_at, declared_by, ended_at, ended_by";

const POST_COLUMNS: &str = "id, crisis_id, community_id, locale, body, state, post_id, \
     published_body, attempts, error, lease_owner, lease_until, next_attempt_at, created_at, \
     updated_at, published_at";

fn crisis_from_row(r: &Row) -> StoreResult<Crisis> {
    let kind: String = r.try_get("scope_kind").map_err(db)?;
    let value: String = r.try_get("scope_value").map_err(db)?;
    Ok(Crisis {
        id: CrisisId(r.try_get("id").map_err(db)?),
        name: r.try_get("name").map_err(db)?,
        scope: CrisisScope::from_parts(&kind, &value)
            .ok_or_else(|| corrupt("crisis scope", &kind))?,
        playbook: r.try_get("playbook_id").map_err(db)?,
        terms: CrisisTerms {
            first_response_minutes: r.try_get("first_response_minutes").map_err(db)?,
            resolution_minutes: r.try_get("resolution_minutes").map_err(db)?,
        },
        declared_at: r.try_get("declared_at").map_err(db)?,
        declared_by: r.try_get("declared_by").map_err(db)?,
        ended_at: r.try_get("ended_at").map_err(db)?,
        ended_by: r.try_get("ended_by").map_err(db)?,
    })
}

fn post_from_row(r: &Row) -> StoreResult<StatementPost> {
    let state: String = r.try_get("state").map_err(db)?;
    Ok(StatementPost {
        id: r.try_get("id").map_err(db)?,
        crisis_id: CrisisId(r.try_get("crisis_id").map_err(db)?),
        community_id: CommunityId(r.try_get("community_id").map_err(db)?),
        locale: r.try_get("locale").map_err(db)?,
        body: r.try_get("body").map_err(db)?,
        state: PostState::parse(&state).ok_or_else(|| corrupt("post state", &state))?,
        post_id: r.try_get("post_id").map_err(db)?,
        published_body: r.try_get("published_body").map_err(db)?,
        attempts: r.try_get("attempts").map_err(db)?,
        error: r.try_get("error").map_err(db)?,
        lease_owner: r.try_get("lease_owner").map_err(db)?,
        lease_until: r.try_get("lease_until").map_err(db)?,
        next_attempt_at: r.try_get("next_attempt_at").map_err(db)?,
        created_at: r.try_get("created_at").map_err(db)?,
        updated_at: r.try_get("updated_at").map_err(db)?,
        published_at: r.try_get("published_at").map_err(db)?,
    })
}

async fn crisis_in(tx: &mut Tx, id: CrisisId) -> StoreResult<Crisis> {
    let row = sql(format!("SELECT {CRISIS_COLUMNS} FROM crises WHERE id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db)?
        .ok_or_else(|| StoreError::not_found("crisis", id))?;
    crisis_from_row(&row)
}

async fn post_in(tx: &mut Tx, id: i64) -> StoreResult<StatementPost> {
    let row = sql(format!(
        "SELECT {POST_COLUMNS} FROM statement_posts WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *tx)
    .await
    .map_err(db)?
    .ok_or_else(|| StoreError::not_found("statement post", id))?;
    post_from_row(&row)
}

impl SqlStore {
    pub(crate) async fn save_playbook(&self, p: &Playbook) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sql(
            "INSERT INTO playbooks (id, name, first_response_minutes, resolution_minutes, \
             guidance, updated_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, \
             first_response_minutes = excluded.first_response_minutes, \
             resolution_minutes = excluded.resolution_minutes, guidance = excluded.guidance, \
             updated_at = excluded.updated_at",
        )
        .bind(&p.id)
        .bind(&p.name)
        .bind(p.terms.first_response_minutes)
        .bind(p.terms.resolution_minutes)
        .bind(&p.guidance)
        .bind(p.updated_at)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn playbooks(&self) -> StoreResult<Vec<Playbook>> {
        sql(
            "SELECT id, name, first_response_minutes, resolution_minutes, guidance, updated_at \
             FROM playbooks ORDER BY id",
        )
        .rows(&self.db, |r| {
            Ok(Playbook {
                id: r.try_get("id").map_err(db)?,
                name: r.try_get("name").map_err(db)?,
                terms: CrisisTerms {
                    first_response_minutes: r.try_get("first_response_minutes").map_err(db)?,
                    resolution_minutes: r.try_get("resolution_minutes").map_err(db)?,
                },
                guidance: r.try_get("guidance").map_err(db)?,
                updated_at: r.try_get("updated_at").map_err(db)?,
            })
        })
        .await
    }

    pub(crate) async fn declare_crisis(&self, new: &NewCrisis) -> StoreResult<Crisis> {
        let mut tx = self.write_tx().await?;
        let id: i64 = sql(
            "INSERT INTO crises (name, scope_kind, scope_value, playbook_id, \
             first_response_minutes, resolution_minutes, declared_at, declared_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(&new.name)
        .bind(new.scope.kind())
        .bind(new.scope.value())
        .bind(&new.playbook)
        .bind(new.terms.first_response_minutes)
        .bind(new.terms.resolution_minutes)
        .bind(new.declared_at)
        .bind(&new.declared_by)
        .scalar(&mut tx)
        .await
        .map_err(db)?;
        let crisis = crisis_in(&mut tx, CrisisId(id)).await?;
        log_change(&mut tx, ChangeEntity::Crisis, id, None).await?;
        tx.commit().await.map_err(db)?;
        Ok(crisis)
    }

    pub(crate) async fn end_crisis(
        &self,
        id: CrisisId,
        by: &str,
        at: DateTime<Utc>,
    ) -> StoreResult<Crisis> {
        let mut tx = self.write_tx().await?;
        let before = crisis_in(&mut tx, id).await?;
        if !before.is_running() {
            return Err(StoreError::Conflict {
                what: "ended crisis",
                key: id.to_string(),
            });
        }
        sql("UPDATE crises SET ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL")
            .bind(at)
            .bind(by)
            .bind(id.0)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        let crisis = crisis_in(&mut tx, id).await?;
        log_change(&mut tx, ChangeEntity::Crisis, id.0, None).await?;
        tx.commit().await.map_err(db)?;
        Ok(crisis)
    }

    pub(crate) async fn crises(&self) -> StoreResult<Vec<Crisis>> {
        sql(format!(
            "SELECT {CRISIS_COLUMNS} FROM crises ORDER BY declared_at DESC, id DESC"
        ))
        .rows(&self.db, crisis_from_row)
        .await
    }

    pub(crate) async fn crisis_case_counts(&self) -> StoreResult<Vec<(CrisisId, i64)>> {
        sql(
            "SELECT crisis_id, COUNT(*) AS n FROM cases WHERE crisis_id IS NOT NULL \
             GROUP BY crisis_id ORDER BY crisis_id",
        )
        .rows(&self.db, |r| {
            Ok((
                CrisisId(r.try_get("crisis_id").map_err(db)?),
                r.try_get("n").map_err(db)?,
            ))
        })
        .await
    }

    pub(crate) async fn queue_statement_posts(
        &self,
        crisis: CrisisId,
        posts: &[PostWrite],
        at: DateTime<Utc>,
    ) -> StoreResult<Vec<(StatementPost, bool)>> {
        let mut tx = self.write_tx().await?;
        crisis_in(&mut tx, crisis).await?;
        let mut out = Vec::with_capacity(posts.len());
        for p in posts {
            let existing = sql(format!(
                "SELECT {POST_COLUMNS} FROM statement_posts \
                 WHERE crisis_id = $1 AND community_id = $2 FOR UPDATE"
            ))
            .bind(crisis.0)
            .bind(p.community_id.0)
            .fetch_optional(&mut tx)
            .await
            .map_err(db)?
            .map(|r| post_from_row(&r))
            .transpose()?;
            let id = match existing {
                // The page shows it already, or it is on its way: nothing
                // to do.
                Some(e) if e.body == p.body && e.state != PostState::Failed => {
                    out.push((e, false));
                    continue;
                }
                Some(e) => {
                    // A post on its way keeps its lease: when it lands,
                    // `post_done` sees the new text and queues the update.
                    sql(
                        "UPDATE statement_posts SET body = $1, locale = $2, updated_at = $3, \
                         error = NULL, next_attempt_at = NULL, \
                         state = CASE WHEN state = 'sending' THEN 'sending' ELSE 'pending' END \
                         WHERE id = $4",
                    )
                    .bind(&p.body)
                    .bind(&p.locale)
                    .bind(at)
                    .bind(e.id)
                    .execute(&mut tx)
                    .await
                    .map_err(db)?;
                    e.id
                }
                None => sql(
                    "INSERT INTO statement_posts (crisis_id, community_id, locale, body, state, \
                     created_at, updated_at) VALUES ($1, $2, $3, $4, 'pending', $5, $5) \
                     RETURNING id",
                )
                .bind(crisis.0)
                .bind(p.community_id.0)
                .bind(&p.locale)
                .bind(&p.body)
                .bind(at)
                .scalar(&mut tx)
                .await
                .map_err(|e| match e {
                    sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                        StoreError::not_found("community", p.community_id)
                    }
                    e => db(e),
                })?,
            };
            out.push((post_in(&mut tx, id).await?, true));
        }
        if out.iter().any(|(_, changed)| *changed) {
            log_change(&mut tx, ChangeEntity::Crisis, crisis.0, None).await?;
        }
        tx.commit().await.map_err(db)?;
        Ok(out)
    }

    pub(crate) async fn statement_posts(
        &self,
        crisis: CrisisId,
    ) -> StoreResult<Vec<StatementPost>> {
        sql(format!(
            "SELECT {POST_COLUMNS} FROM statement_posts WHERE crisis_id = $1 \
             ORDER BY community_id"
        ))
        .bind(crisis.0)
        .rows(&self.db, post_from_row)
        .await
    }

    pub(crate) async fn posts_to_send(
        &self,
        community: CommunityId,
        at: DateTime<Utc>,
    ) -> StoreResult<Vec<StatementPost>> {
        sql(format!(
            "SELECT {POST_COLUMNS} FROM statement_posts WHERE community_id = $1 AND \
             ((state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= $2)) \
              OR (state = 'sending' AND (lease_until IS NULL OR lease_until <= $2))) \
             ORDER BY id"
        ))
        .bind(community.0)
        .bind(at)
        .rows(&self.db, post_from_row)
        .await
    }

    pub(crate) async fn claim_post(&self, id: i64, lease: &Lease) -> StoreResult<PostClaim> {
        let mut tx = self.write_tx().await?;
        let fresh = sql(
            "UPDATE statement_posts SET state = 'sending', attempts = attempts + 1, \
             updated_at = $1, next_attempt_at = NULL, lease_owner = $2, lease_until = $3 \
             WHERE id = $4 AND state = 'pending'",
        )
        .bind(lease.at)
        .bind(&lease.owner)
        .bind(lease.until)
        .bind(id)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        let claim = if fresh == 1 {
            PostClaim::Fresh
        } else {
            let stale = sql(
                "UPDATE statement_posts SET attempts = attempts + 1, updated_at = $1, \
                 lease_owner = $2, lease_until = $3 WHERE id = $4 AND state = 'sending' \
                 AND (lease_until IS NULL OR lease_until <= $1)",
            )
            .bind(lease.at)
            .bind(&lease.owner)
            .bind(lease.until)
            .bind(id)
            .execute(&mut tx)
            .await
            .map_err(db)?;
            if stale == 1 {
                PostClaim::Stale
            } else {
                PostClaim::No
            }
        };
        tx.commit().await.map_err(db)?;
        Ok(claim)
    }

    pub(crate) async fn post_done(
        &self,
        id: i64,
        result: &PostResult,
        at: DateTime<Utc>,
    ) -> StoreResult<StatementPost> {
        let mut tx = self.write_tx().await?;
        let before = post_in(&mut tx, id).await?;
        match result {
            PostResult::Sent { post_id, body } => {
                // The text may have changed while this one was on its way:
                // then the page is one version behind and gets the update.
                let state = if *body == before.body {
                    PostState::Sent
                } else {
                    PostState::Pending
                };
                sql(
                    "UPDATE statement_posts SET state = $1, post_id = $2, published_body = $3, \
                     published_at = $4, updated_at = $4, error = NULL, lease_owner = NULL, \
                     lease_until = NULL, next_attempt_at = NULL WHERE id = $5",
                )
                .bind(state.as_str())
                .bind(post_id)
                .bind(body)
                .bind(at)
                .bind(id)
                .execute(&mut tx)
                .await
                .map_err(db)?;
            }
            PostResult::Failed { error, retry_at } => {
                let state = if retry_at.is_some() {
                    PostState::Pending
                } else {
                    PostState::Failed
                };
                sql(
                    "UPDATE statement_posts SET state = $1, error = $2, next_attempt_at = $3, \
                     updated_at = $4, lease_owner = NULL, lease_until = NULL WHERE id = $5",
                )
                .bind(state.as_str())
                .bind(error)
                .bind(*retry_at)
                .bind(at)
                .bind(id)
                .execute(&mut tx)
                .await
                .map_err(db)?;
            }
        }
        let post = post_in(&mut tx, id).await?;
        log_change(&mut tx, ChangeEntity::Crisis, before.crisis_id.0, None).await?;
        tx.commit().await.map_err(db)?;
        Ok(post)
    }
}
