//! Four more invented stories in styles sets 1 and 2 do not cover (a
//! foreign-press digest of relayed quotes, a roundup of one-sentence items
//! under capitalised headlines, a press-conference transcript with speaker
//! labels, an opinion piece), read as a news editor would: who said what,
//! which speaker each claim is credited to, and the countries and protests.
//! Rows the annotator still gets wrong are left out by `known_wrong` (each
//! one named there) rather than asserted.
mod common;
use common::who_said::{
    codes, countries, protests, said, speaker_at, speakers, unseen_rows as rows,
};

const DIGEST: &str = "KLOW, April 2 (Wire) - Syldavia has no plans to expel Bordurian diplomats, state media quoted Foreign Minister Petra Nyman as saying on Wednesday.

The official news agency SNA cited an unnamed official as saying the government would reopen the border crossing at Tolvik by the end of the month.

In remarks carried by state television, Nyman said her country wanted calm and predictable relations with its neighbours.

The newspaper Klow Daily reported that two Bordurian lorries had been turned back at the border on Monday. The lorries were carrying medical supplies for a hospital in Marsk, the newspaper said, citing a customs officer.

Bordurian state radio, citing the transport ministry, said the drivers had been held for six hours without food.

The army had been put on alert, the daily Marsk Post quoted a defence source as saying.

SNA quoted Interior Minister Lena Horn as telling parliament that the police were ready for any trouble.

According to the agency, the two foreign ministers are expected to meet in Vienna next week.

A ministry spokesman, Ivar Dahl, told the agency that no date had been set for the meeting.

The Tolvik Herald, quoting sources close to the presidency, said President Aron Falk had ordered a review of border procedures.

Japan's foreign ministry said in a statement it was following the situation closely.

An editorial in the Chinese state newspaper Global Courier said both sides should settle the dispute through dialogue.

The reports could not be independently verified.";

#[test]
fn a_foreign_press_digest() {
    let nyman = "Foreign Minister Petra Nyman";
    assert_eq!(
        rows(DIGEST, &[]),
        [
            // `frame-after-claim`: the relay ("state media") is no speaker;
            // the one it quotes is.
            said(
                "Syldavia has no plans to expel Bordurian diplomats",
                nyman,
                nyman
            ),
            // "cited ... as saying" frames as "quoted" does.
            said(
                "the government would reopen the border crossing at Tolvik by the end of the month",
                "unnamed official",
                "unnamed official"
            ),
            // The outlet that carried the remarks is no speaker either.
            said(
                "her country wanted calm and predictable relations with its neighbours",
                "Nyman",
                nyman
            ),
            said(
                "two Bordurian lorries had been turned back at the border on Monday",
                "newspaper Klow Daily",
                "newspaper Klow Daily"
            ),
            // An outlet that reports, citing a source, is the speaker.
            said(
                "The lorries were carrying medical supplies for a hospital in Marsk",
                "newspaper",
                "newspaper Klow Daily"
            ),
            said(
                "the drivers had been held for six hours without food",
                "Bordurian state radio",
                "Bordurian state radio"
            ),
            said(
                "The army had been put on alert",
                "defence source",
                "defence source"
            ),
            // `frame-participle`: "as telling parliament that".
            said(
                "the police were ready for any trouble",
                "Interior Minister Lena Horn",
                "Interior Minister Lena Horn"
            ),
            said(
                "the two foreign ministers are expected to meet in Vienna next week",
                "agency",
                "agency"
            ),
            said(
                "no date had been set for the meeting",
                "ministry spokesman",
                "ministry spokesman"
            ),
            said(
                "President Aron Falk had ordered a review of border procedures",
                "Tolvik Herald",
                "Tolvik Herald"
            ),
            said(
                "it was following the situation closely",
                "Japan's foreign ministry",
                "Japan's foreign ministry"
            ),
            said(
                "both sides should settle the dispute through dialogue",
                "editorial in the Chinese state newspaper Global Courier",
                "editorial in the Chinese state newspaper Global Courier"
            ),
        ]
    );
    // The spokesman's name set off after his title fills his `name`.
    let dahl = speaker_at(DIGEST, "ministry spokesman", "the spokesman");
    assert_eq!(dahl.name.as_deref(), Some("Ivar Dahl"));
    // Syldavia and Borduria are no states; Vienna is a meeting place.
    assert_eq!(
        countries(DIGEST),
        codes(&[("JP", "Japan"), ("CN", "Chinese")])
    );
    assert!(protests(DIGEST).is_empty());
}

