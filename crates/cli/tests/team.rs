#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! Team mode proven from outside the app: the administrator runs `team
//! setup` and `team add-member` with the owner's URL on the demo workspace
//! (six communities), and the member's printed URL is then used with plain
//! SQL (sqlx, no Switchboard code): PostgreSQL itself returns only the
//! member's two communities' rows, refuses writes to the others, and cannot
//! be talked out of its policies. Then the app on that URL, an ended
//! helper, a removed member, and the catalog check that keeps tables added
//! later under a policy.

use serde_json::Value;
use sqlx::postgres::PgConnection;
use sqlx::{Connection, Row};

mod common;
use common::{on_scratch_postgres, plain_run};

const MINE: [&str; 2] = ["lakeline/fr-CH", "summit-air/de-CH"];

/// stdout of a command that must succeed.
fn ok(db: &str, args: &[&str]) -> String {
    let out = plain_run(db, args);
    assert!(
        out.status.success(),
        "switchboard {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// stderr of a command that must fail.
fn refused(db: &str, args: &[&str]) -> String {
    let out = plain_run(db, args);
    assert!(
        !out.status.success(),
        "switchboard {args:?} should have failed; it printed {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// Plain SQL on its own connection: one statement, its rows.
fn query(url: &str, sql: &str) -> Result<Vec<sqlx::postgres::PgRow>, String> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let mut conn = PgConnection::connect(url)
            .await
            .map_err(|e| e.to_string())?;
        let rows = sqlx::query(sql)
            .fetch_all(&mut conn)
            .await
            .map_err(|e| e.to_string());
        let _ = conn.close().await;
        rows
    })
}

fn count(url: &str, sql: &str) -> i64 {
    let rows = query(url, sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    rows[0].get::<i64, _>(0)
}

/// `setup` (statements), then `sql`'s count, on one session.
fn count_after(url: &str, setup: &str, sql: &str) -> Result<i64, String> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let mut conn = PgConnection::connect(url)
            .await
            .map_err(|e| e.to_string())?;
        sqlx::raw_sql(setup)
            .execute(&mut conn)
            .await
            .map_err(|e| e.to_string())?;
        let n = sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(&mut conn)
            .await
            .map_err(|e| e.to_string());
        let _ = conn.close().await;
        n
    })
}

fn execute(url: &str, sql: &str) -> Result<u64, String> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let mut conn = PgConnection::connect(url)
            .await
            .map_err(|e| e.to_string())?;
        let done = sqlx::raw_sql(sql)
            .execute(&mut conn)
            .await
            .map(|r| r.rows_affected())
            .map_err(|e| e.to_string());
        let _ = conn.close().await;
        done
    })
}

/// The demo workspace in team mode, with rows of every kind in every
/// community (drafts, audit and outbox rows the demo lacks are added as the
/// owner), and member XY added on `MINE` with `until`: runs `check` with
/// the owner's URL, the member's URL and the ids of `MINE`.
fn on_team_desk(prefix: &str, until: Option<&str>, check: impl FnOnce(&str, &str, &str)) {
    on_scratch_postgres(prefix, |owner| {
        ok(owner, &["demo", "--yes"]);
        let setup = ok(owner, &["team", "setup"]);
        assert!(setup.contains("switched on"), "{setup}");
        execute(
            owner,
            "INSERT INTO drafts (case_id, agent_id, body, updated_at) \
               SELECT k.id, (SELECT min(id) FROM agents), 'draft', now() FROM cases k; \
             INSERT INTO audit (case_id, at, actor, kind, detail) \
               SELECT id, now(), 'test', 'note', '' FROM cases; \
             INSERT INTO outbox (case_id, community_id, agent_id, author, body, channel, \
                                 recipient, state, created_at, updated_at) \
               SELECT id, community_id, (SELECT min(id) FROM agents), 'A', 'reply', \
                      'messenger', 'fan', 'queued', now(), now() FROM cases",
        )
        .unwrap();
        let mut args = vec![
            "team",
            "add-member",
            "--initials",
            "XY",
            "--name",
            "Xavier Young",
            "--email",
            "xy@example.com",
            "--communities",
            "lakeline/fr-CH,summit-air/de-CH",
            "--json",
        ];
        if let Some(u) = until {
            args.extend(["--until", u]);
        }
        let added: Value = serde_json::from_str(&ok(owner, &args)).unwrap();
        let member = added["url"].as_str().unwrap().to_string();
        assert!(member.contains(added["login"].as_str().unwrap()), "{added}");
        let ids: Vec<String> = MINE
            .iter()
            .map(|h| {
                count(
                    owner,
                    &format!("SELECT id FROM communities WHERE handle = '{h}'"),
                )
            })
            .map(|id| id.to_string())
            .collect();
        check(owner, &member, &ids.join(","));
    });
}

