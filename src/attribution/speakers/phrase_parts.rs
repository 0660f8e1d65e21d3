//! The pieces of a speaker phrase before its verb: reduced relatives, coordinated speakers, subjects close to the verb, quantifiers, participles inside the subject, possessors and complements.
use super::*;

/// "The farmers I spoke to said", "all the experts we interviewed say": a
/// relative clause with no relative word between the speaker and the saying
/// verb at `end`; where the speaker's noun ends (the pronoun).
///
/// `contact-relative-tail`: the relative's verb may have a preposition's
/// phrase or a time word after it (`The men we met on the quay said`,
/// `Several skippers I have spoken with over the past weeks said`): the
/// noun before the pronoun speaks, not the phrase's object. The relative
/// may also end at a comma opening a phrase set off before the verb
/// (`Everyone I asked, even Lund, said`: `end` is that comma), and the
/// noun may be a determiner standing for it (`Those we met in Bodo said`,
/// `is_standing_determiner`). Not a time noun before the pronoun (`The
/// week we spent in Bodo Lund said`: a fronted time phrase); not past a
/// coordinator, a second verb or a subject pronoun (`After the vote we met
/// at the port and said`).
pub(super) fn reduced_relative(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    if end < floor + 3 {
        return None;
    }
    // The saying verb at `end`, or the one whose group opens there ("on
    // Monday said", "have said"), or the comma at `end` closing the tail.
    let runs_to_end =
        |v: usize| v == end || crate::attribution::cues::verb_group_start(doc, v, floor) == end;
    let set_off = end < doc.tokens.len() && doc.word(end) == ",";
    let low = (floor + 1).max(end.saturating_sub(CONTACT_RELATIVE_WINDOW));
    let pronoun = (low..end - 1)
        .rev()
        .take_while(|&k| is_word_or_number(doc, k))
        .find(|&p| {
            contact_relative_verb(doc, p).is_some_and(runs_to_end)
                || (set_off && contact_relative_tail(doc, p).is_some_and(|t| t.end == end))
        })?;
    // `object-relative-tail`: "The report that we published on Monday
    // said": "that" or "which" after the noun opens the same relative; the
    // noun before it speaks.
    // The noun before the relative: no pronoun, time word or verb (not
    // "What do you think of Berg saying": a question's "do").
    let speaks = |noun: usize| {
        (is_head(doc, noun) || is_plain_word(doc, noun))
            && !is_pronoun(doc, noun)
            && !is_time_word(doc, noun)
            && !super::clause_subject::is_auxiliary(doc, noun)
            && !reads_as_verb(doc, noun)
    };
    if pronoun > floor + 1
        && (doc.is(pronoun - 1, "that") || doc.is(pronoun - 1, "which"))
        && speaks(pronoun - 2)
        && !says_verb(doc, pronoun - 2)
    {
        return Some(pronoun - 1);
    }
    let noun = pronoun - 1;
    (is_standing_determiner(doc, noun, floor) || speaks(noun)).then_some(pronoun)
}

/// A word of time: "week", "days", "yesterday", "Monday", "March".
pub fn is_time_word(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::TIME_NOUN)
        || doc.has(k, words::PERIOD)
        || doc.has(k, words::TIME)
        || crate::attribution::clauses::is_weekday_or_month(doc, k)
}

/// `contact-relative-tail`: `Those we met in Bodo said`, `Some I asked
/// say`: a quantifier or a plural demonstrative (`standing-determiner`)
/// standing for its noun, opening its clause before a contact relative's
/// pronoun at `noun + 1`. The determiner is the speaker, as a noun there
/// is without its relative clause (`men`, `Everyone`) and a quantifier
/// alone is (`Some said`).
pub(super) fn is_standing_determiner(doc: &Doc, noun: usize, floor: usize) -> bool {
    (doc.has(noun, words::QUANTIFIER) || doc.has(noun, words::STANDING_DETERMINER))
        && (opens_clause(doc, noun, floor) || quantifier_opens_clause(doc, noun, floor))
}

