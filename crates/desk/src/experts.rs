//! The expert directory: one list shared by every community of the
//! workspace (one baggage expert serves all six pages).
//!
//! Profiles are checked field by field here, before the store sees them, so
//! that a front (or a CSV import) can say which field is wrong. Retiring
//! keeps the expert: their past answers stay in the figures and in the audit
//! trails of the cases they helped. Directory writes are rare, so they are
//! announced as a workspace change until the window has an expert view with
//! a change kind of its own.

use crate::events::Change;
use crate::{Desk, DeskError, DeskResult};
use chrono::Duration;
use chrono_tz::Tz;
use serde::Serialize;
use std::collections::HashMap;
use switchboard_domain::availability::reachable_at;
use switchboard_domain::{Availability, DomainError, Expert, ExpertId, Locale, WorkingHours};
use switchboard_store::figures::ExpertFigures;
use switchboard_store::{ExpertProfile, HandoffFigures, StoreError};
use ts_rs::TS;

/// Figures cover this many days back from now.
pub const FIGURES_DAYS: i64 = 30;

/// An expert as the directory lists them: the profile and what is computed.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExpertEntry {
    #[serde(flatten)]
    pub expert: Expert,
    /// Handoffs waiting for them now.
    pub open_handoffs: i64,
    /// Median minutes to answer over the last 30 days.
    pub median_answer_minutes: Option<i64>,
    /// Available and within working hours now, on their own clock.
    pub available_now: bool,
}

/// A field of an expert's profile, named as in the CSV header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Department,
    Topics,
    Languages,
    TimeZone,
    WorkingHours,
    Availability,
    Email,
    Chat,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Name,
        Field::Department,
        Field::Topics,
        Field::Languages,
        Field::TimeZone,
        Field::WorkingHours,
        Field::Availability,
        Field::Email,
        Field::Chat,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Department => "department",
            Field::Topics => "topics",
            Field::Languages => "languages",
            Field::TimeZone => "time_zone",
            Field::WorkingHours => "working_hours",
            Field::Availability => "availability",
            Field::Email => "email",
            Field::Chat => "chat",
        }
    }
}

/// A profile as typed (CLI flags, a form, a CSV row): text for every field,
/// lists separated by `;` or `,`.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, TS)]
pub struct ExpertInput {
    pub name: String,
    pub department: String,
    pub topics: String,
    pub languages: String,
    pub time_zone: String,
    pub working_hours: String,
    pub availability: String,
    pub email: String,
    pub chat: String,
}

/// The zone assumed when none is given: the subsidiary's home, as for the
/// default SLA policy.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Zurich";

impl ExpertInput {
    pub fn get(&self, f: Field) -> &str {
        match f {
            Field::Name => &self.name,
            Field::Department => &self.department,
            Field::Topics => &self.topics,
            Field::Languages => &self.languages,
            Field::TimeZone => &self.time_zone,
            Field::WorkingHours => &self.working_hours,
            Field::Availability => &self.availability,
            Field::Email => &self.email,
            Field::Chat => &self.chat,
        }
    }

    pub fn set(&mut self, f: Field, value: String) {
        match f {
            Field::Name => self.name = value,
            Field::Department => self.department = value,
            Field::Topics => self.topics = value,
            Field::Languages => self.languages = value,
            Field::TimeZone => self.time_zone = value,
            Field::WorkingHours => self.working_hours = value,
            Field::Availability => self.availability = value,
            Field::Email => self.email = value,
            Field::Chat => self.chat = value,
        }
    }

    /// The input of an existing expert, to edit some fields of it.
    pub fn of(e: &Expert) -> ExpertInput {
        ExpertInput {
            name: e.name.clone(),
            department: e.department.clone(),
            topics: e.topics.join(";"),
            languages: e.languages.join(";"),
            time_zone: e.time_zone.clone(),
            working_hours: e.hours.to_string(),
            availability: e.availability.to_string(),
            email: e.email.clone(),
            chat: e.chat.clone(),
        }
    }

