//! The word classes of the attribution rules (`data/classes.tsv`, group
//! `attribution`): reporting verbs and nouns, titles, grammar words
//! (`data/grammar_words.tsv`), and the content-word classes of
//! `data/attribution_words.tsv` (organisation heads, gendered titles, day and
//! month names), in the class table (`lexicon::class_table`).
use crate::lexicon::ClassSet;

pub(crate) use crate::lexicon::class::attribution::*;

/// Any reporting verb bit.
pub(crate) const REPORTING_VERB: ClassSet = VERB_CLAUSE
    .bit()
    .union(VERB_OBJECT.bit())
    .union(VERB_QUOTE.bit())
    .union(VERB_THAT.bit());
/// Words that may open a cue: a token with none of these bits opens none.
pub(crate) const CUE_START: ClassSet = REPORTING_VERB
    .union(REPORTING_NOUN.bit())
    .union(MAKE.bit())
    .union(ACCORDING_OR_AS.bit());

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;
    use crate::text::Doc;

    #[test]
    fn classes_match_any_case() {
        let doc = Doc::new("The Ministry said on MONDAY in March, Spokeswoman Berg said.");
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        assert!(doc.has(at("Ministry"), ORGANISATION_HEAD));
        assert!(doc.has(at("MONDAY"), WEEKDAY));
        assert!(doc.has(at("March"), MONTH));
        assert!(doc.has(at("Spokeswoman"), FEMALE_TITLE));
        assert!(!doc.has(at("Berg"), MALE_TITLE));
        assert!(!doc.has(doc.tokens.len(), MONTH));
    }

    #[test]
    fn documents_carry_the_classes_of_their_tokens() {
        let doc = Doc::new("The Minister SAID: 42 percent, isn't it?");
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        assert!(doc.has(at("The"), DETERMINER) && doc.has(at("The"), FUNCTION_WORD));
        assert!(doc.has(at("Minister"), TITLE) && !doc.has(at("Minister"), DETERMINER));
        assert!(doc.has(at("SAID"), VERB_CLAUSE));
        assert_eq!(
            doc.classes(at("SAID")).intersection(REPORTING_VERB),
            VERB_CLAUSE.bit()
        );
        assert!(doc.has(at("it"), PRONOUN));
        for w in [":", "42", ",", "?"] {
            assert!(doc.classes(at(w)).is_empty(), "{w}");
        }
        assert!(doc.classes(doc.tokens.len()).is_empty());
        assert!(!doc.has(doc.tokens.len() + 5, TITLE));
        // The grammar words are in the table too.
        let table = lexicon::class_table();
        for (word, class) in [
            ("were", BE),
            ("Never", CANCELLING),
            ("reportedly", BETWEEN_SUBJECT_AND_VERB),
            ("wouldn't", FINITE),
            ("told", TELL),
            ("family", LY_NOUN),
            ("initially", ADVERB),
            ("making", MAKE),
            ("pointed", VERB_PARTICLE),
            ("shot", VERB_PARTICLE),
            ("According", ACCORDING_OR_AS),
            ("claimed", VERB_OBJECT),
            ("states", VERB_THAT),
            ("Where", OBJECT_RELATIVE),
        ] {
            assert!(table.classes(word).has(class), "{word}");
        }
        assert!(!table.classes("said").has(VERB_OBJECT));
    }
}
