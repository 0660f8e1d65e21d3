//! Turns the passes' mentions into the spec's annotations: sorted, with ids,
//! references resolved and byte offsets converted to UTF-16 (the only place
//! that converts).
use crate::mentions::{Agent, Mentions};
use crate::model::{Annotation, Annotations, Fields, Span, TextSpan};
use crate::text::offsets::Utf16Map;

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
    order.sort_by(|(a, ra), (b, rb)| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(ra.cmp(rb))
    });

    let mut country_ids = vec![String::new(); m.countries.len()];
    let mut speaker_ids = vec![String::new(); m.speakers.len()];
    for (n, (_, r)) in order.iter().enumerate() {
        let id = format!("a{}", n + 1);
        match *r {
            Ref::Country(i) => country_ids[i] = id,
            Ref::Speaker(i) => speaker_ids[i] = id,
            _ => {}
        }
    }
    let agent_id = |a: Option<Agent>| -> Option<String> {
        match a? {
            Agent::Speaker(s) if speaker_used[s] => Some(speaker_ids[s].clone()),
            Agent::Country(c) => Some(country_ids[c].clone()),
            Agent::Speaker(_) => None,
        }
    };
    // Entities numbered by first appearance.
    let mut entity_names: Vec<(usize, String)> = Vec::new();
    let mut entity_id = |e: usize| -> String {
        if let Some((_, id)) = entity_names.iter().find(|(k, _)| *k == e) {
            return id.clone();
        }
        let id = format!("e{}", entity_names.len() + 1);
        entity_names.push((e, id.clone()));
        id
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
                id: format!("a{}", n + 1),
                fields,
                start: t.start,
                end: t.end,
                text: t.text,
            }
        })
        .collect();
    Annotations { annotations }
}
