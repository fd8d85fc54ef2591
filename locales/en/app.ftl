# Switchboard's interface strings (English, the reference locale).
# Every locale has every message here, with the same variables (a test checks).

## Errors: error-<code>, filled with the error's arguments


error-not-found = There is no { $what ->
    [case] case
    [community] community
    [brand] brand
    [agent] agent
    [expert] expert
    [handoff] handoff
    [variant] template text
    [template] template
    [cluster] cluster
   *[other] { $what }
} “{ $key }”.
error-conflict = A { $what ->
    [community] community
    [page] page
    [agent] agent
    [message] message
   *[other] { $what }
} “{ $key }” already exists; nothing was changed.
error-case-transition = A case cannot go from “{ $from }” to “{ $to }”.
error-bad-locale = “{ $value }” is not a locale tag such as fr-CH, de-CH or en.
error-bad-brand = “{ $value }” is not a brand name: it needs at least one letter or digit.
error-bad-time-zone = “{ $value }” is not a time zone such as Europe/Zurich.
error-empty-message = An empty message cannot be recorded.
error-case-resolved = This case is resolved; reopen it before changing it.
error-case-held = Case { $case } is held by { $holder }. Take it over to work on it.
error-snooze-not-ahead = A case can only be snoozed until a time still to come.
error-missing-database = There is no workspace at { $path }. Create one with “switchboard demo” or “switchboard community add”.
error-not-a-database = { $path } is not a Switchboard workspace; it was left untouched.
error-schema-too-new = This workspace was written by a newer Switchboard (schema { $found }; this version knows { $supported }). Update Switchboard; nothing was changed.
error-database-unreachable = Cannot open the database at { $target }: { $reason }
error-database-error = The database refused the operation: { $reason }
error-unknown-community = There is no community “{ $value }”. “switchboard communities” lists them.
error-unknown-brand = There is no brand “{ $value }”.
error-unknown-agent = There is no agent “{ $value }” (use initials or full name).
error-bad-input = “{ $value }” is not a valid { $field }.
error-bad-database-url = “{ $value }” is not a database URL. Use sqlite:PATH or postgres://user:password@host:port/database.
error-io = Input or output failed: { $reason }
error-demo-needs-yes = The demo would replace this workspace's data. Run it again with --yes to confirm.

## The demo workspace

demo-confirm = This replaces the workspace at { $target } ({ $communities } communities) with the demo. Continue? [y/N]
demo-confirm-yes = yes
demo-cancelled = Nothing was changed.
demo-created = Demo workspace ready at { $target }: { $communities } communities, { $cases } cases, { $messages } messages, { $experts } experts.

## Listings

communities-empty = No communities yet. Add one with “switchboard community add” or try “switchboard demo”.
community-added = Community { $handle } added (page { $page }).
queue-empty = No open cases here. Nothing is waiting.
search-empty = No message matches within the filters shown.
inbound-stored = Message recorded on case #{ $case }.
inbound-duplicate = Already recorded on case #{ $case }; nothing changed.
case-changed = Case #{ $case } is now { $status }.
case-snoozed = Case #{ $case } is snoozed until { $until }: it waits for the customer and comes back open then.
handoff = Handoff

col-community = Community
col-brand = Brand
col-locale = Locale
col-open = Open
col-at-risk = At risk
col-breached = Breached
col-oldest-waiting = Oldest waiting
col-case = Case
col-customer = Customer
col-status = Status
col-sla = SLA
col-due = Due
col-assignee = Assignee
col-subject = Subject
col-author = Author
col-when = When
col-message = Message

sla-on-track = on track
sla-at-risk = at risk
sla-breached = breached
sla-paused = paused
sla-done = done

status-new = new
status-open = open
status-waiting-customer = waiting for customer
status-waiting-expert = waiting for expert
status-resolved = resolved

direction-inbound = customer
direction-outbound = reply
direction-note = internal note

## Window

window-title = Switchboard
window-loading = Loading the workspace…
window-all-communities = All communities

## Desktop shell (menu, notifications)

menu-file = File
menu-open = Open workspace…
menu-quit = Quit
notify-at-risk = Case #{ $case } ({ $community }, { $customer }) is at risk of missing its SLA.
notify-breached = Case #{ $case } ({ $community }, { $customer }) has breached its SLA.
notify-handoff-reminder = { $expert } has not answered the handoff on case #{ $case } yet; it is due in { $minutes } min.
notify-handoff-expired = The handoff to { $expert } on case #{ $case } expired without an answer; the case is back in the queue.

## The desk window (ui/)

error-no-agent = Choose who you are first (“Me” in the header): notes, replies and drafts are written in your name.
error-unexpected = Something went wrong: { $reason }

backend-sqlite = SQLite (this computer)
backend-postgres = PostgreSQL (shared team server)
header-open-workspace = Open workspace…
header-me = Me
header-me-nobody = Choose who you are…
header-me-login = Your database login says who you are (team mode).
header-language = Language
language-name-en = English
language-name-fr = Français
language-name-de = Deutsch
language-name-it = Italiano

key-ctrl = Ctrl
key-enter = Enter
key-escape = Esc
key-space = Space

duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
duration-days = { $days } d { $hours } h
countdown-overdue = −{ $duration }

matrix-title = Communities
matrix-loading = Counting open cases…
matrix-empty-title = This workspace has no communities yet.
matrix-empty-demo = To try Switchboard with sample pages and cases, run:
matrix-empty-add = To add one of your pages, run:
matrix-nobody-waiting = nobody waiting
matrix-cell-title = { $handle }: { $open } open, { $atRisk } at risk, { $breached } breached; oldest waiting: { $oldest }

queue-title = Queue
queue-loading = Loading the queue…
queue-counting = Counting…
queue-total = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
queue-empty-filtered = No case matches these filters.

filter-all-brands = All brands
filter-all-locales = All locales
filter-all-open = All open statuses
filter-anyone = Anyone
filter-unassigned = Unassigned
filter-mine = Mine

search-label = Search messages
search-placeholder = Search messages (press /)
search-loading = Searching…
search-hits = { $count ->
    [one] 1 message found
   *[other] { $count } messages found
}
search-back = Back to the queue (Esc)
search-every-status = Include resolved cases

case-pane = Case
case-facts = Case facts
case-loading = Opening the case…
case-none-title = No case open
case-none-hint = Pick a case in the queue, or use the keyboard:
case-number = Case #{ $case }
case-no-subject = (no subject)
case-assigned-to = Assigned to { $name }
case-unassigned = Unassigned
case-assignee-me = { $name } (me)
case-assignee-title = Who has the case: pick a colleague, or yourself ({ $key })
case-follows-up = Follows up case #{ $case }
case-actions = Case actions

