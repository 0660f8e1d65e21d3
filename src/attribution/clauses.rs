//! The clause a reporting cue governs: where it starts (after "that", an
//! addressee, adjuncts such as "on Friday" or "in a statement") and where it
//! ends (the sentence end, or the start of another attribution).
use super::cues::{self, Complement};
use super::{speakers, trim_claim, words};
use crate::lexicon::ClassTable;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// How far after the cue a "that" may still introduce its clause
/// ("said in a statement on Friday that").
pub(super) const THAT_WINDOW: usize = 12;

/// Auxiliaries and modals that show a complement is a finite clause.
pub(super) const FINITE: [&str; 35] = [
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "has",
    "have",
    "had",
    "could",
    "can",
    "should",
    "must",
    "may",
    "might",
    "did",
    "does",
    "do",
    "won't",
    "wouldn't",
    "isn't",
    "wasn't",
    "cannot",
    "can't",
    "couldn't",
    "shouldn't",
    "don't",
    "doesn't",
    "didn't",
    "hasn't",
    "haven't",
    "hadn't",
    "aren't",
    "weren't",
    "mustn't",
];

/// Common irregular past tenses: a finite verb without "-ed" ("the base went into ...").
const IRREGULAR_PAST: [&str; 24] = [
    "went", "made", "took", "came", "got", "gave", "knew", "saw", "found", "became", "left",
    "felt", "kept", "began", "ran", "won", "lost", "sent", "paid", "held", "brought", "thought",
    "meant", "fell",
];

/// Words after a cue that mean its complement is not a clause ("vowed to respond").
pub(super) const NOT_A_CLAUSE: [&str; 12] = [
    "to",
    "of",
    "about",
    "for",
    "with",
    "by",
    "as",
    "nothing",
    "so",
    "little",
    "anything",
    "something",
];

pub(super) const ADJUNCT_PREPOSITIONS: [&str; 8] =
    ["on", "in", "at", "during", "after", "before", "late", "via"];

pub(super) const TELL: [&str; 4] = ["tell", "tells", "told", "telling"];

/// Puts the word lists of this file in the class table.
pub(super) fn register_classes(table: &mut ClassTable) {
    words::add_all(table, &FINITE, words::FINITE);
    words::add_all(table, &IRREGULAR_PAST, words::IRREGULAR_PAST);
    words::add_all(table, &NOT_A_CLAUSE, words::NOT_A_CLAUSE);
    words::add_all(table, &ADJUNCT_PREPOSITIONS, words::ADJUNCT_PREPOSITION);
    words::add_all(table, &TELL, words::TELL);
}

/// Token `i` starts a participial cue (", saying ...", ", making it clear ...") or
/// an "according to".
pub(super) fn starts_participle(doc: &Doc, i: usize) -> bool {
    cues::is_participle(doc, i)
        || cues::make_it_clear(doc, i).is_some()
        || cues::according_to(doc, i)
        || (doc.is(i, "going") && doc.is(i + 1, "on") && doc.is(i + 2, "to"))
}

/// "the commission report has done damage": a cue word followed by an
/// auxiliary is a noun, the subject of that auxiliary. Not "said"/"says"
/// or a cue after a pronoun: "which he said was costly" is an object
/// relative whose claim opens with the verb.
pub(super) fn is_noun_use(doc: &Doc, cue: &Range<usize>) -> bool {
    if cue.len() != 1 {
        return false;
    }
    let i = cue.start;
    // "a strong signal that ...": an article before the word, or before
    // one plain word before it, makes it a noun.
    let article = |k: usize| doc.is(k, "a") || doc.is(k, "an");
    if (i >= 1 && article(i - 1))
        || (i >= 2
            && article(i - 2)
            && doc.tokens[i - 1].kind == TokenKind::Word
            && !doc.has(i - 1, words::FINITE))
    {
        return true;
    }
    // "the border states that have lost jobs": "that" opens a relative clause.
    if doc.has(i, words::VERB_THAT) && doc.is(i + 1, "that") && doc.has(i + 2, words::FINITE) {
        return true;
    }
    doc.has(cue.end, words::FINITE)
        && !(doc.is(cue.start, "said") || doc.is(cue.start, "says"))
        && !(cue.start > 0 && speakers::is_pronoun(doc, cue.start - 1))
}

