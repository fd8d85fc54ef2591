//! Who to ask: experts ranked for one case, each with the reasons as data.
//!
//! An agent picks in seconds only if the ranking explains itself, so every
//! point of the score comes from a reason the front shows: the case's topic
//! among the expert's topics (or words of the thread that point to one), a
//! language shared with the customer (the community's language) or the
//! agent, availability now on the expert's own clock, their current load and
//! how fast they answered over the last 30 days. The weights put the right
//! knowledge first, then the right language, then who can answer soon.

use crate::experts::{figures_by_expert, zone_of};
use crate::{Desk, DeskResult};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use switchboard_domain::availability::reachable_at;
use switchboard_domain::{Availability, CaseId, Direction, Expert, Message};
use ts_rs::TS;

/// Why an expert is (or is not) a good pick. Positive and negative reasons
/// both show, so that a low rank is explained too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// The case's topic is one of theirs.
    Topic {
        topic: String,
    },
    /// A word of the thread points to one of their topics.
    Keyword {
        keyword: String,
        topic: String,
    },
    /// They speak the customer's language (the community's).
    CustomerLanguage {
        language: String,
    },
    /// They speak a language of the agent (when not the customer's).
    AgentLanguage {
        language: String,
    },
    /// Available and within working hours; their local time.
    AvailableNow {
        local_time: String,
    },
    /// Available but outside working hours now; their local time.
    OffHours {
        local_time: String,
    },
    Away,
    OutUntil {
        date: NaiveDate,
    },
    /// Handoffs already waiting for them.
    Load {
        open: i64,
    },
    /// Median minutes to answer over the last 30 days.
    AnswerSpeed {
        median_minutes: i64,
    },
}

