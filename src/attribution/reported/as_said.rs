//! "As X put it" and "as X said": `As Kolb put it, <claim>`, `<claim>, as Kolb noted.`
use super::*;

/// What the `as-put-it` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const AS_PUT_IT: &[Example] = &[
    Marks(
        "As Kolb put it, the port is a mess.",
        "the port is a mess",
        "Kolb",
    ),
    Marks(
        "The port is a mess, as Kolb put it.",
        "The port is a mess",
        "Kolb",
    ),
    // The comma may stand inside the closing mark, also a doubled one.
    Marks(
        "The rule is ''a lawful source,'' as a port memo put it.",
        "The rule is ''a lawful source,''",
        "port memo",
    ),
    Not("As Kolb left, the port closed."),
    // A reporting verb before the quote owns it (quoted-words marks it).
    Not("On the quay, Mrs. Holm often vows to ''keep every ferry running,'' as she put it."),
];

/// `As Kolb put it, <claim>` and `<claim>, as Kolb put it`.
pub(super) fn as_put_it(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    let (speaker, cue) = cues::as_put_it(doc, i, s.end)?;
    let claim = if opens_sentence(doc, s, i) {
        // Past any adjunct ("in a statement in July") to the comma.
        let comma = (cue.end..s.end)
            .take(cues::AS_PUT_IT_WINDOW)
            .find(|&k| doc.word(k) == ",")?;
        trim_claim(doc, comma + 1..s.end)
    } else if let Some(end) = claim_end_before(doc, s, i) {
        trim_claim(doc, skip_dateline(doc, s.start..end))
    } else {
        return None;
    };
    (claim.len() >= 2 && doc.tokens[claim.start].kind != TokenKind::Quote).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::AsPutIt,
    })
}

/// `As Kolb told the Harbour Times, <claim>`, `As Kolb noted, <claim>` and
/// `<claim>, as Kolb said.`: "as", a speaker and a reporting verb with no
/// complement of its own (only an addressee of "told" and adjuncts) before
/// the comma or the sentence end.
/// Where a claim before `, as X put it` at `i` ends: at the comma, or past
/// a closing quote mark after the comma (`... "a lawful source," as a memo put it`)
/// when no reporting verb before it owns the quote (`vows to "keep ...," as she put it`).
pub(super) fn claim_end_before(doc: &Doc, s: &Range<usize>, i: usize) -> Option<usize> {
    if i > s.start && doc.word(i - 1) == "," {
        Some(i - 1)
    } else {
        doc.comma_in_mark_before(i)
            .filter(|&c| c >= s.start && !(s.start..c).any(|k| cues::is_reporting_verb(doc, k)))
            .map(|_| i)
    }
}

/// What the `as-said` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const AS_SAID: &[Example] = &[
    Marks(
        "As Kolb noted, the port is busy.",
        "the port is busy",
        "Kolb",
    ),
    Marks(
        "The port, as Lund noted, is busy.",
        "The port, as Lund noted, is busy",
        "Lund",
    ),
    Marks(
        "The rules are strict, and as Vik noted, clerks could still be fined.",
        "clerks could still be fined",
        "Vik",
    ),
    Not("As Kolb left the port, it rained."),
    Not("The rules are strict, and as Vik left, the clerks were fined."),
];

