//! An attribution after the quote: `"…," Peskov said`, `"…," said Peskov`, `"…?" a voter can be heard asking`.
use super::*;

/// How far after a closing quote mark the cue may sit (`," the minister told reporters`).
pub(super) const AFTER_WINDOW: usize = 34;
/// The phrase at `start` is a lowercase word after a complement's
/// preposition ("mother of four"): it may be the complement, not the
/// speaker (a name stays: "footage of Ann Lund asking").
pub(super) fn after_link(doc: &Doc, start: usize) -> bool {
    start > 0 && doc.has(start - 1, words::PLAIN_LINK) && !doc.is_capitalized(start)
}

/// What the `quote-heard` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTE_HEARD: &[Example] = &[
    Marks(
        "\"Where is the money?\" a voter can be heard asking Lund.",
        "Where is the money",
        "voter",
    ),
    Not("\"Where is the money?\" a voter asked Lund."),
];

/// `"...?" a voter can be heard asking Lund`: a determiner and a plain
/// noun phrase, "(can) be heard" or "seen", and a participle cue.
pub(super) fn heard_attribution(
    doc: &Doc,
    from: usize,
    ceiling: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let first = if doc.word(from) == "," {
        from + 1
    } else {
        from
    };
    if !speakers::is_determiner(doc, first) {
        return None;
    }
    let heard = (first + 2..ceiling.min(first + 2 + PLAIN_PHRASE_WINDOW))
        .find(|&k| doc.is(k, "heard") || doc.is(k, "seen"))?;
    let verb = heard + 1;
    if verb >= ceiling || !cues::is_participle(doc, verb) {
        return None;
    }
    let mut end = heard;
    if doc.has(end - 1, crate::attribution::words::BE) {
        end -= 1;
    }
    if doc.has(end - 1, words::MODAL) {
        end -= 1;
    }
    let phrase = plain_phrase_before(doc, end, first)?;
    Some((phrase, verb..verb + 1))
}

