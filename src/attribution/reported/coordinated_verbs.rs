//! The subject of the first of two coordinated verbs: `Kolb praised the plan and said <claim>`.
use super::*;

/// How far before "and said" the first verb of the coordination may be
/// ("When Lund thanked the crowd in the square and said ...").
pub(super) const COORDINATED_VERB_WINDOW: usize = 12;

/// What the `coordinated-verbs` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const COORDINATED_VERBS: &[Example] = &[
    Marks(
        "Kolb praised the plan and said the port would reopen.",
        "the port would reopen",
        "Kolb",
    ),
    Marks(
        "The harbour board met on Monday and said the port would reopen.",
        "the port would reopen",
        "harbour board",
    ),
    // A subordinate clause inside the main one is not what "and" goes on.
    Marks(
        "He teased the other skippers, interrupted them as they spoke and assured the crowd that he would win.",
        "he would win",
        "He",
    ),
    // A time phrase with no comma before the subject is no part of it.
    Marks(
        "A few minutes later they changed course, let everyone in and said the vote would go on.",
        "the vote would go on",
        "they",
    ),
    // `adjunct-coordinated-verb`: an adjunct between "but" and the verb.
    Marks(
        "The clerk first said he lost the files, but in an interview said he had burned them.",
        "he had burned them",
        "clerk",
    ),
    // `place-abbreviation`: a fronted place with an abbreviated name ("St.")
    // and its state is no subject.
    Marks(
        "At a market in St. Hamar, Nor., 58-year-old Kari Berg spoke out against the toll, and explained how hard it was for her to pay.",
        "how hard it was for her to pay",
        "58-year-old Kari Berg",
    ),
    Not("Kolb praised the plan and the port reopened."),
    // `verb-list`: past a comma between two verb phrases of the list, to
    // the subject after an opening subordinate clause.
    Marks(
        "When the vote ended, Lund thanked the crews, smiled and said the port would stay open.",
        "the port would stay open",
        "Lund",
    ),
    // Past a short quoted object; a spaced dash opens the clause.
    Marks(
        "That drew his scorn - Lund called her \"soft\" and said she had no friends on the coast.",
        "she had no friends on the coast",
        "Lund",
    ),
    Not("Lund praised the \"bold and brave new harbour plan of the year\" and the port reopened."),
    // `relative-coordination`: the first verb is a relative clause's.
    Marks(
        "The skipper thanked Kari Holm, who runs the ferry and said the timetable would change.",
        "the timetable would change",
        "who",
    ),
    Marks(
        "The port holds a weekly meeting at which the harbour master stands up and warns the crews that the gates will shut early.",
        "the gates will shut early",
        "harbour master",
    ),
    // ... not a relative with no comma before it.
    Marks(
        "She thanked the crews who stayed but said the port would stay shut.",
        "the port would stay shut",
        "She",
    ),
];

/// How many tokens a quoted object between the first verb and "and" may hold.
const SHORT_QUOTE: usize = 4;

