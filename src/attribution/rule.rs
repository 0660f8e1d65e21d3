//! The attribution rules by name. Every attribution records the rule that
//! made it (`newsmark --explain` prints it beside each mark), so a wrong mark
//! leads to its rule in one step. Each rule keeps its examples (texts it must
//! mark, texts it must not) beside its code; `tests::every_rule_marks_its_examples`
//! runs them all.

/// A rule that attributes a claim to a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    // Direct quotes (direct.rs).
    /// `"…," Peskov said`, `"…," said Peskov`.
    QuoteAfter,
    /// `"…?" a voter can be heard asking Lund`.
    QuoteHeard,
    /// `supporters responded with chants of "…"`.
    Chant,
    /// `Peskov said: "…"`, `Peskov told reporters on Friday, "…"`.
    QuoteBefore,
    /// `In a flood, the agency said, "the town pays …"`: a lowercase quote
    /// after an interposed attribution; the sentence is one reported claim.
    InterposedQuote,
    /// `As Kolb put it, "…"`, `As Ola Lund, the chief whip, put it: "…"`.
    AsPutItQuote,
    /// `Lund went so far as to say: "…"`: a cue in the infinitive right
    /// before the quote, spoken by the clause's subject.
    InfinitiveQuote,
    /// `The campaign sent a short message to the crews saying: "…"`.
    MessageQuote,
    /// `Lund made the following comment: "…"`.
    ColonQuote,
    /// `Peskov continued:` ending the paragraph before a quote paragraph.
    QuoteParagraphAfterColon,
    /// `The summit did "too little," he said.`: a quoted fragment closing the
    /// writer's clause is a reported claim.
    QuotedFragment,
    /// `Berg said the ferry "would never run," the mayor said.`: a quoted
    /// fragment closing a clause with a cue of its own, and a relay naming
    /// someone else after it: the whole clause is the relay's claim.
    OuterRelay,
    /// `"…," said Dahl, head of studies at the school, "but …"`: a quote
    /// resumed after its attribution.
    SplitQuote,
    /// `"…," Lund said, adding later, "…"`.
    ParticipleQuote,
    /// A quote with no attribution of its own continuing the last speaker.
    ContinuationParagraph,
    /// `…, Kolb said. "The rest …"`: a quote sentence after a cue that ends
    /// the sentence before.
    ContinuationSentence,
    /// `"…," Kolb said. But the plan is "a slap in the face."`: the next
    /// sentence, holding quoted words and no attribution, is a reported claim.
    ContinuationFragment,
    // Reported speech (reported.rs).
    /// `According to Lund, …` and `…, according to Lund`.
    AccordingTo,
    /// `<claim>, Peskov said on Friday.`, `The dollar, they said, was falling.`
    AfterClaim,
    /// `Peskov said (that) <claim>`.
    VerbCue,
    /// `Rice growers said <claim>`, `China in the past has warned that
    /// <claim>`, `<claim>, rice growers said`: the subject is the whole
    /// stretch from the clause's start to the verb.
    ClauseSubject,
    /// `Lund, the union's leader, said <claim>`, `<claim>, Lund, who chairs
    /// the board, said`: the subject before appositions, relative clauses,
    /// adverbials and ages set off by commas.
    InterposedSubject,
    /// `…, stressing that <claim>`: the participle speaks for the main subject.
    Participle,
    /// `..., with the union warning that <claim>`: the noun phrase after
    /// "with" is the participle's agent.
    WithParticiple,
    /// `Kolb praised the plan and said <claim>`: the first verb's subject.
    CoordinatedVerbs,
    /// `The paper quoted Eva Holm as saying <claim>`: the one quoted speaks.
    QuotedAsSaying,
    /// `It is no surprise, Lund said, that …`: the clause before an
    /// interposed attribution whose cue opens a "that" clause.
    InterposedThat,
    /// `The port is full, Lund said: the ferries wait outside.`: the clause
    /// before an attribution whose cue ends at a colon.
    ClauseBeforeColon,
    /// `Peskov's statement that <claim>`.
    NounCue,
    /// `his claim that <claim>`.
    OwnedNounCue,
    /// `After saying <claim>, she left.`
    OpeningParticiple,
    /// `As Kolb put it, <claim>`, `<claim>, as Kolb put it`.
    AsPutIt,
    /// `As Kolb noted, <claim>`, `<claim>, as Kolb said.`
    AsSaid,
    /// `Asked by a reporter whether <claim>`, `As reported by the Courier, <claim>`.
    PassiveAgent,
    /// `The governor added:` ending its paragraph, and a block quotation.
    ColonParagraph,
    /// `Lund said the plan had one flaw: "It costs too much."`: the clause
    /// and the quote after its colon are one claim.
    ClauseColonQuote,
    /// `Lund went on the radio on Friday to say <claim>`: an infinitive cue
    /// after a finished act's place or time phrase.
    PurposeInfinitive,
    /// `"We must act," she said, and "act fast."`: two quotes the writer
    /// joins around the attribution are one claim.
    ConjoinedQuotes,
    // Quoted words (quoted_words.rs).
    /// `Lund called the plan a "disaster"`.
    QuotedWords,
    /// `Lund called the plan a "new low" and a "cheap stunt"`: the next
    /// quote of a list of quoted words.
    QuotedWordsList,
}

