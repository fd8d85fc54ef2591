//! What the team tests share: the `switchboard` binary run as the owner
//! or a member, plain SQL on a connection of its own (sqlx, no Switchboard
//! code), and a demo desk in team mode with one member.

#![allow(dead_code)]

use crate::common::{on_scratch_postgres, plain_run};
use serde_json::Value;
use sqlx::postgres::PgConnection;
use sqlx::{Connection, Row};

pub const MINE: [&str; 2] = ["lakeline/fr-CH", "summit-air/de-CH"];

/// stdout of a command that must succeed.
pub fn ok(db: &str, args: &[&str]) -> String {
    let out = plain_run(db, args);
    assert!(
        out.status.success(),
        "switchboard {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// stderr of a command that must fail.
pub fn refused(db: &str, args: &[&str]) -> String {
    let out = plain_run(db, args);
    assert!(
        !out.status.success(),
        "switchboard {args:?} should have failed; it printed {}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// Plain SQL on its own connection: one statement, its rows.
pub fn query(url: &str, sql: &str) -> Result<Vec<sqlx::postgres::PgRow>, String> {
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

pub fn count(url: &str, sql: &str) -> i64 {
    let rows = query(url, sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
    rows[0].get::<i64, _>(0)
}

/// `setup` (statements), then `sql`'s count, on one session.
pub fn count_after(url: &str, setup: &str, sql: &str) -> Result<i64, String> {
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

pub fn execute(url: &str, sql: &str) -> Result<u64, String> {
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
pub fn on_team_desk(prefix: &str, until: Option<&str>, check: impl FnOnce(&str, &str, &str)) {
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
pub const TABLES: &[(&str, &str)] = &[
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
