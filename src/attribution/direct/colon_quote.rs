//! A quote introduced by a noun (`Lund made the following comment: "…"`), a message (`a text message saying: "…"`) or "as X put it" (`As Ola Lund, the chief whip, put it: "…"`), spoken by the clause's subject.
use super::*;

/// How far back a clause's opening comma may be (a bounded window keeps a
/// long sentence of quotes linear).
pub(in crate::attribution) const CLAUSE_WINDOW: usize = 40;

/// How far before "saying" or "reading" the message noun may be ("a short
/// message to the crews saying").
pub(super) const MESSAGE_WINDOW: usize = 6;

/// Where the clause holding token `at` opens: after the last comma before
/// it in its sentence, or at the sentence start (past a dateline and
/// opening conjunctions).
pub(super) fn clause_start(doc: &Doc, at: usize) -> usize {
    let sentence = doc.sentences[doc.sentence_of(at)].clone();
    let floor = sentence.start.max(at.saturating_sub(CLAUSE_WINDOW));
    if let Some(comma) = (floor..at).rev().find(|&k| doc.word(k) == ",") {
        // `"...," Lund sings to Berg before asking`: past a quote's closing mark.
        let mut k = comma + 1;
        while k < at && doc.tokens[k].kind == TokenKind::Quote {
            k += 1;
        }
        return k;
    }
    if floor > sentence.start {
        // No clause opening within the window: no subject found.
        return at;
    }
    let mut k = crate::attribution::reported::skip_dateline(doc, sentence.start..at).start;
    while k < at && doc.has(k, words::COLON_OPENER) {
        k += 1;
    }
    k
}

/// The speaker opening the clause of token `at`, followed by a verb
/// (a lowercase word) before `at`.
pub(super) fn clause_subject(doc: &Doc, at: usize) -> Option<Range<usize>> {
    let mut start = clause_start(doc, at);
    // Past a conjunction opening the clause ("when", "and").
    if doc.has(start, crate::attribution::words::FUNCTION_WORD)
        && !speakers::is_determiner(doc, start)
    {
        start += 1;
    }
    let phrase = speakers::phrase_after(doc, start, at)?;
    let verb = phrase.end;
    (verb < at
        && doc.tokens[verb].kind == TokenKind::Word
        && !doc.has(verb, crate::attribution::words::FUNCTION_WORD)
        && doc.word(verb).chars().all(char::is_lowercase))
    .then_some(phrase)
}

/// `clause-subject-past-interposed`: the subject of the clause of token `at`
/// ([`clause_subject`]), or, where that clause opens right after a comma
/// with its verb (`Lund, who chairs the board, issued a statement Tuesday
/// saying`, `Ola Berg, R-North, delivered a blunt message:`), the subject
/// before the phrases set off by commas (an apposition, a relative clause,
/// a party tag), as a cue's verb group would read it. (`verb-opens-clause`:
/// a clause opened by a function word is no verb's: `The old dog thumped
/// its tail on the floor, its ears raised, as if to say, "..."` has no subject
/// past the comma.)
pub(super) fn clause_subject_past_interposed(doc: &Doc, at: usize) -> Option<Range<usize>> {
    clause_subject(doc, at).or_else(|| {
        let start = clause_start(doc, at);
        let sentence_start = doc.sentences[doc.sentence_of(at)].start;
        (start < at
            && start > sentence_start
            && doc.word(start - 1) == ","
            && !doc.has(start, crate::attribution::words::FUNCTION_WORD))
        .then(|| speakers::apposed_subject(doc, start, sentence_start))
        .flatten()
    })
}

/// What the `message-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const MESSAGE_QUOTE: &[Example] = &[
    Marks(
        "The campaign sent a short message to the crews saying: \"Vote early and vote often.\"",
        "Vote early and vote often",
        "campaign",
    ),
    Not("Lund said: \"Vote early and vote often.\""),
    // `clause-subject-past-interposed`: past a relative clause set off by commas.
    Marks(
        "Lund, who said last week that the tender was rigged, issued a statement Friday saying, \"I never called the tender rigged.\"",
        "I never called the tender rigged",
        "Lund",
    ),
];

/// `The campaign sent a short message to the crews saying: "..."`,
/// `Lund posted a message reading "..."`: "saying" or "reading" after a
/// message noun, ending just before `end`, speaks for the clause's subject.
pub(super) fn message_participle(doc: &Doc, end: usize) -> Option<(Range<usize>, Range<usize>)> {
    let participle = end.checked_sub(1)?;
    if !(doc.is(participle, "saying") || doc.is(participle, "reading")) {
        return None;
    }
    let message = (participle.saturating_sub(MESSAGE_WINDOW)..participle)
        .rev()
        .take_while(|&k| doc.word(k) != "," && doc.tokens[k].kind != TokenKind::Quote)
        .find(|&k| doc.has(k, crate::attribution::words::MESSAGE))?;
    let phrase = clause_subject_past_interposed(doc, message)?;
    Some((phrase, participle..participle + 1))
}

