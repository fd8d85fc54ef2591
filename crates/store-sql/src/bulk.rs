//! Writing generated cases whole (see `BulkCase`), one transaction per
//! call. Contacts and cases go one statement each (their ids are needed);
//! messages go in multi-row inserts of `ROWS` rows, which is what makes a
//! year of data load in minutes: through sqlx, the round trip of
//! a statement costs more than the row.

use crate::convert::*;
use crate::write::insert_case;
use crate::SqlStore;
use switchboard_domain::{CaseId, CommunityId, ContactId, NewMessage};
use switchboard_store::*;

/// Messages per INSERT: 7 parameters each, well under what a statement may
/// have on either backend (32 766 on SQLite, 65 535 on PostgreSQL).
const ROWS: usize = 500;

impl SqlStore {
    pub(crate) async fn bulk_insert(&self, cases: &[BulkCase]) -> StoreResult<Vec<CaseId>> {
        let mut tx = self.write_tx().await?;
        let mut ids = Vec::with_capacity(cases.len());
        let mut rows: Vec<(CaseId, CommunityId, &NewMessage)> = Vec::new();
        for b in cases {
            let contact: i64 = sql(
                "INSERT INTO contacts (community_id, external_id, name) VALUES ($1, $2, $3) \
                 ON CONFLICT (community_id, external_id) DO UPDATE SET name = excluded.name \
                 RETURNING id",
            )
            .bind(b.case.community_id.0)
            .bind(&b.contact_external_id)
            .bind(&b.contact_name)
            .scalar(&mut tx)
            .await
            .map_err(db)?;
            let mut case = b.case.clone();
            case.contact_id = ContactId(contact);
            let id = insert_case(&mut tx, &case).await?;
            rows.extend(b.messages.iter().map(|m| (id, case.community_id, m)));
            ids.push(id);
        }
        for chunk in rows.chunks(ROWS) {
            let mut q = sql(
                "INSERT INTO messages (case_id, community_id, direction, author, body, \
                 external_id, created_at) VALUES ",
            );
            for (i, (case, community, m)) in chunk.iter().enumerate() {
                q.push(if i == 0 { "(" } else { ", (" }).push_bind(case.0);
                q.push(", ").push_bind(community.0);
                q.push(", ").push_bind(m.direction.as_str());
                q.push(", ").push_bind(&m.author);
                q.push(", ").push_bind(&m.body);
                q.push(", ").push_bind(&m.external_id);
                q.push(", ").push_bind(m.created_at).push(")");
            }
            q.execute(&mut tx).await.map_err(db)?;
        }
        // Cases written here bypass the change log: the report facts no
        // longer follow it and are built again at the next report.
        sql("DELETE FROM report_state")
            .execute(&mut tx)
            .await
            .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(ids)
    }
}
