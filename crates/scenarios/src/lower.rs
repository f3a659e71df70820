//! Lowering one task's steps to sim-core instructions. Shared reads inside an expression become steps of
//! their own, in order of appearance, before the step that uses them: `set: "n = n + 1"` is a read and a
//! write, and races as `n += 1` does in Python. Control flow (`if`, `while`, `break`, `continue`,
//! `return`, `and`/`or` with reads on the right) lowers to a few generic instructions: jumps, branches and
//! computations between steps, so the engine handles all of it in one place.

use indexmap::IndexMap;
use serde_saphyr::{Location, Spanned};
use sim_core::limits;
use sim_core::model::*;
use sim_core::text::TextFunction;

use crate::context::{Context, Result, is_local_name};
use crate::diagnostic::{Diagnostic, closest};
use crate::duration::Duration;
use crate::expr::{Ast, Function, parse_expression, split_assignment};
use crate::raw::{NameOr, RawAwait, RawComputedLength, RawLength, RawStep, RawValue};

mod choices;
mod futures;
mod tries;

/// The four kinds of declared primitives, in the order of `ModelBuilder::groups`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrimitiveKind {
    Lock,
    Semaphore,
    Event,
    Condition,
}

impl PrimitiveKind {
    pub const ALL: [PrimitiveKind; 4] =
        [PrimitiveKind::Lock, PrimitiveKind::Semaphore, PrimitiveKind::Event, PrimitiveKind::Condition];

    pub fn as_str(self) -> &'static str {
        match self {
            PrimitiveKind::Lock => "lock",
            PrimitiveKind::Semaphore => "semaphore",
            PrimitiveKind::Event => "event",
            PrimitiveKind::Condition => "condition",
        }
    }

    /// The kind with its article: `a lock`, `an event`.
    pub fn with_article(self) -> &'static str {
        match self {
            PrimitiveKind::Lock => "a lock",
            PrimitiveKind::Semaphore => "a semaphore",
            PrimitiveKind::Event => "an event",
            PrimitiveKind::Condition => "a condition",
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            PrimitiveKind::Lock => "locks",
            PrimitiveKind::Semaphore => "semaphores",
            PrimitiveKind::Event => "events",
            PrimitiveKind::Condition => "conditions",
        }
    }
}

/// A declared primitive, or an array of them (`count`), by the name steps use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group {
    pub first: u32,
    /// `None` for a single primitive, `Some(N)` for an array of N.
    pub count: Option<u32>,
    pub asyncio: bool,
}

/// What lowering asks of the model being built.
pub trait Names {
    fn context(&self) -> &Context<'_>;
    fn process_of(&self, task: TaskId) -> ProcessId;
    fn task_kind(&self, task: TaskId) -> TaskKind;
    fn shared_var(&self, process: ProcessId, name: &str) -> Option<VarId>;
    /// Whether `name` is a shared variable of the process whose initial value is None: the only ones a
    /// step may index as an object made at run time (`x[k]`), so that indexing a variable that starts
    /// as a number or a string stays the load-time error it was.
    fn shared_starts_as_none(&self, process: ProcessId, name: &str) -> bool;
    /// A variable of `shared_memory:` (kept among main's variables), which every process's tasks use.
    fn shared_memory_var(&self, name: &str) -> Option<VarId>;
    fn shared_names(&self, process: ProcessId) -> Vec<String>;
    /// A shared array of the process and its length.
    fn shared_array(&self, process: ProcessId, name: &str) -> Option<(ArrayId, usize)>;
    fn shared_map(&self, process: ProcessId, name: &str) -> Option<MapId>;
    /// A primitive by its (base) name; an undeclared lock is declared here when `locks:` is absent.
    fn primitive(&mut self, kind: PrimitiveKind, name: &Spanned<String>) -> Result<Group>;
    fn primitive_kind_of(&self, name: &str) -> Option<PrimitiveKind>;
    /// A queue by name; on failure the message and help, to be placed by the caller.
    fn queue(&mut self, name: &str, user: ProcessId) -> std::result::Result<QueueId, (String, Option<String>)>;
    fn barrier(&mut self, name: &Spanned<String>, parties: &Spanned<u64>) -> Result<BarrierId>;
    fn task(&self, name: &Spanned<String>) -> Result<(TaskRange, bool)>;
    /// The instances `submit` starts of a task, with the names of their parameters.
    fn instances(&self, name: &Spanned<String>) -> Result<(InstancesId, Vec<String>)>;
    /// The kind of task the instances are (a coroutine, a thread, a job).
    fn instances_kind(&self, instances: InstancesId) -> TaskKind;
    fn add_submit(&mut self, submit: SubmitDef) -> SubmitId;
    fn add_wait(&mut self, wait: FutureWaitDef) -> FutureWaitId;
    /// An exception class by name, declared at its first use.
    fn exception(&mut self, name: &str) -> ExceptionId;
    /// A declared executor by name.
    fn executor(&self, name: &Spanned<String>) -> Result<ExecutorId>;
    /// The default executor of the event loop named `event_loop` (`asyncio.to_thread`'s).
    fn default_executor(&self, event_loop: &Spanned<String>) -> Result<ExecutorId>;
    fn queue_is_asyncio(&self, queue: QueueId) -> bool;
    /// Keeps the values of a choice (`Model::choice_values`): where they start, or the message when the
    /// file's choices would hold too many values.
    /// `sampled` for `sample(LO, HI)`, which the model counts (`Model::sampled_choices`).
    fn add_choice(&mut self, values: &[i64], sampled: bool) -> std::result::Result<u32, String>;
}

/// Emits the operands of an expression's leaves; `lower_pure` does the operators.
pub trait Operands {
    /// A name, `len(x)`, `x[i]`, `has(m, k)` or `is_set(E)`.
    fn leaf(&mut self, ast: &Ast, ops: &mut Vec<ExprOp>) -> Result<()>;
    /// Lowers Python's `and`/`or` itself when it must (reads on the right side happen only when it is
    /// evaluated); `false` lets `lower_pure` lower it as a pure short-circuit.
    fn short_circuit(&mut self, _ast: &Ast, _ops: &mut Vec<ExprOp>) -> Result<bool> {
        Ok(false)
    }
    /// Lowers `item(x[k], i)` itself as a read of the item in a step when it must (`x[k]` may give an
    /// object made at run time, a list in a dict, whose item is shared state, not a value to compute
    /// with); `false` lets `lower_pure` lower it as the text function.
    fn item_of_an_item(&mut self, _ast: &Ast, _ops: &mut Vec<ExprOp>) -> Result<bool> {
        Ok(false)
    }
    /// The file's context (its string table among it).
    fn file_context(&self) -> &Context<'_>;
    /// An error at byte `at` of the expression.
    fn error_in_expression(&self, at: usize, message: String) -> Diagnostic;
}

pub struct LoweredTask {
    pub locals: Vec<String>,
    pub local_initial: Vec<(LocalId, i64)>,
    pub program: Vec<Instr>,
    pub lines: Vec<u32>,
    pub exprs: Vec<Expr>,
    /// Every `with` block: the pcs of its `lock` and of its closing `unlock`.
    pub with_blocks: Vec<(u32, u32)>,
    /// The pc and patience of every `put` with a time-out (`SyncDefs::timed_puts`).
    pub timed_puts: Vec<(u32, Patience)>,
    /// The exception table of its `try` blocks, innermost first.
    pub handlers: Vec<TryHandler>,
    /// It reads exception values (`FutureDefs::exception_values`): an `except` with `as`, a `raise`
    /// with `args`.
    pub exception_values: bool,
}

/// An enclosing `while` or `repeat`: the jumps of its `break`s and `continue`s, patched at its end.
struct LoopFrame {
    breaks: Vec<u32>,
    continues: Vec<u32>,
    /// How many `with` blocks were open outside the loop: a `break` releases the ones inside.
    withs_outside: usize,
}

struct Lowering<'n, N: Names> {
    names: &'n mut N,
    task: TaskId,
    process: ProcessId,
    locals: IndexMap<String, LocalId>,
    /// Locals assigned so far in program order; reading any other is an error.
    defined: Vec<bool>,
    program: Vec<Instr>,
    lines: Vec<u32>,
    exprs: Vec<Expr>,
    /// Counters of the enclosing repeats, innermost last.
    repeats: Vec<LocalId>,
    loops: Vec<LoopFrame>,
    /// The `unlock` of every enclosing `with`, innermost last.
    withs: Vec<Instr>,
    /// Every `with` block lowered so far: the pcs of its `lock` and of its closing `unlock`.
    with_blocks: Vec<(u32, u32)>,
    timed_puts: Vec<(u32, Patience)>,
    /// Inside `atomic`: nothing may block or take time.
    atomic_depth: usize,
    depth: usize,
    temporaries_used: usize,
    /// The expression being lowered now, for the places of errors in its leaves.
    place: Option<(Location, usize, String)>,
    /// Local arrays (`let: "fs = array(N)"`): their first local and length.
    arrays: IndexMap<String, (LocalId, u32)>,
    /// The enclosing `try` blocks, innermost last.
    tries: Vec<tries::TryFrame>,
    /// How many `try` blocks were lowered (each has a local for its caught exception).
    tries_lowered: usize,
    /// The locals of the enclosing `except`s being lowered, innermost last (a bare `raise` reads it).
    handling: Vec<LocalId>,
    /// The exception table so far.
    handlers: Vec<TryHandler>,
    /// An `except` with `as` or a `raise` with `args` was lowered.
    exception_values: bool,
}

/// Lowers one task; `parameters` are the names `submit`'s `args` set (locals 0, 1, ... of an instance).
pub fn lower_task<N: Names>(
    names: &mut N,
    task: TaskId,
    me: Option<i64>,
    parameters: &[String],
    ops: &[Spanned<RawStep>],
    instance: bool,
) -> Result<LoweredTask> {
    let process = names.process_of(task);
    let mut lowering = Lowering {
        names,
        task,
        process,
        locals: IndexMap::new(),
        defined: Vec::new(),
        program: Vec::new(),
        lines: Vec::new(),
        exprs: Vec::new(),
        repeats: Vec::new(),
        loops: Vec::new(),
        withs: Vec::new(),
        with_blocks: Vec::new(),
        timed_puts: Vec::new(),
        atomic_depth: 0,
        depth: 0,
        temporaries_used: 0,
        place: None,
        arrays: IndexMap::new(),
        tries: Vec::new(),
        tries_lowered: 0,
        handling: Vec::new(),
        handlers: Vec::new(),
        exception_values: false,
    };
    for parameter in parameters {
        lowering.define(parameter);
    }
    let mut local_initial = Vec::new();
    if let Some(me) = me {
        let local = lowering.define("me");
        local_initial.push((local, me));
    }
    lowering.steps(ops)?;
    if instance && let Some(first) = ops.first() {
        lowering.add_instance_exit(&first.referenced)?;
    }
    let unrolled = unrolled_steps(ops);
    if unrolled > limits::MAX_UNROLLED_STEPS_PER_TASK
        && let Some(first) = ops.first()
    {
        return Err(lowering.names.context().error(
            &first.referenced,
            format!(
                "this task would take more than {} steps (repeat counts times steps)",
                limits::MAX_UNROLLED_STEPS_PER_TASK
            ),
        ));
    }
    Ok(LoweredTask {
        locals: lowering.locals.keys().cloned().collect(),
        local_initial,
        program: lowering.program,
        lines: lowering.lines,
        exprs: lowering.exprs,
        with_blocks: lowering.with_blocks,
        timed_puts: lowering.timed_puts,
        handlers: lowering.handlers,
        exception_values: lowering.exception_values,
    })
}

