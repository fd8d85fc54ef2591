//! `crisis reply`: answers a crisis cluster with a template, one reply per
//! case in its page's language (`Desk::cluster_reply_plan`,
//! `Desk::cluster_reply`).
//!
//! Without `--yes` it only shows what would happen: the replies per page
//! and channel, a preview per language, the cases left for the agent with
//! why, and those answered with this template before. With `--yes` it
//! counts down a few seconds (Ctrl+C stops it, nothing stored), stores the
//! replies, and sends them through the connector with progress, unless
//! `--queue-only` leaves the sending to the window or `sync`. Running it
//! again sends nothing twice: a case gets a template's reply once.

use crate::output::{self, one_line, CliError};
use clap::Args;
use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::time::Duration;
use switchboard_desk::cluster_reply::{bulk_key, ClusterReplyPlan, ClusterReplyQueued, LeftReason};
use switchboard_desk::{Desk, DeskError};
use switchboard_domain::CaseStatus;
use switchboard_l10n::Localizer;

#[derive(Args, Debug)]
pub struct ReplyArgs {
    /// The cluster's id, as `crisis clusters` lists it.
    #[arg(long, value_name = "ID")]
    pub cluster: u64,
    /// The template's id (`templates list`).
    #[arg(long, value_name = "ID")]
    pub template: String,
    /// Who answers: agent initials or name.
    #[arg(long = "as", value_name = "INITIALS")]
    pub agent: String,
    /// Move each answered case to this status: open, waiting_customer, waiting_expert, resolved [default: unchanged].
    #[arg(long, value_name = "S")]
    pub status: Option<String>,
    /// Send: without it, only show what would be sent and to whom.
    #[arg(long)]
    pub yes: bool,
    /// Seconds to change one's mind (Ctrl+C) before anything is stored.
    #[arg(long, value_name = "SECONDS", default_value_t = 5)]
    pub undo_secs: u64,
    /// Store the replies and leave the sending to the window or `sync`.
    #[arg(long)]
    pub queue_only: bool,
    #[command(flatten)]
    pub lease: crate::connector::LeaseArg,
    #[arg(long)]
    pub json: bool,
}

pub async fn run(desk: &Desk, a: ReplyArgs, l10n: &Localizer) -> Result<(), CliError> {
    let agent = desk.agent_by_ref(&a.agent).await?;
    let status = match &a.status {
        Some(s) => Some(s.parse::<CaseStatus>().map_err(|v| DeskError::BadInput {
            field: "status",
            value: v,
        })?),
        None => None,
    };
    let plan = desk
        .cluster_reply_plan(a.cluster, &a.template, &agent)
        .await?;
    if !a.yes {
        if a.json {
            return output::json(&plan);
        }
        print_plan(&plan, l10n);
        out!("{}", l10n.t("cluster-reply-dry-run", &[]));
        return Ok(());
    }
    if !a.json {
        print_plan(&plan, l10n);
    }
    let queued = if plan.replies.is_empty() {
        // Nothing new; what an earlier run stored and did not send (it was
        // stopped, a page was backing off) is sent below.
        if !a.json {
            out!("{}", l10n.t("cluster-reply-nothing", &[]));
        }
        ClusterReplyQueued {
            cluster_id: plan.cluster_id,
            template_id: plan.template_id.clone(),
            queued: 0,
            already: plan.already.len(),
            left: plan.left,
            bulk_key: bulk_key(&plan.template_id),
        }
    } else {
        if a.undo_secs > 0 {
            eprintln!(
                "{}",
                l10n.t(
                    "cluster-reply-countdown",
                    &[
                        ("count", plan.replies.len().to_string()),
                        ("seconds", a.undo_secs.to_string())
                    ]
                )
            );
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(a.undo_secs)) => {}
                _ = tokio::signal::ctrl_c() => {
                    eprintln!("{}", l10n.t("cluster-reply-stopped", &[]));
                    return Ok(());
                }
            }
        }
        // What was shown is what goes.
        let queued = desk.send_cluster_plan(&plan, &agent, status, None).await?;
        if !a.json {
            out!(
                "{}",
                l10n.t(
                    "cluster-reply-queued",
                    &[
                        ("queued", queued.queued.to_string()),
                        ("already", queued.already.to_string()),
                        ("left", queued.left.len().to_string()),
                    ]
                )
            );
        }
        queued
    };
    if !a.queue_only {
        send(desk, &queued.bulk_key, a.lease.reply_lease, a.json, l10n).await?;
    }
    if a.json {
        let p = desk.bulk_progress(&queued.bulk_key).await?;
        return output::json(&serde_json::json!({
            "cluster_id": queued.cluster_id,
            "template_id": queued.template_id,
            "queued": queued.queued,
            "already": queued.already,
            "left": queued.left,
            "sent": p.sent,
            "waiting": p.waiting,
            "failed": p.failed,
        }));
    }
    Ok(())
}

