//! The part-of-speech tagger: a greedy left-to-right averaged perceptron
//! over word, affix, shape and neighbour features (the classic design of
//! Collins 2002, as in Honnibal's "A good POS tagger in about 200 lines"),
//! with a tag dictionary: a word seen often in training with one tag only is
//! given that tag without scoring (fast, and nothing to store but the word).
//!
//! The model is `data/pos_tagger.txt`, written by
//! `cargo run --release --example train_tagger` from UD English EWT: one line
//! per kept feature, `KEY<TAB>WEIGHTS`, where KEY is the template letter and
//! its parts (joined by `|`, see `FEATURE_SEPARATOR`), and WEIGHTS a run of
//! tag letter (`a` = ADJ ... `q` = X, the order of `Pos::ALL`) and signed
//! integer weight, zero weights left out: `wthe\tf9h-1`. Lines
//! `=CLASS<TAB>word word ...` are the lexicon: the words seen often in
//! training with their ambiguity class (the tags they took, as tag letters;
//! `!f` marks a sure word: always DET).
use super::Pos;
use crate::lexicon::FastMap;
use crate::model::slice;
use crate::text::case;
use std::ops::Range;
use std::sync::LazyLock;

/// Number of tags the model scores.
pub const TAGS: usize = Pos::ALL.len();

/// Joins the parts of a feature key (a byte no normalised word contains).
pub const FEATURE_SEPARATOR: char = '|';

/// One part of a feature's value: its text and the text's id (`part_id`),
/// computed once per word so that a feature's key is a few multiplications.
#[derive(Clone, Copy)]
pub struct Part<'a> {
    pub id: u64,
    pub text: &'a str,
}

impl<'a> Part<'a> {
    pub fn new(text: &'a str) -> Part<'a> {
        Part {
            id: part_id(text),
            text,
        }
    }
}

/// Receives the features of one token: `template` names the feature's kind,
/// `parts` its value (keyed by the tagger, recorded as text by the trainer).
pub trait FeatureSink {
    fn add(&mut self, template: u8, parts: &[Part]);
}

/// The 64-bit FNV-1a hash of a part's text.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn part_id(text: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for b in text.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    h
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A feature's key: its template and the ids of its parts, mixed.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn feature_key(template: u8, parts: &[Part]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = (u64::from(template) + 1).wrapping_mul(SEED);
    for p in parts {
        h = (h.rotate_left(5) ^ p.id).wrapping_mul(SEED);
    }
    h
}

/// Word shapes: capitalised, all capitals, lower case, digit first, other.
const SHAPES: [&str; 5] = ["X", "A", "x", "0", "."];
/// The classes of words the lexicon lacks, by shape.
const UNKNOWN: [&str; 5] = ["?X", "?A", "?x", "?0", "?."];
/// Endings that give a lower-case unknown word a class of its own ("?x-ing",
/// after the shape classes; the first that fits): its neighbours see them
/// through the class features (+0.1 point on EWT test, +0.4 on GUM news).
const UNKNOWN_ENDINGS: [&str; 12] = [
    "tion", "ment", "able", "ing", "ous", "ive", "ity", "ed", "ly", "al", "er", "s",
];
/// The value of a neighbour before or after the sentence.
const EDGE_BEFORE: &str = "<s>";
const EDGE_AFTER: &str = "</s>";

/// The words of one sentence as the features see them: lowercased, digits
/// folded, typographic quotes made ASCII (`normalise`), with their shapes,
/// their lexicon entries and the ids of their parts.
#[derive(Default)]
pub struct Sentence {
    buffer: String,
    words: Vec<Range<usize>>,
    word_ids: Vec<u64>,
    shapes: Vec<u8>,
    /// Class index (see `Lexicon::class_names`) and lexicon entry.
    classes: Vec<u16>,
    entries: Vec<Option<u32>>,
    /// The tagger's scratch: each word's rows.
    word_rows: Vec<WordRows>,
    /// The rows of the unknown words met so far (by word and shape: their
    /// place in `unknown_rows`, five rows each): names recur in an article.
    unknown: FastMap<u64, u32>,
    unknown_rows: Vec<Row>,
}

