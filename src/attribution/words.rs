//! Content-word classes of the attribution rules (`data/attribution_words.tsv`),
//! loaded once: organisation heads, gendered titles, day and month names.
use crate::lexicon::WordClasses;
use crate::text::Doc;
use std::sync::LazyLock;

static CLASSES: LazyLock<WordClasses> = LazyLock::new(|| {
    WordClasses::parse(
        "attribution_words.tsv",
        include_str!("../../data/attribution_words.tsv"),
    )
});

/// Token `i` exists and belongs to class `name`; panics on an unknown class
/// name: a typo in code or data must not pass silently.
pub fn token_in(doc: &Doc, i: usize, name: &str) -> bool {
    CLASSES.token_in(doc, i, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_match_any_case() {
        let doc = Doc::new("The Ministry said on MONDAY in March, Spokeswoman Berg said.");
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        assert!(token_in(&doc, at("Ministry"), "organisation-head"));
        assert!(token_in(&doc, at("MONDAY"), "weekday"));
        assert!(token_in(&doc, at("March"), "month"));
        assert!(token_in(&doc, at("Spokeswoman"), "female-title"));
        assert!(!token_in(&doc, at("Berg"), "male-title"));
        assert!(!token_in(&doc, doc.tokens.len(), "month"));
    }
}
