//! Compiles the lexicons in without their comments: `data/` files are written
//! for readers of the repository, and the comments would otherwise ship in
//! the wasm the page downloads (~5 KB gzipped). Each line keeps what
//! `lexicon::lines` reads (the text before `#`, trimmed); empty lines go.
//!
//! Also generates the word classes of `data/classes.tsv` (`classes.rs` in
//! OUT_DIR, included by `lexicon::class`): a constant per class, bits
//! numbered in file order, and each class's words, selected from the data
//! files here (the wasm holds the words once, without tags and columns).
//! Every file and selector of the registry is checked here, so a misspelt
//! class in code is a compile error and a misspelt tag in data a build error.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=data");
    let out_dir = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let out = out_dir.join("data");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    let data = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("data");
    let mut entries: Vec<_> = fs::read_dir(&data)
        .expect("data/ beside Cargo.toml")
        .map(|e| e.expect("readable data/ entry").path())
        .collect();
    entries.sort();
    let mut stripped_files = BTreeMap::new();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let stripped: String = lines(&source).map(|l| format!("{l}\n")).collect();
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), &stripped).expect("OUT_DIR is writable");
        stripped_files.insert(name.to_string_lossy().into_owned(), stripped);
    }
    let classes = class_registry(&stripped_files);
    fs::write(out_dir.join("classes.rs"), classes).expect("OUT_DIR is writable");
}

/// What `lexicon::lines` reads of a file: the text before `#`, trimmed, non-empty.
fn lines(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// What `lexicon::rows` reads of a line: its non-empty tab-separated columns.
fn columns(line: &str) -> Vec<&str> {
    line.split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// One line of `data/classes.tsv`.
struct Source {
    group: String,
    name: String,
    file: String,
    select: Select,
}

enum Select {
    /// `*`
    All,
    /// `tag`
    Tag(String),
    /// `N=value` (`None`: `N=*`, any value).
    Column(usize, Option<String>),
}

impl Select {
    fn parse(s: &str) -> Select {
        if s == "*" {
            return Select::All;
        }
        if let Some((n, value)) = s.split_once('=') {
            let n: usize = n
                .parse()
                .unwrap_or_else(|_| panic!("data/classes.tsv: bad column in {s:?}"));
            assert!(n >= 2, "data/classes.tsv: {s:?}: columns from 2 on");
            return Select::Column(n - 1, (value != "*").then(|| value.to_string()));
        }
        Select::Tag(s.to_string())
    }

    /// The words this selects in the lines of a file.
    fn words<'a>(&self, rows: &[Vec<&'a str>]) -> Vec<&'a str> {
        let mut words = Vec::new();
        for row in rows.iter().filter(|r| self.takes(r)) {
            match self {
                Select::Tag(_) => words.push(row[1]),
                _ => words.extend(row[0].split_whitespace()),
            }
        }
        words
    }

    /// The line `row` is selected.
    fn takes(&self, row: &[&str]) -> bool {
        match self {
            Select::All => true,
            Select::Tag(t) => row[0] == t,
            Select::Column(n, Some(v)) => row.get(*n).copied().unwrap_or("") == v,
            Select::Column(n, None) => row.get(*n).is_some(),
        }
    }
}

fn is_const_name(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn is_group_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '_')
}

