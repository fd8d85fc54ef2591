#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! Every UI locale has every message of English, with the same attributes and
//! the same variables, and parses without error.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};
use switchboard_l10n::UI_LOCALES;

type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

fn shape(code: &str, source: &'static str) -> Shape {
    let resource = parse(source)
        .unwrap_or_else(|(_, errors)| panic!("locales/{code}/app.ftl does not parse: {errors:?}"));
    let mut shape = Shape::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                variables(v, &mut vars);
            }
            let mut attrs = BTreeSet::new();
            for a in &m.attributes {
                attrs.insert(a.id.name.to_string());
                variables(&a.value, &mut vars);
            }
            let id = m.id.name.to_string();
            assert!(
                shape.insert(id.clone(), (attrs, vars)).is_none(),
                "locales/{code}/app.ftl defines `{id}` twice"
            );
        }
    }
    shape
}

#[test]
fn every_locale_has_every_english_message_with_the_same_attributes_and_variables() {
    let english = shape("en", UI_LOCALES[0].1);
    assert!(
        english.len() > 20,
        "English has only {} messages",
        english.len()
    );
    let mut problems = Vec::new();
    for (code, source) in &UI_LOCALES[1..] {
        let other = shape(code, source);
        for (id, (attrs, vars)) in &english {
            match other.get(id) {
                None => problems.push(format!("{code}: missing `{id}`")),
                Some((a, v)) => {
                    if a != attrs {
                        problems.push(format!(
                            "{code}: `{id}` attributes {a:?}, English {attrs:?}"
                        ));
                    }
                    if v != vars {
                        problems.push(format!("{code}: `{id}` variables {v:?}, English {vars:?}"));
                    }
                }
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}: `{id}` is not in English"));
        }
    }
    assert!(
        problems.is_empty(),
        "locale parity:\n{}",
        problems.join("\n")
    );
}
