//! Direct quotes as the page's who-said-what panel lists them: quote marks
//! typed the wrong way round, quotes that carry on the writer's clause, and
//! quotes that continue a speaker. Invented articles.
mod common;
use common::who_said::{said, who_said};

#[test]
fn an_opening_mark_typed_as_the_closing_one_still_closes_the_quote() {
    let text = "“Not this year,“ Ola Berg said. “The ferry stays in the yard.”";
    assert_eq!(
        who_said(text),
        [
            said("Not this year", "Ola Berg", "Ola Berg"),
            said("The ferry stays in the yard", "Ola Berg", "Ola Berg"),
        ]
    );
}

#[test]
fn a_lowercase_quote_after_an_interposed_attribution_is_one_claim() {
    let text = "After the storm, the harbour master said, “the quay needs a new wall.”";
    assert_eq!(
        who_said(text),
        [said(
            "After the storm, the harbour master said, “the quay needs a new wall",
            "harbour master",
            "harbour master"
        )]
    );
}

#[test]
fn a_quote_with_its_own_cue_does_not_take_the_previous_speaker() {
    let text = "\"The ferry will run,\" Mayor Ola Berg said.\n\n\
\"I put the budget first,\" the soft-spoken, 64-year-old treasurer said.\n\n\
\"We will see,\" a man who stood by the door said.";
    assert_eq!(
        who_said(text),
        [
            said("The ferry will run", "Mayor Ola Berg", "Mayor Ola Berg"),
            said(
                "I put the budget first",
                "soft-spoken, 64-year-old treasurer",
                "soft-spoken, 64-year-old treasurer"
            ),
        ]
    );
}
