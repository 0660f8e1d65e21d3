//! The clause a reporting cue governs: where it starts (after "that", an
//! addressee, adjuncts such as "on Friday" or "in a statement") and where it
//! ends (the sentence end, or the start of another attribution).
use super::cues::{self, Complement};
use super::{speakers, trim_claim, words};
use crate::text::{Doc, TokenKind};
use std::ops::Range;

mod adjuncts;
mod claim_end;
mod finite;

pub(super) use adjuncts::{
    addressee_end, is_participial_adjunct, is_weekday_or_month, skip_adjuncts,
};
pub(super) use claim_end::{clause_end, cue_follows, relative_attribution};
use finite::*;
pub(super) use finite::{looks_finite, looks_like_clause, looks_like_past, looks_like_present};

/// How far after the cue a "that" may still introduce its clause
/// ("said in a statement on Friday that").
pub(super) const THAT_WINDOW: usize = 12;

/// Token `i` starts a participial cue (", saying ...", ", making it clear ...") or
/// an "according to".
pub(super) fn starts_participle(doc: &Doc, i: usize) -> bool {
    cues::is_participle(doc, i)
        || cues::make_it_clear(doc, i).is_some()
        || cues::according_to(doc, i)
        || super::cue_patterns::GOING_ON_TO.right(doc, i).is_some()
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
    let article = |k: usize| doc.has(k, words::INDEFINITE_ARTICLE);
    if (i >= 1 && article(i - 1))
        || (i >= 2
            // "A spokesman said ...", "An aide told ...": a past tense is
            // never the noun of "a strong signal"; the word before it is
            // the subject's noun.
            && !is_past_form(doc, i)
            // "A spokesman says ...", "An aide warns ...": after an article
            // and one singular word, a word in -s is the verb ("a few
            // claims that ..." aside).
            && (!doc.word(i).ends_with('s') || doc.has(i - 1, words::QUANTIFIER))
            && article(i - 2)
            && doc.tokens[i - 1].kind == TokenKind::Word
            && !doc.has(i - 1, words::FINITE)
            // "a statement saying ...": a message and its participle.
            && !doc.has(i - 1, words::MESSAGE)
            // "Nearly a third say ...": a share of people is the subject.
            && !doc.has(i - 1, words::FRACTION))
    {
        return true;
    }
    // "the border states that have lost jobs": "that" opens a relative clause.
    // `noun-cue-relative`: so after any word that is also a noun (a
    // reporting noun or a message: "comments that were echoed", "the nine
    // states that held votes", "a signed tweet that drew no reply") when
    // a verb follows "that"; not after a pronoun ("he claims that was false":
    // the word is a verb, "that" a demonstrative subject).
    if (doc.has(i, words::VERB_THAT)
        || doc.has(i, words::REPORTING_NOUN)
        || doc.has(i, words::MESSAGE))
        && doc.is(i + 1, "that")
        && verb_after_that(doc, i + 1)
        && !(i > 0 && speakers::is_pronoun(doc, i - 1))
    {
        return true;
    }
    if after_object_relative(doc, cue.start) {
        return false;
    }
    // `noun-cue-before-past`: "the ten-year note fell to 2 percent", "the
    // report drew no reply": a cue word that is also a noun, in its plain
    // form, right before a past tense is that verb's subject. Not after a
    // pronoun ("they report sold out": the word is a verb).
    let before_past = doc.has(i, words::REPORTING_NOUN)
        && !is_past_form(doc, i)
        && !doc.word(i).ends_with("ing")
        && (doc.has(cue.end, words::IRREGULAR_PAST)
            || (speakers::is_plain_word(doc, cue.end) && doc.word(cue.end).ends_with("ed")));
    (doc.has(cue.end, words::FINITE) || before_past)
        && !(doc.is(cue.start, "said") || doc.is(cue.start, "says"))
        && !(cue.start > 0 && speakers::is_pronoun(doc, cue.start - 1))
}

/// How many words a subject between an object relative and its cue may have.
const OBJECT_RELATIVE_SUBJECT: usize = 4;

