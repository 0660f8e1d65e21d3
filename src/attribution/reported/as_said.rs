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
    // `plain-put-it-speaker`: a plain noun with a place or an addressee.
    Marks(
        "As one banker in Tromso put it to me, the port is a mess.",
        "the port is a mess",
        "banker in Tromso",
    ),
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
    phrase_claim(doc, claim, cue, speaker, Rule::AsPutIt)
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
    // `as-said-apposition`: a phrase set off after the speaker.
    Marks(
        "As many harbour experts, including Mr. Vik, have pointed out, the mayor is free to publish the figures.",
        "the mayor is free to publish the figures",
        "harbour experts",
    ),
    Not("As the ferries, which were late again, sailed out, the mayor waved."),
    Marks(
        "The port, as Lund noted, is busy.",
        "The port, as Lund noted, is busy",
        "Lund",
    ),
    // A one-word subject that is a name stays in the claim ("If, as ..."
    // opens the clause after the attribution).
    Marks(
        "Tromso, as the advisers pointed out, rarely gets storms.",
        "Tromso, as the advisers pointed out, rarely gets storms",
        "advisers",
    ),
    Marks(
        "The rules are strict, and as Vik noted, clerks could still be fined.",
        "clerks could still be fined",
        "Vik",
    ),
    Not("As Kolb left the port, it rained."),
    Not("The rules are strict, and as Vik left, the clerks were fined."),
    // `as-said-adjuncts`: adverbs before the verb, adjuncts after it.
    Marks(
        "As the Courier recently noted, trust in the council is falling.",
        "trust in the council is falling",
        "Courier",
    ),
    Marks(
        "The ferry fund, as Berg later explained, was a bubble.",
        "The ferry fund, as Berg later explained, was a bubble",
        "Berg",
    ),
    Marks(
        "But as Ana Holm points out in a column for the Courier, the toll helps farmers.",
        "the toll helps farmers",
        "Ana Holm",
    ),
    Marks(
        "Fares rose twice, as Vik noted in The Harbour Times.",
        "Fares rose twice",
        "Vik",
    ),
    Marks(
        "But the snag, as Ana Holm of the Harbour Times points out, is how high the toll has become.",
        "But the snag, as Ana Holm of the Harbour Times points out, is how high the toll has become",
        "Ana Holm",
    ),
    Marks(
        "Lund wanted a recount, as the Courier reported two days later.",
        "Lund wanted a recount",
        "Courier",
    ),
    Not("As Lund walked in the rain, the ferry left."),
    Not("As Lund said goodbye in the hall, the ferry left."),
    // `as-said-after-adjunct`: a fronted adjunct, then the "as" clause.
    Marks(
        "A few weeks ago, as the Courier reported, Berg and Lund were talking.",
        "Berg and Lund were talking",
        "Courier",
    ),
    Marks(
        "In the old harbour towns, as Vik wrote in his book, the mayors had boats.",
        "the mayors had boats",
        "Vik",
    ),
    Not("On Friday the clerks sold boats, as Vik wrote, Lund walked."),
    // `as-said-long-subject`: a longer subject before the verb.
    Marks(
        "As another study from 2011 noted, the average fare was high.",
        "the average fare was high",
        "study from 2011",
    ),
    Marks(
        "As the Harbour Post's news desk reported just today, the board is broke.",
        "the board is broke",
        "Harbour Post's news desk",
    ),
    Not("As the crowd from the harbour left the square, the ferry sailed."),
];

