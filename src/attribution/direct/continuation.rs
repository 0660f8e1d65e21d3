//! Quotes that carry on an earlier attribution: a participle (`"…," said Lund, adding later, "…"`), a quote paragraph with none of its own, a quote sentence after a cue ending the sentence before.
use super::*;

/// What the `participle-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const PARTICIPLE_QUOTE: &[Example] = &[
    Marks(
        "\"We won,\" said Lund, adding later, \"The count was fair.\"",
        "The count was fair",
        "Lund",
    ),
    Not("The crowd was singing, \"We won the count today.\""),
    // The comma inside the first quote's marks.
    Marks(
        "She said she kept thinking, ''This cannot be real,'' adding, ''I had no words for it.''",
        "I had no words for it",
        "She",
    ),
    // After a reported claim of the same sentence.
    Marks(
        "Lund told the radio that the mayor \"had a mad plan,\" adding, \"He lost every vote in the valley.\"",
        "He lost every vote in the valley",
        "Lund",
    ),
    // After quoted words of the subject.
    Marks(
        "In the email, Dahl called the move a \"breach of trust,\" adding: \"I insist on a vote.\"",
        "I insist on a vote",
        "Dahl",
    ),
    Not("Lund left. The crowd kept singing, \"We won the count today.\""),
    // "that" between the participle and a quote that is its whole clause.
    Marks(
        "Lund said of the fee, ''I can't support it,'' adding that ''the crews feel a fury that is hard to calm.''",
        "the crews feel a fury that is hard to calm",
        "Lund",
    ),
];

/// `, adding (later), "`: a participial cue after a comma, introducing the
/// quote that opens at `open`.
pub(super) fn participle_before(doc: &Doc, open: usize) -> Option<Range<usize>> {
    let mut k = open.checked_sub(1)?;
    if matches!(doc.word(k), "," | ":") {
        k = k.checked_sub(1)?;
    }
    if doc.has(k, words::CONTINUATION_ADVERB) {
        k = k.checked_sub(1)?;
    }
    // `, adding that "the crews are angry"`: the quote is the whole clause.
    if doc.is(k, "that") {
        k = k.checked_sub(1)?;
    }
    // The comma may sit inside the marks of the quote before (`...,'' adding, ''`).
    let comma_before = doc.word(k.checked_sub(1)?) == "," || doc.comma_in_mark_before(k).is_some();
    (comma_before && cues::is_participle(doc, k)).then_some(k..k + 1)
}

/// What the `split-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const SPLIT_QUOTE: &[Example] = &[
    Marks(
        "\"The yard was ours,\" said Eva Dahl, head of studies at the harbour school in Bergen, \"but the town now builds on it.\"",
        "but the town now builds on it",
        "Eva Dahl",
    ),
    Marks(
        "\"The yard was ours,\" said Eva Dahl, who has taught at the harbour school in Bergen for thirty years, \"and we want it back.\"",
        "and we want it back",
        "Eva Dahl",
    ),
    // A stop between: a new sentence, not the same quote resumed.
    Not("\"The yard was ours.\" Eva Dahl left the meeting of the harbour school board in Bergen. And then, \"but the town now builds on it.\""),
    // No comma before the second quote: the writer's words quoting a name.
    Not("\"The yard was ours,\" said Eva Dahl, head of studies at the harbour school known as \"the old yard.\""),
];

/// `"…," said Eva Dahl, head of studies at the school in Bergen, "but …"`:
/// a quote opening after a comma, in the sentence of the last quote, with
/// that quote's cue between them and no other quote mark, resumes the quote
/// its attribution interrupted (however long the speaker's apposition).
pub(super) fn resumes_split_quote(doc: &Doc, quote: &Quote, prev: &Attribution) -> bool {
    let Some(cue) = &prev.cue else {
        return false;
    };
    prev.rule == Rule::QuoteAfter
        && quote.open > 0
        && doc.word(quote.open - 1) == ","
        && cue.end <= quote.open
        && doc.sentence_of(cue.start) == doc.sentence_of(quote.open)
        && (cue.end..quote.open).all(|k| doc.tokens[k].kind != TokenKind::Quote)
}