/// `relative-object-say`: "a surge which officials say could help", "the
/// role that many planners say is the future": a relative word within a
/// few words (the cue's subject) before the cue at `i`; the clause after
/// the cue lacks its subject, so a verb opens it and the cue is a verb.
/// Not after "a" or "an" ("that a Twitter post could go unnoticed": a
/// singular subject takes no bare verb; the word is a noun).
fn after_object_relative(doc: &Doc, i: usize) -> bool {
    (i.saturating_sub(OBJECT_RELATIVE_SUBJECT + 1)..i.saturating_sub(1))
        .rev()
        .take_while(|&k| {
            (doc.tokens[k].kind == TokenKind::Word || doc.word(k) == ".")
                && !doc.is(k, "a")
                && !doc.is(k, "an")
        })
        .any(|k| doc.has(k, words::SUBJECT_RELATIVE) || doc.is(k, "that"))
}

/// A past tense of a verb: "said", "told", "-ed" forms, irregular pasts.
fn is_past_form(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    doc.is(i, "said")
        || doc.has(i, words::IRREGULAR_PAST)
        || looks_like_past(&w.to_ascii_lowercase())
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
        // `told-object`: "told the story of ...", "tells a joke", "told the
        // mostly invented tale of ...": what is told is a noun
        // object, no clause.
        if told_object(doc, j, s.end) {
            return None;
        }
        j = addressee_end(doc, j, s.end);
    }
    let start = match that_opening(doc, cue, j, s.end) {
        // "asked that his name not be used": a request, not a claim.
        Some(_) if doc.has(cue.start, words::ASK) => return None,
        // `demonstrative-that`: "continued that policy in May", "the law
        // states that rule": after a verb that is a cue only before "that",
        // a plain noun with no finite verb after it makes "that" a
        // demonstrative, the verb's object; no clause ("continued that
        // prices would fall" is one). `demonstrative-that-any-cue`:
        // "repeated that approach in a talk": after any cue, where one plain
        // word (no pronoun) then a preposition or the sentence's end follow,
        // and no word up to the clause's end looks like a verb at all
        // ("explained that it upset her", "said that people misread him"
        // are clauses).
        Some(k)
            if speakers::is_plain_word(doc, k + 1)
                && !looks_finite(doc, k + 1, s.end)
                && (complement == Complement::ThatOnly
                    || (!speakers::is_pronoun(doc, k + 1)
                        && (k + 2 >= s.end
                            || doc.has(k + 2, words::PHRASE_PREPOSITION)
                            || doc.tokens[k + 2].kind == TokenKind::Punct)
                        && !any_verb_like(doc, k + 1, s.end))) =>
        {
            return None
        }
        Some(k) => k + 1,
        None if let Some(q) = doc
            .has(cue.start, words::ASK)
            .then(|| adjuncts::asked_question_start(doc, j, s.end))
            .flatten() =>
        {
            q
        }
        None if let Some(k) = (doc.has(cue.start, words::LISTENER)
            || doc.has(cue.start, words::TELL))
        .then(|| listener_then_clause(doc, j, s.end))
        .flatten() =>
        {
            k
        }
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
                // `comma-carried-quote`: `said, "We have a week" until the vote`:
                // the writer's words carry the quote on, so the clause runs
                // through it. (A lowercase quote there carries on an
                // interposed attribution's clause: interposed-quote.)
                "," if k == j
                    && !cues::is_participle(doc, cue.start)
                    && doc.is_capitalized(k + 2)
                    && crate::attribution::direct::quote_carried_on(doc, k + 1) =>
                {
                    k + 1
                }
                "," | "." | ";" | "!" | "?" | ")" => return None,
                _ if is_time_adjunct(doc, k, s.end) => return None,
                _ if k == j && is_pronoun_object(doc, k, s.end) => return None,
                // `listener-pronoun`: "warns us of the risks", "reminded me
                // of my father": after a listener verb an object pronoun
                // with no clause after it (`listener_then_clause`) is the
                // listener, no clause's subject ("her" may be a possessive).
                _ if k == j
                    && doc.has(cue.start, words::LISTENER)
                    && is_listener_pronoun(doc, k) =>
                {
                    return None
                }
                _ if k == j && is_gerund_complement(doc, k) => return None,
                _ if doc.tokens[k].kind == TokenKind::Quote
                    && !quote_opens_clause(doc, k)
                    && !crate::attribution::direct::quote_carried_on(doc, k) =>
                {
                    return None
                }
                // "said about 20 people ..." is a clause, "said about the plan" is not.
                // ("said no to the plan": an answer, as "said yes to".)
                _ if (doc.has(k, words::NOT_A_CLAUSE) || (doc.is(k, "no") && doc.is(k + 1, "to")))
                    && !approximates_a_count(doc, k)
                    // "said much of the money was lost": a partitive subject.
                    && !(doc.is(k, "much") && doc.is(k + 1, "of")) =>
                {
                    return None
                }
                // `adverb-complement`: "complained bitterly about the fares",
                // "said quietly as the crowd left": an adverb before a
                // complement word is no clause ("said only about 20 came" is).
                _ if cues::is_adverb(doc, k)
                    && doc.has(k + 1, words::NOT_A_CLAUSE)
                    && !approximates_a_count(doc, k + 1) =>
                {
                    return None
                }
                // `adverb-adjunct`: "testified voluntarily in 2004", "spoke
                // briefly at the dinner": an adverb, then a phrase opened by
                // a preposition and no clause after it, is how and where the
                // cue took place ("said only in May did the port close" has
                // its clause).
                _ if k == j
                    && cues::is_adverb(doc, k)
                    && doc.has(k + 1, words::ADJUNCT_PREPOSITION)
                    && !looks_like_clause(doc, k + 1, s.end) =>
                {
                    return None
                }
                _ if complement == Complement::Object && !looks_finite(doc, k, s.end) => {
                    return None
                }
                _ if k == cue.end
                    && doc.has(cue.start, words::TELL)
                    && listener_then_topic(doc, k, s.end) =>
                {
                    return None
                }
                _ if adjunct_then_subordinate_only(doc, k, s.end) => return None,
                // After a skipped adjunct or a determiner, a bare noun is no claim
                // ("said at a Washington event", "added a word of caution").
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
    // "who said and did as much": a coordinated verb, no clause.
    if start >= s.end || doc.has(start, words::NO_CLAUSE_START) {
        return None;
    }
    let claim = trim_claim(doc, start..clause_end(doc, start, s.end));
    (claim.len() >= 2).then_some(claim)
}

