//! The subject of a verb as the whole stretch from its clause's start to
//! the verb: what stands there is the subject noun phrase, whatever its
//! words (`Rice growers said`, `The GOP front-runner said`, `Nearly half
//! said`), with relative clauses and adverbials before the verb skipped
//! (`Republicans who backed him warned`, `China in the past has warned`).
//! The fallback when the speaker words of `phrase_before` find no phrase.
use super::*;
use crate::attribution::clauses::is_weekday_or_month;

/// The most tokens a subject stretch may hold (relative clause included).
const STRETCH_WINDOW: usize = 28;
/// How far back names coordinated with a preposition's object may reach.
const COORDINATED_OBJECT_WINDOW: usize = 6;
/// The most tokens of the speaker phrase itself.
const PHRASE_WINDOW: usize = 10;

/// The subject of the verb group starting at `group`: (the speaker phrase,
/// the stretch's first token). The stretch runs back from the group to the
/// clause's start (the sentence start, past openers, or a comma, dash,
/// colon or bracket) and must read as a noun phrase: no quote mark, no
/// cue, no finite verb before any relative pronoun, not opened by a
/// preposition or subordinator.
#[inline(never)]
pub fn clause_subject(doc: &Doc, group: usize, floor: usize) -> Option<(Range<usize>, usize)> {
    if group <= floor {
        return None;
    }
    let mut start = group;
    while start > floor && group - start < STRETCH_WINDOW && inside_phrase(doc, start - 1, floor) {
        start -= 1;
    }
    if start > floor && !is_clause_boundary(doc, start - 1) {
        return None;
    }
    let stretch_start = start;
    // "But", "And", "Even": openers before the subject; "while", "though"
    // open a clause whose subject speaks (`conjunction-subject`).
    while start < group
        && (doc.has(start, words::SENTENCE_OPENER)
            || doc.has(start, words::ATTRIBUTION_CONJUNCTION)
            || doc.is(start, "even"))
    {
        start += 1;
    }
    // `fronted-before-determiner`: "Last year a report by the port said":
    // a fronted adverbial with no comma before the subject's determiner.
    if let Some(det) = (start + 1..group)
        .find(|&d| is_determiner(doc, d))
        .filter(|&d| super::fronted_before_determiner(doc, d, start))
    {
        start = det;
    }
    // `object-relative-subject`: "The strike, which dockers say could last
    // weeks": after an object relative word, its clause's subject.
    // (Not a subject relative: "Holm, who endorsed Vik in May and said".)
    if start + 1 < group
        && (doc.has(start, words::SUBJECT_RELATIVE) || doc.is(start, "that"))
        && !is_main_verb(doc, start + 1)
    {
        start += 1;
    }
    let determiners = start;
    // (`one-in-count`: "and one in five say": "one" counts, no determiner.)
    while start < group && is_determiner(doc, start) && !is_count_in_count(doc, start) {
        start += 1;
    }
    // "Many of the leaders who met ... say": a quantifier and its "of" phrase.
    if start > determiners && doc.is(start, "of") && doc.has(start - 1, words::QUANTIFIER) {
        start -= 1;
    }
    // `determiner-before-who`: "Those who back the plan say", "Some who
    // fish here argue": a determiner standing for its noun before "who"
    // heads the phrase, its relative clause with it (the determiner alone
    // says nothing of who speaks).
    if start > determiners && start + 1 < group && doc.is(start, "who") {
        return Some((determiners..group, stretch_start));
    }
    if start >= group || !is_word_number_or_percent(doc, start) {
        return None;
    }
    // "Berg's comments came", "Editor's note:": a possessive before the
    // cue word makes it a noun; "his oft-stated goal": a hyphen an adjective.
    if is_possessive(doc, group - 1)
        || is_plural_possessive(doc, group - 1)
        || doc.word(group - 1) == "-"
    {
        return None;
    }
    // "they're proposing": a pronoun with its verb glued on.
    if is_contraction(doc.word(start)) {
        return None;
    }
    // "Including Friday's tweets", "Rubbing noses in it": a participle opens
    // a phrase of its own, not a subject.
    let object_follows = |k: usize| {
        is_determiner(doc, k)
            || is_pronoun(doc, k)
            || is_possessive_pronoun(doc, k)
            || doc.is_capitalized(k)
    };
    // ("Having announced the verdict": an auxiliary's participle, whatever follows.)
    if (doc.word(start).len() > 4
        && doc.word(start).to_ascii_lowercase().ends_with("ing")
        && object_follows(start + 1))
        || doc.has(start, words::PARTICIPLE_AUXILIARY)
    {
        return None;
    }
    // "About 40 percent said": an approximation before a number.
    if doc.has(start, words::APPROXIMATOR)
        && doc
            .tokens
            .get(start + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        start += 1;
    }
    // `time-lead-no-subject`: "Three days after her initial tweet, Holm
    // ...": a few words of time before a preposition or subordinator open
    // a fronted adverbial; the noun in it ("tweet") is no verb, and the
    // words before it no subject. Marks (nothing): that sentence; Not:
    // `Two aides after the vote said` ("aides" tells no time).
    if super::fronted::is_time_lead(doc, start, group) {
        return None;
    }
    // "When the vote ...", "In Nevada exit polls ...": a clause or a phrase of its own.
    let partitive = doc.has(start, words::QUANTIFIER) && doc.is(start + 1, "of");
    // `approximate-count`: "About one in five say", "About half say": the
    // approximation stays in the span.
    let approximate = doc.has(start, words::APPROXIMATOR)
        && (doc.has(start + 1, words::COUNT_WORD) || doc.has(start + 1, words::FRACTION));
    if (is_function_word(doc, start) && !partitive && !approximate)
        || is_pronoun(doc, start)
        || doc.is(start, "it")
    {
        return None;
    }
    // "Kolb praised the plan and said": no coordinated verb before the group.
    if doc.has(group - 1, words::CLAUSE_COORDINATOR) {
        return None;
    }
    // The phrase ends at a relative pronoun, an adverbial or a time phrase.
    let mut end = start + 1;
    while end < group && !ends_phrase(doc, end, group) {
        end += 1;
    }
    // Before any relative pronoun, nothing reads as a finite verb or a cue.
    if (start..end).any(|k| looks_like_verb_here(doc, k)) {
        return None;
    }
    // After the phrase, only a relative clause, or adverbials and
    // auxiliaries (not "the plan Lund backed").
    // ("Groups that have backed him say": "that" before an auxiliary is a relative.)
    // ("Groups that backed him say": so is "that" before a past tense.)
    let that_relative =
        doc.is(end, "that") && (is_auxiliary(doc, end + 1) || is_main_verb(doc, end + 1));
    if end < group
        && !is_relative_word(doc, end)
        && !that_relative
        && !(end..group).all(|k| is_adverbial_word(doc, k))
    {
        return None;
    }
    while end > start + 1 && !is_word_number_or_percent(doc, end - 1) {
        end -= 1;
    }
    // "A report published Wednesday said": a time closing the phrase is
    // no part of the speaker.
    while end > start + 1 && (is_weekday_or_month(doc, end - 1) || doc.has(end - 1, words::TIME)) {
        end -= 1;
    }
    if end - start > PHRASE_WINDOW || is_function_word(doc, end - 1) {
        return None;
    }
    Some((start..end, stretch_start))
}

