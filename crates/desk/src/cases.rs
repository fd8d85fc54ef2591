//! One case: reading it whole, and what an agent does to it.

use crate::events::Change;
use crate::{Desk, DeskError, DeskResult};
use serde::Serialize;
use switchboard_domain::lifecycle::{apply_outbound, transition, undo_transition};
use switchboard_domain::window::MessengerWindow;
use switchboard_domain::{
    Agent, Case, CaseId, CaseStatus, Community, Direction, DomainError, Handoff, Message,
    NewMessage, SlaState,
};
use switchboard_store::{AuditEntry, CaseChange};
use ts_rs::TS;

/// A detection at least this sure counts as "in another language".
pub const CONFIDENT: f64 = 0.7;

/// The customer's latest message is confidently in another language than
/// the community's: the case says so and offers to answer in it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LanguageNotice {
    pub message_id: switchboard_domain::MessageId,
    /// ISO 639-1 code of the detected language.
    pub language: String,
    pub confidence: f64,
    /// The same brand's community in that language, when there is one.
    pub sibling: Option<String>,
}

/// A case with everything the case view shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CaseView {
    #[serde(flatten)]
    pub case: Case,
    pub community: Community,
    pub contact_name: String,
    pub assignee: Option<Agent>,
    pub sla_state: SlaState,
    /// For Messenger cases: whether and how a reply may still be sent.
    pub messenger_window: Option<MessengerWindow>,
    pub thread: Vec<Message>,
    pub handoffs: Vec<Handoff>,
    /// Who asked which expert what, and what came back, oldest first.
    pub audit: Vec<AuditEntry>,
    /// The customer writes in another language than the page's.
    pub language_notice: Option<LanguageNotice>,
    /// The customer's other cases in this community, newest first.
    pub other_cases: Vec<Case>,
    /// Our replies that are not on the page yet: sending, or failed with
    /// the reason.
    pub unsent: Vec<switchboard_store::OutboxItem>,
    /// The community is connected to its page: a reply goes out through
    /// the outbox instead of being recorded only.
    pub connected: bool,
    /// What this view shows of the thread and the outbox: a reply sent with
    /// it is held if something new came since (`Desk::send_reply_seen`).
    pub seen: crate::collision::Seen,
    /// A reply here is seen by everyone on the page (a comment or a
    /// visitor's post not moved to private).
    pub public: bool,
    /// Personal data the fan wrote in public on this case.
    pub public_personal: Vec<switchboard_domain::privacy::PersonalKind>,
    /// For a comment: whether the one private reply may still be sent.
    pub private_reply: Option<switchboard_domain::window::PrivateReply>,
}

impl Desk {
    /// Everything the case view shows. After the case itself, its reads
    /// do not depend on each other and run at once.
    pub async fn open_case(&self, id: CaseId) -> DeskResult<CaseView> {
        let store = self.store();
        let case = store.case(id).await?;
        let (
            community,
            thread,
            languages,
            handoffs,
            audit,
            agents,
            other_cases,
            connections,
            unsent,
        ) = tokio::try_join!(
            store.community(case.community_id),
            store.thread(id),
            store.message_languages(id),
            store.handoffs_of_case(id),
            store.audit_of_case(id),
            store.agents(),
            store.cases_of_contact(case.contact_id),
            store.connections(),
            store.outbox_of_case(id),
        )?;
        let language_notice = self.language_notice(&community, &thread, languages).await?;
        let assignee = case
            .assignee_id
            .and_then(|a| agents.into_iter().find(|x| x.id == a));
        let contact_name = thread
            .iter()
            .find(|m| m.direction == Direction::Inbound)
            .map(|m| m.author.clone())
            .unwrap_or_default();
        let other_cases = other_cases
            .into_iter()
            .filter(|c| c.id != case.id)
            .collect();
        let now = self.now();
        let messenger_window = crate::replies::window_with(&case, now, &connections);
        let connected = connections
            .iter()
            .any(|c| c.community_id == case.community_id);
        let seen = crate::collision::Seen::of(&thread, &unsent);
        let private_reply = crate::privacy::private_option_with(&case, &unsent, now);
        Ok(CaseView {
            seen,
            public: crate::privacy::is_public(&case),
            public_personal: crate::privacy::public_personal_data(&case, &thread),
            private_reply,
            sla_state: case.sla_state(now),
            case,
            community,
            contact_name,
            assignee,
            messenger_window,
            thread,
            handoffs,
            audit,
            language_notice,
            other_cases,
            unsent,
            connected,
        })
    }

    /// `languages`: the case's detected message languages.
    async fn language_notice(
        &self,
        community: &Community,
        thread: &[Message],
        languages: Vec<switchboard_store::templates::MessageLanguage>,
    ) -> DeskResult<Option<LanguageNotice>> {
        let Some(latest) = thread
            .iter()
            .rev()
            .find(|m| m.direction == Direction::Inbound)
        else {
            return Ok(None);
        };
        let Some(found) = languages.into_iter().find(|l| l.message_id == latest.id) else {
            return Ok(None);
        };
        if found.confidence < CONFIDENT
            || found.language == "und"
            || found
                .language
                .eq_ignore_ascii_case(community.locale.language())
        {
            return Ok(None);
        }
        let sibling = self
            .store()
            .communities()
            .await?
            .into_iter()
            .find(|c| {
                c.brand_id == community.brand_id
                    && c.locale.language().eq_ignore_ascii_case(&found.language)
            })
            .map(|c| c.handle);
        Ok(Some(LanguageNotice {
            message_id: found.message_id,
            language: found.language,
            confidence: found.confidence,
            sibling,
        }))
    }

