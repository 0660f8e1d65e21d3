//! A reporting verb in the passive with its agent after "by": `Asked by a
//! reporter whether the port would close, Lund said ...` (the reporter asks
//! the question), `As reported by the Courier, <claim>`.
use super::*;

/// What the `passive-agent` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const PASSIVE_AGENT: &[Example] = &[
    Marks(
        "Asked by a reporter whether the port would close, Lund said no.",
        "whether the port would close",
        "reporter",
    ),
    Marks(
        "Berg was asked by host Ann Vik on Sunday if the ferry plan was dead.",
        "if the ferry plan was dead",
        "host Ann Vik",
    ),
    Marks(
        "Asked by Vik if the plan, which failed twice, was dead, Berg shrugged.",
        "if the plan, which failed twice, was dead",
        "Vik",
    ),
    Marks(
        "Vik was asked by moderator Ann Berg whether his plan would work.",
        "whether his plan would work",
        "Ann Berg",
    ),
    Marks(
        "As reported by the Harbour Courier, the mayor resigned on Monday.",
        "the mayor resigned on Monday",
        "Harbour Courier",
    ),
    Marks(
        "The mayor resigned on Monday, as first reported by the Harbour Courier.",
        "The mayor resigned on Monday",
        "Harbour Courier",
    ),
    // "as reported by" opens its clause where "as X said" does (as_opens_clause).
    Marks(
        "The fees rose, and as first reported by the Harbour Courier, the clerks were fined.",
        "the clerks were fined",
        "Harbour Courier",
    ),
    Marks(
        "If, as reported by the Courier, the port closes, the fares will rise.",
        "the port closes, the fares will rise",
        "Courier",
    ),
    // A question about a topic is no clause; an agentless passive no speaker.
    Not("When asked by Vik about the ferry fees, Berg said nothing."),
    Not("Berg was asked whether the plan was dead."),
    Not("The fees were reported by the port office in May."),
    Not("Berg was not asked by anyone if the plan was dead."),
    Not("Berg cannot be asked by anyone if the plan was dead."),
];

/// How many tokens an agent and its adjuncts may run ("Harbour Radio
/// moderator Ann Berg on Sunday").
const AGENT_WINDOW: usize = 10;

/// `asked by X if/whether <claim>` and `as reported by X, <claim>` (or
/// `<claim>, as reported by X`) with the verb at `i`.
pub(super) fn passive_agent(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !(i + 2 < s.end && doc.is(i + 1, "by")) || is_negated(doc, s, i) {
        return None;
    }
    let asked = doc.is(i, "asked");
    if !(asked || doc.is(i, "reported")) {
        return None;
    }
    let claim = if asked {
        // The question: "if", "whether", "how" or "why" after the agent and
        // its adjuncts, words only between.
        let q = (i + 3..(i + 3 + AGENT_WINDOW).min(s.end))
            .take_while(|&k| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number))
            .find(|&k| doc.has(k, words::INDIRECT_QUESTION))?;
        let reaches = |p: &Range<usize>| {
            !speakers::is_pronoun(doc, p.start) && skip_adjuncts(doc, p.end, q) == q
        };
        let agent = speakers::phrase_after(doc, i + 2, q)
            .filter(|p| p.start <= i + 3 && reaches(p))
            .or_else(|| speakers::phrase_before(doc, q, i + 2).filter(reaches))?;
        // "Asked by Vik if ..., Berg said": the question ends before the main clause.
        let end = if opens_sentence(doc, s, i) || (i > s.start && doc.is(i - 1, "when")) {
            main_clause_comma(doc, q + 1, s.end).unwrap_or(s.end)
        } else {
            s.end
        };
        (agent, trim_claim(doc, q..clause_end(doc, q + 1, end)))
    } else {
        let agent = speakers::phrase_after(doc, i + 2, s.end)
            .filter(|p| p.start <= i + 3 && !speakers::is_pronoun(doc, p.start))?;
        let after = skip_adjuncts(doc, agent.end, s.end);
        if after >= s.end || after > agent.end + AGENT_WINDOW {
            return None;
        }
        // "As (first) reported by X": "as" before the verb, past one adverb.
        let as_at = if i > s.start && doc.is(i - 1, "as") {
            i - 1
        } else if i >= s.start + 2
            && doc.is(i - 2, "as")
            && (cues::is_adverb(doc, i - 1) || doc.is(i - 1, "first"))
        {
            i - 2
        } else {
            return None;
        };
        let claim = if as_opens_clause(doc, s, as_at) && doc.word(after) == "," {
            trim_claim(doc, after + 1..s.end)
        } else if let Some(end) =
            claim_end_before(doc, s, as_at).filter(|_| trim_claim(doc, after..s.end).is_empty())
        {
            trim_claim(doc, skip_dateline(doc, s.start..end))
        } else {
            return None;
        };
        (agent, claim)
    };
    let (agent, claim) = claim;
    phrase_claim(doc, claim, i..i + 1, agent, Rule::PassiveAgent)
}

/// How far before the verb a negation may stand ("was not even asked").
const NEGATION_WINDOW: usize = 3;

/// "was not asked by", "never asked by": the passive is negated. (The
/// agentless-passive test of `cues::is_cancelled` does not apply: the
/// agent is named.)
fn is_negated(doc: &Doc, s: &Range<usize>, i: usize) -> bool {
    (s.start.max(i.saturating_sub(NEGATION_WINDOW))..i).any(|k| cues::is_negation(doc, k))
}

/// The comma before the main clause of a sentence opened by a question
/// phrase, from `from`: the first one followed by a speaker phrase and a
/// lowercase word (its verb): `Asked by Vik if the plan, which failed, was
/// dead, Berg said`.
fn main_clause_comma(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    (from..end).find(|&k| {
        doc.word(k) == ","
            && speakers::phrase_after(doc, k + 1, end).is_some_and(|p| {
                p.start <= k + 2
                    && p.end < end
                    && doc.tokens[p.end].kind == TokenKind::Word
                    && doc.word(p.end).chars().all(char::is_lowercase)
            })
    })
}
