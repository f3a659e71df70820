//! CPython's hash table of a set whose members are all integers, so that a set made at run time walks
//! and prints in CPython's order (`{9, 1}` for 9 added before 1, `{1, 9}` the other way; `{3, 1, 2}`
//! walks 1, 2, 3), not in the order its members came. The order of a set is its table's: each member
//! sits where its hash (an integer's value, modulo 2^61 - 1) first finds room, probing nine slots
//! onward, then by a perturbed jump; a removed member leaves a dummy that a later add may take; the
//! table grows fourfold when three fifths are filled. This is CPython 3.7 to 3.13's
//! `Objects/setobject.c` (`set_add_entry`, `set_discard_entry`, `set_table_resize`,
//! `set_insert_clean`); a model checked against those versions on 20,000 random histories of adds and
//! removes of integers from -2^62 to 2^62 (bench/python-agreement/session24-s24silent/README.md). A set
//! holding anything else (a string's hash changes from run to run, None's and an instance's follow
//! their addresses) has no known order: `crate::objects` keeps it in insertion order, as before.

use crate::patterns::is_integer;

/// `LINEAR_PROBES`: the slots after the first probe looked at before a perturbed jump.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`.
const MINIMUM_SLOTS: usize = 8;
/// `_PyHASH_MODULUS`, 2^61 - 1: an integer's hash is its value modulo this, with the sign kept.
const HASH_MODULUS: u64 = (1 << 61) - 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Empty,
    /// A member removed: probing goes on past it, an add may take it.
    Dummy,
    Member(i64),
}

/// One set's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Slots that are not empty (members and dummies): `so->fill`.
    fill: usize,
    /// Members: `so->used`.
    used: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: vec![Slot::Empty; MINIMUM_SLOTS], fill: 0, used: 0 }
    }
}

/// CPython's hash of an integer (`long_hash`): its value modulo 2^61 - 1 with the sign kept, -1 made -2.
pub fn integer_hash(value: i64) -> i64 {
    let magnitude = (value.unsigned_abs() % HASH_MODULUS) as i64;
    let hash = if value < 0 { -magnitude } else { magnitude };
    if hash == -1 { -2 } else { hash }
}

