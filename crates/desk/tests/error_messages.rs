//! Every error a front can receive from the desk (its own, the store's, the
//! domain's, template problems, Graph errors) has its message `error-<code>`
//! in every UI language, and that message uses exactly the error's
//! arguments: none it is not given, none given and left unsaid. The errors
//! come from each enum's own samples, which a new variant cannot skip.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use switchboard_desk::DeskError;
use switchboard_domain::DomainError;
use switchboard_l10n::{message_variables, UI_LOCALES};
use switchboard_store::StoreError;

fn indices(found: impl Iterator<Item = usize>) -> BTreeSet<usize> {
    found.collect()
}

#[test]
fn every_variant_of_each_error_enum_has_a_sample() {
    assert_eq!(
        indices(
            DomainError::samples()
                .iter()
                .map(DomainError::variant_index)
        ),
        (0..DomainError::VARIANTS).collect()
    );
    assert_eq!(
        indices(StoreError::samples().iter().map(StoreError::variant_index)),
        (0..StoreError::VARIANTS).collect()
    );
    assert_eq!(
        indices(DeskError::samples().iter().map(DeskError::variant_index)),
        (0..DeskError::VARIANTS).collect()
    );
}

#[test]
fn every_error_code_has_its_message_with_the_same_variables_in_every_language() {
    let mut problems = Vec::new();
    let mut codes = BTreeSet::new();
    for e in DeskError::samples() {
        let key = format!("error-{}", e.code());
        codes.insert(e.code());
        let args: BTreeSet<String> = e.args().iter().map(|(k, _)| k.to_string()).collect();
        for (lang, _) in UI_LOCALES {
            match message_variables(lang, &key) {
                None => problems.push(format!("locales/{lang}/app.ftl has no `{key}`")),
                Some(vars) if vars != args => problems.push(format!(
                    "locales/{lang}/app.ftl `{key}` uses {vars:?}; the error gives {args:?}"
                )),
                Some(_) => {}
            }
        }
    }
    assert!(codes.len() > 50, "only {} codes were checked", codes.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
