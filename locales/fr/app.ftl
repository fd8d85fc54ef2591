# Chaînes de l'interface de Switchboard (français).

## Erreurs

error-not-found = { $what ->
    [case] Aucun cas
    [community] Aucune communauté
    [brand] Aucune marque
    [agent] Aucun agent
    [expert] Aucun expert
    [handoff] Aucune sollicitation
    [variant] Aucun texte de réponse type
    [template] Aucune réponse type
    [cluster] Aucun groupe
   *[other] Aucun élément ({ $what })
} « { $key } ».
error-conflict = { $what ->
    [community] La communauté
    [page] La page
    [agent] L'agent
    [message] Le message
   *[other] L'élément ({ $what })
} « { $key } » existe déjà ; rien n'a été modifié.
error-case-transition = Un cas ne peut pas passer de « { $from } » à « { $to } ».
error-bad-locale = « { $value } » n'est pas une langue comme fr-CH, de-CH ou en.
error-bad-brand = « { $value } » n'est pas un nom de marque : il faut au moins une lettre ou un chiffre.
error-bad-time-zone = « { $value } » n'est pas un fuseau horaire comme Europe/Zurich.
error-empty-message = Un message vide ne peut pas être enregistré.
error-case-resolved = Ce cas est résolu ; rouvrez-le avant de le modifier.
error-case-held = Le cas { $case } est pris en charge par { $holder }. Reprenez-le pour y travailler.
error-snooze-not-ahead = Un cas ne peut être mis en attente que jusqu'à un moment à venir.
error-missing-database = Aucun espace de travail à { $path }. Créez-en un avec « switchboard demo » ou « switchboard community add ».
error-not-a-database = { $path } n'est pas un espace de travail Switchboard ; il n'a pas été modifié.
error-schema-too-new = Cet espace de travail a été écrit par une version plus récente de Switchboard (schéma { $found } ; cette version connaît { $supported }). Mettez Switchboard à jour ; rien n'a été modifié.
error-database-unreachable = Impossible d'ouvrir la base de données { $target } : { $reason }
error-database-error = La base de données a refusé l'opération : { $reason }
error-unknown-community = Aucune communauté « { $value } ». « switchboard communities » les liste.
error-unknown-brand = Aucune marque « { $value } ».
error-unknown-agent = Aucun agent « { $value } » (initiales ou nom complet).
error-bad-input = « { $value } » n'est pas une valeur valable pour { $field }.
error-bad-database-url = « { $value } » n'est pas une URL de base de données. Utilisez sqlite:CHEMIN ou postgres://utilisateur:motdepasse@hôte:port/base.
error-io = L'entrée ou la sortie a échoué : { $reason }
error-demo-needs-yes = La démo remplacerait les données de cet espace de travail. Relancez-la avec --yes pour confirmer.

## Espace de démonstration

demo-confirm = La démo remplace l'espace de travail { $target } ({ $communities } communautés). Continuer ? [o/N]
demo-confirm-yes = o
demo-cancelled = Rien n'a été modifié.
demo-created = Espace de démonstration prêt à { $target } : { $communities } communautés, { $cases } cas, { $messages } messages, { $experts } experts.

## Listes

communities-empty = Aucune communauté. Ajoutez-en une avec « switchboard community add » ou essayez « switchboard demo ».
community-added = Communauté { $handle } ajoutée (page { $page }).
queue-empty = Aucun cas ouvert ici. Personne n'attend.
search-empty = Aucun message ne correspond dans les filtres affichés.
inbound-stored = Message enregistré dans le cas n° { $case }.
inbound-duplicate = Déjà enregistré dans le cas n° { $case } ; rien n'a changé.
case-changed = Le cas n° { $case } est maintenant : { $status }.
case-snoozed = Le cas n° { $case } est en attente jusqu'au { $until } : il attend le client et revient ouvert à ce moment-là.
handoff = Sollicitation

col-community = Communauté
col-brand = Marque
col-locale = Langue
col-open = Ouverts
col-at-risk = À risque
col-breached = Dépassés
col-oldest-waiting = Attente max.
col-case = Cas
col-customer = Client
col-status = Statut
col-sla = SLA
col-due = Échéance
col-assignee = Assigné à
col-subject = Sujet
col-author = Auteur
col-when = Date
col-message = Message

sla-on-track = dans les temps
sla-at-risk = à risque
sla-breached = dépassé
sla-paused = en pause
sla-done = terminé

status-new = nouveau
status-open = ouvert
status-waiting-customer = attente client
status-waiting-expert = attente expert
status-resolved = résolu

direction-inbound = client
direction-outbound = réponse
direction-note = note interne

## Fenêtre

window-title = Switchboard
window-loading = Chargement de l'espace de travail…
window-all-communities = Toutes les communautés

## Fenêtre (menu, notifications)

menu-file = Fichier
menu-open = Ouvrir un espace de travail…
menu-quit = Quitter
notify-at-risk = Le cas n° { $case } ({ $community }, { $customer }) risque de dépasser son SLA.
notify-breached = Le cas n° { $case } ({ $community }, { $customer }) a dépassé son SLA.
notify-handoff-reminder = { $expert } n'a pas encore répondu à la sollicitation du cas n° { $case } ; échéance dans { $minutes } min.
notify-handoff-expired = La sollicitation de { $expert } sur le cas n° { $case } a expiré sans réponse ; le cas revient dans la file.

## La fenêtre du desk (ui/)

error-no-agent = Choisissez d'abord qui vous êtes (« Moi » dans l'en-tête) : les notes, les réponses et les brouillons sont écrits en votre nom.
error-unexpected = Une erreur s'est produite : { $reason }

