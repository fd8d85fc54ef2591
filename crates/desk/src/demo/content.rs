//! The demo workspace's people and conversations: two fictional airlines,
//! Lakeline and Summit Air, each with a page in French (fr-CH), German (de-CH)
//! and English (en). Times are minutes before the moment the demo is created,
//! so every run shows the same mix of fresh, at-risk and breached cases.

pub const BRANDS: [&str; 2] = ["Lakeline", "Summit Air"];
pub const LOCALES: [&str; 3] = ["fr-CH", "de-CH", "en"];

pub struct DemoAgent {
    pub name: &'static str,
    pub initials: &'static str,
    pub email: &'static str,
}

pub struct DemoExpert {
    pub name: &'static str,
    pub department: &'static str,
    pub topics: &'static [&'static str],
    pub languages: &'static [&'static str],
    pub time_zone: &'static str,
    pub email: &'static str,
}

#[derive(Clone, Copy)]
pub enum Who {
    Fan,
    /// An agent's reply, by initials.
    Agent(&'static str),
    /// An internal note, by agent initials.
    Note(&'static str),
}

pub struct DemoMessage {
    pub who: Who,
    pub minutes_ago: i64,
    pub text: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DemoStatus {
    New,
    Open,
    WaitingCustomer,
    WaitingExpert,
    Resolved,
}

pub struct DemoHandoff {
    /// An expert's name from EXPERTS.
    pub expert: &'static str,
    pub question: &'static str,
    pub asked_minutes_ago: i64,
    /// Some when the expert has answered.
    pub answer: Option<&'static str>,
}

pub struct DemoCase {
    /// `lakeline/fr-CH`, `summit-air/de-CH`, `lakeline/en`, ...
    pub community: &'static str,
    pub fan: &'static str,
    /// "messenger", "comment" or "visitor_post".
    pub kind: &'static str,
    /// One of: delay, cancellation, baggage-lost, baggage-delayed, baggage-damaged, refund, seat, special-assistance, compliment, booking-change, loyalty.
    pub topic: &'static str,
    pub status: DemoStatus,
    /// Agent initials.
    pub assignee: Option<&'static str>,
    pub handoff: Option<DemoHandoff>,
    /// Oldest first.
    pub messages: &'static [DemoMessage],
}

pub const AGENTS: &[DemoAgent] = &[
    DemoAgent {
        name: "Léa Rochat",
        initials: "LR",
        email: "lea.rochat@lakeline-group.example",
    },
    DemoAgent {
        name: "Julien Favre",
        initials: "JF",
        email: "julien.favre@lakeline-group.example",
    },
    DemoAgent {
        name: "Marco Brunner",
        initials: "MB",
        email: "marco.brunner@lakeline-group.example",
    },
    DemoAgent {
        name: "Nadia Keller",
        initials: "NK",
        email: "nadia.keller@lakeline-group.example",
    },
];

pub const EXPERTS: &[DemoExpert] = &[
    DemoExpert {
        name: "Sandra Meier",
        department: "Baggage",
        topics: &["baggage-lost", "baggage-delayed", "baggage-damaged"],
        languages: &["de", "en", "it"],
        time_zone: "Europe/Zurich",
        email: "sandra.meier@lakeline-group.example",
    },
    DemoExpert {
        name: "Claire Monnier",
        department: "Baggage",
        topics: &["baggage-lost", "baggage-delayed", "baggage-damaged"],
        languages: &["fr", "en"],
        time_zone: "Europe/Zurich",
        email: "claire.monnier@lakeline-group.example",
    },
    DemoExpert {
        name: "Thomas Graf",
        department: "Refunds",
        topics: &["refund", "cancellation"],
        languages: &["de", "fr", "en"],
        time_zone: "Europe/Zurich",
        email: "thomas.graf@lakeline-group.example",
    },
    DemoExpert {
        name: "Giulia Bernasconi",
        department: "Loyalty",
        topics: &["loyalty", "booking-change", "seat"],
        languages: &["it", "de", "fr", "en"],
        time_zone: "Europe/Zurich",
        email: "giulia.bernasconi@lakeline-group.example",
    },
    DemoExpert {
        name: "Oliver Hughes",
        department: "Loyalty",
        topics: &["loyalty", "seat"],
        languages: &["en"],
        time_zone: "Europe/London",
        email: "oliver.hughes@lakeline-group.example",
    },
    DemoExpert {
        name: "Reto Zimmermann",
        department: "Operations",
        topics: &["delay", "cancellation"],
        languages: &["de", "en"],
        time_zone: "Europe/Zurich",
        email: "reto.zimmermann@lakeline-group.example",
    },
    DemoExpert {
        name: "Isabelle Perrin",
        department: "Special assistance",
        topics: &["special-assistance", "seat"],
        languages: &["fr", "de", "en"],
        time_zone: "Europe/Zurich",
        email: "isabelle.perrin@lakeline-group.example",
    },
    DemoExpert {
        name: "Jennifer Alvarez",
        department: "Customer relations",
        topics: &["compliment", "refund", "delay", "cancellation"],
        languages: &["en", "es"],
        time_zone: "America/New_York",
        email: "jennifer.alvarez@lakeline-group.example",
    },
];

pub const CASES: &[DemoCase] = &[
    // ------------------------------------------------------------------
    // lakeline/fr-CH: formal "vous", signed "— Lakeline Care, <initials>"
    // ------------------------------------------------------------------
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Sophie Pittet",
        kind: "messenger",
        topic: "baggage-delayed",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 12,
            text: "Bonjour, je suis arrivée à Genève hier soir avec le LK 1742 depuis Lisbonne et mon bagage n'est jamais apparu sur le tapis. J'ai fait la déclaration à l'aéroport (GVALK48213). Quelqu'un peut me dire quand il sera livré? Tous mes médicaments sont dedans...",
        }],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Mathieu Golay",
        kind: "comment",
        topic: "delay",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 53,
                text: "Encore 2h de retard sur le LK 1308 Genève-Porto, c'est la troisième fois ce mois-ci. Vous pourriez au moins nous informer au gate, personne ne dit rien !!",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 49,
                text: "Et l'app affiche toujours « à l'heure ». Bravo.",
            },
        ],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Chantal Jaquier",
        kind: "visitor_post",
        topic: "refund",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 310,
            text: "Cela fait six semaines que j'attends le remboursement de mon vol annulé LK 1125 du 3 mars (réservation QF7K2P). Trois e-mails, aucune réponse. Je commence sérieusement à perdre patience.",
        }],
    },
    // Wrong language: German on the French page.
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Hansruedi Kunz",
        kind: "messenger",
        topic: "booking-change",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 8,
            text: "Grüezi, ich habe einen Flug Genf-Nizza gebucht (Buchung HT4R9B), muss das Datum aber um eine Woche verschieben. Geht das online oder kostet das etwas? Merci vielmals.",
        }],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Olivier Vuilleumier",
        kind: "messenger",
        topic: "baggage-damaged",
        status: DemoStatus::Open,
        assignee: Some("LR"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1262,
                text: "Bonjour, ma valise est arrivée à Genève avec une roulette arrachée et la coque fendue (vol LK 1560 depuis Berlin). Le bagage a six mois. Comment se passe le dédommagement?",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 1228,
                text: "Bonjour Monsieur Vuilleumier, nous sommes navrés de vous voir récupérer votre bagage dans cet état. Avez-vous pu faire établir un constat au guichet bagages de l'aéroport avant de quitter la zone d'arrivée ? Si oui, pourriez-vous nous transmettre sa référence ainsi que quelques photos de la valise ? — Lakeline Care, LR",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1190,
                text: "Oui, référence GVALK31877. Je vous ai mis trois photos juste au-dessus.",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 1150,
                text: "Merci beaucoup, nous avons bien reçu la référence et les photos. Pour traiter l'indemnisation, pourriez-vous encore nous envoyer la facture d'achat de la valise (ou, à défaut, une photo de son étiquette) ? — Lakeline Care, LR",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 300,
                text: "Voilà la facture: achetée 189 CHF en octobre. J'espère que ça ira vite, je repars dans dix jours.",
            },
        ],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Nathalie Cuche",
        kind: "messenger",
        topic: "cancellation",
        status: DemoStatus::Open,
        assignee: Some("JF"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1805,
                text: "Notre vol LK 1417 Genève-Athènes de ce matin a été annulé. On est quatre, avec deux enfants, et on nous propose un vol dans TROIS jours. Ce n'est pas possible, l'hôtel est réservé dès ce soir.",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 1770,
                text: "Bonjour Madame Cuche, nous comprenons votre frustration et vous présentons nos excuses pour cette annulation. Pourriez-vous nous transmettre votre référence de réservation afin que nous examinions d'autres possibilités, y compris via Zurich ? — Lakeline Care, JF",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1750,
                text: "Référence MZ8D4L.",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 1700,
                text: "Merci. Nous vérifions les places disponibles via Zurich pour vous quatre et revenons vers vous au plus vite. — Lakeline Care, JF",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 420,
                text: "Toujours rien? Nous sommes toujours à Genève, les enfants sont épuisés et personne ne nous rappelle.",
            },
        ],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Pascal Rey",
        kind: "messenger",
        topic: "seat",
        status: DemoStatus::WaitingCustomer,
        assignee: Some("LR"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 190,
                text: "Bonjour, je voyage avec ma fille de 7 ans sur le LK 1290 pour Nice samedi et nous ne sommes pas assis ensemble. Est-ce qu'on peut corriger ça sans payer deux fois la réservation des sièges?",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 150,
                text: "Bonjour Monsieur Rey, bien sûr : un enfant de moins de 12 ans est toujours placé à côté d'un adulte qui l'accompagne, sans frais. Pourriez-vous nous communiquer votre référence de réservation ? Nous ferons le nécessaire. — Lakeline Care, LR",
            },
        ],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Aurélie Monod",
        kind: "messenger",
        topic: "baggage-lost",
        status: DemoStatus::WaitingExpert,
        assignee: Some("JF"),
        handoff: Some(DemoHandoff {
            expert: "Claire Monnier",
            question: "Le dossier GVALK31502 (LK 1803 Málaga-Genève) n'a plus de mise à jour depuis samedi. Pouvez-vous localiser le bagage et nous donner un délai de livraison ? La cliente repart lundi.",
            asked_minutes_ago: 365,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 400,
                text: "Bonjour, mon bagage est perdu depuis 5 jours (vol LK 1803 Málaga-Genève, dossier GVALK31502). Le suivi en ligne ne bouge plus depuis samedi. Il y a mon appareil photo et mes habits de ski dedans, et je repars lundi...",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 370,
                text: "Bonjour Madame Monod, nous sommes sincèrement désolés. Nous transmettons immédiatement votre dossier à notre service bagages pour obtenir une localisation précise et revenons vers vous aujourd'hui encore. — Lakeline Care, JF",
            },
            DemoMessage {
                who: Who::Note("JF"),
                minutes_ago: 367,
                text: "Passé à Claire (bagages) : tracing bloqué depuis samedi, la cliente repart lundi.",
            },
        ],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Laurence Chappuis",
        kind: "messenger",
        topic: "special-assistance",
        status: DemoStatus::Resolved,
        assignee: Some("LR"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1500,
                text: "Bonjour, ma mère de 82 ans prend le LK 1334 Genève-Porto le 14 (réservation PL3W8N). Elle marche mais ne peut pas faire les longues distances dans l'aéroport. Comment réserver un fauteuil roulant?",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 1468,
                text: "Bonjour Madame Chappuis, avec plaisir. Nous avons ajouté à la réservation PL3W8N une assistance avec fauteuil roulant à Genève et à Porto. Votre mère sera prise en charge au point d'assistance du hall des départs ; nous lui conseillons de s'y présenter deux heures avant le vol. — Lakeline Care, LR",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1400,
                text: "Merci infiniment, c'est très rassurant!",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 1391,
                text: "Avec plaisir. Nous souhaitons un excellent voyage à votre maman. — Lakeline Care, LR",
            },
        ],
    },
    DemoCase {
        community: "lakeline/fr-CH",
        fan: "Yannick Bovet",
        kind: "comment",
        topic: "compliment",
        status: DemoStatus::Resolved,
        assignee: Some("JF"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 4380,
                text: "Un grand merci à l'équipage du LK 1521 Zurich-Genève de dimanche: ma fille fêtait ses 10 ans à bord et le chef de cabine lui a offert une carte signée par tout l'équipage. Elle ne parle que de ça!",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 4331,
                text: "Quel joli moment, merci beaucoup de l'avoir partagé, Monsieur Bovet ! Nous transmettons vos compliments à l'équipage et souhaitons encore un très joyeux anniversaire à votre fille. — Lakeline Care, JF",
            },
        ],
    },
    // ------------------------------------------------------------------
    // lakeline/de-CH: formal "Sie", signed "— Lakeline Care, <initials>"
    // ------------------------------------------------------------------
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Urs Baumann",
        kind: "messenger",
        topic: "loyalty",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 17,
            text: "Grüezi, auf meinem Horizon-Konto fehlen die Meilen für den LK 1044 Zürich-London vom 2. des Monats. Buchungsnummer RT6N3C. Muss ich das selber nachtragen oder kommt das noch?",
        }],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Daniela Huber",
        kind: "comment",
        topic: "delay",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 50,
            text: "Wir sitzen seit über einer Stunde im Flieger in Zürich, LK 1610 nach Palma, und niemand sagt uns etwas. Wie lange geht das noch??",
        }],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Beat Gerber",
        kind: "visitor_post",
        topic: "baggage-damaged",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 1320,
            text: "Mein Golfbag ist mit dem LK 1902 aus Málaga angekommen, zwei Schläger gebrochen, die Tasche aufgerissen. Schaden in Zürich gemeldet (ZRHLK20944). Seit einer Woche meldet sich niemand. Wer ist da eigentlich zuständig?",
        }],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Corinne Steiner",
        kind: "messenger",
        topic: "refund",
        status: DemoStatus::Open,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1205,
                text: "Guten Tag, ich habe auf dem LK 1377 nach Berlin einen Sitzplatz mit mehr Beinfreiheit bezahlt (CHF 38), sass dann aber in Reihe 24 in der Mitte. Ich möchte das Geld zurück. Buchung KD2P7X.",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 1178,
                text: "Grüezi Frau Steiner, das tut uns leid. Wir prüfen, weshalb Ihr reservierter Sitzplatz neu vergeben wurde, und melden uns so rasch wie möglich mit der Rückerstattung. — Lakeline Care, NK",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 610,
                text: "Gibt es schon etwas Neues?",
            },
        ],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Lukas Schmid",
        kind: "messenger",
        topic: "baggage-delayed",
        status: DemoStatus::Open,
        assignee: Some("MB"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 2100,
                text: "Hallo, mein Koffer ist nach dem LK 1218 Lissabon-Zürich nicht angekommen. Meldung ZRHLK20877. Ich brauche dringend meine Arbeitskleider, am Montag beginnt eine Messe.",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 2062,
                text: "Grüezi Herr Schmid, das ist sehr ärgerlich, entschuldigen Sie bitte. Gemäss Tracing wurde Ihr Koffer in Lissabon gefunden und soll heute Abend mit dem LK 1219 nach Zürich kommen. Notwendige Ersatzkäufe können Sie uns mit Quittung zur Rückerstattung einreichen. — Lakeline Care, MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1400,
                text: "Der Koffer ist immer noch nicht da, und das Tracing zeigt seit gestern nichts Neues.",
            },
            DemoMessage {
                who: Who::Note("MB"),
                minutes_ago: 1385,
                text: "Tracing hängt seit gestern. Falls bis morgen früh nicht geliefert: Sandra (Gepäck) fragen.",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 200,
                text: "Jetzt ist Sonntagabend. Immer noch kein Koffer, und ich fahre morgen früh an die Messe. Ich bin wirklich sauer.",
            },
        ],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Andrea Widmer",
        kind: "comment",
        topic: "booking-change",
        status: DemoStatus::WaitingCustomer,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 95,
                text: "Kann man beim LK 1450 nach Wien den Namen auf dem Ticket ändern? Meine Kollegin kann nicht mit, dafür würde meine Schwester fliegen.",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 80,
                text: "Grüezi Frau Widmer, eine Namensänderung ist bei Lakeline bis 24 Stunden vor Abflug möglich (CHF 60). Senden Sie uns bitte Ihre Buchungsnummer per Privatnachricht, dann erledigen wir das gerne für Sie. — Lakeline Care, NK",
            },
        ],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Simon Frei",
        kind: "messenger",
        topic: "special-assistance",
        status: DemoStatus::WaitingExpert,
        assignee: Some("MB"),
        handoff: Some(DemoHandoff {
            expert: "Isabelle Perrin",
            question: "Blinder Passagier mit Führhund auf LK 1066 Zürich-Hamburg nächste Woche: welcher Sitzplatz ist am besten, und welche Dokumente braucht der Hund? Bitte direkt in der Buchung vermerken.",
            asked_minutes_ago: 296,
            answer: Some("Erledigt: Assistenz für blinden Passagier und Führhund in der Buchung vermerkt, Sitz 1F reserviert (mehr Platz für den Hund). Für Deutschland genügen der Heimtierausweis mit gültiger Tollwutimpfung und der Mikrochip. Beim Check-in bitte 30 Minuten mehr einplanen."),
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 330,
                text: "Grüezi, ich bin blind und reise nächste Woche mit meinem Blindenführhund Nando auf dem LK 1066 von Zürich nach Hamburg. Muss ich etwas anmelden? Braucht der Hund einen eigenen Platz?",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 301,
                text: "Grüezi Herr Frei, danke für Ihre frühzeitige Nachricht. Blindenführhunde reisen bei Lakeline kostenlos in der Kabine. Wir klären mit unserem Assistance-Team ab, welcher Sitzplatz für Sie und Nando am besten passt, und melden uns in Kürze. — Lakeline Care, MB",
            },
            DemoMessage {
                who: Who::Note("MB"),
                minutes_ago: 298,
                text: "An Isabelle übergeben: Sitzplatz und Dokumente für den Führhund (Einreise DE).",
            },
        ],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Monika Zürcher",
        kind: "messenger",
        topic: "loyalty",
        status: DemoStatus::WaitingExpert,
        assignee: Some("NK"),
        handoff: Some(DemoHandoff {
            expert: "Giulia Bernasconi",
            question: "Horizon-Konto 4471 9023: Die Kundin sagt, für die Verlängerung des Silver-Status fehlen zwei Flüge. Bitte prüfen, nachtragen und den Status wenn möglich verlängern.",
            asked_minutes_ago: 135,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 170,
                text: "Grüezi, ich habe letztes Jahr 24'000 Meilen gesammelt, aber mein Silver-Status wurde nicht verlängert. Angeblich fehlen zwei Flüge. Können Sie das prüfen? Horizon-Nummer 4471 9023.",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 140,
                text: "Grüezi Frau Zürcher, das prüfen wir gerne. Wir haben Ihr Konto an unser Horizon-Team weitergeleitet, das fehlende Flüge nachtragen kann, und melden uns, sobald wir eine Antwort haben. — Lakeline Care, NK",
            },
        ],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Martin Hofer",
        kind: "messenger",
        topic: "delay",
        status: DemoStatus::WaitingExpert,
        assignee: Some("MB"),
        handoff: Some(DemoHandoff {
            expert: "Reto Zimmermann",
            question: "LK 1488 Zürich-Kopenhagen gestern, Ankunft +5 h. Am Gate hiess es Wetter, die Crew sprach von Technik. Was war der Grund? Der Kunde will eine Entschädigung nach EU 261 beantragen.",
            asked_minutes_ago: 1118,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1150,
                text: "Unser LK 1488 Zürich-Kopenhagen ist gestern mit 5 Stunden Verspätung gelandet. Am Gate hiess es «Wetter», die Crew sprach von einem technischen Problem. Was stimmt jetzt? Ich möchte die Entschädigung beantragen. Buchung HV5S8J.",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 1122,
                text: "Grüezi Herr Hofer, entschuldigen Sie bitte die lange Verspätung und die widersprüchlichen Informationen. Wir klären den genauen Grund mit unserer Operations-Abteilung ab und melden uns mit einer verbindlichen Antwort zu Ihrem Anspruch. — Lakeline Care, MB",
            },
        ],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Patrick Bühler",
        kind: "messenger",
        topic: "delay",
        status: DemoStatus::Resolved,
        assignee: Some("MB"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 900,
                text: "Reicht es in Zürich noch auf den LK 1702 nach Porto? Unser Zubringer aus Berlin hat 40 Minuten Verspätung.",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 884,
                text: "Grüezi Herr Bühler, gute Nachricht: Der LK 1702 wartet auf die Passagiere Ihres Zubringers, das Gate E14 ist informiert. Gehen Sie nach der Landung bitte direkt zum Gate. Gute Reise! — Lakeline Care, MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 820,
                text: "Hat geklappt, merci vielmals!",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 815,
                text: "Das freut uns sehr! Einen schönen Aufenthalt in Porto. — Lakeline Care, MB",
            },
        ],
    },
    DemoCase {
        community: "lakeline/de-CH",
        fan: "Fabienne Roth",
        kind: "messenger",
        topic: "cancellation",
        status: DemoStatus::Resolved,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 5820,
                text: "Mein Flug LK 1390 nach Amsterdam wurde gestrichen. Bekomme ich das Geld zurück oder nur einen Gutschein? Buchung WC3J7E.",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 5791,
                text: "Grüezi Frau Roth, bei einer Annullierung durch Lakeline haben Sie Anspruch auf die volle Rückerstattung; ein Gutschein ist nur eine Option. Wir haben die Rückerstattung für die Buchung WC3J7E ausgelöst, der Betrag ist in 7 bis 10 Arbeitstagen auf Ihrer Karte. — Lakeline Care, NK",
            },
        ],
    },
    // ------------------------------------------------------------------
    // lakeline/en: formal, signed "— Lakeline Care, <initials>"
    // ------------------------------------------------------------------
    DemoCase {
        community: "lakeline/en",
        fan: "Emma Collins",
        kind: "comment",
        topic: "seat",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 6,
            text: "Can you buy an upgrade to Lakeline Plus at the gate, or only online? Flying LK 1045 to London City tomorrow morning.",
        }],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Priya Shah",
        kind: "messenger",
        topic: "special-assistance",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 56,
            text: "Hi, I'm flying LK 1084 Zurich-Manchester on Friday with my 9-month-old. Can I take the pushchair to the gate, and is there a seat with a bassinet? Booking ref NW5H2T.",
        }],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Daniel O'Connor",
        kind: "messenger",
        topic: "baggage-lost",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 480,
                text: "My bag never showed up at Heathrow after LK 1098 from Geneva. File reference LHRLK11093. It's been 4 days and the tracking page just says 'searching'. Nobody answers the phone. What is going on?",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 130,
                text: "Hello?? Still waiting for an answer.",
            },
        ],
    },
    // Wrong language: French on the English page, answered in French.
    DemoCase {
        community: "lakeline/en",
        fan: "Marie-Claude Berset",
        kind: "messenger",
        topic: "refund",
        status: DemoStatus::WaitingExpert,
        assignee: Some("JF"),
        handoff: Some(DemoHandoff {
            expert: "Thomas Graf",
            question: "Vol LK 1092 Genève-Londres annulé ; la cliente a racheté deux billets chez une autre compagnie (2 × 289 CHF). Remboursement du billet et de la différence possible ? Réservation VB7C3Q.",
            asked_minutes_ago: 210,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 240,
                text: "Bonjour, désolée d'écrire en français. Notre vol LK 1092 Genève-Londres a été annulé et nous avons dû racheter des billets chez une autre compagnie (2 × 289 CHF). Est-ce que Lakeline rembourse cette différence? Réservation VB7C3Q.",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 216,
                text: "Bonjour Madame Berset, aucun souci pour le français ! Nous sommes désolés pour cette annulation. Nous transmettons votre demande à notre service des remboursements et revenons vers vous dès que nous avons leur réponse. Merci de conserver les justificatifs des nouveaux billets. — Lakeline Care, JF",
            },
            DemoMessage {
                who: Who::Note("JF"),
                minutes_ago: 213,
                text: "French-speaking customer on the English page, answered in French. Handed to Thomas (Refunds, speaks French).",
            },
        ],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "James Whitfield",
        kind: "visitor_post",
        topic: "delay",
        status: DemoStatus::Open,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1355,
                text: "LK 1012 from Zurich to Edinburgh landed 3h40 late yesterday. Under EU261 I believe I'm owed compensation. How do I claim?",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 1322,
                text: "Dear Mr Whitfield, we are sorry for the long wait yesterday. For arrival delays of more than three hours you can submit a claim at lakeline.example/claims with your booking reference, and we will make sure it is looked at promptly. — Lakeline Care, NK",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1000,
                text: "Submitted the form and got an automated reply: 'not eligible, extraordinary circumstances'. The crew told us it was a technical fault. Which is it?",
            },
        ],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Hannah Lee",
        kind: "messenger",
        topic: "refund",
        status: DemoStatus::Open,
        assignee: Some("MB"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 2310,
                text: "Hi, I was charged twice for booking ZP4M8R (CHF 412 each time). Could you refund the duplicate please?",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 2271,
                text: "Dear Ms Lee, thank you for letting us know, and apologies for the inconvenience. Could you send us the last four digits of the card you used and a screenshot of both charges? — Lakeline Care, MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 2200,
                text: "Card ending 4417, screenshot attached.",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 2152,
                text: "Thank you, Ms Lee. We have passed this to our payments team and will update you as soon as the duplicate charge is reversed. — Lakeline Care, MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 90,
                text: "It's been almost two days. The second charge is still on my statement.",
            },
        ],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Michael Brennan",
        kind: "messenger",
        topic: "booking-change",
        status: DemoStatus::WaitingCustomer,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 600,
                text: "Need to move my return on LK 1051 from Sunday to Tuesday. What's the fee?",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 562,
                text: "Dear Mr Brennan, happy to help. It depends on your fare: Light fares can be changed for CHF 50 plus any fare difference, Classic and Flex fares free of charge. Could you share your booking reference so that we can quote the exact amount? — Lakeline Care, NK",
            },
        ],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Tom Fischer",
        kind: "visitor_post",
        topic: "baggage-damaged",
        status: DemoStatus::WaitingExpert,
        assignee: Some("MB"),
        handoff: Some(DemoHandoff {
            expert: "Sandra Meier",
            question: "Bike box crushed on LK 1331 Barcelona-Zurich, report ZRHLK20991, frame cracked, bike worth about CHF 3,000. What does the customer need to send, and is there a liability limit we should mention?",
            asked_minutes_ago: 685,
            answer: Some("He needs the purchase invoice and either a repair quote or a bike shop's written statement that the frame is beyond repair. Liability is capped at 1,288 SDR (about CHF 1,600) unless he declared a higher value at check-in. Send him the claim link; I'll prioritise the file."),
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 720,
                text: "Collected my bike box at Zurich after LK 1331 from Barcelona: box crushed, carbon frame cracked. Damage report ZRHLK20991. Who do I talk to about compensation? This is a CHF 3,000 bike.",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 692,
                text: "Dear Mr Fischer, we are very sorry to see this. We have forwarded your damage report to our baggage team, who handle claims for sports equipment, and will come back to you as soon as we hear from them. — Lakeline Care, MB",
            },
        ],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Aisha Rahman",
        kind: "messenger",
        topic: "loyalty",
        status: DemoStatus::WaitingExpert,
        assignee: Some("NK"),
        handoff: Some(DemoHandoff {
            expert: "Oliver Hughes",
            question: "Member transferred 15,000 Horizon miles to the wrong member number (meant her husband's account). Can the transfer be reversed?",
            asked_minutes_ago: 255,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 280,
                text: "I transferred 15,000 Horizon miles to my husband's account, but I typed the wrong member number. Can this be reversed?",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 260,
                text: "Dear Ms Rahman, thank you for reaching out. We have asked our loyalty team whether the transfer can be reversed and will let you know as soon as we hear back. — Lakeline Care, NK",
            },
        ],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Sarah Thompson",
        kind: "messenger",
        topic: "baggage-delayed",
        status: DemoStatus::Resolved,
        assignee: Some("MB"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1700,
                text: "Hi! My suitcase didn't make the connection in Zurich onto LK 1020 to Dublin. Report DUBLK03424. Any news?",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 1662,
                text: "Dear Ms Thompson, good news: your suitcase arrived in Dublin on this morning's flight and will be delivered to your hotel this afternoon. Apologies for the wait. — Lakeline Care, MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1300,
                text: "Just got it. Thank you!",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 1292,
                text: "Wonderful, enjoy the rest of your trip! — Lakeline Care, MB",
            },
        ],
    },
    DemoCase {
        community: "lakeline/en",
        fan: "Chris Walker",
        kind: "comment",
        topic: "compliment",
        status: DemoStatus::Resolved,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 3150,
                text: "Shout-out to the ground staff in Geneva who rebooked our whole school group in 20 minutes when our flight was cancelled. Calm, kind and fast. Thank you!",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 3118,
                text: "Thank you so much for these kind words, Mr Walker! We have passed them on to our Geneva team, who will be delighted. — Lakeline Care, NK",
            },
        ],
    },
    // ------------------------------------------------------------------
    // summit-air/fr-CH: friendly, signed "— Team Summit Air <initials>"
    // ------------------------------------------------------------------
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Stéphane Perroud",
        kind: "messenger",
        topic: "baggage-delayed",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 15,
            text: "Salut, mon bagage n'est pas arrivé à Genève avec le SU 412 de Pristina. J'ai fait la déclaration (GVASU10457). Je peux acheter des affaires de première nécessité et me faire rembourser?",
        }],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Jérôme Dufaux",
        kind: "comment",
        topic: "booking-change",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 49,
            text: "Le SU 260 Genève-Olbia du 12 juillet existe toujours? Je ne le trouve plus sur votre site et j'ai une réservation (SA9K4T).",
        }],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Valérie Schaller",
        kind: "visitor_post",
        topic: "baggage-lost",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 1560,
            text: "Ça fait 9 jours que mes bagages sont perdus après le SU 318 Lisbonne-Genève. Dossier GVASU10388. On m'avait dit 48 heures. Je veux une réponse, et la liste de ce que je dois fournir pour être remboursée.",
        }],
    },
    // Wrong language: English on the French page.
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Ryan Mitchell",
        kind: "messenger",
        topic: "special-assistance",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 18,
            text: "Hi, sorry, no French! We're flying Geneva-Split on SU 274 with our twins (14 months). Can we bring two car seats on board, and do we need to book seats for the babies?",
        }],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Céline Brodard",
        kind: "messenger",
        topic: "cancellation",
        status: DemoStatus::Open,
        assignee: Some("LR"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1145,
                text: "Bonjour, notre SU 508 Genève-Split de demain matin est annulé, on vient de recevoir un SMS. On part en famille, 5 personnes. C'est quoi la suite?",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 1121,
                text: "Bonjour Céline ! Désolés pour ce SMS pas très réjouissant. On regarde tout de suite les options pour vous cinq : vous pouvez nous envoyer votre référence de réservation ? — Team Summit Air LR",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1110,
                text: "C'est SH4P2R.",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 1062,
                text: "Merci ! On peut vous proposer le SU 510 de demain à 14h05, avec 5 places ensemble, ou un remboursement complet. Qu'est-ce qui vous arrange le mieux ? — Team Summit Air LR",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1040,
                text: "Le vol de 14h05 c'est parfait. Mais on avait payé les bagages en soute, ils sont repris sur le nouveau vol?",
            },
        ],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Gilles Mottier",
        kind: "comment",
        topic: "delay",
        status: DemoStatus::Open,
        assignee: Some("JF"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1920,
                text: "SU 144 Nice-Genève: 4h de retard et pas un seul bon pour manger. Sympa le « Summit spirit »...",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 1893,
                text: "Bonjour Gilles, vous avez raison, ce n'est pas le Summit spirit qu'on aime. Désolés pour cette longue attente ! Envoyez-nous votre référence en message privé et on s'occupe du remboursement de vos repas. — Team Summit Air JF",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1850,
                text: "C'est fait, MP envoyé avec les tickets de caisse.",
            },
        ],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Élodie Rossier",
        kind: "messenger",
        topic: "refund",
        status: DemoStatus::WaitingCustomer,
        assignee: Some("JF"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 260,
                text: "Hello, j'ai dû annuler mon SU 330 pour raisons médicales, j'avais pris l'option Flex. Comment je récupère l'argent?",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 241,
                text: "Bonjour Élodie ! Avec l'option Flex, c'est simple : on rembourse le billet sur présentation d'un certificat médical. Vous pouvez nous l'envoyer ici avec votre référence de réservation ? Bon rétablissement ! — Team Summit Air JF",
            },
        ],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Thierry Blanc",
        kind: "messenger",
        topic: "baggage-damaged",
        status: DemoStatus::WaitingExpert,
        assignee: Some("LR"),
        handoff: Some(DemoHandoff {
            expert: "Claire Monnier",
            question: "Poussette cassée sur le SU 221 Porto-Genève, constat GVASU10420. Réparation ou remplacement direct possible ? Le client a un bébé, c'est urgent.",
            asked_minutes_ago: 465,
            answer: Some("Oui : remplacement direct possible jusqu'à 350 CHF sur présentation de la facture d'achat (ou d'une photo du modèle). Il peut aussi déposer la poussette chez notre partenaire de réparation à l'aéroport. Donnez-moi son e-mail et je lui envoie le formulaire."),
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 500,
                text: "Bonjour, notre poussette est arrivée cassée à Genève (SU 221 depuis Porto). Le bagage était pourtant étiqueté fragile! Référence du constat: GVASU10420.",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 471,
                text: "Bonjour Thierry, désolés pour cette mauvaise surprise, surtout avec un petit à la maison ! On transmet votre dossier à notre équipe bagages pour une réparation ou un remplacement, et on revient vers vous très vite. — Team Summit Air LR",
            },
            DemoMessage {
                who: Who::Note("LR"),
                minutes_ago: 468,
                text: "Demandé à Claire si on peut remplacer la poussette directement.",
            },
        ],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Marine Chevalley",
        kind: "messenger",
        topic: "loyalty",
        status: DemoStatus::Resolved,
        assignee: Some("JF"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 700,
                text: "Coucou, j'ai oublié d'indiquer mon numéro Summit Club en réservant le SU 402 pour Lisbonne. Je peux encore avoir mes points?",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 682,
                text: "Bonjour Marine ! Bonne nouvelle, c'est fait : les 1 250 points du SU 402 sont crédités sur votre compte Summit Club. Bon voyage ! — Team Summit Air JF",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 640,
                text: "Super, merci beaucoup!!",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 636,
                text: "Avec plaisir 😊 — Team Summit Air JF",
            },
        ],
    },
    DemoCase {
        community: "summit-air/fr-CH",
        fan: "Nicolas Berthoud",
        kind: "comment",
        topic: "compliment",
        status: DemoStatus::Resolved,
        assignee: Some("LR"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 6950,
                text: "Petit message pour l'équipage du SU 275 Split-Genève de samedi: ma fille avait peur en avion et l'hôtesse lui a montré le cockpit après l'atterrissage. Merci, vous êtes top!",
            },
            DemoMessage {
                who: Who::Agent("LR"),
                minutes_ago: 6902,
                text: "Oh, merci Nicolas pour ce joli message ! On le transmet à tout l'équipage. À bientôt à bord ! — Team Summit Air LR",
            },
        ],
    },
    // ------------------------------------------------------------------
    // summit-air/de-CH: friendly "du", signed "— Team Summit Air <initials>"
    // ------------------------------------------------------------------
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Sven Zimmerli",
        kind: "comment",
        topic: "seat",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 9,
            text: "Kann man beim SU 612 nach Mallorca noch gratis Plätze nebeneinander wählen, wenn man zu dritt gebucht hat?",
        }],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Claudia Hess",
        kind: "messenger",
        topic: "baggage-lost",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 57,
            text: "Hallo, mein Koffer ist seit dem SU 726 aus Hurghada verschwunden. Meldung ZRHSU30581. Kann mir bitte jemand sagen, wo er ist? Meine ganzen Ferienfotos sind auf der Kamera darin.",
        }],
    },
    // Wrong language: Italian on the German page.
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Chiara Lombardi",
        kind: "messenger",
        topic: "cancellation",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 180,
            text: "Buongiorno, il mio volo SU 640 Zurigo-Brindisi è stato cancellato e al telefono non risponde nessuno. Prenotazione BR5T6L. Posso avere un altro volo per domani? Grazie.",
        }],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Nicole Ammann",
        kind: "messenger",
        topic: "baggage-delayed",
        status: DemoStatus::Open,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1295,
                text: "Hoi zäme, mein Koffer ist in Zürich geblieben statt mit mir nach Lissabon zu fliegen (SU 690). Meldung LISSU01982. Ich bin nur vier Tage hier...",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 1271,
                text: "Hoi Nicole, oh nein, das tut uns leid! Laut Tracing steht dein Koffer in Zürich bereit und fliegt heute Abend mit dem SU 690 nach Lissabon. Danach wird er dir direkt ins Hotel geliefert. — Team Summit Air NK",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 480,
                text: "Er ist immer noch nicht da. Im Hotel ist nichts angekommen.",
            },
        ],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Stefan Rüegg",
        kind: "visitor_post",
        topic: "delay",
        status: DemoStatus::Open,
        assignee: Some("MB"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1690,
                text: "6 Stunden Verspätung auf dem SU 752 nach Kos, ein Ferientag futsch, und am Gate gab es nur Wasser. Ich will eine Entschädigung.",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 1661,
                text: "Hallo Stefan, das war ein langer Tag, sorry! Bei über 3 Stunden Verspätung hast du Anspruch auf eine Entschädigung. Schick uns bitte deine Buchungsnummer per PN, dann leiten wir das für dich ein. — Team Summit Air MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1500,
                text: "PN ist raus. Buchung KS3V9A, wir waren zu zweit.",
            },
        ],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Jasmin Kälin",
        kind: "messenger",
        topic: "booking-change",
        status: DemoStatus::WaitingCustomer,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 140,
                text: "Hallo, ich möchte bei meiner Buchung MJ8R2F noch Sportgepäck (Ski) dazubuchen. Online geht das irgendwie nicht.",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 118,
                text: "Hallo Jasmin! Klar, das machen wir gern für dich. Brauchst du die Ski auf dem Hin- und Rückflug oder nur auf einer Strecke? Dann buchen wir sie dir direkt dazu (CHF 45 pro Strecke). — Team Summit Air NK",
            },
        ],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Roland Egli",
        kind: "messenger",
        topic: "special-assistance",
        status: DemoStatus::WaitingExpert,
        assignee: Some("MB"),
        handoff: Some(DemoHandoff {
            expert: "Isabelle Perrin",
            question: "Elektrischer Rollstuhl mit Lithium-Akku auf SU 618 Zürich-Málaga am 20.: Welche Angaben brauchen wir (Modell, Wh), und muss der Akku ausgebaut werden?",
            asked_minutes_ago: 585,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 620,
                text: "Grüessech, meine Frau sitzt im Rollstuhl (elektrisch, Lithium-Akku). Wir fliegen am 20. mit dem SU 618 nach Málaga. Wie müssen wir den Rollstuhl anmelden?",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 592,
                text: "Grüessech Roland, danke, dass ihr euch so früh meldet! Für elektrische Rollstühle brauchen wir ein paar technische Angaben zum Akku. Wir klären das mit unserem Assistance-Team und melden uns gleich wieder. — Team Summit Air MB",
            },
        ],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Tamara Bachmann",
        kind: "messenger",
        topic: "loyalty",
        status: DemoStatus::WaitingExpert,
        assignee: Some("NK"),
        handoff: Some(DemoHandoff {
            expert: "Giulia Bernasconi",
            question: "Summit-Club-Mitglied: Prämienbuchung nach Berlin mit Fehlermeldung abgebrochen, 12'000 Punkte trotzdem abgebucht, keine Buchung vorhanden. Bitte prüfen und Punkte zurückbuchen.",
            asked_minutes_ago: 55,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 75,
                text: "Hoi, ich wollte meine Summit-Club-Punkte für einen Flug nach Berlin einlösen. Die Seite hat einen Fehler angezeigt, eine Buchung habe ich keine, aber die 12'000 Punkte sind trotzdem weg!",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 61,
                text: "Hoi Tamara, das sollte natürlich nicht passieren! Wir haben unser Loyalty-Team gebeten, deine Punkte zu prüfen und zurückzubuchen. Wir melden uns, sobald wir Bescheid wissen. — Team Summit Air NK",
            },
        ],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Marcel Wyss",
        kind: "messenger",
        topic: "refund",
        status: DemoStatus::Resolved,
        assignee: Some("MB"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1000,
                text: "Ich warte seit drei Wochen auf die Rückerstattung für den annullierten SU 655. Buchung PF2L6Q.",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 972,
                text: "Hallo Marcel, sorry fürs Warten! Wir haben nachgeschaut: Die Rückerstattung von CHF 318 wurde gestern ausgelöst und sollte in den nächsten Tagen auf deiner Karte sein. — Team Summit Air MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 400,
                text: "Ist angekommen, danke!",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 392,
                text: "Super, danke für die Rückmeldung! — Team Summit Air MB",
            },
        ],
    },
    DemoCase {
        community: "summit-air/de-CH",
        fan: "Sabrina Gasser",
        kind: "comment",
        topic: "compliment",
        status: DemoStatus::Resolved,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 260,
                text: "Bester Flug ever: SU 701 pünktlich, mega nette Crew und gratis Schoggi. Danke!",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 241,
                text: "Merci vielmal, Sabrina! Das Lob geben wir gern an die Crew weiter, und die Schoggi bleibt 😉 — Team Summit Air NK",
            },
        ],
    },
    // ------------------------------------------------------------------
    // summit-air/en: friendly, signed "— Team Summit Air <initials>"
    // ------------------------------------------------------------------
    DemoCase {
        community: "summit-air/en",
        fan: "Laura Bennett",
        kind: "messenger",
        topic: "delay",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 5,
            text: "Hi! Is SU 803 from Zurich to Manchester tonight on time? The app shows a 'schedule change' banner but no details.",
        }],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Ben Carter",
        kind: "visitor_post",
        topic: "baggage-delayed",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 55,
            text: "Landed in Zurich 3 hours ago on SU 851 from Edinburgh and my bag is still not here. Filed report ZRHSU30604. I need it before I head to the mountains tomorrow morning.",
        }],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Grace Murphy",
        kind: "comment",
        topic: "cancellation",
        status: DemoStatus::New,
        assignee: None,
        handoff: None,
        messages: &[DemoMessage {
            who: Who::Fan,
            minutes_ago: 720,
            text: "Why was SU 877 to Dublin cancelled with 2 hours' notice?! Nobody at the airport could tell us anything. 150 people stranded.",
        }],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Ethan Hall",
        kind: "messenger",
        topic: "seat",
        status: DemoStatus::Open,
        assignee: Some("JF"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1235,
                text: "Hey, I bid for an upgrade to Summit Comfort on SU 820 and my card was charged, but my boarding pass still shows economy, 23D.",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 1203,
                text: "Hi Ethan, thanks for flagging this! Your upgrade bid was accepted, but the seat didn't update on your boarding pass. We're sorting it out with our team right now. — Team Summit Air JF",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 380,
                text: "Flight's in 6 hours. Any update?",
            },
        ],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Olivia Grant",
        kind: "messenger",
        topic: "baggage-lost",
        status: DemoStatus::Open,
        assignee: Some("MB"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 2010,
                text: "My suitcase was lost on SU 862 from Lisbon to Zurich, report ZRHSU30522. Everything for my sister's wedding was in it!",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 1981,
                text: "Hi Olivia, we're so sorry, especially with a wedding coming up! We've started an urgent trace. In the meantime, buy what you need for the wedding and claim it back with your receipts. — Team Summit Air MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1700,
                text: "Thanks. Bought a dress and shoes, CHF 340. Where do I send the receipts?",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 1651,
                text: "Send them right here and we'll add them to your file. Fingers crossed for the trace! — Team Summit Air MB",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 1640,
                text: "Here you go, 3 receipts attached. Still no sign of the suitcase? The wedding is on Saturday.",
            },
            DemoMessage {
                who: Who::Note("MB"),
                minutes_ago: 1600,
                text: "Receipts saved to the file ZRHSU30522. Trace still open; chase baggage if nothing by tomorrow.",
            },
        ],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Noah Patel",
        kind: "comment",
        topic: "special-assistance",
        status: DemoStatus::WaitingCustomer,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 300,
                text: "Do you allow emotional support animals in the cabin? Flying SU 845 next month.",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 281,
                text: "Hi Noah! On Summit Air, trained assistance dogs fly free in the cabin, and emotional support animals travel as pets (up to 8 kg including the carrier). Is your companion a dog or a cat, and how heavy? Then we can tell you exactly what to book. — Team Summit Air NK",
            },
        ],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Jessica Moore",
        kind: "messenger",
        topic: "refund",
        status: DemoStatus::WaitingExpert,
        assignee: Some("JF"),
        handoff: Some(DemoHandoff {
            expert: "Jennifer Alvarez",
            question: "SU 888 was cancelled last month; the customer took a voucher but would now prefer a cash refund. Booking TX6B4N. Can the voucher be converted?",
            asked_minutes_ago: 860,
            answer: Some("Yes: the voucher hasn't been used, so it can be converted to a refund to the original payment method. I've cancelled voucher SV-22871 and started the refund; allow 7 to 10 business days."),
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 900,
                text: "Hi, my flight SU 888 was cancelled last month. I chose a voucher, but now I'd rather have my money back. Is that possible? Booking TX6B4N.",
            },
            DemoMessage {
                who: Who::Agent("JF"),
                minutes_ago: 872,
                text: "Hi Jessica, let us check that with our refunds team, we'll be right back to you! — Team Summit Air JF",
            },
        ],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Ian Douglas",
        kind: "messenger",
        topic: "loyalty",
        status: DemoStatus::WaitingExpert,
        assignee: Some("MB"),
        handoff: Some(DemoHandoff {
            expert: "Oliver Hughes",
            question: "Gold member merged two Summit Club accounts (8,200 + 6,900 tier points) and lost his Gold status. Can you restore it?",
            asked_minutes_ago: 125,
            answer: None,
        }),
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 150,
                text: "My Summit Club Gold status disappeared after I merged my two accounts. Tier points were 8,200 + 6,900. Help!",
            },
            DemoMessage {
                who: Who::Agent("MB"),
                minutes_ago: 131,
                text: "Hi Ian, that's definitely not how a merge should end! We've asked our loyalty team to look into your accounts and restore your Gold status, and we'll update you as soon as we hear back. — Team Summit Air MB",
            },
        ],
    },
    DemoCase {
        community: "summit-air/en",
        fan: "Sophie Clarke",
        kind: "messenger",
        topic: "booking-change",
        status: DemoStatus::Resolved,
        assignee: Some("NK"),
        handoff: None,
        messages: &[
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 520,
                text: "Can I add my surname to my booking? It only says 'Sophie'. Booking QX2D7M, SU 830 on the 18th.",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 503,
                text: "Hi Sophie! Done: your booking QX2D7M now reads SOPHIE CLARKE, and there's no fee for a correction like this. Have a great flight! — Team Summit Air NK",
            },
            DemoMessage {
                who: Who::Fan,
                minutes_ago: 470,
                text: "Amazing, thanks so much!",
            },
            DemoMessage {
                who: Who::Agent("NK"),
                minutes_ago: 465,
                text: "Any time! — Team Summit Air NK",
            },
        ],
    },
];
