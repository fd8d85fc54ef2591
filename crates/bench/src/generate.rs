//! A year of a large airline's social care, deterministic for a seed.
//!
//! Brands × locales make the communities (10 brands × fr-CH, de-CH, it-CH,
//! en, fr-FR, de-DE for 60). Cases arrive over the 365 days before `now`,
//! by time of day, with one crisis day at 20× the volume; some communities
//! are much busier than others. Each case is played through the domain's
//! own rules (a fan's message opens it, replies record the first response,
//! statuses move the SLA clocks), so every stored case is one the desk
//! could have produced: most of the year is resolved, the last days hold
//! new, open, waiting and breached cases. 3 % of cases are written in
//! another language than their page's; 2 % went to an expert.

use crate::rng::Rng;
use crate::words::{bank, DE, EN, FR, IT};
use chrono::{DateTime, Duration, Utc};
use switchboard_domain::lifecycle::{apply_inbound, apply_outbound, transition};
use switchboard_domain::{
    Agent, CaseKind, CaseStatus, Community, ContactId, Direction, Expert, NewMessage, Platform,
    SlaPolicy,
};
use switchboard_store::inbound::decide;
use switchboard_store::*;

pub const BRANDS: [&str; 10] = [
    "Lakeline",
    "Summit Air",
    "Alpine Wings",
    "Rhone Express",
    "Lemanair",
    "Ticino Jet",
    "Jura Connect",
    "Bernina Air",
    "Engadin Flights",
    "Aare Airways",
];
pub const LOCALES: [&str; 6] = ["fr-CH", "de-CH", "it-CH", "en", "fr-FR", "de-DE"];

/// Cases written per transaction.
const BATCH: usize = 2_000;
/// Every this many cases, one has a 50-message thread (opening a long
/// case is a benchmark).
pub const LONG_EVERY: u64 = 997;
pub const LONG_THREAD: usize = 50;

#[derive(Debug, Clone)]
pub struct Spec {
    pub communities: usize,
    pub cases: u64,
    pub messages: u64,
    pub seed: u64,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Generated {
    pub communities: usize,
    pub cases: u64,
    pub messages: u64,
    pub open_cases: u64,
    pub handoffs: u64,
}

fn topic_of(problem: usize) -> &'static str {
    [
        "baggage-delayed",
        "cancellation",
        "delay",
        "refund",
        "booking-change",
        "app",
        "assistance",
        "pets",
        "baggage-damaged",
        "loyalty",
    ][problem % 10]
}

pub(crate) fn message_text(r: &mut Rng, locale: &str, first: bool) -> (String, usize) {
    let b = bank(locale);
    let p = r.below(b.problems.len() as u64) as usize;
    let mut parts: Vec<&str> = Vec::new();
    if first || r.chance(0.3) {
        parts.push(*r.pick(b.openings));
    }
    parts.push(b.problems[p]);
    let details = match r.below(10) {
        0..=4 => 0,
        5..=7 => 1,
        8 => 2,
        _ => 4,
    };
    for _ in 0..details {
        parts.push(*r.pick(b.details));
    }
    parts.push(*r.pick(b.closings));
    let text = parts
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (text, p)
}

/// Messages in this case: one long thread every `LONG_EVERY`, else 1 plus
/// an exponential draw around the requested mean.
fn thread_length(r: &mut Rng, i: u64, mean: f64) -> usize {
    if i % LONG_EVERY == LONG_EVERY - 1 {
        return LONG_THREAD;
    }
    let extra = -(1.0 - r.unit()).ln() * (mean - 1.0).max(0.0);
    (1 + extra.round() as usize).min(40)
}

/// When case `i` opened: the day (one crisis day at 20×) and time of day
/// (quiet at night).
fn opened_at(r: &mut Rng, spec: &Spec) -> DateTime<Utc> {
    let crisis_share = 20.0 / (364.0 + 20.0);
    let day = if r.chance(crisis_share) {
        200
    } else {
        r.below(365) as i64
    };
    let minute = loop {
        let m = r.below(24 * 60) as i64;
        let hour = m / 60;
        let weight = if (7..23).contains(&hour) { 1.0 } else { 0.15 };
        if r.chance(weight) {
            break m;
        }
    };
    let start = spec.now - Duration::days(365);
    (start + Duration::days(day) + Duration::minutes(minute)).min(spec.now - Duration::minutes(1))
}

struct World {
    communities: Vec<Community>,
    agents: Vec<Agent>,
    experts: Vec<Expert>,
    policy: SlaPolicy,
}

