//! Look-alikes: words that look like protest triggers but name something
//! else. Each rule is named; `rejects` returns the name of the first rule
//! that fires, so tests and debugging can say why a word was not marked.
use super::patterns::Role;
use super::words::token_in;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// A candidate trigger: its core tokens and its sentence.
pub struct Candidate {
    pub core: Range<usize>,
    pub sentence: Range<usize>,
    pub role: Role,
}

/// A look-alike rule and its name.
type NamedRule = (&'static str, fn(&Doc, &Candidate) -> bool);

/// The name of the look-alike rule that rejects the candidate, if any.
pub fn rejects(doc: &Doc, c: &Candidate, guard: Option<&str>) -> Option<&'static str> {
    if c.role != Role::Agent && negated(doc, c) {
        return Some("negated");
    }
    if generic_mention(doc, c) {
        return Some("generic mention");
    }
    let rules: &[NamedRule] = match guard? {
        "protest" => &[
            ("protested innocence", protested_innocence),
            ("protest as a topic", topic_noun),
        ],
        "condemn" => &[("condemned to a fate", condemned_to_fate)],
        "strike" => &[
            ("strike compound", strike_compound),
            ("military strike", military_context),
            ("strike on a target", strike_on_a_target),
            ("sports strike", sports_context),
            ("option strike", options_context),
            ("strike a deal", strike_a_deal),
            ("calamity strikes", calamity_strikes),
            ("strike as a topic", topic_noun),
        ],
        "rally" => &[
            ("market rally", market_context),
            ("sports rally", sports_context),
            ("rallied behind", rallied_behind),
            ("campaign rally", campaign_rally),
            ("rally without an objection", rally_without_objection),
        ],
        "march" => &[
            ("March the month", march_the_month),
            ("military march", military_context),
            ("marching orders", idiom_after),
            ("march toward a goal", march_toward_a_goal),
        ],
        "idiom" => &[("go-slow approach", idiom_after)],
        "demonstration" => &[("demonstration of a thing", demonstration_of_a_thing)],
        "demo" => &[
            ("demonstration of a thing", demonstration_of_a_thing),
            ("demo without a protest cue", demo_without_cue),
        ],
        "demonstrate" => &[("demonstrate means show", demonstrate_means_show)],
        "stoppage" => &[
            ("stoppage time", stoppage_time),
            ("sports stoppage", sports_context),
            ("stoppage without labour", stoppage_without_labour),
        ],
        "blockade" => &[
            ("military blockade", military_context),
            ("market blockade", market_context),
        ],
        "condemnation" => &[("property condemnation", property_context)],
        "roadblock" => &[("authorities' roadblock", authorities_roadblock)],
        "riot" => &[("riot as a topic", riot_topic), ("ran riot", ran_riot)],
        "picket" => &[("picket fence", picket_fence)],
        "occupation" => &[
            (
                "occupation without a workplace",
                occupation_without_workplace,
            ),
            ("military occupation", military_context),
        ],
        other => panic!("protest_triggers.tsv: unknown guard {other:?}"),
    };
    rules
        .iter()
        .find(|(_, rule)| rule(doc, c))
        .map(|(name, _)| *name)
}

/// The nearest token before `i` that is not an adverb.
fn before_adverbs(doc: &Doc, i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        if !token_in(doc, j, "adv") && !doc.is(j, "even") && !doc.is(j, "yet") {
            return Some(j);
        }
    }
    None
}

/// "did not protest", "no protests", "never condemned": the act did not happen.
fn negated(doc: &Doc, c: &Candidate) -> bool {
    before_adverbs(doc, c.core.start)
        .is_some_and(|j| j >= c.sentence.start && token_in(doc, j, "negation"))
}

/// "Hunger strike is a weapon of last resort": the act in general, not one act.
fn generic_mention(doc: &Doc, c: &Candidate) -> bool {
    let starts_sentence = c.core.start == c.sentence.start
        || (c.core.start == c.sentence.start + 1 && doc.is(c.sentence.start, "hunger"));
    starts_sentence
        && doc.is(c.core.end, "is")
        && [
            "a",
            "an",
            "not",
            "never",
            "often",
            "rarely",
            "usually",
            "always",
            "seen",
            "considered",
            "regarded",
            "legal",
            "illegal",
            "lawful",
        ]
        .iter()
        .any(|w| doc.is(c.core.end + 1, w))
}

