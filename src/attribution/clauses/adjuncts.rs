//! What a claim starts past: the addressee of "told", adjuncts of time and place ("on Friday", "in a statement"), participial adjuncts.
use super::*;

/// Past the listener of "told": a name, a pronoun or "reporters".
pub(in crate::attribution) fn addressee_end(doc: &Doc, j: usize, end: usize) -> usize {
    if j < end && doc.has(j, crate::attribution::words::ADDRESSEE) {
        return j + 1;
    }
    let mut k = speakers::phrase_after(doc, j, end).map_or(j, |p| p.end);
    // "told Harbour Radio's Noon Report".
    while k > j && k < end {
        if doc.tokens[k].kind == TokenKind::Number
            || doc.is_clitic_s(k)
            || (doc.tokens[k].kind == TokenKind::Quote && !doc.tokens[k].space_before)
            || (doc.tokens[k].kind == TokenKind::Word && (doc.is_capitalized(k) || doc.is(k, "s")))
            // "told African-Americans": a hyphen inside a capitalised compound.
            || (doc.word(k) == "-" && !doc.tokens[k].space_before && doc.is_capitalized(k + 1))
            // `addressee-of-place`: "told the Harbour Times of Tromso": a
            // listener's place (no claim opens with "of").
            || (doc.is(k, "of") && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word) && doc.is_capitalized(k + 1))
        {
            k += 1;
        } else if let Some(after) = quoted_programme(doc, k).filter(|&a| a <= end) {
            k = after;
        } else {
            break;
        }
    }
    k
}

/// "told Harbour Radio's "Morning Talk" that": a short quoted programme
/// name right after a possessive belongs to the listener; the token after
/// its closing mark. `quoted-programme`: so does one right after a
/// `programme-noun` ("said on the radio show "Morning Talk" that"); a
/// quote after any other word ("said on the radio "we will win"") is none.
pub(super) fn quoted_programme(doc: &Doc, k: usize) -> Option<usize> {
    if k == 0 || !(doc.is_clitic_s(k - 1) || doc.has(k - 1, words::PROGRAMME_NOUN)) {
        return None;
    }
    let q = doc.quote_from(k)?;
    q.close.filter(|_| q.open == k && q.inner.len() <= 6)?;
    // Past the closing mark, which may be doubled (`''`).
    Some(q.after)
}

/// Token `k` is a mark of a quoted programme name opened at or after `from`.
pub(super) fn in_quoted_programme(doc: &Doc, from: usize, k: usize) -> bool {
    (from..=k).any(|o| quoted_programme(doc, o).is_some_and(|after| after > k))
}

/// `elided-year`: "said in ‘08 that", "in '08": a single mark glued to a
/// two-digit number is the apostrophe of a year, no quote (even where the
/// mark pairs with a later one).
pub(super) fn is_elided_year_mark(doc: &Doc, k: usize) -> bool {
    matches!(doc.word(k), "'" | "‘" | "’")
        && doc.tokens.get(k + 1).is_some_and(|t| {
            t.kind == TokenKind::Number && !t.space_before && doc.word(k + 1).len() == 2
        })
}

/// How many tokens the listener of "asked" (or its "by" agent) may have.
const ASKED_LISTENER_WINDOW: usize = 7;

/// "asked Lund whether ...", "asked the crowd how ...", "was asked by a
/// reporter if ...": past the listener or agent of "asked", the word
/// opening the indirect question, which opens the claim. Plain words only
/// up to it: no verb, no cue, no "to" (an order: "asked him to ...") and
/// no "about" ("asked Lund about the plan").
pub(in crate::attribution) fn asked_question_start(
    doc: &Doc,
    j: usize,
    end: usize,
) -> Option<usize> {
    let question = |k: usize| doc.has(k, words::QUESTION_OPENER);
    let plain = |k: usize| {
        matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)
            && !doc.has(k, words::FINITE)
            && !cues::is_reporting_verb(doc, k)
            && !doc.is(k, "to")
            && !doc.is(k, "about")
    };
    (j..(j + 1 + ASKED_LISTENER_WINDOW).min(end))
        .take_while(|&k| question(k) || plain(k))
        .find(|&k| question(k))
        // "questions for which he had no answers": a relative after a preposition.
        .filter(|&k| {
            k > j
                && k + 1 < end
                && !question(k - 1)
                && !(doc.has(k - 1, words::ADJUNCT_PREPOSITION) || doc.is(k - 1, "for"))
        })
}

