//! `infinitive-quote`: `Lund went so far as to say: "..."`: a cue in the
//! infinitive right before a capitalised quote speaks for its clause's subject.
use super::*;

/// What the `infinitive-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const INFINITIVE_QUOTE: &[Example] = &[
    Marks(
        "The columnist Per Lund went so far as to say: \"The old ferry line is finished.\"",
        "The old ferry line is finished",
        "columnist Per Lund",
    ),
    Marks(
        "The mayor was prompted to say, \"I cannot believe how calm it has been.\"",
        "I cannot believe how calm it has been",
        "mayor",
    ),
    // `clause-subject-past-interposed`: past a relative clause set off by commas.
    Marks(
        "Berg, who ran the harbour board for a decade, interjected to say: \"Neither of them has read the plan.\"",
        "Neither of them has read the plan",
        "Berg",
    ),
    // Not a quote the writer's clause carries on, nor a refusal.
    Not("Lund wanted to say \"thank you\" to the crews."),
    Not("Lund declined to say, \"as a rule,\" whether she would run."),
    // `verb-opens-clause`: past the comma the clause opens with "as if", no
    // verb: the words before it ("dog thumped its tail on the floor") are a
    // clause, no subject set off.
    Not("The old dog thumped its tail on the floor, its ears raised, as if to say, \"Not now.\""),
];

/// `Lund went so far as to say: "..."`, `The mayor was prompted to say,
/// "..."`: a cue in the infinitive ("to say", "to announce") right before
/// the comma or colon introducing a capitalised quote speaks for the
/// subject opening its clause (not after a refusal: "declined to say").
pub(super) fn infinitive_quote(
    doc: &Doc,
    quote: &Quote,
    verb: usize,
    cue: &Range<usize>,
    mark: usize,
    introduced: bool,
) -> Option<Said> {
    let to = verb.checked_sub(1)?;
    let first = quote.inner.start;
    if !introduced
        || cue.end != mark
        || !doc.is(to, "to")
        || first >= quote.inner.end
        || !doc.is_capitalized(first)
        || (to > 0 && doc.has(to - 1, words::CANCELLING))
    {
        return None;
    }
    let phrase = clause_subject_past_interposed(doc, to)?;
    Some((phrase, cue.clone(), Rule::InfinitiveQuote))
}
