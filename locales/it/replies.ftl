# Switchboard starter replies (Italian). Seeded into new workspaces as the "any brand" variants for "it".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace per il ritardo del volo { $flight }. Sappiamo quanto Le costa un ritardo, e l’equipaggio e il personale di terra fanno il possibile per farLa partire al più presto. L’orario di partenza aggiornato è sulla pagina «Stato del volo» e riceverà un messaggio se dovesse cambiare ancora. Se perde una coincidenza, il nostro banco transiti La riprenoterà.
    { -sign-off } ^{ $agent_initials }
    .topic = delay
    .tags = ritardo, partenza, stato del volo, attesa

flight-cancellation =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace molto che il volo { $flight } sia stato cancellato. In «Gestisci prenotazione» può scegliere un nuovo volo o chiedere il rimborso, senza costi. Se è già in aeroporto, il banco { -brand } La aiuterà con la nuova prenotazione e, se necessario, con albergo e pasti.
    { -sign-off } ^{ $agent_initials }
    .topic = cancellation
    .tags = cancellazione, volo cancellato, riprenotazione, rimborso

baggage-delayed =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace che { $bags ->
        [one] il Suo bagaglio non Le sia ancora arrivato
       *[other] i Suoi { $bags } bagagli non Le siano ancora arrivati
    }. Con il numero della pratica può seguire la ricerca sulla pagina di rintraccio bagagli, e lo consegneremo al Suo indirizzo non appena { $bags ->
        [one] sarà ritrovato
       *[other] saranno ritrovati
    }. Conservi le ricevute degli acquisti indispensabili fatti nel frattempo.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = bagaglio, valigia, in ritardo, rintraccio, pratica

baggage-lost =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace davvero che { $bags ->
        [one] il Suo bagaglio manchi ancora
       *[other] i Suoi { $bags } bagagli manchino ancora
    }. Il nostro servizio bagagli continua le ricerche in tutto il mondo e può seguire ogni passo sulla pagina di rintraccio bagagli. Se entro 21 giorni non si trova nulla, potrà dichiarare lì il contenuto per il risarcimento; La accompagneremo.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = bagaglio, smarrito, valigia, risarcimento, reclamo

refund-status =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per la pazienza. La Sua richiesta di rimborso per la prenotazione { $booking_ref } è presso il nostro ufficio rimborsi con il riferimento { $case_ref }. L’importo torna sul mezzo di pagamento originale e riceverà un’e-mail non appena sarà stato versato.
    { -sign-off } ^{ $agent_initials }
    .topic = refund
    .tags = rimborso, soldi, pagamento, richiesta

seat-upgrade =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per la domanda! In «Gestisci prenotazione» può scegliere o cambiare il posto; quando un upgrade è disponibile, viene proposto lì con il prezzo. I posti vicini per le famiglie sono gratuiti se prenotati insieme.
    { -sign-off } ^{ $agent_initials }
    .topic = seating
    .tags = posto, upgrade, business, prenotazione del posto

special-assistance =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    La aiutiamo volentieri. Richieda l’assistenza in «Gestisci prenotazione» almeno 48 ore prima della partenza; il nostro personale La accoglierà al check-in e La accompagnerà fino al posto. Il servizio è gratuito.
    { -sign-off } ^{ $agent_initials }
    .topic = assistance
    .tags = assistenza, sedia a rotelle, mobilità ridotta, aiuto

compliment-thanks =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie di cuore per le Sue belle parole! Le giriamo al team, ne saranno felici. Speriamo di darLe presto di nuovo il benvenuto a bordo di { -brand }.
    { -sign-off } ^{ $agent_initials }
    .topic = compliment
    .tags = grazie, complimenti, equipaggio, lode

crisis-holding =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per il messaggio. I nostri voli sono al momento perturbati e i nostri team lavorano senza sosta per far ripartire tutti. Le informazioni aggiornate sono sulla pagina «Stato del volo»; le riprenotazioni sono possibili online in «Gestisci prenotazione». Pubblicheremo qui le novità appena ne sapremo di più.
    { -sign-off } ^{ $agent_initials }
    .topic = crisis
    .tags = perturbazione, crisi, sciopero, meteo, informazioni

self-service =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per averci scritto! La via più rapida è «Gestisci prenotazione» sul sito o nell’app di { -brand }: lì può cambiare volo, aggiungere bagagli e fare il check-in, a qualsiasi ora.
    { -sign-off } ^{ $agent_initials }
    .topic = self-service
    .tags = gestisci prenotazione, app, sito, check-in

expert-answer =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per l’attesa. I colleghi del servizio competente ci comunicano: { $expert_answer }
    Se qualcosa non è chiaro, ci risponda pure qui.
    { -sign-off } ^{ $agent_initials }
    .topic = expert
    .tags = risposta, seguito, informazioni
