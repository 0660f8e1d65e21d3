//! Turns the passes' mentions into the spec's annotations: sorted, with ids,
//! references resolved and byte offsets converted to UTF-16 (the only place
//! that converts).
use crate::mentions::{Agent, ClaimMention, Mentions};
use crate::model::{
    Annotation, Annotations, ClaimMode, CountryForm, Fields, ProtestForm, Span, TextSpan,
};
use crate::text::offsets::Utf16Map;
use std::cmp::Reverse;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Ref {
    // Order within one span: the enclosing kinds first.
    Claim(usize),
    Protest(usize),
    Speaker(usize),
    Country(usize),
}

pub fn assemble(text: &str, m: &Mentions) -> Annotations {
    let utf16 = Utf16Map::new(text);
    let mut annotations = Vec::new();
    for_each_annotation(m, &mut |total, a| {
        annotations.reserve_exact(total - annotations.len());
        annotations.push(a.to_annotation(text, &utf16));
    });
    Annotations { annotations }
}

/// Each annotation of `assemble` with the name of the rule that made it
/// (`newsmark --explain`): a claim's attribution rule, a speaker's first
/// claim's, a country's or protest's form.
pub fn explain(text: &str, m: &Mentions) -> Vec<(Annotation, &'static str)> {
    let utf16 = Utf16Map::new(text);
    let mut explained = Vec::new();
    for_each_annotation(m, &mut |_, a| {
        explained.push((a.to_annotation(text, &utf16), a.rule));
    });
    explained
}

/// Writes `{"annotations":[...]}` exactly as `serde_json` writes the result of
/// `assemble`, one annotation at a time and straight from the mentions: no
/// `Annotation` is built, and the whole result never lives beside its JSON
/// (the wasm edge's peak memory). With `rules`, each annotation also has a
/// `"rule"` field, the name of the rule that made it (the wasm `explain`;
/// not part of the contract).
// Used by the wasm edge only; the tests check it natively.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn write_json(
    mut w: impl std::io::Write,
    text: &str,
    m: &Mentions,
    rules: bool,
) -> std::io::Result<()> {
    let utf16 = Utf16Map::new(text);
    let mut json = Json {
        buf: Vec::with_capacity(4096 + 512),
        text,
        utf16: &utf16,
        rules,
    };
    json.buf.extend_from_slice(b"{\"annotations\":[");
    let mut result = Ok(());
    let mut first = true;
    for_each_annotation(m, &mut |_, a| {
        if result.is_err() {
            return;
        }
        if !first {
            json.buf.push(b',');
        }
        first = false;
        json.annotation(&a);
        if json.buf.len() >= 4096 {
            result = w.write_all(&json.buf);
            json.buf.clear();
        }
    });
    result?;
    json.buf.extend_from_slice(b"]}");
    w.write_all(&json.buf)
}

/// One annotation as the passes found it, with its references resolved to
/// positions in the sorted result; offsets still in bytes.
struct View<'m> {
    /// Position in the sorted result: its id is "a{position + 1}".
    position: usize,
    span: Span,
    fields: ViewFields<'m>,
    /// The name of the rule that made it (not in the JSON).
    rule: &'static str,
}

enum ViewFields<'m> {
    Country {
        code: &'static str,
        form: CountryForm,
    },
    Speaker {
        name: Option<&'m str>,
        title: Option<&'m str>,
        country: Option<&'static str>,
        /// Entity number (1-based): "e{entity}".
        entity: usize,
    },
    Claim {
        mode: ClaimMode,
        /// Position of the speaker's (or country's) annotation.
        speaker: Option<usize>,
        cue: Option<Span>,
    },
    Protest {
        form: ProtestForm,
        protester: Option<usize>,
        target: Option<Span>,
        against: Option<&'static str>,
    },
}

