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
    addressee_end, clause_after, clause_end, is_participial_adjunct, skip_adjuncts,
    starts_participle,
};
use super::cues::{self, Complement};
#[cfg(test)]
use super::rule::Example::{self, Marks, Not};
use super::{speakers, trim_claim, words, Attribution, Found, Id, Rule, Source};
use crate::lexicon::ClassTable;
use crate::model::ClaimMode;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// The most tokens a speaker after "according to" may span.
const ACCORDING_TO_SPEAKER: usize = 30;
/// A verb form that can follow a subject by itself ("said", "warns"), not a
/// bare infinitive ("needs to sell and tell").
fn is_inflected(doc: &Doc, i: usize) -> bool {
    cues::is_inflected_form(doc.word(i))
}

/// Nouns naming a message whose content follows "saying" ("tweets saying").
fn is_message_noun(doc: &Doc, i: usize) -> bool {
    super::words::token_in(doc, i, "message")
}

/// Prepositions before "saying" whose subject is the main clause's ("by saying").
const PARTICIPLE_PREPOSITIONS: [&str; 6] = ["by", "after", "before", "while", "when", "from"];
/// Opening words of a sentence that come before its subject.
const SENTENCE_OPENERS: [&str; 8] = [
    "but",
    "and",
    "meanwhile",
    "however",
    "still",
    "yet",
    "so",
    "also",
];

/// Puts the word lists of this file in the class table.
pub(super) fn register_classes(table: &mut ClassTable) {
    words::add_all(table, &SENTENCE_OPENERS, words::SENTENCE_OPENER);
}

/// Adds the reported claims of `doc` to `found` (which holds the direct ones).
pub fn find(doc: &Doc, found: &mut Found) {
    let mut covered = vec![false; doc.tokens.len()];
    for a in found.iter() {
        cover(&mut covered, a);
    }
    // `Lund said the plan would fail: "We have no money."`: the quote after
    // the colon is the direct pass's, but the cue's own clause before the
    // colon is reported speech too (the colon ends it).
    // (cue start, the colon's token), sorted by cue start: a binary search
    // keeps many such quotes linear.
    let mut before_colon: Vec<(usize, usize)> = Vec::new();
    for a in found.iter() {
        if let Some(cue) = a.cue.as_ref().filter(|c| {
            let open = a.claim.start.saturating_sub(1);
            a.claim.start > c.end + 3
                && doc.tokens[open].kind == TokenKind::Quote
                && doc.word(open - 1) == ":"
        }) {
            covered[cue.clone()].iter_mut().for_each(|c| *c = false);
            before_colon.push((cue.start, a.claim.start - 2));
        }
    }
    before_colon.sort_unstable();
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
    let direct = DirectCues::new(doc, found);
    // Each token's lexicon lookups once, not once per sweep.
    let candidate: Vec<bool> = (0..doc.tokens.len())
        .map(|i| may_start_cue(doc, i))
        .collect();
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
                found.push(a);
            }
        }
        let mut i = sentence.start;
        while i < sentence.end {
            if candidate[i] && !covered[i] && !quoted[i] && !skip(i) {
                if let Some(a) = before_claim(doc, &sentence, i, found, &direct, &covered)
                    .or_else(|| colon_paragraph(doc, &sentence, i))
                {
                    cover(&mut covered, &a);
                    // Past the claim, or past the cue when the claim came before it.
                    i = a
                        .claim
                        .end
                        .max(a.cue.as_ref().map_or(i, |c| c.end))
                        .max(i + 1);
                    found.push(a);
                    continue;
                }
            }
            i += 1;
        }
    }
    // Only a clause ending before the colon ("told reporters on Tuesday:" has none).
    if !before_colon.is_empty() {
        found.remove_from(first_reported, |a| {
            a.cue.as_ref().is_some_and(|cue| {
                before_colon
                    .binary_search_by_key(&cue.start, |&(start, _)| start)
                    .is_ok_and(|at| a.claim.end > before_colon[at].1)
            })
        });
    }
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
    if doc.classes(i) & words::CUE_START == 0 {
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

/// What the `according-to` rule marks, and what it must not.
#[cfg(test)]
pub(super) const ACCORDING_TO: &[Example] = &[
    Marks(
        "According to Lund, the port is busy.",
        "the port is busy",
        "Lund",
    ),
    Marks(
        "The port is busy, according to the harbour master.",
        "The port is busy",
        "harbour master",
    ),
    Not("Things at the port went according to plan on Friday."),
];

/// `according to X, <claim>` and `<claim>, according to X`.
fn according_to(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::according_to(doc, i) {
        return None;
    }
    let mut first = i + 2;
    if speakers::is_determiner(doc, first) {
        first += 1;
    }
    let mut end = first;
    while end < s.end
        && end - first < ACCORDING_TO_SPEAKER
        && !matches!(doc.word(end), "," | ";" | "(")
    {
        end += 1;
    }
    let speaker = trim_claim(doc, first..end);
    if speaker.is_empty() || !opens_source_phrase(doc, &speaker) {
        return None;
    }
    let claim = if end < s.end && doc.word(end) == "," && opens_sentence(doc, s, i) {
        trim_claim(doc, end + 1..s.end)
    } else if end < s.end
        && doc.word(end) == ","
        && i > s.start
        && doc.word(i - 1) == ","
        && is_short_adjunct(doc, s.start..i - 1)
    {
        // "About noon, according to a police timeline, the guards left": interposed.
        trim_claim(doc, s.start..s.end)
    } else if i > s.start && matches!(doc.word(i - 1), "," | "—" | "–" | "-") {
        trim_claim(doc, s.start..i - 1)
    } else if i > s.start + 1
        && doc.tokens[i - 1].kind == TokenKind::Quote
        && doc.word(i - 2) == ","
    {
        // `... "to discuss the test," according to a readout.`
        trim_claim(doc, s.start..i)
    } else {
        return None;
    };
    // `According to Lund, "We won. ..."`: the quote after the comma is a direct claim.
    let (claim, mode) = match opening_quote(doc, &claim) {
        Some(inner) => (inner, ClaimMode::Direct),
        None => (claim, ClaimMode::Reported),
    };
    (claim.len() >= 2).then(|| Attribution {
        claim,
        mode,
        cue: Some(i..i + 2),
        source: Source::Phrase(speaker),
        rule: Rule::AccordingTo,
    })
}

/// The inside of a double quote opening at the start of `claim` and running
/// to its end or past it (its last sentence may lie beyond the claim's).
fn opening_quote(doc: &Doc, claim: &Range<usize>) -> Option<Range<usize>> {
    if claim.is_empty() || doc.tokens[claim.start].kind != TokenKind::Quote {
        return None;
    }
    let q = doc
        .quotes
        .get(doc.quotes.partition_point(|q| q.open < claim.start))?;
    (q.open == claim.start && q.double && !q.nested && q.inner.end + 1 >= claim.end)
        .then(|| trim_claim(doc, q.inner.clone()))
}

/// A few words with no verb opening a sentence before a comma ("About
/// 10 p.m.", "In June").
fn is_short_adjunct(doc: &Doc, r: Range<usize>) -> bool {
    r.len() <= 6
        && r.clone()
            .all(|k| !doc.has(k, words::FINITE) && !cues::is_reporting_verb(doc, k))
}

/// The first token of an "according to" source: a word, or a year or count
/// before one ("according to a 2019 study").
fn opens_source_phrase(doc: &Doc, speaker: &Range<usize>) -> bool {
    // `according to her "buyback" plan`: a quoted word in the phrase.
    let quoted = |k: usize| doc.tokens[k].kind == TokenKind::Quote && speaker.len() > 2;
    match doc.tokens[speaker.start].kind {
        TokenKind::Quote => quoted(speaker.start),
        TokenKind::Word => true,
        // "a 2019 study", "a 12-count complaint".
        TokenKind::Number => {
            speaker.len() > 1
                && (doc.tokens[speaker.start + 1].kind == TokenKind::Word
                    || doc.word(speaker.start + 1) == "-")
        }
        _ => false,
    }
}

/// Token `i` begins its sentence, after any openers ("But according to ...").
fn opens_sentence(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    (s.start..i).all(|k| doc.has(k, words::SENTENCE_OPENER) || doc.word(k) == ",")
}

/// What the `after-claim` rule marks, and what it must not.
#[cfg(test)]
pub(super) const AFTER_CLAIM: &[Example] = &[
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
    Not("In December, the union pledged to strike."),
];

/// `<claim>, Peskov said on Friday.` / `<claim>, said Peskov.` /
/// `The dollar, they said, was falling.` (the interposed attribution stays inside).
fn after_claim(doc: &Doc, s: &Range<usize>, i: usize, covered: &[bool]) -> Option<Attribution> {
    let cue = cue_at(doc, i)?;
    if cues::is_participle(doc, i) || cues::is_cancelled(doc, i, s.start) {
        return None;
    }
    let group = cues::verb_group_start(doc, i, s.start);
    let (speaker, before) = match speakers::phrase_before(doc, group, s.start) {
        Some(mut p) => {
            // ", local press reports": plain words after the comma belong to the speaker.
            let mut k = p.start;
            while k > s.start + 1 && p.start - k < 3 && is_lowercase_word(doc, k - 1) {
                k -= 1;
            }
            if k < p.start && doc.word(k - 1) == "," {
                p.start = k;
            }
            let start = if p.start > s.start && speakers::is_determiner(doc, p.start - 1) {
                p.start - 1
            } else {
                p.start
            };
            (p, start)
        }
        // ", says that Lund ...": "that" opens the cue's clause, no inverted subject.
        None if group > s.start && doc.word(group - 1) == "," && !doc.is(cue.end, "that") => {
            (speakers::phrase_after(doc, cue.end, s.end)?, group)
        }
        // ", parliamentarians said.": a plural noun between a comma and the cue.
        None if group > s.start + 1
            && doc.word(group - 2) == ","
            && is_lowercase_word(doc, group - 1)
            && doc.word(group - 1).ends_with('s') =>
        {
            (group - 1..group, group - 1)
        }
        None => return None,
    };
    if before <= s.start + 1 || doc.word(before - 1) != "," {
        return None;
    }
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
    let comma = before - 1;
    let mut rest = speaker.end.max(cue.end);
    if doc.has(cue.start, words::TELL) {
        rest = addressee_end(doc, rest, s.end);
        // "told aides to draft a bill": an order, not an attribution.
        if doc.is(rest, "to") {
            return None;
        }
    }
    // ", said one source in the room.": a prepositional tail belongs to the attribution.
    let adjunct_tail = [
        "in", "at", "on", "during", "after", "before", "from", "with", "to", "as", "when", "while",
    ]
    .iter()
    .any(|w| doc.is(rest, w));
    let rest = skip_adjuncts(doc, rest, s.end);
    // ", Lund explained earlier in the hearing.": the tail after a time word.
    let adjunct_tail = adjunct_tail || prepositional_tail(doc, rest, s.end);
    // "These crews, Lund said in the hearing, were paid well": interposed.
    let rest = prepositional_phrase_end(doc, rest, s.end);
    let interposed = (!inverted || verb_resumes(doc, rest + 1))
        && rest < s.end
        && doc.word(rest) == ","
        && !["and", "but", "or"].iter().any(|w| doc.is(rest + 1, w))
        && trim_claim(doc, rest..s.end).len() >= 3
        && continues_claim(doc, rest + 1, s.end);
    let tail = trim_claim(doc, rest..s.end);
    let claim = if tail.is_empty()
        || (adjunct_tail && !interposed)
        || (inverted && doc.word(rest) == "," && !verb_resumes(doc, rest + 1))
        || (doc.word(rest) == "," && !continues_claim(doc, rest + 1, s.end))
    {
        s.start..comma
    } else if doc.word(rest) == "," && tail.len() >= 3 {
        // Interposed: the attribution sits inside one claim.
        s.start..s.end
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
        rule: Rule::AfterClaim,
    })
}

