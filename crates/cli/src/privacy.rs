//! `privacy`: which lines of standard input the privacy guard would hold
//! in a public reply; and what `reply` says when it holds one.

use crate::output::CliError;
use std::io::BufRead;
use switchboard_desk::privacy::PrivacyHold;
use switchboard_domain::privacy::personal_kinds;
use switchboard_l10n::Localizer;

/// One line per input line: `held<TAB>kind,kind` or `ok`.
pub fn privacy() -> Result<(), CliError> {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.map_err(CliError::Io)?;
        let kinds = personal_kinds(&line);
        if kinds.is_empty() {
            out!("ok");
        } else {
            let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
            out!("held\t{}", names.join(","));
        }
    }
    Ok(())
}

/// What the guard found in a public reply, and the ways on.
pub fn held(hold: &PrivacyHold, l10n: &Localizer) {
    for f in &hold.findings {
        out!(
            "{}",
            l10n.t(
                "privacy-found",
                &[
                    ("kind", f.kind.as_str().to_string()),
                    ("text", f.text.clone())
                ]
            )
        );
    }
    out!(
        "{}",
        l10n.t("privacy-without", &[("text", hold.cleaned.clone())])
    );
}