/// `adjunct-then-subordinate`: "said Sunday in Oslo as the crowd cheered",
/// "said matter-of-factly as the band played": a phrase opened by a
/// preposition or an adverb, no verb in it, then a subordinate clause ("as",
/// "when", "because"...) running to the sentence's end with no comma: the
/// words tell where and how the cue took place; no main clause follows, so
/// no claim. Not "said in 2009 when the port closed, the town shrank": a
/// comma there leads to the main clause.
fn adjunct_then_subordinate_only(doc: &Doc, k: usize, end: usize) -> bool {
    let w = doc.word(k);
    let opens = doc.has(k, words::ADJUNCT_PREPOSITION)
        || cues::is_adverb(doc, k)
        || (w.ends_with("ly")
            && w.contains('-')
            && w.chars().all(|c| c.is_lowercase() || c == '-'));
    if !opens || doc.has(k, words::SUBORDINATOR) {
        return false;
    }
    // ("said just because it rained the port shut": a subordinate clause
    // right after the adverb may be the subject.)
    let Some(m) = (k + 2..end).find(|&i| doc.has(i, words::SUBORDINATOR)) else {
        return false;
    };
    !any_verb_like(doc, k, m) && (m + 1..end).all(|i| !matches!(doc.word(i), "," | ";" | ":"))
}

/// Some word from `k` up to `end` (a colon, a semicolon or a participial
/// cue after a comma) looks like a verb: an auxiliary, an irregular past, a
/// lowercase "-ed" or "-s" form.
fn any_verb_like(doc: &Doc, k: usize, end: usize) -> bool {
    (k..end)
        .take_while(|&i| {
            let participle = doc.word(i) == "," && i + 1 < end && starts_participle(doc, i + 1);
            !(matches!(doc.word(i), ";" | ":") || participle)
        })
        .any(|i| {
            let w = doc.word(i);
            doc.has(i, words::FINITE)
                || doc.has(i, words::IRREGULAR_PAST)
                || (doc.tokens[i].kind == TokenKind::Word
                    && w.chars().all(char::is_lowercase)
                    && w.len() > 2
                    && !doc.has(i, words::FUNCTION_WORD)
                    && (w.ends_with("ed") || looks_like_present(w)))
        })
}

