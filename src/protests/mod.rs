//! Protest mentions: diplomatic protests, condemnations and demonstrations,
//! with who protests, what and against which state.
//!
//! One pass over the tokens: at each token the longest trigger of
//! `data/protest_triggers.tsv` (see `triggers`), rejected by the look-alike
//! rules (`lookalikes`), widened to its adverbs, modifiers and light verb
//! ("lodged a strong protest"), then given its roles (`roles`).
mod lookalikes;
mod roles;
mod triggers;
pub(crate) mod words;

use crate::lexicon::class::attribution::{BE, INDEFINITE_ARTICLE};
use crate::mentions::{ClaimMention, CountryMention, ProtestMention, SpeakerMention};
use crate::model::ProtestForm;
use crate::text::Doc;
use lookalikes::Candidate;
use roles::Context;
use std::ops::Range;
use std::sync::LazyLock;
use triggers::{is_modifier, FormRule, Role, Triggers};
use words::*;

static TRIGGERS: LazyLock<Triggers> =
    LazyLock::new(|| Triggers::parse(crate::data_file!("protest_triggers.tsv")));

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
            && (doc.has(i - 1, DET) || doc.has(i - 1, MOD) || doc.has(i - 1, NOUN_BEFORE))
        {
            // "a protest", "violent protests", "amid protests": a noun, so the
            // subject before it ("Seoul picks site amid protests") is not its protester.
            role = Role::Noun;
        }
        if single && doc.has(i, OF_TARGET) && doc.is(end, "of") {
            // `boycott-of`: "a boycott of Danish goods", "Norway's boycott of
            // the games": a noun whose "of" names what it opposes (the verb
            // never takes "of").
            role = Role::NounOf;
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
        if light && lookalikes::negated_before(doc, start, sentence.start) {
            // "did not stage a protest": the light verb is negated.
            i = end;
            continue;
        }
        let right = if role == Role::Agent {
            end
        } else {
            widen_right(doc, end, &sentence)
        };
        let mut span = start..right;
        // The role as matched, before "in protest" makes the act one noun phrase.
        let act_role = role;
        if role != Role::Agent {
            if let Some(merged) = in_protest_after(doc, span.end, &sentence) {
                span.end = merged;
                role = Role::Noun;
            }
        }
        // A passive summons: its subject is the diplomat summoned, not the protester.
        let passive_summons = matches!(trigger.guard, Some("diplomat-subject" | "summons"));
        let subject_allowed = !passive_summons
            && (matches!(role, Role::Verb | Role::VerbOf | Role::Act) || light || span.end > end);
        let demonstration = trigger.form == FormRule::Fixed(ProtestForm::Demonstration);
        // "summoned the envoy to protest X": the act whose stated purpose this is.
        let act = purpose_of_act(doc, &found, &span, &sentence);
        let protester = if passive_summons {
            // "Russia's ambassador was summoned by Norway": only "by" names the protester.
            roles::agent_after_by(doc, span.end, &sentence, role, &ctx)
        } else if let Some(act) = act {
            act.protester
        } else {
            let matched = roles::Matched {
                span: span.clone(),
                core_start: i,
                sentence: &sentence,
                role,
                subject_allowed,
                demonstration,
            };
            roles::protester(doc, &matched, &ctx)
        };
        let target = roles::target(doc, span.end, &sentence, role);
        let side = roles::against_state(
            doc,
            &roles::AgainstOf {
                span: span.clone(),
                core_start: i,
                sentence: &sentence,
                protester,
                target,
                diplomatic_verb: trigger.form == FormRule::Fixed(ProtestForm::Diplomatic)
                    && matches!(act_role, Role::Verb | Role::VerbOf),
                passive_summons,
                place_object: trigger.guard == Some("blockade"),
                labour: (i..end).any(|k| doc.has(k, LABOUR)) || trigger.guard == Some("stoppage"),
                street: demonstration
                    || (trigger.form == FormRule::ByProtester
                        && !protester.is_some_and(|p| roles::is_state(doc, p, &ctx))),
                purpose_of: act,
                earlier: &found,
            },
            &ctx,
        );
        let needs_state = match trigger.guard {
            Some("state") => true,
            Some("note") => lookalikes::plain_note(doc, &candidate),
            _ => false,
        };
        if needs_state
            && side.addressed.is_none()
            && !protester.is_some_and(|p| roles::is_named_state(doc, p, &ctx))
        {
            // A complaint, a demand to undo or a plain note with no state on
            // either side: a lawsuit, a customer, a coach ("asked the players
            // to return the kit"), a letter ("sent the note to the board").
            i += 1;
            continue;
        }
        let form = match trigger.form {
            FormRule::Fixed(form) => form,
            FormRule::ByProtester if protester.is_some_and(|p| roles::is_state(doc, p, &ctx)) => {
                ProtestForm::Diplomatic
            }
            // A stated purpose has its act's form.
            FormRule::ByProtester => act.map_or(ProtestForm::Demonstration, |a| a.form),
        };
        found.push(ProtestMention {
            span: doc.span_of(span.clone()),
            form,
            protester,
            target,
            against: side.against,
        });
        floor = span.end;
        i = span.end;
    }
    one_act_told_twice(doc, &mut found);
    found
}

