//! A surge on the fake server: flights cancelled, and many new fans write
//! to every page of one brand at once, each a Messenger message in the
//! page's language, their times spread evenly over the last minutes (as
//! if the connector had been away while it began), so that the desk's
//! spike alert fires on the first sync. Deterministic apart from the clock.

use super::model::{graph_time, FakeConversation, FakeMessage, FakeState};
use super::FakeGraph;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// People per page when not told.
pub const PEOPLE: usize = 30;
/// Minutes the messages are spread over when not told.
pub const MINUTES: i64 = 30;
/// At most this many people per page in one surge.
const MAX_PEOPLE: usize = 5_000;

/// What a surge wrote to one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurgedPage {
    pub id: String,
    pub name: String,
    pub written: usize,
}

const FIRST: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Camille", "Julien", "Léa", "Nicolas", "Sophie", "Antoine", "Manon", "Yves", "Aurélie",
            "Florian", "Céline", "Olivier",
        ],
    ),
    (
        "de",
        &[
            "Lukas",
            "Sandra",
            "Martin",
            "Andrea",
            "Beat",
            "Corinne",
            "Daniel",
            "Franziska",
            "Stefan",
            "Monika",
            "Thomas",
            "Sabine",
        ],
    ),
    (
        "it",
        &["Luca", "Chiara", "Matteo", "Elena", "Davide", "Francesca"],
    ),
    (
        "en",
        &[
            "James", "Sarah", "Michael", "Laura", "David", "Hannah", "Chris", "Rachel", "Ben",
            "Olivia", "Sam", "Grace",
        ],
    ),
];

const LAST: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Dubois",
            "Rochat",
            "Morel",
            "Girard",
            "Pittet",
            "Favre",
            "Moret",
            "Chevalley",
            "Bonvin",
            "Jaquet",
        ],
    ),
    (
        "de",
        &[
            "Müller", "Meier", "Schmid", "Brunner", "Frei", "Huber", "Gerber", "Steiner",
            "Fischer", "Weber",
        ],
    ),
    (
        "it",
        &["Bianchi", "Colombo", "Ferrari", "Fontana", "Rezzonico"],
    ),
    (
        "en",
        &[
            "Miller", "Clarke", "Hughes", "Patel", "Murphy", "Taylor", "Evans", "Wright", "Khan",
            "Collins",
        ],
    ),
];

const LINES: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Mon vol pour Londres vient d'être annulé à cause de la neige. Quand puis-je repartir ?",
            "Vol annulé, aucune information à la porte. Est-ce que vous me rebookez automatiquement ?",
            "Bonjour, on nous annonce l'annulation de tous les vols de ce soir à cause de la tempête. Que faire ?",
            "Mon vol est annulé et je suis bloquée à Genève avec deux enfants. Vous prenez en charge l'hôtel ?",
            "Je veux le remboursement de mon billet annulé, pas un bon. Comment faire ?",
            "L'appli indique « annulé » mais aucun nouveau vol ne m'est proposé. Je fais quoi ?",
            "Ça fait une heure que j'attends au téléphone pour mon vol annulé. Quelqu'un peut m'aider ici ?",
            "Mon vol de correspondance est annulé à cause de la neige, je vais rater mon rendez-vous demain matin.",
            "Est-ce que les vols de demain matin sont aussi annulés ? Je pars à 7 h.",
            "On m'a donné un bon d'hôtel mais l'hôtel est complet. Vol annulé et personne pour nous aider.",
        ],
    ),
    (
        "de",
        &[
            "Mein Flug nach Berlin wurde wegen Schnee gestrichen. Wann komme ich weg?",
            "Flug annulliert und am Gate sagt niemand etwas. Werde ich automatisch umgebucht?",
            "Grüezi, alle Abendflüge sollen wegen des Sturms ausfallen. Was muss ich jetzt tun?",
            "Mein Flug fällt aus und ich sitze mit zwei Kindern in Zürich fest. Übernehmen Sie das Hotel?",
            "Ich möchte für den annullierten Flug mein Geld zurück, keinen Gutschein. Wie geht das?",
            "In der App steht «annulliert», aber es wird mir kein neuer Flug angeboten. Was nun?",
            "Seit einer Stunde hänge ich wegen meines gestrichenen Flugs in der Warteschleife. Kann mir hier jemand helfen?",
            "Mein Anschlussflug wurde wegen Schnee gestrichen, ich verpasse morgen früh meinen Termin.",
            "Fallen die Flüge morgen früh auch aus? Ich fliege um 7 Uhr.",
            "Wir haben einen Hotelgutschein bekommen, aber das Hotel ist ausgebucht. Flug gestrichen und niemand hilft.",
        ],
    ),
    (
        "it",
        &[
            "Il mio volo è stato cancellato per la neve. Quando posso ripartire?",
            "Volo cancellato e nessuna informazione al gate. Mi riprenotate voi?",
            "Vorrei il rimborso del volo cancellato, non un buono. Come faccio?",
            "Volo cancellato per la tempesta e sono bloccata a Lugano. Pagate voi l'albergo?",
        ],
    ),
    (
        "en",
        &[
            "My flight to London was just cancelled because of the snow. When can I get out?",
            "Flight cancelled and nobody at the gate knows anything. Will I be rebooked automatically?",
            "Hi, they say every evening flight is cancelled because of the storm. What should I do now?",
            "My flight is cancelled and I'm stuck in Zurich with two kids. Will you cover a hotel?",
            "I want a refund for my cancelled flight, not a voucher. How do I get one?",
            "The app says \"cancelled\" but offers me no new flight. What now?",
            "I've been on hold for an hour about my cancelled flight. Can anyone help me here?",
            "My connecting flight was cancelled due to snow and I'll miss my meeting tomorrow morning.",
            "Are tomorrow morning's flights cancelled too? I'm booked on the 7am.",
            "We got a hotel voucher but the hotel is full. Flight cancelled and no one is helping us.",
        ],
    ),
];

