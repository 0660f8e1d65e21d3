//! Speaker noun phrases around a reporting verb.
use crate::text::{Doc, TokenKind};
use std::ops::Range;

const PRONOUNS: [&str; 5] = ["he", "she", "they", "it", "we"];

/// Token `i` is a personal pronoun that can speak.
pub fn is_pronoun(doc: &Doc, i: usize) -> bool {
    PRONOUNS.iter().any(|p| doc.is(i, p))
}

/// The run of capitalised words ending just before token `end` (exclusive),
/// or a single pronoun there: the speaker in "Dmitry Peskov said".
pub fn phrase_before(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    if end == 0 || end <= floor {
        return None;
    }
    if is_pronoun(doc, end - 1) {
        return Some(end - 1..end);
    }
    let mut start = end;
    while start > floor && is_name_word(doc, start - 1) {
        start -= 1;
    }
    (start < end).then_some(start..end)
}

/// The run of capitalised words starting at token `start`: the speaker in "said Dmitry Peskov".
pub fn phrase_after(doc: &Doc, start: usize, ceiling: usize) -> Option<Range<usize>> {
    if start < ceiling && is_pronoun(doc, start) {
        return Some(start..start + 1);
    }
    let mut end = start;
    while end < ceiling && is_name_word(doc, end) {
        end += 1;
    }
    (end > start).then_some(start..end)
}

fn is_name_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && doc.is_capitalized(i) && !is_pronoun(doc, i)
}
