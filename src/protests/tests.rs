//! Unit tests of the protest pass: triggers, spans and roles, on sentences
//! written for them, with country mentions from the gazetteer.
use super::*;
use crate::mentions::Agent;
use crate::model::{ClaimMode, Span};

struct Found {
    text: String,
    form: ProtestForm,
    protester: Option<String>,
    target: Option<String>,
    against: Option<&'static str>,
}

fn run(text: &str, speakers: &[SpeakerMention], claims: &[ClaimMention]) -> Vec<Found> {
    let doc = Doc::new(text);
    let countries = crate::countries::find(&doc);
    find(&doc, &countries, speakers, claims)
        .into_iter()
        .map(|p| Found {
            text: p.span.slice(text).to_string(),
            form: p.form,
            protester: p.protester.map(|a| match a {
                Agent::Country(c) => countries[c].span.slice(text).to_string(),
                Agent::Speaker(s) => speakers[s].span.slice(text).to_string(),
            }),
            target: p.target.map(|t| t.slice(text).to_string()),
            against: p.against,
        })
        .collect()
}

/// The one protest of `text`.
fn one(text: &str) -> Found {
    let mut f = run(text, &[], &[]);
    assert_eq!(f.len(), 1, "{text}");
    f.remove(0)
}

fn spans(text: &str) -> Vec<String> {
    run(text, &[], &[]).into_iter().map(|f| f.text).collect()
}

/// The state the first protest of `text` is against.
fn first_against(text: &str) -> Option<&'static str> {
    run(text, &[], &[]).first().and_then(|f| f.against)
}

#[test]
fn diplomatic_protest_with_its_roles() {
    let f = one("France strongly protested Canada's fishing ban on Monday.");
    assert_eq!(f.text, "strongly protested");
    assert_eq!(f.form, ProtestForm::Diplomatic);
    assert_eq!(f.protester.as_deref(), Some("France"));
    // The day is the protest's, not the ban's (`target-end`).
    assert_eq!(f.target.as_deref(), Some("Canada's fishing ban"));
    assert_eq!(f.against, Some("CA"));
}

#[test]
fn light_verbs_and_modifiers_join_the_span() {
    assert_eq!(
        spans("Unions staged a one-day general strike."),
        ["staged a one-day general strike"]
    );
    assert_eq!(
        spans("Germany lodged a strong protest with China."),
        ["lodged a strong protest"]
    );
    assert_eq!(
        spans("Crowds held violent protests."),
        ["held violent protests"]
    );
    assert_eq!(spans("Kenya will protest strongly."), ["protest strongly"]);
}

#[test]
fn demonstrations_of_every_kind() {
    assert_eq!(spans("Dockers went on strike."), ["went on strike"]);
    assert_eq!(spans("Miners downed tools at noon."), ["downed tools"]);
    assert_eq!(
        spans("Cabbies took their taxis to the streets."),
        ["took their taxis to the streets"]
    );
    assert_eq!(spans("Students began a sit-in."), ["sit-in"]);
    assert_eq!(spans("Fans boycotted the final."), ["boycotted"]);
    assert_eq!(spans("Riots broke out."), ["Riots"]);
    assert_eq!(
        spans("Growers blocked the main roads."),
        ["blocked the main roads"]
    );
    assert_eq!(spans("Nurses marched to the ministry."), ["marched"]);
    assert_eq!(spans("Thousands rallied against the cuts."), ["rallied"]);
    assert_eq!(
        spans("A hunger strike entered its tenth day."),
        ["hunger strike"]
    );
}

#[test]
fn demands_to_undo_an_act() {
    let f = run(
        "Oslo called for an immediate withdrawal of the decree.",
        &[],
        &[],
    );
    assert_eq!(f[0].text, "called for an immediate withdrawal");
    assert_eq!(f[0].target.as_deref(), Some("the decree"));
    assert_eq!(
        spans("Berlin called on Kyiv to reconsider its ban."),
        ["called on Kyiv to reconsider"]
    );
    assert_eq!(
        spans("Ghana summoned the Togolese ambassador in protest."),
        ["summoned the Togolese ambassador in protest"]
    );
}

#[test]
fn an_act_in_protest_is_one_protest() {
    let f = one("Farmers blocked a bridge with tractors in a protest against the French government's plans.");
    assert_eq!(f.text, "blocked a bridge with tractors in a protest");
    assert_eq!(f.target.as_deref(), Some("the French government's plans"));
    assert_eq!(f.against, Some("FR"));
}

