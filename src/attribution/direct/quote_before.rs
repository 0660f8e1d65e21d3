//! An attribution before the quote: `Peskov said: "…"`, `Peskov told reporters on Friday, "…"`; the infinitive (`went so far as to say: "…"`) and the paragraph ending `Peskov continued:` are in infinitive.rs and paragraph_colon.rs.
use super::*;

/// `The mayor defended the plan, saying, "..."`: a participle after a comma
/// speaks for the subject opening the sentence (past an opening word or
/// an adjunct set off by a comma).
pub(super) fn participle_subject(
    doc: &Doc,
    verb: usize,
    group: usize,
    sentence_start: usize,
) -> Option<Range<usize>> {
    if !cues::is_participle(doc, verb) {
        return None;
    }
    main_subject(doc, group, sentence_start)
}

/// The subject opening the sentence, for a phrase after a comma at `group`
/// (`Lund held his fire, calling him a "nice guy"`).
pub(in crate::attribution) fn main_subject(
    doc: &Doc,
    group: usize,
    sentence_start: usize,
) -> Option<Range<usize>> {
    if group <= sentence_start {
        return None;
    }
    // `Lund sings to Berg before asking her, "..."`: after a preposition.
    let linked = doc.has(group - 1, words::PARTICIPLE_PREPOSITION);
    if doc.word(group - 1) != "," && !linked {
        return None;
    }
    // `subordinate-pronoun-subject`: `Lund admitted errors even as he
    // defended the plan, saying, "..."`: "he" or "she" after a subordinator
    // in the clause the comma closes is the speaker's nearest mention (not
    // "they", nor a noun: `Berg apologized after they leaked, saying`),
    // unless a relative comes first (`paid a clerk who said he was owed
    // after he left, saying`: the clerk's "he").
    if !linked {
        let from = clause_start(doc, group - 1);
        let pronoun = (from + 1..group - 1)
            .take_while(|&k| !speakers::is_relative(doc, k))
            .filter(|&k| {
                doc.has(k, words::PERSON_SUBJECT_PRONOUN)
                    && doc.has_lowercase(k - 1, words::SUBORDINATOR)
            })
            .last();
        if let Some(k) = pronoun {
            return Some(k..k + 1);
        }
    }
    // The subject of the clause the comma closes (`On Monday, after a long
    // race, Berg endorsed Lund, saying`; `when Lund's voters booed, shouting`).
    if let Some(phrase) = clause_subject(doc, group - 1) {
        return Some(phrase);
    }
    let start = crate::attribution::reported::skip_dateline(doc, sentence_start..group).start;
    // After a preposition ("drew boos upon saying"), only a name phrase
    // opening the sentence, its apposition set off by commas (`Berg,
    // herself a voter, drew boos upon saying`).
    if linked {
        let k = speakers::subject_start(doc, start, group);
        return speakers::phrase_after(doc, k, group)
            .filter(|p| p.start == k && doc.word(p.end) == "," && speakers::is_name_word(doc, k));
    }
    crate::attribution::reported::opening_subject(doc, start, group)
}

/// What the `interposed-quote` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const INTERPOSED_QUOTE: &[Example] = &[
    Marks(
        "In a flood, the agency said, \u{201c}the town pays the bill.\u{201d}",
        "In a flood, the agency said, \u{201c}the town pays the bill",
        "agency",
    ),
    // `carried-past-attribution`: the writer's clause goes on after the
    // attribution of a quote before it.
    Marks(
        "\"Only the ferry,\" she said, would do.",
        "\"Only the ferry,\" she said, would do",
        "she",
    ),
    Marks(
        "They want \"a cheaper fare,\" he said, and are voting no.",
        "They want \"a cheaper fare,\" he said, and are voting no",
        "he",
    ),
    Not("\"We won,\" he said, and the crowd cheered."),
    // Past the listener of "told".
    Marks(
        "Sooner or later, the mayor told reporters, \"the town pays the bill.\"",
        "Sooner or later, the mayor told reporters, \"the town pays the bill",
        "mayor",
    ),
    Not("In a flood, the agency said, \u{201c}The town pays the bill.\u{201d}"),
    Not("Lund said, \"the town pays the bill.\""),
    // `interposed-quote-adjunct`: past a prepositional phrase of the cue's.
    Marks(
        "\"If there had been no help\" by the allies, Lund said at a harbour forum, \"we would be lost.\"",
        "\"If there had been no help\" by the allies, Lund said at a harbour forum, \"we would be lost",
        "Lund",
    ),
    // `interposed-quote-clause`: the clause the attribution interrupts.
    Marks(
        "The quay is near the old fort, which, Berg said, \"is full of visitors in May.\"",
        "which, Berg said, \"is full of visitors in May",
        "Berg",
    ),
    Marks(
        "The ferry was late; the next one, Berg said, \"will be later still.\"",
        "the next one, Berg said, \"will be later still",
        "Berg",
    ),
    // (A verb in the phrase makes it a clause of the cue's: no adjunct.)
    Not("In a flood, Lund said at a hall that was full, \"we would be lost.\""),
];

