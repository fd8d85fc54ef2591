//! The demo's Summit Air cases, in fr-CH, de-CH and en: see the parent module.

use super::{DemoCase, DemoHandoff, DemoMessage, DemoStatus, Who};

pub const CASES: &[DemoCase] = &[
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