#[test]
fn in_protest_joins_only_a_protest_of_the_acts_own() {
    // "in Oslo to protest": a place, then a purpose: two mentions, the
    // purpose sharing the act's (unknown) protester.
    let f = run(
        "Farmers rallied outside the German embassy in Oslo to protest the import quotas.",
        &[],
        &[],
    );
    let texts: Vec<&str> = f.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["rallied", "protest"]);
    assert_eq!(f[1].target.as_deref(), Some("the import quotas"));
    assert_eq!(f[1].protester, None);
}

#[test]
fn a_stated_purpose_shares_its_acts_roles() {
    // "to protest" after a summons: the summoning state protests, against
    // the state of the diplomat summoned, not the victim the target names.
    let f = run(
        "Finland summoned the Estonian ambassador to protest the expulsion of a Finnish diplomat.",
        &[],
        &[],
    );
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].text, "summoned the Estonian ambassador");
    assert_eq!(f[0].against, Some("EE"));
    assert_eq!(f[1].text, "protest");
    assert_eq!(f[1].form, ProtestForm::Diplomatic);
    assert_eq!(f[1].protester.as_deref(), Some("Finland"));
    assert_eq!(
        f[1].target.as_deref(),
        Some("the expulsion of a Finnish diplomat")
    );
    assert_eq!(f[1].against, Some("EE"));
    // No subject found for the act: "Russia's" inside it is no protester of the purpose.
    let f = run(
        "The ministry in Oslo summoned Russia's ambassador on Tuesday to protest against the detention of a Norwegian journalist.",
        &[],
        &[],
    );
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].against, Some("RU"));
    assert_eq!(f[1].protester, None);
    assert_eq!(f[1].form, ProtestForm::Diplomatic);
    assert_eq!(f[1].against, Some("RU"));
}

#[test]
fn a_diplomatic_act_is_against_the_state_it_addresses() {
    let f = run(
        "Norway called on Russia to release the Norwegian fishermen.",
        &[],
        &[],
    );
    assert_eq!(f[0].target.as_deref(), Some("the Norwegian fishermen"));
    assert_eq!(f[0].against, Some("RU"));
    let f = run(
        "Oslo recalled its ambassador to Copenhagen in protest at the expulsions.",
        &[],
        &[],
    );
    assert_eq!(
        f[0].text,
        "recalled its ambassador to Copenhagen in protest"
    );
    assert_eq!(f[0].against, Some("DK"));
    // A street act's words name places, not an addressee.
    assert_eq!(
        first_against("Farmers blocked a border crossing with Sweden in a protest against the Norwegian government's plans."),
        Some("NO")
    );
}

#[test]
fn a_protesting_state_is_not_against_itself() {
    let f = run(
        "Finland protested the expulsion of a Finnish diplomat.",
        &[],
        &[],
    );
    assert_eq!(f[0].protester.as_deref(), Some("Finland"));
    assert_eq!(f[0].against, None);
    assert_eq!(
        first_against("Finland protested the expulsion of a Finnish diplomat by Estonia."),
        Some("EE")
    );
}

#[test]
fn a_target_ends_before_what_it_is_called() {
    let f =
        one("Iceland condemned the air strike on the harbour as a breach of international law.");
    assert_eq!(f.text, "condemned");
    assert_eq!(f.target.as_deref(), Some("the air strike on the harbour"));
}

/// The target of the first protest in `text`.
fn first_target(text: &str) -> Option<String> {
    run(text, &[], &[]).into_iter().next()?.target
}

#[test]
fn a_target_ends_at_a_finite_verb() {
    assert_eq!(
        first_target("The protest against the new security law turned violent.").as_deref(),
        Some("the new security law")
    );
    assert_eq!(
        first_target("A strike over the new rota was called off.").as_deref(),
        Some("the new rota")
    );
    // A relative clause, and a participle after a verb, stay in the target.
    assert_eq!(
        first_target("Unions condemned the law that was passed in haste.").as_deref(),
        Some("the law that was passed in haste")
    );
    assert_eq!(
        first_target("Police broke up a protest against the law adopted without a vote.")
            .as_deref(),
        Some("the law adopted without a vote")
    );
}