/// What the `quote-after` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTE_AFTER: &[Example] = &[
    Marks(
        "\"The port is closed,\" Lund said.",
        "The port is closed",
        "Lund",
    ),
    // `quoted-as-saying`: the passive "quoted as" before the participle.
    Marks(
        "\"We are ready for the storm,\" Holm is quoted as saying.",
        "We are ready for the storm",
        "Holm",
    ),
    Not("\"We are ready for the storm,\" Holm kept saying."),
    // `inverted-subject-pronoun`: "said he", never "said it".
    Marks("\"The ferry sank,\" said he.", "The ferry sank", "he"),
    Not("\"The ferry sank,\" said it."),
    // A participle and its preposition modify the inverted speaker.
    Marks(
        "\"The port is closed,\" says an official involved in the talks.",
        "The port is closed",
        "official",
    ),
    Marks(
        "\"We will appeal,\" said Mayor Ann Kolb.",
        "We will appeal",
        "Mayor Ann Kolb",
    ),
    // With no speaker phrase found, the words between the quote and the cue.
    Marks(
        "\"We fixed the roof first,\" the soft-spoken, 64-year-old mayor said.",
        "We fixed the roof first",
        "soft-spoken, 64-year-old mayor",
    ),
    Marks(
        "\"The count is late,\" said one of the clerks, who asked not to be named.",
        "The count is late",
        "one of the clerks",
    ),
    // `participle-adjunct-after-quote`: a participle adjunct set off by a
    // comma between the quote and its attribution.
    Marks(
        "The mayor has said her hand is strong. \"I will hold off until the board has voted\" before naming a date, she said.",
        "I will hold off until the board has voted",
        "she",
    ),
    // `lone-quantifier-after`: a quantifier alone after an inverted cue.
    Marks(
        "The count was late. \"The ferries are gone and the quay is shut,\" said one.",
        "The ferries are gone and the quay is shut",
        "one",
    ),
    // A sum inside the loose phrase (`loose-phrase-sum`).
    Marks(
        "The plan failed, the paper reports. \"We choose between rent and food,\" Fight for $20 organizer Kari Berg told the radio.",
        "We choose between rent and food",
        "Fight for $20 organizer Kari Berg",
    ),
    // Past phrases set off by commas to the subject opening the attribution.
    Marks(
        "\"We fix the quay in spring,\" Ola Berg, now 71 and retired in Bergen, Norway, said by telephone this week.",
        "We fix the quay in spring",
        "Ola Berg",
    ),
    // A sentence that is the attribution alone, after a full stop.
    Marks(
        "\u{201c}The ferry will run on time.\u{201d} Lund said.",
        "The ferry will run on time",
        "Lund",
    ),
    Not("\u{201c}The ferry will run on time.\u{201d} Lund said the crews were ready."),
    // A nickname inside a name is nobody's words, and its marks end no
    // search for the cue.
    Not("Del. Ragna \"Rags\" Holm, of the harbour board, shouted to the crowd."),
    Marks(
        "\"We will win this!\" Lund's niece, state Del. Ragna \"Rags\" Holm (L-North), shouted to the crowd.",
        "We will win this",
        "Lund's niece",
    ),
    // `writers-clause-after-quote`: after a subordinator the writer's clause
    // goes on; "as" still attributes.
    Not("Lund admitted \"the vote will be close\" if the rain keeps up."),
    Marks(
        "\"It will be hard to win,\" as Lund said on Friday.",
        "It will be hard to win",
        "Lund",
    ),
    // `that-verb-after-quote`: "states" ending the attribution is its verb.
    Marks(
        "\"The quay is unsafe,\" the harbour board states.",
        "The quay is unsafe",
        "harbour board",
    ),
    Marks(
        "\"The quay is unsafe,\" the envoys state in their letter.",
        "The quay is unsafe",
        "envoys",
    ),
    // An embedding mark pasted before the paragraph's opening mark (typed
    // as a closing one) is spacing.
    Marks(
        "\u{202A}\u{201D}Sorry, we lost the vote,\u{201D} posted Ann Holm.",
        "Sorry, we lost the vote",
        "Ann Holm",
    ),
    // `asked-clause-quote`: the question's words, not the answer's.
    Not("Asked whether Lund \"has the votes to win the seat,\" 60 percent of voters said no."),
    Marks(
        "Asked about the plan, \"We will see how it goes,\" Lund said.",
        "We will see how it goes",
        "Lund",
    ),
    // `outlet-the`: a capitalised "The" after the quote's comma opens an
    // outlet's name, not a new sentence.
    Marks(
        "\"We can live with all of the new rules,\" The Harbour Times reported.",
        "We can live with all of the new rules",
        "Harbour Times",
    ),
    Not("\"We can live with all of the new rules.\" The Harbour Times reported that the mayor agreed."),
    // `directive-after-quote`: a directive ending the attribution.
    Marks(
        "\"Take the ferry and leave the car at home,\" Lund urged.",
        "Take the ferry and leave the car at home",
        "Lund",
    ),
    Marks(
        "\"Wait one minute, one more minute,\" he urged them, and the crowd sat.",
        "Wait one minute, one more minute",
        "he",
    ),
    Not("Citing the \"worst storm in years,\" Lund urged the crews to stay home."),
    Not("\"Fair fares\" is a slogan in three states."),
    Not("\"Meet the Press,\" the senator said the vote would fail."),
    // `told-that-after-quote`: "told" and its listener before "that".
    Not("Citing \"storms at sea,\" the mayor's aide told the paper that the ferry would stay in port."),
    // `pronoun-opens-clause`: a subject pronoun after the cue opens its clause.
    Not("\"Meet the Press,\" the senator said he would not run."),
    // `apposed-title`: a title set beside a noun is no one's words.
    Not("In his first book, \"Ferries of the North,\" Lund argued for lower fares."),
    Not("On the channel's \"Harbour Morning Show,\" Berg said nothing new."),
    Not("\"We fixed the roof first,\" and then he left."),
    Not("The band played \"Morning Song\" and the crowd cheered."),
];

