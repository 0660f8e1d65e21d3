//! `quote-paragraph-after-colon`: `Peskov continued:` ending the paragraph
//! before a quote paragraph attributes that paragraph.
use super::*;

/// What the `quote-paragraph-after-colon` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTE_PARAGRAPH_AFTER_COLON: &[Example] = &[
    Marks(
        "Peskov continued:\n\n\"The talks are over and we will not return to them.\"",
        "The talks are over and we will not return to them",
        "Peskov",
    ),
    Not("Peskov continued.\n\n\"The talks are over and we will not return to them.\""),
    // A quoting verb introduces the paragraph too.
    Marks(
        "The harbour board describes its mission in these words:\n\n\"We keep the port open and the ferries running.\"",
        "We keep the port open and the ferries running",
        "harbour board",
    ),
    Marks(
        "The paper confirmed the account, reporting:\n\n\"The port was shut for a week and nobody knew why.\"",
        "The port was shut for a week and nobody knew why",
        "paper",
    ),
];

/// `Peskov continued:` ending the paragraph before a quote paragraph.
pub(super) fn attribution_in_previous_paragraph(
    doc: &Doc,
    start: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    if start == 0 || doc.word(start - 1) != ":" {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of(start - 1)].clone();
    let by_verb = || {
        let verb = (sentence.start..start - 1)
            .rev()
            .take(BEFORE_WINDOW)
            .find(|&i| {
                cues::is_reporting_verb(doc, i)
                    || doc.is(i, "continued")
                    // `Lund described the plan this way:`, `Berg called them on it:`.
                    || doc.has_lowercase(i, words::QUOTING_VERB)
            })?;
        if cues::is_cancelled(doc, verb, sentence.start) {
            return None;
        }
        let group = cues::verb_group_start(doc, verb, sentence.start);
        // `The paper confirmed the account, reporting:`: a participle
        // speaks for the sentence's subject.
        let phrase = speakers::phrase_before(doc, group, sentence.start)
            .or_else(|| participle_subject(doc, verb, group, sentence.start))?;
        Some((phrase, cues::cue_span(doc, verb)))
    };
    by_verb().or_else(|| noun_before_colon(doc, start - 1))
}
