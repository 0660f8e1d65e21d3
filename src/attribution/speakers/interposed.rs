//! The subject of a verb set off from it by phrases between commas:
//! appositions (`Lund, the union's leader, said`), relative clauses (`Lund,
//! who chairs the board, said`), adverbials (`Berg, in the wake of the poll,
//! told`), participial phrases (`Vik, appearing on the radio, said`), ages
//! and places (`Lund, 59, of Tromso, said`) and party tags (`Sen. Ola Vik
//! (D-Ore.), said`). Walking back from the verb over each such phrase, the
//! subject is the noun phrase before the first of them.
use super::*;

/// How many interposed phrases may stand in a row.
const MAX_INTERPOSED: usize = 4;
/// The most tokens of one interposed phrase.
const INTERPOSED_WINDOW: usize = 40;
/// The most tokens of a bracketed tag ("(D-Ore.)").
const BRACKET_WINDOW: usize = 20;

/// The subject of the verb group starting at `group` when one or more
/// interposed phrases stand between them: (the speaker phrase, its first
/// token with any determiner). The phrase must open its clause: at `floor`,
/// after a sentence opener, or after a comma, bracket, dash or quote mark.
pub fn subject_past_interposed(
    doc: &Doc,
    group: usize,
    floor: usize,
) -> Option<(Range<usize>, usize)> {
    // The subject ends before `end`; `mark` closes the next phrase back
    // (the comma opening one phrase closes the one before it).
    if group <= floor + 1 {
        return None;
    }
    let mut end = group;
    let mut mark = group - 1;
    let mut skipped = 0;
    while skipped < MAX_INTERPOSED && mark > floor {
        if doc.word(mark) == ")" || (doc.word(mark) == "," && doc.word(mark - 1) == ")") {
            // "Sen. Ola Vik (D-Ore.) said", "Sen. Ola Vik (D-Ore.), said".
            let close = if doc.word(mark) == ")" {
                mark
            } else {
                mark - 1
            };
            end = bracket_open(doc, close, floor)?;
            mark = end - 1;
            // "Ola Vik, chairman of Harbour Rising (a party group), said":
            // a bracket closing an apposition; the apposition is skipped too.
            if doc.word(mark) != "," {
                if let Some(open) = opening_mark_of(doc, end, floor, false)
                    .filter(|&open| is_interposed(doc, open + 1, end))
                {
                    end = open;
                    mark = open;
                }
            }
        } else if doc.word(mark) == "," || dash_ending_at(doc, mark, floor) == Some(mark) {
            let Some(open) = opening_mark(doc, mark, floor) else {
                break;
            };
            if !is_interposed(doc, open + 1, mark) && !is_state_after_place(doc, open, mark) {
                // "<claim>, his deputy, Ann Berg, said": the name set off
                // after a title names the speaker.
                if let Some(named) = (doc.word(mark) == ",")
                    .then(|| named_apposition(doc, open, mark, floor))
                    .flatten()
                {
                    return Some(named);
                }
                break;
            }
            // `relative-before-interposed`: "Ola Vik, who, after trading
            // insults with Berg, said": the relative set off alone is the
            // verb's subject (coreference links it to "Ola Vik").
            if skipped > 0 && open + 2 == mark && is_relative(doc, open + 1) {
                return Some((open + 1..mark, open + 1));
            }
            end = open;
            mark = open;
        } else {
            break;
        }
        skipped += 1;
    }
    if skipped == 0 || end <= floor {
        return None;
    }
    // (`contact-relative-tail`: "Everyone I asked, even Lund, said": the
    // phrase ends before its relative clause, which ends at the comma.)
    let relative_end = phrase_parts::reduced_relative(doc, end, floor);
    if let Some(phrase) =
        phrase_before(doc, end, floor).filter(|p| p.end == end || Some(p.end) == relative_end)
    {
        // ("that Ola Lund, who ...": "that" before a name opens a clause.)
        let that_clause =
            doc.is(phrase.start.wrapping_sub(1), "that") && is_name_word(doc, phrase.start);
        let start = if that_clause {
            phrase.start
        } else {
            past_determiner(doc, phrase.start, floor)
        };
        if opens_clause(doc, start, floor) {
            return Some((phrase, start));
        }
        // `place-and-state`: "A woman in Tromso, Norland, told him": the
        // place and its state set off belong to the noun before them.
        if let Some(prep) = (end + 1..group)
            .find(|&k| doc.word(k) == ",")
            .and_then(|close| state_after_place(doc, end, close))
            .filter(|&p| p > floor)
        {
            // The noun: speaker words, or plain words after a determiner ("a teacher").
            let plain = || {
                let mut k = prep;
                while k > floor + 1 && prep - k < 3 && is_plain_word(doc, k - 1) {
                    k -= 1;
                }
                (k < prep && is_determiner(doc, k - 1)).then_some(k..prep)
            };
            if let Some(head) = phrase_before(doc, prep, floor)
                .filter(|p| p.end == prep)
                .or_else(plain)
            {
                let head_start = past_determiner(doc, head.start, floor);
                if opens_clause(doc, head_start, floor) {
                    return Some((head.start..end, head_start));
                }
            }
        }
        // "Lund, the union's leader, and Berg, its treasurer, said": the
        // coordinated subjects speak together, from the first to the last.
        if start >= floor + 3
            && doc.has(start - 1, words::PHRASE_COORDINATOR)
            && doc.word(start - 2) == ","
        {
            if let Some((first, first_start)) = subject_past_interposed(doc, start - 1, floor) {
                return Some((first.start..phrase.end, first_start));
            }
        }
        // `interposed-after-stretch`: "Just under half, 48%, say": the
        // phrase found does not open the clause; the whole stretch
        // before the first interposed phrase may still read as its subject
        // when it opens the sentence's clause, not after a comma (`Ola
        // Vik, head of the port, ...`) and not as a pronoun coordinated
        // after a clause (`fixed the system and he, again, said`).
        if is_pronoun(doc, phrase.start) {
            return None;
        }
        return clause_subject(doc, end, floor)
            .filter(|&(_, stretch)| stretch <= floor || doc.word(stretch - 1) != ",");
    }
    // "Some voters who have heard him over the years, on television or at
    // rallies, said": the whole stretch before the first interposed phrase.
    clause_subject(doc, end, floor)
}

