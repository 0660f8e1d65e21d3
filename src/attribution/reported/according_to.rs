//! "According to X": the claim after it, or before it.
use super::*;
use crate::text::NESTED_QUOTES_PASSED;

/// The most tokens a speaker after "according to" may span.
pub(super) const ACCORDING_TO_SPEAKER: usize = 30;
/// What the `according-to` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const ACCORDING_TO: &[Example] = &[
    Marks(
        "According to Lund, the port is busy.",
        "the port is busy",
        "Lund",
    ),
    Marks(
        "The port is busy, according to the harbour master.",
        "The port is busy",
        "harbour master",
    ),
    // No comma before a source that ends the sentence.
    Marks(
        "Lund leads Berg by 40 votes according to a count by the Herald.",
        "Lund leads Berg by 40 votes",
        "count by the Herald",
    ),
    // A sentence going on after a colon or opening in a bracket.
    Marks(
        "It did not go unnoticed: According to recent polls, Lund holds a third of the vote.",
        "Lund holds a third of the vote",
        "recent polls",
    ),
    Marks(
        "(According to the city police, it keeps no records of such fines.)",
        "it keeps no records of such fines",
        "city police",
    ),
    // Between a subordinate clause and its main clause: the whole sentence.
    Marks(
        "While most fines were small, according to a city official, two were large.",
        "While most fines were small, according to a city official, two were large",
        "city official",
    ),
    // After a main clause, the claim ends before the source.
    Marks(
        "When fines are small, they work well, according to Ola Berg, a judge.",
        "When fines are small, they work well",
        "Ola Berg",
    ),
    // A doubled closing mark with the comma inside it.
    Marks(
        "The visit in May became ''the high point of their ties,'' according to Ola Lund.",
        "The visit in May became ''the high point of their ties,''",
        "Ola Lund",
    ),
    // `clause-opening-source`: after a subordinator, the source opens the
    // clause that follows it.
    Marks(
        "Lund quit the paper in 2009 after, according to him, the owners cut his column.",
        "the owners cut his column",
        "him",
    ),
    Marks(
        "The mayor blamed the storm while - according to emails seen by the Herald - knowing the dam was weak.",
        "knowing the dam was weak",
        "emails seen by the Herald",
    ),
    // `that-is-according-to`: the pronoun stands for the claim before it.
    Marks(
        "Fares rose by a third. That's according to a count by the Harbour Times.",
        "That",
        "count by the Harbour Times",
    ),
    // `quote-opened-before`: a quote of several sentences and its relay.
    Marks(
        "“The port is shut. It stays shut,” Lund said, according to a recording of the broadcast.",
        "“The port is shut. It stays shut,” Lund said",
        "recording of the broadcast",
    ),
    Marks(
        "“The port is shut. Is it not?,” the harbourmaster said, according to the Herald.",
        "“The port is shut. Is it not?,” the harbourmaster said",
        "Herald",
    ),
    // `trailing-relative-source`: a relative clause closing the words
    // before the source is what the source vouches for ...
    Marks(
        "Lund lost in the towns with many farmers, who make up a third of the county, according to the census.",
        "who make up a third of the county",
        "census",
    ),
    Marks(
        "Berg says the fares are fair, which riders dispute - according to the Herald.",
        "which riders dispute",
        "Herald",
    ),
    // ... not one closed by a comma inside the claim.
    Marks(
        "The Vik Trust, which owns the pier, paid for the repairs, according to the Herald.",
        "The Vik Trust, which owns the pier, paid for the repairs",
        "Herald",
    ),
    // A dateline opening the sentence stays out of the claim before the source.
    Marks(
        "OSLO, May 3 (Wire) - The port was busy on Sunday, according to a count by the Herald.",
        "The port was busy on Sunday",
        "count by the Herald",
    ),
    Marks(
        "TROMSO - Lund holds a third of the vote according to the census.",
        "Lund holds a third of the vote",
        "census",
    ),
    Not("Things at the port went according to plan on Friday."),
    Not("Things at the port went according to the plan."),
    Not("Lund said in a statement according to the Herald."),
];

