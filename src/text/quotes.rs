//! Pairs quotation marks within each paragraph.
//!
//! Curly and angle marks say which side they are; straight `"` alternates;
//! single marks count as quotes only when they pair up (so "don't", "'90s"
//! and "the countries' claims" stay apostrophes). A double quote still open
//! at the end of a paragraph runs to the end of it: news opens every
//! paragraph of a long quote and closes only the last. Two single marks
//! written together (`''`, ``` `` ```) are one double mark, as in some wire and
//! newspaper copy.
use super::tokens::{Token, TokenKind};
use crate::model::Span;
use std::ops::Range;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the paragraph ends first.
    pub close: Option<usize>,
    /// Token indices strictly inside the marks.
    pub inner: Range<usize>,
    /// Token index just past the closing mark (`inner.end` when unclosed);
    /// a doubled mark (`''`, ``` `` ```) is two tokens.
    pub after: usize,
    /// Double marks (`"`, `“”`, `«»`) rather than single ones.
    pub double: bool,
    /// Inside another quote.
    pub nested: bool,
}

/// How many quotes nested in an outer one a backward search passes over to
/// reach the outer quote: bounded, so that a quote full of nested ones
/// stays linear to search from each cue in it.
pub const NESTED_QUOTES_PASSED: usize = 16;

