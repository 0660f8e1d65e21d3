//! Reported speech: the clause a reporting verb governs, attributed to the
//! verb's subject.
//!
//! Per sentence, two sweeps. The first (right to left) finds attributions
//! that follow their claim ("Japan has taken ..., Peskov said on Friday.")
//! and "according to X"; the claim is everything before them, so any cue
//! inside it is nested and not marked. The second (left to right) finds cues
//! that govern the clause after them ("Peskov said (that) ..."), and
//! participles that continue the main clause's subject (", stressing that ...").
use super::cues::{self, Complement};
use super::{speakers, trim_claim, Attribution, Source};
use crate::model::ClaimMode;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// How far after the cue a "that" may still introduce its clause
/// ("said in a statement on Friday that").
const THAT_WINDOW: usize = 12;
/// The most tokens a speaker after "according to" may span.
const ACCORDING_TO_SPEAKER: usize = 30;
/// Auxiliaries and modals that show a complement is a finite clause.
const FINITE: [&str; 22] = [
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "could", "can", "should",
    "must", "may", "might", "did", "does", "do", "won't", "wouldn't", "isn't", "wasn't",
];
/// Words after a cue that mean its complement is not a clause ("vowed to respond").
const NOT_A_CLAUSE: [&str; 11] = [
    "to", "of", "about", "for", "with", "by", "as", "nothing", "so", "little", "anything",
];
/// Words that may be skipped in an adjunct after the cue ("on Friday", "in a statement").
const ADJUNCT_WORDS: [&str; 42] = [
    "a",
    "an",
    "the",
    "his",
    "her",
    "its",
    "their",
    "late",
    "early",
    "last",
    "this",
    "next",
    "statement",
    "interview",
    "briefing",
    "conference",
    "news",
    "press",
    "speech",
    "address",
    "meeting",
    "television",
    "radio",
    "broadcast",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "day",
    "written",
    "separate",
    "joint",
    "recent",
    "national",
    "televised",
    "telephone",
    "phone",
    "session",
];
const ADJUNCT_PREPOSITIONS: [&str; 8] =
    ["on", "in", "at", "during", "after", "before", "late", "via"];
const TIME_WORDS: [&str; 17] = [
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "recently",
    "again",
    "also",
    "repeatedly",
    "separately",
    "afterwards",
    "previously",
    "morning",
    "afternoon",
    "evening",
    "night",
    "then",
];
/// Listeners after "told" ("told reporters"), besides names.
const ADDRESSEES: [&str; 14] = [
    "reporters",
    "journalists",
    "parliament",
    "lawmakers",
    "supporters",
    "him",
    "her",
    "them",
    "us",
    "me",
    "delegates",
    "students",
    "listeners",
    "viewers",
];
const TELL: [&str; 4] = ["tell", "tells", "told", "telling"];
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

/// Adds the reported claims of `doc` to `found` (which holds the direct ones).
pub fn find(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut covered = vec![false; doc.tokens.len()];
    for a in found.iter() {
        cover(&mut covered, a);
    }
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
    for s in 0..doc.sentences.len() {
        let sentence = doc.sentences[s].clone();
        for i in sentence.clone().rev() {
            if covered[i] || quoted[i] {
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
            if !covered[i] && !quoted[i] {
                if let Some(a) = before_claim(doc, &sentence, i, found, &covered) {
                    cover(&mut covered, &a);
                    i = a.claim.end;
                    found.push(a);
                    continue;
                }
            }
            i += 1;
        }
    }
}

fn cover(covered: &mut [bool], a: &Attribution) {
    covered[a.claim.clone()].iter_mut().for_each(|c| *c = true);
    if let Some(cue) = &a.cue {
        covered[cue.clone()].iter_mut().for_each(|c| *c = true);
    }
}

/// The cue starting at token `i`: its token range.
fn cue_at(doc: &Doc, i: usize) -> Option<Range<usize>> {
    if let Some(end) = cues::make_it_clear(doc, i).or_else(|| cues::point_out(doc, i)) {
        return Some(i..end + 1);
    }
    cues::is_reporting_verb(doc, i).then_some(i..i + 1)
}

fn complement_of(doc: &Doc, cue: &Range<usize>) -> Complement {
    if cue.len() > 1 {
        Complement::Clause
    } else {
        cues::reporting_verb(doc, cue.start).unwrap_or(Complement::Clause)
    }
}

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
    if speaker.is_empty() || doc.tokens[speaker.start].kind != TokenKind::Word {
        return None;
    }
    let claim = if end < s.end && doc.word(end) == "," && opens_sentence(doc, s, i) {
        trim_claim(doc, end + 1..s.end)
    } else if i > s.start && matches!(doc.word(i - 1), "," | "—" | "–" | "-") {
        trim_claim(doc, s.start..i - 1)
    } else {
        return None;
    };
    (claim.len() >= 2).then(|| Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(i..i + 2),
        source: Source::Phrase(speaker),
    })
}

