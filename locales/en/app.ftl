# Switchboard's interface strings (English, the reference locale).
# Every locale has every message here, with the same variables (a test checks).

## Errors: error-<code>, filled with the error's arguments


error-not-found = There is no { $what ->
    [case] case
    [community] community
    [brand] brand
    [agent] agent
    [expert] expert
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
search-empty = No message matches.
inbound-stored = Message recorded on case #{ $case }.
inbound-duplicate = Already recorded on case #{ $case }; nothing changed.
case-changed = Case #{ $case } is now { $status }.
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
