//! A fan's message entering the desk, from a connector or typed in by hand.

use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use std::sync::OnceLock;
use switchboard_domain::MessageId;
use switchboard_domain::{CaseKind, DomainError};
use switchboard_l10n::detect::{self, Detection, Detector};
use switchboard_store::templates::MessageLanguage;
use switchboard_store::{InboundMessage, InboundOutcome, SearchFilter, SearchHit};

/// A message that reached the team by another channel (phone, e-mail, a
/// colleague), recorded by hand into a community.
#[derive(Debug, Clone)]
pub struct DirectMessage {
    pub community: String,
    pub from: String,
    pub text: String,
    /// Lets a script record the same message twice without duplicating it.
    pub external_id: Option<String>,
    pub at: Option<DateTime<Utc>>,
}

/// One detector for the process: it is built once and shared.
pub(crate) fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(Detector::new)
}

impl Desk {
    /// Detects and stores the language of an inbound message. Detection
    /// reads a bounded sample of the text and runs on a blocking thread, so
    /// no message, however long, holds up the async threads that answer
    /// webhooks and the window.
    pub async fn detect_language(&self, id: MessageId, text: &str) -> DeskResult<()> {
        let sample = detect::sample(text).to_string();
        let d = tokio::task::spawn_blocking(move || detector().detect(&sample))
            .await
            .unwrap_or(Detection {
                language: "und",
                confidence: 0.0,
            });
        self.save_language(id, &d).await
    }

    pub(crate) async fn save_language(&self, id: MessageId, d: &Detection) -> DeskResult<()> {
        self.store()
            .set_message_language(&MessageLanguage {
                message_id: id,
                language: d.language.to_string(),
                confidence: d.confidence,
            })
            .await?;
        Ok(())
    }

    /// Stores a platform's inbound message once; a replay changes nothing.
    pub async fn receive(&self, message: &InboundMessage) -> DeskResult<InboundOutcome> {
        let policy = self.store().sla_policy(message.community_id).await?;
        let stamp = self
            .crisis_lookup()
            .await?
            .stamp(message.community_id, message.at, &policy);
        let outcome = self
            .store()
            .record_inbound(message, &policy, stamp.as_ref())
            .await?;
        if let InboundOutcome::Stored {
            message_id,
            case_id,
            ..
        } = outcome
        {
            self.detect_language(message_id, &message.body).await?;
            self.emit(crate::Change::Case {
                id: case_id,
                community: message.community_id,
            });
        }
        Ok(outcome)
    }

    /// Records a message as if the platform had delivered it. The thread is
    /// the sender's name, so their later messages join the same case.
    pub async fn receive_direct(&self, m: &DirectMessage) -> DeskResult<InboundOutcome> {
        let community = self.community_by_handle(&m.community).await?;
        let from = m.from.trim();
        if from.is_empty() {
            return Err(crate::DeskError::BadInput {
                field: "from",
                value: m.from.clone(),
            });
        }
        if m.text.trim().is_empty() {
            return Err(DomainError::EmptyMessage.into());
        }
        let who = format!("direct:{}", from.to_lowercase());
        let message = InboundMessage {
            community_id: community.id,
            external_id: m
                .external_id
                .clone()
                .unwrap_or_else(|| format!("direct:{}", uuid::Uuid::new_v4())),
            thread_key: who.clone(),
            kind: CaseKind::Direct,
            contact_external_id: who,
            contact_name: from.to_string(),
            body: m.text.trim().to_string(),
            at: m.at.unwrap_or_else(|| self.now()),
        };
        self.receive(&message).await
    }

    /// Messages whose words start with every word of `query`, among the
    /// cases `within` names, newest first.
    pub async fn search(
        &self,
        query: &str,
        within: &SearchFilter,
        limit: u32,
    ) -> DeskResult<Vec<SearchHit>> {
        Ok(self.store().search(query, within, limit).await?)
    }
}