#[test]
fn a_target_ends_at_an_adjunct_of_time_or_place() {
    assert_eq!(
        first_target("Thousands marched against the new pension law in Bergen on Saturday.")
            .as_deref(),
        Some("the new pension law")
    );
    assert_eq!(
        first_target("The protest against the new security law turned violent on Sunday evening.")
            .as_deref(),
        Some("the new security law")
    );
    assert_eq!(
        first_target("Workers protested the closure of the mine yesterday.").as_deref(),
        Some("the closure of the mine")
    );
    assert_eq!(
        first_target("Nurses marched against the cuts last week.").as_deref(),
        Some("the cuts")
    );
    // A day that modifies a noun, a possessor, and the date of an event
    // named in the target stay.
    assert_eq!(
        first_target("Farmers protested the ban on Sunday trading.").as_deref(),
        Some("the ban on Sunday trading")
    );
    assert_eq!(
        first_target("Holm condemned last week's vote.").as_deref(),
        Some("last week's vote")
    );
    assert_eq!(
        first_target("Nurses protested the cuts made after the flood on 3 May.").as_deref(),
        Some("the cuts made after the flood on 3 May")
    );
    // A place ends the target of an act without an object only.
    assert_eq!(
        first_target("Unions protested the closure of the yard in Bergen.").as_deref(),
        Some("the closure of the yard in Bergen")
    );
}

#[test]
fn look_alikes_are_not_marked() {
    assert!(spans("The dollar rallied and shares rose.").is_empty());
    assert!(spans("Talks resume on March 3.").is_empty());
    assert!(spans("He protested his innocence.").is_empty());
    assert!(spans("Paris did not protest.").is_empty());
    assert!(spans("The court condemned him to death.").is_empty());
    assert!(spans("They hope to strike a deal.").is_empty());
    assert!(spans("The bill curbs the right to protest.").is_empty());
    assert!(spans("Ministers criticised the plan.").is_empty());
}

#[test]
fn noun_protests_take_a_target_after_a_preposition() {
    let f = run("Protests against the new tax spread.", &[], &[]);
    assert_eq!(f[0].target.as_deref(), Some("the new tax spread"));
    let f = run("Protests by farmers spread.", &[], &[]);
    assert_eq!(f[0].target, None);
}

#[test]
fn protester_is_the_agent_after_by() {
    let f = run("The raid was condemned by France.", &[], &[]);
    assert_eq!(f[0].protester.as_deref(), Some("France"));
}

#[test]
fn protester_is_a_state_before_a_noun() {
    let f = run("A Japanese protest was delivered.", &[], &[]);
    assert_eq!(f[0].protester.as_deref(), Some("Japanese"));
    let f = run("Britain's boycott of the games began.", &[], &[]);
    assert_eq!(f[0].protester.as_deref(), Some("Britain"));
    assert_eq!(f[0].form, ProtestForm::Diplomatic);
}

#[test]
fn protester_is_not_the_object_of_a_preposition() {
    let f = run(
        "After talks with France, farmers protested the quotas.",
        &[],
        &[],
    );
    assert_eq!(f[0].protester, None);
    assert_eq!(f[0].form, ProtestForm::Demonstration);
}

#[test]
fn protester_may_be_the_speaker_of_the_claim() {
    let text = "The ministry said it would never accept this and called for an immediate withdrawal of the quota.";
    let ministry = SpeakerMention {
        span: Span::new(4, 12),
        name: None,
        title: None,
        country: None,
        entity: 0,
    };
    let claim = ClaimMention {
        span: Span::new(18, text.len() - 1),
        mode: ClaimMode::Reported,
        agent: Some(Agent::Speaker(0)),
        cue: Some(Span::new(13, 17)),
        rule: "test",
    };
    let f = run(text, &[ministry], &[claim]);
    assert_eq!(f[0].protester.as_deref(), Some("ministry"));
}

#[test]
fn subject_speaker_wins_over_nothing() {
    let text = "The ministry then called for an immediate withdrawal of the maps.";
    let ministry = SpeakerMention {
        span: Span::new(4, 12),
        name: None,
        title: None,
        country: Some("KR"),
        entity: 0,
    };
    let f = run(text, &[ministry], &[]);
    assert_eq!(f[0].protester.as_deref(), Some("ministry"));
}

#[test]
fn against_comes_from_a_protest_before_when_the_target_refers_back() {
    let f = run(
        "Russia protested Japan's new map. Russia also called for a withdrawal of such maps.",
        &[],
        &[],
    );
    assert_eq!(f[1].against, Some("JP"));
    let f = run("Russia called for a withdrawal of such maps.", &[], &[]);
    assert_eq!(f[0].against, None);
    let far = "Russia protested Japan's new map.\n\nTalks went on.\n\nLater.\n\nRussia called for a withdrawal of the map.";
    assert_eq!(run(far, &[], &[])[1].against, None, "too far back");
}

#[test]
fn against_a_government_is_the_protesters_state() {
    let f = run("Angry protests against government plans spread.", &[], &[]);
    assert_eq!(f[0].against, None, "no state named before the protest");
    let f = run(
        "In Ukraine, violent protests against government plans spread.",
        &[],
        &[],
    );
    assert_eq!(f[0].against, Some("UA"));
}