/// `one-act-told-twice`: street acts of one sentence by the same protester
/// ("Danish fishermen marched through the port and blocked the bridge to
/// Sweden in a protest against the government's quota rules") are one
/// protest told twice: an act with no state of its own takes the state of
/// the next.
/// Marks: the sentence above (both DK).
/// Not: `Danish farmers took to the streets. Swedish farmers blocked roads
/// against the Danish government's policy.` (two sentences, two protesters),
/// `Danish fishermen marched through the port, and Swedish farmers blocked
/// the bridge to Denmark in a protest against the Danish government's quota
/// rules.` (one sentence, two protesters: the march has none).
fn one_act_told_twice(doc: &Doc, found: &mut [ProtestMention]) {
    let street = |p: &ProtestMention| p.form == ProtestForm::Demonstration;
    for k in (1..found.len()).rev() {
        let (before, after) = (&found[k - 1], &found[k]);
        let same_sentence = doc.sentence_of(doc.token_at(before.span.start))
            == doc.sentence_of(doc.token_at(after.span.start));
        if before.against.is_none()
            && street(before)
            && street(after)
            && before.protester.is_some()
            && before.protester == after.protester
            && same_sentence
        {
            found[k - 1].against = found[k].against;
        }
    }
}

/// "summoned the envoy to protest": an infinitive after an act in its
/// sentence is the act's stated purpose, with the act's protester (found or
/// not: "Russia's" inside "summoned Russia's ambassador to protest" is no
/// subject) and the act's state protested against.
fn purpose_of_act<'f>(
    doc: &Doc,
    found: &'f [ProtestMention],
    span: &Range<usize>,
    sentence: &Range<usize>,
) -> Option<&'f ProtestMention> {
    if !(span.start > sentence.start && doc.is(span.start - 1, "to")) {
        return None;
    }
    let sentence_from = doc.tokens[sentence.start].span.start;
    found.last().filter(|p| p.span.start >= sentence_from)
}

/// Extends a match left over adverbs and modifiers ("strongly protests",
/// "violent protests") and, for a noun, over a light verb and its determiner
/// ("staged a sit-in"). Returns the new start and whether a light verb was taken.
fn widen_left(doc: &Doc, start: usize, role: Role, floor: usize) -> (usize, bool) {
    let mut s = start;
    while s > floor
        && (doc.has(s - 1, ADV)
            || (matches!(role, Role::Noun | Role::NounOf | Role::Agent) && is_modifier(doc, s - 1)))
    {
        s -= 1;
    }
    if matches!(role, Role::Agent | Role::Verb | Role::VerbOf | Role::Act) {
        return (s, false);
    }
    let mut j = s;
    if j > floor && doc.has(j - 1, DET) {
        j -= 1;
    }
    if j > floor && doc.has(j - 1, LIGHT) {
        return (roles::adverbs_before(doc, j - 1, floor), true);
    }
    if let Some(call) = call_before(doc, s, floor) {
        return (call, true);
    }
    (s, false)
}

/// `call-a-protest`: "called a general strike", "called for a boycott": the
/// call sets a new protest going, so it is the act with its light verb, as
/// "staged a strike" is. Only before "a"/"an": "called the strike off" ends
/// one, and "was called a protest", "what he called a protest" name one
/// (a be-form before the verb, or "what"/"which" among the three words
/// before it). Returns the first token of the call (adverbs before it too).
/// Marks: `The unions called a general strike.` ("called a general
/// strike"), `Farmers called for a boycott of the fair.` ("called for a
/// boycott").
/// Not: `The march was called a riot.`, `Police broke up what they called
/// an illegal protest.`
fn call_before(doc: &Doc, s: usize, floor: usize) -> Option<usize> {
    if !(s > floor && doc.has(s - 1, INDEFINITE_ARTICLE)) {
        return None;
    }
    let mut j = s - 1;
    if j > floor && doc.is(j - 1, "for") {
        j -= 1;
    }
    if !(j > floor && doc.has(j - 1, CALL)) {
        return None;
    }
    j -= 1;
    let naming = (j > floor && doc.has(j - 1, BE))
        || (j.saturating_sub(3).max(floor)..j).any(|k| doc.is(k, "what") || doc.is(k, "which"));
    if naming {
        return None;
    }
    Some(roles::adverbs_before(doc, j, floor))
}

/// Extends a match right over adverbs ("protest strongly").
fn widen_right(doc: &Doc, end: usize, sentence: &Range<usize>) -> usize {
    let mut e = end;
    while e < sentence.end && doc.has(e, ADV) {
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
    // "in protest", "in a one-day protest", "in an EC protest": at most three
    // words between, none a preposition: "in Oslo to protest" is a place and a
    // purpose, "in anticipation of the protest" no protest of the act's own.
    let limit = (at + 5).min(sentence.end);
    (at + 1..limit)
        .take_while(|&k| {
            (doc.tokens[k].kind == crate::text::TokenKind::Word && !doc.has(k, PREPOSITION))
                || is_modifier(doc, k)
        })
        .find(|&k| doc.is(k, "protest"))
        .map(|k| k + 1)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod data_tests {
    use super::*;

    /// Every guard the trigger file names is a rule the code knows (an
    /// unknown one panics), and every word class the rules use exists.
    #[test]
    fn every_guard_and_class_of_the_data_exists() {
        let doc = Doc::new("Workers protested the plan.");
        let candidate = Candidate {
            core: 1..2,
            sentence: 0..doc.tokens.len(),
            role: Role::Verb,
        };
        for guard in TRIGGERS.guards() {
            lookalikes::rejects(&doc, &candidate, Some(guard));
        }
    }
}
