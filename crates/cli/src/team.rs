//! `switchboard team setup|add-member|members|remove-member`: the
//! administrator's side of team mode, run with the owner's URL in --db.
//! Each is one desk call (`switchboard_desk::team`) and its printout.

use crate::output::{self, CliError};
use clap::{Args, Subcommand};
use switchboard_desk::team::{self, MemberSpec};
use switchboard_desk::DatabaseUrl;
use switchboard_l10n::Localizer;

#[derive(Subcommand, Debug)]
pub enum TeamCommand {
    /// Switch team mode on (once, with the owner's URL): brings the schema up to date, creates the members' group role and its privileges. Running it again checks them.
    Setup,
    /// Add a member: their agent (created if the initials are new), their own database login, their communities. Prints their connection URL once.
    AddMember(AddMemberArgs),
    /// List the members: login, initials, name, communities, until, whether it has ended.
    Members(crate::args::JsonArg),
    /// Remove a member: their login stops working; their agent stays for the history.
    RemoveMember(RemoveMemberArgs),
}

#[derive(Args, Debug)]
pub struct AddMemberArgs {
    /// The agent's initials (an existing agent's, or a new one's).
    #[arg(long)]
    pub initials: String,
    /// The agent's name (for a new agent).
    #[arg(long)]
    pub name: Option<String>,
    /// The agent's email (for a new agent).
    #[arg(long)]
    pub email: Option<String>,
    /// The communities the member sees, by handle (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', required = true)]
    pub communities: Vec<String>,
    /// The last day of a helper's membership (YYYY-MM-DD, through that day, UTC), or an RFC 3339 time.
    #[arg(long)]
    pub until: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RemoveMemberArgs {
    /// The member's initials.
    #[arg(long)]
    pub initials: String,
}

pub async fn run(url: &DatabaseUrl, cmd: TeamCommand, l10n: &Localizer) -> Result<(), CliError> {
    match cmd {
        TeamCommand::Setup => {
            let done = team::setup(url).await?;
            let yes_no = |b: bool| if b { "yes" } else { "no" };
            out!(
                "{}",
                l10n.t(
                    "team-setup-done",
                    &[
                        ("target", url.to_string()),
                        ("version", done.schema_version.to_string()),
                        ("group", done.group_role.clone()),
                        ("created", yes_no(done.created_group).to_string()),
                        ("enabled", yes_no(done.enabled_team_mode).to_string()),
                    ]
                )
            );
            match done.revoked_public_create {
                Some(true) => out!("{}", l10n.t("team-setup-revoked-create", &[])),
                Some(false) => {}
                None => eprintln!("{}", l10n.t("warning-team-public-create", &[])),
            }
            Ok(())
        }
        TeamCommand::AddMember(a) => {
            let added = team::add_member(
                url,
                &MemberSpec {
                    initials: a.initials,
                    name: a.name,
                    email: a.email,
                    communities: a.communities,
                    until: a.until,
                },
            )
            .await?;
            if a.json {
                return output::json(&added);
            }
            out!(
                "{}",
                l10n.t(
                    "team-member-added",
                    &[
                        ("initials", added.agent.initials.clone()),
                        ("name", added.agent.name.clone()),
                        ("login", added.login.clone()),
                        ("communities", added.communities.join(", ")),
                        (
                            "until",
                            added
                                .until
                                .map(|u| u.to_rfc3339())
                                .unwrap_or_else(|| "none".into())
                        ),
                    ]
                )
            );
            out!("{}", added.url);
            eprintln!("{}", l10n.t("team-member-url-once", &[]));
            Ok(())
        }
        TeamCommand::Members(a) => {
            let members = team::members(url).await?;
            if a.json {
                return output::json(&members);
            }
            if members.is_empty() {
                out!("{}", l10n.t("team-no-members", &[]));
            }
            for m in &members {
                let until = match (m.member.until, m.expired) {
                    (None, _) => String::new(),
                    (Some(u), false) => l10n.t("team-until", &[("until", u.to_rfc3339())]),
                    (Some(u), true) => l10n.t("team-ended", &[("until", u.to_rfc3339())]),
                };
                out!(
                    "{}",
                    output::one_line(&format!(
                        "{:<6} {:<24} {:<28} {} {}",
                        m.member.initials,
                        m.member.name,
                        m.member.login,
                        m.member.communities.join(","),
                        until
                    ))
                    .trim_end()
                );
            }
            Ok(())
        }
        TeamCommand::RemoveMember(a) => {
            let login = team::remove_member(url, &a.initials).await?;
            out!(
                "{}",
                l10n.t(
                    "team-member-removed",
                    &[
                        ("initials", a.initials.trim().to_string()),
                        ("login", login)
                    ]
                )
            );
            Ok(())
        }
    }
}