/// The subject opening a clause at `start`, before its first verb (within
/// `end`): `The retired surgeon has given no details, saying ...` gives
/// `retired surgeon`. The same stretch test as `clause_subject`.
pub fn opening_subject_phrase(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let verb = (start + 1..end.min(start + STRETCH_WINDOW)).find(|&v| is_main_verb(doc, v))?;
    let group = crate::attribution::cues::verb_group_start(doc, verb, start);
    clause_subject(doc, group, start).map(|(phrase, _)| phrase)
}

/// How far back from a participle the clause it follows may open.
const NEAREST_CLAUSE_WINDOW: usize = 40;

/// The subject of the last main clause before `end` (a participle's comma)
/// that "and", "but" or a comma opens inside the sentence from `start`:
/// `prosecutors charged him and [Emanuel] fired his chief, acknowledging`,
/// `When Vik asked, [Berg] seized on it, repeating`. A name phrase or pronoun
/// there with a verb right after it (past adverbs); `None` when no such
/// clause stands after the sentence's first word. Not a subordinate clause's
/// subject (`Berg apologized after [they] came out, saying`: Berg).
pub fn nearest_clause_subject(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let low = (start + 1).max(end.saturating_sub(NEAREST_CLAUSE_WINDOW));
    (low..end).rev().find_map(|k| {
        let mut prev = k - 1;
        // A comma inside a closing quote mark (`"... for all," Berg seized`).
        if prev > low && doc.tokens[prev].kind == TokenKind::Quote && doc.word(prev - 1) == "," {
            prev -= 1;
        }
        let opens = doc.has(prev, words::PLAIN_COORDINATOR) || doc.word(prev) == ",";
        if !opens || !is_word(doc, k) {
            return None;
        }
        let phrase = if is_pronoun(doc, k) {
            k..k + 1
        } else if is_name_word(doc, k) {
            phrase_after(doc, k, end).filter(|p| p.start == k)?
        } else {
            return None;
        };
        let mut v = phrase.end;
        while v < end && crate::attribution::cues::is_adverb(doc, v) {
            v += 1;
        }
        // `past-tense-after-name`: right after a name or a pronoun an "-ed"
        // word is the clause's verb (`, Lund hewed more to the plan,`), not
        // the adjective of `the retired surgeon`.
        let past_tense = is_word(doc, v)
            && looks_like_past(doc.word(v))
            && doc.word(v).chars().all(char::is_lowercase);
        (v < end && (is_main_verb(doc, v) || past_tense)).then_some(phrase)
    })
}