/// `according to X, <claim>` and `<claim>, according to X`.
pub(super) fn according_to(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::according_to(doc, i) {
        return None;
    }
    let mut first = i + 2;
    if speakers::is_determiner(doc, first) {
        first += 1;
    }
    let mut end = first;
    // A spaced dash closes the source as a comma does ("- according to
    // the files - knowing ...").
    while end < s.end
        && end - first < ACCORDING_TO_SPEAKER
        && !matches!(doc.word(end), "," | ";" | "(")
        && !doc.is_spaced_dash(end)
    {
        end += 1;
    }
    let speaker = trim_claim(doc, first..end);
    if speaker.is_empty() || !opens_source_phrase(doc, &speaker) {
        return None;
    }
    // "...: According to X, <claim>", "(According to X, <claim>.)".
    let opens_after = |mark: &str| i > s.start && doc.word(i - 1) == mark && doc.is_capitalized(i);
    let claim = if end < s.end
        && doc.word(end) == ","
        && (opens_sentence(doc, s, i) || opens_after(":") || opens_after("("))
    {
        let mut claim_end = s.end;
        if opens_after("(") {
            claim_end = (end + 1..s.end)
                .find(|&k| doc.word(k) == ")")
                .unwrap_or(s.end);
        }
        trim_claim(doc, end + 1..claim_end)
    } else if end < s.end
        && doc.word(end) == ","
        && i > s.start
        && doc.word(i - 1) == ","
        && (is_short_adjunct(doc, s.start..i - 1)
            || (doc.has(s.start, words::SUBORDINATOR)
                && (s.start..i - 1).all(|k| doc.word(k) != ",")))
    {
        // "While most were minor, according to X, two were serious": the
        // source vouches for the whole sentence, not its subordinate clause.
        // "About noon, according to a police timeline, the guards left": interposed.
        trim_claim(doc, s.start..s.end)
    } else if end < s.end
        && (doc.word(end) == "," || doc.is_spaced_dash(end))
        && opens_clause_before(doc, s, i)
    {
        // `clause-opening-source`: "after, according to him, the network
        // censured ...", "because - according to the files - the port ...":
        // the source opens the clause that the subordinator begins; the
        // claim is that clause, not the words before it. (After "said
        // that, according to X, ..." the cue's clause holds the source: a
        // nested attribution.)
        trim_claim(doc, end + 1..clause_end(doc, end + 1, s.end))
    } else if i > s.start + 1 && doc.word(i - 1) == "," && doc.is(i - 2, "that") {
        // "The Herald reported that, according to X, ...": nested in the
        // clause "that" opens, whose cue marks it whole.
        return None;
    } else if i > s.start && matches!(doc.word(i - 1), "," | "—" | "–" | "-") {
        let start = quote_opened_before(doc, s, i).unwrap_or(s.start);
        trim_claim(
            doc,
            trailing_relative(doc, start, i - 1).unwrap_or(start)..i - 1,
        )
    } else if doc
        .comma_in_mark_before(i)
        .is_some_and(|comma| comma >= s.start)
    {
        // `... "to discuss the test," according to a readout.`, also with
        // a doubled mark (`... ''the high point,'' according to Lund.`).
        trim_claim(doc, quote_opened_before(doc, s, i).unwrap_or(s.start)..i)
    } else if that_is(doc, s, i) {
        // `that-is-according-to`: "That's according to X": the pronoun,
        // standing for what came before, is the claim.
        s.start..s.start + 1
    } else if is_unmarked_trailing_source(doc, s, i, end) {
        trim_claim(doc, s.start..i)
    } else {
        return None;
    };
    // A dateline opening the sentence is no part of the claim before the
    // source ("OSLO, May 3 (Wire) - The port is busy, according to ...").
    let claim = if claim.start == s.start {
        skip_dateline(doc, claim)
    } else {
        claim
    };
    // `According to Lund, "We won. ..."`: the quote after the comma is a direct claim.
    let (claim, mode) = match opening_quote(doc, &claim) {
        Some(inner) => (inner, ClaimMode::Direct),
        None => (claim, ClaimMode::Reported),
    };
    (claim.len() >= 2 || that_is(doc, s, i)).then(|| Attribution {
        claim,
        mode,
        cue: Some(i..i + 2),
        source: Source::Phrase(speaker),
        rule: Rule::AccordingTo,
    })
}

