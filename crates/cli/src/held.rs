//! What `reply --seen` prints when the desk held the reply: who replied and
//! when, the new messages, and how to send anyway.

use chrono::{DateTime, Utc};
use switchboard_desk::collision::Collision;
use switchboard_domain::{CaseId, Direction};
use switchboard_l10n::Localizer;

pub fn held(case: CaseId, c: &Collision, now: DateTime<Utc>, l10n: &Localizer) {
    for r in &c.replies {
        let key = if r.pending {
            "reply-held-pending"
        } else {
            "reply-held-reply"
        };
        let seconds = (now - r.at).num_seconds().max(0);
        out!(
            "{}",
            l10n.t(
                key,
                &[
                    ("initials", r.initials.clone()),
                    ("name", r.name.clone()),
                    ("seconds", seconds.to_string()),
                ]
            )
        );
    }
    for m in c
        .messages
        .iter()
        .filter(|m| m.direction == Direction::Inbound)
    {
        out!(
            "{}",
            l10n.t(
                "reply-held-message",
                &[
                    ("id", m.id.to_string()),
                    ("author", m.author.clone()),
                    ("text", crate::output::one_line(&m.body)),
                ]
            )
        );
    }
    let mut flags = c
        .seen
        .message
        .map(|m| format!("--seen {m}"))
        .unwrap_or_default();
    if let Some(r) = c.seen.reply {
        flags.push_str(&format!(" --seen-reply {r}"));
    }
    out!(
        "{}",
        l10n.t(
            "reply-held-hint",
            &[("case", case.to_string()), ("flags", flags)]
        )
    );
}
