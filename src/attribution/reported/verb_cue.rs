//! A reporting verb and the clause it governs: `Peskov said (that) <claim>`; the participle, coordinated-verb, with-participle and subordinate-clause parts are in their own files.
use super::*;

/// The most tokens of a phrase interposed in a relative clause's claim.
const RELATIVE_INTERPOSED_WINDOW: usize = 14;

/// What the `verb-cue` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const VERB_CUE: &[Example] = &[
    Marks(
        "Lund said the port would close.",
        "the port would close",
        "Lund",
    ),
    // `headline-next-verb`: a headline's comma and second verb end the claim.
    Marks(
        "Lund Says Harbour Fees Rose, Calls Berg's Remarks 'Troubling.'",
        "Harbour Fees Rose",
        "Lund",
    ),
    // After an article and one word, an -s word is the verb.
    Marks(
        "A spokesman says the port will close.",
        "the port will close",
        "spokesman",
    ),
    // A directive governs no reported clause.
    Not("Lund urged that the port close before the storm."),
    // `message-relative`: the subject of the main clause issued the message.
    Marks(
        "The union issued a letter from its lawyers on Friday that says the depot will close.",
        "the depot will close",
        "union",
    ),
    Not("The depot that closed says nothing about the fees."),
    Not("They want a speech by the mayor that explains her plan for the port."),
    // `fronted-time-determiner`: a time word after "each", "every",
    // "last" ... is a fronted adverbial, no part of the speaker.
    Marks(
        "Each spring skippers near the harbour say the ice is thinner.",
        "the ice is thinner",
        "skippers near the harbour",
    ),
    // `negated-subject`: a negated subject says nothing.
    Not("Neither the mayor nor her deputy said the budget was final."),
    Not("No clerk said the budget was final."),
    Not("Nobody said the budget was final."),
    // `coordination-after-verb`: "and" after a verb's object opens a clause.
    Marks(
        "The captain took care and three said the ferry was late.",
        "the ferry was late",
        "three",
    ),
    Marks(
        "The skipper kept watch and deckhands said the ferry was late.",
        "the ferry was late",
        "deckhands",
    ),
    // `all-but-count`: "all but" and a count standing alone.
    Marks(
        "All but two said the ferry was late.",
        "the ferry was late",
        "All but two",
    ),
    // `comma-carried-quote`: the writer's words carry a quote after "said,"
    // on; the clause runs through it.
    Marks(
        "Asked about the fares, Lund said, \"We have two weeks left\" until the vote.",
        "\"We have two weeks left\" until the vote",
        "Lund",
    ),
    // "only" between the subject and its verb is no part of the speaker.
    Marks(
        "The mayor only said the ferry was late.",
        "the ferry was late",
        "mayor",
    ),
    // `unclosed-apposition`: the apposition's closing comma is missing;
    // the name before it speaks, past its bracket.
    Marks(
        "Sen. Kari Lund (D-Nor), a backer of the ferry plan told reporters the vote would pass.",
        "the vote would pass",
        "Sen. Kari Lund",
    ),
    Marks(
        "Kari Berg, the union's leader said the vote would pass.",
        "the vote would pass",
        "Kari Berg",
    ),
    // Not a name after a preposition ("As for"): no subject.
    Marks(
        "As for Mr. Vik, the letter said he would stay.",
        "he would stay",
        "letter",
    ),
    // A comma after the cue, and a clause after it (past a set-off phrase).
    Marks(
        "The mayor said, smiling, the vote was close.",
        "the vote was close",
        "mayor",
    ),
    // An object-taking cue ("reported", "admitted") and a bare clause whose
    // verb is an irregular past right after its subject.
    Marks(
        "Lund admitted it made an error.",
        "it made an error",
        "Lund",
    ),
    Marks(
        "Lund confirmed Berg left the board in May.",
        "Berg left the board in May",
        "Lund",
    ),
    // `subject-pronoun-clause`: a subject pronoun is no noun object; the
    // word after it is its verb, whatever its form.
    Marks(
        "Berg suggested he beat the odds in May.",
        "he beat the odds in May",
        "Berg",
    ),
    Not("Berg suggested it to the board in May."),
    // `on-gerund-complement`: "insisted on paying" names what is demanded.
    Not("Berg insisted on paying her own rent, and Lund has known it for years."),
    Not("In May, when she insisted on paying her own rent, Berg won the port over."),
    // `coordinated-clause-comma`: the subject after ", but" opens a clause.
    Marks(
        "My aides told me to stay home, but I said, look, we have to change the rules.",
        "we have to change the rules",
        "I",
    ),
    // `determiner-irregular-past`: a determiner, a noun and an irregular
    // past tense make the clause finite ...
    Marks(
        "Lund notes the firm hid four fees from the board.",
        "the firm hid four fees from the board",
        "Lund",
    ),
    // ... not a participle before its preposition.
    Not("Lund reported the tax paid by the firms."),
    // `long-subject`: an object verb's clause whose subject runs past the
    // first words (prepositional phrases, quoted words) to its finite verb.
    Marks(
        "Lund admitted the rift between the two crews almost certainly does not reflect the fleet.",
        "the rift between the two crews almost certainly does not reflect the fleet",
        "Lund",
    ),
    // Not a verb with a subject of its own right before it (a relative clause).
    Not("Lund disclosed the number of ferry permits it has received this year."),
    // A quantifier opening its clause is the subject ("they both said" is not).
    Marks(
        "Both said the talks had failed.",
        "the talks had failed",
        "Both",
    ),
    // Adjectives with compounds and commas before the head are in the phrase.
    Marks(
        "The soft-spoken, 64-year-old mayor said the budget came first.",
        "the budget came first",
        "soft-spoken, 64-year-old mayor",
    ),
    // `verb-before-that`: a verb after the cue makes its words the clause;
    // a later "that" is inside it.
    Marks(
        "Lund says Berg ran a campaign in Tromso that won the vote.",
        "Berg ran a campaign in Tromso that won the vote",
        "Lund",
    ),
    Marks(
        "Berg said he saw no proof in the report that the city was behind the leak.",
        "he saw no proof in the report that the city was behind the leak",
        "Berg",
    ),
    // Not a verb inside an adjunct clause, nor the month "May".
    Marks(
        "Lund said after the board met on Friday that the port was shut.",
        "the port was shut",
        "Lund",
    ),
    Marks(
        "Kolb told reporters in May that the port was shut.",
        "the port was shut",
        "Kolb",
    ),
    // `during-no-participle`: "during" after the comma of "that," opens
    // the claim's adjunct; it ends nothing.
    Marks(
        "Aides said that, during the storm, the port closed.",
        "during the storm, the port closed",
        "Aides",
    ),
    // `gerund-subject`: an "-ing" word after the fronted phrase's comma
    // and before an auxiliary opens the claim's subject.
    Marks(
        "The two mayors admit that, given the storm, raising the fares will not be easy.",
        "given the storm, raising the fares will not be easy",
        "two mayors",
    ),
    // `zero-relative-claim`: a relative clause with no relative word and
    // no subject opens at its antecedent ...
    Marks(
        "The port opened an inquiry - a probe the city police said was ongoing in May.",
        "a probe the city police said was ongoing in May",
        "city police",
    ),
    // `appositive-zero-relative`: ", a claim Berg said was false": the
    // name alone speaks; the claim opens at the article.
    Marks(
        "Lund said the vote was rushed, a claim Berg said was false.",
        "a claim Berg said was false",
        "Berg",
    ),
    Marks(
        "The pier was sold in May, an account Ola Vik says is wrong.",
        "an account Ola Vik says is wrong",
        "Ola Vik",
    ),
    // ... not after a relative word's own subject.
    Marks(
        "Berg backed a surrogate who said voters should stay home.",
        "voters should stay home",
        "who",
    ),
    // `relative-object-claim`: the relative word before the cue's subject
    // opens the claim, the attribution interposed in it.
    Marks(
        "The council kept the fares, which the mayor said were unfair to riders.",
        "which the mayor said were unfair to riders",
        "mayor",
    ),
    // ... and ends at the comma closing the relative clause.
    Marks(
        "The strike, which the union says could last weeks, began on Monday.",
        "which the union says could last weeks",
        "union",
    ),
    Marks(
        "Berg blamed a road that officials said had flooded twice.",
        "that officials said had flooded twice",
        "officials",
    ),
    // `relative-object-say`: a bare "say" before the clause's verb after a
    // relative and a plural subject.
    Marks(
        "There was a rush of new members, which officials say could help the mayor.",
        "which officials say could help the mayor",
        "officials",
    ),
    Marks(
        "He holds the sort of role that many planners say is the future of the port.",
        "that many planners say is the future of the port",
        "planners",
    ),
    // `relative-quantifier`: a quantifier alone after the relative word is
    // the subject of its clause (not the stretch before the relative).
    Marks(
        "The port passed rules that some say is unfair to skippers.",
        "that some say is unfair to skippers",
        "some",
    ),
    Marks(
        "The fee, which many say is too high, was cut in May.",
        "which many say is too high",
        "many",
    ),
    // Not a noun after "a" ("post" before "could").
    Not("It is odd that a harbour post could go unread for weeks."),
    // Not after a verb: "that" opens the first cue's clause, a nested attribution.
    Marks(
        "Lund argued that officials said the road had flooded.",
        "officials said the road had flooded",
        "Lund",
    ),
    // The object inside a relative clause on the subject is no speaker.
    Marks(
        "Fishermen who met in Bodo say the quota is unfair.",
        "the quota is unfair",
        "Fishermen",
    ),
    Marks(
        "Many of the skippers who met in Bodo say the quota is unfair.",
        "the quota is unfair",
        "Many of the skippers",
    ),
    // `who-bare-verb`: after "who" a plain word is the relative's verb in
    // any form ("live", "oppose"), so its object is no speaker either ...
    Marks(
        "Residents who live near the harbour say the water is dirty.",
        "the water is dirty",
        "Residents",
    ),
    // `contact-relative-tail`: a relative clause with no relative word,
    // its verb followed by a preposition's phrase or a time word: the noun
    // before the pronoun speaks, not the phrase's object.
    Marks(
        "The men we met on the quay said the ship had sunk.",
        "the ship had sunk",
        "men",
    ),
    Marks(
        "Several skippers I have talked to over the past month said Holm had sold the boat.",
        "Holm had sold the boat",
        "skippers",
    ),
    Marks(
        "Everyone I asked said the ferry was late.",
        "the ferry was late",
        "Everyone",
    ),
    // ... a determiner standing for its noun, a time phrase with "that" in
    // the tail, a phrase set off after the relative ...
    Marks(
        "Those we met in Bodo said the ship had sunk.",
        "the ship had sunk",
        "Those",
    ),
    Marks(
        "The sailors we spoke with that day said the ship had sunk.",
        "the ship had sunk",
        "sailors",
    ),
    // ... and on the listener of "told", ending where the claim opens.
    Marks(
        "Berg told reporters he met on the quay the ship had sunk.",
        "the ship had sunk",
        "Berg",
    ),
    Marks(
        "Berg told the men she met in Bodo that the quota would stay.",
        "the quota would stay",
        "Berg",
    ),
    // (not a verb with its object, nor a tail with no clause after it).
    Marks(
        "Berg told reporters he met Lund on the quay.",
        "he met Lund on the quay",
        "Berg",
    ),
    Marks(
        "Berg told reporters he stayed in Oslo the night the ship sank.",
        "he stayed in Oslo the night the ship sank",
        "Berg",
    ),
    // ... but not a fronted time phrase, nor a pronoun with a verb of its own.
    Not("After the vote we met at the port and said the ship had sunk."),
    Not("What do you think of Lund saying the ship had sunk?"),
    // `singular-complement-head`: a singular noun opening its clause heads
    // its complement, as a plural does; the place is no speaker.
    Marks(
        "A fisherman in the town of Bergen said the catch was poor.",
        "the catch was poor",
        "fisherman in the town of Bergen",
    ),
    Marks(
        "After a storm in the town of Bergen the mayor said the catch was poor.",
        "the catch was poor",
        "mayor",
    ),
    // `fronted-before-determiner`: a fronted time or place phrase with no
    // comma before the determiner; the determiner opens the subject.
    Marks(
        "On Monday a clerk at the port said the gates would shut.",
        "the gates would shut",
        "clerk at the port",
    ),
    Marks(
        "In Bodo a clerk said the gates would shut.",
        "the gates would shut",
        "clerk",
    ),
    // `place-link`: "near", "outside", "inside" link a complement.
    Marks(
        "A man near the stage said the show was over.",
        "the show was over",
        "man near the stage",
    ),
    // `relative-ends-complement`: a relative word ends a complement; the
    // relative clause's subject speaks.
    Marks(
        "It was a bitter campaign in which party nominee Ola Lund said the judge was unfair.",
        "the judge was unfair",
        "party nominee Ola Lund",
    ),
    // `adjunct-before-bare-clause`: a preposition's phrase after the cue,
    // then a pronoun and its verb with no "that": the pronoun opens the claim
    Marks(
        "Lund said in a radio talk it will close in May.",
        "it will close in May",
        "Lund",
    ),
    // `cue-word-in-adjunct`, `elided-year`, `quoted-programme`: a
    // preposition's phrase before "that" (a cue word as its noun, a year
    // written "‘08", a show's quoted name) is the cue's adjunct; the claim
    // starts after "that".
    Marks(
        "Holm said in her closing remarks that the ferry was late.",
        "the ferry was late",
        "Holm",
    ),
    Marks("Holm said in ‘08 that the ferry was late.", "the ferry was late", "Holm"),
    Marks(
        "Holm said on the radio show ''Morning Talk'' that the ferry was late.",
        "the ferry was late",
        "Holm",
    ),
    // (not a phrase with no determiner, which opens the claim itself).
    Marks(
        "Lund said in fishing it takes patience.",
        "in fishing it takes patience",
        "Lund",
    ),
    // (a verb in "-s" heads no complement: not "works at the harbour").
    Marks(
        "A clerk who works at the harbour said the port is closed.",
        "the port is closed",
        "clerk",
    ),
    // ... nor a subject pronoun of a clause inside the relative, which is.
    Marks(
        "The latest is Berg, the skipper who gained fame when he said the port was shut.",
        "the port was shut",
        "he",
    ),
    // `determiner-before-who`: a determiner standing for its noun before
    // "who" heads the speaker, its relative clause with it.
    Marks(
        "But those who back the plan say the fares are too low.",
        "the fares are too low",
        "those who back the plan",
    ),
    Marks(
        "Some who fish near the harbour argue that the quota is unfair.",
        "the quota is unfair",
        "Some who fish near the harbour",
    ),
    // A quote opened in the claim carries it past the sentence end.
    Marks(
        "Lund said the rules were \"too loose. We will fix them.\"",
        "the rules were \"too loose. We will fix them.\"",
        "Lund",
    ),
    // A "whose" clause with commas of its own leaves its antecedent speaking
    // (`whose-apposition`).
    Marks(
        "Mr. Lund, whose firm, Vikco, builds roads, said the tender was rigged.",
        "the tender was rigged",
        "Mr. Lund",
    ),
    // `approximate-count`: "about" before a number or a fraction is
    // "approximately", the start of the clause's subject.
    Marks(
        "The port board said about half of the rise in fees came from tankers.",
        "about half of the rise in fees came from tankers",
        "port board",
    ),
    // A contracted "has" before the cue ("she's said" is "she has said").
    Marks(
        "She's said the old bridge is safe for trucks.",
        "the old bridge is safe for trucks",
        "She",
    ),
    // `listener-clause`: a listener, then a pronoun opening the clause.
    Marks(
        "In reply, Lund assured voters he'd make the county pay for the dam.",
        "he'd make the county pay for the dam",
        "Lund",
    ),
    // `listener-clause` after "told": the crowd is told, "he" opens the claim.
    Marks(
        "At the depot, Lund told the crowd he had been the first to ask for a new quay.",
        "he had been the first to ask for a new quay",
        "Lund",
    ),
    // `listener-noun-clause`: a listener opened by a determiner or a
    // possessive, then a noun phrase opening the clause.
    Marks(
        "Lund told the crowd the old ferry was safe.",
        "the old ferry was safe",
        "Lund",
    ),
    Marks(
        "Berg told his staff the harbour fees would rise in May.",
        "the harbour fees would rise in May",
        "Berg",
    ),
    // `listener-adjunct-clause`: the cue's adjuncts between the listener
    // and the clause.
    Marks(
        "Lund told the crew in a radio talk it will close in May.",
        "it will close in May",
        "Lund",
    ),
    Marks(
        "Lund told the crew on Friday the old ferry was safe.",
        "the old ferry was safe",
        "Lund",
    ),
    Marks(
        "Berg reminded the crew in a letter they had to pay.",
        "they had to pay",
        "Berg",
    ),
    // (no clause after the adjunct: no claim).
    Not("Lund reminded the crew in a letter of the fees."),
    // `listener-topic`: a listener of "told", then adjuncts or a topic.
    Not("Berg told the crew in a radio talk of the fees."),
    Not("Berg told his staff about the quay."),
    // `listener-pronoun`: an object pronoun after a listener verb.
    Not("Berg warns us of the fees we had to pay."),
    // `purpose-to`: a verb after "there" or a subject pronoun is the
    // infinitive's own clause, no subject's verb.
    Not("Berg warned the crews over the levy in order to prove there was a gap."),
    Not("Berg warned voters about the fees in order to prove they were unfair."),
    Marks(
        "Berg said the plan in order to win the vote would fail.",
        "the plan in order to win the vote would fail",
        "Berg",
    ),
    // `present-before-object`: a present form before its object is the
    // clause's verb after a name or a noun.
    Marks(
        "The government claims Lund runs a network of spies.",
        "Lund runs a network of spies",
        "government",
    ),
    Marks(
        "Berg claims the firm owns the old quay.",
        "the firm owns the old quay",
        "Berg",
    ),
    Not("The government claims victory."),
    Not("The claims of fraud were false."),
    Not("Lund announced Apple products at the fair."),
    // (A plural noun before a time phrase: "plans a week ago".)
    Not("Lund confirmed the firm's plans a week ago."),
    // `quote-that`: "continue" governs a clause after "that".
    Marks(
        "She continued that the ship had sunk.",
        "the ship had sunk",
        "She",
    ),
    Not("Prices continued to fall."),
    // `demonstrative-that`: "that" and a plain noun are the verb's object.
    Not("The city continued that practice for years."),
    // A bare addressee: the claim starts after it, as before.
    Marks(
        "Lund told reporters the old ferry was safe.",
        "the old ferry was safe",
        "Lund",
    ),
    // `listener-noun-clause`: any bare listener, not only an addressee.
    Marks(
        "The memo reminds staff the fees are due.",
        "the fees are due",
        "memo",
    ),
    // A pronoun carrying its auxiliary opens a clause after an object verb.
    Marks(
        "Berg claims she's owed $2 million.",
        "she's owed $2 million",
        "Berg",
    ),
    // `to-phrase`: a "to" before a determiner is a preposition in the subject.
    Marks(
        "Lund said the port's approach to the coast remained \"one of calm and care\".",
        "the port's approach to the coast remained \"one of calm and care\"",
        "Lund",
    ),
    // A quoted word, then a preposition's phrase, then the verb: one clause.
    Marks(
        "Holm testified \"thousands\" of files in fact had not been handed over.",
        "\"thousands\" of files in fact had not been handed over",
        "Holm",
    ),
    // A share of people before "say" is its subject, not "a say" (`share-subject`).
    Marks(
        "Nearly a third say they will not vote.",
        "they will not vote",
        "third",
    ),
    // A source set off after "that" is interposed in the claim (the
    // attribution nested in it is not marked apart).
    Marks(
        "The Herald reported that, according to an audit, she met 40 donors.",
        "according to an audit, she met 40 donors",
        "Herald",
    ),
    // `count-subject`: a counted noun phrase and its verb make an object
    // verb's clause finite; a count with no verb is a noun object.
    Marks(
        "Harbour police reported at least six boats sank in the storm.",
        "at least six boats sank in the storm",
        "Harbour police",
    ),
    // (Any number word counts, as a figure does.)
    Marks(
        "Harbour police reported sixty boats sank in the storm.",
        "sixty boats sank in the storm",
        "Harbour police",
    ),
    Not("The agency reported 906 attacks on ferries last year."),
    // `participle-in-subject`: a participle between a noun and a
    // preposition is part of the subject, whose head speaks, not the
    // preposition's object ...
    Marks(
        "People briefed on the talks said the ferry would stop.",
        "the ferry would stop",
        "People briefed on the talks",
    ),
    Marks(
        "A letter sent to the mayor said the ferry would stop.",
        "the ferry would stop",
        "letter sent to the mayor",
    ),
    Marks(
        "A statement posted on the harbour website said the ferry would stop.",
        "the ferry would stop",
        "statement posted on the harbour website",
    ),
    // ... but after a name it is the name's verb.
    Marks(
        "Lund posted on the harbour website that the ferry would stop.",
        "the ferry would stop",
        "Lund",
    ),
    // `adjunct-chain-that`: phrases opened by prepositions up to "that".
    Marks(
        "Lund wrote in a letter to the board of the port authority that the quay will close.",
        "the quay will close",
        "Lund",
    ),
    Marks(
        "Berg admitted as part of the settlement that he took the money.",
        "he took the money",
        "Berg",
    ),
    Not("Lund wrote in a letter to the board that was leaked on Monday."),
    Not("Berg has threatened to veto the ferry law that allows fishing."),
    Not("Holm wrote for a harbour panel that all agreed the vote was lost."),
    Not("Lund responded to that tweet by mocking the mayor."),
    // `set-off-that`: a phrase between spaced dashes before "that".
    Marks(
        "Berg asserted — twice — that the plan had failed.",
        "the plan had failed",
        "Berg",
    ),
    // An indirect assertion is a cue like "suggested"; with a noun it is none.
    Marks(
        "Lund implied that the harbour chief should resign.",
        "the harbour chief should resign",
        "Lund",
    ),
    Not("The new layout implies a wider road."),
    Not("Lund did not say the port would close."),
    Not("Lund vowed to respond to the council with a plan."),
    Not("Lund warned voters of the risks the dam would bring."),
    Not("Lund warned his staff the costs of the new quay."),
    // An act the subject is expected to do has not taken place.
    Not("Lund is expected to argue that the senator is out of touch."),
    // `more-likely-to`: a poll's comparison; the saying took place.
    Marks(
        "Voters were markedly more likely to say that the port should close.",
        "the port should close",
        "Voters",
    ),
    // A participle opening the sentence is no name (`opening-participle-no-name`).
    Not("Having announced that he would stay, Judge Ola Vik read the verdict."),
    Not("Lund said, adding that he was tired."),
    // "said about the plan" names a topic; "it's said" is an agentless passive.
    Not("Lund said about the plan very little."),
    // `adverb-complement` and `against-complement`: a topic after an
    // adverb, or a stand against something, is no clause.
    Not("Holm complained bitterly about the ferry fares and the late boats."),
    Not("Berg said softly as the band played on the quay."),
    Not("Lund argued against new piers in the bay as well."),
    Marks(
        "Lund said only about 20 boats came in.",
        "only about 20 boats came in",
        "Lund",
    ),
    // `adverb-adjunct`: an adverb, then a phrase opened by a preposition
    // and no clause: how and where the cue took place.
    Not("The witness testified voluntarily in 2004."),
    Not("Berg spoke briefly at the dinner for the crew."),
    Marks(
        "Lund said only in May did the port close.",
        "only in May did the port close",
        "Lund",
    ),
    // `adjunct-then-subordinate`: a phrase, then a subordinate clause to
    // the sentence's end; a comma after it leads to the main clause.
    Not("Lund said Sunday in Oslo as the crowd cheered."),
    Not("Berg said at the hall in Vest as the band played on."),
    Marks(
        "Lund said in 2009 when the port closed, the town shrank.",
        "when the port closed, the town shrank",
        "Lund",
    ),
    Marks(
        "Lund said just because it rained the port shut.",
        "just because it rained the port shut",
        "Lund",
    ),
    // `demonstrative-that-any-cue`: "that", a plain noun and no verb up to
    // the sentence's end: a demonstrative and the verb's object.
    Not("Lund repeated that approach in a talk on Monday."),
    Not("The board reiterated that stance at the hearing, saying it was firm."),
    Marks(
        "Lund repeated that fares would rise in May.",
        "fares would rise in May",
        "Lund",
    ),
    Marks(
        "Berg said that sailors misunderstand him.",
        "sailors misunderstand him",
        "Berg",
    ),
    Marks(
        "Berg argued that ferries, in the end, cost less.",
        "ferries, in the end, cost less",
        "Berg",
    ),
    // `noun-cue-before-past`: a cue word that is also a noun, right
    // before a past tense, is its subject.
    Not("By Monday, Berg and his blunt remarks weighed on the talks."),
    Not("The mayor and her remarks drew a crowd."),
    Marks("Berg notes the port closed in May.", "the port closed in May", "Berg"),
    // `pronoun-object`: a pronoun right after the cue, then a preposition,
    // the sentence's end or ", but", is the cue's object.
    Not("Lund had said it at the hearing on the ferry."),
    Not("Berg explained this in the past, with charts of the harbour."),
    Not("A day after Holm said them, but not before the vote, the pier closed."),
    Not("The port board, under Ola Vik, asserted itself into the fight over fares."),
    Marks(
        "Lund said it was too late for the ferry.",
        "it was too late for the ferry",
        "Lund",
    ),
    Marks(
        "Berg said it, too, would close the pier.",
        "it, too, would close the pier",
        "Berg",
    ),
    // `noun-cue-relative`: a word that is also a noun, "that" and a verb.
    Not("Big wins in the nine states that held votes on Tuesday strengthened the hope that the ferry will run."),
    Not("Lund opened Friday with a short tweet that drew no lessons from the fire."),
    Marks("The charter states that the fares will rise.", "the fares will rise", "charter"),
    Not("It's said that the old mill is haunted."),
    Not("The ferry line reported record profits."),
    Not("Lund confirmed the deal."),
    // `noun-object-cue`: "declare", "boast" and "stated" take a noun object
    // as often as a clause; a noun alone gives no claim, a clause still does.
    Not("The rebels declared war on the hill tribes."),
    Not("Ola Vik declared himself a candidate in 2019."),
    Not("The old harbour boasts a new crane and two tugs."),
    Not("Two aldermen have openly stated their interest in the seat."),
    Marks(
        "Lund boasted the port had never been busier.",
        "the port had never been busier",
        "Lund",
    ),
    Marks(
        "The mayor stated the bridge would reopen in May.",
        "the bridge would reopen in May",
        "mayor",
    ),
    // `told-object`: what is told may be a noun ("the story of ..."), and
    // "said no to" / "said goodbye to" answer or part: no clause.
    Not("At the dinner Lund told the story of a ferry that sank in 1950."),
    Not("Berg tells a joke about the mayor at every rally."),
    Not("At a rally on Friday Lund told the mostly invented tale of a ferry captain who sank a pirate ship."),
    Not("The council said no to the new tax."),
    Not("Lund said goodbye to his staff on Friday."),
    Marks(
        "Lund told reporters the story was false.",
        "the story was false",
        "Lund",
    ),
    Marks(
        "The council said no new tax would pass.",
        "no new tax would pass",
        "council",
    ),
    Marks(
        "The rebels declared that the truce was over.",
        "the truce was over",
        "rebels",
    ),
    Marks(
        "Ola Vik declared the ferry would run all winter.",
        "the ferry would run all winter",
        "Ola Vik",
    ),
];