impl Rule {
    /// Every rule, in the order above.
    pub const ALL: [Rule; 40] = [
        Rule::QuoteAfter,
        Rule::QuoteHeard,
        Rule::Chant,
        Rule::QuoteBefore,
        Rule::InterposedQuote,
        Rule::AsPutItQuote,
        Rule::InfinitiveQuote,
        Rule::MessageQuote,
        Rule::ColonQuote,
        Rule::QuoteParagraphAfterColon,
        Rule::QuotedFragment,
        Rule::OuterRelay,
        Rule::SplitQuote,
        Rule::ParticipleQuote,
        Rule::ContinuationParagraph,
        Rule::ContinuationSentence,
        Rule::ContinuationFragment,
        Rule::AccordingTo,
        Rule::AfterClaim,
        Rule::VerbCue,
        Rule::ClauseSubject,
        Rule::InterposedSubject,
        Rule::Participle,
        Rule::WithParticiple,
        Rule::CoordinatedVerbs,
        Rule::QuotedAsSaying,
        Rule::InterposedThat,
        Rule::ClauseBeforeColon,
        Rule::NounCue,
        Rule::OwnedNounCue,
        Rule::OpeningParticiple,
        Rule::AsPutIt,
        Rule::AsSaid,
        Rule::PassiveAgent,
        Rule::ColonParagraph,
        Rule::ClauseColonQuote,
        Rule::PurposeInfinitive,
        Rule::ConjoinedQuotes,
        Rule::QuotedWords,
        Rule::QuotedWordsList,
    ];

