//! What the store suite's trials share: their runtime, and the end of a
//! scratch PostgreSQL database.

use libtest_mimic::Failed;
use sqlx::{Connection, PgConnection};

/// The runtime a trial runs on: two workers, as on the machine it targets.
pub fn runtime() -> Result<tokio::runtime::Runtime, Failed> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failed::from(e.to_string()))
}

/// Drops scratch database `name` on `server_url`, ending every connection
/// to it (a stuck one too).
pub async fn drop_scratch(server_url: &str, name: &str) {
    let mut server = PgConnection::connect(server_url).await.unwrap();
    sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&mut server)
        .await
        .unwrap();
}