/// Each table that carries community data, and the owner's filter that
/// keeps the rows of communities `{ids}`.
const TABLES: &[(&str, &str)] = &[
    ("communities", "id IN ({ids})"),
    ("cases", "community_id IN ({ids})"),
    ("messages", "community_id IN ({ids})"),
    ("contacts", "community_id IN ({ids})"),
    ("sla_policies", "community_id IN ({ids})"),
    ("outbox", "community_id IN ({ids})"),
    ("changes", "community_id IN ({ids}) OR community_id IS NULL"),
    (
        "handoffs",
        "case_id IN (SELECT id FROM cases WHERE community_id IN ({ids}))",
    ),
    (
        "drafts",
        "case_id IN (SELECT id FROM cases WHERE community_id IN ({ids}))",
    ),
    (
        "audit",
        "case_id IN (SELECT id FROM cases WHERE community_id IN ({ids}))",
    ),
    (
        "message_languages",
        "message_id IN (SELECT id FROM messages WHERE community_id IN ({ids}))",
    ),
];

#[test]
fn a_member_reads_only_their_communities_rows_in_plain_sql() {
    on_team_desk("sb_team_read", None, |owner, member, ids| {
        for (table, filter) in TABLES {
            let all = count(owner, &format!("SELECT count(*) FROM {table}"));
            let theirs = count(
                owner,
                &format!(
                    "SELECT count(*) FROM {table} WHERE {}",
                    filter.replace("{ids}", ids)
                ),
            );
            let seen = count(member, &format!("SELECT count(*) FROM {table}"));
            assert_eq!(
                seen, theirs,
                "{table}: the member should see the {theirs} rows of their communities (of {all})"
            );
            if *table != "changes" {
                assert!(
                    theirs > 0 && theirs < all,
                    "{table}: the demo should have rows in and out of the member's communities ({theirs} of {all})"
                );
            }
        }
        let handles: Vec<String> = query(member, "SELECT handle FROM communities ORDER BY handle")
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect();
        assert_eq!(handles, MINE);
    });
}

