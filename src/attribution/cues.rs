//! Reporting cues: the verbs and nouns that introduce what somebody said,
//! and the context words that cancel them (negation, passive, infinitive).
use super::cue_patterns::{
    ACCORDING_TO, ACT_ADJECTIVE_TO, CONTINUE_TO, GO_ON_TO, HAVING_SAID_THAT, MAKE_IT_CLEAR,
    MORE_LIKELY_TO, PUT_IT, PUT_IT_ALONE, QUOTED_AS,
};
use super::words;
use crate::lexicon;
use crate::text::{Doc, TokenKind};
use std::ops::Range;
use std::sync::LazyLock;

/// How a reporting verb's complement behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Complement {
    /// "said the talks failed": a bare clause is the claim.
    Clause,
    /// "announced a plan": a bare noun is not a claim; needs "that" or a finite clause.
    Object,
    /// `"...," she continued`: attributes a quotation, governs no reported clause.
    QuoteOnly,
    /// "states that ...": a cue only right before "that" (else a noun).
    ThatOnly,
}

/// "He's claiming": a contracted "is" after a pronoun (not a possessive).
fn is_contracted_is(doc: &Doc, i: usize, floor: usize) -> bool {
    doc.is_clitic_s(i) && i > floor && crate::attribution::speakers::is_pronoun(doc, i - 1)
}

/// "He's said", "she’s told": a contracted "has" before a past participle,
/// after "he" or "she" ("it's said that" is an agentless passive, no speaker).
fn is_contracted_has(doc: &Doc, i: usize, verb: usize, floor: usize) -> bool {
    let w = doc.word(verb);
    doc.is_clitic_s(i)
        && i > floor
        && doc.has(i - 1, words::PERSON_SUBJECT_PRONOUN)
        && (doc.has_lowercase(verb, words::IRREGULAR_INFLECTED) || w.ends_with("ed"))
}

/// Token `i` is a reporting verb form, and how its complement behaves.
#[inline]
pub fn reporting_verb(doc: &Doc, i: usize) -> Option<Complement> {
    // The lexicon first: few words are verbs, and the capitalisation test reads the sentence.
    let classes = doc.classes(i);
    if !classes.intersects(words::REPORTING_VERB) || doc.tokens[i].kind != TokenKind::Word {
        return None;
    }
    // "pointed out", "shot back": no cue without the particle.
    if classes.has(words::VERB_PARTICLE) && !has_particle(doc, i) {
        return None;
    }
    let complement = if classes.has(words::VERB_CLAUSE) {
        Complement::Clause
    } else if classes.has(words::VERB_OBJECT) {
        Complement::Object
    } else if classes.has(words::VERB_QUOTE)
        // `quote-that`: "she continued that the ship had sunk": a quoting
        // verb with a clause after "that" (data: `quote-that`).
        && !(classes.has(words::VERB_THAT) && doc.is(i + 1, "that"))
    {
        Complement::QuoteOnly
    } else {
        Complement::ThatOnly
    };
    (!is_capitalised_mid_sentence(doc, i)
        && !is_noun_after_determiner(doc, i)
        && !is_noun_after_modifiers(doc, i)
        && !is_attributive_participle(doc, i))
    .then_some(complement)
}

/// `attributive-participle`: "and alleged tax schemes", "to look into
/// alleged bribes": an `attributive-participle` word (data:
/// `attribution_words.tsv`) right before a lowercase content word (no
/// function word, determiner, pronoun, auxiliary or adverb) modifies that
/// noun; it is no verb. Its verb keeps "that", a subject or an adjunct
/// after it ("alleged that ...", "alleged they ...", "alleged in the suit").
fn is_attributive_participle(doc: &Doc, i: usize) -> bool {
    let next = i + 1;
    doc.has(i, words::ATTRIBUTIVE_PARTICIPLE)
        && doc
            .tokens
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.word(next).chars().all(|c| c.is_lowercase() || c == '-')
        && !doc.has(next, words::FUNCTION_WORD)
        && !doc.has(next, words::DETERMINER)
        && !doc.has(next, words::PRONOUN)
        && !doc.has(next, words::FINITE)
        && !is_adverb(doc, next)
}

