//! Errors of the use cases. Each has a stable code and named arguments that
//! fronts turn into a localized sentence (`error-<code>` in app.ftl); the
//! English `Display` is for logs.

use switchboard_domain::DomainError;
use switchboard_store::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum DeskError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no community `{0}`")]
    UnknownCommunity(String),
    #[error("no brand `{0}`")]
    UnknownBrand(String),
    #[error("no agent `{0}`")]
    UnknownAgent(String),
    #[error("`{value}` is not a valid {field}")]
    BadInput { field: &'static str, value: String },
    #[error("`{0}` is not a database URL (sqlite:PATH or postgres://...)")]
    BadDatabaseUrl(String),
    #[error("choose who you are among the workspace's agents first")]
    NoAgent,
}

impl From<DomainError> for DeskError {
    fn from(e: DomainError) -> Self {
        DeskError::Store(StoreError::Domain(e))
    }
}

impl DeskError {
    pub fn code(&self) -> &'static str {
        match self {
            DeskError::Store(e) => e.code(),
            DeskError::UnknownCommunity(_) => "unknown-community",
            DeskError::UnknownBrand(_) => "unknown-brand",
            DeskError::UnknownAgent(_) => "unknown-agent",
            DeskError::BadInput { .. } => "bad-input",
            DeskError::BadDatabaseUrl(_) => "bad-database-url",
            DeskError::NoAgent => "no-agent",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            DeskError::Store(e) => e.args(),
            DeskError::UnknownCommunity(v)
            | DeskError::UnknownBrand(v)
            | DeskError::UnknownAgent(v)
            | DeskError::BadDatabaseUrl(v) => vec![("value", v.clone())],
            DeskError::BadInput { field, value } => {
                vec![("field", field.to_string()), ("value", value.clone())]
            }
            DeskError::NoAgent => vec![],
        }
    }
}