/// "When Lund thanked the crowd and said ...", "Berg, though she praised
/// the judge and said ...": the speaker phrase right before the first verb
/// of a coordination ending at `and` (within its clause: no comma, quote
/// mark or clause break between).
pub(in crate::attribution) fn first_verb_subject(
    doc: &Doc,
    s: &Range<usize>,
    and: usize,
) -> Option<Range<usize>> {
    let floor = s.start.max(and.saturating_sub(COORDINATED_VERB_WINDOW));
    let mut v = and;
    // `subordinate-coordination`: the subject of a subordinate clause passed
    // over, which the coordination is inside when no verb of an outer
    // clause comes before it (`, such as when Lund faulted Berg and labelled`).
    let mut inner: Option<Range<usize>> = None;
    while v > floor {
        v -= 1;
        let w = doc.word(v);
        // `called her "weak" and said ...`: past a short quoted word or two
        // (the first verb's object); any other quote mark ends the search.
        if doc.tokens[v].kind == TokenKind::Quote {
            // (The quote opened last before `v`, or one of the few before it.)
            let at = doc.quotes.partition_point(|q| q.open < v);
            match doc.quotes[..at]
                .iter()
                .rev()
                .take(SHORT_QUOTE)
                .find(|q| q.close.is_some_and(|c| c <= v && v < q.after))
            {
                Some(q) if q.inner.len() <= SHORT_QUOTE && q.open > floor => {
                    v = q.open;
                    continue;
                }
                _ => return None,
            }
        }
        // `verb-list`: "he looked at the crowd, smiled and said": a comma
        // between two verb phrases of one subject (a lowercase past right
        // after it) goes on to the list's first verb.
        if w == "," && inner.is_none() && verb_list_comma(doc, v, and) {
            continue;
        }
        if matches!(w, "," | ";" | ":" | "—" | "–" | "(" | ")") {
            return inner;
        }
        if !looks_like_verb(doc, v) {
            continue;
        }
        // (A verb of the outer clause before it: `interrupted them as they
        // answered and assured`: the series is the outer clause's.)
        inner = None;
        let group = cues::verb_group_start(doc, v, s.start);
        if let Some(subject) = relative_clause_subject(doc, s.start, group) {
            return Some(subject);
        }
        if let Some(phrase) = speakers::phrase_before(doc, group, s.start)
            .filter(|p| p.end == group && !speakers::is_relative(doc, p.start))
        {
            // A subject opens its clause ("attacks on Lund have ... and said" is no "Lund").
            let mut before = phrase.start;
            if before > s.start && speakers::is_determiner(doc, before - 1) {
                before -= 1;
            }
            // A subordinate clause inside the main one is not what "and"
            // goes on ("He mocked them as they spoke and assured ...": He).
            // (Past a dateline it opens the sentence: "TROMSO - When Vik ...".)
            let inner_subordinate = before > s.start + 1
                && doc.has(before - 1, words::SUBORDINATOR)
                && !matches!(doc.word(before - 2), "," | ":" | "(")
                && !doc.has_lowercase(before - 2, words::PLAIN_COORDINATOR)
                && !doc.is_spaced_dash(before - 2)
                && speakers::subject_start(doc, s.start, before - 1) != before - 1;
            if inner_subordinate {
                inner = Some(phrase);
                continue;
            }
            // ("... drew his ire - he called her ... and said": a spaced dash
            // opens the clause too.)
            let opens_clause = opens_sentence(doc, s, before)
                || (before > s.start
                    && (doc.has(before - 1, words::SUBORDINATOR)
                        || doc.word(before - 1) == ","
                        || doc.has_lowercase(before - 1, words::PLAIN_COORDINATOR)
                        || doc.is_spaced_dash(before - 1)));
            // (Not the state of a fronted place: "At a fair in Hamar, Nor.,
            // Ann Vik railed ... and said": the subject starts after it.)
            let subject_start = speakers::subject_start(doc, s.start, group);
            if opens_clause && before < subject_start {
                return speakers::phrase_after(doc, subject_start, group);
            }
            return opens_clause.then_some(phrase);
        }
        // "The harbour board met and said ...": any noun phrase opening the
        // clause (the clause-subject stretch test).
        if let Some((phrase, _)) = speakers::clause_subject(doc, group, s.start) {
            return Some(phrase);
        }
    }
    None
}

/// `verb-list`: the comma at `comma` joins two verb phrases of one list
/// ending at the "and" at `and`: a lowercase past tense ("-ed" or an
/// irregular past) right after the comma, with no comma, quote or cue
/// from there to the "and" (`looked into the camera, smiled and said`;
/// not `, the crowd cheered and he said`).
pub(in crate::attribution) fn verb_list_comma(doc: &Doc, comma: usize, and: usize) -> bool {
    let next = comma + 1;
    next < and
        && doc.tokens[next].kind == TokenKind::Word
        && doc.word(next).chars().all(char::is_lowercase)
        && (doc.word(next).ends_with("ed") || doc.has(next, words::IRREGULAR_PAST))
        && (next + 1..and)
            .all(|k| doc.tokens[k].kind == TokenKind::Word && !cues::is_reporting_verb(doc, k))
}

/// `relative-coordination`: the first verb is a relative clause's, so its
/// subject speaks: the relative pronoun right before it, set off by a
/// comma after the sentence's verb ("The skipper thanked Holm, who runs the
/// ferry and said ..."), or the phrase between an object
/// relative word and it ("a meeting at which the harbour master
/// stands up and warns ...").
fn relative_clause_subject(doc: &Doc, floor: usize, group: usize) -> Option<Range<usize>> {
    if group <= floor + 1 {
        return None;
    }
    // (Set off by a comma, after the sentence's verb: not "those who left
    // but said", nor a relative in the subject, "Lund, who met Berg and said".)
    if speakers::is_relative(doc, group - 1)
        && group > floor + 2
        && doc.word(group - 2) == ","
        && (floor..group - 2).any(|k| looks_like_verb(doc, k))
    {
        return Some(group - 1..group);
    }
    let low = floor.max(group.saturating_sub(RELATIVE_SUBJECT_WINDOW));
    let relative = (low..group - 1)
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
        .find(|&k| doc.has(k, words::OBJECT_RELATIVE))?;
    speakers::clause_subject(doc, group, relative + 1).map(|(phrase, _)| phrase)
}

/// The most tokens between an object relative word and its clause's verb.
const RELATIVE_SUBJECT_WINDOW: usize = 6;

