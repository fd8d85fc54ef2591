//! A human voice: how replies are signed, per workspace — the agent's
//! first name, their initials, or the brand only. The brand's sign-off
//! (per locale, from its voice) stays; the person is added to it, so every
//! template that ends with `{ -sign-off }` is signed as the team chose.

use crate::{Desk, DeskError, DeskResult};
use serde::{Deserialize, Serialize};
use switchboard_domain::Agent;
use switchboard_l10n::templates::Voice;
use ts_rs::TS;

/// The workspace note that keeps the choice.
const NOTE: &str = "signature";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Signature {
    /// "Julien – The Lakeline Care team".
    FirstName,
    /// "The Lakeline Care team ^JF" (as the starter replies have always signed).
    #[default]
    Initials,
    /// "The Lakeline Care team".
    Brand,
}

impl Signature {
    pub fn as_str(self) -> &'static str {
        match self {
            Signature::FirstName => "first_name",
            Signature::Initials => "initials",
            Signature::Brand => "brand",
        }
    }

    /// `first_name`, `first-name`, `initials` or `brand`.
    pub fn parse(s: &str) -> Option<Signature> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "first_name" => Some(Signature::FirstName),
            "initials" => Some(Signature::Initials),
            "brand" => Some(Signature::Brand),
            _ => None,
        }
    }
}

/// The agent's first name: the first word of their name.
fn first_name(agent: &Agent) -> &str {
    agent
        .name
        .split_whitespace()
        .next()
        .unwrap_or(&agent.initials)
}

/// The brand's voice signed by `agent` as `signature` says. A template
/// that writes the initials itself (`$agent_initials`, as older starter
/// replies do) is not given them twice.
pub fn signed(voice: &Voice, agent: &Agent, signature: Signature, source: &str) -> Voice {
    let mut v = voice.clone();
    match signature {
        Signature::Brand => {}
        Signature::Initials if source.contains("$agent_initials") => {}
        Signature::Initials => v.sign_off = format!("{} ^{}", voice.sign_off, agent.initials),
        Signature::FirstName => v.sign_off = format!("{} – {}", first_name(agent), voice.sign_off),
    }
    v
}

impl Desk {
    /// How replies are signed in this workspace.
    pub async fn signature(&self) -> DeskResult<Signature> {
        Ok(self
            .store()
            .workspace_note(NOTE)
            .await?
            .and_then(|s| Signature::parse(&s))
            .unwrap_or_default())
    }

    pub async fn set_signature(&self, value: &str) -> DeskResult<Signature> {
        let s = Signature::parse(value).ok_or_else(|| DeskError::BadInput {
            field: "signature",
            value: value.to_string(),
        })?;
        self.store()
            .set_workspace_note(NOTE, Some(s.as_str()))
            .await?;
        self.emit(crate::Change::Workspace);
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_domain::AgentId;

    fn julien() -> Agent {
        Agent {
            id: AgentId(1),
            name: "Julien Favre".into(),
            initials: "JF".into(),
            email: String::new(),
        }
    }

    fn voice() -> Voice {
        Voice {
            brand_name: "Lakeline".into(),
            sign_off: "The Lakeline Care team".into(),
            formality: Default::default(),
        }
    }

    #[test]
    fn a_reply_is_signed_by_first_name_initials_or_the_brand() {
        let plain = "Thanks. { -sign-off }";
        let sign = |s| signed(&voice(), &julien(), s, plain).sign_off;
        assert_eq!(
            sign(Signature::FirstName),
            "Julien – The Lakeline Care team"
        );
        assert_eq!(sign(Signature::Initials), "The Lakeline Care team ^JF");
        assert_eq!(sign(Signature::Brand), "The Lakeline Care team");
    }

    #[test]
    fn a_template_that_writes_the_initials_itself_gets_them_once() {
        let old = "Thanks. { -sign-off } ^{ $agent_initials }";
        let v = signed(&voice(), &julien(), Signature::Initials, old);
        assert_eq!(v.sign_off, "The Lakeline Care team");
    }

    #[test]
    fn the_setting_is_read_in_its_written_forms() {
        assert_eq!(Signature::parse("first-name"), Some(Signature::FirstName));
        assert_eq!(Signature::parse("Brand"), Some(Signature::Brand));
        assert_eq!(Signature::parse("nickname"), None);
    }
}
