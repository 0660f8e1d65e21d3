//! Entity linking between speaker phrases: a surname continues its full
//! name, a pronoun the most recent compatible speaker, a short description
//! ("the ministry", "the spokesman") the last speaker it describes.
use super::speakers;
use crate::mentions::{CountryMention, SpeakerMention};
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// Words heading a phrase that names an organisation, not a person ("it" refers to these).
const ORGANISATION_HEADS: [&str; 24] = [
    "ministry",
    "government",
    "administration",
    "agency",
    "office",
    "department",
    "embassy",
    "commission",
    "committee",
    "council",
    "court",
    "report",
    "statement",
    "newspaper",
    "company",
    "party",
    "campaign",
    "union",
    "group",
    "army",
    "military",
    "police",
    "bank",
    "news",
];

const FEMALE_TITLES: [&str; 6] = ["mrs", "ms", "miss", "spokeswoman", "congresswoman", "queen"];
const MALE_TITLES: [&str; 6] = ["mr", "spokesman", "congressman", "king", "sir", "lord"];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Person(Option<Gender>),
    Organisation,
    /// A state named as speaker ("Canada said").
    State,
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    Female,
    Male,
}

/// Speaker mentions for `phrases` (in text order), with entities and fields.
pub fn speakers(
    doc: &Doc,
    countries: &[CountryMention],
    phrases: &[Range<usize>],
) -> Vec<SpeakerMention> {
    let mut out: Vec<SpeakerMention> = Vec::with_capacity(phrases.len());
    let mut kinds: Vec<Kind> = Vec::with_capacity(phrases.len());
    let mut next_entity = 0;
    for phrase in phrases {
        let span = doc.span_of(phrase.clone());
        let (name, title) = speakers::name_and_title(doc, phrase.clone(), countries);
        let pronoun = phrase.len() == 1 && speakers::is_pronoun(doc, phrase.start);
        let kind = kind_of(doc, phrase.clone(), countries, pronoun);
        let country_here = countries
            .iter()
            .find(|c| span.contains(c.span))
            .map(|c| c.code);
        let earlier = if pronoun {
            pronoun_antecedent(doc, phrase.start, &kinds)
        } else {
            antecedent(doc, phrase.clone(), name.as_deref(), &out)
        };
        let entity = earlier.map(|j| out[j].entity).unwrap_or_else(|| {
            next_entity += 1;
            next_entity - 1
        });
        let country = country_here.or_else(|| earlier.and_then(|j| out[j].country));
        // A pronoun takes the kind of what it refers to, for later pronouns.
        let kind = match (pronoun, earlier) {
            (true, Some(j)) => kinds[j],
            _ => kind,
        };
        let name = name.or_else(|| {
            (kind == Kind::State || kind == Kind::Organisation)
                .then(|| span.slice(doc.text))
                .filter(|t| t.chars().next().is_some_and(char::is_uppercase))
                .map(str::to_string)
        });
        kinds.push(kind);
        out.push(SpeakerMention {
            span,
            name,
            title,
            country,
            entity,
        });
    }
    out
}

fn kind_of(doc: &Doc, phrase: Range<usize>, countries: &[CountryMention], pronoun: bool) -> Kind {
    let head = phrase.end - 1;
    if pronoun {
        return match doc.word(head).to_ascii_lowercase().as_str() {
            "he" => Kind::Person(Some(Gender::Male)),
            "she" => Kind::Person(Some(Gender::Female)),
            "it" => Kind::Organisation,
            _ => Kind::Unknown,
        };
    }
    let span = doc.span_of(phrase.clone());
    if countries.iter().any(|c| c.span == span) {
        return Kind::State;
    }
    if phrase
        .clone()
        .any(|i| ORGANISATION_HEADS.iter().any(|w| doc.is(i, w)))
    {
        return Kind::Organisation;
    }
    let gender = phrase.clone().find_map(|i| {
        if FEMALE_TITLES.iter().any(|w| doc.is(i, w)) {
            Some(Gender::Female)
        } else if MALE_TITLES.iter().any(|w| doc.is(i, w)) {
            Some(Gender::Male)
        } else {
            None
        }
    });
    let capitalised = phrase
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word && doc.is_capitalized(i))
        .count();
    if gender.is_some() || speakers::is_title(doc, head) || capitalised >= 2 {
        Kind::Person(gender)
    } else {
        Kind::Unknown
    }
}

