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

#[test]
fn a_quote_after_a_sentence_of_the_writer_s_continues_the_speaker() {
    let text = "''I am better with nets than with words,'' said Per Holm, half smiling. \
He runs a crew of six. ''But I like the sea.''";
    assert_eq!(
        who_said(text),
        [
            said(
                "I am better with nets than with words",
                "Per Holm",
                "Per Holm"
            ),
            said("But I like the sea", "Per Holm", "Per Holm"),
        ]
    );
}

#[test]
fn a_quote_after_a_reported_claim_of_the_same_speaker_continues_it() {
    let text = "Kari Lund said the crews had made progress on the new quay this spring. \
\"I believe the plan works.\"";
    assert_eq!(
        who_said(text),
        [
            said(
                "the crews had made progress on the new quay this spring",
                "Kari Lund",
                "Kari Lund"
            ),
            said("I believe the plan works", "Kari Lund", "Kari Lund"),
        ]
    );
}

#[test]
fn a_quote_paragraph_after_a_reported_claim_continues_its_speaker() {
    let text = "Harbour master Eva Dahl said the old crane would be gone by June.\n\n\
\"It has served us for forty years and it deserves a rest.\"";
    assert_eq!(
        who_said(text),
        [
            said(
                "the old crane would be gone by June",
                "Harbour master Eva Dahl",
                "Harbour master Eva Dahl"
            ),
            said(
                "It has served us for forty years and it deserves a rest",
                "Harbour master Eva Dahl",
                "Harbour master Eva Dahl"
            ),
        ]
    );
}

#[test]
fn a_quote_inside_a_quote_closing_with_three_marks_keeps_the_attribution() {
    let text = "''They keep telling us, 'the port is a special case,''' Mr. Lund said. \
''It is not. Every port pays the same toll.''";
    assert_eq!(
        who_said(text),
        [
            said(
                "They keep telling us, 'the port is a special case,'",
                "Mr. Lund",
                "Mr. Lund"
            ),
            said(
                "It is not. Every port pays the same toll",
                "Mr. Lund",
                "Mr. Lund"
            ),
        ]
    );
}

#[test]
fn a_closing_mark_typed_for_the_opening_one_still_opens_the_quote() {
    let text = "” … none of them knows the valley,” Eva Dahl said in March. \
“The farmers would not vote for any of them.”";
    assert_eq!(
        who_said(text),
        [
            said("… none of them knows the valley", "Eva Dahl", "Eva Dahl"),
            said(
                "The farmers would not vote for any of them",
                "Eva Dahl",
                "Eva Dahl"
            ),
        ]
    );
}

#[test]
fn a_quote_after_a_sentence_ending_in_an_initialism_continues_the_speaker() {
    let text = "\"The levy is not a fair deal,\" Eva Dahl said at a rally in Bergen, N.Y. \
\"The council moved the burden onto the farmers.\"";
    assert_eq!(
        who_said(text),
        [
            said("The levy is not a fair deal", "Eva Dahl", "Eva Dahl"),
            said(
                "The council moved the burden onto the farmers",
                "Eva Dahl",
                "Eva Dahl"
            ),
        ]
    );
}

#[test]
fn a_quote_resumed_after_a_long_apposition_keeps_its_speaker() {
    let text = "\"The hill used to be the town's orchard,\" said Kari Vik, head of research \
at the fruit institute in Molde, \"but the houses are creeping up its slopes.\"";
    assert_eq!(
        who_said(text),
        [
            said(
                "The hill used to be the town's orchard",
                "Kari Vik",
                "Kari Vik"
            ),
            said(
                "but the houses are creeping up its slopes",
                "Kari Vik",
                "Kari Vik"
            ),
        ]
    );
}

#[test]
fn a_participle_after_a_reported_claim_carries_its_speaker_to_the_next_quote() {
    let text = "Per Holm told the local radio that the old mayor \"ran a wasteful office,\" \
adding, \"He lost the trust of every farmer in the valley.\"";
    let got = who_said(text);
    assert!(
        got.contains(&said(
            "He lost the trust of every farmer in the valley",
            "Per Holm",
            "Per Holm"
        )),
        "{got:?}"
    );
}

#[test]
fn each_quote_of_a_list_of_quoted_words_is_the_subject_s() {
    let text = "Mayor Ola Berg called the new toll a \"small mercy\" and a \
\"poor answer to a real crisis.\"";
    assert_eq!(
        who_said(text),
        [
            said("small mercy", "Mayor Ola Berg", "Mayor Ola Berg"),
            said(
                "poor answer to a real crisis",
                "Mayor Ola Berg",
                "Mayor Ola Berg"
            ),
        ]
    );
}

#[test]
fn quoted_words_after_calling_on_others_are_the_caller_s() {
    let text = "Mayor Ola Berg called on the ferry crews \"not to give in to fear or to anger.\"";
    assert_eq!(
        who_said(text),
        [said(
            "not to give in to fear or to anger",
            "Mayor Ola Berg",
            "Mayor Ola Berg"
        )]
    );
}
