//! Protest mentions: diplomatic protests, condemnations and demonstrations,
//! with who protests, what and against which state.
//!
//! One pass over the tokens: at each token the longest trigger of
//! `data/protest_triggers.tsv` (see `patterns`), rejected by the look-alike
//! rules (`lookalikes`), widened to its adverbs, modifiers and light verb
//! ("lodged a strong protest"), then given its roles (`roles`).
mod lookalikes;
mod patterns;
mod roles;
pub(crate) mod words;

use crate::mentions::{ClaimMention, CountryMention, ProtestMention, SpeakerMention};
use crate::model::ProtestForm;
use crate::text::Doc;
use lookalikes::Candidate;
use patterns::{is_modifier, FormRule, Role, Triggers};
use roles::Context;
use std::ops::Range;
use std::sync::LazyLock;
use words::token_in;

static TRIGGERS: LazyLock<Triggers> =
    LazyLock::new(|| Triggers::parse(include_str!("../../data/protest_triggers.tsv")));

/// Every protest in the text. `claims` are the direct and reported claims:
/// a protest inside one belongs to its speaker when no subject is found.
pub fn find(
    doc: &Doc,
    countries: &[CountryMention],
    speakers: &[SpeakerMention],
    claims: &[ClaimMention],
) -> Vec<ProtestMention> {
    let ctx = Context::new(countries, speakers, claims);
    let mut found: Vec<ProtestMention> = Vec::new();
    let mut floor = 0; // no span may start before the end of the previous one
    let mut i = 0;
    while i < doc.tokens.len() {
        let Some((trigger, end)) = TRIGGERS.longest_at(doc, i) else {
            i += 1;
            continue;
        };
        let sentence = doc.sentences[doc.sentence_of(i)].clone();
        let mut role = trigger.role;
        let single = end == i + 1;
        if role == Role::Verb
            && single
            && i > 0
            && (token_in(doc, i - 1, "det") || token_in(doc, i - 1, "mod"))
        {
            role = Role::Noun; // "a protest", "violent protests"
        }
        let candidate = Candidate {
            core: i..end,
            sentence: sentence.clone(),
            role,
        };
        if lookalikes::rejects(doc, &candidate, trigger.guard).is_some() {
            i += 1;
            continue;
        }
        let (start, light) = widen_left(doc, i, role, floor.max(sentence.start));
        let right = if role == Role::Agent {
            end
        } else {
            widen_right(doc, end, &sentence)
        };
        let mut span = start..right;
        if role != Role::Agent {
            if let Some(merged) = in_protest_after(doc, span.end, &sentence) {
                span.end = merged;
                role = Role::Noun;
            }
        }
        let subject_allowed = matches!(role, Role::Verb | Role::VerbOf) || light || span.end > end;
        let protester =
            roles::protester(doc, span.clone(), i, &sentence, role, subject_allowed, &ctx);
        let target = roles::target(doc, span.end, &sentence, role);
        let mut against = roles::against(doc, target, protester, span.start, &sentence, &ctx)
            .or_else(|| roles::addressee_state(doc, span.end, &sentence, &ctx));
        if against.is_none() && target.is_some_and(|t| roles::refers_back(doc, t)) {
            // "called for a withdrawal of such claims": the state of the protest
            // just before, in this paragraph or the one before.
            let paragraph = doc.paragraphs.partition_point(|p| p.end <= i);
            against = found
                .iter()
                .rev()
                .find(|p| p.against.is_some())
                .filter(|p| {
                    let at = doc.token_at(p.span.start);
                    doc.paragraphs.partition_point(|q| q.end <= at) + 1 >= paragraph
                })
                .and_then(|p| p.against);
        }
        let form = match trigger.form {
            FormRule::Fixed(form) => form,
            FormRule::ByProtester if protester.is_some_and(|p| roles::is_state(doc, p, &ctx)) => {
                ProtestForm::Diplomatic
            }
            FormRule::ByProtester => ProtestForm::Demonstration,
        };
        found.push(ProtestMention {
            span: doc.span_of(span.clone()),
            form,
            protester,
            target,
            against,
        });
        floor = span.end;
        i = span.end;
    }
    found
}

/// Extends a match left over adverbs and modifiers ("strongly protests",
/// "violent protests") and, for a noun, over a light verb and its determiner
/// ("staged a sit-in"). Returns the new start and whether a light verb was taken.
fn widen_left(doc: &Doc, start: usize, role: Role, floor: usize) -> (usize, bool) {
    let mut s = start;
    while s > floor
        && (token_in(doc, s - 1, "adv")
            || (matches!(role, Role::Noun | Role::NounOf | Role::Agent) && is_modifier(doc, s - 1)))
    {
        s -= 1;
    }
    if matches!(role, Role::Agent | Role::Verb | Role::VerbOf) {
        return (s, false);
    }
    let mut j = s;
    if j > floor && token_in(doc, j - 1, "det") {
        j -= 1;
    }
    if j > floor && token_in(doc, j - 1, "light") {
        j -= 1;
        while j > floor && token_in(doc, j - 1, "adv") {
            j -= 1;
        }
        return (j, true);
    }
    (s, false)
}

/// Extends a match right over adverbs ("protest strongly").
fn widen_right(doc: &Doc, end: usize, sentence: &Range<usize>) -> usize {
    let mut e = end;
    while e < sentence.end && token_in(doc, e, "adv") {
        e += 1;
    }
    e
}

/// An act followed by "in protest" is one protest: "summoned the ambassador in
/// protest", "blocked the bridge with tractors in a protest". The end of "protest".
fn in_protest_after(doc: &Doc, end: usize, sentence: &Range<usize>) -> Option<usize> {
    let limit = (end + 6).min(sentence.end);
    let at = (end..limit)
        .take_while(|&j| doc.tokens[j].kind == crate::text::TokenKind::Word)
        .find(|&j| doc.is(j, "in"))?;
    // "in protest", "in a one-day protest", "in an EC protest": at most three words between.
    let limit = (at + 5).min(sentence.end);
    (at + 1..limit)
        .take_while(|&k| doc.tokens[k].kind == crate::text::TokenKind::Word || is_modifier(doc, k))
        .find(|&k| doc.is(k, "protest"))
        .map(|k| k + 1)
}

#[cfg(test)]
mod tests;