impl Sentence {
    /// Fills the sentence from its words, replacing what it held.
    pub fn fill<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, lexicon: &Lexicon) {
        self.buffer.clear();
        self.words.clear();
        self.word_ids.clear();
        self.shapes.clear();
        self.classes.clear();
        self.entries.clear();
        for word in words {
            let start = self.buffer.len();
            let (id, shape) = if word.is_ascii() {
                // `normalise`, `part_id` and `shape` in one pass (most words).
                let mut h = FNV_OFFSET;
                let mut lower = false;
                for &b in word.as_bytes() {
                    lower |= b.is_ascii_lowercase();
                    let c = match b {
                        b'0'..=b'9' => b'0',
                        b'`' => b'\'',
                        b'|' | b'#' => b'$',
                        b => b.to_ascii_lowercase(),
                    };
                    h = (h ^ u64::from(c)).wrapping_mul(FNV_PRIME);
                    self.buffer.push(char::from(c));
                }
                (h, ascii_shape(word.as_bytes(), lower))
            } else {
                normalise(word, &mut self.buffer);
                (part_id(slice(&self.buffer, start..)), shape(word))
            };
            self.words.push(start..self.buffer.len());
            self.word_ids.push(id);
            self.shapes.push(shape);
            let entry = lexicon.words.get(&id).copied();
            self.entries.push(entry);
            self.classes.push(match entry {
                Some(e) => lexicon.entry_class[e as usize],
                None => lexicon.unknown_class(shape, slice(&self.buffer, start..)),
            });
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether the lexicon knows word `i`.
    pub fn is_known(&self, i: usize) -> bool {
        self.entries[i].is_some()
    }

    fn word(&self, i: usize) -> Part<'_> {
        Part {
            id: self.word_ids[i],
            text: slice(&self.buffer, self.words[i].clone()),
        }
    }

    /// The word at `i` counted from the sentence (negative: before it), if
    /// the lexicon knows it: only known words have features of their own
    /// (a rare word's would not be kept, and an unknown word costs a lookup less).
    fn known_word_at(&self, i: isize) -> Option<Part<'_>> {
        if i < 0 {
            Some(edge(EDGE_BEFORE))
        } else if (i as usize) < self.len() {
            self.entries[i as usize].map(|_| self.word(i as usize))
        } else {
            Some(edge(EDGE_AFTER))
        }
    }

    fn suffix_at(&self, i: isize, k: usize) -> Part<'_> {
        if i < 0 {
            edge(EDGE_BEFORE)
        } else if (i as usize) < self.len() {
            Part::new(suffix(
                slice(&self.buffer, self.words[i as usize].clone()),
                k,
            ))
        } else {
            edge(EDGE_AFTER)
        }
    }

    fn class_at<'l>(&self, i: isize, lexicon: &'l Lexicon) -> Part<'l> {
        if i < 0 {
            edge(EDGE_BEFORE)
        } else if (i as usize) < self.len() {
            lexicon.class(self.classes[i as usize])
        } else {
            edge(EDGE_AFTER)
        }
    }

    fn shape_at(&self, i: isize) -> Part<'static> {
        if i < 0 {
            edge(EDGE_BEFORE)
        } else if (i as usize) < self.len() {
            shape_part(self.shapes[i as usize])
        } else {
            edge(EDGE_AFTER)
        }
    }

    /// The tags word `i` may take (bits by tag index): its class's.
    pub fn allowed(&self, i: usize, lexicon: &Lexicon) -> u32 {
        allowed_tags(lexicon.masks[usize::from(self.classes[i])], self.shapes[i])
    }

    /// The tag the lexicon is sure of for word `i`, if any (sure words are
    /// not scored: `allowed` does not concern them).
    pub fn sure(&self, i: usize, lexicon: &Lexicon) -> Option<Pos> {
        lexicon.sure[usize::from(self.classes[i])]
    }

    /// Sends the features of word `i` to `sink`, given the tags already chosen
    /// for the two words before it (`None` before the sentence).
    pub fn features(
        &self,
        i: usize,
        prev: Option<Pos>,
        prev2: Option<Pos>,
        lexicon: &Lexicon,
        sink: &mut dyn FeatureSink,
    ) {
        self.word_features(i, lexicon, sink);
        self.context_features(i, prev, prev2, lexicon, sink);
    }

    /// The features of the word itself (the same wherever it stands).
    fn word_features(&self, i: usize, lexicon: &Lexicon, sink: &mut dyn FeatureSink) {
        let at = i as isize;
        sink.add(b'b', &[]);
        if let Some(w) = self.known_word_at(at) {
            sink.add(b'w', &[w]);
        }
        sink.add(b'a', &[self.class_at(at, lexicon)]);
        spelling_group(self.word(i).text, sink);
    }

    /// The features of word `i` in its context, in groups of few variables
    /// each (`Tables` sums each group ahead for every value of its variables).
    fn context_features(
        &self,
        i: usize,
        prev: Option<Pos>,
        prev2: Option<Pos>,
        lexicon: &Lexicon,
        sink: &mut dyn FeatureSink,
    ) {
        let at = i as isize;
        let p1 = tag_part(prev);
        let c0 = self.class_at(at, lexicon);
        let c1 = self.class_at(at + 1, lexicon);
        let s0 = self.shape_at(at);
        let sn = self.shape_at(at + 1);
        let first = first_part(i == 0);
        tags_group(p1, tag_part(prev2), sink);
        tag_class_group(p1, c0, sink);
        if let Some(w) = self.known_word_at(at) {
            tag_word_group(p1, w, sink);
            word_classes_group(w, c1, self.class_at(at + 2, lexicon), sink);
        }
        left_group(self.known_word_at(at - 1), self.suffix_at(at - 1, 3), sink);
        right_group(self.known_word_at(at + 1), self.suffix_at(at + 1, 3), sink);
        left2_group(self.known_word_at(at - 2), sink);
        right2_group(self.known_word_at(at + 2), sink);
        next_class_group(c1, sink);
        second_class_group(self.class_at(at + 2, lexicon), sink);
        class_pair_group(c0, c1, sink);
        shapes_group(self.shape_at(at - 1), s0, sn, first, sink);
        tag_shapes_group(p1, s0, sn, sink);
        class_shape_group(c0, s0, first, sink);
    }
}