#[test]
fn a_protest_march_is_one_protest() {
    assert_eq!(
        spans("They joined the protest march to the palace."),
        ["protest march"]
    );
    assert_eq!(
        spans("A protest strike by dockers began."),
        ["protest strike"]
    );
}

#[test]
fn a_name_with_a_hyphen_is_not_a_modifier() {
    assert_eq!(spans("Envoy Ki-moon condemned the test."), ["condemned"]);
    assert_eq!(
        spans("In 2013 denouncing the bill was easy."),
        ["denouncing"]
    );
}

#[test]
fn a_protest_to_a_state_is_against_it() {
    let f = run("Kyiv lodged a protest with the Russian embassy.", &[], &[]);
    assert_eq!(f[0].against, Some("RU"));
    let f = run("Kyiv lodged a protest with the embassy.", &[], &[]);
    assert_eq!(f[0].against, None);
}

#[test]
fn a_state_that_is_also_a_speaker_protests_as_the_state() {
    let text = "Japan protested, and Japan said so.";
    let japan = SpeakerMention {
        span: Span::new(0, 5),
        name: None,
        title: None,
        country: Some("JP"),
        entity: 0,
    };
    let doc = Doc::new(text);
    let countries = crate::countries::find(&doc);
    let found = find(&doc, &countries, &[japan], &[]);
    assert_eq!(found[0].protester, Some(Agent::Country(0)));
}

#[test]
fn an_infinitive_protest_belongs_to_the_protester_before_it() {
    let f = run(
        "China summoned the Japanese ambassador to protest against the visit.",
        &[],
        &[],
    );
    assert_eq!(f.len(), 2);
    assert_eq!(f[1].text, "protest");
    assert_eq!(f[1].protester.as_deref(), Some("China"));
    let f = run("Teachers met the Japanese ambassador to protest.", &[], &[]);
    assert_eq!(
        f[0].protester.as_deref(),
        Some("Japanese"),
        "no act before: nearest state"
    );
}

#[test]
fn targets_do_not_stop_inside_abbreviations_or_start_with_of() {
    let f = run(
        "Kyiv called for the withdrawal of U.S. ships from the port.",
        &[],
        &[],
    );
    assert_eq!(f[0].target.as_deref(), Some("U.S. ships from the port"));
    let f = run("Crowds took to the streets of the capital.", &[], &[]);
    assert_eq!(f[0].target, None);
}

#[test]
fn a_quote_opened_in_the_target_keeps_its_closing_mark() {
    // `target-keeps-closing-mark` Marks: the closing mark of a quote the
    // target opens; Not: a quote mark closing a quote opened before it.
    let f = run(
        "Oslo summoned the envoy in protest at what it called \"baseless slander\".",
        &[],
        &[],
    );
    assert_eq!(
        f[0].target.as_deref(),
        Some("what it called \"baseless slander\"")
    );
    let f = run(
        "\"Thousands marched against the new levy\", the paper wrote.",
        &[],
        &[],
    );
    assert_eq!(f[0].target.as_deref(), Some("the new levy"));
}

#[test]
fn condemnation_from_a_state() {
    let f = run("The raid drew strong condemnation from Britain.", &[], &[]);
    assert_eq!(f[0].text, "strong condemnation");
    assert_eq!(f[0].protester.as_deref(), Some("Britain"));
}

#[test]
fn a_long_definite_target_does_not_inherit_a_state() {
    let f = run(
        "Russia protested Japan's map. Teachers walked out in protest at the pay offer.",
        &[],
        &[],
    );
    assert_eq!(f[1].against, None);
}

#[test]
fn a_state_inside_a_company_name_does_not_protest() {
    let f = run("Workers at Acme British Steel downed tools.", &[], &[]);
    assert_eq!(f[0].text, "downed tools");
    assert_eq!(f[0].protester, None);
    let f = run("Then British dockers downed tools.", &[], &[]);
    assert_eq!(
        f[0].protester.as_deref(),
        Some("British"),
        "a sentence's first word is capitalised anyway"
    );
}

#[test]
fn a_source_reporting_a_strike_is_not_the_striker() {
    let text = "Miners went on strike, the agency said.";
    let agency = SpeakerMention {
        span: Span::new(27, 33),
        name: None,
        title: None,
        country: None,
        entity: 0,
    };
    let claim = ClaimMention {
        span: Span::new(0, 25),
        mode: ClaimMode::Reported,
        agent: Some(Agent::Speaker(0)),
        cue: Some(Span::new(34, 38)),
        rule: "test",
    };
    let f = run(text, &[agency], &[claim]);
    assert_eq!(f[0].protester, None);
}

