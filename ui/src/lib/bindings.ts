// Generated from the Rust types by crates/desk/tests/bindings.rs. Do not edit:
// run `SWITCHBOARD_UPDATE_BINDINGS=1 cargo test -p switchboard-desk --test bindings`.

export type BrandId = number;

export type CommunityId = number;

export type ContactId = number;

export type CaseId = number;

export type MessageId = number;

export type AgentId = number;

export type ExpertId = number;

export type HandoffId = number;

export type Locale = string;

export type Platform = "facebook" | "instagram";

export type Brand = { id: BrandId, name: string, 
/**
 * Lowercase ASCII, used in community handles: `lakeline`.
 */
slug: string, };

export type Community = { id: CommunityId, brand_id: BrandId, brand_name: string, brand_slug: string, locale: Locale, platform: Platform, 
/**
 * The platform's page id.
 */
page_id: string, 
/**
 * `<brand-slug>/<locale>`, e.g. `lakeline/de-CH`.
 */
handle: string, };

export type CaseStatus = "new" | "open" | "waiting_customer" | "waiting_expert" | "resolved";

export type CaseKind = "messenger" | "comment" | "visitor_post" | "direct";

export type SlaState = "on_track" | "at_risk" | "breached" | "paused" | "done";

export type SlaClocks = { 
/**
 * The first inbound message of the case; the resolution clock counts from
 * it (a reopen resumes that clock, it does not restart it).
 */
started_at: string, first_response_due: string, first_response_risk: string, first_response_at: string | null, 
/**
 * Business seconds during which the resolution clock was paused.
 */
resolution_paused_secs: number, 
/**
 * When the current pause began (waiting for the customer, or resolved).
 */
paused_since: string | null, 
/**
 * None while paused.
 */
resolution_due: string | null, resolution_risk: string | null, };

export type Case = { 
/**
 * `CaseId(0)` until the store has assigned one.
 */
id: CaseId, community_id: CommunityId, contact_id: ContactId, kind: CaseKind, 
/**
 * The platform thread this case follows (conversation id, root comment
 * id, post id, or `direct:<name>`). New inbound on the same thread lands
 * on the same case while the case is alive.
 */
thread_key: string, status: CaseStatus, assignee_id: AgentId | null, 
/**
 * The first words of the first message, for queue rows.
 */
subject: string, 
/**
 * What the case is about (`baggage-lost`, `refund`...), set by triage;
 * matches template topics and expert topics.
 */
topic: string | null, 
/**
 * The earlier case this one follows up, when a fan wrote again more than
 * seven days after it was resolved.
 */
linked_case_id: CaseId | null, opened_at: string, updated_at: string, resolved_at: string | null, last_inbound_at: string, 
/**
 * The oldest inbound message not yet answered; None once replied.
 */
awaiting_reply_since: string | null, sla: SlaClocks, 
/**
 * The crisis that was running over its community when the case
 * opened: it runs under that crisis's terms, and reports count it
 * with that crisis.
 */
crisis_id: CrisisId | null, 
/**
 * The fan's page-scoped id once the case moved to a private reply:
 * their answers in Messenger join this case, and replies go there.
 */
private_psid: string | null, 
/**
 * Snoozed: waiting for the customer, and back by itself at this time
 * if they have not answered (see `lifecycle::snooze`).
 */
snoozed_until: string | null, 
/**
 * Words the team files the case by beside its topic (`vip`, `press`).
 */
tags: Array<string>, };

export type Direction = "inbound" | "outbound" | "note";

export type Message = { id: MessageId, case_id: CaseId, direction: Direction, 
/**
 * Display name of the fan or of the agent who wrote it.
 */
author: string, body: string, 
/**
 * The platform's id; unique per community. None for notes and for
 * replies not yet sent.
 */
external_id: string | null, created_at: string, };

export type Contact = { id: ContactId, community_id: CommunityId, 
/**
 * The platform's user id (page-scoped), or `direct:<name>` for messages
 * that reached the team by another channel.
 */
external_id: string, name: string, };

export type Agent = { id: AgentId, name: string, initials: string, email: string, };

export type Expert = { id: ExpertId, name: string, department: string, topics: Array<string>, 
/**
 * Language subtags: `de`, `fr`, `en`.
 */
languages: Array<string>, 
/**
 * IANA zone of the expert's working hours: `Europe/Zurich`.
 */
time_zone: string, email: string, 
/**
 * Chat handle (Teams, Slack...), empty when unknown.
 */
chat: string, availability: Availability, hours: WorkingHours, 
/**
 * Set when the expert no longer takes handoffs; kept for the figures
 * and the audit trail of the cases they answered.
 */
retired_at: string | null, };

