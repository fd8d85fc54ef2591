//! Reply templates at the desk: the ones that fit a case (in its language,
//! its brand's voice), rendered with the case's variables exactly as they
//! will be sent; inserting one into the draft; writing and confirming
//! variants; and the translation backlog per community.
//!
//! The variables come from the case: the customer's first name, the
//! agent's name and initials, the case reference, the community, the
//! flight number and booking reference found in the customer's messages
//! (newest first), the latest expert answer, and the number of bags (1
//! unless the agent changes it in the text).

use crate::draft_merge::merge_into_draft;
use crate::{Desk, DeskError, DeskResult};
use serde::Serialize;
use switchboard_domain::{
    Agent, Brand, Case, CaseId, Community, Direction, Handoff, HandoffState, Message,
};
use switchboard_l10n::extract::{booking_reference, flight_number};
use switchboard_l10n::templates::{
    check, language_of, resolve, Rendered, Renderer, Step, Template, Variant, Vars, Voice,
};
use switchboard_store::templates::{BrandVoice, TemplateMeta, VariantSaved, VariantWrite};
use switchboard_store::Draft;
use ts_rs::TS;

/// The workspace's last resort in the fallback chain.
pub const DEFAULT_LOCALE: &str = "en";

/// The topic of the reply that passes an expert's answer on to the
/// customer (the starter `expert-answer`).
pub const EXPERT_TOPIC: &str = "expert";

/// One template as offered for a case, with its preview.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TemplateChoice {
    pub id: String,
    pub topic: String,
    pub tags: Vec<String>,
    /// The variant used: its locale and brand (None: any brand).
    pub locale: String,
    pub brand: Option<String>,
    pub step: Step,
    /// The variant is in another language than the case: shown loudly,
    /// never inserted without the agent seeing it.
    pub other_language: bool,
    pub outdated: bool,
    /// Written for the case's topic (or, for the expert-answer reply, for
    /// a case whose expert answered): such replies come first, and only
    /// they are picked before the agent chooses.
    pub for_topic: bool,
    /// Exactly the text that insertion puts into the draft.
    pub preview: Rendered,
}

/// A community's translation backlog: what has no text in its language or
/// only an outdated one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BacklogItem {
    pub community: String,
    pub template: String,
    pub state: BacklogState,
    /// The variant that serves meanwhile, if any.
    pub served_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BacklogState {
    Missing,
    Outdated,
}

impl BacklogState {
    pub fn as_str(self) -> &'static str {
        match self {
            BacklogState::Missing => "missing",
            BacklogState::Outdated => "outdated",
        }
    }
}

/// The brand's voice in `locale`: its own for that locale, else for the
/// language, else the brand's name with a plain sign-off.
pub(crate) fn voice_for(voices: &[BrandVoice], brand: &Brand, locale: &str) -> Voice {
    let of = |l: &str| {
        voices
            .iter()
            .find(|v| v.brand == brand.id && v.locale.eq_ignore_ascii_case(l))
    };
    of(locale)
        .or_else(|| of(language_of(locale)))
        .map(|v| v.voice.clone())
        .unwrap_or_else(|| Voice {
            brand_name: brand.name.clone(),
            sign_off: brand.name.clone(),
            formality: Default::default(),
        })
}

impl Desk {
    /// The variables of `case` as `agent` would send a reply now.
    pub async fn template_vars(&self, case: CaseId, agent: &Agent) -> DeskResult<Vars> {
        let store = self.store();
        let c = store.case(case).await?;
        let community = store.community(c.community_id).await?;
        let thread = store.thread(case).await?;
        let handoffs = store.handoffs_of_case(case).await?;
        let link = self.statement_link(c.community_id).await?;
        Ok(vars_of(&c, &community, &thread, &handoffs, agent, link))
    }

    async fn brand_of(&self, community: &Community) -> DeskResult<Brand> {
        self.store()
            .brands()
            .await?
            .into_iter()
            .find(|b| b.id == community.brand_id)
            .ok_or_else(|| DeskError::UnknownBrand(community.brand_id.to_string()))
    }

    /// Templates for `case` whose id, topic, tags or text contain `query`
    /// (every one when it is empty), in `locale`, by default the customer's
    /// language (see `reply_locale`), each with its preview. Those in that
    /// language come first, and among them those for the case's topic.
    pub async fn templates_for_case(
        &self,
        case: CaseId,
        query: &str,
        agent: &Agent,
        locale: Option<&str>,
    ) -> DeskResult<Vec<TemplateChoice>> {
        let wanted = query.trim().to_lowercase();
        self.choices(case, agent, locale, |t, v| {
            wanted.is_empty()
                || t.id.contains(&wanted)
                || t.topic.to_lowercase().contains(&wanted)
                || v.tags.iter().any(|g| g.to_lowercase().contains(&wanted))
                || v.source.to_lowercase().contains(&wanted)
        })
        .await
    }

    /// The replies of `topic` for `case`, in the customer's language.
    pub(crate) async fn choices_for_topic(
        &self,
        case: CaseId,
        agent: &Agent,
        topic: &str,
    ) -> DeskResult<Vec<TemplateChoice>> {
        self.choices(case, agent, None, |t, _| t.topic == topic)
            .await
    }

