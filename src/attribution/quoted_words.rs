//! Quoted words of the subject: "Kolb called the plan a 'disaster'", "the
//! ministry described the raid as a 'shock'". Whatever the verb, the words in
//! quote marks are a direct claim of the subject (spec: "Decisions").
#[cfg(test)]
use super::rule::Example::{self, Marks, Not};
use super::{cues, speakers, trim_claim, Attribution, Found, Rule, Source};
use crate::model::ClaimMode;
use crate::text::{Doc, Quote, TokenKind};
use std::ops::Range;

/// How far before the opening mark the verb may be ("called the plan by far
/// the worst 'deal'", `quoted-words-long-object`: "called the decision by the
/// port board to shut the old north pier a 'disgrace'").
const VERB_WINDOW: usize = 14;

/// Puts the quoting verbs in the class table.
fn is_quoting_verb(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc.has(i, super::words::QUOTING_VERB)
        && (!doc.is_capitalized(i) || is_headline_verb(doc, i))
}

/// `headline-quoted-words`: `Lund Calls Harbour Fees 'Robbery'`: in a
/// title-case headline every word is capitalised, so a capitalised naming
/// verb (`naming` in `data/quoting_verbs.txt`: call, describe, term, dub,
/// label, brand) past the line's first word is still a verb. Not the first
/// word (`Called To Serve: ...`), not a word in a sentence of plain case
/// (`the Brand Of Lund`), and not the other quoting verbs, whose headline
/// quote is mostly a name or a slogan (`Lund Slams 'Friends Of The Port'`).
fn is_headline_verb(doc: &Doc, i: usize) -> bool {
    i > doc.sentences[doc.sentence_of(i)].start
        && doc.has(i, super::words::NAMING_VERB)
        && in_headline(doc, i)
}

