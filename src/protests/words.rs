//! The word classes of `data/protest_words.tsv` (adverbs, modifiers, light
//! verbs, and the context words of the look-alike rules), loaded once.
use crate::lexicon;
use crate::text::Doc;
use std::sync::LazyLock;

static CLASSES: LazyLock<lexicon::WordClasses> = LazyLock::new(|| {
    lexicon::WordClasses::parse(
        "protest_words.tsv",
        include_str!("../../data/protest_words.tsv"),
        FIRST_BIT,
    )
});

/// The classes of this file take the class-table bits from here on (below
/// are attribution's; territorial claims follow).
const FIRST_BIT: u8 = 64;

/// Puts every class of `data/protest_words.tsv` in the class table.
pub(crate) fn register_classes(table: &mut lexicon::ClassTable) {
    CLASSES.register(table);
}

/// The first class-table bit after this file's classes.
pub(crate) fn end_bit() -> u8 {
    CLASSES.end().max(FIRST_BIT)
}

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
    fn every_data_word_has_its_bit_in_any_case() {
        let table = lexicon::class_table();
        for row in lexicon::rows(include_str!("../../data/protest_words.tsv")) {
            let bit = CLASSES.bit(row[0]).bit();
            assert!(table.classes(row[1]) & bit != 0, "{row:?}");
            assert!(
                table.classes(&row[1].to_ascii_uppercase()) & bit != 0,
                "{row:?}"
            );
            let doc = Doc::new(row[1]);
            assert!(
                token_in(&doc, 0, row[0]) || doc.tokens.len() != 1,
                "{row:?}"
            );
        }
        assert_eq!(table.classes("Freedonia") >> FIRST_BIT, 0);
    }

    #[test]
    #[should_panic(expected = "no class")]
    fn unknown_classes_are_refused() {
        has("no-such-class", "x");
    }
}
