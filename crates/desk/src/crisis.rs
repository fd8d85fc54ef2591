//! Declaring and ending a crisis, and what a running crisis changes: the
//! terms of new cases over its communities, and the crisis stamped on them
//! (docs/decisions/023-crises-playbooks-statements.md).

use crate::{Desk, DeskError, DeskResult};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;
use switchboard_domain::crisis::{covered_ids, running_at};
use switchboard_domain::{
    Agent, Case, Community, CommunityId, Crisis, CrisisId, CrisisScope, CrisisStamp, CrisisTerms,
    SlaPolicy,
};
use switchboard_store::templates::{TemplateMeta, VariantWrite};
use switchboard_store::{NewCrisis, STATEMENT_TOPIC};
use thiserror::Error;
use ts_rs::TS;

#[derive(Debug, Error)]
pub enum CrisisError {
    #[error("`{0}` is not a scope: all, brand:<brand>, language:<code> or community:<handle>")]
    BadScope(String),
    #[error("{0} covers no community of this workspace")]
    EmptyScope(String),
    #[error("{community} is already in crisis {crisis} ({name}); end it first")]
    Overlap {
        community: String,
        crisis: i64,
        name: String,
    },
    #[error("a crisis needs a name")]
    NoName,
    #[error("no playbook `{0}`")]
    UnknownPlaybook(String),
    #[error("crisis {0} has ended")]
    Ended(i64),
    #[error("`{0}` is not a duration such as 90m, 4h or 3d")]
    BadDuration(String),
    #[error("{file}, line {line}: {id} ({what}); {count} problem(s), nothing was imported")]
    PlaybookFile {
        file: String,
        line: usize,
        id: String,
        /// `syntax`, `bad-id`, `no-name`, `bad-minutes`, `duplicate`,
        /// `too-large`, `not-a-statement`.
        what: &'static str,
        count: usize,
    },
}

impl CrisisError {
    pub fn samples() -> Vec<CrisisError> {
        vec![
            CrisisError::BadScope("region:alps".into()),
            CrisisError::EmptyScope("brand:peak-jet".into()),
            CrisisError::Overlap {
                community: "lakeline/fr-CH".into(),
                crisis: 3,
                name: "Snow at Zurich".into(),
            },
            CrisisError::NoName,
            CrisisError::UnknownPlaybook("volcano".into()),
            CrisisError::Ended(3),
            CrisisError::BadDuration("soon".into()),
            CrisisError::PlaybookFile {
                file: "out/playbooks.ftl".into(),
                line: 3,
                id: "volcano".into(),
                what: "bad-minutes",
                count: 1,
            },
        ]
    }

    pub fn code(&self) -> &'static str {
        match self {
            CrisisError::BadScope(_) => "crisis-bad-scope",
            CrisisError::EmptyScope(_) => "crisis-empty-scope",
            CrisisError::Overlap { .. } => "crisis-overlap",
            CrisisError::NoName => "crisis-no-name",
            CrisisError::UnknownPlaybook(_) => "crisis-unknown-playbook",
            CrisisError::Ended(_) => "crisis-ended",
            CrisisError::BadDuration(_) => "crisis-bad-duration",
            CrisisError::PlaybookFile { .. } => "crisis-playbook-file",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            CrisisError::BadScope(v)
            | CrisisError::EmptyScope(v)
            | CrisisError::UnknownPlaybook(v)
            | CrisisError::BadDuration(v) => vec![("value", v.clone())],
            CrisisError::Overlap {
                community,
                crisis,
                name,
            } => vec![
                ("community", community.clone()),
                ("crisis", crisis.to_string()),
                ("name", name.clone()),
            ],
            CrisisError::NoName => vec![],
            CrisisError::Ended(id) => vec![("crisis", id.to_string())],
            CrisisError::PlaybookFile {
                file,
                line,
                id,
                what,
                count,
            } => vec![
                ("file", file.clone()),
                ("line", line.to_string()),
                ("id", id.clone()),
                ("what", what.to_string()),
                ("count", count.to_string()),
            ],
        }
    }
}

