//! `crisis clusters`: the open cases that ask the same thing, across pages
//! and languages, so that a crisis team answers a question once per
//! cluster. The desk builds them (`Desk::crisis_clusters`); this prints
//! them.

use crate::output::{self, h, one_line, table, CliError};
use clap::Args;
use switchboard_desk::Desk;
use switchboard_l10n::Localizer;

#[derive(Args, Debug)]
pub struct ClustersArgs {
    /// Only this page's open cases (a handle such as lakeline/fr-CH); may be given more than once [default: every page].
    #[arg(long = "community", value_name = "HANDLE")]
    pub communities: Vec<String>,
    /// Leave out clusters of fewer cases.
    #[arg(long = "min-size", value_name = "N", default_value_t = 2)]
    pub min_size: usize,
    #[arg(long)]
    pub json: bool,
}

pub async fn run(desk: &Desk, a: ClustersArgs, l10n: &Localizer) -> Result<(), CliError> {
    let mut ids = Vec::with_capacity(a.communities.len());
    for handle in &a.communities {
        ids.push(desk.community_by_handle(handle).await?.id);
    }
    let clusters = desk.crisis_clusters(&ids, l10n.lang(), a.min_size).await?;
    if a.json {
        return output::json(&clusters);
    }
    if clusters.is_empty() {
        out!(
            "{}",
            l10n.t(
                "crisis-no-clusters",
                &[("min", a.min_size.max(1).to_string())]
            )
        );
        return Ok(());
    }
    let mut t = table(h(
        l10n,
        &[
            "col-id",
            "col-cluster",
            "col-cases",
            "col-languages",
            "col-pages",
            "col-sample",
        ],
    ));
    for c in &clusters {
        t.add_row(vec![
            c.id.to_string(),
            one_line(&c.label),
            c.size.to_string(),
            c.locales.join(", "),
            c.communities.join(", "),
            c.samples
                .first()
                .map(|s| one_line(&s.text))
                .unwrap_or_default(),
        ]);
    }
    out!("{t}");
    Ok(())
}

/// `crisis cluster ...`: an agent's decisions about clusters, kept over
/// later readings.
#[derive(clap::Subcommand, Debug)]
pub enum EditCommand {
    /// Name a cluster (an empty name gives back the automatic label).
    Rename { id: u64, name: String },
    /// Make cluster FROM part of cluster INTO.
    Merge { into: u64, from: u64 },
    /// Take some cases out of a cluster into a new one.
    Split {
        id: u64,
        #[arg(required = true, value_name = "CASE")]
        cases: Vec<String>,
    },
    /// Take one case out of its cluster into one of its own.
    MoveOut { case: String },
}

pub async fn edit(desk: &Desk, c: EditCommand, l10n: &Localizer) -> Result<(), CliError> {
    let line = match c {
        EditCommand::Rename { id, name } => {
            desk.rename_cluster(id, Some(&name)).await?;
            l10n.t("cluster-renamed", &[("cluster", id.to_string())])
        }
        EditCommand::Merge { into, from } => {
            let moved = desk.merge_clusters(into, from).await?;
            l10n.t(
                "cluster-merged",
                &[
                    ("into", into.to_string()),
                    ("from", from.to_string()),
                    ("count", moved.to_string()),
                ],
            )
        }
        EditCommand::Split { id, cases } => {
            let mut ids = Vec::with_capacity(cases.len());
            for c in &cases {
                ids.push(crate::commands::case_id(c)?);
            }
            let new = desk.split_cluster(id, &ids).await?;
            l10n.t(
                "cluster-split",
                &[
                    ("cluster", new.to_string()),
                    ("count", ids.len().to_string()),
                ],
            )
        }
        EditCommand::MoveOut { case } => {
            let new = desk
                .move_out_of_cluster(crate::commands::case_id(&case)?)
                .await?;
            l10n.t(
                "cluster-moved-out",
                &[("cluster", new.to_string()), ("case", case)],
            )
        }
    };
    out!("{line}");
    Ok(())
}