/// The features of a word's spelling (normalised): its last one to four
/// letters, its first, a hyphen. (Also its fifth-last letter, its first two
/// and three, a digit: no better on EWT dev, docs/syntax.md.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn spelling_group(w: &str, sink: &mut dyn FeatureSink) {
    for k in 1..=4 {
        sink.add(b'0' + k as u8, &[Part::new(suffix(w, k))]);
    }
    sink.add(b'p', &[Part::new(prefix(w, 1))]);
    if w.len() > 1 && w.contains('-') {
        sink.add(b'y', &[]);
    }
}

fn first_part(first: bool) -> Part<'static> {
    Part::new(if first { "1" } else { "0" })
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn tags_group(p1: Part, p2: Part, sink: &mut dyn FeatureSink) {
    sink.add(b't', &[p1]);
    sink.add(b'T', &[p1, p2]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn tag_class_group(p1: Part, c0: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'A', &[p1, c0]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn tag_word_group(p1: Part, w0: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'W', &[p1, w0]);
}

/// A lexicon word with the classes of the two words after it: whether a
/// clause or a noun phrase follows sets "before", "since", "that" apart
/// (SCONJ or ADP, ADV or DET): +0.14 point on EWT dev, docs/syntax.md.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn word_classes_group(w0: Part, c1: Part, c2: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'V', &[w0, c1]);
    sink.add(b'U', &[w0, c2]);
}

/// The features a word gives the word after it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn left_group(w: Option<Part>, s3: Part, sink: &mut dyn FeatureSink) {
    if let Some(w) = w {
        sink.add(b'l', &[w]);
    }
    sink.add(b'e', &[s3]);
}

