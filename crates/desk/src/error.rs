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
    #[error("no expert `{0}`")]
    UnknownExpert(String),
    #[error("row {row}, column {column}: `{value}` is not valid; nothing was imported")]
    ImportBadValue {
        row: usize,
        column: String,
        value: String,
    },
    #[error(
        "row {row}, column {column}: `{value}` appears on an earlier row; nothing was imported"
    )]
    ImportDuplicate {
        row: usize,
        column: String,
        value: String,
    },
    #[error("the file has no column `{column}`; nothing was imported")]
    ImportMissingColumn { column: String },
    #[error("row {row} is not well-formed CSV; nothing was imported")]
    ImportMalformed { row: usize },
    #[error("case {case} has no open handoff")]
    NoOpenHandoff { case: String },
    #[error("case {case} has several open handoffs; name one")]
    SeveralOpenHandoffs { case: String },
    #[error("handoff {handoff} has no answer to insert")]
    NotAnswered { handoff: String },
    #[error("the template text has {} problem(s)", .0.len())]
    Template(Vec<switchboard_l10n::templates::Problem>),
    #[error("{file}: {} problem(s); nothing was imported", .errors.len())]
    TemplateImport {
        file: String,
        errors: Vec<switchboard_l10n::templates::ImportError>,
    },
    #[error("{path}: {reason}")]
    Io { path: String, reason: String },
    #[error("no {0} is configured")]
    MissingSecret(&'static str),
    #[error("the text of template {template} for {locale} is longer than {limit} bytes")]
    TemplateTooLarge {
        template: String,
        locale: String,
        limit: usize,
    },
    #[error("no template `{0}`")]
    UnknownTemplate(String),
    #[error("template {template} has no text for {locale} nor any fallback")]
    NoVariant { template: String, locale: String },
    #[error("the Messenger reply window closed at {closed_at}")]
    WindowClosed {
        closed_at: chrono::DateTime<chrono::Utc>,
    },
    #[error(transparent)]
    Graph(#[from] switchboard_meta::graph::GraphError),
    #[error("no page token for {0} in the keychain")]
    NoToken(String),
    #[error("the token is for page {found}, but {community} is page {expected}")]
    WrongPage {
        community: String,
        expected: String,
        found: String,
    },
    #[error("the demo server at {0} has none of this workspace's pages")]
    NoDemoPages(String),
    #[error("the workspace is incomplete: {0} stopped before it finished")]
    IncompleteWorkspace(String),
    #[error("the workspace is still opening")]
    WorkspaceOpening,
    #[error(transparent)]
    Keychain(#[from] switchboard_secrets::SecretError),
    #[error("line {line}, field `{field}` ({value}): {problem}; nothing was imported")]
    BatchLine {
        line: usize,
        /// The field at fault; empty when the whole line is.
        field: String,
        /// The value at fault, when showing it helps; else empty.
        value: String,
        /// What is wrong (`inbound_batch::PROBLEMS`).
        problem: &'static str,
    },
    #[error(transparent)]
    Team(#[from] crate::team::TeamError),
    #[error(transparent)]
    Crisis(#[from] crate::crisis::CrisisError),
    #[error(transparent)]
    Privacy(#[from] crate::privacy::PrivacyError),
}

impl From<DomainError> for DeskError {
    fn from(e: DomainError) -> Self {
        DeskError::Store(StoreError::Domain(e))
    }
}

impl DeskError {
    /// How many variants `samples` has values of.
    pub const VARIANTS: usize = 34;

    /// Values of every variant (every store and domain error, every
    /// template problem and Graph error among them), for the test that
    /// every code has its message, with the same variables, in every UI
    /// language (crates/desk/tests/error_messages.rs).
    pub fn samples() -> Vec<DeskError> {
        use switchboard_l10n::templates::{ImportError, Problem, ProblemKind};
        use switchboard_meta::errors::Action;
        use switchboard_meta::graph::GraphError;
        let problem = |kind| Problem {
            line: 2,
            column: 5,
            kind,
        };
        let name = || "flight_no".to_string();
        let mut all = vec![
            DeskError::UnknownCommunity("summit-air/xx".into()),
            DeskError::UnknownBrand("Föhn Air".into()),
            DeskError::UnknownAgent("ZZ".into()),
            DeskError::BadInput {
                field: "page-id",
                value: "a b".into(),
            },
            DeskError::BadDatabaseUrl("mysql://h/x".into()),
            DeskError::NoAgent,
            DeskError::UnknownExpert("Nobody".into()),
            DeskError::ImportBadValue {
                row: 3,
                column: "languages".into(),
                value: "klingon".into(),
            },
            DeskError::ImportDuplicate {
                row: 4,
                column: "email".into(),
                value: "a@example.com".into(),
            },
            DeskError::ImportMissingColumn {
                column: "name".into(),
            },
            DeskError::ImportMalformed { row: 5 },
            DeskError::BatchLine {
                line: 7,
                field: "at".into(),
                value: "yesterday".into(),
                problem: "bad-time",
            },
            DeskError::NoOpenHandoff { case: "12".into() },
            DeskError::SeveralOpenHandoffs { case: "12".into() },
            DeskError::NotAnswered {
                handoff: "4".into(),
            },
            DeskError::Template(Vec::new()),
            DeskError::TemplateTooLarge {
                template: "greeting".into(),
                locale: "fr-CH".into(),
                limit: switchboard_l10n::templates::MAX_TEXT_BYTES,
            },
            DeskError::Io {
                path: "/tmp/x".into(),
                reason: "permission denied".into(),
            },
            DeskError::MissingSecret("app-secret"),
            DeskError::UnknownTemplate("nope".into()),
            DeskError::NoVariant {
                template: "greeting".into(),
                locale: "it-CH".into(),
            },
            DeskError::WindowClosed {
                closed_at: chrono::DateTime::UNIX_EPOCH,
            },
            DeskError::NoToken("lakeline/fr-CH".into()),
            DeskError::WrongPage {
                community: "lakeline/fr-CH".into(),
                expected: "1".into(),
                found: "2".into(),
            },
            DeskError::NoDemoPages("http://127.0.0.1:4010".into()),
            DeskError::IncompleteWorkspace("bench generate".into()),
            DeskError::WorkspaceOpening,
            DeskError::Keychain(switchboard_secrets::SecretError::Unavailable(
                "locked".into(),
            )),
        ];
        all.extend(
            [
                ProblemKind::Syntax {
                    detail: "expected a message".into(),
                },
                ProblemKind::AttributeLine,
                ProblemKind::UnknownVariable { name: name() },
                ProblemKind::UnknownTerm { name: name() },
                ProblemKind::MessageReference { name: name() },
                ProblemKind::Empty,
                ProblemKind::TooLarge { limit: 65536 },
            ]
            .into_iter()
            .map(|k| DeskError::Template(vec![problem(k)])),
        );
        let id = || "greeting".to_string();
        let in_message = |kind| ImportError::Variant {
            line: 3,
            id: id(),
            problem: problem(kind),
        };
        all.extend(
            [
                ImportError::Syntax {
                    line: 3,
                    column: 7,
                    detail: "expected a message".into(),
                },
                ImportError::BadId {
                    line: 3,
                    id: "Bad Id".into(),
                },
                ImportError::MissingTopic { line: 3, id: id() },
                ImportError::Duplicate { line: 3, id: id() },
                ImportError::FileTooLarge { limit: 2 << 20 },
                in_message(ProblemKind::Syntax {
                    detail: "expected a message".into(),
                }),
                in_message(ProblemKind::AttributeLine),
                in_message(ProblemKind::UnknownVariable { name: name() }),
                in_message(ProblemKind::UnknownTerm { name: name() }),
                in_message(ProblemKind::MessageReference { name: name() }),
                in_message(ProblemKind::Empty),
                in_message(ProblemKind::TooLarge { limit: 65536 }),
            ]
            .into_iter()
            .map(|e| DeskError::TemplateImport {
                file: "fr.ftl".into(),
                errors: vec![e],
            }),
        );
        all.extend(
            [
                GraphError::Meta(Action::BackOff { after: None }),
                GraphError::Meta(Action::Reauthorize),
                GraphError::Meta(Action::OutsideWindow),
                GraphError::Meta(Action::Rejected {
                    code: 100,
                    subcode: None,
                    message: "Unsupported get request".into(),
                }),
                GraphError::Unreachable("connection refused".into()),
                GraphError::Unexpected("not JSON".into()),
            ]
            .into_iter()
            .map(DeskError::Graph),
        );
        all.extend(StoreError::samples().into_iter().map(DeskError::Store));
        all.extend(crate::inbound_batch::problem_samples());
        all.extend(
            crate::team::TeamError::samples()
                .into_iter()
                .map(DeskError::Team),
        );
        all.extend(
            crate::crisis::CrisisError::samples()
                .into_iter()
                .map(DeskError::Crisis),
        );
        all.extend(
            crate::privacy::PrivacyError::samples()
                .into_iter()
                .map(DeskError::Privacy),
        );
        all
    }

    /// The variant's place among `VARIANTS`; no wildcard, so a new variant
    /// does not compile until it has one, and the test then wants its sample.
    pub fn variant_index(&self) -> usize {
        match self {
            DeskError::UnknownCommunity(_) => 0,
            DeskError::UnknownBrand(_) => 1,
            DeskError::UnknownAgent(_) => 2,
            DeskError::BadInput { .. } => 3,
            DeskError::BadDatabaseUrl(_) => 4,
            DeskError::NoAgent => 5,
            DeskError::UnknownExpert(_) => 6,
            DeskError::ImportBadValue { .. } => 7,
            DeskError::ImportDuplicate { .. } => 8,
            DeskError::ImportMissingColumn { .. } => 9,
            DeskError::ImportMalformed { .. } => 10,
            DeskError::NoOpenHandoff { .. } => 11,
            DeskError::SeveralOpenHandoffs { .. } => 12,
            DeskError::NotAnswered { .. } => 13,
            DeskError::Template(_) => 14,
            DeskError::TemplateImport { .. } => 15,
            DeskError::Io { .. } => 16,
            DeskError::MissingSecret(_) => 17,
            DeskError::UnknownTemplate(_) => 18,
            DeskError::NoVariant { .. } => 19,
            DeskError::WindowClosed { .. } => 20,
            DeskError::NoToken(_) => 21,
            DeskError::WrongPage { .. } => 22,
            DeskError::NoDemoPages(_) => 23,
            DeskError::Keychain(_) => 24,
            DeskError::Graph(_) => 25,
            DeskError::Store(_) => 26,
            DeskError::IncompleteWorkspace(_) => 27,
            DeskError::TemplateTooLarge { .. } => 28,
            DeskError::BatchLine { .. } => 29,
            DeskError::Team(_) => 30,
            DeskError::Crisis(_) => 31,
            DeskError::Privacy(_) => 32,
            DeskError::WorkspaceOpening => 33,
        }
    }

    /// The error as a community's sync keeps it: code and arguments.
    pub fn sync_error(&self) -> switchboard_store::SyncError {
        switchboard_store::SyncError::new(self.code(), &self.args())
    }

    pub fn code(&self) -> &'static str {
        match self {
            DeskError::Store(e) => e.code(),
            DeskError::UnknownCommunity(_) => "unknown-community",
            DeskError::UnknownBrand(_) => "unknown-brand",
            DeskError::UnknownAgent(_) => "unknown-agent",
            DeskError::BadInput { .. } => "bad-input",
            DeskError::BadDatabaseUrl(_) => "bad-database-url",
            DeskError::NoAgent => "no-agent",
            DeskError::UnknownExpert(_) => "unknown-expert",
            DeskError::ImportBadValue { .. } => "import-bad-value",
            DeskError::ImportDuplicate { .. } => "import-duplicate",
            DeskError::ImportMissingColumn { .. } => "import-missing-column",
            DeskError::ImportMalformed { .. } => "import-malformed",
            DeskError::BatchLine { problem, .. } => crate::inbound_batch::problem_code(problem),
            DeskError::NoOpenHandoff { .. } => "no-open-handoff",
            DeskError::SeveralOpenHandoffs { .. } => "several-open-handoffs",
            DeskError::NotAnswered { .. } => "handoff-not-answered",
            DeskError::Template(problems) => {
                problems.first().map_or("template-empty", |p| p.code())
            }
            DeskError::TemplateImport { errors, .. } => template_import_code(errors.first()),
            DeskError::TemplateTooLarge { .. } => "template-too-large",
            DeskError::UnknownTemplate(_) => "unknown-template",
            DeskError::Io { .. } => "io",
            DeskError::MissingSecret(_) => "missing-secret",
            DeskError::NoVariant { .. } => "no-variant",
            DeskError::WindowClosed { .. } => "window-closed",
            DeskError::Graph(g) => graph_code(g),
            DeskError::NoToken(_) => "no-token",
            DeskError::WrongPage { .. } => "wrong-page",
            DeskError::NoDemoPages(_) => "no-demo-pages",
            DeskError::IncompleteWorkspace(_) => "incomplete-workspace",
            DeskError::WorkspaceOpening => "workspace-opening",
            DeskError::Keychain(_) => "keychain-unavailable",
            DeskError::Team(e) => e.code(),
            DeskError::Crisis(e) => e.code(),
            DeskError::Privacy(e) => e.code(),
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            DeskError::Store(e) => e.args(),
            DeskError::UnknownCommunity(v)
            | DeskError::UnknownBrand(v)
            | DeskError::UnknownAgent(v)
            | DeskError::UnknownExpert(v)
            | DeskError::BadDatabaseUrl(v) => vec![("value", v.clone())],
            DeskError::ImportBadValue { row, column, value }
            | DeskError::ImportDuplicate { row, column, value } => vec![
                ("row", row.to_string()),
                ("column", column.clone()),
                ("value", value.clone()),
            ],
            DeskError::ImportMissingColumn { column } => vec![("column", column.clone())],
            DeskError::ImportMalformed { row } => vec![("row", row.to_string())],
            DeskError::BatchLine {
                line, field, value, ..
            } => [
                ("line", line.to_string()),
                ("field", field.clone()),
                ("value", value.clone()),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .collect(),
            DeskError::NoOpenHandoff { case } | DeskError::SeveralOpenHandoffs { case } => {
                vec![("case", case.clone())]
            }
            DeskError::NotAnswered { handoff } => vec![("handoff", handoff.clone())],
            DeskError::BadInput { field, value } => {
                vec![("field", field.to_string()), ("value", value.clone())]
            }
            DeskError::NoAgent | DeskError::WorkspaceOpening => vec![],
            DeskError::Template(problems) => problems.first().map(|p| p.args()).unwrap_or_default(),
            DeskError::TemplateImport { file, errors } => template_import_args(file, errors),
            DeskError::TemplateTooLarge {
                template,
                locale,
                limit,
            } => vec![
                ("template", template.clone()),
                ("locale", locale.clone()),
                ("limit", switchboard_l10n::templates::size_limit(*limit)),
            ],
            DeskError::UnknownTemplate(v) => vec![("value", v.clone())],
            DeskError::MissingSecret(what) => vec![("what", what.to_string())],
            DeskError::Io { path, reason } => vec![("reason", format!("{path}: {reason}"))],
            DeskError::NoVariant { template, locale } => {
                vec![("template", template.clone()), ("locale", locale.clone())]
            }
            DeskError::WindowClosed { closed_at } => vec![("closed", closed_at.to_rfc3339())],
            DeskError::Graph(g) => graph_detail(g)
                .map(|d| vec![("detail", d)])
                .unwrap_or_default(),
            DeskError::NoToken(v)
            | DeskError::NoDemoPages(v)
            | DeskError::IncompleteWorkspace(v) => vec![("value", v.clone())],
            DeskError::WrongPage {
                community,
                expected,
                found,
            } => vec![
                ("community", community.clone()),
                ("expected", expected.clone()),
                ("found", found.clone()),
            ],
            DeskError::Keychain(e) => vec![("detail", e.to_string())],
            DeskError::Team(e) => e.args(),
            DeskError::Crisis(e) => e.args(),
            DeskError::Privacy(e) => e.args(),
        }
    }
}

/// The code of an import refused for `first` (its first problem): what is
/// wrong, said in the message itself.
fn template_import_code(first: Option<&switchboard_l10n::templates::ImportError>) -> &'static str {
    use switchboard_l10n::templates::{ImportError, ProblemKind};
    match first {
        None | Some(ImportError::Syntax { .. }) => "template-import-syntax",
        Some(ImportError::BadId { .. }) => "template-import-bad-id",
        Some(ImportError::MissingTopic { .. }) => "template-import-missing-topic",
        Some(ImportError::Duplicate { .. }) => "template-import-duplicate",
        Some(ImportError::FileTooLarge { .. }) => "template-import-file-too-large",
        Some(ImportError::Variant { problem, .. }) => match problem.kind {
            ProblemKind::Syntax { .. } => "template-import-text-syntax",
            ProblemKind::AttributeLine => "template-import-attribute-line",
            ProblemKind::UnknownVariable { .. } => "template-import-unknown-variable",
            ProblemKind::UnknownTerm { .. } => "template-import-unknown-term",
            ProblemKind::MessageReference { .. } => "template-import-message-reference",
            ProblemKind::Empty => "template-import-empty",
            ProblemKind::TooLarge { .. } => "template-import-too-large",
        },
    }
}

/// The arguments of `template_import_code`'s message: the file, where and
/// what (the message id, the unknown name, the limit), and how many problems
/// the file has in all.
fn template_import_args(
    file: &str,
    errors: &[switchboard_l10n::templates::ImportError],
) -> Vec<(&'static str, String)> {
    use switchboard_l10n::templates::{size_limit, ImportError, ProblemKind};
    let mut args = vec![("file", file.to_string())];
    let count = ("count", errors.len().to_string());
    match errors.first() {
        None => args.extend([
            ("line", "0".into()),
            ("column", "0".into()),
            ("detail", String::new()),
            count,
        ]),
        Some(ImportError::Syntax {
            line,
            column,
            detail,
        }) => args.extend([
            ("line", line.to_string()),
            ("column", column.to_string()),
            ("detail", detail.clone()),
            count,
        ]),
        Some(
            ImportError::BadId { line, id }
            | ImportError::MissingTopic { line, id }
            | ImportError::Duplicate { line, id },
        ) => args.extend([("line", line.to_string()), ("id", id.clone()), count]),
        Some(ImportError::FileTooLarge { limit }) => args.push(("limit", size_limit(*limit))),
        Some(ImportError::Variant { line, id, problem }) => {
            // `locate` has made the place of a name a place in the file.
            args.push(("line", problem.line.max(*line).to_string()));
            args.push(("id", id.clone()));
            match &problem.kind {
                ProblemKind::Syntax { detail } => {
                    args.push(("column", problem.column.to_string()));
                    args.push(("detail", detail.clone()));
                }
                ProblemKind::UnknownVariable { name }
                | ProblemKind::UnknownTerm { name }
                | ProblemKind::MessageReference { name } => {
                    args.push(("column", problem.column.to_string()));
                    args.push(("name", name.clone()));
                }
                ProblemKind::TooLarge { limit } => args.push(("limit", size_limit(*limit))),
                ProblemKind::AttributeLine | ProblemKind::Empty => {}
            }
            args.push(count);
        }
    }
    args
}

fn graph_code(g: &switchboard_meta::graph::GraphError) -> &'static str {
    use switchboard_meta::errors::Action;
    use switchboard_meta::graph::GraphError;
    match g {
        GraphError::Meta(Action::BackOff { .. }) => "graph-back-off",
        GraphError::Meta(Action::Reauthorize) => "graph-reauthorize",
        GraphError::Meta(Action::OutsideWindow) => "graph-outside-window",
        GraphError::Meta(Action::Rejected { .. }) => "graph-rejected",
        GraphError::Unreachable(_) => "graph-unreachable",
        GraphError::Unexpected(_) => "graph-unexpected",
    }
}

/// Meta's own words, or the network's; never a URL or a token. None for
/// the errors whose message says it all (back off, re-authorise, window).
fn graph_detail(g: &switchboard_meta::graph::GraphError) -> Option<String> {
    use switchboard_meta::errors::Action;
    use switchboard_meta::graph::GraphError;
    match g {
        GraphError::Meta(Action::Rejected { code, message, .. }) => {
            Some(format!("({code}) {message}"))
        }
        GraphError::Meta(_) => None,
        GraphError::Unreachable(m) | GraphError::Unexpected(m) => Some(m.clone()),
    }
}
