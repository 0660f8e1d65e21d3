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
