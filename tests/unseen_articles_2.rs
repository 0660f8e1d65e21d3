//! Four more invented stories in other styles (a planning row with a
//! petition and a march, a health study, a conflict report, a profile with
//! long quotes in the present tense), read as a news editor would: who said
//! what, which speaker each claim is credited to, and the countries and
//! protests. Rows the annotator still gets wrong are left out by
//! `known_wrong` (each one named there) rather than asserted.
mod common;
use common::who_said::{codes, countries, protests, said, speakers, unseen_rows as rows};

const COUNCIL: &str = "HOLMSTAD, March 4 (Wire) - Residents of Holmstad have handed the town council a petition with 6,200 signatures against a plan to build a logistics park on farmland east of the town, the organisers said on Monday.

The council's planning committee approved the project last month by five votes to four. Councillor Birgit Falk, who chairs the committee, said the park would bring 300 jobs and pay for a new bypass.

\"People are tired of being told that every warehouse is good for them,\" said Johan Aberg, a retired teacher who started the petition. \"We were never asked.\"

Aberg said the buildings would cover 40 hectares of wheat fields and that lorry traffic on Mill Street would double.

On Saturday, about 1,500 people marched from the market square to the town hall in protest against the plan. About 200 farmers gathered, chanting \"No concrete on our fields\". Police said the march passed off peacefully.

The developer, Nordhavn Logistics, said in a statement that it had cut the size of the site twice and would plant 80 trees along the road. Reports that the park would drain the nearby wetland were false, the company added.

Mayor Sofia Lund told the local radio station that the council would hold a public hearing in April. \"Nothing is settled until the full council votes,\" she said.

Councillor Nils Berg, who sits on the planning committee, said every resident had been consulted. Opposition councillors said the mayor had rushed the vote, a claim Berg said was false.

A residents' association said it would take the matter to the regional court if the council did not reconsider.";

#[test]
fn a_planning_row_with_a_petition_and_a_march() {
    assert_eq!(
        rows(COUNCIL, &[]),
        [
            said(
                "Residents of Holmstad have handed the town council a petition with 6,200 signatures against a plan to build a logistics park on farmland east of the town",
                "organisers",
                "organisers"
            ),
            said(
                "the park would bring 300 jobs and pay for a new bypass",
                "Councillor Birgit Falk",
                "Councillor Birgit Falk"
            ),
            said(
                "People are tired of being told that every warehouse is good for them",
                "Johan Aberg",
                "Johan Aberg"
            ),
            said("We were never asked", "Johan Aberg", "Johan Aberg"),
            said(
                "the buildings would cover 40 hectares of wheat fields and that lorry traffic on Mill Street would double",
                "Aberg",
                "Johan Aberg"
            ),
            // `counted-speaker`: the approximator stays out of the crowd.
            said("No concrete on our fields", "200 farmers", "200 farmers"),
            said("the march passed off peacefully", "Police", "Police"),
            // The developer's name set off after "The developer" speaks.
            said(
                "it had cut the size of the site twice and would plant 80 trees along the road",
                "Nordhavn Logistics",
                "Nordhavn Logistics"
            ),
            // (Known, not fixed: "the company" is its own entity; no
            // description links it to "Nordhavn Logistics".)
            said(
                "Reports that the park would drain the nearby wetland were false",
                "company",
                "company"
            ),
            said(
                "the council would hold a public hearing in April",
                "Mayor Sofia Lund",
                "Mayor Sofia Lund"
            ),
            said(
                "Nothing is settled until the full council votes",
                "she",
                "Mayor Sofia Lund"
            ),
            said(
                "every resident had been consulted",
                "Councillor Nils Berg",
                "Councillor Nils Berg"
            ),
            said(
                "the mayor had rushed the vote",
                "Opposition councillors",
                "Opposition councillors"
            ),
            // `appositive-zero-relative`: Berg, not "claim Berg", says the
            // claim was false; the attribution stays inside the claim.
            said("a claim Berg said was false", "Berg", "Councillor Nils Berg"),
            said(
                "it would take the matter to the regional court if the council did not reconsider",
                "residents' association",
                "residents' association"
            ),
        ]
    );
    // A petition is no protest act in the spec's list; the march and its
    // stated purpose may be one span or two. (Left open: "the march" that
    // the police speak of refers back to the march already marked.)
    let found = protests(COUNCIL);
    assert_eq!(
        found[..2],
        [
            ("marched".to_string(), None),
            ("protest".to_string(), Some("the plan".to_string())),
        ]
    );
    assert!(countries(COUNCIL).is_empty());
}

const HEALTH: &str = "OSTRAVIK, Oct 21 (Wire) - Adults who walk at least 7,000 steps a day are about a third less likely to die early than those who walk fewer than 3,000, a large study published on Wednesday found.

The study, which followed 48,000 people in Syldavia and Denmark for eleven years, was led by researchers at the University of Ostravik. It found that the benefit levelled off at around 10,000 steps.

\"The benefit starts much earlier than most people think,\" said Dr. Hanna Ekdahl, an epidemiologist who led the work. \"You do not need to run a marathon.\"