/// `his deputy, Ann Berg,` before a verb: a name set off between the commas
/// `open` and `close` after a phrase with a lowercase head (a title or a
/// common noun) that opens its clause; (that phrase, its first token with
/// any determiner): the spec leaves the apposition out of the span, as
/// `apposed_subject` does at the sentence start. Not a list of names (`Lund,
/// Berg, said`), nor a name inside an apposition (`Ola Vik, the editor of
/// the city's paper, the Courier, said`: the title follows a name and a
/// comma).
fn named_apposition(
    doc: &Doc,
    open: usize,
    close: usize,
    floor: usize,
) -> Option<(Range<usize>, usize)> {
    phrase_before(doc, close, open + 1)
        .filter(|p| p.start == open + 1 && is_name_word(doc, p.start))?;
    let (title, start) = phrase_before(doc, open, floor)
        .filter(|p| p.end == open)
        .map(|p| {
            let start = past_determiner(doc, p.start, floor);
            (p, start)
        })
        .or_else(|| clause_subject(doc, open, floor))?;
    let head = title.end - 1;
    let lowercase_head = is_word(doc, head) && !doc.is_capitalized(head);
    let after_name =
        start >= floor + 2 && doc.word(start - 1) == "," && is_name_word(doc, start - 2);
    // (At the clause's start `apposed_subject` reads it, for verb-cue.)
    let after_something = start > floor;
    let found = lowercase_head && !is_pronoun(doc, head) && !after_name && after_something;
    (found && opens_clause(doc, start, floor)).then_some((title, start))
}

