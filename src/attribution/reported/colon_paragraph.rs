//! A cue ending its paragraph with a colon, and the paragraph after it as the claim (a block quotation).
use super::*;

/// What the `colon-paragraph` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const COLON_PARAGRAPH: &[Example] = &[
    Marks(
        "The governor added:\n\nThe port will reopen in May and the ferries will run again.",
        "The port will reopen in May and the ferries will run again",
        "governor",
    ),
    Not("The governor added:\n\n\"The port will reopen in May.\""),
];

/// "The governor added:" ending its paragraph: the next paragraph, printed
/// without quote marks, is the claim (a block quotation). A quoted paragraph
/// is the direct pass's.
pub(super) fn colon_paragraph(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    let cue = cue_at(doc, i)?;
    let colon = cue.end;
    if colon + 1 != s.end || doc.word(colon) != ":" || colon + 1 >= doc.tokens.len() {
        return None;
    }
    let next = colon + 1;
    if doc.tokens[next].newlines_before == 0 || doc.tokens[next].kind == TokenKind::Quote {
        return None;
    }
    let speaker = speakers::phrase_before(doc, cue.start, s.start)?;
    let paragraph = doc.paragraphs[doc.paragraph_of(next)].clone();
    if paragraph.start != next {
        return None;
    }
    let claim = trim_claim(doc, paragraph);
    (claim.len() >= 2).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::ColonParagraph,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn a_clause_before_a_colon_takes_in_the_quote() {
        let both = |text: &str| {
            let doc = Doc::new(text);
            let mut found = crate::attribution::direct::find(&doc);
            find(&doc, &mut found);
            found
                .iter()
                .map(|a| (a.describe(&doc).0, a.mode))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            both("Lund said the plan would fail: \"We have no money.\""),
            [(
                "the plan would fail: \"We have no money.\"".to_string(),
                ClaimMode::Reported
            )]
        );
        // Words before the colon that are no clause: the quote alone.
        assert_eq!(
            both("Lund explained it this way: \"We have no money.\""),
            [("We have no money".to_string(), ClaimMode::Direct)]
        );
        // No clause before the colon: the quote alone.
        assert_eq!(
            both("Berg told reporters on Tuesday: \"We have no money.\""),
            [("We have no money".to_string(), ClaimMode::Direct)]
        );
    }

    #[test]
    fn a_colon_ending_the_paragraph_gives_the_next_one() {
        assert_eq!(
            reported(
                "The governor added:\n\nThe council knows nothing. It never did.\n\nOther news."
            ),
            [t(
                "The council knows nothing. It never did",
                "governor",
                "added"
            )]
        );
        // A quoted paragraph after the colon is the direct pass's.
        assert_eq!(
            reported("The governor added:\n\n\"We are ready for it.\"\n\nOther news."),
            []
        );
    }

    #[test]
    fn semicolons_and_dashed_cues_end_a_claim() {
        assert_eq!(
            reported("Lund said the timing was an accident; the team learned of it on Friday."),
            [t("the timing was an accident", "Lund", "said")]
        );
        assert_eq!(
            reported("Lund said the fight would be hard — and he noted that time was short."),
            [
                t("the fight would be hard", "Lund", "said"),
                t("time was short", "he", "noted")
            ]
        );
    }
}
