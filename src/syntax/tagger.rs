//! The part-of-speech tagger: a greedy left-to-right averaged perceptron
//! over word, affix, shape and neighbour features (the classic design of
//! Collins 2002, as in Honnibal's "A good POS tagger in about 200 lines").
//!
//! The model is `data/pos_tagger.txt`, written by
//! `cargo run --release --example train_tagger` from UD English EWT: one line
//! per kept feature, `KEY<TAB>WEIGHTS`, where KEY is the template letter and
//! its parts (joined by `|`, see `FEATURE_SEPARATOR`), and WEIGHTS a run of
//! tag letter (`a` = ADJ ... `q` = X, the order of `Pos::ALL`) and signed
//! integer weight, zero weights left out: `wthe\tf9h-1`. Lines
//! `=CLASS<TAB>word word ...` are the lexicon: the words seen often in
//! training with their ambiguity class (the tags they took, as tag letters),
//! which the features use in place of the words themselves (a small model).
use super::Pos;
use crate::lexicon::FastMap;
use std::ops::Range;
use std::sync::LazyLock;

/// Number of tags the model scores.
pub const TAGS: usize = Pos::ALL.len();

/// Joins the parts of a feature key (a byte no normalised word contains).
pub const FEATURE_SEPARATOR: char = '|';

/// Receives the features of one token: `template` names the feature's kind,
/// `parts` its value (hashed by the tagger, recorded as text by the trainer).
pub trait FeatureSink {
    fn add(&mut self, template: u8, parts: &[&str]);
}

/// The 64-bit FNV-1a hash of a feature key (template byte, then the parts
/// with the separator between them): the one key both trainer and tagger use.
pub fn feature_hash(template: u8, parts: &[&str]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME);
    };
    eat(template);
    for (k, part) in parts.iter().enumerate() {
        if k > 0 {
            eat(FEATURE_SEPARATOR as u8);
        }
        part.bytes().for_each(&mut eat);
    }
    h
}

/// The words of one sentence as the features see them: lowercased, digits
/// folded, typographic quotes made ASCII (`normalise`), with their shapes.
#[derive(Default)]
pub struct Sentence {
    buffer: String,
    words: Vec<Range<usize>>,
    shapes: Vec<&'static str>,
    /// Per word, its ambiguity class (the tags the lexicon allows it).
    classes: Vec<Range<usize>>,
    /// Per word: its class id (lexicon classes, then one per shape for words
    /// the lexicon lacks, then the edge), its shape id, its lexicon entry.
    class_ids: Vec<u16>,
    shape_ids: Vec<u8>,
    entries: Vec<Option<u32>>,
}

/// Word shapes, then the edges before and after the sentence.
const SHAPES: [&str; 7] = ["X", "A", "x", "0", ".", EDGE_BEFORE, EDGE_AFTER];
const SHAPE_BEFORE: u8 = 5;
const SHAPE_AFTER: u8 = 6;
/// Tag ids: the tags, then "none" before the sentence.
const TAG_IDS: usize = TAGS + 1;

