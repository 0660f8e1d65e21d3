//! A relay's frame: `The paper quoted Eva Holm as saying <claim>`: the
//! speaker is the one quoted, not the outlet that relays the words.
use super::*;

/// What the `quoted-as-saying` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTED_AS_SAYING: &[Example] = &[
    Marks(
        "The Harbour Times quoted Ola Vik as saying the ferry would be late.",
        "the ferry would be late",
        "Ola Vik",
    ),
    Marks(
        "Radio Norland quoted a port official as saying fares would rise.",
        "fares would rise",
        "port official",
    ),
    // Passive: the subject was quoted, the agent only relays.
    Marks(
        "Ola Vik was quoted by the Harbour Times as saying the ferry would be late.",
        "the ferry would be late",
        "Ola Vik",
    ),
    Not("Lund was seen as saying too little."),
    // `frame-participle`: another reporting participle, its addressee skipped.
    Marks(
        "The Harbour Times quoted Ola Vik as telling the council that the ferry would be late.",
        "the ferry would be late",
        "Ola Vik",
    ),
    // "cited" frames as "quoted" does.
    Marks(
        "The agency cited an unnamed official as saying the bridge would reopen.",
        "the bridge would reopen",
        "unnamed official",
    ),
    // `frame-after-claim`: the frame after its claim, only adjuncts after
    // "as saying"; a quote before it is a direct claim.
    Marks(
        "The ferry will be late, state radio quoted Ola Vik as saying on Monday.",
        "The ferry will be late",
        "Ola Vik",
    ),
    Marks(
        "\"The ferry will be late,\" the Harbour Times quoted Ola Vik as saying.",
        "The ferry will be late",
        "Ola Vik",
    ),
    Marks(
        "The ferry will be late, the Harbour Times quoted Ola Vik as telling the council.",
        "The ferry will be late",
        "Ola Vik",
    ),
    Marks(
        "The ferry will be late, Ola Vik was quoted by the Harbour Times as saying.",
        "The ferry will be late",
        "Ola Vik",
    ),
    // A clause of the writer's own before the relay: the frame has a claim
    // after it, or none.
    Not("The ferry was late, and the paper quoted Ola Vik as saying so."),
    Not("After the storm, the paper quoted Ola Vik as saying little."),
];

/// How far before "as saying" the frame verb may be.
const FRAME_WINDOW: usize = 10;

/// `<relay> quoted <speaker> as saying <claim>` with "saying" (or another
/// reporting participle) at `i`; `<claim>, <relay> quoted <speaker> as saying.`
pub(super) fn quoted_as_saying(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    covered: &[bool],
) -> Option<Attribution> {
    // `frame-participle`: any reporting participle ("as telling
    // parliament that ...", "as warning that ...").
    if !(doc.is(i, "saying") || cues::is_participle(doc, i))
        || i < s.start + 3
        || !doc.is(i - 1, "as")
    {
        return None;
    }
    let as_at = i - 1;
    let quoted = (s.start.max(as_at.saturating_sub(FRAME_WINDOW))..as_at)
        .rev()
        .find(|&k| doc.has(k, words::FRAME_VERB))?;
    // "Vik was quoted by the paper as saying": the subject was quoted.
    if quoted > s.start && doc.has(quoted - 1, words::BE) {
        let group = cues::verb_group_start(doc, quoted - 1, s.start);
        let speaker = speakers::phrase_before(doc, group, s.start).filter(|p| p.end == group)?;
        let opens = speakers::past_determiner(doc, speaker.start, s.start);
        return frame_claim(doc, s, i, speaker, opens, covered);
    }
    let speaker = speakers::phrase_after(doc, quoted + 1, as_at)
        .filter(|p| p.end == as_at)
        .or_else(|| {
            // "a port official": any words between the frame verb and "as".
            let mut start = quoted + 1;
            while start < as_at && speakers::is_determiner(doc, start) {
                start += 1;
            }
            (start < as_at && (start..as_at).all(|k| doc.tokens[k].kind == TokenKind::Word))
                .then_some(start..as_at)
        })?;
    // The relay: plain words between a comma and the frame verb.
    let relay = (s.start..quoted)
        .rev()
        .take(FRAME_WINDOW)
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && !looks_finite(doc, k, quoted))
        .last()
        .unwrap_or(quoted);
    frame_claim(doc, s, i, speaker, relay, covered)
}

/// How many tokens after "as saying" adjuncts may take before the sentence
/// ends (`frame-after-claim`).
const FRAME_TAIL: usize = 8;

/// The claim after "as saying" at `i`, credited to `speaker`; or, with only
/// adjuncts after it, the claim before the frame (`frame-after-claim`),
/// whose clause opens at `opens`.
fn frame_claim(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    speaker: Range<usize>,
    opens: usize,
    covered: &[bool],
) -> Option<Attribution> {
    let cue = cues::cue_span(doc, i);
    let (claim, mode) = match clause_after(doc, s, &cue, complement_of(doc, &cue)) {
        Some(claim) => (claim, ClaimMode::Reported),
        None => claim_before_frame(doc, s, &cue, opens, covered)?,
    };
    Some(Attribution {
        claim,
        mode,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::QuotedAsSaying,
    })
}

/// `frame-after-claim`: `<claim>, state radio quoted Ola Vik as saying on
/// Monday.`: the frame (opening at `opens`) follows a comma after the claim
/// (or a comma inside a quote's closing mark: the quote is a direct claim),
/// and only adjuncts (and an addressee of "telling") follow the `cue` to the
/// sentence's end. The words before the comma must be a clause of their own
/// (not an opener: "After the storm,"), the relay no clause of the writer's
/// joined by "and".
fn claim_before_frame(
    doc: &Doc,
    s: &Range<usize>,
    cue: &Range<usize>,
    opens: usize,
    covered: &[bool],
) -> Option<(Range<usize>, ClaimMode)> {
    let mut rest = cue.end;
    if doc.has(cue.start, words::TELL) {
        rest = addressee_end(doc, rest, s.end);
    }
    let tail = skip_adjuncts(doc, rest, s.end);
    let ends = tail >= s.end || (tail + 1 == s.end && matches!(doc.word(tail), "." | "!" | "?"));
    if !ends || tail > cue.end + FRAME_TAIL || opens <= s.start + 2 {
        return None;
    }
    let (comma, end) = if doc.word(opens - 1) == "," {
        (opens - 1, opens - 1)
    } else {
        (doc.comma_in_mark_before(opens)?, opens)
    };
    if doc.has(opens, words::INTERPOSED_COORDINATOR) {
        return None;
    }
    let claim = skip_dateline(doc, s.start..end);
    if opens_with_adjunct(doc, claim.start..comma) {
        return None;
    }
    let (claim, mode) = match according_to::opening_quote(doc, &claim) {
        Some(inner) => (inner, ClaimMode::Direct),
        None => (trim_claim(doc, claim), ClaimMode::Reported),
    };
    (claim.len() >= 2 && !claim.clone().any(|k| covered[k])).then_some((claim, mode))
}
