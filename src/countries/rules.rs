//! The rules that decide whether a gazetteer hit names a state here. Each
//! rule is one small function over the tokens around the hit; they read the
//! context words of data/countries_cues.tsv.
use super::cues::CUES;
use super::gazetteer::{Entry, GAZETTEER};
use crate::lexicon::class::attribution::INDEFINITE_ARTICLE;
use crate::model::{slice, CountryForm, Span};
use crate::text::{Doc, TokenKind};

/// A gazetteer hit with the tokens it covers.
pub struct Candidate {
    pub span: Span,
    pub entry: &'static Entry,
    /// First token of the hit.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
}

impl Candidate {
    #[cfg(test)]
    pub fn new(doc: &Doc, span: Span, entry: &'static Entry) -> Candidate {
        Candidate::with_tokens(
            span,
            entry,
            doc.token_at(span.start)..doc.token_at(span.end),
        )
    }

    /// The hit at `span`, covering token range `tokens`.
    pub fn with_tokens(
        span: Span,
        entry: &'static Entry,
        tokens: std::ops::Range<usize>,
    ) -> Candidate {
        Candidate {
            span,
            entry,
            first: tokens.start,
            end: tokens.end,
        }
    }

    fn text<'t>(&self, doc: &Doc<'t>) -> &'t str {
        self.span.slice(doc.text)
    }

    fn is_place_form(&self) -> bool {
        matches!(
            self.entry.form,
            Some(CountryForm::Capital | CountryForm::Seat)
        )
    }
}

/// "Michael Jordan", "MaliVai Washington": a capitalised word that is not a
/// function word stands right before a name that can be a surname.
pub fn surname_of_person(doc: &Doc, c: &Candidate) -> bool {
    if !c.entry.person || all_caps(c.text(doc)) || c.first == 0 || !joined_to_previous(doc, c.first)
    {
        return false;
    }
    let prev = c.first - 1;
    // "Mr. Holland", "Dr. Jordan".
    let after_title =
        doc.is(prev, ".") && prev > 0 && CUES.personal_title.contains(doc.word(prev - 1));
    after_title
        || proper_word(doc, prev)
            && !CUES.not_a_first_name.contains(doc.word(prev))
            && GAZETTEER.lookup(doc.word(prev)).is_none()
}

/// "Jordan and Chad", "Egypt, Jordan": listed with another state, a name is
/// the state even in an article where it is also someone's surname.
pub fn among_states(doc: &Doc, candidates: &[Candidate], i: usize) -> bool {
    let c = &candidates[i];
    let joins = |t: usize| doc.is(t, "and") || doc.is(t, "or") || doc.is(t, ",");
    let before = i > 0 && {
        let p = &candidates[i - 1];
        p.end + 1 == c.first && joins(p.end)
    };
    let after = candidates
        .get(i + 1)
        .is_some_and(|n| c.end + 1 == n.first && joins(c.end));
    before || after
}

/// "Chad Smith", "Georgia O'Keeffe": a name that can be a first name followed
/// by a capitalised word that is neither an organisation word ("Israel
/// Radio") nor another state.
pub fn first_name_of_person(doc: &Doc, c: &Candidate) -> bool {
    c.entry.person
        && !all_caps(c.text(doc))
        && proper_word(doc, c.end)
        && joined_to_previous(doc, c.end)
        && !CUES.not_a_person_after.contains(doc.word(c.end))
        && GAZETTEER.lookup(doc.word(c.end)).is_none()
        && !in_title_case_line(doc, c.first)
}

/// "Georgia Democrat", "Washington state", "Atlanta, Georgia": the US state
/// of the same name. `doc_leans_us` says the article is about the US
/// (Atlanta, senators...) and never about the Caucasus.
pub fn us_state(doc: &Doc, c: &Candidate, doc_leans_us: impl Fn() -> bool) -> bool {
    if !c.entry.us_state {
        return false;
    }
    let after = word_after(doc, c.end).is_some_and(|w| CUES.us_state_after.contains(w));
    // "the state of Washington", "his home state of Georgia".
    let state_of = c.first >= 2 && doc.is(c.first - 1, "of") && doc.is(c.first - 2, "state");
    let after_us_town = c.first >= 2
        && doc.is(c.first - 1, ",")
        && proper_word(doc, c.first - 2)
        // "Tbilisi, Georgia" is the country; "Athens, Georgia" is not.
        && GAZETTEER
            .lookup(doc.word(c.first - 2))
            .is_none_or(|town| town.code != c.entry.code);
    after
        || state_of
        || (c.entry.form == Some(CountryForm::Name) && (after_us_town || doc_leans_us()))
}

