//! The demo's past: eight days of quiet traffic on every page before the
//! scripted cases, so that the spike alerts have days to compare with (no
//! baseline before a day of history, a trailing-day one from two). A few
//! people an hour write in the daytime, fewer in the evening, hardly
//! anyone at night (Zurich time); each gets an answer in the brand's voice
//! within the hour and the case is resolved. All of it resolved: the
//! queues and open counts are the scripted cases' alone.
//!
//! Deterministic: the same people, words and minutes for the same `now`.
//! Written with the store's bulk insert, a few thousand cases in one
//! transaction, rather than replayed message by message.

use super::content::AGENTS;
use super::voices::VOICES;
use crate::{DeskError, DeskResult};
use chrono::{DateTime, Duration, DurationRound, Timelike, Utc};
use std::collections::HashMap;
use switchboard_domain::lifecycle::{apply_outbound, transition};
use switchboard_domain::{
    Agent, CaseKind, CaseStatus, Community, ContactId, Direction, NewMessage, SlaPolicy,
};
use switchboard_store::inbound::decide;
use switchboard_store::templates::Formality;
use switchboard_store::{BulkCase, InboundMessage, Store};

/// How far back the past goes.
pub(super) const DAYS: i64 = 8;
/// The past stops this long before now; the scripted cases and live fans
/// are the present.
const UNTIL_HOURS_AGO: i64 = 2;

/// What the past added.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Past {
    pub cases: usize,
    pub messages: usize,
}

/// (topic, the fan's message, the formal answer, the informal answer).
type Exchange = (&'static str, &'static str, &'static str, &'static str);

const FR: &[Exchange] = &[
    ("baggage-delayed", "Bonjour, puis-je ajouter un bagage en soute à ma réservation ?",
     "Bonjour, oui : dans « Mes réservations », choisissez « Ajouter des bagages ». C'est moins cher en ligne qu'à l'aéroport.",
     "Salut ! Oui, dans « Mes réservations », choisis « Ajouter des bagages ». C'est moins cher en ligne qu'à l'aéroport."),
    ("seat", "Mon siège n'apparaît plus dans l'application, que faire ?",
     "Bonjour, votre siège est bien enregistré ; l'affichage revient après une mise à jour de l'application.",
     "Hello, ton siège est bien enregistré ; l'affichage revient après une mise à jour de l'app."),
    ("special-assistance", "Est-ce que le repas végétarien est disponible sur le vol de Nice ?",
     "Bonjour, oui, vous pouvez le commander jusqu'à 24 heures avant le départ dans votre réservation.",
     "Salut, oui, tu peux le commander jusqu'à 24 heures avant le départ dans ta réservation."),
    ("compliment", "Merci pour le vol de ce matin, équipage au top !",
     "Merci beaucoup pour votre message, nous transmettons vos compliments à l'équipage.",
     "Merci beaucoup ! On transmet tes compliments à l'équipage."),
    ("booking-change", "Est-ce que je peux changer la date de mon retour ?",
     "Bonjour, oui, dans « Mes réservations » ; selon votre tarif, une différence de prix peut s'appliquer.",
     "Hello, oui, dans « Mes réservations » ; selon ton tarif, une différence de prix peut s'appliquer."),
    ("delay", "Le vol de ce soir pour Porto est-il à l'heure ?",
     "Bonjour, il est prévu à l'heure pour le moment ; vous recevrez une notification en cas de changement.",
     "Salut, il est prévu à l'heure pour le moment ; tu recevras une notification en cas de changement."),
    ("loyalty", "Mes miles du dernier vol ne sont pas encore crédités.",
     "Bonjour, ils sont crédités sous 10 jours ; passé ce délai, envoyez-nous votre numéro de membre en message privé.",
     "Salut, ils arrivent sous 10 jours ; sinon, envoie-nous ton numéro de membre en message privé."),
    ("refund", "Combien de temps prend un remboursement ?",
     "Bonjour, comptez 7 à 10 jours ouvrables après la demande, sur le moyen de paiement utilisé.",
     "Salut, compte 7 à 10 jours ouvrables après la demande, sur le moyen de paiement utilisé."),
];

