# Switchboard starter replies (French). Seeded into new workspaces as the "any brand" variants for "fr".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes désolés du retard du vol { $flight }. Nous savons ce qu’un retard vous coûte, et l’équipage comme les équipes au sol font tout pour vous faire partir au plus vite. La page « Statut des vols » indique l’heure de départ la plus récente, et vous recevrez un message si elle change encore. Si vous manquez une correspondance, notre guichet de transfert vous réservera un nouveau vol.
    { -sign-off } ^{ $agent_initials }
    .topic = delay
    .tags = retard, départ, statut du vol, attente

flight-cancellation =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes vraiment désolés de l’annulation du vol { $flight }. Vous pouvez choisir un nouveau vol ou demander un remboursement dans « Gérer ma réservation », sans frais. Si vous êtes déjà à l’aéroport, le guichet { -brand } vous aidera à changer de vol et, si nécessaire, pour l’hôtel et les repas.
    { -sign-off } ^{ $agent_initials }
    .topic = cancellation
    .tags = annulation, vol annulé, nouvelle réservation, remboursement

baggage-delayed =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes désolés que { $bags ->
        [one] votre bagage ne vous soit pas encore parvenu
       *[other] vos { $bags } bagages ne vous soient pas encore parvenus
    }. Avec votre numéro de dossier, vous pouvez suivre la recherche sur la page de suivi des bagages, et nous livrerons à votre adresse dès que { $bags ->
        [one] il sera retrouvé
       *[other] ils seront retrouvés
    }. Gardez les quittances des achats de première nécessité faits entre-temps.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = bagage, valise, retardé, suivi, dossier

baggage-lost =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes sincèrement désolés que { $bags ->
        [one] votre bagage soit toujours introuvable
       *[other] vos { $bags } bagages soient toujours introuvables
    }. Notre service bagages poursuit les recherches dans le monde entier, et vous pouvez suivre chaque étape sur la page de suivi des bagages. Si rien n’est retrouvé dans les 21 jours, vous pourrez y déclarer le contenu pour indemnisation ; nous vous accompagnerons.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = bagage, perdu, valise, réclamation, indemnisation

refund-status =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de votre patience. Votre demande de remboursement pour la réservation { $booking_ref } est traitée par notre service des remboursements sous la référence { $case_ref }. Le montant est reversé sur le moyen de paiement d’origine, et vous recevrez un e-mail dès qu’il aura été versé.
    { -sign-off } ^{ $agent_initials }
    .topic = refund
    .tags = remboursement, argent, paiement, demande

seat-upgrade =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de votre question ! Vous pouvez choisir ou changer votre siège dans « Gérer ma réservation » ; lorsqu’un surclassement est disponible, il y est proposé avec son prix. Les places côte à côte pour les familles sont gratuites si elles sont réservées ensemble.
    { -sign-off } ^{ $agent_initials }
    .topic = seating
    .tags = siège, surclassement, business, place

special-assistance =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous vous aidons volontiers. Merci de demander l’assistance dans « Gérer ma réservation » au moins 48 heures avant le départ ; notre équipe vous accueillera à l’enregistrement et vous accompagnera jusqu’à votre siège. Ce service est gratuit.
    { -sign-off } ^{ $agent_initials }
    .topic = assistance
    .tags = assistance, fauteuil roulant, mobilité réduite, aide

compliment-thanks =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Un grand merci pour votre message ! Nous le transmettons à l’équipe, cela lui fera très plaisir. Au plaisir de vous accueillir de nouveau à bord de { -brand }.
    { -sign-off } ^{ $agent_initials }
    .topic = compliment
    .tags = merci, compliment, équipage, félicitations

crisis-holding =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de votre message. Nos vols sont actuellement perturbés et nos équipes font tout pour que chacun puisse partir. Consultez la page « Statut des vols » pour les dernières informations ; les possibilités de nouvelle réservation sont en ligne dans « Gérer ma réservation ». Nous publierons les nouvelles ici dès que nous en saurons plus.
    { -sign-off } ^{ $agent_initials }
    .topic = crisis
    .tags = perturbation, crise, grève, météo, information

self-service =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de nous avoir écrit ! Le plus rapide est « Gérer ma réservation » sur le site ou dans l’application { -brand } : vous pouvez y changer de vol, ajouter un bagage et vous enregistrer, à toute heure.
    { -sign-off } ^{ $agent_initials }
    .topic = self-service
    .tags = gérer ma réservation, application, site, enregistrement

expert-answer =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci d’avoir patienté. Nos collègues du service concerné nous indiquent : { $expert_answer }
    Si quelque chose n’est pas clair, répondez-nous simplement ici.
    { -sign-off } ^{ $agent_initials }
    .topic = expert
    .tags = réponse, suivi, information
