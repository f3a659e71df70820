//! Steps whose order against every other task's step cannot matter: the *invisible* steps of a partial-
//! order reduction by persistent sets (Godefroid, LNCS 1032, 1996, chapter 4; Lipton, "Reduction",
//! CACM 1975; Flanagan and Qadeer's movers). At a state where task t's next step X is invisible, no step
//! any other task can take before X is dependent on X, so {t} is a persistent set: exploring t alone
//! there reaches every terminal state, so every outcome (docs/exploration.md, "Invisible steps").
//!
//! Two kinds, both decided from the program text once ([`InvisibleSteps::new`]) and checked against the
//! state at each choice ([`InvisibleSteps::collect`]):
//! - **local steps** (`let`, `assert`): they read and write only the task's locals,
//!   which no other task can touch while the task is live;
//! - **lock-protected steps** (reads and writes of shared variables and arrays): a static lock-set
//!   analysis (Eraser's lock sets, computed from the program rather than a run) gives every program
//!   point the locks its task must hold there; a shared variable is protected by the locks held at
//!   every access of it in every program (an array as a whole). A step of t that touches only variables
//!   protected by a lock t must hold cannot meet another task's access of them before t lets the lock
//!   go, and t does not move. If it writes, it also reads the outcome (docs/exploration.md, dependence),
//!   so every step of another task that may fail must be under a lock t holds.
//!
//! Either way the step must not fail (its expressions are evaluated on the task's locals at the state:
//! a step that would fail is visible), block, finish its task (a finishing step writes the task, which
//! `join` and `after` read), or take what its task was woken to contend for. Its task must be a thread
//! or a process (a coroutine writes its loop), no daemon (a daemon's writes read when the daemons stop),
//! and no task may spawn or kill it or a task it starts after (both write the task, which every step of
//! it reads). Models with futures or asyncio's primitives get no invisible steps at all.
//!
//! What an instruction may touch, fail on, or do to locks is one exhaustive `match` per question here
//! ([`static_use`]): a new kind of instruction does not compile until it is classified, and every kind
//! not known to be local or a plain access of shared memory is visible.

use std::collections::BTreeMap;

use crate::engine::state::TaskPhase;
use crate::engine::view::RunView;
use crate::expr::{Operands, evaluate, is_true, python_index};
use crate::model::{
    ArrayId, Expr, ExprId, ExprOp, Flow, Instr, LocalId, LockId, MAIN_PROCESS, MapId, Model, ProcessId, QueueId,
    TaskDef, TaskId, TaskKind, VarId,
};

/// Per task and pc, whether the step there is invisible whenever it does not fault; checked against the
/// state by [`InvisibleSteps::collect`].
#[derive(Debug, Default)]
pub struct InvisibleSteps {
    /// Per task, per pc: the step there is invisible when it does not fault (empty: no step of the task).
    candidates: Vec<Vec<bool>>,
    /// The operand stack of the evaluations, kept across choices.
    stack: Vec<i64>,
}

/// A set of locks, one bit per lock.
type LockSet = Vec<u64>;

/// Shared memory as the lock-set analysis sees it: a variable, or an array or a map as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Memory {
    Variable(ProcessId, VarId),
    Array(ProcessId, ArrayId),
    Map(ProcessId, MapId),
    /// Every object made at run time, as one location: which object a step touches is known only when it
    /// runs.
    Objects,
}

/// What a step may be, for invisibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StepKind {
    /// Reads and writes only its task's locals.
    Local,
    /// Reads (or writes) one piece of shared memory, and its task's locals.
    Access { memory: Memory, write: bool },
    /// Anything else: never invisible.
    Visible,
}

/// What a lock-set analysis needs of one instruction.
#[derive(Clone, Debug)]
struct StaticUse {
    kind: StepKind,
    /// Shared memory it may read or write (`true`: a write).
    accesses: Vec<(Memory, bool)>,
    /// It may read every piece of shared memory its task reads anywhere (a spin-wait's check).
    reads_what_its_task_reads: bool,
    /// It may fail (a fault or an assertion), which stops the run.
    may_fail: bool,
    /// What it does to the locks its task holds.
    locks: LockEffect,
}

