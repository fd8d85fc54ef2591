# Testi dell'interfaccia di Switchboard (italiano).

## Errori

error-not-found = { $what ->
    [case] Nessun caso
    [community] Nessuna community
    [brand] Nessun marchio
    [agent] Nessun agente
    [expert] Nessun esperto
    [handoff] Nessuna richiesta
    [variant] Nessun testo della risposta pronta
    [template] Nessuna risposta pronta
    [cluster] Nessun gruppo
   *[other] Nessun elemento ({ $what })
} «{ $key }».
error-conflict = { $what ->
    [community] La community
    [page] La pagina
    [agent] L'agente
    [message] Il messaggio
   *[other] L'elemento ({ $what })
} «{ $key }» esiste già; non è stato modificato nulla.
error-case-transition = Un caso non può passare da «{ $from }» a «{ $to }».
error-bad-locale = «{ $value }» non è una lingua come fr-CH, de-CH o en.
error-bad-brand = «{ $value }» non è un nome di marchio: serve almeno una lettera o una cifra.
error-bad-time-zone = «{ $value }» non è un fuso orario come Europe/Zurich.
error-empty-message = Un messaggio vuoto non può essere registrato.
error-case-resolved = Questo caso è risolto; riaprilo prima di modificarlo.
error-case-held = Il caso { $case } è in carico a { $holder }. Rilevalo per lavorarci.
error-snooze-not-ahead = Un caso può essere posticipato solo fino a un momento futuro.
error-missing-database = Non c'è nessuno spazio di lavoro in { $path }. Creane uno con «switchboard demo» o «switchboard community add».
error-not-a-database = { $path } non è uno spazio di lavoro di Switchboard; non è stato toccato.
error-schema-too-new = Questo spazio di lavoro è stato scritto da una versione più recente di Switchboard (schema { $found }; questa versione conosce { $supported }). Aggiorna Switchboard; non è stato modificato nulla.
error-database-unreachable = Impossibile aprire il database { $target }: { $reason }
error-database-error = Il database ha rifiutato l'operazione: { $reason }
error-unknown-community = Nessuna community «{ $value }». «switchboard communities» le elenca.
error-unknown-brand = Nessun marchio «{ $value }».
error-unknown-agent = Nessun agente «{ $value }» (iniziali o nome completo).
error-bad-input = «{ $value }» non è un valore valido per { $field }.
error-bad-database-url = «{ $value }» non è un URL di database. Usa sqlite:PERCORSO o postgres://utente:password@host:porta/database.
error-io = Input o output non riuscito: { $reason }
error-demo-needs-yes = La demo sostituirebbe i dati di questo spazio di lavoro. Rilanciala con --yes per confermare.

## Spazio di lavoro demo

demo-confirm = La demo sostituisce lo spazio di lavoro { $target } ({ $communities } community). Continuare? [s/N]
demo-confirm-yes = s
demo-cancelled = Non è stato modificato nulla.
demo-created = Spazio di lavoro demo pronto in { $target }: { $communities } community, { $cases } casi, { $messages } messaggi, { $experts } esperti.

## Elenchi

communities-empty = Ancora nessuna community. Aggiungine una con «switchboard community add» o prova «switchboard demo».
community-added = Community { $handle } aggiunta (pagina { $page }).
queue-empty = Nessun caso aperto qui. Nessuno è in attesa.
search-empty = Nessun messaggio corrisponde nei filtri mostrati.
inbound-stored = Messaggio registrato nel caso n. { $case }.
inbound-duplicate = Già registrato nel caso n. { $case }; non è cambiato nulla.
case-changed = Il caso n. { $case } ora è: { $status }.
case-snoozed = Il caso n. { $case } è posticipato fino al { $until }: attende il cliente e torna aperto a quel momento.
handoff = Richiesta

col-community = Community
col-brand = Marchio
col-locale = Lingua
col-open = Aperti
col-at-risk = A rischio
col-breached = Scaduti
col-oldest-waiting = Attesa più lunga
col-case = Caso
col-customer = Cliente
col-status = Stato
col-sla = SLA
col-due = Scadenza
col-assignee = Assegnato a
col-subject = Oggetto
col-author = Autore
col-when = Quando
col-message = Messaggio

sla-on-track = nei tempi
sla-at-risk = a rischio
sla-breached = scaduto
sla-paused = in pausa
sla-done = concluso

status-new = nuovo
status-open = aperto
status-waiting-customer = attesa cliente
status-waiting-expert = attesa esperto
status-resolved = risolto

direction-inbound = cliente
direction-outbound = risposta
direction-note = nota interna

## Finestra

window-title = Switchboard
window-loading = Caricamento dello spazio di lavoro…
window-all-communities = Tutte le community

## Finestra (menu, notifiche)

menu-file = File
menu-open = Apri spazio di lavoro…
menu-quit = Esci
notify-at-risk = Il caso n. { $case } ({ $community }, { $customer }) rischia di superare il suo SLA.
notify-breached = Il caso n. { $case } ({ $community }, { $customer }) ha superato il suo SLA.
notify-handoff-reminder = { $expert } non ha ancora risposto alla richiesta sul caso n. { $case }; scade tra { $minutes } min.
notify-handoff-expired = La richiesta a { $expert } sul caso n. { $case } è scaduta senza risposta; il caso torna in coda.

## La finestra del desk (ui/)