/// `trailing-relative-source`: "Lund lost in the towns with many farmers,
/// who make up a third of the county, according to the census": a relative
/// clause that closes the words before the source (no comma after its
/// relative word), after a clause with a verb, is what the source vouches
/// for; the claim opens at its relative word.
fn trailing_relative(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    let rel = (from + 1..to).rev().find(|&k| {
        doc.has(k, words::SUBJECT_RELATIVE) && (doc.word(k - 1) == "," || doc.is_spaced_dash(k - 1))
    })?;
    ((rel..to).all(|k| doc.word(k) != ",") && (from..rel).any(|k| looks_like_verb(doc, k)))
        .then_some(rel)
}

/// `quote-opened-before`: `"The port is shut. It stays shut," Lund said,
/// according to a transcript.`: the sentence of the cue at `i` opens inside
/// a double quote that opened in an earlier sentence and closes before the
/// cue; the claim (the quote and the relay it holds, nested) opens at that
/// quote's opening mark, not mid-quote.
fn quote_opened_before(doc: &Doc, s: &Range<usize>, i: usize) -> Option<usize> {
    let before = doc.quotes.partition_point(|q| q.open < s.start);
    let q = doc.quotes[..before]
        .iter()
        .rev()
        .take(NESTED_QUOTES_PASSED + 1)
        .find(|q| !q.nested)?;
    (q.double && q.close.is_some_and(|close| close >= s.start && close < i)).then_some(q.open)
}

/// "That's according to", "This is according to": the sentence opens with
/// the pronoun and its copula right before the cue at `i`.
fn that_is(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    i == s.start + 2
        && doc.has(s.start, words::DEMONSTRATIVE_PRONOUN)
        && (doc.is(i - 1, "is") || doc.is_clitic_s(i - 1))
}

/// "after, according to", "because according to", "while - according to":
/// a subordinator (not "as") right before the cue at `i`, or before the
/// comma or spaced dash right before it, and not opening the sentence (a
/// sentence-opening subordinate clause is handled as the whole sentence).
fn opens_clause_before(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    let opener = |k: usize| k > s.start && doc.has(k, words::SUBORDINATOR) && !doc.is(k, "as");
    let k = if i > s.start && (doc.word(i - 1) == "," || doc.is_spaced_dash(i - 1)) {
        i - 1
    } else {
        i
    };
    k > s.start + 1 && opener(k - 1)
}

/// `<claim> according to a count by the Herald.`: no comma before a
/// source that runs to the sentence's end, named with a determiner, a
/// capital, a number or a pronoun ("went according to plan" is no source), after a
/// clause with a verb of its own.
fn is_unmarked_trailing_source(doc: &Doc, s: &Range<usize>, i: usize, end: usize) -> bool {
    let source = i + 2;
    i > s.start
        && doc.tokens[i - 1].kind == TokenKind::Word
        // "things went according to the plan": how it went, no source.
        && !doc.has(i - 1, words::GO)
        && (end >= s.end || (end + 1 == s.end && doc.word(end) == "."))
        && source < s.end
        && (speakers::is_determiner(doc, source)
            || doc.is_capitalized(source)
            || doc.tokens[source].kind == TokenKind::Number
            || speakers::is_pronoun(doc, source))
        && looks_like_clause(doc, s.start, i)
        // `"...," Vik said in a statement according to the paper`: a relay.
        && (s.start..i).all(|k| {
            doc.tokens[k].kind != TokenKind::Quote && !cues::is_reporting_verb(doc, k)
        })
}