/// `The comments, said Ola Lund of the Harbour Bank, were "too weak"`: after
/// an inverted attribution an auxiliary resumes the claim (interposed).
fn verb_resumes(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::FINITE)
}

/// "said in May, citing ...", "explained in the hearing, were paid": what
/// follows the cue opens with a prepositional phrase closed by a comma, an
/// adjunct of the cue rather than the start of its clause.
fn is_closed_adjunct(doc: &Doc, k: usize, end: usize) -> bool {
    prepositional_phrase_end(doc, k, end) != k
}

/// Past a short prepositional phrase ending at a comma ("in the committee
/// hearing,"): the comma; else `k`.
fn prepositional_phrase_end(doc: &Doc, k: usize, end: usize) -> usize {
    if ![
        "in", "at", "on", "during", "before", "after", "of", "for", "from", "with",
    ]
    .iter()
    .any(|w| doc.is(k, w))
    {
        return k;
    }
    (k + 1..(k + 7).min(end))
        .take_while(|&i| {
            doc.word(i) == ","
                || doc.tokens[i].kind == TokenKind::Word
                    && !cues::is_reporting_verb(doc, i)
                    && !doc.has(i, words::FINITE)
        })
        .find(|&i| doc.word(i) == ",")
        .unwrap_or(k)
}

/// From `k`, a prepositional phrase runs to the sentence end with no
/// verb or comma in it ("in the committee hearing.").
fn prepositional_tail(doc: &Doc, k: usize, end: usize) -> bool {
    ["in", "at", "on", "during", "before", "after"]
        .iter()
        .any(|w| doc.is(k, w))
        && end - k <= 12
        && (k + 1..end)
            .take_while(|&i| !matches!(doc.word(i), "." | "!" | "?"))
            .all(|i| doc.tokens[i].kind == TokenKind::Word && !cues::is_reporting_verb(doc, i))
}

fn is_lowercase_word(doc: &Doc, i: usize) -> bool {
    const LINKS: [&str; 13] = [
        "to",
        "as",
        "according",
        "including",
        "by",
        "from",
        "with",
        "of",
        "in",
        "on",
        "at",
        "for",
        "and",
    ];
    doc.tokens[i].kind == TokenKind::Word
        && !LINKS.iter().any(|w| doc.is(i, w))
        && doc.word(i).chars().all(char::is_lowercase)
        && !speakers::is_determiner(doc, i)
        && !speakers::is_pronoun(doc, i)
}

/// After `, they said,` the words at `k` carry on the claim (`was falling`),
/// rather than a relay, an apposition or another attribution.
fn continues_claim(doc: &Doc, k: usize, end: usize) -> bool {
    const NOT_CLAIM: [&str; 24] = [
        "quoted",
        "citing",
        "who",
        "which",
        "speaking",
        "referring",
        "when",
        "while",
        "after",
        "before",
        "as",
        "in",
        "at",
        "on",
        "during",
        "according",
        "since",
        "because",
        "although",
        "though",
        "unless",
        "until",
        "whereas",
        "if",
    ];
    if k >= end
        || starts_participle(doc, k)
        || is_participial_adjunct(doc, k)
        || NOT_CLAIM.iter().any(|w| doc.is(k, w))
    {
        return false;
    }
    // "said Peskov, the Kremlin spokesman."
    let apposition =
        speakers::phrase_after(doc, k, end).is_some_and(|p| trim_claim(doc, p.end..end).is_empty());
    !apposition && doc.word(k).chars().next().is_some_and(char::is_lowercase)
}

/// How far into a sentence a dateline may reach ("OSLO, March 3 (Reuters) -").
const DATELINE_WINDOW: usize = 14;

/// Past a dateline opening the claim: capitalised words, numbers and an
/// agency in brackets, ended by a dash or the closing bracket.
pub(super) fn skip_dateline(doc: &Doc, claim: Range<usize>) -> Range<usize> {
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

/// What the `verb-cue` rule marks, and what it must not.
#[cfg(test)]
pub(super) const VERB_CUE: &[Example] = &[
    Marks(
        "Lund said the port would close.",
        "the port would close",
        "Lund",
    ),
    Not("Lund did not say the port would close."),
];

/// `Peskov said (that) <claim>`, `..., stressing that <claim>`.
fn before_claim(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    found: &Found,
    direct: &DirectCues,
    covered: &[bool],
) -> Option<Attribution> {
    if let Some(a) = noun_cue(doc, s, i)
        .or_else(|| opening_participle(doc, s, i))
        .or_else(|| owned_noun_cue(doc, s, i))
        .or_else(|| as_put_it(doc, s, i))
        .or_else(|| as_said(doc, s, i))
    {
        return Some(a);
    }
    let cue = cue_at(doc, i)?;
    if cues::is_cancelled(doc, i, s.start) {
        return None;
    }
    let group = cues::verb_group_start(doc, i, s.start);
    // "stressing" after a comma, not "is stressing".
    let participle = (doc.word(i).ends_with("ing") && group == i) || doc.is(group, "going");
    let (source, rule) = if participle {
        // ", saying ..." or "by saying ...", "after saying ...".
        // ", saying ...", "by saying ...", "a series of tweets saying ...".
        let introduced = group > s.start
            && (doc.word(group - 1) == ","
                || coordinated_participle(doc, s, group - 1)
                || ((doc.is(i, "saying") || doc.is(i, "telling"))
                    && (PARTICIPLE_PREPOSITIONS.iter().any(|w| doc.is(group - 1, w))
                        || is_message_noun(doc, past_time_words(doc, s, group - 1))))
                // "a news conference announcing that ...".
                || (is_message_noun(doc, group - 1) && doc.is(i + 1, "that")));
        if !introduced {
            return None;
        }
        (main_speaker(doc, s, i, found, direct)?, Rule::Participle)
    } else {
        match speakers::phrase_before(doc, group, s.start)
            .or_else(|| speakers::apposed_subject(doc, group, s.start))
        {
            Some(phrase) => (Source::Phrase(phrase), Rule::VerbCue),
            // "Kolb praised the plan and said ...": the subject of the first verb.
            None if group > s.start
                && (doc.is(group - 1, "and") || doc.is(group - 1, "but"))
                && is_inflected(doc, i) =>
            {
                let source = match first_verb_subject(doc, s, group - 1) {
                    Some(phrase) => Source::Phrase(phrase),
                    None => main_speaker(doc, s, i, found, direct)?,
                };
                (source, Rule::CoordinatedVerbs)
            }
            None => return None,
        }
    };
    let complement = if participle && !doc.is(i, "saying") {
        Complement::Object
    } else {
        complement_of(doc, &cue)
    };
    let mut claim = clause_after(doc, s, &cue, complement)?;
    // "Everyone I asked said ...": the cue sits in a relative clause of the
    // subject of the saying verb right after it.
    if claim.start == cue.end
        && is_inflected(doc, claim.start)
        && cue_at(doc, claim.start).is_some()
    {
        return None;
    }
    // "Berg, who said the plan was dead, left early": a relative clause ends at its comma.
    let relative_subject =
        matches!(&source, Source::Phrase(p) if p.len() == 1 && speakers::is_relative(doc, p.start));
    if relative_subject || (group > s.start && speakers::is_relative(doc, group - 1)) {
        if let Some(comma) = claim.clone().find(|&k| {
            matches!(doc.word(k), "," | ";" | "—" | "–")
                && !["but", "and", "or", "yet"].iter().any(|w| doc.is(k + 1, w))
        }) {
            claim.end = comma;
        }
        if claim.len() < 2 {
            return None;
        }
    }
    if let Source::Phrase(p) = &source {
        claim = subordinate_claim(doc, s, p, claim)?;
    }
    if claim.clone().any(|k| covered[k]) && covered[claim.start] {
        return None;
    }
    Some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source,
        rule,
    })
}

/// How far back from "and" the participle it coordinates with may be.
const COORDINATED_PARTICIPLE_WINDOW: usize = 12;

