//! What a case is filed under: its topic (one slug reports, saved replies
//! and expert suggestions go by) and its tags (words the team adds,
//! `vip`, `press`).

use crate::{Desk, DeskError, DeskResult};
use switchboard_domain::{Case, CaseId};
use switchboard_store::CaseChange;

/// At most this many tags on a case, each at most `TAG_CHARS` characters.
pub const MAX_TAGS: usize = 12;
pub const TAG_CHARS: usize = 32;

/// The tags as the desk keeps them: trimmed, inner spaces single,
/// lowercased, each once, in the order given; a tag with a comma or over
/// `TAG_CHARS` characters, or more than `MAX_TAGS`, is refused.
pub fn clean_tags(tags: &[String]) -> DeskResult<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for raw in tags {
        let tag = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if tag.is_empty() || out.contains(&tag) {
            continue;
        }
        if tag.chars().count() > TAG_CHARS || tag.contains(',') || tag.chars().any(char::is_control)
        {
            return Err(DeskError::BadInput {
                field: "tag",
                value: raw.clone(),
            });
        }
        out.push(tag);
    }
    if out.len() > MAX_TAGS {
        return Err(DeskError::BadInput {
            field: "tags",
            value: out.join(", "),
        });
    }
    Ok(out)
}

impl Desk {
    /// What the case is about: a topic slug such as `baggage-damaged`
    /// (lowercase letters, digits and single dashes, at most 40), or none.
    /// Reports, saved replies and expert suggestions go by it.
    pub async fn set_topic(&self, id: CaseId, topic: Option<&str>) -> DeskResult<Case> {
        let topic = match topic.map(str::trim).filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => {
                let slug = t.to_lowercase();
                if slug.len() > 40 || !switchboard_l10n::templates::valid_template_id(&slug) {
                    return Err(DeskError::BadInput {
                        field: "topic",
                        value: t.to_string(),
                    });
                }
                Some(slug)
            }
        };
        self.label_case(id, |next| next.topic = topic.clone()).await
    }

    /// Replaces the case's tags (see `clean_tags`); none clears them.
    pub async fn set_tags(&self, id: CaseId, tags: &[String]) -> DeskResult<Case> {
        let tags = clean_tags(tags)?;
        self.label_case(id, |next| next.tags = tags.clone()).await
    }

    /// Writes a change of what the case is filed under (no rule of the
    /// state machine involved), and says so.
    async fn label_case(
        &self,
        id: CaseId,
        edit: impl Fn(&mut Case) + Send + Sync,
    ) -> DeskResult<Case> {
        let now = self.now();
        let case = self
            .store()
            .change_case(id, &|current: &Case| {
                let mut next = current.clone();
                edit(&mut next);
                next.updated_at = now;
                Ok(CaseChange {
                    audit: None,
                    case: next,
                    message: None,
                })
            })
            .await?;
        self.announce(&case);
        Ok(case)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn tags_are_trimmed_lowercased_and_kept_once() {
        assert_eq!(
            clean_tags(&tags(&["  VIP ", "press", "vip", "", "Late   Bag"])).unwrap(),
            tags(&["vip", "press", "late bag"])
        );
    }

    #[test]
    fn a_long_or_comma_tag_or_too_many_are_refused() {
        assert!(clean_tags(&tags(&["a,b"])).is_err());
        assert!(clean_tags(&tags(&[&"x".repeat(33)])).is_err());
        let many: Vec<String> = (0..13).map(|i| format!("t{i}")).collect();
        assert!(clean_tags(&many).is_err());
    }
}
