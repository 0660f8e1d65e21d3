//! A quoted fragment closing the writer's clause is a reported claim: `The summit did "too little," he said.`
use super::*;

/// How many tokens of the writer's words may open a clause before a quoted fragment.
pub(super) const FRAGMENT_WINDOW: usize = 60;

/// What the `quoted-fragment` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTED_FRAGMENT: &[Example] = &[
    Marks(
        "The summit did \"too little, too late,\" he said.",
        "The summit did \"too little, too late,\"",
        "he",
    ),
    Not("\"The summit did too little,\" he said."),
    // The clause after ", and"; a cue word after a possessive is a noun.
    Marks(
        "They voted, and the panel is less likely to be \"ruled by the port,\" Berg said.",
        "the panel is less likely to be \"ruled by the port,\"",
        "Berg",
    ),
    Marks(
        "Lund's remarks about the judge were \"the worst kind of attack,\" Berg said.",
        "Lund's remarks about the judge were \"the worst kind of attack,\"",
        "Berg",
    ),
];

/// A quoted fragment closing a clause that opens with unquoted words of the
/// writer (`The summit did "too little," he said.`): the quote is part of a
/// reported claim, the clause from the sentence start (past a dateline) to
/// the closing mark. Not when the quote ends a sentence of its own, or the
/// words before it hold a cue or a colon (`He said: "..."`).
pub(super) fn fragment_claim(doc: &Doc, quote: &Quote) -> Option<Range<usize>> {
    let last = quote.inner.end.checked_sub(1)?;
    if quote.close.is_none() || matches!(doc.word(last), "." | "?" | "!" | "…") {
        return None;
    }
    let sentence = &doc.sentences[doc.sentence_of(quote.open)];
    // A clause of the writer's words before a quote is short: a window keeps
    // a long sentence of quotes linear.
    if quote.open - sentence.start > FRAGMENT_WINDOW {
        return None;
    }
    let start = crate::attribution::reported::skip_dateline(doc, sentence.start..quote.open).start;
    // The clause the quote closes opens after ", and", ", but" or ";"
    // (`..., and the group is less likely to be "overrun," Hoover said`).
    let start = (start + 1..quote.open)
        .rev()
        .find(|&k| {
            doc.word(k - 1) == ";"
                || (k >= start + 2
                    && doc.word(k - 2) == ","
                    && (doc.is(k - 1, "and") || doc.is(k - 1, "but")))
        })
        .unwrap_or(start);
    let before = start..quote.open;
    let words = before
        .clone()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    // Speech quoted mid-sentence opens lowercase ("is a misguided approach");
    // a title or a name does not ("his show "Morning Talk"").
    let first = quote.inner.start;
    let speech = quote.inner.len() >= 2
        && doc.tokens[first].kind == TokenKind::Word
        && doc
            .word(first)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    let plain = speech
        && before.clone().all(|k| {
            doc.tokens[k].kind != TokenKind::Quote
                && !matches!(doc.word(k), ":" | ";" | "(")
                // ("Lund's remarks", "the statement": a cue word after a
                // possessive or determiner is a noun, no cue.)
                && !(cues::is_reporting_verb(doc, k)
                    && !(k > start
                        && (doc.word(k - 1) == "'s"
                            || doc.word(k - 1) == "’s"
                            || speakers::is_determiner(doc, k - 1))))
                && !cues::according_to(doc, k)
        });
    (words >= 2 && plain).then(|| trim_claim(doc, start..quote.after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_fragment_closing_the_writers_clause_is_a_reported_claim() {
        let text = "With so many ferries, \"there is no single point of failure,\" he said.";
        let doc = Doc::new(text);
        let found = find(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found.nth(0).mode, ClaimMode::Reported);
        assert_eq!(
            found.nth(0).describe(&doc),
            (
                "With so many ferries, \"there is no single point of failure,\"".into(),
                "he".into(),
                Some("said".into())
            )
        );
    }
}
