//! Speakers and claims as a user sees them in `annotate`'s output, on short
//! invented articles.
use newsmark::{annotate, Annotation, Annotations, ClaimMode, Fields};

/// (claim text, mode, speaker text, cue text) for every reported or direct claim.
fn claims(result: &Annotations) -> Vec<(String, ClaimMode, String, Option<String>)> {
    result
        .annotations
        .iter()
        .filter_map(|a| match &a.fields {
            Fields::Claim { mode, speaker, cue } if *mode != ClaimMode::Territorial => {
                let speaker = speaker.as_deref().expect("every claim has a speaker");
                Some((
                    a.text.clone(),
                    *mode,
                    by_id(result, speaker).text.clone(),
                    cue.as_ref().map(|c| c.text.clone()),
                ))
            }
            _ => None,
        })
        .collect()
}

fn by_id<'a>(result: &'a Annotations, id: &str) -> &'a Annotation {
    result
        .annotations
        .iter()
        .find(|a| a.id == id)
        .expect("every id a field points to exists")
}

/// The entity of the speaker annotation with this text (the first one).
fn entity_of(result: &Annotations, text: &str) -> String {
    result
        .annotations
        .iter()
        .find_map(|a| match &a.fields {
            Fields::Speaker { entity, .. } if a.text == text => Some(entity.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no speaker {text:?}"))
}

fn c(
    claim: &str,
    mode: ClaimMode,
    speaker: &str,
    cue: Option<&str>,
) -> (String, ClaimMode, String, Option<String>) {
    (claim.into(), mode, speaker.into(), cue.map(str::to_string))
}

use ClaimMode::{Direct, Reported};

#[test]
fn a_wire_story_with_reported_and_direct_claims() {
    let text = "OSLO, March 3 (Reuters) - Norway has broken the fishing accord, \
Canadian Fisheries Minister Kari Berg said on Tuesday.\n\n\
\"We cannot accept this,\" Berg told reporters. \"Our boats have rights too.\"\n\n\
The Norwegian Foreign Ministry said in a statement that the accord was still in force.";
    let result = annotate(text);
    assert_eq!(
        claims(&result),
        [
            c(
                "Norway has broken the fishing accord",
                Reported,
                "Canadian Fisheries Minister Kari Berg",
                Some("said")
            ),
            c("We cannot accept this", Direct, "Berg", Some("told")),
            c("Our boats have rights too", Direct, "Berg", Some("told")),
            c(
                "the accord was still in force",
                Reported,
                "Norwegian Foreign Ministry",
                Some("said")
            ),
        ]
    );
    assert_eq!(
        entity_of(&result, "Berg"),
        entity_of(&result, "Canadian Fisheries Minister Kari Berg")
    );
    let minister = result
        .annotations
        .iter()
        .find(|a| a.text == "Canadian Fisheries Minister Kari Berg")
        .unwrap();
    let Fields::Speaker { name, country, .. } = &minister.fields else {
        panic!("a speaker")
    };
    assert_eq!(name.as_deref(), Some("Kari Berg"));
    assert_eq!(country.as_deref(), Some("CA"));
}

#[test]
fn pronouns_and_short_descriptions_join_their_entity() {
    let text = "The Freedonian foreign ministry said the talks had failed. \
The ministry added that new talks were possible. It stressed that no date was set.\n\n\
Ambassador Ola Lund said the embassy would stay open. He said staff were safe.";
    let result = annotate(text);
    let ministry = entity_of(&result, "Freedonian foreign ministry");
    assert_eq!(entity_of(&result, "ministry"), ministry);
    assert_eq!(entity_of(&result, "It"), ministry);
    let lund = entity_of(&result, "Ambassador Ola Lund");
    assert_eq!(entity_of(&result, "He"), lund);
    assert_ne!(lund, ministry);
}

#[test]
fn singular_subjects_of_present_cues_and_inverted_speakers_with_modifiers() {
    let text = "A spokesman says the ferry will run. An aide warns that the fares will rise. \
A few claims that the port was shut were false. \
\"It is a way to help out,\" says a source briefed on the club's plans. \
The island has more pull, says political scientist Ola Vik.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c("the ferry will run", Reported, "spokesman", Some("says")),
            c("the fares will rise", Reported, "aide", Some("warns")),
            c("It is a way to help out", Direct, "source", Some("says")),
            c(
                "The island has more pull",
                Reported,
                "political scientist Ola Vik",
                Some("says")
            ),
        ]
    );
}

#[test]
fn a_listening_body_after_told_is_no_claim() {
    let text =
        "The plan includes a new ferry, Transport Minister Ola Vik told a Senate panel Wednesday.";
    assert_eq!(
        claims(&annotate(text)),
        [c(
            "The plan includes a new ferry",
            Reported,
            "Transport Minister Ola Vik",
            Some("told")
        )]
    );
}

#[test]
fn a_plain_noun_phrase_subject_gives_its_quoted_words() {
    let text = "The harbour master called the new levy a \"cheap stunt\".";
    assert_eq!(
        claims(&annotate(text)),
        [c("cheap stunt", Direct, "harbour master", Some("called"))]
    );
}

#[test]
fn names_in_title_case_are_no_quoted_words() {
    let text = "Lund denounced the new \"Friends Of The Harbour\" movement. \
Berg joined a group called the \"Ferry Users Union\". \
Vik runs videos he calls \"Harbour Watch TV\". \
Holm called the toll a \"daylight robbery\".";
    assert_eq!(
        claims(&annotate(text)),
        [
            c("Harbour Watch TV", Direct, "he", Some("calls")),
            c("daylight robbery", Direct, "Holm", Some("called")),
        ]
    );
}

#[test]
fn a_relay_frame_active_and_passive() {
    let text = "The Gazette quoted Eva Holm as saying bread prices will rise. \
Ola Vik was quoted by the Gazette as saying the mill would close.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "bread prices will rise",
                Reported,
                "Eva Holm",
                Some("saying")
            ),
            c("the mill would close", Reported, "Ola Vik", Some("saying")),
        ]
    );
}

