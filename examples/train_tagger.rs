//! Trains the part-of-speech tagger and writes the shipped model:
//!
//!     cargo run --release --example train_tagger -- \
//!         ../shared/data/ud/en_ewt-ud-train.conllu > data/pos_tagger.txt
//!
//! The lexicon holds the words worth their bytes (`pick_words`: frequent
//! ones, and those a model that does not know them gets wrong). Then an
//! averaged perceptron (greedy, left to right, predicted tags as context,
//! each lexicon word restricted to the tags of its class as in the tagger),
//! ITERATIONS passes over the sentences in a fixed pseudo-random order, so the
//! model is the same on every run. To keep the page small it is trained
//! three times: once with every feature; again with only the KEEP features
//! that mattered most (how often each fired times the spread of its
//! weights), since features dropped after training take away what the others
//! leaned on; and a third time with only the weights that round to MIN_WEIGHT
//! or more once scaled so that the largest is SCALE. The weights are written
//! as integers, zeros left out (SPARSE=0: no third training, the small
//! weights simply dropped). Each constant can be overridden by the
//! environment variable of its name (size experiments; the figures are in
//! docs/syntax.md; DROP=letters leaves out the features of those templates).
//! Measuring other designs (docs/syntax.md, "Other designs measured"):
//! EVAL=a.conllu,b.conllu prints the accuracy of the trained model on each
//! file before quantising (float weights, decoded as in training, with
//! `name_runs`); BEAM=4 trains a structured perceptron over a beam of 4
//! (early update) and decodes EVAL with it; EVAL_BEAM decodes with another
//! width; NO_RUNS=1 leaves `name_runs` out of EVAL. The shipped tagger
//! decodes greedily: BEAM=1 (the default) only.
//! The model is derived from UD English EWT (CC BY-SA 4.0).
use newsmark::syntax::tagger::{
    best, feature_key, normalise, FeatureSink, Lexicon, Part, Sentence, FEATURE_SEPARATOR, TAGS,
};
use newsmark::syntax::{conllu, Pos};
use std::collections::{HashMap, HashSet};

const ITERATIONS: usize = 8;
/// Hypotheses of the beam search in training and EVAL (1: greedy, as the
/// tagger decodes; BEAM=4 measures the structured perceptron of
/// docs/syntax.md, whose model the shipped greedy tagger does not decode).
const BEAM: usize = 1;
/// The lexicon holds the words seen PICK_HIGH times or more, and those seen
/// LEX_MIN times or more that a model not knowing them gets wrong PICK_VALUE
/// times or more (`pick_words`; PICK_VALUE=0: every word seen LEX_MIN times)...
const PICK_VALUE: usize = 1;
const PICK_HIGH: usize = 20;
/// (Training passes of the models that count those mistakes.)
const PICK_ITERATIONS: usize = 5;
const LEX_MIN: usize = 2;
/// ...each with its ambiguity class: the tags it took at least this share of
/// the time.
const LEX_SHARE: f64 = 0.05;
/// Words seen this often with one tag this share of the time are sure:
/// tagged from the lexicon, without scoring.
const SURE_MIN: usize = 20;
const SURE_SHARE: f64 = 0.98;
/// Classes (tag letters) left out of the lexicon.
const LEX_DROP: &str = "";
/// Features that test a word itself are kept when seen this often...
const WORD_MIN: u32 = 0;
/// ...and the others when seen this often...
const MIN_COUNT: u32 = 0;
/// ...and of those, the KEEP that matter most.
const KEEP: usize = 5000;
/// The largest weight, once scaled to integers.
const SCALE: f64 = 20.0;
/// Scaled weights smaller than this are left out (and the model trained
/// again without them).
const MIN_WEIGHT: i64 = 3;

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
    /// Per feature, the tags whose weights may change (bits; absent: all).
    masks: HashMap<u64, u32>,
}

/// Collects the hashes of a token's features (and their text, once).
struct Collect<'k> {
    /// Templates left out (DROP: an experiment's).
    dropped: &'k [u8],
    hashes: Vec<u64>,
    keys: Option<&'k mut HashMap<u64, String>>,
}

