# Oberflächentexte von Switchboard (Deutsch).

## Fehler

error-not-found = { $what ->
    [case] Es gibt keinen Fall
    [community] Es gibt keine Community
    [brand] Es gibt keine Marke
    [agent] Es gibt keinen Agenten
    [expert] Es gibt keinen Experten
   *[other] Es gibt kein Element ({ $what })
} «{ $key }».
error-conflict = { $what ->
    [community] Die Community
    [page] Die Seite
    [agent] Der Agent
    [message] Die Nachricht
   *[other] Das Element ({ $what })
} «{ $key }» existiert bereits; nichts wurde geändert.
error-case-transition = Ein Fall kann nicht von «{ $from }» zu «{ $to }» wechseln.
error-bad-locale = «{ $value }» ist keine Sprache wie fr-CH, de-CH oder en.
error-bad-brand = «{ $value }» ist kein Markenname: Er braucht mindestens einen Buchstaben oder eine Ziffer.
error-bad-time-zone = «{ $value }» ist keine Zeitzone wie Europe/Zurich.
error-empty-message = Eine leere Nachricht kann nicht gespeichert werden.
error-case-resolved = Dieser Fall ist gelöst; öffnen Sie ihn wieder, bevor Sie ihn ändern.
error-missing-database = Unter { $path } gibt es keinen Arbeitsbereich. Legen Sie einen mit «switchboard demo» oder «switchboard community add» an.
error-not-a-database = { $path } ist kein Switchboard-Arbeitsbereich; die Datei blieb unverändert.
error-schema-too-new = Dieser Arbeitsbereich stammt von einer neueren Switchboard-Version (Schema { $found }; diese Version kennt { $supported }). Aktualisieren Sie Switchboard; nichts wurde geändert.
error-database-unreachable = Die Datenbank { $target } lässt sich nicht öffnen: { $reason }
error-database-error = Die Datenbank hat den Vorgang abgelehnt: { $reason }
error-unknown-community = Es gibt keine Community «{ $value }». «switchboard communities» listet sie auf.
error-unknown-brand = Es gibt keine Marke «{ $value }».
error-unknown-agent = Es gibt keinen Agenten «{ $value }» (Initialen oder vollständiger Name).
error-bad-input = «{ $value }» ist kein gültiger Wert für { $field }.
error-bad-database-url = «{ $value }» ist keine Datenbank-URL. Verwenden Sie sqlite:PFAD oder postgres://benutzer:passwort@host:port/datenbank.
error-io = Ein- oder Ausgabe fehlgeschlagen: { $reason }
error-demo-needs-yes = Die Demo würde die Daten dieses Arbeitsbereichs ersetzen. Starten Sie sie mit --yes, um zu bestätigen.

## Demo-Arbeitsbereich

demo-confirm = Die Demo ersetzt den Arbeitsbereich { $target } ({ $communities } Communities). Fortfahren? [j/N]
demo-confirm-yes = j
demo-cancelled = Nichts wurde geändert.
demo-created = Demo-Arbeitsbereich bereit unter { $target }: { $communities } Communities, { $cases } Fälle, { $messages } Nachrichten, { $experts } Experten.

## Listen

communities-empty = Noch keine Communities. Fügen Sie eine mit «switchboard community add» hinzu oder probieren Sie «switchboard demo».
community-added = Community { $handle } hinzugefügt (Seite { $page }).
queue-empty = Hier sind keine offenen Fälle. Niemand wartet.
search-empty = Keine Nachricht passt.
inbound-stored = Nachricht im Fall Nr. { $case } gespeichert.
inbound-duplicate = Bereits im Fall Nr. { $case } gespeichert; nichts wurde geändert.
case-changed = Fall Nr. { $case } ist jetzt: { $status }.
handoff = Übergabe

col-community = Community
col-brand = Marke
col-locale = Sprache
col-open = Offen
col-at-risk = Gefährdet
col-breached = Überfällig
col-oldest-waiting = Längste Wartezeit
col-case = Fall
col-customer = Kunde
col-status = Status
col-sla = SLA
col-due = Fällig
col-assignee = Zuständig
col-subject = Betreff
col-author = Autor
col-when = Zeit
col-message = Nachricht

sla-on-track = im Plan
sla-at-risk = gefährdet
sla-breached = überfällig
sla-paused = pausiert
sla-done = erledigt

status-new = neu
status-open = offen
status-waiting-customer = wartet auf Kunde
status-waiting-expert = wartet auf Experte
status-resolved = gelöst

direction-inbound = Kunde
direction-outbound = Antwort
direction-note = interne Notiz

## Fenster

window-title = Switchboard
window-loading = Arbeitsbereich wird geladen…
window-all-communities = Alle Communities

## Fenster (Menü, Benachrichtigungen)

menu-file = Datei
menu-open = Arbeitsbereich öffnen…
menu-quit = Beenden
notify-at-risk = Fall Nr. { $case } ({ $community }, { $customer }) droht sein SLA zu verfehlen.
notify-breached = Fall Nr. { $case } ({ $community }, { $customer }) hat sein SLA verfehlt.
