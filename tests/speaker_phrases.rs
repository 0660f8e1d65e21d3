//! Who the speaker of a claim is, as a user sees it in `annotate`'s output,
//! when the speaker phrase has a shape of its own: a name set off after a
//! title, a quantifier subject, a subject with a relative clause, a
//! partitive. Short invented articles.
use newsmark::{annotate, Annotations, Fields};

/// (claim text, speaker text) for every claim, in order.
fn claims(text: &str) -> Vec<(String, String)> {
    let result: Annotations = annotate(text);
    result
        .annotations
        .iter()
        .filter_map(|a| match &a.fields {
            Fields::Claim { speaker, .. } => {
                let id = speaker.as_deref().expect("every claim has a speaker");
                let speaker = result
                    .annotations
                    .iter()
                    .find(|s| s.id == id)
                    .expect("the speaker exists");
                Some((a.text.clone(), speaker.text.clone()))
            }
            _ => None,
        })
        .collect()
}

fn pair(claim: &str, speaker: &str) -> (String, String) {
    (claim.to_string(), speaker.to_string())
}

#[test]
fn the_title_before_a_name_set_off_speaks_after_the_claim() {
    // The title's phrase, not the addressee; the name is an apposition,
    // which the spec leaves out of the span.
    assert_eq!(
        claims("The ferry will stay in port, his deputy, Ann Berg, told the Tromso Post."),
        vec![pair("The ferry will stay in port", "deputy")]
    );
    assert_eq!(
        claims("The quota is too low, the union's treasurer, Ola Vik, said on Monday."),
        vec![pair("The quota is too low", "union's treasurer")]
    );
    // Not a list of names.
    assert_eq!(
        claims("The quota is too low, Lund, Ola Vik, said on Monday."),
        vec![]
    );
}

#[test]
fn a_quantifier_opening_its_clause_is_the_subject() {
    assert_eq!(
        claims("Both said the talks had failed."),
        vec![pair("the talks had failed", "Both")]
    );
    assert_eq!(
        claims("A few minutes later both said the talks had failed."),
        vec![pair("the talks had failed", "both")]
    );
    // "They both said": the pronoun is the subject.
    assert_eq!(
        claims("They both said the talks had failed."),
        vec![pair("the talks had failed", "They")]
    );
    assert_eq!(
        claims("Each side said the other was to blame."),
        vec![pair("the other was to blame", "side")]
    );
}

#[test]
fn the_object_inside_a_relative_clause_is_no_speaker() {
    assert_eq!(
        claims("Fishermen who met in Bodo say the quota is unfair."),
        vec![pair("the quota is unfair", "Fishermen")]
    );
    assert_eq!(
        claims("Many of the skippers who met in Bodo say the quota is unfair."),
        vec![pair("the quota is unfair", "Many of the skippers")]
    );
    assert_eq!(
        claims("Unions that backed the mayor say the tax is unfair."),
        vec![pair("the tax is unfair", "Unions")]
    );
    assert_eq!(
        claims("Unions that have backed the mayor say the tax is unfair."),
        vec![pair("the tax is unfair", "Unions")]
    );
    // `object-relative-subject`: the subject after an object relative word.
    assert_eq!(
        claims("The strike, which dockers say could last weeks, began on Monday."),
        vec![pair("which dockers say could last weeks", "dockers")]
    );
    // Not a subject relative's verb phrase.
    assert_eq!(
        claims("Vik, who backed Lund in late May and said the port was safe, left.")
            .iter()
            .map(|(_, speaker)| speaker.as_str())
            .collect::<Vec<_>>(),
        vec!["Vik"]
    );
    // `relative-with-auxiliary` and a long relative clause ending in a name.
    assert_eq!(
        claims("Many of the dock union stewards who'd sooner be out fishing with Vik or Lund or Ann Berg said they backed the plan."),
        vec![pair("they backed the plan", "Many of the dock union stewards")]
    );
    // "that" after a cue opens its clause: the subject there speaks.
    assert_eq!(
        claims("Lund said that Berg says the tax is unfair."),
        vec![pair("Berg says the tax is unfair", "Lund")]
    );
}

#[test]
fn adjectives_before_the_head_keep_the_quote_with_its_speaker() {
    let text = "The mayor spoke first.\n\n\
\"The budget comes first,\" the soft-spoken, 64-year-old treasurer said.\n\n\
\"We never talked about it,\" down-to-earth Berg said.";
    assert_eq!(
        claims(text),
        vec![
            pair(
                "The budget comes first",
                "soft-spoken, 64-year-old treasurer"
            ),
            pair("We never talked about it", "down-to-earth Berg"),
        ]
    );
}

