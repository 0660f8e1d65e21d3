//! Reporting cues: the verbs and nouns that introduce what somebody said.
use crate::lexicon::WordSet;
use crate::text::{Doc, TokenKind};
use std::sync::LazyLock;

static REPORTING_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::parse(include_str!("../../data/reporting_verbs.txt")));

/// Token `i` is a reporting verb ("said", "told", "warns").
pub fn is_reporting_verb(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len()
        && doc.tokens[i].kind == TokenKind::Word
        && REPORTING_VERBS.contains(doc.word(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_are_cues() {
        let doc = Doc::new("said tells announced ate");
        let cues: Vec<bool> = (0..4).map(|i| is_reporting_verb(&doc, i)).collect();
        assert_eq!(cues, [true, true, true, false]);
    }
}
