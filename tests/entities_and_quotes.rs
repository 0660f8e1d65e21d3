//! Issue 14, entities and quotes: quote pairing that recovers from a stray
//! mark, names written family name first, gender from titles, coordinated
//! speakers and speaker names taken from the right word. Invented articles.
mod common;
use common::who_said::{row, said, speakers, who_said};

#[test]
fn a_stray_quote_mark_costs_nothing_after_it() {
    // The closing mark of a quote whose opening was lost in editing.
    let text = "Harbour workers have lost patience. They want the levy dropped.\" \
Ola Berg argues that the plan will fail. Kari Lund said the vote stands.\n\n\
\"We will not move,\" Lund said.";
    assert_eq!(
        who_said(text),
        [
            said("the plan will fail", "Ola Berg", "Ola Berg"),
            said("the vote stands", "Kari Lund", "Kari Lund"),
            said("We will not move", "Lund", "Kari Lund"),
        ]
    );
}

#[test]
fn a_family_name_written_first_is_one_speaker() {
    let text = "Trade envoy Park Min-jun said on Monday that the quota talks were over.\n\n\
\"Nobody at the table wanted a deal,\" Park said.";
    assert_eq!(
        who_said(text),
        [
            said(
                "the quota talks were over",
                "Trade envoy Park Min-jun",
                "Trade envoy Park Min-jun"
            ),
            said(
                "Nobody at the table wanted a deal",
                "Park",
                "Trade envoy Park Min-jun"
            ),
        ]
    );
}

#[test]
fn she_goes_to_the_spokeswoman_named_before_not_to_an_earlier_man() {
    let text = "Fisheries Minister Ola Dahl said the quota would stay.\n\n\
Norwegian Foreign Ministry spokeswoman Song Ha-eun said the boats had left. \
She added that the coast guard had been told in advance.";
    assert_eq!(
        who_said(text),
        [
            said(
                "the quota would stay",
                "Fisheries Minister Ola Dahl",
                "Fisheries Minister Ola Dahl"
            ),
            said(
                "the boats had left",
                "Norwegian Foreign Ministry spokeswoman Song Ha-eun",
                "Norwegian Foreign Ministry spokeswoman Song Ha-eun"
            ),
            said(
                "the coast guard had been told in advance",
                "She",
                "Norwegian Foreign Ministry spokeswoman Song Ha-eun"
            ),
        ]
    );
}

#[test]
fn a_speaker_s_name_comes_from_the_head_of_its_phrase() {
    let text = "The border stays shut, a U.S. State Department spokeswoman said. \
The Joint Chiefs of Staff said the drill was over. \
The Japanese fisheries agency said catches fell. \
The Indian government said the talks would resume. \
Ola Lund of the Harbour Trust said the port was calm.";
    assert_eq!(
        speakers(text),
        [
            row(
                "U.S. State Department spokeswoman",
                None,
                Some("State Department spokeswoman"),
                Some("US")
            ),
            row(
                "Joint Chiefs of Staff",
                None,
                Some("Joint Chiefs of Staff"),
                None
            ),
            row("Japanese fisheries agency", None, None, Some("JP")),
            row("Indian government", None, None, Some("IN")),
            row(
                "Ola Lund of the Harbour Trust",
                Some("Ola Lund"),
                None,
                None
            ),
        ]
    );
}

#[test]
fn coordinated_states_are_one_speaker_of_no_single_state() {
    let text = "Norway and the United Kingdom said last Friday they had settled the quota dispute.";
    assert_eq!(
        who_said(text),
        [said(
            "they had settled the quota dispute",
            "Norway and the United Kingdom",
            "Norway and the United Kingdom"
        )]
    );
    assert_eq!(
        speakers(text),
        [row("Norway and the United Kingdom", None, None, None)]
    );
}

#[test]
fn he_after_a_titled_person_who_did_not_speak_is_that_person() {
    let text = "Trade Minister Eva Holm said the tariffs would go.\n\n\
In Bergen, Norwegian Coast Guard spokesman Nils Aune urged calm. \"Nothing has changed yet,\" \
he said.\n\n\
\"We are waiting,\" Aune said later.";
    assert_eq!(
        who_said(text),
        [
            said(
                "the tariffs would go",
                "Trade Minister Eva Holm",
                "Trade Minister Eva Holm"
            ),
            said("Nothing has changed yet", "he", "he"),
            said("We are waiting", "Aune", "he"),
        ]
    );
}
