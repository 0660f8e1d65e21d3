//! An attribution after its claim: `<claim>, Peskov said on Friday.`, `The dollar, they said, was falling.`
use super::*;
use crate::attribution::direct::fragment;
use crate::text::NESTED_QUOTES_PASSED;

/// What the `after-claim` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const AFTER_CLAIM: &[Example] = &[
    Marks(
        "The port is busy, Lund said on Friday.",
        "The port is busy",
        "Lund",
    ),
    Marks(
        "The dollar, Lund said, was falling fast.",
        "The dollar, Lund said, was falling fast",
        "Lund",
    ),
    // Before the attribution only an adjunct: the clause after it carries the claim.
    Marks(
        "At the time, she said, Lund was trying to win the seat.",
        "At the time, she said, Lund was trying to win the seat",
        "she",
    ),
    Marks(
        "If the bridge closes, Berg warned, ferries must run all night.",
        "If the bridge closes, Berg warned, ferries must run all night",
        "Berg",
    ),
    Marks(
        "The plan, they said, was failing.",
        "The plan, they said, was failing",
        "they",
    ),
    Marks(
        "The ferry was late, he said; nobody knew why.",
        "The ferry was late",
        "he",
    ),
    // An inverted speaker: plain title words before a name
    // (`plain-title-name`; one plain word before a title word, "port
    // economist Ola Vik", is `phrase_after`'s own), a plain noun of quantity
    // and its "of" phrase (`plain-partitive`), a relative clause closing the
    // sentence.
    Marks(
        "Ferries cost more than bridges, says retired ferry captain Ola Vik in Tromso.",
        "Ferries cost more than bridges",
        "retired ferry captain Ola Vik",
    ),
    Marks(
        "The toll is too high, said a handful of skippers who use the strait.",
        "The toll is too high",
        "handful of skippers",
    ),
    // `quoted-fragment-relay`: a comma inside the closing mark of a quote
    // the claim opened: the claim keeps the marks, and a cue before the
    // quote is nested in it.
    Marks(
        "Lund plans to rebuild the harbour by fostering a climate of \"steady trade and cheap fuel,\" Ola Vik said Monday.",
        "Lund plans to rebuild the harbour by fostering a climate of \"steady trade and cheap fuel,\"",
        "Ola Vik",
    ),
    Marks(
        "During the inquiry, Berg admitted that the ferry was \"a floating wreck,\" The Harbour Times reported in 1991.",
        "During the inquiry, Berg admitted that the ferry was \"a floating wreck,\"",
        "Harbour Times",
    ),
    // `indefinite-object-relative`: ", a claim Berg denied": the noun taken
    // up is the claim of the relative clause's subject, not what came before.
    Marks(
        "The ferry had been sold, a claim Berg denied on Monday.",
        "a claim",
        "Berg",
    ),
    Marks(
        "The ferry had been sold, a charge that the harbour board denied.",
        "a charge",
        "harbour board",
    ),
    // `inverted-subject-pronoun`: "said he" inverts a subject pronoun;
    // "it" after the cue is its object, a verb's in a coordinated verb phrase.
    Marks("The ferry sank at dawn, said he.", "The ferry sank at dawn", "he"),
    Not("The harbour office found the leak, reported it to the police, and shut the pier on Friday."),
    Not("The pier is unsafe, says it."),
    // (With `appositive-zero-relative` the phrase is the name alone.)
    Marks("The pier was sold in May, a claim Ola Vik denied.", "a claim", "Ola Vik"),
    // `indefinite-object-relative`: a relative clause whose cue has a clause
    // of its own ("said was false") is verb-cue's (`appositive-zero-relative`).
    Not("The ferry had been sold, a claim Berg said was false."),
    // `subordinator-not-speaker`: a clause of time or place opened by a
    // function word is no attribution of what came before.
    Not("We met Berg at the port for dinner, when he insisted on paying."),
    Not("Lund met Berg at the quay, where she insisted on paying."),
    // Not a quote that is the whole claim (`quote-after` takes it).
    Not("\"We fixed the roof first,\" Lund, one of the mayors, said at a harbour event."),
    Not("In December, the union pledged to strike."),
    // (A relative followed by a comma is a subject's: no inverted speaker.)
    Not("The port chief, Ann Berg, said the aide who left, Ola Vik, should go."),
    // `adjunct-only-fragment`: a prepositional phrase before the attribution is no claim.
    Not("In May, Lund said in a post, citing the count."),
    // `opener-only-fragment`: before the attribution only the opening of
    // the speaker's own sentence (a subordinate clause, a phrase with no
    // verb), the cue's complement after it: no claim. An opening clause
    // with its main clause is one ("After the vote, the port closed").
    Not("After Berg accused him of lying, Lund warned, \"The port will close,\" Vik told the Herald."),
    Not("Just a few weeks ago, harbour chief Ola Vik voiced anger at the plan."),
    // `object-gives-way`: the whole subject, not the preposition's object.
    Marks(
        "The ferry will run again in May, people briefed on the talks said.",
        "The ferry will run again in May",
        "people briefed on the talks",
    ),
    Marks(
        "After the vote, the port closed, Lund said.",
        "After the vote, the port closed",
        "Lund",
    ),
    // Before an interposed attribution an opener with a possessive mark:
    // the clause after it carries the claim.
    Marks(
        "When the Lunds' turn came, Berg said in a talk, Lund looked at him oddly.",
        "When the Lunds' turn came, Berg said in a talk, Lund looked at him oddly",
        "Berg",
    ),
    // Before an interposed attribution only an adjunct (its noun after a
    // determiner is no verb: "ways", "remarks"), a clause after it.
    Marks(
        "Like his remarks about the judge, Mr. Holm said, Lund's jabs at the family were unacceptable.",
        "Like his remarks about the judge, Mr. Holm said, Lund's jabs at the family were unacceptable",
        "Mr. Holm",
    ),
    // A phrase "in a post" after the cue (a cue word after a determiner is a noun).
    Marks(
        "If she wins the vote, Berg suggested in a post, farmers won't be fined for late forms.",
        "If she wins the vote, Berg suggested in a post, farmers won't be fined for late forms",
        "Berg",
    ),
    // A subordinate clause after an interposed attribution is the claim's
    // own ("until", "since", "although", "if": not "when", "before", "as",
    // which often tell when the speaker spoke).
    Marks(
        "The port is busy, Lund said, until the last ferry leaves.",
        "The port is busy, Lund said, until the last ferry leaves",
        "Lund",
    ),
    Marks(
        "The port was busy, Lund said, before he left for the day.",
        "The port was busy",
        "Lund",
    ),
    // The reason after an interposed attribution is the speaker's.
    Marks(
        "The costs are high, they said, because fuel went up.",
        "The costs are high, they said, because fuel went up",
        "they",
    ),
    // `interrupted-clause`: the interposed attribution's claim is the clause
    // it interrupts, after a lone dash or at a relative pronoun.
    Marks(
        "Lund praised the crews at the port - all of whom, she said, had worked through the storm.",
        "all of whom, she said, had worked through the storm",
        "she",
    ),
    // A double hyphen is a dash too; the conjunction after it is the writer's.
    Marks(
        "The ferry ran late all night -- and the logbook, Lund said, was never signed.",
        "the logbook, Lund said, was never signed",
        "Lund",
    ),
    Marks(
        "The quay is near the old fort, which, Berg said, is full of visitors in May.",
        "which, Berg said, is full of visitors in May",
        "Berg",
    ),
    // `inverted-apposition`: an apposition after an inverted speaker, then
    // an auxiliary: interposed.
    Marks(
        "The paradox of the port, says Ola Vik, a historian at the harbour museum, is that it was never busy.",
        "The paradox of the port, says Ola Vik, a historian at the harbour museum, is that it was never busy",
        "Ola Vik",
    ),
    // `after-earlier-attribution`: each claim of two in one sentence.
    Marks(
        "In Vik, crowds sang on the quay, the Courier reported, while in Ostby the march was silent, the Post reported.",
        "in Ostby the march was silent",
        "Post",
    ),
    Marks(
        "In Vik, crowds sang on the quay, the Courier reported, while in Ostby the march was silent, the Post reported.",
        "In Vik, crowds sang on the quay",
        "Courier",
    ),
    // A dash pair sets off a phrase inside the one clause.
    Marks(
        "The port - a vital link for the islands - is busy, Lund said, until the last ferry leaves.",
        "The port - a vital link for the islands - is busy, Lund said, until the last ferry leaves",
        "Lund",
    ),
];