impl View<'_> {
    fn to_annotation(&self, text: &str, utf16: &Utf16Map) -> Annotation {
        let text_span = |s: Span| TextSpan {
            start: utf16.utf16(s.start),
            end: utf16.utf16(s.end),
            text: s.slice(text).to_string(),
        };
        let fields = match self.fields {
            ViewFields::Country { code, form } => Fields::Country {
                code: code.to_string(),
                form,
            },
            ViewFields::Speaker {
                name,
                title,
                country,
                entity,
            } => Fields::Speaker {
                name: name.map(str::to_string),
                title: title.map(str::to_string),
                country: country.map(str::to_string),
                entity: numbered('e', entity),
            },
            ViewFields::Claim { mode, speaker, cue } => Fields::Claim {
                mode,
                speaker: speaker.map(annotation_id),
                cue: cue.map(text_span),
            },
            ViewFields::Protest {
                form,
                protester,
                target,
                against,
            } => Fields::Protest {
                form,
                protester: protester.map(annotation_id),
                target: target.map(text_span),
                against: against.map(str::to_string),
            },
        };
        let t = text_span(self.span);
        Annotation {
            id: annotation_id(self.position),
            fields,
            start: t.start,
            end: t.end,
            text: t.text,
        }
    }
}

/// Writes the JSON of views as `serde_json` writes their `Annotation`.
struct Json<'a> {
    buf: Vec<u8>,
    text: &'a str,
    utf16: &'a Utf16Map<'a>,
    /// Whether to write each annotation's rule name.
    rules: bool,
}

impl Json<'_> {
    /// Appends `bytes` (one call, not a copy of `Vec`'s growth at each use).
    #[inline(never)]
    fn put(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    fn annotation(&mut self, a: &View) {
        self.put(b"{\"id\":\"a");
        self.number(a.position + 1);
        self.put(b"\",\"kind\":");
        match a.fields {
            ViewFields::Country { code, form } => {
                self.put(b"\"country\",\"code\":");
                self.string(code);
                self.put(b",\"form\":");
                self.variant(&form);
            }
            ViewFields::Speaker {
                name,
                title,
                country,
                entity,
            } => {
                self.put(b"\"speaker\",\"name\":");
                self.optional(name);
                self.put(b",\"title\":");
                self.optional(title);
                self.put(b",\"country\":");
                self.optional(country);
                self.put(b",\"entity\":\"e");
                self.number(entity);
                self.put(b"\"");
            }
            ViewFields::Claim { mode, speaker, cue } => {
                self.put(b"\"claim\",\"mode\":");
                self.variant(&mode);
                self.put(b",\"speaker\":");
                self.reference(speaker);
                self.put(b",\"cue\":");
                self.text_span(cue);
            }
            ViewFields::Protest {
                form,
                protester,
                target,
                against,
            } => {
                self.put(b"\"protest\",\"form\":");
                self.variant(&form);
                self.put(b",\"protester\":");
                self.reference(protester);
                self.put(b",\"target\":");
                self.text_span(target);
                self.put(b",\"against\":");
                self.optional(against);
            }
        }
        self.put(b",");
        self.offsets_and_text(a.span);
        if self.rules {
            self.put(b",\"rule\":");
            self.string(a.rule);
        }
        self.put(b"}");
    }

    /// `"start":..,"end":..,"text":".."`
    fn offsets_and_text(&mut self, span: Span) {
        self.put(b"\"start\":");
        self.number(self.utf16.utf16(span.start));
        self.put(b",\"end\":");
        self.number(self.utf16.utf16(span.end));
        self.put(b",\"text\":");
        self.string(span.slice(self.text));
    }

    fn text_span(&mut self, span: Option<Span>) {
        match span {
            Some(span) => {
                self.put(b"{");
                self.offsets_and_text(span);
                self.put(b"}");
            }
            None => self.put(b"null"),
        }
    }

    fn reference(&mut self, position: Option<usize>) {
        match position {
            Some(p) => {
                self.put(b"\"a");
                self.number(p + 1);
                self.put(b"\"");
            }
            None => self.put(b"null"),
        }
    }

    fn optional(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.put(b"null"),
        }
    }

    /// A unit enum variant: its name in lower case, quoted (as serde writes it).
    fn variant(&mut self, v: &impl Named) {
        self.put(b"\"");
        self.put(v.name().as_bytes());
        self.put(b"\"");
    }

    fn number(&mut self, n: usize) {
        let mut digits = [0u8; 20];
        self.put(decimal(n, &mut digits));
    }

    /// A JSON string with serde_json's escapes: `"` `\` and control characters.
    fn string(&mut self, s: &str) {
        self.put(b"\"");
        let bytes = s.as_bytes();
        let mut from = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b >= 0x20 && b != b'"' && b != b'\\' {
                continue;
            }
            self.put(&bytes[from..i]);
            from = i + 1;
            match b {
                b'"' => self.put(b"\\\""),
                b'\\' => self.put(b"\\\\"),
                b'\n' => self.put(b"\\n"),
                b'\r' => self.put(b"\\r"),
                b'\t' => self.put(b"\\t"),
                0x08 => self.put(b"\\b"),
                0x0c => self.put(b"\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.put(b"\\u00");
                    self.buf.push(HEX[usize::from(b >> 4)]);
                    self.buf.push(HEX[usize::from(b & 0xf)]);
                }
            }
        }
        self.put(&bytes[from..]);
        self.put(b"\"");
    }
}

