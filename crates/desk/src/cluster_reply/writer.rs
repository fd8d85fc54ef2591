//! The replies of one cluster reply, case by case: each case's text in
//! its customer's language and its brand's voice, its channel, or why it
//! gets none (`LeftReason`). What every case shares is read once.

use super::{LeftReason, PlannedReply};
use crate::privacy::is_public;
use crate::replies::{reply_target, window_with};
use crate::reply_locale::{customer_language, locales_for};
use crate::signature::signed;
use crate::templates::{vars_of, voice_for, DEFAULT_LOCALE};
use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use switchboard_domain::privacy::find_personal_data;
use switchboard_domain::{Agent, Case, CaseStatus, Community, CommunityId, MessageId};
use switchboard_l10n::templates::{resolve, Renderer, Template};
use switchboard_store::templates::MessageLanguage;

/// Writes the replies of one template for one agent, reading what every
/// case shares (pages, brands, voices, connections) once.
pub(super) struct Writer<'d> {
    desk: &'d Desk,
    template: &'d Template,
    agent: &'d Agent,
    pages: HashMap<CommunityId, Community>,
    brands: HashMap<switchboard_domain::BrandId, switchboard_domain::Brand>,
    voices: Vec<switchboard_store::templates::BrandVoice>,
    connections: Vec<switchboard_store::Connection>,
    signature: crate::signature::Signature,
    links: HashMap<CommunityId, Option<String>>,
    now: DateTime<Utc>,
}

impl<'d> Writer<'d> {
    pub(super) async fn new(
        desk: &'d Desk,
        template: &'d Template,
        agent: &'d Agent,
    ) -> DeskResult<Self> {
        let store = desk.store();
        Ok(Writer {
            desk,
            template,
            agent,
            pages: store
                .communities()
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect(),
            brands: store
                .brands()
                .await?
                .into_iter()
                .map(|b| (b.id, b))
                .collect(),
            voices: store.brand_voices().await?,
            connections: store.connections().await?,
            signature: desk.signature().await?,
            links: HashMap::new(),
            now: desk.now(),
        })
    }

    pub(super) fn handle(&self, community: CommunityId) -> String {
        self.pages
            .get(&community)
            .map_or_else(|| community.to_string(), |c| c.handle.clone())
    }

    /// The reply for `case`, or why it gets none.
    pub(super) async fn reply(
        &mut self,
        case: &Case,
        thread: &[switchboard_domain::Message],
        languages: &HashMap<MessageId, MessageLanguage>,
    ) -> DeskResult<Result<PlannedReply, LeftReason>> {
        if case.status == CaseStatus::Resolved {
            return Ok(Err(LeftReason::Resolved));
        }
        if !self
            .connections
            .iter()
            .any(|c| c.community_id == case.community_id)
        {
            return Ok(Err(LeftReason::NotConnected));
        }
        let community = self
            .pages
            .get(&case.community_id)
            .ok_or_else(|| DeskError::UnknownCommunity(case.community_id.to_string()))?;
        let brand = self
            .brands
            .get(&community.brand_id)
            .ok_or_else(|| DeskError::UnknownBrand(community.brand_id.to_string()))?;
        let customer = customer_language(thread, languages);
        let Some(resolved) = locales_for(self.pages.values(), community, customer)
            .iter()
            .find_map(|l| {
                resolve(self.template, &brand.slug, l, DEFAULT_LOCALE).filter(|r| !r.other_language)
            })
        else {
            return Ok(Err(LeftReason::NoText));
        };
        let window = window_with(case, self.now, &self.connections);
        let (channel, recipient) = match reply_target(case, window) {
            Ok(target) => target,
            Err(DeskError::WindowClosed { closed_at }) => {
                return Ok(Err(LeftReason::WindowClosed { closed_at }))
            }
            Err(_) => return Ok(Err(LeftReason::NoRecipient)),
        };
        let v = resolved.variant;
        let store = self.desk.store();
        let handoffs = if v.source.contains("expert_answer") {
            store.handoffs_of_case(case.id).await?
        } else {
            Vec::new()
        };
        let link = match self.links.get(&case.community_id) {
            Some(l) => l.clone(),
            None => {
                let l = self.desk.statement_link(case.community_id).await?;
                self.links.insert(case.community_id, l.clone());
                l
            }
        };
        let vars = vars_of(case, community, thread, &handoffs, self.agent, link);
        let voice = signed(
            &voice_for(&self.voices, brand, &v.locale),
            self.agent,
            self.signature,
            &v.source,
        );
        let rendered = Renderer::new(&v.locale, &v.source, &voice)
            .map_err(DeskError::Template)?
            .render(&vars);
        if !rendered.missing.is_empty() {
            return Ok(Err(LeftReason::MissingVariables {
                names: rendered.missing,
            }));
        }
        if is_public(case) && !find_personal_data(&rendered.text).is_empty() {
            return Ok(Err(LeftReason::PersonalData));
        }
        Ok(Ok(PlannedReply {
            case_id: case.id,
            community: community.handle.clone(),
            brand: brand.slug.clone(),
            locale: v.locale.clone(),
            channel,
            body: rendered.text,
            recipient,
        }))
    }
}
