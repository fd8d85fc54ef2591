//! Reply templates: one id, variants per (brand or any brand, locale),
//! written in Fluent. This module is the pure part — checking a variant,
//! choosing one along the fallback chain, rendering it with the brand's
//! voice and the case's variables, and the `.ftl` exchange with
//! translators. Storing them is the store's; using them is the desk's.

mod check;
mod exchange;
mod lint;
mod render;
mod resolve;

pub use check::{check, variables_of, Problem, ProblemKind};
pub(crate) use exchange::plain;
pub use exchange::{export_locale, import_file, read_file, ImportError, ImportedVariant};
pub use lint::{lint_files, lint_templates, locate, Finding};
pub use render::{Formality, Rendered, Renderer, Vars, Voice};
pub use resolve::{resolve, Resolution, Step};

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// The variables a variant may use, filled from the case by the desk.
pub const KNOWN_VARIABLES: &[&str] = &[
    "first_name",
    "agent_name",
    "agent_initials",
    "case_ref",
    "community",
    "flight",
    "booking_ref",
    "bags",
    "expert_answer",
    "statement_link",
];

/// The longest template text (one variant, one message of a file), in
/// bytes: a reply is a few paragraphs, and a text of megabytes would only
/// slow every window that previews it.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// The largest `.ftl` file an import reads, in bytes.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// A size limit as people read it: `64 KiB`, `2 MiB`.
pub fn size_limit(bytes: usize) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else if bytes >= 1024 {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} B")
    }
}

/// The terms of a brand's voice (see `Voice`).
pub const KNOWN_TERMS: &[&str] = &["brand", "sign-off"];

/// One template with all its variants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Template {
    /// `baggage-delayed`: letters, digits and `-`, starting with a letter.
    pub id: String,
    /// What it is about (`baggage`); shared by every variant.
    pub topic: String,
    /// The locale of the reference variant (any brand): editing it marks
    /// every other variant outdated.
    pub reference_locale: String,
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Variant {
    /// The brand's slug, or None for any brand.
    pub brand: Option<String>,
    /// `fr-CH` or `fr`.
    pub locale: String,
    /// The Fluent pattern, in canonical form (see `check`).
    pub source: String,
    /// Words to find it by, in the variant's language.
    pub tags: Vec<String>,
    /// The reference changed since this variant was last saved or confirmed.
    pub outdated: bool,
    pub updated_at: DateTime<Utc>,
}

impl Template {
    pub fn variant(&self, brand: Option<&str>, locale: &str) -> Option<&Variant> {
        self.variants
            .iter()
            .find(|v| v.brand.as_deref() == brand && v.locale.eq_ignore_ascii_case(locale))
    }

    pub fn is_reference(&self, v: &Variant) -> bool {
        v.brand.is_none() && v.locale.eq_ignore_ascii_case(&self.reference_locale)
    }
}

/// A template id as typed, checked: lowercase letters, digits and single
/// `-`, starting with a letter (it is a Fluent message id in exports).
pub fn valid_template_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.contains("--")
        && !id.ends_with('-')
}

/// The language subtag of a locale: `fr` for `fr-CH`.
pub fn language_of(locale: &str) -> &str {
    locale.split(['-', '_']).next().unwrap_or(locale)
}

#[cfg(test)]
mod tests;
