//! Speaker phrases found before and after a verb, on sentences written for them.
use super::*;

/// The text of the span that `find` gives for the first `verb` in `text`.
fn span_at(
    text: &str,
    verb: &str,
    find: impl Fn(&Doc, usize) -> Option<Range<usize>>,
) -> Option<String> {
    let doc = Doc::new(text);
    let v = (0..doc.tokens.len()).find(|&i| doc.word(i) == verb)?;
    find(&doc, v).map(|r| doc.span_of(r).slice(text).to_string())
}

fn before(text: &str, verb: &str) -> Option<String> {
    span_at(text, verb, |doc, v| phrase_before(doc, v, 0))
}

fn after(text: &str, verb: &str) -> Option<String> {
    span_at(text, verb, |doc, v| {
        phrase_after(doc, v + 1, doc.tokens.len())
    })
}

#[test]
fn names_with_titles_and_nouns() {
    assert_eq!(
        before("Deputy Premier Ola Nordmann said", "said").as_deref(),
        Some("Deputy Premier Ola Nordmann")
    );
    assert_eq!(
        before("The trade ministry officials said", "said").as_deref(),
        Some("trade ministry officials")
    );
    assert_eq!(
        before("Freedonia's foreign minister said", "said").as_deref(),
        Some("Freedonia's foreign minister")
    );
    assert_eq!(before("But she said", "said").as_deref(), Some("she"));
    assert_eq!(
        before("Sen. Ann Kolb said", "said").as_deref(),
        Some("Sen. Ann Kolb")
    );
}

#[test]
fn complements_initials_and_plain_nouns() {
    assert_eq!(
        before("Ola Lund of the Harbour Trust said", "said").as_deref(),
        Some("Ola Lund of the Harbour Trust")
    );
    assert_eq!(
        before("a spokesman for Ola Lund said", "said").as_deref(),
        Some("spokesman for Ola Lund")
    );
    assert_eq!(
        before("Vann R. Kolb said", "said").as_deref(),
        Some("Vann R. Kolb")
    );
    assert_eq!(
        before("the announcer said", "said").as_deref(),
        Some("announcer")
    );
    assert_eq!(
        before("Most respondents said", "said").as_deref(),
        Some("respondents")
    );
}

#[test]
fn coordinated_plain_nouns_hold_no_ing_word() {
    // Marks: plain nouns joined by "and"; Not: a participle or act among them.
    assert_eq!(
        before("Shops and households complain", "complain").as_deref(),
        Some("Shops and households")
    );
    assert_eq!(
        before(
            "calling for his firing and carrying banners saying",
            "saying"
        ),
        None
    );
}

