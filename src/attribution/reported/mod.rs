//! Reported speech: the clause a reporting verb governs, attributed to the
//! verb's subject.
//!
//! Per sentence, two sweeps. The first (right to left) finds attributions
//! that follow their claim ("Japan has taken ..., Peskov said on Friday.")
//! and "according to X"; the claim is everything before them, so any cue
//! inside it is nested and not marked. The second (left to right) finds cues
//! that govern the clause after them ("Peskov said (that) ..."), and
//! participles that continue the main clause's subject (", stressing that ...").
use super::clauses::{
    addressee_end, clause_after, clause_end, is_participial_adjunct, looks_finite,
    looks_like_clause, looks_like_past, looks_like_present, skip_adjuncts, starts_participle,
    verb_after_that,
};
use super::cues::{self, Complement};
#[cfg(test)]
use super::rule::Example::{self, Marks, Not};
use super::{speakers, trim_claim, words, Attribution, Found, Id, Rule, Source};
use crate::model::ClaimMode;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

pub(super) mod according_to;
pub(super) mod after_claim;
pub(super) mod as_said;
pub(super) mod clause_before_colon;
pub(super) mod colon_paragraph;
pub(super) mod colon_quote_clause;
pub(super) mod conjoined_quotes;
pub(super) mod coordinated_verbs;
pub(super) mod frame;
pub(super) mod interposed_that;
pub(super) mod noun_cue;
pub(super) mod opening_participle;
pub(super) mod participle;
pub(super) mod passive_agent;
pub(super) mod purpose_infinitive;
pub(super) mod subordinate;
pub(super) mod verb_cue;
pub(super) mod with_participle;

use according_to::*;
pub(in crate::attribution) use after_claim::interrupted_clause_start;
use after_claim::*;
use as_said::*;
use clause_before_colon::*;
use colon_paragraph::*;
use colon_quote_clause::*;
pub(super) use conjoined_quotes::join_conjoined_quotes;
pub(super) use coordinated_verbs::first_verb_subject;
pub(in crate::attribution) use coordinated_verbs::{looks_like_verb, verb_list_comma};
use frame::*;
use interposed_that::*;
pub(in crate::attribution) use noun_cue::owner_of_noun;
use noun_cue::*;
use opening_participle::*;
pub(super) use participle::opening_subject;
use participle::*;
use passive_agent::*;
use purpose_infinitive::*;
use subordinate::*;
pub(in crate::attribution) use verb_cue::after_an_object;
use verb_cue::*;
use with_participle::*;

/// A verb form that can follow a subject by itself ("said", "warns"), not a
/// bare infinitive ("needs to sell and tell").
fn is_inflected(doc: &Doc, i: usize) -> bool {
    cues::is_inflected_form(doc, i)
}

/// The reported claim `claim` of the speaker phrase `speaker`, when it holds
/// two tokens or more and opens on no quote mark (a quote there is the quote
/// rules' to mark): the last step of the "as" rules and the passive agent.
fn phrase_claim(
    doc: &Doc,
    claim: Range<usize>,
    cue: Range<usize>,
    speaker: Range<usize>,
    rule: Rule,
) -> Option<Attribution> {
    (claim.len() >= 2 && doc.tokens[claim.start].kind != TokenKind::Quote).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule,
    })
}

/// Nouns naming a message whose content follows "saying" ("tweets saying").
fn is_message_noun(doc: &Doc, i: usize) -> bool {
    doc.has(i, super::words::MESSAGE)
}