    /// The agent with these initials (any case) or this exact name.
    pub async fn agent_by_ref(&self, reference: &str) -> DeskResult<Agent> {
        let wanted = reference.trim();
        self.store()
            .agents()
            .await?
            .into_iter()
            .find(|a| {
                a.initials.eq_ignore_ascii_case(wanted) || a.name.eq_ignore_ascii_case(wanted)
            })
            .ok_or_else(|| DeskError::UnknownAgent(wanted.to_string()))
    }

    /// Assigns the case to `agent` (None: unassigns). A new case becomes open.
    pub async fn assign(&self, id: CaseId, agent: Option<&Agent>) -> DeskResult<Case> {
        let now = self.now();
        let policy = self.case_policy(&self.store().case(id).await?).await?;
        let agent_id = agent.map(|a| a.id);
        let case = self
            .store()
            .change_case(id, &|current: &Case| {
                if current.status == CaseStatus::Resolved {
                    return Err(DomainError::CaseResolved);
                }
                let mut next = if current.status == CaseStatus::New && agent_id.is_some() {
                    transition(current, CaseStatus::Open, &policy, now)?
                } else {
                    current.clone()
                };
                next.assignee_id = agent_id;
                next.updated_at = now;
                Ok(CaseChange {
                    audit: None,
                    case: next,
                    message: None,
                })
            })
            .await?;
        self.announce(&case);
        Ok(case)
    }

    /// Moves the case to `status` by the rules of the state machine.
    pub async fn set_status(&self, id: CaseId, status: CaseStatus) -> DeskResult<Case> {
        self.move_case(id, |current, policy, now| {
            transition(current, status, policy, now)
        })
        .await
    }

    /// Takes back a status change: the case goes back to `before`, `new`
    /// included while nobody has answered it (see `undo_transition`).
    pub async fn undo_status(&self, id: CaseId, before: CaseStatus) -> DeskResult<Case> {
        self.move_case(id, |current, policy, now| {
            undo_transition(current, before, policy, now)
        })
        .await
    }

    /// Writes what a rule of the domain makes of the case now, under the
    /// case's SLA policy (its status and clocks move together), and says so.
    pub(crate) async fn move_case(
        &self,
        id: CaseId,
        rule: impl Fn(
                &Case,
                &switchboard_domain::SlaPolicy,
                chrono::DateTime<chrono::Utc>,
            ) -> Result<Case, DomainError>
            + Send
            + Sync,
    ) -> DeskResult<Case> {
        let now = self.now();
        let policy = self.case_policy(&self.store().case(id).await?).await?;
        let case = self
            .store()
            .change_case(id, &|current: &Case| {
                Ok(CaseChange {
                    audit: None,
                    case: rule(current, &policy, now)?,
                    message: None,
                })
            })
            .await?;
        self.announce(&case);
        Ok(case)
    }

    /// An internal note: stored on the case, never sent.
    pub async fn add_note(&self, id: CaseId, author: &Agent, body: &str) -> DeskResult<Case> {
        let body = non_empty(body)?;
        let now = self.now();
        let case = self
            .store()
            .change_case(id, &|current: &Case| {
                let mut next = current.clone();
                next.updated_at = now;
                Ok(CaseChange {
                    audit: None,
                    case: next,
                    message: Some(NewMessage {
                        direction: Direction::Note,
                        author: author.name.clone(),
                        body: body.clone(),
                        external_id: None,
                        created_at: now,
                    }),
                })
            })
            .await?;
        self.announce(&case);
        Ok(case)
    }

    /// Records our reply on the case: the first one stops the first-response
    /// clock. Sending it through a platform is the connector's job.
    pub async fn record_reply(&self, id: CaseId, author: &Agent, body: &str) -> DeskResult<Case> {
        let body = non_empty(body)?;
        let now = self.now();
        let policy = self.case_policy(&self.store().case(id).await?).await?;
        let case = self
            .store()
            .change_case(id, &|current: &Case| {
                let mut next = apply_outbound(current, &policy, now)?;
                if next.assignee_id.is_none() {
                    next.assignee_id = Some(author.id);
                }
                Ok(CaseChange {
                    audit: None,
                    case: next,
                    message: Some(NewMessage {
                        direction: Direction::Outbound,
                        author: author.name.clone(),
                        body: body.clone(),
                        external_id: None,
                        created_at: now,
                    }),
                })
            })
            .await?;
        // The reply is recorded; the draft it came from is done.
        self.save_draft(id, author.id, "").await?;
        self.announce(&case);
        Ok(case)
    }

    pub(crate) fn announce(&self, case: &Case) {
        self.emit(Change::Case {
            id: case.id,
            community: case.community_id,
        });
    }
}

fn non_empty(body: &str) -> DeskResult<String> {
    let body = body.trim();
    if body.is_empty() {
        return Err(DomainError::EmptyMessage.into());
    }
    Ok(body.to_string())
}
