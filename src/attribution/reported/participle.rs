//! A participle continuing the main clause's subject: `..., stressing that <claim>`.
use super::*;

/// How far back from "and" the participle it coordinates with may be.
pub(super) const COORDINATED_PARTICIPLE_WINDOW: usize = 12;

/// What the `participle` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const PARTICIPLE: &[Example] = &[
    // `object-participle`: any participle cue with its "that" after the
    // main verb's object, a noun phrase opened by a determiner.
    Marks(
        "The mayor filed a lawsuit worth $2 million in 2019 alleging that the firm had lied.",
        "the firm had lied",
        "mayor",
    ),
    // "Then" opens the sentence before the main subject (`sentence-opener`).
    Marks(
        "Then she broke with the party, pledging that the port would stay open.",
        "the port would stay open",
        "she",
    ),
    Not("They could not help pointing out that the ferry was late."),
    // `demonstrative-subject`: "That" before a verb is a fact, no speaker.
    Not("That irritates the crews by suggesting that the port will close."),
    Not("This angers the crews, suggesting that the port is lost."),
    Not("The board has been considering announcing that it will sell the port."),
    // A message and any participle cue with a finite clause.
    Marks(
        "The board released a statement confirming that it will hire ten more clerks.",
        "it will hire ten more clerks",
        "board",
    ),
    Not("The union released a statement condemning the attack."),
    Marks(
        "The mayor defended the plan, saying the port would reopen.",
        "the port would reopen",
        "mayor",
    ),
    // `participle-pair`: "and" and a participle pair with the cue, not the claim.
    Marks(
        "Holm spoke on Tuesday, telling reporters that Lund was a \"fraud\" and asking how he won.",
        "Lund was a \"fraud\"",
        "Holm",
    ),
    // A dash right before the pair sets the pair off.
    Marks(
        "Lund defended the plan, saying the pier was shut -- and calling on the city to act.",
        "the pier was shut",
        "Lund",
    ),
    // ... unless the claim holds a participle of its own, or a dash pair sets it off.
    Marks(
        "Holm spoke on Tuesday, saying the port was growing and drawing ships.",
        "the port was growing and drawing ships",
        "Holm",
    ),
    Marks(
        "Holm spoke on Tuesday, saying the plan - a levy on ferries and fishing boats - was sound.",
        "the plan - a levy on ferries and fishing boats - was sound",
        "Holm",
    ),
    // The subject of the main clause nearest the participle.
    Marks(
        "Judges fined the owner and Lund closed the dock, admitting that the rules had failed.",
        "the rules had failed",
        "Lund",
    ),
    Marks(
        "The retired surgeon has given no details, saying only that he would return.",
        "he would return",
        "retired surgeon",
    ),
    Marks(
        "Harbour envoys toured the coast saying the ferries were safe.",
        "the ferries were safe",
        "Harbour envoys",
    ),
    // An "-ed" verb with a particle before its object is a verb all the same.
    Marks(
        "Lund started out their third hearing saying the city was broke.",
        "the city was broke",
        "Lund",
    ),
    // A dash, a preposition or "and" before a participle with its "that" clause.
    Marks(
        "Lund could fight the charge by arguing that the man was a threat.",
        "the man was a threat",
        "Lund",
    ),
    Marks(
        "Berg flipped her vote on the spot - saying the ferry would win.",
        "the ferry would win",
        "Berg",
    ),
    Marks(
        "Lund looked calm and suggested nothing, noting the date and arguing that more voters came.",
        "more voters came",
        "Lund",
    ),
    // `focus-adverb-participle`: a word of focus before the participle.
    Marks(
        "Lund criticised the count the next day, even suggesting the ballots were miscounted.",
        "the ballots were miscounted",
        "Lund",
    ),
    // `that-gerund`: "in" or "to" before a gerund cue and its "that".
    Marks(
        "Lund plainly slipped up in claiming that the fee came from the port.",
        "the fee came from the port",
        "Lund",
    ),
    Marks(
        "Then Berg pivoted to arguing that the fees were one more reason to close the port.",
        "the fees were one more reason to close the port",
        "Berg",
    ),
    // Not "of": the object of "accused" is who said it.
    Not("The mayor accused Berg of saying that the port was shut."),
    Not("Berg is used to saying the port is shut."),
    // An adverb of manner before the participle.
    Marks(
        "Lund questioned Berg's record, falsely suggesting that she had never paid tax.",
        "she had never paid tax",
        "Lund",
    ),
    // Any participle after a preposition of time or manner, its clause finite.
    Marks(
        "The mayor backed the toll while arguing the county should pay for the road.",
        "the county should pay for the road",
        "mayor",
    ),
    // `interposed-participle`: set off between a subject and its verb, the
    // participle's claim ends at the comma before that verb.
    Marks(
        "Berg, after initially saying she would not run, filed her papers on Monday.",
        "she would not run",
        "Berg",
    ),
    // A prepositional phrase closing the subject holds no verb.
    Marks(
        "Ads in local papers, reminding voters that the polls open at seven, ran all week.",
        "the polls open at seven",
        "Ads",
    ),
    // The comma inside a closing quote mark; the owner of a reporting noun
    // in the object is not the subject.
    Marks(
        "Lund blamed the press for Berg's claim that he \"sank the ferry,\" saying reporters twisted his words.",
        "reporters twisted his words",
        "Lund",
    ),
    // "without" opens an adjunct before the "that" clause.
    Marks(
        "Lund was equally harsh, claiming without any proof that the mayor wanted to sell the port.",
        "the mayor wanted to sell the port",
        "Lund",
    ),
    // `coordinated-participle`: "but" joins a second participle as "and" does.
    Marks(
        "The mayor attacked the plan, calling it costly but adding that it was late.",
        "it was late",
        "mayor",
    ),
    // `past-tense-after-name`: an "-ed" word right after the nearest
    // clause's name or pronoun is its verb, whatever follows it.
    Marks(
        "In May, while her rivals called for a bigger effort against the Harbour Front, also known as the HF, Lund hewed more to Mayor Vik's approach, noting that the port and the town are allies.",
        "the port and the town are allies",
        "Lund",
    ),
    Marks(
        "At the hearing, the minister faced hard questions, but she talked more about ferries than before, saying the quay would open.",
        "the quay would open",
        "she",
    ),
    // `main-clause-after-subordinate`: a cue in an opening "When" clause
    // is not the main clause's, even with a comma inside a closing quote.
    Marks(
        "When Vik noted that the plan would cost \"far too much,\" Berg seized on the point, repeating that the port must close.",
        "the port must close",
        "Berg",
    ),
    // `relative-clause-participle`: after a preposition, in a relative clause.
    Marks(
        "It is another reply to the candidate who opened his campaign by claiming that the port was full of smugglers.",
        "the port was full of smugglers",
        "who",
    ),
    Marks(
        "Lund, who chairs the board, defended the plan, saying the port would reopen.",
        "the port would reopen",
        "Lund",
    ),
    // `with-object-complement`: "with" after the main verb's object opens
    // the object's complement, whose noun is no agent.
    Marks(
        "The party has run ads with both papers reminding voters that the toll will rise.",
        "the toll will rise",
        "party",
    ),
    Marks(
        "Lund stressed his differences with Berg while saying that the port would stay open.",
        "the port would stay open",
        "Lund",
    ),
    Not("The man saying the port would close was wrong."),
    // An object whose verb belongs to an embedded question is no clause.
    Not("Lund sat with the paper, answering questions about how the strike has hurt her."),
    // A time word before it makes the participle a noun's modifier.
    Not("Most of the skippers remain calm despite a few early critics of the quota, now saying nothing."),
    Not("Lund was jailed after announcing the release of the arrested editor."),
    Not("Lund won the race by arguing."),
];