impl Sentence {
    /// Fills the sentence from its words, replacing what it held.
    pub fn fill<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, lexicon: &Lexicon) {
        self.buffer.clear();
        self.words.clear();
        self.shapes.clear();
        self.classes.clear();
        self.class_ids.clear();
        self.shape_ids.clear();
        self.entries.clear();
        let known = lexicon.classes.len() as u16;
        for word in words {
            let start = self.buffer.len();
            normalise(word, &mut self.buffer);
            let end = self.buffer.len();
            self.words.push(start..end);
            let shape = shape(word);
            self.shapes.push(shape);
            let shape_id = SHAPES.iter().position(|&s| s == shape).unwrap_or(0) as u8;
            self.shape_ids.push(shape_id);
            let at = self.buffer.len();
            let entry = lexicon.entry(&self.buffer[start..end]);
            self.entries.push(entry.map(|(_, e)| e));
            match entry {
                Some((id, _)) => {
                    self.buffer.push_str(&lexicon.classes[usize::from(id)]);
                    self.class_ids.push(id);
                }
                None => {
                    self.buffer.push_str(unknown_class(shape));
                    self.class_ids.push(known + u16::from(shape_id));
                }
            }
            self.classes.push(at..self.buffer.len());
        }
    }

    /// The ambiguity class of word `i`; boundaries beyond either end.
    fn class(&self, i: isize) -> &str {
        match self.classes.get(i as usize) {
            Some(r) => &self.buffer[r.clone()],
            None => EDGE_AFTER,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The normalised word `i`; sentence boundaries beyond either end.
    fn word(&self, i: isize) -> &str {
        if i < 0 {
            "<s>"
        } else {
            match self.words.get(i as usize) {
                Some(r) => &self.buffer[r.clone()],
                None => "</s>",
            }
        }
    }

    /// Sends the features of word `i` to `sink`, given the tags already chosen
    /// for the two words before it (`None` before the sentence).
    pub fn features(
        &self,
        i: usize,
        prev: Option<Pos>,
        prev2: Option<Pos>,
        sink: &mut impl FeatureSink,
    ) {
        self.word_features(i, sink);
        self.context_features(i, prev, prev2, sink);
    }

    /// The features of the word itself (the same wherever it stands).
    fn word_features(&self, i: usize, sink: &mut impl FeatureSink) {
        let w = self.word(i as isize);
        sink.add(b'w', &[w]);
        sink.add(b'a', &[self.class(i as isize)]);
        sink.add(b's', &[suffix(w, 3)]);
        sink.add(b'z', &[suffix(w, 2)]);
        sink.add(b'y', &[suffix(w, 1)]);
    }

    /// The features of word `i` in its context: the tags before it, the
    /// classes and shapes around it, in groups of few variables each
    /// (`Tables` sums each group ahead for every value of its variables).
    fn context_features(
        &self,
        i: usize,
        prev: Option<Pos>,
        prev2: Option<Pos>,
        sink: &mut impl FeatureSink,
    ) {
        let at = i as isize;
        let a0 = self.class(at);
        let p1 = prev.map_or(EDGE_BEFORE, Pos::name);
        let p2 = prev2.map_or(EDGE_BEFORE, Pos::name);
        let shape = self.shapes[i];
        let next_shape = self.shapes.get(i + 1).copied().unwrap_or(EDGE_AFTER);
        let prev_shape = i.checked_sub(1).map_or(EDGE_BEFORE, |p| self.shapes[p]);
        tags_group(p1, p2, sink);
        tag_class_group(p1, a0, sink);
        class_pair_group(a0, self.class(at + 1), sink);
        next_class_group(self.class(at + 1), sink);
        second_class_group(self.class(at + 2), sink);
        shapes_group(prev_shape, shape, next_shape, sink);
        tag_shapes_group(p1, shape, next_shape, sink);
        class_shape_group(a0, shape, prev_shape, sink);
    }
}

/// The class of a word the lexicon lacks: "?" and its shape.
fn unknown_class(shape: &str) -> &'static str {
    match shape {
        "X" => "?X",
        "A" => "?A",
        "x" => "?x",
        "0" => "?0",
        _ => "?.",
    }
}

/// The value of a neighbour before or after the sentence.
const EDGE_BEFORE: &str = "<s>";
const EDGE_AFTER: &str = "</s>";

fn tags_group(p1: &str, p2: &str, sink: &mut impl FeatureSink) {
    sink.add(b'b', &[]);
    sink.add(b't', &[p1]);
    sink.add(b'T', &[p1, p2]);
}

fn tag_class_group(p1: &str, a0: &str, sink: &mut impl FeatureSink) {
    sink.add(b'A', &[p1, a0]);
}

fn class_pair_group(a0: &str, a1: &str, sink: &mut impl FeatureSink) {
    sink.add(b'N', &[a0, a1]);
}

