//! Byte offsets → UTF-16 code-unit offsets (JavaScript string indices).
//!
//! The passes work in bytes; the result is converted here, once, at the edge.
//! A checkpoint every `STRIDE` bytes keeps each lookup short and the table
//! small (4 bytes per 256 bytes of text).

const STRIDE: usize = 256;

pub struct Utf16Map<'t> {
    text: &'t str,
    /// `checkpoints[k]` = UTF-16 length of `text[..k * STRIDE]` (rounded down to a char boundary).
    checkpoints: Vec<(usize, usize)>,
}

impl<'t> Utf16Map<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut units = 0;
        let mut next = 0;
        for (i, c) in text.char_indices() {
            while i >= next {
                checkpoints.push((i, units));
                next += STRIDE;
            }
            units += c.len_utf16();
        }
        if checkpoints.is_empty() {
            checkpoints.push((0, 0));
        }
        Utf16Map { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn utf16(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        // Checkpoint k sits on the first char boundary at or after k * STRIDE, so never past `byte`.
        let (at, units) = self.checkpoints[(byte / STRIDE).min(self.checkpoints.len() - 1)];
        units
            + self.text[at..byte]
                .chars()
                .map(char::len_utf16)
                .sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_plain_utf16_count_everywhere() {
        let text = "a“b”🎉c é\u{301} 日本 ".repeat(40);
        let map = Utf16Map::new(&text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                map.utf16(i),
                text[..i].encode_utf16().count(),
                "at byte {i}"
            );
        }
    }

    #[test]
    fn empty_text() {
        assert_eq!(Utf16Map::new("").utf16(0), 0);
    }
}