/// How far before its saying verb a contact relative's pronoun may stand.
const CONTACT_RELATIVE_WINDOW: usize = 14;

/// The verb of a relative clause without a relative word opened by the
/// subject pronoun at `p` ("we met", "I have spoken", "I asked"): after
/// the pronoun (its "have" alone or glued on), a lowercase word that is no
/// saying verb ("asked", a listed function word, is a reporting verb).
fn contact_relative_verb_at(doc: &Doc, p: usize) -> Option<usize> {
    if !is_word(doc, p) {
        return None;
    }
    let glued = is_pronoun_with_have(doc.word(p));
    if !(glued || doc.has_lowercase(p, words::RELATIVE_SUBJECT) || doc.word(p) == "I") {
        return None;
    }
    let mut verb = p + 1;
    if !glued && (doc.is(verb, "have") || doc.is(verb, "had")) {
        verb += 1;
    }
    let is_verb = is_word(doc, verb)
        && doc.word(verb).len() > 2
        && doc.word(verb).chars().all(char::is_lowercase)
        && !is_determiner(doc, verb)
        && (!is_function_word(doc, verb) || crate::attribution::cues::is_reporting_verb(doc, verb))
        && !says_verb(doc, verb);
    is_verb.then_some(verb)
}

/// A word that opens a contact relative's tail: a preposition or a time word.
fn opens_tail(doc: &Doc, k: usize) -> bool {
    doc.has_lowercase(k, words::SPOKE_PREPOSITION)
        || doc.has_lowercase(k, words::COMPLEMENT_LINK)
        || doc.has_lowercase(k, words::SUBJECT_OBJECT_PREPOSITION)
        || doc.has_lowercase(k, words::SUBJECT_TIME_PREPOSITION)
        || doc.has_lowercase(k, words::TIME)
        || (crate::attribution::cues::is_adverb(doc, k) && !doc.is_capitalized(k))
}

/// A token inside a contact relative's tail: a word or a number, no
/// subject pronoun, verb, relative word or "that" (but "that day", a time
/// phrase), no coordinator before a verb of its own.
fn inside_tail(doc: &Doc, k: usize) -> bool {
    is_word_or_number(doc, k)
        && !doc.has(k, words::RELATIVE_SUBJECT)
        && doc.word(k) != "I"
        // ("in Bergen and Bodo": "and" or "or" before a name or a
        // determiner joins the preposition's objects; "at the port and
        // said" opens a verb of its own.)
        && (!doc.has(k, words::CLAUSE_COORDINATOR)
            || (doc.has(k, words::PHRASE_COORDINATOR)
                && (is_name_word(doc, k + 1) || is_determiner(doc, k + 1))))
        // ("with that day": "that" before a time word points to it.)
        && (!doc.is(k, "that") || is_time_word(doc, k + 1))
        && !is_relative(doc, k)
        && !reads_as_verb(doc, k)
}

/// `contact-relative-tail`: the tail of a relative clause without a
/// relative word opened by the pronoun at `p` whose verb takes no object
/// here: the words after the verb, from a preposition or time word opening
/// a run of plain words, names, numbers and prepositions with no verb,
/// coordinator or subject pronoun in it, up to the saying verb or the
/// first token that is none of these (`we met [on the quay] said`,
/// `I asked[] said`: an empty tail right before a saying verb or a comma).
pub fn contact_relative_tail(doc: &Doc, p: usize) -> Option<Range<usize>> {
    let first = contact_relative_verb_at(doc, p)? + 1;
    if first >= doc.tokens.len() {
        return None;
    }
    if says_verb(doc, first) || doc.word(first) == "," {
        return Some(first..first);
    }
    if !opens_tail(doc, first) {
        return None;
    }
    let window = (first + CONTACT_RELATIVE_WINDOW).min(doc.tokens.len());
    let stop = (first..window).find(|&k| says_verb(doc, k) || !inside_tail(doc, k))?;
    Some(first..stop)
}

