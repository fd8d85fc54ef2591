//! Snoozing a case until a time: it waits for the customer and comes back
//! open by itself then, unless they answer first (issue 18). Whoever runs
//! the desk (the window, `switchboard sync`) wakes what is due; waking is
//! judged inside each case's write, so two windows waking at once do it
//! once.

use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use switchboard_domain::lifecycle::{snooze, wake};
use switchboard_domain::{Case, CaseId};

/// How many snoozed cases one round wakes at most.
const WAKE_BATCH: u32 = 200;

impl Desk {
    /// Snoozes the case until `until` (see `lifecycle::snooze`).
    pub async fn snooze(&self, id: CaseId, until: DateTime<Utc>) -> DeskResult<Case> {
        self.move_case(id, |current, policy, now| {
            snooze(current, until, policy, now)
        })
        .await
    }

    /// Opens again every case whose snooze has ended; returns them.
    pub async fn wake_snoozed(&self) -> DeskResult<Vec<Case>> {
        let now = self.now();
        let mut woken = Vec::new();
        for id in self.store().snoozed_due(now, WAKE_BATCH).await? {
            // Already woken by another desk: written as it is.
            let case = self
                .move_case(id, |current, policy, at| {
                    Ok(wake(current, policy, at).unwrap_or_else(|| current.clone()))
                })
                .await?;
            woken.push(case);
        }
        Ok(woken)
    }
}