kind-messenger = Messenger
kind-comment = Comment
kind-visitor-post = Visitor post
kind-direct = Direct

sla-title = SLA clocks
sla-first-response = First response
sla-resolution = Resolution
sla-due-in = due { $when } ({ $left })
sla-due-at = due { $when }
sla-met-at = answered { $when }
sla-paused-detail = stopped while waiting for the customer

messenger-title = Messenger window
messenger-standard = Standard reply
messenger-human-agent = Human agent (tag)
messenger-closes = Open until { $when } ({ $left } left)
messenger-closed = Closed
messenger-closed-detail = Closed since { $when }: Messenger takes no more replies to this fan. Answer in a public comment or through another channel.

customer-title = Customer
customer-show-all = Show all { $count }
customer-unknown = (unknown)
customer-no-other-cases = No other cases from this customer.
customer-other-cases = { $count ->
    [one] 1 other case:
   *[other] { $count } other cases:
}

handoffs-title = Handoffs
handoff-state-requested = waiting for the expert
handoff-state-answered = answered
handoff-state-declined = declined
handoff-state-expired = expired
handoff-due = due { $when }

thread-title = Conversation
thread-empty = No messages yet.
thread-internal-note = Internal – not sent

note-label = Internal note (never sent to the customer)
note-placeholder = For the team only…
note-save = Save note

composer-label = Reply to the customer
composer-placeholder = Write the reply…
composer-send = Record reply
composer-sending = Recording…
composer-resolved = This case is resolved. Mark it open (o) to reply again; your draft is kept.
composer-window-open = Private reply in Messenger (only the customer sees it), possible until { $when }.
composer-window-closed = The Messenger window is closed (since { $when }): this reply cannot go out through Messenger.
draft-saving = Saving the draft…
draft-saved = Draft saved
draft-failed = The draft could not be saved.
draft-needs-agent = Drafts are kept once you choose who you are.

action-next = Next case
action-previous = Previous case
action-open-case = Open the selected case
action-search = Search messages
action-toggle-mine = Show only my cases
action-all-communities = Show all communities
action-clear-filters = Clear filters
action-resolve = Resolve
action-assign-me = Assign to me
action-unassign = Unassign
action-reopen = Reopen
action-set-open = Mark open
action-wait-customer = Wait for the customer
action-wait-expert = Wait for an expert
action-reply = Write a reply
action-set-tags = Edit the tags…
case-tags-label = Tags
case-tags-placeholder = vip, press, …
case-tags-add = + tag
notice-tags-set = { $count ->
    [0] Case #{ $case } has no tags now.
    [one] Case #{ $case } has 1 tag.
   *[other] Case #{ $case } has { $count } tags.
}
action-snooze = Snooze
snooze-hour = in an hour ({ $when })
snooze-three-hours = in three hours ({ $when })
snooze-tomorrow = tomorrow ({ $when })
snooze-monday = next Monday ({ $when })
snooze-pick = Pick a time…
case-snoozed-until = Snoozed until { $when }
notice-snoozed = Case #{ $case } is snoozed until { $until }: it comes back open then, or when the customer answers.
action-set-topic = Set the topic…
case-topic-label = Topic
case-topic-placeholder = baggage-damaged, refund…
case-topic-none = Add a topic
notice-topic-set = Case #{ $case } is now about: { $topic }.
notice-topic-cleared = Case #{ $case } has no topic now.
action-save = Save
action-assign-to = Assign to a colleague…
action-insert-answer = Insert the expert's answer into the draft
notice-no-answer-yet = Case #{ $case } has no expert answer yet.
action-send = Record the reply
action-note = Add an internal note
action-close-case = Close the case view
action-palette = Command palette
action-shortcuts = Keyboard shortcuts
action-undo = Undo
action-escape = Close / back to the queue
action-choose-me = Choose who I am
action-open-workspace = Open another workspace…
action-refresh = Refresh now
action-language = Interface language: { $language }
action-retry = Retry
action-dismiss = Dismiss
action-cancel = Cancel
action-close = Close

palette-title = Command palette
palette-placeholder = Type a command…
palette-nothing = No command matches.

shortcuts-title = Keyboard shortcuts
shortcuts-group-queue = Queue
shortcuts-group-case = Open case
shortcuts-group-window = Window
shortcuts-typing-note = Single-key shortcuts are off while you type in a field; Esc leaves the field.

agent-prompt-title = Who are you?
agent-prompt-text = Notes, replies and drafts are written in your name. Choose yourself once; Switchboard remembers it on this computer.
agent-prompt-no-agents = This workspace has no agents yet. The demo workspace (“switchboard demo”) comes with a team.
agent-prompt-confirm = That's me

notice-status = Case #{ $case } is now { $status }.
notice-status-same = Case #{ $case } is already { $status }.
notice-assigned = Case #{ $case } assigned to { $name }.
notice-unassigned = Case #{ $case } is no longer assigned.
notice-note-added = Note added to case #{ $case }.
notice-reply-recorded = Reply recorded on case #{ $case }.
notice-undone = Undone.
notice-open-a-case-first = Open a case first (Enter on a queue row).

workspace-problem-title = The workspace could not be opened
workspace-problem-hint = Open another workspace, or create a demo one from a terminal:

## Expert directory and handoffs (CLI; issue 5)