fn next_class_group(a1: &str, sink: &mut impl FeatureSink) {
    sink.add(b'n', &[a1]);
}

fn second_class_group(a2: &str, sink: &mut impl FeatureSink) {
    sink.add(b'm', &[a2]);
}

fn shapes_group(prev_shape: &str, shape: &str, next_shape: &str, sink: &mut impl FeatureSink) {
    let first = if prev_shape == EDGE_BEFORE { "1" } else { "0" };
    sink.add(b'h', &[shape, first]);
    sink.add(b'H', &[shape, next_shape]);
    sink.add(b'C', &[prev_shape, shape, next_shape]);
}

fn tag_shapes_group(p1: &str, shape: &str, next_shape: &str, sink: &mut impl FeatureSink) {
    sink.add(b'P', &[p1, shape, next_shape]);
}

fn class_shape_group(a0: &str, shape: &str, prev_shape: &str, sink: &mut impl FeatureSink) {
    let first = if prev_shape == EDGE_BEFORE { "1" } else { "0" };
    sink.add(b'c', &[a0, shape, first]);
}

/// Lowercase, digits folded to `0`, curly quotes and apostrophes made ASCII,
/// the separator and `#` (a comment in data files) replaced.
pub fn normalise(word: &str, out: &mut String) {
    for c in word.chars() {
        let c = match c {
            '0'..='9' => '0',
            '‘' | '’' | '‚' | '‛' | '`' | '´' => '\'',
            '“' | '”' | '„' | '‟' | '«' | '»' => '"',
            '–' | '—' => '-',
            '|' | '#' => '$',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            c => {
                out.extend(c.to_lowercase());
                continue;
            }
        };
        out.push(c);
    }
}

/// The word's shape: `X` capitalised, `A` all capitals, `x` lower, `0` digit first, `.` other.
fn shape(word: &str) -> &'static str {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return ".";
    };
    if first.is_numeric() {
        "0"
    } else if first.is_uppercase() {
        if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) {
            "A"
        } else {
            "X"
        }
    } else if first.is_alphabetic() {
        "x"
    } else {
        "."
    }
}

/// The last `n` characters of `w` (all of it when shorter).
fn suffix(w: &str, n: usize) -> &str {
    match w.char_indices().rev().nth(n - 1) {
        Some((at, _)) => &w[at..],
        None => w,
    }
}

/// Per known word, its ambiguity class: the tags it took in training often
/// enough, as a sorted string of tag letters ("hp" = DET or PRON).
#[derive(Default)]
pub struct Lexicon {
    /// Per word (by `word_key`: no string compare, no pointer to follow), its
    /// class id and its index in `list`.
    /// (Both packed in one number, `class << 20 | index`: the model's one map type.)
    words: FastMap<u64, u32>,
    list: Vec<String>,
    pub classes: Vec<String>,
}

impl Lexicon {
    /// Adds `word` (normalised) with `class`.
    pub fn insert(&mut self, word: &str, class: &str) {
        let id = match self.classes.iter().position(|c| c == class) {
            Some(id) => id,
            None => {
                self.classes.push(class.to_string());
                self.classes.len() - 1
            }
        };
        let entry = (id as u32) << 20 | self.list.len() as u32;
        if self.words.insert(word_key(word), entry).is_none() {
            self.list.push(word.to_string());
        }
    }

    /// The class id and entry of normalised `word`, if known.
    pub fn entry(&self, word: &str) -> Option<(u16, u32)> {
        self.words
            .get(&word_key(word))
            .map(|&e| ((e >> 20) as u16, e & 0xF_FFFF))
    }
}

/// A word's key in the lexicon: its 64-bit hash (a collision among the few
/// thousand words would take luck of one in 10^15).
fn word_key(word: &str) -> u64 {
    feature_hash(b'=', &[word])
}

