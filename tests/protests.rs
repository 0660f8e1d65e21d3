//! Protests as a user sees them in `annotate`'s JSON: spans, forms, roles.
use newsmark::{annotate, Annotation, Annotations, Fields, ProtestForm};

fn protests(a: &Annotations) -> Vec<&Annotation> {
    a.annotations
        .iter()
        .filter(|x| x.kind() == "protest")
        .collect()
}

fn by_id<'a>(a: &'a Annotations, id: &Option<String>) -> Option<&'a str> {
    let id = id.as_ref()?;
    a.annotations
        .iter()
        .find(|x| &x.id == id)
        .map(|x| x.text.as_str())
}

/// A protest as read back from the JSON: (text, form, protester text, target text, against).
type Seen = (
    String,
    ProtestForm,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn summary(text: &str) -> Vec<Seen> {
    let a = annotate(text);
    protests(&a)
        .into_iter()
        .map(|p| match &p.fields {
            Fields::Protest {
                form,
                protester,
                target,
                against,
            } => (
                p.text.clone(),
                *form,
                by_id(&a, protester).map(str::to_string),
                target.as_ref().map(|t| t.text.clone()),
                against.clone(),
            ),
            _ => unreachable!(),
        })
        .collect()
}

const FISHING_ROW: &str = "\
FRANCE PROTESTS OVER CANADA'S PORT CLOSURE

PARIS, April 2 - France on Tuesday strongly protested Canada's decision to close its Atlantic ports to French trawlers, the foreign ministry said.

Paris also lodged a formal protest with the Canadian embassy and called for an immediate withdrawal of the measure.

In Saint-Pierre, hundreds of fishermen blocked the main road in protest against the ban, and dockers went on strike.
";

#[test]
fn a_diplomatic_row_and_its_street_protests() {
    let s = summary(FISHING_ROW);
    let texts: Vec<&str> = s.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "PROTESTS",
            "strongly protested",
            "lodged a formal protest",
            "called for an immediate withdrawal",
            "blocked the main road in protest",
            "went on strike"
        ]
    );
    let headline = &s[0];
    assert_eq!(headline.2.as_deref(), Some("FRANCE"));
    assert_eq!(headline.1, ProtestForm::Diplomatic);
    assert_eq!(headline.4.as_deref(), Some("CA"));
    let protested = &s[1];
    assert_eq!(protested.2.as_deref(), Some("France"));
    assert_eq!(
        protested.3.as_deref(),
        Some("Canada's decision to close its Atlantic ports to French trawlers")
    );
    assert_eq!(protested.4.as_deref(), Some("CA"));
    let withdrawal = &s[3];
    assert_eq!(withdrawal.3.as_deref(), Some("the measure"));
    assert_eq!(
        withdrawal.4.as_deref(),
        Some("CA"),
        "the state of the protests before"
    );
    let road = &s[4];
    assert_eq!(road.1, ProtestForm::Demonstration);
    assert_eq!(road.3.as_deref(), Some("the ban"));
}

const MARKETS_AND_SPORT: &str = "\
Dollar rallies as oil slides

LONDON, May 9 - The dollar rallied on Friday and an oil rally faded, traders said. Analysts hope the two sides strike a deal in March.

In the cup final, a late strike from the striker won the match. Separately, an air strike hit a depot.

The clerk protested his innocence. The minister did not protest. Critics criticised the plan and blamed the board.
";

#[test]
fn look_alikes_give_no_protest() {
    let a = annotate(MARKETS_AND_SPORT);
    let found: Vec<&str> = protests(&a).iter().map(|p| p.text.as_str()).collect();
    assert!(found.is_empty(), "{found:?}");
}

const STRIKE_WAVE: &str = "\
Unions stage one-day general strike

Workers staged a one-day general strike on Monday against pension cuts. Thousands of demonstrators marched through the capital, and students began a sit-in at the university.

Protesters in the north set up roadblocks, police said. Riot police fired tear gas.

Hunger strike is a weapon of last resort, one organiser said.
";

#[test]
fn a_strike_wave() {
    let s = summary(STRIKE_WAVE);
    let texts: Vec<&str> = s.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "stage one-day general strike",
            "staged a one-day general strike",
            "demonstrators",
            "marched",
            "sit-in",
            "Protesters"
        ]
    );
    assert_eq!(s[1].3.as_deref(), Some("pension cuts"));
    assert!(s.iter().all(|p| p.1 == ProtestForm::Demonstration));
}