/// What the `quoted-words` rule marks, and what it must not.
#[cfg(test)]
pub(super) const QUOTED_WORDS: &[Example] = &[
    Marks(
        "Lund called the plan a \"disaster\" on Friday.",
        "disaster",
        "Lund",
    ),
    // A plain noun phrase opening the sentence, whatever its noun.
    Marks(
        "The harbour master called the levy a \"cheap stunt\".",
        "cheap stunt",
        "harbour master",
    ),
    Not("The plan was a \"disaster\" for the port."),
    // `quoted-words-long-object`: a long object between the verb and the quote.
    Marks(
        "Lund called the decision by the port board to shut the old north pier a \"disgrace\".",
        "disgrace",
        "Lund",
    ),
    // An apposition between the verb and the quote.
    Marks(
        "Lund called Berg, his rival for the seat, a \"fraud.\"",
        "fraud",
        "Lund",
    ),
    // `quoted-words-clause-subject`: past a relative clause to the subject;
    // a plural subject with no determiner.
    Marks(
        "A former official who ran the port described the row as \"a lesser matter.\"",
        "a lesser matter",
        "former official",
    ),
    Marks(
        "Ferry agents describe the trade as \"a whole other kettle of fish.\"",
        "a whole other kettle of fish",
        "Ferry agents",
    ),
    // A name given to the noun before the verb: no object, no speaker.
    Not("Both oppose a fare formula called the \"chained index\" that would cut pay."),
    Not("Lund called the crews to the stage, singing \"Our Time Has Come.\""),
    // A name in title case after a noun or a determiner: no words of the subject.
    Not("Lund denounced the new \"Friends Of The Harbour\" movement."),
    Not("Berg joined a group called the \"Ferry Users Union\"."),
    // `named-by-participle`: "called" after a singular noun names it.
    Not("Lund set up a website called \"Harbour Watch Now\" for the crews."),
    Marks(
        "The crews fear what Lund called \"The Great Harbour Sale\" on Friday.",
        "The Great Harbour Sale",
        "Lund",
    ),
    // (Some papers print a double quote as two apostrophes.)
    Not("Berg joined a group called the ''Ferry Users Union''."),
    // `time-phrase-in-group`: a time phrase inside the verb group, after
    // the auxiliary or after the comma before a participle.
    Marks(
        "Holm, who had for years described the mayor as \"a timid clerk,\" spoke on Friday.",
        "a timid clerk",
        "who",
    ),
    Marks(
        "Lund has quarrelled with the board over fees, once even calling the harbour master a \"liar.\"",
        "liar",
        "Lund",
    ),
    // `quoted-words-after-claim`: the verb goes on the sentence of a claim.
    Marks(
        "Berg said the toll would cost jobs, and called Lund \"the best friend the ferry never had.\"",
        "the best friend the ferry never had",
        "Berg",
    ),
    Not("Berg said the toll would cost jobs and the crews called it \"a scandal.\""),
    // `quoted-words-relative-that`: "that" after a noun speaks, as "which" does.
    Marks(
        "Holm sent a stack of letters that called him a \"clerk and dreamer,\" timid and aloof.",
        "clerk and dreamer",
        "that",
    ),
    Not("Holm said that called him \"a clerk\" was unfair."),
    Not("Holm signed a letter that urges the crews to \"stay home\" on Friday."),
    // `headline-quoted-words`: a naming verb in a title-case headline.
    Marks(
        "Lund Calls Harbour Fees Against Fishermen 'Robbery.'",
        "Robbery",
        "Lund",
    ),
    Marks(
        "Ola Lund Is Now Calling Berg The 'Worst Mayor Yet' For The Port.",
        "Worst Mayor Yet",
        "Ola Lund",
    ),
    Not("Lund And Berg Slam 'Friends Of The Harbour' Over Fees."),
    // `headline-next-verb`: the headline's second verb, after its first
    // verb's claim and a comma, has the same speaker.
    Marks(
        "Lund Says Harbour Fees Rose, Calls Berg's Remarks 'Troubling.'",
        "Troubling",
        "Lund",
    ),
    Not("A Town Mayor Who Once Mocked 'Landlubbers' Wins The Port Vote."),
    Not("Berg joined a group called the \"Ferry Users Union\" on Friday."),
    // `owned-quoting-noun`: a quoting verb's word after a possessive is a
    // noun; its owner speaks.
    Marks(
        "The worries go beyond Lund's bold pledge to be \"neutral\" in the talks.",
        "neutral",
        "Lund",
    ),
    Marks(
        "The mayor blasted Ola Lund's call for a \"harbour tax\" on Friday.",
        "harbour tax",
        "Ola Lund",
    ),
    Marks("The union's call for a \"fair deal\" won.", "fair deal", "union"),
    Not("The crews liked what her team calls her \"fair fares\" plan."),
    // (Not a speech act's noun: no owner's words.)
    Not("Her welcome at the quay was \"warm.\""),
    // `coordinated-comma`: a comma before "and", or between the verb
    // phrases of a list, keeps the first verb's subject.
    Marks(
        "Lund likened the plan to a gamble, and urged voters not to \"bet the harbour.\"",
        "bet the harbour",
        "Lund",
    ),
    Marks(
        "Lund looked up, frowned and called the plan \"a farce.\"",
        "a farce",
        "Lund",
    ),
    // `participle-after-attribution`: a participle after the comma closing
    // an attribution (inverted or not) speaks for its speaker.
    Marks(
        "\"We will stay,\" said Lund, calling the plan \"a disgrace.\"",
        "a disgrace",
        "Lund",
    ),
    Marks(
        "\"We will stay,\" the mayor said, urging the crews to \"hold the line.\"",
        "hold the line",
        "mayor",
    ),
    // `opener-coordinated-subject`: a verb coordinated inside a subordinate
    // clause has that clause's subject (`subordinate-coordination`).
    Marks(
        "The talk grew sharper, as when Lund faulted Berg on fees and labelled him a \"softie,\" a jab at a rival.",
        "softie",
        "Lund",
    ),
];

