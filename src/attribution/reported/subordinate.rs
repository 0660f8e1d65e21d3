//! A cue inside a subordinate clause opening the sentence ("When Lund said
//! ..., nobody believed him"): its claim ends with that clause.
use super::*;

/// "When Lund said the bridge was safe, nobody believed him": a cue whose
/// subject opens a subordinate clause at the sentence start governs only up
/// to the comma closing that clause, and only a clause with a verb of its
/// own ("As Lund said goodbye to the crowd, it rained" has no claim).
pub(super) fn subordinate_claim(
    doc: &Doc,
    s: &Range<usize>,
    phrase: &Range<usize>,
    mut claim: Range<usize>,
) -> Option<Range<usize>> {
    let k = speakers::past_determiner(doc, phrase.start, s.start);
    // At the sentence start, after "and" ("..., and when Lund said ..., "), or
    // between a subject and its verb ("Berg, though she said ..., left").
    if !(k > s.start
        && doc.has(k - 1, words::SUBORDINATOR)
        && (opens_sentence(doc, s, k - 1)
            // (or after a dateline's dash: "OSLO, June 4 - When Lund said ...,")
            || (k - 1 > s.start
                && (doc.is(k - 2, "and")
                    || doc.is(k - 2, "but")
                    || matches!(doc.word(k - 2), "-" | "—" | "–")))
            || (k - 1 > s.start
                && doc.word(k - 2) == ","
                && speakers::phrase_before(doc, k - 2, s.start)
                    .is_some_and(|subject| opens_sentence(doc, s, subject.start)))))
    {
        return Some(claim);
    }
    // Past commas that open a relative clause inside it ("voters, whose ...,").
    let closing = |c: usize| doc.word(c) == "," && !doc.has(c + 1, words::RELATIVE_OPENER);
    if let Some(comma) = claim.clone().find(|&c| closing(c)) {
        claim.end = comma;
    }
    // ("While he said he'd call a vote, ...": a contracted auxiliary is its verb.)
    let has_verb = claim.clone().take(12).any(|k| looks_like_verb(doc, k))
        || looks_like_clause(doc, claim.start, claim.end);
    (claim.len() >= 2 && has_verb).then_some(claim)
}
