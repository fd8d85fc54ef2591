//! A crisis's holding statement: one text with brand × locale variants,
//! chosen per community by the fallback rules of templates but never in
//! another language, previewed per community, and published as a post on
//! each community's page through the connector (`connector/posts.rs`).

use crate::crisis::CrisisError;
use crate::templates::{voice_for, DEFAULT_LOCALE};
use crate::{Desk, DeskError, DeskResult};
use serde::Serialize;
use switchboard_domain::{CrisisId, Locale};
use switchboard_l10n::templates::{resolve, Renderer, Template, Vars};
use switchboard_store::templates::VariantSaved;
use switchboard_store::{PostWrite, StatementPost, STATEMENT_TOPIC};
use ts_rs::TS;

/// Why a community gets no statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StatementGap {
    /// No variant in the community's language (another language would
    /// serve only by fallback, which a statement never takes).
    MissingLocale,
    /// The community is not connected to its page.
    NotConnected,
}

/// The statement as one community's page would show it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StatementPage {
    pub community: String,
    pub locale: String,
    /// The rendered text; None when the community has no variant.
    pub text: Option<String>,
    /// The locale of the variant used (`fr` for a `fr-CH` page is fine).
    pub variant_locale: Option<String>,
    /// The reference text changed since this variant was written.
    pub outdated: bool,
    pub gap: Option<StatementGap>,
    /// The post on the page, once publishing started.
    pub post: Option<StatementPost>,
}

/// What publishing did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PublishReport {
    /// Posts to publish or update now.
    pub queued: usize,
    /// Pages that show (or are about to show) this text already.
    pub unchanged: usize,
    /// Pages left out, with why.
    pub refused: Vec<StatementPage>,
    pub pages: Vec<StatementPage>,
}

impl Desk {
    /// The statement of `crisis` for each community it covers.
    pub async fn statement_preview(&self, crisis: CrisisId) -> DeskResult<Vec<StatementPage>> {
        let store = self.store();
        let c = self.crisis(crisis).await?;
        let template = store
            .templates()
            .await?
            .into_iter()
            .find(|t| t.id == c.statement_template());
        let voices = store.brand_voices().await?;
        let brands = store.brands().await?;
        let connected = store.connections().await?;
        let posts = store.statement_posts(crisis).await?;
        let mut out = Vec::new();
        for community in store.communities().await? {
            if !c.scope.covers(&community) {
                continue;
            }
            let chosen = template.as_ref().and_then(|t| {
                resolve(
                    t,
                    &community.brand_slug,
                    community.locale.as_str(),
                    DEFAULT_LOCALE,
                )
                .filter(|r| !r.other_language)
            });
            let text = match (&chosen, brands.iter().find(|b| b.id == community.brand_id)) {
                (Some(r), Some(brand)) => {
                    let voice = voice_for(&voices, brand, &r.variant.locale);
                    let rendered = Renderer::new(&r.variant.locale, &r.variant.source, &voice)
                        .map_err(DeskError::Template)?
                        .render(&Vars::default());
                    Some(rendered.text)
                }
                _ => None,
            };
            let gap = if text.is_none() {
                Some(StatementGap::MissingLocale)
            } else if !connected.iter().any(|x| x.community_id == community.id) {
                Some(StatementGap::NotConnected)
            } else {
                None
            };
            out.push(StatementPage {
                community: community.handle.clone(),
                locale: community.locale.to_string(),
                variant_locale: chosen.as_ref().map(|r| r.variant.locale.clone()),
                outdated: chosen.as_ref().is_some_and(|r| r.variant.outdated),
                text,
                gap,
                post: posts
                    .iter()
                    .find(|p| p.community_id == community.id)
                    .cloned(),
            });
        }
        Ok(out)
    }

    /// Writes the crisis statement's text for `locale` (any brand, or
    /// `brand`'s own), checked like a template's.
    pub async fn set_statement(
        &self,
        crisis: CrisisId,
        brand: Option<&str>,
        locale: &str,
        text: &str,
    ) -> DeskResult<VariantSaved> {
        let c = self.crisis(crisis).await?;
        if !c.is_running() {
            return Err(CrisisError::Ended(crisis.0).into());
        }
        let locale: Locale = locale.parse()?;
        self.save_variant(
            &c.statement_template(),
            Some(STATEMENT_TOPIC),
            brand,
            locale.as_str(),
            text,
            &[],
        )
        .await
    }

    /// The statement's template, to read every variant.
    pub async fn statement(&self, crisis: CrisisId) -> DeskResult<Option<Template>> {
        let id = self.crisis(crisis).await?.statement_template();
        Ok(self
            .store()
            .templates()
            .await?
            .into_iter()
            .find(|t| t.id == id))
    }

    /// Queues the statement's post on every page of the crisis that has
    /// a variant in its language and is connected; the others are refused
    /// and said. Publishing the same text again changes nothing; a changed
    /// text is published as an update of each page's post.
    pub async fn publish_statement(&self, crisis: CrisisId) -> DeskResult<PublishReport> {
        let c = self.crisis(crisis).await?;
        if !c.is_running() {
            return Err(CrisisError::Ended(crisis.0).into());
        }
        let pages = self.statement_preview(crisis).await?;
        let communities = self.store().communities().await?;
        let mut writes = Vec::new();
        let mut refused = Vec::new();
        for p in &pages {
            match (&p.text, p.gap) {
                (Some(text), None) => {
                    if let Some(community) = communities.iter().find(|x| x.handle == p.community) {
                        writes.push(PostWrite {
                            community_id: community.id,
                            locale: p.variant_locale.clone().unwrap_or_default(),
                            body: text.clone(),
                        });
                    }
                }
                _ => refused.push(p.clone()),
            }
        }
        let done = self
            .store()
            .queue_statement_posts(crisis, &writes, self.now())
            .await?;
        let queued = done.iter().filter(|(_, changed)| *changed).count();
        self.emit(crate::Change::Workspace);
        Ok(PublishReport {
            queued,
            unchanged: done.len() - queued,
            refused,
            pages: self.statement_preview(crisis).await?,
        })
    }

    /// A link to the statement's post on the community's page, while a
    /// crisis runs over it and its post is published: the `statement_link`
    /// variable of replies.
    pub async fn statement_link(
        &self,
        community: switchboard_domain::CommunityId,
    ) -> DeskResult<Option<String>> {
        let store = self.store();
        for c in store.crises().await?.into_iter().filter(|c| c.is_running()) {
            if let Some(post_id) = store
                .statement_posts(c.id)
                .await?
                .into_iter()
                .find(|p| p.community_id == community)
                .and_then(|p| p.post_id)
            {
                return Ok(Some(post_link(&post_id)));
            }
        }
        Ok(None)
    }
}

/// Where a fan finds a page's post: Facebook opens `/{post-id}`.
pub fn post_link(post_id: &str) -> String {
    format!("https://www.facebook.com/{post_id}")
}