/// `Lund told the radio that the mayor "…," adding, "…"`: a quote after a
/// participle carries on the last attribution of its sentence whose cue
/// comes before it, of any mode (run once every other pass has marked its
/// claims, quoted words included).
pub fn participle_quotes(doc: &Doc, found: &mut Found) {
    let claimed = found.claim_starts(doc.tokens.len());
    for quote in doc.quotes.iter().filter(|q| q.double && !q.nested) {
        let claim = trim_claim(doc, quote.inner.clone());
        if claim.len() < MIN_CONTINUATION_TOKENS || claimed[claim.start] {
            continue;
        }
        let Some(cue) = participle_before(doc, quote.open) else {
            continue;
        };
        let s = doc.sentence_of(cue.start);
        let carried = found.live().filter(|(_, a)| {
            a.cue
                .as_ref()
                .is_some_and(|c| c.end <= cue.start && doc.sentence_of(c.start) == s)
        });
        if let Some((j, _)) = carried.last() {
            found.push(Attribution {
                claim,
                mode: ClaimMode::Direct,
                cue: Some(cue),
                source: Source::SameAs(j),
                rule: Rule::ParticipleQuote,
            });
        }
    }
}

/// What the `continuation-paragraph` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CONTINUATION_PARAGRAPH: &[Example] = &[
    // Up to two sentences of the writer's, with no cue and no quote, between.
    Marks(
        "\"I fix boats,\" said Ola Berg, half smiling. He runs a crew of ten. \"But I like the work.\"",
        "But I like the work",
        "Ola Berg",
    ),
    Not("\"I fix boats,\" said Ola Berg. Kari Lund said the yard was full. \"But I like the work.\""),
    Marks("\"We won,\" Lund said.\n\n\"The count was fair and the result is clear.\"", "The count was fair and the result is clear", "Lund"),
    Not("\"We won,\" Lund said.\n\nThe council met on Friday.\n\n\"The count was fair and the result is clear.\""),
    // The writer's words after a quote closed by its own comma comment on it.
    Marks(
        "\"We are tired,\" said Ola Holm, a spokesman for the union, which has 300 members. \"He has been very hard on the toll,\" which Holm thinks will hurt the crews.",
        "He has been very hard on the toll",
        "Ola Holm",
    ),
    // An inverted verb and a name after the quote: its own attribution.
    Not("\"We won,\" Lund said.\n\n\"Our goals in life have changed,\" agrees Kari Holm, 30, of Bergen."),
    // `quote-marks-kept`: a single-mark paragraph after double-mark quotes
    // is a subhead; in single-mark copy it continues the speaker.
    Not("''We won,'' Lund said.\n\n'A long night at the harbour.'\n\nThe count ended at dawn."),
    Marks("'We won the vote,' Lund said.\n\n'The count was fair and the result is clear.'", "The count was fair and the result is clear", "Lund"),
    // A cue of its own, even with no speaker phrase found: not Lund's.
    Not("\"We won,\" Lund said.\n\n\"The count was fair,\" a man who stood by the door said."),
    // `handed-to-a-verb`: an attribution of its own with a verb no cue.
    Not("\"We won,\" Lund said.\n\n\"Was the count fair, though?\" a clerk in the hall wondered."),
    Not("\"We won,\" Lund said.\n\n\"We will see about that, my friends,\" Berg went on, smiling."),
];

/// `quote-marks-kept`: a quote continuing a speaker is written with the
/// marks of the speaker's quote. A paper that prints quotes in double marks
/// uses single ones for something else (a quoted subhead between sections,
/// `''We will stay,'' Lund said.` then the paragraph `'A long way home.'`);
/// a paper that quotes in single marks continues in single marks.
pub(super) fn keeps_marks(quote: &Quote, previous_double: bool) -> bool {
    quote.double || !previous_double
}