/// The claim governed by the cue: after "that", an addressee or adjuncts,
/// up to the end of the sentence or of the clause.
pub(crate) fn clause_after(
    doc: &Doc,
    s: &Range<usize>,
    cue: &Range<usize>,
    complement: Complement,
) -> Option<Range<usize>> {
    if is_noun_use(doc, cue) {
        return None;
    }
    let mut j = cue.end;
    if doc.has(cue.start, words::TELL) {
        j = addressee_end(doc, j, s.end);
    }
    let that = (j..(j + THAT_WINDOW).min(s.end))
        .take_while(|&k| {
            doc.tokens[k].kind != TokenKind::Quote
                && !matches!(doc.word(k), ";" | ":" | ".")
                // "said in a June report that": a cue word inside the adjunct is a noun.
                && (!cues::is_reporting_verb(doc, k) || (k > j && doc.is(k, "report")))
                && cues::make_it_clear(doc, k).is_none()
        })
        .find(|&k| doc.is(k, "that"))
        .filter(|&k| {
            k == j
                || introduces_that_clause(doc, k - 1)
                || told_listener(doc, cue, j, k)
                || listener_before_that(doc, cue, j, k)
                || adjunct_before_that(doc, j, k)
        });
    let start = match that {
        // "asked that his name not be used": a request, not a claim.
        Some(_)
            if ["ask", "asks", "asked", "asking"]
                .iter()
                .any(|w| doc.is(cue.start, w)) =>
        {
            return None
        }
        Some(k) => k + 1,
        None => {
            let mut k = skip_adjuncts(doc, j, s.end);
            if k >= s.end {
                return None;
            }
            // `said repeatedly "the next mayor" should ...`: an adverb before a fragment.
            if k + 1 < s.end
                && (doc.has(k, words::ADVERB) || doc.word(k).ends_with("ly"))
                && quote_opens_clause(doc, k + 1)
            {
                k += 1;
            }
            match doc.word(k) {
                ":" => k + 1,
                "," | "." | ";" | "!" | "?" | ")" => return None,
                _ if is_time_adjunct(doc, k, s.end) => return None,
                _ if doc.tokens[k].kind == TokenKind::Quote && !quote_opens_clause(doc, k) => {
                    return None
                }
                // "said about 20 people ..." is a clause, "said about the plan" is not.
                _ if doc.has(k, words::NOT_A_CLAUSE)
                    && !(doc.is(k, "about")
                        && doc
                            .tokens
                            .get(k + 1)
                            .is_some_and(|t| t.kind == TokenKind::Number)) =>
                {
                    return None
                }
                _ if complement == Complement::Object && !looks_finite(doc, k, s.end) => {
                    return None
                }
                // After a skipped adjunct or a determiner, a bare noun is no claim
                // ("said at a Washington event", "added a note of caution").
                _ if (k > j
                    || speakers::is_determiner(doc, k)
                    || doc.has(k, words::ADJUNCT_PREPOSITION))
                    && !looks_like_clause(doc, k, s.end)
                    && !infinitive_in_subject(doc, k, s.end) =>
                {
                    return None
                }
                _ => k,
            }
        }
    };
    // "who said and did the same": a coordinated verb, no clause.
    if start >= s.end || ["to", "and", "or", "but"].iter().any(|w| doc.is(start, w)) {
        return None;
    }
    let claim = trim_claim(doc, start..clause_end(doc, start, s.end));
    (claim.len() >= 2).then_some(claim)
}

/// `said "the next mayor" should choose`: the quote opening at `k` is a
/// fragment that opens the reported clause, its closing mark followed by a
/// lowercase finite verb that carries the clause on.
pub(super) fn quote_opens_clause(doc: &Doc, k: usize) -> bool {
    if doc.tokens.get(k).is_none_or(|t| t.kind != TokenKind::Quote) {
        return false;
    }
    let at = doc.quotes.partition_point(|q| q.open < k);
    doc.quotes
        .get(at)
        .filter(|q| q.open == k)
        .and_then(|q| q.close)
        .is_some_and(|c| {
            let finite = |v: usize| doc.has(v, words::FINITE) || doc.has(v, words::IRREGULAR_PAST);
            // `said "budget reforms" and the collection of taxes would help`:
            // a coordinated subject, then the verb.
            let coordinated = || {
                (doc.is(c + 1, "and") || doc.is(c + 1, "or"))
                    && (c + 2..(c + 2 + COORDINATED_SUBJECT_WINDOW).min(doc.tokens.len()))
                        .take_while(|&v| {
                            doc.tokens[v].kind == TokenKind::Word
                                && !cues::is_reporting_verb(doc, v)
                                && !speakers::is_pronoun(doc, v)
                        })
                        .any(|v| v > c + 2 && finite(v))
            };
            (finite(c + 1) || coordinated()) && !doc.is_capitalized(c + 1)
        })
}