#[test]
fn according_to_without_a_comma_after_a_colon_and_in_brackets() {
    let text = "The mayor leads the race by 40 votes according to a count by the Gazette. \
Nobody has missed it: According to new surveys, she holds a third of the rural vote. \
(According to the harbour police, they keep no records of such fines.) \
Most ferries ran late according to plan.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "The mayor leads the race by 40 votes",
                Reported,
                "count by the Gazette",
                Some("according to")
            ),
            c(
                "she holds a third of the rural vote",
                Reported,
                "new surveys",
                Some("According to")
            ),
            c(
                "they keep no records of such fines",
                Reported,
                "harbour police",
                Some("According to")
            ),
        ]
    );
}

#[test]
fn according_to_before_and_after_the_claim() {
    let text = "According to the coast guard, two trawlers sank overnight. \
The crews were rescued, according to local officials.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "two trawlers sank overnight",
                Reported,
                "coast guard",
                Some("According to")
            ),
            c(
                "The crews were rescued",
                Reported,
                "local officials",
                Some("according to")
            ),
        ]
    );
}

#[test]
fn a_quote_over_two_paragraphs_and_a_continuation() {
    let text = "Berg said: \"The first problem is the quota.\n\n\
\"The second problem is the weather, and we cannot change it.\"\n\n\
\"Both will take years to solve.\"";
    let result = annotate(text);
    let found = claims(&result);
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|(_, mode, _, _)| *mode == Direct));
    assert_eq!(found[0].3.as_deref(), Some("said"));
    assert_eq!(
        found[1].3, None,
        "a continued paragraph has no cue of its own"
    );
    let speakers: Vec<&Annotation> = result
        .annotations
        .iter()
        .filter(|a| matches!(a.fields, Fields::Speaker { .. }))
        .collect();
    assert_eq!(speakers.len(), 1, "one speaker for the three paragraphs");
}

#[test]
fn interposed_attribution_and_participles() {
    let text = "The currency, dealers said, was falling fast. \
The bank raised rates on Friday, making it clear that more rises could follow.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "The currency, dealers said, was falling fast",
                Reported,
                "dealers",
                Some("said")
            ),
            c(
                "more rises could follow",
                Reported,
                "bank",
                Some("making it clear")
            ),
        ]
    );
}