/// The "that" opening the cue's clause, within a few words of `j` (past the
/// cue and a listener of "told") and before `end`, past adjuncts and a
/// listener ("said in a statement on Friday that", "told the crowd that").
pub(super) fn that_opening(doc: &Doc, cue: &Range<usize>, j: usize, end: usize) -> Option<usize> {
    // `long-adjunct-that`: "said during the filming of a radio talk show in
    // Bergen, Norway, that ...": an adjunct opened by a preposition may run
    // further, when no verb is in it.
    let window = if doc.has(skip_adjuncts(doc, j, end), words::ADJUNCT_PREPOSITION) {
        LONG_ADJUNCT_WINDOW
    } else {
        THAT_WINDOW
    };
    // No comma, subordinator or relative word yet (`verb-before-that`).
    let mut plain = true;
    (j..(j + window).min(end))
        .take_while(|&k| {
            plain &= !(doc.word(k) == ","
                || doc.has(k, words::SUBORDINATOR)
                || doc.has(k, words::RELATIVE_OPENER));
            // "said on Harbour Radio's "Morning Talk" that": a programme's
            // quoted name inside the adjunct.
            (doc.tokens[k].kind != TokenKind::Quote
                || adjuncts::in_quoted_programme(doc, j, k)
                || adjuncts::is_elided_year_mark(doc, k))
                && !matches!(doc.word(k), ";" | ":" | ".")
                // `verb-before-that`: "says Berg ran a campaign in Tromso
                // that led ...": a lowercase verb before "that", outside an
                // adjunct clause, makes the words after the cue the clause;
                // its "that" is inside it.
                && !(plain
                    && !doc.is_capitalized(k)
                    && (doc.has(k, words::FINITE) || doc.has(k, words::IRREGULAR_PAST)))
                // "said in a March report that": a cue word inside the adjunct is a noun
                // (`cue-word-in-adjunct`).
                && (!cues::is_reporting_verb(doc, k)
                    || (k > j && adjuncts::cue_word_in_adjunct(doc, j, k)))
                && cues::make_it_clear(doc, k).is_none()
        })
        .find(|&k| doc.is(k, "that"))
        .filter(|&k| k < j + THAT_WINDOW || !(j..k).any(|v| looks_like_verb_in_adjunct(doc, v)))
        .filter(|&k| {
            k == j
                || introduces_that_clause(doc, k - 1)
                || adjuncts::in_quoted_programme(doc, j, k - 1)
                || told_listener(doc, cue, j, k)
                || listener_before_that(doc, cue, j, k)
                || adjunct_chain_before_that(doc, j, k)
                || set_off_before_that(doc, j, k)
        })
}

/// `adjunct-chain-that`: "claimed during the divorce that", "wrote in a
/// letter to the board of the port that", "admitted as part of the settlement
/// that", "admitted to the paper that":
/// phrases opened by a preposition, holding words, numbers, possessives
/// and hyphenated compounds but no auxiliary, cue or pronoun, then a "that"
/// with no verb right after it (a relative: "said in a letter to the board
/// that was leaked"). Not opened by "of" ("warned of the risks that the dam
/// would bring" is a relative), "for" ("writing for a panel that all
/// agreed") or an infinitive's "to" ("threatened to veto the ferry law that").
fn adjunct_chain_before_that(doc: &Doc, from: usize, that: usize) -> bool {
    let noun_phrase = |k: usize| {
        speakers::is_determiner(doc, k)
            || doc.is_capitalized(k)
            || doc.tokens[k].kind == TokenKind::Number
    };
    let opens =
        (doc.has(from, words::PHRASE_PREPOSITION) && !doc.is(from, "of") && !doc.is(from, "for"))
            || doc.has(from, words::ADJUNCT_PREPOSITION)
            || doc.is(from, "as")
            || (doc.is(from, "to") && noun_phrase(from + 1));
    // "responded to that tweet": a "that" right after the preposition points.
    opens
        && that > from + 1
        && (from + 1..that).all(|k| match doc.tokens[k].kind {
            TokenKind::Word => {
                !doc.has(k, words::FINITE)
                    && !cues::is_reporting_verb(doc, k)
                    && !speakers::is_pronoun(doc, k)
            }
            TokenKind::Number => true,
            _ => doc.word(k) == "-" && !doc.tokens[k].space_before,
        })
        && !verb_after_that(doc, that)
}

