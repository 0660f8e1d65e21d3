//! Lower case exactly as `str::to_lowercase` and `char::to_lowercase` write
//! it, from tables build.rs derives from the standard library of the same
//! toolchain (`lowercase.rs`): the standard library's own table lists every
//! mapped character (11.7 KB) and took, with the Case_Ignorable and Cased
//! tables of its final-sigma rule, 7.3 KB of the gzipped wasm; these runs and
//! ranges take ~2 KB. Tests hold both equal on every character and on every
//! character around a capital sigma.

// `LOWER_RUNS`, `CASE_IGNORABLE` and `TITLECASE`, made by build.rs.
use crate::model::slice;

include!(concat!(env!("OUT_DIR"), "/lowercase.rs"));

/// `s.to_lowercase()`: the same string.
pub fn to_lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            // The one rule that reads the context: a capital sigma that ends a
            // word is a final sigma.
            let last = cased_after_ignorable(slice(s, ..i).chars().rev())
                && !cased_after_ignorable(slice(s, i + 'Σ'.len_utf8()..).chars());
            out.push(if last { 'ς' } else { 'σ' });
        } else {
            push_lowercase(c, &mut out);
        }
    }
    out
}

/// Appends `c.to_lowercase()` to `out`.
pub fn push_lowercase(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{130}' {
        // The one character whose lower case is two.
        out.push_str("i\u{307}");
    } else {
        out.push(lower(c));
    }
}

/// The lower case of a non-ASCII character other than U+0130.
fn lower(c: char) -> char {
    let n = u32::from(c);
    let at = LOWER_RUNS.partition_point(|&(packed, _)| packed & 0x1F_FFFF <= n);
    let Some(&(packed, offset)) = at.checked_sub(1).and_then(|k| LOWER_RUNS.get(k)) else {
        return c;
    };
    let (first, count, stride) = (
        packed & 0x1F_FFFF,
        (packed >> 21 & 0x3FF) + 1,
        (packed >> 31) + 1,
    );
    let k = n - first;
    if k < count * stride && k % stride == 0 {
        // The table holds only offsets to characters.
        n.checked_add_signed(offset)
            .and_then(char::from_u32)
            .unwrap_or(c)
    } else {
        c
    }
}

/// The first character that is not case-ignorable is cased (Unicode's
/// Final_Sigma condition, as the standard library tests it).
fn cased_after_ignorable(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(cased)
}

/// Unicode's Cased: lower case, upper case or title case.
fn cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || TITLECASE.contains(&c)
}

fn case_ignorable(c: char) -> bool {
    let n = u32::from(c);
    ignorable_ranges()
        .take_while(|&(start, _)| start <= n)
        .any(|(_, end)| n < end)
}

/// The Case_Ignorable characters as ranges `(start, end)`, in order.
fn ignorable_ranges() -> impl Iterator<Item = (u32, u32)> {
    let mut bytes = CASE_IGNORABLE.iter();
    let mut next = move || {
        let (mut value, mut shift) = (0, 0);
        for &b in bytes.by_ref() {
            value |= u32::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Some(value);
            }
            shift += 7;
        }
        None
    };
    let mut end = 0;
    std::iter::from_fn(move || {
        let start = end + next()?;
        end = start + next()?;
        Some((start, end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10_FFFF_u32).filter_map(char::from_u32)
    }

    #[test]
    fn every_character_lowers_as_the_standard_library_does() {
        let mut ours = String::new();
        for c in every_char() {
            ours.clear();
            push_lowercase(c, &mut ours);
            let std: String = c.to_lowercase().collect();
            assert_eq!(ours, std, "U+{:04X}", u32::from(c));
        }
    }

    /// Case_Ignorable and Cased as `str::to_lowercase` reads them, for every
    /// character: before a capital sigma, `c` makes it final exactly when it
    /// is cased and not case-ignorable, and after a cased letter exactly when
    /// it is either.
    #[test]
    fn the_final_sigma_tables_are_the_standard_librarys() {
        let mut ignorable = vec![false; 0x11_0000];
        for (start, end) in ignorable_ranges() {
            ignorable[start as usize..end as usize].fill(true);
        }
        let mut text = String::new();
        let mut final_sigma = |before: &str, c: char| {
            text.clear();
            text.push_str(before);
            text.push(c);
            text.push('Σ');
            text.to_lowercase().ends_with('ς')
        };
        for c in every_char() {
            let (alone, after_cased) = (final_sigma("", c), final_sigma("A", c));
            let ours = ignorable[c as usize];
            assert_eq!(ours, !alone && after_cased, "U+{:04X}", u32::from(c));
            if !ours {
                assert_eq!(cased(c), alone, "U+{:04X}", u32::from(c));
            }
        }
    }

    /// Every edge of a case-ignorable range, and a sample of the rest, around
    /// a capital sigma in several contexts.
    #[test]
    fn a_capital_sigma_lowers_as_the_standard_library_does() {
        let edges = ignorable_ranges().flat_map(|(s, e)| [s.wrapping_sub(1), s, e - 1, e]);
        let sample = (0..0x11_0000).step_by(61).chain(0x370..0x400);
        for c in edges.chain(sample).filter_map(char::from_u32) {
            assert_eq!(
                case_ignorable(c),
                ignorable_ranges().any(|(s, e)| (s..e).contains(&u32::from(c)))
            );
            for text in [
                format!("{c}Σ"),
                format!("AΣ{c}"),
                format!("A{c}Σ"),
                format!("AΣ{c}b"),
                format!("Σ{c}"),
                format!("{c}{c}Σ {c}"),
            ] {
                assert_eq!(
                    to_lowercase(&text),
                    text.to_lowercase(),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
    }

    #[test]
    fn words_lower_as_the_standard_library_does() {
        for text in [
            "",
            "Berg",
            "ΟΔΥΣΣΕΥΣ Holm",
            "ΣΑΣ. Σ Σ' AΣ'Σ",
            "İSTANBUL Çelik ǅemal ÅSA",
            "ﬁ ẞ ΐ ǰ Ω K Å Ⅻ Ⓐ 𐐀 𞤀",
            "a\u{301}Σ\u{301} Σ\u{200d}a",
        ] {
            assert_eq!(to_lowercase(text), text.to_lowercase(), "{text}");
        }
    }
}
