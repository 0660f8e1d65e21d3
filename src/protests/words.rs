//! The word classes of `data/protest_words.tsv` (adverbs, modifiers, light
//! verbs, and the context words of the look-alike rules), in the class table
//! (`lexicon::class_table`; declared in `data/classes.tsv`, group `protest`).
use crate::lexicon::Class;

pub(crate) use crate::lexicon::class::protest::*;

/// The class of `data/protest_words.tsv` tagged `tag`, for patterns naming one.
pub fn named(tag: &str) -> Option<Class> {
    crate::lexicon::class::protest::tagged(tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Doc;

    fn has(class: Class, word: &str) -> bool {
        crate::lexicon::class_table().classes(word).has(class)
    }

    #[test]
    fn classes_are_case_insensitive() {
        assert!(has(ADV, "Strongly") && has(MARKET, "DOLLAR"));
        assert!(!has(ADV, "protest"));
        assert!(Doc::new("FORMALLY").has(0, ADV));
    }

    /// The time words of target-end are the attribution side's lists where
    /// they mean the same (data/classes.tsv): one place to add a word.
    #[test]
    fn time_words_are_shared_with_attribution() {
        use crate::lexicon::class::attribution as a;
        for w in ["yesterday", "tomorrow"] {
            assert!(has(a::DAY_ADVERB, w) && has(a::TIME, w), "{w}");
        }
        assert!(has(a::PART_OF_DAY, "evening") && has(a::PERIOD, "evening"));
        assert!(has(a::TIME, "evening") && has(a::TIME_PREPOSITION, "following"));
        for w in ["last", "next", "early", "on", "in", "since"] {
            assert!(has(TIME_OPENER, w), "{w}");
        }
    }

    #[test]
    fn patterns_name_classes_by_their_tag() {
        assert_eq!(named("strike-compound"), Some(STRIKE_COMPOUND));
        assert_eq!(named("no-such-class"), None);
    }
}
