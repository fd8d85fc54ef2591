//! The privacy guard (docs/decisions/024-privacy-guard.md): a public reply
//! (under a comment or a visitor's post) that carries personal data is
//! held before anything is stored or sent, with what was found and the
//! two ways on: take it out, or send it privately instead. Sending
//! privately is the private reply the platform allows (once, within seven
//! days of the comment) and a short public pointer in the community's
//! language; both are the case's, and the fan's answers in Messenger come
//! back to it. A fan who put their own data in public gets the case marked,
//! and the page can hide their comment.

use crate::replies::SendOutcome;
use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use serde::Serialize;
use switchboard_domain::privacy::{
    find_personal_data, without_personal_data, Finding, PersonalKind,
};
use switchboard_domain::window::{private_reply, PrivateReply};
use switchboard_domain::{Agent, Case, CaseId, CaseKind, Direction, Message};
use switchboard_store::{NewReply, OutboxItem, ReplyChannel};
use thiserror::Error;
use ts_rs::TS;

#[derive(Debug, Error)]
pub enum PrivacyError {
    #[error("case {case} is not a public comment: there is no private reply to send")]
    NotAComment { case: i64 },
    #[error("case {case}: the private reply was sent already")]
    AlreadySent { case: i64 },
    #[error("case {case}: the private reply closed at {closed_at}")]
    Expired {
        case: i64,
        closed_at: chrono::DateTime<chrono::Utc>,
    },
    #[error("case {case}: its page is not connected, nothing can be sent privately")]
    NotConnected { case: i64 },
}

impl PrivacyError {
    pub fn samples() -> Vec<PrivacyError> {
        vec![
            PrivacyError::NotAComment { case: 7 },
            PrivacyError::AlreadySent { case: 7 },
            PrivacyError::Expired {
                case: 7,
                closed_at: chrono::DateTime::UNIX_EPOCH,
            },
            PrivacyError::NotConnected { case: 7 },
        ]
    }

    pub fn code(&self) -> &'static str {
        match self {
            PrivacyError::NotAComment { .. } => "private-not-a-comment",
            PrivacyError::AlreadySent { .. } => "private-already-sent",
            PrivacyError::Expired { .. } => "private-expired",
            PrivacyError::NotConnected { .. } => "private-not-connected",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            PrivacyError::NotAComment { case }
            | PrivacyError::AlreadySent { case }
            | PrivacyError::NotConnected { case } => vec![("case", case.to_string())],
            PrivacyError::Expired { case, closed_at } => vec![
                ("case", case.to_string()),
                ("closed_at", closed_at.to_rfc3339()),
            ],
        }
    }
}

/// A public reply held for the personal data in it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PrivacyHold {
    pub findings: Vec<Finding>,
    pub kinds: Vec<PersonalKind>,
    /// The reply with what was found taken out.
    pub cleaned: String,
    /// Whether it may go as a private reply instead (None: the case is not
    /// a comment, e.g. a visitor's post).
    pub private: Option<PrivateReply>,
}

/// Whatever is written on this case is seen by everyone on the page.
pub fn is_public(case: &Case) -> bool {
    case.private_psid.is_none() && matches!(case.kind, CaseKind::Comment | CaseKind::VisitorPost)
}

