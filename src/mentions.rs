//! What the passes find, in byte offsets, before ids are given out.
//!
//! Passes refer to each other's mentions by index into these vectors;
//! `crate::assemble` turns indices into ids and bytes into UTF-16 offsets.
use crate::model::{ClaimMode, CountryForm, ProtestForm, Span};

#[derive(Clone, Debug, PartialEq)]
pub struct CountryMention {
    pub span: Span,
    pub code: &'static str,
    pub form: CountryForm,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerMention {
    pub span: Span,
    pub name: Option<String>,
    pub title: Option<String>,
    /// ISO code of the state the speaker speaks for.
    pub country: Option<&'static str>,
    /// Mentions with the same number are the same speaker.
    pub entity: usize,
}

/// Who a claim or protest belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Agent {
    Speaker(usize),
    Country(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClaimMention {
    pub span: Span,
    pub mode: ClaimMode,
    pub agent: Option<Agent>,
    pub cue: Option<Span>,
    /// The name of the rule that made it (`newsmark --explain`; not in the JSON).
    pub rule: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ProtestMention {
    pub span: Span,
    pub form: ProtestForm,
    pub protester: Option<Agent>,
    pub target: Option<Span>,
    pub against: Option<&'static str>,
}

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mentions {
    pub countries: Vec<CountryMention>,
    pub speakers: Vec<SpeakerMention>,
    pub claims: Vec<ClaimMention>,
    pub protests: Vec<ProtestMention>,
}