#[test]
fn coordination_after_a_verbs_object_and_all_but_a_count() {
    // `coordination-after-verb` Marks: the words after "and" alone; Not: a
    // verb's object before "and" in the span.
    for (text, verb, want) in [
        ("The captain took care and three said", "said", "three"),
        ("Lund paid a fine and two said", "said", "two"),
        (
            "The skipper kept watch and deckhands said",
            "said",
            "deckhands",
        ),
        (
            "Officials said farmers and fishers say",
            "say",
            "farmers and fishers",
        ),
        ("Farmers and fishers said", "said", "Farmers and fishers"),
        // `all-but-count` Marks: "all but" and a count opening the clause.
        ("All but two said", "said", "All but two"),
        ("The crews met, and all but 3 said", "said", "all but 3"),
    ] {
        assert_eq!(before(text, verb).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn including_hangs_on_the_noun_before_it() {
    assert_eq!(
        before(
            "newspapers including the Harbour Times reported",
            "reported"
        )
        .as_deref(),
        Some("newspapers including the Harbour Times")
    );
}

#[test]
fn relative_clauses_without_who_and_numbered_complements() {
    assert_eq!(
        before("The farmers I spoke to said", "said").as_deref(),
        Some("farmers")
    );
    assert_eq!(
        before("All the economists we interviewed say", "say").as_deref(),
        Some("economists")
    );
    // `reduced-relative-perfect`: the pronoun's "have", alone or glued on.
    assert_eq!(
        before("Several farmers I have spoken with said", "said").as_deref(),
        Some("farmers")
    );
    assert_eq!(
        before("The economists we've interviewed say", "say").as_deref(),
        Some("economists")
    );
    // Not a clause of its own: "Vik and I have said".
    assert_eq!(before("Vik and I have said", "said").as_deref(), None);
    assert_eq!(
        before("Insiders across the four counties said", "said").as_deref(),
        Some("Insiders across the four counties")
    );
    assert_eq!(
        before("Officials with the port authority said", "said").as_deref(),
        Some("Officials with the port authority")
    );
    // "Lund says Berg promised": a saying verb is no part of the phrase.
    assert_eq!(
        before("Lund says Berg promised", "promised").as_deref(),
        Some("Berg")
    );
}

#[test]
fn possessors_and_to_complements() {
    assert_eq!(
        before("Ann Kolb's team says", "says").as_deref(),
        Some("Ann Kolb's team")
    );
    assert_eq!(
        before("advisers to Mr. Lund say", "say").as_deref(),
        Some("advisers to Mr. Lund")
    );
    assert_eq!(
        before("Those close to him say that", "say").as_deref(),
        Some("close to him")
    );
    assert_eq!(
        before("People familiar with the talks said", "said").as_deref(),
        Some("People familiar with the talks")
    );
    assert_eq!(
        before("sources close to the minister said", "said").as_deref(),
        Some("sources close to the minister")
    );
    // A capital beyond ASCII opening the sentence.
    assert_eq!(
        before("Élites close to him say", "say").as_deref(),
        Some("Élites close to him")
    );
    assert_eq!(
        before("the ad's narrator says", "says").as_deref(),
        Some("ad's narrator")
    );
    assert_eq!(
        before("the mayor's spokesman said", "said").as_deref(),
        Some("mayor's spokesman")
    );
}

#[test]
fn function_words_are_not_names_but_may_is() {
    assert_eq!(before("Once I said", "said").as_deref(), Some("I"));
    assert_eq!(
        before("In March officials said", "said").as_deref(),
        Some("officials")
    );
    assert_eq!(
        before("Prime Minister Theresa May said", "said").as_deref(),
        Some("Prime Minister Theresa May")
    );
}

#[test]
fn chained_appositions_lead_back_to_the_name() {
    let subject = |text: &str| span_at(text, "said", |doc, v| apposed_subject(doc, v, 0));
    assert_eq!(
        subject("It is unfair, Ola Lund, the attorney general of Norland, one of the regions suing the board, said.").as_deref(),
        Some("Ola Lund")
    );
    assert_eq!(
        subject("Berg -- an author of a book on ferries -- said").as_deref(),
        Some("Berg")
    );
    assert_eq!(
        subject("Mr. Hale, who in 2012 said").as_deref(),
        Some("who")
    );
    assert_eq!(subject("The levy that in 2012 said"), None);
    // `interposed-apposition`: an age and an apposition holding names, or
    // an adverbial ending in a place and its state, lead back to the name.
    assert_eq!(
        subject("Eva Vik, 35, the daughter of Mayor Ola Vik, said").as_deref(),
        Some("Eva Vik")
    );
    assert_eq!(
        subject("\"We were stuck,\" Mr. Dahl, now 81 and retired in Tromso, Norland, said")
            .as_deref(),
        Some("Mr. Dahl")
    );
    // A place after a preposition is no speaker: the apposition stays.
    assert_eq!(
        subject("In Oslo, the minister, a veteran of the talks, said.").as_deref(),
        Some("minister")
    );
    // A relative clause before the verb: its antecedent after a comma, the
    // name opening an apposition chain, not the state after a place.
    assert_eq!(
        subject("Still, Petrilli, who thinks the law went too far, said.").as_deref(),
        Some("Petrilli")
    );
    assert_eq!(
        subject("Ola Vik, the former mayor, who has resented the plan, said.").as_deref(),
        Some("Ola Vik")
    );
    assert_eq!(
        subject("Ann Berg, 30, of Bodo, Nor., who was polled, said").as_deref(),
        Some("Ann Berg")
    );
}

#[test]
fn hyphenated_given_names_and_poll_shares() {
    assert_eq!(
        before("Governor Lee Min-ho said", "said").as_deref(),
        Some("Governor Lee Min-ho")
    );
    assert_eq!(
        before("while 41 percent said", "said").as_deref(),
        Some("41 percent")
    );
    // A lowercase compound is no name: "the well-known said" has no speaker.
    assert_eq!(before("the well-known said", "said"), None);
    // A share of something else, with no saying verb after it.
    assert_eq!(before("shares fell 4 percent on Monday", "on"), None);
}

#[test]
fn non_speakers_before_a_verb() {
    assert_eq!(before("As widely said", "said"), None);
    assert_eq!(before("But said", "said"), None);
}

#[test]
fn a_partitive_after_the_cue_keeps_its_group() {
    // One notion of a partitive's head (`opens_partitive`) for the phrase
    // after a cue and its naming: quantifiers, "none", count words,
    // fractions and numbers.
    for (text, want) in [
        ("said some of his advisers", "some of his advisers"),
        ("said none of the officials", "none of the officials"),
        ("said two of the aides", "two of the aides"),
        ("said half of the officials", "half of the officials"),
        ("said 12 of the officials", "12 of the officials"),
    ] {
        assert_eq!(after(text, "said").as_deref(), Some(want), "{text}");
    }
}

#[test]
fn phrase_after_inverted_verbs() {
    assert_eq!(
        after("said Ola Nordmann, the envoy", "said").as_deref(),
        Some("Ola Nordmann")
    );
    assert_eq!(
        after("said the ministry", "said").as_deref(),
        Some("ministry")
    );
    assert_eq!(after("said the plan", "said"), None);
}

#[test]
fn a_participle_and_its_object_follow_the_subject() {
    assert_eq!(
        before("Strikers marching through the docks said", "said").as_deref(),
        Some("Strikers")
    );
    assert_eq!(
        before("Yesterday the workers standing in the rain said", "said").as_deref(),
        Some("workers")
    );
    // A participle phrase ending in a name or a plain noun inside the subject.
    assert_eq!(
        before(
            "Rural voters in six counties going to the polls on Tuesday said",
            "said"
        )
        .as_deref(),
        before("Rural voters in six counties said", "said").as_deref()
    );
    assert_eq!(
        before(
            "Dock workers in four ports speaking on condition of anonymity said",
            "said"
        )
        .as_deref(),
        before("Dock workers in four ports said", "said").as_deref()
    );
    assert_eq!(
        before("Voters going to the polls on Tuesday said", "said").as_deref(),
        Some("Voters")
    );
    // A compound noun after a determiner is no participle ("the news briefing").
    assert_eq!(
        before("Officials at the news briefing on Tuesday said", "said").as_deref(),
        None
    );
}

#[test]
fn an_apposition_may_close_inside_a_quote() {
    let subject = |text: &str| span_at(text, "said", |doc, v| apposed_subject(doc, v, 0));
    assert_eq!(
        subject("Lund, appearing on the show \"Harbour Talk,\" said").as_deref(),
        Some("Lund")
    );
    assert_eq!(
        subject("Lund, appearing on the show, \"Harbour Talk,\" said").as_deref(),
        Some("Lund")
    );
    assert_eq!(
        subject("Lund, who called it \"a farce, a sham,\" said").as_deref(),
        Some("Lund")
    );
}

#[test]
fn acronym_before_plain_words_opens_the_phrase() {
    // `acronym-before-plain-words` Marks.
    assert_eq!(
        before("U.N. aid chief Rosa Lind said", "said").as_deref(),
        Some("U.N. aid chief Rosa Lind")
    );
    assert_eq!(
        before("The ferry sank, the U.N. refugee agency said", "said").as_deref(),
        Some("U.N. refugee agency")
    );
    // Not: no plain word between (the walk took the acronym already).
    assert_eq!(
        before("The ferry sank, U.N. envoy Ola Berg said", "said").as_deref(),
        Some("U.N. envoy Ola Berg")
    );
}

#[test]
fn name_particles_and_hyphenated_given_names() {
    // `name-particle` Marks.
    assert_eq!(
        before("Later de Wit said", "said").as_deref(),
        Some("de Wit")
    );
    assert_eq!(
        before("Lawyer Marieke van Dijk said", "said").as_deref(),
        Some("Lawyer Marieke van Dijk")
    );
    assert_eq!(
        after("said Jan van Dijk on Monday", "said").as_deref(),
        Some("Jan van Dijk")
    );
    // Not: a particle before a lowercase word.
    assert_eq!(
        before("The van driver said", "said").as_deref(),
        Some("van driver")
    );
    // `hyphenated-name-after` Marks; Not: a spaced dash.
    assert_eq!(
        after("said Jean-Luc Perrin on Monday", "said").as_deref(),
        Some("Jean-Luc Perrin")
    );
    assert_eq!(
        after("said envoy Han Ji-won on Monday", "said").as_deref(),
        Some("envoy Han Ji-won")
    );
    assert_eq!(
        after("said Perrin - and then he left", "said").as_deref(),
        Some("Perrin")
    );
}

#[test]
fn a_glued_hyphen_does_not_carry_the_phrase_past_its_ceiling() {
    // `hyphenated-name-after`: the name's second part must lie below the
    // ceiling the caller gives (a verb, a quote, a sentence's end).
    let doc = Doc::new("said Jean-Luc Perrin");
    for ceiling in 2..=doc.tokens.len() {
        if let Some(p) = phrase_after(&doc, 1, ceiling) {
            assert!(p.end <= ceiling, "{p:?} past {ceiling}");
        }
    }
}

#[test]
fn dotted_acronyms_speak() {
    assert_eq!(before("The S.E.C. said", "said").as_deref(), Some("S.E.C."));
    assert_eq!(
        before("Later the U.N. said", "said").as_deref(),
        Some("U.N.")
    );
}

#[test]
fn adjectives_with_compounds_and_commas_before_the_head() {
    assert_eq!(
        before("the soft-spoken, 64-year-old mayor said", "said").as_deref(),
        Some("soft-spoken, 64-year-old mayor")
    );
    assert_eq!(
        before("the bearded, 58-year-old envoy said", "said").as_deref(),
        Some("bearded, 58-year-old envoy")
    );
    assert_eq!(
        before("down-to-earth Lund said", "said").as_deref(),
        Some("down-to-earth Lund")
    );
    assert_eq!(
        before("The port is closed, long-serving Lund said", "said").as_deref(),
        Some("long-serving Lund")
    );
    // A clause's comma is no comma between adjectives.
    assert_eq!(
        before("In a few cases, ferry executives say", "say").as_deref(),
        Some("executives")
    );
    assert_eq!(
        before("a story detailing four night-shift officials said", "said").as_deref(),
        Some("officials")
    );
    assert_eq!(
        before("The port is closed, Lund said", "said").as_deref(),
        Some("Lund")
    );
    assert_eq!(
        before("The port was closed, soft-spoken Lund said", "said").as_deref(),
        Some("soft-spoken Lund")
    );
}

#[test]
fn a_partitive_after_the_verb() {
    assert_eq!(
        after("said one of the aides, who asked not to be named", "said").as_deref(),
        Some("one of the aides")
    );
    assert_eq!(
        after("said some of his advisers.", "said").as_deref(),
        Some("some of his advisers")
    );
    assert_eq!(after("said one of them.", "said"), None);
}

#[test]
fn a_name_suffix_with_its_stop() {
    assert_eq!(
        before("Ola B. Vik Jr. said", "said").as_deref(),
        Some("Ola B. Vik Jr.")
    );
}

#[test]
fn coordinated_pronoun_and_determiner_after_and() {
    // `coordinated-pronoun`: a subject pronoun opening its clause joins the phrase.
    assert_eq!(
        before("The ferry is late, he and Mr. Dahl said", "said").as_deref(),
        Some("he and Mr. Dahl")
    );
    assert_eq!(
        before("The gate was shut, she and another aide said", "said").as_deref(),
        Some("she and another aide")
    );
    assert_eq!(
        before("Ola Vik and some harbour officials said", "said").as_deref(),
        Some("Ola Vik and some harbour officials")
    );
    // Not an object pronoun's clause ("asked him and Berg said"), nor "it".
    assert_eq!(
        before("The mayor asked it and Berg said", "said").as_deref(),
        Some("Berg")
    );
}

#[test]
fn a_reporting_noun_after_a_noun_before_that_is_the_verb() {
    // `noun-form-verb`.
    assert_eq!(
        before("The suit claims that", "claims").as_deref(),
        Some("suit")
    );
    assert_eq!(
        before("Lund alleges that", "alleges").as_deref(),
        Some("Lund")
    );
    // Not after a possessive pronoun: "his claims that" is a noun.
    assert_eq!(before("his claims that", "claims"), None);
}

#[test]
fn a_speaker_phrase_names_someone() {
    // `speaker-ends-in-noun`: a closing function word is cut; function words alone are no speaker.
    let trimmed = |text: &str, from: &str, to: &str| {
        let doc = Doc::new(text);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        without_trailing_modifiers(&doc, &(at(from)..at(to) + 1))
            .map(|r| doc.span_of(r).slice(text).to_string())
    };
    assert_eq!(
        trimmed("They differ with Berg while saying so.", "Berg", "while").as_deref(),
        Some("Berg")
    );
    assert_eq!(
        trimmed("It happened while saying so.", "while", "while"),
        None
    );
    assert_eq!(
        trimmed("The harbour master said so.", "harbour", "master").as_deref(),
        Some("harbour master")
    );
    assert_eq!(
        trimmed("Nearly a third said so.", "third", "third").as_deref(),
        Some("third")
    );
}

#[test]
fn possessors_modifiers_and_coordination_after_the_verb() {
    // A common possessor with its modifiers, where the determiner opens the clause.
    assert_eq!(
        before(
            "The plan is sound, the harbour candidate's former doctor said",
            "said"
        )
        .as_deref(),
        Some("harbour candidate's former doctor")
    );
    // `coordinated-modifiers`.
    assert_eq!(
        before(
            "The files were lost, current and former officials said",
            "said"
        )
        .as_deref(),
        Some("current and former officials")
    );
    assert_eq!(
        before("He sent the files and former officials said", "said").as_deref(),
        Some("former officials")
    );
    // A singular source described by its nearness.
    assert_eq!(
        before(
            "A person familiar with the plan for the meeting says",
            "says"
        )
        .as_deref(),
        Some("person familiar with the plan for the meeting")
    );
    // `coordinated-after`.
    assert_eq!(
        after("The rule is clear, said Vik and Lund.", "said").as_deref(),
        Some("Vik and Lund")
    );
    assert_eq!(
        after("The rule is clear, said Vik and others.", "said").as_deref(),
        Some("Vik and others")
    );
    assert_eq!(
        after("The rule is clear, said Vik and he left.", "said").as_deref(),
        Some("Vik")
    );
}

#[test]
fn the_issuer_of_a_message_speaks_for_it() {
    // `message-issuer`: the subject of the verb whose object the message is.
    let issuer = |text: &str| {
        span_at(text, "statement", |doc, m| {
            message_issuer(doc, &(m..m + 1), 0)
        })
    };
    assert_eq!(
        issuer("Lund and Berg issued a statement describing").as_deref(),
        Some("Lund and Berg")
    );
    assert_eq!(
        issuer("Later the harbour council released a joint statement calling").as_deref(),
        Some("harbour council")
    );
    // No verb before the message: the statement itself speaks.
    assert_eq!(issuer("A statement calling"), None);
    assert_eq!(issuer("In a statement calling"), None);
}

#[test]
fn zero_relative_subject_is_the_name_alone() {
    // Marks: the name after an object's plain noun (a relative clause with no "that").
    assert_eq!(
        before(
            "The council wants a levy Ann Berg said could fund the dock",
            "said"
        )
        .as_deref(),
        Some("Ann Berg")
    );
    // `appositive-zero-relative` Marks: an indefinite article after a comma.
    assert_eq!(
        before("The vote was rushed, a claim Berg said", "said").as_deref(),
        Some("Berg")
    );
    // Not: a title after the article, nor a definite article after a comma.
    assert_eq!(
        before("The pier will close, a spokesman Ann Berg said", "said").as_deref(),
        Some("spokesman Ann Berg")
    );
    assert_eq!(
        before("The pier will close, the harbour Vik Trust said", "said").as_deref(),
        Some("harbour Vik Trust")
    );
    // Not: plain words before a name that open their clause, or follow "of".
    assert_eq!(
        before("The harbour Vik Trust said", "said").as_deref(),
        Some("harbour Vik Trust")
    );
    assert_eq!(
        before("Members of the ruling Kolb Party said", "said").as_deref(),
        Some("Members of the ruling Kolb Party")
    );
}

#[test]
fn honorific_opens_its_name() {
    // `honorific-opens-name` Marks: a fronted phrase with no comma ends at
    // the name before the honorific.
    assert_eq!(
        before("On top of the ferry deal with Norway Mr Lund said", "said").as_deref(),
        Some("Mr Lund")
    );
    assert_eq!(
        before("After the talks in Narvik Dr Ola Holm said", "said").as_deref(),
        Some("Dr Ola Holm")
    );
    // Not: a possessor or a title before the honorific stays.
    assert_eq!(
        before("Norway's Mrs Holm said", "said").as_deref(),
        Some("Norway's Mrs Holm")
    );
    assert_eq!(
        before("Foreign Minister Mr Lund said", "said").as_deref(),
        Some("Foreign Minister Mr Lund")
    );
}

#[test]
fn place_complement_keeps_the_plural_head() {
    // `place-complement` Marks: a plural noun and the place after its preposition.
    assert_eq!(
        before("Officials in Narvik said", "said").as_deref(),
        Some("Officials in Narvik")
    );
    assert_eq!(
        before("Western diplomats at the Kremlin say", "say").as_deref(),
        Some("Western diplomats at the Kremlin")
    );
    assert_eq!(
        before("The mayor in Narvik said", "said").as_deref(),
        Some("mayor in Narvik")
    );
    // `name-place-complement` Marks: a name before "in" and its place.
    assert_eq!(
        before("Ola Lund in Oslo said", "said").as_deref(),
        Some("Ola Lund in Oslo")
    );
    // Not: a headline in capitals ("IN" is no link).
    assert_ne!(
        before("FIRE IN OSLO Mayor Ola Lund said", "said").as_deref(),
        Some("FIRE IN OSLO Mayor Ola Lund")
    );
    // Not: a possessor, which owns the cue after it.
    assert_eq!(
        before("doubts with Norland's claim", "'s").as_deref(),
        Some("Norland")
    );
    // Not: a verb before the preposition (the place alone is no speaker
    // either: the phrase is not taken past the verb).
    assert_ne!(
        before("Talks held in Narvik said", "said").as_deref(),
        Some("Talks held in Narvik")
    );
}

#[test]
fn complement_chain_keeps_the_head_before_the_farther_link() {
    // `complement-chain` Marks: a determiner and a plain noun between two
    // links; the head before the farther one heads the whole phrase.
    assert_eq!(
        before("Fishermen in the town of Bergen said", "said").as_deref(),
        Some("Fishermen in the town of Bergen")
    );
    assert_eq!(
        before("Officials at the port of Narvik said", "said").as_deref(),
        Some("Officials at the port of Narvik")
    );
    assert_eq!(
        before("Some skippers at the meeting in Bodo said", "said").as_deref(),
        Some("skippers at the meeting in Bodo")
    );
    // Not: a verb before the farther link (no head there).
    assert_ne!(
        before("Talks held in the town of Bergen said", "said").as_deref(),
        Some("Talks held in the town of Bergen")
    );
    // Not: a headline's link in capitals.
    assert_ne!(
        before("FIRE IN THE TOWN OF BERGEN Lund said", "said").as_deref(),
        Some("FIRE IN THE TOWN OF BERGEN Lund")
    );
}

#[test]
fn complement_chain_head_keeps_the_first_head_when_both_head() {
    // `complement-chain-head` Marks: a speaker noun as the farther
    // link's object ("office") leaves the head before that link speaking.
    assert_eq!(
        before("A clerk in the office of the mayor said", "said").as_deref(),
        Some("clerk in the office of the mayor")
    );
    assert_eq!(
        before("Critics of the ministry of trade said", "said").as_deref(),
        Some("Critics of the ministry of trade")
    );
    // Not: no head before the farther link (a verb there).
    assert_ne!(
        before("Talks held in the office of the mayor said", "said").as_deref(),
        Some("Talks held in the office of the mayor")
    );
}

#[test]
fn complement_one_phrase_stops_at_a_second_noun_phrase() {
    // `complement-one-phrase` Marks: a determiner after a time word opens
    // the subject after a fronted phrase; the link's object is one phrase.
    assert_eq!(
        before("In a statement on Monday the port said", "said").as_deref(),
        Some("port")
    );
    // Not: a determiner after a coordinator or a quantifier, inside the
    // complement.
    assert_eq!(
        before("Experts on trade and the economy said", "said").as_deref(),
        Some("Experts on trade and the economy")
    );
    assert_eq!(
        before("Officials of all the parties said", "said").as_deref(),
        Some("Officials of all the parties")
    );
    assert_eq!(
        before("Skippers in Bergen and around the country said", "said").as_deref(),
        Some("Skippers in Bergen and around the country")
    );
}

#[test]
fn object_relative_tail_leaves_the_noun_before_that_speaking() {
    // `object-relative-tail` Marks: "that" or "which" and a contact
    // relative's pronoun, verb and tail after the noun.
    assert_eq!(
        before("The report that we published on Monday said", "said").as_deref(),
        Some("report")
    );
    assert_eq!(
        before("The skippers which I asked said", "said").as_deref(),
        Some("skippers")
    );
    // Not: "that" after a verb (a complement clause, no relative).
    assert_ne!(
        before("Lund knew that we met on the quay said", "said").as_deref(),
        Some("Lund knew")
    );
}

#[test]
fn contact_relative_tail_leaves_the_noun_before_the_pronoun_speaking() {
    // `contact-relative-tail` Marks: the relative's verb with a
    // preposition's phrase, a time word or a time phrase after it.
    assert_eq!(
        before("The men we met on the quay said", "said").as_deref(),
        Some("men")
    );
    assert_eq!(
        before("The skippers we met on the quay said", "said").as_deref(),
        Some("skippers")
    );
    assert_eq!(
        before(
            "Some pilots I have talked to over the past month said",
            "said"
        )
        .as_deref(),
        Some("pilots")
    );
    assert_eq!(
        before("The fishermen I know in Bergen and Bodo say", "say").as_deref(),
        Some("fishermen")
    );
    assert_eq!(
        before("Everyone I asked said", "said").as_deref(),
        Some("Everyone")
    );
    // Not: a time noun before the pronoun (a fronted time phrase), a
    // verb of the pronoun's own after a coordinator, a question's "do".
    assert_ne!(
        before("The week we spent in Bodo Lund said", "said").as_deref(),
        Some("week")
    );
    assert_eq!(
        before("After the vote we met at the port and said", "said"),
        None
    );
    assert_ne!(
        before("What do you think of Lund saying", "saying").as_deref(),
        Some("What")
    );
}

#[test]
fn contact_relative_tail_takes_standing_determiners_and_time_phrases() {
    // `contact-relative-tail` Marks: a determiner standing for its noun
    // (`standing-determiner`) speaks; "that" before a time word is inside
    // the tail; the relative may end at a comma before a phrase set off.
    assert_eq!(
        before("Those we met in Bodo said", "said").as_deref(),
        Some("Those")
    );
    assert_eq!(
        before("But many I asked in Narvik say", "say").as_deref(),
        Some("many")
    );
    assert_eq!(
        before("The sailors we spoke with that day said", "said").as_deref(),
        Some("sailors")
    );
    let text = "Everyone I asked, even Lund, said";
    let doc = Doc::new(text);
    let comma = (0..doc.tokens.len()).find(|&i| doc.word(i) == ",").unwrap();
    assert_eq!(
        phrase_before(&doc, comma, 0).map(|r| doc.span_of(r).slice(text)),
        Some("Everyone")
    );
    // Not: a determiner that opens no clause, nor "that" before a noun
    // that tells no time (a relative word's clause).
    assert_ne!(
        before("Lund met those we knew in Bodo said", "said").as_deref(),
        Some("those")
    );
    assert_ne!(
        before("The sailors we spoke with that skipper said", "said").as_deref(),
        Some("sailors")
    );
}

#[test]
fn fronted_before_determiner_opens_the_subject() {
    // `fronted-before-determiner` Marks (through `singular-complement-head`):
    // a fronted time or place phrase with no comma before the determiner.
    for (text, want) in [
        ("On Monday a clerk at the port said", "clerk at the port"),
        ("Last week a clerk at the port said", "clerk at the port"),
        ("Two days ago a clerk at the port said", "clerk at the port"),
        ("In Bodo a clerk at the port said", "clerk at the port"),
    ] {
        assert_eq!(before(text, "said").as_deref(), Some(want), "{text}");
    }
    // Not: a determiner right after a preposition (its object).
    assert_ne!(
        before("For a clerk at the port Lund said", "said").as_deref(),
        Some("clerk at the port Lund")
    );
}

#[test]
fn fronted_before_determiner_opens_the_clause_subject() {
    // `fronted-before-determiner` Marks (through `clause_subject`, the
    // fallback for a preposition's object before the verb): the subject
    // stretch opens at the determiner after the fronted phrase.
    let subject = |text: &str| {
        span_at(text, "said", |doc, v| {
            clause_subject(doc, v, 0).map(|(r, _)| r)
        })
    };
    for (text, want) in [
        ("Last year a report by the port said", "report by the port"),
        ("In Bodo a report by Lund said", "report by Lund"),
    ] {
        assert_eq!(subject(text).as_deref(), Some(want), "{text}");
    }
    // Not: a determiner right after a preposition (its object).
    assert_ne!(
        subject("After a storm a report by the port said").as_deref(),
        Some("report by the port")
    );
}

#[test]
fn singular_complement_head_speaks_for_its_complement() {
    // `singular-complement-head` Marks: a singular noun after a determiner
    // opening its clause heads the complement, the link chain included.
    assert_eq!(
        before("A fisherman in the town of Bergen said", "said").as_deref(),
        Some("fisherman in the town of Bergen")
    );
    assert_eq!(
        before("A clerk at the port of Bodo said", "said").as_deref(),
        Some("clerk at the port of Bodo")
    );
    assert_eq!(
        before("A fisherman in the town said", "said").as_deref(),
        Some("fisherman in the town")
    );
    // Not: a determiner after a preposition (no subject there).
    assert_eq!(
        before("After a storm in the town of Bergen the mayor said", "said").as_deref(),
        Some("mayor")
    );
    // `place-link`: "near", "outside", "inside" link a complement too.
    assert_eq!(
        before("When a man near the stage yelled", "yelled").as_deref(),
        Some("man near the stage")
    );
    assert_eq!(
        before("Guards outside the court said", "said").as_deref(),
        Some("Guards outside the court")
    );
    // Not: a place phrase opening the sentence, the subject after it.
    assert_eq!(
        before("Inside the hall the mayor said", "said").as_deref(),
        Some("mayor")
    );
    // `relative-ends-complement`: a relative word ends the complement.
    assert_eq!(
        before("a campaign in which party nominee Ola Lund said", "said").as_deref(),
        Some("party nominee Ola Lund")
    );
    // Not "that" after a preposition: a determiner.
    assert_eq!(
        before("The authors of that harbour report say", "say").as_deref(),
        Some("authors of that harbour report")
    );
}

#[test]
fn relative_opens_phrase_keeps_plain_words_after_which() {
    // `relative-opens-phrase` Marks: plain words after "which" before the head.
    assert_eq!(
        before(
            "The toll, which harbour pilots said was unfair, stays",
            "said"
        )
        .as_deref(),
        Some("harbour pilots")
    );
    assert_eq!(
        before("The stoppage, which dock leaders say could last", "say").as_deref(),
        Some("dock leaders")
    );
    // Not: one word alone after "which" (its verb), nor after "who".
    assert_eq!(before("which helps explain", "explain"), None);
    assert_eq!(before("The men who run ports said", "said"), None);
}

#[test]
fn an_inverted_speaker_pronoun_is_a_subjects() {
    // `inverted-subject-pronoun`: "said he", "say they"; "it" is an object.
    let inverted = |text: &str, verb: &str| {
        span_at(text, verb, |doc, v| {
            inverted_phrase_after(doc, v + 1, doc.tokens.len())
        })
    };
    assert_eq!(
        inverted("The ferry sank, said he.", "said").as_deref(),
        Some("he")
    );
    assert_eq!(
        inverted("The ferry sank, say they.", "say").as_deref(),
        Some("they")
    );
    assert_eq!(
        inverted("Lund found it, reported it to the police.", "reported"),
        None
    );
    assert_eq!(
        inverted("The ferry sank, said the port office.", "said").as_deref(),
        Some("port office")
    );
}

#[test]
fn a_time_word_after_each_or_every_is_no_part_of_the_subject() {
    // `fronted-time-determiner` Marks.
    for (text, want) in [
        (
            "Each spring skippers near the harbour say",
            "skippers near the harbour",
        ),
        ("Every year clerks say", "clerks"),
        ("Last winter Ola Lund said", "Ola Lund"),
        ("Next week officials say", "officials"),
        ("This morning Berg said", "Berg"),
    ] {
        assert_eq!(
            before(text, text.split(' ').next_back().unwrap()).as_deref(),
            Some(want),
            "{text}"
        );
    }
    // Not: the time word owns the head; a time word with no determiner before it.
    assert_eq!(
        before("This year's winners said", "said").as_deref(),
        Some("year's winners")
    );
    assert_eq!(
        before("The spring skippers said", "said").as_deref(),
        Some("spring skippers")
    );
}

#[test]
fn negated_subjects() {
    // `negated-subject` Marks.
    let negated = |text: &str| {
        let text = format!("{text} the port was shut.");
        let doc = Doc::new(&text);
        let v = doc.first_token("said");
        phrase_before(&doc, v, 0).map(|p| is_negated_subject(&doc, &p, 0))
    };
    for text in [
        "No official said",
        "Nobody said",
        "Neither Lund nor Berg said",
        "Neither the mayor nor her deputy said",
    ] {
        assert_eq!(negated(text), Some(true), "{text}");
    }
    // Not.
    for text in [
        "No 10 said",
        "No fewer than ten officials said",
        "No, the mayor said",
        "The mayor said",
    ] {
        assert_ne!(negated(text), Some(true), "{text}");
    }
}

#[test]
fn a_count_before_a_plural_speaker_belongs_to_it() {
    // `counted-speaker` Marks and Not.
    // The phrase runs from its first word to its last.
    let counted = |text: &str, phrase: &str| {
        let doc = Doc::new(text);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).unwrap();
        let mut words = phrase.split_whitespace();
        let from = words.next().unwrap();
        let to = words.last().unwrap_or(from);
        let r = with_count(&doc, at(from)..at(to) + 1);
        doc.span_of(r).slice(text).to_string()
    };
    for (text, phrase, want) in [
        (
            "Several hundred League supporters said so.",
            "hundred supporters",
            "Several hundred League supporters",
        ),
        ("Some 300 workers said so.", "workers", "300 workers"),
        ("Two dozen farmers said so.", "farmers", "Two dozen farmers"),
        (
            "A few hundred skippers said so.",
            "skippers",
            "few hundred skippers",
        ),
        ("In 2019 farmers said so.", "farmers", "farmers"),
        ("On May 3 farmers said so.", "farmers", "farmers"),
        (
            "The quay needs £4 million engineers say.",
            "engineers",
            "engineers",
        ),
        ("Eight of 10 voters say so.", "voters", "voters"),
        // A singular head or a name takes no count.
        ("In 2 Lund said so.", "Lund", "Lund"),
    ] {
        assert_eq!(counted(text, phrase), want, "{text}");
    }
}
