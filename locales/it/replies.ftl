# Switchboard starter replies (Italian). Seeded into new workspaces as the "any brand" variants for "it".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace per il ritardo del Suo volo { $flight } e La ringraziamo per la pazienza. L’equipaggio e il personale di terra di { -brand } stanno facendo il possibile perché possa partire al più presto. L’orario di partenza aggiornato è sempre disponibile sulla pagina «Stato del volo». Se il ritardo mette a rischio una coincidenza, ci scriva pure qui e valuteremo insieme le possibili soluzioni.
    { -sign-off }
    .topic = delay
    .tags = ritardo, partenza, stato del volo, coincidenza

flight-cancellation =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace molto che il Suo volo { $flight } sia stato cancellato. In «Gestisci prenotazione» può scegliere un altro volo o richiedere il rimborso, senza costi. Se si trova già in aeroporto, il banco assistenza { -brand } La aiuterà con la riprenotazione e Le indicherà l’assistenza disponibile, come pasti o albergo.
    { -sign-off }
    .topic = cancellation
    .tags = cancellazione, volo cancellato, riprenotazione, rimborso, nuovo volo

baggage-delayed =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace che { $bags ->
        [one] il Suo bagaglio non sia ancora arrivato
       *[other] i Suoi { $bags } bagagli non siano ancora arrivati
    }. Il servizio bagagli di { -brand } è già al lavoro, e Lei può seguire la ricerca con il numero di pratica sulla pagina di rintraccio bagagli. Non appena { $bags ->
        [one] sarà ritrovato, lo consegneremo
       *[other] saranno ritrovati, li consegneremo
    } all’indirizzo che ci ha indicato. Conservi le ricevute degli acquisti di prima necessità fatti nel frattempo: potrà inviarle dalla stessa pagina.
    { -sign-off }
    .topic = baggage
    .tags = bagaglio, in ritardo, valigia, rintraccio, pratica

baggage-lost =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    ci dispiace davvero che { $bags ->
        [one] il Suo bagaglio non sia ancora stato ritrovato
       *[other] i Suoi { $bags } bagagli non siano ancora stati ritrovati
    }. Il servizio bagagli di { -brand } continua le ricerche in tutto il mondo, e Lei può seguire ogni passaggio sulla pagina di rintraccio bagagli. Se dopo 21 giorni la ricerca non avrà dato esito, potrà presentare lì una richiesta di risarcimento per il contenuto; La accompagneremo passo dopo passo.
    { -sign-off }
    .topic = baggage
    .tags = bagaglio, smarrito, valigia, risarcimento, reclamo

refund-status =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per la pazienza. La Sua richiesta di rimborso per la prenotazione { $booking_ref } è in carico all’ufficio rimborsi di { -brand } con il riferimento { $case_ref }; La preghiamo di indicarlo se ci scrive di nuovo. Il rimborso avviene sul metodo di pagamento originale e riceverà un’e-mail non appena sarà stato elaborato.
    { -sign-off }
    .topic = refund
    .tags = rimborso, soldi, pagamento, richiesta

seat-upgrade =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per la domanda e per aver scelto { -brand }! In «Gestisci prenotazione» può scegliere o cambiare il posto; se sul Suo volo è disponibile un upgrade, Le viene proposto lì con il relativo prezzo. La disponibilità può cambiare, quindi vale la pena ricontrollare in prossimità della partenza.
    { -sign-off }
    .topic = seating
    .tags = posto, upgrade, scelta del posto, business, gestisci prenotazione

special-assistance =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    La aiutiamo volentieri. Richieda l’assistenza in «Gestisci prenotazione» almeno 48 ore prima della partenza, così il personale di terra di { -brand } La potrà accompagnare dal check-in fino al posto. Il servizio è gratuito e, se ha esigenze particolari, può descrivercele anche qui.
    { -sign-off }
    .topic = assistance
    .tags = assistenza, sedia a rotelle, mobilità ridotta, aiuto, PRM

compliment-thanks =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie di cuore per le Sue belle parole! Faremo avere i Suoi complimenti al team: ne sarà felicissimo. Speriamo di darLe presto di nuovo il benvenuto a bordo di { -brand }.
    { -sign-off }
    .topic = compliment
    .tags = grazie, complimenti, elogio, equipaggio

crisis-holding =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per il messaggio e per la pazienza. Alcuni voli { -brand } stanno subendo disagi e i nostri team lavorano senza sosta per permettere a tutti di proseguire il viaggio. Trova le informazioni aggiornate sulla pagina «Stato del volo»; le opzioni di riprenotazione sono disponibili online in «Gestisci prenotazione». Pubblicheremo qui gli aggiornamenti non appena ne sapremo di più.
    { -sign-off }
    .topic = crisis
    .tags = disagi, crisi, sciopero, maltempo, aggiornamenti

self-service =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per averci scritto! La via più rapida è «Gestisci prenotazione» sul sito o nell’app di { -brand }: lì può cambiare volo, aggiungere bagagli e fare il check-in a qualsiasi ora. Se qualcosa non dovesse funzionare, ci risponda pure qui e La aiuteremo.
    { -sign-off }
    .topic = self-service
    .tags = gestisci prenotazione, app, sito, check-in, fai da te

expert-answer =
    { -brand.formality ->
        [informal] Ciao { $first_name },
       *[formal] Gentile { $first_name },
    }
    grazie per aver atteso mentre verificavamo. I colleghi del reparto competente ci comunicano: { $expert_answer }
    Se qualcosa non fosse chiaro, ci risponda pure qui: saremo lieti di aiutarLa.
    { -sign-off }
    .topic = expert
    .tags = risposta, seguito, esperti, aggiornamento