error-unknown-expert = There is no expert “{ $value }” (use the number, e-mail or full name; “switchboard experts list” lists them).
error-import-bad-value = Row { $row }, column “{ $column }”: “{ $value }” is not valid. Nothing was imported.
error-batch-missing = Line { $line }: the field “{ $field }” is missing. Nothing was imported.
error-batch-empty = Line { $line }: the field “{ $field }” is empty. Nothing was imported.
error-batch-not-text = Line { $line }: the field “{ $field }” must be text. Nothing was imported.
error-batch-not-number = Line { $line }: the field “{ $field }” must be a whole number. Nothing was imported.
error-batch-not-json = Line { $line } is not a JSON object. Nothing was imported.
error-batch-not-utf8 = Line { $line } is not UTF-8 text. Nothing was imported.
error-batch-unknown-field = Line { $line }: “{ $field }” is not a field of the format (community, from, from_id, text, at, external_id, thread, version). Nothing was imported.
error-batch-future-version = Line { $line } is in version { $value } of the format; this Switchboard reads version 1. Nothing was imported.
error-batch-unknown-community = Line { $line }: no community has the handle “{ $value }”. Nothing was imported.
error-batch-bad-time = Line { $line }: “{ $value }” in “{ $field }” is not a time such as 2026-12-06T09:30:00Z. Nothing was imported.
error-batch-too-long = Line { $line }: the field “{ $field }” is longer than 64 KiB. Nothing was imported.
error-import-duplicate = Row { $row }, column “{ $column }”: “{ $value }” already appears on an earlier row. Nothing was imported.
error-import-missing-column = The file has no “{ $column }” column. Nothing was imported.
error-import-malformed = Row { $row } is not well-formed CSV (a quote is not closed, or the number of columns differs from the header). Nothing was imported.
error-no-open-handoff = Case #{ $case } has no open handoff.
error-several-open-handoffs = Case #{ $case } has several open handoffs; choose one with --handoff.
error-handoff-not-answered = Handoff #{ $handoff } has no answer yet.
error-bad-availability = “{ $value }” is not an availability: use available, away or out:YYYY-MM-DD.
error-bad-working-hours = “{ $value }” are not working hours such as “Mon-Fri 09:00-17:00”.
error-handoff-closed = This handoff is already closed ({ $state ->
    [answered] answered
    [declined] declined
   *[other] expired
}); nothing was changed.
error-handoff-not-due = This handoff is not due yet, so it cannot expire.
error-handoff-due-in-past = A handoff's due time must come after the moment it is asked.
error-expert-retired = { $name } is retired and takes no more handoffs.

experts-empty = No experts yet. Add one with “switchboard experts add” or import a CSV with “switchboard experts import”.
expert-saved = Expert #{ $id } { $name } saved.
expert-retired = Expert #{ $id } { $name } is retired: no more handoffs; past ones stay in the figures.
expert-is-retired = retired
experts-imported = { $file }: { $added } experts added, { $updated } updated, { $unchanged } unchanged.
experts-exported = { $count ->
    [one] 1 expert written to { $file }.
   *[other] { $count } experts written to { $file }.
}
availability-available = available
availability-away = away
availability-out = out until { $date }
suggest-title = Experts for case #{ $case }, best first:
suggest-empty = No active expert to suggest.
reason-topic = knows “{ $topic }”
reason-keyword = “{ $keyword }” in the thread points to “{ $topic }”
reason-customer-language = speaks the customer's language ({ $language })
reason-agent-language = speaks your language ({ $language })
reason-available-now = available now ({ $time })
reason-off-hours = outside working hours ({ $time })
reason-away = away
reason-out-until = out until { $date }
reason-load = { $open ->
    [one] 1 open handoff
   *[other] { $open } open handoffs
}
reason-answer-speed = answers in { $minutes } min (median, 30 days)
handoffs-empty = No handoffs.
handoff-asked = Handoff #{ $handoff } sent to { $expert }, due { $due } ({ $in }); case #{ $case } now waits for the expert.
handoff-answered = Answer recorded on handoff #{ $handoff }; case #{ $case } is now { $status }.
handoff-draft-updated = The answer was added to your draft on case #{ $case }.
handoff-declined = Handoff #{ $handoff } declined; case #{ $case } no longer waits for it.
handoffs-expired = { $count ->
    [one] 1 overdue handoff expired.
   *[other] { $count } overdue handoffs expired.
}
trail-empty = Nothing in this case's audit trail yet.
audit-handoff-asked = handoff asked
audit-handoff-answered = handoff answered
audit-handoff-declined = handoff declined
audit-handoff-expired = handoff expired
audit-taken-over = taken over
audit-comment-hidden = comment hidden
audit-cluster-reply = answered with its cluster
audit-helper-reply = helper's reply
audit-by-helper = { $actor } (helper)
mail-question = Question
mail-excerpt = From the conversation
mail-language = Customer's language
mail-due = Answer needed by
mail-priority = Priority
mail-reference = Reference
mail-reply-hint = Please reply to this e-mail and keep the reference in the subject.
col-expert-id = No.
col-expert = Expert
col-department = Department
col-topics = Topics
col-languages = Languages
col-hours = Working hours
col-availability = Availability
col-open-handoffs = Open
col-median-answer = Median answer
col-rank = Rank
col-score = Score
col-reasons = Why
col-handoff = Handoff
col-state = State
col-question = Question
col-event = Event
col-actor = By
col-detail = Detail
col-asked = Asked
col-answered-in-time = Answered in time
col-cases = Cases
col-with-expert = With an expert
col-share = Share

## Handoffs and the expert directory in the window

action-handoff = Ask an expert
action-experts = Expert directory
handoff-dialog-title = Ask an expert about case #{ $case }
handoff-loading = Loading…
handoff-no-experts = There is no active expert to ask. Add one in the expert directory (d).
handoff-suggested = Suggested, best first
handoff-question-label = Question for the expert
handoff-question-placeholder = What do you need to know to answer the customer?
handoff-excerpt-label = From the conversation (the expert sees this)
handoff-due-label = Answer needed by
handoff-priority-label = Priority
handoff-due-invalid = The due time is not a date and time; nothing was sent.
priority-low = low
priority-normal = normal
priority-high = high
priority-urgent = urgent
handoff-send = Send to { $name }
handoff-send-nobody = Send
handoff-to = to { $name }
handoff-answered-by = answered by { $name }
handoff-record-answer = Record answer
handoff-answer-placeholder = The expert's answer, as it came back
handoff-by-placeholder = Answered by (if not { $name })
handoff-answer-save = Save answer
handoff-decline = Decline
handoff-decline-placeholder = Why (optional)
handoff-decline-save = Decline handoff
handoff-email = E-mail to the expert
handoff-insert = Insert into draft
notice-handoff-sent = Case #{ $case } now waits for { $name }.
notice-answer-recorded = Answer recorded on case #{ $case }.
notice-handoff-declined = Handoff declined; case #{ $case } no longer waits for it.
notice-answer-inserted = The expert's answer is in your draft on case #{ $case }.
notice-handoff-emailed = The e-mail was handed to your mail program; the link is also on the clipboard.
trail-title = History
trail-show-all = Show all { $count }
trail-show-latest = Show latest only
trail-handoff_asked = { $actor } asked { $expert }
trail-handoff_answered = { $expert } answered (recorded by { $actor })
trail-handoff_declined = Handoff to { $expert } declined by { $actor }
trail-handoff_expired = Handoff to { $expert } expired without an answer
trail-taken_over = { $actor } took the case over from { $detail }
trail-comment_hidden = { $actor } hid the fan's comment with personal data
trail-cluster_reply = { $actor } answered it with its cluster: { $detail }
trail-helper_reply = { $actor } replied
trail-helper = helper
trail-helper-title = Joined for the crisis day: their entries are marked
experts-title = Expert directory
experts-show-retired = Show retired
experts-new = New expert
experts-empty-window = No experts yet: add one, or import a CSV with “switchboard experts import”.
expert-available-now = available now
expert-not-available-now = not available now
expert-edit = Edit profile
expert-retire = Retire
expert-save = Save
expert-handoffs-title = Their handoffs, every community
expert-field-email = E-mail
expert-field-time-zone = Time zone
expert-field-chat = Chat handle
expert-hint-topics = baggage-delayed; refund
expert-hint-languages = de; en; fr
expert-hint-time-zone = Europe/Zurich
expert-hint-hours = Mon-Fri 09:00-17:00
expert-hint-availability = available, away or out:2026-12-31

