//! Speaker noun phrases around a reporting cue, and their fields.
//!
//! A speaker phrase is a run of name words (capitalised), title words and
//! speaker nouns ("Kremlin Spokesman Dmitry Peskov", "trade ministry
//! officials"), possessives inside it ("Norway's foreign minister"), or a
//! single pronoun. Determiners are left out of the span.
use super::words;
use crate::attribution::clauses::looks_like_past;
use crate::attribution::cues::Complement;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

mod apposition;
mod clause_subject;
mod fronted;
mod interposed;
mod phrase_parts;

use apposition::*;
pub use apposition::{
    apposed_name, apposed_subject, apposition_subject, is_relative, is_relative_that,
    relative_antecedent, unclosed_apposition_name,
};
pub use clause_subject::{
    clause_subject, is_inside_relative, is_preposition_object, is_time_noun_phrase, message_issuer,
    nearest_clause_subject, opening_subject_phrase, verb_between, without_time_phrase,
};
pub use fronted::{fronted_before_determiner, is_fronted, reads_as_verb, subject_start};
pub use interposed::subject_past_interposed;
use interposed::{is_state_after_place, opens_clause};
use phrase_parts::*;
pub use phrase_parts::{
    contact_relative_tail, is_time_word, possessor_before, quantifier_opens_clause,
};

/// `speaker-ends-in-noun`: a speaker phrase names someone, so it closes
/// on no function word: a lowercase function word or listed adverb closing
/// it is cut (`differences with Lund [while] saying`); a
/// phrase of such words only is no speaker, and its claims go with it.
/// (The tagger would also find closing adjectives, "the [caustic] chant",
/// but the core does not ship it: see docs/decisions.md.)
pub fn without_trailing_modifiers(doc: &Doc, phrase: &Range<usize>) -> Option<Range<usize>> {
    let closing = |k: usize| {
        is_word(doc, k)
            && doc.word(k).chars().next().is_some_and(char::is_lowercase)
            && !is_head(doc, k)
            && !is_pronoun(doc, k)
            && !is_relative(doc, k)
            && !is_relative_that(doc, k)
            && !is_possessive_pronoun(doc, k)
            && !doc.has(k, words::OBJECT_PRONOUN)
            && !doc.has(k, words::QUANTIFIER)
            && !doc.has(k, words::STANDING_DETERMINER)
            && (is_function_word(doc, k) || doc.has(k, words::ADVERB))
    };
    let mut end = phrase.end;
    while end > phrase.start && closing(end - 1) {
        end -= 1;
    }
    (end > phrase.start).then_some(phrase.start..end)
}

/// `counted-speaker`: a count before a plural speaker noun is part of the
/// speaker ("300 workers said", "Several hundred supporters said", "Two
/// dozen farmers said"): a speaker phrase opening with a lowercase word and
/// closing on a plural noun takes the count right before it: numbers (not a
/// year, not one after a capitalised word: "May 3"), number words
/// (`count-word`, `multiplied-count`), with the "several" or "few"
/// (`count-multiplier`) that multiplies them. A determiner or
/// an approximator before the count stays out ("Some 300 workers":
/// `300 workers`). Applied to every phrase when speakers become mentions.
///
/// Marks: "Several hundred League supporters said the count was rigged."
/// (`Several hundred League supporters`), "Some 300 workers said the pay was
/// late." (`300 workers`). Not: "In 2019 farmers said the pay was late."
/// (`farmers`), "On May 3 farmers said so." (`farmers`), "The quay needs £4 million
/// engineers say." (`engineers`).
pub fn with_count(doc: &Doc, phrase: Range<usize>) -> Range<usize> {
    if phrase.is_empty()
        || !(is_word(doc, phrase.end - 1) && has_plural_shape(doc.word(phrase.end - 1)))
        || is_pronoun(doc, phrase.start)
        || !doc
            .word(phrase.start)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    {
        return phrase;
    }
    let is_number = |k: usize| {
        let w = doc.word(k);
        doc.tokens[k].kind == TokenKind::Number
            && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            // A day after its month, a number after a name ("May 3", "Pier 9").
            && !(k > 0
                && is_word(doc, k - 1)
                && doc.is_capitalized(k - 1)
                && !doc.has(k - 1, words::DETERMINER)
                && !doc.has(k - 1, words::APPROXIMATOR))
    };
    let is_count = |k: usize| {
        is_number(k) || doc.has(k, words::COUNT_WORD) || doc.has(k, words::MULTIPLIED_COUNT)
    };
    let mut start = phrase.start;
    while start > 0 && is_count(start - 1) && !doc.has(start - 1, words::DETERMINER) {
        start -= 1;
    }
    // The phrase itself may open on the count word ("hundred supporters").
    if start > 0
        && doc.has(start, words::MULTIPLIED_COUNT)
        && doc.has(start - 1, words::COUNT_MULTIPLIER)
    {
        start -= 1;
    }
    // "the £4 million engineers say the quay needs": a sum, no count of
    // speakers; "eight of 10 voters": a partitive, whose phrase is another
    // rule's.
    if start < phrase.start
        && start > 0
        && (doc.is(start - 1, "of") || doc.has(start - 1, words::CURRENCY_SIGN))
    {
        return phrase;
    }
    start..phrase.end
}

