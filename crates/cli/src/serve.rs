//! `switchboard serve`: the webhook receiver of team mode. Meta calls
//! `/webhooks/meta`: GET is the subscription's verify handshake, POST a
//! batch of events, checked with X-Hub-Signature-256 over the raw body
//! before anything is read. A wrong or missing signature is answered 401
//! and nothing is stored. The app secret and the verify token come from
//! SWITCHBOARD_META_APP_SECRET and SWITCHBOARD_META_VERIFY_TOKEN on a
//! server without a keychain, else from the OS keychain; they are never
//! printed.
//!
//! Unless started with `--no-send`, the receiver also sends the outbox of
//! every connected community (no polling: the webhooks bring what fans
//! write). Any number of senders may run beside it, windows and `sync`
//! included: each reply is sent under a lease, once.

use crate::output::CliError;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use axum::Router;
use clap::Args;
use std::io::Write;
use std::sync::Arc;
use switchboard_desk::connector::Round;
use switchboard_desk::{Desk, DeskError};
use switchboard_l10n::Localizer;
use switchboard_meta::{signature, webhook};
use switchboard_secrets::{KeyringSecrets, Secret, SecretKey};

/// Meta sends at most a few hundred kB per batch.
const MAX_BODY: usize = 4 * 1024 * 1024;

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
}

struct Hook {
    desk: Desk,
    app_secret: Secret,
    verify_token: Secret,
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

async fn receive(State(h): State<Arc<Hook>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let sig = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok());
    if let Err(e) = signature::verify(h.app_secret.expose().as_bytes(), &body, sig) {
        tracing::warn!(error = %e, "webhook refused");
        return StatusCode::UNAUTHORIZED;
    }
    let parsed = match webhook::parse(&body) {
        Ok(p) => p,
        Err(e) => {
            tracing::warn!(error = %e, "webhook body refused");
            return StatusCode::BAD_REQUEST;
        }
    };
    for why in &parsed.skipped {
        tracing::info!(reason = %why, "webhook part skipped");
    }
    match h.desk.ingest_meta_events(&parsed.events).await {
        Ok(s) => {
            tracing::info!(?s, "webhook batch recorded");
            StatusCode::OK
        }
        Err(e) => {
            // Meta retries a batch that was not acknowledged: nothing is lost.
            tracing::error!(error = %e, "webhook batch not recorded; Meta will retry");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

pub async fn serve(desk: Desk, a: ServeArgs, l10n: &Localizer) -> Result<(), CliError> {
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
    let hook = Arc::new(Hook {
        desk,
        app_secret,
        verify_token,
    });
    let app = Router::new()
        .route("/webhooks/meta", get(handshake).post(receive))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
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
    axum::serve(listener, app).await.map_err(CliError::Io)
}
