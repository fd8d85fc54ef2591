//! Team administration on a PostgreSQL desk: switching team mode on, adding
//! a member (an agent, their own database login, their communities, an end
//! date for a helper), listing and removing members. The administrator runs
//! these with the owner's URL; the database then keeps each member to their
//! communities by itself (row-level security, decision 017).

use crate::{DatabaseUrl, Desk, DeskError, DeskResult, OpenMode};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::sync::Arc;
use switchboard_domain::Agent;
use switchboard_store::{NewAgent, NewTeamMember, TeamMember, TeamSetup};
use switchboard_store_sql::SqlStore;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum TeamError {
    #[error("team mode needs a PostgreSQL desk (postgres://...)")]
    NeedsPostgres,
    #[error("this login is {login}'s; it cannot act as {asked}")]
    ActingAsOther { asked: String, login: String },
    #[error("{0} is not a member of the team")]
    NotAMember(String),
}

impl TeamError {
    pub fn samples() -> Vec<TeamError> {
        vec![
            TeamError::NeedsPostgres,
            TeamError::ActingAsOther {
                asked: "MK".into(),
                login: "AB".into(),
            },
            TeamError::NotAMember("ZZ".into()),
        ]
    }

    pub fn code(&self) -> &'static str {
        match self {
            TeamError::NeedsPostgres => "team-needs-postgres",
            TeamError::ActingAsOther { .. } => "team-acting-as-other",
            TeamError::NotAMember(_) => "team-not-a-member",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            TeamError::NeedsPostgres => vec![],
            TeamError::ActingAsOther { asked, login } => {
                vec![("asked", asked.clone()), ("login", login.clone())]
            }
            TeamError::NotAMember(v) => vec![("value", v.clone())],
        }
    }
}

/// Who to add with `team add-member`. Name and email are needed only when
/// no agent has these initials yet.
#[derive(Debug, Clone)]
pub struct MemberSpec {
    pub initials: String,
    pub name: Option<String>,
    pub email: Option<String>,
    /// Community handles, e.g. `lakeline/fr-CH`.
    pub communities: Vec<String>,
    /// `YYYY-MM-DD` (the membership runs through that day, UTC) or an
    /// RFC 3339 time.
    pub until: Option<String>,
}

/// A member just added: the URL is shown once and kept nowhere.
#[derive(Debug, Clone, Serialize)]
pub struct AddedMember {
    pub agent: Agent,
    /// Whether the agent was created now (false: it existed).
    pub created_agent: bool,
    pub login: String,
    pub url: String,
    pub communities: Vec<String>,
    pub until: Option<DateTime<Utc>>,
}

/// A member as `team members` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct MemberEntry {
    #[serde(flatten)]
    pub member: TeamMember,
    /// Whether the membership has ended (`until` is past).
    pub expired: bool,
}

/// The desk at `url` opened as its owner, with the SQL store for what only
/// PostgreSQL has.
async fn open_owner(url: &DatabaseUrl) -> DeskResult<(Arc<SqlStore>, Desk)> {
    if !matches!(url, DatabaseUrl::Postgres(_)) {
        return Err(TeamError::NeedsPostgres.into());
    }
    let store = Arc::new(url.open_sql(OpenMode::MustExist).await?);
    let desk = Desk::new(store.clone());
    Ok((store, desk))
}

/// `team setup`: brings the schema up to date (opening does) and switches
/// team mode on, or checks it again.
pub async fn setup(url: &DatabaseUrl) -> DeskResult<TeamSetup> {
    let (store, _) = open_owner(url).await?;
    let done = store.team_setup().await;
    store.close().await;
    Ok(done?)
}

/// `team add-member`: the agent (created when no agent has the initials),
/// a login of their own with a fresh password, and their communities.
pub async fn add_member(url: &DatabaseUrl, spec: &MemberSpec) -> DeskResult<AddedMember> {
    let (store, desk) = open_owner(url).await?;
    let added = add_member_on(&store, &desk, url, spec).await;
    store.close().await;
    added
}

