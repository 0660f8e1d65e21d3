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

/// (text, name, title, country) of every speaker annotation, in text order.
pub fn speakers(text: &str) -> Vec<(String, Option<String>, Option<String>, Option<String>)> {
    annotate(text)
        .annotations
        .into_iter()
        .filter_map(|a: Annotation| match a.fields {
            Fields::Speaker {
                name,
                title,
                country,
                ..
            } => Some((a.text, name, title, country)),
            _ => None,
        })
        .collect()
}
