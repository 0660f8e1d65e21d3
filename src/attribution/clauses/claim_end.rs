//! Where a reported claim ends: the sentence end, or earlier at another act, another attribution or a cue that follows.
use super::*;
use crate::attribution::cue_patterns::{COMPARED_WITH, CONCESSION};

/// Where a claim starting at `start` ends: the sentence end, or a comma
/// before another attribution (", stressing that", ", he said").
pub(in crate::attribution) fn clause_end(doc: &Doc, start: usize, end: usize) -> usize {
    let mut brackets = 0usize;
    // The closing mark of a quote opened inside the claim, the token past
    // it (a doubled mark `''` is two tokens) and whether its marks are double.
    let mut quote_close = start;
    let mut quote_after = start;
    let mut quote_double = false;
    for k in start..end {
        if doc.tokens[k].kind == TokenKind::Quote && k >= quote_close {
            let at = doc.quotes.partition_point(|q| q.open < k);
            if let Some((q, close)) = doc
                .quotes
                .get(at)
                .filter(|q| q.open == k)
                .and_then(|q| Some((q, q.close?)))
            {
                quote_close = close;
                quote_after = q.after;
                quote_double = q.double;
            }
        }
        // "(Lund said the ferry was late.) and ...": a bracket opened before the claim.
        match doc.word(k) {
            "(" => brackets += 1,
            ")" if brackets == 0 => return k,
            ")" => brackets -= 1,
            _ => {}
        }
        // `headline-next-verb`: "Lund Says Fares Rose, Calls Levy 'Unfair'":
        // in a title-case headline a comma and a capitalised cue or naming
        // verb open the speaker's next act (the headline drops its "and").
        if doc.word(k) == ","
            && k > start
            && k + 1 < end
            && doc.is_capitalized(k + 1)
            && (cues::is_reporting_verb(doc, k + 1) || doc.has(k + 1, words::NAMING_VERB))
            && cues::is_title_case(doc, doc.sentences[doc.sentence_of(k)].clone())
        {
            return k;
        }
        // "... and warned that ...", "... but noted that ...", "... and rivals
        // said ...": a coordinated cue starts a claim of its own; not inside
        // a quote opened in the claim (`said the board had "read the
        // complaints and concluded they were wrong"`: the speaker's words).
        if doc.has(k, words::PLAIN_COORDINATOR)
            && k > start
            && k >= quote_close
            && (((cues::is_reporting_verb(doc, k + 1)
                // "but on Tuesday said ...": past an adjunct (`adjunct-coordinated-verb`).
                || cues::is_reporting_verb(doc, skip_adjuncts(doc, k + 1, end)))
                && !modal_coordinated_verb(doc, start, k))
                || speakers::phrase_after(doc, k + 1, end)
                    .is_some_and(|p| cue_follows(doc, p.end, end))
                || plain_subject_and_cue(doc, k + 1, end)
                || subject_stretch_and_cue(doc, k + 1, end))
        {
            return k;
        }
        // `directive-next-act`: "said the vote was fair and urged calm":
        // "and" before a past directive with no subject of its own.
        if doc.is(k, "and") && k > start && k >= quote_close && is_directive_act(doc, k + 1) {
            return k;
        }
        // `but-next-act`: "Lund said the port was shut, but agreed to ...",
        // "said he would vote but did not say for whom": "but" and a past
        // tense with no subject of its own is the speaker's next act; not
        // after "be" and one word ("should be cut but moved to ...": two
        // participles of one passive).
        if doc.is(k, "but")
            && k > start + 1
            && k >= quote_close
            && !doc.has(k - 2, words::BE)
            && is_but_next_act(doc, k + 1)
        {
            return k;
        }
        // `share-comparison`: "they back the levy, while 30 percent oppose
        // it", "..., compared with 12 percent": another share of the poll.
        if k > start && k >= quote_close && share_comparison(doc, start, k, end) {
            return k;
        }
        // A semicolon joins a clause of its own; a colon opening a quote
        // (`said Berg would have: "..."`) ends the reported words.
        // `semicolon-series`: not a semicolon before a past act with no subject of
        // its own after a past claim (`said they had met the mayor;
        // written to the board; and marched to the quay`): the claim's
        // subject's next act in a series.
        if ((doc.word(k) == ";" && !semicolon_series(doc, start, k))
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
        // "his anti-tax remarks were ...": a hyphen inside a word is no dash.
        if doc.word(k) == "-" && !doc.tokens[k].space_before {
            continue;
        }
        if doc.word(k) != "," {
            if k >= quote_close
                && doc.is_spaced_dash(k)
                && (is_tail_apposition(doc, k, end) || dash_concession(doc, k, end))
            {
                return k;
            }
            // "... - but Kolb said ...", "— and he noted that ...": another cue begins.
            let mut p = k + 1;
            if doc.has(p, words::PLAIN_COORDINATOR) {
                p += 1;
            }
            if speakers::phrase_after(doc, p, end).is_some_and(|ph| cue_follows(doc, ph.end, end))
                || (doc.word(k) != "but"
                    && doc.tokens[k].space_before
                    && plain_subject_and_cue(doc, p, end))
            {
                return k;
            }
            // `speaker-next-act` after a spaced dash: "said the fares were
            // fair — and she singled out the board".
            if k >= quote_close && doc.is_spaced_dash(k) && speaker_next_act(doc, k, end) {
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
        // (`said that, according to X, ...`: a source opening the claim is
        // interposed in it, not a further attribution.)
        // `gerund-subject`: "admit that, given the storm, raising fares
        // will not be easy": before the claim's verb, an "-ing" word after
        // a comma and before an auxiliary is its clause's subject, no adjunct.
        if !in_quote
            && (starts_participle(doc, k + 1)
                || (is_participial_adjunct(doc, k + 1) && !gerund_subject(doc, start, k, end)))
            && !(k == start && cues::according_to(doc, k + 1))
        {
            return k;
        }
        if !in_quote && is_tail_apposition(doc, k, end) {
            return k;
        }
        // ", as have other members", ", as was the case": a comparison with
        // another subject.
        if !in_quote && doc.is(k + 1, "as") && doc.has(k + 2, words::FINITE) {
            return k;
        }
        // ", implicitly putting ...": an adverb before the participle;
        // `subordinate-participle`: ", while touring the plant", ", before
        // heading home": a subordinator before it, the main clause's adjunct.
        if k + 2 < end
            && (doc.word(k + 1).ends_with("ly")
                || (!in_quote
                    && doc.has(k + 1, words::SUBORDINATOR)
                    // (after the claim's verb: "said the crew, while touring
                    // the plant, found a leak" goes on)
                    && (start..k).any(|i| looks_like_verb(doc, i))))
            && is_participial_adjunct(doc, k + 2)
        {
            return k;
        }
        // `coordinated-subordinate-participle`: ", and when asked about
        // it, she said ...", ", but once pressed on the cost, ...": the
        // speaker's next act, a subordinator and a participle after ", and"
        // or ", but" (`subordinate-participle` after a coordinator).
        if !in_quote
            && doc.has(k + 1, words::PLAIN_COORDINATOR)
            && doc.has(k + 2, words::SUBORDINATOR)
            && k + 3 < end
            && (is_participial_adjunct(doc, k + 3)
                || (doc.word(k + 3).len() > 4
                    && doc.word(k + 3).ends_with("ed")
                    && doc.word(k + 3).chars().all(char::is_lowercase)))
            && (start..k).any(|i| looks_like_verb(doc, i))
        {
            return k;
        }
        // `relative-attribution`: ", which he called "a cartel"", ", whom
        // she described as ...", ", which he said would ...": a relative
        // clause whose own subject speaks is a further attribution.
        if !in_quote && relative_attribution(doc, k, end) {
            return k;
        }
        // ", he said." / ", officials added", ", 39 have said": the
        // attribution of a further claim.
        if speakers::phrase_after(doc, k + 1, end).is_some_and(|p| cue_follows(doc, p.end, end))
            || subject_stretch_and_cue(doc, k + 1, end)
        {
            return k;
        }
        // `said that "we will reopen," he added`, `said the fares were
        // "fair," adding that ...`: the same after the quote the comma
        // closes; the claim keeps its quoted words.
        if k + 1 == quote_close
            && quote_after < end
            && (speakers::phrase_after(doc, quote_after, end)
                .is_some_and(|p| cue_follows(doc, p.end, end))
                || subject_stretch_and_cue(doc, quote_after, end)
                || starts_participle(doc, quote_after)
                || is_participial_adjunct(doc, quote_after)
                || (doc.has(quote_after, words::SUBORDINATOR)
                    && is_participial_adjunct(doc, quote_after + 1)))
        {
            return quote_after;
        }
        // "said taxes would rise, and encouraged voters to ...": after a
        // claim whose verb is a modal or a present, ", and" and a past tense
        // with no subject of its own is the speaker's next act.
        if !in_quote && doc.is(k + 1, "and") && k + 2 < end && is_next_act(doc, start, k) {
            return k;
        }
        // `speaker-next-act`: "Lund said the vote was fair, but he warned
        // that ...": ", and"/", but"/", although"... and "he"/"she" before
        // a past tense.
        if !in_quote && speaker_next_act(doc, k, end) {
            return k;
        }
        // `contrast-next-act`: "Lund said the port should close, while the
        // mayor's office weighed in on Monday": another actor's past act.
        if !in_quote && contrast_next_act(doc, start, k, end) {
            return k;
        }
        // ", though she noted ...", ", and rights groups warned that ...".
        if joins_another_attribution(doc, k + 1, end) {
            return k;
        }
    }
    // `said the rules were "too loose. We will fix them."`: a quote opened
    // in the claim runs on past the sentence end; the claim ends with it.
    // Only a double mark: a single one may be an apostrophe ("in ‘08").
    if quote_close >= end && quote_double {
        return quote_after;
    }
    end
}

/// `said the rally was calm, a swipe at his critics`, `- a claim that the
/// party denies`: after the comma or dash at `k`, a noun phrase opened by
/// "a"/"an" runs to the sentence end with no verb of its own outside a
/// relative clause: the writer's comment on the whole claim, not part of
/// it. Not after a name ("Lund, a former aide, ..."), nor when a dash
/// pair sets it off inside the sentence.
pub(super) fn is_tail_apposition(doc: &Doc, k: usize, end: usize) -> bool {
    if !doc.has(k + 1, words::INDEFINITE_ARTICLE) || k == 0 || doc.is_capitalized(k - 1) {
        return false;
    }
    // Within a window, so that a long sentence of commas stays linear: a
    // relative clause before any verb, or the sentence end inside it.
    let window_end = end.min(k + TAIL_APPOSITION_WINDOW);
    for i in k + 2..window_end {
        // (`zero-relative`: "a proposal he has raised", "a plan the board
        // shelved": a subject right after the head noun opens a relative
        // clause without "that".)
        if is_relative_word(doc, i) || opens_zero_relative(doc, i) {
            return true;
        }
        if breaks_tail_apposition(doc, i) {
            return false;
        }
    }
    window_end == end
}

/// `dash-concession`: after the spaced dash at `k`, "though", "although" or
/// "even though" opens the writer's counterpoint to the claim (`said the
/// port was safe - though the crew had left`), not part of it: the claim
/// ends at the dash. Not when a second spaced dash closes the phrase inside
/// the sentence (`said the plan - though costly - would pass`).
fn dash_concession(doc: &Doc, k: usize, end: usize) -> bool {
    CONCESSION.right(doc, k + 1).is_some()
        && !(k + 2..end.min(k + TAIL_APPOSITION_WINDOW)).any(|i| doc.is_spaced_dash(i))
}

/// How far after its comma a tail apposition may run to the sentence end.
const TAIL_APPOSITION_WINDOW: usize = 40;

fn is_relative_word(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::RELATIVE_OPENER) || doc.is(i, "that") || doc.is(i, "when")
}

/// A pronoun or "the" at `i` right after a plain lowercase word (the head
/// noun of "a plan the board shelved").
fn opens_zero_relative(doc: &Doc, i: usize) -> bool {
    (speakers::is_pronoun(doc, i) || doc.is(i, "the"))
        && doc.tokens[i - 1].kind == TokenKind::Word
        && !doc.is_capitalized(i - 1)
        && !doc.has(i - 1, words::FUNCTION_WORD)
}

/// A verb, dash, quote or clause mark: the phrase is no tail apposition.
fn breaks_tail_apposition(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::FINITE)
        || doc.has(i, words::IRREGULAR_PAST)
        || doc.is_spaced_dash(i)
        || doc.tokens[i].kind == TokenKind::Quote
        || matches!(doc.word(i), ";" | ":")
}

/// `relative-attribution` at the comma `k`: ", which he said would ...",
/// ", whom she described as ...": a relative clause whose own subject speaks.
pub(in crate::attribution) fn relative_attribution(doc: &Doc, k: usize, end: usize) -> bool {
    doc.word(k) == ","
        && doc.has(k + 1, words::SUBJECT_RELATIVE)
        && speakers::phrase_after(doc, k + 2, end).is_some_and(|p| speaks_at(doc, p.end, end))
}

/// `modal-coordinated-verb`: "said he would sit the mayor down and tell
/// him ...": a bare verb after "and" at `k` shares a modal of the claim
/// ("would", "will", "could", "'d"): a second verb of the reported words,
/// no cue of the speaker's.
fn modal_coordinated_verb(doc: &Doc, start: usize, k: usize) -> bool {
    let w = doc.word(k + 1);
    // (The modal's own clause: none past a comma, "if he would ..., he looked".)
    let clause = (start..k).rev().take_while(|&i| doc.word(i) != ",");
    w.chars().all(char::is_lowercase)
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && w != "said"
        && !doc.has(k + 1, words::IRREGULAR_PAST)
        && clause.into_iter().any(|i| {
            // ("he'd", "they ’d": a contracted "would"; "d" is the only
            // contracted tail ending so.)
            doc.has(i, words::MODAL)
                || (is_contracted_auxiliary(doc, i) && doc.word(i).ends_with('d'))
        })
}

/// `share-comparison` at `k`: the claim opens with "they" (the share of a
/// poll that said it: "Forty percent said they back the levy") and a comma,
/// a conjunction of `attribution-conjunction` or "compared with"/"to" at `k`
/// comes before another count ("while 30 percent oppose it", ", compared
/// with 12 percent", ", 34 percent against"): the writer's comparison with
/// another share, not what the first share said. When the cue's subject is
/// itself counted (`share_speaker`: "47 percent said they ..."), the claim
/// ends at its first comma whatever follows (", however the figure has
/// fallen", ", with similar levels among the young"): the writer's words
/// on the poll. A conjunction with no
/// comma needs a verb right after the count ("and 160 have not chosen"):
/// "they bought two boats and three cars" is one claim; a span of time
/// ("they left, 20 years ago, for the city") stays in it too.
fn share_comparison(doc: &Doc, start: usize, k: usize, end: usize) -> bool {
    if !doc.is(start, "they") {
        return false;
    }
    let comma = doc.word(k) == ",";
    // The share's own claim ends at its first comma ("47 percent said they
    // back Holm, however the figure has fallen"); not a phrase set off
    // right after "they" ("they, too, would stay").
    if comma && k > start + 1 && doc.word(start + 1) != "," && share_speaker(doc, start) {
        return true;
    }
    let mut c = k + usize::from(comma);
    let bare_conjunction = !comma && doc.has(c, words::ATTRIBUTION_CONJUNCTION);
    if let Some(compared) = COMPARED_WITH.right(doc, c) {
        c = compared.end;
    } else if doc.has(c, words::ATTRIBUTION_CONJUNCTION) {
        c += 1;
    }
    c > k
        // (Not a span of time: "they left, 20 years ago, for the city".)
        && count_at(doc, c, end).is_some_and(|count| {
            !doc.has(count + 1, words::TIME_NOUN)
                && (!bare_conjunction || doc.has(count + 1, words::FINITE))
        })
}

/// The cue right before `start` has a counted subject: within the few
/// words before the claim, none of them punctuation but a percent sign, a
/// count opens a phrase, after punctuation or "with" ("47 percent said",
/// "Nearly eight in 10 voters overall said", "with 22 percent saying").
/// Not a count after a preposition ("In 2015 the crews said they ...").
fn share_speaker(doc: &Doc, start: usize) -> bool {
    (start.saturating_sub(SHARE_SUBJECT_WINDOW)..start)
        .rev()
        .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct || doc.word(i) == "%")
        .any(|i| {
            count_at(doc, i, start).is_some()
                && (i == 0 || doc.tokens[i - 1].kind != TokenKind::Word || doc.is(i - 1, "with"))
        })
}