/// `noun-after-determiner`: "the two states that vote", "its report", "the
/// reported attacks": a word right after an article or a possessive
/// pronoun ("her" aside) is no verb, nor is a present form ("states") right
/// after a number other than "one" ("the two said", "six in 10 say" keep
/// their verbs).
fn is_noun_after_determiner(doc: &Doc, i: usize) -> bool {
    if i == 0 || doc.tokens[i - 1].kind == TokenKind::Quote {
        return false;
    }
    let before = i - 1;
    let article = doc.has(before, words::ARTICLE);
    let count = ((doc.tokens[before].kind == TokenKind::Number
        && doc.word(before).chars().all(|c| c.is_ascii_digit()))
        || doc.has(before, words::COUNT_WORD))
        && !doc.is(before, "one")
        // ("Article 33 affirms": a number closing a name.)
        && !(before > 0
            && doc.tokens[before - 1].kind == TokenKind::Word
            && doc.is_capitalized(before - 1)
            && !crate::attribution::speakers::is_determiner(doc, before - 1));
    let w = doc.word(i);
    // ("heard her say": "her" is an object too.)
    article
        || (crate::attribution::speakers::is_possessive_pronoun(doc, before)
            && !doc.is(before, "her"))
        || (count && w.ends_with('s') && !doc.has_lowercase(i, words::IRREGULAR_INFLECTED))
}

/// `verb-word-as-noun`: "a retort", "her famous demand": a reporting
/// verb's word that its article or modifiers make a noun
/// (`noun-after-determiner`, `modified-noun`), which may then introduce a
/// quote as a reporting noun does (`colon-quote`).
pub fn is_verb_word_as_noun(doc: &Doc, i: usize) -> bool {
    doc.classes(i).intersects(words::REPORTING_VERB)
        && doc.tokens[i].kind == TokenKind::Word
        && (is_noun_after_determiner(doc, i) || is_noun_after_modifiers(doc, i))
}

/// How many words may modify a noun between its article and itself ("a
/// blunt, honest and frank answer").
const MODIFIER_WINDOW: usize = 6;

/// `modified-noun`: "a snappy retort", "his famous demand", "the final
/// say", "a framed, handwritten note": a bare form (no "-s", "-ed" or
/// irregular past) after an article or a possessive pronoun and a few
/// lowercase modifiers (commas and "and" between them) is that phrase's
/// head noun, not a verb: a verb's bare form has a plural subject, so the
/// word before it is then no plural ("the aides say", "his advisers
/// argue"), no speaker word ("the police say") and no count ("the two
/// admit", "a third say").
fn is_noun_after_modifiers(doc: &Doc, i: usize) -> bool {
    if i < 2 || is_inflected_form(doc, i) || doc.word(i).ends_with("ing") {
        return false;
    }
    // The noun's own context after it: a colon or quote mark introducing
    // the words, or a complement ("the final say on", "a note from"); a
    // bare verb after a subject with a complement takes its clause ("those
    // across the country say Lund won").
    let next = i + 1;
    let introduces = doc
        .tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Quote || doc.word(next) == ":")
        || doc.has(next, words::COMPLEMENT_LINK);
    if !introduces {
        return false;
    }
    let before = i - 1;
    let w = doc.word(before);
    // A lowercase content word: no pronoun, verb form, adverb or "-ing"
    // form ("the way they say", "could declare", "on the trail recently
    // say", "people familiar with her thinking say").
    let modifier = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && doc.word(k).chars().all(char::is_lowercase)
            && !doc.has(k, words::FUNCTION_WORD)
            && !doc.has(k, words::DETERMINER)
            && !doc.has(k, words::PRONOUN)
            && !doc.has(k, words::FINITE)
            && !is_adverb(doc, k)
            && !doc.word(k).ends_with("ing")
    };
    if !modifier(before)
        || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        || doc.has(before, words::SPEAKER_NOUN)
        || doc.has(before, words::TITLE)
        || doc.has(before, words::QUANTIFIER)
        || doc.has(before, words::COUNT_WORD)
        || doc.has(before, words::FRACTION)
    {
        return false;
    }
    let floor = i.saturating_sub(MODIFIER_WINDOW);
    let mut k = before;
    // Commas and "and" only inside a list of modifiers ("a blunt, frank and
    // honest answer"), never back into the clause before.
    while k > floor
        && (modifier(k)
            || ((doc.word(k) == "," || doc.is(k, "and")) && modifier(k - 1) && modifier(k + 1)))
    {
        k -= 1;
    }
    (doc.has(k, words::ARTICLE) || crate::attribution::speakers::is_possessive_pronoun(doc, k))
        && modifier(k + 1)
}

