//! The context words the rules look at (data/countries_cues.tsv), one
//! `WordSet` per cue, parsed once.
use crate::lexicon::{self, WordSet};
use std::sync::LazyLock;

pub struct Cues {
    pub locative: WordSet,
    pub envoy_to: WordSet,
    pub hyphen_place: WordSet,
    pub distance_as: WordSet,
    pub event_after: WordSet,
    pub us_state_after: WordSet,
    pub us_state_doc: WordSet,
    pub state_doc: WordSet,
    pub not_a_person_after: WordSet,
    pub not_a_first_name: WordSet,
    pub personal_title: WordSet,
    pub elsewhere_after_comma: WordSet,
}

pub static CUES: LazyLock<Cues> = LazyLock::new(|| {
    // A line per cue, its words after a tab (build.rs groups the file's lines).
    let source = crate::data_file!("countries_cues.grouped.tsv");
    // Split once, not once per cue (the file is read at the first call of `annotate`).
    let rows: Vec<Vec<&str>> = lexicon::rows(source).collect();
    let set = |cue: &str| cue_set(&rows, cue);
    Cues {
        locative: set("locative"),
        envoy_to: set("envoy-to"),
        hyphen_place: set("hyphen-place"),
        distance_as: set("distance-as"),
        event_after: set("event-after"),
        us_state_after: set("usstate-after"),
        us_state_doc: set("usstate-doc"),
        state_doc: set("state-doc"),
        not_a_person_after: set("not-a-person-after"),
        not_a_first_name: set("not-a-first-name"),
        personal_title: set("personal-title"),
        elsewhere_after_comma: set("elsewhere-after-comma"),
    }
});

/// The words of `cue` in the file's rows (out of line: one copy, not one
/// per cue in the initialiser).
#[inline(never)]
fn cue_set(rows: &[Vec<&str>], cue: &str) -> WordSet {
    let mut set = WordSet::default();
    let mut words = 0;
    for w in rows
        .iter()
        .filter(|r| r[0] == cue)
        .flat_map(|r| r[1].split(' '))
    {
        set.insert(w);
        words += 1;
    }
    if words == 0 {
        crate::bad_data!("countries_cues.tsv: no {cue} words");
    }
    set
}
