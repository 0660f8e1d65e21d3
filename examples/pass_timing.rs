//! Times each pass of `find_mentions` over the "text" of JSON arrays or JSONL
//! files, best of five rounds (the machine is shared):
//! `cargo run --release --example pass_timing -- FILE...`.
mod common;

use newsmark::{attribution, countries, protests, territorial, text::Doc};
use std::time::{Duration, Instant};

fn main() {
    let texts = common::read_texts(std::env::args().skip(1));
    newsmark::annotate("warm up: Japan said \"no\".");
    let names = [
        "annotate (whole)",
        "text analysis",
        "countries",
        "attribution",
        "protests",
        "territorial",
        "drop",
        "find_mentions",
        "pos tags (in text)",
    ];
    let mut best = [Duration::MAX; 9];
    for _ in 0..5 {
        let mut spent = [Duration::ZERO; 9];
        for text in &texts {
            let t = Instant::now();
            let doc = Doc::new(text);
            spent[1] += t.elapsed();
            let t = Instant::now();
            std::hint::black_box(newsmark::text::tag_sentences(
                text,
                &doc.tokens,
                &doc.sentences,
            ));
            spent[8] += t.elapsed();
            let t = Instant::now();
            let found = countries::find(&doc);
            spent[2] += t.elapsed();
            let t = Instant::now();
            let (speakers, mut claims) = attribution::find(&doc, &found);
            spent[3] += t.elapsed();
            let t = Instant::now();
            let protests = protests::find(&doc, &found, &speakers, &claims);
            spent[4] += t.elapsed();
            let t = Instant::now();
            claims.extend(territorial::find(&doc, &found));
            spent[5] += t.elapsed();
            let mentions = newsmark::Mentions {
                countries: found,
                speakers,
                claims,
                protests,
            };
            let t = Instant::now();
            drop(doc);
            spent[6] += t.elapsed();
            drop(mentions);
            let t = Instant::now();
            std::hint::black_box(newsmark::find_mentions(text));
            spent[7] += t.elapsed();
            let t = Instant::now();
            std::hint::black_box(newsmark::annotate(text));
            spent[0] += t.elapsed();
        }
        for (b, s) in best.iter_mut().zip(spent) {
            *b = (*b).min(s);
        }
    }
    let assemble = best[0].saturating_sub(best[7]);
    let bytes: usize = texts.iter().map(String::len).sum();
    let rows = names
        .iter()
        .copied()
        .zip(best)
        .chain([("assemble (diff)", assemble)]);
    for (name, d) in rows {
        println!(
            "{name:<18} {:>9.2} ms {:>5.1}% {:>8.1} MB/s",
            d.as_secs_f64() * 1e3,
            100.0 * d.as_secs_f64() / best[0].as_secs_f64(),
            bytes as f64 / 1e6 / d.as_secs_f64()
        );
    }
}