/// Past time words and prepositional adjuncts ("on Friday", "in a statement").
pub(in crate::attribution) fn skip_adjuncts(doc: &Doc, mut j: usize, end: usize) -> usize {
    while j < end {
        if doc.has(j, crate::attribution::words::TIME) || is_weekday_or_month(doc, j) {
            j += 1;
        } else if doc.has(j, crate::attribution::words::DATE_DETERMINER)
            && (doc.has(j + 1, crate::attribution::words::PERIOD)
                || is_weekday_or_month(doc, j + 1))
        {
            // "told reporters this week", "said last month that", "said last Friday".
            j += 2;
        } else if doc.is(j, "for") && doc.has(j + 1, words::TIME_NOUN) {
            // "has said for weeks (that) ...": a span of time.
            j += 2;
        } else if doc.has(j, words::ADJUNCT_PREPOSITION) {
            if let Some(subject) = bare_clause_after_adjunct(doc, j, end) {
                return subject;
            }
            let mut k = j + 1;
            while k < end
                && (doc.has(k, crate::attribution::words::ADJUNCT)
                    || (doc.word(k) == ","
                        && doc
                            .tokens
                            .get(k + 1)
                            .is_some_and(|t| t.kind == TokenKind::Number))
                    || is_weekday_or_month(doc, k)
                    || doc.tokens[k].kind == TokenKind::Number)
            {
                k += 1;
            }
            // A phrase never ends with a determiner: "on Friday the port ..." keeps "the".
            while k > j + 1 && speakers::is_determiner(doc, k - 1) {
                k -= 1;
            }
            if k == j + 1 {
                return j;
            }
            j = k;
        } else {
            return j;
        }
    }
    j
}

/// How many words after its determiner an adjunct may run before a bare
/// clause (`adjunct-before-bare-clause`) or to its cue-word noun
/// (`cue-word-in-adjunct`).
const ADJUNCT_PHRASE_WINDOW: usize = 3;

/// `adjunct-before-bare-clause`: "said in a radio talk it will close in
/// May", "wrote in both notes he was glad": after the cue, a preposition, a
/// determiner and one to three plain words, then a subject pronoun and its
/// finite verb: the phrase is the cue's adjunct, whatever its noun, and
/// the pronoun opens the clause (no "that"); where the pronoun stands.
/// Not without a determiner (`said in fishing it takes patience`: the phrase
/// opens the claim), nor past a participle (`said in a post praising it`)
/// or a pronoun before a non-verb (`in a talk it as ...`).
fn bare_clause_after_adjunct(doc: &Doc, preposition: usize, end: usize) -> Option<usize> {
    let first = preposition + 2;
    if first >= end || !speakers::is_determiner(doc, preposition + 1) {
        return None;
    }
    let subject = (first..(first + ADJUNCT_PHRASE_WINDOW + 1).min(end))
        .take_while(|&k| {
            speakers::is_pronoun(doc, k)
                || (speakers::is_plain_word(doc, k)
                    && !doc.word(k).ends_with("ing")
                    && !cues::is_reporting_verb(doc, k))
        })
        .find(|&k| speakers::is_pronoun(doc, k))?;
    (subject > first && crate::attribution::direct::opens_clause_verb(doc, subject + 1))
        .then_some(subject)
}

/// `cue-word-in-adjunct`: "said in her closing remarks that", "said in a
/// June report that": a cue word (`k`) closing a phrase opened at `from` by
/// a preposition and a determiner or possessive, with a few plain words
/// between, is that phrase's noun, no cue; the "that" after it opens the
/// claim. Not without the determiner ("said in Bergen he remarks that"),
/// nor past a verb or pronoun ("said in the hall she remarks that").
pub(super) fn cue_word_in_adjunct(doc: &Doc, from: usize, k: usize) -> bool {
    let first = from + 2;
    doc.has(from, words::ADJUNCT_PREPOSITION)
        && speakers::is_determiner(doc, from + 1)
        && (first..=first + ADJUNCT_PHRASE_WINDOW).contains(&k)
        && cues::is_reporting_noun(doc, k)
        && (first..k).all(|v| {
            // (Plain words or a name: "in her closing remarks", "in a March report".)
            (speakers::is_plain_word(doc, v) || doc.is_capitalized(v))
                && !speakers::is_pronoun(doc, v)
                && !doc.has(v, words::FINITE)
                && !cues::is_reporting_verb(doc, v)
        })
}