/// `Peskov said: "…"`, `Peskov told reporters on Friday, "…"`, `Berg
/// declared "…"`, and `Lund made the following comment: "…"`.
pub(super) fn attribution_before(doc: &Doc, quote: &Quote) -> Option<Said> {
    attribution_by_verb_before(doc, quote).or_else(|| {
        let colon = quote.open.checked_sub(1)?;
        // `noun-comma-quote`: `Lund issued a statement, "Last night, ..."`:
        // a comma in the colon's place before a whole quote (capitalised,
        // ending the sentence) after the noun.
        let introduces = doc.word(colon) == ":"
            || (doc.word(colon) == ","
                && doc.is_capitalized(quote.inner.start)
                && ends_sentence(doc, quote)
                && verb_object_noun(doc, colon));
        let (phrase, cue) = (introduces && doc.paragraph_of(colon) == doc.paragraph_of(quote.open))
            .then(|| noun_before_colon(doc, colon))
            .flatten()?;
        Some((phrase, cue, Rule::ColonQuote))
    })
}

/// `noun-comma-quote`: the noun before `comma` is a verb's object, an
/// article between (`issued a statement,`; not `at a press conference,`
/// nor `about the emails,`).
fn verb_object_noun(doc: &Doc, comma: usize) -> bool {
    comma >= 3 && doc.has(comma - 2, words::ARTICLE) && {
        let verb = comma - 3;
        doc.tokens[verb].kind == TokenKind::Word
            && !doc.is_capitalized(verb)
            && !doc.has(verb, words::FUNCTION_WORD)
    }
}

/// The quote ends its sentence: a stop, question or exclamation mark last
/// inside its marks (or right after them), then the sentence's end.
fn ends_sentence(doc: &Doc, quote: &Quote) -> bool {
    let Some(close) = quote.close else {
        return false;
    };
    let last = quote.inner.end.saturating_sub(1);
    let stop = |k: usize| k < doc.tokens.len() && matches!(doc.word(k), "." | "?" | "!");
    let next = close + 2;
    (stop(last) || stop(close + 1))
        && (next >= doc.tokens.len() || doc.sentence_of(quote.open) != doc.sentence_of(next))
}

/// How far before a colon introducing a quote its cue may sit.
const COLON_WINDOW: usize = 30;

/// What the `quote-before` rule marks, and what it must not.
#[cfg(test)]
pub(in crate::attribution) const QUOTE_BEFORE: &[Example] = &[
    // `first-attribution`: a subject and its verb right before the quote
    // name its speaker; an attribution after it only repeats or relays.
    Marks(
        "After the vote, Berg said, \"We won the harbour and we will keep it,\" she told the crowd.",
        "We won the harbour and we will keep it",
        "Berg",
    ),
    Marks(
        "When a man in the crowd yelled, \"Sell the ferry,\" Lund laughed and said nothing.",
        "Sell the ferry",
        "man in the crowd",
    ),
    // `place-link`: the shared subject finder's complement heads speak
    // before a quote as before a reported clause.
    Marks(
        "When a man near the stage yelled, \"Go home,\" the crowd laughed.",
        "Go home",
        "man near the stage",
    ),
    // `quote-before-relative-subject`: a subject with a relative clause
    // before the cue speaks, as the reported pass reads it.
    Marks(
        "A skipper who spoke briefly said, \"The talks go on.\"",
        "The talks go on",
        "skipper",
    ),
    // (`who-bare-verb`: the relative's verb heads no complement.)
    Marks(
        "A clerk who works at the harbour said, \"We are closed.\"",
        "We are closed",
        "clerk",
    ),
    // `apposed-title`: after a cue a title-case quote is still speech,
    Marks(
        "Lund said, \"Harbour Town Will Rise Again.\"",
        "Harbour Town Will Rise Again",
        "Lund",
    ),
    // but after a noun of the writer's it names a book.
    Not("Lund wrote about the port in her memoir, \"Salt Roads.\""),
    // `lyrics-not-claims`: "sing" is no cue.
    Not("In her last hit, Lund sings, \"The tide will take us all.\""),
    // `quoted-as-saying`: the subject of the passive "quoted as" speaks
    // (not the object of the active: the quoting source would).
    Marks(
        "Holm is quoted as saying, \"We are ready for the storm.\"",
        "We are ready for the storm",
        "Holm",
    ),
    Marks(
        "Peskov told reporters on Friday: \"The talks are over.\"",
        "The talks are over",
        "Peskov",
    ),
    // Past an opening adjunct ("Late on Thursday,") to the subject.
    Marks(
        "Late on Thursday, the company defended the plan, saying: \"We followed the law.\"",
        "We followed the law",
        "company",
    ),
    // A preposition's object before the cue is no speaker.
    Marks(
        "Another source speaking to the radio said, \"The agents are at the port.\"",
        "The agents are at the port",
        "source speaking to the radio",
    ),
    Marks(
        "Lund answered the question on the website writing, \"Yes, I will.\"",
        "Yes, I will",
        "Lund",
    ),
    // A colon ending the writer's sentence: any cue in the sentence.
    Marks(
        "Lund said yes and took the chance to stand up for the dock crews: \"They work harder than anyone.\"",
        "They work harder than anyone",
        "Lund",
    ),
    // Past phrases set off by commas, a party tag among them.
    Marks(
        "Mayor Eva Dahl (L-North), said, \u{201c}I am getting ready to build a new quay.\u{201d}",
        "I am getting ready to build a new quay",
        "Mayor Eva Dahl",
    ),
    Marks(
        "Kari Dahl, 35, of Bergen, said, \"We will build it.\"",
        "We will build it",
        "Kari Dahl",
    ),
    // `linked-participle`: the object before "upon"/"by" is no speaker; a
    // name opening the sentence before its apposition speaks.
    Marks(
        "Berg, herself a Lund voter, drew jeers from the hall upon saying, \"The count was fair.\"",
        "The count was fair",
        "Berg",
    ),
    Not("The tabloid ran a story with jeers upon saying, \"The count was fair.\""),
    // `relative-that`: "that" between a noun and the cue is its subject.
    Marks(
        "They handed out bottles that said, \"The harbour party welcomes you.\"",
        "The harbour party welcomes you",
        "that",
    ),
    Marks(
        "The page now shows a message that says: \"The ferry is full.\"",
        "The ferry is full",
        "that",
    ),
    // The conjunction after the cue is no relative.
    Not("Lund said that \"the ferry is full\" on Fridays."),
    Not("Lund said \"the next mayor\" should choose."),
    // A show right after "told", a work's Title Case name after a comma.
    Not("\"We won,\" Lund told \"Morning Talk\" on Friday."),
    Not("Lund said so in her 2012 memoir, \"The Harbour Lights Saga.\""),
    // A lowercase quote carrying on the writer's clause: the sentence is one
    // reported claim (interposed-quote; verb-cue), not a direct one.
    Not("In a flood, the agency said, \u{201c}the town pays the bill.\u{201d}"),
    Not("Lund argued the ferry, which runs at a loss, \"will not last\" beyond May."),
    // A quote inside the cue's reported clause: the writer's clause before
    // it, or the writer's words going on after it (the reported pass's).
    Not("Lund said on the radio that in her town, \"there is a lot of anger.\""),
    Not("Lund told the crowd that if the council wants the quay, \"come and take it.\""),
    Not("Berg said the storm was not the fault of the crews, \"not by a long shot.\""),
    Not("Berg said \"it makes me angry\" every time the ferry is late."),
    Not("Asked about the fares, Lund said, \"We have two weeks left\" until the vote."),
    // A quote that ends the sentence, or closes on its own comma, stays direct.
    Marks(
        "Asked about the fares, Lund said, \"We have two weeks left.\"",
        "We have two weeks left",
        "Lund",
    ),
];

