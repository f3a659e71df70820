//! Happens-before analysis of one run's access log (`RunConfig::record_accesses`).
//!
//! Order comes from synchronisation: locks, queues, barriers, spawn and join, `after` edges and every
//! hand-off that wakes a task (each of these objects acts as a lock that every access acquires and
//! releases). Two accesses to one shared variable, at least one a write, by different tasks with no such
//! order between them are a data race, reported even when the run's outcome was fine.
//!
//! The GIL is deliberately not a source of order: it makes single bytecodes atomic, not the read-modify-
//! write of `n += 1`, and counting its hand-offs would hide every race that the GIL does not prevent.
//!
//! Coroutines of one event loop are different: the loop runs one of them at a time, and a coroutine's
//! run between two `await`s (steps where it may give the loop up: `await`, `yield`, awaiting a task or
//! one of asyncio's own primitives) is never interleaved with another's. A conflict between two
//! coroutines of one loop is therefore a race only across an `await`: when one of its accesses is a
//! write by a coroutine whose last read of that variable came before its latest `await` (a
//! read-modify-write that another coroutine can slip into, as `v = x; await ...; x = v + 1`). Reads and
//! writes with no `await` between them (`x = x + 1` in one run of a coroutine) race with nothing of the
//! same loop. Threads, and coroutines of other loops, race with a coroutine as with any task.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::access::{Access, Object};
use crate::digest::Fnv1a;
use crate::model::{Model, TaskId};

