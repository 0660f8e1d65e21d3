//! One test per bug found by the property tests and the fuzzer, named after
//! the bug; each input is the smallest we found (or our own sentence of the
//! same class), and each asserts what a reader of the result would see.
mod common;

use common::invariants::annotate_checked;
use newsmark::{Annotations, ClaimMode, Fields};

fn claims(result: &Annotations) -> Vec<(&str, ClaimMode)> {
    result
        .annotations
        .iter()
        .filter_map(|a| match a.fields {
            Fields::Claim { mode, .. } => Some((a.text.as_str(), mode)),
            _ => None,
        })
        .collect()
}

/// Panicked (index out of range): a quote whose only preceding token in its
/// paragraph is the comma or colon introducing it, so no attribution can
/// stand before it (attribution/direct.rs).
#[test]
fn quote_introduced_by_a_mark_at_the_start_of_the_text() {
    for text in [
        ",\"𐊀",
        ",\"x",
        ":\"We will respond,\" she said.",
        "Intro\n\n, \"No",
    ] {
        annotate_checked(text);
    }
}

/// Panicked (subtraction overflow in debug builds): a claim word as the
/// first token of the text (territorial.rs).
#[test]
fn territorial_claim_word_at_the_start_of_the_text() {
    for text in [
        "Sovereignty over the islets is disputed.",
        "claims to the islets",
        "Territorial claims to the reef, Japan said.",
        "'s claims to the islets",
    ] {
        annotate_checked(text);
    }
}

/// Panicked (index out of range): a speaker phrase running to the very end
/// of the text where a reporting verb was looked for after it
/// (attribution/cues.rs `verb_group_start`).
#[test]
fn speaker_phrase_at_the_end_of_the_text() {
    for text in [
        "Japanese said Japan ; Russia ",
        "Officials said the deal was off - but Anna Berg",
        "He said it was over; Japan",
    ] {
        annotate_checked(text);
    }
}

/// Two claims overlapped: a reported clause ran on past a quote and its
/// own attribution, and the quote was a direct claim too. The spec keeps the
/// quoted fragment inside the reported claim; the result now shows the
/// enclosing claim only (assemble.rs guards every kind against overlaps).
#[test]
fn a_quote_inside_a_reported_claim_is_not_a_second_claim() {
    let result = annotate_checked("Berg said the plan \"will fail,\" Peskov said.");
    let claims = claims(&result);
    assert!(
        !claims.iter().any(|(text, _)| *text == "will fail"),
        "{claims:?}"
    );
    assert!(claims
        .iter()
        .any(|(text, mode)| text.contains("will fail") && *mode == ClaimMode::Reported));
}

/// Two claims overlapped: the same pattern with a colon and a quote that the
/// paragraph never closes.
#[test]
fn colon_quotes_in_one_unclosed_paragraph() {
    annotate_checked("Berg said: \"No.\" She said: \"Yes\nBerg said: \"No.\" She said: \"Yes\n");
    annotate_checked(&"Berg said: \"No.\" She said: \"Yes\n".repeat(500));
}

/// Two speaker mentions overlapped ("protest Tokyous announced" and
/// "protest Tokyous"): the longer one is shown, and claims of the shorter
/// one point at it.
#[test]
fn overlapping_speaker_phrases_show_as_one() {
    for text in [
        "\" Japan » said that US Japanese Democratic Republic of Congo said Anna Berg ",
        "\" Japan Japan told reporters » said that US Japanese turkey said Anna Berg ",
    ] {
        annotate_checked(text);
    }
}

/// Panicked (index out of range, found by the fuzzer): a gazetteer hit inside
/// a word glued by a combining mark ("e\u{301}Tokyo") at the end of the text
/// had no token of its own (countries/mod.rs). Such a hit is no mention.
#[test]
fn country_name_glued_to_a_combining_mark() {
    let result = annotate_checked("\"Again,\" said Mr. O'Brien \"O%e\u{301}Tokyo");
    assert!(!result.annotations.iter().any(|a| a.text.contains("Tokyo")));
    annotate_checked("e\u{301}Tokyo");
    annotate_checked("Talks with e\u{301}Japan and Tokyo\u{301} ended.");
}

