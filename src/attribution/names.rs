//! What a speaker phrase names, read from its head: the proper name, the
//! title and the kind (a person and the gender the title tells, an
//! organisation, a state, a group).
//!
//! The head is the phrase's last word before its complement or its "and":
//! `Lund` of "Ola Lund of the Harbour Trust", `spokesman` of "a spokesman
//! for the ministry", `Mendes` of "U.S. State Department spokeswoman Laura
//! Mendes", `agency` of "Japanese fisheries agency". Every field follows
//! from it, so a word elsewhere in the phrase ("Department", "Staff",
//! "Japanese") never becomes the name:
//! - a capitalised head that is no title and no organisation word ends a
//!   person's name: the name words before it (family name first or not:
//!   "Han Ji-won"), the title the title and capitalised words before the name
//!   back to a country ("State Department spokeswoman");
//! - a title head ("the Prime Minister", "Joint Chiefs of Staff") gives a
//!   title and no name;
//! - an organisation head gives an organisation: its name is the capitalised
//!   words ending at the head with their "of" complement ("Ministry of
//!   Foreign Affairs"), or, under a lowercase head, the capitalised words
//!   opening the phrase unless they only name a state ("Xinhua" of "Xinhua
//!   news agency"; none for "Japanese fisheries agency", "Indian government").
use super::speakers;
use super::words;
use crate::mentions::CountryMention;
use crate::model::CountryForm;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Person(Option<Gender>),
    Organisation,
    /// A state named as speaker ("Canada said").
    State,
    /// People of no known gender, groups, coordinated speakers, unknown kinds.
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Gender {
    Female,
    Male,
}

/// The fields a speaker phrase gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Naming {
    pub name: Option<String>,
    pub title: Option<String>,
    pub kind: Kind,
    /// Two speakers joined by "and" ("South Korea and the United States").
    pub coordinated: bool,
}

/// The fields of the speaker phrase `phrase` (not empty).
pub fn naming(doc: &Doc, phrase: Range<usize>, countries: &[CountryMention]) -> Naming {
    let plain = |kind| Naming {
        name: None,
        title: None,
        kind,
        coordinated: false,
    };
    if phrase.len() == 1
        && (speakers::is_pronoun(doc, phrase.start)
            || speakers::is_possessive_pronoun(doc, phrase.start))
    {
        return plain(pronoun_kind(doc, phrase.start));
    }
    let span = doc.span_of(phrase.clone());
    if country_at(countries, span.start).is_some_and(|c| c.span == span) {
        return Naming {
            name: Some(text_of(doc, phrase.clone())),
            ..plain(Kind::State)
        };
    }
    let head_end = (phrase.start + 1..phrase.end)
        .find(|&i| {
            (doc.word(i) == "," || doc.has(i, words::HEAD_END))
                && !joins_organisation_name(doc, i, phrase.end)
        })
        .unwrap_or(phrase.end);
    // "Lund, the union's leader, and Berg": coordinated past an apposition.
    let and_after_comma = (phrase.start + 1..phrase.end)
        .any(|i| doc.word(i - 1) == "," && doc.has(i, words::PHRASE_COORDINATOR));
    // `head_end` is a comma or a `head-end` word: of the conjunctions, "and" or "&".
    let joined = doc.has_lowercase(head_end, words::PHRASE_COORDINATOR);
    if head_end < phrase.end && (joined || and_after_comma) {
        return Naming {
            coordinated: true,
            ..plain(Kind::Unknown)
        };
    }
    let Some(head) = (phrase.start..head_end)
        .rev()
        .find(|&i| doc.tokens[i].kind == TokenKind::Word)
    else {
        return plain(Kind::Unknown);
    };
    let gender = gender_in(doc, phrase.start..head + 1);
    if is_partitive_head(doc, head, head_end) {
        // "One of the aides" is one person (who may be named after it,
        // `apposed-name`), of no known gender ("One of Mr Lund's aides").
        let kind = if doc.is(head, "one") {
            Kind::Person(None)
        } else {
            Kind::Unknown
        };
        return plain(kind);
    }
    if doc.has(head, words::ORGANISATION_HEAD) {
        return Naming {
            name: organisation_name(doc, phrase.start, head, phrase.end, countries),
            ..plain(Kind::Organisation)
        };
    }
    if speakers::is_title(doc, head) {
        let plural = is_plural_title(doc, head);
        // "Russian officials" has no title; "Joint Chiefs of Staff" is one.
        let title = title_before(doc, phrase.start, head + 1, countries)
            .filter(|_| !plural || doc.is_capitalized(head))
            .map(|start| {
                let end = if doc.is_capitalized(head) {
                    capitalised_complement(doc, head, phrase.end)
                } else {
                    head + 1
                };
                text_of(doc, start..end)
            });
        let kind = if plural {
            Kind::Unknown
        } else {
            Kind::Person(gender)
        };
        return Naming {
            title,
            ..plain(kind)
        };
    }
    let Some(name_start) = name_start(doc, phrase.start, head, countries) else {
        return plain(gender.map_or(Kind::Unknown, |g| Kind::Person(Some(g))));
    };
    let name = doc.span_of(name_start..head + 1).slice(doc.text);
    let title = title_before(doc, phrase.start, name_start, countries).map(|start| {
        let mut end = name_start;
        while end > start && doc.word(end - 1) == "." {
            end -= 1;
        }
        text_of(doc, start..end)
    });
    let words_in_name = (name_start..=head)
        .filter(|&i| speakers::is_name_word(doc, i))
        .count();
    let gender = gender.or_else(|| {
        (words_in_name >= 2)
            .then(|| given_name_gender(doc, name_start))
            .flatten()
    });
    let kind = if gender.is_some() || title.is_some() || words_in_name >= 2 {
        Kind::Person(gender)
    } else {
        Kind::Unknown
    };
    Naming {
        name: Some(name.to_string()),
        title: title.filter(|t| !t.is_empty()),
        ..plain(kind)
    }
}