/// The `(` of the bracket closing at `close`, within a short window.
fn bracket_open(doc: &Doc, close: usize, floor: usize) -> Option<usize> {
    (floor..close)
        .rev()
        .take(BRACKET_WINDOW)
        .take_while(|&k| doc.word(k) != ")")
        .find(|&k| doc.word(k) == "(")
        .filter(|&k| k > floor)
}

/// The comma or dash opening the interposed phrase that `close` ends: the
/// same mark, before it within a window, with no sentence mark, colon,
/// bracket or unpaired quote mark between.
fn opening_mark(doc: &Doc, close: usize, floor: usize) -> Option<usize> {
    opening_mark_of(doc, close, floor, doc.word(close) != ",")
}

/// `opening_mark` for a phrase closed at `close` by a dash (`dash`) or a comma.
fn opening_mark_of(doc: &Doc, close: usize, floor: usize, dash: bool) -> Option<usize> {
    let mut marks = 0;
    for k in (floor..close).rev().take(INTERPOSED_WINDOW) {
        let t = &doc.tokens[k];
        if t.kind == TokenKind::Quote && !is_plural_possessive(doc, k) {
            marks += 1;
            continue;
        }
        // "R-Ore.", "Jr.": the stop of a short capitalised word.
        let abbreviation_stop = doc.word(k) == "."
            && k > floor
            && doc.is_capitalized(k - 1)
            && doc.word(k - 1).len() <= 4;
        if matches!(doc.word(k), ";" | ":" | "(" | ")" | "." | "?" | "!") && !abbreviation_stop {
            return None;
        }
        let opens = if dash {
            dash_ending_at(doc, k, floor) == Some(k)
        } else {
            doc.word(k) == ","
        };
        if opens {
            return (marks % 2 == 0 && k + 1 < close).then_some(k);
        }
    }
    None
}

/// The tokens `from..to` read as a phrase set off between a subject and its
/// verb: a relative clause, an adverbial, a participial phrase, an
/// apposition (a determiner or title first), an age, or a party tag.
fn is_interposed(doc: &Doc, from: usize, to: usize) -> bool {
    let first = from;
    let word = doc.word(first);
    let lowercase = word.chars().next().is_some_and(char::is_lowercase);
    if doc.tokens[first].kind == TokenKind::Number {
        // "Lund, 59, said": an age (not "Lund, 59 percent of ...");
        // `share-apposition`: "Just under half, 48%, say", "a third of
        // them, 33 percent, said": a share restated as a percentage.
        let share = to - from == 2 && (doc.word(from + 1) == "%" || doc.is(from + 1, "percent"));
        return to - from == 1 || share;
    }
    if !is_word(doc, first) {
        return false;
    }
    // (`interposed-focus`: "The clerks, even Lund, said": a focus word
    // singling out some of the subject.)
    if lowercase
        && (doc.has(first, words::INTERPOSED_OPENER) || doc.has(first, words::INTERPOSED_FOCUS))
    {
        return true;
    }
    // "the union's leader", "its treasurer", "a former minister", "former
    // minister of trade", "spokesman for the port".
    if lowercase && (is_determiner(doc, first) || is_title(doc, first)) {
        return !is_pronoun(doc, first);
    }
    // "appearing on the radio", "citing the report", "asked about the vote".
    if lowercase && word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed")) {
        return true;
    }
    // "R-Ore.", "D-N.Y.": a party and state tag.
    let tag = to - from <= 6
        && (from..to).any(|k| doc.word(k) == "-")
        && (from..to).all(|k| {
            matches!(doc.word(k), "-" | ".") || (is_word(doc, k) && doc.is_capitalized(k))
        });
    tag
}

/// "of Flint, Mich.,", "from Tromso, Norland,": a short capitalised phrase
/// (`open + 1..close`, no title in it) after a place named after a
/// lowercase "of", "from" or "in".
pub(super) fn is_state_after_place(doc: &Doc, open: usize, close: usize) -> bool {
    state_after_place(doc, open, close).is_some()
}

