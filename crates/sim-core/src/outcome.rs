//! What a run ends with: its status, the compact records of its failures (turned into words only when a
//! report asks), and the small [`Outcome`] every run returns. A leaf: the engine writes these, the
//! reports and strategies read them.

use indexmap::IndexMap;
use serde::Serialize;

use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    AssertionFailed,
    Deadlock,
    Fault,
    StepLimit,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::AssertionFailed => "assertion_failed",
            Status::Deadlock => "deadlock",
            Status::Fault => "fault",
            Status::StepLimit => "step_limit",
        }
    }

    /// A failure in the contract's sense: exit status 1. A step limit is not a found bug.
    pub fn is_failure(self) -> bool {
        matches!(self, Status::AssertionFailed | Status::Deadlock | Status::Fault)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub kind: String,
    pub task: Option<String>,
    pub step: Option<String>,
    pub line: Option<u32>,
    pub message: String,
    pub at_ns: Nanos,
}

/// Why a run failed, kept compact (no strings) so that failing runs cost nothing extra in a fuzz loop;
/// `FailureRecord::describe` turns it into words when a report asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// An expression overflowed or divided by zero.
    Eval {
        expr: ExprId,
        error: crate::expr::EvalError,
    },
    /// An `assert` step was false.
    Assertion {
        expr: ExprId,
    },
    UnlockNotHeld {
        lock: LockId,
        holder: Option<TaskId>,
    },
    TaskDoneTooOften {
        queue: QueueId,
    },
    SpawnedTwice {
        target: TaskId,
    },
    QueueOverflow {
        queue: QueueId,
    },
    Deadlock {
        blocked: u32,
        unfinished: u32,
    },
    /// Virtual time would pass [`crate::limits::MAX_VIRTUAL_TIME_NS`].
    TimeLimit,
    /// A fault Python raises as an exception (format 1.1).
    Python(PythonFault),
    /// The run handled `limit` units of time-driven work (the step limit applied to events).
    TimedWorkLimit {
        limit: u64,
    },
    /// A `submit` past the last instance slot of its task (format 1.1, part two).
    InstanceLimit {
        instances: InstancesId,
    },
    /// An `expect` line was false (`error` when it could not be evaluated).
    Expect {
        index: u32,
        error: Option<crate::expr::EvalError>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FailureRecord {
    pub status: Status,
    pub task: Option<TaskId>,
    pub pc: Option<u32>,
    pub cause: Cause,
    pub at_ns: Nanos,
}

impl FailureRecord {
    pub fn describe(&self, model: &Model) -> Failure {
        let task_name = |t: TaskId| format!("`{}`", model.tasks[t.index()].name);
        let (kind, line, message) = match self.cause {
            Cause::Expect { index, error } => {
                let expectation = &model.expectations[index as usize];
                let message = match error {
                    None => format!("expected `{}`", expectation.expr.text),
                    Some(error) => format!("`{}`: {}", expectation.expr.text, error.message(&model.strings)),
                };
                ("expect".to_string(), Some(expectation.line), message)
            }
            cause => {
                let line = match (self.task, self.pc) {
                    (Some(t), Some(pc)) => model.tasks[t.index()].lines.get(pc as usize).copied(),
                    _ => None,
                };
                let expr_text = |expr: ExprId| {
                    self.task.map_or(String::new(), |t| model.tasks[t.index()].exprs[expr.index()].text.clone())
                };
                let message = match cause {
                    Cause::Eval { expr, error } => {
                        format!("{} in `{}`", error.message(&model.strings), expr_text(expr))
                    }
                    Cause::Assertion { expr } => format!("assertion `{}` is false", expr_text(expr)),
                    Cause::UnlockNotHeld { lock, holder } => {
                        let name = &model.locks[lock.index()];
                        match holder {
                            None => format!("unlock of `{name}`, which nobody holds"),
                            Some(other) => format!("unlock of `{name}`, which {} holds", task_name(other)),
                        }
                    }
                    Cause::TaskDoneTooOften { queue } => {
                        format!(
                            "task_done on `{}` called more times than items were put",
                            model.queues[queue.index()].name
                        )
                    }
                    Cause::SpawnedTwice { target } => format!("{} was spawned twice", task_name(target)),
                    Cause::QueueOverflow { queue } => format!(
                        "a put on queue `{}` would make more than {} items in all queues together",
                        model.queues[queue.index()].name,
                        crate::limits::MAX_QUEUE_ITEMS
                    ),
                    Cause::Python(fault) => fault.describe(model),
                    Cause::InstanceLimit { instances } => {
                        let definition = &model.futures.instances[instances.index()];
                        format!(
                            "`{}` was submitted more than {} times, the instances the file can reach (a `submit` \
                             in a `while` or in a submitted task gets {})",
                            definition.name,
                            definition.slots.len(),
                            crate::limits::DEFAULT_INSTANCE_SLOTS
                        )
                    }
                    Cause::Deadlock { blocked, unfinished } => {
                        format!("no task can move: {blocked} blocked, {unfinished} unfinished")
                    }
                    Cause::TimeLimit => format!(
                        "virtual time would pass {} ns (about 146 years); the durations add up past what a run can count",
                        crate::limits::MAX_VIRTUAL_TIME_NS
                    ),
                    Cause::TimedWorkLimit { limit } => format!(
                        "{limit} time slices, GIL requests, wake-ups and context switches, as many as the step \
                         limit allows: a `quantum`, `switch_interval` or `check_interval` far shorter than the \
                         work, or a switch or spawn cost far longer, makes that many; change it or raise \
                         --max-steps"
                    ),
                    Cause::Expect { .. } => unreachable!("handled above"),
                };
                (self.status.as_str().to_string(), line, message)
            }
        };
        Failure {
            kind,
            task: self.task.map(|t| model.tasks[t.index()].name.clone()),
            step: match (self.task, self.pc) {
                (Some(t), Some(pc)) => Some(crate::trace::describe_instr(model, t, pc)),
                _ => None,
            },
            line,
            message,
            at_ns: self.at_ns,
        }
    }
}

/// The small result of a run; the full report is built on request from the simulator's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    /// Set when forced choices (a replayed token) did not fit this scenario.
    pub token_mismatch: Option<String>,
    /// Empty unless `RunConfig::record_choices`.
    pub choices: Vec<u32>,
    pub trace_digest: u64,
}