/// Token `i` is a personal pronoun that can speak.
pub fn is_pronoun(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::PRONOUN)
}

/// Token `i` is a possessive pronoun that can own a reporting noun ("his claim that").
pub fn is_possessive_pronoun(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::POSSESSIVE) || doc.is(i, "my")
}

/// Token `i` is a determiner or quantifier.
pub fn is_determiner(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::DETERMINER)
}

/// Where a phrase starting at `start` opens: at a determiner right before
/// it ("the mayor"), above `floor`, else at `start`.
pub fn past_determiner(doc: &Doc, start: usize, floor: usize) -> usize {
    start - usize::from(start > floor && is_determiner(doc, start - 1))
}

/// Token `i` is a title word ("minister", "Sen", "spokesman").
pub fn is_title(doc: &Doc, i: usize) -> bool {
    is_word(doc, i)
        && (doc.has(i, words::TITLE) || name_title(doc, i))
        && !family_name_after_given_name(doc, i)
}

/// `name-title`: a title that is also a given name ("dean") is a title when
/// lowercase or before a given name, else a name.
/// Marks (a title): `Dean Anna Berg said it.`, `The dean said it.`
/// Not: `Dean Holm said it.`, `Dean said it.`
fn name_title(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::NAME_TITLE) && (!doc.is_capitalized(i) || is_given_name(doc, i + 1))
}

/// A capitalised given name of data/given_names.tsv.
fn is_given_name(doc: &Doc, i: usize) -> bool {
    is_word(doc, i)
        && doc.is_capitalized(i)
        && (doc.has(i, words::FEMALE_NAME) || doc.has(i, words::MALE_NAME))
}

/// `title-as-family-name`: a capitalised title word right after a given name
/// of data/given_names.tsv is a family name, not a title ("Peter Dean",
/// "Erik Major", "Lars Bishop").
/// Marks (a name): `Peter Dean said he would run.`
/// Not (a title): `Dean Ola Lund said the school would close.`, `Prime
/// Minister Ola Lund said it.` (no given name before "Minister").
fn family_name_after_given_name(doc: &Doc, i: usize) -> bool {
    // "Florence Mayor Anna Berg", "Virginia Gov. Terry Lund": a title
    // before a name (or its abbreviation stop) stays a title.
    let next = i + 1;
    let before_name = next < doc.tokens.len()
        && (doc.word(next) == "." || (is_word(doc, next) && doc.is_capitalized(next)));
    i > 0
        && doc.tokens[i].space_before
        && doc.is_capitalized(i)
        && !before_name
        && is_given_name(doc, i - 1)
}

fn is_word(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word
}

/// Token `i` is a word or a number ("Lund", "1990s", "3.5").
fn is_word_or_number(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
}

fn is_function_word(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.has(i, words::FUNCTION_WORD)
}

/// "the insiders", "Islanders" opening the clause: a plain word (or, at
/// `floor`, a capitalised one) of four letters or more ending in "s" but
/// not "ss", no function word.
fn is_plural_noun(doc: &Doc, i: usize, floor: usize) -> bool {
    (is_plain_word(doc, i) || (i == floor && is_word(doc, i) && doc.is_capitalized(i)))
        && has_plural_shape(doc.word(i))
        && !is_function_word(doc, i)
}

/// The shape of a plural: longer than three letters, ending in "s" but not
/// "ss" ("workers", not "press", "bus").
fn has_plural_shape(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// A capitalised word that may be part of a name.
pub(crate) fn is_name_word(doc: &Doc, i: usize) -> bool {
    is_word(doc, i)
        && doc.is_capitalized(i)
        && !is_pronoun(doc, i)
        && !is_function_word(doc, i)
        && !is_opening_participle(doc, i)
}

/// `name-particle`: a lowercase particle inside a surname ("Marieke de
/// Wit", "Jan van Dijk", "de Wit said"; `name-particle` in
/// data/grammar_words.tsv) is part of the name when a name word follows it.
/// Marks: `His lawyer, Marieke de Wit, said`, `"It is over," de Wit said`.
/// Not: `the van driver said` (no name word after it), `De Wit said` (a
/// capitalised particle is a name word already).
pub(crate) fn is_name_particle(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.has_lowercase(i, words::NAME_PARTICLE) && is_name_word(doc, i + 1)
}

/// `hyphenated-name-after`: "said Jean-Luc Perrin", "his envoy, Jean-Luc
/// Perrin, said": a hyphen glued to a name word before it and to a word
/// after it joins the parts of one name; the span after it runs past both.
/// Not `Oslo - Lund said` (spaced dash).
fn glued_name_hyphen(doc: &Doc, i: usize, first: usize) -> bool {
    i > first
        && doc.word(i) == "-"
        && !doc.tokens[i].space_before
        && is_name_word(doc, i - 1)
        && doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.space_before)
}

