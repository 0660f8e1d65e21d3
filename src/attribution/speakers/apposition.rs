//! Subjects set off from their verb by an apposition or a relative clause (`Lund, the party leader, said`; `Berg, who said ...`).
use super::*;

/// How far back from the verb the comma opening an apposition may be
/// ("Ola Lund, director of the centre and a lecturer at the college, said").
pub(super) const APPOSITION_WINDOW: usize = 30;

/// `Judy Kolb, the company's founder, said`: the subject before the phrases
/// set off by commas, else the phrase before an apposition (or a relative
/// "who").
pub fn apposed_subject(doc: &Doc, group: usize, floor: usize) -> Option<Range<usize>> {
    // `interposed-apposition`: "Ann Vik, 35, the daughter of Mayor Ola Vik,
    // said", "Mr. Holm, now 81 and retired in Bergen, Norway, said": past
    // every interposed phrase (age, place, apposition, relative) to the
    // subject opening its clause, rather than a name inside the last one.
    // (After a plain comma before the verb; a relative, a dash or a quote's
    // closing mark there is `apposition_subject`'s alone.)
    if group > floor + 1 && doc.word(group - 1) == "," {
        if let Some((subject, _)) = subject_past_interposed(doc, group, floor) {
            return Some(subject);
        }
    }
    apposition_subject(doc, group, floor)
}

/// `unclosed-apposition`: "Sen. Ola Lund (D-Nor), a backer of the plan
/// told reporters ...", "Kari Berg, the union's leader said ...": an
/// apposition (a, an, the) whose closing comma is missing; the person named
/// before its comma, opening the clause, speaks (the span leaves the
/// apposition out). Not after a preposition or verb (`As for Mr. Vik, the
/// letter said`: the name is no subject).
pub fn unclosed_apposition_name(
    doc: &Doc,
    phrase: &Range<usize>,
    floor: usize,
) -> Option<Range<usize>> {
    let det = phrase.start.checked_sub(1)?;
    if det < floor + 2 || !doc.has(det, words::ARTICLE) {
        return None;
    }
    let comma = det - 1;
    if doc.word(comma) != "," {
        return None;
    }
    // Past a party and state in brackets after the name ("(D-Nor)"), which
    // the span leaves out as it does before a verb.
    let bracket = (doc.word(comma - 1) == ")")
        .then(|| (comma.saturating_sub(6).max(floor)..comma - 1).rfind(|&k| doc.word(k) == "("))
        .flatten();
    let name = phrase_before(doc, bracket.unwrap_or(comma), floor)?;
    let names = name.clone().filter(|&k| is_name_word(doc, k)).count();
    (name.end == bracket.unwrap_or(comma) && names >= 2 && opens_clause(doc, name.start, floor))
        .then_some(name)
}

