//! Snoozing a case until a time: it waits for the customer and comes back
//! open by itself then, unless they answer first (issue 18). Whoever runs
//! the desk (the window, `switchboard sync`) wakes what is due; waking is
//! judged inside each case's write, so two windows waking at once do it
//! once.

use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use switchboard_domain::lifecycle::{snooze, wake};
use switchboard_domain::{Case, CaseId};
use switchboard_store::CaseChange;

/// How many snoozed cases one round wakes at most.
const WAKE_BATCH: u32 = 200;

impl Desk {
    /// Snoozes the case until `until` (see `lifecycle::snooze`).
    pub async fn snooze(&self, id: CaseId, until: DateTime<Utc>) -> DeskResult<Case> {
        let now = self.now();
        let policy = self.case_policy(&self.store().case(id).await?).await?;
        let case = self
            .store()
            .change_case(id, &|current: &Case| {
                Ok(CaseChange {
                    audit: None,
                    case: snooze(current, until, &policy, now)?,
                    message: None,
                })
            })
            .await?;
        self.announce(&case);
        Ok(case)
    }

    /// Opens again every case whose snooze has ended; returns them.
    pub async fn wake_snoozed(&self) -> DeskResult<Vec<Case>> {
        let now = self.now();
        let mut woken = Vec::new();
        for id in self.store().snoozed_due(now, WAKE_BATCH).await? {
            let policy = self.case_policy(&self.store().case(id).await?).await?;
            let case = self
                .store()
                .change_case(id, &|current: &Case| {
                    Ok(CaseChange {
                        audit: None,
                        // Already woken by another desk: written as it is.
                        case: wake(current, &policy, now).unwrap_or_else(|| current.clone()),
                        message: None,
                    })
                })
                .await?;
            self.announce(&case);
            woken.push(case);
        }
        Ok(woken)
    }
}