/// `<claim>, Peskov said on Friday.` / `<claim>, said Peskov.` /
/// `The dollar, they said, was falling.` (the interposed attribution stays inside).
pub(super) fn after_claim(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    covered: &[bool],
) -> Option<Attribution> {
    let cue = cue_at(doc, i)?;
    if cues::is_participle(doc, i) || cues::is_cancelled(doc, i, s.start) {
        return None;
    }
    let group = cues::verb_group_start(doc, i, s.start);
    let mut rule = Rule::AfterClaim;
    let (speaker, before) = match speakers::phrase_before(doc, group, s.start) {
        // `object-gives-way`: "<claim>, people briefed on the talks said.":
        // a preposition's object gives way to the whole subject stretch,
        // as before a verb cue (not a relative clause's subject: "in
        // Bergen, Norland who were voting in it said" has no stretch).
        Some(p)
            if let Some(found) = speakers::is_preposition_object(doc, &p, s.start)
                .then(|| speakers::clause_subject(doc, group, s.start))
                .flatten() =>
        {
            found
        }
        Some(mut p) => {
            // ", local press reports": plain words after the comma belong to the speaker.
            let mut k = p.start;
            // (`finite-not-speaker`: never across an auxiliary but a relative
            // clause's, ", who is chairman of ...": ", could blunt the
            // council's claims." is a clause, no attribution.)
            // (`subordinator-not-speaker`: nor over a function word but a
            // relative: ", when he insisted on paying." is a clause of
            // time, its cue no attribution of what came before.)
            while k > s.start + 1
                && p.start - k < 3
                && is_lowercase_word(doc, k - 1)
                && (!doc.has(k - 1, words::FUNCTION_WORD)
                    || doc.has(k - 1, words::SUBJECT_RELATIVE))
                && (!doc.has(k - 1, words::FINITE) || doc.has(k - 2, words::SUBJECT_RELATIVE))
            {
                k -= 1;
            }
            if k < p.start && doc.word(k - 1) == "," {
                p.start = k;
            }
            let start = speakers::past_determiner(doc, p.start, s.start);
            (p, start)
        }
        // "<claim>, Lund, the union's leader, said.": the subject before
        // interposed phrases; at the sentence start it is the subject of a
        // clause after the cue ("Berg, in the wake of the poll, told the
        // radio that ...").
        None if let Some(found) = speakers::subject_past_interposed(doc, group, s.start) => {
            // (And what came before is a clause: "After the vote, Lund
            // (R-Nor.), said" has none.)
            if found.1 <= s.start + 1 || !(s.start..found.1).any(|k| looks_like_verb(doc, k)) {
                return None;
            }
            rule = Rule::InterposedSubject;
            found
        }
        // ", says that Lund ...": "that" opens the cue's clause, no inverted
        // subject; nor does "told" take one: ", told the Herald" names a listener.
        None if group > s.start
            && doc.word(group - 1) == ","
            && !doc.is(cue.end, "that")
            && !doc.has(cue.start, words::TELL) =>
        {
            (
                speakers::inverted_phrase_after(doc, cue.end, s.end)
                    .or_else(|| speakers::plain_title_before_name(doc, cue.end, s.end))
                    .or_else(|| speakers::plain_partitive_after(doc, cue.end, s.end))?,
                group,
            )
        }
        // ", parliamentarians said.": a plural noun between a comma and the cue.
        None if group > s.start + 1
            && doc.word(group - 2) == ","
            && is_lowercase_word(doc, group - 1)
            && doc.word(group - 1).ends_with('s') =>
        {
            (group - 1..group, group - 1)
        }
        // ", rice growers said.": the whole stretch from the comma to the verb.
        None if !cues::is_reporting_noun(doc, i) => {
            rule = Rule::ClauseSubject;
            speakers::clause_subject(doc, group, s.start)?
        }
        None => return None,
    };
    // `indefinite-object-relative`: "<claim>, a claim Berg denied.", "...,
    // a charge that the ministry denied.": after ", a" (or ", an") a plain
    // noun, then (after "that" or none) the subject of a relative clause
    // ending at its cue. That subject is no speaker of what came before; the
    // noun it takes up is its claim (`a claim`, speaker `Berg`).
    // (The subject after "that" may open with a determiner: "that the
    // ministry"; `before` may hold "that" itself, a determiner too.)
    let that_at = (before.min(speaker.start).saturating_sub(1)..speaker.start)
        .rev()
        .find(|&k| doc.is(k, "that"));
    let that_relative = that_at.is_some_and(|t| t >= s.start + 3);
    let (noun, subject) = if let Some(t) = that_at.filter(|_| that_relative) {
        (t - 1, speaker.clone())
    } else if speaker.start >= s.start + 3
        && speakers::is_appositive_antecedent(doc, speaker.start - 2, speaker.start)
    {
        // (`appositive-zero-relative` already left the noun out of the phrase.)
        (speaker.start - 1, speaker.clone())
    } else {
        (speaker.start, speaker.start + 1..speaker.end)
    };
    if noun >= s.start + 2
        && speakers::is_appositive_antecedent(doc, noun - 1, noun)
        && is_lowercase_word(doc, noun)
        && !subject.is_empty()
        && (that_relative || speakers::is_name_word(doc, subject.start))
    {
        let rest = skip_adjuncts(doc, cue.end, s.end);
        let ends = rest >= s.end || matches!(doc.word(rest), "," | "." | ";" | "!" | "?");
        let claim = noun - 1..noun + 1;
        if !ends || claim.clone().any(|k| covered[k]) {
            return None;
        }
        return Some(Attribution {
            claim,
            mode: ClaimMode::Reported,
            cue: Some(cue),
            source: Source::Phrase(subject),
            rule,
        });
    }
    // The comma before the attribution, and where the claim ends: at the
    // comma, or past the closing mark of a quote the comma ends
    // (`quoted-fragment-relay`).
    let (comma, claim_end) = match before.checked_sub(1) {
        Some(c) if c > s.start && doc.word(c) == "," => (c, c),
        _ => {
            let c = doc.comma_in_mark_before(before).filter(|&c| c > s.start)?;
            if !relays_quoted_fragment(doc, s.start..c, &speaker) {
                return None;
            }
            (c, before)
        }
    };
    // A cue that governs a clause after it is not an attribution of what came before.
    let inverted = speaker.start > i;
    if !inverted
        && clause_after(doc, s, &cue, complement_of(doc, &cue))
            .is_some_and(|c| !is_closed_adjunct(doc, c.start, s.end))
    {
        return None;
    }
    // "In December, the union pledged to ...": a cue with a complement of its
    // own does not attribute what came before.
    if !inverted && doc.has(cue.end, words::NOT_A_CLAUSE) {
        return None;
    }
    let mut rest = speaker.end.max(cue.end);
    if doc.has(cue.start, words::TELL) {
        rest = addressee_end(doc, rest, s.end);
        // "told aides to draft a bill": an order, not an attribution.
        if doc.is(rest, "to") {
            return None;
        }
    }
    // ", said one source in the room.": a prepositional tail belongs to the attribution.
    let adjunct_tail = doc.has(rest, words::ATTRIBUTION_TAIL_OPENER);
    let rest = skip_adjuncts(doc, rest, s.end);
    // ", Lund explained earlier in the hearing.": the tail after a time word.
    let adjunct_tail = adjunct_tail || prepositional_tail(doc, rest, s.end);
    // "These crews, Lund said in the hearing, were paid well": interposed.
    let rest = prepositional_phrase_end(doc, rest, s.end);
    // `inverted-apposition`: "The paradox, says Ola Vik, a historian at the
    // museum, is that ...": an apposition after an inverted speaker, then
    // an auxiliary resuming the claim.
    let rest = if inverted && !verb_resumes(doc, rest + 1) {
        apposition_before_verb(doc, rest, s.end).unwrap_or(rest)
    } else {
        rest
    };
    // "At the time, she said, Lund was ...": before the attribution only an
    // adjunct, which needs the clause after it.
    let continues = rest < s.end
        && (continues_claim(doc, rest + 1, s.end)
            || ((opens_with_adjunct(doc, s.start..comma)
                || opener_only(doc, s.start..comma, true))
                && rest + 1 < s.end
                && (looks_finite(doc, rest + 1, s.end)
                    || looks_like_clause(doc, rest + 1, s.end))
                && !starts_participle(doc, rest + 1)));
    // "The plan, they said, was failing": two words resume it after a verb.
    // ("<claim>, said a handful of aides who back him.": an inverted
    // speaker's relative clause ends the sentence, no claim.)
    // (Not "..., said the aide who left, Ola Vik, should go": a comma after it.)
    let relative_tail = inverted
        && rest < s.end
        && speakers::is_relative(doc, rest)
        && !(rest..s.end).any(|k| doc.word(k) == ",");
    let tail = if relative_tail {
        rest..rest
    } else {
        trim_claim(doc, rest..s.end)
    };
    let long_enough = tail.len() >= 3 || (tail.len() == 2 && verb_resumes(doc, rest + 1));
    let interposed = (!inverted || verb_resumes(doc, rest + 1))
        && rest < s.end
        && doc.word(rest) == ","
        && !doc.has(rest + 1, words::INTERPOSED_COORDINATOR)
        && long_enough
        && continues;
    // "The ferry was late, he said; nobody knew why": a semicolon or a colon
    // after the attribution ends its sentence as a full stop would.
    let closed = rest < s.end && matches!(doc.word(rest), ";" | ":");
    let claim = if tail.is_empty()
        || closed
        || (adjunct_tail && !interposed)
        || (inverted && doc.word(rest) == "," && !verb_resumes(doc, rest + 1))
        || (doc.word(rest) == "," && !continues)
    {
        // `adjunct-only-fragment`: "In May, Lund said in a post, citing the
        // count": a prepositional phrase with no verb is no claim.
        if doc.has(s.start, words::ADJUNCT_PREPOSITION)
            && !(s.start + 1..comma).any(|k| {
                // ("In May": a capitalised word inside is a name, not "may".)
                super::coordinated_verbs::looks_like_verb(doc, k)
                    && !speakers::is_determiner(doc, k - 1)
                    && !doc.is_capitalized(k)
            })
        {
            return None;
        }
        let start = after_earlier_attribution(doc, s.start, comma);
        if opener_only(doc, start..comma, false) {
            return None;
        }
        start..claim_end
    } else if doc.word(rest) == "," && long_enough {
        // Interposed: the attribution sits inside one claim, the clause it
        // interrupts (`interrupted-clause`).
        // (`relative-attribution` ends it: "..., he noted, spending fell
        // to its lowest level, which he said would hurt ...".)
        let end = (rest + 1..s.end)
            .find(|&k| super::super::clauses::relative_attribution(doc, k, s.end))
            .unwrap_or(s.end);
        interrupted_clause_start(doc, s.start, comma)..end
    } else {
        return None;
    };
    let claim = trim_claim(doc, skip_opening_quote(doc, skip_dateline(doc, claim)));
    if claim.len() < 2 || claim.clone().any(|k| covered[k]) {
        return None;
    }
    Some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule,
    })
}