pub(super) fn attribution_by_verb_before(doc: &Doc, quote: &Quote) -> Option<Said> {
    let open = quote.open;
    let paragraph = &doc.paragraphs[doc.paragraph_of(open)];
    if open == paragraph.start {
        return attribution_in_previous_paragraph(doc, paragraph.start)
            .map(|(phrase, cue)| (phrase, cue, Rule::QuoteParagraphAfterColon));
    }
    let mark = open - 1;
    let introduced = matches!(doc.word(mark), ":" | ",");
    let end = if introduced { mark } else { open };
    if end == paragraph.start {
        // Only the introducing mark before the quote: no attribution in this paragraph.
        return None;
    }
    // A colon closing the writer's sentence introduces the quote from any
    // cue in that sentence (`Lund said yes and took the chance to stand up
    // for the crews: "..."`); a comma, only from a cue close before it.
    let window = if doc.word(mark) == ":" {
        COLON_WINDOW
    } else {
        BEFORE_WINDOW
    };
    let floor = doc.sentences[doc.sentence_of(end - 1)]
        .start
        .max(end.saturating_sub(window))
        .max(paragraph.start);
    // `As Kolb put it, "..."`.
    if introduced {
        if let Some(put_it) = (floor..end)
            .rev()
            .take_while(|&i| doc.tokens[i].kind != TokenKind::Quote)
            .find_map(|i| cues::as_put_it(doc, i, end))
        {
            return Some((put_it.0, put_it.1, Rule::AsPutItQuote));
        }
    }
    if let Some((phrase, cue)) = message_participle(doc, end) {
        return Some((phrase, cue, Rule::MessageQuote));
    }
    if introduced {
        if let Some((phrase, cue)) = as_apposed_put_it(doc, end) {
            return Some((phrase, cue, Rule::AsPutItQuote));
        }
    }
    let verb = (floor..end)
        .rev()
        .take_while(|&i| doc.tokens[i].kind != TokenKind::Quote)
        .find(|&i| {
            cues::is_reporting_verb(doc, i)
                || (introduced && i + 1 == mark && doc.is(i, "continued"))
        })?;
    let cue = cues::cue_span(doc, verb);
    // `told "Morning Talk" after ...`: right after "told" the quote is the
    // listener (a show's name), not what was said.
    if !introduced && cue.end == open && doc.has(verb, words::TELL) {
        return None;
    }
    // `Lund said in her memoir, "Tough Choices."`: a Title Case quote set
    // off by a comma after words that follow the cue names a work.
    if introduced && cue.end < mark && is_title_case(doc, quote) {
        return None;
    }
    // `said "the next mayor" should choose`: a fragment of the reported clause.
    if !introduced
        && (cue.end != open || crate::attribution::clauses::quote_opens_clause(doc, open))
    {
        return None;
    }
    // `said that, "..." against what ...`: after "that" a quote the writer's
    // words carry on is part of the reported clause.
    let after_that = doc.is(end.saturating_sub(1), "that") || doc.is(open - 1, "that");
    if after_that
        && quote.close.is_some_and(|c| {
            let next = c + 1;
            let ceiling = doc.sentences[doc.sentence_of(c)].end;
            doc.tokens
                .get(next)
                .is_some_and(|t| t.kind == TokenKind::Word)
                && !doc.is_capitalized(next)
                && !speakers::is_pronoun(doc, next)
                && !cues::is_reporting_verb(doc, next)
                && !speakers::phrase_after(doc, next, ceiling)
                    .is_some_and(|p| crate::attribution::clauses::cue_follows(doc, p.end, ceiling))
        })
    {
        return None;
    }
    if cues::is_cancelled(doc, verb, floor) {
        return infinitive_quote(doc, quote, verb, &cue, mark, introduced);
    }
    // `said on the radio that in her town, "there is ..."`, `said the
    // storm was over, "not by a long shot"`, `said "it makes me sad" every
    // time ...`: the quote is a fragment of the cue's reported clause, which
    // the reported pass takes whole (spec: a quoted fragment inside a
    // reported claim is part of that claim).
    if (doc.word(mark) == "," && clause_before_quote(doc, &cue, mark))
        || ((!introduced
            || (doc.word(mark) == "," && cue.end == mark && doc.is_capitalized(quote.inner.start)))
            && !cues::is_participle(doc, verb)
            && writer_carries_on(doc, quote))
    {
        return None;
    }
    let sentence_start = doc.sentences[doc.sentence_of(verb)].start;
    let group = cues::verb_group_start(doc, verb, sentence_start);
    // "Another source speaking to the radio said, ...", "Lund answered on
    // the website writing, ...": the phrase before the verb is a
    // preposition's object or inside a relative; the subject is the stretch
    // before it (for a participle, the sentence's subject).
    // `linked-participle`: "drew boos upon saying, ...", "won the seat by
    // saying, ...": the words before the preposition are its object, not a
    // speaker; the participle speaks for the clause's subject.
    let linked_participle = cues::is_participle(doc, verb)
        && group > sentence_start
        && doc.has(group - 1, words::PARTICIPLE_PREPOSITION);
    let before = (!linked_participle)
        .then(|| speakers::phrase_before(doc, group, sentence_start))
        .flatten()
        .map(|p| {
            // `object-participle-quote`: `Lund opened the debate saying,
            // "..."`: a participle right after the main verb's object speaks
            // for the sentence's subject, as in the reported pass ("Envoys
            // toured the coast saying ..."); not a preposition's object
            // (`footage of Lund saying`, `with crowds chanting`).
            if cues::is_participle(doc, verb)
                && follows_verb(doc, &p, sentence_start)
                && crate::attribution::reported::after_an_object(
                    doc,
                    &doc.sentences[doc.sentence_of(verb)],
                    group,
                )
            {
                if let Some(subject) =
                    crate::attribution::reported::opening_subject(doc, sentence_start, group)
                        .filter(|s| s.end < p.start)
                {
                    return subject;
                }
            }
            if after_preposition(doc, &p, sentence_start)
                || speakers::is_inside_relative(doc, &p, sentence_start)
            {
                let participle = cues::is_participle(doc, verb);
                // "with many marchers chanting": the participle's own agent.
                if participle && with_agent(doc, &p, sentence_start) {
                    return p;
                }
                let subject = if participle {
                    crate::attribution::reported::opening_subject(doc, sentence_start, group)
                } else {
                    speakers::clause_subject(doc, group, sentence_start).map(|(s, _)| s)
                };
                if let Some(subject) = subject.filter(|s| s.start < p.start) {
                    return subject;
                }
            }
            p
        });
    let phrase = before
        .or_else(|| relative_that(doc, group, sentence_start))
        .or_else(|| participle_subject(doc, verb, group, sentence_start))
        // `Sen. Eva Dahl (L-North), said, "..."`, `Kari Dahl, 35, of Bergen,
        // said, "..."`: past phrases set off by commas, before an
        // apposition's phrase (as the reported pass reads them).
        .or_else(|| speakers::subject_past_interposed(doc, group, sentence_start).map(|(p, _)| p))
        .or_else(|| speakers::apposition_subject(doc, group, sentence_start))
        // "said Lund:", but not the listener of "told his supporters,".
        .or_else(|| {
            (!doc.has(verb, words::TELL))
                .then(|| speakers::phrase_after(doc, verb + 1, end))
                .flatten()
        })
        .or_else(|| coordinated_subject(doc, group, sentence_start))
        // `quote-before-relative-subject`: a subject stretch holding a
        // relative clause, as the reported pass reads it (`A harbour
        // official who spoke anonymously said, "..."`: "harbour
        // official").
        .or_else(|| {
            speakers::clause_subject(doc, group, sentence_start)
                .map(|(s, _)| s)
                .filter(|s| (s.end..group).any(|k| speakers::is_relative(doc, k)))
        });
    // `the 41-year-old father of three replied, "..."`: a plain noun phrase
    // before the verb that introduces the quote, where the phrase found is
    // none or a complement's noun ("three").
    let plain = || {
        (introduced && cue.end == mark)
            .then(|| plain_phrase_before(doc, group, sentence_start))
            .flatten()
    };
    let phrase = match phrase {
        Some(p) if after_link(doc, p.start) => plain().filter(|q| q.start < p.start).or(Some(p)),
        Some(p) => Some(p),
        None => plain(),
    }?;
    match introduced
        .then(|| carries_on_a_clause(doc, quote, &phrase, &cue, sentence_start))
        .flatten()
    {
        Some(CarriedOn::Interposed) => Some((phrase, cue, Rule::InterposedQuote)),
        // The reported pass takes the cue's clause, the quote inside.
        Some(CarriedOn::Inserted) => None,
        None => Some((phrase, cue, Rule::QuoteBefore)),
    }
}

