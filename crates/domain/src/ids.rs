//! Typed ids. Every row id is an `i64` assigned by the database; the newtypes
//! keep a case id from being passed where a community id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}

id_type!(
    BrandId,
    CommunityId,
    ContactId,
    CaseId,
    MessageId,
    AgentId,
    ExpertId,
    HandoffId
);