/// The compiled-in model: per feature hash, a row of weights by tag.
pub struct Model {
    pub lexicon: Lexicon,
    rows: FastMap<u64, u32>,
    weights: Vec<[i16; TAGS]>,
    tables: Tables,
}

/// Summed weights by tag (a word's features sum to a few hundred at most).
type Row = [i16; TAGS];

/// Each feature group summed ahead for every value of its variables (the
/// tagger then adds a few rows per word instead of hashing each feature).
#[derive(Default)]
struct Tables {
    /// Number of class ids: the lexicon's classes, one per shape, the edge.
    classes: usize,
    /// The word's own features, per lexicon entry.
    words: Vec<Row>,
    tags: Vec<Row>,
    tag_class: Vec<Row>,
    /// The pairs with any weight, sorted by key (most pairs have none).
    class_pair: Vec<(u32, Row)>,
    next_class: Vec<Row>,
    second_class: Vec<Row>,
    shapes: Vec<Row>,
    tag_shapes: Vec<Row>,
    class_shape: Vec<Row>,
}

impl Model {
    /// Reads the model's text (the format in this module's header).
    pub fn parse(source: &str) -> Model {
        let mut rows = FastMap::default();
        let mut weights = Vec::new();
        let mut lexicon = Lexicon::default();
        for line in source.lines() {
            let Some((key, values)) = line.split_once('\t') else {
                continue;
            };
            if let Some(class) = key.strip_prefix('=') {
                for word in values.split(' ') {
                    lexicon.insert(word, class);
                }
                continue;
            }
            let mut row = [0i16; TAGS];
            let mut tag = None;
            let mut number = String::new();
            let mut flush = |tag: Option<usize>, number: &mut String| {
                if let (Some(t), Ok(v)) = (tag, number.parse::<i16>()) {
                    row[t] = v;
                }
                number.clear();
            };
            for c in values.chars() {
                if c.is_ascii_lowercase() {
                    flush(tag, &mut number);
                    tag = Some(usize::from(c as u8 - b'a'));
                } else {
                    number.push(c);
                }
            }
            flush(tag, &mut number);
            let mut parts = key[1..].split(FEATURE_SEPARATOR);
            let template = key.as_bytes()[0];
            let parts: Vec<&str> = if key.len() == 1 {
                Vec::new()
            } else {
                parts.by_ref().collect()
            };
            rows.insert(feature_hash(template, &parts), weights.len() as u32);
            weights.push(row);
        }
        let mut model = Model {
            lexicon,
            rows,
            weights,
            tables: Tables::default(),
        };
        model.tables = model.sum_ahead();
        model
    }

    /// The group tables of `Tables`, from the feature weights.
    fn sum_ahead(&self) -> Tables {
        let sum = |group: &dyn Fn(&mut Scores)| {
            let mut scores = Scores::new(self);
            group(&mut scores);
            scores.sum.map(|s| s as i16)
        };
        let known = self.lexicon.classes.len();
        let class_names: Vec<&str> = (0..known)
            .map(|c| self.lexicon.classes[c].as_str())
            .chain(SHAPES[..5].iter().map(|&s| unknown_class(s)))
            .chain([EDGE_AFTER])
            .collect();
        let tag_names: Vec<&str> = Pos::ALL
            .iter()
            .map(|p| p.name())
            .chain([EDGE_BEFORE])
            .collect();
        let mut t = Tables {
            classes: class_names.len(),
            ..Tables::default()
        };
        let mut sentence = Sentence::default();
        for word in &self.lexicon.list {
            sentence.fill([word.as_str()], &self.lexicon);
            t.words.push(sum(&|s| sentence.word_features(0, s)));
        }
        for p1 in &tag_names {
            for p2 in &tag_names {
                t.tags.push(sum(&|s| tags_group(p1, p2, s)));
            }
            for a0 in &class_names {
                t.tag_class.push(sum(&|s| tag_class_group(p1, a0, s)));
            }
            for s0 in SHAPES {
                for s1 in SHAPES {
                    t.tag_shapes.push(sum(&|s| tag_shapes_group(p1, s0, s1, s)));
                }
            }
        }
        for (i, a0) in class_names.iter().enumerate() {
            for (j, a1) in class_names.iter().enumerate() {
                let row = sum(&|s| class_pair_group(a0, a1, s));
                if row != [0; TAGS] {
                    t.class_pair.push(((i * class_names.len() + j) as u32, row));
                }
            }
            t.next_class.push(sum(&|s| next_class_group(a0, s)));
            t.second_class.push(sum(&|s| second_class_group(a0, s)));
            for s0 in SHAPES {
                for before in SHAPES {
                    t.class_shape
                        .push(sum(&|s| class_shape_group(a0, s0, before, s)));
                }
            }
        }
        for sp in SHAPES {
            for s0 in SHAPES {
                for s1 in SHAPES {
                    t.shapes.push(sum(&|s| shapes_group(sp, s0, s1, s)));
                }
            }
        }
        t
    }

