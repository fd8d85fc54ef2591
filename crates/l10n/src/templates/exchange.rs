//! Templates as `.ftl` files for translators: one file per locale, one
//! message per variant — `baggage-delayed` for the any-brand variant,
//! `baggage-delayed__summit-air` for a brand's own — with the template's
//! topic and the variant's tags as attributes. Outdated variants carry a
//! `# outdated` comment, for the translator only. The text is written as
//! stored (canonical), so export → import → export is byte-identical.

use super::check::{canonical, check, indent, Problem, HOLDER};
use super::{valid_template_id, Template};
use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use fluent_syntax::parser;

const BRAND_SEPARATOR: &str = "__";

/// One variant read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedVariant {
    pub template_id: String,
    pub brand: Option<String>,
    pub topic: String,
    pub tags: Vec<String>,
    /// Canonical, checked.
    pub source: String,
}

/// What is wrong in a file: where (1-based line of the message) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    BadId {
        line: usize,
        id: String,
    },
    MissingTopic {
        line: usize,
        id: String,
    },
    Variant {
        line: usize,
        id: String,
        problem: Problem,
    },
    Duplicate {
        line: usize,
        id: String,
    },
    /// The file is longer than `limit` bytes (`MAX_FILE_BYTES`); nothing in
    /// it was read.
    FileTooLarge {
        limit: usize,
    },
}

/// The `.ftl` text of every variant in `locale` (exactly that tag).
pub fn export_locale(templates: &[Template], locale: &str) -> String {
    let mut out = format!(
        "# Switchboard reply templates: {locale}\n\
         # One message per variant: <template> for any brand, <template>{BRAND_SEPARATOR}<brand> for a brand's own.\n\
         # Variables: $first_name $agent_name $agent_initials $case_ref $community $flight $booking_ref $bags $expert_answer $statement_link\n\
         # Terms: -brand (.formality = formal | informal), -sign-off\n"
    );
    let mut sorted: Vec<&Template> = templates.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for t in sorted {
        let mut variants: Vec<_> = t.variants.iter().filter(|v| v.locale == locale).collect();
        variants.sort_by(|a, b| a.brand.cmp(&b.brand));
        for v in variants {
            let id = match &v.brand {
                Some(b) => format!("{}{BRAND_SEPARATOR}{b}", t.id),
                None => t.id.clone(),
            };
            out.push('\n');
            if v.outdated {
                out.push_str("# outdated: the reference text changed since this was written\n");
            }
            if v.source.contains('\n') {
                out.push_str(&format!("{id} =\n{}\n", indent(&v.source)));
            } else {
                out.push_str(&format!("{id} = {}\n", v.source));
            }
            out.push_str(&format!("    .topic = {}\n", t.topic));
            if !v.tags.is_empty() {
                out.push_str(&format!("    .tags = {}\n", v.tags.join(", ")));
            }
        }
    }
    out
}

fn line_of(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    (
        before.matches('\n').count() + 1,
        before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
    )
}

/// The plain text of an attribute's pattern.
pub(crate) fn plain(p: &Pattern<&str>) -> String {
    p.elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => (*value).to_string(),
            PatternElement::Placeable { .. } => String::new(),
        })
        .collect()
}

/// Reads a file of one locale; every problem is listed, with its line.
pub fn import_file(text: &str) -> Result<Vec<ImportedVariant>, Vec<ImportError>> {
    let (variants, errors) = read_file(text);
    if errors.is_empty() {
        Ok(variants)
    } else {
        Err(errors)
    }
}

/// Every valid message of a file, and the problems of the others.
pub fn read_file(text: &str) -> (Vec<ImportedVariant>, Vec<ImportError>) {
    if text.len() > super::MAX_FILE_BYTES {
        return (
            Vec::new(),
            vec![ImportError::FileTooLarge {
                limit: super::MAX_FILE_BYTES,
            }],
        );
    }
    let (resource, syntax) = match parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let mut errors: Vec<ImportError> = syntax
        .iter()
        .map(|e| {
            // The line of the message the parser gave up on; the column
            // where it stumbled when that is on the same line.
            let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
            let (line, _) = line_of(text, start);
            let (at_line, at_column) = line_of(text, e.pos.start);
            let column = if at_line == line { at_column } else { 1 };
            ImportError::Syntax {
                line,
                column,
                detail: e.kind.to_string(),
            }
        })
        .collect();
    let mut out: Vec<ImportedVariant> = Vec::new();
    // The line where a message starts, to name it in errors.
    let line_of_id = |id: &str| {
        text.lines()
            .position(|l| {
                l.strip_prefix(id)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map_or(0, |n| n + 1)
    };
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let id = m.id.name.to_string();
        let line = line_of_id(&id);
        let (template_id, brand) = match id.split_once(BRAND_SEPARATOR) {
            Some((t, b)) => (t.to_string(), Some(b.to_string())),
            None => (id.clone(), None),
        };
        if !valid_template_id(&template_id)
            || brand.as_deref().is_some_and(|b| !valid_template_id(b))
        {
            errors.push(ImportError::BadId { line, id });
            continue;
        }
        let attr = |name: &str| {
            m.attributes
                .iter()
                .find(|a| a.id.name == name)
                // One line, whatever the file's layout: an export writes
                // it on the attribute's own line.
                .map(|a| {
                    plain(&a.value)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
        };
        let Some(topic) = attr("topic").filter(|t| !t.is_empty()) else {
            errors.push(ImportError::MissingTopic { line, id });
            continue;
        };
        let tags = attr("tags")
            .map(|t| {
                t.split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let Some(value) = &m.value else {
            errors.push(ImportError::Variant {
                line,
                id,
                problem: Problem {
                    line: 1,
                    column: 1,
                    kind: super::ProblemKind::Empty,
                },
            });
            continue;
        };
        // The value alone, serialized as a message of its own, back to the stored form.
        let single = fluent_syntax::ast::Resource {
            body: vec![Entry::Message(fluent_syntax::ast::Message {
                id: fluent_syntax::ast::Identifier { name: HOLDER },
                value: Some(value.clone()),
                attributes: Vec::new(),
                comment: None,
            })],
        };
        let source = canonical(&fluent_syntax::serializer::serialize(&single));
        match check(&source) {
            Ok(canonical) => {
                if out
                    .iter()
                    .any(|v| v.template_id == template_id && v.brand == brand)
                {
                    errors.push(ImportError::Duplicate { line, id });
                    continue;
                }
                out.push(ImportedVariant {
                    template_id,
                    brand,
                    topic,
                    tags,
                    source: canonical,
                })
            }
            Err(problems) => {
                errors.extend(problems.into_iter().map(|problem| ImportError::Variant {
                    line,
                    id: id.clone(),
                    problem,
                }))
            }
        }
    }
    (out, errors)
}
