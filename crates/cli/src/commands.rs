//! One function per subcommand: parse, call the desk, print.

use crate::args::{Cli, Command, CommunityCommand};
use crate::output::{self, CliError};
use crate::templates::TemplatesCommand;
use std::io::{BufRead, IsTerminal, Write};
use switchboard_desk::collision::Seen;
use switchboard_desk::communities::CommunitySpec;
use switchboard_desk::inbound::DirectMessage;
use switchboard_desk::queue::QueueQuery;
use switchboard_desk::{DatabaseUrl, Desk, DeskError, OpenMode, UrlSource};
use switchboard_domain::{CaseId, CaseStatus, MessageId};
use switchboard_l10n::Localizer;
use switchboard_store::OutboxId;
use switchboard_store::ReadOnly;

pub async fn run(cli: Cli, l10n: &Localizer) -> Result<(), CliError> {
    let (url, source) = DatabaseUrl::from_flag_or_env(cli.db.as_deref(), None)?;
    // Commands that need no workspace, or check one only when it exists.
    if let Command::Bench(cmd) = cli.command {
        return crate::bench::bench(&url, cmd, l10n).await;
    }
    if let Command::Team(cmd) = cli.command {
        return crate::team::run(&url, cmd, l10n).await;
    }
    if let Command::DemoSurge(a) = cli.command {
        return crate::demo_surge::demo_surge(a, l10n).await;
    }
    match &cli.command {
        Command::Detect => return crate::templates::detect(),
        Command::Privacy => return crate::privacy::privacy(),
        Command::Templates(TemplatesCommand::Check(a)) => {
            let desk = match url.open(OpenMode::MustExist).await {
                Ok(store) => Some(Desk::new(store)),
                Err(DeskError::Store(switchboard_store::StoreError::MissingDatabase {
                    ..
                })) if source == UrlSource::Default => None,
                Err(e) => return Err(e.into()),
            };
            return crate::templates::check(desk.as_ref(), a, l10n).await;
        }
        _ => {}
    }
    let creates = matches!(cli.command, Command::Demo(_) | Command::Community(_));
    let mode = if creates {
        OpenMode::CreateIfMissing
    } else {
        OpenMode::MustExist
    };
    let desk = Desk::new(url.open(mode).await?);
    match desk.read_only() {
        Some(ReadOnly::File) => eprintln!(
            "{}",
            l10n.t("warning-read-only-file", &[("path", url.to_string())])
        ),
        Some(ReadOnly::Damaged { detail }) => eprintln!(
            "{}",
            l10n.t(
                "warning-damaged-database",
                &[("path", url.to_string()), ("detail", detail)]
            )
        ),
        None => {}
    }
    if !matches!(cli.command, Command::Demo(_)) {
        if let Some(by) = desk.incomplete().await? {
            eprintln!(
                "{}",
                l10n.t("warning-incomplete-workspace", &[("value", by)])
            );
        }
    }
    let result = dispatch(&desk, &url, cli.command, l10n).await;
    // Every connection closed: a SQLite file is left checkpointed,
    // without its write-ahead log beside it.
    desk.close_workspace().await;
    result
}

