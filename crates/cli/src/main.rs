//! `switchboard`: the desk from a terminal, for scripts, tests and the people
//! who prefer one. Every subcommand is a few lines over `switchboard-desk`;
//! errors are one localized line on stderr and a non-zero exit code.

/// `println!` for command output: a closed pipe (`switchboard queue | head`)
/// ends the command quietly instead of panicking.
macro_rules! out {
    () => {
        $crate::output::write_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::output::write_line(format_args!($($arg)*))
    };
}

mod args;
mod batch;
mod bench;
mod bench_follow;
mod claims;
mod commands;
mod connector;
mod crisis;
mod crisis_clusters;
mod crisis_desk;
mod crisis_mode;
mod crisis_reply;
mod demo_surge;
mod experts;
mod handoff;
mod held;
mod output;
mod playbooks;
mod privacy;
mod report;
mod report_pdf;
mod serve;
mod team;
mod templates;
mod watch;

use clap::Parser;
use std::process::ExitCode;
use switchboard_l10n::Localizer;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,sqlx::query=error")),
        )
        .init();
    let l10n = Localizer::from_env();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("switchboard: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli, &l10n)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "switchboard: {}",
                output::one_line(&output::error_line(&e, &l10n))
            );
            ExitCode::FAILURE
        }
    }
}