/// Reads `90m`, `4h`, `3d` or a number of minutes.
pub fn parse_minutes(s: &str) -> Result<i64, CrisisError> {
    let t = s.trim();
    let bad = || CrisisError::BadDuration(s.to_string());
    let (n, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => (&t[..i], &t[i..]),
        None => (t, "m"),
    };
    let n: i64 = n.parse().map_err(|_| bad())?;
    let minutes = match unit.trim() {
        "m" | "min" => n,
        "h" => n * 60,
        "d" => n * 24 * 60,
        _ => return Err(bad()),
    };
    if minutes <= 0 || minutes > 60 * 24 * 60 {
        return Err(bad());
    }
    Ok(minutes)
}

/// What to declare.
#[derive(Debug, Clone)]
pub struct Declaration {
    pub name: String,
    /// `all`, `brand:<brand>`, `language:<code>`, `community:<handle>`.
    pub scope: String,
    /// The playbook's id: its terms and its statement as a start.
    pub playbook: Option<String>,
    /// Overrides the playbook's (or the default) terms.
    pub first_response_minutes: Option<i64>,
    pub resolution_minutes: Option<i64>,
}

/// A crisis with the communities it covers, as fronts show it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CrisisView {
    #[serde(flatten)]
    pub crisis: Crisis,
    /// Handles of the communities in its scope.
    pub communities: Vec<String>,
    /// Cases stamped with it.
    pub cases: i64,
}

/// Which crisis (if any) stamps a message of a community at a time: read
/// once per batch of messages.
pub(crate) struct CrisisLookup {
    crises: Vec<Crisis>,
    communities: HashMap<CommunityId, Community>,
}

impl CrisisLookup {
    pub(crate) fn stamp(
        &self,
        community: CommunityId,
        at: DateTime<Utc>,
        normal: &SlaPolicy,
    ) -> Option<CrisisStamp> {
        let c = self.communities.get(&community)?;
        running_at(&self.crises, c, at).map(|crisis| CrisisStamp {
            crisis: crisis.id,
            policy: crisis.terms.apply(normal),
        })
    }
}

impl Desk {
    /// Declares a crisis as `by`. Its statement starts as a copy of the
    /// playbook's (every brand × locale variant), to edit before
    /// publishing.
    pub async fn declare_crisis(&self, d: &Declaration, by: &Agent) -> DeskResult<Crisis> {
        let name = d.name.trim();
        if name.is_empty() {
            return Err(CrisisError::NoName.into());
        }
        let scope =
            CrisisScope::parse(&d.scope).ok_or_else(|| CrisisError::BadScope(d.scope.clone()))?;
        let store = self.store();
        let communities = store.communities().await?;
        let covered = scope.communities(&communities);
        if covered.is_empty() {
            return Err(CrisisError::EmptyScope(scope.to_string()).into());
        }
        let running = store.crises().await?;
        for c in &covered {
            if let Some(other) = running.iter().find(|x| x.is_running() && x.scope.covers(c)) {
                return Err(CrisisError::Overlap {
                    community: c.handle.clone(),
                    crisis: other.id.0,
                    name: other.name.clone(),
                }
                .into());
            }
        }
        let playbook = match &d.playbook {
            Some(id) => Some(
                store
                    .playbooks()
                    .await?
                    .into_iter()
                    .find(|p| p.id.eq_ignore_ascii_case(id.trim()))
                    .ok_or_else(|| CrisisError::UnknownPlaybook(id.clone()))?,
            ),
            None => None,
        };
        let base = playbook.as_ref().map_or(CrisisTerms::DEFAULT, |p| p.terms);
        let terms = CrisisTerms {
            first_response_minutes: d
                .first_response_minutes
                .unwrap_or(base.first_response_minutes),
            resolution_minutes: d.resolution_minutes.unwrap_or(base.resolution_minutes),
        };
        let crisis = store
            .declare_crisis(&NewCrisis {
                name: name.to_string(),
                scope,
                playbook: playbook.as_ref().map(|p| p.id.clone()),
                terms,
                declared_at: self.now(),
                declared_by: by.initials.clone(),
            })
            .await?;
        self.copy_statement(playbook.as_ref(), &crisis).await?;
        self.emit(crate::Change::Workspace);
        Ok(crisis)
    }

