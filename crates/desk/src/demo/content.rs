//! The demo workspace's people and conversations: two fictional airlines,
//! Lakeline and Summit Air, each with a page in French (fr-CH), German (de-CH)
//! and English (en). Times are minutes before the moment the demo is created,
//! so every run shows the same mix of fresh, at-risk and breached cases.

mod lakeline;
mod summit_air;

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

/// Every demo case, Lakeline's then Summit Air's; the order makes the
/// demo's external ids (`demo-<n>-<m>`), so it never changes.
pub fn cases() -> impl Iterator<Item = &'static DemoCase> {
    lakeline::CASES.iter().chain(summit_air::CASES)
}