/// Token `i` begins its sentence, after any openers ("But according to ...").
fn opens_sentence(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    (s.start..i).all(|k| SENTENCE_OPENERS.iter().any(|w| doc.is(k, w)) || doc.word(k) == ",")
}

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
        None if group > s.start && doc.word(group - 1) == "," => {
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
    if !inverted && clause_after(doc, s, &cue, complement_of(doc, &cue)).is_some() {
        return None;
    }
    let comma = before - 1;
    let mut rest = speaker.end.max(cue.end);
    if TELL.iter().any(|w| doc.is(cue.start, w)) {
        rest = addressee_end(doc, rest, s.end);
    }
    let rest = skip_adjuncts(doc, rest, s.end);
    let tail = trim_claim(doc, rest..s.end);
    let claim =
        if tail.is_empty() || (doc.word(rest) == "," && !continues_claim(doc, rest + 1, s.end)) {
            s.start..comma
        } else if doc.word(rest) == "," && tail.len() >= 3 {
            // Interposed: the attribution sits inside one claim.
            s.start..s.end
        } else {
            return None;
        };
    let claim = trim_claim(doc, skip_opening_quote(doc, claim));
    if claim.len() < 2 || claim.clone().any(|k| covered[k]) {
        return None;
    }
    Some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
    })
}

fn is_lowercase_word(doc: &Doc, i: usize) -> bool {
    const LINKS: [&str; 12] = [
        "to",
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
    if k >= end || starts_participle(doc, k) || NOT_CLAIM.iter().any(|w| doc.is(k, w)) {
        return false;
    }
    // "said Peskov, the Kremlin spokesman."
    let apposition =
        speakers::phrase_after(doc, k, end).is_some_and(|p| trim_claim(doc, p.end..end).is_empty());
    !apposition && doc.word(k).chars().next().is_some_and(char::is_lowercase)
}

fn skip_opening_quote(doc: &Doc, mut claim: Range<usize>) -> Range<usize> {
    if !claim.is_empty() && doc.tokens[claim.start].kind == TokenKind::Quote {
        claim.start += 1;
    }
    claim
}

/// Token `i` starts a participial cue (", saying ...", ", making it clear ...") or
/// an "according to".
fn starts_participle(doc: &Doc, i: usize) -> bool {
    cues::is_participle(doc, i)
        || cues::make_it_clear(doc, i).is_some()
        || cues::according_to(doc, i)
}

/// `Peskov said (that) <claim>`, `..., stressing that <claim>`.
fn before_claim(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    found: &[Attribution],
    covered: &[bool],
) -> Option<Attribution> {
    if let Some(a) = noun_cue(doc, s, i) {
        return Some(a);
    }
    let cue = cue_at(doc, i)?;
    if cues::is_cancelled(doc, i, s.start) {
        return None;
    }
    let group = cues::verb_group_start(doc, i, s.start);
    // "stressing" after a comma, not "is stressing".
    let participle = doc.word(i).ends_with("ing") && group == i;
    let source = if participle {
        if group == s.start || doc.word(group - 1) != "," {
            return None;
        }
        main_speaker(doc, s, i, found)?
    } else {
        match speakers::phrase_before(doc, group, s.start)
            .or_else(|| speakers::apposed_subject(doc, group, s.start))
        {
            Some(phrase) => Source::Phrase(phrase),
            // "Kolb praised the plan and said ...": the subject of the first verb.
            None if group > s.start && (doc.is(group - 1, "and") || doc.is(group - 1, "but")) => {
                main_speaker(doc, s, i, found)?
            }
            None => return None,
        }
    };
    let complement = if participle {
        Complement::Object
    } else {
        complement_of(doc, &cue)
    };
    let claim = clause_after(doc, s, &cue, complement)?;
    if claim.clone().any(|k| covered[k]) && covered[claim.start] {
        return None;
    }
    Some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source,
    })
}