/// A quote with no attribution continues the last speaker when it opens its
/// sentence and follows that speaker's quote: in the same paragraph, or at
/// the start of the next one.
pub(super) fn continues(
    doc: &Doc,
    quote: &Quote,
    paragraph: usize,
    prev_paragraph: usize,
    prev_end: usize,
    len: usize,
) -> bool {
    // A short quote continues only as a whole sentence in the same paragraph
    // (`..." Berg asked. "Neither do I."`, `"Sold?"`: a word and its stop):
    // shorter ones are scare quotes.
    let whole_sentence = quote.inner.len() >= 2
        && matches!(doc.word(quote.inner.end - 1), "." | "!" | "?")
        && paragraph == prev_paragraph;
    if len < MIN_CONTINUATION_TOKENS && !whole_sentence {
        return false;
    }
    let sentence = &doc.sentences[doc.sentence_of(quote.open)];
    if sentence.start != quote.open
        || is_title_case(doc, quote)
        || has_own_cue(doc, quote)
        || hands_over_to_a_verb(doc, quote)
    {
        return false;
    }
    // `"You squeezed them" to raise the price, she said`: the writer's words
    // go on after the quote, which is part of their sentence, not a continuation.
    // (`"He has been hard on the toll," which Holm thinks ...`: a quote
    // closed by its own comma or stop is an utterance; the writer's words
    // after it comment on it.)
    // `"You squeezed them" to raise the price, she said`: the writer's words
    // go on after the quote to an attribution of its own.
    if writer_carries_on(doc, quote)
        && (quote.after..sentence.end).any(|k| cues::is_reporting_verb(doc, k))
    {
        return false;
    }
    if paragraph == prev_paragraph {
        // The attribution sentence, and up to two sentences of the writer's
        // with no cue and no quote (`..., said Berg, half smiling. He runs a
        // team of ten. "But I like the work."`), may separate the two quotes.
        let prev_sentence = doc.sentence_of(prev_end);
        let s = doc.sentence_of(quote.open);
        return s <= prev_sentence + 1
            || (s <= prev_sentence + 3
                && (doc.sentences[prev_sentence + 1].start..quote.open).all(|k| {
                    doc.tokens[k].kind != TokenKind::Quote && !cues::is_reporting_verb(doc, k)
                }));
    }
    paragraph == prev_paragraph + 1 && doc.paragraphs[paragraph].start == quote.open
}

/// `"...," a man who stood by the door said.`: the quote hands over to a
/// cue of its own in its sentence (a reporting verb after the closing
/// comma, before any stop or quote mark), even where no speaker phrase was
/// found; it never silently takes the previous speaker.
fn has_own_cue(doc: &Doc, quote: &Quote) -> bool {
    let Some(close) = quote.close else {
        return false;
    };
    let end = doc.sentences[doc.sentence_of(close)]
        .end
        .min(quote.after + quote_after::AFTER_WINDOW);
    ends_for_attribution(doc, quote)
        && ((quote.after..end)
            .take_while(|&k| !is_boundary(doc, k) && !matches!(doc.word(k), "." | "!" | "?"))
            .any(|k| cues::is_reporting_verb(doc, k) && !cues::is_participle(doc, k))
            || inverted_verb_and_name(doc, quote.after, end))
}

/// `handed-to-a-verb`: `"...," Lund went on.`, `"...?" a clerk in the hall
/// wondered.`: a quote handed over ([`hands_over`]) to a phrase opening with
/// a name, a determiner or a pronoun has an attribution of its own, whatever
/// its verb (not in the cue lexicon), and never continues the previous
/// speaker (`"...," which Holm thinks ...` does).
fn hands_over_to_a_verb(doc: &Doc, quote: &Quote) -> bool {
    let next = past_comma(doc, quote.after, doc.tokens.len());
    hands_over(doc, quote)
        && doc.tokens[next].space_before
        && (doc.is_capitalized(next)
            || speakers::is_determiner(doc, next)
            || speakers::is_pronoun(doc, next))
}

/// `"...," agrees Kari Holm, 30, of Bergen.`: right after the quote a
/// lowercase "-s" or "-ed" verb and a capitalised name, an inverted
/// attribution whatever the verb (not in the cue lexicon).
fn inverted_verb_and_name(doc: &Doc, after: usize, end: usize) -> bool {
    let first = past_comma(doc, after, end);
    if first + 2 >= end {
        return false;
    }
    let verb = doc.word(first);
    doc.tokens[first].kind == TokenKind::Word
        && verb.len() > 3
        && verb.chars().all(char::is_lowercase)
        && (verb.ends_with('s') || verb.ends_with("ed"))
        && doc.tokens[first + 1].kind == TokenKind::Word
        && doc.is_capitalized(first + 1)
        && doc.tokens[first + 2].kind == TokenKind::Word
        && doc.is_capitalized(first + 2)
}

