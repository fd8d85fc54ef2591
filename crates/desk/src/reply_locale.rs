//! The language to answer a customer in: theirs when they confidently
//! write another one than the page's (as the brand's page in that language
//! speaks it, else the bare language), the page's otherwise. One rule for
//! saved replies, an expert's answer passed on, and cluster replies.

use crate::cases::CONFIDENT;
use crate::{Desk, DeskResult};
use std::collections::HashMap;
use switchboard_domain::{Case, Community, Direction, Message, MessageId};
use switchboard_store::templates::MessageLanguage;

/// The language the customer writes in: that of their latest message,
/// when it was detected with confidence.
pub(crate) fn customer_language<'l>(
    thread: &[Message],
    languages: &'l HashMap<MessageId, MessageLanguage>,
) -> Option<&'l str> {
    let latest = thread
        .iter()
        .rev()
        .find(|m| m.direction == Direction::Inbound)?;
    languages
        .get(&latest.id)
        .filter(|l| l.confidence >= CONFIDENT && l.language != "und")
        .map(|l| l.language.as_str())
}

/// The locales to answer `community`'s case in, best first: the customer's
/// language when it is not the page's (the brand's page in that language,
/// the first by locale when it has several so that every run picks the
/// same, then the bare language), then the page's own. `pages`: every
/// community of the workspace.
pub(crate) fn locales_for<'c>(
    pages: impl IntoIterator<Item = &'c Community>,
    community: &Community,
    customer: Option<&str>,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(lang) = customer.filter(|l| !l.eq_ignore_ascii_case(community.locale.language())) {
        if let Some(sibling) = pages
            .into_iter()
            .filter(|c| {
                c.brand_id == community.brand_id && c.locale.language().eq_ignore_ascii_case(lang)
            })
            .map(|c| c.locale.as_str())
            .min()
        {
            out.push(sibling.to_string());
        }
        out.push(lang.to_string());
    }
    out.push(community.locale.as_str().to_string());
    out
}

impl Desk {
    /// The best locale to answer `case` in (see `locales_for`).
    pub async fn reply_locale(&self, case: &Case, community: &Community) -> DeskResult<String> {
        let store = self.store();
        let thread = store.thread(case.id).await?;
        let languages: HashMap<MessageId, MessageLanguage> = store
            .message_languages(case.id)
            .await?
            .into_iter()
            .map(|l| (l.message_id, l))
            .collect();
        let pages = store.communities().await?;
        let best = locales_for(&pages, community, customer_language(&thread, &languages));
        Ok(best
            .into_iter()
            .next()
            .unwrap_or_else(|| community.locale.as_str().to_string()))
    }
}