/// `relative-that`: `bottles that said, "..."`, `a message that says:
/// "..."`: "that" right before the cue's verb group and right after a noun
/// is a relative pronoun, the verb's subject, as "which" and "who" are; it
/// speaks for its antecedent.
fn relative_that(doc: &Doc, group: usize, sentence_start: usize) -> Option<Range<usize>> {
    let that = group.checked_sub(1)?;
    (that > sentence_start && speakers::is_relative_that(doc, that)).then_some(that..group)
}

/// Between the cue and the comma before the quote, past adjuncts (and the
/// listener of "told"), the writer opens the reported clause: "that", or
/// words with a finite verb (`said the storm was over, "..."`).
fn clause_before_quote(doc: &Doc, cue: &Range<usize>, mark: usize) -> bool {
    if cue.end >= mark {
        return false;
    }
    // "that" within a few words, past adjuncts or a listener (`told the crowd that`).
    let j = if doc.has(cue.start, words::TELL) {
        crate::attribution::clauses::addressee_end(doc, cue.end, mark)
    } else {
        cue.end
    };
    if crate::attribution::clauses::that_opening(doc, cue, j, mark).is_some() {
        return true;
    }
    let j = crate::attribution::clauses::skip_adjuncts(doc, j, mark);
    // A subject and its verb: a lowercase start, an auxiliary or a common
    // irregular past, and no comma or relative between (`said Dahl, who grew
    // up there, "..."` is an inverted speaker and an apposition).
    // (`said she was thinking, "..."`: a verb right before the comma
    // introduces the quote as its own object.)
    j < mark
        && doc.tokens[j].kind == TokenKind::Word
        && !doc.is_capitalized(j)
        && !doc.word(mark - 1).ends_with("ing")
        && (j..mark).all(|k| doc.word(k) != "," && !speakers::is_relative(doc, k))
        && (j + 1..mark).any(|k| doc.has(k, words::FINITE) || doc.has(k, words::IRREGULAR_PAST))
}