/// "..., casting rivals as soft and suggesting that", "..., saying it was
/// costly but adding that": an "and" or "but" at `and` joins the participle
/// after it to one opened by a comma just before.
pub(super) fn coordinated_participle(doc: &Doc, s: &Range<usize>, and: usize) -> bool {
    doc.has(and, words::PLAIN_COORDINATOR)
        && (s
            .start
            .max(and.saturating_sub(COORDINATED_PARTICIPLE_WINDOW))..and)
            .any(|k| {
                let w = doc.word(k + 1);
                doc.word(k) == ","
                    && w.len() > 4
                    && w.ends_with("ing")
                    && w.chars().all(char::is_lowercase)
            })
}

/// "a series of posts early Friday saying": back from `k` over a few words
/// of time to the noun they follow.
pub(super) fn past_time_words(doc: &Doc, s: &Range<usize>, k: usize) -> usize {
    let mut k = k;
    let floor = s.start.max(k.saturating_sub(3));
    while k > floor
        && (crate::attribution::clauses::is_weekday_or_month(doc, k)
            || doc.has(k, words::TIME)
            || doc.has(k, words::TIME_MODIFIER))
    {
        k -= 1;
    }
    k
}

/// Where to find the attributions already made in a sentence without
/// scanning them all: the direct ones (first in `found`) by the sentence of
/// their cue; the reported ones are appended sentence by sentence, so the
/// current sentence's are at the end.
pub(super) struct DirectCues {
    /// (sentence of the cue, id), sorted.
    by_sentence: Vec<(usize, Id)>,
    /// The id of the first reported attribution.
    first_reported: Id,
}