/// "protested his innocence": a plea, not an objection.
fn protested_innocence(doc: &Doc, c: &Candidate) -> bool {
    token_in(doc, c.core.end, "possessive") && doc.is(c.core.end + 1, "innocence")
}

/// "protest laws", "the right to protest", "strike laws": the act as a topic.
fn topic_noun(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let right_to = s >= 2 && doc.is(s - 1, "to") && token_in(doc, s - 2, "topic-head");
    let right_of = s >= 2 && doc.is(s - 1, "of") && token_in(doc, s - 2, "topic-head");
    right_to || right_of || token_in(doc, c.core.end, "topic")
}

/// "condemned to death", "condemn him to lame duck status": sentencing, not objecting.
fn condemned_to_fate(doc: &Doc, c: &Candidate) -> bool {
    let end = (c.core.end + 4).min(c.sentence.end);
    (c.core.end..end)
        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
        .find(|&j| doc.is(j, "to"))
        .is_some_and(|j| {
            token_in(doc, j + 1, "fate")
                || doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
        })
}

/// "strike price", "strike force", "air strike".
fn strike_compound(doc: &Doc, c: &Candidate) -> bool {
    token_in(doc, c.core.end, "strike-compound")
        || (c.core.start > 0 && doc.is(c.core.start - 1, "air"))
}

/// "strike a deal", "strike it down": the verb "strike" with an object.
fn strike_a_deal(doc: &Doc, c: &Candidate) -> bool {
    let last = c.core.end - 1;
    (doc.is(last, "strike") || doc.is(last, "strikes"))
        && token_in(doc, c.core.end, "strike-object")
}

/// "the strike on the platform", "strikes against rebel bases": an attack.
/// Labour strikes are "at", "by", "over" or "for"; "on" is a day or a target.
fn strike_on_a_target(doc: &Doc, c: &Candidate) -> bool {
    let on = doc.is(c.core.end, "on") || doc.is(c.core.end, "against");
    on && (token_in(doc, c.core.end + 1, "strike-target") || sentence_has(doc, c, "attack"))
}

/// "disaster strikes", "when lightning strikes": a blow, not a walkout.
fn calamity_strikes(doc: &Doc, c: &Candidate) -> bool {
    c.core.start > 0 && token_in(doc, c.core.start - 1, "calamity")
}

/// "at a campaign rally", "told a victory rally": an election event, not an
/// objection, unless the rally is against something.
fn campaign_rally(doc: &Doc, c: &Candidate) -> bool {
    !against_something(doc, c) && sentence_has(doc, c, "campaign")
}

/// A rally is a protest when the text says what it objects to or demands:
/// "rallied against", "an anti-war rally", "a rally to demand", "protesters".
fn rally_without_objection(doc: &Doc, c: &Candidate) -> bool {
    !against_something(doc, c)
}

fn against_something(doc: &Doc, c: &Candidate) -> bool {
    let before = c.core.start.saturating_sub(3).max(c.sentence.start)..c.core.start;
    ["against", "over", "outside"]
        .iter()
        .any(|w| doc.is(c.core.end, w))
        || before
            .into_iter()
            .any(|j| doc.is(j, "anti") || doc.is(j, "pro"))
        || sentence_has(doc, c, "objection")
}

/// "continue her march toward the nomination": progress, not a procession.
fn march_toward_a_goal(doc: &Doc, c: &Candidate) -> bool {
    c.core.start > 0
        && ["her", "his", "its", "their", "inexorable", "steady", "long"]
            .iter()
            .any(|w| doc.is(c.core.start - 1, w))
        && ["toward", "towards", "to", "on"]
            .iter()
            .any(|w| doc.is(c.core.end, w))
        && !sentence_has(doc, c, "objection")
}

/// "marching orders", "a go-slow approach": idioms.
fn idiom_after(doc: &Doc, c: &Candidate) -> bool {
    token_in(doc, c.core.end, "idiom")
}

/// How far from a trigger context words are looked for, so that a long
/// sentence full of triggers still costs linear time.
const CONTEXT: usize = 25;

/// The trigger's sentence, cut to `CONTEXT` tokens on each side.
fn context(c: &Candidate) -> Range<usize> {
    c.sentence.start.max(c.core.start.saturating_sub(CONTEXT))
        ..c.sentence.end.min(c.core.end + CONTEXT)
}

