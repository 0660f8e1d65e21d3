//! `with-participle`: "..., with the opposition warning that ...": the noun
//! phrase after "with" is the agent of the reporting participle after it;
//! so is a name after "of" or "about" (`of-participle`: "reminds me of
//! Lund saying that ...").
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
            if complements_an_object(doc, s, w, k) {
                return None;
            }
            let mut start = k;
            while start < group && speakers::is_determiner(doc, start) {
                start += 1;
            }
            return (start < group).then_some(start..group);
        }
        let plain = matches!(doc.tokens[w].kind, TokenKind::Word | TokenKind::Number)
            || doc.word(w) == "%"
            || doc.is_clitic_s(w);
        if !plain
            || doc.has(w, words::FINITE)
            || cues::is_reporting_verb(doc, w)
            || speakers::is_relative(doc, w)
            || doc.is(w, "that")
            // "differences with Berg while saying": the participle's own
            // preposition or subordinator, right before it, introduces it
            // ("with the mayor of a town from Bodo saying" keeps its agent).
            || (w + 1 == group
                && (doc.has_lowercase(w, words::PARTICIPLE_PREPOSITION)
                    || doc.has_lowercase(w, words::SUBORDINATOR)))
        {
            break;
        }
        k -= 1;
    }
    of_participle_agent(doc, floor, group)
}

/// `with-object-complement`: "The party ran ads with both papers reminding
/// voters that ...", "The union filed a suit with the court alleging that
/// ...": a "with" right after a plain noun (no comma, no verb form, no
/// adverb) that follows the main verb of the sentence's subject opens that
/// object's complement; the noun phrase after it is no agent, and the
/// participle continues the subject (`participle`). Not ", with officials
/// warning that" (a comma), "ended with officials warning" (a verb), "went
/// ahead with officials warning" (an adverb), "Lund agrees with critics
/// saying" (no verb before the noun: the word is the verb), "a poll with 40
/// percent saying" (a share of people speaks). `with` is the "with",
/// `agent` the first token after it.
fn complements_an_object(doc: &Doc, s: &Range<usize>, with: usize, agent: usize) -> bool {
    let Some(noun) = with.checked_sub(1).filter(|&n| n > s.start) else {
        return false;
    };
    let share = doc.tokens[agent].kind == TokenKind::Number || doc.has(agent, words::COUNT_WORD);
    !share
        && speakers::is_plain_word(doc, noun)
        && !speakers::reads_as_verb(doc, noun)
        && !doc.word(noun).ends_with("ing")
        && !cues::is_adverb(doc, noun)
        && !doc.has(noun, words::ADVERB_PARTICLE)
        && speakers::verb_between(doc, s.start, noun)
}

/// How many name words the agent of "of <name> <participle>" may hold.
const OF_AGENT_WINDOW: usize = 4;

/// `of-participle`: "The song reminds me of Lund saying that ...", "spoke
/// about him saying ...": a name, or an object pronoun, right between "of"
/// or "about" and the participle at `group` is the gerund's own subject,
/// so its speaker (the sentence's subject never is: "the song" says
/// nothing). Not after a capitalized word or a title ("the Bank of Norway
/// saying", "the mayor of Bergen saying": the name belongs to the noun
/// before it).
fn of_participle_agent(doc: &Doc, floor: usize, group: usize) -> Option<Range<usize>> {
    let start = if group > floor && doc.has(group - 1, words::OBJECT_PRONOUN) {
        group - 1
    } else {
        (floor.max(group.saturating_sub(OF_AGENT_WINDOW))..group)
            .rev()
            .take_while(|&k| speakers::is_name_word(doc, k))
            .last()?
    };
    let of = start.checked_sub(1)?;
    (of > floor
        && doc.has(of, words::AGENT_PREPOSITION)
        && doc.tokens[of - 1].kind == TokenKind::Word
        && !doc.is_capitalized(of - 1)
        && !speakers::is_title(doc, of - 1))
    .then_some(start..group)
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
    // `of-participle`: a name or pronoun after "of" or "about".
    Marks(
        "The song reminds me of Lund saying that the war was over.",
        "the war was over",
        "Lund",
    ),
    Marks(
        "Berg spoke about him claiming the port was sold.",
        "the port was sold",
        "him",
    ),
    Not("The vote went ahead with the ferry sailing at noon."),
    Not("A clip of the Bank of Norway saying the port was sold ran."),
    Not("The mayor of Bergen saying the port was sold was wrong."),
    Not("The council met with the envoy, saying nothing."),
    // `with-object-complement`: "with" after the main verb's object opens
    // its complement; the subject speaks (`participle`).
    Not("The party has run ads with both papers reminding voters that the toll will rise."),
    // ... nor after a preposition or subordinator of its own.
    Not("Lund stressed his differences with Berg while saying that the port would stay open."),
    Marks(
        "The meeting ended with officials warning that the quay was unsafe.",
        "the quay was unsafe",
        "officials",
    ),
    Marks(
        "The vote went ahead with officials warning that it was rigged.",
        "it was rigged",
        "officials",
    ),
    Marks(
        "Lund took aim at Berg, with the mayor of a town from Bodo saying she had lied.",
        "she had lied",
        "mayor of a town from Bodo",
    ),
    Marks(
        "The union ran a poll with 40 percent saying the toll was too high.",
        "the toll was too high",
        "40 percent",
    ),
];