/// The token after a quote's closing mark at `after`, past a comma written
/// outside the mark (`"...", agrees Holm`).
fn past_comma(doc: &Doc, after: usize, end: usize) -> usize {
    after + usize::from(after < end && doc.word(after) == ",")
}

/// `handed-over-quote`: `"Go home," Berg barked.`, `"...," the letter
/// reads.`: a quote closed by a comma, "?" or "!" and followed by more words
/// of its sentence hands over to an attribution of its own, with a verb not
/// in the cue lexicon; it never carries on the speaker of the sentence
/// before.
fn hands_over(doc: &Doc, quote: &Quote) -> bool {
    let Some(close) = quote.close else {
        return false;
    };
    let next = past_comma(doc, quote.after, doc.tokens.len());
    ends_for_attribution(doc, quote)
        && next < doc.sentences[doc.sentence_of(close)].end
        && doc.tokens[next].kind == TokenKind::Word
        // (With a cue after it, `"...," Vik added.`, the speaker is most
        // often the one before, whose attribution the quote's own missed.)
        && !has_own_cue(doc, quote)
}

/// What the `continuation-sentence` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CONTINUATION_SENTENCE: &[Example] = &[
    Marks(
        "The port will close, Kolb said. \"The rest of the harbour stays open for now.\"",
        "The rest of the harbour stays open for now",
        "Kolb",
    ),
    // A quote paragraph right after the attribution's paragraph carries it on.
    Marks(
        "The port will close, Kolb said.\n\n\"The rest of the harbour stays open for now.\"",
        "The rest of the harbour stays open for now",
        "Kolb",
    ),
    // Not a quote inside the next paragraph, nor one paragraph further on.
    Not("The port will close, Kolb said.\n\nThe ferry ran late. \"The rest of the harbour stays open for now.\""),
    Not("The port will close, Kolb said.\n\nThe ferry ran late.\n\n\"The rest of the harbour stays open for now.\""),
    // `handed-over-quote`: an attribution of its own after the quote, whatever its verb.
    Not("The port will close, Kolb said. \"Go back to the ferry,\" Berg barked at the crowd."),
    Not("The port will close, Kolb said. \"Why now?\" the harbour master wondered aloud."),
    // `carried-continuation`: the writer's words carry the quote on: the
    // sentence is one reported claim; not with an attribution of its own.
    Marks(
        "The port will close, Kolb said. \"The crews want the quay back\" by the summer.",
        "\"The crews want the quay back\" by the summer",
        "Kolb",
    ),
    Not("The port will close, Kolb said. \"The crews want the quay\" by May, Berg said."),
    // A reported claim running to the end of the sentence before.
    Marks(
        "Kolb said the port would close on Friday after the storm. \"We have no choice.\"",
        "We have no choice",
        "Kolb",
    ),
];

/// Quote paragraphs and sentences that carry on an attribution of any mode
/// made in the sentence just before them (`..., Kolb said. "The rest ..."`),
/// in the same paragraph or ending the paragraph before a quote paragraph.
pub fn continuations(doc: &Doc, found: &mut Found) {
    // Claim starts, by token (no hashing: std's hasher costs the wasm a kilobyte).
    let claimed = found.claim_starts(doc.tokens.len());
    // The last attribution whose cue lies in each sentence.
    let mut cue_in_sentence: Vec<Option<Id>> = vec![None; doc.sentences.len()];
    for (j, a) in found.live() {
        if let Some(c) = &a.cue {
            let s = doc.sentence_of(c.start);
            if cue_in_sentence[s]
                .is_none_or(|k| found[k].cue.as_ref().is_none_or(|kc| kc.start <= c.start))
            {
                cue_in_sentence[s] = Some(j);
            }
        }
    }
    for quote in doc.quotes.iter().filter(|q| q.double && !q.nested) {
        let claim = trim_claim(doc, quote.inner.clone());
        if claim.len() < MIN_CONTINUATION_TOKENS || claimed[claim.start] {
            continue;
        }
        let s = doc.sentence_of(quote.open);
        if s == 0 || doc.sentences[s].start != quote.open || hands_over(doc, quote) {
            continue;
        }
        let previous = doc.sentences[s - 1].clone();
        // Across a paragraph break only a quote opening its paragraph
        // carries on (a quote paragraph after the speaker's paragraph).
        let paragraph = doc.paragraph_of(quote.open);
        let across = doc.paragraph_of(previous.start) != paragraph;
        if across
            && (doc.paragraph_of(previous.start) + 1 != paragraph
                || doc.paragraphs[paragraph].start != quote.open)
        {
            continue;
        }
        // The attribution whose cue sits at the end of the previous
        // sentence, or whose claim runs to its end (`Lund said the port
        // would close on Friday after the storm. "..."`).
        let Some(j) = cue_in_sentence[s - 1].filter(|&j| {
            found[j]
                .cue
                .as_ref()
                .is_some_and(|c| c.end <= previous.end && previous.end - c.end <= 8)
                || (found[j].mode == ClaimMode::Reported
                    && found[j].claim.end <= previous.end
                    && previous.end - found[j].claim.end <= 2)
        }) else {
            continue;
        };
        let cue = found[j].cue.clone();
        let (claim, mode) = carried_claim(doc, quote).unwrap_or((claim, ClaimMode::Direct));
        found.push(Attribution {
            claim,
            mode,
            cue,
            source: Source::SameAs(j),
            rule: Rule::ContinuationSentence,
        });
    }
    fragment_continuations(doc, found, &cue_in_sentence);
}