#[test]
fn not_claims() {
    for text in [
        "Analysts believe the economy will shrink.",
        "The minister declined to say whether the border would close.",
        "The islands are said to be rich in oil.",
        "The president vowed to respond.",
        "A poll found that most voters were undecided.",
        "The opposition urged voters to boycott the election.",
        "She starred in \"The Long Winter\" last year.",
        "They did not say when the vote would be held.",
    ] {
        let result = annotate(text);
        assert!(claims(&result).is_empty(), "{text}: {:?}", claims(&result));
        assert!(
            !result
                .annotations
                .iter()
                .any(|a| matches!(a.fields, Fields::Speaker { .. })),
            "{text}: a speaker without a claim"
        );
    }
}

#[test]
fn addressees_and_relays_are_not_speakers() {
    let text = "\"The deal is dead,\" Lund told Reuters, quoted by the Tass agency.";
    let result = annotate(text);
    assert_eq!(
        claims(&result),
        [c("The deal is dead", Direct, "Lund", Some("told"))]
    );
    let speakers: Vec<&str> = result
        .annotations
        .iter()
        .filter(|a| matches!(a.fields, Fields::Speaker { .. }))
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(speakers, ["Lund"]);
}

#[test]
fn a_state_speaks_and_is_a_country() {
    let text = "Canada said the ban would stay.";
    let result = annotate(text);
    assert_eq!(
        claims(&result),
        [c("the ban would stay", Reported, "Canada", Some("said"))]
    );
    let kinds: Vec<&str> = result
        .annotations
        .iter()
        .filter(|a| a.text == "Canada")
        .map(|a| match a.fields {
            Fields::Speaker { .. } => "speaker",
            Fields::Country { .. } => "country",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["speaker", "country"]);
}

#[test]
fn offsets_are_utf16_around_curly_quotes_and_emoji() {
    let text = "🎉 “Nous gagnerons,” dit-on — “We will win,” said Anaïs Lund.";
    let result = annotate(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for a in &result.annotations {
        assert_eq!(String::from_utf16(&utf16[a.start..a.end]).unwrap(), a.text);
    }
    assert_eq!(
        claims(&result),
        [c("We will win", Direct, "Anaïs Lund", Some("said"))]
    );
}

#[test]
fn nasty_quote_inputs_do_not_panic() {
    for text in [
        "\"\"=".to_string(),
        "\"".to_string(),
        "He said \"".to_string(),
        "\"a \"b\" c\" he said.".to_string(),
        "''".to_string(),
        "\"".repeat(10_000),
        "“said”".repeat(3_000),
        "He said, \"".repeat(2_000),
    ] {
        let _ = annotate(&text);
    }
}

#[test]
fn round_two_constructions_in_a_local_story() {
    let text = "On Sunday's edition of \"Harbour Talk,\" Mayor Ola Lund said the ferry \
would run again in May.\n\n\
Lund, who said the depot was safe, told the crowd at the quay that repairs were done. \
\"Is anyone still worried?\" Lund asked. \"Not me.\"\n\n\
Lawyers for the ferry company said the repairs went well. As one skipper put it, \
the boats are ready.";
    let result = annotate(text);
    assert_eq!(
        claims(&result),
        vec![
            c(
                "the ferry would run again in May",
                Reported,
                "Mayor Ola Lund",
                Some("said")
            ),
            c("the depot was safe", Reported, "who", Some("said")),
            c("repairs were done", Reported, "Lund", Some("told")),
            c("Is anyone still worried", Direct, "Lund", Some("asked")),
            c("Not me", Direct, "Lund", Some("asked")),
            c(
                "the repairs went well",
                Reported,
                "Lawyers for the ferry company",
                Some("said")
            ),
            c("the boats are ready", Reported, "skipper", Some("put it")),
        ]
    );
    // The relative pronoun is Lund, as "he" would be.
    assert_eq!(
        entity_of(&result, "who"),
        entity_of(&result, "Mayor Ola Lund")
    );
}

#[test]
fn round_three_constructions_in_a_regional_story() {
    let text = "\"The tolls are an overreach,\" Ola Lund, the attorney general of Nordmark, \
one of the regions suing the board, said at a hearing.\n\n\
Governor Lee Min-ho said the bridge would open in June. In a survey, 41 percent said \
the tolls were too high.\n\n\
Berg -- an author of a book on ferries -- said the fares tended to rise in winter. \
The board cited the levy, which Berg said was unfair.\n\n\
Mr. Hale, who in 2012 said the levy was needed, voted against it.";
    let result = annotate(text);
    assert_eq!(
        claims(&result),
        vec![
            c(
                "The tolls are an overreach",
                Direct,
                "Ola Lund",
                Some("said")
            ),
            c(
                "the bridge would open in June",
                Reported,
                "Governor Lee Min-ho",
                Some("said")
            ),
            c(
                "the tolls were too high",
                Reported,
                "41 percent",
                Some("said")
            ),
            c(
                "the fares tended to rise in winter",
                Reported,
                "Berg",
                Some("said")
            ),
            c("which Berg said was unfair", Reported, "Berg", Some("said")),
            c("the levy was needed", Reported, "who", Some("said")),
        ]
    );
}

#[test]
fn a_council_story_with_coordinated_verbs_relatives_and_initials() {
    let text = "TROMSO, June 4 - When Mayor Ola N. Vik thanked the crowd and said \
the port would stay open, a man booed.\n\n\
The farmers I spoke to said the harvest was late. \
Insiders across the four counties said the mayor cannot win.\n\n\
Ann Lund, 61, of Harstad, who watched the meeting on a screen, said the vote was fair.\n\n\
The quay was closed for a week, newspapers including the Harbour Times reported.\n\n\
Having said that, the plan has merits.";
    let result = annotate(text);
    assert_eq!(
        claims(&result),
        [
            c(
                "the port would stay open",
                Reported,
                "Mayor Ola N. Vik",
                Some("said")
            ),
            c("the harvest was late", Reported, "farmers", Some("said")),
            c(
                "the mayor cannot win",
                Reported,
                "Insiders across the four counties",
                Some("said")
            ),
            c("the vote was fair", Reported, "Ann Lund", Some("said")),
            c(
                "The quay was closed for a week",
                Reported,
                "newspapers including the Harbour Times",
                Some("reported")
            ),
        ]
    );
}

/// A claim pointing at an earlier attribution's speaker ("adding that ...")
/// kept that speaker when an attribution before it was removed (the
/// clause after "said" running past a colon): ids, not shifting positions.
#[test]
fn a_removed_attribution_does_not_take_a_later_claim_with_it() {
    let text = "Club secretary Ola Berg said in a statement: \"The directors and staff \
wish to thank him warmly for his years at the club.\" Lund said the plan \
would fail, adding that the money had run out.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "The directors and staff wish to thank him warmly for his years at the club",
                Direct,
                "Club secretary Ola Berg",
                Some("said")
            ),
            c("the plan would fail", Reported, "Lund", Some("said")),
            c("the money had run out", Reported, "Lund", Some("adding")),
        ]
    );
}