## Templates and languages in the window

action-template = Saved replies
templates-title = Saved replies
templates-search-placeholder = Search by topic, tag or text
templates-in-language = in { $language }
templates-none = No saved reply matches.
replies-title = Saved replies
replies-backlog = Translation backlog
replies-backlog-count = { $count } to translate or confirm
replies-new-id = New reply id (e.g. seat-refund)
replies-new = Write
replies-state-missing = missing
replies-state-outdated = outdated
replies-served-by = served by { $locale } meanwhile
replies-any-brand = any brand
replies-reference = reference
replies-tags = Tags
replies-source = Text (Fluent)
replies-confirm = Still right: confirm
replies-pick-variant = Pick a language above to edit it.
replies-saved = Saved.
replies-saved-reference = Saved: { $count } other variants are now outdated.
replies-unchanged = Nothing changed.
replies-confirmed = Confirmed: no longer outdated.
action-replies = Manage saved replies
templates-for-topic = for this case
templates-pick-one = No saved reply is for this case's topic: pick one with ↓ or a click, or type to search.
templates-insert = Insert
templates-outdated = outdated
templates-other-language-short = other language
templates-other-language = This text is in { $used }, not in { $wanted }: there is no { $wanted } version yet.
templates-missing = Fill in before sending: { $names }
notice-template-inserted = The saved reply is in your draft on case #{ $case }.
language-notice = This customer writes in { $language }; this page is { $page }.
language-notice-confidence = detected with { $percent } % confidence
language-notice-sibling = The brand's { $community } page answers in that language.
language-notice-reply = Reply in { $language }
lang-en = English
lang-fr = French
lang-de = German
lang-it = Italian
lang-nl = Dutch
lang-es = Spanish
lang-pt = Portuguese

## Templates and language detection (CLI; issue 4)

error-template-syntax = Line { $line }, column { $column }: this is not valid Fluent ({ $detail }).
error-template-attribute-line = Line { $line }: a line starting with “.” would become an attribute; rephrase it.
error-template-unknown-variable = Line { $line }, column { $column }: there is no variable ${ $name } (use $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer or $statement_link).
error-template-unknown-term = Line { $line }, column { $column }: there is no term -{ $name } (use -brand or -sign-off).
error-template-message-reference = Line { $line }, column { $column }: a template cannot use another message ({ $name }).
error-template-empty = A template text cannot be empty.
error-template-text-too-large = A template text can be at most { $limit } long.
error-template-too-large = The text of template “{ $template }” for { $locale } is longer than { $limit }. Nothing was saved.
error-template-import-syntax = { $file }, line { $line }, column { $column }: this is not valid Fluent ({ $detail }). { $count } problem(s) in all. Nothing was imported.
error-template-import-bad-id = { $file }, line { $line }: “{ $id }” is not a template id (lowercase letters, digits and -). { $count } problem(s) in all. Nothing was imported.
error-template-import-missing-topic = { $file }, line { $line }: “{ $id }” has no .topic. { $count } problem(s) in all. Nothing was imported.
error-template-import-duplicate = { $file }, line { $line }: “{ $id }” appears twice. { $count } problem(s) in all. Nothing was imported.
error-template-import-file-too-large = { $file } is larger than { $limit }. Nothing was imported.
error-template-import-text-syntax = { $file }, line { $line }, column { $column }: the text of “{ $id }” is not valid Fluent ({ $detail }). { $count } problem(s) in all. Nothing was imported.
error-template-import-attribute-line = { $file }, line { $line }: in “{ $id }”, a line starting with “.” would become an attribute. { $count } problem(s) in all. Nothing was imported.
error-template-import-unknown-variable = { $file }, line { $line }, column { $column }: “{ $id }” uses ${ $name }, which is not a variable (use $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer, $statement_link). { $count } problem(s) in all. Nothing was imported.
error-template-import-unknown-term = { $file }, line { $line }, column { $column }: “{ $id }” uses -{ $name }, which is not a term (use -brand or -sign-off). { $count } problem(s) in all. Nothing was imported.
error-template-import-message-reference = { $file }, line { $line }, column { $column }: “{ $id }” uses another message ({ $name }), which a template cannot. { $count } problem(s) in all. Nothing was imported.
error-template-import-empty = { $file }, line { $line }: “{ $id }” has no text. { $count } problem(s) in all. Nothing was imported.
error-template-import-too-large = { $file }, line { $line }: the text of “{ $id }” is longer than { $limit }. { $count } problem(s) in all. Nothing was imported.
error-unknown-template = There is no template “{ $value }”.
error-no-variant = Template “{ $template }” has no text for { $locale }, nor any to fall back on.
error-check-findings = { $count ->
    [one] 1 problem found.
   *[other] { $count } problems found.
}
check-syntax = not valid Fluent at column { $column } ({ $detail })
check-bad-id = “{ $id }” is not a template id (lowercase letters, digits and -)
check-missing-topic = “{ $id }” has no .topic
check-duplicate = “{ $id }” appears twice
check-missing-message = “{ $id }” is missing (it is in { $reference })
check-extra-message = “{ $id }” is not in { $reference }
check-topic-mismatch = “{ $id }” has topic “{ $topic }”, the reference says “{ $expected }”
check-variable-mismatch = “{ $id }” uses { $found }, the reference uses { $expected }
check-template-syntax = “{ $id }”: not valid Fluent at line { $line }, column { $column } ({ $detail })
check-template-attribute-line = “{ $id }”: line { $line } starts with “.”
check-template-unknown-variable = “{ $id }”: unknown variable ${ $name } at line { $line }, column { $column }
check-template-unknown-term = “{ $id }”: unknown term -{ $name } at line { $line }, column { $column }
check-template-message-reference = “{ $id }”: uses another message ({ $name })
check-template-empty = “{ $id }” is empty
check-template-text-too-large = “{ $id }” is longer than { $limit }
check-file-too-large = larger than { $limit }; not checked
templates-check-ok = No problems in { $count } files and templates.
templates-exported = { $count } files written to { $dir }.
templates-imported = { $files } files read: { $saved } texts saved, { $unchanged } unchanged.
templates-backlog-empty = Every community has every template in its language, up to date.
col-template = Template
col-served-by = Meanwhile
backlog-missing = missing
backlog-outdated = outdated
action-language-pseudo = UI language: pseudo (shows hard-coded text)
template-saved = Template “{ $template }” saved for { $locale }.
template-reference-saved = Reference text of “{ $template }” saved for { $locale }; { $outdated } other texts are now outdated.
template-unchanged = Template “{ $template }” for { $locale } is already exactly this; nothing was changed.
template-confirmed = Template “{ $template }” for { $locale } confirmed: no longer outdated.
bench-progress = { $done } of { $total } cases ({ $percent } %), { $rate } cases/s, about { $left } s left
bench-generated = { $target }: { $communities } communities, { $cases } cases ({ $open } not resolved), { $messages } messages, { $handoffs } handoffs, in { $seconds } s.
bench-measuring = measuring: { $what }
serve-listening = Receiving Meta webhooks at { $url }
webhooks-replayed = { $file }: replayed, { $stored } events recorded, { $duplicates } there already; removed.
webhooks-still-failing = { $file }: { $stored } events recorded, { $failed } still not; kept.
webhooks-unreadable = { $file }: not a webhook body; kept.
webhooks-none = No webhook delivery to replay in { $dir }.
error-missing-secret = No { $what ->
    [app-secret] Meta app secret
   *[other] webhook verify token
} is configured: set it in the system keychain, or in { $what ->
    [app-secret] SWITCHBOARD_META_APP_SECRET
   *[other] SWITCHBOARD_META_VERIFY_TOKEN
} on a server without one.