impl Reason {
    /// The points this reason adds to (or takes from) the score.
    pub fn points(&self) -> i64 {
        match self {
            Reason::Topic { .. } => 100,
            Reason::Keyword { .. } => 40,
            Reason::CustomerLanguage { .. } => 50,
            Reason::AgentLanguage { .. } => 20,
            Reason::AvailableNow { .. } => 30,
            Reason::OffHours { .. } => -10,
            Reason::Away => -40,
            Reason::OutUntil { .. } => -60,
            Reason::Load { open } => -(open.saturating_mul(8)).min(40),
            Reason::AnswerSpeed { median_minutes } => match median_minutes {
                m if *m <= 60 => 15,
                m if *m <= 240 => 5,
                _ => -5,
            },
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Suggestion {
    pub expert: Expert,
    pub score: i64,
    pub reasons: Vec<Reason>,
}

/// Words that point to a topic family (the first part of a topic tag:
/// `baggage` for `baggage-lost`), in the languages of the pages. A word of
/// the thread matches when it starts with one of them (`koffer` finds
/// `Koffers`).
const KEYWORDS: &[(&str, &[&str])] = &[
    (
        "baggage",
        &[
            "baggage", "luggage", "suitcase", "bag", "bagage", "valise", "gepäck", "koffer",
            "bagagli", "valigi",
        ],
    ),
    (
        "refund",
        &[
            "refund",
            "reimburs",
            "rembours",
            "rückerstatt",
            "erstattung",
            "rimbors",
        ],
    ),
    ("delay", &["delay", "late", "retard", "verspät", "ritard"]),
    ("cancellation", &["cancel", "annul", "storn", "cancellat"]),
    (
        "loyalty",
        &[
            "miles",
            "points",
            "loyalty",
            "fidélité",
            "meilen",
            "punkte",
            "miglia",
            "punti",
        ],
    ),
    (
        "special",
        &[
            "wheelchair",
            "assistance",
            "fauteuil",
            "rollstuhl",
            "carrozzin",
        ],
    ),
    (
        "booking",
        &[
            "booking",
            "rebook",
            "réservation",
            "buchung",
            "umbuch",
            "prenotazion",
        ],
    ),
];

/// Words of `text`, lowercased, split on anything but letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// The first word of the thread (customer messages) pointing to `topic`.
fn keyword_for(topic: &str, thread_words: &[String]) -> Option<String> {
    let family = topic.split('-').next().unwrap_or(topic);
    let (_, stems) = KEYWORDS.iter().find(|(f, _)| *f == family)?;
    thread_words
        .iter()
        .find(|w| stems.iter().any(|s| w.starts_with(s)))
        .cloned()
}

/// What the ranking needs to know about the case, the agent and the moment.
pub struct SuggestContext<'a> {
    pub topic: Option<&'a str>,
    pub customer_language: &'a str,
    pub agent_languages: &'a [String],
    pub thread: &'a [Message],
    pub now: DateTime<Utc>,
}

/// The words of the customer's messages in the thread.
fn customer_words(thread: &[Message]) -> Vec<String> {
    thread
        .iter()
        .filter(|m| m.direction == Direction::Inbound)
        .flat_map(|m| words(&m.body))
        .collect()
}

/// The reasons for one expert, given their open handoffs and median speed.
pub fn reasons_for(
    e: &Expert,
    ctx: &SuggestContext<'_>,
    open: i64,
    median_minutes: Option<i64>,
) -> Vec<Reason> {
    reasons_with(e, ctx, &customer_words(ctx.thread), open, median_minutes)
}

/// `reasons_for` with the thread's words split once for every expert.
fn reasons_with(
    e: &Expert,
    ctx: &SuggestContext<'_>,
    thread_words: &[String],
    open: i64,
    median_minutes: Option<i64>,
) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let topic_match = ctx
        .topic
        .filter(|t| e.topics.iter().any(|x| x.eq_ignore_ascii_case(t)));
    if let Some(t) = topic_match {
        reasons.push(Reason::Topic {
            topic: t.to_string(),
        });
    } else if let Some((keyword, topic)) = e
        .topics
        .iter()
        .find_map(|t| keyword_for(t, thread_words).map(|k| (k, t.clone())))
    {
        reasons.push(Reason::Keyword { keyword, topic });
    }
    let speaks = |l: &str| e.languages.iter().any(|x| x.eq_ignore_ascii_case(l));
    if speaks(ctx.customer_language) {
        reasons.push(Reason::CustomerLanguage {
            language: ctx.customer_language.to_string(),
        });
    } else if let Some(l) = ctx.agent_languages.iter().find(|l| speaks(l)) {
        reasons.push(Reason::AgentLanguage {
            language: l.clone(),
        });
    }
    let zone = zone_of(e);
    let local_time = format!(
        "{} {}",
        ctx.now.with_timezone(&zone).format("%a %H:%M"),
        zone.name()
    );
    reasons.push(match e.availability {
        Availability::Away => Reason::Away,
        Availability::Out(date) if ctx.now.with_timezone(&zone).date_naive() < date => {
            Reason::OutUntil { date }
        }
        availability if reachable_at(availability, &e.hours, zone, ctx.now) => {
            Reason::AvailableNow { local_time }
        }
        _ => Reason::OffHours { local_time },
    });
    if open > 0 {
        reasons.push(Reason::Load { open });
    }
    if let Some(m) = median_minutes {
        reasons.push(Reason::AnswerSpeed { median_minutes: m });
    }
    reasons
}

/// Ranks `experts` (retired ones are left out): highest score first, then
/// by name.
pub fn rank(
    experts: Vec<Expert>,
    ctx: &SuggestContext<'_>,
    load: impl Fn(&Expert) -> (i64, Option<i64>),
) -> Vec<Suggestion> {
    let thread_words = customer_words(ctx.thread);
    let mut out: Vec<Suggestion> = experts
        .into_iter()
        .filter(|e| e.retired_at.is_none())
        .map(|e| {
            let (open, median) = load(&e);
            let reasons = reasons_with(&e, ctx, &thread_words, open, median);
            Suggestion {
                score: reasons.iter().map(Reason::points).sum(),
                expert: e,
                reasons,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.expert.name.cmp(&b.expert.name))
    });
    out
}

impl Desk {
    /// Experts for `case`, best first. `agent_languages` are the language
    /// subtags of the person asking (their UI language, at least).
    pub async fn suggest_experts(
        &self,
        case: CaseId,
        agent_languages: &[String],
    ) -> DeskResult<Vec<Suggestion>> {
        let store = self.store();
        let c = store.case(case).await?;
        let community = store.community(c.community_id).await?;
        let thread = store.thread(case).await?;
        let (figures, experts) = self.figures_and_experts().await?;
        let by_expert = figures_by_expert(&figures);
        let ctx = SuggestContext {
            topic: c.topic.as_deref(),
            customer_language: community.locale.language(),
            agent_languages,
            thread: &thread,
            now: self.now(),
        };
        Ok(rank(experts, &ctx, |e| {
            by_expert
                .get(&e.id)
                .map(|f| (f.open, f.counts.median_answer_minutes))
                .unwrap_or((0, None))
        }))
    }
}

#[cfg(test)]
#[path = "suggest_tests.rs"]
mod tests;