/// The phrase before an apposition (or a relative "who") set off by commas
/// before the verb group at `group`: [`apposed_subject`] for callers that
/// asked `subject_past_interposed` first.
pub fn apposition_subject(doc: &Doc, group: usize, floor: usize) -> Option<Range<usize>> {
    if group <= floor + 1 {
        return None;
    }
    let prev = group - 1;
    // "Ola Lund, who said ...": the relative pronoun is the cue's subject, as a
    // personal pronoun would be; coreference links it to "Ola Lund".
    if is_relative(doc, prev) {
        return Some(prev..group);
    }
    // "Ola Lund, who's argued since 2010 that ...": the relative with its
    // auxiliary glued on ("'s" split off as a possessive would be).
    if is_possessive(doc, prev) && prev > floor && is_relative(doc, prev - 1) {
        return Some(prev - 1..prev);
    }
    // "Ola Lund, who in 2012 said ...": an adjunct between the relative and its verb.
    if let Some(rel) = (group.saturating_sub(6).max(floor)..prev)
        .rev()
        .find(|&k| is_relative(doc, k))
    {
        if crate::attribution::clauses::skip_adjuncts(doc, rel + 1, group) == group {
            return Some(rel..rel + 1);
        }
    }
    // "Ola Lund -- an author of a book on ferries -- said": a dashed apposition.
    if let Some(close) = dash_ending_at(doc, prev, floor) {
        // Quote marks may stand inside, in pairs ("Lund - who vowed to
        // "fight back" - said").
        let mut marks = 0;
        let open = (floor..close)
            .rev()
            .take(APPOSITION_WINDOW)
            .find_map(|k| {
                if doc.tokens[k].kind == TokenKind::Quote {
                    marks += 1;
                    return None;
                }
                dash_ending_at(doc, k, floor)
            })
            .filter(|_| marks % 2 == 0)?;
        return phrase_before(doc, open, floor);
    }
    // `Lund, appearing on the programme "Harbour Talk," said`: the closing
    // comma may stand inside a quote's closing mark.
    // (A mark written as two apostrophes, `''`, is counted once.)
    let is_mark =
        |k: usize| doc.tokens[k].kind == TokenKind::Quote && !is_plural_possessive(doc, k);
    let (prev, mut marks) = if doc.word(prev) == "," {
        (prev, 0)
    } else {
        (
            doc.comma_in_mark_before(prev + 1).filter(|&c| c > floor)?,
            1,
        )
    };
    // The comma opening the apposition, within a short window; quote marks
    // inside come in pairs, and a comma between a pair is no opening.
    // `program, "This Week," bluntly said`: the comma before a quoted title
    // opens no apposition.
    let quoted = marks > 0;
    // (The second apostrophe of a `''` mark is no mark of its own.)
    let second_of_pair = |k: usize| k > floor && is_mark(k - 1) && !doc.tokens[k].space_before;
    let open = (floor..prev).rev().take(APPOSITION_WINDOW).find(|&k| {
        if is_mark(k) && !second_of_pair(k) {
            marks += 1;
        }
        marks % 2 == 0 && doc.word(k) == "," && !(quoted && is_mark(k + 1))
    })?;
    // `whose-apposition`: "Ola Lund, whose firm, Vikco, builds roads, said":
    // a "whose" clause with its own commas speaks for the name before it.
    if let Some(whose) = (floor + 1..open)
        .rev()
        .take(APPOSITION_WINDOW)
        .take_while(|&k| !matches!(doc.word(k), "." | ";" | ":") && !is_mark(k))
        .find(|&k| doc.is(k, "whose") && doc.word(k - 1) == ",")
    {
        if let Some(name) = phrase_before(doc, whose - 1, floor) {
            return Some(chain_head(doc, name, floor));
        }
    }
    // "Ann Lund, 59, of Tromso, who watched the match, said": the relative
    // speaks for the name opening the sentence, or stands for it.
    if is_relative(doc, open + 1) {
        // ("Still, Petrilli, who ..., called": after a comma too.)
        let opens = |p: &Range<usize>| {
            let start = past_determiner(doc, p.start, floor);
            start <= floor + 1
                || (opens_clause(doc, start, floor)
                    && !(start > floor && is_state_after_place(doc, start - 1, open)))
        };
        return phrase_before(doc, open, floor)
            .filter(opens)
            // ("Ola Vik, the former mayor, who ..., said": Ola Vik.)
            .map(|p| chain_head(doc, p, floor))
            .or_else(|| {
                phrase_after(doc, floor, open).filter(|p| opens(p) && is_name_word(doc, p.start))
            })
            .or(Some(open + 1..open + 2));
    }
    // "Rep. Ann Kolb (D-Ore.), a panel member, said".
    let mut end = open;
    if end > floor + 1 && doc.word(end - 1) == ")" {
        end = (floor..end - 1)
            .rev()
            .take(12)
            .find(|&k| doc.word(k) == "(")?;
    }
    // "A lawyer for the outlets, Ola Lund, said": the apposition names the speaker.
    phrase_before(doc, end, floor)
        .map(|p| chain_head(doc, p, floor))
        .or_else(|| phrase_before(doc, prev, open + 1).filter(|_| !quoted))
}

/// The first token of a dash ("—", "–", "--" or a spaced "-") ending at `k`.
pub(super) fn dash_ending_at(doc: &Doc, k: usize, floor: usize) -> Option<usize> {
    match doc.word(k) {
        "—" | "–" => Some(k),
        "-" if k > floor && doc.word(k - 1) == "-" && !doc.tokens[k].space_before => Some(k - 1),
        "-" if doc.tokens[k].space_before => Some(k),
        _ => None,
    }
}

/// "Ola Lund, the attorney general of Norland, one of the regions suing,
/// said": when the phrase found is itself an apposition (a determiner and a
/// comma before it), the speaker is the name before that comma, if that name
/// opens its clause (after a comma, a quote mark or the window's floor).
pub(super) fn chain_head(doc: &Doc, mut phrase: Range<usize>, floor: usize) -> Range<usize> {
    for _ in 0..2 {
        let k = phrase.start;
        if !(k > floor + 2 && is_determiner(doc, k - 1) && doc.word(k - 2) == ",") {
            break;
        }
        let Some(name) = phrase_before(doc, k - 2, floor) else {
            break;
        };
        let opens = name.start == floor
            || doc.word(name.start - 1) == ","
            || doc.tokens[name.start - 1].kind == TokenKind::Quote;
        if !(opens && is_name_word(doc, name.start)) {
            break;
        }
        phrase = name;
    }
    phrase
}

