//! Turning what a user types into a full-text query both backends accept.
//!
//! Users type words, not query syntax. Each word becomes a prefix term
//! (`bagage` also finds `bagages`), and every term must match. Anything that
//! is not a letter or digit separates words, so no input can form operators
//! or break the query.

/// The words of a search, lowercased, at most 16.
pub fn terms(input: &str) -> Vec<String> {
    input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| w.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_quotes_are_word_separators() {
        assert_eq!(
            terms(r#"bagage" OR "x* -y:z (perdu)"#),
            vec!["bagage", "or", "x", "y", "z", "perdu"]
        );
    }

    #[test]
    fn accented_words_survive_whole() {
        assert_eq!(terms("Gepäck verspätet"), vec!["gepäck", "verspätet"]);
    }

    #[test]
    fn blank_input_has_no_terms() {
        assert!(terms("  --- ").is_empty());
    }
}