/// `contact-relative-tail`: the saying verb that a relative clause without
/// a relative word, opened by the subject pronoun at `p` ("we met on the
/// quay", "I have spoken with over the past weeks", "I asked"), runs to:
/// right after its tail (`contact_relative_tail`), or its group there.
pub(super) fn contact_relative_verb(doc: &Doc, p: usize) -> Option<usize> {
    let stop = contact_relative_tail(doc, p)?.end;
    // The tail stops at the saying verb, or at its group ("have said",
    // "also told").
    says_verb_ahead(doc, stop)
        // (A finite verb: "of Berg privately saying" is a participle's act.)
        .filter(|&v| !doc.word(v).ends_with("ing"))
        .filter(|&v| crate::attribution::cues::verb_group_start(doc, v, p) <= stop)
}

/// "I've", "we’ve", "they've": a pronoun that can open a reduced relative
/// with its "have" glued on.
fn is_pronoun_with_have(word: &str) -> bool {
    word.strip_suffix("'ve")
        .or_else(|| word.strip_suffix("’ve"))
        .is_some_and(|p| matches!(p, "I" | "we" | "they" | "you"))
}

/// How far before "and" a coordinated speaker phrase may start.
pub(super) const COORDINATION_WINDOW: usize = 24;

/// "Ola Lund and Ann Berg wrote", "the senator and presidential candidate
/// told": a name or title phrase joined by "and" before the one found (at
/// `start`) belongs to the speaker.
pub(super) fn coordinated(doc: &Doc, start: usize, floor: usize) -> usize {
    // "South Korea and the United States said", "she and another
    // aide said": a determiner after "and".
    let and = if start > floor + 2 && is_determiner(doc, start - 1) {
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
        // `coordinated-pronoun`: "he and Mr. Dahl said", "she and another
        // aide said": a subject pronoun opening its clause.
        Some(left)
            if is_pronoun(doc, left.start)
                && left.start + 1 == and
                && !doc.is(left.start, "it")
                && opens_clause(doc, left.start, floor) =>
        {
            left.start
        }
        // `coordinated-modifiers`: "..., current and former officials
        // said", "Local and state officials say": two modifiers joined by
        // "and" before one head, opening the clause.
        _ if and + 1 == start
            && doc.word(start).chars().all(char::is_lowercase)
            && is_plain_word(doc, and - 1)
            && !says_verb(doc, and - 1)
            && opens_clause(doc, and - 1, floor) =>
        {
            and - 1
        }
        _ => start,
    }
}

/// How far before the verb "close to" or "familiar with" may stand ("a
/// person familiar with the agenda for Friday's board meeting says").
const CLOSE_TO_WINDOW: usize = 11;

/// "Those close to him say", "people familiar with the talks said",
/// "sources close to the minister": unnamed sources described by their
/// nearness to someone, before a plain saying verb. The span leaves out a
/// determiner ("those").
pub(super) fn close_to_subject(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    if !says_verb(doc, end) {
        return None;
    }
    let low = floor.max(end.saturating_sub(CLOSE_TO_WINDOW));
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
    // "a person familiar with", "one source close to": a singular noun after
    // a determiner.
    if link > floor + 1
        && (is_plain_word(doc, link - 1) || is_head(doc, link - 1))
        && is_determiner(doc, link - 2)
    {
        return Some(link - 1..end);
    }
    (link > floor && is_determiner(doc, link - 1)).then_some(link..end)
}

