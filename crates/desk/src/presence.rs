//! Who else is on a case: heartbeats in, presence out.
//!
//! A window beats every ~10 s while it is open (`online`) and while a case
//! is open in it (`heartbeat` with `viewing`, or `typing` while its
//! composer receives keystrokes), and polls `presence_board` every 1–2 s.
//! The rules live here, not in the store:
//! - presence counts for `FRESH` (30 s) after its latest beat, so a window
//!   that closed or crashed disappears within 30 s (leaving a case says so
//!   at once);
//! - "typing" means a keystroke within `TYPING` (5 s): an older typing beat
//!   reads as viewing;
//! - rows older than `FORGET` are deleted by the next heartbeat of anyone,
//!   so the table stays as small as the team.
//!
//! Presence is not in the change log (docs/decisions/018-presence-and-collisions.md).

use crate::{Desk, DeskResult};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use switchboard_domain::{Agent, AgentId, CaseId};
use switchboard_store::{Heartbeat, OnlineAgent, PresenceKind, PresenceRow, PresenceScope};
use ts_rs::TS;

/// How long a heartbeat keeps its agent present.
pub const FRESH: Duration = Duration::seconds(30);
/// How long after a keystroke an agent still counts as typing.
pub const TYPING: Duration = Duration::seconds(5);
/// Rows older than this are deleted (well past `FRESH`, so that laptops
/// whose clocks differ by a few minutes do not delete each other's rows).
pub const FORGET: Duration = Duration::minutes(10);

/// What a window shows about colleagues: who is on which case, and who is
/// online in the workspace (the header's team badge).
#[derive(Debug, Clone, Serialize, TS)]
pub struct PresenceBoard {
    /// Colleagues on cases, by case then initials.
    pub cases: Vec<PresenceRow>,
    /// Colleagues online, by initials.
    pub online: Vec<OnlineAgent>,
}

/// The presence as shown at `now`: fresh rows only, typing that stopped
/// more than `TYPING` ago shown as viewing, `except` (oneself) left out.
pub fn as_seen_at(
    rows: Vec<PresenceRow>,
    now: DateTime<Utc>,
    except: Option<AgentId>,
) -> Vec<PresenceRow> {
    rows.into_iter()
        .filter(|r| Some(r.agent_id) != except && r.seen_at >= now - FRESH)
        .map(|mut r| {
            if r.kind == PresenceKind::Typing && r.seen_at < now - TYPING {
                r.kind = PresenceKind::Viewing;
            }
            r
        })
        .collect()
}

impl Desk {
    /// `agent` is on the case now, viewing or typing.
    pub async fn heartbeat(
        &self,
        case: CaseId,
        agent: &Agent,
        kind: PresenceKind,
    ) -> DeskResult<()> {
        self.beat(Some(case), agent, kind).await
    }

    /// `agent`'s window is open on the workspace, with no case open.
    pub async fn online(&self, agent: &Agent) -> DeskResult<()> {
        self.beat(None, agent, PresenceKind::Viewing).await
    }

    async fn beat(
        &self,
        case: Option<CaseId>,
        agent: &Agent,
        kind: PresenceKind,
    ) -> DeskResult<()> {
        // A workspace open read-only shows presence but cannot write any.
        if self.read_only().is_some() {
            return Ok(());
        }
        let now = self.now();
        let beat = Heartbeat {
            agent_id: agent.id,
            case_id: case,
            kind,
            at: now,
        };
        Ok(self.store().heartbeat(&beat, now - FORGET).await?)
    }

    /// `agent` closed the case: their presence on it goes at once.
    pub async fn leave(&self, case: CaseId, agent: &Agent) -> DeskResult<()> {
        if self.read_only().is_some() {
            return Ok(());
        }
        Ok(self.store().leave_case(case, agent.id).await?)
    }

    /// Who is on the cases of `scope` now (see the module's rules), `except`
    /// one agent (the caller: a window does not show oneself).
    pub async fn presence(
        &self,
        scope: &PresenceScope,
        except: Option<AgentId>,
    ) -> DeskResult<Vec<PresenceRow>> {
        let now = self.now();
        let rows = self.store().presence(scope, now - FRESH).await?;
        Ok(as_seen_at(rows, now, except))
    }

    /// Who is on which case and who is online, `except` the caller: what a
    /// window polls.
    pub async fn presence_board(
        &self,
        scope: &PresenceScope,
        except: Option<AgentId>,
    ) -> DeskResult<PresenceBoard> {
        let now = self.now();
        let cases = self.presence(scope, except).await?;
        let online = self
            .store()
            .online_agents(now - FRESH)
            .await?
            .into_iter()
            .filter(|a| Some(a.agent_id) != except)
            .collect();
        Ok(PresenceBoard { cases, online })
    }
}