export type HandoffState = "requested" | "answered" | "declined" | "expired";

export type Handoff = { id: HandoffId, case_id: CaseId, expert_id: ExpertId, question: string, excerpt: string, state: HandoffState, asked_at: string, due_at: string, answered_at: string | null, answer: string | null, priority: HandoffPriority, 
/**
 * The agent who asked (None for imported or demo handoffs).
 */
asked_by: AgentId | null, 
/**
 * Who the answer came from, as recorded (the expert, or the agent who
 * typed in an answer that came back by e-mail).
 */
answered_by: string | null, declined_reason: string | null, 
/**
 * When the handoff left `requested` (answered, declined or expired).
 */
closed_at: string | null, };

export type MessengerWindow = { "kind": "standard", closes_at: string, } | { "kind": "human_agent", closes_at: string, } | { "kind": "closed", closed_at: string, };

export type PrivateReply = { "kind": "available", closes_at: string, } | { "kind": "already_sent" } | { "kind": "expired", closed_at: string, };

export type AssigneeFilter = { "kind": "anyone" } | { "kind": "unassigned" } | { "kind": "agent", "agent": AgentId };

export type QueueFilter = { community: CommunityId | null, brand: BrandId | null, locale: Locale | null, 
/**
 * Empty: every open status.
 */
statuses: Array<CaseStatus>, assignee: AssigneeFilter, 
/**
 * 0 means the default page size (50).
 */
limit: number, offset: number, };

export type QueueRow = { id: CaseId, community_id: CommunityId, 
/**
 * The community's handle (`brand/locale`).
 */
community: string, kind: CaseKind, thread_key: string, status: CaseStatus, subject: string, topic: string | null, contact_name: string, assignee_id: AgentId | null, assignee_initials: string | null, opened_at: string, last_inbound_at: string, crisis_id: CrisisId | null, sla_state: SlaState, 
/**
 * At-risk time of the running clock, when one runs.
 */
risk_at: string | null, 
/**
 * Due time of the running clock, when one runs.
 */
due_at: string | null, };

export type CommunityCounts = { open: number, at_risk: number, breached: number, 
/**
 * The oldest unanswered fan message among open cases.
 */
oldest_waiting_since: string | null, id: CommunityId, brand_id: BrandId, brand_name: string, brand_slug: string, locale: Locale, platform: Platform, 
/**
 * The platform's page id.
 */
page_id: string, 
/**
 * `<brand-slug>/<locale>`, e.g. `lakeline/de-CH`.
 */
handle: string, };

export type SearchHit = { message_id: MessageId, case_id: CaseId, community: string, direction: Direction, author: string, body: string, created_at: string, };

export type SearchFilter = { community: CommunityId | null, brand: BrandId | null, locale: Locale | null, 
/**
 * Empty: every status, resolved included.
 */
statuses: Array<CaseStatus>, assignee: AssigneeFilter, };

export type Draft = { case_id: CaseId, agent_id: AgentId, body: string, updated_at: string, };

export type InboundEffect = "new_case" | "appended" | "reopened" | { "follow_up": { previous: CaseId, } };

export type InboundOutcome = { "outcome": "stored", case_id: CaseId, message_id: MessageId, effect: InboundEffect, } | { "outcome": "duplicate", case_id: CaseId, message_id: MessageId, };

export type ChangeEntity = "workspace" | "community" | "case" | "message" | "crisis";

export type ChangeRecord = { seq: number, 
/**
 * When the change was committed.
 */
at: string, entity: ChangeEntity, id: number, community_id: CommunityId | null, };

