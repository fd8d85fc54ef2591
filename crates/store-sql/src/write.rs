//! Writes. Every one runs in a write transaction (`Db::begin_write`) and
//! appends the ids it touched to the change log in that same transaction.

use crate::convert::*;
use crate::db::{Begin, Bind, PendingChange};
use crate::SqlStore;
use std::sync::LazyLock;
use switchboard_domain::workspace::{handle, slugify};
use switchboard_domain::{
    Agent, AgentId, Brand, Case, CaseId, Community, CommunityId, DomainError, Expert, Handoff,
    HandoffId, HandoffPriority, HandoffState, MessageId, NewMessage, SlaPolicy,
};
use switchboard_store::*;

impl SqlStore {
    /// A write transaction; a workspace open read-only refuses it at once,
    /// in words, instead of failing at its first statement.
    pub(crate) async fn write_tx(&self) -> StoreResult<Tx> {
        self.write_tx_as(Begin::default()).await
    }

    /// A write transaction that begins as `how` says (a named lock, plans
    /// kept for key lookups).
    pub(crate) async fn write_tx_as(&self, how: Begin<'_>) -> StoreResult<Tx> {
        if self.read_only.is_some() {
            return Err(StoreError::ReadOnly {
                path: self
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            });
        }
        self.db.begin_write(how).await.map_err(db)
    }

    pub(crate) async fn reset_workspace(&self) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        for table in [
            "report_state",
            "report_facts",
            "statement_posts",
            "cluster_cases",
            "clusters",
            "presence",
            "online",
            "outbox",
            "sync_cursors",
            "connections",
            "message_languages",
            "template_variants",
            "templates",
            "brand_voices",
            "drafts",
            "audit",
            "handoffs",
            "messages",
            "cases",
            "crises",
            "playbooks",
            "contacts",
            "sla_policies",
            "communities",
            "brands",
            "agents",
            "experts",
            "workspace_notes",
        ] {
            sql(format!("DELETE FROM {table}"))
                .execute(&mut tx)
                .await
                .map_err(db)?;
        }
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn workspace_note(&self, key: &str) -> StoreResult<Option<String>> {
        sql("SELECT value FROM workspace_notes WHERE key = $1")
            .bind(key)
            .scalar_opt(&self.db)
            .await
            .map_err(db)
    }

