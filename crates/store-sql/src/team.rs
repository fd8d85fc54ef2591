//! Team mode on PostgreSQL: the roles and the membership rows that the
//! row-level security of migration 0013 reads (decision 017).
//!
//! Layout: one NOLOGIN group role per desk database (`<db>_member`) holds
//! the table privileges; each member has a LOGIN role of their own
//! (NOSUPERUSER, NOBYPASSRLS, owning nothing) in that group, and a row in
//! `team_members` naming their agent and communities. Roles are the
//! server's, not the database's, so the database's name is in each role's
//! name: two desks on one server do not share their members.
//!
//! Role names and passwords cannot be bound as parameters in DDL: names are
//! quoted here (`ident`), and a password travels as a bound setting that a
//! `DO` block reads, so that it is in no statement text (none of sqlx's
//! statement logs, none of the server's `log_statement`).

use crate::convert::db;
use crate::db::Db;
use crate::SqlStore;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgPool;
use sqlx::Row;
use switchboard_domain::{AgentId, CommunityId};
use switchboard_store::{NewTeamMember, StoreError, StoreResult, TeamLogin, TeamMember, TeamSetup};

/// Tables a member reads but does not write: the people and pages of the
/// desk are the administrator's, and so are the team tables.
const READ_ONLY_FOR_MEMBERS: &[&str] = &[
    "agents",
    "brands",
    "communities",
    "team_config",
    "team_members",
    "team_member_communities",
    "_sqlx_migrations",
];

impl SqlStore {
    pub(crate) async fn team_login(&self) -> StoreResult<Option<TeamLogin>> {
        let Db::Postgres(pool) = &self.db else {
            return Ok(None);
        };
        let row = sqlx::query(
            "SELECT m.login, m.agent_id, m.until, \
                    coalesce(array_agg(mc.community_id ORDER BY mc.community_id) \
                             FILTER (WHERE mc.community_id IS NOT NULL), '{}') AS communities \
             FROM team_members m \
             LEFT JOIN team_member_communities mc ON mc.login = m.login \
             WHERE m.login = current_user::text AND NOT switchboard_is_owner() \
             GROUP BY m.login",
        )
        .fetch_optional(pool)
        .await
        .map_err(db)?;
        let Some(row) = row else { return Ok(None) };
        let communities: Vec<i64> = row.try_get("communities").map_err(db)?;
        Ok(Some(TeamLogin {
            login: row.try_get("login").map_err(db)?,
            agent_id: AgentId(row.try_get("agent_id").map_err(db)?),
            communities: communities.into_iter().map(CommunityId).collect(),
            until: row.try_get("until").map_err(db)?,
        }))
    }

    /// The database's name on its server (a PostgreSQL store), the stem of
    /// the team's role names.
    pub async fn database_name(&self) -> StoreResult<String> {
        let pool = self.team_pool()?;
        sqlx::query_scalar("SELECT current_database()::text")
            .fetch_one(pool)
            .await
            .map_err(db)
    }

    /// Switches team mode on, or checks it again: the group role, its
    /// privileges (now and on tables later migrations add), and the
    /// team_config row after which a login outside the team sees no
    /// community. Idempotent.
    pub async fn team_setup(&self) -> StoreResult<TeamSetup> {
        let pool = self.team_pool()?;
        require_owner(pool).await?;
        let mut tx = pool.begin().await.map_err(db)?;
        let configured: Option<String> = sqlx::query_scalar("SELECT group_role FROM team_config")
            .fetch_optional(&mut *tx)
            .await
            .map_err(db)?;
        let dbname: String = sqlx::query_scalar("SELECT current_database()::text")
            .fetch_one(&mut *tx)
            .await
            .map_err(db)?;
        let group = configured
            .clone()
            .unwrap_or_else(|| role_name(&dbname, "member"));
        let exists = role_exists(&mut tx, &group).await?;
        if !exists {
            ddl(&mut tx, &format!("CREATE ROLE {} NOLOGIN", ident(&group))).await?;
        }
        if configured.is_none() {
            sqlx::query("INSERT INTO team_config (group_role, set_up_at) VALUES ($1, now())")
                .bind(&group)
                .execute(&mut *tx)
                .await
                .map_err(db)?;
        }
        let schema: String = sqlx::query_scalar("SELECT current_schema()::text")
            .fetch_one(&mut *tx)
            .await
            .map_err(db)?;
        let owner: String = sqlx::query_scalar(
            "SELECT pg_get_userbyid(relowner)::text FROM pg_class \
             WHERE oid = 'team_config'::regclass",
        )
        .fetch_one(&mut *tx)
        .await
        .map_err(db)?;
        let (g, s, o) = (ident(&group), ident(&schema), ident(&owner));
        let read_only = READ_ONLY_FOR_MEMBERS
            .iter()
            .map(|t| format!("{s}.{}", ident(t)))
            .collect::<Vec<_>>()
            .join(", ");
        for statement in [
            format!("GRANT CONNECT ON DATABASE {} TO {g}", ident(&dbname)),
            format!("GRANT USAGE ON SCHEMA {s} TO {g}"),
            format!("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {g}"),
            format!("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {read_only} FROM {g}"),
            format!("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {g}"),
            format!(
                "ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} \
                 GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {g}"
            ),
            format!(
                "ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} \
                 GRANT USAGE, SELECT ON SEQUENCES TO {g}"
            ),
        ] {
            ddl(&mut tx, &statement).await?;
        }
        let revoked_public_create = revoke_public_create(&mut tx, &s).await?;
        tx.commit().await.map_err(db)?;
        let schema_version: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
                .fetch_one(pool)
                .await
                .map_err(db)?;
        Ok(TeamSetup {
            group_role: group,
            created_group: !exists,
            enabled_team_mode: configured.is_none(),
            schema_version: schema_version.unwrap_or(0),
            revoked_public_create,
        })
    }