/// The features a word gives the word before it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn right_group(w: Option<Part>, s3: Part, sink: &mut dyn FeatureSink) {
    if let Some(w) = w {
        sink.add(b'r', &[w]);
    }
    sink.add(b'f', &[s3]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn left2_group(w: Option<Part>, sink: &mut dyn FeatureSink) {
    if let Some(w) = w {
        sink.add(b'L', &[w]);
    }
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn right2_group(w: Option<Part>, sink: &mut dyn FeatureSink) {
    if let Some(w) = w {
        sink.add(b'R', &[w]);
    }
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn next_class_group(c1: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'n', &[c1]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn second_class_group(c2: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'm', &[c2]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn class_pair_group(c0: Part, c1: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'N', &[c0, c1]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn shapes_group(sp: Part, s0: Part, sn: Part, first: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'h', &[s0, first]);
    sink.add(b'H', &[s0, sn]);
    sink.add(b'C', &[sp, s0, sn]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn tag_shapes_group(p1: Part, s0: Part, sn: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'P', &[p1, s0, sn]);
}

#[cfg_attr(target_arch = "wasm32", inline(never))]
fn class_shape_group(c0: Part, s0: Part, first: Part, sink: &mut dyn FeatureSink) {
    sink.add(b'c', &[c0, s0, first]);
}

fn edge(text: &'static str) -> Part<'static> {
    Part::new(text)
}

fn shape_part(shape: u8) -> Part<'static> {
    Part::new(SHAPES[usize::from(shape)])
}

fn tag_part(tag: Option<Pos>) -> Part<'static> {
    Part::new(tag.map_or(EDGE_BEFORE, Pos::name))
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
                case::push_lowercase(c, out);
                continue;
            }
        };
        out.push(c);
    }
}

/// `shape` of an ASCII word, given whether it holds a lower-case letter.
#[inline]
fn ascii_shape(word: &[u8], lower: bool) -> u8 {
    match word.first() {
        Some(b'0'..=b'9') => 3,
        Some(b'A'..=b'Z') if word.len() > 1 && !lower => 1,
        Some(b'A'..=b'Z') => 0,
        Some(b'a'..=b'z') => 2,
        _ => 4,
    }
}

/// The word's shape (index in `SHAPES`): capitalised, all capitals, lower,
/// digit first, other.
fn shape(word: &str) -> u8 {
    if let Some(&first) = word.as_bytes().first().filter(|b| b.is_ascii()) {
        return match first {
            b'0'..=b'9' => 3,
            b'A'..=b'Z' if word.len() > 1 && !word.bytes().any(|b| b.is_ascii_lowercase()) => {
                // All capitals, unless a non-ASCII lower-case letter follows.
                if word.is_ascii() || word.chars().all(|c| !c.is_lowercase()) {
                    1
                } else {
                    0
                }
            }
            b'A'..=b'Z' => 0,
            b'a'..=b'z' => 2,
            _ => 4,
        };
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return 4;
    };
    if first.is_numeric() {
        3
    } else if first.is_uppercase() {
        if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) {
            1
        } else {
            0
        }
    } else if first.is_alphabetic() {
        2
    } else {
        4
    }
}

/// The first `n` characters of `w` (all of it when shorter).
fn prefix(w: &str, n: usize) -> &str {
    match w.char_indices().nth(n) {
        Some((at, _)) => slice(w, ..at),
        None => w,
    }
}

/// The last `n` characters of `w` (all of it when shorter).
fn suffix(w: &str, n: usize) -> &str {
    match w.char_indices().rev().nth(n - 1) {
        Some((at, _)) => slice(w, at..),
        None => w,
    }
}

/// Per known word, its ambiguity class: the tags it took in training often
/// enough, as a sorted string of tag letters ("hp" = DET or PRON), `!` first
/// for a sure word (one tag, always).
#[derive(Default)]
pub struct Lexicon {
    /// Per word (by its id, `part_id`), its entry.
    words: FastMap<u64, u32>,
    /// Per entry, its word and class index.
    pub list: Vec<String>,
    entry_class: Vec<u16>,
    /// The classes: the lexicon's, then one per shape for unknown words.
    class_names: Vec<String>,
    class_ids: Vec<u64>,
    /// Per class, the tag of a sure class.
    sure: Vec<Option<Pos>>,
    /// Per class, the tags its words may take (bits by tag index).
    masks: Vec<u32>,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let mut lexicon = Lexicon::default();
        for name in UNKNOWN {
            lexicon.class_index(name);
        }
        for ending in UNKNOWN_ENDINGS {
            lexicon.class_index(&format!("?x-{ending}"));
        }
        lexicon
    }

    fn class_index(&mut self, class: &str) -> u16 {
        match self.class_names.iter().position(|c| c == class) {
            Some(id) => id as u16,
            None => {
                self.class_names.push(class.to_string());
                self.class_ids.push(part_id(class));
                let sure = class
                    .strip_prefix('!')
                    .and_then(|t| t.bytes().next())
                    .map(|t| Pos::ALL[usize::from(t - b'a')]);
                self.sure.push(sure);
                let mask = if class.starts_with('?') {
                    u32::MAX
                } else {
                    class
                        .bytes()
                        .filter(u8::is_ascii_lowercase)
                        .fold(0, |m, t| m | 1 << (t - b'a'))
                };
                self.masks.push(mask);
                (self.class_names.len() - 1) as u16
            }
        }
    }

    /// Adds `word` (normalised) with `class`.
    pub fn insert(&mut self, word: &str, class: &str) {
        let class = self.class_index(class);
        let entry = self.list.len() as u32;
        if self.words.insert(part_id(word), entry).is_none() {
            self.list.push(word.to_string());
            self.entry_class.push(class);
        }
    }

    fn unknown_class(&self, shape: u8, word: &str) -> u16 {
        if shape == 2 {
            if let Some(k) = UNKNOWN_ENDINGS.iter().position(|e| word.ends_with(e)) {
                return (UNKNOWN.len() + k) as u16;
            }
        }
        u16::from(shape)
    }

    fn class(&self, index: u16) -> Part<'_> {
        Part {
            id: self.class_ids[usize::from(index)],
            text: &self.class_names[usize::from(index)],
        }
    }

    /// The number of classes of unknown words (the first ones).
    fn unknowns(&self) -> usize {
        UNKNOWN.len() + UNKNOWN_ENDINGS.len()
    }

    /// The entry of normalised `word`, if known.
    pub fn entry(&self, word: &str) -> Option<u32> {
        self.words.get(&part_id(word)).copied()
    }
}

/// Summed weights by tag (a word's features sum to a few hundred at most).
type Row = [i16; TAGS];

/// The score of a tag outside the word's class (`restrict`) in the tables:
/// far below any sum of weights, far above the wrap of `i16`.
const OUTSIDE_CLASS: i16 = -10_000;

/// The compiled-in model: per feature key, a row of weights by tag.
pub struct Model {
    pub lexicon: Lexicon,
    rows: FastMap<u64, u32>,
    weights: Vec<[i16; TAGS]>,
    tables: Tables,
}

/// Shapes and the edges: before the sentence, after it.
const SHAPE_IDS: usize = SHAPES.len() + 2;
const SHAPE_BEFORE: usize = SHAPES.len();
const SHAPE_AFTER: usize = SHAPES.len() + 1;
/// Tags and "none" before the sentence.
const TAG_IDS: usize = TAGS + 1;

/// What a word gives the scores of itself and its neighbours (indices in
/// `Tables::rows`, 0 for none): its own features, then as the word before
/// the scored one, after it (with its class), two before, two after (with
/// its class).
type WordRows = [u32; 5];