/// `"…," Peskov said`, `"…," said Peskov`, `"…?" the minister asked reporters`.
pub(super) fn attribution_after(doc: &Doc, quote: &Quote) -> Option<Said> {
    let close = quote.close?;
    let from = quote.after;
    let paragraph_end = doc.paragraphs[doc.paragraph_of(close)].end;
    if from >= paragraph_end {
        return None;
    }
    // `asked-clause-quote`: `Asked whether Lund "has the votes," 60 percent
    // said no.`: a quote inside the sentence's opening "Asked" clause (no
    // comma before it) is the question's words, not the answer's speaker's.
    let start = doc.sentences[doc.sentence_of(quote.open)].start;
    if doc.is(start, "asked") && (start..quote.open).all(|k| doc.word(k) != ",") {
        return None;
    }
    // The attribution continues the sentence: no capitalised restart after a full stop.
    let last_inner = quote.inner.end.checked_sub(1)?;
    let ends_sentence = matches!(doc.word(last_inner), ".") && !doc.is(from, "said");
    let ceiling = (from + AFTER_WINDOW).min(paragraph_end);
    let Some(verb) = (from..ceiling)
        .take_while(|&i| !is_boundary(doc, i))
        // (`"...," the report said`: a cue word after a determiner is a noun.)
        .find(|&i| {
            (cues::is_reporting_verb(doc, i) || verb_ending_attribution(doc, i))
                && (!cues::is_participle(doc, i) || cues::is_quoted_as(doc, i, from))
                && !(i > from && speakers::is_determiner(doc, i - 1))
        })
    else {
        return heard_attribution(doc, from, ceiling)
            .map(|(phrase, cue)| (phrase, cue, Rule::QuoteHeard));
    };
    let cue = cues::cue_span(doc, verb);
    if verb == from || (verb == from + 1 && doc.word(from) == ",") {
        let phrase = speakers::inverted_phrase_after(doc, cue.end, paragraph_end)
            .or_else(|| plain_phrase_after(doc, cue.end, paragraph_end))
            .or_else(|| {
                ends_for_attribution(doc, quote)
                    .then(|| loose_phrase_after(doc, cue.end, paragraph_end))
                    .flatten()
            })?;
        // `Vik, who calls Berg a "liar," said he doubts it`: a verb after the
        // phrase makes it the subject of the cue's clause, not an inverted speaker.
        // (`says a source engaged in the talks`: a participle and its
        // preposition after a noun phrase modify it.)
        let participle_modifier = phrase.end + 1 < doc.tokens.len()
            && !speakers::is_pronoun(doc, phrase.start)
            && doc.word(phrase.end).ends_with("ed")
            && doc.has(phrase.end + 1, words::POSTMODIFIER_PREPOSITION);
        if opens_clause_verb(doc, phrase.end) && !participle_modifier {
            return None;
        }
        return Some((phrase, cue, Rule::QuoteAfter));
    }
    // A capitalised word after the full stop opens a new sentence, a pronoun too
    // (`"We won." She said ...`); a lowercase pronoun does not (`"We won." he said`).
    if ends_sentence
        && doc.tokens[from].kind == TokenKind::Word
        && (!speakers::is_pronoun(doc, from) || doc.is_capitalized(from) && !doc.is(from, "I"))
    {
        // `"We won." Officials said ...` starts a new sentence (but `"We won." he said` does not),
        // unless that sentence is the attribution alone (`"We won." Lund said.`).
        if doc.sentence_of(from) != doc.sentence_of(close) && !is_bare_attribution(doc, &cue) {
            return None;
        }
    }
    let group = cues::verb_group_start(doc, verb, from);
    if cues::is_cancelled(doc, verb, from) {
        return None;
    }
    let first = if doc.word(from) == "," {
        from + 1
    } else {
        from
    };
    let first = past_participle_adjunct(doc, first, group).unwrap_or(first);
    // Only a determiner or a few plain words ("panel Chairman Ann Kolb") may come first.
    // `writers-clause-after-quote`: not a subordinator (`"the vote will be
    // close" if the rain keeps up`): the words after the quote open a
    // clause of the writer's, no attribution (`"...," as Lund said` is one).
    // (A whole quote: a fragment's relay is after-claim's.)
    let handed = ends_for_attribution(doc, quote) && doc.is_capitalized(quote.inner.start);
    let starts_right_after = |phrase: &Range<usize>| {
        phrase.start >= first
            && phrase.start - first <= 2
            && (first..phrase.start).all(|k| {
                doc.tokens[k].kind == TokenKind::Word
                    // `outlet-the`: `"...," The Post reported.` (a whole
                    // quote handed on by its comma: "The" names an outlet).
                    && (!doc.is_capitalized(k) || (k == first && doc.is(k, "the") && handed))
                    && !cues::is_reporting_verb(doc, k)
                    && (!doc.has(k, words::SUBORDINATOR) || doc.is(k, "as"))
            })
    };
    let subject = speakers::phrase_before(doc, group, from)
        .or_else(|| speakers::apposed_subject(doc, group, from));
    // No loose phrase where a pronoun further on is the cue's subject: it
    // speaks for its own clause (`In his "plan," a memo he wrote, he said`).
    let own_clause = subject
        .as_ref()
        .is_some_and(|p| speakers::is_pronoun(doc, p.start));
    let loose = || {
        (!own_clause && ends_for_attribution(doc, quote))
            .then(|| loose_phrase_before(doc, first, group))
            .flatten()
    };
    let phrase = subject
        .clone()
        .filter(|p| starts_right_after(p) && !after_link(doc, p.start))
        // `"...," Ola Berg, now 71 and retired in Bergen, Norway, said`:
        // past the phrases set off by commas to the subject opening the
        // attribution (the phrase found before the verb is inside them).
        // The cue then ends its clause (past adjuncts: `said by telephone
        // this week.`); a verb with an object after it governs no quote
        // (`the club, a course in the north, charged a fee`).
        .or_else(|| {
            ends_attribution(doc, &cue, &doc.sentences[doc.sentence_of(verb)])
                .then(|| speakers::subject_past_interposed(doc, group, first))
                .flatten()
                .map(|(p, _)| p)
                .filter(starts_right_after)
        })
        .or_else(|| plain_phrase_before(doc, group, from))
        .or_else(loose)?;
    // `"Meet the Press," the senator said the vote would fail`: the verb governs
    // the clause after it, not the quote; so it does after a subject
    // pronoun (`pronoun-opens-clause`: `the senator said he would not run`).
    let sentence = doc.sentences[doc.sentence_of(verb)].clone();
    let complement = cues::reporting_verb(doc, verb).unwrap_or(cues::Complement::Clause);
    let clause_follows = doc.is(cue.end, "that")
        || speakers::is_determiner(doc, cue.end)
        || (speakers::is_pronoun(doc, cue.end) && !doc.is_capitalized(cue.end));
    // (`told-that-after-quote`: `Citing "obligations at home," the mayor's
    // aide told the paper that she would stay away`: past the listener.)
    let told_that = doc.has(verb, words::TELL)
        && doc.is(
            crate::attribution::clauses::addressee_end(doc, cue.end, sentence.end),
            "that",
        );
    if told_that
        || (clause_follows
            && !doc.has(verb, words::TELL)
            && crate::attribution::clauses::clause_after(doc, &sentence, &cue, complement)
                .is_some())
    {
        return None;
    }
    // `the "Morning Talk" radio show who said`: a relative speaks inside the
    // noun phrase the quote names, not for the quote.
    (starts_right_after(&phrase) && !speakers::is_relative(doc, phrase.start)).then_some((
        phrase,
        cue,
        Rule::QuoteAfter,
    ))
}