impl DirectCues {
    pub(super) fn new(doc: &Doc, found: &Found) -> DirectCues {
        let mut by_sentence: Vec<(usize, Id)> = found
            .live()
            .filter_map(|(j, a)| Some((doc.sentence_of(a.cue.as_ref()?.start), j)))
            .collect();
        crate::order::sort(&mut by_sentence);
        DirectCues {
            by_sentence,
            first_reported: found.next_id(),
        }
    }

    /// The last attribution in `found` whose cue lies in `s` before `verb`.
    pub(super) fn last_before(
        &self,
        doc: &Doc,
        found: &Found,
        s: &Range<usize>,
        verb: usize,
    ) -> Option<Id> {
        // ("blamed the press over Berg's claim that ..., saying": the owner
        // of a reporting noun inside an object is not the clause's subject.)
        let in_sentence = |j: &Id| {
            !matches!(found[*j].rule, Rule::NounCue | Rule::OwnedNounCue)
                && found[*j]
                    .cue
                    .as_ref()
                    .is_some_and(|c| c.start >= s.start && c.start < verb)
        };
        // Reported ones, latest first, while they are in this sentence.
        let reported = found
            .live_from(self.first_reported)
            .rev()
            .take_while(|&j| found[j].cue.as_ref().is_none_or(|c| c.start >= s.start))
            .find(in_sentence);
        reported.or_else(|| {
            let sentence = doc.sentence_of(s.start);
            let from = self.by_sentence.partition_point(|&(k, _)| k < sentence);
            let to = self.by_sentence.partition_point(|&(k, _)| k <= sentence);
            self.by_sentence[from..to]
                .iter()
                .map(|&(_, j)| j)
                .filter(in_sentence)
                .max()
        })
    }
}

/// The subject of the sentence's main clause, for a participial cue: the
/// speaker of an earlier attribution in the sentence, else the phrase that
/// opens the sentence.
pub(super) fn main_speaker(
    doc: &Doc,
    s: &Range<usize>,
    verb: usize,
    found: &Found,
    direct: &DirectCues,
) -> Option<Source> {
    if let Some(who) = relative_subject(doc, s, verb) {
        return Some(Source::Phrase(who));
    }
    let nearest = speakers::nearest_clause_subject(doc, s.start, verb);
    if let Some(j) = direct.last_before(doc, found, s, verb) {
        // `main-clause-after-subordinate`: "When Vik noted that ..., Berg
        // seized on it, repeating ...": a cue in a clause opened by a
        // subordinator at the sentence start is not the main clause's; the
        // subject after that clause's claim speaks.
        let subordinate = doc.has(s.start, words::SUBORDINATOR);
        match nearest {
            Some(p) if subordinate && p.start >= found[j].claim.end => {
                return Some(Source::Phrase(p))
            }
            _ => return Some(Source::SameAs(j)),
        }
    }
    // "... and Emanuel fired his chief, acknowledging": the nearest clause's subject.
    nearest
        .or_else(|| opening_subject(doc, s.start, verb))
        .map(Source::Phrase)
}