#[derive(Clone, Copy, Debug)]
enum LockEffect {
    None,
    /// Afterwards the task holds this lock.
    Takes(LockId),
    /// Afterwards the task may no longer hold these locks (a range of lock ids).
    Releases {
        first: u32,
        count: u32,
    },
    /// Afterwards the task may no longer hold the locks of these conditions.
    WaitsOnConditions {
        first: u32,
        count: u32,
    },
}

impl InvisibleSteps {
    /// The steps of `model` that are invisible whenever they do not fault.
    pub fn new(model: &Model) -> Self {
        let mut steps = InvisibleSteps { candidates: vec![Vec::new(); model.tasks.len()], stack: Vec::new() };
        // protect(v) rests on a lock staying held until its holder moves, which a lock any task may
        // release (`owned: false`) does not; a `try` may catch a fault and release locks on the way to
        // its handler. Either way no step is invisible.
        // A model that reads `locked(L)` has none either: a waiter handed a lock writes it at its next
        // step, whatever that step is (engine/lock_handoffs.rs).
        if model.futures.in_use()
            || !model.sync.unowned_locks.is_empty()
            || !model.futures.handlers.is_empty()
            || model.reads_locked()
        {
            return steps;
        }
        let analysis = Analysis::new(model);
        for (index, task) in model.tasks.iter().enumerate() {
            if analysis.eligible(model, index) {
                steps.candidates[index] = (0..task.program.len()).map(|pc| analysis.invisible(index, pc)).collect();
            }
        }
        steps
    }

    /// Whether no step of any task can be invisible.
    pub fn is_empty(&self) -> bool {
        self.candidates.iter().all(|task| !task.contains(&true))
    }

    /// The live tasks of the run whose next step is invisible, ascending, into `out`.
    pub fn collect(&mut self, run: &RunView<'_>, out: &mut Vec<u32>) {
        out.clear();
        let model = run.model();
        for (index, state) in run.tasks().iter().enumerate() {
            let Some(&candidate) = self.candidates[index].get(state.pc as usize) else { continue };
            if !candidate || state.phase != TaskPhase::Live || run.claim_pending(TaskId::from_index(index)) {
                continue;
            }
            let task = &model.tasks[index];
            if cannot_fault(model, task, task.program[state.pc as usize], &state.locals, &mut self.stack) {
                out.push(index as u32);
            }
        }
    }
}

/// The locals of a task, as the operands of its expressions (which read nothing else: shared reads are
/// steps of their own, and [`static_use`] makes a step whose expressions read more visible).
pub(crate) struct Locals<'a>(pub(crate) &'a [i64]);

impl Operands for Locals<'_> {
    fn local(&self, local: LocalId) -> i64 {
        self.0[local.index()]
    }
    fn shared(&self, _process: ProcessId, _var: VarId) -> i64 {
        unreachable!("a task's expression reads no shared variable")
    }
    fn queue_len(&self, _queue: QueueId) -> i64 {
        unreachable!("a task's expression reads no queue")
    }
}

/// Whether the step `instruction` of `task`, with `locals`, runs without a fault or a failed assertion
/// (what the engine evaluates for it, evaluated the same way). Only the kinds [`static_use`] may find
/// invisible are asked.
fn cannot_fault(model: &Model, task: &TaskDef, instruction: Instr, locals: &[i64], stack: &mut Vec<i64>) -> bool {
    let mut evaluates = |expr: ExprId| evaluate(&task.exprs[expr.index()], &Locals(locals), stack).ok();
    let in_range = |array: ArrayId, index: Option<i64>| {
        let length = model.processes[task.process.index()].arrays[array.index()].initial.len();
        index.is_some_and(|index| python_index(index, length).is_some())
    };
    match instruction {
        Instr::ReadShared { .. } | Instr::ReadSharedMemory { .. } => true,
        Instr::Let { expr, .. } | Instr::SetShared { expr, .. } | Instr::SetSharedMemory { expr, .. } => {
            evaluates(expr).is_some()
        }
        Instr::Assert { expr } => evaluates(expr).is_some_and(is_true),
        Instr::ReadElement { array, index, .. } => in_range(array, evaluates(index)),
        Instr::SetElement { array, index, expr } => evaluates(expr).is_some() && in_range(array, evaluates(index)),
        _ => false,
    }
}