/// `opening-participle-no-name`: "Appearing before the crowd, Berg said",
/// "Having announced the verdict, Judge Vik left": an "-ing" word opening
/// its sentence before a preposition or determiner, or an auxiliary's
/// participle, is no name ("Redding said", "Schilling describes himself"
/// keep theirs).
fn is_opening_participle(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    w.len() > 5
        && w.ends_with("ing")
        && doc
            .sentences
            .get(doc.sentence_of(i))
            .is_some_and(|s| s.start == i)
        && ((is_word(doc, i + 1)
            && doc.word(i + 1).chars().all(char::is_lowercase)
            && (is_function_word(doc, i + 1) || is_determiner(doc, i + 1)))
            || doc.has(i, words::PARTICIPLE_AUXILIARY))
}

/// A word that can head a speaker phrase: a name, a title or a speaker noun.
fn is_head(doc: &Doc, i: usize) -> bool {
    is_name_word(doc, i) || is_title(doc, i) || (is_word(doc, i) && doc.has(i, words::SPEAKER_NOUN))
}

/// A word that can precede the head inside the phrase: the above, or a
/// lowercase modifier that is a title word ("foreign", "senior").
fn is_modifier(doc: &Doc, i: usize) -> bool {
    is_head(doc, i)
        || (is_word(doc, i)
            && doc.has(i, words::TITLE)
            && doc.word(i).chars().all(|c| c.is_lowercase()))
}

/// The speaker phrase ending just before token `end`, not reaching below `floor`.
pub fn phrase_before(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    phrase_ending_before(doc, end, floor).map(|p| past_fronted_time(doc, p, floor))
}

/// `fronted-time-determiner`: "Each spring skippers near the port say",
/// "Every year clerks say", "Last winter Lund said": a time word right
/// after "each", "every", "last", "this" or "next" (`time-determiner`)
/// opening the phrase is a fronted adverbial with no comma, no part of the
/// subject; the phrase starts after it. Not "This year's winners said" (the
/// time word owns the head), nor a phrase of the time word alone.
fn past_fronted_time(doc: &Doc, phrase: Range<usize>, floor: usize) -> Range<usize> {
    let k = phrase.start;
    let fronted = k > floor
        && k + 1 < phrase.end
        && doc.has(k - 1, words::TIME_DETERMINER)
        && is_time_word(doc, k)
        && is_word(doc, k + 1)
        && !is_possessive(doc, k + 1);
    if fronted {
        k + 1..phrase.end
    } else {
        phrase
    }
}

/// `negated-subject`: "No clerk said", "Nobody says", "Neither Lund nor
/// Berg said", "Neither the mayor nor her deputy said": a subject opened by
/// a negative word (`negative-subject`), or holding one, or right after one
/// past its determiners, says nothing: the cue is negated as by "did not
/// say", and gives no claim. Not "No 10 said" (a number after "No" names an
/// office), "No fewer than ten clerks said" (the phrase does not follow
/// "no"), "No, the mayor said" (a comma), "none has said" (left to the
/// cue: see docs/decisions.md).
pub fn is_negated_subject(doc: &Doc, phrase: &Range<usize>, floor: usize) -> bool {
    let negative = |k: usize| is_word(doc, k) && doc.has(k, words::NEGATIVE_SUBJECT);
    let mut before = phrase.start;
    while before > floor
        && (is_determiner(doc, before - 1) || is_possessive_pronoun(doc, before - 1))
    {
        before -= 1;
    }
    let opened = before > floor && negative(before - 1);
    (opened || phrase.clone().any(negative)) && doc.tokens[phrase.start].kind != TokenKind::Number
}