fn sentence_has(doc: &Doc, c: &Candidate, class: &str) -> bool {
    context(c).any(|j| token_in(doc, j, class))
}

/// Missiles, troops, bombers in the sentence: a strike, march or blockade of war.
fn military_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, "military")
}

/// Goals, matches and leagues in the sentence: a strike or rally of sport.
fn sports_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, "sport")
}

/// "the dollar rallied", "an oil rally": a market movement.
fn market_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, "market")
}

/// "initial strikes of 250": strike prices of options.
fn options_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, "options")
}

/// "The stoppages ... step in the government's battle": a halt, not a walkout,
/// unless workers, unions or strikes are in the sentence.
fn stoppage_without_labour(doc: &Doc, c: &Candidate) -> bool {
    !sentence_has(doc, c, "labour")
}

/// "a gain on the condemnation of its land": a taking by eminent domain.
fn property_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, "property")
}

/// Roadblocks are a protest when protesters own them ("the farmers' roadblocks");
/// police, army or a state's roadblocks ("an Israeli roadblock") are not.
fn authorities_roadblock(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let owned = s >= 2
        && matches!(doc.word(s - 1), "'" | "’" | "'s" | "’s")
        && !doc.is_capitalized(s - 2)
        && !token_in(doc, s - 2, "authority");
    !owned
}

/// "rallied behind the leader", "rallied supporters", "a rallying cry":
/// mobilising or recovering, not protesting.
fn rallied_behind(doc: &Doc, c: &Candidate) -> bool {
    token_in(doc, c.core.end, "rally-object")
}

/// "in March", "March 16": the month. Capitalised "March" is the month unless
/// a protest word or an article precedes it ("a March on Washington").
fn march_the_month(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let word = doc.word(s);
    if !(word == "March" || word == "MARCH") {
        return false;
    }
    if doc
        .tokens
        .get(c.core.end)
        .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return true; // "a March 2016 meeting"
    }
    !(s > 0
        && ["a", "protest", "peace", "freedom"]
            .iter()
            .any(|w| doc.is(s - 1, w)))
}

/// "a demonstration of the software", "demonstration model".
fn demonstration_of_a_thing(doc: &Doc, c: &Candidate) -> bool {
    token_in(doc, c.core.end, "showing")
}

/// "demo" is a protest only with a protest cue beside it ("peace demo", "demo outside").
fn demo_without_cue(doc: &Doc, c: &Candidate) -> bool {
    let before = c
        .core
        .start
        .checked_sub(1)
        .is_some_and(|j| token_in(doc, j, "demo-cue"));
    let hyphen_before = c.core.start >= 2 && doc.word(c.core.start - 1) == "-";
    !(before || hyphen_before || token_in(doc, c.core.end, "demo-cue"))
}

/// "the results demonstrated that", "demonstrated its commitment": to show.
fn demonstrate_means_show(doc: &Doc, c: &Candidate) -> bool {
    let Some(next) = doc.tokens.get(c.core.end) else {
        return false;
    };
    if next.kind == TokenKind::Punct {
        return false;
    }
    ![
        "against",
        "outside",
        "in",
        "at",
        "near",
        "for",
        "over",
        "through",
        "on",
        "peacefully",
        "yesterday",
        "today",
        "again",
        "across",
        "throughout",
    ]
    .iter()
    .any(|w| doc.is(c.core.end, w))
}

/// "stoppage time", "a stoppage of payments".
fn stoppage_time(doc: &Doc, c: &Candidate) -> bool {
    doc.is(c.core.end, "time") || doc.is(c.core.end, "of")
}

/// "riot police", "riot gear", "read the riot act".
fn riot_topic(doc: &Doc, c: &Candidate) -> bool {
    token_in(doc, c.core.end, "topic")
}

/// "ran riot": unchecked, not rioting.
fn ran_riot(doc: &Doc, c: &Candidate) -> bool {
    c.core.start > 0
        && ["run", "ran", "running", "runs"]
            .iter()
            .any(|w| doc.is(c.core.start - 1, w))
}

/// "a picket fence".
fn picket_fence(doc: &Doc, c: &Candidate) -> bool {
    doc.is(c.core.end, "fence") || doc.is(c.core.end, "fences")
}

