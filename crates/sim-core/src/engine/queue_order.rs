//! Queues that are not FIFO (`queue.LifoQueue`, `queue.PriorityQueue`) and asyncio's queues: which item
//! a `get` takes, and the wake-ups that keep that exact.
//!
//! A FIFO queue hands a `put`'s item straight to its oldest getter: the item CPython's woken getter
//! would take anyway. A LIFO or priority getter takes whatever item is newest or smallest when it runs,
//! which may be a later `put`'s: in CPython the getter wakes on `not_empty`, takes the queue's mutex
//! again and only then pops. So a `put` here adds its item and wakes the oldest getter to contend for
//! the queue (`Claim::Get`), as `not_empty.notify()` does; at its own step the getter takes the item
//! then in front, or waits again (at the back, as `Condition.wait` does) if another task emptied the
//! queue first. A `get` wakes a blocked putter of a full bounded queue the same way (`Claim::Put`).
//! asyncio's queues, FIFO ones too, wake their waiters the same way ([`Run::hands_over`]): CPython's
//! woken getter or putter checks the queue again when it resumes. A threading FIFO queue never reaches
//! this file's wake-ups, so it runs exactly as before.

use super::driver::Driver;
use super::run::Run;
use super::state::{BlockReason, QueuedItem, TaskPhase};
use super::steps::Effect;
use super::sync_state::Claim;
use crate::access::Object;
use crate::expr::{NONE, string_index};
use crate::limits;
use crate::model::*;
use crate::outcome::{Cause, PythonFault, Status};
use crate::trace::TraceKind;

impl<D: Driver> Run<'_, '_, D> {
    pub(super) fn is_fifo(&self, queue: QueueId) -> bool {
        self.model.queues[queue.index()].order == QueueOrder::Fifo
    }

    /// Whether a `put` hands its item straight to the oldest getter, and a `get` its room to the oldest
    /// putter: a threading FIFO queue. asyncio's queues, of every order, wake the waiter to contend
    /// instead: CPython's `Queue.get` and `put` only wake a waiter's future, and the waiter checks the
    /// queue again when it resumes (`while self.empty():`, `while self.full():`), so a task that runs
    /// first may take the item or the room (a `get` then a `put` of the same task, with a putter
    /// waiting: the `put` goes in, the woken putter waits again), and a waiter cancelled before it
    /// resumes has taken nothing.
    pub(super) fn hands_over(&self, queue: QueueId) -> bool {
        self.is_fifo(queue) && !self.model.futures.asyncio.has_queue(queue)
    }

    /// Takes the item a `get` takes: the oldest (FIFO), the newest (LIFO) or the smallest (priority:
    /// the items are kept sorted, smallest first, or in heapq's layout, whose `heappop` may raise).
    pub(super) fn take_item(
        &mut self,
        task: TaskId,
        pc: u32,
        queue: QueueId,
    ) -> Result<Option<QueuedItem>, PythonFault> {
        if self.state.world.queues[queue.index()].heap_layout {
            return self.heap_pop(task, pc, queue);
        }
        let items = &mut self.state.world.queues[queue.index()].items;
        let item = match self.model.queues[queue.index()].order {
            QueueOrder::Fifo | QueueOrder::Priority => items.pop_front(),
            QueueOrder::Lifo => items.pop_back(),
        };
        let Some(item) = item else { return Ok(None) };
        self.state.world.queued_items -= 1;
        Ok(Some(item))
    }

