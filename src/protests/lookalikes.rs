//! Look-alikes: words that look like protest triggers but name something
//! else. Each rule is named; `rejects` returns the name of the first rule
//! that fires, so tests and debugging can say why a word was not marked.
use super::triggers::Role;
use super::words::*;
use crate::lexicon::class::attribution::PLAIN_COORDINATOR;
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
    if c.role != Role::Agent && any_act(doc, c) {
        return Some("any act");
    }
    if heading(doc, c) {
        return Some("a heading");
    }
    if inside_a_name(doc, c) {
        return Some("inside a name");
    }
    let rules: &[NamedRule] = match guard? {
        // Checked once the roles are known (`mod.rs`): a state protests or is addressed.
        "state" => &[],
        // Checked in `mod.rs` too: a plain note (`plain_note`) needs a state on one side.
        "note" => &[],
        "summons" => &[("summoned home", summoned_elsewhere)],
        "diplomat-subject" => &[
            ("no diplomat summoned", no_diplomat_subject),
            ("summoned home", summoned_elsewhere),
        ],
        "protest" => &[
            ("protested innocence", protested_innocence),
            ("protest as a topic", topic_noun),
        ],
        "condemn" => &[
            ("condemned to a fate", condemned_to_fate),
            ("condemned building", condemned_building),
            ("the condemned man", condemned_as_adjective),
        ],
        "strike" => &[
            ("strike compound", strike_compound),
            ("military strike", military_context),
            ("strike on a target", strike_on_a_target),
            ("sports strike", sports_context),
            ("option strike", options_context),
            ("strike a deal", strike_a_deal),
            ("strike with an object", strike_with_object),
            ("calamity strikes", calamity_strikes),
            ("strike as a topic", topic_noun),
        ],
        "struck" => &[("struck not by workers", struck_not_by_workers)],
        "rally" => &[
            ("market rally", market_context),
            ("sports rally", sports_context),
            ("rallied behind", rallied_behind),
            ("campaign rally", campaign_rally),
            ("someone's rally", someones_rally),
            ("rally without an objection", rally_without_objection),
        ],
        "march" => &[
            ("March the month", march_the_month),
            ("military march", military_context),
            ("marching orders", idiom_after),
            ("march toward a goal", march_toward_a_goal),
            ("march in a direction", march_in_a_direction),
            ("march to a goal", march_to_a_goal),
            ("ceremonial march", ceremonial_march),
        ],
        "idiom" => &[("go-slow approach", idiom_after)],
        "recall" => &[("recall without a protest", recall_without_protest)],
        "walkout" => &[("walking out without a dispute", walkout_without_dispute)],
        "gathering" => &[(
            "gathering without a protest purpose",
            gathering_without_purpose,
        )],
        "demonstration" => &[("demonstration of a thing", demonstration_of_a_thing)],
        "demo" => &[
            ("demonstration of a thing", demonstration_of_a_thing),
            ("demo without a protest cue", demo_without_cue),
        ],
        "demonstrate" => &[
            ("demonstrate means show", demonstrate_means_show),
            ("as it demonstrated", as_demonstrated),
        ],
        "stoppage" => &[
            ("stoppage time", stoppage_time),
            ("sports stoppage", sports_context),
            ("stoppage without labour", stoppage_without_labour),
        ],
        "blockade" => &[
            ("military blockade", military_context),
            ("a state's blockade", state_blockade),
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
        other => crate::bad_data!("protest_triggers.tsv: unknown guard \"{other}\""),
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
        if !doc.has(j, ADV) && !doc.is(j, "even") && !doc.is(j, "yet") {
            return Some(j);
        }
    }
    None
}

/// "did not protest", "no protests", "never condemned": the act did not happen.
fn negated(doc: &Doc, c: &Candidate) -> bool {
    negated_before(doc, c.core.start, c.sentence.start)
}

/// A negator right before token `i`, adverbs skipped ("has not yet formally").
pub fn negated_before(doc: &Doc, i: usize, floor: usize) -> bool {
    before_adverbs(doc, i).is_some_and(|j| {
        j >= floor
            && (doc.has(j, NEGATION)
                || (doc.word(i).ends_with("ing") && doc.has(j, UNREALISED))
                || (doc.is(j, "to") && j > floor && doc.has(j - 1, UNREALISED))
                // "asked him to condemn": the object between.
                || (doc.is(j, "to")
                    && j > floor + 1
                    && doc.tokens[j - 1].kind == TokenKind::Word
                    && doc.has(j - 2, UNREALISED)))
    })
}