#[test]
fn time_words_are_not_objects() {
    let f = run("Farmers blockaded today the port of Brest.", &[], &[]);
    assert_eq!(f[0].target, None);
    let f = run("Farmers blockaded the port of Brest today.", &[], &[]);
    // "today" is an adjunct of time, no part of the target (`target-end`).
    assert_eq!(f[0].target.as_deref(), Some("the port of Brest"));
}

#[test]
fn at_is_a_place_except_after_protest() {
    let f = run("Students staged a sit-in at the ministry.", &[], &[]);
    assert_eq!(f[0].target, None);
    let f = run("Nurses walked out in protest at the pay offer.", &[], &[]);
    assert_eq!(f[0].target.as_deref(), Some("the pay offer"));
    // `at-place`: a workplace closing its phrase is where, even after "protest".
    let f = run("Students held a protest at the embassy in Oslo.", &[], &[]);
    assert_eq!(f[0].target, None);
    let f = run("PROTEST AT EMBASSY IN OSLO", &[], &[]);
    assert_eq!(f[0].target, None);
    let f = run(
        "Nurses walked out in protest at the plant closure.",
        &[],
        &[],
    );
    assert_eq!(f[0].target.as_deref(), Some("the plant closure"));
    assert_eq!(
        spans("Workers held a rally outside the plant against closure."),
        ["held a rally"]
    );
}

#[test]
fn labour_protests_of_wire_copy() {
    assert_eq!(
        spans("Train drivers began industrial action."),
        ["industrial action"]
    );
    assert_eq!(spans("The overtime ban hit output."), ["overtime ban"]);
    assert_eq!(
        spans("A two-day stayaway emptied the streets."),
        ["two-day stayaway"]
    );
    assert_eq!(spans("Crews walked out over pay."), ["walked out"]);
    assert!(spans("She walked out of the shop.").is_empty());
}

#[test]
fn a_negated_light_verb_negates_the_protest() {
    assert!(spans("Unions did not stage a strike.").is_empty());
    assert_eq!(spans("Unions did not join the strike."), ["strike"]);
    assert_eq!(
        spans("Oslo recalled its ambassador in protest."),
        ["recalled its ambassador in protest"]
    );
}

#[test]
fn a_demand_to_undo_is_against_the_state_addressed() {
    let f = one("Norway urged Russia to free the seized trawlers.");
    assert_eq!(f.text, "urged Russia to free");
    assert_eq!(f.form, ProtestForm::Diplomatic);
    assert_eq!(f.protester.as_deref(), Some("Norway"));
    assert_eq!(f.target.as_deref(), Some("the seized trawlers"));
    assert_eq!(f.against, Some("RU"));
    let f = run(
        "India demanded that Pakistan release the fishermen.",
        &[],
        &[],
    );
    assert_eq!(f[0].against, Some("PK"));
    // No state on either side: a coach, a board.
    assert!(spans("The coach asked the players to return the kit.").is_empty());
    assert!(spans("Norway urged Russia to join the talks.").is_empty());
}

#[test]
fn a_complaint_is_a_protest_when_a_state_makes_or_receives_it() {
    let f = one("Greece complained to Turkey about repeated airspace violations.");
    assert_eq!(f.text, "complained");
    assert_eq!(f.form, ProtestForm::Diplomatic);
    assert_eq!(f.protester.as_deref(), Some("Greece"));
    assert_eq!(f.against, Some("TR"));
    assert_eq!(f.target.as_deref(), Some("repeated airspace violations"));
    assert!(spans("She filed a complaint with the police.").is_empty());
    assert!(spans("Fans complained about the prices.").is_empty());
}

