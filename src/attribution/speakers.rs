//! Speaker noun phrases around a reporting cue, and their fields.
//!
//! A speaker phrase is a run of name words (capitalised), title words and
//! speaker nouns ("Kremlin Spokesman Dmitry Peskov", "trade ministry
//! officials"), possessives inside it ("Norway's foreign minister"), or a
//! single pronoun. Determiners are left out of the span.
use super::words;
use crate::attribution::cues::Complement;
use crate::lexicon::ClassTable;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

const PRONOUNS: [&str; 6] = ["he", "she", "they", "it", "we", "i"];

/// Puts the titles, speaker nouns, function words, pronouns, determiners and
/// complement links in the class table.
pub(super) fn register_classes(table: &mut ClassTable) {
    // Titles and roles ("minister", "Sen", "spokesman").
    words::add_lines(table, crate::data_file!("titles.txt"), words::TITLE);
    words::add_lines(
        table,
        crate::data_file!("speaker_nouns.txt"),
        words::SPEAKER_NOUN,
    );
    // Words that never name a speaker, even capitalised ("But", "Once", "March").
    words::add_lines(
        table,
        crate::data_file!("function_words.txt"),
        words::FUNCTION_WORD,
    );
    words::add_all(table, &PRONOUNS, words::PRONOUN);
    words::add_all(table, &DETERMINERS, words::DETERMINER);
    words::add_all(table, &COMPLEMENT_LINKS, words::COMPLEMENT_LINK);
}

/// Determiners and quantifiers in front of a speaker phrase (left out of the span).
const DETERMINERS: [&str; 24] = [
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those", "some", "several", "many", "other", "one", "another", "most", "few", "both", "all",
];

/// How far back from the verb the comma opening an apposition may be
/// ("Ola Lund, director of the centre and a professor at the university, said").
const APPOSITION_WINDOW: usize = 30;

/// Token `i` is a personal pronoun that can speak.
pub fn is_pronoun(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::PRONOUN)
}

/// Token `i` is a possessive pronoun that can own a reporting noun ("his claim that").
pub fn is_possessive_pronoun(doc: &Doc, i: usize) -> bool {
    ["his", "her", "its", "their", "our", "my"]
        .iter()
        .any(|p| doc.is(i, p))
}

/// Token `i` is a determiner or quantifier.
pub fn is_determiner(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::DETERMINER)
}

/// Token `i` is a title word ("minister", "Sen", "spokesman").
pub fn is_title(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.has(i, words::TITLE)
}

fn is_word(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word
}

fn is_function_word(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.has(i, words::FUNCTION_WORD)
}