/// `any act`: a protest noun after "any" (modifiers between) names no act
/// that took place: one denied, ruled out or supposed ("denied that any
/// protest had taken place", "any strike would be illegal", "banned any
/// large rallies"), which the spec leaves out as it does negated ones.
/// Agent nouns are left alone, as with negation.
/// Marks: `Some protests turned violent.`, `The union called a strike.`
/// Not: `The ministry denied that any protest had taken place.`, `Any strike
/// would be illegal, the court said.`, `Police banned any large rallies.`
fn any_act(doc: &Doc, c: &Candidate) -> bool {
    let mut j = c.core.start;
    while j > c.sentence.start
        && (doc.has(j - 1, ADV) || super::triggers::is_modifier(doc, j - 1))
        && !doc.is(j - 1, "any")
    {
        j -= 1;
    }
    j > c.sentence.start && doc.is(j - 1, "any")
}

/// "PROTESTS" alone on its line: a section heading, not an act.
fn heading(doc: &Doc, c: &Candidate) -> bool {
    (c.sentence.start..c.sentence.end)
        .filter(|&j| !c.core.contains(&j))
        .all(|j| doc.tokens[j].kind == TokenKind::Punct)
}

/// "the Boycott Divestment and Sanction movement": a capitalised trigger
/// amid a sentence, followed by another capitalised word, is part of a name.
/// (Headlines in capitals or Title Case are left alone.)
fn inside_a_name(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let title = |j: usize| {
        doc.tokens[j].kind == TokenKind::Word
            && doc.is_capitalized(j)
            && doc.word(j).bytes().any(|b| b.is_ascii_lowercase())
    };
    let lower_words = (c.sentence.start..c.sentence.end)
        .filter(|&j| {
            doc.tokens[j].kind == TokenKind::Word
                && doc.word(j).starts_with(|ch: char| ch.is_ascii_lowercase())
        })
        .take(3)
        .count();
    s > c.sentence.start
        && c.core.end < c.sentence.end
        && title(s)
        && title(c.core.end)
        && lower_words >= 3
}

/// "was summoned home", "summoned to testify": a recall or a court, not a protest.
fn summoned_elsewhere(doc: &Doc, c: &Candidate) -> bool {
    doc.has(c.core.end, SUMMONED_NOT)
        || (doc.is(c.core.end, "to") && doc.has(c.core.end + 1, SUMMONED_NOT))
}

/// How far back a passive summons looks for the diplomat summoned ("Chargé
/// d'affaires Ivo Marek Kral was summoned"), and for the diplomat's state.
pub const DIPLOMAT_REACH: usize = 12;

/// "The witness was summoned": a passive summons is a protest only when a
/// diplomat is summoned.
fn no_diplomat_subject(doc: &Doc, c: &Candidate) -> bool {
    let from = c
        .sentence
        .start
        .max(c.core.start.saturating_sub(DIPLOMAT_REACH));
    !(from..c.core.start).any(|j| doc.has(j, DIPLOMAT))
}

/// "Hunger strike is a weapon of last resort": the act in general, not one act.
fn generic_mention(doc: &Doc, c: &Candidate) -> bool {
    let starts_sentence = c.core.start == c.sentence.start
        || (c.core.start == c.sentence.start + 1 && doc.is(c.sentence.start, "hunger"));
    starts_sentence && doc.is(c.core.end, "is") && doc.has(c.core.end + 1, GENERIC_PREDICATE)
}

/// "Holm sent the note to the board": a note is a letter unless it objects
/// in its own phrase ("a note protesting the arrests", "notes of protest")
/// or the sentence is diplomatic ("a diplomatic note", "the embassy sent a
/// note", an ambassador). A plain note is a protest only with a state on one
/// side ("Oslo sent a note to Rome"), checked once the roles are known.
pub fn plain_note(doc: &Doc, c: &Candidate) -> bool {
    !(near_objection(doc, c)
        || sentence_has(doc, c, NOTE_CUE)
        || sentence_has(doc, c, MISSION)
        || sentence_has(doc, c, DIPLOMAT))
}

/// "protested his innocence": a plea, not an objection.
/// "protested that he had done nothing wrong": a denial, not an objection.
fn protested_innocence(doc: &Doc, c: &Candidate) -> bool {
    let innocence = doc.has(c.core.end, POSSESSIVE) && doc.is(c.core.end + 1, "innocence");
    let verb = doc.word(c.core.end - 1);
    let that = c.role == Role::Verb
        && doc.is(c.core.end, "that")
        && verb.to_ascii_lowercase().ends_with("ed");
    innocence || that
}

/// "the building was condemned": declared unfit, not objected to.
fn condemned_building(doc: &Doc, c: &Candidate) -> bool {
    let passive = c.core.start > 0 && doc.has(c.core.start - 1, PASSIVE_BE);
    passive && sentence_has(doc, c, UNFIT) && !sentence_has(doc, c, ATTACK)
}

