//! `playbook list|save|export|import`: the playbooks prepared for crisis
//! days, and their files.

use crate::output::{self, CliError};
use clap::{Args, Subcommand};
use std::path::PathBuf;
use switchboard_desk::crisis::parse_minutes;
use switchboard_desk::{Desk, DeskError};
use switchboard_domain::CrisisTerms;
use switchboard_l10n::Localizer;

#[derive(Subcommand, Debug)]
pub enum PlaybookCommand {
    /// Every playbook, with the communities its statement leaves out or serves with an outdated text.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Create or replace a playbook (its statement is the template playbook-<id>: `templates`, or the files of `playbook export`).
    Save(SaveArgs),
    /// Write playbooks.ftl and the statements' <locale>.ftl files into a folder.
    Export { dir: PathBuf },
    /// Read a folder written by `playbook export`; nothing is imported when any file is wrong.
    Import {
        dir: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct SaveArgs {
    /// weather, strike, it-outage: lower-case letters, digits and -.
    pub id: String,
    #[arg(long)]
    pub name: String,
    /// First-response promise while a crisis declared from it lasts (90m, 4h, 1d).
    #[arg(long = "first-response", value_name = "DURATION", default_value = "4h")]
    pub first_response: String,
    #[arg(long, value_name = "DURATION", default_value = "3d")]
    pub resolution: String,
    /// For helpers: what to answer, what not to, where the facts are.
    #[arg(long, default_value = "")]
    pub guidance: String,
}

pub async fn run(desk: &Desk, c: PlaybookCommand, l10n: &Localizer) -> Result<(), CliError> {
    match c {
        PlaybookCommand::List { json } => {
            let all = desk.playbooks().await?;
            if json {
                return output::json(&all);
            }
            for p in &all {
                out!(
                    "{}",
                    l10n.t(
                        "playbook-line",
                        &[
                            ("id", p.playbook.id.clone()),
                            ("name", p.playbook.name.clone()),
                            ("first", p.playbook.terms.first_response_minutes.to_string()),
                            ("missing", p.missing.len().to_string()),
                            ("outdated", p.outdated.len().to_string()),
                        ]
                    )
                );
                if !p.missing.is_empty() {
                    out!(
                        "    {}",
                        l10n.t("playbook-missing", &[("communities", p.missing.join(", "))])
                    );
                }
                if !p.outdated.is_empty() {
                    out!(
                        "    {}",
                        l10n.t(
                            "playbook-outdated",
                            &[("communities", p.outdated.join(", "))]
                        )
                    );
                }
            }
            Ok(())
        }
        PlaybookCommand::Save(a) => {
            let terms = CrisisTerms {
                first_response_minutes: parse_minutes(&a.first_response)
                    .map_err(DeskError::from)?,
                resolution_minutes: parse_minutes(&a.resolution).map_err(DeskError::from)?,
            };
            let p = desk
                .save_playbook(&a.id, &a.name, terms, &a.guidance)
                .await?;
            out!("{}", l10n.t("playbook-saved", &[("id", p.id)]));
            Ok(())
        }
        PlaybookCommand::Export { dir } => {
            let files = desk.export_playbooks(&dir).await?;
            for f in &files {
                out!("{}", f.display());
            }
            Ok(())
        }
        PlaybookCommand::Import { dir, json } => {
            let done = desk.import_playbooks(&dir).await?;
            if json {
                return output::json(&done);
            }
            out!(
                "{}",
                l10n.t(
                    "playbook-imported",
                    &[
                        ("playbooks", done.playbooks.to_string()),
                        ("saved", done.statements.saved.to_string()),
                        ("unchanged", done.statements.unchanged.to_string()),
                    ]
                )
            );
            Ok(())
        }
    }
}
