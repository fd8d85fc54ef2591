//! A pooled PostgreSQL connection that the server dropped while it sat idle
//! (a restart, an idle timeout on the way) is replaced when it is next
//! taken, without an error: the pool checks a connection that has been idle
//! for a few seconds (crates/store-sql/src/postgres.rs, decision 039).

use libtest_mimic::Failed;
use sqlx::{Connection, PgConnection};
use std::time::Duration;
use switchboard_store::Store;
use switchboard_store_sql::SqlStore;

/// Longer than the idle spell after which the pool checks a connection.
const IDLE: Duration = Duration::from_millis(5_500);

pub fn dropped_idle_connections_are_replaced(server_url: &str) -> Result<(), Failed> {
    super::support::runtime()?.block_on(async {
        let name = format!("sb_dropped_{}", std::process::id());
        let (store, _) = SqlStore::create_scratch(server_url, &name)
            .await
            .map_err(|e| Failed::from(e.to_string()))?;
        let outcome = check(&store, server_url, &name).await;
        store.close().await;
        super::support::drop_scratch(server_url, &name).await;
        outcome
    })
}

/// Four reads at once, so that the pool holds (and hands out) several
/// connections.
async fn read_at_once(store: &SqlStore) -> Result<(), String> {
    let (a, b, c, d) = tokio::join!(
        store.communities(),
        store.communities(),
        store.communities(),
        store.communities()
    );
    for read in [a, b, c, d] {
        read.map_err(|e| format!("a read failed: {e}"))?;
    }
    Ok(())
}

async fn check(store: &SqlStore, server_url: &str, name: &str) -> Result<(), Failed> {
    read_at_once(store).await.map_err(Failed::from)?;
    let mut server = PgConnection::connect(server_url).await.unwrap();
    let dropped: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = $1 AND pid <> pg_backend_pid()) k",
    )
    .bind(name)
    .fetch_one(&mut server)
    .await
    .unwrap();
    if dropped == 0 {
        return Err("the desk held no connection to drop".into());
    }
    tokio::time::sleep(IDLE).await;
    read_at_once(store).await.map_err(|e| {
        Failed::from(format!(
            "after {dropped} idle connections were dropped: {e}"
        ))
    })
}
