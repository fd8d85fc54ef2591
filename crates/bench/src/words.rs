//! What generated customers write, per language: short openings, a
//! problem, details and closings, combined into messages of 1 to about 80
//! words (most under 30, as fans write). Search terms of the benchmark
//! ("Koffer", "remboursement") occur at realistic rates.

pub struct Bank {
    pub openings: &'static [&'static str],
    pub problems: &'static [&'static str],
    pub details: &'static [&'static str],
    pub closings: &'static [&'static str],
    pub replies: &'static [&'static str],
}

pub const EN: Bank = Bank {
    openings: &["Hi,", "Hello", "Good morning,", "Hey", "Dear team,", ""],
    problems: &[
        "my suitcase did not arrive",
        "my flight was cancelled",
        "we have been delayed for three hours",
        "I am still waiting for my refund",
        "can I change my booking",
        "the app does not show my boarding pass",
        "I need a wheelchair at the airport",
        "can I bring my dog on board",
        "my bag came back damaged",
        "how do I add my miles",
    ],
    details: &[
        "on the flight from Geneva yesterday",
        "booking reference in my profile",
        "nobody at the counter could help",
        "this is the second time this month",
        "we are travelling with two small children",
        "I called three times already",
        "the website keeps showing an error",
    ],
    closings: &[
        "Thanks",
        "Please help",
        "Any news?",
        "!!!",
        "Thank you in advance",
        "",
    ],
    replies: &[
        "Thanks for your message, we are looking into it.",
        "Sorry about this, could you send us your booking reference in a private message?",
        "Your bag has been located and will be delivered tonight.",
        "The refund has been processed.",
    ],
};

pub const FR: Bank = Bank {
    openings: &["Bonjour,", "Salut", "Bonsoir,", "Madame, Monsieur,", ""],
    problems: &[
        "ma valise n'est pas arrivée",
        "mon vol a été annulé",
        "nous avons trois heures de retard",
        "j'attends toujours mon remboursement",
        "puis-je modifier ma réservation",
        "l'application n'affiche pas ma carte d'embarquement",
        "j'ai besoin d'un fauteuil roulant à l'aéroport",
        "mon bagage est arrivé abîmé",
        "comment ajouter mes miles",
    ],
    details: &[
        "sur le vol de Genève hier",
        "personne au comptoir n'a pu m'aider",
        "c'est la deuxième fois ce mois",
        "nous voyageons avec deux enfants",
        "j'ai déjà appelé trois fois",
    ],
    closings: &[
        "Merci",
        "Aidez-moi svp",
        "Des nouvelles ?",
        "Merci d'avance",
        "",
    ],
    replies: &[
        "Merci pour votre message, nous regardons cela.",
        "Désolés, pouvez-vous nous envoyer votre référence de réservation en message privé ?",
        "Votre bagage a été retrouvé et sera livré ce soir.",
    ],
};

pub const DE: Bank = Bank {
    openings: &[
        "Hallo,",
        "Grüezi",
        "Guten Tag,",
        "Sehr geehrte Damen und Herren,",
        "",
    ],
    problems: &[
        "mein Koffer ist nicht angekommen",
        "mein Flug wurde annulliert",
        "wir haben drei Stunden Verspätung",
        "ich warte immer noch auf meine Rückerstattung",
        "kann ich meine Buchung ändern",
        "die App zeigt meine Bordkarte nicht an",
        "ich brauche am Flughafen einen Rollstuhl",
        "mein Gepäck kam beschädigt zurück",
        "wie kann ich meine Meilen nachtragen",
    ],
    details: &[
        "auf dem Flug ab Zürich gestern",
        "am Schalter konnte niemand helfen",
        "das ist schon das zweite Mal diesen Monat",
        "wir reisen mit zwei kleinen Kindern",
        "ich habe schon dreimal angerufen",
    ],
    closings: &[
        "Danke",
        "Bitte helfen Sie mir",
        "Gibt es Neuigkeiten?",
        "Vielen Dank im Voraus",
        "",
    ],
    replies: &[
        "Danke für Ihre Nachricht, wir schauen uns das an.",
        "Das tut uns leid. Senden Sie uns bitte Ihre Buchungsnummer per Privatnachricht.",
        "Ihr Koffer wurde gefunden und wird heute Abend geliefert.",
    ],
};

pub const IT: Bank = Bank {
    openings: &["Buongiorno,", "Ciao", "Salve,", "Gentili signori,", ""],
    problems: &[
        "la mia valigia non è arrivata",
        "il mio volo è stato cancellato",
        "abbiamo tre ore di ritardo",
        "sto ancora aspettando il rimborso",
        "posso modificare la prenotazione",
        "l'app non mostra la carta d'imbarco",
        "ho bisogno di una sedia a rotelle in aeroporto",
        "il mio bagaglio è arrivato danneggiato",
    ],
    details: &[
        "sul volo da Lugano ieri",
        "al banco nessuno ha potuto aiutarmi",
        "è la seconda volta questo mese",
        "viaggiamo con due bambini piccoli",
    ],
    closings: &[
        "Grazie",
        "Aiutatemi per favore",
        "Novità?",
        "Grazie in anticipo",
        "",
    ],
    replies: &[
        "Grazie per il messaggio, stiamo verificando.",
        "Ci dispiace, può inviarci il codice di prenotazione in privato?",
        "La Sua valigia è stata trovata e sarà consegnata stasera.",
    ],
};

/// The bank for a locale's language.
pub fn bank(locale: &str) -> &'static Bank {
    match locale.split('-').next().unwrap_or("en") {
        "fr" => &FR,
        "de" => &DE,
        "it" => &IT,
        _ => &EN,
    }
}