fn phrase_ending_before(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    if end == 0 || end <= floor {
        return None;
    }
    let last = end - 1;
    if is_pronoun(doc, last) {
        return Some(last..end);
    }
    // "The S.E.C. said", "the U.N. says": a dotted acronym of two or more letters.
    if let Some(start) = dotted_acronym(doc, last, floor) {
        return Some(start..end);
    }
    // "Ola B. Vik Jr., the harbour master, said": a name suffix's stop.
    if doc.word(last) == "."
        && last > floor + 1
        && doc.has(last - 1, words::NAME_SUFFIX)
        && is_name_word(doc, last - 2)
    {
        return phrase_before(doc, last, floor).map(|name| name.start..end);
    }
    // "Park Geun-hye said", "Kim Jong-un said": a hyphenated given name
    // whose second part is lowercase.
    if is_hyphen_tail(doc, last, floor) {
        return phrase_before(doc, last - 1, floor).map(|name| name.start..end);
    }
    // "41 percent said": a poll's share of respondents.
    if doc.is(last, "percent")
        && last > floor
        && doc.tokens[last - 1].kind == TokenKind::Number
        && (end..end + 3).any(|v| says_verb(doc, v))
    {
        return Some(last - 1..end);
    }
    if let Some(quantifier) = quantifier_subject(doc, last, end, floor) {
        return Some(quantifier);
    }
    if let Some(close) = close_to_subject(doc, end, floor) {
        return Some(close);
    }
    if let Some(participle) = participle_in_subject(doc, end, floor) {
        return phrase_before(doc, participle, floor);
    }
    if let Some(noun_end) = reduced_relative(doc, end, floor) {
        // `contact-relative-tail`: "Those we met in Bodo said": a
        // determiner standing for its noun speaks.
        if is_standing_determiner(doc, noun_end - 1, floor) {
            return Some(noun_end - 1..noun_end);
        }
        return phrase_before(doc, noun_end, floor);
    }
    if !is_head(doc, last) {
        // "the announcer said", "the Bergen shipowner said": a plain noun
        // after a determiner.
        if !is_plain_word(doc, last) {
            return None;
        }
        let mut k = last;
        while k > floor && last - k < 4 && (is_plain_word(doc, k) || is_name_word(doc, k)) {
            k -= 1;
        }
        // The verb, or past ", however," to it.
        // Or past auxiliaries and adverbs ("the senators all said", "has also said").
        let verb_follows = says_verb_ahead(doc, end).is_some()
            || (doc.is(end, ",") && (end + 1..end + 4).any(|v| says_verb(doc, v)))
            // The closing dash of an apposition before the verb (see `apposed_subject`).
            || dash_ending_at(doc, end, floor).is_some()
            || participle_leads_to_verb(doc, end)
            // `contact-relative-tail`: "The skippers we met on the quay said".
            || contact_relative_verb(doc, end).is_some()
            // `object-relative-tail`: "The skippers that we met said".
            || ((doc.is(end, "that") || doc.is(end, "which"))
                && contact_relative_verb(doc, end + 1).is_some());
        if !verb_follows {
            return None;
        }
        // "Experts on trade and farming said", "attorneys for the family said":
        // the head is before the preposition.
        if let Some(head) = head_before_complement(doc, last, floor) {
            return Some(head..end);
        }
        // "Critics of the plan say": the head is before "of".
        if k < last && is_determiner(doc, k) && k > floor + 1 && doc.is(k - 1, "of") {
            if let Some(head) =
                phrase_before(doc, k - 1, floor).filter(|h| !is_pronoun(doc, h.start))
            {
                return Some(head.start..end);
            }
        }
        // "Companies and individuals complain", "farmers and civic groups say".
        // (Not "calling for his firing and carrying signs saying": an "-ing"
        // word is a participle or an act, no speaker.)
        if k < last
            && doc.is(k, "and")
            && k > floor
            && (is_plain_word(doc, k - 1) || is_head(doc, k - 1))
            && !(k - 1..end).any(|j| is_plain_word(doc, j) && doc.word(j).ends_with("ing"))
        {
            let mut start = k - 1;
            while start > floor
                && k - start < 3
                && (is_plain_word(doc, start - 1) || is_head(doc, start - 1))
                && !takes_object(doc, start - 1)
                && !crate::attribution::cues::is_reporting_verb(doc, start - 1)
            {
                start -= 1;
            }
            // `coordination-after-verb`: "The captain took care and three
            // said": the words before "and" are a verb's object, so "and"
            // joins two clauses; the words after it alone are the subject.
            let before = past_determiner(doc, start, floor);
            if before > floor && takes_object(doc, before - 1) {
                return Some(k + 1..end);
            }
            return Some(start..end);
        }
        if k < last && is_possessive(doc, k) && k > floor && is_name_word(doc, k - 1) {
            // "Berg's team says".
            let mut start = k - 1;
            while start > floor && is_name_word(doc, start - 1) {
                start -= 1;
            }
            return Some(start..end);
        }
        if let Some(possessor) = common_possessor(doc, k, floor).filter(|_| k < last) {
            // "the ad's narrator says".
            return Some(possessor..end);
        }
        // "Strikers marching through the docks chanted": the noun after
        // a participle's preposition is no subject; the noun before it is.
        if let Some(subject) = participle_subject(doc, k, floor) {
            return Some(subject);
        }
        // "the bearded, 58-year-old envoy said".
        if let Some(run) = modifier_run_start(doc, last, floor) {
            return Some(run..end);
        }
        // "the announcer said", "two-thirds of party insiders said".
        // (Not "groups that [have backed him] say": a relative's verb.)
        return (k < last
            && (is_determiner(doc, k)
                || doc.is(k, "of")
                || (opens_object_relative(doc, k) && k + 1 < last))
            && !(k + 1..end).any(|j| clause_subject::is_auxiliary(doc, j)))
        .then(|| k + 1..end);
    }
    let mut start = last;
    while start > floor {
        let prev = start - 1;
        // `honorific-opens-name`: "On top of the deal with Norway Mr Lund
        // said": a capitalised honorific opens its name; a name before it
        // (no possessive between) belongs to a phrase of its own.
        if doc.is_capitalized(start)
            && doc.has(start, words::HONORIFIC)
            && is_name_word(doc, prev)
            && !is_title(doc, prev)
        {
            break;
        }
        if is_modifier(doc, prev) || is_name_particle(doc, prev) {
            start = prev;
        } else if doc.word(prev) == "."
            && prev > floor
            && (is_abbreviation_word(doc, prev - 1) || is_initial(doc, prev - 1))
        {
            // "Sen. Paul Laxalt", "Vann R. Newkirk": the stop of a title or an initial.
            start = prev - 1;
        } else if is_possessive(doc, prev) && prev > floor && is_name_word(doc, prev - 1) {
            // "Norway's foreign minister".
            start = prev - 1;
        } else if let Some(possessor) = common_possessor(doc, prev, floor) {
            start = possessor;
        } else if doc.word(prev) == "-"
            && !doc.tokens[prev].space_before
            && prev > floor
            && is_word(doc, prev - 1)
        {
            start = prev - 1;
        } else {
            break;
        }
    }
    // "Ola Lund of the Harbour Trust", "a spokesman for the ministry": the
    // head's complement belongs to the phrase.
    if start > floor + 1 && is_name_word(doc, start) {
        let mut link = start - 1;
        if is_determiner(doc, link) && link > floor {
            link -= 1;
        }
        if doc.has(link, words::NAME_COMPLEMENT_LINK) && link > floor {
            if let Some(head) = phrase_before(doc, link, floor) {
                if !is_pronoun(doc, head.start) {
                    start = head.start;
                }
            }
        }
    }
    // `place-complement`: "Officials in Oslo said", "diplomats at the Kremlin
    // say", "The mayor in Narvik said": a plural noun, a title or a speaker
    // noun before a name's preposition is the head; the place is its
    // complement.
    // Not a possessor ("flaws in Borduria's claim": the name
    // owns the cue).
    if start > floor + 1 && is_name_word(doc, start) && !is_possessive(doc, end) {
        let link = if is_determiner(doc, start - 1) {
            start - 2
        } else {
            start - 1
        };
        // (`complement-chain`: "Fishermen in the town of Bergen said": the
        // head before a farther link.)
        if link > floor
            && doc.has(link, words::COMPLEMENT_LINK)
            && (is_plural_noun(doc, link - 1, floor)
                || is_title(doc, link - 1)
                || doc.has(link - 1, words::SPEAKER_NOUN)
                || opening_noun(doc, link - 1, floor)
                || chained_link(doc, link, floor).is_some())
        {
            if let Some(head) = head_before_complement(doc, start, floor) {
                return Some(head..end);
            }
        }
        // `name-place-complement`: "Ola Lund in Oslo said": a name before
        // "in" heads the phrase as it does before "of" or "at" (not
        // "KILLED IN OSLO", a headline in capitals).
        if link > floor && doc.word(link) == "in" && is_name_word(doc, link - 1) {
            if let Some(head) = phrase_before(doc, link, floor) {
                return Some(head.start..end);
            }
        }
    }
    // "Attorneys for the family": a plural noun and its complement.
    if start > floor + 1 && !is_name_word(doc, start) {
        if let Some(head) = head_before_complement(doc, start, floor) {
            return Some(head..end);
        }
    }
    // "the soft-spoken, 64-year-old mayor", "down-to-earth Lund": adjectives
    // with compounds and commas before the head.
    if let Some(run) = modifier_run_start(doc, start, floor) {
        return Some(run..end);
    }
    // "the port authority": plain words between a determiner and the head.
    // ("Lund says Berg": a saying verb is never one of them.)
    let mut k = start;
    while k > floor && start - k < 3 && is_plain_word(doc, k - 1) && !says_verb(doc, k - 1) {
        k -= 1;
    }
    if k < start && k > floor && (is_determiner(doc, k - 1) || opens_object_relative(doc, k - 1)) {
        if !zero_relative_antecedent(doc, k - 1, start, floor) {
            start = k;
        }
    } else if k < start && k > floor && is_name_word(doc, k - 1) {
        // "Xinhua news agency": a name before plain words and the head.
        start = k - 1;
        while start > floor && is_name_word(doc, start - 1) {
            start -= 1;
        }
    } else if let Some(acronym) = (k < start && k > floor)
        .then(|| dotted_acronym(doc, k - 1, floor))
        .flatten()
    {
        // `acronym-before-plain-words`: "U.N. aid chief Rosa Lindqvist",
        // "the U.N. refugee agency": a dotted acronym before plain words
        // and the head opens the phrase as a name does. Not "The talks
        // failed, U.N. envoy Ola Berg said" (no plain word: the walk took it
        // already).
        start = acronym;
    }
    Some(coordinated(doc, start, floor)..end)
}

