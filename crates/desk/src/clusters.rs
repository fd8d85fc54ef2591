//! Crisis clusters as the desk shows them: the open cases of some pages
//! grouped by what their customers ask, across languages, with a label in
//! the reader's language (`switchboard-cluster`,
//! docs/decisions/027-clustering.md).
//!
//! Each reading builds the clusters afresh: the open cases' first customer
//! messages are read in one statement and fed, oldest case first, to a new
//! `Clusterer`, each case with its page's locale. The ids and the agents'
//! decisions (names, merges, splits, cases moved out) are kept in the store
//! and carried over each reading (`cluster_keep`,
//! docs/decisions/031-cluster-replies.md), so that a cluster listed now can
//! be answered by its id later.

use crate::cluster_keep::{carry_over, Target, Was};
use crate::live_clusters::LiveClusters;
use crate::{Desk, DeskResult};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use switchboard_cluster::{ClusterView, SAMPLES};
use switchboard_domain::{CaseId, Community, CommunityId};
use switchboard_store::ClusterCase;
use ts_rs::TS;

/// The newest open cases read: a crisis day has about 20,000.
pub const CLUSTER_CASES: u32 = 50_000;
/// How many of a case's first customer messages are read: the question is
/// in the first ones, and later ones ("any news?") add little.
pub const CASE_MESSAGES: u32 = 3;
/// How long a sample's text is, in characters.
pub const SAMPLE_CHARS: usize = 200;

/// A cluster of open cases that ask the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClusterSummary {
    /// Kept from one reading to the next (see the module header).
    pub id: u64,
    /// What its cases ask, in the reader's language, or the name an agent
    /// gave it.
    pub label: String,
    /// An agent named it.
    pub named: bool,
    pub size: usize,
    /// The locales of the pages its cases came from, sorted.
    pub locales: Vec<String>,
    /// The handles of those pages, sorted.
    pub communities: Vec<String>,
    /// The most typical cases first, each with its first customer message.
    pub samples: Vec<ClusterSample>,
    /// Every case of it, by id.
    pub case_ids: Vec<CaseId>,
}

/// A typical case of a cluster and what its customer first wrote,
/// shortened to `SAMPLE_CHARS`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClusterSample {
    pub case_id: CaseId,
    pub text: String,
}

/// One kept cluster of a reading: its cases, and the fresh cluster most of
/// them came from (its label and typical cases).
struct Group {
    id: i64,
    cases: Vec<i64>,
    view: usize,
}

impl Desk {
    /// The clusters of at least `min_size` cases (one at least) among the
    /// open cases of `communities` (every community when empty), largest
    /// first, labelled in `ui_locale` ("fr-CH" → French, English for a
    /// language without names). The reading is kept: the ids hold for the
    /// next one.
    pub async fn crisis_clusters(
        &self,
        communities: &[CommunityId],
        ui_locale: &str,
        min_size: usize,
    ) -> DeskResult<Vec<ClusterSummary>> {
        let store = self.store();
        let pages: HashMap<CommunityId, Community> = store
            .communities()
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        // Every page: the live clusters, brought up to date. Some pages: a
        // reading of their own.
        let read = |live: &LiveClusters| {
            let first: HashMap<i64, String> = live
                .cases
                .iter()
                .map(|(id, f)| (*id, f.first.clone()))
                .collect();
            let community_of: HashMap<i64, CommunityId> = live
                .cases
                .iter()
                .map(|(id, f)| (*id, f.community))
                .collect();
            (live.clusterer.clusters(), first, community_of)
        };
        let (views, first, community_of) = if communities.is_empty() {
            self.with_live_clusters(&pages, read).await?
        } else {
            let texts = store
                .open_case_texts(communities, CLUSTER_CASES, CASE_MESSAGES)
                .await?;
            read(&LiveClusters::from_texts(&texts, &pages, 0))
        };
        let groups = self.keep(communities, &views, &community_of).await?;
        let named: HashMap<i64, String> = store
            .kept_clusters()
            .await?
            .into_iter()
            .filter_map(|k| k.label.map(|l| (k.id, l)))
            .collect();
        let mut summaries: Vec<ClusterSummary> = groups
            .into_iter()
            .filter(|g| g.cases.len() >= min_size.max(1))
            .map(|g| {
                let view = &views[g.view];
                let pages_of: BTreeSet<CommunityId> = g
                    .cases
                    .iter()
                    .filter_map(|c| community_of.get(c).copied())
                    .collect();
                let mut handles: Vec<String> = pages_of
                    .iter()
                    .filter_map(|id| pages.get(id).map(|c| c.handle.clone()))
                    .collect();
                handles.sort();
                let locales: BTreeSet<String> = pages_of
                    .iter()
                    .filter_map(|id| pages.get(id).map(|c| c.locale.as_str().to_string()))
                    .collect();
                let members: BTreeSet<i64> = g.cases.iter().copied().collect();
                let samples = typical(
                    view.samples.iter().copied().filter(|c| members.contains(c)),
                    &g.cases,
                    &first,
                );
                let label = named.get(&g.id).cloned();
                ClusterSummary {
                    id: g.id as u64,
                    named: label.is_some(),
                    label: label.unwrap_or_else(|| view.label(ui_locale)),
                    size: g.cases.len(),
                    locales: locales.into_iter().collect(),
                    communities: handles,
                    samples: samples
                        .into_iter()
                        .map(|id| ClusterSample {
                            case_id: CaseId(id),
                            text: shorten(first.get(&id).map_or("", String::as_str), SAMPLE_CHARS),
                        })
                        .collect(),
                    case_ids: g.cases.iter().copied().map(CaseId).collect(),
                }
            })
            .collect();
        summaries.sort_by(|a, b| b.size.cmp(&a.size).then(a.id.cmp(&b.id)));
        Ok(summaries)
    }