/// Whether a `try` step is among the ops, at any depth.
pub fn has_try(ops: &[Spanned<RawStep>]) -> bool {
    contains_step(ops, &|step| matches!(step, RawStep::Try(_)))
}

/// Whether `ops`, or a block nested in them, hold a step that `found` picks.
fn contains_step(ops: &[Spanned<RawStep>], found: &dyn Fn(&RawStep) -> bool) -> bool {
    ops.iter().any(|op| {
        found(&op.value)
            || match &op.value {
                RawStep::Repeat(repeat) => contains_step(&repeat.ops, found),
                RawStep::With(with) => contains_step(&with.ops, found),
                RawStep::If(branch) => contains_step(&branch.then, found) || contains_step(&branch.otherwise, found),
                RawStep::While(looping) => contains_step(&looping.ops, found),
                RawStep::Try(block) => {
                    contains_step(&block.body, found)
                        || block.handlers.iter().any(|clause| contains_step(&clause.ops, found))
                        || contains_step(&block.otherwise, found)
                        || contains_step(&block.finally, found)
                }
                _ => false,
            }
    })
}

/// Steps a list of ops takes when every repeat runs in full and every `while` once (saturating).
fn unrolled_steps(ops: &[Spanned<RawStep>]) -> u64 {
    ops.iter()
        .map(|op| match &op.value {
            RawStep::Repeat(repeat) => repeat.times.value.saturating_mul(unrolled_steps(&repeat.ops)),
            RawStep::With(with) => unrolled_steps(&with.ops).saturating_add(2),
            RawStep::If(branch) => {
                unrolled_steps(&branch.then).max(unrolled_steps(&branch.otherwise)).saturating_add(1)
            }
            RawStep::While(looping) => unrolled_steps(&looping.ops).saturating_add(2),
            // `finally` is lowered once per way out.
            RawStep::Try(block) => {
                let ways_out = block.handlers.len() as u64 + 2;
                let handlers =
                    block.handlers.iter().map(|clause| unrolled_steps(&clause.ops)).fold(0u64, u64::saturating_add);
                unrolled_steps(&block.body)
                    .saturating_add(unrolled_steps(&block.otherwise))
                    .saturating_add(handlers)
                    .saturating_add(unrolled_steps(&block.finally).saturating_mul(ways_out))
                    .saturating_add(1)
            }
            RawStep::Atomic(_) => 1,
            RawStep::Break | RawStep::Continue => 0,
            _ => 1,
        })
        .fold(0u64, u64::saturating_add)
}

/// The fewest steps a list of ops may take (a lower bound). A repeat whose body may take none gets a
/// step at the end of every iteration, so that a run always makes progress between two steps.
fn fewest_steps(ops: &[Spanned<RawStep>]) -> u64 {
    ops.iter()
        .map(|op| match &op.value {
            RawStep::Repeat(repeat) => repeat.times.value.saturating_mul(fewest_steps(&repeat.ops)),
            RawStep::With(with) => fewest_steps(&with.ops).saturating_add(2),
            RawStep::If(branch) => fewest_steps(&branch.then).min(fewest_steps(&branch.otherwise)),
            RawStep::While(_) | RawStep::WaitFor(_) | RawStep::Break | RawStep::Continue => 0,
            // An exception may leave `do` at once; `finally` runs on every way out.
            RawStep::Try(block) => fewest_steps(&block.finally),
            _ => 1,
        })
        .fold(0u64, u64::saturating_add)
}

