//! Roles of a protest: who protests (`protester`), what (`target`) and
//! against which state (`against`).
use super::lookalikes::DIPLOMAT_REACH;
use super::triggers::Role;
use super::words::*;
use crate::lexicon::class::attribution::{
    DAY_ADVERB, FINITE, IRREGULAR_PAST, MONTH, PART_OF_DAY, PERIOD, TIME_NOUN, TIME_PREPOSITION,
    WEEKDAY,
};
use crate::lexicon::class::syntax::RELATIVE_PRONOUN;
use crate::mentions::{Agent, ClaimMention, CountryMention, ProtestMention, SpeakerMention};
use crate::model::{CountryForm, Span};
use crate::text::{looks_like_past, Doc, TokenKind};
use std::ops::Range;

/// The other passes' mentions the roles point to, each with an index by
/// start offset so a lookup is a binary search, not a scan.
pub struct Context<'m> {
    pub countries: &'m [CountryMention],
    pub speakers: &'m [SpeakerMention],
    pub claims: &'m [ClaimMention],
    country_order: Vec<usize>,
    speaker_order: Vec<usize>,
    claim_order: Vec<usize>,
}

impl<'m> Context<'m> {
    pub fn new(
        countries: &'m [CountryMention],
        speakers: &'m [SpeakerMention],
        claims: &'m [ClaimMention],
    ) -> Context<'m> {
        Context {
            country_order: order_by_start(countries.iter().map(|c| c.span)),
            speaker_order: order_by_start(speakers.iter().map(|s| s.span)),
            claim_order: order_by_start(claims.iter().map(|c| c.span)),
            countries,
            speakers,
            claims,
        }
    }

    /// Countries lying inside `[lo, hi)` bytes, in text order.
    fn countries_within(
        &self,
        lo: usize,
        hi: usize,
    ) -> impl DoubleEndedIterator<Item = usize> + '_ {
        within(&self.country_order, |i| self.countries[i].span, lo, hi)
    }

    fn speakers_within(&self, lo: usize, hi: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        within(&self.speaker_order, |i| self.speakers[i].span, lo, hi)
    }

    /// The agent of the claim holding byte span `at`, if any. Claims of one
    /// mode do not overlap, so only the last few starting before `at` can hold it.
    fn claim_agent_around(&self, at: Span) -> Option<Agent> {
        let n = self
            .claim_order
            .partition_point(|&i| self.claims[i].span.start <= at.start);
        self.claim_order[..n]
            .iter()
            .rev()
            .take(3)
            .map(|&i| &self.claims[i])
            .filter(|c| c.span.contains(at))
            .find_map(|c| c.agent)
    }
}

fn order_by_start(spans: impl Iterator<Item = Span>) -> Vec<usize> {
    let spans: Vec<Span> = spans.collect();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| spans[i].start);
    order
}

/// The items of `order` whose span lies in `[lo, hi)`.
fn within<'o>(
    order: &'o [usize],
    span: impl Fn(usize) -> Span + 'o,
    lo: usize,
    hi: usize,
) -> impl DoubleEndedIterator<Item = usize> + 'o {
    let first = order.partition_point(|&i| span(i).start < lo);
    let last = order.partition_point(|&i| span(i).start < hi);
    order[first..last.max(first)]
        .iter()
        .copied()
        .filter(move |&i| span(i).end <= hi)
}

const MAX_TARGET: usize = 40;

/// What is protested: the object of a verb, or what follows against/over/about/at.
pub fn target(doc: &Doc, end: usize, sentence: &Range<usize>, role: Role) -> Option<Span> {
    if role == Role::Agent || end >= sentence.end {
        return None;
    }
    // "at" names what is protested only after "protest" ("in protest at the
    // cuts"); elsewhere it is a place ("a sit-in at the ministry").
    let at_counts = doc
        .word(end - 1)
        .to_ascii_lowercase()
        .starts_with("protest");
    let introduces = |j: usize| {
        doc.has(j, TARGET_PREPOSITION)
            || (at_counts && doc.is(j, "at") && !names_place(doc, j + 1, sentence.end))
    };
    let mut start = end;
    if introduces(start) || (matches!(role, Role::NounOf | Role::VerbOf) && doc.is(start, "of")) {
        start += 1;
    } else if role == Role::Verb && is_object_start(doc, start) && !doc.is(start, "at") {
        // (`at-place`: "protested at the embassy" has no object.)
        // The object itself.
    } else {
        // "protested to the UN over X", "marched on Friday against X".
        let limit = (start + 8).min(sentence.end);
        let prep = (start..limit)
            .take_while(|&j| !is_break(doc, j))
            .find(|&j| introduces(j))?;
        start = prep + 1;
    }
    let subject =
        matches!(role, Role::Noun | Role::NounOf) && !verb_before(doc, sentence.start, end);
    let mut stop = start;
    // A word of `start..stop` dates an event of its own ("after", "since").
    let mut dated = false;
    while stop < sentence.end
        && stop - start < MAX_TARGET
        && !is_break(doc, stop)
        && !(stop > start && ends_noun_phrase(doc, stop, role, subject, dated))
    {
        dated |= doc.has_lowercase(stop, TIME_PREPOSITION);
        stop += 1;
    }
    // No trailing "and" or quote mark.
    while stop > start && (doc.is(stop - 1, "and") || doc.tokens[stop - 1].kind == TokenKind::Quote)
    {
        stop -= 1;
    }
    // `target-keeps-closing-mark`: a quote opened in the target keeps its
    // closing mark ("in protest at what it called "baseless slander"").
    let is_quote = |k: usize| doc.tokens[k].kind == TokenKind::Quote;
    if stop > start
        && stop < sentence.end
        && is_quote(stop)
        && (start..stop).filter(|&k| is_quote(k)).count() % 2 == 1
    {
        stop += 1;
    }
    (stop > start).then(|| doc.span_of(start..stop))
}