/// How many words a subject coordinated with a quoted fragment may have.
const COORDINATED_SUBJECT_WINDOW: usize = 8;

/// "said after the attacks.", "said when she resigned in 2014.": a clause
/// of time with no main clause after it (no comma) tells when the cue was
/// spoken; "said when the ferry arrives, the port will open" is a claim.
fn is_time_adjunct(doc: &Doc, k: usize, end: usize) -> bool {
    // Within a window: a long sentence of cues stays linear.
    let end = end.min(k + 40);
    let no_comma = || !(k + 1..end).any(|i| doc.word(i) == ",");
    if ["when", "while"].iter().any(|w| doc.is(k, w)) {
        return no_comma();
    }
    // "said after the convention he would not ...": a clause follows the phrase.
    ["after", "before", "during", "since", "until", "upon"]
        .iter()
        .any(|w| doc.is(k, w))
        && no_comma()
        && !(k + 1..end).any(|i| doc.has(i, words::FINITE) || doc.has(i, words::IRREGULAR_PAST))
}

/// "told the crowd that", "told an invited audience at the club that": after
/// "told", plain words up to a "that" name the listener, and the "that" opens the claim.
fn told_listener(doc: &Doc, cue: &Range<usize>, from: usize, that: usize) -> bool {
    doc.has(cue.start, words::TELL)
        && (from..that).all(|k| {
            doc.tokens[k].kind == TokenKind::Word && !cues::is_reporting_verb(doc, k)
                || matches!(doc.word(k), "'s" | "’s")
        })
}

/// "claimed during the divorce that ...", "tweeted in the early morning
/// hours that ...": a short phrase opened by an adjunct preposition before
/// "that", which opens the claim (not a relative: "said in a letter that
/// was leaked" has a verb right after "that").
fn adjunct_before_that(doc: &Doc, from: usize, that: usize) -> bool {
    let after = that + 1;
    doc.has(from, words::ADJUNCT_PREPOSITION)
        && that - from <= 6
        && (from + 1..that).all(|k| {
            doc.tokens[k].kind == TokenKind::Word
                && !cues::is_reporting_verb(doc, k)
                && !doc.has(k, words::FINITE)
        })
        // "that" may end the text: then no verb follows it.
        && !(after < doc.tokens.len()
            && (doc.has(after, words::FINITE)
                || doc.has(after, words::IRREGULAR_PAST)
                || doc.word(after).ends_with("ed")))
}

/// "warned voters that", "assured the markets that": after a verb that takes
/// a listener (`listener` in data/attribution_words.tsv), a determiner and
/// up to two plain words before "that" are the listener.
fn listener_before_that(doc: &Doc, cue: &Range<usize>, from: usize, that: usize) -> bool {
    let mut k = from;
    if speakers::is_determiner(doc, k) {
        k += 1;
    }
    super::words::token_in(doc, cue.start, "listener")
        && k < that
        && that - k <= 2
        && (k..that).all(|w| {
            doc.tokens[w].kind == TokenKind::Word
                && doc.word(w).chars().all(char::is_lowercase)
                && !cues::is_reporting_verb(doc, w)
        })
        // "warned the town that flooded": a relative clause, its verb right after "that".
        && !(doc.has(that + 1, words::FINITE)
            || doc
                .tokens
                .get(that + 1)
                .is_some_and(|t| t.span.slice(doc.text).ends_with("ed")))
}

