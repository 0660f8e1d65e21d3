//! An attribution after the quote: `"…," Peskov said`, `"…," said Peskov`, `"…?" a reporter can be heard asking`.
use super::*;

/// How far after a closing quote mark the cue may sit (`," the minister told reporters`).
pub(super) const AFTER_WINDOW: usize = 34;
/// The phrase at `start` is a lowercase word after a complement's
/// preposition ("mother of three"): it may be the complement, not the
/// speaker (a name stays: "footage of Ann Lund asking").
pub(super) fn after_link(doc: &Doc, start: usize) -> bool {
    start > 0 && doc.has(start - 1, words::PLAIN_LINK) && !doc.is_capitalized(start)
}

/// What the `quote-heard` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTE_HEARD: &[Example] = &[
    Marks(
        "\"Where is the money?\" a reporter can be heard asking Lund.",
        "Where is the money",
        "reporter",
    ),
    Not("\"Where is the money?\" a reporter asked Lund."),
];

/// `"...?" a reporter can be heard asking Lund`: a determiner and a plain
/// noun phrase, "(can) be heard" or "seen", and a participle cue.
pub(super) fn heard_attribution(
    doc: &Doc,
    from: usize,
    ceiling: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let first = if doc.word(from) == "," {
        from + 1
    } else {
        from
    };
    if !speakers::is_determiner(doc, first) {
        return None;
    }
    let heard = (first + 2..ceiling.min(first + 2 + PLAIN_PHRASE_WINDOW))
        .find(|&k| doc.is(k, "heard") || doc.is(k, "seen"))?;
    let verb = heard + 1;
    if verb >= ceiling || !cues::is_participle(doc, verb) {
        return None;
    }
    let mut end = heard;
    if doc.has(end - 1, crate::attribution::words::BE) {
        end -= 1;
    }
    if doc.has(end - 1, words::MODAL) {
        end -= 1;
    }
    let phrase = plain_phrase_before(doc, end, first)?;
    Some((phrase, verb..verb + 1))
}

/// What the `quote-after` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTE_AFTER: &[Example] = &[
    Marks(
        "\"The port is closed,\" Lund said.",
        "The port is closed",
        "Lund",
    ),
    Marks(
        "\"We will appeal,\" said Mayor Ann Kolb.",
        "We will appeal",
        "Mayor Ann Kolb",
    ),
    Not("\"Meet the Press,\" the senator said the vote would fail."),
    Not("The band played \"Morning Song\" and the crowd cheered."),
];

/// `"…," Peskov said`, `"…," said Peskov`, `"…?" the minister asked reporters`.
pub(super) fn attribution_after(doc: &Doc, quote: &Quote) -> Option<Said> {
    let close = quote.close?;
    let from = quote.after;
    let paragraph_end = doc.paragraphs[paragraph_of(doc, close)].end;
    if from >= paragraph_end {
        return None;
    }
    // The attribution continues the sentence: no capitalised restart after a full stop.
    let last_inner = quote.inner.end.checked_sub(1)?;
    let ends_sentence = matches!(doc.word(last_inner), ".") && !doc.is(from, "said");
    let ceiling = (from + AFTER_WINDOW).min(paragraph_end);
    let Some(verb) = (from..ceiling)
        .take_while(|&i| !is_boundary(doc, i))
        // (`"...," the report said`: a cue word after a determiner is a noun.)
        .find(|&i| {
            cues::is_reporting_verb(doc, i)
                && !cues::is_participle(doc, i)
                && !(i > from && speakers::is_determiner(doc, i - 1))
        })
    else {
        return heard_attribution(doc, from, ceiling)
            .map(|(phrase, cue)| (phrase, cue, Rule::QuoteHeard));
    };
    let cue = cues::cue_span(doc, verb);
    if verb == from || (verb == from + 1 && doc.word(from) == ",") {
        let phrase = speakers::phrase_after(doc, cue.end, paragraph_end)
            .or_else(|| plain_phrase_after(doc, cue.end, paragraph_end))?;
        // `Vik, who calls Berg a "liar," said he doubts it`: a verb after the
        // phrase makes it the subject of the cue's clause, not an inverted speaker.
        if opens_clause_verb(doc, phrase.end) {
            return None;
        }
        return Some((phrase, cue, Rule::QuoteAfter));
    }
    // A capitalised word after the full stop opens a new sentence, a pronoun too
    // (`"We won." She said ...`); a lowercase pronoun does not (`"We won." he said`).
    if ends_sentence
        && doc.tokens[from].kind == TokenKind::Word
        && (!speakers::is_pronoun(doc, from) || doc.is_capitalized(from) && !doc.is(from, "I"))
    {
        // `"We won." Officials said ...` starts a new sentence (but `"We won." he said` does not).
        if doc.sentence_of(from) != doc.sentence_of(close) {
            return None;
        }
    }
    let group = cues::verb_group_start(doc, verb, from);
    if cues::is_cancelled(doc, verb, from) {
        return None;
    }
    let first = if doc.word(from) == "," {
        from + 1
    } else {
        from
    };
    // Only a determiner or a few plain words ("panel Chairman Ann Kolb") may come first.
    let starts_right_after = |phrase: &Range<usize>| {
        phrase.start >= first
            && phrase.start - first <= 2
            && (first..phrase.start).all(|k| {
                doc.tokens[k].kind == TokenKind::Word
                    && !doc.is_capitalized(k)
                    && !cues::is_reporting_verb(doc, k)
            })
    };
    let phrase = speakers::phrase_before(doc, group, from)
        .or_else(|| speakers::apposed_subject(doc, group, from))
        .filter(|p| starts_right_after(p) && !after_link(doc, p.start))
        .or_else(|| plain_phrase_before(doc, group, from))?;
    // `"Meet the Press," the senator said the vote would fail`: the verb governs
    // the clause after it, not the quote.
    let sentence = doc.sentences[doc.sentence_of(verb)].clone();
    let complement = cues::reporting_verb(doc, verb).unwrap_or(cues::Complement::Clause);
    let clause_follows = doc.is(cue.end, "that") || speakers::is_determiner(doc, cue.end);
    if clause_follows
        && !doc.has(verb, words::TELL)
        && crate::attribution::clauses::clause_after(doc, &sentence, &cue, complement).is_some()
    {
        return None;
    }
    // `the "Morning Talk" radio show who said`: a relative speaks inside the
    // noun phrase the quote names, not for the quote.
    (starts_right_after(&phrase) && !speakers::is_relative(doc, phrase.start)).then_some((
        phrase,
        cue,
        Rule::QuoteAfter,
    ))
}