    pub(crate) async fn set_workspace_note(
        &self,
        key: &str,
        value: Option<&str>,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let statement = match value {
            Some(v) => sql("INSERT INTO workspace_notes (key, value) VALUES ($1, $2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(key)
            .bind(v),
            None => sql("DELETE FROM workspace_notes WHERE key = $1").bind(key),
        };
        statement.execute(&mut tx).await.map_err(db)?;
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn ensure_brand(&self, name: &str) -> StoreResult<Brand> {
        let name = name.trim();
        let slug = slugify(name);
        if slug.is_empty() {
            return Err(DomainError::BadBrand(name.to_string()).into());
        }
        let mut tx = self.write_tx().await?;
        sql("INSERT INTO brands (name, slug) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING")
            .bind(name)
            .bind(&slug)
            .execute(&mut tx)
            .await
            .map_err(db)?;
        let row = sql("SELECT id, name, slug FROM brands WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&mut tx)
            .await
            .map_err(db)?;
        let brand = brand_from_row(&row)?;
        tx.commit().await.map_err(db)?;
        Ok(brand)
    }

    pub(crate) async fn create_community(&self, new: &NewCommunity) -> StoreResult<Community> {
        let mut tx = self.write_tx().await?;
        let slug: Option<String> = sql("SELECT slug FROM brands WHERE id = $1")
            .bind(new.brand_id.0)
            .scalar_opt(&mut tx)
            .await
            .map_err(db)?;
        let slug = slug.ok_or_else(|| StoreError::not_found("brand", new.brand_id))?;
        let handle = handle(&slug, &new.locale);
        let id: i64 = sql(
            "INSERT INTO communities (brand_id, locale, platform, page_id, handle) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(new.brand_id.0)
        .bind(new.locale.as_str())
        .bind(new.platform.as_str())
        .bind(new.page_id.trim())
        .bind(&handle)
        .scalar(&mut tx)
        .await
        .map_err(|e| conflict_on_community(e, &handle, &new.page_id))?;
        log_change(&mut tx, ChangeEntity::Community, id, Some(CommunityId(id))).await?;
        tx.commit().await.map_err(db)?;
        self.community(CommunityId(id)).await
    }

    pub(crate) async fn set_sla_policy(
        &self,
        community: CommunityId,
        policy: &SlaPolicy,
    ) -> StoreResult<()> {
        let json = serde_json::to_value(policy).map_err(StoreError::backend)?;
        let mut tx = self.write_tx().await?;
        sql(
            "INSERT INTO sla_policies (community_id, policy) VALUES ($1, $2) \
             ON CONFLICT (community_id) DO UPDATE SET policy = excluded.policy",
        )
        .bind(community.0)
        .bind(json)
        .execute(&mut tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                StoreError::not_found("community", community)
            }
            e => db(e),
        })?;
        log_change(
            &mut tx,
            ChangeEntity::Community,
            community.0,
            Some(community),
        )
        .await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn add_agent(&self, new: &NewAgent) -> StoreResult<Agent> {
        let mut tx = self.write_tx().await?;
        let id: i64 =
            sql("INSERT INTO agents (name, initials, email) VALUES ($1, $2, $3) RETURNING id")
                .bind(&new.name)
                .bind(&new.initials)
                .bind(&new.email)
                .scalar(&mut tx)
                .await
                .map_err(|e| unique(e, "agent", &new.initials))?;
        tx.commit().await.map_err(db)?;
        Ok(Agent {
            id: AgentId(id),
            name: new.name.clone(),
            initials: new.initials.clone(),
            email: new.email.clone(),
        })
    }

    pub(crate) async fn add_expert(&self, new: &NewExpert) -> StoreResult<Expert> {
        self.create_expert(&ExpertProfile::from(new)).await
    }

    pub(crate) async fn add_handoff(&self, new: &NewHandoff) -> StoreResult<Handoff> {
        let mut tx = self.write_tx().await?;
        let community: Option<i64> = sql("SELECT community_id FROM cases WHERE id = $1")
            .bind(new.case_id.0)
            .scalar_opt(&mut tx)
            .await
            .map_err(db)?;
        let community = community.ok_or_else(|| StoreError::not_found("case", new.case_id))?;
        let state = if new.answer.is_some() {
            HandoffState::Answered
        } else {
            HandoffState::Requested
        };
        let id: i64 = sql(
            "INSERT INTO handoffs (case_id, expert_id, question, excerpt, state, asked_at, \
             due_at, answered_at, answer, closed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8) RETURNING id",
        )
        .bind(new.case_id.0)
        .bind(new.expert_id.0)
        .bind(&new.question)
        .bind(&new.excerpt)
        .bind(state.as_str())
        .bind(new.asked_at)
        .bind(new.due_at)
        .bind(new.answer.as_ref().map(|(at, _)| *at))
        .bind(new.answer.as_ref().map(|(_, a)| a.as_str()))
        .scalar(&mut tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                StoreError::not_found("expert", new.expert_id)
            }
            e => db(e),
        })?;
        log_change(
            &mut tx,
            ChangeEntity::Case,
            new.case_id.0,
            Some(CommunityId(community)),
        )
        .await?;
        tx.commit().await.map_err(db)?;
        Ok(Handoff {
            id: HandoffId(id),
            case_id: new.case_id,
            expert_id: new.expert_id,
            question: new.question.clone(),
            excerpt: new.excerpt.clone(),
            state,
            asked_at: new.asked_at,
            due_at: new.due_at,
            answered_at: new.answer.as_ref().map(|(at, _)| *at),
            answer: new.answer.as_ref().map(|(_, a)| a.clone()),
            priority: HandoffPriority::Normal,
            asked_by: None,
            answered_by: None,
            declined_reason: None,
            closed_at: new.answer.as_ref().map(|(at, _)| *at),
        })
    }

    pub(crate) async fn change_case(
        &self,
        id: CaseId,
        change: CaseChangeFn<'_>,
    ) -> StoreResult<Case> {
        let mut tx = self.write_tx().await?;
        let case = change_in(&mut tx, id, change).await?;
        tx.commit().await.map_err(db)?;
        Ok(case)
    }
}

/// Reads the case, asks `change`, writes the result and its message, and
/// logs it, inside the caller's transaction.
pub(crate) async fn change_in(
    tx: &mut Tx,
    id: CaseId,
    change: CaseChangeFn<'_>,
) -> StoreResult<Case> {
    let row = sql(format!(
        "SELECT {CASE_COLUMNS} FROM cases k WHERE k.id = $1 FOR UPDATE"
    ))
    .bind(id.0)
    .fetch_optional(&mut *tx)
    .await
    .map_err(db)?
    .ok_or_else(|| StoreError::not_found("case", id))?;
    apply_change(tx, case_from_row(&row)?, change).await
}

/// Writes what `change` makes of `current` (a case this transaction
/// holds), its message, and the change log entry.
pub(crate) async fn apply_change(
    tx: &mut Tx,
    current: Case,
    change: CaseChangeFn<'_>,
) -> StoreResult<Case> {
    let CaseChange {
        mut case,
        message,
        audit,
    } = change(&current)?;
    // The change may not move a case to another identity.
    case.id = current.id;
    case.community_id = current.community_id;
    case.contact_id = current.contact_id;
    update_case(tx, Some(&current), &case).await?;
    if let Some(message) = message {
        if message.body.trim().is_empty() {
            return Err(DomainError::EmptyMessage.into());
        }
        insert_message(tx, case.id, case.community_id, &message).await?;
    }
    if let Some(audit) = audit {
        crate::handoffs::insert_audit(
            tx,
            &switchboard_store::handoffs::NewAudit {
                case_id: case.id,
                ..audit
            },
        )
        .await?;
    }
    log_change(tx, ChangeEntity::Case, case.id.0, Some(case.community_id)).await?;
    Ok(case)
}

fn conflict_on_community(e: sqlx::Error, handle: &str, page_id: &str) -> StoreError {
    if let sqlx::Error::Database(d) = &e {
        if d.is_unique_violation() {
            let on_page = d.message().contains("page_id");
            return StoreError::Conflict {
                what: if on_page { "page" } else { "community" },
                key: if on_page { page_id } else { handle }.to_string(),
            };
        }
    }
    db(e)
}

pub(crate) async fn log_change(
    tx: &mut Tx,
    entity: ChangeEntity,
    id: i64,
    community: Option<CommunityId>,
) -> StoreResult<()> {
    tx.log(PendingChange {
        entity: entity.as_str(),
        id,
        community: community.map(|c| c.0),
    });
    Ok(())
}

pub(crate) async fn insert_message(
    tx: &mut Tx,
    case: CaseId,
    community: CommunityId,
    m: &NewMessage,
) -> StoreResult<MessageId> {
    let id: i64 = sql(
        "INSERT INTO messages (case_id, community_id, direction, author, body, external_id, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(case.0)
    .bind(community.0)
    .bind(m.direction.as_str())
    .bind(&m.author)
    .bind(&m.body)
    .bind(&m.external_id)
    .bind(m.created_at)
    .scalar(&mut *tx)
    .await
    .map_err(|e| unique(e, "message", m.external_id.as_deref().unwrap_or("")))?;
    tx.log(PendingChange {
        entity: ChangeEntity::Message.as_str(),
        id,
        community: Some(community.0),
    });
    Ok(MessageId(id))
}

const CASE_WRITE_COLUMNS: [&str; 29] = [
    "community_id",
    "contact_id",
    "kind",
    "thread_key",
    "status",
    "assignee_id",
    "subject",
    "topic",
    "linked_case_id",
    "opened_at",
    "updated_at",
    "resolved_at",
    "last_inbound_at",
    "awaiting_reply_since",
    "sla_started_at",
    "first_response_due",
    "first_response_risk",
    "first_response_at",
    "resolution_paused_secs",
    "paused_since",
    "resolution_due",
    "resolution_risk",
    "due_at",
    "risk_at",
    "urgency",
    "crisis_id",
    "private_psid",
    "snoozed_until",
    "tags",
];

/// A contact's name by id (the id follows): what a case keeps as
/// `contact_name`; a rename reaches the cases by trigger (migration 0025).
const CONTACT_NAME_OF: &str = "SELECT name FROM contacts WHERE id = ";

/// A case's values in `CASE_WRITE_COLUMNS` order.
fn case_values(c: &Case) -> [Bind<'_>; CASE_WRITE_COLUMNS.len()] {
    let u = Urgency::of(c);
    [
        c.community_id.0.into(),
        c.contact_id.0.into(),
        c.kind.as_str().into(),
        (&c.thread_key).into(),
        c.status.as_str().into(),
        c.assignee_id.map(|a| a.0).into(),
        (&c.subject).into(),
        (&c.topic).into(),
        c.linked_case_id.map(|l| l.0).into(),
        c.opened_at.into(),
        c.updated_at.into(),
        c.resolved_at.into(),
        c.last_inbound_at.into(),
        c.awaiting_reply_since.into(),
        c.sla.started_at.into(),
        c.sla.first_response_due.into(),
        c.sla.first_response_risk.into(),
        c.sla.first_response_at.into(),
        c.sla.resolution_paused_secs.into(),
        c.sla.paused_since.into(),
        c.sla.resolution_due.into(),
        c.sla.resolution_risk.into(),
        u.due_at.into(),
        u.risk_at.into(),
        u.key.into(),
        c.crisis_id.map(|x| x.0).into(),
        (&c.private_psid).into(),
        c.snoozed_until.into(),
        (&c.tags).into(),
    ]
}

/// The place of `name` in `CASE_WRITE_COLUMNS`.
fn column(name: &str) -> usize {
    CASE_WRITE_COLUMNS
        .iter()
        .position(|c| *c == name)
        .unwrap_or_default()
}

pub(crate) async fn insert_case(tx: &mut Tx, case: &Case) -> StoreResult<CaseId> {
    static TEXT: LazyLock<String> = LazyLock::new(|| {
        format!(
            "INSERT INTO cases ({}, contact_name) VALUES ({}, ({CONTACT_NAME_OF}${contact})) \
             RETURNING id",
            CASE_WRITE_COLUMNS.join(", "),
            (1..=CASE_WRITE_COLUMNS.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", "),
            contact = column("contact_id") + 1,
        )
    });
    let mut q = sql(TEXT.as_str());
    for v in case_values(case) {
        q = q.bind(v);
    }
    let row = q.fetch_one(&mut *tx).await.map_err(db)?;
    Ok(CaseId(row.try_get("id").map_err(db)?))
}

/// Writes `case` over the row it was read as (`before`, read in this
/// transaction): only the columns whose values differ, so that an index
/// none of whose columns changed is not written (a fan's message moves a
/// case's times, not its thread, contact or crisis). Nothing is written
/// when nothing differs. Without `before`, every column is written.
pub(crate) async fn update_case(
    tx: &mut Tx,
    before: Option<&Case>,
    case: &Case,
) -> StoreResult<()> {
    let old = before.map(case_values);
    let mut changed = Vec::new();
    let mut binds = Vec::new();
    for (i, v) in case_values(case).into_iter().enumerate() {
        if old.as_ref().is_none_or(|o| o[i] != v) {
            changed.push(i);
            binds.push(v);
        }
    }
    if changed.is_empty() {
        return Ok(());
    }
    let mut sets: Vec<String> = changed
        .iter()
        .enumerate()
        .map(|(n, &i)| format!("{} = ${}", CASE_WRITE_COLUMNS[i], n + 1))
        .collect();
    if changed.contains(&column("status")) {
        // A resolved case going back to work was reopened: when, for
        // reports. The right-hand side reads the row as it was before this
        // update.
        binds.push(case.status.as_str().into());
        let status = binds.len();
        binds.push(case.updated_at.into());
        let updated = binds.len();
        sets.push(format!(
            "reopened_at = CASE WHEN status = 'resolved' AND ${status} <> 'resolved' \
             THEN ${updated} ELSE reopened_at END"
        ));
    }
    if changed.contains(&column("contact_id")) {
        // The fan's name goes with the case (queue rows read it from the
        // queue indexes): looked up when the case goes to another contact.
        // A case resolved before migration 0025 keeps none (its queue row
        // looks the name up): filling it in would change an indexed
        // column, and PostgreSQL then writes a new entry in every index of
        // the table.
        binds.push(case.contact_id.0.into());
        let contact = binds.len();
        sets.push(format!(
            "contact_name = CASE WHEN contact_id = ${contact} THEN contact_name \
             ELSE ({CONTACT_NAME_OF}${contact}) END"
        ));
    }
    binds.push(case.id.0.into());
    let text = format!(
        "UPDATE cases SET {} WHERE id = ${}",
        sets.join(", "),
        binds.len()
    );
    let mut q = sql(&text);
    for v in binds {
        q = q.bind(v);
    }
    q.execute(&mut *tx).await.map_err(|e| match e {
        sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
            StoreError::not_found("agent", case.assignee_id.map(|a| a.0).unwrap_or(0))
        }
        e => db(e),
    })?;
    Ok(())
}
