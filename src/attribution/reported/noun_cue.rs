//! A reporting noun and its owner: `Peskov's statement that <claim>`, `his claim that <claim>`.
use super::*;

/// What the `noun-cue` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const NOUN_CUE: &[Example] = &[
    Marks(
        "Lund's statement that the ferry was safe angered families.",
        "the ferry was safe",
        "Lund",
    ),
    Not("The statement that the ferry was safe angered families."),
];

/// `Peskov's statement that <claim>`: a reporting noun with a possessor.
pub(super) fn noun_cue(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::is_reporting_noun(doc, i) || !doc.is(i + 1, "that") || i < s.start + 2 {
        return None;
    }
    if !matches!(doc.word(i - 1), "'s" | "’s") {
        return None;
    }
    let speaker = speakers::phrase_before(doc, i - 1, s.start)
        .or_else(|| speakers::possessor_before(doc, i - 1, s.start))?;
    claim_after_noun(doc, s, i, speaker.start, speaker, Rule::NounCue)
}

/// The claim after the noun cue at `i` and its "that": to the clause's end, or,
/// when the owner (from `owner`) opens the sentence, to the end of the clause the
/// noun phrase is the subject of ("Kolb's statement that the ferry was safe
/// angered families").
fn claim_after_noun(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    owner: usize,
    speaker: Range<usize>,
    rule: Rule,
) -> Option<Attribution> {
    let mut end = clause_end(doc, i + 2, s.end);
    if near_sentence_start(doc, s, owner) {
        end = subject_clause_end(doc, i + 2, end);
    }
    let claim = trim_claim(doc, i + 2..end);
    (claim.len() >= 2).then(|| Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(i..i + 1),
        source: Source::Phrase(speaker),
        rule,
    })
}

/// What the `owned-noun-cue` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const OWNED_NOUN_CUE: &[Example] = &[
    Marks(
        "His claim that the ferry was safe angered families.",
        "the ferry was safe",
        "His",
    ),
    Not("The claim that the ferry was safe angered families."),
];

/// `his claim that <claim>`, `the police's earlier claim that <claim>`: a
/// reporting noun owned by a possessive pronoun, or by a possessive before
/// one plain word (`noun_cue` takes the plain "Lund's statement that").
/// When the owner opens the sentence the noun phrase is its subject, and
/// the claim ends before the main verb ("His claim that the ferry was safe
/// angered families").
pub(super) fn owned_noun_cue(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::is_reporting_noun(doc, i) || !doc.is(i + 1, "that") || i <= s.start {
        return None;
    }
    let mut k = i - 1;
    while k > s.start
        && i - k <= 1
        && doc.tokens[k].kind == TokenKind::Word
        && doc.word(k).chars().all(char::is_lowercase)
        && !speakers::is_determiner(doc, k)
        && !cues::is_reporting_verb(doc, k)
    {
        k -= 1;
    }
    let speaker = if speakers::is_possessive_pronoun(doc, k) {
        k..k + 1
    } else if k + 1 < i && matches!(doc.word(k), "'s" | "’s") {
        speakers::phrase_before(doc, k, s.start)?
    } else {
        return None;
    };
    let owner = speakers::past_determiner(doc, speaker.start, s.start);
    claim_after_noun(doc, s, i, owner, speaker, Rule::OwnedNounCue)
}

/// The owner of a noun cue opens the sentence, or follows a short opening
/// preposition ("Contrary to his claim that ..., <main clause>").
pub(super) fn near_sentence_start(doc: &Doc, s: &Range<usize>, owner: usize) -> bool {
    opens_sentence(doc, s, owner)
        || (owner > s.start
            && owner - s.start <= 3
            && (s.start..owner).all(|k| doc.tokens[k].kind == TokenKind::Word))
}

/// Where a "that" clause inside a sentence's subject ends: at a comma, or
/// before the main verb, a second finite verb after the clause's own with
/// no conjunction or relative word between them; `end` when unsure.
pub(super) fn subject_clause_end(doc: &Doc, start: usize, end: usize) -> usize {
    // The clause in a subject is short; past a window, unsure: `end`.
    if end - start > 40 {
        return end;
    }
    let is_verb = |k: usize| {
        let w = doc.word(k);
        doc.has(k, words::FINITE)
            || (doc.tokens[k].kind == TokenKind::Word
                && w.len() > 3
                && w.ends_with("ed")
                && w.chars().all(char::is_lowercase))
    };
    let Some(first) = (start..end).find(|&k| is_verb(k) || doc.word(k) == ",") else {
        return end;
    };
    if doc.word(first) == "," {
        return first;
    }
    let mut k = first;
    while k < end && (is_verb(k) || doc.has(k, words::VERB_GROUP_PART)) {
        k += 1;
    }
    for j in k..end {
        if doc.word(j) == "," {
            return j;
        }
        if doc.has(j, words::SUBJECT_CLAUSE_BREAK) {
            return end;
        }
        if is_verb(j) {
            return j;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn nouns_spelled_like_cues() {
        assert!(reported("The panel's report has done damage to the plan.").is_empty());
        assert!(reported("Officials met on Monday, explaining the delay.").is_empty());
    }

    #[test]
    fn a_reporting_noun_is_not_a_cue_of_its_modifier() {
        assert_eq!(
            reported("It demanded a withdrawal of such claims, making it clear that the islands are ours."),
            [t("the islands are ours", "It", "making it clear")]
        );
    }

    #[test]
    fn a_possessive_with_a_common_noun_after_the_claim() {
        assert_eq!(
            reported("The ferry is late again, the mayor's spokesman says."),
            [t("The ferry is late again", "mayor's spokesman", "says")]
        );
    }

    #[test]
    fn reporting_nouns_owned_by_a_pronoun_or_a_possessive() {
        assert_eq!(
            reported("The mayor rejected her claim that the port was closed."),
            [t("the port was closed", "her", "claim")]
        );
        assert_eq!(
            reported("It contradicted the police's earlier claim that the driver had fled."),
            [t("the driver had fled", "police", "claim")]
        );
    }

    #[test]
    fn a_noun_cue_in_the_subject_ends_before_the_main_verb() {
        assert_eq!(
            reported("His claim that the ferry was safe was false."),
            [t("the ferry was safe", "His", "claim")]
        );
        assert_eq!(
            reported("Lund's claim that the ferry was safe angered families."),
            [t("the ferry was safe", "Lund", "claim")]
        );
        assert_eq!(
            reported("Contrary to his claim that the ferry was safe, it sank."),
            [t("the ferry was safe", "his", "claim")]
        );
        // A conjunction: unsure where the subject ends, the clause runs on.
        assert_eq!(
            reported("Her claim that the port was shut and the crew had left was denied."),
            [t(
                "the port was shut and the crew had left was denied",
                "Her",
                "claim"
            )]
        );
    }

    #[test]
    fn a_possessive_noun_phrase_owns_a_noun_cue() {
        assert_eq!(
            reported("Officials rejected the Lund family's claim that the ferry was unsafe."),
            [t("the ferry was unsafe", "Lund family", "claim")]
        );
    }
}