    /// The checked profile, or the first field that is wrong with its value
    /// (for a list, the item that is wrong).
    /// Empty optional fields take their defaults: no topics or languages,
    /// Europe/Zurich, Mon–Fri 09:00–17:00, available, no chat handle.
    pub fn profile(&self) -> Result<ExpertProfile, (Field, String)> {
        let bad = |f: Field| (f, self.get(f).to_string());
        let required = |f: Field| {
            let v = self.get(f).trim();
            if v.is_empty() {
                Err(bad(f))
            } else {
                Ok(v.to_string())
            }
        };
        let name = required(Field::Name)?;
        let department = required(Field::Department)?;
        let email = required(Field::Email)?;
        let plausible = email
            .split_once('@')
            .is_some_and(|(l, d)| !l.is_empty() && d.contains('.') && !d.contains('@'))
            && !email.contains(char::is_whitespace);
        if !plausible {
            return Err(bad(Field::Email));
        }
        let topics: Vec<String> = list(&self.topics)
            .map(|t| t.to_lowercase().replace(' ', "-"))
            .collect();
        let mut languages = Vec::new();
        for tag in list(&self.languages) {
            let lang = tag
                .parse::<Locale>()
                .map_err(|_| (Field::Languages, tag.to_string()))?
                .language()
                .to_string();
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        let time_zone = match self.time_zone.trim() {
            "" => DEFAULT_TIME_ZONE.to_string(),
            tz => tz
                .parse::<Tz>()
                .map_err(|_| bad(Field::TimeZone))?
                .name()
                .to_string(),
        };
        let hours = match self.working_hours.trim() {
            "" => WorkingHours::default(),
            h => h.parse().map_err(|_| bad(Field::WorkingHours))?,
        };
        let availability: Availability = self
            .availability
            .parse()
            .map_err(|_| bad(Field::Availability))?;
        Ok(ExpertProfile {
            name,
            department,
            topics,
            languages,
            time_zone,
            email,
            chat: self.chat.trim().to_string(),
            availability,
            hours,
        })
    }
}

/// The items of a `;`- or `,`-separated list, trimmed, empty ones dropped.
fn list(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The profile, or an error that says what a valid value looks like.
fn checked(input: &ExpertInput) -> DeskResult<ExpertProfile> {
    input.profile().map_err(|(field, value)| match field {
        Field::TimeZone => DomainError::BadTimeZone(value).into(),
        Field::Languages => DomainError::BadLocale(value).into(),
        Field::WorkingHours => DomainError::BadWorkingHours(value).into(),
        Field::Availability => DomainError::BadAvailability(value).into(),
        _ => DeskError::BadInput {
            field: field.as_str(),
            value,
        },
    })
}

/// The expert's zone, UTC when the stored name is not one.
pub fn zone_of(e: &Expert) -> Tz {
    e.time_zone.parse().unwrap_or(Tz::UTC)
}

impl Desk {
    /// Active experts (or every one with `with_retired`), by department and
    /// name, with their load and answer speed.
    pub async fn experts(&self, with_retired: bool) -> DeskResult<Vec<ExpertEntry>> {
        let (figures, experts) = self.figures_and_experts().await?;
        let by_expert = figures_by_expert(&figures);
        let now = self.now();
        Ok(experts
            .into_iter()
            .filter(|e| with_retired || e.retired_at.is_none())
            .map(|e| {
                let f = by_expert.get(&e.id).copied();
                ExpertEntry {
                    available_now: e.retired_at.is_none()
                        && reachable_at(e.availability, &e.hours, zone_of(&e), now),
                    open_handoffs: f.map(|f| f.open).unwrap_or(0),
                    median_answer_minutes: f.and_then(|f| f.counts.median_answer_minutes),
                    expert: e,
                }
            })
            .collect())
    }

    /// The figures of the last `FIGURES_DAYS` days and the whole directory,
    /// read at the same time (each is one pass over every expert; a
    /// directory can hold a hundred thousand).
    pub(crate) async fn figures_and_experts(&self) -> DeskResult<(HandoffFigures, Vec<Expert>)> {
        let store = self.store();
        let (figures, experts) = tokio::join!(self.handoff_figures(FIGURES_DAYS), store.experts());
        Ok((figures?, experts?))
    }

    /// Handoff figures over the last `days` days.
    pub async fn handoff_figures(&self, days: i64) -> DeskResult<HandoffFigures> {
        let since = self.now() - Duration::days(days.max(0));
        Ok(self.store().handoff_figures(since).await?)
    }

    /// An expert by number (`7`, `#7`), e-mail or exact name (any case).
    pub async fn expert_by_ref(&self, reference: &str) -> DeskResult<Expert> {
        let wanted = reference.trim();
        if let Ok(n) = wanted.trim_start_matches('#').parse::<i64>() {
            return self.store().expert(ExpertId(n)).await.map_err(|e| match e {
                StoreError::NotFound { .. } => DeskError::UnknownExpert(wanted.to_string()),
                e => e.into(),
            });
        }
        self.store()
            .experts()
            .await?
            .into_iter()
            .find(|e| e.email.eq_ignore_ascii_case(wanted) || e.name.eq_ignore_ascii_case(wanted))
            .ok_or_else(|| DeskError::UnknownExpert(wanted.to_string()))
    }

    /// The profile of expert `id` as an edit form shows it.
    pub async fn expert_input(&self, id: ExpertId) -> DeskResult<ExpertInput> {
        Ok(ExpertInput::of(&self.store().expert(id).await?))
    }

    pub async fn add_expert(&self, input: &ExpertInput) -> DeskResult<Expert> {
        let expert = self.store().create_expert(&checked(input)?).await?;
        self.emit(Change::Workspace);
        Ok(expert)
    }

    /// Replaces the profile of `id` with `input` (start from
    /// `ExpertInput::of` to change only some fields).
    pub async fn edit_expert(&self, id: ExpertId, input: &ExpertInput) -> DeskResult<Expert> {
        let expert = self.store().update_expert(id, &checked(input)?).await?;
        self.emit(Change::Workspace);
        Ok(expert)
    }

    /// The expert takes no more handoffs from now on; the open ones stay
    /// open (and expire if nobody answers them).
    pub async fn retire_expert(&self, id: ExpertId) -> DeskResult<Expert> {
        let expert = self.store().retire_expert(id, self.now()).await?;
        self.emit(Change::Workspace);
        Ok(expert)
    }
}

/// Every expert's figures by id: one lookup per expert, not a scan of the
/// whole directory for each (which made a directory of 100,000 experts
/// take tens of seconds to list).
pub(crate) fn figures_by_expert(f: &HandoffFigures) -> HashMap<ExpertId, &ExpertFigures> {
    f.experts.iter().map(|e| (e.expert_id, e)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ExpertInput {
        ExpertInput {
            name: " Sandra Meier ".into(),
            department: "Baggage".into(),
            topics: "baggage-lost; Baggage Delayed".into(),
            languages: "de-CH, en,de".into(),
            email: "sandra@lakeline.example".into(),
            ..ExpertInput::default()
        }
    }

    #[test]
    fn a_profile_is_trimmed_and_takes_defaults_for_empty_optional_fields() {
        let p = input().profile().unwrap();
        assert_eq!(p.name, "Sandra Meier");
        assert_eq!(p.topics, vec!["baggage-lost", "baggage-delayed"]);
        assert_eq!(p.languages, vec!["de", "en"], "language subtags, once each");
        assert_eq!(p.time_zone, DEFAULT_TIME_ZONE);
        assert_eq!(p.hours, WorkingHours::default());
        assert_eq!(p.availability, Availability::Available);
    }

    #[test]
    fn each_wrong_field_is_named_with_its_value() {
        let cases: [(Field, &str); 7] = [
            (Field::Name, "  "),
            (Field::Department, ""),
            (Field::Email, "sandra.lakeline.example"),
            (Field::Languages, "german"),
            (Field::TimeZone, "Europe/Zurch"),
            (Field::WorkingHours, "weekdays"),
            (Field::Availability, "on leave"),
        ];
        for (field, value) in cases {
            let mut i = input();
            i.set(field, value.to_string());
            assert_eq!(
                i.profile(),
                Err((field, value.to_string())),
                "{} = {value:?}",
                field.as_str()
            );
        }
    }
}