error-no-agent = Scegli prima chi sei («Io» nell'intestazione): note, risposte e bozze vengono scritte a tuo nome.
error-unexpected = Qualcosa è andato storto: { $reason }

backend-sqlite = SQLite (questo computer)
backend-postgres = PostgreSQL (server condiviso del team)
header-open-workspace = Apri spazio di lavoro…
header-me = Io
header-me-nobody = Scegli chi sei…
header-me-login = Il tuo login del database dice chi sei (modalità team).
header-language = Lingua
language-name-en = English
language-name-fr = Français
language-name-de = Deutsch
language-name-it = Italiano

key-ctrl = Ctrl
key-enter = Invio
key-escape = Esc
key-space = Spazio

duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
duration-days = { $days } g { $hours } h
countdown-overdue = −{ $duration }

matrix-title = Community
matrix-loading = Conteggio dei casi aperti…
matrix-empty-title = Questo spazio di lavoro non ha ancora community.
matrix-empty-demo = Per provare Switchboard con pagine e casi di esempio, esegui:
matrix-empty-add = Per aggiungere una delle tue pagine, esegui:
matrix-nobody-waiting = nessuno in attesa
matrix-cell-title = { $handle }: { $open } aperti, { $atRisk } a rischio, { $breached } scaduti; attesa più lunga: { $oldest }

queue-title = Coda
queue-loading = Caricamento della coda…
queue-counting = Conteggio…
queue-total = { $count ->
    [one] 1 caso
   *[other] { $count } casi
}
queue-empty-filtered = Nessun caso corrisponde a questi filtri.

filter-all-brands = Tutti i marchi
filter-all-locales = Tutte le lingue
filter-all-open = Tutti gli stati aperti
filter-anyone = Chiunque
filter-unassigned = Non assegnati
filter-mine = Miei

search-label = Cerca nei messaggi
search-placeholder = Cerca nei messaggi (tasto /)
search-loading = Ricerca in corso…
search-hits = { $count ->
    [one] 1 messaggio trovato
   *[other] { $count } messaggi trovati
}
search-back = Torna alla coda (Esc)
search-every-status = Includi i casi risolti

case-pane = Caso
case-facts = Dati del caso
case-loading = Apertura del caso…
case-none-title = Nessun caso aperto
case-none-hint = Scegli un caso nella coda, oppure usa la tastiera:
case-number = Caso n. { $case }
case-no-subject = (senza oggetto)
case-assigned-to = Assegnato a { $name }
case-unassigned = Non assegnato
case-assignee-me = { $name } (io)
case-assignee-title = Chi ha il caso: scegli un collega, o te stesso ({ $key })
case-follows-up = Seguito del caso n. { $case }
case-actions = Azioni sul caso

kind-messenger = Messenger
kind-comment = Commento
kind-visitor-post = Post di un visitatore
kind-direct = Diretto

sla-title = Tempi SLA
sla-first-response = Prima risposta
sla-resolution = Risoluzione
sla-due-in = scadenza { $when } ({ $left })
sla-due-at = scadenza { $when }
sla-met-at = risposto { $when }
sla-paused-detail = sospeso mentre si attende il cliente

messenger-title = Finestra Messenger
messenger-standard = Risposta standard
messenger-human-agent = Agente umano (tag)
messenger-closes = Aperta fino a { $when } (ancora { $left })
messenger-closed = Chiusa
messenger-closed-detail = Chiusura: { $when }. Messenger non accetta più risposte a questo fan. Rispondi con un commento pubblico o tramite un altro canale.

customer-title = Cliente
customer-show-all = Mostra tutti e { $count }
customer-unknown = (sconosciuto)
customer-no-other-cases = Nessun altro caso di questo cliente.
customer-other-cases = { $count ->
    [one] 1 altro caso:
   *[other] { $count } altri casi:
}

handoffs-title = Richieste
handoff-state-requested = in attesa dell'esperto
handoff-state-answered = risposto
handoff-state-declined = rifiutato
handoff-state-expired = scaduto
handoff-due = scadenza { $when }

thread-title = Conversazione
thread-empty = Ancora nessun messaggio.
thread-internal-note = Interna – non inviata

note-label = Nota interna (mai inviata al cliente)
note-placeholder = Solo per il team…
note-save = Salva la nota

composer-label = Risposta al cliente
composer-placeholder = Scrivi la risposta…
composer-send = Registra la risposta
composer-sending = Registrazione…
composer-resolved = Questo caso è risolto. Segnalo come aperto (o) per rispondere di nuovo; la bozza resta salvata.
composer-window-open = Risposta privata su Messenger (la vede solo il cliente), possibile fino a { $when }.
composer-window-closed = La finestra Messenger è chiusa (chiusura: { $when }): questa risposta non può partire tramite Messenger.
draft-saving = Salvataggio della bozza…
draft-saved = Bozza salvata
draft-failed = Non è stato possibile salvare la bozza.
draft-needs-agent = Le bozze vengono conservate non appena scegli chi sei.

action-next = Caso successivo
action-previous = Caso precedente
action-open-case = Apri il caso selezionato
action-search = Cerca nei messaggi
action-toggle-mine = Mostra solo i miei casi
action-all-communities = Mostra tutte le community
action-clear-filters = Azzera i filtri
action-resolve = Risolvi
action-assign-me = Assegna a me
action-unassign = Rimuovi l'assegnazione
action-reopen = Riapri
action-set-open = Segna come aperto
action-wait-customer = Attendi il cliente
action-wait-expert = Attendi un esperto
action-reply = Scrivi una risposta
action-set-tags = Modifica le etichette…
case-tags-label = Etichette
case-tags-placeholder = vip, stampa, …
case-tags-add = + etichetta
notice-tags-set = { $count ->
    [0] Il caso n. { $case } non ha più etichette.
    [one] Il caso n. { $case } ha 1 etichetta.
   *[other] Il caso n. { $case } ha { $count } etichette.
}
action-snooze = Posticipa
snooze-hour = tra un'ora ({ $when })
snooze-three-hours = tra tre ore ({ $when })
snooze-tomorrow = domani ({ $when })
snooze-monday = lunedì prossimo ({ $when })
snooze-pick = Scegli un momento…
case-snoozed-until = Posticipato fino a { $when }
notice-snoozed = Il caso n. { $case } è posticipato fino a { $until }: torna aperto a quel momento, o appena il cliente risponde.
action-set-topic = Imposta l'argomento…
case-topic-label = Argomento
case-topic-placeholder = baggage-damaged, refund…
case-topic-none = Aggiungi un argomento
notice-topic-set = Il caso n. { $case } ora riguarda: { $topic }.
notice-topic-cleared = Il caso n. { $case } non ha più un argomento.
action-save = Salva
action-assign-to = Assegna a un collega…
action-insert-answer = Inserisci la risposta dell'esperto nella bozza
notice-no-answer-yet = Il caso n. { $case } non ha ancora una risposta dell'esperto.
action-send = Registra la risposta
action-note = Aggiungi una nota interna
action-close-case = Chiudi la vista del caso
action-palette = Riquadro dei comandi
action-shortcuts = Scorciatoie da tastiera
action-undo = Annulla
action-escape = Chiudi / torna alla coda
action-choose-me = Scegli chi sono
action-open-workspace = Apri un altro spazio di lavoro…
action-refresh = Aggiorna ora
action-language = Lingua dell'interfaccia: { $language }
action-retry = Riprova
action-dismiss = Nascondi
action-cancel = Annulla
action-close = Chiudi

palette-title = Riquadro dei comandi
palette-placeholder = Digita un comando…
palette-nothing = Nessun comando corrisponde.

shortcuts-title = Scorciatoie da tastiera
shortcuts-group-queue = Coda
shortcuts-group-case = Caso aperto
shortcuts-group-window = Finestra
shortcuts-typing-note = Le scorciatoie a un solo tasto sono disattivate mentre scrivi in un campo; Esc esce dal campo.

agent-prompt-title = Chi sei?
agent-prompt-text = Note, risposte e bozze vengono scritte a tuo nome. Sceglilo una volta; Switchboard lo ricorda su questo computer.
agent-prompt-no-agents = Questo spazio di lavoro non ha ancora agenti. Lo spazio di lavoro demo («switchboard demo») include un team.
agent-prompt-confirm = Sono io

notice-status = Il caso n. { $case } ora è: { $status }.
notice-status-same = Il caso n. { $case } è già: { $status }.
notice-assigned = Caso n. { $case } assegnato a { $name }.
notice-unassigned = Il caso n. { $case } non è più assegnato.
notice-note-added = Nota aggiunta al caso n. { $case }.
notice-reply-recorded = Risposta registrata nel caso n. { $case }.
notice-undone = Annullato.
notice-open-a-case-first = Apri prima un caso (Invio su una riga della coda).

workspace-problem-title = Non è stato possibile aprire lo spazio di lavoro
workspace-problem-hint = Apri un altro spazio di lavoro, oppure creane uno demo da un terminale:

## Elenco degli esperti e richieste (CLI; issue 5)

error-unknown-expert = Non esiste un esperto «{ $value }» (usa il numero, l'e-mail o il nome completo; «switchboard experts list» li elenca).
error-import-bad-value = Riga { $row }, colonna «{ $column }»: «{ $value }» non è valido. Non è stato importato nulla.
error-batch-missing = Riga { $line }: manca il campo «{ $field }». Non è stato importato nulla.
error-batch-empty = Riga { $line }: il campo «{ $field }» è vuoto. Non è stato importato nulla.
error-batch-not-text = Riga { $line }: il campo «{ $field }» deve essere testo. Non è stato importato nulla.
error-batch-not-number = Riga { $line }: il campo «{ $field }» deve essere un numero intero. Non è stato importato nulla.
error-batch-not-json = La riga { $line } non è un oggetto JSON. Non è stato importato nulla.
error-batch-not-utf8 = La riga { $line } non è testo UTF-8. Non è stato importato nulla.
error-batch-unknown-field = Riga { $line }: «{ $field }» non è un campo del formato (community, from, from_id, text, at, external_id, thread, version). Non è stato importato nulla.
error-batch-future-version = La riga { $line } è nella versione { $value } del formato; questo Switchboard legge la versione 1. Non è stato importato nulla.
error-batch-unknown-community = Riga { $line }: nessuna community ha l’identificativo «{ $value }». Non è stato importato nulla.
error-batch-bad-time = Riga { $line }: «{ $value }» in «{ $field }» non è un orario come 2026-12-06T09:30:00Z. Non è stato importato nulla.
error-batch-too-long = Riga { $line }: il campo «{ $field }» supera 64 KiB. Non è stato importato nulla.
error-import-duplicate = Riga { $row }, colonna «{ $column }»: «{ $value }» compare già in una riga precedente. Non è stato importato nulla.
error-import-missing-column = Il file non ha la colonna «{ $column }». Non è stato importato nulla.
error-import-malformed = La riga { $row } non è CSV valido (virgolette non chiuse, o numero di colonne diverso dall'intestazione). Non è stato importato nulla.
error-no-open-handoff = Il caso #{ $case } non ha richieste aperte.
error-several-open-handoffs = Il caso #{ $case } ha più richieste aperte; scegline una con --handoff.
error-handoff-not-answered = La richiesta #{ $handoff } non ha ancora una risposta.
error-bad-availability = «{ $value }» non è una disponibilità: usa available, away oppure out:AAAA-MM-GG.
error-bad-working-hours = «{ $value }» non sono orari di lavoro come «Mon-Fri 09:00-17:00».
error-handoff-closed = Questa richiesta è già chiusa ({ $state ->
    [answered] con risposta
    [declined] rifiutata
   *[other] scaduta
}); non è stato modificato nulla.
error-handoff-not-due = Questa richiesta non è ancora scaduta e non può decadere.
error-handoff-due-in-past = La scadenza di una richiesta deve venire dopo il momento in cui viene inviata.
error-expert-retired = { $name } non è più attivo e non riceve altre richieste.

experts-empty = Ancora nessun esperto. Aggiungine uno con «switchboard experts add» o importa un CSV con «switchboard experts import».
expert-saved = Esperto #{ $id } { $name } salvato.
expert-retired = Esperto #{ $id } { $name } ritirato: nessuna nuova richiesta; quelle passate restano nelle statistiche.
expert-is-retired = ritirato
experts-imported = { $file }: { $added } esperti aggiunti, { $updated } aggiornati, { $unchanged } invariati.
experts-exported = { $count ->
    [one] 1 esperto scritto in { $file }.
   *[other] { $count } esperti scritti in { $file }.
}
availability-available = disponibile
availability-away = assente
availability-out = assente fino al { $date }
suggest-title = Esperti per il caso #{ $case }, dal più adatto:
suggest-empty = Nessun esperto attivo da proporre.
reason-topic = conosce «{ $topic }»
reason-keyword = «{ $keyword }» nella conversazione rimanda a «{ $topic }»
reason-customer-language = parla la lingua del cliente ({ $language })
reason-agent-language = parla la tua lingua ({ $language })
reason-available-now = disponibile ora ({ $time })
reason-off-hours = fuori dall'orario di lavoro ({ $time })
reason-away = assente
reason-out-until = assente fino al { $date }
reason-load = { $open ->
    [one] 1 richiesta aperta
   *[other] { $open } richieste aperte
}
reason-answer-speed = risponde in { $minutes } min (mediana, 30 giorni)
handoffs-empty = Nessuna richiesta.
handoff-asked = Richiesta #{ $handoff } inviata a { $expert }, scadenza { $due } ({ $in }); il caso #{ $case } ora attende l'esperto.
handoff-answered = Risposta registrata sulla richiesta #{ $handoff }; il caso #{ $case } ora è { $status }.
handoff-draft-updated = La risposta è stata aggiunta alla tua bozza sul caso #{ $case }.
handoff-declined = Richiesta #{ $handoff } rifiutata; il caso #{ $case } non la attende più.
handoffs-expired = { $count ->
    [one] 1 richiesta scaduta è decaduta.
   *[other] { $count } richieste scadute sono decadute.
}
trail-empty = Ancora nulla nel registro di questo caso.
audit-handoff-asked = richiesta inviata
audit-handoff-answered = richiesta con risposta
audit-handoff-declined = richiesta rifiutata
audit-handoff-expired = richiesta decaduta
audit-taken-over = caso rilevato
audit-comment-hidden = commento nascosto
audit-cluster-reply = risposto con il suo gruppo
audit-helper-reply = risposta di un rinforzo
audit-by-helper = { $actor } (rinforzo)
mail-question = Domanda
mail-excerpt = Dalla conversazione
mail-language = Lingua del cliente
mail-due = Risposta necessaria entro
mail-priority = Priorità
mail-reference = Riferimento
mail-reply-hint = Rispondi a questa e-mail mantenendo il riferimento nell'oggetto.
col-expert-id = N.
col-expert = Esperto
col-department = Reparto
col-topics = Temi
col-languages = Lingue
col-hours = Orario di lavoro
col-availability = Disponibilità
col-open-handoffs = Aperte
col-median-answer = Risposta mediana
col-rank = Posizione
col-score = Punteggio
col-reasons = Perché
col-handoff = Richiesta
col-state = Stato
col-question = Domanda
col-event = Evento
col-actor = Da
col-detail = Dettaglio
col-asked = Inviate
col-answered-in-time = Risposte in tempo
col-cases = Casi
col-with-expert = Con un esperto
col-share = Quota

## Handoffs and the expert directory in the window

action-handoff = Chiedi a un esperto
action-experts = Elenco degli esperti
handoff-dialog-title = Chiedi a un esperto sul caso n. { $case }
handoff-loading = Caricamento…
handoff-no-experts = Non c'è nessun esperto attivo. Aggiungine uno nell'elenco degli esperti (d).
handoff-suggested = Suggeriti, il migliore per primo
handoff-question-label = Domanda per l'esperto
handoff-question-placeholder = Che cosa serve sapere per rispondere al cliente?
handoff-excerpt-label = Estratto della conversazione (l'esperto lo vedrà)
handoff-due-label = Risposta necessaria entro
handoff-priority-label = Priorità
handoff-due-invalid = La scadenza non è una data con ora valida; non è stato inviato nulla.
priority-low = bassa
priority-normal = normale
priority-high = alta
priority-urgent = urgente
handoff-send = Invia a { $name }
handoff-send-nobody = Invia
handoff-to = a { $name }
handoff-answered-by = risposta di { $name }
handoff-record-answer = Registra la risposta
handoff-answer-placeholder = La risposta dell'esperto, così come è arrivata
handoff-by-placeholder = Risposto da (se non { $name })
handoff-answer-save = Salva la risposta
handoff-decline = Rifiuta
handoff-decline-placeholder = Motivo (facoltativo)
handoff-decline-save = Rifiuta la richiesta
handoff-email = Invia per e-mail
handoff-insert = Inserisci nella bozza
notice-handoff-sent = Il caso n. { $case } ora attende { $name }.
notice-answer-recorded = Risposta registrata sul caso n. { $case }.
notice-handoff-declined = Richiesta rifiutata; il caso n. { $case } non la attende più.
notice-answer-inserted = La risposta dell'esperto è nella tua bozza del caso n. { $case }.
notice-handoff-emailed = L'e-mail è stata passata al programma di posta; il link è anche negli appunti.
trail-title = Cronologia
trail-show-all = Mostra tutte ({ $count })
trail-show-latest = Mostra solo l'ultima
trail-handoff_asked = { $actor } ha chiesto a { $expert }
trail-handoff_answered = { $expert } ha risposto (registrato da { $actor })
trail-handoff_declined = Richiesta a { $expert } rifiutata da { $actor }
trail-handoff_expired = Richiesta a { $expert } scaduta senza risposta
trail-taken_over = { $actor } ha preso in carico il caso da { $detail }
trail-comment_hidden = { $actor } ha nascosto il commento con dati personali
trail-cluster_reply = { $actor } ha risposto insieme al suo gruppo: { $detail }
trail-helper_reply = { $actor } ha risposto
trail-helper = rinforzo
trail-helper-title = Arrivato di rinforzo per la giornata di crisi: le sue voci sono segnate
experts-title = Elenco degli esperti
experts-show-retired = Mostra i ritirati
experts-new = Nuovo esperto
experts-empty-window = Ancora nessun esperto: aggiungine uno o importa un CSV con «switchboard experts import».
expert-available-now = disponibile ora
expert-not-available-now = non disponibile ora
expert-edit = Modifica il profilo
expert-retire = Ritira
expert-save = Salva
expert-handoffs-title = Le sue richieste, tutte le community
expert-field-email = E-mail
expert-field-time-zone = Fuso orario
expert-field-chat = Nome in chat
expert-hint-topics = baggage-delayed; refund
expert-hint-languages = it; de; fr
expert-hint-time-zone = Europe/Zurich
expert-hint-hours = Mon-Fri 09:00-17:00
expert-hint-availability = available, away o out:2026-12-31

## Templates and languages in the window

action-template = Risposte pronte
templates-title = Risposte pronte
templates-search-placeholder = Cerca per argomento, parola chiave o testo
templates-in-language = in { $language }
templates-none = Nessuna risposta pronta corrisponde.
replies-title = Risposte salvate
replies-backlog = Traduzioni in sospeso
replies-backlog-count = { $count } da tradurre o confermare
replies-new-id = Nuovo identificativo (es. seat-refund)
replies-new = Scrivi
replies-state-missing = mancante
replies-state-outdated = da rivedere
replies-served-by = intanto in { $locale }
replies-any-brand = ogni marchio
replies-reference = riferimento
replies-tags = Parole chiave
replies-source = Testo (Fluent)
replies-confirm = Ancora valida: conferma
replies-pick-variant = Scegli una lingua qui sopra per modificarla.
replies-saved = Salvato.
replies-saved-reference = Salvato: { $count } altre varianti sono ora da rivedere.
replies-unchanged = Nessuna modifica.
replies-confirmed = Confermato: non più da rivedere.
action-replies = Gestisci le risposte salvate
templates-for-topic = per questo caso
templates-pick-one = Nessuna risposta salvata è per l'argomento di questo caso: sceglila con ↓ o un clic, oppure cerca.
templates-insert = Inserisci
templates-outdated = da rivedere
templates-other-language-short = altra lingua
templates-other-language = Questo testo è in { $used }, non in { $wanted }: non esiste ancora una versione in { $wanted }.
templates-missing = Da completare prima dell'invio: { $names }
notice-template-inserted = La risposta pronta è nella tua bozza del caso n. { $case }.
language-notice = Questo cliente scrive in { $language }; questa pagina è in { $page }.
language-notice-confidence = rilevato con il { $percent } % di certezza
language-notice-sibling = La pagina { $community } del marchio risponde in questa lingua.
language-notice-reply = Rispondi in { $language }
lang-en = inglese
lang-fr = francese
lang-de = tedesco
lang-it = italiano
lang-nl = olandese
lang-es = spagnolo
lang-pt = portoghese

## Templates and language detection (CLI; issue 4)

error-template-syntax = Riga { $line }, colonna { $column }: non è Fluent valido ({ $detail }).
error-template-attribute-line = Riga { $line }: una riga che inizia con «.» diventerebbe un attributo; riformulala.
error-template-unknown-variable = Riga { $line }, colonna { $column }: la variabile ${ $name } non esiste (usa $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer o $statement_link).
error-template-unknown-term = Riga { $line }, colonna { $column }: il termine -{ $name } non esiste (usa -brand o -sign-off).
error-template-message-reference = Riga { $line }, colonna { $column }: una risposta pronta non può usare un altro messaggio ({ $name }).
error-template-empty = Il testo di una risposta pronta non può essere vuoto.
error-template-text-too-large = Il testo di una risposta pronta non può superare { $limit }.
error-template-too-large = Il testo della risposta pronta «{ $template }» per { $locale } supera { $limit }. Non è stato salvato nulla.
error-template-import-syntax = { $file }, riga { $line }, colonna { $column }: non è Fluent valido ({ $detail }). { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-bad-id = { $file }, riga { $line }: «{ $id }» non è un identificativo di risposta pronta (minuscole, cifre e -). { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-missing-topic = { $file }, riga { $line }: «{ $id }» non ha un .topic. { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-duplicate = { $file }, riga { $line }: «{ $id }» compare due volte. { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-file-too-large = { $file } supera { $limit }. Non è stato importato nulla.
error-template-import-text-syntax = { $file }, riga { $line }, colonna { $column }: il testo di «{ $id }» non è Fluent valido ({ $detail }). { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-attribute-line = { $file }, riga { $line }: in «{ $id }» una riga che inizia con «.» diventerebbe un attributo. { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-unknown-variable = { $file }, riga { $line }, colonna { $column }: «{ $id }» usa ${ $name }, che non è una variabile (usate $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer, $statement_link). { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-unknown-term = { $file }, riga { $line }, colonna { $column }: «{ $id }» usa -{ $name }, che non è un termine (usate -brand o -sign-off). { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-message-reference = { $file }, riga { $line }, colonna { $column }: «{ $id }» usa un altro messaggio ({ $name }), cosa che una risposta pronta non può fare. { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-empty = { $file }, riga { $line }: «{ $id }» non ha testo. { $count } problemi in tutto. Non è stato importato nulla.
error-template-import-too-large = { $file }, riga { $line }: il testo di «{ $id }» supera { $limit }. { $count } problemi in tutto. Non è stato importato nulla.
error-unknown-template = La risposta pronta «{ $value }» non esiste.
error-no-variant = La risposta pronta «{ $template }» non ha testo per { $locale }, né un ripiego.
error-check-findings = { $count ->
    [one] 1 problema trovato.
   *[other] { $count } problemi trovati.
}
check-syntax = Fluent non valido alla colonna { $column } ({ $detail })
check-bad-id = «{ $id }» non è un identificativo valido (minuscole, cifre e -)
check-missing-topic = «{ $id }» non ha .topic
check-duplicate = «{ $id }» compare due volte
check-missing-message = manca «{ $id }» (è in { $reference })
check-extra-message = «{ $id }» non è in { $reference }
check-topic-mismatch = «{ $id }» ha l'argomento «{ $topic }», il riferimento dice «{ $expected }»
check-variable-mismatch = «{ $id }» usa { $found }, il riferimento usa { $expected }
check-template-syntax = «{ $id }»: Fluent non valido alla riga { $line }, colonna { $column } ({ $detail })
check-template-attribute-line = «{ $id }»: la riga { $line } inizia con «.»
check-template-unknown-variable = «{ $id }»: variabile sconosciuta ${ $name } alla riga { $line }, colonna { $column }
check-template-unknown-term = «{ $id }»: termine sconosciuto -{ $name } alla riga { $line }, colonna { $column }
check-template-message-reference = «{ $id }»: usa un altro messaggio ({ $name })
check-template-empty = «{ $id }» è vuoto
check-template-text-too-large = «{ $id }» supera { $limit }
check-file-too-large = supera { $limit }; non controllato
templates-check-ok = Nessun problema in { $count } file e risposte pronte.
templates-exported = { $count } file scritti in { $dir }.
templates-imported = { $files } file letti: { $saved } testi salvati, { $unchanged } invariati.
templates-backlog-empty = Ogni community ha ogni risposta pronta nella sua lingua, aggiornata.
col-template = Risposta pronta
col-served-by = Nel frattempo
backlog-missing = mancante
backlog-outdated = da rivedere
action-language-pseudo = Lingua dell’interfaccia: pseudo (mostra il testo fisso)
template-saved = Risposta pronta «{ $template }» salvata per { $locale }.
template-reference-saved = Testo di riferimento di «{ $template }» salvato per { $locale }; { $outdated } altri testi sono ora da rivedere.
template-unchanged = La risposta pronta «{ $template }» per { $locale } è già esattamente questa; non è stato modificato nulla.
template-confirmed = Risposta pronta «{ $template }» per { $locale } confermata: non è più da rivedere.
bench-progress = { $done } casi su { $total } ({ $percent } %), { $rate } casi/s, circa { $left } s rimanenti
bench-generated = { $target }: { $communities } community, { $cases } casi ({ $open } non risolti), { $messages } messaggi, { $handoffs } richieste, in { $seconds } s.
bench-measuring = misura: { $what }
serve-listening = Ricezione dei webhook Meta su { $url }
webhooks-replayed = { $file }: rielaborato, { $stored } eventi registrati, { $duplicates } già presenti; rimosso.
webhooks-still-failing = { $file }: { $stored } eventi registrati, { $failed } ancora no; conservato.
webhooks-unreadable = { $file }: non è il contenuto di un webhook; conservato.
webhooks-none = Nessuna consegna di webhook da rielaborare in { $dir }.
error-missing-secret = Nessun { $what ->
    [app-secret] segreto dell'app Meta
   *[other] token di verifica dei webhook
} è configurato: salvalo nel portachiavi di sistema o, su un server che non ne ha, in { $what ->
    [app-secret] SWITCHBOARD_META_APP_SECRET
   *[other] SWITCHBOARD_META_VERIFY_TOKEN
}.

## The Meta connector (CLI and window)
connect-done = { $community } è collegata alla sua pagina ({ $url }).
connect-removed = { $community } è scollegata; il suo token di pagina è stato rimosso dal portachiavi.
sync-report = { $synced } community sincronizzate: { $stored } nuovi messaggi, { $sent } risposte inviate, { $failed } rifiutate.
sync-running = Sincronizzazione delle pagine collegate (Ctrl+C per fermare)…
fake-graph-listening = Server Graph di prova su { $url }
demo-surge-page = { $name } ({ $page }): { $written } nuovi fan hanno scritto per voli cancellati.
demo-surge-none = Nessuna pagina del server Graph di prova ha «{ $brand }» nel nome: non è stato scritto nulla.
connections-none = Nessuna community è collegata alla sua pagina. Collegane una con «switchboard connect».
connections-row = { $community }: { $status }, ultima sincronizzazione { $last }, { $pending } risposte in attesa { $error }
reply-queued = La risposta { $reply } del caso { $case } è nella coda d’invio; parte verso la pagina tra un attimo.
error-window-closed = La finestra di Messenger si è chiusa il { $closed }: Meta non permette più alla pagina di rispondere a questo fan. Non è stato inviato nulla; il testo è conservato.
error-graph-back-off = Meta chiede a Switchboard di rallentare. Non si perde nulla; riprova a breve.
error-graph-reauthorize = Meta ha rifiutato il token della pagina: collega di nuovo la pagina. Non si perde nulla.
error-graph-outside-window = Secondo Meta la finestra di risposta è chiusa. Il testo è tornato nella bozza.
error-graph-rejected = Meta ha rifiutato la richiesta: { $detail }
error-graph-unreachable = L’API Graph non è raggiungibile: { $detail }
error-graph-unexpected = L’API Graph ha risposto in modo inatteso: { $detail }
error-no-token = Nel portachiavi non c’è un token di pagina per { $value }: collega di nuovo la pagina.
error-keychain-unavailable = Il portachiavi non è disponibile ({ $detail }). Sbloccalo o avvia un servizio di segreti come GNOME Keyring.
sync-title = Sincronizzazione della pagina
sync-ok = sincronizzata { $when }
sync-never = collegata, non ancora sincronizzata
sync-needs-reauth = da ricollegare
sync-backing-off = Meta chiede di rallentare; prossimo tentativo { $when }
sync-failing = la sincronizzazione non riesce; prossimo tentativo { $when }
sync-not-connected = non collegata
outbox-title = Non ancora inviato
outbox-pending = Invio…
outbox-sending = Invio…
outbox-failed = Non inviato
outbox-reason-outside-window = La finestra di Messenger era chiusa; il testo è tornato nella bozza.
outbox-reason-unconfirmed = Non è confermato che sia arrivato sulla pagina: controlla la pagina prima di riprovare.
outbox-reason-reauthorize = In attesa che la pagina venga ricollegata.
outbox-reason-back-off = Meta chiede di rallentare; l’invio segue a breve.
outbox-retry = Riprova
outbox-withdraw = Torna nella bozza
connect-title = Collega le pagine
connect-demo-label = Server dimostrativo
connect-demo-submit = Collega tutte le community al server dimostrativo
connect-page-community = Community
connect-page-url = URL dell’API Graph
connect-page-token = Token di accesso della pagina
connect-page-submit = Collega la pagina
connect-connected = { $count } community collegate.
palette-connect = Collega le pagine…
notice-reply-queued = La risposta del caso { $case } parte verso la pagina.

## Presenza e collisioni (issue 14)

reply-held-reply = { $initials } ({ $name }) ha risposto { $seconds } s fa.
reply-held-pending = { $initials } ({ $name }) ha una risposta in viaggio verso la pagina, scritta { $seconds } s fa.
reply-held-message = Nuovo messaggio n. { $id } da { $author }: { $text }
reply-held-hint = Per inviare comunque la sua: switchboard reply { $case } { $flags } (con i suoi --as e --text).
error-reply-held = Non è stato inviato nulla: dal messaggio che ha visto è arrivato qualcosa di nuovo su questo caso (sopra).
presence-viewing = { $who } sta guardando
presence-typing = { $who } sta scrivendo…
presence-title-viewing = { $name } ({ $initials }) ha aperto questo caso
presence-title-typing = { $name } ({ $initials }) sta scrivendo su questo caso
presence-on-case = Colleghi su questo caso
team-label = Team
team-online-title = Online ora: { $names }
team-nobody = Nessun altro è online
ago-seconds = { $seconds } s fa
ago-duration = { $duration } fa
collision-title = Qualcuno è arrivato prima
collision-intro = La sua risposta non è stata inviata: il caso è cambiato da quando ha iniziato a scrivere.
collision-replied = { $who } ha risposto { $ago }
collision-pending = { $who } ha una risposta in viaggio verso la pagina ({ $ago })
collision-new = Novità sul caso
collision-send-anyway = Invia comunque
collision-back = Torna alla bozza
takeover-title = Prendere il caso da { $holder }?
takeover-text = { $holder } ha il caso { $case }. Prenderlo lo assegna a lei; resta nella cronologia del caso.
takeover-confirm = Prendi il caso
notice-taken-over = Il caso { $case } ora è suo.

## Connecting pages from the window
error-wrong-page = Questo token appartiene alla pagina { $found }, ma { $community } è la pagina { $expected }. Non è stato modificato nulla.
error-no-demo-pages = Il server dimostrativo { $value } non ha nessuna delle pagine di questo spazio di lavoro.
header-pages = Pagine
connect-intro = Ogni community risponde dalla sua pagina Facebook. Incolla il token di accesso della pagina per collegarla: Switchboard lo verifica con Meta e lo conserva nel portachiavi del sistema, mai nello spazio di lavoro.
connect-demo-hint = Il finto server Graph della dimostrazione (avviato da scripts/demo, o da «switchboard fake-graph») fornisce i token delle sue pagine.
connect-demo-url = URL del server dimostrativo
connect-page-id = Pagina { $id }
connect-page-human-agent = Meta concede a questa app il tag Human Agent (risposte su Messenger fino a 7 giorni)
connect-open-form = Collega…
connect-reconnect = Ricollega…
connect-disconnect = Scollega
connect-connecting = Collegamento…
connect-last-error = Ultimo errore: { $error }
connect-next-attempt = prossimo tentativo { $when }
connect-one-done = { $community } è collegata alla sua pagina.
connect-token-missing = Incolla prima il token di accesso della pagina.
composer-send-page = Invia alla pagina
composer-window-closed-connected = La finestra Messenger è chiusa (chiusura: { $when }): Meta non accetta più risposte a questo fan, quindi questa risposta non può essere inviata. Il tuo testo resta; rispondi sotto un commento pubblico o tramite un altro canale.
connect-token-refused = Meta non accetta questo token per la pagina { $id }: incolla un token di accesso di questa pagina. Non è stato modificato nulla.
sync-short-reauth = da ricollegare
sync-short-backing-off = rallentata
sync-short-failing = in errore
header-pages-attention = { $count ->
    [one] Una pagina ha bisogno di te: un nuovo token, o la sua sincronizzazione non riesce.
   *[other] { $count } pagine hanno bisogno di te: un nuovo token, o la loro sincronizzazione non riesce.
}
error-incomplete-workspace = Questo spazio di lavoro è incompleto: `{ $value }` è stato interrotto prima della fine. Eseguitelo di nuovo per completarlo.
error-workspace-opening = Lo spazio di lavoro si sta ancora aprendo.
warning-incomplete-workspace = Attenzione: questo spazio di lavoro è incompleto (`{ $value }` è stato interrotto prima della fine).
bench-confirm = Questo sostituisce lo spazio di lavoro { $target } ({ $communities } comunità) con un anno generato. Continuare? [s/N]
error-bench-needs-yes = La generazione sostituirebbe i dati di questo spazio di lavoro. Eseguitela di nuovo con --yes per confermare.
error-damaged-database = Il file dello spazio di lavoro { $path } è danneggiato ({ $detail }). È stato lasciato com’è: ripristinate un backup, oppure apritelo per leggere ed esportare ciò che contiene.
error-read-only-database = Lo spazio di lavoro { $path } è aperto in sola lettura: non è stato scritto nulla.
warning-read-only-file = Attenzione: non potete scrivere in { $path }; lo spazio di lavoro è aperto in sola lettura.
warning-damaged-database = Attenzione: { $path } è danneggiato ({ $detail }); lo spazio di lavoro è aperto in sola lettura perché nulla peggiori. Ripristinate un backup, oppure esportate ciò che vi serve.

## Claims and following the desk
case-claimed = Il caso { $case } ora è di { $agent }.
next-none = Nessun caso aperto senza assegnatario.
watch-started = Seguo le modifiche del desk dopo il numero { $seq } (Ctrl+C per fermare).
watch-line = { $at }  #{ $seq }  { $entity } { $id }  { $community }
changes-pruned = { $count } voci del registro modifiche più vecchie di { $days } giorni eliminate.

## Import of messages in bulk
batch-progress = { $done } di { $total } messaggi ({ $percent } %, { $rate }/s)
batch-imported = { $lines ->
        [one] { $lines } riga
       *[other] { $lines } righe
    }: { $stored ->
        [one] { $stored } messaggio salvato
       *[other] { $stored } messaggi salvati
    }, { $duplicates } già presenti, { $cases ->
        [one] { $cases } nuovo caso
       *[other] { $cases } nuovi casi
    } in { $communities ->
        [one] { $communities } community
       *[other] { $communities } community
    } ({ $seconds } s).

## Team mode (switchboard team ...)
error-schema-behind = Lo schema del desk è più vecchio di questo Switchboard (schema { $found }; questa versione richiede { $supported }) e il tuo login non può aggiornarlo. Chiedi all'amministratore di eseguire «switchboard team setup» con l'URL del proprietario.
error-team-needs-owner = Solo il proprietario del desk può farlo: eseguilo con l'URL del login che possiede le tabelle e può creare ruoli.
error-team-needs-postgres = La modalità team richiede un desk PostgreSQL (--db postgres://utente@host/db); uno spazio SQLite è di una sola persona.
error-team-acting-as-other = Sei connesso con il login di { $login }: non puoi agire come { $asked }.
error-team-not-a-member = { $value } non fa parte del team. «switchboard team members» elenca i membri.
team-setup-done = Modalità team su { $target }: schema { $version }; ruolo di gruppo dei membri { $group } { $created ->
        [yes] creato
       *[no] già presente
    }; modalità team { $enabled ->
        [yes] attivata
       *[no] già attiva
    }; permessi concessi.
team-setup-revoked-create = I login diversi dal proprietario non possono più creare tabelle nello schema del desk.
warning-team-public-create = Attenzione: ogni login può creare tabelle nello schema del desk e questo login non può impedirlo; chiedi al proprietario dello schema di eseguire «REVOKE CREATE ON SCHEMA … FROM PUBLIC».
team-member-added = Aggiunto { $initials } ({ $name }) con il login { $login }, vede { $communities }{ $until ->
        [none] {""}
       *[other] {""} fino al { $until }
    }. Il suo URL di connessione:
team-member-url-once = Questo URL contiene la password ed è mostrato solo questa volta: consegnalo al membro in privato.
team-no-members = Ancora nessun membro: «switchboard team add-member» ne aggiunge uno.
team-until = fino al { $until }
team-ended = terminato il { $until }
team-member-removed = { $initials } rimosso: il login { $login } non funziona più; il suo agente e ciò che ha scritto restano.

## Crisis days
crisis-no-alerts = Nessun allarme di picco in questo periodo.
crisis-alert-line = { $at }  { $community }: { $requesters } persone nella finestra, { $ratio }× le solite { $baseline } (picco { $peak })
crisis-thresholds = Allarme di picco a { $ratio }× il numero abituale di persone che scrivono in { $window } minuti, con almeno { $min } persone e una probabilità di al massimo { $chance }.
notify-spike = Picco su { $community }: { $requesters } persone hanno scritto nell’ultima ora, { $ratio }× il solito.
matrix-spike = Picco
matrix-spike-title = Picco dalle { $since }: { $requesters } persone in un’ora ({ $ratio }× le solite { $baseline }); { $peak } al massimo.

## Modalità crisi: dichiarare, comunicati, playbook
crisis-declared = Crisi { $id } «{ $name }» dichiarata su { $communities }: i nuovi casi ricevono una prima risposta entro { $first } e ne portano il segno.
crisis-ended-now = Crisi { $id } «{ $name }» terminata: i nuovi casi tornano ai tempi abituali.
crisis-none = Nessuna crisi dichiarata.
crisis-line = { $id }  { $name }  ({ $scope })  dal { $since }{ $until ->
    [none] {""}
   *[other] {""}, terminata { $until }
}  { $cases } caso/i, prima risposta entro { $first }
crisis-published = Comunicato: { $queued } post da pubblicare o aggiornare, { $unchanged } invariati, { $refused } pagina/e escluse.
crisis-no-clusters = Nessun gruppo di almeno { $min } casi aperti.
col-cluster = Richiesta
col-pages = Pagine
col-sample = Esempio
statement-missing-locale = nessun comunicato in { $locale }: esclusa (mai in un'altra lingua)
statement-not-connected = non collegata alla sua pagina: esclusa
statement-post-state = post { $state } { $post }
statement-not-published = non ancora pubblicato
playbook-line = { $id }  { $name }  (prima risposta { $first } min)  { $missing } community senza comunicato, { $outdated } obsoleti
playbook-missing = Nessun comunicato nella loro lingua: { $communities }
playbook-outdated = Comunicato obsoleto: { $communities }
playbook-saved = Playbook { $id } salvato.
playbook-imported = { $playbooks } playbook importati; comunicati: { $saved } scritti, { $unchanged } invariati.
error-crisis-bad-scope = «{ $value }» non è un ambito: usate all, brand:<marchio>, language:<codice> o community:<handle>.
error-crisis-empty-scope = { $value } non copre nessuna community di questo spazio.
error-crisis-overlap = { $community } è già nella crisi { $crisis } ({ $name }): terminatela prima.
error-crisis-no-name = Una crisi e un playbook hanno bisogno di un nome.
error-crisis-unknown-playbook = Non esiste un playbook «{ $value }» (switchboard playbook list li mostra).
error-crisis-ended = La crisi { $crisis } è terminata: il suo comunicato non può più essere modificato né pubblicato.
error-crisis-bad-duration = «{ $value }» non è una durata come 90m, 4h o 3d.
error-crisis-playbook-file = { $file }, riga { $line }: { $what ->
    [bad-minutes] «{ $id }» richiede .first-response-minutes e .resolution-minutes in minuti interi (al massimo 60 giorni)
    [no-name] «{ $id }» non ha un nome
    [bad-id] «{ $id }» non è un identificativo di playbook (minuscole, cifre e -)
    [duplicate] «{ $id }» compare due volte
    [too-large] il file è troppo grande
    [not-a-statement] «{ $id }» non è il comunicato di un playbook (playbook-<id> con .topic = statement)
   *[syntax] questo non è Fluent valido
}. { $count } problemi in tutto. Non è stato importato nulla.
crisis-declare-action = Dichiarare una crisi…
crisis-declare-short = Dichiarare crisi
crisis-title = Crisi
crisis-declare-title = Dichiarare una crisi
crisis-from-alert = Picco su { $community }: { $requesters } persone in un'ora, { $ratio }× il solito.
crisis-name = Nome
crisis-scope = Pagine
crisis-scope-brand = Tutte le pagine { $brand }
crisis-scope-community = Solo { $community }
crisis-scope-language = Tutte le pagine in { $language }
crisis-scope-all = Tutte le pagine
crisis-playbook = Playbook
crisis-no-playbook = Nessuno: scrivere il comunicato
crisis-first-response = Prima risposta per i nuovi casi (ore)
crisis-declare-confirm = Dichiarare
crisis-statement-title = Comunicato di attesa — { $name }
crisis-statement-hint = Un post per pagina, nella lingua della pagina. Una pagina senza testo nella sua lingua è esclusa, mai servita in un'altra lingua.
crisis-gap-missing = Nessun comunicato in { $locale }: esclusa
crisis-gap-not-connected = Non collegata: esclusa
crisis-outdated = Testo obsoleto
crisis-edit = Modificare
crisis-save-text = Salvare per { $locale }
crisis-post-none = Non ancora pubblicato
crisis-post-pending = Pubblicazione…
crisis-post-sending = Pubblicazione…
crisis-post-sent = ✓ Sulla pagina ({ $post })
crisis-post-failed = Rifiutato dalla pagina
crisis-publish = { $count ->
    [one] Pubblicare su 1 pagina
   *[other] Pubblicare su { $count } pagine
}
crisis-report = { $queued } da pubblicare o aggiornare, { $unchanged } invariati, { $refused } esclusi.
crisis-banner = Crisi: { $name }
crisis-banner-terms = prima risposta entro { $promise } · dal { $since } · { $cases } caso/i
crisis-hours = { $hours } h
crisis-minutes = { $minutes } min
crisis-banner-statement = Comunicato
crisis-end = Terminare la crisi
crisis-end-confirm = Terminare ora
crisis-ended-notice = Crisi «{ $name }» terminata: i nuovi casi tornano ai tempi abituali.

## Protezione dei dati
error-private-not-a-comment = Il caso { $case } non è un commento pubblico: non c'è una risposta privata da inviare.
error-private-already-sent = Caso { $case }: la risposta privata è già stata inviata (la piattaforma ne consente una per commento).
error-private-expired = Caso { $case }: la risposta privata non è più possibile dal { $closed_at } (sette giorni dopo il commento).
error-private-not-connected = Caso { $case }: la sua pagina non è collegata, non si può inviare nulla in privato.
privacy-public-pointer = Ciao { $first_name }, ti abbiamo inviato un messaggio privato per vedere insieme la questione. Il team { $brand }
error-reply-personal = Non è stato inviato nulla: una risposta pubblica non deve contenere dati personali. Toglieteli o inviate in privato (--privately).
privacy-found = Dato personale ({ $kind }): { $text }
privacy-without = Senza: { $text }
composer-public = Risposta pubblica: tutta la pagina la vede.
composer-not-connected = Pagina non collegata: questa risposta viene solo registrata qui e non raggiunge il cliente.
composer-send-private = Inviare in privato
notice-sent-privately = Caso { $case }: la risposta privata e una nota pubblica che lo dice sono in invio.
privacy-title = Dati personali in una risposta pubblica
privacy-text = Tutta la pagina lo vedrebbe. Toglieteli o inviate la risposta in privato.
privacy-remove = Toglierli
privacy-send-private = Inviare in privato
privacy-private-closed = La risposta privata non è più possibile su questo commento (già inviata o più di sette giorni fa).
privacy-private-none = Questo caso non ha risposta privata: toglieteli.
privacy-kind-booking = Codice di prenotazione
privacy-kind-email = Indirizzo e-mail
privacy-kind-phone = Numero di telefono
privacy-kind-card = Numero di carta
privacy-kind-birthdate = Data di nascita
privacy-public-mark = Dati personali in pubblico: { $kinds }
privacy-hide = Nascondere il commento
privacy-hidden = Il commento è nascosto sulla pagina (la persona lo vede ancora).
privacy-hidden-notice = Il commento è nascosto sulla pagina.
privacy-move-hint = Rispondete con «Inviare in privato» per spostare la conversazione fuori dalla vista pubblica.
signature-now = Le risposte sono firmate: { $signature ->
    [first_name] con il nome della persona e la firma del marchio
    [brand] solo con la firma del marchio
   *[initials] con la firma del marchio e le iniziali della persona
}.
report-period = Dal { $from } al { $to }:
report-col-key = Gruppo
report-col-opened = Aperti
report-col-resolved = Risolti
report-col-first-met = Prima risposta rispettata
report-col-first-median = Prima risposta (mediana)
report-col-resolution-met = Soluzione rispettata
report-col-resolution-median = Soluzione (mediana)
report-col-backlog = Arretrato alla fine
report-col-handoffs = Passaggi
report-total = Totale
report-csv-written = { $file }: { $rows } righe scritte.
action-reports = Rapporti
header-reports = Rapporti
reports-title = Rapporti
reports-period = Periodo
reports-last-days = Ultimi { $days } giorni
reports-by = Per
reports-by-community = Community
reports-by-brand = Marchio
reports-by-locale = Lingua
reports-by-channel = Canale
reports-by-agent = Agente
reports-by-topic = Tema
reports-by-crisis = Crisi
reports-loading = Calcolo…
reports-no-cases = Nessun caso dietro questa cifra.
reports-definitions = Prima risposta: casi aperti nel periodo; soluzione: casi risolti nel periodo (senza il tempo di attesa del cliente); arretrato: aperti alla fine. Una riga elenca i suoi casi.
report-minutes = { $minutes } min
report-hours = { $hours } h { $minutes } min
report-days = { $days } g { $hours } h
report-kept-met = rispettata
report-kept-missed = mancata
report-kept-running = in corso
report-first = Prima risposta
report-resolution = Soluzione
reports-heat-title = Quando si aprono i casi (ora della settimana, fuso di ogni pagina)
reports-heat-cell = { $day } { $hour }:00 — { $count } caso/i
report-preparing = Preparazione delle cifre del rapporto: { $cases } casi calcolati…
report-pdf-written = { $file }: rapporto scritto in PDF.
error-report-pdf = Non è stato possibile scrivere il rapporto in PDF: { $reason }
report-pdf-title = Rapporto: { $brands }
report-pdf-generated = Stampato il { $at }
report-pdf-overview = Panoramica
report-pdf-first-on-time = Prima risposta in tempo
report-pdf-resolution-on-time = Risoluzione in tempo
report-pdf-on-time = In tempo
report-pdf-median = Mediana
report-pdf-attainment-chart = In tempo per gruppo
report-pdf-more-groups = + altri { $n } nella tabella
report-pdf-handoffs = Passaggi a esperti
report-pdf-handoffs-note = { $in_time } in tempo · mediana { $median }
report-pdf-trend = Settimana per settimana
report-pdf-table = Tutti i gruppi
report-pdf-topics = Temi principali
report-pdf-previous = Periodo precedente
report-pdf-no-data = Nessun caso in questo periodo.
report-pdf-day-unit = g
report-pdf-hour-unit = h
report-pdf-minute-unit = min
report-pdf-day-mon = lun
report-pdf-day-tue = mar
report-pdf-day-wed = mer
report-pdf-day-thu = gio
report-pdf-day-fri = ven
report-pdf-day-sat = sab
report-pdf-day-sun = dom
reports-custom = Date…
reports-from = Dal
reports-to = Al (incluso)
reports-apply = Mostra
reports-reopened = Riaperti: { $count } ({ $rate } dei risolti)
reports-handoffs = Passaggi a esperti: { $asked }; risposti in tempo: { $in_time }, in ritardo: { $late }, rifiutati: { $declined }, scaduti: { $expired }; tempo di risposta mediano: { $median }
reports-trend-title = Settimana per settimana: casi aperti, prima risposta e risoluzione in tempo
reports-topics-title = Temi principali, rispetto al periodo precedente
reports-topic-samples = Cosa scrive la clientela
reports-week-of = Casi aperti nella settimana del { $week }
reports-previous = { $count } nel periodo precedente
error-report-bad-period = Il primo giorno del periodo deve precedere l’ultimo.
reports-backlog-age = Aperti alla fine, per età
reports-age-0 = meno di 1 h
reports-age-1 = 1–4 h
reports-age-2 = 4–24 h
reports-age-3 = 1–3 giorni
reports-age-4 = 3–7 giorni
reports-age-5 = 7 giorni o più
reports-heat-cell-title = Casi aperti { $day } alle { $hour }:00

## crisis reply: rispondere a un gruppo in una volta
col-id = N.
channel-messenger = Messenger
channel-messenger_human_agent = Messenger (tag agente umano)
channel-comment = risposta pubblica al commento
channel-private_reply = risposta privata a un commento
cluster-reply-plan = Gruppo { $cluster }, risposta pronta «{ $template }»: { $count } risposte da inviare, { $left } casi restano a te, { $already } l'hanno già ricevuta.
cluster-reply-preview = In { $locale }, { $brand } ({ $count } risposte), come la riceverà il caso { $case }:
cluster-reply-left = Restano a te ({ $count }):
cluster-left-window-closed = finestra Messenger chiusa dal { $closed }
cluster-left-missing-variables = il testo richiede ciò che il caso non dice: { $names }
cluster-left-not-connected = la pagina non è collegata
cluster-left-no-text = la risposta pronta non ha testo nella lingua di questa pagina
cluster-left-personal-data = una risposta pubblica mostrerebbe dati personali
cluster-left-resolved = risolto dopo la lettura del gruppo
cluster-left-no-recipient = non è una conversazione a cui Switchboard può rispondere
cluster-reply-dry-run = Non è stato inviato nulla. Aggiungi --yes per inviare queste risposte.
cluster-reply-nothing = Nessuna nuova risposta da salvare.
cluster-reply-countdown = Invio di { $count } risposte tra { $seconds } s. Ctrl+C ferma; fino ad allora non viene salvato nulla.
cluster-reply-stopped = Fermato: nulla è stato salvato o inviato.
cluster-reply-queued = { $queued } risposte sono nella posta in uscita ({ $already } casi avevano già questa risposta; { $left } restano a te).
cluster-reply-progress = Inviate { $sent } di { $total } ({ $failed } non riuscite)
cluster-reply-waiting = { $waiting } risposte sono ancora in attesa (una pagina in pausa o senza token); la finestra o «switchboard sync» le invierà.
cluster-renamed = Gruppo { $cluster } rinominato.
cluster-merged = Il gruppo { $from } ora fa parte del gruppo { $into } ({ $count } casi spostati).
cluster-split = { $count } casi spostati nel nuovo gruppo { $cluster }.
cluster-moved-out = Il caso { $case } è ora da solo nel gruppo { $cluster }.

## Gruppi di crisi nella finestra
action-clusters = Gruppi di crisi
clusters-title = Gruppi di crisi: casi aperti con la stessa domanda
clusters-none = Nessun gruppo di { $min } o più casi aperti.
clusters-cases = { $count ->
    [one] 1 caso
   *[other] { $count } casi
}
clusters-pages = { $count ->
    [one] pagina
   *[other] pagine
}
clusters-rename = Rinomina
clusters-rename-save = Salva il nome
clusters-move-out = Togli da questo gruppo
clusters-template = Rispondi con
clusters-status = Poi porta i casi a
clusters-status-unchanged = lasciare il loro stato
clusters-preview = Vedi le risposte
clusters-send = Invia { $count } risposte
clusters-countdown = Invio di { $count } risposte tra { $seconds } s…
clusters-undo = Annulla
clusters-undone = Non è stato inviato nulla.
clusters-done = Tutto inviato: { $sent } risposte ({ $failed } non riuscite).
crisis-banner-clusters = Gruppi
bench-clusters = { $open } casi aperti, { $messages } nuovi messaggi, { $readings } letture (la prima { $first } ms, poi { $reading } ms di mediana). Da un messaggio salvato al suo caso in un gruppo: p50 { $p50 } ms, p99 { $p99 } ms, al massimo { $max } ms; mai mostrati: { $unseen }.

## Crisis desk (helpers)
crisis-desk-none = Nessuna crisi in corso: lo sportello di crisi è vuoto.
crisis-desk-helper = Aiuti durante la crisi fino al { $until }: le tue risposte sono segnate nel registro.
crisis-desk-crisis = Crisi: { $name } ({ $pages })
crisis-desk-guidance = Indicazioni dal playbook «{ $playbook }»:
crisis-desk-no-guidance = Nessuna indicazione di playbook per questa crisi.
crisis-desk-clusters = Gruppi di { $min } o più casi che chiedono la stessa cosa: { $count }
crisis-desk-cases = Altri casi, i più urgenti prima: { $shown } di { $count }
crisis-desk-title = Sportello di crisi
action-crisis-desk = Sportello di crisi (per i rinforzi)
crisis-banner-desk = Sportello di crisi
crisis-desk-answer = Rispondere insieme…
crisis-desk-clusters-title = Gruppi
crisis-desk-cases-title = Altri casi
clusters-merge-into = Unire a
clusters-merge = Unisci
clusters-split-pick = Separa
clusters-split = Sposta i casi spuntati in un nuovo gruppo

reports-no-topic = Senza argomento
## Case topics as people name them (the slug stays the same in scripts)
topic-delay = Ritardo
topic-refund = Rimborso
topic-special-assistance = Assistenza speciale
topic-assistance = Assistenza
topic-loyalty = Programma fedeltà
topic-booking-change = Modifica della prenotazione
topic-baggage = Bagagli
topic-baggage-delayed = Bagaglio in ritardo
topic-baggage-lost = Bagaglio smarrito
topic-baggage-damaged = Bagaglio danneggiato
topic-cancellation = Cancellazione
topic-seat = Posto
topic-seating = Posti
topic-compliment = Complimento
topic-crisis = Crisi
topic-self-service = Self-service
topic-expert = Risposta dell'esperto
