//! The Meta connector's parts that need no network: webhook signatures and
//! the verify handshake, webhook bodies turned into events, and the Graph
//! API's error responses and usage headers turned into what the desk must
//! do; the Graph API client, and a fake Graph server on loopback that
//! speaks the same wire format. The sync engine and the outbox build on
//! these (issue 6).

pub mod errors;
pub mod fake;
pub mod graph;
pub mod signature;
pub mod webhook;
