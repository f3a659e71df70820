//! The states an exploration has been in, for [`super::search::Search`]: each kept whole (the words
//! `RunView::encode_search_state` writes, and for a bounded search the task that stepped last and the
//! preemptions spent), so that a hash collision can never make two states one. Found by a fixed hash of
//! the words; nothing iterates over the table, so the order of the search never depends on it.
//!
//! Every state keeps the enabled tasks that no visit has explored from it yet (the tasks asleep at
//! every visit), and whether it is on the path of the schedule in progress (its exploration is not
//! finished; a state met again there is a cycle, not a finished state).

use std::collections::HashMap;

/// The most words the cache keeps (8 bytes each: 256 MiB). Past it, new states are not cached: the
/// search goes on without recognising them, which costs time and never soundness.
pub const MAX_CACHED_WORDS: usize = 32 * 1024 * 1024;

#[derive(Debug, Default)]
pub struct StateCache {
    /// The first state with a given hash; the others with it are chained through `next`.
    by_hash: HashMap<u64, u32, FixedState>,
    states: Vec<CachedState>,
    /// Every state's words, one after the other (one vector rather than one allocation per state).
    words: Vec<i64>,
}

#[derive(Debug)]
struct CachedState {
    /// Where its words are in `StateCache::words`.
    start: usize,
    len: usize,
    /// Enabled tasks no visit has explored from this state yet, ascending.
    unexplored: Vec<u32>,
    on_path: bool,
    next: Option<u32>,
}

/// What a search finds when it reaches a state.
#[derive(Debug, PartialEq, Eq)]
pub enum Visit {
    /// Never seen: it is now, with `asleep` as its unexplored tasks.
    New(u32),
    /// Seen, and its exploration finished: `unexplored` is what no earlier visit explored from it.
    Finished { id: u32, unexplored: Vec<u32> },
    /// On the path of the schedule in progress (a cycle), or not cached (the cache is full).
    Untracked,
}

impl StateCache {
    /// Looks `words` up. A new state is stored with `asleep` (ascending) as its unexplored tasks; a
    /// finished one keeps as unexplored only what is asleep at this visit too, since the rest is
    /// explored now. Either way the state is on the path until [`StateCache::leave`].
    pub fn visit(&mut self, words: &[i64], asleep: &[u32]) -> Visit {
        let hash = hash_words(words);
        let mut found = self.by_hash.get(&hash).copied();
        let mut last = None;
        while let Some(id) = found {
            let state = &mut self.states[id as usize];
            if self.words[state.start..state.start + state.len] == *words {
                if state.on_path {
                    return Visit::Untracked;
                }
                let unexplored = state.unexplored.clone();
                state.unexplored.retain(|task| asleep.contains(task));
                state.on_path = true;
                return Visit::Finished { id, unexplored };
            }
            last = Some(id);
            found = state.next;
        }
        if self.words.len() + words.len() > MAX_CACHED_WORDS {
            return Visit::Untracked;
        }
        let id = self.states.len() as u32;
        let start = self.words.len();
        self.words.extend_from_slice(words);
        self.states.push(CachedState {
            start,
            len: words.len(),
            unexplored: asleep.to_vec(),
            on_path: true,
            next: None,
        });
        match last {
            Some(previous) => self.states[previous as usize].next = Some(id),
            None => {
                self.by_hash.insert(hash, id);
            }
        }
        Visit::New(id)
    }

    /// The exploration of state `id` is finished (its node left the search's stack).
    pub fn leave(&mut self, id: u32) {
        self.states[id as usize].on_path = false;
    }

    /// States cached so far.
    pub fn len(&self) -> usize {
        self.states.len()
    }

    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }
}

fn hash_words(words: &[i64]) -> u64 {
    let mut hash = words.len() as u64;
    for &word in words {
        hash = (hash.rotate_left(5) ^ word as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    hash ^ (hash >> 29)
}

/// The table's keys are already hashes: pass them through.
#[derive(Clone, Copy, Debug, Default)]
struct FixedState;

impl std::hash::BuildHasher for FixedState {
    type Hasher = PassThrough;
    fn build_hasher(&self) -> PassThrough {
        PassThrough(0)
    }
}

#[derive(Clone, Copy, Debug)]
struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 << 8) ^ u64::from(byte);
        }
    }
    fn write_u64(&mut self, word: u64) {
        self.0 = word;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_is_new_once_and_finished_after_it_is_left() {
        let mut cache = StateCache::default();
        assert_eq!(cache.visit(&[1, 2], &[0, 2]), Visit::New(0));
        assert_eq!(cache.visit(&[1, 2], &[]), Visit::Untracked, "still on the path: a cycle");
        cache.leave(0);
        // This visit explores 0 and 2's steps unless asleep: only 2 stays unexplored.
        assert_eq!(cache.visit(&[1, 2], &[2]), Visit::Finished { id: 0, unexplored: vec![0, 2] });
        cache.leave(0);
        assert_eq!(cache.visit(&[1, 2], &[]), Visit::Finished { id: 0, unexplored: vec![2] });
        assert_eq!(cache.visit(&[2, 1], &[]), Visit::New(1));
        assert_eq!(cache.len(), 2);
    }
}