/// `set-off-that`: "asserted — twice — that", "alleged - again falsely -
/// that": a phrase set off by spaced dashes between the cue and its "that".
fn set_off_before_that(doc: &Doc, from: usize, that: usize) -> bool {
    that > from + 2 && doc.is_spaced_dash(from) && doc.is_spaced_dash(that - 1)
}

/// A verb right after a "that" makes it a relative ("a letter that was leaked").
pub(super) fn verb_after_that(doc: &Doc, that: usize) -> bool {
    let after = that + 1;
    after < doc.tokens.len()
        && (doc.has(after, words::FINITE)
            || doc.has(after, words::IRREGULAR_PAST)
            || doc.word(after).ends_with("ed"))
}

/// How far past the cue a "that" may end an adjunct opened by a
/// preposition (`long-adjunct-that`).
const LONG_ADJUNCT_WINDOW: usize = 24;

/// Token `v` may be a verb, so an adjunct holding it is a clause: a finite
/// or irregular past form, or an "-ed" word after a capitalised word or a
/// pronoun ("in 1998, Lund allowed ...").
fn looks_like_verb_in_adjunct(doc: &Doc, v: usize) -> bool {
    doc.has(v, words::FINITE)
        || doc.has(v, words::IRREGULAR_PAST)
        || (doc.word(v).ends_with("ed")
            && v > 0
            && (doc.is_capitalized(v - 1) || speakers::is_pronoun(doc, v - 1)))
}

/// How many words the listener of "assured voters he ..." may have.
const LISTENER_WINDOW: usize = 3;

/// `listener-clause`: "assured voters he'd make them pay", "reminded Lund
/// she had to win", "has assured me it was done": after a verb that takes a
/// listener (`listener` in data/attribution_words.tsv, and "tell"), a short
/// listener (an object pronoun, a name, or a determiner and plain words) and
/// then a subject pronoun opening a finite clause: the claim starts at the
/// pronoun. "reminded voters of the record" has no clause: no claim.
/// `listener-noun-clause`: "told the crowd the old ferry was safe", "told
/// his staff the ferry was safe", "reminds staff the fees are due": after a
/// listener (a determiner or a possessive and plain words, bare plain
/// words, or an object pronoun: "reminded us the port had closed"), a
/// second determiner opening a finite clause (`finite::looks_finite`) is
/// the clause's subject; the claim starts there, not at the listener.
/// `listener-adjunct-clause`: the cue's adjuncts (`skip_adjuncts`) may
/// stand between the listener and its clause: "told the crew in a radio
/// talk it will close" (`adjunct-before-bare-clause`), "told the crew on
/// Friday the ferry was safe"; "reminded the crew in a letter of the fees"
/// has no clause.
fn listener_then_clause(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    let pronoun = is_listener_pronoun(doc, j);
    // (No listener words at `j`: "told reporters he met on the quay ...",
    // where the listener of "told" is behind `j` already.)
    let k = if pronoun {
        j + 1
    } else {
        listener_words_end(doc, j, end).unwrap_or(j)
    };
    if let Some(clause) = clause_after_listener_relative(doc, k, end) {
        return Some(clause);
    }
    if k == j {
        return None;
    }
    // `listener-adjunct-clause`: "told the crew in a radio talk it will
    // close", "told the crew on Friday it will close": the cue's adjuncts
    // may stand between the listener and the clause.
    let k = skip_adjuncts(doc, k, end);
    let subject = k < end && (speakers::is_pronoun(doc, k) || is_contracted_auxiliary(doc, k));
    // (A "that" there opens the clause; it is no determiner of its subject.)
    let noun_subject = || {
        k > j
            && k < end
            && speakers::is_determiner(doc, k)
            && !doc.is(k, "that")
            && looks_finite(doc, k, end)
    };
    ((subject && looks_like_clause(doc, k, end)) || noun_subject()).then_some(k)
}

