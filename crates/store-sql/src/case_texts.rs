//! What the customers of open cases wrote, read in bulk for crisis
//! clusters: one statement for every open case of the communities asked
//! for, however many there are (20,000 on a crisis day), never one per case.

use crate::convert::*;
use crate::SqlStore;
use switchboard_domain::{CaseId, CommunityId};
use switchboard_store::{OpenCaseText, StoreResult, OPEN_CASE_TEXT_CHARS};

/// Which open cases a reading of texts covers.
enum Which<'a> {
    /// The newest `cases` of some communities (None: every one).
    Newest(Option<Vec<i64>>, u32),
    /// These cases, if open.
    Cases(&'a [CaseId]),
}

impl SqlStore {
    pub(crate) async fn open_case_texts(
        &self,
        communities: &[CommunityId],
        cases: u32,
        messages: u32,
    ) -> StoreResult<Vec<OpenCaseText>> {
        // A team member's communities when none are named: for the
        // planner's sake (see `SqlStore::scope`).
        let ids: Option<Vec<i64>> = match communities {
            [] => self.scope.clone(),
            asked => Some(asked.iter().map(|c| c.0).collect()),
        };
        self.texts(Which::Newest(ids, cases), messages).await
    }

    pub(crate) async fn case_texts(
        &self,
        cases: &[CaseId],
        messages: u32,
    ) -> StoreResult<Vec<OpenCaseText>> {
        let mut out = Vec::new();
        for chunk in cases.chunks(500) {
            out.extend(self.texts(Which::Cases(chunk), messages).await?);
        }
        out.sort_by_key(|t| t.case_id);
        Ok(out)
    }

    async fn texts(&self, which: Which<'_>, messages: u32) -> StoreResult<Vec<OpenCaseText>> {
        // The open cases asked for (their ids), then their inbound
        // messages numbered per case in thread order, the first few kept.
        let mut q = sql(format!(
            "SELECT t.case_id, t.community_id, t.body FROM (\
             SELECT m.case_id, k.community_id, substr(m.body, 1, {OPEN_CASE_TEXT_CHARS}) AS body, \
             ROW_NUMBER() OVER (PARTITION BY m.case_id ORDER BY m.created_at, m.id) AS n \
             FROM (SELECT k.id, k.community_id FROM cases k WHERE k.status <> 'resolved'"
        ));
        let (column, ids, limit) = match &which {
            Which::Newest(ids, cases) => ("k.community_id", ids.clone(), Some(*cases)),
            Which::Cases(cases) => ("k.id", Some(cases.iter().map(|c| c.0).collect()), None),
        };
        match ids.as_deref() {
            None => {}
            Some([]) => {
                q.push(" AND FALSE");
            }
            Some(ids) => {
                q.push(" AND ").push(column).push(" IN ");
                q.push_list(ids.iter().copied());
            }
        }
        if let Some(cases) = limit {
            q.push(" ORDER BY k.id DESC LIMIT ")
                .push_bind(i64::from(cases));
        }
        q.push(
            ") k JOIN messages m ON m.case_id = k.id WHERE m.direction = 'inbound') t \
             WHERE t.n <= ",
        )
        .push_bind(i64::from(messages))
        .push(" ORDER BY t.case_id, t.n");
        let rows = q.fetch_all(&self.db).await.map_err(db)?;
        let mut out: Vec<OpenCaseText> = Vec::new();
        for r in rows {
            let case_id = CaseId(r.try_get("case_id").map_err(db)?);
            let body: String = r.try_get("body").map_err(db)?;
            match out.last_mut() {
                Some(last) if last.case_id == case_id => last.messages.push(body),
                _ => out.push(OpenCaseText {
                    case_id,
                    community_id: CommunityId(r.try_get("community_id").map_err(db)?),
                    messages: vec![body],
                }),
            }
        }
        Ok(out)
    }
}
