//! Attribution: who said what. Finds reporting cues, their speakers and the
//! claims they govern, and links mentions of one speaker into an entity.
//!
//! Two passes find attributions in token ranges: `direct` (quotes) and then
//! `reported` (reported speech outside the quotes already claimed); `coref`
//! gives every speaker phrase its entity; `quoted_words` adds the quoted
//! words of a subject ("called it a 'disaster'"); this module turns them into
//! mentions.
mod clauses;
pub mod coref;
mod cue_patterns;
pub mod cues;
pub mod direct;
pub mod found;
mod names;
pub mod quoted_words;
pub mod reported;
pub mod rule;
pub mod speakers;
mod words;

pub use found::{Found, Id};
pub use rule::Rule;

use crate::lexicon::FastMap;
use crate::mentions::{Agent, ClaimMention, CountryMention, SpeakerMention};
use crate::model::ClaimMode;
use crate::text::Doc;
use std::ops::Range;

/// Who an attribution's claim belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The speaker phrase, in tokens.
    Phrase(Range<usize>),
    /// The same speaker as an earlier attribution (its id, which removal
    /// does not shift).
    SameAs(Id),
}

/// One claim found by a pass, before speakers become mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The claim, in tokens.
    pub claim: Range<usize>,
    pub mode: ClaimMode,
    /// The cue's tokens; `None` for a quote paragraph continuing the last speaker.
    pub cue: Option<Range<usize>>,
    pub source: Source,
    /// The rule that made it.
    pub rule: Rule,
}

impl Attribution {
    /// (claim, speaker or "<same as j>", cue) as text: what the rule tests compare.
    #[cfg(test)]
    pub(crate) fn describe(&self, doc: &Doc) -> (String, String, Option<String>) {
        let text = |r: Range<usize>| doc.span_of(r).slice(doc.text).to_string();
        let speaker = match &self.source {
            Source::Phrase(p) => text(p.clone()),
            Source::SameAs(j) => format!("<same as {}>", j.0),
        };
        (
            text(self.claim.clone()),
            speaker,
            self.cue.clone().map(text),
        )
    }
}

/// Speakers and their claims.
pub fn find(doc: &Doc, countries: &[CountryMention]) -> (Vec<SpeakerMention>, Vec<ClaimMention>) {
    mentions(doc, countries, &found_in(doc))
}

/// Every pass in turn: the attributions of `doc`.
fn found_in(doc: &Doc) -> Found {
    let mut found = direct::find(doc);
    reported::find(doc, &mut found);
    reported::join_conjoined_quotes(doc, &mut found);
    direct::continuations(doc, &mut found);
    quoted_words::find(doc, &mut found);
    direct::participle_quotes(doc, &mut found);
    found
}

/// The speaker phrase of attribution `id`, through any `SameAs`.
#[cfg(test)]
fn speaker_phrase(found: &Found, id: Id) -> Option<Range<usize>> {
    match &found[id].source {
        Source::Phrase(p) => Some(p.clone()),
        Source::SameAs(j) => speaker_phrase(found, *j),
    }
}

/// Speaker mentions (one per distinct phrase) and claims pointing at them.
fn mentions(
    doc: &Doc,
    countries: &[CountryMention],
    found: &Found,
) -> (Vec<SpeakerMention>, Vec<ClaimMention>) {
    // Each id's speaker phrase, removed ones included: a removed attribution's
    // claim was rejected, not its speaker. `SameAs` points backwards, so its
    // target is already resolved.
    let mut phrase_of: Vec<Option<Range<usize>>> = Vec::new();
    for id in found.ids() {
        let phrase = match &found[id].source {
            Source::Phrase(p) => {
                speakers::without_trailing_modifiers(doc, p).map(|p| speakers::with_count(doc, p))
            }
            Source::SameAs(j) => phrase_of.get(j.0).cloned().flatten(),
        };
        phrase_of.push(phrase);
    }
    let mut phrases: Vec<Range<usize>> = Vec::new();
    let mut phrase_index: FastMap<(usize, usize), usize> = FastMap::default();
    let mut claims_found: Vec<(&Attribution, usize)> = Vec::with_capacity(found.len());
    for (id, a) in found.live() {
        let Some(p) = &phrase_of[id.0] else {
            continue;
        };
        let speaker = *phrase_index.entry((p.start, p.end)).or_insert_with(|| {
            phrases.push(p.clone());
            phrases.len() - 1
        });
        claims_found.push((a, speaker));
    }
    // Speakers in text order, so that coreference looks backwards.
    let mut order: Vec<usize> = (0..phrases.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| phrases[i].start);
    let sorted: Vec<Range<usize>> = order.iter().map(|&i| phrases[i].clone()).collect();
    let mut index_of = vec![0; phrases.len()];
    for (new, &old) in order.iter().enumerate() {
        index_of[old] = new;
    }
    let speakers = coref::speakers(doc, countries, &sorted);
    let claims = claims_found
        .into_iter()
        .map(|(a, s)| ClaimMention {
            span: doc.span_of(a.claim.clone()),
            mode: a.mode,
            agent: Some(Agent::Speaker(index_of[s])),
            cue: a.cue.clone().map(|c| doc.span_of(c)),
            rule: a.rule.name(),
        })
        .collect();
    (speakers, claims)
}

/// Trims sentence-final punctuation (and stray commas) from the end of a claim.
pub(crate) fn trim_claim(doc: &Doc, mut claim: Range<usize>) -> Range<usize> {
    loop {
        while !claim.is_empty()
            && matches!(
                doc.word(claim.end - 1),
                "," | "." | ";" | ":" | "!" | "?" | "…" | "-" | "—" | "–"
            )
        {
            claim.end -= 1;
        }
        // "(Lund said the ferry was late.)": a closing bracket opened before the claim.
        if claim.is_empty() || doc.word(claim.end - 1) != ")" {
            break;
        }
        let opened = claim.clone().filter(|&k| doc.word(k) == "(").count();
        let closed = claim.clone().filter(|&k| doc.word(k) == ")").count();
        if opened >= closed {
            break;
        }
        claim.end -= 1;
    }
    while !claim.is_empty() && matches!(doc.word(claim.start), "," | ":" | ";" | "-" | "—" | "–")
    {
        claim.start += 1;
    }
    claim
}
