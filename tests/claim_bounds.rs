//! Where a reported claim starts and ends, as the page's who-said-what panel
//! shows it, on short invented articles.
mod common;
use common::who_said::{said, who_said};

/// The panel shows one claim, `claim`, credited to `speaker` (named once).
fn shows_only(text: &str, claim: &str, speaker: &str) {
    assert_eq!(
        who_said(text),
        vec![said(claim, speaker, speaker)],
        "{text}"
    );
}

#[test]
fn a_hyphen_inside_a_word_is_no_dash_that_ends_the_claim() {
    shows_only(
        "Lund said his anti-Kolb remarks were meant for the mayor.",
        "his anti-Kolb remarks were meant for the mayor",
        "Lund",
    );
}

#[test]
fn a_quote_opened_in_the_claim_carries_it_past_the_sentence_end() {
    shows_only(
        "Berg said the ferry rules were \"far too loose. We will fix them this year.\"",
        "the ferry rules were \"far too loose. We will fix them this year.\"",
        "Berg",
    );
    // A doubled mark closes after its second token.
    shows_only(
        "Berg said the rules were ''too loose. We will fix them.'' Lund left.",
        "the rules were ''too loose. We will fix them.''",
        "Berg",
    );
}

#[test]
fn a_claim_in_a_closed_quote_still_ends_with_its_sentence() {
    shows_only(
        "Berg said the rules were \"too loose.\" The port opened on Friday.",
        "the rules were \"too loose.\"",
        "Berg",
    );
}

#[test]
fn a_participle_after_a_quote_the_comma_closes_ends_the_claim() {
    let rows = who_said("Lund said the fares were \"fair,\" adding that the ferry would run.");
    assert_eq!(rows[0], said("the fares were \"fair,\"", "Lund", "Lund"));
}

#[test]
fn a_programme_quoted_in_the_adjunct_is_skipped_before_that() {
    shows_only(
        "Kolb said on Harbour Radio's \"Morning Talk\" that the port would close.",
        "the port would close",
        "Kolb",
    );
    shows_only(
        "Kolb said on BBC's ''Morning Talk'' on Sunday that the port would close.",
        "the port would close",
        "Kolb",
    );
}

#[test]
fn a_second_poll_figure_with_its_own_cue_is_a_claim_of_its_own() {
    assert_eq!(
        who_said("Two in three said the fare was fair, and nearly two in five said it was low."),
        vec![
            said("the fare was fair", "Two in three", "Two in three"),
            said("it was low", "nearly two in five", "nearly two in five"),
        ]
    );
}

#[test]
fn the_writers_comment_after_the_claim_is_left_out() {
    shows_only(
        "Lund said the rally was calm, a swipe at his critics.",
        "the rally was calm",
        "Lund",
    );
    shows_only(
        "Lund said he met Kolb, a former aide to the mayor.",
        "he met Kolb, a former aide to the mayor",
        "Lund",
    );
}

#[test]
fn the_question_after_the_listener_of_asked_is_the_claim() {
    shows_only(
        "Reporters asked Lund whether the port would close.",
        "whether the port would close",
        "Reporters",
    );
}

#[test]
fn a_prepositional_tail_after_the_cue_is_no_clause() {
    shows_only(
        "The fees were never the point, her aides argued in talks this week.",
        "The fees were never the point",
        "aides",
    );
}

#[test]
fn a_contracted_auxiliary_after_an_adjunct_makes_a_clause() {
    shows_only(
        "Lund said on Friday they're ready to sail.",
        "they're ready to sail",
        "Lund",
    );
    shows_only(
        "Lund says tonight she's one vote closer.",
        "she's one vote closer",
        "Lund",
    );
}

#[test]
fn about_before_a_fraction_is_approximately_and_opens_the_claim() {
    shows_only(
        "Fees at the harbour rose again last year. The port board said about half of the rise came from tankers.",
        "about half of the rise came from tankers",
        "port board",
    );
}

#[test]
fn a_contracted_has_before_the_cue_keeps_its_subject() {
    assert_eq!(
        who_said(
            "Ola Berg said the ferry trust was broke. She's said the old bridge is safe for trucks. \
             While she's said she backs the toll, she voted against it in May."
        ),
        vec![
            said("the ferry trust was broke", "Ola Berg", "Ola Berg"),
            said("the old bridge is safe for trucks", "She", "Ola Berg"),
            said("she backs the toll", "she", "Ola Berg"),
        ]
    );
}

#[test]
fn a_participle_after_an_adverb_or_a_preposition_speaks_for_the_subject() {
    assert_eq!(
        who_said(
            "Mayor Ivar Lund questioned the record of his rival, falsely suggesting that she had \
             never paid tax. The council backed the toll while arguing the county should pay for the road."
        ),
        vec![
            said("she had never paid tax", "Mayor Ivar Lund", "Mayor Ivar Lund"),
            said("the county should pay for the road", "council", "council"),
        ]
    );
}

#[test]
fn a_participle_set_off_before_the_subjects_verb_ends_at_its_comma() {
    shows_only(
        "Kari Holm, after initially saying she would not run, filed her papers on Monday.",
        "she would not run",
        "Kari Holm",
    );
}

#[test]
fn a_listener_and_a_pronoun_before_the_clause() {
    shows_only(
        "Mayor Ivar Lund faced the crowd. In reply, Lund assured voters he'd make the county pay for the dam.",
        "he'd make the county pay for the dam",
        "Lund",
    );
}

#[test]
fn a_participle_after_a_comma_inside_a_closing_quote() {
    let rows = who_said(
        "Kari Holm blamed the paper for its report that she \"sold the ferry,\" saying reporters had twisted her words.",
    );
    assert!(
        rows.contains(&said(
            "reporters had twisted her words",
            "Kari Holm",
            "Kari Holm"
        )),
        "{rows:?}"
    );
}

#[test]
fn quick_to_add_is_an_act_that_took_place() {
    shows_only(
        "Mayor Ivar Lund was quick to add that no crew would lose its pay.",
        "no crew would lose its pay",
        "Mayor Ivar Lund",
    );
}

#[test]
fn an_attribution_after_an_adjunct_leaves_one_claim_over_the_sentence() {
    shows_only(
        "In some ways, Kari Holm noted in a post, the ferry strike might help the town.",
        "In some ways, Kari Holm noted in a post, the ferry strike might help the town",
        "Kari Holm",
    );
    shows_only(
        "The fares are high, Ola Vik said, because fuel went up in May.",
        "The fares are high, Ola Vik said, because fuel went up in May",
        "Ola Vik",
    );
}

#[test]
fn a_prepositional_phrase_before_the_attribution_is_no_claim() {
    assert_eq!(
        who_said("In May, Ola Vik said in a post, citing the count."),
        vec![]
    );
}

#[test]
fn a_prepositional_to_and_a_quoted_fragment_stay_in_the_claim() {
    shows_only(
        "Defence chief Ola Lund said the county's approach to the coast remained \"one of calm and patience\".",
        "the county's approach to the coast remained \"one of calm and patience\"",
        "Defence chief Ola Lund",
    );
}

#[test]
fn a_coordinated_cue_after_a_quoted_word_and_a_dash() {
    let rows = who_said(
        "Kari Holm runs the ferry trust. That drew his scorn - Ivar Lund called her \"soft\" and said she had no friends on the coast.",
    );
    assert!(
        rows.contains(&said(
            "she had no friends on the coast",
            "Ivar Lund",
            "Ivar Lund"
        )),
        "{rows:?}"
    );
}