/// `object-not-adjunct`: a verb's object is a noun phrase, so it does not
/// open with a preposition, an auxiliary or a subordinator (`not-an-object`:
/// "if", "unless", "when"), nor with an adjunct of time (`time_adjunct`:
/// "tomorrow", "next week", "this morning"). "Nurses will strike tomorrow"
/// is a labour strike with no object, not a blow to something.
/// Marks (objects): `Norway protested the new quotas.`, `Workers protested
/// this decision.` (no period after "this"), `Farmers protested last
/// week's vote.` (a possessor).
/// Not: `Dockers will strike next week over pay.`, `Teachers threatened to
/// strike if the pensions are cut.`, `Nurses will strike tomorrow.`
pub(super) fn is_object_start(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.tokens[i].kind,
        TokenKind::Word | TokenKind::Number | TokenKind::Quote
    ) && !doc.has(i, NOT_AN_OBJECT)
        && !doc.has(i, ADV)
        && !doc.has_lowercase(i, DAY_ADVERB)
        && !time_adjunct(doc, i)
}

fn is_break(doc: &Doc, j: usize) -> bool {
    let t = &doc.tokens[j];
    let punct_break = t.kind == TokenKind::Punct
        && match doc.word(j) {
            "," | ";" | ":" | "(" | ")" | "!" | "?" => true,
            // "U.S.": a stop inside an abbreviation does not end the target.
            "." => !(j > 0 && is_initial(doc.word(j - 1))),
            // A spaced dash opens an aside; a hyphen joins a compound.
            "-" => t.space_before,
            _ => false,
        };
    punct_break || doc.has(j, CLAUSE_BREAK) || second_verb(doc, j)
}

/// `target-end`: a target is a noun phrase, and it ends where the sentence
/// goes on past it: at a finite verb ("the protest against the law was
/// peaceful"; for a protest noun that is the subject, a past tense too: "the
/// protest against the law turned violent"), at an adjunct of time
/// ("protested the cuts on Sunday evening", "marched against the law last
/// week") and, after an act without an object, at one of place ("marched
/// against the law in Bergen"). A verb or a time after "after", "before"
/// or "since" in the target belongs to that event ("the cuts imposed after
/// the flood on 3 May", "after the boats were seized"), not the protest
/// (`dated`: a word of the target before `j` is one of `TIME_PREPOSITION`).
/// Marks: `The protest against the new security law turned violent.` (the
/// target is "the new security law"), `Thousands marched against the new
/// pension law in Bergen on Saturday.` ("the new pension law").
/// Not: `Farmers protested the ban on Sunday trading.` (a modifier, kept),
/// `Unions condemned the law that was passed in haste.` (a relative clause,
/// kept), `Police broke up a protest against the law adopted without a vote.`
/// (a participle: a verb comes before the protest noun), `Nurses protested
/// the cuts made after the flood on 3 May.` (the flood's date).
fn ends_noun_phrase(doc: &Doc, j: usize, role: Role, subject: bool, dated: bool) -> bool {
    (!dated && (finite_after_phrase(doc, j, subject) || time_adjunct(doc, j)))
        || (role == Role::Act && place_adjunct(doc, j))
}

/// A lowercase finite verb at `j` right after a word that may end a noun
/// phrase (not "the", "of", "that", "to"): an auxiliary, or, when the
/// protest noun is the subject (`subject`), a past tense that is no passive
/// participle ("turned", "went"; not "passed by").
fn finite_after_phrase(doc: &Doc, j: usize, subject: bool) -> bool {
    let before = j - 1;
    let ends_phrase = doc.tokens[before].kind == TokenKind::Word
        && !doc.has(before, DET)
        && !doc.has(before, PREPOSITION)
        && !doc.has(before, ADV)
        && !doc.has(before, VERB_LINK);
    ends_phrase
        && (doc.has_lowercase(j, FINITE) || (subject && looks_past(doc, j) && !doc.is(j + 1, "by")))
}

/// A lowercase past tense: an irregular one ("went") or an "-ed" word
/// (`text::looks_like_past`, the shape the attribution rules test too).
fn looks_past(doc: &Doc, j: usize) -> bool {
    let w = doc.word(j);
    doc.tokens[j].kind == TokenKind::Word
        && !w.bytes().any(|b| b.is_ascii_uppercase())
        && (doc.has(j, IRREGULAR_PAST) || looks_like_past(w))
}