/// Issue 14, first rows of its table: adverbials and relative clauses between
/// a subject and its cue, plain plural heads in no word list, a typographic
/// apostrophe in the clause.
#[test]
fn subjects_set_off_from_their_cue_and_plain_plural_heads() {
    let text = "Bordurian ministers in the past have warned that the quota would hurt \
the fleet.\n\nPrices will fall, rice growers said on Monday. Ferry owners who backed \
the plan warned on Tuesday that fares would rise. Hacking specialists say the leak \
doesn’t matter.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "the quota would hurt the fleet",
                Reported,
                "Bordurian ministers",
                Some("warned")
            ),
            c("Prices will fall", Reported, "rice growers", Some("said")),
            c("fares would rise", Reported, "Ferry owners", Some("warned")),
            c(
                "the leak doesn’t matter",
                Reported,
                "Hacking specialists",
                Some("say")
            ),
        ]
    );
}

/// Issue 14, more rows of its table: a nested attribution (the outer one is
/// marked, its claim holds the inner cue), an agent far from its participle
/// ("toured the coast saying"; "The retired surgeon has given no details,
/// saying"), and a relay's frame (the one quoted speaks, not the paper).
#[test]
fn nested_attributions_distant_agents_and_frames() {
    let text = "Harbour officials said the union also wrote to the mayor.\n\n\
Norland envoys toured the coast saying the ferries were safe. The retired surgeon \
has given no details, saying only that he would return.\n\n\
The Harbour Times quoted Ola Vik as saying the fares would rise.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "the union also wrote to the mayor",
                Reported,
                "Harbour officials",
                Some("said")
            ),
            c(
                "the ferries were safe",
                Reported,
                "Norland envoys",
                Some("saying")
            ),
            c(
                "he would return",
                Reported,
                "retired surgeon",
                Some("saying")
            ),
            c("the fares would rise", Reported, "Ola Vik", Some("saying")),
        ]
    );
}

