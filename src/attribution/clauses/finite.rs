//! Whether words after a cue read as a clause: a finite verb, a present or plain past form, no infinitive inside the subject.
use super::*;
use crate::attribution::cue_patterns::{COUNT_BOUNDS, IN_ORDER_TO};
use crate::lexicon::lowercase_word_in;

/// A complement opening with a determiner is a clause, not a bare noun
/// ("added a word of caution"), when it has a finite-looking
/// verb (auxiliary, "-ed", "-s") within the first words.
pub(in crate::attribution) fn looks_like_clause(doc: &Doc, k: usize, end: usize) -> bool {
    // Commas may set off an apposition of the subject ("the measure, the latest step, would").
    let indefinite = doc.has(k, words::INDEFINITE_ARTICLE);
    // "argued in interviews this week": the word after a preposition is
    // its object, never the clause's verb.
    let first = if doc.has(k, words::ADJUNCT_PREPOSITION) {
        k + 2
    } else {
        k + 1
    };
    // "they're": the subject carries its auxiliary.
    is_contracted_auxiliary(doc, k)
        || (first..(k + 20).min(end))
            .take_while(|&i| {
                // A stop inside the sentence is an abbreviation's ("Mr.").
                // ("said Tuesday in Vest, noting the mayor "makes ...": a
                // participle after a comma opens another attribution.)
                let stop = matches!(doc.word(i), ";" | ":" | "?" | "!")
                || (doc.word(i) == "," && i + 1 < end && starts_participle(doc, i + 1))
                || (doc.word(i) == "." && i + 1 >= end)
                || (indefinite && doc.word(i) == ",")
                // ("October-to-December": a "to" inside a hyphenated word is none.)
                || (doc.is(i, "to") && doc.tokens[i].space_before && !opens_prepositional_to(doc, i));
                !stop
            })
            .any(|i| {
                let w = doc.word(i);
                doc.has(i, words::FINITE)
                || doc.has(i, words::IRREGULAR_PAST)
                // "said tonight he's closer", "they're", "we'll": a
                // pronoun's contracted auxiliary.
                || is_contracted_auxiliary(doc, i)
                // "doesn’t": a negated auxiliary, its mark typographic or plain.
                || (doc.tokens[i].kind == TokenKind::Word && cues::is_negative_contraction(doc, i))
                || (doc.tokens[i].kind == TokenKind::Word
                    && w.chars().all(char::is_lowercase)
                    && w.len() > 2
                    && (w.ends_with("ed") || looks_like_present(w)))
            })
}

/// `to-phrase`: "the approach to the coast remained ...": a "to" before a
/// determiner, a possessive, a name or a number is a preposition inside
/// the subject, not an infinitive ("vowed to respond").
fn opens_prepositional_to(doc: &Doc, to: usize) -> bool {
    let next = to + 1;
    next < doc.tokens.len()
        && (speakers::is_determiner(doc, next)
            || doc.has(next, words::POSSESSIVE)
            || doc.tokens[next].kind == TokenKind::Number
            || (doc.tokens[next].kind == TokenKind::Word && doc.is_capitalized(next)))
}

/// Token `i` is an auxiliary contracted onto a pronoun: "'s" after "he",
/// or a pronoun token carrying "'re", "'ll", "'ve", "'d", "'m".
pub(super) fn is_contracted_auxiliary(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    let tail = w.strip_prefix('\'').or_else(|| w.strip_prefix('’'));
    if let Some(tail) = tail {
        return (tail == "s" || lowercase_word_in(tail, words::CONTRACTED_AUXILIARY))
            && i > 0
            && speakers::is_pronoun(doc, i - 1);
    }
    w.rsplit_once(['\'', '’']).is_some_and(|(host, tail)| {
        lowercase_word_in(tail, words::CONTRACTED_AUXILIARY)
            && crate::lexicon::word_in(host, words::CONTRACTION_HOST)
    })
}