/// The JSON names of the unit enums of the model (`#[serde(rename_all = "lowercase")]`),
/// written without serde: the wasm module carries no JSON serialiser.
trait Named {
    fn name(&self) -> &'static str;
}

impl Named for CountryForm {
    fn name(&self) -> &'static str {
        match self {
            CountryForm::Name => "name",
            CountryForm::Demonym => "demonym",
            CountryForm::Capital => "capital",
            CountryForm::Seat => "seat",
        }
    }
}

impl Named for ClaimMode {
    fn name(&self) -> &'static str {
        match self {
            ClaimMode::Direct => "direct",
            ClaimMode::Reported => "reported",
            ClaimMode::Territorial => "territorial",
        }
    }
}

impl Named for ProtestForm {
    fn name(&self) -> &'static str {
        match self {
            ProtestForm::Diplomatic => "diplomatic",
            ProtestForm::Condemnation => "condemnation",
            ProtestForm::Demonstration => "demonstration",
        }
    }
}

/// The decimal digits of `n`, written into the end of `digits`.
fn decimal(mut n: usize, digits: &mut [u8; 20]) -> &[u8] {
    let mut at = digits.len();
    loop {
        at -= 1;
        // `n % 10` is below 10: the cast cannot truncate.
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &digits[at..]
}

/// `prefix` followed by `n` in decimal ("a12", "e3"), without the formatting machinery.
fn numbered(prefix: char, n: usize) -> String {
    let mut digits = [0u8; 20];
    let digits = decimal(n, &mut digits);
    let mut s = String::with_capacity(1 + digits.len());
    s.push(prefix);
    s.extend(digits.iter().map(|&d| char::from(d)));
    s
}

/// Calls `emit` with the number of annotations and each annotation, in order.
// `dyn`: one copy of this body serves every caller (each would cost the wasm about 3 KB).
fn for_each_annotation<'m>(m: &'m Mentions, emit: &mut dyn FnMut(usize, View<'m>)) {
    // Two mentions of one kind never overlap in the result: a mention that
    // overlaps an earlier one of its kind is shown as that one (see `stand_ins`).
    let claim_kept = claims_without_overlap(&m.claims);
    // Every speaker must be the speaker of a claim; others are dropped.
    let mut speaker_used = vec![false; m.speakers.len()];
    // A speaker's rule is its first claim's.
    let mut speaker_rule = vec![""; m.speakers.len()];
    for (c, _) in m.claims.iter().zip(&claim_kept).filter(|(_, kept)| **kept) {
        if let Some(Agent::Speaker(s)) = c.agent {
            if !speaker_used[s] {
                speaker_rule[s] = c.rule;
            }
            speaker_used[s] = true;
        }
    }
    let country_as = stand_ins(m.countries.iter().map(|c| c.span), |_| true);
    let speaker_as = stand_ins(m.speakers.iter().map(|s| s.span), |i| speaker_used[i]);
    let protest_as = stand_ins(m.protests.iter().map(|p| p.span), |_| true);
    let shown = |stand_in: &[Option<usize>], i: usize| stand_in[i] == Some(i);

    let mut order: Vec<(Span, Ref)> = Vec::with_capacity(
        m.countries.len() + m.speakers.len() + m.claims.len() + m.protests.len(),
    );
    order.extend(
        m.countries
            .iter()
            .enumerate()
            .filter(|(i, _)| shown(&country_as, *i))
            .map(|(i, c)| (c.span, Ref::Country(i))),
    );
    order.extend(
        m.speakers
            .iter()
            .enumerate()
            .filter(|(i, _)| shown(&speaker_as, *i))
            .map(|(i, s)| (s.span, Ref::Speaker(i))),
    );
    order.extend(
        m.claims
            .iter()
            .enumerate()
            .filter(|(i, _)| claim_kept[*i])
            .map(|(i, c)| (c.span, Ref::Claim(i))),
    );
    order.extend(
        m.protests
            .iter()
            .enumerate()
            .filter(|(i, _)| shown(&protest_as, *i))
            .map(|(i, p)| (p.span, Ref::Protest(i))),
    );
    // The key is unique (a Ref names one mention), so an unstable sort gives the same order.
    crate::order::sort_by_key(&mut order, |&(span, r)| (span.start, Reverse(span.end), r));

    // Position in `order` of each country and speaker: its id is "a{position + 1}".
    let mut country_at = vec![0; m.countries.len()];
    let mut speaker_at = vec![0; m.speakers.len()];
    for (n, (_, r)) in order.iter().enumerate() {
        match *r {
            Ref::Country(i) => country_at[i] = n,
            Ref::Speaker(i) => speaker_at[i] = n,
            _ => {}
        }
    }
    let agent_at = |a: Option<Agent>| -> Option<usize> {
        match a? {
            Agent::Speaker(s) => speaker_as[s].map(|k| speaker_at[k]),
            Agent::Country(c) => country_as[c].map(|k| country_at[k]),
        }
    };
    // Entities numbered by first appearance, from 1 (0: not numbered yet). A vector, not a
    // map: entities are small numbers, and one map type fewer keeps a copy of hashbrown's
    // rehash out of the wasm.
    let mut entity_numbers = vec![0; m.speakers.iter().map(|s| s.entity + 1).max().unwrap_or(0)];
    let mut numbered = 0;
    let mut entity_number = |e: usize| -> usize {
        if entity_numbers[e] == 0 {
            numbered += 1;
            entity_numbers[e] = numbered;
        }
        entity_numbers[e]
    };

    for (n, &(span, r)) in order.iter().enumerate() {
        let (fields, rule) = match r {
            Ref::Country(i) => {
                let c = &m.countries[i];
                let fields = ViewFields::Country {
                    code: c.code,
                    form: c.form,
                };
                (fields, country_rule(c.form))
            }
            Ref::Speaker(i) => {
                let s = &m.speakers[i];
                let fields = ViewFields::Speaker {
                    name: s.name.as_deref(),
                    title: s.title.as_deref(),
                    country: s.country,
                    entity: entity_number(s.entity),
                };
                (fields, speaker_rule[i])
            }
            Ref::Claim(i) => {
                let c = &m.claims[i];
                let fields = ViewFields::Claim {
                    mode: c.mode,
                    speaker: agent_at(c.agent),
                    cue: c.cue,
                };
                (fields, c.rule)
            }
            Ref::Protest(i) => {
                let p = &m.protests[i];
                let fields = ViewFields::Protest {
                    form: p.form,
                    protester: agent_at(p.protester),
                    target: p.target,
                    against: p.against,
                };
                (fields, protest_rule(p.form))
            }
        };
        emit(
            order.len(),
            View {
                position: n,
                span,
                fields,
                rule,
            },
        );
    }
}

/// A country's rule: the form it was found in.
fn country_rule(form: CountryForm) -> &'static str {
    match form {
        CountryForm::Name => "country-name",
        CountryForm::Demonym => "country-demonym",
        CountryForm::Capital => "country-capital",
        CountryForm::Seat => "country-seat",
    }
}

