//! `claim`, `take-over` and `next`: who works which case, for several people
//! (and scripts) on one desk at once.

use crate::args::{ClaimArgs, NextArgs};
use crate::output::{self, CliError};
use switchboard_desk::Desk;
use switchboard_domain::Case;
use switchboard_l10n::Localizer;

/// `claim CASE --as AGENT`: the case becomes theirs, unless a colleague
/// holds it (then the error names them and the exit code is 1).
pub async fn claim(
    desk: &Desk,
    a: ClaimArgs,
    take_over: bool,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let agent = desk.acting_as(a.agent.as_deref()).await?;
    let id = crate::commands::case_id(&a.id)?;
    let case = if take_over {
        desk.take_over(id, &agent).await?
    } else {
        desk.claim(id, &agent).await?
    };
    claimed(&case, &agent.initials, a.json, l10n)
}

/// `next --as AGENT [--community H]...`: the most urgent unassigned case,
/// claimed for them; none is said (JSON `null`), and is not an error.
pub async fn next(desk: &Desk, a: NextArgs, l10n: &Localizer) -> Result<(), CliError> {
    let agent = desk.acting_as(a.agent.as_deref()).await?;
    let mut communities = Vec::new();
    for handle in &a.community {
        communities.push(desk.community_by_handle(handle).await?.id);
    }
    match desk.next_case(&agent, &communities).await? {
        Some(case) => claimed(&case, &agent.initials, a.json, l10n),
        None if a.json => output::json(&Option::<Case>::None),
        None => {
            out!("{}", l10n.t("next-none", &[]));
            Ok(())
        }
    }
}

fn claimed(case: &Case, initials: &str, json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if json {
        return output::json(case);
    }
    out!(
        "{}",
        l10n.t(
            "case-claimed",
            &[
                ("case", case.id.to_string()),
                ("agent", initials.to_string())
            ]
        )
    );
    Ok(())
}
