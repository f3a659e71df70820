//! The steps of format 1.1: control flow, shared arrays and maps, atomic blocks, and threading's
//! primitives (reentrant locks, locks with a time-out, semaphores, events, conditions). Their state
//! lives here, apart from format 1.0's, so that a 1.0 run does exactly what it did before.

use super::driver::Driver;
use super::run::Run;
use super::state::{BlockReason, TaskPhase};
use super::steps::Effect;
use crate::access::Object;
use crate::digest::Fnv1a;
use crate::expr::{EvalError, python_index};
use crate::limits;
use crate::model::*;
use crate::outcome::{Cause, PythonFault, Status};
use crate::trace::TraceKind;

use super::sync_state::{Claim, Format11State, MapOrder, SPIN_READS};

/// Whether a step changes something another task can see (or, under a driver where time is progress,
/// takes time), so that the `while` iteration it is part of is not a spin. Steps that only read, or
/// change the task's own locals (which the spin check compares itself), are not; neither is an attempt
/// that does not wait (`timeout: 0ns`), which counts as progress only when it gets what it asked for.
fn is_progress(instruction: &Instr, time_is_progress: bool) -> bool {
    match *instruction {
        Instr::Cpu(duration) | Instr::Native(duration) | Instr::Io(duration) | Instr::Await(duration) => {
            time_is_progress && duration > 0
        }
        // Whether the length is 0 is known only when the step runs: counted as time, as a `while`
        // that sleeps is not a spin-wait.
        Instr::IoFor { .. } | Instr::AwaitFor { .. } => time_is_progress,
        Instr::LockPicked { patience, .. }
        | Instr::Acquire { patience, .. }
        | Instr::WaitEvent { patience, .. }
        | Instr::GetTimed { patience, .. } => patience.timeout_ns != Some(0),
        // Progress only when it releases (`attempted`), as a try that does not wait.
        Instr::ReleaseChecked { .. } => false,
        // It writes only a local, but the next iteration may choose another value: never a spin-wait
        // (`while randint(1, 6) != 6` ends without another task's help).
        Instr::Choose { .. } => true,
        Instr::Yield
        | Instr::ReadShared { .. }
        | Instr::ReadSharedMemory { .. }
        | Instr::ReadQueueLen { .. }
        | Instr::Let { .. }
        | Instr::LetElement { .. }
        | Instr::Assert { .. }
        | Instr::LoopBack { .. }
        | Instr::Atomic { .. }
        | Instr::ReadElement { .. }
        | Instr::ReadKey { .. }
        | Instr::HasKey { .. }
        | Instr::ReadMapLen { .. }
        | Instr::ReadEntry { .. }
        | Instr::ObjectRead { .. }
        | Instr::ReadEvent { .. }
        | Instr::ReadLocked { .. }
        | Instr::ReadSemaphoreLocked { .. }
        | Instr::ReadClock { .. } => false,
        _ => true,
    }
}

/// The kinds of primitives a `Pick` may name, for faults.
#[derive(Clone, Copy)]
pub(super) enum Kind {
    Lock,
    Semaphore,
    Event,
    Condition,
}

impl<D: Driver> Run<'_, '_, D> {
    /// Called for every step before it runs: whether the task's current `while` iteration made progress.
    pub(super) fn note_step(&mut self, task: TaskId, pc: u32, instruction: &Instr) {
        if !self.state.world.format11.tracks_spins {
            return;
        }
        // `put_nowait` is an attempt, as `get_nowait`: progress only when the item goes in (`attempted`).
        let put_nowait =
            matches!(instruction, Instr::Put { .. }) && self.model.sync.put_patience(task, pc).timeout_ns == Some(0);
        if !put_nowait
            && is_progress(instruction, D::TIME_IS_PROGRESS)
            && !self.write_judged_by_value(task, instruction)
        {
            self.state.world.format11.task_mut(task).spin.progressed = true;
        }
        self.note_awaited_sleep(task, instruction);
    }

    /// Called for every access a step makes: reads are remembered for spin-wait detection; a write
    /// wakes the spinners that read what it writes, and tells a task still in its iteration that what
    /// it read has changed.
    #[inline]
    pub(super) fn note_access(&mut self, task: TaskId, object: Object, write: bool) {
        if !self.state.world.format11.tracks_spins
            || matches!(
                object,
                Object::None | Object::WokenBy(_) | Object::CancelledBy(_) | Object::Atomic | Object::Task(_)
            )
        {
            return;
        }
        if write {
            self.writes_under_spinners(task, object);
        } else {
            self.note_spin_read(task, object);
        }
    }

    fn note_spin_read(&mut self, task: TaskId, object: Object) {
        let spin = &mut self.state.world.format11.task_mut(task).spin;
        if spin.reads.contains(&object) {
            return;
        }
        if spin.reads.len() < SPIN_READS {
            spin.reads.push(object);
        } else {
            spin.reads_overflowed = true;
        }
    }

    fn writes_under_spinners(&mut self, writer: TaskId, object: Object) {
        for index in 0..self.state.world.tasks.len() {
            let other = TaskId::from_index(index);
            if other == writer || !self.state.world.format11.tasks()[index].spin.reads.contains(&object) {
                continue;
            }
            if matches!(self.state.world.tasks[index].phase, TaskPhase::Blocked(reason) if reason.is_spin_wait()) {
                self.wake_spinner(other, writer);
            } else {
                self.state.world.format11.task_mut(other).spin.disturbed = true;
            }
        }
    }

