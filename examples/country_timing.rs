//! Times `countries::find` against the whole of `annotate`, per article.
use std::time::{Duration, Instant};
fn main() {
    let mut texts = Vec::new();
    for path in std::env::args().skip(1) {
        for line in std::fs::read_to_string(path).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    newsmark::annotate("warm up Japan"); // builds the automata once
                                         // The best of five rounds: the machine is shared.
    let (mut best_total, mut best_countries) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        let (mut total, mut countries) = (Duration::ZERO, Duration::ZERO);
        for text in &texts {
            let t = Instant::now();
            std::hint::black_box(newsmark::annotate(text));
            total += t.elapsed();
            let doc = newsmark::text::Doc::new(text);
            let t = Instant::now();
            std::hint::black_box(newsmark::countries::find(&doc));
            countries += t.elapsed();
        }
        best_total = best_total.min(total);
        best_countries = best_countries.min(countries);
    }
    let (total, countries) = (best_total, best_countries);
    println!(
        "{} articles: annotate {:?}, countries::find {:?} ({:.1}%)",
        texts.len(),
        total,
        countries,
        100.0 * countries.as_secs_f64() / total.as_secs_f64()
    );
}