/// Token `k` is a finite verb opening a clause's predicate: an auxiliary or
/// modal ("could", "doesn't"), a common irregular past, a lowercase "-ed" or "-s" form.
fn opens_clause_verb(doc: &Doc, k: usize) -> bool {
    if k >= doc.tokens.len() {
        return false;
    }
    let w = doc.word(k);
    doc.has(k, words::FINITE)
        || doc.has(k, words::IRREGULAR_PAST)
        || w.ends_with("n’t")
        || (doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && w.len() > 3
            && w.chars().all(char::is_lowercase)
            && (w.ends_with("ed") || crate::attribution::clauses::looks_like_present(w)))
}

#[cfg(test)]
mod tests {
    use crate::attribution::direct::tests::{direct, t};

    #[test]
    fn attribution_after_the_quote() {
        assert_eq!(
            direct("\"We are ready,\" Anna Berg said."),
            [t("We are ready", "Anna Berg", Some("said"))]
        );
        assert_eq!(
            direct("\"We are ready,\" said Berg."),
            [t("We are ready", "Berg", Some("said"))]
        );
        assert_eq!(
            direct("“Not yet,” the foreign minister told reporters on Monday."),
            [t("Not yet", "foreign minister", Some("told"))]
        );
        assert_eq!(
            direct("\"They split the firm in two,\" the report said."),
            [t("They split the firm in two", "report", Some("said"))]
        );
    }

    #[test]
    fn a_quote_inside_the_subject_s_apposition_is_no_inverted_attribution() {
        assert_eq!(
            direct("Vik, who calls Berg a \"liar,\" said he doubts the plan will work."),
            []
        );
        assert_eq!(
            direct("\"We are ready,\" said he."),
            [t("We are ready", "he", Some("said"))]
        );
    }

    #[test]
    fn a_plural_possessive_in_the_apposition() {
        assert_eq!(
            direct("\"We are ready,\" Ola Vik, the Harbours' chief, said."),
            [t("We are ready", "Ola Vik", Some("said"))]
        );
    }

    #[test]
    fn reply_cues_with_a_particle() {
        assert_eq!(
            direct("Lund shot back: \"We never closed the port.\""),
            [t("We never closed the port", "Lund", Some("shot back"))]
        );
        assert_eq!(
            direct("\"The ferry is late,\" Berg fired back."),
            [t("The ferry is late", "Berg", Some("fired back"))]
        );
        assert_eq!(
            direct("\"It was never safe,\" hit back Mayor Ola Norland."),
            [t(
                "It was never safe",
                "Mayor Ola Norland",
                Some("hit back")
            )]
        );
        assert_eq!(
            direct("\"The plan is late,\" Berg pointed out."),
            [t("The plan is late", "Berg", Some("pointed out"))]
        );
        // Without the particle the verb is no cue.
        assert!(direct("\"Run,\" Berg shot the sheriff.").is_empty());
    }

    #[test]
    fn a_possessed_speaker_word_ends_the_phrase() {
        assert_eq!(
            direct("Ann Lund's right-hand woman rallied supporters, saying: \"We will win.\""),
            [t(
                "We will win",
                "Ann Lund's right-hand woman",
                Some("saying")
            )]
        );
    }

