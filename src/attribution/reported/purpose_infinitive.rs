//! `purpose-infinitive`: `Lund went on the radio on Friday to say the port
//! would close.` An infinitive cue is no saying of its own ("vowed to
//! respond", "wanted to say", "is likely to say": nothing has been said),
//! but after a finished act and its place or time ("went on the radio",
//! "stood at a rally here", "tweeted on Friday", "went out of her way") the
//! infinitive is that act's purpose: the saying took place, and its finite
//! clause is the main subject's claim.
use super::*;

/// How many tokens the prepositional phrase before "to" may hold, its
/// preposition included ("at a harbour rally here").
const PLACE_PHRASE_WINDOW: usize = 6;

/// A preposition that opens a phrase of place, time or manner ("on", "at",
/// "to", "of", "for" ...).
fn is_preposition(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::PHRASE_PREPOSITION) || doc.has(k, words::POSTMODIFIER_PREPOSITION)
}

/// A word of the noun phrase after a preposition: a plain word, name or
/// number, no verb form, subject pronoun, conjunction, relative word or
/// preposition.
fn is_phrase_word(doc: &Doc, k: usize) -> bool {
    matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)
        && !is_verb_form(doc, k)
        && !speakers::is_pronoun(doc, k)
        && !doc.has(k, words::CLAUSE_COORDINATOR)
        && !speakers::is_relative(doc, k)
        && !cues::is_reporting_verb(doc, k)
        && doc.word(k) != "that"
}

/// The phrase ending right before "to" at `to` is a preposition's (`on
/// Friday`, `at a rally here`, `out of her way`): its preposition's token.
fn place_phrase_before(doc: &Doc, s: &Range<usize>, to: usize) -> Option<usize> {
    let floor = s.start.max(to.saturating_sub(PLACE_PHRASE_WINDOW));
    let mut k = to;
    while k > floor {
        k -= 1;
        // "for the board's decision to tell", "the pressure on him to say":
        // the infinitive is the noun's.
        if doc.has(k, words::INFINITIVE_NOUN) {
            return None;
        }
        if is_preposition(doc, k) {
            let owned = k > s.start && doc.has(k - 1, words::INFINITIVE_NOUN);
            // "is to find a way to ...": an infinitive's "to", not a preposition.
            let infinitive = doc.is(k, "to")
                && !(speakers::is_determiner(doc, k + 1)
                    || doc.has(k + 1, words::POSSESSIVE)
                    || doc.tokens[k + 1].kind == TokenKind::Number
                    || doc.is_capitalized(k + 1));
            return (k + 1 < to && !owned && !infinitive).then_some(k);
        }
        if !is_phrase_word(doc, k) {
            return None;
        }
    }
    None
}

/// A verb form: an auxiliary or finite verb, a plain or irregular past, or
/// a lowercase word in "-ed" or "-ing" ("went", "tweeted", "rushing").
fn is_verb_form(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.has(k, words::FINITE)
        || doc.has(k, words::IRREGULAR_PAST)
        || doc.has(k, words::PLAIN_PAST)
        || (doc.tokens[k].kind == TokenKind::Word
            && w.len() > 4
            && w.chars().all(char::is_lowercase)
            && (w.ends_with("ed") || w.ends_with("ing")))
}

/// `purpose-infinitive`: the cue at `i` in the infinitive ("to say") after
/// a finished act's place or time phrase; the claim is its finite clause,
/// the speaker the main clause's subject. Not after a negation, nor where
/// no finite clause follows ("to say thanks", "to announce a plan").
pub(super) fn purpose_infinitive(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    found: &Found,
    direct: &DirectCues,
) -> Option<Attribution> {
    // ("to ask why": a question, no assertion.)
    if i < s.start + 3 || !doc.is(i - 1, "to") || is_inflected(doc, i) || doc.has(i, words::ASK) {
        return None;
    }
    let cue = cue_at(doc, i)?;
    let preposition = place_phrase_before(doc, s, i - 1)?;
    // The act: a verb before the phrase, none of it negated.
    let acted = (s.start..preposition).any(|k| is_verb_form(doc, k));
    if !acted || (s.start..i).any(|k| cues::is_negation(doc, k)) {
        return None;
    }
    // ("to answer how ...": a question, no assertion.)
    let finite = doc.is(cue.end, "that")
        || (cue.end < s.end
            && !doc.has(cue.end, words::INDIRECT_QUESTION)
            && looks_finite(doc, cue.end, s.end));
    if !finite {
        return None;
    }
    // ("to fire back at the critics": a clause opens with no preposition.)
    let claim = clause_after(doc, s, &cue, complement_of(doc, &cue))
        .filter(|c| !is_preposition(doc, c.start))?;
    let source = main_speaker(doc, s, i - 1, found, direct)?;
    Some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source,
        rule: Rule::PurposeInfinitive,
    })
}

/// What the `purpose-infinitive` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const PURPOSE_INFINITIVE: &[Example] = &[
    Marks(
        "Mayor Ola Lund went on the radio on Friday to say the ferry would run again.",
        "the ferry would run again",
        "Mayor Ola Lund",
    ),
    Marks(
        "Berg went out of her way to say that the harbour fees had been cut.",
        "the harbour fees had been cut",
        "Berg",
    ),
    Marks(
        "Farmers stood at a rally here to argue the quota was unfair.",
        "the quota was unfair",
        "Farmers",
    ),
    // Nothing has been said yet, or at all.
    Not("Lund is likely to say the ferry will run again."),
    Not("Lund declined to say whether the ferry would run again."),
    Not("Lund did not go on the radio to say the ferry would run again."),
    // A noun's infinitive, a question, and no finite clause.
    Not("Berg apologised for the board's decision to tell crews the ferry had sunk."),
    Not("Berg spoke at a rally in Tromso to ask why the ferry had sunk."),
    Not("Berg went back to her old theme to explain how the ferry had sunk."),
    Not("The task now is to find a way to admit the ferry was late."),
    Not("The vote came after he refused to say the ferry was safe."),
    Not("The vote puts more pressure on him to say whether the ferry runs."),
    Not("Lund took to the radio to hit back at Will Berg."),
    Not("Berg went on the radio on Friday to announce a new route."),
];