/// `contact-relative-tail` on a listener: "told reporters he met on the
/// quay the ship had sunk", "told the men we spoke with that the ship had
/// sunk": a relative clause without a relative word opened by the subject
/// pronoun at `p` right after the listener, its verb with no object (a
/// preposition's phrase or a time phrase after it:
/// `speakers::contact_relative_tail`), ends where the claim opens: after a
/// "that" closing its tail (not a relative's, with a verb right after it),
/// or at a determiner or subject pronoun inside the tail that is no
/// preposition's object nor a time phrase ("the next day") and opens a
/// finite clause. Not "told reporters he met Lund on the quay" (the verb's
/// object: no relative), "told reporters he met on the quay" (no clause
/// after it: the pronoun opens the claim), nor a clause after a time noun
/// ("he stayed in Oslo the night the ship sank": the night's).
fn clause_after_listener_relative(doc: &Doc, p: usize, end: usize) -> Option<usize> {
    let tail = speakers::contact_relative_tail(doc, p)?;
    if tail.is_empty() || tail.end >= end {
        return None;
    }
    if doc.is(tail.end, "that") && !verb_after_that(doc, tail.end) {
        return Some(tail.end + 1);
    }
    // (The word before it ends the preposition's object; not a time noun,
    // whose own clause may follow: "in Oslo the night the ship sank".)
    let object_word = |k: usize| {
        (speakers::is_plain_word(doc, k)
            || speakers::is_name_word(doc, k)
            || doc.tokens[k].kind == TokenKind::Number)
            && !doc.has(k, words::TIME_NOUN)
            && !doc.has(k, words::PERIOD)
    };
    (tail.start + 1..=tail.end).find(|&k| {
        object_word(k - 1)
            && ((speakers::is_determiner(doc, k)
                && !speakers::is_time_word(doc, k + 1)
                && !doc.is(k, "that")
                && looks_finite(doc, k, end))
                || (doc.has(k, words::SUBJECT_PRONOUN) && looks_like_clause(doc, k, end)))
    })
}

/// An object pronoun standing alone as a listener ("reminded us", "warns
/// me"); not "her", which may be a possessive ("told her staff").
fn is_listener_pronoun(doc: &Doc, k: usize) -> bool {
    doc.has(k, words::OBJECT_PRONOUN) && !doc.is(k, "her")
}

/// The end of a listener at `j` made of an optional determiner and one to
/// `LISTENER_WINDOW` plain words ("the crew", "voters", "his staff"): no
/// pronoun, function word, auxiliary or cue among them.
fn listener_words_end(doc: &Doc, j: usize, end: usize) -> Option<usize> {
    let words_start = j + usize::from(speakers::is_determiner(doc, j));
    let mut k = words_start;
    while k < end
        && k - words_start < LISTENER_WINDOW
        && doc.tokens[k].kind == TokenKind::Word
        && !speakers::is_pronoun(doc, k)
        && !is_contracted_auxiliary(doc, k)
        && !doc.has(k, words::FUNCTION_WORD)
        && !doc.has(k, words::FINITE)
        && !cues::is_reporting_verb(doc, k)
    {
        k += 1;
    }
    (k > words_start).then_some(k)
}

/// `listener-topic`: "told the crew in a radio talk of the fees", "told
/// his staff about the quay": right after "told", a listener opened by a
/// determiner (`listener_words_end`), then a preposition, and nothing to
/// the sentence's end that may open or carry a clause (a "that", a
/// pronoun, an auxiliary, a past or "-ed" form): the listener, then
/// adjuncts or a topic; no clause, no claim. Not "told the crew the ferry
/// was safe" (`listener-noun-clause`), "told a rally of 900 in Bergen that
/// the port was safe", "told a news conference in Bergen on Friday he had
/// asked" (a clause after adjuncts), nor "told his staff never to speak of
/// it" (an order's "to" after the listener).
fn listener_then_topic(doc: &Doc, j: usize, end: usize) -> bool {
    let may_open_clause = |i: usize| {
        doc.is(i, "that")
            || speakers::is_pronoun(doc, i)
            || doc.has(i, words::FINITE)
            || doc.has(i, words::IRREGULAR_PAST)
            || (doc.tokens[i].kind == TokenKind::Word && doc.word(i).ends_with("ed"))
    };
    speakers::is_determiner(doc, j)
        // (A "to" after it opens an order: "told his staff never to speak".)
        && listener_words_end(doc, j, end).is_some_and(|k| {
            (doc.has(k, words::PHRASE_PREPOSITION) || doc.has(k, words::POSTMODIFIER_PREPOSITION))
                && !doc.is(k, "to")
                && !(k..end).any(may_open_clause)
        })
}

