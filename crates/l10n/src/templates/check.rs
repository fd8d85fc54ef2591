//! Checking a template variant as it is saved: Fluent syntax (with the line
//! and column of the first problem, in the text the person wrote), the
//! variables and terms it uses, and its canonical form.
//!
//! A variant is the *pattern* of one Fluent message: what follows
//! `id =`. It is checked by indenting it under a fixed message id and
//! parsing that; positions are mapped back to the written text. The
//! canonical form is what Fluent's serializer writes for it, so an export
//! followed by an import gives back exactly the stored text (and a second
//! export is byte-identical).

use super::{size_limit, KNOWN_TERMS, KNOWN_VARIABLES, MAX_TEXT_BYTES};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;
use serde::Serialize;
use ts_rs::TS;

/// The message id a variant is parsed, rendered and serialized under;
/// never shown.
pub(crate) const HOLDER: &str = "reply";
const INDENT: &str = "    ";

/// What is wrong with a variant, where (1-based line and column in the
/// variant's own text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    #[serde(flatten)]
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProblemKind {
    /// Fluent cannot parse it; `detail` is the parser's own words.
    Syntax {
        detail: String,
    },
    /// A line that starts with `.` would become an attribute.
    AttributeLine,
    UnknownVariable {
        name: String,
    },
    UnknownTerm {
        name: String,
    },
    /// Variants stand alone: they cannot use other messages.
    MessageReference {
        name: String,
    },
    Empty,
    /// Longer than `limit` bytes (`MAX_TEXT_BYTES`).
    TooLarge {
        limit: usize,
    },
}

impl Problem {
    /// The `error-template-…` message key the fronts localize this with.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ProblemKind::Syntax { .. } => "template-syntax",
            ProblemKind::AttributeLine => "template-attribute-line",
            ProblemKind::UnknownVariable { .. } => "template-unknown-variable",
            ProblemKind::UnknownTerm { .. } => "template-unknown-term",
            ProblemKind::MessageReference { .. } => "template-message-reference",
            ProblemKind::Empty => "template-empty",
            ProblemKind::TooLarge { .. } => "template-text-too-large",
        }
    }

    /// The arguments of that message (each one it says, no other).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let line = ("line", self.line.to_string());
        let column = ("column", self.column.to_string());
        match &self.kind {
            ProblemKind::Syntax { detail } => vec![line, column, ("detail", detail.clone())],
            ProblemKind::UnknownVariable { name }
            | ProblemKind::UnknownTerm { name }
            | ProblemKind::MessageReference { name } => vec![line, column, ("name", name.clone())],
            ProblemKind::AttributeLine => vec![line],
            ProblemKind::Empty => vec![],
            ProblemKind::TooLarge { limit } => vec![("limit", size_limit(*limit))],
        }
    }
}

