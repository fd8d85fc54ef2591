//! The bare statements beside each figure (see `switchboard_store_sql::Raw`).

pub use switchboard_store_sql::Raw;