/// The most recent speaker a pronoun can refer to.
fn pronoun_antecedent(doc: &Doc, at: usize, kinds: &[Kind]) -> Option<usize> {
    let want = match doc.word(at).to_ascii_lowercase().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        "it" => None,
        // "they", "we", "I": the last speaker, whatever it is.
        _ => return kinds.len().checked_sub(1),
    };
    let fits = |k: &Kind| match (want, k) {
        (None, Kind::Organisation | Kind::State) => true,
        (Some(g), Kind::Person(Some(h))) => g == *h,
        (Some(_), Kind::Person(None) | Kind::Unknown) => true,
        _ => false,
    };
    kinds.iter().rposition(fits)
}

/// An earlier speaker this phrase names again: same surname, or a short
/// description whose head word appears in the earlier phrase.
fn antecedent(
    doc: &Doc,
    phrase: Range<usize>,
    name: Option<&str>,
    out: &[SpeakerMention],
) -> Option<usize> {
    if let Some(surname) = name.and_then(|n| n.split_whitespace().last()) {
        return out.iter().rposition(|s| {
            s.name
                .as_deref()
                .and_then(|n| n.split_whitespace().last())
                .is_some_and(|last| last == surname)
        });
    }
    let head = doc.word(phrase.end - 1);
    if phrase.len() <= 2 && head.chars().all(char::is_lowercase) {
        return out.iter().rposition(|s| {
            s.span
                .slice(doc.text)
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(head))
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_continues_full_name() {
        let text = "Minister Ola Nordmann said x. Then Kari Berg said y. Nordmann said z.";
        let doc = Doc::new(text);
        let s = speakers(&doc, &[], &[0..3, 7..9, 12..13]);
        assert_eq!(s[2].entity, s[0].entity);
        assert_ne!(s[1].entity, s[0].entity);
        assert_eq!(s[0].name.as_deref(), Some("Ola Nordmann"));
        assert_eq!(s[0].title.as_deref(), Some("Minister"));
    }

    #[test]
    fn pronouns_follow_gender_and_kind() {
        // Mrs Berg ... the ministry ... he ... it ... she
        let text =
            "Mrs Kari Berg said x. The ministry said y. Mr Ola Lund said z. It said w. She said v.";
        let doc = Doc::new(text);
        let find = |w: &str, nth: usize| {
            (0..doc.tokens.len())
                .filter(|&i| doc.word(i) == w)
                .nth(nth)
                .unwrap()
        };
        let ranges = [
            find("Mrs", 0)..find("Berg", 0) + 1,
            find("ministry", 0)..find("ministry", 0) + 1,
            find("Mr", 0)..find("Lund", 0) + 1,
            find("It", 0)..find("It", 0) + 1,
            find("She", 0)..find("She", 0) + 1,
        ];
        let s = speakers(&doc, &[], &ranges);
        assert_eq!(s[3].entity, s[1].entity, "it → the ministry");
        assert_eq!(s[4].entity, s[0].entity, "she → Mrs Berg, not Mr Lund");
        assert_ne!(s[2].entity, s[0].entity);
    }

    #[test]
    fn short_description_continues_its_organisation() {
        let text = "The Freedonian foreign ministry said x. The ministry said y.";
        let doc = Doc::new(text);
        let s = speakers(&doc, &[], &[1..4, 8..9]);
        assert_eq!(s[1].entity, s[0].entity);
    }
}
