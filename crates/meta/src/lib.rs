//! The Meta connector's parts that need no network: webhook signatures and
//! the verify handshake, webhook bodies turned into events, and the Graph
//! API's error responses and usage headers turned into what the desk must
//! do. The HTTP client, the sync engine and the fake Graph server build on
//! these (issue 6).

pub mod errors;
pub mod signature;
pub mod webhook;
