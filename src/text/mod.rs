//! Text structure shared by every pass: tokens, paragraphs, sentences and
//! paired quotation marks, computed once per call.
pub mod case;
pub mod offsets;
pub mod quotes;
pub mod sentences;
pub mod tokens;

use crate::lexicon::{self, Class, ClassSet, ClassTable};
use crate::model::Span;
use crate::syntax::{tagger, Pos};
pub use quotes::{Quote, NESTED_QUOTES_PASSED};
use std::cell::RefCell;
use std::ops::Range;
pub use tokens::{Token, TokenKind};

/// The analysed text: every pass reads this, none re-scans the raw text.
pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Token index ranges of paragraphs, in order.
    pub paragraphs: Vec<Range<usize>>,
    /// Token index ranges of sentences, in order; never cross a paragraph.
    pub sentences: Vec<Range<usize>>,
    /// Paired quotation marks, in order of their opening mark.
    pub quotes: Vec<Quote>,
    /// Per token, the id of its word in the class table (`lexicon::class_table`),
    /// 0 for none: each token is looked up once, rules test bits (`has`).
    class_ids: Vec<u16>,
    /// The class sets of the table, by id.
    class_sets: &'static [ClassSet],
    /// Per token, its part of speech (`syntax::tagger`), tagged a sentence at
    /// a time on the first question about one of its tokens: no pass of
    /// `annotate` reads the tags yet, so they cost nothing there (and the linker
    /// leaves the model out of the wasm) until one does, and then only the
    /// sentences it asks about.
    pub(crate) pos: RefCell<Tags>,
}

impl<'t> Doc<'t> {
    /// The analysed text, its words looked up in the compiled-in lexicon
    /// (`lexicon::class_table`).
    pub fn new(text: &'t str) -> Doc<'t> {
        Doc::with_lexicon(text, lexicon::class_table())
    }

    /// The analysed text, its words looked up in `table`.
    pub fn with_lexicon(text: &'t str, table: &'static ClassTable) -> Doc<'t> {
        let tokens = tokens::tokenize(text);
        let paragraphs = sentences::paragraphs(text, &tokens);
        let sentences = sentences::sentences(text, &tokens, &paragraphs);
        let quotes = quotes::pair_quotes(text, &tokens, &paragraphs);
        let class_ids = tokens
            .iter()
            .map(|t| table.id(&text.as_bytes()[t.span.start..t.span.end]))
            .collect();
        Doc {
            text,
            pos: RefCell::default(),
            tokens,
            paragraphs,
            sentences,
            quotes,
            class_ids,
            class_sets: table.sets(),
        }
    }