fn pick<'a>(table: &'a [(&str, &'a [&'a str])], language: &str) -> &'a [&'a str] {
    table
        .iter()
        .find(|(l, _)| *l == language)
        .or_else(|| table.iter().find(|(l, _)| *l == "en"))
        .map(|(_, v)| *v)
        .unwrap_or(&[])
}

/// Letters and digits only, lower case: "Summit Air (fr-CH)" holds
/// "summit-air" and "Summit Air" alike.
fn folded(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `people` new fans write to every page whose name contains `brand`
/// (case and punctuation aside), one message each, their times spread
/// evenly over the `minutes` before `now`, the last at `now`.
pub(crate) fn surge(
    st: &mut FakeState,
    brand: &str,
    people: usize,
    minutes: i64,
    now: DateTime<Utc>,
) -> Vec<SurgedPage> {
    let brand = folded(brand);
    if brand.is_empty() {
        return Vec::new();
    }
    let people = people.min(MAX_PEOPLE);
    let span = minutes.clamp(0, 7 * 24 * 60) * 60;
    let mut ids: Vec<String> = st
        .pages
        .iter()
        .filter(|(_, p)| folded(&p.name).contains(&brand))
        .map(|(id, _)| id.clone())
        .collect();
    ids.sort();
    let mut out = Vec::new();
    for page_id in ids {
        let first_n = st.next_id();
        // Keep the next ids clear of this surge's fans.
        st.next_id += people as u64;
        let Some(page) = st.pages.get_mut(&page_id) else {
            continue;
        };
        let language = page.locale.split(['-', '_']).next().unwrap_or("en");
        let (firsts, lasts, lines) = (
            pick(FIRST, language),
            pick(LAST, language),
            pick(LINES, language),
        );
        for i in 0..people {
            let n = first_n + i as u64;
            let psid = format!("{page_id}{n:06}");
            // Evenly spread: the first `span × (people-1)/people` ago, the
            // last now.
            let back = span * (people - 1 - i) as i64 / people.max(1) as i64;
            let name = format!(
                "{} {}",
                firsts.get(i % firsts.len().max(1)).unwrap_or(&"Fan"),
                lasts
                    .get((i / firsts.len().max(1) + i * 7) % lasts.len().max(1))
                    .unwrap_or(&"")
            );
            let text = lines
                .get((i * 7 + first_n as usize) % lines.len().max(1))
                .unwrap_or(&"?");
            page.conversations.push(FakeConversation {
                id: format!("t_{psid}"),
                psid: psid.clone(),
                messages: vec![FakeMessage {
                    mid: format!("m_{page_id}_{n}"),
                    from_id: psid,
                    from_name: name.trim().to_string(),
                    text: text.to_string(),
                    created_time: graph_time(now - Duration::seconds(back)),
                }],
            });
        }
        out.push(SurgedPage {
            id: page_id.clone(),
            name: page.name.clone(),
            written: people,
        });
    }
    out
}

impl FakeGraph {
    /// A surge on every page whose name contains `brand` (see the
    /// module); returns how many messages were written.
    pub fn surge(&self, brand: &str, people: usize, minutes: i64) -> usize {
        self.surge_pages(brand, people, minutes)
            .iter()
            .map(|p| p.written)
            .sum()
    }

    /// A surge, with what it wrote to each page.
    pub fn surge_pages(&self, brand: &str, people: usize, minutes: i64) -> Vec<SurgedPage> {
        surge(
            &mut super::lock(&self.state),
            brand,
            people,
            minutes,
            Utc::now(),
        )
    }
}