/// The lock-set analysis of a whole model.
struct Analysis<'m> {
    model: &'m Model,
    /// Per task, per pc (and one more for the end): the locks the task holds whenever it is there.
    held: Vec<Vec<LockSet>>,
    /// Per task, per pc: the instruction's use.
    uses: Vec<Vec<StaticUse>>,
    /// Per piece of shared memory: the locks held at every access of it by any task.
    protect: BTreeMap<Memory, LockSet>,
    /// The lock sets held at every step that may fail, each with the tasks that have such a step.
    failing: Vec<(LockSet, Vec<u32>)>,
    /// Tasks that some step may spawn or kill.
    targeted: Vec<bool>,
}

impl<'m> Analysis<'m> {
    fn new(model: &'m Model) -> Self {
        let words = model.locks.len().div_ceil(64).max(1);
        let uses: Vec<Vec<StaticUse>> = model
            .tasks
            .iter()
            .map(|task| task.program.iter().map(|&instruction| static_use(task, instruction)).collect())
            .collect();
        let held: Vec<Vec<LockSet>> =
            model.tasks.iter().zip(&uses).map(|(task, uses)| must_hold(model, task, uses, words)).collect();
        let mut analysis =
            Analysis { model, held, uses, protect: BTreeMap::new(), failing: Vec::new(), targeted: Vec::new() };
        analysis.find_protection();
        analysis.find_failing_steps();
        analysis.targeted = targeted_tasks(model);
        analysis
    }

    /// Every access of every task, with the locks held there: a piece of memory is protected by what
    /// every one of them holds.
    fn find_protection(&mut self) {
        for (task, uses) in self.uses.iter().enumerate() {
            let read_anywhere: Vec<Memory> = uses.iter().flat_map(|u| u.accesses.iter().map(|&(m, _)| m)).collect();
            for (pc, instruction_use) in uses.iter().enumerate() {
                let held = &self.held[task][pc];
                let everything_read = instruction_use.reads_what_its_task_reads.then_some(&read_anywhere);
                let memory = instruction_use
                    .accesses
                    .iter()
                    .map(|&(m, _)| m)
                    .chain(everything_read.into_iter().flatten().copied());
                for piece in memory {
                    match self.protect.get_mut(&piece) {
                        Some(locks) => intersect(locks, held),
                        None => {
                            self.protect.insert(piece, held.clone());
                        }
                    }
                }
            }
        }
    }

    /// The lock sets held at steps that may fail, and whose they are.
    fn find_failing_steps(&mut self) {
        for (task, uses) in self.uses.iter().enumerate() {
            for (pc, instruction_use) in uses.iter().enumerate() {
                if !instruction_use.may_fail {
                    continue;
                }
                let held = &self.held[task][pc];
                match self.failing.iter_mut().find(|(locks, _)| locks == held) {
                    Some((_, tasks)) => {
                        if !tasks.contains(&(task as u32)) {
                            tasks.push(task as u32);
                        }
                    }
                    None => self.failing.push((held.clone(), vec![task as u32])),
                }
            }
        }
    }

    /// Whether any step of task `index` may be invisible: a thread or a process, no daemon, no coroutine,
    /// and nothing spawns or kills it or a task it starts after.
    fn eligible(&self, model: &Model, index: usize) -> bool {
        let task = &model.tasks[index];
        matches!(task.kind, TaskKind::Thread | TaskKind::Process)
            && !task.daemon
            && task.event_loop.is_none()
            && !self.targeted[index]
            && task.after.iter().all(|before| !self.targeted[before.index()])
    }