/// `zero-relative-subject`: `needs a shift Lund said could help`, `backed
/// the plan Vik says is fair`: a determiner right after a lowercase word (a
/// verb or a preposition, not the clause's start) opens an object whose
/// relative clause has no "that"; its plain nouns are the antecedent, the
/// name (from `head`) alone speaks. Not `The port authority said`, `But the
/// opposition Labour said` (the phrase opens its clause), nor `members of
/// the ruling Likud said` (a complement).
///
/// `appositive-zero-relative`: also an indefinite article after a comma,
/// the noun phrase that sums up what came before (`The vote was rushed, a
/// claim Berg said was false`: "Berg", not "claim Berg"), when no title
/// stands among its plain words (`..., a spokesman Ann Berg said` keeps
/// the title).
fn zero_relative_antecedent(doc: &Doc, determiner: usize, head: usize, floor: usize) -> bool {
    let before = determiner.wrapping_sub(1);
    let after_verb = is_word(doc, before)
        && doc.word(before).chars().all(char::is_lowercase)
        && !doc.has(before, words::SENTENCE_OPENER)
        && !doc.has(before, words::ATTRIBUTION_CONJUNCTION)
        && !doc.has(before, words::NAME_COMPLEMENT_LINK);
    is_name_word(doc, head)
        && determiner > floor
        && (after_verb || is_appositive_antecedent(doc, determiner, head))
}