/// How many words before the claim a share's count may stand (its cue and
/// a "that" among them).
const SHARE_SUBJECT_WINDOW: usize = 10;

/// `speaker-next-act`: at `k` (a comma or spaced dash) ", and"/", but"...
/// and "he"/"she" before a past tense, past one word ("and he later
/// reopened it", "he again refused").
fn speaker_next_act(doc: &Doc, k: usize, end: usize) -> bool {
    doc.has(k + 1, words::ATTRIBUTION_CONJUNCTION)
        && doc.has(k + 2, words::PERSON_SUBJECT_PRONOUN)
        && k + 3 < end
        && (is_past_act(doc, k + 3)
            || ((doc.has(k + 3, words::BETWEEN_SUBJECT_AND_VERB)
                || (doc.word(k + 3).chars().all(char::is_lowercase)
                    && !doc.has(k + 3, words::FUNCTION_WORD)
                    && !doc.has(k + 3, words::FINITE)))
                && is_past_act(doc, k + 4)))
}

/// `semicolon-series` at the semicolon `k`: "and" or nothing, then a
/// lowercase past act with no subject ("written", "marched"), after a
/// claim with no modal or present verb: one more act of the claim's own
/// subject in a series the semicolons separate.
///
/// Marks: `Holm said they had met the mayor; marched to the quay; and
/// handed in a letter.` (one claim to "letter").
/// Not: `Holm said the port will close; reopened ferries run late.` (a
/// present claim: "reopened" opens a clause of its own), `Holm said the
/// port was shut; the crew left.` (a subject of its own).
fn semicolon_series(doc: &Doc, start: usize, k: usize) -> bool {
    let verb = if doc.is(k + 1, "and") { k + 2 } else { k + 1 };
    is_past_act(doc, verb) && !(start..k).any(|i| doc.has(i, words::NOT_PAST))
}