/// What the `clause-subject` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const CLAUSE_SUBJECT: &[Example] = &[
    Marks(
        "Rice growers said prices would fall.",
        "prices would fall",
        "Rice growers",
    ),
    // `time-lead-no-subject`: a noun in a fronted time phrase is no verb.
    Not("Three days after her initial tweet, Holm posted a photo of the ferry."),
    Not("Minutes before his closing statement, Berg left the hall."),
    Marks(
        "Prices will fall, rice growers said.",
        "Prices will fall",
        "rice growers",
    ),
    // `approximate-count`: an approximation before a count or a fraction.
    Marks(
        "About one in six say they would stay home.",
        "they would stay home",
        "About one in six",
    ),
    // `one-in-count`: "one" before "in" and a count is the count, no determiner.
    Marks(
        "The fleet is old, and one in five said the port was safe.",
        "the port was safe",
        "one in five",
    ),
    // The comma inside a closing mark opens the stretch too; a cue before
    // the quote is nested in the claim (the spec's nesting rule).
    Marks(
        "Berg said the ferry \"would never run again,\" rice growers said.",
        "Berg said the ferry \"would never run again,\"",
        "rice growers",
    ),
    Marks(
        "The ferry owners in the past have warned that the quota would hurt them.",
        "the quota would hurt them",
        "ferry owners",
    ),
    Marks(
        "Ferry owners who backed the plan warned on Tuesday that fares would rise.",
        "fares would rise",
        "Ferry owners",
    ),
    Marks(
        "The harbour front-runner said the vote was close.",
        "the vote was close",
        "harbour front-runner",
    ),
    Marks(
        "Nearly half said the tax was fair.",
        "the tax was fair",
        "Nearly half",
    ),
    Marks(
        "Lund's closest friends have in the past said that he was tired.",
        "he was tired",
        "Lund's closest friends",
    ),
    // `conjunction-subject`: after a contrasting conjunction ("while",
    // "though", "although") the stretch is the subject of its clause.
    Marks(
        "Most skippers said fares were high, while nine in 10 said the port was safe.",
        "the port was safe",
        "nine in 10",
    ),
    // `expletive-there-claim`: "there" before a finite verb opens the claim.
    Marks(
        "Old harbour hands say there is a risk.",
        "there is a risk",
        "Old harbour hands",
    ),
    // A "who" clause after a determiner (`determiner-before-who`).
    Marks(
        "Those who left said the ship had sunk.",
        "the ship had sunk",
        "Those who left",
    ),
    Not("Kolb praised the plan and the mayor said nothing."),
    Not("When the ferry sank nobody said a word."),
    Not("The licences denied under the harbour code would lapse in May."),
];

