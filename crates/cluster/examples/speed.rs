//! How fast clusters stay current on a crisis day: 20,000 open cases
//! built from generated messages (English, French, German, Italian; a
//! dozen questions, flight numbers, bookings, airports, filler words),
//! then 3,000 more arriving one by one as at 50 messages a second, each
//! second also resolving some open cases and reading the cluster list as
//! a desk would. Prints p50 / p99 / max of one `add` and of `clusters()`.
//!
//! `cargo run --release -p switchboard-cluster --example speed`

use std::time::{Duration, Instant};
use switchboard_cluster::{CaseKey, Clusterer};

/// A small fixed random generator (xorshift), so every run is the same.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const QUESTIONS: [(&str, &[&str]); 4] = [
    (
        "en",
        &[
            "My flight {f} was cancelled, how do I rebook?",
            "Where is my suitcase? It never arrived in {a}",
            "Flight {f} delayed 3 hours, any news?",
            "I want a refund for booking {b}",
            "Am I entitled to compensation for the delay?",
            "The app crashes when I try to check in",
            "My bag arrived with a broken wheel",
            "Can I bring my dog in the cabin?",
            "I need an invoice for my company",
            "My miles were never credited",
            "I need a wheelchair at {a}",
            "The staff at the gate were so rude",
        ],
    ),
    (
        "fr-CH",
        &[
            "Mon vol {f} est annulé, comment être replacé ?",
            "Ma valise n'est pas arrivée à {a}",
            "Vol {f} en retard de 2 heures",
            "Je veux un remboursement pour la réservation {b}",
            "J'ai droit à une indemnisation pour ce retard ?",
            "L'application plante à l'enregistrement",
            "Ma valise est arrivée cassée",
            "Puis-je voyager avec mon chat ?",
            "Il me faut une facture pour mon employeur",
            "Mes miles n'ont pas été crédités",
        ],
    ),
    (
        "de-CH",
        &[
            "Mein Flug {f} wurde annulliert, wie kann ich umbuchen?",
            "Mein Koffer ist in {a} nicht angekommen",
            "Flug {f} hat 4 Stunden Verspätung",
            "Ich will eine Rückerstattung für Buchung {b}",
            "Steht mir eine Entschädigung zu?",
            "Die App stürzt beim Einchecken ab",
            "Mein Koffer ist beschädigt angekommen",
            "Darf mein Hund in die Kabine?",
            "Ich brauche eine Rechnung mit MwSt",
            "Das Personal am Schalter war unfreundlich",
        ],
    ),
    (
        "it",
        &[
            "Il mio volo {f} è stato cancellato",
            "La mia valigia non è arrivata a {a}",
            "Volo in ritardo di 3 ore",
            "Voglio un rimborso per la prenotazione {b}",
        ],
    ),
];

const AIRPORTS: [&str; 8] = [
    "Zürich", "Genève", "Basel", "London", "Paris", "Wien", "Lisbon", "Nice",
];
const FILLER: [&str; 24] = [
    "please",
    "urgent",
    "again",
    "really",
    "today",
    "family",
    "kids",
    "holiday",
    "merci",
    "bitte",
    "honestly",
    "asap",
    "thanks",
    "wedding",
    "business",
    "trip",
    "morning",
    "evening",
    "seriously",
    "help",
    "hello",
    "vacances",
    "Ferien",
    "grazie",
];

fn message(rng: &mut Rng) -> (&'static str, String) {
    let (locale, questions) = QUESTIONS[rng.below(QUESTIONS.len())];
    let mut text = rng
        .pick(questions)
        .replace("{f}", &format!("LX {}", 100 + rng.below(60)))
        .replace("{a}", rng.pick(&AIRPORTS))
        .replace(
            "{b}",
            &format!("K{}Q{}P{}", rng.below(10), rng.below(10), rng.below(10)),
        );
    for _ in 0..rng.below(6) {
        text.push(' ');
        text.push_str(rng.pick(&FILLER));
    }
    // Words of its own (a name, a typo) so the vocabulary keeps growing.
    text.push_str(&format!(" w{}", rng.below(50_000)));
    (locale, text)
}

fn percentiles(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    println!(
        "{name:<12} n={:>5}  p50 {:>9.3?}  p99 {:>9.3?}  max {:>9.3?}",
        times.len(),
        at(0.5),
        at(0.99),
        times[times.len() - 1]
    );
}

fn main() {
    let mut rng = Rng(0x5EED_CAFE);
    let learning = Instant::now();
    let model = switchboard_cluster::ReasonModel::shipped();
    println!(
        "reason model learned from {} labelled messages in {:.2?}",
        model.examples(),
        learning.elapsed()
    );
    let mut clusters = Clusterer::new();
    let started = Instant::now();
    let mut next_id: i64 = 0;
    let mut open: Vec<i64> = Vec::new();
    while open.len() < 20_000 {
        let (locale, text) = message(&mut rng);
        clusters.add(
            CaseKey {
                id: next_id,
                community: (next_id % 6) + 1,
            },
            locale,
            &text,
        );
        open.push(next_id);
        next_id += 1;
    }
    println!(
        "built {} open cases in {:.2?} ({} clusters)",
        clusters.len(),
        started.elapsed(),
        clusters.clusters().len()
    );

    let mut adds = Vec::with_capacity(3_000);
    let mut reads = Vec::new();
    for i in 0..3_000 {
        let (locale, text) = message(&mut rng);
        // One in five arrivals is a customer writing again on an open case.
        let id = if rng.below(5) == 0 {
            open[rng.below(open.len())]
        } else {
            open.push(next_id);
            next_id += 1;
            next_id - 1
        };
        let t = Instant::now();
        clusters.add(
            CaseKey {
                id,
                community: (id % 6) + 1,
            },
            locale,
            &text,
        );
        adds.push(t.elapsed());
        // Every second (50 messages): agents resolve about as many as
        // arrive, and the desk reads the list of clusters again.
        if i % 50 == 49 {
            for _ in 0..40 {
                let at = rng.below(open.len());
                clusters.remove(open.swap_remove(at));
            }
            let t = Instant::now();
            let views = clusters.clusters();
            reads.push(t.elapsed());
            std::hint::black_box(views);
        }
    }
    println!(
        "after: {} open cases, {} clusters",
        clusters.len(),
        clusters.clusters().len()
    );
    percentiles("add", adds);
    percentiles("clusters()", reads);
    let biggest = clusters.clusters_of_at_least(5);
    for view in biggest.iter().take(5) {
        println!("  {:>5}  {}", view.size, view.label("en"));
    }
}