/// Every line of `source` indented as a message body (blank lines empty).
pub(crate) fn indent(source: &str) -> String {
    source
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("{INDENT}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text as the value of the holder message, as Fluent expects a pattern.
pub(crate) fn wrap(source: &str) -> String {
    format!("{HOLDER} =\n{}\n", indent(source.trim_end()))
}

/// Line and column (1-based, in characters) of `offset` in `text`.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

/// A position in the wrapped text as a position in the written text.
fn unwrap_position(wrapped: &str, offset: usize) -> (usize, usize) {
    let (line, column) = position(wrapped, offset);
    (
        line.saturating_sub(1).max(1),
        column.saturating_sub(INDENT.len()).max(1),
    )
}

/// A position past the end of the text (an unclosed brace is found at the
/// end) as the end of its last line.
fn clamp(source: &str, (line, column): (usize, usize)) -> (usize, usize) {
    let lines: Vec<&str> = source.trim_end().lines().collect();
    match lines.last() {
        Some(last) if line > lines.len() => (lines.len(), last.chars().count() + 1),
        _ => (line, column),
    }
}

/// Where `needle` first appears in `source`, else 1:1.
fn find(source: &str, needle: &str) -> (usize, usize) {
    source
        .find(needle)
        .map(|i| position(source, i))
        .unwrap_or((1, 1))
}

/// Checks `source`; returns its canonical form, or every problem found.
pub fn check(source: &str) -> Result<String, Vec<Problem>> {
    if source.len() > MAX_TEXT_BYTES {
        return Err(vec![Problem {
            line: 1,
            column: 1,
            kind: ProblemKind::TooLarge {
                limit: MAX_TEXT_BYTES,
            },
        }]);
    }
    // A carriage return means nothing in a reply, and Fluent would take
    // one before a newline as part of the line end: dropping them all keeps
    // the canonical form canonical (checking it again gives it back).
    let without_cr;
    let source = if source.contains('\r') {
        without_cr = source.replace('\r', "");
        without_cr.as_str()
    } else {
        source
    };
    if source.trim().is_empty() {
        return Err(vec![Problem {
            line: 1,
            column: 1,
            kind: ProblemKind::Empty,
        }]);
    }
    if let Some((n, line)) = source
        .lines()
        .enumerate()
        .find(|(_, l)| l.trim_start().starts_with('.'))
    {
        return Err(vec![Problem {
            line: n + 1,
            column: line.len() - line.trim_start().len() + 1,
            kind: ProblemKind::AttributeLine,
        }]);
    }
    let wrapped = wrap(source);
    let resource = match parser::parse(wrapped.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    let (line, column) = clamp(source, unwrap_position(&wrapped, e.pos.start));
                    Problem {
                        line,
                        column,
                        kind: ProblemKind::Syntax {
                            detail: e.kind.to_string(),
                        },
                    }
                })
                .collect())
        }
    };
    let Some(pattern) = the_pattern(&resource) else {
        return Err(vec![Problem {
            line: 1,
            column: 1,
            kind: ProblemKind::Syntax {
                detail: "not a single reply".into(),
            },
        }]);
    };
    let mut refs = Refs::default();
    refs.pattern(pattern);
    let mut problems = Vec::new();
    for name in refs.variables {
        if !KNOWN_VARIABLES.contains(&name.as_str()) {
            let (line, column) = find(source, &format!("${name}"));
            problems.push(Problem {
                line,
                column,
                kind: ProblemKind::UnknownVariable { name },
            });
        }
    }
    for name in refs.terms {
        if !KNOWN_TERMS.contains(&name.as_str()) {
            let (line, column) = find(source, &format!("-{name}"));
            problems.push(Problem {
                line,
                column,
                kind: ProblemKind::UnknownTerm { name },
            });
        }
    }
    for name in refs.messages {
        let (line, column) = find(source, &name);
        problems.push(Problem {
            line,
            column,
            kind: ProblemKind::MessageReference { name },
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(canonical(&fluent_syntax::serializer::serialize(&resource)))
}

fn the_pattern<'r>(r: &'r ast::Resource<&'r str>) -> Option<&'r ast::Pattern<&'r str>> {
    match r.body.as_slice() {
        [Entry::Message(m)] if m.attributes.is_empty() => m.value.as_ref(),
        _ => None,
    }
}

/// The serialized holder message back to the variant's own text.
pub(crate) fn canonical(serialized: &str) -> String {
    let body = serialized
        .strip_prefix(HOLDER)
        .unwrap_or(serialized)
        .trim_start_matches(' ')
        .strip_prefix('=')
        .unwrap_or(serialized);
    if let Some(single) = body.strip_prefix(' ') {
        return single.trim_end_matches('\n').to_string();
    }
    body.trim_start_matches('\n')
        .trim_end_matches('\n')
        .lines()
        .map(|l| l.strip_prefix(INDENT).unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The variables, terms and messages a pattern refers to, once each, in
/// order of appearance.
#[derive(Default)]
pub(crate) struct Refs {
    pub variables: Vec<String>,
    pub terms: Vec<String>,
    pub messages: Vec<String>,
}

impl Refs {
    fn push(list: &mut Vec<String>, name: &str) {
        if !list.iter().any(|n| n == name) {
            list.push(name.to_string());
        }
    }

    pub(crate) fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, e: &Expression<&str>) {
        match e {
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            Expression::Inline(i) => self.inline(i),
        }
    }

    fn inline(&mut self, i: &InlineExpression<&str>) {
        match i {
            InlineExpression::VariableReference { id } => Self::push(&mut self.variables, id.name),
            InlineExpression::TermReference { id, arguments, .. } => {
                Self::push(&mut self.terms, id.name);
                if let Some(a) = arguments {
                    self.arguments(a);
                }
            }
            InlineExpression::MessageReference { id, .. } => {
                Self::push(&mut self.messages, id.name)
            }
            InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, a: &ast::CallArguments<&str>) {
        for p in &a.positional {
            self.inline(p);
        }
        for n in &a.named {
            self.inline(&n.value);
        }
    }
}

/// The variables `source` uses (for parity checks); empty when it does not parse.
pub fn variables_of(source: &str) -> Vec<String> {
    let wrapped = wrap(source);
    let Ok(resource) = parser::parse(wrapped.as_str()) else {
        return Vec::new();
    };
    let mut refs = Refs::default();
    if let Some(p) = the_pattern(&resource) {
        refs.pattern(p);
    }
    refs.variables
}
