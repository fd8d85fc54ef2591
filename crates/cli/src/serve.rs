//! `switchboard serve`: the webhook receiver of team mode. Meta calls
//! `/webhooks/meta`: GET is the subscription's verify handshake, POST a
//! batch of events, checked with X-Hub-Signature-256 over the raw body
//! before anything is read. A wrong or missing signature is answered 401
//! and nothing is stored. The app secret and the verify token come from
//! SWITCHBOARD_META_APP_SECRET and SWITCHBOARD_META_VERIFY_TOKEN on a
//! server without a keychain, else from the OS keychain; they are never
//! printed.
//!
//! Meta retries a delivery that is not acknowledged, then disables the
//! subscription, so every signed delivery is answered 200 unless it could
//! not be kept at all: what the desk does not handle (another object than
//! a page, a field it does not read) is logged and acknowledged; each
//! event is recorded on its own, and a delivery with an event that failed
//! is kept whole in the dead-letter directory for `switchboard webhooks
//! replay`. Only when even that fails is the answer 500 (Meta retries).
//!
//! Nobody outside can hold the receiver: headers must arrive within
//! `HEADER_TIMEOUT` (an idle kept-alive connection too), a body within
//! `BODY_TIMEOUT`; a body over `MAX_BODY` is refused with 413 from its
//! Content-Length, before it is read; a request without a well-formed
//! signature header is refused without its body being kept; the bodies
//! held in memory at once are bounded by `BODY_BUDGET` bytes, and the
//! connections by `MAX_CONNECTIONS` (the rest wait in the listen queue).
//! Checking the signature, reading the JSON and detecting languages run
//! off the async threads.
//!
//! Unless started with `--no-send`, the receiver also sends the outbox of
//! every connected community (no polling: the webhooks bring what fans
//! write). Any number of senders may run beside it, windows and `sync`
//! included: each reply is sent under a lease, once.

use crate::output::CliError;
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use axum::Router;
use clap::{Args, Subcommand};
use http_body_util::BodyExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use switchboard_desk::connector::Round;
use switchboard_desk::{DatabaseUrl, Desk, DeskError};
use switchboard_l10n::Localizer;
use switchboard_meta::{signature, webhook};
use switchboard_secrets::{KeyringSecrets, Secret, SecretKey};
use tokio::sync::Semaphore;

