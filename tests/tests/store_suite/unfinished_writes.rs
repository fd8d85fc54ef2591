//! A write transaction that ends without its commit (a duplicate delivery,
//! an error halfway) is ended in the database too. PostgreSQL: no
//! connection of the pool stays inside a transaction, and the thread's lock
//! it held is free at once (crates/store-sql/src/pg_tx.rs, decision 035).
//! SQLite: the file's write lock is free at once, for this desk and for
//! another process (crates/store-sql/src/sqlite_tx.rs).

use chrono::{TimeZone, Utc};
use libtest_mimic::Failed;
use sqlx::{Connection, PgConnection};
use std::time::{Duration, Instant};
use switchboard_domain::{CaseKind, CommunityId, Platform, SlaPolicy};
use switchboard_store::{InboundMessage, InboundOutcome, NewCommunity, Store};
use switchboard_store_sql::{OpenMode, SqlStore};

pub fn unfinished_writes_end_on_the_server(server_url: &str) -> Result<(), Failed> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failed::from(e.to_string()))?;
    rt.block_on(async {
        let name = format!("sb_unfinished_{}", std::process::id());
        let (store, _) = SqlStore::create_scratch(server_url, &name)
            .await
            .map_err(|e| Failed::from(e.to_string()))?;
        let url = switchboard_store_sql::with_database(server_url, &name);
        let outcome = match tokio::time::timeout(Duration::from_secs(30), check(&store, &url)).await
        {
            Ok(outcome) => outcome,
            Err(_) => Err(Failed::from(
                "stuck for 30 s: a connection kept its transaction and the thread's lock",
            )),
        };
        if outcome.is_ok() {
            store.close().await;
        }
        // Ends every connection, a stuck one too.
        super::support::drop_scratch(server_url, &name).await;
        outcome
    })
}

async fn check(store: &SqlStore, url: &str) -> Result<(), Failed> {
    let policy = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
    // Duplicates begun with the thread's lock, and an error halfway: each
    // ended without a commit.
    let (first, _) = begin_and_abandon(store, &policy).await;
    let message = |ext: &str, body: &str| {
        let mut m = first.clone();
        m.external_id = ext.into();
        m.body = body.into();
        m
    };
    let mut watch = PgConnection::connect(url).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let inside: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
             AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'",
        )
        .fetch_one(&mut watch)
        .await
        .unwrap();
        if inside == 0 {
            break;
        }
        if Instant::now() > deadline {
            return Err(Failed::from(format!(
                "{inside} connection(s) stayed inside a transaction"
            )));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let next = message("m_3", "Toujours rien, vraiment");
    match tokio::time::timeout(
        Duration::from_secs(5),
        store.record_inbound(&next, &policy, None),
    )
    .await
    {
        Ok(Ok(InboundOutcome::Stored { .. })) => {}
        Ok(other) => return Err(Failed::from(format!("the next message: {other:?}"))),
        Err(_) => return Err(Failed::from("the thread's lock was still held")),
    }
    let thread = store
        .thread(
            store
                .record_inbound(&next, &policy, None)
                .await
                .unwrap()
                .case_id(),
        )
        .await
        .unwrap();
    assert_eq!(
        thread.len(),
        2,
        "the first message and the next, nothing of the others"
    );
    Ok(())
}

pub fn unfinished_writes_end_in_the_file() -> Result<(), Failed> {
    super::support::runtime()?.block_on(async {
        let dir = tempfile::tempdir().map_err(|e| Failed::from(e.to_string()))?;
        let path = dir.path().join("workspace.db");
        let store = SqlStore::open_sqlite(&path, OpenMode::CreateIfMissing)
            .await
            .map_err(|e| Failed::from(e.to_string()))?;
        let outcome =
            match tokio::time::timeout(Duration::from_secs(30), check_file(&store, &path)).await {
                Ok(outcome) => outcome,
                Err(_) => Err(Failed::from(
                    "stuck for 30 s: a connection kept its transaction and the file's write lock",
                )),
            };
        store.close().await;
        outcome
    })
}

async fn check_file(store: &SqlStore, path: &std::path::Path) -> Result<(), Failed> {
    let policy = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
    let (first, ghost) = begin_and_abandon(store, &policy).await;
    // Each next write waits 10 s for a write lock someone kept: 5 s is
    // the limit here.
    let within = Duration::from_secs(5);
    for n in 0..8 {
        let mut next = first.clone();
        next.external_id = format!("m_next_{n}");
        next.body = format!("Toujours rien ({n})");
        match tokio::time::timeout(within, store.record_inbound(&next, &policy, None)).await {
            Ok(Ok(InboundOutcome::Stored { .. })) => {}
            Ok(other) => return Err(Failed::from(format!("message {n}: {other:?}"))),
            Err(_) => return Err(Failed::from("the file's write lock was still held")),
        }
    }
    // Another process's desk writes too.
    let other = SqlStore::open_sqlite(path, OpenMode::MustExist)
        .await
        .map_err(|e| Failed::from(e.to_string()))?;
    let mut late = first.clone();
    late.external_id = "m_other".into();
    late.body = "Depuis l'autre fenêtre".into();
    let written = tokio::time::timeout(within, other.record_inbound(&late, &policy, None)).await;
    other.close().await;
    match written {
        Ok(Ok(InboundOutcome::Stored { case_id, .. })) => {
            let thread = store.thread(case_id).await.unwrap();
            assert_eq!(
                thread.len(),
                10,
                "the first message, the eight next and the other desk's, nothing of {ghost:?}"
            );
            Ok(())
        }
        Ok(other) => Err(Failed::from(format!("the other desk: {other:?}"))),
        Err(_) => Err(Failed::from("the other desk waited for the write lock")),
    }
}

/// A first message, then transactions that end without a commit: four
/// duplicates of it and one that fails halfway (its community does not
/// exist). The first message and the failed one.
async fn begin_and_abandon(
    store: &SqlStore,
    policy: &SlaPolicy,
) -> (InboundMessage, InboundMessage) {
    let brand = store.ensure_brand("Lakeline").await.unwrap();
    let c = store
        .create_community(&NewCommunity {
            brand_id: brand.id,
            locale: "fr-CH".parse().unwrap(),
            platform: Platform::Facebook,
            page_id: "1".into(),
        })
        .await
        .unwrap();
    let first = InboundMessage {
        community_id: c.id,
        external_id: "m_1".into(),
        thread_key: "t_1".into(),
        kind: CaseKind::Messenger,
        contact_external_id: "fan-1".into(),
        contact_name: "Fan".into(),
        body: "Mon bagage est perdu".into(),
        at: Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap(),
    };
    store.record_inbound(&first, policy, None).await.unwrap();
    for _ in 0..4 {
        let again = store.record_inbound(&first, policy, None).await.unwrap();
        assert!(
            matches!(again, InboundOutcome::Duplicate { .. }),
            "{again:?}"
        );
    }
    let mut ghost = first.clone();
    ghost.external_id = "m_2".into();
    ghost.community_id = CommunityId(c.id.0 + 1_000);
    assert!(store.record_inbound(&ghost, policy, None).await.is_err());
    (first, ghost)
}