/// `appositive-zero-relative`: `, a claim` or `, an allegation` before
/// the name at `head`: an indefinite article right after a comma, then
/// plain words none of which is a title or a speaker noun.
pub(crate) fn is_appositive_antecedent(doc: &Doc, determiner: usize, head: usize) -> bool {
    determiner > 0
        && doc.word(determiner - 1) == ","
        && doc.has(determiner, words::INDEFINITE_ARTICLE)
        && (determiner + 1..head)
            .all(|k| is_plain_word(doc, k) && !is_title(doc, k) && !doc.has(k, words::SPEAKER_NOUN))
}

/// `relative-opens-phrase`: `The fee, which harbour pilots said was
/// unfair`, `which dock leaders say`: "which" or "whom" opens the subject
/// phrase of an object relative as a determiner would, so the plain words
/// after it belong to the phrase. Not "who" (`the men who run ports said`:
/// a subject relative's verb and object), nor one word alone after "which"
/// (`which helps explain`: its verb).
fn opens_object_relative(doc: &Doc, k: usize) -> bool {
    doc.is(k, "which") || doc.is(k, "whom")
}

/// `coordination-after-verb`: a lowercase finite verb that takes an
/// object ("took", "is", "has", "signed the"), not a reporting verb (whose
/// clause may open with a coordinated subject: "said farmers and fishers
/// say") nor an "-ed" adjective before its noun ("the newly elected mayors").
/// Marks: `The captain took care and three said` ("three"), `The skipper
/// kept watch and deckhands said` ("deckhands"). Not: `Farmers and fishers
/// said`, `Officials said farmers and fishers say` (the whole coordination).
fn takes_object(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    is_word(doc, k)
        && w.chars().all(char::is_lowercase)
        && !crate::attribution::cues::is_reporting_verb(doc, k)
        && (doc.has(k, words::FINITE)
            || doc.has(k, words::BE)
            || doc.has(k, words::IRREGULAR_PAST)
            || (looks_like_past(w)
                && (is_determiner(doc, k + 1) || is_possessive_pronoun(doc, k + 1))))
}

/// A lowercase word that is not a function word.
pub(crate) fn is_plain_word(doc: &Doc, i: usize) -> bool {
    is_word(doc, i)
        && doc.word(i).chars().all(char::is_lowercase)
        && !is_function_word(doc, i)
        && !is_determiner(doc, i)
}

/// Token `i` heads a partitive, the part of a group before "of" ("some of",
/// "none of", "two of", "half of", "12 of"): a `PARTITIVE` word
/// (data/classes.tsv: quantifiers, partitive heads, count words, fractions)
/// or a number. The one test of the notion for the speaker phrase after a
/// cue and its naming (`names::is_partitive_head`).
pub(crate) fn opens_partitive(doc: &Doc, i: usize) -> bool {
    (doc.has(i, words::PARTITIVE)
        || doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number))
        && doc.is(i + 1, "of")
}

/// The speaker phrase starting at token `start` (after any determiner), not reaching `ceiling`.
pub fn phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    if start >= ceiling {
        return None;
    }
    if is_pronoun(doc, start) {
        return Some(start..start + 1);
    }
    // "said one of the aides", "said some of his advisers", "said 12 of
    // the 40 skippers": a partitive's head and its "of" phrase.
    if opens_partitive(doc, start) {
        return noun_phrase_after(doc, start + 2, ceiling).map(|p| start..p.end);
    }
    let phrase = noun_phrase_after(doc, start, ceiling)?;
    Some(phrase.start..coordinated_after(doc, phrase.end, ceiling).unwrap_or(phrase.end))
}