/// As [`is_state_after_place`]: the preposition before the place.
fn state_after_place(doc: &Doc, open: usize, close: usize) -> Option<usize> {
    if close - open > STATE_WINDOW + 1
        || !(open + 1..close).all(|k| {
            doc.word(k) == "." || (is_word(doc, k) && doc.is_capitalized(k) && !is_title(doc, k))
        })
    {
        return None;
    }
    place_preposition(doc, open)
}

/// The lowercase "of", "from" or "in" before the place (capitalised words)
/// that ends at `end`: `in` of "a woman in Tromso".
fn place_preposition(doc: &Doc, end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && end - k < STATE_WINDOW {
        if is_name_word(doc, k - 1) {
            k -= 1;
        } else if k > 1 && doc.word(k - 1) == "." && k < end && is_name_word(doc, k - 2) {
            // `place-abbreviation`: "in St. Hamar, Nor.,": a name word's stop.
            k -= 2;
        } else {
            break;
        }
    }
    (k < end
        && k > 0
        && !doc.is_capitalized(k - 1)
        && (doc.is(k - 1, "of") || doc.is(k - 1, "from") || doc.is(k - 1, "in")))
    .then(|| k - 1)
}

/// The most tokens of a place or state name ("N.C.", "South Carolina").
const STATE_WINDOW: usize = 5;