/// Panicked (slice start after end, found by `tests/properties.rs`): the title
/// before a name was only a full stop ("he .B"), trimmed to nothing and then
/// sliced backwards (attribution/speakers.rs). Full stops alone leave an empty
/// title, as they already did when glued to the name ("F.W. De Klerk").
#[test]
fn a_title_of_full_stops_alone() {
    annotate_checked("according to he .B, U.S.");
    annotate_checked("According to Minister . . Berg, talks ended.");
}

/// Panicked (index out of range): "that" after a short adjunct phrase as the
/// last token of the text, so no verb follows it (attribution/clauses.rs,
/// `adjunct_before_that`); found by the property tests.
#[test]
fn that_after_an_adjunct_at_the_end_of_the_text() {
    for text in [
        "Japan Japan Japan said on Friday the ministrysaid that ",
        "The minister said on Friday that",
    ] {
        let result = annotate_checked(text);
        assert!(claims(&result).is_empty(), "{text:?}");
    }
}

/// Panicked (index out of range): a text ending right where a rule reads
/// one word further: the word after the "that" of a noun cue past an
/// adjunct (`noun-cue-adjunct`), the word after "as" past a quote closing a
/// participle's clause (claim end: `is_participial_adjunct`), the verb after
/// ", and he later" (claim end: `speaker-next-act`).
#[test]
fn a_text_ending_where_a_rule_reads_one_word_further() {
    for text in [
        "Lund's claim in May that",
        "Lund urged a firm line, saying that otherwise Berg would ''run rings around us,'' as",
        "Lund said the port was closed, and he later",
    ] {
        annotate_checked(text);
    }
}

/// Every prefix of sentences that exercise the attribution rules keeps the
/// contract: rules that look past the words they match must stop at the
/// text's end.
#[test]
fn every_prefix_of_attribution_sentences_keeps_the_contract() {
    for sentence in [
        "Ola Vik's assertion Monday that the dam was unsafe drew scorn, and he later left.",
        "Lund wrote in a letter to the board of the port that the quay will close.",
        "The mayor filed a $2 million suit in 2019 alleging that the firm had lied.",
        "Berg asserted — twice — that the plan had failed, saying it ''cost too much,'' as Lund put it.",
        "But her chief claim is that the board knew, as the Courier noted in May.",
    ] {
        for (cut, _) in sentence.char_indices() {
            annotate_checked(&sentence[..cut]);
        }
        annotate_checked(sentence);
    }
}

/// Found by `news_like_text_keeps_the_contract`: a quote paragraph after a
/// sentence whose claim ran past that sentence's end (here a quote opened
/// before the cue) made the continuation rule subtract past zero
/// (`continuation-paragraph`: the previous attribution must end inside its
/// sentence).
#[test]
fn a_continuation_after_a_claim_running_past_its_sentence() {
    annotate_checked(
        "\" the Kremlin » told reporters ” Japan\nJapan condemned went on strike U.S.\n\" Japan in a statement \" us Japan ",
    );
}

/// Panicked (index out of range, found by `tests/properties.rs`): a cue
/// after a relative "that" as the last words of the text ("... that said"),
/// so no clause follows it (`message-relative`,
/// attribution/reported/verb_cue.rs): no claim.
#[test]
fn a_cue_after_a_relative_that_at_the_end_of_the_text() {
    for text in ["Japan Japan said that said ", "The letter that says"] {
        let result = annotate_checked(text);
        assert!(claims(&result).is_empty(), "{text:?}");
    }
}

/// Panicked (index out of range): an embassy or consulate word as the first
/// token of the text, next to a street protest (`embassy-of-state`,
/// protests/roles.rs looked for its state one token before the text). The
/// protest is still marked, against no state.
#[test]
fn a_mission_word_at_the_start_of_the_text() {
    for text in [
        "Embassy workers went on strike.",
        "Consulate staff protested.",
    ] {
        let result = annotate_checked(text);
        let protests: Vec<_> = result
            .annotations
            .iter()
            .filter_map(|a| match &a.fields {
                Fields::Protest { against, .. } => Some(against.clone()),
                _ => None,
            })
            .collect();
        assert!(!protests.is_empty(), "{text:?}");
        assert!(protests.iter().all(Option::is_none), "{text:?}");
    }
}
