//! Attribution: who said what. Finds reporting cues, their speakers and the
//! claims they govern, and links mentions of one speaker into an entity.
pub mod cues;
pub mod speakers;

use crate::mentions::{Agent, ClaimMention, CountryMention, SpeakerMention};
use crate::model::{ClaimMode, Span};
use crate::text::{Doc, Quote};
use std::collections::HashMap;
use std::ops::Range;

/// How far after a closing quote mark the attribution may sit ("," he told reporters on Friday).
const ATTRIBUTION_WINDOW: usize = 8;

/// Speakers and their claims (direct quotes with an adjacent attribution).
pub fn find(doc: &Doc, countries: &[CountryMention]) -> (Vec<SpeakerMention>, Vec<ClaimMention>) {
    let mut out = Attributions {
        doc,
        countries,
        speakers: Vec::new(),
        claims: Vec::new(),
        entities: HashMap::new(),
    };
    for quote in doc.quotes.iter().filter(|q| q.double && !q.nested) {
        let Some(content) = claim_span(doc, quote) else {
            continue;
        };
        if let Some((speaker, cue)) =
            attribution_after(doc, quote).or_else(|| attribution_before(doc, quote))
        {
            let agent = out.add_speaker(speaker);
            out.claims.push(ClaimMention {
                span: content,
                mode: ClaimMode::Direct,
                agent: Some(Agent::Speaker(agent)),
                cue: Some(doc.tokens[cue].span),
            });
        }
    }
    (out.speakers, out.claims)
}

struct Attributions<'d, 't> {
    doc: &'d Doc<'t>,
    countries: &'d [CountryMention],
    speakers: Vec<SpeakerMention>,
    claims: Vec<ClaimMention>,
    /// Entity number by the last word of a speaker's name ("peskov").
    entities: HashMap<String, usize>,
}

impl Attributions<'_, '_> {
    /// Records a speaker mention (reusing an identical one) and returns its index.
    fn add_speaker(&mut self, phrase: Range<usize>) -> usize {
        let span = self.doc.span_of(phrase.clone());
        if let Some(i) = self.speakers.iter().position(|s| s.span == span) {
            return i;
        }
        let text = span.slice(self.doc.text);
        let pronoun = phrase.len() == 1 && speakers::is_pronoun(self.doc, phrase.start);
        let entity = if pronoun {
            self.speakers
                .last()
                .map(|s| s.entity)
                .unwrap_or(self.entities.len() + self.speakers.len())
        } else {
            let key = self.doc.word(phrase.end - 1).to_lowercase();
            let next = self
                .speakers
                .iter()
                .map(|s| s.entity + 1)
                .max()
                .unwrap_or(0);
            *self.entities.entry(key).or_insert(next)
        };
        let country = self
            .countries
            .iter()
            .find(|c| span.contains(c.span))
            .map(|c| c.code);
        let name = (!pronoun && country.is_none()).then(|| text.to_string());
        self.speakers.push(SpeakerMention {
            span,
            name,
            title: None,
            country,
            entity,
        });
        self.speakers.len() - 1
    }
}

/// The quote's content without trailing punctuation ("No," → "No").
fn claim_span(doc: &Doc, quote: &Quote) -> Option<Span> {
    let mut inner = quote.inner.clone();
    while !inner.is_empty()
        && matches!(
            doc.word(inner.end - 1),
            "," | "." | ";" | ":" | "!" | "?" | "…"
        )
    {
        inner.end -= 1;
    }
    (!inner.is_empty()).then(|| doc.span_of(inner))
}

/// `"…," Peskov said` or `"…," said Peskov`: (speaker tokens, cue token).
fn attribution_after(doc: &Doc, quote: &Quote) -> Option<(Range<usize>, usize)> {
    let close = quote.close?;
    let from = close + 1;
    let ceiling = doc.sentences[doc.sentence_of(close)].end.max(from);
    let verb = (from..(from + ATTRIBUTION_WINDOW).min(ceiling))
        .find(|&i| cues::is_reporting_verb(doc, i))?;
    if verb == from {
        return speakers::phrase_after(doc, verb + 1, ceiling).map(|p| (p, verb));
    }
    let phrase = speakers::phrase_before(doc, verb, from)?;
    (phrase.start == from).then_some((phrase, verb))
}

/// `Peskov said: "…"`: (speaker tokens, cue token).
fn attribution_before(doc: &Doc, quote: &Quote) -> Option<(Range<usize>, usize)> {
    let open = quote.open;
    if open < 3 || !matches!(doc.word(open - 1), ":" | ",") {
        return None;
    }
    let verb = open - 2;
    if !cues::is_reporting_verb(doc, verb) {
        return None;
    }
    let floor = doc.sentences[doc.sentence_of(verb)].start;
    speakers::phrase_before(doc, verb, floor).map(|p| (p, verb))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<(String, String)> {
        let doc = Doc::new(text);
        let (speakers, claims) = find(&doc, &[]);
        claims
            .iter()
            .map(|c| {
                let Some(Agent::Speaker(s)) = c.agent else {
                    panic!("claim without speaker")
                };
                (
                    c.span.slice(text).to_string(),
                    speakers[s].span.slice(text).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn attribution_after_the_quote() {
        assert_eq!(
            claims("\"We are ready,\" Anna Berg said."),
            [("We are ready".into(), "Anna Berg".into())]
        );
        assert_eq!(
            claims("\"We are ready,\" said Berg."),
            [("We are ready".into(), "Berg".into())]
        );
    }

    #[test]
    fn attribution_before_the_quote() {
        assert_eq!(
            claims("Berg said: \"We are ready.\""),
            [("We are ready".into(), "Berg".into())]
        );
    }

    #[test]
    fn quotes_without_attribution_are_not_claims() {
        assert!(claims("The so-called \"red line\" was crossed.").is_empty());
    }

    #[test]
    fn pronoun_continues_the_last_speaker() {
        let text = "\"Yes,\" Anna Berg said. \"No,\" she said.";
        let doc = Doc::new(text);
        let (speakers, _) = find(&doc, &[]);
        assert_eq!(speakers.len(), 2);
        assert_eq!(speakers[0].entity, speakers[1].entity);
    }
}
