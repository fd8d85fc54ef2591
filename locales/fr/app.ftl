# Chaînes de l'interface de Switchboard (français).

## Erreurs

error-not-found = { $what ->
    [case] Aucun cas
    [community] Aucune communauté
    [brand] Aucune marque
    [agent] Aucun agent
    [expert] Aucun expert
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
search-empty = Aucun message ne correspond.
inbound-stored = Message enregistré dans le cas n° { $case }.
inbound-duplicate = Déjà enregistré dans le cas n° { $case } ; rien n'a changé.
case-changed = Le cas n° { $case } est maintenant : { $status }.
handoff = Transfert

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
