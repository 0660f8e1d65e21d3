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
        "They voted, and the panel now seems less \"tied to the port,\" Berg said.",
        "the panel now seems less \"tied to the port,\"",
        "Berg",
    ),
    Marks(
        "Lund's remarks about the judge were \"the worst kind of attack,\" Berg said.",
        "Lund's remarks about the judge were \"the worst kind of attack,\"",
        "Berg",
    ),
    // `fragment-opening-i`: "I" right after a lowercase word of the writer's.
    Marks(
        "The skipper made Lund row every morning so \"I would know the harbour by heart,\" Lund wrote.",
        "The skipper made Lund row every morning so \"I would know the harbour by heart,\"",
        "Lund",
    ),
    // (After a comma "I" opens the speaker's own sentence.)
    Not("In May, \"I think we lose the island,\" Lund said."),
];

/// What the `outer-relay` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const OUTER_RELAY: &[Example] = &[
    Marks(
        "Berg said the ferry \"would never run again,\" the mayor said.",
        "Berg said the ferry \"would never run again,\"",
        "mayor",
    ),
    // A cue inside a noun phrase of the clause: nested all the same.
    Marks(
        "Nothing the mayor said \"will calm the island,\" the clerk wrote.",
        "Nothing the mayor said \"will calm the island,\"",
        "clerk",
    ),
    // A subject stretch with its own phrase before the relay's cue.
    Marks(
        "Berg told the board the toll \"was far too high,\" a clerk at the town hall said.",
        "Berg told the board the toll \"was far too high,\"",
        "clerk at the town hall",
    ),
    // A pronoun after the quote is the clause's own speaker said again:
    // the claim is the clause after "said", Berg's (`verb-cue`).
    Not("Berg said the ferry \"would never run again,\" she said."),
    // The relay names the clause's own speaker again.
    Not("Berg said the ferry \"would never run again,\" Berg said."),
    // No cue in the clause: a plain quoted fragment (`quoted-fragment`).
    Not("The ferry \"would never run again,\" the mayor said."),
    // A question or a participle opening the clause is no attribution
    // nested in it.
    Not("Asked whether the ferry \"was safe enough,\" most skippers said yes."),
    Not("Mocking the \"ferry of the future,\" Berg said the plan was dead."),
    // A relay after a conjunction, after a quote no comma closes, or in
    // the next sentence, is another clause's.
    Not("Berg said the ferry should \"stay in port,\" but Lund said it would sail."),
    Not("Berg said the toll was \"far too high\" until Lund said it would fall."),
    Not("Lund said he would \"keep the ferry,\" the crowd cheered. Then Lund said, \"We won.\""),
];