    /// The crisis's statement template, with the playbook's variants.
    async fn copy_statement(
        &self,
        playbook: Option<&switchboard_store::Playbook>,
        crisis: &Crisis,
    ) -> DeskResult<()> {
        let store = self.store();
        let templates = store.templates().await?;
        let source =
            playbook.and_then(|p| templates.iter().find(|t| t.id == p.statement_template()));
        store
            .save_template(&TemplateMeta {
                id: crisis.statement_template(),
                topic: STATEMENT_TOPIC.to_string(),
                reference_locale: source.map_or_else(
                    || crate::templates::DEFAULT_LOCALE.to_string(),
                    |t| t.reference_locale.clone(),
                ),
            })
            .await?;
        let Some(source) = source else {
            return Ok(());
        };
        let brands = store.brands().await?;
        // The reference first: writing it marks every other variant
        // outdated, which the copies are not.
        let mut variants: Vec<_> = source.variants.iter().collect();
        variants.sort_by_key(|v| !(v.brand.is_none() && v.locale == source.reference_locale));
        for v in variants {
            let brand = match &v.brand {
                Some(slug) => match brands.iter().find(|b| &b.slug == slug) {
                    Some(b) => Some(b.id),
                    None => continue,
                },
                None => None,
            };
            store
                .save_variant(&VariantWrite {
                    template_id: crisis.statement_template(),
                    brand,
                    locale: v.locale.clone(),
                    source: v.source.clone(),
                    tags: v.tags.clone(),
                    at: self.now(),
                })
                .await?;
        }
        Ok(())
    }

    /// Ends a running crisis: new cases get the normal terms again, and
    /// the crisis's cases too from their next change.
    pub async fn end_crisis(&self, id: CrisisId, by: &Agent) -> DeskResult<Crisis> {
        let store = self.store();
        let crisis = self.crisis(id).await?;
        if !crisis.is_running() {
            return Err(CrisisError::Ended(id.0).into());
        }
        let ended = store.end_crisis(id, &by.initials, self.now()).await?;
        self.emit(crate::Change::Workspace);
        Ok(ended)
    }

    pub async fn crisis(&self, id: CrisisId) -> DeskResult<Crisis> {
        self.store()
            .crises()
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| DeskError::Store(switchboard_store::StoreError::not_found("crisis", id)))
    }

    /// Every crisis, the latest declared first, with its communities and
    /// how many cases it stamped.
    pub async fn crises(&self) -> DeskResult<Vec<CrisisView>> {
        let store = self.store();
        let communities = store.communities().await?;
        let counts = store.crisis_case_counts().await?;
        Ok(store
            .crises()
            .await?
            .into_iter()
            .map(|crisis| CrisisView {
                communities: covered_ids(&crisis.scope, &communities)
                    .into_iter()
                    .filter_map(|id| communities.iter().find(|c| c.id == id))
                    .map(|c| c.handle.clone())
                    .collect(),
                cases: counts
                    .iter()
                    .find(|(c, _)| *c == crisis.id)
                    .map_or(0, |(_, n)| *n),
                crisis,
            })
            .collect())
    }

    /// The running crises, for the window's banner.
    pub async fn running_crises(&self) -> DeskResult<Vec<CrisisView>> {
        Ok(self
            .crises()
            .await?
            .into_iter()
            .filter(|c| c.crisis.is_running())
            .collect())
    }

    /// Read for every inbound message: a workspace that never declared a
    /// crisis pays one small query, not two.
    pub(crate) async fn crisis_lookup(&self) -> DeskResult<CrisisLookup> {
        let store = self.store();
        let crises = store.crises().await?;
        let communities = if crises.is_empty() {
            HashMap::new()
        } else {
            store
                .communities()
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect()
        };
        Ok(CrisisLookup {
            crises,
            communities,
        })
    }

    /// The policy `case` runs under: its crisis's terms while that crisis
    /// runs, else its community's.
    pub async fn case_policy(&self, case: &Case) -> DeskResult<SlaPolicy> {
        let normal = self.store().sla_policy(case.community_id).await?;
        let Some(id) = case.crisis_id else {
            return Ok(normal);
        };
        Ok(match self.crisis(id).await {
            Ok(c) if c.is_running() => c.terms.apply(&normal),
            _ => normal,
        })
    }
}
