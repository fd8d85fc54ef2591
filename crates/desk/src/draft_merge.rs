//! Adding a text to an agent's draft without saying a thing twice: a saved
//! reply, or an expert's answer passed on to the customer.

/// The draft once `addition` is added to `current`, without saying a thing
/// twice: an addition already in the draft changes nothing, and when both
/// hold the expert's `answer` (the answer inserted as is, then the reply
/// that passes it on), the draft's copy gives way to the addition's.
pub(crate) fn merge_into_draft(
    current: Option<&str>,
    addition: &str,
    answer: Option<&str>,
) -> String {
    let current = current.map(str::trim).unwrap_or_default();
    let addition = addition.trim_end();
    if current.is_empty() {
        return addition.to_string();
    }
    if current.contains(addition.trim()) {
        return current.to_string();
    }
    let kept = match answer.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) if addition.contains(a) && current.contains(a) => current.replacen(a, "", 1),
        _ => current.to_string(),
    };
    let kept = kept
        .lines()
        .collect::<Vec<_>>()
        .join("\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    if kept.is_empty() {
        addition.to_string()
    } else {
        format!("{kept}\n\n{addition}")
    }
}

#[cfg(test)]
mod merge_tests {
    use super::merge_into_draft;

    const ANSWER: &str = "Der Koffer ist in Lissabon und kommt heute Abend.";

    #[test]
    fn an_empty_draft_takes_the_addition() {
        assert_eq!(merge_into_draft(None, "Hallo", None), "Hallo");
        assert_eq!(merge_into_draft(Some("  \n"), "Hallo", None), "Hallo");
    }

    #[test]
    fn what_the_draft_already_says_is_not_added_again() {
        assert_eq!(
            merge_into_draft(Some("Hallo\n\nTschüss"), "Tschüss", None),
            "Hallo\n\nTschüss"
        );
    }

    #[test]
    fn the_answer_inserted_as_is_gives_way_to_the_reply_that_passes_it_on() {
        let reply = format!("Guten Tag, die Abteilung sagt: {ANSWER}\nGrüsse");
        assert_eq!(merge_into_draft(Some(ANSWER), &reply, Some(ANSWER)), reply);
        assert_eq!(
            merge_into_draft(
                Some(&format!("Danke für Ihre Geduld.\n\n{ANSWER}")),
                &reply,
                Some(ANSWER)
            ),
            format!("Danke für Ihre Geduld.\n\n{reply}")
        );
    }

    #[test]
    fn other_text_is_appended_after_a_blank_line() {
        assert_eq!(
            merge_into_draft(Some("Hallo"), "Grüsse", Some(ANSWER)),
            "Hallo\n\nGrüsse"
        );
    }
}
