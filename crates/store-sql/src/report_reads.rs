//! What a report reads besides the facts' sums: the expert handoffs asked
//! in its period with their case's key, and a topic's newest cases quoted
//! by the customer's first message.

use crate::convert::*;
use crate::db::sql;
use crate::report_facts::key_text;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use switchboard_domain::report::ReportHandoff;
use switchboard_domain::{CaseId, CommunityId, HandoffState};
use switchboard_store::*;

impl SqlStore {
    pub(crate) async fn report_handoffs(&self, q: &FactQuery) -> StoreResult<Vec<KeyedHandoff>> {
        // The case's key looked up per handoff: a join made PostgreSQL
        // hash every case of the workspace (0.25 s on a year, against
        // 0.06 s). A handoff is seen with its case (row-level security).
        // Cases have no week columns: those keys read as none.
        let key = match q.key {
            FactKey::Total | FactKey::OpenedWeek | FactKey::ResolvedWeek => {
                key_text(FactKey::Total, "k")
            }
            other => format!(
                "(SELECT {} FROM cases k WHERE k.id = h.case_id)",
                key_text(other, "k")
            ),
        };
        sql(format!(
            "SELECT {key} AS k, h.state, h.asked_at, h.due_at, h.answered_at \
             FROM handoffs h WHERE h.asked_at >= $1 AND h.asked_at < $2 ORDER BY h.id"
        ))
        .bind(q.from)
        .bind(q.to)
        .rows(&self.db, |r| {
            let state: String = r.try_get("state").map_err(db)?;
            Ok(KeyedHandoff {
                key: r.try_get("k").map_err(db)?,
                handoff: ReportHandoff {
                    state: parse::<HandoffState>("handoff state", &state)?,
                    asked_at: r.try_get("asked_at").map_err(db)?,
                    due_at: r.try_get("due_at").map_err(db)?,
                    answered_at: r.try_get("answered_at").map_err(db)?,
                },
            })
        })
        .await
    }
}

impl SqlStore {
    /// The newest cases on a topic through the facts' topic order (a seek
    /// per community on SQLite), then their first inbound messages.
    pub(crate) async fn report_topic_samples(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        topic: &str,
        limit: u32,
    ) -> StoreResult<Vec<TopicSample>> {
        let cases = sql(format!(
            "SELECT f.case_id, f.community_id, f.opened_at FROM {} \
             WHERE f.community_id IN (SELECT id FROM communities) AND f.topic = $1 \
             AND f.opened_at >= $2 AND f.opened_at < $3 \
             ORDER BY f.opened_at DESC, f.case_id DESC LIMIT $4",
            self.db
                .scan("report_facts", "f", Some("report_facts_by_topic"))
        ))
        .bind(topic)
        .bind(from)
        .bind(to)
        .bind(i64::from(limit))
        .rows(&self.db, |r| {
            Ok((
                CaseId(r.try_get("case_id").map_err(db)?),
                CommunityId(r.try_get("community_id").map_err(db)?),
                r.try_get::<DateTime<Utc>>("opened_at").map_err(db)?,
            ))
        })
        .await?;
        let mut out = Vec::with_capacity(cases.len());
        for (case_id, community_id, opened_at) in cases {
            let text: Option<String> = sql(
                "SELECT body FROM messages WHERE case_id = $1 AND direction = 'inbound' \
                 ORDER BY created_at, id LIMIT 1",
            )
            .bind(case_id.0)
            .fetch_optional(&self.db)
            .await
            .map_err(db)?
            .map(|r| r.try_get("body").map_err(db))
            .transpose()?;
            if let Some(text) = text {
                out.push(TopicSample {
                    case_id,
                    community_id,
                    opened_at,
                    text,
                });
            }
        }
        Ok(out)
    }
}
