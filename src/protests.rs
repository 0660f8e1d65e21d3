//! Protest mentions: diplomatic protests, condemnations and demonstrations,
//! with who protests, what and against which state.
use crate::lexicon;
use crate::mentions::{Agent, CountryMention, ProtestMention, SpeakerMention};
use crate::model::{ProtestForm, Span};
use crate::text::{Doc, TokenKind};
use std::sync::LazyLock;

struct Trigger {
    form: ProtestForm,
    words: Vec<&'static str>,
}

static TRIGGERS: LazyLock<Vec<Trigger>> = LazyLock::new(|| {
    let mut triggers: Vec<Trigger> = lexicon::rows(include_str!("../data/protest_triggers.tsv"))
        .map(|row| Trigger {
            form: parse_form(row[0]),
            words: row[1].split(' ').collect(),
        })
        .collect();
    // Longest first, so "strongly protested" wins over "protested".
    triggers.sort_by_key(|t| std::cmp::Reverse(t.words.len()));
    triggers
});

fn parse_form(form: &str) -> ProtestForm {
    match form {
        "diplomatic" => ProtestForm::Diplomatic,
        "condemnation" => ProtestForm::Condemnation,
        "demonstration" => ProtestForm::Demonstration,
        other => panic!("protest_triggers.tsv: unknown form {other:?}"),
    }
}

pub fn find(
    doc: &Doc,
    countries: &[CountryMention],
    speakers: &[SpeakerMention],
) -> Vec<ProtestMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let Some(trigger) = TRIGGERS.iter().find(|t| matches_at(doc, i, &t.words)) else {
            i += 1;
            continue;
        };
        let end = i + trigger.words.len();
        let sentence = doc.sentences[doc.sentence_of(i)].clone();
        let target = target_after(doc, end, sentence.end);
        let against = target
            .and_then(|t| countries.iter().find(|c| t.contains(c.span)))
            .map(|c| c.code);
        found.push(ProtestMention {
            span: doc.span_of(i..end),
            form: trigger.form,
            protester: protester_before(doc, i, sentence.start, countries, speakers),
            target,
            against,
        });
        i = end;
    }
    found
}

fn matches_at(doc: &Doc, i: usize, words: &[&str]) -> bool {
    i + words.len() <= doc.tokens.len() && words.iter().enumerate().all(|(k, w)| doc.is(i + k, w))
}

/// What is protested: the words after the trigger up to the next comma or the sentence end.
fn target_after(doc: &Doc, from: usize, sentence_end: usize) -> Option<Span> {
    let mut start = from;
    while start < sentence_end && matches!(doc.word(start), "against" | "over" | "at" | "on") {
        start += 1;
    }
    let mut end = start;
    while end < sentence_end
        && !(doc.tokens[end].kind == TokenKind::Punct
            && matches!(doc.word(end), "," | "." | ";" | ":"))
    {
        end += 1;
    }
    (end > start).then(|| doc.span_of(start..end))
}

/// Who protests: the nearest speaker or country before the trigger in its sentence.
fn protester_before(
    doc: &Doc,
    trigger: usize,
    sentence_start: usize,
    countries: &[CountryMention],
    speakers: &[SpeakerMention],
) -> Option<Agent> {
    let from = doc.tokens[sentence_start].span.start;
    let to = doc.tokens[trigger].span.start;
    let speaker = speakers
        .iter()
        .rposition(|s| s.span.start >= from && s.span.end <= to);
    let country = countries
        .iter()
        .rposition(|c| c.span.start >= from && c.span.end <= to);
    match (speaker, country) {
        (Some(s), Some(c)) if countries[c].span.start > speakers[s].span.end => {
            Some(Agent::Country(c))
        }
        (Some(s), _) => Some(Agent::Speaker(s)),
        (None, Some(c)) => Some(Agent::Country(c)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn protests(text: &str) -> Vec<(String, Option<&'static str>)> {
        let doc = Doc::new(text);
        let countries = crate::countries::find(&doc);
        find(&doc, &countries, &[])
            .into_iter()
            .map(|p| (p.span.slice(text).to_string(), p.against))
            .collect()
    }

    #[test]
    fn diplomatic_protest_against_a_state() {
        assert_eq!(
            protests("France strongly protested Canada's fishing ban."),
            [("strongly protested".into(), Some("CA"))]
        );
    }

    #[test]
    fn demonstrators_are_a_protest() {
        assert_eq!(
            protests("Demonstrators blocked roads."),
            [("Demonstrators".into(), None)]
        );
    }
}
