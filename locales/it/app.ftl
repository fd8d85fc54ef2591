# Testi dell'interfaccia di Switchboard (italiano).

## Errori

error-not-found = { $what ->
    [case] Nessun caso
    [community] Nessuna community
    [brand] Nessun marchio
    [agent] Nessun agente
    [expert] Nessun esperto
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
search-empty = Nessun messaggio corrisponde.
inbound-stored = Messaggio registrato nel caso n. { $case }.
inbound-duplicate = Già registrato nel caso n. { $case }; non è cambiato nulla.
case-changed = Il caso n. { $case } ora è: { $status }.
handoff = Passaggio

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
