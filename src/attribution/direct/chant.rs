//! Chants: `supporters responded with chants of "…"`.
use super::*;

/// What the `chant` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CHANT: &[Example] = &[
    Marks(
        "Supporters of Lund responded with chants of \"Lund for mayor\" outside the hall.",
        "Lund for mayor",
        "Supporters of Lund",
    ),
    Not("The minister was greeted with chants of \"Resign now\" at the port."),
];

/// `supporters responded with chants of "..."`, `their cries of "..."`: a
/// quote after a chant noun (`chant` in `data/attribution_words.tsv`) and
/// "of" is the chanters' words, when they are named: a possessor of the noun,
/// or the subject of the verb before "with" (not a passive: "was greeted
/// with chants of" names no chanter). The cue is the noun.
pub(super) fn chant(doc: &Doc, quote: &Quote) -> Option<(Range<usize>, Range<usize>)> {
    let noun = quote.open.checked_sub(2)?;
    if !doc.is(noun + 1, "of") || !doc.has(noun, words::CHANT) {
        return None;
    }
    let floor = doc.sentences[doc.sentence_of(noun)].start;
    let prev = noun.checked_sub(1).filter(|&p| p >= floor)?;
    let phrase = if speakers::is_possessive_pronoun(doc, prev) {
        Some(prev..noun)
    } else if doc.is_clitic_s(prev) {
        speakers::phrase_before(doc, prev, floor)
    } else if doc.is(prev, "with") && prev >= floor + 2 {
        let verb = prev - 1;
        let active = doc.tokens[verb].kind == TokenKind::Word
            && !doc.is_capitalized(verb)
            && !speakers::is_pronoun(doc, verb)
            && !doc.has(verb, words::ADDRESSEE)
            && !doc.has(verb, words::FUNCTION_WORD)
            && !doc.has(verb - 1, words::BE);
        active
            .then(|| {
                speakers::phrase_before(doc, verb, floor)
                    .or_else(|| plain_phrase_before(doc, verb, floor))
            })
            .flatten()
    } else {
        None
    };
    Some((phrase?, noun..noun + 1))
}

#[cfg(test)]
mod tests {
    use crate::attribution::direct::tests::{direct, t};

    #[test]
    fn chants_are_the_words_of_the_named_chanters() {
        assert_eq!(
            direct("The crowd answered with chants of \"Berg! Berg!\" as the mayor walked in."),
            [t("Berg! Berg", "crowd", Some("chants"))]
        );
        assert_eq!(
            direct("Lund supporters responded with cries of \"Four more years\" at the hall."),
            [t("Four more years", "Lund supporters", Some("cries"))]
        );
        assert_eq!(
            direct("But their chants of \"Lund! Lund!\" were cut short."),
            [t("Lund! Lund", "their", Some("chants"))]
        );
        // No chanter named: a passive, a listener before "with", a title.
        assert!(
            direct("The mayor was greeted with chants of \"Berg!\" at a union hall.").is_empty()
        );
        assert!(direct("The crowd greeted him with chants of \"Out!\" at the gate.").is_empty());
        assert!(direct("It was a story of \"Harbour Lights\" and its crew.").is_empty());
    }
}