impl<N: Names> Lowering<'_, N> {
    fn error(&self, location: &Location, message: impl Into<String>) -> Diagnostic {
        self.names.context().error(location, message)
    }

    fn define(&mut self, name: &str) -> LocalId {
        let local = self.local(name);
        self.defined[local.index()] = true;
        local
    }

    fn local(&mut self, name: &str) -> LocalId {
        if let Some(&local) = self.locals.get(name) {
            return local;
        }
        let local = LocalId::from_index(self.locals.len());
        self.locals.insert(name.to_string(), local);
        self.defined.push(false);
        local
    }

    fn emit(&mut self, instruction: Instr, location: &Location) -> Result<u32> {
        if self.program.len() >= limits::MAX_PROGRAM_INSTRUCTIONS {
            return Err(self.error(
                location,
                format!("a task's program has at most {} instructions", limits::MAX_PROGRAM_INSTRUCTIONS),
            ));
        }
        self.program.push(instruction);
        self.lines.push(location.line() as u32);
        Ok((self.program.len() - 1) as u32)
    }

    fn here(&self) -> u32 {
        self.program.len() as u32
    }

    /// Points the jump or branch at `at` to `target`.
    fn patch(&mut self, at: u32, to: u32) {
        match &mut self.program[at as usize] {
            Instr::Jump { target } | Instr::Branch { target, .. } => *target = to,
            Instr::Atomic { end } => *end = to,
            other => unreachable!("only jumps are patched, not {other:?}"),
        }
    }

    fn steps(&mut self, ops: &[Spanned<RawStep>]) -> Result<()> {
        for op in ops {
            self.step(op)?;
        }
        Ok(())
    }

    fn nested(&mut self, location: &Location) -> Result<()> {
        self.depth += 1;
        if self.depth > limits::MAX_BLOCK_DEPTH {
            return Err(self.error(location, format!("blocks nest at most {} deep", limits::MAX_BLOCK_DEPTH)));
        }
        Ok(())
    }

    fn step(&mut self, op: &Spanned<RawStep>) -> Result<()> {
        let at = &op.referenced;
        self.temporaries_used = 0;
        if self.atomic_depth > 0 {
            self.check_atomic(op)?;
        }
        match &op.value {
            RawStep::Cpu(d) => self.emit(Instr::Cpu(d.value.0), at).map(drop),
            RawStep::Native(d) => self.emit(Instr::Native(d.value.0), at).map(drop),
            RawStep::Io(length) => match &length.value {
                RawLength::Fixed(d) => self.emit(Instr::Io(d.0), at).map(drop),
                RawLength::Computed(computed) => {
                    self.lower_computed_length(computed, at, |length, unit_ns| Instr::IoFor { length, unit_ns })
                }
            },
            RawStep::Await(awaited) => {
                if self.names.task_kind(self.task) != TaskKind::Coroutine {
                    let help = match &awaited.value {
                        RawAwait::Sleep(_) | RawAwait::SleepFor(_) => {
                            "a thread waits with `io:` (a blocking call such as `time.sleep`); or make this task `kind: coroutine`"
                        }
                        RawAwait::Future(_) => {
                            "a thread waits for a future with `result: { future: f, timeout: D, into_ok: ok }`"
                        }
                    };
                    return Err(self.error(at, "`await` is for coroutines").with_help(help));
                }
                match &awaited.value {
                    RawAwait::Sleep(d) => self.emit(Instr::Await(d.0), at).map(drop),
                    RawAwait::SleepFor(computed) => {
                        self.lower_computed_length(computed, at, |length, unit_ns| Instr::AwaitFor { length, unit_ns })
                    }
                    RawAwait::Future(future) => self.lower_await_future(future, at),
                }
            }
            RawStep::Yield => self.emit(Instr::Yield, at).map(drop),
            RawStep::Let(text) => self.lower_let(text, at),
            RawStep::Set(text) => self.lower_set(text, at),
            RawStep::Assert(text) => {
                let expr = self.expression(text, &text.value, 0)?;
                self.emit(Instr::Assert { expr }, at).map(drop)
            }
            RawStep::Lock(lock) => self.lower_lock(lock, at),
            RawStep::Unlock(name) => {
                let pick = self.pick(PrimitiveKind::Lock, name)?;
                let instruction = match pick.index {
                    None => Instr::Unlock(LockId(pick.first)),
                    Some(_) => Instr::UnlockPicked(pick),
                };
                self.emit(instruction, at).map(drop)
            }
            RawStep::With(with) => {
                self.nested(at)?;
                let pick = self.pick(PrimitiveKind::Lock, &with.lock)?;
                let (lock, unlock) = match pick.index {
                    None => (Instr::Lock(LockId(pick.first)), Instr::Unlock(LockId(pick.first))),
                    Some(_) => {
                        (Instr::LockPicked { lock: pick, patience: Patience::default() }, Instr::UnlockPicked(pick))
                    }
                };
                let lock_pc = self.emit(lock, &with.lock.referenced)?;
                self.withs.push(unlock);
                self.steps(&with.ops)?;
                self.withs.pop();
                let unlock_pc = self.emit(unlock, &with.lock.referenced)?;
                self.with_blocks.push((lock_pc, unlock_pc));
                self.depth -= 1;
                Ok(())
            }
            RawStep::Put(put) => {
                let queue = self.queue(&put.queue)?;
                let expr = match &put.value.value {
                    RawValue::Number(n) => self.constant(self.integer(*n, &put.value.referenced)?, &n.to_string()),
                    RawValue::Text(text) => {
                        let spanned = Spanned::new(text.clone(), put.value.referenced, put.value.defined);
                        self.expression(&spanned, text, 0)?
                    }
                };
                if let (None, Some(ok)) = (&put.timeout, &put.into_ok) {
                    return Err(self
                        .error(&ok.referenced, "`into_ok` says whether a `put` timed out; it needs `timeout`")
                        .with_help("add `timeout: D` (`0ns` for `put_nowait()`), or leave `into_ok` out"));
                }
                let patience = self.patience(put.timeout.as_ref(), put.into_ok.as_ref())?;
                let pc = self.emit(Instr::Put { queue, expr }, at)?;
                if patience != Patience::default() {
                    self.timed_puts.push((pc, patience));
                }
                Ok(())
            }
            RawStep::Get(get) => self.lower_get(get, at),
            RawStep::TaskDone(name) => {
                let queue = self.queue(name)?;
                self.emit(Instr::TaskDone(queue), at).map(drop)
            }
            RawStep::JoinQueue(name) => {
                let queue = self.queue(name)?;
                self.emit(Instr::JoinQueue(queue), at).map(drop)
            }
            RawStep::Spawn(name) => {
                let (range, spawned) = self.names.task(name)?;
                if !spawned {
                    return Err(self
                        .error(&name.referenced, format!("`{}` starts on its own, so it cannot be spawned", name.value))
                        .with_help(format!("give `{}` the key `start: spawned`", name.value)));
                }
                if range.iter().any(|t| t == self.task) {
                    return Err(self.error(&name.referenced, "a task cannot spawn itself"));
                }
                self.emit(Instr::Spawn(range), at).map(drop)
            }
            RawStep::Join(name) => {
                let (range, _) = self.names.task(name)?;
                if range.iter().any(|t| t == self.task) {
                    return Err(self.error(&name.referenced, "a task cannot join itself (it would wait forever)"));
                }
                self.emit(Instr::Join(range), at).map(drop)
            }
            RawStep::Kill(name) => {
                let (range, _) = self.names.task(name)?;
                if range.iter().any(|t| t == self.task) {
                    return Err(self.error(&name.referenced, "a task cannot kill itself; it ends when its ops end"));
                }
                self.emit(Instr::Kill(range), at).map(drop)
            }
            RawStep::Barrier(barrier) => {
                let id = self.names.barrier(&barrier.name, &barrier.parties)?;
                if barrier.timeout.is_none() && barrier.into_ok.is_none() {
                    return self.emit(Instr::Barrier(id), at).map(drop);
                }
                if let Some(timeout) = barrier.timeout.as_ref().filter(|t| t.value.0 == 0) {
                    return Err(self
                        .error(&timeout.referenced, "a barrier's `timeout` must be more than 0")
                        .with_help("a wait that cannot wait breaks the barrier at once unless it is the last party"));
                }
                let patience = self.patience(barrier.timeout.as_ref(), barrier.into_ok.as_ref())?;
                self.emit(Instr::BarrierWait { barrier: id, patience }, at).map(drop)
            }
            RawStep::Repeat(repeat) => self.lower_repeat(repeat, at),
            RawStep::If(branch) => {
                self.nested(at)?;
                let cond = self.expression(&branch.cond, &branch.cond.value, 0)?;
                let to_else = self.emit(Instr::Branch { expr: cond, target: 0 }, at)?;
                self.steps(&branch.then)?;
                if branch.otherwise.is_empty() {
                    self.patch(to_else, self.here());
                } else {
                    let to_end = self.emit(Instr::Jump { target: 0 }, at)?;
                    self.patch(to_else, self.here());
                    self.steps(&branch.otherwise)?;
                    self.patch(to_end, self.here());
                }
                self.depth -= 1;
                Ok(())
            }
            RawStep::While(looping) => {
                self.nested(at)?;
                let top = self.here();
                let cond = self.expression(&looping.cond, &looping.cond.value, 0)?;
                let to_exit = self.emit(Instr::Branch { expr: cond, target: 0 }, at)?;
                self.loop_body(&looping.ops, top, to_exit, at)?;
                self.depth -= 1;
                Ok(())
            }
            RawStep::Break | RawStep::Continue => self.lower_break_or_continue(matches!(op.value, RawStep::Break), at),
            RawStep::Return(value) => {
                let expr = match value {
                    Some(text) => self.expression(text, &text.value, 0)?,
                    None => self.constant(0, "0"),
                };
                self.check_leaves_no_finally(at, false)?;
                self.release_withs(0, at)?;
                self.emit(Instr::Return { expr }, at).map(drop)
            }
            RawStep::Atomic(ops) => {
                self.nested(at)?;
                if ops.is_empty() {
                    return Err(self.error(at, "an `atomic` block needs at least one step"));
                }
                let begin = (self.atomic_depth == 0).then(|| self.emit(Instr::Atomic { end: 0 }, at)).transpose()?;
                self.atomic_depth += 1;
                self.steps(ops)?;
                self.atomic_depth -= 1;
                if let Some(begin) = begin {
                    self.patch(begin, self.here());
                }
                self.depth -= 1;
                Ok(())
            }
            RawStep::Del(text) => {
                let ast = parse_expression(&text.value)
                    .map_err(|e| self.names.context().error_in_scalar(&text.referenced, e.at, e.message))?;
                let Ast::Index { name, index, .. } = &ast else {
                    return Err(self.error(&text.referenced, "`del` takes `MAP[KEY]`, as in `del: \"cache[k]\"`"));
                };
                if self.names.shared_map(self.process, name).is_none() && self.holds_object(name) {
                    let object = self.expression_of(text, 0, &Ast::Name { name: name.clone(), at: 0 })?;
                    let key = self.expression_of(text, 0, index)?;
                    return self.emit(Instr::ObjectDelete { object, key }, at).map(drop);
                }
                let Some(map) = self.names.shared_map(self.process, name) else {
                    return Err(
                        self.error(&text.referenced, format!("`{name}` is not a shared map of this task's process"))
                    );
                };
                let key = self.expression_of(text, 0, index)?;
                self.emit(Instr::DeleteKey { map, key }, at).map(drop)
            }
            RawStep::Acquire(acquire) => {
                let (name, timeout, into) = timed_parts(acquire);
                let semaphore = self.pick(PrimitiveKind::Semaphore, &name)?;
                let patience = self.patience(timeout, into)?;
                self.emit(Instr::Acquire { semaphore, patience }, at).map(drop)
            }
            RawStep::Release(release) => match &release.value {
                NameOr::Name(name) => {
                    let name = Spanned::new(name.clone(), release.referenced, release.defined);
                    let semaphore = self.pick(PrimitiveKind::Semaphore, &name)?;
                    self.emit(Instr::Release(semaphore), at).map(drop)
                }
                NameOr::Full(full) => {
                    let semaphore = self.pick(PrimitiveKind::Semaphore, &full.semaphore)?;
                    self.check_local_name(&full.into_ok)?;
                    let into = self.define(&full.into_ok.value);
                    self.emit(Instr::ReleaseChecked { semaphore, into }, at).map(drop)
                }
            },
            RawStep::SetEvent(name) => {
                let event = self.pick(PrimitiveKind::Event, name)?;
                self.emit(Instr::SetEvent(event), at).map(drop)
            }
            RawStep::ClearEvent(name) => {
                let event = self.pick(PrimitiveKind::Event, name)?;
                self.emit(Instr::ClearEvent(event), at).map(drop)
            }
            RawStep::Wait(wait) => self.lower_wait(wait, at),
            RawStep::WaitFor(wait_for) if wait_for.timeout.is_some() || wait_for.into.is_some() => {
                self.lower_wait_for_with_patience(wait_for, at)
            }
            RawStep::WaitFor(wait_for) => {
                self.nested(at)?;
                // `while not cond: wait`, with the predicate read before every wait, as CPython does.
                let top = self.here();
                let cond = self.expression(&wait_for.cond, &wait_for.cond.value, 0)?;
                let to_wait = self.emit(Instr::Branch { expr: cond, target: 0 }, at)?;
                let to_end = self.emit(Instr::Jump { target: 0 }, at)?;
                self.patch(to_wait, self.here());
                let condition = self.pick(PrimitiveKind::Condition, &wait_for.condition)?;
                self.emit(Instr::WaitCondition { condition, patience: Patience::default() }, at)?;
                self.emit(Instr::Jump { target: top }, at)?;
                self.patch(to_end, self.here());
                self.depth -= 1;
                Ok(())
            }
            RawStep::Notify(notify) => {
                let (name, n) = match &notify.value {
                    NameOr::Name(name) => (Spanned::new(name.clone(), notify.referenced, notify.defined), Some(1)),
                    NameOr::Full(full) => {
                        let n = match &full.n {
                            None => 1,
                            Some(n) if n.value == 0 || n.value > u64::from(u32::MAX) => {
                                return Err(self.error(&n.referenced, "`n` is from 1 to 4294967295"));
                            }
                            Some(n) => n.value as u32,
                        };
                        (full.condition.clone(), Some(n))
                    }
                };
                let condition = self.pick(PrimitiveKind::Condition, &name)?;
                self.emit(Instr::Notify { condition, n }, at).map(drop)
            }
            RawStep::NotifyAll(name) => {
                let condition = self.pick(PrimitiveKind::Condition, name)?;
                self.emit(Instr::Notify { condition, n: None }, at).map(drop)
            }
            RawStep::Submit(submit) => self.lower_submit(submit, at),
            RawStep::Result(result) => self.lower_result(result, at),
            RawStep::Cancel(cancel) => self.lower_cancel(cancel, at),
            RawStep::FutureState(read) => self.lower_future_state(read, at),
            RawStep::Shutdown(shutdown) => self.lower_shutdown(shutdown, at),
            RawStep::Raise(raise) => {
                let (class, args, attributes) = match &raise.value {
                    NameOr::Name(text) => (Spanned::new(text.clone(), raise.referenced, raise.defined), None, None),
                    NameOr::Full(full) => (full.class.clone(), Some(full.args.as_ref()), full.attributes.as_ref()),
                };
                let attributes = attributes.map(|text| self.expression(text, &text.value, 0)).transpose()?;
                let exception = self.exception_class(&class)?;
                let args = match args {
                    Some(Some(args)) => Some(Some(self.expression(args, &args.value, 0)?)),
                    Some(None) => Some(None),
                    None => None,
                };
                // Python's `with` releases its lock on the way out, as for `return`; inside a `try`, the
                // handler it reaches releases the ones it leaves (`TryHandler::with_blocks`).
                if self.tries.is_empty() {
                    self.release_withs(0, at)?;
                }
                let instruction = match args {
                    Some(args) => {
                        self.exception_values = true;
                        Instr::RaiseValue { exception, args, attributes }
                    }
                    None => Instr::Raise { exception },
                };
                self.emit(instruction, at).map(drop)
            }
            RawStep::Try(block) => self.lower_try(block, at),
            RawStep::Reraise => self.lower_reraise(at),
        }
    }

    /// What may not be inside `atomic`: anything that blocks, takes time, or starts another task.
    fn check_atomic(&self, op: &Spanned<RawStep>) -> Result<()> {
        let forbidden = match &op.value {
            RawStep::Cpu(d) | RawStep::Native(d) if d.value.0 > 0 => Some("work that takes time"),
            RawStep::Io(_) => Some("a blocking call"),
            RawStep::Await(_) => Some("an `await`"),
            RawStep::Yield => Some("a `yield`"),
            RawStep::Lock(lock) if !matches!(&lock.value, NameOr::Full(t) if t.timeout.as_ref().is_some_and(|d| d.value.0 == 0)) => {
                Some("a blocking `lock` (only `timeout: 0ns` is allowed)")
            }
            RawStep::Acquire(acquire) if !matches!(&acquire.value, NameOr::Full(t) if t.timeout.as_ref().is_some_and(|d| d.value.0 == 0)) => {
                Some("a blocking `acquire` (only `timeout: 0ns` is allowed)")
            }
            RawStep::With(_) => Some("a `with` block (it takes a lock)"),
            RawStep::Put(_) | RawStep::Get(_) => Some("a queue operation that may block"),
            RawStep::JoinQueue(_) | RawStep::Join(_) | RawStep::Barrier(_) => Some("a step that waits for others"),
            RawStep::Wait(_) | RawStep::WaitFor(_) => Some("a `wait`"),
            RawStep::Spawn(_) | RawStep::Submit(_) => Some("another task's start"),
            RawStep::Result(_) => Some("a wait for a future"),
            RawStep::Shutdown(_) => Some("an executor's shutdown"),
            RawStep::Raise(_) | RawStep::Reraise => Some("a `raise` (it ends the task)"),
            RawStep::Try(_) => Some("a `try` block"),
            _ => None,
        };
        match forbidden {
            Some(what) => Err(self
                .error(&op.referenced, format!("{what} cannot be inside `atomic`"))
                .with_help("an `atomic` block runs as one step: nothing in it may block, wait or take time")),
            None => Ok(()),
        }
    }

    fn lower_let(&mut self, text: &Spanned<String>, at: &Location) -> Result<()> {
        // `let: "fs[i] = EXPR"`: an element of a local array (an extension: the Python import copies
        // futures made before into the array `wait([f, g])` watches).
        if let Some((target, expr, offset)) = split_assignment(&text.value)
            && let Some((base, _)) = target.split_once('[')
            && self.arrays.contains_key(base.trim())
        {
            let place = self.place(&Spanned::new(target.to_string(), text.referenced, text.defined))?;
            let expr = self.expression(text, expr, offset)?;
            return self.emit(Instr::LetElement { place, expr }, at).map(drop);
        }
        let (target, expr) = self.assignment(text, "let")?;
        if let Some(inner) = futures::array_call(&expr.0) {
            return self.lower_local_array(&target, inner, text, at);
        }
        if self.arrays.contains_key(&target) {
            return Err(self
                .error(&text.referenced, format!("`{target}` is a local array; set one element as `{target}[i]`"))
                .with_help(
                    "an element is set by `let: \"fs[i] = EXPR\"` or by `submit`'s or `result`'s `into: \"fs[i]\"`",
                ));
        }
        if self.is_shared_var(&target)
            || self.names.shared_array(self.process, &target).is_some()
            || self.names.shared_map(self.process, &target).is_some()
        {
            return Err(self.error(&text.referenced, format!("`{target}` is a shared variable; write it with `set`")));
        }
        if let Some(call) = crate::expr::parse_choice(&expr.0) {
            let call =
                call.map_err(|e| self.names.context().error_in_scalar(&text.referenced, expr.1 + e.at, e.message))?;
            return self.lower_choice(&target, &call, text, expr.1, at);
        }
        let expr = self.expression(text, &expr.0, expr.1)?;
        let local = self.define(&target);
        self.emit(Instr::Let { local, expr }, at).map(drop)
    }

    fn lower_set(&mut self, text: &Spanned<String>, at: &Location) -> Result<()> {
        if let Some((target, value, offset)) = split_assignment(&text.value)
            && target.contains('[')
        {
            return self.lower_set_element(text, target, (value, offset), at);
        }
        let (target, expr) = self.assignment(text, "set")?;
        if self.names.shared_var(self.process, &target).is_none()
            && let Some(var) = self.names.shared_memory_var(&target)
        {
            let expr = self.expression(text, &expr.0, expr.1)?;
            return self.emit(Instr::SetSharedMemory { var, expr }, at).map(drop);
        }
        let Some(var) = self.names.shared_var(self.process, &target) else {
            let known = self.names.shared_names(self.process);
            let mut error =
                self.error(&text.referenced, format!("`{target}` is not a shared variable of this task's process"));
            error = match closest(&target, known.iter().map(String::as_str)) {
                Some(best) => error.with_help(format!("did you mean `{best}`?")),
                None => error.with_help("declare it under `shared:`, or use `let` for a task-local variable"),
            };
            return Err(error);
        };
        let expr = self.expression(text, &expr.0, expr.1)?;
        self.emit(Instr::SetShared { var, expr }, at).map(drop)
    }

    /// `set: "buf[i] = v"` or `set: "cache[k] = v"`: the value is evaluated first, then the index.
    fn lower_set_element(
        &mut self,
        text: &Spanned<String>,
        target: &str,
        (value, offset): (&str, usize),
        at: &Location,
    ) -> Result<()> {
        let target_ast = parse_expression(target)
            .map_err(|e| self.names.context().error_in_scalar(&text.referenced, e.at, e.message))?;
        let Ast::Index { name, index, .. } = &target_ast else {
            return Err(self.error(&text.referenced, format!("`{target}` is not something `set` can write")));
        };
        let expr = self.expression(text, value, offset)?;
        if let Some((array, _)) = self.names.shared_array(self.process, name) {
            let index = self.expression_of(text, 0, index)?;
            return self.emit(Instr::SetElement { array, index, expr }, at).map(drop);
        }
        if let Some(map) = self.names.shared_map(self.process, name) {
            let key = self.expression_of(text, 0, index)?;
            return self.emit(Instr::SetKey { map, key, expr }, at).map(drop);
        }
        if self.holds_object(name) {
            let object = self.expression_of(text, 0, &Ast::Name { name: name.clone(), at: 0 })?;
            let key = self.expression_of(text, 0, index)?;
            return self.emit(Instr::ObjectWrite { object, key, expr }, at).map(drop);
        }
        Err(self
            .error(&text.referenced, format!("`{name}` is not a shared array or map of this task's process"))
            .with_help("declare it under `shared:` as a list (`buf: [0, 0]`) or a mapping (`cache: {}`)"))
    }

    fn lower_lock(&mut self, lock: &Spanned<NameOr<crate::raw::RawTimed>>, at: &Location) -> Result<()> {
        let (name, timeout, into) = timed_parts(lock);
        let pick = self.pick(PrimitiveKind::Lock, &name)?;
        let patience = self.patience(timeout, into)?;
        let instruction = match (pick.index, patience == Patience::default()) {
            (None, true) => Instr::Lock(LockId(pick.first)),
            _ => Instr::LockPicked { lock: pick, patience },
        };
        self.emit(instruction, at).map(drop)
    }

    /// `get`, with `timeout` and `into_ok` (1 when an item came, 0 when it gave up), or with `timeout`
    /// alone (giving up is queue.Empty, uncaught: a fault).
    fn lower_get(&mut self, get: &crate::raw::RawGet, at: &Location) -> Result<()> {
        let queue = self.queue(&get.queue)?;
        self.check_local_name(&get.into)?;
        let into = self.define(&get.into.value);
        match (&get.timeout, &get.into_ok) {
            (None, None) => self.emit(Instr::Get { queue, into }, at).map(drop),
            (None, Some(ok)) => Err(self
                .error(&ok.referenced, "`into_ok` says whether a `get` timed out; it needs `timeout`")
                .with_help("add `timeout: D` (`0ns` for `get_nowait()`), or leave `into_ok` out")),
            (Some(_), _) => {
                let patience = self.patience(get.timeout.as_ref(), get.into_ok.as_ref())?;
                self.emit(Instr::GetTimed { queue, into, patience }, at).map(drop)
            }
        }
    }

    fn lower_wait(&mut self, wait: &Spanned<NameOr<crate::raw::RawWait>>, at: &Location) -> Result<()> {
        let (name, kind, patience) = match &wait.value {
            NameOr::Name(name) => {
                let name = Spanned::new(name.clone(), wait.referenced, wait.defined);
                let base = name.value.split_once('[').map_or(name.value.as_str(), |(base, _)| base).trim().to_string();
                let kind = match self.names.primitive_kind_of(&base) {
                    Some(PrimitiveKind::Condition) => PrimitiveKind::Condition,
                    _ => PrimitiveKind::Event,
                };
                (name, kind, Patience::default())
            }
            NameOr::Full(full) => {
                let (name, kind) = match (&full.event, &full.condition) {
                    (Some(event), None) => (event.clone(), PrimitiveKind::Event),
                    (None, Some(condition)) => (condition.clone(), PrimitiveKind::Condition),
                    _ => {
                        return Err(self
                            .error(&wait.referenced, "`wait` names either an `event:` or a `condition:`")
                            .with_help(
                                "`wait: { event: E }` is Event.wait(), `wait: { condition: C }` Condition.wait()",
                            ));
                    }
                };
                (name, kind, Patience::default())
            }
        };
        let pick = self.pick(kind, &name)?;
        let patience = match &wait.value {
            NameOr::Full(full) => self.patience(full.timeout.as_ref(), full.into.as_ref())?,
            NameOr::Name(_) => patience,
        };
        let instruction = match kind {
            PrimitiveKind::Condition => Instr::WaitCondition { condition: pick, patience },
            _ => Instr::WaitEvent { event: pick, patience },
        };
        self.emit(instruction, at).map(drop)
    }

    /// `result = C.wait_for(predicate, timeout)`: `result = cond; while not result: if it gave up
    /// last time, stop; wait (with the time-out); result = cond`, as CPython's loop does (it reads the
    /// predicate once more after the wait that gave up). `into` gets the predicate's last value. Each
    /// wait has the whole time-out (CPython counts it from the call): the same unless a wake-up with the
    /// predicate still false comes first.
    fn lower_wait_for_with_patience(&mut self, wait_for: &crate::raw::RawWaitFor, at: &Location) -> Result<()> {
        self.nested(at)?;
        let text = &wait_for.cond.value;
        let woken = self.temporary();
        let one = self.pure(vec![ExprOp::Const(1)], "1");
        self.emit(Instr::Compute { local: woken, expr: one }, at)?;
        let result = match &wait_for.into {
            Some(name) => {
                self.check_local_name(name)?;
                self.define(&name.value)
            }
            None => self.temporary(),
        };
        let top = self.here();
        let cond = self.expression(&wait_for.cond, text, 0)?;
        self.emit(Instr::Compute { local: result, expr: cond }, at)?;
        let holds = self.pure(vec![ExprOp::Local(result)], text);
        let to_wait = self.emit(Instr::Branch { expr: holds, target: 0 }, at)?;
        let to_end = self.emit(Instr::Jump { target: 0 }, at)?;
        self.patch(to_wait, self.here());
        let was_woken = self.pure(vec![ExprOp::Local(woken)], "woken");
        let gave_up = self.emit(Instr::Branch { expr: was_woken, target: 0 }, at)?;
        let condition = self.pick(PrimitiveKind::Condition, &wait_for.condition)?;
        let patience = Patience { timeout_ns: wait_for.timeout.as_ref().map(|t| t.value.0), into: Some(woken) };
        self.emit(Instr::WaitCondition { condition, patience }, at)?;
        self.emit(Instr::Jump { target: top }, at)?;
        self.patch(to_end, self.here());
        self.patch(gave_up, self.here());
        self.depth -= 1;
        Ok(())
    }

    fn lower_repeat(&mut self, repeat: &crate::raw::RawRepeat, at: &Location) -> Result<()> {
        self.nested(at)?;
        if repeat.ops.is_empty() || unrolled_steps(&repeat.ops) == 0 {
            return Err(self.error(at, "a `repeat` needs at least one step in its `ops`"));
        }
        let counter = self.local(&format!("%repeat{}", self.repeats.len()));
        self.defined[counter.index()] = true;
        let index = self.define("i");
        self.emit(Instr::RepeatEnter { counter }, at)?;
        let top = self.emit(Instr::RepeatTest { counter, index, times: repeat.times.value, exit: 0 }, at)?;
        self.repeats.push(counter);
        self.loops.push(LoopFrame { breaks: Vec::new(), continues: Vec::new(), withs_outside: self.withs.len() });
        self.steps(&repeat.ops)?;
        let frame = self.loops.pop().expect("pushed above");
        self.repeats.pop();
        // A body that may take no step (an `if` with an empty branch) gets one at the end of every
        // iteration, so that the run always makes progress between two steps.
        let next = if fewest_steps(&repeat.ops) == 0 {
            let step = self.here();
            self.emit(Instr::LoopBack { top: step + 1 }, at)?
        } else {
            self.here()
        };
        self.emit(Instr::RepeatNext { counter, top }, at)?;
        let exit = self.here();
        if let Instr::RepeatTest { exit: slot, .. } = &mut self.program[top as usize] {
            *slot = exit;
        }
        for jump in frame.continues {
            self.patch(jump, next);
        }
        for jump in frame.breaks {
            self.patch(jump, exit);
        }
        if let Some(&outer) = self.repeats.last() {
            self.emit(Instr::RepeatRestore { counter: outer, index }, at)?;
        }
        self.depth -= 1;
        Ok(())
    }

    /// The body of a `while` after its condition's branch: the body, the back edge (a step, where
    /// spin-waits are recognised), and the exit.
    fn loop_body(&mut self, ops: &[Spanned<RawStep>], top: u32, to_exit: u32, at: &Location) -> Result<()> {
        self.loops.push(LoopFrame { breaks: Vec::new(), continues: Vec::new(), withs_outside: self.withs.len() });
        self.steps(ops)?;
        let frame = self.loops.pop().expect("pushed above");
        let back = self.emit(Instr::LoopBack { top }, at)?;
        let exit = self.here();
        self.patch(to_exit, exit);
        for jump in frame.continues {
            self.patch(jump, back);
        }
        for jump in frame.breaks {
            self.patch(jump, exit);
        }
        Ok(())
    }

    fn lower_break_or_continue(&mut self, is_break: bool, at: &Location) -> Result<()> {
        let word = if is_break { "break" } else { "continue" };
        let Some(frame) = self.loops.last() else {
            return Err(self.error(at, format!("`{word}` is outside any `while` or `repeat`")));
        };
        self.check_leaves_no_finally(at, true)?;
        self.release_withs(frame.withs_outside, at)?;
        let jump = self.emit(Instr::Jump { target: 0 }, at)?;
        let frame = self.loops.last_mut().expect("checked above");
        if is_break {
            frame.breaks.push(jump)
        } else {
            frame.continues.push(jump)
        }
        Ok(())
    }

    /// Leaving `with` blocks early (`break`, `continue`, `return`) releases their locks, innermost first,
    /// as Python's `with` does.
    fn release_withs(&mut self, keep: usize, at: &Location) -> Result<()> {
        for position in (keep..self.withs.len()).rev() {
            let unlock = self.withs[position];
            self.emit(unlock, at)?;
        }
        Ok(())
    }

    /// One primitive named by a step: `name` or `name[index]`. The index's reads are emitted here.
    fn pick(&mut self, kind: PrimitiveKind, name: &Spanned<String>) -> Result<Pick> {
        let text = name.value.trim();
        let (base, index) = if text.contains('[') {
            let ast = parse_expression(text)
                .map_err(|e| self.names.context().error_in_scalar(&name.referenced, e.at, e.message))?;
            match ast {
                Ast::Index { name, index, .. } => (name, Some(*index)),
                _ => {
                    return Err(self
                        .error(&name.referenced, format!("name {} as `name` or `name[index]`", kind.with_article())));
                }
            }
        } else {
            (text.to_string(), None)
        };
        let base_name = Spanned::new(base.clone(), name.referenced, name.defined);
        let group = self.names.primitive(kind, &base_name)?;
        self.check_asyncio_user(group.asyncio, kind.as_str(), &base, &name.referenced)?;
        self.pick_in_group(kind, &base, group, index.as_ref(), name)
    }

    fn pick_in_group(
        &mut self,
        kind: PrimitiveKind,
        base: &str,
        group: Group,
        index: Option<&Ast>,
        scalar: &Spanned<String>,
    ) -> Result<Pick> {
        match (group.count, index) {
            (None, None) => Ok(Pick::one(group.first)),
            (None, Some(_)) => Err(self
                .error(&scalar.referenced, format!("`{base}` is one {}, not an array of them", kind.as_str()))
                .with_help(format!("name it `{base}`, or declare it with `count:`"))),
            (Some(count), None) => Err(self
                .error(&scalar.referenced, format!("`{base}` is an array of {count} {}", kind.plural()))
                .with_help(format!("name one of them, as in `{base}[i]`"))),
            (Some(count), Some(index)) => {
                let index = self.expression_of(scalar, 0, index)?;
                Ok(Pick { first: group.first, count, index: Some(index) })
            }
        }
    }

    fn patience(&mut self, timeout: Option<&Spanned<Duration>>, into: Option<&Spanned<String>>) -> Result<Patience> {
        let into = match into {
            Some(name) => {
                self.check_local_name(name)?;
                Some(self.define(&name.value))
            }
            None => None,
        };
        Ok(Patience { timeout_ns: timeout.map(|t| t.value.0), into })
    }

    fn check_local_name(&self, name: &Spanned<String>) -> Result<()> {
        if !is_local_name(&name.value) {
            return Err(self
                .error(&name.referenced, format!("`{}` is not a valid variable name", name.value))
                .with_help("use letters, digits and `_`, starting with a letter"));
        }
        if self.is_shared_var(&name.value) {
            return Err(self.error(
                &name.referenced,
                format!("`{}` is a shared variable; a local cannot take its name", name.value),
            ));
        }
        Ok(())
    }

    fn queue(&mut self, name: &Spanned<String>) -> Result<QueueId> {
        let process = self.process;
        let queue = self.names.queue(&name.value, process).map_err(|(message, help)| {
            let mut error = self.error(&name.referenced, message);
            error.help = help;
            error
        })?;
        self.check_asyncio_user(self.names.queue_is_asyncio(queue), "queue", &name.value, &name.referenced)?;
        Ok(queue)
    }

    fn assignment(&self, text: &Spanned<String>, step: &str) -> Result<(String, (String, usize))> {
        let Some((target, expr, offset)) = split_assignment(&text.value) else {
            return Err(self.error(
                &text.referenced,
                format!("`{step}` takes `NAME = EXPRESSION`, as in `{step}: \"x = x + 1\"`"),
            ));
        };
        if !is_local_name(target) {
            let mut error =
                self.names.context().error_in_scalar(&text.referenced, 0, format!("`{target}` is not a variable name"));
            if target.contains('[') && step == "let" {
                error = error.with_help("a `let` sets a local; write an element of a shared array or map with `set`");
            }
            return Err(error);
        }
        Ok((target.to_string(), (expr.to_string(), offset)))
    }

    /// A YAML integer as a value: the pattern of None (`sim_core::expr::NONE`) is no integer.
    fn integer(&self, value: i64, at: &Location) -> Result<i64> {
        if !sim_core::expr::is_integer(value) {
            let (min, max) = (sim_core::expr::SMALLEST_INTEGER, i64::MAX);
            return Err(self.names.context().error(
                at,
                format!("{value} is not an integer of the format (its integers are {min} to {max}; write \"None\")"),
            ));
        }
        Ok(value)
    }

    fn constant(&mut self, value: i64, text: &str) -> ExprId {
        self.exprs.push(Expr { ops: vec![ExprOp::Const(value)], text: text.to_string() });
        ExprId::from_index(self.exprs.len() - 1)
    }

    /// Parses, resolves and lowers an expression; emits a read step for every shared value it reads.
    /// `io: { ms: "EXPR" }` (and `await:`'s): the reads of the expression's shared values, then the
    /// step `instruction` makes of the expression and the unit.
    fn lower_computed_length(
        &mut self,
        computed: &RawComputedLength,
        at: &Location,
        instruction: fn(ExprId, Nanos) -> Instr,
    ) -> Result<()> {
        let [(unit_ns, text)] = computed.units()[..] else {
            let message = "a length known at run time has exactly one key, its unit (`ns`, `us`, `ms` or `s`), \
                           such as `{ ms: \"item * 10\" }`";
            return Err(self.error(at, message));
        };
        let length = self.expression(text, &text.value, 0)?;
        self.emit(instruction(length, unit_ns), at).map(drop)
    }

    fn expression(&mut self, scalar: &Spanned<String>, text: &str, offset: usize) -> Result<ExprId> {
        let ast = parse_expression(text)
            .map_err(|e| self.names.context().error_in_scalar(&scalar.referenced, offset + e.at, e.message))?;
        self.lower_expression(scalar, offset, &ast, text.trim())
    }

    /// An expression already parsed (an index inside a step's text).
    fn expression_of(&mut self, scalar: &Spanned<String>, offset: usize, ast: &Ast) -> Result<ExprId> {
        let text = render(ast);
        self.lower_expression(scalar, offset, ast, &text)
    }

    fn lower_expression(&mut self, scalar: &Spanned<String>, offset: usize, ast: &Ast, text: &str) -> Result<ExprId> {
        let outer = self.place.replace((scalar.referenced, offset, scalar.value.clone()));
        let mut ops = Vec::new();
        let lowered = lower_pure(ast, &mut ops, self);
        self.place = outer;
        lowered?;
        if sim_core::expr::stack_depth(&ops) > limits::MAX_EXPRESSION_DEPTH {
            return Err(self.error(&scalar.referenced, "expression too deep"));
        }
        self.exprs.push(Expr { ops, text: text.to_string() });
        Ok(ExprId::from_index(self.exprs.len() - 1))
    }

    /// A pure expression over locals, for a branch or a computation between steps.
    fn pure(&mut self, ops: Vec<ExprOp>, text: &str) -> ExprId {
        self.exprs.push(Expr { ops, text: text.to_string() });
        ExprId::from_index(self.exprs.len() - 1)
    }

    fn temporary(&mut self) -> LocalId {
        let local = self.local(&format!("%{}", self.temporaries_used));
        self.defined[local.index()] = true;
        self.temporaries_used += 1;
        local
    }

    /// The place of the expression being lowered, at `at` bytes into it.
    fn error_at(&self, at: usize, message: impl Into<String>) -> Diagnostic {
        let (location, offset, _) = self.place.as_ref().expect("inside an expression");
        self.names.context().error_in_scalar(location, offset + at, message)
    }

    fn location(&self) -> Location {
        self.place.as_ref().map_or(Location::UNKNOWN, |(location, _, _)| *location)
    }

    fn scalar(&self) -> Spanned<String> {
        let (location, _, text) = self.place.clone().expect("inside an expression");
        Spanned::new(text, location, location)
    }

    /// A read step of shared state into a fresh temporary; its value is the operand.
    fn read_into(&mut self, read: impl FnOnce(LocalId) -> Instr, ops: &mut Vec<ExprOp>) -> Result<()> {
        let into = self.temporary();
        let location = self.location();
        self.emit(read(into), &location)?;
        ops.push(ExprOp::Local(into));
        Ok(())
    }

    /// Whether `name` is a shared variable the task reads with a step: its process's, or `shared_memory:`.
    /// Whether `name[k]`, `has(name, k)`, `key_at(name, i)`, `size(name)` read an object made at run time
    /// that `name` holds: `name` is a defined local (not a local array) or a shared variable that starts
    /// as None, not a shared array or map. What it holds is known only when the step runs (a value that is no object
    /// is then a TypeError, as Python's `5[0]`).
    fn holds_object(&self, name: &str) -> bool {
        let local = self.locals.get(name).is_some_and(|local| self.defined[local.index()]);
        let array_or_map = self.names.shared_array(self.process, name).is_some()
            || self.names.shared_map(self.process, name).is_some();
        !self.arrays.contains_key(name)
            && !array_or_map
            && (local || self.names.shared_starts_as_none(self.process, name))
    }

    fn is_shared_var(&self, name: &str) -> bool {
        self.names.shared_var(self.process, name).is_some() || self.names.shared_memory_var(name).is_some()
    }

    fn lower_name(&mut self, name: &str, at: usize, ops: &mut Vec<ExprOp>) -> Result<()> {
        if self.arrays.contains_key(name) {
            return Err(self
                .error_at(at, format!("`{name}` is a local array; read one element as `{name}[i]`"))
                .with_help(format!("`len({name})` is its length")));
        }
        if let Some(&local) = self.locals.get(name)
            && self.defined[local.index()]
        {
            ops.push(ExprOp::Local(local));
            return Ok(());
        }
        if let Some(var) = self.names.shared_var(self.process, name) {
            return self.read_into(|into| Instr::ReadShared { var, into }, ops);
        }
        if let Some(var) = self.names.shared_memory_var(name) {
            return self.read_into(|into| Instr::ReadSharedMemory { var, into }, ops);
        }
        if self.names.shared_array(self.process, name).is_some() || self.names.shared_map(self.process, name).is_some()
        {
            return Err(self
                .error_at(at, format!("`{name}` is a shared array or map; read one element as `{name}[i]`"))
                .with_help(format!("`len({name})` is its length")));
        }
        if let Some(kind) = self.names.primitive_kind_of(name) {
            let help = match kind {
                PrimitiveKind::Event => format!("read whether it is set with `is_set({name})`"),
                _ => "only events are read in expressions, with `is_set(E)`".to_string(),
            };
            return Err(self.error_at(at, format!("`{name}` is {}, not a value", kind.with_article())).with_help(help));
        }
        let mut known: Vec<String> = self
            .locals
            .iter()
            .filter(|(n, l)| self.defined[l.index()] && !n.starts_with('%'))
            .map(|(n, _)| n.clone())
            .collect();
        known.extend(self.names.shared_names(self.process));
        let mut error = if self.locals.contains_key(name) {
            self.error_at(at, format!("`{name}` is used before it is set"))
        } else if name.contains('.') {
            self.error_at(at, format!("`{name}`: a task reads only its own process's shared variables"))
        } else {
            self.error_at(at, format!("unknown name `{name}`: not a local or shared variable"))
        };
        if let Some(best) = closest(name, known.iter().map(String::as_str)) {
            error = error.with_help(format!("did you mean `{best}`?"));
        }
        Err(error)
    }

    fn lower_len(&mut self, name: &str, at: usize, ops: &mut Vec<ExprOp>) -> Result<()> {
        if let Some(&(_, length)) = self.arrays.get(name) {
            ops.push(ExprOp::Const(i64::from(length)));
            return Ok(());
        }
        if let Some((_, length)) = self.names.shared_array(self.process, name) {
            // An array's length never changes: reading it is no step.
            ops.push(ExprOp::Const(length as i64));
            return Ok(());
        }
        if let Some(map) = self.names.shared_map(self.process, name) {
            return self.read_into(|into| Instr::ReadMapLen { map, into }, ops);
        }
        // A variable's value: a string's length, a tuple's; Python's TypeError of an integer.
        if self.is_shared_var(name) || self.locals.contains_key(name) {
            self.lower_name(name, at, ops)?;
            ops.push(ExprOp::Len);
            return Ok(());
        }
        let process = self.process;
        let queue = self.names.queue(name, process).map_err(|(message, help)| {
            let mut error = self.error_at(at, message);
            error.help = help;
            error
        })?;
        self.read_into(|into| Instr::ReadQueueLen { queue, into }, ops)
    }

    fn lower_index(&mut self, name: &str, at: usize, index: &Ast, ops: &mut Vec<ExprOp>) -> Result<()> {
        if let Some(&(first, count)) = self.arrays.get(name) {
            // A local array's element is read without a step: locals are the task's own.
            lower_pure(index, ops, self)?;
            ops.push(ExprOp::LocalElement { first, count });
            return Ok(());
        }
        let process = self.process;
        let scalar = self.scalar();
        let offset = self.place.as_ref().map_or(0, |p| p.1);
        if let Some((array, _)) = self.names.shared_array(process, name) {
            let index = self.expression_of(&scalar, offset, index)?;
            return self.read_into(|into| Instr::ReadElement { array, index, into }, ops);
        }
        if let Some(map) = self.names.shared_map(process, name) {
            let key = self.expression_of(&scalar, offset, index)?;
            return self.read_into(|into| Instr::ReadKey { map, key, into }, ops);
        }
        if self.holds_object(name) {
            let object = self.expression_of(&scalar, offset, &Ast::Name { name: name.to_string(), at })?;
            let key = self.expression_of(&scalar, offset, index)?;
            return self.read_into(|into| Instr::ObjectRead { object, key, part: ObjectPart::Item, into }, ops);
        }
        Err(self
            .error_at(at, format!("`{name}` is not a shared array or map of this task's process"))
            .with_help("declare it under `shared:` as a list (`buf: [0, 0]`) or a mapping (`cache: {}`)"))
    }

    fn lower_call(&mut self, function: Function, at: usize, args: &[Ast], ops: &mut Vec<ExprOp>) -> Result<()> {
        let scalar = self.scalar();
        let offset = self.place.as_ref().map_or(0, |p| p.1);
        match function {
            Function::Has => {
                let Ast::Name { name, .. } = &args[0] else {
                    return Err(self.error_at(at, "`has(m, k)` takes the name of a shared map first"));
                };
                // A shared variable (a module global bound to a queue's item) is read in a step of its
                // own first, as `lower_name` reads one.
                if self.holds_object(name) || self.is_shared_var(name) {
                    let object = self.expression_of(&scalar, offset, &args[0])?;
                    let key = self.expression_of(&scalar, offset, &args[1])?;
                    return self.read_into(|into| Instr::ObjectRead { object, key, part: ObjectPart::Has, into }, ops);
                }
                let Some(map) = self.names.shared_map(self.process, name) else {
                    return Err(self.error_at(at, format!("`{name}` is not a shared map of this task's process")));
                };
                let key = self.expression_of(&scalar, offset, &args[1])?;
                self.read_into(|into| Instr::HasKey { map, key, into }, ops)
            }
            Function::KeyAt
            | Function::ValueAt
            | Function::NextInserted
            | Function::KeyInserted
            | Function::Changes => {
                let part = match function {
                    Function::KeyAt => EntryPart::Key,
                    Function::ValueAt => EntryPart::Value,
                    Function::NextInserted => EntryPart::NextInserted,
                    Function::KeyInserted => EntryPart::KeyInserted,
                    _ => EntryPart::Changes,
                };
                let Ast::Name { name, .. } = &args[0] else {
                    return Err(self.error_at(
                        at,
                        format!("`{}({})` takes the name of a shared map first", part.function(), part.arguments()),
                    ));
                };
                if part == EntryPart::Key && self.holds_object(name) {
                    let object = self.expression_of(&scalar, offset, &args[0])?;
                    let key = self.expression_of(&scalar, offset, &args[1])?;
                    return self
                        .read_into(|into| Instr::ObjectRead { object, key, part: ObjectPart::KeyAt, into }, ops);
                }
                let Some(map) = self.names.shared_map(self.process, name) else {
                    return Err(self.error_at(at, format!("`{name}` is not a shared map of this task's process")));
                };
                // `changes(m)` has no place: a constant 0 stands for it.
                let index = match args.get(1) {
                    Some(place) => self.expression_of(&scalar, offset, place)?,
                    None => self.expression_of(&scalar, offset, &Ast::Number(0))?,
                };
                self.read_into(|into| Instr::ReadEntry { map, index, part, into }, ops)
            }
            Function::NowNs => self.read_into(|into| Instr::ReadClock { into }, ops),
            Function::IsSet => {
                let (base, index) = match &args[0] {
                    Ast::Name { name, .. } => (name.clone(), None),
                    Ast::Index { name, index, .. } => (name.clone(), Some(index.as_ref())),
                    _ => return Err(self.error_at(at, "`is_set(E)` takes the name of an event")),
                };
                let base_name = Spanned::new(base.clone(), scalar.referenced, scalar.defined);
                let group = self.names.primitive(PrimitiveKind::Event, &base_name)?;
                self.check_asyncio_user(group.asyncio, "event", &base, &scalar.referenced)?;
                let event = self.pick_in_group(PrimitiveKind::Event, &base, group, index, &scalar)?;
                self.read_into(|into| Instr::ReadEvent { event, into }, ops)
            }
            Function::Locked => {
                let (base, index) = match &args[0] {
                    Ast::Name { name, .. } => (name.clone(), None),
                    Ast::Index { name, index, .. } => (name.clone(), Some(index.as_ref())),
                    _ => return Err(self.error_at(at, "`locked(L)` takes the name of a lock or a semaphore")),
                };
                let base_name = Spanned::new(base.clone(), scalar.referenced, scalar.defined);
                // A semaphore's is asyncio's `Semaphore.locked()`; anything else must be a lock.
                let kind = match self.names.primitive_kind_of(&base) {
                    Some(PrimitiveKind::Semaphore) => PrimitiveKind::Semaphore,
                    _ => PrimitiveKind::Lock,
                };
                let group = self.names.primitive(kind, &base_name)?;
                // No asyncio check: CPython reads an asyncio primitive's `locked()` from any thread.
                let pick = self.pick_in_group(kind, &base, group, index, &scalar)?;
                match kind {
                    PrimitiveKind::Semaphore => {
                        self.read_into(|into| Instr::ReadSemaphoreLocked { semaphore: pick, into }, ops)
                    }
                    _ => self.read_into(|into| Instr::ReadLocked { lock: pick, into }, ops),
                }
            }
            Function::Min
            | Function::Max
            | Function::Abs
            | Function::Unpack
            | Function::Str
            | Function::Int
            | Function::AsIndex
            | Function::Len
            | Function::Upper
            | Function::Lower
            | Function::NewList
            | Function::NewDict
            | Function::NewSet
            | Function::NewInstance
            | Function::NewDataclass
            | Function::NewOrderedDataclass
            | Function::TrueDiv
            | Function::Float
            | Function::Round
            | Function::Pow
            | Function::Bitwise(_)
            | Function::Text(_) => unreachable!("operators are lowered by lower_pure"),
            Function::Whole(part) => {
                let object = self.expression_of(&scalar, offset, &args[0])?;
                // A slice's three bounds go to the step as one tuple.
                let key = match part {
                    ObjectPart::Slice => {
                        let items = args[1..].to_vec();
                        self.expression_of(&scalar, offset, &Ast::Tuple { items, at })?
                    }
                    _ => self.expression_of(&scalar, offset, &args[1])?,
                };
                self.read_into(|into| Instr::ObjectRead { object, key, part, into }, ops)
            }
            Function::Size | Function::Truth => {
                let object = self.expression_of(&scalar, offset, &args[0])?;
                let key = self.expression_of(&scalar, offset, &Ast::Number(0))?;
                let part = if function == Function::Size { ObjectPart::Size } else { ObjectPart::Truth };
                self.read_into(|into| Instr::ObjectRead { object, key, part, into }, ops)
            }
        }
    }
}