/// Adds the reported claims of `doc` to `found` (which holds the direct ones).
pub fn find(doc: &Doc, found: &mut Found) {
    let mut covered = vec![false; doc.tokens.len()];
    for a in found.iter() {
        cover(&mut covered, a);
    }
    for cue in found.spent() {
        covered[cue.clone()].iter_mut().for_each(|c| *c = true);
    }
    // `Lund said the plan would fail: "We have no money."`: the quote after
    // the colon is the direct pass's; the cue's own clause before the colon
    // is reported (the colon ends it), then takes the quote in
    // (`clause-colon-quote`, `join_colon_quotes` below).
    // (cue start, the colon's token, the quote's attribution), sorted by cue
    // start: a binary search keeps many such quotes linear.
    let mut before_colon: Vec<(usize, usize, Id)> = Vec::new();
    for (id, a) in found.live() {
        // The opening mark may be two tokens (`''`).
        let Some(open) = doc.mark_before(a.claim.start) else {
            continue;
        };
        if let Some(cue) = a
            .cue
            .as_ref()
            .filter(|c| open > c.end + 2 && doc.word(open - 1) == ":")
        {
            covered[cue.clone()].iter_mut().for_each(|c| *c = false);
            before_colon.push((cue.start, open - 1, id));
        }
    }
    crate::order::sort(&mut before_colon);
    let first_reported = found.next_id();
    // Quoted passages are someone's own words: cues inside them are not ours
    // (but a claim may contain them).
    let mut quoted = vec![false; doc.tokens.len()];
    for q in doc
        .quotes
        .iter()
        .filter(|q| q.double && !q.nested && q.inner.len() >= 4)
    {
        quoted[q.inner.clone()].iter_mut().for_each(|c| *c = true);
    }
    // `clause-before-colon`: the clause before a quote's attribution that
    // ends at a colon ("<clause>, she said: "..."").
    let fronts: Vec<Attribution> = found
        .live()
        .filter_map(|(id, a)| {
            let s = &doc.sentences[doc.sentence_of(a.cue.as_ref()?.start)];
            let claim = front_of_colon(doc, s, a, &covered)?;
            Some(Attribution {
                claim,
                mode: ClaimMode::Reported,
                cue: a.cue.clone(),
                source: Source::SameAs(id),
                rule: Rule::ClauseBeforeColon,
            })
        })
        .collect();
    for a in fronts {
        covered[a.claim.clone()].iter_mut().for_each(|c| *c = true);
        found.push(a);
    }
    let direct = DirectCues::new(doc, found);
    // Each token's lexicon lookups once, not once per sweep.
    let candidate: Vec<bool> = (0..doc.tokens.len())
        .map(|i| may_start_cue(doc, i))
        .collect();
    // The claims of attributions after their claim: a clause-after claim
    // ends where one begins (`... part of the race - no different, he said,
    // from ...`).
    let mut claimed_after = vec![false; doc.tokens.len()];
    for s in 0..doc.sentences.len() {
        let sentence = doc.sentences[s].clone();
        // `Lund Responds To Critics By Saying We ...`: in a Title Case
        // headline a participle cue is no attribution; `..., Minister Says` is.
        // Checked only when a participle cue asks (most sentences have none).
        let headline = std::cell::OnceCell::new();
        let skip = |i: usize| {
            let w = doc.word(i).as_bytes();
            w.len() > 4
                && w[w.len() - 3..].eq_ignore_ascii_case(b"ing")
                && *headline.get_or_init(|| is_title_case(doc, &sentence))
        };
        for i in sentence.clone().rev() {
            if !candidate[i] || covered[i] || quoted[i] || skip(i) {
                continue;
            }
            if let Some(a) =
                according_to(doc, &sentence, i).or_else(|| after_claim(doc, &sentence, i, &covered))
            {
                cover(&mut covered, &a);
                claimed_after[a.claim.clone()]
                    .iter_mut()
                    .for_each(|c| *c = true);
                found.push(a);
            }
        }
        let mut i = sentence.start;
        while i < sentence.end {
            if candidate[i] && !covered[i] && !quoted[i] && !skip(i) {
                if let Some(a) = before_claim(doc, &sentence, i, found, &direct, &covered)
                    .or_else(|| colon_paragraph(doc, &sentence, i))
                    .and_then(|a| ended_by_claim_after(doc, a, &claimed_after))
                {
                    cover(&mut covered, &a);
                    // Past the claim, or past the cue when the claim came before it.
                    i = a
                        .claim
                        .end
                        .max(a.cue.as_ref().map_or(i, |c| c.end))
                        .max(i + 1);
                    let front = front_of_interposed_that(doc, &sentence, &a, &covered);
                    let colon_front = front_of_colon(doc, &sentence, &a, &covered);
                    let cue = a.cue.clone();
                    let id = found.push(a);
                    for (claim, rule) in [
                        (colon_front, Rule::ClauseBeforeColon),
                        (front, Rule::InterposedThat),
                    ] {
                        if let Some(claim) = claim {
                            covered[claim.clone()].iter_mut().for_each(|c| *c = true);
                            found.push(Attribution {
                                claim,
                                mode: ClaimMode::Reported,
                                cue: cue.clone(),
                                source: Source::SameAs(id),
                                rule,
                            });
                        }
                    }
                    continue;
                }
            }
            i += 1;
        }
    }
    // Only a clause after the cue ending before the colon ("told reporters
    // on Tuesday:" has none; "On Saturday, Lund said on the radio:" is no
    // claim before the cue either).
    if !before_colon.is_empty() {
        found.remove_from(first_reported, |a| {
            a.cue.as_ref().is_some_and(|cue| {
                before_colon
                    .binary_search_by_key(&cue.start, |&(start, _, _)| start)
                    .is_ok_and(|at| a.claim.end > before_colon[at].1 || a.claim.start < cue.start)
            })
        });
        join_colon_quotes(doc, found, first_reported, &before_colon);
    }
}

/// `Berg said that was part of the race - no different, he said, from ...`:
/// a claim after its cue ends where the claim of an interposed attribution
/// (found first, `claimed_after`) begins; too short a rest is no claim.
fn ended_by_claim_after(
    doc: &Doc,
    mut a: Attribution,
    claimed_after: &[bool],
) -> Option<Attribution> {
    if let Some(next) = a.claim.clone().find(|&k| claimed_after[k]) {
        a.claim = trim_claim(doc, a.claim.start..next);
        if a.claim.len() < 2 {
            return None;
        }
    }
    Some(a)
}