/// What the `participle` rule marks, and what it must not.
#[cfg(test)]
pub(super) const PARTICIPLE: &[Example] = &[
    Marks(
        "The mayor defended the plan, saying the port would reopen.",
        "the port would reopen",
        "mayor",
    ),
    Not("The man saying the port would close was wrong."),
];

/// "..., painting others as weak and suggesting that": an "and" at `and`
/// joins the participle after it to one opened by a comma just before.
fn coordinated_participle(doc: &Doc, s: &Range<usize>, and: usize) -> bool {
    doc.is(and, "and")
        && (s
            .start
            .max(and.saturating_sub(COORDINATED_PARTICIPLE_WINDOW))..and)
            .any(|k| {
                let w = doc.word(k + 1);
                doc.word(k) == ","
                    && w.len() > 4
                    && w.ends_with("ing")
                    && w.chars().all(char::is_lowercase)
            })
}

/// "a series of posts early Friday saying": back from `k` over a few words
/// of time to the noun they follow.
fn past_time_words(doc: &Doc, s: &Range<usize>, k: usize) -> usize {
    let mut k = k;
    let floor = s.start.max(k.saturating_sub(3));
    while k > floor
        && (super::clauses::is_weekday_or_month(doc, k)
            || words::token_in(doc, k, "time")
            || ["early", "late", "on", "last", "this"]
                .iter()
                .any(|w| doc.is(k, w)))
    {
        k -= 1;
    }
    k
}

/// How far before "and said" the first verb of the coordination may be
/// ("When Lund thanked the crowd in the square and said ...").
const COORDINATED_VERB_WINDOW: usize = 12;

/// What the `coordinated-verbs` rule marks, and what it must not.
#[cfg(test)]
pub(super) const COORDINATED_VERBS: &[Example] = &[
    Marks(
        "Kolb praised the plan and said the port would reopen.",
        "the port would reopen",
        "Kolb",
    ),
    Not("Kolb praised the plan and the port reopened."),
];

/// "When Lund thanked the crowd and said ...", "Berg, though she praised
/// the judge and said ...": the speaker phrase right before the first verb
/// of a coordination ending at `and` (within its clause: no comma, quote
/// mark or clause break between).
pub(super) fn first_verb_subject(doc: &Doc, s: &Range<usize>, and: usize) -> Option<Range<usize>> {
    let floor = s.start.max(and.saturating_sub(COORDINATED_VERB_WINDOW));
    let mut v = and;
    while v > floor {
        v -= 1;
        let w = doc.word(v);
        if matches!(w, "," | ";" | ":" | "—" | "–" | "(" | ")")
            || doc.tokens[v].kind == TokenKind::Quote
        {
            return None;
        }
        if !looks_like_verb(doc, v) {
            continue;
        }
        let group = cues::verb_group_start(doc, v, s.start);
        if let Some(phrase) = speakers::phrase_before(doc, group, s.start)
            .filter(|p| p.end == group && !speakers::is_relative(doc, p.start))
        {
            // A subject opens its clause ("attacks on Lund have ... and said" is no "Lund").
            let mut before = phrase.start;
            if before > s.start && speakers::is_determiner(doc, before - 1) {
                before -= 1;
            }
            let opens_clause = opens_sentence(doc, s, before)
                || (before > s.start
                    && (SUBORDINATORS.iter().any(|w| doc.is(before - 1, w))
                        || matches!(doc.word(before - 1), "," | "and" | "but")));
            return opens_clause.then_some(phrase);
        }
    }
    None
}

/// Token `k` looks like a finite verb: an auxiliary, a common irregular past,
/// or a lowercase "-ed" or "-s" form ("thanked", "warns").
fn looks_like_verb(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.has(k, words::FINITE)
        || doc.has(k, words::IRREGULAR_PAST)
        || (doc.tokens[k].kind == TokenKind::Word
            && w.len() > 3
            && w.chars().all(char::is_lowercase)
            && (w.ends_with("ed") || super::clauses::looks_like_present(w)))
}

/// Words opening a subordinate clause before its subject ("When Lund said ...,").
const SUBORDINATORS: [&str; 12] = [
    "as", "when", "while", "after", "before", "once", "until", "if", "because", "since", "though",
    "although",
];

/// "When Lund said the bridge was safe, nobody believed him": a cue whose
/// subject opens a subordinate clause at the sentence start governs only up
/// to the comma closing that clause, and only a clause with a verb of its
/// own ("As Lund said goodbye to the crowd, it rained" has no claim).
fn subordinate_claim(
    doc: &Doc,
    s: &Range<usize>,
    phrase: &Range<usize>,
    mut claim: Range<usize>,
) -> Option<Range<usize>> {
    let mut k = phrase.start;
    if k > s.start && speakers::is_determiner(doc, k - 1) {
        k -= 1;
    }
    // At the sentence start, after "and" ("..., and when Lund said ..., "), or
    // between a subject and its verb ("Berg, though she said ..., left").
    if !(k > s.start
        && SUBORDINATORS.iter().any(|w| doc.is(k - 1, w))
        && (opens_sentence(doc, s, k - 1)
            // (or after a dateline's dash: "OSLO, June 4 - When Lund said ...,")
            || (k - 1 > s.start
                && (doc.is(k - 2, "and")
                    || doc.is(k - 2, "but")
                    || matches!(doc.word(k - 2), "-" | "—" | "–")))
            || (k - 1 > s.start
                && doc.word(k - 2) == ","
                && speakers::phrase_before(doc, k - 2, s.start)
                    .is_some_and(|subject| opens_sentence(doc, s, subject.start)))))
    {
        return Some(claim);
    }
    // Past commas that open a relative clause inside it ("voters, whose ...,").
    let closing = |c: usize| {
        doc.word(c) == ","
            && !["who", "whose", "whom", "which", "where", "including"]
                .iter()
                .any(|w| doc.is(c + 1, w))
    };
    if let Some(comma) = claim.clone().find(|&c| closing(c)) {
        claim.end = comma;
    }
    let has_verb = claim.clone().take(12).any(|k| looks_like_verb(doc, k));
    (claim.len() >= 2 && has_verb).then_some(claim)
}

/// How far after "put it" the comma before the claim may be ("As Berg put
/// it in a statement to my colleague Ann Lund in July, ...").
const AS_PUT_IT_WINDOW: usize = 20;

/// What the `as-put-it` rule marks, and what it must not.
#[cfg(test)]
pub(super) const AS_PUT_IT: &[Example] = &[
    Marks(
        "As Kolb put it, the port is a mess.",
        "the port is a mess",
        "Kolb",
    ),
    Marks(
        "The port is a mess, as Kolb put it.",
        "The port is a mess",
        "Kolb",
    ),
    Not("As Kolb left, the port closed."),
];

/// `As Kolb put it, <claim>` and `<claim>, as Kolb put it`.
fn as_put_it(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    let (speaker, cue) = cues::as_put_it(doc, i, s.end)?;
    let claim = if opens_sentence(doc, s, i) {
        // Past any adjunct ("in a statement in July") to the comma.
        let comma = (cue.end..s.end)
            .take(AS_PUT_IT_WINDOW)
            .find(|&k| doc.word(k) == ",")?;
        trim_claim(doc, comma + 1..s.end)
    } else if let Some(end) = claim_end_before(doc, s, i) {
        trim_claim(doc, skip_dateline(doc, s.start..end))
    } else {
        return None;
    };
    (claim.len() >= 2 && doc.tokens[claim.start].kind != TokenKind::Quote).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::AsPutIt,
    })
}

/// `As Kolb told the Harbour Times, <claim>`, `As Kolb noted, <claim>` and
/// `<claim>, as Kolb said.`: "as", a speaker and a reporting verb with no
/// complement of its own (only an addressee of "told" and adjuncts) before
/// the comma or the sentence end.
/// Where a claim before `, as X put it` at `i` ends: at the comma, or past
/// a closing quote mark after the comma (`... "a lawful source," as a memo put it`).
fn claim_end_before(doc: &Doc, s: &Range<usize>, i: usize) -> Option<usize> {
    if i > s.start && doc.word(i - 1) == "," {
        Some(i - 1)
    } else if i > s.start + 1
        && doc.tokens[i - 1].kind == TokenKind::Quote
        && doc.word(i - 2) == ","
    {
        Some(i)
    } else {
        None
    }
}

/// Words between the speaker and the verb of "as X said".
const AS_SAID_AUXILIARIES: [&str; 10] = [
    "has",
    "have",
    "had",
    "'ve",
    "’ve",
    "also",
    "long",
    "often",
    "repeatedly",
    "previously",
];

/// What the `as-said` rule marks, and what it must not.
#[cfg(test)]
pub(super) const AS_SAID: &[Example] = &[
    Marks(
        "As Kolb noted, the port is busy.",
        "the port is busy",
        "Kolb",
    ),
    Marks(
        "The port, as Lund noted, is busy.",
        "The port, as Lund noted, is busy",
        "Lund",
    ),
    Not("As Kolb left the port, it rained."),
];

