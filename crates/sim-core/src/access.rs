//! What one step touches, recorded per step when a run asks (`RunConfig::record_accesses`): the input of
//! partial-order reduction and of the data-race report. A leaf.

use crate::model::*;

/// What one step touched, for partial-order reduction and the data-race report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub task: TaskId,
    /// The step (instruction index) of `task`.
    pub pc: u32,
    pub object: Object,
    pub write: bool,
}

/// A piece of shared state a step touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Object {
    None,
    Shared(ProcessId, VarId),
    Lock(LockId),
    Queue(QueueId),
    Barrier(BarrierId),
    Task(TaskId),
    /// Not state: the accessing task goes on because this task handed it something (a lock, an item,
    /// a finished dependency, a start). Only happens-before analysis reads it.
    WokenBy(TaskId),
    /// Not state: the accessing coroutine, which could step, raises CancelledError at its next step
    /// because this task cancelled it. Happens-before analysis orders that step after the cancel as it
    /// does a wake; exploration does not, since the step was enabled before the cancel and the two race
    /// (the cancel writes the task, each of its steps reads it): reversing them is the order where the
    /// coroutine goes on before the cancel reaches it.
    CancelledBy(TaskId),
    /// One element of a shared array (format 1.1): each is its own memory location.
    Element(ProcessId, ArrayId, u32),
    /// One key of a shared map, present or not.
    Key(ProcessId, MapId, i64),
    /// Which keys a map has (`len`): written by inserting or deleting a key.
    MapShape(ProcessId, MapId),
    /// One item of an object made at run time (`crate::objects`), by the object's number in the run and
    /// the item's key (a list's position, a dict's key as `StringArena::footprint` names it).
    Item(u32, i64),
    /// Which items an object made at run time has: written by adding or removing one; every read of a
    /// list's item reads it too (a removal moves the items after it).
    ItemShape(u32),
    Semaphore(u32),
    Event(u32),
    Condition(u32),
    /// An executor's workers (format 1.1): a finishing job hands its worker to the next queued one, so
    /// two jobs finishing in either order are dependent.
    Executor(ExecutorId),
    /// Not state: the start and end of an `atomic` block, which orders atomic blocks among themselves
    /// for happens-before analysis (as C11 atomics are ordered); exploration ignores it.
    Atomic,
}

impl Object {
    /// Memory a data race can happen on (as opposed to synchronisation objects).
    pub fn is_data(self) -> bool {
        matches!(
            self,
            Object::Shared(..)
                | Object::Element(..)
                | Object::Key(..)
                | Object::MapShape(..)
                | Object::Item(..)
                | Object::ItemShape(..)
        )
    }
}