    /// The variants chosen for `case` that `keep` accepts, rendered (only
    /// those: a preview costs a bundle).
    async fn choices(
        &self,
        case: CaseId,
        agent: &Agent,
        locale: Option<&str>,
        keep: impl Fn(&Template, &Variant) -> bool,
    ) -> DeskResult<Vec<TemplateChoice>> {
        let store = self.store();
        let c = store.case(case).await?;
        let community = store.community(c.community_id).await?;
        let brand = self.brand_of(&community).await?;
        let locale = match locale {
            Some(l) => l.to_string(),
            None => self.reply_locale(&c, &community).await?,
        };
        let voices = store.brand_voices().await?;
        let vars = self.template_vars(case, agent).await?;
        let answered = vars.text.contains_key("expert_answer");
        let signature = self.signature().await?;
        let mut out = Vec::new();
        let templates = store.templates().await?;
        for t in &templates {
            // Statements are posted on pages, not sent as replies.
            if t.topic == switchboard_store::STATEMENT_TOPIC {
                continue;
            }
            let Some(r) = resolve(t, &brand.slug, &locale, DEFAULT_LOCALE) else {
                continue;
            };
            let v = r.variant;
            if !keep(t, v) {
                continue;
            }
            let voice = crate::signature::signed(
                &voice_for(&voices, &brand, &v.locale),
                agent,
                signature,
                &v.source,
            );
            let preview = Renderer::new(&v.locale, &v.source, &voice)
                .map_err(DeskError::Template)?
                .render(&vars);
            out.push(TemplateChoice {
                id: t.id.clone(),
                topic: t.topic.clone(),
                tags: v.tags.clone(),
                locale: v.locale.clone(),
                brand: v.brand.clone(),
                step: r.step,
                other_language: r.other_language,
                outdated: v.outdated,
                for_topic: topic_fit(c.topic.as_deref(), t, answered) > 0,
                preview,
            });
        }
        let fits: std::collections::HashMap<&str, u8> = templates
            .iter()
            .map(|t| (t.id.as_str(), topic_fit(c.topic.as_deref(), t, answered)))
            .collect();
        let fit = |id: &str| fits.get(id).copied().unwrap_or(0);
        out.sort_by(|a, b| {
            a.other_language
                .cmp(&b.other_language)
                .then(fit(&b.id).cmp(&fit(&a.id)))
                .then(a.id.cmp(&b.id))
        });
        Ok(out)
    }

    /// Adds template `id`, rendered for `case` (in `locale`, the customer's
    /// by default), to `agent`'s draft and returns the draft.
    pub async fn insert_template(
        &self,
        case: CaseId,
        id: &str,
        agent: &Agent,
        locale: Option<&str>,
    ) -> DeskResult<Draft> {
        let choice = self
            .choices(case, agent, locale, |t, _| t.id == id)
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| DeskError::UnknownTemplate(id.to_string()))?;
        let current = self.draft(case, agent.id).await?;
        let answer = latest_answer(&self.store().handoffs_of_case(case).await?);
        let body = merge_into_draft(
            current.as_ref().map(|d| d.body.as_str()),
            &choice.preview.text,
            answer.as_deref(),
        );
        self.save_draft(case, agent.id, &body).await?;
        Ok(Draft {
            case_id: case,
            agent_id: agent.id,
            body,
            updated_at: self.now(),
        })
    }

    pub async fn templates(&self) -> DeskResult<Vec<Template>> {
        Ok(self.store().templates().await?)
    }

    /// Checks and stores a variant (creating the template with `topic` when
    /// it is new); `brand` is a brand name or slug, None for any brand.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_variant(
        &self,
        template: &str,
        topic: Option<&str>,
        brand: Option<&str>,
        locale: &str,
        source: &str,
        tags: &[String],
    ) -> DeskResult<VariantSaved> {
        let locale: switchboard_domain::Locale = locale.parse()?;
        if source.len() > switchboard_l10n::templates::MAX_TEXT_BYTES {
            return Err(DeskError::TemplateTooLarge {
                template: template.to_string(),
                locale: locale.to_string(),
                limit: switchboard_l10n::templates::MAX_TEXT_BYTES,
            });
        }
        let canonical = check(source).map_err(DeskError::Template)?;
        let store = self.store();
        let exists = store
            .templates()
            .await?
            .into_iter()
            .any(|t| t.id == template);
        if !exists {
            if !switchboard_l10n::templates::valid_template_id(template) {
                return Err(DeskError::BadInput {
                    field: "template",
                    value: template.to_string(),
                });
            }
            store
                .save_template(&TemplateMeta {
                    id: template.to_string(),
                    topic: topic.unwrap_or(template).to_string(),
                    reference_locale: DEFAULT_LOCALE.to_string(),
                })
                .await?;
        }
        let brand = match brand {
            Some(b) => Some(self.brand_by_ref(b).await?.id),
            None => None,
        };
        let saved = store
            .save_variant(&VariantWrite {
                template_id: template.to_string(),
                brand,
                locale: locale.to_string(),
                source: canonical,
                tags: tags.to_vec(),
                at: self.now(),
            })
            .await?;
        self.emit(crate::Change::Workspace);
        Ok(saved)
    }

    pub async fn confirm_variant(
        &self,
        template: &str,
        brand: Option<&str>,
        locale: &str,
    ) -> DeskResult<()> {
        let brand = match brand {
            Some(b) => Some(self.brand_by_ref(b).await?.id),
            None => None,
        };
        self.store()
            .confirm_variant(template, brand, locale)
            .await?;
        self.emit(crate::Change::Workspace);
        Ok(())
    }

    /// A brand by name or slug, any case.
    pub async fn brand_by_ref(&self, reference: &str) -> DeskResult<Brand> {
        let wanted = reference.trim();
        self.store()
            .brands()
            .await?
            .into_iter()
            .find(|b| b.slug.eq_ignore_ascii_case(wanted) || b.name.eq_ignore_ascii_case(wanted))
            .ok_or_else(|| DeskError::UnknownBrand(wanted.to_string()))
    }

    /// For every community, the templates with no text in its language
    /// (served by another language or not at all) or an outdated one.
    pub async fn translation_backlog(&self) -> DeskResult<Vec<BacklogItem>> {
        let store = self.store();
        let templates = store.templates().await?;
        let brands = store.brands().await?;
        let mut out = Vec::new();
        for c in store.communities().await? {
            let Some(brand) = brands.iter().find(|b| b.id == c.brand_id) else {
                continue;
            };
            // A crisis's own statement is checked when it is published.
            for t in templates.iter().filter(|t| {
                !(t.topic == switchboard_store::STATEMENT_TOPIC && t.id.starts_with("crisis-"))
            }) {
                let r = resolve(t, &brand.slug, c.locale.as_str(), DEFAULT_LOCALE);
                let (state, served_by) = match &r {
                    None => (Some(BacklogState::Missing), None),
                    Some(r) if r.other_language => {
                        (Some(BacklogState::Missing), Some(r.variant.locale.clone()))
                    }
                    Some(r) if r.variant.outdated => {
                        (Some(BacklogState::Outdated), Some(r.variant.locale.clone()))
                    }
                    Some(_) => (None, None),
                };
                if let Some(state) = state {
                    out.push(BacklogItem {
                        community: c.handle.clone(),
                        template: t.id.clone(),
                        state,
                        served_by,
                    });
                }
            }
        }
        Ok(out)
    }
}