/// What the `interposed-subject` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const INTERPOSED_SUBJECT: &[Example] = &[
    Marks(
        "Ann Lund, 59, of Tromso, said the ferry was late.",
        "the ferry was late",
        "Ann Lund",
    ),
    Marks(
        "Berg, in the wake of a poor poll, told the radio that the party must change.",
        "the party must change",
        "Berg",
    ),
    Marks(
        "The port must close, Lund, who chairs the board, said on Monday.",
        "The port must close",
        "Lund",
    ),
    Marks(
        "The quota is too low, Ola Vik, the union's leader, said.",
        "The quota is too low",
        "Ola Vik",
    ),
    Marks(
        "Lund, the union's leader, and Berg, its treasurer, said the strike would go on.",
        "the strike would go on",
        "Lund, the union's leader, and Berg",
    ),
    // The title before a name set off is the speaker (the name is an apposition).
    Marks(
        "The ferry will stay in port, his deputy, Ann Berg, said.",
        "The ferry will stay in port",
        "deputy",
    ),
    // After a subordinator or "that", the subject opens its clause there.
    Marks(
        "It was years ago that Ola Lund, who is thinking of running, said it was over.",
        "it was over",
        "Ola Lund",
    ),
    // `place-and-state`: a place and its state set off belong to the noun before them.
    Marks(
        "A woman in Tromso, Norland, told him she worries he is too nice to win.",
        "she worries he is too nice to win",
        "woman in Tromso",
    ),
    Marks(
        "A local teacher from Hamar, Norland, said the water was bad.",
        "the water was bad",
        "local teacher from Hamar",
    ),
    // `interposed-focus`: a focus word opens a phrase set off between a
    // subject and its verb; the subject speaks.
    Marks(
        "The clerks, even Lund, said the ship had sunk.",
        "the ship had sunk",
        "clerks",
    ),
    Marks(
        "Lund, even now, says the ship had sunk.",
        "the ship had sunk",
        "Lund",
    ),
    // `contact-relative-tail`: a relative with no relative word before
    // the phrase set off.
    Marks(
        "Everyone I asked, even Lund, said the ship had sunk.",
        "the ship had sunk",
        "Everyone",
    ),
    Not("On Tuesday in Tromso, after the vote, Lund, Berg, said nothing."),
    Not("The ferry will stay in port, Lund, Ann Berg, said."),
    // A clause before ", and" is no coordinated subject (verb-cue gives Berg).
    Not("The port closed, and Berg, its treasurer, said the strike would go on."),
    Not("After the vote in Tromso, Ann Lund (R-Nor.), said, \"We won.\""),
];

