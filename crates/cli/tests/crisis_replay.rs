#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! A replay: a week of normal traffic on six pages, then a surge on one,
//! imported with `inbound --batch`; `crisis alerts` fires for the surging
//! community within the first hour of the surge, and never on the normal
//! days or on the other communities.

mod common;
use common::*;

use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::Value;
use std::io::Write;

/// A deterministic generator (xorshift), so every run replays the same week.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn poisson(&mut self, lambda: f64) -> u32 {
        let l = (-lambda).exp();
        let (mut k, mut p) = (0u32, 1.0);
        loop {
            p *= self.next();
            if p <= l {
                return k;
            }
            k += 1;
        }
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() * from.len() as f64) as usize % from.len()]
    }
}

const NORMAL: [(&str, &[&str]); 3] = [
    (
        "fr",
        &[
            "Bonjour, puis-je ajouter un bagage en soute à ma réservation ?",
            "Mon siège n'apparaît plus dans l'application, que faire ?",
            "Est-ce que le repas végétarien est disponible sur le vol de Nice ?",
            "Merci pour le vol de ce matin, équipage au top !",
        ],
    ),
    (
        "de",
        &[
            "Grüezi, kann ich mein Gepäck noch nachbuchen?",
            "Wie viel kostet die Sitzplatzreservierung nach Palma?",
            "Mein Bordkarte wird in der App nicht angezeigt.",
            "Danke für den tollen Service gestern!",
        ],
    ),
    (
        "en",
        &[
            "Hi, can I bring my ski bag as checked luggage?",
            "My booking doesn't show up in the app, can you help?",
            "Is there wifi on the flight to London?",
            "Thanks to the crew on LX 318 today!",
        ],
    ),
];

const SURGE: [&str; 4] = [
    "Mon vol pour Genève est annulé à cause de la neige, comment je fais pour rebooker ???",
    "Vol annulé, personne ne répond au téléphone, je suis bloqué à l'aéroport !",
    "Est-ce que les vols de demain matin sont aussi annulés ?",
    "J'ai reçu un SMS d'annulation, est-ce que je serai remboursé ?",
];

/// Requesters per hour on a normal day at this local hour, for a page of
/// this size.
fn rate(size: f64, hour: u32) -> f64 {
    size * match hour {
        8..=19 => 1.0,
        6..=7 | 20..=22 => 0.5,
        _ => 0.1,
    }
}

fn line(community: &str, who: u64, text: &str, at: DateTime<Utc>, n: usize) -> String {
    serde_json::json!({
        "community": community,
        "from": format!("Fan {who}"),
        "from_id": format!("psid-replay-{who}"),
        "text": text,
        "at": at.to_rfc3339(),
        "external_id": format!("replay-{n}"),
    })
    .to_string()
}

#[test]
fn a_replayed_surge_alerts_its_community_within_the_hour_and_nothing_else_alerts() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("ws.db").display());
    assert!(plain_run(&db, &["demo", "--yes"]).status.success());
    let zurich = chrono_tz::Europe::Zurich;
    let start = zurich
        .with_ymd_and_hms(2026, 11, 2, 0, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    let surge_at = start + Duration::days(7) + Duration::hours(6) + Duration::minutes(40);
    let surging = "lakeline/fr-CH";
    let pages = [
        ("summit-air/fr-CH", 2.0, 0),
        ("summit-air/de-CH", 4.0, 1),
        ("summit-air/en", 3.0, 2),
        ("lakeline/fr-CH", 2.5, 0),
        ("lakeline/de-CH", 3.0, 1),
        ("lakeline/en", 1.5, 2),
    ];
    let mut rng = Rng(0x5eed_2026);
    let mut lines = Vec::new();
    let mut who = 0u64;
    let end = start + Duration::days(8);
    for (community, size, lang) in pages {
        let mut hour = start;
        while hour < end {
            let local = chrono::Timelike::hour(&hour.with_timezone(&zurich));
            let mut lambda = rate(size, local);
            let in_surge = community == surging
                && hour >= surge_at - Duration::minutes(40)
                && hour < surge_at + Duration::hours(6);
            if in_surge {
                lambda = size * 12.0;
            }
            for _ in 0..rng.poisson(lambda) {
                who += 1;
                let mut at = hour + Duration::seconds((rng.next() * 3600.0) as i64);
                if in_surge && at < surge_at {
                    // The surge starts at its minute, not at the hour.
                    if rng.next() < 0.8 {
                        continue;
                    }
                    at = surge_at + Duration::seconds((rng.next() * 1200.0) as i64);
                }
                let text = if in_surge {
                    rng.pick(&SURGE)
                } else {
                    rng.pick(NORMAL[lang].1)
                };
                // One in four writes again a few minutes later.
                let writes = if rng.next() < 0.25 { 2 } else { 1 };
                for w in 0..writes {
                    let n = lines.len();
                    lines.push((
                        at,
                        line(community, who, text, at + Duration::minutes(3 * w), n),
                    ));
                }
            }
            hour += Duration::hours(1);
        }
    }
    lines.sort_by_key(|(at, _)| *at);
    let path = dir.path().join("week.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    for (_, l) in &lines {
        writeln!(f, "{l}").unwrap();
    }
    drop(f);
    let out = plain_run(
        &db,
        &["inbound", "--batch", path.to_str().unwrap(), "--json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["stored"].as_u64(), Some(lines.len() as u64));

    let out = plain_run(
        &db,
        &[
            "crisis",
            "alerts",
            "--from",
            &(start + Duration::days(2)).to_rfc3339(),
            "--to",
            &end.to_rfc3339(),
            "--json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let alerts: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        alerts.len(),
        1,
        "one alert, for the surge only: {alerts:#?}"
    );
    let alert = &alerts[0];
    assert_eq!(alert["community"], surging);
    let fired: DateTime<Utc> = alert["fired_at"].as_str().unwrap().parse().unwrap();
    assert!(
        fired > surge_at && fired <= surge_at + Duration::hours(1),
        "fired at {fired} for a surge at {surge_at}"
    );
    assert!(alert["requesters"].as_u64().unwrap() >= 12);
    assert!(alert["ratio"].as_f64().unwrap() >= 3.0);
    assert_eq!(alert["basis"]["kind"], "trailing_days", "a week of history");
    eprintln!(
        "{} lines; the alert fired {} min into the surge: {alert}",
        lines.len(),
        (fired - surge_at).num_minutes()
    );
}
