//! The command line, as clap reads it.

use clap::{Args, Parser, Subcommand};

#[derive(Parser, Debug)]
#[command(
    name = "switchboard",
    version,
    about = "Switchboard: answer customers on every brand × language page from one desk",
    long_about = "Switchboard keeps the social-media care of several brand × language pages in one \
                  desk: a queue per community and a unified one, SLA clocks, handoffs to experts.\n\n\
                  The workspace is a SQLite file in your data directory unless --db names another \
                  (sqlite:PATH) or a team's PostgreSQL server (postgres://user:password@host/db)."
)]
pub struct Cli {
    /// The workspace database: sqlite:PATH or postgres://user:password@host:port/db.
    #[arg(long, global = true, env = "SWITCHBOARD_DB", value_name = "URL")]
    pub db: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create (or reset) the demo workspace: 2 airlines × 3 languages = 6 communities.
    Demo(DemoArgs),
    /// List communities with their open, at-risk and breached cases.
    Communities(JsonArg),
    /// Add or manage a community (a brand's page in one language).
    #[command(subcommand)]
    Community(CommunityCommand),
    /// List open cases by urgency (SLA due time first).
    Queue(QueueArgs),
    /// Show one case with its thread.
    Case(CaseArgs),
    /// Find messages containing every word of TEXT (prefixes match: "bagage" finds "bagages").
    Search(SearchArgs),
    /// Record a fan's message as a platform would (for scripts, tests, other channels).
    Inbound(InboundArgs),
    /// Record a reply on a case (sending through a platform is the connector's job).
    Reply(WriteArgs),
    /// Add an internal note to a case (never sent).
    Note(WriteArgs),
    /// Assign a case to an agent (initials or name), or to nobody with `none`.
    Assign(AssignArgs),
    /// Move a case to a status: open, waiting_customer, waiting_expert, resolved.
    Status(StatusArgs),
}

#[derive(Args, Debug)]
pub struct JsonArg {
    /// Print a JSON array of objects instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Replace existing data without asking.
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Subcommand, Debug)]
pub enum CommunityCommand {
    /// Add a community; the brand is created if it is new.
    Add(CommunityAddArgs),
}

#[derive(Args, Debug)]
pub struct CommunityAddArgs {
    /// The brand's name, e.g. "Lakeline".
    #[arg(long)]
    pub brand: String,
    /// The page's language as a BCP 47 tag: fr-CH, de-CH, en...
    #[arg(long)]
    pub locale: String,
    /// The platform's page id.
    #[arg(long = "page-id")]
    pub page_id: String,
    /// facebook or instagram.
    #[arg(long, default_value = "facebook")]
    pub platform: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct QueueArgs {
    /// A community handle such as lakeline/fr-CH (default: every community).
    #[arg(long)]
    pub community: Option<String>,
    /// Only this brand (name or slug).
    #[arg(long)]
    pub brand: Option<String>,
    /// Only communities in this locale.
    #[arg(long)]
    pub locale: Option<String>,
    /// Only these statuses (repeat or comma-separate); default: every open status.
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    /// Only cases assigned to this agent (initials or name), or `none`.
    #[arg(long)]
    pub assignee: Option<String>,
    /// How many cases.
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct CaseArgs {
    /// The case number.
    pub id: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    pub text: String,
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct InboundArgs {
    /// The community handle, e.g. lakeline/fr-CH.
    #[arg(long)]
    pub community: String,
    /// The fan's name; their later messages join the same case.
    #[arg(long)]
    pub from: String,
    #[arg(long)]
    pub text: String,
    /// The platform's message id; the same id twice is stored once.
    #[arg(long = "external-id")]
    pub external_id: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct WriteArgs {
    /// The case number.
    pub id: String,
    /// Who writes it (agent initials or name).
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: String,
    #[arg(long)]
    pub text: String,
}

#[derive(Args, Debug)]
pub struct AssignArgs {
    pub id: String,
    /// Agent initials or name, or `none`.
    pub agent: String,
}

#[derive(Args, Debug)]
pub struct StatusArgs {
    pub id: String,
    pub status: String,
}
