//! Writing generated cases whole (see `BulkCase`), one transaction per
//! call. Contacts go in multi-row upserts, cases one statement each (their
//! ids are needed);
//! messages go in multi-row inserts of `ROWS` rows, which is what makes a
//! year of data load in minutes: through sqlx, the round trip of
//! a statement costs more than the row.

use crate::convert::*;
use crate::write::insert_case;
use crate::SqlStore;
use std::collections::HashMap;
use switchboard_domain::{CaseId, CommunityId, ContactId, NewMessage};
use switchboard_store::*;

/// Messages per INSERT: 7 parameters each, well under what a statement may
/// have on either backend (32 766 on SQLite, 65 535 on PostgreSQL).
const ROWS: usize = 500;

impl SqlStore {
    pub(crate) async fn bulk_insert(&self, cases: &[BulkCase]) -> StoreResult<Vec<CaseId>> {
        let mut tx = self.write_tx().await?;
        let contacts = upsert_contacts(&mut tx, cases).await?;
        let mut ids = Vec::with_capacity(cases.len());
        let mut rows: Vec<(CaseId, CommunityId, &NewMessage)> = Vec::new();
        for b in cases {
            let key = (b.case.community_id.0, b.contact_external_id.clone());
            let contact = contacts
                .get(&key)
                .copied()
                .ok_or_else(|| StoreError::not_found("contact", &b.contact_external_id))?;
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

/// The authors of `cases` as contacts, created or renamed (the last name
/// given wins) in multi-row upserts of `ROWS`: their ids by community and
/// external id.
async fn upsert_contacts(
    tx: &mut Tx,
    cases: &[BulkCase],
) -> StoreResult<HashMap<(i64, String), i64>> {
    // One row per contact: an upsert may not touch a row twice.
    let mut names: HashMap<(i64, &str), &str> = HashMap::new();
    let mut order: Vec<(i64, &str)> = Vec::new();
    for b in cases {
        let key = (b.case.community_id.0, b.contact_external_id.as_str());
        if names.insert(key, b.contact_name.as_str()).is_none() {
            order.push(key);
        }
    }
    let mut ids = HashMap::with_capacity(order.len());
    for chunk in order.chunks(ROWS) {
        let mut q = sql("INSERT INTO contacts (community_id, external_id, name) VALUES ");
        for (i, key) in chunk.iter().enumerate() {
            q.push(if i == 0 { "(" } else { ", (" }).push_bind(key.0);
            q.push(", ").push_bind(key.1);
            q.push(", ")
                .push_bind(names.get(key).copied().unwrap_or(""));
            q.push(")");
        }
        q.push(
            " ON CONFLICT (community_id, external_id) DO UPDATE SET name = excluded.name \
             RETURNING id, community_id, external_id",
        );
        for row in q.fetch_all(&mut *tx).await.map_err(db)? {
            let community: i64 = row.try_get("community_id").map_err(db)?;
            let external: String = row.try_get("external_id").map_err(db)?;
            ids.insert((community, external), row.try_get("id").map_err(db)?);
        }
    }
    Ok(ids)
}
