//! Trains the part-of-speech tagger and writes the shipped model:
//!
//!     cargo run --release --example train_tagger -- \
//!         ../shared/data/ud/en_ewt-ud-train.conllu > data/pos_tagger.txt
//!
//! An averaged perceptron (greedy, left to right, predicted tags as context),
//! ITERATIONS passes over the sentences in a fixed pseudo-random order, so the
//! model is the same on every run. Then, to keep the page small, features
//! seen fewer than MIN_COUNT times are dropped, the averaged weights are
//! scaled to integers in -SCALE..=SCALE, and zero weights are left out.
//! Each constant can be overridden by the environment variable of its name
//! (size experiments; the figures behind the defaults are in docs/decisions.md).
//! The model is derived from UD English EWT (CC BY-SA 4.0).
use newsmark::syntax::tagger::{
    best, feature_hash, normalise, FeatureSink, Lexicon, Sentence, FEATURE_SEPARATOR, TAGS,
};
use newsmark::syntax::{conllu, Pos};
use std::collections::HashMap;

const ITERATIONS: usize = 8;
/// Words seen this often get an ambiguity class in the lexicon...
const LEX_MIN: usize = 5;
/// ...made of the tags they took at least this share of the time.
const LEX_SHARE: f64 = 0.05;
/// Classes (tag letters) left out of the lexicon.
const LEX_DROP: &str = "";
/// Features that test a word itself are kept when seen this often.
const WORD_MIN: u32 = 30;
const MIN_COUNT: u32 = 40;
const SCALE: f64 = 30.0;
/// Scaled weights smaller than this are left out.
const MIN_WEIGHT: i64 = 5;

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One feature's weights, with what averaging needs.
#[derive(Default, Clone)]
struct Row {
    weights: [f64; TAGS],
    totals: [f64; TAGS],
    stamps: [u64; TAGS],
    count: u32,
}

#[derive(Default)]
struct Perceptron {
    rows: HashMap<u64, Row>,
    step: u64,
}

/// Collects the hashes of a token's features (and their text, once).
struct Collect<'k> {
    hashes: Vec<u64>,
    keys: Option<&'k mut HashMap<u64, String>>,
}

impl FeatureSink for Collect<'_> {
    fn add(&mut self, template: u8, parts: &[&str]) {
        let h = feature_hash(template, parts);
        self.hashes.push(h);
        if let Some(keys) = self.keys.as_deref_mut() {
            keys.entry(h).or_insert_with(|| {
                let mut key = String::from(template as char);
                key.push_str(&parts.join(&FEATURE_SEPARATOR.to_string()));
                key
            });
        }
    }
}

impl Perceptron {
    fn scores(&self, hashes: &[u64]) -> [f64; TAGS] {
        let mut s = [0.0; TAGS];
        for h in hashes {
            if let Some(row) = self.rows.get(h) {
                for (sum, w) in s.iter_mut().zip(&row.weights) {
                    *sum += w;
                }
            }
        }
        s
    }

    fn update(&mut self, truth: usize, guess: usize, hashes: &[u64]) {
        self.step += 1;
        for h in hashes {
            let row = self.rows.entry(*h).or_default();
            row.count += 1;
            if truth == guess {
                continue;
            }
            for (t, delta) in [(truth, 1.0), (guess, -1.0)] {
                row.totals[t] += (self.step - row.stamps[t]) as f64 * row.weights[t];
                row.stamps[t] = self.step;
                row.weights[t] += delta;
            }
        }
    }

