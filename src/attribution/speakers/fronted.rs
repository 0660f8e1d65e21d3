//! Where a sentence's subject starts: past its opening words ("But",
//! "Meanwhile"), a dateline ("TROMSO (NTB) -") and fronted adverbials set
//! off by a comma ("Minutes later,", "Shortly after the vote ended,", "Amid
//! calls for his resignation,", "Continuing to explain his view,").
use super::*;
use crate::attribution::clauses::is_weekday_or_month;

/// The most tokens of one fronted adverbial.
const FRONTED_WINDOW: usize = 16;
/// The most tokens of a dateline before its dash.
const DATELINE_WINDOW: usize = 8;
/// The most tokens of a fronted time phrase ("Two days ago").
const FRONTED_TIME_WINDOW: usize = 4;
/// How many fronted adverbials may stand in a row.
const MAX_FRONTED: usize = 3;

/// The first token of the subject of the sentence opening at `start` (the
/// clause runs to `end`).
pub fn subject_start(doc: &Doc, start: usize, end: usize) -> usize {
    let mut k = skip_openers(doc, start, end);
    k = past_dateline(doc, k, end);
    let mut fronted = false;
    for _ in 0..MAX_FRONTED {
        let k2 = skip_openers(doc, k, end);
        let Some(comma) = (k2..end.min(k2 + FRONTED_WINDOW)).find(|&c| doc.word(c) == ",") else {
            return past_time_phrase(doc, k2, end);
        };
        // "At a fair in Hamar, Nor., on Sunday,": the state after a fronted place.
        let state = fronted && k2 > 0 && is_state_after_place(doc, k2 - 1, comma);
        if comma + 1 >= end || !(state || is_fronted(doc, k2, comma)) {
            return past_time_phrase(doc, k2, end);
        }
        fronted = true;
        k = comma + 1;
    }
    skip_openers(doc, k, end)
}

/// "A few minutes later they ...": a short phrase closed by a time word
/// (`fronted-closer`) with no comma, before a pronoun or a name, is no part
/// of the subject; the subject's first token (else `k`).
fn past_time_phrase(doc: &Doc, k: usize, end: usize) -> usize {
    let closer = (k + 1..end.min(k + FRONTED_TIME_WINDOW + 1))
        .take_while(|&c| doc.tokens[c].kind != TokenKind::Punct)
        .find(|&c| doc.has_lowercase(c, words::FRONTED_CLOSER));
    match closer {
        Some(c)
            if c + 1 < end
                && !(k..c).any(|j| reads_as_verb(doc, j))
                && (is_pronoun(doc, c + 1) || is_name_word(doc, c + 1)) =>
        {
            c + 1
        }
        _ => k,
    }
}

/// `fronted-before-determiner`: "On Monday a clerk at the port said",
/// "Two days ago a clerk ...", "In Bodo a clerk ...": the tokens from the
/// clause's start at `floor` (past its openers) to the determiner at `det`
/// read as a fronted adverbial with no comma (`is_fronted`, no verb in
/// it), closed by a time word, a number or a name, so the determiner opens
/// the subject. Not a determiner right after a preposition ("After a
/// storm ...": the preposition's object).
pub fn fronted_before_determiner(doc: &Doc, det: usize, floor: usize) -> bool {
    let from = skip_openers(doc, floor, det);
    if from >= det || det - from > FRONTED_WINDOW || !is_determiner(doc, det) {
        return false;
    }
    let last = det - 1;
    let time = is_time_word(doc, last) || doc.has(last, words::FRONTED_CLOSER);
    let closed = time
        || doc.tokens[last].kind == TokenKind::Number
        || (last > from && is_name_word(doc, last));
    // ("Last week": a short time phrase with no preposition.)
    let short_time = time && det - from <= FRONTED_TIME_WINDOW;
    closed
        && (from..det).all(|k| doc.tokens[k].kind != TokenKind::Punct && !reads_as_verb(doc, k))
        && (short_time || is_fronted(doc, from, det))
}

fn skip_openers(doc: &Doc, mut k: usize, end: usize) -> usize {
    while k < end && (doc.has(k, words::SENTENCE_OPENER) || doc.word(k) == ",") {
        k += 1;
    }
    k
}

/// "TROMSO (NTB) -", "Oslo, May 3 -": capitalised words, numbers and a
/// bracketed agency before a dash.
fn past_dateline(doc: &Doc, k: usize, end: usize) -> usize {
    let dash = (k + 1..end.min(k + DATELINE_WINDOW)).find(|&d| doc.is_spaced_dash(d));
    let Some(dash) = dash else { return k };
    let dateline = (k..dash).all(|j| {
        let t = &doc.tokens[j];
        match t.kind {
            TokenKind::Word => doc.is_capitalized(j),
            TokenKind::Number => true,
            _ => matches!(doc.word(j), "(" | ")" | "," | "."),
        }
    });
    if dateline && dash + 1 < end {
        dash + 1
    } else {
        k
    }
}