/// Token `i` is a relative pronoun that can speak ("who", "which").
pub fn is_relative(doc: &Doc, i: usize) -> bool {
    doc.has(i, crate::lexicon::class::syntax::RELATIVE_PRONOUN) || is_contracted_who(doc, i)
}

/// `relative-that`: "that" right after a noun and right before a verb of
/// saying (`bottles that said`, `a message that says`) is a relative
/// pronoun, the verb's subject, as "which" is; after a verb ("said that"),
/// a function word or an adverb it is the conjunction or a determiner.
/// (Lexical, not the tagger's: no pass reads part-of-speech tags yet, and
/// the first one pays for linking the model into the page.)
/// (`quoted-words-relative-that`: or a quoting verb, `letters that called
/// him "a fraud"`.)
pub fn is_relative_that(doc: &Doc, i: usize) -> bool {
    i > 0
        && i + 1 < doc.tokens.len()
        && doc.is(i, "that")
        && (crate::attribution::cues::is_reporting_verb(doc, i + 1)
            || doc.has_lowercase(i + 1, words::QUOTING_VERB))
        && is_word(doc, i - 1)
        && !is_function_word(doc, i - 1)
        && !doc.has(i - 1, words::ADVERB)
        && !crate::attribution::cues::is_reporting_verb(doc, i - 1)
        && !doc.word(i - 1).ends_with("ed")
}

/// "who've", "who'd", "who'll", "who're": a relative with its auxiliary
/// glued on (also `relative-with-auxiliary` in `clause_subject`).
pub(super) fn is_contracted_who(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i).as_bytes();
    w.len() > 4
        && w[..3].eq_ignore_ascii_case(b"who")
        && std::str::from_utf8(&w[3..]).is_ok_and(|tail| {
            matches!(
                tail,
                "'ve" | "'d" | "'ll" | "'re" | "’ve" | "’d" | "’ll" | "’re" | "'VE" | "’VE"
            )
        })
}

/// The phrase a relative pronoun at `at` refers to: the one just before it,
/// past a comma ("Ola Lund, who").
pub fn relative_antecedent(doc: &Doc, at: usize, floor: usize) -> Option<Range<usize>> {
    let end = if at > floor + 1 && doc.word(at - 1) == "," {
        at - 1
    } else {
        at
    };
    phrase_before(doc, end, floor).filter(|p| !is_relative(doc, p.start))
}

/// How many tokens a name set off after a speaker phrase may run.
const APPOSED_NAME_WINDOW: usize = 8;

/// `apposed-name`: `his deputy, Ann Berg, said`, `The plan works, the
/// union's treasurer, Ola Vik, said`: the name set off by commas right
/// after a speaker phrase ending at `phrase_end`, closed by a comma or a
/// dash and followed by a lowercase word (the verb, an adverb). The spec
/// keeps the apposition out of the span; the name still says who speaks.
/// Not a list of names ("Lund, Berg, Vik and Dahl said": a capitalised
/// word or "and" after the closing comma).
pub fn apposed_name(doc: &Doc, phrase_end: usize, ceiling: usize) -> Option<Range<usize>> {
    if phrase_end + 2 >= ceiling || doc.word(phrase_end) != "," {
        return None;
    }
    let first = phrase_end + 1;
    let close = (first + 1..(first + APPOSED_NAME_WINDOW).min(ceiling))
        .find(|&k| !(is_word(doc, k) || doc.word(k) == "." || doc.word(k) == "-"))?;
    if !(doc.word(close) == "," || dash_ending_at(doc, close, first).is_some()) {
        return None;
    }
    let after = close + 1;
    let verb_follows = is_word(doc, after)
        && doc.word(after).chars().all(char::is_lowercase)
        && !is_function_word(doc, after)
        && !doc.is(after, "and")
        && !doc.is(after, "or");
    let name = phrase_after(doc, first, close).filter(|p| {
        p.start == first
            && p.end == close
            && (is_name_word(doc, p.start) || is_name_particle(doc, p.start))
            && !is_title(doc, p.end - 1)
    })?;
    verb_follows.then_some(name)
}
