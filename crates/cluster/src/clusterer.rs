//! The open cases and their clusters, kept current one message at a time.
//!
//! A cluster is the sum of its cases' vectors (`features.rs`). What a case
//! mainly asks (its main intent) is the reason the model reads where the
//! lexicon reads a request (`reasons.rs`), else the lexicon's own reading.
//! A new case joins the cluster it is most like (the cosine between its
//! vector and the cluster's sum) among those about what it mainly asks:
//! its main intent is the main intent of more of the cluster's cases than
//! any other, and of at least `Settings::main_share` of them (a case with
//! no intent only joins a cluster that is about one). A case the model
//! read joins however little alike; any other case needs a likeness of
//! `Settings::join_at`. Otherwise it starts a cluster of its own. Only clusters sharing a
//! feature with the case are looked at, through an index from feature to
//! clusters, so an arrival costs what its features' clusters cost, not
//! what all open cases cost.
//!
//! A cluster keeps its id while cases come and go; ids are never reused.

use crate::features::{describe, Feature};
use crate::lexicon::{lexicon, ConceptId, CONCEPTS};
use crate::reasons::ReasonModel;
use crate::text::Lang;
use crate::{CaseKey, ClusterId};
use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::BuildHasherDefault;
use std::sync::Arc;

/// A map whose iteration order depends only on what was put in it, so two
/// runs over the same messages give the same clusters.
pub(crate) type Map<K, V> = HashMap<K, V, BuildHasherDefault<DefaultHasher>>;

/// How strict joining a cluster is. The defaults are the ones chosen in
/// docs/decisions/027-clustering.md; a workspace may set its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Likeness (cosine) a case the reason model did not read needs to
    /// join a cluster (a case it read joins the cluster about its reason).
    pub join_at: f64,
    /// Share of a cluster's cases that must have the joining case's main
    /// concept (or, for a case without one, some intent).
    pub main_share: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            join_at: 0.5,
            main_share: 0.5,
        }
    }
}

/// A case's text is read up to this many characters (later additions
/// beyond it are kept out): enough for any question, bounded work.
pub const MAX_TEXT: usize = 8_000;

/// The weight the concept of the reason a case was read as (`reasons`)
/// gets in its vector before the vector is scaled to length 1 again (the
/// rest of it has length 1, less what that concept had): cases read as the
/// same reason are alike whatever else they name.
pub const REASON_WEIGHT: f64 = 1.0;

pub(crate) type FeatureId = u32;

#[derive(Debug)]
pub(crate) struct Case {
    pub community: i64,
    pub locale: String,
    pub lang: Lang,
    pub text: String,
    /// Sorted by feature id; length 1 or empty.
    pub vector: Vec<(FeatureId, f64)>,
    /// Its main intent (`Clusterer::read_case`), read once per text.
    pub main: Option<FeatureId>,
    pub cluster: ClusterId,
    /// Put where it is by an agent (moved out, split off, merged): more
    /// text does not move it.
    pub placed: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Cluster {
    pub members: BTreeSet<i64>,
    /// Features with at least one member having them.
    pub features: BTreeSet<FeatureId>,
    /// Squared length of the sum of the members' vectors.
    pub norm2: f64,
    /// How many members have each intent as their main concept.
    pub mains: BTreeMap<FeatureId, u32>,
    pub label: Option<String>,
}

/// How much of a feature a cluster's members have.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Posting {
    pub sum: f64,
    pub count: u32,
}

/// The open cases of a workspace, clustered. See the crate's docs.
#[derive(Debug)]
pub struct Clusterer {
    pub(crate) cases: Map<i64, Case>,
    pub(crate) clusters: BTreeMap<ClusterId, Cluster>,
    /// Feature → the clusters having it.
    pub(crate) postings: Vec<Map<ClusterId, Posting>>,
    pub(crate) feature_ids: Map<Feature, FeatureId>,
    /// Feature id → the feature and, for a word, how it was first written.
    pub(crate) feature_list: Vec<(Feature, Option<String>)>,
    next_id: u64,
    settings: Settings,
    /// Reads what a case is about; without one, the lexicon's rules do.
    model: Option<Arc<ReasonModel>>,
}

/// The same as `Clusterer::new`: the default settings and the desk's
/// reason model.
impl Default for Clusterer {
    fn default() -> Clusterer {
        Clusterer::new()
    }
}

impl Clusterer {
    /// A clusterer with the default settings and the desk's reason model.
    pub fn new() -> Clusterer {
        Clusterer::with_settings(Settings::default())
    }

    pub fn with_settings(settings: Settings) -> Clusterer {
        Clusterer::with_model(settings, Some(ReasonModel::shipped()))
    }