/// The word before a "that" lets it open the cue's clause ("said on Friday
/// that", "told reporters that"), rather than a relative clause ("a video that shows").
pub(super) fn introduces_that_clause(doc: &Doc, before: usize) -> bool {
    let w = doc.word(before);
    doc.tokens[before].kind == TokenKind::Number
        || matches!(w, "," | ")")
        || (doc.tokens[before].kind == TokenKind::Word && doc.is_capitalized(before))
        || super::words::token_in(doc, before, "adjunct")
        || super::words::token_in(doc, before, "time")
        || super::words::token_in(doc, before, "addressee")
        || is_weekday_or_month(doc, before)
        || cues::is_reporting_verb(doc, before)
        || (w.len() > 4 && w.ends_with("ly"))
        || [
            "out", "clear", "also", "however", "media", "twitter", "email",
        ]
        .iter()
        .any(|a| doc.is(before, a))
}

/// A complement opening with a determiner is a clause, not a bare noun
/// ("added a note of caution"), when it has a finite-looking
/// verb (auxiliary, "-ed", "-s") within the first words.
pub(super) fn looks_like_clause(doc: &Doc, k: usize, end: usize) -> bool {
    // Commas may set off an apposition of the subject ("the measure, the latest step, would").
    let indefinite = doc.is(k, "a") || doc.is(k, "an");
    (k + 1..(k + 20).min(end))
        .take_while(|&i| {
            // A stop inside the sentence is an abbreviation's ("Mr.").
            let stop = matches!(doc.word(i), ";" | ":" | "?" | "!")
                || (doc.word(i) == "." && i + 1 >= end)
                || (indefinite && doc.word(i) == ",")
                || doc.is(i, "to");
            !stop
        })
        .any(|i| {
            let w = doc.word(i);
            doc.has(i, words::FINITE)
                || doc.has(i, words::IRREGULAR_PAST)
                || (doc.tokens[i].kind == TokenKind::Word
                    && w.chars().all(char::is_lowercase)
                    && w.len() > 2
                    && (w.ends_with("ed") || looks_like_present(w) || w.ends_with("n't")))
        })
}

/// "said the best way to win is to vote": a subject holding an infinitive
/// ("way to win"), then an auxiliary within a few words after it, before
/// any comma or relative word.
fn infinitive_in_subject(doc: &Doc, k: usize, end: usize) -> bool {
    let Some(to) = (k + 1..(k + 12).min(end))
        .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
        .find(|&i| doc.is(i, "to"))
    else {
        return false;
    };
    (to + 2..(to + 13).min(end))
        .take_while(|&i| {
            doc.tokens[i].kind == TokenKind::Word
                && ![
                    "which", "who", "that", "and", "or", "but", "because", "if", "when", "as",
                    "while", "so", "since", "until", "after", "before", "where",
                ]
                .iter()
                .any(|w| doc.is(i, w))
        })
        .any(|i| doc.has(i, words::FINITE))
}

/// "-s" words that are no verbs ("this", "across", "news", "previous").
pub(super) fn looks_like_present(w: &str) -> bool {
    const NOT_VERBS: [&str; 16] = [
        "this", "thus", "less", "across", "unless", "perhaps", "always", "news", "series",
        "various", "previous", "serious", "famous", "its", "his", "hers",
    ];
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !NOT_VERBS.contains(&w)
}