/// How many modifiers may stand before the noun object of "told".
const TOLD_OBJECT_MODIFIERS: usize = 3;

/// `told-object`: after "told" at `j`, a determiner, up to a few lowercase
/// modifiers and a `told-object` noun ("the story", "a joke", "the largely
/// unsubstantiated tale"): the noun object of the verb. "told the crowd the
/// ferry was late" has none.
fn told_object(doc: &Doc, j: usize, end: usize) -> bool {
    let determiner = speakers::is_determiner(doc, j);
    let first = j + usize::from(determiner);
    let mut k = first;
    while determiner
        && k < end
        && k - first < TOLD_OBJECT_MODIFIERS
        && !doc.has(k, words::TOLD_OBJECT)
        && doc.tokens[k].kind == TokenKind::Word
        && !doc.is_capitalized(k)
        && !doc.has(k, words::FUNCTION_WORD)
        && !doc.has(k, words::FINITE)
    {
        k += 1;
    }
    doc.has(k, words::TOLD_OBJECT)
}

/// `pronoun-object`: "said it in the debate", "explained this in the past",
/// "a week after she said them, but ...", "asserted itself into the race": a
/// pronoun right after the cue (`cue-object-pronoun` in
/// data/grammar_words.tsv) followed by a preposition, the end of the
/// sentence or ", and"/", but" is the cue's object; no clause follows.
/// "said it was late", "said this would pass", "said it, too, would close"
/// are clauses.
fn is_pronoun_object(doc: &Doc, k: usize, end: usize) -> bool {
    if !doc.has(k, words::CUE_OBJECT_PRONOUN) {
        return false;
    }
    let next = k + 1;
    next >= end
        || matches!(doc.word(next), "." | ";" | "!" | "?" | ")")
        || (doc.is(next, ",") && doc.has(next + 1, words::ATTRIBUTION_CONJUNCTION))
        || doc.has(next, words::NOT_A_CLAUSE)
        || doc.has(next, words::ADJUNCT_PREPOSITION)
        || doc.has(next, words::SUBJECT_OBJECT_PREPOSITION)
}

/// `on-gerund-complement`: "insisted on paying the bill himself, ...",
/// "has insisted on keeping the port open": "on" right after the cue and before
/// a gerund is the cue's complement (what the speaker demands), no clause,
/// whatever a comma lets follow. "said on Friday", "said on morning radio"
/// (a time word) keep their clause.
fn is_gerund_complement(doc: &Doc, k: usize) -> bool {
    doc.is(k, "on") && is_participial_adjunct(doc, k + 1) && !doc.has(k + 1, words::TIME)
}

