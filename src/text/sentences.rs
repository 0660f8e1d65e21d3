//! Paragraph and sentence boundaries.
//!
//! A paragraph starts after a blank line or at an indented line (wire copy
//! indents paragraphs and wraps lines at ~65 columns). A sentence ends at
//! `.`, `!` or `?` (with any closing quotes or brackets after it) when the next
//! token can start a sentence and the stop does not end an abbreviation or an
//! initial; a line that is all capitals or digits (headline, dateline) ends too.
use super::tokens::{Token, TokenKind};
use crate::lexicon::{class, class_table, ClassSet, WordSet};
use crate::model::slice;
use std::ops::Range;
use std::sync::LazyLock;

/// Abbreviations written before a name (`data/name_abbreviations.txt`).
static NAME_ABBREVIATIONS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::parse(crate::data_file!("name_abbreviations.txt")));
/// The other abbreviations (`data/abbreviations.txt`): initialisms' parts,
/// months, businesses, "p.m.".
static OTHER_ABBREVIATIONS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::parse(crate::data_file!("abbreviations.txt")));

pub fn paragraphs(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for i in 1..tokens.len() {
        if starts_paragraph(text, tokens, i) {
            paragraphs.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        paragraphs.push(start..tokens.len());
    }
    paragraphs
}

fn starts_paragraph(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.newlines_before >= 2 {
        return true;
    }
    if t.newlines_before == 1 {
        let gap = slice(text, tokens[i - 1].span.end..t.span.start);
        let indent = gap.rsplit('\n').next().unwrap_or("");
        return !indent.is_empty() || is_unwrapped_line(text, tokens[i - 1].span.end);
    }
    false
}

/// Past this many characters a line is no wrapped line of wire copy (wrapped
/// at ~65-80 columns): a single line break after it ends a paragraph, as web
/// copy prints one paragraph per line. (Characters, not bytes: a curly quote
/// or a Cyrillic letter is one column but two or three bytes.)
const WRAP_WIDTH: usize = 120;

/// The line ending at byte `end` is longer than any wrapped line.
fn is_unwrapped_line(text: &str, end: usize) -> bool {
    let start = slice(text, ..end).rfind('\n').map_or(0, |k| k + 1);
    end - start > WRAP_WIDTH && slice(text, start..end).chars().count() > WRAP_WIDTH
}

pub fn sentences(text: &str, tokens: &[Token], paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    for para in paragraphs {
        let mut start = para.start;
        let mut i = para.start;
        while i < para.end {
            let end = sentence_end_after(text, tokens, i, para.end);
            if let Some(end) = end {
                sentences.push(start..end);
                start = end;
                i = end;
            } else {
                i += 1;
            }
        }
        if start < para.end {
            sentences.push(start..para.end);
        }
    }
    sentences
}

/// When token `i` ends a sentence, the index just past the sentence.
fn sentence_end_after(text: &str, tokens: &[Token], i: usize, para_end: usize) -> Option<usize> {
    let t = tokens[i];
    let word = t.span.slice(text);
    // Headlines and datelines on a line of their own.
    if i + 1 < para_end && tokens[i + 1].newlines_before > 0 && line_is_heading(text, tokens, i) {
        return Some(i + 1);
    }
    if i + 1 < para_end && ends_short_line(text, tokens, i) {
        return Some(i + 1);
    }
    if !matches!(word, "." | "!" | "?" | "…") {
        return None;
    }
    if word == "."
        && i > 0
        && !t.space_before
        && is_abbreviation(text, tokens, i - 1)
        && !opens_quote_after_initialism(text, tokens, i, para_end)
        && !opens_sentence_after_abbreviation(text, tokens, i, para_end)
    {
        // "Mr. Smith", "Jan. 5", "U.S. officials": not an end unless a paragraph follows.
        return None;
    }
    // Closing quotes and brackets belong to the sentence they close.
    let mut end = i + 1;
    while end < para_end && !tokens[end].space_before && is_closer(tokens[end].span.slice(text)) {
        end += 1;
    }
    if end >= para_end {
        return Some(para_end);
    }
    let next = tokens[end].span.slice(text);
    let starts = next
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || tokens[end].kind == TokenKind::Quote
        || next == "(";
    if starts && (tokens[end].space_before || tokens[end].newlines_before > 0) {
        Some(end)
    } else {
        None
    }
}

/// Most bytes on a line that ends without a full stop and is a line of its
/// own (a headline, a list item), not a line of hard-wrapped text (wire
/// copy wraps at 60 to 70 characters).
const SHORT_LINE_BYTES: usize = 36;

/// Token `i` ends a short line with no final punctuation ("Ferry is safe,
/// mayor says"), and the next line starts with a capital or a quote mark:
/// a sentence ends there although no stop was printed.
fn ends_short_line(text: &str, tokens: &[Token], i: usize) -> bool {
    let next = tokens[i + 1];
    if next.newlines_before != 1 {
        return false;
    }
    let first = next.span.slice(text);
    let capital =
        first.chars().next().is_some_and(char::is_uppercase) || next.kind == TokenKind::Quote;
    if !capital
        || matches!(
            tokens[i].span.slice(text),
            "," | ";" | ":" | "-" | "—" | "–"
        )
    {
        return false;
    }
    let end = tokens[i].span.end;
    let mut j = i;
    loop {
        if end - tokens[j].span.start > SHORT_LINE_BYTES {
            return false;
        }
        if tokens[j].newlines_before > 0 || j == 0 {
            return true;
        }
        j -= 1;
    }
}

/// `... at a rally in Albany, N.Y. "The council ...`: the full stop of a
/// dotted initialism (two letters or more: N.Y., D.C., U.S.) before a space
/// and a double quote mark glued to a capitalised word ends the sentence; a
/// quote opening there starts the next one. (A single initial, `J. "Bud"
/// Smith`, and a title, `Mr. "Bud"`, go on.)
fn opens_quote_after_initialism(text: &str, tokens: &[Token], i: usize, para_end: usize) -> bool {
    if !ends_dotted_initialism(text, tokens, i) || i + 1 >= para_end {
        return false;
    }
    let mark = tokens[i + 1];
    // A doubled single mark (`''`, ``` `` ```) is one double mark.
    let mut word = i + 2;
    let double = match mark.span.slice(text) {
        "\"" | "“" => true,
        m @ ("'" | "`") => {
            word += 1;
            tokens
                .get(i + 2)
                .is_some_and(|t| !t.space_before && t.span.slice(text) == m)
        }
        _ => false,
    };
    mark.kind == TokenKind::Quote
        && mark.space_before
        && double
        && word < para_end
        && !tokens[word].space_before
        && tokens[word]
            .span
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// The full stop at `i` closes a dotted initialism of two letters or more
/// (N.Y., D.C., U.S.).
fn ends_dotted_initialism(text: &str, tokens: &[Token], i: usize) -> bool {
    i >= 3
        && tokens[i - 1].span.slice(text).chars().count() == 1
        && !tokens[i - 1].space_before
        && tokens[i - 2].span.slice(text) == "."
        && !tokens[i - 2].space_before
        && tokens[i - 3].kind == TokenKind::Word
        && tokens[i - 3].span.slice(text).chars().count() == 1
}

/// Capitalised words that open a sentence after an abbreviation: subject
/// pronouns, determiners, conjunctions and other function words; they never
/// go on a name ("the U.S. Senate", "9 p.m. Tuesday" do).
const SENTENCE_START: ClassSet = class::attribution::PRONOUN
    .bit()
    .union(class::attribution::FUNCTION_WORD.bit())
    .union(class::attribution::DETERMINER.bit())
    .union(class::attribution::SENTENCE_OPENER.bit());
/// Function words that do go on after an abbreviation: "in the U.S. Monday",
/// "Jan. 5" (the month and day names of `function_words.txt`).
const DATE_WORD: ClassSet = class::attribution::MONTH
    .bit()
    .union(class::attribution::WEEKDAY.bit());

/// `pronoun-after-abbreviation`: the full stop of an abbreviation that is
/// not written before a name (an initialism, "p.m.", "Inc.", "Jr.") ends the
/// sentence when a capitalised pronoun or function word follows, as that word
/// cannot continue a name. Titles ("Sen. The"), a word that is itself an
/// initial ("J. A. Lund") and month or day names ("the U.S. Monday") go on.
/// Examples: `PRONOUN_AFTER_ABBREVIATION_MARKS`, `…_NOT` (tests).
fn opens_sentence_after_abbreviation(
    text: &str,
    tokens: &[Token],
    i: usize,
    para_end: usize,
) -> bool {
    let abbreviation = tokens[i - 1].span.slice(text);
    if NAME_ABBREVIATIONS.contains(abbreviation) || i + 1 >= para_end {
        return false;
    }
    let next = tokens[i + 1];
    let word = next.span.slice(text);
    // Function words are ASCII; a word glued to a stop is an initial ("A.").
    if !next.space_before
        || !word.starts_with(|c: char| c.is_ascii_uppercase())
        || tokens
            .get(i + 2)
            .is_some_and(|t| !t.space_before && t.span.slice(text) == ".")
    {
        return false;
    }
    let classes = class_table().classes(word);
    classes.intersects(SENTENCE_START) && !classes.intersects(DATE_WORD)
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | "»" | ")" | "]")
}

/// The word before a full stop is an abbreviation or an initial ("J. Smith", "U.S.").
fn is_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    if t.kind != TokenKind::Word {
        return false;
    }
    let word = t.span.slice(text);
    let single_letter = word.chars().count() == 1;
    // "No. 5" abbreviates "number"; "said no." ends a sentence.
    if word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("nos") {
        return tokens
            .get(i + 2)
            .is_some_and(|n| n.kind == TokenKind::Number);
    }
    single_letter || NAME_ABBREVIATIONS.contains(word) || OTHER_ABBREVIATIONS.contains(word)
}

