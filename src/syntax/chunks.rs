//! Noun-phrase chunks over the part-of-speech tags, and the subject of a
//! verb: the chunk before it, past what may stand between a subject and its
//! verb (adverbs, a prepositional adverbial, a parenthetical between commas,
//! a relative clause), with "who"/"which" resolved to its antecedent.
//!
//! Everything here reads `Doc::pos`; nothing is stored: a chunk is found from
//! its last token on demand, in a bounded walk back.
use super::Pos;
use crate::lexicon::class::syntax::{POSSESSIVE_DETERMINER, RELATIVE_PRONOUN, TIME_WORD};
use crate::text::Doc;
use std::ops::Range;

/// A noun-phrase chunk: its tokens and the token of its head noun.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk {
    pub tokens: Range<usize>,
    pub head: usize,
}

/// The most tokens a chunk may span (a walk back never goes further).
const MAX_CHUNK: usize = 12;
/// The most tokens a parenthetical between commas, or an adverbial, may span.
const MAX_INSERT: usize = 16;

/// Token `i` may stand inside a noun phrase before its head: a determiner,
/// adjective, number, noun, a possessive "'s", "of" between names is not.
fn is_modifier(doc: &Doc, i: usize) -> bool {
    match doc.pos(i) {
        Pos::Det | Pos::Adj | Pos::Num | Pos::Noun | Pos::Propn => true,
        // "his", "their" (not "he", "they").
        Pos::Pron => is_possessive_determiner(doc, i),
        // The possessive "'s" ("Japan's foreign minister").
        Pos::Part => doc.is_clitic_s(i),
        // "U.S.-based", "Abu-Dhabi": a hyphen between words.
        Pos::Punct => {
            matches!(doc.word(i), "-" | "." | "&")
                && !doc.tokens[i].space_before
                && doc.tokens.get(i + 1).is_some_and(|t| !t.space_before)
        }
        _ => false,
    }
}

fn is_possessive_determiner(doc: &Doc, i: usize) -> bool {
    doc.has(i, POSSESSIVE_DETERMINER)
}

/// The noun-phrase chunk whose last token is `last` (a noun, proper noun or
/// pronoun), reaching back no further than `floor`.
pub fn chunk_ending_at(doc: &Doc, last: usize, floor: usize) -> Option<Chunk> {
    if last < floor || last >= doc.tokens.len() || !doc.pos(last).is_nominal() {
        return None;
    }
    if doc.pos(last) == Pos::Pron {
        return Some(Chunk {
            tokens: last..last + 1,
            head: last,
        });
    }
    let mut start = last;
    while start > floor && last - start < MAX_CHUNK && is_modifier(doc, start - 1) {
        start -= 1;
    }
    // A hyphen or dot cannot open the chunk.
    while start < last && doc.pos(start) == Pos::Punct {
        start += 1;
    }
    Some(Chunk {
        tokens: start..last + 1,
        head: last,
    })
}

/// A noun phrase before `end`, grown over "of" and "for" complements ("the
/// Minister of Foreign Affairs", "a spokesman for the ministry"): the whole
/// phrase and its head (the head of the first chunk).
pub fn noun_phrase_before(doc: &Doc, end: usize, floor: usize) -> Option<Chunk> {
    let mut chunk = chunk_ending_at(doc, end.checked_sub(1)?, floor)?;
    loop {
        let before = chunk.tokens.start;
        if before < floor + 2 || !(doc.is(before - 1, "of") || doc.is(before - 1, "for")) {
            return Some(chunk);
        }
        match chunk_ending_at(doc, before - 2, floor) {
            Some(outer) if doc.pos(outer.head) != Pos::Pron => {
                chunk = Chunk {
                    tokens: outer.tokens.start..chunk.tokens.end,
                    head: outer.head,
                };
            }
            _ => return Some(chunk),
        }
    }
}

/// The subject of the verb group starting at `verb`: the noun phrase before
/// it, past adverbs ("China has long warned"), one prepositional adverbial
/// ("China in the past has warned"), a parenthetical between commas ("Lund,
/// a former envoy, said"; "Lund, who arrived late, said") and through a
/// relative pronoun to its antecedent ("envoys who toured the region said").
pub fn subject_before(doc: &Doc, verb: usize, floor: usize) -> Option<Chunk> {
    let mut end = verb;
    // Adverbs right before the verb ("also", "repeatedly").
    while end > floor && doc.pos(end - 1) == Pos::Adv && verb - end < 3 {
        end -= 1;
    }
    if end > floor && doc.word(end - 1) == "," {
        end = parenthetical_start(doc, end - 1, floor)?;
    }
    let chunk = noun_phrase_before(doc, end, floor)?;
    if is_relative_pronoun(doc, chunk.head) {
        return antecedent(doc, chunk.head, floor);
    }
    // "China in the past has warned": a chunk after a preposition, with a
    // noun phrase before the preposition, is an adverbial when the verb
    // needs a subject of its own there.
    let start = chunk.tokens.start;
    if start > floor + 1
        && doc.pos(start - 1) == Pos::Adp
        && !doc.is(start - 1, "of")
        && !doc.is(start - 1, "for")
        && is_time_phrase(doc, &chunk)
    {
        if let Some(subject) = noun_phrase_before(doc, start - 1, floor) {
            return Some(subject);
        }
    }
    Some(chunk)
}