/// The inside of a double quote opening at the start of `claim` and running
/// to its end or past it (its last sentence may lie beyond the claim's).
pub(super) fn opening_quote(doc: &Doc, claim: &Range<usize>) -> Option<Range<usize>> {
    if claim.is_empty() || doc.tokens[claim.start].kind != TokenKind::Quote {
        return None;
    }
    let q = doc.quote_from(claim.start)?;
    (q.open == claim.start && q.double && !q.nested && q.inner.end + 1 >= claim.end)
        .then(|| trim_claim(doc, q.inner.clone()))
}

/// A few words with no verb opening a sentence before a comma ("About
/// 10 p.m.", "In June").
pub(super) fn is_short_adjunct(doc: &Doc, r: Range<usize>) -> bool {
    r.len() <= 6
        && r.clone()
            .all(|k| !doc.has(k, words::FINITE) && !cues::is_reporting_verb(doc, k))
}

/// The first token of an "according to" source: a word, or a year or count
/// before one ("according to a 2019 study").
pub(super) fn opens_source_phrase(doc: &Doc, speaker: &Range<usize>) -> bool {
    // `according to her "buyback" plan`: a quoted word in the phrase.
    let quoted = |k: usize| doc.tokens[k].kind == TokenKind::Quote && speaker.len() > 2;
    match doc.tokens[speaker.start].kind {
        TokenKind::Quote => quoted(speaker.start),
        TokenKind::Word => true,
        // "a 2019 study", "a 12-count complaint".
        TokenKind::Number => {
            speaker.len() > 1
                && (doc.tokens[speaker.start + 1].kind == TokenKind::Word
                    || doc.word(speaker.start + 1) == "-")
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn according_to_before_and_after() {
        assert_eq!(
            reported("According to the coast guard, three boats sank."),
            [t("three boats sank", "coast guard", "According to")]
        );
        assert_eq!(
            reported("Three boats sank, according to local press reports."),
            [t("Three boats sank", "local press reports", "according to")]
        );
    }

    #[test]
    fn according_to_sources_with_quotes_and_counts() {
        assert_eq!(
            reported("According to her \"buyback\" plan, firms that leave must repay any aid."),
            [t(
                "firms that leave must repay any aid",
                "\"buyback\" plan",
                "According to"
            )]
        );
        assert_eq!(
            reported(
                "According to a 12-count complaint filed by the county, the men ran a scheme."
            ),
            [t(
                "the men ran a scheme",
                "12-count complaint filed by the county",
                "According to"
            )]
        );
    }

    #[test]
    fn according_to_a_dated_document() {
        assert_eq!(
            reported("According to a 2019 study by two economists, the port lost money."),
            [t(
                "the port lost money",
                "2019 study by two economists",
                "According to"
            )]
        );
    }

    #[test]
    fn according_to_around_quotes_and_adjuncts() {
        assert_eq!(
            reported("About noon, according to a police timeline, the guards left."),
            [t(
                "About noon, according to a police timeline, the guards left",
                "police timeline",
                "according to"
            )]
        );
        assert_eq!(
            reported(
                "Lund met the envoy \"to discuss the ferry line,\" according to a city readout."
            ),
            [t(
                "Lund met the envoy \"to discuss the ferry line,\"",
                "city readout",
                "according to"
            )]
        );
        let doc = Doc::new("According to Lund, \"The port is busy. The ferry is late.\" She left.");
        let mut found = Found::default();
        find(&doc, &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found.nth(0).mode, ClaimMode::Direct);
        assert_eq!(
            found.nth(0).describe(&doc).0,
            "The port is busy. The ferry is late"
        );
    }
}