/// `participle-adjunct-after-quote`: `"..." before discussing the toll,
/// she said`: a participle adjunct ("before", "after", "while" and an
/// "-ing" word, no finite verb) set off by a comma between the quote and
/// its attribution: the first token after its comma (before `group`).
fn past_participle_adjunct(doc: &Doc, first: usize, group: usize) -> Option<usize> {
    let ing = first + 1;
    if ing >= group
        || !doc.has(first, words::PARTICIPLE_PREPOSITION)
        || !doc.word(ing).ends_with("ing")
        || !doc.word(ing).chars().all(char::is_lowercase)
    {
        return None;
    }
    let comma = (ing + 1..group).find(|&k| !is_loose_phrase_token(doc, k) || doc.word(k) == ",")?;
    // (Not a clause coordinated after it: `"..." by being elected, and she tells`.)
    (doc.word(comma) == "," && comma + 1 < group && !doc.has(comma + 1, words::CLAUSE_COORDINATOR))
        .then_some(comma + 1)
}

/// How many tokens may follow the cue of a sentence that is an attribution alone.
const BARE_TAIL: usize = 6;

/// The cue's sentence ends a few words after it (`Lund said.`, `Berg wrote
/// on Friday.`), no clause, comma or quote among them: the sentence is an
/// attribution alone, of the quote just before it.
fn is_bare_attribution(doc: &Doc, cue: &Range<usize>) -> bool {
    let sentence = doc.sentences[doc.sentence_of(cue.start)].clone();
    let mut end = sentence.end;
    while end > cue.end && matches!(doc.word(end - 1), "." | "!" | "?") {
        end -= 1;
    }
    end - cue.end <= BARE_TAIL
        && (cue.end..end).all(|k| {
            doc.tokens[k].kind != TokenKind::Quote
                && !matches!(doc.word(k), "," | ";" | ":")
                && !doc.is(k, "that")
                && !opens_clause_verb(doc, k)
        })
}

