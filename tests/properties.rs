//! Property tests: whatever the input, `annotate` does not panic and its
//! result keeps the contract (tests/common/invariants.rs).
mod common;

use common::invariants::annotate_checked;
use proptest::prelude::*;

/// Characters that have broken text tools before: NUL, controls, bidi marks,
/// emoji (with ZWJ and flags), combining marks, U+FFFD (what a lone surrogate
/// from JavaScript becomes), every kind of quote mark and odd whitespace.
const NASTY: &[char] = &[
    '\0',
    '\u{1}',
    '\u{7f}',
    '\u{200f}',
    '\u{200e}',
    '\u{202e}',
    '\u{061c}',
    '\u{2066}',
    '\u{2069}',
    '🎉',
    '👨',
    '\u{200d}',
    '🇯',
    '🇵',
    '\u{301}',
    '\u{20dd}',
    '\u{fe0f}',
    '\u{fffd}',
    '\u{feff}',
    '"',
    '\'',
    '“',
    '”',
    '„',
    '‟',
    '«',
    '»',
    '‹',
    '›',
    '‘',
    '’',
    '‚',
    '‛',
    '`',
    '\n',
    '\r',
    '\t',
    '\u{2028}',
    '\u{2029}',
    '\u{a0}',
    '\u{3000}',
    '\u{85}',
    '.',
    ',',
    ':',
    ';',
    '!',
    '?',
    '…',
    '-',
    '(',
    ')',
    '\u{10ffff}',
    'ß',
    'İ',
    'ﬁ',
];

fn nasty_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(NASTY),
        3 => prop::char::range('a', 'z'),
        2 => prop::char::range('A', 'Z'),
        1 => prop::char::range('0', '9'),
        1 => Just(' '),
        2 => any::<char>(),
    ]
}

fn nasty_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(nasty_char(), 0..max).prop_map(|cs| cs.into_iter().collect())
}

/// Words of news copy: names, countries, capitals, seats, titles, reporting
/// verbs and nouns, pronouns, protest words, quote marks and punctuation.
const VOCABULARY: &[&str] = &[
    "Japan",
    "Japan's",
    "Japanese",
    "South Korea",
    "South Korean",
    "Korea",
    "the United States",
    "U.S.",
    "US",
    "us",
    "Russia",
    "Russian",
    "China",
    "Tokyo",
    "Seoul",
    "Moscow",
    "Beijing",
    "Washington",
    "the Kremlin",
    "the White House",
    "Downing Street",
    "Ivory Coast",
    "Democratic Republic of Congo",
    "Georgia",
    "Chad",
    "turkey",
    "Mr.",
    "Ms.",
    "Dr.",
    "Prime Minister",
    "Foreign Minister",
    "spokesman",
    "Spokesman",
    "Dmitry",
    "Peskov",
    "Anna Berg",
    "the ministry",
    "the Foreign Ministry",
    "Xinhua news agency",
    "officials",
    "he",
    "she",
    "He",
    "She",
    "they",
    "It",
    "we",
    "said",
    "says",
    "told",
    "told reporters",
    "announced",
    "warned",
    "added",
    "stressed",
    "insisted",
    "denied",
    "according to",
    "in a statement",
    "claimed",
    "reported",
    "said that",
    "did not say",
    "protested",
    "strongly protests",
    "lodged a protest",
    "condemned",
    "denounced",
    "protesters",
    "demonstrators",
    "rallied",
    "marched",
    "took to the streets",
    "went on strike",
    "boycott",
    "sit-in",
    "territorial claims to",
    "sovereignty",
    "the islets",
    "on Friday",
    "in Seoul",
    "in Tokyo",
    "the",
    "a",
    "and",
    "of",
    "to",
    "that",
    "is",
    "was",
    "not",
    "claims",
    "position",
    "unfriendly",
    "2,000",
    "3.5",
    "1990s",
    "\"",
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    ",",
    ",",
    ".",
    ".",
    ".",
    ":",
    ";",
    "?",
    "!",
    "(",
    ")",
    "—",
    "-",
    "\n",
    "\n\n",
    "\n    ",
    "é",
    "\u{301}",
    "🎉",
    "\u{fffd}",
    "\0",
    "\u{200f}",
];