/// `contrast-next-act` at the comma `k`: ", while"/", whereas" (`data/grammar_words.tsv`:
/// `contrast-conjunction`), a subject of a few plain words and a past act
/// (an "-ed" word or an irregular past, not "was"/"were") after a claim
/// whose verb is a modal or a present and which has no past of its own:
/// the tenses cannot share one report, so the writer sets another actor's
/// act beside the claim and the claim ends at the comma.
///
/// Marks: `Lund said the port should close, while the mayor's office
/// weighed in on Monday.` (claim: "the port should close").
/// Not: `Lund said the port is busy, while the quay was empty.` ("was":
/// a comparison of the speaker's), `Lund said the port closed, while the
/// quay stayed open.` (past beside past: one report), `Lund said the port
/// is busy, while the quay has room.` (no past).
fn contrast_next_act(doc: &Doc, start: usize, k: usize, end: usize) -> bool {
    if !doc.has(k + 1, words::CONTRAST_CONJUNCTION)
        || !(start..k).any(|i| doc.has(i, words::NOT_PAST))
        || (start..k).any(|i| is_past_act(doc, i) || doc.has(i, words::PAST_AUXILIARY))
    {
        return false;
    }
    (k + 3..end.min(k + 2 + CONTRAST_SUBJECT_WINDOW))
        .take_while(|&i| {
            doc.tokens[i - 1].kind == TokenKind::Word && !doc.has(i - 1, words::FINITE)
        })
        .any(|i| is_past_act(doc, i) && !doc.has(i, words::PAST_AUXILIARY))
}