The researchers said the effect held for both men and women and was strongest among people over 60. They cautioned that the study showed an association and could not prove that walking itself prolonged life.

Figures from the national statistics office show that fewer than half of adults in Syldavia reach 5,000 steps on an average day.

Experts not involved in the study welcomed the findings but warned against reading too much into them. \"People who walk more may simply be healthier to begin with,\" said Professor Lars Mellin of the Berg Institute of Public Health.

The findings, the authors wrote, suggest that even short daily walks are worth encouraging in older adults.

The national health agency warned on Thursday that a heatwave expected next week could make outdoor exercise dangerous for older people. It advised them to walk in the early morning.

According to the agency, heat-related hospital admissions rose by 40 percent last summer.

The health ministry said it would fund a campaign to encourage walking in schools, but gave no figure.

Some doctors argue the target is arbitrary. \"Why 7,000? Why not 6,500?\" asked Dr. Petter Norum, a family physician in Ostravik. \"The message should be simpler: move more.\"";

#[test]
fn a_health_study_with_evidence_verbs() {
    assert_eq!(
        rows(HEALTH, &[]),
        [
            // "a study found", "It found", "Figures ... show": evidence verbs
            // are no cues (the spec); "warned against reading" has no clause.
            said(
                "The benefit starts much earlier than most people think",
                "Dr. Hanna Ekdahl",
                "Dr. Hanna Ekdahl"
            ),
            said(
                "You do not need to run a marathon",
                "Dr. Hanna Ekdahl",
                "Dr. Hanna Ekdahl"
            ),
            said(
                "the effect held for both men and women and was strongest among people over 60",
                "researchers",
                "researchers"
            ),
            said(
                "the study showed an association and could not prove that walking itself prolonged life",
                "They",
                "researchers"
            ),
            said(
                "People who walk more may simply be healthier to begin with",
                "Professor Lars Mellin",
                "Professor Lars Mellin"
            ),
            // An attribution interposed in a claim stays inside it.
            said(
                "The findings, the authors wrote, suggest that even short daily walks are worth encouraging in older adults",
                "authors",
                "authors"
            ),
            said(
                "a heatwave expected next week could make outdoor exercise dangerous for older people",
                "national health agency",
                "national health agency"
            ),
            said(
                "heat-related hospital admissions rose by 40 percent last summer",
                "agency",
                "national health agency"
            ),
            said(
                "it would fund a campaign to encourage walking in schools",
                "health ministry",
                "health ministry"
            ),
            said("the target is arbitrary", "doctors", "doctors"),
            // Rhetorical questions are the asker's words.
            said("Why 7,000? Why not 6,500", "Dr. Petter Norum", "Dr. Petter Norum"),
            said(
                "The message should be simpler: move more",
                "Dr. Petter Norum",
                "Dr. Petter Norum"
            ),
        ]
    );
    // "advised them to walk" is a directive: no claim, no protest.
    assert!(protests(HEALTH).is_empty());
    assert_eq!(countries(HEALTH), codes(&[("DK", "Denmark")]));
}

const CONFLICT: &str = "KLOW, Aug 9 (Wire) - At least 23 civilians were killed when shells hit a market in the border town of Varna on Friday, according to local health officials.

The Syldavian army blamed Bordurian artillery for the attack. \"The shells came from positions across the river,\" army spokesman Colonel Viktor Brandt told reporters in Klow. \"We have the radar data to prove it.\"

Borduria denied any role. Defence ministry spokesman Ivo Markov said Bordurian forces had not fired a single round in the area for a week, and accused Syldavia of staging the attack to win sympathy abroad.

According to the United Nations, more than 4,000 people have fled the border region since July. The International Red Cross said its teams had not been allowed into Varna.

Syldavia's foreign ministry summoned the Bordurian ambassador and condemned what it called \"a cold-blooded massacre\". The ministry said the attack was a war crime and demanded an international investigation.

Germany condemned the shelling and called on both sides to respect a ceasefire agreed in June. Britain's foreign secretary said London was \"deeply concerned\" by the reports.

A Bordurian military source, speaking on condition of anonymity, said two Syldavian drones had been shot down over Bordurian territory on Thursday.

The Syldavian army said it had lost four soldiers in clashes overnight, but gave no figures for the wounded.

In the capital, hundreds of people marched to the Bordurian embassy, demanding that Syldavia cut diplomatic ties with its neighbour.

Independent verification of the casualty figures was not possible.";

