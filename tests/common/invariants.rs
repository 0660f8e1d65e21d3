//! The contract every `annotate` result keeps, whatever the input
//! (docs/annotations.md, "The JSON" and "The four kinds"): checked by the
//! property tests, the regression tests and the fuzz target alike.
//!
//! It reads only the spec's types (`newsmark::Annotations`), never the
//! passes' internals, so it keeps working as the passes change.
use newsmark::{Annotation, Annotations, ClaimMode, Fields, TextSpan};
use std::collections::HashMap;

/// `text` as JavaScript sees it: UTF-16 code units.
struct Utf16Text {
    units: Vec<u16>,
}

impl Utf16Text {
    fn new(text: &str) -> Self {
        Utf16Text {
            units: text.encode_utf16().collect(),
        }
    }

    /// `start..end` is inside the text, on code-point boundaries, and its
    /// slice reads `expected`.
    fn check_span(
        &self,
        what: &str,
        start: usize,
        end: usize,
        expected: &str,
    ) -> Result<(), String> {
        let len = self.units.len();
        if start > end || end > len {
            return Err(format!(
                "{what}: span {start}..{end} outside the text (length {len})"
            ));
        }
        for at in [start, end] {
            // A low surrogate at `at` means `at` splits a surrogate pair.
            if at < len && (0xDC00..=0xDFFF).contains(&self.units[at]) && at > 0 {
                return Err(format!("{what}: offset {at} splits a surrogate pair"));
            }
        }
        let slice = String::from_utf16(&self.units[start..end])
            .map_err(|_| format!("{what}: {start}..{end} is not valid UTF-16"))?;
        if slice != expected {
            return Err(format!(
                "{what}: text {expected:?} differs from the slice {start}..{end} {slice:?}"
            ));
        }
        Ok(())
    }
}

fn check_text_span(text: &Utf16Text, what: &str, s: &TextSpan) -> Result<(), String> {
    text.check_span(what, s.start, s.end, &s.text)?;
    if s.text.trim().is_empty() {
        return Err(format!("{what}: empty span {:?} at {}", s.text, s.start));
    }
    Ok(())
}

/// Checks every invariant of `result` for the input `text`; the error names the first broken one.
pub fn check(text: &str, result: &Annotations) -> Result<(), String> {
    let utf16 = Utf16Text::new(text);
    let all = &result.annotations;
    let mut by_id: HashMap<&str, &Annotation> = HashMap::new();
    for a in all {
        let what = format!("{} {} {:?}", a.kind(), a.id, a.text);
        utf16.check_span(&what, a.start, a.end, &a.text)?;
        if a.text.is_empty() {
            return Err(format!("{what}: empty span at {}", a.start));
        }
        if a.text.trim() != a.text {
            return Err(format!("{what}: span has leading or trailing whitespace"));
        }
        if by_id.insert(a.id.as_str(), a).is_some() {
            return Err(format!("{what}: id {} given twice", a.id));
        }
    }
    check_sorted(all)?;
    check_no_same_kind_overlap(all)?;
    let mut spoken_for: HashMap<&str, bool> = all
        .iter()
        .filter(|a| a.kind() == "speaker")
        .map(|a| (a.id.as_str(), false))
        .collect();
    for a in all {
        let what = format!("{} {} {:?}", a.kind(), a.id, a.text);
        match &a.fields {
            Fields::Claim {
                mode, speaker, cue, ..
            } => {
                if let Some(id) = speaker {
                    let wanted = if *mode == ClaimMode::Territorial {
                        "country"
                    } else {
                        "speaker"
                    };
                    match by_id.get(id.as_str()) {
                        Some(s) if s.kind() == wanted => {}
                        Some(s) => return Err(format!("{what}: speaker {id} is a {}", s.kind())),
                        None => return Err(format!("{what}: speaker {id} does not exist")),
                    }
                    if let Some(used) = spoken_for.get_mut(id.as_str()) {
                        *used = true;
                    }
                }
                if let Some(cue) = cue {
                    check_text_span(&utf16, &format!("{what} cue"), cue)?;
                }
            }
            Fields::Protest {
                protester, target, ..
            } => {
                if let Some(id) = protester {
                    match by_id.get(id.as_str()) {
                        Some(p) if matches!(p.kind(), "speaker" | "country") => {}
                        Some(p) => return Err(format!("{what}: protester {id} is a {}", p.kind())),
                        None => return Err(format!("{what}: protester {id} does not exist")),
                    }
                }
                if let Some(target) = target {
                    check_text_span(&utf16, &format!("{what} target"), target)?;
                }
            }
            Fields::Speaker { entity, .. } => {
                if entity.is_empty() {
                    return Err(format!("{what}: speaker without entity"));
                }
            }
            Fields::Country { code, .. } => {
                if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(format!("{what}: country code {code:?} is not ISO alpha-2"));
                }
            }
        }
    }
    if let Some((id, _)) = spoken_for.iter().find(|(_, used)| !**used) {
        return Err(format!("speaker {id} is the speaker of no claim"));
    }
    serde_json::to_string(result).map_err(|e| format!("result does not serialise: {e}"))?;
    Ok(())
}

/// Sorted by start, then longer first.
fn check_sorted(all: &[Annotation]) -> Result<(), String> {
    for pair in all.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if (a.start, std::cmp::Reverse(a.end)) > (b.start, std::cmp::Reverse(b.end)) {
            return Err(format!(
                "{} {}..{} comes before {} {}..{}: not sorted",
                a.id, a.start, a.end, b.id, b.start, b.end
            ));
        }
    }
    Ok(())
}

/// Two annotations of one kind never overlap, except a territorial claim
/// inside another claim.
fn check_no_same_kind_overlap(all: &[Annotation]) -> Result<(), String> {
    let mut last_of_kind: HashMap<&str, Vec<&Annotation>> = HashMap::new();
    for b in all {
        let earlier = last_of_kind.entry(b.kind()).or_default();
        // Sorted by start: only earlier annotations still open at b.start can overlap b.
        earlier.retain(|a| a.end > b.start);
        for a in earlier.iter() {
            if !overlap_allowed(a, b) {
                return Err(format!(
                    "{} {} {}..{} {:?} overlaps {} {}..{} {:?}",
                    b.kind(),
                    a.id,
                    a.start,
                    a.end,
                    a.text,
                    b.id,
                    b.start,
                    b.end,
                    b.text
                ));
            }
        }
        earlier.push(b);
    }
    Ok(())
}

fn overlap_allowed(outer: &Annotation, inner: &Annotation) -> bool {
    let territorial = |a: &Annotation| {
        matches!(
            a.fields,
            Fields::Claim {
                mode: ClaimMode::Territorial,
                ..
            }
        )
    };
    let contains = |a: &Annotation, b: &Annotation| a.start <= b.start && b.end <= a.end;
    (territorial(inner) && !territorial(outer) && contains(outer, inner))
        || (territorial(outer) && !territorial(inner) && contains(inner, outer))
}

/// Annotates `text` and panics with the broken invariant and the input when one fails.
pub fn annotate_checked(text: &str) -> Annotations {
    let result = newsmark::annotate(text);
    if let Err(e) = check(text, &result) {
        let shown: String = text.chars().take(400).collect();
        panic!(
            "invariant broken: {e}\ninput ({} bytes): {shown:?}",
            text.len()
        );
    }
    result
}
