//! Fans for the fake server: every few seconds one of them writes to one
//! of the pages, in the page's language: a Messenger message, a comment
//! under one of the page's posts, or a reply in an existing thread. The
//! pages take turns, so every community gets news. Deterministic from its
//! seed, apart from the clock.

use super::{FakeGraph, FakePost};
use std::time::Duration;

const PEOPLE: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Camille Favre",
            "Luc Perrin",
            "Chloé Bonvin",
            "Mathieu Roch",
        ],
    ),
    (
        "de",
        &["Anna Keller", "Reto Baumann", "Nina Graf", "Urs Zünd"],
    ),
    ("it", &["Giulia Rossi", "Marco Bernasconi", "Sara Galli"]),
    (
        "en",
        &["Emma Walsh", "Oliver Grant", "Priya Shah", "Tom Becker"],
    ),
];

const LINES: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Bonjour, mon vol de demain est-il maintenu ?",
            "Ma valise n'est pas arrivée à Genève, que dois-je faire ?",
            "Je n'arrive pas à faire l'enregistrement en ligne.",
            "Merci pour votre aide rapide !",
            "Puis-je changer mon siège sans frais ?",
            "Le remboursement de ma réservation prend beaucoup de temps.",
        ],
    ),
    (
        "de",
        &[
            "Hallo, findet mein Flug morgen statt?",
            "Mein Koffer ist in Zürich nicht angekommen. Was nun?",
            "Der Online-Check-in funktioniert bei mir nicht.",
            "Danke für die schnelle Hilfe!",
            "Kann ich meinen Sitzplatz kostenlos ändern?",
            "Wann bekomme ich die Rückerstattung für meine Buchung?",
        ],
    ),
    (
        "it",
        &[
            "Buongiorno, il mio volo di domani è confermato?",
            "La mia valigia non è arrivata a Lugano, cosa devo fare?",
            "Grazie mille per l'aiuto!",
        ],
    ),
    (
        "en",
        &[
            "Hi, is my flight tomorrow still on time?",
            "My suitcase did not arrive in Zurich. What should I do?",
            "Online check-in keeps failing for me.",
            "Thanks for the quick help!",
            "Can I change my seat for free?",
            "How long does a refund usually take?",
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

/// A small deterministic generator (xorshift).
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        if n == 0 {
            0
        } else {
            (self.0 % n as u64) as usize
        }
    }
}

/// The fans of a running fake server.
pub struct Fans {
    handle: tokio::task::JoinHandle<()>,
}

impl Drop for Fans {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

impl FakeGraph {
    /// Gives every page a welcome post, then lets one fan write every
    /// `every`, the pages taking turns. Stops when the `Fans` is dropped.
    pub fn start_fans(&self, every: Duration, seed: u64) -> Fans {
        let pages = self.pages();
        for (id, name, locale) in &pages {
            let language = locale.split(['-', '_']).next().unwrap_or("en");
            let welcome = match language {
                "fr" => "Bienvenue sur notre page ! Posez-nous vos questions.",
                "de" => "Willkommen auf unserer Seite! Fragen Sie uns.",
                "it" => "Benvenuti sulla nostra pagina!",
                _ => "Welcome to our page! Ask us anything.",
            };
            self.add_post(
                id,
                FakePost {
                    id: format!("{id}_1"),
                    from_id: id.clone(),
                    from_name: name.clone(),
                    message: welcome.to_string(),
                    created_time: super::graph_time(chrono::Utc::now()),
                    comments: Vec::new(),
                },
            );
        }
        let fake = self.clone();
        let handle = tokio::spawn(async move {
            let mut dice = Dice(seed | 1);
            let mut turn = 0usize;
            let mut ticker = tokio::time::interval(every);
            ticker.tick().await;
            loop {
                ticker.tick().await;
                let Some((id, _, locale)) = pages.get(turn % pages.len().max(1)) else {
                    return;
                };
                turn += 1;
                let language = locale.split(['-', '_']).next().unwrap_or("en");
                let people = pick(PEOPLE, language);
                let lines = pick(LINES, language);
                let who = dice.roll(people.len());
                let name = people.get(who).copied().unwrap_or("Fan");
                let fan_id = format!("{id}{who:03}");
                let text = lines.get(dice.roll(lines.len())).copied().unwrap_or("?");
                if dice.roll(3) == 0 {
                    fake.fan_comments(&format!("{id}_1"), None, (&fan_id, name), text);
                } else {
                    fake.fan_writes(id, &fan_id, name, text);
                }
            }
        });
        Fans { handle }
    }
}