/// A protest's rule: its form.
fn protest_rule(form: ProtestForm) -> &'static str {
    match form {
        ProtestForm::Diplomatic => "protest-diplomatic",
        ProtestForm::Condemnation => "protest-condemnation",
        ProtestForm::Demonstration => "protest-demonstration",
    }
}

/// For each mention of one kind, the mention it is shown as: itself, or the
/// earlier one (in output order: start, then longer first) that it overlaps,
/// so that references to it stay valid; `None` when not shown at all
/// (`shown(i)` false, or an empty span). A safety net for the contract: the
/// passes should not produce overlapping mentions of one kind.
fn stand_ins(
    spans: impl Iterator<Item = Span>,
    shown: impl Fn(usize) -> bool,
) -> Vec<Option<usize>> {
    let spans: Vec<Span> = spans.collect();
    let mut by_start: Vec<usize> = (0..spans.len())
        .filter(|&i| shown(i) && !spans[i].is_empty())
        .collect();
    crate::order::sort_by_key(&mut by_start, |&i| {
        (spans[i].start, Reverse(spans[i].end), i)
    });
    let mut stand_in = vec![None; spans.len()];
    // Kept spans are disjoint and sorted, so the last kept one reaches furthest.
    let mut last_kept: Option<usize> = None;
    for i in by_start {
        match last_kept {
            Some(k) if spans[k].overlaps(spans[i]) => stand_in[i] = Some(k),
            _ => {
                stand_in[i] = Some(i);
                last_kept = Some(i);
            }
        }
    }
    stand_in
}