/// What the `colon-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const COLON_QUOTE: &[Example] = &[
    Marks(
        "Lund made the following comment: \"The port will stay open.\"",
        "The port will stay open",
        "Lund",
    ),
    Not("Lund made the following changes: \"Section Four\" was cut."),
    // `addressed-noun`: the noun's addressee before the colon;
    Marks(
        "Ola Berg delivered a blunt message to Lund: \"It is time to stop.\"",
        "It is time to stop",
        "Ola Berg",
    ),
    // `clause-subject-past-interposed`: past a party tag set off by commas.
    Marks(
        "Senate Leader Ola Berg, R-North, delivered a blunt message to the crews: \"It is time to stop.\"",
        "It is time to stop",
        "Senate Leader Ola Berg",
    ),
    Not("Berg took the ferry to Lund: \"It is time to stop,\" the sign read."),
    // `owned-noun-colon`: the owner of the noun before "was" speaks.
    Marks(
        "Berg wrote to Lund about the storm. Lund's response was: \"Is the ferry from Bergen?\"",
        "Is the ferry from Bergen",
        "Lund",
    ),
    Not("Lund's ferry was: \"The Harbour Queen.\""),
    // `noun-comma-quote`: a comma in the colon's place after a verb's
    // object noun, before a whole quote ending the sentence.
    Marks(
        "Right after the storm, Lund put out a statement, \"This morning, our quay was flooded.\"",
        "This morning, our quay was flooded",
        "Lund",
    ),
    Not("Lund spoke proudly at a press conference, \"This morning, our quay was flooded.\""),
    // A reporting verb's word made a noun by its article and modifiers
    // (`verb-word-as-noun`).
    Marks(
        "Berg gave a dry retort: \"Nobody is selling the port.\"",
        "Nobody is selling the port",
        "Berg",
    ),
];

/// `Lund made the following comment: "..."`, `Berg is rolling out a new
/// message: "..."`: a reporting or message noun right before the colon at
/// `colon`; the clause's subject speaks, the noun is the cue.
pub(super) fn noun_before_colon(doc: &Doc, colon: usize) -> Option<(Range<usize>, Range<usize>)> {
    if let Some(owned) = owned_noun_before_be(doc, colon) {
        return Some(owned);
    }
    let noun = addressed_noun(doc, colon).unwrap_or(colon.checked_sub(1)?);
    if !is_saying_noun(doc, noun) {
        return None;
    }
    let phrase = clause_subject_past_interposed(doc, noun)?;
    Some((phrase, noun..noun + 1))
}

/// A lowercase reporting or message noun, or a reporting verb's word made a
/// noun (`a dry retort`).
fn is_saying_noun(doc: &Doc, noun: usize) -> bool {
    (cues::is_reporting_noun(doc, noun)
        || doc.has(noun, crate::attribution::words::MESSAGE)
        || cues::is_verb_word_as_noun(doc, noun))
        && !doc.is_capitalized(noun)
}

/// `owned-noun-colon`: `Lund's response was: "..."`: a saying noun owned by
/// a possessive noun phrase, then "was" or "is" and the colon; the owner
/// speaks, the noun is the cue. (Not a possessive pronoun: `Her answer
/// was:` names no one.)
fn owned_noun_before_be(doc: &Doc, colon: usize) -> Option<(Range<usize>, Range<usize>)> {
    let be = colon
        .checked_sub(1)
        .filter(|&k| doc.has(k, crate::attribution::words::BE))?;
    let noun = be.checked_sub(1).filter(|&k| is_saying_noun(doc, k))?;
    let sentence_start = doc.sentences[doc.sentence_of(noun)].start;
    let owner = speakers::possessor_before(doc, noun.checked_sub(1)?, sentence_start)?;
    Some((owner, noun..noun + 1))
}

/// The most words of the addressee after a noun before a colon (`a blunt
/// message to the party's leaders:`).
const ADDRESSEE_WINDOW: usize = 4;

/// `addressed-noun`: `Berg delivered a blunt message to Lund: "..."`: the
/// noun before "to" and its addressee (a few words, no comma or quote mark
/// among them) ending at the colon.
fn addressed_noun(doc: &Doc, colon: usize) -> Option<usize> {
    let floor = colon.saturating_sub(ADDRESSEE_WINDOW + 1);
    let to = (floor..colon)
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
        .find(|&k| doc.is(k, "to"))?;
    // (`then`, not `then_some`: "to" opening the text has no noun before it.)
    (to + 1 < colon && to > 0).then(|| to - 1)
}

/// What the `as-put-it-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const AS_PUT_IT_QUOTE: &[Example] = &[
    Marks(
        "As Kolb put it, \"The port is a mess.\"",
        "The port is a mess",
        "Kolb",
    ),
    Marks(
        "As Ola Lund, the chief whip, put it: \"The port is a mess.\"",
        "The port is a mess",
        "Ola Lund",
    ),
    Not("As the tide went out, \"The port is a mess,\" Kolb said."),
    // A long apposition, an adverb before "put", a quote closing the apposition.
    Marks(
        "As Ola Lund, a port economist and visiting scholar at the Harbour Policy Institute, recently put it, ''Did Berg pay the dock fees?''",
        "Did Berg pay the dock fees",
        "Ola Lund",
    ),
    Marks(
        "As Eva Dahl, author of ''The Harbour Code,'' put it, ''The council should remember the deal.''",
        "The council should remember the deal",
        "Eva Dahl",
    ),
];