/// The article mentions US places or politics and nothing of the country
/// Georgia. Costs a pass over the words: ask only when needed.
pub fn doc_leans_us(doc: &Doc) -> bool {
    // Every cue word is capitalised: skip the others before hashing.
    let words = || (0..doc.tokens.len()).filter(|&i| proper_word(doc, i));
    words().any(|i| CUES.us_state_doc.contains(doc.word(i)))
        && !words().any(|i| CUES.state_doc.contains(doc.word(i)))
}

/// A capital or seat used as a place, not as the state: a dateline
/// ("MOSCOW, Feb 20"), after a locative word ("a rally in Seoul", but "the
/// ambassador to Ankara" is the state), inside a longer name ("Tokyo Stock
/// Exchange"), as "Tokyo-based", a town elsewhere ("Paris, Texas"), or a
/// team in a score line ("Washington 5").
pub fn capital_as_place(doc: &Doc, c: &Candidate) -> bool {
    if !c.is_place_form() {
        return false;
    }
    let capital = c.entry.form == Some(CountryForm::Capital);
    dateline(doc, c)
        || after_locative(doc, c)
        || (capital && in_a_longer_name(doc, c))
        || (capital && attribute_of_a_noun(doc, c))
        || (capital && c.end < doc.tokens.len() && doc.tokens[c.end].kind == TokenKind::Number)
        || (doc.is(c.end, "-")
            && word_after(doc, c.end + 1).is_some_and(|w| CUES.hyphen_place.contains(w)))
        || (doc.is(c.end, ",")
            && word_after(doc, c.end + 1).is_some_and(|w| CUES.elsewhere_after_comma.contains(w)))
}

/// "Tokyo Stock Exchange", "Meridian London": a capitalised word right
/// before or after the capital makes it part of another name. In a
/// title-case headline ("Beijing Warns Tokyo") only a name word does.
fn in_a_longer_name(doc: &Doc, c: &Candidate) -> bool {
    let after = proper_word(doc, c.end)
        && joined_to_previous(doc, c.end)
        && (CUES.not_a_person_after.contains(doc.word(c.end)) || !in_title_case_line(doc, c.first));
    let before = !in_title_case_line(doc, c.first)
        && c.first > 0
        && joined_to_previous(doc, c.first)
        && proper_word(doc, c.first - 1)
        && !CUES.not_a_first_name.contains(doc.word(c.first - 1))
        && GAZETTEER.lookup(doc.word(c.first - 1)).is_none();
    after || before
}

/// "a Washington event", "the Paris agreement": the capital qualifies a noun
/// (after "a", or before an event word) and names no actor.
fn attribute_of_a_noun(doc: &Doc, c: &Candidate) -> bool {
    let after_article = c.first > 0 && doc.has(c.first - 1, INDEFINITE_ARTICLE);
    let before_event = word_after(doc, c.end).is_some_and(|w| CUES.event_after.contains(w));
    after_article || before_event
}

/// A line that starts with the place: "BEIJING 1996-08-22", "MOSCOW, Feb 20",
/// "WASHINGTON (Reuters)".
fn dateline(doc: &Doc, c: &Candidate) -> bool {
    let line_start = c.first == 0 || doc.tokens[c.first].newlines_before > 0;
    line_start
        && (all_caps(c.text(doc))
            || doc.is(c.end, ",")
            || doc.is(c.end, "(")
            || doc
                .tokens
                .get(c.end)
                .is_some_and(|t| t.kind == TokenKind::Number))
}

