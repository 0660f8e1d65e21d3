//! The gazetteer's automaton: an Aho–Corasick DFA over the
//! surfaces' bytes, ASCII case folded, with leftmost-longest matches.
//!
//! It is built as the `aho-corasick` crate builds its leftmost automata (the
//! crate is the tests' reference; they compare the two on every surface): a trie of
//! the surfaces, failure links in breadth-first order, where a state that
//! ends a surface fails to `DEAD` (a match, once seen, is only ever made
//! longer), then every transition resolved into one table. The crate
//! compiled ~30 KB of code into the wasm (builders, prefilters, searchers)
//! for this; here the table has a column per byte class (the 45 bytes the
//! surfaces use) and a 16-bit state per cell: ~0.4 MB of linear memory, one
//! lookup per byte of text.

/// The state that no match can come from: the scan stops there.
const DEAD: u16 = 0;
/// The start state, the root of the trie.
const START: u16 = 1;
/// No surface ends at a state.
const NO_SURFACE: u32 = u32::MAX;

pub struct Dfa {
    /// The class of each byte, ASCII case folded: its column of `next`
    /// (0: a byte in no surface).
    class: [u8; 256],
    classes: usize,
    /// The next state: `next[state * classes + class]`.
    next: Vec<u16>,
    /// The surface a match in each state reports, or `NO_SURFACE`.
    surface: Vec<u32>,
    /// The length of each surface in bytes.
    lengths: Vec<usize>,
}

impl Dfa {
    pub fn new<'s>(surfaces: impl Iterator<Item = &'s str>) -> Dfa {
        // The trie: children by lower-cased byte; states 0 (DEAD) and 1 (START).
        let mut children: Vec<Vec<(u8, u16)>> = vec![Vec::new(), Vec::new()];
        let mut surface = vec![NO_SURFACE, NO_SURFACE];
        let mut lengths = Vec::new();
        let mut class = [0u8; 256];
        let mut classes = 1;
        for (id, s) in surfaces.enumerate() {
            lengths.push(s.len());
            let mut state = usize::from(START);
            for b in s.bytes().map(|b| b.to_ascii_lowercase()) {
                if class[usize::from(b)] == 0 {
                    class[usize::from(b)] = classes as u8;
                    classes += 1;
                }
                state = match children[state].iter().find(|&&(e, _)| e == b) {
                    Some(&(_, next)) => usize::from(next),
                    None => {
                        let next = children.len();
                        assert!(next <= usize::from(u16::MAX), "at most 65,535 states");
                        let id = next as u16;
                        children[state].push((b, id));
                        children.push(Vec::new());
                        surface.push(NO_SURFACE);
                        next
                    }
                };
            }
            // The first of equal surfaces is the one reported; an empty one never matches.
            if state != usize::from(START) && surface[state] == NO_SURFACE {
                surface[state] = id as u32;
            }
        }
        for b in b'A'..=b'Z' {
            class[usize::from(b)] = class[usize::from(b.to_ascii_lowercase())];
        }
        // Failure links and the table, in breadth-first order, so that a
        // state's failure state has its row already. START's missing
        // transitions lead back to START; DEAD's row is all DEAD.
        let is_match: Vec<bool> = surface.iter().map(|&s| s != NO_SURFACE).collect();
        let mut fail = vec![DEAD; children.len()];
        let mut next = vec![DEAD; children.len() * classes];
        let start = usize::from(START);
        next[start * classes..(start + 1) * classes].fill(START);
        let mut queue = std::collections::VecDeque::new();
        for &(b, child) in &children[start] {
            next[start * classes + usize::from(class[usize::from(b)])] = child;
            fail[usize::from(child)] = if is_match[usize::from(child)] {
                DEAD
            } else {
                START
            };
            queue.push_back(child);
        }
        while let Some(state) = queue.pop_front() {
            let s = usize::from(state);
            // Bytes without a child go where the failure state goes.
            let f = usize::from(fail[s]);
            let (row, fail_row) = (s * classes, f * classes);
            for c in 0..classes {
                next[row + c] = next[fail_row + c];
            }
            for &(b, child) in &children[s] {
                let c = usize::from(class[usize::from(b)]);
                next[row + c] = child;
                let child = usize::from(child);
                fail[child] = if is_match[child] {
                    DEAD
                } else {
                    // The failure state's transition (already resolved in its row).
                    let to = next[fail_row + c];
                    // A state that is no match reports its failure state's match.
                    if surface[child] == NO_SURFACE {
                        surface[child] = surface[usize::from(to)];
                    }
                    to
                };
                queue.push_back(child as u16);
            }
        }
        Dfa {
            class,
            classes,
            next,
            surface,
            lengths,
        }
    }

    /// The leftmost-longest match that starts at `from` or later: (start, end, surface).
    fn find(&self, haystack: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let mut state = START;
        let mut found = None;
        for (at, &b) in haystack.iter().enumerate().skip(from) {
            let c = usize::from(self.class[usize::from(b)]);
            state = self.next[usize::from(state) * self.classes + c];
            if state == DEAD {
                break;
            }
            let id = self.surface[usize::from(state)];
            if id != NO_SURFACE {
                let end = at + 1;
                found = Some((end - self.lengths[id as usize], end, id as usize));
            }
        }
        found
    }

    /// Every leftmost-longest match in `haystack`, left to right, without
    /// overlaps: (start, end, surface number).
    pub fn find_iter<'t>(
        &'t self,
        haystack: &'t [u8],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let mut from = 0;
        std::iter::from_fn(move || {
            let found = self.find(haystack, from)?;
            from = found.1;
            Some(found)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(surfaces: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        Dfa::new(surfaces.iter().copied())
            .find_iter(text.as_bytes())
            .collect()
    }

    #[test]
    fn the_leftmost_then_the_longest_match_wins() {
        let surfaces = ["South Korea", "Korea", "South Koreans", "Niger", "Nigeria"];
        assert_eq!(
            found(&surfaces, "SOUTH KOREANS in Nigeria, not south korea's"),
            [(0, 13, 2), (17, 24, 4), (30, 41, 0)]
        );
        // Matches do not overlap: "Korea" inside "South Korea" is not found again.
        assert_eq!(found(&surfaces, "Korea"), [(0, 5, 1)]);
        assert_eq!(found(&surfaces, "Nige"), []);
        // A surface inside a longer one that the text breaks off.
        assert_eq!(found(&["abcd", "bc", "c"], "abce"), [(1, 3, 1)]);
        assert_eq!(found(&["abcd", "bcx", "c"], "abcx"), [(1, 4, 1)]);
    }

    #[test]
    fn the_first_of_equal_surfaces_wins_and_only_ascii_folds() {
        let surfaces = ["US", "us", "Côte", "CÔTE"];
        assert_eq!(found(&surfaces, "uS"), [(0, 2, 0)]);
        assert_eq!(
            found(&surfaces, "côte CÔTE cÔte"),
            [(0, 5, 2), (6, 11, 3), (12, 17, 3)]
        );
        assert_eq!(found(&[], "anything"), []);
        assert_eq!(
            found(&["", "a"], "a"),
            [(0, 1, 1)],
            "an empty surface is ignored"
        );
    }
}
