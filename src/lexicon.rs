//! Readers for the compiled-in lexicon files under `data/`.
//!
//! Every lexicon is a plain text file: one entry per line, `#` starts a
//! comment, blank lines are ignored, columns are separated by tabs.
use std::collections::HashMap;

/// The text of a lexicon file under `data/`, compiled in without its comments
/// (build.rs strips them; `lines` reads the same entries either way), or of
/// a file build.rs derives from one (`*.grouped.tsv`, `*.particles.txt`).
#[macro_export]
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $name))
    };
}

/// Stops on malformed compiled-in data, which the tests that read every
/// file catch first. Natively it panics with the formatted message; in wasm
/// with a fixed one, so that formatting the message's values (a `Display`
/// per type, a `join`) is not linked into the module.
#[macro_export]
macro_rules! bad_data {
    ($($message:tt)*) => {
        if cfg!(target_arch = "wasm32") {
            $crate::lexicon::malformed()
        } else {
            panic!($($message)*)
        }
    };
}

/// The wasm's panic for malformed compiled-in data (`bad_data!`).
#[cold]
#[inline(never)]
pub fn malformed() -> ! {
    panic!("malformed compiled-in data")
}

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A fast hasher for short keys (the Fx hash of rustc): lexicon lookups hash
/// a word per token, and SipHash's protection against adversarial keys buys
/// nothing for compiled-in word lists.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with the fast hasher.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The non-empty, non-comment lines of a lexicon file, trimmed.
pub fn lines(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// The tab-separated columns of each line, each trimmed.
pub fn rows(source: &str) -> impl Iterator<Item = Vec<&str>> {
    lines(source).map(|l| {
        l.split('\t')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect()
    })
}

/// Calls `f` with `word` in ASCII lower case, without allocating for short words.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // ASCII lower-casing keeps UTF-8 valid.
    with_lowercase_bytes(word.as_bytes(), |lower| {
        f(std::str::from_utf8(lower).unwrap_or(word))
    })
}

/// The typographic apostrophe, which a lookup reads as a straight one
/// ("don’t" is "don't"): the lexicons list the straight form only.
const CURLY_APOSTROPHE: &[u8] = "’".as_bytes();

/// Calls `f` with `bytes` in ASCII lower case, each `’` folded to `'`: no
/// copy when there is no capital and no such mark (most words), a stack
/// buffer for short words (a hot path).
#[inline]
fn with_lowercase_bytes<R>(bytes: &[u8], f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 48];
    let mut long = Vec::new();
    f(fold(bytes, &mut buf, &mut long))
}

/// `bytes` in ASCII lower case with each `’` folded to `'`: `bytes` itself
/// when it has no capital and no such mark (most words), else written to
/// `short` when it fits, to `long` when not. (Out of line in wasm: one copy
/// for every lookup's closure, -82 bytes gzipped.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn fold<'a>(bytes: &'a [u8], short: &'a mut [u8; 48], long: &'a mut Vec<u8>) -> &'a [u8] {
    if !bytes
        .iter()
        .any(|&b| b.is_ascii_uppercase() || b == CURLY_APOSTROPHE[0])
    {
        return bytes;
    }
    let folded = match short.get_mut(..bytes.len()) {
        Some(short) => short,
        None => {
            long.resize(bytes.len(), 0);
            &mut long[..]
        }
    };
    let (mut from, mut to) = (0, 0);
    while from < bytes.len() {
        if bytes[from..].starts_with(CURLY_APOSTROPHE) {
            folded[to] = b'\'';
            from += CURLY_APOSTROPHE.len();
        } else {
            folded[to] = bytes[from].to_ascii_lowercase();
            from += 1;
        }
        to += 1;
    }
    &folded[..to]
}

/// The shortest and longest word of a lexicon in bytes, and the lower-cased
/// first bytes of its words: most tokens fail these before any hashing.
struct Prefilter {
    min_len: usize,
    max_len: usize,
    first_bytes: [u64; 4],
}

impl Default for Prefilter {
    fn default() -> Prefilter {
        // Admits nothing until a word is noted.
        Prefilter {
            min_len: usize::MAX,
            max_len: 0,
            first_bytes: [0; 4],
        }
    }
}