#[test]
fn a_partitive_speaks_after_the_cue() {
    assert_eq!(
        claims("\"There is no way back,\" said one of the aides, who asked not to be named."),
        vec![pair("There is no way back", "one of the aides")]
    );
}

#[test]
fn a_participle_speaks_for_the_nearest_main_clause() {
    assert_eq!(
        claims(
            "Judges fined the owner and Lund closed the dock, admitting that the rules had failed."
        ),
        vec![pair("the rules had failed", "Lund")]
    );
    // A subordinate clause's subject is not the participle's.
    assert_eq!(
        claims(
            "Berg apologized for the emails after they leaked, saying they were written long ago."
        ),
        vec![pair("they were written long ago", "Berg")]
    );
}

#[test]
fn a_relative_clause_before_the_verb_leaves_its_antecedent_speaking() {
    assert_eq!(
        claims(
            "Still, Petrilli, who thinks the board went too far, called the law \"much better.\""
        ),
        vec![pair("much better", "Petrilli")]
    );
}

#[test]
fn a_name_suffix_before_an_apposition() {
    assert_eq!(
        claims(
            "\"The port is too small,\" Ola B. Vik Jr., the director of the Harbour Trust, said."
        ),
        vec![pair("The port is too small", "Ola B. Vik Jr.")]
    );
}

#[test]
fn a_whose_clause_with_its_own_commas_leaves_its_antecedent_speaking() {
    assert_eq!(
        claims("Mr. Lund, whose firm, Vikco, builds roads, said the tender was rigged."),
        vec![pair("the tender was rigged", "Mr. Lund")]
    );
    assert_eq!(
        claims("Ola Lund, whose firm builds roads, said the tender was rigged."),
        vec![pair("the tender was rigged", "Ola Lund")]
    );
}

#[test]
fn a_participle_opening_the_sentence_is_no_speaker() {
    // The quote after "but added" is the subject's, set off by an age.
    assert_eq!(
        claims(
            "Appearing at the club house on Friday, Berg, 64, said the count was not \
             over but added, \"You can all guess the outcome.\""
        ),
        vec![
            pair("the count was not over", "Berg"),
            pair("You can all guess the outcome", "Berg"),
        ]
    );
    // "Having" is no speaker; the perfect participle's "that" clause is the
    // judge's claim (`perfect-participle`).
    assert_eq!(
        claims("Having announced that he would stay, Judge Ola Vik read the verdict."),
        vec![pair("he would stay", "Judge Ola Vik")]
    );
    // A name ending in "-ing" before its verb stays a name.
    assert_eq!(
        claims("Redding describes himself as a \"quiet man of the harbour.\""),
        vec![pair("quiet man of the harbour", "Redding")]
    );
}

