#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! Row-level security proven from outside the app: the administrator runs
//! `team setup` and `team add-member` with the owner's URL on the demo
//! workspace (six communities), and the member's printed URL is then used
//! with plain SQL: PostgreSQL itself returns only the member's two
//! communities' rows, refuses writes to the others and cannot be talked out
//! of its policies; a helper whose membership ended sees nothing; and the
//! catalog check that keeps tables added later under a policy.

use serde_json::Value;
use sqlx::Row;

mod common;
mod team_support;
use common::on_scratch_postgres;
use team_support::*;

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
                     VALUES ({other_case}, (SELECT max(id) FROM agents), 'x', now())"
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
