//! Direct quotes: the text inside quote marks, attributed by a reporting
//! verb after the quote ("…," Peskov said / said Peskov), before it
//! (Peskov said: "…"), or by continuation (a quote paragraph with no
//! attribution of its own continues the previous speaker).
#[cfg(test)]
use super::rule::Example::{self, Marks, Not};
use super::{cues, speakers, trim_claim, words, Attribution, Found, Id, Rule, Source};
use crate::model::ClaimMode;
use crate::text::{Doc, Quote, TokenKind};
use std::ops::Range;

/// How far after a closing quote mark the cue may sit (`," the minister told reporters`).
const AFTER_WINDOW: usize = 34;
/// How far before an opening quote mark the cue may sit (`Peskov told reporters on Friday: "`).
const BEFORE_WINDOW: usize = 12;
/// Quotes shorter than this (in tokens) with no attribution are scare quotes or titles.
const MIN_CONTINUATION_TOKENS: usize = 4;

/// A speaker phrase, its cue, and the rule that found them.
type Said = (Range<usize>, Range<usize>, Rule);

/// Attributed direct quotes, in text order.
pub fn find(doc: &Doc) -> Found {
    let mut out = Found::default();
    // The last attributed quote: (its id, paragraph index, token index of its end).
    let mut last: Option<(Id, usize, usize)> = None;
    for quote in doc.quotes.iter().filter(|q| !q.nested) {
        if !quote.double && quote.inner.len() < MIN_CONTINUATION_TOKENS {
            continue;
        }
        let claim = trim_claim(doc, quote.inner.clone());
        let chanted = chant(doc, quote);
        if claim.is_empty() || (chanted.is_none() && is_quoted_title(doc, quote)) {
            continue;
        }
        let paragraph = paragraph_of(doc, quote.open);
        let after = chanted
            .map(|(phrase, cue)| (phrase, cue, Rule::Chant))
            .or_else(|| attribution_after(doc, quote));
        // `With many systems, "there is no single point of failure," he said.`
        let fragment = after.as_ref().and_then(|_| fragment_claim(doc, quote));
        let attribution = after
            .or_else(|| attribution_before(doc, quote))
            .map(|(phrase, cue, rule)| (Source::Phrase(phrase), Some(cue), rule));
        // `"...," Lund said, adding later, "..."`: the participle continues the speaker.
        let attribution = attribution.or_else(|| {
            let (prev, _, prev_end) = last?;
            let cue = participle_before(doc, quote.open)?;
            (doc.sentence_of(prev_end) == doc.sentence_of(quote.open)).then_some((
                Source::SameAs(prev),
                Some(cue),
                Rule::ParticipleQuote,
            ))
        });
        let attribution = attribution.or_else(|| {
            let (prev, prev_paragraph, prev_end) = last?;
            continues(doc, quote, paragraph, prev_paragraph, prev_end, claim.len()).then(|| {
                // Within a paragraph the cue carries over; a new paragraph has none.
                let cue = (prev_paragraph == paragraph)
                    .then(|| out[prev].cue.clone())
                    .flatten();
                (Source::SameAs(prev), cue, Rule::ContinuationParagraph)
            })
        });
        let Some((source, cue, rule)) = attribution else {
            continue;
        };
        // The attribution ends past the quote or past a cue after it (`"...?" Berg asked.`).
        let end = quote
            .close
            .unwrap_or(quote.inner.end)
            .max(cue.as_ref().map_or(0, |c| c.start));
        let (claim, mode, rule) = match fragment {
            Some(clause) => (clause, ClaimMode::Reported, Rule::QuotedFragment),
            None => (claim, ClaimMode::Direct, rule),
        };
        let id = out.push(Attribution {
            claim,
            mode,
            cue,
            source,
            rule,
        });
        last = Some((id, paragraph, end));
    }
    out
}

/// `The mayor defended the plan, saying, "..."`: a participle after a comma
/// speaks for the subject opening the sentence (past an opening word or
/// an adjunct set off by a comma).
fn participle_subject(
    doc: &Doc,
    verb: usize,
    group: usize,
    sentence_start: usize,
) -> Option<Range<usize>> {
    if !cues::is_participle(doc, verb) {
        return None;
    }
    main_subject(doc, group, sentence_start)
}

/// The subject opening the sentence, for a phrase after a comma at `group`
/// (`Lund held his fire, calling him a "nice guy"`).
pub(super) fn main_subject(doc: &Doc, group: usize, sentence_start: usize) -> Option<Range<usize>> {
    if group <= sentence_start {
        return None;
    }
    // `Lund sings to Berg before asking her, "..."`: after a preposition.
    let linked = ["before", "after", "while", "by", "when"]
        .iter()
        .any(|w| doc.is(group - 1, w));
    if doc.word(group - 1) != "," && !linked {
        return None;
    }
    // The subject of the clause the comma closes (`On Monday, after a long
    // race, Berg endorsed Lund, saying`; `when Lund's voters booed, shouting`).
    if let Some(phrase) = clause_subject(doc, group - 1) {
        return Some(phrase);
    }
    if linked {
        return None;
    }
    let mut k = super::reported::skip_dateline(doc, sentence_start..group).start;
    while k < group
        && (["but", "and", "yet", "still", "so"]
            .iter()
            .any(|w| doc.is(k, w))
            || doc.word(k) == ",")
    {
        k += 1;
    }
    if ["on", "in", "at", "during", "after", "before"]
        .iter()
        .any(|w| doc.is(k, w))
    {
        if let Some(comma) = (k..group.min(k + 10)).find(|&c| doc.word(c) == ",") {
            k = comma + 1;
        }
    }
    speakers::phrase_after(doc, k, group)
}