/// "the condemned man", "his condemned cell": an adjective, not an act.
fn condemned_as_adjective(doc: &Doc, c: &Candidate) -> bool {
    c.core.start > 0
        && doc.is(c.core.end - 1, "condemned")
        && (doc.has(c.core.start - 1, DET) || doc.has(c.core.start - 1, POSSESSIVE))
}

/// "the Soviet blockade of Berlin": a state's siege, not a protest. Protesters'
/// blockades are named by lower-case groups ("the farmers' blockade").
fn state_blockade(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    s > c.sentence.start + 1
        && doc.tokens[s - 1].kind == TokenKind::Word
        && doc.is_capitalized(s - 1)
        && !doc.word(s).chars().next().is_some_and(char::is_uppercase)
}

/// "veterans marched in the annual parade": a ceremony.
fn ceremonial_march(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, CEREMONY) && !sentence_has(doc, c, OBJECTION)
}

/// "protest laws", "the right to protest", "strike laws": the act as a topic.
fn topic_noun(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let right_to = s >= 2 && doc.is(s - 1, "to") && doc.has(s - 2, TOPIC_HEAD);
    let right_of = s >= 2 && doc.is(s - 1, "of") && doc.has(s - 2, TOPIC_HEAD);
    right_to || right_of || doc.has(c.core.end, TOPIC)
}

/// "condemned to death", "condemn him to a quiet retirement": sentencing, not objecting.
fn condemned_to_fate(doc: &Doc, c: &Candidate) -> bool {
    let end = (c.core.end + 4).min(c.sentence.end);
    (c.core.end..end)
        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
        .find(|&j| doc.is(j, "to"))
        .is_some_and(|j| {
            doc.has(j + 1, FATE)
                || doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
        })
}

/// "strike price", "strike force", "air strike".
fn strike_compound(doc: &Doc, c: &Candidate) -> bool {
    doc.has(c.core.end, STRIKE_COMPOUND) || (c.core.start > 0 && doc.is(c.core.start - 1, "air"))
}

/// "strike a deal", "strike it down": the verb "strike" with an object.
fn strike_a_deal(doc: &Doc, c: &Candidate) -> bool {
    let last = c.core.end - 1;
    (doc.is(last, "strike") || doc.is(last, "strikes"))
        && doc.has(c.core.end, STRIKE_OBJECT)
        // "strike this morning": a time, no object (`object-not-adjunct`).
        && !super::roles::time_adjunct(doc, c.core.end)
}

/// "the strike on the platform", "strikes against rebel bases": an attack.
/// Labour strikes are "at", "by", "over" or "for"; "on" is a day, a line or
/// service ("a strike on the metro"), or a target: places and craft hit from
/// the air or sea are targets too ("a strike on the harbour", "on a tanker").
/// Marks: `The air force carried out a strike on the harbour.`
/// Not: `A strike on the Oslo metro caused queues.`, `Dockers held a strike at
/// the harbour over pay.`
fn strike_on_a_target(doc: &Doc, c: &Candidate) -> bool {
    let on = doc.is(c.core.end, "on") || doc.is(c.core.end, "against");
    let end = (c.core.end + 4).min(c.sentence.end);
    on && ((c.core.end + 1..end).any(|j| doc.has(j, STRIKE_TARGET)) || sentence_has(doc, c, ATTACK))
}

/// "Norway strikes gas deal", "moved to strike the paragraph": the verb with
/// an object hits, agrees or deletes; a labour strike takes none ("nurses
/// strike for a second day"). A noun ("the strike", "dock strike") is not a verb.
fn strike_with_object(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let last = c.core.end - 1;
    // "went on strike over pay": a phrase ending in "strike" has the noun.
    let verb_form = s == last && (doc.is(last, "strike") || doc.is(last, "strikes"));
    let noun_before = s > c.sentence.start
        && (doc.has(s - 1, DET)
            || doc.has(s - 1, MOD)
            || super::triggers::is_modifier(doc, s - 1)
            || super::roles::is_possessive(doc, s - 1)
            || doc.has(s - 1, LABOUR)
            // "his late strike": a determiner and an adjective before.
            || (s >= c.sentence.start + 2
                && doc.has(s - 2, DET)
                && doc.word(s - 1).starts_with(|ch: char| ch.is_ascii_lowercase())));
    verb_form
        && !noun_before
        && c.core.end < c.sentence.end
        && super::roles::is_object_start(doc, c.core.end)
}

