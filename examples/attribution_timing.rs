//! Times `attribution::find` on a plain text file, once and repeated `k`
//! times (linearity check): `cargo run --release --example attribution_timing FILE [k]`.
use std::time::{Duration, Instant};

fn best_of<T>(rounds: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..rounds)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: attribution_timing FILE [k]");
    let k: usize = args.next().map_or(4, |s| s.parse().expect("k"));
    let one = std::fs::read_to_string(path).expect("readable text file");
    let many = vec![one.as_str(); k].join("\n\n");
    newsmark::annotate("warm up: Japan said no."); // builds the automata once
    for (label, text) in [("1x", one.as_str()), ("kx", many.as_str())] {
        let doc = newsmark::text::Doc::new(text);
        let countries = newsmark::countries::find(&doc);
        let attribution = best_of(7, || newsmark::attribution::find(&doc, &countries));
        let doc_new = best_of(7, || newsmark::text::Doc::new(text));
        let annotate = best_of(7, || newsmark::annotate(text));
        let mb = text.len() as f64 / 1e6;
        println!(
            "{label:>3} {mb:.2} MB: Doc::new {doc_new:?}, attribution::find {attribution:?}, annotate {annotate:?} ({:.1} MB/s)",
            mb / annotate.as_secs_f64()
        );
    }
}
