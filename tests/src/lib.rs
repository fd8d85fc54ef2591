//! Shared pieces of Switchboard's cross-crate tests: a private PostgreSQL
//! server, fresh stores of either backend, and the store suite's scenarios.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod backends;
pub mod coverage;
pub mod handoff_scenarios;
pub mod pg_server;
pub mod reply_scenarios;
pub mod scenarios;
pub mod snooze_scenarios;
pub mod template_scenarios;