async fn add_member_on(
    store: &SqlStore,
    desk: &Desk,
    url: &DatabaseUrl,
    spec: &MemberSpec,
) -> DeskResult<AddedMember> {
    let DatabaseUrl::Postgres(owner_url) = url else {
        return Err(TeamError::NeedsPostgres.into());
    };
    let initials = spec.initials.trim();
    if initials.is_empty() || !initials.chars().all(|c| c.is_alphanumeric()) {
        return Err(bad("initials", initials));
    }
    let until = spec
        .until
        .as_deref()
        .map(|u| parse_until(u).ok_or_else(|| bad("until", u)))
        .transpose()?;
    let mut communities = Vec::new();
    let mut handles = Vec::new();
    for handle in spec.communities.iter().map(|h| h.trim()) {
        let c = desk
            .store()
            .community_by_handle(handle)
            .await?
            .ok_or_else(|| DeskError::UnknownCommunity(handle.to_string()))?;
        handles.push(c.handle.clone());
        communities.push(c.id);
    }
    if communities.is_empty() {
        return Err(bad("communities", ""));
    }
    let existing = desk
        .store()
        .agents()
        .await?
        .into_iter()
        .find(|a| a.initials.eq_ignore_ascii_case(initials));
    let (agent, created_agent) = match existing {
        Some(a) => (a, false),
        None => {
            let name = spec.name.as_deref().map(str::trim).unwrap_or("");
            let email = spec.email.as_deref().map(str::trim).unwrap_or("");
            if name.is_empty() {
                return Err(bad("name", name));
            }
            if !email.contains('@') {
                return Err(bad("email", email));
            }
            let new = NewAgent {
                name: name.to_string(),
                initials: initials.to_uppercase(),
                email: email.to_string(),
            };
            (desk.store().add_agent(&new).await?, true)
        }
    };
    let login = switchboard_store_sql::role_name(&store.database_name().await?, initials);
    let password = uuid::Uuid::new_v4().simple().to_string();
    store
        .add_team_member(&NewTeamMember {
            login: login.clone(),
            password: password.clone(),
            agent_id: agent.id,
            communities,
            until,
        })
        .await?;
    Ok(AddedMember {
        agent,
        created_agent,
        url: member_url(owner_url, &login, &password),
        login,
        communities: handles,
        until,
    })
}

/// `team members`: every membership, with whether it has ended.
pub async fn members(url: &DatabaseUrl) -> DeskResult<Vec<MemberEntry>> {
    let (store, desk) = open_owner(url).await?;
    let listed = store.team_members().await;
    store.close().await;
    let now = desk.now();
    Ok(listed?
        .into_iter()
        .map(|member| MemberEntry {
            expired: member.until.is_some_and(|u| u <= now),
            member,
        })
        .collect())
}

/// `team remove-member`: the login is dropped and the membership ends; the
/// agent stays, with everything it wrote. Returns the login removed.
pub async fn remove_member(url: &DatabaseUrl, initials: &str) -> DeskResult<String> {
    let (store, _) = open_owner(url).await?;
    let removed = remove_member_on(&store, initials).await;
    store.close().await;
    removed
}

async fn remove_member_on(store: &SqlStore, initials: &str) -> DeskResult<String> {
    let wanted = initials.trim();
    let member = store
        .team_members()
        .await?
        .into_iter()
        .find(|m| m.initials.eq_ignore_ascii_case(wanted))
        .ok_or_else(|| TeamError::NotAMember(wanted.to_string()))?;
    store.remove_team_member(&member.login).await?;
    Ok(member.login)
}

fn bad(field: &'static str, value: &str) -> DeskError {
    DeskError::BadInput {
        field,
        value: value.to_string(),
    }
}

/// `2026-12-24` (through that day: the membership ends at the next
/// midnight, UTC) or an RFC 3339 time.
fn parse_until(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    let day = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    Some(day.succ_opt()?.and_hms_opt(0, 0, 0)?.and_utc())
}

/// The owner's URL with the member's login and password in place of the
/// owner's (given in the user information or as query parameters).
pub fn member_url(owner_url: &str, login: &str, password: &str) -> String {
    let (before, query) = match owner_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (owner_url, None),
    };
    let (scheme, rest) = before.split_once("://").unwrap_or(("postgres", before));
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let mut url = format!("{scheme}://{login}:{password}@{host}{path}");
    let kept: Vec<&str> = query
        .unwrap_or("")
        .split('&')
        .filter(|kv| !kv.is_empty())
        .filter(|kv| {
            let key = kv.split('=').next().unwrap_or("").to_ascii_lowercase();
            key != "user" && key != "password"
        })
        .collect();
    if !kept.is_empty() {
        url.push('?');
        url.push_str(&kept.join("&"));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_member_url_carries_the_members_login_and_nothing_of_the_owners() {
        assert_eq!(
            member_url(
                "postgres://admin:s3cret@db.local:5432/desk",
                "desk_ab",
                "pw"
            ),
            "postgres://desk_ab:pw@db.local:5432/desk"
        );
        assert_eq!(
            member_url(
                "postgres://db.local/desk?user=admin&password=x&sslmode=require",
                "d_ab",
                "pw"
            ),
            "postgres://d_ab:pw@db.local/desk?sslmode=require"
        );
        assert_eq!(
            member_url("postgresql://a@h", "d_ab", "pw"),
            "postgresql://d_ab:pw@h"
        );
    }

    #[test]
    fn a_date_runs_through_that_day_and_a_time_is_taken_as_it_is() {
        assert_eq!(
            parse_until("2026-12-24").map(|t| t.to_rfc3339()),
            Some("2026-12-25T00:00:00+00:00".to_string())
        );
        assert_eq!(
            parse_until("2026-12-24T18:00:00+01:00").map(|t| t.to_rfc3339()),
            Some("2026-12-24T17:00:00+00:00".to_string())
        );
        assert_eq!(parse_until("tomorrow"), None);
        assert_eq!(parse_until("2026-02-30"), None);
    }
}