    pub(super) fn execute_format11(&mut self, task: TaskId, pc: u32, instruction: Instr) -> Effect {
        let process = self.model.tasks[task.index()].process;
        match instruction {
            // Reached only when the expression fails between steps: report it.
            // Or when a branch's value is an object whose truth only a step may read.
            Instr::Branch { expr, .. } | Instr::Compute { expr, .. } => {
                if let Some(value) = self.eval(task, pc, expr)
                    && let Err(error) = crate::expr::truth(value, Some(&self.state.world.run_values))
                {
                    self.eval_failed(task, pc, expr, error);
                }
                Effect::Stop
            }
            Instr::LoopBack { top } => self.loop_back(task, pc, top),
            Instr::Atomic { end } => self.atomic(task, pc, end),
            Instr::Return { expr } => {
                let Some(value) = self.eval(task, pc, expr) else { return Effect::Stop };
                self.state.world.format11.task_mut(task).return_value = value;
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, Object::None, false);
                self.state.world.tasks[task.index()].pc = self.model.tasks[task.index()].program.len() as u32;
                Effect::Instant
            }
            Instr::ReadElement { array, index, into } => {
                let Some(position) = self.element(task, pc, process, array, index) else { return Effect::Stop };
                let value = self.state.world.format11.memory[process.index()].arrays[array.index()][position];
                self.read_done(task, pc, into, value, Object::Element(process, array, position as u32))
            }
            Instr::SetElement { array, index, expr } => {
                let Some(value) = self.eval(task, pc, expr) else { return Effect::Stop };
                let Some(position) = self.element(task, pc, process, array, index) else { return Effect::Stop };
                self.state.world.format11.memory[process.index()].arrays[array.index()][position] = value;
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, Object::Element(process, array, position as u32), true);
                Effect::Instant
            }
            Instr::ReadKey { map, key, into } => {
                let Some(key) = self.eval(task, pc, key) else { return Effect::Stop };
                if crate::expr::is_float(key) {
                    return self.python_fault(task, pc, PythonFault::FloatKey { process, map });
                }
                let found = self.state.world.format11.memory[process.index()].maps[map.index()].get(&key).copied();
                let Some(value) = found else {
                    self.access(task, pc, self.key_object(process, map, key), false);
                    return self.python_fault(task, pc, self.missing_key(process, map, key));
                };
                self.read_done(task, pc, into, value, self.key_object(process, map, key))
            }
            Instr::HasKey { map, key, into } => {
                let Some(key) = self.eval(task, pc, key) else { return Effect::Stop };
                if crate::expr::is_float(key) {
                    return self.python_fault(task, pc, PythonFault::FloatKey { process, map });
                }
                let found = self.state.world.format11.memory[process.index()].maps[map.index()].contains_key(&key);
                self.read_done(task, pc, into, i64::from(found), self.key_object(process, map, key))
            }
            Instr::ReadMapLen { map, into } => {
                let length = self.state.world.format11.memory[process.index()].maps[map.index()].len() as i64;
                self.read_done(task, pc, into, length, Object::MapShape(process, map))
            }
            Instr::ReadEntry { map, index, part, into } => self.read_entry(task, pc, process, map, index, part, into),
            Instr::SetKey { map, key, expr } => {
                let Some(value) = self.eval(task, pc, expr) else { return Effect::Stop };
                let Some(key) = self.eval(task, pc, key) else { return Effect::Stop };
                if crate::expr::is_float(key) {
                    return self.python_fault(task, pc, PythonFault::FloatKey { process, map });
                }
                let format11 = &mut self.state.world.format11;
                let values = &mut format11.memory[process.index()].maps[map.index()];
                let new_key = !values.contains_key(&key);
                if new_key && format11.map_keys >= limits::MAX_MAP_KEYS {
                    return self.python_fault(task, pc, PythonFault::MapFull { process, map });
                }
                // A map is ordered by its keys' values, and a tuple's value is its number in the run.
                if new_key && crate::expr::tuple_index(key).is_some() {
                    return self.python_fault(task, pc, PythonFault::TupleKey { process, map });
                }
                values.insert(key, value);
                format11.map_keys += usize::from(new_key);
                if new_key && let Some(order) = kept_order(format11, process, map) {
                    order.inserted(key);
                }
                self.record(task, pc, TraceKind::Step, value);
                self.access(task, pc, self.key_object(process, map, key), true);
                if new_key {
                    self.access(task, pc, Object::MapShape(process, map), true);
                }
                Effect::Instant
            }
            Instr::DeleteKey { map, key } => {
                let Some(key) = self.eval(task, pc, key) else { return Effect::Stop };
                if crate::expr::is_float(key) {
                    return self.python_fault(task, pc, PythonFault::FloatKey { process, map });
                }
                self.access(task, pc, self.key_object(process, map, key), true);
                if self.state.world.format11.memory[process.index()].maps[map.index()].remove(&key).is_none() {
                    return self.python_fault(task, pc, self.missing_key(process, map, key));
                }
                self.state.world.format11.map_keys -= 1;
                if let Some(order) = kept_order(&mut self.state.world.format11, process, map) {
                    order.deleted(key);
                }
                self.record(task, pc, TraceKind::Step, key);
                self.access(task, pc, Object::MapShape(process, map), true);
                Effect::Instant
            }
            Instr::ObjectRead { object, key, part, into } => self.object_read(task, pc, (object, key), part, into),
            Instr::ObjectWrite { object, key, expr } => self.object_write(task, pc, (object, key), Some(expr)),
            Instr::ObjectDelete { object, key } => self.object_write(task, pc, (object, key), None),
            Instr::LockPicked { lock, patience } => {
                let Some(lock) = self.resolve(task, pc, lock, Kind::Lock) else { return Effect::Stop };
                self.take_lock(task, pc, LockId(lock), patience)
            }
            Instr::UnlockPicked(lock) => {
                let Some(lock) = self.resolve(task, pc, lock, Kind::Lock) else { return Effect::Stop };
                self.release_lock(task, pc, LockId(lock))
            }
            Instr::Acquire { semaphore, patience } => {
                let Some(semaphore) = self.resolve(task, pc, semaphore, Kind::Semaphore) else { return Effect::Stop };
                self.acquire(task, pc, semaphore, patience)
            }
            Instr::Release(semaphore) => {
                let Some(semaphore) = self.resolve(task, pc, semaphore, Kind::Semaphore) else { return Effect::Stop };
                self.release(task, pc, semaphore, None)
            }
            Instr::ReleaseChecked { semaphore, into } => {
                let Some(semaphore) = self.resolve(task, pc, semaphore, Kind::Semaphore) else { return Effect::Stop };
                self.release(task, pc, semaphore, Some(into))
            }
            Instr::SetEvent(event) => {
                let Some(event) = self.resolve(task, pc, event, Kind::Event) else { return Effect::Stop };
                self.access(task, pc, Object::Event(event), true);
                self.record(task, pc, TraceKind::Step, 1);
                self.state.world.format11.events[event as usize].set = true;
                let waiters = std::mem::take(&mut self.state.world.format11.events[event as usize].waiters);
                // asyncio.Event's `set` resolves its waiters' futures in the order they waited, and the
                // loop runs them in that order: each joins the ready queue after the one before.
                let in_order = self.model.futures.asyncio.has_event(event);
                for &waiter in &waiters {
                    self.wake_with(waiter, task, 1);
                    if in_order {
                        super::loop_turns::next_turn(self.state);
                    }
                }
                let mut waiters = waiters;
                waiters.clear();
                self.state.world.format11.events[event as usize].waiters = waiters;
                Effect::Instant
            }
            Instr::ClearEvent(event) => {
                let Some(event) = self.resolve(task, pc, event, Kind::Event) else { return Effect::Stop };
                self.access(task, pc, Object::Event(event), true);
                self.record(task, pc, TraceKind::Step, 0);
                self.state.world.format11.events[event as usize].set = false;
                Effect::Instant
            }
            Instr::ReadEvent { event, into } => {
                let Some(event) = self.resolve(task, pc, event, Kind::Event) else { return Effect::Stop };
                let set = self.state.world.format11.events[event as usize].set;
                self.read_done(task, pc, into, i64::from(set), Object::Event(event))
            }
            Instr::ReadLocked { lock, into } => self.read_locked(task, pc, lock, into),
            Instr::ReadSemaphoreLocked { semaphore, into } => self.read_semaphore_locked(task, pc, semaphore, into),
            Instr::ReadClock { into } => {
                let now_ns = self.task_now(task);
                self.read_done(task, pc, into, now_ns as i64, Object::None)
            }
            Instr::WaitEvent { event, patience } => {
                let Some(event) = self.resolve(task, pc, event, Kind::Event) else { return Effect::Stop };
                self.access(task, pc, Object::Event(event), false);
                if self.state.world.format11.events[event as usize].set {
                    return self.got(task, pc, patience, 1);
                }
                if patience.timeout_ns == Some(0) {
                    return self.got(task, pc, patience, 0);
                }
                self.state.world.format11.events[event as usize].waiters.push(task);
                self.wait(task, pc, patience, BlockReason::Event(event))
            }
            Instr::GetTimed { queue, into, patience } => self.get(task, pc, queue, into, patience),
            Instr::BarrierWait { barrier, patience } => self.barrier_wait(task, pc, barrier, Some(patience)),
            Instr::WaitCondition { condition, patience } => {
                let Some(condition) = self.resolve(task, pc, condition, Kind::Condition) else { return Effect::Stop };
                self.wait_condition(task, pc, condition, patience)
            }
            Instr::Notify { condition, n } => {
                let Some(condition) = self.resolve(task, pc, condition, Kind::Condition) else { return Effect::Stop };
                self.notify(task, pc, condition, n.unwrap_or(u32::MAX))
            }
            _ => unreachable!("format 1.0 steps run in steps.rs"),
        }
    }

    /// The object a handle names and the key, evaluated in Python's order (the object, then the key); the
    /// object's kind and length, or the fault of a value that is no object.
    fn object_and_key(
        &mut self,
        task: TaskId,
        pc: u32,
        (object, key): (ExprId, ExprId),
    ) -> Option<(i64, i64, crate::objects::ObjectKind, usize)> {
        let handle = self.eval(task, pc, object)?;
        let key_value = self.eval(task, pc, key)?;
        self.object_shape(task, pc, object, handle).map(|(kind, length)| (handle, key_value, kind, length))
    }

    /// The kind and length of the object `handle` names, or the fault of a value that is no object.
    fn object_shape(
        &mut self,
        task: TaskId,
        pc: u32,
        object: ExprId,
        handle: i64,
    ) -> Option<(crate::objects::ObjectKind, usize)> {
        let Some((kind, length)) = self.state.world.run_values.objects.shape(handle) else {
            self.eval_failed(task, pc, object, EvalError::NotSubscriptable { value: handle });
            return None;
        };
        Some((kind, length))
    }

    /// `t[i]` of a tuple (Python's indexing), which the same step reads as an object's item: a tuple is
    /// immutable, so the read touches no shared memory. `None` when `handle` is no tuple.
    fn tuple_item(
        &mut self,
        task: TaskId,
        pc: u32,
        (handle, index): (i64, i64),
        key: ExprId,
        into: LocalId,
    ) -> Option<Effect> {
        let items = self.state.world.run_values.items(handle)?;
        // An exception's value is a tuple of the run, but no tuple of Python's: an item (an attribute the
        // import could not tell from an instance's) is weft's limit, never Python's TypeError of a tuple.
        if crate::exception_values::is_exception(&self.state.world.run_values, handle) {
            let operation = "an attribute of an exception value that the import read as an instance's";
            self.eval_failed(task, pc, key, EvalError::NotYet { operation });
            return Some(Effect::Stop);
        }
        let Some(position) = python_index(index, items.len()) else {
            self.eval_failed(task, pc, key, crate::expr::index_error(index, items.len() as u64));
            return Some(Effect::Stop);
        };
        self.state.world.tasks[task.index()].locals[into.index()] = items[position];
        self.record(task, pc, TraceKind::Step, items[position]);
        Some(Effect::Instant)
    }

    /// `s[i]` of a string: Python's one-character string (strings never change, so no access), as the
    /// text function `item` gives it; `None` for a value that is no string.
    fn string_item(
        &mut self,
        task: TaskId,
        pc: u32,
        (text, index): (i64, i64),
        key: ExprId,
        into: LocalId,
    ) -> Option<Effect> {
        crate::patterns::string_index(text)?;
        let values: &dyn crate::text::TextValues = &self.state.world.run_values;
        match crate::text::call(crate::text::TextFunction::Item, &[text, index], values) {
            Ok(character) => {
                self.state.world.tasks[task.index()].locals[into.index()] = character;
                self.record(task, pc, TraceKind::Step, character);
                Some(Effect::Instant)
            }
            Err(fault) => {
                self.eval_failed(task, pc, key, fault.into());
                Some(Effect::Stop)
            }
        }
    }

    /// The item `key` names, as accesses name it: a list's position (after Python's indexing), a key by
    /// its value (a string the run made by its text).
    pub(super) fn item_object(&self, handle: i64, key: i64, kind: crate::objects::ObjectKind, length: usize) -> Object {
        let number = crate::expr::object_index(handle).expect("a handle") as u32;
        let key = match kind {
            crate::objects::ObjectKind::List => python_index(key, length).map_or(key, |position| position as i64),
            _ => self.state.world.run_values.strings.footprint(key),
        };
        Object::Item(number, key)
    }

    /// `x[key]`, `has(x, key)`, `size(x)`, `key_at(x, i)` of an object: a read of the item (and of the
    /// object's shape where which item is at a place depends on the others: a list's items, `size`,
    /// `key_at`); `has` of a list reads every item.
    fn object_read(
        &mut self,
        task: TaskId,
        pc: u32,
        exprs: (ExprId, ExprId),
        part: ObjectPart,
        into: LocalId,
    ) -> Effect {
        use crate::objects::ObjectKind;
        let Some(handle) = self.eval(task, pc, exprs.0) else { return Effect::Stop };
        let Some(key) = self.eval(task, pc, exprs.1) else { return Effect::Stop };
        // `index_of`, `count_of`, `joined`, `sliced`, `unpacked`, and `has` of a value that is no object
        // (a tuple's, a string's `in`): wholes.rs.
        let has_of_value = part == ObjectPart::Has && crate::expr::object_index(handle).is_none();
        if part.reads_whole() || has_of_value {
            return self.whole_read((task, pc), exprs, (handle, key), part, into);
        }
        // `key_at(x, i)` of a tuple or a string is its item, as a list's is: Python's iteration of a value
        // of any kind (`for k in job` of a queue's item) is built on it.
        let item_or_place = matches!(part, ObjectPart::Item | ObjectPart::KeyAt);
        if item_or_place && let Some(effect) = self.tuple_item(task, pc, (handle, key), exprs.1, into) {
            return effect;
        }
        if item_or_place && let Some(effect) = self.string_item(task, pc, (handle, key), exprs.1, into) {
            return effect;
        }
        if matches!(part, ObjectPart::Size | ObjectPart::Truth) && crate::expr::object_index(handle).is_none() {
            return self.plain_size_or_truth(task, pc, (exprs.0, handle), part, into);
        }
        let Some((kind, length)) = self.object_shape(task, pc, exprs.0, handle) else { return Effect::Stop };
        let number = crate::expr::object_index(handle).expect("a handle") as u32;
        let objects = &self.state.world.run_values.objects;
        let is_list = kind == ObjectKind::List;
        let found = match part {
            ObjectPart::Item => objects.read(handle, key),
            ObjectPart::Has if is_list && !self.list_compares_exactly(handle, key) => {
                Err(crate::objects::ObjectFault::ComparedByValue)
            }
            ObjectPart::Has => objects.contains(handle, key).map(i64::from),
            ObjectPart::Size => Ok(length as i64),
            ObjectPart::Truth if matches!(kind, ObjectKind::Instance { .. }) => Ok(1),
            ObjectPart::Truth => Ok(i64::from(length > 0)),
            ObjectPart::KeyAt => objects.key_at(handle, key),
            _ => unreachable!("wholes.rs reads the whole value"),
        };
        let reads_shape = match part {
            ObjectPart::Size | ObjectPart::KeyAt => true,
            ObjectPart::Truth => !matches!(kind, ObjectKind::Instance { .. }),
            _ => false,
        };
        if is_list || reads_shape {
            self.access(task, pc, Object::ItemShape(number), false);
        }
        match part {
            ObjectPart::Item | ObjectPart::KeyAt if is_list => {
                self.access(task, pc, self.item_object(handle, key, kind, length), false)
            }
            ObjectPart::Item => self.access(task, pc, self.item_object(handle, key, kind, length), false),
            ObjectPart::Has if is_list => {
                for position in 0..length {
                    self.access(task, pc, Object::Item(number, position as i64), false);
                }
            }
            ObjectPart::Has => self.access(task, pc, self.item_object(handle, key, kind, length), false),
            _ => {}
        }
        match found {
            Ok(value) => {
                self.state.world.tasks[task.index()].locals[into.index()] = value;
                self.record(task, pc, TraceKind::Step, value);
                Effect::Instant
            }
            Err(fault) => {
                self.eval_failed(task, pc, exprs.1, fault.into());
                Effect::Stop
            }
        }
    }

    /// Whether `key in x` of the list `handle` compares `key` with its items as Python's `==` does
    /// (wholes.rs `compared_exactly`).
    fn list_compares_exactly(&self, handle: i64, key: i64) -> bool {
        let values = &self.state.world.run_values;
        let exact =
            values.objects.with_contents(handle, |_, _, items| super::wholes::compared_exactly(key, items, values));
        exact.unwrap_or(true)
    }

    /// `size(x)` or `truth(x)` of a value that is no object (a string, a tuple, a number, None, a queue's
    /// item of any kind): Python's `len` (TypeError of a number or None) or truth, computed as the
    /// expression computes them; nothing shared is read.
    fn plain_size_or_truth(
        &mut self,
        task: TaskId,
        pc: u32,
        (expr, value): (ExprId, i64),
        part: ObjectPart,
        into: LocalId,
    ) -> Effect {
        let values = &self.state.world.run_values;
        let computed = match part {
            ObjectPart::Truth => crate::expr::truth(value, Some(values)).map(i64::from),
            _ => crate::expr::length_of(value, values),
        };
        match computed {
            Ok(result) => {
                self.state.world.tasks[task.index()].locals[into.index()] = result;
                self.record(task, pc, TraceKind::Step, result);
                Effect::Instant
            }
            Err(error) => {
                self.eval_failed(task, pc, expr, error);
                Effect::Stop
            }
        }
    }

    /// `x[key] = value` (`expr` given) or `del x[key]` of an object: a write of the item, and of the
    /// object's shape when an item comes or goes; a list's write reads its shape (which position is
    /// which item), and its `del` writes every item after the one removed (they move down).
    fn object_write(&mut self, task: TaskId, pc: u32, exprs: (ExprId, ExprId), expr: Option<ExprId>) -> Effect {
        use crate::objects::ObjectKind;
        let value = match expr {
            Some(expr) => match self.eval(task, pc, expr) {
                Some(value) => Some(value),
                None => return Effect::Stop,
            },
            None => None,
        };
        let Some((handle, key, kind, length)) = self.object_and_key(task, pc, exprs) else { return Effect::Stop };
        let number = crate::expr::object_index(handle).expect("a handle") as u32;
        let item = self.item_object(handle, key, kind, length);
        let objects = &self.state.world.run_values.objects;
        let done = match value {
            Some(value) => objects.write(handle, key, value),
            None => objects.delete(handle, key).map(|()| true),
        };
        if kind == ObjectKind::List {
            self.access(task, pc, Object::ItemShape(number), false);
        }
        self.access(task, pc, item, true);
        match done {
            Ok(shape_changed) => {
                if shape_changed {
                    self.access(task, pc, Object::ItemShape(number), true);
                }
                if kind == ObjectKind::List && value.is_none() {
                    let removed = python_index(key, length).unwrap_or(length);
                    for position in removed + 1..length {
                        self.access(task, pc, Object::Item(number, position as i64), true);
                    }
                }
                self.record(task, pc, TraceKind::Step, value.unwrap_or(key));
                Effect::Instant
            }
            Err(fault) => {
                self.eval_failed(task, pc, exprs.1, fault.into());
                Effect::Stop
            }
        }
    }

    pub(super) fn read_done(&mut self, task: TaskId, pc: u32, into: LocalId, value: i64, object: Object) -> Effect {
        self.state.world.tasks[task.index()].locals[into.index()] = value;
        self.record(task, pc, TraceKind::Step, value);
        self.access(task, pc, object, false);
        Effect::Instant
    }

    fn python_fault(&mut self, task: TaskId, pc: u32, fault: PythonFault) -> Effect {
        self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
        Effect::Stop
    }

    /// The fault of a missing key: KeyError of a dict, IndexError of a map that is a Python list.
    fn missing_key(&self, process: ProcessId, map: MapId, key: i64) -> PythonFault {
        if !self.model.processes[process.index()].maps[map.index()].list {
            return PythonFault::KeyError { process, map, key };
        }
        let length = self.state.world.format11.memory[process.index()].maps[map.index()].len() as u32;
        PythonFault::ListIndex { process, map, index: key, length }
    }

    /// The element an index names, or a fault (IndexError).
    fn element(&mut self, task: TaskId, pc: u32, process: ProcessId, array: ArrayId, index: ExprId) -> Option<usize> {
        let index = self.eval(task, pc, index)?;
        let length = self.state.world.format11.memory[process.index()].arrays[array.index()].len();
        match python_index(index, length) {
            Some(position) => Some(position),
            None => {
                let fault = PythonFault::ArrayIndex { process, array, index, length: length as u32 };
                self.python_fault(task, pc, fault);
                None
            }
        }
    }

    /// The object of key `key` of a map, as accesses name it: a string the run made by its text, not by
    /// its number, which says only when this run made it (exploration compares accesses of runs that
    /// made strings in other orders).
    #[inline]
    fn key_object(&self, process: ProcessId, map: MapId, key: i64) -> Object {
        Object::Key(process, map, self.state.world.run_values.strings.footprint(key))
    }

    /// `key_at(map, index)` / `value_at(map, index)`. Which key is at a place depends on every key, so
    /// the step reads the map's shape (which an insert or a delete writes); `value_at` reads that key's
    /// value too (which a write of it, new or not, writes).
    #[allow(clippy::too_many_arguments)]
    fn read_entry(
        &mut self,
        task: TaskId,
        pc: u32,
        process: ProcessId,
        map: MapId,
        index: ExprId,
        part: EntryPart,
        into: LocalId,
    ) -> Effect {
        let Some(index) = self.eval(task, pc, index) else { return Effect::Stop };
        let shape = Object::MapShape(process, map);
        if part.needs_order() {
            return self.read_order(task, pc, process, map, index, part, into);
        }
        let values = &self.state.world.format11.memory[process.index()].maps[map.index()];
        let length = values.len();
        let Some(position) = python_index(index, length) else {
            self.access(task, pc, shape, false);
            let fault = PythonFault::EntryIndex { process, map, index, length: length as u32 };
            return self.python_fault(task, pc, fault);
        };
        let run_values = &self.state.world.run_values;
        let (&key, &value) = if run_values.is_empty() {
            values.iter().nth(position).expect("a place inside the map")
        } else {
            // Made strings (and tuples) are numbered in the order the run made them: the map's own
            // order is not its keys' (`RunValues::canonical_order`).
            let mut entries: Vec<(&i64, &i64)> = values.iter().collect();
            entries.sort_by(|a, b| run_values.canonical_order(*a.0, *b.0));
            entries[position]
        };
        match part {
            EntryPart::Key => self.read_done(task, pc, into, key, shape),
            EntryPart::Value => {
                self.access(task, pc, shape, false);
                self.read_done(task, pc, into, value, self.key_object(process, map, key))
            }
            EntryPart::NextInserted | EntryPart::KeyInserted | EntryPart::Changes => {
                unreachable!("read_order reads the insertion order")
            }
        }
    }

    /// `next_inserted(m, p)`, `key_inserted(m, p)`, `changes(m)`: the insertion order and the count of
    /// changes, which only an insert or a delete moves, so each reads the map's shape. The map's order
    /// is kept (`Format11State::new` marks every map a program reads so).
    #[allow(clippy::too_many_arguments)]
    fn read_order(
        &mut self,
        task: TaskId,
        pc: u32,
        process: ProcessId,
        map: MapId,
        place: i64,
        part: EntryPart,
        into: LocalId,
    ) -> Effect {
        let shape = Object::MapShape(process, map);
        let order = &self.state.world.format11.memory[process.index()].orders[map.index()];
        debug_assert!(order.kept, "the order of a map read in insertion order is kept");
        let value = match part {
            EntryPart::NextInserted => order.next_place_from(place),
            EntryPart::Changes => order.changes,
            _ => match order.key_at_place.get(&place) {
                Some(&key) => key,
                None => {
                    let length = order.key_at_place.len() as u32;
                    self.access(task, pc, shape, false);
                    let fault = PythonFault::EntryIndex { process, map, index: place, length };
                    return self.python_fault(task, pc, fault);
                }
            },
        };
        self.read_done(task, pc, into, value, shape)
    }

    /// The primitive a step names: itself, or the element its index picks (IndexError when out of range).
    pub(super) fn resolve(&mut self, task: TaskId, pc: u32, pick: Pick, kind: Kind) -> Option<u32> {
        let Some(index) = pick.index else { return Some(pick.first) };
        let index = self.eval(task, pc, index)?;
        match python_index(index, pick.count as usize) {
            Some(position) => Some(pick.first + position as u32),
            None => {
                let first = pick.first;
                let count = pick.count;
                let fault = match kind {
                    Kind::Lock => PythonFault::LockIndex { first, count, index },
                    Kind::Semaphore => PythonFault::SemaphoreIndex { first, count, index },
                    Kind::Event => PythonFault::EventIndex { first, count, index },
                    Kind::Condition => PythonFault::ConditionIndex { first, count, index },
                };
                self.python_fault(task, pc, fault);
                None
            }
        }
    }

    /// The end of an iteration of a `while`. An iteration that wrote nothing, left the locals as the
    /// previous one did, and read shared state that nobody wrote since, blocks the task until another
    /// task writes what it read (a spin-wait, as model checkers treat await loops); otherwise it goes
    /// back to the condition.
    fn loop_back(&mut self, task: TaskId, pc: u32, top: u32) -> Effect {
        let digest = {
            let mut digest = Fnv1a::default();
            for &value in &self.state.world.tasks[task.index()].locals {
                digest.write_u64(value as u64);
            }
            digest.finish()
        };
        self.state.world.tasks[task.index()].pc = top;
        let spin = &self.state.world.format11.tasks()[task.index()].spin;
        let repeats = spin.loop_pc == pc
            && !spin.progressed
            && spin.locals_digest == digest
            && !spin.reads.is_empty()
            && !spin.reads_overflowed;
        if repeats && let Some(reason) = self.spin_wait_reason(task) {
            // Whether it blocks depends on the writes of others to what it read: for exploration and
            // happens-before, this step reads them again.
            self.record_spin_reads(task, pc);
            if !self.state.world.format11.tasks()[task.index()].spin.disturbed {
                self.state.world.format11.spinners += 1;
                self.record(task, pc, TraceKind::Blocks, 0);
                self.block(task, reason);
                return Effect::Blocked;
            }
        }
        self.note_awaiting_loop_back(task);
        let spin = &mut self.state.world.format11.task_mut(task).spin;
        spin.loop_pc = pc;
        spin.locals_digest = digest;
        spin.forget();
        self.record(task, pc, TraceKind::Step, 0);
        self.access(task, pc, Object::None, false);
        Effect::Instant
    }

    fn record_spin_reads(&mut self, task: TaskId, pc: u32) {
        if !self.state.observers.record_accesses {
            return;
        }
        for position in 0..self.state.world.format11.tasks()[task.index()].spin.reads.len() {
            let object = self.state.world.format11.tasks()[task.index()].spin.reads[position];
            self.state.observers.push_access(crate::access::Access { task, pc, object, write: false });
        }
    }

    /// An `atomic` block: its instructions run here, as one step. The loader lets in nothing that
    /// blocks or takes time.
    fn atomic(&mut self, task: TaskId, pc: u32, end: u32) -> Effect {
        self.record(task, pc, TraceKind::Step, 0);
        // Happens-before: atomic blocks are ordered among themselves (as C11 atomics are).
        self.access(task, pc, Object::Atomic, true);
        let effect = loop {
            let Some(next) = self.next_step(task) else { break Effect::Instant };
            if next <= pc || next >= end {
                break Effect::Instant;
            }
            if !self.count_step() {
                break Effect::Stop;
            }
            match self.execute(task, next) {
                Effect::Instant | Effect::Work(_, 0) => {}
                Effect::Stop => break Effect::Stop,
                other => unreachable!("the loader keeps {other:?} out of `atomic`"),
            }
        };
        self.access(task, pc, Object::Atomic, true);
        effect
    }

    /// A lock or semaphore taken, or not, by a step that does not wait for it: for spin-wait detection,
    /// taking it is progress and failing to is a read of it (its release wakes a spinning retry loop).
    pub(super) fn attempted(&mut self, task: TaskId, object: Object, taken: bool) {
        if !self.state.world.format11.tracks_spins {
            return;
        }
        if taken {
            self.state.world.format11.task_mut(task).spin.progressed = true;
        } else {
            self.note_spin_read(task, object);
        }
    }

    /// A blocking step that got (1) or did not get (0) what it wanted at once.
    fn got(&mut self, task: TaskId, pc: u32, patience: Patience, value: i64) -> Effect {
        if let Some(into) = patience.into {
            self.state.world.tasks[task.index()].locals[into.index()] = value;
        }
        self.record(task, pc, TraceKind::Step, value);
        Effect::Instant
    }

    /// Parks the task; whoever gives it what it waits for (or its time-out) completes the step.
    pub(super) fn wait(&mut self, task: TaskId, pc: u32, patience: Patience, reason: BlockReason) -> Effect {
        let extra = self.state.world.format11.task_mut(task);
        extra.wait_into = patience.into;
        extra.timeout_ns = patience.timeout_ns;
        extra.wait_generation += 1;
        let generation = extra.wait_generation;
        self.record(task, pc, TraceKind::Blocks, 0);
        self.block(task, reason);
        if let Some(timeout) = patience.timeout_ns {
            D::on_timed_wait(self, task, timeout, generation);
        }
        Effect::Blocked
    }

    /// A waiter given what it waited for by another task's step (a queue's getter handed an item): a
    /// wait with a time-out says 1 in its `into` and no longer gives up.
    pub(super) fn got_while_waiting(&mut self, task: TaskId) {
        let extra = self.state.world.format11.task_mut(task);
        if extra.timeout_ns.take().is_some()
            && let Some(into) = extra.wait_into.take()
        {
            self.state.world.tasks[task.index()].locals[into.index()] = 1;
        }
    }

    /// Completes a blocked wait with `value` in its `into` and wakes the task.
    fn wake_with(&mut self, task: TaskId, waker: TaskId, value: i64) {
        let extra = self.state.world.format11.task_mut(task);
        extra.timeout_ns = None;
        if let Some(into) = extra.wait_into.take() {
            self.state.world.tasks[task.index()].locals[into.index()] = value;
        }
        self.unblock(task, waker);
    }

    pub(super) fn is_reentrant(&self, lock: LockId) -> bool {
        self.state.world.format11.reentrant.get(lock.index()).copied().unwrap_or(false)
    }

    /// `lock` on a reentrant lock, an element of a lock array, or with a time-out.
    pub(super) fn take_lock(&mut self, task: TaskId, pc: u32, lock: LockId, patience: Patience) -> Effect {
        let holder = self.state.world.locks[lock.index()].holder;
        if self.lock_is_free(lock) {
            self.access(task, pc, Object::Lock(lock), true);
            self.state.world.locks[lock.index()].holder = Some(task);
            self.state.world.format11.lock_depth[lock.index()] = 1;
            self.attempted(task, Object::Lock(lock), true);
            return self.got(task, pc, patience, 1);
        }
        let Some(reused) = self.owns_by_reused_ident(task, lock) else { return Effect::Stop };
        if (holder == Some(task) || reused) && self.is_reentrant(lock) {
            self.access(task, pc, Object::Lock(lock), true);
            self.state.world.format11.lock_depth[lock.index()] += 1;
            self.attempted(task, Object::Lock(lock), true);
            return self.got(task, pc, patience, 1);
        }
        if patience.timeout_ns == Some(0) {
            // A failed try takes nothing and orders nothing (`acquire(blocking=False)` returning False
            // synchronizes with no release): a read, which exploration still orders against every
            // acquire and release and the race report ignores.
            self.access(task, pc, Object::Lock(lock), false);
            self.attempted(task, Object::Lock(lock), false);
            return self.got(task, pc, patience, 0);
        }
        self.access(task, pc, Object::Lock(lock), true);
        self.state.world.locks[lock.index()].waiters.push_back(task);
        self.wait(task, pc, patience, BlockReason::Lock(lock))
    }

    /// Free, and not kept for waiters woken to contend for it.
    pub(super) fn lock_is_free(&self, lock: LockId) -> bool {
        self.state.world.locks[lock.index()].holder.is_none()
            && self.state.world.format11.lock_contenders[lock.index()] == 0
    }

    /// `unlock`, the one release of every lock: a reentrant one is free after as many unlocks as locks
    /// (a plain one's depth is at most 1), then it goes to its waiters. The waiter may be a format 1.1
    /// one (a time-out, a condition's waiter): the hand-over completes its wait as well.
    pub(super) fn release_lock(&mut self, task: TaskId, pc: u32, lock: LockId) -> Effect {
        self.access(task, pc, Object::Lock(lock), true);
        let holder = self.state.world.locks[lock.index()].holder;
        // asyncio.Lock has no owner: any coroutine may release it while it is held (Python raises only
        // when it is free); nor has a lock declared `owned: false` (Python's threading.Lock); any other
        // lock must be released by its holder (the format's contract).
        let unowned = self.model.futures.asyncio.has_lock(lock) || self.model.sync.is_unowned(lock);
        let Some(reused) = self.owns_by_reused_ident(task, lock) else { return Effect::Stop };
        let may_release = holder == Some(task) || reused || (holder.is_some() && unowned);
        if !may_release {
            self.fail(Status::Fault, Some(task), Some(pc), Cause::UnlockNotHeld { lock, holder });
            return Effect::Stop;
        }
        self.record(task, pc, TraceKind::Step, 0);
        self.unlock_once(task, lock);
        Effect::Instant
    }

    /// One unlock of a lock `task` holds (its depth, for a reentrant one), handing it on when free. A
    /// `try`'s handler leaves its `with` blocks this way, within the step that raised (no step of its own).
    pub(super) fn unlock_once(&mut self, task: TaskId, lock: LockId) {
        let depth = &mut self.state.world.format11.lock_depth[lock.index()];
        *depth = depth.saturating_sub(1);
        if *depth == 0 {
            self.hand_over_lock(task, lock);
        }
    }

    /// The lock is free: it goes to its waiters (with the depth a condition's waiter on a reentrant lock
    /// gave up).
    pub(super) fn hand_over_lock(&mut self, task: TaskId, lock: LockId) {
        let now = self.state.progress.now_ns;
        let state = &mut self.state.world.locks[lock.index()];
        state.last_release = Some((task, now));
        state.holder = None;
        self.lock_no_longer_handed(lock);
        self.pass_lock_on(task, lock);
    }

    /// A free lock: to its only waiter (or the first, in CPython's FIFO order under timed policies); when
    /// the scheduler picks the wake order and several could take it, every waiter wakes to contend for
    /// it and the first to move takes it ([`Run::take_claim`]). An asyncio.Lock always goes to its first
    /// waiter: CPython's `release` wakes the first (`_wake_up_first`) and `acquire` lets no newcomer
    /// past a waiter, so no other order exists to explore.
    fn pass_lock_on(&mut self, waker: TaskId, lock: LockId) {
        let waiting = self.state.world.locks[lock.index()].waiters.len();
        let contenders = self.state.world.format11.lock_contenders[lock.index()];
        let choice = self.wake_order_is_choice() && !self.model.futures.asyncio.has_lock(lock);
        if choice && (contenders > 0 || waiting >= 2) {
            while let Some(waiter) = self.state.world.locks[lock.index()].waiters.pop_front() {
                self.state.world.format11.lock_contenders[lock.index()] += 1;
                self.contend(waiter, waker, Claim::Lock(lock));
            }
            return;
        }
        let Some(next) = self.state.world.locks[lock.index()].waiters.pop_front() else { return };
        self.state.world.locks[lock.index()].holder = Some(next);
        self.lock_handed_to_waiter(lock);
        let saved = std::mem::take(&mut self.state.world.format11.task_mut(next).saved_depth);
        self.state.world.format11.lock_depth[lock.index()] = saved.max(1);
        self.wake_with(next, waker, 1);
    }

    /// Whether the scheduler picks which of several waiters takes a freed lock or semaphore (exploring
    /// policies, in a model of format 1.1), rather than first come, first served.
    fn wake_order_is_choice(&self) -> bool {
        D::WAKE_ORDER_IS_CHOICE && self.state.world.format11.wake_order_is_choice
    }

    /// A waiter wakes to contend for what was freed: it still waits (its time-out and `into` stay) until
    /// its next step takes it or finds it gone.
    pub(super) fn contend(&mut self, waiter: TaskId, waker: TaskId, claim: Claim) {
        self.state.world.format11.task_mut(waiter).claim = Some(claim);
        self.unblock(waiter, waker);
    }

    /// The step of a contender: it takes the lock or the semaphore's unit if it is still there (a write:
    /// it synchronizes with the release), else waits again (a read: it synchronizes with nothing).
    pub(super) fn take_claim(&mut self, task: TaskId, claim: Claim) -> Effect {
        let pc = self.state.world.tasks[task.index()].pc.saturating_sub(1);
        self.runs_after_handoff(task, pc);
        self.state.world.format11.task_mut(task).claim = None;
        let (object, reason, taken) = match claim {
            Claim::Get(..) | Claim::Put(..) => return self.take_queue_claim(task, pc, claim),
            Claim::Relock(lock) => return self.take_lock_back(task, pc, lock),
            Claim::Lock(lock) => {
                self.state.world.format11.lock_contenders[lock.index()] -= 1;
                let free = self.state.world.locks[lock.index()].holder.is_none();
                if free {
                    self.state.world.locks[lock.index()].holder = Some(task);
                    let saved = std::mem::take(&mut self.state.world.format11.task_mut(task).saved_depth);
                    self.state.world.format11.lock_depth[lock.index()] = saved.max(1);
                } else {
                    self.state.world.locks[lock.index()].waiters.push_back(task);
                }
                (Object::Lock(lock), BlockReason::Lock(lock), free)
            }
            Claim::Semaphore(semaphore) => {
                let state = &mut self.state.world.format11.semaphores[semaphore as usize];
                state.contenders -= 1;
                let free = state.offered > 0;
                if free {
                    state.offered -= 1;
                } else {
                    state.waiters.push_back(task);
                }
                (Object::Semaphore(semaphore), BlockReason::Semaphore(semaphore), free)
            }
        };
        self.access(task, pc, object, taken);
        if !taken {
            if self.cancelled_contender_lost(task, pc, reason) {
                return Effect::Instant;
            }
            self.record(task, pc, TraceKind::Blocks, 0);
            self.block(task, reason);
            return Effect::Blocked;
        }
        self.claim_taken(task, object);
        self.record(task, pc, TraceKind::Step, 1);
        Effect::Instant
    }

    /// A contender got what it was woken for: its wait is over (1 into its `into`, no time-out left).
    pub(super) fn claim_taken(&mut self, task: TaskId, object: Object) {
        self.attempted(task, object, true);
        let extra = self.state.world.format11.task_mut(task);
        extra.timeout_ns = None;
        extra.deadline_passed = false;
        if let Some(into) = extra.wait_into.take() {
            self.state.world.tasks[task.index()].locals[into.index()] = 1;
        }
    }

    fn acquire(&mut self, task: TaskId, pc: u32, semaphore: u32, patience: Patience) -> Effect {
        let state = &mut self.state.world.format11.semaphores[semaphore as usize];
        if state.value > 0 {
            state.value -= 1;
            self.access(task, pc, Object::Semaphore(semaphore), true);
            self.attempted(task, Object::Semaphore(semaphore), true);
            return self.got(task, pc, patience, 1);
        }
        if patience.timeout_ns == Some(0) {
            // As a failed try of a lock: a read, ordering nothing.
            self.access(task, pc, Object::Semaphore(semaphore), false);
            self.attempted(task, Object::Semaphore(semaphore), false);
            return self.got(task, pc, patience, 0);
        }
        self.access(task, pc, Object::Semaphore(semaphore), true);
        self.state.world.format11.semaphores[semaphore as usize].waiters.push_back(task);
        self.wait(task, pc, patience, BlockReason::Semaphore(semaphore))
    }

    /// `barrier.wait()`: the last of its parties to arrive lets them all go on. `patience` is a
    /// `BarrierWait`'s (a time-out, or the flag of `except BrokenBarrierError:`), `None` the plain step's,
    /// whose run is what it was before barriers could break. On a broken barrier every wait raises at
    /// once: a read of the barrier, as in CPython, which only tests its state.
    pub(super) fn barrier_wait(
        &mut self,
        task: TaskId,
        pc: u32,
        barrier: BarrierId,
        patience: Option<Patience>,
    ) -> Effect {
        if self.state.world.barriers[barrier.index()].broken {
            self.access(task, pc, Object::Barrier(barrier), false);
            return match patience.and_then(|p| p.into) {
                Some(_) => self.got(task, pc, patience.unwrap_or_default(), 0),
                None => self.python_fault(task, pc, PythonFault::BrokenBarrier { barrier }),
            };
        }
        self.access(task, pc, Object::Barrier(barrier), true);
        let parties = self.model.barriers[barrier.index()].parties as usize;
        self.state.world.barriers[barrier.index()].arrived.push(task);
        if self.state.world.barriers[barrier.index()].arrived.len() < parties {
            let Some(patience) = patience else {
                self.record(task, pc, TraceKind::Blocks, 0);
                self.block(task, BlockReason::Barrier(barrier));
                return Effect::Blocked;
            };
            return self.wait(task, pc, patience, BlockReason::Barrier(barrier));
        }
        if let Some(into) = patience.and_then(|p| p.into) {
            self.state.world.tasks[task.index()].locals[into.index()] = 1;
        }
        self.record(task, pc, TraceKind::Step, 0);
        let mut arrived = std::mem::take(&mut self.state.world.barriers[barrier.index()].arrived);
        for &other in arrived.iter().filter(|&&other| other != task) {
            self.pass_barrier(other, task, 1);
        }
        arrived.clear();
        self.state.world.barriers[barrier.index()].arrived = arrived;
        Effect::Instant
    }

    /// A barrier's waiter goes on: through it (`value` 1) or with BrokenBarrierError (0, a fault when
    /// its wait has no `into_ok`). A plain step's waiter has no state of format 1.1 to clear.
    fn pass_barrier(&mut self, waiter: TaskId, waker: TaskId, value: i64) {
        let extra = &self.state.world.format11.tasks()[waiter.index()];
        let plain = extra.wait_into.is_none() && extra.timeout_ns.is_none();
        if value == 0 && extra.wait_into.is_none() {
            let pc = self.state.world.tasks[waiter.index()].pc.saturating_sub(1);
            let TaskPhase::Blocked(BlockReason::Barrier(barrier)) = self.state.world.tasks[waiter.index()].phase else {
                unreachable!("only a barrier's waiters pass it")
            };
            self.python_fault(waiter, pc, PythonFault::BrokenBarrier { barrier });
            return;
        }
        if plain {
            self.unblock(waiter, waker);
        } else {
            self.wake_with(waiter, waker, value);
        }
    }

    /// A barrier wait that timed out breaks the barrier, as CPython's does: every task still waiting
    /// there raises BrokenBarrierError (0 into its flag), and so does every later wait.
    fn break_barrier(&mut self, task: TaskId, barrier: BarrierId) {
        let state = &mut self.state.world.barriers[barrier.index()];
        state.broken = true;
        state.arrived.retain(|&t| t != task);
        let mut arrived = std::mem::take(&mut state.arrived);
        for &other in &arrived {
            if self.ended() {
                break;
            }
            self.pass_barrier(other, task, 0);
        }
        arrived.clear();
        self.state.world.barriers[barrier.index()].arrived = arrived;
    }

    /// `S.release()`; `caught` is the `into_ok` of a release whose ValueError a `try` catches.
    fn release(&mut self, task: TaskId, pc: u32, semaphore: u32, caught: Option<LocalId>) -> Effect {
        let definition = &self.model.sync.semaphores[semaphore as usize];
        let state = &self.state.world.format11.semaphores[semaphore as usize];
        let too_often = definition.bounded && state.value + i64::from(state.offered) >= definition.initial;
        match (too_often, caught) {
            (true, None) => {
                self.access(task, pc, Object::Semaphore(semaphore), true);
                return self.python_fault(task, pc, PythonFault::SemaphoreReleasedTooOften { semaphore });
            }
            (true, Some(into)) => {
                // ValueError, caught: the count stays, so this is a read of it, as a failed try to
                // acquire (it orders nothing), and a loop that only retries it is a spin-wait.
                self.access(task, pc, Object::Semaphore(semaphore), false);
                self.attempted(task, Object::Semaphore(semaphore), false);
                self.state.world.tasks[task.index()].locals[into.index()] = 0;
                self.record(task, pc, TraceKind::Step, 0);
                return Effect::Instant;
            }
            (false, Some(into)) => {
                self.attempted(task, Object::Semaphore(semaphore), true);
                self.state.world.tasks[task.index()].locals[into.index()] = 1;
            }
            (false, None) => {}
        }
        self.access(task, pc, Object::Semaphore(semaphore), true);
        self.record(task, pc, TraceKind::Step, i64::from(caught.is_some()));
        if !self.give_unit(task, semaphore) {
            return self.python_fault(task, pc, PythonFault::SemaphoreOverflow { semaphore });
        }
        Effect::Instant
    }

    /// A released unit: to the only waiter (or the first, FIFO, under timed policies); when the scheduler
    /// picks the wake order and some waiter has no unit kept for it yet, kept for the waiters, who all
    /// contend for it; else into the count. False when the count overflows. An asyncio.Semaphore's unit
    /// always goes to its first waiter, as CPython's `_wake_up_next` gives it (and `acquire` lets no
    /// newcomer past a waiter).
    pub(super) fn give_unit(&mut self, waker: TaskId, semaphore: u32) -> bool {
        let choice = self.wake_order_is_choice() && !self.model.futures.asyncio.has_semaphore(semaphore);
        let state = &mut self.state.world.format11.semaphores[semaphore as usize];
        let contending = state.contenders > 0 || state.waiters.len() >= 2;
        let without_unit = state.waiters.len() + state.contenders as usize > state.offered as usize;
        if choice && contending && without_unit {
            state.offered += 1;
            while let Some(waiter) = self.state.world.format11.semaphores[semaphore as usize].waiters.pop_front() {
                self.state.world.format11.semaphores[semaphore as usize].contenders += 1;
                self.contend(waiter, waker, Claim::Semaphore(semaphore));
            }
            return true;
        }
        let state = &mut self.state.world.format11.semaphores[semaphore as usize];
        match state.waiters.pop_front() {
            // The first waiter gets the unit at once.
            Some(waiter) => {
                self.unit_handed_to_waiter(semaphore, waiter);
                self.wake_with(waiter, waker, 1)
            }
            None => match state.value.checked_add(1) {
                Some(value) => state.value = value,
                None => return false,
            },
        }
        true
    }

    fn wait_condition(&mut self, task: TaskId, pc: u32, condition: u32, patience: Patience) -> Effect {
        let lock = self.model.sync.conditions[condition as usize].lock;
        self.access(task, pc, Object::Condition(condition), true);
        self.access(task, pc, Object::Lock(lock), true);
        if self.state.world.locks[lock.index()].holder != Some(task) {
            return self.python_fault(task, pc, PythonFault::ConditionLockNotHeld { condition, notify: false });
        }
        if patience.timeout_ns == Some(0) {
            // `wait(0)` gives the lock up and takes it back at once: nobody can move in between.
            return self.got(task, pc, patience, 0);
        }
        let depth = std::mem::replace(&mut self.state.world.format11.lock_depth[lock.index()], 0);
        self.state.world.format11.task_mut(task).saved_depth = depth;
        self.state.world.format11.conditions[condition as usize].waiters.push_back(task);
        let effect = self.wait(task, pc, patience, BlockReason::Condition(condition));
        self.hand_over_lock(task, lock);
        effect
    }

    /// `notify(n)`: the `n` oldest waiters stop waiting for the notification and queue for the lock,
    /// which the notifier holds; they return from `wait` once they have it.
    fn notify(&mut self, task: TaskId, pc: u32, condition: u32, n: u32) -> Effect {
        let lock = self.model.sync.conditions[condition as usize].lock;
        self.access(task, pc, Object::Condition(condition), true);
        if self.state.world.locks[lock.index()].holder != Some(task) {
            return self.python_fault(task, pc, PythonFault::ConditionLockNotHeld { condition, notify: true });
        }
        self.record(task, pc, TraceKind::Step, 0);
        if self.model.futures.asyncio.has_condition(condition) {
            self.notify_coroutines(task, condition, lock, n);
            return Effect::Instant;
        }
        for _ in 0..n {
            let Some(waiter) = self.state.world.format11.conditions[condition as usize].waiters.pop_front() else {
                break;
            };
            let extra = self.state.world.format11.task_mut(waiter);
            extra.timeout_ns = None;
            if let Some(into) = extra.wait_into {
                self.state.world.tasks[waiter.index()].locals[into.index()] = 1;
            }
            self.state.world.locks[lock.index()].waiters.push_back(waiter);
            self.state.world.tasks[waiter.index()].phase = TaskPhase::Blocked(BlockReason::Lock(lock));
            self.ordered_after(waiter, task);
        }
        Effect::Instant
    }

    /// A blocked wait with a time-out gives up: it leaves its wait list, says 0 in its `into` and goes
    /// on (a condition's waiter first takes its lock back). Returns false if the task was not waiting
    /// with a time-out.
    pub(super) fn time_out(&mut self, task: TaskId) -> bool {
        if self.state.world.format11.tasks()[task.index()].timeout_ns.is_none() {
            return false;
        }
        let TaskPhase::Blocked(reason) = self.state.world.tasks[task.index()].phase else { return false };
        self.state.world.format11.task_mut(task).timeout_ns = None;
        let into = self.state.world.format11.task_mut(task).wait_into.take();
        if let Some(into) = into {
            self.state.world.tasks[task.index()].locals[into.index()] = 0;
        }
        let pc = self.state.world.tasks[task.index()].pc.saturating_sub(1);
        self.record(task, pc, TraceKind::TimesOut, 0);
        match reason {
            BlockReason::Lock(lock) => self.state.world.locks[lock.index()].waiters.retain(|&t| t != task),
            BlockReason::Semaphore(semaphore) => {
                self.state.world.format11.semaphores[semaphore as usize].waiters.retain(|&t| t != task)
            }
            BlockReason::Event(event) => {
                self.state.world.format11.events[event as usize].waiters.retain(|&t| t != task)
            }
            BlockReason::Condition(condition) => {
                self.state.world.format11.conditions[condition as usize].waiters.retain(|&t| t != task);
                let lock = self.model.sync.conditions[condition as usize].lock;
                if !self.lock_is_free(lock) {
                    // It must take the lock back before `wait` returns.
                    self.state.world.locks[lock.index()].waiters.push_back(task);
                    self.state.world.tasks[task.index()].phase = TaskPhase::Blocked(BlockReason::Lock(lock));
                    return true;
                }
                self.state.world.locks[lock.index()].holder = Some(task);
                self.lock_handed_to_waiter(lock);
                let saved = std::mem::take(&mut self.state.world.format11.task_mut(task).saved_depth);
                self.state.world.format11.lock_depth[lock.index()] = saved.max(1);
            }
            BlockReason::Get(queue, _) => {
                self.state.world.queues[queue.index()].getters.retain(|&t| t != task);
                if into.is_none() {
                    // No `into_ok`: queue.Empty ends the task, uncaught.
                    let fault = Cause::Python(PythonFault::QueueEmpty { queue });
                    self.fail(Status::Fault, Some(task), Some(pc), fault);
                    return true;
                }
            }
            BlockReason::Put(queue, _) => {
                self.state.world.queues[queue.index()].putters.retain(|&t| t != task);
                if into.is_none() {
                    // No `into_ok`: queue.Full ends the task, uncaught.
                    let fault = Cause::Python(PythonFault::QueueFull { queue });
                    self.fail(Status::Fault, Some(task), Some(pc), fault);
                    return true;
                }
            }
            BlockReason::Barrier(barrier) => {
                // Breaking the barrier is a write of it, whether or not the error is caught: every
                // later wait there (and every waiter's wake-up) depends on it.
                self.access(task, pc, Object::Barrier(barrier), true);
                if into.is_none() {
                    // No `into_ok`: BrokenBarrierError ends the task, uncaught (the barrier breaks first).
                    self.state.world.barriers[barrier.index()].arrived.retain(|&t| t != task);
                    self.state.world.barriers[barrier.index()].broken = true;
                    self.fail(
                        Status::Fault,
                        Some(task),
                        Some(pc),
                        Cause::Python(PythonFault::BrokenBarrier { barrier }),
                    );
                    return true;
                }
                self.break_barrier(task, barrier);
                if self.ended() {
                    return true;
                }
            }
            BlockReason::Future(target) if !self.future_wait_gives_up(task, target) => return true,
            BlockReason::Future(_) => {}
            _ => unreachable!("only waits with a time-out time out"),
        }
        self.unblock(task, task);
        true
    }

    /// A killed task leaves every wait list of format 1.1; what it was woken to contend for goes on to
    /// the others.
    pub(super) fn forget_waiter(&mut self, target: TaskId) {
        let state = &mut self.state.world.format11;
        let extra = state.task_mut(target);
        extra.timeout_ns = None;
        extra.wait_into = None;
        extra.deadline_passed = false;
        let claim = extra.claim.take();
        for semaphore in &mut state.semaphores {
            semaphore.waiters.retain(|&t| t != target);
        }
        for event in &mut state.events {
            event.waiters.retain(|&t| t != target);
        }
        for condition in &mut state.conditions {
            condition.waiters.retain(|&t| t != target);
        }
        if matches!(self.state.world.tasks[target.index()].phase, TaskPhase::Blocked(reason) if reason.is_spin_wait()) {
            self.state.world.format11.spinners -= 1;
        }
        match claim {
            Some(Claim::Lock(lock)) => {
                self.state.world.format11.lock_contenders[lock.index()] -= 1;
                if self.lock_is_free(lock) {
                    self.pass_lock_on(target, lock);
                }
            }
            Some(Claim::Semaphore(semaphore)) => {
                let state = &mut self.state.world.format11.semaphores[semaphore as usize];
                state.contenders -= 1;
                if state.offered > state.contenders {
                    state.offered -= 1;
                    // The unit was counted before: giving it on again cannot overflow.
                    let _ = self.give_unit(target, semaphore);
                }
            }
            Some(claim @ (Claim::Get(..) | Claim::Put(..))) => self.pass_queue_claim_on(target, claim),
            // A notified asyncio waiter was given nothing: the lock stays with whoever has it.
            Some(Claim::Relock(_)) | None => {}
        }
    }
}

/// The insertion order of a map, when a program walks it so (`MapOrder::kept`).
fn kept_order(format11: &mut Format11State, process: ProcessId, map: MapId) -> Option<&mut MapOrder> {
    format11.memory[process.index()].orders.get_mut(map.index()).filter(|order| order.kept)
}