/// `relative-clause-participle`: "Ryan, who a week ago stunned the party by
/// declaring ...", "the candidate who opened his campaign by claiming ...":
/// a participle after a preposition, in the same run of words as a relative
/// "who" (no comma, quote mark or cue between), belongs to the relative
/// clause's verb; "who" speaks, as it would before a cue.
fn relative_subject(doc: &Doc, s: &Range<usize>, verb: usize) -> Option<Range<usize>> {
    if verb < s.start + 3 || !doc.has(verb - 1, words::PARTICIPLE_PREPOSITION) {
        return None;
    }
    let floor = s.start.max(verb.saturating_sub(RELATIVE_WINDOW));
    (floor..verb.saturating_sub(2))
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && !cues::is_reporting_verb(doc, k))
        .find(|&k| doc.is(k, "who"))
        .map(|k| k..k + 1)
}

/// How far before the participle a relative "who" may open its clause.
const RELATIVE_WINDOW: usize = 14;

/// The subject phrase opening a sentence at `start`, before `end`: past
/// opening words ("But", "Meanwhile") and an opening adjunct set off by a
/// comma ("In December, the union ...").
pub(in crate::attribution) fn opening_subject(
    doc: &Doc,
    start: usize,
    end: usize,
) -> Option<Range<usize>> {
    // Past openers, a dateline and fronted adverbials ("Minutes later,").
    let k = speakers::subject_start(doc, start, end);
    if demonstrative_subject(doc, k) {
        return None;
    }
    // "The retired surgeon has given no details, saying ...": any noun
    // phrase before the clause's first verb; it wins where it runs past
    // the speaker words' phrase ("Harbour envoys", not "Harbour").
    let words = speakers::phrase_after(doc, k, end);
    let stretch = speakers::opening_subject_phrase(doc, k, end);
    match (words, stretch) {
        (Some(w), Some(p)) if p.start <= w.start && p.end > w.end => Some(p),
        (w, p) => w.or(p),
    }
}