/// `message-issuer`: `Lund and Berg issued a statement describing ...`, `she
/// released a joint statement calling ...`: a message noun (`phrase`, one
/// word) that is the object of a verb (past a determiner and up to two plain
/// words) is the vehicle, not the speaker: the verb's subject speaks. For a
/// participle after the message only (`a statement calling X "..."`).
pub fn message_issuer(doc: &Doc, phrase: &Range<usize>, floor: usize) -> Option<Range<usize>> {
    if phrase.len() != 1 || !doc.has(phrase.start, words::MESSAGE) {
        return None;
    }
    let mut k = phrase.start;
    while k > floor
        && phrase.start - k < 2
        && is_plain_word(doc, k - 1)
        && !is_main_verb(doc, k - 1)
    {
        k -= 1;
    }
    if !(k > floor + 1 && is_determiner(doc, k - 1)) {
        return None;
    }
    let verb = k - 2;
    if !is_main_verb(doc, verb) || crate::attribution::cues::is_reporting_verb(doc, verb) {
        return None;
    }
    let group = crate::attribution::cues::verb_group_start(doc, verb, floor);
    phrase_before(doc, group, floor)
        .filter(|p| p.end == group)
        .or_else(|| clause_subject(doc, group, floor).map(|(p, _)| p))
}

/// A verb stands between `from` and `to` ("envoys [toured] the coast saying").
pub fn verb_between(doc: &Doc, from: usize, to: usize) -> bool {
    (from..to).any(|v| is_main_verb(doc, v))
}

/// A word that reads as a clause's verb: an auxiliary, a past tense or a cue.
fn is_main_verb(doc: &Doc, v: usize) -> bool {
    let w = doc.word(v);
    doc.tokens[v].kind == TokenKind::Word
        && !doc.is_capitalized(v)
        && (is_auxiliary(doc, v)
            || doc.has(v, words::IRREGULAR_PAST)
            // Not "the retired surgeon": an "-ed" word before a plain noun
            // (but "started out their debate": a particle and an object).
            || (looks_like_past(w)
                && (!is_plain_word(doc, v + 1)
                    || is_determiner(doc, v + 2)
                    || is_possessive_pronoun(doc, v + 2)))
            || crate::attribution::cues::is_reporting_verb(doc, v))
}