## The Meta connector (CLI and window)
connect-done = { $community } is connected to its page ({ $url }).
connect-removed = { $community } is disconnected; its page token was removed from the keychain.
sync-report = Synced { $synced } communities: { $stored } new messages, { $sent } replies sent, { $failed } refused.
sync-running = Syncing the connected pages (Ctrl+C stops)…
fake-graph-listening = Fake Graph server at { $url }
demo-surge-page = { $name } ({ $page }): { $written } new fans wrote about cancelled flights.
demo-surge-none = No page of the fake Graph server has “{ $brand }” in its name: nothing was written.
connections-none = No community is connected to its page. Connect one with “switchboard connect”.
connections-row = { $community }: { $status }, last sync { $last }, { $pending } replies waiting { $error }
reply-queued = Reply { $reply } on case { $case } is in the outbox; it is sent to the page in a moment.
error-window-closed = The Messenger window closed on { $closed }: Meta no longer lets the page answer this fan. Nothing was sent; your text is kept.
error-graph-back-off = Meta asks Switchboard to slow down. Nothing is lost; it tries again shortly.
error-graph-reauthorize = Meta refused the page token: connect the page again. Nothing is lost.
error-graph-outside-window = Meta says the reply window is closed. Your text is back in the draft.
error-graph-rejected = Meta refused the request: { $detail }
error-graph-unreachable = The Graph API could not be reached: { $detail }
error-graph-unexpected = The Graph API answered something unexpected: { $detail }
error-no-token = There is no page token for { $value } in the keychain: connect the page again.
error-keychain-unavailable = The keychain is not available ({ $detail }). Unlock it, or start a Secret Service such as GNOME Keyring.
sync-title = Page sync
sync-ok = synced { $when }
sync-never = connected, not synced yet
sync-needs-reauth = needs re-authorisation
sync-backing-off = Meta asked to slow down; next try { $when }
sync-failing = sync failing; next try { $when }
sync-not-connected = not connected
outbox-title = Not sent yet
outbox-pending = Sending…
outbox-sending = Sending…
outbox-failed = Not sent
outbox-reason-outside-window = The Messenger window was closed; the text is back in your draft.
outbox-reason-unconfirmed = We could not confirm that it reached the page: check the page before retrying.
outbox-reason-reauthorize = Waiting for the page to be connected again.
outbox-reason-back-off = Meta asked to slow down; it will be sent shortly.
outbox-retry = Retry
outbox-withdraw = Back to draft
connect-title = Connect pages
connect-demo-label = Demo server
connect-demo-submit = Connect every community to the demo server
connect-page-community = Community
connect-page-url = Graph API URL
connect-page-token = Page access token
connect-page-submit = Connect the page
connect-connected = { $count } communities connected.
palette-connect = Connect pages…
notice-reply-queued = Reply on case { $case } is being sent to the page.

## Presence and collisions (issue 14)

reply-held-reply = { $initials } ({ $name }) replied { $seconds } s ago.
reply-held-pending = { $initials } ({ $name }) has a reply on its way to the page, written { $seconds } s ago.
reply-held-message = New message #{ $id } from { $author }: { $text }
reply-held-hint = To send yours anyway: switchboard reply { $case } { $flags } (with your --as and --text).
error-reply-held = Nothing was sent: something new came on this case since the message you saw (above).
presence-viewing = { $who } is viewing
presence-typing = { $who } is typing…
presence-title-viewing = { $name } ({ $initials }) has this case open
presence-title-typing = { $name } ({ $initials }) is writing on this case
presence-on-case = Colleagues on this case
team-label = Team
team-online-title = Online now: { $names }
team-nobody = Nobody else is online
ago-seconds = { $seconds } s ago
ago-duration = { $duration } ago
collision-title = Someone got there first
collision-intro = Your reply was not sent: the case changed since you started writing.
collision-replied = { $who } replied { $ago }
collision-pending = { $who } has a reply on its way to the page ({ $ago })
collision-new = New on the case
collision-send-anyway = Send anyway
collision-back = Back to the draft
takeover-title = Take over from { $holder }?
takeover-text = { $holder } holds case { $case }. Taking it over makes it yours; it is recorded in the case's history.
takeover-confirm = Take over
notice-taken-over = Case { $case } is yours now.

