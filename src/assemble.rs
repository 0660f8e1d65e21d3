//! Turns the passes' mentions into the spec's annotations: sorted, with ids,
//! references resolved and byte offsets converted to UTF-16 (the only place
//! that converts).
use crate::mentions::{Agent, ClaimMention, Mentions};
use crate::model::{Annotation, Annotations, ClaimMode, Fields, Span, TextSpan};
use crate::text::offsets::Utf16Map;
use std::cmp::Reverse;
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Ref {
    // Order within one span: the enclosing kinds first.
    Claim(usize),
    Protest(usize),
    Speaker(usize),
    Country(usize),
}

pub fn assemble(text: &str, m: &Mentions) -> Annotations {
    let mut annotations = Vec::new();
    for_each_annotation(text, m, |total, a| {
        annotations.reserve_exact(total - annotations.len());
        annotations.push(a);
    });
    Annotations { annotations }
}

/// Writes `{"annotations":[...]}` exactly as `serde_json` writes the result of
/// `assemble`, one annotation at a time: the whole `Annotations` never lives
/// beside its JSON (the wasm edge's peak memory).
// Used by the wasm edge only; the tests check it natively.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn write_json(mut w: impl std::io::Write, text: &str, m: &Mentions) -> std::io::Result<()> {
    w.write_all(b"{\"annotations\":[")?;
    let mut result = Ok(());
    let mut first = true;
    for_each_annotation(text, m, |_, a| {
        if result.is_ok() {
            let comma = if first { &b""[..] } else { b"," };
            first = false;
            result = w
                .write_all(comma)
                .and_then(|_| serde_json::to_writer(&mut w, &a).map_err(std::io::Error::from));
        }
    });
    result?;
    w.write_all(b"]}")
}

/// Calls `emit` with the number of annotations and each annotation, in order.
fn for_each_annotation(text: &str, m: &Mentions, mut emit: impl FnMut(usize, Annotation)) {
    // Two mentions of one kind never overlap in the result: a mention that
    // overlaps an earlier one of its kind is shown as that one (see `stand_ins`).
    let claim_kept = claims_without_overlap(&m.claims);
    // Every speaker must be the speaker of a claim; others are dropped.
    let mut speaker_used = vec![false; m.speakers.len()];
    for (c, _) in m.claims.iter().zip(&claim_kept).filter(|(_, kept)| **kept) {
        if let Some(Agent::Speaker(s)) = c.agent {
            speaker_used[s] = true;
        }
    }
    let country_as = stand_ins(m.countries.iter().map(|c| c.span), |_| true);
    let speaker_as = stand_ins(m.speakers.iter().map(|s| s.span), |i| speaker_used[i]);
    let protest_as = stand_ins(m.protests.iter().map(|p| p.span), |_| true);
    let shown = |stand_in: &[Option<usize>], i: usize| stand_in[i] == Some(i);

    let mut order: Vec<(Span, Ref)> = Vec::new();
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
    order.sort_unstable_by_key(|&(span, r)| (span.start, Reverse(span.end), r));

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
    let agent_id = |a: Option<Agent>| -> Option<String> {
        match a? {
            Agent::Speaker(s) => speaker_as[s].map(|k| annotation_id(speaker_at[k])),
            Agent::Country(c) => country_as[c].map(|k| annotation_id(country_at[k])),
        }
    };
    // Entities numbered by first appearance.
    let mut entity_ids: HashMap<usize, String> = HashMap::new();
    let mut entity_id = |e: usize| -> String {
        let next = entity_ids.len() + 1;
        entity_ids
            .entry(e)
            .or_insert_with(|| format!("e{next}"))
            .clone()
    };

    let utf16 = Utf16Map::new(text);
    let text_span = |s: Span| TextSpan {
        start: utf16.utf16(s.start),
        end: utf16.utf16(s.end),
        text: s.slice(text).to_string(),
    };
    for (n, (span, r)) in order.iter().enumerate() {
        let fields = match *r {
            Ref::Country(i) => {
                let c = &m.countries[i];
                Fields::Country {
                    code: c.code.to_string(),
                    form: c.form,
                }
            }
            Ref::Speaker(i) => {
                let s = &m.speakers[i];
                Fields::Speaker {
                    name: s.name.clone(),
                    title: s.title.clone(),
                    country: s.country.map(str::to_string),
                    entity: entity_id(s.entity),
                }
            }
            Ref::Claim(i) => {
                let c = &m.claims[i];
                Fields::Claim {
                    mode: c.mode,
                    speaker: agent_id(c.agent),
                    cue: c.cue.map(text_span),
                }
            }
            Ref::Protest(i) => {
                let p = &m.protests[i];
                Fields::Protest {
                    form: p.form,
                    protester: agent_id(p.protester),
                    target: p.target.map(text_span),
                    against: p.against.map(str::to_string),
                }
            }
        };
        let t = text_span(*span);
        emit(
            order.len(),
            Annotation {
                id: annotation_id(n),
                fields,
                start: t.start,
                end: t.end,
                text: t.text,
            },
        );
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
    by_start.sort_unstable_by_key(|&i| (spans[i].start, Reverse(spans[i].end), i));
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
    by_start.sort_unstable_by_key(|&i| (claims[i].span.start, Reverse(claims[i].span.end), i));
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
    format!("a{}", position + 1)
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
        ];
        for text in texts {
            let m = crate::find_mentions(text);
            let mut streamed = Vec::new();
            write_json(&mut streamed, text, &m).unwrap();
            let whole = serde_json::to_string(&assemble(text, &m)).unwrap();
            assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        }
        let m = crate::find_mentions(texts[1]);
        assert!(assemble(texts[1], &m).annotations.len() >= 3);
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
        }
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