/// Each feature group summed ahead for every value of its variables: the
/// tagger adds about twelve rows per word instead of hashing each feature.
#[derive(Default)]
struct Tables {
    /// Rows shared by the word tables; row 0 is all zeros.
    rows: Vec<Row>,
    /// Per lexicon entry, its rows, and (0 for none) 1 + its place in
    /// `tag_word_rows` when a feature of it with the tag before it is kept.
    entries: Vec<WordRows>,
    tag_word: Vec<u32>,
    /// Per word with such features, a row per tag before it.
    tag_word_rows: Vec<[Row; TAG_IDS]>,
    /// Per lexicon entry, whether it has features of the classes after it
    /// (`word_classes_group`: looked up as the word is scored).
    word_classes: Vec<bool>,
    /// Per class id, its part's id.
    class_ids: Vec<u64>,
    /// The rows of the edges, as a word before the sentence and after it.
    before: WordRows,
    after: WordRows,
    /// Number of class ids: the lexicon's classes, then the edge after.
    classes: usize,
    tags: Vec<Row>,
    tag_class: Vec<Row>,
    /// Per pair of classes, its row in `pair_rows` (most pairs have none:
    /// row 0, all zeros).
    class_pair: Vec<u16>,
    pair_rows: Vec<Row>,
    /// Per shape, the rows an unknown word of that shape gets from its
    /// class: its own, as the word after the scored one, two after.
    unknown: Vec<[Row; 3]>,
    shapes: Vec<Row>,
    tag_shapes: Vec<Row>,
    class_shape: Vec<Row>,
}