/// Meta sends at most a few hundred kB per batch; a single message of a
/// megabyte still fits.
const MAX_BODY: usize = 4 * 1024 * 1024;
/// Bytes of request bodies held in memory at once, all requests together.
const BODY_BUDGET: usize = 6 * MAX_BODY;
/// Connections served at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 256;
/// A request's headers (or the next request on a kept-alive connection).
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// A request's body, from the end of its headers.
const BODY_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Where to listen, e.g. 127.0.0.1:8080 (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// Only receive webhooks; leave sending the outbox to the windows or `sync`.
    #[arg(long)]
    pub no_send: bool,
    #[command(flatten)]
    pub lease: crate::connector::LeaseArg,
    /// Where a delivery with an event that could not be recorded is kept, for
    /// `switchboard webhooks replay` [default: <workspace file>.webhook-failures
    /// beside a SQLite workspace, else webhook-failures in your data directory].
    #[arg(long, value_name = "DIR")]
    pub dead_letter: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum WebhooksCommand {
    /// Record again the deliveries `serve` kept because an event could not be
    /// recorded: what is there already is not recorded twice; a delivery fully
    /// recorded is removed, the others stay (exit status 1).
    Replay {
        /// The dead-letter directory [default: as `serve --dead-letter`].
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

struct Hook {
    desk: Desk,
    app_secret: Secret,
    verify_token: Secret,
    dead_letter: PathBuf,
    budget: Semaphore,
}

fn secret(key: &SecretKey) -> Option<Secret> {
    switchboard_secrets::from_env_or(&KeyringSecrets::from_env(), key)
}

async fn handshake(
    State(h): State<Arc<Hook>>,
    Query(q): Query<Vec<(String, String)>>,
) -> (StatusCode, String) {
    match signature::handshake(
        q.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        h.verify_token.expose(),
    ) {
        Ok(challenge) => (StatusCode::OK, challenge),
        Err(e) => {
            tracing::warn!(error = %e, "webhook handshake refused");
            (StatusCode::FORBIDDEN, String::new())
        }
    }
}

enum BodyError {
    TooBig,
    Broken,
}

/// Reads a body up to `MAX_BODY` bytes; with `keep` false, reads it to
/// the end without holding it.
async fn read_body(body: Body, capacity: usize, keep: bool) -> Result<Vec<u8>, BodyError> {
    let mut body = body;
    let mut out = Vec::with_capacity(if keep { capacity } else { 0 });
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| BodyError::Broken)?;
        if let Ok(data) = frame.into_data() {
            seen += data.len();
            if seen > MAX_BODY {
                return Err(BodyError::TooBig);
            }
            if keep {
                out.extend_from_slice(&data);
            }
        }
    }
    Ok(out)
}

async fn receive(State(h): State<Arc<Hook>>, headers: HeaderMap, body: Body) -> StatusCode {
    let length = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if length.is_some_and(|n| n > MAX_BODY as u64) {
        tracing::warn!(length, "webhook body over the limit");
        return StatusCode::PAYLOAD_TOO_LARGE;
    }
    let sig = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    // Without a header that can be a signature the body is read to the
    // end (so the answer is not lost in a reset) but never held.
    let well_formed = signature::check_header(sig.as_deref());
    let reserve = length.map_or(MAX_BODY, |n| n as usize).max(1);
    let capacity = length.map_or(64 * 1024, |n| n as usize);
    let read = async {
        let Err(e) = well_formed else {
            let _permit = h
                .budget
                .acquire_many(reserve as u32)
                .await
                .map_err(|_| BodyError::Broken)?;
            let bytes = read_body(body, capacity, true).await?;
            // The signature over the whole body, and the JSON, off the
            // async threads; the budget is held until the body is checked.
            let secret = h.app_secret.expose().as_bytes().to_vec();
            return tokio::task::spawn_blocking(move || {
                signature::verify(&secret, &bytes, sig.as_deref())?;
                let parsed = webhook::parse(&bytes);
                Ok((bytes, parsed))
            })
            .await
            .map_err(|_| BodyError::Broken);
        };
        read_body(body, 0, false).await?;
        Ok(Err(e))
    };
    let (body, parsed) = match tokio::time::timeout(BODY_TIMEOUT, read).await {
        Err(_) => {
            tracing::warn!("webhook body not received in time");
            return StatusCode::REQUEST_TIMEOUT;
        }
        Ok(Err(BodyError::TooBig)) => {
            tracing::warn!("webhook body over the limit");
            return StatusCode::PAYLOAD_TOO_LARGE;
        }
        Ok(Err(BodyError::Broken)) => {
            tracing::warn!("webhook body broken off");
            return StatusCode::BAD_REQUEST;
        }
        Ok(Ok(Err(e))) => {
            tracing::warn!(error = %e, "webhook refused");
            return StatusCode::UNAUTHORIZED;
        }
        Ok(Ok(Ok(checked))) => checked,
    };
    let parsed = match parsed {
        Ok(p) => p,
        Err(e) => {
            // Signed by Meta, yet unreadable: a retry would not read better.
            tracing::warn!(error = %e, "webhook body unreadable");
            return keep_or_retry(&h.dead_letter, &body, StatusCode::OK);
        }
    };
    for why in &parsed.skipped {
        tracing::info!(reason = %why, "webhook part not handled");
    }
    match h.desk.ingest_meta_events(&parsed.events).await {
        Ok(r) if r.failures.is_empty() => {
            tracing::info!(summary = ?r.summary, "webhook batch recorded");
            StatusCode::OK
        }
        Ok(r) => {
            tracing::warn!(
                summary = ?r.summary,
                "webhook batch recorded but for {} events",
                r.failures.len()
            );
            keep_or_retry(&h.dead_letter, &body, StatusCode::OK)
        }
        Err(e) => {
            // Meta retries a batch that was not acknowledged.
            tracing::error!(error = %e, "webhook batch not recorded; Meta will retry");
            keep_or_retry(&h.dead_letter, &body, StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

/// Keeps `body` for replay and answers `status`; when it cannot be kept,
/// 500, so that Meta delivers it again.
fn keep_or_retry(dir: &Path, body: &[u8], status: StatusCode) -> StatusCode {
    match keep(dir, body) {
        Ok(file) => {
            tracing::warn!(file = %file.display(), "delivery kept for `switchboard webhooks replay`");
            status
        }
        Err(e) => {
            tracing::error!(error = %e, dir = %dir.display(), "delivery not kept; Meta will retry");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

/// Writes `body` as `<sha-256>.json` in `dir` (a delivery Meta retries is
/// kept once), whole or not at all.
fn keep(dir: &Path, body: &[u8]) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let file = dir.join(format!("{}.json", signature::digest(body)));
    if !file.exists() {
        let part = file.with_extension("part");
        std::fs::write(&part, body)?;
        std::fs::rename(&part, &file)?;
    }
    Ok(file)
}

/// Serves `app` on `listener`, one task per connection, with the header
/// timeout and the connection limit.
async fn run(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let permit = connections
            .clone()
            .acquire_owned()
            .await
            .map_err(std::io::Error::other)?;
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors, a connection reset while queued:
                // the listener itself is fine.
                tracing::warn!(error = %e, "connection not accepted");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let served = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service)
                .await;
            if let Err(e) = served {
                tracing::debug!(error = %e, "connection closed");
            }
            drop(permit);
        });
    }
}

/// Days of change log `serve` keeps.
const CHANGE_LOG_DAYS: u32 = 30;

pub async fn serve(
    desk: Desk,
    url: &DatabaseUrl,
    a: ServeArgs,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let app_secret = secret(&SecretKey::AppSecret)
        .ok_or(CliError::Desk(DeskError::MissingSecret("app-secret")))?;
    let verify_token = secret(&SecretKey::VerifyToken)
        .ok_or(CliError::Desk(DeskError::MissingSecret("verify-token")))?;
    if !a.no_send {
        let sender = crate::connector::connector(desk.clone());
        let sender = Arc::new(sender.with_reply_lease(a.lease.reply_lease));
        let (_keep, stop) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            let _keep = _keep;
            sender
                .run(Round::SendOnly, std::time::Duration::from_secs(1), stop)
                .await
        });
    }
    {
        // The change log is kept for a month; a follower away for longer
        // refetches everything (see the desk's follow.rs).
        let desk = desk.clone();
        tokio::spawn(async move {
            let mut daily = tokio::time::interval(std::time::Duration::from_secs(24 * 3600));
            loop {
                daily.tick().await;
                match desk.prune_changes(CHANGE_LOG_DAYS).await {
                    Ok(n) => tracing::info!(pruned = n, "change log pruned"),
                    Err(e) => tracing::warn!(error = %e, "cannot prune the change log"),
                }
            }
        });
    }
    let hook = Arc::new(Hook {
        desk,
        app_secret,
        verify_token,
        dead_letter: a.dead_letter.unwrap_or_else(|| url.webhook_failures_dir()),
        budget: Semaphore::new(BODY_BUDGET),
    });
    let app = Router::new()
        .route("/webhooks/meta", get(handshake).post(receive))
        .with_state(hook);
    let listener = tokio::net::TcpListener::bind(&a.listen)
        .await
        .map_err(CliError::Io)?;
    let addr = listener.local_addr().map_err(CliError::Io)?;
    out!(
        "{}",
        l10n.t(
            "serve-listening",
            &[("url", format!("http://{addr}/webhooks/meta"))]
        )
    );
    let _ = std::io::stdout().flush();
    run(listener, app).await.map_err(CliError::Io)
}

/// `webhooks replay`: each kept delivery, oldest first, recorded again.
pub async fn webhooks(
    desk: &Desk,
    url: &DatabaseUrl,
    c: WebhooksCommand,
    l10n: &Localizer,
) -> Result<(), CliError> {
    let WebhooksCommand::Replay { dir } = c;
    let dir = dir.unwrap_or_else(|| url.webhook_failures_dir());
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let at = std::fs::metadata(&p)
                    .and_then(|m| m.modified())
                    .unwrap_or(std::time::UNIX_EPOCH);
                (at, p)
            })
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(CliError::Io(e)),
    };
    files.sort();
    if files.is_empty() {
        out!(
            "{}",
            l10n.t("webhooks-none", &[("dir", dir.display().to_string())])
        );
        return Ok(());
    }
    let mut kept = 0;
    for (_, file) in files {
        let name = file.display().to_string();
        let body = std::fs::read(&file).map_err(CliError::Io)?;
        let Ok(parsed) = webhook::parse(&body) else {
            out!("{}", l10n.t("webhooks-unreadable", &[("file", name)]));
            kept += 1;
            continue;
        };
        let report = desk.ingest_meta_events(&parsed.events).await?;
        let s = &report.summary;
        if report.failures.is_empty() {
            std::fs::remove_file(&file).map_err(CliError::Io)?;
            out!(
                "{}",
                l10n.t(
                    "webhooks-replayed",
                    &[
                        ("file", name),
                        ("stored", s.stored.to_string()),
                        ("duplicates", s.duplicates.to_string()),
                    ]
                )
            );
        } else {
            kept += 1;
            out!(
                "{}",
                l10n.t(
                    "webhooks-still-failing",
                    &[
                        ("file", name),
                        ("stored", s.stored.to_string()),
                        ("failed", s.failed.to_string()),
                    ]
                )
            );
        }
    }
    match kept {
        0 => Ok(()),
        n => Err(CliError::Findings(n)),
    }
}