/// `Peskov said (that) <claim>`, `..., stressing that <claim>`.
pub(super) fn before_claim(
    doc: &Doc,
    s: &Range<usize>,
    i: usize,
    found: &Found,
    direct: &DirectCues,
    covered: &[bool],
) -> Option<Attribution> {
    if let Some(a) = noun_cue(doc, s, i)
        .or_else(|| quoted_as_saying(doc, s, i, covered))
        .or_else(|| opening_participle(doc, s, i))
        .or_else(|| owned_noun_cue(doc, s, i))
        .or_else(|| as_put_it(doc, s, i))
        .or_else(|| as_said(doc, s, i))
        .or_else(|| passive_agent(doc, s, i))
    {
        return Some(a);
    }
    if let Some(a) = purpose_infinitive(doc, s, i, found, direct) {
        return Some(a);
    }
    let cue = cue_at(doc, i)?;
    if cues::is_cancelled(doc, i, s.start) {
        return None;
    }
    let group = cues::verb_group_start(doc, i, s.start);
    // "stressing" after a comma, not "is stressing"; adverbs may stand
    // before it (", falsely suggesting that", "after initially saying").
    let participle = (doc.word(i).ends_with("ing")
        && (group..i).all(|k| is_participle_adverb(doc, k)))
        || doc.is(group, "going");
    let with_agent = if participle {
        with_participle_agent(doc, s, group)
    } else {
        None
    };
    let (source, rule) = if let Some(agent) = with_agent {
        (Source::Phrase(agent), Rule::WithParticiple)
    } else if participle {
        // ", saying ..." or "by saying ...", "after saying ...".
        // ", saying ...", "by saying ...", "a series of tweets saying ...".
        let introduced = group > s.start
            && (doc.word(group - 1) == ","
                // `the mayor "founded the gang," saying ...`: the comma inside
                // the closing mark.
                || doc.comma_in_mark_before(group).is_some_and(|c| c >= s.start)
                || coordinated_participle(doc, s, group - 1)
                || ((doc.is(i, "saying") || doc.is(i, "telling"))
                    && (doc.has(group - 1, words::PARTICIPLE_PREPOSITION)
                        || is_message_noun(doc, past_time_words(doc, s, group - 1))))
                // "a news conference announcing that ...".
                || (is_message_noun(doc, group - 1) && doc.is(i + 1, "that"))
                // "while arguing the fund should ...": any participle after a
                // preposition of manner or time (its clause must look finite).
                || (doc.has(group - 1, words::PARTICIPLE_PREPOSITION) && !doc.is(group - 1, "from"))
                // "- noting that ...", "by arguing that ...", "and suggesting
                // that ...": a dash, a preposition of manner or time, or a
                // coordinator before a participle with its "that" clause.
                || (doc.is(cue.end, "that")
                    && (doc.is_spaced_dash(group - 1)
                        || doc.has(group - 1, words::PARTICIPLE_PREPOSITION)
                        // `that-gerund`: "erred in saying that", "pivoted
                        // to arguing that".
                        || doc.has(group - 1, words::THAT_GERUND_PREPOSITION)
                        || doc.is(group - 1, "and")
                        || doc.is(group - 1, "but")))
                // "on the spot - saying he would ...".
                || (doc.is(i, "saying") && doc.is_spaced_dash(group - 1))
                // "Envoys toured the coast saying ...": after the main verb's object;
                // `object-participle`: any participle cue with its "that"
                // ("filed a suit in May alleging that ...", "ran ads
                // reminding farmers that ...").
                || (doc.is(i, "saying") && after_an_object(doc, s, group))
                || (that_clause_follows(doc, &cue) && object_before(doc, s, group))
                // "issued a statement confirming it will ...": a message and
                // any participle cue (its clause must look finite).
                || is_message_noun(doc, past_time_words(doc, s, group - 1)));
        if !introduced {
            return None;
        }
        (main_speaker(doc, s, i, found, direct)?, Rule::Participle)
    } else {
        // "Aides who talked with the Harbour Courier said": the phrase
        // before the verb is a preposition's object; the subject is the
        // stretch before it, when it reads as one.
        // "but in a second interview said": the phrase before the verb is the
        // adjunct's object, not a subject.
        let after_adjunct = coordinator_before(doc, s, group).is_some_and(|k| k + 1 < group);
        let before = speakers::phrase_before(doc, group, s.start)
            .filter(|_| !after_adjunct)
            .map(|p| {
                if speakers::is_preposition_object(doc, &p, s.start)
                    || speakers::is_inside_relative(doc, &p, s.start)
                {
                    if let Some((subject, _)) = speakers::clause_subject(doc, group, s.start) {
                        return subject;
                    }
                }
                p
            })
            .map(|p| speakers::unclosed_apposition_name(doc, &p, s.start).unwrap_or(p));
        let interposed = || {
            (before.is_none() && !after_adjunct)
                .then(|| speakers::subject_past_interposed(doc, group, s.start))
                .flatten()
        };
        match before
            .clone()
            // (The first arm below asks `subject_past_interposed`: here the apposition alone.)
            .or_else(|| speakers::apposition_subject(doc, group, s.start))
            .filter(|p| !after_adjunct && !speakers::is_time_noun_phrase(doc, p))
        {
            // "Lund, 59, of Tromso, said": the subject before the interposed phrases.
            _ if let Some((phrase, _)) = interposed() => {
                (Source::Phrase(phrase), Rule::InterposedSubject)
            }
            // "exporters in the past have warned": the time phrase is no part of the speaker.
            Some(phrase) => match speakers::without_time_phrase(doc, &phrase, s.start) {
                Some(cut) => (Source::Phrase(cut), Rule::ClauseSubject),
                None => (Source::Phrase(phrase), Rule::VerbCue),
            },
            // "Rice growers said", "China in the past has warned".
            None if let Some((phrase, _)) = (!cues::is_reporting_noun(doc, i)
                && !after_adjunct)
                .then(|| speakers::clause_subject(doc, group, s.start))
                .flatten() =>
            {
                (Source::Phrase(phrase), Rule::ClauseSubject)
            }
            // "Kolb praised the plan and said ...": the subject of the first
            // verb (`adjunct-coordinated-verb`: also past an adjunct, "but in
            // a second interview said").
            None if let Some(and) =
                coordinator_before(doc, s, group).filter(|_| is_inflected(doc, i)) =>
            {
                let source = match first_verb_subject(doc, s, and) {
                    Some(phrase) => Source::Phrase(phrase),
                    None => main_speaker(doc, s, i, found, direct)?,
                };
                (source, Rule::CoordinatedVerbs)
            }
            // `message-relative`: "sent a note from her lawyer that
            // says <claim>": the main clause's subject speaks.
            None if let Some(noun) = message_before_relative(doc, s, group, cue.end) => {
                (main_speaker(doc, s, noun, found, direct)?, Rule::VerbCue)
            }
            None => return None,
        }
    };
    // `negated-subject`: "Nobody said", "Neither Lund nor Berg said".
    if matches!(&source, Source::Phrase(p) if speakers::is_negated_subject(doc, p, s.start)) {
        return None;
    }
    let complement = if participle && !doc.is(i, "saying") {
        Complement::Object
    } else {
        complement_of(doc, &cue)
    };
    let mut claim = match clause_after(doc, s, &cue, complement) {
        Some(claim) => claim,
        None => clause_after_comma(doc, s, &cue, &source, participle)?,
    };
    if participle {
        claim = interposed_participle_claim(doc, s, group, claim);
        claim.end = participle_pair_end(doc, &claim);
    }
    // "Everyone I asked said ...": the cue sits in a relative clause of the
    // subject of the saying verb right after it.
    // ("said remarks by Berg were ...": a reporting noun opens the claim.)
    if claim.start == cue.end
        && is_inflected(doc, claim.start)
        && cue_at(doc, claim.start).is_some()
        && !(cues::is_reporting_noun(doc, claim.start) && doc.word(claim.start).ends_with('s'))
    {
        return None;
    }
    // `relative-object-claim`: "the fares, which the mayor said were
    // unfair": a relative word before the cue's subject is the subject of
    // the claim's verb; the claim opens at it, the attribution interposed.
    let object_relative = match &source {
        Source::Phrase(p) => relative_before_subject(doc, s, p.start).filter(|_| {
            // The claim's clause lacks its subject: a verb opens it ("It was years ago that
            // Lund said it was over" is no relative).
            claim.start == cue.end && coordinated_verbs::looks_like_verb(doc, claim.start)
        }),
        Source::SameAs(_) => None,
    };
    // `zero-relative-claim`: "a probe the police said was ongoing".
    let antecedent = match &source {
        Source::Phrase(p) if object_relative.is_none() && claim.start == cue.end => {
            zero_relative_start(doc, s, p.start).filter(|_| {
                doc.has(claim.start, words::FINITE) && !speakers::is_relative(doc, p.start)
            })
        }
        _ => None,
    };
    // "Berg, who said the plan was dead, left early": a relative clause ends
    // at its comma; so does the object relative's ("The strike, which the
    // union says could last weeks, began on Monday").
    let relative_subject =
        matches!(&source, Source::Phrase(p) if p.len() == 1 && speakers::is_relative(doc, p.start));
    if relative_subject
        || object_relative.is_some()
        || (group > s.start && speakers::is_relative(doc, group - 1))
    {
        let closing = |k: usize| {
            matches!(doc.word(k), "," | ";" | "—" | "–")
                && !doc.has(k + 1, words::CLAUSE_COORDINATOR)
        };
        let mut from = claim.start;
        while let Some(comma) = (from..claim.end).find(|&k| closing(k)) {
            // "who said that the mayor, under fire for the floods, would
            // resign": a phrase interposed before the claim's verb.
            let resumes = (comma + 1..claim.end.min(comma + RELATIVE_INTERPOSED_WINDOW))
                .find(|&k| doc.word(k) == ",")
                .filter(|&k| doc.has(k + 1, words::FINITE));
            if let (true, Some(next)) = (doc.word(comma) == ",", resumes) {
                from = next + 1;
                continue;
            }
            claim.end = comma;
            break;
        }
        if claim.len() < 2 {
            return None;
        }
    }
    if let Source::Phrase(p) = &source {
        claim = subordinate_claim(doc, s, p, claim)?;
    }
    // "the licences denied under the code would ...": a participle after a
    // noun, its clause opened by a preposition, is no cue.
    // (`expletive-there-claim`: "Old harbour hands say there is a risk":
    // "there" before a finite verb opens a clause, not a phrase.)
    if rule == Rule::ClauseSubject
        && doc.has(claim.start, words::FUNCTION_WORD)
        && !speakers::is_determiner(doc, claim.start)
        && !doc.is_capitalized(claim.start)
        && !(doc.is(claim.start, "there")
            && (doc.has(claim.start + 1, words::FINITE) || doc.has(claim.start + 1, words::BE)))
    {
        return None;
    }
    if let Some(r) = object_relative.or(antecedent) {
        claim.start = r;
    }
    if claim.clone().any(|k| covered[k]) && covered[claim.start] {
        return None;
    }
    Some(Attribution {
        claim,
        mode: ClaimMode::Reported,
        cue: Some(cue),
        source,
        rule,
    })
}