export type CaseView = { community: Community, contact_name: string, assignee: Agent | null, sla_state: SlaState, 
/**
 * For Messenger cases: whether and how a reply may still be sent.
 */
messenger_window: MessengerWindow | null, thread: Array<Message>, handoffs: Array<Handoff>, 
/**
 * Who asked which expert what, and what came back, oldest first.
 */
audit: Array<AuditEntry>, 
/**
 * The customer writes in another language than the page's.
 */
language_notice: LanguageNotice | null, 
/**
 * The customer's other cases in this community, newest first.
 */
other_cases: Array<Case>, 
/**
 * Our replies that are not on the page yet: sending, or failed with
 * the reason.
 */
unsent: Array<OutboxItem>, 
/**
 * The community is connected to its page: a reply goes out through
 * the outbox instead of being recorded only.
 */
connected: boolean, 
/**
 * What this view shows of the thread and the outbox: a reply sent with
 * it is held if something new came since (`Desk::send_reply_seen`).
 */
seen: Seen, 
/**
 * A reply here is seen by everyone on the page (a comment or a
 * visitor's post not moved to private).
 */
public: boolean, 
/**
 * Personal data the fan wrote in public on this case.
 */
public_personal: Array<PersonalKind>, 
/**
 * For a comment: whether the one private reply may still be sent.
 */
private_reply: PrivateReply | null, 
/**
 * `CaseId(0)` until the store has assigned one.
 */
id: CaseId, community_id: CommunityId, contact_id: ContactId, kind: CaseKind, 
/**
 * The platform thread this case follows (conversation id, root comment
 * id, post id, or `direct:<name>`). New inbound on the same thread lands
 * on the same case while the case is alive.
 */
thread_key: string, status: CaseStatus, assignee_id: AgentId | null, 
/**
 * The first words of the first message, for queue rows.
 */
subject: string, 
/**
 * What the case is about (`baggage-lost`, `refund`...), set by triage;
 * matches template topics and expert topics.
 */
topic: string | null, 
/**
 * The earlier case this one follows up, when a fan wrote again more than
 * seven days after it was resolved.
 */
linked_case_id: CaseId | null, opened_at: string, updated_at: string, resolved_at: string | null, last_inbound_at: string, 
/**
 * The oldest inbound message not yet answered; None once replied.
 */
awaiting_reply_since: string | null, sla: SlaClocks, 
/**
 * The crisis that was running over its community when the case
 * opened: it runs under that crisis's terms, and reports count it
 * with that crisis.
 */
crisis_id: CrisisId | null, 
/**
 * The fan's page-scoped id once the case moved to a private reply:
 * their answers in Messenger join this case, and replies go there.
 */
private_psid: string | null, 
/**
 * Snoozed: waiting for the customer, and back by itself at this time
 * if they have not answered (see `lifecycle::snooze`).
 */
snoozed_until: string | null, 
/**
 * Words the team files the case by beside its topic (`vip`, `press`).
 */
tags: Array<string>, };

export type Change = { "kind": "workspace" } | { "kind": "community", id: CommunityId, } | { "kind": "case", id: CaseId, community: CommunityId, };

export type ErrorPayload = { code: string, args: { [key in string]: string }, };

export type QueuePage = { rows: Array<QueueRow>, total: number, offset: number, };

export type Settings = { 
/**
 * `en`, `fr`, `de`, `it`; None: the system's language.
 */
language: string | null, 
/**
 * Who "me" is in this workspace.
 */
agent_id: AgentId | null, 
/**
 * The workspace opened last (a database URL).
 */
database: string | null, };

export type WorkspaceInfo = { url: string, backend: "sqlite" | "postgres", agents: Array<Agent>, login_agent: Agent | null, 
/**
 * When the login's membership ends: it is a helper's, who joined for
 * a crisis day (the window opens on the crisis desk).
 */
helper_until: string | null, settings: Settings, };

export type Availability = { "kind": "available" } | { "kind": "away" } | { "kind": "out", "until": string };

export type WorkingHours = { 
/**
 * Monday first.
 */
days: [boolean, boolean, boolean, boolean, boolean, boolean, boolean], start: string, end: string, };

export type HandoffPriority = "low" | "normal" | "high" | "urgent";

export type HandoffPhase = "waiting" | "remind" | "overdue" | "answered" | "declined" | "expired";

export type ExpertProfile = { name: string, department: string, topics: Array<string>, 
/**
 * Language subtags: `de`, `fr`, `en`.
 */
languages: Array<string>, time_zone: string, email: string, chat: string, availability: Availability, hours: WorkingHours, };

export type ImportSummary = { added: number, updated: number, unchanged: number, };

