//! A quote, its attribution and "and"/"but" joining a second quote to it: one reported claim (`"We must act," she said, and "act fast."`).
use super::*;

/// What the `conjoined-quotes` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CONJOINED_QUOTES: &[Example] = &[
    Marks(
        "\"The ferry must run on time,\" Ada Berg said, and \"stop at every island.\"",
        "\"The ferry must run on time,\" Ada Berg said, and \"stop at every island",
        "Ada Berg",
    ),
    Marks(
        "The new ferry \"must run on time,\" Ada Berg said, and \"stop at every island.\"",
        "The new ferry \"must run on time,\" Ada Berg said, and \"stop at every island",
        "Ada Berg",
    ),
    Marks(
        "\"I like the mayor,\" he said, but still \"her plan for the quay is wrong.\"",
        "\"I like the mayor,\" he said, but still \"her plan for the quay is wrong",
        "he",
    ),
    // `conjoined-quotes-after-cue`: the attribution before the first quote.
    Marks(
        "The dock workers chanted, \"Sink the plan,\" and \"Save the quay.\"",
        "\"Sink the plan,\" and \"Save the quay",
        "dock workers",
    ),
    Marks(
        "Lund told the crowd, \"We row together,\" and, \"Who here has never lost a net?\"",
        "\"We row together,\" and, \"Who here has never lost a net",
        "Lund",
    ),
    // Words quoted after a quoting verb stay the subject's own (`quoted-words`).
    Not("Lund called the plan \"a mess\" and \"a waste.\""),
    // Another clause after the conjunction: two claims.
    Not("\"The ferry must run on time,\" Ada Berg said, and her aide added, \"every day.\""),
    // A new sentence: two claims.
    Not("\"The ferry must run on time,\" Ada Berg said. \"And stop at every island.\""),
];

/// `"The ferry must run on time," Berg said, and "stop at every island."`:
/// the writer joins a second quote to the first with "and" or "but" right
/// after the attribution, so the quotes and the interposed attribution are
/// one claim (the spec: an attribution interposed in a claim stays inside
/// it), reported, as the writer's conjunction is in it. From the first
/// quote's opening mark to the end of the second quote's words. So too
/// with the attribution before the first quote and the conjunction right
/// after it (`conjoined-quotes-after-cue`: `The dock workers chanted,
/// "Sink the plan," and "Save the quay."`).
pub(in crate::attribution) fn join_conjoined_quotes(doc: &Doc, found: &mut Found) {
    // Direct quotes, and quoted fragments closing the writer's clause
    // (`The plan "must be strict," she said, and "..."`).
    let ending_in_quotes: Vec<Id> = found
        .live()
        .filter(|(_, a)| a.mode == ClaimMode::Direct || a.rule == Rule::QuotedFragment)
        .map(|(id, _)| id)
        .collect();
    if ending_in_quotes.is_empty() {
        return;
    }
    // The tokens in some claim: a second quote inside one is taken (one
    // pass over the claims, not one per quote).
    let mut claimed = found.claimed_tokens(doc.tokens.len());
    for id in ending_in_quotes {
        let a = &found[id];
        let (Some(cue), Source::Phrase(phrase)) = (a.cue.as_ref(), &a.source) else {
            continue;
        };
        let Some(first) = quote_around(doc, &a.claim) else {
            continue;
        };
        // `conjoined-quotes-after-cue`: the attribution before the first
        // quote (`The dock workers chanted, "Sink the plan," and "Save
        // the quay."`), the conjunction right after it (past a comma inside
        // or after its closing mark, and one after the conjunction).
        let before = a.rule == Rule::QuoteBefore && cue.end <= first.open;
        let conjunction = if before {
            let k = if doc.is(first.after, ",") {
                first.after
            } else {
                first.after.saturating_sub(1)
            };
            k + 1
        } else {
            // The attribution follows the quote (`," Berg said`, `," said Berg`).
            if cue.start < first.after || phrase.start < first.after {
                continue;
            }
            let comma = cue.end.max(phrase.end);
            if !doc.is(comma, ",") {
                continue;
            }
            comma + 1
        };
        if !doc.has(conjunction, words::PLAIN_COORDINATOR) {
            continue;
        }
        // `, but still "..."`, `and, "..."`: one adverb or a comma may come
        // before the mark.
        let mut open = conjunction + 1;
        if before && doc.is(open, ",") {
            open += 1;
        }
        if doc.has(open, words::ADVERB) {
            open += 1;
        }
        let Some(second) = doc.quote_from(open) else {
            continue;
        };
        if second.open != open
            || second.close.is_none()
            || !second.double
            || second.nested
            || second.inner.is_empty()
            || doc.sentence_of(second.open) != doc.sentence_of(first.open)
            || claimed[second.inner.clone()].contains(&true)
        {
            continue;
        }
        let start = if a.mode == ClaimMode::Direct {
            first.open
        } else {
            a.claim.start
        };
        let claim = trim_claim(doc, start..second.inner.end);
        // (The joined claim holds the one it widens.)
        claimed[claim.clone()].iter_mut().for_each(|c| *c = true);
        let joined = &mut found[id];
        joined.claim = claim;
        joined.mode = ClaimMode::Reported;
        joined.rule = Rule::ConjoinedQuotes;
    }
}

/// The closed, double-marked quote that `claim` ends with.
fn quote_around<'d>(doc: &'d Doc, claim: &Range<usize>) -> Option<&'d crate::text::Quote> {
    let last = claim.end.checked_sub(1)?;
    let at = doc.quotes.partition_point(|q| q.open < last);
    let q = doc.quotes.get(at.checked_sub(1)?)?;
    // (A fragment's claim may keep the closing mark: `"must be strict,"`.)
    (q.inner.start <= last && last < q.after && q.close.is_some() && q.double).then_some(q)
}
