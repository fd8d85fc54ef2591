//! Which events become a notification, for whom: an SLA clock of one's own
//! case or of an unassigned one that crossed its at-risk or due time, a
//! handoff at 75 % of its time, and a handoff that expired (its case is back
//! in the queue). A front shows each `Alert` as `l10n.t(key, args)` in the
//! person's language.

use crate::Desk;
use chrono::{DateTime, Utc};
use switchboard_domain::{AgentId, Handoff, SlaState};
use switchboard_store::QueueRow;

/// One notification: a message of app.ftl and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// What happened to a handoff that is worth a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoffEvent {
    /// 75 % of its time has passed without an answer.
    Reminder,
    /// Its due time passed without an answer; it was expired.
    Expired,
}

/// The SLA crossings `me` is told about: their own cases and unassigned
/// ones (a colleague's case is the colleague's), breached or at risk.
pub fn sla_alerts(me: Option<AgentId>, crossings: &[QueueRow]) -> Vec<Alert> {
    crossings
        .iter()
        .filter(|r| r.assignee_id.is_none() || r.assignee_id == me)
        .filter_map(|row| {
            let key = match row.sla_state {
                SlaState::Breached => "notify-breached",
                SlaState::AtRisk => "notify-at-risk",
                _ => return None,
            };
            Some(Alert {
                key,
                args: vec![
                    ("case", row.id.to_string()),
                    ("community", row.community.clone()),
                    ("customer", row.contact_name.clone()),
                ],
            })
        })
        .collect()
}

/// The notification of a handoff event; `expert` is the expert's name.
pub fn handoff_alert(event: HandoffEvent, h: &Handoff, expert: &str, now: DateTime<Utc>) -> Alert {
    let key = match event {
        HandoffEvent::Reminder => "notify-handoff-reminder",
        HandoffEvent::Expired => "notify-handoff-expired",
    };
    let minutes = (h.due_at - now).num_minutes().max(0);
    Alert {
        key,
        args: vec![
            ("case", h.case_id.to_string()),
            ("expert", expert.to_string()),
            ("minutes", minutes.to_string()),
        ],
    }
}

/// A community surging: everyone on the desk is told.
pub fn spike_alert(a: &crate::spikes::SpikeAlert) -> Alert {
    Alert {
        key: "notify-spike",
        args: vec![
            ("community", a.community.clone()),
            ("requesters", a.episode.requesters.to_string()),
            ("ratio", format!("{:.0}", a.episode.ratio)),
        ],
    }
}

impl Desk {
    /// The notifications for `me` about `(since, now]`: SLA crossings,
    /// handoff reminders, and the handoffs that this call expires because
    /// their due time passed. A part that cannot be read is logged and
    /// skipped, so the others still reach the person.
    pub async fn alerts(
        &self,
        me: Option<AgentId>,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Vec<Alert> {
        let mut alerts = Vec::new();
        match self.sla_alerts(since, now).await {
            Ok(rows) => alerts.extend(sla_alerts(me, &rows)),
            Err(e) => tracing::warn!(error = %e, "cannot check SLA alerts"),
        }
        let mut due = Vec::new();
        match self.handoffs_to_remind(since, now).await {
            Ok(list) => due.extend(list.into_iter().map(|h| (HandoffEvent::Reminder, h))),
            Err(e) => tracing::warn!(error = %e, "cannot check handoff reminders"),
        }
        match self.expire_overdue_handoffs().await {
            Ok(list) => due.extend(list.into_iter().map(|h| (HandoffEvent::Expired, h))),
            Err(e) => tracing::warn!(error = %e, "cannot expire overdue handoffs"),
        }
        for (event, h) in due {
            let expert = self.expert_name(&h).await;
            alerts.push(handoff_alert(event, &h, &expert, now));
        }
        match self.spikes_fired(since, now).await {
            Ok(spikes) => alerts.extend(spikes.iter().map(spike_alert)),
            Err(e) => tracing::warn!(error = %e, "cannot check for spikes"),
        }
        alerts
    }

    /// The expert's name, or `#id` when it cannot be read.
    async fn expert_name(&self, h: &Handoff) -> String {
        match self.store().expert(h.expert_id).await {
            Ok(e) => e.name,
            Err(_) => format!("#{}", h.expert_id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use switchboard_domain::{CaseId, ExpertId, HandoffId, HandoffPriority, HandoffState};

    fn handoff(due: DateTime<Utc>) -> Handoff {
        Handoff {
            id: HandoffId(4),
            case_id: CaseId(12),
            expert_id: ExpertId(3),
            question: "Where is the bag?".into(),
            excerpt: String::new(),
            state: HandoffState::Requested,
            asked_at: due - chrono::Duration::hours(2),
            due_at: due,
            answered_at: None,
            answer: None,
            priority: HandoffPriority::Normal,
            asked_by: None,
            answered_by: None,
            declined_reason: None,
            closed_at: None,
        }
    }

    #[test]
    fn a_reminder_says_the_minutes_left_and_an_expiry_says_none() {
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 10, 0, 0).unwrap();
        let h = handoff(now + chrono::Duration::minutes(30));
        let a = handoff_alert(HandoffEvent::Reminder, &h, "Sandra Meier", now);
        assert_eq!(a.key, "notify-handoff-reminder");
        assert_eq!(
            a.args,
            vec![
                ("case", "12".to_string()),
                ("expert", "Sandra Meier".to_string()),
                ("minutes", "30".to_string()),
            ]
        );
        let late = handoff(now - chrono::Duration::minutes(5));
        let a = handoff_alert(HandoffEvent::Expired, &late, "Sandra Meier", now);
        assert_eq!(a.key, "notify-handoff-expired");
        assert_eq!(a.args[2], ("minutes", "0".to_string()));
    }
}