export type ExpertHandoff = { community: string, 
/**
 * The community's locale: the language the customer writes in.
 */
locale: Locale, case_subject: string, case_status: CaseStatus, id: HandoffId, case_id: CaseId, expert_id: ExpertId, question: string, excerpt: string, state: HandoffState, asked_at: string, due_at: string, answered_at: string | null, answer: string | null, priority: HandoffPriority, 
/**
 * The agent who asked (None for imported or demo handoffs).
 */
asked_by: AgentId | null, 
/**
 * Who the answer came from, as recorded (the expert, or the agent who
 * typed in an answer that came back by e-mail).
 */
answered_by: string | null, declined_reason: string | null, 
/**
 * When the handoff left `requested` (answered, declined or expired).
 */
closed_at: string | null, };

export type AuditKind = "handoff_asked" | "handoff_answered" | "handoff_declined" | "handoff_expired" | "taken_over" | "comment_hidden" | "cluster_reply" | "helper_reply";

export type AuditEntry = { id: number, case_id: CaseId, at: string, actor: string, kind: AuditKind, handoff_id: HandoffId | null, expert_id: ExpertId | null, expert_name: string | null, detail: string, 
/**
 * Written by a helper who joined for the day (a team login with an
 * end date); always false on SQLite, which has no helpers.
 */
helper: boolean, };

export type HandoffCounts = { asked: number, answered: number, answered_in_time: number, declined: number, expired: number, 
/**
 * Minutes from asking to answering, median of the answered ones.
 */
median_answer_minutes: number | null, };

export type ExpertFigures = { expert_id: ExpertId, name: string, department: string, 
/**
 * Handoffs waiting for this expert now (any age): their current load.
 */
open: number, asked: number, answered: number, answered_in_time: number, declined: number, expired: number, 
/**
 * Minutes from asking to answering, median of the answered ones.
 */
median_answer_minutes: number | null, };

export type DepartmentFigures = { department: string, open: number, asked: number, answered: number, answered_in_time: number, declined: number, expired: number, 
/**
 * Minutes from asking to answering, median of the answered ones.
 */
median_answer_minutes: number | null, };

export type CommunityFigures = { community_id: CommunityId, community: string, cases: number, with_handoff: number, 
/**
 * `with_handoff / cases`, 0 when there was no case.
 */
share: number, };

export type HandoffFigures = { 
/**
 * Handoffs asked and cases opened from this instant on are counted.
 */
since: string, 
/**
 * Every expert, retired ones included (their past answers count).
 */
experts: Array<ExpertFigures>, 
/**
 * By department name.
 */
departments: Array<DepartmentFigures>, communities: Array<CommunityFigures>, };

export type ExpertEntry = { 
/**
 * Handoffs waiting for them now.
 */
open_handoffs: number, 
/**
 * Median minutes to answer over the last 30 days.
 */
median_answer_minutes: number | null, 
/**
 * Available and within working hours now, on their own clock.
 */
available_now: boolean, id: ExpertId, name: string, department: string, topics: Array<string>, 
/**
 * Language subtags: `de`, `fr`, `en`.
 */
languages: Array<string>, 
/**
 * IANA zone of the expert's working hours: `Europe/Zurich`.
 */
time_zone: string, email: string, 
/**
 * Chat handle (Teams, Slack...), empty when unknown.
 */
chat: string, availability: Availability, hours: WorkingHours, 
/**
 * Set when the expert no longer takes handoffs; kept for the figures
 * and the audit trail of the cases they answered.
 */
retired_at: string | null, };

export type Reason = { "kind": "topic", topic: string, } | { "kind": "keyword", keyword: string, topic: string, } | { "kind": "customer_language", language: string, } | { "kind": "agent_language", language: string, } | { "kind": "available_now", local_time: string, } | { "kind": "off_hours", local_time: string, } | { "kind": "away" } | { "kind": "out_until", date: string, } | { "kind": "load", open: number, } | { "kind": "answer_speed", median_minutes: number, };

export type Suggestion = { expert: Expert, score: number, reasons: Array<Reason>, };

export type HandoffDefaults = { due_at: string, excerpt: string, };

export type ExpertInput = { name: string, department: string, topics: string, languages: string, time_zone: string, working_hours: string, availability: string, email: string, chat: string, };

export type LanguageNotice = { message_id: MessageId, 
/**
 * ISO 639-1 code of the detected language.
 */
language: string, confidence: number, 
/**
 * The same brand's community in that language, when there is one.
 */
sibling: string | null, };