/// The variables of a case (its community, thread and handoffs as read) for
/// a reply by `agent`: see the module header.
pub(crate) fn vars_of(
    c: &Case,
    community: &Community,
    thread: &[Message],
    handoffs: &[Handoff],
    agent: &Agent,
    statement_link: Option<String>,
) -> Vars {
    let mut vars = Vars::default();
    let inbound: Vec<&str> = thread
        .iter()
        .rev()
        .filter(|m| m.direction == Direction::Inbound)
        .map(|m| m.body.as_str())
        .collect();
    if let Some(name) = thread
        .iter()
        .find(|m| m.direction == Direction::Inbound)
        .and_then(|m| m.author.split_whitespace().next())
    {
        vars.text.insert("first_name", name.to_string());
    }
    vars.text.insert("agent_name", agent.name.clone());
    vars.text.insert("agent_initials", agent.initials.clone());
    vars.text.insert("case_ref", format!("#{}", c.id));
    vars.text.insert("community", community.handle.clone());
    if let Some(f) = inbound.iter().find_map(|t| flight_number(t)) {
        vars.text.insert("flight", f);
    }
    if let Some(b) = inbound.iter().find_map(|t| booking_reference(t)) {
        vars.text.insert("booking_ref", b);
    }
    if let Some(a) = latest_answer(handoffs) {
        vars.text.insert("expert_answer", a);
    }
    vars.numbers.insert("bags", 1);
    if let Some(link) = statement_link {
        vars.text.insert("statement_link", link);
    }
    vars
}

/// How well template `t` fits a case about `topic`: 2 when it is that
/// topic's own reply (its id or its topic is the case's topic, or it passes
/// on the answer an expert gave on the case), 1 when the case's topic is
/// one of its topic's kinds (`baggage-damaged` for `baggage`), else 0.
fn topic_fit(topic: Option<&str>, t: &Template, answered: bool) -> u8 {
    if answered && t.topic == EXPERT_TOPIC {
        return 2;
    }
    let Some(topic) = topic else { return 0 };
    if t.id == topic || t.topic == topic {
        2
    } else if topic
        .strip_prefix(t.topic.as_str())
        .is_some_and(|rest| rest.starts_with('-'))
    {
        1
    } else {
        0
    }
}

/// The newest answer an expert gave on the case.
pub(crate) fn latest_answer(handoffs: &[Handoff]) -> Option<String> {
    handoffs
        .iter()
        .filter(|h| h.state == HandoffState::Answered)
        .max_by_key(|h| h.answered_at)
        .and_then(|h| h.answer.clone())
}