/// A verb before `end` in the sentence: the protest noun there is no subject.
fn verb_before(doc: &Doc, from: usize, end: usize) -> bool {
    (from..end).any(|k| doc.has_lowercase(k, FINITE) || looks_past(doc, k))
}

/// "yesterday", "on Sunday (evening)", "in March", "on 3 March", "last
/// week": an adjunct of time, unless the day modifies a noun ("on Sunday
/// trading") or is a possessor ("last week's vote").
pub(super) fn time_adjunct(doc: &Doc, j: usize) -> bool {
    if doc.has_lowercase(j, DAY_ADVERB) {
        return !is_possessive(doc, j + 1);
    }
    if !doc.has_lowercase(j, TIME_OPENER) {
        return false;
    }
    let mut k = j + 1;
    if doc
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Number)
    {
        k += 1;
    }
    let day = doc.has(k, WEEKDAY) || doc.has(k, MONTH);
    // "last week", "this morning", "next weekend" (the attribution side's periods).
    let period =
        !doc.is(j, "on") && (doc.has_lowercase(k, TIME_NOUN) || doc.has_lowercase(k, PERIOD));
    if !(day || period) {
        return false;
    }
    let next = k + 1;
    if doc.has_lowercase(next, PART_OF_DAY)
        || doc
            .tokens
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return true;
    }
    // "on Sunday trading", "last week's vote": the time word modifies what follows.
    !(is_possessive(doc, next)
        || doc
            .tokens
            .get(next)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && !doc.word(next).bytes().any(|b| b.is_ascii_uppercase())
            && !doc.has(next, PREPOSITION)
            && !doc.is(next, "and"))
}

/// `at-place`: after "protest", "at" and a workplace noun that closes its
/// phrase name where the protest is, not what it protests.
/// Marks (a place, no target): `Students held a protest at the embassy in
/// Oslo.`, `PROTEST AT EMBASSY IN OSLO`.
/// Not (a target): `Nurses walked out in protest at the plant closure.`
fn names_place(doc: &Doc, mut k: usize, end: usize) -> bool {
    // (Any case: a headline in capitals, "PROTEST AT EMBASSY IN OSLO".)
    while k < end && doc.has(k, DET) {
        k += 1;
    }
    k < end
        && doc.has(k, WORKPLACE)
        && (k + 1 >= end || is_break(doc, k + 1) || doc.has(k + 1, PREPOSITION))
}

/// A possessive mark: "'s", or a lone apostrophe ("the farmers' strike").
pub(super) fn is_possessive(doc: &Doc, j: usize) -> bool {
    j < doc.tokens.len() && matches!(doc.word(j), "'s" | "’s" | "'" | "’")
}

/// "in Bergen", "outside Oslo": a preposition of place before a capitalised
/// name (not the sentence's first word: the target starts past it).
fn place_adjunct(doc: &Doc, j: usize) -> bool {
    doc.has_lowercase(j, PLACE_PREPOSITION)
        && doc
            .tokens
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.is_capitalized(j + 1)
}

/// "free the trawlers and complained to Moscow": "and" before a verb in the
/// past opens a second clause of the same subject.
fn second_verb(doc: &Doc, j: usize) -> bool {
    doc.is(j, "and")
        && doc
            .tokens
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && doc.word(j + 1).ends_with("ed")
        && doc
            .word(j + 1)
            .starts_with(|c: char| c.is_ascii_lowercase())
}

/// A state named inside a longer name ("Anglo American Corp") is not an actor.
/// All-capital headlines are left alone: every word there is capitalised.
fn inside_a_name(doc: &Doc, i: usize, s: Span, floor: usize) -> bool {
    let text = s.slice(doc.text);
    let all_caps = !text.bytes().any(|b| b.is_ascii_lowercase());
    // The word before is capitalised, and not because it opens the sentence.
    !all_caps
        && i > floor + 1
        && doc.tokens[i - 1].kind == TokenKind::Word
        && doc.is_capitalized(i - 1)
}

/// A single capital letter: a piece of "U.S." or "E.U.".
fn is_initial(word: &str) -> bool {
    word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A trigger as matched and widened, for its roles.
pub struct Matched<'s> {
    /// The protest's tokens, widened ("lodged a strong protest").
    pub span: Range<usize>,
    /// The first token of the trigger word itself ("protest").
    pub core_start: usize,
    pub sentence: &'s Range<usize>,
    pub role: Role,
    /// A verb, a light verb or an act "in protest": its subject protests.
    pub subject_allowed: bool,
    /// A street protest: a source reporting it is not its protester.
    pub demonstration: bool,
}

/// Who protests, by the first rule that applies: the agent after "by"
/// ("condemned by Norway"); a state named right before the trigger ("Indonesian
/// protest", "Norway's boycott"); the subject of a protest verb or light verb;
/// the speaker of the claim the protest sits in.
pub fn protester(doc: &Doc, t: &Matched, ctx: &Context) -> Option<Agent> {
    let (span, sentence, role) = (t.span.clone(), t.sentence, t.role);
    if let Some(agent) = agent_after_by(doc, span.end, sentence, role, ctx) {
        return Some(agent);
    }
    if let Some(agent) = state_modifier(doc, t, ctx) {
        return Some(agent);
    }
    if role == Role::Agent {
        return None;
    }
    if t.subject_allowed {
        if let Some(agent) = subject_before(doc, span.start, sentence, ctx) {
            return Some(agent);
        }
    }
    // A statement that protests ("the ministry said it strongly protests ...")
    // is its speaker's protest; a source reporting a strike or a riot is not
    // the striker.
    let speech = matches!(role, Role::Verb | Role::VerbOf) && !t.demonstration;
    speech
        .then(|| ctx.claim_agent_around(doc.tokens[t.core_start].span))
        .flatten()
}