impl FeatureSink for Collect<'_> {
    fn add(&mut self, template: u8, parts: &[Part]) {
        if self.dropped.contains(&template) {
            return;
        }
        let h = feature_key(template, parts);
        self.hashes.push(h);
        if let Some(keys) = self.keys.as_deref_mut() {
            keys.entry(h).or_insert_with(|| {
                let mut key = String::from(template as char);
                let texts: Vec<&str> = parts.iter().map(|p| p.text).collect();
                key.push_str(&texts.join(&FEATURE_SEPARATOR.to_string()));
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
            let mask = self.masks.get(h).copied().unwrap_or(u32::MAX);
            for (t, delta) in [(truth, 1.0), (guess, -1.0)] {
                if mask & 1 << t == 0 {
                    continue;
                }
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
    let least = env_or("LEX_MIN", LEX_MIN);
    let share = env_or("LEX_SHARE", LEX_SHARE);
    let pick_value = env_or("PICK_VALUE", PICK_VALUE);
    let (lexicon, lexicon_lines) = if pick_value > 0 {
        let high = env_or("PICK_HIGH", PICK_HIGH);
        let picked = pick_words(&sentences, share, high, least, pick_value);
        build_lexicon(&sentences, &|w, _| picked.contains(w), share)
    } else {
        build_lexicon(&sentences, &|_, n| n >= least, share)
    };
    let mut keys: HashMap<u64, String> = HashMap::new();
    let beam = env_or("BEAM", BEAM);
    let mut model = train(&sentences, &lexicon, (iterations, beam), None, &mut keys);
    let keep = env_or("KEEP", KEEP);
    if keep < model.rows.len() || min_count > 0 {
        // Dropping features after training takes away what the others were
        // trained to lean on: train again with the kept features only.
        let kept: HashMap<u64, u32> = select(&model, &keys, keep, min_count)
            .into_iter()
            .map(|h| (h, u32::MAX))
            .collect();
        model = train(
            &sentences,
            &lexicon,
            (iterations, beam),
            Some(&kept),
            &mut keys,
        );
    }
    let mut min_weight = min_weight;
    if env_or("SPARSE", 1) == 1 && min_weight > 1 {
        // The same for the weights too small to keep: train again with the
        // others only, then keep every weight.
        let top = top_weight(&model);
        let masks: HashMap<u64, u32> = model
            .rows
            .iter()
            .map(|(h, row)| {
                let mask = (0..TAGS)
                    .filter(|&t| (row.weights[t] / top * scale).round().abs() >= min_weight as f64)
                    .fold(0u32, |m, t| m | 1 << t);
                (*h, mask)
            })
            .filter(|&(_, m)| m != 0)
            .collect();
        model = train(
            &sentences,
            &lexicon,
            (iterations, beam),
            Some(&masks),
            &mut keys,
        );
        min_weight = 1;
    }
    if let Ok(paths) = std::env::var("EVAL") {
        for path in paths.split(',') {
            evaluate(&model, &lexicon, path, env_or("EVAL_BEAM", beam));
        }
    }
    let top = top_weight(&model);
    let lines = quantise(&model, &keys, top, scale, min_weight);
    eprintln!("{} features kept of {}", lines.len(), model.rows.len());
    for line in lexicon_lines {
        println!("{line}");
    }
    for line in lines {
        println!("{line}");
    }
}

/// The largest weight (in absolute value).
fn top_weight(model: &Perceptron) -> f64 {
    model
        .rows
        .values()
        .flat_map(|r| r.weights.iter().map(|w| w.abs()))
        .fold(0.0, f64::max)
}

/// The model's lines: the weights of each feature scaled so that the
/// largest (`top`) is `scale`, those under `min_weight` left out.
fn quantise(
    model: &Perceptron,
    keys: &HashMap<u64, String>,
    top: f64,
    scale: f64,
    min_weight: i64,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut ranked: Vec<(&u64, &Row)> = model.rows.iter().collect();
    ranked.sort_by_key(|r| *r.0);
    for (h, row) in ranked {
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
    include: &dyn Fn(&str, usize) -> bool,
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
    let sure_min = env_or("SURE_MIN", SURE_MIN);
    let sure_share = env_or("SURE_SHARE", SURE_SHARE);
    let mut by_class: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (word, tags) in counts {
        let total: usize = tags.iter().sum();
        let top = (0..TAGS).max_by_key(|&t| tags[t]).unwrap_or(0);
        if word.contains(' ') || !include(&word, total) {
            continue;
        }
        let sure = total >= sure_min && tags[top] as f64 >= sure_share * total as f64;
        let class: String = if sure {
            format!("!{}", (b'a' + top as u8) as char)
        } else {
            (0..TAGS)
                .filter(|&t| tags[t] > 0 && tags[t] as f64 >= share * total as f64)
                .map(|t| (b'a' + t as u8) as char)
                .collect()
        };
        by_class.entry(class).or_default().push(word);
    }
    let mut lexicon = Lexicon::new();
    let mut lines = Vec::new();
    // Single-tag classes left out: their words are tagged from affixes and
    // context like unseen words (a smaller model, measured in docs/syntax.md).
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

/// Trains a perceptron on `sentences`, `iterations` passes; with `allowed`,
/// only those features are scored and learned. Returns it averaged.
fn train(
    sentences: &[Vec<conllu::Word>],
    lexicon: &Lexicon,
    (iterations, beam): (usize, usize),
    allowed: Option<&HashMap<u64, u32>>,
    keys: &mut HashMap<u64, String>,
) -> Perceptron {
    let mut model = Perceptron {
        masks: allowed.cloned().unwrap_or_default(),
        ..Perceptron::default()
    };
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut sentence = Sentence::default();
    for iteration in 0..iterations {
        let (mut correct, mut all) = (0usize, 0usize);
        for &s in &order {
            let words = &sentences[s];
            sentence.fill(words.iter().map(|w| w.form.as_str()), lexicon);
            let tags = if beam > 1 {
                beam_sentence(
                    &mut model,
                    &sentence,
                    Some(words),
                    (lexicon, allowed),
                    Some(&mut *keys),
                    beam,
                )
            } else {
                tag_sentence(
                    &mut model,
                    &sentence,
                    Some(words),
                    (lexicon, allowed),
                    Some(&mut *keys),
                )
            };
            all += words.len();
            correct += right_tags(words, &tags);
        }
        eprintln!(
            "iteration {}: {:.2}% right on the training data",
            iteration + 1,
            100.0 * correct as f64 / all as f64
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
    model
}

/// The words worth a place in the lexicon: those seen `high` times or more,
/// and those seen `least` times or more that the tagger gets wrong `value`
/// times or more when it does not know them. A word's mistakes are counted
/// on one half of the training data by a model trained on the other (where
/// only the words seen `high` times are known), and the other way round: on
/// the data it learnt from, a rare word is tagged right from its affixes.
fn pick_words(
    sentences: &[Vec<conllu::Word>],
    share: f64,
    high: usize,
    least: usize,
    value: usize,
) -> HashSet<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in sentences.iter().flatten() {
        let mut key = String::new();
        normalise(&w.form, &mut key);
        *counts.entry(key).or_default() += 1;
    }
    let (lexicon, _) = build_lexicon(sentences, &|_, n| n >= high, share);
    let halves: [Vec<Vec<conllu::Word>>; 2] = [0, 1].map(|half| {
        sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 2 == half)
            .map(|(_, s)| s.clone())
            .collect()
    });
    let mut mistakes: HashMap<String, usize> = HashMap::new();
    for half in 0..2 {
        let mut keys = HashMap::new();
        let mut model = train(
            &halves[half],
            &lexicon,
            (PICK_ITERATIONS, 1),
            None,
            &mut keys,
        );
        let mut sentence = Sentence::default();
        for words in &halves[1 - half] {
            sentence.fill(words.iter().map(|w| w.form.as_str()), &lexicon);
            let tags = tag_sentence(&mut model, &sentence, None, (&lexicon, None), None);
            for (w, t) in words.iter().zip(tags) {
                if w.pos != t {
                    let mut key = String::new();
                    normalise(&w.form, &mut key);
                    *mistakes.entry(key).or_default() += 1;
                }
            }
        }
    }
    counts
        .into_iter()
        .filter(|(w, n)| {
            *n >= high || (*n >= least && mistakes.get(w).copied().unwrap_or(0) >= value)
        })
        .map(|(w, _)| w)
        .collect()
}

/// The feature groups named in `DROP` (a tuning knob), read once.
fn dropped_features() -> &'static str {
    static DROPPED: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DROPPED.get_or_init(|| std::env::var("DROP").unwrap_or_default())
}

/// Tags a sentence with the model as it stands and, given its gold words,
/// learns from each mistake (recording the features' text in `keys`).
/// Returns the tags it chose.
fn tag_sentence(
    model: &mut Perceptron,
    sentence: &Sentence,
    gold: Option<&[conllu::Word]>,
    (lexicon, allowed): (&Lexicon, Option<&HashMap<u64, u32>>),
    mut keys: Option<&mut HashMap<u64, String>>,
) -> Vec<Pos> {
    let mut tags: Vec<Pos> = Vec::with_capacity(sentence.len());
    for i in 0..sentence.len() {
        if let Some(tag) = sentence.sure(i, lexicon) {
            tags.push(tag);
            continue;
        }
        let hashes = hashes_at(sentence, i, &tags, (lexicon, allowed), keys.as_deref_mut());
        let mut scores = model.scores(&hashes);
        let class = sentence.allowed(i, lexicon);
        newsmark::syntax::tagger::restrict(&mut scores, class, f64::NEG_INFINITY);
        let guess = best(&scores);
        if let Some(words) = gold {
            let truth = words[i].pos as usize;
            if class & 1 << truth != 0 {
                // A tag outside the word's class cannot be learnt.
                model.update(truth, guess, &hashes);
            }
        }
        tags.push(Pos::ALL[guess]);
    }
    tags
}

/// The `keep` most important features seen `min_count` times or more (words:
/// WORD_MIN): how often each fired in training times the spread of its weights.
fn select(
    model: &Perceptron,
    keys: &HashMap<u64, String>,
    keep: usize,
    min_count: u32,
) -> HashSet<u64> {
    let word_min = env_or("WORD_MIN", WORD_MIN);
    let mut ranked: Vec<(f64, u64)> = model
        .rows
        .iter()
        .filter(|(h, row)| {
            let template = keys[*h].as_bytes()[0];
            let least = if b"wWlrLR".contains(&template) {
                word_min.max(min_count)
            } else {
                min_count
            };
            row.count >= least
        })
        .map(|(h, row)| {
            let spread = row.weights.iter().fold(f64::MIN, |a, &b| a.max(b))
                - row.weights.iter().fold(f64::MAX, |a, &b| a.min(b));
            (f64::from(row.count) * spread, *h)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.into_iter().take(keep).map(|(_, h)| h).collect()
}

/// Accuracy of the (float) model on a CoNLL-U file, decoded as in training.
fn evaluate(model: &Perceptron, lexicon: &Lexicon, path: &str, beam: usize) {
    let source = std::fs::read_to_string(path).expect("readable CoNLL-U file");
    let mut model = Perceptron {
        rows: model.rows.clone(),
        ..Perceptron::default()
    };
    let (mut right, mut all) = (0usize, 0usize);
    let mut sentence = Sentence::default();
    for words in conllu::sentences(&source) {
        sentence.fill(words.iter().map(|w| w.form.as_str()), lexicon);
        let tags = if beam > 1 {
            beam_sentence(&mut model, &sentence, None, (lexicon, None), None, beam)
        } else {
            tag_sentence(&mut model, &sentence, None, (lexicon, None), None)
        };
        let mut tags = tags;
        if std::env::var("NO_RUNS").is_err() {
            newsmark::syntax::tagger::name_runs(&sentence, &mut tags);
        }
        all += words.len();
        right += right_tags(&words, &tags);
    }
    eprintln!("EVAL {path}: {:.2}%", 100.0 * right as f64 / all as f64);
}

/// How many of `tags` are the gold words' tags.
fn right_tags(words: &[conllu::Word], tags: &[Pos]) -> usize {
    words.iter().zip(tags).filter(|(w, t)| w.pos == **t).count()
}

/// The feature hashes of word `i` given the two tags before it.
fn hashes_at(
    sentence: &Sentence,
    i: usize,
    tags: &[Pos],
    (lexicon, allowed): (&Lexicon, Option<&HashMap<u64, u32>>),
    keys: Option<&mut HashMap<u64, String>>,
) -> Vec<u64> {
    let prev = i.checked_sub(1).map(|p| tags[p]);
    let prev2 = i.checked_sub(2).map(|p| tags[p]);
    let mut collect = Collect {
        dropped: dropped_features().as_bytes(),
        hashes: Vec::with_capacity(28),
        keys,
    };
    sentence.features(i, prev, prev2, lexicon, &mut collect);
    let mut hashes = collect.hashes;
    if let Some(allowed) = allowed {
        hashes.retain(|h| allowed.contains_key(h));
    }
    hashes
}

impl Perceptron {
    /// Adds `delta` to the weight of `tag` in each row (within its mask).
    fn bump(&mut self, hashes: &[u64], tag: usize, delta: f64) {
        for h in hashes {
            let mask = self.masks.get(h).copied().unwrap_or(u32::MAX);
            if mask & 1 << tag == 0 {
                continue;
            }
            let row = self.rows.entry(*h).or_default();
            row.totals[tag] += (self.step - row.stamps[tag]) as f64 * row.weights[tag];
            row.stamps[tag] = self.step;
            row.weights[tag] += delta;
        }
    }
}

/// Beam search over the tags of a sentence (`beam` hypotheses, each with the
/// tags it chose as context); given its gold words, learns as a structured
/// perceptron with early update (Collins and Roark 2004): when the gold
/// path falls out of the beam, or at the end when it is not the best.
/// Where the gold tag cannot be chosen (a sure word, a tag outside the
/// word's class) the gold path takes the model's best tag.
fn beam_sentence(
    model: &mut Perceptron,
    sentence: &Sentence,
    gold: Option<&[conllu::Word]>,
    (lexicon, allowed): (&Lexicon, Option<&HashMap<u64, u32>>),
    mut keys: Option<&mut HashMap<u64, String>>,
    beam: usize,
) -> Vec<Pos> {
    // (tags, score, on the gold path)
    let mut hyps: Vec<(Vec<Pos>, f64, bool)> = vec![(Vec::new(), 0.0, true)];
    let mut gold_tags: Vec<Pos> = Vec::new();
    let n = sentence.len();
    for i in 0..n {
        if let Some(tag) = sentence.sure(i, lexicon) {
            for h in &mut hyps {
                h.0.push(tag);
            }
            gold_tags.push(tag);
            continue;
        }
        let class = sentence.allowed(i, lexicon);
        if let Some(words) = gold {
            model.step += 1;
            let hashes = hashes_at(
                sentence,
                i,
                &gold_tags,
                (lexicon, allowed),
                keys.as_deref_mut(),
            );
            for h in &hashes {
                model.rows.entry(*h).or_default().count += 1;
            }
            let truth = words[i].pos as usize;
            let tag = if class & 1 << truth != 0 {
                truth
            } else {
                let mut scores = model.scores(&hashes);
                newsmark::syntax::tagger::restrict(&mut scores, class, f64::NEG_INFINITY);
                best(&scores)
            };
            gold_tags.push(Pos::ALL[tag]);
        }
        let mut candidates: Vec<(f64, usize, usize)> = Vec::with_capacity(hyps.len() * TAGS);
        for (k, h) in hyps.iter().enumerate() {
            let hashes = hashes_at(sentence, i, &h.0, (lexicon, allowed), None);
            let scores = model.scores(&hashes);
            for (t, score) in scores.iter().enumerate() {
                if class & 1 << t != 0 {
                    candidates.push((h.1 + score, k, t));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        candidates.truncate(beam);
        let next: Vec<(Vec<Pos>, f64, bool)> = candidates
            .iter()
            .map(|&(score, k, t)| {
                let mut tags = hyps[k].0.clone();
                tags.push(Pos::ALL[t]);
                let on_gold = hyps[k].2 && gold.is_some() && gold_tags[i] as usize == t;
                (tags, score, on_gold)
            })
            .collect();
        hyps = next;
        if gold.is_some() && !hyps.iter().any(|h| h.2) {
            update_paths(
                model,
                sentence,
                &gold_tags,
                &hyps[0].0,
                (lexicon, allowed),
                keys,
            );
            let mut out = hyps.swap_remove(0).0;
            out.extend((i + 1..n).map(|_| Pos::X));
            return out;
        }
    }
    let out = hyps.swap_remove(0);
    if gold.is_some() && !out.2 {
        update_paths(
            model,
            sentence,
            &gold_tags,
            &out.0,
            (lexicon, allowed),
            keys,
        );
    }
    out.0
}

/// The structured perceptron's update: the gold path's features up,
/// the guessed path's down, at each scored word where they differ.
fn update_paths(
    model: &mut Perceptron,
    sentence: &Sentence,
    gold: &[Pos],
    guess: &[Pos],
    (lexicon, allowed): (&Lexicon, Option<&HashMap<u64, u32>>),
    mut keys: Option<&mut HashMap<u64, String>>,
) {
    for j in 0..guess.len() {
        if sentence.sure(j, lexicon).is_some() {
            continue;
        }
        let same_context =
            (j < 1 || gold[j - 1] == guess[j - 1]) && (j < 2 || gold[j - 2] == guess[j - 2]);
        if gold[j] == guess[j] && same_context {
            continue;
        }
        let up = hashes_at(sentence, j, gold, (lexicon, allowed), None);
        model.bump(&up, gold[j] as usize, 1.0);
        let down = hashes_at(sentence, j, guess, (lexicon, allowed), keys.as_deref_mut());
        model.bump(&down, guess[j] as usize, -1.0);
    }
}