/// "United States", "Washington Post": a capitalised word inside a sentence is
/// a name, not a verb (all-capital headlines excepted).
fn is_capitalised_mid_sentence(doc: &Doc, i: usize) -> bool {
    // Most verbs are lower case: no need to read the word.
    if !doc.is_capitalized(i) || !doc.word(i).chars().any(char::is_lowercase) {
        return false;
    }
    let sentence = doc.sentences[doc.sentence_of(i)].clone();
    i != sentence.start
        && doc.tokens[i - 1].kind != TokenKind::Quote
        && (!is_title_case(doc, sentence) || is_name_before_colon(doc, i))
}

/// `name-before-colon`: "Harbour Post: Lund Is No Different", "The
/// Harbour-Trade Digest: The trouble with ...": even in a title-case
/// line, a bare capitalised word that is also a noun (a reporting noun or a
/// message word) after another capitalised word and before a colon ends a
/// name (a paper, a column), no cue. "Experts Warn: ..." and "Lund Says:
/// ..." keep their verbs.
fn is_name_before_colon(doc: &Doc, i: usize) -> bool {
    doc.is(i + 1, ":")
        && !is_inflected_form(doc, i)
        && (doc.has(i, words::REPORTING_NOUN) || doc.has(i, words::MESSAGE))
        && doc.tokens[i - 1].kind == TokenKind::Word
        && doc.is_capitalized(i - 1)
}

/// A headline in title case ("Kolb Says Talks Are Over"): most words capitalised.
pub(super) fn is_title_case(doc: &Doc, sentence: std::ops::Range<usize>) -> bool {
    if sentence.len() > 40 {
        return false;
    }
    let words = sentence
        .clone()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word && doc.word(k).len() > 3);
    let (mut capitalised, mut all) = (0, 0);
    for k in words {
        all += 1;
        if doc.is_capitalized(k) {
            capitalised += 1;
        }
    }
    all >= 3 && capitalised * 4 >= all * 3
}

/// Token `i` is a reporting verb ("said", "told", "warns").
pub fn is_reporting_verb(doc: &Doc, i: usize) -> bool {
    match reporting_verb(doc, i) {
        Some(Complement::ThatOnly) => doc.is(i + 1, "that"),
        other => other.is_some(),
    }
}

/// Token `i` is a reporting verb that may govern a reported clause.
pub fn is_reporting_clause_verb(doc: &Doc, i: usize) -> bool {
    match reporting_verb(doc, i) {
        Some(Complement::ThatOnly) => doc.is(i + 1, "that"),
        Some(Complement::QuoteOnly) | None => false,
        Some(_) => true,
    }
}

/// Token `i` is a reporting noun ("statement", "claim").
pub fn is_reporting_noun(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::REPORTING_NOUN) && doc.tokens[i].kind == TokenKind::Word
}

/// Token `i` is a present participle of a reporting verb ("saying", "stressing").
pub fn is_participle(doc: &Doc, i: usize) -> bool {
    is_reporting_verb(doc, i) && doc.word(i).ends_with("ing")
}

/// `make it clear` / `made it clear` / `making it clear` starting at token `i`:
/// the index of "clear".
pub fn make_it_clear(doc: &Doc, i: usize) -> Option<usize> {
    MAKE_IT_CLEAR.right(doc, i).map(|m| m.end - 1)
}

/// The verb forms of `data/reporting_verbs.txt` that need a particle ("pointed
/// out", "shot back", "voiced concern"), each with one of its particles
/// (alternatives are separated by `|` in the data).
static PARTICLES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    // Only the lines with a particle (build.rs selects them).
    lexicon::rows(crate::data_file!("reporting_verbs.particles.txt"))
        .filter_map(|row| Some((row[0], *row.get(2)?)))
        .flat_map(|(forms, particles)| {
            forms
                .split_whitespace()
                .flat_map(move |f| particles.split('|').map(move |p| (f, p)))
        })
        .collect()
});

/// Particles that are nouns ("voiced their deep concern that"): a possessive
/// and a plain word may stand between the verb and them.
fn may_stand_apart(particle: &str) -> bool {
    !matches!(particle, "out" | "back")
}

/// How many words may stand between a verb and a noun particle.
const PARTICLE_GAP: usize = 2;

