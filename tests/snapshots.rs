//! Whole documents: each invented article of `bench/corpus/` and what
//! newsmark makes of it, kept in `tests/snapshots/` as the JSON of `annotate`
//! and the `--explain` lines (the rule behind each mark). A change in output
//! shows here as a diff to review; when it is meant, rewrite the snapshots
//! with `NEWSMARK_UPDATE_SNAPSHOTS=1 cargo test --test snapshots` and commit
//! them with the change.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn articles() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("bench/corpus"))
        .expect("bench/corpus")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no articles in bench/corpus");
    files
}

/// The `--explain` lines: id, kind, rule and text of each annotation.
fn explained(text: &str) -> String {
    let mut out = String::new();
    for (a, rule) in newsmark::explain(text) {
        let kind = serde_json::to_value(&a).unwrap()["kind"]
            .as_str()
            .unwrap()
            .to_string();
        writeln!(out, "{} {kind} [{rule}] {:?}", a.id, a.text).unwrap();
    }
    out
}

/// Compares `got` with the snapshot at `path` (or writes it when updating);
/// returns a message naming the first differing line.
fn check(path: &Path, got: &str) -> Option<String> {
    if std::env::var_os("NEWSMARK_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, got).unwrap();
        return None;
    }
    let want = std::fs::read_to_string(path).unwrap_or_default();
    if want == got {
        return None;
    }
    let line = want
        .lines()
        .zip(got.lines())
        .position(|(w, g)| w != g)
        .unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    Some(format!(
        "{} differs at line {}:\n  snapshot: {}\n  now:      {}",
        path.strip_prefix(root()).unwrap_or(path).display(),
        line + 1,
        want.lines().nth(line).unwrap_or("<end>"),
        got.lines().nth(line).unwrap_or("<end>"),
    ))
}

#[test]
fn every_article_gives_its_snapshot() {
    let dir = root().join("tests/snapshots");
    let mut failures = Vec::new();
    for article in articles() {
        let text = std::fs::read_to_string(&article).unwrap();
        let name = article.file_stem().unwrap().to_str().unwrap().to_string();
        let json = serde_json::to_string_pretty(&newsmark::annotate(&text)).unwrap() + "\n";
        failures.extend(check(&dir.join(format!("{name}.json")), &json));
        failures.extend(check(
            &dir.join(format!("{name}.explain")),
            &explained(&text),
        ));
    }
    assert!(
        failures.is_empty(),
        "{}\n\nIf the change is meant: NEWSMARK_UPDATE_SNAPSHOTS=1 cargo test --test snapshots, \
         then review and commit tests/snapshots/.",
        failures.join("\n")
    );
}