impl<N: Names> Operands for Lowering<'_, N> {
    fn leaf(&mut self, ast: &Ast, ops: &mut Vec<ExprOp>) -> Result<()> {
        match ast {
            Ast::Name { name, at } => self.lower_name(name, *at, ops),
            Ast::Len { queue, at } => self.lower_len(queue, *at, ops),
            Ast::Index { name, at, index } => self.lower_index(name, *at, index, ops),
            Ast::Call { function, at, args } => self.lower_call(*function, *at, args, ops),
            _ => unreachable!("lower_pure passes only leaves"),
        }
    }

    fn item_of_an_item(&mut self, ast: &Ast, ops: &mut Vec<ExprOp>) -> Result<bool> {
        let Ast::Call { args, .. } = ast else { unreachable!("lower_pure passes `item(...)` only") };
        let scalar = self.scalar();
        let offset = self.place.as_ref().map_or(0, |p| p.1);
        let object = self.expression_of(&scalar, offset, &args[0])?;
        let key = self.expression_of(&scalar, offset, &args[1])?;
        self.read_into(|into| Instr::ObjectRead { object, key, part: ObjectPart::Item, into }, ops)?;
        Ok(true)
    }

    fn file_context(&self) -> &Context<'_> {
        self.names.context()
    }

    fn error_in_expression(&self, at: usize, message: String) -> Diagnostic {
        self.error_at(at, message)
    }

    /// `a and b` whose right side reads shared state: compute `a`, branch past `b`'s reads when it
    /// decides, else compute `b`. The value is left in a temporary.
    fn short_circuit(&mut self, ast: &Ast, ops: &mut Vec<ExprOp>) -> Result<bool> {
        let (left, right, is_and) = match ast {
            Ast::PyAnd(left, right) => (left, right, true),
            Ast::PyOr(left, right) => (left, right, false),
            Ast::IfElse { condition, then, otherwise } => {
                return self.conditional(ast, condition, then, otherwise, ops);
            }
            _ => return Ok(false),
        };
        if !self.reads_shared(right) {
            return Ok(false);
        }
        let location = self.location();
        let text = render(ast);
        let result = self.temporary();
        let mut left_ops = Vec::new();
        lower_pure(left, &mut left_ops, self)?;
        left_ops.push(ExprOp::ToBool);
        let left_value = self.pure(left_ops, &render(left));
        self.emit(Instr::Compute { local: result, expr: left_value }, &location)?;
        // `and` goes on to the right side when the left is true; `or` when it is false.
        let mut go_on = vec![ExprOp::Local(result)];
        if !is_and {
            go_on.push(ExprOp::Not);
        }
        let go_on = self.pure(go_on, &text);
        let skip = self.emit(Instr::Branch { expr: go_on, target: 0 }, &location)?;
        let mut right_ops = Vec::new();
        lower_pure(right, &mut right_ops, self)?;
        right_ops.push(ExprOp::ToBool);
        let right_value = self.pure(right_ops, &render(right));
        self.emit(Instr::Compute { local: result, expr: right_value }, &location)?;
        self.patch(skip, self.here());
        ops.push(ExprOp::Local(result));
        Ok(true)
    }
}

