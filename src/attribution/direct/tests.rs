//! Tests of the direct pass as a whole; each rule's own tests are beside it.
use super::*;

/// (claim, speaker or "<same>", cue) of each direct claim.
pub(super) fn direct(text: &str) -> Vec<(String, String, Option<String>)> {
    let doc = Doc::new(text);
    let found = find(&doc);
    found.iter().map(|a| a.describe(&doc)).collect()
}

pub(super) fn t(claim: &str, speaker: &str, cue: Option<&str>) -> (String, String, Option<String>) {
    (claim.into(), speaker.into(), cue.map(str::to_string))
}

#[test]
fn attribution_inside_the_quote() {
    assert_eq!(
        direct("\"We are ready,\" she said, \"but not today.\""),
        [
            t("We are ready", "she", Some("said")),
            t("but not today", "she", Some("said"))
        ]
    );
}

#[test]
fn concluded_attributes_a_quote() {
    // A quote's last words: "concluded" is a cue for quotes only.
    assert_eq!(
        direct("\"The port will close,\" the mayor concluded."),
        [t("The port will close", "mayor", Some("concluded"))]
    );
}

#[test]
fn scare_quotes_and_titles_are_not_claims() {
    assert!(direct("The so-called \"red line\" was crossed, officials said.").is_empty());
    assert!(direct("She starred in \"The Long Night\" last year.").is_empty());
}

#[test]
fn nested_quotes_stay_inside() {
    assert_eq!(
        direct("\"They call it a 'deal', not a treaty,\" he said."),
        [t("They call it a 'deal', not a treaty", "he", Some("said"))]
    );
}

#[test]
fn a_quote_after_a_preposition_is_a_title() {
    assert_eq!(
        direct(
            "On the latest edition of \"Morning Talk,\" Gov. Ola Berg said the plan was a stunt."
        ),
        []
    );
}

#[test]
fn a_fragment_closing_the_text_reads_no_token_after_its_quote() {
    // `outer-relay`: a quoted fragment whose clause holds a cue, the quote
    // closing the text (no comma or word after it).
    for text in [
        "\u{201c}We stay,\u{201d} Lund said.\n\nHer fans answered with chants of \u{201c}we stay\u{201d}",
        "Her fans answered with chants of \"we stay\"",
    ] {
        let _ = direct(text);
    }
}