/// A capitalised word that may be part of a name.
pub(super) fn is_name_word(doc: &Doc, i: usize) -> bool {
    is_word(doc, i) && doc.is_capitalized(i) && !is_pronoun(doc, i) && !is_function_word(doc, i)
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
        return phrase_before(doc, noun_end, floor);
    }
    if !is_head(doc, last) {
        // "the announcer said", "the New York businessman said": a plain noun
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
        let verb_follows = (end..end + 4)
            .take_while(|&v| is_word(doc, v) && doc.word(v).chars().all(char::is_lowercase))
            .any(|v| says_verb(doc, v))
            || (doc.is(end, ",") && (end + 1..end + 4).any(|v| says_verb(doc, v)))
            // The closing dash of an apposition before the verb (see `apposed_subject`).
            || dash_ending_at(doc, end, floor).is_some()
            || participle_leads_to_verb(doc, end);
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
        if k < last
            && doc.is(k, "and")
            && k > floor
            && (is_plain_word(doc, k - 1) || is_head(doc, k - 1))
        {
            let mut start = k - 1;
            while start > floor
                && k - start < 3
                && (is_plain_word(doc, start - 1) || is_head(doc, start - 1))
            {
                start -= 1;
            }
            return Some(start..end);
        }
        if k < last && is_possessive(doc, k) && k > floor && is_name_word(doc, k - 1) {
            // "Clinton's team says".
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
        // "Protesters marching through the streets chanted": the noun after
        // a participle's preposition is no subject; the noun before it is.
        if let Some(subject) = participle_subject(doc, k, floor) {
            return Some(subject);
        }
        // "the announcer said", "two-thirds of party insiders said".
        return (k < last && (is_determiner(doc, k) || doc.is(k, "of"))).then(|| k + 1..end);
    }
    let mut start = last;
    while start > floor {
        let prev = start - 1;
        if is_modifier(doc, prev) {
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
        if ["of", "for", "from", "at", "to", "including"]
            .iter()
            .any(|w| doc.is(link, w))
            && link > floor
        {
            if let Some(head) = phrase_before(doc, link, floor) {
                if !is_pronoun(doc, head.start) {
                    start = head.start;
                }
            }
        }
    }
    // "Attorneys for the family": a plural noun and its complement.
    if start > floor + 1 && !is_name_word(doc, start) {
        if let Some(head) = head_before_complement(doc, start, floor) {
            return Some(head..end);
        }
    }
    // "the port authority": plain words between a determiner and the head.
    // ("Lund says Berg": a saying verb is never one of them.)
    let mut k = start;
    while k > floor && start - k < 3 && is_plain_word(doc, k - 1) && !says_verb(doc, k - 1) {
        k -= 1;
    }
    if k < start && k > floor && is_determiner(doc, k - 1) {
        start = k;
    } else if k < start && k > floor && is_name_word(doc, k - 1) {
        // "Xinhua news agency": a name before plain words and the head.
        start = k - 1;
        while start > floor && is_name_word(doc, start - 1) {
            start -= 1;
        }
    }
    Some(coordinated(doc, start, floor)..end)
}

/// Subject pronouns that open a relative clause without "who" ("the
/// farmers I spoke to").
const RELATIVE_CLAUSE_SUBJECTS: [&str; 6] = ["I", "we", "they", "you", "he", "she"];

/// "The farmers I spoke to said", "all the experts we interviewed say": a
/// relative clause with no relative word between the speaker and the saying
/// verb at `end`; where the speaker's noun ends (the pronoun).
fn reduced_relative(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    if !says_verb(doc, end) || end < floor + 3 {
        return None;
    }
    let mut verb = end - 1;
    if ["to", "with", "about"].iter().any(|w| doc.is(verb, w)) && verb > floor {
        // "spoke to", "talked with".
        verb -= 1;
    }
    let pronoun = verb.checked_sub(1).filter(|&p| p > floor)?;
    let is_verb = is_word(doc, verb)
        && doc.word(verb).len() > 2
        && doc.word(verb).chars().all(char::is_lowercase)
        && !is_function_word(doc, verb)
        && !is_determiner(doc, verb);
    let relative = is_verb
        && RELATIVE_CLAUSE_SUBJECTS
            .iter()
            .any(|w| doc.word(pronoun) == *w)
        && (is_head(doc, pronoun - 1) || is_plain_word(doc, pronoun - 1))
        && !is_pronoun(doc, pronoun - 1);
    relative.then_some(pronoun)
}

/// How far before "and" a coordinated speaker phrase may start.
const COORDINATION_WINDOW: usize = 24;

/// "Ola Lund and Ann Berg wrote", "the senator and presidential candidate
/// told": a name or title phrase joined by "and" before the one found (at
/// `start`) belongs to the speaker.
fn coordinated(doc: &Doc, start: usize, floor: usize) -> usize {
    // "South Korea and the United States said": a determiner after "and".
    let and = if start > floor + 2 && doc.is(start - 1, "the") {
        start - 2
    } else {
        start.saturating_sub(1)
    };
    if and <= floor || !doc.is(and, "and") {
        return start;
    }
    // A window, so that a chain of "and"s stays short (and the recursion shallow).
    let window = floor.max(and.saturating_sub(COORDINATION_WINDOW - 1));
    match phrase_before(doc, and, window) {
        Some(left) if !is_pronoun(doc, left.start) && is_head(doc, left.end - 1) => left.start,
        _ => start,
    }
}

/// "Those close to him say", "people familiar with the talks said",
/// "sources close to the minister": unnamed sources described by their
/// nearness to someone, before a plain saying verb. The span leaves out a
/// determiner ("those").
fn close_to_subject(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    if !says_verb(doc, end) {
        return None;
    }
    let low = floor.max(end.saturating_sub(7));
    let link = (low..end.saturating_sub(1)).rev().find(|&k| {
        (doc.is(k, "close") && doc.is(k + 1, "to"))
            || (doc.is(k, "familiar") && doc.is(k + 1, "with"))
    })?;
    // Only plain words, names or a pronoun after "to"/"with".
    if !(link + 2..end).all(|k| is_word(doc, k) && !says_verb(doc, k)) || link + 2 >= end {
        return None;
    }
    let plural = |k: usize| {
        let w = doc.word(k);
        (is_plain_word(doc, k) || (k == floor && is_word(doc, k)))
            && w.chars().skip(1).all(char::is_lowercase)
            && (w.ends_with('s') || w.eq_ignore_ascii_case("people"))
    };
    if link > floor && plural(link - 1) {
        // "people close to", "sources familiar with".
        return Some(link - 1..end);
    }
    (link > floor && is_determiner(doc, link - 1)).then_some(link..end)
}

/// "Yet another said", "But some note that", "Others say": a quantifier
/// standing alone as the subject of a plain saying verb, opening its clause
/// (after the sentence start, an opening conjunction or a comma).
fn quantifier_subject(doc: &Doc, last: usize, end: usize, floor: usize) -> Option<Range<usize>> {
    const QUANTIFIERS: [&str; 9] = [
        "another", "one", "some", "many", "others", "several", "most", "few", "both",
    ];
    const OPENERS: [&str; 5] = ["but", "and", "yet", "still", "while"];
    // Cheap tests first: most words are no determiner ("others" aside).
    if !(is_determiner(doc, last) || doc.is(last, "others"))
        || !QUANTIFIERS.iter().any(|w| doc.is(last, w))
    {
        return None;
    }
    let opens = last == floor
        || matches!(doc.word(last - 1), "," | ";" | "—" | "–")
        || OPENERS.iter().any(|w| doc.is(last - 1, w))
        || doc.tokens[last - 1].kind == TokenKind::Quote;
    (opens && says_verb(doc, end)).then_some(last..end)
}

/// The first letter of a dotted acronym ("S.E.C.") whose last stop is at `stop`.
fn dotted_acronym(doc: &Doc, stop: usize, floor: usize) -> Option<usize> {
    let glued = |k: usize| !doc.tokens[k].space_before;
    if doc.word(stop) != "." || stop < floor + 1 || !glued(stop) || !is_initial(doc, stop - 1) {
        return None;
    }
    let mut start = stop - 1;
    while start >= floor + 2
        && doc.word(start - 1) == "."
        && glued(start)
        && glued(start - 1)
        && is_initial(doc, start - 2)
    {
        start -= 2;
    }
    (start < stop - 1).then_some(start)
}

/// "Protesters marching through the streets", "workers standing outside
/// the gates": a determiner at `det` after a preposition and an "-ing"
/// participle; the noun phrase before the participle.
fn participle_subject(doc: &Doc, det: usize, floor: usize) -> Option<Range<usize>> {
    if det < floor + 3 || !is_determiner(doc, det) || !is_function_word(doc, det - 1) {
        return None;
    }
    let participle = det - 2;
    let w = doc.word(participle);
    if !(is_plain_word(doc, participle) && w.len() > 4 && w.ends_with("ing")) {
        return None;
    }
    let noun = participle - 1;
    if !(is_plain_word(doc, noun) || is_name_word(doc, noun)) {
        return None;
    }
    let mut start = noun;
    while start > floor && noun - start < 2 && is_plain_word(doc, start - 1) {
        start -= 1;
    }
    Some(start..participle)
}

/// How far a participle phrase inside a subject may run to its saying verb.
const PARTICIPLE_WINDOW: usize = 12;

/// Token `p` opens a participle phrase ("going to the polls on Tuesday")
/// that runs, over words and numbers only, to a saying verb.
fn participle_leads_to_verb(doc: &Doc, p: usize) -> bool {
    // "speaking" is a function word ("generally speaking"); "during" no participle.
    let w = doc.word(p);
    is_word(doc, p)
        && w.len() > 4
        && w.ends_with("ing")
        && w.chars().all(char::is_lowercase)
        && !["during", "according"].contains(&w)
        && is_function_word(doc, p + 1)
        && !is_determiner(doc, p + 1)
        && (p + 2..p + PARTICIPLE_WINDOW)
            .take_while(|&k| is_word(doc, k) || doc.tokens[k].kind == TokenKind::Number)
            .any(|k| says_verb(doc, k))
}

/// "Rural voters in six counties going to the polls on Tuesday said": a
/// participle phrase after a plural noun inside the subject of the saying
/// verb at (or just after) `end`; the participle, where the subject's noun phrase ends. A
/// noun right after a determiner is a compound's first word ("the news
/// briefing on Tuesday"), not the noun the participle describes.
fn participle_in_subject(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    // The verb, or "on Tuesday" before it.
    if !(end..end + 3)
        .take_while(|&v| is_word(doc, v))
        .any(|v| says_verb(doc, v))
    {
        return None;
    }
    let low = (floor + 1).max(end.saturating_sub(PARTICIPLE_WINDOW));
    let p = (low..end)
        .rev()
        .take_while(|&k| is_word(doc, k) || doc.tokens[k].kind == TokenKind::Number)
        .find(|&k| participle_leads_to_verb(doc, k))?;
    let noun = p - 1;
    let w = doc.word(noun);
    let plural = (is_plain_word(doc, noun) || noun == floor && doc.is_capitalized(noun))
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !is_function_word(doc, noun);
    let after_determiner = noun > floor && ["a", "an", "the"].iter().any(|a| doc.is(noun - 1, a));
    (plural && !after_determiner).then_some(p)
}

/// "The Lund family's claim", "the shipping company's statement": the noun
/// phrase owning a possessive at `poss`, plain and name words after a
/// determiner (which stays out) or opening the text at `floor`.
pub fn possessor_before(doc: &Doc, poss: usize, floor: usize) -> Option<Range<usize>> {
    if poss <= floor || !is_possessive(doc, poss) {
        return None;
    }
    let noun_word = |k: usize| is_plain_word(doc, k) || is_name_word(doc, k);
    let mut start = poss;
    while start > floor && poss - start < 3 && noun_word(start - 1) {
        start -= 1;
    }
    let opens = start == floor || is_determiner(doc, start - 1);
    (start < poss && opens).then_some(start..poss)
}

/// "the mayor's spokesman", "the ad's narrator": a possessive `'s` at `i`
/// after a plain noun and a determiner; the noun (the possessor) opens the
/// phrase, the determiner stays out.
fn common_possessor(doc: &Doc, i: usize, floor: usize) -> Option<usize> {
    let found = is_possessive(doc, i)
        && i > floor + 1
        && is_plain_word(doc, i - 1)
        && is_determiner(doc, i - 2);
    found.then(|| i - 1)
}

/// Token `i` is the lowercase second part of a hyphenated name ("Geun-hye"):
/// a hyphen joined to it and to a capitalised name word before it.
fn is_hyphen_tail(doc: &Doc, i: usize, floor: usize) -> bool {
    i >= floor + 2
        && is_word(doc, i)
        && !doc.tokens[i].space_before
        && doc.word(i - 1) == "-"
        && !doc.tokens[i - 1].space_before
        && is_name_word(doc, i - 2)
}

/// Prepositions linking a speaker noun to its complement ("experts on trade").
const COMPLEMENT_LINKS: [&str; 9] = [
    "of", "for", "from", "on", "in", "at", "with", "across", "within",
];
/// How many words a speaker's prepositional complement may run.
const COMPLEMENT_WINDOW: usize = 8;

/// The start of a plural noun heading a prepositional complement that ends at
/// `last` ("experts on trade and farming", "officials from both parties").
fn head_before_complement(doc: &Doc, last: usize, floor: usize) -> Option<usize> {
    let low = floor.max(last.saturating_sub(COMPLEMENT_WINDOW));
    let link = (low..last)
        .rev()
        .take_while(|&k| {
            (is_word(doc, k) || doc.tokens[k].kind == TokenKind::Number) && !says_verb(doc, k)
        })
        .find(|&k| doc.has(k, words::COMPLEMENT_LINK))?;
    if link <= floor {
        return None;
    }
    let head = link - 1;
    // "two-thirds of the insiders": a fraction is no speaker head.
    if head > floor && !doc.tokens[head].space_before {
        return None;
    }
    let plural_noun = is_word(doc, head)
        && doc.word(head).len() > 3
        && doc.word(head).ends_with('s')
        && !doc.word(head).ends_with("ss")
        && (is_plain_word(doc, head) || doc.is_capitalized(head) && head == floor)
        && !is_function_word(doc, head);
    if !plural_noun && (!is_head(doc, head) || is_pronoun(doc, head)) {
        return None;
    }
    // Back over plain modifiers and a determiner ("the labour experts").
    let mut start = head;
    while start > floor && head - start < 3 && is_plain_word(doc, start - 1) {
        start -= 1;
    }
    Some(start)
}

/// A lowercase word that is not a function word.
fn is_plain_word(doc: &Doc, i: usize) -> bool {
    is_word(doc, i)
        && doc.word(i).chars().all(char::is_lowercase)
        && !is_function_word(doc, i)
        && !is_determiner(doc, i)
}

/// The speaker phrase starting at token `start` (after any determiner), not reaching `ceiling`.
pub fn phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    if start >= ceiling {
        return None;
    }
    if is_pronoun(doc, start) {
        return Some(start..start + 1);
    }
    let first = if is_determiner(doc, start) {
        start + 1
    } else {
        start
    };
    let mut end = first;
    while end < ceiling {
        let plain = first > start && end - first < 3 && is_plain_word(doc, end);
        // "Sen. Ann Kolb", "Ola N. Vik", "Freedonia's foreign minister".
        let inner_mark = end > first
            && end + 1 < ceiling
            && ((doc.word(end) == "."
                && (is_abbreviation_word(doc, end - 1) || is_initial(doc, end - 1))
                && is_name_word(doc, end + 1))
                || (is_possessive(doc, end) && is_modifier(doc, end + 1)));
        if is_modifier(doc, end) || plain || inner_mark {
            end += 1;
        } else if let Some(head) = possessed_head(doc, end, first, ceiling) {
            end = head;
        } else {
            break;
        }
    }
    while end > first && !is_head(doc, end - 1) {
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

/// `Judy Kolb, the company's founder, said`: the phrase before an apposition
/// (or a relative "who") set off by commas.
pub fn apposed_subject(doc: &Doc, group: usize, floor: usize) -> Option<Range<usize>> {
    if group <= floor + 1 {
        return None;
    }
    let prev = group - 1;
    // "Ola Lund, who said ...": the relative pronoun is the cue's subject, as a
    // personal pronoun would be; coreference links it to "Ola Lund".
    if is_relative(doc, prev) {
        return Some(prev..group);
    }
    // "Ola Lund, who in 2012 said ...": an adjunct between the relative and its verb.
    if let Some(rel) = (group.saturating_sub(6).max(floor)..prev)
        .rev()
        .find(|&k| is_relative(doc, k))
    {
        if super::clauses::skip_adjuncts(doc, rel + 1, group) == group {
            return Some(rel..rel + 1);
        }
    }
    // "Ola Lund -- an author of a book on ferries -- said": a dashed apposition.
    if let Some(close) = dash_ending_at(doc, prev, floor) {
        // Quote marks may stand inside, in pairs ("Lund - who vowed to
        // "fight back" - said").
        let mut marks = 0;
        let open = (floor..close)
            .rev()
            .take(APPOSITION_WINDOW)
            .find_map(|k| {
                if doc.tokens[k].kind == TokenKind::Quote {
                    marks += 1;
                    return None;
                }
                dash_ending_at(doc, k, floor)
            })
            .filter(|_| marks % 2 == 0)?;
        return phrase_before(doc, open, floor);
    }
    // `Lund, appearing on the programme "Harbour Talk," said`: the closing
    // comma may stand inside a quote's closing mark.
    let is_mark =
        |k: usize| doc.tokens[k].kind == TokenKind::Quote && !is_plural_possessive(doc, k);
    let (prev, mut marks) = if doc.word(prev) == "," {
        (prev, 0)
    } else if is_mark(prev) && prev > floor + 1 && doc.word(prev - 1) == "," {
        (prev - 1, 1)
    } else {
        return None;
    };
    // The comma opening the apposition, within a short window; quote marks
    // inside come in pairs, and a comma between a pair is no opening.
    // `program, "This Week," bluntly said`: the comma before a quoted title
    // opens no apposition.
    let quoted = marks > 0;
    let open = (floor..prev).rev().take(APPOSITION_WINDOW).find(|&k| {
        if is_mark(k) {
            marks += 1;
        }
        marks % 2 == 0 && doc.word(k) == "," && !(quoted && is_mark(k + 1))
    })?;
    // "Ann Lund, 59, of Tromso, who watched the match, said": the relative
    // speaks for the name opening the sentence, or stands for it.
    if is_relative(doc, open + 1) {
        let opens = |p: &Range<usize>| p.start <= floor + 1;
        return phrase_before(doc, open, floor)
            .filter(opens)
            .or_else(|| {
                phrase_after(doc, floor, open).filter(|p| opens(p) && is_name_word(doc, p.start))
            })
            .or(Some(open + 1..open + 2));
    }
    // "Rep. Ann Kolb (D-Ore.), a panel member, said".
    let mut end = open;
    if end > floor + 1 && doc.word(end - 1) == ")" {
        end = (floor..end - 1)
            .rev()
            .take(12)
            .find(|&k| doc.word(k) == "(")?;
    }
    // "A lawyer for the outlets, Ola Lund, said": the apposition names the speaker.
    phrase_before(doc, end, floor)
        .map(|p| chain_head(doc, p, floor))
        .or_else(|| phrase_before(doc, prev, open + 1).filter(|_| !quoted))
}

/// The first token of a dash ("—", "–", "--" or a spaced "-") ending at `k`.
fn dash_ending_at(doc: &Doc, k: usize, floor: usize) -> Option<usize> {
    match doc.word(k) {
        "—" | "–" => Some(k),
        "-" if k > floor && doc.word(k - 1) == "-" && !doc.tokens[k].space_before => Some(k - 1),
        "-" if doc.tokens[k].space_before => Some(k),
        _ => None,
    }
}

/// "Ola Lund, the attorney general of Norland, one of the regions suing,
/// said": when the phrase found is itself an apposition (a determiner and a
/// comma before it), the speaker is the name before that comma, if that name
/// opens its clause (after a comma, a quote mark or the window's floor).
fn chain_head(doc: &Doc, mut phrase: Range<usize>, floor: usize) -> Range<usize> {
    for _ in 0..2 {
        let k = phrase.start;
        if !(k > floor + 2 && is_determiner(doc, k - 1) && doc.word(k - 2) == ",") {
            break;
        }
        let Some(name) = phrase_before(doc, k - 2, floor) else {
            break;
        };
        let opens = name.start == floor
            || doc.word(name.start - 1) == ","
            || doc.tokens[name.start - 1].kind == TokenKind::Quote;
        if !(opens && is_name_word(doc, name.start)) {
            break;
        }
        phrase = name;
    }
    phrase
}

/// Token `i` is a relative pronoun that can speak ("who", "which").
pub fn is_relative(doc: &Doc, i: usize) -> bool {
    doc.is(i, "who") || doc.is(i, "which")
}

/// The phrase a relative pronoun at `at` refers to: the one just before it,
/// past a comma ("Ola Lund, who").
pub fn relative_antecedent(doc: &Doc, at: usize, floor: usize) -> Option<Range<usize>> {
    let end = if at > floor + 1 && doc.word(at - 1) == "," {
        at - 1
    } else {
        at
    };
    phrase_before(doc, end, floor).filter(|p| !is_relative(doc, p.start))
}

/// The plainest verbs of saying, which a noun phrase before them governs even
/// when its head is no known speaker word ("the announcer said").
fn says_verb(doc: &Doc, i: usize) -> bool {
    // "of such claims": a cue word that is also a reporting noun may be that noun.
    i < doc.tokens.len()
        && !crate::attribution::cues::is_reporting_noun(doc, i)
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

/// An apostrophe closing a plural possessive ("workers' families"), not a quote mark.
fn is_plural_possessive(doc: &Doc, i: usize) -> bool {
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
mod tests {
    use super::*;

    fn before(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = (0..doc.tokens.len()).find(|&i| doc.word(i) == verb)?;
        phrase_before(&doc, v, 0).map(|r| doc.span_of(r).slice(text).to_string())
    }

    fn after(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = (0..doc.tokens.len()).find(|&i| doc.word(i) == verb)?;
        phrase_after(&doc, v + 1, doc.tokens.len()).map(|r| doc.span_of(r).slice(text).to_string())
    }

    #[test]
    fn names_with_titles_and_nouns() {
        assert_eq!(
            before("Deputy Premier Ola Nordmann said", "said").as_deref(),
            Some("Deputy Premier Ola Nordmann")
        );
        assert_eq!(
            before("The trade ministry officials said", "said").as_deref(),
            Some("trade ministry officials")
        );
        assert_eq!(
            before("Freedonia's foreign minister said", "said").as_deref(),
            Some("Freedonia's foreign minister")
        );
        assert_eq!(before("But she said", "said").as_deref(), Some("she"));
        assert_eq!(
            before("Sen. Ann Kolb said", "said").as_deref(),
            Some("Sen. Ann Kolb")
        );
    }

    #[test]
    fn complements_initials_and_plain_nouns() {
        assert_eq!(
            before("Ola Lund of the Harbour Trust said", "said").as_deref(),
            Some("Ola Lund of the Harbour Trust")
        );
        assert_eq!(
            before("a spokesman for Ola Lund said", "said").as_deref(),
            Some("spokesman for Ola Lund")
        );
        assert_eq!(
            before("Vann R. Kolb said", "said").as_deref(),
            Some("Vann R. Kolb")
        );
        assert_eq!(
            before("the announcer said", "said").as_deref(),
            Some("announcer")
        );
        assert_eq!(
            before("Most respondents said", "said").as_deref(),
            Some("respondents")
        );
    }

    #[test]
    fn including_hangs_on_the_noun_before_it() {
        assert_eq!(
            before(
                "newspapers including the Harbour Times reported",
                "reported"
            )
            .as_deref(),
            Some("newspapers including the Harbour Times")
        );
    }

    #[test]
    fn relative_clauses_without_who_and_numbered_complements() {
        assert_eq!(
            before("The farmers I spoke to said", "said").as_deref(),
            Some("farmers")
        );
        assert_eq!(
            before("All the economists we interviewed say", "say").as_deref(),
            Some("economists")
        );
        assert_eq!(
            before("Insiders across the four counties said", "said").as_deref(),
            Some("Insiders across the four counties")
        );
        assert_eq!(
            before("Officials with the port authority said", "said").as_deref(),
            Some("Officials with the port authority")
        );
        // "Lund says Berg promised": a saying verb is no part of the phrase.
        assert_eq!(
            before("Lund says Berg promised", "promised").as_deref(),
            Some("Berg")
        );
    }

    #[test]
    fn possessors_and_to_complements() {
        assert_eq!(
            before("Ann Kolb's team says", "says").as_deref(),
            Some("Ann Kolb's team")
        );
        assert_eq!(
            before("advisers to Mr. Lund say", "say").as_deref(),
            Some("advisers to Mr. Lund")
        );
        assert_eq!(
            before("Those close to him say that", "say").as_deref(),
            Some("close to him")
        );
        assert_eq!(
            before("People familiar with the talks said", "said").as_deref(),
            Some("People familiar with the talks")
        );
        assert_eq!(
            before("sources close to the minister said", "said").as_deref(),
            Some("sources close to the minister")
        );
        // A capital beyond ASCII opening the sentence.
        assert_eq!(
            before("Élites close to him say", "say").as_deref(),
            Some("Élites close to him")
        );
        assert_eq!(
            before("the ad's narrator says", "says").as_deref(),
            Some("ad's narrator")
        );
        assert_eq!(
            before("the mayor's spokesman said", "said").as_deref(),
            Some("mayor's spokesman")
        );
    }

    #[test]
    fn function_words_are_not_names_but_may_is() {
        assert_eq!(before("Once I said", "said").as_deref(), Some("I"));
        assert_eq!(
            before("In March officials said", "said").as_deref(),
            Some("officials")
        );
        assert_eq!(
            before("Prime Minister Theresa May said", "said").as_deref(),
            Some("Prime Minister Theresa May")
        );
    }

    #[test]
    fn chained_appositions_lead_back_to_the_name() {
        let subject = |text: &str| {
            let doc = Doc::new(text);
            let v = (0..doc.tokens.len()).find(|&i| doc.word(i) == "said")?;
            apposed_subject(&doc, v, 0).map(|r| doc.span_of(r).slice(text).to_string())
        };
        assert_eq!(
            subject("It is unfair, Ola Lund, the attorney general of Norland, one of the regions suing the board, said.").as_deref(),
            Some("Ola Lund")
        );
        assert_eq!(
            subject("Berg -- an author of a book on ferries -- said").as_deref(),
            Some("Berg")
        );
        assert_eq!(
            subject("Mr. Hale, who in 2012 said").as_deref(),
            Some("who")
        );
        assert_eq!(subject("The levy that in 2012 said"), None);
        // A place after a preposition is no speaker: the apposition stays.
        assert_eq!(
            subject("In Oslo, the minister, a veteran of the talks, said.").as_deref(),
            Some("minister")
        );
    }

    #[test]
    fn hyphenated_given_names_and_poll_shares() {
        assert_eq!(
            before("Governor Lee Min-ho said", "said").as_deref(),
            Some("Governor Lee Min-ho")
        );
        assert_eq!(
            before("while 41 percent said", "said").as_deref(),
            Some("41 percent")
        );
        // A lowercase compound is no name: "the well-known said" has no speaker.
        assert_eq!(before("the well-known said", "said"), None);
        // A share of something else, with no saying verb after it.
        assert_eq!(before("shares fell 4 percent on Monday", "on"), None);
    }

    #[test]
    fn non_speakers_before_a_verb() {
        assert_eq!(before("As widely said", "said"), None);
        assert_eq!(before("But said", "said"), None);
    }

    #[test]
    fn phrase_after_inverted_verbs() {
        assert_eq!(
            after("said Ola Nordmann, the envoy", "said").as_deref(),
            Some("Ola Nordmann")
        );
        assert_eq!(
            after("said the ministry", "said").as_deref(),
            Some("ministry")
        );
        assert_eq!(after("said the plan", "said"), None);
    }

    #[test]
    fn a_participle_and_its_object_follow_the_subject() {
        assert_eq!(
            before("Protesters marching through the streets said", "said").as_deref(),
            Some("Protesters")
        );
        assert_eq!(
            before("Yesterday the workers standing in the rain said", "said").as_deref(),
            Some("workers")
        );
        // A participle phrase ending in a name or a plain noun inside the subject.
        assert_eq!(
            before(
                "Rural voters in six counties going to the polls on Tuesday said",
                "said"
            )
            .as_deref(),
            before("Rural voters in six counties said", "said").as_deref()
        );
        assert_eq!(
            before(
                "Dock workers in four ports speaking on condition of anonymity said",
                "said"
            )
            .as_deref(),
            before("Dock workers in four ports said", "said").as_deref()
        );
        assert_eq!(
            before("Voters going to the polls on Tuesday said", "said").as_deref(),
            Some("Voters")
        );
        // A compound noun after a determiner is no participle ("the news briefing").
        assert_eq!(
            before("Officials at the news briefing on Tuesday said", "said").as_deref(),
            None
        );
    }

    #[test]
    fn an_apposition_may_close_inside_a_quote() {
        let subject = |text: &str| {
            let doc = Doc::new(text);
            let v = (0..doc.tokens.len()).find(|&i| doc.word(i) == "said")?;
            apposed_subject(&doc, v, 0).map(|r| doc.span_of(r).slice(text).to_string())
        };
        assert_eq!(
            subject("Lund, appearing on the show \"Harbour Talk,\" said").as_deref(),
            Some("Lund")
        );
        assert_eq!(
            subject("Lund, appearing on the show, \"Harbour Talk,\" said").as_deref(),
            Some("Lund")
        );
        assert_eq!(
            subject("Lund, who called it \"a farce, a sham,\" said").as_deref(),
            Some("Lund")
        );
    }

    #[test]
    fn dotted_acronyms_speak() {
        assert_eq!(before("The S.E.C. said", "said").as_deref(), Some("S.E.C."));
        assert_eq!(
            before("Later the U.N. said", "said").as_deref(),
            Some("U.N.")
        );
    }
}
