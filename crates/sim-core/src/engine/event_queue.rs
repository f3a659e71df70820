//! The timed driver's pending events: the earliest first, and among equal times the first scheduled.
//!
//! Most events are scheduled a fixed delay after the present (`cpu` work of one length on every core,
//! time slices of one quantum, one switch interval), so events of one kind arrive in time order. Such
//! runs are appended to a few sorted lanes (to the lane whose last event is the latest not after the
//! new one), and only an event that fits no lane goes to a binary heap. A pop takes the earliest of the
//! lanes' fronts and the heap's top. With eight cores each doing 1 µs of work, every event goes through
//! a lane: an append and a front removal instead of a heap's sift up and sift down.
//!
//! Cancelled events are left where they are (their handler sees a stale generation) until they would
//! outnumber the live ones; then `retain` drops the ones that can never fire again, so the queue stays
//! in proportion to the number of threads, cores and tasks, not to the length of the run.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};

use crate::model::Nanos;

/// How many sorted lanes sit beside the heap.
const LANES: usize = 4;

/// An event at a time, with the sequence number that orders events of equal time (unique: the kind
/// never takes part in a comparison).
#[derive(Clone, Copy, Debug)]
pub struct Scheduled<K> {
    pub at_ns: Nanos,
    pub sequence: u64,
    pub kind: K,
}

impl<K> Scheduled<K> {
    fn key(&self) -> (Nanos, u64) {
        (self.at_ns, self.sequence)
    }
}

/// A heap entry: `BinaryHeap` pops its greatest, so the earliest key compares greatest.
#[derive(Clone, Copy, Debug)]
struct Earliest<K>(Scheduled<K>);

impl<K> PartialEq for Earliest<K> {
    fn eq(&self, other: &Self) -> bool {
        self.0.key() == other.0.key()
    }
}

impl<K> Eq for Earliest<K> {}

impl<K> PartialOrd for Earliest<K> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K> Ord for Earliest<K> {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.key().cmp(&self.0.key())
    }
}

/// A key that no event has: the front of an empty lane or heap.
const NONE: u128 = u128::MAX;

#[derive(Clone, Debug)]
pub struct EventQueue<K> {
    lanes: [VecDeque<Scheduled<K>>; LANES],
    heap: BinaryHeap<Earliest<K>>,
    /// The key (`at_ns` and sequence in one number) of each lane's first event, and the heap's top
    /// last: the earliest event is the smallest of these few numbers.
    fronts: [u128; LANES + 1],
    /// The time of each lane's last event (0 for an empty lane: any event may start it).
    backs: [Nanos; LANES],
    /// Which of the lanes (or the heap, `LANES`) holds the earliest event, and its key: kept up to
    /// date by every push and pop, so that a peek costs nothing and a push compares one number.
    earliest: (usize, u128),
    /// The smallest key of the other lanes and the heap (all but the earliest's): after a pop, while the
    /// earliest's lane's next event is still below it, that lane keeps the earliest without a pass over
    /// the fronts (eight cores in lockstep take their events from one lane in turn).
    second: u128,
    len: usize,
}

impl<K: Copy> Default for EventQueue<K> {
    fn default() -> Self {
        EventQueue {
            lanes: Default::default(),
            heap: BinaryHeap::new(),
            fronts: [NONE; LANES + 1],
            backs: [0; LANES],
            earliest: (LANES, NONE),
            second: NONE,
            len: 0,
        }
    }
}

/// The order of events as one number: by time, then by sequence.
fn packed_key(at_ns: Nanos, sequence: u64) -> u128 {
    u128::from(at_ns) << 64 | u128::from(sequence)
}