/// `opener-only-fragment`: the stretch before an attribution's comma is
/// only the opening of the speaker's sentence, no clause of its own: a
/// subordinate clause ("After Berg accused him of lying") or a phrase with
/// no verb ("Just a few months ago", "From the first days of her term")
/// (`speakers::is_fronted`), with no comma in it. A quote inside keeps it
/// a claim (a quoted fragment) unless `quotes`: before an interposed
/// attribution, where the clause after it carries the claim, a mark inside
/// ("the Lunds' turn") changes nothing.
fn opener_only(doc: &Doc, fragment: Range<usize>, quotes: bool) -> bool {
    let fragment = skip_opening_quote(doc, skip_dateline(doc, fragment));
    let k = past_openers(doc, fragment.clone());
    if k >= fragment.end
        || (k..fragment.end)
            .any(|i| doc.word(i) == "," || (!quotes && doc.tokens[i].kind == TokenKind::Quote))
        || !speakers::is_fronted(doc, k, fragment.end)
    {
        return false;
    }
    (doc.has(k, words::SUBORDINATOR) && !doc.is(k, "as"))
        || !(k + 1..fragment.end).any(|i| speakers::reads_as_verb(doc, i))
}

/// How far before an attribution's comma `interrupted-clause` and
/// `after-earlier-attribution` look for where its claim starts.
const CLAUSE_SEARCH_WINDOW: usize = 80;

