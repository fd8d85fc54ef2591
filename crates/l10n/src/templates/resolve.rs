//! Which variant serves a case: the fallback chain brand+fr-CH → brand+fr
//! → any brand+fr-CH → any brand+fr → the workspace's default locale
//! (brand, then any brand). The answer says which step was taken and
//! whether the variant is in another language than the case, so that a
//! fallback to another language is never silent.

use super::{language_of, Template, Variant};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    BrandLocale,
    BrandLanguage,
    AnyLocale,
    AnyLanguage,
    BrandDefault,
    AnyDefault,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution<'t> {
    pub variant: &'t Variant,
    pub step: Step,
    /// The variant's language differs from the case's.
    pub other_language: bool,
}

/// The variant of `t` for a case of `brand` (slug) in `locale`, or None
/// when not even the default locale has one.
pub fn resolve<'t>(
    t: &'t Template,
    brand: &str,
    locale: &str,
    default_locale: &str,
) -> Option<Resolution<'t>> {
    let lang = language_of(locale);
    let chain: [(Option<&str>, &str, Step); 6] = [
        (Some(brand), locale, Step::BrandLocale),
        (Some(brand), lang, Step::BrandLanguage),
        (None, locale, Step::AnyLocale),
        (None, lang, Step::AnyLanguage),
        (Some(brand), default_locale, Step::BrandDefault),
        (None, default_locale, Step::AnyDefault),
    ];
    chain.into_iter().find_map(|(b, l, step)| {
        t.variant(b, l).map(|variant| Resolution {
            variant,
            step,
            other_language: !language_of(&variant.locale).eq_ignore_ascii_case(lang),
        })
    })
}
