//! The demo's Lakeline cases, in fr-CH, de-CH and en: see the parent module.

use super::{DemoCase, DemoHandoff, DemoMessage, DemoStatus, Who};

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
];