/// The relative word ("which", "who", or "that" after a noun; not the
/// free relative "what", a noun phrase of the outer sentence: "in response
/// to what the board says are new needs" claims "are new needs")
/// right before the subject phrase starting at `start` (past its
/// determiner): "a leak that officials said came from ...".
fn relative_before_subject(doc: &Doc, s: &Range<usize>, start: usize) -> Option<usize> {
    // ("that" is a determiner too: "a road that officials said ...".)
    let k = start.checked_sub(1)?;
    let k = if doc.is(k, "that") {
        k
    } else {
        speakers::past_determiner(doc, start, s.start).checked_sub(1)?
    };
    let after_noun = || {
        k > s.start
            && doc.tokens[k - 1].kind == TokenKind::Word
            && !doc.has(k - 1, words::FUNCTION_WORD)
            && !doc.has(k - 1, words::FINITE)
            && !cues::is_reporting_verb(doc, k - 1)
            && !doc.word(k - 1).ends_with("ed")
    };
    (k >= s.start && (doc.has(k, words::SUBJECT_RELATIVE) || (doc.is(k, "that") && after_noun())))
        .then_some(k)
}

/// `zero-relative-claim`: "paid for a survey the harbour board said was
/// overdue", "- a probe the police said was ongoing": a relative clause
/// with no relative word, its subject missing; the antecedent (a
/// determiner and up to three plain words right before the subject phrase
/// starting at `start`, after a lowercase word or a dash inside the
/// sentence) stands in the claim as "which" would: the claim opens at its
/// determiner.
fn zero_relative_start(doc: &Doc, s: &Range<usize>, start: usize) -> Option<usize> {
    let mut k = speakers::past_determiner(doc, start, s.start);
    let head = k;
    while k > s.start && head - k < 3 && speakers::is_plain_word(doc, k - 1) {
        k -= 1;
    }
    let det = k.checked_sub(1)?;
    (k < head
        && det > s.start
        && speakers::is_determiner(doc, det)
        && (doc.is_spaced_dash(det - 1)
            || speakers::is_appositive_antecedent(doc, det, head)
            || (doc.tokens[det - 1].kind == TokenKind::Word
                && doc.word(det - 1).chars().all(char::is_lowercase))))
    .then_some(det)
}

/// How many tokens an adjunct between "and"/"but" and a coordinated cue may hold.
const COORDINATED_ADJUNCT_WINDOW: usize = 8;

/// The "and" or "but" that joins the verb group at `group` to a verb before
/// it: right before the group, or before an adjunct that ends at it ("but
/// in a second interview said", "and on Tuesday told").
fn coordinator_before(doc: &Doc, s: &Range<usize>, group: usize) -> Option<usize> {
    let is_coordinator = |k: usize| doc.has(k, words::PLAIN_COORDINATOR);
    if group > s.start && is_coordinator(group - 1) {
        return Some(group - 1);
    }
    let floor = s
        .start
        .max(group.saturating_sub(COORDINATED_ADJUNCT_WINDOW));
    (floor..group.saturating_sub(2))
        .rev()
        .find(|&k| is_coordinator(k))
        .filter(|&k| skip_adjuncts(doc, k + 1, group) == group)
}

/// How many words may stand between a message noun and the relative word
/// of `message-relative` ("a note from her lawyer on Monday that says").
const MESSAGE_RELATIVE_WINDOW: usize = 6;