    /// Creates the member's login (in the group, with `new.password`) and
    /// records the membership, in one transaction.
    pub async fn add_team_member(&self, new: &NewTeamMember) -> StoreResult<()> {
        let pool = self.team_pool()?;
        require_owner(pool).await?;
        let group = group_role(pool).await?;
        let group = group.ok_or(StoreError::not_found("team", "setup"))?;
        let mut tx = pool.begin().await.map_err(db)?;
        let taken = role_exists(&mut tx, &new.login).await?;
        if taken {
            return Err(StoreError::Conflict {
                what: "login",
                key: new.login.clone(),
            });
        }
        sqlx::query(
            "SELECT set_config('switchboard.new_login', $1, true), \
                    set_config('switchboard.new_password', $2, true), \
                    set_config('switchboard.group', $3, true)",
        )
        .bind(&new.login)
        .bind(&new.password)
        .bind(&group)
        .execute(&mut *tx)
        .await
        .map_err(db)?;
        ddl(
            &mut tx,
            "DO $$ BEGIN EXECUTE format(\
               'CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOCREATEDB NOCREATEROLE \
                NOREPLICATION NOBYPASSRLS INHERIT IN ROLE %I', \
               current_setting('switchboard.new_login'), \
               current_setting('switchboard.new_password'), \
               current_setting('switchboard.group')); END $$",
        )
        .await?;
        sqlx::query("SELECT set_config('switchboard.new_password', '', true)")
            .execute(&mut *tx)
            .await
            .map_err(db)?;
        sqlx::query(
            "INSERT INTO team_members (login, agent_id, until, created_at) \
             VALUES ($1, $2, $3, now())",
        )
        .bind(&new.login)
        .bind(new.agent_id.0)
        .bind(new.until)
        .execute(&mut *tx)
        .await
        .map_err(|e| crate::convert::unique(e, "member", &new.login))?;
        let ids: Vec<i64> = new.communities.iter().map(|c| c.0).collect();
        sqlx::query(
            "INSERT INTO team_member_communities (login, community_id) \
             SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING",
        )
        .bind(&new.login)
        .bind(&ids)
        .execute(&mut *tx)
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)
    }

    /// Every membership, by initials.
    pub async fn team_members(&self) -> StoreResult<Vec<TeamMember>> {
        let pool = self.team_pool()?;
        require_owner(pool).await?;
        let rows = sqlx::query(
            "SELECT m.login, m.agent_id, a.initials, a.name, a.email, m.until, \
                    EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = m.login) AS login_exists, \
                    coalesce(array_agg(c.handle ORDER BY c.handle) \
                             FILTER (WHERE c.handle IS NOT NULL), '{}') AS communities \
             FROM team_members m JOIN agents a ON a.id = m.agent_id \
             LEFT JOIN team_member_communities mc ON mc.login = m.login \
             LEFT JOIN communities c ON c.id = mc.community_id \
             GROUP BY m.login, a.id ORDER BY a.initials",
        )
        .fetch_all(pool)
        .await
        .map_err(db)?;
        rows.iter()
            .map(|r| {
                let until: Option<DateTime<Utc>> = r.try_get("until").map_err(db)?;
                Ok(TeamMember {
                    login: r.try_get("login").map_err(db)?,
                    agent_id: AgentId(r.try_get("agent_id").map_err(db)?),
                    initials: r.try_get("initials").map_err(db)?,
                    name: r.try_get("name").map_err(db)?,
                    email: r.try_get("email").map_err(db)?,
                    communities: r.try_get("communities").map_err(db)?,
                    until,
                    login_exists: r.try_get("login_exists").map_err(db)?,
                })
            })
            .collect()
    }

    /// Ends a membership: the row goes, the login leaves the group (an open
    /// session of it loses its privileges at its next statement) and is
    /// dropped. The agent stays, for the history it wrote. False when there
    /// was no such member.
    pub async fn remove_team_member(&self, login: &str) -> StoreResult<bool> {
        let pool = self.team_pool()?;
        require_owner(pool).await?;
        let group = group_role(pool).await?;
        let mut tx = pool.begin().await.map_err(db)?;
        let removed = sqlx::query("DELETE FROM team_members WHERE login = $1")
            .bind(login)
            .execute(&mut *tx)
            .await
            .map_err(db)?
            .rows_affected()
            > 0;
        let exists = role_exists(&mut tx, login).await?;
        if exists {
            if let Some(group) = &group {
                ddl(
                    &mut tx,
                    &format!("REVOKE {} FROM {}", ident(group), ident(login)),
                )
                .await?;
            }
            ddl(&mut tx, &format!("DROP ROLE {}", ident(login))).await?;
        }
        tx.commit().await.map_err(db)?;
        // Open sessions end too where this login may end them (a superuser,
        // or a member of pg_signal_backend); elsewhere they already lost
        // every privilege with the group.
        let _ = sqlx::query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1",
        )
        .bind(login)
        .execute(pool)
        .await;
        Ok(removed || exists)
    }

    fn team_pool(&self) -> StoreResult<&PgPool> {
        match &self.db {
            Db::Postgres(pool) => Ok(pool),
            Db::Sqlite(_) => Err(StoreError::TeamNeedsOwner),
        }
    }
}

