//! Country mentions: every way the text names a sovereign state.
//!
//! The gazetteer (`data/countries*.tsv`) is one Aho–Corasick automaton
//! (leftmost-longest, case rules per entry), built once at first use; one
//! pass over the text finds every candidate, then small rules (`rules`) drop
//! the ones that name a person, a US state or a place.
mod cues;
mod dfa;
mod gazetteer;
mod rules;

use crate::mentions::CountryMention;
use crate::text::Doc;
use gazetteer::GAZETTEER;
use rules::Candidate;
use std::cell::OnceCell;
use std::ops::Range;

/// The ISO code of a state named by `phrase` as a whole ("Japanese" → JP,
/// "Kremlin" → RU), ignoring case; `None` for anything else.
pub fn code_of(phrase: &str) -> Option<&'static str> {
    GAZETTEER.lookup(phrase.trim()).map(|e| e.code)
}

/// The ISO code of the first state named inside tokens `range` of the doc
/// ("the Russian Foreign Ministry" → RU), without the context rules.
pub fn code_in(doc: &Doc, range: Range<usize>) -> Option<&'static str> {
    if range.is_empty() {
        return None;
    }
    let g = &*GAZETTEER;
    let text = doc.span_of(range).slice(doc.text);
    g.scan(text)
        .into_iter()
        .map(|h| &g.entries[h.entry])
        .find(|e| e.form.is_some())
        .map(|e| e.code)
}

/// The state whose country or capital is named at the very start of tokens
/// `range` ("Oslo's main square" → NO, "Norway" → NO), as a place: not a
/// demonym, a seat of government or a name that is also a US state
/// ("Georgia"). Capitals used as places are no country mentions, so the
/// protest roles ask here for where an act happens.
pub fn place_at(doc: &Doc, range: Range<usize>) -> Option<&'static str> {
    if range.is_empty() {
        return None;
    }
    let g = &*GAZETTEER;
    let text = doc.span_of(range).slice(doc.text);
    let hit = g.scan(text).into_iter().next()?;
    let entry = &g.entries[hit.entry];
    let place_form = matches!(
        entry.form,
        Some(crate::model::CountryForm::Name | crate::model::CountryForm::Capital)
    );
    (hit.span.start == 0 && place_form && !entry.us_state).then_some(entry.code)
}

/// The common English name of a state's code ("KR" → "South Korea").
pub fn name_of(code: &str) -> Option<&'static str> {
    GAZETTEER.name_of(code)
}

/// Finds every country mention in the text.
pub fn find(doc: &Doc) -> Vec<CountryMention> {
    let g = &*GAZETTEER;
    // Hits come in text order: one cursor walks the tokens beside them
    // (instead of two binary searches per hit).
    let mut tokens = TokenCursor::new(doc);
    let candidates: Vec<Candidate> = g
        .scan(doc.text)
        .into_iter()
        .filter(|h| g.entries[h.entry].form.is_some())
        .map(|h| {
            let first = tokens.first_at_or_after(h.span.start);
            let end = tokens.end_of(first, h.span.end);
            Candidate::with_tokens(h.span, &g.entries[h.entry], first..end)
        })
        // A hit must start a token: "e\u{301}Tokyo" is one word, not Tokyo.
        .filter(|c| {
            doc.tokens
                .get(c.first)
                .is_some_and(|t| t.span.start == c.span.start)
        })
        .collect();
    let leans_us = OnceCell::new();
    let leans_us = || *leans_us.get_or_init(|| rules::doc_leans_us(doc));
    // A name once used as a surname ("MaliVai Washington") is that person
    // all through the article ("Washington served").
    // At most one per `person` entry: the check below stays linear.
    let mut surnames: Vec<&str> = Vec::new();
    for c in candidates
        .iter()
        .filter(|c| rules::surname_of_person(doc, c))
    {
        if !surnames.contains(&c.entry.surface.as_str()) {
            surnames.push(&c.entry.surface);
        }
    }
    let keep: Vec<bool> = (0..candidates.len())
        .map(|i| {
            let c = &candidates[i];
            let found = c.span.slice(doc.text);
            let surname = surnames.iter().any(|s| s.eq_ignore_ascii_case(found))
                && !rules::among_states(doc, &candidates, i);
            !surname
                && !rules::currency_prefix(doc, c)
                && !rules::first_name_of_person(doc, c)
                && !rules::us_state(doc, c, leans_us)
                && !rules::capital_as_place(doc, c)
        })
        .collect();
    candidates
        .into_iter()
        .zip(keep)
        .filter(|(_, keep)| *keep)
        .map(|(c, _)| CountryMention {
            span: c.span,
            code: c.entry.code,
            form: c.entry.form.expect("states only"),
        })
        .collect()
}