/// `"Legend in the Coal Fields"`, `'All Bets Are Off.'`: a short quote in
/// title case is a headline or a title, not a continuation of speech.
fn is_title_case(doc: &Doc, quote: &Quote) -> bool {
    // Past the first word (capitalised in any sentence), small words aside.
    const SMALL: [&str; 16] = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
        "from", "as",
    ];
    if quote.inner.len() > 10 {
        return false;
    }
    let words: Vec<usize> = (quote.inner.start + 1..quote.inner.end)
        .filter(|&k| {
            doc.tokens[k].kind == TokenKind::Word && !SMALL.iter().any(|w| doc.word(k) == *w)
        })
        .collect();
    words.len() >= 2 && quote.inner.len() <= 10 && words.iter().all(|&k| doc.is_capitalized(k))
}

/// How many tokens of the writer's words may open a clause before a quoted fragment.
const FRAGMENT_WINDOW: usize = 60;

/// What the `quoted-fragment` rule marks, and what it must not.
#[cfg(test)]
pub(super) const QUOTED_FRAGMENT: &[Example] = &[
    Marks(
        "The summit did \"too little, too late,\" he said.",
        "The summit did \"too little, too late,\"",
        "he",
    ),
    Not("\"The summit did too little,\" he said."),
];

/// A quoted fragment closing a clause that opens with unquoted words of the
/// writer (`The summit did "too little," he said.`): the quote is part of a
/// reported claim, the clause from the sentence start (past a dateline) to
/// the closing mark. Not when the quote ends a sentence of its own, or the
/// words before it hold a cue or a colon (`He said: "..."`).
fn fragment_claim(doc: &Doc, quote: &Quote) -> Option<Range<usize>> {
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
    let start = super::reported::skip_dateline(doc, sentence.start..quote.open).start;
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
                && !cues::is_reporting_verb(doc, k)
                && !cues::according_to(doc, k)
        });
    (words >= 2 && plain).then(|| trim_claim(doc, start..quote.after))
}

/// What the `participle-quote` rule marks, and what it must not.
#[cfg(test)]
pub(super) const PARTICIPLE_QUOTE: &[Example] = &[
    Marks(
        "\"We won,\" said Lund, adding later, \"The count was fair.\"",
        "The count was fair",
        "Lund",
    ),
    Not("The crowd was singing, \"We won the count today.\""),
];

/// `, adding (later), "`: a participial cue after a comma, introducing the
/// quote that opens at `open`.
fn participle_before(doc: &Doc, open: usize) -> Option<Range<usize>> {
    let mut k = open.checked_sub(1)?;
    if matches!(doc.word(k), "," | ":") {
        k = k.checked_sub(1)?;
    }
    if ["later", "then", "also"].iter().any(|w| doc.is(k, w)) {
        k = k.checked_sub(1)?;
    }
    (k > 0 && cues::is_participle(doc, k) && doc.word(k - 1) == ",").then_some(k..k + 1)
}

/// Words before an opening quote mark that make the quote a title or a name
/// ("the broadcast of "Morning Talk"", "a film titled "..."") rather than speech.
const BEFORE_TITLES: [&str; 9] = [
    "of", "on", "in", "at", "from", "titled", "entitled", "dubbed", "named",
];