export type TemplateChoice = { id: string, topic: string, tags: Array<string>, 
/**
 * The variant used: its locale and brand (None: any brand).
 */
locale: string, brand: string | null, step: Step, 
/**
 * The variant is in another language than the case: shown loudly,
 * never inserted without the agent seeing it.
 */
other_language: boolean, outdated: boolean, 
/**
 * Written for the case's topic (or, for the expert-answer reply, for
 * a case whose expert answered): such replies come first, and only
 * they are picked before the agent chooses.
 */
for_topic: boolean, 
/**
 * Exactly the text that insertion puts into the draft.
 */
preview: Rendered, };

export type Step = "brand_locale" | "brand_language" | "any_locale" | "any_language" | "brand_default" | "any_default";

export type Rendered = { text: string, 
/**
 * Variables the case could not fill (shown as `[name]`).
 */
missing: Array<string>, };

export type Template = { 
/**
 * `baggage-delayed`: letters, digits and `-`, starting with a letter.
 */
id: string, 
/**
 * What it is about (`baggage`); shared by every variant.
 */
topic: string, 
/**
 * The locale of the reference variant (any brand): editing it marks
 * every other variant outdated.
 */
reference_locale: string, variants: Array<Variant>, };

export type Variant = { 
/**
 * The brand's slug, or None for any brand.
 */
brand: string | null, 
/**
 * `fr-CH` or `fr`.
 */
locale: string, 
/**
 * The Fluent pattern, in canonical form (see `check`).
 */
source: string, 
/**
 * Words to find it by, in the variant's language.
 */
tags: Array<string>, 
/**
 * The reference changed since this variant was last saved or confirmed.
 */
outdated: boolean, updated_at: string, };

export type VariantSaved = { "kind": "unchanged" } | { "kind": "saved" } | { "kind": "reference_saved", outdated: number, };

export type BacklogItem = { community: string, template: string, state: BacklogState, 
/**
 * The variant that serves meanwhile, if any.
 */
served_by: string | null, };

export type BacklogState = "missing" | "outdated";

export type SyncStatus = "ok" | "needs_reauth" | "backing_off" | "failing";

export type SyncError = { code: string, args: { [key in string]: string }, };

export type SyncHealth = { status: SyncStatus, last_sync_at: string | null, 
/**
 * Why the last attempt failed, as every other error of the desk:
 * a stable code and its named arguments.
 */
last_error: SyncError | null, next_attempt_at: string | null, };

export type Connection = { community_id: CommunityId, 
/**
 * The versioned Graph API root, e.g. `https://graph.facebook.com/v21.0`.
 */
base_url: string, 
/**
 * Meta allows this app the HUMAN_AGENT tag (replies up to 7 days).
 */
human_agent: boolean, 
/**
 * Seconds between polls in solo mode.
 */
poll_secs: number, connected_at: string, status: SyncStatus, last_sync_at: string | null, 
/**
 * Why the last attempt failed, as every other error of the desk:
 * a stable code and its named arguments.
 */
last_error: SyncError | null, next_attempt_at: string | null, };

export type ReplyChannel = "messenger" | "messenger_human_agent" | "comment" | "private_reply";

export type OutboxState = "pending" | "sending" | "sent" | "failed";

export type OutboxId = number;

export type OutboxItem = { id: OutboxId, case_id: CaseId, community_id: CommunityId, agent_id: AgentId, author: string, body: string, channel: ReplyChannel, recipient: string, state: OutboxState, attempts: number, 
/**
 * Why the last attempt failed: a stable code and, after a colon, the
 * platform's message.
 */
error: string | null, 
/**
 * The platform's id for the sent message or comment.
 */
external_id: string | null, created_at: string, updated_at: string, 
/**
 * Not before this time (a back-off), when pending.
 */
next_attempt_at: string | null, 
/**
 * Who is sending it (a sender's own id) and until when, while it is
 * `sending`.
 */
lease_owner: string | null, lease_until: string | null, };

export type SendOutcome = { "kind": "queued", item: OutboxItem, } | { "kind": "recorded", case: Case, } | { "kind": "held", collision: Collision, } | { "kind": "personal", hold: PrivacyHold, };

export type PersonalKind = "booking" | "email" | "phone" | "card" | "birthdate";

export type Finding = { kind: PersonalKind, 
/**
 * byte offsets in the text
 */
start: number, end: number, 
/**
 * the text found
 */
text: string, };

export type PrivacyHold = { findings: Array<Finding>, kinds: Array<PersonalKind>, 
/**
 * The reply with what was found taken out.
 */
cleaned: string, 
/**
 * Whether it may go as a private reply instead (None: the case is not
 * a comment, e.g. a visitor's post).
 */
private: PrivateReply | null, };