/// `carried-continuation`: `"You squeezed the crews" to lift the price.`
/// after the speaker's sentence: the writer's words carry the quote on, so
/// the whole sentence is the speaker's reported claim, quote inside.
pub(super) fn carried_claim(doc: &Doc, quote: &Quote) -> Option<(Range<usize>, ClaimMode)> {
    let sentence = &doc.sentences[doc.sentence_of(quote.open)];
    (sentence.start == quote.open && writer_carries_on(doc, quote)).then(|| {
        (
            trim_claim(doc, quote.open..sentence.end),
            ClaimMode::Reported,
        )
    })
}

/// How many tokens may follow a quote's cue before its sentence ends
/// (`"...," he said outside the building.`, `"...," said Kolb, who chairs
/// the harbour board.`).
const CUE_TAIL: usize = 16;

/// The attribution after a quote ends its sentence: no more than a tail of
/// words after the cue at `cue_end` (its speaker, an adjunct, an
/// apposition), with no quote mark or cue of its own.
fn attribution_ends(doc: &Doc, cue_end: usize, sentence: &Range<usize>) -> bool {
    sentence.end - cue_end <= CUE_TAIL
        && (cue_end..sentence.end)
            .all(|k| doc.tokens[k].kind != TokenKind::Quote && !cues::is_reporting_verb(doc, k))
}

/// `continuation-fragment`: `"...," Kolb said. But that is not "what the
/// port was built for."` The sentence right after a quote's attribution
/// (`"...," X said.` ending it), in the same paragraph, opening with a word
/// and holding the speaker's quoted words, with no attribution or claim of
/// its own, carries the speaker on: a reported claim (the writer's words
/// around a quoted fragment), on the quote's cue. Not a sentence opening
/// with a subordinator (`While the port is "busy," ...`: the writer's own
/// clause) or introducing a quote with a colon.
fn fragment_continuations(doc: &Doc, found: &mut Found, cue_in_sentence: &[Option<Id>]) {
    let covered = found.claimed_tokens(doc.tokens.len());
    let mut added = Vec::new();
    let mut own_marks: Option<(usize, OwnMarks)> = None;
    for quote in doc.quotes.iter().filter(|q| q.double && !q.nested) {
        let s = doc.sentence_of(quote.open);
        let sentence = doc.sentences[s].clone();
        if s == 0
            || quote.open == sentence.start
            || doc.tokens[sentence.start].kind != TokenKind::Word
            || doc.has(sentence.start, words::SUBORDINATOR)
            || doc.paragraph_of(sentence.start) != doc.paragraph_of(doc.sentences[s - 1].start)
            || added.last().is_some_and(|(at, _, _)| *at == s)
        {
            continue;
        }
        // (`''The Deep'' returns in May.`, `the "Club of Ten"`: a title or
        // a name in marks is no one's words.)
        let words_quoted = quote.inner.clone().any(|k| {
            doc.tokens[k].kind == TokenKind::Word
                && doc.word(k).chars().all(char::is_lowercase)
                && !doc.has(k, words::FUNCTION_WORD)
        });
        let previous = doc.sentences[s - 1].clone();
        let Some(j) = cue_in_sentence[s - 1].filter(|&j| {
            let a = &found[j];
            words_quoted
                && a.mode == ClaimMode::Direct
                && a.cue.as_ref().is_some_and(|c| {
                    c.start > a.claim.end && attribution_ends(doc, c.end, &previous)
                })
        }) else {
            continue;
        };
        // No claim, cue or colon of its own outside the quoted words. (Read
        // once per sentence, however many quotes it holds.)
        let own = match own_marks {
            Some((at, own)) if at == s => own,
            _ => {
                let own = own_marks_in(doc, &covered, &sentence);
                own_marks = Some((s, own));
                own
            }
        };
        if own.claimed
            || own
                .cues
                .is_some_and(|(first, last)| first < quote.open || last >= quote.after)
        {
            continue;
        }
        // A quote opened in the claim carries it past the sentence's end.
        let end = quote
            .close
            .map_or(sentence.end, |close| {
                doc.sentences[doc.sentence_of(close)].end
            })
            .max(sentence.end);
        if (sentence.end..end).any(|k| covered[k]) {
            continue;
        }
        let claim = trim_claim(doc, sentence.start..end);
        if claim.len() >= MIN_CONTINUATION_TOKENS {
            added.push((s, claim, j));
        }
    }
    for (_, claim, j) in added {
        let cue = found[j].cue.clone();
        found.push(Attribution {
            claim,
            mode: ClaimMode::Reported,
            cue,
            source: Source::SameAs(j),
            rule: Rule::ContinuationFragment,
        });
    }
}

