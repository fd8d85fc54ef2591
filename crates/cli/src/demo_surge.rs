//! `demo-surge`: flights cancelled on the demo's fake Graph server. Many
//! new fans write to every page of one brand at once, their messages
//! spread over the last minutes, so that the next sync brings in a spike
//! the desk alerts on. Needs no workspace: it only talks to the server.

use crate::output::CliError;
use clap::Args;
use switchboard_desk::DeskError;
use switchboard_l10n::Localizer;

#[derive(Args, Debug)]
pub struct DemoSurgeArgs {
    /// The running fake Graph server, as `fake-graph` prints it (http://127.0.0.1:PORT).
    #[arg(long, value_name = "URL")]
    pub server: String,
    /// Every page whose name contains this brand (case and punctuation aside: "summit-air" finds "Summit Air (fr-CH)").
    #[arg(long)]
    pub brand: String,
    /// New fans per page, each writing one Messenger message.
    #[arg(long, default_value_t = 30)]
    pub people: usize,
    /// Their messages are spread evenly over this many minutes before now.
    #[arg(long, default_value_t = 30)]
    pub minutes: i64,
}

pub async fn demo_surge(a: DemoSurgeArgs, l10n: &Localizer) -> Result<(), CliError> {
    let pages = switchboard_meta::fake::demo_surge(a.server.trim(), &a.brand, a.people, a.minutes)
        .await
        .map_err(DeskError::from)?;
    if pages.is_empty() {
        out!("{}", l10n.t("demo-surge-none", &[("brand", a.brand)]));
    }
    for p in pages {
        out!(
            "{}",
            l10n.t(
                "demo-surge-page",
                &[
                    ("name", p.name),
                    ("page", p.id),
                    ("written", p.written.to_string()),
                ]
            )
        );
    }
    Ok(())
}
