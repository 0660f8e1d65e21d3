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
    // `noun-cue-adjunct`: a time phrase or a short phrase opened by a
    // preposition between the noun and its "that".
    Marks(
        "Lund's statement earlier this month that fishermen should pay was dropped.",
        "fishermen should pay",
        "Lund",
    ),
    Marks(
        "Ola Vik's assertion Monday that the dam was unsafe drew scorn.",
        "the dam was unsafe",
        "Ola Vik",
    ),
    // `plural-possessive-owner`: a plural owner written with the apostrophe alone.
    Marks(
        "The board backed the judges' statement that the verdict must stand.",
        "the verdict must stand",
        "judges",
    ),
    // A "that" with a verb right after it opens a relative clause.
    Not("Lund's statement on Monday that was read out angered families."),
    // `noun-cue-copular`: "is"/"was" between the noun and "that": the
    // noun phrase is the subject, the clause after "that" the claim.
    Marks(
        "Lund's argument on Friday was that the toll should go.",
        "the toll should go",
        "Lund",
    ),
];

/// `Peskov's statement that <claim>`: a reporting noun with a possessor.
pub(super) fn noun_cue(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::is_reporting_noun(doc, i) || i < s.start + 2 {
        return None;
    }
    // `plural-possessive-owner`: "the judges' statement that".
    if !doc.is_clitic_s(i - 1) && !speakers::is_plural_possessive(doc, i - 1) {
        return None;
    }
    let speaker = speakers::phrase_before(doc, i - 1, s.start)
        .or_else(|| speakers::possessor_before(doc, i - 1, s.start))?;
    claim_after_noun(doc, s, i, speaker.start, speaker, Rule::NounCue)
}

/// How many tokens may stand between a noun cue and its "that" ("his claim
/// in a recent radio interview that").
const NOUN_ADJUNCT_WINDOW: usize = 8;

/// The "that" opening the clause of the noun cue at `i`, and whether an
/// "is"/"was" came before it: right after the noun; `noun-cue-adjunct`: past
/// time words or a short phrase opened by a preposition, when no verb
/// follows the "that" (a relative: "his statement on Monday that was read
/// out"); `noun-cue-copular`: "Lund's argument (on Friday) was that".
fn that_after_noun(doc: &Doc, s: &Range<usize>, i: usize) -> Option<(usize, bool)> {
    let j = i + 1;
    if doc.is(j, "that") {
        return Some((j, false));
    }
    let mut k = skip_adjuncts(doc, j, s.end);
    if k == j && doc.has(j, words::ADJUNCT_PREPOSITION) {
        k = (j + 2..(j + NOUN_ADJUNCT_WINDOW).min(s.end))
            .take_while(|&t| {
                doc.tokens[t].kind == TokenKind::Word
                    && !doc.has(t, words::FINITE)
                    && !cues::is_reporting_verb(doc, t)
            })
            .find(|&t| doc.is(t, "that"))?;
    }
    if k > j && doc.is(k, "that") {
        return (!verb_after_that(doc, k)).then_some((k, false));
    }
    ((doc.is(k, "is") || doc.is(k, "was")) && doc.is(k + 1, "that")).then_some((k + 1, true))
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
    let (that, copular) = that_after_noun(doc, s, i)?;
    let opens = near_sentence_start(doc, s, owner);
    // After "is"/"was" the noun phrase was the subject: the clause is the rest.
    if copular && !opens {
        return None;
    }
    let mut end = clause_end(doc, that + 1, s.end);
    if opens && !copular {
        end = subject_clause_end(doc, that + 1, end);
        // "Despite his claim that the dock, as ever, was safe, it sank": after
        // an opening preposition the phrase is an adjunct ending at its comma.
        if !opens_sentence(doc, s, owner) {
            end = (that + 1..end).find(|&k| doc.word(k) == ",").unwrap_or(end);
        }
    }
    let claim = trim_claim(doc, that + 1..end);
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
    // `evaluative-noun`: "accusation", "suggestion" and "insistence"
    // characterise what was said; they open no claim.
    Not("Amid Lund's accusations that the vote was rigged, the count went on."),
    Not("Berg's suggestion that the harbour close early drew jeers."),
    // A modifier (a hyphenated compound is one) between the owner and the noun.
    Marks(
        "Officials mocked his fact-free assertion that the dam was safe.",
        "the dam was safe",
        "his",
    ),
    Marks(
        "Vik's continued denial that he was a reporter angered the court.",
        "he was a reporter",
        "Vik",
    ),
    Marks(
        "The council rejected her claim during the debate that the port was closed.",
        "the port was closed",
        "her",
    ),
    Marks(
        "But her chief claim is that the board knew.",
        "the board knew",
        "her",
    ),
    // The noun belongs to a phrase with a verb after the owner.
    Not("Her book makes claims that the port was closed."),
    // `restated-owner`: after a verb of saying again ("repeated",
    // "reiterated") its subject speaks; after another verb ("mocked his
    // fact-free assertion", above) the owner does.
    Marks(
        "Mayor Berg again repeated her claim that the Hamar bridge was unsafe.",
        "the Hamar bridge was unsafe",
        "Mayor Berg",
    ),
];

