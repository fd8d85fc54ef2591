//! Collisions at send: a reply is written against what its author saw. When
//! a colleague replied, or the customer wrote again, after that, sending is
//! held: the desk says who replied and when, and what is new, and the
//! agent either sends anyway or goes back to the draft.
//!
//! What the agent saw is a `Seen` marker: the newest message of the thread
//! and the newest unsent reply of the case when the window opened the case
//! (or when the draft started). Ids only grow, so "new" is "a larger id".
//! New means: an inbound message; an outbound message by someone else (by
//! author name, as messages keep it); a colleague's reply still in the
//! outbox. Notes do not hold a reply.
//!
//! The check and the send are two steps: a colleague's reply that lands in
//! the milliseconds between them is not caught (decision 018).

use crate::replies::SendOutcome;
use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use switchboard_domain::{Agent, CaseId, Direction, Message, MessageId};
use switchboard_store::{OutboxId, OutboxItem};
use ts_rs::TS;

/// What an agent had seen of a case when they wrote their reply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Seen {
    /// The newest message of the thread (None: an empty thread).
    pub message: Option<MessageId>,
    /// The newest unsent reply of the case (None: none was waiting).
    pub reply: Option<OutboxId>,
}

impl Seen {
    /// What a view of `thread` and `unsent` shows.
    pub fn of(thread: &[Message], unsent: &[OutboxItem]) -> Seen {
        Seen {
            message: thread.iter().map(|m| m.id).max(),
            reply: unsent.iter().map(|o| o.id).max(),
        }
    }
}

/// A colleague's reply the agent had not seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ColleagueReply {
    /// Their initials (the first letters of their name when no agent has
    /// that name).
    pub initials: String,
    pub name: String,
    pub at: DateTime<Utc>,
    /// True while it is still in the outbox, on its way to the page.
    pub pending: bool,
}

/// Why a reply was held.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Collision {
    /// Colleagues' replies since the agent looked, oldest first.
    pub replies: Vec<ColleagueReply>,
    /// The messages since the agent looked (the customer's and colleagues'),
    /// oldest first.
    pub messages: Vec<Message>,
    /// Colleagues' replies still in the outbox, oldest first.
    pub pending: Vec<OutboxItem>,
    /// What the agent has seen once shown this: send with it to send anyway.
    pub seen: Seen,
}

/// What `me` had not seen of the case since `seen`, or None.
pub fn collision(
    thread: &[Message],
    unsent: &[OutboxItem],
    seen: Seen,
    me: &Agent,
    agents: &[Agent],
) -> Option<Collision> {
    let messages: Vec<Message> = thread
        .iter()
        .filter(|m| Some(m.id) > seen.message)
        .filter(|m| match m.direction {
            Direction::Inbound => true,
            Direction::Outbound => m.author != me.name,
            Direction::Note => false,
        })
        .cloned()
        .collect();
    let pending: Vec<OutboxItem> = unsent
        .iter()
        .filter(|o| Some(o.id) > seen.reply && o.agent_id != me.id)
        .cloned()
        .collect();
    if messages.is_empty() && pending.is_empty() {
        return None;
    }
    let initials = |name: &str| {
        agents
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.initials.clone())
            .unwrap_or_else(|| {
                name.split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .collect()
            })
    };
    let mut replies: Vec<ColleagueReply> = messages
        .iter()
        .filter(|m| m.direction == Direction::Outbound)
        .map(|m| ColleagueReply {
            initials: initials(&m.author),
            name: m.author.clone(),
            at: m.created_at,
            pending: false,
        })
        .chain(pending.iter().map(|o| ColleagueReply {
            initials: initials(&o.author),
            name: o.author.clone(),
            at: o.created_at,
            pending: true,
        }))
        .collect();
    replies.sort_by_key(|r| r.at);
    Some(Collision {
        replies,
        messages,
        pending,
        seen: Seen::of(thread, unsent),
    })
}

impl Desk {
    /// Sends `body` as `author`'s reply, unless something new came on the
    /// case since `seen`: then nothing is sent, the draft stays, and the
    /// outcome is `Held` with what is new.
    pub async fn send_reply_seen(
        &self,
        id: CaseId,
        author: &Agent,
        body: &str,
        seen: Seen,
    ) -> DeskResult<SendOutcome> {
        if body.trim().is_empty() {
            return Err(switchboard_domain::DomainError::EmptyMessage.into());
        }
        let store = self.store();
        let thread = store.thread(id).await?;
        let unsent = store.outbox_of_case(id).await?;
        let agents = store.agents().await?;
        if let Some(collision) = collision(&thread, &unsent, seen, author, &agents) {
            // The reply is kept where the agent is writing it.
            self.save_draft(id, author.id, body).await?;
            return Ok(SendOutcome::Held { collision });
        }
        self.send_reply(id, author, body).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_domain::{AgentId, CommunityId};
    use switchboard_store::{OutboxState, ReplyChannel};

    fn agent(id: i64, name: &str, initials: &str) -> Agent {
        Agent {
            id: AgentId(id),
            name: name.into(),
            initials: initials.into(),
            email: String::new(),
        }
    }

    fn item(id: i64, agent: &Agent) -> OutboxItem {
        let at = DateTime::UNIX_EPOCH + chrono::Duration::seconds(id);
        OutboxItem {
            id: OutboxId(id),
            case_id: CaseId(1),
            community_id: CommunityId(1),
            agent_id: agent.id,
            author: agent.name.clone(),
            body: format!("reply {id}"),
            channel: ReplyChannel::Messenger,
            recipient: "psid".into(),
            state: OutboxState::Pending,
            attempts: 0,
            error: None,
            external_id: None,
            created_at: at,
            updated_at: at,
            next_attempt_at: None,
            lease_owner: None,
            lease_until: None,
        }
    }

    #[test]
    fn a_colleagues_reply_waiting_in_the_outbox_since_the_agent_looked_is_a_collision() {
        let mk = agent(1, "Marie Keller", "MK");
        let sk = agent(2, "Sandro Keel", "SK");
        let agents = [mk.clone(), sk.clone()];
        let old = item(3, &sk);
        let seen = Seen::of(&[], std::slice::from_ref(&old));
        let mine = item(4, &mk);
        assert_eq!(
            collision(&[], &[old.clone(), mine.clone()], seen, &mk, &agents),
            None,
            "a reply already seen and one's own do not hold"
        );
        let new = item(5, &sk);
        let c = collision(&[], &[old, mine, new.clone()], seen, &mk, &agents)
            .expect("a colleague's new reply in the outbox holds");
        assert_eq!(c.pending, vec![new.clone()]);
        assert_eq!(c.replies.len(), 1);
        assert_eq!(
            (
                c.replies[0].initials.as_str(),
                c.replies[0].pending,
                c.replies[0].at
            ),
            ("SK", true, new.created_at)
        );
        assert_eq!(
            c.seen.reply,
            Some(OutboxId(5)),
            "sending anyway has seen it"
        );
    }

    #[test]
    fn a_reply_by_someone_who_is_no_agent_is_named_by_the_first_letters_of_their_name() {
        let mk = agent(1, "Marie Keller", "MK");
        let stranger = agent(9, "Anna Maria Rossi", "??");
        let c = collision(
            &[],
            &[item(1, &stranger)],
            Seen::default(),
            &mk,
            std::slice::from_ref(&mk),
        )
        .expect("held");
        assert_eq!(c.replies[0].initials, "AMR");
    }
}
