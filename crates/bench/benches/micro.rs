//! Micro-benchmarks with criterion: a template render, the fallback chain,
//! a language detection, the business-time arithmetic of the SLA.
//! `cargo bench -p switchboard-bench`.

use chrono::{TimeZone, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use switchboard_domain::SlaPolicy;
use switchboard_l10n::detect::Detector;
use switchboard_l10n::templates::{resolve, Formality, Renderer, Template, Variant, Vars, Voice};

fn micro(c: &mut Criterion) {
    let voice = Voice {
        brand_name: "Summit Air".into(),
        sign_off: "Dein Team Summit Air".into(),
        formality: Formality::Informal,
    };
    let source = "{ -brand.formality ->\n    [informal] Hoi { $first_name },\n   *[formal] Grüezi { $first_name },\n}\ndein Koffer von { $flight } ist unterwegs.\n{ -sign-off } ^{ $agent_initials }";
    if let Ok(r) = Renderer::new("de-CH", source, &voice) {
        let mut vars = Vars::default();
        vars.text.insert("first_name", "Lukas".into());
        vars.text.insert("agent_initials", "MB".into());
        vars.text.insert("flight", "LX 1234".into());
        c.bench_function("template render", |b| b.iter(|| black_box(r.render(&vars))));
    }
    let now = Utc::now();
    let v = |brand: Option<&str>, locale: &str| Variant {
        brand: brand.map(str::to_string),
        locale: locale.into(),
        source: "x".into(),
        tags: vec![],
        outdated: false,
        updated_at: now,
    };
    let t = Template {
        id: "baggage-delayed".into(),
        topic: "baggage".into(),
        reference_locale: "en".into(),
        variants: vec![
            v(None, "en"),
            v(None, "fr"),
            v(None, "de"),
            v(Some("lakeline"), "it"),
        ],
    };
    c.bench_function("fallback chain to the default", |b| {
        b.iter(|| black_box(resolve(&t, "summit-air", "it-CH", "en")))
    });
    let d = Detector::new();
    c.bench_function("language detection (short message)", |b| {
        b.iter(|| black_box(d.detect("Wo ist mein Koffer seit gestern?")))
    });
    let policy = SlaPolicy::default_in(chrono_tz::Europe::Zurich);
    if let chrono::LocalResult::Single(friday) = Utc.with_ymd_and_hms(2026, 11, 20, 15, 45, 0) {
        c.bench_function("SLA: add 1 business hour over a weekend", |b| {
            b.iter(|| black_box(policy.add_business(friday, chrono::Duration::hours(1))))
        });
    }
}

criterion_group!(benches, micro);
criterion_main!(benches);