/// `his claim that <claim>`, `the police's earlier claim that <claim>`: a
/// reporting noun owned by a possessive pronoun, or by a possessive before
/// one plain word (`noun_cue` takes the plain "Lund's statement that").
/// When the owner opens the sentence the noun phrase is its subject, and
/// the claim ends before the main verb ("His claim that the ferry was safe
/// angered families").
pub(super) fn owned_noun_cue(doc: &Doc, s: &Range<usize>, i: usize) -> Option<Attribution> {
    if !cues::is_reporting_noun(doc, i) || i <= s.start {
        return None;
    }
    let k = past_owned_modifiers(doc, s, i);
    // (A noun right after "'s" is `noun-cue`'s.)
    if !speakers::is_possessive_pronoun(doc, k) && k + 1 == i {
        return None;
    }
    let speaker = noun_owner(doc, s, k)?;
    let owner = speakers::past_determiner(doc, speaker.start, s.start);
    let speaker = restating_subject(doc, s, owner).unwrap_or(speaker);
    claim_after_noun(doc, s, i, owner, speaker, Rule::OwnedNounCue)
}

/// The token before the noun at `i` and its modifiers (at most
/// `OWNED_NOUN_MODIFIERS`): where its owner ends ("Vik's continued denial",
/// "his fact-free assertion").
fn past_owned_modifiers(doc: &Doc, s: &Range<usize>, i: usize) -> usize {
    let mut k = i - 1;
    let mut modifiers = 0;
    while k > s.start {
        let w = doc.word(k);
        // "fact-free": the parts of a hyphenated compound are one modifier.
        if w == "-" && !doc.tokens[k].space_before {
            k -= 1;
            continue;
        }
        let modifier = doc.tokens[k].kind == TokenKind::Word
            && w.chars().all(char::is_lowercase)
            && !speakers::is_determiner(doc, k)
            && !doc.has(k, words::FINITE)
            // "her book makes claims": a plural or a verb in -s is no modifier.
            && (!w.ends_with('s') || w.ends_with("ous"))
            // "Vik's continued denial": a cue's participle right after the owner.
            && (!cues::is_reporting_verb(doc, k) || doc.is_clitic_s(k - 1));
        if !modifier || modifiers == OWNED_NOUN_MODIFIERS {
            break;
        }
        modifiers += usize::from(doc.tokens[k].space_before);
        k -= 1;
    }
    k
}

/// The owner ending at `k`: a possessive pronoun ("his"), or the phrase
/// before "'s" ("Lund's").
fn noun_owner(doc: &Doc, s: &Range<usize>, k: usize) -> Option<Range<usize>> {
    if speakers::is_possessive_pronoun(doc, k) {
        Some(k..k + 1)
    } else if doc.is_clitic_s(k) {
        speakers::phrase_before(doc, k, s.start)
    } else {
        None
    }
}