    /// The rule's name, as `--explain` prints it.
    pub fn name(self) -> &'static str {
        match self {
            Rule::QuoteAfter => "quote-after",
            Rule::QuoteHeard => "quote-heard",
            Rule::Chant => "chant",
            Rule::QuoteBefore => "quote-before",
            Rule::InterposedQuote => "interposed-quote",
            Rule::AsPutItQuote => "as-put-it-quote",
            Rule::InfinitiveQuote => "infinitive-quote",
            Rule::MessageQuote => "message-quote",
            Rule::ColonQuote => "colon-quote",
            Rule::QuoteParagraphAfterColon => "quote-paragraph-after-colon",
            Rule::QuotedFragment => "quoted-fragment",
            Rule::OuterRelay => "outer-relay",
            Rule::SplitQuote => "split-quote",
            Rule::ParticipleQuote => "participle-quote",
            Rule::ContinuationParagraph => "continuation-paragraph",
            Rule::ContinuationSentence => "continuation-sentence",
            Rule::ContinuationFragment => "continuation-fragment",
            Rule::AccordingTo => "according-to",
            Rule::AfterClaim => "after-claim",
            Rule::VerbCue => "verb-cue",
            Rule::ClauseSubject => "clause-subject",
            Rule::InterposedSubject => "interposed-subject",
            Rule::Participle => "participle",
            Rule::WithParticiple => "with-participle",
            Rule::CoordinatedVerbs => "coordinated-verbs",
            Rule::QuotedAsSaying => "quoted-as-saying",
            Rule::InterposedThat => "interposed-that",
            Rule::ClauseBeforeColon => "clause-before-colon",
            Rule::NounCue => "noun-cue",
            Rule::OwnedNounCue => "owned-noun-cue",
            Rule::OpeningParticiple => "opening-participle",
            Rule::AsPutIt => "as-put-it",
            Rule::AsSaid => "as-x-said",
            Rule::PassiveAgent => "passive-agent",
            Rule::ColonParagraph => "colon-paragraph",
            Rule::ClauseColonQuote => "clause-colon-quote",
            Rule::PurposeInfinitive => "purpose-infinitive",
            Rule::ConjoinedQuotes => "conjoined-quotes",
            Rule::QuotedWords => "quoted-words",
            Rule::QuotedWordsList => "quoted-words-list",
        }
    }
}

