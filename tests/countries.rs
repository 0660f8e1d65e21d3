//! Country mentions as a user sees them in `annotate`'s JSON, on short
//! articles written for these tests.
use newsmark::{annotate, Fields};

/// (text, code, form) of every country annotation, in order.
fn countries(text: &str) -> Vec<(String, String, String)> {
    annotate(text)
        .annotations
        .into_iter()
        .filter_map(|a| match a.fields {
            Fields::Country { code, form } => {
                let form = serde_json::to_value(form)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string();
                Some((a.text, code, form))
            }
            _ => None,
        })
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    countries(text).into_iter().map(|(t, _, _)| t).collect()
}

#[test]
fn a_wire_story_with_dateline_capitals_and_seats() {
    let article = "JAPAN SAYS RUSSIAN JETS ENTERED ITS AIRSPACE\n\
        TOKYO, March 3 (Reuters) - Japan lodged a protest with Moscow on Tuesday.\n\
        The Kremlin denied it, and Tokyo is weighing sanctions, a Japanese official said.\n\
        Thousands rallied in Tokyo. The ambassador to Moscow was recalled.";
    assert_eq!(
        countries(article),
        [
            ("JAPAN", "JP", "name"),
            ("RUSSIAN", "RU", "demonym"),
            ("Japan", "JP", "name"),
            ("Moscow", "RU", "capital"),
            ("Kremlin", "RU", "seat"),
            ("Tokyo", "JP", "capital"),
            ("Japanese", "JP", "demonym"),
            ("Moscow", "RU", "capital"),
        ]
        .map(|(t, c, f)| (t.to_string(), c.to_string(), f.to_string()))
    );
}

#[test]
fn people_and_us_states_named_like_countries() {
    let article = "Chad Miller, a Georgia Republican, said Jordan and Chad must act.\n\
        Former star Michael Jordan agreed. Jordan, he added, had scored 40 points.\n\
        Later, in Savannah, Georgia, voters queued.";
    assert_eq!(texts(article), ["Jordan", "Chad"]);
}

#[test]
fn the_country_georgia() {
    let article = "Georgia accused Russia of moving troops. Tbilisi said talks would resume.";
    assert_eq!(texts(article), ["Georgia", "Russia", "Tbilisi"]);
}

#[test]
fn longest_names_and_look_alikes() {
    let article = "South Korea and the Democratic Republic of Congo signed a pact in the \
        South China Sea region, while New Mexico and Papua New Guinea watched from the Gulf of Mexico.";
    assert_eq!(
        texts(article),
        [
            "South Korea",
            "Democratic Republic of Congo",
            "Papua New Guinea"
        ]
    );
}

#[test]
fn spans_never_hold_the_determiner_and_offsets_are_utf16() {
    let article = "🎉 The Netherlands and the Gambia backed Côte d’Ivoire.";
    let result = annotate(article);
    let found: Vec<_> = result
        .annotations
        .iter()
        .map(|a| (a.text.as_str(), a.start, a.end))
        .collect();
    // The emoji is two UTF-16 code units.
    assert_eq!(
        found,
        [
            ("Netherlands", 7, 18),
            ("Gambia", 27, 33),
            ("Côte d’Ivoire", 41, 54)
        ]
    );
}

#[test]
fn organisations_count_regions_and_unions_do_not() {
    let article = "The Bank of Japan and the EU met NATO and UN envoys from Africa, \
        Scotland and Hong Kong at Agence France Presse.";
    assert_eq!(texts(article), ["Japan", "France"]);
}

#[test]
fn bare_korea_and_congo() {
    let article =
        "Korea and Congo signed a fishing pact; North Korea and the Republic of Congo did not.";
    assert_eq!(
        countries(article)
            .into_iter()
            .map(|(t, c, _)| (t, c))
            .collect::<Vec<_>>(),
        [
            ("Korea", "KR"),
            ("Congo", "CD"),
            ("North Korea", "KP"),
            ("Republic of Congo", "CG")
        ]
        .map(|(t, c)| (t.to_string(), c.to_string()))
    );
}

#[test]
fn compounds_currencies_and_common_nouns() {
    let article =
        "The Iran-contra files, a U.S.-bound tanker and Sino-Japanese ties cost US$ 5 million; \
        the Polish-born chef served French fries and roast turkey on china plates.";
    assert_eq!(
        texts(article),
        ["Iran", "U.S.", "Sino", "Japanese", "Polish"]
    );
}

#[test]
fn a_sports_page_with_people_and_teams_named_like_states() {
    let article = "BASEBALL - INDIANS BEAT RANGERS\n\
        CLEVELAND 1996-08-30\n\
        The Cleveland Indians beat Texas 5-3. Chad Ogea pitched and the Indians won.\n\
        In tennis, MaliVai Washington beat a Swede; Washington served 12 aces.";
    assert_eq!(texts(article), ["Swede"]);
}

#[test]
fn a_religion_before_a_demonym_is_no_first_name() {
    let article = "Muslim Indians and Hindu Indians voted; Indians abroad followed the count.";
    assert_eq!(texts(article), ["Indians", "Indians", "Indians"]);
}

#[test]
fn armed_forces_and_bodies_named_after_a_state_take_its_code() {
    let text = "The Korean People's Army fired two missiles, the Korean Central News Agency said. \
        A Korean firm denied it.";
    let found = countries(text);
    assert_eq!(found[0].0, "Korean People's Army");
    assert_eq!(found[0].1, "KP");
    assert_eq!(found[1].0, "Korean Central News Agency");
    assert_eq!(found[1].1, "KP");
    assert_eq!(found[2].1, "KR", "the bare demonym stays South Korea's");
}