/// `approximate-count`: "about" at `k` means "approximately" when a number
/// or a fraction follows it ("said about 20 people came", "said about half
/// of the rise came from fees", "about a third"); then the clause's subject
/// opens there. "said about the plan" is a topic, no clause.
fn approximates_a_count(doc: &Doc, k: usize) -> bool {
    let count = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || doc.has(i, words::FRACTION)
    };
    doc.is(k, "about")
        && (count(k + 1) || ((doc.is(k + 1, "a") || doc.is(k + 1, "one")) && count(k + 2)))
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
            // `said "leaner offices" and the unpaid fines would cover it`:
            // a coordinated subject, then the verb; `testified "thousands" of
            // files had not been handed over`: a preposition's phrase
            // completes the subject before the verb.
            let subject_goes_on = doc.is(c + 1, "and")
                || doc.is(c + 1, "or")
                || doc.has(c + 1, words::PHRASE_PREPOSITION);
            let verb_follows = || {
                (c + 2..(c + 2 + COORDINATED_SUBJECT_WINDOW).min(doc.tokens.len()))
                    .take_while(|&v| {
                        doc.tokens[v].kind == TokenKind::Word
                            && !cues::is_reporting_verb(doc, v)
                            && !speakers::is_pronoun(doc, v)
                            && !speakers::is_relative(doc, v)
                            && !doc.is(v, "that")
                    })
                    .any(|v| v > c + 2 && finite(v))
            };
            // `quote-before-name-subject`: `said "of course" Berg has the
            // skills`: a name after the closing mark, then its finite verb,
            // is the clause's subject (not a cue: `"...," Berg said`).
            let name_subject = || {
                // (Same sentence, no stop closing the quote: `yelled "Stay
                // there!"` ⏎ `Boos got louder` is no clause.)
                if c + 1 >= doc.tokens.len()
                    || doc.sentence_of(c + 1) != doc.sentence_of(k)
                    || matches!(doc.word(c - 1), "." | "!" | "?" | ",")
                {
                    return false;
                }
                let mut v = c + 1;
                while v < doc.tokens.len() && v < c + 4 && speakers::is_name_word(doc, v) {
                    v += 1;
                }
                v > c + 1 && v < doc.tokens.len() && finite(v) && !cues::is_reporting_verb(doc, v)
            };
            ((finite(c + 1) || (subject_goes_on && verb_follows())) && !doc.is_capitalized(c + 1))
                || name_subject()
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
    if doc.has(k, words::TIME_SUBORDINATOR) {
        return no_comma();
    }
    // "said after the congress she would not ...": a clause follows the phrase.
    doc.has(k, words::TIME_PREPOSITION)
        && no_comma()
        && !(k + 1..end).any(|i| doc.has(i, words::FINITE) || doc.has(i, words::IRREGULAR_PAST))
}

/// "told the crowd that", "told an invited audience at the club that": after
/// "told", plain words up to a "that" name the listener, and the "that" opens the claim.
fn told_listener(doc: &Doc, cue: &Range<usize>, from: usize, that: usize) -> bool {
    doc.has(cue.start, words::TELL)
        && (from..that).all(|k| {
            doc.tokens[k].kind == TokenKind::Word && !cues::is_reporting_verb(doc, k)
                || doc.is_clitic_s(k)
        })
}

/// "warned voters that", "assured the markets that": after a verb that takes
/// a listener (`listener` in data/attribution_words.tsv), a determiner and
/// up to two plain words before "that" are the listener.
fn listener_before_that(doc: &Doc, cue: &Range<usize>, from: usize, that: usize) -> bool {
    let mut k = from;
    if speakers::is_determiner(doc, k) {
        k += 1;
    }
    doc.has(cue.start, super::words::LISTENER)
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
        || doc.has(before, super::words::ADJUNCT)
        || doc.has(before, super::words::TIME)
        || doc.has(before, super::words::ADDRESSEE)
        || is_weekday_or_month(doc, before)
        || cues::is_reporting_verb(doc, before)
        || (w.len() > 4 && w.ends_with("ly"))
        || doc.has(before, words::BEFORE_THAT)
        // "has said for months that".
        || (before > 0 && doc.is(before - 1, "for") && doc.has(before, words::TIME_NOUN))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `listener_then_topic` right after the first "told".
    fn topic_after_told(text: &str) -> bool {
        let doc = Doc::new(text);
        let told = doc.first_token("told");
        listener_then_topic(&doc, told + 1, doc.tokens.len())
    }

    #[test]
    fn a_listener_then_a_preposition_and_no_verb_is_a_topic() {
        // Marks: `listener-topic`.
        assert!(topic_after_told(
            "Berg told the crew in a radio talk of the fees."
        ));
        assert!(topic_after_told("Berg told his staff about the quay."));
        // Not a clause after the listener, nor an order's "to", nor a
        // listener with no determiner.
        assert!(!topic_after_told(
            "Berg told the crew in Bergen the ferry was safe."
        ));
        assert!(!topic_after_told(
            "Berg told his staff never to speak of the quay when they met."
        ));
        assert!(!topic_after_told("Berg told reporters about the quay."));
        assert!(!topic_after_told(
            "Berg told a rally of 900 in Bergen that the port was safe."
        ));
        assert!(!topic_after_told(
            "Berg told a news conference in Bergen on Friday he had asked."
        ));
    }
}