/// Sends the outbox until none of the bulk's replies is waiting, printing
/// progress; stops when a round sends nothing while some still wait (a
/// page backing off, a token missing), and says so.
async fn send(
    desk: &Desk,
    key: &str,
    lease_secs: u64,
    quiet: bool,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let connector =
        Arc::new(crate::connector::connector(desk.clone()).with_reply_lease(lease_secs));
    connector.reconcile_all().await?;
    let mut idle_rounds = 0;
    // On a terminal one line counts up; in a log, a line per change.
    let tty = std::io::stderr().is_terminal();
    let mut shown = -1;
    loop {
        let p = desk.bulk_progress(key).await?;
        let (sent, waiting, failed) = (p.sent, p.waiting, p.failed);
        if !quiet && (tty || sent + failed != shown) {
            shown = sent + failed;
            eprint!(
                "{}{}",
                if tty { "\r" } else { "" },
                l10n.t(
                    "cluster-reply-progress",
                    &[
                        ("sent", sent.to_string()),
                        ("total", (sent + waiting + failed).to_string()),
                        ("failed", failed.to_string()),
                    ]
                )
            );
            if !tty {
                eprintln!();
            }
            let _ = std::io::stderr().flush();
        }
        if waiting == 0 {
            if !quiet && tty {
                eprintln!();
            }
            return Ok(());
        }
        let round = connector.send_round().await?;
        if round.sent + round.failed + round.reconciled == 0 {
            idle_rounds += 1;
            if idle_rounds >= 10 {
                if !quiet {
                    if tty {
                        eprintln!();
                    }
                    eprintln!(
                        "{}",
                        l10n.t("cluster-reply-waiting", &[("waiting", waiting.to_string())])
                    );
                }
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        } else {
            idle_rounds = 0;
        }
    }
}

fn print_plan(plan: &ClusterReplyPlan, l10n: &Localizer) {
    out!(
        "{}",
        l10n.t(
            "cluster-reply-plan",
            &[
                ("cluster", plan.cluster_id.to_string()),
                ("template", plan.template_id.clone()),
                ("count", plan.replies.len().to_string()),
                ("left", plan.left.len().to_string()),
                ("already", plan.already.len().to_string()),
            ]
        )
    );
    for c in &plan.counts {
        out!(
            "  {}  {}  {}",
            c.community,
            l10n.t(&format!("channel-{}", c.channel.as_str()), &[]),
            c.count
        );
    }
    for p in &plan.previews {
        out!(
            "{}",
            l10n.t(
                "cluster-reply-preview",
                &[
                    ("locale", p.locale.clone()),
                    ("brand", p.brand.clone()),
                    ("count", p.count.to_string()),
                    ("case", p.case_id.to_string()),
                ]
            )
        );
        out!("    {}", p.text.replace('\n', "\n    "));
    }
    if !plan.left.is_empty() {
        out!(
            "{}",
            l10n.t(
                "cluster-reply-left",
                &[("count", plan.left.len().to_string())]
            )
        );
    }
    for c in &plan.left {
        let why = match &c.reason {
            LeftReason::WindowClosed { closed_at } => l10n.t(
                "cluster-left-window-closed",
                &[("closed", closed_at.format("%Y-%m-%d %H:%M UTC").to_string())],
            ),
            LeftReason::MissingVariables { names } => l10n.t(
                "cluster-left-missing-variables",
                &[("names", names.join(", "))],
            ),
            LeftReason::NotConnected => l10n.t("cluster-left-not-connected", &[]),
            LeftReason::NoText => l10n.t("cluster-left-no-text", &[]),
            LeftReason::PersonalData => l10n.t("cluster-left-personal-data", &[]),
            LeftReason::Resolved => l10n.t("cluster-left-resolved", &[]),
            LeftReason::NoRecipient => l10n.t("cluster-left-no-recipient", &[]),
        };
        out!("  #{}  {}  {}", c.case_id, c.community, one_line(&why));
    }
}
