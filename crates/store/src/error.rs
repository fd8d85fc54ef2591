//! What can go wrong in a store, in terms a user can act on. Each variant has
//! a stable code that fronts localize; database driver details stay in the
//! source chain for logs.

use std::error::Error as StdError;
use switchboard_domain::DomainError;
use thiserror::Error;

type Source = Box<dyn StdError + Send + Sync>;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("no {what} `{key}`")]
    NotFound { what: &'static str, key: String },
    #[error("a {what} `{key}` already exists")]
    Conflict { what: &'static str, key: String },
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error("no database at {path}")]
    MissingDatabase { path: String },
    #[error("{path} is not a Switchboard database")]
    NotADatabase {
        path: String,
        #[source]
        source: Option<Source>,
    },
    #[error("the database was written by a newer Switchboard (schema {found}, this one knows {supported})")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("cannot reach the database at {target}")]
    Unreachable {
        target: String,
        #[source]
        source: Source,
    },
    #[error("the database refused the operation")]
    Backend(#[source] Source),
    #[error("{path} is damaged: {detail}")]
    Damaged { path: String, detail: String },
    #[error("{path} is open read-only")]
    ReadOnly { path: String },
    #[error("the desk's schema is older than this Switchboard (schema {found}, this one needs {supported}) and this login may not update it")]
    SchemaBehind { found: i64, supported: i64 },
    #[error(
        "only the desk's owner may do this (a login that owns its tables and may create roles)"
    )]
    TeamNeedsOwner,
}

impl StoreError {
    pub fn not_found(what: &'static str, key: impl ToString) -> Self {
        StoreError::NotFound {
            what,
            key: key.to_string(),
        }
    }

    pub fn backend(e: impl StdError + Send + Sync + 'static) -> Self {
        StoreError::Backend(Box::new(e))
    }

    /// How many variants `samples` has values of (Domain: one per domain
    /// error).
    pub const VARIANTS: usize = 12;

    /// Values of every variant (every domain error among them), for the
    /// test that every code has its message in every UI language.
    pub fn samples() -> Vec<StoreError> {
        let io = || Box::new(std::io::Error::other("connection refused")) as Source;
        let mut all = vec![
            StoreError::not_found("case", 12),
            StoreError::Conflict {
                what: "community",
                key: "lakeline/fr-CH".into(),
            },
            StoreError::MissingDatabase {
                path: "/tmp/x.db".into(),
            },
            StoreError::NotADatabase {
                path: "/tmp/x.db".into(),
                source: None,
            },
            StoreError::SchemaTooNew {
                found: 9,
                supported: 8,
            },
            StoreError::Unreachable {
                target: "postgres://h/db".into(),
                source: io(),
            },
            StoreError::Backend(io()),
            StoreError::Damaged {
                path: "/tmp/x.db".into(),
                detail: "database disk image is malformed".into(),
            },
            StoreError::ReadOnly {
                path: "/tmp/x.db".into(),
            },
            StoreError::SchemaBehind {
                found: 9,
                supported: 13,
            },
            StoreError::TeamNeedsOwner,
        ];
        all.extend(DomainError::samples().into_iter().map(StoreError::Domain));
        all
    }

    /// The variant's place among `VARIANTS`; no wildcard, so a new variant
    /// does not compile until it has one, and the test then wants its sample.
    pub fn variant_index(&self) -> usize {
        match self {
            StoreError::NotFound { .. } => 0,
            StoreError::Conflict { .. } => 1,
            StoreError::MissingDatabase { .. } => 2,
            StoreError::NotADatabase { .. } => 3,
            StoreError::SchemaTooNew { .. } => 4,
            StoreError::Unreachable { .. } => 5,
            StoreError::Backend(_) => 6,
            StoreError::Domain(_) => 7,
            StoreError::Damaged { .. } => 8,
            StoreError::ReadOnly { .. } => 9,
            StoreError::SchemaBehind { .. } => 10,
            StoreError::TeamNeedsOwner => 11,
        }
    }

    /// Stable code for localized messages.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotFound { .. } => "not-found",
            StoreError::Conflict { .. } => "conflict",
            StoreError::Domain(d) => d.code(),
            StoreError::MissingDatabase { .. } => "missing-database",
            StoreError::NotADatabase { .. } => "not-a-database",
            StoreError::SchemaTooNew { .. } => "schema-too-new",
            StoreError::Unreachable { .. } => "database-unreachable",
            StoreError::Backend(_) => "database-error",
            StoreError::Damaged { .. } => "damaged-database",
            StoreError::ReadOnly { .. } => "read-only-database",
            StoreError::SchemaBehind { .. } => "schema-behind",
            StoreError::TeamNeedsOwner => "team-needs-owner",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            StoreError::NotFound { what, key } | StoreError::Conflict { what, key } => {
                vec![("what", what.to_string()), ("key", key.clone())]
            }
            StoreError::Domain(d) => d.args(),
            StoreError::MissingDatabase { path }
            | StoreError::NotADatabase { path, .. }
            | StoreError::ReadOnly { path } => {
                vec![("path", path.clone())]
            }
            StoreError::Damaged { path, detail } => {
                vec![("path", path.clone()), ("detail", detail.clone())]
            }
            StoreError::SchemaTooNew { found, supported }
            | StoreError::SchemaBehind { found, supported } => {
                vec![
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            StoreError::Unreachable { target, source } => {
                vec![("target", target.clone()), ("reason", source.to_string())]
            }
            StoreError::Backend(source) => vec![("reason", source.to_string())],
            StoreError::TeamNeedsOwner => vec![],
        }
    }
}
