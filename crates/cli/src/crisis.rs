//! `crisis alerts` and `crisis thresholds`: which communities surged, live
//! or replayed over stored history, and the thresholds that decide it.

use crate::output::{self, CliError};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use clap::{Args, Subcommand};
use switchboard_desk::{Desk, DeskError};
use switchboard_l10n::Localizer;

#[derive(Subcommand, Debug)]
pub enum CrisisCommand {
    /// List the spike alert episodes of a period (default: the last 24 hours), as the live desk raised or would have raised them.
    Alerts(AlertsArgs),
    /// Show or set the workspace's spike thresholds.
    Thresholds(ThresholdsArgs),
    /// Declare a crisis over all communities, a brand, a language or one community: new cases get its terms and its stamp.
    Declare(crate::crisis_mode::DeclareArgs),
    /// End a running crisis: new cases get the normal terms again.
    End(crate::crisis_mode::EndArgs),
    /// Every crisis, the latest first, with its communities and cases.
    List(crate::crisis_mode::ListArgs),
    /// Show the holding statement per community, or write its text for a locale.
    Statement(crate::crisis_mode::StatementArgs),
    /// Publish the statement as a post on every page of the crisis (again: only what changed, as updates).
    Publish(crate::crisis_mode::PublishArgs),
    /// The open cases that ask the same thing, across pages and languages, largest group first.
    Clusters(crate::crisis_clusters::ClustersArgs),
    /// Answer a cluster with a template: one reply per case, in its customer's language (else its page's), by the channel it allows (shows what would go without --yes).
    Reply(crate::crisis_reply::ReplyArgs),
    /// Rename, merge or split clusters, or move a case out: kept over later readings.
    #[command(subcommand)]
    Cluster(crate::crisis_clusters::EditCommand),
    /// For someone who joins for the day: the running crises with their playbook's guidance, then the clusters, then the other cases, most urgent first.
    Desk(crate::crisis_desk::DeskArgs),
}

#[derive(Args, Debug)]
pub struct AlertsArgs {
    /// Start of the period: RFC 3339 time or YYYY-MM-DD (UTC) [default: 24 hours ago].
    #[arg(long, value_name = "T")]
    pub from: Option<String>,
    /// End of the period [default: now].
    #[arg(long, value_name = "T")]
    pub to: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ThresholdsArgs {
    /// Alert at this many times the community's baseline or more.
    #[arg(long)]
    pub ratio: Option<f64>,
    /// ... and at least this many distinct people in the window.
    #[arg(long = "min-requesters")]
    pub min_requesters: Option<u32>,
    /// The sliding window, in minutes.
    #[arg(long = "window-minutes")]
    pub window_minutes: Option<u32>,
    /// ... and a count the baseline gives by chance at most this often (Poisson tail).
    #[arg(long = "max-chance")]
    pub max_chance: Option<f64>,
    #[arg(long)]
    pub json: bool,
}

pub async fn run(desk: &Desk, c: CrisisCommand, l10n: &Localizer) -> Result<(), CliError> {
    match c {
        CrisisCommand::Declare(a) => crate::crisis_mode::declare(desk, a, l10n).await,
        CrisisCommand::End(a) => crate::crisis_mode::end(desk, a, l10n).await,
        CrisisCommand::List(a) => crate::crisis_mode::list(desk, a, l10n).await,
        CrisisCommand::Statement(a) => crate::crisis_mode::statement(desk, a, l10n).await,
        CrisisCommand::Publish(a) => crate::crisis_mode::publish(desk, a, l10n).await,
        CrisisCommand::Clusters(a) => crate::crisis_clusters::run(desk, a, l10n).await,
        CrisisCommand::Reply(a) => crate::crisis_reply::run(desk, a, l10n).await,
        CrisisCommand::Cluster(c) => crate::crisis_clusters::edit(desk, c, l10n).await,
        CrisisCommand::Desk(a) => crate::crisis_desk::run(desk, a, l10n).await,
        CrisisCommand::Alerts(a) => {
            let now = desk.now();
            let to = match &a.to {
                Some(t) => time(t, "to")?,
                None => now,
            };
            let from = match &a.from {
                Some(t) => time(t, "from")?,
                None => to - Duration::hours(24),
            };
            let alerts = desk.spike_alerts(from, to).await?;
            if a.json {
                return output::json(&alerts);
            }
            if alerts.is_empty() {
                out!("{}", l10n.t("crisis-no-alerts", &[]));
            }
            for alert in &alerts {
                let e = &alert.episode;
                out!(
                    "{}",
                    l10n.t(
                        "crisis-alert-line",
                        &[
                            ("community", alert.community.clone()),
                            ("at", e.fired_at.format("%Y-%m-%d %H:%M UTC").to_string()),
                            ("requesters", e.requesters.to_string()),
                            ("baseline", format!("{:.1}", e.baseline)),
                            ("ratio", format!("{:.1}", e.ratio)),
                            ("peak", e.peak.to_string()),
                        ]
                    )
                );
            }
            Ok(())
        }
        CrisisCommand::Thresholds(a) => {
            let mut rules = desk.spike_rules().await?;
            let changes = a.ratio.is_some()
                || a.min_requesters.is_some()
                || a.window_minutes.is_some()
                || a.max_chance.is_some();
            if let Some(v) = a.ratio {
                rules.ratio = v;
            }
            if let Some(v) = a.min_requesters {
                rules.min_requesters = v;
            }
            if let Some(v) = a.window_minutes {
                rules.window_minutes = v;
            }
            if let Some(v) = a.max_chance {
                rules.max_chance = v;
            }
            if changes {
                rules = desk.set_spike_rules(rules).await?;
            }
            if a.json {
                return output::json(&rules);
            }
            out!(
                "{}",
                l10n.t(
                    "crisis-thresholds",
                    &[
                        ("ratio", format!("{}", rules.ratio)),
                        ("min", rules.min_requesters.to_string()),
                        ("window", rules.window_minutes.to_string()),
                        ("chance", format!("{:e}", rules.max_chance)),
                    ]
                )
            );
            Ok(())
        }
    }
}

/// An RFC 3339 time, or a date (its midnight, UTC).
pub(crate) fn time(s: &str, field: &'static str) -> Result<DateTime<Utc>, CliError> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Ok(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
        .ok_or_else(|| {
            DeskError::BadInput {
                field,
                value: s.to_string(),
            }
            .into()
        })
}
