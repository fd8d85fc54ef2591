//! `switchboard experts …`: the expert directory from a terminal, and the
//! ranked suggestions for a case with their reasons in the user's language.

use crate::args::{ExpertFields, ExpertsCommand};
use crate::output::{h, json, table, CliError};
use switchboard_desk::experts::{ExpertEntry, ExpertInput};
use switchboard_desk::suggest::{Reason, Suggestion};
use switchboard_desk::{Desk, DeskError};
use switchboard_domain::{Availability, CaseId, Expert};
use switchboard_l10n::Localizer;
use switchboard_store::{ExpertHandoff, HandoffFigures};

pub async fn run(desk: &Desk, cmd: ExpertsCommand, l10n: &Localizer) -> Result<(), CliError> {
    match cmd {
        ExpertsCommand::List(a) => list(&desk.experts(a.all).await?, a.json, l10n),
        ExpertsCommand::Add(a) => {
            let mut input = ExpertInput::default();
            apply(&mut input, a.fields);
            let e = desk.add_expert(&input).await?;
            saved(&e, a.json, l10n)
        }
        ExpertsCommand::Edit(a) => {
            let current = desk.expert_by_ref(&a.expert).await?;
            let mut input = ExpertInput::of(&current);
            apply(&mut input, a.fields);
            let e = desk.edit_expert(current.id, &input).await?;
            saved(&e, a.json, l10n)
        }
        ExpertsCommand::Retire(a) => {
            let e = desk.expert_by_ref(&a.expert).await?;
            let e = desk.retire_expert(e.id).await?;
            out!("{}", l10n.t("expert-retired", &named(&e)));
            Ok(())
        }
        ExpertsCommand::Import(a) => {
            let text = std::fs::read_to_string(&a.file).map_err(CliError::Io)?;
            let summary = desk.import_experts(&text).await?;
            out!(
                "{}",
                l10n.t(
                    "experts-imported",
                    &[
                        ("added", summary.added.to_string()),
                        ("updated", summary.updated.to_string()),
                        ("unchanged", summary.unchanged.to_string()),
                        ("file", a.file.display().to_string()),
                    ]
                )
            );
            Ok(())
        }
        ExpertsCommand::Export(a) => {
            let text = desk.export_experts().await?;
            if a.file.as_os_str() == "-" {
                crate::output::write_exact(text.trim_end());
                return Ok(());
            }
            std::fs::write(&a.file, &text).map_err(CliError::Io)?;
            let count = text.lines().count().saturating_sub(1);
            out!(
                "{}",
                l10n.t(
                    "experts-exported",
                    &[
                        ("count", count.to_string()),
                        ("file", a.file.display().to_string())
                    ]
                )
            );
            Ok(())
        }
        ExpertsCommand::Suggest(a) => {
            let case = crate::commands::case_id(&a.case)?;
            let mut langs = vec![l10n.lang().to_string()];
            langs.extend(a.agent_languages);
            let mut ranked = desk.suggest_experts(case, &langs).await?;
            ranked.truncate(a.limit);
            suggestions(case, &ranked, a.json, l10n)
        }
        ExpertsCommand::Handoffs(a) => {
            let e = desk.expert_by_ref(&a.expert).await?;
            let rows = desk.handoffs_of_expert(e.id, !a.all).await?;
            expert_handoffs(&rows, a.json, desk.now(), l10n)
        }
        ExpertsCommand::Figures(a) => figures(&desk.handoff_figures(a.days).await?, a.json, l10n),
    }
}

fn apply(input: &mut ExpertInput, f: ExpertFields) {
    let fields = [
        (f.name, &mut input.name),
        (f.department, &mut input.department),
        (f.email, &mut input.email),
        (f.topics, &mut input.topics),
        (f.languages, &mut input.languages),
        (f.time_zone, &mut input.time_zone),
        (f.hours, &mut input.working_hours),
        (f.availability, &mut input.availability),
        (f.chat, &mut input.chat),
    ];
    for (value, slot) in fields {
        if let Some(v) = value {
            *slot = v;
        }
    }
}

fn named(e: &Expert) -> Vec<(&'static str, String)> {
    vec![("id", e.id.to_string()), ("name", e.name.clone())]
}

fn saved(e: &Expert, as_json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(&[e]);
    }
    out!("{}", l10n.t("expert-saved", &named(e)));
    Ok(())
}

pub(crate) fn availability(a: Availability, l10n: &Localizer) -> String {
    match a {
        Availability::Out(date) => l10n.t("availability-out", &[("date", date.to_string())]),
        other => l10n.t(&format!("availability-{}", other.kind()), &[]),
    }
}

fn minutes(m: Option<i64>) -> String {
    m.map(|m| format!("{m} min")).unwrap_or_else(|| "—".into())
}

fn list(rows: &[ExpertEntry], as_json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(&rows);
    }
    if rows.is_empty() {
        out!("{}", l10n.t("experts-empty", &[]));
        return Ok(());
    }
    let mut t = table(h(
        l10n,
        &[
            "col-expert-id",
            "col-expert",
            "col-department",
            "col-topics",
            "col-languages",
            "col-hours",
            "col-availability",
            "col-open-handoffs",
            "col-median-answer",
        ],
    ));
    for r in rows {
        let e = &r.expert;
        let mut state = availability(e.availability, l10n);
        if e.retired_at.is_some() {
            state = l10n.t("expert-is-retired", &[]);
        } else if r.available_now {
            state.push_str(" ✓");
        }
        t.add_row(vec![
            format!("#{}", e.id),
            format!("{}\n{}", e.name, e.email),
            e.department.clone(),
            e.topics.join(", "),
            e.languages.join(", "),
            format!("{}\n{}", e.hours, e.time_zone),
            state,
            r.open_handoffs.to_string(),
            minutes(r.median_answer_minutes),
        ]);
    }
    out!("{t}");
    Ok(())
}