/// Most tokens between two quotes of one list of quoted words (`a "new low"
/// and a "cheap stunt"`, `"fools" who "want a war"`).
const LIST_GAP: usize = 6;

/// What the `quoted-words-list` rule marks, and what it must not.
#[cfg(test)]
pub(super) const QUOTED_WORDS_LIST: &[Example] = &[
    Marks(
        "Lund called the levy a \"new low\" and a \"cheap stunt for the cameras.\"",
        "cheap stunt for the cameras",
        "Lund",
    ),
    Marks(
        "Berg called the critics \"cowards\" who \"want to sink the ferry.\"",
        "want to sink the ferry",
        "Berg",
    ),
    // `list-stops-at-verb`: a verb of the writer's right after the quote;
    Not("Lund, who called Berg \"a gambler,\" clearly wanted the crowd to \"boo\" him."),
    // a participle and its preposition modify the quote.
    Marks(
        "Lund called it a \"mistake,\" made by some \"wise voices on the left.\"",
        "wise voices on the left",
        "Lund",
    ),
    // A verb of saying between: another attribution's words.
    Not("Berg called the critics \"cowards\" and Lund said it was \"a low blow.\""),
    // Far from the first quote: the writer's words quoting a name.
    Not("Berg called the plan \"weak\" on Friday before a vote in the hall of the \"Old Guild.\""),
];