/// The quote opening at token `k` is carried on by the writer's words
/// ([`writer_carries_on`]): the reported clause runs through it.
pub(in crate::attribution) fn quote_carried_on(doc: &Doc, k: usize) -> bool {
    let at = doc.quotes.partition_point(|q| q.open < k);
    doc.quotes
        .get(at)
        .is_some_and(|q| q.open == k && !q.nested && writer_carries_on(doc, q))
}

/// `"it makes me sad" every time ...`: the writer's words go on right after
/// the closing mark (no comma or stop inside or after it), so the quote is
/// part of the writer's sentence. A pronoun or a cue after it is an
/// attribution, "and"/"but"/"or" another verb of the speaker's. (A quote
/// of several sentences is an utterance whose last words the writer's run
/// on from: `"... It is a tax rise" for the top bracket`.)
pub(super) fn writer_carries_on(doc: &Doc, quote: &Quote) -> bool {
    if quote.close.is_none() {
        return false;
    }
    let Some(last) = quote.inner.end.checked_sub(1) else {
        return false;
    };
    let next = quote.after;
    next < doc.tokens.len()
        && doc.sentence_of(next) == doc.sentence_of(quote.open)
        && !matches!(
            doc.word(last),
            "." | "," | "!" | "?" | ";" | ":" | "…" | "-" | "—"
        )
        && doc.tokens[next].kind == TokenKind::Word
        && !doc.is_capitalized(next)
        && !speakers::is_pronoun(doc, next)
        && !cues::is_reporting_verb(doc, next)
        && !doc.is(next, "and")
        && !doc.is(next, "but")
        && !doc.is(next, "or")
}

