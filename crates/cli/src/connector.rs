//! The Meta connector from a terminal: connect a community to its page
//! (the token is read from standard input, never from the command line,
//! and filed in the OS keychain), see how each community's sync stands,
//! run the sync and the outbox (`sync`), and the fake Graph server the
//! demo runs against (`fake-graph`).

use crate::output::CliError;
use clap::{Args, Subcommand};
use std::io::{BufRead, Write};
use std::sync::Arc;
use switchboard_desk::connector::{Connector, Round, DEFAULT_POLL_SECS};
use switchboard_desk::{Desk, DeskError};
use switchboard_l10n::Localizer;
use switchboard_meta::fake::FakeGraph;
use switchboard_secrets::{KeyringSecrets, Secret, SecretKey};

#[derive(Args, Debug)]
pub struct ConnectArgs {
    /// The community (brand/locale handle) to connect to its page.
    #[arg(required_unless_present = "demo_server")]
    pub community: Option<String>,
    /// The versioned Graph API root.
    #[arg(long, default_value = "https://graph.facebook.com/v21.0")]
    pub graph_url: String,
    /// Meta allows this app the HUMAN_AGENT tag (Messenger replies up to 7 days).
    #[arg(long)]
    pub human_agent: bool,
    /// Seconds between polls.
    #[arg(long, default_value_t = DEFAULT_POLL_SECS)]
    pub poll: i64,
    /// Connect every community whose page the demo's fake Graph server at URL has.
    #[arg(long, value_name = "URL", conflicts_with = "community")]
    pub demo_server: Option<String>,
}

#[derive(Args, Debug)]
pub struct SyncArgs {
    /// One round (reconcile, poll what is due, send the outbox), then exit.
    #[arg(long)]
    pub once: bool,
    /// Seconds between rounds.
    #[arg(long, default_value_t = 1)]
    pub every: u64,
    #[command(flatten)]
    pub lease: LeaseArg,
}

#[derive(Args, Debug)]
pub struct LeaseArg {
    /// Seconds this sender holds a reply it is sending before another sender may take it over; keep it above the 30-second Graph timeout.
    #[arg(long, value_name = "SECONDS", default_value_t = 120)]
    pub reply_lease: u64,
}