/// Adds a direct claim for each quote not yet claimed that follows a quoting
/// verb with a speaker as its subject.
pub fn find(doc: &Doc, found: &mut Found) {
    let mut claimed = vec![false; doc.tokens.len()];
    for a in found.iter() {
        claimed[a.claim.clone()].iter_mut().for_each(|c| *c = true);
    }
    // The last quoted-words claim: (its id, the token past its quote).
    let mut last: Option<(super::Id, usize)> = None;
    for quote in doc.quotes.iter().filter(|q| !q.nested) {
        let claim = trim_claim(doc, quote.inner.clone());
        if claim.is_empty() || claimed[claim.clone()].iter().any(|&c| c) {
            continue;
        }
        // (In a title-case headline capitals name nothing: `Lund Calls
        // Berg The 'Worst Mayor Yet'` quotes Lund.)
        if is_name_in_title_case(doc, quote, &claim) && !in_headline(doc, quote.open) {
            continue;
        }
        // `called the levy a "new low" and a "cheap stunt"`: the next
        // quote of the list has the same speaker and cue.
        if let Some((prev, _)) = last.filter(|&(_, after)| continues_list(doc, after, quote.open)) {
            let cue = found[prev].cue.clone();
            let id = found.push(Attribution {
                claim,
                mode: ClaimMode::Direct,
                cue,
                source: Source::SameAs(prev),
                rule: Rule::QuotedWordsList,
            });
            last = Some((id, quote.after));
            continue;
        }
        let sentence = doc.sentences[doc.sentence_of(quote.open)].clone();
        let floor = sentence.start.max(quote.open.saturating_sub(VERB_WINDOW));
        let Some(verb) = (floor..quote.open)
            .rev()
            .take_while(|&k| {
                doc.tokens[k].kind != TokenKind::Quote && !matches!(doc.word(k), ";" | ":")
            })
            .find(|&k| is_quoting_verb(doc, k))
        else {
            continue;
        };
        // `called Berg, his rival, a "fraud"`: commas between the verb and
        // the quote only in pairs around an apposition (`called crews to the
        // stage, singing "..."` is another clause's).
        if (verb..quote.open).filter(|&k| doc.word(k) == ",").count() % 2 == 1 {
            continue;
        }
        // (`calling on voters "not to feed the fear"`: the caller's words.)
        if cues::is_cancelled(doc, verb, sentence.start) {
            continue;
        }
        let group = cues::verb_group_start(doc, verb, sentence.start);
        let participle = doc.word(verb).ends_with("ing");
        // `quoted-words-relative-that`: `letters that called him "a
        // fraud"`: "that" after a noun and right before the verb is its
        // subject, as "which" and "who" are.
        // Only where the verb names its object (`called him a "fraud"`,
        // `described it as "a swindle"`), no preposition of its own between
        // (`that accuses him of "lies"`, `that urges them to "act"`).
        let relative_that = (group > sentence.start
            && speakers::is_relative_that(doc, group - 1)
            && names_its_object(doc, verb, quote.open))
        .then(|| group - 1..group);
        // `owned-quoting-noun`: `Lund's pledge to be "neutral"`: after a
        // possessive the verb's word is a noun, and its owner speaks.
        // (Only the bare form: `what her team calls her "plan"` is a verb.)
        // (A speech act's noun, `owned` in data/quoting_verbs.txt, with no
        // verb between it and the quote.)
        let bare = !["ed", "ing", "s"]
            .iter()
            .any(|e| doc.word(verb).ends_with(e))
            && doc.has(verb, super::words::OWNED_QUOTING_NOUN)
            && (verb + 1..quote.open).all(|k| !doc.has(k, super::words::FINITE));
        let owner = bare
            .then(|| super::reported::owner_of_noun(doc, &sentence, verb))
            .flatten();
        let Some(phrase) = owner
            .or(relative_that)
            .or_else(|| speakers::phrase_before(doc, group, sentence.start))
            // `Lund issued a statement calling the vote "a farce"`: the
            // issuer speaks (`speakers::message_issuer`).
            .map(|p| {
                participle
                    .then(|| speakers::message_issuer(doc, &p, sentence.start))
                    .flatten()
                    .unwrap_or(p)
            })
            // `However, Lund held his fire on Berg, calling him a "nice guy"`:
            // a participle after a comma speaks for the main subject (not
            // for the phrase before the comma, as an apposition would).
            .or_else(|| {
                doc.word(verb)
                    .ends_with("ing")
                    .then(|| super::direct::main_subject(doc, group, sentence.start))
                    .flatten()
            })
            .or_else(|| speakers::apposed_subject(doc, group, sentence.start))
            // `Lund took the stage and called the system "rotten."`
            .or_else(|| coordinated_subject(doc, group, sentence.start))
            // `The harbour master called the levy a "stunt"`: a plain noun
            // phrase opening the sentence, whatever its noun.
            .or_else(|| super::direct::plain_phrase_before(doc, group, sentence.start))
            // `quoted-words-clause-subject`: `Lund in her first speech called
            // the crews "pirates"`, `An official who ran the port described
            // the row as "a lesser matter"`: the subject stretch past
            // adverbials and relative clauses, when the verb has an object
            // before the quote (`a film called "Home"` names the film); not
            // for a participle, whose subject is the main clause's.
            .or_else(|| {
                (!participle && has_object_before(doc, verb, quote.open))
                    .then(|| speakers::clause_subject(doc, group, sentence.start))
                    .flatten()
                    .map(|(p, _)| p)
            })
            .map(Source::Phrase)
            // `quoted-words-after-claim`: `Berg said the toll was too high,
            // and called it "a disgrace."`: the speaker of the claim the
            // conjunction follows.
            .or_else(|| claim_before_conjunction(doc, found, group).map(Source::SameAs))
            // `participle-after-attribution`: `"We stay," said Lund,
            // calling the plan "a disgrace."`: a participle after the
            // comma that closes an attribution speaks for its speaker.
            .or_else(|| {
                (participle || is_headline_verb(doc, verb))
                    .then(|| attribution_before_comma(doc, found, group))
                    .flatten()
                    .map(Source::SameAs)
            })
        else {
            continue;
        };
        let id = found.push(Attribution {
            claim,
            mode: ClaimMode::Direct,
            cue: Some(verb..verb + 1),
            source: phrase,
            rule: Rule::QuotedWords,
        });
        last = Some((id, quote.after));
    }
}