/// One case, played through the domain's rules.
fn make_case(root: &Rng, i: u64, spec: &Spec, w: &World) -> (BulkCase, Option<NewHandoffPlan>) {
    let mut r = root.fork(i);
    // Busy communities first: a quadratic draw favours low indices.
    let c = &w.communities[((r.unit().powi(2)) * w.communities.len() as f64) as usize];
    let locale = c.locale.as_str();
    let writes_in = if r.chance(0.03) {
        ["en", "fr", "de", "it"][r.below(4) as usize]
    } else {
        locale
    };
    let kind = match r.below(20) {
        0..=10 => CaseKind::Messenger,
        11..=17 => CaseKind::Comment,
        _ => CaseKind::VisitorPost,
    };
    let start = opened_at(&mut r, spec);
    let mean = spec.messages as f64 / spec.cases.max(1) as f64;
    let n = thread_length(&mut r, i, mean);
    let fan = format!("Fan {}", i);
    let (first_text, problem) = message_text(&mut r, writes_in, true);
    let inbound = InboundMessage {
        community_id: c.id,
        external_id: format!("gen-{i}-0"),
        thread_key: format!("gen-thread-{i}"),
        kind,
        contact_external_id: format!("gen-fan-{i}"),
        contact_name: fan.clone(),
        body: first_text.clone(),
        at: start,
    };
    let mut case = decide(&inbound, ContactId(0), None, &w.policy, None).into_case();
    case.topic = Some(topic_of(problem).to_string());
    let agent = r.pick(&w.agents).clone();
    let mut messages = vec![NewMessage {
        direction: Direction::Inbound,
        author: fan.clone(),
        body: first_text,
        external_id: Some(inbound.external_id.clone()),
        created_at: start,
    }];
    let mut at = start;
    let recent = spec.now - start < Duration::days(2);
    // A case opened in the last hours may still wait for its first reply.
    let unanswered = recent && r.chance(0.35);
    for m in 1..n {
        let ours = m % 2 == 1;
        if ours && unanswered {
            break;
        }
        // First reply mostly within the hour, a tail that breaches.
        let gap = if ours {
            5 + (-(1.0 - r.unit()).ln() * 35.0) as i64
        } else {
            10 + r.below(600) as i64
        };
        let next = at + Duration::minutes(gap);
        if next >= spec.now {
            break;
        }
        at = next;
        if ours {
            let b = bank(writes_in);
            if let Ok(c2) = apply_outbound(&case, &w.policy, at) {
                case = c2;
            }
            case.assignee_id = Some(agent.id);
            messages.push(NewMessage {
                direction: Direction::Outbound,
                author: agent.name.clone(),
                body: r.pick(b.replies).to_string(),
                external_id: None,
                created_at: at,
            });
        } else {
            let (text, _) = message_text(&mut r, writes_in, false);
            case = apply_inbound(&case, &w.policy, at);
            messages.push(NewMessage {
                direction: Direction::Inbound,
                author: fan.clone(),
                body: text,
                external_id: Some(format!("gen-{i}-{m}")),
                created_at: at,
            });
        }
    }
    // Where it stands now: old cases are resolved, recent ones spread.
    let answered = case.sla.first_response_at.is_some();
    let target = if !recent {
        if r.chance(0.985) {
            Some(CaseStatus::Resolved)
        } else {
            Some(CaseStatus::WaitingCustomer)
        }
    } else if !answered {
        None
    } else {
        match r.below(10) {
            0..=3 => Some(CaseStatus::Resolved),
            4..=5 => Some(CaseStatus::WaitingCustomer),
            6 => Some(CaseStatus::WaitingExpert),
            _ => None,
        }
    };
    let mut plan = None;
    if let Some(to) = target {
        let when = (at + Duration::minutes(1 + r.below(120) as i64)).min(spec.now);
        if let Ok(c2) = transition(&case, to, &w.policy, when) {
            case = c2;
        }
        if to == CaseStatus::WaitingExpert || (to == CaseStatus::Resolved && r.chance(0.02)) {
            let expert = r.pick(&w.experts);
            plan = Some(NewHandoffPlan {
                expert: expert.id,
                asked_at: when - Duration::minutes(5),
                answered: to == CaseStatus::Resolved,
                excerpt: messages[0].body.clone(),
            });
        }
    }
    (
        BulkCase {
            case,
            contact_external_id: inbound.contact_external_id,
            contact_name: fan,
            messages,
        },
        plan,
    )
}

struct NewHandoffPlan {
    expert: switchboard_domain::ExpertId,
    asked_at: DateTime<Utc>,
    answered: bool,
    excerpt: String,
}