/// A quoted fragment closing a clause that opens with unquoted words of the
/// writer (`The summit did "too little," he said.`): the quote is part of a
/// reported claim, the clause from the sentence start (past a dateline) to
/// the closing mark. Not when the quote ends a sentence of its own, or the
/// words before it hold a colon (`He said: "..."`) or another quote.
///
/// A cue in those words makes the quote the cue's (`Berg said the ferry
/// "would never run," she said.`: Berg's clause, said again), unless the
/// speaker `relay` (with its `cue`) after the quote is someone else: then
/// the attribution in the clause is nested in the relay's claim
/// (`outer-relay`).
pub(super) fn fragment_claim(
    doc: &Doc,
    quote: &Quote,
    relay: &Range<usize>,
    cue: &Range<usize>,
) -> Option<(Range<usize>, Rule)> {
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
    // (`..., and the panel now seems less "tied to the port," Berg said`).
    let start = (start + 1..quote.open)
        .rev()
        .find(|&k| {
            doc.word(k - 1) == ";"
                || (k >= start + 2
                    && doc.word(k - 2) == ","
                    && doc.has(k - 1, words::PLAIN_COORDINATOR))
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
    // (`fragment-opening-i`: "I" carries on the writer's words too, right
    // after a lowercase word of theirs: `... every morning so "I would know it,"`,
    // `so "I'd know it,"`.)
    let pronoun_i = doc.is_capitalized(first)
        && (doc.word(first) == "I"
            || (doc.word(first).starts_with("I'") || doc.word(first).starts_with("I’")))
        && quote.open > 0
        && doc.tokens[quote.open - 1].kind == TokenKind::Word
        && doc.word(quote.open - 1).chars().all(char::is_lowercase);
    let speech = quote.inner.len() >= 2
        && doc.tokens[first].kind == TokenKind::Word
        && (pronoun_i
            || doc
                .word(first)
                .chars()
                .next()
                .is_some_and(char::is_lowercase));
    let plain = speech
        && before.clone().all(|k| {
            doc.tokens[k].kind != TokenKind::Quote
                && !matches!(doc.word(k), ":" | ";" | "(")
                && !cues::according_to(doc, k)
        });
    if words < 2 || !plain {
        return None;
    }
    let Some(nested) = cue_in(doc, &before) else {
        return Some((trim_claim(doc, start..quote.after), Rule::QuotedFragment));
    };
    // `outer-relay`: a finite cue with its subject before it ("Asked
    // whether ...", "Bemoaning the ...": none), the quote handed on by a
    // comma, the relay right after it, naming someone else.
    let finite = nested > start && !cues::is_participle(doc, nested);
    // (A quote closing the text has no token after it.)
    let after = if doc.is(quote.after, ",") {
        quote.after + 1
    } else {
        quote.after
    };
    let adjacent = (after..relay.start.min(cue.start)).all(|k| speakers::is_determiner(doc, k));
    // (A relay the quote's sentence holds: no speaker phrase past a full stop.)
    let same_sentence = doc.sentence_of(cue.start) == doc.sentence_of(quote.open);
    (finite
        && ends_with_comma(doc, quote)
        && adjacent
        && same_sentence
        && names_someone_else(doc, relay, nested))
    .then(|| (trim_claim(doc, start..quote.after), Rule::OuterRelay))
}

/// The first cue in the writer's words `clause` before a quote ("Lund's
/// remarks", "the statement": a cue word after a possessive or determiner
/// is a noun, no cue).
pub(in crate::attribution) fn cue_in(doc: &Doc, clause: &Range<usize>) -> Option<usize> {
    clause.clone().find(|&k| {
        cues::is_reporting_verb(doc, k)
            && !(k > clause.start
                && (doc.word(k - 1) == "'s"
                    || doc.word(k - 1) == "’s"
                    || speakers::is_determiner(doc, k - 1)))
    })
}

/// A comma closes the quote, inside the marks or right after them.
fn ends_with_comma(doc: &Doc, quote: &Quote) -> bool {
    quote
        .inner
        .end
        .checked_sub(1)
        .is_some_and(|last| doc.word(last) == ",")
        || (quote.after < doc.tokens.len() && doc.word(quote.after) == ",")
}

/// The relay after the quote names someone other than the subject of the
/// `nested` cue: no pronoun (`she said` repeats the cue's speaker), and its
/// last word is not the one right before the cue (`Berg said ... Berg said`).
pub(in crate::attribution) fn names_someone_else(
    doc: &Doc,
    relay: &Range<usize>,
    nested: usize,
) -> bool {
    if relay.is_empty() {
        return false;
    }
    let head = doc.word(relay.end - 1);
    !speakers::is_pronoun(doc, relay.start)
        && nested.checked_sub(1).map(|k| doc.word(k)) != Some(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_fragment_closing_the_writers_clause_is_a_reported_claim() {
        let text = "With so many ferries, \"no one breakdown can stop the fleet,\" he said.";
        let doc = Doc::new(text);
        let found = find(&doc);
        assert_eq!(found.len(), 1);
        assert_eq!(found.nth(0).mode, ClaimMode::Reported);
        assert_eq!(
            found.nth(0).describe(&doc),
            (
                "With so many ferries, \"no one breakdown can stop the fleet,\"".into(),
                "he".into(),
                Some("said".into())
            )
        );
    }
}