#[test]
fn a_note_is_a_protest_only_when_it_is_one() {
    // A state on one side, a diplomatic word, or an objection in its phrase.
    let f = one("Oslo delivered a note to Rome.");
    assert_eq!(f.text, "delivered a note");
    assert_eq!(f.form, ProtestForm::Diplomatic);
    assert_eq!(f.protester.as_deref(), Some("Oslo"));
    assert_eq!(
        spans("The embassy delivered a note on Friday."),
        ["delivered a note"]
    );
    assert_eq!(
        spans("Berg sent a diplomatic note to the harbour board."),
        ["sent a diplomatic note"]
    );
    assert_eq!(
        spans("Holm sent a note against the new fees."),
        ["sent a note"]
    );
    // One act, one protest: a note that names itself a protest.
    let f = one("Norway sent a note of protest to Sweden on Monday.");
    assert_eq!(f.text, "sent a note of protest");
    assert_eq!(f.form, ProtestForm::Diplomatic);
    assert_eq!(f.protester.as_deref(), Some("Norway"));
    assert_eq!(f.target, None);
    assert_eq!(f.against, Some("SE"));
    let f = one("Oslo delivered a note protesting Italy's arrest of two fishermen.");
    assert_eq!(f.text, "delivered a note protesting");
    assert_eq!(f.target.as_deref(), Some("Italy's arrest of two fishermen"));
    assert_eq!(f.against, Some("IT"));
    let f = one("Sweden handed a protest note to the Danish envoy over the border checks.");
    assert_eq!(f.text, "handed a protest note");
    assert_eq!(f.protester.as_deref(), Some("Sweden"));
    assert_eq!(f.target.as_deref(), Some("the border checks"));
    assert_eq!(f.against, Some("DK"));
    // A letter of protest is one too, diplomatic only from a state.
    let f = one("The union sent a letter of protest to the mayor.");
    assert_eq!(f.text, "sent a letter of protest");
    assert_eq!(f.form, ProtestForm::Demonstration);
    // A plain note: a letter.
    assert!(spans("Holm sent the note to the board on Monday.").is_empty());
    assert!(spans("She sent the note.").is_empty());
    assert!(spans("The clerk delivered the notes to the ferry office.").is_empty());
}

#[test]
fn a_passive_summons_names_the_diplomat_not_the_protester() {
    let f = one("France's ambassador Jean-Pierre Marie Dubois was summoned to the ministry.");
    assert_eq!(f.text, "was summoned");
    assert_eq!(f.protester, None);
    assert_eq!(f.against, Some("FR"));
    assert!(spans("The witness was summoned to testify.").is_empty());
    assert!(spans("The ambassador was summoned home for talks.").is_empty());
}

#[test]
fn a_protest_noun_after_a_preposition_has_no_subject_protester() {
    let f = one("Seoul picks missile site amid protests");
    assert_eq!(f.form, ProtestForm::Demonstration);
    assert_eq!(f.protester, None);
    assert_eq!(f.against, None);
    // The verb keeps its subject.
    let f = run("Japan protests China's survey ship", &[], &[]);
    assert_eq!(f[0].protester.as_deref(), Some("Japan"));
}

/// `object-not-adjunct` (roles.rs): an adjunct of time or a subordinator
/// after "strike" is no object, so the strike stays a labour strike.
#[test]
fn a_time_or_a_condition_after_strike_is_no_object() {
    for text in [
        "Dockers will strike next week over pay.",
        "Teachers threatened to strike if the pensions are cut.",
        "Nurses will strike tomorrow.",
        "Bus drivers plan to strike this morning.",
    ] {
        let f = one(text);
        assert_eq!(f.text, "strike", "{text}");
        assert_eq!(f.form, ProtestForm::Demonstration, "{text}");
    }
    assert_eq!(
        one("Dockers will strike next week over pay.")
            .target
            .as_deref(),
        Some("pay")
    );
    // Objects still are objects: the verb hits or agrees.
    assert!(spans("The rebels will strike the depot next week.").is_empty());
    assert!(spans("Holm hopes to strike a deal tomorrow.").is_empty());
    // A condition is no target either.
    let f = one("Farmers threatened to block the roads if the subsidy is cut.");
    assert_eq!(f.target, None);
    // "this" before a noun that is no period still opens an object.
    let f = one("Workers protested this decision.");
    assert_eq!(f.target.as_deref(), Some("this decision"));
}

/// `modifier-not-object` (roles.rs): before a verb or light verb, a state
/// after a preposition is no protester; a crowd's "of" still heads it.
#[test]
fn a_state_after_a_preposition_before_the_verb_does_not_protest() {
    let f = one("Consumers in Sweden launched a boycott of the wine.");
    assert_eq!(f.protester, None);
    assert_eq!(f.form, ProtestForm::Demonstration);
    let f = one("Farmers in Norway blocked the road in protest.");
    assert_eq!(f.protester, None);
    let f = one("Thousands of Swedes protested the ban.");
    assert_eq!(f.protester.as_deref(), Some("Swedes"));
    let f = one("Sweden launched a boycott of the games.");
    assert_eq!(f.protester.as_deref(), Some("Sweden"));
    assert_eq!(f.form, ProtestForm::Diplomatic);
    let f = one("Norway's boycott of the games began.");
    assert_eq!(f.protester.as_deref(), Some("Norway"));
}