/// `infinitive-subject`: "said the best way to win is to vote": a subject
/// holding an infinitive ("way to win"), then its verb within a few words
/// after it, before any comma or relative word: an auxiliary, a plain past
/// ("the plan to cut fares went"), or an "-ed" word before its object ("the
/// ban on spending to build piers in the budget stopped the plan"). An "and"
/// or "or" between two plain words stays inside the infinitive's object
/// ("the plan to sell old and broken boats had").
pub(super) fn infinitive_in_subject(doc: &Doc, k: usize, end: usize) -> bool {
    let Some(to) = (k + 1..(k + 12).min(end))
        .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
        .find(|&i| doc.is(i, "to"))
    else {
        return false;
    };
    let purpose = to >= 2 && IN_ORDER_TO.left(doc, to + 1, to - 2).is_some();
    (to + 2..(to + 13).min(end))
        .take_while(|&i| {
            doc.tokens[i].kind == TokenKind::Word
                && (!doc.has(i, words::INFINITIVE_CLAUSE_BREAK) || joins_plain_words(doc, i, end))
        })
        // `purpose-to`: "warned the crews over the levy in order to prove
        // there was a gap": after "in order to", a verb right after a
        // subject pronoun or "there" is the purpose's own clause, not the
        // subject's verb ("said the plan in order to win the vote would
        // fail" has one).
        .filter(|&i| {
            !(purpose && (doc.has(i - 1, words::SUBJECT_PRONOUN) || doc.is(i - 1, "there")))
        })
        .any(|i| doc.has(i, words::FINITE) || is_plain_past(doc, i) || past_before_object(doc, i))
}

/// "corporate and foreign": an "and" or "or" at `i` between two lowercase
/// words, the second no determiner, pronoun or auxiliary (which would open
/// a clause of its own).
fn joins_plain_words(doc: &Doc, i: usize, end: usize) -> bool {
    let plain = |j: usize| {
        doc.tokens[j].kind == TokenKind::Word
            && doc.word(j).chars().all(char::is_lowercase)
            && !speakers::is_determiner(doc, j)
            && !speakers::is_pronoun(doc, j)
            && !doc.has(j, words::FINITE)
    };
    doc.has(i, words::PHRASE_COORDINATOR) && i + 1 < end && plain(i - 1) && plain(i + 1)
}

/// A lowercase "-ed" word before a determiner or possessive: a past tense
/// with its object ("stopped the plan"), not a participle after its noun.
fn past_before_object(doc: &Doc, v: usize) -> bool {
    let w = doc.word(v);
    looks_like_past(w)
        && w.chars().all(char::is_lowercase)
        && (speakers::is_determiner(doc, v + 1) || doc.has(v + 1, words::POSSESSIVE))
}

/// `present-before-object`: a lowercase present form ("runs", "owns")
/// before an article, a possessive pronoun or a number: a verb with its
/// object ("Lund runs a network"), not a plural noun ("Apple products at
/// the fair", "Senate seats this year") nor one before a time phrase
/// ("confirmed the firm's plans a week ago", "results the next day").
fn present_before_object(doc: &Doc, v: usize) -> bool {
    let next = v + 1;
    doc.tokens[v].kind == TokenKind::Word
        && doc.word(v).chars().all(char::is_lowercase)
        && looks_like_present(doc.word(v))
        && next < doc.tokens.len()
        && (doc.has(next, words::ARTICLE)
            || speakers::is_possessive_pronoun(doc, next)
            || doc.tokens[next].kind == TokenKind::Number)
        && !(next + 1..next + 3).any(|i| doc.has(i, words::TIME_NOUN))
}

/// The shape of a past tense (shared with the protest roles).
pub(in crate::attribution) use crate::text::looks_like_past;

/// "-s" words that are no verbs ("this", "across", "news", "previous").
pub(in crate::attribution) fn looks_like_present(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && !lowercase_word_in(w, words::NOT_VERB)
}