/// "Yet another said", "But some note that", "Others say": a quantifier
/// standing alone as the subject of a plain saying verb, opening its clause
/// (after the sentence start, an opening conjunction or a comma).
pub(super) fn quantifier_subject(
    doc: &Doc,
    last: usize,
    end: usize,
    floor: usize,
) -> Option<Range<usize>> {
    if let Some(all) = all_but_count(doc, last, floor) {
        return says_verb_ahead(doc, end).is_some().then_some(all..end);
    }
    // "Some", "others", "One", "Each": a quantifier standing alone.
    if !doc.has(last, words::QUANTIFIER) {
        return None;
    }
    // `relative-quantifier`: "laws that some say target fishermen", "a
    // fee which many say is unfair": after an object relative word (a
    // "that" after a plain noun), the quantifier opens its clause too.
    let after_relative = last > floor + 1
        && (super::opens_object_relative(doc, last - 1)
            || (doc.is(last - 1, "that")
                && is_plain_word(doc, last - 2)
                && !crate::attribution::cues::is_reporting_verb(doc, last - 2)));
    let opens = quantifier_opens_clause(doc, last, floor) || after_relative;
    // "Some said", "Some have suggested", "Many had already warned".
    let verb_follows = says_verb_ahead(doc, end).is_some();
    (opens && verb_follows).then_some(last..end)
}

/// The quantifier at `q` opens its clause: at `floor`, after a comma,
/// semicolon, dash or quote mark, after a `quantifier-opener` word ("but
/// many") or the last word of a fronted time phrase ("Minutes later both").
pub fn quantifier_opens_clause(doc: &Doc, q: usize, floor: usize) -> bool {
    doc.has(q, words::QUANTIFIER) && opens_quantified_clause(doc, q, floor)
}

/// `all-but-count`: "All but two said", "and all but one say": "all but"
/// and a count standing alone (a count word, a number, "one") opening its
/// clause as a quantifier would; where "all" stands. (Not "all but three
/// of the deputies said": the "of" phrase names who speaks.)
/// Marks: `All but two said`, `Of the forty skippers, all but one say`.
/// Not: `Berg lost all but two said ...` ("all" after a verb opens no clause).
fn all_but_count(doc: &Doc, last: usize, floor: usize) -> Option<usize> {
    let count = doc.has(last, words::COUNT_WORD)
        || doc.is(last, "one")
        || doc.tokens[last].kind == TokenKind::Number;
    (count
        && last >= floor + 2
        && doc.is(last - 1, "but")
        && doc.is(last - 2, "all")
        && opens_quantified_clause(doc, last - 2, floor))
    .then(|| last - 2)
}

/// A subject word at `q` opens its clause (see [`quantifier_opens_clause`]).
fn opens_quantified_clause(doc: &Doc, q: usize, floor: usize) -> bool {
    q <= floor
        || matches!(doc.word(q - 1), "," | ";" | "—" | "–")
        || doc.has(q - 1, words::QUANTIFIER_OPENER)
        || doc.has(q - 1, words::FRONTED_CLOSER)
        || doc.tokens[q - 1].kind == TokenKind::Quote
}

