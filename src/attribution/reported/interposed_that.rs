//! `interposed-that`: "It is no surprise, Lund said, that the port closed":
//! the clause before an interposed attribution whose cue then opens a "that"
//! clause is a claim of its own.
use super::*;

/// What the `interposed-that` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const INTERPOSED_THAT: &[Example] = &[
    Marks(
        "It is no surprise, Lund said, that the ferry was late.",
        "It is no surprise",
        "Lund",
    ),
    Marks(
        "He hoped, she said in an interview, that the board would wait.",
        "He hoped",
        "she",
    ),
    // Without "that" the attribution sits inside one claim (`after-claim`).
    Not("The ferry, Lund said, was late."),
    // An adjunct before the attribution is no clause.
    Not("In the spring, Lund said, that the ferry was late."),
    Not("If the port closes, Lund said, that would be bad."),
];

/// How many words an adjunct of the cue may hold before ", that".
const ADJUNCT_WINDOW: usize = 6;

/// The speaker phrase and the cue of `a` (a speaker phrase before its
/// cue), and the comma that sets the phrase off after more than `min`
/// words of `s`: the attribution of "<clause>, Lund said ...".
pub(super) fn set_off_speaker<'a>(
    doc: &Doc,
    s: &Range<usize>,
    a: &'a Attribution,
    min: usize,
) -> Option<(&'a Range<usize>, &'a Range<usize>, usize)> {
    let (Source::Phrase(speaker), Some(cue)) = (&a.source, &a.cue) else {
        return None;
    };
    let open = speakers::past_determiner(doc, speaker.start, s.start);
    if speaker.end > cue.start || open <= s.start + min || doc.word(open - 1) != "," {
        return None;
    }
    Some((speaker, cue, open - 1))
}

/// The "that" clause of `a` (a cue after its subject) follows the cue and a
/// comma, and a comma sets off the subject: the clause before that comma,
/// from where the clause the attribution interrupts starts, is the
/// speaker's claim too. The spec keeps an interposed attribution inside one
/// claim ("the dollar, they said, was falling"); with "that" the clause
/// after is the extraposed subject of the one before ("It is no surprise
/// ... that X"), the two halves have no one span, and polnear's gold marks
/// both (9 of 9 in polnear-train).
pub(super) fn front_of_interposed_that(
    doc: &Doc,
    s: &Range<usize>,
    a: &Attribution,
    covered: &[bool],
) -> Option<Range<usize>> {
    let (_, cue, comma) = set_off_speaker(doc, s, a, 2)?;
    let that = a.claim.start.checked_sub(1)?;
    if !doc.is(that, "that")
        || doc.word(that - 1) != ","
        // Only a short adjunct between the cue and the comma ("said in an
        // interview afterward,"): plain words, no verb.
        || that - 1 > cue.end + ADJUNCT_WINDOW
        || (cue.end..that - 1).any(|k| {
            doc.tokens[k].kind != TokenKind::Word || looks_like_verb(doc, k)
        })
    {
        return None;
    }
    let front = trim_claim(doc, interrupted_clause_start(doc, s.start, comma)..comma);
    let first = past_openers(doc, front.clone());
    // ("It's a reminder": a pronoun's contracted auxiliary is its verb; "If
    // the port closes" is a subordinate clause, no claim.)
    (front.len() >= 2
        && !doc.has(first, words::SUBORDINATOR)
        && (!opens_with_adjunct(doc, front.clone())
            || looks_like_clause(doc, front.start, front.end))
        && !front.clone().any(|k| covered[k] || doc.word(k) == ","))
    .then_some(front)
}
