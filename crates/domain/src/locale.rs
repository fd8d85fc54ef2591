//! Community and UI locales as BCP 47 tags (`fr-CH`, `de-CH`, `en`).
//!
//! Only the language and optional region subtags are accepted: that is all a
//! fan page's language needs, and it keeps handles like `lakeline/fr-CH`
//! readable. Tags are normalised (`FR-ch` → `fr-CH`).

use crate::error::DomainError;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct Locale(String);

impl Locale {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag: `fr` for `fr-CH`.
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    pub fn region(&self) -> Option<&str> {
        self.0.split_once('-').map(|(_, r)| r)
    }
}

impl FromStr for Locale {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DomainError::BadLocale(s.to_string());
        let mut parts = s.trim().split(['-', '_']);
        let lang = parts.next().ok_or_else(bad)?;
        if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(bad());
        }
        let mut tag = lang.to_ascii_lowercase();
        if let Some(region) = parts.next() {
            let ok = (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
                || (region.len() == 3 && region.chars().all(|c| c.is_ascii_digit()));
            if !ok {
                return Err(bad());
            }
            tag.push('-');
            tag.push_str(&region.to_ascii_uppercase());
        }
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(Locale(tag))
    }
}

impl TryFrom<String> for Locale {
    type Error = DomainError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<Locale> for String {
    fn from(value: Locale) -> Self {
        value.0
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised_to_lowercase_language_and_uppercase_region() {
        assert_eq!("FR-ch".parse::<Locale>().unwrap().as_str(), "fr-CH");
        assert_eq!("de_CH".parse::<Locale>().unwrap().as_str(), "de-CH");
        assert_eq!("en".parse::<Locale>().unwrap().as_str(), "en");
        assert_eq!("es-419".parse::<Locale>().unwrap().as_str(), "es-419");
    }

    #[test]
    fn language_and_region_are_split() {
        let l: Locale = "fr-CH".parse().unwrap();
        assert_eq!((l.language(), l.region()), ("fr", Some("CH")));
        let en: Locale = "en".parse().unwrap();
        assert_eq!((en.language(), en.region()), ("en", None));
    }

    #[test]
    fn malformed_tags_are_refused() {
        for bad in ["", "f", "french", "fr-", "fr-CHE", "fr-CH-x", "1r", "fr CH"] {
            assert!(bad.parse::<Locale>().is_err(), "{bad:?} was accepted");
        }
    }
}