fn as_said(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !doc.is(i, "as") {
        return None;
    }
    let speaker = speakers::phrase_after(doc, i + 1, s.end).or_else(|| {
        // "as police have said": plain lowercase words.
        let first = i + 1 + usize::from(speakers::is_determiner(doc, i + 1));
        let end = (first..(first + 3).min(s.end))
            .take_while(|&k| {
                is_lowercase_word(doc, k)
                    && !cues::is_reporting_verb(doc, k)
                    && !AS_SAID_AUXILIARIES.iter().any(|w| doc.is(k, w))
            })
            .last()?
            + 1;
        Some(first..end)
    })?;
    // Past auxiliaries and adverbs ("as I've suggested", "as police have long said").
    let verb = (speaker.end..(speaker.end + 3).min(s.end))
        .find(|&k| !AS_SAID_AUXILIARIES.iter().any(|w| doc.is(k, w)))?;
    if verb >= s.end
        || cues::is_participle(doc, verb)
        || !matches!(
            cues::reporting_verb(doc, verb),
            Some(Complement::Clause | Complement::Object)
        )
    {
        return None;
    }
    let cue = cue_at(doc, verb)?;
    let mut rest = cue.end;
    if doc.has(verb, words::TELL) {
        rest = addressee_end(doc, rest, s.end);
    }
    let rest = skip_adjuncts(doc, rest, s.end);
    // "If, as I have argued, <claim>": one opening word before the comma.
    let opens = opens_sentence(doc, s, i)
        || (i == s.start + 2 && doc.word(s.start + 1) == "," && doc.is_capitalized(s.start));
    let claim = if opens && rest < s.end && doc.word(rest) == "," {
        trim_claim(doc, rest + 1..s.end)
    } else if let Some(end) =
        claim_end_before(doc, s, i).filter(|_| trim_claim(doc, rest..s.end).is_empty())
    {
        trim_claim(doc, skip_dateline(doc, s.start..end))
    } else if i > s.start + 1
        && doc.word(i - 1) == ","
        && rest < s.end
        && doc.word(rest) == ","
        && continues_claim(doc, rest + 1, s.end)
    {
        // "The port, as Lund noted, is busy": interposed, one claim.
        trim_claim(doc, skip_dateline(doc, s.start..s.end))
    } else {
        return None;
    };
    (claim.len() >= 2 && doc.tokens[claim.start].kind != TokenKind::Quote).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::AsSaid,
    })
}

/// What the `colon-paragraph` rule marks, and what it must not.
#[cfg(test)]
pub(super) const COLON_PARAGRAPH: &[Example] = &[
    Marks(
        "The governor added:\n\nThe port will reopen in May and the ferries will run again.",
        "The port will reopen in May and the ferries will run again",
        "governor",
    ),
    Not("The governor added:\n\n\"The port will reopen in May.\""),
];

/// "The governor added:" ending its paragraph: the next paragraph, printed
/// without quote marks, is the claim (a block quotation). A quoted paragraph
/// is the direct pass's.
fn colon_paragraph(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    let cue = cue_at(doc, i)?;
    let colon = cue.end;
    if colon + 1 != s.end || doc.word(colon) != ":" || colon + 1 >= doc.tokens.len() {
        return None;
    }
    let next = colon + 1;
    if doc.tokens[next].newlines_before == 0 || doc.tokens[next].kind == TokenKind::Quote {
        return None;
    }
    let speaker = speakers::phrase_before(doc, cue.start, s.start)?;
    let paragraph = doc.paragraphs[doc.paragraphs.partition_point(|p| p.end <= next)].clone();
    if paragraph.start != next {
        return None;
    }
    let claim = trim_claim(doc, paragraph);
    (claim.len() >= 2).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::ColonParagraph,
    })
}

/// What the `noun-cue` rule marks, and what it must not.
#[cfg(test)]
pub(super) const NOUN_CUE: &[Example] = &[
    Marks(
        "Lund's statement that the ferry was safe angered families.",
        "the ferry was safe",
        "Lund",
    ),
    Not("The statement that the ferry was safe angered families."),
];

/// `Peskov's statement that <claim>`: a reporting noun with a possessor.
fn noun_cue(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::is_reporting_noun(doc, i) || !doc.is(i + 1, "that") || i < s.start + 2 {
        return None;
    }
    if !matches!(doc.word(i - 1), "'s" | "’s") {
        return None;
    }
    let speaker = speakers::phrase_before(doc, i - 1, s.start)
        .or_else(|| speakers::possessor_before(doc, i - 1, s.start))?;
    let mut end = clause_end(doc, i + 2, s.end);
    // "Kolb's statement that the ferry was safe angered families".
    if near_sentence_start(doc, s, speaker.start) {
        end = subject_clause_end(doc, i + 2, end);
    }
    let claim = trim_claim(doc, i + 2..end);
    (claim.len() >= 2).then(|| Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(i..i + 1),
        source: Source::Phrase(speaker),
        rule: Rule::NounCue,
    })
}

/// What the `opening-participle` rule marks, and what it must not.
#[cfg(test)]
pub(super) const OPENING_PARTICIPLE: &[Example] = &[
    Marks(
        "After saying the port was busy, Lund left.",
        "the port was busy",
        "Lund",
    ),
    Not("After leaving the port, Lund went home."),
];

/// `After saying the port was busy, she left.`: a participle after a
/// preposition opening the sentence; its claim ends at the comma closing
/// the phrase, and its speaker is the subject after that comma.
fn opening_participle(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !(doc.is(i, "saying") || doc.is(i, "telling"))
        || i == s.start
        || !PARTICIPLE_PREPOSITIONS.iter().any(|w| doc.is(i - 1, w))
        || !opens_sentence(doc, s, i - 1)
    {
        return None;
    }
    let cue = i..i + 1;
    let claim = clause_after(doc, s, &cue, Complement::Clause)?;
    let comma = claim.clone().rev().find(|&k| doc.word(k) == ",")?;
    // `was "so swollen I could barely walk," she`: a quote closing after the comma.
    let mut after = comma + 1;
    let mut end = comma;
    if after < s.end && doc.tokens[after].kind == TokenKind::Quote {
        after += 1;
        end = after;
    }
    let speaker = speakers::phrase_after(doc, after, s.end)?;
    let claim = trim_claim(doc, claim.start..end);
    (claim.len() >= 2).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::OpeningParticiple,
    })
}

/// What the `owned-noun-cue` rule marks, and what it must not.
#[cfg(test)]
pub(super) const OWNED_NOUN_CUE: &[Example] = &[
    Marks(
        "His claim that the ferry was safe angered families.",
        "the ferry was safe",
        "His",
    ),
    Not("The claim that the ferry was safe angered families."),
];

/// `his claim that <claim>`, `the police's earlier claim that <claim>`: a
/// reporting noun owned by a possessive pronoun, or by a possessive before
/// one plain word (`noun_cue` takes the plain "Lund's statement that").
/// When the owner opens the sentence the noun phrase is its subject, and
/// the claim ends before the main verb ("His claim that the ferry was safe
/// angered families").
fn owned_noun_cue(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::is_reporting_noun(doc, i) || !doc.is(i + 1, "that") || i <= s.start {
        return None;
    }
    let mut k = i - 1;
    while k > s.start
        && i - k <= 1
        && doc.tokens[k].kind == TokenKind::Word
        && doc.word(k).chars().all(char::is_lowercase)
        && !speakers::is_determiner(doc, k)
        && !cues::is_reporting_verb(doc, k)
    {
        k -= 1;
    }
    let speaker = if speakers::is_possessive_pronoun(doc, k) {
        k..k + 1
    } else if k + 1 < i && matches!(doc.word(k), "'s" | "’s") {
        speakers::phrase_before(doc, k, s.start)?
    } else {
        return None;
    };
    let mut end = clause_end(doc, i + 2, s.end);
    let mut owner = speaker.start;
    if owner > s.start && speakers::is_determiner(doc, owner - 1) {
        owner -= 1;
    }
    if near_sentence_start(doc, s, owner) {
        end = subject_clause_end(doc, i + 2, end);
    }
    let claim = trim_claim(doc, i + 2..end);
    (claim.len() >= 2).then(|| Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(i..i + 1),
        source: Source::Phrase(speaker),
        rule: Rule::OwnedNounCue,
    })
}

/// The owner of a noun cue opens the sentence, or follows a short opening
/// preposition ("Contrary to his claim that ..., <main clause>").
fn near_sentence_start(doc: &Doc, s: &Range<usize>, owner: usize) -> bool {
    opens_sentence(doc, s, owner)
        || (owner > s.start
            && owner - s.start <= 3
            && (s.start..owner).all(|k| doc.tokens[k].kind == TokenKind::Word))
}

/// Where a "that" clause inside a sentence's subject ends: at a comma, or
/// before the main verb, a second finite verb after the clause's own with
/// no conjunction or relative word between them; `end` when unsure.
fn subject_clause_end(doc: &Doc, start: usize, end: usize) -> usize {
    // The clause in a subject is short; past a window, unsure: `end`.
    if end - start > 40 {
        return end;
    }
    let is_verb = |k: usize| {
        let w = doc.word(k);
        doc.has(k, words::FINITE)
            || (doc.tokens[k].kind == TokenKind::Word
                && w.len() > 3
                && w.ends_with("ed")
                && w.chars().all(char::is_lowercase))
    };
    let Some(first) = (start..end).find(|&k| is_verb(k) || doc.word(k) == ",") else {
        return end;
    };
    if doc.word(first) == "," {
        return first;
    }
    let mut k = first;
    while k < end && (is_verb(k) || doc.is(k, "not") || doc.is(k, "been") || doc.is(k, "be")) {
        k += 1;
    }
    for j in k..end {
        if doc.word(j) == "," {
            return j;
        }
        if [
            "and", "but", "or", "that", "which", "who", "when", "if", "because", "as",
        ]
        .iter()
        .any(|w| doc.is(j, w))
        {
            return end;
        }
        if is_verb(j) {
            return j;
        }
    }
    end
}

/// Where to find the attributions already made in a sentence without
/// scanning them all: the direct ones (first in `found`) by the sentence of
/// their cue; the reported ones are appended sentence by sentence, so the
/// current sentence's are at the end.
struct DirectCues {
    /// (sentence of the cue, id), sorted.
    by_sentence: Vec<(usize, Id)>,
    /// The id of the first reported attribution.
    first_reported: Id,
}

impl DirectCues {
    fn new(doc: &Doc, found: &Found) -> DirectCues {
        let mut by_sentence: Vec<(usize, Id)> = found
            .live()
            .filter_map(|(j, a)| Some((doc.sentence_of(a.cue.as_ref()?.start), j)))
            .collect();
        by_sentence.sort_unstable();
        DirectCues {
            by_sentence,
            first_reported: found.next_id(),
        }
    }

