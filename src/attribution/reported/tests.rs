//! Tests of the sweeps and of claims that no single rule owns; each rule's own
//! tests are beside it.
use super::*;

/// (claim, speaker or "<same>", cue) of each reported claim.
pub(super) fn reported(text: &str) -> Vec<(String, String, String)> {
    let doc = Doc::new(text);
    let mut found = Found::default();
    find(&doc, &mut found);
    found
        .iter()
        .map(|a| {
            let (claim, speaker, cue) = a.describe(&doc);
            (claim, speaker, cue.unwrap_or_default())
        })
        .collect()
}

pub(super) fn t(claim: &str, speaker: &str, cue: &str) -> (String, String, String) {
    (claim.into(), speaker.into(), cue.into())
}

#[test]
fn a_quoted_fragment_opens_the_reported_clause() {
    assert_eq!(
        reported("Lund has said repeatedly \"the next mayor\" should choose the judge."),
        [t(
            "\"the next mayor\" should choose the judge",
            "Lund",
            "said"
        )]
    );
    assert_eq!(
        reported("Berg said \"the harbour bill\" was dead on arrival."),
        [t(
            "\"the harbour bill\" was dead on arrival",
            "Berg",
            "said"
        )]
    );
    // A subject coordinated with the fragment: the verb comes after it.
    assert_eq!(
        reported("He said \"leaner offices\" and the unpaid fines would cover it."),
        [t(
            "\"leaner offices\" and the unpaid fines would cover it",
            "He",
            "said"
        )]
    );
    // A quote the writer's words do not carry on is no clause of the cue.
    assert!(reported("Berg said \"We will win this race\" and left the hall.").is_empty());
    assert!(reported("Berg said \"We will win this race\" and the crowd cheered.").is_empty());
}

#[test]
fn that_after_an_adjunct_phrase_opens_the_claim() {
    assert_eq!(
        reported("Lund claimed during the long divorce that Berg had lied."),
        [t("Berg had lied", "Lund", "claimed")]
    );
    assert_eq!(
        reported("Berg wrote in the small hours that the ferry was late."),
        [t("the ferry was late", "Berg", "wrote")]
    );
    // A relative "that" (a verb right after it) is no clause of the cue.
    assert!(
        !reported("Lund said in a letter that was leaked the port was closed.")
            .iter()
            .any(|(claim, _, _)| claim.starts_with("was leaked"))
    );
    // `long-adjunct-that`: a longer adjunct with commas or a programme's
    // name, no verb in it.
    assert_eq!(
        reported("Lund said Friday during the filming of a weekly radio talk show in Bergen, Norway, that the county is wrong to cut the ferry."),
        [t("the county is wrong to cut the ferry", "Lund", "said")]
    );
    assert_eq!(
        reported("Berg said on Harbour TV's ''Morning Talk'' on Sunday that Lund had shown no respect to the crews."),
        [t("Lund had shown no respect to the crews", "Berg", "said")]
    );
    // A verb in the stretch: no adjunct, "that" opens nothing of the cue's.
    assert!(
        !reported("Lund said in 1998, Berg allowed her staff and the public to think that the ferry was safe.")
            .iter()
            .any(|(claim, _, _)| claim == "the ferry was safe")
    );
}

#[test]
fn a_speaker_with_an_including_complement() {
    assert_eq!(
        reported("Rioters blocked roads, newspapers including the Harbour Times reported."),
        [t(
            "Rioters blocked roads",
            "newspapers including the Harbour Times",
            "reported"
        )]
    );
    assert_eq!(
        reported("Several states including Norland said the vote was rigged."),
        [t("the vote was rigged", "states including Norland", "said")]
    );
}

#[test]
fn a_clause_after_the_cue_wins_over_a_comma_before_the_subject() {
    assert_eq!(
        reported("After the vote, the Freedonian Foreign Ministry announced on May 2, 2021 that talks would stop."),
        [t("talks would stop", "Freedonian Foreign Ministry", "announced")]
    );
}

#[test]
fn apposition_and_relative_subjects() {
    assert_eq!(
        reported("Ola Nordmann, the harbour master, said the ships were late."),
        [t("the ships were late", "Ola Nordmann", "said")]
    );
}