pub(super) fn as_said(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !doc.is(i, "as") {
        return None;
    }
    let speaker = speakers::phrase_after(doc, i + 1, s.end).or_else(|| {
        // "as police have said": plain lowercase words.
        let first = i + 1 + usize::from(speakers::is_determiner(doc, i + 1));
        let end = (first..(first + 3).min(s.end))
            .take_while(|&k| {
                is_lowercase_word(doc, k)
                    && !cues::is_reporting_verb(doc, k)
                    && !doc.has(k, words::AS_SAID_AUXILIARY)
            })
            .last()?
            + 1;
        Some(first..end)
    })?;
    // Past auxiliaries and adverbs ("as I've suggested", "as police have long said").
    let verb = (speaker.end..(speaker.end + 3).min(s.end))
        .find(|&k| !doc.has(k, words::AS_SAID_AUXILIARY))?;
    if verb >= s.end
        || cues::is_participle(doc, verb)
        || !matches!(
            cues::reporting_verb(doc, verb),
            Some(Complement::Clause | Complement::Object)
        )
    {
        return None;
    }
    let cue = cue_at(doc, verb)?;
    let mut rest = cue.end;
    if doc.has(verb, words::TELL) {
        rest = addressee_end(doc, rest, s.end);
    }
    let rest = skip_adjuncts(doc, rest, s.end);
    // "If, as I have argued, <claim>": one opening word before the comma.
    // `coordinated-as-said`: "..., and as Vik noted, <claim>": after "and" or
    // "but" the "as" opens a coordinated main clause as it opens a sentence.
    let opens = opens_sentence(doc, s, i)
        || (i == s.start + 2 && doc.word(s.start + 1) == "," && doc.is_capitalized(s.start))
        || (i > s.start + 1
            && (doc.is(i - 1, "and") || doc.is(i - 1, "but"))
            && doc.word(i - 2) == ",");
    let claim = if opens && rest < s.end && doc.word(rest) == "," {
        trim_claim(doc, rest + 1..s.end)
    } else if let Some(end) =
        claim_end_before(doc, s, i).filter(|_| trim_claim(doc, rest..s.end).is_empty())
    {
        trim_claim(doc, skip_dateline(doc, s.start..end))
    } else if i > s.start + 1
        && doc.word(i - 1) == ","
        && rest < s.end
        && doc.word(rest) == ","
        && continues_claim(doc, rest + 1, s.end)
    {
        // "The port, as Lund noted, is busy": interposed, one claim.
        trim_claim(doc, skip_dateline(doc, s.start..s.end))
    } else {
        return None;
    };
    (claim.len() >= 2 && doc.tokens[claim.start].kind != TokenKind::Quote).then_some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source: Source::Phrase(speaker),
        rule: Rule::AsSaid,
    })
}

#[cfg(test)]
mod tests {
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn as_someone_put_it() {
        assert_eq!(
            reported("As one senator put it, the new levy is a tax on rain."),
            [t("the new levy is a tax on rain", "senator", "put it")]
        );
        assert_eq!(
            reported("The levy is a tax on rain, as one senator put it."),
            [t("The levy is a tax on rain", "senator", "put it")]
        );
        assert_eq!(reported("As the storm put it out, we left."), []);
    }

    #[test]
    fn as_someone_said_or_told() {
        assert_eq!(
            reported("As Berg told the Harbour Times, the ferry will run again in May."),
            [t("the ferry will run again in May", "Berg", "told")]
        );
        assert_eq!(
            reported("As Lund noted in July, the port is busy."),
            [t("the port is busy", "Lund", "noted")]
        );
        assert_eq!(
            reported("The port is busy, as Lund noted."),
            [t("The port is busy", "Lund", "noted")]
        );
        assert_eq!(
            reported("Nobody knows whether the bridge is safe, as engineers have said."),
            [t(
                "Nobody knows whether the bridge is safe",
                "engineers",
                "said"
            )]
        );
        assert_eq!(
            reported("If, as I have argued, the port is busy, prices will rise."),
            [t("the port is busy, prices will rise", "I", "argued")]
        );
        // A verb with its own object is a clause of time.
        assert_eq!(
            reported("As Lund said goodbye to the crowd, it rained."),
            []
        );
    }

    #[test]
    fn interposed_as_someone_pointed_out() {
        assert_eq!(
            reported("The port, as the mayor's advisers pointed out, is busy."),
            [t(
                "The port, as the mayor's advisers pointed out, is busy",
                "mayor's advisers",
                "pointed out"
            )]
        );
    }

    #[test]
    fn as_a_document_put_it() {
        assert_eq!(
            reported(
                "The rule is \"a lawful source of income,\" as a Harbour Authority memo put it."
            ),
            [t(
                "The rule is \"a lawful source of income,\"",
                "Harbour Authority memo",
                "put it"
            )]
        );
        assert_eq!(
            reported("As Berg put it in a statement to my colleague Ann Lund in July, the port is a mess."),
            [t("the port is a mess", "Berg", "put it")]
        );
    }
}