/// `exporters in the past` (have warned): the phrase cut before a time
/// phrase that closes it, when it has one (and found again before the cut:
/// `Bordurian ministers`).
pub fn without_time_phrase(doc: &Doc, phrase: &Range<usize>, floor: usize) -> Option<Range<usize>> {
    (phrase.start + 1..phrase.end)
        .find(|&k| {
            doc.tokens[k].kind == TokenKind::Word
                && !doc.is_capitalized(k)
                && doc.has(k, words::FUNCTION_WORD)
                && is_adverbial(doc, k, phrase.end)
        })
        .map(|k| phrase_before(doc, k, floor).unwrap_or(phrase.start..k))
}

/// `past` in `friends in the past said`: a phrase of time nouns only is a
/// time phrase's end, not a speaker.
pub fn is_time_noun_phrase(doc: &Doc, phrase: &Range<usize>) -> bool {
    phrase.clone().all(|k| doc.has(k, words::TIME_NOUN))
}

/// Token `k` may stand inside a subject stretch: a word or a number, a hyphen
/// or an apostrophe inside a word group, the stop of a title or initial, a
/// per cent sign.
fn inside_phrase(doc: &Doc, k: usize, floor: usize) -> bool {
    let t = &doc.tokens[k];
    match t.kind {
        // (A reporting noun's base form is the noun: "a radio report aired
        // Tuesday said".)
        TokenKind::Word => {
            use crate::attribution::cues;
            !cues::is_reporting_verb(doc, k)
                || (cues::is_reporting_noun(doc, k) && !cues::is_inflected_form(doc, k))
                || (doc.word(k).ends_with("ed") && is_noun_participle(doc, k))
        }
        TokenKind::Number => true,
        TokenKind::Quote => is_plural_possessive(doc, k),
        _ => match doc.word(k) {
            "-" => !t.space_before,
            "%" | "&" => true,
            "." => {
                k > floor
                    && (is_abbreviation_word(doc, k - 1)
                        || is_initial(doc, k - 1)
                        || is_name_suffix(doc, k - 1))
            }
            _ => false,
        },
    }
}

/// "Jr.", "Sr.", "Inc.": a stop that ends a name, not a sentence.
fn is_name_suffix(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::NAME_SUFFIX)
}

/// "they're", "we'll": a pronoun with its verb glued on (not "O'Brien",
/// "don't").
fn is_contraction(word: &str) -> bool {
    // Written in lower or in upper case ("THEY'RE"), not mixed.
    word.rsplit_once(['\'', '’']).is_some_and(|(_, tail)| {
        (tail.bytes().all(|b| b.is_ascii_lowercase())
            || tail.bytes().all(|b| b.is_ascii_uppercase()))
            && crate::lexicon::word_in(tail, words::CONTRACTED_AUXILIARY)
    })
}

/// What may stand before a subject stretch: its clause's start.
/// `one-in-count`: "one in five", "one in 10": a count word, "in" and a
/// count, a poll's share (the subject), where "one" would otherwise read
/// as a determiner before the phrase.
fn is_count_in_count(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::COUNT_WORD)
        && doc.is(k + 1, "in")
        && (doc.has(k + 2, words::COUNT_WORD)
            || doc
                .tokens
                .get(k + 2)
                .is_some_and(|t| t.kind == TokenKind::Number))
}

fn is_clause_boundary(doc: &Doc, k: usize) -> bool {
    matches!(doc.word(k), "," | ";" | ":" | "—" | "–" | "―" | "(" | "-")
        // (`... "would never run again," rice growers said`: the comma
        // inside the closing mark.)
        || doc.comma_in_mark_before(k + 1).is_some()
}

fn is_word_number_or_percent(doc: &Doc, k: usize) -> bool {
    is_word_or_number(doc, k) || doc.word(k) == "%"
}