impl Prefilter {
    /// Takes in a lower-cased word of the lexicon.
    fn note(&mut self, lower: &[u8]) {
        self.min_len = self.min_len.min(lower.len());
        self.max_len = self.max_len.max(lower.len());
        if let Some(&b) = lower.first() {
            self.first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }

    /// `word` (any case, `’` for `'`) may be in the lexicon.
    #[inline]
    fn admits(&self, word: &[u8]) -> bool {
        // (A folded `’` is two bytes shorter.)
        if word.len() < self.min_len || word.len() > self.max_len + 2 {
            return false;
        }
        word.first().is_none_or(|&b| {
            let b = if b == CURLY_APOSTROPHE[0] {
                b'\''
            } else {
                b.to_ascii_lowercase()
            };
            self.first_bytes[usize::from(b >> 6)] & (1 << (b & 63)) != 0
        })
    }
}

/// A set of words compared without regard to ASCII case.
#[derive(Default)]
pub struct WordSet {
    /// Lower-cased words, as bytes (a lookup needs no UTF-8 check). A map to nothing (0), the
    /// type of `ClassTable::ids`: one hash table type fewer in the wasm than a set would be.
    words: FastMap<Box<[u8]>, u16>,
    prefilter: Prefilter,
}

impl WordSet {
    pub fn parse(source: &str) -> WordSet {
        let mut set = WordSet::default();
        lines(source).for_each(|w| set.insert(w));
        set
    }

    pub fn insert(&mut self, word: &str) {
        let lower: Box<[u8]> = with_lowercase_bytes(word.as_bytes(), |l| l.into());
        self.prefilter.note(&lower);
        self.words.insert(lower, 0);
    }

    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        self.prefilter.admits(bytes)
            && with_lowercase_bytes(bytes, |lower| self.words.contains_key(lower))
    }
}

/// One bit of the per-word class table (`ClassTable`): a word class that rules
/// test per token, declared in `data/classes.tsv` (constants in `class`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Class(pub u8);

/// The generated classes of `data/classes.tsv`: `class::GROUP::NAME` per
/// class, and where each class's words are (build.rs).
pub mod class {
    use super::Class;
    include!(concat!(env!("OUT_DIR"), "/classes.rs"));
}

/// How many 64-bit words a `ClassSet` takes: as many as the classes need.
const SET_WORDS: usize = class::COUNT.div_ceil(64);

/// The classes of one word, a bit per `Class`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassSet([u64; SET_WORDS]);

/// How many classes a `ClassSet` holds.
pub const MAX_CLASSES: usize = SET_WORDS * 64;

impl Class {
    /// The set of this class alone.
    #[inline]
    pub const fn bit(self) -> ClassSet {
        let mut set = [0; SET_WORDS];
        set[(self.0 >> 6) as usize] = 1 << (self.0 & 63);
        ClassSet(set)
    }
}

impl ClassSet {
    /// No class.
    pub const EMPTY: ClassSet = ClassSet([0; SET_WORDS]);

    /// The classes of both sets.
    pub const fn union(self, other: ClassSet) -> ClassSet {
        let mut set = self.0;
        let mut k = 0;
        while k < SET_WORDS {
            set[k] |= other.0[k];
            k += 1;
        }
        ClassSet(set)
    }

    /// The set holds `class`.
    #[inline]
    pub fn has(self, class: Class) -> bool {
        self.0[usize::from(class.0 >> 6)] & (1 << (class.0 & 63)) != 0
    }

    /// The sets share a class.
    #[inline]
    pub fn intersects(self, other: ClassSet) -> bool {
        self.0.iter().zip(other.0).any(|(a, b)| a & b != 0)
    }

    /// The classes of this set that are in `other` too.
    pub fn intersection(self, other: ClassSet) -> ClassSet {
        let mut set = self.0;
        for (a, b) in set.iter_mut().zip(other.0) {
            *a &= b;
        }
        ClassSet(set)
    }

    pub fn is_empty(self) -> bool {
        self == ClassSet::EMPTY
    }
}