/// `owned-quoting-noun`: the owner of the noun at `i`, with one modifier
/// at most between (`Lund's pledge to be "neutral"`, `his bold call for a
/// "total ban"`): a quoting verb's word after a possessive is a noun, and
/// the quoted words it introduces are the owner's.
/// The owner before "'s" is the run of name words right before it
/// (`the concerns go beyond Lund's pledge`: "Lund"), or a determiner's
/// plain noun phrase (`the union's call for`: "union").
pub(in crate::attribution) fn owner_of_noun(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
) -> Option<Range<usize>> {
    if i <= s.start {
        return None;
    }
    let k = past_owned_modifiers(doc, s, i);
    if speakers::is_possessive_pronoun(doc, k) {
        return Some(k..k + 1);
    }
    if !doc.is_clitic_s(k) {
        return None;
    }
    let mut start = k;
    while start > s.start && k - start < OWNER_NAME_WORDS && speakers::is_name_word(doc, start - 1)
    {
        start -= 1;
    }
    if start < k {
        Some(start..k)
    } else {
        speakers::possessor_before(doc, k, s.start)
    }
}

/// How many name words an owner before "'s" may have ("Ola Lund's").
const OWNER_NAME_WORDS: usize = 3;

/// `restated-owner`: "Lund repeated her claim that ...": the noun phrase
/// at `owner` is the object of a verb of saying again, whose subject owns
/// what it restates and is the speaker the text names (the possessive
/// pronoun only refers back to it).
fn restating_subject(doc: &Doc, s: &Range<usize>, owner: usize) -> Option<Range<usize>> {
    let verb = owner.checked_sub(1).filter(|&v| v > s.start)?;
    if !doc.has(verb, words::RESTATING) || !speakers::is_possessive_pronoun(doc, owner) {
        return None;
    }
    let group = cues::verb_group_start(doc, verb, s.start);
    speakers::phrase_before(doc, group, s.start).filter(|p| p.end == group)
}

/// How many modifiers may stand between a noun cue's owner and the noun
/// ("his fact-free assertion"; two let in "his financial disclosure
/// statements").
const OWNED_NOUN_MODIFIERS: usize = 1;

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
            // "Lund's assertion that more boats are needed drew rebukes".
            || doc.has(k, words::IRREGULAR_PAST)
            || (doc.tokens[k].kind == TokenKind::Word
                && looks_like_past(w)
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
            reported(
                "It demanded a retraction of the maps, making it clear that the islands are ours."
            ),
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
    fn an_answer_or_a_response_was_that() {
        assert_eq!(
            reported("The mayor's answer was that the ferry costs too much."),
            [t("the ferry costs too much", "mayor", "answer")]
        );
        assert_eq!(
            reported("Vik's response was that the audit had been fair."),
            [t("the audit had been fair", "Vik", "response")]
        );
        // Not the subject of "was": no claim.
        assert!(reported("Few liked the answer was that.").is_empty());
    }

    #[test]
    fn after_an_opening_preposition_the_claim_ends_at_the_comma() {
        assert_eq!(
            reported("Despite Vik's continued denial that he was at the dock as a reporter, a judge kept him."),
            [t("he was at the dock as a reporter", "Vik", "denial")]
        );
    }

    #[test]
    fn a_verb_of_saying_again_gives_its_subject() {
        // `restated-owner`: the subject of "repeated" speaks, a pronoun too.
        assert_eq!(
            reported("Then he repeated his claim that the ferry company had lied."),
            [t("the ferry company had lied", "he", "claim")]
        );
        assert_eq!(
            reported("The Tromso harbour board repeated its claim that Lund owed the town money."),
            [t(
                "Lund owed the town money",
                "Tromso harbour board",
                "claim"
            )]
        );
        // Any other verb leaves the owner the speaker.
        assert_eq!(
            reported("Critics mocked his claim that the quay was public."),
            [t("the quay was public", "his", "claim")]
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