/// Refuses a login that does not own the desk's tables or may not create
/// roles.
async fn require_owner(pool: &PgPool) -> StoreResult<()> {
    let owner: Option<bool> = sqlx::query_scalar(
        "SELECT switchboard_is_owner() AND (r.rolsuper OR r.rolcreaterole) \
         FROM pg_roles r WHERE r.rolname = current_user",
    )
    .fetch_optional(pool)
    .await
    .map_err(db)?;
    match owner {
        Some(true) => Ok(()),
        _ => Err(StoreError::TeamNeedsOwner),
    }
}

/// Takes creating objects in the schema away from PUBLIC (PostgreSQL before
/// 15 grants it on `public`), where this login owns the schema: a member
/// must not create a table or function that the owner might run. Some(true)
/// when taken now, Some(false) when PUBLIC had no such right, None when
/// this login may not change it.
async fn revoke_public_create(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    schema: &str,
) -> StoreResult<Option<bool>> {
    let row = sqlx::query(
        "SELECT pg_has_role(current_user, n.nspowner, 'MEMBER') AS may, \
                EXISTS (SELECT 1 FROM aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) x \
                        WHERE x.grantee = 0 AND x.privilege_type = 'CREATE') AS public_creates \
         FROM pg_namespace n WHERE n.nspname = current_schema()",
    )
    .fetch_one(&mut **tx)
    .await
    .map_err(db)?;
    let may: bool = row.try_get("may").map_err(db)?;
    let public_creates: bool = row.try_get("public_creates").map_err(db)?;
    if !public_creates {
        return Ok(Some(false));
    }
    if !may {
        return Ok(None);
    }
    ddl(tx, &format!("REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC")).await?;
    Ok(Some(true))
}

async fn role_exists(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    name: &str,
) -> StoreResult<bool> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)")
        .bind(name)
        .fetch_one(&mut **tx)
        .await
        .map_err(db)
}

/// The members' group role, once team mode is set up.
async fn group_role(pool: &PgPool) -> StoreResult<Option<String>> {
    sqlx::query_scalar("SELECT group_role FROM team_config")
        .fetch_optional(pool)
        .await
        .map_err(db)
}

async fn ddl(tx: &mut sqlx::Transaction<'_, sqlx::Postgres>, statement: &str) -> StoreResult<()> {
    sqlx::raw_sql(statement)
        .execute(&mut **tx)
        .await
        .map(|_| ())
        .map_err(db)
}

/// A quoted identifier: `"name"`, its double quotes doubled.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `<database>_<suffix>` in lower case letters, digits and underscores,
/// within PostgreSQL's 63 bytes.
pub fn role_name(database: &str, suffix: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                'a'..='z' | '0'..='9' => c,
                'A'..='Z' => c.to_ascii_lowercase(),
                _ => '_',
            })
            .collect()
    };
    let suffix = clean(suffix);
    let room = 63usize.saturating_sub(suffix.len() + 1);
    let stem: String = clean(database).chars().take(room).collect();
    format!("{stem}_{suffix}")
}

#[cfg(test)]
mod tests {
    use super::{ident, role_name};

    #[test]
    fn role_names_carry_the_database_in_plain_lower_case() {
        assert_eq!(role_name("Switchboard", "member"), "switchboard_member");
        assert_eq!(role_name("desk-prod", "AB"), "desk_prod_ab");
        assert_eq!(role_name(&"x".repeat(100), "member").len(), 63);
    }

    #[test]
    fn quoted_identifiers_cannot_end_early() {
        assert_eq!(
            ident("a\"; DROP TABLE x; --"),
            "\"a\"\"; DROP TABLE x; --\""
        );
    }
}