impl<N: Names> Lowering<'_, N> {
    /// `then if condition else otherwise` whose branches read shared state: the condition, then a
    /// branch to the one taken, whose reads alone happen, its value left in a temporary.
    fn conditional(
        &mut self,
        ast: &Ast,
        condition: &Ast,
        then: &Ast,
        otherwise: &Ast,
        ops: &mut Vec<ExprOp>,
    ) -> Result<bool> {
        if !self.reads_shared(then) && !self.reads_shared(otherwise) {
            return Ok(false);
        }
        let location = self.location();
        let text = render(ast);
        let result = self.temporary();
        let mut condition_ops = Vec::new();
        lower_pure(condition, &mut condition_ops, self)?;
        let condition_value = self.pure(condition_ops, &render(condition));
        let to_otherwise = self.emit(Instr::Branch { expr: condition_value, target: 0 }, &location)?;
        self.compute_into(result, then, &text, &location)?;
        let past_otherwise = self.emit(Instr::Jump { target: 0 }, &location)?;
        self.patch(to_otherwise, self.here());
        self.compute_into(result, otherwise, &text, &location)?;
        self.patch(past_otherwise, self.here());
        ops.push(ExprOp::Local(result));
        Ok(true)
    }

    /// `result = branch`, the branch's reads emitted first.
    fn compute_into(&mut self, result: LocalId, branch: &Ast, text: &str, location: &Location) -> Result<()> {
        let mut branch_ops = Vec::new();
        lower_pure(branch, &mut branch_ops, self)?;
        let value = self.pure(branch_ops, text);
        self.emit(Instr::Compute { local: result, expr: value }, location)?;
        Ok(())
    }

    /// Whether lowering `ast` would emit a read of shared state.
    fn reads_shared(&self, ast: &Ast) -> bool {
        match ast {
            Ast::Number(_) | Ast::Float(_) | Ast::Str { .. } => false,
            Ast::Name { name, .. } => {
                let is_local = self.locals.get(name.as_str()).is_some_and(|l| self.defined[l.index()]);
                !is_local && self.is_shared_var(name)
            }
            Ast::Len { queue, .. } => self.names.shared_array(self.process, queue).is_none(),
            Ast::Index { .. } => true,
            Ast::Call { function, .. } if function.reads_entries() => true,
            Ast::Call { function: Function::Has | Function::IsSet | Function::Locked | Function::NowNs, .. } => true,
            Ast::Call { args, .. } | Ast::Tuple { items: args, .. } | Ast::Format { parts: args, .. } => {
                args.iter().any(|a| self.reads_shared(a))
            }
            Ast::Negate(inner) | Ast::Not(inner) => self.reads_shared(inner),
            Ast::Binary(_, left, right)
            | Ast::And(left, right)
            | Ast::Or(left, right)
            | Ast::PyAnd(left, right)
            | Ast::PyOr(left, right) => self.reads_shared(left) || self.reads_shared(right),
            Ast::IfElse { condition, then, otherwise } => {
                self.reads_shared(condition) || self.reads_shared(then) || self.reads_shared(otherwise)
            }
        }
    }
}