impl SetTable {
    /// Empties the table (a new set), keeping its memory.
    pub fn clear(&mut self) {
        self.slots.clear();
        self.slots.resize(MINIMUM_SLOTS, Slot::Empty);
        self.fill = 0;
        self.used = 0;
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slots a lookup of `hash` visits, in order, until `visit` says to stop (`Some`): the first
    /// probe, up to [`LINEAR_PROBES`] slots after it where they fit before the table's end, then a
    /// jump perturbed by the hash's higher bits, and so on. An empty slot is always found: the table
    /// is never full.
    fn probe<R>(&self, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut index = (hash as u64 as usize) & mask;
        loop {
            let probes = if index + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for slot in index..=index + probes {
                if let Some(found) = visit(slot) {
                    return found;
                }
            }
            perturb >>= PERTURB_SHIFT;
            index = (index.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set.add(member)` of an integer: nothing when it is a member already. A dummy met on the way is
    /// taken (the last one met, as 3.7 to 3.13 do) where the member is new.
    pub fn add(&mut self, member: i64) {
        debug_assert!(is_integer(member), "a table holds integers only");
        let hash = integer_hash(member);
        let mut dummy = None;
        let found = self.probe(hash, |slot| match self.slots[slot] {
            Slot::Empty => Some(Some(slot)),
            Slot::Member(held) if held == member => Some(None),
            Slot::Dummy => {
                dummy = Some(slot);
                None
            }
            Slot::Member(_) => None,
        });
        let Some(empty) = found else { return };
        self.used += 1;
        if let Some(dummy) = dummy {
            self.slots[dummy] = Slot::Member(member);
            return;
        }
        self.slots[empty] = Slot::Member(member);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50_000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// `set.discard(member)`: its slot becomes a dummy.
    pub fn discard(&mut self, member: i64) {
        let hash = integer_hash(member);
        let found = self.probe(hash, |slot| match self.slots[slot] {
            Slot::Empty => Some(None),
            Slot::Member(held) if held == member => Some(Some(slot)),
            _ => None,
        });
        if let Some(slot) = found {
            self.slots[slot] = Slot::Dummy;
            self.used -= 1;
        }
    }

    /// `set_table_resize`: a table of the least power of two above `minimum_used` (at least 8), the
    /// members put back in the old table's order, each in the first empty slot its probe finds.
    fn resize(&mut self, minimum_used: usize) {
        let mut size = MINIMUM_SLOTS;
        while size <= minimum_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Member(member) = slot {
                let empty = self.probe(integer_hash(member), |slot| (self.slots[slot] == Slot::Empty).then_some(slot));
                self.slots[empty] = Slot::Member(member);
            }
        }
    }

    /// The members in the table's order: the order CPython walks and prints the set in.
    pub fn members(&self) -> impl Iterator<Item = i64> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Member(member) => Some(*member),
            _ => None,
        })
    }

    /// Writes the table as it is, dummies included (they decide where later members go): for the
    /// exploration's state cache.
    pub fn write(&self, out: &mut Vec<i64>) {
        out.push(self.slots.len() as i64);
        for slot in &self.slots {
            match slot {
                Slot::Empty => out.push(0),
                Slot::Dummy => out.push(1),
                Slot::Member(member) => out.extend([2, *member]),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(adds_and_discards: &[(bool, i64)]) -> Vec<i64> {
        let mut table = SetTable::default();
        for &(add, member) in adds_and_discards {
            if add { table.add(member) } else { table.discard(member) }
        }
        table.members().collect()
    }

    /// Each order here is what CPython 3.11.7 printed for the same history.
    #[test]
    fn members_walk_in_cpythons_order() {
        assert_eq!(order(&[(true, 9), (true, 1)]), vec![9, 1]);
        assert_eq!(order(&[(true, 1), (true, 9)]), vec![1, 9]);
        assert_eq!(order(&[(true, 3), (true, 1), (true, 2)]), vec![1, 2, 3]);
        assert_eq!(order(&[(true, 8), (true, 16), (true, 0)]), vec![8, 16, 0]);
        assert_eq!(order(&[(true, -1), (true, -2), (true, 3)]), vec![3, -1, -2]);
        // A dummy taken: the last one the probe met (slot 7, after -2's slot 6), not the first (slot 1).
        let history = [(true, 17), (false, 17), (true, -2), (true, 6), (false, 6), (true, 17)];
        assert_eq!(order(&history), vec![-2, 17]);
        assert_eq!(order(&[(true, 17), (false, 17), (true, -2), (true, 17)]), vec![17, -2]);
        // Five members fill three fifths of eight slots: the table grows to 32.
        assert_eq!(
            order(&[(true, 16), (true, 8), (true, 0), (true, 24), (true, 32), (true, 40)]),
            vec![32, 0, 8, 40, 16, 24]
        );
    }

    /// 200 random histories (tests/data/set_orders_cpython.txt), each with the order CPython printed.
    #[test]
    fn random_histories_walk_in_cpythons_order() {
        let histories = include_str!("../tests/data/set_orders_cpython.txt");
        for line in histories.lines().filter(|line| !line.starts_with('#')) {
            let (operations, expected) = line.split_once(" = ").unwrap_or((line.trim_end_matches(" ="), ""));
            let history: Vec<(bool, i64)> = operations
                .split_whitespace()
                .map(|operation| (operation.starts_with('+'), operation[1..].parse().expect("an integer")))
                .collect();
            let expected: Vec<i64> =
                expected.split_whitespace().map(|member| member.parse().expect("an integer")).collect();
            assert_eq!(order(&history), expected, "{line}");
        }
    }

    #[test]
    fn an_integers_hash_is_cpythons() {
        assert_eq!(integer_hash(-1), -2);
        assert_eq!(integer_hash(-2), -2);
        assert_eq!(integer_hash(1 << 61), 1);
        assert_eq!(integer_hash(-(1 << 61)), -2);
        assert_eq!(integer_hash(((1 << 61) - 1) * 2 + 5), 5);
    }
}
