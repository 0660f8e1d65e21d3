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

pub(super) mod chant;
pub(super) mod colon_quote;
pub(super) mod continuation;
pub(super) mod fragment;
pub(super) mod infinitive;
pub(super) mod paragraph_colon;
pub(super) mod plain_phrase;
pub(super) mod quote_after;
pub(super) mod quote_before;

use chant::*;
pub(super) use colon_quote::CLAUSE_WINDOW;
use colon_quote::*;
use continuation::*;
pub use continuation::{continuations, participle_quotes};
use fragment::*;
use infinitive::*;
use paragraph_colon::*;
pub(in crate::attribution) use plain_phrase::plain_phrase_before;
use plain_phrase::*;
pub(in crate::attribution) use quote_after::opens_clause_verb;
use quote_after::*;
use quote_before::*;
pub(super) use quote_before::{coordinated_subject, main_subject, quote_carried_on};

/// How far before an opening quote mark the cue may sit (`Peskov told reporters on Friday: "`).
const BEFORE_WINDOW: usize = 12;
/// Quotes shorter than this (in tokens) with no attribution are scare quotes or titles.
const MIN_CONTINUATION_TOKENS: usize = 4;

/// A speaker phrase, its cue, and the rule that found them.
type Said = (Range<usize>, Range<usize>, Rule);