fn news_text() -> impl Strategy<Value = String> {
    let piece = (
        prop::sample::select(VOCABULARY),
        prop::sample::select(&[" ", " ", " ", "", "\n"][..]),
    );
    prop::collection::vec(piece, 0..120).prop_map(|pieces| {
        let mut text = String::new();
        for (word, sep) in pieces {
            text.push_str(word);
            text.push_str(sep);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_keeps_the_contract(text in any::<String>()) {
        annotate_checked(&text);
    }

    #[test]
    fn nasty_characters_keep_the_contract(text in nasty_text(300)) {
        annotate_checked(&text);
    }

    #[test]
    fn news_like_text_keeps_the_contract(text in news_text()) {
        annotate_checked(&text);
    }

    #[test]
    fn news_with_nasty_characters_spliced_in(text in news_text(), noise in nasty_text(20), at in any::<prop::sample::Index>()) {
        // Splice the noise at a char boundary of the news text.
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let cut = boundaries[at.index(boundaries.len())];
        let mixed = format!("{}{}{}", &text[..cut], noise, &text[cut..]);
        annotate_checked(&mixed);
    }
}

/// One line of 100,000 characters drawn from the nasty set and news words.
#[test]
fn a_100_000_character_line() {
    let mut text = String::new();
    let mut i = 0usize;
    while text.chars().count() < 100_000 {
        let word = VOCABULARY[(i * 7919) % VOCABULARY.len()];
        let nasty = NASTY[(i * 104_729) % NASTY.len()];
        text.push_str(&word.replace('\n', " "));
        text.push(if nasty == '\n' { ' ' } else { nasty });
        text.push(' ');
        i += 1;
    }
    annotate_checked(&text);
}

#[test]
fn ten_thousand_quote_marks_of_each_kind() {
    for mark in ["\"", "“", "”", "'", "‘", "’", "«", "»", "`", "\"\u{301}"] {
        annotate_checked(&mark.repeat(10_000));
        annotate_checked(&format!("{} he said.", mark.repeat(10_000)));
    }
    let mixed: String = (0..10_000)
        .map(|i| ["\"", "“", "”", "'", "’", "« ", "» said Berg. "][i % 7])
        .collect();
    annotate_checked(&mixed);
}

#[test]
fn quotes_with_attributions_repeated_10_000_times() {
    let text = "\"We will respond,\" Anna Berg said. ".repeat(10_000);
    annotate_checked(&text);
    let text = "Berg said: \"No.\" She said: \"Yes\n".repeat(5_000);
    annotate_checked(&text);
}

#[test]
fn control_and_bidi_only_inputs() {
    for text in [
        "",
        "\0",
        "\0\0\0 said \0",
        "\u{200f}\u{202e}Japan\u{202c} said\u{200f}",
        "\u{fffd}\u{fffd} said \"\u{fffd}\"",
        "\r\n\r\n\r\n",
        "e\u{301}\u{301}\u{301} said \"\u{301}\"",
        "🇯🇵 Japan 🇯🇵 said \"👨‍👩‍👧 protest\" 🎉",
    ] {
        annotate_checked(text);
    }
}

/// The checker itself catches each kind of broken result (so the properties above can fail).
mod the_checker_rejects {
    use super::common::invariants::check;
    use newsmark::{Annotation, Annotations, ClaimMode, CountryForm, Fields, TextSpan};

    const TEXT: &str = "🎉 Japan said \"no\".";

    fn country(id: &str, start: usize, end: usize) -> Annotation {
        let text: Vec<u16> = TEXT.encode_utf16().collect();
        Annotation {
            id: id.into(),
            fields: Fields::Country {
                code: "JP".into(),
                form: CountryForm::Name,
            },
            start,
            end,
            text: String::from_utf16_lossy(&text[start..end]),
        }
    }

    fn speaker(id: &str) -> Annotation {
        Annotation {
            fields: Fields::Speaker {
                name: None,
                title: None,
                country: Some("JP".into()),
                entity: "e1".into(),
            },
            ..country(id, 3, 8)
        }
    }

    fn claim(id: &str, speaker: Option<&str>) -> Annotation {
        Annotation {
            fields: Fields::Claim {
                mode: ClaimMode::Direct,
                speaker: speaker.map(Into::into),
                cue: Some(TextSpan {
                    start: 9,
                    end: 13,
                    text: "said".into(),
                }),
            },
            ..country(id, 15, 17)
        }
    }

    fn result(annotations: Vec<Annotation>) -> Annotations {
        Annotations { annotations }
    }

    #[test]
    fn nothing_in_a_valid_result() {
        let ok = result(vec![
            speaker("a1"),
            country("a2", 3, 8),
            claim("a3", Some("a1")),
        ]);
        assert_eq!(check(TEXT, &ok), Ok(()));
    }

    #[test]
    fn a_span_splitting_a_surrogate_pair() {
        let mut bad = country("a1", 1, 8);
        bad.text = "\u{fffd} Japan".into();
        assert!(check(TEXT, &result(vec![bad])).is_err());
    }

    #[test]
    fn text_that_is_not_the_slice() {
        let mut bad = country("a1", 3, 8);
        bad.text = "Japon".into();
        assert!(check(TEXT, &result(vec![bad])).is_err());
        let mut past_the_end = country("a1", 3, 8);
        past_the_end.end = 80;
        assert!(check(TEXT, &result(vec![past_the_end])).is_err());
    }

    #[test]
    fn unsorted_annotations() {
        let bad = result(vec![country("a1", 9, 13), country("a2", 3, 8)]);
        assert!(check(TEXT, &bad).unwrap_err().contains("sorted"));
        let shorter_first = result(vec![country("a1", 3, 5), country("a2", 3, 8)]);
        assert!(check(TEXT, &shorter_first).is_err());
    }

    #[test]
    fn same_kind_overlap() {
        let bad = result(vec![country("a1", 3, 8), country("a2", 5, 13)]);
        assert!(check(TEXT, &bad).unwrap_err().contains("overlaps"));
    }

    #[test]
    fn a_dangling_or_unused_speaker() {
        let dangling = result(vec![claim("a1", Some("a9"))]);
        assert!(check(TEXT, &dangling)
            .unwrap_err()
            .contains("does not exist"));
        let unused = result(vec![speaker("a1"), claim("a2", None)]);
        assert!(check(TEXT, &unused).unwrap_err().contains("no claim"));
    }

    #[test]
    fn a_cue_off_its_text() {
        let mut bad = claim("a2", Some("a1"));
        if let Fields::Claim { cue: Some(cue), .. } = &mut bad.fields {
            cue.end = 12;
        }
        assert!(check(TEXT, &result(vec![speaker("a1"), bad])).is_err());
    }
}
