//! Errors cross IPC as `{code, args}`; the UI turns them into a sentence in
//! the user's language with the same Fluent messages as the CLI.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use switchboard_desk::DeskError;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IpcError {
    pub code: String,
    pub args: BTreeMap<String, String>,
}

impl From<DeskError> for IpcError {
    fn from(e: DeskError) -> Self {
        IpcError {
            code: e.code().to_string(),
            args: e
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        }
    }
}

impl From<switchboard_store::StoreError> for IpcError {
    fn from(e: switchboard_store::StoreError) -> Self {
        IpcError::from(DeskError::Store(e))
    }
}
