//! The native benchmark: throughput, 2 KB latency, per-pass cost and
//! linearity of `newsmark::annotate`. Prints tab-separated table rows
//! (measure, value, target, verdict) for bench/run.sh.
//!
//!   newsmark-bench [--write-corpus DIR] [FILE.jsonl ...]
//!
//! With JSONL files, their `"text"` fields are the corpus; otherwise the
//! articles in bench/corpus/. `--write-corpus` also writes the texts the
//! wasm benchmark reads (articles.json, article-2k.txt, base.txt).
//! BENCH_QUICK=1 shrinks every size (a smoke run).
mod clock;
mod corpus;
mod passes;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

struct Sizes {
    corpus: usize,
    linear_base: usize,
    min_time: Duration,
}

fn sizes() -> Sizes {
    if std::env::var_os("BENCH_QUICK").is_some() {
        Sizes {
            corpus: 1 << 20,
            linear_base: 200_000,
            min_time: Duration::from_millis(200),
        }
    } else {
        Sizes {
            corpus: 8 << 20,
            linear_base: 2_000_000,
            min_time: Duration::from_millis(1500),
        }
    }
}

fn row(measure: &str, value: String, target: &str, verdict: &str) {
    println!("{measure}\t{value}\t{target}\t{verdict}");
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "MISSED"
    }
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / 1e6 / time.as_secs_f64()
}

/// Runs `f` over every article, in rounds, until `min_time` has passed; MB/s.
fn throughput(articles: &[String], min_time: Duration, mut f: impl FnMut(&str)) -> f64 {
    let bytes: usize = articles.iter().map(String::len).sum();
    for a in articles.iter().take(50) {
        f(a); // warm-up: lazy automata, caches
    }
    let start = clock::now();
    let mut rounds = 0;
    while rounds == 0 || clock::now() - start < min_time {
        for a in articles {
            f(a);
        }
        rounds += 1;
    }
    mb_per_s(bytes * rounds, clock::now() - start)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time_once(f: impl FnOnce()) -> Duration {
    clock::time(f)
}

fn main() {
    let mut jsonl = Vec::new();
    let mut write_to: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--write-corpus" {
            write_to = Some(args.next().expect("--write-corpus DIR").into());
        } else {
            jsonl.push(arg);
        }
    }
    let sizes = sizes();
    let source = if jsonl.is_empty() {
        corpus::articles_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus"))
    } else {
        corpus::articles_from_jsonl(&jsonl)
    };
    let articles = corpus::repeated(&source, sizes.corpus);
    let article_2k = corpus::article_of(&source, 2048);
    let base = corpus::joined(&source, sizes.linear_base);
    if let Some(dir) = &write_to {
        std::fs::create_dir_all(dir).expect("create the corpus directory");
        let json = serde_json::to_string(&articles).expect("articles as JSON");
        std::fs::write(dir.join("articles.json"), json).expect("write articles.json");
        std::fs::write(dir.join("article-2k.txt"), &article_2k).expect("write article-2k.txt");
        std::fs::write(dir.join("base.txt"), &base).expect("write base.txt");
    }
    let corpus_bytes: usize = articles.iter().map(String::len).sum();
    let described = if jsonl.is_empty() {
        "bench/corpus".to_string()
    } else {
        jsonl.join(" ")
    };
    row(
        "corpus",
        format!(
            "{} articles, {:.1} MB ({described})",
            articles.len(),
            corpus_bytes as f64 / 1e6
        ),
        "",
        "",
    );
    row(
        "clock",
        format!(
            "CPU time of the benchmark thread, less {:.2} µs per clock reading (MB = 10^6 bytes of UTF-8)",
            clock::overhead().as_secs_f64() * 1e6
        ),
        "",
        "",
    );

    let native = throughput(&articles, sizes.min_time, |a| {
        black_box(newsmark::annotate(a));
    });
    row(
        "native: annotate throughput",
        format!("{native:.1} MB/s"),
        ">= 60 MB/s",
        verdict(native >= 60.0),
    );
    let cli = throughput(&articles, sizes.min_time, |a| {
        black_box(serde_json::to_string(&newsmark::annotate(a)).expect("JSON"));
    });
    row(
        "native: annotate + JSON text (CLI path)",
        format!("{cli:.1} MB/s"),
        "",
        "",
    );

    for _ in 0..2000 {
        black_box(newsmark::annotate(&article_2k));
    }
    let samples: Vec<Duration> = (0..5000)
        .map(|_| time_once(|| drop(black_box(newsmark::annotate(&article_2k)))))
        .collect();
    let latency = median(samples);
    row(
        "native: 2 KB article, median latency",
        format!("{:.1} µs", latency.as_secs_f64() * 1e6),
        "",
        "",
    );

    per_pass(&articles);
    linearity(&base);
}

