//! A handoff as an e-mail, for solo mode: the agent has no shared database
//! the expert could open, so the question leaves as a `mailto:` link that
//! the agent's mail program opens ready to send. The answer comes back by
//! mail and the agent records it (`Desk::answer_handoff`).
//!
//! The subject carries a reference (`[#42/H7]`: case 42, handoff 7) that
//! survives "Re:" so the agent can match the reply. The labels of the body
//! come from the front, in the agent's language; the link is built here
//! once, percent-encoded as RFC 6068 asks (UTF-8, CRLF line breaks).

use switchboard_domain::{Case, Community, Expert, Handoff};

/// The words of the body, localized by the front.
#[derive(Debug, Clone)]
pub struct MailLabels {
    pub question: String,
    pub excerpt: String,
    pub language: String,
    pub due: String,
    pub priority: String,
    pub reference: String,
    /// A closing line, e.g. "Reply to this e-mail; keep the reference."
    pub reply_hint: String,
}

impl MailLabels {
    /// The labels in the language of `l10n`.
    pub fn localized(l10n: &switchboard_l10n::Localizer) -> MailLabels {
        MailLabels {
            question: l10n.t("mail-question", &[]),
            excerpt: l10n.t("mail-excerpt", &[]),
            language: l10n.t("mail-language", &[]),
            due: l10n.t("mail-due", &[]),
            priority: l10n.t("mail-priority", &[]),
            reference: l10n.t("mail-reference", &[]),
            reply_hint: l10n.t("mail-reply-hint", &[]),
        }
    }
}

impl crate::Desk {
    /// The `mailto:` link of handoff `id`, for the agent's mail program.
    pub async fn handoff_mailto(
        &self,
        id: switchboard_domain::HandoffId,
        labels: &MailLabels,
    ) -> crate::DeskResult<String> {
        let store = self.store();
        let h = store.handoff(id).await?;
        let expert = store.expert(h.expert_id).await?;
        let case = store.case(h.case_id).await?;
        let community = store.community(case.community_id).await?;
        Ok(mailto_link(&h, &expert, &case, &community, labels))
    }
}

/// The reference of a handoff in subjects and bodies: `#42/H7`.
pub fn reference(h: &Handoff) -> String {
    format!("#{}/H{}", h.case_id, h.id)
}

/// The readable summary: question, excerpt (quoted), the customer's
/// language, the due time in UTC and on the expert's clock, the priority
/// and the reference.
pub fn summary(
    h: &Handoff,
    expert: &Expert,
    case: &Case,
    community: &Community,
    labels: &MailLabels,
) -> String {
    let zone = crate::experts::zone_of(expert);
    let mut lines = vec![
        format!("{}:", labels.question),
        h.question.clone(),
        String::new(),
    ];
    if !h.excerpt.trim().is_empty() {
        lines.push(format!("{}:", labels.excerpt));
        lines.extend(h.excerpt.lines().map(|l| format!("> {l}")));
        lines.push(String::new());
    }
    lines.push(format!("{}: {}", labels.language, community.locale));
    lines.push(format!(
        "{}: {} ({} {})",
        labels.due,
        h.due_at.format("%Y-%m-%d %H:%M UTC"),
        h.due_at.with_timezone(&zone).format("%Y-%m-%d %H:%M"),
        zone.name()
    ));
    lines.push(format!("{}: {}", labels.priority, h.priority));
    lines.push(format!(
        "{}: {} · {} · {}",
        labels.reference,
        reference(h),
        community.handle,
        case.subject
    ));
    lines.push(String::new());
    lines.push(labels.reply_hint.clone());
    lines.join("\r\n")
}

/// `mailto:expert?subject=…&body=…`, every reserved byte percent-encoded.
pub fn mailto_link(
    h: &Handoff,
    expert: &Expert,
    case: &Case,
    community: &Community,
    labels: &MailLabels,
) -> String {
    let question: String = h
        .question
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(60)
        .collect();
    let subject = format!("[{}] {question}", reference(h));
    format!(
        "mailto:{}?subject={}&body={}",
        encode(expert.email.trim(), b"@.+-_~"),
        encode(&subject, b"-_.~"),
        encode(&summary(h, expert, case, community, labels), b"-_.~")
    )
}

/// Percent-encodes every byte but ASCII letters, digits and `keep`.
fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_and_non_ascii_bytes_are_percent_encoded() {
        assert_eq!(
            encode("a b&c=d?é\r\n", b"-_.~"),
            "a%20b%26c%3Dd%3F%C3%A9%0D%0A"
        );
        assert_eq!(
            encode("u.rs+bag@x.example", b"@.+-_~"),
            "u.rs+bag@x.example"
        );
        assert_eq!(encode("a%b#c", b"@.+-_~"), "a%25b%23c");
    }
}
