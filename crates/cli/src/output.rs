//! What the user reads: tables for people, JSON arrays for scripts, one
//! localized line for an error.

use chrono::{DateTime, Utc};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;
use switchboard_desk::cases::CaseView;
use switchboard_desk::DeskError;
use switchboard_domain::{Case, CaseStatus, Community, Direction, SlaState};
use switchboard_l10n::Localizer;
use switchboard_store::{CommunityCounts, InboundOutcome, QueueRow, SearchHit, StoreError};

#[derive(Debug)]
pub enum CliError {
    Desk(DeskError),
    Io(std::io::Error),
    /// `demo` or `bench generate` would replace data, and no terminal can
    /// confirm: the message to say (`error-demo-needs-yes`...).
    NeedsYes(&'static str),
    /// A check printed this many problems (each on its own line already).
    Findings(usize),
    /// A report could not be laid out as a PDF.
    Print(switchboard_print::PrintError),
}

impl From<DeskError> for CliError {
    fn from(e: DeskError) -> Self {
        CliError::Desk(e)
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        CliError::Desk(DeskError::Store(e))
    }
}

pub fn error_line(e: &CliError, l10n: &Localizer) -> String {
    match e {
        CliError::Desk(d) => {
            tracing::debug!(error = ?d, "command failed");
            let key = format!("error-{}", d.code());
            if l10n.has(&key) {
                l10n.t(&key, &d.args())
            } else {
                d.to_string()
            }
        }
        CliError::Io(io) => l10n.t("error-io", &[("reason", io.to_string())]),
        CliError::NeedsYes(key) => l10n.t(key, &[]),
        CliError::Findings(n) => l10n.t("error-check-findings", &[("count", n.to_string())]),
        CliError::Print(p) => l10n.t("error-report-pdf", &[("reason", p.to_string())]),
    }
}

/// Why a community's sync failed, as a sentence: `error-<code>` with its
/// arguments, as every other error; the code itself for one this version
/// has no message for.
pub fn sync_error(e: &switchboard_store::SyncError, l10n: &Localizer) -> String {
    let key = format!("error-{}", e.code);
    if !l10n.has(&key) {
        return e.code.clone();
    }
    let args: Vec<(&str, String)> = e
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    l10n.t(&key, &args)
}

/// Text as a terminal may be given it: customers' messages and names,
/// imported profiles and templates can carry escape sequences (colours,
/// cursor moves, OSC 8 hyperlinks, window titles), a bell, backspaces or
/// carriage returns that would rewrite what the agent sees. Every escape
/// sequence (ESC and the C1 introducers CSI, OSC, DCS, SOS, PM, APC, with
/// what they introduce) and every other control character goes; newlines
/// and tabs stay.
pub fn clean(text: &str) -> String {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '\u{1b}' => i = skip_escape(&chars, i),
            '\u{9b}' => i = skip_csi(&chars, i),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => i = skip_string(&chars, i),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `clean`, on one line: newlines and tabs become spaces (a name or a
/// subject cannot add lines of its own to a listing).
pub fn one_line(text: &str) -> String {
    clean(text).replace(['\n', '\t'], " ")
}

/// Past the escape sequence whose ESC is just before `i`.
fn skip_escape(chars: &[char], i: usize) -> usize {
    match chars.get(i) {
        Some('[') => skip_csi(chars, i + 1),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars, i + 1),
        Some(c) if ('\u{20}'..='\u{2f}').contains(c) => {
            // Intermediates, then one final character (`ESC ( B`).
            let mut j = i;
            while chars
                .get(j)
                .is_some_and(|c| ('\u{20}'..='\u{2f}').contains(c))
            {
                j += 1;
            }
            match chars.get(j) {
                Some(c) if ('\u{30}'..='\u{7e}').contains(c) => j + 1,
                _ => j,
            }
        }
        Some(c) if ('\u{30}'..='\u{7e}').contains(c) => i + 1,
        _ => i,
    }
}

/// Past a control sequence's parameters, intermediates and final byte.
fn skip_csi(chars: &[char], mut i: usize) -> usize {
    while let Some(c) = chars.get(i) {
        match c {
            '\u{20}'..='\u{3f}' => i += 1,
            '\u{40}'..='\u{7e}' => return i + 1,
            _ => return i,
        }
    }
    i
}

/// Past a string (OSC, DCS, …) and its terminator: BEL, ESC \ or ST. An
/// unterminated one loses only its introducer.
fn skip_string(chars: &[char], i: usize) -> usize {
    let mut j = i;
    while let Some(c) = chars.get(j) {
        match c {
            '\u{7}' | '\u{9c}' => return j + 1,
            '\u{1b}' if chars.get(j + 1) == Some(&'\\') => return j + 2,
            _ => j += 1,
        }
    }
    i
}

/// One line on stdout, cleaned of control sequences (see `clean`). When
/// the reader has gone away (a closed pipe) the command has nothing left to
/// do: exit quietly, as Unix tools do.
pub fn write_line(args: std::fmt::Arguments<'_>) {
    write_exact(&clean(&args.to_string()));
}

/// One line on stdout exactly as given: data for another program (JSON,
/// which escapes control characters itself; a CSV export).
pub(crate) fn write_exact(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = writeln!(stdout, "{text}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("switchboard: {e}");
        std::process::exit(1);
    }
}

pub(crate) fn json<T: Serialize>(value: &T) -> Result<(), CliError> {
    let text =
        serde_json::to_string_pretty(value).map_err(|e| CliError::Io(std::io::Error::other(e)))?;
    write_exact(&text);
    Ok(())
}

pub(crate) fn table(headers: Vec<String>) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers);
    t
}