/// "condemned by Oslo", "protests by Norwegian farmers"; for nouns also
/// "condemnation from London" (not "a withdrawal from Kuwait": a demand's
/// "from" is where to withdraw from).
/// `organised-by`: a noun's agent may follow a participle of organising
/// ("a strike called by Danish dockers", "a rally organised by students").
/// Marks: `A strike called by Danish dockers shut the port.` (Danish).
/// Not: `A strike hit the port, reported by Danish radio.` (none).
pub fn agent_after_by(
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
    role: Role,
    ctx: &Context,
) -> Option<Agent> {
    let noun = matches!(role, Role::Noun | Role::NounOf);
    let end = if noun && doc.has_lowercase(end, ORGANISED) && doc.is(end + 1, "by") {
        end + 1
    } else {
        end
    };
    let from_ok = noun && doc.is(end, "from");
    if !(end < sentence.end && (doc.is(end, "by") || from_ok)) {
        return None;
    }
    let from = doc.tokens.get(end + 1)?.span.start;
    let to = doc.tokens[(end + 4).min(sentence.end) - 1].span.end;
    if let Some(s) = ctx.speakers_within(from, to).next() {
        return Some(Agent::Speaker(s));
    }
    ctx.countries_within(from, to).next().map(Agent::Country)
}

/// A state inside the span or just before it: "Indonesian protest", "Norway's
/// boycott", "thousands of Germans protesting".
/// `modifier-not-object`: before a verb, a light verb or an act "in
/// protest" (`subject_allowed`) the word before is the end of the subject, so
/// a state there that is the object of a preposition is a place or an
/// origin, not the protester ("Consumers in Sweden launched a boycott"; the
/// subject rule decides), unless the preposition is the "of" of a crowd
/// ("thousands of Germans protesting": the Germans protest).
/// Marks: `Thousands of Swedes protested the ban.` (Swedes), `Norway's
/// boycott of the games began.` (Norway).
/// Not: `Consumers in Sweden launched a boycott of the wine.`, `Farmers in
/// Norway blocked the road in protest.` (no protester).
fn state_modifier(doc: &Doc, t: &Matched, ctx: &Context) -> Option<Agent> {
    let (start, core_start) = (t.span.start, t.core_start);
    let mut from = start;
    if from >= 1 && doc.is_clitic_s(from - 1) {
        from -= 1;
    }
    if from >= 1 {
        from -= 1;
    }
    let lo = doc.tokens[from].span.start;
    let hi = doc.tokens[core_start].span.start;
    let c = ctx.countries_within(lo, hi).next_back()?;
    let first = doc.token_at(ctx.countries[c].span.start);
    if after_anti(doc, first) {
        // "anti-Danish protests": the state opposed, not the protester.
        return None;
    }
    let object_of_preposition = first < start
        && after_preposition(doc, first, t.sentence.start)
        && !crowd_of(doc, first, t.sentence.start);
    (!(t.subject_allowed && object_of_preposition)).then_some(Agent::Country(c))
}

/// Token `i` follows the "of" of a crowd ("thousands of Germans", "crowds of
/// the Swedes").
fn crowd_of(doc: &Doc, i: usize, floor: usize) -> bool {
    let mut j = i;
    if j > floor && doc.is(j - 1, "the") {
        j -= 1;
    }
    j >= floor + 2 && doc.is(j - 1, "of") && doc.has(j - 2, CROWD)
}

/// The nearest speaker or state before the trigger in its sentence that is
/// not the object of a preposition ("with France", "in Seoul").
fn subject_before(
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
    ctx: &Context,
) -> Option<Agent> {
    // A bounded window back: the subject is near, and the pass stays linear.
    let floor = sentence.start.max(start.saturating_sub(SUBJECT_WINDOW));
    let lo = doc.tokens[floor].span.start;
    let hi = doc.tokens[start].span.start;
    let is_subject = |s: Span| !after_preposition(doc, doc.token_at(s.start), sentence.start);
    let is_state_subject = |s: Span| {
        let i = doc.token_at(s.start);
        is_subject(s) && !inside_a_name(doc, i, s, sentence.start) && !after_anti(doc, i)
    };
    let (lo, hi) = match relative_before(doc, start, sentence.start) {
        // `relative-subject`: "groups in Busan, who called a strike": the
        // subject is the relative's antecedent, the phrase right before it.
        Some(rel) => {
            let mut k = rel;
            if k > sentence.start && doc.is(k - 1, ",") {
                k -= 1;
            }
            let from = k.saturating_sub(6).max(sentence.start);
            (doc.tokens[from].span.start, doc.tokens[k].span.start)
        }
        None => (lo, hi),
    };
    let speaker = ctx
        .speakers_within(lo, hi)
        .rev()
        .find(|&s| is_subject(ctx.speakers[s].span));
    let country = ctx
        .countries_within(lo, hi)
        .rev()
        .find(|&c| is_state_subject(ctx.countries[c].span));
    match (speaker, country) {
        // A state after the speaker ("the ministry said Seoul protests"), or the
        // same words as the speaker ("Seoul protested"): the state protests.
        (Some(s), Some(c))
            if ctx.countries[c].span.start >= ctx.speakers[s].span.end
                || ctx.countries[c].span == ctx.speakers[s].span =>
        {
            Some(Agent::Country(c))
        }
        (Some(s), _) => Some(Agent::Speaker(s)),
        (None, Some(c)) => Some(Agent::Country(c)),
        (None, None) => None,
    }
}

