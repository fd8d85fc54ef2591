//! Writing saved replies from the window: the live preview of a variant as
//! it is typed, with the case open (or a sample customer) and the brand's
//! voice, or the Fluent problems that keep it from being saved.

use crate::signature::signed;
use crate::templates::voice_for;
use crate::{Desk, DeskError, DeskResult};
use switchboard_domain::{Agent, CaseId};
use switchboard_l10n::templates::{check, Rendered, Renderer, Vars};

/// The values a preview uses when no case is open: a customer the reader
/// recognises as an example.
fn sample_vars(agent: &Agent) -> Vars {
    let mut vars = Vars::default();
    for (name, value) in [
        ("first_name", "Anna"),
        ("case_ref", "#1234"),
        ("community", "brand/de-CH"),
        ("flight", "LK 1218"),
        ("booking_ref", "ZX8K2P"),
        ("expert_answer", "…"),
        ("statement_link", "https://example.com/statement"),
    ] {
        vars.text.insert(name, value.to_string());
    }
    vars.text.insert("agent_name", agent.name.clone());
    vars.text.insert("agent_initials", agent.initials.clone());
    vars.numbers.insert("bags", 1);
    vars
}

impl Desk {
    /// `source` as it would read for `case` (a sample customer without
    /// one) in `locale`, in the voice of `brand` (a name or slug; None: the
    /// case's brand, else the brand's name as sign-off), signed by `agent`;
    /// or the problems that keep it from being saved.
    pub async fn preview_variant(
        &self,
        case: Option<CaseId>,
        agent: &Agent,
        brand: Option<&str>,
        locale: &str,
        source: &str,
    ) -> DeskResult<Rendered> {
        let canonical = check(source).map_err(DeskError::Template)?;
        let store = self.store();
        let brand = match (brand, case) {
            (Some(b), _) => Some(self.brand_by_ref(b).await?),
            (None, Some(c)) => {
                let community = store.community(store.case(c).await?.community_id).await?;
                store
                    .brands()
                    .await?
                    .into_iter()
                    .find(|b| b.id == community.brand_id)
            }
            (None, None) => store.brands().await?.into_iter().next(),
        };
        let vars = match case {
            Some(c) => self.template_vars(c, agent).await?,
            None => sample_vars(agent),
        };
        let voices = store.brand_voices().await?;
        let voice = match &brand {
            Some(b) => voice_for(&voices, b, locale),
            None => switchboard_l10n::templates::Voice {
                brand_name: "Switchboard".into(),
                sign_off: "Switchboard".into(),
                formality: Default::default(),
            },
        };
        let voice = signed(&voice, agent, self.signature().await?, &canonical);
        Ok(Renderer::new(locale, &canonical, &voice)
            .map_err(DeskError::Template)?
            .render(&vars))
    }
}