/// How many words of subject `contrast-next-act` reads before the verb.
const CONTRAST_SUBJECT_WINDOW: usize = 7;

/// The claim `start..k` has a modal or present verb ("would rise", "are")
/// and ", and" at `k` comes before a lowercase past tense ("encouraged").
pub(super) fn is_next_act(doc: &Doc, start: usize, k: usize) -> bool {
    is_past_act(doc, k + 2) && (start..k).any(|i| doc.has(i, words::NOT_PAST))
}

/// `directive-next-act` at `v` (right after "and"): a lowercase past
/// directive (`directive` in data/attribution_words.tsv, "urged") is the
/// speaker's next act, as a coordinated cue is: no cue itself (the spec),
/// but no part of what was said either.
///
/// Marks: `Lund said she was disappointed and urged calm.` (claim: "she
/// was disappointed"), `Berg said the port was safe, and urged skippers to
/// sail.` Not: `Lund said she would urge calm.` (no "and"), `Lund said the
/// mayor lied and urges calm.` (a present form: the mayor's act in the
/// claim may read so; only the past, the narration's tense, is taken).
fn is_directive_act(doc: &Doc, v: usize) -> bool {
    doc.has_lowercase(v, words::DIRECTIVE) && doc.word(v).ends_with("ed")
}

/// From `v` (right after "but"), a past tense with no subject before it:
/// "agreed", "also warned", "did not say".
fn is_but_next_act(doc: &Doc, v: usize) -> bool {
    let did = doc.is(v, "did");
    let mut verb = v;
    while doc.has(verb, words::BETWEEN_SUBJECT_AND_VERB) || doc.is(verb, "not") {
        verb += 1;
    }
    is_past_act(doc, verb) || (did && verb > v + 1 && doc.is(v + 1, "not"))
}

/// A verb form at `i`: a finite auxiliary, an irregular past or an "-ed" word.
fn looks_like_verb(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::FINITE) || doc.has(i, words::IRREGULAR_PAST) || doc.word(i).ends_with("ed")
}

/// A lowercase past tense at `verb`: "-ed" ("warned"; not "-ed by", a
/// passive) or an irregular past ("took").
fn is_past_act(doc: &Doc, verb: usize) -> bool {
    // (`verb` may be past the last token: the word only after the check.)
    if doc
        .tokens
        .get(verb)
        .is_none_or(|t| t.kind != TokenKind::Word)
    {
        return false;
    }
    let w = doc.word(verb);
    w.chars().all(char::is_lowercase)
        && (w.len() > 4 && w.ends_with("ed") || is_plain_past(doc, verb) || doc.is(verb, "said"))
        && !doc.is(verb + 1, "by")
}

/// How far after a conjunction the cue of a plain noun phrase subject may come.
pub(super) const PLAIN_SUBJECT_WINDOW: usize = 10;

