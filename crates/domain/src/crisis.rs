//! Crises: a named stretch of time during which some communities run under
//! crisis terms (a longer first-response promise) and every new case is
//! stamped with the crisis, so that reports can tell crisis days apart.
//!
//! A crisis covers communities by scope: all of them, one brand, one
//! language, or one community. Which communities a scope covers is decided
//! here, from the communities themselves, so that every front and backend
//! agrees.

use crate::ids::CommunityId;
use crate::sla::SlaPolicy;
use crate::workspace::Community;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// A crisis's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(transparent)]
pub struct CrisisId(pub i64);

impl fmt::Display for CrisisId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Which communities a crisis covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum CrisisScope {
    /// Every community of the workspace.
    All,
    /// Every community of the brand (its slug).
    Brand(String),
    /// Every community in the language (ISO 639-1, `fr`).
    Language(String),
    /// One community (its handle, `lakeline/fr-CH`).
    Community(String),
}

impl CrisisScope {
    /// Reads `all`, `brand:<slug>`, `language:<code>` or
    /// `community:<handle>`; None for anything else. Values are taken as
    /// written, lower-cased except a community's region.
    pub fn parse(s: &str) -> Option<CrisisScope> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("all") {
            return Some(CrisisScope::All);
        }
        let (kind, value) = s.split_once(':')?;
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        Some(match kind.trim().to_ascii_lowercase().as_str() {
            "brand" => CrisisScope::Brand(value.to_ascii_lowercase()),
            "language" => CrisisScope::Language(value.to_ascii_lowercase()),
            "community" => CrisisScope::Community(value.to_string()),
            _ => return None,
        })
    }

    /// The kind as stored (`all`, `brand`, `language`, `community`).
    pub fn kind(&self) -> &'static str {
        match self {
            CrisisScope::All => "all",
            CrisisScope::Brand(_) => "brand",
            CrisisScope::Language(_) => "language",
            CrisisScope::Community(_) => "community",
        }
    }

    /// The value as stored (empty for `all`).
    pub fn value(&self) -> &str {
        match self {
            CrisisScope::All => "",
            CrisisScope::Brand(v) | CrisisScope::Language(v) | CrisisScope::Community(v) => v,
        }
    }

    /// The scope from its stored kind and value.
    pub fn from_parts(kind: &str, value: &str) -> Option<CrisisScope> {
        Some(match kind {
            "all" => CrisisScope::All,
            "brand" => CrisisScope::Brand(value.to_string()),
            "language" => CrisisScope::Language(value.to_string()),
            "community" => CrisisScope::Community(value.to_string()),
            _ => return None,
        })
    }

    /// Whether the community is in this scope.
    pub fn covers(&self, c: &Community) -> bool {
        match self {
            CrisisScope::All => true,
            CrisisScope::Brand(slug) => c.brand_slug.eq_ignore_ascii_case(slug),
            CrisisScope::Language(lang) => c.locale.language().eq_ignore_ascii_case(lang),
            CrisisScope::Community(handle) => c.handle.eq_ignore_ascii_case(handle),
        }
    }

    /// The communities of `all` in this scope, in the order given.
    pub fn communities<'c>(&self, all: &'c [Community]) -> Vec<&'c Community> {
        all.iter().filter(|c| self.covers(c)).collect()
    }
}

impl fmt::Display for CrisisScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CrisisScope::All => write!(f, "all"),
            other => write!(f, "{}:{}", other.kind(), other.value()),
        }
    }
}

/// The promise made to fans while a crisis lasts, in business minutes of
/// each community's own calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CrisisTerms {
    pub first_response_minutes: i64,
    pub resolution_minutes: i64,
}

impl CrisisTerms {
    /// Four hours to a first response, three days to resolve.
    pub const DEFAULT: CrisisTerms = CrisisTerms {
        first_response_minutes: 240,
        resolution_minutes: 3 * 24 * 60,
    };

    /// The community's policy with the crisis targets: same business
    /// hours, holidays and time zone.
    pub fn apply(&self, normal: &SlaPolicy) -> SlaPolicy {
        SlaPolicy {
            first_response_minutes: self.first_response_minutes,
            resolution_minutes: self.resolution_minutes,
            ..normal.clone()
        }
    }
}

/// A declared crisis, running (`ended_at` None) or ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Crisis {
    pub id: CrisisId,
    /// What people call it: "Snow at Zurich".
    pub name: String,
    pub scope: CrisisScope,
    /// The playbook it was declared from, if any.
    pub playbook: Option<String>,
    pub terms: CrisisTerms,
    pub declared_at: DateTime<Utc>,
    /// Initials of who declared it.
    pub declared_by: String,
    pub ended_at: Option<DateTime<Utc>>,
    pub ended_by: Option<String>,
}

impl Crisis {
    pub fn is_running(&self) -> bool {
        self.ended_at.is_none()
    }

    /// The id of the template that holds this crisis's holding statement.
    pub fn statement_template(&self) -> String {
        statement_template(self.id)
    }
}

/// The template id of crisis `id`'s holding statement.
pub fn statement_template(id: CrisisId) -> String {
    format!("crisis-{}-statement", id.0)
}

impl Crisis {
    /// Whether it was running at `at`: declared at or before, not ended
    /// by then.
    pub fn running_at(&self, at: DateTime<Utc>) -> bool {
        self.declared_at <= at && self.ended_at.is_none_or(|end| end > at)
    }
}

