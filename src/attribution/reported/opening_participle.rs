//! A participle opening the sentence, after a preposition or bare with its "that": `After saying <claim>, she left.`, `Noting that <claim>, she left.`
use super::*;

/// What the `opening-participle` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const OPENING_PARTICIPLE: &[Example] = &[
    Marks(
        "After saying the port was busy, Lund left.",
        "the port was busy",
        "Lund",
    ),
    Marks(
        "Noting that both men had fought the press, the old senator backed Lund.",
        "both men had fought the press",
        "old senator",
    ),
    // `perfect-participle`, and a main clause that attributes too.
    Marks(
        "Having announced that she would not run, Lund left the stage.",
        "she would not run",
        "Lund",
    ),
    Marks(
        "Promising that his next book would name names, Lund said the board had failed.",
        "his next book would name names",
        "Lund",
    ),
    Not("Having noted the date, Lund went home."),
    // `bare-opening-participle`, and a reporting participle with "that"
    // after a preposition.
    Marks(
        "Noting he had studied law, Vik said he reads slowly.",
        "he had studied law",
        "Vik",
    ),
    Marks(
        "After suggesting on Monday that he regretted the insults, Lund kept quiet.",
        "he regretted the insults",
        "Lund",
    ),
    Not("After suggesting a toast, Lund sat down."),
    Not("After leaving the port, Lund went home."),
    Not("Noting the date, Lund went home."),
];

/// `After saying the port was busy, she left.`: a participle after a
/// preposition opening the sentence; its claim ends at the comma closing
/// the phrase, and its speaker is the subject after that comma.
pub(super) fn opening_participle(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    // `bare-opening-participle`: "Noting he majored in philosophy, Vik ...":
    // with no "that", a clause that looks finite (an object verb's test:
    // "Noting the date, Lund went home" has none).
    let bare_finite = cues::is_participle(doc, i) && opens_sentence(doc, s, i);
    // "Noting that the port was busy, Lund ...": a participle opening the
    // sentence with its "that" clause; `perfect-participle`: "Having
    // announced that she would not run, Lund left".
    let bare = (bare_finite && doc.is(i + 1, "that"))
        || (i > s.start
            && doc.is(i - 1, "having")
            && doc.is(i + 1, "that")
            && cues::is_reporting_clause_verb(doc, i)
            && opens_sentence(doc, s, i - 1));
    // "After saying ...", and any reporting participle with its "that"
    // clause ("After suggesting on Wednesday that ...").
    let after_preposition = i > s.start
        && doc.has(i - 1, words::PARTICIPLE_PREPOSITION)
        && opens_sentence(doc, s, i - 1)
        && (doc.is(i, "saying")
            || doc.is(i, "telling")
            || (cues::is_participle(doc, i) && doc.is(skip_adjuncts(doc, i + 1, s.end), "that")));
    if !(bare || bare_finite || after_preposition) {
        return None;
    }
    let cue = i..i + 1;
    let complement = if bare || after_preposition {
        Complement::Clause
    } else {
        Complement::Object
    };
    let claim = clause_after(doc, s, &cue, complement)?;
    // (The claim ends at the comma itself when the main clause attributes
    // too: "Promising that ..., Lund said the board had failed.")
    let comma = claim
        .clone()
        .rev()
        .find(|&k| doc.word(k) == ",")
        .or_else(|| (claim.end < s.end && doc.word(claim.end) == ",").then_some(claim.end))?;
    // `was "so sore I could hardly walk," she`: a quote closing after the comma.
    let mut after = comma + 1;
    let mut end = comma;
    if after < s.end && doc.tokens[after].kind == TokenKind::Quote {
        after += 1;
        end = after;
    }
    let speaker = if bare {
        // The subject before the main clause's first verb.
        speakers::opening_subject_phrase(doc, after, s.end)
            .or_else(|| speakers::phrase_after(doc, after, s.end))?
    } else {
        speakers::phrase_after(doc, after, s.end)?
    };
    let claim = trim_claim(doc, claim.start..end);
    (claim.len() >= 2).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::OpeningParticiple,
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn a_participle_in_an_opening_phrase() {
        assert_eq!(
            reported("After saying the port was busy, she left."),
            [t("the port was busy", "she", "saying")]
        );
        assert_eq!(
            reported("By saying the bridge was \"perfectly safe,\" he calmed the town."),
            [t("the bridge was \"perfectly safe,\"", "he", "saying")]
        );
    }
}