/// Every single-word lexicon a rule asks about per token, in one table: a
/// lower-cased word maps to an id, the id to the word's `ClassSet`. `Doc::new`
/// looks each token up once; rules then test bits (`Doc::has`).
pub struct ClassTable {
    ids: FastMap<Box<[u8]>, u16>,
    /// The classes of each word id; id 0 is "no class".
    sets: Vec<ClassSet>,
    prefilter: Prefilter,
}

impl Default for ClassTable {
    fn default() -> ClassTable {
        ClassTable {
            ids: FastMap::default(),
            sets: vec![ClassSet::EMPTY],
            prefilter: Prefilter::default(),
        }
    }
}

impl ClassTable {
    /// Puts `word` (any case) in `class`.
    pub fn add(&mut self, word: &str, class: Class) {
        if usize::from(class.0) >= MAX_CLASSES {
            crate::bad_data!("class {} out of range", class.0);
        }
        let lower: Box<[u8]> = with_lowercase_bytes(word.as_bytes(), |l| l.into());
        self.prefilter.note(&lower);
        let next = self.sets.len();
        let id = *self.ids.entry(lower).or_insert_with(|| {
            assert!(next <= usize::from(u16::MAX), "at most 65,535 class words");
            next as u16
        });
        if usize::from(id) == next {
            self.sets.push(ClassSet::EMPTY);
        }
        let set = &mut self.sets[usize::from(id)];
        *set = set.union(class.bit());
    }

    /// The id of `word` (ASCII case ignored); 0 when it is in no class.
    #[inline]
    pub fn id(&self, word: &[u8]) -> u16 {
        if !self.prefilter.admits(word) {
            return 0;
        }
        with_lowercase_bytes(word, |lower| self.ids.get(lower).copied().unwrap_or(0))
    }

    /// The classes of `word` (ASCII case ignored).
    pub fn classes(&self, word: &str) -> ClassSet {
        self.sets[usize::from(self.id(word.as_bytes()))]
    }

    /// The class sets by id, for `Doc`.
    pub fn sets(&self) -> &[ClassSet] {
        &self.sets
    }
}

/// `word`, written without capitals, is in `class` (a case-sensitive test of
/// a lower-case word list, for words that are no token of a `Doc`).
pub fn lowercase_word_in(word: &str, class: Class) -> bool {
    !word.bytes().any(|b| b.is_ascii_uppercase()) && word_in(word, class)
}

/// `word`, in any ASCII case, is in `class` (for words that are no token of
/// a `Doc`, as `Doc::has` tests a token's).
pub fn word_in(word: &str, class: Class) -> bool {
    class_table().classes(word).has(class)
}

