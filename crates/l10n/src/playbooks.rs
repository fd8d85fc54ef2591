//! Playbooks as a Fluent file (`playbooks.ftl`): one message per playbook,
//! its name as the value and its crisis terms and guidance as attributes.
//! The statements are templates and travel as template files beside it.
//!
//! ```ftl
//! weather = Weather: snow, storms, ash
//!     .first-response-minutes = 240
//!     .resolution-minutes = 4320
//!     .guidance =
//!         Say what we know and when we will know more.
//! ```

use crate::templates::{plain, valid_template_id, MAX_FILE_BYTES};
use fluent_syntax::ast::Entry;
use fluent_syntax::parser;

/// A playbook as its file has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaybookFile {
    pub id: String,
    pub name: String,
    pub first_response_minutes: i64,
    pub resolution_minutes: i64,
    pub guidance: String,
}

/// What is wrong in a playbooks file, and where (1-based line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaybookProblem {
    pub line: usize,
    /// The playbook's id, or empty for the file as a whole.
    pub id: String,
    /// `syntax`, `bad-id`, `no-name`, `bad-minutes`, `duplicate`,
    /// `too-large`.
    pub what: &'static str,
}

const INDENT: &str = "        ";

/// The file's text for `playbooks`, by id.
pub fn export_playbooks(playbooks: &[PlaybookFile]) -> String {
    let mut out = String::from(
        "# Switchboard playbooks: one message per kind of incident.\n\
         # The value is its name; .first-response-minutes and .resolution-minutes are the\n\
         # crisis terms (business minutes); .guidance is for helpers who join for the day.\n\
         # Holding statements are the templates playbook-<id> in the <locale>.ftl files beside this one.\n",
    );
    let mut sorted: Vec<&PlaybookFile> = playbooks.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for p in sorted {
        out.push('\n');
        out.push_str(&format!("{} = {}\n", p.id, one_line(&p.name)));
        out.push_str(&format!(
            "    .first-response-minutes = {}\n",
            p.first_response_minutes
        ));
        out.push_str(&format!(
            "    .resolution-minutes = {}\n",
            p.resolution_minutes
        ));
        let guidance: Vec<&str> = p
            .guidance
            .lines()
            .filter(|l| !l.trim().is_empty())
            .collect();
        if !guidance.is_empty() {
            out.push_str("    .guidance =\n");
            for l in guidance {
                out.push_str(&format!("{INDENT}{}\n", l.trim()));
            }
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a playbooks file; every problem is listed.
pub fn read_playbooks(text: &str) -> Result<Vec<PlaybookFile>, Vec<PlaybookProblem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![PlaybookProblem {
            line: 0,
            id: String::new(),
            what: "too-large",
        }]);
    }
    let line_at = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let (resource, syntax) = match parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    let mut problems: Vec<PlaybookProblem> = syntax
        .iter()
        .map(|e| PlaybookProblem {
            line: line_at(e.slice.as_ref().map_or(e.pos.start, |s| s.start)),
            id: String::new(),
            what: "syntax",
        })
        .collect();
    let line_of_id = |id: &str| {
        text.lines()
            .position(|l| {
                l.strip_prefix(id)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map_or(0, |n| n + 1)
    };
    let mut out: Vec<PlaybookFile> = Vec::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let id = m.id.name.to_string();
        let line = line_of_id(&id);
        let problem = |what| PlaybookProblem {
            line,
            id: id.clone(),
            what,
        };
        if !valid_template_id(&id) {
            problems.push(problem("bad-id"));
            continue;
        }
        let name = m
            .value
            .as_ref()
            .map(|v| one_line(&plain(v)))
            .unwrap_or_default();
        if name.is_empty() {
            problems.push(problem("no-name"));
            continue;
        }
        let attr = |n: &str| {
            m.attributes
                .iter()
                .find(|a| a.id.name == n)
                .map(|a| plain(&a.value))
        };
        let minutes = |n: &str| {
            attr(n)
                .and_then(|v| v.trim().parse::<i64>().ok())
                .filter(|m| *m > 0 && *m <= 60 * 24 * 60)
        };
        let (Some(first), Some(resolution)) = (
            minutes("first-response-minutes"),
            minutes("resolution-minutes"),
        ) else {
            problems.push(problem("bad-minutes"));
            continue;
        };
        if out.iter().any(|p| p.id == id) {
            problems.push(problem("duplicate"));
            continue;
        }
        let guidance = attr("guidance")
            .map(|g| {
                g.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default();
        out.push(PlaybookFile {
            id,
            name,
            first_response_minutes: first,
            resolution_minutes: resolution,
            guidance,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weather() -> PlaybookFile {
        PlaybookFile {
            id: "weather".into(),
            name: "Weather: snow, storms, ash".into(),
            first_response_minutes: 240,
            resolution_minutes: 4320,
            guidance: "Say what we know.\nNever promise a departure time.".into(),
        }
    }

    #[test]
    fn a_playbooks_file_reads_back_what_was_written() {
        let text = export_playbooks(&[weather()]);
        assert_eq!(read_playbooks(&text), Ok(vec![weather()]));
        assert_eq!(export_playbooks(&read_playbooks(&text).unwrap()), text);
    }

    #[test]
    fn every_bad_playbook_is_named_with_its_line() {
        let text = "weather = Weather\n    .first-response-minutes = soon\n    .resolution-minutes = 60\n\
                    Strike = Strike\n    .first-response-minutes = 60\n    .resolution-minutes = 60\n\
                    it-outage =\n    .first-response-minutes = 60\n";
        let problems = read_playbooks(text).unwrap_err();
        let seen: Vec<(usize, &str, &str)> = problems
            .iter()
            .map(|p| (p.line, p.id.as_str(), p.what))
            .collect();
        assert!(seen.contains(&(1, "weather", "bad-minutes")), "{seen:?}");
        assert!(seen.contains(&(4, "Strike", "bad-id")), "{seen:?}");
        assert!(
            seen.iter()
                .any(|(_, _, w)| *w == "syntax" || *w == "no-name"),
            "{seen:?}"
        );
    }
}