#[test]
fn a_member_cannot_write_another_communitys_rows_nor_turn_the_policies_off() {
    on_team_desk("sb_team_write", None, |owner, member, ids| {
        let other_case = count(
            owner,
            &format!("SELECT min(id) FROM cases WHERE community_id NOT IN ({ids})"),
        );
        let other_community = count(
            owner,
            &format!("SELECT min(id) FROM communities WHERE id NOT IN ({ids})"),
        );
        let my_community = ids.split(',').next().unwrap();
        assert_eq!(
            execute(
                member,
                &format!("UPDATE cases SET subject = 'taken' WHERE id = {other_case}")
            ),
            Ok(0),
            "an update of another community's case changes nothing"
        );
        assert_eq!(
            execute(
                member,
                &format!("UPDATE messages SET body = 'x' WHERE case_id = {other_case}")
            ),
            Ok(0)
        );
        assert_eq!(
            execute(
                member,
                &format!("DELETE FROM messages WHERE case_id = {other_case}")
            ),
            Ok(0)
        );
        for (what, insert) in [
            (
                "a message in another community",
                format!(
                    "INSERT INTO messages (case_id, community_id, direction, author, body, created_at) \
                     VALUES ({other_case}, {other_community}, 'note', 'XY', 'x', now())"
                ),
            ),
            (
                "a message labelled with the member's community on another community's case",
                format!(
                    "INSERT INTO messages (case_id, community_id, direction, author, body, created_at) \
                     VALUES ({other_case}, {my_community}, 'note', 'XY', 'x', now())"
                ),
            ),
            (
                "a draft on another community's case",
                format!(
                    "INSERT INTO drafts (case_id, agent_id, body, updated_at) \
                     VALUES ({other_case}, (SELECT min(id) FROM agents), 'x', now())"
                ),
            ),
            (
                "moving a visible case to another community",
                format!(
                    "UPDATE cases SET community_id = {other_community} \
                     WHERE id = (SELECT min(id) FROM cases)"
                ),
            ),
        ] {
            let err = execute(member, &insert).expect_err(what);
            assert!(err.contains("row-level security"), "{what}: {err}");
        }
        assert_eq!(
            count(owner, "SELECT count(*) FROM cases WHERE subject = 'taken'"),
            0
        );
        let err = execute(member, "ALTER TABLE cases DISABLE ROW LEVEL SECURITY").unwrap_err();
        assert!(err.contains("must be owner"), "{err}");
        let err = execute(member, "ALTER TABLE cases NO FORCE ROW LEVEL SECURITY").unwrap_err();
        assert!(err.contains("must be owner"), "{err}");
        let err = execute(member, "DROP POLICY switchboard_community ON cases").unwrap_err();
        assert!(err.contains("must be owner"), "{err}");
        let err = count_after(
            member,
            "SET row_security = off",
            "SELECT count(*) FROM cases",
        )
        .expect_err("row_security = off does not read around the policies");
        assert!(err.contains("row-level security"), "{err}");
        let err = execute(
            member,
            "INSERT INTO team_member_communities SELECT current_user, id FROM communities",
        )
        .unwrap_err();
        assert!(err.contains("permission denied"), "{err}");
        let err = execute(member, "TRUNCATE messages").unwrap_err();
        assert!(err.contains("permission denied"), "{err}");
        let err = execute(member, "CREATE TABLE mine (x int)").unwrap_err();
        assert!(err.contains("permission denied"), "{err}");
        let attributes = query(
            member,
            "SELECT rolsuper, rolbypassrls, rolcreaterole, \
                    pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'cases'::regclass), 'MEMBER') \
             FROM pg_roles WHERE rolname = current_user",
        )
        .unwrap();
        let flags: Vec<bool> = (0..4).map(|i| attributes[0].get::<bool, _>(i)).collect();
        assert_eq!(
            flags,
            [false, false, false, false],
            "superuser, BYPASSRLS, CREATEROLE, owner"
        );
        // Temporary tables named as the team tables cannot stand in for
        // the membership the policies read.
        let honest = count(member, "SELECT count(*) FROM cases");
        let shadowed = count_after(
            member,
            "CREATE TEMP TABLE team_members (login text, until timestamptz); \
             INSERT INTO team_members VALUES (current_user, NULL); \
             CREATE TEMP TABLE team_member_communities (login text, community_id bigint); \
             INSERT INTO team_member_communities \
               SELECT current_user, g FROM generate_series(1, 100) g; \
             CREATE TEMP TABLE team_config (group_role text)",
            "SELECT count(*) FROM cases",
        );
        assert_eq!(shadowed, Ok(honest));
    });
}

