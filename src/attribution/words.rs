//! Content-word classes of the attribution rules (`data/attribution_words.tsv`),
//! loaded once: organisation heads, gendered titles, day and month names;
//! and the bits of every word list the attribution rules test per token, in
//! the class table (`lexicon::class_table`).
use crate::lexicon::{self, Class, ClassSet, ClassTable};
use crate::text::Doc;

/// The bits of the attribution lexicons and word lists (below 64: protests
/// and territorial claims take the bits from 64 on).
pub(crate) const VERB_CLAUSE: Class = Class(0);
pub(crate) const VERB_OBJECT: Class = Class(1);
pub(crate) const VERB_QUOTE: Class = Class(2);
pub(crate) const VERB_THAT: Class = Class(3);
pub(crate) const REPORTING_NOUN: Class = Class(4);
pub(crate) const TITLE: Class = Class(5);
pub(crate) const SPEAKER_NOUN: Class = Class(6);
pub(crate) const FUNCTION_WORD: Class = Class(7);
pub(crate) const QUOTING_VERB: Class = Class(8);
pub(crate) const PRONOUN: Class = Class(9);
pub(crate) const DETERMINER: Class = Class(10);
pub(crate) const BETWEEN_SUBJECT_AND_VERB: Class = Class(11);
pub(crate) const CANCELLING: Class = Class(12);
pub(crate) const BE: Class = Class(13);
pub(crate) const FINITE: Class = Class(14);
pub(crate) const IRREGULAR_PAST: Class = Class(15);
pub(crate) const NOT_A_CLAUSE: Class = Class(16);
pub(crate) const ADJUNCT_PREPOSITION: Class = Class(17);
pub(crate) const TELL: Class = Class(18);
pub(crate) const LY_NOUN: Class = Class(19);
pub(crate) const ADVERB: Class = Class(20);
pub(crate) const COMPLEMENT_LINK: Class = Class(21);
pub(crate) const SENTENCE_OPENER: Class = Class(22);
/// "make", "makes", "made", "making" (of "make it clear").
pub(crate) const MAKE: Class = Class(23);
/// Reporting verb forms that are cues only with their particle ("pointed
/// out", "shot back": the third column of `data/reporting_verbs.txt`).
pub(crate) const VERB_PARTICLE: Class = Class(24);
/// "according" and "as", which open the cues "according to" and "as X put it".
pub(crate) const ACCORDING_OR_AS: Class = Class(25);

/// Any reporting verb bit.
pub(crate) const REPORTING_VERB: ClassSet =
    VERB_CLAUSE.bit() | VERB_OBJECT.bit() | VERB_QUOTE.bit() | VERB_THAT.bit();
/// Words that may open a cue: a token with none of these bits opens none.
pub(crate) const CUE_START: ClassSet =
    REPORTING_VERB | REPORTING_NOUN.bit() | MAKE.bit() | ACCORDING_OR_AS.bit();

// The classes of data/attribution_words.tsv.
const ADDRESSEE: Class = Class(40);
const ADJUNCT: Class = Class(41);
const FEMALE_TITLE: Class = Class(42);
const MALE_TITLE: Class = Class(43);
const MESSAGE: Class = Class(44);
const MONTH: Class = Class(45);
const ORGANISATION_HEAD: Class = Class(46);
const PERIOD: Class = Class(47);
const TIME: Class = Class(48);
const WEEKDAY: Class = Class(49);
const LISTENER: Class = Class(50);
const CHANT: Class = Class(51);

/// The bit of a class of `data/attribution_words.tsv`; panics on an unknown
/// name: a typo in code or data must not pass silently.
#[inline]
fn named(name: &str) -> Class {
    match name {
        "addressee" => ADDRESSEE,
        "adjunct" => ADJUNCT,
        "female-title" => FEMALE_TITLE,
        "male-title" => MALE_TITLE,
        "message" => MESSAGE,
        "month" => MONTH,
        "organisation-head" => ORGANISATION_HEAD,
        "period" => PERIOD,
        "time" => TIME,
        "weekday" => WEEKDAY,
        "listener" => LISTENER,
        "chant" => CHANT,
        _ => panic!("attribution_words.tsv has no class {name:?}"),
    }
}

