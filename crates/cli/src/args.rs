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
    /// The workspace database: sqlite:PATH or postgres://user:password@host:port/db
    /// [default: $SWITCHBOARD_DB, else the workspace file in your data directory].
    #[arg(long, global = true, value_name = "URL")]
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
    /// Reply on a case: on a connected community it goes into the outbox and `sync` (or the window) sends it; otherwise it is recorded.
    Reply(WriteArgs),
    /// Add an internal note to a case (never sent).
    Note(WriteArgs),
    /// Assign a case to an agent (initials or name), or to nobody with `none`, whoever holds it.
    Assign(AssignArgs),
    /// Claim a case: it becomes yours if nobody holds it (exit 1 naming the holder otherwise).
    Claim(ClaimArgs),
    /// Take a case over from the colleague who holds it (recorded in its audit trail).
    TakeOver(ClaimArgs),
    /// Claim the most urgent unassigned case (of these communities) and print it.
    Next(NextArgs),
    /// Crisis days: spike alerts, declaring and ending a crisis, its holding statement on every page.
    #[command(subcommand)]
    Crisis(crate::crisis::CrisisCommand),
    /// How the desk kept its promise over a period: cases opened and resolved, first response and resolution met or missed, backlog; by community, brand, locale, channel, agent, topic or crisis.
    Report(crate::report::ReportArgs),
    /// Playbooks prepared for crisis days: terms, guidance for helpers, holding statements.
    #[command(subcommand)]
    Playbook(crate::playbooks::PlaybookCommand),
    /// Print the desk's changes as they are committed, one per line (`--json`: one JSON object per line).
    Watch(WatchArgs),
    /// The change log that windows and `watch` follow: prune old entries.
    #[command(subcommand)]
    Changes(ChangesCommand),
    /// Move a case to a status: open, waiting_customer, waiting_expert, resolved.
    Status(StatusArgs),
    /// Snooze a case until a time: it waits for the customer and comes back open then (`sync` or the window wakes it), unless they answer first.
    Snooze(SnoozeArgs),
    /// The expert directory shared by every community: list, add, edit, retire, import, export, suggest.
    #[command(subcommand)]
    Experts(ExpertsCommand),
    /// Ask an expert about a case, record the answer or the decline, expire what is overdue.
    #[command(subcommand)]
    Handoff(HandoffCommand),
    /// Reply templates: check syntax and parity, export and import .ftl files, the translation backlog.
    #[command(subcommand)]
    Templates(crate::templates::TemplatesCommand),
    /// Detect the language of each line of standard input: prints "code<TAB>confidence" (und when unsure).
    Detect,
    /// The privacy guard on each line of standard input: prints "held<TAB>kind,kind" (booking, email, phone, card, birthdate) or "ok".
    Privacy,
    /// How replies are signed in this workspace: first-name, initials or brand (without a value: show it).
    Signature { value: Option<String> },
    /// Hide the fan's public comments with personal data on a comment case (their author still sees them).
    HideComment(crate::args::HideArgs),
    /// Receive Meta webhooks (team mode) at http://LISTEN/webhooks/meta into the workspace.
    Serve(crate::serve::ServeArgs),
    /// Webhook deliveries `serve` kept because an event could not be recorded: replay them.
    #[command(subcommand)]
    Webhooks(crate::serve::WebhooksCommand),
    /// Connect a community to its Facebook page (token on standard input, kept in the OS keychain), or every community to the demo's fake Graph server.
    Connect(crate::connector::ConnectArgs),
    /// How each connected community's sync stands (status, last sync, error, replies waiting).
    Connections(JsonArg),
    /// Manage connections.
    #[command(subcommand)]
    Connection(crate::connector::ConnectionCommand),
    /// Poll the connected pages and send the outbox (solo mode), until stopped or --once.
    Sync(crate::connector::SyncArgs),
    /// Run a fake Graph API on loopback with a page for every community and fans who write (the demo's).
    FakeGraph(crate::connector::FakeGraphArgs),
    /// Cancelled flights on the demo's fake Graph server: many new fans write to every page of a brand at once.
    DemoSurge(crate::demo_surge::DemoSurgeArgs),
    /// Benchmarks: generate a year of data, measure the desk beside the raw database.
    #[command(subcommand)]
    Bench(crate::bench::BenchCommand),
    /// Team mode on PostgreSQL: set up, add, list and remove members (the administrator, with the owner's URL).
    #[command(subcommand)]
    Team(crate::team::TeamCommand),
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
    /// Only this community's messages (a handle such as lakeline/fr-CH).
    #[arg(long)]
    pub community: Option<String>,
    /// Only this brand's (name or slug).
    #[arg(long)]
    pub brand: Option<String>,
    /// Only communities in this locale.
    #[arg(long)]
    pub locale: Option<String>,
    /// Only cases in these statuses (repeat or comma-separate); default: every status, resolved too.
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    /// Only cases assigned to this agent (initials or name), or `none`.
    #[arg(long)]
    pub assignee: Option<String>,
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct InboundArgs {
    /// The community handle, e.g. lakeline/fr-CH.
    #[arg(long, required_unless_present = "batch")]
    pub community: Option<String>,
    /// The fan's name; their later messages join the same case.
    #[arg(long, required_unless_present = "batch")]
    pub from: Option<String>,
    #[arg(long, required_unless_present = "batch")]
    pub text: Option<String>,
    /// The platform's message id; the same id twice is stored once.
    #[arg(long = "external-id")]
    pub external_id: Option<String>,
    /// Import a JSON Lines file instead, one message per line (`-` reads standard input):
    /// community, from, text; optional from_id, at (RFC 3339), external_id, thread.
    /// A file with a bad line imports nothing.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["community", "from", "text", "external_id"])]
    pub batch: Option<std::path::PathBuf>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct WriteArgs {
    /// The case number.
    pub id: String,
    /// Who writes it (agent initials or name).
    /// In team mode it may be left out: the database login says who acts.
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: Option<String>,
    #[arg(long)]
    pub text: String,
    /// Reply only: the newest message you saw on the case (`case N --json`
    /// gives it as `seen`); when the customer wrote or a colleague replied
    /// after it, nothing is sent and what is new is printed. Without it, no
    /// such check.
    #[arg(long, value_name = "MESSAGE_ID")]
    pub seen: Option<i64>,
    /// Reply only, with --seen: the newest unsent reply you saw on the case
    /// (a colleague's reply waiting in the outbox after it holds yours too).
    #[arg(long, value_name = "OUTBOX_ID", requires = "seen")]
    pub seen_reply: Option<i64>,
    /// Reply only, on a comment: send it as the one private reply to the
    /// fan (within 7 days of the comment), with a short public reply
    /// saying so; the conversation goes on in Messenger, on this case.
    #[arg(long, conflicts_with = "seen")]
    pub privately: bool,
    /// Print the ids created, as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ClaimArgs {
    /// The case number.
    pub id: String,
    /// Who claims it (agent initials or name).
    /// In team mode it may be left out: the database login says who acts.
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: Option<String>,
    /// Print the case as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct NextArgs {
    /// Who takes it (agent initials or name).
    /// In team mode it may be left out: the database login says who acts.
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: Option<String>,
    /// Only cases of this community (handle); repeat for several.
    #[arg(long)]
    pub community: Vec<String>,
    /// Print the case as JSON (`null` when there is none).
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    /// One JSON object per line: seq, entity (case, message, community, workspace, or resync), id, community, at.
    #[arg(long)]
    pub json: bool,
    /// Start after this change number instead of now.
    #[arg(long, value_name = "SEQ")]
    pub from: Option<i64>,
    /// Stop after this many changes.
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
}

#[derive(Subcommand, Debug)]
pub enum ChangesCommand {
    /// Delete change log entries older than --days (followers that had not read them refetch everything).
    Prune(PruneArgs),
}

#[derive(Args, Debug)]
pub struct PruneArgs {
    #[arg(long, default_value_t = 30)]
    pub days: u32,
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

#[derive(Args, Debug)]
pub struct SnoozeArgs {
    /// The case number.
    pub id: String,
    /// Until when: RFC 3339 (2026-03-02T09:00:00+01:00) or from now (90m, 4h, 2d).
    #[arg(long)]
    pub until: String,
}

#[derive(Subcommand, Debug)]
pub enum ExpertsCommand {
    /// List the experts with their load and median answer time (30 days).
    List(ExpertsListArgs),
    /// Add an expert.
    Add(ExpertAddArgs),
    /// Change some fields of an expert (the others stay as they are).
    Edit(ExpertEditArgs),
    /// Retire an expert: no more handoffs; past ones stay in the figures.
    Retire(ExpertRefArgs),
    /// Import experts from a CSV file: all rows or, if one is wrong, none.
    Import(FileArgs),
    /// Export the active experts to a CSV file (`-` for standard output).
    Export(FileArgs),
    /// Rank experts for a case, with the reasons for each.
    Suggest(SuggestArgs),
    /// An expert's handoffs across every community (open ones unless --all).
    Handoffs(ExpertHandoffsArgs),
    /// Handoff figures per expert, department and community.
    Figures(FiguresArgs),
}

#[derive(Args, Debug)]
pub struct ExpertsListArgs {
    /// Include retired experts.
    #[arg(long)]
    pub all: bool,
    #[arg(long)]
    pub json: bool,
}

/// Profile fields; lists are separated by `;` or `,`.
#[derive(Args, Debug, Default)]
pub struct ExpertFields {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub department: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    /// Topic tags, e.g. "baggage-lost;baggage-delayed".
    #[arg(long)]
    pub topics: Option<String>,
    /// Languages spoken, e.g. "de;en".
    #[arg(long)]
    pub languages: Option<String>,
    /// IANA time zone of the working hours (default Europe/Zurich).
    #[arg(long = "time-zone")]
    pub time_zone: Option<String>,
    /// Weekly working hours, e.g. "Mon-Fri 08:00-17:00" (the default is 09:00-17:00).
    #[arg(long)]
    pub hours: Option<String>,
    /// available, away, or out:YYYY-MM-DD (back on that date).
    #[arg(long)]
    pub availability: Option<String>,
    /// Chat handle (Teams, Slack...).
    #[arg(long)]
    pub chat: Option<String>,
}

#[derive(Args, Debug)]
pub struct ExpertAddArgs {
    #[command(flatten)]
    pub fields: ExpertFields,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ExpertEditArgs {
    /// The expert: number, e-mail or full name.
    pub expert: String,
    #[command(flatten)]
    pub fields: ExpertFields,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ExpertRefArgs {
    /// The expert: number, e-mail or full name.
    pub expert: String,
}

#[derive(Args, Debug)]
pub struct FileArgs {
    pub file: std::path::PathBuf,
}

#[derive(Args, Debug)]
pub struct SuggestArgs {
    /// The case number.
    #[arg(long)]
    pub case: String,
    /// Languages the agent speaks besides the UI language (repeat or comma-separate).
    #[arg(long = "agent-language", value_delimiter = ',')]
    pub agent_languages: Vec<String>,
    /// How many experts.
    #[arg(long, default_value_t = 5)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ExpertHandoffsArgs {
    /// The expert: number, e-mail or full name.
    pub expert: String,
    /// Include answered, declined and expired handoffs.
    #[arg(long)]
    pub all: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct FiguresArgs {
    /// Count the last DAYS days.
    #[arg(long, default_value_t = 30)]
    pub days: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum HandoffCommand {
    /// Send a question from a case to an expert (or to a department's best-suited expert).
    Ask(HandoffAskArgs),
    /// Record the expert's answer; the case goes back to open.
    Answer(HandoffAnswerArgs),
    /// Record that the expert declined.
    Decline(HandoffDeclineArgs),
    /// Expire every open handoff past its due time.
    Expire,
    /// A case's handoffs and its audit trail.
    Trail(HandoffTrailArgs),
}

#[derive(Args, Debug)]
pub struct HandoffAskArgs {
    #[arg(long)]
    pub case: String,
    /// The expert: number, e-mail or full name.
    #[arg(
        long,
        conflicts_with = "department",
        required_unless_present = "department"
    )]
    pub expert: Option<String>,
    /// A department: its best-suited expert for this case is asked.
    #[arg(long)]
    pub department: Option<String>,
    #[arg(long)]
    pub question: String,
    /// The part of the thread to show the expert (default: the customer's latest message).
    #[arg(long)]
    pub excerpt: Option<String>,
    /// Due time: RFC 3339 (2026-03-02T15:00:00Z) or from now (90m, 4h, 2d). Default: from the case's SLA.
    #[arg(long)]
    pub due: Option<String>,
    /// low, normal, high or urgent.
    #[arg(long, default_value = "normal")]
    pub priority: String,
    /// Who asks (agent initials or name).
    /// In team mode it may be left out: the database login says who acts.
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: Option<String>,
    /// Also print a mailto: link that sends the handoff by e-mail (solo mode).
    #[arg(long)]
    pub mailto: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct HandoffAnswerArgs {
    #[arg(long)]
    pub case: String,
    /// The handoff number, when the case has several open.
    #[arg(long)]
    pub handoff: Option<i64>,
    #[arg(long)]
    pub text: String,
    /// Who answered (default: the expert).
    #[arg(long)]
    pub by: Option<String>,
    /// Who records it (agent initials or name).
    /// In team mode it may be left out: the database login says who acts.
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: Option<String>,
    /// Also add the answer to the agent's draft on the case.
    #[arg(long)]
    pub insert: bool,
}

#[derive(Args, Debug)]
pub struct HandoffDeclineArgs {
    #[arg(long)]
    pub case: String,
    #[arg(long)]
    pub handoff: Option<i64>,
    #[arg(long)]
    pub reason: Option<String>,
    /// In team mode it may be left out: the database login says who acts.
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: Option<String>,
}

#[derive(Args, Debug)]
pub struct HandoffTrailArgs {
    #[arg(long)]
    pub case: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct HideArgs {
    /// The case number.
    pub id: String,
    #[arg(long = "as", env = "SWITCHBOARD_AGENT", value_name = "AGENT")]
    pub agent: Option<String>,
}