/// The first letter of a dotted acronym ("S.E.C.") whose last stop is at `stop`.
pub(super) fn dotted_acronym(doc: &Doc, stop: usize, floor: usize) -> Option<usize> {
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

/// "Strikers marching through the docks", "workers standing outside
/// the gates": a determiner at `det` after a preposition and an "-ing"
/// participle; the noun phrase before the participle.
pub(super) fn participle_subject(doc: &Doc, det: usize, floor: usize) -> Option<Range<usize>> {
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
pub(super) const PARTICIPLE_WINDOW: usize = 12;

/// Token `p` opens a participle phrase ("going to the polls on Tuesday")
/// that runs, over words and numbers only, to a saying verb.
pub(super) fn participle_leads_to_verb(doc: &Doc, p: usize) -> bool {
    // "speaking" is a function word ("generally speaking"); "during" no participle.
    let w = doc.word(p);
    is_word(doc, p)
        && w.len() > 4
        && w.ends_with("ing")
        && w.chars().all(char::is_lowercase)
        && !doc.has(p, words::NOT_PARTICIPLE) // lower case, as tested above
        && is_function_word(doc, p + 1)
        && !is_determiner(doc, p + 1)
        && (p + 2..p + PARTICIPLE_WINDOW)
            .take_while(|&k| is_word_or_number(doc, k))
            .any(|k| says_verb(doc, k))
}

/// "Rural voters in six counties going to the polls on Tuesday said": a
/// participle phrase after a plural noun inside the subject of the saying
/// verb at (or just after) `end`; the participle, where the subject's noun phrase ends. A
/// noun right after a determiner is a compound's first word ("the news
/// briefing on Tuesday"), not the noun the participle describes.
pub(super) fn participle_in_subject(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
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
        .take_while(|&k| is_word_or_number(doc, k))
        .find(|&k| participle_leads_to_verb(doc, k))?;
    let noun = p - 1;
    let plural = is_plural_noun(doc, noun, floor);
    let after_determiner = noun > floor && doc.has(noun - 1, words::ARTICLE);
    (plural && !after_determiner).then_some(p)
}

/// "The Lund family's claim", "the shipping company's statement": the noun
/// phrase owning a possessive at `poss`, plain and name words after a
/// determiner (which stays out) or opening the text at `floor`.
pub fn possessor_before(doc: &Doc, poss: usize, floor: usize) -> Option<Range<usize>> {
    // (`plural-possessive-owner`: "the judges' statement": the apostrophe alone.)
    if poss <= floor || !(is_possessive(doc, poss) || is_plural_possessive(doc, poss)) {
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

/// "the mayor's spokesman", "the ad's narrator", "the harbour candidate's
/// former doctor", "the Green nominee's campaign": a possessive `'s` at
/// `i` after a plain noun, up to `POSSESSOR_MODIFIERS` plain or name words
/// before it, and a determiner (opening the clause when words come before
/// the noun); the possessor's first word opens the phrase, the determiner
/// stays out.
pub(super) fn common_possessor(doc: &Doc, i: usize, floor: usize) -> Option<usize> {
    if !(is_possessive(doc, i) && i > floor + 1 && is_plain_word(doc, i - 1)) {
        return None;
    }
    let mut start = i - 1;
    while start > floor + 1
        && i - 1 - start < POSSESSOR_MODIFIERS
        && (is_plain_word(doc, start - 1) || is_name_word(doc, start - 1))
        && !says_verb(doc, start - 1)
    {
        start -= 1;
    }
    // (Past more than the noun, only where the determiner opens the clause:
    // "a page on the Lund campaign's website" is the document's.)
    let opens = start + 1 == i || opens_clause(doc, start - 1, floor);
    (start > floor && is_determiner(doc, start - 1) && opens).then_some(start)
}

/// How many plain or name words may qualify a common possessor ("the
/// harbour candidate's").
const POSSESSOR_MODIFIERS: usize = 2;

/// Token `i` is the lowercase second part of a hyphenated name ("Geun-hye"):
/// a hyphen joined to it and to a capitalised name word before it.
pub(super) fn is_hyphen_tail(doc: &Doc, i: usize, floor: usize) -> bool {
    i >= floor + 2
        && is_word(doc, i)
        && !doc.tokens[i].space_before
        && doc.word(i - 1) == "-"
        && !doc.tokens[i - 1].space_before
        && is_name_word(doc, i - 2)
}

/// How many words a speaker's prepositional complement may run.
pub(super) const COMPLEMENT_WINDOW: usize = 8;

/// The start of a plural noun heading a prepositional complement that ends at
/// `last` ("experts on trade and farming", "officials from both parties").
pub(super) fn head_before_complement(doc: &Doc, last: usize, floor: usize) -> Option<usize> {
    let low = floor.max(last.saturating_sub(COMPLEMENT_WINDOW));
    let link = (low..last)
        .rev()
        // (`relative-ends-complement`: "a gap in the fence that skippers
        // say ...", "a port in which Lund says": a relative word ends the
        // complement, "that" after a noun; its clause's subject speaks.
        // "of that report": "that" after a preposition is a determiner.)
        .take_while(|&k| {
            is_word_or_number(doc, k)
                && !says_verb(doc, k)
                && !(doc.is(k, "that")
                    && k > 0
                    && (is_plain_word(doc, k - 1) || is_name_word(doc, k - 1)))
                && !is_relative(doc, k)
        })
        .find(|&k| doc.has(k, words::COMPLEMENT_LINK))?;
    // `complement-one-phrase`: the link's object is one noun phrase; a
    // determiner after a name, a time word or a number in it opens another
    // ("In a statement on Monday the port said": "port", not "statement on
    // Monday the port"). (A lowercase word before it may be a preposition:
    // "observers in Bergen and around the country".)
    let split = (link + 2..last).any(|k| {
        is_determiner(doc, k)
            && (is_name_word(doc, k - 1)
                || is_time_word(doc, k - 1)
                || doc.tokens[k - 1].kind == TokenKind::Number)
    });
    if split {
        return None;
    }
    let heads = |h: usize| {
        (is_plural_noun(doc, h, floor) && !is_function_word(doc, h))
            || (is_head(doc, h) && !is_pronoun(doc, h))
            || opening_noun(doc, h, floor)
    };
    // `complement-chain`: "fishermen in the town of Bergen": no head before
    // the nearer link, whose phrase is the farther link's object; or a head
    // there and one before the farther link too (`complement-chain-head`:
    // "A clerk in the office of the mayor said": the clerk speaks, the
    // office is the object of "in").
    let link = match chained_link(doc, link, low) {
        Some(farther)
            if link > floor && (!heads(link - 1) || (farther > floor && heads(farther - 1))) =>
        {
            farther
        }
        _ => link,
    };
    if link <= floor {
        return None;
    }
    let head = link - 1;
    // "two-thirds of the insiders": a fraction is no speaker head.
    if head > floor && !doc.tokens[head].space_before {
        return None;
    }
    // (`who-bare-verb`: "A clerk who works at the harbour said": the
    // relative's verb heads nothing.)
    if super::clause_subject::is_who_verb(doc, head) || !heads(head) {
        return None;
    }
    // Back over plain modifiers and a determiner ("the labour experts").
    let mut start = head;
    while start > floor && head - start < 3 && is_plain_word(doc, start - 1) {
        start -= 1;
    }
    Some(start)
}

/// `singular-complement-head`: "A fisherman in the town of Bergen said",
/// "The clerk at the port said": a plain noun right after a determiner
/// that opens its clause heads a complement after it, singular as a plural
/// does; the place or the link's object is no speaker. The determiner may
/// follow a fronted adverbial with no comma (`On Monday a clerk at the port
/// said`, `fronted-before-determiner`). Not after a preposition (`After a
/// storm in the town of Bergen Lund said`: Lund).
pub(super) fn opening_noun(doc: &Doc, h: usize, floor: usize) -> bool {
    h > floor
        && is_plain_word(doc, h)
        && is_determiner(doc, h - 1)
        && (opens_clause(doc, h - 1, floor) || super::fronted_before_determiner(doc, h - 1, floor))
}

/// `complement-chain`: "Fishermen in the town of Bergen said", "Skippers
/// at the meeting in Bodo said": a determiner and one or two plain words
/// right before the complement link `link`, after another complement link,
/// are that link's object; the farther link, if so. The head of the whole
/// phrase stands before it (the nearer link's plain noun heads nothing:
/// not "Bergen" alone). Marks/Not in `speakers::tests`.
pub(super) fn chained_link(doc: &Doc, link: usize, floor: usize) -> Option<usize> {
    let mut j = link;
    while j > floor && link - j < 2 && is_plain_word(doc, j - 1) {
        j -= 1;
    }
    if j == link || j <= floor + 1 {
        return None;
    }
    (is_determiner(doc, j - 1)
        && doc.has(j - 2, words::COMPLEMENT_LINK)
        && !doc.is_capitalized(j - 2))
    .then_some(j - 2)
}

/// How many adjectives (words or compounds) a run of modifiers may hold.
const MAX_ADJECTIVES: usize = 3;

/// How many tokens a run of modifiers before a head may span
/// ("soft-spoken, 64-year-old": 8).
pub(super) const MODIFIER_WINDOW: usize = 12;

/// `the soft-spoken, 64-year-old mayor`, `down-to-earth Lund`: adjectives
/// before the head at `head_start`, with hyphenated compounds (a number or a
/// function word glued inside: "64-year-old", "down-to-earth") and commas
/// between them. The run's first token, when a determiner stands before it,
/// or when it holds a compound and opens its clause (at `floor`, after a
/// comma or a quote mark). Only a run with a compound or a comma in it: the
/// plain words of "the port authority" are read where they always were.
pub(super) fn modifier_run_start(doc: &Doc, head_start: usize, floor: usize) -> Option<usize> {
    let glued = |k: usize| {
        doc.word(k) == "-"
            && !doc.tokens[k].space_before
            && doc.tokens.get(k + 1).is_some_and(|t| !t.space_before)
    };
    let modifier = |k: usize| {
        (is_plain_word(doc, k) && !says_verb(doc, k))
            || (is_word_or_number(doc, k)
                && !doc.is_capitalized(k)
                && (glued(k + 1) || (k > 0 && glued(k - 1))))
    };
    // "the well-known said": the head is no compound's last part.
    if head_start == 0 || glued(head_start - 1) {
        return None;
    }
    // A stretch between commas is one adjective: a word or a compound, no verb.
    let adjective = |from: usize, to: usize| {
        (to - from == 1 || (from..to).any(glued))
            && !(from..to).any(|j| clause_subject::is_auxiliary(doc, j))
    };
    // Walk back; `starts` holds each point where the run may begin.
    let mut k = head_start;
    let mut segment_end = head_start;
    let mut starts = Vec::new();
    while k > floor && head_start - k < MODIFIER_WINDOW {
        let p = k - 1;
        if glued(p) && p > floor && modifier(p - 1) {
            k = p - 1;
        } else if modifier(p) {
            k = p;
        } else if doc.word(p) == "," && k < head_start && p > floor && modifier(p - 1) {
            // Coordinate adjectives ("bearded, 58-year-old"): the
            // stretch after the comma is a compound ("In a few cases,
            // ferry executives say" crosses no comma), and the run may also
            // begin after it.
            if !(k..segment_end).any(glued) || !adjective(k, segment_end) {
                break;
            }
            starts.push(k);
            segment_end = p;
            k = p - 1;
        } else {
            break;
        }
    }
    if segment_end == head_start || adjective(k, segment_end) {
        starts.push(k);
    }
    let marked = |from: usize| (from..head_start).any(|j| glued(j) || doc.word(j) == ",");
    // At most three adjectives ("story detailing four domestic-abuse" is a clause).
    let units = |from: usize| {
        (from..head_start)
            .filter(|&j| !glued(j) && doc.word(j) != "," && !(j > from && glued(j - 1)))
            .count()
    };
    let compound = |from: usize| (from..head_start).any(glued);
    // The farthest start that is one.
    starts.into_iter().rev().find(|&from| {
        from < head_start
            && marked(from)
            && units(from) <= MAX_ADJECTIVES
            && ((from > floor && is_determiner(doc, from - 1))
                || (compound(from)
                    && (from == floor
                        || doc.word(from - 1) == ","
                        || doc.tokens[from - 1].kind == TokenKind::Quote)))
    })
}
