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

    #[test]
    fn patterns_name_classes_by_their_tag() {
        assert_eq!(named("strike-compound"), Some(STRIKE_COMPOUND));
        assert_eq!(named("no-such-class"), None);
    }
}
