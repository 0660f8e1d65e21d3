//! The tokenizer: one pass over the text into words, numbers, punctuation and
//! quote marks, each with its byte span and the whitespace before it.
use crate::model::{slice, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes ("don't", "O'Brien"); a possessive
    /// "'s" is its own `Word` token so "Japan's" yields "Japan".
    Word,
    /// Digits with inner `.`, `,`, `:` and trailing letters ("2,000", "3.5", "1990s").
    Number,
    /// A quotation mark or apostrophe standing alone: `"` `“` `”` `«` `»` `'` `‘` `’` ...
    Quote,
    /// Any other single non-space character.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// Line breaks in the whitespace before this token (2+ means a new paragraph).
    pub newlines_before: u16,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '`'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character at byte `at` (a char boundary) and its length in bytes; ASCII without decoding.
#[inline]
fn char_at(text: &str, at: usize) -> (char, usize) {
    let b = text.as_bytes()[at];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let c = slice(text, at..).chars().next().unwrap_or('\u{fffd}');
    (c, c.len_utf8())
}

/// Splits `text` into tokens in one left-to-right pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut space_before = false;
    let mut newlines: u16 = 0;
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        let (c, len) = char_at(text, at);
        at += len;
        // Invisible format characters (zero-width space, direction marks
        // and embeddings, the byte-order mark) that pasted web text carries
        // are spacing too (`\u{202A}"Sorry," posted Ann.` opens a quote).
        if c.is_whitespace() || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0xFEFF) {
            space_before = true;
            if c == '\n' {
                newlines = newlines.saturating_add(1);
            }
            continue;
        }
        let kind = if c.is_alphabetic() {
            at = word_end(text, at);
            TokenKind::Word
        } else if c.is_ascii_digit() || c.is_numeric() {
            at = number_end(text, at);
            TokenKind::Number
        } else if is_apostrophe(c)
            && possessive_follows(text, start)
            && tokens
                .last()
                .is_some_and(|t: &Token| !space_before && t.kind == TokenKind::Word)
        {
            // Possessive "'s" after a word: its own word token (the "s" is one byte).
            at += 1;
            TokenKind::Word
        } else if is_quote_char(c) {
            TokenKind::Quote
        } else {
            TokenKind::Punct
        };
        tokens.push(Token {
            span: Span::new(start, at),
            kind,
            space_before,
            newlines_before: newlines,
        });
        space_before = false;
        newlines = 0;
    }
    tokens
}

/// End of a word whose first letter ends at `at`: letters and digits, marks,
/// inner apostrophes (but not a possessive 's).
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        if bytes[at].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let (d, len) = char_at(text, at);
        if d.is_alphanumeric() || is_mark(d) {
            at += len;
        } else if is_apostrophe(d) && !possessive_follows(text, at) {
            // Keep the apostrophe only when a letter follows ("don't", "O'Brien").
            let after = at + len;
            if after < bytes.len() && char_at(text, after).0.is_alphabetic() {
                at = after;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    at
}

/// End of a number whose first digit ends at `at`: digits and letters, with
/// inner `.`, `,`, `:` before a digit.
fn number_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let (d, len) = char_at(text, at);
        if d.is_alphanumeric() {
            at += len;
        } else if matches!(d, '.' | ',' | ':') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)
        {
            at += 1;
        } else {
            break;
        }
    }
    at
}

/// Combining marks continue a word ("e" + U+0301).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D)
}

/// True when `text[at..]` starts with `'s` / `’s` not followed by a letter.
fn possessive_follows(text: &str, at: usize) -> bool {
    let mut rest = slice(text, at..).chars();
    match rest.next() {
        Some(a) if is_apostrophe(a) => {}
        _ => return false,
    }
    matches!(rest.next(), Some('s') | Some('S'))
        && !rest.next().is_some_and(|n| n.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn possessive_is_split_off() {
        assert_eq!(words("Japan's claim"), ["Japan", "'s", "claim"]);
        assert_eq!(words("Japan’s claim"), ["Japan", "’s", "claim"]);
    }

    #[test]
    fn inner_apostrophes_stay_in_the_word() {
        assert_eq!(words("O'Brien don't"), ["O'Brien", "don't"]);
    }

    #[test]
    fn abbreviations_are_letters_and_dots() {
        assert_eq!(words("U.S.-bound"), ["U", ".", "S", ".", "-", "bound"]);
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(
            words("2,000 and 3.5% in 1990s."),
            ["2,000", "and", "3.5", "%", "in", "1990s", "."]
        );
    }

    #[test]
    fn quotes_are_tokens_with_spacing() {
        let text = "He said: \"No.\"\n\n“Yes”";
        let toks = tokenize(text);
        let quotes: Vec<_> = toks.iter().filter(|t| t.kind == TokenKind::Quote).collect();
        assert_eq!(quotes.len(), 4);
        let yes = toks.iter().find(|t| t.text(text) == "“").unwrap();
        assert_eq!(yes.newlines_before, 2);
    }

    #[test]
    fn emoji_and_marks_do_not_break_spans() {
        let text = "Cafe\u{301} 🎉 Côte";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        assert_eq!(words(text), ["Cafe\u{301}", "🎉", "Côte"]);
    }

    #[test]
    fn format_characters_space_like_whitespace() {
        // An embedding mark before a paragraph's opening quote, a zero-width
        // space between words, a byte-order mark at the start.
        let text = "\u{FEFF}Ann said.\n\n\u{202A}\u{201D}Sorry,\u{201D} Ola\u{200B}Berg posted.";
        assert_eq!(
            words(text),
            [
                "Ann", "said", ".", "\u{201D}", "Sorry", ",", "\u{201D}", "Ola", "Berg", "posted",
                "."
            ]
        );
        let toks = tokenize(text);
        let mark = toks.iter().find(|t| t.kind == TokenKind::Quote).unwrap();
        assert_eq!(mark.newlines_before, 2);
        assert!(mark.space_before);
    }
}