    /// The own features of word `i`, which the lexicon lacks (its affixes).
    fn unknown_word(&self, sentence: &Sentence, i: usize) -> Row {
        let mut scores = Scores::new(self);
        sentence.word_features(i, &mut scores);
        scores.sum.map(|s| s as i16)
    }

    /// The tags of the words in `sentence`, left to right.
    pub fn tag(&self, sentence: &Sentence, tags: &mut Vec<Pos>) {
        let t = &self.tables;
        let first = tags.len();
        let n = sentence.len();
        let class = |j: usize| {
            sentence
                .class_ids
                .get(j)
                .map_or(t.classes - 1, |&c| usize::from(c))
        };
        let shape =
            |j: usize| usize::from(sentence.shape_ids.get(j).copied().unwrap_or(SHAPE_AFTER));
        let shapes = SHAPES.len();
        for i in 0..n {
            let tag_id = |back: usize| {
                i.checked_sub(back)
                    .map_or(TAGS, |p| tags[first + p] as usize)
            };
            let (p1, p2) = (tag_id(1), tag_id(2));
            let (a0, a1, a2) = (class(i), class(i + 1), class(i + 2));
            let before = i.checked_sub(1).map_or(usize::from(SHAPE_BEFORE), shape);
            let (s0, s1) = (shape(i), shape(i + 1));
            let mut sum = match sentence.entries[i] {
                Some(e) => t.words[e as usize],
                None => self.unknown_word(sentence, i),
            };
            let mut add = |row: &Row| {
                for (s, w) in sum.iter_mut().zip(row) {
                    *s = s.wrapping_add(*w);
                }
            };
            add(&t.tags[p1 * TAG_IDS + p2]);
            add(&t.tag_class[p1 * t.classes + a0]);
            let pair = (a0 * t.classes + a1) as u32;
            if let Ok(at) = t.class_pair.binary_search_by_key(&pair, |&(k, _)| k) {
                add(&t.class_pair[at].1);
            }
            add(&t.next_class[a1]);
            add(&t.second_class[a2]);
            add(&t.shapes[(before * shapes + s0) * shapes + s1]);
            add(&t.tag_shapes[(p1 * shapes + s0) * shapes + s1]);
            add(&t.class_shape[(a0 * shapes + s0) * shapes + before]);
            tags.push(Pos::ALL[best(&sum)]);
        }
        name_runs(sentence, &mut tags[first..]);
    }
}