/// How many tokens an apposition after an inverted speaker may hold.
const INVERTED_APPOSITION_WINDOW: usize = 16;

/// `inverted-apposition`: at `comma` a phrase set off by commas (no verb,
/// quote or cue in it) and then a finite verb: the comma closing it.
fn apposition_before_verb(doc: &Doc, comma: usize, end: usize) -> Option<usize> {
    if !doc.is(comma, ",") {
        return None;
    }
    let close = (comma + 2..end.min(comma + INVERTED_APPOSITION_WINDOW))
        .take_while(|&k| {
            doc.word(k) == ","
                || (matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)
                    && !doc.has(k, words::FINITE)
                    && !doc.has(k, words::IRREGULAR_PAST)
                    && !cues::is_reporting_verb(doc, k))
        })
        .find(|&k| doc.word(k) == ",")?;
    verb_resumes(doc, close + 1).then_some(close)
}

/// `after-earlier-attribution`: `In Vik, crowds sang, the Courier reported,
/// while in Ostby the march was silent, the Post reported.`: a claim before
/// its cue starts after an earlier attribution in the sentence set off by
/// commas (its speaker and cue, and adjuncts after the cue; or "as" and
/// them), past a conjunction; what comes before is that attribution's claim.
fn after_earlier_attribution(doc: &Doc, start: usize, comma: usize) -> usize {
    // Within a window, so that a long sentence of cues stays linear.
    let floor = start.max(comma.saturating_sub(CLAUSE_SEARCH_WINDOW));
    for v in (floor + 1..comma).rev() {
        let Some(cue) = cue_at(doc, v) else {
            continue;
        };
        let end = skip_adjuncts(doc, cue.end, comma);
        if end >= comma || doc.word(end) != "," {
            continue;
        }
        let group = cues::verb_group_start(doc, v, start);
        let opened = speakers::phrase_before(doc, group, start)
            .and_then(|p| speakers::past_determiner(doc, p.start, start).checked_sub(1))
            .is_some_and(|k| k > start && (doc.word(k) == "," || doc.is(k, "as")));
        if !opened {
            continue;
        }
        let clause = end + 1;
        // ("and" and "but" are attribution conjunctions too.)
        return if doc.has(clause, words::ATTRIBUTION_CONJUNCTION) {
            clause + 1
        } else {
            clause
        };
    }
    start
}

