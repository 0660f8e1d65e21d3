//! Quoted words of the subject: "Kolb called the plan a 'disaster'", "the
//! ministry described the raid as a 'shock'". Whatever the verb, the words in
//! quote marks are a direct claim of the subject (spec: "Decisions").
use super::{cues, speakers, trim_claim, Attribution, Source};
use crate::lexicon::ClassTable;
use crate::model::ClaimMode;
use crate::text::{Doc, TokenKind};

/// How far before the opening mark the verb may be ("called the plan by far the worst 'deal'").
const VERB_WINDOW: usize = 10;

/// Puts the quoting verbs in the class table.
pub(super) fn register_classes(table: &mut ClassTable) {
    super::words::add_lines(
        table,
        crate::data_file!("quoting_verbs.txt"),
        super::words::QUOTING_VERB,
    );
}

fn is_quoting_verb(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && !doc.is_capitalized(i)
        && doc.has(i, super::words::QUOTING_VERB)
}

/// Adds a direct claim for each quote not yet claimed that follows a quoting
/// verb with a speaker as its subject.
pub fn find(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut claimed = vec![false; doc.tokens.len()];
    for a in found.iter() {
        claimed[a.claim.clone()].iter_mut().for_each(|c| *c = true);
    }
    for quote in doc.quotes.iter().filter(|q| !q.nested) {
        let claim = trim_claim(doc, quote.inner.clone());
        if claim.is_empty() || claimed[claim.clone()].iter().any(|&c| c) {
            continue;
        }
        let sentence = doc.sentences[doc.sentence_of(quote.open)].clone();
        let floor = sentence.start.max(quote.open.saturating_sub(VERB_WINDOW));
        let Some(verb) = (floor..quote.open)
            .rev()
            .take_while(|&k| doc.tokens[k].kind != TokenKind::Quote && doc.word(k) != ",")
            .find(|&k| is_quoting_verb(doc, k))
        else {
            continue;
        };
        if cues::is_cancelled(doc, verb, sentence.start) {
            continue;
        }
        let group = cues::verb_group_start(doc, verb, sentence.start);
        let Some(phrase) = speakers::phrase_before(doc, group, sentence.start)
            .or_else(|| speakers::apposed_subject(doc, group, sentence.start))
        else {
            continue;
        };
        found.push(Attribution {
            claim,
            mode: ClaimMode::Direct,
            cue: Some(verb..verb + 1),
            source: Source::Phrase(phrase),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(String, String)> {
        let doc = Doc::new(text);
        let mut found = Vec::new();
        find(&doc, &mut found);
        found
            .iter()
            .map(|a| {
                assert!(matches!(a.source, Source::Phrase(_)), "a phrase");
                let (claim, speaker, _) = a.describe(&doc);
                (claim, speaker)
            })
            .collect()
    }

    #[test]
    fn quoted_words_of_the_subject() {
        assert_eq!(
            quoted("Kolb called Freedonia a \"strategic partner\" on Monday."),
            [("strategic partner".to_string(), "Kolb".to_string())]
        );
        assert_eq!(
            quoted("The ministry described the raid as a “shock.”"),
            [("shock".to_string(), "ministry".to_string())]
        );
    }

    #[test]
    fn titles_and_passives_are_not_claims() {
        assert!(quoted("She starred in a film called \"Long Night\".").is_empty());
        assert!(quoted("The plan was called \"a disaster\" by critics.").is_empty());
        assert!(quoted("The so-called \"red line\" was crossed.").is_empty());
    }

    #[test]
    fn any_verb_of_judgement_quotes_the_subject() {
        assert_eq!(
            quoted("Lund dismissed the report as \"nonsense.\""),
            [("nonsense".to_string(), "Lund".to_string())]
        );
        assert_eq!(
            quoted("The mayor slammed the plan as \"reckless\" on Friday."),
            [("reckless".to_string(), "mayor".to_string())]
        );
        assert_eq!(
            quoted("The report blamed the board for the \"chaos at the port.\""),
            [("chaos at the port".to_string(), "report".to_string())]
        );
        assert!(quoted("The rise was a welcome \"relief\" for the town.").is_empty());
    }
}
