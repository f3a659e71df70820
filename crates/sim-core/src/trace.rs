//! The readable trace of a run: compact events recorded without allocation (the first
//! `TRACE_HEAD_EVENTS` kept in full, the last `TRACE_TAIL_EVENTS` in a ring), formatted only when a
//! person asks for them.

use std::fmt::Write as _;

use crate::limits::{TRACE_HEAD_EVENTS, TRACE_TAIL_EVENTS};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum TraceKind {
    Step = 1,
    Blocks = 2,
    Wakes = 3,
    Finishes = 4,
    Killed = 5,
    TakesGil = 6,
    /// A wait with a time-out gave up (format 1.1).
    TimesOut = 7,
    /// A job that had not started was cancelled: it never runs (format 1.1, part two).
    Cancelled = 8,
    /// A pool's worker took its job (`engine/job_pick_up.rs`): from here on a `cancel` cannot stop it.
    PicksUp = 9,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceEvent {
    pub at_ns: Nanos,
    pub task: TaskId,
    pub pc: u32,
    pub kind: TraceKind,
    /// The value read, written, put or got; for `Wakes`, the id of the task that woke it; for the step
    /// at which a cancelled coroutine resumes in its last `await` and meets CancelledError there,
    /// [`CANCELLED_AT_LAST_AWAIT`] (the `await` itself is traced with 0).
    pub value: i64,
}

/// The value of the `Step` at which a cancelled coroutine resumes in the `await` that is its last step
/// and meets CancelledError, caught by a handler around it (`engine/futures.rs`,
/// `raise_at_last_await`): told apart from the `await` itself, traced at the same place with 0.
pub const CANCELLED_AT_LAST_AWAIT: i64 = 1;

#[derive(Clone, Debug, Default)]
pub struct Trace {
    head: Vec<TraceEvent>,
    tail: Vec<TraceEvent>,
    tail_next: usize,
    total: u64,
}

impl Trace {
    pub fn clear(&mut self) {
        self.head.clear();
        self.tail.clear();
        self.tail_next = 0;
        self.total = 0;
    }

    #[inline]
    pub fn push(&mut self, event: TraceEvent) {
        self.total += 1;
        if self.tail.len() == TRACE_TAIL_EVENTS {
            // The steady state of a long run, inline: the ring's oldest event makes way.
            self.tail[self.tail_next] = event;
            self.tail_next = if self.tail_next + 1 == TRACE_TAIL_EVENTS { 0 } else { self.tail_next + 1 };
            return;
        }
        self.fill(event);
    }

    /// The head, then the ring, until the ring is full.
    #[inline(never)]
    fn fill(&mut self, event: TraceEvent) {
        if self.head.len() < TRACE_HEAD_EVENTS {
            if self.head.capacity() == 0 {
                self.head.reserve_exact(TRACE_HEAD_EVENTS);
            }
            self.head.push(event);
            return;
        }
        if self.tail.capacity() == 0 {
            self.tail.reserve_exact(TRACE_TAIL_EVENTS);
        }
        self.tail.push(event);
        self.tail_next = (self.tail_next + 1) % TRACE_TAIL_EVENTS;
    }

    pub fn total(&self) -> u64 {
        self.total
    }

    /// The newest event.
    pub fn last(&self) -> Option<&TraceEvent> {
        if self.tail.is_empty() {
            return self.head.last();
        }
        let newest = if self.tail.len() < TRACE_TAIL_EVENTS { self.tail.len() } else { self.tail_next };
        self.tail.get(newest.checked_sub(1).unwrap_or(self.tail.len() - 1))
    }

    /// The kept events in order, with the number skipped between head and tail.
    pub fn kept(&self) -> (Vec<TraceEvent>, u64) {
        let mut events = self.head.clone();
        let skipped = self.total - (self.head.len() + self.tail.len()) as u64;
        if self.tail.len() < TRACE_TAIL_EVENTS {
            events.extend_from_slice(&self.tail);
        } else {
            events.extend_from_slice(&self.tail[self.tail_next..]);
            events.extend_from_slice(&self.tail[..self.tail_next]);
        }
        (events, skipped)
    }

    /// Readable lines: `  1.5ms  deposit  read balance -> 500`.
    /// `tuples` are the run's (values in the trace name them by number).
    pub fn lines(&self, model: &Model, tuples: &crate::expr::RunValues) -> Vec<String> {
        let (events, skipped) = self.kept();
        let mut lines = Vec::with_capacity(events.len() + 1);
        for (index, event) in events.iter().enumerate() {
            if skipped > 0 && index == self.head.len() {
                lines.push(format!("... {skipped} events not kept ..."));
            }
            lines.push(format_event(model, tuples, event));
        }
        lines
    }
}

pub fn format_event(model: &Model, tuples: &crate::expr::RunValues, event: &TraceEvent) -> String {
    let value = || crate::expr::Value::decode(event.value, &model.strings, tuples);
    let task = &model.tasks[event.task.index()];
    let mut line = format!("{:>10}  {:<12} ", DisplayNanos(event.at_ns).to_string(), task.name);
    let step = describe_instr(model, event.task, event.pc);
    let _ = match event.kind {
        TraceKind::Step => match task.program.get(event.pc as usize) {
            Some(
                Instr::ReadShared { .. }
                | Instr::ReadSharedMemory { .. }
                | Instr::ReadQueueLen { .. }
                | Instr::Get { .. },
            ) => {
                write!(line, "{step} -> {}", value())
            }
            Some(
                Instr::SetShared { .. }
                | Instr::SetSharedMemory { .. }
                | Instr::Let { .. }
                | Instr::Choose { .. }
                | Instr::Put { .. },
            ) => {
                write!(line, "{step} <- {}", value())
            }
            // A submit to an executor that was shut down took no instance (value 0).
            Some(Instr::Submit(_)) if event.value == 0 => {
                write!(line, "{step}: RuntimeError (its executor is shut down)")
            }
            Some(Instr::Submit(_)) => {
                let instance = model.tasks.get((event.value - 1) as usize).map_or("?", |t| t.name.as_str());
                write!(line, "{step} -> {instance}")
            }
            Some(Instr::Result(_)) => write!(line, "{step} -> {}", value()),
            Some(Instr::Await(_) | Instr::AwaitFor { .. } | Instr::Yield) if event.value == CANCELLED_AT_LAST_AWAIT => {
                write!(line, "{step}: CancelledError")
            }
            Some(Instr::FutureState { .. }) => {
                let state = ["pending", "running", "cancelled", "finished"].get(event.value as usize).unwrap_or(&"?");
                write!(line, "{step} -> {state}")
            }
            _ => write!(line, "{step}"),
        },
        TraceKind::Blocks => write!(line, "{step}: blocks"),
        TraceKind::Wakes => {
            let waker = model.tasks.get(event.value as usize).map_or("?", |t| t.name.as_str());
            write!(line, "{step}: woken by {waker}")
        }
        TraceKind::Finishes => write!(line, "finishes"),
        TraceKind::Killed => write!(line, "killed"),
        TraceKind::TakesGil => write!(line, "takes the GIL"),
        TraceKind::TimesOut => write!(line, "{step}: times out"),
        TraceKind::Cancelled => write!(line, "cancelled"),
        TraceKind::PicksUp => write!(line, "takes its job from the pool's queue"),
    };
    line.trim_end().to_string()
}

/// A step as the scenario file would write it, with hoisted reads spelled out.
pub fn describe_instr(model: &Model, task: TaskId, pc: u32) -> String {
    let definition = &model.tasks[task.index()];
    let shared_name = |var: VarId| model.processes[definition.process.index()].shared[var.index()].name.clone();
    let shared_memory_name = |var: VarId| model.processes[MAIN_PROCESS.index()].shared[var.index()].name.clone();
    let local_name = |local: LocalId| definition.locals[local.index()].clone();
    let expr_text = |expr: ExprId| definition.exprs[expr.index()].text.clone();
    let range_name = |range: TaskRange| {
        let first = &model.tasks[range.first.index()].name;
        if range.count == 1 {
            first.clone()
        } else {
            first.rsplit_once('-').map_or(first.clone(), |(base, _)| base.to_string())
        }
    };
    let Some(instruction) = definition.program.get(pc as usize) else {
        return "end".to_string();
    };
    match *instruction {
        Instr::Cpu(d) => format!("cpu {}", DisplayNanos(d)),
        Instr::Native(d) => format!("native {}", DisplayNanos(d)),
        Instr::Io(d) => format!("io {}", DisplayNanos(d)),
        Instr::Await(d) => format!("await {}", DisplayNanos(d)),
        Instr::IoFor { length, unit_ns } => format!("io ({}) x {}", expr_text(length), DisplayNanos(unit_ns)),
        Instr::AwaitFor { length, unit_ns } => format!("await ({}) x {}", expr_text(length), DisplayNanos(unit_ns)),
        Instr::Yield => "yield".to_string(),
        Instr::ReadShared { var, .. } => format!("read {}", shared_name(var)),
        Instr::ReadSharedMemory { var, .. } => format!("read {}", shared_memory_name(var)),
        Instr::ReadQueueLen { queue, .. } => {
            format!("read len({})", model.queues[queue.index()].name)
        }
        Instr::Let { local, expr } => format!("let {} = {}", local_name(local), expr_text(expr)),
        Instr::SetShared { var, expr } => format!("set {} = {}", shared_name(var), expr_text(expr)),
        Instr::SetSharedMemory { var, expr } => format!("set {} = {}", shared_memory_name(var), expr_text(expr)),
        Instr::Lock(lock) => format!("lock {}", model.locks[lock.index()]),
        Instr::Unlock(lock) => format!("unlock {}", model.locks[lock.index()]),
        Instr::Put { queue, expr } => format!("put {} {}", model.queues[queue.index()].name, expr_text(expr)),
        Instr::Get { queue, into } => format!("get {} into {}", model.queues[queue.index()].name, local_name(into)),
        Instr::TaskDone(queue) => format!("task_done {}", model.queues[queue.index()].name),
        Instr::JoinQueue(queue) => format!("join_queue {}", model.queues[queue.index()].name),
        Instr::Spawn(range) => format!("spawn {}", range_name(range)),
        Instr::Join(range) => format!("join {}", range_name(range)),
        Instr::Barrier(barrier) => format!("barrier {}", model.barriers[barrier.index()].name),
        Instr::Assert { expr } => format!("assert {}", expr_text(expr)),
        Instr::Kill(range) => format!("kill {}", range_name(range)),
        Instr::RepeatEnter { .. }
        | Instr::RepeatTest { .. }
        | Instr::RepeatNext { .. }
        | Instr::RepeatRestore { .. } => "repeat".to_string(),
        _ => describe_format11(model, definition, *instruction),
    }
}

/// A choice's values as the file writes them: `choose(1, 6)` for a range of integers, else `choose_of(...)`.
fn choice_text(values: &[i64], strings: &[String]) -> String {
    let is_range = values.len() >= 2
        && values.windows(2).all(|pair| pair[1].checked_sub(pair[0]) == Some(1))
        && values.iter().all(|&value| crate::expr::is_integer(value));
    if is_range {
        return format!("choose({}, {})", values[0], values[values.len() - 1]);
    }
    let texts: Vec<String> = values.iter().map(|&value| crate::expr::ValueText(value, strings).to_string()).collect();
    format!("choose_of({})", texts.join(", "))
}

/// The steps of format 1.1, as the file writes them.
fn describe_format11(model: &Model, definition: &TaskDef, instruction: Instr) -> String {
    let process = &model.processes[definition.process.index()];
    let local_name = |local: LocalId| definition.locals[local.index()].clone();
    let expr_text = |expr: ExprId| definition.exprs[expr.index()].text.clone();
    let array_name = |array: ArrayId| process.arrays[array.index()].name.clone();
    let map_name = |map: MapId| process.maps[map.index()].name.clone();
    let pick_name = |names: &dyn Fn(u32) -> String, pick: Pick| match pick.index {
        None => names(pick.first),
        Some(index) => {
            let first = names(pick.first);
            let base = first.split_once('[').map_or(first.as_str(), |(base, _)| base).to_string();
            format!("{base}[{}]", expr_text(index))
        }
    };
    let lock = |id: u32| model.locks[id as usize].clone();
    let semaphore = |id: u32| model.sync.semaphores[id as usize].name.clone();
    let event = |id: u32| model.sync.events[id as usize].clone();
    let condition = |id: u32| model.sync.conditions[id as usize].name.clone();
    let patience = |patience: Patience| match patience.timeout_ns {
        None => String::new(),
        Some(timeout) => format!(" timeout {}", DisplayNanos(timeout)),
    };
    match instruction {
        Instr::Jump { .. } | Instr::LoopBack { .. } => "jump".to_string(),
        Instr::Branch { expr, .. } => format!("branch on {}", expr_text(expr)),
        Instr::Compute { local, expr } => format!("{} = {}", local_name(local), expr_text(expr)),
        Instr::LetElement { place, expr } => {
            // An array's locals are named by element (`fs[0]`, `fs[1]`): the array is the first's base.
            let first = local_name(place.first);
            match place.index {
                Some(index) => {
                    let array = first.strip_suffix("[0]").unwrap_or(&first);
                    format!("let {array}[{}] = {}", expr_text(index), expr_text(expr))
                }
                None => format!("let {first} = {}", expr_text(expr)),
            }
        }
        Instr::Atomic { .. } => "atomic".to_string(),
        Instr::Choose { local, first, count } => {
            let values = &model.choice_values[first as usize..][..count as usize];
            format!("let {} = {}", local_name(local), choice_text(values, &model.strings))
        }
        Instr::Return { expr } => format!("return {}", expr_text(expr)),
        Instr::ReadElement { array, index, .. } => format!("read {}[{}]", array_name(array), expr_text(index)),
        Instr::SetElement { array, index, expr } => {
            format!("set {}[{}] = {}", array_name(array), expr_text(index), expr_text(expr))
        }
        Instr::ReadKey { map, key, .. } => format!("read {}[{}]", map_name(map), expr_text(key)),
        Instr::HasKey { map, key, .. } => format!("read has({}, {})", map_name(map), expr_text(key)),
        Instr::ReadMapLen { map, .. } => format!("read len({})", map_name(map)),
        Instr::ReadEntry { map, part: EntryPart::Changes, .. } => format!("read changes({})", map_name(map)),
        Instr::ReadEntry { map, index, part, .. } => {
            format!("read {}({}, {})", part.function(), map_name(map), expr_text(index))
        }
        Instr::SetKey { map, key, expr } => {
            format!("set {}[{}] = {}", map_name(map), expr_text(key), expr_text(expr))
        }
        Instr::DeleteKey { map, key } => format!("del {}[{}]", map_name(map), expr_text(key)),
        Instr::ObjectRead { object, key, part, .. } => match part {
            ObjectPart::Item => format!("read {}[{}]", expr_text(object), expr_text(key)),
            ObjectPart::Has => format!("read has({}, {})", expr_text(object), expr_text(key)),
            ObjectPart::Size => format!("read size({})", expr_text(object)),
            ObjectPart::Truth => format!("read truth({})", expr_text(object)),
            ObjectPart::KeyAt => format!("read key_at({}, {})", expr_text(object), expr_text(key)),
            whole => format!("read {}({}, {})", whole.function(), expr_text(object), expr_text(key)),
        },
        Instr::ObjectWrite { object, key, expr } => {
            format!("set {}[{}] = {}", expr_text(object), expr_text(key), expr_text(expr))
        }
        Instr::ObjectDelete { object, key } => format!("del {}[{}]", expr_text(object), expr_text(key)),
        Instr::LockPicked { lock: pick, patience: p } => format!("lock {}{}", pick_name(&lock, pick), patience(p)),
        Instr::UnlockPicked(pick) => format!("unlock {}", pick_name(&lock, pick)),
        Instr::Acquire { semaphore: pick, patience: p } => {
            format!("acquire {}{}", pick_name(&semaphore, pick), patience(p))
        }
        Instr::Release(pick) => format!("release {}", pick_name(&semaphore, pick)),
        Instr::BarrierWait { barrier, patience: p } => {
            format!("barrier {}{}", model.barriers[barrier.index()].name, patience(p))
        }
        Instr::ReleaseChecked { semaphore: pick, into } => {
            format!("release {} into {}", pick_name(&semaphore, pick), local_name(into))
        }
        Instr::SetEvent(pick) => format!("set_event {}", pick_name(&event, pick)),
        Instr::ClearEvent(pick) => format!("clear_event {}", pick_name(&event, pick)),
        Instr::WaitEvent { event: pick, patience: p } => format!("wait {}{}", pick_name(&event, pick), patience(p)),
        Instr::ReadEvent { event: pick, .. } => format!("read is_set({})", pick_name(&event, pick)),
        Instr::ReadLocked { lock: pick, .. } => format!("read locked({})", pick_name(&lock, pick)),
        Instr::ReadSemaphoreLocked { semaphore: pick, .. } => format!("read locked({})", pick_name(&semaphore, pick)),
        Instr::ReadClock { into } => format!("read now_ns() into {}", local_name(into)),
        Instr::WaitCondition { condition: pick, patience: p } => {
            format!("wait {}{}", pick_name(&condition, pick), patience(p))
        }
        Instr::GetTimed { queue, into, patience: p } => {
            format!("get {} into {}{}", model.queues[queue.index()].name, local_name(into), patience(p))
        }
        Instr::Notify { condition: pick, n: None } => format!("notify_all {}", pick_name(&condition, pick)),
        Instr::Notify { condition: pick, n: Some(n) } => format!("notify {} n={n}", pick_name(&condition, pick)),
        Instr::Submit(submit) => {
            let instances = &model.futures.instances[model.futures.submits[submit.index()].instances.index()];
            format!("submit {}", instances.name)
        }
        Instr::Result(wait) => format!("result {}", expr_text(model.futures.waits[wait.index()].future)),
        Instr::AwaitFuture(wait) => {
            let wait = &model.futures.waits[wait.index()];
            format!("await {}{}", expr_text(wait.future), patience(wait.patience))
        }
        Instr::Cancel { future, .. } => format!("cancel {}", expr_text(future)),
        Instr::FutureState { future, .. } => format!("future_state {}", expr_text(future)),
        Instr::Shutdown { executor, wait, cancel_futures } => {
            let name = model.executor_name(executor);
            let cancel = if cancel_futures { " cancel_futures" } else { "" };
            if wait { format!("shutdown {name}{cancel}") } else { format!("shutdown {name} wait=false{cancel}") }
        }
        Instr::Raise { exception } | Instr::RaiseValue { exception, .. } => {
            format!("raise {}", model.futures.exception_name(exception))
        }
        Instr::Reraise { local } => format!("raise again {}", local_name(local)),
        _ => unreachable!("format 1.0 steps are described above"),
    }
}