/// A high commissioner is a Commonwealth state's envoy: summoning one is a
/// diplomatic protest against the envoy's state; any diplomat of the
/// `diplomat` class counts.
#[test]
fn summoning_a_high_commissioner_or_a_consul_is_a_protest() {
    let f = one("India summoned Pakistan's deputy high commissioner.");
    assert_eq!(f.text, "summoned Pakistan's deputy high commissioner");
    assert_eq!(f.form, ProtestForm::Diplomatic);
    assert_eq!(f.protester.as_deref(), Some("India"));
    assert_eq!(f.against, Some("PK"));
    let f = one("Norway summoned the Russian consul on Monday.");
    assert_eq!(f.against, Some("RU"));
    assert!(spans("The mayor summoned the police commissioner.").is_empty());
}

/// `any act` (lookalikes.rs): no act took place.
#[test]
fn a_protest_after_any_is_no_act() {
    assert!(spans("The government denied that any protest had taken place.").is_empty());
    assert!(spans("Any strike would be illegal, the court said.").is_empty());
    assert_eq!(spans("Some protests turned violent."), ["protests"]);
}

#[test]
fn anti_state_is_against_that_state_and_no_protester() {
    let f = one("Crowds joined anti-Danish protests in the capital.");
    assert_eq!(f.protester, None);
    assert_eq!(f.against, Some("DK"));
    assert_eq!(one("Crowds joined anti-war protests.").against, None);
}

#[test]
fn definite_protest_refers_back() {
    let f = run(
        "Sweden protested against the Danish tariff. The protest was delivered in writing.",
        &[],
        &[],
    );
    assert_eq!(f[1].against, Some("DK"));
    let f = run(
        "Workers began a strike. Sweden protested against the Danish tariff.",
        &[],
        &[],
    );
    assert_eq!(f[0].against, None);
}

#[test]
fn a_victim_is_not_against() {
    assert_eq!(
        first_against("Poland condemned the Russian attack on the border post."),
        Some("RU")
    );
    assert_eq!(
        first_against("Norway condemned the shelling of the town by Russian forces."),
        Some("RU")
    );
    assert_eq!(
        first_against("Norway condemned the attack on the Polish border post."),
        None
    );
    assert_eq!(
        first_against("Sweden protested the arrest of two Norwegian fishermen."),
        None
    );
}

#[test]
fn a_blockade_names_places() {
    assert_eq!(
        one("Hauliers blockaded the bridge with Sweden.").against,
        None
    );
    assert_eq!(
        one("Hauliers blocked the bridge with Sweden against the fuel tax.").against,
        None
    );
}

#[test]
fn a_protest_against_a_government_is_against_its_state() {
    assert_eq!(
        first_against("Thousands rallied in Oslo against the new tax."),
        Some("NO")
    );
    assert_eq!(
        first_against("Students marched across Sweden against the election result."),
        Some("SE")
    );
    assert_eq!(
        first_against("Danish farmers blocked roads against the fuel tax."),
        Some("DK")
    );
    assert_eq!(
        first_against("Danish activists marched in Oslo against the government."),
        Some("NO")
    );
    assert_eq!(
        first_against("Workers in Oslo protested the company's decision."),
        None
    );
    assert_eq!(first_against("Norway protested against the new tax."), None);
    assert_eq!(
        first_against("Danish students protested against the war."),
        None
    );
}

#[test]
fn a_mission_speaks_for_its_state() {
    let f = one("The Norwegian embassy protested the arrests.");
    assert_eq!(f.protester.as_deref(), Some("Norwegian"));
    assert_eq!(f.form, ProtestForm::Diplomatic);
    assert_eq!(
        one("Danish diplomats protested the expulsion.").form,
        ProtestForm::Diplomatic
    );
    assert_eq!(
        one("Norwegian fishermen protested the quota.").form,
        ProtestForm::Demonstration
    );
}

#[test]
fn a_noun_agent_may_follow_an_organising_participle() {
    let f = run("A strike called by Danish dockers shut the port.", &[], &[]);
    assert_eq!(f[0].protester.as_deref(), Some("Danish"));
    let f = run("A strike hit the port, reported by Danish radio.", &[], &[]);
    assert_eq!(f[0].protester, None);
}

/// `struck-by-workers`: "struck"/"striking" is a walkout only when working
/// people strike and no object follows.
#[test]
fn struck_is_a_walkout_only_by_workers() {
    assert_eq!(spans("Dockers struck for higher pay."), ["struck"]);
    assert_eq!(spans("Nurses have been striking since May."), ["striking"]);
    assert_eq!(
        spans("Dockers at the port struck over pensions."),
        ["struck"]
    );
    for text in [
        "A missile struck the town.",
        "The firms struck a deal.",
        "Workers struck a deal with the owners.",
        "It was a striking result.",
        "Workers fled when a bomb struck near the plant.",
    ] {
        assert!(spans(text).is_empty(), "{text}");
    }
}