/// How far before the comma closing the apposition "as" may be (`As Ola
/// Lund, a port economist and visiting scholar at the Harbour Policy Institute, put it`).
const APPOSED_PUT_IT_WINDOW: usize = 32;

/// `As Ola Lund, the chief whip, put it: "..."`: "as", a speaker, an
/// apposition set off by commas and "put it" ending just before `end`.
pub(super) fn as_apposed_put_it(doc: &Doc, end: usize) -> Option<(Range<usize>, Range<usize>)> {
    if end < 4
        || crate::attribution::cue_patterns::PUT_IT
            .left(doc, end, 0)
            .is_none()
    {
        return None;
    }
    // Past an adverb before "put" (`recently put it`); the comma closing the
    // apposition may sit inside the closing mark of a quote ending it
    // (`author of "The Code," put it`).
    let mut put = end - 2;
    if cues::is_adverb(doc, put - 1) {
        put -= 1;
    }
    let comma = if doc.word(put - 1) == "," {
        put - 1
    } else {
        doc.comma_in_mark_before(put)?
    };
    let sentence_start = doc.sentences[doc.sentence_of(comma)].start;
    let floor = sentence_start.max(comma.saturating_sub(APPOSED_PUT_IT_WINDOW));
    let as_word = (floor..comma).rev().find(|&k| doc.is(k, "as"))?;
    let phrase = speakers::phrase_after(doc, as_word + 1, comma)?;
    (doc.word(phrase.end) == ",").then_some((phrase, end - 2..end))
}

#[cfg(test)]
mod tests {
    use crate::attribution::direct::tests::{direct, t};

    #[test]
    fn an_infinitive_after_as_if_past_a_comma_has_no_subject_set_off() {
        // `verb-opens-clause`: "as if" opens the clause after the comma, no
        // verb: the words before are a clause of their own, not a subject.
        assert!(direct(
            "The old dog thumped its tail on the floor, its ears raised, as if to say, \"Not now.\""
        )
        .is_empty());
        // A verb opening the clause past the comma: the subject before.
        assert_eq!(
            direct("Berg, who chairs the board, rose to say: \"We are done.\""),
            [t("We are done", "Berg", Some("say"))]
        );
    }

    #[test]
    fn addressed_noun_at_the_texts_start_reads_nothing_before_it() {
        // `addressed-noun`: "to" opening the text has no noun before it.
        for text in ["to say: \"We stay.\"", "to Lund: \"We stay.\""] {
            let _ = direct(text);
        }
    }

    #[test]
    fn as_someone_put_it_before_a_quote() {
        assert_eq!(
            direct("As Lund put it: \"The bill will not pass this year.\""),
            [t(
                "The bill will not pass this year",
                "Lund",
                Some("put it")
            )]
        );
    }

    #[test]
    fn a_noun_before_a_colon_introduces_the_subjects_quote() {
        assert_eq!(
            direct("Lund made the following comment: \"The port will not close this year.\""),
            [t(
                "The port will not close this year",
                "Lund",
                Some("comment")
            )]
        );
        assert_eq!(
            direct("On May 3, Berg made the following comment:\n\n\"We will not rest until the ferry runs.\""),
            [t("We will not rest until the ferry runs", "Berg", Some("comment"))]
        );
        assert_eq!(
            direct("Worried about turnout, Mayor Berg is rolling out a new message: \"It is about the town.\""),
            [t("It is about the town", "Mayor Berg", Some("message"))]
        );
        assert!(direct("Her message: \"It is about the town and the port.\"").is_empty());
    }

    #[test]
    fn a_message_saying_or_reading_speaks_for_the_subject() {
        assert_eq!(
            direct("Before Berg spoke, her campaign sent a short message to the crews saying: \"We won the harbour towns tonight.\""),
            [t("We won the harbour towns tonight", "campaign", Some("saying"))]
        );
        assert_eq!(
            direct(
                "Lund left a message on the club forum reading \"Thanks, Norland, for the boats.\""
            ),
            [t("Thanks, Norland, for the boats", "Lund", Some("reading"))]
        );
        assert_eq!(
            direct("The letter goes on to say: \"We will not stop until the port is open.\""),
            [t(
                "We will not stop until the port is open",
                "letter",
                Some("say")
            )]
        );
    }

    #[test]
    fn as_someone_with_an_apposition_put_it() {
        assert_eq!(
            direct(
                "As Ola Lund, the chief whip of the party, put it: \"This bill will not pass.\""
            ),
            [t("This bill will not pass", "Ola Lund", Some("put it"))]
        );
    }
}