/// A finite verb (auxiliary or modal) comes within the first words of the complement.
pub(in crate::attribution) fn looks_finite(doc: &Doc, k: usize, end: usize) -> bool {
    // "confirmed what I always knew": a noun clause object, no claim.
    if doc.is(k, "what") {
        return false;
    }
    // "claims he's worth $10 billion": a pronoun carrying its auxiliary.
    // ("she's": the pronoun and its auxiliary may be two tokens.)
    if k < end
        && (is_contracted_auxiliary(doc, k) || (k + 1 < end && is_contracted_auxiliary(doc, k + 1)))
    {
        return true;
    }
    // `subject-pronoun-clause`: "suggested he beat the odds", "claims they
    // run the port": a subject pronoun is no noun object; a lowercase word
    // after it is its verb, whatever its form.
    if k + 1 < end && doc.has(k, words::SUBJECT_PRONOUN) && speakers::is_plain_word(doc, k + 1) {
        return true;
    }
    // "asked whether the leases obliged ...": an indirect question.
    if doc.has(k, words::INDIRECT_QUESTION) {
        return true;
    }
    // "suggesting the final vote erased ...": a determiner, one to three
    // nouns and a past tense (not "the newly renovated hall").
    if speakers::is_determiner(doc, k) {
        let past = (k + 2..(k + 5).min(end))
            .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
            .find(|&i| {
                // `determiner-irregular-past`: "notes the firm hid four
                // fees" (not "a point made by experts": a participle
                // before its preposition modifies the noun).
                doc.word(i).ends_with("ed")
                    || (doc.has(i, words::IRREGULAR_PAST)
                        && !doc.has(i + 1, words::POSTMODIFIER_PREPOSITION))
            });
        if let Some(past) = past {
            let before = doc.word(past - 1);
            // ("announcing the release of the jailed editor": a preposition
            // or article before it makes it an adjective.)
            let noun = !before.ends_with("ly")
                && !(k + 1..past).any(|i| doc.has(i, words::FUNCTION_WORD))
                && !doc.has_lowercase(past - 1, words::NOT_NOUN)
                && !doc.has(past - 1, words::BE)
                && !doc.has(past - 1, words::FINITE)
                && before.chars().all(|c| c.is_alphabetic() || c == '-');
            if noun && doc.word(past).chars().all(char::is_lowercase) {
                return true;
            }
        }
    }
    // `present-before-object`: "claims the firm runs a network", "claims
    // Lund runs a network of spies": a determiner and one to three nouns,
    // then a present form before its object.
    if speakers::is_determiner(doc, k)
        && (k + 2..(k + 5).min(end))
            .take_while(|&i| {
                doc.tokens[i].kind == TokenKind::Word && !doc.has(i, words::FUNCTION_WORD)
            })
            .any(|i| present_before_object(doc, i))
    {
        return true;
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
    if m == k && doc.has(k, words::POSSESSIVE) {
        m = k + 2;
    }
    if m > k
        && m < end
        && ((doc.word(m).ends_with("ed") && doc.tokens[m].kind == TokenKind::Word)
            || present_before_object(doc, m))
    {
        return true;
    }
    if count_subject_verb(doc, k, end) {
        return true;
    }
    // "reported it sold 40 ships", "admitted Lund made an error": an
    // irregular past right after a pronoun or name is the clause's verb (a
    // noun object, "reported record profits", has no such word there).
    if m > k && m < end && doc.has(m, words::IRREGULAR_PAST) {
        return true;
    }
    // ("answering questions about how the strike has ...": a verb after "how"
    // or "whether" is the embedded question's, not the complement's.)
    (k..(k + 6).min(end))
        .take_while(|&i| {
            doc.word(i) != "," && !doc.is(i, "to") && (i == k || !doc.has(i, words::INDIRECT_QUESTION))
        })
        .any(|i| doc.has(i, words::FINITE) || is_plain_past(doc, i))
        || long_subject_then_finite(doc, k, end)
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

/// How many tokens a long subject may span before its finite verb.
const LONG_SUBJECT_WINDOW: usize = 20;

/// `long-subject`: "admitted the rift between the two crews almost certainly
/// does not reflect ...", "suggested Berg's call for a "new deal" on fares
/// is something ...": a noun phrase opened by a determiner, a possessive
/// or a name, its modifiers and prepositional phrases (quoted words
/// inside), then a finite verb: the object verb's clause. The phrase holds
/// no comma, no "to", no relative or question word and no conjunction,
/// which would put the verb in a clause of its own ("announced a plan
/// that would ...", "asked Lund how high it would be"), and no subject
/// of its own right before the verb (a relative clause without "that").
fn long_subject_then_finite(doc: &Doc, k: usize, end: usize) -> bool {
    let opens = speakers::is_determiner(doc, k)
        || doc.has(k, words::POSSESSIVE)
        || (doc.tokens[k].kind == TokenKind::Word && doc.is_capitalized(k));
    opens
        && (k + 1..(k + LONG_SUBJECT_WINDOW).min(end))
            .take_while(|&i| {
                let kind = doc.tokens[i].kind;
                // ("single-payer", "U.S.": a hyphen or stop inside a word.)
                let inner = kind == TokenKind::Punct
                    && matches!(doc.word(i), "-" | ".")
                    && !doc.tokens[i].space_before;
                (kind != TokenKind::Punct || inner)
                    && !doc.is(i, "to")
                    && !doc.is(i, "that")
                    && !doc.is(i, "what")
                    && !doc.is(i, "when")
                    && !doc.is(i, "or")
                    && !doc.has(i, words::RELATIVE_OPENER)
                    && !doc.has(i, words::INDIRECT_QUESTION)
                    && !doc.has(i, words::ATTRIBUTION_CONJUNCTION)
                    && !doc.has(i, words::SUBORDINATOR)
                    && !cues::is_reporting_verb(doc, i)
            })
            // ("the requests it has received", "the problems Lund had": a
            // subject right before the verb opens a relative clause.)
            .any(|i| {
                (doc.has(i, words::FINITE)
                    || (doc.tokens[i].kind == TokenKind::Word
                        && cues::is_negative_contraction(doc, i)))
                    && !speakers::is_pronoun(doc, i - 1)
                    && !(i - 1 > k && doc.is_capitalized(i - 1))
            })
}

/// How many tokens a counted noun phrase may span before its verb.
const COUNT_SUBJECT_WINDOW: usize = 8;

/// `count-subject`: "reported at least six boats sank", "predicted about
/// a fifth of the seats will change hands": a count (a number or a fraction,
/// after "at least", "more than", "up to" or an approximator), the noun
/// phrase it counts and then its verb: a finite clause, not a noun object
/// ("reported 906 attacks last year" has no verb after its noun). An "-ed"
/// word is that verb only before its object ("planes filled the skies"; not
/// "500 cases linked to the plant").
fn count_subject_verb(doc: &Doc, k: usize, end: usize) -> bool {
    let Some(count) = count_at(doc, k, end) else {
        return false;
    };
    (count + 2..(count + COUNT_SUBJECT_WINDOW).min(end))
        // (A relative clause inside the phrase has a verb of its own.)
        .take_while(|&v| {
            // (A possessive "'s" is a word token too.)
            doc.tokens[v].kind == TokenKind::Word
                && !doc.is(v, "that")
                && !doc.has(v, words::RELATIVE_OPENER)
        })
        .any(|v| {
            doc.has(v, words::FINITE)
                || doc.has(v, words::IRREGULAR_PAST)
                || past_before_object(doc, v)
        })
}

/// The count of a counted phrase opening at `k` ("six", "at least 40",
/// "about half", "nearly 4 in 10"): a number, a fraction or a count word,
/// after "at least", "more than", "up to" or an approximator; its token.
pub(super) fn count_at(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let count = match COUNT_BOUNDS.iter().find_map(|bound| bound.right(doc, k)) {
        Some(bound) => bound.end,
        None => k + usize::from(doc.has(k, words::APPROXIMATOR)),
    };
    (count < end
        && (doc.tokens[count].kind == TokenKind::Number
            || doc.has(count, words::FRACTION)
            || doc.has(count, words::COUNT_WORD)))
    .then_some(count)
}

/// Irregular past tenses that are no participles ("reported the email came
/// hours later"): a finite verb wherever they stand.
pub(super) fn is_plain_past(doc: &Doc, i: usize) -> bool {
    doc.has(i, words::PLAIN_PAST)
}

#[cfg(test)]
mod tests {
    use super::{looks_like_past, looks_like_present};

    #[test]
    fn word_shapes_of_past_and_present_forms() {
        for w in ["warned", "used", "Thanked"] {
            assert!(looks_like_past(w), "{w}");
        }
        for w in ["led", "red", "ed", "warns", "wedding"] {
            assert!(!looks_like_past(w), "{w}");
        }
        assert!(looks_like_present("warns"));
        assert!(!looks_like_present("across") && !looks_like_present("famous"));
    }
}