pub(super) fn as_said(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !doc.is(i, "as") {
        return None;
    }
    let mut speaker = speakers::phrase_after(doc, i + 1, s.end).or_else(|| {
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
    // Past auxiliaries and adverbs ("as I've suggested", "as police have
    // long said", "as the Courier recently noted"), and the outlet of a
    // name ("as Ana Holm of the Courier points out").
    let verb_after = |from: usize| {
        (from..(from + AS_SAID_VERB_WINDOW).min(s.end)).find(|&k| {
            !(doc.has(k, words::AS_SAID_AUXILIARY)
                || (!doc.is_capitalized(k) && (cues::is_adverb(doc, k) || doc.has(k, words::TIME))))
        })
    };
    let named_end = outlet_end(doc, speaker.end, s.end);
    // `as-said-apposition`: "As many experts, including Ola Vik, have
    // pointed out, ...": past a phrase set off by commas to the verb.
    let mut verb = verb_after(past_apposition(doc, named_end, s.end))
        .filter(|&v| cues::is_reporting_verb(doc, v))
        .or_else(|| verb_after(named_end))?;
    // `as-said-long-subject`: "As another study from 2011 noted", "As the
    // Post's news desk reported just today": no verb after the phrase; the
    // next reporting verb's subject (as clause-subject reads it) speaks.
    if !cues::is_reporting_verb(doc, verb) {
        if let Some((p, v)) = (verb..(i + AS_SUBJECT_WINDOW).min(s.end))
            .take_while(|&k| doc.tokens[k].kind != TokenKind::Quote && doc.word(k) != ".")
            .find(|&k| cues::is_reporting_verb(doc, k))
            .and_then(|v| {
                speakers::clause_subject(doc, cues::verb_group_start(doc, v, i + 1), i + 1)
                    .map(|(p, _)| (p, v))
            })
        {
            speaker = p;
            verb = v;
        }
    }
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
    let rest = adjuncts_end(doc, rest, s.end);
    let claim = if as_opens_clause(doc, s, i) && rest < s.end && doc.word(rest) == "," {
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
    phrase_claim(doc, claim, cue, speaker, Rule::AsSaid)
}

/// How many tokens a phrase set off after the speaker of "as X said" may span.
const AS_SAID_APPOSITION_WINDOW: usize = 12;

/// `as-said-apposition`: at `comma` after the speaker of "as X said", a
/// phrase set off by commas with no verb, quote or cue in it ("As many
/// experts, including Ola Vik, have pointed out"): past its closing comma;
/// else `comma` itself.
fn past_apposition(doc: &Doc, comma: usize, end: usize) -> usize {
    if comma >= end || doc.word(comma) != "," {
        return comma;
    }
    (comma + 2..end.min(comma + AS_SAID_APPOSITION_WINDOW))
        .take_while(|&k| {
            doc.word(k) == ","
                || (doc.tokens[k].kind != TokenKind::Quote
                    && !matches!(doc.word(k), ";" | ":")
                    && !doc.has(k, words::FINITE)
                    && !doc.has(k, words::IRREGULAR_PAST)
                    && !cues::is_reporting_verb(doc, k))
        })
        .find(|&k| doc.word(k) == ",")
        .map_or(comma, |close| close + 1)
}

/// The "as" at `i` opens the main clause its claim follows: at the
/// sentence start, or after one opening word ("If, as I have argued,
/// <claim>"), a bracket ("(As Harbour News first reported, <claim>.)"), a
/// fronted adjunct, or ", and"/", but" (`coordinated-as-said`: "..., and as
/// Vik noted, <claim>" opens a coordinated main clause as a sentence).
pub(super) fn as_opens_clause(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    opens_sentence(doc, s, i)
        || (i == s.start + 1 && doc.word(s.start) == "(")
        || (i == s.start + 2
            && doc.word(s.start + 1) == ","
            && doc.is_capitalized(s.start)
            // ("Tromso, as Lund noted, is busy": a name is the subject.)
            && !speakers::is_name_word(doc, s.start))
        || fronted_adjunct(doc, s, i)
        || (i > s.start + 1 && doc.has(i - 1, words::PLAIN_COORDINATOR) && doc.word(i - 2) == ",")
}

/// How many tokens "as" and the subject of `as-said-long-subject` may span.
const AS_SUBJECT_WINDOW: usize = 14;

/// How many auxiliaries and adverbs may stand between the speaker of "as X
/// said" and its verb ("as police have also repeatedly said").
const AS_SAID_VERB_WINDOW: usize = 4;

/// How many tokens the adjuncts after the verb of "as X said" may span.
const AS_SAID_ADJUNCT_WINDOW: usize = 10;

/// `as-said-adjuncts`: past the adjuncts after the verb of "as X noted",
/// which takes no complement: time words and prepositional phrases ("in
/// July"), and an adverb or a prepositional phrase of any words up to the
/// next comma or the sentence end ("in a column for the Courier", "in The
/// Harbour Times"), as long as no verb or quote stands in it. A noun object
/// ("said goodbye in the hall") is no adjunct: the "as" is one of time.
fn adjuncts_end(doc: &Doc, j: usize, end: usize) -> usize {
    let j = skip_adjuncts(doc, j, end);
    if j >= end {
        return j;
    }
    let Some(stop) = (j + 1..(j + AS_SAID_ADJUNCT_WINDOW).min(end + 1)).find(|&k| {
        k == end || matches!(doc.word(k), "," | ";" | ")" | "—" | "–") || is_last_stop(doc, k, end)
    }) else {
        return j;
    };
    // ("reported two days later": a time phrase ends with its adverb.)
    let opens_adjunct = doc.has(j, words::ADJUNCT_PREPOSITION)
        || doc.has(j, words::SUBJECT_TIME_PREPOSITION)
        || (!doc.is_capitalized(j) && cues::is_adverb(doc, j))
        || doc.is(stop - 1, "later")
        || doc.is(stop - 1, "ago");
    let plain = opens_adjunct
        && (j..stop).all(|k| {
            matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)
                && !doc.has(k, words::FINITE)
                && !cues::is_reporting_verb(doc, k)
                && !doc.is(k, "that")
        });
    if plain {
        stop
    } else {
        j
    }
}

/// Past "of" and a capitalised name after a speaker ("Ana Holm of the
/// Harbour Times"), where there is one; else `k`.
fn outlet_end(doc: &Doc, k: usize, end: usize) -> usize {
    if k + 1 >= end || !doc.is(k, "of") {
        return k;
    }
    let first = k + 1 + usize::from(doc.is(k + 1, "the"));
    let name_end = (first..end)
        .find(|&n| !(doc.tokens[n].kind == TokenKind::Word && doc.is_capitalized(n)))
        .unwrap_or(end);
    if name_end > first {
        name_end
    } else {
        k
    }
}

/// Token `k` is the stop closing the sentence that ends at `end`.
fn is_last_stop(doc: &Doc, k: usize, end: usize) -> bool {
    k + 1 == end && matches!(doc.word(k), "." | "!" | "?")
}

/// `as-said-after-adjunct`: "A few weeks ago, as the Courier reported,
/// <claim>": the "as" clause follows a fronted adjunct (a preposition, an
/// adverb, a time or a count opening it, no verb in it) and its comma, so
/// the main clause after it is the claim, as if the "as" opened the sentence.
fn fronted_adjunct(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    let first = past_openers(doc, s.start..i);
    if i < first + 2 || doc.word(i - 1) != "," || i - first > AS_SAID_ADJUNCT_WINDOW {
        return false;
    }
    speakers::is_fronted(doc, first, i - 1)
        && (first..i - 1).all(|k| {
            !doc.has(k, words::FINITE)
                && !doc.has(k, words::IRREGULAR_PAST)
                && !cues::is_reporting_verb(doc, k)
                && doc.tokens[k].kind != TokenKind::Quote
                && doc.word(k) != ","
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
            reported(
                "As Berg put it in an email to our reporter Ann Lund in June, the port is a mess."
            ),
            [t("the port is a mess", "Berg", "put it")]
        );
    }
}
