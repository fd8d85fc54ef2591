//! Queues: one community's, or the unified one, by urgency.

use crate::{Desk, DeskError, DeskResult};
use switchboard_domain::{CaseStatus, Locale};
use switchboard_store::{AssigneeFilter, QueueFilter, QueueRow, SearchFilter, SearchHit};

/// A queue as a user asks for it, by names rather than ids.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    /// A community handle such as `lakeline/fr-CH`.
    pub community: Option<String>,
    /// A brand name or slug.
    pub brand: Option<String>,
    pub locale: Option<String>,
    pub statuses: Vec<String>,
    /// Agent initials or name; `none` for unassigned cases.
    pub assignee: Option<String>,
    pub limit: u32,
    pub offset: u32,
}

impl Desk {
    pub async fn queue(&self, query: &QueueQuery) -> DeskResult<Vec<QueueRow>> {
        let filter = self.resolve_queue(query).await?;
        Ok(self.store().queue(&filter, self.now()).await?)
    }

    /// A search among the cases `query` names as a queue would (its limit
    /// aside); no status named means every status, resolved included.
    pub async fn search_in(
        &self,
        text: &str,
        query: &QueueQuery,
        limit: u32,
    ) -> DeskResult<Vec<SearchHit>> {
        let filter = self.resolve_queue(query).await?;
        self.search(text, &SearchFilter::of_queue(&filter), limit)
            .await
    }

    async fn resolve_queue(&self, q: &QueueQuery) -> DeskResult<QueueFilter> {
        let mut filter = QueueFilter {
            limit: q.limit,
            offset: q.offset,
            ..QueueFilter::default()
        };
        if let Some(handle) = &q.community {
            filter.community = Some(self.community_by_handle(handle).await?.id);
        }
        if let Some(brand) = &q.brand {
            let wanted = brand.trim();
            let slug = switchboard_domain::workspace::slugify(wanted);
            let found = self
                .store()
                .brands()
                .await?
                .into_iter()
                .find(|b| b.slug == slug || b.name.eq_ignore_ascii_case(wanted))
                .ok_or_else(|| DeskError::UnknownBrand(wanted.to_string()))?;
            filter.brand = Some(found.id);
        }
        if let Some(locale) = &q.locale {
            filter.locale = Some(locale.parse::<Locale>()?);
        }
        for s in &q.statuses {
            let status = s.parse::<CaseStatus>().map_err(|v| DeskError::BadInput {
                field: "status",
                value: v,
            })?;
            filter.statuses.push(status);
        }
        if let Some(who) = &q.assignee {
            filter.assignee = if who.trim().eq_ignore_ascii_case("none") {
                AssigneeFilter::Unassigned
            } else {
                AssigneeFilter::Agent(self.agent_by_ref(who).await?.id)
            };
        }
        Ok(filter)
    }
}