const ROUNDUP: &str = "WORLD NEWS IN BRIEF

NORWAY TO RAISE DEFENCE SPENDING

OSLO, March 3 - Norway will raise its defence budget by 4 percent next year, Defence Minister Kari Stang said on Tuesday.

MINERS STRIKE IN CHILE

SANTIAGO, March 3 - About 2,000 copper miners went on strike at the Alto Verde mine over pay, the union said.

KENYA HOLDS RATES

NAIROBI, March 3 - Kenya's central bank kept its main lending rate at 9 percent, saying inflation was easing.

PERU DECLARES EMERGENCY

LIMA, March 3 - Peru will declare a state of emergency in three southern provinces after floods, President Luis Arce told reporters.

PROTEST AT EMBASSY IN ROME

ROME, March 3 - Several hundred people marched to the Syldavian embassy in Rome to protest against the jailing of a journalist, police said.

VIETNAM SUMMONS ENVOY

HANOI, March 3 - Vietnam summoned the Chinese ambassador over a fishing boat seized near disputed islands, the foreign ministry said in a statement.

ICELAND VOLCANO QUIET

REYKJAVIK, March 3 - The volcano near Grindavik has stopped erupting, the meteorological office said, adding that the danger had not passed.

POLAND SENDS TROOPS

WARSAW, March 3 - Poland's defence ministry said on Tuesday it would send 200 more soldiers to Lithuania.

GREEK DOCKERS TO STRIKE

ATHENS, March 3 - Greek dockworkers will hold a 24-hour strike on Thursday against the sale of the port of Kavros, their union said.

CANADA: NO NEW TARIFFS

OTTAWA, March 3 - Canada has no plans to impose new tariffs on steel, a government spokeswoman said.

BRAZIL BANS EXPORTS

BRASILIA, March 3 - Brazil banned the export of raw timber from Thursday, the environment ministry announced.";

