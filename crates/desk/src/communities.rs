//! The community matrix: brands × locales, with what waits in each.

use crate::events::Change;
use crate::{Desk, DeskError, DeskResult};
use switchboard_domain::{Community, Locale, Platform, SlaPolicy};
use switchboard_store::{CommunityCounts, NewCommunity};

/// What `community add` needs.
#[derive(Debug, Clone)]
pub struct CommunitySpec {
    pub brand: String,
    pub locale: String,
    pub platform: Platform,
    pub page_id: String,
}

impl Desk {
    /// Every community with its open, at-risk and breached counts and the
    /// age of its oldest unanswered message.
    pub async fn community_counts(&self) -> DeskResult<Vec<CommunityCounts>> {
        Ok(self.store().community_counts(self.now()).await?)
    }

    /// Adds a page, creating its brand when the brand is new. The community
    /// gets the default SLA policy in Europe/Zurich until one is set.
    pub async fn add_community(&self, spec: &CommunitySpec) -> DeskResult<Community> {
        let locale: Locale = spec.locale.parse()?;
        let page_id = spec.page_id.trim();
        if page_id.is_empty() || page_id.chars().any(char::is_whitespace) {
            return Err(DeskError::BadInput {
                field: "page-id",
                value: spec.page_id.clone(),
            });
        }
        let brand = self.store().ensure_brand(&spec.brand).await?;
        let community = self
            .store()
            .create_community(&NewCommunity {
                brand_id: brand.id,
                locale,
                platform: spec.platform,
                page_id: page_id.to_string(),
            })
            .await?;
        self.store()
            .set_sla_policy(
                community.id,
                &SlaPolicy::default_in(chrono_tz::Europe::Zurich),
            )
            .await?;
        // A new workspace starts with the starter replies.
        self.seed_starter_templates().await?;
        self.seed_starter_playbooks().await?;
        self.emit(Change::Community { id: community.id });
        Ok(community)
    }

    /// The community with this handle (`lakeline/fr-CH`); handles are
    /// matched without regard to case.
    pub async fn community_by_handle(&self, handle: &str) -> DeskResult<Community> {
        let wanted = handle.trim();
        if let Some(c) = self.store().community_by_handle(wanted).await? {
            return Ok(c);
        }
        self.store()
            .communities()
            .await?
            .into_iter()
            .find(|c| c.handle.eq_ignore_ascii_case(wanted))
            .ok_or_else(|| DeskError::UnknownCommunity(wanted.to_string()))
    }
}
