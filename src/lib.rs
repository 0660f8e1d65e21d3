//! newsmark: marks speakers, countries, claims and protests in news text.
//!
//! `annotate` is the whole API: text in, the annotations of
//! `docs/annotations.md` out (UTF-16 offsets, ids, fields). The passes work
//! on one shared analysis of the text (`text::Doc`) in byte offsets;
//! `assemble` gives out ids and converts offsets once, at the end.

// A `str` is sliced through `model::slice`: the panic of `str` indexing formats the
// character it cut, which links ~4 KB of gzipped wasm (docs/decisions.md, "Budgets").
#![cfg_attr(not(test), deny(clippy::string_slice))]
pub mod attribution;
pub mod countries;
pub mod lexicon;
pub mod mentions;
pub mod model;
pub mod order;
pub mod patterns;
pub mod protests;
pub mod syntax;
pub mod territorial;
pub mod text;

mod assemble;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use mentions::Mentions;
pub use model::{Annotation, Annotations, ClaimMode, CountryForm, Fields, ProtestForm, TextSpan};

/// Annotates `text`: every country, speaker, claim and protest, as the spec's JSON shape.
pub fn annotate(text: &str) -> Annotations {
    assemble::assemble(text, &find_mentions(text))
}

/// Each annotation of `annotate(text)` with the name of the rule that made
/// it (not part of the JSON contract): what `newsmark --explain` prints.
pub fn explain(text: &str) -> Vec<(Annotation, &'static str)> {
    assemble::explain(text, &find_mentions(text))
}

/// Runs every pass and returns what they found, in byte offsets.
pub fn find_mentions(text: &str) -> Mentions {
    let doc = text::Doc::new(text);
    if doc.tokens.is_empty() {
        // Nothing to find (and no lexicon needs building: the page's first, empty request).
        return Mentions::default();
    }
    let countries = countries::find(&doc);
    let (speakers, mut claims) = attribution::find(&doc, &countries);
    let protests = protests::find(&doc, &countries, &speakers, &claims);
    claims.extend(territorial::find(&doc, &countries));
    Mentions {
        countries,
        speakers,
        claims,
        protests,
    }
}
