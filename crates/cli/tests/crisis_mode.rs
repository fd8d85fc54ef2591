#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

//! Crisis mode through the CLI, against the demo workspace and a fake
//! Graph server: a crisis declared from the weather playbook over one
//! brand stamps new cases and puts its holding statement on each of that
//! brand's pages, in the page's language, once; an updated statement edits
//! the posts; a statement missing a language is refused for that page.

use serde_json::Value;

mod common;
use common::*;

const LAKELINE: [&str; 3] = ["lakeline/de-CH", "lakeline/en", "lakeline/fr-CH"];

fn one(cli: &Cli, args: &[&str]) -> Value {
    let text = cli.ok(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: no JSON ({e}): {text}"))
}

fn fails(cli: &Cli, args: &[&str]) -> String {
    let out = cli.run(args, "");
    assert_eq!(out.status.code(), Some(1), "{args:?} should fail");
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn a_crisis_from_the_weather_playbook_puts_one_post_on_each_brand_page_in_its_language_once() {
    let Some((_dir, cli, first_page, fake)) =
        demo_with_fake_page("crisis", "warn", LAKELINE[0], "tok-0")
    else {
        return;
    };
    let mut pages = vec![first_page];
    for (i, handle) in LAKELINE.iter().enumerate().skip(1) {
        let page = cli.page_of(handle);
        let locale = handle.split('/').nth(1).unwrap();
        fake.graph
            .add_named_page(&page, &format!("tok-{i}"), handle, locale);
        pages.push(page);
    }
    for (i, handle) in LAKELINE.iter().enumerate() {
        connect(
            &cli,
            handle,
            &fake.graph.base_url(),
            &format!("tok-{i}"),
            "60",
        );
    }

    let declared = one(
        &cli,
        &[
            "crisis",
            "declare",
            "--name",
            "Snow at Zurich",
            "--scope",
            "brand:lakeline",
            "--playbook",
            "weather",
            "--as",
            "LR",
            "--json",
        ],
    );
    let id = declared["id"].as_i64().unwrap().to_string();
    assert_eq!(declared["terms"]["first_response_minutes"], 240);
    let mut covered: Vec<&str> = declared["communities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    covered.sort();
    assert_eq!(covered, LAKELINE);

    // The same brand cannot be in two crises at once.
    let overlap = fails(
        &cli,
        &[
            "crisis",
            "declare",
            "--name",
            "Again",
            "--scope",
            "community:lakeline/en",
            "--as",
            "LR",
        ],
    );
    assert!(overlap.contains("already in crisis"), "{overlap}");

    let preview = one(&cli, &["crisis", "statement", &id, "--json"]);
    for page in preview.as_array().unwrap() {
        assert_eq!(
            page["outdated"], false,
            "a fresh copy of the playbook: {page}"
        );
    }
    let report = one(&cli, &["crisis", "publish", &id, "--json"]);
    assert_eq!(report["queued"], 3, "{report}");
    assert_eq!(report["refused"].as_array().unwrap().len(), 0);
    cli.ok(&["sync", "--once"]);

    let words = [
        ("lakeline/de-CH", "Wetter"),
        ("lakeline/en", "weather"),
        ("lakeline/fr-CH", "météorologiques"),
    ];
    for (page, (handle, word)) in pages.iter().zip(words) {
        let posts = fake.graph.page_posts(page);
        assert_eq!(posts.len(), 1, "{handle}: one post, got {posts:?}");
        assert!(
            posts[0].message.contains(word),
            "{handle}: {}",
            posts[0].message
        );
        assert!(
            posts[0].message.contains("Lakeline"),
            "the brand's name: {}",
            posts[0].message
        );
    }
    let other = cli.page_of("summit-air/en");
    assert!(fake.graph.page_posts(&other).is_empty());

    // Publishing again changes nothing.
    let again = one(&cli, &["crisis", "publish", &id, "--json"]);
    assert_eq!(again["queued"], 0);
    assert_eq!(again["unchanged"], 3);
    cli.ok(&["sync", "--once"]);
    for page in &pages {
        let posts = fake.graph.page_posts(page);
        assert_eq!((posts.len(), posts[0].edits), (1, 0));
    }

    // An updated English text edits the English post, and only it.
    cli.ok(&[
        "crisis", "statement", &id, "--locale", "en", "--text",
        "Update: Zurich airport reopens at 14:00. Rebook free of charge in Manage booking. { -sign-off }",
    ]);
    let update = one(&cli, &["crisis", "publish", &id, "--json"]);
    assert_eq!(
        (update["queued"].clone(), update["unchanged"].clone()),
        (1.into(), 2.into())
    );
    cli.ok(&["sync", "--once"]);
    let en = fake.graph.page_posts(&pages[1]);
    assert_eq!(en.len(), 1);
    assert_eq!(en[0].edits, 1);
    assert!(
        en[0].message.starts_with("Update: Zurich airport reopens"),
        "{}",
        en[0].message
    );
    assert_eq!(fake.graph.page_posts(&pages[0])[0].edits, 0);
    let shown = one(&cli, &["crisis", "statement", &id, "--json"]);
    for page in shown.as_array().unwrap() {
        assert_eq!(page["post"]["state"], "sent", "{page}");
        assert!(page["post"]["post_id"].as_str().is_some());
    }

    // A fan who writes now opens a case stamped with the crisis.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fan.jsonl");
    std::fs::write(
        &file,
        "{\"community\":\"lakeline/fr-CH\",\"from\":\"Léa Roux\",\"text\":\"Mon vol LX1234 est annulé, que faire ?\"}\n\
         {\"community\":\"summit-air/en\",\"from\":\"Tom Reed\",\"text\":\"Is my flight on time?\"}\n",
    )
    .unwrap();
    cli.ok(&["inbound", "--batch", file.to_str().unwrap()]);
    let cases: Vec<Value> = cli
        .json(&["queue", "--limit", "500", "--json"])
        .into_iter()
        .filter(|r| r["contact_name"] == "Léa Roux" || r["contact_name"] == "Tom Reed")
        .collect();
    assert_eq!(cases.len(), 2, "{cases:?}");
    for row in &cases {
        let case = cli
            .json(&["case", &row["id"].to_string(), "--json"])
            .remove(0);
        let stamped = case["crisis_id"].as_i64();
        if row["contact_name"] == "Léa Roux" {
            assert_eq!(stamped.map(|x| x.to_string()), Some(id.clone()), "{case}");
        } else {
            assert_eq!(stamped, None, "another brand: {case}");
        }
    }
    let listed = cli.json(&["crisis", "list", "--json"]);
    assert_eq!(listed[0]["cases"], 1);

    cli.ok(&["crisis", "end", &id, "--as", "LR"]);
    let ended = fails(&cli, &["crisis", "publish", &id]);
    assert!(ended.contains("has ended"), "{ended}");
}

#[test]
fn a_statement_missing_a_locale_is_refused_for_that_community_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Cli {
        db: format!("sqlite:{}", dir.path().join("ws.db").display()),
        service: format!("switchboard-test-{}-missing", std::process::id()),
        log: "warn".into(),
    };
    cli.ok(&["demo", "--yes"]);
    let declared = one(
        &cli,
        &[
            "crisis",
            "declare",
            "--name",
            "Strike",
            "--scope",
            "brand:lakeline",
            "--as",
            "LR",
            "--json",
        ],
    );
    let id = declared["id"].as_i64().unwrap().to_string();
    // Written fresh, in French and English only.
    cli.ok(&[
        "crisis",
        "statement",
        &id,
        "--locale",
        "fr",
        "--text",
        "Grève : vols annulés.",
    ]);
    cli.ok(&[
        "crisis",
        "statement",
        &id,
        "--locale",
        "en",
        "--text",
        "Strike: flights cancelled.",
    ]);

    let pages = one(&cli, &["crisis", "statement", &id, "--json"]);
    let page = |h: &str| {
        pages
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["community"] == h)
            .cloned()
            .unwrap()
    };
    let de = page("lakeline/de-CH");
    assert_eq!(de["gap"], "missing_locale");
    assert_eq!(de["text"], Value::Null, "never another language: {de}");
    assert_eq!(page("lakeline/fr-CH")["text"], "Grève : vols annulés.");
    assert_eq!(page("lakeline/en")["text"], "Strike: flights cancelled.");

    let report = one(&cli, &["crisis", "publish", &id, "--json"]);
    let refused: Vec<(String, String)> = report["refused"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["community"].as_str().unwrap().to_string(),
                p["gap"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        refused.contains(&("lakeline/de-CH".into(), "missing_locale".into())),
        "{refused:?}"
    );
    // In words, too.
    let said = cli.ok(&["crisis", "publish", &id]);
    assert!(
        said.contains("lakeline/de-CH") && said.contains("no statement in de-CH"),
        "{said}"
    );
}

#[test]
fn playbooks_travel_as_files_and_a_bad_file_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cli = Cli {
        db: format!("sqlite:{}", dir.path().join("ws.db").display()),
        service: format!("switchboard-test-{}-playbooks", std::process::id()),
        log: "warn".into(),
    };
    cli.ok(&["demo", "--yes"]);
    let listed = cli.json(&["playbook", "list", "--json"]);
    let ids: Vec<&str> = listed.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["it-outage", "strike", "weather"]);
    assert!(
        listed
            .iter()
            .all(|p| p["missing"].as_array().unwrap().is_empty()),
        "the starter statements cover the demo's languages: {listed:?}"
    );

    let out = dir.path().join("out");
    cli.ok(&["playbook", "export", out.to_str().unwrap()]);
    let playbooks = std::fs::read_to_string(out.join("playbooks.ftl")).unwrap();
    assert!(
        playbooks.contains(".first-response-minutes = 240"),
        "{playbooks}"
    );
    let fr = std::fs::read_to_string(out.join("fr.ftl")).unwrap();
    assert!(fr.contains("playbook-weather ="), "{fr}");

    // A new playbook with its French statement only: listed as missing
    // for every other language.
    std::fs::write(
        out.join("playbooks.ftl"),
        format!(
            "{playbooks}\nash-cloud = Volcanic ash\n    .first-response-minutes = 360\n    .resolution-minutes = 4320\n"
        ),
    )
    .unwrap();
    std::fs::write(
        out.join("fr.ftl"),
        format!("{fr}\nplaybook-ash-cloud = Nuage de cendres : vols suspendus.\n    .topic = statement\n"),
    )
    .unwrap();
    let done = one(
        &cli,
        &["playbook", "import", out.to_str().unwrap(), "--json"],
    );
    assert_eq!(done["playbooks"], 4);
    assert_eq!(done["statements"]["saved"], 1, "{done}");
    let ash = cli
        .json(&["playbook", "list", "--json"])
        .into_iter()
        .find(|p| p["id"] == "ash-cloud")
        .unwrap();
    let missing: Vec<&str> = ash["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(missing.contains(&"lakeline/de-CH") && !missing.contains(&"lakeline/fr-CH"));

    // A bad minute count: nothing imported, the line named.
    let bad = dir.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(
        bad.join("playbooks.ftl"),
        "# a playbook\n\nvolcano = Volcano\n    .first-response-minutes = soon\n    .resolution-minutes = 60\n",
    )
    .unwrap();
    std::fs::write(
        bad.join("en.ftl"),
        "playbook-volcano = Ash.\n    .topic = statement\n",
    )
    .unwrap();
    let said = fails(&cli, &["playbook", "import", bad.to_str().unwrap()]);
    assert!(
        said.contains("playbooks.ftl") && said.contains("line 3"),
        "{said}"
    );
    let ids: Vec<String> = cli
        .json(&["playbook", "list", "--json"])
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!ids.contains(&"volcano".to_string()));
}