const DE: &[Exchange] = &[
    ("baggage-delayed", "Grüezi, kann ich mein Gepäck noch nachbuchen?",
     "Grüezi, ja: unter «Meine Buchungen» auf «Gepäck hinzufügen». Online ist es günstiger als am Flughafen.",
     "Hoi! Ja, unter «Meine Buchungen» auf «Gepäck hinzufügen». Online ist es günstiger als am Flughafen."),
    ("seat", "Wie viel kostet die Sitzplatzreservierung nach Palma?",
     "Grüezi, je nach Reihe ab CHF 12; Sie sehen die Preise beim Check-in oder unter «Meine Buchungen».",
     "Hoi, je nach Reihe ab CHF 12; du siehst die Preise beim Check-in oder unter «Meine Buchungen»."),
    ("booking-change", "Meine Bordkarte wird in der App nicht angezeigt.",
     "Grüezi, bitte melden Sie sich in der App ab und wieder an; dann erscheint die Bordkarte wieder.",
     "Hoi, melde dich in der App einmal ab und wieder an; dann erscheint die Bordkarte wieder."),
    ("compliment", "Danke für den tollen Service gestern!",
     "Herzlichen Dank für Ihre Nachricht, wir geben das Lob gerne an die Crew weiter.",
     "Merci vielmal! Wir geben dein Lob gerne an die Crew weiter."),
    ("delay", "Ist der Abendflug nach Berlin pünktlich?",
     "Grüezi, im Moment ja; bei einer Änderung erhalten Sie sofort eine Nachricht.",
     "Hoi, im Moment ja; bei einer Änderung bekommst du sofort eine Nachricht."),
    ("loyalty", "Die Meilen von meinem letzten Flug fehlen noch.",
     "Grüezi, sie werden innert 10 Tagen gutgeschrieben; danach senden Sie uns bitte Ihre Mitgliedsnummer per Nachricht.",
     "Hoi, sie kommen innert 10 Tagen; sonst schick uns deine Mitgliedsnummer per Nachricht."),
    ("special-assistance", "Kann ich einen Rollstuhl am Flughafen bestellen?",
     "Grüezi, ja, bis 48 Stunden vor Abflug unter «Meine Buchungen», kostenlos.",
     "Hoi, ja, bis 48 Stunden vor Abflug unter «Meine Buchungen», kostenlos."),
    ("refund", "Wie lange dauert eine Rückerstattung?",
     "Grüezi, rechnen Sie mit 7 bis 10 Arbeitstagen auf das verwendete Zahlungsmittel.",
     "Hoi, rechne mit 7 bis 10 Arbeitstagen auf das verwendete Zahlungsmittel."),
];

const EN: &[Exchange] = &[
    ("baggage-delayed", "Hi, can I still add a checked bag to my booking?",
     "Hello, yes: under \"My bookings\", choose \"Add baggage\". It costs less online than at the airport.",
     "Hey! Yes, under \"My bookings\" pick \"Add baggage\". It's cheaper online than at the airport."),
    ("seat", "My seat disappeared from the app, what should I do?",
     "Hello, your seat is still booked; it shows again after the app updates.",
     "Hey, your seat is still booked; it shows again once the app updates."),
    ("special-assistance", "Is there a vegetarian meal on the Nice flight?",
     "Hello, yes, you can order it in your booking up to 24 hours before departure.",
     "Hey, yes, you can order it in your booking up to 24 hours before departure."),
    ("compliment", "Thanks for this morning's flight, great crew!",
     "Thank you for your kind words, we will pass them on to the crew.",
     "Thanks a lot! We'll pass that on to the crew."),
    ("booking-change", "Can I change the date of my return flight?",
     "Hello, yes, under \"My bookings\"; depending on your fare a price difference may apply.",
     "Hey, yes, under \"My bookings\"; depending on your fare there may be a price difference."),
    ("delay", "Is tonight's flight to London on time?",
     "Hello, it is on time for now; you will get a notification if anything changes.",
     "Hey, it's on time for now; you'll get a notification if anything changes."),
    ("loyalty", "The miles from my last flight aren't there yet.",
     "Hello, they are credited within 10 days; after that, please send us your member number by message.",
     "Hey, they arrive within 10 days; if not, send us your member number by message."),
    ("refund", "How long does a refund usually take?",
     "Hello, allow 7 to 10 working days, back to the card you paid with.",
     "Hey, allow 7 to 10 working days, back to the card you paid with."),
];

const FIRST: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Aline", "Bastien", "Carole", "Denis", "Estelle", "Fabien", "Gaëlle", "Hugo", "Inès",
            "Joël",
        ],
    ),
    (
        "de",
        &[
            "Adrian",
            "Barbara",
            "Cornelia",
            "Dominik",
            "Esther",
            "Felix",
            "Gabriela",
            "Hanspeter",
            "Irene",
            "Jonas",
        ],
    ),
    (
        "en",
        &[
            "Alice", "Ben", "Chloe", "Daniel", "Ella", "Finn", "Georgia", "Harry", "Isla", "Jack",
        ],
    ),
];

const LAST: &[(&str, &[&str])] = &[
    (
        "fr",
        &[
            "Aebischer",
            "Berset",
            "Cuendet",
            "Dufour",
            "Emery",
            "Fragnière",
            "Gay",
            "Humbert",
        ],
    ),
    (
        "de",
        &[
            "Ammann",
            "Bühler",
            "Christen",
            "Dätwyler",
            "Egli",
            "Furrer",
            "Graf",
            "Hess",
        ],
    ),
    (
        "en",
        &[
            "Adams", "Baker", "Carter", "Dixon", "Ellis", "Foster", "Green", "Hill",
        ],
    ),
];