/// Where the particle of the particle cue at `i` is, if it has one.
fn particle_at(doc: &Doc, i: usize) -> Option<usize> {
    PARTICLES.iter().find_map(|&(form, particle)| {
        if !doc.is(i, form) {
            return None;
        }
        if doc.is(i + 1, particle) {
            return Some(i + 1);
        }
        if !may_stand_apart(particle) {
            return None;
        }
        (i + 2..=i + 1 + PARTICLE_GAP)
            .take_while(|&k| {
                k < doc.tokens.len() && {
                    let gap = k - 1;
                    let w = doc.word(gap);
                    doc.has(gap, words::POSSESSIVE)
                        || (doc.tokens[gap].kind == crate::text::TokenKind::Word
                            && w.chars().all(char::is_lowercase)
                            && !doc.has(gap, words::FUNCTION_WORD)
                            && !doc.has(gap, words::DETERMINER))
                }
            })
            .find(|&k| doc.is(k, particle))
    })
}

/// Token `i`, a verb of a particle cue, is followed by its particle.
fn has_particle(doc: &Doc, i: usize) -> bool {
    particle_at(doc, i).is_some()
}

/// The cue of the reporting verb at `verb`: the verb, and its particle
/// when it needs one ("shot back", "voiced their concern").
pub fn cue_span(doc: &Doc, verb: usize) -> Range<usize> {
    match doc
        .has(verb, words::VERB_PARTICLE)
        .then(|| particle_at(doc, verb))
        .flatten()
    {
        Some(particle) => verb..particle + 1,
        None => verb..verb + 1,
    }
}

/// How far an "as X put it" frame may stretch, in tokens: from "As" to "put
/// it" past an apposed speaker ("As Ola Lund, the chief whip, put it"), or
/// from "put it" to the comma before the claim ("As Berg put it in an
/// email to our reporter Ann Lund in June, ...").
pub const AS_PUT_IT_WINDOW: usize = 24;

/// How many words a plain speaker after "as" and a determiner may hold
/// (`plain-put-it-speaker`: "as one banker in Tromso put it").
const PLAIN_PUT_IT_SPEAKER: usize = 5;

/// `as <speaker> put(s) it` starting at token `i` ("as one senator put it"):
/// the speaker phrase and the cue ("put it").
pub fn as_put_it(doc: &Doc, i: usize, ceiling: usize) -> Option<(Range<usize>, Range<usize>)> {
    if !doc.is(i, "as") {
        return None;
    }
    let speakers = crate::attribution::speakers::phrase_after;
    // "as one skipper put it": any plain noun after a determiner, the frame
    // is unambiguous; with its place ("as one banker in Tromso put it").
    let plain = || {
        let first = i + 2;
        let end = (first..(first + PLAIN_PUT_IT_SPEAKER + 1).min(ceiling))
            .find(|&k| PUT_IT.right(doc, k).is_some())?;
        (crate::attribution::speakers::is_determiner(doc, i + 1)
            && end > first
            && (first..end).all(|k| doc.tokens[k].kind == TokenKind::Word))
        .then_some(first..end)
    };
    let speaker = speakers(doc, i + 1, ceiling).or_else(plain)?;
    let put = speaker.end;
    // "as the storm put it out" is another verb.
    PUT_IT_ALONE.right(doc, put).map(|cue| (speaker, cue))
}

/// `according to` at token `i`.
pub fn according_to(doc: &Doc, i: usize) -> bool {
    ACCORDING_TO.right(doc, i).is_some()
}

/// "to make Berg testify", "let him speak": a bare infinitive after a
/// causative verb and its object (a name of up to two words or a pronoun)
/// is what someone else wants said, not a speech act.
fn is_caused(doc: &Doc, verb: usize, floor: usize) -> bool {
    if is_inflected_form(doc, verb) {
        return false;
    }
    let object = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && (doc.is_capitalized(k) || doc.has(k, words::OBJECT_PRONOUN))
    };
    let causative = |k: usize| doc.has(k, words::MAKE) || doc.has(k, words::CAUSATIVE);
    (1..=2).any(|n| verb > floor + n && (verb - n..verb).all(object) && causative(verb - n - 1))
}