/// `Peskov's statement that <claim>`: a reporting noun with a possessor.
fn noun_cue(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::is_reporting_noun(doc, i) || !doc.is(i + 1, "that") || i < s.start + 2 {
        return None;
    }
    if !matches!(doc.word(i - 1), "'s" | "’s") {
        return None;
    }
    let speaker = speakers::phrase_before(doc, i - 1, s.start)?;
    let claim = trim_claim(doc, i + 2..clause_end(doc, i + 2, s.end));
    (claim.len() >= 2).then(|| Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(i..i + 1),
        source: Source::Phrase(speaker),
    })
}

/// The subject of the sentence's main clause, for a participial cue: the
/// speaker of an earlier attribution in the sentence, else the phrase that
/// opens the sentence.
fn main_speaker(doc: &Doc, s: &Range<usize>, verb: usize, found: &[Attribution]) -> Option<Source> {
    if let Some(j) = found.iter().rposition(|a| {
        a.cue
            .as_ref()
            .is_some_and(|c| c.start >= s.start && c.start < verb)
    }) {
        return Some(Source::SameAs(j));
    }
    let mut k = s.start;
    while k < verb && (SENTENCE_OPENERS.iter().any(|w| doc.is(k, w)) || doc.word(k) == ",") {
        k += 1;
    }
    speakers::phrase_after(doc, k, verb).map(Source::Phrase)
}

/// The claim governed by the cue: after "that", an addressee or adjuncts,
/// up to the end of the sentence or of the clause.
/// "the commission report has done damage": a cue word followed by an
/// auxiliary is a noun, the subject of that auxiliary.
fn is_noun_use(doc: &Doc, cue: &Range<usize>) -> bool {
    cue.len() == 1 && FINITE.iter().any(|w| doc.is(cue.end, w))
}

fn clause_after(
    doc: &Doc,
    s: &Range<usize>,
    cue: &Range<usize>,
    complement: Complement,
) -> Option<Range<usize>> {
    if is_noun_use(doc, cue) {
        return None;
    }
    let mut j = cue.end;
    if TELL.iter().any(|w| doc.is(cue.start, w)) {
        j = addressee_end(doc, j, s.end);
    }
    let that = (j..(j + THAT_WINDOW).min(s.end))
        .take_while(|&k| {
            doc.tokens[k].kind != TokenKind::Quote
                && !matches!(doc.word(k), ";" | ":" | ".")
                && !cues::is_reporting_verb(doc, k)
        })
        .find(|&k| doc.is(k, "that"));
    let start = match that {
        Some(k) => k + 1,
        None => {
            let k = skip_adjuncts(doc, j, s.end);
            if k >= s.end {
                return None;
            }
            match doc.word(k) {
                ":" => k + 1,
                "," | "." | ";" | "!" | "?" | ")" => return None,
                _ if doc.tokens[k].kind == TokenKind::Quote => return None,
                _ if NOT_A_CLAUSE.iter().any(|w| doc.is(k, w)) => return None,
                _ if complement == Complement::Object && !looks_finite(doc, k, s.end) => {
                    return None
                }
                _ => k,
            }
        }
    };
    if start >= s.end || doc.is(start, "to") {
        return None;
    }
    let claim = trim_claim(doc, start..clause_end(doc, start, s.end));
    (claim.len() >= 2).then_some(claim)
}

/// A finite verb (auxiliary or modal) comes within the first words of the complement.
fn looks_finite(doc: &Doc, k: usize, end: usize) -> bool {
    (k..(k + 6).min(end))
        .take_while(|&i| doc.word(i) != "," && !doc.is(i, "to"))
        .any(|i| FINITE.iter().any(|w| doc.is(i, w)))
}

