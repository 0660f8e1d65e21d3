//! The word classes of `data/protest_words.tsv` (adverbs, modifiers, light
//! verbs, and the context words of the look-alike rules), loaded once.
use crate::lexicon;
use crate::text::Doc;
use std::sync::LazyLock;

static CLASSES: LazyLock<lexicon::WordClasses> = LazyLock::new(|| {
    lexicon::WordClasses::parse(
        "protest_words.tsv",
        include_str!("../../data/protest_words.tsv"),
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

    fn has(name: &str, word: &str) -> bool {
        CLASSES.contains(name, word)
    }

    #[test]
    fn classes_are_case_insensitive() {
        assert!(has("adv", "Strongly") && has("market", "DOLLAR"));
        assert!(!has("adv", "protest"));
    }

    #[test]
    #[should_panic(expected = "no class")]
    fn unknown_classes_are_refused() {
        has("no-such-class", "x");
    }
}
