//! Territorial claims: a claim of sovereignty named as such ("territorial
//! claims to the islets", "lays claim to", "China's claim to the reef",
//! "sovereignty rights to the seabed"), with the claimant's country mention.
//!
//! One pass over the tokens: each "claim(s)" or "rights" is tested against
//! a few named shapes; the span runs from its evaluative adjectives ("unjust")
//! to the end of the object ("to the islets"). Word classes live in
//! `data/territorial_words.tsv`.
use crate::lexicon::class::territorial::*;
use crate::lexicon::Class;
use crate::mentions::{Agent, ClaimMention, CountryMention};
use crate::model::ClaimMode;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

#[inline]
fn is(doc: &Doc, i: usize, class: Class) -> bool {
    doc.has(i, class)
}

const MAX_OBJECT: usize = 8;

/// Every territorial claim in the text.
pub fn find(doc: &Doc, countries: &[CountryMention]) -> Vec<ClaimMention> {
    let mut found = Vec::new();
    let states = States::new(countries);
    let mut territorial_so_far = false;
    let mut i = 0;
    while i < doc.tokens.len() {
        let Some((span, shape)) = claim_at(doc, i, territorial_so_far) else {
            i += 1;
            continue;
        };
        let sentence = doc.sentences[doc.sentence_of(i)].clone();
        found.push(ClaimMention {
            span: doc.span_of(span.clone()),
            mode: ClaimMode::Territorial,
            agent: claimant(doc, span.start, &sentence, shape, &states).map(Agent::Country),
            cue: None,
            rule: "territorial",
        });
        territorial_so_far = true;
        i = span.end;
    }
    found
}

/// The shape of a territorial claim, for who the claimant is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// "territorial claims", "claims to sovereignty", "sovereignty rights to".
    Named,
    /// "X's claim to Y": the possessor claims.
    Possessed,
    /// "lays claim to", "renewed its claim to": the subject claims.
    Laid,
    /// "unjust claims", "claims over the islands" where territory is the topic.
    BackReference,
}

/// A territorial claim whose head word is token `i`: its token range and shape.
fn claim_at(doc: &Doc, i: usize, territorial_so_far: bool) -> Option<(Range<usize>, Shape)> {
    let word = doc.word(i);
    let claim = word.eq_ignore_ascii_case("claim") || word.eq_ignore_ascii_case("claims");
    let rights = word.eq_ignore_ascii_case("rights");
    if !claim && !rights {
        return None;
    }
    let sentence = doc.sentences[doc.sentence_of(i)].clone();
    let start = evaluative_start(doc, i, sentence.start);
    let named = i > 0 && (is(doc, i - 1, KIND) || (rights && doc.is(i - 1, "sovereign")));
    let object = object_after(doc, i + 1, sentence.end);
    if rights {
        // Only "sovereignty rights to/over X", "sovereign rights to/over X".
        return (named && object.is_some()).then(|| (start..object.unwrap_or(i + 1), Shape::Named));
    }
    if named {
        return Some((start..object.unwrap_or(i + 1), Shape::Named));
    }
    // "claims to sovereignty over X", "claim of sovereignty over X".
    if (doc.is(i + 1, "to") || doc.is(i + 1, "of")) && doc.is(i + 2, "sovereignty") {
        let end = object_after(doc, i + 3, sentence.end).unwrap_or(i + 3);
        return Some((start..end, Shape::Named));
    }
    // "lays claim to X", "staked a claim to X".
    if let Some(verb) = laying_verb_before(doc, i, sentence.start) {
        let object = object.filter(|_| doc.is(i + 1, "to"))?;
        return Some((verb..object, Shape::Laid));
    }
    // "Argentina renewed its claim to the islands": the subject's own claim.
    if i > sentence.start
        && (doc.is(i - 1, "its") || doc.is(i - 1, "their"))
        && (doc.is(i + 1, "to") || doc.is(i + 1, "over"))
    {
        if let Some(end) = object.filter(|_| object_is_a_place(doc, i + 2)) {
            return Some((i..end, Shape::Laid));
        }
    }
    // "China's claim to the reef": a state's claim to a named or determined place.
    if possessor_country_token(doc, i, sentence.start).is_some() {
        if let Some(end) = object.filter(|_| object_is_a_place(doc, i + 2)) {
            return Some((start..end, Shape::Possessed));
        }
    }
    // "Japan's unjust claims", "the repeated unjust claims over the islets".
    let near = sentence.start.max(i.saturating_sub(WINDOW))..sentence.end.min(i + WINDOW);
    let territorial = territorial_so_far || near.into_iter().any(|j| is(doc, j, TERRITORY));
    let evaluated = start < i;
    let over_a_place = doc.is(i + 1, "over") && object.is_some() && object_is_a_place(doc, i + 2);
    if territorial && (evaluated || over_a_place) {
        return Some((start..object.unwrap_or(i + 1), Shape::BackReference));
    }
    None
}