/// Token `k` looks like a finite verb: an auxiliary, a common irregular past,
/// or a lowercase "-ed" or "-s" form ("thanked", "warns").
pub(in crate::attribution) fn looks_like_verb(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.has(k, words::FINITE)
        || doc.has(k, words::IRREGULAR_PAST)
        || (doc.tokens[k].kind == TokenKind::Word
            && w.chars().all(char::is_lowercase)
            && (looks_like_past(w) || looks_like_present(w)))
}

#[cfg(test)]
mod tests {
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn claimed_needs_a_clause_and_a_coordinated_verb_is_none() {
        assert_eq!(
            reported("Lund had also claimed a win in the first round."),
            []
        );
        assert_eq!(
            reported("Lund claimed the vote was rigged."),
            [t("the vote was rigged", "Lund", "claimed")]
        );
        assert_eq!(
            reported("Would you vote for a man who said and did as much?"),
            []
        );
    }

    #[test]
    fn a_coordinated_cue_in_a_subordinate_clause() {
        // The subject of the first verb speaks; the clause ends at its comma.
        assert_eq!(
            reported("When Lund thanked the crowd and said it was good to be home, a man booed."),
            [t("it was good to be home", "Lund", "said")]
        );
        assert_eq!(
            reported(
                "Berg, though she praised the judge and said he deserved a hearing, voted no."
            ),
            [t("he deserved a hearing", "she", "said")]
        );
        assert_eq!(
            reported("The crowd cheered, and as Vik took the stage and said the port would stay open, the rain stopped."),
            [t("the port would stay open", "Vik", "said")]
        );
        // A noun inside the first verb's object is no subject.
        assert_eq!(
            reported("He said the attacks on Lund had worked and said that Lund was finished."),
            [
                t("the attacks on Lund had worked", "He", "said"),
                t("Lund was finished", "<same as 0>", "said")
            ]
        );
        // `subordinate-coordination`: after a comma, a subordinate clause
        // holding the whole coordination (no verb of an outer clause
        // before it) gives its subject.
        assert_eq!(
            reported("There were sharp words, such as when Vik met Berg and said the port would stay open."),
            [t("the port would stay open", "Vik", "said")]
        );
        // A subordinate clause after the subject's comma, its claim without a verb.
        assert_eq!(
            reported("Lund, once he had said his piece, left the room."),
            []
        );
    }

    #[test]
    fn a_coordinated_cue_in_a_relative_clause() {
        // `relative-coordination`: set off by a comma after the sentence's
        // verb, the relative pronoun speaks (linked to its noun) ...
        assert_eq!(
            reported(
                "The mayor thanked Ola Berg, who chairs the board and said the vote was fair."
            )[0]
            .1,
            "who"
        );
        // ... but a relative inside the sentence's subject is passed over,
        assert_eq!(
            reported("Lund, who met Berg in May and said the port would close, did not come.")[0].1,
            "Lund"
        );
        // and "where" or "in which" opens a clause whose subject speaks.
        assert_eq!(
            reported("They met at the pier, where the skippers gathered and warned that the quota was too low."),
            [t("the quota was too low", "skippers", "warned")]
        );
    }

    #[test]
    fn coordinated_cues_share_the_subject() {
        assert_eq!(
            reported("Kolb praised the plan and said it would pass, citing strong support."),
            [t("it would pass", "Kolb", "said")]
        );
        assert_eq!(
            reported("Kolb said the plan would pass and warned that delays were costly."),
            [
                t("the plan would pass", "Kolb", "said"),
                t("delays were costly", "<same as 0>", "warned")
            ]
        );
        // "but" joins a cue too, and "and" a new speaker with a cue.
        let but = reported("Kolb said it was too soon to decide but noted that funds were short.");
        assert_eq!(but[0], t("it was too soon to decide", "Kolb", "said"));
        let and = reported("Unions said the deal was unfair and officials said it was generous.");
        assert_eq!(and[0], t("the deal was unfair", "Unions", "said"));
        // A plain "but" inside the claim stays in it.
        assert_eq!(
            reported("Kolb said the plan was costly but worth it."),
            [t("the plan was costly but worth it", "Kolb", "said")]
        );
    }

    #[test]
    fn coordinated_cue_after_an_opening_adjunct() {
        assert_eq!(
            reported("In May, the union pledged to strike but said it would wait."),
            [t("it would wait", "union", "said")]
        );
    }

    #[test]
    fn coordinated_plain_speakers_and_irregular_pasts() {
        assert_eq!(
            reported("Shops and households complain loudly that rents are too high."),
            [t("rents are too high", "Shops and households", "complain")]
        );
        assert_eq!(
            reported("He said the crew quickly went home."),
            [t("the crew quickly went home", "He", "said")]
        );
    }

    #[test]
    fn coordinated_names_and_titles_speak_together() {
        assert_eq!(
            reported("The port is busy, Ola Lund and Ann Berg wrote in May."),
            [t("The port is busy", "Ola Lund and Ann Berg", "wrote")]
        );
    }
}