#[test]
fn not_claims() {
    for text in [
        "The minister vowed to respond.",
        "He declined to say whether the talks had failed.",
        "The islands are said to be rich in gas.",
        "The minister announced a new budget.",
        "She did not say when the vote would be held.",
        "Officials believe the vote was rigged.",
        "The opposition urged voters to stay home.",
        "The figures show that exports fell.",
        // Findings and signals are evidence, not speech (data/reporting_verbs.txt).
        "The inquiry concluded that the port was unsafe.",
        "Harbour records indicate that the ferry was late.",
        "The union has signalled it may strike.",
        // A proposal is a directive, as "urge" is.
        "Lund proposed that the city pay for the ferry.",
        // "comment" takes a topic ("commented on the rules"): an object verb.
        "The union commented on proposed port rules.",
        // `attributive-participle`: "alleged" before its noun is an adjective.
        "Talk of her debts and alleged tax schemes did not hurt her.",
        "The crews met skippers and alleged smuggling rings.",
    ] {
        assert!(reported(text).is_empty(), "{text}: {:?}", reported(text));
    }
}

#[test]
fn a_report_inside_the_adjunct_is_a_noun() {
    assert_eq!(
        reported("The agency said in a March report that fees rose by 9 percent."),
        [t("fees rose by 9 percent", "agency", "said")]
    );
    assert_eq!(
        reported("The agency said in its report the fees rose."),
        [t("the fees rose", "agency", "said")]
    );
}

#[test]
fn a_second_attribution_or_act_ends_the_claim() {
    assert_eq!(
        reported("The mayor said that \"we will reopen,\" he added."),
        [t("\"we will reopen,\"", "mayor", "said")]
    );
    assert_eq!(
        reported("Lund said taxes would rise, and encouraged voters to stay calm."),
        [t("taxes would rise", "Lund", "said")]
    );
    // A past claim may go on with a past of its own subject.
    assert_eq!(
        reported("Lund said the port was closed, and reopened it on Monday."),
        [t(
            "the port was closed, and reopened it on Monday",
            "Lund",
            "said"
        )]
    );
    // A passive participle ("painted by the city") is no act of the speaker.
    assert_eq!(
        reported("Berg said the bridge will be repaired, and painted by the city."),
        [t(
            "the bridge will be repaired, and painted by the city",
            "Berg",
            "said"
        )]
    );
}

#[test]
fn a_relative_subject_after_an_adjunct_ends_at_its_comma() {
    assert_eq!(
        reported("Mr. Hale, who in 2012 said the levy was unfair, voted for it."),
        [t("the levy was unfair", "who", "said")]
    );
}

#[test]
fn object_relatives_claim_from_their_relative_word() {
    assert_eq!(
        reported("They took gifts, which he said were tied to favours."),
        [t("which he said were tied to favours", "he", "said")]
    );
    assert_eq!(
        reported("The plan is what the mayors said was a land grab."),
        [t("was a land grab", "mayors", "said")]
    );
    // A claim with a subject of its own: "that" is no relative.
    assert_eq!(
        reported("It was years ago that Lund said it was over."),
        [t("it was over", "Lund", "said")]
    );
    // A cue noun before an auxiliary is still the subject.
    assert_eq!(reported("The commission report was leaked on Monday."), []);
}

#[test]
fn indirect_questions_long_adverbs_and_plain_past_clauses() {
    assert_eq!(
        reported("Councillors also asked whether the leases obliged the firms to pay."),
        [t(
            "whether the leases obliged the firms to pay",
            "Councillors",
            "asked"
        )]
    );
    assert_eq!(
        reported("Berg has long said that she qualifies for the seat."),
        [t("she qualifies for the seat", "Berg", "said")]
    );
    assert_eq!(
        reported("Berg looked back on the race, suggesting the final vote erased the first."),
        [t(
            "the final vote erased the first",
            "<same as 0>",
            "suggesting"
        )]
        .iter()
        .map(|(c, _, q)| (c.clone(), "Berg".to_string(), q.clone()))
        .collect::<Vec<_>>()
    );
    // A noun object and a coordinated verb is no clause.
    assert_eq!(
        reported("The council has promised a veto and sought to stall the bill."),
        []
    );
}