#[derive(Args, Debug)]
pub struct FakeGraphArgs {
    /// Where to listen (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:0")]
    pub listen: String,
    /// Seconds between two fans' messages (0: no fans).
    #[arg(long, default_value_t = 4)]
    pub fans_every: u64,
    /// Write the server's URL to this file once it listens.
    #[arg(long, value_name = "FILE")]
    pub url_file: Option<std::path::PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum ConnectionCommand {
    /// Forget a community's connection and its page token (its cases stay).
    Remove { community: String },
}

fn app_secret() -> Option<Secret> {
    switchboard_secrets::from_env_or(&KeyringSecrets::from_env(), &SecretKey::AppSecret)
}

pub fn connector(desk: Desk) -> Connector {
    Connector::new(desk, Arc::new(KeyringSecrets::from_env()), app_secret())
}

pub async fn connect(desk: Desk, a: ConnectArgs, l10n: &Localizer) -> Result<(), CliError> {
    let c = connector(desk.clone());
    let connected = match &a.demo_server {
        Some(server) => c.connect_demo_server(server, a.poll).await?,
        None => {
            let handle = a.community.clone().unwrap_or_default();
            let community = desk.community_by_handle(&handle).await?;
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(CliError::Io)?;
            let token = line.trim();
            if token.is_empty() {
                return Err(DeskError::NoToken(handle).into());
            }
            vec![
                c.connect_page(
                    community.id,
                    &a.graph_url,
                    &Secret::new(token),
                    a.human_agent,
                    a.poll,
                )
                .await?,
            ]
        }
    };
    for conn in &connected {
        let community = desk.community(conn.community_id).await?;
        out!(
            "{}",
            l10n.t(
                "connect-done",
                &[
                    ("community", community.handle),
                    ("url", conn.base_url.clone())
                ]
            )
        );
    }
    Ok(())
}

pub async fn remove(desk: Desk, handle: &str, l10n: &Localizer) -> Result<(), CliError> {
    let community = desk.community_by_handle(handle).await?;
    connector(desk).disconnect(community.id).await?;
    out!(
        "{}",
        l10n.t("connect-removed", &[("community", handle.to_string())])
    );
    Ok(())
}

pub async fn sync(desk: Desk, a: SyncArgs, l10n: &Localizer) -> Result<(), CliError> {
    let c = Arc::new(connector(desk).with_reply_lease(a.lease.reply_lease));
    if a.once {
        let found = c.reconcile_all().await?;
        let r = c.tick().await?;
        out!(
            "{}",
            l10n.t(
                "sync-report",
                &[
                    ("synced", r.synced.to_string()),
                    ("stored", r.stored.to_string()),
                    ("sent", (r.sent + found).to_string()),
                    ("failed", r.failed.to_string()),
                ]
            )
        );
        return Ok(());
    }
    let (_stop, rx) = tokio::sync::watch::channel(false);
    out!("{}", l10n.t("sync-running", &[]));
    let _ = std::io::stdout().flush();
    c.run(
        Round::SyncAndSend,
        std::time::Duration::from_secs(a.every.max(1)),
        rx,
    )
    .await;
    Ok(())
}

/// Serves a fake page for every community of the workspace, each with a
/// fresh random token, until the process is stopped.
pub async fn fake_graph(desk: Desk, a: FakeGraphArgs, l10n: &Localizer) -> Result<(), CliError> {
    let addr = a.listen.parse().map_err(|_| DeskError::BadInput {
        field: "listen",
        value: a.listen.clone(),
    })?;
    let fake = FakeGraph::bind(switchboard_desk::connector::GRAPH_VERSION, addr)
        .await
        .map_err(CliError::Io)?;
    for page in desk.page_names().await? {
        let token = format!("fake-{}", uuid_like());
        fake.add_named_page(&page.page_id, &token, &page.name, &page.locale);
    }
    let _fans = (a.fans_every > 0).then(|| {
        fake.start_fans(
            std::time::Duration::from_secs(a.fans_every),
            u64::from(std::process::id()),
        )
    });
    let server = fake
        .base_url()
        .trim_end_matches(switchboard_desk::connector::GRAPH_VERSION)
        .trim_end_matches('/')
        .to_string();
    if let Some(file) = &a.url_file {
        std::fs::write(file, &server).map_err(CliError::Io)?;
    }
    out!("{}", l10n.t("fake-graph-listening", &[("url", server)]));
    let _ = std::io::stdout().flush();
    std::future::pending::<()>().await;
    Ok(())
}

/// 128 random bits as hex, from the OS's hasher seeds (no extra crate).
fn uuid_like() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for _ in 0..2 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(0);
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

/// Each connected community: how its sync stands.
pub async fn list(desk: Desk, json: bool, l10n: &Localizer) -> Result<(), CliError> {
    let rows = desk.connections_overview().await?;
    if json {
        let v: Vec<serde_json::Value> = rows
            .iter()
            .map(|o| {
                let c = &o.connection;
                serde_json::json!({
                    "community": o.community,
                    "base_url": c.base_url,
                    "status": c.health.status.as_str(),
                    "last_sync_at": c.health.last_sync_at,
                    "last_error": c.health.last_error,
                    "next_attempt_at": c.health.next_attempt_at,
                    "pending_replies": o.pending_replies,
                })
            })
            .collect();
        return crate::output::json(&v);
    }
    if rows.is_empty() {
        out!("{}", l10n.t("connections-none", &[]));
    }
    for o in rows {
        let h = &o.connection.health;
        let when = h
            .last_sync_at
            .map_or("-".to_string(), |t| t.format("%H:%M:%S").to_string());
        let error = h
            .last_error
            .as_ref()
            .map_or(String::new(), |e| crate::output::sync_error(e, l10n));
        out!(
            "{}",
            l10n.t(
                "connections-row",
                &[
                    ("community", o.community),
                    ("status", h.status.as_str().to_string()),
                    ("last", when),
                    ("pending", o.pending_replies.to_string()),
                    ("error", error),
                ]
            )
        );
    }
    Ok(())
}