fn of<'a, T>(table: &'a [(&str, &'a [T])], language: &str) -> &'a [T] {
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
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.unit() * n as f64) as usize).min(n.saturating_sub(1))
    }

    /// A Poisson draw (Knuth's method; the means here are small).
    fn poisson(&mut self, mean: f64) -> u32 {
        let limit = (-mean).exp();
        let (mut k, mut p) = (0, 1.0);
        loop {
            p *= self.unit();
            if p <= limit {
                return k;
            }
            k += 1;
        }
    }
}

/// People per hour at this local hour, for a page of size 1.
fn rate(hour: u32) -> f64 {
    match hour {
        8..=19 => 3.0,
        7 | 20..=22 => 1.2,
        _ => 0.3,
    }
}

/// The past of every community (`communities` in a fixed order).
pub(super) async fn add_past(
    store: &dyn Store,
    communities: &[&Community],
    agents: &HashMap<&str, Agent>,
    policy: &SlaPolicy,
    now: DateTime<Utc>,
) -> DeskResult<Past> {
    let mut past = Past::default();
    let mut batch = Vec::new();
    let start = (now - Duration::days(DAYS))
        .duration_trunc(Duration::hours(1))
        .unwrap_or(now - Duration::days(DAYS));
    let until = now - Duration::hours(UNTIL_HOURS_AGO);
    for (index, community) in communities.iter().enumerate() {
        let language = community.locale.as_str().split('-').next().unwrap_or("en");
        let bank = match language {
            "fr" => FR,
            "de" => DE,
            _ => EN,
        };
        let slug = community.brand_slug.as_str();
        let formality = VOICES
            .iter()
            .find(|(s, l, _, _)| *s == slug && *l == community.locale.as_str())
            .map_or(Formality::Formal, |(_, _, _, f)| *f);
        let (firsts, lasts) = (of(FIRST, language), of(LAST, language));
        // Pages differ a little in size.
        let size = [1.0, 0.8, 0.7, 0.9, 0.6, 0.75]
            .get(index % 6)
            .copied()
            .unwrap_or(1.0);
        let mut dice = Dice(0x5eed_0000 + index as u64 * 7919);
        let mut hour = start;
        let mut k = 0usize;
        while hour < until {
            let local = hour.with_timezone(&policy.time_zone).hour();
            for _ in 0..dice.poisson(rate(local) * size) {
                let at = hour + Duration::seconds((dice.unit() * 3600.0) as i64);
                if at >= until {
                    continue;
                }
                let (topic, question, formal, informal) = bank[dice.below(bank.len())];
                let reply = match formality {
                    Formality::Informal => informal,
                    _ => formal,
                };
                let name = format!(
                    "{} {}",
                    firsts[dice.below(firsts.len())],
                    lasts[dice.below(lasts.len())]
                );
                let agent = agents
                    .get(AGENTS[dice.below(AGENTS.len())].initials)
                    .ok_or_else(|| DeskError::UnknownAgent("demo".into()))?;
                let inbound = InboundMessage {
                    community_id: community.id,
                    external_id: format!("demo-past-{index}-{k}"),
                    thread_key: format!("demo-past-thread-{index}-{k}"),
                    kind: if dice.below(4) == 0 {
                        CaseKind::Comment
                    } else {
                        CaseKind::Messenger
                    },
                    contact_external_id: format!("demo-past-fan-{index}-{k}"),
                    contact_name: name.clone(),
                    body: question.to_string(),
                    at,
                };
                let replied_at = at + Duration::minutes(4 + dice.below(50) as i64);
                let resolved_at = replied_at + Duration::minutes(1 + dice.below(20) as i64);
                let mut case = decide(&inbound, ContactId(0), None, policy, None).into_case();
                case.topic = Some(topic.to_string());
                case = apply_outbound(&case, policy, replied_at)?;
                case.assignee_id = Some(agent.id);
                case = transition(&case, CaseStatus::Resolved, policy, resolved_at)?;
                // Signed as the scripted cases sign.
                let signed = if slug == "lakeline" {
                    format!("{reply} — Lakeline Care, {}", agent.initials)
                } else {
                    format!("{reply} — Team {} {}", community.brand_name, agent.initials)
                };
                batch.push(BulkCase {
                    case,
                    contact_external_id: inbound.contact_external_id.clone(),
                    contact_name: name.clone(),
                    messages: vec![
                        NewMessage {
                            direction: Direction::Inbound,
                            author: name,
                            body: question.to_string(),
                            external_id: Some(inbound.external_id.clone()),
                            created_at: at,
                        },
                        NewMessage {
                            direction: Direction::Outbound,
                            author: agent.name.clone(),
                            body: signed,
                            external_id: None,
                            created_at: replied_at,
                        },
                    ],
                });
                k += 1;
            }
            hour += Duration::hours(1);
        }
    }
    // Oldest first, as they would have arrived.
    batch.sort_by_key(|b| b.case.opened_at);
    past.cases = batch.len();
    past.messages = batch.iter().map(|b| b.messages.len()).sum();
    store.bulk_insert(&batch).await?;
    Ok(past)
}
