//! What the page sent from somewhere else than Switchboard — an answer
//! typed in Meta Business Suite or the page's inbox — joins the case it
//! answers, as our outbound message: the team sees it in the thread, and
//! the first-response clock stops at the time the page answered, so no
//! case shows as breached when a colleague already replied elsewhere.
//! Replies that went through the outbox are not recorded twice: they
//! carry the platform id already, or are still in the outbox (reconciled
//! there). A page message in a thread with no case (the page writing first)
//! opens nothing.

use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use switchboard_domain::lifecycle::apply_outbound;
use switchboard_domain::{Community, Direction, NewMessage};
use switchboard_store::{CaseChange, PageMessage};

impl Desk {
    /// Records the page's message on its thread's case; true when it was
    /// new there.
    pub async fn record_page_message(
        &self,
        community: &Community,
        thread_key: String,
        external_id: &str,
        body: &str,
        at: DateTime<Utc>,
    ) -> DeskResult<bool> {
        let body = body.trim();
        if body.is_empty() || external_id.is_empty() {
            return Ok(false);
        }
        let policy = self.store().sla_policy(community.id).await?;
        let m = PageMessage {
            community_id: community.id,
            thread_key,
            external_id: external_id.to_string(),
            author: community.brand_name.clone(),
            body: body.to_string(),
            at,
        };
        let message = NewMessage {
            direction: Direction::Outbound,
            author: m.author.clone(),
            body: m.body.clone(),
            external_id: Some(m.external_id.clone()),
            created_at: at,
        };
        let changed = self
            .store()
            .record_page_message(&m, &|current| {
                // A resolved case stays resolved; the message is still
                // recorded, since the fan has it.
                let next = apply_outbound(current, &policy, at).unwrap_or_else(|_| current.clone());
                Ok(CaseChange {
                    audit: None,
                    case: next,
                    message: Some(message.clone()),
                })
            })
            .await?;
        match changed {
            Some(case) => {
                tracing::info!(case = %case.id, "the page's own message joined its case");
                self.announce(&case);
                Ok(true)
            }
            None => Ok(false),
        }
    }
}