/// Puts every word list of the attribution rules in the class table.
pub(crate) fn register(table: &mut ClassTable) {
    for row in lexicon::rows(crate::data_file!("attribution_words.tsv")) {
        assert!(
            row.len() == 2,
            "attribution_words.tsv: want class<TAB>word, got {row:?}"
        );
        table.add(row[1], named(row[0]));
    }
    add_all(table, &["according", "as"], ACCORDING_OR_AS);
    super::cues::register_classes(table);
    super::speakers::register_classes(table);
    super::quoted_words::register_classes(table);
    super::clauses::register_classes(table);
    super::reported::register_classes(table);
}

/// Puts each word of `words` in `class`.
pub(crate) fn add_all(table: &mut ClassTable, words: &[&str], class: Class) {
    for w in words {
        table.add(w, class);
    }
}

/// Puts each space-separated word of the lines of a lexicon file in `class`.
pub(crate) fn add_lines(table: &mut ClassTable, source: &str, class: Class) {
    for w in lexicon::lines(source).flat_map(str::split_whitespace) {
        table.add(w, class);
    }
}

/// Token `i` exists and belongs to class `name`; panics on an unknown class
/// name: a typo in code or data must not pass silently.
#[inline]
pub fn token_in(doc: &Doc, i: usize, name: &str) -> bool {
    let class = named(name);
    i < doc.tokens.len() && doc.has(i, class)
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

    #[test]
    #[should_panic(expected = "no class")]
    fn unknown_class_names_panic() {
        token_in(&Doc::new("x"), 0, "weekdays");
    }

    #[test]
    fn documents_carry_the_classes_of_their_tokens() {
        let doc = Doc::new("The Minister SAID: 42 percent, isn't it?");
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        assert!(doc.has(at("The"), DETERMINER) && doc.has(at("The"), FUNCTION_WORD));
        assert!(doc.has(at("Minister"), TITLE) && !doc.has(at("Minister"), DETERMINER));
        assert!(doc.has(at("SAID"), VERB_CLAUSE));
        assert_eq!(doc.classes(at("SAID")) & REPORTING_VERB, VERB_CLAUSE.bit());
        assert!(doc.has(at("it"), PRONOUN));
        for w in [":", "42", ",", "?"] {
            assert_eq!(doc.classes(at(w)), 0, "{w}");
        }
        assert_eq!(doc.classes(doc.tokens.len()), 0);
        assert!(!doc.has(doc.tokens.len() + 5, TITLE));
        // The code's word lists are in the table too.
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
        ] {
            assert!(table.classes(word) & class.bit() != 0, "{word}");
        }
    }

    #[test]
    fn every_data_word_has_its_bit_in_any_case() {
        let table = lexicon::class_table();
        for row in lexicon::rows(crate::data_file!("attribution_words.tsv")) {
            let bit = named(row[0]).bit();
            for word in [
                row[1].to_string(),
                row[1].to_ascii_uppercase(),
                row[1].to_ascii_lowercase(),
            ] {
                assert!(table.classes(&word) & bit != 0, "{row:?}");
            }
        }
        let lists: [(&str, Class); 6] = [
            (crate::data_file!("reporting_nouns.txt"), REPORTING_NOUN),
            (crate::data_file!("titles.txt"), TITLE),
            (crate::data_file!("speaker_nouns.txt"), SPEAKER_NOUN),
            (crate::data_file!("function_words.txt"), FUNCTION_WORD),
            (crate::data_file!("quoting_verbs.txt"), QUOTING_VERB),
            (crate::data_file!("reporting_verbs.txt"), VERB_CLAUSE),
        ];
        let verbs = VERB_CLAUSE.bit() | VERB_OBJECT.bit() | VERB_QUOTE.bit() | VERB_THAT.bit();
        for (source, class) in lists {
            let bits = if class == VERB_CLAUSE {
                verbs
            } else {
                class.bit()
            };
            for row in lexicon::rows(source) {
                for w in row[0].split_whitespace() {
                    assert!(table.classes(w) & bits != 0, "{w}");
                    assert!(table.classes(&w.to_ascii_uppercase()) & bits != 0, "{w}");
                }
            }
        }
        assert_eq!(table.classes("Freedonia"), 0);
        assert_eq!(table.classes("zzyzx"), 0);
        assert_eq!(table.classes(""), 0);
    }
}