/// `relative-subject`: a `relative-pronoun` (data/syntax_words.tsv: "who",
/// "which") right before token `start` (adverbs between), whose antecedent
/// is the subject of the verb at `start`.
/// Marks: `Groups in Busan, who called a strike` (no protester; was the
/// state named earlier in the sentence), `Norway, which protested the
/// ban` (Norway).
/// Not: `Norway protested the ban.` (no relative: the subject rule as before).
fn relative_before(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    let j = adverbs_before(doc, start, floor);
    (j > floor && doc.has(j - 1, RELATIVE_PRONOUN)).then(|| j - 1)
}

/// The first of the adverbs right before token `j` (not before `floor`),
/// or `j` itself when none.
pub(super) fn adverbs_before(doc: &Doc, mut j: usize, floor: usize) -> usize {
    while j > floor && doc.has(j - 1, ADV) {
        j -= 1;
    }
    j
}

/// How many tokens before a trigger its subject is looked for.
const SUBJECT_WINDOW: usize = 40;

/// Token `i` follows a preposition, perhaps through a determiner ("with the US").
fn after_preposition(doc: &Doc, i: usize, floor: usize) -> bool {
    let mut j = i;
    if j > floor && doc.is(j - 1, "the") {
        j -= 1;
    }
    j > floor && doc.has(j - 1, PREPOSITION)
}

/// A protester speaks for a state: a state named by name, capital or seat, a
/// demonym followed by a government word, or a speaker with a country.
/// `mission-is-state`: a demonym before a mission or a diplomat word speaks
/// for its state too, so its protest is diplomatic.
/// Marks: `The Norwegian embassy protested the arrests.` (diplomatic),
/// `Danish diplomats protested the expulsion.` (diplomatic).
/// Not: `Norwegian fishermen protested the quota.` (a demonstration).
pub fn is_state(doc: &Doc, agent: Agent, ctx: &Context) -> bool {
    match agent {
        Agent::Country(c) => {
            let m = &ctx.countries[c];
            m.form != CountryForm::Demonym || {
                let next = doc.token_at(m.span.end);
                doc.has(next, GOVERNMENT) || doc.has(next, MISSION) || doc.has(next, DIPLOMAT)
            }
        }
        Agent::Speaker(s) => ctx.speakers[s].country.is_some(),
    }
}

/// What the state protested against is read from: the protest as matched,
/// its other roles, and the protests found before it in the text.
pub struct AgainstOf<'a> {
    /// The protest's tokens, widened.
    pub span: Range<usize>,
    /// The trigger's first token: a diplomatic act's own words run from
    /// the token after it to the end of `span`.
    pub core_start: usize,
    pub sentence: &'a Range<usize>,
    pub protester: Option<Agent>,
    pub target: Option<Span>,
    /// A diplomatic trigger matched as a verb ("summoned", "urged"), whose own
    /// words may name the state it is addressed to.
    pub diplomatic_verb: bool,
    /// A passive summons ("Russia's ambassador was summoned").
    pub passive_summons: bool,
    /// A blockade, whose object is a place ("blocked the road to Sweden").
    pub place_object: bool,
    /// A street protest (a demonstration trigger: a march, a strike, protesters).
    pub street: bool,
    /// A labour action ("strike", "stoppage"): against an employer unless its
    /// own words name a state, so it takes none from the protests before it.
    pub labour: bool,
    /// The act whose stated purpose this protest is ("summoned the envoy to protest").
    pub purpose_of: Option<&'a ProtestMention>,
    /// The protests found before this one.
    pub earlier: &'a [ProtestMention],
}

/// The states on the other side of a protest.
pub struct OtherSide {
    /// The state protested against.
    pub against: Option<&'static str>,
    /// The state the protest is sent to (steps 2 and 6 below): a complaint
    /// or demand with no state on either side is no diplomatic protest.
    pub addressed: Option<&'static str>,
}