/// What a sentence holds of its own, for `continuation-fragment`: a token
/// of a claim found, and the first and last of its cues, quoting verbs and
/// colons.
#[derive(Clone, Copy)]
struct OwnMarks {
    claimed: bool,
    cues: Option<(usize, usize)>,
}

fn own_marks_in(doc: &Doc, covered: &[bool], sentence: &Range<usize>) -> OwnMarks {
    let mut cues = sentence.clone().filter(|&k| {
        cues::is_reporting_verb(doc, k) || doc.has(k, words::QUOTING_VERB) || doc.word(k) == ":"
    });
    let first = cues.next();
    OwnMarks {
        claimed: covered[sentence.clone()].contains(&true),
        cues: first.map(|first| (first, cues.last().unwrap_or(first))),
    }
}

/// What the `continuation-fragment` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CONTINUATION_FRAGMENT: &[Example] = &[
    Marks(
        "\"The ferry is a lifeline,\" Kolb said. But the new timetable is \"a slap in the face.\"",
        "But the new timetable is \"a slap in the face.\"",
        "Kolb",
    ),
    Marks(
        "\"We were never asked,\" Berg said outside the hall. Instead, \"they sold the quay behind our backs.\"",
        "Instead, \"they sold the quay behind our backs.\"",
        "Berg",
    ),
    // An inverted attribution with an apposition after its speaker.
    Marks(
        "\"We were never asked,\" said Berg, who chairs the harbour board. Now \"the quay is gone.\"",
        "Now \"the quay is gone.\"",
        "Berg",
    ),
    // A quote opened in the sentence carries the claim past its end.
    Marks(
        "\"We were never asked,\" Berg said. Then, \"they sold the quay. Nobody told us.\"",
        "Then, \"they sold the quay. Nobody told us.\"",
        "Berg",
    ),
    // The writer's own clause, a quote introduced by a colon, a cue or a
    // quoting verb of its own (`quoted-words` marks that one).
    Not("\"The ferry is a lifeline,\" Kolb said. While the timetable is \"new,\" fares are high."),
    Not("\"The ferry is a lifeline,\" Kolb said. Later he went further: \"Sell it and we starve.\""),
    Not("\"The ferry is a lifeline,\" Kolb said. Berg replied that the quay was \"sold long ago.\""),
    Not("\"The ferry is a lifeline,\" Kolb said. He called the timetable \"a slap in the face.\""),
    // A title in quote marks.
    Not("\"The ferry is a lifeline,\" Kolb said. Her new film, \"Salt Road,\" opens in May."),
    Not("\"The ferry is a lifeline,\" Kolb said. Kolb is a member of the \"Club of Ten.\""),
    // A new paragraph.
    Not("\"The ferry is a lifeline,\" Kolb said.\n\nBut the new timetable is \"a slap in the face.\""),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::direct::tests::{direct, t};

    #[test]
    fn follow_on_quotes_continue_the_speaker() {
        assert_eq!(
            direct("\"We are ready,\" Berg said. \"The army is in place.\"\n\n\"And the ships are too.\""),
            [
                t("We are ready", "Berg", Some("said")),
                t("The army is in place", "<same as 0>", Some("said")),
                t("And the ships are too", "<same as 1>", None),
            ]
        );
    }

    #[test]
    fn multi_paragraph_quote() {
        assert_eq!(
            direct(
                "Berg said: \"The first point is simple.\n\n\"The second one is not,\" she added."
            ),
            [
                t("The first point is simple", "Berg", Some("said")),
                t("The second one is not", "she", Some("added"))
            ]
        );
        assert_eq!(
            direct(
                "Berg said: \"The first point is simple.\n\n\"The second one is harder to explain."
            ),
            [
                t("The first point is simple", "Berg", Some("said")),
                t("The second one is harder to explain", "<same as 0>", None)
            ]
        );
    }

    #[test]
    fn quotes_after_a_reported_attribution_continue_it() {
        let text = "The port is closed, Kolb said. \"We will reopen it in May.\"";
        let doc = Doc::new(text);
        let mut found = find(&doc);
        crate::attribution::reported::find(&doc, &mut found);
        continuations(&doc, &mut found);
        assert_eq!(found.len(), 2);
        assert_eq!(
            doc.span_of(found.nth(1).claim.clone()).slice(text),
            "We will reopen it in May"
        );
        assert_eq!(found.nth(1).source, Source::SameAs(Id(0)));
    }

    #[test]
    fn a_participle_after_the_attribution_introduces_the_next_quote() {
        assert_eq!(
            direct("\"We cannot pay,\" Lund said, adding later, \"The plan costs a fortune.\""),
            [
                t("We cannot pay", "Lund", Some("said")),
                t("The plan costs a fortune", "Lund", Some("adding")),
            ]
        );
        assert_eq!(
            direct("\"We cannot pay,\" said Lund, adding later, \"The plan costs a fortune.\""),
            [
                t("We cannot pay", "Lund", Some("said")),
                t("The plan costs a fortune", "<same as 0>", Some("adding")),
            ]
        );
    }

    #[test]
    fn a_short_whole_sentence_quote_continues_the_speaker() {
        assert_eq!(
            direct("\"Who wants the plan?\" Berg asked. \"Not me.\""),
            [
                t("Who wants the plan", "Berg", Some("asked")),
                t("Not me", "<same as 0>", Some("asked")),
            ]
        );
        assert_eq!(
            direct("\"This is a farce,\" Berg wrote on her blog. \"Sold?\""),
            [
                t("This is a farce", "Berg", Some("wrote")),
                t("Sold", "<same as 0>", Some("wrote")),
            ]
        );
        assert_eq!(
            direct("\"Who wants the plan?\" Berg asked. The \"plan\" failed."),
            [t("Who wants the plan", "Berg", Some("asked"))]
        );
    }

    #[test]
    fn a_quote_the_writer_carries_on_continues_as_the_whole_sentence() {
        // `carried-continuation`: the sentence, quote inside, is the claim.
        assert_eq!(
            direct(
                "\"This is wrong,\" Berg said. \"You squeezed the crews\" to lift the share price."
            ),
            [
                t("This is wrong", "Berg", Some("said")),
                t(
                    "\"You squeezed the crews\" to lift the share price",
                    "<same as 0>",
                    Some("said")
                ),
            ]
        );
        // A quote of several sentences is an utterance; the writer's words
        // after its last one leave it a continuation.
        assert_eq!(
            direct("\"This is wrong,\" Berg said. \"The toll is high. It is just a tax\" for the crews."),
            [
                t("This is wrong", "Berg", Some("said")),
                t("The toll is high. It is just a tax", "<same as 0>", Some("said")),
            ]
        );
    }

    #[test]
    fn a_title_case_quote_is_no_continuation() {
        assert_eq!(
            direct("\"The tide is turning,\" Berg said.\n\n\"Legend of the Coal Fields\"\n\nThe film opens in May."),
            [(
                "The tide is turning".into(),
                "Berg".into(),
                Some("said".into())
            )]
        );
    }
}