impl Quote {
    /// Byte span of the content (without the marks); `None` when empty.
    pub fn content(&self, tokens: &[Token]) -> Option<Span> {
        if self.inner.is_empty() {
            return None;
        }
        Some(Span::new(
            tokens[self.inner.start].span.start,
            tokens[self.inner.end - 1].span.end,
        ))
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Open,
    Close,
    Either,
}

fn classify(c: &str) -> Option<(bool, Side)> {
    Some(match c {
        "\"" => (true, Side::Either),
        "“" | "„" | "«" => (true, Side::Open),
        "”" | "»" | "‟" => (true, Side::Close),
        "'" | "`" => (false, Side::Either),
        "‘" | "‚" | "‹" => (false, Side::Open),
        "’" | "›" | "‛" => (false, Side::Close),
        _ => return None,
    })
}

pub fn pair_quotes(text: &str, tokens: &[Token], paragraphs: &[Range<usize>]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for para in paragraphs {
        pair_in_paragraph(text, tokens, para.clone(), &mut quotes);
    }
    crate::order::sort_by_key(&mut quotes, |q| q.open);
    quotes
}

fn pair_in_paragraph(text: &str, tokens: &[Token], para: Range<usize>, out: &mut Vec<Quote>) {
    let first = out.len();
    // Opening double mark: (token index, width in tokens).
    let mut open_double: Option<(usize, usize)> = None;
    let mut open_single: Option<usize> = None;
    // The quote a nested double quote opened inside (`nested-double-quote`).
    let mut outer_double: Option<(usize, usize)> = None;
    let mut next = para.start;
    while next < para.end {
        let i = next;
        let t = tokens[i];
        next += 1;
        if t.kind != TokenKind::Quote {
            continue;
        }
        let mark = t.span.slice(text);
        let Some((mut double, mut side)) = classify(mark) else {
            continue;
        };
        let mut width = 1;
        // `''They say, 'the port is a special case,''' he said.`: a run of
        // three marks with a single quote open inside a double one closes
        // the single quote first, then the double one.
        let closes_nested_single = open_single.is_some_and(|s| {
            open_double.is_some_and(|(o, _)| s > o)
                && i + 2 < para.end
                && doubled(text, tokens, i + 1)
                && doubled(text, tokens, i)
        });
        if !double && i + 1 < para.end && !closes_nested_single && doubled(text, tokens, i) {
            double = true;
            width = 2;
            side = if mark == "`" {
                Side::Open
            } else {
                Side::Either
            };
            next += 1;
        }
        let glued_right = i + width < para.end && !tokens[i + width].space_before;
        let glued_left = i > para.start && !t.space_before;
        // `... Square. "There are ...`: a straight mark after a full stop and
        // a space, glued to the next word, opens the quote's next paragraph
        // (paragraph breaks lost), it does not close the open quote.
        if double
            && side == Side::Either
            && open_double.is_some()
            && !glued_left
            && glued_right
            && i > para.start
            && matches!(tokens[i - 1].span.slice(text), "." | "!" | "?")
        {
            side = Side::Open;
        }
        // `They want it dropped." Berg argues ...`: a straight mark glued to
        // the word before it and followed by a space (or the paragraph's
        // end) can only close. With nothing open it is a stray mark (an
        // opening lost in editing) and is skipped, rather than opening a
        // quote that swallows the rest of the paragraph.
        // `“Not yet,“ he said.`: an opening curly mark typed where the
        // closing one belongs (glued to the words before it, a space or the
        // paragraph's end after it) closes the open quote.
        if double
            && side == Side::Open
            && open_double.is_some()
            && glued_left
            && !glued_right
            && i > para.start
            && (tokens[i - 1].kind == TokenKind::Word
                || matches!(
                    tokens[i - 1].span.slice(text),
                    "." | "," | "!" | "?" | ";" | ":" | "…"
                ))
        {
            side = Side::Close;
        }
        if double
            && side == Side::Either
            && open_double.is_none()
            && glued_left
            && i > para.start
            && (tokens[i - 1].kind == TokenKind::Word
                || matches!(
                    tokens[i - 1].span.slice(text),
                    "." | "," | "!" | "?" | ";" | ":" | "…"
                ))
            && !glued_right
        {
            side = Side::Close;
        }
        if double
            && outer_double.is_none()
            && open_double.is_some_and(|(o, _)| opens_nested(text, tokens, o, i, side))
            && glued_right
            && !glued_left
            && i > para.start
            && (tokens[i - 1].kind == TokenKind::Word
                || matches!(tokens[i - 1].span.slice(text), "," | ":"))
            && two_closing_marks(text, tokens, i + width..para.end)
        {
            outer_double = open_double;
            open_double = Some((i, width));
            continue;
        }
        if double {
            match (open_double, side) {
                (Some((o, ow)), Side::Close | Side::Either) => {
                    open_single = open_single.filter(|&s| s < o);
                    let mut q = quote(o, Some(i), true, outer_double.is_some());
                    q.inner = (o + ow).min(i)..i;
                    q.after = i + width;
                    out.push(q);
                    open_double = outer_double.take();
                }
                (Some((o, ow)), Side::Open) => {
                    // A new opening mark before the old one closed: the old one was left open.
                    out.push(quote(o, None, true, false).ending_at(i, ow));
                    open_double = Some((i, width));
                }
                (None, Side::Open | Side::Either) => open_double = Some((i, width)),
                // `” … they are not like him,” she said.`: a closing mark
                // where nothing is open, opening its paragraph or glued to
                // the word after it only, was typed for an opening one.
                (None, Side::Close) if i == para.start || (!glued_left && glued_right) => {
                    open_double = Some((i, width))
                }
                (None, Side::Close) => {}
            }
        } else {
            let nested = open_double.is_some();
            match open_single {
                Some(o) if side != Side::Open && glued_left => {
                    out.push(quote(
                        o,
                        Some(i),
                        false,
                        nested && open_double.is_some_and(|(d, _)| d < o),
                    ));
                    open_single = None;
                }
                // (`'''Harbour Bowl,''' he replied.`: a single mark glued to
                // the double one just opened opens a nested quote.)
                None if side != Side::Close
                    && glued_right
                    && (!glued_left
                        || i == para.start
                        || open_double.is_some_and(|(o, w)| o + w == i)) =>
                {
                    open_single = Some(i)
                }
                _ => {}
            }
        }
    }
    if let Some((o, ow)) = open_double {
        out.push(quote(o, None, true, outer_double.is_some()).ending_at(para.end, ow));
    }
    if let Some((o, ow)) = outer_double {
        out.push(quote(o, None, true, false).ending_at(para.end, ow));
    }
    // Mark single quotes inside this paragraph's double ones as nested. The
    // double quotes never overlap, so sorted by opening mark one binary
    // search per single quote finds the only candidate.
    let paragraph = &mut out[first..];
    let mut doubles: Vec<Range<usize>> = paragraph
        .iter()
        .filter(|q| q.double && !q.nested)
        .map(|q| q.open..q.inner.end + 1)
        .collect();
    crate::order::sort_by_key(&mut doubles, |d| d.start);
    for q in paragraph.iter_mut().filter(|q| !q.double) {
        let before = doubles.partition_point(|d| d.start <= q.open);
        q.nested = before > 0 && doubles[before - 1].contains(&q.open);
    }
}

fn quote(open: usize, close: Option<usize>, double: bool, nested: bool) -> Quote {
    let end = close.unwrap_or(open + 1);
    Quote {
        open,
        close,
        inner: open + 1..end.max(open + 1),
        after: close.map_or(end.max(open + 1), |c| c + 1),
        double,
        nested,
    }
}

impl Quote {
    fn ending_at(mut self, end: usize, open_width: usize) -> Quote {
        self.inner = (self.open + open_width).min(end)..end;
        self.after = end;
        self
    }
}

/// `nested-double-quote`: `said "It is not about “fair play” any more."`,
/// `wrote, “Ask them when “our side” is wrong.”`: with a double quote open at
/// `open`, a double mark at `i` that opens mid-sentence (the caller checks a
/// word or comma before it and a word glued after it) opens a quote inside
/// it, and the next closing mark closes the inner one first. A curly or
/// angle opening mark does so; a straight mark only inside a curly or angle
/// quote (inside a straight one it closes it). Not after a full stop: `“It
/// rained. “Then it snowed.”` opens the next quoted paragraph.
fn opens_nested(text: &str, tokens: &[Token], open: usize, i: usize, side: Side) -> bool {
    match side {
        Side::Open => true,
        Side::Either => tokens[open].span.slice(text) != "\"" && tokens[i].span.slice(text) == "\"",
        Side::Close => false,
    }
}

/// How far a nested quote and the rest of its outer quote may run.
const NESTED_QUOTE_WINDOW: usize = 400;

/// The next two double marks in `range` (within a window) can both close:
/// the inner quote's mark, then the outer one's. An outer quote left open
/// (a quoted paragraph that runs on) nests nothing.
fn two_closing_marks(text: &str, tokens: &[Token], range: Range<usize>) -> bool {
    let end = range.end.min(range.start + NESTED_QUOTE_WINDOW);
    let mut closing = 0;
    let mut k = range.start;
    while k < end && closing < 2 {
        let mark = tokens[k].span.slice(text);
        let pair = k + 1 < end && doubled(text, tokens, k);
        match classify(mark) {
            Some((true, Side::Open)) => return false,
            Some((true, _)) => closing += 1,
            Some((false, _)) if pair => closing += 1,
            _ => {}
        }
        k += if pair { 2 } else { 1 };
    }
    closing == 2
}

/// Token `i` and the next are the same single mark with nothing between (`''`, ``` `` ```).
fn doubled(text: &str, tokens: &[Token], i: usize) -> bool {
    let (a, b) = (tokens[i], tokens[i + 1]);
    let mark = a.span.slice(text);
    b.kind == TokenKind::Quote
        && !b.space_before
        && matches!(mark, "'" | "`")
        && b.span.slice(text) == mark
}

#[cfg(test)]
mod tests {
    use crate::text::Doc;

