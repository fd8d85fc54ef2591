//! `watch`: the desk's changes as they are committed, one line each, for a
//! script that follows a desk; and `changes prune`.

use crate::args::{ChangesCommand, WatchArgs};
use crate::output::{self, CliError};
use serde::Serialize;
use std::collections::HashMap;
use std::time::Duration;
use switchboard_desk::{Desk, LogRead};
use switchboard_l10n::Localizer;
use switchboard_store::ChangeRecord;

/// How long one wait for a change lasts before the log is read anyway.
const WAIT: Duration = Duration::from_secs(1);
/// How long a reader that cannot read the log waits before it tries again.
const RETRY: Duration = Duration::from_secs(1);

/// One line of `watch --json`.
#[derive(Serialize)]
struct Line<'a> {
    seq: i64,
    entity: &'a str,
    id: i64,
    community: Option<&'a str>,
    at: chrono::DateTime<chrono::Utc>,
}

pub async fn watch(desk: &Desk, a: WatchArgs, l10n: &Localizer) -> Result<(), CliError> {
    let mut handles = handles(desk).await?;
    let mut reader = desk.read_changes(a.from).await?;
    let mut printed: u64 = 0;
    if !a.json {
        eprintln!(
            "{}",
            l10n.t("watch-started", &[("seq", reader.cursor().to_string())])
        );
    }
    loop {
        let entries = match reader.next(WAIT).await {
            Ok(LogRead::Entries(entries)) => entries,
            Ok(LogRead::Resync) => {
                // What the reader had not read is gone: say so once, as a
                // line a script can act on (read the desk again).
                print(&resync_line(reader.cursor()), a.json, l10n)?;
                continue;
            }
            Err(e) => {
                // The server went away or the connection was cut: the log
                // is read again from where it stood once it answers.
                tracing::warn!(error = %e, "cannot read the change log; retrying");
                eprintln!("{}", output::error_line(&e.into(), l10n));
                tokio::time::sleep(RETRY).await;
                continue;
            }
        };
        for e in &entries {
            if e.community_id.is_some_and(|c| !handles.contains_key(&c.0)) {
                handles = self::handles(desk).await?;
            }
            print(&line(e, &handles), a.json, l10n)?;
            printed += 1;
            if a.count.is_some_and(|n| printed >= n) {
                return Ok(());
            }
        }
    }
}

pub async fn changes(desk: &Desk, c: ChangesCommand, l10n: &Localizer) -> Result<(), CliError> {
    match c {
        ChangesCommand::Prune(a) => {
            let gone = desk.prune_changes(a.days).await?;
            out!(
                "{}",
                l10n.t(
                    "changes-pruned",
                    &[("count", gone.to_string()), ("days", a.days.to_string())]
                )
            );
            Ok(())
        }
    }
}

async fn handles(desk: &Desk) -> Result<HashMap<i64, String>, CliError> {
    Ok(desk
        .communities()
        .await?
        .into_iter()
        .map(|c| (c.id.0, c.handle))
        .collect())
}

fn line<'a>(e: &'a ChangeRecord, handles: &'a HashMap<i64, String>) -> Line<'a> {
    Line {
        seq: e.seq,
        entity: e.entity.as_str(),
        id: e.id,
        community: e
            .community_id
            .and_then(|c| handles.get(&c.0))
            .map(String::as_str),
        at: e.at,
    }
}

fn resync_line(seq: i64) -> Line<'static> {
    Line {
        seq,
        entity: "resync",
        id: 0,
        community: None,
        at: chrono::Utc::now(),
    }
}

fn print(l: &Line<'_>, json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if json {
        let text = serde_json::to_string(l).map_err(|e| CliError::Io(std::io::Error::other(e)))?;
        output::write_exact(&text);
    } else {
        out!(
            "{}",
            l10n.t(
                "watch-line",
                &[
                    ("seq", l.seq.to_string()),
                    ("entity", l.entity.to_string()),
                    ("id", l.id.to_string()),
                    ("community", l.community.unwrap_or("-").to_string()),
                    ("at", l.at.format("%H:%M:%S").to_string()),
                ]
            )
        );
    }
    Ok(())
}