pub use crate::limits::MAX_RACES;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Race {
    /// `balance`, or `worker.total` for another process's variable.
    pub variable: String,
    pub first: RaceStep,
    pub second: RaceStep,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RaceStep {
    pub task: String,
    pub step: String,
    pub line: u32,
    pub write: bool,
}

#[derive(Clone, Copy, Debug)]
struct Stamp {
    task: TaskId,
    epoch: u32,
    pc: u32,
    write: bool,
    /// A coroutine's write whose task last read the variable before its latest `await`.
    across_await: bool,
}

#[derive(Clone, Debug, Default)]
struct VariableHistory {
    last_write: Option<Stamp>,
    /// The latest read of each task since the last write.
    reads: Vec<Stamp>,
    /// Per coroutine that read the variable: in which of its runs between `await`s it read it last
    /// (kept across other tasks' writes: that is what makes a later write of its own stale).
    coroutine_reads: Vec<(TaskId, u32)>,
}

/// A race found, kept as stamps; names are looked up only when the report asks.
#[derive(Clone, Copy, Debug)]
struct FoundRace {
    object: Object,
    first: Stamp,
    second: Stamp,
}

/// The data races of a run, in the order they were found; at most `MAX_RACES`, each pair of steps once.
pub fn find_races(model: &Model, accesses: &[Access]) -> Vec<Race> {
    let mut detector = RaceDetector::default();
    detector.reset(model);
    for access in accesses {
        detector.observe(access);
    }
    detector.races(model)
}

/// [`find_races`] one access at a time, while the run goes: a run reported in full feeds every access
/// to it instead of keeping a log, so its memory depends on the number of tasks and variables, never
/// on the number of steps. Once `MAX_RACES` races are found nothing later can change the report, and it
/// stops looking.
#[derive(Clone, Debug, Default)]
pub struct RaceDetector {
    tasks: usize,
    /// The vector clock of every task, `tasks` entries each, one task after another.
    clocks: Vec<u32>,
    /// The clock each synchronisation object (lock, queue, barrier, task) released last.
    sync: BTreeMap<Object, Vec<u32>>,
    /// Where each process's variables start in `variables`.
    first_variable: Vec<usize>,
    variables: Vec<VariableHistory>,
    /// Array elements, map keys and map shapes (format 1.1), which a model does not number in advance.
    other_variables: BTreeMap<Object, VariableHistory>,
    /// The (task, step) of every `while` loop-back that may block as a spin-wait.
    loop_back_steps: BTreeSet<(u32, u32)>,
    /// By task: the event loop of a coroutine (`None` for a thread).
    event_loops: Vec<Option<u32>>,
    /// The (task, step) of every coroutine step where it may give its loop up (an `await`).
    await_steps: BTreeSet<(u32, u32)>,
    /// By task: how many `await` steps the coroutine has passed (which of its atomic runs it is in).
    runs_between_awaits: Vec<u32>,
    /// The earlier accesses the current one conflicts with (reused).
    conflicts: Vec<Stamp>,
    /// The pairs of steps already reported, packed by `pair_key` and sorted: at most `MAX_RACES`, and
    /// looked up at every conflicting access (a binary search of a few words, not a tree walk).
    seen: Vec<u128>,
    found: Vec<FoundRace>,
}

impl RaceDetector {
    /// Ready for a run of `model`, reusing memory.
    pub fn reset(&mut self, model: &Model) {
        let tasks = model.tasks.len();
        self.tasks = tasks;
        self.clocks.clear();
        self.clocks.resize(tasks * tasks, 0);
        for task in 0..tasks {
            self.clocks[task * tasks + task] = 1;
        }
        self.sync.clear();
        self.first_variable.clear();
        let mut variables = 0;
        for process in &model.processes {
            self.first_variable.push(variables);
            variables += process.shared.len();
        }
        self.variables.clear();
        self.variables.resize(variables, VariableHistory::default());
        self.other_variables.clear();
        self.loop_back_steps.clear();
        self.await_steps.clear();
        for (task, definition) in model.tasks.iter().enumerate() {
            let coroutine = definition.event_loop.is_some();
            for (pc, instruction) in definition.program.iter().enumerate() {
                if matches!(instruction, crate::model::Instr::LoopBack { .. }) {
                    self.loop_back_steps.insert((task as u32, pc as u32));
                }
                if coroutine && model.futures.may_suspend_coroutine(instruction) {
                    self.await_steps.insert((task as u32, pc as u32));
                }
            }
        }
        self.event_loops.clear();
        self.event_loops.extend(model.tasks.iter().map(|task| task.event_loop.map(|event_loop| event_loop.0)));
        self.runs_between_awaits.clear();
        self.runs_between_awaits.resize(tasks, 0);
        self.seen.clear();
        self.found.clear();
    }

    pub fn observe(&mut self, access: &Access) {
        if self.found.len() >= MAX_RACES {
            return;
        }
        let task = access.task.index();
        // Every step records an access; an `await` step may record several (a wake-up later): each
        // starts a new run, and only whether two runs differ matters.
        if !self.await_steps.is_empty() && self.await_steps.contains(&(access.task.0, access.pc)) {
            self.runs_between_awaits[task] += 1;
        }
        match access.object {
            Object::None => {}
            Object::WokenBy(by) | Object::CancelledBy(by) => self.order_after(task, by.index()),
            // A `while` that may block as a spin-wait reads again what its iteration read, for
            // exploration; the reads themselves were the iteration's steps, where races are reported.
            data if data.is_data() && self.is_loop_back(access) => {}
            data if data.is_data() => self.check(access, data),
            // A read of a lock or semaphore is a look that took nothing (a failed try, a contender that
            // found it taken, a spin-wait's re-read): it synchronizes with nobody. Nor does a job that
            // takes a free worker of its executor (a queued job is handed one: that is an order).
            Object::Lock(_) | Object::Semaphore(_) | Object::Executor(_) if !access.write => {}
            object => {
                let tasks = self.tasks;
                let clock = &mut self.clocks[task * tasks..(task + 1) * tasks];
                let released = self.sync.entry(object).or_insert_with(|| vec![0; tasks]);
                join(clock, released);
                released.copy_from_slice(clock);
                clock[task] += 1;
            }
        }
    }

    /// `task` goes on because `by` handed it something: it sees everything `by` did so far.
    fn order_after(&mut self, task: usize, by: usize) {
        let tasks = self.tasks;
        for index in 0..tasks {
            let theirs = self.clocks[by * tasks + index];
            let mine = &mut self.clocks[task * tasks + index];
            *mine = (*mine).max(theirs);
        }
        self.clocks[by * tasks + by] += 1;
    }

    fn is_loop_back(&self, access: &Access) -> bool {
        !self.loop_back_steps.is_empty() && self.loop_back_steps.contains(&(access.task.0, access.pc))
    }

    fn check(&mut self, access: &Access, object: Object) {
        let tasks = self.tasks;
        let task = access.task.index();
        let clock = &self.clocks[task * tasks..(task + 1) * tasks];
        let history = match object {
            Object::Shared(process, var) => &mut self.variables[self.first_variable[process.index()] + var.index()],
            other => self.other_variables.entry(other).or_default(),
        };
        let run = self.runs_between_awaits[task];
        let across_await = access.write && stale_write(history, access.task, run);
        if !access.write && self.event_loops[task].is_some() {
            note_coroutine_read(history, access.task, run);
        }
        let stamp = Stamp { task: access.task, epoch: clock[task], pc: access.pc, write: access.write, across_await };
        let event_loops = &self.event_loops;
        let unordered = |earlier: &Stamp| {
            earlier.task != access.task
                && clock[earlier.task.index()] < earlier.epoch
                && (earlier.across_await || across_await || !same_loop(event_loops, earlier.task.index(), task))
        };
        self.conflicts.clear();
        // Plain tests and loops: `extend` of a filter went through an out-of-line `try_fold` per access.
        if let Some(write) = history.last_write.filter(unordered) {
            self.conflicts.push(write);
        }
        if access.write {
            for &read in &history.reads {
                if unordered(&read) {
                    self.conflicts.push(read);
                }
            }
            history.last_write = Some(stamp);
            history.reads.clear();
        } else {
            history.reads.retain(|r| r.task != access.task);
            history.reads.push(stamp);
        }
        for &earlier in &self.conflicts {
            if self.found.len() >= MAX_RACES {
                break;
            }
            let key = pair_key(earlier, stamp);
            if let Err(position) = self.seen.binary_search(&key) {
                self.seen.insert(position, key);
                self.found.push(FoundRace { object, first: earlier, second: stamp });
            }
        }
    }

    /// The races found so far, in words.
    pub fn races(&self, model: &Model) -> Vec<Race> {
        self.found
            .iter()
            .map(|race| Race {
                variable: data_name(model, race.object),
                first: race_step(model, race.first),
                second: race_step(model, race.second),
            })
            .collect()
    }
}

/// Whether two tasks are coroutines of one event loop (their runs between `await`s never interleave).
fn same_loop(event_loops: &[Option<u32>], first: usize, second: usize) -> bool {
    event_loops[first].is_some() && event_loops[first] == event_loops[second]
}

/// Whether a write by `task`, now in its run `run` between `await`s, may write a value it read before
/// an `await`: its last read of the variable was in an earlier run (threads never note reads here).
fn stale_write(history: &VariableHistory, task: TaskId, run: u32) -> bool {
    history.coroutine_reads.iter().any(|&(reader, read_in)| reader == task && read_in != run)
}

fn note_coroutine_read(history: &mut VariableHistory, task: TaskId, run: u32) {
    match history.coroutine_reads.iter_mut().find(|(reader, _)| *reader == task) {
        Some(entry) => entry.1 = run,
        None => history.coroutine_reads.push((task, run)),
    }
}

/// A pair of steps (task and step of each) as one number, for `RaceDetector::seen`.
fn pair_key(first: Stamp, second: Stamp) -> u128 {
    let words = [first.task.0, first.pc, second.task.0, second.pc];
    words.into_iter().fold(0, |key, word| key << 32 | u128::from(word))
}

fn join(into: &mut [u32], from: &[u32]) {
    for (mine, theirs) in into.iter_mut().zip(from) {
        *mine = (*mine).max(*theirs);
    }
}

/// The name of a memory location: `x`, `buf[2]`, `cache[7]`, `len(cache)`, prefixed by its process
/// unless that is `main`.
pub fn data_name(model: &Model, object: Object) -> String {
    let (process, name) = match object {
        Object::Shared(process, var) => (process, model.processes[process.index()].shared[var.index()].name.clone()),
        Object::Element(process, array, index) => {
            (process, format!("{}[{index}]", model.processes[process.index()].arrays[array.index()].name))
        }
        Object::Key(process, map, key) => {
            (process, format!("{}[{key}]", model.processes[process.index()].maps[map.index()].name))
        }
        Object::MapShape(process, map) => {
            (process, format!("len({})", model.processes[process.index()].maps[map.index()].name))
        }
        // An object made at run time belongs to the run, not to one process's declarations; its
        // number is the order the run made it in (docs/format.md), and a key that is no integer (a
        // string's footprint) is not printable without the run's values.
        Object::Item(number, key) if crate::patterns::is_integer(key) => return format!("object#{number}[{key}]"),
        Object::Item(number, _) => return format!("an item of object#{number}"),
        Object::ItemShape(number) => return format!("len(object#{number})"),
        _ => unreachable!("only data objects race"),
    };
    let definition = &model.processes[process.index()];
    if definition.name == "main" { name } else { format!("{}.{name}", definition.name) }
}

fn race_step(model: &Model, stamp: Stamp) -> RaceStep {
    let task = &model.tasks[stamp.task.index()];
    RaceStep {
        task: task.name.clone(),
        step: crate::trace::describe_instr(model, stamp.task, stamp.pc),
        line: task.lines.get(stamp.pc as usize).copied().unwrap_or(0),
        write: stamp.write,
    }
}

/// A fingerprint of the run's happens-before class (its Mazurkiewicz trace): for every object, the order
/// of its writes, and between two writes the set of tasks that read it (reads commute). Two runs that
/// differ only in the order of independent steps get the same fingerprint; fuzzing counts distinct
/// fingerprints as its coverage. (One call; a loop over many runs keeps a [`ClassFingerprinter`].)
pub fn happens_before_class(accesses: &[Access]) -> u64 {
    ClassFingerprinter::default().class_of(accesses)
}

/// Computes [`happens_before_class`] run after run in reused memory: fuzzing classifies every seed, and
/// a map and vectors allocated per run cost more than the run itself.
#[derive(Clone, Debug, Default)]
pub struct ClassFingerprinter {
    /// Up to [`FEW_ACCESSES`] accesses to objects, as [`Entry`]s in object order, each object's accesses
    /// in log order: each is inserted in place as the log is read (a small program's log is nearly in
    /// object order already). Fixed arrays in the fingerprinter, reused from run to run: nothing is
    /// zeroed or grown per run.
    few: [Entry; FEW_ACCESSES],
    /// The reads since the last write of the object being folded, for a log of at most `FEW_ACCESSES`.
    few_readers: [u64; FEW_ACCESSES],
    /// The entries of a log of at most [`FEW_ACCESSES`] accesses to objects, in log order.
    in_log: [Entry; FEW_ACCESSES],
    /// Logs already classified, by the hash of their entries in log order (`KNOWN_LOGS` slots, made at
    /// the first call): a fuzz campaign of a small program meets the same few logs again and again, and
    /// comparing a log with a known one costs a fraction of putting it in object order and folding it.
    known: Vec<KnownLog>,
    /// Past [`FEW_ACCESSES`]: every access to an object as one number, its object's tag above its
    /// position in the log, for a sort (one integer sorts faster than a tuple); then as entries.
    keyed: Vec<u128>,
    entries: Vec<Entry>,
    readers: Vec<u64>,
}

/// A log whose fingerprint is known: its entries in log order (the fingerprint is a function of them
/// alone) and their hash.
#[derive(Clone, Debug)]
struct KnownLog {
    hash: u64,
    len: usize,
    entries: [Entry; FEW_ACCESSES],
    class: u64,
}

/// Slots of known logs (a power of two: the top bits of a log's hash pick its slot).
const KNOWN_LOGS: usize = 64;

/// An access to an object, as the fingerprint reads it: its object's tag and its word (the task above
/// one bit that says whether it wrote).
type Entry = (u64, u64);

/// Up to this many accesses to objects, the log is put in object order by insertion: a fuzz run of a
/// small program has a handful, already nearly in order, and a general sort (or a walk of the log per
/// object) cost as much as a tenth of the run.
const FEW_ACCESSES: usize = 32;

impl ClassFingerprinter {
    pub fn class_of(&mut self, accesses: &[Access]) -> u64 {
        let mut count = 0;
        let mut hash = 0u64;
        for access in accesses {
            let Some(tag) = object_tag(access.object) else { continue };
            if count == FEW_ACCESSES {
                return self.class_by_sorting(accesses);
            }
            let word = access_word(access);
            self.in_log[count] = (tag, word);
            hash = (hash.rotate_left(5) ^ tag ^ word.rotate_left(40)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            count += 1;
        }
        if self.known.is_empty() {
            self.known =
                vec![KnownLog { hash: 0, len: usize::MAX, entries: [(0, 0); FEW_ACCESSES], class: 0 }; KNOWN_LOGS];
        }
        let slot = (hash >> (u64::BITS - KNOWN_LOGS.trailing_zeros())) as usize;
        let known = &self.known[slot];
        if known.hash == hash && known.len == count && known.entries[..count] == self.in_log[..count] {
            let class = known.class;
            debug_assert_eq!(class, self.class_of_few(count), "a known log's fingerprint");
            return class;
        }
        let class = self.class_of_few(count);
        let known = &mut self.known[slot];
        (known.hash, known.len, known.class) = (hash, count, class);
        known.entries[..count].copy_from_slice(&self.in_log[..count]);
        class
    }

    /// The fingerprint of the first `count` entries of `in_log`: put in object order by insertion (a
    /// small program's log is nearly in that order already), then folded.
    fn class_of_few(&mut self, count: usize) -> u64 {
        for (index, &entry) in self.in_log[..count].iter().enumerate() {
            insert_by_tag(&mut self.few[..=index], entry);
        }
        fold_entries(&self.few[..count], &mut self.few_readers)
    }

    /// The same fingerprint for a log of many accesses: its accesses sorted by object, then in log order.
    fn class_by_sorting(&mut self, accesses: &[Access]) -> u64 {
        self.keyed.clear();
        for (position, access) in accesses.iter().enumerate() {
            if let Some(tag) = object_tag(access.object) {
                self.keyed.push(u128::from(tag) << 32 | position as u128);
            }
        }
        self.keyed.sort_unstable();
        self.entries.clear();
        self.entries
            .extend(self.keyed.iter().map(|&key| ((key >> 32) as u64, access_word(&accesses[key as u32 as usize]))));
        self.readers.clear();
        self.readers.resize(self.entries.len(), 0);
        fold_entries(&self.entries, &mut self.readers)
    }
}

fn access_word(access: &Access) -> u64 {
    u64::from(access.task.0) << 1 | u64::from(access.write)
}

/// Inserts `entry` as the last element of `entries` and moves it down past every entry of a greater tag:
/// a stable insertion sort, one entry at a time (entries of one tag stay in the order they came).
#[inline]
fn insert_by_tag(entries: &mut [Entry], entry: Entry) {
    let mut slot = entries.len() - 1;
    while slot > 0 && entries[slot - 1].0 > entry.0 {
        entries[slot] = entries[slot - 1];
        slot -= 1;
    }
    entries[slot] = entry;
}

/// The fingerprint of `entries`, in object order: each object's tag, then its accesses, where a write is
/// its word and the reads between two writes are a set (their words sorted, so their order does not
/// matter). `readers` has room for every entry.
#[inline]
fn fold_entries(entries: &[Entry], readers: &mut [u64]) -> u64 {
    debug_assert!(readers.len() >= entries.len());
    let mut total = Fnv1a::default();
    let mut current = None;
    let mut reading = 0;
    for &(tag, word) in entries {
        if current != Some(tag) {
            flush_readers(&mut total, &mut readers[..reading]);
            reading = 0;
            total.write_u64(tag);
            current = Some(tag);
        }
        if word & 1 == 1 {
            flush_readers(&mut total, &mut readers[..reading]);
            reading = 0;
            total.write_u64(word);
        } else {
            readers[reading] = word;
            reading += 1;
        }
    }
    flush_readers(&mut total, &mut readers[..reading]);
    total.finish()
}

/// The reads since the last write, as a set: sorted, so their order does not matter. Mostly none, one
/// or two: those are written out without a loop.
#[inline(always)]
fn flush_readers(total: &mut Fnv1a, readers: &mut [u64]) {
    match *readers {
        [] => {}
        [only] => total.write_u64(only),
        [first, second] => {
            total.write_u64(first.min(second));
            total.write_u64(first.max(second));
        }
        _ => flush_many_readers(total, readers),
    }
}

#[inline(never)]
fn flush_many_readers(total: &mut Fnv1a, readers: &mut [u64]) {
    readers.sort_unstable();
    for &reader in readers.iter() {
        total.write_u64(reader);
    }
}

/// The object's tag, ordered as the objects are; `None` for what is not an object (no access, a wake-up,
/// an `atomic` block's edge).
#[inline]
fn object_tag(object: Object) -> Option<u64> {
    Some(match object {
        Object::Shared(process, var) => 1u64 << 60 | u64::from(process.0) << 32 | u64::from(var.0),
        Object::Lock(lock) => 2u64 << 60 | u64::from(lock.0),
        Object::Queue(queue) => 3u64 << 60 | u64::from(queue.0),
        Object::Barrier(barrier) => 4u64 << 60 | u64::from(barrier.0),
        Object::Task(task) => 5u64 << 60 | u64::from(task.0),
        Object::Element(process, array, index) => {
            6u64 << 60 | u64::from(process.0) << 40 | u64::from(array.0) << 24 | u64::from(index)
        }
        Object::Key(process, map, key) => 7u64 << 60 ^ u64::from(process.0) << 40 ^ u64::from(map.0) << 24 ^ key as u64,
        Object::MapShape(process, map) => 8u64 << 60 | u64::from(process.0) << 32 | u64::from(map.0),
        Object::Semaphore(id) => 9u64 << 60 | u64::from(id),
        Object::Event(id) => 10u64 << 60 | u64::from(id),
        Object::Condition(id) => 11u64 << 60 | u64::from(id),
        Object::Executor(executor) => 12u64 << 60 | u64::from(executor.0),
        Object::Item(number, key) => 13u64 << 60 ^ u64::from(number) << 32 ^ key as u64,
        Object::ItemShape(number) => 14u64 << 60 | u64::from(number),
        Object::None | Object::WokenBy(_) | Object::CancelledBy(_) | Object::Atomic => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LockId, ProcessId, QueueId, VarId};

    /// The definition, written plainly: accesses grouped by object in the objects' order.
    fn class_by_definition(accesses: &[Access]) -> u64 {
        let mut per_object: BTreeMap<Object, Vec<(u32, bool)>> = BTreeMap::new();
        for access in accesses {
            if !matches!(access.object, Object::None | Object::WokenBy(_) | Object::Atomic) {
                per_object.entry(access.object).or_default().push((access.task.0, access.write));
            }
        }
        let mut total = Fnv1a::default();
        for (object, sequence) in per_object {
            total.write_u64(object_tag(object).unwrap_or_default());
            let mut readers = Vec::new();
            for (task, write) in sequence {
                if write {
                    write_reader_set(&mut total, &mut readers);
                    total.write_u64(u64::from(task) << 1 | 1);
                } else {
                    readers.push(task);
                }
            }
            write_reader_set(&mut total, &mut readers);
        }
        total.finish()
    }

    fn write_reader_set(total: &mut Fnv1a, readers: &mut Vec<u32>) {
        readers.sort_unstable();
        for reader in readers.drain(..) {
            total.write_u64(u64::from(reader) << 1);
        }
    }

    fn access(task: u32, object: Object, write: bool) -> Access {
        Access { task: TaskId(task), pc: 0, object, write }
    }

    #[test]
    fn the_reused_fingerprinter_computes_the_definition() {
        let balance = Object::Shared(ProcessId(0), VarId(0));
        let other = Object::Shared(ProcessId(1), VarId(2));
        let logs = vec![
            vec![],
            vec![access(0, balance, false), access(1, balance, false), access(0, balance, true)],
            vec![access(1, balance, false), access(0, balance, false), access(0, balance, true)],
            vec![
                access(2, Object::Lock(LockId(3)), true),
                access(0, other, false),
                access(1, Object::None, false),
                access(0, balance, true),
                access(1, Object::WokenBy(TaskId(0)), false),
                access(1, Object::Queue(QueueId(0)), true),
                access(2, other, true),
                access(1, balance, false),
                access(0, Object::Task(TaskId(1)), false),
            ],
        ];
        let mut fingerprinter = ClassFingerprinter::default();
        for log in &logs {
            assert_eq!(fingerprinter.class_of(log), class_by_definition(log), "log {log:?}");
        }
        // Past `FEW_ACCESSES` accesses the log is sorted otherwise: the same definition.
        let many: Vec<Access> =
            (0..40u32).map(|i| access(i % 3, Object::Shared(ProcessId(0), VarId(i * 7 % 11)), i % 4 == 0)).collect();
        assert_eq!(fingerprinter.class_of(&many), class_by_definition(&many));
        // Logs of one to twelve objects of several kinds, on either side of `FEW_ACCESSES`.
        let mut state = 1u64;
        let mut next = |below: u64| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % below
        };
        let generated: Vec<Vec<Access>> = (0..200)
            .map(|_| {
                let objects = 1 + next(12);
                (0..next(70))
                    .map(|_| {
                        let object = match next(objects) {
                            0 => Object::None,
                            1 => Object::Lock(LockId(0)),
                            2 => Object::Task(TaskId(1)),
                            n => Object::Shared(ProcessId(n as u32 % 2), VarId(n as u32)),
                        };
                        access(next(4) as u32, object, next(3) == 0)
                    })
                    .collect()
            })
            .collect();
        // Twice: the second time, the short logs are known ones (the fingerprinter keeps them).
        for log in generated.iter().chain(&generated) {
            assert_eq!(fingerprinter.class_of(log), class_by_definition(log), "log {log:?}");
        }
        // Reads between two writes commute; a write does not.
        assert_eq!(fingerprinter.class_of(&logs[1]), fingerprinter.class_of(&logs[2]));
        assert_ne!(fingerprinter.class_of(&logs[1]), fingerprinter.class_of(&logs[3]));
    }
}