    fn quoted(text: &str) -> Vec<(String, bool)> {
        let doc = Doc::new(text);
        doc.quotes
            .iter()
            .map(|q| {
                (
                    q.content(&doc.tokens)
                        .map(|s| s.slice(text).to_string())
                        .unwrap_or_default(),
                    q.close.is_some(),
                )
            })
            .collect()
    }

    #[test]
    fn straight_and_curly_pairs() {
        assert_eq!(
            quoted("\"No,\" he said. “Yes,” she said."),
            [("No,".to_string(), true), ("Yes,".to_string(), true)]
        );
    }

    #[test]
    fn a_mark_after_a_full_stop_opens_the_next_quoted_paragraph() {
        // Paragraph breaks lost: each quoted paragraph opens with a mark.
        assert_eq!(
            quoted("Lund said: \"The port is shut. \"Nobody knows when it opens.\" Then she left."),
            [
                ("The port is shut.".to_string(), false),
                ("Nobody knows when it opens.".to_string(), true)
            ]
        );
        // A closing mark glued to its full stop still closes.
        assert_eq!(
            quoted("\"The port is shut.\" Then she left."),
            [("The port is shut.".to_string(), true)]
        );
    }

    #[test]
    fn a_stray_closing_mark_opens_nothing() {
        // The opening mark was lost: the text after the stray mark stays outside any quote.
        assert!(quoted("They want it dropped.\" Berg argues that the plan will fail.").is_empty());
        assert!(quoted("It is over\" Lund said.").is_empty());
        // The pair after a stray mark still pairs.
        assert_eq!(
            quoted("Enough.\" Lund said: \"The vote stands.\""),
            [("The vote stands.".to_string(), true)]
        );
        // Must not: a mark glued on both sides, or opening a paragraph, still opens.
        assert_eq!(quoted("\"Yes\", he said."), [("Yes".to_string(), true)]);
        assert_eq!(quoted("\"Fine\" he said."), [("Fine".to_string(), true)]);
    }

    #[test]
    fn an_opening_curly_mark_where_the_closing_one_belongs_closes() {
        assert_eq!(
            quoted("“Not yet,“ he said. “The roof leaks.”"),
            [
                ("Not yet,".to_string(), true),
                ("The roof leaks.".to_string(), true)
            ]
        );
        // Must not: a curly opening mark after a space still opens a new quote.
        assert_eq!(
            quoted("“It rained. “Then it snowed.”"),
            [
                ("It rained.".to_string(), false),
                ("Then it snowed.".to_string(), true)
            ]
        );
    }