/// What the `chant` rule marks, and what it must not.
#[cfg(test)]
pub(super) const CHANT: &[Example] = &[
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
fn chant(doc: &Doc, quote: &Quote) -> Option<(Range<usize>, Range<usize>)> {
    let noun = quote.open.checked_sub(2)?;
    if !doc.is(noun + 1, "of") || !words::token_in(doc, noun, "chant") {
        return None;
    }
    let floor = doc.sentences[doc.sentence_of(noun)].start;
    let prev = noun.checked_sub(1).filter(|&p| p >= floor)?;
    let phrase = if speakers::is_possessive_pronoun(doc, prev) {
        Some(prev..noun)
    } else if matches!(doc.word(prev), "'s" | "’s") {
        speakers::phrase_before(doc, prev, floor)
    } else if doc.is(prev, "with") && prev >= floor + 2 {
        let verb = prev - 1;
        let active = doc.tokens[verb].kind == TokenKind::Word
            && !doc.is_capitalized(verb)
            && !speakers::is_pronoun(doc, verb)
            && !words::token_in(doc, verb, "addressee")
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

/// A quote right after a preposition or "titled" is a title, not what someone said.
fn is_quoted_title(doc: &Doc, quote: &Quote) -> bool {
    quote.open > 0 && BEFORE_TITLES.iter().any(|w| doc.is(quote.open - 1, w))
}

fn paragraph_of(doc: &Doc, token: usize) -> usize {
    doc.paragraphs.partition_point(|p| p.end <= token)
}

/// What the `continuation-paragraph` rule marks, and what it must not.
#[cfg(test)]
pub(super) const CONTINUATION_PARAGRAPH: &[Example] = &[
    Marks("\"We won,\" Lund said.\n\n\"The count was fair and the result is clear.\"", "The count was fair and the result is clear", "Lund"),
    Not("\"We won,\" Lund said.\n\nThe council met on Friday.\n\n\"The count was fair and the result is clear.\""),
];

/// A quote with no attribution continues the last speaker when it opens its
/// sentence and follows that speaker's quote: in the same paragraph, or at
/// the start of the next one.
fn continues(
    doc: &Doc,
    quote: &Quote,
    paragraph: usize,
    prev_paragraph: usize,
    prev_end: usize,
    len: usize,
) -> bool {
    // A short quote continues only as a whole sentence in the same paragraph
    // (`..." Berg asked. "Neither do I."`): shorter ones are scare quotes.
    let whole_sentence = quote.inner.len() >= 3
        && matches!(doc.word(quote.inner.end - 1), "." | "!" | "?")
        && paragraph == prev_paragraph;
    if len < MIN_CONTINUATION_TOKENS && !whole_sentence {
        return false;
    }
    let sentence = &doc.sentences[doc.sentence_of(quote.open)];
    if sentence.start != quote.open || is_title_case(doc, quote) {
        return false;
    }
    // `"You squeezed them" to raise the price, she said`: the writer's words
    // go on after the quote, which is part of their sentence, not a continuation.
    let next = quote.after;
    if quote.close.is_some()
        && next < sentence.end
        && doc.tokens[next].kind == TokenKind::Word
        && !doc.is_capitalized(next)
        && !speakers::is_pronoun(doc, next)
        && !speakers::is_determiner(doc, next)
        && !cues::is_reporting_verb(doc, next)
    {
        return false;
    }
    if paragraph == prev_paragraph {
        // Only the attribution sentence may separate the two quotes.
        let prev_sentence = doc.sentence_of(prev_end);
        return doc.sentence_of(quote.open) <= prev_sentence + 1;
    }
    paragraph == prev_paragraph + 1 && doc.paragraphs[paragraph].start == quote.open
}

/// How many tokens a plain noun phrase speaker may span ("the 34-year-old
/// mother of three", "a narrator in the campaign ad").
const PLAIN_PHRASE_WINDOW: usize = 10;

/// Prepositions that join a complement to a plain noun phrase speaker.
const PLAIN_LINKS: [&str; 4] = ["of", "for", "from", "in"];

/// A token inside a plain noun phrase: a word that is no function word,
/// pronoun or reporting verb, a number, a possessive, or a slash or hyphen
/// glued to a word ("9/11", "34-year-old").
fn is_plain_phrase_token(doc: &Doc, k: usize) -> bool {
    match doc.tokens[k].kind {
        TokenKind::Word => {
            !doc.has(k, super::words::FUNCTION_WORD)
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
fn opens_phrase(doc: &Doc, det: usize, floor: usize) -> bool {
    det == floor
        || (det > floor
            && (doc.word(det - 1) == ","
                || doc.tokens[det - 1].kind == TokenKind::Quote
                || doc.is(det - 1, "and")
                || doc.is(det - 1, "but")))
}

/// `"...?" a narrator asks`, `the 34-year-old mother of three replied, "..."`:
/// a determiner opening a plain noun phrase (any noun, with a complement)
/// just before a reporting verb group at `end` speaks, whatever the noun.
/// The span leaves the determiner out.
pub(super) fn plain_phrase_before(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
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
                return (!PLAIN_LINKS.iter().any(|w| doc.is(k, w))).then_some(prev + 1..end);
            }
            // "the mother of the twins": a complement's determiner.
            if prev > floor && PLAIN_LINKS.iter().any(|w| doc.is(prev - 1, w)) {
                k = prev - 1;
                continue;
            }
            return None;
        }
        if is_plain_phrase_token(doc, prev)
            || PLAIN_LINKS.iter().any(|w| doc.is(prev, w))
            || (doc.tokens[prev].kind == TokenKind::Word && doc.word(prev) == "'s")
        {
            k = prev;
        } else {
            return None;
        }
    }
    None
}

/// `"...," said the 34-year-old mother of three.`, `said 9/11 widow Ann
/// Lund`: an inverted speaker that is a plain noun phrase after a
/// determiner, or opens with a number. It runs to a comma, a stop, a quote
/// mark or a preposition other than a complement's ("of", "for", "from").
fn plain_phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
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
        let link = ["of", "for", "from"].iter().any(|w| doc.is(end, w))
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
        || doc.has(end, super::words::FUNCTION_WORD);
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

/// The phrase at `start` is a lowercase word after a complement's
/// preposition ("mother of three"): it may be the complement, not the
/// speaker (a name stays: "footage of Ann Lund asking").
fn after_link(doc: &Doc, start: usize) -> bool {
    start > 0 && PLAIN_LINKS.iter().any(|w| doc.is(start - 1, w)) && !doc.is_capitalized(start)
}

/// Modal verbs before "be heard" ("can be heard asking").
const MODALS: [&str; 6] = ["can", "could", "may", "might", "will", "would"];

/// What the `quote-heard` rule marks, and what it must not.
#[cfg(test)]
pub(super) const QUOTE_HEARD: &[Example] = &[
    Marks(
        "\"Where is the money?\" a reporter can be heard asking Lund.",
        "Where is the money",
        "reporter",
    ),
    Not("\"Where is the money?\" a reporter asked Lund."),
];

/// `"...?" a reporter can be heard asking Lund`: a determiner and a plain
/// noun phrase, "(can) be heard" or "seen", and a participle cue.
fn heard_attribution(
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
    if doc.has(end - 1, super::words::BE) {
        end -= 1;
    }
    if MODALS.iter().any(|w| doc.is(end - 1, w)) {
        end -= 1;
    }
    let phrase = plain_phrase_before(doc, end, first)?;
    Some((phrase, verb..verb + 1))
}

/// What the `quote-after` rule marks, and what it must not.
#[cfg(test)]
pub(super) const QUOTE_AFTER: &[Example] = &[
    Marks(
        "\"The port is closed,\" Lund said.",
        "The port is closed",
        "Lund",
    ),
    Marks(
        "\"We will appeal,\" said Mayor Ann Kolb.",
        "We will appeal",
        "Mayor Ann Kolb",
    ),
    Not("\"Meet the Press,\" the senator said the vote would fail."),
    Not("The band played \"Morning Song\" and the crowd cheered."),
];

/// `"…," Peskov said`, `"…," said Peskov`, `"…?" the minister asked reporters`.
fn attribution_after(doc: &Doc, quote: &Quote) -> Option<Said> {
    let close = quote.close?;
    let from = quote.after;
    let paragraph_end = doc.paragraphs[paragraph_of(doc, close)].end;
    if from >= paragraph_end {
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
            cues::is_reporting_verb(doc, i)
                && !cues::is_participle(doc, i)
                && !(i > from && speakers::is_determiner(doc, i - 1))
        })
    else {
        return heard_attribution(doc, from, ceiling)
            .map(|(phrase, cue)| (phrase, cue, Rule::QuoteHeard));
    };
    let cue = cues::cue_span(doc, verb);
    if verb == from || (verb == from + 1 && doc.word(from) == ",") {
        let phrase = speakers::phrase_after(doc, cue.end, paragraph_end)
            .or_else(|| plain_phrase_after(doc, cue.end, paragraph_end))?;
        return Some((phrase, cue, Rule::QuoteAfter));
    }
    // A capitalised word after the full stop opens a new sentence, a pronoun too
    // (`"We won." She said ...`); a lowercase pronoun does not (`"We won." he said`).
    if ends_sentence
        && doc.tokens[from].kind == TokenKind::Word
        && (!speakers::is_pronoun(doc, from) || doc.is_capitalized(from) && !doc.is(from, "I"))
    {
        // `"We won." Officials said ...` starts a new sentence (but `"We won." he said` does not).
        if doc.sentence_of(from) != doc.sentence_of(close) {
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
    // Only a determiner or a few plain words ("panel Chairman Ann Kolb") may come first.
    let starts_right_after = |phrase: &Range<usize>| {
        phrase.start >= first
            && phrase.start - first <= 2
            && (first..phrase.start).all(|k| {
                doc.tokens[k].kind == TokenKind::Word
                    && !doc.is_capitalized(k)
                    && !cues::is_reporting_verb(doc, k)
            })
    };
    let phrase = speakers::phrase_before(doc, group, from)
        .or_else(|| speakers::apposed_subject(doc, group, from))
        .filter(|p| starts_right_after(p) && !after_link(doc, p.start))
        .or_else(|| plain_phrase_before(doc, group, from))?;
    // `"Meet the Press," the senator said the vote would fail`: the verb governs
    // the clause after it, not the quote.
    let sentence = doc.sentences[doc.sentence_of(verb)].clone();
    let complement = cues::reporting_verb(doc, verb).unwrap_or(cues::Complement::Clause);
    let clause_follows = doc.is(cue.end, "that") || speakers::is_determiner(doc, cue.end);
    if clause_follows
        && !["tell", "tells", "told", "telling"]
            .iter()
            .any(|w| doc.is(verb, w))
        && super::clauses::clause_after(doc, &sentence, &cue, complement).is_some()
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

/// `Peskov said: "…"`, `Peskov told reporters on Friday, "…"`, `Trump
/// declared "…"`, and `Lund made the following comment: "…"`.
fn attribution_before(doc: &Doc, quote: &Quote) -> Option<Said> {
    attribution_by_verb_before(doc, quote).or_else(|| {
        let colon = quote.open.checked_sub(1)?;
        let (phrase, cue) = (doc.word(colon) == ":"
            && paragraph_of(doc, colon) == paragraph_of(doc, quote.open))
        .then(|| noun_before_colon(doc, colon))
        .flatten()?;
        Some((phrase, cue, Rule::ColonQuote))
    })
}

/// What the `quote-before` rule marks, and what it must not.
#[cfg(test)]
pub(super) const QUOTE_BEFORE: &[Example] = &[
    Marks(
        "Peskov told reporters on Friday: \"The talks are over.\"",
        "The talks are over",
        "Peskov",
    ),
    Not("Lund said \"the next mayor\" should choose."),
];

fn attribution_by_verb_before(doc: &Doc, quote: &Quote) -> Option<Said> {
    let open = quote.open;
    let paragraph = &doc.paragraphs[paragraph_of(doc, open)];
    if open == paragraph.start {
        return attribution_in_previous_paragraph(doc, paragraph.start)
            .map(|(phrase, cue)| (phrase, cue, Rule::QuoteParagraphAfterColon));
    }
    let mark = open - 1;
    let introduced = matches!(doc.word(mark), ":" | ",");
    let end = if introduced { mark } else { open };
    if end == paragraph.start {
        // Only the introducing mark before the quote: no attribution in this paragraph.
        return None;
    }
    let floor = doc.sentences[doc.sentence_of(end - 1)]
        .start
        .max(end.saturating_sub(BEFORE_WINDOW))
        .max(paragraph.start);
    // `As Kolb put it, "..."`.
    if introduced {
        if let Some(put_it) = (floor..end)
            .rev()
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Quote)
            .find_map(|i| cues::as_put_it(doc, i, end))
        {
            return Some((put_it.0, put_it.1, Rule::AsPutItQuote));
        }
    }
    if let Some((phrase, cue)) = message_participle(doc, end) {
        return Some((phrase, cue, Rule::MessageQuote));
    }
    if introduced {
        if let Some((phrase, cue)) = as_apposed_put_it(doc, end) {
            return Some((phrase, cue, Rule::AsPutItQuote));
        }
    }
    let verb = (floor..end)
        .rev()
        .take_while(|&i| doc.tokens[i].kind != TokenKind::Quote)
        .find(|&i| {
            cues::is_reporting_verb(doc, i)
                || (introduced && i + 1 == mark && doc.is(i, "continued"))
        })?;
    let cue = cues::cue_span(doc, verb);
    // `said "the next mayor" should choose`: a fragment of the reported clause.
    if !introduced && (cue.end != open || super::clauses::quote_opens_clause(doc, open)) {
        return None;
    }
    // `said that, "..." against what ...`: after "that" a quote the writer's
    // words carry on is part of the reported clause.
    let after_that = doc.is(end.saturating_sub(1), "that") || doc.is(open - 1, "that");
    if after_that
        && quote.close.is_some_and(|c| {
            let next = c + 1;
            let ceiling = doc.sentences[doc.sentence_of(c)].end;
            doc.tokens
                .get(next)
                .is_some_and(|t| t.kind == TokenKind::Word)
                && !doc.is_capitalized(next)
                && !speakers::is_pronoun(doc, next)
                && !cues::is_reporting_verb(doc, next)
                && !speakers::phrase_after(doc, next, ceiling)
                    .is_some_and(|p| super::clauses::cue_follows(doc, p.end, ceiling))
        })
    {
        return None;
    }
    if cues::is_cancelled(doc, verb, floor) {
        return None;
    }
    let sentence_start = doc.sentences[doc.sentence_of(verb)].start;
    let group = cues::verb_group_start(doc, verb, sentence_start);
    let phrase = speakers::phrase_before(doc, group, sentence_start)
        .or_else(|| participle_subject(doc, verb, group, sentence_start))
        .or_else(|| speakers::apposed_subject(doc, group, sentence_start))
        // "said Lund:", but not the listener of "told his supporters,".
        .or_else(|| {
            (!doc.has(verb, words::TELL))
                .then(|| speakers::phrase_after(doc, verb + 1, end))
                .flatten()
        })
        .or_else(|| coordinated_subject(doc, group, sentence_start));
    // `the 34-year-old mother of three replied, "..."`: a plain noun phrase
    // before the verb that introduces the quote, where the phrase found is
    // none or a complement's noun ("three").
    let plain = || {
        (introduced && cue.end == mark)
            .then(|| plain_phrase_before(doc, group, sentence_start))
            .flatten()
    };
    let phrase = match phrase {
        Some(p) if after_link(doc, p.start) => plain().filter(|q| q.start < p.start).or(Some(p)),
        Some(p) => Some(p),
        None => plain(),
    }?;
    Some((phrase, cue, Rule::QuoteBefore))
}

/// "I laughed and said, ...": the subject of the first verb of a verb
/// coordinated at `group`, after an opening phrase ("Walking to the car,
/// Berg shook her head and said").
pub(super) fn coordinated_subject(
    doc: &Doc,
    group: usize,
    sentence_start: usize,
) -> Option<Range<usize>> {
    if !(group > sentence_start && (doc.is(group - 1, "and") || doc.is(group - 1, "but"))) {
        return None;
    }
    // "When Lund thanked the crowd and said": the subject opening the first verb's clause.
    let sentence = doc.sentences[doc.sentence_of(group)].clone();
    if let Some(subject) = super::reported::first_verb_subject(doc, &sentence, group - 1) {
        return Some(subject);
    }
    let clause = (sentence_start.max(group.saturating_sub(CLAUSE_WINDOW))..group)
        .rev()
        .find(|&k| doc.word(k) == ",")
        .map(|k| k + 1);
    clause
        .and_then(|c| speakers::phrase_after(doc, c, group))
        .or_else(|| speakers::phrase_after(doc, sentence_start, group))
}

/// How far back a clause's opening comma may be (a bounded window keeps a
/// long sentence of quotes linear).
pub(super) const CLAUSE_WINDOW: usize = 40;

/// How far before "saying" or "reading" the message noun may be ("a text
/// message to supporters saying").
const MESSAGE_WINDOW: usize = 6;

/// Where the clause holding token `at` opens: after the last comma before
/// it in its sentence, or at the sentence start (past a dateline and
/// opening conjunctions).
fn clause_start(doc: &Doc, at: usize) -> usize {
    let sentence = doc.sentences[doc.sentence_of(at)].clone();
    let floor = sentence.start.max(at.saturating_sub(CLAUSE_WINDOW));
    if let Some(comma) = (floor..at).rev().find(|&k| doc.word(k) == ",") {
        // `"...," Lund sings to Berg before asking`: past a quote's closing mark.
        let mut k = comma + 1;
        while k < at && doc.tokens[k].kind == TokenKind::Quote {
            k += 1;
        }
        return k;
    }
    if floor > sentence.start {
        // No clause opening within the window: no subject found.
        return at;
    }
    let mut k = super::reported::skip_dateline(doc, sentence.start..at).start;
    while k < at && ["but", "and", "yet", "so"].iter().any(|w| doc.is(k, w)) {
        k += 1;
    }
    k
}

/// The speaker opening the clause of token `at`, followed by a verb
/// (a lowercase word) before `at`.
fn clause_subject(doc: &Doc, at: usize) -> Option<Range<usize>> {
    let mut start = clause_start(doc, at);
    // Past a conjunction opening the clause ("when", "and").
    if doc.has(start, super::words::FUNCTION_WORD) && !speakers::is_determiner(doc, start) {
        start += 1;
    }
    let phrase = speakers::phrase_after(doc, start, at)?;
    let verb = phrase.end;
    (verb < at
        && doc.tokens[verb].kind == TokenKind::Word
        && !doc.has(verb, super::words::FUNCTION_WORD)
        && doc.word(verb).chars().all(char::is_lowercase))
    .then_some(phrase)
}

/// What the `message-quote` rule marks, and what it must not.
#[cfg(test)]
pub(super) const MESSAGE_QUOTE: &[Example] = &[
    Marks(
        "The campaign sent a text message to supporters saying: \"Vote early and vote often.\"",
        "Vote early and vote often",
        "campaign",
    ),
    Not("Lund said: \"Vote early and vote often.\""),
];

/// `The campaign sent out a text message to supporters saying: "..."`,
/// `Lund posted a message reading "..."`: "saying" or "reading" after a
/// message noun, ending just before `end`, speaks for the clause's subject.
fn message_participle(doc: &Doc, end: usize) -> Option<(Range<usize>, Range<usize>)> {
    let participle = end.checked_sub(1)?;
    if !(doc.is(participle, "saying") || doc.is(participle, "reading")) {
        return None;
    }
    let message = (participle.saturating_sub(MESSAGE_WINDOW)..participle)
        .rev()
        .take_while(|&k| doc.word(k) != "," && doc.tokens[k].kind != TokenKind::Quote)
        .find(|&k| super::words::token_in(doc, k, "message"))?;
    let phrase = clause_subject(doc, message)?;
    Some((phrase, participle..participle + 1))
}

/// What the `colon-quote` rule marks, and what it must not.
#[cfg(test)]
pub(super) const COLON_QUOTE: &[Example] = &[
    Marks(
        "Lund made the following comment: \"The port will stay open.\"",
        "The port will stay open",
        "Lund",
    ),
    Not("Lund made the following changes: \"Section Four\" was cut."),
];

/// `Lund made the following comment: "..."`, `Berg is rolling out a new
/// message: "..."`: a reporting or message noun right before the colon at
/// `colon`; the clause's subject speaks, the noun is the cue.
fn noun_before_colon(doc: &Doc, colon: usize) -> Option<(Range<usize>, Range<usize>)> {
    let noun = colon.checked_sub(1)?;
    if !(cues::is_reporting_noun(doc, noun) || super::words::token_in(doc, noun, "message"))
        || doc.is_capitalized(noun)
    {
        return None;
    }
    let phrase = clause_subject(doc, noun)?;
    Some((phrase, noun..noun + 1))
}

/// How far before "put it" an "As" with an apposed speaker may be.
const AS_PUT_IT_WINDOW: usize = 24;

/// What the `as-put-it-quote` rule marks, and what it must not.
#[cfg(test)]
pub(super) const AS_PUT_IT_QUOTE: &[Example] = &[
    Marks(
        "As Kolb put it, \"The port is a mess.\"",
        "The port is a mess",
        "Kolb",
    ),
    Marks(
        "As Ola Lund, the chief whip, put it: \"The port is a mess.\"",
        "The port is a mess",
        "Ola Lund",
    ),
    Not("As the tide went out, \"The port is a mess,\" Kolb said."),
];

/// `As Ola Lund, the chief whip, put it: "..."`: "as", a speaker, an
/// apposition set off by commas and "put it" ending just before `end`.
fn as_apposed_put_it(doc: &Doc, end: usize) -> Option<(Range<usize>, Range<usize>)> {
    if end < 4 || !doc.is(end - 1, "it") || !["put", "puts"].iter().any(|w| doc.is(end - 2, w)) {
        return None;
    }
    let comma = end - 3;
    if doc.word(comma) != "," {
        return None;
    }
    let sentence_start = doc.sentences[doc.sentence_of(comma)].start;
    let floor = sentence_start.max(comma.saturating_sub(AS_PUT_IT_WINDOW));
    let as_word = (floor..comma).rev().find(|&k| doc.is(k, "as"))?;
    let phrase = speakers::phrase_after(doc, as_word + 1, comma)?;
    (doc.word(phrase.end) == ",").then_some((phrase, end - 2..end))
}

/// What the `continuation-sentence` rule marks, and what it must not.
#[cfg(test)]
pub(super) const CONTINUATION_SENTENCE: &[Example] = &[
    Marks(
        "The port will close, Kolb said. \"The rest of the harbour stays open for now.\"",
        "The rest of the harbour stays open for now",
        "Kolb",
    ),
    Not("The port will close, Kolb said.\n\n\"The rest of the harbour stays open for now.\""),
];

/// Quote paragraphs and sentences that carry on an attribution of any mode
/// made in the sentence just before them (`..., Kolb said. "The rest ..."`).
pub fn continuations(doc: &Doc, found: &mut Found) {
    // Claim starts, by token (no hashing: std's hasher costs the wasm a kilobyte).
    let mut claimed = vec![false; doc.tokens.len() + 1];
    for a in found.iter() {
        claimed[a.claim.start] = true;
    }
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
        if s == 0 || doc.sentences[s].start != quote.open {
            continue;
        }
        let previous = doc.sentences[s - 1].clone();
        if paragraph_of(doc, previous.start) != paragraph_of(doc, quote.open) {
            continue;
        }
        // The attribution whose cue sits at the end of the previous sentence.
        let Some(j) = cue_in_sentence[s - 1].filter(|&j| {
            found[j]
                .cue
                .as_ref()
                .is_some_and(|c| previous.end - c.end <= 8)
        }) else {
            continue;
        };
        let cue = found[j].cue.clone();
        found.push(Attribution {
            claim,
            mode: ClaimMode::Direct,
            cue,
            source: Source::SameAs(j),
            rule: Rule::ContinuationSentence,
        });
    }
}

/// What the `quote-paragraph-after-colon` rule marks, and what it must not.
#[cfg(test)]
pub(super) const QUOTE_PARAGRAPH_AFTER_COLON: &[Example] = &[
    Marks(
        "Peskov continued:\n\n\"The talks are over and we will not return to them.\"",
        "The talks are over and we will not return to them",
        "Peskov",
    ),
    Not("Peskov continued.\n\n\"The talks are over and we will not return to them.\""),
];

/// `Peskov continued:` ending the paragraph before a quote paragraph.
fn attribution_in_previous_paragraph(
    doc: &Doc,
    start: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    if start == 0 || doc.word(start - 1) != ":" {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of(start - 1)].clone();
    let by_verb = || {
        let verb = (sentence.start..start - 1)
            .rev()
            .take(BEFORE_WINDOW)
            .find(|&i| cues::is_reporting_verb(doc, i) || doc.is(i, "continued"))?;
        if cues::is_cancelled(doc, verb, sentence.start) {
            return None;
        }
        let group = cues::verb_group_start(doc, verb, sentence.start);
        let phrase = speakers::phrase_before(doc, group, sentence.start)?;
        Some((phrase, cues::cue_span(doc, verb)))
    };
    by_verb().or_else(|| noun_before_colon(doc, start - 1))
}

/// Tokens an attribution after a quote does not run past.
fn is_boundary(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Quote || matches!(doc.word(i), ";" | ":")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (claim, speaker or "<same>", cue) of each direct claim.
    fn direct(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = Doc::new(text);
        let found = find(&doc);
        found.iter().map(|a| a.describe(&doc)).collect()
    }

    fn t(claim: &str, speaker: &str, cue: Option<&str>) -> (String, String, Option<String>) {
        (claim.into(), speaker.into(), cue.map(str::to_string))
    }

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
    fn a_quote_opening_a_reported_clause_is_no_direct_claim() {
        assert!(direct(
            "Lund said via email that, \"Of course the mayor will defend himself\" against \
             the smear."
        )
        .is_empty());
        assert!(
            direct("Lund said \"the next mayor of the town\" should choose the judge.").is_empty()
        );
        assert_eq!(
            direct("Berg said \"We will win this race\" and left the hall."),
            [t("We will win this race", "Berg", Some("said"))]
        );
    }

    #[test]
    fn a_possessed_speaker_word_ends_the_phrase() {
        assert_eq!(
            direct("Ann Lund's right-hand woman rallied supporters, saying: \"We will win.\""),
            [t(
                "We will win",
                "Ann Lund's right-hand woman",
                Some("saying")
            )]
        );
    }

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

    #[test]
    fn inverted_with_apposition() {
        assert_eq!(
            direct("\"The talks are over,\" said Ola Nordmann, the chief negotiator."),
            [t("The talks are over", "Ola Nordmann", Some("said"))]
        );
    }

    #[test]
    fn attribution_before_the_quote() {
        assert_eq!(
            direct("Berg said: \"We are ready.\""),
            [t("We are ready", "Berg", Some("said"))]
        );
        assert_eq!(
            direct("The envoy told reporters on Friday: “Nothing has changed.”"),
            [t("Nothing has changed", "envoy", Some("told"))]
        );
        assert_eq!(
            direct("Berg declared “the war is over.”"),
            [t("the war is over", "Berg", Some("declared"))]
        );
        // The listener of "told" is no speaker, even a speaker noun.
        assert_eq!(
            direct("Lund named no rival, but told his supporters, “the town is in trouble.”"),
            [t("the town is in trouble", "Lund", Some("told"))]
        );
    }

    #[test]
    fn attribution_inside_the_quote() {
        assert_eq!(
            direct("\"We are ready,\" she said, \"but not today.\""),
            [
                t("We are ready", "she", Some("said")),
                t("but not today", "she", Some("said"))
            ]
        );
    }

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
    fn quotes_after_a_reported_attribution_continue_it() {
        let text = "The port is closed, Kolb said. \"We will reopen it in May.\"";
        let doc = Doc::new(text);
        let mut found = find(&doc);
        super::super::reported::find(&doc, &mut found);
        continuations(&doc, &mut found);
        assert_eq!(found.len(), 2);
        assert_eq!(
            doc.span_of(found.nth(1).claim.clone()).slice(text),
            "We will reopen it in May"
        );
        assert_eq!(found.nth(1).source, Source::SameAs(Id(0)));
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
            direct("\"We will win,\" panel Chairman Ann Kolb (D-Ore.) said."),
            [t("We will win", "Chairman Ann Kolb", Some("said"))]
        );
        assert_eq!(
            direct("I laughed and said, \"Nobody believes that.\""),
            [t("Nobody believes that", "I", Some("said"))]
        );
    }

    #[test]
    fn a_quoted_title_before_a_reporting_clause_is_not_its_claim() {
        assert_eq!(
            direct("\"We are ready,\" she said in the Oval Office, adding that it was late."),
            [t("We are ready", "she", Some("said"))]
        );
        assert!(
            direct("On the show \"Morning Talk,\" the senator said the vote would fail.")
                .is_empty()
        );
    }

    #[test]
    fn colon_at_the_end_of_the_previous_paragraph() {
        assert_eq!(
            direct("Berg continued:\n\n\"The harbour will stay closed.\""),
            [t("The harbour will stay closed", "Berg", Some("continued"))]
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_not_claims() {
        assert!(direct("The so-called \"red line\" was crossed, officials said.").is_empty());
        assert!(direct("She starred in \"The Long Night\" last year.").is_empty());
    }

    #[test]
    fn a_new_sentence_after_a_quote_is_not_its_attribution() {
        assert!(
            direct("The sign read \"Closed for the winter.\" Officials said it would reopen.")
                .is_empty()
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            direct("\"They call it a 'deal', not a treaty,\" he said."),
            [t("They call it a 'deal', not a treaty", "he", Some("said"))]
        );
    }

    #[test]
    fn a_quote_after_a_preposition_is_a_title() {
        assert_eq!(
            direct("On the latest edition of \"Morning Talk,\" Gov. Ola Berg said the plan was a stunt."),
            []
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
    fn as_someone_put_it_before_a_quote() {
        assert_eq!(
            direct("As Lund put it: \"The bill will not pass this year.\""),
            [t(
                "The bill will not pass this year",
                "Lund",
                Some("put it")
            )]
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
            direct("\"Who wants the plan?\" Berg asked. The \"plan\" failed."),
            [t("Who wants the plan", "Berg", Some("asked"))]
        );
    }

    #[test]
    fn a_plural_possessive_inside_an_apposition() {
        assert_eq!(
            direct("Ann Kolb, who leads the dock workers' union, said, \"The port will close.\""),
            [t("The port will close", "Ann Kolb", Some("said"))]
        );
    }

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

    #[test]
    fn a_quote_the_writer_carries_on_is_no_continuation() {
        assert_eq!(
            direct(
                "\"This is wrong,\" Berg said. \"You squeezed the crews\" to lift the share price."
            ),
            [("This is wrong".into(), "Berg".into(), Some("said".into()))]
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

    #[test]
    fn a_participle_before_a_quote_speaks_for_the_subject() {
        assert_eq!(
            direct("The mayor defended the plan, saying, \"We will win this fight.\""),
            [(
                "We will win this fight".into(),
                "mayor".into(),
                Some("saying".into())
            )]
        );
        assert_eq!(
            direct("On Monday, Lund praised the crew, adding: \"They were heroes.\""),
            [(
                "They were heroes".into(),
                "Lund".into(),
                Some("adding".into())
            )]
        );
    }

    #[test]
    fn a_coordinated_verb_after_an_opening_phrase() {
        assert_eq!(
            direct("Walking to the car, Berg shook her head and said, \"No.\""),
            [t("No", "Berg", Some("said"))]
        );
        // The subject opening the first verb's clause (the reported pass's rule).
        assert_eq!(
            direct(
                "Berg, though she praised the judge and said, \"He deserves a hearing,\" voted no."
            ),
            [t("He deserves a hearing", "she", Some("said"))]
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
            direct("\"Is the port closed, Mr. Lund?\" a reporter can be heard asking Lund."),
            [t(
                "Is the port closed, Mr. Lund",
                "reporter",
                Some("asking")
            )]
        );
        // A quantifier before "of" is no phrase of its own.
        assert!(direct("\"We won the vote,\" one of the men said.").is_empty());
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
            direct("\"They are wrong,\" said the 34-year-old mother of three."),
            [t(
                "They are wrong",
                "34-year-old mother of three",
                Some("said")
            )]
        );
    }

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

    #[test]
    fn demanded_with_a_quote_is_speech() {
        assert_eq!(
            direct("\"Why is this not proof?\" Lund demanded."),
            [t("Why is this not proof", "Lund", Some("demanded"))]
        );
    }

    #[test]
    fn a_noun_before_a_colon_introduces_the_subjects_quote() {
        assert_eq!(
            direct("Lund made the following comment: \"The port will not close this year.\""),
            [t(
                "The port will not close this year",
                "Lund",
                Some("comment")
            )]
        );
        assert_eq!(
            direct("On May 3, Berg made the following comment:\n\n\"We will not rest until the ferry runs.\""),
            [t("We will not rest until the ferry runs", "Berg", Some("comment"))]
        );
        assert_eq!(
            direct("Worried about turnout, Mayor Berg is rolling out a new message: \"It is about the town.\""),
            [t("It is about the town", "Mayor Berg", Some("message"))]
        );
        assert!(direct("Her message: \"It is about the town and the port.\"").is_empty());
    }

    #[test]
    fn a_message_saying_or_reading_speaks_for_the_subject() {
        assert_eq!(
            direct("Before Berg spoke, her campaign sent a text message to supporters saying: \"We won the harbour towns tonight.\""),
            [t("We won the harbour towns tonight", "campaign", Some("saying"))]
        );
        assert_eq!(
            direct(
                "Lund posted a message on Twitter reading \"Thank you, Norland, for everything.\""
            ),
            [t(
                "Thank you, Norland, for everything",
                "Lund",
                Some("reading")
            )]
        );
        assert_eq!(
            direct("The letter goes on to say: \"We will not stop until the port is open.\""),
            [t(
                "We will not stop until the port is open",
                "letter",
                Some("say")
            )]
        );
    }

    #[test]
    fn as_someone_with_an_apposition_put_it() {
        assert_eq!(
            direct(
                "As Ola Lund, the chief whip of the party, put it: \"This bill will not pass.\""
            ),
            [t("This bill will not pass", "Ola Lund", Some("put it"))]
        );
    }

    #[test]
    fn a_participle_speaks_for_the_subject_of_its_clause() {
        assert_eq!(
            direct("On Monday, after a long race, Berg met Ola Lund and endorsed Norland, saying, \"We need a fighter.\""),
            [t("We need a fighter", "Berg", Some("saying"))]
        );
        assert_eq!(
            direct("Berg was cut short at the rally, when Lund voters booed her speech, shouting \"she wins, we lose!\""),
            [t("she wins, we lose", "Lund voters", Some("shouting"))]
        );
        assert_eq!(
            direct("\"We were ready,\" Lund sings to Berg before asking her, \"Where do we go from here?\""),
            [
                t("We were ready", "Lund", Some("sings")),
                t("Where do we go from here", "Lund", Some("asking"))
            ]
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