/// `message-relative`: "The union issued a letter that says the depot will
/// close", "The mayor sent a note from her lawyer on Monday that says she
/// broke no rule": a relative "that" or "which" right before the cue's group, after
/// a message noun (`message`) and a few plain words of its complement (no
/// verb but a noun after its determiner, no comma or quote): the
/// message's token; the cue's clause must look finite (`looks_finite`:
/// "a speech that explains his plan" names a topic). The main clause's subject
/// issued the message and speaks, as before "a letter saying ..."
/// (`participle`).
fn message_before_relative(
    doc: &Doc,
    s: &Range<usize>,
    group: usize,
    cue_end: usize,
) -> Option<usize> {
    // (A finite clause after the cue, as after an object verb: "a speech
    // that explains his plan" names a topic.)
    let clause = cue_end + usize::from(doc.is(cue_end, "that"));
    // (No clause at all when the sentence ends at the cue or its "that".)
    if group < s.start + 3
        || clause >= s.end
        || !(doc.is(group - 1, "that") || doc.is(group - 1, "which"))
        || !looks_finite(doc, clause, s.end)
    {
        return None;
    }
    let floor = s
        .start
        .max(group.saturating_sub(2 + MESSAGE_RELATIVE_WINDOW));
    (floor..group - 1)
        .rev()
        .take_while(|&k| {
            // (A word after a determiner is a noun: "its lawyers"; none
            // before the sentence's first word.)
            doc.tokens[k].kind == TokenKind::Word
                && (!looks_like_verb(doc, k)
                    || (k > s.start
                        && (speakers::is_determiner(doc, k - 1)
                            || doc.has(k - 1, words::POSSESSIVE))))
        })
        .find(|&k| doc.has(k, words::MESSAGE))
}

/// An adverb of manner between a comma or preposition and a participial
/// cue (", falsely suggesting", "after initially saying", ", also
/// noting"), not an auxiliary ("is saying") nor a time word ("supporters,
/// now saying": a modifier of the noun before it).
/// `focus-adverb-participle`: a word of focus too (`participle-adverb`:
/// ", even suggesting he was cheated").
fn is_participle_adverb(doc: &Doc, k: usize) -> bool {
    (doc.word(k).ends_with("ly") && cues::is_adverb(doc, k)) || doc.has(k, words::PARTICIPLE_ADVERB)
}

/// `interposed-participle`: "Lund, after initially saying she would not
/// run, bought air time": a participle set off by commas between a subject
/// (no verb before it) and the subject's verb. Its claim ends at the comma
/// before that verb. A short prepositional phrase closing the subject is
/// no verb's place ("Ads in local papers, reminding voters that ...,
/// ran": "papers" is a noun).
fn interposed_participle_claim(
    doc: &Doc,
    s: &Range<usize>,
    group: usize,
    mut claim: Range<usize>,
) -> Range<usize> {
    let mut open = group.saturating_sub(1);
    if open > s.start && doc.has(open, words::PARTICIPLE_PREPOSITION) {
        open -= 1;
    }
    let subject_end = (s.start..open)
        .find(|&k| prepositional_phrase_end(doc, k, open + 1) == open)
        .unwrap_or(open);
    if open <= s.start
        || doc.word(open) != ","
        || (s.start..subject_end)
            .any(|k| looks_like_verb(doc, k) || doc.tokens[k].kind == TokenKind::Quote)
    {
        return claim;
    }
    if let Some(comma) = claim
        .clone()
        .find(|&k| doc.word(k) == "," && k + 1 < claim.end && looks_like_verb(doc, k + 1))
    {
        claim.end = comma;
    }
    claim
}

/// `participle-pair`: "telling reporters that Berg was wrong and
/// questioning how ...": "and"/"but" and a participle after a participial
/// cue's claim is the cue's pair, the speaker's next act, when the claim
/// holds no "-ing" word it could pair with ("the port is growing and
/// thriving") and the conjunction is outside a quote or a dash pair, the
/// participle no part of a compound ("working-class").
fn participle_pair_end(doc: &Doc, claim: &Range<usize>) -> usize {
    let mut marks = 0;
    let pairs = |k: usize, marks: usize| {
        doc.has(k, words::PLAIN_COORDINATOR)
            && marks.is_multiple_of(2)
            && is_participial_adjunct(doc, k + 1)
            && doc.tokens.get(k + 2).is_none_or(|t| t.space_before)
    };
    for k in claim.clone() {
        // A dash right before the pair opens no dash pair: it sets the
        // pair off ("reminding voters that the pier was shut -- and
        // calling on the board to act"; "--" is two tokens).
        if doc.is_spaced_dash(k) && pairs(k + 1 + usize::from(doc.is(k + 1, "-")), marks) {
            return k;
        }
        if doc.tokens[k].kind == TokenKind::Quote || doc.is_spaced_dash(k) {
            marks += 1;
        } else if is_participial_adjunct(doc, k) {
            break;
        } else if pairs(k, marks) {
            return k;
        }
    }
    claim.end
}

/// How many tokens a phrase set off by commas after a cue may hold
/// ("said, if chosen, she would ...").
const SET_OFF_WINDOW: usize = 10;

/// `Lund's aides say, the port remains a priority`, `She said, if chosen,
/// she would ...`: a comma right after the cue of a subject opening the
/// sentence (or a clause coordinated after a comma), then (past a phrase set
/// off by commas) a finite clause with a subject of its own: the claim. Not
/// after a participle, "told" or a quote.
fn clause_after_comma(
    doc: &Doc,
    s: &Range<usize>,
    cue: &Range<usize>,
    source: &Source,
    participle: bool,
) -> Option<Range<usize>> {
    let Source::Phrase(phrase) = source else {
        return None;
    };
    let mut subject = phrase.start;
    if subject > s.start && speakers::is_determiner(doc, subject - 1) {
        subject -= 1;
    }
    if participle
        || doc.has(cue.start, words::TELL)
        || cue.end + 1 >= s.end
        || doc.word(cue.end) != ","
        || !(opens_sentence(doc, s, subject) || opens_coordinated_clause(doc, s, subject))
        || phrase.end > cue.start
    {
        return None;
    }
    let opens_clause = |k: usize| {
        k < s.end
            && doc.tokens[k].kind == TokenKind::Word
            && !doc.has(k, words::FINITE)
            && !doc.has(k, words::NO_CLAUSE_START)
            && !doc.is(k, "that")
            && !starts_participle(doc, k)
            && !is_participial_adjunct(doc, k)
            && looks_finite(doc, k, s.end)
    };
    let mut start = cue.end + 1;
    if !opens_clause(start) {
        // Past a phrase set off by commas, with no quote or cue in it.
        let comma = (start..(start + SET_OFF_WINDOW).min(s.end))
            .take_while(|&k| {
                doc.tokens[k].kind != TokenKind::Quote && !cues::is_reporting_verb(doc, k)
            })
            .find(|&k| doc.word(k) == ",")?;
        start = comma + 1;
        if !opens_clause(start) {
            return None;
        }
    }
    let claim = trim_claim(doc, start..clause_end(doc, start, s.end));
    (claim.len() >= 3).then_some(claim)
}

/// `coordinated-clause-comma`: `The aides told me to stay home, but I
/// said, look, we have to go`: the subject opens a clause coordinated after
/// a comma ("but", "and"), as it would open the sentence.
fn opens_coordinated_clause(doc: &Doc, s: &Range<usize>, subject: usize) -> bool {
    subject > s.start + 1
        && doc.has(subject - 1, words::CLAUSE_COORDINATOR)
        && doc.word(subject - 2) == ","
}

/// "Envoys toured the coast saying ...": the participle at `group` follows
/// the object of the sentence's main verb (a word, not the subject itself:
/// "The man saying ..." is a noun's modifier).
pub(in crate::attribution) fn after_an_object(doc: &Doc, s: &Range<usize>, group: usize) -> bool {
    doc.tokens[group - 1].kind == TokenKind::Word
        // "postings that included one saying": a message, not an object.
        && !speakers::is_determiner(doc, group - 1)
        // "earned praise for saying": a preposition's object, not the verb's.
        && !doc.has(group - 1, words::FUNCTION_WORD)
        && opening_subject(doc, s.start, group).is_some_and(|subject| {
            subject.end + 1 < group && speakers::verb_between(doc, subject.end, group - 1)
        })
}

/// How many tokens the object before a participle cue may hold ("a $40
/// million suit in 2019").
const OBJECT_WINDOW: usize = 9;

/// `object-participle`: "filed a $40 million suit in 2019 alleging that":
/// a noun phrase opened by a determiner ends right before the participle at
/// `group` (no verb, participle, comma or quote in it), after the main
/// verb of the sentence's subject. Not "could not help pointing out
/// that", "it is worth noting that" (no determiner: the word is no object).
fn object_before(doc: &Doc, s: &Range<usize>, group: usize) -> bool {
    let floor = s.start.max(group.saturating_sub(OBJECT_WINDOW));
    let plain = |k: usize| {
        let w = doc.word(k);
        doc.tokens[k].kind != TokenKind::Quote
            && !matches!(w, "," | ";" | ":" | "(" | ")")
            && !doc.has(k, words::FINITE)
            && !doc.has(k, words::IRREGULAR_PAST)
            && !(w.len() > 3 && (w.ends_with("ed") || w.ends_with("ing")))
            && !cues::is_reporting_verb(doc, k)
    };
    (floor..group)
        .rev()
        .take_while(|&k| plain(k))
        .find(|&k| speakers::is_determiner(doc, k))
        .is_some_and(|det| {
            opening_subject(doc, s.start, det).is_some_and(|subject| {
                subject.end < det && speakers::verb_between(doc, subject.end, det)
            })
        })
}

/// How many words the listener of a participle cue may have before its "that".
const LISTENER_THAT_WINDOW: usize = 3;

/// A "that" right after the cue, or after a short listener of a cue that
/// takes one ("reminding farmers that").
fn that_clause_follows(doc: &Doc, cue: &Range<usize>) -> bool {
    doc.is(cue.end, "that")
        || (doc.has(cue.start, words::LISTENER)
            && (cue.end + 1..cue.end + 1 + LISTENER_THAT_WINDOW).any(|k| doc.is(k, "that")))
}

