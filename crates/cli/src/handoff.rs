//! `switchboard handoff …`: asking an expert about a case, recording what
//! comes back, expiring what nobody answered, and a case's audit trail.

use crate::args::{HandoffAskArgs, HandoffCommand};
use crate::commands::case_id;
use crate::output::{h, json, span, table, CliError};
use chrono::{DateTime, Duration, Utc};
use switchboard_desk::handoffs::HandoffRequest;
use switchboard_desk::mailto::{mailto_link, MailLabels};
use switchboard_desk::{Desk, DeskError};
use switchboard_domain::{HandoffId, HandoffPriority};
use switchboard_l10n::Localizer;

pub async fn run(desk: &Desk, cmd: HandoffCommand, l10n: &Localizer) -> Result<(), CliError> {
    match cmd {
        HandoffCommand::Ask(a) => ask(desk, a, l10n).await,
        HandoffCommand::Answer(a) => {
            let agent = desk.acting_as(a.agent.as_deref()).await?;
            let case = case_id(&a.case)?;
            let open = desk.open_handoff_of(case, a.handoff.map(HandoffId)).await?;
            let done = desk
                .answer_handoff(open.id, &a.text, a.by.as_deref(), &agent)
                .await?;
            let now = desk.case(case).await?;
            out!(
                "{}",
                l10n.t(
                    "handoff-answered",
                    &[
                        ("handoff", done.id.to_string()),
                        ("case", case.to_string()),
                        ("status", crate::output::status(l10n, &now)),
                    ]
                )
            );
            if a.insert {
                desk.insert_answer_into_draft(done.id, &agent).await?;
                out!(
                    "{}",
                    l10n.t("handoff-draft-updated", &[("case", case.to_string())])
                );
            }
            Ok(())
        }
        HandoffCommand::Decline(a) => {
            let agent = desk.acting_as(a.agent.as_deref()).await?;
            let case = case_id(&a.case)?;
            let open = desk.open_handoff_of(case, a.handoff.map(HandoffId)).await?;
            let done = desk
                .decline_handoff(open.id, a.reason.as_deref(), &agent)
                .await?;
            out!(
                "{}",
                l10n.t(
                    "handoff-declined",
                    &[("handoff", done.id.to_string()), ("case", case.to_string())]
                )
            );
            Ok(())
        }
        HandoffCommand::Expire => {
            let expired = desk.expire_overdue_handoffs().await?;
            out!(
                "{}",
                l10n.t("handoffs-expired", &[("count", expired.len().to_string())])
            );
            Ok(())
        }
        HandoffCommand::Trail(a) => {
            let entries = desk.audit_of_case(case_id(&a.case)?).await?;
            if a.json {
                return json(&entries);
            }
            if entries.is_empty() {
                out!("{}", l10n.t("trail-empty", &[]));
                return Ok(());
            }
            let mut t = table(h(
                l10n,
                &[
                    "col-when",
                    "col-event",
                    "col-actor",
                    "col-expert",
                    "col-detail",
                ],
            ));
            for e in &entries {
                t.add_row(vec![
                    e.at.format("%Y-%m-%d %H:%M").to_string(),
                    l10n.t(&format!("audit-{}", e.kind.as_str().replace('_', "-")), &[]),
                    if e.helper {
                        l10n.t("audit-by-helper", &[("actor", e.actor.clone())])
                    } else {
                        e.actor.clone()
                    },
                    e.expert_name.clone().unwrap_or_default(),
                    e.detail.clone(),
                ]);
            }
            out!("{t}");
            Ok(())
        }
    }
}

/// `2026-03-02T15:00:00Z`, or a span from now: `90m`, `4h`, `2d`; `field`
/// names the option in the error.
pub(crate) fn time_or_span(
    text: &str,
    now: DateTime<Utc>,
    field: &'static str,
) -> Result<DateTime<Utc>, DeskError> {
    let bad = || DeskError::BadInput {
        field,
        value: text.to_string(),
    };
    let t = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok(at.with_timezone(&Utc));
    }
    let split = t.len().saturating_sub(1);
    let (n, unit) = (
        t.get(..split).ok_or_else(bad)?,
        t.get(split..).ok_or_else(bad)?,
    );
    let n: i64 = n.parse().map_err(|_| bad())?;
    let span = match unit {
        "m" => Duration::try_minutes(n),
        "h" => Duration::try_hours(n),
        "d" => Duration::try_days(n),
        _ => None,
    };
    span.and_then(|s| now.checked_add_signed(s)).ok_or_else(bad)
}

async fn ask(desk: &Desk, a: HandoffAskArgs, l10n: &Localizer) -> Result<(), CliError> {
    let agent = desk.acting_as(a.agent.as_deref()).await?;
    let case = case_id(&a.case)?;
    let expert = match (&a.expert, &a.department) {
        (Some(r), _) => desk.expert_by_ref(r).await?,
        (None, Some(dept)) => desk
            .suggest_experts(case, &[l10n.lang().to_string()])
            .await?
            .into_iter()
            .find(|s| s.expert.department.eq_ignore_ascii_case(dept.trim()))
            .map(|s| s.expert)
            .ok_or_else(|| crate::experts::unknown_department(dept))?,
        (None, None) => return Err(DeskError::UnknownExpert(String::new()).into()),
    };
    let priority = a
        .priority
        .parse::<HandoffPriority>()
        .map_err(|v| DeskError::BadInput {
            field: "priority",
            value: v,
        })?;
    let due_at = a
        .due
        .as_deref()
        .map(|d| time_or_span(d, desk.now(), "due"))
        .transpose()?;
    let handoff = desk
        .ask_handoff(
            &HandoffRequest {
                case,
                expert: expert.id,
                question: a.question,
                excerpt: a.excerpt,
                due_at,
                priority,
            },
            &agent,
        )
        .await?;
    if a.json {
        return json(&[&handoff]);
    }
    out!(
        "{}",
        l10n.t(
            "handoff-asked",
            &[
                ("handoff", handoff.id.to_string()),
                ("expert", expert.name.clone()),
                ("case", case.to_string()),
                (
                    "due",
                    handoff.due_at.format("%Y-%m-%d %H:%M UTC").to_string()
                ),
                ("in", span(desk.now(), handoff.due_at)),
            ]
        )
    );
    if a.mailto {
        let view = desk.open_case(case).await?;
        let labels = MailLabels::localized(l10n);
        out!(
            "{}",
            mailto_link(&handoff, &expert, &view.case, &view.community, &labels)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn due_times_are_absolute_or_from_now_and_nonsense_is_refused() {
        let now = Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
        assert_eq!(
            time_or_span("90m", now, "due").unwrap(),
            now + Duration::minutes(90)
        );
        assert_eq!(
            time_or_span("4h", now, "due").unwrap(),
            now + Duration::hours(4)
        );
        assert_eq!(
            time_or_span("2d", now, "due").unwrap(),
            now + Duration::days(2)
        );
        assert_eq!(
            time_or_span("2026-03-02T15:00:00+01:00", now, "due").unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 2, 14, 0, 0).unwrap()
        );
        for bad in ["", "h", "4x", "soon", "99999999999999d", "é"] {
            assert!(
                time_or_span(bad, now, "due").is_err(),
                "{bad:?} was accepted"
            );
        }
    }
}