/// `interrupted-clause`: where the clause an interposed attribution (its
/// comma at `comma`) interrupts starts: after the last dash before it that
/// no second dash pairs (`The ferry was late - all of whom, Berg said,
/// blamed the tide`: a dash pair sets off a phrase inside one clause), or
/// after a semicolon, or at a relative pronoun after a comma (`..., which,
/// Berg said, was full`); else the sentence's start. What comes before is
/// the writer's clause, or another attribution's.
pub(in crate::attribution) fn interrupted_clause_start(
    doc: &Doc,
    start: usize,
    comma: usize,
) -> usize {
    // (A dash: a spaced one; "--" is two tokens, the first one spaced.)
    // Within a window, so that a long sentence of attributions stays linear.
    let floor = start.max(comma.saturating_sub(CLAUSE_SEARCH_WINDOW));
    let dashes = (floor..comma).filter(|&k| doc.is_spaced_dash(k)).count();
    for k in (floor + 1..comma).rev() {
        if doc.word(k) == ";" || (dashes % 2 == 1 && doc.is_spaced_dash(k)) {
            // "- and the berth, her staff said, ...": past the conjunction,
            // and past the second token of a "--".
            let mut clause = k + 1;
            while clause < comma && doc.word(clause) == "-" {
                clause += 1;
            }
            return if doc.has(clause, words::PLAIN_COORDINATOR) {
                clause + 1
            } else {
                clause
            };
        }
        if doc.word(k) == ","
            && doc.has(k + 1, words::RELATIVE_OPENER)
            && !doc.is(k + 1, "including")
        {
            return k + 1;
        }
    }
    start
}

