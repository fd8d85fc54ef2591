//! The vocabulary of the desk and its pure rules.
//!
//! Everything here is data and functions of data: no clock is read, no file
//! or socket is touched. Callers pass `now` in. That keeps the rules that
//! decide a customer's SLA or whether a reply may still be sent testable
//! exhaustively and identical on every front (desktop, CLI, server).

pub mod availability;
pub mod case;
pub mod crisis;
pub mod error;
pub mod handoff;
pub mod ids;
pub mod lifecycle;
pub mod locale;
pub mod message;
pub mod people;
pub mod privacy;
pub mod report;
pub mod sla;
pub mod spike;
pub mod window;
pub mod workspace;

pub use availability::{Availability, WorkingHours};
pub use case::{Case, CaseKind, CaseStatus};
pub use crisis::{Crisis, CrisisId, CrisisScope, CrisisStamp, CrisisTerms};
pub use error::DomainError;
pub use handoff::HandoffPriority;
pub use ids::*;
pub use locale::Locale;
pub use message::{Direction, Message, NewMessage};
pub use people::{Agent, Contact, Expert, Handoff, HandoffState};
pub use privacy::{
    find_personal_data, personal_kinds, without_personal_data, Finding, PersonalKind,
};
pub use sla::{SlaClocks, SlaPolicy, SlaState, TimeRange};
pub use workspace::{Brand, Community, Platform};