/// `struck-by-workers`: "struck" and "striking" as verbs are a walkout only
/// when working people strike (the word before, past adverbs and
/// auxiliaries, is one of `workforce`) and no object follows; anything else
/// that strikes hits, agrees or impresses.
/// Marks: `Dockers struck for higher pay.`, `Nurses have been striking since
/// May.`, `Dockers at the port struck over pensions.`
/// Not: `A missile struck the town.`, `The firms struck a deal.`, `Workers
/// struck a deal with the owners.`, `It was a striking result.`
fn struck_not_by_workers(doc: &Doc, c: &Candidate) -> bool {
    let mut j = c.core.start;
    while j > c.sentence.start
        && (doc.has(j - 1, ADV)
            || doc.has(j - 1, crate::lexicon::class::attribution::FINITE)
            || doc.is(j - 1, "been")
            || doc.is(j - 1, "also"))
    {
        j -= 1;
    }
    // "Dockers at the port struck": the subject's phrase of place between.
    let phrase_from = j.saturating_sub(5).max(c.sentence.start);
    let by_workers = (j > c.sentence.start && doc.has(j - 1, WORKFORCE))
        || (phrase_from..j.saturating_sub(2)).any(|k| {
            doc.has(k, WORKFORCE)
                && doc.has(k + 1, PREPOSITION)
                && (k + 1..j).all(|m| {
                    doc.tokens[m].kind == TokenKind::Word
                        && !doc.has(m, crate::lexicon::class::attribution::FINITE)
                })
        });
    let object = c.core.end < c.sentence.end && super::roles::is_object_start(doc, c.core.end);
    !by_workers || object
}

/// "disaster strikes", "when lightning strikes": a blow, not a walkout.
fn calamity_strikes(doc: &Doc, c: &Candidate) -> bool {
    c.core.start > 0 && doc.has(c.core.start - 1, CALAMITY)
}

/// "at a campaign rally", "told a victory rally": an election event, not an
/// objection, unless the rally is against something.
fn campaign_rally(doc: &Doc, c: &Candidate) -> bool {
    !against_something(doc, c) && sentence_has(doc, c, CAMPAIGN)
}

/// "Lund's rallies", "a Berg rally in Albia", "Holm-Dahl rallies": a
/// named person's or place's rally is an event, not a protest, unless the
/// rally itself is against something ("a Paris rally against the war");
/// protesters at it are not enough ("protesting at Lund rallies").
fn someones_rally(doc: &Doc, c: &Candidate) -> bool {
    let mut j = c.core.start;
    while j > c.sentence.start && super::triggers::is_modifier(doc, j - 1) {
        j -= 1;
    }
    if j > c.sentence.start && doc.is_clitic_s(j - 1) {
        j -= 1;
    }
    let named = j > c.sentence.start + 1
        && doc.tokens[j - 1].kind == TokenKind::Word
        && doc.is_capitalized(j - 1)
        && !doc.is_capitalized(j - 2);
    let directly_against = doc.has(c.core.end, OBJECTION_PREPOSITION)
        || (doc.is(c.core.end, "to") && doc.has(c.core.end + 1, PURPOSE))
        || (c.core.start.saturating_sub(3).max(c.sentence.start)..c.core.start)
            .any(|k| doc.has(k, AGAINST_PREFIX) || doc.is(k, "protest"));
    named && !directly_against
}

/// A rally is a protest when the text says what it objects to or demands:
/// "rallied against", "an anti-war rally", "a rally to demand", "protesters".
fn rally_without_objection(doc: &Doc, c: &Candidate) -> bool {
    !against_something(doc, c)
}

fn against_something(doc: &Doc, c: &Candidate) -> bool {
    let before = c.core.start.saturating_sub(3).max(c.sentence.start)..c.core.start;
    // "pro-democracy rally" objects; "pro-Lund rally" is a candidate's.
    let pro_cause = |j: usize| {
        doc.is(j, "pro")
            && doc.word(j + 1) == "-"
            && !doc.is_capitalized(j + 2)
            && !doc.is_capitalized(j)
    };
    doc.has(c.core.end, RALLY_PREPOSITION)
        || before
            .into_iter()
            .any(|j| doc.has(j, AGAINST_PREFIX) || pro_cause(j))
        || near_objection(doc, c)
}

/// How near a word must be to say what a rally or march objects to: its own
/// phrase ("a rally to demand", "protesters rallied"), not the sentence ("at
/// a rally in Iowa, protesters were removed").
const NEAR: usize = 6;

fn near_objection(doc: &Doc, c: &Candidate) -> bool {
    let from = c.sentence.start.max(c.core.start.saturating_sub(NEAR));
    let to = c.sentence.end.min(c.core.end + NEAR);
    (from..to).any(|j| !c.core.contains(&j) && doc.has(j, OBJECTION))
}