#[test]
fn the_app_on_a_members_url_shows_their_communities_and_acts_as_them() {
    on_team_desk("sb_team_app", None, |owner, member, ids| {
        let open_theirs = count(
            owner,
            &format!(
                "SELECT count(*) FROM cases WHERE status <> 'resolved' AND community_id IN ({ids})"
            ),
        );
        let queue: Vec<Value> =
            serde_json::from_str(&ok(member, &["queue", "--limit", "500", "--json"])).unwrap();
        assert_eq!(queue.len() as i64, open_theirs);
        let mine: Vec<i64> = ids.split(',').map(|i| i.parse().unwrap()).collect();
        assert!(queue
            .iter()
            .all(|r| mine.contains(&r["community_id"].as_i64().unwrap())));
        let case = queue[0]["id"].to_string();
        ok(member, &["note", &case, "--text", "seen by XY"]);
        let err = refused(member, &["note", &case, "--as", "AM", "--text", "not me"]);
        assert!(err.contains("you cannot act as AM"), "{err}");
        let author = count(
            owner,
            &format!(
                "SELECT count(*) FROM messages WHERE case_id = {case} AND body = 'seen by XY' \
                 AND author = 'Xavier Young'"
            ),
        );
        assert_eq!(author, 1, "the note is written in the login's agent's name");
        let next: Value = serde_json::from_str(&ok(member, &["next", "--json"])).unwrap();
        let xy = count(owner, "SELECT id FROM agents WHERE initials = 'XY'");
        assert_eq!(next["assignee_id"].as_i64(), Some(xy), "{next}");
        assert!(mine.contains(&next["community_id"].as_i64().unwrap()), "{next}");
        let err = refused(member, &["claim", &next["id"].to_string(), "--as", "AM"]);
        assert!(err.contains("you cannot act as AM"), "{err}");
        let err = refused(member, &["team", "members"]);
        assert!(err.contains("Only the desk's owner"), "{err}");
        let other = count(
            owner,
            &format!("SELECT min(id) FROM cases WHERE community_id NOT IN ({ids})"),
        );
        let err = refused(member, &["case", &other.to_string()]);
        assert!(err.contains("no case"), "{err}");
    });
}

#[test]
fn a_helper_whose_membership_ended_sees_nothing() {
    on_team_desk("sb_team_ended", Some("2020-01-31"), |owner, member, _| {
        for (table, _) in TABLES {
            if *table == "changes" {
                continue;
            }
            assert_eq!(
                count(member, &format!("SELECT count(*) FROM {table}")),
                0,
                "{table}"
            );
        }
        let members: Vec<Value> =
            serde_json::from_str(&ok(owner, &["team", "members", "--json"])).unwrap();
        assert_eq!(members.len(), 1);
        assert_eq!(members[0]["initials"], "XY");
        assert_eq!(members[0]["expired"], true);
        assert_eq!(members[0]["until"], "2020-02-01T00:00:00Z");
    });
}

#[test]
fn a_removed_members_url_stops_working_and_their_agent_stays() {
    on_team_desk("sb_team_removed", None, |owner, member, _| {
        assert!(count(member, "SELECT count(*) FROM cases") > 0);
        let out = ok(owner, &["team", "remove-member", "--initials", "xy"]);
        assert!(out.contains("no longer works"), "{out}");
        let err = query(member, "SELECT 1").unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
        assert_eq!(
            count(owner, "SELECT count(*) FROM agents WHERE initials = 'XY'"),
            1
        );
        let err = refused(owner, &["team", "remove-member", "--initials", "XY"]);
        assert!(err.contains("not a member"), "{err}");
    });
}

#[test]
fn a_member_is_sent_to_the_administrator_when_the_schema_is_behind() {
    on_team_desk("sb_team_behind", None, |owner, member, _| {
        execute(
            owner,
            "UPDATE _sqlx_migrations SET success = false \
             WHERE version = (SELECT max(version) FROM _sqlx_migrations)",
        )
        .unwrap();
        let err = refused(member, &["queue"]);
        assert!(
            err.contains("ask the administrator to run “switchboard team setup”")
                || err.contains("Ask the administrator to run “switchboard team setup”"),
            "{err}"
        );
        execute(owner, "UPDATE _sqlx_migrations SET success = true").unwrap();
        ok(member, &["queue"]);
    });
}

