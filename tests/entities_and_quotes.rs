//! Issue 14, entities and quotes: quote pairing that recovers from a stray
//! mark, names written family name first, gender from titles, coordinated
//! speakers and speaker names taken from the right word. Invented articles.
mod common;
use common::who_said::{said, who_said};

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
