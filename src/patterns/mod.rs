//! Token patterns: a small declarative language shared by the passes
//! (protest triggers in `data/protest_triggers.tsv`, attribution cue shapes).
//!
//! A pattern is a string of space-separated elements, parsed once:
//!
//! - `said|told`: one token that is one of these words (any case; written in
//!   lower case);
//! - `<name>`: one token that passes the test `name`: a word class of the
//!   caller's vocabulary (`<adv>`), a test the caller writes in Rust
//!   (`<modifier>`), or a token kind (`<word>`, `<number>`, `<any>`: a word
//!   or a number, `<token>`: any token);
//! - `!x`: one token that does not pass `x` (or none: the text or the bounds
//!   end), consuming nothing: "not followed by";
//! - a suffix `?` (optional) or `{m,n}` (m to n tokens that pass the test);
//! - `@`: records the position reached (a capture; `Match::at`).
//!
//! `match_right` reads the elements forwards from an anchor, `match_left`
//! backwards from it (the last element nearest the anchor); neither reads
//! past the bounds it is given (the sentence, as a rule). Where several
//! ways match, the longest wins. What cannot be said as a pattern (where a
//! claim ends, who the speaker is) stays in Rust, beside the caller.
use crate::lexicon::Class;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// What one element asks of a token.
#[derive(Clone, Copy)]
pub enum Test {
    Words(&'static [&'static str]),
    Class(Class),
    /// A test written in Rust, for what a word class cannot say.
    Rust(fn(&Doc, usize) -> bool),
    /// A word or a number.
    WordOrNumber,
    Word,
    Number,
    Token,
}

impl Test {
    #[inline]
    fn passes(&self, doc: &Doc, i: usize) -> bool {
        match *self {
            Test::Words(words) => words.iter().any(|w| doc.is(i, w)),
            Test::Class(class) => doc.has(i, class),
            Test::Rust(f) => f(doc, i),
            Test::WordOrNumber => matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number),
            Test::Word => doc.tokens[i].kind == TokenKind::Word,
            Test::Number => doc.tokens[i].kind == TokenKind::Number,
            Test::Token => true,
        }
    }
}

#[derive(Clone, Copy)]
enum Element {
    /// `min` to `max` tokens that pass the test.
    Repeat { test: Test, min: u8, max: u8 },
    /// No token here passes the test (zero-width).
    Not(Test),
    /// Records the position.
    Capture,
}

/// The most captures a pattern may record.
pub const MAX_CAPTURES: usize = 4;

/// A parsed pattern.
#[derive(Clone)]
pub struct Pattern {
    elements: Vec<Element>,
    source: &'static str,
}

/// A match: its token range and the positions of its captures, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub tokens: Range<usize>,
    captures: [usize; MAX_CAPTURES],
}

impl Match {
    /// The position of capture `n` (the `n`-th `@`, from 0, in pattern order).
    pub fn at(&self, n: usize) -> usize {
        self.captures[n]
    }
}

impl Pattern {
    /// Parses `source`; `vocabulary` names the caller's tests (`<name>`),
    /// after the token kinds. Panics on a malformed pattern or an unknown
    /// name: patterns are compiled-in data, checked by the tests that parse them.
    pub fn parse(source: &'static str, vocabulary: &dyn Fn(&str) -> Option<Test>) -> Pattern {
        let elements: Vec<Element> = source
            .split(' ')
            .map(|e| parse_element(source, e, vocabulary))
            .collect();
        let captures = elements
            .iter()
            .filter(|e| matches!(e, Element::Capture))
            .count();
        if captures > MAX_CAPTURES {
            refuse(source, "too many captures");
        }
        Pattern { elements, source }
    }

    /// The words a match must start with, when the first element asks for
    /// exactly one of some words (for indexing patterns by their first word).
    pub fn first_words(&self) -> Option<&'static [&'static str]> {
        match self.elements.first() {
            Some(Element::Repeat {
                test: Test::Words(words),
                min: 1,
                ..
            }) => Some(words),
            _ => None,
        }
    }

    /// The longest match that starts at token `at`, within `bounds`.
    pub fn match_right(&self, doc: &Doc, at: usize, bounds: Range<usize>) -> Option<Match> {
        if at < bounds.start || at > bounds.end {
            return None;
        }
        let mut captures = [0; MAX_CAPTURES];
        let end = walk(doc, at, &self.elements, &bounds, false, 0, &mut captures)?;
        Some(Match {
            tokens: at..end,
            captures,
        })
    }

    /// The longest match that ends just before token `at` (its last element
    /// on `at - 1`), within `bounds`.
    pub fn match_left(&self, doc: &Doc, at: usize, bounds: Range<usize>) -> Option<Match> {
        if at < bounds.start || at > bounds.end {
            return None;
        }
        let mut captures = [0; MAX_CAPTURES];
        let reversed: Vec<Element> = self.elements.iter().rev().copied().collect();
        let count = reversed
            .iter()
            .filter(|e| matches!(e, Element::Capture))
            .count();
        let start = walk(doc, at, &reversed, &bounds, true, 0, &mut captures)?;
        // Captures were met last first.
        captures[..count].reverse();
        Some(Match {
            tokens: start..at,
            captures,
        })
    }

    pub fn source(&self) -> &'static str {
        self.source
    }
}

