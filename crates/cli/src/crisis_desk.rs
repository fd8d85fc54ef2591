//! `crisis desk`: what someone who joins for a crisis day reads first —
//! the running crises and their playbook's guidance, then the clusters of
//! cases that ask the same thing, then the other cases, most urgent first
//! (`Desk::crisis_desk`; docs/decisions/032-helpers.md).

use crate::output::{self, h, one_line, sla, span, status_name, table, CliError};
use clap::Args;
use switchboard_desk::crisis_desk::CrisisDesk;
use switchboard_desk::Desk;
use switchboard_l10n::Localizer;

#[derive(Args, Debug)]
pub struct DeskArgs {
    /// Clusters of at least this many cases come first (two at least).
    #[arg(long = "min-size", value_name = "N", default_value_t = 5)]
    pub min_size: usize,
    /// Show at most this many other cases.
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

pub async fn run(desk: &Desk, a: DeskArgs, l10n: &Localizer) -> Result<(), CliError> {
    let view = desk.crisis_desk(l10n.lang(), a.min_size, a.limit).await?;
    if a.json {
        return output::json(&view);
    }
    print(&view, desk.now(), a.min_size.max(2), l10n);
    Ok(())
}

fn print(view: &CrisisDesk, now: chrono::DateTime<chrono::Utc>, min: usize, l10n: &Localizer) {
    if view.crises.is_empty() {
        out!("{}", l10n.t("crisis-desk-none", &[]));
        return;
    }
    if let Some(until) = view.helper_until {
        out!(
            "{}",
            l10n.t(
                "crisis-desk-helper",
                &[("until", until.format("%Y-%m-%d %H:%M UTC").to_string())]
            )
        );
    }
    for c in &view.crises {
        out!(
            "{}",
            l10n.t(
                "crisis-desk-crisis",
                &[
                    ("name", c.crisis.crisis.name.clone()),
                    ("pages", c.crisis.communities.join(", ")),
                ]
            )
        );
        if c.guidance.trim().is_empty() {
            out!("  {}", l10n.t("crisis-desk-no-guidance", &[]));
        } else {
            if let Some(name) = &c.playbook_name {
                out!(
                    "  {}",
                    l10n.t("crisis-desk-guidance", &[("playbook", name.clone())])
                );
            }
            for line in c.guidance.lines() {
                out!("    {line}");
            }
        }
    }
    out!();
    out!(
        "{}",
        l10n.t(
            "crisis-desk-clusters",
            &[
                ("count", view.clusters.len().to_string()),
                ("min", min.to_string())
            ]
        )
    );
    if !view.clusters.is_empty() {
        let mut t = table(h(
            l10n,
            &[
                "col-id",
                "col-cluster",
                "col-cases",
                "col-languages",
                "col-sample",
            ],
        ));
        for c in &view.clusters {
            t.add_row(vec![
                c.id.to_string(),
                one_line(&c.label),
                c.size.to_string(),
                c.locales.join(", "),
                c.samples
                    .first()
                    .map(|s| one_line(&s.text))
                    .unwrap_or_default(),
            ]);
        }
        out!("{t}");
    }
    out!();
    out!(
        "{}",
        l10n.t(
            "crisis-desk-cases",
            &[
                ("shown", view.cases.len().to_string()),
                ("count", view.cases_total.to_string())
            ]
        )
    );
    if !view.cases.is_empty() {
        let mut t = table(h(
            l10n,
            &[
                "col-case",
                "col-community",
                "col-status",
                "col-sla",
                "col-due",
                "col-subject",
            ],
        ));
        for c in &view.cases {
            t.add_row(vec![
                format!("#{}", c.id),
                c.community.clone(),
                status_name(l10n, c.status),
                sla(l10n, c.sla_state),
                c.due_at.map(|d| span(now, d)).unwrap_or_else(|| "—".into()),
                one_line(&c.subject),
            ]);
        }
        out!("{t}");
    }
}
