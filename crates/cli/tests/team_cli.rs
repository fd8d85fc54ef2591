#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! Team mode through the app: the `switchboard` command on a member's URL
//! shows their communities and acts as their agent, a removed member's URL
//! stops working, a member is sent to the administrator when the schema is
//! behind, and the team commands' refusals.

use serde_json::Value;

mod common;
mod team_support;
use common::on_scratch_postgres;
use team_support::*;

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
        assert!(
            mine.contains(&next["community_id"].as_i64().unwrap()),
            "{next}"
        );
        let err = refused(member, &["claim", &next["id"].to_string(), "--as", "AM"]);
        assert!(err.contains("you cannot act as AM"), "{err}");
        // The window's "me": the login's agent, whatever was picked.
        let picked = switchboard_domain::AgentId(count(owner, "SELECT min(id) FROM agents"));
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let url = switchboard_desk::DatabaseUrl::parse(member).unwrap();
            let desk = switchboard_desk::Desk::new(
                url.open(switchboard_desk::OpenMode::MustExist)
                    .await
                    .unwrap(),
            );
            assert_eq!(desk.me(Some(picked)).await.unwrap().initials, "XY");
            let info = desk
                .workspace_info(url.to_string(), Default::default())
                .await
                .unwrap();
            assert_eq!(info.login_agent.map(|a| a.initials).as_deref(), Some("XY"));
        });
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

/// The open case of communities `ids` with the lowest ("min") or highest
/// ("max") id.
fn open_case(owner: &str, ids: &str, which: &str) -> String {
    count(
        owner,
        &format!(
            "SELECT {which}(id) FROM cases WHERE status <> 'resolved' AND community_id IN ({ids})"
        ),
    )
    .to_string()
}

/// The trail of `case` as `who` reads it (`handoff trail --json`).
fn trail(who: &str, case: &str) -> Vec<Value> {
    serde_json::from_str(&ok(who, &["handoff", "trail", "--case", case, "--json"])).unwrap()
}

#[test]
fn a_helpers_replies_and_audit_entries_are_marked_and_a_regular_members_are_not() {
    on_team_desk(
        "sb_team_helper",
        Some("2099-12-31"),
        |owner, helper, ids| {
            // The rows the setup adds to every table are not entries the app reads.
            execute(owner, "DELETE FROM audit WHERE kind = 'note'").unwrap();
            let case = open_case(owner, ids, "min");
            let other = open_case(owner, ids, "max");
            // The owner's reply leaves no helper's entry.
            ok(
                owner,
                &[
                    "reply",
                    &other,
                    "--as",
                    "LR",
                    "--text",
                    "Answered by the team",
                ],
            );
            assert!(trail(owner, &other)
                .iter()
                .all(|e| e["kind"] != "helper_reply" && e["helper"] == false));

            ok(
                helper,
                &["reply", &case, "--text", "Un renfort vous répond"],
            );
            ok(helper, &["take-over", &other]);
            let entries = trail(owner, &case);
            let reply = entries
                .iter()
                .find(|e| e["kind"] == "helper_reply")
                .unwrap_or_else(|| panic!("{entries:?}"));
            assert_eq!(reply["helper"], true);
            assert_eq!(reply["actor"], "Xavier Young");
            assert_eq!(reply["detail"], "Un renfort vous répond");
            let taken: Vec<Value> = trail(owner, &other)
                .into_iter()
                .filter(|e| e["kind"] == "taken_over")
                .collect();
            assert_eq!(taken.len(), 1, "{taken:?}");
            assert_eq!(taken[0]["helper"], true);
            // The table marks them too.
            let table = ok(owner, &["handoff", "trail", "--case", &case]);
            assert!(table.contains("Xavier Young (helper)"), "{table}");
            // A helper cannot write the mark away.
            let forged = execute(
                helper,
                &format!(
                    "INSERT INTO audit (case_id, at, actor, kind, detail, helper) \
                 VALUES ({case}, now(), 'XY', 'taken_over', 'forged', false)"
                ),
            );
            assert_eq!(forged, Ok(1));
            assert_eq!(
            count(
                owner,
                &format!("SELECT count(*) FROM audit WHERE case_id = {case} AND detail = 'forged' AND helper")
            ),
            1
        );
        },
    );
    // A member without an end date is no helper.
    on_team_desk("sb_team_regular", None, |owner, member, ids| {
        execute(owner, "DELETE FROM audit WHERE kind = 'note'").unwrap();
        let case = open_case(owner, ids, "min");
        ok(owner, &["reply", &case, "--as", "LR", "--text", "Réponse"]);
        ok(member, &["reply", &case, "--text", "Réponse de l'équipe"]);
        ok(member, &["take-over", &case]);
        let entries = trail(owner, &case);
        assert!(
            entries
                .iter()
                .all(|e| e["kind"] != "helper_reply" && e["helper"] == false),
            "{entries:?}"
        );
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
