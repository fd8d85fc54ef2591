//! A fan's message as a webhook or a poll delivers it, in its own
//! transaction: not twice, its contact, the case it opens or goes to (the
//! domain's `decide`), the message and the change log.
//!
//! Each statement is a round trip to PostgreSQL, so the path asks for what
//! it needs in as few as it can: whether the message is already stored, who
//! its author is and the case it goes to (the thread's, or in Messenger the
//! one a private reply opened) come in one read, and a contact is written
//! only when it is new or renamed (docs/benchmarks.md, issues 13 and 20).

use crate::convert::*;
use crate::db::Begin;
use crate::write::{insert_case, insert_message, log_change, update_case};
use crate::SqlStore;
use std::sync::LazyLock;
use switchboard_domain::{
    CaseKind, ContactId, CrisisStamp, DomainError, MessageId, NewMessage, SlaPolicy,
};
use switchboard_store::inbound::{decide, InboundWrite};
use switchboard_store::*;

/// In one read: whether the message is stored already, its author as a
/// contact, and the case it goes to, locked (`thread_case`, `$4` the
/// thread). The case comes in a `WITH` part so that the other answers come
/// when there is none.
fn seen(thread_case: &str) -> String {
    format!(
        "WITH k AS ({thread_case} FOR UPDATE) SELECT \
         (SELECT id FROM messages WHERE community_id = $1 AND external_id = $2) AS dup_message, \
         (SELECT case_id FROM messages WHERE community_id = $1 AND external_id = $2) AS dup_case, \
         (SELECT id FROM contacts WHERE community_id = $1 AND external_id = $3) AS contact, \
         (SELECT name FROM contacts WHERE community_id = $1 AND external_id = $3) AS contact_name, \
         k.* FROM (SELECT 1 AS one) AS one LEFT JOIN k ON true"
    )
}

/// The read of a Messenger message: the thread's newest case; without one,
/// the case a private reply to the fan's comment came from (the
/// conversation joins it). Both lookups go through their own index:
/// written with `OR`, SQLite read every case of the page. Built once.
static SEEN_MESSENGER: LazyLock<String> = LazyLock::new(|| {
    seen(&format!(
        "SELECT {CASE_COLUMNS} FROM cases k WHERE k.id = COALESCE(\
         (SELECT id FROM cases WHERE community_id = $1 AND thread_key = $4 \
         ORDER BY id DESC LIMIT 1), \
         (SELECT id FROM cases WHERE community_id = $1 AND private_psid = $3 \
         ORDER BY id DESC LIMIT 1))"
    ))
});

/// The read of a comment: the thread's newest case. Built once.
static SEEN_THREAD: LazyLock<String> = LazyLock::new(|| {
    seen(&format!(
        "SELECT {CASE_COLUMNS} FROM cases k WHERE k.community_id = $1 \
         AND k.thread_key = $4 ORDER BY k.id DESC LIMIT 1"
    ))
});

impl SqlStore {
    pub(crate) async fn record_inbound(
        &self,
        message: &InboundMessage,
        policy: &SlaPolicy,
        crisis: Option<&CrisisStamp>,
    ) -> StoreResult<InboundOutcome> {
        if message.body.trim().is_empty() {
            return Err(DomainError::EmptyMessage.into());
        }
        // Two deliveries of the same thread (a webhook and a poll) queue here
        // instead of both creating a case.
        let lock = format!("{}:{}", message.community_id.0, message.thread_key);
        let mut tx = self
            .write_tx_as(Begin {
                lock: Some(&lock),
                key_lookups: true,
            })
            .await?;
        let text: &str = if message.kind == CaseKind::Messenger {
            &SEEN_MESSENGER
        } else {
            &SEEN_THREAD
        };
        let seen = sql(text)
            .bind(message.community_id.0)
            .bind(&message.external_id)
            .bind(&message.contact_external_id)
            .bind(&message.thread_key)
            .fetch_one(&mut tx)
            .await
            .map_err(db)?;
        let dup_message: Option<i64> = seen.try_get("dup_message").map_err(db)?;
        let dup_case: Option<i64> = seen.try_get("dup_case").map_err(db)?;
        if let (Some(message_id), Some(case_id)) = (dup_message, dup_case) {
            return Ok(InboundOutcome::Duplicate {
                message_id: MessageId(message_id),
                case_id: switchboard_domain::CaseId(case_id),
            });
        }
        let latest = match seen.try_get::<Option<i64>>("id").map_err(db)? {
            Some(_) => Some(case_from_row(&seen)?),
            None => None,
        };
        let known: Option<i64> = seen.try_get("contact").map_err(db)?;
        let known_name: Option<String> = seen.try_get("contact_name").map_err(db)?;
        let contact = match known {
            Some(id) if known_name.as_deref() == Some(message.contact_name.as_str()) => id,
            Some(id) => {
                sql("UPDATE contacts SET name = $1 WHERE id = $2")
                    .bind(&message.contact_name)
                    .bind(id)
                    .execute(&mut tx)
                    .await
                    .map_err(db)?;
                id
            }
            None => sql(
                "INSERT INTO contacts (community_id, external_id, name) VALUES ($1, $2, $3) \
                 ON CONFLICT (community_id, external_id) DO UPDATE SET name = excluded.name \
                 RETURNING id",
            )
            .bind(message.community_id.0)
            .bind(&message.contact_external_id)
            .bind(&message.contact_name)
            .scalar(&mut tx)
            .await
            .map_err(|e| match e {
                sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                    StoreError::not_found("community", message.community_id)
                }
                e => db(e),
            })?,
        };
        let (case_id, effect) =
            match decide(message, ContactId(contact), latest.as_ref(), policy, crisis) {
                InboundWrite::Update(case, effect) => {
                    update_case(&mut tx, latest.as_ref(), &case).await?;
                    (case.id, effect)
                }
                InboundWrite::Insert(case, effect) => (insert_case(&mut tx, &case).await?, effect),
            };
        let message_id = insert_message(
            &mut tx,
            case_id,
            message.community_id,
            &NewMessage {
                direction: switchboard_domain::Direction::Inbound,
                author: message.contact_name.clone(),
                body: message.body.clone(),
                external_id: Some(message.external_id.clone()),
                created_at: message.at,
            },
        )
        .await?;
        log_change(
            &mut tx,
            ChangeEntity::Case,
            case_id.0,
            Some(message.community_id),
        )
        .await?;
        tx.commit().await.map_err(db)?;
        Ok(InboundOutcome::Stored {
            case_id,
            message_id,
            effect,
        })
    }
}