/// The final shared values by process and name, decoded ([`crate::expr::Value`]: an integer, None or a
/// string), as reports print them and JSON holds them (a number, `null`, a string).
pub type SharedState = IndexMap<String, IndexMap<String, crate::expr::Value>>;

/// A [`SharedState`] in JSON and YAML: Python's None is `null`, a string a string, every other value
/// its integer ([`crate::expr::Value`]'s own form). Use with
/// `#[serde(with = "sim_core::report::shared_state_serde")]`.
pub mod shared_state_serde {
    use crate::outcome::SharedState;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(shared: &SharedState, serializer: S) -> Result<S::Ok, S::Error> {
        shared.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SharedState, D::Error> {
        SharedState::deserialize(deserializer)
    }
}

/// A run-time fault of format 1.1 that Python raises as an exception; its message starts with the
/// exception's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PythonFault {
    ArrayIndex {
        process: ProcessId,
        array: ArrayId,
        index: i64,
        length: u32,
    },
    KeyError {
        process: ProcessId,
        map: MapId,
        key: i64,
    },
    /// A missing index of a map that is a Python list (`SharedMap::list`): IndexError.
    ListIndex {
        process: ProcessId,
        map: MapId,
        index: i64,
        length: u32,
    },
    MapFull {
        process: ProcessId,
        map: MapId,
    },
    /// `key_at(m, i)` / `value_at(m, i)` with `i` out of range for the map's `length` keys.
    EntryIndex {
        process: ProcessId,
        map: MapId,
        index: i64,
        length: u32,
    },
    LockIndex {
        first: u32,
        count: u32,
        index: i64,
    },
    SemaphoreIndex {
        first: u32,
        count: u32,
        index: i64,
    },
    EventIndex {
        first: u32,
        count: u32,
        index: i64,
    },
    ConditionIndex {
        first: u32,
        count: u32,
        index: i64,
    },
    SemaphoreReleasedTooOften {
        semaphore: u32,
    },
    ConditionLockNotHeld {
        condition: u32,
        notify: bool,
    },
    /// `fs[i]` of a local array out of range (the array of `count` in locals from `first` of `task`).
    LocalIndex {
        task: TaskId,
        first: LocalId,
        count: u32,
        index: i64,
    },
    /// `result` of a value that no `submit` returned.
    NotAFuture {
        value: i64,
    },
    /// `result` of a cancelled future, without `into_ok`.
    Cancelled {
        target: TaskId,
    },
    /// `raise` outside an instance: nothing catches the exception, which ends its thread.
    Uncaught {
        exception: ExceptionId,
    },
    /// `result` of an instance that raised, with no `catches` for the exception's class.
    Reraised {
        exception: ExceptionId,
        target: TaskId,
    },
    /// `result` with `timeout` that gave up, without `into_ok`.
    Timeout {
        target: TaskId,
    },
    SemaphoreOverflow {
        semaphore: u32,
    },
    /// `get` with `timeout` that gave up (or found the queue empty at `0ns`), without `into_ok`.
    QueueEmpty {
        queue: QueueId,
    },
    /// `put` with `timeout` that gave up (or found the queue full at `0ns`), without `into_ok`.
    QueueFull {
        queue: QueueId,
    },
    /// A priority queue's `put` of None beside an item, or of a string beside an integer (`string`):
    /// heapq cannot compare them.
    UnorderableItem {
        queue: QueueId,
        string: bool,
    },
    /// A priority queue's `put` of a tuple beside an item that is no tuple, or of an item that is no
    /// tuple beside tuples (`certain`: every comparison heapq makes raises TypeError); or of a tuple
    /// that cannot be ordered against a tuple the queue holds (`(1, None)` beside `(1, 2)`), where
    /// whether CPython raises depends on which items heapq compares, which weft does not model.
    UnorderableTuple {
        queue: QueueId,
        certain: bool,
    },
    /// A priority queue's `put` of an object made at run time that Python cannot order against an item
    /// the queue holds (`certain`: against every item, an instance that defines no `<`; else some), or
    /// (`equal`) of an `order=True` dataclass's instance equal to one it holds, whose order heapq's
    /// heap shape decides, which weft does not model.
    UnorderableObject {
        queue: QueueId,
        equal: bool,
        certain: bool,
    },
    /// A comparison heapq made in a priority queue that keeps heapq's own layout (one whose items hold
    /// instances) raised TypeError (`modelled`), or compared what weft cannot order (a list or a set,
    /// which Python orders by items or by subsets): weft's limit.
    HeapComparison {
        queue: QueueId,
        modelled: bool,
    },
    /// A tuple as a new key of a map: weft's limit, not Python's (a map's keys are integers and strings).
    TupleKey {
        process: ProcessId,
        map: MapId,
    },
    /// A float as a key (or a list's index) of a map: weft's limit, not Python's (Python's `d[1.0]` is
    /// `d[1]`, a list's `xs[1.0]` TypeError; a map's keys compare by their patterns).
    FloatKey {
        process: ProcessId,
        map: MapId,
    },
    /// The value of an exception past the strings or tuples a run may make: weft's limit.
    ExceptionValueLimit,
    /// A barrier wait without `into_ok` on a broken barrier: one whose wait timed out.
    BrokenBarrier {
        barrier: BarrierId,
    },
    /// A thread used one of asyncio's own primitives (where the loader could not see it).
    AsyncioInThread {
        task: TaskId,
    },
    /// `io: { ms: "EXPR" }` whose length was negative, None, or too long.
    SleepLength {
        value: i64,
        unit_ns: Nanos,
    },
    /// `io: { s: "EXPR" }` whose length was a float (its IEEE bits) that is negative, infinite or too
    /// long, or a float in another unit than seconds (`{ ms: "x * 10" }` of a float `x`: CPython
    /// multiplies the seconds by 1e9 once, which this is not).
    FloatSleepLength {
        bits: u64,
        unit_ns: Nanos,
    },
}