/// The kinds of personal data the fan wrote in public on this case.
pub fn public_personal_data(case: &Case, thread: &[Message]) -> Vec<PersonalKind> {
    if !matches!(case.kind, CaseKind::Comment | CaseKind::VisitorPost) {
        return Vec::new();
    }
    let mut kinds: Vec<PersonalKind> = thread
        .iter()
        // Messenger messages (Graph ids `m_…`) that joined after a move to
        // private were never public.
        .filter(|m| {
            m.direction == Direction::Inbound
                && !m
                    .external_id
                    .as_deref()
                    .is_some_and(|x| x.starts_with("m_"))
        })
        .flat_map(|m| find_personal_data(&m.body).into_iter().map(|f| f.kind))
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// Whether `case`'s fan can still be answered privately at `now`, given
/// the case's replies on their way (`unsent`); None for a case that is not
/// a comment.
pub(crate) fn private_option_with(
    case: &Case,
    unsent: &[OutboxItem],
    now: DateTime<Utc>,
) -> Option<PrivateReply> {
    if case.kind != CaseKind::Comment {
        return None;
    }
    let queued = unsent
        .iter()
        .any(|i| i.channel == ReplyChannel::PrivateReply);
    Some(private_reply(
        case.opened_at,
        case.private_psid.is_some() || queued,
        now,
    ))
}

impl Desk {
    /// What the guard holds in `body` as a reply on `case`: None when the
    /// reply is private or carries nothing personal.
    pub(crate) async fn privacy_hold(
        &self,
        case: &Case,
        body: &str,
    ) -> DeskResult<Option<PrivacyHold>> {
        if !is_public(case) {
            return Ok(None);
        }
        let findings = find_personal_data(body);
        if findings.is_empty() {
            return Ok(None);
        }
        let mut kinds: Vec<PersonalKind> = findings.iter().map(|f| f.kind).collect();
        kinds.sort();
        kinds.dedup();
        Ok(Some(PrivacyHold {
            findings,
            kinds,
            cleaned: without_personal_data(body),
            private: self.private_option(case).await?,
        }))
    }

    /// Whether a private reply may be sent on the case now (None: not a
    /// comment).
    pub async fn private_option(&self, case: &Case) -> DeskResult<Option<PrivateReply>> {
        if case.kind != CaseKind::Comment {
            return Ok(None);
        }
        let unsent = self.store().outbox_of_case(case.id).await?;
        Ok(private_option_with(case, &unsent, self.now()))
    }

    /// Moves the conversation out of public view: `body` goes to the fan as
    /// the private reply to their comment, and a short public reply in the
    /// community's language says so. Both go through the outbox, once.
    pub async fn send_privately(
        &self,
        id: CaseId,
        author: &Agent,
        body: &str,
    ) -> DeskResult<SendOutcome> {
        let body = body.trim();
        if body.is_empty() {
            return Err(switchboard_domain::DomainError::EmptyMessage.into());
        }
        let store = self.store();
        let case = store.case(id).await?;
        let comment = match (case.kind, case.thread_key.strip_prefix("c:")) {
            (CaseKind::Comment, Some(c)) if !c.is_empty() => c.to_string(),
            _ => return Err(PrivacyError::NotAComment { case: id.0 }.into()),
        };
        if case.status == switchboard_domain::CaseStatus::Resolved {
            return Err(switchboard_domain::DomainError::CaseResolved.into());
        }
        let connected = store
            .connections()
            .await?
            .iter()
            .any(|c| c.community_id == case.community_id);
        if !connected {
            return Err(PrivacyError::NotConnected { case: id.0 }.into());
        }
        match self.private_option(&case).await? {
            Some(PrivateReply::Available { .. }) => {}
            Some(PrivateReply::AlreadySent) => {
                return Err(PrivacyError::AlreadySent { case: id.0 }.into())
            }
            Some(PrivateReply::Expired { closed_at }) => {
                return Err(PrivacyError::Expired {
                    case: id.0,
                    closed_at,
                }
                .into())
            }
            None => return Err(PrivacyError::NotAComment { case: id.0 }.into()),
        }
        let now = self.now();
        let item = store
            .enqueue_reply(&NewReply {
                case_id: id,
                agent_id: author.id,
                author: author.name.clone(),
                body: body.to_string(),
                channel: ReplyChannel::PrivateReply,
                recipient: comment.clone(),
                at: now,
            })
            .await?;
        let pointer = self.public_pointer(&case).await?;
        store
            .enqueue_reply(&NewReply {
                case_id: id,
                agent_id: author.id,
                author: author.name.clone(),
                body: pointer,
                channel: ReplyChannel::Comment,
                recipient: comment,
                at: now,
            })
            .await?;
        self.announce(&case);
        Ok(SendOutcome::Queued { item })
    }

    /// "We've sent you a private message", in the community's language and
    /// signed by its brand.
    async fn public_pointer(&self, case: &Case) -> DeskResult<String> {
        let community = self.store().community(case.community_id).await?;
        let first = self
            .store()
            .thread(case.id)
            .await?
            .iter()
            .find(|m| m.direction == Direction::Inbound)
            .and_then(|m| m.author.split_whitespace().next().map(str::to_string))
            .unwrap_or_default();
        // Made and dropped here: a bundle is not Send across an await.
        let l10n = switchboard_l10n::Localizer::new(community.locale.language());
        Ok(l10n.t(
            "privacy-public-pointer",
            &[
                ("first_name", first),
                ("brand", community.brand_name.clone()),
            ],
        ))
    }
}