    /// Adds an item where its queue's order keeps it: at the back, or (priority) after every item not
    /// larger, so that equal states hold their items in one order.
    pub(super) fn push_item(&mut self, queue: QueueId, item: QueuedItem) {
        let items = &mut self.state.world.queues[queue.index()].items;
        match self.model.queues[queue.index()].order {
            QueueOrder::Fifo | QueueOrder::Lifo => items.push_back(item),
            QueueOrder::Priority if self.state.world.run_values.is_empty() => {
                let position = items.partition_point(|held| held.value <= item.value);
                items.insert(position, item);
            }
            // Tuples order by their items, not their numbers (`put_ordered` refused what cannot be
            // ordered against what the queue holds).
            QueueOrder::Priority => {
                let tuples = &self.state.world.run_values;
                let not_larger = |held: &QueuedItem| {
                    crate::expr::python_order(held.value, item.value, tuples) != Some(std::cmp::Ordering::Greater)
                };
                let position = items.partition_point(not_larger);
                items.insert(position, item);
            }
        }
        self.state.world.queued_items += 1;
        // An instance's compared attributes may change while it is queued (heapq does not re-sort
        // then either), so only a queue without objects is checked.
        debug_assert!(
            self.model.queues[queue.index()].order != QueueOrder::Priority
                || self.state.world.queues[queue.index()]
                    .items
                    .iter()
                    .any(|item| crate::patterns::object_index(item.value).is_some())
                || self.state.world.queues[queue.index()].items.iter().is_sorted_by(|a, b| {
                    crate::expr::python_order(a.value, b.value, &self.state.world.run_values)
                        != Some(std::cmp::Ordering::Greater)
                }),
            "a priority queue keeps its items sorted"
        );
    }

    /// The `put` of a LIFO or priority queue that has room: the item goes in and the oldest getter, if
    /// any, wakes to contend for it. False when the run ended with a fault.
    pub(super) fn put_ordered(&mut self, task: TaskId, pc: u32, queue: QueueId, value: i64) -> bool {
        debug_assert!(!self.hands_over(queue), "a threading FIFO queue hands its items over");
        if self.state.world.queued_items >= limits::MAX_QUEUE_ITEMS {
            self.fail(Status::Fault, Some(task), Some(pc), Cause::QueueOverflow { queue });
            return false;
        }
        let item = QueuedItem { value, machine: self.machine_of_task(task), at_ns: self.task_now(task) };
        if let Err(fault) = self.place_item(task, pc, queue, item) {
            self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
            return false;
        }
        self.state.world.queues[queue.index()].unfinished += 1;
        self.wake_getter(queue, task);
        true
    }

    /// Puts `item` where its queue's order keeps it, raising what Python raises comparing it (or
    /// stopping where weft cannot tell).
    fn place_item(&mut self, task: TaskId, pc: u32, queue: QueueId, item: QueuedItem) -> Result<(), PythonFault> {
        if self.takes_heap_layout(queue, item.value) {
            return self.heap_push(task, pc, queue, item);
        }
        if let Some(fault) = self.unorderable_object(task, pc, queue, item.value) {
            return Err(fault);
        }
        if let Some(fault) = self.unorderable_tuple(queue, item.value) {
            return Err(fault);
        }
        if let Some(string) = self.unorderable(queue, item.value) {
            return Err(PythonFault::UnorderableItem { queue, string });
        }
        self.push_item(queue, item);
        Ok(())
    }

    /// `not_empty.notify()`: the oldest blocked getter wakes to contend for the queue's items.
    pub(super) fn wake_getter(&mut self, queue: QueueId, waker: TaskId) {
        if let Some(getter) = self.state.world.queues[queue.index()].getters.pop_front()
            && let TaskPhase::Blocked(BlockReason::Get(_, into)) = self.state.world.tasks[getter.index()].phase
        {
            self.contend(getter, waker, Claim::Get(queue, into));
        }
    }

    /// `heapq` compares a new item with those it holds: None beside any item, or a string beside an
    /// integer, raises TypeError. (A heap holds items of one kind only: the `put` that would have mixed
    /// them raised.) `Some(true)` when a string meets an integer, `Some(false)` when None is involved.
    fn unorderable(&self, queue: QueueId, value: i64) -> Option<bool> {
        if self.model.queues[queue.index()].order != QueueOrder::Priority {
            return None;
        }
        let first = self.state.world.queues[queue.index()].items.front()?.value;
        let is_string = |item: i64| string_index(item).is_some();
        if value == NONE || first == NONE {
            return Some(false);
        }
        (is_string(value) != is_string(first)).then_some(true)
    }