impl PythonFault {
    /// Whether the run stopped at what weft does not model rather than at Python's exception: two
    /// items a priority queue might or might not compare (heapq's heap shape decides), a tuple as a
    /// map's key. As `EvalError::is_weft_limit`, such an outcome is no outcome of the program.
    pub fn is_weft_limit(self) -> bool {
        matches!(
            self,
            PythonFault::UnorderableTuple { certain: false, .. }
                | PythonFault::UnorderableObject { certain: false, .. }
                | PythonFault::UnorderableObject { equal: true, .. }
                | PythonFault::HeapComparison { modelled: false, .. }
                | PythonFault::TupleKey { .. }
                | PythonFault::FloatKey { .. }
                | PythonFault::ExceptionValueLimit
        ) || matches!(self, PythonFault::FloatSleepLength { unit_ns, .. } if unit_ns != crate::floats::NANOS_PER_SECOND)
    }

    pub fn describe(self, model: &Model) -> String {
        let base = |name: &str| name.split_once('[').map_or(name, |(base, _)| base).to_string();
        let out_of_range = |what: &str, name: String, index: i64, length: u32| {
            if !crate::expr::is_integer(index) {
                let index = crate::expr::ValueText(index, &model.strings);
                return format!("TypeError: the index into {what} `{name}` is {index}, not an integer");
            }
            format!("IndexError: index {index} is out of range for {what} `{name}` of length {length}")
        };
        match self {
            PythonFault::ArrayIndex { process, array, index, length } => {
                let name = &model.processes[process.index()].arrays[array.index()].name;
                out_of_range("array", name.clone(), index, length)
            }
            PythonFault::KeyError { process, map, key } => {
                format!(
                    "KeyError: {} is not a key of map `{}`",
                    crate::expr::ValueText(key, &model.strings),
                    model.processes[process.index()].maps[map.index()].name
                )
            }
            PythonFault::EntryIndex { process, map, index, length } => {
                let name = &model.processes[process.index()].maps[map.index()].name;
                out_of_range("the keys of map", name.clone(), index, length)
            }
            PythonFault::ListIndex { process, map, index, length } => {
                let name = &model.processes[process.index()].maps[map.index()].name;
                out_of_range("list", name.clone(), index, length)
            }
            PythonFault::MapFull { process, map } => format!(
                "a new key in map `{}` would make more than {} keys in all maps together",
                model.processes[process.index()].maps[map.index()].name,
                crate::limits::MAX_MAP_KEYS
            ),
            PythonFault::LockIndex { first, count, index } => {
                out_of_range("the locks", base(&model.locks[first as usize]), index, count)
            }
            PythonFault::SemaphoreIndex { first, count, index } => {
                out_of_range("the semaphores", base(&model.sync.semaphores[first as usize].name), index, count)
            }
            PythonFault::EventIndex { first, count, index } => {
                out_of_range("the events", base(&model.sync.events[first as usize]), index, count)
            }
            PythonFault::ConditionIndex { first, count, index } => {
                out_of_range("the conditions", base(&model.sync.conditions[first as usize].name), index, count)
            }
            PythonFault::SemaphoreReleasedTooOften { semaphore } => format!(
                "ValueError: Semaphore released too many times (bounded semaphore `{}`)",
                model.sync.semaphores[semaphore as usize].name
            ),
            PythonFault::LocalIndex { task, first, count, index } => {
                out_of_range("local array", base(&model.tasks[task.index()].locals[first.index()]), index, count)
            }
            PythonFault::NotAFuture { value } => {
                format!(
                    "AttributeError: {} is not a future (a `submit` puts one in its `into`)",
                    crate::expr::ValueText(value, &model.strings)
                )
            }
            PythonFault::Cancelled { target } => {
                format!("CancelledError: `{}` was cancelled", model.tasks[target.index()].name)
            }
            PythonFault::Uncaught { exception } => {
                format!("{}: raised and not caught", model.futures.exception_name(exception))
            }
            PythonFault::Reraised { exception, target } => format!(
                "{}: raised by `{}`, raised again by `result` and not caught",
                model.futures.exception_name(exception),
                model.tasks[target.index()].name
            ),
            PythonFault::Timeout { target } => {
                format!(
                    "TimeoutError: `{}` had not finished when the time-out ran out",
                    model.tasks[target.index()].name
                )
            }
            PythonFault::QueueEmpty { queue } => {
                format!("Empty: queue `{}` was still empty when the `get` gave up", model.queues[queue.index()].name)
            }
            PythonFault::QueueFull { queue } => {
                format!("Full: queue `{}` was still full when the `put` gave up", model.queues[queue.index()].name)
            }
            PythonFault::UnorderableItem { queue, string } => format!(
                "TypeError: '<' not supported between {} and int in priority queue `{}`",
                if string { "str" } else { "None" },
                model.queues[queue.index()].name
            ),
            PythonFault::UnorderableTuple { queue, certain: true } => format!(
                "TypeError: '<' not supported between a tuple and an item that is no tuple in priority queue `{}`",
                model.queues[queue.index()].name
            ),
            PythonFault::UnorderableTuple { queue, certain: false } => format!(
                "priority queue `{}` would hold two tuples Python cannot order (their first different items are None, or of two types); CPython raises TypeError only if heapq compares those two, which weft does not model, so the run stops here",
                model.queues[queue.index()].name
            ),
            PythonFault::UnorderableObject { queue, equal: false, certain: true } => format!(
                "TypeError: '<' not supported between an object that defines no order (a list, a dict, a set or an instance of a class without `order=True`) and another item in priority queue `{}`",
                model.queues[queue.index()].name
            ),
            PythonFault::UnorderableObject { queue, equal: false, certain: false } => format!(
                "priority queue `{}` would hold two items Python cannot order (an instance of an `order=True` dataclass beside another class or kind); CPython raises TypeError only if heapq compares those two, which weft does not model, so the run stops here",
                model.queues[queue.index()].name
            ),
            PythonFault::UnorderableObject { queue, equal: true, .. } => format!(
                "priority queue `{}` would hold two distinct instances that compare equal; which one heapq hands out first depends on the heap's shape, which weft does not model, so the run stops here",
                model.queues[queue.index()].name
            ),
            PythonFault::HeapComparison { queue, modelled: true } => format!(
                "TypeError: '<' not supported between two items heapq compared in priority queue `{}`",
                model.queues[queue.index()].name
            ),
            PythonFault::HeapComparison { queue, modelled: false } => format!(
                "heapq compared a list or a set in priority queue `{}`, which weft does not order, so the run stops here",
                model.queues[queue.index()].name
            ),
            PythonFault::TupleKey { process, map } => format!(
                "a tuple as a key of map `{}`: Python takes it, weft does not yet (its map keys are integers and strings)",
                model.processes[process.index()].maps[map.index()].name
            ),
            PythonFault::FloatKey { process, map } => format!(
                "a float as a key or an index of `{}`: Python compares keys by value (`d[1.0]` is `d[1]`; a list's index must be an integer), weft does not yet",
                model.processes[process.index()].maps[map.index()].name
            ),
            PythonFault::ExceptionValueLimit => {
                "the value of an exception (its class, message and arguments) past the strings or tuples a run may make: weft's limit".to_string()
            }
            PythonFault::BrokenBarrier { barrier } => format!(
                "BrokenBarrierError: barrier `{}` is broken (a wait on it timed out)",
                model.barriers[barrier.index()].name
            ),
            // Python's ints never overflow; weft's 64-bit semaphore values do.
            PythonFault::SemaphoreOverflow { semaphore } => format!(
                "semaphore `{}` released past {}, the largest value it can count to",
                model.sync.semaphores[semaphore as usize].name,
                i64::MAX
            ),
            PythonFault::AsyncioInThread { task } => format!(
                "RuntimeError: `{}` is a thread and this primitive is asyncio's own (`asyncio: true`): only coroutines may use it",
                model.tasks[task.index()].name
            ),
            PythonFault::SleepLength { value, .. } if !crate::expr::is_integer(value) => {
                let value = crate::expr::ValueText(value, &model.strings);
                format!("TypeError: the sleep length is {value}, not a number")
            }
            PythonFault::SleepLength { value, .. } if value < 0 => {
                format!("ValueError: sleep length must be non-negative (it is {value})")
            }
            PythonFault::SleepLength { value, unit_ns } => format!(
                "OverflowError: a sleep of {value} x {} is longer than {}, the longest duration weft accepts",
                crate::model::DisplayNanos(unit_ns),
                crate::model::DisplayNanos(crate::limits::MAX_DURATION_NS)
            ),
            PythonFault::FloatSleepLength { bits, unit_ns } => {
                let seconds = f64::from_bits(bits);
                let text = crate::floats::python_repr(seconds);
                if unit_ns != crate::floats::NANOS_PER_SECOND {
                    format!(
                        "a sleep of the float {text} times {} is Python's, not weft's yet: weft sleeps a float number of seconds (`time.sleep(x)`), not a product of one",
                        crate::model::DisplayNanos(unit_ns)
                    )
                } else if seconds < 0.0 {
                    format!("ValueError: sleep length must be non-negative (it is {text})")
                } else {
                    format!(
                        "OverflowError: a sleep of {text} seconds is longer than {}, the longest duration weft accepts",
                        crate::model::DisplayNanos(crate::limits::MAX_DURATION_NS)
                    )
                }
            }
            PythonFault::ConditionLockNotHeld { condition, notify } => {
                let definition = &model.sync.conditions[condition as usize];
                let step = if notify { "notify" } else { "wait" };
                format!(
                    "RuntimeError: cannot {step} on un-acquired lock (`{}` without holding lock `{}`)",
                    definition.name,
                    model.locks[definition.lock.index()]
                )
            }
        }
    }
}

