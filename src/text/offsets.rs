//! Byte offsets → UTF-16 code-unit offsets (JavaScript string indices).
//!
//! The passes work in bytes; the result is converted here, once, at the edge.
//! A checkpoint every `STRIDE` bytes keeps each lookup short and the table
//! small (one word per 32 bytes of text, none for ASCII text); lookups
//! count bytes, not characters.

// 128 made the lookups 2% of `annotate` on the bench corpus (curly quotes make most news
// text non-ASCII); 32 bytes are four words to count.
const STRIDE: usize = 32;

pub struct Utf16Map<'t> {
    text: &'t str,
    /// `checkpoints[k]` = UTF-16 length of the bytes `text[..k * STRIDE]`;
    /// empty when the text is ASCII (then bytes and code units coincide).
    checkpoints: Vec<usize>,
}

/// UTF-16 code units of whole UTF-8 sequences in `bytes`, counted per byte:
/// each lead byte opens one unit, a 4-byte lead (U+10000 and up) two.
/// Additive over any split, so a checkpoint may fall inside a character.
/// Eight bytes at a time: the top bit of each byte of a word says what it is.
fn utf16_units(bytes: &[u8]) -> usize {
    const TOP: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut units = 0;
    for word in &mut words {
        let mut w = [0; 8];
        w.copy_from_slice(word);
        let w = u64::from_le_bytes(w);
        // A continuation byte is 10xxxxxx; a 4-byte lead 11110xxx (or above).
        let continuation = w & !(w << 1) & TOP;
        let four = w & (w << 1) & (w << 2) & (w << 3) & TOP;
        units += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    units + utf16_units_bytewise(words.remainder())
}

fn utf16_units_bytewise(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from((b & 0xC0) != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl<'t> Utf16Map<'t> {
    pub fn new(text: &'t str) -> Self {
        if text.is_ascii() {
            return Utf16Map {
                text,
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut units = 0;
        checkpoints.push(0);
        for chunk in text.as_bytes().chunks(STRIDE) {
            units += utf16_units(chunk);
            checkpoints.push(units);
        }
        Utf16Map { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn utf16(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        if self.checkpoints.is_empty() {
            return byte;
        }
        let k = byte / STRIDE;
        self.checkpoints[k] + utf16_units(&self.text.as_bytes()[k * STRIDE..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char boundary maps to the UTF-16 length of the text before it.
    fn agrees_with_a_plain_count(text: &str) {
        let map = Utf16Map::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                map.utf16(i),
                text[..i].encode_utf16().count(),
                "at byte {i}"
            );
        }
    }

    #[test]
    fn matches_a_plain_utf16_count_everywhere() {
        let text = "a“b”🎉c é\u{301} 日本 ".repeat(40);
        agrees_with_a_plain_count(&text);
    }

    #[test]
    fn ascii_text_maps_bytes_to_themselves() {
        let text = "Japan said \"no\".";
        let map = Utf16Map::new(text);
        assert_eq!(map.utf16(11), 11);
        assert_eq!(map.utf16(text.len()), text.len());
    }

    #[test]
    fn astral_characters_across_checkpoints() {
        // 4-byte characters straddle every checkpoint boundary.
        let text = format!("x{}", "🎉a".repeat(300));
        agrees_with_a_plain_count(&text);
    }

    #[test]
    fn words_and_bytes_count_alike() {
        let all: Vec<u8> = (0..=255u8).chain("a“b”🎉c é".bytes()).collect();
        for i in 0..all.len() {
            for j in i..=all.len() {
                assert_eq!(utf16_units(&all[i..j]), utf16_units_bytewise(&all[i..j]));
            }
        }
    }

    #[test]
    fn empty_text() {
        assert_eq!(Utf16Map::new("").utf16(0), 0);
    }
}