impl Model {
    /// Reads the model's text (the format in this module's header).
    pub fn parse(source: &str) -> Model {
        let mut rows = FastMap::default();
        let mut weights = Vec::new();
        let mut lexicon = Lexicon::new();
        // The words with features of the classes after them (`word_classes_group`).
        let mut with_classes: FastMap<u64, ()> = FastMap::default();
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
            let template = key.as_bytes()[0];
            let parts: Vec<Part> = if key.len() == 1 {
                Vec::new()
            } else {
                slice(key, 1..)
                    .split(FEATURE_SEPARATOR)
                    .map(Part::new)
                    .collect()
            };
            if matches!(template, b'V' | b'U') {
                with_classes.insert(parts[0].id, ());
            }
            rows.insert(feature_key(template, &parts), weights.len() as u32);
            weights.push(row);
        }
        let mut model = Model {
            lexicon,
            rows,
            weights,
            tables: Tables::default(),
        };
        model.tables = model.sum_ahead(&with_classes);
        model
    }

    /// The sum of the weights of the features `group` sends (one copy of
    /// it for every group: a generic one would cost the page kilobytes).
    fn sum(&self, group: &dyn Fn(&mut dyn FeatureSink)) -> Row {
        let mut scores = Scores::new(self);
        group(&mut scores);
        scores
            .sum
            .map(|s| s.clamp(i16::MIN.into(), i16::MAX.into()) as i16)
    }

    /// A word's rows (`WordRows`), added to `rows` (zero rows not stored).
    fn word_rows(
        &self,
        w: Option<Part>,
        s3: Part,
        own: Option<Row>,
        class: Part,
        rows: &mut Vec<Row>,
    ) -> WordRows {
        let found = [
            own.unwrap_or([0; TAGS]),
            self.sum(&|s| left_group(w, s3, s)),
            self.sum(&|s| {
                right_group(w, s3, s);
                next_class_group(class, s);
            }),
            self.sum(&|s| left2_group(w, s)),
            self.sum(&|s| {
                right2_group(w, s);
                second_class_group(class, s);
            }),
        ];
        found.map(|row| {
            if row == [0; TAGS] {
                0
            } else {
                rows.push(row);
                (rows.len() - 1) as u32
            }
        })
    }

    /// The group tables of `Tables`, from the feature weights.
    fn sum_ahead(&self, with_classes: &FastMap<u64, ()>) -> Tables {
        let lexicon = &self.lexicon;
        let known = lexicon.class_names.len();
        let class_parts: Vec<Part> = (0..known)
            .map(|c| lexicon.class(c as u16))
            .chain([edge(EDGE_AFTER)])
            .collect();
        let tag_parts: [Part; TAG_IDS] =
            std::array::from_fn(|t| tag_part(Pos::ALL.get(t).copied()));
        let shape_parts: Vec<Part> = (0..SHAPES.len())
            .map(|s| shape_part(s as u8))
            .chain([edge(EDGE_BEFORE), edge(EDGE_AFTER)])
            .collect();
        let firsts = [first_part(false), first_part(true)];
        let mut t = Tables {
            class_ids: class_parts.iter().map(|p| p.id).collect(),
            rows: vec![[0; TAGS]],
            classes: class_parts.len(),
            class_pair: vec![0; class_parts.len() * class_parts.len()],
            pair_rows: vec![[0; TAGS]],
            ..Tables::default()
        };
        t.unknown = vec![[[0; TAGS]; 3]; lexicon.unknowns()];
        for (c, rows) in t.unknown.iter_mut().enumerate() {
            let class = lexicon.class(c as u16);
            *rows = [
                self.sum(&|s| {
                    s.add(b'b', &[]);
                    s.add(b'a', &[class]);
                }),
                self.sum(&|s| next_class_group(class, s)),
                self.sum(&|s| second_class_group(class, s)),
            ];
        }
        let mut sentence = Sentence::default();
        let mut rows = std::mem::take(&mut t.rows);
        for word in &lexicon.list {
            sentence.fill([word.as_str()], lexicon);
            t.word_classes
                .push(with_classes.contains_key(&sentence.word_ids[0]));
            let own = self.sum(&|s| sentence.word_features(0, lexicon, s));
            let w = sentence.word(0);
            let class = lexicon.class(sentence.classes[0]);
            t.entries.push(self.word_rows(
                Some(w),
                Part::new(suffix(w.text, 3)),
                Some(own),
                class,
                &mut rows,
            ));
            let by_tag = tag_parts.map(|p1| self.sum(&|s| tag_word_group(p1, w, s)));
            if by_tag.iter().any(|row| *row != [0; TAGS]) {
                t.tag_word_rows.push(by_tag);
                t.tag_word.push(t.tag_word_rows.len() as u32);
            } else {
                t.tag_word.push(0);
            }
        }
        let (before, after) = (edge(EDGE_BEFORE), edge(EDGE_AFTER));
        // An edge is its own last letters (`Sentence::suffix_at`).
        t.before = self.word_rows(Some(before), before, None, before, &mut rows);
        t.after = self.word_rows(Some(after), after, None, after, &mut rows);
        t.rows = rows;
        for &p1 in &tag_parts {
            for &p2 in &tag_parts {
                t.tags.push(self.sum(&|s| tags_group(p1, p2, s)));
            }
            for &c0 in &class_parts {
                t.tag_class.push(self.sum(&|s| tag_class_group(p1, c0, s)));
            }
            for &s0 in &shape_parts {
                for &sn in &shape_parts {
                    t.tag_shapes
                        .push(self.sum(&|s| tag_shapes_group(p1, s0, sn, s)));
                }
            }
        }
        for (i, &c0) in class_parts.iter().enumerate() {
            for (j, &c1) in class_parts.iter().enumerate() {
                let row = self.sum(&|s| class_pair_group(c0, c1, s));
                if row != [0; TAGS] {
                    t.class_pair[i * class_parts.len() + j] = t.pair_rows.len() as u16;
                    t.pair_rows.push(row);
                }
            }
            for (shape, &s0) in shape_parts.iter().enumerate() {
                // A word takes a tag of its class only (`allowed_tags`,
                // `restrict`): the others sink far below any score.
                let mask = lexicon.masks.get(i).copied().unwrap_or(u32::MAX);
                let mask = allowed_tags(mask, shape as u8);
                for first in firsts {
                    let mut row = self.sum(&|s| class_shape_group(c0, s0, first, s));
                    restrict(&mut row, mask, OUTSIDE_CLASS);
                    t.class_shape.push(row);
                }
            }
        }
        for &sp in &shape_parts {
            for &s0 in &shape_parts {
                for &sn in &shape_parts {
                    for first in firsts {
                        t.shapes
                            .push(self.sum(&|s| shapes_group(sp, s0, sn, first, s)));
                    }
                }
            }
        }
        t
    }

    /// The tags of the words in `sentence`, left to right: the lexicon's for
    /// a sure word, else the best score of the summed-ahead tables (the same
    /// sum as `tag_by_features`, in about twelve additions).
    pub fn tag(&self, sentence: &mut Sentence, tags: &mut Vec<Pos>) {
        let mut word_rows = std::mem::take(&mut sentence.word_rows);
        let mut unknown = std::mem::take(&mut sentence.unknown);
        let mut unknown_rows = std::mem::take(&mut sentence.unknown_rows);
        word_rows.clear();
        let cache = (&mut unknown, &mut unknown_rows);
        self.tag_with(sentence, &mut word_rows, cache, tags);
        sentence.word_rows = word_rows;
        sentence.unknown = unknown;
        sentence.unknown_rows = unknown_rows;
    }

    /// `tag`, with its scratch buffers: each word's rows; a word the lexicon
    /// lacks gets its rows computed from its features once, kept in the cache.
    fn tag_with(
        &self,
        sentence: &Sentence,
        word_rows: &mut Vec<WordRows>,
        (unknown, unknown_rows): (&mut FastMap<u64, u32>, &mut Vec<Row>),
        tags: &mut Vec<Pos>,
    ) {
        let t = &self.tables;
        let lexicon = &self.lexicon;
        let first = tags.len();
        let n = sentence.len();
        let base = t.rows.len() as u32;
        for i in 0..n {
            word_rows.push(match sentence.entries[i] {
                Some(e) => t.entries[e as usize],
                None => {
                    // Rows past the model's are the unknown words' (five each).
                    let key = sentence.word_ids[i] ^ u64::from(sentence.shapes[i]);
                    let at = *unknown.entry(key).or_insert_with(|| {
                        unknown_rows.extend(self.unknown_rows(sentence, i));
                        (unknown_rows.len() / 5 - 1) as u32
                    });
                    [0, 1, 2, 3, 4].map(|k| base + at * 5 + k)
                }
            });
        }
        let row = |r: u32| {
            if r < base {
                &t.rows[r as usize]
            } else {
                &unknown_rows[(r - base) as usize]
            }
        };
        let rows_at = |j: isize| {
            if j < 0 {
                &t.before
            } else {
                word_rows.get(j as usize).unwrap_or(&t.after)
            }
        };
        let class = |j: usize| {
            sentence
                .classes
                .get(j)
                .map_or(t.classes - 1, |&c| usize::from(c))
        };
        let shape = |j: usize| {
            sentence
                .shapes
                .get(j)
                .map_or(SHAPE_AFTER, |&s| usize::from(s))
        };
        for i in 0..n {
            if let Some(tag) = sentence.sure(i, lexicon) {
                tags.push(tag);
                continue;
            }
            let at = i as isize;
            let tag_id = |back: usize| {
                i.checked_sub(back)
                    .map_or(TAGS, |p| tags[first + p] as usize)
            };
            let (p1, p2) = (tag_id(1), tag_id(2));
            let (c0, c1) = (class(i), class(i + 1));
            let sp = i.checked_sub(1).map_or(SHAPE_BEFORE, shape);
            let (s0, sn) = (shape(i), shape(i + 1));
            let at_first = usize::from(i == 0);
            let mut sum = *row(rows_at(at)[0]);
            let mut add = |r: &Row| add_row(&mut sum, r);
            add(row(rows_at(at - 1)[1]));
            add(row(rows_at(at + 1)[2]));
            add(row(rows_at(at - 2)[3]));
            add(row(rows_at(at + 2)[4]));
            add(&t.tags[p1 * TAG_IDS + p2]);
            add(&t.tag_class[p1 * t.classes + c0]);
            add(&t.tag_shapes[(p1 * SHAPE_IDS + s0) * SHAPE_IDS + sn]);
            add(&t.pair_rows[usize::from(t.class_pair[c0 * t.classes + c1])]);
            add(&t.class_shape[(c0 * SHAPE_IDS + s0) * 2 + at_first]);
            add(&t.shapes[((sp * SHAPE_IDS + s0) * SHAPE_IDS + sn) * 2 + at_first]);
            if let Some(e) = sentence.entries[i] {
                if let Some(by_tag) = t.tag_word[e as usize].checked_sub(1) {
                    add(&t.tag_word_rows[by_tag as usize][p1]);
                }
                if t.word_classes[e as usize] {
                    let part = |id: u64| Part { id, text: "" };
                    let w = part(sentence.word_ids[i]);
                    let (c1, c2) = (part(t.class_ids[c1]), part(t.class_ids[class(i + 2)]));
                    add(&self.sum(&|s| word_classes_group(w, c1, c2, s)));
                }
            }
            tags.push(Pos::ALL[best(&sum)]);
        }
        name_runs(sentence, &mut tags[first..]);
    }

    /// The rows (`WordRows`) of word `i`, which the lexicon lacks: the
    /// features of `word_features`, `left_group`, `right_group` and
    /// `second_class_group` for such a word, its class's summed ahead.
    fn unknown_rows(&self, sentence: &Sentence, i: usize) -> [Row; 5] {
        let [mut own, mut right, right2] = self.tables.unknown[usize::from(sentence.classes[i])];
        let mut left = [0; TAGS];
        let w = sentence.word(i).text;
        let add_key = |row: &mut Row, key: u64| {
            if let Some(&r) = self.rows.get(&key) {
                add_row(row, &self.weights[r as usize]);
            }
        };
        let add = |row: &mut Row, template: u8, text: &str| {
            add_key(row, feature_key(template, &[Part::new(text)]));
        };
        add_row(&mut own, &self.sum(&|s| spelling_group(w, s)));
        let s3 = suffix(w, 3);
        add(&mut left, b'e', s3);
        add(&mut right, b'f', s3);
        [own, left, right, [0; TAGS], right2]
    }

    /// The tags of the words in `sentence` from their features one by one:
    /// what `tag` computes, slowly (a check on its tables, and the trainer's way).
    pub fn tag_by_features(&self, sentence: &Sentence, tags: &mut Vec<Pos>) {
        let first = tags.len();
        let lexicon = &self.lexicon;
        for i in 0..sentence.len() {
            if let Some(tag) = sentence.sure(i, lexicon) {
                tags.push(tag);
                continue;
            }
            let prev = i.checked_sub(1).map(|p| tags[first + p]);
            let prev2 = i.checked_sub(2).map(|p| tags[first + p]);
            let mut sum = self.sum(&|s| sentence.features(i, prev, prev2, lexicon, s));
            restrict(&mut sum, sentence.allowed(i, lexicon), i16::MIN);
            tags.push(Pos::ALL[best(&sum)]);
        }
        name_runs(sentence, &mut tags[first..]);
    }
}