/// Turns flattened shared values (see `RunView::shared_values`, where a tuple is written as its items)
/// back into the report's shape.
pub fn shared_state_from_values(model: &Model, values: &[i64]) -> SharedState {
    let mut words = values;
    let mut state = SharedState::new();
    let strings = &model.strings;
    let next = |words: &mut &[i64]| crate::expr::read_canonical(words, strings);
    for definition in &model.processes {
        let mut named: IndexMap<String, crate::expr::Value> = IndexMap::new();
        for variable in &definition.shared {
            named.insert(variable.name.clone(), next(&mut words));
        }
        // Format 1.1: arrays element by element, maps key by key (see `RunView::shared_values`).
        for array in &definition.arrays {
            for index in 0..array.initial.len() {
                named.insert(format!("{}[{index}]", array.name), next(&mut words));
            }
        }
        for map in &definition.maps {
            let Some((&length, rest)) = words.split_first() else { break };
            words = rest;
            named.insert(format!("len({})", map.name), crate::expr::Value::Int(length));
            for _ in 0..length {
                let key = match next(&mut words) {
                    // A `repr` text bare: `edges[(1, 2)]`, `counts['a']`, as Python names the key.
                    crate::expr::Value::Str(text) if map.repr_keys => text,
                    key => key.to_string(),
                };
                named.insert(format!("{}[{key}]", map.name), next(&mut words));
            }
        }
        if !named.is_empty() || definition.name == "main" {
            state.insert(definition.name.clone(), named);
        }
    }
    debug_assert!(words.is_empty(), "every flattened value read");
    state
}