/// Runs the command on the open workspace.
async fn dispatch(
    desk: &Desk,
    url: &DatabaseUrl,
    command: Command,
    l10n: &Localizer,
) -> Result<(), CliError> {
    match command {
        Command::Demo(a) => demo(desk, url, a.yes, l10n).await,
        Command::Communities(a) => {
            let counts = desk.community_counts().await?;
            output::communities(&counts, a.json, desk.now(), l10n)
        }
        Command::Community(CommunityCommand::Add(a)) => {
            let platform = a.platform.parse().map_err(|v| DeskError::BadInput {
                field: "platform",
                value: v,
            })?;
            let community = desk
                .add_community(&CommunitySpec {
                    brand: a.brand,
                    locale: a.locale,
                    platform,
                    page_id: a.page_id,
                })
                .await?;
            output::created_community(&community, a.json, l10n)
        }
        Command::Queue(a) => {
            let rows = desk
                .queue(&QueueQuery {
                    community: a.community,
                    brand: a.brand,
                    locale: a.locale,
                    statuses: a.status,
                    assignee: a.assignee,
                    limit: a.limit,
                    offset: 0,
                })
                .await?;
            output::queue(&rows, a.json, desk.now(), l10n)
        }
        Command::Case(a) => {
            let view = desk.open_case(case_id(&a.id)?).await?;
            output::case(&view, a.json, desk.now(), l10n)
        }
        Command::Search(a) => {
            let within = QueueQuery {
                community: a.community,
                brand: a.brand,
                locale: a.locale,
                statuses: a.status,
                assignee: a.assignee,
                ..QueueQuery::default()
            };
            let hits = desk.search_in(&a.text, &within, a.limit).await?;
            output::search(&hits, a.json, l10n)
        }
        Command::Inbound(a) => {
            if let Some(file) = a.batch {
                return crate::batch::import(desk, &file, a.json, l10n).await;
            }
            let outcome = desk
                .receive_direct(&DirectMessage {
                    community: a.community.unwrap_or_default(),
                    from: a.from.unwrap_or_default(),
                    text: a.text.unwrap_or_default(),
                    external_id: a.external_id,
                    at: None,
                })
                .await?;
            output::inbound(&outcome, a.json, l10n)
        }
        Command::Reply(a) => {
            let agent = desk.acting_as(a.agent.as_deref()).await?;
            let id = case_id(&a.id)?;
            let outcome = match a.seen {
                Some(message) => {
                    let seen = Seen {
                        message: Some(MessageId(message)),
                        reply: a.seen_reply.map(OutboxId),
                    };
                    desk.send_reply_seen(id, &agent, &a.text, seen).await?
                }
                None if a.privately => desk.send_privately(id, &agent, &a.text).await?,
                None => desk.send_reply(id, &agent, &a.text).await?,
            };
            if let switchboard_desk::replies::SendOutcome::Personal { hold } = &outcome {
                if a.json {
                    reply_ids(desk, &outcome, &agent).await?;
                } else {
                    crate::privacy::held(hold, l10n);
                }
                return Err(CliError::NeedsYes("error-reply-personal"));
            }
            if let switchboard_desk::replies::SendOutcome::Held { collision } = &outcome {
                if a.json {
                    reply_ids(desk, &outcome, &agent).await?;
                } else {
                    crate::held::held(id, collision, desk.now(), l10n);
                }
                return Err(CliError::NeedsYes("error-reply-held"));
            }
            if a.json {
                return reply_ids(desk, &outcome, &agent).await;
            }
            match outcome {
                switchboard_desk::replies::SendOutcome::Held { .. }
                | switchboard_desk::replies::SendOutcome::Personal { .. } => Ok(()),
                switchboard_desk::replies::SendOutcome::Recorded { case } => {
                    output::changed(&case, l10n)
                }
                switchboard_desk::replies::SendOutcome::Queued { item } => {
                    out!(
                        "{}",
                        l10n.t(
                            "reply-queued",
                            &[
                                ("case", item.case_id.to_string()),
                                ("reply", item.id.to_string())
                            ]
                        )
                    );
                    Ok(())
                }
            }
        }
        Command::Note(a) => {
            let agent = desk.acting_as(a.agent.as_deref()).await?;
            let case = desk.add_note(case_id(&a.id)?, &agent, &a.text).await?;
            output::changed(&case, l10n)
        }
        Command::Assign(a) => {
            let id = case_id(&a.id)?;
            let case = if a.agent.trim().eq_ignore_ascii_case("none") {
                desk.assign(id, None).await?
            } else {
                let agent = desk.agent_by_ref(&a.agent).await?;
                desk.assign(id, Some(&agent)).await?
            };
            output::changed(&case, l10n)
        }
        Command::Claim(a) => crate::claims::claim(desk, a, false, l10n).await,
        Command::TakeOver(a) => crate::claims::claim(desk, a, true, l10n).await,
        Command::Next(a) => crate::claims::next(desk, a, l10n).await,
        Command::Crisis(c) => crate::crisis::run(desk, c, l10n).await,
        Command::Playbook(c) => crate::playbooks::run(desk, c, l10n).await,
        Command::Report(a) => crate::report::run(desk, a, l10n).await,
        Command::Watch(a) => crate::watch::watch(desk, a, l10n).await,
        Command::Changes(c) => crate::watch::changes(desk, c, l10n).await,
        Command::Status(a) => {
            let status = a
                .status
                .parse::<CaseStatus>()
                .map_err(|v| DeskError::BadInput {
                    field: "status",
                    value: v,
                })?;
            let case = desk.set_status(case_id(&a.id)?, status).await?;
            output::changed(&case, l10n)
        }
        Command::Snooze(a) => {
            let until = crate::handoff::time_or_span(&a.until, desk.now(), "until")?;
            let case = desk.snooze(case_id(&a.id)?, until).await?;
            output::snoozed(&case, l10n)
        }
        Command::Experts(c) => crate::experts::run(desk, c, l10n).await,
        Command::Handoff(c) => crate::handoff::run(desk, c, l10n).await,
        Command::Templates(c) => crate::templates::run(desk, c, l10n).await,
        Command::Serve(a) => crate::serve::serve(desk.clone(), url, a, l10n).await,
        Command::Webhooks(c) => crate::serve::webhooks(desk, url, c, l10n).await,
        Command::Connect(a) => crate::connector::connect(desk.clone(), a, l10n).await,
        Command::Connections(a) => crate::connector::list(desk.clone(), a.json, l10n).await,
        Command::Connection(crate::connector::ConnectionCommand::Remove { community }) => {
            crate::connector::remove(desk.clone(), &community, l10n).await
        }
        Command::Sync(a) => crate::connector::sync(desk.clone(), a, l10n).await,
        Command::FakeGraph(a) => crate::connector::fake_graph(desk.clone(), a, l10n).await,
        Command::Detect => crate::templates::detect(),
        Command::Privacy => crate::privacy::privacy(),
        Command::Signature { value } => {
            let s = match value {
                Some(v) => desk.set_signature(&v).await?,
                None => desk.signature().await?,
            };
            out!(
                "{}",
                l10n.t("signature-now", &[("signature", s.as_str().to_string())])
            );
            Ok(())
        }
        Command::HideComment(a) => {
            let agent = desk.acting_as(a.agent.as_deref()).await?;
            let case = crate::connector::connector(desk.clone())
                .hide_personal_comments(case_id(&a.id)?, &agent)
                .await?;
            output::changed(&case, l10n)
        }
        // Handled before a workspace is opened.
        Command::Bench(_) | Command::Team(_) | Command::DemoSurge(_) => Ok(()),
    }
}

