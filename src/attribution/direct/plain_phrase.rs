//! Plain noun phrase speakers (`the 41-year-old father of three`), before or after a cue.
use super::*;

/// How many tokens a plain noun phrase speaker may span ("the 34-year-old
/// mother of four", "a narrator in the campaign ad").
pub(super) const PLAIN_PHRASE_WINDOW: usize = 10;

/// A token inside a plain noun phrase: a word that is no function word,
/// pronoun or reporting verb, a number, a possessive, or a slash or hyphen
/// glued to a word ("9/11", "34-year-old").
pub(super) fn is_plain_phrase_token(doc: &Doc, k: usize) -> bool {
    match doc.tokens[k].kind {
        TokenKind::Word => {
            !doc.has(k, crate::attribution::words::FUNCTION_WORD)
                && !speakers::is_pronoun(doc, k)
                && !cues::is_reporting_verb(doc, k)
        }
        TokenKind::Number => true,
        TokenKind::Punct => {
            matches!(doc.word(k), "-" | "/")
                && !doc.tokens[k].space_before
                && doc.tokens.get(k + 1).is_some_and(|t| !t.space_before)
        }
        TokenKind::Quote => false,
    }
}

/// Where a plain noun phrase may open: the window's floor, or after a
/// comma, a quote mark, "and" or "but".
pub(super) fn opens_phrase(doc: &Doc, det: usize, floor: usize) -> bool {
    det == floor
        || (det > floor
            && (doc.word(det - 1) == ","
                || doc.tokens[det - 1].kind == TokenKind::Quote
                || doc.is(det - 1, "and")
                || doc.is(det - 1, "but")))
}

/// `"...?" a narrator asks`, `the 41-year-old father of three replied, "..."`:
/// a determiner opening a plain noun phrase (any noun, with a complement)
/// just before a reporting verb group at `end` speaks, whatever the noun.
/// The span leaves the determiner out.
pub(in crate::attribution) fn plain_phrase_before(
    doc: &Doc,
    end: usize,
    floor: usize,
) -> Option<Range<usize>> {
    let last = end.checked_sub(1).filter(|&l| l > floor)?;
    if !matches!(doc.tokens[last].kind, TokenKind::Word | TokenKind::Number)
        || !is_plain_phrase_token(doc, last)
    {
        return None;
    }
    let mut k = last;
    while k > floor && last - k < PLAIN_PHRASE_WINDOW {
        let prev = k - 1;
        if speakers::is_determiner(doc, prev) {
            if opens_phrase(doc, prev, floor) {
                // "one of the men": a quantifier, not a phrase of its own.
                return (!doc.has(k, words::PLAIN_LINK)).then_some(prev + 1..end);
            }
            // "the mother of the twins": a complement's determiner.
            if prev > floor && doc.has(prev - 1, words::PLAIN_LINK) {
                k = prev - 1;
                continue;
            }
            return None;
        }
        if is_plain_phrase_token(doc, prev)
            || doc.has(prev, words::PLAIN_LINK)
            || (doc.tokens[prev].kind == TokenKind::Word && doc.word(prev) == "'s")
        {
            k = prev;
        } else {
            return None;
        }
    }
    None
}

/// `"...," said the 41-year-old father of three.`, `said 9/11 widow Ann
/// Lund`: an inverted speaker that is a plain noun phrase after a
/// determiner, or opens with a number. It runs to a comma, a stop, a quote
/// mark or a preposition other than a complement's ("of", "for", "from").
pub(super) fn plain_phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    if start >= ceiling {
        return None;
    }
    let determiner = speakers::is_determiner(doc, start);
    let first = if determiner { start + 1 } else { start };
    if first >= ceiling {
        return None;
    }
    let mut end = first;
    while end < ceiling && end - first < PLAIN_PHRASE_WINDOW {
        let link = doc.has(end, words::PLAIN_LINK)
            && !doc.is(end, "in")
            && end > first
            && end + 1 < ceiling
            && (is_plain_phrase_token(doc, end + 1) || speakers::is_determiner(doc, end + 1));
        if is_plain_phrase_token(doc, end)
            || link
            || (end > first && speakers::is_determiner(doc, end) && doc.is(end - 1, "of"))
            || doc.word(end) == "'s"
        {
            end += 1;
        } else {
            break;
        }
    }
    // The phrase ends at a boundary, not inside a run the window cut.
    let closed = end == ceiling
        || matches!(
            doc.word(end),
            "," | "." | ";" | ":" | "!" | "?" | "(" | "—" | "–"
        )
        || doc.tokens[end].kind == TokenKind::Quote
        || doc.has(end, crate::attribution::words::FUNCTION_WORD);
    let words = (first..end).any(|k| doc.tokens[k].kind == TokenKind::Word);
    // With no determiner, a number opens the phrase or a name ends it
    // ("flood widow Ann Lund").
    let anchored = determiner
        || doc.tokens[first].kind == TokenKind::Number
        || (end > first
            && doc.tokens[end - 1].kind == TokenKind::Word
            && doc.is_capitalized(end - 1));
    (closed && words && anchored && end > first && is_plain_phrase_token(doc, end - 1))
        .then_some(first..end)
}

#[cfg(test)]
mod tests {
    use crate::attribution::direct::tests::{direct, t};

    #[test]
    fn a_plain_noun_phrase_introduces_a_quote() {
        assert_eq!(
            direct(
                "Asked about the fares, the 52-year-old father of two replied, \"They will rise.\""
            ),
            [t(
                "They will rise",
                "52-year-old father of two",
                Some("replied")
            )]
        );
        assert_eq!(
            direct("The clip shows footage of Ann Berg asking, \"Why is the ferry late again?\""),
            [t("Why is the ferry late again", "Ann Berg", Some("asking"))]
        );
    }
}