/// A finite verb (auxiliary or modal) comes within the first words of the complement.
pub(super) fn looks_finite(doc: &Doc, k: usize, end: usize) -> bool {
    // "confirmed what I always knew": a noun clause object, no claim.
    if doc.is(k, "what") {
        return false;
    }
    // "asked whether the deals required ...": an indirect question.
    if ["whether", "if", "how", "why"].iter().any(|w| doc.is(k, w)) {
        return true;
    }
    // "suggesting the second debate erased ...": a determiner, one to three
    // nouns and a past tense (not "the newly renovated hall").
    if speakers::is_determiner(doc, k) {
        let past = (k + 2..(k + 5).min(end))
            .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
            .find(|&i| doc.word(i).ends_with("ed"));
        if let Some(past) = past {
            let before = doc.word(past - 1);
            let noun = !before.ends_with("ly")
                && !matches!(before, "and" | "or" | "but" | "that" | "which" | "who")
                && !doc.has(past - 1, words::BE)
                && !doc.has(past - 1, words::FINITE)
                && before.chars().all(|c| c.is_alphabetic() || c == '-');
            if noun && doc.word(past).chars().all(char::is_lowercase) {
                return true;
            }
        }
    }
    // "confirmed Israel shared ...": a past tense right after a name or pronoun counts.
    let mut m = k;
    while m < end && doc.tokens[m].kind == TokenKind::Word && doc.is_capitalized(m) {
        m += 1;
    }
    if m == k && speakers::is_pronoun(doc, k) {
        m = k + 1;
    }
    // "noted his lawyer offered ...": a possessive determiner and a noun before the past tense.
    if m == k
        && ["his", "her", "its", "their", "our"]
            .iter()
            .any(|w| doc.is(k, w))
    {
        m = k + 2;
    }
    if m > k && m < end && doc.word(m).ends_with("ed") && doc.tokens[m].kind == TokenKind::Word {
        return true;
    }
    (k..(k + 6).min(end))
        .take_while(|&i| doc.word(i) != "," && !doc.is(i, "to"))
        .any(|i| doc.has(i, words::FINITE) || is_plain_past(doc, i))
        // "suggests any further deals to cut costs should be gradual" (not
        // "pledged his support to the party no matter how she does").
        || (infinitive_in_subject(doc, k, end)
            && (k..(k + 12).min(end)).find(|&i| doc.is(i, "to")).is_some_and(|to| {
                let next = to + 1;
                doc.tokens[next].kind == TokenKind::Word
                    && doc.word(next).chars().all(char::is_lowercase)
                    && !speakers::is_determiner(doc, next)
            }))
}

/// Irregular past tenses that are no participles ("reported the email came
/// hours later"): a finite verb wherever they stand.
fn is_plain_past(doc: &Doc, i: usize) -> bool {
    [
        "came", "went", "took", "gave", "knew", "saw", "began", "ran", "fell", "became", "grew",
        "rose", "wrote", "spoke", "drove", "flew", "chose", "broke",
    ]
    .iter()
    .any(|w| doc.is(i, w))
}

/// Past the listener of "told": a name, a pronoun or "reporters".
pub(super) fn addressee_end(doc: &Doc, j: usize, end: usize) -> usize {
    if j < end && super::words::token_in(doc, j, "addressee") {
        return j + 1;
    }
    let mut k = speakers::phrase_after(doc, j, end).map_or(j, |p| p.end);
    // "told BBC Radio 4's World At One".
    while k > j && k < end {
        if doc.tokens[k].kind == TokenKind::Number
            || matches!(doc.word(k), "'s" | "’s")
            || (doc.tokens[k].kind == TokenKind::Quote && !doc.tokens[k].space_before)
            || (doc.tokens[k].kind == TokenKind::Word && (doc.is_capitalized(k) || doc.is(k, "s")))
            // "told African-Americans": a hyphen inside a capitalised compound.
            || (doc.word(k) == "-" && !doc.tokens[k].space_before && doc.is_capitalized(k + 1))
        {
            k += 1;
        } else if let Some(after) = quoted_programme(doc, k).filter(|&a| a <= end) {
            k = after;
        } else {
            break;
        }
    }
    k
}

/// "told Harbour Radio's "Morning Talk" that": a short quoted programme
/// name right after a possessive belongs to the listener; the token after
/// its closing mark.
fn quoted_programme(doc: &Doc, k: usize) -> Option<usize> {
    if k == 0 || !matches!(doc.word(k - 1), "'s" | "’s") {
        return None;
    }
    let q = doc.quotes.get(doc.quotes.partition_point(|q| q.open < k))?;
    let close = q.close.filter(|_| q.open == k && q.inner.len() <= 6)?;
    Some(close + 1)
}

/// Past time words and prepositional adjuncts ("on Friday", "in a statement").
pub(super) fn skip_adjuncts(doc: &Doc, mut j: usize, end: usize) -> usize {
    while j < end {
        if super::words::token_in(doc, j, "time") || is_weekday_or_month(doc, j) {
            j += 1;
        } else if ["this", "last", "next"].iter().any(|w| doc.is(j, w))
            && (super::words::token_in(doc, j + 1, "period") || is_weekday_or_month(doc, j + 1))
        {
            // "told reporters this week", "said last month that", "said last Friday".
            j += 2;
        } else if doc.has(j, words::ADJUNCT_PREPOSITION) {
            let mut k = j + 1;
            while k < end
                && (super::words::token_in(doc, k, "adjunct")
                    || (doc.word(k) == ","
                        && doc
                            .tokens
                            .get(k + 1)
                            .is_some_and(|t| t.kind == TokenKind::Number))
                    || is_weekday_or_month(doc, k)
                    || doc.tokens[k].kind == TokenKind::Number)
            {
                k += 1;
            }
            // A phrase never ends with a determiner: "on Friday the port ..." keeps "the".
            while k > j + 1 && speakers::is_determiner(doc, k - 1) {
                k -= 1;
            }
            if k == j + 1 {
                return j;
            }
            j = k;
        } else {
            return j;
        }
    }
    j
}