/// The word just before the verb `verb` (past any auxiliaries and adverbs)
/// cancels it: "did not say", "is said to", "declined to say".
/// Returns the index of the first token of the verb group (auxiliaries included).
pub fn verb_group_start(doc: &Doc, verb: usize, floor: usize) -> usize {
    if verb >= doc.tokens.len() {
        // No verb: the phrase before it ran to the end of the text.
        return verb;
    }
    let progressive = doc.word(verb).ends_with("ing");
    // `quoted-as-saying`: "Holm is quoted as saying": the passive "quoted
    // as" belongs to the group, whose subject speaks.
    let mut i = if progressive {
        QUOTED_AS.left(doc, verb, floor).map_or(verb, |m| m.start)
    } else {
        verb
    };
    // ("Both said": a quantifier opening the clause is the subject, not "they both".)
    while i > floor
        && !crate::attribution::speakers::quantifier_opens_clause(doc, i - 1, floor)
        && !is_modal_name(doc, i - 1, verb)
        && (doc.has(i - 1, words::BETWEEN_SUBJECT_AND_VERB)
            || is_adverb(doc, i - 1)
            || (progressive && doc.has(i - 1, words::BE))
            || (progressive && is_contracted_is(doc, i - 1, floor))
            || is_contracted_has(doc, i - 1, verb, floor))
    {
        i -= 1;
    }
    // `time-phrase-in-group`: "Holm, who had for years described",
    // "allies have for years said": past a time phrase right after an
    // auxiliary, to the auxiliary; ", at one point calling": past one
    // right after a comma, to the participle's group.
    if let Some(start) = time_phrase_before(doc, i, floor) {
        if start > floor && doc.has(start - 1, words::BETWEEN_SUBJECT_AND_VERB) {
            i = start - 1;
            while i > floor
                && (doc.has(i - 1, words::BETWEEN_SUBJECT_AND_VERB) || is_adverb(doc, i - 1))
            {
                i -= 1;
            }
        } else if progressive && start > floor && doc.word(start - 1) == "," {
            i = start;
        }
    }
    // "Kolb last week said", "Kolb on Monday said" (after "just": "just this month").
    if i >= floor + 2
        && (doc.has(i - 2, words::DATE_DETERMINER) && doc.has(i - 1, words::DATE_UNIT)
            || doc.is(i - 2, "on") && is_weekday(doc, i - 1))
    {
        i -= 2;
        while i > floor && doc.is(i - 1, "just") {
            i -= 1;
        }
    }
    // "Kolb went on to say", "The letter goes on to say", "Berg was quick
    // to add", "aides are careful to note": past the shape (and the
    // adjective's "be") to the subject.
    if let Some(shape) = saying_goes_on(doc, i, floor) {
        i = shape.start;
        while i > floor && (doc.has(i - 1, words::BE) || is_adverb(doc, i - 1)) {
            i -= 1;
        }
    }
    // "Critics, however, say": past an interjection set off by commas.
    if i >= floor + 4
        && doc.word(i - 1) == ","
        && doc.word(i - 3) == ","
        && doc.has(i - 2, words::INTERJECTION)
    {
        i -= 3;
    }
    // "Kolb (who chairs the panel) said": past a parenthesis.
    if i > floor + 1 && doc.word(i - 1) == ")" {
        if let Some(open) = (floor..i - 1).rev().take(12).find(|&k| doc.word(k) == "(") {
            return open;
        }
    }
    i
}

/// The most tokens of a time phrase inside a verb group ("in the past",
/// "at one point", "in recent weeks").
const GROUP_TIME_PHRASE: usize = 4;

/// `time-phrase-in-group`: where a time phrase ending just before `end`
/// opens: a time preposition ("in", "at", "for"), then determiners and time
/// nouns ending in a time noun ("in the past", "at one point", "for years").
fn time_phrase_before(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    let last = end.checked_sub(1).filter(|&k| k > floor)?;
    if !doc.has(last, words::TIME_NOUN) {
        return None;
    }
    (last.saturating_sub(GROUP_TIME_PHRASE).max(floor)..last)
        .rev()
        .take_while(|&k| {
            doc.has(k, words::SUBJECT_TIME_PREPOSITION)
                || doc.has(k, words::TIME_NOUN)
                || crate::attribution::speakers::is_determiner(doc, k)
        })
        .find(|&k| doc.has(k, words::SUBJECT_TIME_PREPOSITION) && !doc.is_capitalized(k))
}

/// `quoted-as-saying`: the participle at `i` follows "quoted as" (from
/// `floor` on): `"...," Holm is quoted as saying.`
pub fn is_quoted_as(doc: &Doc, i: usize, floor: usize) -> bool {
    QUOTED_AS.left(doc, i, floor).is_some()
}