    #[test]
    fn inverted_with_apposition() {
        assert_eq!(
            direct("\"The talks are over,\" said Ola Nordmann, the chief negotiator."),
            [t("The talks are over", "Ola Nordmann", Some("said"))]
        );
    }

    #[test]
    fn appositions_and_parentheses_between_speaker_and_verb() {
        assert_eq!(
            direct("\"We are ready,\" Sen. Ann Kolb (D-Ore.) said."),
            [t("We are ready", "Sen. Ann Kolb", Some("said"))]
        );
        assert_eq!(
            direct("\"We are ready,\" Ola Lund, 82, told me."),
            [t("We are ready", "Ola Lund", Some("told"))]
        );
        assert_eq!(
            direct("Ola Lund, a historian who was there, recalled, \"It rained all day.\""),
            [t("It rained all day", "Ola Lund", Some("recalled"))]
        );
        assert_eq!(
            direct("She continued, \"The port is closed.\""),
            [t("The port is closed", "She", Some("continued"))]
        );
        assert_eq!(
            direct("\"Who paid for it?\" he asked."),
            [t("Who paid for it", "he", Some("asked"))]
        );
        assert_eq!(
            direct("\"We stay,\" the businessman replied. \"You go,\" she continued."),
            [
                t("We stay", "businessman", Some("replied")),
                t("You go", "she", Some("continued"))
            ]
        );
    }

    #[test]
    fn speakers_with_quantifiers_and_plain_nouns() {
        assert_eq!(
            direct("\"We will win,\" said one senior party official."),
            [t("We will win", "senior party official", Some("said"))]
        );
        assert_eq!(
            direct("\"We will win,\" the Oslo businessman said."),
            [t("We will win", "Oslo businessman", Some("said"))]
        );
        assert_eq!(
            direct("\"We will win,\" panel Chairman Ann Kolb (D-Ore.) said."),
            [t("We will win", "Chairman Ann Kolb", Some("said"))]
        );
        assert_eq!(
            direct("I laughed and said, \"Nobody believes that.\""),
            [t("Nobody believes that", "I", Some("said"))]
        );
    }

    #[test]
    fn a_quoted_title_before_a_reporting_clause_is_not_its_claim() {
        assert_eq!(
            direct("\"We are ready,\" she said in the Oval Office, adding that it was late."),
            [t("We are ready", "she", Some("said"))]
        );
        assert!(
            direct("On the show \"Morning Talk,\" the senator said the vote would fail.")
                .is_empty()
        );
    }

    #[test]
    fn a_new_sentence_after_a_quote_is_not_its_attribution() {
        assert!(
            direct("The sign read \"Closed for the winter.\" Officials said it would reopen.")
                .is_empty()
        );
    }

    #[test]
    fn a_capitalised_pronoun_after_a_full_stop_opens_a_new_sentence() {
        assert_eq!(
            direct("Kolb is \"unhinged.\" She said the count was fair."),
            []
        );
        assert_eq!(
            direct("\"We won.\" he said."),
            [t("We won", "he", Some("said"))]
        );
    }

    #[test]
    fn any_noun_after_a_determiner_speaks_after_a_quote() {
        assert_eq!(
            direct("\"Why does he never pay?\" a narrator asks."),
            [t("Why does he never pay", "narrator", Some("asks"))]
        );
        assert_eq!(
            direct("\"The levy is a gift to the rich,\" the column noted."),
            [t("The levy is a gift to the rich", "column", Some("noted"))]
        );
        assert_eq!(
            direct("\"Who pays for the ferry?\" a voter in the harbour town asked."),
            [t(
                "Who pays for the ferry",
                "voter in the harbour town",
                Some("asked")
            )]
        );
        assert_eq!(
            direct("\"Is the port closed, Mr. Lund?\" a reporter can be heard asking Lund."),
            [t(
                "Is the port closed, Mr. Lund",
                "reporter",
                Some("asking")
            )]
        );
        // A quantifier before "of" is no phrase of its own.
        assert!(direct("\"We won the vote,\" one of the men said.").is_empty());
    }

    #[test]
    fn inverted_speakers_with_numbers_and_plain_titles() {
        assert_eq!(
            direct("\"They are wrong,\" said 9/11 widow Ann Lund."),
            [t("They are wrong", "9/11 widow Ann Lund", Some("said"))]
        );
        assert_eq!(
            direct("\"They are wrong,\" said flood widow Ann Lund."),
            [t("They are wrong", "flood widow Ann Lund", Some("said"))]
        );
        assert_eq!(
            direct("\"They are wrong,\" said the 34-year-old mother of three."),
            [t(
                "They are wrong",
                "34-year-old mother of three",
                Some("said")
            )]
        );
    }

    #[test]
    fn a_relative_after_a_quoted_name_does_not_speak_for_it() {
        assert!(direct(
            "Lund took calls from listeners to his \"Harbour Talk\" radio show who said they would vote."
        )
        .is_empty());
    }
}