/// A headline in Title Case: five words or more, every one capitalised but
/// function words, and not all in capitals (a wire headline, `GREECE SAYS
/// IT HAS ...`, is read as a sentence).
fn is_title_case(doc: &Doc, s: &Range<usize>) -> bool {
    let mut words = 0;
    let mut lower = false;
    for k in s.clone() {
        if doc.tokens[k].kind == TokenKind::Word {
            if !doc.is_capitalized(k) && !doc.has(k, words::FUNCTION_WORD) {
                return false;
            }
            lower |= doc.word(k).bytes().any(|b| b.is_ascii_lowercase());
            words += 1;
        }
    }
    words >= 5 && lower
}

/// Token `i` may open a cue: a reporting verb or noun, or the first word of
/// "make it clear", "point out" or "according to". Every sweep below needs one.
fn may_start_cue(doc: &Doc, i: usize) -> bool {
    if !doc.classes(i).intersects(words::CUE_START) {
        return false;
    }
    cues::reporting_verb(doc, i).is_some()
        || cues::is_reporting_noun(doc, i)
        || cues::make_it_clear(doc, i).is_some()
        || cues::according_to(doc, i)
        || doc.is(i, "as")
}

fn cover(covered: &mut [bool], a: &Attribution) {
    covered[a.claim.clone()].iter_mut().for_each(|c| *c = true);
    if let Some(cue) = &a.cue {
        covered[cue.clone()].iter_mut().for_each(|c| *c = true);
    }
}

/// The cue starting at token `i`: its token range.
fn cue_at(doc: &Doc, i: usize) -> Option<Range<usize>> {
    if let Some(end) = cues::make_it_clear(doc, i) {
        return Some(i..end + 1);
    }
    cues::is_reporting_clause_verb(doc, i).then(|| cues::cue_span(doc, i))
}

fn complement_of(doc: &Doc, cue: &Range<usize>) -> Complement {
    cues::reporting_verb(doc, cue.start).unwrap_or(Complement::Clause)
}

/// The first token of `r` past its sentence openers ("But", "And"), or
/// `r.end` where it holds nothing else.
fn past_openers(doc: &Doc, r: Range<usize>) -> usize {
    r.clone()
        .find(|&k| !doc.has(k, words::SENTENCE_OPENER))
        .unwrap_or(r.end)
}

/// Token `i` begins its sentence, after any openers ("But according to ...").
fn opens_sentence(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    (s.start..i).all(|k| doc.has(k, words::SENTENCE_OPENER) || doc.word(k) == ",")
}

fn is_lowercase_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && !doc.has(i, words::NOT_SPEAKER_LINK)
        && doc.word(i).chars().all(char::is_lowercase)
        && !speakers::is_determiner(doc, i)
        && !speakers::is_pronoun(doc, i)
}

/// How far into a sentence a dateline may reach ("OSLO, March 3 (Reuters) -").
const DATELINE_WINDOW: usize = 14;

/// Past a dateline opening the claim: capitalised words, numbers and an
/// agency in brackets, ended by a dash or the closing bracket.
pub(in crate::attribution) fn skip_dateline(doc: &Doc, claim: Range<usize>) -> Range<usize> {
    // "Moscow, Feb 20 (IANS) Japan has ...": a date, then an agency in brackets.
    let window = claim.start..(claim.start + DATELINE_WINDOW).min(claim.end);
    if let Some(close) = window.clone().find(|&k| doc.word(k) == ")") {
        let dated = (claim.start..close).any(|k| doc.tokens[k].kind == TokenKind::Number);
        let agency = close >= 2
            && doc.word(close - 2) == "("
            && doc.is_capitalized(close - 1)
            && doc.is_capitalized(close + 1);
        if dated && agency {
            return close + 1..claim.end;
        }
    }
    let first = claim.start;
    if claim.is_empty()
        || doc.tokens[first].kind != TokenKind::Word
        || doc.word(first).chars().any(char::is_lowercase)
    {
        return claim;
    }
    let window = first..(first + DATELINE_WINDOW).min(claim.end);
    let mut in_brackets = false;
    let mut end = None;
    for k in window {
        let w = doc.word(k);
        match w {
            "(" => in_brackets = true,
            ")" => {
                in_brackets = false;
                end = Some(k + 1);
            }
            "-" | "—" | "–" if doc.tokens[k].space_before => {
                return claim.start.max(k + 1)..claim.end
            }
            "," | "." | "/" => {}
            _ if in_brackets => {}
            _ if doc.tokens[k].kind == TokenKind::Number => {}
            _ if doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k) => {
                if end.is_some() {
                    break;
                }
            }
            _ => return claim,
        }
    }
    end.map_or(claim.clone(), |e| e..claim.end)
}

fn skip_opening_quote(doc: &Doc, mut claim: Range<usize>) -> Range<usize> {
    if !claim.is_empty() && doc.tokens[claim.start].kind == TokenKind::Quote {
        claim.start += 1;
    }
    claim
}

#[cfg(test)]
pub(super) mod tests;
