# Switchboard starter replies (French). Seeded into new workspaces as the "any brand" variants for "fr".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes désolés du retard de votre vol { $flight } et vous remercions de votre patience. L’équipage et les équipes au sol de { -brand } font le nécessaire pour que vous puissiez partir au plus vite. La page « Statut des vols » indique toujours l’heure de départ la plus récente. Si ce retard met une correspondance en péril, écrivez-nous ici et nous examinerons les solutions avec vous.
    { -sign-off }
    .topic = delay
    .tags = retard, départ, statut du vol, correspondance

flight-cancellation =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes sincèrement désolés de l’annulation de votre vol { $flight }. Dans « Gérer ma réservation », vous pouvez choisir un autre vol ou demander un remboursement, sans frais. Si vous êtes déjà à l’aéroport, le comptoir { -brand } vous aidera à changer de vol et vous indiquera la prise en charge dont vous pouvez bénéficier, comme les repas ou l’hôtel.
    { -sign-off }
    .topic = cancellation
    .tags = annulation, vol annulé, changement de vol, remboursement, nouveau vol

baggage-delayed =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes désolés que { $bags ->
        [one] votre bagage ne vous soit pas encore parvenu
       *[other] vos { $bags } bagages ne vous soient pas encore parvenus
    }. Le service bagages de { -brand } mène déjà les recherches, et vous pouvez les suivre avec votre numéro de dossier sur la page de suivi des bagages. Dès { $bags ->
        [one] qu’il sera retrouvé, nous le livrerons
       *[other] qu’ils seront retrouvés, nous les livrerons
    } à l’adresse que vous nous avez indiquée. Conservez les justificatifs de vos achats de première nécessité ; vous pourrez les transmettre depuis la même page.
    { -sign-off }
    .topic = baggage
    .tags = bagage, retardé, valise, suivi, dossier

baggage-lost =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous sommes sincèrement désolés que { $bags ->
        [one] votre bagage soit toujours introuvable
       *[other] vos { $bags } bagages soient toujours introuvables
    }. Le service bagages de { -brand } poursuit les recherches dans le monde entier, et vous pouvez suivre chaque étape sur la page de suivi des bagages. Si les recherches n’aboutissent pas dans les 21 jours, vous pourrez y déposer une demande d’indemnisation pour le contenu ; nous vous accompagnerons dans cette démarche.
    { -sign-off }
    .topic = baggage
    .tags = bagage, perdu, valise, réclamation, indemnisation

refund-status =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de votre patience. Votre demande de remboursement pour la réservation { $booking_ref } est en cours de traitement auprès du service remboursements de { -brand }, sous la référence { $case_ref } ; merci de la rappeler si vous nous écrivez à nouveau. Le remboursement est effectué sur le moyen de paiement d’origine, et vous recevrez un e-mail dès qu’il aura été traité.
    { -sign-off }
    .topic = refund
    .tags = remboursement, argent, paiement, demande

seat-upgrade =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de votre question, et d’avoir choisi { -brand } ! Dans « Gérer ma réservation », vous pouvez choisir ou changer votre siège ; si un surclassement est disponible sur votre vol, il vous y est proposé avec son prix. Les disponibilités pouvant évoluer, n’hésitez pas à y jeter un œil à nouveau à l’approche du départ.
    { -sign-off }
    .topic = seating
    .tags = siège, surclassement, choix du siège, business, gérer ma réservation

special-assistance =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Nous vous aidons volontiers. Merci de demander l’assistance dans « Gérer ma réservation » au moins 48 heures avant le départ, afin que l’équipe aéroport de { -brand } puisse vous accompagner de l’enregistrement jusqu’à votre siège. Ce service est gratuit, et vous pouvez aussi nous décrire ici vos besoins particuliers.
    { -sign-off }
    .topic = assistance
    .tags = assistance, fauteuil roulant, mobilité réduite, aide, PMR

compliment-thanks =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Un grand merci pour votre gentil message ! Nous le transmettons à l’équipe, cela lui fera très plaisir. Au plaisir de vous accueillir bientôt à nouveau à bord de { -brand }.
    { -sign-off }
    .topic = compliment
    .tags = merci, compliment, félicitations, équipage

crisis-holding =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de votre message et de votre patience. Certains vols { -brand } sont actuellement perturbés, et nos équipes mettent tout en œuvre pour que chacun puisse poursuivre son voyage. Consultez la page « Statut des vols » pour les dernières informations ; les options de changement de vol sont disponibles en ligne dans « Gérer ma réservation ». Nous publierons des nouvelles ici dès que nous en saurons plus.
    { -sign-off }
    .topic = crisis
    .tags = perturbation, crise, grève, météo, information

self-service =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci de nous avoir écrit ! Le plus rapide est de passer par « Gérer ma réservation » sur le site ou dans l’application { -brand } : vous pouvez y changer de vol, ajouter un bagage et vous enregistrer, à toute heure. Si quelque chose ne fonctionne pas comme prévu, répondez-nous simplement ici et nous vous aiderons.
    { -sign-off }
    .topic = self-service
    .tags = gérer ma réservation, application, site, enregistrement, libre-service

expert-answer =
    { -brand.formality ->
        [informal] Salut { $first_name },
       *[formal] Bonjour { $first_name },
    }
    Merci d’avoir patienté pendant que nous nous renseignions. Nos collègues du service concerné nous indiquent : { $expert_answer }
    Si quelque chose n’est pas clair, répondez-nous simplement ici, nous vous aiderons volontiers.
    { -sign-off }
    .topic = expert
    .tags = réponse, suivi, expert, information