/// The text of a step's `name:` and its options, for `lock:` and `acquire:`.
fn timed_parts(
    raw: &Spanned<NameOr<crate::raw::RawTimed>>,
) -> (Spanned<String>, Option<&Spanned<Duration>>, Option<&Spanned<String>>) {
    match &raw.value {
        NameOr::Name(name) => (Spanned::new(name.clone(), raw.referenced, raw.defined), None, None),
        NameOr::Full(full) => (full.name.clone(), full.timeout.as_ref(), full.into.as_ref()),
    }
}

/// An expression as text, for reports (sub-expressions have no text of their own in the file).
pub fn render(ast: &Ast) -> String {
    match ast {
        Ast::Number(n) => sim_core::expr::ValueText(*n, &[]).to_string(),
        Ast::Float(bits) => sim_core::floats::python_repr(f64::from_bits(*bits)),
        Ast::Str { text, .. } => sim_core::expr::Value::Str(text.clone()).to_string(),
        Ast::Name { name, .. } => name.clone(),
        Ast::Len { queue, .. } => format!("len({queue})"),
        Ast::Negate(inner) => format!("-{}", render_operand(inner)),
        Ast::Not(inner) => format!("not {}", render_operand(inner)),
        Ast::Binary(op, left, right) => {
            format!("{} {} {}", render_operand(left), binary_symbol(*op), render_operand(right))
        }
        Ast::And(left, right) => format!("{} && {}", render_operand(left), render_operand(right)),
        Ast::Or(left, right) => format!("{} || {}", render_operand(left), render_operand(right)),
        Ast::PyAnd(left, right) => format!("{} and {}", render_operand(left), render_operand(right)),
        Ast::PyOr(left, right) => format!("{} or {}", render_operand(left), render_operand(right)),
        Ast::Index { name, index, .. } => format!("{name}[{}]", render(index)),
        Ast::Call { function, args, .. } => {
            let args: Vec<String> = args.iter().map(render).collect();
            format!("{}({})", function.name(), args.join(", "))
        }
        Ast::Tuple { items, .. } => {
            let items: Vec<String> = items.iter().map(render).collect();
            if items.len() == 1 { format!("({},)", items[0]) } else { format!("({})", items.join(", ")) }
        }
        Ast::Format { source, .. } => source.clone(),
        Ast::IfElse { condition, then, otherwise } => {
            format!("{} if {} else {}", render_operand(then), render_operand(condition), render(otherwise))
        }
    }
}