#[cfg(test)]
mod tests {
    use crate::attribution::reported::tests::{reported, t};

    #[test]
    fn message_relative_reads_no_token_before_the_text() {
        // `message-relative`: the walk back from the relative word to the
        // message noun stops at the sentence's first word (a verb-like word
        // opening the text has no word before it to test for a determiner;
        // called directly, as the pipeline reaches it only in some shapes).
        for text in [
            "filed suit which says the port will close.",
            "Sent notes that say the port will close.",
        ] {
            let _ = reported(text);
            let doc = crate::text::Doc::new(text);
            let group = 3;
            let _ = super::message_before_relative(&doc, &doc.sentences[0], group, group + 1);
        }
    }

    #[test]
    fn a_listener_then_a_topic_or_an_object_is_no_claim() {
        // `listener-topic`, `listener-pronoun`, `purpose-to`.
        assert!(reported("Berg told the crew in a radio talk of the fees.").is_empty());
        assert!(reported("Berg told the crew of the fees.").is_empty());
        assert!(reported("Berg warns us of the fees we had to pay.").is_empty());
        assert!(reported("Berg reminded me of my father.").is_empty());
        assert!(
            reported("Berg warned the crews over the levy in order to prove there was a gap.")
                .is_empty()
        );
        // The listener's clause stays: after an adjunct, after a pronoun.
        assert_eq!(
            reported("Berg told the crew in a radio talk it will close."),
            [t("it will close", "Berg", "told")]
        );
        assert_eq!(
            reported("Berg reminded us the port had closed."),
            [t("the port had closed", "Berg", "reminded")]
        );
    }

    #[test]
    fn on_before_a_gerund_is_the_cues_complement() {
        // `on-gerund-complement`: no clause, whatever follows the comma.
        assert!(
            reported("Berg insisted on paying her own rent, and Lund has known it.").is_empty()
        );
        assert!(
            reported("In May, when she insisted on paying her rent, Berg won the port over.")
                .is_empty()
        );
        // A time after "on" keeps the clause.
        assert_eq!(
            reported("Lund said on Friday the port would close."),
            [t("the port would close", "Lund", "said")]
        );
        assert_eq!(
            reported("Lund said on morning radio the port would close."),
            [t("the port would close", "Lund", "said")]
        );
    }

    #[test]
    fn reminded_takes_a_listener_and_a_clause() {
        assert_eq!(
            reported("Berg reminded the crew in a letter they had to pay."),
            [t("they had to pay", "Berg", "reminded")]
        );
        assert_eq!(
            reported("Lund reminded voters that the pier was shut."),
            [t("the pier was shut", "Lund", "reminded")]
        );
        assert!(reported("Lund reminded voters of the record.").is_empty());
        assert!(reported("The song reminds me of my father.").is_empty());
    }

    #[test]
    fn a_present_form_before_its_object_opens_the_clause() {
        // `present-before-object`.
        assert_eq!(
            reported("The government claims Lund runs a network of spies."),
            [t("Lund runs a network of spies", "government", "claims")]
        );
        assert_eq!(
            reported("Holm noted the city owns 40 piers."),
            [t("the city owns 40 piers", "Holm", "noted")]
        );
        assert!(reported("The government claims victory.").is_empty());
        assert!(reported("Lund announced Apple products at the fair.").is_empty());
        // A plural noun before a time phrase is no verb.
        assert!(reported("Lund confirmed the firm's plans a week ago.").is_empty());
        assert!(reported("Berg revealed the company's results the next day.").is_empty());
    }

    #[test]
    fn a_bare_listener_then_a_clause_opened_by_a_determiner() {
        // `listener-noun-clause`: the claim starts after the listener.
        assert_eq!(
            reported("The memo reminds staff the fees are due."),
            [t("the fees are due", "memo", "reminds")]
        );
        assert_eq!(
            reported("Berg told staff the fees were due."),
            [t("the fees were due", "Berg", "told")]
        );
    }

    #[test]
    fn in_order_to_inside_a_subject_or_as_a_purpose() {
        // `purpose-to`: a verb after "there" or a subject pronoun is the
        // purpose's own clause; after a noun, the subject's verb.
        assert_eq!(
            reported("Berg said the plan in order to win the vote would fail."),
            [t(
                "the plan in order to win the vote would fail",
                "Berg",
                "said"
            )]
        );
        assert!(
            reported("Berg warned voters about the fees in order to prove they were unfair.")
                .is_empty()
        );
        // Any other infinitive keeps a verb after a pronoun.
        assert_eq!(
            reported("Berg said the effort to show they were right failed."),
            [t(
                "the effort to show they were right failed",
                "Berg",
                "said"
            )]
        );
    }

    #[test]
    fn a_name_after_of_speaks_a_participle_and_a_phrase_closes_a_subject() {
        // `of-participle`: the name after "of" is the gerund's speaker,
        // never the sentence's subject.
        assert_eq!(
            reported("The song reminds me of Lund saying that the war was over."),
            [t("the war was over", "Lund", "saying")]
        );
        assert!(reported("The mayor of Bergen saying the port was sold was wrong.").is_empty());
        // `interposed-participle`: a prepositional phrase closing the
        // subject holds no verb; the claim ends before the subject's verb.
        assert_eq!(
            reported(
                "Ads in local papers, reminding voters that the polls open at seven, ran all week."
            ),
            [t("the polls open at seven", "Ads", "reminding")]
        );
        // `participle-pair`: a dash before the pair sets it off.
        assert_eq!(
            reported("Lund defended the plan, saying the pier was shut -- and calling on the city to act."),
            [t("the pier was shut", "Lund", "saying")]
        );
    }

    #[test]
    fn continue_governs_a_clause_after_that() {
        // `quote-that`, `demonstrative-that`.
        assert_eq!(
            reported("She continued that the ship had sunk."),
            [t("the ship had sunk", "She", "continued")]
        );
        assert_eq!(
            reported("Berg continued that prices would fall."),
            [t("prices would fall", "Berg", "continued")]
        );
        assert!(reported("Prices continued to fall.").is_empty());
        assert!(reported("The city continued that practice for years.").is_empty());
        assert!(reported("The rain continued that night.").is_empty());
    }

    #[test]
    fn a_comma_after_the_cue_of_a_coordinated_clause() {
        // `coordinated-clause-comma`: past an interjection set off by commas.
        assert_eq!(
            reported(
                "My aides told me to stay home, but I said, look, we have to change the rules."
            ),
            [t("we have to change the rules", "I", "said")]
        );
        assert_eq!(
            reported("The port was shut, and Lund said, in May, the crews would return."),
            [t("in May, the crews would return", "Lund", "said")]
        );
    }

    #[test]
    fn reply_cues_with_a_particle() {
        assert_eq!(
            reported("Berg hit back that the toll plan was late."),
            [t("the toll plan was late", "Berg", "hit back")]
        );
        assert_eq!(
            reported("Lund fired back on Monday that the union had lied."),
            [t("the union had lied", "Lund", "fired back")]
        );
        assert_eq!(
            reported("Norland pointed out the bridge would cost more."),
            [t("the bridge would cost more", "Norland", "pointed out")]
        );
        // A reply aimed at someone, or a shot, is no claim.
        assert!(reported("Berg hit back at her critics on Monday.").is_empty());
        assert!(reported("Police fired back at the gunmen.").is_empty());
        assert!(reported("Lund shot the deer that had eaten the crops.").is_empty());
    }

    #[test]
    fn cue_before_the_clause() {
        assert_eq!(
            reported("The envoy said the border would reopen next week."),
            [t("the border would reopen next week", "envoy", "said")]
        );
        assert_eq!(
            reported(
                "Freedonia's foreign ministry said in a statement on Monday that talks had failed."
            ),
            [t(
                "talks had failed",
                "Freedonia's foreign ministry",
                "said"
            )]
        );
    }

    #[test]
    fn a_plural_reporting_noun_opening_the_claim() {
        assert_eq!(
            reported("Lund said remarks by Berg were untrue."),
            [t("remarks by Berg were untrue", "Lund", "said")]
        );
        assert_eq!(reported("Everyone I asked said no."), []);
    }

    #[test]
    fn a_hyphenated_to_inside_the_subject_of_the_claim() {
        assert_eq!(
            reported("Aides said the average gift in the May-to-June drive was $27."),
            [t(
                "the average gift in the May-to-June drive was $27",
                "Aides",
                "said"
            )]
        );
    }

    #[test]
    fn a_span_of_time_after_the_cue() {
        assert_eq!(
            reported("Lund has said for weeks he is the only one who can win."),
            [t("he is the only one who can win", "Lund", "said")]
        );
        assert_eq!(
            reported("The union has said for months that the depot must stay."),
            [t("the depot must stay", "union", "said")]
        );
    }

    #[test]
    fn told_skips_the_addressee() {
        assert_eq!(
            reported("Berg told reporters the vote was rigged."),
            [t("the vote was rigged", "Berg", "told")]
        );
        assert_eq!(
            reported("The plan is dead, Berg told Radio Freedonia."),
            [t("The plan is dead", "Berg", "told")]
        );
        // `addressee-of-place`: the listener's place goes with it.
        assert_eq!(
            reported("Mayor Ida Lunde told the Harbour Courier of Narvik last week she would run."),
            [t("she would run", "Mayor Ida Lunde", "told")]
        );
        // Not a plain phrase after "of": no claim there.
        assert_eq!(
            reported("Berg told the Courier of the plan to close the port."),
            []
        );
    }