/// Past the listener of "told": a name, a pronoun or "reporters".
fn addressee_end(doc: &Doc, j: usize, end: usize) -> usize {
    if j < end && ADDRESSEES.iter().any(|w| doc.is(j, w)) {
        return j + 1;
    }
    let mut k = speakers::phrase_after(doc, j, end).map_or(j, |p| p.end);
    // "told BBC Radio 4's World At One".
    while k > j
        && k < end
        && (doc.tokens[k].kind == TokenKind::Number
            || matches!(doc.word(k), "'s" | "’s")
            || (doc.tokens[k].kind == TokenKind::Quote && !doc.tokens[k].space_before)
            || (doc.tokens[k].kind == TokenKind::Word && (doc.is_capitalized(k) || doc.is(k, "s"))))
    {
        k += 1;
    }
    k
}

/// Past time words and prepositional adjuncts ("on Friday", "in a statement").
fn skip_adjuncts(doc: &Doc, mut j: usize, end: usize) -> usize {
    while j < end {
        if TIME_WORDS.iter().any(|w| doc.is(j, w)) || is_weekday_or_month(doc, j) {
            j += 1;
        } else if ADJUNCT_PREPOSITIONS.iter().any(|w| doc.is(j, w)) {
            let mut k = j + 1;
            while k < end
                && (ADJUNCT_WORDS.iter().any(|w| doc.is(k, w))
                    || (doc.word(k) == ","
                        && doc
                            .tokens
                            .get(k + 1)
                            .is_some_and(|t| t.kind == TokenKind::Number))
                    || is_weekday_or_month(doc, k)
                    || doc.tokens[k].kind == TokenKind::Number)
            {
                k += 1;
            }
            if k == j + 1 {
                return j;
            }
            j = k;
        } else {
            return j;
        }
    }
    j
}

fn is_weekday_or_month(doc: &Doc, i: usize) -> bool {
    const NAMES: [&str; 19] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
    ];
    NAMES.iter().any(|w| doc.is(i, w))
}

/// ", citing ...", ", raising ...": a participial phrase that comments on the claim.
fn is_participial_adjunct(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    doc.tokens[i].kind == TokenKind::Word
        && w.len() > 5
        && w.ends_with("ing")
        && w.chars().all(char::is_lowercase)
}

/// Where a claim starting at `start` ends: the sentence end, or a comma
/// before another attribution (", stressing that", ", he said").
fn clause_end(doc: &Doc, start: usize, end: usize) -> usize {
    for k in start..end {
        // "... and warned that ...": a coordinated cue starts a claim of its own.
        if doc.is(k, "and") && k > start && cues::is_reporting_verb(doc, k + 1) {
            return k;
        }
        if !matches!(doc.word(k), "," | "-" | "—" | "–" | ";" | "but") || k + 1 >= end {
            continue;
        }
        if doc.word(k) != "," {
            // "... - but Kolb said ...": another speaker's claim begins.
            let mut p = k + 1;
            if doc.is(p, "but") {
                p += 1;
            }
            if let Some(phrase) = speakers::phrase_after(doc, p, end) {
                let v = cues::verb_group_start(doc, phrase.end, phrase.end);
                if cues::is_reporting_verb(doc, v) || cues::is_reporting_verb(doc, phrase.end) {
                    return k;
                }
            }
            continue;
        }
        if starts_participle(doc, k + 1) || is_participial_adjunct(doc, k + 1) {
            return k;
        }
        // ", he said." / ", officials added": the attribution of a further claim.
        if let Some(p) = speakers::phrase_after(doc, k + 1, end) {
            let mut v = p.end;
            while v < end && (doc.is(v, "has") || doc.is(v, "also")) {
                v += 1;
            }
            if cues::is_reporting_verb(doc, v) {
                return k;
            }
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (claim, speaker or "<same>", cue) of each reported claim.
    fn reported(text: &str) -> Vec<(String, String, String)> {
        let doc = Doc::new(text);
        let mut found = Vec::new();
        find(&doc, &mut found);
        found
            .iter()
            .map(|a| {
                let speaker = match &a.source {
                    Source::Phrase(p) => doc.span_of(p.clone()).slice(text).to_string(),
                    Source::SameAs(j) => format!("<same as {j}>"),
                };
                (
                    doc.span_of(a.claim.clone()).slice(text).to_string(),
                    speaker,
                    a.cue
                        .clone()
                        .map(|c| doc.span_of(c).slice(text).to_string())
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    fn t(claim: &str, speaker: &str, cue: &str) -> (String, String, String) {
        (claim.into(), speaker.into(), cue.into())
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
}
