# Switchboard : messages d'attente de départ (français), un par playbook, toutes marques.

playbook-it-outage =
    Nous savons que la réservation, l'enregistrement et notre application ne fonctionnent pas pour une partie d'entre vous. Nos équipes travaillent à les rétablir. Si vous ne pouvez pas vous enregistrer en ligne, vous pouvez le faire à l'aéroport sans frais. Nous publierons une mise à jour ici dès que nous en saurons plus. { -sign-off }
    .topic = statement

playbook-strike =
    En raison d'une grève, certains vols { -brand } sont annulés ou retardés. Veuillez consulter le statut de votre vol avant de voyager. Si votre vol est concerné, vous pouvez le modifier ou demander un remboursement sans frais dans Gérer ma réservation. Nous mettrons ce message à jour dès que nous en saurons plus. { -sign-off }
    .topic = statement

playbook-weather =
    En raison de conditions météorologiques difficiles, certains vols { -brand } sont annulés ou retardés aujourd'hui. Veuillez consulter le statut de votre vol avant de vous rendre à l'aéroport. Si votre vol est concerné, vous pouvez le reporter à un autre jour ou demander un remboursement sans frais dans Gérer ma réservation. Nous mettrons ce message à jour dès que nous en saurons plus. Merci de votre patience. { -sign-off }
    .topic = statement