/// The state protested against (`against`), by the first rule that applies:
/// 1. **anti-state** (`anti_state`): the state a protest noun is named
///    against in its own words ("anti-Danish protests": DK);
/// 2. **addressed in its own words**: the state a diplomatic act is itself
///    addressed to ("summoned Russia's ambassador", "urged Russia to free",
///    "recalled its envoy to Copenhagen"), whatever the target names ("the
///    detention of a Norwegian journalist" names the victim); a street act's
///    words name places ("blocked a bridge into Sweden"), so verbs of
///    diplomatic triggers only;
/// 3. **a stated purpose**: the `against` of the act whose purpose it is
///    ("summoned the envoy to protest X");
/// 4. **the target's state** (`target_state`): a state named in the target,
///    not the protester's own nor a victim's; for a target about a government
///    or one of its measures, the state of the place the act happens in, else
///    the protester's own (`against_government`);
/// 5. **embassy-of-state** (`embassy_state`): a street protest at a
///    state's embassy or consulate ("outside the Japanese embassy");
/// 6. **the addressee**: the state a protest is sent to after it
///    ("complained to Russia", "lodged a protest with the Canadian embassy");
/// 7. **a protest that refers back** ("such claims", "the move", or "the
///    strike" with no target: `definite_refers_back`; `same-story`: any
///    street act with no target, or a blockade whose object is a place,
///    labour actions left out): the `against` of the latest protest before,
///    in this paragraph or the one before;
/// 8. **a passive summons**: the state named before the diplomat summoned
///    ("France's ambassador ... was summoned": FR).
pub fn against_state(doc: &Doc, p: &AgainstOf, ctx: &Context) -> OtherSide {
    let in_phrase = if p.diplomatic_verb {
        state_addressed(doc, p.core_start + 1..p.span.end, p.protester, ctx)
    } else {
        None
    };
    // A blockade is sent to no one: "blocked the crossing with Sweden" names a place.
    let addressed = in_phrase.or_else(|| {
        (!p.place_object)
            .then(|| addressee_state(doc, p.span.end, p.sentence, ctx))
            .flatten()
    });
    let against = anti_state(doc, p, ctx)
        .or(in_phrase)
        .or_else(|| p.purpose_of.and_then(|a| a.against))
        .or_else(|| target_state(doc, p, ctx))
        .or_else(|| embassy_state(doc, p, ctx))
        .or(addressed)
        .or_else(|| {
            let back = match p.target {
                // `same-story` (street acts only, labour actions left out).
                Some(t) => refers_back(doc, t) || (p.street && p.place_object),
                None => {
                    (p.street && !p.labour) || definite_refers_back(doc, p.span.start, p.sentence)
                }
            };
            back.then(|| against_of_protest_before(doc, p.earlier, p.core_start))
                .flatten()
        })
        .or_else(|| {
            p.passive_summons
                .then(|| state_before(doc, p.span.start, p.sentence, DIPLOMAT_REACH, ctx))
                .flatten()
        });
    OtherSide { against, addressed }
}

/// `anti-state`: a protest noun modified by "anti-" and a state is against
/// that state; the state is no protester (`state_modifier`).
/// Marks: `Crowds joined anti-Danish protests in the capital.` (DK).
/// Not: `Crowds joined anti-war protests.` (none).
fn anti_state(doc: &Doc, p: &AgainstOf, ctx: &Context) -> Option<&'static str> {
    // "anti-Danish protests" read as a verb leaves the modifier out of the span.
    let from = p.sentence.start.max(p.span.start.saturating_sub(1));
    let lo = doc.tokens[from].span.start;
    let hi = doc.tokens[p.core_start].span.start;
    ctx.countries_within(lo, hi)
        .find(|&c| after_anti(doc, doc.token_at(ctx.countries[c].span.start)))
        .map(|c| ctx.countries[c].code)
}

/// Token `i` follows an `against-prefix` and its hyphen ("anti-Danish").
fn after_anti(doc: &Doc, i: usize) -> bool {
    i >= 2 && doc.is(i - 1, "-") && doc.has(i - 2, AGAINST_PREFIX)
}

/// How many protests back a back-reference may look (keeps the pass linear).
const BACK_REFERENCE_REACH: usize = 8;

/// "called for a withdrawal of such claims": the state of the latest protest
/// with one, in this paragraph or the one before.
fn against_of_protest_before(
    doc: &Doc,
    found: &[ProtestMention],
    i: usize,
) -> Option<&'static str> {
    let here = doc.paragraph_of(i);
    found
        .iter()
        .rev()
        .take(BACK_REFERENCE_REACH)
        .find(|p| p.against.is_some())
        .filter(|p| doc.paragraph_of(doc.token_at(p.span.start)) + 1 >= here)
        .and_then(|p| p.against)
}

/// `definite-refers-back`: a protest with no target after a `back-determiner`
/// (data/protest_words.tsv: "the", "this", "that") is the protest named
/// before ("The strike spread").
/// Marks: `Sweden protested against the Danish tariff. The protest was
/// delivered in writing.` (both DK).
/// Not: `Workers began a strike. Sweden protested against the Danish
/// tariff.` (the strike comes first: none).
fn definite_refers_back(doc: &Doc, start: usize, sentence: &Range<usize>) -> bool {
    start > sentence.start && doc.has(start - 1, BACK_DETERMINER)
}