#[test]
fn initials_long_relatives_and_infinitives_in_the_subject() {
    assert_eq!(
        reported("The stations were closed, said Ola N. Vik, a senior official."),
        [t("The stations were closed", "Ola N. Vik", "said")]
    );
    assert_eq!(
        reported("Ann Lund, 59, of Tromso, who watched the match on a screen, said the event was moving."),
        [t("the event was moving", "Ann Lund", "said")]
    );
    assert_eq!(
        reported("Ola Vik and Ann Berg, who sit on the board, said it was too late."),
        [t("it was too late", "Ola Vik and Ann Berg", "said")]
    );
    assert_eq!(
        reported("Mr. Vik suggests any further deals to cut costs should be gradual."),
        [t(
            "any further deals to cut costs should be gradual",
            "Mr. Vik",
            "suggests"
        )]
    );
    assert_eq!(
        reported("Vik backs Berg and has pledged his support to the party no matter how she does."),
        []
    );
}

#[test]
fn a_plain_noun_apposed_by_dashes_and_a_negative_modal() {
    assert_eq!(
        reported("Insiders in the two counties — Nordland and Troms — said the mayor cannot win."),
        [t(
            "the mayor cannot win",
            "Insiders in the two counties",
            "said"
        )]
    );
    // "asked" inside the subject's relative clause governs nothing.
    assert!(reported("Everyone I asked said the bridge was unsafe.")
        .iter()
        .all(|(claim, _, _)| !claim.starts_with("said")));
}

#[test]
fn a_second_speaker_ends_the_first_claim() {
    assert_eq!(
        reported("Critics say the law is toothless - but Kolb said it would be enforced."),
        [
            t("the law is toothless", "Critics", "say"),
            t("it would be enforced", "Kolb", "said")
        ]
    );
}

#[test]
fn attributions_with_long_appositions_and_tails() {
    assert_eq!(
        reported("The fund is broke, said one party source in the room."),
        [t("The fund is broke", "party source", "said")]
    );
    assert_eq!(
        reported("A lawyer for the local papers, Ola Lund, said no decision had been made."),
        [t("no decision had been made", "Ola Lund", "said")]
    );
}

#[test]
fn relative_that_and_bare_nouns_are_not_the_clause() {
    assert_eq!(
        reported("Lund said officials have a video that shows the blast."),
        [t(
            "officials have a video that shows the blast",
            "Lund",
            "said"
        )]
    );
    assert!(reported("She added a word of warning, should the vote fail.").is_empty());
    assert!(reported("He needs to explain himself and tell fewer stories.").is_empty());
}

#[test]
fn clauses_without_a_marked_verb() {
    assert_eq!(
        reported("The football legend said people misunderstand Lund."),
        [t("people misunderstand Lund", "football legend", "said")]
    );
    assert_eq!(
        reported("Two-thirds of Freedonian insiders said Lund would lose."),
        [t(
            "Lund would lose",
            "Two-thirds of Freedonian insiders",
            "said"
        )]
    );
    assert_eq!(
        reported("Lund has said about 20 people applied."),
        [t("about 20 people applied", "Lund", "said")]
    );
}

#[test]
fn nested_attribution_is_not_marked_separately() {
    assert_eq!(
        reported("Berg said the envoy told him the deal was off."),
        [t("the envoy told him the deal was off", "Berg", "said")]
    );
}

#[test]
fn speakers_with_a_prepositional_complement() {
    assert_eq!(
        reported("Experts on trade and farming said the tariff would hurt."),
        [t(
            "the tariff would hurt",
            "Experts on trade and farming",
            "said"
        )]
    );
    assert_eq!(
        reported("Lawyers for the family said the video was cut."),
        [t("the video was cut", "Lawyers for the family", "said")]
    );
}

#[test]
fn a_relative_who_speaks() {
    assert_eq!(
        reported("Among those who said they had doubts, most backed Lund."),
        [t("they had doubts", "who", "said")]
    );
    assert_eq!(
        reported("Berg, who said the plan was dead, left early."),
        [t("the plan was dead", "who", "said")]
    );
    assert_eq!(
        reported("The panel, which said the talks had failed, gave no details."),
        [t("the talks had failed", "which", "said")]
    );
}