export type PresenceKind = "viewing" | "typing";

export type PresenceRow = { case_id: CaseId, community_id: CommunityId, agent_id: AgentId, initials: string, name: string, kind: PresenceKind, seen_at: string, };

export type OnlineAgent = { agent_id: AgentId, initials: string, name: string, seen_at: string, };

export type PresenceBoard = { 
/**
 * Colleagues on cases, by case then initials.
 */
cases: Array<PresenceRow>, 
/**
 * Colleagues online, by initials.
 */
online: Array<OnlineAgent>, };

export type Seen = { 
/**
 * The newest message of the thread (None: an empty thread).
 */
message: MessageId | null, 
/**
 * The newest unsent reply of the case (None: none was waiting).
 */
reply: OutboxId | null, };

export type ColleagueReply = { 
/**
 * Their initials (the first letters of their name when no agent has
 * that name).
 */
initials: string, name: string, at: string, 
/**
 * True while it is still in the outbox, on its way to the page.
 */
pending: boolean, };

export type Collision = { 
/**
 * Colleagues' replies since the agent looked, oldest first.
 */
replies: Array<ColleagueReply>, 
/**
 * The messages since the agent looked (the customer's and colleagues'),
 * oldest first.
 */
messages: Array<Message>, 
/**
 * Colleagues' replies still in the outbox, oldest first.
 */
pending: Array<OutboxItem>, 
/**
 * What the agent has seen once shown this: send with it to send anyway.
 */
seen: Seen, };

export type Surge = { community_id: CommunityId, handle: string, 
/**
 * When its alert fired.
 */
fired_at: string, 
/**
 * Distinct people in the window when it fired, and the most since.
 */
requesters: number, peak: number, 
/**
 * The usual number of people in such a window, and the ratio.
 */
baseline: number, ratio: number, };

export type CrisisId = number;

export type CrisisScope = { "kind": "all" } | { "kind": "brand", "value": string } | { "kind": "language", "value": string } | { "kind": "community", "value": string };

export type CrisisTerms = { first_response_minutes: number, resolution_minutes: number, };

export type Crisis = { id: CrisisId, 
/**
 * What people call it: "Snow at Zurich".
 */
name: string, scope: CrisisScope, 
/**
 * The playbook it was declared from, if any.
 */
playbook: string | null, terms: CrisisTerms, declared_at: string, 
/**
 * Initials of who declared it.
 */
declared_by: string, ended_at: string | null, ended_by: string | null, };

export type CrisisView = { 
/**
 * Handles of the communities in its scope.
 */
communities: Array<string>, 
/**
 * Cases stamped with it.
 */
cases: number, id: CrisisId, 
/**
 * What people call it: "Snow at Zurich".
 */
name: string, scope: CrisisScope, 
/**
 * The playbook it was declared from, if any.
 */
playbook: string | null, terms: CrisisTerms, declared_at: string, 
/**
 * Initials of who declared it.
 */
declared_by: string, ended_at: string | null, ended_by: string | null, };

export type Playbook = { 
/**
 * `weather`, `strike`, `it-outage`: letters, digits and `-`.
 */
id: string, name: string, 
/**
 * The promise to fans while a crisis declared from it lasts.
 */
terms: CrisisTerms, 
/**
 * For helpers who join for the day: what to answer, what not to,
 * where the facts are.
 */
guidance: string, updated_at: string, };

export type PlaybookView = { 
/**
 * Communities whose language has no statement variant.
 */
missing: Array<string>, 
/**
 * Communities whose variant is outdated.
 */
outdated: Array<string>, 
/**
 * `weather`, `strike`, `it-outage`: letters, digits and `-`.
 */
id: string, name: string, 
/**
 * The promise to fans while a crisis declared from it lasts.
 */
terms: CrisisTerms, 
/**
 * For helpers who join for the day: what to answer, what not to,
 * where the facts are.
 */
guidance: string, updated_at: string, };

export type PostState = "pending" | "sending" | "sent" | "failed";

export type StatementPost = { id: number, crisis_id: CrisisId, community_id: CommunityId, 
/**
 * The locale of the variant published.
 */
locale: string, 
/**
 * What the page should show.
 */
body: string, state: PostState, 
/**
 * The platform's post id, once published.
 */
post_id: string | null, 
/**
 * What the page shows now (None before the first publication).
 */
published_body: string | null, attempts: number, error: string | null, lease_owner: string | null, lease_until: string | null, next_attempt_at: string | null, created_at: string, updated_at: string, published_at: string | null, };

