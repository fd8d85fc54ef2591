//! What the page does to a fan's public comment: hiding the ones that put
//! personal data in public view (their author still sees them), noted in
//! the case's history.

use super::Connector;
use crate::privacy::PrivacyError;
use crate::DeskResult;
use switchboard_domain::privacy::find_personal_data;
use switchboard_domain::{Agent, Case, CaseId, CaseKind, Direction};
use switchboard_store::handoffs::NewAudit;
use switchboard_store::{AuditKind, CaseChange};

impl Connector {
    /// Hides every public comment of the case's fan that carries personal
    /// data; returns the case (with its history entry). Hiding twice does
    /// no harm.
    pub async fn hide_personal_comments(&self, id: CaseId, by: &Agent) -> DeskResult<Case> {
        let store = self.desk.store();
        let case = store.case(id).await?;
        if case.kind != CaseKind::Comment {
            return Err(PrivacyError::NotAComment { case: id.0 }.into());
        }
        let conn = store
            .connections()
            .await?
            .into_iter()
            .find(|c| c.community_id == case.community_id)
            .ok_or(PrivacyError::NotConnected { case: id.0 })?;
        let community = store.community(case.community_id).await?;
        let comments: Vec<String> = store
            .thread(id)
            .await?
            .into_iter()
            .filter(|m| {
                m.direction == Direction::Inbound && !find_personal_data(&m.body).is_empty()
            })
            .filter_map(|m| m.external_id)
            .filter(|x| !x.starts_with("m_"))
            .collect();
        if comments.is_empty() {
            return Ok(case);
        }
        let token = self.token(&community)?;
        let client = self.client(&conn.base_url)?;
        for comment in &comments {
            client.hide_comment(comment, token.expose(), true).await?;
        }
        let now = self.desk.now();
        let detail = comments.join(", ");
        let case = store
            .change_case(id, &|current: &Case| {
                let mut next = current.clone();
                next.updated_at = now;
                Ok(CaseChange {
                    audit: Some(NewAudit {
                        case_id: current.id,
                        at: now,
                        actor: by.name.clone(),
                        kind: AuditKind::CommentHidden,
                        handoff_id: None,
                        expert_id: None,
                        detail: detail.clone(),
                    }),
                    case: next,
                    message: None,
                })
            })
            .await?;
        self.desk.announce(&case);
        Ok(case)
    }
}