/// Time spent in each pass over the corpus, and in assembling the result.
fn per_pass(articles: &[String]) {
    let bytes: usize = articles.iter().map(String::len).sum();
    // The least of three rounds for each figure: assemble is a small
    // difference of two large sums, which noise would swamp.
    let mut find = Duration::MAX;
    let mut whole = Duration::MAX;
    let mut spent = vec![Duration::MAX; passes::PASSES.len()];
    for _ in 0..3 {
        let (mut f, mut w) = (Duration::ZERO, Duration::ZERO);
        let mut s = vec![Duration::ZERO; passes::PASSES.len()];
        for a in articles {
            f += time_once(|| drop(black_box(newsmark::find_mentions(a))));
            w += time_once(|| drop(black_box(newsmark::annotate(a))));
            passes::run_passes(a, &mut s);
        }
        find = find.min(f);
        whole = whole.min(w);
        for (least, this) in spent.iter_mut().zip(s) {
            *least = (*least).min(this);
        }
    }
    let share = |d: Duration| {
        format!(
            "{:5.1}% of annotate ({:.0} MB/s alone)",
            100.0 * d.as_secs_f64() / whole.as_secs_f64(),
            mb_per_s(bytes, d)
        )
    };
    if passes::AVAILABLE {
        for (name, d) in passes::PASSES.iter().zip(&spent) {
            row(&format!("native pass: {name}"), share(*d), "", "");
        }
        // find_mentions less its passes: freeing the Doc and the passes' results.
        let passes: Duration = spent.iter().sum();
        row(
            "native pass: freeing the analysis and mentions",
            share(find.saturating_sub(passes)),
            "",
            "",
        );
    } else {
        row(
            "native pass: (per-pass timings)",
            "n/a: bench/native/src/passes.rs no longer matches the passes".into(),
            "",
            "",
        );
        row(
            "native pass: all passes (find_mentions)",
            share(find),
            "",
            "",
        );
    }
    row(
        "native pass: assemble (ids, UTF-16 offsets)",
        share(whole.saturating_sub(find)),
        "",
        "",
    );
}

/// One call on a text, then on the same text 10 times over: 10x the time ± 20%.
fn linearity(base: &str) {
    let big = base.repeat(10);
    // The least of `runs` calls, stopping after one that took over 5 s.
    let best = |text: &str, runs: usize| {
        let mut least = Duration::MAX;
        for _ in 0..runs {
            let t = time_once(|| drop(black_box(newsmark::annotate(text))));
            least = least.min(t);
            if t > Duration::from_secs(5) {
                break;
            }
        }
        least
    };
    let small = best(base, 5);
    let large = best(&big, 2);
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    row(
        &format!(
            "native: linearity {:.1} MB -> {:.0} MB",
            base.len() as f64 / 1e6,
            big.len() as f64 / 1e6
        ),
        format!(
            "x{ratio:.1} time ({:.0} ms -> {:.0} ms; {:.1} MB/s at {:.0} MB)",
            small.as_secs_f64() * 1e3,
            large.as_secs_f64() * 1e3,
            mb_per_s(big.len(), large),
            big.len() as f64 / 1e6
        ),
        "x10 ± 20%",
        verdict((8.0..=12.0).contains(&ratio)),
    );
    // Which pass grows faster than its input.
    let pass_times = |text: &str| {
        let mut spent = vec![Duration::ZERO; passes::PASSES.len()];
        passes::run_passes(text, &mut spent);
        let find = time_once(|| drop(black_box(newsmark::find_mentions(text))));
        let whole = time_once(|| drop(black_box(newsmark::annotate(text))));
        spent.push(whole.saturating_sub(find));
        spent
    };
    if passes::AVAILABLE {
        let (small, large) = (pass_times(base), pass_times(&big));
        let names = passes::PASSES.iter().copied().chain(["assemble"]);
        let ratios: Vec<String> = names
            .zip(small.iter().zip(&large))
            .map(|(name, (s, l))| {
                let name = name.split(' ').next().unwrap_or(name);
                format!("{name} x{:.1}", l.as_secs_f64() / s.as_secs_f64())
            })
            .collect();
        row(
            "native: linearity per pass",
            ratios.join(", "),
            "x10 each",
            "",
        );
    }
}