/// `boycott-of`: the "of" after a boycott noun names what it opposes, and a
/// state named there is the state protested against.
#[test]
fn boycott_of_names_its_target() {
    let f = one("Farmers began a boycott of Danish goods.");
    assert_eq!(f.target.as_deref(), Some("Danish goods"));
    assert_eq!(f.against, Some("DK"));
    let f = one("Norway's boycott of the games began.");
    assert_eq!(f.protester.as_deref(), Some("Norway"));
    assert_eq!(f.target.as_deref(), Some("the games"));
    // Not: a protest "of" names its crowd, not its target.
    let f = one("A protest of thousands filled the square.");
    assert_eq!(f.target, None);
}

/// `call-a-protest`: the call that sets a protest going is its light verb.
#[test]
fn a_call_joins_the_protest_it_sets_going() {
    assert_eq!(
        spans("The unions called a general strike."),
        ["called a general strike"]
    );
    assert_eq!(spans("Unions will call a strike."), ["call a strike"]);
    assert_eq!(
        spans("Farmers called for a boycott of the fair."),
        ["called for a boycott"]
    );
    // Naming a protest is no call.
    assert_eq!(spans("The march was called a riot."), ["march", "riot"]);
    assert_eq!(
        spans("Police broke up what they called an illegal protest."),
        ["protest"]
    );
    // A negated call sets nothing going.
    assert!(spans("The unions did not call a strike.").is_empty());
}

/// `relative-subject`: after "who"/"which" the subject is the relative's
/// antecedent, not a state named earlier in the sentence.
#[test]
fn a_relative_pronoun_takes_its_antecedent_as_subject() {
    let f = &run(
        "Japan's claims angered groups in Busan, who called for a boycott of Japanese goods.",
        &[],
        &[],
    )[0];
    assert_eq!(f.text, "called for a boycott");
    assert_eq!(f.protester, None);
    assert_eq!(f.against, Some("JP"));
    let f = one("Russia's claims angered Norway, which protested.");
    assert_eq!(f.protester.as_deref(), Some("Norway"));
}

/// `embassy-of-state`: a street protest at a state's embassy is against that state.
#[test]
fn a_protest_at_an_embassy_is_against_its_state() {
    assert_eq!(
        first_against("Protesters rallied outside the Japanese embassy in Seoul."),
        Some("JP")
    );
    let all = run(
        "Hundreds gathered in front of the Russian embassy to protest the arrests.",
        &[],
        &[],
    );
    assert!(all.iter().all(|f| f.against == Some("RU")));
    assert_eq!(
        first_against("Crowds protested outside Norway's embassy."),
        Some("NO")
    );
    assert_eq!(
        first_against("The Japanese embassy said protesters gathered outside."),
        None
    );
    assert_eq!(first_against("Crowds marched past the embassy."), None);
}

/// `same-story`: a street act with no target and no state of its own
/// continues the protest before it (this paragraph or the one before);
/// labour actions take no state that way.
#[test]
fn a_street_act_continues_the_story_before_it() {
    let all = run(
        "Danish farmers blocked roads against the government's fuel tax.\n\nDemonstrators took to the streets again on Sunday.",
        &[],
        &[],
    );
    let against: Vec<_> = all.iter().map(|f| f.against).collect();
    assert_eq!(against, [Some("DK"), Some("DK"), Some("DK")]);
    let all = run(
        "Danish farmers blocked roads against the government's fuel tax.\n\nDockers began a strike at the port.",
        &[],
        &[],
    );
    assert_eq!(all.last().map(|f| f.against), Some(None));
}

/// `one-act-told-twice`: an act of the same protester in the same sentence
/// takes the state of the act after it.
#[test]
fn one_act_told_twice_shares_its_state() {
    let all = run(
        "Danish fishermen marched through the port on Monday and blocked the bridge to Sweden in a protest against the government's quota rules.",
        &[],
        &[],
    );
    let against: Vec<_> = all.iter().map(|f| f.against).collect();
    assert_eq!(against, [Some("DK"), Some("DK")]);
    let all = run(
        "Danish farmers took to the streets. Swedish farmers blocked roads against the Danish government's policy.",
        &[],
        &[],
    );
    assert_eq!(all[0].against, None);
    // Not: one sentence, two protesters (the later act's state is its own).
    let all = run(
        "Danish fishermen marched through the port, and Swedish farmers blocked the bridge to Denmark in a protest against the Danish government's quota rules.",
        &[],
        &[],
    );
    let against: Vec<_> = all.iter().map(|f| f.against).collect();
    assert_eq!(against, [None, Some("DK")]);
}