    /// A clusterer reading cases with `model` (None: the lexicon's rules
    /// alone).
    pub fn with_model(settings: Settings, model: Option<Arc<ReasonModel>>) -> Clusterer {
        Clusterer {
            cases: Map::default(),
            clusters: BTreeMap::new(),
            postings: Vec::new(),
            feature_ids: Map::default(),
            feature_list: Vec::new(),
            next_id: 0,
            settings,
            model,
        }
    }

    /// Number of open cases.
    pub fn len(&self) -> usize {
        self.cases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cases.is_empty()
    }

    /// The cluster a case is in.
    pub fn cluster_of(&self, case_id: i64) -> Option<ClusterId> {
        self.cases.get(&case_id).map(|c| c.cluster)
    }

    /// What a case mainly asks about, as the clusterer read it: its main
    /// intent's key ("cancel", "refund"), or None when it names no intent.
    pub fn main_intent(&self, case_id: i64) -> Option<&'static str> {
        let case = self.cases.get(&case_id)?;
        let feature = case.main?;
        self.concept_of(feature).map(|c| c.key)
    }

    /// A case's message arrived: a new case is placed in a cluster; a case
    /// already open gets `text` added to what it said and may move to
    /// another cluster (unless an agent placed it). `locale` is the
    /// message's language as known (detected, else the page's); the text
    /// is read in another language only when its words say so clearly.
    pub fn add(&mut self, case: CaseKey, locale: &str, text: &str) -> ClusterId {
        let (mut full, placed, previous) = match self.cases.remove(&case.id) {
            Some(old) => {
                self.detach(case.id, &old.vector, old.main, old.cluster);
                (old.text, old.placed, Some(old.cluster))
            }
            None => (String::new(), false, None),
        };
        if full.len() < MAX_TEXT {
            if !full.is_empty() {
                full.push('\n');
            }
            let room = MAX_TEXT - full.len();
            let cut = (0..=room.min(text.len()))
                .rev()
                .find(|i| text.is_char_boundary(*i))
                .unwrap_or(0);
            full.push_str(&text[..cut]);
        }
        let lang = lexicon().language(&full, Lang::from_locale(locale));
        let (vector, main, read) = self.read_case(&full, lang);
        let cluster = match previous {
            Some(id) if placed => id,
            _ => match self.best_cluster(&vector, main, read) {
                Some(id) => id,
                // A case that was alone keeps its cluster (and its id).
                None => match previous
                    .filter(|id| self.clusters.get(id).is_some_and(|c| c.members.is_empty()))
                {
                    Some(id) => id,
                    None => self.new_cluster(),
                },
            },
        };
        self.attach(case.id, &vector, main, cluster);
        if let Some(old) = previous.filter(|old| *old != cluster) {
            self.drop_if_empty(old);
        }
        self.cases.insert(
            case.id,
            Case {
                community: case.community,
                locale: locale.to_string(),
                lang,
                text: full,
                vector,
                main,
                cluster,
                placed,
            },
        );
        cluster
    }

    /// The case was resolved or closed. False if it was not open.
    pub fn remove(&mut self, case_id: i64) -> bool {
        let Some(case) = self.cases.remove(&case_id) else {
            return false;
        };
        self.detach(case_id, &case.vector, case.main, case.cluster);
        self.drop_if_empty(case.cluster);
        true
    }

    /// A case's vector, its main intent, and whether the model read it:
    /// where the lexicon names a request, the reason the model reads
    /// (given the intents the lexicon named), weighted in; else the
    /// lexicon's `main_concept`.
    fn read_case(
        &mut self,
        text: &str,
        lang: Lang,
    ) -> (Vec<(FeatureId, f64)>, Option<FeatureId>, bool) {
        let mut vector = self.vectorize(text, lang);
        let main = self.main_concept(&vector);
        let named: Vec<ConceptId> = vector
            .iter()
            .filter_map(|(f, _)| match self.feature_list.get(*f as usize) {
                Some((Feature::Concept(id), _))
                    if CONCEPTS
                        .get(usize::from(*id))
                        .is_some_and(|c| c.is_intent()) =>
                {
                    Some(*id)
                }
                _ => None,
            })
            .collect();
        let reading = main
            .and(self.model.as_ref())
            .and_then(|m| m.read(text, lang, &named));
        let Some(reading) = reading else {
            return (vector, main, false);
        };
        let feature = self.intern(Feature::Concept(reading.concept), None);
        match vector.binary_search_by_key(&feature, |(f, _)| *f) {
            Ok(i) => vector[i].1 = vector[i].1.max(REASON_WEIGHT),
            Err(i) => vector.insert(i, (feature, REASON_WEIGHT)),
        }
        let norm = vector.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        for (_, w) in &mut vector {
            *w /= norm;
        }
        (vector, Some(feature), true)
    }

    fn vectorize(&mut self, text: &str, lang: Lang) -> Vec<(FeatureId, f64)> {
        let described = describe(text, lang);
        let mut spellings: Map<Feature, String> = described.spellings.into_iter().collect();
        let mut vector: Vec<(FeatureId, f64)> = described
            .features
            .into_iter()
            .map(|(feature, w)| {
                let spelling = spellings.remove(&feature);
                (self.intern(feature, spelling), w)
            })
            .collect();
        vector.sort_by_key(|(f, _)| *f);
        vector.dedup_by_key(|(f, _)| *f);
        vector
    }

    fn intern(&mut self, feature: Feature, spelling: Option<String>) -> FeatureId {
        if let Some(id) = self.feature_ids.get(&feature) {
            return *id;
        }
        let id = FeatureId::try_from(self.feature_list.len()).unwrap_or(FeatureId::MAX);
        self.feature_ids.insert(feature.clone(), id);
        self.feature_list.push((feature, spelling));
        self.postings.push(Map::default());
        id
    }

    pub(crate) fn new_cluster(&mut self) -> ClusterId {
        self.next_id += 1;
        let id = ClusterId(self.next_id);
        self.clusters.insert(id, Cluster::default());
        id
    }

    /// The concept a vector is mainly about: its heaviest intent (the
    /// first in the lexicon on a tie), a secondary one only when there is
    /// no other (`SECONDARY_INTENTS`). None for a case that only sets the
    /// scene ("my bag", "my booking") or names no concept at all.
    fn main_concept(&self, vector: &[(FeatureId, f64)]) -> Option<FeatureId> {
        let mut best: Option<(bool, FeatureId, ConceptId, f64)> = None;
        for (f, w) in vector {
            let Some((Feature::Concept(id), _)) = self.feature_list.get(*f as usize) else {
                continue;
            };
            let Some(concept) = CONCEPTS.get(usize::from(*id)).filter(|c| c.is_intent()) else {
                continue;
            };
            let primary = !concept.is_secondary();
            let better = match best {
                None => true,
                Some((bp, _, bid, bw)) => {
                    (primary, *w) > (bp, bw) || (primary == bp && *w == bw && *id < bid)
                }
            };
            if better {
                best = Some((primary, *f, *id, *w));
            }
        }
        best.map(|(_, f, _, _)| f)
    }

    /// Whether `feature` is what a cluster is mainly about: it is the main
    /// concept of at least `main_share` of its cases, and no intent is the
    /// main concept of more of them. (A case asking to be rebooked because
    /// its flight was cancelled counts for the cancellation, not the
    /// rebooking it also names.)
    fn is_about(&self, feature: FeatureId, id: ClusterId, size: usize) -> bool {
        let Some(cluster) = self.clusters.get(&id) else {
            return false;
        };
        let having = cluster.mains.get(&feature).copied().unwrap_or(0);
        f64::from(having) >= self.settings.main_share * size as f64
            && cluster.mains.values().all(|n| *n <= having)
    }

    /// The intent a cluster is mainly about, if any (`is_about`).
    pub(crate) fn main_of(&self, id: ClusterId) -> Option<FeatureId> {
        let cluster = self.clusters.get(&id)?;
        let size = cluster.members.len();
        let (feature, _) = cluster
            .mains
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
        self.is_about(*feature, id, size).then_some(*feature)
    }

    /// Whether a cluster is mainly about some intent.
    fn has_intent(&self, id: ClusterId, size: usize) -> bool {
        self.clusters
            .get(&id)
            .is_some_and(|c| c.mains.keys().any(|f| self.is_about(*f, id, size)))
    }

    /// The cluster a vector should join, if any is close enough and about
    /// the same thing: a case joins a cluster mainly about its own main
    /// concept; a case without one only a cluster mainly about something.
    /// A case whose reason the model `read` is close enough to any cluster
    /// about that reason (the one it is most like): the reason is the
    /// question it asks, and a second cluster of the same question would
    /// only gather the cases the model misread.
    fn best_cluster(
        &self,
        vector: &[(FeatureId, f64)],
        main: Option<FeatureId>,
        read: bool,
    ) -> Option<ClusterId> {
        let join_at = if read {
            f64::MIN_POSITIVE
        } else {
            self.settings.join_at
        };
        let mut dots: Map<ClusterId, f64> = Map::default();
        for (f, w) in vector {
            let Some(postings) = self.postings.get(*f as usize) else {
                continue;
            };
            for (cluster, posting) in postings {
                *dots.entry(*cluster).or_default() += w * posting.sum;
            }
        }
        let mut best: Option<(ClusterId, f64)> = None;
        for (id, dot) in dots {
            let Some(cluster) = self.clusters.get(&id) else {
                continue;
            };
            let score = dot / cluster.norm2.sqrt().max(f64::MIN_POSITIVE);
            if score < join_at
                || best.is_some_and(|(bid, bs)| score < bs || (score == bs && id > bid))
            {
                continue;
            }
            let size = cluster.members.len();
            let about_the_same = match main {
                Some(main) => self.is_about(main, id, size),
                None => self.has_intent(id, size),
            };
            if about_the_same {
                best = Some((id, score));
            }
        }
        best.map(|(id, _)| id)
    }

    pub(crate) fn posting(&self, feature: FeatureId, cluster: ClusterId) -> Option<&Posting> {
        self.postings.get(feature as usize)?.get(&cluster)
    }

    /// Likeness of a vector to a cluster (cosine with the cluster's sum).
    pub(crate) fn likeness(&self, vector: &[(FeatureId, f64)], cluster: ClusterId) -> f64 {
        let Some(c) = self.clusters.get(&cluster) else {
            return 0.0;
        };
        let dot: f64 = vector
            .iter()
            .filter_map(|(f, w)| self.posting(*f, cluster).map(|p| w * p.sum))
            .sum();
        dot / c.norm2.sqrt().max(f64::MIN_POSITIVE)
    }

    pub(crate) fn attach(
        &mut self,
        case_id: i64,
        vector: &[(FeatureId, f64)],
        main: Option<FeatureId>,
        id: ClusterId,
    ) {
        let Some(cluster) = self.clusters.get_mut(&id) else {
            return;
        };
        cluster.members.insert(case_id);
        if let Some(main) = main {
            *cluster.mains.entry(main).or_default() += 1;
        }
        for (f, w) in vector {
            let Some(postings) = self.postings.get_mut(*f as usize) else {
                continue;
            };
            let p = postings.entry(id).or_default();
            cluster.norm2 += (p.sum + w) * (p.sum + w) - p.sum * p.sum;
            p.sum += w;
            p.count += 1;
            cluster.features.insert(*f);
        }
    }

    pub(crate) fn detach(
        &mut self,
        case_id: i64,
        vector: &[(FeatureId, f64)],
        main: Option<FeatureId>,
        id: ClusterId,
    ) {
        let Some(cluster) = self.clusters.get_mut(&id) else {
            return;
        };
        cluster.members.remove(&case_id);
        if let Some(main) = main {
            if let Some(n) = cluster.mains.get_mut(&main) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    cluster.mains.remove(&main);
                }
            }
        }
        for (f, w) in vector {
            let Some(postings) = self.postings.get_mut(*f as usize) else {
                continue;
            };
            let Some(p) = postings.get_mut(&id) else {
                continue;
            };
            p.count = p.count.saturating_sub(1);
            if p.count == 0 {
                cluster.norm2 -= p.sum * p.sum;
                postings.remove(&id);
                cluster.features.remove(f);
            } else {
                cluster.norm2 += (p.sum - w) * (p.sum - w) - p.sum * p.sum;
                p.sum -= w;
            }
        }
        cluster.norm2 = cluster.norm2.max(0.0);
        if cluster.members.is_empty() {
            cluster.norm2 = 0.0;
        }
    }

    pub(crate) fn drop_if_empty(&mut self, id: ClusterId) {
        if self.clusters.get(&id).is_some_and(|c| c.members.is_empty()) {
            self.clusters.remove(&id);
        }
    }

    /// Moves a case to another cluster as it is (its text unchanged).
    pub(crate) fn relocate(&mut self, case_id: i64, to: ClusterId, placed: bool) {
        let Some(case) = self.cases.get(&case_id) else {
            return;
        };
        let (vector, main, from) = (case.vector.clone(), case.main, case.cluster);
        self.detach(case_id, &vector, main, from);
        self.attach(case_id, &vector, main, to);
        if let Some(case) = self.cases.get_mut(&case_id) {
            case.cluster = to;
            case.placed = placed;
        }
        self.drop_if_empty(from);
    }

    /// The name of a concept feature, for labels (None for other features).
    pub(crate) fn concept_of(
        &self,
        feature: FeatureId,
    ) -> Option<&'static crate::lexicon::Concept> {
        match self.feature_list.get(feature as usize) {
            Some((Feature::Concept(id), _)) => CONCEPTS.get(usize::from(*id)),
            _ => None,
        }
    }
}
