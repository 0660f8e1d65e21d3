//! Per-pass cost. The one place of the benchmark that calls the passes
//! themselves: when their signatures change, update `run_passes` to mirror
//! `newsmark::find_mentions` (bench/run.sh falls back to a build without the
//! `passes` feature meanwhile, and prints the other figures).
use std::time::Duration;

pub const PASSES: &[&str] = &[
    "text analysis (tokens, sentences, quotes)",
    "countries",
    "attribution (quotes, reported speech, speakers)",
    "protests",
    "territorial claims",
];

/// Runs the passes as `find_mentions` does, adding each one's time to `spent`.
#[cfg(feature = "passes")]
pub fn run_passes(text: &str, spent: &mut [Duration]) {
    use crate::clock::{now, overhead, since};
    use newsmark::{attribution, countries, protests, territorial, text::Doc};
    overhead();
    let t = now();
    let doc = Doc::new(text);
    spent[0] += since(t);
    let t = now();
    let found = countries::find(&doc);
    spent[1] += since(t);
    let t = now();
    let (speakers, claims) = attribution::find(&doc, &found);
    spent[2] += since(t);
    let t = now();
    let protest = protests::find(&doc, &found, &speakers, &claims);
    spent[3] += since(t);
    let t = now();
    let territorial = territorial::find(&doc, &found);
    spent[4] += since(t);
    std::hint::black_box((claims, protest, territorial));
}

#[cfg(not(feature = "passes"))]
pub fn run_passes(_text: &str, _spent: &mut [Duration]) {}

pub const AVAILABLE: bool = cfg!(feature = "passes");