impl<K: Copy> EventQueue<K> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Empties the queue, keeping its memory.
    pub fn clear(&mut self) {
        self.lanes.iter_mut().for_each(VecDeque::clear);
        self.heap.clear();
        self.fronts = [NONE; LANES + 1];
        self.backs = [0; LANES];
        self.earliest = (LANES, NONE);
        self.second = NONE;
        self.len = 0;
    }

    /// Adds an event; its sequence number must be greater than every earlier one's. Inlined into its
    /// callers: out of line, its call cost a fifth of its work (it runs once per `cpu` step of cores in
    /// lockstep).
    #[inline(always)]
    pub fn push(&mut self, event: Scheduled<K>) {
        self.len += 1;
        let key = packed_key(event.at_ns, event.sequence);
        let source = match self.lane_for(event.at_ns) {
            Some(lane) => {
                if self.lanes[lane].is_empty() {
                    self.fronts[lane] = key;
                }
                self.backs[lane] = event.at_ns;
                self.lanes[lane].push_back(event);
                lane
            }
            None => {
                self.heap.push(Earliest(event));
                self.fronts[LANES] = self.fronts[LANES].min(key);
                LANES
            }
        };
        // Keys are unique: an event earlier than the earliest is now the front of its lane or the
        // heap's top (a lane's front changes only when it was empty: it stays sorted).
        let (earliest_source, earliest_key) = self.earliest;
        if key < earliest_key {
            if source != earliest_source {
                self.second = earliest_key;
            }
            self.earliest = (source, key);
        } else if source != earliest_source {
            self.second = self.second.min(self.fronts[source]);
        }
        self.debug_check_earliest();
    }

    /// The lane whose last event is the latest one not after `at_ns` (an empty lane counts as ending at
    /// 0), so the lane stays sorted and lanes of different delays stay apart; `None` when every lane
    /// ends later. Sequence numbers only grow, so an equal time sorts after the last event. Which lane
    /// an event joins never changes the order of pops, only how cheap they are.
    #[inline]
    fn lane_for(&self, at_ns: Nanos) -> Option<usize> {
        let mut best: Option<(usize, Nanos)> = None;
        for (index, &last) in self.backs.iter().enumerate() {
            if last <= at_ns && best.is_none_or(|(_, at)| last > at) {
                best = Some((index, last));
            }
        }
        best.map(|(index, _)| index)
    }

    /// Which of the lanes (or the heap, `LANES`) holds the earliest event and its key, and the smallest
    /// key of the others, worked out from the fronts.
    fn find_earliest(&self) -> ((usize, u128), u128) {
        let mut best = (LANES, self.fronts[LANES]);
        let mut second = NONE;
        for (index, &key) in self.fronts[..LANES].iter().enumerate() {
            if key < best.1 {
                second = best.1;
                best = (index, key);
            } else if key < second {
                second = key;
            }
        }
        (best, second)
    }

    /// Works out the earliest and the second from the fronts again.
    #[cold]
    #[inline(never)]
    fn refresh_earliest(&mut self) {
        (self.earliest, self.second) = self.find_earliest();
    }

    /// Debug builds check the kept earliest and second against a pass over the fronts.
    #[inline]
    fn debug_check_earliest(&self) {
        debug_assert_eq!((self.earliest, self.second), self.find_earliest(), "the earliest event kept up to date");
    }

    /// The earliest event (among equal times, the first scheduled).
    #[inline]
    pub fn peek(&self) -> Option<&Scheduled<K>> {
        match self.earliest {
            (_, NONE) => None,
            (LANES, _) => self.heap.peek().map(|entry| &entry.0),
            (lane, _) => self.lanes[lane].front(),
        }
    }

    /// The time of the earliest event.
    #[inline]
    pub fn peek_at_ns(&self) -> Option<Nanos> {
        let (_, key) = self.earliest;
        (key != NONE).then_some((key >> 64) as Nanos)
    }

    /// Removes and returns the earliest event (among equal times, the first scheduled). Inlined into its
    /// two callers (the timed run loop and its hand-off), like `push`.
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Scheduled<K>> {
        let (source, key) = self.earliest;
        if key == NONE {
            return None;
        }
        self.len -= 1;
        let event = if source == LANES {
            let event = self.heap.pop().map(|entry| entry.0);
            self.fronts[LANES] = self.heap.peek().map_or(NONE, |top| packed_key(top.0.at_ns, top.0.sequence));
            event
        } else {
            let lane = &mut self.lanes[source];
            let event = lane.pop_front();
            match lane.front() {
                Some(next) => self.fronts[source] = packed_key(next.at_ns, next.sequence),
                None => {
                    self.fronts[source] = NONE;
                    self.backs[source] = 0;
                }
            }
            event
        };
        let front = self.fronts[source];
        if front < self.second {
            self.earliest = (source, front);
        } else {
            self.refresh_earliest();
        }
        self.debug_check_earliest();
        event
    }

    /// Keeps only the events `keep` accepts; the order of the rest is unchanged.
    pub fn retain(&mut self, mut keep: impl FnMut(&K) -> bool) {
        for (index, lane) in self.lanes.iter_mut().enumerate() {
            lane.retain(|event| keep(&event.kind));
            self.fronts[index] = lane.front().map_or(NONE, |first| packed_key(first.at_ns, first.sequence));
            self.backs[index] = lane.back().map_or(0, |last| last.at_ns);
        }
        self.heap.retain(|entry| keep(&entry.0.kind));
        self.fronts[LANES] = self.heap.peek().map_or(NONE, |top| packed_key(top.0.at_ns, top.0.sequence));
        self.refresh_earliest();
        self.len = self.lanes.iter().map(VecDeque::len).sum::<usize>() + self.heap.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pops everything: (time, kind) in order.
    fn drain(queue: &mut EventQueue<u32>) -> Vec<(Nanos, u32)> {
        std::iter::from_fn(|| queue.pop()).map(|event| (event.at_ns, event.kind)).collect()
    }

    /// Pushes `(time, kind)` in order with growing sequence numbers and checks that the queue gives them
    /// back sorted by time, then by the order pushed (a stable sort).
    fn check(times: &[Nanos]) {
        let mut queue = EventQueue::default();
        for (sequence, &at_ns) in times.iter().enumerate() {
            queue.push(Scheduled { at_ns, sequence: sequence as u64, kind: sequence as u32 });
        }
        assert_eq!(queue.len(), times.len());
        let mut expect: Vec<(Nanos, u32)> = times.iter().enumerate().map(|(i, &t)| (t, i as u32)).collect();
        expect.sort_by_key(|&(at, kind)| (at, kind));
        assert_eq!(drain(&mut queue), expect, "times {times:?}");
        assert!(queue.is_empty());
    }

    #[test]
    fn pops_by_time_then_by_order_scheduled() {
        check(&[]);
        check(&[5]);
        check(&[5, 5, 5]);
        check(&[3, 1, 2]);
        // Two delays interleaved (work and time slices), each in time order: lanes only.
        check(&[1000, 10_000, 2000, 20_000, 3000, 30_000]);
        // More runs than lanes: the rest goes to the heap.
        check(&[9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8, 7, 6, 5]);
    }

    #[test]
    fn agrees_with_a_sort_on_pseudo_random_times() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for length in [10, 100, 1000] {
            let times: Vec<Nanos> = (0..length)
                .map(|_| {
                    state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    (state >> 33) % 50
                })
                .collect();
            check(&times);
        }
    }

    #[test]
    fn pops_interleaved_with_pushes_keep_the_order() {
        let mut queue = EventQueue::default();
        let mut popped = Vec::new();
        let mut sequence = 0;
        let mut now = 0;
        for round in 0..200u64 {
            for delay in [1000, 10_000, 7 * (round % 3)] {
                sequence += 1;
                queue.push(Scheduled { at_ns: now + delay, sequence, kind: sequence as u32 });
            }
            let event = queue.pop().expect("an event");
            assert!(event.at_ns >= now, "time never goes backwards");
            now = event.at_ns;
            popped.push((event.at_ns, event.sequence));
        }
        assert!(popped.windows(2).all(|pair| pair[0] <= pair[1]), "popped in order");
    }

    #[test]
    fn retain_drops_only_what_it_is_told_and_keeps_the_order() {
        let mut queue = EventQueue::default();
        for (sequence, at_ns) in [4, 1, 3, 1, 2, 9, 0, 5].into_iter().enumerate() {
            queue.push(Scheduled { at_ns, sequence: sequence as u64, kind: sequence as u32 });
        }
        queue.retain(|&kind| kind % 2 == 0);
        assert_eq!(queue.len(), 4);
        assert_eq!(drain(&mut queue), vec![(0, 6), (2, 4), (3, 2), (4, 0)]);
    }
}