/// "continue her march toward the nomination": progress, not a procession.
fn march_toward_a_goal(doc: &Doc, c: &Candidate) -> bool {
    // "Berg's all-but-certain march": the possessor before the modifiers.
    let mut j = c.core.start;
    while j > c.sentence.start + 1 && super::triggers::is_modifier(doc, j - 1) {
        j -= 1;
    }
    j > 0
        && doc.has(j - 1, MARCH_OWNER)
        && doc.has(c.core.end, TOWARD)
        && !sentence_has(doc, c, OBJECTION)
}

/// "marching forward", "we will march out with the nomination", "China's
/// march westward": a direction, not a procession, unless the sentence objects.
fn march_in_a_direction(doc: &Doc, c: &Candidate) -> bool {
    doc.has(c.core.end, DIRECTION) && !near_objection(doc, c)
}

/// "march to the nomination", "marching toward November", "a march to
/// armistice": a figurative march to a goal.
fn march_to_a_goal(doc: &Doc, c: &Candidate) -> bool {
    let to = doc.has(c.core.end, TO_A_GOAL);
    let end = (c.core.end + 4).min(c.sentence.end);
    to && (c.core.end + 1..end).any(|j| doc.has(j, GOAL))
}

/// Recalling an ambassador is a protest when the text says so ("recalled its
/// envoy in protest"); otherwise a routine move or a sanction.
fn recall_without_protest(doc: &Doc, c: &Candidate) -> bool {
    !sentence_has(doc, c, OBJECTION)
}

/// "walked out" is a walkout when workers or a protest are named ("staff
/// walked out over pay"), not a mere exit ("he walked out of the room").
fn walkout_without_dispute(doc: &Doc, c: &Candidate) -> bool {
    !(sentence_has(doc, c, LABOUR) || sentence_has(doc, c, OBJECTION))
}

/// A crowd that gathers is a demonstration only when the text says it gathered
/// to object or demand ("Thousands gathered outside parliament to demand ...").
fn gathering_without_purpose(doc: &Doc, c: &Candidate) -> bool {
    let before = c.core.start.saturating_sub(6).max(c.sentence.start)..c.core.start;
    let crowd = before.into_iter().any(|j| doc.has(j, CROWD));
    let limit = (c.core.end + 10).min(c.sentence.end);
    let purpose = (c.core.end..limit)
        .take_while(|&j| doc.tokens[j].kind != TokenKind::Punct)
        .any(|j| doc.is(j, "to") && doc.has(j + 1, PURPOSE));
    !(crowd && purpose)
}

/// "marching orders", "a go-slow approach": idioms.
fn idiom_after(doc: &Doc, c: &Candidate) -> bool {
    doc.has(c.core.end, IDIOM)
}

/// How far from a trigger context words are looked for, so that a long
/// sentence full of triggers still costs linear time.
const CONTEXT: usize = 25;

/// The trigger's sentence, cut to `CONTEXT` tokens on each side.
fn context(c: &Candidate) -> Range<usize> {
    c.sentence.start.max(c.core.start.saturating_sub(CONTEXT))
        ..c.sentence.end.min(c.core.end + CONTEXT)
}

fn sentence_has(doc: &Doc, c: &Candidate, class: crate::lexicon::Class) -> bool {
    context(c).any(|j| doc.has(j, class))
}

/// Missiles, troops, bombers in the sentence: a strike, march or blockade of war.
fn military_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, MILITARY)
}

/// Goals, matches and leagues in the sentence: a strike or rally of sport.
fn sports_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, SPORT)
}

/// "the dollar rallied", "an oil rally": a market movement.
fn market_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, MARKET)
}

/// "initial strikes of 250": strike prices of options.
fn options_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, OPTIONS)
}

/// "The stoppages ... step in the government's battle": a halt, not a walkout,
/// unless workers, unions or strikes are in the sentence.
fn stoppage_without_labour(doc: &Doc, c: &Candidate) -> bool {
    !sentence_has(doc, c, LABOUR)
}

/// "a gain on the condemnation of its land": a taking by eminent domain.
fn property_context(doc: &Doc, c: &Candidate) -> bool {
    sentence_has(doc, c, PROPERTY)
}

/// Roadblocks are a protest when protesters own them ("the farmers' roadblocks");
/// police, army or a state's roadblocks ("an Israeli roadblock") are not.
fn authorities_roadblock(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let owned = s >= 2
        && super::roles::is_possessive(doc, s - 1)
        && !doc.is_capitalized(s - 2)
        && !doc.has(s - 2, AUTHORITY);
    !owned
}

/// "rallied behind the leader", "rallied supporters", "a rallying cry":
/// mobilising or recovering, not protesting.
fn rallied_behind(doc: &Doc, c: &Candidate) -> bool {
    doc.has(c.core.end, RALLY_OBJECT)
}