    /// The last attribution in `found` whose cue lies in `s` before `verb`.
    fn last_before(&self, doc: &Doc, found: &Found, s: &Range<usize>, verb: usize) -> Option<Id> {
        let in_sentence = |j: &Id| {
            found[*j]
                .cue
                .as_ref()
                .is_some_and(|c| c.start >= s.start && c.start < verb)
        };
        // Reported ones, latest first, while they are in this sentence.
        let reported = found
            .live_from(self.first_reported)
            .rev()
            .take_while(|&j| found[j].cue.as_ref().is_none_or(|c| c.start >= s.start))
            .find(in_sentence);
        reported.or_else(|| {
            let sentence = doc.sentence_of(s.start);
            let from = self.by_sentence.partition_point(|&(k, _)| k < sentence);
            let to = self.by_sentence.partition_point(|&(k, _)| k <= sentence);
            self.by_sentence[from..to]
                .iter()
                .map(|&(_, j)| j)
                .filter(in_sentence)
                .max()
        })
    }
}

/// The subject of the sentence's main clause, for a participial cue: the
/// speaker of an earlier attribution in the sentence, else the phrase that
/// opens the sentence.
fn main_speaker(
    doc: &Doc,
    s: &Range<usize>,
    verb: usize,
    found: &Found,
    direct: &DirectCues,
) -> Option<Source> {
    if let Some(j) = direct.last_before(doc, found, s, verb) {
        return Some(Source::SameAs(j));
    }
    let mut k = s.start;
    while k < verb && (doc.has(k, words::SENTENCE_OPENER) || doc.word(k) == ",") {
        k += 1;
    }
    // "In December, the union ...": past an opening adjunct set off by a comma.
    if doc.has(k, words::ADJUNCT_PREPOSITION) {
        if let Some(comma) = (k..verb.min(k + 10)).find(|&c| doc.word(c) == ",") {
            k = comma + 1;
        }
    }
    speakers::phrase_after(doc, k, verb).map(Source::Phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (claim, speaker or "<same>", cue) of each reported claim.
    fn reported(text: &str) -> Vec<(String, String, String)> {
        let doc = Doc::new(text);
        let mut found = Found::default();
        find(&doc, &mut found);
        found
            .iter()
            .map(|a| {
                let (claim, speaker, cue) = a.describe(&doc);
                (claim, speaker, cue.unwrap_or_default())
            })
            .collect()
    }

    fn t(claim: &str, speaker: &str, cue: &str) -> (String, String, String) {
        (claim.into(), speaker.into(), cue.into())
    }

    #[test]
    fn reply_cues_with_a_particle() {
        assert_eq!(
            reported("Berg hit back that the toll plan was late."),
            [t("the toll plan was late", "Berg", "hit back")]
        );
        assert_eq!(
            reported("Lund fired back on Monday that the union had lied."),
            [t("the union had lied", "Lund", "fired back")]
        );
        assert_eq!(
            reported("Norland pointed out the bridge would cost more."),
            [t("the bridge would cost more", "Norland", "pointed out")]
        );
        // A reply aimed at someone, or a shot, is no claim.
        assert!(reported("Berg hit back at her critics on Monday.").is_empty());
        assert!(reported("Police fired back at the gunmen.").is_empty());
        assert!(reported("Lund shot the deer that had eaten the crops.").is_empty());
    }

    #[test]
    fn a_claim_stops_before_a_later_attribution() {
        // ", and" + a determiner's plain noun phrase + a cue: another speaker.
        assert_eq!(
            reported(
                "Lund said the port was closed, and the 34-year-old mother of three \
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
        // A reported claim never runs through a colon into a quote.
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
    fn a_quoted_fragment_opens_the_reported_clause() {
        assert_eq!(
            reported("Lund has said repeatedly \"the next mayor\" should choose the judge."),
            [t(
                "\"the next mayor\" should choose the judge",
                "Lund",
                "said"
            )]
        );
        assert_eq!(
            reported("Berg said \"the harbour bill\" was dead on arrival."),
            [t(
                "\"the harbour bill\" was dead on arrival",
                "Berg",
                "said"
            )]
        );
        // A subject coordinated with the fragment: the verb comes after it.
        assert_eq!(
            reported("He said \"budget reforms\" and the unpaid tolls would pay for it."),
            [t(
                "\"budget reforms\" and the unpaid tolls would pay for it",
                "He",
                "said"
            )]
        );
        // A quote the writer's words do not carry on is no clause of the cue.
        assert!(reported("Berg said \"We will win this race\" and left the hall.").is_empty());
        assert!(reported("Berg said \"We will win this race\" and the crowd cheered.").is_empty());
    }

    #[test]
    fn that_after_an_adjunct_phrase_opens_the_claim() {
        assert_eq!(
            reported("Lund claimed during the long divorce that Berg had lied."),
            [t("Berg had lied", "Lund", "claimed")]
        );
        assert_eq!(
            reported("Berg wrote in the early morning hours that the ferry was late."),
            [t("the ferry was late", "Berg", "wrote")]
        );
        // A relative "that" (a verb right after it) is no clause of the cue.
        assert!(
            !reported("Lund said in a letter that was leaked the port was closed.")
                .iter()
                .any(|(claim, _, _)| claim.starts_with("was leaked"))
        );
    }

    #[test]
    fn a_speaker_with_an_including_complement() {
        assert_eq!(
            reported("Rioters blocked roads, newspapers including the Harbour Times reported."),
            [t(
                "Rioters blocked roads",
                "newspapers including the Harbour Times",
                "reported"
            )]
        );
        assert_eq!(
            reported("Several states including Norland said the vote was rigged."),
            [t("the vote was rigged", "states including Norland", "said")]
        );
    }

    #[test]
    fn cue_before_the_clause() {
        assert_eq!(
            reported("The envoy said the border would reopen next week."),
            [t("the border would reopen next week", "envoy", "said")]
        );
        assert_eq!(
            reported(
                "Freedonia's foreign ministry said in a statement on Monday that talks had failed."
            ),
            [t(
                "talks had failed",
                "Freedonia's foreign ministry",
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
    fn a_clause_after_the_cue_wins_over_a_comma_before_the_subject() {
        assert_eq!(
            reported("After the vote, the Freedonian Foreign Ministry announced on May 2, 2021 that talks would stop."),
            [t("talks would stop", "Freedonian Foreign Ministry", "announced")]
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
    fn told_skips_the_addressee() {
        assert_eq!(
            reported("Berg told reporters the vote was rigged."),
            [t("the vote was rigged", "Berg", "told")]
        );
        assert_eq!(
            reported("The plan is dead, Berg told Radio Freedonia."),
            [t("The plan is dead", "Berg", "told")]
        );
    }

    #[test]
    fn participles_continue_the_subject() {
        assert_eq!(
            reported("It reaffirmed that the treaty stands, stressing that no one may break it."),
            [
                t("the treaty stands", "It", "reaffirmed"),
                t("no one may break it", "<same as 0>", "stressing")
            ]
        );
        assert_eq!(
            reported("The ministry called for calm, making it clear that the islands are ours."),
            [t("the islands are ours", "ministry", "making it clear")]
        );
    }

    #[test]
    fn according_to_before_and_after() {
        assert_eq!(
            reported("According to the coast guard, three boats sank."),
            [t("three boats sank", "coast guard", "According to")]
        );
        assert_eq!(
            reported("Three boats sank, according to local press reports."),
            [t("Three boats sank", "local press reports", "according to")]
        );
    }

    #[test]
    fn apposition_and_relative_subjects() {
        assert_eq!(
            reported("Ola Nordmann, the harbour master, said the ships were late."),
            [t("the ships were late", "Ola Nordmann", "said")]
        );
    }

    #[test]
    fn not_claims() {
        for text in [
            "The minister vowed to respond.",
            "He declined to say whether the talks had failed.",
            "The islands are said to be rich in gas.",
            "The minister announced a new budget.",
            "She did not say when the vote would be held.",
            "Officials believe the vote was rigged.",
            "The opposition urged voters to stay home.",
            "The figures show that exports fell.",
        ] {
            assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
        }
    }

    #[test]
    fn object_verbs_need_a_clause() {
        assert_eq!(
            reported("The ministry announced the border would close."),
            [t("the border would close", "ministry", "announced")]
        );
        assert_eq!(
            reported("The ministry denied that troops had crossed."),
            [t("troops had crossed", "ministry", "denied")]
        );
    }

    #[test]
    fn asked_that_is_a_request() {
        assert_eq!(reported("The lawyer asked that his name not be used."), []);
        assert_eq!(
            reported("The lawyer asked whether the court would sit."),
            [t("whether the court would sit", "lawyer", "asked")]
        );
    }

    #[test]
    fn told_a_programme_named_in_quotes() {
        assert_eq!(
            reported(
                "Ortiz told Harbour Radio's \"Morning Talk\" that nobody would question the plan."
            ),
            [t("nobody would question the plan", "Ortiz", "told")]
        );
    }

    #[test]
    fn a_report_inside_the_adjunct_is_a_noun() {
        assert_eq!(
            reported("The agency said in a June report that fees rose by 9 percent."),
            [t("fees rose by 9 percent", "agency", "said")]
        );
        assert_eq!(
            reported("The agency said in its report the fees rose."),
            [t("the fees rose", "agency", "said")]
        );
    }

    #[test]
    fn title_case_headlines_attribute_no_participle() {
        assert_eq!(
            reported("Lund Responds To Critics By Saying We Need More Ferries."),
            []
        );
        // The headline's own attribution form stays (`title_case_headline`).
        assert_eq!(
            reported("Berg Says Norland Will Win the Vote"),
            [t("Norland Will Win the Vote", "Berg", "Says")]
        );
        // A sentence with names is still a sentence.
        assert_eq!(
            reported("Foreign Minister Ola Berg of Norland said Norland will win."),
            [t(
                "Norland will win",
                "Foreign Minister Ola Berg of Norland",
                "said"
            )]
        );
    }

    #[test]
    fn a_second_attribution_or_act_ends_the_claim() {
        assert_eq!(
            reported("The mayor said that \"we will reopen,\" he added."),
            [t("\"we will reopen,\"", "mayor", "said")]
        );
        assert_eq!(
            reported("Lund said taxes would rise, and encouraged voters to stay calm."),
            [t("taxes would rise", "Lund", "said")]
        );
        // A past claim may go on with a past of its own subject.
        assert_eq!(
            reported("Lund said the port was closed, and reopened it on Monday."),
            [t(
                "the port was closed, and reopened it on Monday",
                "Lund",
                "said"
            )]
        );
        // A passive participle ("painted by the city") is no act of the speaker.
        assert_eq!(
            reported("Berg said the bridge will be repaired, and painted by the city."),
            [t(
                "the bridge will be repaired, and painted by the city",
                "Berg",
                "said"
            )]
        );
    }

    #[test]
    fn a_clause_before_a_colon_and_quote_is_reported_too() {
        let both = |text: &str| {
            let doc = Doc::new(text);
            let mut found = super::super::direct::find(&doc);
            find(&doc, &mut found);
            found
                .iter()
                .map(|a| (a.describe(&doc).0, a.mode))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            both("Lund said the plan would fail: \"We have no money.\""),
            [
                ("We have no money".to_string(), ClaimMode::Direct),
                ("the plan would fail".to_string(), ClaimMode::Reported)
            ]
        );
        // No clause before the colon: the quote alone.
        assert_eq!(
            both("Berg told reporters on Tuesday: \"We have no money.\""),
            [("We have no money".to_string(), ClaimMode::Direct)]
        );
    }

    #[test]
    fn a_colon_ending_the_paragraph_gives_the_next_one() {
        assert_eq!(
            reported(
                "The governor added:\n\nThe council knows nothing. It never did.\n\nOther news."
            ),
            [t(
                "The council knows nothing. It never did",
                "governor",
                "added"
            )]
        );
        // A quoted paragraph after the colon is the direct pass's.
        assert_eq!(
            reported("The governor added:\n\n\"We are ready for it.\"\n\nOther news."),
            []
        );
    }

    #[test]
    fn a_relative_subject_after_an_adjunct_ends_at_its_comma() {
        assert_eq!(
            reported("Mr. Hale, who in 2012 said the levy was unfair, voted for it."),
            [t("the levy was unfair", "who", "said")]
        );
    }

    #[test]
    fn object_relatives_claim_from_their_verb() {
        assert_eq!(
            reported("They took gifts, which he said were tied to favours."),
            [t("were tied to favours", "he", "said")]
        );
        assert_eq!(
            reported("The plan is what the mayors said was a land grab."),
            [t("was a land grab", "mayors", "said")]
        );
        // A cue noun before an auxiliary is still the subject.
        assert_eq!(reported("The commission report was leaked on Monday."), []);
    }

    #[test]
    fn indirect_questions_long_adverbs_and_plain_past_clauses() {
        assert_eq!(
            reported("Lawmakers also asked whether the deals required the men to cooperate."),
            [t(
                "whether the deals required the men to cooperate",
                "Lawmakers",
                "asked"
            )]
        );
        assert_eq!(
            reported("Berg has long said that she qualifies for the seat."),
            [t("she qualifies for the seat", "Berg", "said")]
        );
        assert_eq!(
            reported("Berg recalled the night, suggesting the second debate erased the first."),
            [t(
                "the second debate erased the first",
                "<same as 0>",
                "suggesting"
            )]
            .iter()
            .map(|(c, _, q)| (c.clone(), "Berg".to_string(), q.clone()))
            .collect::<Vec<_>>()
        );
        // A noun object and a coordinated verb is no clause.
        assert_eq!(
            reported("The council has promised a veto and attempted to stall the bill."),
            []
        );
    }

    #[test]
    fn participles_after_another_participle_or_a_message_and_its_time() {
        assert_eq!(
            reported("Lund sought to look tough, painting others as weak and suggesting that he would win."),
            [t("he would win", "Lund", "suggesting")]
        );
        assert_eq!(
            reported("Lund sent a series of posts early Friday saying that Berg had lied."),
            [t("Berg had lied", "Lund", "saying")]
        );
    }

    #[test]
    fn according_to_sources_with_quotes_and_counts() {
        assert_eq!(
            reported("According to her \"buyback\" plan, firms that leave must repay any aid."),
            [t(
                "firms that leave must repay any aid",
                "\"buyback\" plan",
                "According to"
            )]
        );
        assert_eq!(
            reported(
                "According to a 12-count complaint filed by the county, the men ran a scheme."
            ),
            [t(
                "the men ran a scheme",
                "12-count complaint filed by the county",
                "According to"
            )]
        );
    }

    #[test]
    fn initials_long_relatives_and_infinitives_in_the_subject() {
        assert_eq!(
            reported("The stations were closed, said Ola N. Vik, a senior official."),
            [t("The stations were closed", "Ola N. Vik", "said")]
        );
        assert_eq!(
            reported("Ann Lund, 59, of Tromso, who watched the match on a screen, said the event was moving."),
            [t("the event was moving", "Ann Lund", "said")]
        );
        assert_eq!(
            reported("Ola Vik and Ann Berg, who sit on the board, said it was too late."),
            [t("it was too late", "Ola Vik and Ann Berg", "said")]
        );
        assert_eq!(
            reported("Mr. Vik suggests any further deals to cut costs should be gradual."),
            [t(
                "any further deals to cut costs should be gradual",
                "Mr. Vik",
                "suggests"
            )]
        );
        assert_eq!(
            reported(
                "Vik backs Berg and has pledged his support to the party no matter how she does."
            ),
            []
        );
    }

    #[test]
    fn claimed_needs_a_clause_and_a_coordinated_verb_is_none() {
        assert_eq!(
            reported("Lund had also claimed a victory in the first round."),
            []
        );
        assert_eq!(
            reported("Lund claimed the vote was rigged."),
            [t("the vote was rigged", "Lund", "claimed")]
        );
        assert_eq!(
            reported("Would you vote for a man who said and did the same?"),
            []
        );
    }

    #[test]
    fn an_emphatic_do_before_the_cue() {
        assert_eq!(
            reported("The charter makes no mention of arms, although it does say that Norland renounces war."),
            [t("Norland renounces war", "it", "say")]
        );
        assert_eq!(
            reported("The charter did not say that Norland renounces war."),
            []
        );
    }

    #[test]
    fn concern_voiced_aloud() {
        assert_eq!(
            reported("Finance ministers of the five nations voiced their concern that the rise was harming exports."),
            [t(
                "the rise was harming exports",
                "ministers of the five nations",
                "voiced their concern"
            )]
        );
        assert_eq!(
            reported("The ministry expressed deep concern that the tests would raise tensions."),
            [t(
                "the tests would raise tensions",
                "ministry",
                "expressed deep concern"
            )]
        );
        assert_eq!(reported("Lund expressed his thanks to the crowd."), []);
        assert_eq!(reported("Berg voiced support for the plan."), []);
        assert_eq!(
            reported("Analysts expressed concern about the deficit."),
            []
        );
    }

    #[test]
    fn nouns_and_turns_of_phrase_that_look_like_cues() {
        assert_eq!(reported("Having said that, the plan has merits."), []);
        assert_eq!(
            reported("The verdict sends a strong signal that fraud will not be tolerated."),
            []
        );
        assert_eq!(
            reported("Voters in the border states that have lost jobs were angry."),
            []
        );
        assert_eq!(
            reported("Police fear that the raids could add fuel to the anger."),
            []
        );
        assert_eq!(reported("The choice says something about the station."), []);
        // "added" with a clause is still a cue.
        assert_eq!(
            reported("Lund added the bridge was unsafe."),
            [t("the bridge was unsafe", "Lund", "added")]
        );
    }

    #[test]
    fn a_plain_noun_apposed_by_dashes_and_a_negative_modal() {
        assert_eq!(
            reported(
                "Insiders in the two counties — Nordland and Troms — said the mayor cannot win."
            ),
            [t(
                "the mayor cannot win",
                "Insiders in the two counties",
                "said"
            )]
        );
        // "asked" inside the subject's relative clause governs nothing.
        assert!(reported("Everyone I asked said the bridge was unsafe.")
            .iter()
            .all(|(claim, _, _)| !claim.starts_with("said")));
    }

    #[test]
    fn a_coordinated_cue_in_a_subordinate_clause() {
        // The subject of the first verb speaks; the clause ends at its comma.
        assert_eq!(
            reported("When Lund thanked the crowd and said it was good to be home, a man booed."),
            [t("it was good to be home", "Lund", "said")]
        );
        assert_eq!(
            reported(
                "Berg, though she praised the judge and said he deserved a hearing, voted no."
            ),
            [t("he deserved a hearing", "she", "said")]
        );
        assert_eq!(
            reported("The crowd cheered, and as Vik took the stage and said the port would stay open, the rain stopped."),
            [t("the port would stay open", "Vik", "said")]
        );
        // A noun inside the first verb's object is no subject.
        assert_eq!(
            reported("He said the attacks on Lund had worked and said that Lund was finished."),
            [
                t("the attacks on Lund had worked", "He", "said"),
                t("Lund was finished", "<same as 0>", "said")
            ]
        );
        // A subordinate clause after the subject's comma, its claim without a verb.
        assert_eq!(
            reported("Lund, once he had said his piece, left the room."),
            []
        );
    }

    #[test]
    fn coordinated_cues_share_the_subject() {
        assert_eq!(
            reported("Kolb praised the plan and said it would pass, citing strong support."),
            [t("it would pass", "Kolb", "said")]
        );
        assert_eq!(
            reported("Kolb said the plan would pass and warned that delays were costly."),
            [
                t("the plan would pass", "Kolb", "said"),
                t("delays were costly", "<same as 0>", "warned")
            ]
        );
        // "but" joins a cue too, and "and" a new speaker with a cue.
        let but = reported("Kolb said it was too soon to decide but noted that funds were short.");
        assert_eq!(but[0], t("it was too soon to decide", "Kolb", "said"));
        let and = reported("Unions said the deal was unfair and officials said it was generous.");
        assert_eq!(and[0], t("the deal was unfair", "Unions", "said"));
        // A plain "but" inside the claim stays in it.
        assert_eq!(
            reported("Kolb said the plan was costly but worth it."),
            [t("the plan was costly but worth it", "Kolb", "said")]
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
    fn a_second_speaker_ends_the_first_claim() {
        assert_eq!(
            reported("Critics say the law is toothless - but Kolb said it would be enforced."),
            [
                t("the law is toothless", "Critics", "say"),
                t("it would be enforced", "Kolb", "said")
            ]
        );
    }

    #[test]
    fn nouns_spelled_like_cues() {
        assert!(reported("The panel's report has done damage to the plan.").is_empty());
        assert!(reported("Officials met on Monday, explaining the delay.").is_empty());
    }

    #[test]
    fn addressee_with_a_programme_name() {
        assert_eq!(
            reported("The ban was narrow, he told Radio 4's Morning Show."),
            [t("The ban was narrow", "he", "told")]
        );
    }

    #[test]
    fn attributions_with_long_appositions_and_tails() {
        assert_eq!(
            reported("The fund is broke, said one party source in the room."),
            [t("The fund is broke", "party source", "said")]
        );
        assert_eq!(
            reported("A lawyer for the local papers, Ola Lund, said no decision had been made."),
            [t("no decision had been made", "Ola Lund", "said")]
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
    fn saying_after_a_preposition_or_with_a_long_subject() {
        assert_eq!(
            reported("Kolb mocked the plan by saying that nobody would pay for it."),
            [t("nobody would pay for it", "Kolb", "saying")]
        );
        assert_eq!(
            reported("Kolb mocked the plan, saying anybody who reads the first page of it knows it fails."),
            [t("anybody who reads the first page of it knows it fails", "Kolb", "saying")]
        );
    }

    #[test]
    fn title_case_headline() {
        assert_eq!(
            reported("Freedonia Will Leave The Union, Prime Minister Says"),
            [t(
                "Freedonia Will Leave The Union",
                "Prime Minister",
                "Says"
            )]
        );
    }

    #[test]
    fn relative_that_and_bare_nouns_are_not_the_clause() {
        assert_eq!(
            reported("Lund said officials have a video that shows the blast."),
            [t(
                "officials have a video that shows the blast",
                "Lund",
                "said"
            )]
        );
        assert!(reported("He added a note of caution, should the vote fail.").is_empty());
        assert!(reported("She needs to sell herself and tell more jokes.").is_empty());
    }

    #[test]
    fn inverted_attribution_with_a_long_apposition() {
        assert_eq!(
            reported("The ad starts this week, said Ola Lund, an adviser who runs the campaign."),
            [t("The ad starts this week", "Ola Lund", "said")]
        );
    }

    #[test]
    fn clauses_without_a_marked_verb() {
        assert_eq!(
            reported("The football legend said people misunderstand Lund."),
            [t("people misunderstand Lund", "football legend", "said")]
        );
        assert_eq!(
            reported("Two-thirds of Freedonian insiders said Lund would lose."),
            [t(
                "Lund would lose",
                "Two-thirds of Freedonian insiders",
                "said"
            )]
        );
        assert_eq!(
            reported("Lund has said about 20 people applied."),
            [t("about 20 people applied", "Lund", "said")]
        );
    }

    #[test]
    fn a_reporting_noun_is_not_a_cue_of_its_modifier() {
        assert_eq!(
            reported("It demanded a withdrawal of such claims, making it clear that the islands are ours."),
            [t("the islands are ours", "It", "making it clear")]
        );
    }

    #[test]
    fn semicolons_and_dashed_cues_end_a_claim() {
        assert_eq!(
            reported("Lund said the timing was an accident; the team learned of it on Friday."),
            [t("the timing was an accident", "Lund", "said")]
        );
        assert_eq!(
            reported("Lund said the fight would be hard — and he noted that time was short."),
            [
                t("the fight would be hard", "Lund", "said"),
                t("time was short", "he", "noted")
            ]
        );
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
    fn coordinated_cue_after_an_opening_adjunct() {
        assert_eq!(
            reported("In May, the union pledged to strike but said it would wait."),
            [t("it would wait", "union", "said")]
        );
    }

    #[test]
    fn messages_saying() {
        assert_eq!(
            reported("Lund sent a series of tweets saying that the vote was rigged."),
            [t("the vote was rigged", "Lund", "saying")]
        );
    }

    #[test]
    fn going_on_to_say_and_interjections() {
        assert_eq!(
            reported("Lund said it was over, going on to say that the war had been lost."),
            [
                t("it was over", "Lund", "said"),
                t("the war had been lost", "<same as 0>", "say")
            ]
        );
        assert_eq!(
            reported("Critics of the plan, however, say it would fail."),
            [t("it would fail", "Critics of the plan", "say")]
        );
    }

    #[test]
    fn progressive_cues() {
        assert_eq!(
            reported("The mayor is stressing that the roads are safe."),
            [t("the roads are safe", "mayor", "stressing")]
        );
    }

    #[test]
    fn nested_attribution_is_not_marked_separately() {
        assert_eq!(
            reported("Berg said the envoy told him the deal was off."),
            [t("the envoy told him the deal was off", "Berg", "said")]
        );
    }

    #[test]
    fn told_a_listener_that() {
        assert_eq!(
            reported("The mayor told the cheering crowd at the depot that the line would reopen."),
            [t("the line would reopen", "mayor", "told")]
        );
    }

    #[test]
    fn told_someone_to_do_something_is_an_order() {
        assert_eq!(
            reported("Berg, who knew the vote was lost, told aides to draft a new bill."),
            []
        );
    }

    #[test]
    fn this_week_after_the_listener() {
        assert_eq!(
            reported("The union will sit out the vote, its director told reporters this week."),
            [t("The union will sit out the vote", "director", "told")]
        );
    }

    #[test]
    fn object_verbs_with_that_after_a_plain_noun() {
        assert_eq!(
            reported("Still, the website noted that both figures were wrong."),
            [t("both figures were wrong", "website", "noted")]
        );
        assert_eq!(
            reported("They noted his lawyer offered a deal."),
            [t("his lawyer offered a deal", "They", "noted")]
        );
        assert_eq!(reported("They noted his remarks."), []);
    }

    #[test]
    fn speakers_with_a_prepositional_complement() {
        assert_eq!(
            reported("Experts on trade and farming said the tariff would hurt."),
            [t(
                "the tariff would hurt",
                "Experts on trade and farming",
                "said"
            )]
        );
        assert_eq!(
            reported("Lawyers for the family said the video was cut."),
            [t("the video was cut", "Lawyers for the family", "said")]
        );
    }

    #[test]
    fn just_this_month_and_all_before_the_verb() {
        assert_eq!(
            reported("The bank just this month announced it would end the bonuses."),
            [t("it would end the bonuses", "bank", "announced")]
        );
        assert_eq!(
            reported("The senators all said the rule was unfair."),
            [t("the rule was unfair", "senators", "said")]
        );
        assert_eq!(
            reported("The daily paper reported at the time that the editor had quit."),
            [t("the editor had quit", "daily paper", "reported")]
        );
    }

    #[test]
    fn a_relative_who_speaks() {
        assert_eq!(
            reported("Among those who said they had doubts, most backed Lund."),
            [t("they had doubts", "who", "said")]
        );
        assert_eq!(
            reported("Berg, who said the plan was dead, left early."),
            [t("the plan was dead", "who", "said")]
        );
        assert_eq!(
            reported("The panel, which said the talks had failed, gave no details."),
            [t("the talks had failed", "which", "said")]
        );
    }

    #[test]
    fn coordinated_plain_speakers_and_irregular_pasts() {
        assert_eq!(
            reported("Shops and households complain loudly that rents are too high."),
            [t("rents are too high", "Shops and households", "complain")]
        );
        assert_eq!(
            reported("He said the crew quickly went home."),
            [t("the crew quickly went home", "He", "said")]
        );
    }

    #[test]
    fn by_telling_them_that() {
        assert_eq!(
            reported("She won them over by telling them that the plant would stay open."),
            [t("the plant would stay open", "She", "telling")]
        );
    }

    #[test]
    fn as_someone_put_it() {
        assert_eq!(
            reported("As one senator put it, the new levy is a tax on rain."),
            [t("the new levy is a tax on rain", "senator", "put it")]
        );
        assert_eq!(
            reported("The levy is a tax on rain, as one senator put it."),
            [t("The levy is a tax on rain", "senator", "put it")]
        );
        assert_eq!(reported("As the storm put it out, we left."), []);
    }

    #[test]
    fn as_someone_said_or_told() {
        assert_eq!(
            reported("As Berg told the Harbour Times, the ferry will run again in May."),
            [t("the ferry will run again in May", "Berg", "told")]
        );
        assert_eq!(
            reported("As Lund noted in July, the port is busy."),
            [t("the port is busy", "Lund", "noted")]
        );
        assert_eq!(
            reported("The port is busy, as Lund noted."),
            [t("The port is busy", "Lund", "noted")]
        );
        assert_eq!(
            reported("Nobody knows whether the bridge is safe, as engineers have said."),
            [t(
                "Nobody knows whether the bridge is safe",
                "engineers",
                "said"
            )]
        );
        assert_eq!(
            reported("If, as I have argued, the port is busy, prices will rise."),
            [t("the port is busy, prices will rise", "I", "argued")]
        );
        // A verb with its own object is a clause of time.
        assert_eq!(
            reported("As Lund said goodbye to the crowd, it rained."),
            []
        );
    }

    #[test]
    fn according_to_a_dated_document() {
        assert_eq!(
            reported("According to a 2019 study by two economists, the port lost money."),
            [t(
                "the port lost money",
                "2019 study by two economists",
                "According to"
            )]
        );
    }

    #[test]
    fn an_infinitive_inside_the_subject_of_the_clause() {
        assert_eq!(
            reported("Lund said the only way to win is to vote."),
            [t("the only way to win is to vote", "Lund", "said")]
        );
        assert_eq!(reported("Lund added a note to the file."), []);
    }

    #[test]
    fn a_possessive_with_a_common_noun_after_the_claim() {
        assert_eq!(
            reported("The ferry is late again, the mayor's spokesman says."),
            [t("The ferry is late again", "mayor's spokesman", "says")]
        );
    }

    #[test]
    fn a_listener_before_that() {
        assert_eq!(
            reported("Lund is warning voters that the bridge would close."),
            [t("the bridge would close", "Lund", "warning")]
        );
        assert_eq!(
            reported("Lund assured the markets that rates would hold."),
            [t("rates would hold", "Lund", "assured")]
        );
        assert_eq!(reported("Lund warned the town that flooded last year."), []);
    }

    #[test]
    fn contracted_is_before_a_progressive_cue() {
        assert_eq!(
            reported("He's claiming that the vote was rigged."),
            [t("the vote was rigged", "He", "claiming")]
        );
    }

    #[test]
    fn time_word_and_prepositional_tail_after_the_cue() {
        assert_eq!(
            reported("The ferry was late, Lund explained earlier in the hearing."),
            [t("The ferry was late", "Lund", "explained")]
        );
    }

    #[test]
    fn interposed_as_someone_pointed_out() {
        assert_eq!(
            reported("The port, as the mayor's advisers pointed out, is busy."),
            [t(
                "The port, as the mayor's advisers pointed out, is busy",
                "mayor's advisers",
                "pointed out"
            )]
        );
    }

    #[test]
    fn reporting_nouns_owned_by_a_pronoun_or_a_possessive() {
        assert_eq!(
            reported("The mayor rejected her claim that the port was closed."),
            [t("the port was closed", "her", "claim")]
        );
        assert_eq!(
            reported("It contradicted the police's earlier claim that the driver had fled."),
            [t("the driver had fled", "police", "claim")]
        );
    }

    #[test]
    fn a_noun_cue_in_the_subject_ends_before_the_main_verb() {
        assert_eq!(
            reported("His claim that the ferry was safe was false."),
            [t("the ferry was safe", "His", "claim")]
        );
        assert_eq!(
            reported("Lund's claim that the ferry was safe angered families."),
            [t("the ferry was safe", "Lund", "claim")]
        );
        assert_eq!(
            reported("Contrary to his claim that the ferry was safe, it sank."),
            [t("the ferry was safe", "his", "claim")]
        );
        // A conjunction: unsure where the subject ends, the clause runs on.
        assert_eq!(
            reported("Her claim that the port was shut and the crew had left was denied."),
            [t(
                "the port was shut and the crew had left was denied",
                "Her",
                "claim"
            )]
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
    fn an_abbreviation_stop_inside_the_clause() {
        assert_eq!(
            reported("Aides said the upside of hiring Mr. Lund would outweigh the cost."),
            [t(
                "the upside of hiring Mr. Lund would outweigh the cost",
                "Aides",
                "said"
            )]
        );
    }

    #[test]
    fn an_including_list_stays_in_the_claim() {
        assert_eq!(
            reported("Lund said the plan would use sensors, including cameras on every pier."),
            [t(
                "the plan would use sensors, including cameras on every pier",
                "Lund",
                "said"
            )]
        );
    }

    #[test]
    fn quantifiers_as_subjects() {
        assert_eq!(
            reported("Yet another said the bridge is a disaster."),
            [t("the bridge is a disaster", "another", "said")]
        );
        assert_eq!(
            reported("The ferry is late, one said."),
            [t("The ferry is late", "one", "said")]
        );
        assert_eq!(
            reported("But some note that the port is busy."),
            [t("the port is busy", "some", "note")]
        );
    }

    #[test]
    fn a_clause_of_time_after_the_cue_is_no_claim() {
        assert_eq!(reported("Lund said after the attacks."), []);
        assert_eq!(
            reported("Ola Lund said when she resigned from the board in 2014."),
            []
        );
        assert_eq!(
            reported("Lund said when the ferry arrives, the port will open."),
            [t(
                "when the ferry arrives, the port will open",
                "Lund",
                "said"
            )]
        );
        assert_eq!(
            reported("Lund said after the vote he would resign."),
            [t("after the vote he would resign", "Lund", "said")]
        );
    }

    #[test]
    fn according_to_around_quotes_and_adjuncts() {
        assert_eq!(
            reported("About noon, according to a police timeline, the guards left."),
            [t(
                "About noon, according to a police timeline, the guards left",
                "police timeline",
                "according to"
            )]
        );
        assert_eq!(
            reported(
                "Lund met the envoy \"to discuss the ferry line,\" according to a city readout."
            ),
            [t(
                "Lund met the envoy \"to discuss the ferry line,\"",
                "city readout",
                "according to"
            )]
        );
        let doc = Doc::new("According to Lund, \"The port is busy. The ferry is late.\" She left.");
        let mut found = Found::default();
        find(&doc, &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found.nth(0).mode, ClaimMode::Direct);
        assert_eq!(
            found.nth(0).describe(&doc).0,
            "The port is busy. The ferry is late"
        );
    }

    #[test]
    fn as_a_document_put_it() {
        assert_eq!(
            reported(
                "The rule is \"a lawful source of income,\" as a Harbour Authority memo put it."
            ),
            [t(
                "The rule is \"a lawful source of income,\"",
                "Harbour Authority memo",
                "put it"
            )]
        );
        assert_eq!(
            reported("As Berg put it in a statement to my colleague Ann Lund in July, the port is a mess."),
            [t("the port is a mess", "Berg", "put it")]
        );
    }

    #[test]
    fn a_participle_in_an_opening_phrase() {
        assert_eq!(
            reported("After saying the port was busy, she left."),
            [t("the port was busy", "she", "saying")]
        );
        assert_eq!(
            reported("By saying the bridge was \"perfectly safe,\" he calmed the town."),
            [t("the bridge was \"perfectly safe,\"", "he", "saying")]
        );
    }

    #[test]
    fn a_message_noun_before_a_participle_with_that() {
        assert_eq!(
            reported("She spoke at a news conference announcing that the port would reopen."),
            [t("the port would reopen", "She", "announcing")]
        );
    }

    #[test]
    fn coordinated_names_and_titles_speak_together() {
        assert_eq!(
            reported("The port is busy, Ola Lund and Ann Berg wrote in May."),
            [t("The port is busy", "Ola Lund and Ann Berg", "wrote")]
        );
    }

    #[test]
    fn an_object_verb_before_a_plain_past_tense() {
        assert_eq!(
            reported("The Harbour Times reported the letter came hours after the vote."),
            [t(
                "the letter came hours after the vote",
                "Harbour Times",
                "reported"
            )]
        );
        assert_eq!(reported("The test confirmed what I always knew."), []);
    }

    #[test]
    fn a_conjunction_and_another_speaker_end_the_claim() {
        assert_eq!(
            reported("Lund said the port was busy, though she noted prices are rising."),
            [
                t("the port was busy", "Lund", "said"),
                t("prices are rising", "she", "noted")
            ]
        );
        assert_eq!(
            reported("Lund said the reforms were not complete, and rights groups warned that the army kept its power."),
            [
                t("the reforms were not complete", "Lund", "said"),
                t("the army kept its power", "groups", "warned")
            ]
        );
        // An auxiliary is no subject: ", but would eventually add ..." stays in the claim.
        assert_eq!(
            reported("The centre says it would cut revenue, but would eventually add $8 million."),
            [t(
                "it would cut revenue, but would eventually add $8 million",
                "centre",
                "says"
            )]
        );
    }

    #[test]
    fn accused_ends_a_claim_but_gives_none_with_of() {
        assert_eq!(
            reported("Lund said the inquiry was flawed and officials accused the mayor of lying."),
            [t("the inquiry was flawed", "Lund", "said")]
        );
    }

    #[test]
    fn hyphenated_listeners_and_adverb_participles() {
        assert_eq!(
            reported("The mayor told Harbour-Towners this weekend he would resign, implicitly putting his party on notice."),
            [t("he would resign", "mayor", "told")]
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
    fn a_dashed_apposition_with_quote_marks_leads_to_the_subject() {
        assert_eq!(
            reported("Lund - who said he would \"fight back\" - said the plan was dead."),
            [
                t("he would \"fight back\"", "who", "said"),
                t("the plan was dead", "Lund", "said")
            ]
        );
    }

    #[test]
    fn a_possessive_noun_phrase_owns_a_noun_cue() {
        assert_eq!(
            reported("Officials rejected the Lund family's claim that the ferry was unsafe."),
            [t("the ferry was unsafe", "Lund family", "claim")]
        );
    }

    #[test]
    fn a_bracket_opened_before_the_claim_closes_it() {
        assert_eq!(
            reported("The port shut. (Lund said the ferry was late.) It rained."),
            [t("the ferry was late", "Lund", "said")]
        );
        assert_eq!(
            reported("The port shut (Lund said the ferry was late) and it rained."),
            [t("the ferry was late", "Lund", "said")]
        );
        assert_eq!(
            reported("Lund said the ferry was late (again)."),
            [t("the ferry was late (again)", "Lund", "said")]
        );
    }

    #[test]
    fn a_participle_inside_a_quote_stays_in_the_claim() {
        assert_eq!(
            reported("Lund said he had served \"for our rights, knowing that we had none.\""),
            [t(
                "he had served \"for our rights, knowing that we had none.\"",
                "Lund",
                "said"
            )]
        );
        assert_eq!(
            reported("Lund said he had served for years, knowing that we had none."),
            [t("he had served for years", "Lund", "said")]
        );
    }
}
