//! What the desk shows of a cluster: its label in the reader's language,
//! its size, the languages and pages it spans, and a few typical cases.
//!
//! The label names what most of the cluster's cases share: what it is
//! about (the main intent of more of its cases than any other, and of at
//! least half of them), then its heaviest
//! concepts (a concept counts as its weight times the cases having it;
//! the next ones worth at least `SECOND_TOPIC` of the first, two at
//! most), then a flight number or an airport that at least half of them
//! name. A cluster without any concept is named by its most shared words,
//! as customers wrote them. An agent's name replaces all of it.

use crate::clusterer::{Clusterer, FeatureId};
use crate::features::Feature;
use crate::lexicon::{Concept, UI_LANGUAGES};
use crate::ClusterId;
use std::collections::BTreeSet;

/// How many typical cases a view shows.
pub const SAMPLES: usize = 3;
/// A second concept is named when worth this share of the first.
pub const SECOND_TOPIC: f64 = 0.6;

/// What a cluster is about, in the order it is named.
#[derive(Debug, Clone, PartialEq)]
pub enum Topic {
    Concept(&'static Concept),
    Flight(String),
    Airport(&'static str),
    /// A word as a customer wrote it (no concept was shared).
    Word(String),
}

/// A cluster as the desk shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterView {
    pub id: ClusterId,
    pub size: usize,
    /// Languages the cases were read in ("de", "fr"), sorted.
    pub languages: Vec<String>,
    /// Locales the cases arrived with ("de-CH", "fr-CH"), sorted.
    pub locales: Vec<String>,
    pub communities: Vec<i64>,
    /// Up to `SAMPLES` case ids, the most typical first.
    pub samples: Vec<i64>,
    /// Every case, by id.
    pub case_ids: Vec<i64>,
    /// The name an agent gave it, if any.
    pub custom_label: Option<String>,
    pub topics: Vec<Topic>,
}

impl ClusterView {
    /// The cluster's name in the UI language `ui_locale` ("fr-CH" → French;
    /// English when the language has no names).
    pub fn label(&self, ui_locale: &str) -> String {
        if let Some(label) = &self.custom_label {
            return label.clone();
        }
        let primary = ui_locale.split(['-', '_']).next().unwrap_or("");
        let lang = UI_LANGUAGES
            .iter()
            .position(|l| l.eq_ignore_ascii_case(primary))
            .unwrap_or(0);
        let parts: Vec<&str> = self
            .topics
            .iter()
            .map(|t| match t {
                Topic::Concept(c) => c.names.get(lang).copied().unwrap_or(c.key),
                Topic::Flight(f) => f.as_str(),
                Topic::Airport(a) => a,
                Topic::Word(w) => w.as_str(),
            })
            .collect();
        if parts.is_empty() {
            ["Other", "Autres", "Sonstiges", "Altro"][lang].to_string()
        } else {
            parts.join(" · ")
        }
    }
}

impl Clusterer {
    /// Every cluster, largest first (then oldest first).
    pub fn clusters(&self) -> Vec<ClusterView> {
        self.clusters_of_at_least(1)
    }

    /// The clusters of at least `min_size` cases, largest first.
    pub fn clusters_of_at_least(&self, min_size: usize) -> Vec<ClusterView> {
        let mut views: Vec<ClusterView> = self
            .clusters
            .iter()
            .filter(|(_, c)| c.members.len() >= min_size.max(1))
            .filter_map(|(id, _)| self.cluster(*id))
            .collect();
        views.sort_by(|a, b| b.size.cmp(&a.size).then(a.id.cmp(&b.id)));
        views
    }

    /// One cluster.
    pub fn cluster(&self, id: ClusterId) -> Option<ClusterView> {
        let cluster = self.clusters.get(&id)?;
        let mut languages = BTreeSet::new();
        let mut locales = BTreeSet::new();
        let mut communities = BTreeSet::new();
        let mut typical: Vec<(f64, i64)> = Vec::with_capacity(cluster.members.len());
        for case_id in &cluster.members {
            let Some(case) = self.cases.get(case_id) else {
                continue;
            };
            languages.insert(case.lang.code().to_string());
            locales.insert(case.locale.clone());
            communities.insert(case.community);
            typical.push((self.likeness(&case.vector, id), *case_id));
        }
        typical.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Some(ClusterView {
            id,
            size: cluster.members.len(),
            languages: languages.into_iter().collect(),
            locales: locales.into_iter().collect(),
            communities: communities.into_iter().collect(),
            samples: typical.iter().take(SAMPLES).map(|(_, id)| *id).collect(),
            case_ids: cluster.members.iter().copied().collect(),
            custom_label: cluster.label.clone(),
            topics: self.topics(id),
        })
    }

    fn topics(&self, id: ClusterId) -> Vec<Topic> {
        let Some(cluster) = self.clusters.get(&id) else {
            return Vec::new();
        };
        let size = cluster.members.len() as f64;
        let count = |f: FeatureId| self.posting(f, id).map_or(0, |p| p.count);
        // Heaviest first; ties to the feature seen first in the workspace.
        let mut concepts: Vec<(f64, FeatureId, &'static Concept)> = cluster
            .features
            .iter()
            .filter_map(|f| {
                let c = self.concept_of(*f)?;
                Some((c.weight * f64::from(count(*f)), *f, c))
            })
            .collect();
        concepts.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // What the cluster is about is named first, however many of its
        // cases also name something heavier.
        if let Some(at) = self
            .main_of(id)
            .and_then(|main| concepts.iter().position(|c| c.1 == main))
        {
            let main = concepts.remove(at);
            concepts.insert(0, main);
        }
        let first = concepts.first().map_or(0.0, |c| c.0);
        let mut topics: Vec<Topic> = concepts
            .iter()
            .take(2)
            .filter(|c| c.0 >= SECOND_TOPIC * first)
            .map(|c| Topic::Concept(c.2))
            .collect();
        let mut flight: Option<(u32, FeatureId, Topic)> = None;
        let mut airport: Option<(u32, FeatureId, Topic)> = None;
        let mut words: Vec<(u32, FeatureId, String)> = Vec::new();
        for f in &cluster.features {
            let n = count(*f);
            if f64::from(n) < size / 2.0 {
                continue;
            }
            let better =
                |slot: &Option<(u32, FeatureId, Topic)>| slot.as_ref().is_none_or(|s| n > s.0);
            match self.feature_list.get(*f as usize) {
                Some((Feature::Flight(name), _)) if better(&flight) => {
                    flight = Some((n, *f, Topic::Flight(name.clone())));
                }
                Some((Feature::Airport(code), _)) if better(&airport) => {
                    airport = Some((n, *f, Topic::Airport(code)));
                }
                Some((Feature::Word(_, stem), spelling)) => {
                    words.push((n, *f, spelling.clone().unwrap_or_else(|| stem.clone())));
                }
                _ => {}
            }
        }
        if topics.is_empty() {
            words.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            topics.extend(words.into_iter().take(3).map(|w| Topic::Word(w.2)));
        }
        topics.extend(flight.map(|f| f.2));
        if topics.len() < 4 {
            topics.extend(airport.map(|a| a.2));
        }
        topics
    }
}