/// `against` step 4, the target's state: one named in the target, not the
/// protesting state itself ("Finland protested the expulsion of a Finnish
/// diplomat": the diplomat is Finland's, the expulsion another state's), nor
/// a victim (`victim-not-against`), nor a place a blockade blocks
/// (`place-object`: "blockaded the bridge with Sweden"); then
/// `against_government`.
fn target_state(doc: &Doc, p: &AgainstOf, ctx: &Context) -> Option<&'static str> {
    let target = p.target?;
    let protesting_state = p
        .protester
        .filter(|&a| is_named_state(doc, a, ctx))
        .and_then(|a| own_state(a, ctx));
    let t0 = doc.token_at(target.start);
    // A blockade's object is the place blocked; "against X" after it is no object.
    if !(p.place_object && t0 == p.span.end) {
        if let Some(c) = ctx.countries_within(target.start, target.end).find(|&c| {
            Some(ctx.countries[c].code) != protesting_state
                && !victim(doc, t0, doc.token_at(ctx.countries[c].span.start))
        }) {
            return Some(ctx.countries[c].code);
        }
    }
    against_government(doc, p, t0..doc.token_at(target.end), ctx)
}

/// How far from a protest its place may be named ("rallied on Sunday
/// outside the Danish embassy").
const EMBASSY_REACH: usize = 12;

/// `embassy-of-state`: a street protest at a state's embassy or consulate
/// ("outside the Japanese embassy", "in front of Norway's consulate", "at
/// the Danish embassy") is against that state, unless that state protests.
/// The mission must follow a preposition (through "the" and the state): an
/// embassy that is the subject ("the Japanese embassy said") or the
/// protester is no place of the act.
/// Marks: `Protesters rallied outside the Japanese embassy in Seoul.` (JP),
/// `Hundreds gathered in front of the Russian embassy to protest the
/// arrests.` (RU, both acts).
/// Not: `The Japanese embassy said protesters gathered outside.` (none),
/// `Crowds marched past the embassy.` (no state).
fn embassy_state(doc: &Doc, p: &AgainstOf, ctx: &Context) -> Option<&'static str> {
    if !p.street {
        return None;
    }
    let from = p
        .sentence
        .start
        .max(p.span.start.saturating_sub(EMBASSY_REACH));
    let to = p.sentence.end.min(p.span.end + EMBASSY_REACH);
    (from..to)
        .filter(|&k| !p.span.contains(&k) && doc.has(k, MISSION))
        .find_map(|k| {
            let mut j = k;
            if j > from && is_possessive(doc, j - 1) {
                j -= 1;
            }
            if j <= from {
                return None; // the mission opens the window: no state before it
            }
            let lo = doc.tokens[j.saturating_sub(3).max(from)].span.start;
            let hi = doc.tokens[j - 1].span.end;
            let c = ctx
                .countries_within(lo, hi)
                .next_back()
                .filter(|&c| ctx.countries[c].span.end == hi)?;
            let mut b = doc.token_at(ctx.countries[c].span.start);
            if b > from && doc.is(b - 1, "the") {
                b -= 1;
            }
            let placed =
                b > from && (doc.has(b - 1, PREPOSITION) || doc.has(b - 1, PLACE_PREPOSITION));
            (placed && p.protester != Some(Agent::Country(c))).then(|| ctx.countries[c].code)
        })
}

/// `victim-not-against`: a state named after an act done to a victim ("the
/// attack on", "the killing of", "the arrest of") is the victim, not the
/// state protested against. The victim is the phrase right after the act
/// and its preposition: a later preposition ends it ("by Russian forces"
/// is the one who acted, "to Sweden" the one addressed).
/// Marks: `Poland condemned the Russian attack on the border post.` (RU),
/// `Norway condemned the shelling of the town by Russian forces.` (RU).
/// Not: `Norway condemned the attack on the Polish border post.` (none),
/// `Sweden protested the arrest of two Norwegian fishermen.` (none).
fn victim(doc: &Doc, from: usize, at: usize) -> bool {
    let mut victim = false;
    for j in from..at {
        if common_word(doc, j, VICTIM_ACT) {
            victim = true;
        } else if doc.has(j, PREPOSITION) && !(j > from && common_word(doc, j - 1, VICTIM_ACT)) {
            victim = false;
        }
    }
    victim
}

/// `against-government`: a protest against a government or one of its
/// measures (a word of `government` or `measure` in the target: "the new
/// tax", "the election result", "the president") is against the state of
/// that government: the state of the place the act happens in (a country
/// or capital after "in", "across", "outside"...); else, for "the
/// government", the protester's own state or the state named before in the
/// sentence; else, for a measure, the state whose citizens protest (a
/// demonym that is no state: "Danish farmers"). A target with neither word
/// (a company's decision, a war abroad) gives none.
/// Marks: `Thousands rallied in Oslo against the new tax.` (NO), `Danish
/// farmers blocked roads against the fuel tax.` (DK), `Students marched
/// across Sweden against the election result.` (SE).
/// Not: `Workers in Oslo protested the company's decision.` (none),
/// `Norway protested against the new tax.` (none: a state protests a
/// measure of another state), `Danish students protested against the war.`
/// (none).
fn against_government(
    doc: &Doc,
    p: &AgainstOf,
    target: Range<usize>,
    ctx: &Context,
) -> Option<&'static str> {
    let government = target.clone().any(|j| doc.has(j, GOVERNMENT));
    if !(government || target.clone().any(|j| common_word(doc, j, MEASURE))) {
        return None;
    }
    if let Some(code) = place_of_act(doc, &p.span, p.sentence) {
        return Some(code);
    }
    if government {
        let own = p.protester.and_then(|a| own_state(a, ctx));
        return own.or_else(|| state_before(doc, p.span.start, p.sentence, SUBJECT_WINDOW, ctx));
    }
    match p.protester {
        Some(a @ Agent::Country(c))
            if ctx.countries[c].form == CountryForm::Demonym && !is_state(doc, a, ctx) =>
        {
            Some(ctx.countries[c].code)
        }
        _ => None,
    }
}