/// The verb at `verb` is negated, passive or an infinitive.
pub fn is_cancelled(doc: &Doc, verb: usize, floor: usize) -> bool {
    // "Having said that, ...": a turn of phrase, not an attribution.
    if verb > floor && HAVING_SAID_THAT.right(doc, verb - 1).is_some() {
        return true;
    }
    if is_caused(doc, verb, floor) {
        return true;
    }
    let mut i = verb;
    // "did not say", "has never said", "was not told": look past adverbs.
    while i > floor {
        let prev = i - 1;
        if doc.has(prev, words::CANCELLING) {
            // "the people I spoke to said": no infinitive is inflected;
            // "pivoted to arguing that": nor is a gerund (`that-gerund`).
            if doc.is(prev, "to")
                && (is_inflected_form(doc, verb) || doc.word(verb).ends_with("ing"))
            {
                return false;
            }
            return saying_goes_on(doc, prev + 1, 0).is_none();
        }
        if doc.has(prev, words::BE) {
            if !doc.word(verb).ends_with("ing") {
                return true;
            }
            i -= 1;
            continue;
        }
        // ("did", "does" and "do" are among them.)
        if doc.has(prev, words::BETWEEN_SUBJECT_AND_VERB) || is_adverb(doc, prev) {
            i -= 1;
            continue;
        }
        return is_negative_contraction(doc, prev);
    }
    false
}

/// "went on to (say)", "going on to", "continued to", "quick to (add)":
/// the "to" ending just before `at` is no infinitive that cancels the
/// saying, which takes place after all. The shape's tokens, from `floor` on.
fn saying_goes_on(doc: &Doc, at: usize, floor: usize) -> Option<Range<usize>> {
    GO_ON_TO
        .left(doc, at, floor)
        .or_else(|| CONTINUE_TO.left(doc, at, floor))
        .or_else(|| ACT_ADJECTIVE_TO.left(doc, at, floor))
        .or_else(|| MORE_LIKELY_TO.left(doc, at, floor))
}

/// Token `k` is a negated auxiliary ("didn't", "won’t"), with either apostrophe.
pub fn is_negative_contraction(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    w.ends_with("n't") || w.ends_with("n’t")
}

/// Token `k` negates the verb after it: a cancelling word but "to" ("not",
/// "never", "cannot", "nor") or a negated auxiliary.
pub fn is_negation(doc: &Doc, k: usize) -> bool {
    (doc.has(k, words::CANCELLING) && !doc.is(k, "to")) || is_negative_contraction(doc, k)
}

/// `modal-name`: `Will wrote`, `May says`: a capitalised modal right before
/// an inflected verb is a name (a modal takes the bare form), so the
/// subject, not part of the verb group.
fn is_modal_name(doc: &Doc, i: usize, verb: usize) -> bool {
    i + 1 == verb
        && doc.is_capitalized(i)
        && doc.has(i, words::MODAL)
        && is_inflected_form(doc, verb)
}

/// Token `i` is a past or third-person form ("said", "warned", "says"), never an infinitive.
pub(super) fn is_inflected_form(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    doc.has_lowercase(i, words::IRREGULAR_INFLECTED)
        || w.ends_with("ed")
        || (w.ends_with('s') && !w.ends_with("ss"))
}

/// "often", "flatly": an adverb between a subject and its verb.
pub(crate) fn is_adverb(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && (doc.has(i, words::ADVERB)
            || ({
                let w = doc.word(i);
                w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_lowercase)
            } && !doc.has(i, words::LY_NOUN)))
}

