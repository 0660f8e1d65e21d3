//! Where a reported claim starts and ends, as the page's who-said-what panel
//! shows it, on short invented articles.
mod common;
use common::who_said::{said, who_said};

#[test]
fn a_hyphen_inside_a_word_is_no_dash_that_ends_the_claim() {
    assert_eq!(
        who_said("Lund said his anti-Kolb remarks were meant for the mayor."),
        vec![said(
            "his anti-Kolb remarks were meant for the mayor",
            "Lund",
            "Lund"
        )]
    );
}

#[test]
fn a_quote_opened_in_the_claim_carries_it_past_the_sentence_end() {
    assert_eq!(
        who_said("Berg said the ferry rules were \"far too loose. We will fix them this year.\""),
        vec![said(
            "the ferry rules were \"far too loose. We will fix them this year.\"",
            "Berg",
            "Berg"
        )]
    );
}

#[test]
fn a_claim_in_a_closed_quote_still_ends_with_its_sentence() {
    assert_eq!(
        who_said("Berg said the rules were \"too loose.\" The port opened on Friday."),
        vec![said("the rules were \"too loose.\"", "Berg", "Berg")]
    );
}
