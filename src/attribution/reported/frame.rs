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
];

/// How far before "as saying" the frame verb may be.
const FRAME_WINDOW: usize = 10;

/// `<relay> quoted <speaker> as saying <claim>` with "saying" at `i`.
pub(super) fn quoted_as_saying(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !doc.is(i, "saying") || i < s.start + 3 || !doc.is(i - 1, "as") {
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
        return frame_claim(doc, s, i, speaker);
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
    frame_claim(doc, s, i, speaker)
}

/// The claim after "as saying" at `i`, credited to `speaker`.
fn frame_claim(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    speaker: Range<usize>,
) -> Option<Attribution> {
    let cue = i..i + 1;
    let claim = clause_after(doc, s, &cue, Complement::Clause)?;
    Some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::QuotedAsSaying,
    })
}
