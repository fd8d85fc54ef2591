# Switchboard starter replies (German). Seeded into new workspaces as the "any brand" variants for "de".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns leid, dass sich der Flug { $flight } verspätet. Wir wissen, was Sie eine Verspätung kostet, und Crew und Bodenpersonal tun alles, damit Sie so bald wie möglich abfliegen. Die aktuelle Abflugzeit finden Sie auf der Seite „Flugstatus“; ändert sie sich erneut, erhalten Sie eine Nachricht. Verpassen Sie dadurch einen Anschluss, bucht unser Transferschalter Sie um.
    { -sign-off } ^{ $agent_initials }
    .topic = delay
    .tags = Verspätung, Abflug, Flugstatus, Warten

flight-cancellation =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns sehr leid, dass der Flug { $flight } annulliert wurde. Unter „Meine Buchung“ können Sie kostenlos einen neuen Flug wählen oder eine Rückerstattung beantragen. Sind Sie bereits am Flughafen, hilft Ihnen der { -brand } Schalter bei der Umbuchung und, falls nötig, mit Hotel und Verpflegung.
    { -sign-off } ^{ $agent_initials }
    .topic = cancellation
    .tags = Annullierung, Streichung, Umbuchung, Rückerstattung

baggage-delayed =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns leid, dass { $bags ->
        [one] Ihr Gepäckstück noch nicht bei Ihnen angekommen ist
       *[other] Ihre { $bags } Gepäckstücke noch nicht bei Ihnen angekommen sind
    }. Mit Ihrer Meldungsnummer können Sie die Suche auf der Seite zur Gepäckverfolgung mitverfolgen, und wir liefern an Ihre Adresse, sobald { $bags ->
        [one] es gefunden ist
       *[other] sie gefunden sind
    }. Bitte bewahren Sie die Quittungen für notwendige Einkäufe in der Zwischenzeit auf.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = Gepäck, Koffer, verspätet, Gepäckverfolgung, Meldung

baggage-lost =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns aufrichtig leid, dass { $bags ->
        [one] Ihr Gepäckstück noch immer fehlt
       *[other] Ihre { $bags } Gepäckstücke noch immer fehlen
    }. Unser Gepäckdienst sucht weltweit weiter, und jeden Schritt sehen Sie auf der Seite zur Gepäckverfolgung. Wird innerhalb von 21 Tagen nichts gefunden, können Sie dort den Inhalt zur Entschädigung anmelden; wir begleiten Sie dabei.
    { -sign-off } ^{ $agent_initials }
    .topic = baggage
    .tags = Gepäck, verloren, Koffer, Entschädigung, Reklamation

refund-status =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    vielen Dank für Ihre Geduld. Ihr Antrag auf Rückerstattung für die Buchung { $booking_ref } liegt bei unserem Erstattungsteam unter der Referenz { $case_ref }. Der Betrag geht auf das ursprüngliche Zahlungsmittel zurück, und Sie erhalten eine E-Mail, sobald er ausbezahlt ist.
    { -sign-off } ^{ $agent_initials }
    .topic = refund
    .tags = Rückerstattung, Geld zurück, Zahlung, Erstattung

seat-upgrade =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    danke für Ihre Anfrage! Unter „Meine Buchung“ können Sie Ihren Sitzplatz wählen oder ändern; ist ein Upgrade verfügbar, wird es dort mit Preis angeboten. Nebeneinanderliegende Plätze für Familien sind kostenlos, wenn sie gemeinsam gebucht werden.
    { -sign-off } ^{ $agent_initials }
    .topic = seating
    .tags = Sitzplatz, Upgrade, Business, Sitzplatzreservation

special-assistance =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    wir helfen Ihnen gerne. Bitte beantragen Sie die Unterstützung unter „Meine Buchung“ mindestens 48 Stunden vor Abflug; unser Flughafenteam empfängt Sie dann beim Check-in und begleitet Sie bis zu Ihrem Sitzplatz. Dieser Service ist kostenlos.
    { -sign-off } ^{ $agent_initials }
    .topic = assistance
    .tags = Unterstützung, Rollstuhl, eingeschränkte Mobilität, Hilfe

compliment-thanks =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    herzlichen Dank für Ihre freundlichen Worte! Wir geben sie an das Team weiter, das wird alle freuen. Wir freuen uns, Sie bald wieder an Bord von { -brand } begrüssen zu dürfen.
    { -sign-off } ^{ $agent_initials }
    .topic = compliment
    .tags = Dank, Lob, Kompliment, Crew

crisis-holding =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    danke für Ihre Nachricht. Unser Flugbetrieb ist derzeit gestört, und unsere Teams arbeiten mit Hochdruck daran, dass alle weiterreisen können. Aktuelle Informationen finden Sie auf der Seite „Flugstatus“; Umbuchungen sind online unter „Meine Buchung“ möglich. Wir informieren hier, sobald wir mehr wissen.
    { -sign-off } ^{ $agent_initials }
    .topic = crisis
    .tags = Störung, Krise, Streik, Wetter, Information

self-service =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    danke für Ihre Nachricht! Am schnellsten geht es unter „Meine Buchung“ auf der Website oder in der App von { -brand }: Dort können Sie rund um die Uhr umbuchen, Gepäck hinzufügen und einchecken.
    { -sign-off } ^{ $agent_initials }
    .topic = self-service
    .tags = Meine Buchung, App, Website, Check-in

expert-answer =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    danke für Ihre Geduld. Unsere Kolleginnen und Kollegen der zuständigen Abteilung teilen uns mit: { $expert_answer }
    Ist noch etwas unklar, antworten Sie einfach hier.
    { -sign-off } ^{ $agent_initials }
    .topic = expert
    .tags = Antwort, Rückmeldung, Information