/// Whether `ast` reads an item of something (`x[k]`, or `item(...)` of such a read), which may be an
/// object made at run time: a list or dict inside a dict (`DELAYS["a"][1]`).
fn gives_an_item(ast: &Ast) -> bool {
    match ast {
        Ast::Index { .. } => true,
        Ast::Call { function: Function::Text(TextFunction::Item), args, .. } => gives_an_item(&args[0]),
        // `sliced(x, a, b, c)` of a list is a new list, whose items are read in a step.
        Ast::Call { function: Function::Whole(ObjectPart::Slice), .. } => true,
        _ => false,
    }
}

fn render_operand(ast: &Ast) -> String {
    match ast {
        Ast::Number(_)
        | Ast::Float(_)
        | Ast::Str { .. }
        | Ast::Name { .. }
        | Ast::Len { .. }
        | Ast::Index { .. }
        | Ast::Call { .. }
        | Ast::Tuple { .. }
        | Ast::Format { .. } => render(ast),
        _ => format!("({})", render(ast)),
    }
}

fn binary_symbol(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "+",
        BinaryOp::Sub => "-",
        BinaryOp::Mul => "*",
        BinaryOp::Div => "//",
        BinaryOp::Rem => "%",
        BinaryOp::Eq => "==",
        BinaryOp::Ne => "!=",
        BinaryOp::Lt => "<",
        BinaryOp::Le => "<=",
        BinaryOp::Gt => ">",
        BinaryOp::Ge => ">=",
        BinaryOp::Min => "min",
        BinaryOp::Max => "max",
        BinaryOp::TrueDiv => "truediv",
        BinaryOp::RoundDigits => "round",
        BinaryOp::Pow => "**",
        BinaryOp::BitAnd => "&",
        BinaryOp::BitOr => "|",
        BinaryOp::BitXor => "^",
        BinaryOp::LeftShift => "<<",
        BinaryOp::RightShift => ">>",
    }
}

