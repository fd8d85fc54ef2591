//! The language-neutral concepts of airline customer care, with the weight
//! each carries when two messages are compared and its name in the UI
//! languages. A concept weighing `INTENT_WEIGHT` or more says what the
//! customer asks about (a refund, a wheelchair, a seat choice); a lighter
//! one only sets the scene (a bag, a booking, money, staff, hours), so two
//! messages are not grouped for sharing the scene alone.

/// One concept: a key used by the language files, a weight, and its name
/// in English, French, German and Italian (the order of `UI_LANGUAGES`).
#[derive(Debug, PartialEq)]
pub struct Concept {
    pub key: &'static str,
    pub weight: f64,
    pub names: [&'static str; 4],
}

/// A concept weighing at least this says what the customer asks about
/// (an intent); a lighter one only sets the scene.
pub const INTENT_WEIGHT: f64 = 0.7;

/// Intents that are what a customer asks about only when nothing else is:
/// beside a cancellation, a delay or a lost bag they are the means, the
/// place or the proof ("rebook me", "the app shows nothing", "the check-in
/// agent was rude", "I have the receipt", "my boarding pass says"), and the
/// message is about that event. A change of
/// booking is one only for the customer's own reasons; one asked because
/// the flight was cancelled is about the cancellation. (A connection only
/// sets the scene: one is missed because of a delay, a cancellation or a
/// bag, which is what the message is about.)
pub const SECONDARY_INTENTS: [&str; 5] = ["rebook", "app", "boarding_pass", "invoice", "checkin"];

impl Concept {
    pub fn is_intent(&self) -> bool {
        self.weight >= INTENT_WEIGHT
    }

    /// An intent that gives way to any other (`SECONDARY_INTENTS`).
    pub fn is_secondary(&self) -> bool {
        SECONDARY_INTENTS.contains(&self.key)
    }
}

/// The UI languages a label can be written in, in the order of `names`.
pub const UI_LANGUAGES: [&str; 4] = ["en", "fr", "de", "it"];

const fn c(key: &'static str, weight: f64, names: [&'static str; 4]) -> Concept {
    Concept { key, weight, names }
}

/// Every concept. The language files refer to them by key; a test checks
/// that every key they use exists here.
#[rustfmt::skip]
pub const CONCEPTS: &[Concept] = &[
    c("cancel", 1.0, ["Cancellation", "Annulation", "Annullierung", "Cancellazione"]),
    c("delay", 1.0, ["Delay", "Retard", "Verspätung", "Ritardo"]),
    c("connection", 0.6, ["Missed connection", "Correspondance", "Anschluss", "Coincidenza"]),
    c("baggage", 0.6, ["Baggage", "Bagages", "Gepäck", "Bagaglio"]),
    c("lost", 1.05, ["Lost baggage", "Bagage perdu", "Gepäck verloren", "Bagaglio smarrito"]),
    c("damaged", 1.05, ["Damaged baggage", "Bagage endommagé", "Gepäck beschädigt", "Bagaglio danneggiato"]),
    c("refund", 1.1, ["Refund", "Remboursement", "Rückerstattung", "Rimborso"]),
    c("compensation", 1.1, ["Compensation", "Indemnisation", "Entschädigung", "Risarcimento"]),
    c("rebook", 0.95, ["Change of booking", "Modification", "Umbuchung", "Modifica"]),
    c("booking", 0.35, ["Booking", "Réservation", "Buchung", "Prenotazione"]),
    c("name", 0.8, ["Name on the ticket", "Nom sur le billet", "Name auf dem Ticket", "Nome sul biglietto"]),
    c("checkin", 1.0, ["Check-in", "Enregistrement", "Check-in", "Check-in"]),
    c("app", 0.9, ["App and website", "Appli et site", "App und Website", "App e sito"]),
    c("online", 0.4, ["Online", "En ligne", "Online", "Online"]),
    c("boarding_pass", 1.0, ["Boarding pass", "Carte d'embarquement", "Bordkarte", "Carta d'imbarco"]),
    c("boarding", 0.4, ["Boarding", "Embarquement", "Boarding", "Imbarco"]),
    c("seat", 1.0, ["Seat choice", "Choix du siège", "Sitzplatzwahl", "Scelta del posto"]),
    c("place", 0.5, ["Seat", "Siège", "Sitzplatz", "Posto"]),
    c("upgrade", 1.0, ["Upgrade", "Surclassement", "Upgrade", "Upgrade"]),
    c("miles", 1.1, ["Miles and status", "Miles et statut", "Meilen und Status", "Miglia e status"]),
    c("account", 0.5, ["Account", "Compte", "Konto", "Account"]),
    c("assistance", 1.1, ["Special assistance", "Assistance", "Betreuung", "Assistenza"]),
    c("child", 0.5, ["Children", "Enfants", "Kinder", "Bambini"]),
    c("pet", 1.2, ["Pets", "Animaux", "Tiere", "Animali"]),
    c("invoice", 1.1, ["Invoice or receipt", "Facture ou reçu", "Rechnung oder Quittung", "Fattura o ricevuta"]),
    c("staff", 0.6, ["Staff", "Personnel", "Personal", "Personale"]),
    c("rude", 1.0, ["Behaviour", "Comportement", "Verhalten", "Comportamento"]),
    c("food", 1.0, ["Food and drinks", "Repas et boissons", "Essen und Getränke", "Cibo e bevande"]),
    c("cabin", 0.8, ["Cabin comfort", "Confort à bord", "Komfort an Bord", "Comfort a bordo"]),
    c("aboard", 0.4, ["On board", "À bord", "An Bord", "A bordo"]),
    c("overbooking", 1.1, ["Denied boarding", "Refus d'embarquement", "Beförderung verweigert", "Imbarco negato"]),
    c("rights", 0.5, ["Passenger rights", "Droits des passagers", "Fluggastrechte", "Diritti dei passeggeri"]),
    c("hotel", 0.6, ["Hotel", "Hôtel", "Hotel", "Hotel"]),
    c("voucher", 0.6, ["Voucher", "Bon", "Gutschein", "Voucher"]),
    c("strike", 0.5, ["Strike", "Grève", "Streik", "Sciopero"]),
    c("weather", 0.5, ["Weather", "Météo", "Wetter", "Meteo"]),
    c("payment", 0.5, ["Payment", "Paiement", "Zahlung", "Pagamento"]),
    c("money", 0.3, ["Money", "Argent", "Geld", "Soldi"]),
    c("contact", 0.4, ["Reaching us", "Nous joindre", "Erreichbarkeit", "Contatti"]),
    c("hours", 0.4, ["Waiting time", "Attente", "Wartezeit", "Attesa"]),
    c("information", 0.4, ["Information", "Information", "Information", "Informazioni"]),
    c("allowance", 0.8, ["Baggage allowance", "Franchise bagages", "Freigepäck", "Franchigia bagaglio"]),
    c("documents", 0.8, ["Travel documents", "Documents de voyage", "Reisedokumente", "Documenti"]),
    c("transport", 0.6, ["Ground transport", "Transport au sol", "Transfer", "Trasferimento"]),
    c("lounge", 0.9, ["Lounge", "Salon", "Lounge", "Lounge"]),
    c("malfunction", 0.4, ["Not working", "En panne", "Defekt", "Guasto"]),
    c("complaint", 0.3, ["Complaint", "Réclamation", "Beschwerde", "Reclamo"]),
    c("price", 0.5, ["Price", "Prix", "Preis", "Prezzo"]),
];
