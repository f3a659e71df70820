//! A priority queue whose items hold instances keeps heapq's own layout, and its `put` and `get` are
//! `heappush` and `heappop` as CPython runs them (Lib/heapq.py and Modules/_heapqmodule.c: the same
//! sift-down and sift-up, comparing with `<` only).
//!
//! Two distinct instances of an `order=True` dataclass may compare equal (`Job(priority=1, ...)` twice):
//! which one leaves first is then decided by the heap's layout, that is by the order of every `put` and
//! `get` before, so weft keeps that layout rather than a sorted list. The comparisons heapq makes are
//! exactly the ones made here, so a TypeError (an instance beside an integer, `(1, job_a)` beside
//! `(1, job_b)` of a class with no order) is raised where CPython raises it, and only there. A queue of
//! numbers, strings and tuples of them keeps its sorted list: equal items are the same value there, so
//! the layout cannot be seen, and such runs stay as they were.

use super::driver::Driver;
use super::run::Run;
use super::state::QueuedItem;
use crate::model::*;
use crate::objects::ObjectKind;
use crate::outcome::PythonFault;
use crate::patterns::object_index;

impl<D: Driver> Run<'_, '_, D> {
    /// Whether `queue` keeps heapq's layout for a `put` of `value`: decided when the queue is empty (an
    /// empty heap has no layout to keep), by whether `value` holds an instance.
    pub(super) fn takes_heap_layout(&mut self, queue: QueueId, value: i64) -> bool {
        if self.model.queues[queue.index()].order != QueueOrder::Priority {
            return false;
        }
        if self.state.world.queues[queue.index()].items.is_empty() {
            let holds_instance = self.holds_kind(value, |kind| matches!(kind, ObjectKind::Instance { .. }));
            self.state.world.queues[queue.index()].heap_layout = holds_instance;
        }
        self.state.world.queues[queue.index()].heap_layout
    }

    /// Whether `value` is an object of a kind `is_kind` accepts, or a tuple holding one (at any depth).
    fn holds_kind(&self, value: i64, is_kind: fn(ObjectKind) -> bool) -> bool {
        let values = &self.state.world.run_values;
        if values.is_empty() {
            return false;
        }
        if object_index(value).is_some() {
            return values.objects.shape(value).is_some_and(|(kind, _)| is_kind(kind));
        }
        let Some(items) = values.items(value) else { return false };
        items.into_iter().any(|item| self.holds_kind(item, is_kind))
    }

    /// `heappush`: the item goes last, then moves up past every parent it is smaller than.
    pub(super) fn heap_push(
        &mut self,
        task: TaskId,
        pc: u32,
        queue: QueueId,
        item: QueuedItem,
    ) -> Result<(), PythonFault> {
        let items = &mut self.state.world.queues[queue.index()].items;
        items.push_back(item);
        let last = items.len() - 1;
        self.state.world.queued_items += 1;
        self.sift_down(task, pc, queue, 0, last)
    }

    /// `heappop`: the first item leaves, the last takes its place and `_siftup` restores the heap.
    pub(super) fn heap_pop(
        &mut self,
        task: TaskId,
        pc: u32,
        queue: QueueId,
    ) -> Result<Option<QueuedItem>, PythonFault> {
        let items = &mut self.state.world.queues[queue.index()].items;
        let Some(last) = items.pop_back() else { return Ok(None) };
        self.state.world.queued_items -= 1;
        if items.is_empty() {
            return Ok(Some(last));
        }
        let first = std::mem::replace(&mut items[0], last);
        self.sift_up(task, pc, queue)?;
        Ok(Some(first))
    }

    /// heapq's `_siftdown(heap, start, position)`: the item at `position` moves up while it is smaller
    /// than its parent, never above `start`.
    fn sift_down(
        &mut self,
        task: TaskId,
        pc: u32,
        queue: QueueId,
        start: usize,
        mut position: usize,
    ) -> Result<(), PythonFault> {
        while position > start {
            let parent = (position - 1) / 2;
            if !self.heap_less(task, pc, queue, position, parent)? {
                break;
            }
            self.state.world.queues[queue.index()].items.swap(position, parent);
            position = parent;
        }
        Ok(())
    }

    /// heapq's `_siftup(heap, 0)`: the first item moves down to a leaf along the smaller children (the
    /// right one when the left is not smaller than it), then back up as `_siftdown` moves it.
    fn sift_up(&mut self, task: TaskId, pc: u32, queue: QueueId) -> Result<(), PythonFault> {
        let end = self.state.world.queues[queue.index()].items.len();
        let (mut position, mut child) = (0, 1);
        while child < end {
            let right = child + 1;
            if right < end && !self.heap_less(task, pc, queue, child, right)? {
                child = right;
            }
            self.state.world.queues[queue.index()].items.swap(position, child);
            position = child;
            child = 2 * position + 1;
        }
        self.sift_down(task, pc, queue, 0, position)
    }

    /// The accesses of comparing `value`: an instance's compared attributes, and those of every instance
    /// a tuple holds (a tuple's `<` compares its items until two differ, at most all of them).
    fn read_compared_attributes(&mut self, task: TaskId, pc: u32, value: i64) {
        let Some(items) = self.state.world.run_values.items(value) else {
            self.read_order_attributes(task, pc, value);
            return;
        };
        for item in items {
            self.read_compared_attributes(task, pc, item);
        }
    }

    /// Python's `items[left] < items[right]`, reading the compared attributes of both (a dataclass's
    /// `__lt__` reads every compared field). TypeError where Python raises it; weft's limit where
    /// a list or a set is compared (Python orders lists by their items and sets by inclusion).
    fn heap_less(
        &mut self,
        task: TaskId,
        pc: u32,
        queue: QueueId,
        left: usize,
        right: usize,
    ) -> Result<bool, PythonFault> {
        let items = &self.state.world.queues[queue.index()].items;
        let (left, right) = (items[left].value, items[right].value);
        self.read_compared_attributes(task, pc, left);
        self.read_compared_attributes(task, pc, right);
        match crate::expr::python_order(left, right, &self.state.world.run_values) {
            Some(order) => Ok(order == std::cmp::Ordering::Less),
            None => {
                let unordered = |kind| matches!(kind, ObjectKind::List | ObjectKind::Set);
                let modelled = !self.holds_kind(left, unordered) && !self.holds_kind(right, unordered);
                Err(PythonFault::HeapComparison { queue, modelled })
            }
        }
    }
}