#[test]
fn team_commands_need_postgresql_and_known_communities() {
    let dir = tempfile::tempdir().unwrap();
    let file = format!("sqlite:{}", dir.path().join("ws.db").display());
    ok(&file, &["demo", "--yes"]);
    let err = refused(&file, &["team", "setup"]);
    assert!(err.contains("Team mode needs a PostgreSQL desk"), "{err}");
    on_scratch_postgres("sb_team_bad", |owner| {
        ok(owner, &["demo", "--yes"]);
        ok(owner, &["team", "setup"]);
        let err = refused(
            owner,
            &[
                "team",
                "add-member",
                "--initials",
                "QQ",
                "--name",
                "Q",
                "--email",
                "q@x.org",
                "--communities",
                "nowhere/xx",
            ],
        );
        assert!(err.contains("no community “nowhere/xx”"), "{err}");
        let err = refused(
            owner,
            &[
                "team",
                "add-member",
                "--initials",
                "QQ",
                "--communities",
                "lakeline/en",
            ],
        );
        assert!(err.contains("name"), "a new agent needs a name: {err}");
    });
}

/// Every table that holds a community's data (a community, case or
/// message column, or a foreign key to those tables) is under FORCEd
/// row-level security with a policy: a table a later migration adds
/// without one fails here.
#[test]
fn every_table_with_community_data_forces_row_level_security_with_a_policy() {
    on_scratch_postgres("sb_team_catalog", |owner| {
        ok(owner, &["communities"]);
        let rows = query(
            owner,
            "SELECT c.relname::text, c.relrowsecurity, c.relforcerowsecurity, \
                    EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) \
             FROM pg_class c \
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') \
               AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid \
                             AND a.attnum > 0 AND NOT a.attisdropped \
                             AND a.attname IN ('community_id', 'case_id', 'message_id', 'contact_id')) \
                    OR EXISTS (SELECT 1 FROM pg_constraint f WHERE f.conrelid = c.oid AND f.contype = 'f' \
                               AND f.confrelid IN ('communities'::regclass, 'cases'::regclass, \
                                                   'messages'::regclass, 'contacts'::regclass)) \
                    OR c.relname = 'communities') \
             ORDER BY 1",
        )
        .unwrap();
        let mut unguarded = Vec::new();
        let mut guarded = Vec::new();
        for r in &rows {
            let name: String = r.get(0);
            let (on, forced, policy): (bool, bool, bool) = (r.get(1), r.get(2), r.get(3));
            if on && forced && policy {
                guarded.push(name);
            } else {
                unguarded.push(format!(
                    "{name} (enabled {on}, forced {forced}, policy {policy})"
                ));
            }
        }
        assert!(
            unguarded.is_empty(),
            "tables with community data but no forced policy: {unguarded:?}"
        );
        for t in [
            "cases",
            "messages",
            "handoffs",
            "drafts",
            "outbox",
            "changes",
            "message_languages",
        ] {
            assert!(
                guarded.iter().any(|g| g == t),
                "{t} was not checked: {guarded:?}"
            );
        }
        let definers = count(
            owner,
            "SELECT count(*) FROM pg_proc WHERE prosecdef \
             AND pronamespace = current_schema()::regnamespace",
        );
        assert_eq!(
            definers, 0,
            "no SECURITY DEFINER function reads around the policies"
        );
        let views = count(
            owner,
            "SELECT count(*) FROM pg_class WHERE relkind IN ('v', 'm') \
             AND relnamespace = current_schema()::regnamespace",
        );
        assert_eq!(views, 0, "no view reads around the policies");
    });
}