    /// Carries the kept ids over a fresh reading (`views`), stores where
    /// each case now stands, and returns the kept clusters with their cases.
    async fn keep(
        &self,
        communities: &[CommunityId],
        views: &[ClusterView],
        community_of: &HashMap<i64, CommunityId>,
    ) -> DeskResult<Vec<Group>> {
        let store = self.store();
        let was: HashMap<i64, Was> = store
            .cluster_cases(communities)
            .await?
            .into_iter()
            .map(|c| {
                (
                    c.case_id.0,
                    Was {
                        cluster: c.cluster_id,
                        placed: c.placed,
                    },
                )
            })
            .collect();
        let fresh: Vec<Vec<i64>> = views.iter().map(|v| v.case_ids.clone()).collect();
        let kept = carry_over(&fresh, &was);
        let new_ids = if kept.new_clusters > 0 {
            store
                .new_clusters(kept.new_clusters as u32, self.now())
                .await?
        } else {
            Vec::new()
        };
        let id_of = |t: Target| match t {
            Target::Kept(id) => id,
            Target::New(n) => new_ids[n],
        };
        let view_of: HashMap<i64, usize> = views
            .iter()
            .enumerate()
            .flat_map(|(i, v)| v.case_ids.iter().map(move |c| (*c, i)))
            .collect();
        let mut rows = Vec::with_capacity(kept.cases.len());
        let mut groups: Vec<Group> = Vec::new();
        let mut at: HashMap<i64, usize> = HashMap::new();
        for &(case, target, placed) in &kept.cases {
            let Some(&community_id) = community_of.get(&case) else {
                continue;
            };
            let id = id_of(target);
            rows.push(ClusterCase {
                case_id: CaseId(case),
                community_id,
                cluster_id: id,
                placed,
            });
            let i = *at.entry(id).or_insert_with(|| {
                groups.push(Group {
                    id,
                    cases: Vec::new(),
                    view: 0,
                });
                groups.len() - 1
            });
            groups[i].cases.push(case);
        }
        // Written only when a case moved, came or went: a window that
        // reads every few seconds writes nothing on a quiet desk.
        let moved = rows.len() != was.len()
            || rows.iter().any(|r| {
                was.get(&r.case_id.0)
                    .is_none_or(|w| w.cluster != r.cluster_id || w.placed != r.placed)
            });
        if moved {
            store.save_cluster_cases(communities, &rows).await?;
        }
        for g in &mut groups {
            let mut count: HashMap<usize, usize> = HashMap::new();
            for c in &g.cases {
                if let Some(v) = view_of.get(c) {
                    *count.entry(*v).or_default() += 1;
                }
            }
            g.view = count
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map_or(0, |(v, _)| v);
        }
        Ok(groups)
    }
}

/// Up to `SAMPLES` cases to show: the clusterer's most typical first, then
/// others, each saying something the ones before did not (a surge repeats
/// itself word for word).
fn typical(
    preferred: impl Iterator<Item = i64>,
    cases: &[i64],
    first: &HashMap<i64, String>,
) -> Vec<i64> {
    let mut out = Vec::new();
    let mut said = BTreeSet::new();
    for c in preferred.chain(cases.iter().copied()) {
        if out.len() >= SAMPLES {
            break;
        }
        let text = first
            .get(&c)
            .map_or("", String::as_str)
            .trim()
            .to_lowercase();
        if !out.contains(&c) && said.insert(text) {
            out.push(c);
        }
    }
    out
}

/// `text` on one line, cut to at most `max` characters (at a space when
/// one is near the end) with an ellipsis when it was longer.
pub fn shorten(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    let at_space = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() * 4 >= max * 3 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", at_space.trim_end())
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn a_short_text_is_kept_on_one_line() {
        assert_eq!(shorten("Mon vol\nest  annulé", 200), "Mon vol est annulé");
    }

    #[test]
    fn a_long_text_is_cut_at_a_space_within_the_limit() {
        let text = "Mein Flug nach Zürich wurde gestrichen und niemand antwortet";
        let short = shorten(text, 40);
        assert!(short.chars().count() <= 40, "{short}");
        assert_eq!(short, "Mein Flug nach Zürich wurde gestrichen…");
    }

    #[test]
    fn a_text_without_spaces_is_cut_inside_a_word() {
        assert_eq!(shorten(&"é".repeat(300), 10), format!("{}…", "é".repeat(9)));
    }
}