/// The start of the claim's span: its evaluative adjectives ("unjust territorial claims").
fn evaluative_start(doc: &Doc, i: usize, floor: usize) -> usize {
    let mut s = i;
    if s > floor && (is(doc, s - 1, KIND) || doc.is(s - 1, "sovereign")) {
        s -= 1;
    }
    while s > floor && is(doc, s - 1, EVALUATIVE) {
        s -= 1;
    }
    s
}

/// "to/over/on X" after the claim: the end token of X.
fn object_after(doc: &Doc, at: usize, ceiling: usize) -> Option<usize> {
    if !is(doc, at, OBJECT_PREPOSITION) {
        return None;
    }
    let mut end = at + 1;
    let mut content = 0;
    while end < ceiling && end - at <= MAX_OBJECT {
        let t = &doc.tokens[end];
        let word = doc.word(end);
        let lower_ing = !doc.is_capitalized(end) && word.ends_with("ing");
        let joins = doc.is(end, "of") && content > 0 && end + 1 < ceiling;
        let ok = match t.kind {
            TokenKind::Word => joins || (!is(doc, end, STOP) && !lower_ing && !doc.is(end, "of")),
            TokenKind::Number => true,
            TokenKind::Punct => word == "-" && !t.space_before,
            TokenKind::Quote => false,
        };
        if !ok || (content > 0 && doc.is(end, "to")) {
            break;
        }
        if doc.is(end, "to") && content == 0 {
            break; // "claim to be": a verb follows
        }
        // A lowercase word after a lowercase noun is a verb ("over the reef harm
        // ties"); after a modifier ("the disputed reef") or a name it continues.
        if end > at + 1 && t.kind == TokenKind::Word && !doc.is_capitalized(end) {
            let prev = end - 1;
            let continues = is(doc, prev, DET)
                || doc.is(prev, "of")
                || doc.tokens[prev].kind != TokenKind::Word
                || looks_like_modifier(doc.word(prev));
            if !continues {
                break;
            }
        }
        content += 1;
        end += 1;
    }
    (content > 0 && !doc.is(at + 1, "be")).then_some(end)
}

/// Adjective endings ("disputed", "eastern", "coastal", "Arctic" is capitalised anyway).
fn looks_like_modifier(word: &str) -> bool {
    [
        "ed", "al", "ern", "ic", "ian", "ese", "ish", "ous", "ive", "ary",
    ]
    .iter()
    .any(|end| word.ends_with(end))
}

/// The object starts with a determiner or a name: "to the reef", "to Dokdo".
fn object_is_a_place(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && (doc.is_capitalized(i) || is(doc, i, PLACE_OPENER))
}

/// "lays claim", "laid a claim", "staked its claim": the verb token.
fn laying_verb_before(doc: &Doc, i: usize, floor: usize) -> Option<usize> {
    let mut j = i;
    if j > floor && is(doc, j - 1, CLAIM_OWNER) {
        j -= 1;
    }
    if j <= floor {
        return None;
    }
    let verb = j - 1;
    is(doc, verb, LAYING_VERB).then_some(verb)
}

/// Token index of the "'s" of a possessor before the claim ("Japan's renewed claims").
fn possessor_country_token(doc: &Doc, i: usize, floor: usize) -> Option<usize> {
    let mut j = evaluative_start(doc, i, floor);
    while j > floor && is(doc, j - 1, ASPECT) {
        j -= 1;
    }
    if j > floor + 1 && doc.is_clitic_s(j - 1) {
        Some(j - 1)
    } else {
        None
    }
}

/// Who claims: the possessor, else the nearest state before the claim in its
/// sentence that is neither the object of a preposition nor the subject of a
/// rejection ("Vietnam rejected the claims").
fn claimant(
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
    shape: Shape,
    states: &States,
) -> Option<usize> {
    let head = (start..sentence.end).find(|&j| is(doc, j, CLAIM_HEAD))?;
    if shape != Shape::Laid {
        if let Some(s) = possessor_country_token(doc, head, sentence.start) {
            let before = doc.tokens[s].span.start;
            if let Some(c) = states.ending_at(before) {
                return Some(c);
            }
        }
    }
    // Look back a bounded window: the claimant is near, and the pass stays linear.
    let floor = sentence.start.max(start.saturating_sub(WINDOW));
    let lo = doc.tokens[floor].span.start;
    let hi = doc.tokens[start].span.start;
    let c = states
        .within(lo, hi)
        .rev()
        .find(|&c| !after_preposition(doc, doc.token_at(states.all[c].span.start), floor))?;
    let after = doc.token_at(states.all[c].span.end);
    let rejected = (after..start).any(|j| is(doc, j, REJECTING));
    (!rejected).then_some(c)
}

/// How many tokens around a claim its context and claimant are looked for.
const WINDOW: usize = 40;

/// The country mentions with an index by start offset, for binary searches.
struct States<'c> {
    all: &'c [CountryMention],
    order: Vec<usize>,
}