/// "in March", "March 16": the month. Capitalised "March" is the month unless
/// a protest word or an article precedes it ("a March on Washington").
fn march_the_month(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let word = doc.word(s);
    if !(word == "March" || word == "MARCH") {
        return false;
    }
    let Some(next) = doc.tokens.get(c.core.end) else {
        return true;
    };
    if next.kind == TokenKind::Number {
        return true; // "a March 2016 meeting"
    }
    // "a March on Washington", "FARMERS MARCH AGAINST GRAIN TAX": a
    // preposition of a procession follows; "a March meeting": a noun does.
    let procession_after = doc.has(c.core.end, PROCESSION_PREPOSITION);
    let month_before = s > 0 && doc.has(s - 1, BEFORE_MONTH);
    let protest_before = s > 0 && doc.has(s - 1, MARCH_CAUSE);
    !(protest_before || (procession_after && !month_before))
}

/// "a demonstration of the software", "demonstration model".
fn demonstration_of_a_thing(doc: &Doc, c: &Candidate) -> bool {
    doc.has(c.core.end, SHOWING)
}

/// "demo" is a protest only with a protest cue beside it ("peace demo", "demo outside").
fn demo_without_cue(doc: &Doc, c: &Candidate) -> bool {
    let before = c
        .core
        .start
        .checked_sub(1)
        .is_some_and(|j| doc.has(j, DEMO_CUE));
    let hyphen_before = c.core.start >= 2 && doc.word(c.core.start - 1) == "-";
    !(before || hyphen_before || doc.has(c.core.end, DEMO_CUE))
}

/// "the results demonstrated that", "demonstrated its commitment": to show.
fn demonstrate_means_show(doc: &Doc, c: &Candidate) -> bool {
    let Some(next) = doc.tokens.get(c.core.end) else {
        return false;
    };
    if next.kind == TokenKind::Punct {
        return false;
    }
    !doc.has(c.core.end, DEMONSTRATION_NEXT)
}

/// "as the crisis has demonstrated", "able to demonstrate": to show.
fn as_demonstrated(doc: &Doc, c: &Candidate) -> bool {
    let s = c.core.start;
    let as_clause = clause_opener(doc, c).is_some_and(|j| doc.is(j, "as"));
    let able = s >= 2 && doc.is(s - 1, "to") && doc.is(s - 2, "able");
    as_clause || able
}

/// How far back the start of a trigger's clause is looked for.
const CLAUSE_REACH: usize = 16;

/// The first word of the trigger's clause (after the last comma or the
/// sentence start, "but" and "and" skipped): "But as the accounts demonstrate".
fn clause_opener(doc: &Doc, c: &Candidate) -> Option<usize> {
    let floor = c
        .sentence
        .start
        .max(c.core.start.saturating_sub(CLAUSE_REACH));
    let mut j = c.core.start;
    while j > floor && !clause_break(doc, j - 1) {
        j -= 1;
    }
    if j == floor && floor != c.sentence.start {
        return None; // the clause starts further back than we look
    }
    while j < c.core.start && doc.has(j, PLAIN_COORDINATOR) {
        j += 1;
    }
    (j < c.core.start).then_some(j)
}

/// A comma, colon, bracket or spaced dash; not the hyphen of "pro-Islamic".
fn clause_break(doc: &Doc, j: usize) -> bool {
    let t = &doc.tokens[j];
    t.kind == TokenKind::Punct
        && (matches!(doc.word(j), "," | ";" | ":" | "(" | ")" | "—" | "–")
            || (doc.word(j) == "-" && t.space_before))
}

/// "stoppage time", "a stoppage of payments".
fn stoppage_time(doc: &Doc, c: &Candidate) -> bool {
    doc.is(c.core.end, "time") || doc.is(c.core.end, "of")
}

/// "riot police", "riot gear", "read the riot act".
fn riot_topic(doc: &Doc, c: &Candidate) -> bool {
    doc.has(c.core.end, TOPIC)
}

/// "ran riot": unchecked, not rioting.
fn ran_riot(doc: &Doc, c: &Candidate) -> bool {
    c.core.start > 0 && doc.has(c.core.start - 1, RUN)
}

/// "a picket fence".
fn picket_fence(doc: &Doc, c: &Candidate) -> bool {
    doc.is(c.core.end, "fence") || doc.is(c.core.end, "fences")
}