/// `reply --json`: the case, and the reply in the outbox or the message
/// recorded on the case.
async fn reply_ids(
    desk: &Desk,
    outcome: &switchboard_desk::replies::SendOutcome,
    agent: &switchboard_domain::Agent,
) -> Result<(), CliError> {
    use switchboard_desk::replies::SendOutcome;
    let ids = match outcome {
        SendOutcome::Queued { item } => serde_json::json!({
            "case_id": item.case_id,
            "reply_id": item.id,
            "state": item.state,
        }),
        SendOutcome::Recorded { case } => {
            let view = desk.open_case(case.id).await?;
            let message = view
                .thread
                .iter()
                .rev()
                .find(|m| {
                    m.direction == switchboard_domain::Direction::Outbound && m.author == agent.name
                })
                .map(|m| m.id);
            serde_json::json!({
                "case_id": case.id,
                "message_id": message,
                "state": "recorded",
            })
        }
        // Nothing sent: what is new, and the marker to send anyway with.
        SendOutcome::Held { collision } => serde_json::json!({
            "state": "held",
            "collision": collision,
        }),
        // Nothing sent: the personal data found in a public reply.
        SendOutcome::Personal { hold } => serde_json::json!({
            "state": "personal",
            "privacy": hold,
        }),
    };
    output::json(&ids)
}

pub(crate) fn case_id(s: &str) -> Result<CaseId, CliError> {
    let digits = s.trim().trim_start_matches('#');
    digits
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(CaseId)
        .ok_or_else(|| {
            CliError::Desk(DeskError::BadInput {
                field: "case",
                value: s.to_string(),
            })
        })
}

async fn demo(desk: &Desk, url: &DatabaseUrl, yes: bool, l10n: &Localizer) -> Result<(), CliError> {
    let existing = desk.communities().await?.len();
    if !confirm_replace(
        existing,
        url,
        yes,
        "demo-confirm",
        "error-demo-needs-yes",
        l10n,
    )? {
        return Ok(());
    }
    let summary = desk.create_demo().await?;
    out!(
        "{}",
        l10n.t(
            "demo-created",
            &[
                ("target", url.to_string()),
                ("communities", summary.communities.to_string()),
                ("cases", summary.cases.to_string()),
                ("messages", summary.messages.to_string()),
                ("experts", summary.experts.to_string()),
            ]
        )
    );
    Ok(())
}

/// Whether a command may replace the workspace at `url`, which has
/// `existing` communities: at once when it is empty or with `--yes`;
/// otherwise a terminal is asked (`prompt`), and without one the command
/// stops with `needs_yes`.
pub fn confirm_replace(
    existing: usize,
    url: &DatabaseUrl,
    yes: bool,
    prompt: &str,
    needs_yes: &'static str,
    l10n: &Localizer,
) -> Result<bool, CliError> {
    if existing == 0 || yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::NeedsYes(needs_yes));
    }
    eprint!(
        "{} ",
        l10n.t(
            prompt,
            &[
                ("target", url.to_string()),
                ("communities", existing.to_string())
            ]
        )
    );
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(CliError::Io)?;
    let answer = answer.trim().to_lowercase();
    let accepted = l10n.t("demo-confirm-yes", &[]).to_lowercase();
    if answer != "y" && answer != "yes" && answer != accepted {
        eprintln!("{}", l10n.t("demo-cancelled", &[]));
        return Ok(false);
    }
    Ok(true)
}