pub(in crate::attribution) fn is_weekday_or_month(doc: &Doc, i: usize) -> bool {
    doc.has(i, crate::attribution::words::WEEKDAY)
        || doc.has(i, crate::attribution::words::MONTH)
        || is_month_may(doc, i)
}

/// "in May", "on May 3": a capitalised "May" after a preposition or before
/// a number is the month (the data leaves it out: mostly the verb).
pub(super) fn is_month_may(doc: &Doc, i: usize) -> bool {
    doc.is(i, "may")
        && doc.is_capitalized(i)
        && i > 0
        && (doc.has(i - 1, crate::attribution::words::BEFORE_MONTH_MAY)
            || doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number))
}

/// ", citing ...", ", raising ...": a participial phrase that comments on the claim.
pub(in crate::attribution) fn is_participial_adjunct(doc: &Doc, i: usize) -> bool {
    // (`i` may be past the last token: a text may end at a quote.)
    if doc.tokens.get(i).is_none_or(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let w = doc.word(i);
    w.len() > 5
        && w.ends_with("ing")
        && w.chars().all(char::is_lowercase)
        // ", including ...": a preposition, the list belongs to the claim.
        && w != "including"
        // `during-no-participle`: "said that, during the storm, the port
        // closed": a preposition opens the claim's adjunct.
        && !doc.has(i, words::NOT_PARTICIPLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The question's first word after the first "asked", if any.
    fn question_after_asked(text: &str) -> Option<String> {
        let doc = Doc::new(text);
        let asked = (0..doc.tokens.len()).find(|&k| doc.is(k, "asked"))?;
        asked_question_start(&doc, asked + 1, doc.tokens.len()).map(|k| doc.word(k).to_string())
    }

    #[test]
    fn a_cue_word_after_a_preposition_and_a_determiner_is_a_noun() {
        // Marks: `cue-word-in-adjunct`.
        let doc = Doc::new("Holm said in her closing remarks that the ferry was late.");
        assert!(cue_word_in_adjunct(
            &doc,
            doc.first_token("in"),
            doc.first_token("remarks")
        ));
        // Not without a determiner, nor past a pronoun.
        let doc = Doc::new("Holm said in Bergen he remarks that the ferry was late.");
        assert!(!cue_word_in_adjunct(
            &doc,
            doc.first_token("in"),
            doc.first_token("remarks")
        ));
        let doc = Doc::new("Holm said in the hall she remarks that the ferry was late.");
        assert!(!cue_word_in_adjunct(
            &doc,
            doc.first_token("in"),
            doc.first_token("remarks")
        ));
    }

    #[test]
    fn a_single_mark_glued_to_two_digits_is_a_year() {
        // Marks: `elided-year`.
        let doc = Doc::new("Holm said in ‘08 that the ferry was late.");
        assert!(is_elided_year_mark(&doc, doc.first_token("‘")));
        // Not a double mark, nor a mark before a word or a longer number.
        let doc = Doc::new("Holm said “08 was late” and ‘ferry’ and ‘2008’.");
        assert!(!is_elided_year_mark(&doc, doc.first_token("“")));
        assert!(!is_elided_year_mark(&doc, doc.first_token("‘")));
    }

    #[test]
    fn a_quoted_name_after_a_programme_noun_is_a_programme() {
        // Marks: `quoted-programme`.
        let doc = Doc::new("Holm said on the radio show ''Morning Talk'' that the ferry was late.");
        let open = doc.first_token("show") + 1;
        assert_eq!(quoted_programme(&doc, open), Some(doc.first_token("that")));
        // Not a quote after any other word.
        let doc = Doc::new("Holm said on the radio ''the ferry was late'' that day.");
        assert_eq!(quoted_programme(&doc, doc.first_token("radio") + 1), None);
    }

    #[test]
    fn the_listener_of_asked_comes_before_its_question() {
        let q = question_after_asked;
        assert_eq!(
            q("Voters asked Lund whether the port would close."),
            Some("whether".into())
        );
        assert_eq!(
            q("She asked the harbour master how the ferry ran."),
            Some("how".into())
        );
        assert_eq!(q("He asked the crowd who would vote."), Some("who".into()));
        // An order, a topic, a relative after a preposition: no question.
        assert_eq!(q("Berg asked him to close the port."), None);
        assert_eq!(q("Berg asked Lund about the plan and who paid."), None);
        assert_eq!(
            q("Kolb asked him questions for which he had no answer."),
            None
        );
    }
}