/// A relative pronoun opening a clause on the subject ("Republicans who
/// backed him warned"); not "that", which opens clauses of other kinds
/// too ("the fact that Lund ...").
///
/// `relative-with-auxiliary`: "who'd", "who’ve", "who'll" count too
/// (`is_contracted_who`: "Leaders who'd sooner be out fishing with Vik say": the
/// leaders speak).
fn is_relative_word(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::SUBJECT_RELATIVE) || is_contracted_who(doc, k)
}

/// An adverb ("reportedly", "later", "also") or a time phrase ("in the
/// past", "on Tuesday", "earlier Thursday") at `k`, before the verb.
fn is_adverbial(doc: &Doc, k: usize, group: usize) -> bool {
    if is_adverb_word(doc, k) {
        return true;
    }
    if !doc.has(k, words::SUBJECT_TIME_PREPOSITION) {
        return false;
    }
    // A preposition whose object is a time: "in the past", "on Tuesday", "for years".
    (k + 1..group.min(k + 5)).any(|j| {
        is_weekday_or_month(doc, j) || doc.has(j, words::PERIOD) || doc.has(j, words::TIME_NOUN)
    })
}

/// A lowercase adverb or time word ("reportedly", "later", "also").
fn is_adverb_word(doc: &Doc, k: usize) -> bool {
    !doc.is_capitalized(k)
        && (crate::attribution::cues::is_adverb(doc, k)
            || (doc.has(k, words::TIME) && doc.tokens[k].kind == TokenKind::Word))
}

/// The speaker phrase ends before token `k`.
fn ends_phrase(doc: &Doc, k: usize, group: usize) -> bool {
    is_relative_word(doc, k)
        || doc.is(k, "that")
        || doc.is(k, "whose")
        || is_adverbial(doc, k, group)
        || is_auxiliary(doc, k)
}

pub(super) fn is_auxiliary(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::FINITE)
        || doc.has(k, words::BE)
        || doc.has(k, words::BETWEEN_SUBJECT_AND_VERB)
}

/// A word of an adverbial or auxiliary between a subject and its verb
/// ("in the past has", "earlier Thursday", "has since").
fn is_adverbial_word(doc: &Doc, k: usize) -> bool {
    doc.tokens[k].kind == TokenKind::Number
        || is_auxiliary(doc, k)
        || is_function_word(doc, k)
        || is_adverb_word(doc, k)
        || doc.has(k, words::PERIOD)
        || is_weekday_or_month(doc, k)
        || doc.has(k, words::TIME_NOUN)
}

/// Token `k` reads as a verb of its own: an auxiliary or modal, a common
/// irregular past, or a "-ed" word with an object after it ("Kolb praised
/// the plan"); a participle after a noun ("the statement posted on the
/// site", "voters polled") is part of the phrase.
fn looks_like_verb_here(doc: &Doc, k: usize) -> bool {
    if doc.tokens[k].kind != TokenKind::Word {
        return false;
    }
    // Any case: "CONGRESS HAS INVESTIGATED HIM" is a headline's clause.
    if doc.has(k, words::FINITE) || doc.has(k, words::BE) {
        return true;
    }
    // `participle-in-subject`: "A letter sent to the mayor", "People
    // briefed on the talks": a participle between a noun and a preposition.
    if is_noun_participle(doc, k) {
        return false;
    }
    if doc.has(k, words::IRREGULAR_PAST) {
        return true;
    }
    if doc.is_capitalized(k) {
        return false;
    }
    let w = doc.word(k);
    looks_like_past(w)
        && (is_determiner(doc, k + 1)
            || is_pronoun(doc, k + 1)
            || is_possessive_pronoun(doc, k + 1)
            // "Lund cited ...": a name's "-ed" word is its verb.
            || (k > 0 && (is_name_word(doc, k - 1) || is_pronoun(doc, k - 1))))
}

