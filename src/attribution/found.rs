//! The attributions the passes find, each under an id that survives removal:
//! a later attribution points at an earlier one's speaker by id
//! (`Source::SameAs`), so removing an entry leaves a tombstone instead of
//! shifting the entries after it (which lost their claims, or gave them the
//! wrong speaker).
use super::Attribution;
use std::ops::{Index, IndexMut, Range};

/// An attribution's id: its place in the order of finding, for good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Id(pub usize);

/// The attributions found so far, in the order found.
#[derive(Clone, Debug, Default)]
pub struct Found {
    entries: Vec<Attribution>,
    removed: Vec<bool>,
    /// Cues a pass read and set aside (`first-attribution`: the second
    /// attribution of a quote): no later pass takes them for a claim.
    spent: Vec<Range<usize>>,
}

impl Found {
    /// Adds `a`; returns its id.
    pub fn push(&mut self, a: Attribution) -> Id {
        self.entries.push(a);
        self.removed.push(false);
        Id(self.entries.len() - 1)
    }

    /// Sets aside the cue at `cue`: no attribution of its own.
    pub fn spend(&mut self, cue: Range<usize>) {
        self.spent.push(cue);
    }

    /// The cues set aside, in the order spent.
    pub fn spent(&self) -> &[Range<usize>] {
        &self.spent
    }

    /// The id the next attribution pushed will get.
    pub fn next_id(&self) -> Id {
        Id(self.entries.len())
    }

    /// Removes the entries from `from` on that `reject` names; their ids stay
    /// taken, and a `SameAs` pointing at one still finds its speaker.
    pub fn remove_from(&mut self, from: Id, mut reject: impl FnMut(&Attribution) -> bool) {
        for (a, removed) in self
            .entries
            .iter()
            .zip(self.removed.iter_mut())
            .skip(from.0)
        {
            *removed |= reject(a);
        }
    }

    /// Removes entry `id` (its id stays taken).
    pub fn remove(&mut self, id: Id) {
        self.removed[id.0] = true;
    }

    pub fn is_removed(&self, id: Id) -> bool {
        self.removed[id.0]
    }

    /// The attributions not removed, with their ids, in the order found.
    pub fn live(&self) -> impl DoubleEndedIterator<Item = (Id, &Attribution)> + '_ {
        self.entries
            .iter()
            .enumerate()
            .filter(|&(j, _)| !self.removed[j])
            .map(|(j, a)| (Id(j), a))
    }

    /// The attributions not removed, in the order found.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Attribution> + '_ {
        self.live().map(|(_, a)| a)
    }

    /// Every id given out, removed ones included.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = Id> {
        (0..self.entries.len()).map(Id)
    }

    /// The ids from `from` on, removed ones left out.
    pub fn live_from(&self, from: Id) -> impl DoubleEndedIterator<Item = Id> + '_ {
        (from.0..self.entries.len())
            .filter(|&j| !self.removed[j])
            .map(Id)
    }

    /// How many attributions are not removed.
    pub fn len(&self) -> usize {
        self.removed.iter().filter(|&&r| !r).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Per token, and one past the last (`tokens + 1` entries): whether a
    /// live claim starts there.
    pub fn claim_starts(&self, tokens: usize) -> Vec<bool> {
        let mut starts = vec![false; tokens + 1];
        for a in self.iter() {
            starts[a.claim.start] = true;
        }
        starts
    }

    /// Per token (`tokens` entries): whether a live claim covers it.
    pub fn claimed_tokens(&self, tokens: usize) -> Vec<bool> {
        let mut claimed = vec![false; tokens];
        for a in self.iter() {
            claimed[a.claim.clone()].iter_mut().for_each(|c| *c = true);
        }
        claimed
    }

    /// The `n`th attribution not removed (for tests, which count what they see).
    #[cfg(test)]
    pub fn nth(&self, n: usize) -> &Attribution {
        self.iter().nth(n).expect("fewer attributions than asked")
    }
}

impl Index<Id> for Found {
    type Output = Attribution;
    fn index(&self, id: Id) -> &Attribution {
        &self.entries[id.0]
    }
}

/// A later pass may widen a claim found earlier (a clause joined by the
/// quote after its colon); its id and speaker stay.
impl IndexMut<Id> for Found {
    fn index_mut(&mut self, id: Id) -> &mut Attribution {
        &mut self.entries[id.0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::Source;
    use crate::model::ClaimMode;

    fn attribution(start: usize, source: Source) -> Attribution {
        Attribution {
            claim: start..start + 1,
            mode: ClaimMode::Reported,
            cue: None,
            source,
            rule: crate::attribution::Rule::VerbCue,
        }
    }

    #[test]
    fn ids_survive_removal() {
        let mut found = Found::default();
        let first = found.push(attribution(0, Source::Phrase(0..1)));
        let second = found.push(attribution(5, Source::Phrase(4..5)));
        let third = found.push(attribution(9, Source::SameAs(second)));
        found.remove_from(first, |a| a.claim.start == 0);
        assert!(found.is_removed(first));
        assert_eq!(found.len(), 2);
        assert_eq!(found[third].source, Source::SameAs(second));
        assert_eq!(found[second].claim, 5..6);
        let live: Vec<Id> = found.live().map(|(id, _)| id).collect();
        assert_eq!(live, [second, third]);
    }
}