    #[test]
    fn nested_double_quote() {
        // Marks: a double mark opening mid-sentence inside an open quote nests.
        assert_eq!(
            quoted("Vik wrote: \"The board is not about “fair fares” any more.\" Then she left."),
            [
                (
                    "The board is not about “fair fares” any more.".to_string(),
                    true
                ),
                ("fair fares".to_string(), true)
            ]
        );
        assert_eq!(
            quoted("Berg said, “Ask them when “our crew” is late, not now.”"),
            [
                (
                    "Ask them when “our crew” is late, not now.".to_string(),
                    true
                ),
                ("our crew".to_string(), true)
            ]
        );
        let doc = Doc::new("“Ask them when \"our crew\" is late,” Berg said.");
        assert_eq!(doc.quotes.len(), 2);
        assert!(!doc.quotes[0].nested && doc.quotes[1].nested);
        assert_eq!(doc.word(doc.quotes[0].after), "Berg");
        // Not: an outer quote that never closes in its paragraph (a quoted
        // paragraph running on) nests nothing; the new mark opens a new quote.
        assert_eq!(
            quoted("\"The crowd sang, “Ferries for all!”\n\nThen she left."),
            [
                ("The crowd sang,".to_string(), false),
                ("Ferries for all!".to_string(), true)
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Don't touch the countries' claims from the '90s.").is_empty());
    }

    #[test]
    fn single_quotes_pair_when_they_close() {
        assert_eq!(
            quoted("He called it a 'red line' today."),
            [("red line".to_string(), true)]
        );
    }

    #[test]
    fn nested_single_inside_double() {
        let doc = Doc::new("\"They call it a 'deal', not a treaty,\" he said.");
        assert_eq!(doc.quotes.len(), 2);
        assert!(doc.quotes[0].double && !doc.quotes[0].nested);
        assert!(!doc.quotes[1].double && doc.quotes[1].nested);
    }

    #[test]
    fn open_quote_runs_to_the_end_of_its_paragraph() {
        assert_eq!(
            quoted("\"First part of a long quote.\n\n\"Second part,\" he said."),
            [
                ("First part of a long quote.".to_string(), false),
                ("Second part,".to_string(), true)
            ]
        );
    }

    #[test]
    fn doubled_single_marks_are_double_quotes() {
        let doc = Doc::new("''We will stay,'' he said. ``Fine.''");
        assert_eq!(doc.quotes.len(), 2);
        assert!(doc.quotes.iter().all(|q| q.double && q.close.is_some()));
        let first = &doc.quotes[0];
        assert_eq!(
            doc.span_of(first.inner.clone()).slice(doc.text),
            "We will stay,"
        );
        assert_eq!(doc.word(first.after), "he");
        assert_eq!(quoted("``Fine.''"), [("Fine.".to_string(), true)]);
    }

    #[test]
    fn three_marks_close_a_nested_single_quote_then_the_double_one() {
        let doc = Doc::new("''They say, 'the port is a special case,''' Lund said. ''It is not.''");
        let quotes: Vec<(&str, bool, bool)> = doc
            .quotes
            .iter()
            .map(|q| {
                (
                    doc.span_of(q.inner.clone()).slice(doc.text),
                    q.double,
                    q.nested,
                )
            })
            .collect();
        assert_eq!(
            quotes,
            [
                ("They say, 'the port is a special case,'", true, false),
                ("the port is a special case,", false, true),
                ("It is not.", true, false),
            ]
        );
        assert_eq!(doc.word(doc.quotes[0].after), "Lund");
        // The same run opening a quote opens both.
        let doc = Doc::new("'''Harbour Bowl,''' he replied.");
        assert_eq!(doc.quotes.len(), 2);
        assert_eq!(
            doc.span_of(doc.quotes[0].inner.clone()).slice(doc.text),
            "'Harbour Bowl,'"
        );
        assert_eq!(doc.word(doc.quotes[0].after), "he");
        // Must not: two marks after a closed single quote still close the double one.
        assert_eq!(
            quoted("''They call it a 'deal' and a plan,'' he said."),
            [
                ("They call it a 'deal' and a plan,".to_string(), true),
                ("deal".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_closing_mark_where_nothing_is_open_opens_when_it_starts_a_quote() {
        assert_eq!(
            quoted("” … they are not like him,” she said. “My father would mind.”"),
            [
                ("… they are not like him,".to_string(), true),
                ("My father would mind.".to_string(), true)
            ]
        );
        assert_eq!(
            quoted("Lund said ”We won.” Then she left."),
            [("We won.".to_string(), true)]
        );
        // Must not: a closing mark after a word, with nothing open, opens nothing.
        assert!(quoted("It is over” Lund said.").is_empty());
    }

    #[test]
    fn nasty_inputs_do_not_panic() {
        for text in [
            "\"\"=",
            "\"",
            "“",
            "”",
            "' '",
            "\"a\"b\"",
            "''",
            "'''",
            "``''``",
            &"\"".repeat(10_000),
            &"''".repeat(5_000),
            &"“".repeat(10_000),
        ] {
            let _ = quoted(text);
        }
    }
}
