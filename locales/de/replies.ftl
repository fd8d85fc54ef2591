# Switchboard starter replies (German). Seeded into new workspaces as the "any brand" variants for "de".
# Variables: $first_name, $agent_initials, $case_ref, $flight, $booking_ref, $bags, $expert_answer
# Terms come from the brand's voice: -brand (value: brand name; .formality = formal | informal), -sign-off

flight-delay =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns leid, dass sich Ihr Flug { $flight } verspätet, und vielen Dank für Ihre Geduld. Die Crew und das Bodenpersonal von { -brand } setzen alles daran, dass Sie so bald wie möglich abfliegen können. Die aktuelle Abflugzeit finden Sie jederzeit auf der Seite „Flugstatus“. Falls durch die Verspätung ein Anschlussflug gefährdet ist, schreiben Sie uns bitte hier, dann prüfen wir gemeinsam mit Ihnen die Möglichkeiten.
    { -sign-off }
    .topic = delay
    .tags = Verspätung, Abflug, Flugstatus, Anschlussflug

flight-cancellation =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns sehr leid, dass Ihr Flug { $flight } annulliert wurde. Unter „Meine Buchung“ können Sie kostenlos einen anderen Flug wählen oder eine Erstattung beantragen. Sind Sie bereits am Flughafen, hilft Ihnen der Serviceschalter von { -brand } bei der Umbuchung und informiert Sie darüber, welche Betreuungsleistungen wie Mahlzeiten oder ein Hotel Ihnen zur Verfügung stehen.
    { -sign-off }
    .topic = cancellation
    .tags = Annullierung, gestrichen, Umbuchung, Erstattung, neuer Flug

baggage-delayed =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns leid, dass { $bags ->
        [one] Ihr Gepäckstück noch nicht bei Ihnen angekommen ist
       *[other] Ihre { $bags } Gepäckstücke noch nicht bei Ihnen angekommen sind
    }. Das Gepäckteam von { -brand } sucht bereits danach, und mit Ihrer Vorgangsnummer können Sie die Suche auf der Seite zur Gepäckverfolgung mitverfolgen. Sobald { $bags ->
        [one] es gefunden ist, bringen wir es
       *[other] sie gefunden sind, bringen wir sie
    } an die Adresse, die Sie uns angegeben haben. Bitte bewahren Sie die Belege für notwendige Einkäufe in der Zwischenzeit auf; Sie können sie auf derselben Seite einreichen.
    { -sign-off }
    .topic = baggage
    .tags = Gepäck, verspätet, Koffer, Gepäckverfolgung, Vorgangsnummer

baggage-lost =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    es tut uns aufrichtig leid, dass { $bags ->
        [one] Ihr Gepäckstück noch immer fehlt
       *[other] Ihre { $bags } Gepäckstücke noch immer fehlen
    }. Das Gepäckteam von { -brand } sucht weltweit weiter, und jeden Schritt können Sie auf der Seite zur Gepäckverfolgung mitverfolgen. Bleibt die Suche nach 21 Tagen erfolglos, können Sie dort einen Antrag auf Entschädigung für den Inhalt stellen; wir begleiten Sie gerne dabei.
    { -sign-off }
    .topic = baggage
    .tags = Gepäck, verloren, Koffer, Entschädigung, Antrag

refund-status =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    vielen Dank für Ihre Geduld. Ihr Erstattungsantrag für die Buchung { $booking_ref } liegt dem Erstattungsteam von { -brand } unter der Referenz { $case_ref } vor; bitte geben Sie diese an, wenn Sie uns erneut schreiben. Die Erstattung erfolgt auf das ursprüngliche Zahlungsmittel, und Sie erhalten eine E-Mail, sobald sie bearbeitet wurde.
    { -sign-off }
    .topic = refund
    .tags = Erstattung, Rückerstattung, Geld zurück, Zahlung

seat-upgrade =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    vielen Dank für Ihre Anfrage und dafür, dass Sie mit { -brand } fliegen! Unter „Meine Buchung“ können Sie Ihren Sitzplatz wählen oder ändern; ist auf Ihrem Flug ein Upgrade verfügbar, wird es Ihnen dort mit Preis angeboten. Die Verfügbarkeit kann sich ändern, daher lohnt sich kurz vor dem Abflug ein erneuter Blick.
    { -sign-off }
    .topic = seating
    .tags = Sitzplatz, Upgrade, Sitzplatzwahl, Business, Meine Buchung

special-assistance =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    wir helfen Ihnen gerne. Bitte melden Sie den Unterstützungsbedarf mindestens 48 Stunden vor Abflug unter „Meine Buchung“ an, damit das Flughafenteam von { -brand } Sie vom Check-in bis zu Ihrem Sitzplatz begleiten kann. Der Service ist kostenlos, und besondere Bedürfnisse können Sie uns gerne auch hier schildern.
    { -sign-off }
    .topic = assistance
    .tags = Unterstützung, Rollstuhl, eingeschränkte Mobilität, Hilfe, Assistenz

compliment-thanks =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    herzlichen Dank für Ihre freundlichen Worte! Wir geben sie gerne an das Team weiter, das wird alle sehr freuen. Wir freuen uns darauf, Sie bald wieder bei { -brand } an Bord begrüßen zu dürfen.
    { -sign-off }
    .topic = compliment
    .tags = Dank, Lob, Kompliment, Crew

crisis-holding =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    vielen Dank für Ihre Nachricht und Ihre Geduld. Derzeit kommt es bei { -brand } zu Einschränkungen im Flugbetrieb, und unsere Teams arbeiten mit Hochdruck daran, dass alle Reisenden weiterkommen. Aktuelle Informationen finden Sie auf der Seite „Flugstatus“; Umbuchungsmöglichkeiten stehen online unter „Meine Buchung“ bereit. Sobald wir mehr wissen, informieren wir Sie hier.
    { -sign-off }
    .topic = crisis
    .tags = Störung, Krise, Streik, Unwetter, Information

self-service =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    vielen Dank für Ihre Nachricht! Am schnellsten geht es unter „Meine Buchung“ auf der Website oder in der App von { -brand }: Dort können Sie rund um die Uhr umbuchen, Gepäck hinzufügen und einchecken. Falls etwas nicht wie gewünscht funktioniert, antworten Sie einfach hier, und wir helfen Ihnen weiter.
    { -sign-off }
    .topic = self-service
    .tags = Meine Buchung, App, Website, Check-in, Umbuchung

expert-answer =
    { -brand.formality ->
        [informal] Hallo { $first_name },
       *[formal] Guten Tag { $first_name },
    }
    vielen Dank für Ihre Geduld, während wir nachgefragt haben. Unsere Kolleginnen und Kollegen aus der zuständigen Abteilung teilen uns mit: { $expert_answer }
    Ist noch etwas unklar, antworten Sie einfach hier – wir helfen Ihnen gerne weiter.
    { -sign-off }
    .topic = expert
    .tags = Antwort, Rückmeldung, Fachabteilung, Information