/// Every word on the line of token `i` (up to `i`) is in capitals or a number,
/// and the line holds at least one word: "BEIJING 1996-08-22", "JAPAN PROTESTS".
fn line_is_heading(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    let mut letters = false;
    loop {
        let t = tokens[j];
        let w = t.span.slice(text);
        if t.kind == TokenKind::Word {
            if w.chars().any(char::is_lowercase) {
                return false;
            }
            letters = true;
        }
        if t.newlines_before > 0 || j == 0 {
            return letters;
        }
        j -= 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::text::Doc;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        doc.sentences
            .iter()
            .map(|r| doc.span_of(r.clone()).slice(text))
            .collect()
    }

    #[test]
    fn a_short_line_without_a_stop_ends_its_sentence() {
        assert_eq!(
            sentences("Ferry is safe, mayor says\nThe port is busy, Lund said."),
            ["Ferry is safe, mayor says", "The port is busy, Lund said."]
        );
        // Hard-wrapped wire copy: a long line runs on into the next.
        assert_eq!(
            sentences("Officials said the talks on the northern harbour\nTreaty would resume."),
            ["Officials said the talks on the northern harbour\nTreaty would resume."]
        );
    }

    #[test]
    fn splits_at_full_stops() {
        assert_eq!(
            sentences("It rained. Then it stopped!"),
            ["It rained.", "Then it stopped!"]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences("Mr. Smith met Gov. Jones on Jan. 5 in the U.S. capital. J. R. Doe left."),
            [
                "Mr. Smith met Gov. Jones on Jan. 5 in the U.S. capital.",
                "J. R. Doe left."
            ]
        );
    }

    #[test]
    fn an_initialism_before_an_opening_quote_ends_the_sentence() {
        assert_eq!(
            sentences("Lund spoke in Bergen, N.Y. \"The vote stands.\" Then she left."),
            [
                "Lund spoke in Bergen, N.Y.",
                "\"The vote stands.\"",
                "Then she left."
            ]
        );
        assert_eq!(
            sentences("Lund spoke in Bergen, N.Y. ''The vote stands.''"),
            ["Lund spoke in Bergen, N.Y.", "''The vote stands.''"]
        );
        // Must not: a single initial, a title, or a lower-case quote go on.
        for text in [
            "Ola J. \"Bud\" Lund spoke.",
            "Mr. \"Bud\" Lund spoke.",
            "He faced the U.S. \"red line\" at once.",
        ] {
            assert_eq!(sentences(text), [text]);
        }
    }

    /// `pronoun-after-abbreviation` must split these after the abbreviation.
    const PRONOUN_AFTER_ABBREVIATION_MARKS: [(&str, &str); 6] = [
        (
            "Lund met envoys from the U.S. He says the ferry deal stands.",
            "He says",
        ),
        (
            "The vote closed at 9 p.m. She added that the count was slow.",
            "She added",
        ),
        (
            "Berg sold the yard to Fjord Ltd. They plan to build a quay.",
            "They plan",
        ),
        (
            "The count ends in the U.K. But the quarrel goes on.",
            "But the",
        ),
        (
            "The mayor spoke like Ola Berg Jr. The crowd cheered.",
            "The crowd",
        ),
        (
            "Crews called it a photo op. It was not, Lund said.",
            "It was",
        ),
    ];
    /// `pronoun-after-abbreviation` must not split these: another
    /// capitalised word goes on (a name, "The" of a title).
    const PRONOUN_AFTER_ABBREVIATION_NOT: [&str; 8] = [
        "Lund told the U.S. Senate the ferry deal stands.",
        "He met U.S. Senator Ola Lund.",
        "She read the U.K. Times on the ferry.",
        "Lund landed in the U.S. Monday and met Berg.",
        "Lund met Sen. He Lin and Gov. The Nguyen at the quay.",
        "Lund met Sens. Ann Berg and Ola Dahl at the quay.",
        "The deed names Ola J. A. Lund as the owner.",
        "The rally in St. Paul ended at 9 p.m. on the quay.",
    ];

    #[test]
    fn a_pronoun_or_function_word_after_an_abbreviation_starts_a_sentence() {
        for (text, second) in PRONOUN_AFTER_ABBREVIATION_MARKS {
            let found = sentences(text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert!(found[1].starts_with(second), "{text}: {found:?}");
        }
        for text in PRONOUN_AFTER_ABBREVIATION_NOT {
            assert_eq!(sentences(text), [text]);
        }
    }

    #[test]
    fn no_is_an_abbreviation_only_before_a_number() {
        assert_eq!(
            sentences("He said no. Then No. 5 won."),
            ["He said no.", "Then No. 5 won."]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            sentences("Growth was 3.5 percent. Prices rose."),
            ["Growth was 3.5 percent.", "Prices rose."]
        );
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("\"We will win.\" He left."),
            ["\"We will win.\"", "He left."]
        );
    }

    #[test]
    fn headline_and_dateline_lines_end_sentences() {
        assert_eq!(
            sentences("JAPAN PROTESTS\nTOKYO 2024-01-02\nJapan said no."),
            ["JAPAN PROTESTS", "TOKYO 2024-01-02", "Japan said no."]
        );
    }

    #[test]
    fn paragraphs_at_blank_lines_and_indents() {
        let doc = Doc::new("One line\nwrapped here.\n    Indented para.\n\nBlank-line para.");
        assert_eq!(doc.paragraphs.len(), 3);
    }

    #[test]
    fn a_line_longer_than_wrapped_copy_ends_its_paragraph() {
        let long = "\"We will keep the ferry running through the winter, whatever the council decides about the new toll on the quay,\" Lund said.";
        assert!(long.len() > super::WRAP_WIDTH);
        let text = format!("{long}\n\"The crews are ready.\"");
        let doc = Doc::new(&text);
        assert_eq!(doc.paragraphs.len(), 2);
        // Must not: hard-wrapped wire copy runs on.
        let doc = Doc::new("\"We will keep the ferry running through the winter,\nwhatever the council decides,\" Lund said.");
        assert_eq!(doc.paragraphs.len(), 1);
        // Nor does a wrapped line whose letters take two bytes each.
        let wrapped = "Паром будет ходить всю зиму, что бы ни решил городской совет о новом сборе";
        assert!(wrapped.len() > super::WRAP_WIDTH && wrapped.chars().count() < 80);
        let text = format!("{wrapped}\nна причале, сказал Лунд.");
        let doc = Doc::new(&text);
        assert_eq!(doc.paragraphs.len(), 1);
    }
}