/// The crisis that covered `community` at `at`, if any (the most recently
/// declared when several did).
pub fn running_at<'c>(
    crises: &'c [Crisis],
    community: &Community,
    at: DateTime<Utc>,
) -> Option<&'c Crisis> {
    crises
        .iter()
        .filter(|c| c.running_at(at) && c.scope.covers(community))
        .max_by_key(|c| (c.declared_at, c.id))
}

/// What the store needs to stamp a new case with a crisis.
#[derive(Debug, Clone, PartialEq)]
pub struct CrisisStamp {
    pub crisis: CrisisId,
    /// The community's policy under the crisis terms.
    pub policy: SlaPolicy,
}

/// The communities of `scope` among `all`, as ids.
pub fn covered_ids(scope: &CrisisScope, all: &[Community]) -> Vec<CommunityId> {
    scope.communities(all).iter().map(|c| c.id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::BrandId;
    use crate::workspace::Platform;

    fn community(id: i64, brand: &str, locale: &str) -> Community {
        let locale: crate::Locale = locale.parse().unwrap();
        Community {
            id: CommunityId(id),
            brand_id: BrandId(1),
            brand_name: brand.into(),
            brand_slug: brand.into(),
            handle: crate::workspace::handle(brand, &locale),
            locale,
            platform: Platform::Facebook,
            page_id: format!("p{id}"),
        }
    }

    fn six() -> Vec<Community> {
        vec![
            community(1, "lakeline", "fr-CH"),
            community(2, "lakeline", "de-CH"),
            community(3, "lakeline", "en"),
            community(4, "summit-air", "fr-CH"),
            community(5, "summit-air", "de-CH"),
            community(6, "summit-air", "en"),
        ]
    }

    #[test]
    fn scopes_are_read_from_their_written_form() {
        assert_eq!(CrisisScope::parse("all"), Some(CrisisScope::All));
        assert_eq!(
            CrisisScope::parse("brand:Lakeline"),
            Some(CrisisScope::Brand("lakeline".into()))
        );
        assert_eq!(
            CrisisScope::parse("language:FR"),
            Some(CrisisScope::Language("fr".into()))
        );
        assert_eq!(
            CrisisScope::parse("community:lakeline/fr-CH"),
            Some(CrisisScope::Community("lakeline/fr-CH".into()))
        );
        for bad in ["", "brand:", "page:x", "lakeline"] {
            assert_eq!(CrisisScope::parse(bad), None, "{bad}");
        }
        let s = CrisisScope::Community("lakeline/fr-CH".into());
        assert_eq!(CrisisScope::parse(&s.to_string()), Some(s));
    }

    #[test]
    fn a_scope_covers_its_brand_language_or_community() {
        let all = six();
        let ids = |s: &str| covered_ids(&CrisisScope::parse(s).unwrap(), &all);
        assert_eq!(ids("all").len(), 6);
        assert_eq!(
            ids("brand:lakeline"),
            vec![CommunityId(1), CommunityId(2), CommunityId(3)]
        );
        assert_eq!(ids("language:fr"), vec![CommunityId(1), CommunityId(4)]);
        assert_eq!(ids("community:summit-air/en"), vec![CommunityId(6)]);
        assert!(ids("brand:peak-jet").is_empty());
    }

    #[test]
    fn the_latest_running_crisis_over_a_community_is_the_one_that_applies() {
        let all = six();
        let at = |h| DateTime::from_timestamp(1_700_000_000 + h * 3600, 0).unwrap();
        let crisis = |id, scope: &str, declared, ended: Option<i64>| Crisis {
            id: CrisisId(id),
            name: format!("c{id}"),
            scope: CrisisScope::parse(scope).unwrap(),
            playbook: None,
            terms: CrisisTerms::DEFAULT,
            declared_at: at(declared),
            declared_by: "MK".into(),
            ended_at: ended.map(at),
            ended_by: ended.map(|_| "MK".into()),
        };
        let crises = vec![
            crisis(1, "all", 0, Some(2)),
            crisis(2, "brand:lakeline", 3, None),
            crisis(3, "language:fr", 4, None),
        ];
        let id = |c: usize| running_at(&crises, &all[c], at(5)).map(|x| x.id.0);
        assert_eq!(id(0), Some(3), "lakeline/fr-CH: the later of two");
        assert_eq!(id(1), Some(2));
        assert_eq!(id(3), Some(3), "summit-air/fr-CH: by its language");
        assert_eq!(id(4), None, "summit-air/de-CH: the crisis over all ended");
        let then = running_at(&crises, &all[4], at(1)).map(|x| x.id.0);
        assert_eq!(
            then,
            Some(1),
            "a message of that time has the crisis of that time"
        );
        let before = running_at(&crises, &all[1], at(2)).map(|x| x.id.0);
        assert_eq!(before, None, "ended at 2, lakeline's declared at 3");
    }

    #[test]
    fn crisis_terms_keep_the_communitys_calendar() {
        let normal = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
        let p = CrisisTerms::DEFAULT.apply(&normal);
        assert_eq!(p.first_response_minutes, 240);
        assert_eq!(p.week, normal.week);
        assert_eq!(p.time_zone, normal.time_zone);
    }
}
