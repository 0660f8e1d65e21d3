//! The word classes of `data/protest_words.tsv` (adverbs, modifiers, light
//! verbs, and the context words of the look-alike rules), loaded once.
use crate::lexicon;
use crate::text::Doc;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

static CLASSES: LazyLock<HashMap<&'static str, HashSet<&'static str>>> = LazyLock::new(|| {
    let mut classes: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
    for row in lexicon::rows(include_str!("../../data/protest_words.tsv")) {
        assert!(
            row.len() == 2,
            "protest_words.tsv: want class<TAB>word, got {row:?}"
        );
        assert!(
            row[1].bytes().all(|b| !b.is_ascii_uppercase()),
            "protest_words.tsv: write {:?} in lower case",
            row[1]
        );
        classes.entry(row[0]).or_default().insert(row[1]);
    }
    classes
});

/// Panics on an unknown class name: a typo in code or data must not pass silently.
pub fn class(name: &str) -> &'static HashSet<&'static str> {
    CLASSES
        .get(name)
        .unwrap_or_else(|| panic!("protest_words.tsv has no class {name:?}"))
}

/// `word` (any case) belongs to class `name`.
pub fn has(name: &str, word: &str) -> bool {
    with_lowercase(word, |w| class(name).contains(w))
}

/// Token `i` exists and belongs to class `name`.
pub fn token_in(doc: &Doc, i: usize, name: &str) -> bool {
    i < doc.tokens.len() && has(name, doc.word(i))
}

/// Calls `f` with `word` in ASCII lower case, without allocating for short words.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 40];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return f(&word.to_ascii_lowercase());
    }
    for (b, w) in buf.iter_mut().zip(bytes) {
        *b = w.to_ascii_lowercase();
    }
    // ASCII lower-casing keeps UTF-8 valid.
    f(std::str::from_utf8(&buf[..bytes.len()]).unwrap_or(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_case_insensitive() {
        assert!(has("adv", "Strongly") && has("market", "DOLLAR"));
        assert!(!has("adv", "protest"));
    }

    #[test]
    #[should_panic(expected = "no class")]
    fn unknown_classes_are_refused() {
        has("no-such-class", "x");
    }
}
