//! Fuzz target: any bytes, read as text the way the page would get it, must
//! annotate without a panic and keep every invariant of the contract.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

fuzz_target!(|data: &[u8]| {
    // A JavaScript string reaches Rust with every lone surrogate replaced by
    // U+FFFD; invalid UTF-8 is replaced the same way here.
    let text = String::from_utf8_lossy(data);
    let result = newsmark::annotate(&text);
    if let Err(e) = invariants::check(&text, &result) {
        panic!("invariant broken: {e}");
    }
});