/// How a lowercase quote after its attribution carries on the writer's clause.
enum CarriedOn {
    /// `In a flood, the agency said, "the town pays ..."`: the attribution
    /// is interposed (words of the claim before the speaker, set off by a
    /// comma); the whole sentence is one reported claim, the attribution
    /// inside (the spec).
    Interposed,
    /// `Lund argued the ferry, which runs at a loss, "will not last"`: the
    /// comma before the quote closes a phrase inside the cue's clause, which
    /// the reported pass takes whole.
    Inserted,
}

/// A quote opening in lowercase after `phrase` and `cue` that carries on a
/// clause rather than being the speaker's own sentence.
fn carries_on_a_clause(
    doc: &Doc,
    quote: &Quote,
    phrase: &Range<usize>,
    cue: &Range<usize>,
    sentence_start: usize,
) -> Option<CarriedOn> {
    let first = quote.inner.start;
    if first >= quote.inner.end
        || doc.tokens[first].kind != TokenKind::Word
        || doc.is_capitalized(first)
        || doc.is(first, "i")
    {
        return None;
    }
    let mark = quote.open - 1;
    let comma_before = |k: usize| k > sentence_start + 1 && doc.word(k - 1) == ",";
    // (`the mayor told reporters, "it ..."`: past the listener of "told".)
    let attribution_end = if doc.has(cue.start, words::TELL) {
        crate::attribution::clauses::addressee_end(doc, cue.end, mark)
    } else {
        cue.end
    };
    // `interposed-quote-adjunct`: a prepositional phrase of the cue's with no
    // verb up to the comma (`Lund said at a harbour forum, "we ..."`).
    let attribution_end = if cue_adjunct_only(doc, attribution_end, mark) {
        mark
    } else {
        attribution_end
    };
    if phrase.start < cue.start
        && attribution_end == mark
        && (comma_before(phrase.start)
            || (phrase.start > 0
                && speakers::is_determiner(doc, phrase.start - 1)
                && comma_before(phrase.start - 1)))
    {
        return Some(CarriedOn::Interposed);
    }
    (cue.end < mark && (cue.end..mark).any(|k| doc.word(k) == ",")).then_some(CarriedOn::Inserted)
}

/// How many tokens a cue's adjunct before an interposed quote may hold.
const CUE_ADJUNCT_WINDOW: usize = 12;

/// `from..mark` is one prepositional phrase of the cue's, words and numbers
/// with no verb (`at a harbour forum in Tromso`): an adjunct, no
/// clause of its own.
fn cue_adjunct_only(doc: &Doc, from: usize, mark: usize) -> bool {
    from < mark
        && mark - from <= CUE_ADJUNCT_WINDOW
        && doc.has(from, words::ADJUNCT_PREPOSITION)
        && (from + 1..mark).all(|k| {
            matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number)
                && !speakers::reads_as_verb(doc, k)
        })
}

/// The phrase is a preposition's object ("speaking to [the radio]", "on
/// [the website]"), not the subject of the cue after it.
fn after_preposition(doc: &Doc, phrase: &Range<usize>, floor: usize) -> bool {
    let k = speakers::past_determiner(doc, phrase.start, floor);
    speakers::is_preposition_object(doc, phrase, floor)
        || (k > floor && doc.has(k - 1, words::ADJUNCT_PREPOSITION) && !doc.is_capitalized(k - 1))
}

/// `object-participle-quote`: the phrase (past its determiner) follows the
/// main verb, or a verb and its particle (`emailed [supporters]`, `started
/// out their [debate]`), not a preposition (`footage of [Lund]`) nor a
/// dash.
fn follows_verb(doc: &Doc, phrase: &Range<usize>, floor: usize) -> bool {
    let k = speakers::past_determiner(doc, phrase.start, floor);
    let lower_word = |i: usize| doc.tokens[i].kind == TokenKind::Word && !doc.is_capitalized(i);
    k > floor + 1
        && lower_word(k - 1)
        && (!doc.has(k - 1, words::FUNCTION_WORD)
            || (lower_word(k - 2) && crate::attribution::reported::looks_like_verb(doc, k - 2)))
}

/// `with [many marchers] chanting "..."`: the phrase after "with" is the
/// agent of the participle after it.
fn with_agent(doc: &Doc, phrase: &Range<usize>, floor: usize) -> bool {
    (floor..phrase.start)
        .rev()
        .take(3)
        .find(|&k| !speakers::is_determiner(doc, k))
        .is_some_and(|k| doc.is(k, "with"))
}

/// "I laughed and said, ...": the subject of the first verb of a verb
/// coordinated at `group`, after an opening phrase ("Walking to the car,
/// Berg nodded twice and said").
pub(in crate::attribution) fn coordinated_subject(
    doc: &Doc,
    group: usize,
    sentence_start: usize,
) -> Option<Range<usize>> {
    if !(group > sentence_start && doc.has(group - 1, words::PLAIN_COORDINATOR)) {
        return None;
    }
    // "When Lund thanked the crowd and said": the subject opening the first verb's clause.
    let sentence = doc.sentences[doc.sentence_of(group)].clone();
    if let Some(subject) =
        crate::attribution::reported::first_verb_subject(doc, &sentence, group - 1)
    {
        return Some(subject);
    }
    let clause = (sentence_start.max(group.saturating_sub(CLAUSE_WINDOW))..group)
        .rev()
        .find(|&k| doc.word(k) == ",")
        .map(|k| k + 1);
    clause
        .and_then(|c| {
            speakers::phrase_after(doc, c, group).or_else(|| {
                // "Berg, 70, said ... but added": the subject before the
                // phrases set off ahead of the first verb.
                speakers::subject_past_interposed(doc, c, sentence_start).map(|(p, _)| p)
            })
        })
        .or_else(|| speakers::phrase_after(doc, sentence_start, group))
}