/// Names: in a run of two or more capitalised words holding a proper noun
/// ("Kennedy Space Center", "NASA Administrator Charles Bolden"), the common
/// nouns are part of the name (UD tags them PROPN; the greedy left-to-right
/// pass cannot see the proper noun that follows).
fn name_runs(sentence: &Sentence, tags: &mut [Pos]) {
    let capitalised = |i: usize| matches!(sentence.shapes[i], "X" | "A");
    let mut i = 0;
    while i < tags.len() {
        if !capitalised(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < tags.len()
            && capitalised(i)
            && matches!(tags[i], Pos::Propn | Pos::Noun | Pos::Adj)
        {
            i += 1;
        }
        let run = start..i.max(start + 1);
        i = run.end;
        let proper = tags[run.clone()]
            .iter()
            .filter(|&&t| t == Pos::Propn)
            .count();
        if run.len() >= 2 && proper >= 1 && !(start == 0 && proper == 0) {
            for t in &mut tags[run] {
                if RETAG.contains(t) {
                    *t = Pos::Propn;
                }
            }
        }
    }
}

const RETAG: &[Pos] = &[Pos::Noun];

/// The index of the highest score (the first on ties).
pub fn best<T: PartialOrd + Copy>(scores: &[T; TAGS]) -> usize {
    let mut top = 0;
    for t in 1..TAGS {
        if scores[t] > scores[top] {
            top = t;
        }
    }
    top
}

/// Adds the weights of each feature the model knows.
struct Scores<'m> {
    model: &'m Model,
    sum: [i32; TAGS],
}

impl<'m> Scores<'m> {
    fn new(model: &'m Model) -> Scores<'m> {
        Scores {
            model,
            sum: [0; TAGS],
        }
    }
}

impl FeatureSink for Scores<'_> {
    #[inline]
    fn add(&mut self, template: u8, parts: &[&str]) {
        if let Some(&row) = self.model.rows.get(&feature_hash(template, parts)) {
            for (s, w) in self.sum.iter_mut().zip(&self.model.weights[row as usize]) {
                *s += i32::from(*w);
            }
        }
    }
}

/// The shipped model, read on first use.
pub fn model() -> &'static Model {
    static MODEL: LazyLock<Model> =
        LazyLock::new(|| Model::parse(crate::data_file!("pos_tagger.txt")));
    &MODEL
}

/// The form the tagger sees for a token of the core's tokenizer, which keeps
/// clitics in the word where UD splits them: "don't" is tagged as "do",
/// "we'll" as "we" (the host's tag is the one attribution needs).
pub fn host_form(word: &str) -> &str {
    if !word.bytes().any(|b| b == b'\'' || b == 0x99) {
        return word; // no ' and no ’ (E2 80 99)
    }
    let lower_ends = |s: &str| {
        word.len() > s.len()
            && word.is_char_boundary(word.len() - s.len())
            && word[word.len() - s.len()..].eq_ignore_ascii_case(s)
    };
    for clitic in [
        "n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m", "'d", "’d",
    ] {
        if lower_ends(clitic) {
            return &word[..word.len() - clitic.len()];
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(words: &[&str]) -> Vec<&'static str> {
        let mut s = Sentence::default();
        s.fill(words.iter().map(|w| host_form(w)), &model().lexicon);
        let mut out = Vec::new();
        model().tag(&s, &mut out);
        out.into_iter().map(Pos::name).collect()
    }

    #[test]
    fn tags_a_plain_news_sentence() {
        assert_eq!(
            tags(&["Prices", "will", "fall", ",", "rice", "growers", "said", "."]),
            ["NOUN", "AUX", "VERB", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"]
        );
    }

    #[test]
    fn clitics_take_their_host_tag() {
        assert_eq!(host_form("don't"), "do");
        assert_eq!(host_form("We’ll"), "We");
        assert_eq!(host_form("O'Brien"), "O'Brien");
        assert_eq!(tags(&["They", "don't", "agree", "."])[1], "AUX");
    }

    #[test]
    fn normalises_case_digits_and_quotes() {
        let mut out = String::new();
        normalise("Ĳ1990’s“", &mut out);
        assert_eq!(out, "ĳ0000's\"");
    }

    #[test]
    fn affixes_count_characters() {
        assert_eq!(suffix("ending", 3), "ing");
        assert_eq!(suffix("go", 3), "go");
        assert_eq!(suffix("café", 2), "fé");
    }
}
