//! Crisis clusters as the desk shows them: the open cases of some pages
//! grouped by what their customers ask, across languages, with a label in
//! the reader's language (`switchboard-cluster`,
//! docs/decisions/027-clustering.md).
//!
//! The clusters are built afresh on each call: the open cases' first
//! customer messages are read in one statement and fed, oldest case first,
//! to a new `Clusterer`, each case with its page's locale. Nothing is kept
//! between calls, so a cluster's id holds for one reading only, and the
//! clusterer's renames, merges and splits have no front yet.

use crate::{Desk, DeskResult};
use serde::Serialize;
use std::collections::HashMap;
use switchboard_cluster::{CaseKey, Clusterer};
use switchboard_domain::{CaseId, Community, CommunityId};
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
    /// Holds for this reading only (see the module header).
    pub id: u64,
    /// What its cases ask, in the reader's language.
    pub label: String,
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

impl Desk {
    /// The clusters of at least `min_size` cases (one at least) among the
    /// open cases of `communities` (every community when empty), largest
    /// first, labelled in `ui_locale` ("fr-CH" → French, English for a
    /// language without names).
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
        let texts = store
            .open_case_texts(communities, CLUSTER_CASES, CASE_MESSAGES)
            .await?;
        let mut clusterer = Clusterer::new();
        let mut first: HashMap<i64, &str> = HashMap::with_capacity(texts.len());
        for t in &texts {
            let locale = pages.get(&t.community_id).map_or("", |c| c.locale.as_str());
            let key = CaseKey {
                id: t.case_id.0,
                community: t.community_id.0,
            };
            clusterer.add(key, locale, &t.messages.join("\n"));
            first.insert(t.case_id.0, t.messages.first().map_or("", String::as_str));
        }
        let summaries = clusterer
            .clusters_of_at_least(min_size.max(1))
            .into_iter()
            .map(|view| {
                let mut handles: Vec<String> = view
                    .communities
                    .iter()
                    .filter_map(|id| pages.get(&CommunityId(*id)).map(|c| c.handle.clone()))
                    .collect();
                handles.sort();
                ClusterSummary {
                    id: view.id.0,
                    label: view.label(ui_locale),
                    size: view.size,
                    locales: view.locales.clone(),
                    communities: handles,
                    samples: view
                        .samples
                        .iter()
                        .map(|id| ClusterSample {
                            case_id: CaseId(*id),
                            text: shorten(first.get(id).copied().unwrap_or(""), SAMPLE_CHARS),
                        })
                        .collect(),
                    case_ids: view.case_ids.iter().copied().map(CaseId).collect(),
                }
            })
            .collect();
        Ok(summaries)
    }
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