/// `participle-in-subject`: token `k` is a past participle that modifies
/// the noun before it and opens a prepositional phrase ("the statement
/// posted on the site", "a letter sent to the mayor", "People briefed on
/// the talks"): part of a subject stretch, not its verb. Not "said" or
/// "told" (a reporting verb's irregular past), not after a name or a
/// pronoun ("Lund posted on the site").
fn is_noun_participle(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    k > 0
        && doc.tokens[k].kind == TokenKind::Word
        && !doc.is_capitalized(k)
        && (looks_like_past(w)
            || (doc.has(k, words::IRREGULAR_PAST)
                && !crate::attribution::cues::is_reporting_verb(doc, k)))
        && (is_plain_word(doc, k - 1)
            || (is_word(doc, k - 1) && doc.has(k - 1, words::SPEAKER_NOUN)))
        && !is_pronoun(doc, k - 1)
        && (doc.has(k + 1, words::SUBJECT_OBJECT_PREPOSITION)
            || doc.has(k + 1, words::SUBJECT_TIME_PREPOSITION))
}

/// The phrase `phrase` ends a relative clause on the subject of the verb
/// after it ("Leaders who met in [Oslo] say", "Groups that have backed [the
/// mayor] say"): the relative word, then a verb, then the phrase, within one
/// run of words. Not "that" after a cue or a verb ("said that [Lund] says"),
/// nor a subject pronoun ("the skipper who gained fame when [he] said").
/// Marks/Not: `who-bare-verb` in `reported::verb_cue::VERB_CUE`.
pub fn is_inside_relative(doc: &Doc, phrase: &Range<usize>, floor: usize) -> bool {
    let low = floor.max(phrase.start.saturating_sub(RELATIVE_CLAUSE_WINDOW));
    let Some(rel) = (low..phrase.start)
        .rev()
        .take_while(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number))
        .find(|&k| is_relative_word(doc, k) || doc.is(k, "that"))
    else {
        return false;
    };
    let verb_follows = rel + 1 < phrase.start
        && !doc.is_capitalized(rel + 1)
        && (is_auxiliary(doc, rel + 1) || is_main_verb(doc, rel + 1) || is_who_verb(doc, rel + 1));
    // (Not a subject pronoun, the subject of a clause of its own inside the
    // relative: "the congressman who gained fame when [he] yelled".)
    let own_clause = doc.has(phrase.start, words::RELATIVE_SUBJECT);
    // ("Those who back [the plan] say": a determiner standing for its noun.)
    let noun_before = rel > floor
        && (is_plain_word(doc, rel - 1)
            || is_head(doc, rel - 1)
            || (doc.is(rel, "who") && is_determiner(doc, rel - 1)))
        && !is_pronoun(doc, rel - 1)
        && !is_main_verb(doc, rel - 1);
    verb_follows && noun_before && !own_clause
}

/// `who-bare-verb`: after "who" a plain word is the relative clause's verb,
/// in any form ("Residents who live near the plant say", "A clerk who
/// works at the harbour said"): no noun, whatever its ending.
pub fn is_who_verb(doc: &Doc, k: usize) -> bool {
    k > 0 && doc.is(k - 1, "who") && !doc.is_capitalized(k) && is_plain_word(doc, k)
}

/// How far back from a phrase its relative word may stand.
const RELATIVE_CLAUSE_WINDOW: usize = 16;

/// The phrase `phrase` is a preposition's object ("spoke with [the Harbour
/// Times] said", "a supporter of her bid for [the presidency] told"): not
/// the subject of the verb after it.
pub fn is_preposition_object(doc: &Doc, phrase: &Range<usize>, floor: usize) -> bool {
    let mut k = phrase.start;
    // "working for Berg or [Vik] say": past names coordinated before it.
    while k > floor + 1
        && phrase.start - k < COORDINATED_OBJECT_WINDOW
        && doc.has(k - 1, words::PHRASE_COORDINATOR)
        && is_name_word(doc, k - 2)
    {
        k -= 2;
        while k > floor && phrase.start - k < COORDINATED_OBJECT_WINDOW && is_name_word(doc, k - 1)
        {
            k -= 1;
        }
    }
    if k > floor && (is_determiner(doc, k - 1) || is_possessive_pronoun(doc, k - 1)) {
        k -= 1;
    }
    k > floor && doc.has(k - 1, words::SUBJECT_OBJECT_PREPOSITION) && !doc.is_capitalized(k - 1)
}
