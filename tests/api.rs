//! The public API on sentences written for these tests: JSON shape, UTF-16
//! offsets, ids and references.
use newsmark::{annotate, Fields};

/// The UTF-16 slice `[start, end)` of `text`.
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

#[test]
fn offsets_are_utf16_even_after_emoji_and_curly_quotes() {
    let text = "🎉🎉 “We will not back down,” Anna Berg said. Japan 🇯🇵 strongly protested.";
    let result = annotate(text);
    assert!(!result.annotations.is_empty());
    for a in &result.annotations {
        assert_eq!(utf16_slice(text, a.start, a.end), a.text, "{a:?}");
    }
    let japan = result
        .annotations
        .iter()
        .find(|a| a.text == "Japan")
        .expect("Japan is found");
    assert!(matches!(&japan.fields, Fields::Country { code, .. } if code == "JP"));
}

#[test]
fn json_has_the_spec_fields() {
    let text = "\"The talks are over,\" said Berg.";
    let json = serde_json::to_value(annotate(text)).unwrap();
    let annotations = json["annotations"].as_array().unwrap();
    let claim = annotations
        .iter()
        .find(|a| a["kind"] == "claim")
        .expect("a claim");
    assert_eq!(claim["text"], "The talks are over");
    assert_eq!(claim["mode"], "direct");
    assert_eq!(claim["cue"]["text"], "said");
    let speaker_id = claim["speaker"].as_str().unwrap();
    let speaker = annotations
        .iter()
        .find(|a| a["id"] == speaker_id)
        .expect("the claim's speaker exists");
    assert_eq!(speaker["kind"], "speaker");
    assert_eq!(speaker["text"], "Berg");
    assert!(speaker["entity"].as_str().unwrap().starts_with('e'));
}

#[test]
fn annotations_are_sorted_and_ids_unique() {
    let text = "“France will respond,” French President Paul Roux said. Canada condemned the move.";
    let result = annotate(text);
    let mut ids: Vec<&str> = result.annotations.iter().map(|a| a.id.as_str()).collect();
    for pair in result.annotations.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.start < b.start || (a.start == b.start && a.end >= b.end),
            "{a:?} before {b:?}"
        );
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), result.annotations.len());
}

#[test]
fn empty_and_blank_texts_give_no_annotations() {
    assert!(annotate("").annotations.is_empty());
    assert!(annotate(" \n\t ").annotations.is_empty());
}