/// `demonstrative-subject`: "That irritates the crews by suggesting ...",
/// "This angers Lund, saying ...": "that" or "this" before a verb's "-s"
/// form (a plural noun never follows them) is the subject by itself, a
/// fact or an act, no speaker; the participle's cue gets none. Not "That
/// report angers Lund, saying ...", nor "This week the mayor ..." (a noun).
/// Marks (no speaker): `That irritates the crews by suggesting that the port
/// will close.` Not: `That report irritates the crews, suggesting ...`.
fn demonstrative_subject(doc: &Doc, k: usize) -> bool {
    let verb = doc.word(k + 1);
    doc.has(k, words::DEMONSTRATIVE_PRONOUN)
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && looks_like_present(verb)
        && verb.chars().all(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn adverbs_of_manner_before_a_participle() {
        assert_eq!(
            reported("Kolb praised the plan, optimistically predicting that fares would fall."),
            [t("fares would fall", "Kolb", "predicting")]
        );
        assert_eq!(
            reported("Lund, after initially saying she would not run, filed her papers."),
            [t("she would not run", "Lund", "saying")]
        );
        // A participle after a preposition needs a finite clause.
        assert_eq!(
            reported("Lund was jailed after announcing the release of the arrested editor."),
            []
        );
        assert_eq!(
            reported("Berg resigned before announcing the new budget."),
            []
        );
    }

    #[test]
    fn participles_continue_the_subject() {
        assert_eq!(
            reported("It reaffirmed that the treaty stands, stressing that no one may break it."),
            [
                t("the treaty stands", "It", "reaffirmed"),
                t("no one may break it", "<same as 0>", "stressing")
            ]
        );
        assert_eq!(
            reported("The ministry called for calm, making it clear that the islands are ours."),
            [t("the islands are ours", "ministry", "making it clear")]
        );
    }

    #[test]
    fn title_case_headlines_attribute_no_participle() {
        assert_eq!(
            reported("Lund Responds To Critics By Saying We Need More Ferries."),
            []
        );
        // The headline's own attribution form stays (`title_case_headline`).
        assert_eq!(
            reported("Berg Says Norland Will Win the Vote"),
            [t("Norland Will Win the Vote", "Berg", "Says")]
        );
        // A sentence with names is still a sentence.
        assert_eq!(
            reported("Foreign Minister Ola Berg of Norland said Norland will win."),
            [t(
                "Norland will win",
                "Foreign Minister Ola Berg of Norland",
                "said"
            )]
        );
    }

    #[test]
    fn participles_after_another_participle_or_a_message_and_its_time() {
        assert_eq!(
            reported("Lund sought to look tough, casting rivals as soft and suggesting that he would win."),
            [t("he would win", "Lund", "suggesting")]
        );
        assert_eq!(
            reported("Lund sent a series of posts early Friday saying that Berg had lied."),
            [t("Berg had lied", "Lund", "saying")]
        );
    }

    #[test]
    fn saying_after_a_preposition_or_with_a_long_subject() {
        assert_eq!(
            reported("Kolb mocked the plan by saying that nobody would pay for it."),
            [t("nobody would pay for it", "Kolb", "saying")]
        );
        assert_eq!(
            reported("Kolb mocked the plan, saying anybody who reads the first page of it knows it fails."),
            [t("anybody who reads the first page of it knows it fails", "Kolb", "saying")]
        );
    }

    #[test]
    fn title_case_headline() {
        assert_eq!(
            reported("Freedonia Will Leave The Union, Prime Minister Says"),
            [t(
                "Freedonia Will Leave The Union",
                "Prime Minister",
                "Says"
            )]
        );
    }

    #[test]
    fn messages_saying() {
        assert_eq!(
            reported("Lund sent a series of tweets saying that the vote was rigged."),
            [t("the vote was rigged", "Lund", "saying")]
        );
        // "a letter saying": an article two words back does not make "saying" a noun.
        assert_eq!(
            reported("The union issued a letter saying the depot would close."),
            [t("the depot would close", "union", "saying")]
        );
    }

    #[test]
    fn going_on_to_say_and_interjections() {
        assert_eq!(
            reported("Lund said it was over, going on to say that the war had been lost."),
            [
                t("it was over", "Lund", "said"),
                t("the war had been lost", "<same as 0>", "say")
            ]
        );
        assert_eq!(
            reported("Critics of the plan, however, say it would fail."),
            [t("it would fail", "Critics of the plan", "say")]
        );
    }

    #[test]
    fn by_telling_them_that() {
        assert_eq!(
            reported("She won them over by telling them that the plant would stay open."),
            [t("the plant would stay open", "She", "telling")]
        );
    }

    #[test]
    fn a_message_noun_before_a_participle_with_that() {
        assert_eq!(
            reported("She spoke at a news conference announcing that the port would reopen."),
            [t("the port would reopen", "She", "announcing")]
        );
    }

    #[test]
    fn hyphenated_listeners_and_adverb_participles() {
        assert_eq!(
            reported("The mayor told Harbour-Towners this weekend he would resign, implicitly putting his party on notice."),
            [t("he would resign", "mayor", "told")]
        );
    }

    #[test]
    fn a_participle_inside_a_quote_stays_in_the_claim() {
        assert_eq!(
            reported("Lund said he had served \"for our rights, knowing that we had none.\""),
            [t(
                "he had served \"for our rights, knowing that we had none.\"",
                "Lund",
                "said"
            )]
        );
        assert_eq!(
            reported("Lund said he had served for years, knowing that we had none."),
            [t("he had served for years", "Lund", "said")]
        );
    }
}
