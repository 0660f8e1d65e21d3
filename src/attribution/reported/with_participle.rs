//! `with-participle`: "..., with the opposition warning that ...": the noun
//! phrase after "with" is the agent of the reporting participle after it.
use super::*;

/// How many tokens the agent of "with <agent> <participle>" may hold.
const WITH_AGENT_WINDOW: usize = 10;

/// "..., with the opposition warning that ...", "with 40 percent saying
/// ...": the noun phrase between "with" and the participle at `group` is the
/// participle's agent (its determiner left out). Only plain words, numbers
/// and "%" stand between: no verb, cue, comma or quote.
pub(super) fn with_participle_agent(
    doc: &Doc,
    s: &Range<usize>,
    group: usize,
) -> Option<Range<usize>> {
    let floor = s.start.max(group.saturating_sub(WITH_AGENT_WINDOW + 1));
    let mut k = group;
    while k > floor {
        let w = k - 1;
        if doc.is(w, "with") {
            let mut start = k;
            while start < group && speakers::is_determiner(doc, start) {
                start += 1;
            }
            return (start < group).then_some(start..group);
        }
        let plain = matches!(doc.tokens[w].kind, TokenKind::Word | TokenKind::Number)
            || matches!(doc.word(w), "%" | "'s" | "’s");
        if !plain
            || doc.has(w, words::FINITE)
            || cues::is_reporting_verb(doc, w)
            || speakers::is_relative(doc, w)
            || doc.is(w, "that")
        {
            return None;
        }
        k -= 1;
    }
    None
}

/// What the `with-participle` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const WITH_PARTICIPLE: &[Example] = &[
    Marks(
        "The vote went ahead, with the opposition warning that it would be rigged.",
        "it would be rigged",
        "opposition",
    ),
    Marks(
        "Berg leads the race, with 40 percent of voters saying they back her.",
        "they back her",
        "40 percent of voters",
    ),
    Not("The vote went ahead with the ferry sailing at noon."),
    Not("The council met with the envoy, saying nothing."),
];