/// `quoted-fragment-relay`: `The ferry "would never run again," rice
/// growers said.`: the quote the comma at `claim.end` closes opens inside
/// the claim after the writer's words (no colon before it: `listed the
/// cuts: "..."` hands over a quote of its own), or before the sentence (a
/// quote running over sentences, or over paragraphs: a stray closing mark);
/// the claim keeps its marks. A quote that is the whole claim is
/// `quote-after`'s. A cue in the writer's words is nested in the claim when
/// the `speaker` names someone else (`Berg said the ferry "would never run
/// again," the Herald reported.`); `..., he added` repeats the cue's own
/// speaker.
fn relays_quoted_fragment(doc: &Doc, claim: Range<usize>, speaker: &Range<usize>) -> bool {
    let close = claim.end + 1;
    // The quote closing there: the last one opened before it, past quotes
    // nested in it (a quote left open ends an earlier paragraph).
    let at = doc.quotes.partition_point(|q| q.open < close);
    let Some(quote) = doc.quotes[..at]
        .iter()
        .rev()
        .take(NESTED_QUOTES_PASSED + 1)
        .take_while(|q| q.nested || q.close.is_some_and(|c| c >= close))
        .find(|q| q.close == Some(close))
    else {
        // A stray closing mark, of a quote opened in an earlier paragraph:
        // the claim is quoted words throughout.
        return !claim
            .clone()
            .any(|k| doc.tokens[k].kind == TokenKind::Quote);
    };
    let start = skip_dateline(doc, claim).start;
    if quote.open < start {
        return true;
    }
    let writer = start..quote.open;
    !writer.is_empty()
        && doc.word(quote.open - 1) != ":"
        && fragment::cue_in(doc, &writer)
            .is_none_or(|nested| fragment::names_someone_else(doc, speaker, nested))
}

/// `The comments, said Ola Lund of the Harbour Bank, were "too weak"`: after
/// an inverted attribution an auxiliary resumes the claim (interposed).
pub(super) fn verb_resumes(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::FINITE)
}

/// "said in May, citing ...", "explained in the hearing, were paid": what
/// follows the cue opens with a prepositional phrase closed by a comma, an
/// adjunct of the cue rather than the start of its clause.
pub(super) fn is_closed_adjunct(doc: &Doc, k: usize, end: usize) -> bool {
    prepositional_phrase_end(doc, k, end) != k
}

/// Past a short prepositional phrase ending at a comma ("in the committee
/// hearing,"): the comma; else `k`.
pub(super) fn prepositional_phrase_end(doc: &Doc, k: usize, end: usize) -> usize {
    if !doc.has(k, words::PHRASE_PREPOSITION) {
        return k;
    }
    (k + 1..(k + 7).min(end))
        .take_while(|&i| {
            doc.word(i) == ","
                || doc.tokens[i].kind == TokenKind::Word
                    // ("in a post,": a cue word after a determiner is a noun.)
                    && (!cues::is_reporting_verb(doc, i) || speakers::is_determiner(doc, i - 1))
                    && !doc.has(i, words::FINITE)
        })
        .find(|&i| doc.word(i) == ",")
        .unwrap_or(k)
}

/// From `k`, a prepositional phrase runs to the sentence end with no
/// verb or comma in it ("in the committee hearing.").
pub(super) fn prepositional_tail(doc: &Doc, k: usize, end: usize) -> bool {
    doc.has(k, words::TAIL_PREPOSITION)
        && end - k <= 12
        && (k + 1..end)
            .take_while(|&i| !matches!(doc.word(i), "." | "!" | "?"))
            .all(|i| doc.tokens[i].kind == TokenKind::Word && !cues::is_reporting_verb(doc, i))
}

/// The words before an interposed attribution are no clause of their own:
/// a phrase with no verb ("At the time", "In some ways") or a subordinate
/// clause ("If the bridge closes").
pub(super) fn opens_with_adjunct(doc: &Doc, fragment: Range<usize>) -> bool {
    let fragment = skip_opening_quote(doc, skip_dateline(doc, fragment));
    if fragment.is_empty()
        || fragment
            .clone()
            .any(|k| doc.tokens[k].kind == TokenKind::Quote)
    {
        return false;
    }
    let k = past_openers(doc, fragment.clone());
    // (One clause: "While taxes rise, that is good, he said" has its main clause.)
    (k < fragment.end
        && doc.has(k, words::SUBORDINATOR)
        && !doc.is(k, "as")
        && !fragment.clone().any(|i| doc.word(i) == ","))
        // ("In some ways", "Like his remarks": a word after a determiner is
        // a noun, whatever its ending.)
        || !fragment.clone().any(|i| {
            (super::coordinated_verbs::looks_like_verb(doc, i) || cues::is_reporting_verb(doc, i))
                && !(i > fragment.start && speakers::is_determiner(doc, i - 1))
        })
}