async fn world(store: &dyn Store, spec: &Spec) -> StoreResult<World> {
    store.reset_workspace().await?;
    let policy = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
    let mut communities = Vec::new();
    let mut page = 500_000_000_000_001_i64;
    'outer: for round in 0.. {
        for brand in BRANDS {
            let name = if round == 0 {
                brand.to_string()
            } else {
                format!("{brand} {}", round + 1)
            };
            let b = store.ensure_brand(&name).await?;
            for locale in LOCALES {
                if communities.len() >= spec.communities {
                    break 'outer;
                }
                let c = store
                    .create_community(&NewCommunity {
                        brand_id: b.id,
                        locale: locale
                            .parse()
                            .map_err(|_| StoreError::not_found("locale", locale))?,
                        platform: Platform::Facebook,
                        page_id: page.to_string(),
                    })
                    .await?;
                store.set_sla_policy(c.id, &policy).await?;
                page += 1;
                communities.push(c);
            }
        }
    }
    let mut agents = Vec::new();
    for n in 0..20 {
        agents.push(
            store
                .add_agent(&NewAgent {
                    name: format!("Agent {n:02}"),
                    initials: format!("A{n:02}"),
                    email: format!("agent{n}@bench.example"),
                })
                .await?,
        );
    }
    let mut experts = Vec::new();
    for n in 0..40 {
        experts.push(
            store
                .add_expert(&NewExpert {
                    name: format!("Expert {n:02}"),
                    department: ["Baggage", "Refunds", "Loyalty", "Operations"][n % 4].into(),
                    topics: vec![topic_of(n).to_string()],
                    languages: vec![["de", "fr", "it", "en"][n % 4].into()],
                    time_zone: "Europe/Zurich".into(),
                    email: format!("expert{n}@bench.example"),
                })
                .await?,
        );
    }
    Ok(World {
        communities,
        agents,
        experts,
        policy,
    })
}

/// Replaces the workspace behind `store` with the dataset of `spec`;
/// `progress(done, total)` is called after each batch.
pub async fn generate(
    store: &dyn Store,
    spec: &Spec,
    progress: &mut dyn FnMut(u64, u64),
) -> StoreResult<Generated> {
    let w = world(store, spec).await?;
    // Marked incomplete until the last case is written: a generation
    // stopped halfway is not taken for a whole year.
    store
        .set_workspace_note(INCOMPLETE, Some("bench generate"))
        .await?;
    let root = Rng::new(spec.seed);
    let mut out = Generated {
        communities: w.communities.len(),
        ..Generated::default()
    };
    let mut i = 0;
    while i < spec.cases {
        let end = (i + BATCH as u64).min(spec.cases);
        let mut batch = Vec::with_capacity(BATCH);
        let mut plans = Vec::new();
        for n in i..end {
            let (case, plan) = make_case(&root, n, spec, &w);
            out.messages += case.messages.len() as u64;
            if case.case.status != CaseStatus::Resolved {
                out.open_cases += 1;
            }
            batch.push(case);
            plans.push(plan);
        }
        let ids = store.bulk_insert(&batch).await?;
        for (id, plan) in ids.into_iter().zip(plans) {
            let Some(p) = plan else { continue };
            store
                .add_handoff(&NewHandoff {
                    case_id: id,
                    expert_id: p.expert,
                    question: "Can you check this for the customer?".into(),
                    excerpt: p.excerpt,
                    asked_at: p.asked_at,
                    due_at: p.asked_at + Duration::hours(4),
                    answer: p
                        .answered
                        .then(|| (p.asked_at + Duration::minutes(40), "Done, see case.".into())),
                })
                .await?;
            out.handoffs += 1;
        }
        out.cases = end;
        i = end;
        progress(i, spec.cases);
    }
    store.set_workspace_note(INCOMPLETE, None).await?;
    Ok(out)
}

/// The note `generate` keeps while it writes (the desk's own, so fronts say
/// it too).
pub const INCOMPLETE: &str = switchboard_desk::workspace::INCOMPLETE;

/// How many communities the workspace has: what a generation would replace.
pub async fn existing_communities(store: &dyn Store) -> StoreResult<usize> {
    Ok(store.communities().await?.len())
}

/// What left the workspace incomplete, if a generation was stopped.
pub async fn incomplete(store: &dyn Store) -> StoreResult<Option<String>> {
    store.workspace_note(INCOMPLETE).await
}

/// The languages' banks, for tests of the generator.
pub fn banks() -> [&'static crate::words::Bank; 4] {
    [&EN, &FR, &DE, &IT]
}
