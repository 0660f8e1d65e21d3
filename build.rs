//! Compiles the lexicons in without their comments: `data/` files are written
//! for readers of the repository, and the comments would otherwise ship in
//! the wasm the page downloads (~5 KB gzipped). Each line keeps what
//! `lexicon::lines` reads (the text before `#`, trimmed); empty lines go.
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=data");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    let data = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("data");
    let mut entries: Vec<_> = fs::read_dir(&data)
        .expect("data/ beside Cargo.toml")
        .map(|e| e.expect("readable data/ entry").path())
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let stripped: String = source
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        let name = path.file_name().expect("a file name");
        fs::write(out.join(name), stripped).expect("OUT_DIR is writable");
    }
}