#[test]
fn condemnation_inside_a_quote_belongs_to_its_speaker() {
    let text = "\"We condemn this attack on our embassy,\" Sergei Lavrov said.";
    let s = summary(text);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].0, "condemn");
    assert_eq!(s[0].1, ProtestForm::Condemnation);
    assert_eq!(s[0].3.as_deref(), Some("this attack on our embassy"));
}

#[test]
fn offsets_are_utf16_with_emoji_around() {
    let text = "🎉 Crowds 🎉 “protested” the 🎉 curfew.";
    let a = annotate(text);
    let p = protests(&a)[0];
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16(&units[p.start..p.end]).unwrap(), p.text);
    assert_eq!(p.text, "protested");
}

#[test]
fn nasty_inputs_do_not_panic() {
    let pieces = [
        "protest",
        "protested",
        "by",
        "from",
        "to",
        "in",
        "'s",
        "’s",
        "-",
        "sit",
        "in",
        "strike",
        "on",
        "went",
        "the",
        "a",
        "March",
        "2016",
        "claims",
        "over",
        "to",
        "Japan",
        "unjust",
        "territorial",
        "lays",
        "claim",
        "rights",
        "sovereignty",
        "called",
        "for",
        "withdrawal",
        "of",
        "U",
        ".",
        "S",
        "\"",
        "“",
        "”",
        ",",
        "summoned",
        "ambassador",
        "was",
        "🎉",
        "\n\n",
        "gathered",
        "Thousands",
        "rally",
        "against",
        "not",
        "condemned",
        "at",
    ];
    // Every piece alone, and every pair and triple of neighbours, in both orders.
    let mut texts: Vec<String> = vec![String::new(), " ".into()];
    for (i, a) in pieces.iter().enumerate() {
        texts.push(a.to_string());
        for b in pieces.iter().skip(i).take(6) {
            texts.push(format!("{a} {b}"));
            texts.push(format!("{b} {a}"));
            texts.push(format!("{a}{b}"));
            for c in pieces.iter().take(8) {
                texts.push(format!("{c} {a} {b}"));
                texts.push(format!("{a} {b} {c}"));
            }
        }
    }
    for text in &texts {
        let a = annotate(text);
        let units: Vec<u16> = text.encode_utf16().collect();
        for x in &a.annotations {
            assert_eq!(
                String::from_utf16(&units[x.start..x.end]).unwrap(),
                x.text,
                "{text:?}"
            );
        }
    }
}

/// An invented wire report with every protest form of issue 15 and their look-alikes.
const TRAWLER_ROW: &str = "\
NORWAY URGES RUSSIA TO FREE SEIZED TRAWLERS

OSLO, May 4 - Norway urged Russia on Monday to free the seized trawlers and complained to Moscow that its coastguard had fired warning shots.

Russia's ambassador Ivan Petrovich Sokolov was summoned to the foreign ministry. Separately, Norway strikes gas deal with Poland.

In Tromso, dock strikers blocked the port and fishermen staged a rally against the seizure. Protest groups said more action would follow.

PROTESTS

Moscow extends fishing zone amid protests
";

#[test]
fn a_trawler_row_with_every_protest_form_and_no_false_alarm() {
    let s = summary(TRAWLER_ROW);
    let texts: Vec<&str> = s.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "URGES RUSSIA TO FREE",
            "urged Russia on Monday to free",
            "complained",
            "ambassador Ivan Petrovich Sokolov was summoned",
            "strikers",
            "staged a rally",
            "protests"
        ]
    );
    let urged = &s[1];
    assert_eq!(urged.1, ProtestForm::Diplomatic);
    assert_eq!(urged.2.as_deref(), Some("Norway"));
    assert_eq!(urged.3.as_deref(), Some("the seized trawlers"));
    assert_eq!(urged.4.as_deref(), Some("RU"));
    let complained = &s[2];
    assert_eq!(complained.1, ProtestForm::Diplomatic);
    assert_eq!(complained.4.as_deref(), Some("RU"));
    let summoned = &s[3];
    assert_eq!(summoned.1, ProtestForm::Diplomatic);
    assert_eq!(
        summoned.2, None,
        "the diplomat summoned is not the protester"
    );
    assert_eq!(summoned.4.as_deref(), Some("RU"));
    assert!(s[4..6].iter().all(|p| p.1 == ProtestForm::Demonstration));
    let amid = &s[6];
    assert_eq!(amid.1, ProtestForm::Demonstration);
    assert_eq!(amid.2, None, "never guessed from the headline's subject");
    assert_eq!(amid.4, None);
}