pub(crate) fn reason(r: &Reason, l10n: &Localizer) -> String {
    let (key, args): (&str, Vec<(&str, String)>) = match r {
        Reason::Topic { topic } => ("reason-topic", vec![("topic", topic.clone())]),
        Reason::Keyword { keyword, topic } => (
            "reason-keyword",
            vec![("keyword", keyword.clone()), ("topic", topic.clone())],
        ),
        Reason::CustomerLanguage { language } => (
            "reason-customer-language",
            vec![("language", language.clone())],
        ),
        Reason::AgentLanguage { language } => (
            "reason-agent-language",
            vec![("language", language.clone())],
        ),
        Reason::AvailableNow { local_time } => {
            ("reason-available-now", vec![("time", local_time.clone())])
        }
        Reason::OffHours { local_time } => ("reason-off-hours", vec![("time", local_time.clone())]),
        Reason::Away => ("reason-away", vec![]),
        Reason::OutUntil { date } => ("reason-out-until", vec![("date", date.to_string())]),
        Reason::Load { open } => ("reason-load", vec![("open", open.to_string())]),
        Reason::AnswerSpeed { median_minutes } => (
            "reason-answer-speed",
            vec![("minutes", median_minutes.to_string())],
        ),
    };
    l10n.t(key, &args)
}

fn suggestions(
    case: CaseId,
    ranked: &[Suggestion],
    as_json: bool,
    l10n: &Localizer,
) -> Result<(), CliError> {
    if as_json {
        return json(&ranked);
    }
    if ranked.is_empty() {
        out!("{}", l10n.t("suggest-empty", &[]));
        return Ok(());
    }
    out!("{}", l10n.t("suggest-title", &[("case", case.to_string())]));
    let mut t = table(h(
        l10n,
        &[
            "col-rank",
            "col-expert",
            "col-department",
            "col-score",
            "col-reasons",
        ],
    ));
    for (i, s) in ranked.iter().enumerate() {
        let reasons: Vec<String> = s.reasons.iter().map(|r| reason(r, l10n)).collect();
        t.add_row(vec![
            (i + 1).to_string(),
            format!("#{} {}", s.expert.id, s.expert.name),
            s.expert.department.clone(),
            s.score.to_string(),
            reasons.join("\n"),
        ]);
    }
    out!("{t}");
    Ok(())
}

fn expert_handoffs(
    rows: &[ExpertHandoff],
    as_json: bool,
    now: chrono::DateTime<chrono::Utc>,
    l10n: &Localizer,
) -> Result<(), CliError> {
    if as_json {
        return json(&rows);
    }
    if rows.is_empty() {
        out!("{}", l10n.t("handoffs-empty", &[]));
        return Ok(());
    }
    let mut t = table(h(
        l10n,
        &[
            "col-handoff",
            "col-case",
            "col-community",
            "col-state",
            "col-due",
            "col-question",
        ],
    ));
    for r in rows {
        t.add_row(vec![
            format!("#{}", r.handoff.id),
            format!("#{}", r.handoff.case_id),
            r.community.clone(),
            l10n.t(&format!("handoff-state-{}", r.handoff.state), &[]),
            crate::output::span(now, r.handoff.due_at),
            r.handoff.question.clone(),
        ]);
    }
    out!("{t}");
    Ok(())
}

fn figures(f: &HandoffFigures, as_json: bool, l10n: &Localizer) -> Result<(), CliError> {
    if as_json {
        return json(&[f]);
    }
    let counts_header = [
        "col-open-handoffs",
        "col-asked",
        "col-answered-in-time",
        "col-median-answer",
    ];
    let mut t = table(h(
        l10n,
        &[&["col-expert", "col-department"][..], &counts_header].concat(),
    ));
    for e in f
        .experts
        .iter()
        .filter(|e| e.counts.asked > 0 || e.open > 0)
    {
        t.add_row(vec![
            e.name.clone(),
            e.department.clone(),
            e.open.to_string(),
            e.counts.asked.to_string(),
            e.counts.answered_in_time.to_string(),
            minutes(e.counts.median_answer_minutes),
        ]);
    }
    out!("{t}");
    let mut t = table(h(l10n, &[&["col-department"][..], &counts_header].concat()));
    for d in &f.departments {
        t.add_row(vec![
            d.department.clone(),
            d.open.to_string(),
            d.counts.asked.to_string(),
            d.counts.answered_in_time.to_string(),
            minutes(d.counts.median_answer_minutes),
        ]);
    }
    out!("{t}");
    let mut t = table(h(
        l10n,
        &["col-community", "col-cases", "col-with-expert", "col-share"],
    ));
    for c in &f.communities {
        t.add_row(vec![
            c.community.clone(),
            c.cases.to_string(),
            c.with_handoff.to_string(),
            format!("{:.0} %", c.share * 100.0),
        ]);
    }
    out!("{t}");
    Ok(())
}

/// `DeskError` for a department nobody in the ranking belongs to.
pub(crate) fn unknown_department(value: &str) -> DeskError {
    DeskError::BadInput {
        field: "department",
        value: value.to_string(),
    }
}
