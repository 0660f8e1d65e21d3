use super::*;

/// Test names for these tests: one class of the lexicon, one Rust test.
fn vocabulary(name: &str) -> Option<Test> {
    match name {
        "modal" => Some(Test::Class(crate::lexicon::class::attribution::MODAL)),
        "capitalised" => Some(Test::Rust(|doc: &Doc, i: usize| doc.is_capitalized(i))),
        _ => None,
    }
}

fn pattern(source: &'static str) -> Pattern {
    Pattern::parse(source, &vocabulary)
}

/// The text of the longest match of `source` right of the first token of
/// `text` that has one.
fn right(source: &'static str, text: &str) -> Option<String> {
    let p = pattern(source);
    let doc = Doc::new(text);
    (0..doc.tokens.len()).find_map(|i| {
        p.match_right(&doc, i, 0..doc.tokens.len())
            .filter(|m| !m.tokens.is_empty())
            .map(|m| doc.span_of(m.tokens).slice(text).to_string())
    })
}

#[test]
fn words_classes_and_optional_elements() {
    assert_eq!(
        right("went on strike|strikes", "They went on strike."),
        Some("went on strike".into())
    );
    assert_eq!(
        right("it <modal> rain?", "It MIGHT rain"),
        Some("It MIGHT rain".into())
    );
    assert_eq!(
        right("it <modal> rain?", "It might"),
        Some("It might".into())
    );
    assert_eq!(right("went on strike", "They went on holiday."), None);
}

#[test]
fn repeats_take_the_longest_match() {
    assert_eq!(
        right(
            "took <any>{0,3} to the streets",
            "Farmers took their old tractors to the streets"
        ),
        Some("took their old tractors to the streets".into())
    );
    assert_eq!(
        right(
            "took <any>{0,2} to the streets",
            "Farmers took their old tractors to the streets"
        ),
        None,
        "more words than the repeat allows"
    );
    assert_eq!(
        right(
            "took <any>{0,4} to the streets",
            "He took it, to the streets"
        ),
        None,
        "a comma is neither a word nor a number"
    );
    assert_eq!(
        right("<capitalised>{1,3} said", "then Ann Lee Berg said so"),
        Some("Ann Lee Berg said".into())
    );
}

#[test]
fn negation_looks_ahead_without_consuming() {
    assert_eq!(
        right("put it !out", "as they put it, the plan failed"),
        Some("put it".into())
    );
    assert_eq!(right("put it !out", "the storm put it out"), None);
    assert_eq!(
        right("put it !out", "they put it"),
        Some("put it".into()),
        "the text ends"
    );
}

#[test]
fn matches_stay_within_their_bounds() {
    let p = pattern("on to say");
    let doc = Doc::new("He went on to say so.");
    assert!(p.match_right(&doc, 2, 0..doc.tokens.len()).is_some());
    assert!(
        p.match_right(&doc, 2, 0..4).is_none(),
        "\"say\" is out of bounds"
    );
    assert!(p.match_right(&doc, 9, 0..doc.tokens.len()).is_none());
}

#[test]
fn left_matches_end_at_the_anchor() {
    let p = pattern("went|goes on to");
    let doc = Doc::new("Lund went on to say it.");
    let m = p.match_left(&doc, 4, 0..doc.tokens.len()).expect("a match");
    assert_eq!(m.tokens, 1..4);
    assert!(
        p.match_left(&doc, 4, 2..doc.tokens.len()).is_none(),
        "\"went\" is out of bounds"
    );
    assert!(p.match_left(&doc, 5, 0..doc.tokens.len()).is_none());
    // Repeats reach as far left as they may.
    let p = pattern("<capitalised>{1,3} said");
    let doc = Doc::new("so Ann Lee Berg said it");
    assert_eq!(p.match_left(&doc, 5, 0..6).map(|m| m.tokens), Some(1..5));
}

#[test]
fn captures_record_positions_in_pattern_order() {
    let p = pattern("according to @ <capitalised>{1,3} @");
    let doc = Doc::new("It rose, according to Ann Berg, at once.");
    let m = p
        .match_right(&doc, 3, 0..doc.tokens.len())
        .expect("a match");
    assert_eq!((m.at(0), m.at(1)), (5, 7));
    let m = p.match_left(&doc, 7, 0..doc.tokens.len()).expect("a match");
    assert_eq!((m.tokens.start, m.at(0), m.at(1)), (3, 5, 7));
}

#[test]
fn the_first_words_index_a_pattern() {
    assert_eq!(
        pattern("said|told it").first_words(),
        Some(&["said", "told"][..])
    );
    assert_eq!(pattern("said? it").first_words(), None);
    assert_eq!(pattern("<modal> it").first_words(), None);
}

#[test]
#[should_panic(expected = "no class or test")]
fn unknown_names_are_refused() {
    pattern("urged <no-such-class>");
}

#[test]
#[should_panic(expected = "lower case")]
fn words_are_written_in_lower_case() {
    pattern("Urged them");
}
