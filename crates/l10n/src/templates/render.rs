//! Rendering a variant: the brand's voice as Fluent terms (`-brand` with
//! its `.formality`, `-sign-off`), the case's variables, the locale's
//! plural rules. A `Renderer` is built once per (variant, voice) and then
//! renders in microseconds; the text is plain (no bidi isolation marks),
//! exactly what is sent. A variable the case cannot fill shows as
//! `[name]` and is listed in `missing`, so the agent sees what to complete.

use super::check::{check, Problem};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Formality {
    #[default]
    Formal,
    Informal,
}

impl Formality {
    pub fn as_str(self) -> &'static str {
        match self {
            Formality::Formal => "formal",
            Formality::Informal => "informal",
        }
    }
}

/// How a brand speaks in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
pub struct Voice {
    pub brand_name: String,
    pub sign_off: String,
    pub formality: Formality,
}

/// The values a case gives its variables; what is None is missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vars {
    pub text: BTreeMap<&'static str, String>,
    pub numbers: BTreeMap<&'static str, i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Rendered {
    pub text: String,
    /// Variables the case could not fill (shown as `[name]`).
    pub missing: Vec<String>,
}

pub struct Renderer {
    bundle: FluentBundle<FluentResource>,
    variables: Vec<String>,
}

/// A term value as Fluent text: one line, braces as string literals.
fn literal(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut escaped = String::with_capacity(one_line.len());
    for c in one_line.chars() {
        match c {
            '{' => escaped.push_str("{\"{\"}"),
            '}' => escaped.push_str("{\"}\"}"),
            c => escaped.push(c),
        }
    }
    if escaped.is_empty() {
        "{\"\"}".to_string()
    } else {
        escaped
    }
}

fn voice_resource(v: &Voice) -> String {
    format!(
        "-brand = {}\n    .formality = {}\n-sign-off = {}\n",
        literal(&v.brand_name),
        v.formality.as_str(),
        literal(&v.sign_off)
    )
}

impl Renderer {
    /// Checks `source` and prepares it for `locale` in `voice`.
    pub fn new(locale: &str, source: &str, voice: &Voice) -> Result<Renderer, Vec<Problem>> {
        let canonical = check(source)?;
        let variables = super::check::variables_of(&canonical);
        let lang: LanguageIdentifier = locale
            .parse()
            .or_else(|_| super::language_of(locale).parse())
            .unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![lang]);
        bundle.set_use_isolating(false);
        let message = super::check::wrap(&canonical);
        for text in [voice_resource(voice), message] {
            let resource = FluentResource::try_new(text).map_err(|(_, errors)| {
                errors
                    .into_iter()
                    .map(|e| Problem {
                        line: 1,
                        column: 1,
                        kind: super::ProblemKind::Syntax {
                            detail: e.kind.to_string(),
                        },
                    })
                    .collect::<Vec<_>>()
            })?;
            bundle.add_resource_overriding(resource);
        }
        Ok(Renderer { bundle, variables })
    }

    pub fn render(&self, vars: &Vars) -> Rendered {
        let mut args = FluentArgs::new();
        let mut missing = Vec::new();
        for name in &self.variables {
            if let Some(n) = vars.numbers.get(name.as_str()) {
                args.set(name.clone(), FluentValue::from(*n));
            } else if let Some(t) = vars.text.get(name.as_str()).filter(|t| !t.is_empty()) {
                args.set(name.clone(), FluentValue::from(t.clone()));
            } else {
                missing.push(name.clone());
                args.set(name.clone(), FluentValue::from(format!("[{name}]")));
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .get_message(super::check::HOLDER)
            .and_then(|m| m.value())
            .map(|p| {
                self.bundle
                    .format_pattern(p, Some(&args), &mut errors)
                    .into_owned()
            })
            .unwrap_or_default();
        Rendered { text, missing }
    }
}