## Connecting pages from the window
error-wrong-page = This token belongs to page { $found }, but { $community } is page { $expected }. Nothing was changed.
error-no-demo-pages = The demo server at { $value } has none of this workspace's pages.
header-pages = Pages
connect-intro = Each community answers from its Facebook page. Paste the page's access token to connect it: Switchboard checks it with Meta and keeps it in the system keychain, never in the workspace.
connect-demo-hint = The demo's fake Graph server (started by scripts/demo, or “switchboard fake-graph”) hands out its pages' tokens.
connect-demo-url = Demo server URL
connect-page-id = Page { $id }
connect-page-human-agent = Meta allows this app the Human Agent tag (Messenger replies up to 7 days)
connect-open-form = Connect…
connect-reconnect = Reconnect…
connect-disconnect = Disconnect
connect-connecting = Connecting…
connect-last-error = Last error: { $error }
connect-next-attempt = next attempt { $when }
connect-one-done = { $community } is connected to its page.
connect-token-missing = Paste the page access token first.
composer-send-page = Send to the page
composer-window-closed-connected = The Messenger window is closed (since { $when }): Meta no longer takes replies to this fan, so this reply cannot be sent. Your text is kept; answer under a public comment or through another channel.
connect-token-refused = Meta does not accept this token for page { $id }: paste a page access token of this page. Nothing was changed.
sync-short-reauth = re-authorise
sync-short-backing-off = slowed down
sync-short-failing = failing
header-pages-attention = { $count ->
    [one] One page needs you: a new token, or its sync keeps failing.
   *[other] { $count } pages need you: a new token, or their sync keeps failing.
}
error-incomplete-workspace = This workspace is incomplete: `{ $value }` was stopped before it finished. Run it again to make it whole.
error-workspace-opening = The workspace is still opening.
warning-incomplete-workspace = Warning: this workspace is incomplete (`{ $value }` was stopped before it finished).
bench-confirm = This replaces the workspace at { $target } ({ $communities } communities) with a generated year. Continue? [y/N]
error-bench-needs-yes = Generating would replace this workspace's data. Run it again with --yes to confirm.
error-damaged-database = The workspace file { $path } is damaged ({ $detail }). It was left as it is: restore a backup, or open it to read and export what it has.
error-read-only-database = The workspace { $path } is open read-only: nothing was written.
warning-read-only-file = Warning: { $path } cannot be written by you; the workspace is open read-only.
warning-damaged-database = Warning: { $path } is damaged ({ $detail }); the workspace is open read-only so that nothing makes it worse. Restore a backup, or export what you need.

## Claims and following the desk
case-claimed = Case { $case } is now { $agent }’s.
next-none = No unassigned open case.
watch-started = Watching the desk’s changes after number { $seq } (Ctrl+C stops).
watch-line = { $at }  #{ $seq }  { $entity } { $id }  { $community }
changes-pruned = { $count } change log entries older than { $days } days deleted.

## Import of messages in bulk
batch-progress = { $done } of { $total } messages ({ $percent } %, { $rate }/s)
batch-imported = { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    }: { $stored ->
        [one] { $stored } message stored
       *[other] { $stored } messages stored
    }, { $duplicates } already there, { $cases ->
        [one] { $cases } new case
       *[other] { $cases } new cases
    } in { $communities ->
        [one] { $communities } community
       *[other] { $communities } communities
    } ({ $seconds } s).

## Team mode (switchboard team ...)
error-schema-behind = The desk's schema is older than this Switchboard (schema { $found }; this version needs { $supported }), and your login may not update it. Ask the administrator to run “switchboard team setup” with the owner's URL.
error-team-needs-owner = Only the desk's owner may do this: run it with the URL of the login that owns the desk's tables and may create roles.
error-team-needs-postgres = Team mode needs a PostgreSQL desk (--db postgres://user@host/db); a SQLite workspace is one person's.
error-team-acting-as-other = You are connected as { $login }'s login: you cannot act as { $asked }.
error-team-not-a-member = { $value } is not a member of the team. “switchboard team members” lists them.
team-setup-done = Team mode on { $target }: schema { $version }; members' group role { $group } { $created ->
        [yes] created
       *[no] already there
    }; team mode { $enabled ->
        [yes] switched on
       *[no] already on
    }; privileges granted.
team-setup-revoked-create = Logins other than the owner may no longer create tables in the desk's schema.
warning-team-public-create = Warning: every login may create tables in the desk's schema and this login may not change that; ask the schema's owner to run “REVOKE CREATE ON SCHEMA … FROM PUBLIC”.
team-member-added = Added { $initials } ({ $name }) as login { $login }, seeing { $communities }{ $until ->
        [none] {""}
       *[other] {""} until { $until }
    }. Their connection URL:
team-member-url-once = This URL holds the password and is shown only this once: give it to the member privately.
team-no-members = No members yet: “switchboard team add-member” adds one.
team-until = until { $until }
team-ended = ended { $until }
team-member-removed = Removed { $initials }: login { $login } no longer works; their agent and what they wrote stay.

## Crisis days
crisis-no-alerts = No spike alert in this period.
crisis-alert-line = { $at }  { $community }: { $requesters } people in the window, { $ratio }× the usual { $baseline } (peak { $peak })
crisis-thresholds = Spike alert at { $ratio }× the usual number of people writing in { $window } minutes, with at least { $min } people and a chance of at most { $chance }.
notify-spike = { $community } is surging: { $requesters } people wrote in the last hour, { $ratio }× the usual.
matrix-spike = Spike
matrix-spike-title = Spike since { $since }: { $requesters } people in an hour ({ $ratio }× the usual { $baseline }); { $peak } at the most.

