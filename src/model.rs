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
        &text[self.start..self.end]
    }
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