fn is_weekday(doc: &Doc, i: usize) -> bool {
    doc.has(i, super::words::WEEKDAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capitalised_modal_before_an_inflected_verb_is_a_name() {
        // `modal-name`: "Will wrote" has its subject "Will"; "will say" is a group.
        let group = |text: &str, verb: &str| {
            let doc = Doc::new(text);
            doc.word(verb_group_start(&doc, doc.first_token(verb), 0))
                .to_string()
        };
        assert_eq!(group("The columnist Will wrote", "wrote"), "wrote");
        assert_eq!(group("Later May says", "says"), "says");
        assert_eq!(group("The minister will say", "say"), "will");
    }

    #[test]
    fn inflections_are_cues() {
        let doc = Doc::new("said tells announced ate stressing emphasised");
        let cues: Vec<bool> = (0..6).map(|i| is_reporting_verb(&doc, i)).collect();
        assert_eq!(cues, [true, true, true, false, true, true]);
    }

    #[test]
    fn thoughts_and_directives_are_not_cues() {
        let doc = Doc::new("believed thinks expects hoped urged");
        assert!((0..5).all(|i| !is_reporting_verb(&doc, i)));
    }

    #[test]
    fn a_word_after_an_article_or_a_count_is_a_noun() {
        // `noun-after-determiner`: Marks the verb, Not the noun.
        let cue = |text: &str, word: &str| {
            let doc = Doc::new(text);
            is_reporting_verb(&doc, doc.first_token(word))
        };
        assert!(cue("Vik states that the port is shut.", "states"));
        assert!(cue("The two said the port was shut.", "said"));
        assert!(cue("Lund heard her say the port was shut.", "say"));
        assert!(!cue(
            "In the two states that vote first, the port is shut.",
            "states"
        ));
        assert!(cue("Six in 10 say the port is shut.", "say"));
        assert!(cue("Article 12 states that the port is shut.", "states"));
        assert!(!cue("The reported attacks fell.", "reported"));
        assert!(!cue("Its claims that the port is shut are old.", "claims"));
    }

    #[test]
    fn a_bare_form_after_an_article_and_modifiers_is_a_noun() {
        // `modified-noun`: Marks the verb, Not the noun.
        let cue = |text: &str, word: &str| {
            let doc = Doc::new(text);
            is_reporting_verb(&doc, doc.first_token(word))
        };
        assert!(cue("The harbour pilots say the quay is unsafe.", "say"));
        assert!(cue("The local police say the quay is unsafe.", "say"));
        assert!(cue("The two admit the quay is unsafe.", "admit"));
        assert!(cue("Nearly a third say the quay is unsafe.", "say"));
        assert!(cue("The young skipper said the quay is unsafe.", "said"));
        assert!(!cue("Lund gave a short, sharp retort: \"No.\"", "retort"));
        assert!(!cue(
            "Berg made her famous demand: \"Open the gate.\"",
            "demand"
        ));
        assert!(!cue(
            "The crowd took up the angry chant \"Sink the plan!\"",
            "chant"
        ));
        assert!(!cue("The mayor has the final say on the quay.", "say"));
        assert!(!cue(
            "Vik kept a framed, handwritten note from Lund.",
            "note"
        ));
        assert!(cue("It is a fair deal, they say, and it will last.", "say"));
        assert!(cue(
            "Skippers who met him on the quay recently say he is tired.",
            "say"
        ));
        assert!(cue("The court could declare the quay unsafe.", "declare"));
        assert!(cue("Skippers from across the county say Lund won.", "say"));
    }

    #[test]
    fn an_attributive_participle_before_its_noun_is_no_cue() {
        // `attributive-participle`: Marks the verb, Not the adjective.
        let cue = |text: &str, word: &str| {
            let doc = Doc::new(text);
            is_reporting_verb(&doc, doc.first_token(word))
        };
        assert!(!cue(
            "Talk of her debts and alleged tax schemes did not hurt her.",
            "alleged"
        ));
        assert!(!cue(
            "The crews met skippers and alleged smuggling rings.",
            "alleged"
        ));
        assert!(cue("Lund alleged that the port was closed.", "alleged"));
        assert!(cue("Lund alleged they were misled.", "alleged"));
        assert!(cue(
            "Lund alleged in the suit that the port was shut.",
            "alleged"
        ));
        assert!(cue(
            "Lund has alleged repeatedly that the port was shut.",
            "alleged"
        ));
    }

    #[test]
    fn state_is_a_cue_only_before_that() {
        let doc = Doc::new("The report states that member states agree.");
        assert!(is_reporting_verb(&doc, 2));
        assert!(!is_reporting_verb(&doc, 5));
    }

    #[test]
    fn object_verbs_are_marked() {
        let doc = Doc::new("said announced");
        assert_eq!(reporting_verb(&doc, 0), Some(Complement::Clause));
        assert_eq!(reporting_verb(&doc, 1), Some(Complement::Object));
    }

    #[test]
    fn continue_is_a_cue_of_a_clause_only_before_that() {
        // `quote-that`: "continued that ..." governs a clause; elsewhere
        // "continued" only attributes a quotation.
        let doc = Doc::new("She continued that prices fell. They continued to fall.");
        assert_eq!(
            reporting_verb(&doc, doc.first_token("continued")),
            Some(Complement::ThatOnly)
        );
        assert!(is_reporting_clause_verb(&doc, doc.first_token("continued")));
        let later = doc.first_token("They") + 1;
        assert_eq!(reporting_verb(&doc, later), Some(Complement::QuoteOnly));
        assert!(!is_reporting_clause_verb(&doc, later));
    }

    #[test]
    fn jokes_chants_and_accusations() {
        let doc = Doc::new("joked quipped chanted yelled accused bemoaned");
        assert_eq!(reporting_verb(&doc, 0), Some(Complement::Clause));
        assert_eq!(reporting_verb(&doc, 1), Some(Complement::Clause));
        assert_eq!(reporting_verb(&doc, 2), Some(Complement::QuoteOnly));
        assert_eq!(reporting_verb(&doc, 3), Some(Complement::QuoteOnly));
        assert_eq!(reporting_verb(&doc, 4), Some(Complement::Object));
        assert_eq!(reporting_verb(&doc, 5), Some(Complement::Object));
    }

    #[test]
    fn negation_passive_and_infinitive_cancel() {
        for (text, verb) in [
            ("He did not say much", 3),
            ("She declined to say", 3),
            ("It is said to be", 2),
            ("He has never told us", 3),
            ("They didn't say", 2),
            ("It was reported", 2),
        ] {
            let doc = Doc::new(text);
            assert!(is_cancelled(&doc, verb, 0), "{text}");
        }
        for (text, verb) in [
            ("He is saying so", 2),
            ("He said so", 1),
            ("He has also said so", 3),
            ("He went on to say", 4),
            ("The letter goes on to say", 5),
        ] {
            let doc = Doc::new(text);
            assert!(!is_cancelled(&doc, verb, 0), "{text}");
        }
    }

    #[test]
    fn a_bare_infinitive_after_a_causative_is_no_speech_act() {
        for (text, verb) in [
            ("They threatened to make Ann Berg testify", 6),
            ("They let him say so", 3),
            ("Lund made Berg say so", 3),
        ] {
            let doc = Doc::new(text);
            assert!(is_cancelled(&doc, verb, 0), "{text}");
        }
        for (text, verb) in [("Lund made Berg said so", 3), ("Berg testify", 1)] {
            let doc = Doc::new(text);
            assert!(!is_cancelled(&doc, verb, 0), "{text}");
        }
    }

    #[test]
    fn capitalised_names_are_not_verbs() {
        let doc = Doc::new("He visited the United States. Said Lund: no.");
        assert!(!is_reporting_verb(&doc, 4));
        assert!(is_reporting_verb(&doc, 6));
        let doc = Doc::new("Freedonia Will Leave The Union, Prime Minister Says");
        assert!(is_reporting_verb(&doc, 8));
        // `name-before-colon`: a paper's or a column's name before a colon.
        let doc = Doc::new("Harbour Post: Lund Is No Different Than The Old Mayor");
        assert!(!is_reporting_verb(&doc, 1));
        let doc = Doc::new("Harbour Times Culture Report: The Trouble With Ferries");
        assert!(!is_reporting_verb(&doc, 3));
        let doc = Doc::new("Harbour Experts Warn: Ferry Fares Will Rise Again");
        assert!(is_reporting_verb(&doc, 2));
        let doc = Doc::new("Mayor Lund Says: Ferry Fares Will Rise Again");
        assert!(is_reporting_verb(&doc, 2));
    }

    #[test]
    fn verb_group_reaches_past_parentheses_and_progressives() {
        // (text, the verb's token, where its group opens)
        for (text, verb, group) in [
            ("Ann Kolb (D-Ore.) said", 8, 2),
            ("Critics of the plan, however, say", 7, 4),
            ("Kolb last week said", 3, 1),
            ("Kolb is also saying", 3, 1),
            // `time-phrase-in-group`: after an auxiliary, after a comma
            // before a participle; not a place.
            ("Kolb has in the past said", 5, 1),
            ("Kolb fought, at one point calling", 6, 3),
            ("Kolb in the port said", 4, 4),
            // `quoted-as-saying`: "quoted as" and its "is" join the group.
            ("Kolb is quoted as saying", 4, 1),
        ] {
            let doc = Doc::new(text);
            assert_eq!(verb_group_start(&doc, verb, 0), group, "{text}");
        }
    }

    #[test]
    fn multiword_cues() {
        let doc = Doc::new("making it clear that, pointed out, according to");
        assert_eq!(make_it_clear(&doc, 0), Some(2));
        assert_eq!(cue_span(&doc, 5), 5..7);
        assert!(according_to(&doc, 8));
        assert!(is_reporting_noun(&Doc::new("statement"), 0));
    }

    #[test]
    fn as_someone_put_it() {
        let doc = Doc::new("As one senator put it, the bill is dead.");
        let (speaker, cue) = as_put_it(&doc, 0, doc.tokens.len()).unwrap();
        assert_eq!(doc.span_of(speaker).slice(doc.text), "senator");
        assert_eq!(doc.span_of(cue).slice(doc.text), "put it");
        let doc = Doc::new("As the rain put out the fire, we left.");
        assert!(as_put_it(&doc, 0, doc.tokens.len()).is_none());
    }
}