#[test]
fn a_roundup_of_short_items() {
    assert_eq!(
        rows(ROUNDUP, &[]),
        [
            // Each item's dateline is no part of its claim.
            said(
                "Norway will raise its defence budget by 4 percent next year",
                "Defence Minister Kari Stang",
                "Defence Minister Kari Stang"
            ),
            said(
                "About 2,000 copper miners went on strike at the Alto Verde mine over pay",
                "union",
                "union"
            ),
            said("inflation was easing", "Kenya's central bank", "Kenya's central bank"),
            said(
                "Peru will declare a state of emergency in three southern provinces after floods",
                "President Luis Arce",
                "President Luis Arce"
            ),
            said(
                "Several hundred people marched to the Syldavian embassy in Rome to protest against the jailing of a journalist",
                "police",
                "police"
            ),
            said(
                "Vietnam summoned the Chinese ambassador over a fishing boat seized near disputed islands",
                "foreign ministry",
                "foreign ministry"
            ),
            said(
                "The volcano near Grindavik has stopped erupting",
                "meteorological office",
                "meteorological office"
            ),
            said(
                "the danger had not passed",
                "meteorological office",
                "meteorological office"
            ),
            said(
                "it would send 200 more soldiers to Lithuania",
                "Poland's defence ministry",
                "Poland's defence ministry"
            ),
            // Another item's union is another speaker.
            said(
                "Greek dockworkers will hold a 24-hour strike on Thursday against the sale of the port of Kavros",
                "union",
                "union"
            ),
            said(
                "Canada has no plans to impose new tariffs on steel",
                "government spokeswoman",
                "government spokeswoman"
            ),
            said(
                "Brazil banned the export of raw timber from Thursday",
                "environment ministry",
                "environment ministry"
            ),
        ]
    );
    let unions: Vec<_> = common::who_said::who_said(ROUNDUP)
        .into_iter()
        .filter(|r| r.speaker == "union")
        .collect();
    assert_eq!(unions.len(), 2);
    // Headlines in capitals name states too; a capital in a dateline or
    // after "in" is a place.
    assert_eq!(
        countries(ROUNDUP),
        codes(&[
            ("NO", "NORWAY"),
            ("NO", "Norway"),
            ("CL", "CHILE"),
            ("KE", "KENYA"),
            ("KE", "Kenya"),
            ("PE", "PERU"),
            ("PE", "Peru"),
            ("VN", "VIETNAM"),
            ("VN", "Vietnam"),
            ("CN", "Chinese"),
            ("IS", "ICELAND"),
            ("PL", "POLAND"),
            ("PL", "Poland"),
            ("LT", "Lithuania"),
            ("GR", "GREEK"),
            ("GR", "Greek"),
            ("CA", "CANADA"),
            ("CA", "Canada"),
            ("BR", "BRAZIL"),
            ("BR", "Brazil"),
        ])
    );
    let own = common::who_said::protest_row;
    // `at-place`: "PROTEST AT EMBASSY IN ROME" says where, not what.
    assert_eq!(
        protests(ROUNDUP),
        [
            own("STRIKE", None),
            own("went on strike", Some("pay")),
            own("PROTEST", None),
            own("marched", None),
            own("protest", Some("the jailing of a journalist")),
            own("SUMMONS ENVOY", None),
            own(
                "summoned the Chinese ambassador",
                Some("a fishing boat seized near disputed islands")
            ),
            own("STRIKE", None),
            own(
                "hold a 24-hour strike",
                Some("the sale of the port of Kavros")
            ),
        ]
    );
}

const TRANSCRIPT: &str = "Transcript: Finance Minister Ola Berg's news conference

The following is an edited transcript of remarks by Syldavian Finance Minister Ola Berg at a news conference in Klow on Friday.

BERG: Good morning. The budget we present today cuts the deficit to 2 percent of output. We will not raise income taxes.

QUESTION: Minister, will the fuel subsidy survive?

BERG: The subsidy stays for this year. After that, we will see.

QUESTION: Borduria says your new tariffs break the trade treaty. Is it right?

BERG: No. Every tariff we set was agreed in Geneva.

Asked whether the government would seek a loan from the International Monetary Fund, Berg replied: \"We do not need one, and we will not ask for one.\"

Berg told reporters the ministry expected growth of 3 percent next year. When asked about the falling crown, he said the central bank had the tools it needed.

Asked if he would resign should the budget fail, Berg said: \"I have never run from a vote.\"

Berg, when asked about the strike at the Tolvik shipyard, said only that talks were continuing.

In reply to a question at the briefing, he said the cuts would not touch pensions.

Deputy minister Sara Lund, who sat beside him, said talks with Germany on a gas pipeline would resume in May.

\"We are close,\" she said when asked about the pipeline.

Asked how close, she replied: \"Close enough.\"";