## Crisis mode: declaring, statements, playbooks
crisis-declared = Crisis { $id } “{ $name }” declared over { $communities }: new cases there get a first response within { $first } and are stamped with it.
crisis-ended-now = Crisis { $id } “{ $name }” ended: new cases get the normal terms again.
crisis-none = No crisis declared yet.
crisis-line = { $id }  { $name }  ({ $scope })  since { $since }{ $until ->
    [none] {""}
   *[other] {""}, ended { $until }
}  { $cases } case(s), first response within { $first }
crisis-published = Statement: { $queued } post(s) to publish or update, { $unchanged } unchanged, { $refused } page(s) left out.
crisis-no-clusters = No cluster of { $min } or more open cases.
col-cluster = Asking about
col-pages = Pages
col-sample = For example
statement-missing-locale = no statement in { $locale }: left out (never another language)
statement-not-connected = not connected to its page: left out
statement-post-state = post { $state } { $post }
statement-not-published = not published yet
playbook-line = { $id }  { $name }  (first response { $first } min)  { $missing } community(ies) without a statement, { $outdated } outdated
playbook-missing = No statement in their language: { $communities }
playbook-outdated = Outdated statement: { $communities }
playbook-saved = Playbook { $id } saved.
playbook-imported = { $playbooks } playbook(s) imported; statements: { $saved } written, { $unchanged } unchanged.
error-crisis-bad-scope = “{ $value }” is not a scope: use all, brand:<brand>, language:<code> or community:<handle>.
error-crisis-empty-scope = { $value } covers no community of this workspace.
error-crisis-overlap = { $community } is already in crisis { $crisis } ({ $name }): end that one first.
error-crisis-no-name = A crisis and a playbook need a name.
error-crisis-unknown-playbook = There is no playbook “{ $value }” (switchboard playbook list shows them).
error-crisis-ended = Crisis { $crisis } has ended: its statement can no longer be changed or published.
error-crisis-bad-duration = “{ $value }” is not a duration such as 90m, 4h or 3d.
error-crisis-playbook-file = { $file }, line { $line }: { $what ->
    [bad-minutes] “{ $id }” needs .first-response-minutes and .resolution-minutes in whole minutes (at most 60 days)
    [no-name] “{ $id }” has no name
    [bad-id] “{ $id }” is not a playbook id (lowercase letters, digits and -)
    [duplicate] “{ $id }” appears twice
    [too-large] the file is too large
    [not-a-statement] “{ $id }” is not the statement of a playbook (playbook-<id> with .topic = statement)
   *[syntax] this is not valid Fluent
}. { $count } problem(s) in all. Nothing was imported.
crisis-declare-action = Declare a crisis…
crisis-declare-short = Declare crisis
crisis-title = Crisis
crisis-declare-title = Declare a crisis
crisis-from-alert = Spike on { $community }: { $requesters } people in an hour, { $ratio }× the usual.
crisis-name = Name
crisis-scope = Pages
crisis-scope-brand = Every { $brand } page
crisis-scope-community = Only { $community }
crisis-scope-language = Every page in { $language }
crisis-scope-all = Every page
crisis-playbook = Playbook
crisis-no-playbook = None: write the statement fresh
crisis-first-response = First response for new cases (hours)
crisis-declare-confirm = Declare
crisis-statement-title = Holding statement — { $name }
crisis-statement-hint = One post per page, in the page's language. A page with no text in its language is left out, never given another language.
crisis-gap-missing = No statement in { $locale }: left out
crisis-gap-not-connected = Not connected: left out
crisis-outdated = Outdated text
crisis-edit = Edit
crisis-save-text = Save for { $locale }
crisis-post-none = Not published yet
crisis-post-pending = Publishing…
crisis-post-sending = Publishing…
crisis-post-sent = ✓ On the page ({ $post })
crisis-post-failed = Refused by the page
crisis-publish = { $count ->
    [one] Publish on 1 page
   *[other] Publish on { $count } pages
}
crisis-report = { $queued } to publish or update, { $unchanged } unchanged, { $refused } left out.
crisis-banner = Crisis: { $name }
crisis-banner-terms = first response within { $promise } · since { $since } · { $cases } case(s)
crisis-hours = { $hours } h
crisis-minutes = { $minutes } min
crisis-banner-statement = Statement
crisis-end = End crisis
crisis-end-confirm = End it now
crisis-ended-notice = Crisis “{ $name }” ended: new cases get the normal terms.