/// Token lookups by byte offset for offsets that never decrease.
struct TokenCursor<'d, 't> {
    doc: &'d Doc<'t>,
    /// Every token before it starts before the last offset asked for.
    next: usize,
}

impl<'d, 't> TokenCursor<'d, 't> {
    fn new(doc: &'d Doc<'t>) -> Self {
        TokenCursor { doc, next: 0 }
    }

    /// `doc.token_at(at)`, for `at` no smaller than at the previous call.
    fn first_at_or_after(&mut self, at: usize) -> usize {
        let tokens = &self.doc.tokens;
        while self.next < tokens.len() && tokens[self.next].span.start < at {
            self.next += 1;
        }
        self.next
    }

    /// `doc.token_at(end)` for an `end` after token `from` starts.
    fn end_of(&self, from: usize, end: usize) -> usize {
        let tokens = &self.doc.tokens;
        let mut i = from;
        while i < tokens.len() && tokens[i].span.start < end {
            i += 1;
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(&str, &'static str)> {
        let doc = Doc::new(text);
        find(&doc)
            .into_iter()
            .map(|c| (c.span.slice(text), c.code))
            .collect()
    }

    #[test]
    fn token_cursor_agrees_with_token_at() {
        let doc = Doc::new("In  South Africa, Côte d’Ivoire's envoy met\n\nthe U.S. team.");
        let mut cursor = TokenCursor::new(&doc);
        for at in 0..=doc.text.len() {
            let first = cursor.first_at_or_after(at);
            assert_eq!(first, doc.token_at(at), "at byte {at}");
            for end in at..=doc.text.len() {
                assert_eq!(cursor.end_of(first, end), doc.token_at(end).max(first));
            }
        }
    }

    #[test]
    fn longest_name_wins() {
        assert_eq!(
            codes("South Korean officials met Japan."),
            [("South Korean", "KR"), ("Japan", "JP")]
        );
    }

    #[test]
    fn exact_case_entries_do_not_match_pronouns() {
        assert_eq!(codes("Let us go to the US."), [("US", "US")]);
    }

    #[test]
    fn a_surname_stays_a_person_through_the_article() {
        assert_eq!(
            codes("MaliVai Washington won. Later Washington served an ace. Jordan lost."),
            [("Jordan", "JO")]
        );
        assert_eq!(
            codes("INDIANS WIN\nThe Cleveland Indians won. The Indians led."),
            []
        );
    }

    #[test]
    fn capitals_count_only_as_the_state() {
        assert_eq!(
            codes("Talks between Seoul and Tokyo. A rally in Seoul."),
            [("Seoul", "KR"), ("Tokyo", "JP")]
        );
    }

    #[test]
    fn helpers_for_other_passes() {
        assert_eq!(code_of("Kremlin"), Some("RU"));
        assert_eq!(code_of("japanese"), Some("JP"));
        assert_eq!(code_of("Tokyo Stock"), None);
        assert_eq!(code_of("New Mexico"), None);
        assert_eq!(code_of("CÔTE D’IVOIRE"), Some("CI"));
        assert_eq!(code_of("DEMOCRATIC REPUBLIC OF THE CONGO"), Some("CD"));
        assert_eq!(code_of(&"Japan".repeat(20)), None);
        assert_eq!(name_of("KR"), Some("South Korea"));
        assert_eq!(name_of("US"), Some("United States"));
        assert_eq!(name_of("XX"), None);
        let doc = Doc::new("the Russian Foreign Ministry said");
        assert_eq!(code_in(&doc, 1..4), Some("RU"));
        assert_eq!(code_in(&doc, 2..4), None);
    }
}