    /// The classes of token `i`'s word (none past the end).
    // Out of line in wasm, as `has` (below) is: -104 bytes gzipped.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn classes(&self, i: usize) -> ClassSet {
        self.class_ids
            .get(i)
            .map_or(ClassSet::EMPTY, |&id| self.class_sets[usize::from(id)])
    }

    /// Token `i` exists and its word (any case) is in `class`.
    // Inlined natively; out of line in wasm, where its copies at the ~500
    // places that test a class cost 7.5 KB gzipped of the size budget (the
    // engine's own inliner may still inline the call).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has(&self, i: usize, class: Class) -> bool {
        // `get` for the set too, though every id has one: an index here
        // would put a bounds check and its panic call in the function.
        self.class_ids
            .get(i)
            .and_then(|&id| self.class_sets.get(usize::from(id)))
            .is_some_and(|set| set.has(class))
    }

    /// Token `i` is in `class` and written without capitals: a case-sensitive
    /// test of a lower-case word list.
    // Out of line in wasm, as `has` is: its ~36 copies cost 637 bytes gzipped.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has_lowercase(&self, i: usize, class: Class) -> bool {
        self.has(i, class) && !self.word(i).bytes().any(|b| b.is_ascii_uppercase())
    }

    /// The index of the paragraph token `i` is in (`paragraphs.len()` past
    /// the last one).
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraphs.partition_point(|p| p.end <= i)
    }

    /// The part of speech of token `i` (`X` past the end), its sentence
    /// tagged on the first question about one of its tokens.
    pub fn pos(&self, i: usize) -> Pos {
        let mut tags = self.pos.borrow_mut();
        if let Some(&Some(tag)) = tags.tags.get(i) {
            return tag;
        }
        if i >= self.tokens.len() {
            return Pos::X;
        }
        tags.tag_sentence_of(i, self);
        tags.tags[i].unwrap_or(Pos::X)
    }

    /// The text of token `i`.
    // Inlined natively; not in wasm, where the copies at hundreds of call
    // sites would cost ~10 KB gzipped of the size budget.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn word(&self, i: usize) -> &'t str {
        self.tokens[i].span.slice(self.text)
    }

    /// Tests: the index of the first token that is exactly `word`.
    #[cfg(test)]
    pub(crate) fn first_token(&self, word: &str) -> usize {
        (0..self.tokens.len())
            .find(|&i| self.word(i) == word)
            .unwrap_or_else(|| panic!("no token {word:?}"))
    }

    /// The byte span covering tokens `range` (which must not be empty).
    pub fn span_of(&self, range: Range<usize>) -> Span {
        Span::new(
            self.tokens[range.start].span.start,
            self.tokens[range.end - 1].span.end,
        )
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= i)
    }

    /// Index of the first token whose span starts at or after byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// Token `i` equals `word`, ignoring ASCII case.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is(&self, i: usize, word: &str) -> bool {
        // Lengths first: most comparisons fail there, before any slicing (a hot path).
        self.tokens.get(i).is_some_and(|t| {
            t.span.len() == word.len()
                && self.text.as_bytes()[t.span.start..t.span.end]
                    .eq_ignore_ascii_case(word.as_bytes())
        })
    }

    /// Token `i` is the clitic "'s" as written in lower case, with a straight
    /// or a typographic apostrophe: a possessive ("Lund's") or a contracted
    /// "is" or "has" ("he's"); the callers tell which.
    pub fn is_clitic_s(&self, i: usize) -> bool {
        i < self.tokens.len() && matches!(self.word(i), "'s" | "’s")
    }

    /// Token `i` is a dash set off as a word ("the plan - saying", "TROMSO -"):
    /// an en or em dash, or a hyphen with a space before it (not "Ji-won").
    pub fn is_spaced_dash(&self, i: usize) -> bool {
        matches!(self.word(i), "–" | "—") || (self.word(i) == "-" && self.tokens[i].space_before)
    }

    /// The first quote (of `quotes`, in order of opening) opening at token
    /// `k` or after it: a binary search.
    pub fn quote_from(&self, k: usize) -> Option<&Quote> {
        self.quotes.get(self.quotes.partition_point(|q| q.open < k))
    }

    /// The first token of the quote mark ending right before token `i`:
    /// `i - 1`, or `i - 2` for a mark written as two glued apostrophes (`''`).
    pub fn mark_before(&self, i: usize) -> Option<usize> {
        let mark = i.checked_sub(1)?;
        if self.tokens.get(mark)?.kind != TokenKind::Quote {
            return None;
        }
        let doubled = mark > 0
            && self.tokens[mark - 1].kind == TokenKind::Quote
            && !self.tokens[mark].space_before;
        Some(mark - usize::from(doubled))
    }

    /// The comma written inside the closing quote mark right before token
    /// `i` (`the "Harbour Talk," said`, `''the high point,'' according`).
    pub fn comma_in_mark_before(&self, i: usize) -> Option<usize> {
        let comma = self.mark_before(i)?.checked_sub(1)?;
        (self.word(comma) == ",").then_some(comma)
    }

    /// Token `i` starts with an uppercase letter.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn is_capitalized(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        // ASCII without decoding a char (a hot path).
        match self.text.as_bytes().get(t.span.start) {
            Some(&b) if b.is_ascii() => !t.span.is_empty() && b.is_ascii_uppercase(),
            _ => self.word(i).chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// An "-ed" word of four letters or more: a past tense or participle by its
/// shape ("warned", "used"; not "red" or "led"). The case of the word and
/// its token kind are the caller's guard. The one test of this shape for
/// every pass (attribution's clauses and speakers, the protest roles).
pub fn looks_like_past(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed")
}

/// The tags of a document's tokens, as far as they were asked for.
#[derive(Default)]
pub(crate) struct Tags {
    /// Per token, its tag; `None` while its sentence is not tagged (empty
    /// before the first question).
    pub(crate) tags: Vec<Option<Pos>>,
    /// The tagger's reading of the words met so far (each written form is
    /// read once a document) and its scratch.
    sentence: tagger::Sentence,
    scratch: Vec<Pos>,
}

impl Tags {
    /// Tags the sentence holding token `i` (a token in none: `X`).
    fn tag_sentence_of(&mut self, i: usize, doc: &Doc) {
        if self.tags.is_empty() {
            self.tags = vec![None; doc.tokens.len()];
        }
        let range = doc
            .sentences
            .get(doc.sentence_of(i))
            .filter(|s| s.contains(&i))
            .cloned();
        let Some(range) = range else {
            self.tags[i] = Some(Pos::X);
            return;
        };
        self.scratch.clear();
        tag_sentence(
            doc.text,
            &doc.tokens[range.clone()],
            &mut self.sentence,
            &mut self.scratch,
        );
        for (slot, &tag) in self.tags[range].iter_mut().zip(&self.scratch) {
            *slot = Some(tag);
        }
    }
}

/// Appends the tags of one sentence's tokens to `tags` (the tagger's context
/// never crosses a sentence).
fn tag_sentence(
    text: &str,
    tokens: &[Token],
    sentence: &mut tagger::Sentence,
    tags: &mut Vec<Pos>,
) {
    let model = tagger::model();
    let words = tokens.iter().map(|t| tagger::host_form(t.text(text)));
    sentence.fill(words, &model.lexicon);
    model.tag(sentence, tags);
}

/// The part of speech of every token in `sentences` (others: `X`), what
/// `Doc::pos` gives once asked about each of them.
pub fn tag_sentences(text: &str, tokens: &[Token], sentences: &[Range<usize>]) -> Vec<Pos> {
    let mut tags = Vec::with_capacity(tokens.len());
    let mut sentence = tagger::Sentence::default();
    for range in sentences {
        tags.resize(range.start.max(tags.len()), Pos::X);
        tag_sentence(text, &tokens[range.clone()], &mut sentence, &mut tags);
    }
    tags.resize(tokens.len(), Pos::X);
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_marks_may_be_doubled_and_hold_a_comma() {
        let doc = Doc::new("The ''quay,'' said Ola \"Vik\" today");
        assert_eq!(doc.word(7), "said");
        assert_eq!(doc.mark_before(7), Some(5), "two apostrophes are one mark");
        assert_eq!(doc.comma_in_mark_before(7), Some(4));
        assert_eq!(doc.word(12), "today");
        assert_eq!(doc.mark_before(12), Some(11));
        assert_eq!(doc.comma_in_mark_before(12), None, "no comma inside");
        assert_eq!(doc.mark_before(8), None, "no mark before \"Ola\"");
        assert_eq!(doc.mark_before(0), None);
    }

    #[test]
    fn documents_take_the_lexicon_they_are_given() {
        let mut table = ClassTable::default();
        table.add("ferry", Class(3));
        let table: &'static ClassTable = Box::leak(Box::new(table));
        let doc = Doc::with_lexicon("The FERRY said so, and the ferry said it twice.", table);
        assert!(doc.has(1, Class(3)) && !doc.has(0, Class(3)));
        assert!(
            doc.classes(2).is_empty(),
            "\"said\" is in no class of this table"
        );
        assert!(Doc::new("said")
            .classes(0)
            .has(lexicon::class::attribution::VERB_CLAUSE));
        // Case-sensitive: "FERRY" is in the class, but not as written in lower case.
        assert!(!doc.has_lowercase(1, Class(3)) && doc.has_lowercase(7, Class(3)));
        assert!(!doc.has_lowercase(99, Class(3)));
    }
}