#[cfg(test)]
mod tests {
    use crate::attribution::direct::tests::{direct, t};

    #[test]
    fn a_quote_inside_the_cues_reported_clause_is_part_of_that_claim() {
        let claims = |text: &str| {
            let doc = crate::text::Doc::new(text);
            let found = crate::attribution::found_in(&doc);
            found
                .live()
                .map(|(_, a)| (a.describe(&doc).0, a.mode))
                .collect::<Vec<_>>()
        };
        use crate::model::ClaimMode::Reported;
        assert_eq!(
            claims("Lund told the crowd that if the council wants the quay, \"come and take it.\""),
            [(
                "if the council wants the quay, \"come and take it.\"".into(),
                Reported
            )]
        );
        assert_eq!(
            claims("Berg said the storm was not the fault of the crews, \"not by a long shot.\""),
            [(
                "the storm was not the fault of the crews, \"not by a long shot.\"".into(),
                Reported
            )]
        );
        // `quote-before-name-subject`: a name and its verb after the closing mark.
        assert_eq!(
            claims("Lund said \"of course\" Berg has the skills to lead."),
            [("\"of course\" Berg has the skills to lead".into(), Reported)]
        );
        assert_eq!(
            claims("Berg says \"the ferry is slow\" because the crews are tired."),
            [(
                "\"the ferry is slow\" because the crews are tired".into(),
                Reported
            )]
        );
        // Must not: an inverted speaker with an apposition, or a second verb.
        assert_eq!(
            direct("Said Kari Dahl, who grew up on the quay, \"We were all proud of her.\""),
            [t("We were all proud of her", "Kari Dahl", Some("Said"))]
        );
        assert_eq!(
            direct("Berg said \"We will win this race\" and left the hall."),
            [t("We will win this race", "Berg", Some("said"))]
        );
    }

    #[test]
    fn a_quote_opening_a_reported_clause_is_no_direct_claim() {
        assert!(direct(
            "Lund said via email that, \"Naturally the mayor will answer the charge\" in \
             court."
        )
        .is_empty());
        assert!(
            direct("Lund said \"the next mayor of the town\" should choose the judge.").is_empty()
        );
        assert_eq!(
            direct("Berg said \"We will win this race\" and left the hall."),
            [t("We will win this race", "Berg", Some("said"))]
        );
    }

    #[test]
    fn a_second_attribution_after_the_quote() {
        // `first-attribution`: the subject before the quote speaks; the
        // verb after it makes no claim of its own.
        assert_eq!(
            direct("Pressed on the toll, he warned, \"If they raise it, we walk,\" Lund told the Hamar Post."),
            [t("If they raise it, we walk", "he", Some("warned"))]
        );
        // (Its cue is spent: the reported pass finds no claim after "told".)
        let text = "Pressed on the toll, he warned, \"If they raise it, we walk,\" Lund told the Hamar Post about it.";
        let doc = crate::text::Doc::new(text);
        assert_eq!(crate::attribution::found_in(&doc).iter().count(), 1);
        // A subject in a relative clause (or none) leaves the quote to
        // the attribution after it.
        assert_eq!(
            direct("\"We won,\" Lund said."),
            [t("We won", "Lund", Some("said"))]
        );
        assert!(!direct(
            "Nothing the mayor said \"will calm the skippers,\" the harbour chief said."
        )
        .iter()
        .any(|(_, speaker, _)| speaker == "mayor"));
    }

    #[test]
    fn attribution_before_the_quote() {
        assert_eq!(
            direct("Berg said: \"We are ready.\""),
            [t("We are ready", "Berg", Some("said"))]
        );
        assert_eq!(
            direct("The envoy told reporters on Friday: “Nothing has changed.”"),
            [t("Nothing has changed", "envoy", Some("told"))]
        );
        assert_eq!(
            direct("Berg declared “the war is over.”"),
            [t("the war is over", "Berg", Some("declared"))]
        );
        // The listener of "told" is no speaker, even a speaker noun.
        assert_eq!(
            direct("Lund named no rival, but told his supporters, “the town is in trouble.”"),
            [t("the town is in trouble", "Lund", Some("told"))]
        );
    }

    #[test]
    fn a_colon_ending_the_sentence_joins_the_clause_before_it() {
        // The cue's clause and the quote its colon opens are one claim
        // (`clause-colon-quote`).
        let text = "Lund said that after a long and costly winter on the quay the crews had earned a rest: ''They work harder than anyone.''";
        let doc = crate::text::Doc::new(text);
        let found = crate::attribution::found_in(&doc);
        let claims: Vec<_> = found.live().map(|(_, a)| a.describe(&doc).0).collect();
        assert_eq!(
            claims,
            ["after a long and costly winter on the quay the crews had earned a rest: ''They work harder than anyone.''"]
        );
        let text = "On Saturday, Lund said on the radio: \"We have no money.\"";
        let doc = crate::text::Doc::new(text);
        let found = crate::attribution::found_in(&doc);
        let claims: Vec<_> = found.live().map(|(_, a)| a.describe(&doc).0).collect();
        assert_eq!(claims, ["We have no money"]);
    }