pub(crate) fn h(l10n: &Localizer, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| l10n.t(k, &[])).collect()
}

/// A signed, language-neutral span: `+35m`, `-1h20m`, `3d4h`.
pub fn span(from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let mins = (to - from).num_minutes();
    let sign = if mins < 0 { "-" } else { "+" };
    let m = mins.abs();
    let text = if m >= 24 * 60 {
        format!("{}d{}h", m / (24 * 60), (m % (24 * 60)) / 60)
    } else if m >= 60 {
        format!("{}h{:02}m", m / 60, m % 60)
    } else {
        format!("{m}m")
    };
    format!("{sign}{text}")
}

fn age(since: Option<DateTime<Utc>>, now: DateTime<Utc>) -> String {
    since
        .map(|s| span(now, s).trim_start_matches('-').to_string())
        .unwrap_or_else(|| "—".to_string())
}

pub(crate) fn sla(l10n: &Localizer, state: SlaState) -> String {
    let key = match state {
        SlaState::OnTrack => "sla-on-track",
        SlaState::AtRisk => "sla-at-risk",
        SlaState::Breached => "sla-breached",
        SlaState::Paused => "sla-paused",
        SlaState::Done => "sla-done",
    };
    l10n.t(key, &[])
}

pub(crate) fn status(l10n: &Localizer, case: &Case) -> String {
    status_name(l10n, case.status)
}

pub(crate) fn status_name(l10n: &Localizer, status: CaseStatus) -> String {
    l10n.t(
        &format!("status-{}", status.as_str().replace('_', "-")),
        &[],
    )
}

pub fn communities(
    rows: &[CommunityCounts],
    as_json: bool,
    now: DateTime<Utc>,
    l10n: &Localizer,
) -> Result<(), CliError> {
    if as_json {
        return json(&rows);
    }
    if rows.is_empty() {
        out!("{}", l10n.t("communities-empty", &[]));
        return Ok(());
    }
    let mut t = table(h(
        l10n,
        &[
            "col-community",
            "col-brand",
            "col-locale",
            "col-open",
            "col-at-risk",
            "col-breached",
            "col-oldest-waiting",
        ],
    ));
    for r in rows {
        t.add_row(vec![
            r.community.handle.clone(),
            r.community.brand_name.clone(),
            r.community.locale.to_string(),
            r.open.to_string(),
            r.at_risk.to_string(),
            r.breached.to_string(),
            age(r.oldest_waiting_since, now),
        ]);
    }
    out!("{t}");
    Ok(())
}

pub fn created_community(c: &Community, as_json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(&[c]);
    }
    out!(
        "{}",
        l10n.t(
            "community-added",
            &[("handle", c.handle.clone()), ("page", c.page_id.clone())]
        )
    );
    Ok(())
}

