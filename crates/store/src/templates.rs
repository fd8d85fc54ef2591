//! Reply templates, brand voices and the detected language of messages, as
//! the store keeps them. The template types themselves are l10n's (the
//! pure engine); the rules of writing them are here so both backends
//! apply the same ones inside their transactions.

use chrono::{DateTime, Utc};
use switchboard_domain::BrandId;

pub use switchboard_l10n::templates::{Formality, Template, Variant, Voice};

/// A template's own fields (created or updated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateMeta {
    pub id: String,
    pub topic: String,
    pub reference_locale: String,
}

/// A variant to store. `source` is already checked and canonical.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantWrite {
    pub template_id: String,
    pub brand: Option<BrandId>,
    pub locale: String,
    pub source: String,
    pub tags: Vec<String>,
    pub at: DateTime<Utc>,
}

/// What saving a variant did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum VariantSaved {
    /// Same text and tags as stored: nothing written (an outdated flag stays).
    Unchanged,
    /// Written; it is no longer outdated.
    Saved,
    /// The reference variant was written: every other variant is outdated.
    ReferenceSaved { outdated: u64 },
}

/// A brand's voice in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrandVoice {
    pub brand: BrandId,
    pub locale: String,
    pub voice: Voice,
}

/// The language detected for one inbound message.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageLanguage {
    pub message_id: switchboard_domain::MessageId,
    /// ISO 639-1, or `und` when the detector was unsure.
    pub language: String,
    pub confidence: f64,
}