/// `quoted-words-after-claim`: the quoting verb's group opens right after
/// "and" or "but" (a comma before it or not) that follows the claim of an
/// attribution found before, past its closing marks (`Berg said the toll
/// was too high, and called it "a disgrace."`, `Lund called the plan a
/// "farce" and promised to "tear it up."`): the verb goes on that
/// attribution's sentence, with no subject of its own.
fn claim_before_conjunction(doc: &Doc, found: &Found, group: usize) -> Option<super::Id> {
    let conjunction = group
        .checked_sub(1)
        .filter(|&k| doc.has(k, super::words::PLAIN_COORDINATOR))?;
    let mut end = conjunction;
    while end > 0 && (doc.word(end - 1) == "," || doc.tokens[end - 1].kind == TokenKind::Quote) {
        end -= 1;
    }
    found
        .live()
        .rev()
        .find(|(_, a)| a.claim.end == end)
        .map(|(id, _)| id)
}

/// `participle-after-attribution`: the attribution whose speaker phrase or
/// cue ends at the comma right before `group` (`"We stay," said Lund,
/// calling ...`, `"We stay," Lund said, calling ...`).
fn attribution_before_comma(doc: &Doc, found: &Found, group: usize) -> Option<super::Id> {
    let comma = group.checked_sub(1).filter(|&k| doc.word(k) == ",")?;
    found
        .live()
        .rev()
        .find(|(_, a)| {
            a.cue.as_ref().is_some_and(|c| c.end == comma)
                || matches!(&a.source, Source::Phrase(p) if p.end == comma)
                // (`headline-next-verb`: `Lund Says Fares Rose, Calls ...`.)
                || (a.claim.end == comma && is_headline_verb(doc, group))
        })
        .map(|(id, _)| id)
}

/// Words other than a determiner stand between the quoting verb and the
/// quote: its object (`called the crews "pirates"`), not a name it gives
/// to the noun before it (`a formula called the "chained index"`).
fn has_object_before(doc: &Doc, verb: usize, open: usize) -> bool {
    (verb + 1..open).any(|k| !speakers::is_determiner(doc, k))
}

/// `quoted-words-relative-that`: between the verb and the quote only its
/// object and the complement's opening (a determiner, "as"): no
/// preposition of the verb's own ("of", "to", "for"). Marks: `letters that
/// called him a "fraud"`, `memos that described the plan as "a scam"`.
/// Not: `a letter that urges the crews to "stay home"`.
fn names_its_object(doc: &Doc, verb: usize, open: usize) -> bool {
    (verb + 1..open).all(|k| {
        !doc.has(k, super::words::FUNCTION_WORD)
            || speakers::is_determiner(doc, k)
            || doc.has(k, super::words::OBJECT_PRONOUN)
            || doc.is(k, "as")
    })
}

/// The quote opening at `open` goes on the list of quoted words whose last
/// quote ends before `after`: same sentence, a few tokens between, and no
/// verb of saying, quoting verb, quote mark, colon or semicolon among them.
fn continues_list(doc: &Doc, after: usize, open: usize) -> bool {
    after <= open
        && open - after <= LIST_GAP
        && doc.sentence_of(after.saturating_sub(1)) == doc.sentence_of(open)
        && (after..open).all(|k| {
            doc.tokens[k].kind != TokenKind::Quote
                && !matches!(doc.word(k), ";" | ":")
                && !cues::is_reporting_verb(doc, k)
                && !is_quoting_verb(doc, k)
        })
        // `list-stops-at-verb`: `Lund, who called Berg "a gambler," clearly
        // wanted the crowd to "boo" him`: a verb right after the quote (past
        // adverbs) goes on the writer's clause, no list (a participle and its
        // preposition modify the quote: `a "mistake," made by "wise voices"`).
        && !(after..open)
            .find(|&k| !cues::is_adverb(doc, k))
            .is_some_and(|k| {
                speakers::reads_as_verb(doc, k)
                    && !doc.has(k + 1, super::words::POSTMODIFIER_PREPOSITION)
            })
}