/// The cue takes no object: no determiner, number or object pronoun right
/// after it (`said by telephone this week`, not `charged a fee`).
fn ends_attribution(doc: &Doc, cue: &Range<usize>, sentence: &Range<usize>) -> bool {
    let j = cue.end;
    j >= sentence.end
        || !(speakers::is_determiner(doc, j)
            || doc.has(j, words::OBJECT_PRONOUN)
            || doc.tokens[j].kind == TokenKind::Number)
}

/// `that-verb-after-quote`: `"...," the report states.`, `"...," the
/// envoys state in the letter.`: a form that is a cue only before "that"
/// ("states" is most often a noun) is one after a quote when it ends the
/// attribution: a stop, a comma or an adjunct's preposition right after it.
/// `directive-after-quote`: so is a directive, no cue elsewhere (`"Vote
/// today," Lund urged.`, `"...," he urged them.`; not `urged the city to`).
fn verb_ending_attribution(doc: &Doc, i: usize) -> bool {
    let directive = doc.has(i, words::DIRECTIVE);
    // (`urged them.`: past an object pronoun.)
    let next = i + 1 + usize::from(directive && doc.has(i + 1, words::OBJECT_PRONOUN));
    (directive || cues::reporting_verb(doc, i) == Some(cues::Complement::ThatOnly))
        && !doc.is_capitalized(i)
        && next < doc.tokens.len()
        && (matches!(doc.word(next), "." | "," | ";") || doc.has(next, words::ADJUNCT_PREPOSITION))
}

/// How many tokens a loose speaker phrase between a quote and its cue may span.
pub(super) const LOOSE_PHRASE_WINDOW: usize = 12;

/// A token of a loose speaker phrase: a word that is no cue or verb, a
/// number, or a comma, hyphen, slash or bracket.
pub(super) fn is_loose_phrase_token(doc: &Doc, k: usize) -> bool {
    match doc.tokens[k].kind {
        TokenKind::Word => !cues::is_reporting_verb(doc, k) && !is_loose_verb(doc, k),
        TokenKind::Number => true,
        // (`Fight for $20 organizing director Kari Berg`: a sum in a name.)
        TokenKind::Punct => matches!(doc.word(k), "," | "-" | "/" | "(" | ")" | "." | "&" | "$"),
        TokenKind::Quote => false,
    }
}

/// The quote ends as a quote handed to its attribution does: a comma, a
/// question or exclamation mark or a dash inside the marks, or a comma
/// right after them (`"...," the mayor said`; not `a "vital step" in ...`).
pub(super) fn ends_for_attribution(doc: &Doc, quote: &Quote) -> bool {
    let Some(last) = quote.inner.end.checked_sub(1) else {
        return false;
    };
    quote.inner.end > quote.inner.start
        && (matches!(doc.word(last), "," | "?" | "!" | "-" | "—" | "–" | "…")
            || (quote.after < doc.tokens.len() && doc.word(quote.after) == ","))
}

