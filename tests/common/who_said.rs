//! Who said what, as the page's panel lists it: each claim with the speaker
//! it is credited to and the first mention of that speaker's entity (so a
//! "she" or a surname shows whom it was resolved to).
use newsmark::{annotate, Annotation, Fields};

/// One row of the panel.
#[derive(Debug, PartialEq, Eq)]
pub struct Said {
    pub claim: String,
    /// The speaker annotation's text ("She", "Han").
    pub speaker: String,
    /// The first speaker annotation of the same entity ("spokeswoman Han Ji-won").
    pub entity: String,
}

/// The panel's rows for `text`: reported and direct claims in text order.
pub fn who_said(text: &str) -> Vec<Said> {
    let all = annotate(text).annotations;
    let speaker_of = |id: &str| all.iter().find(|a| a.id == id).cloned();
    let first_of_entity = |entity: &str| {
        all.iter()
            .find(|a| matches!(&a.fields, Fields::Speaker { entity: e, .. } if e == entity))
            .map(|a| a.text.clone())
    };
    all.iter()
        .filter_map(|a| match &a.fields {
            Fields::Claim {
                speaker: Some(id),
                mode,
                ..
            } if *mode != newsmark::ClaimMode::Territorial => {
                let s = speaker_of(id)?;
                let Fields::Speaker { entity, .. } = &s.fields else {
                    return None;
                };
                Some(Said {
                    claim: a.text.clone(),
                    speaker: s.text.clone(),
                    entity: first_of_entity(entity)?,
                })
            }
            _ => None,
        })
        .collect()
}

/// A row: claim, speaker text, first mention of the speaker's entity.
pub fn said(claim: &str, speaker: &str, entity: &str) -> Said {
    Said {
        claim: claim.into(),
        speaker: speaker.into(),
        entity: entity.into(),
    }
}

/// A speaker as the page's tooltip shows it.
#[derive(Debug, PartialEq, Eq)]
pub struct SpeakerRow {
    pub text: String,
    pub name: Option<String>,
    pub title: Option<String>,
    pub country: Option<String>,
}

/// A row: text, name, title, country.
pub fn row(
    text: &str,
    name: Option<&str>,
    title: Option<&str>,
    country: Option<&str>,
) -> SpeakerRow {
    let own = |s: Option<&str>| s.map(str::to_string);
    SpeakerRow {
        text: text.into(),
        name: own(name),
        title: own(title),
        country: own(country),
    }
}

/// Every speaker annotation of `text`, in text order.
pub fn speakers(text: &str) -> Vec<SpeakerRow> {
    annotate(text)
        .annotations
        .into_iter()
        .filter_map(|a: Annotation| match a.fields {
            Fields::Speaker {
                name,
                title,
                country,
                ..
            } => Some(SpeakerRow {
                text: a.text,
                name,
                title,
                country,
            }),
            _ => None,
        })
        .collect()
}

/// The panel's rows of `text`, less those whose claim starts with one of
/// `known_wrong` (faults not fixed yet, so not asserted either way).
pub fn unseen_rows(text: &str, known_wrong: &[&str]) -> Vec<Said> {
    who_said(text)
        .into_iter()
        .filter(|r| !known_wrong.iter().any(|w| r.claim.starts_with(w)))
        .collect()
}

/// The speaker annotation of `text` whose span is `span`; panics naming
/// `what` when there is none.
pub fn speaker_at(text: &str, span: &str, what: &str) -> SpeakerRow {
    speakers(text)
        .into_iter()
        .find(|s| s.text == span)
        .unwrap_or_else(|| panic!("{what}: no speaker {span:?}"))
}

/// (code, text) of every country mention.
pub fn countries(text: &str) -> Vec<(String, String)> {
    annotate(text)
        .annotations
        .into_iter()
        .filter_map(|a| match a.fields {
            Fields::Country { code, .. } => Some((code, a.text)),
            _ => None,
        })
        .collect()
}

/// `(code, text)` pairs, for the country assertions.
pub fn codes(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect()
}

/// (text, target text) of every protest.
pub fn protests(text: &str) -> Vec<(String, Option<String>)> {
    annotate(text)
        .annotations
        .into_iter()
        .filter_map(|a| match a.fields {
            Fields::Protest { target, .. } => Some((a.text, target.map(|t| t.text))),
            _ => None,
        })
        .collect()
}

/// A row of [`protests`]: trigger text and target text.
pub fn protest_row(trigger: &str, target: Option<&str>) -> (String, Option<String>) {
    (trigger.to_string(), target.map(str::to_string))
}