/// The tokens `from..comma` read as an adverbial before the subject: opened
/// by a preposition, a subordinator or "To" ("Amid ...", "Shortly after
/// ...", `fronted-purpose-infinitive`: "To win votes, ..."), an
/// "-ly" adverb, a participle ("Continuing to ...", "Asked about ..."), or
/// closed by a time word ("Minutes later", "Two days ago", "Last Tuesday").
pub fn is_fronted(doc: &Doc, from: usize, comma: usize) -> bool {
    if is_time_lead(doc, from, comma) {
        return true;
    }
    if doc.tokens[from].kind != TokenKind::Word {
        return false;
    }
    let first = doc.word(from).to_ascii_lowercase();
    // A word and a lowercase word after it (not a name alone: "Kelly,", "Manning,").
    let next_lower = from + 1 < comma
        && doc.tokens[from + 1].kind == TokenKind::Word
        && !doc.is_capitalized(from + 1);
    if doc.has(from, words::ADJUNCT_PREPOSITION)
        || doc.has(from, words::SUBORDINATOR)
        || doc.has(from, words::INTERPOSED_OPENER)
        || doc.has(from, words::FRONTED_OPENER)
        || doc.has(from, words::BETWEEN_SUBJECT_AND_VERB)
    {
        return true;
    }
    // "Shortly after", "Recently", "Eventually" (not "Kelly, the ...").
    if first.len() > 4 && first.ends_with("ly") && next_lower {
        return true;
    }
    // "Continuing to explain his view", "Asked about the vote".
    if first.len() > 4 && (first.ends_with("ing") || first.ends_with("ed")) && next_lower {
        return true;
    }
    // A short phrase with no verb of its own.
    let last = comma - 1;
    if comma - from > FRONTED_TIME_WINDOW || (from..comma).any(|k| reads_as_verb(doc, k)) {
        return false;
    }
    doc.has(last, words::TIME)
        || is_weekday_or_month(doc, last)
        || doc.has(last, words::FRONTED_CLOSER)
}

/// `fronted-time-lead`: "Two hours after his post,", "Soon after it was
/// over,", "Just before the vote,": one or two words of time (a number, a
/// time noun, an adverb) before a subordinator or preposition open an
/// adverbial. (Not "Two men in the crowd,": "men" tells no time.)
pub(super) fn is_time_lead(doc: &Doc, from: usize, comma: usize) -> bool {
    let time = |k: usize| {
        doc.has(k, words::TIME_NOUN) || doc.has(k, words::TIME) || doc.has(k, words::ADVERB)
    };
    let count = |k: usize| {
        doc.tokens[k].kind == TokenKind::Number
            || doc.has(k, words::COUNT_WORD)
            || doc.has(k, words::QUANTIFIER)
    };
    let link = (from..comma.min(from + 3)).find(|&k| !time(k) && !count(k));
    link.is_some_and(|k| {
        (from..k).any(time)
            && (doc.has_lowercase(k, words::SUBORDINATOR)
                || doc.has_lowercase(k, words::ADJUNCT_PREPOSITION))
    })
}

/// "sued", "is", "wrote": a finite verb or an "-ed" form ("later" is none).
pub fn reads_as_verb(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.has(k, words::FINITE)
        || doc.has(k, words::BE)
        || doc.has(k, words::IRREGULAR_PAST)
        || crate::attribution::cues::is_reporting_verb(doc, k)
        || (looks_like_past(w) && !doc.is_capitalized(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first word of the subject of `text`.
    fn from_subject(text: &str) -> String {
        let doc = Doc::new(text);
        let k = subject_start(&doc, 0, doc.tokens.len());
        doc.word(k).to_string()
    }

    #[test]
    fn past_fronted_adverbials_and_datelines() {
        for (text, want) in [
            ("Minutes later, the port issued a statement.", "the"),
            (
                "Shortly after the vote ended, the union sent a note.",
                "the",
            ),
            (
                "Amid calls for his resignation, Lund gave a speech.",
                "Lund",
            ),
            (
                "Continuing to explain his view, Berg rejected the plan.",
                "Berg",
            ),
            ("TROMSO (NTB) - Ann Lund has criticised the plan.", "Ann"),
            ("But two days ago, in Tromso, Vik said no.", "Vik"),
            ("At a fair in Hamar, Nor., on Sunday, Vik said no.", "Vik"),
            ("Inside the hall, Vik said no.", "Vik"),
            // `fronted-time-lead` Marks.
            ("Two hours after his first post, Lund wrote a note.", "Lund"),
            ("Soon after the vote closed, both men sent a note.", "both"),
            // `fronted-purpose-infinitive`: "To" opens an adverbial too.
            ("To win votes, the union ran ads.", "the"),
            (
                "To win votes, one group, the Harbour Trust, ran ads.",
                "one",
            ),
        ] {
            assert_eq!(from_subject(text), want, "{text}");
        }
    }

    #[test]
    fn a_subject_with_an_apposition_or_a_clause_is_no_adverbial() {
        for (text, want) in [
            (
                "Kelly, the port's spokeswoman, issued a statement.",
                "Kelly",
            ),
            ("Manning, the former analyst, said no.", "Manning"),
            ("Lund sued the port on Friday, seeking damages.", "Lund"),
            // `fronted-time-lead` Not: "men" tells no time.
            ("Two men in the crowd, Lund and Berg, said no.", "Two"),
        ] {
            assert_eq!(from_subject(text), want, "{text}");
        }
    }
}
