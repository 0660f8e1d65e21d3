//! Turns the passes' mentions into the spec's annotations: sorted, with ids,
//! references resolved and byte offsets converted to UTF-16 (the only place
//! that converts).
use crate::mentions::{Agent, Mentions};
use crate::model::{Annotation, Annotations, Fields, Span, TextSpan};
use crate::text::offsets::Utf16Map;
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Ref {
    // Order within one span: the enclosing kinds first.
    Claim(usize),
    Protest(usize),
    Speaker(usize),
    Country(usize),
}

pub fn assemble(text: &str, m: &Mentions) -> Annotations {
    // Every speaker must be the speaker of a claim; others are dropped.
    let mut speaker_used = vec![false; m.speakers.len()];
    for c in &m.claims {
        if let Some(Agent::Speaker(s)) = c.agent {
            speaker_used[s] = true;
        }
    }
    let mut order: Vec<(Span, Ref)> = Vec::new();
    order.extend(
        m.countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.span, Ref::Country(i))),
    );
    order.extend(
        m.speakers
            .iter()
            .enumerate()
            .filter(|(i, _)| speaker_used[*i])
            .map(|(i, s)| (s.span, Ref::Speaker(i))),
    );
    order.extend(
        m.claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.span, Ref::Claim(i))),
    );
    order.extend(
        m.protests
            .iter()
            .enumerate()
            .map(|(i, p)| (p.span, Ref::Protest(i))),
    );
    // The key is unique (a Ref names one mention), so an unstable sort gives the same order.
    order.sort_unstable_by_key(|&(span, r)| (span.start, std::cmp::Reverse(span.end), r));

    // Position in `order` of each country and speaker: its id is "a{position + 1}".
    let mut country_at = vec![0; m.countries.len()];
    let mut speaker_at = vec![0; m.speakers.len()];
    for (n, (_, r)) in order.iter().enumerate() {
        match *r {
            Ref::Country(i) => country_at[i] = n,
            Ref::Speaker(i) => speaker_at[i] = n,
            _ => {}
        }
    }
    let agent_id = |a: Option<Agent>| -> Option<String> {
        match a? {
            Agent::Speaker(s) if speaker_used[s] => Some(annotation_id(speaker_at[s])),
            Agent::Country(c) => Some(annotation_id(country_at[c])),
            Agent::Speaker(_) => None,
        }
    };
    // Entities numbered by first appearance.
    let mut entity_ids: HashMap<usize, String> = HashMap::new();
    let mut entity_id = |e: usize| -> String {
        let next = entity_ids.len() + 1;
        entity_ids
            .entry(e)
            .or_insert_with(|| format!("e{next}"))
            .clone()
    };

    let utf16 = Utf16Map::new(text);
    let text_span = |s: Span| TextSpan {
        start: utf16.utf16(s.start),
        end: utf16.utf16(s.end),
        text: s.slice(text).to_string(),
    };
    let annotations = order
        .iter()
        .enumerate()
        .map(|(n, (span, r))| {
            let fields = match *r {
                Ref::Country(i) => {
                    let c = &m.countries[i];
                    Fields::Country {
                        code: c.code.to_string(),
                        form: c.form,
                    }
                }
                Ref::Speaker(i) => {
                    let s = &m.speakers[i];
                    Fields::Speaker {
                        name: s.name.clone(),
                        title: s.title.clone(),
                        country: s.country.map(str::to_string),
                        entity: entity_id(s.entity),
                    }
                }
                Ref::Claim(i) => {
                    let c = &m.claims[i];
                    Fields::Claim {
                        mode: c.mode,
                        speaker: agent_id(c.agent),
                        cue: c.cue.map(text_span),
                    }
                }
                Ref::Protest(i) => {
                    let p = &m.protests[i];
                    Fields::Protest {
                        form: p.form,
                        protester: agent_id(p.protester),
                        target: p.target.map(text_span),
                        against: p.against.map(str::to_string),
                    }
                }
            };
            let t = text_span(*span);
            Annotation {
                id: annotation_id(n),
                fields,
                start: t.start,
                end: t.end,
                text: t.text,
            }
        })
        .collect();
    Annotations { annotations }
}

/// The id of the annotation at `position` in the sorted result: "a1", "a2"...
fn annotation_id(position: usize) -> String {
    format!("a{}", position + 1)
}