/// After `, they said,` the words at `k` carry on the claim (`was falling`),
/// rather than a relay, an apposition or another attribution.
pub(super) fn continues_claim(doc: &Doc, k: usize, end: usize) -> bool {
    if k >= end
        || starts_participle(doc, k)
        || is_participial_adjunct(doc, k)
        || doc.has(k, words::NOT_CLAIM)
    {
        return false;
    }
    // "said Peskov, the Kremlin spokesman."
    let apposition =
        speakers::phrase_after(doc, k, end).is_some_and(|p| trim_claim(doc, p.end..end).is_empty());
    !apposition && doc.word(k).chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn a_claim_stops_before_a_later_attribution() {
        // ", and" + a determiner's plain noun phrase + a cue: another speaker.
        assert_eq!(
            reported(
                "Lund said the port was closed, and the 41-year-old father of three \
                 replied, \"We will reopen it.\""
            ),
            [t("the port was closed", "Lund", "said")]
        );
        assert_eq!(
            reported("Berg said the toll was fair, and the old ferry to the island sank."),
            [t(
                "the toll was fair, and the old ferry to the island sank",
                "Berg",
                "said"
            )]
        );
        // A reported claim ends at a colon opening a quote; a quote on
        // another cue stays out of it (`clause-colon-quote` joins the
        // clause's own).
        assert_eq!(
            reported(
                "The union listed the cuts it said Norland would make: \"Fewer ferries \
                 and longer queues,\" the union wrote."
            )[0],
            t("Norland would make", "it", "said")
        );
        assert_eq!(
            reported("Lund said there was one reason: the money had run out."),
            [t(
                "there was one reason: the money had run out",
                "Lund",
                "said"
            )]
        );
    }

    #[test]
    fn cue_after_the_clause() {
        assert_eq!(
            reported(
                "Freedonia has taken a hostile stance, Trade Minister Ola Nordmann said on Friday."
            ),
            [t(
                "Freedonia has taken a hostile stance",
                "Trade Minister Ola Nordmann",
                "said"
            )]
        );
        assert_eq!(
            reported("The harbour will stay closed, said the port authority."),
            [t("The harbour will stay closed", "port authority", "said")]
        );
    }

    #[test]
    fn agency_names_before_the_cue() {
        assert_eq!(
            reported("Floods hit the north, Tass news agency reported."),
            [t("Floods hit the north", "Tass news agency", "reported")]
        );
    }

    #[test]
    fn interposed_attribution_stays_inside_one_claim() {
        assert_eq!(
            reported("The currency, traders said, was falling fast."),
            [t(
                "The currency, traders said, was falling fast",
                "traders",
                "said"
            )]
        );
    }

    #[test]
    fn plain_words_and_plural_nouns_after_a_comma_speak() {
        assert_eq!(
            reported("Riots broke out in the east, local press reports."),
            [t("Riots broke out in the east", "local press", "reports")]
        );
        assert_eq!(
            reported("The bill goes to the upper house, parliamentarians said."),
            [t(
                "The bill goes to the upper house",
                "parliamentarians",
                "said"
            )]
        );
    }

    #[test]
    fn dateline_with_an_agency_in_brackets() {
        assert_eq!(
            reported("date 2030-01-02 Oslo, Jan 2 (NTB) The strike is over, union leaders said."),
            [t("The strike is over", "union leaders", "said")]
        );
    }

    #[test]
    fn datelines_are_not_part_of_the_claim() {
        assert_eq!(
            reported("OSLO, May 3 (Reuters) - The strike is over, union leaders said."),
            [t("The strike is over", "union leaders", "said")]
        );
        assert_eq!(
            reported("BERGEN, May 3 - The strike is over, the union said."),
            [t("The strike is over", "union", "said")]
        );
        assert_eq!(
            reported("New York Mayor Ola Lund is wrong, the union said."),
            [t("New York Mayor Ola Lund is wrong", "union", "said")]
        );
    }

    #[test]
    fn inverted_attribution_with_a_long_apposition() {
        assert_eq!(
            reported("The ad starts this week, said Ola Lund, an adviser who runs the campaign."),
            [t("The ad starts this week", "Ola Lund", "said")]
        );
    }

    #[test]
    fn an_auxiliary_after_the_comma_opens_no_speaker() {
        // `finite-not-speaker`: ", could weaken ... claims." is a clause; the
        // plain words of ", local harbour hands say." are a speaker.
        for (text, claims) in [
            (
                "Strong season, with a jump in cod landings, could weaken harbour board claims.",
                0,
            ),
            ("The port is safe, local harbour hands say.", 1),
        ] {
            assert_eq!(reported(text).len(), claims, "{text}");
        }
    }

    #[test]
    fn an_adjunct_left_over_is_not_a_claim() {
        let found =
            reported("\"We won,\" Lund, one of the mayors, said at a Freedonia event this month.");
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(
            reported("Lund said on Friday the port would close."),
            [t("the port would close", "Lund", "said")]
        );
    }

    #[test]
    fn cues_with_their_own_complement_attribute_nothing_before() {
        assert!(reported("In May, the union pledged to strike.").is_empty());
        assert_eq!(
            reported("Lund confirmed Sylvania shared the data."),
            [t("Sylvania shared the data", "Lund", "confirmed")]
        );
        assert!(reported("Lund denied the reported attack.").is_empty());
        assert!(reported("Officials met, explaining Sylvania's alleged role.").is_empty());
    }

    #[test]
    fn time_word_and_prepositional_tail_after_the_cue() {
        assert_eq!(
            reported("The ferry was late, Lund explained earlier in the hearing."),
            [t("The ferry was late", "Lund", "explained")]
        );
    }

    #[test]
    fn interposed_attribution_with_an_adjunct() {
        assert_eq!(
            reported("These crews, Lund said on Monday, were well paid."),
            [t(
                "These crews, Lund said on Monday, were well paid",
                "Lund",
                "said"
            )]
        );
        assert_eq!(
            reported("These crews, Lund explained earlier in the hearing, were well paid."),
            [t(
                "These crews, Lund explained earlier in the hearing, were well paid",
                "Lund",
                "explained"
            )]
        );
        // A coordinated clause after the attribution is not part of it.
        assert_eq!(
            reported("The crews were paid, Lund said in a letter, and the port was busy."),
            [t("The crews were paid", "Lund", "said")]
        );
    }

    #[test]
    fn an_interposed_attribution_claims_the_clause_it_interrupts() {
        // The claim of a cue before it ends where that clause begins.
        assert_eq!(
            reported(
                "Berg said the toll was a normal part of the race - no different, he said, from the fee on the bridge."
            ),
            [
                t("no different, he said, from the fee on the bridge", "he", "said"),
                t("the toll was a normal part of the race", "Berg", "said")
            ]
        );
        // After a semicolon, and past "and" after a dash.
        assert_eq!(
            reported("The ferry was late; the crews, Lund said, had left early."),
            [t("the crews, Lund said, had left early", "Lund", "said")]
        );
        assert_eq!(
            reported("The quay was busy that night - and the berth, Lund said, was hard to book."),
            [t("the berth, Lund said, was hard to book", "Lund", "said")]
        );
        // Marks: `relative-attribution` ends the interrupted clause too.
        assert_eq!(
            reported(
                "Despite the new money, she noted, the ferry budget will fall, which she said would hurt the islands."
            )[0],
            t("Despite the new money, she noted, the ferry budget will fall", "she", "noted")
        );
        // Not: a relative clause with no speaking verb.
        assert_eq!(
            reported(
                "Despite the new money, she noted, the ferry budget will fall, which hurts the islands."
            ),
            [t(
                "Despite the new money, she noted, the ferry budget will fall, which hurts the islands",
                "she",
                "noted"
            )]
        );
    }

    #[test]
    fn a_closing_adjunct_is_no_clause_of_the_cue() {
        assert_eq!(
            reported("The port is busy, Lund said in May."),
            [t("The port is busy", "Lund", "said")]
        );
        assert_eq!(
            reported("The port is busy, Lund said in a statement, citing the data."),
            [t("The port is busy", "Lund", "said")]
        );
        assert_eq!(
            reported("Lund said May would be busy."),
            [t("May would be busy", "Lund", "said")]
        );
    }

    #[test]
    fn an_inverted_attribution_interposed_before_an_auxiliary() {
        assert_eq!(
            reported("The comments, said Ola Lund of the Harbour Bank in Oslo, were \"too weak to matter\"."),
            [t(
                "The comments, said Ola Lund of the Harbour Bank in Oslo, were \"too weak to matter\"",
                "Ola Lund",
                "said"
            )]
        );
        // An apposition after the inverted speaker: the claim is what came before.
        assert_eq!(
            reported("The port is busy, said Ola Lund, a former mayor."),
            [t("The port is busy", "Ola Lund", "said")]
        );
    }

    #[test]
    fn says_that_after_an_apposition_is_no_inverted_subject() {
        assert_eq!(
            reported("The Harbour Group, a shipping agency, says that Lund, who owns a ferry, has lost money."),
            [t(
                "Lund, who owns a ferry, has lost money",
                "Harbour Group",
                "says"
            )]
        );
    }

    #[test]
    fn an_object_pronoun_after_the_cue_is_no_inverted_speaker() {
        // `inverted-subject-pronoun`: "reported it to the police" is a verb
        // and its object in a row of verbs; "said he" inverts its subject.
        assert!(reported(
            "The port office found the leak, reported it to the police, and shut the pier."
        )
        .is_empty());
        assert!(reported("The pier is unsafe, says it.").is_empty());
        assert_eq!(
            reported("The pier is unsafe, said he."),
            [t("The pier is unsafe", "he", "said")]
        );
        assert_eq!(
            reported("The pier is unsafe, the port office reported."),
            [t("The pier is unsafe", "port office", "reported")]
        );
    }

    #[test]
    fn a_clause_of_time_or_place_after_the_comma_is_no_attribution() {
        // `subordinator-not-speaker`: "when" and "where" never join the
        // speaker; the plain words of ", local press reports" still do.
        for text in [
            "We met Berg at the port for dinner, when he insisted on paying.",
            "Lund met Berg at the quay, where she insisted on paying.",
            "The bill came late, after they said.",
        ] {
            assert!(reported(text).is_empty(), "{text}");
        }
        assert_eq!(
            reported("Riots broke out in the east, local press reports."),
            [t("Riots broke out in the east", "local press", "reports")]
        );
    }

    #[test]
    fn told_takes_no_inverted_subject() {
        // The word after "told" is the listener: no attribution to it.
        let got = reported("The mayor backs the plan, his deputy, Ann Berg, told the Herald.");
        assert!(
            got.iter().all(|(_, speaker, _)| speaker != "Herald"),
            "{got:?}"
        );
        assert!(
            got.iter().all(|(claim, _, _)| !claim.contains("Ann Berg")),
            "{got:?}"
        );
    }
}
