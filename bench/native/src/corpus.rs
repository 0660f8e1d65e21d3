//! The benchmark's text: the hand-written articles in bench/corpus/ (or the
//! `"text"` of JSON Lines files given on the command line), varied and
//! repeated to the sizes the measurements need.
use std::path::Path;

/// Each copy of the articles swaps the states and capitals it names, so the
/// corpus does not repeat itself byte for byte.
const VARIANTS: &[&[(&str, &str)]] = &[
    &[],
    &[
        ("Japan", "France"),
        ("Tokyo", "Paris"),
        ("South Korea", "Germany"),
        ("Seoul", "Berlin"),
    ],
    &[
        ("Russia", "Turkey"),
        ("Moscow", "Ankara"),
        ("Kremlin", "Cankaya"),
        ("China", "Brazil"),
    ],
    &[
        ("Kenya", "Nigeria"),
        ("United States", "United Kingdom"),
        ("Beijing", "Brasilia"),
        ("Estonia", "Finland"),
    ],
];

pub fn articles_from_dir(dir: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

pub fn articles_from_jsonl(paths: &[String]) -> Vec<String> {
    let mut articles = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in source.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{path}: {e}"));
            if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
                articles.push(text.to_string());
            }
        }
    }
    articles
}

/// Articles, varied and repeated until they hold at least `bytes` bytes.
pub fn repeated(articles: &[String], bytes: usize) -> Vec<String> {
    assert!(!articles.is_empty(), "no article to benchmark");
    let mut out = Vec::new();
    let mut total = 0;
    for copy in 0.. {
        for article in articles {
            let mut text = article.clone();
            for (from, to) in VARIANTS[copy % VARIANTS.len()] {
                text = text.replace(from, to);
            }
            total += text.len();
            out.push(text);
            if total >= bytes {
                return out;
            }
        }
    }
    unreachable!()
}

/// One text of at least `bytes` bytes: articles separated by blank lines.
pub fn joined(articles: &[String], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 4096);
    for article in repeated(articles, bytes) {
        text.push_str(article.trim_end());
        text.push_str("\n\n");
        if text.len() >= bytes {
            break;
        }
    }
    text
}

/// A news article of exactly `bytes` bytes (or the nearest char boundary below):
/// the corpus's first paragraphs.
pub fn article_of(articles: &[String], bytes: usize) -> String {
    let text = joined(articles, bytes);
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}