/// A word of `class` as a common noun or verb: lowercase, or in an all-capital
/// headline ("TAX"), not a name ("Bill Holm").
fn common_word(doc: &Doc, j: usize, class: crate::lexicon::Class) -> bool {
    let w = doc.word(j);
    doc.has(j, class)
        && (!w.bytes().any(|b| b.is_ascii_uppercase())
            || !w.bytes().any(|b| b.is_ascii_lowercase()))
}

/// The state of the place an act happens in: a country or capital after a
/// preposition of place ("in Oslo", "in central Oslo", "across Norway"),
/// in the act's sentence, within the subject window before the act and after it.
fn place_of_act(doc: &Doc, span: &Range<usize>, sentence: &Range<usize>) -> Option<&'static str> {
    let floor = sentence
        .start
        .max(span.start.saturating_sub(SUBJECT_WINDOW));
    let ceiling = sentence.end.min(span.end + SUBJECT_WINDOW);
    (floor..ceiling)
        .filter(|&j| doc.has_lowercase(j, PLACE_PREPOSITION))
        .find_map(|j| {
            let mut k = j + 1;
            if k < ceiling && doc.is(k, "the") {
                k += 1;
            }
            // "in central Oslo", "across northern Norway".
            if k + 1 < ceiling && !doc.is_capitalized(k) && doc.is_capitalized(k + 1) {
                k += 1;
            }
            (k < ceiling && doc.is_capitalized(k))
                .then(|| crate::countries::place_at(doc, k..(k + 4).min(sentence.end)))
                .flatten()
        })
}

/// The target refers back to something named before: "such claims", "it",
/// "the move", "the decision".
fn refers_back(doc: &Doc, target: Span) -> bool {
    let i = doc.token_at(target.start);
    let len = doc.token_at(target.end) - i;
    doc.has(i, REFERS_BACK) || (doc.is(i, "the") && len == 2 && doc.has(i + 1, ANAPHOR))
}

/// The state a protest is addressed to: "lodged a protest with the Canadian
/// embassy", "protested to Tokyo". A protest to a state is against it.
fn addressee_state(
    doc: &Doc,
    end: usize,
    sentence: &Range<usize>,
    ctx: &Context,
) -> Option<&'static str> {
    if !(end < sentence.end && (doc.is(end, "with") || doc.is(end, "to"))) {
        return None;
    }
    let mut at = end + 1;
    if at < sentence.end && doc.is(at, "the") {
        at += 1;
    }
    let t = doc.tokens.get(at)?.span;
    ctx.countries_within(
        t.start,
        t.end
            .max(doc.tokens[(at + 2).min(sentence.end - 1)].span.end),
    )
    .next()
    .filter(|&c| ctx.countries[c].span.start == t.start)
    .map(|c| ctx.countries[c].code)
}

/// The state an agent belongs to: a country mention's, or a speaker's country.
fn own_state(agent: Agent, ctx: &Context) -> Option<&'static str> {
    match agent {
        Agent::Country(c) => Some(ctx.countries[c].code),
        Agent::Speaker(s) => ctx.speakers[s].country,
    }
}

/// A state protests in its own name: a state named by name, capital or seat
/// (not "President Lund", whose country is only his title's).
pub fn is_named_state(doc: &Doc, agent: Agent, ctx: &Context) -> bool {
    matches!(agent, Agent::Country(_)) && is_state(doc, agent, ctx)
}

/// The state named inside tokens `within` that is not the protester: the
/// state a demand is addressed to ("urged Russia to free").
fn state_addressed(
    doc: &Doc,
    within: Range<usize>,
    protester: Option<Agent>,
    ctx: &Context,
) -> Option<&'static str> {
    if within.is_empty() {
        return None;
    }
    let lo = doc.tokens[within.start].span.start;
    let hi = doc.tokens[within.end - 1].span.end;
    ctx.countries_within(lo, hi)
        .find(|&c| protester != Some(Agent::Country(c)))
        .map(|c| ctx.countries[c].code)
}

/// The last state named in the `reach` tokens before `start` in its sentence.
fn state_before(
    doc: &Doc,
    start: usize,
    sentence: &Range<usize>,
    reach: usize,
    ctx: &Context,
) -> Option<&'static str> {
    let floor = sentence.start.max(start.saturating_sub(reach));
    if floor >= start {
        return None;
    }
    let lo = doc.tokens[floor].span.start;
    let hi = doc.tokens[start].span.start;
    ctx.countries_within(lo, hi)
        .next_back()
        .map(|c| ctx.countries[c].code)
}