    /// As [`Run::unorderable`] where the new item or the queue's are tuples: a tuple beside an item that
    /// is no tuple always raises (a heap holds items of one kind); two tuples that cannot be ordered
    /// raise if heapq compares them, which weft does not model: it stops either way, and says which.
    fn unorderable_tuple(&self, queue: QueueId, value: i64) -> Option<PythonFault> {
        if self.model.queues[queue.index()].order != QueueOrder::Priority {
            return None;
        }
        let items = &self.state.world.queues[queue.index()].items;
        let first = items.front()?.value;
        let is_tuple = |item: i64| crate::expr::tuple_index(item).is_some();
        if !is_tuple(value) && !is_tuple(first) {
            return None;
        }
        if is_tuple(value) != is_tuple(first) {
            return Some(PythonFault::UnorderableTuple { queue, certain: true });
        }
        let tuples = &self.state.world.run_values;
        let unorderable = items.iter().any(|held| crate::expr::python_order(held.value, value, tuples).is_none());
        unorderable.then_some(PythonFault::UnorderableTuple { queue, certain: false })
    }

    /// As [`Run::unorderable_tuple`] where the new item or the queue's are objects made at run time. An
    /// instance of an `order=True` dataclass is ordered by its compared attributes, which the `put` reads
    /// (of every item it could compare: an access each); any other object beside an item raises
    /// TypeError, as it defines no `<`. Two distinct instances that compare equal stop the run: heapq's
    /// order between them depends on the heap's shape, which weft does not model.
    fn unorderable_object(&mut self, task: TaskId, pc: u32, queue: QueueId, value: i64) -> Option<PythonFault> {
        if self.model.queues[queue.index()].order != QueueOrder::Priority {
            return None;
        }
        let is_object = |item: i64| crate::patterns::object_index(item).is_some();
        let items = &self.state.world.queues[queue.index()].items;
        if items.is_empty() || (!is_object(value) && !items.iter().any(|held| is_object(held.value))) {
            return None;
        }
        // By position, not by a copy of the items: the accesses need `self` mutably, and a put of a
        // priority queue of numbers (returned above) must not allocate.
        for position in 0..items.len() {
            let item = self.state.world.queues[queue.index()].items[position].value;
            self.read_order_attributes(task, pc, item);
        }
        self.read_order_attributes(task, pc, value);
        let values = &self.state.world.run_values;
        if is_object(value) && values.order_key(value).is_none() {
            return Some(PythonFault::UnorderableObject { queue, equal: false, certain: true });
        }
        let items = &self.state.world.queues[queue.index()].items;
        let orders = || items.iter().map(|held| (held.value, crate::expr::python_order(held.value, value, values)));
        if orders().any(|(_, order)| order.is_none()) {
            return Some(PythonFault::UnorderableObject { queue, equal: false, certain: false });
        }
        let tie = orders().any(|(item, order)| item != value && order == Some(std::cmp::Ordering::Equal));
        tie.then_some(PythonFault::UnorderableObject { queue, equal: true, certain: false })
    }

    /// The accesses of a comparison of `item` by its `order=True` dataclass's compared attributes.
    pub(super) fn read_order_attributes(&mut self, task: TaskId, pc: u32, item: i64) {
        let attributes = self.state.world.run_values.order_attributes(item);
        let Some((kind, length)) = self.state.world.run_values.objects.shape(item) else { return };
        for attribute in attributes {
            let object = self.item_object(item, attribute, kind, length);
            self.access(task, pc, object, false);
        }
    }

    /// After a `get` of a LIFO or priority queue, `not_full.notify()`: the oldest blocked putter wakes
    /// to contend for the room.
    pub(super) fn wake_putter(&mut self, queue: QueueId, getter: TaskId) {
        if let Some(putter) = self.state.world.queues[queue.index()].putters.pop_front()
            && let TaskPhase::Blocked(BlockReason::Put(_, value)) = self.state.world.tasks[putter.index()].phase
        {
            self.contend(putter, getter, Claim::Put(queue, value));
        }
    }

    pub(super) fn is_full(&self, queue: QueueId) -> bool {
        let capacity = self.model.queues[queue.index()].capacity;
        capacity > 0 && self.state.world.queues[queue.index()].items.len() >= capacity as usize
    }