/// Adds `row` to `sum` (one copy in wasm, where the unrolled copies would
/// cost the page a kilobyte; inlined natively, where it is the hot loop).
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn add_row(sum: &mut Row, row: &Row) {
    for (s, w) in sum.iter_mut().zip(row) {
        *s = s.wrapping_add(*w);
    }
}

/// Names: in a run of two or more capitalised words holding a proper noun
/// ("Kennedy Space Center", "NASA Administrator Charles Bolden"), the common
/// nouns are part of the name (UD tags them PROPN; the greedy left-to-right
/// pass cannot see the proper noun that follows).
pub fn name_runs(sentence: &Sentence, tags: &mut [Pos]) {
    let capitalised = |i: usize| sentence.shapes[i] <= 1;
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
        if run.len() >= 2 && proper >= 1 {
            for t in &mut tags[run] {
                if *t == Pos::Noun {
                    *t = Pos::Propn;
                }
            }
        }
    }
}

/// The tags a word of class `mask` (bits by tag index) may take, written in
/// `shape`: a capitalised one may also be a proper noun ("Environment" in
/// "the Environment Program", "Flight" in a title: UD tags them PROPN; +0.1
/// point on EWT dev, +0.2 on GUM news, docs/syntax.md).
pub fn allowed_tags(mask: u32, shape: u8) -> u32 {
    if shape <= 1 {
        mask | 1 << Pos::Propn as u32
    } else {
        mask
    }
}