/// `phrase` (a speaker phrase ending before the verb group at `verb`) less
/// an adverbial of time between subject and verb: "China in the past has
/// warned" gives "China". Any other phrase comes back as it was.
pub fn without_adverbial(
    doc: &Doc,
    verb: usize,
    floor: usize,
    phrase: Range<usize>,
) -> Range<usize> {
    match subject_before(doc, verb, floor) {
        Some(c) if c.tokens.start == phrase.start && c.tokens.end < phrase.end => {
            let rest = c.tokens.end..phrase.end;
            // Only a preposition and its time phrase (and adverbs) were cut.
            if doc.pos(rest.start) == Pos::Adp {
                c.tokens
            } else {
                phrase
            }
        }
        _ => phrase,
    }
}

/// The first token of the parenthetical that the comma at `comma` closes,
/// or `comma` itself when none opens before it: then the subject ends at the
/// comma only if what precedes is no clause ("The port is busy, Lund said"
/// has none and is not ours to read).
fn parenthetical_start(doc: &Doc, comma: usize, floor: usize) -> Option<usize> {
    let lowest = floor.max(comma.saturating_sub(MAX_INSERT));
    let open = (lowest..comma).rev().find(|&k| doc.word(k) == ",")?;
    // "Lund, who ..., said" and "Lund, a former envoy, said": the phrase
    // before the opening comma is the subject.
    let first = open + 1;
    let inserted = is_relative_pronoun(doc, first)
        || matches!(doc.pos(first), Pos::Det | Pos::Adj | Pos::Num)
        || doc.pos(first) == Pos::Adp
        || doc.pos(first) == Pos::Adv;
    inserted.then_some(open)
}

fn is_relative_pronoun(doc: &Doc, i: usize) -> bool {
    doc.has(i, RELATIVE_PRONOUN)
}

/// The noun phrase a relative pronoun at `at` refers to ("Lund, who"; "envoys who").
fn antecedent(doc: &Doc, at: usize, floor: usize) -> Option<Chunk> {
    let end = if at > floor + 1 && doc.word(at - 1) == "," {
        at - 1
    } else {
        at
    };
    noun_phrase_before(doc, end, floor).filter(|c| !is_relative_pronoun(doc, c.head))
}

/// A phrase of time ("the past", "Monday", "recent weeks"): its head is a
/// time word.
fn is_time_phrase(doc: &Doc, chunk: &Chunk) -> bool {
    doc.has(chunk.head, TIME_WORD)
}

/// The finite clause after a verb group ending at `end`: from an optional
/// "that" to the end of the sentence or the first sentence-level break (";"
/// or a dash), in tokens.
pub fn clause_after(doc: &Doc, end: usize, sentence_end: usize) -> Option<Range<usize>> {
    let mut start = end;
    if doc.is(start, "that") {
        start += 1;
    }
    let stop = (start..sentence_end)
        .find(|&k| matches!(doc.word(k), ";" | "—" | "–"))
        .unwrap_or(sentence_end);
    let has_verb = (start..stop).any(|k| matches!(doc.pos(k), Pos::Verb | Pos::Aux));
    (stop > start + 1 && has_verb).then_some(start..stop)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of the subject of the first token equal to `verb`.
    fn subject(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = (0..doc.tokens.len()).find(|&i| doc.word(i) == verb)?;
        let s = doc.sentences[doc.sentence_of(v)].clone();
        // The verb group: auxiliaries before the verb belong to it.
        let mut group = v;
        while group > s.start && doc.pos(group - 1) == Pos::Aux {
            group -= 1;
        }
        subject_before(&doc, group, s.start)
            .map(|c| doc.span_of(c.tokens).slice(doc.text).to_string())
    }

    #[test]
    fn the_subject_is_the_noun_phrase_before_the_verb() {
        assert_eq!(
            subject("Rice growers said prices would fall.", "said").as_deref(),
            Some("Rice growers")
        );
        assert_eq!(
            subject(
                "The Minister of Foreign Affairs said the talks failed.",
                "said"
            )
            .as_deref(),
            Some("The Minister of Foreign Affairs")
        );
        assert_eq!(
            subject("She said it was late.", "said").as_deref(),
            Some("She")
        );
    }

    #[test]
    fn adverbials_parentheticals_and_relatives_are_skipped() {
        assert_eq!(
            subject(
                "China in the past has warned that it would respond.",
                "warned"
            )
            .as_deref(),
            Some("China")
        );
        assert_eq!(
            subject(
                "Bordurian envoys, who toured the region, said security was local.",
                "said"
            )
            .as_deref(),
            Some("Bordurian envoys")
        );
        assert_eq!(
            subject("Ola Lund, a former envoy, said the port was busy.", "said").as_deref(),
            Some("Ola Lund")
        );
        assert_eq!(
            subject("The farmers also said the rain came late.", "said").as_deref(),
            Some("The farmers")
        );
    }

    #[test]
    fn no_subject_without_a_noun_phrase() {
        assert_eq!(subject("Said to be ill, he left.", "Said"), None);
    }

    #[test]
    fn the_clause_after_a_cue_holds_a_verb() {
        let doc = Doc::new("Lund said that the port was busy; nobody listened.");
        let said = 1;
        let c = clause_after(&doc, said + 1, doc.sentences[0].end).expect("a clause");
        assert_eq!(doc.span_of(c).slice(doc.text), "the port was busy");
        let doc = Doc::new("Lund said nothing.");
        assert_eq!(clause_after(&doc, 2, doc.sentences[0].end), None);
    }
}