/// At `k` (after a comma) a conjunction opens a clause whose subject speaks:
/// another attribution, not part of the claim.
pub(super) fn joins_another_attribution(doc: &Doc, k: usize, end: usize) -> bool {
    if !doc.has(k, words::ATTRIBUTION_CONJUNCTION) {
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
    // ", and the 41-year-old father of three replied": a determiner opens a
    // plain noun phrase (any noun) before a cue.
    let plain = || {
        let verb = (subject + 1..(subject + PLAIN_SUBJECT_WINDOW).min(end))
            .find(|&v| cues::is_reporting_verb(doc, v))?;
        let group = cues::verb_group_start(doc, verb, subject);
        crate::attribution::direct::plain_phrase_before(doc, group, subject)
    };
    phrase
        .filter(|p| cue_follows(doc, p.end, end))
        .or_else(plain)
        .is_some()
        || plain_subject_and_cue(doc, subject, end)
        || subject_stretch_and_cue(doc, subject, end)
}

/// From `k`, the subject stretch of a reporting verb that comes within a
/// few words ("nearly two in five said", "others have said", "most of
/// the delegates told"): the whole stretch from `k` to the verb group reads
/// as its subject noun phrase (the test the speaker finder uses), so a
/// clause of another attribution starts at `k`.
pub(super) fn subject_stretch_and_cue(doc: &Doc, k: usize, end: usize) -> bool {
    let Some(verb) = (k + 1..(k + PLAIN_SUBJECT_WINDOW).min(end)).find(|&v| {
        cues::is_reporting_verb(doc, v)
            || !matches!(doc.tokens[v].kind, TokenKind::Word | TokenKind::Number)
    }) else {
        return false;
    };
    if !cues::is_reporting_clause_verb(doc, verb)
        || cues::is_reporting_noun(doc, verb)
        || doc.word(verb).ends_with("ing")
    {
        return false;
    }
    // "the requests were denied": a passive is no cue.
    if doc.has(verb - 1, words::BE) {
        return false;
    }
    let group = cues::verb_group_start(doc, verb, k);
    // The phrase fills the stretch: at most a determiner before it, no
    // relative clause or other words after it ("focused on whether it
    // disclosed" is no subject).
    speakers::clause_subject(doc, group, k).is_some_and(|(phrase, stretch)| {
        stretch == k
            && phrase.start <= k + 1
            // A noun phrase: no verb form opening it, no pronoun or
            // function word inside but "of"/"in" ("most of the
            // delegates", "two in five").
            && !(doc.word(phrase.start).ends_with("ed") || doc.word(phrase.start).ends_with("ing"))
            && phrase.clone().all(|i| {
                !speakers::is_pronoun(doc, i)
                    && (!doc.has(i, words::FUNCTION_WORD)
                        || speakers::is_determiner(doc, i)
                        || doc.is(i, "of")
                        || doc.is(i, "in")
                        || doc.is(i, "than"))
            })
            && (phrase.end..group).all(|i| doc.word(i).ends_with("ly") || doc.has(i, words::FINITE))
    })
}

/// How many words a plain subject before a further cue may have.
const PLAIN_SUBJECT_WORDS: usize = 5;

/// From `k`, a short noun phrase of plain words and numbers ("others",
/// "60 percent", "many Democrats") and then a reporting verb after its
/// subject ("said", "say"): the subject and cue of another attribution,
/// which ends the claim before it. No function word but a determiner, no
/// verb-like word ("-ed"), no cue that is also a noun ("remarks").
pub(super) fn plain_subject_and_cue(doc: &Doc, k: usize, end: usize) -> bool {
    let mut v = k;
    while v < end && v - k < PLAIN_SUBJECT_WORDS {
        let w = doc.word(v);
        // ("three-quarters", "two-thirds": a hyphen inside a word.)
        let plain = doc.tokens[v].kind == TokenKind::Number
            || (w == "-"
                && v > k
                && !doc.tokens[v].space_before
                && doc.tokens.get(v + 1).is_some_and(|t| !t.space_before))
            || (doc.tokens[v].kind == TokenKind::Word
                && (!doc.has(v, words::FUNCTION_WORD) || speakers::is_determiner(doc, v))
                && !doc.has(v, words::FINITE)
                && !(w.ends_with("ed") || w.ends_with("ing")));
        if !plain || cues::is_reporting_verb(doc, v) {
            break;
        }
        v += 1;
    }
    v > k
        && v < end
        && cues::is_reporting_clause_verb(doc, v)
        && !cues::is_reporting_noun(doc, v)
        && !doc.word(v).ends_with("ing")
        && !speakers::is_determiner(doc, v - 1)
}

/// A reporting verb or a verb that makes quoted words its subject's
/// ("called", "described") at `v`, past auxiliaries and adverbs.
fn speaks_at(doc: &Doc, mut v: usize, end: usize) -> bool {
    while v < end && doc.has(v, words::BEFORE_CUE) {
        v += 1;
    }
    v < end && (cues::is_reporting_verb(doc, v) || doc.has_lowercase(v, words::QUOTING_VERB))
}

/// A reporting verb at `v`, past auxiliaries and adverbs ("has also said").
pub(in crate::attribution) fn cue_follows(doc: &Doc, mut v: usize, end: usize) -> bool {
    while v < end && doc.has(v, words::BEFORE_CUE) {
        v += 1;
    }
    v < end && cues::is_reporting_verb(doc, v)
}

/// How many tokens a gerund's phrase may run to its auxiliary.
const GERUND_WINDOW: usize = 8;

/// `gerund-subject`: the "-ing" word after the comma at `comma` opens the
/// claim's subject: no verb stands before the comma, and an auxiliary
/// follows it within a few words with no comma between ("..., raising the
/// fares will not be easy").
fn gerund_subject(doc: &Doc, start: usize, comma: usize, end: usize) -> bool {
    !(start..comma).any(|i| looks_like_verb(doc, i))
        && (comma + 2..end.min(comma + GERUND_WINDOW))
            .take_while(|&i| doc.word(i) != ",")
            .any(|i| doc.has(i, words::FINITE))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The claim's text when it starts right after the first "said".
    fn claim_after_said(text: &str) -> String {
        let doc = Doc::new(text);
        let start = (0..doc.tokens.len()).find(|&k| doc.is(k, "said")).unwrap() + 1;
        let s = doc.sentences.iter().find(|s| s.contains(&start)).unwrap();
        let claim = trim_claim(&doc, start..clause_end(&doc, start, s.end));
        doc.span_of(claim).slice(text).to_string()
    }

    #[test]
    fn contrast_next_act_ends_a_present_claim_before_another_actors_past_act() {
        assert_eq!(
            claim_after_said(
                "Lund said the port should close, while the mayor's office weighed in on Monday."
            ),
            "the port should close"
        );
        assert_eq!(
            claim_after_said("Lund said the fares are fair, whereas rival firms raised theirs."),
            "the fares are fair"
        );
        // Not a comparison with "was", a past beside a past, nor no past.
        for text in [
            "Lund said the port is busy, while the quay was empty.",
            "Lund said the port closed, while the quay stayed open.",
            "Lund said the port is busy, while the quay has room.",
        ] {
            let whole = text["Lund said ".len()..text.len() - 1].to_string();
            assert_eq!(claim_after_said(text), whole, "{text}");
        }
    }

    #[test]
    fn directive_next_act_ends_the_claim() {
        assert_eq!(
            claim_after_said("Lund said she was disappointed and urged calm."),
            "she was disappointed"
        );
        assert_eq!(
            claim_after_said("Berg said the port was safe, and urged skippers to sail."),
            "the port was safe"
        );
        // Not a directive inside the claim, nor a present form.
        for text in [
            "Lund said she would urge calm.",
            "Lund said the mayor lied and urges calm.",
        ] {
            let whole = text["Lund said ".len()..text.len() - 1].to_string();
            assert_eq!(claim_after_said(text), whole, "{text}");
        }
    }

    #[test]
    fn semicolon_series_keeps_the_subjects_next_acts() {
        assert_eq!(
            claim_after_said(
                "Holm said they had met the mayor; marched to the quay; and handed in a letter."
            ),
            "they had met the mayor; marched to the quay; and handed in a letter"
        );
        assert_eq!(
            claim_after_said("Holm said the port will close; reopened ferries run late."),
            "the port will close"
        );
        assert_eq!(
            claim_after_said("Holm said the port was shut; the crew left."),
            "the port was shut"
        );
    }

    #[test]
    fn a_hyphen_inside_a_word_does_not_end_the_claim() {
        assert_eq!(
            claim_after_said("Lund said his anti-Kolb remarks were meant for the mayor."),
            "his anti-Kolb remarks were meant for the mayor"
        );
        // A spaced dash before another cue still does.
        assert_eq!(
            claim_after_said("Lund said the port was shut - Kolb said it was open."),
            "the port was shut"
        );
    }

    #[test]
    fn a_double_quote_open_at_the_sentence_end_carries_the_claim_to_its_close() {
        assert_eq!(
            claim_after_said(
                "Berg said the rules were \"too loose. We will fix them.\" Lund left."
            ),
            "the rules were \"too loose. We will fix them.\""
        );
        // A single mark may be an apostrophe: the claim ends with its sentence.
        assert_eq!(
            claim_after_said("Berg said in ‘08 the rules were loose. Kolb's ‘plan’ failed."),
            "in ‘08 the rules were loose"
        );
    }

    #[test]
    fn a_subject_stretch_and_its_cue_after_and_start_another_attribution() {
        assert_eq!(
            claim_after_said(
                "Two in three said the fare was fair, and nearly two in five said it was low."
            ),
            "the fare was fair"
        );
        assert_eq!(
            claim_after_said(
                "Some members said they would stay and others have said they will leave."
            ),
            "they would stay"
        );
        // After a comma too, and with "more than".
        assert_eq!(
            claim_after_said("Ten members said they back Lund, 39 have said they back Berg."),
            "they back Lund"
        );
        assert_eq!(
            claim_after_said("Most said the fare was fair, and more than 4 in 10 said it was low."),
            "the fare was fair"
        );
        // A passive, or a stretch with a pronoun inside, is no subject and cue.
        assert_eq!(
            claim_after_said("Lund said he asked twice but that the requests were denied."),
            "he asked twice but that the requests were denied"
        );
        assert_eq!(
            claim_after_said("Lund said the talks ended and turned to whether it kept records."),
            "the talks ended and turned to whether it kept records"
        );
    }

    #[test]
    fn a_subject_stretch_and_its_cue_after_a_comma_inside_a_closing_mark_end_the_claim() {
        assert_eq!(
            claim_after_said(
                "Berg said the ferry \"would never run again,\" nearly two in five skippers said."
            ),
            "the ferry \"would never run again,\""
        );
        // Not: a quote carrying on past its comma.
        assert_eq!(
            claim_after_said("Berg said the ferry \"would never run again, nor sail\" in May."),
            "the ferry \"would never run again, nor sail\" in May"
        );
    }

    #[test]
    fn a_coordinated_cue_inside_a_quote_opened_in_the_claim_stays_in_it() {
        // Marks: the speaker's quoted words run on past "and" + a cue.
        assert_eq!(
            claim_after_said(
                "The board said its staff had \"read the complaints and concluded they were wrong.\""
            ),
            "its staff had \"read the complaints and concluded they were wrong.\""
        );
        // Not: after the quote closes, a coordinated cue still starts its own claim.
        assert_eq!(
            claim_after_said(
                "The board said its staff had \"read the complaints\" and concluded they were wrong."
            ),
            "its staff had \"read the complaints\""
        );
    }

    #[test]
    fn a_coordinated_cue_after_an_adjunct_ends_the_claim() {
        assert_eq!(
            claim_after_said("Lund said he lost the files, but on Tuesday said he burned them."),
            "he lost the files"
        );
        assert_eq!(
            claim_after_said("Lund said the port and on Tuesday the ferry were shut."),
            "the port and on Tuesday the ferry were shut"
        );
    }

    #[test]
    fn a_noun_phrase_commenting_on_the_claim_ends_it() {
        assert_eq!(
            claim_after_said("Lund said the rally was calm, a swipe at his critics."),
            "the rally was calm"
        );
        assert_eq!(
            claim_after_said("Lund said the plan was sound - a claim that Kolb denies."),
            "the plan was sound"
        );
        // `zero-relative`: the phrase's relative clause may open without "that".
        assert_eq!(
            claim_after_said("Lund said the plan was sound, a view the board shares."),
            "the plan was sound"
        );
        assert_eq!(
            claim_after_said("Lund said he would not quit - a threat he has made before."),
            "he would not quit"
        );
        assert_eq!(
            claim_after_said("Lund said he met Kolb, a former aide the mayor trusted."),
            "he met Kolb, a former aide the mayor trusted"
        );
        // A clause of its own after the comma, or an apposition of a name.
        assert_eq!(
            claim_after_said("Lund said the vote was close, a recount could not be done."),
            "the vote was close, a recount could not be done"
        );
        assert_eq!(
            claim_after_said("Lund said he met Kolb, a former aide to the mayor."),
            "he met Kolb, a former aide to the mayor"
        );
        // A dash pair sets an apposition inside the claim.
        assert_eq!(
            claim_after_said("Lund said the vote - a close one - went to Kolb."),
            "the vote - a close one - went to Kolb"
        );
    }

    #[test]
    fn he_or_she_and_a_past_tense_after_a_comma_and_conjunction_end_the_claim() {
        // Marks: `speaker-next-act`, the speaker's next act.
        assert_eq!(
            claim_after_said("Lund said the vote was fair, but he warned that the count was slow."),
            "the vote was fair"
        );
        assert_eq!(
            claim_after_said("Berg said the port had reopened, and she quickly thanked the crew."),
            "the port had reopened"
        );
        assert_eq!(
            claim_after_said("Kolb said the tolls would rise, but she took no questions."),
            "the tolls would rise"
        );
        assert_eq!(
            claim_after_said("Lund said the port was shut, although he later reopened it."),
            "the port was shut"
        );
        // Not: a state rather than an act, or another subject.
        assert_eq!(
            claim_after_said("Lund said the ferry was late, and he was angry about it."),
            "the ferry was late, and he was angry about it"
        );
        assert_eq!(
            claim_after_said("Lund said the ferry was late, and the crew blamed the storm."),
            "the ferry was late, and the crew blamed the storm"
        );
    }

    #[test]
    fn a_bare_verb_sharing_the_claims_modal_stays_in_it() {
        // Marks: `modal-coordinated-verb`.
        assert_eq!(
            claim_after_said(
                "Berg said he would sit the mayor down and tell him the plan had failed."
            ),
            "he would sit the mayor down and tell him the plan had failed"
        );
        assert_eq!(
            claim_after_said("Berg said he’d call the harbour master and ask why it closed."),
            "he’d call the harbour master and ask why it closed"
        );
        assert_eq!(
            claim_after_said("Berg said they'd close the quay and ask for help."),
            "they'd close the quay and ask for help"
        );
        // Not: a past tense, or no modal.
        assert_eq!(
            claim_after_said("Berg said he would sit the mayor down and told him to wait."),
            "he would sit the mayor down"
        );
        assert_eq!(
            claim_after_said("Berg said the mayor sat down and warned that the plan had failed."),
            "the mayor sat down"
        );
    }

    #[test]
    fn he_or_she_and_a_past_tense_after_a_spaced_dash_end_the_claim() {
        // Marks: `speaker-next-act` after a spaced dash.
        assert_eq!(
            claim_after_said("Lund said the fares were fair — and she singled out the board."),
            "the fares were fair"
        );
        assert_eq!(
            claim_after_said("Berg said the pier was safe - but he later closed it."),
            "the pier was safe"
        );
        // Not: a present tense, or a state.
        assert_eq!(
            claim_after_said("Lund said the plan helps towns — but she needs more votes."),
            "the plan helps towns — but she needs more votes"
        );
        assert_eq!(
            claim_after_said("Lund said the ferry was late — and she was angry about it."),
            "the ferry was late — and she was angry about it"
        );
    }

    #[test]
    fn but_and_a_past_tense_with_no_subject_end_the_claim() {
        // Marks: `but-next-act`, the speaker's next act.
        assert_eq!(
            claim_after_said("Lund said the ferry was late, but agreed to refund the fares."),
            "the ferry was late"
        );
        assert_eq!(
            claim_after_said("Kolb said she would vote for the plan but did not explain why."),
            "she would vote for the plan"
        );
        assert_eq!(
            claim_after_said("Berg said the toll would stay but also offered a discount."),
            "the toll would stay"
        );
        // Not: a participle coordinated with the claim's passive, a
        // present tense, or "but" inside a quote opened in the claim.
        assert_eq!(
            claim_after_said("Lund said the pier should be closed but repaired by May."),
            "the pier should be closed but repaired by May"
        );
        assert_eq!(
            claim_after_said("Lund said the pier is old but serves the town well."),
            "the pier is old but serves the town well"
        );
        assert_eq!(
            claim_after_said("Lund said the pier was \"old but carried the town\" for years."),
            "the pier was \"old but carried the town\" for years"
        );
    }

    #[test]
    fn a_subordinator_and_a_participle_after_the_claim_end_it() {
        // Marks: `subordinate-participle`, an adjunct of the main clause.
        assert_eq!(
            claim_after_said("Holm said she was \"ready to go,\" while touring the plant."),
            "she was \"ready to go,\""
        );
        assert_eq!(
            claim_after_said("Lund said the port would close, before heading home."),
            "the port would close"
        );
        // Not: inside the claim, before its verb, or inside a quote.
        assert_eq!(
            claim_after_said("Holm said the crew, while touring the plant, found a leak."),
            "the crew, while touring the plant, found a leak"
        );
        assert_eq!(
            claim_after_said("Holm said the crew \"found a leak, while touring the plant.\""),
            "the crew \"found a leak, while touring the plant.\""
        );
    }

    #[test]
    fn a_coordinator_subordinator_and_participle_end_the_claim() {
        // Marks: `coordinated-subordinate-participle`, the speaker's next act.
        assert_eq!(
            claim_after_said(
                "Lund said she had not seen the report, and when asked about it, she shrugged."
            ),
            "she had not seen the report"
        );
        assert_eq!(
            claim_after_said(
                "Berg said the ferry would run, but once pressed on the cost, he left the hall."
            ),
            "the ferry would run"
        );
        assert_eq!(
            claim_after_said("Kolb said the port was busy, and while touring it, she waved."),
            "the port was busy"
        );
        // Not: a clause with its own subject after the subordinator, or a
        // quote opened in the claim.
        assert_eq!(
            claim_after_said("Lund said the port was busy, and when ships came, it filled."),
            "the port was busy, and when ships came, it filled"
        );
        assert_eq!(
            claim_after_said("Lund said the port was \"busy, and when asked, it fills.\""),
            "the port was \"busy, and when asked, it fills.\""
        );
    }

    #[test]
    fn a_relative_clause_whose_subject_speaks_ends_the_claim() {
        // Marks: `relative-attribution`, a further attribution.
        assert_eq!(
            claim_after_said(
                "Lund said he backed the ferry levy, which he called \"a fair deal.\""
            ),
            "he backed the ferry levy"
        );
        assert_eq!(
            claim_after_said("Berg said she met the skippers, whom she described as tired."),
            "she met the skippers"
        );
        assert_eq!(
            claim_after_said("Kolb said the tolls rose in May, which he says was too soon."),
            "the tolls rose in May"
        );
        // Not: a relative clause with no speaking verb.
        assert_eq!(
            claim_after_said("Lund said he backed the levy, which he paid in May."),
            "he backed the levy, which he paid in May"
        );
    }

    #[test]
    fn a_concession_after_a_spaced_dash_ends_the_claim() {
        // Marks: `dash-concession`, the writer's counterpoint.
        assert_eq!(
            claim_after_said("Lund said the port was safe - though the crew had left."),
            "the port was safe"
        );
        assert_eq!(
            claim_after_said("Holm said the ferry would win — even though Berg disagreed."),
            "the ferry would win"
        );
        assert_eq!(
            claim_after_said("Berg said fares had fallen – although the toll rose in May."),
            "fares had fallen"
        );
        // Not: a phrase closed by a second dash, nor a concession after a comma.
        assert_eq!(
            claim_after_said("Lund said the plan - though costly - would pass."),
            "the plan - though costly - would pass"
        );
        assert_eq!(
            claim_after_said("Lund said the port was safe, though the crew had left."),
            "the port was safe, though the crew had left"
        );
    }

    #[test]
    fn another_share_of_a_poll_after_a_they_claim_ends_it() {
        // Marks: `share-comparison`, the writer's comparison of two shares.
        assert_eq!(
            claim_after_said("Forty percent said they back the levy, while 30 percent oppose it."),
            "they back the levy"
        );
        assert_eq!(
            claim_after_said("Most riders said they trust the crew, compared with 12 percent."),
            "they trust the crew"
        );
        assert_eq!(
            claim_after_said(
                "Half said they were content compared to nearly four in 10 last year."
            ),
            "they were content"
        );
        assert_eq!(
            claim_after_said("On fares, 42 percent said they are happy, 34 percent angry."),
            "they are happy"
        );
        assert_eq!(
            claim_after_said("Some 39 delegates said they back Holm and 160 have not chosen."),
            "they back Holm"
        );
        // A counted subject's claim ends at its first comma.
        assert_eq!(
            claim_after_said(
                "About 47 percent said they back Holm, however the figure has fallen."
            ),
            "they back Holm"
        );
        assert_eq!(
            claim_after_said(
                "Eight in 10 riders overall said they trust the crew, with few doubts."
            ),
            "they trust the crew"
        );
        // Not: a count inside the claim, a span of time, another opening,
        // a phrase set off after "they", a count after the cue.
        assert_eq!(
            claim_after_said("Forty percent said they, too, would stay on the island."),
            "they, too, would stay on the island"
        );
        assert_eq!(
            claim_after_said("In 2015 the crews said they would back Holm, Berg or Dahl."),
            "they would back Holm, Berg or Dahl"
        );
        assert_eq!(
            claim_after_said("The crews said they bought two boats and three cars."),
            "they bought two boats and three cars"
        );
        assert_eq!(
            claim_after_said("Most said they had left, 20 years ago, for the city."),
            "they had left, 20 years ago, for the city"
        );
        assert_eq!(
            claim_after_said("Lund said the levy passed, while 30 percent opposed it."),
            "the levy passed, while 30 percent opposed it"
        );
    }

    #[test]
    fn a_comparison_with_another_subject_ends_the_claim() {
        assert_eq!(
            claim_after_said("Lund said he wants an inquiry, as have other members of the board."),
            "he wants an inquiry"
        );
        assert_eq!(
            claim_after_said("Lund said he spoke in private, as was the case on Tuesday."),
            "he spoke in private"
        );
        // "as" opening a phrase of the claim's own stays in it.
        assert_eq!(
            claim_after_said("Lund said he joined, as a young clerk, the harbour board."),
            "he joined, as a young clerk, the harbour board"
        );
    }
}
