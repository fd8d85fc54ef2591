//! What customers write about: the topics of a period with their count in
//! the period as long just before, per community, and a few of the
//! customers' own words on each, for the departments.

use super::{Context, GroupBy};
use crate::{Desk, DeskResult};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;
use switchboard_domain::CaseId;
use switchboard_store::{FactKey, FactQuery};
use ts_rs::TS;

/// A topic in one community: cases opened on it in the period and in the
/// period before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TopicCommunity {
    pub community: String,
    pub cases_opened: u64,
    pub previous_opened: u64,
}

/// A topic of a period: cases opened on it, and in the period as long
/// before it; its communities, most cases first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TopicFigures {
    /// The topic, or `none`.
    pub topic: String,
    pub cases_opened: u64,
    pub previous_opened: u64,
    pub communities: Vec<TopicCommunity>,
}

/// A customer's first message on a case of the topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TopicSample {
    pub case_id: CaseId,
    pub community: String,
    pub opened_at: DateTime<Utc>,
    pub text: String,
}

/// A sample's text is cut to this many characters.
const SAMPLE_CHARS: usize = 280;

impl Desk {
    /// The topics of cases opened in `[from, to)`, most frequent first, with
    /// their count in the period of the same length just before.
    pub async fn report_topics(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> DeskResult<Vec<TopicFigures>> {
        self.period(from, to)?;
        let cx = self.report_context().await?;
        self.refresh_report_facts(&cx, &mut |_| {}).await?;
        self.topics(&cx, from, to).await
    }

    /// `report_topics` from facts up to date.
    pub(super) async fn topics(
        &self,
        cx: &Context,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> DeskResult<Vec<TopicFigures>> {
        let store = self.store();
        // Cases opened per topic and community (the stored id as text).
        let opened = |from, to| async move {
            let q = FactQuery {
                from,
                to,
                end: to,
                key: FactKey::Topic,
                per_community: true,
            };
            let mut opened: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
            for s in store.report_sums(&q).await? {
                let topic = s.key.unwrap_or_else(|| "none".into());
                let id = s.community.map(|c| c.0.to_string());
                let community = cx.name(GroupBy::Community, id.as_deref());
                *opened
                    .entry(topic)
                    .or_default()
                    .entry(community)
                    .or_default() += s.summed.figures.cases_opened;
            }
            Ok::<_, crate::DeskError>(opened)
        };
        let (now, before) = tokio::try_join!(opened(from, to), opened(from - (to - from), from))?;
        let mut out: Vec<TopicFigures> = now
            .into_iter()
            .filter_map(|(topic, communities)| {
                let earlier = before.get(&topic);
                let mut communities: Vec<TopicCommunity> = communities
                    .into_iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(community, n)| TopicCommunity {
                        previous_opened: earlier
                            .and_then(|e| e.get(&community))
                            .copied()
                            .unwrap_or(0),
                        community,
                        cases_opened: n,
                    })
                    .collect();
                communities.sort_by(|a, b| {
                    b.cases_opened
                        .cmp(&a.cases_opened)
                        .then(a.community.cmp(&b.community))
                });
                let cases_opened: u64 = communities.iter().map(|c| c.cases_opened).sum();
                (cases_opened > 0).then(|| TopicFigures {
                    previous_opened: earlier.map_or(0, |e| e.values().sum()),
                    topic,
                    cases_opened,
                    communities,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.cases_opened
                .cmp(&a.cases_opened)
                .then(a.topic.cmp(&b.topic))
        });
        Ok(out)
    }

    /// Up to `limit` (at most 20) cases on `topic` opened in `[from, to)`,
    /// newest first, each with the customer's first message (cut to 280
    /// characters). Cases with no topic have no samples.
    pub async fn report_topic_samples(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        topic: &str,
        limit: u32,
    ) -> DeskResult<Vec<TopicSample>> {
        self.period(from, to)?;
        let cx = self.report_context().await?;
        self.refresh_report_facts(&cx, &mut |_| {}).await?;
        let samples = self
            .store()
            .report_topic_samples(from, to, topic, limit.min(20))
            .await?;
        Ok(samples
            .into_iter()
            .map(|s| TopicSample {
                case_id: s.case_id,
                community: cx.name(GroupBy::Community, Some(&s.community_id.0.to_string())),
                opened_at: s.opened_at,
                text: cut(&s.text, SAMPLE_CHARS),
            })
            .collect())
    }
}

/// `text` on one line, cut to `max` characters with an ellipsis.
fn cut(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", line[..at].trim_end()),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn a_sample_is_one_line_cut_at_a_character_boundary() {
        assert_eq!(cut("Mein  Koffer\nist weg", 100), "Mein Koffer ist weg");
        assert_eq!(cut("Kündigung ä", 9), "Kündigung…");
        assert_eq!(cut("ééé", 2), "éé…");
    }
}
