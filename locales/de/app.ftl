# Oberflächentexte von Switchboard (Deutsch).

## Fehler

error-not-found = { $what ->
    [case] Es gibt keinen Fall
    [community] Es gibt keine Community
    [brand] Es gibt keine Marke
    [agent] Es gibt keinen Agenten
    [expert] Es gibt keinen Experten
    [handoff] Es gibt keine Rückfrage
    [variant] Es gibt keinen Text des Textbausteins
    [template] Es gibt keinen Textbaustein
    [cluster] Es gibt keinen Cluster
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
error-case-held = Fall { $case } wird von { $holder } bearbeitet. Übernehmen Sie ihn, um daran zu arbeiten.
error-snooze-not-ahead = Ein Fall lässt sich nur bis zu einem Zeitpunkt in der Zukunft zurückstellen.
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
search-empty = Keine Nachricht passt in den gezeigten Filtern.
inbound-stored = Nachricht im Fall Nr. { $case } gespeichert.
inbound-duplicate = Bereits im Fall Nr. { $case } gespeichert; nichts wurde geändert.
case-changed = Fall Nr. { $case } ist jetzt: { $status }.
case-snoozed = Fall Nr. { $case } ist bis { $until } zurückgestellt: Er wartet auf die Kundschaft und ist dann wieder offen.
handoff = Rückfrage

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
notify-handoff-reminder = { $expert } hat die Rückfrage zu Fall #{ $case } noch nicht beantwortet; sie ist in { $minutes } Min. fällig.
notify-handoff-expired = Die Rückfrage an { $expert } zu Fall #{ $case } ist ohne Antwort verfallen; der Fall ist zurück in der Warteschlange.

## Das Desk-Fenster (ui/)

error-no-agent = Wählen Sie zuerst, wer Sie sind («Ich» in der Kopfzeile): Notizen, Antworten und Entwürfe werden in Ihrem Namen geschrieben.
error-unexpected = Etwas ist schiefgelaufen: { $reason }

backend-sqlite = SQLite (dieser Computer)
backend-postgres = PostgreSQL (gemeinsamer Team-Server)
header-open-workspace = Arbeitsbereich öffnen…
header-me = Ich
header-me-nobody = Wählen Sie, wer Sie sind…
header-me-login = Ihr Datenbank-Login sagt, wer Sie sind (Teammodus).
header-language = Sprache
language-name-en = English
language-name-fr = Français
language-name-de = Deutsch
language-name-it = Italiano

key-ctrl = Strg
key-enter = Eingabe
key-escape = Esc
key-space = Leertaste

duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
duration-days = { $days } T. { $hours } h
countdown-overdue = −{ $duration }

matrix-title = Communities
matrix-loading = Offene Fälle werden gezählt…
matrix-empty-title = Dieser Arbeitsbereich hat noch keine Communities.
matrix-empty-demo = Um Switchboard mit Beispielseiten und -fällen auszuprobieren, führen Sie aus:
matrix-empty-add = Um eine Ihrer Seiten hinzuzufügen, führen Sie aus:
matrix-nobody-waiting = niemand wartet
matrix-cell-title = { $handle }: { $open } offen, { $atRisk } gefährdet, { $breached } überfällig; längste Wartezeit: { $oldest }

queue-title = Warteschlange
queue-loading = Warteschlange wird geladen…
queue-counting = Wird gezählt…
queue-total = { $count ->
    [one] 1 Fall
   *[other] { $count } Fälle
}
queue-empty-filtered = Kein Fall passt zu diesen Filtern.

filter-all-brands = Alle Marken
filter-all-locales = Alle Sprachen
filter-all-open = Alle offenen Status
filter-anyone = Alle
filter-unassigned = Nicht zugewiesen
filter-mine = Meine

search-label = Nachrichten durchsuchen
search-placeholder = Nachrichten durchsuchen (Taste /)
search-loading = Suche läuft…
search-hits = { $count ->
    [one] 1 Nachricht gefunden
   *[other] { $count } Nachrichten gefunden
}
search-back = Zurück zur Warteschlange (Esc)
search-every-status = Auch gelöste Fälle

case-pane = Fall
case-facts = Fakten zum Fall
case-loading = Fall wird geöffnet…
case-none-title = Kein Fall geöffnet
case-none-hint = Wählen Sie einen Fall in der Warteschlange oder arbeiten Sie mit der Tastatur:
case-number = Fall Nr. { $case }
case-no-subject = (ohne Betreff)
case-assigned-to = Zuständig: { $name }
case-unassigned = Nicht zugewiesen
case-assignee-me = { $name } (ich)
case-assignee-title = Wer den Fall hat: eine Kollegin, einen Kollegen oder sich selbst wählen ({ $key })
case-follows-up = Folgefall zu Nr. { $case }
case-actions = Aktionen für diesen Fall

kind-messenger = Messenger
kind-comment = Kommentar
kind-visitor-post = Besucherbeitrag
kind-direct = Direkt

sla-title = SLA-Uhren
sla-first-response = Erste Antwort
sla-resolution = Lösung
sla-due-in = fällig { $when } ({ $left })
sla-due-at = fällig { $when }
sla-met-at = beantwortet { $when }
sla-paused-detail = angehalten, solange der Kunde am Zug ist

messenger-title = Messenger-Fenster
messenger-standard = Standardantwort
messenger-human-agent = Human Agent (Tag)
messenger-closes = Offen bis { $when } (noch { $left })
messenger-closed = Geschlossen
messenger-closed-detail = Geschlossen seit { $when }: Messenger nimmt keine Antworten an diesen Fan mehr an. Antworten Sie mit einem öffentlichen Kommentar oder über einen anderen Kanal.

customer-title = Kunde
customer-show-all = Alle { $count } zeigen
customer-unknown = (unbekannt)
customer-no-other-cases = Keine weiteren Fälle dieses Kunden.
customer-other-cases = { $count ->
    [one] 1 weiterer Fall:
   *[other] { $count } weitere Fälle:
}

handoffs-title = Rückfragen
handoff-state-requested = wartet auf Experten
handoff-state-answered = beantwortet
handoff-state-declined = abgelehnt
handoff-state-expired = abgelaufen
handoff-due = fällig { $when }

thread-title = Verlauf
thread-empty = Noch keine Nachrichten.
thread-internal-note = Intern – nicht gesendet

note-label = Interne Notiz (wird dem Kunden nie gesendet)
note-placeholder = Nur für das Team…
note-save = Notiz speichern

composer-label = Antwort an den Kunden
composer-placeholder = Antwort schreiben…
composer-send = Antwort erfassen
composer-sending = Wird erfasst…
composer-resolved = Dieser Fall ist gelöst. Markieren Sie ihn als offen (o), um wieder zu antworten; Ihr Entwurf bleibt erhalten.
composer-window-open = Private Antwort im Messenger (nur die Kundin oder der Kunde sieht sie), möglich bis { $when }.
composer-window-closed = Das Messenger-Fenster ist geschlossen (seit { $when }): Diese Antwort kann nicht über Messenger versendet werden.
draft-saving = Entwurf wird gespeichert…
draft-saved = Entwurf gespeichert
draft-failed = Der Entwurf konnte nicht gespeichert werden.
draft-needs-agent = Entwürfe werden gespeichert, sobald Sie gewählt haben, wer Sie sind.

action-next = Nächster Fall
action-previous = Vorheriger Fall
action-open-case = Ausgewählten Fall öffnen
action-search = Nachrichten durchsuchen
action-toggle-mine = Nur meine Fälle zeigen
action-all-communities = Alle Communities zeigen
action-clear-filters = Filter zurücksetzen
action-resolve = Lösen
action-assign-me = Mir zuweisen
action-unassign = Zuweisung aufheben
action-reopen = Wieder öffnen
action-set-open = Als offen markieren
action-wait-customer = Auf den Kunden warten
action-wait-expert = Auf einen Experten warten
action-reply = Antwort schreiben
action-set-tags = Stichwörter bearbeiten…
case-tags-label = Stichwörter
case-tags-placeholder = vip, presse, …
case-tags-add = + Stichwort
notice-tags-set = { $count ->
    [0] Fall Nr. { $case } hat jetzt keine Stichwörter.
    [one] Fall Nr. { $case } hat 1 Stichwort.
   *[other] Fall Nr. { $case } hat { $count } Stichwörter.
}
action-snooze = Zurückstellen
snooze-hour = in einer Stunde ({ $when })
snooze-three-hours = in drei Stunden ({ $when })
snooze-tomorrow = morgen ({ $when })
snooze-monday = nächsten Montag ({ $when })
snooze-pick = Zeit wählen…
case-snoozed-until = Zurückgestellt bis { $when }
notice-snoozed = Fall Nr. { $case } ist bis { $until } zurückgestellt: Dann ist er wieder offen, oder sobald die Kundschaft antwortet.
action-set-topic = Thema setzen…
case-topic-label = Thema
case-topic-placeholder = baggage-damaged, refund…
case-topic-none = Thema hinzufügen
notice-topic-set = Fall Nr. { $case } hat jetzt das Thema: { $topic }.
notice-topic-cleared = Fall Nr. { $case } hat jetzt kein Thema.
action-save = Speichern
action-assign-to = Einer Kollegin oder einem Kollegen zuweisen…
action-insert-answer = Antwort der Fachperson in den Entwurf einfügen
notice-no-answer-yet = Fall Nr. { $case } hat noch keine Antwort einer Fachperson.
action-send = Antwort erfassen
action-note = Interne Notiz hinzufügen
action-close-case = Fallansicht schliessen
action-palette = Befehlspalette
action-shortcuts = Tastenkürzel
action-undo = Rückgängig
action-escape = Schliessen / zurück zur Warteschlange
action-choose-me = Wählen, wer ich bin
action-open-workspace = Anderen Arbeitsbereich öffnen…
action-refresh = Jetzt aktualisieren
action-language = Sprache der Oberfläche: { $language }
action-retry = Erneut versuchen
action-dismiss = Ausblenden
action-cancel = Abbrechen
action-close = Schliessen

palette-title = Befehlspalette
palette-placeholder = Befehl eingeben…
palette-nothing = Kein Befehl passt.

shortcuts-title = Tastenkürzel
shortcuts-group-queue = Warteschlange
shortcuts-group-case = Offener Fall
shortcuts-group-window = Fenster
shortcuts-typing-note = Kürzel mit einer einzelnen Taste sind aus, solange Sie in einem Feld tippen; Esc verlässt das Feld.

agent-prompt-title = Wer sind Sie?
agent-prompt-text = Notizen, Antworten und Entwürfe werden in Ihrem Namen geschrieben. Wählen Sie sich einmal aus; Switchboard merkt es sich auf diesem Computer.
agent-prompt-no-agents = Dieser Arbeitsbereich hat noch keine Agenten. Der Demo-Arbeitsbereich («switchboard demo») bringt ein Team mit.
agent-prompt-confirm = Das bin ich

notice-status = Fall Nr. { $case } ist jetzt: { $status }.
notice-status-same = Fall Nr. { $case } ist bereits: { $status }.
notice-assigned = Fall Nr. { $case } ist { $name } zugewiesen.
notice-unassigned = Fall Nr. { $case } ist niemandem mehr zugewiesen.
notice-note-added = Notiz zu Fall Nr. { $case } hinzugefügt.
notice-reply-recorded = Antwort in Fall Nr. { $case } erfasst.
notice-undone = Rückgängig gemacht.
notice-open-a-case-first = Öffnen Sie zuerst einen Fall (Eingabetaste auf einer Zeile der Warteschlange).

workspace-problem-title = Der Arbeitsbereich liess sich nicht öffnen
workspace-problem-hint = Öffnen Sie einen anderen Arbeitsbereich oder legen Sie in einem Terminal einen Demo-Arbeitsbereich an:

## Expertenverzeichnis und Rückfragen (CLI; Issue 5)

error-unknown-expert = Es gibt keine Expertin und keinen Experten „{ $value }“ (Nummer, E-Mail oder vollen Namen angeben; „switchboard experts list“ zeigt alle).
error-import-bad-value = Zeile { $row }, Spalte „{ $column }“: „{ $value }“ ist nicht gültig. Es wurde nichts importiert.
error-batch-missing = Zeile { $line }: Das Feld „{ $field }“ fehlt. Nichts wurde importiert.
error-batch-empty = Zeile { $line }: Das Feld „{ $field }“ ist leer. Nichts wurde importiert.
error-batch-not-text = Zeile { $line }: Das Feld „{ $field }“ muss Text sein. Nichts wurde importiert.
error-batch-not-number = Zeile { $line }: Das Feld „{ $field }“ muss eine ganze Zahl sein. Nichts wurde importiert.
error-batch-not-json = Zeile { $line } ist kein JSON-Objekt. Nichts wurde importiert.
error-batch-not-utf8 = Zeile { $line } ist kein UTF-8-Text. Nichts wurde importiert.
error-batch-unknown-field = Zeile { $line }: „{ $field }“ ist kein Feld des Formats (community, from, from_id, text, at, external_id, thread, version). Nichts wurde importiert.
error-batch-future-version = Zeile { $line } ist in Version { $value } des Formats; dieses Switchboard liest Version 1. Nichts wurde importiert.
error-batch-unknown-community = Zeile { $line }: Keine Community hat die Kennung „{ $value }“. Nichts wurde importiert.
error-batch-bad-time = Zeile { $line }: „{ $value }“ in „{ $field }“ ist keine Zeit wie 2026-12-06T09:30:00Z. Nichts wurde importiert.
error-batch-too-long = Zeile { $line }: Das Feld „{ $field }“ ist länger als 64 KiB. Nichts wurde importiert.
error-import-duplicate = Zeile { $row }, Spalte „{ $column }“: „{ $value }“ steht schon in einer früheren Zeile. Es wurde nichts importiert.
error-import-missing-column = Die Datei hat keine Spalte „{ $column }“. Es wurde nichts importiert.
error-import-malformed = Zeile { $row } ist kein gültiges CSV (ein Anführungszeichen ist nicht geschlossen, oder die Spaltenzahl weicht von der Kopfzeile ab). Es wurde nichts importiert.
error-no-open-handoff = Fall #{ $case } hat keine offene Rückfrage.
error-several-open-handoffs = Fall #{ $case } hat mehrere offene Rückfragen; wählen Sie eine mit --handoff.
error-handoff-not-answered = Rückfrage #{ $handoff } ist noch nicht beantwortet.
error-bad-availability = „{ $value }“ ist keine Verfügbarkeit: available, away oder out:JJJJ-MM-TT verwenden.
error-bad-working-hours = „{ $value }“ sind keine Arbeitszeiten wie „Mon-Fri 09:00-17:00“.
error-handoff-closed = Diese Rückfrage ist bereits abgeschlossen ({ $state ->
    [answered] beantwortet
    [declined] abgelehnt
   *[other] verfallen
}); es wurde nichts geändert.
error-handoff-not-due = Diese Rückfrage ist noch nicht fällig und kann nicht verfallen.
error-handoff-due-in-past = Die Frist einer Rückfrage muss nach dem Zeitpunkt liegen, an dem sie gestellt wird.
error-expert-retired = { $name } ist ausgeschieden und erhält keine Rückfragen mehr.

experts-empty = Noch keine Expertinnen und Experten. Fügen Sie mit „switchboard experts add“ welche hinzu oder importieren Sie ein CSV mit „switchboard experts import“.
expert-saved = Experte #{ $id } { $name } gespeichert.
expert-retired = Experte #{ $id } { $name } ausgeschieden: keine neuen Rückfragen; frühere bleiben in den Kennzahlen.
expert-is-retired = ausgeschieden
experts-imported = { $file }: { $added } hinzugefügt, { $updated } aktualisiert, { $unchanged } unverändert.
experts-exported = { $count ->
    [one] 1 Eintrag nach { $file } geschrieben.
   *[other] { $count } Einträge nach { $file } geschrieben.
}
availability-available = verfügbar
availability-away = abwesend
availability-out = abwesend bis { $date }
suggest-title = Expertinnen und Experten für Fall #{ $case }, die passendsten zuerst:
suggest-empty = Niemand Aktives vorzuschlagen.
reason-topic = kennt „{ $topic }“
reason-keyword = „{ $keyword }“ im Verlauf deutet auf „{ $topic }“
reason-customer-language = spricht die Sprache der Kundschaft ({ $language })
reason-agent-language = spricht Ihre Sprache ({ $language })
reason-available-now = jetzt verfügbar ({ $time })
reason-off-hours = ausserhalb der Arbeitszeit ({ $time })
reason-away = abwesend
reason-out-until = abwesend bis { $date }
reason-load = { $open ->
    [one] 1 offene Rückfrage
   *[other] { $open } offene Rückfragen
}
reason-answer-speed = antwortet in { $minutes } Min. (Median, 30 Tage)
handoffs-empty = Keine Rückfragen.
handoff-asked = Rückfrage #{ $handoff } an { $expert } gesendet, fällig { $due } ({ $in }); Fall #{ $case } wartet nun auf die Antwort.
handoff-answered = Antwort zu Rückfrage #{ $handoff } erfasst; Fall #{ $case } ist jetzt { $status }.
handoff-draft-updated = Die Antwort wurde Ihrem Entwurf zu Fall #{ $case } hinzugefügt.
handoff-declined = Rückfrage #{ $handoff } abgelehnt; Fall #{ $case } wartet nicht mehr darauf.
handoffs-expired = { $count ->
    [one] 1 überfällige Rückfrage ist verfallen.
   *[other] { $count } überfällige Rückfragen sind verfallen.
}
trail-empty = Noch keine Einträge im Protokoll dieses Falls.
audit-handoff-asked = Rückfrage gestellt
audit-handoff-answered = Rückfrage beantwortet
audit-handoff-declined = Rückfrage abgelehnt
audit-handoff-expired = Rückfrage verfallen
audit-taken-over = Fall übernommen
audit-comment-hidden = Kommentar verborgen
audit-cluster-reply = mit seinem Cluster beantwortet
audit-helper-reply = Antwort einer Aushilfe
audit-by-helper = { $actor } (Aushilfe)
mail-question = Frage
mail-excerpt = Aus dem Gespräch
mail-language = Sprache der Kundschaft
mail-due = Antwort benötigt bis
mail-priority = Priorität
mail-reference = Referenz
mail-reply-hint = Bitte antworten Sie auf diese E-Mail und lassen Sie die Referenz im Betreff stehen.
col-expert-id = Nr.
col-expert = Expertin/Experte
col-department = Abteilung
col-topics = Themen
col-languages = Sprachen
col-hours = Arbeitszeit
col-availability = Verfügbarkeit
col-open-handoffs = Offen
col-median-answer = Median Antwortzeit
col-rank = Rang
col-score = Punkte
col-reasons = Warum
col-handoff = Rückfrage
col-state = Stand
col-question = Frage
col-event = Ereignis
col-actor = Von
col-detail = Detail
col-asked = Gestellt
col-answered-in-time = Rechtzeitig beantwortet
col-cases = Fälle
col-with-expert = Mit Rückfrage
col-share = Anteil

## Handoffs and the expert directory in the window

action-handoff = Experten fragen
action-experts = Expertenverzeichnis
handoff-dialog-title = Rückfrage zu Fall #{ $case }
handoff-loading = Wird geladen …
handoff-no-experts = Es gibt keine aktiven Experten. Fügen Sie im Expertenverzeichnis (d) welche hinzu.
handoff-suggested = Vorschläge, die besten zuerst
handoff-question-label = Frage an die Expertin oder den Experten
handoff-question-placeholder = Was müssen Sie wissen, um dem Kunden zu antworten?
handoff-excerpt-label = Auszug aus dem Gespräch (wird mitgeschickt)
handoff-due-label = Antwort benötigt bis
handoff-priority-label = Priorität
handoff-due-invalid = Die Frist ist kein gültiges Datum mit Uhrzeit; es wurde nichts gesendet.
priority-low = niedrig
priority-normal = normal
priority-high = hoch
priority-urgent = dringend
handoff-send = An { $name } senden
handoff-send-nobody = Senden
handoff-to = an { $name }
handoff-answered-by = beantwortet von { $name }
handoff-record-answer = Antwort erfassen
handoff-answer-placeholder = Die Antwort, wie sie zurückkam
handoff-by-placeholder = Beantwortet von (falls nicht { $name })
handoff-answer-save = Antwort speichern
handoff-decline = Ablehnen
handoff-decline-placeholder = Grund (optional)
handoff-decline-save = Rückfrage ablehnen
handoff-email = Per E-Mail senden
handoff-insert = In den Entwurf einfügen
notice-handoff-sent = Fall #{ $case } wartet jetzt auf { $name }.
notice-answer-recorded = Antwort zu Fall #{ $case } erfasst.
notice-handoff-declined = Rückfrage abgelehnt; Fall #{ $case } wartet nicht mehr darauf.
notice-answer-inserted = Die Antwort steht jetzt in Ihrem Entwurf zu Fall #{ $case }.
notice-handoff-emailed = Die E-Mail wurde an Ihr Mailprogramm übergeben; der Link liegt auch in der Zwischenablage.
trail-title = Verlauf
trail-show-all = Alle { $count } anzeigen
trail-show-latest = Nur den letzten anzeigen
trail-handoff_asked = { $actor } hat { $expert } gefragt
trail-handoff_answered = { $expert } hat geantwortet (erfasst von { $actor })
trail-handoff_declined = Rückfrage an { $expert } von { $actor } abgelehnt
trail-handoff_expired = Rückfrage an { $expert } ohne Antwort verfallen
trail-taken_over = { $actor } hat den Fall von { $detail } übernommen
trail-comment_hidden = { $actor } hat den Kommentar mit persönlichen Daten verborgen
trail-cluster_reply = { $actor } hat ihn mit seinem Cluster beantwortet: { $detail }
trail-helper_reply = { $actor } hat geantwortet
trail-helper = Aushilfe
trail-helper-title = Für den Krisentag dazugekommen: ihre Einträge sind markiert
experts-title = Expertenverzeichnis
experts-show-retired = Ausgeschiedene anzeigen
experts-new = Neuer Experte
experts-empty-window = Noch keine Experten: Fügen Sie welche hinzu oder importieren Sie ein CSV mit „switchboard experts import“.
expert-available-now = jetzt erreichbar
expert-not-available-now = jetzt nicht erreichbar
expert-edit = Profil bearbeiten
expert-retire = Ausscheiden lassen
expert-save = Speichern
expert-handoffs-title = Rückfragen an diese Person, alle Communities
expert-field-email = E-Mail
expert-field-time-zone = Zeitzone
expert-field-chat = Chat-Name
expert-hint-topics = baggage-delayed; refund
expert-hint-languages = de; fr; en
expert-hint-time-zone = Europe/Zurich
expert-hint-hours = Mon-Fri 09:00-17:00
expert-hint-availability = available, away oder out:2026-12-31

## Templates and languages in the window

action-template = Textbausteine
templates-title = Textbausteine
templates-search-placeholder = Nach Thema, Stichwort oder Text suchen
templates-in-language = auf { $language }
templates-none = Kein Textbaustein passt.
replies-title = Textbausteine
replies-backlog = Übersetzungsrückstand
replies-backlog-count = { $count } zu übersetzen oder zu bestätigen
replies-new-id = Neue Kennung (z. B. seat-refund)
replies-new = Schreiben
replies-state-missing = fehlt
replies-state-outdated = veraltet
replies-served-by = vorerst auf { $locale }
replies-any-brand = jede Marke
replies-reference = Referenz
replies-tags = Stichwörter
replies-source = Text (Fluent)
replies-confirm = Stimmt noch: bestätigen
replies-pick-variant = Wählen Sie oben eine Sprache zum Bearbeiten.
replies-saved = Gespeichert.
replies-saved-reference = Gespeichert: { $count } andere Varianten sind jetzt veraltet.
replies-unchanged = Nichts geändert.
replies-confirmed = Bestätigt: nicht mehr veraltet.
action-replies = Textbausteine verwalten
templates-for-topic = passt zum Fall
templates-pick-one = Keine gespeicherte Antwort passt zum Thema dieses Falls: wählen Sie eine mit ↓ oder per Klick, oder suchen Sie.
templates-insert = Einfügen
templates-outdated = veraltet
templates-other-language-short = andere Sprache
templates-other-language = Dieser Text ist auf { $used }, nicht auf { $wanted }: Es gibt noch keine Fassung auf { $wanted }.
templates-missing = Vor dem Senden ausfüllen: { $names }
notice-template-inserted = Der Textbaustein steht in Ihrem Entwurf zu Fall #{ $case }.
language-notice = Diese Kundin oder dieser Kunde schreibt auf { $language }; diese Seite ist auf { $page }.
language-notice-confidence = mit { $percent } % Sicherheit erkannt
language-notice-sibling = Die Seite { $community } der Marke antwortet in dieser Sprache.
language-notice-reply = Auf { $language } antworten
lang-en = Englisch
lang-fr = Französisch
lang-de = Deutsch
lang-it = Italienisch
lang-nl = Niederländisch
lang-es = Spanisch
lang-pt = Portugiesisch

## Templates and language detection (CLI; issue 4)

error-template-syntax = Zeile { $line }, Spalte { $column }: Das ist kein gültiges Fluent ({ $detail }).
error-template-attribute-line = Zeile { $line }: Eine Zeile, die mit „.“ beginnt, würde zu einem Attribut; bitte umformulieren.
error-template-unknown-variable = Zeile { $line }, Spalte { $column }: Die Variable ${ $name } gibt es nicht (verwenden Sie $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer oder $statement_link).
error-template-unknown-term = Zeile { $line }, Spalte { $column }: Den Begriff -{ $name } gibt es nicht (verwenden Sie -brand oder -sign-off).
error-template-message-reference = Zeile { $line }, Spalte { $column }: Ein Textbaustein kann keine andere Nachricht verwenden ({ $name }).
error-template-empty = Ein Textbaustein darf nicht leer sein.
error-template-text-too-large = Ein Textbaustein darf höchstens { $limit } lang sein.
error-template-too-large = Der Text des Textbausteins «{ $template }» für { $locale } ist länger als { $limit }. Es wurde nichts gespeichert.
error-template-import-syntax = { $file }, Zeile { $line }, Spalte { $column }: kein gültiges Fluent ({ $detail }). Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-bad-id = { $file }, Zeile { $line }: «{ $id }» ist keine Textbaustein-ID (Kleinbuchstaben, Ziffern und -). Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-missing-topic = { $file }, Zeile { $line }: «{ $id }» hat kein .topic. Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-duplicate = { $file }, Zeile { $line }: «{ $id }» kommt zweimal vor. Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-file-too-large = { $file } ist grösser als { $limit }. Es wurde nichts importiert.
error-template-import-text-syntax = { $file }, Zeile { $line }, Spalte { $column }: der Text von «{ $id }» ist kein gültiges Fluent ({ $detail }). Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-attribute-line = { $file }, Zeile { $line }: in «{ $id }» würde eine Zeile, die mit «.» beginnt, zu einem Attribut. Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-unknown-variable = { $file }, Zeile { $line }, Spalte { $column }: «{ $id }» verwendet ${ $name }, das keine Variable ist (verwenden Sie $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer, $statement_link). Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-unknown-term = { $file }, Zeile { $line }, Spalte { $column }: «{ $id }» verwendet -{ $name }, das kein Term ist (verwenden Sie -brand oder -sign-off). Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-message-reference = { $file }, Zeile { $line }, Spalte { $column }: «{ $id }» verwendet eine andere Nachricht ({ $name }), was ein Textbaustein nicht kann. Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-empty = { $file }, Zeile { $line }: «{ $id }» hat keinen Text. Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-template-import-too-large = { $file }, Zeile { $line }: der Text von «{ $id }» ist länger als { $limit }. Insgesamt { $count } Problem(e). Es wurde nichts importiert.
error-unknown-template = Den Textbaustein «{ $value }» gibt es nicht.
error-no-variant = Der Textbaustein «{ $template }» hat keinen Text für { $locale } und keinen Ersatz.
error-check-findings = { $count ->
    [one] 1 Problem gefunden.
   *[other] { $count } Probleme gefunden.
}
check-syntax = kein gültiges Fluent in Spalte { $column } ({ $detail })
check-bad-id = «{ $id }» ist keine gültige Kennung (Kleinbuchstaben, Ziffern und -)
check-missing-topic = «{ $id }» hat kein .topic
check-duplicate = «{ $id }» kommt zweimal vor
check-missing-message = «{ $id }» fehlt (steht in { $reference })
check-extra-message = «{ $id }» steht nicht in { $reference }
check-topic-mismatch = «{ $id }» hat das Thema «{ $topic }», die Referenz sagt «{ $expected }»
check-variable-mismatch = «{ $id }» verwendet { $found }, die Referenz verwendet { $expected }
check-template-syntax = «{ $id }»: kein gültiges Fluent in Zeile { $line }, Spalte { $column } ({ $detail })
check-template-attribute-line = «{ $id }»: Zeile { $line } beginnt mit „.“
check-template-unknown-variable = «{ $id }»: unbekannte Variable ${ $name } in Zeile { $line }, Spalte { $column }
check-template-unknown-term = «{ $id }»: unbekannter Begriff -{ $name } in Zeile { $line }, Spalte { $column }
check-template-message-reference = «{ $id }»: verwendet eine andere Nachricht ({ $name })
check-template-empty = «{ $id }» ist leer
check-template-text-too-large = «{ $id }» ist länger als { $limit }
check-file-too-large = grösser als { $limit }; nicht geprüft
templates-check-ok = Keine Probleme in { $count } Dateien und Textbausteinen.
templates-exported = { $count } Dateien nach { $dir } geschrieben.
templates-imported = { $files } Dateien gelesen: { $saved } Texte gespeichert, { $unchanged } unverändert.
templates-backlog-empty = Jede Community hat jeden Textbaustein in ihrer Sprache, aktuell.
col-template = Textbaustein
col-served-by = Bis dahin
backlog-missing = fehlt
backlog-outdated = veraltet
action-language-pseudo = Sprache der Oberfläche: Pseudo (zeigt fest eingebauten Text)
template-saved = Textbaustein «{ $template }» für { $locale } gespeichert.
template-reference-saved = Referenztext von «{ $template }» für { $locale } gespeichert; { $outdated } andere Texte sind jetzt veraltet.
template-unchanged = Der Textbaustein «{ $template }» für { $locale } ist bereits genau so; es wurde nichts geändert.
template-confirmed = Textbaustein «{ $template }» für { $locale } bestätigt: nicht mehr veraltet.
bench-progress = { $done } von { $total } Fällen ({ $percent } %), { $rate } Fälle/s, noch etwa { $left } s
bench-generated = { $target }: { $communities } Communities, { $cases } Fälle ({ $open } nicht gelöst), { $messages } Nachrichten, { $handoffs } Rückfragen, in { $seconds } s.
bench-measuring = Messung: { $what }
serve-listening = Meta-Webhooks werden unter { $url } empfangen
webhooks-replayed = { $file }: erneut verarbeitet, { $stored } Ereignisse erfasst, { $duplicates } schon vorhanden; entfernt.
webhooks-still-failing = { $file }: { $stored } Ereignisse erfasst, { $failed } weiterhin nicht; aufbewahrt.
webhooks-unreadable = { $file }: kein Webhook-Inhalt; aufbewahrt.
webhooks-none = Keine Webhook-Zustellung zum erneuten Verarbeiten in { $dir }.
error-missing-secret = Es ist kein { $what ->
    [app-secret] Meta-App-Secret
   *[other] Webhook-Prüftoken
} eingerichtet: Hinterlegen Sie es im Schlüsselbund des Systems oder auf einem Server ohne Schlüsselbund in { $what ->
    [app-secret] SWITCHBOARD_META_APP_SECRET
   *[other] SWITCHBOARD_META_VERIFY_TOKEN
}.

## The Meta connector (CLI and window)
connect-done = { $community } ist mit ihrer Seite verbunden ({ $url }).
connect-removed = { $community } ist getrennt; ihr Seiten-Token wurde aus dem Schlüsselbund entfernt.
sync-report = { $synced } Communitys synchronisiert: { $stored } neue Nachrichten, { $sent } Antworten gesendet, { $failed } abgelehnt.
sync-running = Die verbundenen Seiten werden synchronisiert (Strg+C beendet)…
fake-graph-listening = Test-Graph-Server unter { $url }
demo-surge-page = { $name } ({ $page }): { $written } neue Fans haben wegen gestrichener Flüge geschrieben.
demo-surge-none = Keine Seite des Test-Graph-Servers hat „{ $brand }“ im Namen: Es wurde nichts geschrieben.
connections-none = Keine Community ist mit ihrer Seite verbunden. Verbinden Sie eine mit „switchboard connect“.
connections-row = { $community }: { $status }, letzte Synchronisierung { $last }, { $pending } Antworten warten { $error }
reply-queued = Antwort { $reply } zu Fall { $case } ist im Postausgang; sie geht gleich an die Seite.
error-window-closed = Das Messenger-Fenster hat sich am { $closed } geschlossen: Meta lässt die Seite diesem Fan nicht mehr antworten. Nichts wurde gesendet; Ihr Text bleibt erhalten.
error-graph-back-off = Meta bittet Switchboard, langsamer zu werden. Nichts geht verloren; es wird gleich erneut versucht.
error-graph-reauthorize = Meta hat das Seiten-Token abgelehnt: Verbinden Sie die Seite erneut. Nichts geht verloren.
error-graph-outside-window = Laut Meta ist das Antwortfenster geschlossen. Ihr Text ist wieder im Entwurf.
error-graph-rejected = Meta hat die Anfrage abgelehnt: { $detail }
error-graph-unreachable = Die Graph-API ist nicht erreichbar: { $detail }
error-graph-unexpected = Die Graph-API hat unerwartet geantwortet: { $detail }
error-no-token = Im Schlüsselbund gibt es kein Seiten-Token für { $value }: Verbinden Sie die Seite erneut.
error-keychain-unavailable = Der Schlüsselbund ist nicht verfügbar ({ $detail }). Entsperren Sie ihn oder starten Sie einen Secret Service wie GNOME Keyring.
sync-title = Seiten-Synchronisierung
sync-ok = synchronisiert { $when }
sync-never = verbunden, noch nicht synchronisiert
sync-needs-reauth = muss neu verbunden werden
sync-backing-off = Meta bittet um Pause; nächster Versuch { $when }
sync-failing = Synchronisierung schlägt fehl; nächster Versuch { $when }
sync-not-connected = nicht verbunden
outbox-title = Noch nicht gesendet
outbox-pending = Wird gesendet…
outbox-sending = Wird gesendet…
outbox-failed = Nicht gesendet
outbox-reason-outside-window = Das Messenger-Fenster war geschlossen; der Text ist wieder in Ihrem Entwurf.
outbox-reason-unconfirmed = Es ist nicht bestätigt, dass die Antwort auf der Seite ankam: Prüfen Sie die Seite, bevor Sie es erneut versuchen.
outbox-reason-reauthorize = Wartet darauf, dass die Seite neu verbunden wird.
outbox-reason-back-off = Meta bittet um Pause; die Antwort geht gleich.
outbox-retry = Erneut senden
outbox-withdraw = Zurück in den Entwurf
connect-title = Seiten verbinden
connect-demo-label = Demo-Server
connect-demo-submit = Alle Communitys mit dem Demo-Server verbinden
connect-page-community = Community
connect-page-url = URL der Graph-API
connect-page-token = Seiten-Zugriffstoken
connect-page-submit = Seite verbinden
connect-connected = { $count } Communitys verbunden.
palette-connect = Seiten verbinden…
notice-reply-queued = Die Antwort zu Fall { $case } geht an die Seite.

## Präsenz und Kollisionen (Issue 14)

reply-held-reply = { $initials } ({ $name }) hat vor { $seconds } s geantwortet.
reply-held-pending = { $initials } ({ $name }) hat eine Antwort auf dem Weg zur Seite, geschrieben vor { $seconds } s.
reply-held-message = Neue Nachricht Nr. { $id } von { $author }: { $text }
reply-held-hint = Um Ihre trotzdem zu senden: switchboard reply { $case } { $flags } (mit Ihrem --as und --text).
error-reply-held = Nichts wurde gesendet: Seit der Nachricht, die Sie gesehen haben, ist auf diesem Fall etwas Neues eingegangen (oben).
presence-viewing = { $who } sieht sich den Fall an
presence-typing = { $who } schreibt…
presence-title-viewing = { $name } ({ $initials }) hat diesen Fall offen
presence-title-typing = { $name } ({ $initials }) schreibt in diesem Fall
presence-on-case = Kolleginnen und Kollegen in diesem Fall
team-label = Team
team-online-title = Jetzt online: { $names }
team-nobody = Sonst ist niemand online
ago-seconds = vor { $seconds } s
ago-duration = vor { $duration }
collision-title = Jemand war schneller
collision-intro = Ihre Antwort wurde nicht gesendet: Der Fall hat sich geändert, seit Sie zu schreiben begonnen haben.
collision-replied = { $who } hat { $ago } geantwortet
collision-pending = { $who } hat eine Antwort auf dem Weg zur Seite ({ $ago })
collision-new = Neu in diesem Fall
collision-send-anyway = Trotzdem senden
collision-back = Zurück zum Entwurf
takeover-title = Fall von { $holder } übernehmen?
takeover-text = { $holder } hat Fall { $case }. Übernehmen weist ihn Ihnen zu; das steht im Verlauf des Falls.
takeover-confirm = Übernehmen
notice-taken-over = Fall { $case } gehört jetzt Ihnen.

## Connecting pages from the window
error-wrong-page = Dieses Token gehört zur Seite { $found }, aber { $community } ist die Seite { $expected }. Es wurde nichts geändert.
error-no-demo-pages = Der Demo-Server { $value } hat keine der Seiten dieses Arbeitsbereichs.
header-pages = Seiten
connect-intro = Jede Community antwortet von ihrer Facebook-Seite aus. Fügen Sie das Zugriffstoken der Seite ein, um sie zu verbinden: Switchboard prüft es bei Meta und bewahrt es im Schlüsselbund des Systems auf, nie im Arbeitsbereich.
connect-demo-hint = Der Graph-Server der Demo (gestartet von scripts/demo oder „switchboard fake-graph“) gibt die Tokens seiner Seiten heraus.
connect-demo-url = URL des Demo-Servers
connect-page-id = Seite { $id }
connect-page-human-agent = Meta erlaubt dieser App das Human-Agent-Tag (Messenger-Antworten bis zu 7 Tage)
connect-open-form = Verbinden…
connect-reconnect = Neu verbinden…
connect-disconnect = Trennen
connect-connecting = Wird verbunden…
connect-last-error = Letzter Fehler: { $error }
connect-next-attempt = nächster Versuch { $when }
connect-one-done = { $community } ist mit ihrer Seite verbunden.
connect-token-missing = Fügen Sie zuerst das Zugriffstoken der Seite ein.
composer-send-page = An die Seite senden
composer-window-closed-connected = Das Messenger-Fenster ist geschlossen (seit { $when }): Meta nimmt keine Antworten an diesen Fan mehr an, diese Antwort kann also nicht gesendet werden. Ihr Text bleibt erhalten; antworten Sie unter einem öffentlichen Kommentar oder über einen anderen Kanal.
connect-token-refused = Meta akzeptiert dieses Token für die Seite { $id } nicht: Fügen Sie ein Zugriffstoken dieser Seite ein. Es wurde nichts geändert.
sync-short-reauth = neu verbinden
sync-short-backing-off = gebremst
sync-short-failing = fehlerhaft
header-pages-attention = { $count ->
    [one] Eine Seite braucht Sie: ein neues Token, oder ihre Synchronisierung schlägt fehl.
   *[other] { $count } Seiten brauchen Sie: ein neues Token, oder ihre Synchronisierung schlägt fehl.
}
error-incomplete-workspace = Dieser Arbeitsbereich ist unvollständig: `{ $value }` wurde vor dem Ende abgebrochen. Führen Sie es erneut aus, um ihn zu vervollständigen.
error-workspace-opening = Der Arbeitsbereich wird noch geöffnet.
warning-incomplete-workspace = Achtung: Dieser Arbeitsbereich ist unvollständig (`{ $value }` wurde vor dem Ende abgebrochen).
bench-confirm = Dies ersetzt den Arbeitsbereich { $target } ({ $communities } Communities) durch ein generiertes Jahr. Fortfahren? [j/N]
error-bench-needs-yes = Das Generieren würde die Daten dieses Arbeitsbereichs ersetzen. Führen Sie es mit --yes erneut aus, um zu bestätigen.
error-damaged-database = Die Arbeitsbereich-Datei { $path } ist beschädigt ({ $detail }). Sie wurde unverändert gelassen: Stellen Sie eine Sicherung wieder her oder öffnen Sie sie zum Lesen und Exportieren.
error-read-only-database = Der Arbeitsbereich { $path } ist schreibgeschützt geöffnet: Es wurde nichts geschrieben.
warning-read-only-file = Achtung: Sie dürfen { $path } nicht beschreiben; der Arbeitsbereich ist schreibgeschützt geöffnet.
warning-damaged-database = Achtung: { $path } ist beschädigt ({ $detail }); der Arbeitsbereich ist schreibgeschützt geöffnet, damit nichts schlimmer wird. Stellen Sie eine Sicherung wieder her oder exportieren Sie, was Sie brauchen.

## Claims and following the desk
case-claimed = Fall { $case } gehört jetzt { $agent }.
next-none = Kein offener Fall ohne Zuständige.
watch-started = Änderungen am Desk nach Nummer { $seq } werden verfolgt (Strg+C beendet).
watch-line = { $at }  #{ $seq }  { $entity } { $id }  { $community }
changes-pruned = { $count } Einträge des Änderungsprotokolls, älter als { $days } Tage, gelöscht.

## Import of messages in bulk
batch-progress = { $done } von { $total } Nachrichten ({ $percent } %, { $rate }/s)
batch-imported = { $lines ->
        [one] { $lines } Zeile
       *[other] { $lines } Zeilen
    }: { $stored ->
        [one] { $stored } Nachricht gespeichert
       *[other] { $stored } Nachrichten gespeichert
    }, { $duplicates } schon vorhanden, { $cases ->
        [one] { $cases } neuer Fall
       *[other] { $cases } neue Fälle
    } in { $communities ->
        [one] { $communities } Community
       *[other] { $communities } Communities
    } ({ $seconds } s).

## Team mode (switchboard team ...)
error-schema-behind = Das Schema des Desks ist älter als dieses Switchboard (Schema { $found }; diese Version braucht { $supported }), und Ihr Login darf es nicht aktualisieren. Bitten Sie die Administration, «switchboard team setup» mit der URL des Eigentümers auszuführen.
error-team-needs-owner = Das darf nur der Eigentümer des Desks: führen Sie es mit der URL des Logins aus, dem die Tabellen gehören und das Rollen anlegen darf.
error-team-needs-postgres = Der Teammodus braucht einen PostgreSQL-Desk (--db postgres://benutzer@host/db); ein SQLite-Arbeitsbereich gehört einer Person.
error-team-acting-as-other = Sie sind mit dem Login von { $login } verbunden: Sie können nicht als { $asked } handeln.
error-team-not-a-member = { $value } gehört nicht zum Team. «switchboard team members» listet die Mitglieder auf.
team-setup-done = Teammodus auf { $target }: Schema { $version }; Gruppenrolle der Mitglieder { $group } { $created ->
        [yes] angelegt
       *[no] schon vorhanden
    }; Teammodus { $enabled ->
        [yes] eingeschaltet
       *[no] schon an
    }; Rechte vergeben.
team-setup-revoked-create = Andere Logins als der Eigentümer können im Schema des Desks keine Tabellen mehr anlegen.
warning-team-public-create = Warnung: Jedes Login kann im Schema des Desks Tabellen anlegen, und dieses Login kann das nicht ändern; bitten Sie den Eigentümer des Schemas, «REVOKE CREATE ON SCHEMA … FROM PUBLIC» auszuführen.
team-member-added = { $initials } ({ $name }) als Login { $login } hinzugefügt, sieht { $communities }{ $until ->
        [none] {""}
       *[other] {""} bis { $until }
    }. Die Verbindungs-URL:
team-member-url-once = Diese URL enthält das Passwort und wird nur dieses eine Mal gezeigt: geben Sie sie dem Mitglied vertraulich weiter.
team-no-members = Noch keine Mitglieder: «switchboard team add-member» fügt eines hinzu.
team-until = bis { $until }
team-ended = beendet am { $until }
team-member-removed = { $initials } entfernt: Login { $login } funktioniert nicht mehr; der Agent und was er geschrieben hat, bleiben.

## Crisis days
crisis-no-alerts = Kein Spitzenalarm in diesem Zeitraum.
crisis-alert-line = { $at }  { $community }: { $requesters } Personen im Fenster, { $ratio }× die üblichen { $baseline } (Spitze { $peak })
crisis-thresholds = Spitzenalarm beim { $ratio }-Fachen der üblichen Zahl Schreibender in { $window } Minuten, mit mindestens { $min } Personen und einer Wahrscheinlichkeit von höchstens { $chance }.
notify-spike = { $community } läuft heiss: { $requesters } Personen haben in der letzten Stunde geschrieben, { $ratio }× so viele wie üblich.
matrix-spike = Spitze
matrix-spike-title = Spitze seit { $since }: { $requesters } Personen in einer Stunde ({ $ratio }× die üblichen { $baseline }); höchstens { $peak }.

## Krisenmodus: ausrufen, Stellungnahmen, Playbooks
crisis-declared = Krise { $id } «{ $name }» ausgerufen für { $communities }: Neue Fälle dort erhalten eine erste Antwort innert { $first } und tragen ihre Kennung.
crisis-ended-now = Krise { $id } «{ $name }» beendet: Neue Fälle erhalten wieder die üblichen Fristen.
crisis-none = Noch keine Krise ausgerufen.
crisis-line = { $id }  { $name }  ({ $scope })  seit { $since }{ $until ->
    [none] {""}
   *[other] {""}, beendet { $until }
}  { $cases } Fall/Fälle, erste Antwort innert { $first }
crisis-published = Stellungnahme: { $queued } Beitrag/Beiträge zu veröffentlichen oder zu aktualisieren, { $unchanged } unverändert, { $refused } Seite(n) ausgelassen.
crisis-no-clusters = Keine Gruppe mit { $min } oder mehr offenen Fällen.
col-cluster = Anliegen
col-pages = Seiten
col-sample = Beispiel
statement-missing-locale = keine Stellungnahme auf { $locale }: ausgelassen (nie in einer anderen Sprache)
statement-not-connected = nicht mit ihrer Seite verbunden: ausgelassen
statement-post-state = Beitrag { $state } { $post }
statement-not-published = noch nicht veröffentlicht
playbook-line = { $id }  { $name }  (erste Antwort { $first } min)  { $missing } Community/Communities ohne Stellungnahme, { $outdated } veraltet
playbook-missing = Keine Stellungnahme in ihrer Sprache: { $communities }
playbook-outdated = Veraltete Stellungnahme: { $communities }
playbook-saved = Playbook { $id } gespeichert.
playbook-imported = { $playbooks } Playbook(s) importiert; Stellungnahmen: { $saved } geschrieben, { $unchanged } unverändert.
error-crisis-bad-scope = «{ $value }» ist kein Geltungsbereich: verwenden Sie all, brand:<Marke>, language:<Code> oder community:<Handle>.
error-crisis-empty-scope = { $value } umfasst keine Community dieses Arbeitsbereichs.
error-crisis-overlap = { $community } ist bereits in Krise { $crisis } ({ $name }): Beenden Sie diese zuerst.
error-crisis-no-name = Eine Krise und ein Playbook brauchen einen Namen.
error-crisis-unknown-playbook = Es gibt kein Playbook «{ $value }» (switchboard playbook list zeigt sie).
error-crisis-ended = Krise { $crisis } ist beendet: Ihre Stellungnahme kann nicht mehr geändert oder veröffentlicht werden.
error-crisis-bad-duration = «{ $value }» ist keine Dauer wie 90m, 4h oder 3d.
error-crisis-playbook-file = { $file }, Zeile { $line }: { $what ->
    [bad-minutes] «{ $id }» braucht .first-response-minutes und .resolution-minutes in ganzen Minuten (höchstens 60 Tage)
    [no-name] «{ $id }» hat keinen Namen
    [bad-id] «{ $id }» ist keine Playbook-Kennung (Kleinbuchstaben, Ziffern und -)
    [duplicate] «{ $id }» kommt zweimal vor
    [too-large] die Datei ist zu gross
    [not-a-statement] «{ $id }» ist nicht die Stellungnahme eines Playbooks (playbook-<id> mit .topic = statement)
   *[syntax] das ist kein gültiges Fluent
}. Insgesamt { $count } Problem(e). Es wurde nichts importiert.
crisis-declare-action = Krise ausrufen…
crisis-declare-short = Krise ausrufen
crisis-title = Krise
crisis-declare-title = Krise ausrufen
crisis-from-alert = Spitze auf { $community }: { $requesters } Personen in einer Stunde, { $ratio }× üblich.
crisis-name = Name
crisis-scope = Seiten
crisis-scope-brand = Alle Seiten von { $brand }
crisis-scope-community = Nur { $community }
crisis-scope-language = Alle Seiten auf { $language }
crisis-scope-all = Alle Seiten
crisis-playbook = Playbook
crisis-no-playbook = Keines: Stellungnahme neu schreiben
crisis-first-response = Erste Antwort für neue Fälle (Stunden)
crisis-declare-confirm = Ausrufen
crisis-statement-title = Stellungnahme — { $name }
crisis-statement-hint = Ein Beitrag pro Seite, in der Sprache der Seite. Eine Seite ohne Text in ihrer Sprache wird ausgelassen, nie in einer anderen Sprache bedient.
crisis-gap-missing = Keine Stellungnahme auf { $locale }: ausgelassen
crisis-gap-not-connected = Nicht verbunden: ausgelassen
crisis-outdated = Veralteter Text
crisis-edit = Bearbeiten
crisis-save-text = Speichern für { $locale }
crisis-post-none = Noch nicht veröffentlicht
crisis-post-pending = Wird veröffentlicht…
crisis-post-sending = Wird veröffentlicht…
crisis-post-sent = ✓ Auf der Seite ({ $post })
crisis-post-failed = Von der Seite abgelehnt
crisis-publish = { $count ->
    [one] Auf 1 Seite veröffentlichen
   *[other] Auf { $count } Seiten veröffentlichen
}
crisis-report = { $queued } zu veröffentlichen oder zu aktualisieren, { $unchanged } unverändert, { $refused } ausgelassen.
crisis-banner = Krise: { $name }
crisis-banner-terms = erste Antwort innert { $promise } · seit { $since } · { $cases } Fall/Fälle
crisis-hours = { $hours } h
crisis-minutes = { $minutes } min
crisis-banner-statement = Stellungnahme
crisis-end = Krise beenden
crisis-end-confirm = Jetzt beenden
crisis-ended-notice = Krise «{ $name }» beendet: Neue Fälle erhalten wieder die üblichen Fristen.

## Datenschutz-Wache
error-private-not-a-comment = Fall { $case } ist kein öffentlicher Kommentar: Es gibt keine private Antwort zu senden.
error-private-already-sent = Fall { $case }: Die private Antwort wurde bereits gesendet (die Plattform erlaubt eine pro Kommentar).
error-private-expired = Fall { $case }: Die private Antwort ist seit { $closed_at } nicht mehr möglich (sieben Tage nach dem Kommentar).
error-private-not-connected = Fall { $case }: Seine Seite ist nicht verbunden, privat kann nichts gesendet werden.
privacy-public-pointer = Hallo { $first_name }, wir haben Ihnen eine private Nachricht geschickt, damit wir das gemeinsam anschauen können. Ihr { $brand } Team
error-reply-personal = Nichts wurde gesendet: Eine öffentliche Antwort darf keine persönlichen Daten enthalten. Entfernen Sie sie oder senden Sie privat (--privately).
privacy-found = Persönliche Daten ({ $kind }): { $text }
privacy-without = Ohne sie: { $text }
composer-public = Öffentliche Antwort: Alle auf der Seite sehen sie.
composer-not-connected = Seite nicht verbunden: Diese Antwort wird nur hier erfasst und erreicht die Kundschaft nicht.
composer-send-private = Privat senden
notice-sent-privately = Fall { $case }: Die private Antwort und ein öffentlicher Hinweis darauf werden gesendet.
privacy-title = Persönliche Daten in einer öffentlichen Antwort
privacy-text = Alle auf der Seite würden das sehen. Entfernen Sie sie oder senden Sie die Antwort privat.
privacy-remove = Entfernen
privacy-send-private = Privat senden
privacy-private-closed = Die private Antwort ist auf diesen Kommentar nicht mehr möglich (schon gesendet oder älter als sieben Tage).
privacy-private-none = Dieser Fall hat keine private Antwort: Entfernen Sie die Daten.
privacy-kind-booking = Buchungsnummer
privacy-kind-email = E-Mail-Adresse
privacy-kind-phone = Telefonnummer
privacy-kind-card = Kartennummer
privacy-kind-birthdate = Geburtsdatum
privacy-public-mark = Persönliche Daten öffentlich: { $kinds }
privacy-hide = Kommentar verbergen
privacy-hidden = Der Kommentar ist auf der Seite verborgen (die Person sieht ihn noch).
privacy-hidden-notice = Der Kommentar ist auf der Seite verborgen.
privacy-move-hint = Antworten Sie mit «Privat senden», um das Gespräch aus der Öffentlichkeit zu holen.
signature-now = Antworten werden unterschrieben: { $signature ->
    [first_name] mit dem Vornamen und dem Gruss der Marke
    [brand] nur mit dem Gruss der Marke
   *[initials] mit dem Gruss der Marke und den Initialen
}.
report-period = Von { $from } bis { $to }:
report-col-key = Gruppe
report-col-opened = Eröffnet
report-col-resolved = Gelöst
report-col-first-met = Erste Antwort eingehalten
report-col-first-median = Erste Antwort (Median)
report-col-resolution-met = Lösung eingehalten
report-col-resolution-median = Lösung (Median)
report-col-backlog = Offen am Ende
report-col-handoffs = Übergaben
report-total = Total
report-csv-written = { $file }: { $rows } Zeile(n) geschrieben.
action-reports = Berichte
header-reports = Berichte
reports-title = Berichte
reports-period = Zeitraum
reports-last-days = Letzte { $days } Tage
reports-by = Nach
reports-by-community = Community
reports-by-brand = Marke
reports-by-locale = Sprache
reports-by-channel = Kanal
reports-by-agent = Agent
reports-by-topic = Thema
reports-by-crisis = Krise
reports-loading = Wird gezählt…
reports-no-cases = Kein Fall hinter dieser Zahl.
reports-definitions = Erste Antwort: im Zeitraum eröffnete Fälle; Lösung: im Zeitraum gelöste Fälle (ohne Wartezeit auf die Kundschaft); offen: am Ende offen. Eine Zeile listet ihre Fälle.
report-minutes = { $minutes } min
report-hours = { $hours } h { $minutes } min
report-days = { $days } T { $hours } h
report-kept-met = eingehalten
report-kept-missed = verpasst
report-kept-running = läuft
report-first = Erste Antwort
report-resolution = Lösung
reports-heat-title = Wann Fälle eröffnet werden (Stunde der Woche, Zeitzone jeder Seite)
reports-heat-cell = { $day } { $hour }:00 — { $count } Fall/Fälle
report-preparing = Die Zahlen des Berichts werden vorbereitet: { $cases } Fälle berechnet…
report-pdf-written = { $file }: Bericht als PDF geschrieben.
error-report-pdf = Der Bericht konnte nicht als PDF geschrieben werden: { $reason }
report-pdf-title = Bericht: { $brands }
report-pdf-generated = Gedruckt am { $at }
report-pdf-overview = Überblick
report-pdf-first-on-time = Erste Antwort rechtzeitig
report-pdf-resolution-on-time = Lösung rechtzeitig
report-pdf-on-time = Rechtzeitig
report-pdf-median = Median
report-pdf-attainment-chart = Rechtzeitig nach Gruppe
report-pdf-more-groups = + { $n } weitere in der Tabelle
report-pdf-handoffs = Übergaben an Fachleute
report-pdf-handoffs-note = { $in_time } rechtzeitig · Median { $median }
report-pdf-trend = Woche für Woche
report-pdf-table = Alle Gruppen
report-pdf-topics = Häufigste Themen
report-pdf-previous = Vorperiode
report-pdf-no-data = Keine Fälle in diesem Zeitraum.
report-pdf-day-unit = T
report-pdf-hour-unit = Std
report-pdf-minute-unit = Min
report-pdf-day-mon = Mo
report-pdf-day-tue = Di
report-pdf-day-wed = Mi
report-pdf-day-thu = Do
report-pdf-day-fri = Fr
report-pdf-day-sat = Sa
report-pdf-day-sun = So
reports-custom = Daten…
reports-from = Von
reports-to = Bis (inklusive)
reports-apply = Anzeigen
reports-reopened = Wieder geöffnet: { $count } ({ $rate } der gelösten)
reports-handoffs = Übergaben an Fachleute: { $asked }; rechtzeitig beantwortet: { $in_time }, verspätet: { $late }, abgelehnt: { $declined }, abgelaufen: { $expired }; mittlere Antwortzeit: { $median }
reports-trend-title = Woche für Woche: eröffnete Fälle, erste Antwort und Lösung rechtzeitig
reports-topics-title = Häufigste Themen, verglichen mit der Vorperiode
reports-topic-samples = Was die Kundschaft schreibt
reports-week-of = In der Woche vom { $week } eröffnete Fälle
reports-previous = { $count } in der Vorperiode
error-report-bad-period = Der erste Tag des Zeitraums muss vor dem letzten liegen.
reports-backlog-age = Offen am Ende, nach Alter
reports-age-0 = unter 1 Std.
reports-age-1 = 1–4 Std.
reports-age-2 = 4–24 Std.
reports-age-3 = 1–3 Tage
reports-age-4 = 3–7 Tage
reports-age-5 = 7 Tage und mehr
reports-heat-cell-title = Am { $day } um { $hour }:00 eröffnete Fälle

## crisis reply: einen Cluster auf einmal beantworten
col-id = Nr.
channel-messenger = Messenger
channel-messenger_human_agent = Messenger (Human-Agent-Tag)
channel-comment = öffentliche Antwort auf den Kommentar
channel-private_reply = private Antwort auf einen Kommentar
cluster-reply-plan = Cluster { $cluster }, Textbaustein „{ $template }“: { $count } Antworten zu senden, { $left } Fälle bleiben bei Ihnen, { $already } wurden damit schon beantwortet.
cluster-reply-preview = Auf { $locale }, { $brand } ({ $count } Antworten), so wie Fall { $case } sie erhält:
cluster-reply-left = Bleiben bei Ihnen ({ $count }):
cluster-left-window-closed = Messenger-Fenster seit { $closed } geschlossen
cluster-left-missing-variables = der Text braucht, was der Fall nicht sagt: { $names }
cluster-left-not-connected = die Seite ist nicht verbunden
cluster-left-no-text = der Textbaustein hat keinen Text in der Sprache dieser Seite
cluster-left-personal-data = eine öffentliche Antwort würde persönliche Daten zeigen
cluster-left-resolved = gelöst, seit der Cluster gelesen wurde
cluster-left-no-recipient = kein Gespräch, das Switchboard beantworten kann
cluster-reply-dry-run = Nichts wurde gesendet. Mit --yes werden diese Antworten gesendet.
cluster-reply-nothing = Keine neue Antwort zu speichern.
cluster-reply-countdown = { $count } Antworten werden in { $seconds } s gesendet. Strg+C hält an; bis dahin wird nichts gespeichert.
cluster-reply-stopped = Angehalten: nichts wurde gespeichert oder gesendet.
cluster-reply-queued = { $queued } Antworten sind im Postausgang ({ $already } Fälle hatten diese Antwort schon; { $left } bleiben bei Ihnen).
cluster-reply-progress = { $sent } von { $total } gesendet ({ $failed } fehlgeschlagen)
cluster-reply-waiting = { $waiting } Antworten warten noch (eine Seite pausiert oder hat kein Token); das Fenster oder „switchboard sync“ sendet sie.
cluster-renamed = Cluster { $cluster } umbenannt.
cluster-merged = Cluster { $from } gehört jetzt zu Cluster { $into } ({ $count } Fälle verschoben).
cluster-split = { $count } Fälle in den neuen Cluster { $cluster } verschoben.
cluster-moved-out = Fall { $case } steht jetzt allein in Cluster { $cluster }.

## Krisen-Cluster im Fenster
action-clusters = Krisen-Cluster
clusters-title = Krisen-Cluster: offene Fälle mit derselben Frage
clusters-none = Kein Cluster mit { $min } oder mehr offenen Fällen.
clusters-cases = { $count ->
    [one] 1 Fall
   *[other] { $count } Fälle
}
clusters-pages = { $count ->
    [one] Seite
   *[other] Seiten
}
clusters-rename = Umbenennen
clusters-rename-save = Namen speichern
clusters-move-out = Aus diesem Cluster nehmen
clusters-template = Antworten mit
clusters-status = Danach die Fälle auf
clusters-status-unchanged = ihrem Status lassen
clusters-preview = Antworten ansehen
clusters-send = { $count } Antworten senden
clusters-countdown = { $count } Antworten werden in { $seconds } s gesendet…
clusters-undo = Rückgängig
clusters-undone = Nichts wurde gesendet.
clusters-done = Alles gesendet: { $sent } Antworten ({ $failed } fehlgeschlagen).
crisis-banner-clusters = Cluster
bench-clusters = { $open } offene Fälle, { $messages } neue Nachrichten, { $readings } Lesungen (die erste { $first } ms, dann { $reading } ms im Median). Von einer gespeicherten Nachricht bis zu ihrem Fall in einem Cluster: p50 { $p50 } ms, p99 { $p99 } ms, höchstens { $max } ms; nie gezeigt: { $unseen }.

## Crisis desk (helpers)
crisis-desk-none = Es läuft keine Krise: der Krisenschalter ist leer.
crisis-desk-helper = Sie helfen in der Krise bis { $until }: Ihre Antworten sind im Protokoll markiert.
crisis-desk-crisis = Krise: { $name } ({ $pages })
crisis-desk-guidance = Hinweise aus dem Playbook „{ $playbook }“:
crisis-desk-no-guidance = Für diese Krise gibt es keine Hinweise aus einem Playbook.
crisis-desk-clusters = Cluster mit { $min } oder mehr Fällen, die dasselbe fragen: { $count }
crisis-desk-cases = Weitere Fälle, die dringendsten zuerst: { $shown } von { $count }
crisis-desk-title = Krisenschalter
action-crisis-desk = Krisenschalter (für Aushilfen)
crisis-banner-desk = Krisenschalter
crisis-desk-answer = Gemeinsam beantworten …
crisis-desk-clusters-title = Cluster
crisis-desk-cases-title = Weitere Fälle
clusters-merge-into = Zusammenführen mit
clusters-merge = Zusammenführen
clusters-split-pick = Abtrennen
clusters-split = Die markierten Fälle in ein neues Cluster verschieben

reports-no-topic = Ohne Thema
## Case topics as people name them (the slug stays the same in scripts)
topic-delay = Verspätung
topic-refund = Rückerstattung
topic-special-assistance = Spezielle Betreuung
topic-assistance = Betreuung
topic-loyalty = Treueprogramm
topic-booking-change = Umbuchung
topic-baggage = Gepäck
topic-baggage-delayed = Verspätetes Gepäck
topic-baggage-lost = Verlorenes Gepäck
topic-baggage-damaged = Beschädigtes Gepäck
topic-cancellation = Annullierung
topic-seat = Sitzplatz
topic-seating = Sitzplätze
topic-compliment = Lob
topic-crisis = Krise
topic-self-service = Self-Service
topic-expert = Antwort der Fachabteilung
