//! The spec's types (docs/annotations.md): what `annotate` returns.
//!
//! Offsets here are UTF-16 code units (JavaScript string indices). The passes
//! work in byte offsets (`Span`); `crate::assemble` converts them once.
use serde::Serialize;

/// A byte range `[start, end)` of the input text, on char boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        slice(text, self.start..self.end)
    }
}

/// `&text[range]`, with a panic that formats nothing: the panic of `str`
/// indexing formats the character it cut, which links `char`'s `Debug`,
/// the Unicode printable and grapheme tables and `Range`'s `Debug` into
/// the wasm. Every slice of a `str` in the crate goes through here.
#[inline]
pub fn slice<R: std::slice::SliceIndex<str, Output = str>>(text: &str, range: R) -> &str {
    match text.get(range) {
        Some(s) => s,
        None => off_boundary(),
    }
}

#[cold]
#[inline(never)]
fn off_boundary() -> ! {
    panic!("a byte range off the text or its character boundaries")
}

/// The result of `annotate`: `{"annotations": [...]}`.
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
pub struct Annotations {
    pub annotations: Vec<Annotation>,
}

/// One annotation: common fields plus the fields of its kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Annotation {
    pub id: String,
    #[serde(flatten)]
    pub fields: Fields,
    /// UTF-16 offset of the first code unit.
    pub start: usize,
    /// UTF-16 offset one past the last code unit.
    pub end: usize,
    pub text: String,
}

impl Annotation {
    pub fn kind(&self) -> &'static str {
        match self.fields {
            Fields::Country { .. } => "country",
            Fields::Speaker { .. } => "speaker",
            Fields::Claim { .. } => "claim",
            Fields::Protest { .. } => "protest",
        }
    }
}

/// A `{start, end, text}` span inside another annotation's fields (cue, target).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Fields {
    Country {
        code: String,
        form: CountryForm,
    },
    Speaker {
        name: Option<String>,
        title: Option<String>,
        country: Option<String>,
        entity: String,
    },
    Claim {
        mode: ClaimMode,
        /// Id of the speaker annotation (or, for territorial claims, of the claimant's country).
        speaker: Option<String>,
        cue: Option<TextSpan>,
    },
    Protest {
        form: ProtestForm,
        /// Id of the speaker or country annotation of who protests.
        protester: Option<String>,
        target: Option<TextSpan>,
        /// ISO code of the state protested against.
        against: Option<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CountryForm {
    Name,
    Demonym,
    Capital,
    Seat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimMode {
    Direct,
    Reported,
    Territorial,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProtestForm {
    Diplomatic,
    Condemnation,
    Demonstration,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_is_what_indexing_gives() {
        let text = "Berg sa\u{ef}d: «nei»";
        assert_eq!(slice(text, 0..4), "Berg");
        assert_eq!(slice(text, 5..), "sa\u{ef}d: «nei»");
        assert_eq!(slice(text, ..9), "Berg sa\u{ef}");
        assert_eq!(Span::new(12, 17).slice(text), "«nei");
    }

    #[test]
    #[should_panic(expected = "character boundaries")]
    fn a_slice_inside_a_character_panics() {
        slice("Berg sa\u{ef}d", 0..8);
    }
}