backend-sqlite = SQLite (cet ordinateur)
backend-postgres = PostgreSQL (serveur d'équipe partagé)
header-open-workspace = Ouvrir un espace de travail…
header-me = Moi
header-me-nobody = Choisissez qui vous êtes…
header-me-login = Votre identifiant de base de données dit qui vous êtes (mode équipe).
header-language = Langue
language-name-en = English
language-name-fr = Français
language-name-de = Deutsch
language-name-it = Italiano

key-ctrl = Ctrl
key-enter = Entrée
key-escape = Échap
key-space = Espace

duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
duration-days = { $days } j { $hours } h
countdown-overdue = −{ $duration }

matrix-title = Communautés
matrix-loading = Décompte des cas ouverts…
matrix-empty-title = Cet espace de travail n'a encore aucune communauté.
matrix-empty-demo = Pour essayer Switchboard avec des pages et des cas d'exemple, lancez :
matrix-empty-add = Pour ajouter une de vos pages, lancez :
matrix-nobody-waiting = personne n'attend
matrix-cell-title = { $handle } : { $open } ouverts, { $atRisk } à risque, { $breached } dépassés ; attente max. : { $oldest }

queue-title = File d'attente
queue-loading = Chargement de la file…
queue-counting = Décompte…
queue-total = { $count } cas
queue-empty-filtered = Aucun cas ne correspond à ces filtres.

filter-all-brands = Toutes les marques
filter-all-locales = Toutes les langues
filter-all-open = Tous les statuts ouverts
filter-anyone = Tout le monde
filter-unassigned = Non assignés
filter-mine = Les miens

search-label = Rechercher dans les messages
search-placeholder = Rechercher dans les messages (touche /)
search-loading = Recherche…
search-hits = { $count ->
    [one] { $count } message trouvé
   *[other] { $count } messages trouvés
}
search-back = Retour à la file (Échap)
search-every-status = Inclure les cas résolus

case-pane = Cas
case-facts = Éléments du cas
case-loading = Ouverture du cas…
case-none-title = Aucun cas ouvert
case-none-hint = Choisissez un cas dans la file, ou utilisez le clavier :
case-number = Cas n° { $case }
case-no-subject = (sans sujet)
case-assigned-to = Assigné à { $name }
case-unassigned = Non assigné
case-assignee-me = { $name } (moi)
case-assignee-title = Qui a le cas : choisissez un collègue, ou vous-même ({ $key })
case-follows-up = Suite du cas n° { $case }
case-actions = Actions sur le cas

kind-messenger = Messenger
kind-comment = Commentaire
kind-visitor-post = Publication d'un visiteur
kind-direct = Direct

sla-title = Délais SLA
sla-first-response = Première réponse
sla-resolution = Résolution
sla-due-in = échéance { $when } ({ $left })
sla-due-at = échéance { $when }
sla-met-at = répondu { $when }
sla-paused-detail = suspendu pendant l'attente du client

messenger-title = Fenêtre Messenger
messenger-standard = Réponse standard
messenger-human-agent = Agent humain (tag)
messenger-closes = Ouverte jusqu'à { $when } (encore { $left })
messenger-closed = Fermée
messenger-closed-detail = Fermée depuis { $when } : Messenger n'accepte plus de réponse à ce fan. Répondez par un commentaire public ou par un autre canal.

customer-title = Client
customer-show-all = Afficher les { $count }
customer-unknown = (inconnu)
customer-no-other-cases = Aucun autre cas de ce client.
customer-other-cases = { $count ->
    [one] { $count } autre cas :
   *[other] { $count } autres cas :
}

handoffs-title = Sollicitations
handoff-state-requested = en attente de l'expert
handoff-state-answered = répondu
handoff-state-declined = refusé
handoff-state-expired = expiré
handoff-due = échéance { $when }

thread-title = Conversation
thread-empty = Aucun message pour l'instant.
thread-internal-note = Interne – non envoyée

note-label = Note interne (jamais envoyée au client)
note-placeholder = Pour l'équipe uniquement…
note-save = Enregistrer la note

composer-label = Réponse au client
composer-placeholder = Rédigez la réponse…
composer-send = Enregistrer la réponse
composer-sending = Enregistrement…
composer-resolved = Ce cas est résolu. Marquez-le comme ouvert (o) pour répondre à nouveau ; votre brouillon est conservé.
composer-window-open = Réponse privée dans Messenger (seul le client la voit), possible jusqu'à { $when }.
composer-window-closed = La fenêtre Messenger est fermée (depuis { $when }) : cette réponse ne peut pas partir par Messenger.
draft-saving = Enregistrement du brouillon…
draft-saved = Brouillon enregistré
draft-failed = Le brouillon n'a pas pu être enregistré.
draft-needs-agent = Les brouillons sont conservés dès que vous avez choisi qui vous êtes.

action-next = Cas suivant
action-previous = Cas précédent
action-open-case = Ouvrir le cas sélectionné
action-search = Rechercher dans les messages
action-toggle-mine = Afficher seulement mes cas
action-all-communities = Afficher toutes les communautés
action-clear-filters = Effacer les filtres
action-resolve = Résoudre
action-assign-me = M'assigner le cas
action-unassign = Retirer l'assignation
action-reopen = Rouvrir
action-set-open = Marquer comme ouvert
action-wait-customer = Attendre le client
action-wait-expert = Attendre un expert
action-reply = Rédiger une réponse
action-set-tags = Modifier les étiquettes…
case-tags-label = Étiquettes
case-tags-placeholder = vip, presse, …
case-tags-add = + étiquette
notice-tags-set = { $count ->
    [0] Le cas n° { $case } n'a plus d'étiquette.
    [one] Le cas n° { $case } a 1 étiquette.
   *[other] Le cas n° { $case } a { $count } étiquettes.
}
action-snooze = Mettre en attente
snooze-hour = dans une heure ({ $when })
snooze-three-hours = dans trois heures ({ $when })
snooze-tomorrow = demain ({ $when })
snooze-monday = lundi prochain ({ $when })
snooze-pick = Choisir un moment…
case-snoozed-until = En attente jusqu'au { $when }
notice-snoozed = Le cas n° { $case } est en attente jusqu'au { $until } : il revient ouvert à ce moment-là, ou dès que le client répond.
action-set-topic = Définir le sujet…
case-topic-label = Sujet
case-topic-placeholder = baggage-damaged, refund…
case-topic-none = Ajouter un sujet
notice-topic-set = Le cas n° { $case } porte maintenant sur : { $topic }.
notice-topic-cleared = Le cas n° { $case } n'a plus de sujet.
action-save = Enregistrer
action-assign-to = Assigner à un collègue…
action-insert-answer = Insérer la réponse de l'expert dans le brouillon
notice-no-answer-yet = Le cas n° { $case } n'a pas encore de réponse d'expert.
action-send = Enregistrer la réponse
action-note = Ajouter une note interne
action-close-case = Fermer la vue du cas
action-palette = Palette de commandes
action-shortcuts = Raccourcis clavier
action-undo = Annuler
action-escape = Fermer / retour à la file
action-choose-me = Choisir qui je suis
action-open-workspace = Ouvrir un autre espace de travail…
action-refresh = Actualiser maintenant
action-language = Langue de l'interface : { $language }
action-retry = Réessayer
action-dismiss = Masquer
action-cancel = Annuler
action-close = Fermer

palette-title = Palette de commandes
palette-placeholder = Tapez une commande…
palette-nothing = Aucune commande ne correspond.

shortcuts-title = Raccourcis clavier
shortcuts-group-queue = File d'attente
shortcuts-group-case = Cas ouvert
shortcuts-group-window = Fenêtre
shortcuts-typing-note = Les raccourcis d'une seule touche sont désactivés pendant la saisie dans un champ ; Échap quitte le champ.

agent-prompt-title = Qui êtes-vous ?
agent-prompt-text = Les notes, les réponses et les brouillons sont écrits en votre nom. Choisissez-vous une fois ; Switchboard s'en souvient sur cet ordinateur.
agent-prompt-no-agents = Cet espace de travail n'a encore aucun agent. L'espace de démonstration (« switchboard demo ») est fourni avec une équipe.
agent-prompt-confirm = C'est moi

notice-status = Le cas n° { $case } est maintenant : { $status }.
notice-status-same = Le cas n° { $case } est déjà : { $status }.
notice-assigned = Cas n° { $case } assigné à { $name }.
notice-unassigned = Le cas n° { $case } n'est plus assigné.
notice-note-added = Note ajoutée au cas n° { $case }.
notice-reply-recorded = Réponse enregistrée dans le cas n° { $case }.
notice-undone = Action annulée.
notice-open-a-case-first = Ouvrez d'abord un cas (Entrée sur une ligne de la file).

workspace-problem-title = L'espace de travail n'a pas pu être ouvert
workspace-problem-hint = Ouvrez un autre espace de travail, ou créez-en un de démonstration depuis un terminal :

## Annuaire des experts et sollicitations (CLI ; issue 5)

error-unknown-expert = Il n'y a pas d'expert « { $value } » (utilisez le numéro, l'e-mail ou le nom complet ; « switchboard experts list » les affiche).
error-import-bad-value = Ligne { $row }, colonne « { $column } » : « { $value } » n'est pas valide. Rien n'a été importé.
error-batch-missing = Ligne { $line } : le champ « { $field } » manque. Rien n’a été importé.
error-batch-empty = Ligne { $line } : le champ « { $field } » est vide. Rien n’a été importé.
error-batch-not-text = Ligne { $line } : le champ « { $field } » doit être du texte. Rien n’a été importé.
error-batch-not-number = Ligne { $line } : le champ « { $field } » doit être un nombre entier. Rien n’a été importé.
error-batch-not-json = La ligne { $line } n’est pas un objet JSON. Rien n’a été importé.
error-batch-not-utf8 = La ligne { $line } n’est pas du texte UTF-8. Rien n’a été importé.
error-batch-unknown-field = Ligne { $line } : « { $field } » n’est pas un champ du format (community, from, from_id, text, at, external_id, thread, version). Rien n’a été importé.
error-batch-future-version = La ligne { $line } est dans la version { $value } du format ; ce Switchboard lit la version 1. Rien n’a été importé.
error-batch-unknown-community = Ligne { $line } : aucune communauté n’a l’identifiant « { $value } ». Rien n’a été importé.
error-batch-bad-time = Ligne { $line } : « { $value } » dans « { $field } » n’est pas une heure telle que 2026-12-06T09:30:00Z. Rien n’a été importé.
error-batch-too-long = Ligne { $line } : le champ « { $field } » dépasse 64 Kio. Rien n’a été importé.
error-import-duplicate = Ligne { $row }, colonne « { $column } » : « { $value } » figure déjà sur une ligne précédente. Rien n'a été importé.
error-import-missing-column = Le fichier n'a pas de colonne « { $column } ». Rien n'a été importé.
error-import-malformed = La ligne { $row } n'est pas du CSV valide (guillemet non fermé, ou nombre de colonnes différent de l'en-tête). Rien n'a été importé.
error-no-open-handoff = Le cas n° { $case } n'a aucune sollicitation ouverte.
error-several-open-handoffs = Le cas n° { $case } a plusieurs sollicitations ouvertes ; choisissez-en une avec --handoff.
error-handoff-not-answered = La sollicitation n° { $handoff } n'a pas encore de réponse.
error-bad-availability = « { $value } » n'est pas une disponibilité : utilisez available, away ou out:AAAA-MM-JJ.
error-bad-working-hours = « { $value } » ne sont pas des heures de travail comme « Mon-Fri 09:00-17:00 ».
error-handoff-closed = Cette sollicitation est déjà close ({ $state ->
    [answered] répondue
    [declined] déclinée
   *[other] expirée
}) ; rien n'a été modifié.
error-handoff-not-due = Cette sollicitation n'est pas encore échue ; elle ne peut pas expirer.
error-handoff-due-in-past = L'échéance d'une sollicitation doit être postérieure au moment où elle est envoyée.
error-expert-retired = { $name } est retiré·e et ne reçoit plus de sollicitations.

experts-empty = Aucun expert pour l'instant. Ajoutez-en un avec « switchboard experts add » ou importez un CSV avec « switchboard experts import ».
expert-saved = Expert n° { $id } { $name } enregistré.
expert-retired = Expert n° { $id } { $name } retiré : plus de sollicitations ; les anciennes restent dans les chiffres.
expert-is-retired = retiré
experts-imported = { $file } : { $added } experts ajoutés, { $updated } mis à jour, { $unchanged } inchangés.
experts-exported = { $count ->
    [one] 1 expert écrit dans { $file }.
   *[other] { $count } experts écrits dans { $file }.
}
availability-available = disponible
availability-away = absent
availability-out = absent jusqu'au { $date }
suggest-title = Experts pour le cas n° { $case }, du plus adapté au moins adapté :
suggest-empty = Aucun expert actif à proposer.
reason-topic = connaît « { $topic } »
reason-keyword = « { $keyword } » dans la conversation renvoie à « { $topic } »
reason-customer-language = parle la langue du client ({ $language })
reason-agent-language = parle votre langue ({ $language })
reason-available-now = disponible maintenant ({ $time })
reason-off-hours = hors de ses heures de travail ({ $time })
reason-away = absent
reason-out-until = absent jusqu'au { $date }
reason-load = { $open ->
    [one] 1 sollicitation ouverte
   *[other] { $open } sollicitations ouvertes
}
reason-answer-speed = répond en { $minutes } min (médiane sur 30 jours)
handoffs-empty = Aucune sollicitation.
handoff-asked = Sollicitation n° { $handoff } envoyée à { $expert }, échéance { $due } ({ $in }) ; le cas n° { $case } attend désormais l'expert.
handoff-answered = Réponse enregistrée sur la sollicitation n° { $handoff } ; le cas n° { $case } est maintenant { $status }.
handoff-draft-updated = La réponse a été ajoutée à votre brouillon sur le cas n° { $case }.
handoff-declined = Sollicitation n° { $handoff } déclinée ; le cas n° { $case } ne l'attend plus.
handoffs-expired = { $count ->
    [one] 1 sollicitation échue a expiré.
   *[other] { $count } sollicitations échues ont expiré.
}
trail-empty = Rien encore dans le journal de ce cas.
audit-handoff-asked = sollicitation envoyée
audit-handoff-answered = sollicitation répondue
audit-handoff-declined = sollicitation déclinée
audit-handoff-expired = sollicitation expirée
audit-taken-over = dossier repris
audit-comment-hidden = commentaire masqué
audit-cluster-reply = répondu avec son groupe
audit-helper-reply = réponse d'un renfort
audit-by-helper = { $actor } (renfort)
mail-question = Question
mail-excerpt = Extrait de la conversation
mail-language = Langue du client
mail-due = Réponse attendue avant
mail-priority = Priorité
mail-reference = Référence
mail-reply-hint = Merci de répondre à cet e-mail en gardant la référence dans l'objet.
col-expert-id = N°
col-expert = Expert
col-department = Service
col-topics = Sujets
col-languages = Langues
col-hours = Heures de travail
col-availability = Disponibilité
col-open-handoffs = Ouvertes
col-median-answer = Réponse médiane
col-rank = Rang
col-score = Score
col-reasons = Pourquoi
col-handoff = Sollicitation
col-state = État
col-question = Question
col-event = Événement
col-actor = Par
col-detail = Détail
col-asked = Envoyées
col-answered-in-time = Répondues à temps
col-cases = Cas
col-with-expert = Avec un expert
col-share = Part

## Handoffs and the expert directory in the window

action-handoff = Solliciter un expert
action-experts = Annuaire des experts
handoff-dialog-title = Solliciter un expert pour le cas n° { $case }
handoff-loading = Chargement…
handoff-no-experts = Aucun expert actif à solliciter. Ajoutez-en un dans l'annuaire des experts (d).
handoff-suggested = Suggestions, la meilleure en premier
handoff-question-label = Question pour l'expert
handoff-question-placeholder = Que devez-vous savoir pour répondre au client ?
handoff-excerpt-label = Extrait de la conversation (l'expert le verra)
handoff-due-label = Réponse attendue avant
handoff-priority-label = Priorité
handoff-due-invalid = L'échéance n'est pas une date et une heure ; rien n'a été envoyé.
priority-low = basse
priority-normal = normale
priority-high = haute
priority-urgent = urgente
handoff-send = Envoyer à { $name }
handoff-send-nobody = Envoyer
handoff-to = à { $name }
handoff-answered-by = réponse de { $name }
handoff-record-answer = Saisir la réponse
handoff-answer-placeholder = La réponse de l'expert, telle qu'elle est revenue
handoff-by-placeholder = Répondu par (si ce n'est pas { $name })
handoff-answer-save = Enregistrer la réponse
handoff-decline = Décliner
handoff-decline-placeholder = Pourquoi (facultatif)
handoff-decline-save = Décliner la sollicitation
handoff-email = Envoyer par e-mail
handoff-insert = Insérer dans le brouillon
notice-handoff-sent = Le cas n° { $case } attend maintenant { $name }.
notice-answer-recorded = Réponse enregistrée sur le cas n° { $case }.
notice-handoff-declined = Sollicitation déclinée ; le cas n° { $case } ne l'attend plus.
notice-answer-inserted = La réponse de l'expert est dans votre brouillon du cas n° { $case }.
notice-handoff-emailed = L'e-mail a été transmis à votre messagerie ; le lien est aussi dans le presse-papiers.
trail-title = Historique
trail-show-all = Tout afficher ({ $count })
trail-show-latest = Afficher le dernier seulement
trail-handoff_asked = { $actor } a sollicité { $expert }
trail-handoff_answered = { $expert } a répondu (saisi par { $actor })
trail-handoff_declined = Sollicitation de { $expert } déclinée par { $actor }
trail-handoff_expired = Sollicitation de { $expert } expirée sans réponse
trail-taken_over = { $actor } a repris le dossier de { $detail }
trail-comment_hidden = { $actor } a masqué le commentaire du fan contenant des données personnelles
trail-cluster_reply = { $actor } y a répondu avec son groupe : { $detail }
trail-helper_reply = { $actor } a répondu
trail-helper = renfort
trail-helper-title = Venu en renfort pour la journée de crise : ses entrées sont marquées
experts-title = Annuaire des experts
experts-show-retired = Afficher les experts retirés
experts-new = Nouvel expert
experts-empty-window = Aucun expert pour l'instant : ajoutez-en un, ou importez un CSV avec « switchboard experts import ».
expert-available-now = disponible maintenant
expert-not-available-now = pas disponible maintenant
expert-edit = Modifier le profil
expert-retire = Retirer
expert-save = Enregistrer
expert-handoffs-title = Ses sollicitations, toutes communautés
expert-field-email = E-mail
expert-field-time-zone = Fuseau horaire
expert-field-chat = Identifiant de chat
expert-hint-topics = baggage-delayed; refund
expert-hint-languages = fr; de; en
expert-hint-time-zone = Europe/Zurich
expert-hint-hours = Mon-Fri 09:00-17:00
expert-hint-availability = available, away ou out:2026-12-31

## Templates and languages in the window

action-template = Réponses types
templates-title = Réponses types
templates-search-placeholder = Chercher par sujet, mot-clé ou texte
templates-in-language = en { $language }
templates-none = Aucune réponse type ne correspond.
replies-title = Réponses types
replies-backlog = Traductions en attente
replies-backlog-count = { $count } à traduire ou confirmer
replies-new-id = Nouvel identifiant (p. ex. seat-refund)
replies-new = Écrire
replies-state-missing = manquante
replies-state-outdated = à revoir
replies-served-by = servie en { $locale } en attendant
replies-any-brand = toute marque
replies-reference = référence
replies-tags = Mots-clés
replies-source = Texte (Fluent)
replies-confirm = Toujours juste : confirmer
replies-pick-variant = Choisissez une langue ci-dessus pour la modifier.
replies-saved = Enregistré.
replies-saved-reference = Enregistré : { $count } autres variantes sont maintenant à revoir.
replies-unchanged = Rien n'a changé.
replies-confirmed = Confirmé : plus à revoir.
action-replies = Gérer les réponses types
templates-for-topic = pour ce cas
templates-pick-one = Aucune réponse enregistrée ne correspond au sujet de ce cas : choisissez-en une avec ↓ ou un clic, ou cherchez.
templates-insert = Insérer
templates-outdated = à revoir
templates-other-language-short = autre langue
templates-other-language = Ce texte est en { $used }, pas en { $wanted } : il n'existe pas encore de version en { $wanted }.
templates-missing = À compléter avant l'envoi : { $names }
notice-template-inserted = La réponse type est dans votre brouillon du cas n° { $case }.
language-notice = Ce client écrit en { $language } ; cette page est en { $page }.
language-notice-confidence = détecté avec { $percent } % de certitude
language-notice-sibling = La page { $community } de la marque répond dans cette langue.
language-notice-reply = Répondre en { $language }
lang-en = anglais
lang-fr = français
lang-de = allemand
lang-it = italien
lang-nl = néerlandais
lang-es = espagnol
lang-pt = portugais

## Templates and language detection (CLI; issue 4)

error-template-syntax = Ligne { $line }, colonne { $column } : ce n'est pas du Fluent valide ({ $detail }).
error-template-attribute-line = Ligne { $line } : une ligne commençant par « . » deviendrait un attribut ; reformulez-la.
error-template-unknown-variable = Ligne { $line }, colonne { $column } : la variable ${ $name } n'existe pas (utilisez $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer ou $statement_link).
error-template-unknown-term = Ligne { $line }, colonne { $column } : le terme -{ $name } n'existe pas (utilisez -brand ou -sign-off).
error-template-message-reference = Ligne { $line }, colonne { $column } : une réponse type ne peut pas utiliser un autre message ({ $name }).
error-template-empty = Le texte d'une réponse type ne peut pas être vide.
error-template-text-too-large = Le texte d'une réponse type ne peut pas dépasser { $limit }.
error-template-too-large = Le texte de la réponse type « { $template } » pour { $locale } dépasse { $limit }. Rien n'a été enregistré.
error-template-import-syntax = { $file }, ligne { $line }, colonne { $column } : ce n'est pas du Fluent valide ({ $detail }). { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-bad-id = { $file }, ligne { $line } : « { $id } » n'est pas un identifiant de réponse type (minuscules, chiffres et -). { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-missing-topic = { $file }, ligne { $line } : « { $id } » n'a pas de .topic. { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-duplicate = { $file }, ligne { $line } : « { $id } » apparaît deux fois. { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-file-too-large = { $file } dépasse { $limit }. Rien n'a été importé.
error-template-import-text-syntax = { $file }, ligne { $line }, colonne { $column } : le texte de « { $id } » n'est pas du Fluent valide ({ $detail }). { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-attribute-line = { $file }, ligne { $line } : dans « { $id } », une ligne qui commence par « . » deviendrait un attribut. { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-unknown-variable = { $file }, ligne { $line }, colonne { $column } : « { $id } » utilise ${ $name }, qui n'est pas une variable (utilisez $first_name, $agent_name, $agent_initials, $case_ref, $community, $flight, $booking_ref, $bags, $expert_answer, $statement_link). { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-unknown-term = { $file }, ligne { $line }, colonne { $column } : « { $id } » utilise -{ $name }, qui n'est pas un terme (utilisez -brand ou -sign-off). { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-message-reference = { $file }, ligne { $line }, colonne { $column } : « { $id } » utilise un autre message ({ $name }), ce qu'une réponse type ne peut pas. { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-empty = { $file }, ligne { $line } : « { $id } » n'a pas de texte. { $count } problème(s) en tout. Rien n'a été importé.
error-template-import-too-large = { $file }, ligne { $line } : le texte de « { $id } » dépasse { $limit }. { $count } problème(s) en tout. Rien n'a été importé.
error-unknown-template = La réponse type « { $value } » n'existe pas.
error-no-variant = La réponse type « { $template } » n'a pas de texte pour { $locale }, ni de repli.
error-check-findings = { $count ->
    [one] 1 problème trouvé.
   *[other] { $count } problèmes trouvés.
}
check-syntax = Fluent non valide à la colonne { $column } ({ $detail })
check-bad-id = « { $id } » n'est pas un identifiant de réponse type (minuscules, chiffres et -)
check-missing-topic = « { $id } » n'a pas de .topic
check-duplicate = « { $id } » apparaît deux fois
check-missing-message = « { $id } » manque (il est dans { $reference })
check-extra-message = « { $id } » n'est pas dans { $reference }
check-topic-mismatch = « { $id } » a le sujet « { $topic } », la référence dit « { $expected } »
check-variable-mismatch = « { $id } » utilise { $found }, la référence utilise { $expected }
check-template-syntax = « { $id } » : Fluent non valide ligne { $line }, colonne { $column } ({ $detail })
check-template-attribute-line = « { $id } » : la ligne { $line } commence par « . »
check-template-unknown-variable = « { $id } » : variable inconnue ${ $name } ligne { $line }, colonne { $column }
check-template-unknown-term = « { $id } » : terme inconnu -{ $name } ligne { $line }, colonne { $column }
check-template-message-reference = « { $id } » : utilise un autre message ({ $name })
check-template-empty = « { $id } » est vide
check-template-text-too-large = « { $id } » dépasse { $limit }
check-file-too-large = dépasse { $limit } ; non vérifié
templates-check-ok = Aucun problème dans { $count } fichiers et réponses types.
templates-exported = { $count } fichiers écrits dans { $dir }.
templates-imported = { $files } fichiers lus : { $saved } textes enregistrés, { $unchanged } inchangés.
templates-backlog-empty = Chaque communauté a chaque réponse type dans sa langue, à jour.
col-template = Réponse type
col-served-by = En attendant
backlog-missing = manquante
backlog-outdated = à revoir
action-language-pseudo = Langue de l’interface : pseudo (révèle le texte codé en dur)
template-saved = Réponse type « { $template } » enregistrée pour { $locale }.
template-reference-saved = Texte de référence de « { $template } » enregistré pour { $locale } ; { $outdated } autres textes sont maintenant à revoir.
template-unchanged = La réponse type « { $template } » pour { $locale } est déjà exactement celle-ci ; rien n'a été modifié.
template-confirmed = Réponse type « { $template } » pour { $locale } confirmée : elle n'est plus à revoir.
bench-progress = { $done } cas sur { $total } ({ $percent } %), { $rate } cas/s, encore { $left } s environ
bench-generated = { $target } : { $communities } communautés, { $cases } cas ({ $open } non résolus), { $messages } messages, { $handoffs } sollicitations, en { $seconds } s.
bench-measuring = mesure : { $what }
serve-listening = Réception des webhooks Meta sur { $url }
webhooks-replayed = { $file } : rejoué, { $stored } événements enregistrés, { $duplicates } déjà présents ; supprimé.
webhooks-still-failing = { $file } : { $stored } événements enregistrés, { $failed } toujours pas ; conservé.
webhooks-unreadable = { $file } : pas un corps de webhook ; conservé.
webhooks-none = Aucune livraison de webhook à rejouer dans { $dir }.
error-missing-secret = Aucun { $what ->
    [app-secret] secret d'application Meta
   *[other] jeton de vérification des webhooks
} n'est configuré : enregistrez-le dans le trousseau du système, ou dans { $what ->
    [app-secret] SWITCHBOARD_META_APP_SECRET
   *[other] SWITCHBOARD_META_VERIFY_TOKEN
} sur un serveur qui n'en a pas.

## The Meta connector (CLI and window)
connect-done = { $community } est connectée à sa page ({ $url }).
connect-removed = { $community } est déconnectée ; son jeton de page a été retiré du trousseau.
sync-report = { $synced } communautés synchronisées : { $stored } nouveaux messages, { $sent } réponses envoyées, { $failed } refusées.
sync-running = Synchronisation des pages connectées (Ctrl+C pour arrêter)…
fake-graph-listening = Faux serveur Graph sur { $url }
demo-surge-page = { $name } ({ $page }) : { $written } nouveaux fans ont écrit au sujet de vols annulés.
demo-surge-none = Aucune page du faux serveur Graph n’a « { $brand } » dans son nom : rien n’a été écrit.
connections-none = Aucune communauté n’est connectée à sa page. Connectez-en une avec « switchboard connect ».
connections-row = { $community } : { $status }, dernière synchro { $last }, { $pending } réponses en attente { $error }
reply-queued = La réponse { $reply } du cas { $case } est dans la file d’envoi ; elle part vers la page dans un instant.
error-window-closed = La fenêtre Messenger s’est fermée le { $closed } : Meta ne permet plus à la page de répondre à ce fan. Rien n’a été envoyé ; votre texte est conservé.
error-graph-back-off = Meta demande à Switchboard de ralentir. Rien n’est perdu ; nouvel essai sous peu.
error-graph-reauthorize = Meta a refusé le jeton de la page : connectez la page à nouveau. Rien n’est perdu.
error-graph-outside-window = Meta indique que la fenêtre de réponse est fermée. Votre texte est de retour dans le brouillon.
error-graph-rejected = Meta a refusé la requête : { $detail }
error-graph-unreachable = L’API Graph est injoignable : { $detail }
error-graph-unexpected = L’API Graph a répondu de façon inattendue : { $detail }
error-no-token = Le trousseau ne contient aucun jeton de page pour { $value } : connectez la page à nouveau.
error-keychain-unavailable = Le trousseau n’est pas disponible ({ $detail }). Déverrouillez-le ou lancez un service de secrets comme GNOME Keyring.
sync-title = Synchronisation de la page
sync-ok = synchronisée { $when }
sync-never = connectée, pas encore synchronisée
sync-needs-reauth = à reconnecter
sync-backing-off = Meta demande de ralentir ; prochain essai { $when }
sync-failing = la synchronisation échoue ; prochain essai { $when }
sync-not-connected = non connectée
outbox-title = Pas encore envoyé
outbox-pending = Envoi…
outbox-sending = Envoi…
outbox-failed = Non envoyé
outbox-reason-outside-window = La fenêtre Messenger était fermée ; le texte est de retour dans votre brouillon.
outbox-reason-unconfirmed = Impossible de confirmer l’arrivée sur la page : vérifiez la page avant de réessayer.
outbox-reason-reauthorize = En attente d’une nouvelle connexion de la page.
outbox-reason-back-off = Meta demande de ralentir ; l’envoi suit sous peu.
outbox-retry = Réessayer
outbox-withdraw = Remettre dans le brouillon
connect-title = Connecter les pages
connect-demo-label = Serveur de démonstration
connect-demo-submit = Connecter toutes les communautés au serveur de démonstration
connect-page-community = Communauté
connect-page-url = URL de l’API Graph
connect-page-token = Jeton d’accès de la page
connect-page-submit = Connecter la page
connect-connected = { $count } communautés connectées.
palette-connect = Connecter les pages…
notice-reply-queued = La réponse du cas { $case } part vers la page.

## Présence et collisions (issue 14)

reply-held-reply = { $initials } ({ $name }) a répondu il y a { $seconds } s.
reply-held-pending = { $initials } ({ $name }) a une réponse en route vers la page, écrite il y a { $seconds } s.
reply-held-message = Nouveau message n° { $id } de { $author } : { $text }
reply-held-hint = Pour envoyer la vôtre quand même : switchboard reply { $case } { $flags } (avec vos --as et --text).
error-reply-held = Rien n’a été envoyé : du nouveau est arrivé sur ce cas depuis le message que vous avez vu (ci-dessus).
presence-viewing = { $who } consulte
presence-typing = { $who } écrit…
presence-title-viewing = { $name } ({ $initials }) a ce cas ouvert
presence-title-typing = { $name } ({ $initials }) écrit sur ce cas
presence-on-case = Collègues sur ce cas
team-label = Équipe
team-online-title = En ligne : { $names }
team-nobody = Personne d’autre n’est en ligne
ago-seconds = il y a { $seconds } s
ago-duration = il y a { $duration }
collision-title = Quelqu’un a été plus rapide
collision-intro = Votre réponse n’a pas été envoyée : le cas a changé depuis que vous avez commencé à écrire.
collision-replied = { $who } a répondu { $ago }
collision-pending = { $who } a une réponse en route vers la page ({ $ago })
collision-new = Nouveau sur le cas
collision-send-anyway = Envoyer quand même
collision-back = Revenir au brouillon
takeover-title = Reprendre le cas de { $holder } ?
takeover-text = { $holder } détient le cas { $case }. Le reprendre vous l’attribue ; c’est noté dans l’historique du cas.
takeover-confirm = Reprendre
notice-taken-over = Le cas { $case } est maintenant à vous.

## Connecting pages from the window
error-wrong-page = Ce jeton appartient à la page { $found }, mais { $community } est la page { $expected }. Rien n’a été modifié.
error-no-demo-pages = Le serveur de démonstration { $value } n’a aucune des pages de cet espace de travail.
header-pages = Pages
connect-intro = Chaque communauté répond depuis sa page Facebook. Collez le jeton d’accès de la page pour la connecter : Switchboard le vérifie auprès de Meta et le garde dans le trousseau du système, jamais dans l’espace de travail.
connect-demo-hint = Le faux serveur Graph de la démonstration (lancé par scripts/demo, ou « switchboard fake-graph ») fournit les jetons de ses pages.
connect-demo-url = URL du serveur de démonstration
connect-page-id = Page { $id }
connect-page-human-agent = Meta autorise à cette application l’étiquette Human Agent (réponses Messenger jusqu’à 7 jours)
connect-open-form = Connecter…
connect-reconnect = Reconnecter…
connect-disconnect = Déconnecter
connect-connecting = Connexion…
connect-last-error = Dernière erreur : { $error }
connect-next-attempt = prochain essai { $when }
connect-one-done = { $community } est connectée à sa page.
connect-token-missing = Collez d’abord le jeton d’accès de la page.
composer-send-page = Envoyer sur la page
composer-window-closed-connected = La fenêtre Messenger est fermée (depuis { $when }) : Meta n’accepte plus de réponse à ce fan, cette réponse ne peut donc pas être envoyée. Votre texte est conservé ; répondez sous un commentaire public ou par un autre canal.
connect-token-refused = Meta n’accepte pas ce jeton pour la page { $id } : collez un jeton d’accès de cette page. Rien n’a été modifié.
sync-short-reauth = à reconnecter
sync-short-backing-off = ralentie
sync-short-failing = en échec
header-pages-attention = { $count ->
    [one] Une page a besoin de vous : un nouveau jeton, ou sa synchronisation échoue.
   *[other] { $count } pages ont besoin de vous : un nouveau jeton, ou leur synchronisation échoue.
}
error-incomplete-workspace = Cet espace de travail est incomplet : `{ $value }` a été arrêté avant la fin. Relancez-le pour le compléter.
error-workspace-opening = L’espace de travail est encore en train de s’ouvrir.
warning-incomplete-workspace = Attention : cet espace de travail est incomplet (`{ $value }` a été arrêté avant la fin).
bench-confirm = Ceci remplace l’espace de travail { $target } ({ $communities } communautés) par une année générée. Continuer ? [o/N]
error-bench-needs-yes = La génération remplacerait les données de cet espace de travail. Relancez-la avec --yes pour confirmer.
error-damaged-database = Le fichier d’espace de travail { $path } est endommagé ({ $detail }). Il a été laissé tel quel : restaurez une sauvegarde, ou ouvrez-le pour lire et exporter ce qu’il contient.
error-read-only-database = L’espace de travail { $path } est ouvert en lecture seule : rien n’a été écrit.
warning-read-only-file = Attention : vous ne pouvez pas écrire dans { $path } ; l’espace de travail est ouvert en lecture seule.
warning-damaged-database = Attention : { $path } est endommagé ({ $detail }) ; l’espace de travail est ouvert en lecture seule pour ne rien aggraver. Restaurez une sauvegarde, ou exportez ce dont vous avez besoin.

## Claims and following the desk
case-claimed = Le cas { $case } est maintenant à { $agent }.
next-none = Aucun cas ouvert sans responsable.
watch-started = Suivi des changements du desk après le numéro { $seq } (Ctrl+C pour arrêter).
watch-line = { $at }  #{ $seq }  { $entity } { $id }  { $community }
changes-pruned = { $count } entrées du journal des changements de plus de { $days } jours supprimées.

## Import of messages in bulk
batch-progress = { $done } messages sur { $total } ({ $percent } %, { $rate }/s)
batch-imported = { $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    } : { $stored ->
        [one] { $stored } message enregistré
       *[other] { $stored } messages enregistrés
    }, { $duplicates } déjà présents, { $cases ->
        [one] { $cases } nouveau cas
       *[other] { $cases } nouveaux cas
    } dans { $communities ->
        [one] { $communities } communauté
       *[other] { $communities } communautés
    } ({ $seconds } s).

## Team mode (switchboard team ...)
error-schema-behind = Le schéma du bureau est plus ancien que ce Switchboard (schéma { $found } ; cette version demande { $supported }) et votre identifiant ne peut pas le mettre à jour. Demandez à l'administrateur de lancer « switchboard team setup » avec l'URL du propriétaire.
error-team-needs-owner = Seul le propriétaire du bureau peut faire cela : lancez-le avec l'URL de l'identifiant propriétaire des tables, autorisé à créer des rôles.
error-team-needs-postgres = Le mode équipe demande un bureau PostgreSQL (--db postgres://utilisateur@hôte/base) ; un espace SQLite est celui d'une seule personne.
error-team-acting-as-other = Vous êtes connecté avec l'identifiant de { $login } : vous ne pouvez pas agir en tant que { $asked }.
error-team-not-a-member = { $value } ne fait pas partie de l'équipe. « switchboard team members » liste les membres.
team-setup-done = Mode équipe sur { $target } : schéma { $version } ; rôle de groupe des membres { $group } { $created ->
        [yes] créé
       *[no] déjà présent
    } ; mode équipe { $enabled ->
        [yes] activé
       *[no] déjà actif
    } ; droits accordés.
team-setup-revoked-create = Les identifiants autres que le propriétaire ne peuvent plus créer de tables dans le schéma du bureau.
warning-team-public-create = Attention : tout identifiant peut créer des tables dans le schéma du bureau et cet identifiant ne peut pas l'empêcher ; demandez au propriétaire du schéma de lancer « REVOKE CREATE ON SCHEMA … FROM PUBLIC ».
team-member-added = { $initials } ({ $name }) ajouté avec l'identifiant { $login }, voit { $communities }{ $until ->
        [none] {""}
       *[other] {""} jusqu'au { $until }
    }. Son URL de connexion :
team-member-url-once = Cette URL contient le mot de passe et n'est affichée qu'une fois : transmettez-la au membre en privé.
team-no-members = Aucun membre pour l'instant : « switchboard team add-member » en ajoute un.
team-until = jusqu'au { $until }
team-ended = terminé le { $until }
team-member-removed = { $initials } retiré : l'identifiant { $login } ne fonctionne plus ; son agent et ce qu'il a écrit restent.

## Crisis days
crisis-no-alerts = Aucune alerte de pic sur cette période.
crisis-alert-line = { $at }  { $community } : { $requesters } personnes dans la fenêtre, { $ratio }× les { $baseline } habituelles (pic { $peak })
crisis-thresholds = Alerte de pic à { $ratio }× le nombre habituel de personnes qui écrivent en { $window } minutes, avec au moins { $min } personnes et une probabilité d’au plus { $chance }.
notify-spike = Pic sur { $community } : { $requesters } personnes ont écrit dans la dernière heure, { $ratio }× l’habitude.
matrix-spike = Pic
matrix-spike-title = Pic depuis { $since } : { $requesters } personnes en une heure ({ $ratio }× les { $baseline } habituelles) ; { $peak } au plus.

## Mode crise : déclarer, messages d'attente, playbooks
crisis-declared = Crise { $id } « { $name } » déclarée sur { $communities } : les nouveaux cas y reçoivent une première réponse sous { $first } et portent sa marque.
crisis-ended-now = Crise { $id } « { $name } » terminée : les nouveaux cas retrouvent les délais habituels.
crisis-none = Aucune crise déclarée.
crisis-line = { $id }  { $name }  ({ $scope })  depuis { $since }{ $until ->
    [none] {""}
   *[other] {""}, terminée { $until }
}  { $cases } cas, première réponse sous { $first }
crisis-published = Message d'attente : { $queued } publication(s) à faire ou à mettre à jour, { $unchanged } inchangée(s), { $refused } page(s) laissée(s) de côté.
crisis-no-clusters = Aucun groupe d'au moins { $min } cas ouverts.
col-cluster = Demande
col-pages = Pages
col-sample = Exemple
statement-missing-locale = aucun message en { $locale } : laissée de côté (jamais dans une autre langue)
statement-not-connected = pas reliée à sa page : laissée de côté
statement-post-state = publication { $state } { $post }
statement-not-published = pas encore publié
playbook-line = { $id }  { $name }  (première réponse { $first } min)  { $missing } communauté(s) sans message, { $outdated } obsolète(s)
playbook-missing = Pas de message dans leur langue : { $communities }
playbook-outdated = Message obsolète : { $communities }
playbook-saved = Playbook { $id } enregistré.
playbook-imported = { $playbooks } playbook(s) importé(s) ; messages : { $saved } écrit(s), { $unchanged } inchangé(s).
error-crisis-bad-scope = « { $value } » n'est pas une portée : utilisez all, brand:<marque>, language:<code> ou community:<handle>.
error-crisis-empty-scope = { $value } ne couvre aucune communauté de cet espace.
error-crisis-overlap = { $community } est déjà en crise { $crisis } ({ $name }) : terminez-la d'abord.
error-crisis-no-name = Une crise et un playbook ont besoin d'un nom.
error-crisis-unknown-playbook = Il n'y a pas de playbook « { $value } » (switchboard playbook list les montre).
error-crisis-ended = La crise { $crisis } est terminée : son message ne peut plus être modifié ni publié.
error-crisis-bad-duration = « { $value } » n'est pas une durée comme 90m, 4h ou 3d.
error-crisis-playbook-file = { $file }, ligne { $line } : { $what ->
    [bad-minutes] « { $id } » doit avoir .first-response-minutes et .resolution-minutes en minutes entières (60 jours au plus)
    [no-name] « { $id } » n'a pas de nom
    [bad-id] « { $id } » n'est pas un identifiant de playbook (minuscules, chiffres et -)
    [duplicate] « { $id } » apparaît deux fois
    [too-large] le fichier est trop grand
    [not-a-statement] « { $id } » n'est pas le message d'un playbook (playbook-<id> avec .topic = statement)
   *[syntax] ce n'est pas du Fluent valide
}. { $count } problème(s) en tout. Rien n'a été importé.
crisis-declare-action = Déclarer une crise…
crisis-declare-short = Déclarer la crise
crisis-title = Crise
crisis-declare-title = Déclarer une crise
crisis-from-alert = Pic sur { $community } : { $requesters } personnes en une heure, { $ratio }× l'habituel.
crisis-name = Nom
crisis-scope = Pages
crisis-scope-brand = Toutes les pages { $brand }
crisis-scope-community = Seulement { $community }
crisis-scope-language = Toutes les pages en { $language }
crisis-scope-all = Toutes les pages
crisis-playbook = Playbook
crisis-no-playbook = Aucun : écrire le message
crisis-first-response = Première réponse des nouveaux cas (heures)
crisis-declare-confirm = Déclarer
crisis-statement-title = Message d'attente — { $name }
crisis-statement-hint = Une publication par page, dans la langue de la page. Une page sans texte dans sa langue est laissée de côté, jamais servie dans une autre langue.
crisis-gap-missing = Pas de message en { $locale } : laissée de côté
crisis-gap-not-connected = Pas reliée : laissée de côté
crisis-outdated = Texte obsolète
crisis-edit = Modifier
crisis-save-text = Enregistrer pour { $locale }
crisis-post-none = Pas encore publié
crisis-post-pending = Publication…
crisis-post-sending = Publication…
crisis-post-sent = ✓ Sur la page ({ $post })
crisis-post-failed = Refusé par la page
crisis-publish = { $count ->
    [one] Publier sur 1 page
   *[other] Publier sur { $count } pages
}
crisis-report = { $queued } à publier ou mettre à jour, { $unchanged } inchangée(s), { $refused } laissée(s) de côté.
crisis-banner = Crise : { $name }
crisis-banner-terms = première réponse sous { $promise } · depuis { $since } · { $cases } cas
crisis-hours = { $hours } h
crisis-minutes = { $minutes } min
crisis-banner-statement = Message
crisis-end = Terminer la crise
crisis-end-confirm = Terminer maintenant
crisis-ended-notice = Crise « { $name } » terminée : les nouveaux cas retrouvent les délais habituels.

## Garde de confidentialité
error-private-not-a-comment = Le cas { $case } n'est pas un commentaire public : il n'y a pas de réponse privée à envoyer.
error-private-already-sent = Cas { $case } : la réponse privée a déjà été envoyée (la plateforme en permet une par commentaire).
error-private-expired = Cas { $case } : la réponse privée n'est plus possible depuis le { $closed_at } (sept jours après le commentaire).
error-private-not-connected = Cas { $case } : sa page n'est pas reliée, rien ne peut être envoyé en privé.
privacy-public-pointer = Bonjour { $first_name }, nous vous avons envoyé un message privé pour regarder cela ensemble. Votre équipe { $brand }
error-reply-personal = Rien n'a été envoyé : une réponse publique ne doit pas contenir de données personnelles. Retirez-les, ou envoyez en privé (--privately).
privacy-found = Donnée personnelle ({ $kind }) : { $text }
privacy-without = Sans elle : { $text }
composer-public = Réponse publique : toute la page la voit.
composer-not-connected = Page non connectée : cette réponse est seulement enregistrée ici et n'atteint pas le client.
composer-send-private = Envoyer en privé
notice-sent-privately = Cas { $case } : la réponse privée et un mot public qui le dit sont en cours d'envoi.
privacy-title = Données personnelles dans une réponse publique
privacy-text = Toute la page verrait ceci. Retirez-les, ou envoyez la réponse en privé.
privacy-remove = Les retirer
privacy-send-private = Envoyer en privé
privacy-private-closed = La réponse privée n'est plus possible sur ce commentaire (déjà envoyée, ou plus de sept jours).
privacy-private-none = Ce cas n'a pas de réponse privée : retirez-les.
privacy-kind-booking = Référence de réservation
privacy-kind-email = Adresse e-mail
privacy-kind-phone = Numéro de téléphone
privacy-kind-card = Numéro de carte
privacy-kind-birthdate = Date de naissance
privacy-public-mark = Données personnelles en public : { $kinds }
privacy-hide = Masquer son commentaire
privacy-hidden = Son commentaire est masqué sur la page (la personne le voit encore).
privacy-hidden-notice = Le commentaire est masqué sur la page.
privacy-move-hint = Répondez avec « Envoyer en privé » pour sortir la conversation de la vue publique.
signature-now = Les réponses sont signées : { $signature ->
    [first_name] du prénom de la personne et de la signature de la marque
    [brand] de la seule signature de la marque
   *[initials] de la signature de la marque et des initiales de la personne
}.
report-period = Du { $from } au { $to } :
report-col-key = Groupe
report-col-opened = Ouverts
report-col-resolved = Résolus
report-col-first-met = Première réponse tenue
report-col-first-median = Première réponse (médiane)
report-col-resolution-met = Résolution tenue
report-col-resolution-median = Résolution (médiane)
report-col-backlog = En attente à la fin
report-col-handoffs = Transferts
report-total = Total
report-csv-written = { $file } : { $rows } ligne(s) écrite(s).
action-reports = Rapports
header-reports = Rapports
reports-title = Rapports
reports-period = Période
reports-last-days = { $days } derniers jours
reports-by = Par
reports-by-community = Communauté
reports-by-brand = Marque
reports-by-locale = Langue
reports-by-channel = Canal
reports-by-agent = Agent
reports-by-topic = Sujet
reports-by-crisis = Crise
reports-loading = Calcul…
reports-no-cases = Aucun cas derrière ce chiffre.
reports-definitions = Première réponse : cas ouverts dans la période ; résolution : cas résolus dans la période (sans le temps d'attente du client) ; en attente : ouverts à la fin. Une ligne liste ses cas.
report-minutes = { $minutes } min
report-hours = { $hours } h { $minutes } min
report-days = { $days } j { $hours } h
report-kept-met = tenue
report-kept-missed = manquée
report-kept-running = en cours
report-first = Première réponse
report-resolution = Résolution
reports-heat-title = Quand les cas s'ouvrent (heure de la semaine, fuseau de chaque page)
reports-heat-cell = { $day } { $hour } h — { $count } cas
report-preparing = Préparation des chiffres du rapport : { $cases } cas calculés…
report-pdf-written = { $file } : rapport écrit en PDF.
error-report-pdf = Le rapport n’a pas pu être écrit en PDF : { $reason }
report-pdf-title = Rapport : { $brands }
report-pdf-generated = Imprimé le { $at }
report-pdf-overview = Vue d’ensemble
report-pdf-first-on-time = Première réponse à temps
report-pdf-resolution-on-time = Résolution à temps
report-pdf-on-time = À temps
report-pdf-median = Médiane
report-pdf-attainment-chart = À temps par groupe
report-pdf-more-groups = + { $n } de plus dans le tableau
report-pdf-handoffs = Transferts à des experts
report-pdf-handoffs-note = { $in_time } à temps · médiane { $median }
report-pdf-trend = Semaine par semaine
report-pdf-table = Tous les groupes
report-pdf-topics = Sujets principaux
report-pdf-previous = Période précédente
report-pdf-no-data = Aucun cas dans cette période.
report-pdf-day-unit = j
report-pdf-hour-unit = h
report-pdf-minute-unit = min
report-pdf-day-mon = lun
report-pdf-day-tue = mar
report-pdf-day-wed = mer
report-pdf-day-thu = jeu
report-pdf-day-fri = ven
report-pdf-day-sat = sam
report-pdf-day-sun = dim
reports-custom = Dates…
reports-from = Du
reports-to = Au (inclus)
reports-apply = Afficher
reports-reopened = Rouverts : { $count } ({ $rate } des résolus)
reports-handoffs = Transferts à des experts : { $asked } ; répondus à temps : { $in_time }, en retard : { $late }, refusés : { $declined }, expirés : { $expired } ; temps de réponse médian : { $median }
reports-trend-title = Semaine par semaine : cas ouverts, première réponse et résolution à temps
reports-topics-title = Sujets principaux, comparés à la période précédente
reports-topic-samples = Ce que la clientèle écrit
reports-week-of = Cas ouverts la semaine du { $week }
reports-previous = { $count } la période précédente
error-report-bad-period = Le premier jour de la période doit précéder le dernier.
reports-backlog-age = Ouverts à la fin, par âge
reports-age-0 = moins d’1 h
reports-age-1 = 1–4 h
reports-age-2 = 4–24 h
reports-age-3 = 1–3 jours
reports-age-4 = 3–7 jours
reports-age-5 = 7 jours ou plus
reports-heat-cell-title = Cas ouverts le { $day } à { $hour } h

## crisis reply : répondre à un groupe d'un coup
col-id = N°
channel-messenger = Messenger
channel-messenger_human_agent = Messenger (tag agent humain)
channel-comment = réponse publique au commentaire
channel-private_reply = réponse privée à un commentaire
cluster-reply-plan = Groupe { $cluster }, réponse type « { $template } » : { $count } réponses à envoyer, { $left } cas restent pour vous, { $already } y ont déjà eu droit.
cluster-reply-preview = En { $locale }, { $brand } ({ $count } réponses), telle que le cas { $case } la recevra :
cluster-reply-left = Restent pour vous ({ $count }) :
cluster-left-window-closed = fenêtre Messenger fermée depuis { $closed }
cluster-left-missing-variables = le texte demande ce que le cas ne dit pas : { $names }
cluster-left-not-connected = la page n'est pas connectée
cluster-left-no-text = la réponse type n'a pas de texte dans la langue de cette page
cluster-left-personal-data = une réponse publique montrerait des données personnelles
cluster-left-resolved = résolu depuis la lecture du groupe
cluster-left-no-recipient = pas une conversation à laquelle Switchboard peut répondre
cluster-reply-dry-run = Rien n'a été envoyé. Ajoutez --yes pour envoyer ces réponses.
cluster-reply-nothing = Aucune nouvelle réponse à enregistrer.
cluster-reply-countdown = Envoi de { $count } réponses dans { $seconds } s. Ctrl+C arrête ; rien n'est enregistré d'ici là.
cluster-reply-stopped = Arrêté : rien n'a été enregistré ni envoyé.
cluster-reply-queued = { $queued } réponses sont dans la boîte d'envoi ({ $already } cas avaient déjà cette réponse ; { $left } restent pour vous).
cluster-reply-progress = { $sent } sur { $total } envoyées ({ $failed } en échec)
cluster-reply-waiting = { $waiting } réponses attendent encore (une page en pause ou sans jeton) ; la fenêtre ou « switchboard sync » les enverra.
cluster-renamed = Groupe { $cluster } renommé.
cluster-merged = Le groupe { $from } fait maintenant partie du groupe { $into } ({ $count } cas déplacés).
cluster-split = { $count } cas déplacés dans le nouveau groupe { $cluster }.
cluster-moved-out = Le cas { $case } est maintenant seul dans le groupe { $cluster }.

## Groupes de crise dans la fenêtre
action-clusters = Groupes de crise
clusters-title = Groupes de crise : cas ouverts qui posent la même question
clusters-none = Aucun groupe de { $min } cas ouverts ou plus.
clusters-cases = { $count ->
    [one] 1 cas
   *[other] { $count } cas
}
clusters-pages = { $count ->
    [one] page
   *[other] pages
}
clusters-rename = Renommer
clusters-rename-save = Enregistrer le nom
clusters-move-out = Sortir de ce groupe
clusters-template = Répondre avec
clusters-status = Puis passer les cas à
clusters-status-unchanged = leur statut actuel
clusters-preview = Voir les réponses
clusters-send = Envoyer { $count } réponses
clusters-countdown = Envoi de { $count } réponses dans { $seconds } s…
clusters-undo = Annuler
clusters-undone = Rien n'a été envoyé.
clusters-done = Tout est envoyé : { $sent } réponses ({ $failed } en échec).
crisis-banner-clusters = Groupes
bench-clusters = { $open } cas ouverts, { $messages } nouveaux messages, { $readings } lectures (la première { $first } ms, puis { $reading } ms en médiane). D'un message enregistré à son cas dans un groupe : p50 { $p50 } ms, p99 { $p99 } ms, au plus { $max } ms ; jamais montrés : { $unseen }.

## Crisis desk (helpers)
crisis-desk-none = Aucune crise en cours : le guichet de crise est vide.
crisis-desk-helper = Vous aidez pendant la crise jusqu’au { $until } : vos réponses sont marquées dans le journal.
crisis-desk-crisis = Crise : { $name } ({ $pages })
crisis-desk-guidance = Consignes du playbook « { $playbook } » :
crisis-desk-no-guidance = Aucune consigne de playbook pour cette crise.
crisis-desk-clusters = Groupes de { $min } cas ou plus qui demandent la même chose : { $count }
crisis-desk-cases = Autres cas, les plus urgents d’abord : { $shown } sur { $count }
crisis-desk-title = Guichet de crise
action-crisis-desk = Guichet de crise (pour les renforts)
crisis-banner-desk = Guichet de crise
crisis-desk-answer = Y répondre ensemble…
crisis-desk-clusters-title = Groupes
crisis-desk-cases-title = Autres cas
clusters-merge-into = Fusionner avec
clusters-merge = Fusionner
clusters-split-pick = Séparer
clusters-split = Mettre les cas cochés dans un nouveau groupe

reports-no-topic = Sans sujet
## Case topics as people name them (the slug stays the same in scripts)
topic-delay = Retard
topic-refund = Remboursement
topic-special-assistance = Assistance spéciale
topic-assistance = Assistance
topic-loyalty = Programme de fidélité
topic-booking-change = Modification de réservation
topic-baggage = Bagages
topic-baggage-delayed = Bagage retardé
topic-baggage-lost = Bagage perdu
topic-baggage-damaged = Bagage endommagé
topic-cancellation = Annulation
topic-seat = Siège
topic-seating = Sièges
topic-compliment = Compliment
topic-crisis = Crise
topic-self-service = Libre-service
topic-expert = Réponse d'expert