#[test]
fn a_name_set_off_after_a_title_is_the_speakers_name() {
    // The span stays the title's phrase (the spec leaves the apposition
    // out); the name field says who it is, and "Vik" later is the same one.
    let result: Annotations = annotate(
        "His campaign manager, Ola Vik, says the plan works. Vik added that it would pass.",
    );
    let speakers: Vec<(&str, Option<&str>, &str)> = result
        .annotations
        .iter()
        .filter_map(|a| match &a.fields {
            Fields::Speaker { name, entity, .. } => {
                Some((a.text.as_str(), name.as_deref(), entity.as_str()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(speakers.len(), 2);
    assert_eq!(speakers[0].0, "campaign manager");
    assert_eq!(speakers[0].1, Some("Ola Vik"));
    assert_eq!(speakers[1].0, "Vik");
    assert_eq!(speakers[1].2, speakers[0].2);
}

#[test]
fn the_agent_of_a_passive_asks_or_reports() {
    // The one who asks is the question's speaker; the quote stays the answerer's.
    assert_eq!(
        claims(
            "\"Never,\" Vik said when asked by a harbour reporter whether the tolls would stay."
        ),
        vec![
            pair("Never", "Vik"),
            pair("whether the tolls would stay", "harbour reporter"),
        ]
    );
    assert_eq!(
        claims("As reported by the Tromso Courier, the ferry line lost money in May."),
        vec![pair("the ferry line lost money in May", "Tromso Courier")]
    );
    // Agentless or negated: nobody speaks.
    assert_eq!(
        claims("Vik was asked whether the tolls would stay."),
        vec![]
    );
    assert_eq!(
        claims("Vik was never asked by the board whether the tolls would stay."),
        vec![]
    );
}

#[test]
fn a_subject_set_off_by_a_quote_in_doubled_apostrophes() {
    // Some papers print quote marks as two apostrophes.
    assert_eq!(
        claims("Mr. Vik, citing ''the unique pull of the coast,'' said the candidate could win."),
        vec![pair("the candidate could win", "Mr. Vik")]
    );
    // Inside such a quote a comma opens no apposition.
    assert_eq!(
        claims("She said she was thinking, ''Well, this is the wrong ferry,'' adding nothing."),
        vec![pair("Well, this is the wrong ferry", "She")]
    );
}

#[test]
fn a_relative_clause_without_a_relative_word_leaves_its_noun_speaking() {
    // `contact-relative-tail`: a preposition's phrase or a time phrase
    // after the relative's verb; the noun before the pronoun speaks. The
    // pronoun's own clause still speaks ("I said").
    for (text, claim, speaker) in [
        (
            "The men we met on the quay said the ship had sunk.",
            "the ship had sunk",
            "men",
        ),
        (
            "Everyone I asked said the ferry was late.",
            "the ferry was late",
            "Everyone",
        ),
        (
            "Some pilots I have talked to over the past month said Holm had sold the boat.",
            "Holm had sold the boat",
            "pilots",
        ),
        ("I said the ship had sunk.", "the ship had sunk", "I"),
        (
            "Pilots we trust said the ship had sunk.",
            "the ship had sunk",
            "Pilots",
        ),
        // `singular-complement-head`: the place at the chain's end is no speaker.
        (
            "A fisherman in the town of Bergen said the catch was poor.",
            "the catch was poor",
            "fisherman in the town of Bergen",
        ),
        (
            "Many fishermen in the town say the catch was poor.",
            "the catch was poor",
            "fishermen in the town",
        ),
        // `place-link`: "near" links a complement as "in" does.
        (
            "Skippers near the harbour say the catch was poor.",
            "the catch was poor",
            "Skippers near the harbour",
        ),
    ] {
        assert_eq!(claims(text), vec![pair(claim, speaker)], "{text}");
    }
}

/// Issue 14 "bugs" round: a span crossing a clause, a quantified subject,
/// a noun inside a fronted time phrase, adverbs and a demonstrative.
#[test]
fn speakers_stay_inside_their_own_clause_and_noun_phrase() {
    for (text, want) in [
        // `coordination-after-verb`: the words before "and" are an object.
        (
            "The captain took care and three said the ferry was late.",
            vec![pair("the ferry was late", "three")],
        ),
        (
            "Lund signed the deal and two said the ferry was late.",
            vec![pair("the ferry was late", "two")],
        ),
        (
            "The skipper kept watch and deckhands said the ferry was late.",
            vec![pair("the ferry was late", "deckhands")],
        ),
        // ... a reporting verb's clause may open with the coordination (the
        // outer claim holds the inner one and is not marked).
        (
            "Officials said farmers and fishers say the quay is unsafe.",
            vec![pair("the quay is unsafe", "farmers and fishers")],
        ),
        (
            "Farmers and fishers said the ferry was late.",
            vec![pair("the ferry was late", "Farmers and fishers")],
        ),
        // `all-but-count`.
        (
            "All but two said the ferry was late.",
            vec![pair("the ferry was late", "All but two")],
        ),
        (
            "Of the forty skippers, all but one say the quay is unsafe.",
            vec![pair("the quay is unsafe", "all but one")],
        ),
        // `time-lead-no-subject`: "tweet" in the fronted phrase is a noun.
        (
            "Three days after her initial tweet, Holm posted a photo of the ferry.",
            vec![],
        ),
        (
            "Three days after her initial tweet, Holm tweeted that the vote was rigged.",
            vec![pair("the vote was rigged", "Holm")],
        ),
        // `speaker-ends-in-noun` with "almost" and "seldom" listed adverbs.
        (
            "Lund spoke with a zeal that almost suggested that the vote was over.",
            vec![],
        ),
        (
            "The port will close in May, officials seldom said.",
            vec![pair("The port will close in May", "officials")],
        ),
        // A participle "told" with no listener, no agent and no clause.
        (
            "The tale of the ferry, a grim saga of debts and storms, is bleak and seldom told.",
            vec![],
        ),
        (
            "The tale of the ferry, a grim saga of debts and storms, is bleak, seldom told.",
            vec![],
        ),
        // `demonstrative-subject`.
        (
            "That angers Berg's backers twice over: by suggesting that the voters erred and by mocking the board.",
            vec![],
        ),
    ] {
        assert_eq!(claims(text), want, "{text}");
    }
}