export type StatementGap = "missing_locale" | "not_connected";

export type StatementPage = { community: string, locale: string, 
/**
 * The rendered text; None when the community has no variant.
 */
text: string | null, 
/**
 * The locale of the variant used (`fr` for a `fr-CH` page is fine).
 */
variant_locale: string | null, 
/**
 * The reference text changed since this variant was written.
 */
outdated: boolean, gap: StatementGap | null, 
/**
 * The post on the page, once publishing started.
 */
post: StatementPost | null, };

export type PublishReport = { 
/**
 * Posts to publish or update now.
 */
queued: number, 
/**
 * Pages that show (or are about to show) this text already.
 */
unchanged: number, 
/**
 * Pages left out, with why.
 */
refused: Array<StatementPage>, pages: Array<StatementPage>, };

export type Figures = { cases_opened: number, cases_resolved: number, cases_reopened: number, 
/**
 * Reopened ÷ resolved in the period; none when none was resolved.
 */
reopen_rate: number | null, first_response_met: number, first_response_missed: number, first_response_running: number, first_response_attainment: number | null, first_response_median_s: number | null, first_response_p90_s: number | null, resolution_met: number, resolution_missed: number, resolution_running: number, resolution_attainment: number | null, resolution_median_s: number | null, resolution_p90_s: number | null, backlog_open: number, 
/**
 * Cases opened in the period by hour of the week in their community's
 * time zone: 168 counts, Monday 00:00–01:00 first.
 */
opened_by_hour_of_week: Array<number>, 
/**
 * The backlog by age at the period's end: six counts, for ages under
 * 1 h, 1–4 h, 4–24 h, 1–3 days, 3–7 days, and 7 days and more.
 */
backlog_by_age: Array<number>, handoffs_asked: number, handoffs_answered: number, handoffs_answered_in_time: number, handoffs_declined: number, handoffs_expired: number, handoff_answer_median_s: number | null, };

export type Kept = "met" | "missed" | "running";

export type GroupBy = "community" | "brand" | "locale" | "channel" | "agent" | "topic" | "crisis";

export type ReportGroup = { key: string, cases_opened: number, cases_resolved: number, cases_reopened: number, 
/**
 * Reopened ÷ resolved in the period; none when none was resolved.
 */
reopen_rate: number | null, first_response_met: number, first_response_missed: number, first_response_running: number, first_response_attainment: number | null, first_response_median_s: number | null, first_response_p90_s: number | null, resolution_met: number, resolution_missed: number, resolution_running: number, resolution_attainment: number | null, resolution_median_s: number | null, resolution_p90_s: number | null, backlog_open: number, 
/**
 * Cases opened in the period by hour of the week in their community's
 * time zone: 168 counts, Monday 00:00–01:00 first.
 */
opened_by_hour_of_week: Array<number>, 
/**
 * The backlog by age at the period's end: six counts, for ages under
 * 1 h, 1–4 h, 4–24 h, 1–3 days, 3–7 days, and 7 days and more.
 */
backlog_by_age: Array<number>, handoffs_asked: number, handoffs_answered: number, handoffs_answered_in_time: number, handoffs_declined: number, handoffs_expired: number, handoff_answer_median_s: number | null, };

export type Report = { from: string, to: string, by: GroupBy | null, total: Figures, groups: Array<ReportGroup>, };

export type CaseLine = { case_id: CaseId, community: string, channel: string, agent: string, topic: string, crisis: string, status: string, opened_at: string, first_response_due: string, first_response_at: string | null, first_response: Kept | null, first_response_s: number | null, resolved_at: string | null, resolution: Kept | null, resolution_s: number | null, 
/**
 * Business seconds it waited for the customer.
 */
waited_s: number, backlog: boolean, };

export type WeekFigures = { week: string, cases_opened: number, cases_resolved: number, first_response_attainment: number | null, first_response_median_s: number | null, resolution_attainment: number | null, resolution_median_s: number | null, };

export type TopicFigures = { 
/**
 * The topic, or `none`.
 */
topic: string, cases_opened: number, previous_opened: number, communities: Array<TopicCommunity>, };

export type TopicCommunity = { community: string, cases_opened: number, previous_opened: number, };

