//! One stable sort for the whole crate.
//!
//! `slice::sort_by_key` and its kin compile a whole sorting engine (driftsort
//! or ipnsort: quicksort, small sorts, merges) for every call site's element
//! type and closure: a dozen call sites cost ~83 KB of wasm code, 20 KB
//! gzipped, more than any pass. Here the comparisons go through one
//! non-generic merge sort of indices (`stable_order`), and each call site
//! adds only its key closure and a short permutation loop. The lists sorted
//! are a document's quotes, speakers or annotations: small, and sorted once.
use std::cmp::Ordering;

/// Sorts `items` by `key`, keeping the order of equal keys (as
/// `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let order = stable_order(items.len(), &|a, b| key(&items[a]).cmp(&key(&items[b])));
    permute(items, order);
}

/// Sorts `items` in ascending order, equal items keeping their order.
pub fn sort<T: Ord>(items: &mut [T]) {
    let order = stable_order(items.len(), &|a, b| items[a].cmp(&items[b]));
    permute(items, order);
}

/// Moves `items[order[k]]` to position `k` for every `k`, one cycle of the
/// permutation at a time (`order` is consumed as the record of what is done).
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Runs this long are sorted by insertion before they are merged.
const RUN: usize = 16;

/// The indices `0..len` ordered by `cmp`, ties in index order: a bottom-up
/// merge sort (insertion-sorted runs, merged pairwise); never inlined, so
/// that every caller shares it.
#[inline(never)]
fn stable_order(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    for run in order.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && cmp(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut merged = vec![0; len];
    let mut width = RUN;
    while width < len {
        for (start, out) in (0..len)
            .step_by(2 * width)
            .zip(merged.chunks_mut(2 * width))
        {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, mid);
            for slot in out.iter_mut() {
                // The left one on ties: equal keys keep their order.
                let take_left = right == end
                    || (left < mid && cmp(order[right], order[left]) != Ordering::Less);
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency for tests this simple).
    fn numbers(n: usize, seed: u64, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                (x >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        for n in [0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 257, 1000] {
            for modulo in [3, 1000] {
                // Pairs (key, position): ties on the key must keep positions in order.
                let keys = numbers(n, n as u64 + modulo, modulo);
                let pairs: Vec<(u64, usize)> = keys.into_iter().zip(0..).collect();
                let mut ours = pairs.clone();
                sort_by_key(&mut ours, |p| p.0);
                let mut std = pairs.clone();
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n = {n}, keys mod {modulo}");
                let mut whole = pairs;
                sort(&mut whole);
                assert!(whole.windows(2).all(|w| w[0] <= w[1]), "n = {n}");
            }
        }
    }

    #[test]
    fn sorts_items_that_cannot_be_copied() {
        let mut words: Vec<String> = ["protest", "said", "Kremlin", "a", "said"]
            .map(String::from)
            .to_vec();
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["a", "said", "said", "protest", "Kremlin"]);
        sort(&mut words);
        assert_eq!(words, ["Kremlin", "a", "protest", "said", "said"]);
    }
}