/// Which claims to keep so that no two overlap, except a territorial claim
/// inside another claim (the spec's one exception): sweeping in output order
/// (start, then longer first), a claim that overlaps one already kept is
/// dropped, so an enclosing claim wins over a quote inside it. A safety net:
/// the passes should not produce such pairs, and the result must never show them.
fn claims_without_overlap(claims: &[ClaimMention]) -> Vec<bool> {
    let territorial = |c: &ClaimMention| c.mode == ClaimMode::Territorial;
    let mut by_start: Vec<usize> = (0..claims.len()).collect();
    crate::order::sort_by_key(&mut by_start, |&i| {
        (claims[i].span.start, Reverse(claims[i].span.end), i)
    });
    let mut kept = vec![false; claims.len()];
    // Kept claims that may still overlap what comes next.
    let mut open: Vec<usize> = Vec::new();
    for i in by_start {
        let c = &claims[i];
        open.retain(|&k| claims[k].span.end > c.span.start);
        let clash = open.iter().any(|&k| {
            let o = &claims[k];
            let nested = territorial(c) != territorial(o)
                && if territorial(c) {
                    o.span.contains(c.span)
                } else {
                    c.span.contains(o.span)
                };
            o.span.overlaps(c.span) && !nested
        });
        if !clash && !c.span.is_empty() {
            kept[i] = true;
            open.push(i);
        }
    }
    kept
}

/// The id of the annotation at `position` in the sorted result: "a1", "a2"...
fn annotation_id(position: usize) -> String {
    numbered('a', position + 1)
}

#[cfg(test)]
mod json_tests {
    use super::*;

    #[test]
    fn streamed_json_is_the_json_of_the_result() {
        let texts = [
            "",
            "Japan protested. \"We will not yield,\" Foreign Minister Taro Kono said of the islands.",
            "China lays claim to the reef. Protesters rallied outside the US embassy in Seoul on Monday.",
            // Every escape serde_json writes, and characters it writes as they are.
            "“We call it a \"red line\"\tand will not \\ yield \u{1}\u{8}\u{c}\u{1f}\u{7f}\u{2028} 🎉 é,\r\n” Foreign Minister Anna Berg said.\n\nJapan's \"Vice\" Minister Ken Sato told reporters that Tokyo rejected the claim.",
        ];
        for text in texts {
            let m = crate::find_mentions(text);
            let mut streamed = Vec::new();
            write_json(&mut streamed, text, &m, false).unwrap();
            let whole = serde_json::to_string(&assemble(text, &m)).unwrap();
            assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        }
        let m = crate::find_mentions(texts[1]);
        assert!(assemble(texts[1], &m).annotations.len() >= 3);
    }
}

#[cfg(test)]
mod id_tests {
    use super::*;