fn after_locative(doc: &Doc, c: &Candidate) -> bool {
    // "in the Kremlin": look past one determiner.
    let mut prev = c.first;
    if prev > 0 && doc.is(prev - 1, "the") {
        prev -= 1;
    }
    if prev == 0 || doc.tokens[prev].newlines_before > 0 {
        return false;
    }
    let word = doc.word(prev - 1);
    // `distance-place`: "felt as far away as New Delhi": a place reached.
    if word.eq_ignore_ascii_case("as") && prev >= 2 && CUES.distance_as.contains(doc.word(prev - 2))
    {
        return true;
    }
    if !CUES.locative.contains(word) {
        return false;
    }
    // "the ambassador to Ankara", "ties to Beijing": the state.
    !(word.eq_ignore_ascii_case("to") && prev >= 2 && CUES.envoy_to.contains(doc.word(prev - 2)))
}

/// Token `i` is a word starting with a capital, not all in capitals.
pub fn proper_word(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len()
        && doc.tokens[i].kind == TokenKind::Word
        && doc.is_capitalized(i)
        && !all_caps(doc.word(i))
}

/// Token `i` follows the previous one after a space on the same line.
fn joined_to_previous(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && doc.tokens[i].space_before && doc.tokens[i].newlines_before == 0
}

fn word_after<'t>(doc: &Doc<'t>, i: usize) -> Option<&'t str> {
    (i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word).then(|| doc.word(i))
}

/// Two letters or more, none lower-case ("JAPAN", "U.S.").
fn all_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// "US$ 10 million", "NZ$5": a state's letters glued to a currency sign.
pub fn currency_prefix(doc: &Doc, c: &Candidate) -> bool {
    slice(doc.text, c.span.end..).starts_with('$')
}