/// `"...," the soft-spoken, 64-year-old mayor said`: when no speaker phrase
/// is found, every word between the quote (and a determiner) and the cue's
/// verb group speaks, if they are few and hold no pronoun, cue or stop. A
/// quote with a cue of its own never borrows the previous speaker.
pub(super) fn loose_phrase_before(doc: &Doc, first: usize, group: usize) -> Option<Range<usize>> {
    // "one of the clerks" keeps its quantifier.
    let start = if first < group && speakers::is_determiner(doc, first) && !doc.is(first + 1, "of")
    {
        first + 1
    } else {
        first
    };
    let mut end = group;
    while end > start && doc.word(end - 1) == "," {
        end -= 1;
    }
    let last = end.checked_sub(1)?;
    let opened = start > first
        || speakers::is_determiner(doc, start)
        || speakers::is_pronoun(doc, start)
        || doc.is_capitalized(start);
    (end > start
        && opened
        && end - start <= LOOSE_PHRASE_WINDOW
        && matches!(doc.tokens[start].kind, TokenKind::Word | TokenKind::Number)
        && matches!(doc.tokens[last].kind, TokenKind::Word | TokenKind::Punct)
        && (start..end).all(|k| is_loose_phrase_token(doc, k))
        && !(start..end).any(|k| doc.word(k) == "." && doc.tokens[k].space_before))
    .then_some(start..end)
}

/// Token `k` reads as the verb of a clause inside a loose phrase: an
/// auxiliary or a common irregular past (`a man who stood by the door`), or
/// a lowercase "-ed"/"-s" form before a function word (`the nominee riffed
/// on ...`; not `bearded,` or `Texas-based`).
pub(super) fn is_loose_verb(doc: &Doc, k: usize) -> bool {
    if doc.has(k, words::FINITE) || doc.has(k, words::IRREGULAR_PAST) {
        return true;
    }
    let next_is_function_word = doc
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.has(k + 1, words::FUNCTION_WORD);
    let hyphened = k > 0 && doc.word(k - 1) == "-";
    next_is_function_word && !hyphened && opens_clause_verb(doc, k)
}

/// `"...," said one of the clerks, who asked ...`: inverted, a phrase
/// opening with a determiner or quantifier runs to the next comma or stop.
fn loose_phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    // (`note that he ...`: "that" after a verb opens its clause.)
    if start >= ceiling || !speakers::is_determiner(doc, start) || doc.is(start, "that") {
        return None;
    }
    // `lone-quantifier-after`: `"...," said one.`, `tweeted another.`: a
    // quantifier alone before the stop or a comma speaks.
    if doc.has(start, words::QUANTIFIER)
        && (start + 1 >= ceiling
            || matches!(doc.word(start + 1), "," | "." | ";" | "!" | "?")
            || doc.tokens[start + 1].kind == TokenKind::Quote)
    {
        return Some(start..start + 1);
    }
    // "one of the clerks" keeps its quantifier.
    let first = if doc.is(start + 1, "of") {
        start
    } else {
        start + 1
    };
    let end = (first..ceiling.min(first + LOOSE_PHRASE_WINDOW + 1))
        .find(|&k| {
            matches!(doc.word(k), "," | "." | ";" | ":" | "!" | "?" | "—" | "–")
                || doc.tokens[k].kind == TokenKind::Quote
        })
        .unwrap_or(ceiling);
    (end > first
        && end - first <= LOOSE_PHRASE_WINDOW
        && (first..end).all(|k| {
            is_loose_phrase_token(doc, k)
                && (doc.tokens[k].kind != TokenKind::Word
                    || is_plain_phrase_token(doc, k)
                    || doc.has(k, words::PLAIN_LINK)
                    || speakers::is_determiner(doc, k))
        })
        && doc.tokens[end - 1].kind == TokenKind::Word)
        .then_some(first..end)
}

/// Token `k` is a finite verb opening a clause's predicate: an auxiliary or
/// modal ("could", "doesn't"), a common irregular past, a lowercase "-ed" or "-s" form.
pub(in crate::attribution) fn opens_clause_verb(doc: &Doc, k: usize) -> bool {
    k < doc.tokens.len()
        && (crate::attribution::reported::looks_like_verb(doc, k)
            || cues::is_negative_contraction(doc, k))
}

#[cfg(test)]
mod tests {
    use crate::attribution::direct::tests::{direct, t};