/// Leaves only the tags in `mask` (bits by tag index) a chance: the others
/// get `low`. A word of the lexicon takes a tag of its class only: +0.4-0.6
/// point (docs/syntax.md), since the weights need not rule out the others.
pub fn restrict<T: Copy>(scores: &mut [T; TAGS], mask: u32, low: T) {
    for (t, s) in scores.iter_mut().enumerate() {
        if mask & 1 << t == 0 {
            *s = low;
        }
    }
}

/// The index of the highest score (the first on ties).
pub fn best<T: PartialOrd + Copy>(scores: &[T; TAGS]) -> usize {
    // The maximum first, then its place: two passes without a branch to
    // mispredict in the first (measurably faster than one branchy pass).
    let mut top = scores[0];
    for &s in &scores[1..] {
        top = if s > top { s } else { top };
    }
    scores.iter().position(|&s| s == top).unwrap_or(0)
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
    // One copy, not one per feature: a feature costs a lookup in a map
    // anyway, and the copies would cost the page kilobytes.
    #[inline(never)]
    fn add(&mut self, template: u8, parts: &[Part]) {
        if let Some(&row) = self.model.rows.get(&feature_key(template, parts)) {
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
            && slice(word, word.len() - s.len()..).eq_ignore_ascii_case(s)
    };
    for clitic in [
        "n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m", "'d", "’d",
    ] {
        if lower_ends(clitic) {
            return slice(word, ..word.len() - clitic.len());
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
        model().tag(&mut s, &mut out);
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
    fn a_clause_after_makes_a_conjunction() {
        // Marks: "before", "after", "as" opening a clause are SCONJ...
        let clause = [
            ["Voters", "left", "before", "they", "voted", "."],
            ["Guests", "met", "after", "they", "ate", "."],
            ["Prices", "rose", "as", "we", "had", "feared"],
        ];
        for words in clause {
            assert_eq!(tags(&words)[2], "SCONJ", "{words:?}");
        }
        // Not: before a noun phrase alone they are ADP.
        let phrase = [
            ["Voters", "left", "before", "noon", "."],
            ["Guests", "met", "after", "lunch", "."],
            ["She", "worked", "as", "a", "farmer"],
        ];
        for words in phrase {
            assert_eq!(tags(&words)[2], "ADP", "{words:?}");
        }
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
    fn the_tables_sum_what_the_features_sum() {
        // The second ends on a word to score: the edge after it counts.
        for text in [
            "Officials in Brasilia said on Tuesday that the Zorvian envoy, \
             who arrived late, had n't signed the draft - yet .",
            "the rally was one the envoys had never been to",
            "As prices rose , more of the growers who had left before came back about once a week",
        ] {
            let mut s = Sentence::default();
            s.fill(text.split(' '), &model().lexicon);
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            model().tag(&mut s, &mut fast);
            model().tag_by_features(&s, &mut slow);
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn a_capitalised_word_may_be_a_proper_noun() {
        // Marks: "Environment" in "the Environment Program" may be PROPN.
        let noun = 1 << Pos::Noun as u32;
        let propn = 1 << Pos::Propn as u32;
        assert_eq!(allowed_tags(noun, 0), noun | propn);
        assert_eq!(allowed_tags(noun, 1), noun | propn, "all capitals");
        // Not: "environment" written in lower case keeps its class.
        assert_eq!(allowed_tags(noun, 2), noun);
    }

    #[test]
    fn affixes_count_characters() {
        assert_eq!(suffix("ending", 3), "ing");
        assert_eq!(suffix("go", 3), "go");
        assert_eq!(suffix("café", 2), "fé");
    }
}