## Privacy guard
error-private-not-a-comment = Case { $case } is not a public comment: there is no private reply to send.
error-private-already-sent = Case { $case }: the private reply was sent already (the platform allows one per comment).
error-private-expired = Case { $case }: the private reply closed on { $closed_at } (seven days after the comment).
error-private-not-connected = Case { $case }: its page is not connected, so nothing can be sent privately.
privacy-public-pointer = Hi { $first_name }, we've sent you a private message so we can look at this together. Your { $brand } team
error-reply-personal = Nothing was sent: a public reply must not carry personal data. Take it out, or send it privately (--privately).
privacy-found = Personal data ({ $kind }): { $text }
privacy-without = Without it: { $text }
composer-public = Public reply: everyone on the page sees it.
composer-not-connected = Page not connected: this reply is only recorded here and does not reach the customer.
composer-send-private = Send privately
notice-sent-privately = Case { $case }: the private reply and a public note saying so are being sent.
privacy-title = Personal data in a public reply
privacy-text = Everyone on the page would see this. Take it out, or send the reply privately instead.
privacy-remove = Take it out
privacy-send-private = Send privately
privacy-private-closed = The private reply is no longer possible on this comment (sent already, or more than seven days ago).
privacy-private-none = This case has no private reply: take it out.
privacy-kind-booking = Booking reference
privacy-kind-email = E-mail address
privacy-kind-phone = Phone number
privacy-kind-card = Card number
privacy-kind-birthdate = Date of birth
privacy-public-mark = Personal data in public: { $kinds }
privacy-hide = Hide their comment
privacy-hidden = Their comment is hidden on the page (they still see it).
privacy-hidden-notice = The comment is hidden on the page.
privacy-move-hint = Reply with “Send privately” to move the conversation out of public view.
signature-now = Replies are signed: { $signature ->
    [first_name] with the agent's first name and the brand's sign-off
    [brand] with the brand's sign-off only
   *[initials] with the brand's sign-off and the agent's initials
}.
report-period = From { $from } to { $to }:
report-col-key = Group
report-col-opened = Opened
report-col-resolved = Resolved
report-col-first-met = First response met
report-col-first-median = First response (median)
report-col-resolution-met = Resolution met
report-col-resolution-median = Resolution (median)
report-col-backlog = Backlog at the end
report-col-handoffs = Expert handoffs
report-total = Total
report-csv-written = { $file }: { $rows } row(s) written.
action-reports = Reports
header-reports = Reports
reports-title = Reports
reports-period = Period
reports-last-days = Last { $days } days
reports-by = By
reports-by-community = Community
reports-by-brand = Brand
reports-by-locale = Language
reports-by-channel = Channel
reports-by-agent = Agent
reports-by-topic = Topic
reports-by-crisis = Crisis
reports-loading = Counting…
reports-no-cases = No case behind this figure.
reports-definitions = First response: cases opened in the period; resolution: cases resolved in it (time waiting for the customer left out); backlog: open at the end. A row lists its cases.
report-minutes = { $minutes } min
report-hours = { $hours } h { $minutes } min
report-days = { $days } d { $hours } h
report-kept-met = met
report-kept-missed = missed
report-kept-running = running
report-first = First response
report-resolution = Resolution
reports-heat-title = When cases open (hour of the week, each page's time zone)
reports-heat-cell = { $day } { $hour }:00 — { $count } case(s)
report-preparing = Preparing the report figures: { $cases } cases computed…
report-pdf-written = { $file }: report written as PDF.
error-report-pdf = The report could not be written as a PDF: { $reason }
report-pdf-title = Report: { $brands }
report-pdf-generated = Printed { $at }
report-pdf-overview = Overview
report-pdf-first-on-time = First response on time
report-pdf-resolution-on-time = Resolution on time
report-pdf-on-time = On time
report-pdf-median = Median
report-pdf-attainment-chart = On time by group
report-pdf-more-groups = + { $n } more in the table
report-pdf-handoffs = Expert handoffs
report-pdf-handoffs-note = { $in_time } in time · median { $median }
report-pdf-trend = Week by week
report-pdf-table = Every group
report-pdf-topics = Top topics
report-pdf-previous = Previous period
report-pdf-no-data = No cases in this period.
report-pdf-day-unit = d
report-pdf-hour-unit = h
report-pdf-minute-unit = min
report-pdf-day-mon = Mon
report-pdf-day-tue = Tue
report-pdf-day-wed = Wed
report-pdf-day-thu = Thu
report-pdf-day-fri = Fri
report-pdf-day-sat = Sat
report-pdf-day-sun = Sun
reports-custom = Dates…
reports-from = From
reports-to = To (included)
reports-apply = Show
reports-reopened = Reopened: { $count } ({ $rate } of the resolved)
reports-handoffs = Expert handoffs asked: { $asked }; answered in time: { $in_time }, late: { $late }, declined: { $declined }, expired: { $expired }; median answer time: { $median }
reports-trend-title = Week by week: cases opened, first response and resolution on time
reports-topics-title = Top topics, against the period before
reports-topic-samples = What customers write
reports-week-of = Cases opened in the week of { $week }
reports-previous = { $count } in the period before
error-report-bad-period = The period needs a first day before its last day.
reports-backlog-age = Backlog at the end, by age
reports-age-0 = under 1 h
reports-age-1 = 1–4 h
reports-age-2 = 4–24 h
reports-age-3 = 1–3 days
reports-age-4 = 3–7 days
reports-age-5 = 7 days or more
reports-heat-cell-title = Cases opened on { $day } at { $hour }:00

## crisis reply: answering a cluster at once
col-id = Id
channel-messenger = Messenger
channel-messenger_human_agent = Messenger (human agent tag)
channel-comment = public comment reply
channel-private_reply = private reply to a comment
cluster-reply-plan = Cluster { $cluster }, template “{ $template }”: { $count } replies to send, { $left } cases left for you, { $already } answered with it before.
cluster-reply-preview = In { $locale }, { $brand } ({ $count } replies), as case { $case } gets it:
cluster-reply-left = Left for you ({ $count }):
cluster-left-window-closed = Messenger window closed since { $closed }
cluster-left-missing-variables = the text needs what the case does not say: { $names }
cluster-left-not-connected = the page is not connected
cluster-left-no-text = the template has no text in this page's language
cluster-left-personal-data = a public reply would show personal data
cluster-left-resolved = resolved since the cluster was read
cluster-left-no-recipient = not a conversation Switchboard can answer
cluster-reply-dry-run = Nothing was sent. Add --yes to send these replies.
cluster-reply-nothing = No new reply to store.
cluster-reply-countdown = Sending { $count } replies in { $seconds } s. Press Ctrl+C to stop; nothing is stored before then.
cluster-reply-stopped = Stopped: nothing was stored or sent.
cluster-reply-queued = { $queued } replies are in the outbox ({ $already } cases had this reply already; { $left } left for you).
cluster-reply-progress = Sent { $sent } of { $total } ({ $failed } failed)
cluster-reply-waiting = { $waiting } replies are still waiting (a page backing off or without its token); the window or “switchboard sync” will send them.
cluster-renamed = Cluster { $cluster } renamed.
cluster-merged = Cluster { $from } is now part of cluster { $into } ({ $count } cases moved).
cluster-split = { $count } cases moved to the new cluster { $cluster }.
cluster-moved-out = Case { $case } is now alone in cluster { $cluster }.

## Crisis clusters in the window
action-clusters = Crisis clusters
clusters-title = Crisis clusters: open cases asking the same thing
clusters-none = No cluster of { $min } or more open cases.
clusters-cases = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
clusters-pages = { $count ->
    [one] page
   *[other] pages
}
clusters-rename = Rename
clusters-rename-save = Save the name
clusters-move-out = Move out of this cluster
clusters-template = Answer with
clusters-status = Then set the cases to
clusters-status-unchanged = their status as it is
clusters-preview = Preview the replies
clusters-send = Send { $count } replies
clusters-countdown = Sending { $count } replies in { $seconds } s…
clusters-undo = Undo
clusters-undone = Nothing was sent.
clusters-done = All sent: { $sent } replies ({ $failed } failed).
crisis-banner-clusters = Clusters
bench-clusters = { $open } open cases, { $messages } new messages, { $readings } readings (the first { $first } ms, then { $reading } ms at the median). From a message stored to its case in a cluster: p50 { $p50 } ms, p99 { $p99 } ms, at most { $max } ms; never shown: { $unseen }.

## Crisis desk (helpers)
crisis-desk-none = No crisis is running: the crisis desk is empty.
crisis-desk-helper = You help for the crisis until { $until }: your replies are marked in the audit trail.
crisis-desk-crisis = Crisis: { $name } ({ $pages })
crisis-desk-guidance = Guidance from the playbook “{ $playbook }”:
crisis-desk-no-guidance = No playbook guidance for this crisis.
crisis-desk-clusters = Clusters of { $min } or more cases that ask the same thing: { $count }
crisis-desk-cases = Other cases, most urgent first: { $shown } of { $count }
crisis-desk-title = Crisis desk
action-crisis-desk = Crisis desk (for helpers)
crisis-banner-desk = Crisis desk
crisis-desk-answer = Answer them together…
crisis-desk-clusters-title = Clusters
crisis-desk-cases-title = Other cases
clusters-merge-into = Merge into
clusters-merge = Merge
clusters-split-pick = Split off
clusters-split = Split the ticked cases into a new cluster

reports-no-topic = No topic
## Case topics as people name them (the slug stays the same in scripts)
topic-delay = Delay
topic-refund = Refund
topic-special-assistance = Special assistance
topic-assistance = Assistance
topic-loyalty = Loyalty programme
topic-booking-change = Booking change
topic-baggage = Baggage
topic-baggage-delayed = Delayed baggage
topic-baggage-lost = Lost baggage
topic-baggage-damaged = Damaged baggage
topic-cancellation = Cancellation
topic-seat = Seat
topic-seating = Seating
topic-compliment = Compliment
topic-crisis = Crisis
topic-self-service = Self-service
topic-expert = Expert answer