/// `the new "Friends Of The Harbour" movement`, `a group called the "Ferry
/// Users Union"`: a short quote in title case (two words or more, small words
/// aside) after a lowercase word or a determiner names a thing; the words
/// are not the subject's. (`called Lund "Mister Ferry"`, after a name, stays.)
fn is_name_in_title_case(doc: &Doc, quote: &Quote, inner: &Range<usize>) -> bool {
    // (The quote's own opening mark: a doubled `''` is two tokens.)
    let Some(before) = quote.open.checked_sub(1) else {
        return false;
    };
    let after_noun_or_determiner = speakers::is_determiner(doc, before)
        || (doc.tokens[before].kind == TokenKind::Word
            && !doc.is_capitalized(before)
            && !speakers::is_pronoun(doc, before)
            && !doc.has(before, super::words::OBJECT_PRONOUN)
            // `videos he calls "Harbour Watch TV"`: the name he gives is his word.
            && !is_quoting_verb(doc, before));
    // `named-by-participle`: `a website called "Harbour Watch Now"`: "called"
    // right after a singular common noun names it (no subject's object).
    let named = before > 0
        && doc.is(before, "called")
        && doc.tokens[before - 1].kind == TokenKind::Word
        && !doc.is_capitalized(before - 1)
        && !doc.word(before - 1).ends_with('s')
        && !speakers::is_pronoun(doc, before - 1)
        && !speakers::is_relative(doc, before - 1);
    (after_noun_or_determiner || named)
        && doc.is_capitalized(inner.start)
        && super::direct::is_title_case_span(doc, inner.clone(), 1)
}

/// The quote opening at `open` stands in a title-case headline.
fn in_headline(doc: &Doc, open: usize) -> bool {
    cues::is_title_case(doc, doc.sentences[doc.sentence_of(open)].clone())
}