/// A phrase starting at `start` opens its clause.
pub(super) fn opens_clause(doc: &Doc, start: usize, floor: usize) -> bool {
    if start <= floor {
        return true;
    }
    let prev = start - 1;
    matches!(doc.word(prev), "," | "(" | "—" | "–" | "-")
        || doc.tokens[prev].kind == TokenKind::Quote
        || (prev == floor && doc.has(prev, words::SENTENCE_OPENER))
        // "ago that Ola Lund, who ..., said", "when Berg, the mayor, told".
        || doc.has_lowercase(prev, words::CLAUSE_OPENER)
        // `but-opens-clause`: "..., but Sen. Ola Vik (a quiet man) says".
        || doc.is(prev, "but")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subject found for the verb `verb` of `text`.
    fn subject(text: &str, verb: &str) -> Option<String> {
        let doc = Doc::new(text);
        let v = (0..doc.tokens.len()).find(|&i| doc.word(i) == verb)?;
        subject_past_interposed(&doc, v, 0).map(|(p, _)| doc.span_of(p).slice(text).to_string())
    }

    #[test]
    fn skips_appositions_relatives_adverbials_and_ages() {
        for (text, want) in [
            (
                "Lund, the union's leader, said the strike would go on.",
                "Lund",
            ),
            (
                "Ann Berg, who chairs the board, said the vote stands.",
                "Ann Berg",
            ),
            (
                "Berg, in the light of the latest count, told the radio that it was over.",
                "Berg",
            ),
            (
                "Ola Vik, R-Ore., appearing on the radio after the speech, said it failed.",
                "Ola Vik",
            ),
            ("Lund, 59, of Tromso, said the ferry was late.", "Lund"),
            (
                "Ann Lund, 22, of Tromso, Nor., said she was late.",
                "Ann Lund",
            ),
            (
                "Sen. Ola Vik (D-Ore.), said after lunch that he had not read it.",
                "Sen. Ola Vik",
            ),
            ("But Berg, however, said no.", "Berg"),
            (
                "There was the editor Ola Vik, who, after a long quarrel with Mr. Berg, said it was over.",
                "who",
            ),
            (
                "Ola Vik, chairman of Harbour Rising (a party group), said it was over.",
                "Ola Vik",
            ),
            (
                "Lund, the union's leader, and Berg, its treasurer, said the strike would go on.",
                "Lund, the union's leader, and Berg",
            ),
            // A long bracket, after "but" (`but-opens-clause`).
            (
                "Few mayors admit it, but Mayor Ola Vik (a harbour veteran so quiet that he is often taken for a clerk) said he was lost.",
                "Mayor Ola Vik",
            ),
            // A long apposition with a relative clause.
            (
                "Ann Berg, a port clerk who led the dockers' union through the long strike of 2009 and is now running the ferry company's night shifts in the north, said it was over.",
                "Ann Berg",
            ),
            // `interposed-focus`: a focus word singling out some of the
            // subject; after a contact relative (`contact-relative-tail`).
            ("The clerks, even Lund, said the ship had sunk.", "clerks"),
            (
                "The clerks, especially the young ones, said the ship had sunk.",
                "clerks",
            ),
            ("Everyone I asked, even Lund, said the ship had sunk.", "Everyone"),
            (
                "The men we met on the quay, in the end, said the ship had sunk.",
                "men",
            ),
            // `share-apposition` and `interposed-after-stretch`.
            ("Just under half, 48%, said the tram helps.", "Just under half"),
            (
                "A third of the growers, 33 percent, said the levy is unfair.",
                "third of the growers",
            ),
        ] {
            let verb = if text.contains(" told ") {
                "told"
            } else {
                "said"
            };
            assert_eq!(subject(text, verb).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn no_stretch_after_a_comma_or_before_a_pronoun() {
        // `interposed-after-stretch` Not: an apposition's words after a
        // comma, a pronoun coordinated after a clause.
        assert_eq!(
            subject(
                "The port's page, run by Ola Vik, a harbour clerk, said it was shut.",
                "said"
            ),
            None
        );
        assert_eq!(
            subject(
                "Berg vowed to fix the broken ferry system and he, once again, said it was late.",
                "said"
            ),
            None
        );
    }

    #[test]
    fn after_a_subordinator_or_that() {
        assert_eq!(
            subject(
                "It was years ago that Ola Lund, who is thinking of running, said it was over.",
                "said"
            )
            .as_deref(),
            Some("Ola Lund")
        );
        assert_eq!(
            subject(
                "The port closed when Berg, the harbour master, said it was unsafe.",
                "said"
            )
            .as_deref(),
            Some("Berg")
        );
    }

    #[test]
    fn the_stretch_before_an_interposed_adverbial() {
        assert_eq!(
            subject(
                "Voters who have heard him over the years, on television or at rallies, said he was tired.",
                "said"
            )
            .as_deref(),
            Some("Voters")
        );
    }

    #[test]
    fn no_subject_without_an_interposed_phrase_or_before_a_clause() {
        assert_eq!(subject("Lund said the port would close.", "said"), None);
        // A comma after a clause of its own is no interposed phrase's end.
        assert_eq!(subject("The port will close, said Berg.", "said"), None);
        // A list is no apposition.
        assert_eq!(subject("Lund, Berg, Vik, said nothing.", "said"), None);
        // A name after a name is no named apposition; nor a name after an apposition.
        assert_eq!(
            subject(
                "Ola Vik, the editor of the city's paper, the Courier, said it was late.",
                "said"
            )
            .as_deref(),
            Some("Ola Vik")
        );
        assert_eq!(
            subject("The port will close, Lund, Ann Berg, said.", "said"),
            None
        );
    }

    #[test]
    fn the_title_before_a_name_set_off_is_the_speaker() {
        for (text, want) in [
            ("The plan will fail, his deputy, Ann Berg, said.", "deputy"),
            (
                "The plan will fail, the port's chief planner, Ola Vik, told the radio.",
                "port's chief planner",
            ),
            (
                "The plan will fail, Lund's wife, Eva Lund, wrote in a letter.",
                "Lund's wife",
            ),
        ] {
            let verb = if text.contains(" said") {
                "said"
            } else if text.contains(" told ") {
                "told"
            } else {
                "wrote"
            };
            assert_eq!(subject(text, verb).as_deref(), Some(want), "{text}");
        }
    }
}