export type TopicSample = { case_id: CaseId, community: string, opened_at: string, text: string, };

export type Dashboard = { report: Report, weeks: Array<WeekFigures>, topics: Array<TopicFigures>, };

export type ClusterSample = { case_id: CaseId, text: string, };

export type ClusterSummary = { 
/**
 * Kept from one reading to the next (see the module header).
 */
id: number, 
/**
 * What its cases ask, in the reader's language, or the name an agent
 * gave it.
 */
label: string, 
/**
 * An agent named it.
 */
named: boolean, size: number, 
/**
 * The locales of the pages its cases came from, sorted.
 */
locales: Array<string>, 
/**
 * The handles of those pages, sorted.
 */
communities: Array<string>, 
/**
 * The most typical cases first, each with its first customer message.
 */
samples: Array<ClusterSample>, 
/**
 * Every case of it, by id.
 */
case_ids: Array<CaseId>, };

export type PlannedReply = { case_id: CaseId, community: string, 
/**
 * The brand whose voice it speaks in (its slug).
 */
brand: string, 
/**
 * The locale of the text used: the customer's language when the
 * template has it, else the page's ("fr" for a fr-CH page is fine).
 */
locale: string, channel: ReplyChannel, body: string, 
/**
 * The fan's page-scoped id (Messenger), or the comment answered.
 */
recipient: string, };

export type LeftReason = { "why": "window_closed", closed_at: string, } | { "why": "not_connected" } | { "why": "no_text" } | { "why": "missing_variables", names: Array<string>, } | { "why": "personal_data" } | { "why": "resolved" } | { "why": "no_recipient" };

export type LeftCase = { case_id: CaseId, community: string, reason: LeftReason, };

export type ChannelCount = { community: string, channel: ReplyChannel, count: number, };

export type LanguagePreview = { brand: string, locale: string, 
/**
 * Replies in this language and voice.
 */
count: number, case_id: CaseId, text: string, };

export type ClusterReplyPlan = { cluster_id: number, template_id: string, replies: Array<PlannedReply>, left: Array<LeftCase>, 
/**
 * Cases that were sent this template's reply already: nothing again.
 */
already: Array<CaseId>, counts: Array<ChannelCount>, previews: Array<LanguagePreview>, };

export type ClusterReplyQueued = { cluster_id: number, template_id: string, 
/**
 * Replies stored in the outbox now, one per case.
 */
queued: number, already: number, left: Array<LeftCase>, 
/**
 * The outbox key of these replies (`template:<id>`).
 */
bulk_key: string, };

export type BulkProgress = { sent: number, 
/**
 * Pending or on their way.
 */
waiting: number, failed: number, };

export type TemplateOption = { id: string, topic: string, 
/**
 * The locales it has text in, sorted.
 */
locales: Array<string>, };

export type CrisisBrief = { 
/**
 * The playbook's name, when the crisis was declared from one.
 */
playbook_name: string | null, 
/**
 * The playbook's guidance for helpers (what to answer, what not to,
 * where the facts are); empty when there is none.
 */
guidance: string, 
/**
 * Handles of the communities in its scope.
 */
communities: Array<string>, 
/**
 * Cases stamped with it.
 */
cases: number, id: CrisisId, 
/**
 * What people call it: "Snow at Zurich".
 */
name: string, scope: CrisisScope, 
/**
 * The playbook it was declared from, if any.
 */
playbook: string | null, terms: CrisisTerms, declared_at: string, 
/**
 * Initials of who declared it.
 */
declared_by: string, ended_at: string | null, ended_by: string | null, };

export type CrisisCase = { id: CaseId, community: string, status: CaseStatus, subject: string, sla_state: SlaState, 
/**
 * Due time of its running clock, when one runs.
 */
due_at: string | null, opened_at: string, };

export type CrisisDesk = { 
/**
 * The running crises; none: there is no crisis today.
 */
crises: Array<CrisisBrief>, 
/**
 * The handles of the communities they cover that this login sees,
 * sorted.
 */
communities: Array<string>, 
/**
 * When this login's membership ends, for a helper's.
 */
helper_until: string | null, 
/**
 * Clusters of `min_size` cases or more of those communities, largest
 * first.
 */
clusters: Array<ClusterSummary>, 
/**
 * Their other open cases, most urgent first, at most `limit`.
 */
cases: Array<CrisisCase>, 
/**
 * How many other open cases there are in all.
 */
cases_total: number, };