#[test]
fn a_conflict_report_with_denials_and_a_summons() {
    assert_eq!(
        rows(CONFLICT, &[]),
        [
            said(
                "At least 23 civilians were killed when shells hit a market in the border town of Varna on Friday",
                "local health officials",
                "local health officials"
            ),
            said(
                "The shells came from positions across the river",
                "army spokesman Colonel Viktor Brandt",
                "army spokesman Colonel Viktor Brandt"
            ),
            said(
                "We have the radar data to prove it",
                "army spokesman Colonel Viktor Brandt",
                "army spokesman Colonel Viktor Brandt"
            ),
            // "denied any role" and "accused Syldavia of staging" give no claim.
            said(
                "Bordurian forces had not fired a single round in the area for a week",
                "Defence ministry spokesman Ivo Markov",
                "Defence ministry spokesman Ivo Markov"
            ),
            said(
                "more than 4,000 people have fled the border region since July",
                "United Nations",
                "United Nations"
            ),
            said(
                "its teams had not been allowed into Varna",
                "International Red Cross",
                "International Red Cross"
            ),
            // `relative-pronoun-subject`: "it" is Syldavia's foreign
            // ministry (its sentence's subject), not the Red Cross that
            // spoke last, and "The ministry" continues it, not the Bordurian
            // defence ministry's spokesman.
            said("a cold-blooded massacre", "it", "it"),
            said("the attack was a war crime", "ministry", "it"),
            said(
                "London was \"deeply concerned\" by the reports",
                "Britain's foreign secretary",
                "Britain's foreign secretary"
            ),
            said(
                "two Syldavian drones had been shot down over Bordurian territory on Thursday",
                "Bordurian military source",
                "Bordurian military source"
            ),
            // `own-modifier-no-topic`: no earlier speaker, no state of its own.
            said(
                "it had lost four soldiers in clashes overnight",
                "Syldavian army",
                "Syldavian army"
            ),
        ]
    );
    let army: Vec<_> = speakers(CONFLICT)
        .into_iter()
        .filter(|s| s.text == "Syldavian army")
        .collect();
    assert!(!army.is_empty() && army.iter().all(|s| s.country.is_none()));
    // A summons of an ambassador is a diplomatic protest; "called on both
    // sides" is a directive, "demanded an investigation" no undoing of an act.
    assert_eq!(
        protests(CONFLICT),
        [
            ("summoned the Bordurian ambassador".to_string(), None),
            (
                "condemned".to_string(),
                Some("what it called \"a cold-blooded massacre\"".to_string())
            ),
            ("condemned".to_string(), Some("the shelling".to_string())),
            ("marched".to_string(), None),
        ]
    );
    assert_eq!(
        countries(CONFLICT),
        codes(&[("DE", "Germany"), ("GB", "Britain"), ("GB", "London")])
    );
}

const PROFILE: &str = "LUND, Nov 2 (Wire) - Marta Holmgren was nine when she first climbed the hill behind her grandmother's farm with a borrowed telescope. Sixty years later, the astronomer who mapped more than 900 comets is retiring.

\"I remember the cold more than the stars,\" she recalled, laughing. \"My fingers were so numb I could not write anything down.\"

Holmgren, 69, grew up in a village near Lund in southern Syldavia, the daughter of a postman and a seamstress. There were no scientists in the family, she says.

\"Who was going to tell a farm girl she could not study physics? Nobody thought to. So I just did it,\" she says. \"That was the luck of being ignored.\"

Her former student Erik Dahl, now director of the Berg Observatory, says she changed the field. \"She taught a whole generation to check the data twice and trust it once,\" he says.

\"What do I regret?\" Holmgren asks. \"Perhaps that I did not spend more time with my children when they were small. But they have forgiven me, I think.\"

Not everyone was an admirer. Her rival Karl Vinter, who worked at the observatory in the 1980s, said Holmgren had taken credit for discoveries made by her assistants. Holmgren denies this. \"Every name is on every paper. Anyone can check,\" she says.

She plans to spend her retirement in Portugal, where the skies are darker. \"I will still look up every night,\" she said. \"I cannot stop now.\"";

#[test]
fn a_profile_with_long_quotes_in_the_present_tense() {
    // Known wrong: the pronouns and the surname of the subject, who never
    // speaks under her full name. "Holmgren asks" is an entity apart from
    // the "she" before it (the lead's "Marta Holmgren ... she" gives the
    // pronoun no name), and after "Her rival Karl Vinter ... said" every
    // "she" goes to Vinter (a first name tells no gender, and "Holmgren
    // denies this" is no speaker).
    assert_eq!(
        rows(
            PROFILE,
            &[
                "What do I regret",
                "Perhaps that I did not",
                "Every name is on every paper",
                "I will still look up",
                "I cannot stop now",
            ]
        ),
        [
            said("I remember the cold more than the stars", "she", "she"),
            said(
                "My fingers were so numb I could not write anything down",
                "she",
                "she"
            ),
            said("There were no scientists in the family", "she", "she"),
            // The attribution after the quote's third sentence.
            said(
                "Who was going to tell a farm girl she could not study physics? Nobody thought to. So I just did it",
                "she",
                "she"
            ),
            said("That was the luck of being ignored", "she", "she"),
            said(
                "she changed the field",
                "former student Erik Dahl",
                "former student Erik Dahl"
            ),
            said(
                "She taught a whole generation to check the data twice and trust it once",
                "he",
                "former student Erik Dahl"
            ),
            // "Holmgren denies this": a denial with no clause is no claim.
            said(
                "Holmgren had taken credit for discoveries made by her assistants",
                "rival Karl Vinter",
                "rival Karl Vinter"
            ),
        ]
    );
    assert!(protests(PROFILE).is_empty());
    assert_eq!(countries(PROFILE), codes(&[("PT", "Portugal")]));
}