/// One example of a rule at work, written for the tests (never a suite's text).
#[cfg(test)]
#[derive(Debug)]
pub enum Example {
    /// The rule marks this claim (text) with this speaker (the phrase's text)
    /// in this text.
    Marks(&'static str, &'static str, &'static str),
    /// The rule marks nothing in this text.
    Not(&'static str),
}

#[cfg(test)]
impl Rule {
    /// The rule's examples, kept beside its code.
    fn examples(self) -> &'static [Example] {
        use super::{direct, quoted_words, reported};
        match self {
            Rule::QuoteAfter => direct::quote_after::QUOTE_AFTER,
            Rule::QuoteHeard => direct::quote_after::QUOTE_HEARD,
            Rule::Chant => direct::chant::CHANT,
            Rule::QuoteBefore => direct::quote_before::QUOTE_BEFORE,
            Rule::InterposedQuote => direct::quote_before::INTERPOSED_QUOTE,
            Rule::AsPutItQuote => direct::colon_quote::AS_PUT_IT_QUOTE,
            Rule::InfinitiveQuote => direct::infinitive::INFINITIVE_QUOTE,
            Rule::MessageQuote => direct::colon_quote::MESSAGE_QUOTE,
            Rule::ColonQuote => direct::colon_quote::COLON_QUOTE,
            Rule::QuoteParagraphAfterColon => direct::paragraph_colon::QUOTE_PARAGRAPH_AFTER_COLON,
            Rule::QuotedFragment => direct::fragment::QUOTED_FRAGMENT,
            Rule::OuterRelay => direct::fragment::OUTER_RELAY,
            Rule::SplitQuote => direct::continuation::SPLIT_QUOTE,
            Rule::ParticipleQuote => direct::continuation::PARTICIPLE_QUOTE,
            Rule::ContinuationParagraph => direct::continuation::CONTINUATION_PARAGRAPH,
            Rule::ContinuationSentence => direct::continuation::CONTINUATION_SENTENCE,
            Rule::ContinuationFragment => direct::continuation::CONTINUATION_FRAGMENT,
            Rule::AccordingTo => reported::according_to::ACCORDING_TO,
            Rule::AfterClaim => reported::after_claim::AFTER_CLAIM,
            Rule::VerbCue => reported::verb_cue::VERB_CUE,
            Rule::ClauseSubject => reported::verb_cue::CLAUSE_SUBJECT,
            Rule::InterposedSubject => reported::verb_cue::INTERPOSED_SUBJECT,
            Rule::Participle => reported::participle::PARTICIPLE,
            Rule::WithParticiple => reported::with_participle::WITH_PARTICIPLE,
            Rule::CoordinatedVerbs => reported::coordinated_verbs::COORDINATED_VERBS,
            Rule::QuotedAsSaying => reported::frame::QUOTED_AS_SAYING,
            Rule::InterposedThat => reported::interposed_that::INTERPOSED_THAT,
            Rule::ClauseBeforeColon => reported::clause_before_colon::CLAUSE_BEFORE_COLON,
            Rule::NounCue => reported::noun_cue::NOUN_CUE,
            Rule::OwnedNounCue => reported::noun_cue::OWNED_NOUN_CUE,
            Rule::OpeningParticiple => reported::opening_participle::OPENING_PARTICIPLE,
            Rule::AsPutIt => reported::as_said::AS_PUT_IT,
            Rule::AsSaid => reported::as_said::AS_SAID,
            Rule::PassiveAgent => reported::passive_agent::PASSIVE_AGENT,
            Rule::ColonParagraph => reported::colon_paragraph::COLON_PARAGRAPH,
            Rule::ClauseColonQuote => reported::colon_quote_clause::CLAUSE_COLON_QUOTE,
            Rule::PurposeInfinitive => reported::purpose_infinitive::PURPOSE_INFINITIVE,
            Rule::ConjoinedQuotes => reported::conjoined_quotes::CONJOINED_QUOTES,
            Rule::QuotedWords => quoted_words::QUOTED_WORDS,
            Rule::QuotedWordsList => quoted_words::QUOTED_WORDS_LIST,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::{speaker_phrase, Found};
    use crate::text::Doc;

    /// (rule, claim, speaker) of every attribution in `text`.
    fn marks(text: &str) -> Vec<(Rule, String, String)> {
        let doc = Doc::new(text);
        let found: Found = super::super::found_in(&doc);
        let slice = |r: std::ops::Range<usize>| doc.span_of(r).slice(text).to_string();
        found
            .live()
            .map(|(id, a)| {
                let speaker = speaker_phrase(&found, id).map_or_else(String::new, slice);
                (a.rule, slice(a.claim.clone()), speaker)
            })
            .collect()
    }

    #[test]
    fn every_rule_marks_its_examples() {
        let mut failures = Vec::new();
        for rule in Rule::ALL {
            let examples = rule.examples();
            let marks_some = examples.iter().any(|e| matches!(e, Example::Marks(..)));
            let marks_none = examples.iter().any(|e| matches!(e, Example::Not(..)));
            if !marks_some || !marks_none {
                failures.push(format!(
                    "{}: needs a text it marks and one it does not",
                    rule.name()
                ));
            }
            for example in examples {
                match *example {
                    Example::Marks(text, claim, speaker) => {
                        let got = marks(text);
                        if !got
                            .iter()
                            .any(|(r, c, s)| *r == rule && c == claim && s == speaker)
                        {
                            failures.push(format!(
                                "{}: {text:?} should mark ({claim:?}, {speaker:?}); got {got:?}",
                                rule.name()
                            ));
                        }
                    }
                    Example::Not(text) => {
                        let got = marks(text);
                        if got.iter().any(|(r, _, _)| *r == rule) {
                            failures.push(format!(
                                "{}: {text:?} should mark nothing by this rule; got {got:?}",
                                rule.name()
                            ));
                        }
                    }
                }
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    #[test]
    fn names_are_unique_and_all_is_complete() {
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
        // `ALL` lists every rule once, in declaration order (a rule added
        // anywhere shifts the last one's number).
        assert!(Rule::ALL.iter().enumerate().all(|(i, &r)| r as usize == i));
        assert_eq!(Rule::ALL.len(), Rule::QuotedWordsList as usize + 1);
    }
}
