//! Country mentions: every way the text names a sovereign state.
//!
//! The gazetteer (`data/countries.tsv`) is compiled into one Aho–Corasick
//! automaton (ASCII case-insensitive, leftmost-longest), built once at first
//! use; one pass over the text finds every candidate, then small rules keep
//! the ones that name a state.
use crate::lexicon;
use crate::mentions::CountryMention;
use crate::model::{CountryForm, Span};
use crate::text::Doc;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

struct Entry {
    code: &'static str,
    form: CountryForm,
    surface: &'static str,
    /// Only the exact case matches, even in all-caps text ("US", not "us").
    exact: bool,
}

struct Gazetteer {
    entries: Vec<Entry>,
    automaton: AhoCorasick,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let entries: Vec<Entry> = lexicon::rows(include_str!("../data/countries.tsv"))
        .map(|row| Entry {
            code: row[0],
            form: parse_form(row[1]),
            surface: row[2],
            exact: row.get(3).is_some_and(|f| f.contains("exact")),
        })
        .collect();
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(entries.iter().map(|e| e.surface))
        .expect("the gazetteer compiles");
    Gazetteer { entries, automaton }
});

fn parse_form(form: &str) -> CountryForm {
    match form {
        "name" => CountryForm::Name,
        "demonym" => CountryForm::Demonym,
        "capital" => CountryForm::Capital,
        "seat" => CountryForm::Seat,
        other => panic!("countries.tsv: unknown form {other:?}"),
    }
}

/// The ISO code of a state named by `phrase` as a whole ("Japanese" → JP), if any.
pub fn code_of(phrase: &str) -> Option<&'static str> {
    let g = &*GAZETTEER;
    g.entries
        .iter()
        .find(|e| e.surface.eq_ignore_ascii_case(phrase))
        .map(|e| e.code)
}

/// Finds every country mention in the text.
pub fn find(doc: &Doc) -> Vec<CountryMention> {
    let g = &*GAZETTEER;
    let text = doc.text;
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for m in g.automaton.find_iter(text) {
        let entry = &g.entries[m.pattern().as_usize()];
        let span = Span::new(m.start(), m.end());
        if !on_word_boundaries(bytes, span) || !case_fits(entry, span.slice(text)) {
            continue;
        }
        if entry.form == CountryForm::Capital && !capital_stands_for_state(doc, span) {
            continue;
        }
        found.push(CountryMention {
            span,
            code: entry.code,
            form: entry.form,
        });
    }
    found
}

fn on_word_boundaries(bytes: &[u8], span: Span) -> bool {
    let before_ok = span.start == 0 || !is_word_byte(bytes[span.start - 1]);
    let after_ok =
        span.end == bytes.len() || !is_word_byte(bytes[span.end]) || bytes[span.end - 1] == b'.';
    before_ok && after_ok
}

/// ASCII letters, digits and any byte of a multi-byte character (letters in other scripts).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

fn case_fits(entry: &Entry, found: &str) -> bool {
    found == entry.surface || (!entry.exact && found == entry.surface.to_uppercase())
}

/// A capital names the state unless the text uses it as a place: after a
/// locative preposition ("in Seoul") or as a dateline at the start of a line.
fn capital_stands_for_state(doc: &Doc, span: Span) -> bool {
    let i = doc.token_at(span.start);
    if i >= doc.tokens.len() {
        return false;
    }
    if doc.tokens[i].newlines_before > 0 || i == 0 {
        return false;
    }
    let locative = [
        "in", "at", "near", "outside", "around", "across", "inside", "visited", "visit",
    ];
    !(i > 0 && locative.iter().any(|w| doc.is(i - 1, w)))
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
    fn longest_name_wins() {
        assert_eq!(
            codes("South Korean officials met Japan."),
            [("South Korean", "KR"), ("Japan", "JP")]
        );
    }

    #[test]
    fn whole_words_only() {
        assert!(codes("Chinatown and Frenchmen").is_empty());
    }

    #[test]
    fn exact_case_entries_do_not_match_pronouns() {
        assert_eq!(codes("Let us go to the US."), [("US", "US")]);
    }

    #[test]
    fn all_caps_headlines_match() {
        assert_eq!(codes("JAPAN PROTESTS"), [("JAPAN", "JP")]);
    }

    #[test]
    fn capitals_as_places_are_not_states() {
        assert_eq!(
            codes("Talks between Seoul and Tokyo. A rally in Seoul."),
            [("Seoul", "KR"), ("Tokyo", "JP")]
        );
    }
}
