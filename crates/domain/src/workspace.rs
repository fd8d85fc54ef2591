//! Brands and communities: the two axes of the desk (brand × locale).

use crate::ids::{BrandId, CommunityId};
use crate::locale::Locale;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Brand {
    pub id: BrandId,
    pub name: String,
    /// Lowercase ASCII, used in community handles: `lakeline`.
    pub slug: String,
}

/// Turns a brand name into the slug used in handles: "Peak Jet" → "peak-jet",
/// "Föhn Air" → "fohn-air". Returns an empty string for a name with no
/// letters or digits, which callers refuse.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        let c = fold_accent(c).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        other => other,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Facebook,
    Instagram,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Platform {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "facebook" => Ok(Platform::Facebook),
            "instagram" => Ok(Platform::Instagram),
            other => Err(other.to_string()),
        }
    }
}

/// One page: a brand in one language on one platform.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Community {
    pub id: CommunityId,
    pub brand_id: BrandId,
    pub brand_name: String,
    pub brand_slug: String,
    pub locale: Locale,
    pub platform: Platform,
    /// The platform's page id.
    pub page_id: String,
    /// `<brand-slug>/<locale>`, e.g. `lakeline/de-CH`.
    pub handle: String,
}

/// The readable handle of a community.
pub fn handle(brand_slug: &str, locale: &Locale) -> String {
    format!("{brand_slug}/{locale}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brand_names_become_ascii_slugs() {
        assert_eq!(slugify("Lakeline"), "lakeline");
        assert_eq!(slugify("Peak Jet"), "peak-jet");
        assert_eq!(slugify("  Föhn  Air! "), "fohn-air");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn handles_join_slug_and_locale() {
        let l: Locale = "de-CH".parse().unwrap();
        assert_eq!(handle("lakeline", &l), "lakeline/de-CH");
    }
}