impl<'c> States<'c> {
    fn new(all: &'c [CountryMention]) -> States<'c> {
        let mut order: Vec<usize> = (0..all.len()).collect();
        crate::order::sort_by_key(&mut order, |&i| all[i].span.start);
        States { all, order }
    }

    /// Mentions lying inside `[lo, hi)` bytes, in text order.
    fn within(&self, lo: usize, hi: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let first = self.order.partition_point(|&i| self.all[i].span.start < lo);
        let last = self.order.partition_point(|&i| self.all[i].span.start < hi);
        self.order[first..last.max(first)]
            .iter()
            .copied()
            .filter(move |&i| self.all[i].span.end <= hi)
    }

    /// The mention ending exactly at byte `at` ("Japan" before "'s").
    fn ending_at(&self, at: usize) -> Option<usize> {
        self.within(0, at)
            .next_back()
            .filter(|&i| self.all[i].span.end == at)
    }
}

fn after_preposition(doc: &Doc, i: usize, floor: usize) -> bool {
    let mut j = i;
    if j > floor && doc.is(j - 1, "the") {
        j -= 1;
    }
    j > floor && is(doc, j - 1, PREPOSITION)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (claim text, claimant text) of each territorial claim in `text`.
    fn claims(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(text);
        let countries = crate::countries::find(&doc);
        find(&doc, &countries)
            .into_iter()
            .map(|c| {
                let claimant = c.agent.map(|a| match a {
                    Agent::Country(i) => countries[i].span.slice(text).to_string(),
                    Agent::Speaker(_) => panic!("a territorial claimant is a country"),
                });
                (c.span.slice(text).to_string(), claimant)
            })
            .collect()
    }

    fn one(text: &str) -> (String, Option<String>) {
        let mut all = claims(text);
        assert_eq!(all.len(), 1, "{all:?}");
        all.remove(0)
    }

    #[test]
    fn named_claim_with_possessor() {
        assert_eq!(
            one("Germany rejected Russia's fresh territorial claims to the strait lying north."),
            (
                "territorial claims to the strait".into(),
                Some("Russia".into())
            )
        );
    }

    #[test]
    fn evaluative_adjectives_stay_in_the_span() {
        assert_eq!(
            one("Beijing denounced Japan's unjust territorial claims to the reef in a speech."),
            (
                "unjust territorial claims to the reef".into(),
                Some("Japan".into())
            )
        );
    }

    #[test]
    fn claimant_is_the_nearest_state_not_rejecting() {
        assert_eq!(
            one("Seoul said that Tokyo repeats its sovereignty claims over the rocks."),
            (
                "sovereignty claims over the rocks".into(),
                Some("Tokyo".into())
            )
        );
        assert_eq!(
            one("Canada rejected the territorial claims."),
            ("territorial claims".into(), None)
        );
        assert_eq!(
            one("Talks with France stalled over territorial claims."),
            ("territorial claims".into(), None)
        );
    }

    #[test]
    fn its_claim_to_a_place() {
        assert_eq!(
            one("Britain renewed its claim to the Rock on Monday."),
            ("claim to the Rock".into(), Some("Britain".into()))
        );
        assert!(claims("Britain renewed its claim to compensation.").is_empty());
    }

    #[test]
    fn laying_claim() {
        assert_eq!(
            one("China lays claim to most of the sea."),
            ("lays claim to most of the sea".into(), Some("China".into()))
        );
    }

    #[test]
    fn possessed_claim_needs_a_place() {
        assert_eq!(
            one("Britain's claim to the islands is old."),
            ("claim to the islands".into(), Some("Britain".into()))
        );
        assert!(claims("Russia's claim to be neutral is doubted.").is_empty());
        assert!(claims("Russia's claims were false.").is_empty());
    }

    #[test]
    fn sovereignty_rights_and_claims_to_sovereignty() {
        assert_eq!(
            one("Canada asserts sovereignty rights to the seabed."),
            (
                "sovereignty rights to the seabed".into(),
                Some("Canada".into())
            )
        );
        assert_eq!(
            one("Ukraine's claims to sovereignty over the port were upheld."),
            (
                "claims to sovereignty over the port".into(),
                Some("Ukraine".into())
            )
        );
        assert!(claims("Workers have rights to overtime.").is_empty());
    }

    #[test]
    fn back_references_need_a_territorial_context() {
        let text =
            "Japan renewed its territorial claims. Seoul said Japan's unjust claims are void.";
        assert_eq!(
            claims(text),
            [
                ("territorial claims".to_string(), Some("Japan".to_string())),
                ("unjust claims".to_string(), Some("Japan".to_string()))
            ]
        );
        assert!(claims("The firm's unjust claims cost France dearly.").is_empty());
        assert!(claims("Japan asked for a withdrawal of such claims over the islands.").len() == 1);
        assert!(claims("Insurers paid such claims.").is_empty());
    }

    #[test]
    fn reported_claims_that_a_place_belongs_are_not_territorial_claims() {
        assert!(claims("Beijing says the island is part of China.").is_empty());
        assert!(claims("He claims the island is theirs.").is_empty());
    }
}