/// "occupation" is a protest only when a workplace is occupied.
fn occupation_without_workplace(doc: &Doc, c: &Candidate) -> bool {
    let end = (c.core.end + 6).min(c.sentence.end);
    !(c.core.end..end).any(|j| doc.has(j, WORKPLACE))
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
    fn acts_after_any_are_rejected() {
        let any = Some("any act");
        for (text, word) in [
            (
                "The ministry denied that any protest had taken place.",
                "protest",
            ),
            ("Any strike would be illegal, the court said.", "strike"),
            ("Police banned any large rallies.", "rallies"),
        ] {
            assert_eq!(why(text, word, Role::Noun, None), any, "{text}");
        }
        assert_eq!(
            why(
                "Some protests turned violent.",
                "protests",
                Role::Noun,
                None
            ),
            None
        );
        assert_eq!(
            why("The union called a strike.", "strike", Role::Noun, None),
            None
        );
        // Agent nouns are never negated.
        assert_eq!(
            why("Were any protesters hurt?", "protesters", Role::Agent, None),
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
        let cd = Some("condemn");
        assert_eq!(
            why("The condemned man ate.", "condemned", Role::Verb, cd),
            Some("the condemned man")
        );
        assert_eq!(
            why(
                "The union condemned the sackings.",
                "condemned",
                Role::Verb,
                cd
            ),
            None
        );
        let b = Some("blockade");
        assert_eq!(
            why(
                "Then the Soviet blockade of the city began.",
                "blockade",
                Role::Verb,
                b
            ),
            Some("a state's blockade")
        );
        assert_eq!(
            why(
                "Then the farmers' blockade of the port began.",
                "blockade",
                Role::Verb,
                b
            ),
            None
        );
        let r = Some("recall");
        assert_eq!(
            why(
                "Oslo recalled its envoy in protest.",
                "recalled",
                Role::Verb,
                r
            ),
            None
        );
        assert_eq!(
            why(
                "Oslo recalled its envoy for talks.",
                "recalled",
                Role::Verb,
                r
            ),
            Some("recall without a protest")
        );
        let w = Some("walkout");
        assert_eq!(
            why("Staff walked out over pay.", "walked", Role::Act, w),
            None
        );
        assert_eq!(
            why("He walked out of the room.", "walked", Role::Act, w),
            Some("walking out without a dispute")
        );
        let g = Some("gathering");
        assert_eq!(
            why(
                "Thousands gathered in the square to demand his release.",
                "gathered",
                Role::Act,
                g
            ),
            None
        );
        assert_eq!(
            why(
                "Ministers gathered in Rome to sign the treaty.",
                "gathered",
                Role::Act,
                g
            ),
            Some("gathering without a protest purpose")
        );
        assert_eq!(
            why(
                "Hundreds gathered for the funeral.",
                "gathered",
                Role::Act,
                g
            ),
            Some("gathering without a protest purpose")
        );
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

    #[test]
    fn the_sense_of_strike_from_its_object_and_neighbours() {
        let s = Some("strike");
        assert_eq!(
            why(
                "Norway strikes gas deal with Poland",
                "strikes",
                Role::Noun,
                s
            ),
            Some("strike with an object")
        );
        assert_eq!(
            why(
                "The court may strike clauses from the bill.",
                "strike",
                Role::Noun,
                s
            ),
            Some("strike with an object")
        );
        assert_eq!(
            why("Nurses strike for a second day.", "strike", Role::Noun, s),
            None
        );
        // What a strike is over is no object.
        assert_eq!(
            why(
                "Dockers in Bergen strike over pay.",
                "strike",
                Role::Noun,
                s
            ),
            None
        );
        assert_eq!(
            why(
                "Such fees strike at the root of the trade.",
                "strike",
                Role::Noun,
                s
            ),
            Some("strike with an object")
        );
        assert_eq!(
            why(
                "A strike on the Oslo metro caused queues.",
                "strike",
                Role::Noun,
                s
            ),
            None
        );
        assert_eq!(
            why(
                "Jets flew strikes on rebel positions.",
                "strikes",
                Role::Noun,
                s
            ),
            Some("strike on a target")
        );
        for text in [
            "The air force carried out a strike on the harbour.",
            "Gulls circled as the storm made a strike on the harbour impossible.",
            "A strike against a tanker off the coast sank it.",
        ] {
            assert_eq!(
                why(text, "strike", Role::Noun, s),
                Some("strike on a target"),
                "{text}"
            );
        }
        assert_eq!(
            why(
                "Dockers held a strike at the harbour over pay.",
                "strike",
                Role::Noun,
                s
            ),
            None
        );
        assert_eq!(
            why("The blitzkrieg strikes went on.", "strikes", Role::Noun, s),
            Some("military strike")
        );
        assert_eq!(
            why(
                "The umpire called balls and strikes.",
                "strikes",
                Role::Noun,
                s
            ),
            Some("sports strike")
        );
    }

    #[test]
    fn march_the_month_against_a_march_in_capitals() {
        let m = Some("march");
        assert_eq!(
            why("FARMERS MARCH AGAINST GRAIN TAX", "MARCH", Role::Noun, m),
            None
        );
        assert_eq!(
            why("At a March meeting the board met.", "March", Role::Noun, m),
            Some("March the month")
        );
        assert_eq!(
            why(
                "Prices fell from March through May.",
                "March",
                Role::Noun,
                m
            ),
            Some("March the month")
        );
        assert_eq!(
            why("They were at the March on Oslo.", "March", Role::Noun, m),
            None
        );
    }

    #[test]
    fn figurative_marches() {
        let m = Some("march");
        assert_eq!(
            why(
                "We will march out with the nomination.",
                "march",
                Role::Act,
                m
            ),
            Some("march in a direction")
        );
        assert_eq!(
            why("It is a slow march to victory.", "march", Role::Noun, m),
            Some("march to a goal")
        );
        assert_eq!(
            why(
                "Rome's inexorable march into Gaul went on.",
                "march",
                Role::Noun,
                m
            ),
            Some("march toward a goal")
        );
        assert_eq!(
            why("Women will march to the parliament.", "march", Role::Act, m),
            None
        );
    }

    #[test]
    fn rallies_of_someone_and_rallies_against_something() {
        let r = Some("rally");
        assert_eq!(
            why(
                "Protesters shouted at a Smith rally in Iowa.",
                "rally",
                Role::Noun,
                r
            ),
            Some("someone's rally")
        );
        assert_eq!(
            why(
                "Violence marred Smith's rallies and protesters clashed.",
                "rallies",
                Role::Noun,
                r
            ),
            Some("someone's rally")
        );
        assert_eq!(
            why(
                "A Paris rally against the war drew thousands.",
                "rally",
                Role::Noun,
                r
            ),
            None
        );
        assert_eq!(
            why(
                "Protesters were removed at a rally in Bergen on Monday.",
                "rally",
                Role::Noun,
                r
            ),
            None,
            "an objection word near enough"
        );
        assert_eq!(
            why(
                "A band played at a rally in Bergen on a warm Monday evening.",
                "rally",
                Role::Noun,
                r
            ),
            Some("rally without an objection")
        );
    }

    #[test]
    fn demonstrate_as_show_in_as_clauses() {
        let d = Some("demonstrate");
        assert_eq!(
            why(
                "As the crisis has demonstrated, the system is weak.",
                "demonstrated",
                Role::Act,
                d
            ),
            Some("as it demonstrated")
        );
        assert_eq!(
            why(
                "But as the many accounts of the pro-war group demonstrate, it works.",
                "demonstrate",
                Role::Act,
                d
            ),
            Some("as it demonstrated")
        );
        assert_eq!(
            why(
                "Each pupil is able to demonstrate at every level.",
                "demonstrate",
                Role::Act,
                d
            ),
            Some("as it demonstrated")
        );
        assert_eq!(
            why(
                "She said she planned to demonstrate.",
                "demonstrate",
                Role::Act,
                d
            ),
            None
        );
    }

    #[test]
    fn headings_names_and_unrealised_acts() {
        assert_eq!(
            why("PROTESTS", "PROTESTS", Role::Noun, None),
            Some("a heading")
        );
        assert_eq!(
            why(
                "The reach of the Boycott Norland campaign is clear.",
                "Boycott",
                Role::Verb,
                None
            ),
            Some("inside a name")
        );
        assert_eq!(
            why(
                "He blamed his refusal to condemn the group on a bad line.",
                "condemn",
                Role::Verb,
                None
            ),
            Some("negated")
        );
        assert_eq!(
            why(
                "They asked him to condemn the attack.",
                "condemn",
                Role::Verb,
                None
            ),
            Some("negated")
        );
        assert_eq!(
            why(
                "They urged voters to avoid condemning refugees.",
                "condemning",
                Role::Verb,
                None
            ),
            Some("negated")
        );
        assert_eq!(
            why(
                "Oslo moved to condemn the attack.",
                "condemn",
                Role::Verb,
                None
            ),
            None
        );
        assert_eq!(
            why(
                "Protest groups said the law was unfair.",
                "Protest",
                Role::Verb,
                Some("protest")
            ),
            Some("protest as a topic")
        );
    }

    #[test]
    fn summons_of_a_diplomat_and_other_summons() {
        let g = Some("diplomat-subject");
        assert_eq!(
            why(
                "Chargé d'affaires Ivo Marek Kral was summoned by the ministry.",
                "was",
                Role::Noun,
                g
            ),
            None
        );
        assert_eq!(
            why(
                "The witness was summoned by the court.",
                "was",
                Role::Noun,
                g
            ),
            Some("no diplomat summoned")
        );
    }
}
