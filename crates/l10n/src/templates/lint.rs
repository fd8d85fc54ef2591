//! `templates check`: every problem of a set of template files (one per
//! locale) or of a workspace's templates, each with where it is. Parity is
//! checked against a reference: every message of the reference exists in
//! every file, with the same topic and the same variables (a translation
//! that drops `$flight` would send a reply without the flight).

use super::check::variables_of;
use super::exchange::{read_file, ImportError, ImportedVariant};
use super::ProblemKind;
use super::{Template, Variant};

/// One problem, as a code and arguments the front localizes
/// (`check-<code>`), with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A file name or `template/locale[/brand]`.
    pub place: String,
    pub line: usize,
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// Where `needle` is in `text` at or after line `from` (1-based): the
/// absolute line and column, so a problem inside a message points into the
/// file.
fn find_from(text: &str, from: usize, needle: &str) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find_map(|(n, l)| l.find(needle).map(|i| (n + 1, l[..i].chars().count() + 1)))
}

/// `e` with the place of a problem inside a message's text (a variable, a
/// term, a reference) as a line and column of the whole file, where the
/// file has it; other problems keep their place in the text.
pub fn locate(text: &str, e: &ImportError) -> ImportError {
    let ImportError::Variant { line, id, problem } = e else {
        return e.clone();
    };
    let needle = match &problem.kind {
        ProblemKind::UnknownVariable { name } => Some(format!("${name}")),
        ProblemKind::UnknownTerm { name } => Some(format!("-{name}")),
        ProblemKind::MessageReference { name } => Some(name.clone()),
        _ => None,
    };
    let mut p = problem.clone();
    if let Some((l, c)) = needle.and_then(|n| find_from(text, *line, &n)) {
        p.line = l;
        p.column = c;
    }
    ImportError::Variant {
        line: *line,
        id: id.clone(),
        problem: p,
    }
}

fn import_finding(place: &str, text: &str, e: &ImportError) -> Finding {
    let (line, code, args) = match locate(text, e) {
        ImportError::Syntax {
            line,
            column,
            detail,
        } => (
            line,
            "syntax",
            vec![("column", column.to_string()), ("detail", detail)],
        ),
        ImportError::BadId { line, id } => (line, "bad-id", vec![("id", id)]),
        ImportError::MissingTopic { line, id } => (line, "missing-topic", vec![("id", id)]),
        ImportError::Duplicate { line, id } => (line, "duplicate", vec![("id", id)]),
        ImportError::FileTooLarge { limit } => (
            0,
            "file-too-large",
            vec![("limit", super::size_limit(limit))],
        ),
        ImportError::Variant { line, id, problem } => {
            let mut args = vec![("id", id)];
            args.extend(problem.args());
            (problem.line.max(line), problem.code(), args)
        }
    };
    Finding {
        place: place.to_string(),
        line,
        code,
        args,
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// Checks files given as (place, text); the first is the reference.
pub fn lint_files(files: &[(String, String)]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut parsed: Vec<(&str, &str, Vec<ImportedVariant>)> = Vec::new();
    for (place, text) in files {
        let (variants, errors) = read_file(text);
        findings.extend(errors.iter().map(|e| import_finding(place, text, e)));
        parsed.push((place, text, variants));
    }
    let Some((ref_place, _, reference)) = parsed.first() else {
        return findings;
    };
    let line_of = |text: &str, id: &str| {
        text.lines()
            .position(|l| l.starts_with(id) && l[id.len()..].trim_start().starts_with('='))
            .map_or(0, |n| n + 1)
    };
    for (place, text, variants) in parsed.iter().skip(1) {
        for r in reference {
            let id = message_id(r);
            match variants
                .iter()
                .find(|v| v.template_id == r.template_id && v.brand == r.brand)
            {
                None => findings.push(Finding {
                    place: place.to_string(),
                    line: 0,
                    code: "missing-message",
                    args: vec![("id", id), ("reference", ref_place.to_string())],
                }),
                Some(v) => {
                    let line = line_of(text, &id);
                    if v.topic != r.topic {
                        findings.push(Finding {
                            place: place.to_string(),
                            line,
                            code: "topic-mismatch",
                            args: vec![
                                ("id", id.clone()),
                                ("topic", v.topic.clone()),
                                ("expected", r.topic.clone()),
                            ],
                        });
                    }
                    findings.extend(variable_mismatch(place, line, id, &v.source, &r.source));
                }
            }
        }
        for v in variants {
            if !reference
                .iter()
                .any(|r| r.template_id == v.template_id && r.brand == v.brand)
            {
                let id = message_id(v);
                findings.push(Finding {
                    place: place.to_string(),
                    line: line_of(text, &id),
                    code: "extra-message",
                    args: vec![("id", id), ("reference", ref_place.to_string())],
                });
            }
        }
    }
    findings
}

fn message_id(v: &ImportedVariant) -> String {
    match &v.brand {
        Some(b) => format!("{}__{b}", v.template_id),
        None => v.template_id.clone(),
    }
}

/// A finding when `source` does not use the same variables as `reference`.
fn variable_mismatch(
    place: &str,
    line: usize,
    id: String,
    source: &str,
    reference: &str,
) -> Option<Finding> {
    let (mine, theirs) = (
        sorted(variables_of(source)),
        sorted(variables_of(reference)),
    );
    (mine != theirs).then(|| Finding {
        place: place.to_string(),
        line,
        code: "variable-mismatch",
        args: vec![
            ("id", id),
            ("found", dollars(&mine)),
            ("expected", dollars(&theirs)),
        ],
    })
}

fn dollars(vars: &[String]) -> String {
    if vars.is_empty() {
        return "—".into();
    }
    vars.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn place(t: &Template, v: &Variant) -> String {
    match &v.brand {
        Some(b) => format!("{}/{}/{b}", t.id, v.locale),
        None => format!("{}/{}", t.id, v.locale),
    }
}

/// Checks a workspace's templates: every variant checks, and uses the
/// same variables as the template's reference variant.
pub fn lint_templates(templates: &[Template]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for t in templates {
        let reference = t.variants.iter().find(|v| t.is_reference(v));
        for v in &t.variants {
            if let Err(problems) = super::check(&v.source) {
                findings.extend(problems.into_iter().map(|p| Finding {
                    place: place(t, v),
                    line: p.line,
                    code: p.code(),
                    args: {
                        let mut a = vec![("id", t.id.clone())];
                        a.extend(p.args());
                        a
                    },
                }));
                continue;
            }
            if let Some(r) = reference.filter(|r| !std::ptr::eq(*r, v)) {
                findings.extend(variable_mismatch(
                    &place(t, v),
                    0,
                    t.id.clone(),
                    &v.source,
                    &r.source,
                ));
            }
        }
    }
    findings
}