    #[test]
    fn colon_at_the_end_of_the_previous_paragraph() {
        assert_eq!(
            direct("Berg continued:\n\n\"The harbour will stay closed.\""),
            [t("The harbour will stay closed", "Berg", Some("continued"))]
        );
    }

    #[test]
    fn a_plural_possessive_inside_an_apposition() {
        assert_eq!(
            direct("Ann Kolb, who leads the dock workers' union, said, \"The port will close.\""),
            [t("The port will close", "Ann Kolb", Some("said"))]
        );
    }

    #[test]
    fn a_participle_before_a_quote_speaks_for_the_subject() {
        assert_eq!(
            direct("The mayor defended the plan, saying, \"We will win this fight.\""),
            [(
                "We will win this fight".into(),
                "mayor".into(),
                Some("saying".into())
            )]
        );
        assert_eq!(
            direct("On Monday, Lund praised the crew, adding: \"They were heroes.\""),
            [(
                "They were heroes".into(),
                "Lund".into(),
                Some("adding".into())
            )]
        );
        // `object-participle-quote`: right after the main verb's object
        // (past a verb's particle); not after a preposition's object.
        assert_eq!(
            direct("Lund opened the hearing saying, \"We are safe.\""),
            [t("We are safe", "Lund", Some("saying"))]
        );
        assert_eq!(
            direct("Berg started out her third rally saying \"We are back.\""),
            [t("We are back", "Berg", Some("saying"))]
        );
        assert_eq!(
            direct("The ad cuts to footage of Lund saying, \"We are safe.\""),
            [t("We are safe", "Lund", Some("saying"))]
        );
    }

    #[test]
    fn a_coordinated_verb_after_an_opening_phrase() {
        assert_eq!(
            direct("Walking to the car, Berg nodded twice and said, \"Yes.\""),
            [t("Yes", "Berg", Some("said"))]
        );
        // The subject opening the first verb's clause (the reported pass's rule).
        assert_eq!(
            direct(
                "Berg, though she praised the judge and said, \"He deserves a hearing,\" voted no."
            ),
            [t("He deserves a hearing", "she", Some("said"))]
        );
        // `verb-list`: a list of verb phrases after an opening clause.
        assert_eq!(
            direct("When the mayor left, he looked into the camera, frowned and said, \"No way.\""),
            [t("No way", "he", Some("said"))]
        );
    }

    #[test]
    fn a_preposition_s_object_before_the_cue_is_no_speaker() {
        assert_eq!(
            direct("A clerk speaking to the radio said, \"The quay is shut.\""),
            [t(
                "The quay is shut",
                "clerk speaking to the radio",
                Some("said")
            )]
        );
        // "with" and a participle: the phrase after "with" chants.
        assert_eq!(
            direct("The quay was busy, with many dockers chanting \"We stay here\" all day."),
            [t("We stay here", "dockers", Some("chanting"))]
        );
    }

    #[test]
    fn demanded_with_a_quote_is_speech() {
        assert_eq!(
            direct("\"Why is this not proof?\" Lund demanded."),
            [t("Why is this not proof", "Lund", Some("demanded"))]
        );
    }

    #[test]
    fn a_participle_speaks_for_the_subject_of_its_clause() {
        assert_eq!(
            direct("On Monday, after a long race, Berg met Ola Lund and endorsed Norland, saying, \"We need a fighter.\""),
            [t("We need a fighter", "Berg", Some("saying"))]
        );
        assert_eq!(
            direct("Berg was cut short at the rally, when Lund voters drowned out her speech, shouting \"ferries first, fees last!\""),
            [t("ferries first, fees last", "Lund voters", Some("shouting"))]
        );
        // (A song's lyrics are no claim of the singer: "sings" is no cue.)
        assert_eq!(
            direct("\"We were ready,\" Lund sings to Berg before asking her, \"Which way is the harbour?\""),
            [t("Which way is the harbour", "Lund", Some("asking"))]
        );
        // `subordinate-pronoun-subject`: "he" after a subordinator in the
        // clause the comma closes ...
        assert_eq!(
            direct("Mayor Ola Lund admitted some errors even as he defended the plan, saying, \"Most of it is new.\""),
            [t("Most of it is new", "he", Some("saying"))]
        );
        // ... not "they", nor a "he" inside a relative clause.
        assert_eq!(
            direct("Berg regretted the emails after they leaked, saying, \"They were written long ago.\""),
            [t("They were written long ago", "Berg", Some("saying"))]
        );
        assert_eq!(
            direct("Berg was curt about a clerk who said he was owed money after he left, saying, \"He was paid.\""),
            [t("He was paid", "Berg", Some("saying"))]
        );
    }
}
