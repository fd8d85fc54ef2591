//! Keeping the report facts (one row per case, its clocks in business
//! time) up to date with the cases: the cases changed since the last
//! report, found in the change log, are computed again; everything is
//! computed again when the facts were never built, a bulk load or a reset
//! invalidated them, the log was pruned past them, or a policy changed.

use super::{Context, PAGE};
use crate::follow::LogRead;
use crate::{Desk, DeskResult};
use std::collections::BTreeSet;
use switchboard_domain::report::{ReportCase, ReportFact};
use switchboard_domain::CaseId;
use switchboard_store::{ChangeEntity, ReportFactsState};

/// Case ids computed again per call to the store.
const BATCH: usize = 2_000;

impl Desk {
    /// Brings the report facts up to date; `progress` hears how many cases
    /// a full build has computed so far (nothing when only a few changed).
    pub(super) async fn refresh_report_facts(
        &self,
        cx: &Context,
        progress: &mut (dyn FnMut(u64) + Send),
    ) -> DeskResult<()> {
        let store = self.store();
        let basis = cx.basis();
        let latest = store.latest_change().await?;
        let Some(state) = store
            .report_facts_state()
            .await?
            .filter(|s| s.basis == basis && s.seq <= latest)
        else {
            return self.rebuild_report_facts(cx, basis, latest, progress).await;
        };
        if state.seq == latest {
            return Ok(());
        }
        let mut reader = self.read_changes(Some(state.seq)).await?;
        let mut changed = BTreeSet::new();
        loop {
            match reader.read().await? {
                LogRead::Resync => {
                    return self.rebuild_report_facts(cx, basis, latest, progress).await
                }
                LogRead::Entries(entries) if entries.is_empty() => break,
                LogRead::Entries(entries) => {
                    for e in entries {
                        match e.entity {
                            ChangeEntity::Case => {
                                changed.insert(CaseId(e.id));
                            }
                            ChangeEntity::Workspace => {
                                return self.rebuild_report_facts(cx, basis, latest, progress).await
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        let ids: Vec<CaseId> = changed.into_iter().collect();
        for chunk in ids.chunks(BATCH) {
            let cases = store.report_cases_by_id(chunk).await?;
            store.save_report_facts(&facts_of(cx, &cases)).await?;
        }
        store
            .set_report_facts_state(&ReportFactsState {
                seq: reader.cursor().max(state.seq),
                basis,
            })
            .await?;
        Ok(())
    }

    /// Computes every case's fact again. The state is written last: a
    /// build cut short is started over at the next report.
    async fn rebuild_report_facts(
        &self,
        cx: &Context,
        basis: String,
        latest: i64,
        progress: &mut (dyn FnMut(u64) + Send),
    ) -> DeskResult<()> {
        let store = self.store();
        store.clear_report_facts().await?;
        // Every case: times both databases can hold on either side.
        let (first, last) = (
            chrono::DateTime::from_timestamp(-2_208_988_800, 0).unwrap_or_default(),
            chrono::DateTime::from_timestamp(32_503_680_000, 0).unwrap_or_default(),
        );
        let mut after = CaseId(0);
        let mut done = 0u64;
        loop {
            let page = store.report_cases(first, last, after, PAGE).await?;
            let Some(tail) = page.last() else { break };
            after = tail.id;
            store.save_report_facts(&facts_of(cx, &page)).await?;
            done += page.len() as u64;
            progress(done);
            if page.len() < PAGE as usize {
                break;
            }
        }
        store
            .set_report_facts_state(&ReportFactsState { seq: latest, basis })
            .await?;
        Ok(())
    }
}

fn facts_of(cx: &Context, cases: &[ReportCase]) -> Vec<ReportFact> {
    cases
        .iter()
        .map(|c| ReportFact::of(c, cx.policy(c)))
        .collect()
}