/// `common-plural-no-name`: a phrase opening its sentence whose head is
/// its first word, a speaker noun in the plural ("Sources said", "Analysts
/// say", "Police said", and before a complement: "Analysts at Nordbank
/// said", "Lawyers for Holm argued"): capitalised by its place, no proper
/// name.
pub fn is_common_plural_at_start(doc: &Doc, phrase: &Range<usize>) -> bool {
    let head_alone = phrase.len() == 1
        || (phrase.len() > 2
            && doc.has(phrase.start + 1, words::HEAD_END)
            && !doc.has_lowercase(phrase.start + 1, words::PHRASE_COORDINATOR));
    head_alone
        && doc.sentences[doc.sentence_of(phrase.start)].start == phrase.start
        && doc.has(phrase.start, words::SPEAKER_NOUN)
        && (is_plural_title(doc, phrase.start) || doc.has(phrase.start, words::COLLECTIVE_PLURAL))
}

/// `partitive-no-name`: "One of the skippers", "Two of Lund's aides",
/// "None of the crew", "12 of the 40 clerks": a quantifier, a count word, a
/// fraction or a number before "of" at `head_end` heads a part of a group
/// and names no one, capitalised or not (the group after "of" is no name of
/// the speaker either). Not "One Nation said" (no "of": a name).
pub(crate) fn is_partitive_head(doc: &Doc, head: usize, head_end: usize) -> bool {
    head + 1 == head_end && speakers::opens_partitive(doc, head)
}

/// The kind the pronoun at token `i` refers to (data/grammar_words.tsv:
/// `male-pronoun`, `female-pronoun`, `organisation-pronoun`).
pub fn pronoun_kind(doc: &Doc, i: usize) -> Kind {
    if doc.has(i, words::MALE_PRONOUN) {
        Kind::Person(Some(Gender::Male))
    } else if doc.has(i, words::FEMALE_PRONOUN) {
        Kind::Person(Some(Gender::Female))
    } else if doc.has(i, words::ORGANISATION_PRONOUN) {
        Kind::Organisation
    } else {
        Kind::Unknown
    }
}