    #[test]
    fn attribution_after_the_quote() {
        assert_eq!(
            direct("\"We are ready,\" Anna Berg said."),
            [t("We are ready", "Anna Berg", Some("said"))]
        );
        assert_eq!(
            direct("\"We are ready,\" said Berg."),
            [t("We are ready", "Berg", Some("said"))]
        );
        assert_eq!(
            direct("“Not yet,” the foreign minister told reporters on Monday."),
            [t("Not yet", "foreign minister", Some("told"))]
        );
        assert_eq!(
            direct("\"They split the firm in two,\" the report said."),
            [t("They split the firm in two", "report", Some("said"))]
        );
    }

    #[test]
    fn a_quote_inside_the_subject_s_apposition_is_no_inverted_attribution() {
        assert_eq!(
            direct("Vik, who calls Berg a \"liar,\" said he doubts the plan will work."),
            []
        );
        assert_eq!(
            direct("\"We are ready,\" said he."),
            [t("We are ready", "he", Some("said"))]
        );
    }

    #[test]
    fn a_plural_possessive_in_the_apposition() {
        assert_eq!(
            direct("\"We are ready,\" Ola Vik, the Harbours' chief, said."),
            [t("We are ready", "Ola Vik", Some("said"))]
        );
    }

    #[test]
    fn reply_cues_with_a_particle() {
        assert_eq!(
            direct("Lund shot back: \"We never closed the port.\""),
            [t("We never closed the port", "Lund", Some("shot back"))]
        );
        assert_eq!(
            direct("\"The ferry is late,\" Berg fired back."),
            [t("The ferry is late", "Berg", Some("fired back"))]
        );
        assert_eq!(
            direct("\"It was never safe,\" hit back Mayor Ola Norland."),
            [t(
                "It was never safe",
                "Mayor Ola Norland",
                Some("hit back")
            )]
        );
        assert_eq!(
            direct("\"The plan is late,\" Berg pointed out."),
            [t("The plan is late", "Berg", Some("pointed out"))]
        );
        // Without the particle the verb is no cue.
        assert!(direct("\"Run,\" Berg shot the sheriff.").is_empty());
    }

    #[test]
    fn a_possessed_speaker_word_ends_the_phrase() {
        assert_eq!(
            direct(
                "Ann Lund's right-hand woman stood before the crews, saying: \"We hold the quay.\""
            ),
            [t(
                "We hold the quay",
                "Ann Lund's right-hand woman",
                Some("saying")
            )]
        );
    }

    #[test]
    fn inverted_with_apposition() {
        assert_eq!(
            direct("\"The talks are over,\" said Ola Nordmann, the chief negotiator."),
            [t("The talks are over", "Ola Nordmann", Some("said"))]
        );
    }

    #[test]
    fn appositions_and_parentheses_between_speaker_and_verb() {
        assert_eq!(
            direct("\"We are ready,\" Sen. Ann Kolb (D-Ore.) said."),
            [t("We are ready", "Sen. Ann Kolb", Some("said"))]
        );
        assert_eq!(
            direct("\"We are ready,\" Ola Lund, 82, told me."),
            [t("We are ready", "Ola Lund", Some("told"))]
        );
        assert_eq!(
            direct("Ola Lund, a historian who was there, recalled, \"It rained all day.\""),
            [t("It rained all day", "Ola Lund", Some("recalled"))]
        );
        assert_eq!(
            direct("She continued, \"The port is closed.\""),
            [t("The port is closed", "She", Some("continued"))]
        );
        assert_eq!(
            direct("\"Who paid for it?\" he asked."),
            [t("Who paid for it", "he", Some("asked"))]
        );
        assert_eq!(
            direct("\"We stay,\" the businessman replied. \"You go,\" she continued."),
            [
                t("We stay", "businessman", Some("replied")),
                t("You go", "she", Some("continued"))
            ]
        );
    }

    #[test]
    fn speakers_with_quantifiers_and_plain_nouns() {
        assert_eq!(
            direct("\"We will win,\" said one senior party official."),
            [t("We will win", "senior party official", Some("said"))]
        );
        assert_eq!(
            direct("\"We will win,\" the Oslo businessman said."),
            [t("We will win", "Oslo businessman", Some("said"))]
        );
        assert_eq!(
            // A body before the title belongs to the phrase, as "committee
            // Chairman Ann Kolb" does.
            direct("\"We will win,\" panel Chairman Ann Kolb (D-Ore.) said."),
            [t("We will win", "panel Chairman Ann Kolb", Some("said"))]
        );
        assert_eq!(
            direct("I laughed and said, \"Nobody believes that.\""),
            [t("Nobody believes that", "I", Some("said"))]
        );
    }