/// `inverted-subject-pronoun`: the inverted speaker right after its cue
/// (`<claim>, said he.`, `"...," says Ola Vik.`): [`phrase_after`], where a
/// pronoun must be a subject's (`subject-pronoun` in
/// data/grammar_words.tsv: "said he", "say they"). "it" after a cue is its
/// object ("found the file, reported it to the police, and ..."); news
/// English never inverts it as a speaker.
pub fn inverted_phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    if start < ceiling && is_pronoun(doc, start) && !doc.has(start, words::SUBJECT_PRONOUN) {
        return None;
    }
    phrase_after(doc, start, ceiling)
}

/// `coordinated-after`: `said Vik and Lund`, `said Vik and others`: after a
/// speaker phrase ending at `end`, "and" and a second speaker phrase (or a
/// quantifier standing alone: "others", "several") speak with it; where
/// that second phrase ends.
fn coordinated_after(doc: &Doc, end: usize, ceiling: usize) -> Option<usize> {
    if !(doc.is(end, "and") && end + 1 < ceiling) {
        return None;
    }
    if doc.has(end + 1, words::QUANTIFIER) && !doc.is(end + 2, "of") {
        return Some(end + 2);
    }
    noun_phrase_after(doc, end + 1, ceiling)
        .filter(|q| q.start <= end + 2 && !is_pronoun(doc, q.start))
        .map(|q| q.end)
}

/// `plain-partitive`: `said a handful of Democrats`, `said dozens of
/// skippers`, `said a majority of the members`: a plain noun of quantity and
/// its "of" phrase (the determiner left out). For an inverted attribution
/// after its claim only, like `plain_title_before_name`.
pub fn plain_partitive_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    let noun = start + usize::from(is_determiner(doc, start));
    if !(noun + 2 < ceiling && is_plain_word(doc, noun) && doc.is(noun + 1, "of")) {
        return None;
    }
    // The noun phrase after "of": speaker words, or plain words ending in
    // a plural ("the local skippers").
    let first = noun + 2 + usize::from(is_determiner(doc, noun + 2));
    let plain_end = (first..(first + PLAIN_TITLE_WORDS).min(ceiling))
        .take_while(|&k| is_plain_word(doc, k))
        .last()
        .filter(|&k| doc.word(k).len() > 3 && doc.word(k).ends_with('s'))
        .map(|k| k + 1);
    phrase_after(doc, noun + 2, ceiling)
        .filter(|p| !is_pronoun(doc, p.start))
        .map(|p| p.end)
        .or(plain_end)
        .map(|end| noun..end)
}

/// How many plain words a title before a name may hold ("longtime party activist").
const PLAIN_TITLE_WORDS: usize = 3;

/// `plain-title-name`: `says retired ferry captain Ola Vik`, `said local
/// baker Ann Berg`: plain lowercase words (no determiner) before a name are
/// its title when the name follows them at once. For an inverted
/// attribution after its claim only: elsewhere such words open the claim
/// ("said business mogul Ola Vik's refusal ..."). (One plain word before a
/// known title or speaker noun, `says port economist Ola Vik`, is a phrase
/// anywhere: `noun_phrase_after`'s `before_title`, which answers first.)
pub fn plain_title_before_name(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    let name = (start + 1..(start + 1 + PLAIN_TITLE_WORDS).min(ceiling))
        .take_while(|&k| k == start + 1 || is_plain_word(doc, k - 1))
        .find(|&k| is_name_word(doc, k))?;
    if !(start..name).all(|k| is_plain_word(doc, k) && !says_verb(doc, k)) {
        return None;
    }
    noun_phrase_after(doc, name, ceiling)
        .filter(|p| p.start == name)
        .map(|p| start..p.end)
}