    /// Whether the step at `pc` of task `task` is invisible whenever it does not fault.
    fn invisible(&self, task: usize, pc: usize) -> bool {
        let definition = &self.model.tasks[task];
        if !definition.program[pc].is_step() || may_finish_after(definition, pc) {
            return false;
        }
        let held = &self.held[task][pc];
        match self.uses[task][pc].kind {
            StepKind::Local => true,
            StepKind::Visible => false,
            StepKind::Access { memory, write } => {
                let protected = self.protect.get(&memory).is_some_and(|locks| intersects(locks, held));
                // A write reads the outcome, which a failing step of another task writes.
                let failures_excluded = !write
                    || self
                        .failing
                        .iter()
                        .all(|(locks, tasks)| tasks.iter().all(|&t| t as usize == task) || intersects(locks, held));
                protected && failures_excluded
            }
        }
    }
}

/// Whether the task may finish right after the step at `pc`: the instructions that are no steps
/// (repeat bookkeeping, jumps, branches) may lead from it to the end of the program, and a task that
/// runs off its end finishes within the step.
fn may_finish_after(task: &TaskDef, pc: usize) -> bool {
    let len = task.program.len();
    let mut seen = vec![false; len + 1];
    let mut pending: Vec<usize> = successors(task, pc);
    while let Some(next) = pending.pop() {
        if next >= len {
            return true;
        }
        if std::mem::replace(&mut seen[next], true) || task.program[next].is_step() {
            continue;
        }
        pending.extend(successors(task, next));
    }
    false
}

/// Where the instruction at `pc` may go on (the program's length for its end).
fn successors(task: &TaskDef, pc: usize) -> Vec<usize> {
    let len = task.program.len();
    let next = (pc + 1).min(len);
    match task.program[pc].locals_use().flow {
        Flow::Next => vec![next],
        Flow::Jump(target) => vec![(target as usize).min(len)],
        Flow::NextOr(target) => vec![next, (target as usize).min(len)],
        Flow::End => vec![len],
    }
}

/// Per pc (and the end), the locks the task holds whenever it is there: a forward must-analysis from
/// the start (no lock held), intersecting where paths meet. A pc the analysis cannot reach holds none.
fn must_hold(model: &Model, task: &TaskDef, uses: &[StaticUse], words: usize) -> Vec<LockSet> {
    let len = task.program.len();
    let mut held: Vec<Option<LockSet>> = vec![None; len + 1];
    held[0] = Some(vec![0; words]);
    let mut changed = true;
    while changed {
        changed = false;
        for pc in 0..len {
            let Some(before) = &held[pc] else { continue };
            let mut after = before.clone();
            apply(model, uses[pc].locks, &mut after);
            for target in successors(task, pc) {
                let slot = &mut held[target];
                match slot {
                    None => {
                        *slot = Some(after.clone());
                        changed = true;
                    }
                    Some(existing) => {
                        let old = existing.clone();
                        intersect(existing, &after);
                        changed |= *existing != old;
                    }
                }
            }
        }
    }
    held.into_iter().map(|locks| locks.unwrap_or_else(|| vec![0; words])).collect()
}

fn apply(model: &Model, effect: LockEffect, locks: &mut LockSet) {
    let mut remove = |lock: u32| locks[lock as usize / 64] &= !(1 << (lock % 64));
    match effect {
        LockEffect::None => {}
        LockEffect::Takes(lock) => locks[lock.index() / 64] |= 1 << (lock.0 % 64),
        LockEffect::Releases { first, count } => (first..first + count).for_each(remove),
        LockEffect::WaitsOnConditions { first, count } => {
            for condition in first..first + count {
                remove(model.sync.conditions[condition as usize].lock.0);
            }
        }
    }
}

fn intersect(locks: &mut LockSet, other: &LockSet) {
    locks.iter_mut().zip(other).for_each(|(word, other)| *word &= other);
}

fn intersects(locks: &LockSet, other: &LockSet) -> bool {
    locks.iter().zip(other).any(|(word, other)| word & other != 0)
}

/// Tasks named by a `spawn` or `kill` of any task.
fn targeted_tasks(model: &Model) -> Vec<bool> {
    let mut targeted = vec![false; model.tasks.len()];
    for task in &model.tasks {
        for instruction in &task.program {
            if let Instr::Spawn(range) | Instr::Kill(range) = instruction {
                range.iter().for_each(|t| targeted[t.index()] = true);
            }
        }
    }
    targeted
}