/// `Lund took the stage and called the system "rotten."`: the subject of a
/// verb coordinated at `group`, when the first verb's clause opens the
/// sentence (or follows its opening phrase) with no comma or subordinate
/// clause between the subject and the quoting verb.
fn coordinated_subject(doc: &Doc, group: usize, sentence_start: usize) -> Option<Range<usize>> {
    let phrase = super::direct::coordinated_subject(doc, group, sentence_start)?;
    // Within a window: a long sentence of quotes stays linear.
    // (`coordinated-comma`: a comma right before the conjunction, `met the
    // crews, and called ...`, or between two verb phrases of the list,
    // `looked up, frowned and called ...`, keeps the subject.)
    let near = group - phrase.end <= super::direct::CLAUSE_WINDOW
        && (phrase.end..group).all(|k| {
            doc.word(k) != ","
                || k + 2 == group
                || super::reported::verb_list_comma(doc, k, group - 1)
        });
    let plain = (sentence_start.max(group.saturating_sub(super::direct::CLAUSE_WINDOW))..group)
        .all(|k| !doc.has(k, super::words::CLAUSE_OPENER));
    // `opener-coordinated-subject`: `when Lund faulted Berg on fees and
    // labelled him a "softie"`: the subject right after the opener of its
    // own clause (a subordinator), no other opener before the verb; the
    // coordinated verb shares that clause's subject.
    let head = speakers::past_determiner(doc, phrase.start, sentence_start);
    let own_clause = head > sentence_start
        && doc.has_lowercase(head - 1, super::words::SUBORDINATOR)
        && (phrase.end..group).all(|k| !doc.has(k, super::words::CLAUSE_OPENER));
    (near && (plain || own_clause)).then_some(phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(String, String)> {
        let doc = Doc::new(text);
        let mut found = Found::default();
        find(&doc, &mut found);
        found
            .iter()
            .map(|a| {
                assert!(matches!(a.source, Source::Phrase(_)), "a phrase");
                let (claim, speaker, _) = a.describe(&doc);
                (claim, speaker)
            })
            .collect()
    }

    #[test]
    fn quoted_words_of_the_subject() {
        assert_eq!(
            quoted("Kolb called Freedonia a \"strategic partner\" on Monday."),
            [("strategic partner".to_string(), "Kolb".to_string())]
        );
        assert_eq!(
            quoted("The ministry described the raid as a “shock.”"),
            [("shock".to_string(), "ministry".to_string())]
        );
    }

    #[test]
    fn titles_and_passives_are_not_claims() {
        assert!(quoted("She starred in a film called \"Long Night\".").is_empty());
        assert!(quoted("The plan was called \"a disaster\" by critics.").is_empty());
        assert!(quoted("The so-called \"red line\" was crossed.").is_empty());
    }

    #[test]
    fn any_verb_of_judgement_quotes_the_subject() {
        assert_eq!(
            quoted("Lund dismissed the report as \"nonsense.\""),
            [("nonsense".to_string(), "Lund".to_string())]
        );
        assert_eq!(
            quoted("The mayor slammed the plan as \"reckless\" on Friday."),
            [("reckless".to_string(), "mayor".to_string())]
        );
        assert_eq!(
            quoted("The report blamed the board for the \"chaos at the port.\""),
            [("chaos at the port".to_string(), "report".to_string())]
        );
        assert!(quoted("The rise was a welcome \"relief\" for the town.").is_empty());
    }

    #[test]
    fn reporting_verbs_with_an_object_and_requests_quote_the_subject() {
        // `quoted-words-object-cue`: the object, not a clause, holds the quote.
        for (text, claim, speaker) in [
            (
                "Lund lamented the \"sorry\" state of the quay.",
                "sorry",
                "Lund",
            ),
            (
                "Berg warned of the \"wild hopes\" of the board.",
                "wild hopes",
                "Berg",
            ),
            (
                "The mayor asked the crowd \"Who pays for the ferry?\"",
                "Who pays for the ferry",
                "mayor",
            ),
        ] {
            assert_eq!(quoted(text), [(claim.to_string(), speaker.to_string())]);
        }
    }

    #[test]
    fn promises_vows_accusations_and_declarations_quote_the_subject() {
        assert_eq!(
            quoted("Lund accused the board of \"gross negligence.\""),
            [("gross negligence".to_string(), "Lund".to_string())]
        );
        assert_eq!(
            quoted("Berg is promising cheaper ferries and \"boats, boats, boats,\" this spring."),
            [("boats, boats, boats".to_string(), "Berg".to_string())]
        );
        assert_eq!(
            quoted("Norland emphasised the need for a \"calm and steady\" hand."),
            [("calm and steady".to_string(), "Norland".to_string())]
        );
        assert_eq!(
            quoted("The toll rose, which she declared \"an outrage\" for the islands."),
            [("an outrage".to_string(), "she".to_string())]
        );
    }

    #[test]
    fn a_participle_after_a_comma_quotes_the_main_subject() {
        assert_eq!(
            quoted("However, Lund held back on Ola Berg, calling him a \"decent sort\"."),
            [("decent sort".to_string(), "Lund".to_string())]
        );
        assert_eq!(
            quoted("Berg then cut in, calling the levy \"a gift to the rich.\""),
            [("a gift to the rich".to_string(), "Berg".to_string())]
        );
        // Calling on others to do the quoted words: the caller's words.
        assert_eq!(
            quoted("Lund spoke last, calling on voters \"not to feed the fear.\""),
            [("not to feed the fear".to_string(), "Lund".to_string())]
        );
    }

    #[test]
    fn a_coordinated_verb_quotes_the_first_verbs_subject() {
        assert_eq!(
            quoted("Lund took the podium and called the tax \"daylight robbery.\""),
            [("daylight robbery".to_string(), "Lund".to_string())]
        );
        // Inside a clause of time the coordinated verb has that clause's subject.
        assert!(quoted(
            "Gov. Ann Berg praised Lund after he met the crews and blamed the delay on \"red tape.\""
        )
        .iter()
        .all(|(_, s)| s != "Gov. Ann Berg"));
    }
}