    /// The step of a getter or putter woken to contend for a LIFO or priority queue: it takes the item
    /// in front (or puts its own) if it still can, else waits again.
    pub(super) fn take_queue_claim(&mut self, task: TaskId, pc: u32, claim: Claim) -> Effect {
        match claim {
            _ if self.cancelled_queue_contender(task, pc, claim) => Effect::Instant,
            Claim::Get(queue, into) => {
                let item = match self.take_item(task, pc, queue) {
                    Ok(Some(item)) => item,
                    Ok(None) => return self.wait_again(task, pc, queue, BlockReason::Get(queue, into)),
                    Err(fault) => {
                        self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
                        return Effect::Stop;
                    }
                };
                self.access(task, pc, Object::Queue(queue), true);
                self.state.world.tasks[task.index()].locals[into.index()] = item.value;
                self.claim_taken(task, Object::Queue(queue));
                self.record(task, pc, TraceKind::Step, item.value);
                self.wake_putter(queue, task);
                self.item_arrives(item, task)
            }
            Claim::Put(queue, value) => {
                if self.is_full(queue) {
                    return self.wait_again(task, pc, queue, BlockReason::Put(queue, value));
                }
                self.access(task, pc, Object::Queue(queue), true);
                self.claim_taken(task, Object::Queue(queue));
                self.record(task, pc, TraceKind::Step, value);
                // As a FIFO queue's admitted putter, it paid no pickling while it waited.
                if self.put_ordered(task, pc, queue, value) { Effect::Instant } else { Effect::Stop }
            }
            Claim::Lock(_) | Claim::Semaphore(_) | Claim::Relock(_) => unreachable!("a queue's claim"),
        }
    }

    /// A contender found the queue emptied (or filled) by another task first: it waits at the back of
    /// the queue's waiters, with what is left of its time-out; a read, it synchronizes with nothing.
    fn wait_again(&mut self, task: TaskId, pc: u32, queue: QueueId, reason: BlockReason) -> Effect {
        self.access(task, pc, Object::Queue(queue), false);
        let deadline_passed = std::mem::take(&mut self.state.world.format11.task_mut(task).deadline_passed);
        if deadline_passed {
            return self.give_up_in_place(task, pc, queue, reason);
        }
        let state = &mut self.state.world.queues[queue.index()];
        match reason {
            BlockReason::Get(..) => state.getters.push_back(task),
            _ => state.putters.push_back(task),
        }
        self.record(task, pc, TraceKind::Blocks, 0);
        self.block(task, reason);
        Effect::Blocked
    }

    /// The timed driver's time-out came while the task was woken but had not moved: CPython's waiter
    /// finds the queue still empty (full) with no time left and raises Empty (Full) at once.
    fn give_up_in_place(&mut self, task: TaskId, pc: u32, queue: QueueId, reason: BlockReason) -> Effect {
        let extra = self.state.world.format11.task_mut(task);
        extra.timeout_ns = None;
        let into = extra.wait_into.take();
        self.record(task, pc, TraceKind::TimesOut, 0);
        let Some(into) = into else {
            let fault = match reason {
                BlockReason::Get(..) => PythonFault::QueueEmpty { queue },
                _ => PythonFault::QueueFull { queue },
            };
            self.fail(Status::Fault, Some(task), Some(pc), Cause::Python(fault));
            return Effect::Stop;
        };
        self.state.world.tasks[task.index()].locals[into.index()] = 0;
        Effect::Instant
    }

    /// The timed driver's time-out of `task`'s wait found it woken to contend for a queue and not yet
    /// moved: its step gives up if it finds nothing to take.
    pub(super) fn deadline_passed_while_woken(&mut self, task: TaskId) {
        let extra = &self.state.world.format11.tasks()[task.index()];
        if extra.timeout_ns.is_some() && matches!(extra.claim, Some(Claim::Get(..) | Claim::Put(..))) {
            self.state.world.format11.task_mut(task).deadline_passed = true;
        }
    }

    /// A killed contender's wake-up goes on to the next waiter, as CPython's notify would have woken
    /// it had the killed thread not been waiting.
    pub(super) fn pass_queue_claim_on(&mut self, target: TaskId, claim: Claim) {
        match claim {
            Claim::Get(queue, _) if !self.state.world.queues[queue.index()].items.is_empty() => {
                self.wake_getter(queue, target)
            }
            Claim::Put(queue, _) if !self.is_full(queue) => self.wake_putter(queue, target),
            _ => {}
        }
    }
}