#[test]
fn a_press_conference_transcript() {
    // Lines under a speaker label ("BERG:") are no claims: no quote marks
    // and no cue (the spec's direct claims are quoted; a label is a
    // layout, not a reporting verb), so the minister's opening lines and
    // his answers to the labelled questions are not asserted either way.
    // The reporter's question holds a reported claim of its own.
    let berg = "Berg";
    let lund = "Deputy minister Sara Lund";
    assert_eq!(
        rows(TRANSCRIPT, &[]),
        [
            said(
                "your new tariffs break the trade treaty",
                "Borduria",
                "Borduria"
            ),
            // "Asked whether ...": the question is no claim; the reply is.
            said(
                "We do not need one, and we will not ask for one",
                berg,
                berg
            ),
            said(
                "the ministry expected growth of 3 percent next year",
                berg,
                berg
            ),
            said("the central bank had the tools it needed", "he", berg),
            said("I have never run from a vote", berg, berg),
            // "when asked about ..." set off by commas between subject and cue.
            said("talks were continuing", berg, berg),
            said("the cuts would not touch pensions", "he", berg),
            said(
                "talks with Germany on a gas pipeline would resume in May",
                lund,
                lund
            ),
            said("We are close", "she", lund),
            said("Close enough", "she", lund),
        ]
    );
    // No label becomes a speaker.
    assert!(speakers(TRANSCRIPT)
        .iter()
        .all(|s| s.text != "BERG" && s.text != "QUESTION"));
    assert_eq!(countries(TRANSCRIPT), codes(&[("DE", "Germany")]));
    // A strike at a shipyard is a protest mention, asked about or not.
    assert_eq!(protests(TRANSCRIPT), [("strike".to_string(), None)]);
}

const OPINION: &str = "Opinion: Syldavia's pension gamble

By Nora Vik

Syldavia's government is about to make a costly mistake. The plan to lower the retirement age to 60 will cost the treasury billions of crowns a year, and the bill will land on young workers.

Critics say the reform is a bribe to older voters before next year's election. Supporters argue that people who started work at 16 have earned an earlier rest.

Some economists believe the scheme can be paid for by faster growth. I doubt it.

\"The numbers simply do not add up,\" said Henrik Moe, a pension expert at the University of Marsk. He warns that the reform will add 3 percent of output to the deficit by 2030.

The finance ministry insists the cost will be covered by a new tax on banks. That is wishful thinking.

Critics, among them the opposition Green Party, say the tax would simply be passed on to savers.

It is often said that pensions are the third rail of Syldavian politics.

Labour Minister Eva Strand told parliament last week that the reform was \"a matter of simple fairness\".

Other countries have tried this. France raised its retirement age after months of street protests, and Greece cut pensions under pressure from its lenders.

As one banker in Klow put it to me, the state is borrowing from people who have not yet been born.

Many voters think the plan is fair. They may be right, but fairness has a price, and someone will pay it.

The government should put the plan to an independent review before it is too late.";

#[test]
fn an_opinion_piece() {
    let moe = "Henrik Moe";
    // The writer's own assertions ("is about to make a costly mistake",
    // "I doubt it", "That is wishful thinking", "should put the plan to an
    // independent review") are no claims; nor are beliefs ("Some
    // economists believe", "Many voters think") or an agentless "It is
    // often said that". Critics who say and supporters who argue are
    // speakers.
    assert_eq!(
        rows(OPINION, &[]),
        [
            said(
                "the reform is a bribe to older voters before next year's election",
                "Critics",
                "Critics"
            ),
            said(
                "people who started work at 16 have earned an earlier rest",
                "Supporters",
                "Supporters"
            ),
            said("The numbers simply do not add up", moe, moe),
            said(
                "the reform will add 3 percent of output to the deficit by 2030",
                "He",
                moe
            ),
            said(
                "the cost will be covered by a new tax on banks",
                "finance ministry",
                "finance ministry"
            ),
            // A phrase set off by commas between subject and cue.
            said(
                "the tax would simply be passed on to savers",
                "Critics",
                "Critics"
            ),
            // A quoted fragment inside a reported claim is part of it.
            said(
                "the reform was \"a matter of simple fairness\"",
                "Labour Minister Eva Strand",
                "Labour Minister Eva Strand"
            ),
            // `plain-put-it-speaker`: "As one banker in Klow put it to me".
            said(
                "the state is borrowing from people who have not yet been born",
                "banker in Klow",
                "banker in Klow"
            ),
        ]
    );
    assert_eq!(
        countries(OPINION),
        codes(&[("FR", "France"), ("GR", "Greece")])
    );
    assert_eq!(protests(OPINION), [("street protests".to_string(), None)]);
}
