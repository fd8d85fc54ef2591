//! Crisis clusters: the open cases that ask the same thing, across pages
//! and languages, kept current as each message arrives.
//!
//! On a crisis day most customers ask a handful of questions ("my flight
//! is cancelled, how do I rebook?", "where is my bag?") in French, German
//! and English on every page. Answering them by cluster needs the
//! clusters to be right (a case in the wrong one gets the wrong answer),
//! readable, and current within a second of a message arriving.
//!
//! The clusters are built from what the messages say, read through a
//! hand-written lexicon of airline customer care (`lexicon`): words are
//! stemmed per language (Snowball) and mapped to language-neutral concepts,
//! so "annulé", "annulliert" and "cancelled" meet; flight numbers,
//! bookings, airports and dates count too (`entities`); the other words
//! count a little, within their language (`features`). Nothing is loaded
//! at run time, nothing is read or written: the crate is pure and
//! deterministic (the same messages in the same order give the same
//! clusters). Design and thresholds: docs/decisions/027-clustering.md.
//!
//! ```
//! use switchboard_cluster::{CaseKey, Clusterer};
//! let mut clusters = Clusterer::new();
//! let a = clusters.add(CaseKey { id: 1, community: 10 }, "fr-CH", "Mon vol LX 1612 est annulé");
//! let b = clusters.add(CaseKey { id: 2, community: 20 }, "de-CH", "Flug LX 1612 annulliert!");
//! assert_eq!(a, b);
//! assert_eq!(clusters.clusters()[0].label("en"), "Cancellation · LX 1612");
//! ```

mod clusterer;
mod entities;
mod features;
pub mod lexicon;
mod overrides;
pub mod reasons;
pub mod text;
mod view;

pub use clusterer::{Clusterer, Settings, MAX_TEXT, REASON_WEIGHT};
pub use reasons::{Example, ReasonModel, ReasonReading};
pub use view::{ClusterView, Topic, SAMPLES};

/// A case as the clusterer knows it: its id and its community (page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CaseKey {
    pub id: i64,
    pub community: i64,
}

/// A cluster's id: stable while cases come and go, never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClusterId(pub u64);

impl std::fmt::Display for ClusterId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An agent's decision that cannot be carried out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClusterError {
    #[error("no cluster {0}")]
    UnknownCluster(ClusterId),
    #[error("case {0} is not open")]
    UnknownCase(i64),
    #[error("case {0} is not in cluster {1}")]
    NotInCluster(i64, ClusterId),
    #[error("no cases were given")]
    NoCases,
}

#[cfg(test)]
mod tests;
