//! What reports keep in the database between runs: one fact per case (see
//! `switchboard_domain::report::ReportFact`), how far the facts follow the
//! change log, and the sums a report asks for.

use chrono::{DateTime, Utc};

/// How far the report facts of this database login follow the change log
/// (`seq`), and the policies they were computed with (`basis`: when a
/// calendar or a target changes, every fact is computed again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFactsState {
    pub seq: i64,
    pub basis: String,
}

/// What the sums of a report are grouped by, as stored (the desk turns ids
/// into names and merges, e.g. communities into brands).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKey {
    /// One group: the total.
    Total,
    Community,
    /// The case's kind: messenger, comment, visitor_post, direct.
    Channel,
    Assignee,
    Topic,
    Crisis,
    /// The Monday of the week the case opened in (`YYYY-MM-DD`), in its
    /// community's time zone.
    OpenedWeek,
    /// The Monday of the week the case was resolved in.
    ResolvedWeek,
}

/// The period of a report's sums: `[from, to)`, read at `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactQuery {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub key: FactKey,
    /// Each group per community as well (`FactSums::community`). SQLite
    /// forms its groups per community anyway; PostgreSQL only when asked.
    pub per_community: bool,
}

/// The sums of one group: its stored key as text (`None` for no value, and
/// for the total). A key may come in several rows (one per community, or
/// per part of the communities read at once): the caller adds them up.
#[derive(Debug, Clone, PartialEq)]
pub struct FactSums {
    pub key: Option<String>,
    /// The community of the group's rows (none for the total).
    pub community: Option<switchboard_domain::CommunityId>,
    pub summed: switchboard_domain::report::Summed,
}

/// An expert handoff asked in a report's period, with its case's key as
/// text (`None` for no value, and for the total).
#[derive(Debug, Clone, PartialEq)]
pub struct KeyedHandoff {
    pub key: Option<String>,
    pub handoff: switchboard_domain::report::ReportHandoff,
}

/// A case on a topic, with the customer's first message: what a report
/// quotes for the departments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSample {
    pub case_id: switchboard_domain::CaseId,
    pub community_id: switchboard_domain::CommunityId,
    pub opened_at: DateTime<Utc>,
    pub text: String,
}