/// The gender a title or honorific in `range` tells ("spokeswoman", "Mr").
fn gender_in(doc: &Doc, range: Range<usize>) -> Option<Gender> {
    range.into_iter().find_map(|i| {
        if doc.has(i, words::FEMALE_TITLE) {
            Some(Gender::Female)
        } else if doc.has(i, words::MALE_TITLE) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

/// `given-name-gender`: the first word of a name of two words or more that
/// is a given name of one sex (data/given_names.tsv) tells the person's
/// gender, so "she" finds "Anna Berg" past a "Peter Holm" named after her.
/// Names either sex carries are in neither list.
/// Marks: `Anna Berg said ...` (female), `Peter Holm said ...` (male).
/// Not: `Berg said ...` (one word: no given name), `Robin Lund said ...`
/// (either sex).
fn given_name_gender(doc: &Doc, i: usize) -> Option<Gender> {
    if !doc.is_capitalized(i) {
        return None;
    }
    match (doc.has(i, words::FEMALE_NAME), doc.has(i, words::MALE_NAME)) {
        (true, false) => Some(Gender::Female),
        (false, true) => Some(Gender::Male),
        _ => None,
    }
}

/// "officials", "Chiefs": a title in the plural names a group.
fn is_plural_title(doc: &Doc, i: usize) -> bool {
    let word = doc.word(i);
    word.len() > 4 && (word.ends_with('s') || word.ends_with("men"))
}

/// Where the person's name ending at `head` starts: name words (not
/// titles, not a state), the parts of a hyphenated given name ("Ji-won")
/// and initials ("A.B. Lund"). `None` when `head` is no name word.
fn name_start(doc: &Doc, floor: usize, head: usize, countries: &[CountryMention]) -> Option<usize> {
    let is_part = |i: usize| {
        (speakers::is_name_word(doc, i) || speakers::is_name_particle(doc, i))
            && !speakers::is_title(doc, i)
            && country_at(countries, doc.tokens[i].span.start).is_none()
    };
    let glued = |i: usize| !doc.tokens[i].space_before;
    // "Ji-won": a lowercase part glued to a hyphen glued to a name word.
    let hyphen_tail =
        |i: usize| i >= floor + 2 && glued(i) && doc.word(i - 1) == "-" && glued(i - 1);
    if !is_part(head) && !hyphen_tail(head) {
        return None;
    }
    let mut start = head;
    while start > floor {
        let prev = start - 1;
        if hyphen_tail(start) && is_part(prev - 1) {
            start = prev - 1;
        } else if is_part(prev) {
            start = prev;
        } else if doc.word(prev) == "."
            && prev > floor
            && speakers::is_initial(doc, prev - 1)
            && country_at(countries, doc.tokens[prev].span.start).is_none()
        {
            start = prev - 1;
        } else {
            break;
        }
    }
    // A name never starts with a stop or a hyphen.
    (start..=head).find(|&i| doc.tokens[i].kind == TokenKind::Word)
}

/// Where the title before `end` (a name or the end of a title head) starts:
/// title words and capitalised words ("State Department spokeswoman",
/// "Chief Negotiator", "former minister"), a seat ("Kremlin Spokesman") and
/// the stops of abbreviations ("Sen."), back to a state named or a
/// possessive ("Japanese Prime Minister": "Prime Minister"). `None` unless
/// the word before `end` is a title.
fn title_before(
    doc: &Doc,
    floor: usize,
    end: usize,
    countries: &[CountryMention],
) -> Option<usize> {
    let mut last = end.checked_sub(1).filter(|&k| k >= floor)?;
    while last > floor && doc.word(last) == "." {
        last -= 1;
    }
    if !speakers::is_title(doc, last) {
        return None;
    }
    let mut start = last;
    while start > floor {
        let prev = start - 1;
        let at = doc.tokens[prev].span.start;
        if let Some(c) = country_at(countries, at) {
            if c.form != CountryForm::Seat {
                break;
            }
            start = doc.token_at(c.span.start).max(floor);
        } else if speakers::is_title(doc, prev) || speakers::is_name_word(doc, prev) {
            start = prev;
        } else if doc.word(prev) == "."
            && prev > floor
            && speakers::is_abbreviation_word(doc, prev - 1)
        {
            start = prev - 1;
        } else {
            break;
        }
    }
    Some(start)
}

/// Past an "of" complement of capitalised words after `head`
/// ("Ministry of Foreign Affairs", "Secretary of State", "Bank of the
/// North"), not beyond `end`; `head + 1` when there is none.
fn capitalised_complement(doc: &Doc, head: usize, end: usize) -> usize {
    let mut k = head + 1;
    if !(k < end && doc.is(k, "of")) {
        return head + 1;
    }
    k += 1;
    if k < end && doc.is(k, "the") {
        k += 1;
    }
    let first = k;
    while k < end && (speakers::is_name_word(doc, k) || (k > first && doc.is(k, "and"))) {
        k += 1;
    }
    // Never end on "and".
    while k > first && doc.is(k - 1, "and") {
        k -= 1;
    }
    if k > first {
        k
    } else {
        head + 1
    }
}

/// `and-inside-organisation-name`: "and" (or "&") at `k` between
/// capitalised words, with only capitalised words after it up to `end`
/// and an organisation head last, joins one body's name, no two speakers.
/// Marks: `the Securities and Exchange Commission said`, `Britain's
/// Competition and Markets Authority said` (one body; Britain speaks
/// through it). Not: `Lund and Berg said` (no organisation head),
/// `the ministry and the Harbour Commission said` (lowercase before
/// "and", a determiner after it).
fn joins_organisation_name(doc: &Doc, k: usize, end: usize) -> bool {
    let word = |i: usize| doc.tokens[i].kind == TokenKind::Word && doc.is_capitalized(i);
    (doc.is(k, "and") || doc.word(k) == "&")
        && k > 0
        && k + 1 < end
        && word(k - 1)
        && (k + 1..end).all(word)
        && doc.has(end - 1, words::ORGANISATION_HEAD)
}

/// An organisation's proper name (see the module's comment).
fn organisation_name(
    doc: &Doc,
    floor: usize,
    head: usize,
    end: usize,
    countries: &[CountryMention],
) -> Option<String> {
    let capitalised = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word && doc.is_capitalized(i)
            || country_at(countries, doc.tokens[i].span.start).is_some()
    };
    if doc.is_capitalized(head) {
        let mut start = head;
        while start > floor
            && (capitalised(start - 1)
                || (start - 1 > floor && joins_organisation_name(doc, start - 1, head + 1)))
        {
            start -= 1;
        }
        let stop = capitalised_complement(doc, head, end);
        return Some(text_of(doc, start..stop));
    }
    let stop = (floor..head).find(|&i| !capitalised(i))?;
    // `possessor-names-no-organisation`: "Berg's office", "the Harbour
    // Trust's press office": the capitalised words own the body, they do
    // not name it (and Berg's office is not Berg).
    if stop == floor || speakers::is_possessive(doc, stop) {
        return None;
    }
    // Only a state ("Japanese", "North Korean", "U.S.") is no name.
    let named = (floor..stop).any(|i| country_at(countries, doc.tokens[i].span.start).is_none());
    named.then(|| text_of(doc, floor..stop))
}

/// The text of tokens `range` (not empty), owned.
#[inline(never)]
fn text_of(doc: &Doc, range: Range<usize>) -> String {
    doc.span_of(range).slice(doc.text).to_string()
}

/// The country mention covering byte `at`, if any (mentions are in text
/// order and do not overlap: a binary search).
fn country_at(countries: &[CountryMention], at: usize) -> Option<&CountryMention> {
    let k = countries.partition_point(|c| c.span.end <= at);
    countries.get(k).filter(|c| c.span.start <= at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries;

    /// The fields of `phrase` inside `text`, with the text's country mentions.
    fn fields(text: &str, phrase: &str) -> Naming {
        let doc = Doc::new(text);
        let found = countries::find(&doc);
        let start = text.find(phrase).unwrap();
        let range = doc.token_at(start)..doc.token_at(start + phrase.len());
        naming(&doc, range, &found)
    }

    #[test]
    fn pronouns_tell_their_kind_from_data() {
        let doc = Doc::new("He and his aide, She and her aide, It and its staff, They");
        let kinds: Vec<Kind> = [0, 2, 5, 7, 10, 12, 15]
            .into_iter()
            .map(|i| pronoun_kind(&doc, i))
            .collect();
        let male = Kind::Person(Some(Gender::Male));
        let female = Kind::Person(Some(Gender::Female));
        let body = Kind::Organisation;
        assert_eq!(
            kinds,
            [male, male, female, female, body, body, Kind::Unknown]
        );
    }

    fn name_title(text: &str, phrase: &str) -> (Option<String>, Option<String>) {
        let n = fields(text, phrase);
        (n.name, n.title)
    }

    fn some(a: &str, b: &str) -> (Option<String>, Option<String>) {
        (
            (!a.is_empty()).then(|| a.to_string()),
            (!b.is_empty()).then(|| b.to_string()),
        )
    }

    #[test]
    fn a_person_s_name_ends_at_the_head() {
        // Must mark: the name after the titles, the title back to the state.
        assert_eq!(
            name_title(
                "Chief Negotiator Ola Nordmann said",
                "Chief Negotiator Ola Nordmann"
            ),
            some("Ola Nordmann", "Chief Negotiator")
        );
        assert_eq!(
            name_title(
                "U.S. State Department spokeswoman Laura Mendes said",
                "U.S. State Department spokeswoman Laura Mendes"
            ),
            some("Laura Mendes", "State Department spokeswoman")
        );
        assert_eq!(
            name_title(
                "Japanese Prime Minister Aiko Sato said",
                "Japanese Prime Minister Aiko Sato"
            ),
            some("Aiko Sato", "Prime Minister")
        );
        // Must not: the complement's name is not the speaker's.
        assert_eq!(
            name_title(
                "Ola Lund of the Harbour Trust said",
                "Ola Lund of the Harbour Trust"
            ),
            some("Ola Lund", "")
        );
    }

    #[test]
    fn particles_and_and_inside_names() {
        // `name-particle` Marks: the particle is part of the name.
        assert_eq!(
            name_title("Lawyer Marieke de Wit said", "Marieke de Wit"),
            some("Marieke de Wit", "")
        );
        assert_eq!(
            name_title("Later de Wit said", "de Wit"),
            some("de Wit", "")
        );
        // `and-inside-organisation-name` Marks: one body, named whole.
        let sec = fields(
            "The Securities and Exchange Commission said",
            "Securities and Exchange Commission",
        );
        assert!(!sec.coordinated);
        assert_eq!(
            sec.name.as_deref(),
            Some("Securities and Exchange Commission")
        );
        let cma = fields(
            "Britain's Competition and Markets Authority said",
            "Britain's Competition and Markets Authority",
        );
        assert_eq!(
            cma.name.as_deref(),
            Some("Competition and Markets Authority")
        );
        // Not: two people, or a lowercase body before "and".
        assert!(fields("Lund and Berg said", "Lund and Berg").coordinated);
        assert!(
            fields(
                "The ministry and the Harbour Commission said",
                "ministry and the Harbour Commission"
            )
            .coordinated
        );
    }

    /// `given-name-gender`: a given name of one sex tells the gender.
    #[test]
    fn a_given_name_tells_the_gender() {
        let female = Kind::Person(Some(Gender::Female));
        let male = Kind::Person(Some(Gender::Male));
        assert_eq!(fields("Anna Berg said", "Anna Berg").kind, female);
        assert_eq!(fields("Peter Holm said", "Peter Holm").kind, male);
        // Not: a name either sex carries, or a family name alone.
        assert_eq!(
            fields("Robin Lund said", "Robin Lund").kind,
            Kind::Person(None)
        );
        assert_eq!(fields("Berg said", "Berg").kind, Kind::Unknown);
    }

    /// Academic titles; `name-title` ("Dean" before a given name) and
    /// `title-as-family-name` ("Peter Dean", "Erik Major").
    #[test]
    fn academic_titles_and_titles_that_are_names() {
        let n = fields("Dean Anna Berg said", "Dean Anna Berg");
        assert_eq!(
            (n.name.as_deref(), n.title.as_deref()),
            (Some("Anna Berg"), Some("Dean"))
        );
        let n = fields("Professor Ola Lund said", "Professor Ola Lund");
        assert_eq!(
            (n.name.as_deref(), n.title.as_deref()),
            (Some("Ola Lund"), Some("Professor"))
        );
        for name in ["Peter Dean", "Erik Major", "Dean Holm"] {
            let n = fields(&format!("{name} said"), name);
            assert_eq!((n.name.as_deref(), n.title), (Some(name), None), "{name}");
        }
        // A title before a name stays a title after a place named like a person.
        let n = fields("Florence Mayor Anna Berg said", "Florence Mayor Anna Berg");
        assert_eq!(n.name.as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn family_name_first_and_hyphenated_given_names() {
        let n = fields(
            "Norwegian spokeswoman Han Ji-won said",
            "Norwegian spokeswoman Han Ji-won",
        );
        assert_eq!(n.name.as_deref(), Some("Han Ji-won"));
        assert_eq!(n.title.as_deref(), Some("spokeswoman"));
        assert_eq!(n.kind, Kind::Person(Some(Gender::Female)));
    }

    #[test]
    fn initials_are_part_of_the_name_and_never_a_title() {
        assert_eq!(
            name_title(
                "former minister A.B. Lund told us",
                "former minister A.B. Lund"
            ),
            some("A.B. Lund", "former minister")
        );
        assert_eq!(
            name_title("Envoy K. Berg said", "Envoy K. Berg"),
            some("K. Berg", "Envoy")
        );
    }

    #[test]
    fn a_title_head_gives_a_title_and_no_name() {
        let n = fields(
            "a U.S. State Department spokeswoman said",
            "U.S. State Department spokeswoman",
        );
        assert_eq!(
            (n.name.as_deref(), n.title.as_deref()),
            (None, Some("State Department spokeswoman"))
        );
        assert_eq!(n.kind, Kind::Person(Some(Gender::Female)));
        let n = fields("The Joint Chiefs of Staff said", "Joint Chiefs of Staff");
        assert_eq!(
            (n.name.as_deref(), n.title.as_deref()),
            (None, Some("Joint Chiefs of Staff"))
        );
        assert_eq!(n.kind, Kind::Unknown, "a group");
    }

    #[test]
    fn organisations_are_named_by_their_head() {
        // Must mark: a capitalised head with its words and its "of" complement.
        assert_eq!(
            name_title(
                "The Freedonian Foreign Ministry said",
                "Freedonian Foreign Ministry"
            ),
            some("Freedonian Foreign Ministry", "")
        );
        assert_eq!(
            name_title(
                "The Ministry of Foreign Affairs said",
                "Ministry of Foreign Affairs"
            ),
            some("Ministry of Foreign Affairs", "")
        );
        assert_eq!(
            name_title("Tass news agency said", "Tass news agency"),
            some("Tass", "")
        );
        // `possessor-names-no-organisation` Not: an owner before a lowercase
        // head names no body ("Berg's office" is not Berg).
        assert_eq!(
            name_title("Ola Berg's office said", "Ola Berg's office"),
            some("", "")
        );
        assert_eq!(
            name_title(
                "The Harbour Trust's press office said",
                "Harbour Trust's press office"
            ),
            some("", "")
        );
        // Must not: a state before a lowercase head is no name.
        assert_eq!(
            name_title(
                "The Japanese fisheries agency said",
                "Japanese fisheries agency"
            ),
            some("", "")
        );
        assert_eq!(
            name_title("The Indian government said", "Indian government"),
            some("", "")
        );
        assert_eq!(
            fields("The Indian government said", "Indian government").kind,
            Kind::Organisation
        );
    }

    #[test]
    fn a_spokeswoman_of_a_ministry_is_a_woman_not_the_ministry() {
        let n = fields(
            "South Korean Foreign Ministry spokeswoman Han Ji-won said",
            "South Korean Foreign Ministry spokeswoman Han Ji-won",
        );
        assert_eq!(n.kind, Kind::Person(Some(Gender::Female)));
        assert_eq!(n.title.as_deref(), Some("Foreign Ministry spokeswoman"));
        assert_eq!(
            fields("Mr Ola Lund said", "Mr Ola Lund").kind,
            Kind::Person(Some(Gender::Male))
        );
    }

    #[test]
    fn a_partitive_head_names_no_one() {
        // `partitive-no-name` Marks: no name, no title, no known kind.
        assert_eq!(
            fields("One of the fishermen said", "One of the fishermen"),
            Naming {
                name: None,
                title: None,
                kind: Kind::Person(None),
                coordinated: false
            }
        );
        assert_eq!(
            fields("One of Mr Lund's aides said", "One of Mr Lund's aides").kind,
            Kind::Person(None)
        );
        for (text, phrase) in [
            ("Two of Lund's aides said", "Two of Lund's aides"),
            (
                "None of the Harbour Trust skippers said",
                "None of the Harbour Trust skippers",
            ),
            ("Some of the ministers said", "Some of the ministers"),
            ("12 of the clerks said", "12 of the clerks"),
            ("Half of the crew said", "Half of the crew"),
        ] {
            let n = fields(text, phrase);
            assert_eq!(
                (n.name, n.title, n.kind),
                (None, None, Kind::Unknown),
                "{text}"
            );
        }
        // Not: a name with no "of" after it, a name before "of".
        assert_eq!(
            name_title("One Nation said", "One Nation"),
            some("One Nation", "")
        );
        assert_eq!(
            name_title(
                "Ola Lund of the Harbour Trust said",
                "Ola Lund of the Harbour Trust"
            ),
            some("Ola Lund", "")
        );
    }

    #[test]
    fn coordinated_speakers_and_states() {
        let n = fields(
            "South Korea and the United States said",
            "South Korea and the United States",
        );
        assert!(n.coordinated);
        assert_eq!(n.name, None);
        assert_eq!(fields("Canada said", "Canada").kind, Kind::State);
    }
}
