//! The cost of the part-of-speech tags against `annotate`, over the "text"
//! of JSON arrays or JSONL files: `cargo run --release --example tag_timing
//! -- MODE FILE...`, MODE `annotate` (annotate each text, tags not asked) or
//! `tags` (the tags of each text's tokens and sentences, computed as
//! `Doc::pos` does), `cues` (the tags of the sentences holding a reporting
//! verb or noun only: what tagging on demand costs when attribution asks
//! about its cues' sentences), `fill` (the words of every sentence read as
//! the tagger reads them, not scored), or `read` (neither: what the others share), five
//! rounds each. Meant for `perf stat -e task-clock` (CPU time of this
//! process only: the machine is shared), less the `read` mode's, or for the
//! best round it prints.
mod common;

use newsmark::lexicon::class::attribution as words;
use newsmark::syntax::tagger::{host_form, Sentence};
use newsmark::text::{tag_sentences, Doc};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_default();
    let texts = common::read_texts(args);
    let docs: Vec<Doc> = texts.iter().map(|t| Doc::new(t)).collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();
    let cue_sentences: Vec<Vec<std::ops::Range<usize>>> = docs
        .iter()
        .map(|doc| {
            let cue = |i: usize| {
                [
                    words::VERB_CLAUSE,
                    words::VERB_OBJECT,
                    words::VERB_QUOTE,
                    words::VERB_THAT,
                    words::REPORTING_NOUN,
                ]
                .into_iter()
                .any(|class| doc.has(i, class))
            };
            let with_cue = doc.sentences.iter().filter(|s| (*s).clone().any(&cue));
            with_cue.cloned().collect()
        })
        .collect();
    let mut best = Duration::MAX;
    let mut sentence = Sentence::default();
    for _ in 0..5 {
        let t = Instant::now();
        for (doc, cue_sentences) in docs.iter().zip(&cue_sentences) {
            match mode.as_str() {
                "cues" => {
                    std::hint::black_box(tag_sentences(doc.text, &doc.tokens, cue_sentences));
                }
                "tags" => {
                    std::hint::black_box(tag_sentences(doc.text, &doc.tokens, &doc.sentences));
                }
                "fill" => {
                    // Reading the words only (normalise, hash, lexicon):
                    // what `tags` spends before scoring.
                    let lexicon = &newsmark::syntax::tagger::model().lexicon;
                    for range in &doc.sentences {
                        let tokens = &doc.tokens[range.clone()];
                        let words = tokens.iter().map(|t| host_form(t.text(doc.text)));
                        sentence.fill(words, lexicon);
                        std::hint::black_box(sentence.len());
                    }
                }
                "annotate" => {
                    std::hint::black_box(newsmark::annotate(doc.text));
                }
                _ => {} // reading only: what the other two modes share
            }
        }
        best = best.min(t.elapsed());
    }
    println!(
        "{mode}: {tokens} tokens, best round {:.2} ms, {:.0} ns a token",
        best.as_secs_f64() * 1e3,
        best.as_secs_f64() * 1e9 / tokens as f64
    );
}
