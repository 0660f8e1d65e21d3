//! Annotates every "text" of JSON arrays or JSONL files in a loop, for profiling:
//! `cargo run --release --example annotate_loop -- SECONDS FILE...` (0 seconds: one round).
mod common;

use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(5.0);
    let texts = common::read_texts(args);
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = Instant::now();
    let mut rounds = 0usize;
    // At least one round: `0` seconds runs each text once (for instruction counts).
    loop {
        for t in &texts {
            std::hint::black_box(newsmark::annotate(t));
        }
        rounds += 1;
        if start.elapsed() >= Duration::from_secs_f64(seconds) {
            break;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} texts, {:.2} MB, {} rounds: {:.2} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        rounds,
        (bytes * rounds) as f64 / 1e6 / secs
    );
}
