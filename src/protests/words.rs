//! The word classes of `data/protest_words.tsv` (adverbs, modifiers, light
//! verbs, and the context words of the look-alike rules), in the class table
//! (`lexicon::class_table`).
use crate::lexicon::{self, Class};
use crate::text::Doc;

const SOURCE: &str = crate::data_file!("protest_words.tsv");

/// The class-table bit of each class of the file (from 64 on: below are
/// attribution's, after these territorial claims'); panics on an unknown
/// name: a typo in code or data must not pass silently. A constant once
/// inlined with a literal name.
#[inline]
fn class(name: &str) -> Class {
    match name {
        "adv" => Class(64),
        "det" => Class(65),
        "mod" => Class(66),
        "light" => Class(67),
        "negation" => Class(68),
        "market" => Class(69),
        "military" => Class(70),
        "sport" => Class(71),
        "strike-compound" => Class(72),
        "topic" => Class(73),
        "shows" => Class(74),
        "showing" => Class(75),
        "demo-cue" => Class(76),
        "workplace" => Class(77),
        "fate" => Class(78),
        "possessive" => Class(79),
        "topic-head" => Class(80),
        "options" => Class(81),
        "labour" => Class(82),
        "property" => Class(83),
        "authority" => Class(84),
        "calamity" => Class(85),
        "strike-object" => Class(86),
        "rally-object" => Class(87),
        "campaign" => Class(88),
        "idiom" => Class(89),
        "objection" => Class(90),
        "strike-target" => Class(91),
        "attack" => Class(92),
        "anaphor" => Class(93),
        "ceremony" => Class(94),
        "unfit" => Class(95),
        "crowd" => Class(96),
        "purpose" => Class(97),
        "government" => Class(98),
        "undo" => Class(99),
        "diplomat" => Class(100),
        "summoned-not" => Class(101),
        "unrealised" => Class(102),
        "noun-before" => Class(103),
        "direction" => Class(104),
        "goal" => Class(105),
        _ => panic!("protest_words.tsv has no class {name:?}"),
    }
}

/// The first class-table bit after this file's classes.
pub(crate) const END_BIT: u8 = 106;

/// Puts every class of `data/protest_words.tsv` in the class table.
pub(crate) fn register_classes(table: &mut lexicon::ClassTable) {
    for row in lexicon::rows(SOURCE) {
        assert!(
            row.len() == 2,
            "protest_words.tsv: want class<TAB>word, got {row:?}"
        );
        table.add(row[1], class(row[0]));
    }
}

/// Panics unless `name` is a class of the file (for patterns naming one).
pub fn check_class(name: &str) {
    class(name);
}

/// Token `i` exists and belongs to class `name`; panics on an unknown class
/// name: a typo in code or data must not pass silently.
#[inline]
pub fn token_in(doc: &Doc, i: usize, name: &str) -> bool {
    let class = class(name);
    i < doc.tokens.len() && doc.has(i, class)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(name: &str, word: &str) -> bool {
        lexicon::class_table().classes(word) & class(name).bit() != 0
    }

    #[test]
    fn classes_are_case_insensitive() {
        assert!(has("adv", "Strongly") && has("market", "DOLLAR"));
        assert!(!has("adv", "protest"));
    }

    #[test]
    fn every_data_word_has_its_bit_in_any_case() {
        let table = lexicon::class_table();
        for row in lexicon::rows(SOURCE) {
            let bit = class(row[0]).bit();
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
        assert_eq!(table.classes("Freedonia") >> 64, 0);
        let bits: std::collections::BTreeSet<u8> =
            lexicon::rows(SOURCE).map(|row| class(row[0]).0).collect();
        let all: std::collections::BTreeSet<u8> = (64..END_BIT).collect();
        assert_eq!(bits, all, "every class of the code is in the data, once");
    }

    #[test]
    #[should_panic(expected = "no class")]
    fn unknown_classes_are_refused() {
        has("no-such-class", "x");
    }
}