#[test]
fn an_infinitive_inside_the_subject_of_the_clause() {
    assert_eq!(
        reported("Lund said the only way to keep the ferry is to vote."),
        [t(
            "the only way to keep the ferry is to vote",
            "Lund",
            "said"
        )]
    );
    assert_eq!(reported("Lund added a note to the file."), []);
    // `infinitive-subject`: a coordinated object of the infinitive, and a
    // past tense with its object as the clause's verb.
    assert_eq!(
        reported("Vik said the plan to sell old and broken boats had no effect on the fares."),
        [t(
            "the plan to sell old and broken boats had no effect on the fares",
            "Vik",
            "said"
        )]
    );
    assert_eq!(
        reported("Vik said the ban on spending to build piers in the new budget stopped the plan."),
        [t(
            "the ban on spending to build piers in the new budget stopped the plan",
            "Vik",
            "said"
        )]
    );
    // An infinitive of purpose after a noun object, its "and" opening a clause: no claim.
    assert_eq!(
        reported("Vik added a clause to cut fares and the port closed."),
        []
    );
    assert_eq!(
        reported("Vik announced plans to build piers expanded over the bay."),
        []
    );
}

#[test]
fn an_abbreviation_stop_inside_the_clause() {
    assert_eq!(
        reported("Aides said the upside of hiring Mr. Lund would outweigh the cost."),
        [t(
            "the upside of hiring Mr. Lund would outweigh the cost",
            "Aides",
            "said"
        )]
    );
}

#[test]
fn an_including_list_stays_in_the_claim() {
    assert_eq!(
        reported("Lund said the plan would use sensors, including cameras on every pier."),
        [t(
            "the plan would use sensors, including cameras on every pier",
            "Lund",
            "said"
        )]
    );
}

#[test]
fn quantifiers_as_subjects() {
    assert_eq!(
        reported("Yet another said the bridge is a disaster."),
        [t("the bridge is a disaster", "another", "said")]
    );
    assert_eq!(
        reported("The ferry is late, one said."),
        [t("The ferry is late", "one", "said")]
    );
    assert_eq!(
        reported("But some note that the port is busy."),
        [t("the port is busy", "some", "note")]
    );
}

#[test]
fn a_clause_of_time_after_the_cue_is_no_claim() {
    assert_eq!(reported("Lund said after the attacks."), []);
    assert_eq!(
        reported("Ola Lund said when she quit the board in 2014."),
        []
    );
    assert_eq!(
        reported("Lund said when the ferry arrives, the port will open."),
        [t(
            "when the ferry arrives, the port will open",
            "Lund",
            "said"
        )]
    );
    assert_eq!(
        reported("Lund said after the vote he would resign."),
        [t("he would resign", "Lund", "said")]
    );
}

#[test]
fn a_conjunction_and_another_speaker_end_the_claim() {
    assert_eq!(
        reported("Lund said the port was busy, though she noted prices are rising."),
        [
            t("the port was busy", "Lund", "said"),
            t("prices are rising", "she", "noted")
        ]
    );
    assert_eq!(
        reported("Lund said the reforms were not complete, and rights groups warned that the army kept its power."),
        [
            t("the reforms were not complete", "Lund", "said"),
            t("the army kept its power", "groups", "warned")
        ]
    );
    // An auxiliary is no subject: ", but would eventually add ..." stays in the claim.
    assert_eq!(
        reported("The centre says it would cut revenue, but would eventually add $8 million."),
        [t(
            "it would cut revenue, but would eventually add $8 million",
            "centre",
            "says"
        )]
    );
}

#[test]
fn a_dashed_apposition_with_quote_marks_leads_to_the_subject() {
    assert_eq!(
        reported("Lund - who said he would \"fight back\" - said the plan was dead."),
        [
            t("he would \"fight back\"", "who", "said"),
            t("the plan was dead", "Lund", "said")
        ]
    );
}