/// "occupation" is a protest only when a workplace is occupied.
fn occupation_without_workplace(doc: &Doc, c: &Candidate) -> bool {
    let end = (c.core.end + 6).min(c.sentence.end);
    !(c.core.end..end).any(|j| token_in(doc, j, "workplace"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule that rejects the first occurrence of `word` in `text` under `guard`.
    fn why(text: &str, word: &str, role: Role, guard: Option<&str>) -> Option<&'static str> {
        let doc = Doc::new(text);
        let i = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == word)
            .expect("word in text");
        let sentence = doc.sentences[doc.sentence_of(i)].clone();
        let c = Candidate {
            core: i..i + 1,
            sentence,
            role,
        };
        rejects(&doc, &c, guard)
    }

    #[test]
    fn negated_acts_are_rejected() {
        assert_eq!(
            why("Paris did not protest.", "protest", Role::Verb, None),
            Some("negated")
        );
        assert_eq!(
            why("There were no protests.", "protests", Role::Noun, None),
            Some("negated")
        );
        assert_eq!(why("Paris protested.", "protested", Role::Verb, None), None);
        assert_eq!(
            why(
                "Workers did not join the protest.",
                "protest",
                Role::Noun,
                None
            ),
            None
        );
    }

    #[test]
    fn generic_mentions_are_rejected() {
        assert_eq!(
            why("Boycott is a blunt tool.", "Boycott", Role::Verb, None),
            Some("generic mention")
        );
        assert_eq!(
            why("The boycott is over.", "boycott", Role::Verb, None),
            None
        );
    }

    #[test]
    fn innocence_is_not_a_protest() {
        assert_eq!(
            why(
                "The clerk protested his innocence.",
                "protested",
                Role::Verb,
                Some("protest")
            ),
            Some("protested innocence")
        );
        assert_eq!(
            why(
                "The clerk protested his dismissal.",
                "protested",
                Role::Verb,
                Some("protest")
            ),
            None
        );
    }

    #[test]
    fn protest_as_a_topic_is_rejected() {
        assert_eq!(
            why(
                "New protest laws passed.",
                "protest",
                Role::Verb,
                Some("protest")
            ),
            Some("protest as a topic")
        );
        assert_eq!(
            why(
                "They defend the right to protest.",
                "protest",
                Role::Verb,
                Some("protest")
            ),
            Some("protest as a topic")
        );
        assert_eq!(
            why(
                "A protest blocked the bridge.",
                "protest",
                Role::Verb,
                Some("protest")
            ),
            None
        );
    }

    #[test]
    fn sentencing_is_not_condemnation() {
        assert_eq!(
            why(
                "He was condemned to death.",
                "condemned",
                Role::Verb,
                Some("condemn")
            ),
            Some("condemned to a fate")
        );
        assert_eq!(
            why(
                "Scandal may condemn her to obscurity.",
                "condemn",
                Role::Verb,
                Some("condemn")
            ),
            Some("condemned to a fate")
        );
        assert_eq!(
            why(
                "Oslo condemned the decision to expel him.",
                "condemned",
                Role::Verb,
                Some("condemn")
            ),
            None
        );
    }

    #[test]
    fn strikes_that_are_not_protests() {
        let s = Some("strike");
        assert_eq!(
            why("The strike price rose.", "strike", Role::Noun, s),
            Some("strike compound")
        );
        assert_eq!(
            why("An air strike hit the depot.", "strike", Role::Noun, s),
            Some("strike compound")
        );
        assert_eq!(
            why("The missile strike killed four.", "strike", Role::Noun, s),
            Some("military strike")
        );
        assert_eq!(
            why("His late strike won the match.", "strike", Role::Noun, s),
            Some("sports strike")
        );
        assert_eq!(
            why("They hope to strike a deal soon.", "strike", Role::Noun, s),
            Some("strike a deal")
        );
        assert_eq!(
            why("Nurses won the right to strike.", "strike", Role::Noun, s),
            Some("strike as a topic")
        );
        assert_eq!(
            why("The strike closed the docks.", "strike", Role::Noun, s),
            None
        );
    }

    #[test]
    fn rallies_that_are_not_protests() {
        let r = Some("rally");
        assert_eq!(
            why("The dollar rallied on Friday.", "rallied", Role::Verb, r),
            Some("market rally")
        );
        assert_eq!(
            why("An oil rally lifted shares.", "rally", Role::Verb, r),
            Some("market rally")
        );
        assert_eq!(
            why(
                "He won the tennis rally in three seconds.",
                "rally",
                Role::Verb,
                r
            ),
            Some("sports rally")
        );
        assert_eq!(
            why(
                "Members rallied behind the leader.",
                "rallied",
                Role::Verb,
                r
            ),
            Some("rallied behind")
        );
        assert_eq!(
            why(
                "Students rallied against the fee rise.",
                "rallied",
                Role::Verb,
                r
            ),
            None
        );
    }

    #[test]
    fn march_the_month_is_not_a_march() {
        let m = Some("march");
        assert_eq!(
            why("Talks resume in March.", "March", Role::Noun, m),
            Some("March the month")
        );
        assert_eq!(
            why(
                "Troops march on the town with tanks.",
                "march",
                Role::Noun,
                m
            ),
            Some("military march")
        );
        assert_eq!(
            why("The march ended at the square.", "march", Role::Noun, m),
            None
        );
    }

    #[test]
    fn demonstrations_that_show_things() {
        assert_eq!(
            why(
                "A demonstration of the software impressed.",
                "demonstration",
                Role::Noun,
                Some("demonstration")
            ),
            Some("demonstration of a thing")
        );
        assert_eq!(
            why(
                "Tests demonstrated that it works.",
                "demonstrated",
                Role::Verb,
                Some("demonstrate")
            ),
            Some("demonstrate means show")
        );
        assert_eq!(
            why(
                "Students demonstrated outside the embassy.",
                "demonstrated",
                Role::Verb,
                Some("demonstrate")
            ),
            None
        );
        assert_eq!(
            why("The game demo is out.", "demo", Role::Noun, Some("demo")),
            Some("demo without a protest cue")
        );
        assert_eq!(
            why("A peace demo is planned.", "demo", Role::Noun, Some("demo")),
            None
        );
    }

    #[test]
    fn other_look_alikes() {
        assert_eq!(
            why("Riot police moved in.", "Riot", Role::Noun, Some("riot")),
            Some("riot as a topic")
        );
        assert_eq!(
            why("Weeds ran riot.", "riot", Role::Noun, Some("riot")),
            Some("ran riot")
        );
        assert_eq!(
            why(
                "It went to stoppage time.",
                "stoppage",
                Role::Noun,
                Some("stoppage")
            ),
            Some("stoppage time")
        );
        assert_eq!(
            why(
                "A white picket fence.",
                "picket",
                Role::Noun,
                Some("picket")
            ),
            Some("picket fence")
        );
        assert_eq!(
            why(
                "The occupation of the town by troops.",
                "occupation",
                Role::Noun,
                Some("occupation")
            ),
            Some("occupation without a workplace")
        );
        assert_eq!(
            why(
                "The occupation of the factory went on.",
                "occupation",
                Role::Noun,
                Some("occupation")
            ),
            None
        );
        assert_eq!(
            why(
                "A naval blockade by warships.",
                "blockade",
                Role::Verb,
                Some("blockade")
            ),
            Some("military blockade")
        );
        assert_eq!(
            why(
                "Options open with strikes of 40.",
                "strikes",
                Role::Noun,
                Some("strike")
            ),
            Some("option strike")
        );
        assert_eq!(
            why(
                "The stoppages at new plants go on.",
                "stoppages",
                Role::Noun,
                Some("stoppage")
            ),
            Some("stoppage without labour")
        );
        assert_eq!(
            why(
                "Work stoppages hit the docks.",
                "stoppages",
                Role::Noun,
                Some("stoppage")
            ),
            None
        );
        assert_eq!(
            why(
                "It booked a gain on the condemnation of its land.",
                "condemnation",
                Role::Noun,
                Some("condemnation")
            ),
            Some("property condemnation")
        );
        assert_eq!(
            why(
                "The raid drew condemnation abroad.",
                "condemnation",
                Role::Noun,
                Some("condemnation")
            ),
            None
        );
        assert_eq!(
            why(
                "Drivers met police roadblocks.",
                "roadblocks",
                Role::Noun,
                Some("roadblock")
            ),
            Some("authorities' roadblock")
        );
        assert_eq!(
            why(
                "A truck hit the farmers' roadblocks.",
                "roadblocks",
                Role::Noun,
                Some("roadblock")
            ),
            None
        );
    }
}