pub(super) fn is_weekday_or_month(doc: &Doc, i: usize) -> bool {
    super::words::token_in(doc, i, "weekday")
        || super::words::token_in(doc, i, "month")
        || is_month_may(doc, i)
}

/// "in May", "on May 3": a capitalised "May" after a preposition or before
/// a number is the month (the data leaves it out: mostly the verb).
fn is_month_may(doc: &Doc, i: usize) -> bool {
    doc.is(i, "may")
        && doc.is_capitalized(i)
        && i > 0
        && ([
            "in", "on", "since", "until", "by", "last", "next", "early", "late", "mid",
        ]
        .iter()
        .any(|w| doc.is(i - 1, w))
            || doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Number))
}

/// ", citing ...", ", raising ...": a participial phrase that comments on the claim.
pub(super) fn is_participial_adjunct(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    doc.tokens[i].kind == TokenKind::Word
        && w.len() > 5
        && w.ends_with("ing")
        && w.chars().all(char::is_lowercase)
        // ", including ...": a preposition, the list belongs to the claim.
        && w != "including"
}

/// Where a claim starting at `start` ends: the sentence end, or a comma
/// before another attribution (", stressing that", ", he said").
pub(super) fn clause_end(doc: &Doc, start: usize, end: usize) -> usize {
    let mut brackets = 0usize;
    // The closing mark of a quote opened inside the claim.
    let mut quote_close = start;
    for k in start..end {
        if doc.tokens[k].kind == TokenKind::Quote && k >= quote_close {
            let at = doc.quotes.partition_point(|q| q.open < k);
            if let Some(c) = doc
                .quotes
                .get(at)
                .filter(|q| q.open == k)
                .and_then(|q| q.close)
            {
                quote_close = c;
            }
        }
        // "(Lund said the ferry was late.) and ...": a bracket opened before the claim.
        match doc.word(k) {
            "(" => brackets += 1,
            ")" if brackets == 0 => return k,
            ")" => brackets -= 1,
            _ => {}
        }
        // "... and warned that ...", "... but noted that ...", "... and rivals
        // said ...": a coordinated cue starts a claim of its own.
        if (doc.is(k, "and") || doc.is(k, "but"))
            && k > start
            && (cues::is_reporting_verb(doc, k + 1)
                || speakers::phrase_after(doc, k + 1, end)
                    .is_some_and(|p| cue_follows(doc, p.end, end)))
        {
            return k;
        }
        // A semicolon joins a clause of its own; a colon opening a quote
        // (`said Berg would have: "..."`) ends the reported words.
        if (doc.word(k) == ";"
            || (doc.word(k) == ":"
                && k >= quote_close
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Quote)))
            && k > start
        {
            return k;
        }
        if !matches!(doc.word(k), "," | "-" | "—" | "–" | "but") || k + 1 >= end {
            continue;
        }
        if doc.word(k) != "," {
            // "... - but Kolb said ...", "— and he noted that ...": another cue begins.
            let mut p = k + 1;
            if doc.is(p, "but") || doc.is(p, "and") {
                p += 1;
            }
            if speakers::phrase_after(doc, p, end).is_some_and(|ph| cue_follows(doc, ph.end, end)) {
                return k;
            }
            // "Lund - who said he would win - said ...": the dash closes an
            // apposition in the subject and the main cue follows.
            if doc.word(k) != "but" && cue_follows(doc, k + 1, end) {
                return k;
            }
            continue;
        }
        // `fought "for our rights, knowing that ..."`: a participle inside a
        // quote opened in the claim belongs to the quote.
        let in_quote = k < quote_close;
        if !in_quote && (starts_participle(doc, k + 1) || is_participial_adjunct(doc, k + 1)) {
            return k;
        }
        // ", implicitly putting ...": an adverb before the participle.
        if k + 2 < end && doc.word(k + 1).ends_with("ly") && is_participial_adjunct(doc, k + 2) {
            return k;
        }
        // ", he said." / ", officials added": the attribution of a further claim.
        if speakers::phrase_after(doc, k + 1, end).is_some_and(|p| cue_follows(doc, p.end, end)) {
            return k;
        }
        // `said that "we will reopen," he added`: the same after the quote
        // the comma closes; the claim keeps its quoted words.
        if k + 2 < end
            && k + 2 == quote_close + 1
            && speakers::phrase_after(doc, k + 2, end).is_some_and(|p| cue_follows(doc, p.end, end))
        {
            return k + 2;
        }
        // "said taxes would rise, and encouraged voters to ...": after a
        // claim whose verb is a modal or a present, ", and" and a past tense
        // with no subject of its own is the speaker's next act.
        if !in_quote && doc.is(k + 1, "and") && k + 2 < end && is_next_act(doc, start, k) {
            return k;
        }
        // ", though she noted ...", ", and rights groups warned that ...".
        if joins_another_attribution(doc, k + 1, end) {
            return k;
        }
    }
    end
}

