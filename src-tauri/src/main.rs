//! `switchboard-desktop`: the window. A thin shell: it opens the workspace,
//! hands the desk to the commands, and nothing else. Use cases live in
//! `switchboard-desk`; the UI lives in `ui/`.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod error;

use std::process::ExitCode;
use switchboard_desk::{DatabaseUrl, Desk, OpenMode};

/// The workspace the window opens: `--db URL`, else SWITCHBOARD_DB, else the
/// default SQLite file (the one the CLI uses too).
fn database_url() -> Result<DatabaseUrl, switchboard_desk::DeskError> {
    let mut args = std::env::args().skip(1);
    let mut from_args = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            from_args = args.next();
        } else if let Some(v) = a.strip_prefix("--db=") {
            from_args = Some(v.to_string());
        }
    }
    match from_args.or_else(|| std::env::var("SWITCHBOARD_DB").ok()) {
        Some(url) => DatabaseUrl::parse(&url),
        None => Ok(DatabaseUrl::default_sqlite()),
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    // The desk is opened before the window so that a bad database is one
    // clear line on stderr rather than an empty window; the window also shows
    // the error (state `Workspace::Failed`).
    let workspace = tauri::async_runtime::block_on(async {
        let url = database_url()?;
        let store = url.open(OpenMode::MustExist).await?;
        Ok::<_, switchboard_desk::DeskError>((url.to_string(), Desk::new(store)))
    });
    let state = match workspace {
        Ok((url, desk)) => commands::Workspace::Open { url, desk },
        Err(e) => {
            tracing::error!(error = %e, "cannot open the workspace");
            commands::Workspace::Failed(error::IpcError::from(e))
        }
    };
    let result = tauri::Builder::default()
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::workspace,
            commands::community_counts,
            commands::strings,
            commands::error_text,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("switchboard-desktop: {e}");
            ExitCode::FAILURE
        }
    }
}