#[test]
fn a_bracket_opened_before_the_claim_closes_it() {
    assert_eq!(
        reported("The port shut. (Lund said the ferry was late.) It rained."),
        [t("the ferry was late", "Lund", "said")]
    );
    assert_eq!(
        reported("The port shut (Lund said the ferry was late) and it rained."),
        [t("the ferry was late", "Lund", "said")]
    );
    assert_eq!(
        reported("Lund said the ferry was late (again)."),
        [t("the ferry was late (again)", "Lund", "said")]
    );
}

#[test]
fn contracted_relatives_and_quantifiers_before_an_auxiliary() {
    assert_eq!(
        reported("The chair met the envoys who've already said they back the plan."),
        [t("they back the plan", "who've", "said")]
    );
    assert_eq!(
        reported("He was backed by Ann Berg, who's argued since 2010 that the quota must end."),
        [t("the quota must end", "who", "argued")]
    );
    assert_eq!(
        reported("Some have suggested that Lund is wrong."),
        [t("Lund is wrong", "Some", "suggested")]
    );
    // A phrase interposed in a relative clause's claim stays in it.
    assert_eq!(
        reported("The deal angered Ola Lund, who suggested that the mayor, under fire for the floods, would resign."),
        [t(
            "the mayor, under fire for the floods, would resign",
            "who",
            "suggested"
        )]
    );
}

#[test]
fn a_coordinated_plain_subject_and_cue_starts_another_claim() {
    assert_eq!(
        reported("Some 60 percent said the toll was fair and 30 percent said it was too high."),
        [
            t("the toll was fair", "60 percent", "said"),
            t("it was too high", "30 percent", "said"),
        ]
    );
    // A fraction written with a hyphen is one plain word of the subject.
    assert_eq!(
        reported("Most skippers said the toll was fair, and two-thirds said it would rise."),
        [
            t("the toll was fair", "skippers", "said"),
            t("it would rise", "two-thirds", "said"),
        ]
    );
    // "remarks" is a noun here, and "patrols" no cue: one claim.
    assert_eq!(
            reported("A spokeswoman said Berg has no more speeches planned and delivered only brief remarks."),
            [t(
                "Berg has no more speeches planned and delivered only brief remarks",
                "spokeswoman",
                "said"
            )]
        );
}

#[test]
fn a_prepositions_object_before_the_verb_is_no_subject() {
    assert_eq!(
        reported(
            "Past and present aides who talked with the Harbour Courier said the board was idle."
        ),
        [t("the board was idle", "Past and present aides", "said")]
    );
    assert_eq!(
        reported("Farm groups that have backed him say the board should choose."),
        [t("the board should choose", "Farm groups", "say")]
    );
    assert_eq!(
        reported("Officials here say the port will close."),
        [t("the port will close", "Officials", "say")]
    );
    assert_eq!(
        reported("Of the envoys, each said the port will close."),
        [t("the port will close", "each", "said")]
    );
}

#[test]
fn continued_to_say_is_a_speech_act_of_the_subject() {
    assert_eq!(
        reported("Berg continued to say he had not seen the boat."),
        [t("he had not seen the boat", "Berg", "say")]
    );
    assert_eq!(
        reported("The trustees continued to assure him that the fund was safe."),
        [t("the fund was safe", "trustees", "assure")]
    );
    assert!(reported("Lund continued to work on the plan.").is_empty());
    assert!(reported("Lund wanted to say the port would close.").is_empty());
}

#[test]
fn a_report_noun_and_a_time_inside_the_subject_stretch() {
    assert_eq!(
        reported("A radio report aired Tuesday said the minister used a private car."),
        [t(
            "the minister used a private car",
            "radio report aired",
            "said"
        )]
    );
    assert_eq!(
        reported("Lund backed the quota but has since said the system needs reform."),
        [t("the system needs reform", "Lund", "said")]
    );
}

#[test]
fn a_coordinated_verbs_subject_after_a_fronted_place_and_its_state() {
    assert_eq!(
        reported("At a campaign event in Tromso, Nor., 62-year-old Ann Vik also railed against the port, and explained that it upset her."),
        [t("it upset her", "62-year-old Ann Vik", "explained")]
    );
}