/// The claim `start..k` has a modal or present verb ("would rise", "are")
/// and ", and" at `k` comes before a lowercase past tense ("encouraged").
fn is_next_act(doc: &Doc, start: usize, k: usize) -> bool {
    const NOT_PAST: [&str; 11] = [
        "will", "would", "can", "could", "should", "may", "might", "must", "is", "are", "has",
    ];
    let verb = k + 2;
    let w = doc.word(verb);
    let past = doc.tokens[verb].kind == TokenKind::Word
        && w.chars().all(char::is_lowercase)
        && (w.len() > 4 && w.ends_with("ed") || is_plain_past(doc, verb))
        && !doc.is(verb + 1, "by");
    past && (start..k).any(|i| NOT_PAST.iter().any(|m| doc.is(i, m)))
}

/// How far after a conjunction the cue of a plain noun phrase subject may come.
const PLAIN_SUBJECT_WINDOW: usize = 10;

/// At `k` (after a comma) a conjunction opens a clause whose subject speaks:
/// another attribution, not part of the claim.
fn joins_another_attribution(doc: &Doc, k: usize, end: usize) -> bool {
    const CONJUNCTIONS: [&str; 6] = ["though", "although", "while", "and", "but", "yet"];
    if !CONJUNCTIONS.iter().any(|w| doc.is(k, w)) {
        return false;
    }
    let subject = k + 1;
    let phrase = speakers::phrase_after(doc, subject, end).or_else(|| {
        // "and human rights groups warned": plain words before the verb.
        let last = (subject..(subject + 4).min(end))
            .take_while(|&i| {
                doc.tokens[i].kind == TokenKind::Word
                    && doc.word(i).chars().all(char::is_lowercase)
                    && !cues::is_reporting_verb(doc, i)
                    && !doc.has(i, words::FINITE)
                    && !doc.word(i).ends_with("ly")
            })
            .last()?;
        (last > subject || doc.word(last).ends_with('s')).then_some(subject..last + 1)
    });
    // ", and the 34-year-old mother of three replied": a determiner opens a
    // plain noun phrase (any noun) before a cue.
    let plain = || {
        let verb = (subject + 1..(subject + PLAIN_SUBJECT_WINDOW).min(end))
            .find(|&v| cues::is_reporting_verb(doc, v))?;
        let group = cues::verb_group_start(doc, verb, subject);
        super::direct::plain_phrase_before(doc, group, subject)
    };
    phrase
        .filter(|p| cue_follows(doc, p.end, end))
        .or_else(plain)
        .is_some()
}

/// A reporting verb at `v`, past auxiliaries and adverbs ("has also said").
pub(super) fn cue_follows(doc: &Doc, mut v: usize, end: usize) -> bool {
    while v < end && (doc.is(v, "has") || doc.is(v, "have") || doc.is(v, "also")) {
        v += 1;
    }
    v < end && cues::is_reporting_verb(doc, v)
}
