//! `crisis declare|end|list|statement|publish`: a crisis over some
//! communities, its holding statement and its posts on their pages.

use crate::output::{self, CliError};
use clap::Args;
use switchboard_desk::crisis::{parse_minutes, CrisisView, Declaration};
use switchboard_desk::statement::{StatementGap, StatementPage};
use switchboard_desk::Desk;
use switchboard_domain::CrisisId;
use switchboard_l10n::Localizer;

#[derive(Args, Debug)]
pub struct DeclareArgs {
    /// What people call it: "Snow at Zurich".
    #[arg(long)]
    pub name: String,
    /// all, brand:<brand>, language:<code> or community:<handle>.
    #[arg(long, default_value = "all")]
    pub scope: String,
    /// The playbook: its crisis terms, and its holding statement to start from.
    #[arg(long)]
    pub playbook: Option<String>,
    /// First-response promise for new cases while it lasts (90m, 4h, 1d) [default: the playbook's, else 4h].
    #[arg(long = "first-response", value_name = "DURATION")]
    pub first_response: Option<String>,
    /// Resolution promise for new cases while it lasts [default: the playbook's, else 3d].
    #[arg(long, value_name = "DURATION")]
    pub resolution: Option<String>,
    /// Who declares it (initials) [default: the team login's agent].
    #[arg(long = "as", value_name = "AGENT")]
    pub agent: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct EndArgs {
    pub crisis: i64,
    #[arg(long = "as", value_name = "AGENT")]
    pub agent: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only the running ones.
    #[arg(long)]
    pub running: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct StatementArgs {
    pub crisis: i64,
    /// Write the text for this locale (with --text); without it, show the statement per community.
    #[arg(long, requires = "text")]
    pub locale: Option<String>,
    /// The brand's own text (name or slug) instead of the one for any brand.
    #[arg(long, requires = "locale")]
    pub brand: Option<String>,
    /// The text, in Fluent (`{ -brand }`, `{ -sign-off }` may be used).
    #[arg(long, requires = "locale")]
    pub text: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct PublishArgs {
    pub crisis: i64,
    #[arg(long)]
    pub json: bool,
}

pub async fn declare(desk: &Desk, a: DeclareArgs, l10n: &Localizer) -> Result<(), CliError> {
    let agent = desk.acting_as(a.agent.as_deref()).await?;
    let minutes = |v: &Option<String>| -> Result<Option<i64>, CliError> {
        v.as_deref()
            .map(parse_minutes)
            .transpose()
            .map_err(|e| CliError::from(switchboard_desk::DeskError::from(e)))
    };
    let crisis = desk
        .declare_crisis(
            &Declaration {
                name: a.name,
                scope: a.scope,
                playbook: a.playbook,
                first_response_minutes: minutes(&a.first_response)?,
                resolution_minutes: minutes(&a.resolution)?,
            },
            &agent,
        )
        .await?;
    let view = desk
        .crises()
        .await?
        .into_iter()
        .find(|v| v.crisis.id == crisis.id);
    if a.json {
        return output::json(&view);
    }
    if let Some(v) = view {
        out!(
            "{}",
            l10n.t(
                "crisis-declared",
                &[
                    ("id", v.crisis.id.to_string()),
                    ("name", v.crisis.name.clone()),
                    ("communities", v.communities.join(", ")),
                    ("first", hours(v.crisis.terms.first_response_minutes)),
                ]
            )
        );
    }
    Ok(())
}

pub async fn end(desk: &Desk, a: EndArgs, l10n: &Localizer) -> Result<(), CliError> {
    let agent = desk.acting_as(a.agent.as_deref()).await?;
    let crisis = desk.end_crisis(CrisisId(a.crisis), &agent).await?;
    if a.json {
        return output::json(&crisis);
    }
    out!(
        "{}",
        l10n.t(
            "crisis-ended-now",
            &[("id", crisis.id.to_string()), ("name", crisis.name.clone())]
        )
    );
    Ok(())
}

pub async fn list(desk: &Desk, a: ListArgs, l10n: &Localizer) -> Result<(), CliError> {
    let all: Vec<CrisisView> = desk
        .crises()
        .await?
        .into_iter()
        .filter(|v| !a.running || v.crisis.is_running())
        .collect();
    if a.json {
        return output::json(&all);
    }
    if all.is_empty() {
        out!("{}", l10n.t("crisis-none", &[]));
    }
    for v in &all {
        let c = &v.crisis;
        out!(
            "{}",
            l10n.t(
                "crisis-line",
                &[
                    ("id", c.id.to_string()),
                    ("name", c.name.clone()),
                    ("scope", c.scope.to_string()),
                    (
                        "since",
                        c.declared_at.format("%Y-%m-%d %H:%M UTC").to_string()
                    ),
                    (
                        "until",
                        c.ended_at
                            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                            .unwrap_or_else(|| "none".into())
                    ),
                    ("cases", v.cases.to_string()),
                    ("first", hours(c.terms.first_response_minutes)),
                ]
            )
        );
    }
    Ok(())
}

pub async fn statement(desk: &Desk, a: StatementArgs, l10n: &Localizer) -> Result<(), CliError> {
    let id = CrisisId(a.crisis);
    if let (Some(locale), Some(text)) = (&a.locale, &a.text) {
        desk.set_statement(id, a.brand.as_deref(), locale, text)
            .await?;
    }
    let pages = desk.statement_preview(id).await?;
    if a.json {
        return output::json(&pages);
    }
    for p in &pages {
        print_page(p, l10n);
    }
    Ok(())
}

pub async fn publish(desk: &Desk, a: PublishArgs, l10n: &Localizer) -> Result<(), CliError> {
    let report = desk.publish_statement(CrisisId(a.crisis)).await?;
    if a.json {
        return output::json(&report);
    }
    out!(
        "{}",
        l10n.t(
            "crisis-published",
            &[
                ("queued", report.queued.to_string()),
                ("unchanged", report.unchanged.to_string()),
                ("refused", report.refused.len().to_string()),
            ]
        )
    );
    for p in &report.refused {
        print_page(p, l10n);
    }
    Ok(())
}

fn print_page(p: &StatementPage, l10n: &Localizer) {
    let state = match (p.gap, &p.post) {
        (Some(StatementGap::MissingLocale), _) => {
            l10n.t("statement-missing-locale", &[("locale", p.locale.clone())])
        }
        (Some(StatementGap::NotConnected), _) => l10n.t("statement-not-connected", &[]),
        (None, Some(post)) => l10n.t(
            "statement-post-state",
            &[
                ("state", post.state.as_str().to_string()),
                ("post", post.post_id.clone().unwrap_or_default()),
            ],
        ),
        (None, None) => l10n.t("statement-not-published", &[]),
    };
    out!("{}  [{}]  {}", p.community, p.locale, state);
    if let Some(text) = &p.text {
        out!("    {}", text.replace('\n', "\n    "));
    }
}

/// Minutes as people say them: `4 h`, `90 min`, `3 d`.
fn hours(minutes: i64) -> String {
    if minutes % (24 * 60) == 0 {
        format!("{} d", minutes / (24 * 60))
    } else if minutes % 60 == 0 {
        format!("{} h", minutes / 60)
    } else {
        format!("{minutes} min")
    }
}