/// Whether evaluating `expr` may fault: every operator but comparison for equality, negation of truth
/// and the short circuits may (overflow, division by zero, None where a number is needed, an index).
fn expression_may_fail(expr: &Expr) -> bool {
    !expr.ops.iter().all(|op| {
        matches!(
            op,
            ExprOp::Const(_)
                | ExprOp::Local(_)
                | ExprOp::Not
                | ExprOp::ToBool
                | ExprOp::JumpIfFalseOrPop(_)
                | ExprOp::JumpIfTrueOrPop(_)
                | ExprOp::Binary(crate::model::BinaryOp::Eq | crate::model::BinaryOp::Ne)
        )
    })
}

/// Whether `expr` reads anything but the task's locals (only `expect` lines do; such a step is visible).
pub(crate) fn reads_beyond_locals(expr: &Expr) -> bool {
    expr.ops.iter().any(|op| {
        matches!(
            op,
            ExprOp::Shared(..)
                | ExprOp::QueueLen(_)
                | ExprOp::Element(..)
                | ExprOp::MapValue(..)
                | ExprOp::ListItem(..)
                | ExprOp::MapHas(..)
                | ExprOp::MapLen(..)
                | ExprOp::EventIsSet { .. }
        )
    })
}

/// What the lock-set analysis needs of one instruction of `task`. Exhaustive on purpose: a new kind of
/// instruction must be classified here before it compiles.
fn static_use(task: &TaskDef, instruction: Instr) -> StaticUse {
    let process = task.process;
    let expr = |id: ExprId| &task.exprs[id.index()];
    let fails = |id: ExprId| expression_may_fail(expr(id));
    let local_only = |ids: &[ExprId]| ids.iter().all(|&id| !reads_beyond_locals(expr(id)));
    let visible = |may_fail: bool| StaticUse {
        kind: StepKind::Visible,
        accesses: Vec::new(),
        reads_what_its_task_reads: false,
        may_fail,
        locks: LockEffect::None,
    };
    let access = |memory: Memory, write: bool, exprs: &[ExprId], may_fail: bool| StaticUse {
        kind: if local_only(exprs) { StepKind::Access { memory, write } } else { StepKind::Visible },
        accesses: vec![(memory, write)],
        may_fail,
        ..visible(false)
    };
    let local = |exprs: &[ExprId], may_fail: bool| StaticUse {
        kind: if local_only(exprs) { StepKind::Local } else { StepKind::Visible },
        ..visible(may_fail)
    };
    let range = |first: u32, count: u32, index: Option<ExprId>| match index {
        None => (first, 1),
        Some(_) => (first, count),
    };
    match instruction {
        Instr::Let { expr: value, .. } => local(&[value], fails(value)),
        Instr::Assert { expr: value } => local(&[value], true),
        Instr::ReadShared { var, .. } => access(Memory::Variable(process, var), false, &[], false),
        Instr::SetShared { var, expr: value } => access(Memory::Variable(process, var), true, &[value], fails(value)),
        // Memory every process shares is kept with main's variables: one location whatever the task's process.
        Instr::ReadSharedMemory { var, .. } => access(Memory::Variable(MAIN_PROCESS, var), false, &[], false),
        Instr::SetSharedMemory { var, expr: value } => {
            access(Memory::Variable(MAIN_PROCESS, var), true, &[value], fails(value))
        }
        Instr::ReadElement { array, index, .. } => access(Memory::Array(process, array), false, &[index], true),
        Instr::SetElement { array, index, expr: value } => {
            access(Memory::Array(process, array), true, &[index, value], true)
        }
        // Maps are shared memory too, but their steps stay visible (a missing key, a full table).
        // `key_at`/`value_at` read every key (which key is at a place depends on them all).
        Instr::ReadKey { map, .. } | Instr::ReadMapLen { map, .. } | Instr::ReadEntry { map, .. } => {
            StaticUse { accesses: vec![(Memory::Map(process, map), false)], ..visible(true) }
        }
        Instr::HasKey { map, key, .. } => {
            StaticUse { accesses: vec![(Memory::Map(process, map), false)], ..visible(fails(key)) }
        }
        Instr::SetKey { map, .. } | Instr::DeleteKey { map, .. } => {
            StaticUse { accesses: vec![(Memory::Map(process, map), true)], ..visible(true) }
        }
        Instr::ObjectRead { .. } => StaticUse { accesses: vec![(Memory::Objects, false)], ..visible(true) },
        Instr::ObjectWrite { .. } | Instr::ObjectDelete { .. } => {
            StaticUse { accesses: vec![(Memory::Objects, true)], ..visible(true) }
        }
        Instr::Lock(lock) => StaticUse { locks: LockEffect::Takes(lock), ..visible(false) },
        Instr::LockPicked { lock: pick, patience } => {
            // Only a wait for ever on one named lock surely holds it afterwards.
            let takes = pick.index.is_none() && patience.timeout_ns.is_none();
            let locks = if takes { LockEffect::Takes(LockId(pick.first)) } else { LockEffect::None };
            StaticUse { locks, ..visible(true) }
        }
        Instr::Unlock(lock) => StaticUse { locks: LockEffect::Releases { first: lock.0, count: 1 }, ..visible(true) },
        Instr::UnlockPicked(pick) => {
            let (first, count) = range(pick.first, pick.count, pick.index);
            StaticUse { locks: LockEffect::Releases { first, count }, ..visible(true) }
        }
        Instr::WaitCondition { condition: pick, .. } => {
            let (first, count) = range(pick.first, pick.count, pick.index);
            StaticUse { locks: LockEffect::WaitsOnConditions { first, count }, ..visible(true) }
        }
        // The spin-wait check reads again what the iteration read.
        Instr::LoopBack { .. } => StaticUse { reads_what_its_task_reads: true, ..visible(false) },
        Instr::Branch { expr: value, .. } | Instr::Compute { expr: value, .. } | Instr::Return { expr: value } => {
            visible(fails(value))
        }
        // An element of a local array: a fault when the index is out of range; left visible, as the
        // Python import writes it only to gather futures for `wait`.
        Instr::LetElement { .. } => visible(true),
        // A value chosen among several: left visible, so the search branches there as at any step (the
        // values are branches of its own, within the step).
        Instr::Choose { .. } => visible(false),
        // Timed like `io` and `await`, and a fault when the length is negative.
        Instr::IoFor { .. } | Instr::AwaitFor { .. } => visible(true),
        // Work takes virtual time, which decides when a run meets the time limit: left visible.
        Instr::Cpu(_)
        | Instr::Native(_)
        | Instr::Io(_)
        | Instr::Await(_)
        | Instr::Yield
        | Instr::ReadQueueLen { .. }
        | Instr::RepeatEnter { .. }
        | Instr::RepeatTest { .. }
        | Instr::RepeatNext { .. }
        | Instr::RepeatRestore { .. }
        | Instr::Jump { .. }
        | Instr::Atomic { .. } => visible(false),
        Instr::Put { .. }
        | Instr::Get { .. }
        | Instr::TaskDone(_)
        | Instr::JoinQueue(_)
        | Instr::Spawn(_)
        | Instr::Join(_)
        | Instr::Barrier(_)
        | Instr::Kill(_)
        | Instr::Acquire { .. }
        | Instr::Release(_)
        | Instr::ReleaseChecked { .. }
        | Instr::BarrierWait { .. }
        | Instr::SetEvent(_)
        | Instr::ClearEvent(_)
        | Instr::WaitEvent { .. }
        | Instr::ReadEvent { .. }
        | Instr::ReadLocked { .. }
        | Instr::ReadSemaphoreLocked { .. }
        | Instr::ReadClock { .. }
        | Instr::Notify { .. }
        | Instr::GetTimed { .. }
        | Instr::Submit(_)
        | Instr::Result(_)
        | Instr::AwaitFuture(_)
        | Instr::Cancel { .. }
        | Instr::FutureState { .. }
        | Instr::Shutdown { .. }
        | Instr::Raise { .. }
        | Instr::RaiseValue { .. }
        | Instr::Reraise { .. } => visible(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Expr, Pick, SharedVar, TaskRange};

    fn task(name: &str, locals: usize, program: Vec<Instr>, exprs: Vec<Vec<ExprOp>>) -> TaskDef {
        TaskDef {
            name: name.into(),
            kind: TaskKind::Thread,
            process: ProcessId(0),
            event_loop: None,
            after: Vec::new(),
            spawned: false,
            daemon: false,
            priority: 0,
            locals: (0..locals).map(|l| format!("%{l}")).collect(),
            local_initial: Vec::new(),
            lines: vec![0; program.len()],
            program,
            exprs: exprs.into_iter().map(|ops| Expr { ops, text: String::new() }).collect(),
        }
    }

    fn model(variables: usize, locks: usize, tasks: Vec<TaskDef>) -> Model {
        let mut model = Model {
            name: "m".into(),
            machine: Default::default(),
            scheduler: Default::default(),
            processes: vec![crate::model::ProcessDef {
                name: "main".into(),
                gil: Default::default(),
                shared: (0..variables).map(|v| SharedVar { name: format!("v{v}"), initial: 0 }).collect(),
                placement: crate::model::Placement::On(0),
                arrays: Vec::new(),
                maps: Vec::new(),
            }],
            locks: (0..locks).map(|l| format!("l{l}")).collect(),
            queues: Vec::new(),
            barriers: Vec::new(),
            loops: Vec::new(),
            tasks,
            expectations: Vec::new(),
            machines: Vec::new(),
            network: Default::default(),
            sync: Default::default(),
            futures: Default::default(),
            strings: Vec::new(),
            choice_values: Vec::new(),
            sampled_choices: 0,
            process_exits: Vec::new(),
        };
        model.machines.push(crate::model::MachineDef { name: "m".into(), first_core: 0, cores: 1 });
        model
    }

    /// `lock l0; x = x + 1 (read, write); assert; unlock l0; cpu`, expressions: %0 + 1, %0 != 5.
    fn incrementer(name: &str) -> TaskDef {
        task(
            name,
            1,
            vec![
                Instr::Lock(LockId(0)),
                Instr::ReadShared { var: VarId(0), into: LocalId(0) },
                Instr::SetShared { var: VarId(0), expr: ExprId(0) },
                Instr::Assert { expr: ExprId(1) },
                Instr::Unlock(LockId(0)),
                Instr::Cpu(1),
            ],
            vec![
                vec![ExprOp::Local(LocalId(0)), ExprOp::Const(1), ExprOp::Binary(crate::model::BinaryOp::Add)],
                vec![ExprOp::Local(LocalId(0)), ExprOp::Const(5), ExprOp::Binary(crate::model::BinaryOp::Ne)],
            ],
        )
    }

    fn invisible_pcs(model: &Model, task: usize) -> Vec<usize> {
        let steps = InvisibleSteps::new(model);
        steps.candidates[task].iter().enumerate().filter(|&(_, &invisible)| invisible).map(|(pc, _)| pc).collect()
    }

    fn check(model: &Model, expect: &[Vec<usize>]) {
        let found: Vec<Vec<usize>> = (0..model.tasks.len()).map(|t| invisible_pcs(model, t)).collect();
        assert_eq!(found, expect);
    }

    #[test]
    fn steps_inside_sections_that_guard_every_access_are_invisible() {
        // The lock, the unlock and the last step (it finishes the task) stay visible.
        let both = model(1, 1, vec![incrementer("a"), incrementer("b")]);
        check(&both, &[vec![1, 2, 3], vec![1, 2, 3]]);
    }

    #[test]
    fn one_unprotected_access_anywhere_makes_every_access_of_that_variable_visible() {
        let mut racer =
            task("c", 1, vec![Instr::ReadShared { var: VarId(0), into: LocalId(0) }, Instr::Cpu(1)], vec![]);
        check(&model(1, 1, vec![incrementer("a"), racer.clone()]), &[vec![3], vec![]]);
        // Under another lock it protects nothing either.
        racer.program.insert(0, Instr::Lock(LockId(1)));
        racer.lines.push(0);
        check(&model(1, 2, vec![incrementer("a"), racer]), &[vec![3], vec![]]);
    }

    #[test]
    fn a_write_is_visible_when_another_task_may_fail_outside_the_lock() {
        // b asserts outside any lock: a's write decides what its failure sees.
        let checker = task(
            "b",
            1,
            vec![Instr::Assert { expr: ExprId(0) }, Instr::Cpu(1)],
            vec![vec![ExprOp::Local(LocalId(0)), ExprOp::Const(2), ExprOp::Binary(crate::model::BinaryOp::Lt)]],
        );
        check(&model(1, 1, vec![incrementer("a"), checker]), &[vec![1, 3], vec![0]]);
    }

    #[test]
    fn a_lock_released_on_one_path_protects_nothing_after_the_paths_meet() {
        // lock l0; if %0 goto 3; unlock l0; read x; cpu — the read may run without the lock.
        let branchy = task(
            "a",
            1,
            vec![
                Instr::Lock(LockId(0)),
                Instr::Branch { expr: ExprId(0), target: 3 },
                Instr::Unlock(LockId(0)),
                Instr::ReadShared { var: VarId(0), into: LocalId(0) },
                Instr::Cpu(1),
            ],
            vec![vec![ExprOp::Local(LocalId(0))]],
        );
        check(&model(1, 1, vec![branchy]), &[vec![]]);
    }

    #[test]
    fn spawned_killed_daemon_and_coroutine_tasks_have_no_invisible_step() {
        let mut spawner =
            task("s", 0, vec![Instr::Spawn(TaskRange { first: TaskId(1), count: 1 }), Instr::Cpu(1)], vec![]);
        check(&model(1, 1, vec![spawner.clone(), incrementer("a")]), &[vec![], vec![]]);
        spawner.program[0] = Instr::Kill(TaskRange { first: TaskId(1), count: 1 });
        check(&model(1, 1, vec![spawner, incrementer("a")]), &[vec![], vec![]]);
        let mut daemon = incrementer("d");
        daemon.daemon = true;
        check(&model(1, 1, vec![daemon, incrementer("a")]), &[vec![], vec![1, 2, 3]]);
        let mut coroutine = incrementer("c");
        coroutine.kind = TaskKind::Coroutine;
        check(&model(1, 1, vec![coroutine, incrementer("a")]), &[vec![], vec![1, 2, 3]]);
    }

    #[test]
    fn a_lock_picked_by_index_or_taken_with_a_time_out_protects_nothing() {
        let mut picked = incrementer("a");
        let pick = Pick { first: 0, count: 2, index: Some(ExprId(0)) };
        picked.program[0] = Instr::LockPicked { lock: pick, patience: Default::default() };
        picked.program[4] = Instr::UnlockPicked(pick);
        check(&model(1, 2, vec![picked.clone()]), &[vec![3]]);
        let timed = crate::model::Patience { timeout_ns: Some(5), into: None };
        picked.program[0] = Instr::LockPicked { lock: Pick::one(0), patience: timed };
        picked.program[4] = Instr::UnlockPicked(Pick::one(0));
        check(&model(1, 2, vec![picked.clone()]), &[vec![3]]);
        picked.program[0] = Instr::LockPicked { lock: Pick::one(0), patience: Default::default() };
        check(&model(1, 2, vec![picked]), &[vec![1, 2, 3]]);
    }

    #[test]
    fn a_spin_wait_reads_what_its_loop_read_with_the_locks_held_at_its_end() {
        // b: lock; read x; unlock; loop back — its check reads x without the lock.
        let spinner = task(
            "b",
            1,
            vec![
                Instr::Lock(LockId(0)),
                Instr::ReadShared { var: VarId(0), into: LocalId(0) },
                Instr::Unlock(LockId(0)),
                Instr::LoopBack { top: 0 },
            ],
            vec![],
        );
        check(&model(1, 1, vec![incrementer("a"), spinner]), &[vec![3], vec![]]);
    }
}