/// Attributed direct quotes, in text order.
pub fn find(doc: &Doc) -> Found {
    let mut out = Found::default();
    // The last attributed quote: (its id, paragraph index, token index of
    // its end, double marks).
    let mut last: Option<(Id, usize, usize, bool)> = None;
    for quote in doc.quotes.iter().filter(|q| !q.nested) {
        if !quote.double && quote.inner.len() < MIN_CONTINUATION_TOKENS {
            continue;
        }
        let claim = trim_claim(doc, quote.inner.clone());
        let chanted = chant(doc, quote);
        if claim.is_empty()
            || (chanted.is_none() && (is_quoted_title(doc, quote) || is_apposed_title(doc, quote)))
            || is_nickname(doc, quote)
        {
            continue;
        }
        let paragraph = doc.paragraph_of(quote.open);
        let after = chanted
            .map(|(phrase, cue)| (phrase, cue, Rule::Chant))
            .or_else(|| attribution_after(doc, quote));
        // `first-attribution`: `Berg said, "...," she said.`: a subject and
        // its verb right before the opening mark name the speaker; the
        // attribution after the quote only repeats (or relays) it, its cue
        // spent.
        let after = match after {
            Some((_, cue, Rule::QuoteAfter)) if subject_verb_before(doc, quote) => {
                out.spend(cue);
                None
            }
            after => after,
        };
        // `With many ferries, "no one breakdown can stop the fleet," he said.`
        let fragment = after
            .as_ref()
            .and_then(|(relay, cue, _)| fragment_claim(doc, quote, relay, cue));
        // `carried-past-attribution`: the writer's clause goes on after the
        // attribution (`"Only the ferry," she said, would do.`).
        let carried = after.as_ref().is_some_and(|(phrase, cue, rule)| {
            *rule == Rule::QuoteAfter && carried_past(doc, quote, phrase, cue)
        });
        let fragment = fragment.filter(|_| !carried);
        let attribution = after
            .map(|(phrase, cue, rule)| {
                (
                    phrase,
                    cue,
                    if carried { Rule::InterposedQuote } else { rule },
                )
            })
            .or_else(|| attribution_before(doc, quote))
            .map(|(phrase, cue, rule)| (Source::Phrase(phrase), Some(cue), rule));
        // `"...," Lund said, adding later, "..."`: the participle continues the speaker.
        // (Here, before the reported pass, so that `adding that "..."` stays
        // a direct claim; `participle_quotes` takes those after the claims
        // only later passes find: reported ones, quoted words.)
        let attribution = attribution.or_else(|| {
            let (prev, _, prev_end, _) = last?;
            let cue = participle_before(doc, quote.open)?;
            (doc.sentence_of(prev_end) == doc.sentence_of(quote.open)).then_some((
                Source::SameAs(prev),
                Some(cue),
                Rule::ParticipleQuote,
            ))
        });
        // `"...," said Dahl, head of studies at the school, "but ..."`: the quote resumes.
        let attribution = attribution.or_else(|| {
            let (prev, _, _, _) = last?;
            resumes_split_quote(doc, quote, &out[prev]).then(|| {
                (
                    Source::SameAs(prev),
                    out[prev].cue.clone(),
                    Rule::SplitQuote,
                )
            })
        });
        let attribution = attribution.or_else(|| {
            let (prev, prev_paragraph, prev_end, prev_double) = last?;
            (keeps_marks(quote, prev_double)
                && continues(doc, quote, paragraph, prev_paragraph, prev_end, claim.len()))
            .then(|| {
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
            Some((clause, rule)) => (clause, ClaimMode::Reported, rule),
            None if rule == Rule::InterposedQuote => {
                let speaker = match &source {
                    Source::Phrase(p) if p.end <= quote.open => Some(p.start),
                    _ => None,
                };
                (
                    interposed_claim(doc, quote, speaker),
                    ClaimMode::Reported,
                    rule,
                )
            }
            None if rule == Rule::ContinuationParagraph => {
                let (claim, mode) = carried_claim(doc, quote).unwrap_or((claim, ClaimMode::Direct));
                (claim, mode, rule)
            }
            None => (claim, ClaimMode::Direct, rule),
        };
        let id = out.push(Attribution {
            claim,
            mode,
            cue,
            source,
            rule,
        });
        last = Some((id, paragraph, end, quote.double));
    }
    out
}

/// `Berg said "...`, `Berg warned, "...`: the attribution before the quote
/// is a speaker phrase and its verb right before the opening mark (past a
/// comma or a colon).
/// The phrase opens its clause: not `Nothing the president said "...,"
/// the senator said` (a relative clause inside the subject of the
/// attribution after the quote).
fn subject_verb_before(doc: &Doc, quote: &Quote) -> bool {
    let Some((phrase, cue, Rule::QuoteBefore)) = attribution_before(doc, quote) else {
        return false;
    };
    let sentence_start = doc.sentences[doc.sentence_of(phrase.start)].start;
    let start = speakers::past_determiner(doc, phrase.start, sentence_start);
    let opens = start == sentence_start
        || matches!(doc.word(start - 1), "," | ":")
        || doc.has(start - 1, words::SUBORDINATOR);
    opens
        && phrase.end == cue.start
        && (cue.end == quote.open
            || (cue.end + 1 == quote.open && matches!(doc.word(cue.end), "," | ":")))
}

/// `"Legend in the Coal Fields"`, `'All Bets Are Off.'`: a short quote in
/// title case is a headline or a title, not a continuation of speech.
fn is_title_case(doc: &Doc, quote: &Quote) -> bool {
    is_title_case_span(doc, quote.inner.clone(), 2)
}

/// At most ten tokens whose words past the first (capitalised in any
/// sentence), small words aside, are all capitalised, at least `min_past_first`
/// of them.
pub(in crate::attribution) fn is_title_case_span(
    doc: &Doc,
    inner: Range<usize>,
    min_past_first: usize,
) -> bool {
    if inner.is_empty() || inner.len() > 10 {
        return false;
    }
    let mut count = 0;
    for k in inner.start + 1..inner.end {
        if doc.tokens[k].kind != TokenKind::Word || doc.has_lowercase(k, words::TITLE_SMALL_WORD) {
            continue;
        }
        if !doc.is_capitalized(k) {
            return false;
        }
        count += 1;
    }
    count >= min_past_first
}

/// A quote right after a preposition or "titled" is a title, not what someone said.
fn is_quoted_title(doc: &Doc, quote: &Quote) -> bool {
    quote.open > 0 && doc.has(quote.open - 1, words::BEFORE_TITLE)
}

/// `apposed-title`: `she wrote in her memoir, "Harbour Days."`, `On the
/// channel's "Morning Harbour," Lund said`: a quote in title case (two
/// capitalised words or more) right after a lowercase noun (a comma between
/// or not) names a book, a show or a song beside that noun; no one's words.
/// After a cue or its listener (`said, "..."`, `told the crowd, "..."`) it
/// is a quote all the same.
fn is_apposed_title(doc: &Doc, quote: &Quote) -> bool {
    let Some(mut before) = quote.open.checked_sub(1) else {
        return false;
    };
    if doc.word(before) == "," {
        let Some(k) = before.checked_sub(1) else {
            return false;
        };
        before = k;
    }
    let possessive = doc.is_clitic_s(before);
    let noun = possessive
        || (doc.tokens[before].kind == TokenKind::Word
            && !doc.is_capitalized(before)
            && !speakers::is_pronoun(doc, before)
            && !doc.has(before, words::OBJECT_PRONOUN)
            && !doc.has(before, words::QUOTING_VERB)
            && !cues::is_reporting_verb(doc, before));
    let after_cue = (before.saturating_sub(2)..before).any(|k| cues::is_reporting_verb(doc, k));
    noun && !after_cue
        && doc.is_capitalized(quote.inner.start)
        && is_title_case_span(doc, quote.inner.clone(), 1)
}

/// `carried-past-attribution`: `"Only the ferry," she said, would do.`,
/// `Riders pay "a steeper fare," he said, and are turning to the bus.`: a
/// quote handed on by its comma to an attribution after which the writer's
/// clause goes on, a comma and a finite verb (or "and" and one) with no
/// subject of its own: the attribution is interposed in one claim, the
/// whole sentence (the spec). Not `"...," he said, and the crowd cheered.`
/// (a clause of its own) nor `"...," he said, adding ...`.
fn carried_past(doc: &Doc, quote: &Quote, phrase: &Range<usize>, cue: &Range<usize>) -> bool {
    let comma = phrase.end.max(cue.end);
    let finite = |k: usize| doc.has(k, words::FINITE) && !doc.is_capitalized(k);
    ends_for_attribution(doc, quote)
        && doc.is(comma, ",")
        && doc.sentence_of(comma) == doc.sentence_of(quote.open)
        && (finite(comma + 1) || (doc.is(comma + 1, "and") && finite(comma + 2)))
}

/// `Del. Ragna "Rags" Holm`: a short capitalised quote between two
/// capitalised words is a nickname inside a name, not what anyone said.
fn is_nickname(doc: &Doc, quote: &Quote) -> bool {
    let capitalised_word =
        |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k);
    quote.close.is_some()
        && quote.open > 0
        && quote.after < doc.tokens.len()
        && quote.inner.len() <= 3
        && capitalised_word(quote.open - 1)
        && capitalised_word(quote.after)
        && quote.inner.clone().all(capitalised_word)
}

/// Token `i` is a mark of a nickname quote ([`is_nickname`]).
fn is_nickname_mark(doc: &Doc, i: usize) -> bool {
    // The quote opening at `i`, or the last one opening before it (closing at `i`).
    let at = doc.quotes.partition_point(|q| q.open <= i);
    at > 0 && {
        let q = &doc.quotes[at - 1];
        (q.open == i || q.close == Some(i)) && is_nickname(doc, q)
    }
}

/// The sentence around an interposed attribution and the quote carrying on
/// its clause, without the dateline and the closing marks and stop. With
/// the `speaker` before the quote, the clause the attribution interrupts
/// (`interposed-quote-clause`, as after-claim's `interrupted-clause`): past
/// a semicolon or an unpaired dash before it, or from a relative pronoun
/// after a comma (`The quay is near the old fort, which, Berg said, "is
/// full of visitors in May."`: from "which").
fn interposed_claim(doc: &Doc, quote: &Quote, speaker: Option<usize>) -> Range<usize> {
    let sentence = doc.sentences[doc.sentence_of(quote.open)].clone();
    let mut claim = crate::attribution::reported::skip_dateline(doc, sentence);
    if let Some(p) = speaker {
        let p = speakers::past_determiner(doc, p, claim.start);
        if p > claim.start + 1 && doc.word(p - 1) == "," {
            claim.start =
                crate::attribution::reported::interrupted_clause_start(doc, claim.start, p - 1);
        }
    }
    while claim.end > claim.start
        && (doc.tokens[claim.end - 1].kind == TokenKind::Quote
            || matches!(doc.word(claim.end - 1), "." | "!" | "?" | "," | ";" | ":"))
    {
        claim.end -= 1;
    }
    claim
}

/// Tokens an attribution after a quote does not run past.
fn is_boundary(doc: &Doc, i: usize) -> bool {
    // (`Lund, Berg' campaign manager, said`: a plural possessive is no quote mark.)
    // (`Del. Ragna "Rags" Holm said`: a nickname's marks are part of the name.)
    (doc.tokens[i].kind == TokenKind::Quote
        && !speakers::is_plural_possessive(doc, i)
        && !is_nickname_mark(doc, i))
        || matches!(doc.word(i), ";" | ":")
}

#[cfg(test)]
mod tests;