/// `truediv(a, b)`, `float(x)`, `round(x)`, `round(x, n)`, `pow(a, b)` or a bitwise function
/// (`bitxor(a, b)`): Python's arithmetic that makes floats
/// (`sim_core::float_arithmetic`); a string operand is Python's TypeError wherever it runs.
fn lower_number_function(
    function: Function,
    args: &[Ast],
    ops: &mut Vec<ExprOp>,
    operands: &mut impl Operands,
) -> Result<()> {
    for argument in args {
        // `float("2.5")` reads the text as Python does (sim_core::strings::parse_float).
        refuse_arithmetic_on_a_string(argument, function.name(), function == Function::Float, operands)?;
        lower_pure(argument, ops, operands)?;
    }
    ops.push(match (function, args.len()) {
        (Function::TrueDiv, _) => ExprOp::Binary(BinaryOp::TrueDiv),
        (Function::Pow, _) => ExprOp::Binary(BinaryOp::Pow),
        (Function::Bitwise(op), _) => ExprOp::Binary(op),
        (Function::Float, _) => ExprOp::ToFloat,
        (_, 1) => ExprOp::Round,
        _ => ExprOp::Binary(BinaryOp::RoundDigits),
    });
    Ok(())
}

/// Lowers an AST to postfix; `operands` emits the operand of every leaf.
pub fn lower_pure(ast: &Ast, ops: &mut Vec<ExprOp>, operands: &mut impl Operands) -> Result<()> {
    match ast {
        Ast::Number(n) => ops.push(ExprOp::Const(*n)),
        Ast::Float(bits) => ops.push(ExprOp::Float(*bits)),
        Ast::Str { text, at } => {
            let value = operands.file_context().strings.value(text);
            ops.push(ExprOp::Const(value.map_err(|message| operands.error_in_expression(*at, message))?));
        }
        Ast::Name { .. } | Ast::Len { .. } | Ast::Index { .. } => operands.leaf(ast, ops)?,
        Ast::Call { function, .. } if function.reads_entries() => operands.leaf(ast, ops)?,
        Ast::Call { function: Function::Has | Function::IsSet | Function::Locked | Function::NowNs, .. } => {
            operands.leaf(ast, ops)?
        }
        Ast::Call { function: Function::Abs, args, .. } => {
            refuse_arithmetic_on_a_string(&args[0], "abs", false, operands)?;
            lower_pure(&args[0], ops, operands)?;
            ops.push(ExprOp::Abs);
        }
        Ast::Call { function: Function::Unpack, args, .. } => {
            lower_pure(&args[0], ops, operands)?;
            let (Ast::Number(index), Ast::Number(length)) = (&args[1], &args[2]) else {
                unreachable!("the parser takes literals only")
            };
            ops.push(ExprOp::Unpack { index: *index as u32, length: *length as u32 });
        }
        Ast::Tuple { items, .. } => {
            for item in items {
                lower_pure(item, ops, operands)?;
            }
            ops.push(ExprOp::Tuple(items.len() as u32));
        }
        Ast::Call { function: Function::NewOrderedDataclass, args, .. } => {
            // The count after the class is the model's, not a value: `check_object_display` took it.
            let Ast::Number(ordered) = args[1] else { unreachable!("checked by the parser") };
            lower_pure(&args[0], ops, operands)?;
            for arg in &args[2..] {
                lower_pure(arg, ops, operands)?;
            }
            let shown = ((args.len() - 2) / 2) as u16;
            let kind = ObjectShape::OrderedInstance { shown, ordered: ordered as u16 };
            ops.push(ExprOp::MakeObject { kind, count: (args.len() - 1) as u32 });
        }
        Ast::Call { function, args, .. } if function.makes_object() => {
            for arg in args {
                lower_pure(arg, ops, operands)?;
            }
            let pairs = args.len().saturating_sub(1) / 2;
            let kind = match function {
                Function::NewList => ObjectShape::List,
                Function::NewDict => ObjectShape::Dict,
                Function::NewSet => ObjectShape::Set,
                Function::NewInstance => ObjectShape::Instance { dataclass: false, shown: 0 },
                _ => ObjectShape::Instance { dataclass: true, shown: pairs as u16 },
            };
            ops.push(ExprOp::MakeObject { kind, count: args.len() as u32 });
        }
        Ast::Format { parts, .. } => {
            for part in parts {
                lower_pure(part, ops, operands)?;
            }
            ops.push(ExprOp::Format(parts.len() as u32));
        }
        Ast::Call {
            function:
                function @ (Function::Str
                | Function::Int
                | Function::AsIndex
                | Function::Len
                | Function::Upper
                | Function::Lower),
            args,
            ..
        } => {
            lower_pure(&args[0], ops, operands)?;
            ops.push(match function {
                Function::Str => ExprOp::Str,
                Function::Int => ExprOp::Int,
                Function::AsIndex => ExprOp::AsIndex,
                Function::Upper => ExprOp::Upper,
                Function::Lower => ExprOp::Lower,
                _ => ExprOp::Len,
            });
        }
        Ast::Call {
            function:
                function @ (Function::TrueDiv | Function::Float | Function::Round | Function::Pow | Function::Bitwise(_)),
            args,
            ..
        } => {
            lower_number_function(*function, args, ops, operands)?;
        }
        Ast::Call { function: Function::Text(function), args, .. } => {
            if *function == TextFunction::Item && gives_an_item(&args[0]) && operands.item_of_an_item(ast, ops)? {
                return Ok(());
            }
            for argument in args {
                lower_pure(argument, ops, operands)?;
            }
            ops.push(ExprOp::Text { function: *function, arguments: args.len() as u8 });
        }
        Ast::Call { function, args, .. } => {
            lower_pure(&args[0], ops, operands)?;
            lower_pure(&args[1], ops, operands)?;
            ops.push(ExprOp::Binary(match function {
                Function::Min => BinaryOp::Min,
                _ => BinaryOp::Max,
            }));
        }
        Ast::Negate(inner) => {
            refuse_arithmetic_on_a_string(inner, "-", false, operands)?;
            lower_pure(inner, ops, operands)?;
            ops.push(ExprOp::Neg);
        }
        Ast::Not(inner) => {
            lower_pure(inner, ops, operands)?;
            ops.push(ExprOp::Not);
        }
        Ast::Binary(op, left, right) => {
            if matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem) {
                let symbol = binary_symbol(*op);
                // `template % arguments`: Python's printf-style formatting of a string on the left.
                let formats = *op == BinaryOp::Rem;
                refuse_arithmetic_on_a_string(left, symbol, formats || joins(*op, right), operands)?;
                // Its right side may be any value where the left may be a string (a number literal on
                // the left is Python's TypeError wherever it runs).
                if !formats || matches!(**left, Ast::Number(_)) {
                    refuse_arithmetic_on_a_string(right, symbol, joins(*op, left), operands)?;
                }
            }
            lower_pure(left, ops, operands)?;
            lower_pure(right, ops, operands)?;
            ops.push(ExprOp::Binary(*op));
        }
        Ast::PyAnd(..) | Ast::PyOr(..) | Ast::IfElse { .. } if operands.short_circuit(ast, ops)? => {}
        Ast::IfElse { condition, then, otherwise } => {
            lower_pure(condition, ops, operands)?;
            let to_otherwise = ops.len();
            ops.push(ExprOp::PopJumpIfFalse(0));
            lower_pure(then, ops, operands)?;
            let past_otherwise = ops.len();
            ops.push(ExprOp::Jump(0));
            ops[to_otherwise] = ExprOp::PopJumpIfFalse(ops.len() as u32);
            lower_pure(otherwise, ops, operands)?;
            ops[past_otherwise] = ExprOp::Jump(ops.len() as u32);
        }
        Ast::And(left, right) | Ast::Or(left, right) | Ast::PyAnd(left, right) | Ast::PyOr(left, right) => {
            lower_pure(left, ops, operands)?;
            let jump = ops.len();
            let is_and = matches!(ast, Ast::And(..) | Ast::PyAnd(..));
            ops.push(if is_and { ExprOp::JumpIfFalseOrPop(0) } else { ExprOp::JumpIfTrueOrPop(0) });
            lower_pure(right, ops, operands)?;
            ops.push(ExprOp::ToBool);
            let end = ops.len() as u32;
            ops[jump] = if is_and { ExprOp::JumpIfFalseOrPop(end) } else { ExprOp::JumpIfTrueOrPop(end) };
        }
    }
    Ok(())
}

/// Whether `op` beside `other` may take a string: `+` beside anything but a number, `*` beside anything
/// but a string.
fn joins(op: BinaryOp, other: &Ast) -> bool {
    match op {
        BinaryOp::Add => !matches!(other, Ast::Number(_)),
        BinaryOp::Mul => !matches!(other, Ast::Str { .. }),
        _ => false,
    }
}

/// Arithmetic on a string literal that Python refuses wherever it runs is refused where it is written:
/// a string joins a string (`+`) and repeats by an integer (`*`), nothing else (the engine faults the
/// same way on a string it meets at run time: `'a' + n` of a number `n`).
/// `joins`: whether the operation may take a string here.
fn refuse_arithmetic_on_a_string(operand: &Ast, symbol: &str, joins: bool, operands: &impl Operands) -> Result<()> {
    if let Ast::Str { at, .. } = operand
        && !joins
    {
        let message =
            format!("`{symbol}` of a string: weft's strings join (`+`) and repeat (`*` by an integer), nothing else");
        return Err(operands.error_in_expression(*at, message));
    }
    if let Ast::Tuple { at, .. } = operand {
        let message = format!(
            "`{symbol}` of a tuple: weft's tuples are made, compared with `==`, unpacked, stored and printed, not computed with"
        );
        return Err(operands.error_in_expression(*at, message));
    }
    Ok(())
}