pub fn queue(
    rows: &[QueueRow],
    as_json: bool,
    now: DateTime<Utc>,
    l10n: &Localizer,
) -> Result<(), CliError> {
    if as_json {
        return json(&rows);
    }
    if rows.is_empty() {
        out!("{}", l10n.t("queue-empty", &[]));
        return Ok(());
    }
    let mut t = table(h(
        l10n,
        &[
            "col-case",
            "col-community",
            "col-customer",
            "col-status",
            "col-sla",
            "col-due",
            "col-assignee",
            "col-subject",
        ],
    ));
    for r in rows {
        t.add_row(vec![
            format!("#{}", r.id),
            one_line(&r.community),
            one_line(&r.contact_name),
            status_name(l10n, r.status),
            sla(l10n, r.sla_state),
            r.due_at.map(|d| span(now, d)).unwrap_or_else(|| "—".into()),
            one_line(r.assignee_initials.as_deref().unwrap_or_default()),
            one_line(&r.subject),
        ]);
    }
    out!("{t}");
    Ok(())
}

pub fn case(
    view: &CaseView,
    as_json: bool,
    now: DateTime<Utc>,
    l10n: &Localizer,
) -> Result<(), CliError> {
    if as_json {
        return json(&[view]);
    }
    let c = &view.case;
    out!(
        "#{} · {} · {} · {}",
        c.id,
        one_line(&view.community.handle),
        one_line(&view.contact_name),
        status(l10n, c)
    );
    let due = c
        .urgency()
        .map(|(_, due)| span(now, due))
        .unwrap_or_else(|| "—".into());
    out!(
        "{}: {} ({})",
        l10n.t("col-sla", &[]),
        sla(l10n, view.sla_state),
        due
    );
    if let Some(a) = &view.assignee {
        out!(
            "{}: {} ({})",
            l10n.t("col-assignee", &[]),
            one_line(&a.name),
            one_line(&a.initials)
        );
    }
    out!();
    for m in &view.thread {
        let tag = match m.direction {
            Direction::Inbound => "«",
            Direction::Outbound => "»",
            Direction::Note => "✎",
        };
        out!(
            "{tag} {} · {} · {}",
            one_line(&m.author),
            m.created_at.format("%Y-%m-%d %H:%M UTC"),
            l10n.t(&format!("direction-{}", m.direction.as_str()), &[])
        );
        for line in clean(&m.body).lines() {
            out!("  {line}");
        }
        out!();
    }
    for h in &view.handoffs {
        out!(
            "{} · {} · {}",
            l10n.t("handoff", &[]),
            h.state,
            one_line(&h.question)
        );
        if let Some(answer) = &h.answer {
            out!("  → {}", one_line(answer));
        }
    }
    Ok(())
}

pub fn search(hits: &[SearchHit], as_json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(&hits);
    }
    if hits.is_empty() {
        out!("{}", l10n.t("search-empty", &[]));
        return Ok(());
    }
    let mut t = table(h(
        l10n,
        &[
            "col-case",
            "col-community",
            "col-author",
            "col-when",
            "col-message",
        ],
    ));
    for hit in hits {
        t.add_row(vec![
            format!("#{}", hit.case_id),
            one_line(&hit.community),
            one_line(&hit.author),
            hit.created_at.format("%Y-%m-%d %H:%M").to_string(),
            one_line(&hit.body).chars().take(100).collect(),
        ]);
    }
    out!("{t}");
    Ok(())
}

pub fn inbound(outcome: &InboundOutcome, as_json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(&[outcome]);
    }
    let key = match outcome {
        InboundOutcome::Stored { .. } => "inbound-stored",
        InboundOutcome::Duplicate { .. } => "inbound-duplicate",
    };
    out!(
        "{}",
        l10n.t(key, &[("case", outcome.case_id().to_string())])
    );
    Ok(())
}

pub fn snoozed(case: &Case, l10n: &Localizer) -> Result<(), CliError> {
    let until = case
        .snoozed_until
        .map(|u| u.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default();
    out!(
        "{}",
        l10n.t(
            "case-snoozed",
            &[("case", case.id.to_string()), ("until", until)]
        )
    );
    Ok(())
}

pub fn changed(case: &Case, l10n: &Localizer) -> Result<(), CliError> {
    out!(
        "{}",
        l10n.t(
            "case-changed",
            &[
                ("case", case.id.to_string()),
                ("status", status(l10n, case))
            ]
        )
    );
    Ok(())
}