/// Reads and checks `data/classes.tsv`; the Rust of `lexicon::class`.
fn class_registry(files: &BTreeMap<String, String>) -> String {
    let registry = files
        .get("classes.tsv")
        .expect("data/classes.tsv, the class registry");
    let mut sources = Vec::new();
    for line in lines(registry) {
        let row = columns(line);
        let [group, name, file, select] = row[..] else {
            panic!("data/classes.tsv: want group<TAB>NAME<TAB>file<TAB>words, got {line:?}");
        };
        assert!(
            is_group_name(group),
            "data/classes.tsv: group {group:?} is not a lower-case name"
        );
        assert!(
            is_const_name(name),
            "data/classes.tsv: class {name:?} is not an UPPER_CASE name"
        );
        assert!(
            files.contains_key(file) && file != "classes.tsv",
            "data/classes.tsv: no file data/{file}"
        );
        sources.push(Source {
            group: group.into(),
            name: name.into(),
            file: file.into(),
            select: Select::parse(select),
        });
    }
    // Bits in order of first appearance.
    let mut bits: Vec<(String, String)> = Vec::new();
    for s in &sources {
        let key = (s.group.clone(), s.name.clone());
        if !bits.contains(&key) {
            bits.push(key);
        }
    }
    assert!(bits.len() <= 256, "at most 256 classes (Class holds a u8)");
    // Each selector takes some line; in a file read by tag or column, each line
    // is taken by some selector.
    for s in &sources {
        let rows: Vec<Vec<&str>> = lines(&files[&s.file]).map(columns).collect();
        assert!(
            rows.iter().any(|r| s.select.takes(r)),
            "data/classes.tsv: {}::{} takes no line of data/{}",
            s.group,
            s.name,
            s.file
        );
        if let Select::Tag(_) = s.select {
            for r in &rows {
                assert!(
                    r.len() == 2,
                    "data/{}: want tag<TAB>word, got {r:?}",
                    s.file
                );
            }
        }
    }
    let mut by_file: BTreeMap<&str, Vec<&Source>> = BTreeMap::new();
    for s in &sources {
        by_file.entry(&s.file).or_default().push(s);
    }
    for (file, selectors) in &by_file {
        if selectors.iter().all(|s| matches!(s.select, Select::All)) {
            continue;
        }
        let mut seen = BTreeMap::new();
        for row in lines(&files[*file]).map(columns) {
            assert!(
                selectors.iter().any(|s| s.select.takes(&row)),
                "data/{file}: {row:?} is in no class of data/classes.tsv"
            );
            if selectors
                .iter()
                .any(|s| matches!(s.select, Select::Column(..)))
            {
                // One complement per form: a form listed twice would be in both classes.
                for form in row[0].split_whitespace() {
                    let form = form.to_ascii_lowercase();
                    assert!(
                        seen.insert(form.clone(), ()).is_none(),
                        "data/{file}: {form:?} is listed twice"
                    );
                }
            }
        }
    }

    let mut rust = String::from("// Generated by build.rs from data/classes.tsv: do not edit.\n");
    let mut done = Vec::new();
    for group in bits.iter().map(|(g, _)| g) {
        if done.contains(group) {
            continue;
        }
        done.push(group.clone());
        writeln!(rust, "pub mod {group} {{\n    use crate::lexicon::Class;").unwrap();
        for (bit, (g, name)) in bits.iter().enumerate() {
            if g == group {
                writeln!(rust, "    pub const {name}: Class = Class({bit});").unwrap();
            }
        }
        // Per group, so that the linker keeps only the tables a pass asks for.
        // A table and one loop: smaller in the wasm than a match on strings.
        rust.push_str("    const TAGS: &[(&str, Class)] = &[\n");
        for s in sources.iter().filter(|s| &s.group == group) {
            if let Select::Tag(t) = &s.select {
                writeln!(rust, "        ({t:?}, {}),", s.name).unwrap();
            }
        }
        rust.push_str(
            "    ];\n    /// The class of this group whose tag in data is `tag` (for data that\n    \
             /// names classes, e.g. patterns).\n    #[allow(dead_code)]\n    \
             pub fn tagged(tag: &str) -> Option<Class> {\n        \
             TAGS.iter().find(|(t, _)| *t == tag).map(|&(_, class)| class)\n    }\n}\n",
        );
    }
    writeln!(
        rust,
        "/// How many classes there are.\npub const COUNT: usize = {};",
        bits.len()
    )
    .unwrap();
    // Each class's words, space-separated: the page's wasm holds the words
    // once, without the data files' comments, tags and columns.
    rust.push_str(
        "/// The words of each class (a class may have several entries), space-separated.\n\
         pub(crate) const SOURCES: &[(Class, &str)] = &[\n",
    );
    for s in &sources {
        let rows: Vec<Vec<&str>> = lines(&files[&s.file]).map(columns).collect();
        let words = s.select.words(&rows);
        for w in &words {
            assert!(
                !w.contains(char::is_whitespace) && !w.is_empty(),
                "data/{}: {w:?} is no single word",
                s.file
            );
        }
        writeln!(
            rust,
            "    ({}::{}, {:?}),",
            s.group,
            s.name,
            words.join(" ")
        )
        .unwrap();
    }
    rust.push_str("];\n");
    rust
}