/// Issue 14, the clause side: an adjunct before an interposed attribution
/// leaves one claim over the sentence, and "A spokesman said" is a verb
/// after its subject, not the noun of "a strong signal".
#[test]
fn adjuncts_before_an_interposed_attribution_and_an_indefinite_subject() {
    let text = "At the time, she said, Lund was trying to win the seat.\n\n\
A spokesman said the ferry would sail at noon.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "At the time, she said, Lund was trying to win the seat",
                Reported,
                "she",
                Some("said")
            ),
            c(
                "the ferry would sail at noon",
                Reported,
                "spokesman",
                Some("said")
            ),
        ]
    );
}

/// Issue 14, the clause side: "with X warning that", a participle opening
/// the sentence with its "that", and participles after a dash or a preposition.
#[test]
fn participles_with_their_own_agent_or_opening_the_sentence() {
    let text =
        "The ferry vote went ahead, with the harbour union warning that it would be rigged.\n\n\
Noting that both men had fought the toll, the old senator backed Lund.\n\n\
Berg could fight the charge by arguing that the skipper was a threat.";
    assert_eq!(
        claims(&annotate(text)),
        [
            c(
                "it would be rigged",
                Reported,
                "harbour union",
                Some("warning")
            ),
            c(
                "both men had fought the toll",
                Reported,
                "old senator",
                Some("Noting")
            ),
            c(
                "the skipper was a threat",
                Reported,
                "Berg",
                Some("arguing")
            ),
        ]
    );
}

/// Speaker phrases as a reader sees them: a partitive names no one, a
/// participle after an object's "with" phrase is the subject's, a time word
/// after "each" is no part of the speaker, and a negated subject says
/// nothing (`partitive-no-name`, `with-object-complement`,
/// `fronted-time-determiner`, `negated-subject`).
#[test]
fn partitives_object_complements_fronted_times_and_negated_subjects() {
    let text = "BODO, May 2 - One of the fishermen said the quota was too low.\n\n\
One of the skippers said the harbour fees had doubled.\n\n\
The Harbour Party has run ads with both papers reminding voters that the toll will rise.\n\n\
Each spring skippers near the harbour say the ice is thinner.\n\n\
Neither the mayor nor her deputy said the budget was final. Nobody said the port would close.";
    let result = annotate(text);
    assert_eq!(
        claims(&result),
        [
            c(
                "the quota was too low",
                Reported,
                "One of the fishermen",
                Some("said")
            ),
            c(
                "the harbour fees had doubled",
                Reported,
                "One of the skippers",
                Some("said")
            ),
            c(
                "the toll will rise",
                Reported,
                "Harbour Party",
                Some("reminding")
            ),
            c(
                "the ice is thinner",
                Reported,
                "skippers near the harbour",
                Some("say")
            ),
        ]
    );
    let name_of = |text: &str| {
        result.annotations.iter().find_map(|a| match &a.fields {
            Fields::Speaker { name, .. } if a.text == text => Some(name.clone()),
            _ => None,
        })
    };
    // "One" is no name, and two partitives are two speakers.
    assert_eq!(name_of("One of the fishermen"), Some(None));
    assert_eq!(name_of("One of the skippers"), Some(None));
    assert_ne!(
        entity_of(&result, "One of the fishermen"),
        entity_of(&result, "One of the skippers")
    );
}