/// Stops on a malformed pattern (compiled-in data: the tests that parse every
/// pattern catch it), with one message format for all of them.
#[cold]
fn refuse(source: &str, why: &str) -> ! {
    crate::bad_data!("pattern \"{source}\": {why}")
}

fn parse_element(
    source: &str,
    e: &'static str,
    vocabulary: &dyn Fn(&str) -> Option<Test>,
) -> Element {
    if e == "@" {
        return Element::Capture;
    }
    if let Some(negated) = e.strip_prefix('!') {
        return Element::Not(parse_test(source, negated, vocabulary));
    }
    let (body, min, max) = if let Some(body) = e.strip_suffix('?') {
        (body, 0, 1)
    } else if let Some((body, range)) = e.strip_suffix('}').and_then(|b| b.split_once('{')) {
        // `{m,n}`, single digits (no number parser in the page's wasm).
        let &[min @ b'0'..=b'9', b',', max @ b'1'..=b'9'] = range.as_bytes() else {
            refuse(source, "want {m,n} with digits m <= n, n > 0");
        };
        let (min, max) = (min - b'0', max - b'0');
        if min > max {
            refuse(source, "want {m,n} with digits m <= n, n > 0");
        }
        (body, min, max)
    } else {
        (e, 1, 1)
    };
    Element::Repeat {
        test: parse_test(source, body, vocabulary),
        min,
        max,
    }
}

fn parse_test(source: &str, e: &'static str, vocabulary: &dyn Fn(&str) -> Option<Test>) -> Test {
    if let Some(name) = e.strip_prefix('<').and_then(|n| n.strip_suffix('>')) {
        return match name {
            "any" => Test::WordOrNumber,
            "word" => Test::Word,
            "number" => Test::Number,
            "token" => Test::Token,
            _ => {
                vocabulary(name).unwrap_or_else(|| refuse(source, "no class or test of that name"))
            }
        };
    }
    if e.is_empty() || e.bytes().any(|b| b.is_ascii_uppercase() || b == b'<') {
        refuse(source, "write words in lower case");
    }
    let words: Vec<&'static str> = e.split('|').collect();
    Test::Words(Box::leak(words.into_boxed_slice()))
}

/// Matches `elements` from `i`, rightwards or (`left`) leftwards: the
/// furthest position a match reaches (its end going right, its start going
/// left).
fn walk(
    doc: &Doc,
    i: usize,
    elements: &[Element],
    bounds: &Range<usize>,
    left: bool,
    capture: usize,
    captures: &mut [usize; MAX_CAPTURES],
) -> Option<usize> {
    let Some((first, rest)) = elements.split_first() else {
        return Some(i);
    };
    // The token the next step reads, if the bounds hold one.
    let next = |j: usize| {
        if left {
            (j > bounds.start).then(|| j - 1)
        } else {
            (j < bounds.end).then_some(j)
        }
    };
    let further = |a: Option<usize>, b: Option<usize>| {
        if left {
            match (a, b) {
                (Some(x), Some(y)) => Some(x.min(y)),
                _ => a.or(b),
            }
        } else {
            a.max(b)
        }
    };
    match *first {
        Element::Capture => {
            captures[capture] = i;
            walk(doc, i, rest, bounds, left, capture + 1, captures)
        }
        Element::Not(test) => {
            if next(i).is_some_and(|k| test.passes(doc, k)) {
                return None;
            }
            walk(doc, i, rest, bounds, left, capture, captures)
        }
        Element::Repeat { test, min, max } => {
            let mut best: Option<usize> = None;
            let mut best_captures = *captures;
            let mut j = i;
            for count in 0..=max {
                if count >= min {
                    let mut trial = *captures;
                    let reached = walk(doc, j, rest, bounds, left, capture, &mut trial);
                    if reached.is_some() && further(best, reached) != best {
                        best = reached;
                        best_captures = trial;
                    }
                }
                match next(j) {
                    Some(k) if count < max && test.passes(doc, k) => {
                        j = if left { k } else { k + 1 }
                    }
                    _ => break,
                }
            }
            *captures = best_captures;
            best
        }
    }
}

#[cfg(test)]
mod tests;