    #[test]
    fn variant_names_are_serde_names() {
        fn same(v: impl Named + serde::Serialize) {
            assert_eq!(
                format!("\"{}\"", v.name()),
                serde_json::to_string(&v).unwrap()
            );
        }
        for v in [
            CountryForm::Name,
            CountryForm::Demonym,
            CountryForm::Capital,
            CountryForm::Seat,
        ] {
            same(v);
        }
        for v in [
            ClaimMode::Direct,
            ClaimMode::Reported,
            ClaimMode::Territorial,
        ] {
            same(v);
        }
        for v in [
            ProtestForm::Diplomatic,
            ProtestForm::Condemnation,
            ProtestForm::Demonstration,
        ] {
            same(v);
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all: String = (0..0x80u8)
            .map(char::from)
            .chain("é€\u{2028}🎉\u{fffd}".chars())
            .collect();
        let utf16 = Utf16Map::new("");
        let mut json = Json {
            buf: Vec::new(),
            text: "",
            utf16: &utf16,
            rules: false,
        };
        json.string(&all);
        assert_eq!(
            String::from_utf8(json.buf).unwrap(),
            serde_json::to_string(&all).unwrap()
        );
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        assert_eq!(annotation_id(0), "a1");
        assert_eq!(annotation_id(9), "a10");
        assert_eq!(numbered('e', 1203), "e1203");
        assert_eq!(numbered('a', usize::MAX), format!("a{}", usize::MAX));
    }
}

#[cfg(test)]
mod overlap_tests {
    use super::*;

    fn claim(start: usize, end: usize, mode: ClaimMode) -> ClaimMention {
        ClaimMention {
            span: Span::new(start, end),
            mode,
            agent: None,
            cue: None,
            rule: "test",
        }
    }

    #[test]
    fn streamed_json_with_rules_adds_each_annotations_rule_and_nothing_else() {
        let text = "Lund said the port would close. Japan protested.";
        let m = crate::find_mentions(text);
        let mut streamed = Vec::new();
        write_json(&mut streamed, text, &m, true).unwrap();
        let mut with_rules: serde_json::Value = serde_json::from_slice(&streamed).unwrap();
        let explained = explain(text, &m);
        let annotations = with_rules["annotations"].as_array_mut().unwrap();
        assert_eq!(annotations.len(), explained.len());
        for (json, (a, rule)) in annotations.iter_mut().zip(&explained) {
            let rule_field = json.as_object_mut().unwrap().remove("rule");
            assert_eq!(rule_field.as_ref().and_then(|r| r.as_str()), Some(*rule));
            assert_eq!(*json, serde_json::to_value(a).unwrap());
        }
        assert_eq!(explained[1].1, "verb-cue");
    }

    #[test]
    fn a_territorial_claim_may_sit_inside_another_claim() {
        let claims = [
            claim(0, 40, ClaimMode::Reported),
            claim(10, 20, ClaimMode::Territorial),
        ];
        assert_eq!(claims_without_overlap(&claims), [true, true]);
    }

    #[test]
    fn an_enclosing_claim_wins_over_a_claim_inside_or_across_it() {
        let claims = [
            claim(12, 18, ClaimMode::Direct),
            claim(0, 40, ClaimMode::Reported),
            claim(30, 50, ClaimMode::Direct),
            claim(50, 60, ClaimMode::Direct),
            claim(55, 55, ClaimMode::Direct),
        ];
        assert_eq!(
            claims_without_overlap(&claims),
            [false, true, false, true, false]
        );
    }

    #[test]
    fn a_territorial_claim_across_a_claim_boundary_is_dropped() {
        let claims = [
            claim(0, 20, ClaimMode::Reported),
            claim(15, 30, ClaimMode::Territorial),
        ];
        assert_eq!(claims_without_overlap(&claims), [true, false]);
    }

    #[test]
    fn an_overlapping_mention_stands_in_for_the_earlier_longer_one() {
        let spans = [
            Span::new(5, 9),
            Span::new(0, 8),
            Span::new(9, 12),
            Span::new(3, 3),
        ];
        assert_eq!(
            stand_ins(spans.into_iter(), |_| true),
            [Some(1), Some(1), Some(2), None]
        );
        assert_eq!(
            stand_ins(spans.into_iter(), |i| i != 1),
            [Some(0), None, Some(2), None]
        );
    }
}