/// The line holding token `i` has every word of four letters or more
/// capitalised: a title-case headline, where capitals prove nothing.
/// Headlines are short: a line of more than 20 tokens is not one (and the
/// walk stops there, so the cost per call is bounded).
fn in_title_case_line(doc: &Doc, i: usize) -> bool {
    const MAX: usize = 20;
    let mut start = i;
    while start > 0 && doc.tokens[start].newlines_before == 0 {
        if i - start >= MAX {
            return false;
        }
        start -= 1;
    }
    let mut end = i + 1;
    while end < doc.tokens.len() && doc.tokens[end].newlines_before == 0 {
        if end - start >= MAX {
            return false;
        }
        end += 1;
    }
    let mut long_words =
        (start..end).filter(|&j| doc.tokens[j].kind == TokenKind::Word && doc.word(j).len() >= 4);
    long_words.clone().count() >= 3 && long_words.all(|j| doc.is_capitalized(j))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first candidate of `text` whose surface is `surface`.
    fn judge(text: &str, surface: &str, rule: impl Fn(&Doc, &Candidate) -> bool) -> bool {
        let doc = Doc::new(text);
        let g = &*GAZETTEER;
        let hit = g
            .scan(text)
            .into_iter()
            .find(|h| h.span.slice(text) == surface)
            .expect("the surface is a hit");
        rule(&doc, &Candidate::new(&doc, hit.span, &g.entries[hit.entry]))
    }

    #[test]
    fn surnames() {
        assert!(judge(
            "Michael Jordan scored 30 points.",
            "Jordan",
            surname_of_person
        ));
        assert!(judge(
            "He beat MaliVai Washington twice.",
            "Washington",
            surname_of_person
        ));
        assert!(!judge(
            "Troops left Jordan on Monday.",
            "Jordan",
            surname_of_person
        ));
        assert!(!judge(
            "In Jordan, prices rose.",
            "Jordan",
            surname_of_person
        ));
        assert!(!judge(
            "Northern Israel was shelled.",
            "Israel",
            surname_of_person
        ));
        assert!(!judge(
            "MICHAEL JORDAN RETIRES",
            "JORDAN",
            surname_of_person
        ));
        assert!(!judge(
            "Egypt and Italy met. Egypt, Israel agreed.",
            "Israel",
            surname_of_person
        ));
    }

    #[test]
    fn surnames_after_abbreviated_titles() {
        assert!(judge(
            "Mr. Holland said he would stay.",
            "Holland",
            surname_of_person
        ));
        assert!(!judge(
            "It rained. Holland said it would stay.",
            "Holland",
            surname_of_person
        ));
    }

    #[test]
    fn first_names() {
        assert!(judge(
            "Chad Smith played drums.",
            "Chad",
            first_name_of_person
        ));
        assert!(judge(
            "a painting by Georgia O'Keeffe",
            "Georgia",
            first_name_of_person
        ));
        assert!(!judge(
            "Chad said on Monday it would vote.",
            "Chad",
            first_name_of_person
        ));
        assert!(!judge(
            "Israel Radio reported the raid.",
            "Israel",
            first_name_of_person
        ));
        assert!(!judge(
            "Jordan Israel talks",
            "Jordan",
            first_name_of_person
        ));
        assert!(!judge(
            "Chad Rejects French Offer Of Talks",
            "Chad",
            first_name_of_person
        ));
    }

    #[test]
    fn us_state_georgia() {
        let rule = |leans: bool| move |d: &Doc, c: &Candidate| us_state(d, c, || leans);
        assert!(judge("the Georgia Democrat said", "Georgia", rule(false)));
        assert!(judge(
            "born in Atlanta, Georgia, in 1950",
            "Georgia",
            rule(false)
        ));
        assert!(judge(
            "Washington Gov. Jay Inslee",
            "Washington",
            rule(false)
        ));
        assert!(judge(
            "Georgia will vote in November.",
            "Georgia",
            rule(true)
        ));
        assert!(!judge(
            "Georgia will vote in November.",
            "Georgia",
            rule(false)
        ));
        assert!(!judge(
            "Russia and Georgia signed a truce.",
            "Georgia",
            rule(false)
        ));
        assert!(!judge("TBILISI, Georgia, May 2", "Georgia", rule(false)));
        assert!(!judge("Washington will respond.", "Washington", rule(true)));
    }

    #[test]
    fn capitals_inside_names_and_events() {
        assert!(judge(
            "an editor at Meridian London said",
            "London",
            capital_as_place
        ));
        assert!(judge(
            "he spoke at a Washington event",
            "Washington",
            capital_as_place
        ));
        assert!(judge(
            "since the Paris agreement was signed",
            "Paris",
            capital_as_place
        ));
        assert!(judge(
            "south of the capital Algiers",
            "Algiers",
            capital_as_place
        ));
        assert!(!judge(
            "Unlike Moscow, Kyiv agreed.",
            "Moscow",
            capital_as_place
        ));
        assert!(!judge(
            "The talks ended. Then Beijing agreed.",
            "Beijing",
            capital_as_place
        ));
    }

    #[test]
    fn a_town_named_after_a_capital_in_georgia() {
        let rule = |d: &Doc, c: &Candidate| us_state(d, c, || false);
        assert!(judge(
            "she studied in Athens, Georgia, for years",
            "Georgia",
            rule
        ));
        assert!(!judge(
            "she studied in Tbilisi, Georgia, for years",
            "Georgia",
            rule
        ));
    }

    fn listed_with_a_state(text: &str, surface: &str) -> bool {
        let doc = Doc::new(text);
        let g = &*GAZETTEER;
        let candidates: Vec<Candidate> = g
            .scan(text)
            .into_iter()
            .map(|h| Candidate::new(&doc, h.span, &g.entries[h.entry]))
            .collect();
        let i = candidates
            .iter()
            .position(|c| c.span.slice(text) == surface)
            .expect("the surface is a hit");
        among_states(&doc, &candidates, i)
    }

    #[test]
    fn names_listed_with_states() {
        assert!(listed_with_a_state("Egypt, Jordan and Syria", "Jordan"));
        assert!(listed_with_a_state(
            "talks between Jordan and Israel",
            "Jordan"
        ));
        assert!(!listed_with_a_state(
            "Jordan scored, and France won",
            "Jordan"
        ));
        assert!(!listed_with_a_state(
            "Jordan, he said, won in France",
            "Jordan"
        ));
    }

    #[test]
    fn a_name_before_a_capital_even_at_a_sentence_start() {
        assert!(judge(
            "It ended. Meridian London said so.",
            "London",
            capital_as_place
        ));
        assert!(!judge(
            "It ended. Meanwhile London said no.",
            "London",
            capital_as_place
        ));
    }

    #[test]
    fn a_title_after_a_state_is_no_surname() {
        assert!(!judge(
            "Chad President Idriss Deby said",
            "Chad",
            first_name_of_person
        ));
        assert!(!judge(
            "Jordan King Abdullah met him",
            "Jordan",
            first_name_of_person
        ));
        assert!(judge(
            "Jordan Henderson scored",
            "Jordan",
            first_name_of_person
        ));
    }

    #[test]
    fn capitals_in_title_case_headlines() {
        assert!(!judge(
            "Beijing Warns Tokyo Over Disputed Islands",
            "Beijing",
            capital_as_place
        ));
        assert!(!judge(
            "Beijing Warns Tokyo Over Disputed Islands",
            "Tokyo",
            capital_as_place
        ));
        assert!(judge(
            "Tokyo Stock Exchange Falls Again",
            "Tokyo",
            capital_as_place
        ));
    }

    #[test]
    fn currencies() {
        assert!(judge("assets of US$ 10.9 million", "US", currency_prefix));
        assert!(!judge("the US said $10 million", "US", currency_prefix));
    }

    #[test]
    fn us_state_after_state_of() {
        let rule = |d: &Doc, c: &Candidate| us_state(d, c, || false);
        assert!(judge("her home state of Washington", "Washington", rule));
        assert!(!judge("a state visit to Georgia", "Georgia", rule));
    }

    #[test]
    fn a_long_list_of_names_is_not_a_headline() {
        let names =
            "Anna Berg, Ola Lind, Chad Olsen, Per Holm, Eva Dahl, Lars Ek, Nils Berg, Kim Lund";
        assert!(judge(names, "Chad", first_name_of_person));
    }

    #[test]
    fn doc_leaning_us() {
        assert!(doc_leans_us(&Doc::new(
            "Georgia Gov. Kemp spoke in Atlanta."
        )));
        assert!(!doc_leans_us(&Doc::new(
            "Georgia and Russia; a Senator from Tbilisi."
        )));
        assert!(!doc_leans_us(&Doc::new("Georgia won the match.")));
    }

    #[test]
    fn capitals_as_places() {
        assert!(judge(
            "MOSCOW, Feb 20 (Reuters) - talks",
            "MOSCOW",
            capital_as_place
        ));
        assert!(judge(
            "x\nBEIJING 1996-08-22\nChina said",
            "BEIJING",
            capital_as_place
        ));
        assert!(judge(
            "a rally in Seoul on Sunday",
            "Seoul",
            capital_as_place
        ));
        assert!(judge("the ambassador in Tokyo", "Tokyo", capital_as_place));
        assert!(judge(
            "he flew to Tokyo on Monday",
            "Tokyo",
            capital_as_place
        ));
        assert!(judge(
            "the Tokyo Stock Exchange fell",
            "Tokyo",
            capital_as_place
        ));
        assert!(judge("a Tokyo-based bank", "Tokyo", capital_as_place));
        // `distance-place` Marks: a place reached; Not: the state concerned.
        assert!(judge(
            "tremors were felt as far away as Tokyo",
            "Tokyo",
            capital_as_place
        ));
        assert!(!judge(
            "As far as Tokyo is concerned, it is over",
            "Tokyo",
            capital_as_place
        ));
        assert!(judge("born in Paris, Texas", "Paris", capital_as_place));
        assert!(judge(
            "Washington 5 Boston 3",
            "Washington",
            capital_as_place
        ));
        assert!(judge(
            "reporters at the White House",
            "White House",
            capital_as_place
        ));
    }

    #[test]
    fn capitals_as_states() {
        assert!(!judge(
            "Tokyo is taking a hard line on fishing.",
            "Tokyo",
            capital_as_place
        ));
        assert!(!judge(
            "Beijing's response was swift.",
            "Beijing",
            capital_as_place
        ));
        assert!(!judge(
            "talks between Seoul and Tokyo",
            "Seoul",
            capital_as_place
        ));
        assert!(!judge(
            "talks between Seoul and Tokyo",
            "Tokyo",
            capital_as_place
        ));
        assert!(!judge(
            "Moscow would suspend the deal.",
            "Moscow",
            capital_as_place
        ));
        assert!(!judge(
            "the ambassador to Ankara said",
            "Ankara",
            capital_as_place
        ));
        assert!(!judge(
            "Kremlin Spokesman Dmitry Peskov said",
            "Kremlin",
            capital_as_place
        ));
        assert!(!judge(
            "Moscow says it will respond",
            "Moscow",
            capital_as_place
        ));
    }
}