    #[test]
    fn object_verbs_need_a_clause() {
        assert_eq!(
            reported("The ministry announced the border would close."),
            [t("the border would close", "ministry", "announced")]
        );
        assert_eq!(
            reported("The ministry denied that troops had crossed."),
            [t("troops had crossed", "ministry", "denied")]
        );
    }

    #[test]
    fn asked_that_is_a_request() {
        assert_eq!(reported("The lawyer asked that his name not be used."), []);
        assert_eq!(
            reported("The lawyer asked whether the court would sit."),
            [t("whether the court would sit", "lawyer", "asked")]
        );
    }

    #[test]
    fn told_a_programme_named_in_quotes() {
        assert_eq!(
            reported(
                "Ortiz told Harbour Radio's \"Morning Talk\" that nobody would question the plan."
            ),
            [t("nobody would question the plan", "Ortiz", "told")]
        );
    }

    #[test]
    fn an_emphatic_do_before_the_cue() {
        assert_eq!(
            reported("The charter makes no mention of arms, although it does say that Norland renounces war."),
            [t("Norland renounces war", "it", "say")]
        );
        assert_eq!(
            reported("The charter did not say that Norland renounces war."),
            []
        );
    }

    #[test]
    fn concern_voiced_aloud() {
        assert_eq!(
            reported("Trade ministers of the five nations voiced their concern that the strong krone was hurting exports."),
            [t(
                "the strong krone was hurting exports",
                "ministers of the five nations",
                "voiced their concern"
            )]
        );
        assert_eq!(
            reported("The ministry expressed deep concern that the tests would raise tensions."),
            [t(
                "the tests would raise tensions",
                "ministry",
                "expressed deep concern"
            )]
        );
        assert_eq!(
            reported("The skipper expressed alarm that the quota would halve his catch."),
            [t(
                "the quota would halve his catch",
                "skipper",
                "expressed alarm"
            )]
        );
        assert_eq!(reported("Lund expressed his thanks to the crowd."), []);
        assert_eq!(reported("Berg voiced support for the plan."), []);
        assert_eq!(
            reported("Analysts expressed concern about the deficit."),
            []
        );
    }

    #[test]
    fn nouns_and_turns_of_phrase_that_look_like_cues() {
        assert_eq!(reported("Having said that, the plan has merits."), []);
        assert_eq!(
            reported("The verdict sends a strong signal that fraud will not be tolerated."),
            []
        );
        assert_eq!(
            reported("Voters in the border states that have lost jobs were angry."),
            []
        );
        // `noun-cue-relative`: a noun cue word, "that" and a verb.
        assert_eq!(
            reported(
                "Big wins in the nine states that held votes on Tuesday \
                 strengthened the hope that the ferry will run."
            ),
            []
        );
        assert_eq!(
            reported(
                "Lund opened Friday with a short tweet that drew no \
                 lessons from the fire."
            ),
            []
        );
        assert_eq!(
            reported("Police fear that the raids could add fuel to the anger."),
            []
        );
        assert_eq!(reported("The choice says something about the station."), []);
        // "added" with a clause is still a cue.
        assert_eq!(
            reported("Lund added the bridge was unsafe."),
            [t("the bridge was unsafe", "Lund", "added")]
        );
    }

    #[test]
    fn addressee_with_a_programme_name() {
        assert_eq!(
            reported("The ban was narrow, he told Radio 4's Morning Show."),
            [t("The ban was narrow", "he", "told")]
        );
    }

    #[test]
    fn progressive_cues() {
        assert_eq!(
            reported("The mayor is stressing that the roads are safe."),
            [t("the roads are safe", "mayor", "stressing")]
        );
    }

    #[test]
    fn told_a_listener_that() {
        assert_eq!(
            reported("The mayor told the cheering crowd at the depot that the line would reopen."),
            [t("the line would reopen", "mayor", "told")]
        );
    }

    #[test]
    fn told_someone_to_do_something_is_an_order() {
        assert_eq!(
            reported("Berg, who knew the vote was lost, told aides to draft a new bill."),
            []
        );
    }

    #[test]
    fn this_week_after_the_listener() {
        assert_eq!(
            reported("The union will sit out the vote, its director told reporters this week."),
            [t("The union will sit out the vote", "director", "told")]
        );
    }

    #[test]
    fn object_verbs_with_that_after_a_plain_noun() {
        assert_eq!(
            reported("Still, the website noted that both figures were wrong."),
            [t("both figures were wrong", "website", "noted")]
        );
        assert_eq!(
            reported("They noted his lawyer offered a deal."),
            [t("his lawyer offered a deal", "They", "noted")]
        );
        assert_eq!(reported("They noted his remarks."), []);
    }

    #[test]
    fn just_this_month_and_all_before_the_verb() {
        assert_eq!(
            reported("The bank only last week announced it would end the bonuses."),
            [t("it would end the bonuses", "bank", "announced")]
        );
        assert_eq!(
            reported("The senators all said the rule was unfair."),
            [t("the rule was unfair", "senators", "said")]
        );
        assert_eq!(
            reported("The daily paper reported at the time that its editor had quit."),
            [t("its editor had quit", "daily paper", "reported")]
        );
    }

    #[test]
    fn a_listener_before_that() {
        assert_eq!(
            reported("Lund is warning voters that the bridge would close."),
            [t("the bridge would close", "Lund", "warning")]
        );
        assert_eq!(
            reported("Lund assured the markets that rates would hold."),
            [t("rates would hold", "Lund", "assured")]
        );
        assert_eq!(reported("Lund warned the town that flooded last year."), []);
    }

    #[test]
    fn contracted_is_before_a_progressive_cue() {
        assert_eq!(
            reported("He's claiming that the vote was rigged."),
            [t("the vote was rigged", "He", "claiming")]
        );
    }

    #[test]
    fn an_object_verb_before_a_plain_past_tense() {
        assert_eq!(
            reported("The Harbour Times reported the letter came hours after the vote."),
            [t(
                "the letter came hours after the vote",
                "Harbour Times",
                "reported"
            )]
        );
        assert_eq!(reported("The test confirmed what I always knew."), []);
    }

    #[test]
    fn a_contracted_has_before_the_cue() {
        assert_eq!(
            reported("She's said she draws her ideas from an old farming novel."),
            [t(
                "she draws her ideas from an old farming novel",
                "She",
                "said"
            )]
        );
        assert_eq!(
            reported("While she's said she backs the toll, she voted against it."),
            [t("she backs the toll", "she", "said")]
        );
        assert_eq!(reported("He's said to be ill."), []);
        assert_eq!(reported("It's said that the old mill is haunted."), []);
    }

    #[test]
    fn a_contracted_auxiliary_is_the_verb_of_a_subordinate_claim() {
        assert_eq!(
            reported("While he said he'd call a vote, the bill is unlikely to pass."),
            [t("he'd call a vote", "he", "said")]
        );
    }

    #[test]
    fn about_before_a_count_opens_the_clause() {
        assert_eq!(
            reported("The treasury said about a third of the new debt would fund the bridge."),
            [t(
                "about a third of the new debt would fund the bridge",
                "treasury",
                "said"
            )]
        );
        assert_eq!(
            reported("Lund said about 30 trawlers had left the port."),
            [t("about 30 trawlers had left the port", "Lund", "said")]
        );
        assert_eq!(reported("Lund said about the plan very little."), []);
        // A partitive "much of" is a subject; "much" alone is no clause.
        assert_eq!(
            reported("Holm said much of the talk was about fish."),
            [t("much of the talk was about fish", "Holm", "said")]
        );
        assert_eq!(
            reported("Holm has said much down the years about fish."),
            []
        );
    }

    #[test]
    fn a_listener_then_a_pronoun_opens_the_clause() {
        assert_eq!(
            reported("Holm has assured me it was done without her knowledge."),
            [t("it was done without her knowledge", "Holm", "assured")]
        );
        assert_eq!(
            reported("Lund promised them they would get their money back."),
            [t("they would get their money back", "Lund", "promised")]
        );
        assert!(reported("Lund warned voters of the risks the dam would bring.").is_empty());
    }

    #[test]
    fn an_adjective_of_manner_before_to_and_the_cue() {
        assert_eq!(
            reported("Lund was quick to add that nobody had lost a job."),
            [t("nobody had lost a job", "Lund", "add")]
        );
        assert_eq!(
            reported("Aides to Ms. Berg are careful to point out that she placed second."),
            [t("she placed second", "Aides to Ms. Berg", "point out")]
        );
        assert_eq!(
            reported("Lund is likely to say that the vote was rigged."),
            []
        );
    }

    #[test]
    fn a_place_after_the_cue_before_a_participle_is_no_claim() {
        let found =
            reported("Holm said Tuesday in Vest, noting the mayor \"makes you want to retch.\"");
        assert!(
            found.iter().all(|(claim, _, _)| claim != "in Vest"),
            "{found:?}"
        );
    }

    #[test]
    fn however_between_the_subject_and_the_cue() {
        assert_eq!(
            reported("Lund however said he would help the county."),
            [t("he would help the county", "Lund", "said")]
        );
    }

    #[test]
    fn a_typographic_apostrophe_in_a_negated_auxiliary() {
        assert_eq!(
            reported("Holm also suggested Vestland farmers don’t fully trust the council."),
            [t(
                "Vestland farmers don’t fully trust the council",
                "Holm",
                "suggested"
            )]
        );
    }

    #[test]
    fn accused_ends_a_claim_but_gives_none_with_of() {
        assert_eq!(
            reported("Lund said the inquiry was flawed and officials accused the mayor of lying."),
            [t("the inquiry was flawed", "Lund", "said")]
        );
    }
}