/// The class table of every lexicon the rules test per token, built at first use.
pub fn class_table() -> &'static ClassTable {
    static TABLE: LazyLock<ClassTable> = LazyLock::new(|| {
        let mut table = ClassTable::default();
        for &(class, words) in class::SOURCES {
            for word in words.split(' ').filter(|w| !w.is_empty()) {
                table.add(word, class);
            }
        }
        table
    });
    &TABLE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped() {
        let set = WordSet::parse("# heading\nMr\n\n  Gov  # governor\n");
        assert!(set.contains("mr") && set.contains("GOV"));
        assert!(!set.contains("heading"));
    }

    #[test]
    fn word_sets_filter_by_length_and_first_letter_without_losing_words() {
        let set = WordSet::parse("to\nprotest\nÉmigré\n");
        assert!(set.contains("TO") && set.contains("Protest") && set.contains("Émigré"));
        assert!(!set.contains("t") && !set.contains("protests") && !set.contains("go"));
        assert!(!set.contains("émigré"), "only ASCII letters fold");
        assert!(!WordSet::default().contains("") && !WordSet::default().contains("to"));
        let long = "a".repeat(60);
        let mut set = WordSet::default();
        set.insert(&long);
        assert!(set.contains(&long.to_uppercase()) && !set.contains(&long[1..]));
    }

    #[test]
    fn lower_case_for_lookups() {
        assert_eq!(with_lowercase("Kremlin", str::to_string), "kremlin");
        assert_eq!(with_lowercase("côte", str::to_string), "côte");
        let long = "Ab".repeat(30);
        assert_eq!(with_lowercase(&long, str::to_string), "ab".repeat(30));
    }

    #[test]
    fn fast_maps_find_what_they_hold() {
        let mut map: FastMap<&str, usize> = FastMap::default();
        for (i, w) in ["a", "protest", "exactly8", "nine char", ""]
            .iter()
            .enumerate()
        {
            map.insert(w, i);
        }
        assert_eq!(map.get("exactly8"), Some(&2));
        assert_eq!(map.get("nine char"), Some(&3));
        assert_eq!(map.get(""), Some(&4));
        assert_eq!(map.get("protests"), None);
    }

    #[test]
    fn class_tables_hold_every_word_in_any_case() {
        let mut table = ClassTable::default();
        table.add("said", Class(0));
        table.add("Minister", Class(5));
        table.add("said", Class(class::COUNT as u8 - 1));
        table.add("n't", Class(2));
        let long = "x".repeat(60);
        table.add(&long, Class(1));
        let last = Class(class::COUNT as u8 - 1);
        assert_eq!(table.classes("SAID"), Class(0).bit().union(last.bit()));
        assert_eq!(table.classes("minister"), Class(5).bit());
        assert_eq!(table.classes("N'T"), Class(2).bit());
        assert_eq!(table.classes(&long.to_uppercase()), Class(1).bit());
        for unknown in ["", "s", "sai", "saidx", "Ministers", "émigré", "said "] {
            assert!(table.classes(unknown).is_empty(), "{unknown:?}");
        }
        assert!(ClassTable::default().classes("said").is_empty());
    }

    #[test]
    fn a_typographic_apostrophe_reads_as_a_straight_one() {
        let mut table = ClassTable::default();
        table.add("don't", Class(1));
        table.add("'ve", Class(2));
        table.add("wasn’t", Class(3));
        assert_eq!(table.classes("Don’t"), Class(1).bit());
        assert_eq!(table.classes("’ve"), Class(2).bit());
        assert_eq!(table.classes("wasn't"), Class(3).bit());
        assert!(table.classes("don’").is_empty() && table.classes("’").is_empty());
        let set = WordSet::parse("can't\n");
        assert!(set.contains("CAN’T") && !set.contains("can’"));
        assert_eq!(with_lowercase("Isn’t", str::to_string), "isn't");
        // The real lexicon lists the straight forms only.
        assert!(class_table()
            .classes("didn’t")
            .has(class::attribution::FINITE));
    }

    #[test]
    fn the_class_table_has_room_for_every_class() {
        const { assert!(class::COUNT <= MAX_CLASSES && MAX_CLASSES < class::COUNT + 64) };
        assert!(class_table().sets().len() > 1000);
        // A set grows a 64-bit word per 64 classes: room past 128 (build.rs
        // allows 256).
        let last = Class(class::COUNT as u8 - 1);
        assert!(last.bit().has(last) && !last.bit().has(Class(0)));
        assert!(!Class(0).bit().has(Class(64)) && Class(64).bit().has(Class(64)));
    }

    #[test]
    fn every_selected_word_has_its_class_in_any_case() {
        let table = class_table();
        let mut count = 0;
        for &(class, words) in class::SOURCES {
            for word in words.split(' ') {
                count += 1;
                for w in [
                    word.to_string(),
                    word.to_ascii_uppercase(),
                    word.to_ascii_lowercase(),
                ] {
                    assert!(table.classes(&w).has(class), "{word:?} {class:?}");
                }
            }
        }
        assert!(count > 1000);
        assert!(table.classes("Freedonia").is_empty() && table.classes("").is_empty());
    }

    /// build.rs selects each class's words from the data files: every line of
    /// a tagged file gives its word the class of its tag.
    #[test]
    fn every_tagged_line_gives_its_word_its_class() {
        let table = class_table();
        type Tagged = fn(&str) -> Option<Class>;
        let files: [(&str, Tagged); 5] = [
            (
                crate::data_file!("grammar_words.tsv"),
                class::attribution::tagged,
            ),
            (
                crate::data_file!("attribution_words.tsv"),
                class::attribution::tagged,
            ),
            (
                crate::data_file!("protest_words.tsv"),
                class::protest::tagged,
            ),
            (
                crate::data_file!("territorial_words.tsv"),
                class::territorial::tagged,
            ),
            (crate::data_file!("syntax_words.tsv"), class::syntax::tagged),
        ];
        for (source, tagged) in files {
            for row in rows(source) {
                let class = tagged(row[0]).expect("a declared tag");
                assert!(table.classes(row[1]).has(class), "{row:?}");
            }
        }
        // Files read by column: a reporting verb's complement and particle.
        for (word, class) in [
            ("says", class::attribution::VERB_CLAUSE),
            ("claimed", class::attribution::VERB_OBJECT),
            ("pointed", class::attribution::VERB_PARTICLE),
            ("minister", class::attribution::TITLE),
        ] {
            assert!(table.classes(word).has(class), "{word}");
        }
        assert!(!table.classes("says").has(class::attribution::VERB_OBJECT));
    }

    #[test]
    fn class_names_come_from_the_registry() {
        use class::attribution::{VERB_CLAUSE, VERB_OBJECT};
        assert_ne!(VERB_CLAUSE, VERB_OBJECT);
        assert_eq!(
            class::territorial::tagged("det"),
            Some(class::territorial::DET)
        );
        assert_ne!(class::territorial::DET, class::protest::DET);
        assert_eq!(class::protest::tagged("no-such-class"), None);
    }

    /// The lexicon and the text layer sit under every pass: neither may name
    /// one (the class table is built from the data and its registry alone).
    #[test]
    fn the_ground_floor_names_no_pass() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut sources = vec![format!("{root}/lexicon.rs")];
        for entry in std::fs::read_dir(format!("{root}/text")).unwrap() {
            sources.push(entry.unwrap().path().display().to_string());
        }
        assert!(sources.len() > 3);
        for path in sources {
            let code = std::fs::read_to_string(&path).unwrap();
            for pass in [
                "attribution",
                "protests",
                "territorial",
                "countries",
                "assemble",
            ] {
                for user in [format!("crate::{pass}"), format!("super::{pass}")] {
                    assert!(!code.contains(&user), "{path} names {user}");
                }
            }
        }
    }

    /// The files build.rs derives hold what their sources hold, reshaped.
    #[test]
    fn derived_files_hold_their_sources_lines() {
        let mut grouped: Vec<(String, String)> = Vec::new();
        for row in rows(crate::data_file!("countries_cues.grouped.tsv")) {
            assert_eq!(row.len(), 2, "{row:?}");
            for word in row[1].split(' ') {
                grouped.push((row[0].to_string(), word.to_string()));
            }
        }
        let mut lines: Vec<(String, String)> = rows(crate::data_file!("countries_cues.tsv"))
            .map(|r| (r[0].to_string(), r[1].to_string()))
            .collect();
        assert!(lines.len() > 400);
        // Grouped by cue in the order of each cue's first line, words in file order.
        let first = |cue: &str| lines.iter().position(|(c, _)| c == cue);
        let order: Vec<_> = lines.iter().map(|(c, _)| first(c)).collect();
        let mut keyed: Vec<_> = order.into_iter().zip(lines.drain(..)).collect();
        keyed.sort_by_key(|(k, _)| *k);
        let lines: Vec<_> = keyed.into_iter().map(|(_, l)| l).collect();
        assert_eq!(grouped, lines);

        let particles: Vec<_> = rows(crate::data_file!("reporting_verbs.txt"))
            .filter(|r| r.len() >= 3)
            .collect();
        assert!(particles.len() >= 5);
        assert_eq!(
            rows(crate::data_file!("reporting_verbs.particles.txt")).collect::<Vec<_>>(),
            particles
        );
    }

    #[test]
    fn rows_split_on_tabs() {
        let rows: Vec<_> = rows("JP\tname\tJapan\n# x\nRU\tseat\tKremlin").collect();
        assert_eq!(
            rows,
            vec![vec!["JP", "name", "Japan"], vec!["RU", "seat", "Kremlin"]]
        );
    }
}
