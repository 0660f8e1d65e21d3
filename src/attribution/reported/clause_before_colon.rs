//! `clause-before-colon`: "<clause>, Lund said: <claim>": the clause before an attribution whose cue ends at a colon is the speaker's claim too.
use super::*;

/// What the `clause-before-colon` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CLAUSE_BEFORE_COLON: &[Example] = &[
    Marks(
        "Several things made a late upset unlikely, the insiders said: the mayor's lead is wide and the ferry vote is done.",
        "Several things made a late upset unlikely",
        "insiders",
    ),
    Marks(
        "Ports are part of the towns around them, she said: \"We owe the town a fair deal.\"",
        "Ports are part of the towns around them",
        "she",
    ),
    // Before the comma only an adjunct, a subordinate clause or a
    // participle's phrase: the words after the colon are the claim.
    Not("In a speech last May, Lund said: the ferries must run all night."),
    Not("When asked about the toll, Berg said: \"It stays.\""),
    Not("Asked whether the pier was safe, Berg said: \"It is.\""),
    Not("Comparing the two plans, Vik wrote: the second one costs less."),
    // No colon: the attribution after its claim (`after-claim`).
    Not("The ferries must run all night, Lund said."),
    Not("Its best year: $40 million—the sum the board approved for the pier, Lund wrote: the figure is public."),
];

/// A comma, a colon or a dash: the clause before the attribution may start
/// after it ("$40 million—the sum the board approved for the pier, Lund
/// said: ..." is a phrase of the writer's, no clause).
fn breaks_clause(doc: &Doc, i: usize) -> bool {
    matches!(doc.word(i), "," | ":" | ";" | "—" | "–") || doc.is_spaced_dash(i)
}

/// `a` (a cue after its subject; its claim, reported or quoted, after the
/// colon that ends the cue and its adjuncts) is set off by a comma after a
/// clause of its own: that clause, from where the clause the attribution
/// follows starts, is the speaker's claim too, as before any attribution
/// after its claim ("The port is full, Lund said."). PolNeAR's gold marks
/// both halves. Not where the words before the comma are no clause of
/// their own: an adjunct ("In a speech last May,"), a subordinate clause
/// ("When asked about the toll,") or a participle's phrase ("Asked whether
/// ...", "Comparing the plans,"), nor where a comma or a quote inside them
/// leaves the clause's start in doubt (`breaks_clause`).
pub(super) fn front_of_colon(
    doc: &Doc,
    s: &Range<usize>,
    a: &Attribution,
    covered: &[bool],
) -> Option<Range<usize>> {
    let (speaker, cue, comma) = set_off_speaker(doc, s, a, 3)?;
    let colon = skip_adjuncts(doc, cue.end, s.end);
    if cues::verb_group_start(doc, cue.start, s.start) != speaker.end
        || colon >= s.end
        || doc.word(colon) != ":"
        || a.claim.start <= colon
    {
        return None;
    }
    let front = trim_claim(
        doc,
        skip_opening_quote(
            doc,
            skip_dateline(doc, interrupted_clause_start(doc, s.start, comma)..comma),
        ),
    );
    let k = past_openers(doc, front.clone());
    if k + 3 > front.end {
        return None;
    }
    // (Nor a phrase right after a colon or a dash.)
    if front.start > 0 && breaks_clause(doc, front.start - 1) && doc.word(front.start - 1) != "," {
        return None;
    }
    let first = doc.word(k).to_ascii_lowercase();
    (!front
        .clone()
        .any(|i| covered[i] || breaks_clause(doc, i) || doc.tokens[i].kind == TokenKind::Quote)
        && !doc.has(k, words::SUBORDINATOR)
        && !doc.has(k, words::ADJUNCT_PREPOSITION)
        && !first.ends_with("ing")
        && !first.ends_with("ed")
        && !opens_with_adjunct(doc, k..front.end))
    .then_some(front)
}