    fn average(&mut self) {
        for row in self.rows.values_mut() {
            for t in 0..TAGS {
                row.totals[t] += (self.step - row.stamps[t]) as f64 * row.weights[t];
                row.weights[t] = row.totals[t] / self.step as f64;
            }
        }
    }
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/ud/en_ewt-ud-train.conllu".to_string());
    let iterations = env_or("ITERATIONS", ITERATIONS);
    let min_count = env_or("MIN_COUNT", MIN_COUNT);
    let scale = env_or("SCALE", SCALE);
    let min_weight = env_or("MIN_WEIGHT", MIN_WEIGHT);
    let source = std::fs::read_to_string(&path).expect("readable CoNLL-U file");
    let sentences = conllu::sentences(&source);
    let (lexicon, lexicon_lines) = build_lexicon(
        &sentences,
        env_or("LEX_MIN", LEX_MIN),
        env_or("LEX_SHARE", LEX_SHARE),
    );
    let mut model = Perceptron::default();
    let mut keys: HashMap<u64, String> = HashMap::new();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut sentence = Sentence::default();
    for iteration in 0..iterations {
        let (mut right, mut all) = (0usize, 0usize);
        for &s in &order {
            let words = &sentences[s];
            sentence.fill(words.iter().map(|w| w.form.as_str()), &lexicon);
            let mut tags: Vec<Pos> = Vec::with_capacity(words.len());
            for (i, word) in words.iter().enumerate() {
                let prev = i.checked_sub(1).map(|p| tags[p]);
                let prev2 = i.checked_sub(2).map(|p| tags[p]);
                let mut collect = Collect {
                    hashes: Vec::with_capacity(20),
                    keys: Some(&mut keys),
                };
                sentence.features(i, prev, prev2, &mut collect);
                let collect = collect.hashes;
                let guess = best(&model.scores(&collect));
                let truth = word.pos as usize;
                model.update(truth, guess, &collect);
                right += usize::from(guess == truth);
                all += 1;
                tags.push(Pos::ALL[guess]);
            }
        }
        eprintln!(
            "iteration {}: {:.2}% right on the training data",
            iteration + 1,
            100.0 * right as f64 / all as f64
        );
        // Fisher-Yates with a xorshift generator: the same order on every run.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
    }
    model.average();
    let top = model
        .rows
        .values()
        .flat_map(|r| r.weights.iter().map(|w| w.abs()))
        .fold(0.0, f64::max);
    let lines = quantise(&model, &keys, top, min_count, scale, min_weight);
    eprintln!("{} features kept of {}", lines.len(), model.rows.len());
    for line in lexicon_lines {
        println!("{line}");
    }
    for line in lines {
        println!("{line}");
    }
}

/// The model's lines: features seen `min_count` times or more, weights scaled
/// so that the largest is `scale`, those under `min_weight` left out.
fn quantise(
    model: &Perceptron,
    keys: &HashMap<u64, String>,
    top: f64,
    min_count: u32,
    scale: f64,
    min_weight: i64,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let word_min = env_or("WORD_MIN", WORD_MIN);
    for (h, row) in &model.rows {
        let template = keys[h].as_bytes()[0];
        let least = if b"wWlx".contains(&template) {
            word_min.max(min_count)
        } else {
            min_count
        };
        if row.count < least {
            continue;
        }
        let mut values = String::new();
        for (t, w) in row.weights.iter().enumerate() {
            let q = (w / top * scale).round() as i64;
            if q.abs() >= min_weight {
                values.push((b'a' + t as u8) as char);
                values.push_str(&q.to_string());
            }
        }
        if !values.is_empty() {
            lines.push(format!("{}\t{values}", keys[h]));
        }
    }
    lines.sort();
    lines
}

/// The lexicon of ambiguity classes, and its lines in the model file
/// (`=CLASS<TAB>word word ...`, one line per class).
fn build_lexicon(
    sentences: &[Vec<conllu::Word>],
    least: usize,
    share: f64,
) -> (Lexicon, Vec<String>) {
    let mut counts: HashMap<String, [usize; TAGS]> = HashMap::new();
    for words in sentences {
        for w in words {
            let mut key = String::new();
            normalise(&w.form, &mut key);
            counts.entry(key).or_insert([0; TAGS])[w.pos as usize] += 1;
        }
    }
    let mut by_class: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (word, tags) in counts {
        let total: usize = tags.iter().sum();
        if total < least || word.contains(' ') {
            continue;
        }
        let class: String = (0..TAGS)
            .filter(|&t| tags[t] > 0 && tags[t] as f64 >= share * total as f64)
            .map(|t| (b'a' + t as u8) as char)
            .collect();
        by_class.entry(class).or_default().push(word);
    }
    let mut lexicon = Lexicon::default();
    let mut lines = Vec::new();
    // Single-tag classes left out: their words are tagged from affixes and
    // context like unseen words (a smaller model, measured in docs/decisions.md).
    let left_out = std::env::var("LEX_DROP").unwrap_or_else(|_| LEX_DROP.to_string());
    for (class, mut words) in by_class {
        if left_out.split(',').any(|c| c == class) {
            continue;
        }
        words.sort();
        for w in &words {
            lexicon.insert(w, &class);
        }
        lines.push(format!("={class}\t{}", words.join(" ")));
    }
    (lexicon, lines)
}
