//! What is read back from handoffs: an expert's list across communities and
//! the figures per expert, department and community.

use super::{answer, ask, at, case_in, community, policy, profile};
use std::sync::Arc;
use switchboard_domain::handoff::HandoffOutcome;
use switchboard_domain::CaseStatus;
use switchboard_store::*;

pub async fn an_experts_handoffs_are_listed_across_communities_open_first(s: Arc<dyn Store>) {
    let de = community(&*s, "Lakeline", "de-CH", "1").await;
    let fr = community(&*s, "Summit Air", "fr-CH", "2").await;
    let a = case_in(&*s, &de, "a", "Mein Koffer fehlt").await;
    let b = case_in(&*s, &fr, "b", "Ma valise est perdue").await;
    let sandra = s
        .create_expert(&profile("Sandra Meier", "Baggage", &[], &["de"]))
        .await
        .unwrap();
    let other = s
        .create_expert(&profile("Urs Keller", "Refunds", &[], &["de"]))
        .await
        .unwrap();
    let (h1, _) = s
        .ask_handoff(&ask(a, &sandra, 5, 300), &policy())
        .await
        .unwrap();
    let (h2, _) = s
        .ask_handoff(&ask(b, &sandra, 6, 200), &policy())
        .await
        .unwrap();
    let (h3, _) = s
        .ask_handoff(&ask(a, &sandra, 7, 400), &policy())
        .await
        .unwrap();
    s.ask_handoff(&ask(b, &other, 8, 100), &policy())
        .await
        .unwrap();
    s.close_handoff(h3.id, &answer("Ja."), "Sandra Meier", at(9), &policy())
        .await
        .unwrap();
    let all = s.handoffs_of_expert(sandra.id, false).await.unwrap();
    let rows: Vec<_> = all
        .iter()
        .map(|x| (x.handoff.id, x.community.as_str(), x.locale.as_str()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (h2.id, "summit-air/fr-CH", "fr-CH"),
            (h1.id, "lakeline/de-CH", "de-CH"),
            (h3.id, "lakeline/de-CH", "de-CH")
        ],
        "open ones by due time, then closed ones"
    );
    assert_eq!(all[0].case_subject, "Ma valise est perdue");
    assert_eq!(all[0].case_status, CaseStatus::WaitingExpert);
    let open: Vec<_> = s
        .handoffs_of_expert(sandra.id, true)
        .await
        .unwrap()
        .iter()
        .map(|x| x.handoff.id)
        .collect();
    assert_eq!(open, vec![h2.id, h1.id]);
}

pub async fn figures_count_per_expert_department_and_community(s: Arc<dyn Store>) {
    let de = community(&*s, "Lakeline", "de-CH", "1").await;
    let fr = community(&*s, "Lakeline", "fr-CH", "2").await;
    let cases = [
        case_in(&*s, &de, "a", "Koffer").await,
        case_in(&*s, &de, "b", "Koffer").await,
        case_in(&*s, &de, "c", "Danke").await,
        case_in(&*s, &fr, "d", "Merci").await,
    ];
    let sandra = s
        .create_expert(&profile("Sandra Meier", "Baggage", &[], &["de"]))
        .await
        .unwrap();
    let claire = s
        .create_expert(&profile("Claire Monnier", "Baggage", &[], &["fr"]))
        .await
        .unwrap();
    let luca = s
        .create_expert(&profile("Luca Rossi", "Refunds", &[], &["it"]))
        .await
        .unwrap();
    let close = |h, o, t| {
        let s = s.clone();
        async move { s.close_handoff(h, &o, "x", at(t), &policy()).await.unwrap() }
    };
    let (h, _) = s
        .ask_handoff(&ask(cases[0], &sandra, 0, 60), &policy())
        .await
        .unwrap();
    close(h.id, answer("a"), 20).await;
    let (h, _) = s
        .ask_handoff(&ask(cases[1], &sandra, 0, 60), &policy())
        .await
        .unwrap();
    close(h.id, answer("b"), 90).await;
    let (h, _) = s
        .ask_handoff(&ask(cases[1], &claire, 0, 60), &policy())
        .await
        .unwrap();
    close(h.id, HandoffOutcome::Expire, 60).await;
    s.ask_handoff(&ask(cases[0], &claire, 1, 600), &policy())
        .await
        .unwrap();
    let f = s.handoff_figures(at(-10)).await.unwrap();
    let by_name = |n: &str| f.experts.iter().find(|e| e.name == n).unwrap().clone();
    let sf = by_name("Sandra Meier");
    assert_eq!(
        (
            sf.open,
            sf.counts.asked,
            sf.counts.answered,
            sf.counts.answered_in_time,
            sf.counts.median_answer_minutes
        ),
        (0, 2, 2, 1, Some(55)),
        "{sf:?}"
    );
    let cf = by_name("Claire Monnier");
    assert_eq!(
        (
            cf.open,
            cf.counts.asked,
            cf.counts.expired,
            cf.counts.median_answer_minutes
        ),
        (1, 2, 1, None),
        "{cf:?}"
    );
    assert_eq!(by_name("Luca Rossi").counts.asked, 0);
    assert_eq!(luca.department, "Refunds");
    let departments: Vec<_> = f
        .departments
        .iter()
        .map(|d| {
            (
                d.department.as_str(),
                d.open,
                d.counts.asked,
                d.counts.answered_in_time,
            )
        })
        .collect();
    assert_eq!(
        departments,
        vec![("Baggage", 1, 4, 1), ("Refunds", 0, 0, 0)]
    );
    let communities: Vec<_> = f
        .communities
        .iter()
        .map(|c| (c.community.as_str(), c.cases, c.with_handoff))
        .collect();
    assert_eq!(
        communities,
        vec![("lakeline/de-CH", 3, 2), ("lakeline/fr-CH", 1, 0)]
    );
    assert!((f.communities[0].share - 2.0 / 3.0).abs() < 1e-9);
    let later = s.handoff_figures(at(2)).await.unwrap();
    assert_eq!(
        later.experts.iter().map(|e| e.counts.asked).sum::<i64>(),
        0,
        "only what was asked since"
    );
    assert_eq!(
        later
            .experts
            .iter()
            .find(|e| e.name == "Claire Monnier")
            .unwrap()
            .open,
        1,
        "load counts every open handoff"
    );
}