/// The speaker phrase of `phrase_after` that is no pronoun ("his" before
/// "advisers" is a determiner).
fn noun_phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    if start >= ceiling {
        return None;
    }
    let first = if is_determiner(doc, start) {
        start + 1
    } else {
        start
    };
    let mut end = first;
    while end < ceiling {
        let plain = first > start && end - first < 3 && is_plain_word(doc, end);
        // "says port economist Ola Vik", "said longtime analyst Ola Vik":
        // with no determiner, one plain word right before a lowercase title
        // or speaker noun (more plain words, or no title word: only after a
        // claim, `plain_title_before_name`).
        let before_title = end == first
            && is_plain_word(doc, end)
            && end + 1 < ceiling
            && is_word(doc, end + 1)
            && !is_head(doc, end)
            && is_modifier(doc, end + 1)
            && doc.word(end + 1).chars().all(|c| c.is_lowercase());
        // "Sen. Ann Kolb", "Ola N. Vik", "Freedonia's foreign minister".
        let inner_mark = end > first
            && end + 1 < ceiling
            && ((doc.word(end) == "."
                && (is_abbreviation_word(doc, end - 1) || is_initial(doc, end - 1))
                && is_name_word(doc, end + 1))
                || (is_possessive(doc, end) && is_modifier(doc, end + 1)));
        // (Both parts of the name below the ceiling.)
        if end + 2 <= ceiling && glued_name_hyphen(doc, end, first) {
            end += 2;
        } else if is_modifier(doc, end)
            || plain
            || before_title
            || inner_mark
            || is_name_particle(doc, end)
        {
            end += 1;
        } else if let Some(head) = possessed_head(doc, end, first, ceiling) {
            end = head;
        } else {
            break;
        }
    }
    while end > first && !is_head(doc, end - 1) && !is_hyphen_tail(doc, end - 1, first) {
        end -= 1;
    }
    (end > first).then_some(first..end)
}

/// `Ann Lund's right-hand woman`: after a possessive at `poss`, a few plain
/// words (hyphens glued inside) up to a speaker word: the end of that word.
fn possessed_head(doc: &Doc, poss: usize, first: usize, ceiling: usize) -> Option<usize> {
    if poss == first || !is_possessive(doc, poss) {
        return None;
    }
    let glued_hyphen = |k: usize| {
        doc.word(k) == "-"
            && !doc.tokens[k].space_before
            && doc.tokens.get(k + 1).is_some_and(|t| !t.space_before)
    };
    (poss + 1..(poss + 1 + POSSESSED_WINDOW).min(ceiling))
        .take_while(|&k| is_plain_word(doc, k) || glued_hyphen(k))
        .find(|&k| is_head(doc, k) && !doc.has(k + 1, words::SPEAKER_NOUN))
        .map(|k| k + 1)
}

/// How many tokens may stand between a possessive and its speaker word.
const POSSESSED_WINDOW: usize = 5;

/// The first saying verb in the run of lowercase words from `from` on,
/// past auxiliaries and adverbs ("said", "have said", "all said", "also
/// told"; up to four words).
fn says_verb_ahead(doc: &Doc, from: usize) -> Option<usize> {
    (from..from + 4)
        .take_while(|&v| is_word(doc, v) && doc.word(v).chars().all(char::is_lowercase))
        .find(|&v| says_verb(doc, v))
}

/// The plainest verbs of saying, which a noun phrase before them governs even
/// when its head is no known speaker word ("the announcer said").
fn says_verb(doc: &Doc, i: usize) -> bool {
    // "of such claims": a cue word that is also a reporting noun may be that noun.
    i < doc.tokens.len()
        && (!crate::attribution::cues::is_reporting_noun(doc, i) || noun_form_as_verb(doc, i))
        && match crate::attribution::cues::reporting_verb(doc, i) {
            Some(Complement::Clause | Complement::QuoteOnly) => true,
            // "the website noted that", "voiced their concern that": a "that"
            // clause shows the verb's use.
            Some(_) => {
                doc.is(i + 1, "that")
                    || doc.is(crate::attribution::cues::cue_span(doc, i).end, "that")
            }
            None => false,
        }
}

/// `noun-form-verb`: `the suit claims that`, `Lund alleges that`: a
/// reporting word that is also a noun reads as the verb when it ends in
/// "-s", a "that" clause follows, and a noun stands right before it (a
/// plain word or a name, not a determiner, possessive or preposition: "his
/// claims that", "Berg's claims that", "of claims that" stay nouns).
pub(super) fn noun_form_as_verb(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.word(i).ends_with('s')
        && doc.is(i + 1, "that")
        && (is_plain_word(doc, i - 1) || is_name_word(doc, i - 1))
        && !is_possessive_pronoun(doc, i - 1)
}

/// An apostrophe closing a plural possessive ("workers' families"), not a quote mark.
pub(crate) fn is_plural_possessive(doc: &Doc, i: usize) -> bool {
    matches!(doc.word(i), "'" | "’")
        && i > 0
        && !doc.tokens[i].space_before
        && doc.word(i - 1).ends_with(['s', 'S'])
        && doc.tokens.get(i + 1).is_some_and(|t| t.space_before)
}

/// A single capital letter: an initial ("R" in "Vann R. Newkirk").
pub(super) fn is_initial(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.word(i).len() == 1 && doc.is_capitalized(i)
}

pub(super) fn is_possessive(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && matches!(doc.word(i), "'s" | "’s" | "'S" | "’S")
}

/// Short title abbreviations written with a stop ("Sen.", "Gov.", "Mr.").
pub(super) fn is_abbreviation_word(doc: &Doc, i: usize) -> bool {
    is_title(doc, i) && doc.word(i).len() <= 4
}

#[cfg(test)]
mod tests;
