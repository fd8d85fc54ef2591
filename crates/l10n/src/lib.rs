//! Localized strings for the Rust side of Switchboard.
//!
//! The texts live in `locales/<locale>/app.ftl` at the repository root, the
//! same files the window's UI reads, and are compiled into the binary so a
//! CLI copied anywhere still speaks the user's language. A message missing
//! in the user's language falls back to English, message by message.

pub mod detect;
pub mod extract;
pub mod playbooks;
pub mod templates;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The UI languages, with their app.ftl, English first (the fallback).
pub const UI_LOCALES: [(&str, &str); 4] = [
    ("en", include_str!("../../../locales/en/app.ftl")),
    ("fr", include_str!("../../../locales/fr/app.ftl")),
    ("de", include_str!("../../../locales/de/app.ftl")),
    ("it", include_str!("../../../locales/it/app.ftl")),
];

/// The starter playbooks (`playbooks.ftl`) and their holding statements,
/// any brand, per language: seeded into new and demo workspaces.
pub const STARTER_PLAYBOOKS: &str = include_str!("../../../locales/en/playbooks.ftl");
pub const STARTER_STATEMENTS: [(&str, &str); 4] = [
    ("en", include_str!("../../../locales/en/statements.ftl")),
    ("fr", include_str!("../../../locales/fr/statements.ftl")),
    ("de", include_str!("../../../locales/de/statements.ftl")),
    ("it", include_str!("../../../locales/it/statements.ftl")),
];

/// The starter reply templates, any brand, per language: seeded into new
/// and demo workspaces.
pub const STARTER_REPLIES: [(&str, &str); 4] = [
    ("en", include_str!("../../../locales/en/replies.ftl")),
    ("fr", include_str!("../../../locales/fr/replies.ftl")),
    ("de", include_str!("../../../locales/de/replies.ftl")),
    ("it", include_str!("../../../locales/it/replies.ftl")),
];

pub struct Localizer {
    lang: &'static str,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Localizer {
    /// A localizer for `lang` (`fr`, `de-CH`, `it_IT.UTF-8`...), falling back
    /// to English for anything it does not know.
    pub fn new(lang: &str) -> Localizer {
        let wanted = lang
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let chosen = UI_LOCALES
            .iter()
            .find(|(code, _)| *code == wanted)
            .map(|(code, _)| *code)
            .unwrap_or("en");
        let mut bundles = Vec::new();
        for code in [chosen, "en"] {
            if let Some(b) = bundle(code) {
                bundles.push(b);
            }
            if chosen == "en" {
                break;
            }
        }
        Localizer {
            lang: chosen,
            bundles,
        }
    }

    /// From SWITCHBOARD_LANG, then the POSIX locale variables.
    pub fn from_env() -> Localizer {
        let lang = ["SWITCHBOARD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
            .unwrap_or_else(|| "en".to_string());
        Localizer::new(&lang)
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// The message `key` with named arguments; the key itself when no
    /// language has it (a parity test keeps that from shipping).
    pub fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value.parse::<i64>() {
                Ok(n) => fargs.set(*name, FluentValue::from(n)),
                Err(_) => fargs.set(*name, FluentValue::from(value.as_str())),
            }
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                return text.into_owned();
            }
        }
        key.to_string()
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(key))
    }
}

/// The variables message `key` uses in UI language `lang` (its value and
/// attributes), or None when that language has no such message. Tests
/// check with it that fronts pass what each message needs.
pub fn message_variables(lang: &str, key: &str) -> Option<std::collections::BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::BTreeSet;
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    let (_, source) = UI_LOCALES.iter().find(|(c, _)| *c == lang)?;
    let resource = match fluent_syntax::parser::parse(*source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource.body.iter().find_map(|entry| match entry {
        Entry::Message(m) if m.id.name == key => {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                pattern(v, &mut vars);
            }
            for a in &m.attributes {
                pattern(&a.value, &mut vars);
            }
            Some(vars)
        }
        _ => None,
    })
}

fn bundle(code: &str) -> Option<FluentBundle<FluentResource>> {
    let (_, source) = UI_LOCALES.iter().find(|(c, _)| *c == code)?;
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        // A syntax error keeps the valid messages; the parity test fails on it.
        Err((r, _)) => r,
    };
    let langid: LanguageIdentifier = code.parse().ok()?;
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    // Duplicate ids keep the first; the parity test reports them.
    let _ = bundle.add_resource(resource);
    Some(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regional_or_posix_locale_picks_its_language() {
        assert_eq!(Localizer::new("de_CH.UTF-8").lang(), "de");
        assert_eq!(Localizer::new("fr-CH").lang(), "fr");
        assert_eq!(Localizer::new("ja").lang(), "en");
    }

    #[test]
    fn arguments_are_filled_without_isolation_marks() {
        let l = Localizer::new("en");
        let text = l.t("error-unknown-community", &[("value", "x/y".to_string())]);
        assert!(text.contains("x/y"), "{text}");
        assert!(!text.contains('\u{2068}'), "{text:?}");
    }

    #[test]
    fn an_unknown_key_comes_back_as_itself() {
        assert_eq!(Localizer::new("fr").t("no-such-key", &[]), "no-such-key");
    }
}
