//! A reported clause ended by a colon and the quote after it, on one cue: one claim (`Lund said the plan had one flaw: "It costs too much."`).
use super::*;

/// What the `clause-colon-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CLAUSE_COLON_QUOTE: &[Example] = &[
    Marks(
        "Mayor Ines Kolb said the new bridge had one flaw: \"It sways in a gale.\"",
        "the new bridge had one flaw: \"It sways in a gale.\"",
        "Mayor Ines Kolb",
    ),
    // No clause before the colon: the quote alone, a direct claim.
    Not("Kolb told the harbour board on Monday: \"It sways in a gale.\""),
    Not("Kolb explained it this way: \"It sways in a gale.\""),
    // A full stop, not a colon: two claims.
    Not("Kolb said the new bridge had one flaw. \"It sways in a gale.\""),
];

/// `Kolb said the bridge had one flaw: "It sways in a gale."`: the quote
/// after the colon says what the clause before it announced, on the same
/// cue, so the two are one reported claim (the spec: a quoted fragment
/// inside a reported claim is part of it). `before_colon` holds (cue start,
/// the colon's token, the quote's attribution), sorted by cue start; the
/// reported claims from `first_reported` on that end at such a colon take
/// in the quote, which stops being a claim of its own. Words before the
/// colon that read as no clause (`explained it this way:`, `said back in
/// May:`) are no claim: the quote stays the direct one.
pub(super) fn join_colon_quotes(
    doc: &Doc,
    found: &mut Found,
    first_reported: Id,
    before_colon: &[(usize, usize, Id)],
) {
    let reported: Vec<Id> = found.live_from(first_reported).collect();
    for id in reported {
        let a = &found[id];
        let Some(cue) = a.cue.as_ref() else {
            continue;
        };
        let Ok(at) = before_colon.binary_search_by_key(&cue.start, |&(start, _, _)| start) else {
            continue;
        };
        let (_, colon, quote_id) = before_colon[at];
        if a.claim.end != colon || a.mode != ClaimMode::Reported || found.is_removed(quote_id) {
            continue;
        }
        if !looks_finite(doc, a.claim.start, a.claim.end)
            && !looks_like_clause(doc, a.claim.start, a.claim.end)
        {
            found.remove(id);
            continue;
        }
        let quote = found[quote_id].claim.clone();
        // Through the closing mark, as a quote opened in a clause ends it.
        let end = doc
            .mark_before(quote.start)
            .and_then(|open| doc.quote_from(open))
            .filter(|q| q.close.is_some() && q.inner.end >= quote.end)
            .map_or(quote.end, |q| q.after);
        found[id].claim.end = end;
        found[id].rule = Rule::ClauseColonQuote;
        found.remove(quote_id);
    }
}
