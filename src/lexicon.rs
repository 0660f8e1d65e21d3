//! Readers for the compiled-in lexicon files under `data/`.
//!
//! Every lexicon is a plain text file: one entry per line, `#` starts a
//! comment, blank lines are ignored, columns are separated by tabs.
use std::collections::HashSet;

/// The non-empty, non-comment lines of a lexicon file, trimmed.
pub fn lines(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// The tab-separated columns of each line, each trimmed.
pub fn rows(source: &str) -> impl Iterator<Item = Vec<&str>> {
    lines(source).map(|l| {
        l.split('\t')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect()
    })
}

/// A set of words compared without regard to ASCII case.
#[derive(Default)]
pub struct WordSet {
    /// Lower-cased words, as bytes: looked up without UTF-8 re-validation.
    words: HashSet<Box<[u8]>>,
}

impl WordSet {
    pub fn parse(source: &str) -> WordSet {
        WordSet {
            words: lines(source)
                .map(|w| w.to_ascii_lowercase().into_bytes().into_boxed_slice())
                .collect(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        // Lower-case into a stack buffer: no allocation per lookup.
        let mut buf = [0u8; 48];
        let bytes = word.as_bytes();
        if bytes.len() > buf.len() {
            return self.words.contains(word.to_ascii_lowercase().as_bytes());
        }
        for (b, w) in buf.iter_mut().zip(bytes) {
            *b = w.to_ascii_lowercase();
        }
        self.words.contains(&buf[..bytes.len()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let set = WordSet::parse("# heading\nMr\n\n  Gov  # governor\n");
        assert!(set.contains("mr") && set.contains("GOV"));
        assert!(!set.contains("heading"));
    }

    #[test]
    fn rows_split_on_tabs() {
        let rows: Vec<_> = rows("JP\tname\tJapan\n# x\nRU\tseat\tKremlin").collect();
        assert_eq!(
            rows,
            vec![vec!["JP", "name", "Japan"], vec!["RU", "seat", "Kremlin"]]
        );
    }
}