    #[test]
    fn a_quoted_title_before_a_reporting_clause_is_not_its_claim() {
        assert_eq!(
            direct("\"We are ready,\" she said in the council chamber, adding that it was late."),
            [t("We are ready", "she", Some("said"))]
        );
        assert!(
            direct("On the show \"Morning Talk,\" the senator said the vote would fail.")
                .is_empty()
        );
    }

    #[test]
    fn a_new_sentence_after_a_quote_is_not_its_attribution() {
        assert!(
            direct("The sign read \"Closed for the winter.\" Officials said it would reopen.")
                .is_empty()
        );
    }

    #[test]
    fn a_capitalised_pronoun_after_a_full_stop_opens_a_new_sentence() {
        assert_eq!(
            direct("Kolb is \"unhinged.\" She said the count was fair."),
            []
        );
        assert_eq!(
            direct("\"We won.\" he said."),
            [t("We won", "he", Some("said"))]
        );
    }

    #[test]
    fn any_noun_after_a_determiner_speaks_after_a_quote() {
        assert_eq!(
            direct("\"Why does he never pay?\" a narrator asks."),
            [t("Why does he never pay", "narrator", Some("asks"))]
        );
        assert_eq!(
            direct("\"The levy is a gift to the rich,\" the column noted."),
            [t("The levy is a gift to the rich", "column", Some("noted"))]
        );
        assert_eq!(
            direct("\"Who pays for the ferry?\" a voter in the harbour town asked."),
            [t(
                "Who pays for the ferry",
                "voter in the harbour town",
                Some("asked")
            )]
        );
        assert_eq!(
            direct("\"Is the port closed, Mr. Lund?\" a voter can be heard asking Lund."),
            [t("Is the port closed, Mr. Lund", "voter", Some("asking"))]
        );
        // A quantifier before "of" keeps its complement: the loose phrase.
        assert_eq!(
            direct("\"We won the vote,\" one of the men said."),
            [t("We won the vote", "one of the men", Some("said"))]
        );
    }

    #[test]
    fn inverted_speakers_with_numbers_and_plain_titles() {
        assert_eq!(
            direct("\"They are wrong,\" said 9/11 widow Ann Lund."),
            [t("They are wrong", "9/11 widow Ann Lund", Some("said"))]
        );
        assert_eq!(
            direct("\"They are wrong,\" said flood widow Ann Lund."),
            [t("They are wrong", "flood widow Ann Lund", Some("said"))]
        );
        assert_eq!(
            direct("\"They are wrong,\" said the 41-year-old father of three."),
            [t(
                "They are wrong",
                "41-year-old father of three",
                Some("said")
            )]
        );
    }

    #[test]
    fn a_loose_phrase_speaks_where_no_speaker_phrase_is_found() {
        assert_eq!(
            direct("\"The tide is late,\" the tall, 40-year-old skipper said."),
            [t(
                "The tide is late",
                "tall, 40-year-old skipper",
                Some("said")
            )]
        );
        assert_eq!(
            direct("\"The tide is late,\" said another of the harbour clerks, who was there."),
            [t(
                "The tide is late",
                "another of the harbour clerks",
                Some("said")
            )]
        );
        // Not a clause of its own between the quote and the cue.
        assert!(direct(
            "In his \"harbour plan,\" a memo he drew up in May, he wrote that the quay would close."
        )
        .is_empty());
        // Not a quote the writer's clause carries on (no comma handing it over).
        assert!(
            direct("The board did \"a fine job\" in the storm, the skipper said.")
                .iter()
                .all(|(_, speaker, _)| speaker != "in the storm")
        );
    }

    #[test]
    fn a_relative_after_a_quoted_name_does_not_speak_for_it() {
        assert!(direct(
            "Lund took calls from listeners to his \"Harbour Talk\" radio show who said they would vote."
        )
        .is_empty());
    }
}
