//! Lowering one task's steps to sim-core instructions. Shared reads inside an expression become steps of
//! their own, in order of appearance, before the step that uses them: `set: "n = n + 1"` is a read and a
//! write, and races as `n += 1` does in Python.

use indexmap::IndexMap;
use serde_saphyr::{Location, Spanned};
use sim_core::limits;
use sim_core::model::*;

use crate::compile::{Context, Result};
use crate::diagnostic::{Diagnostic, closest};
use crate::expr::{Ast, parse_expression, split_assignment};
use crate::raw::{RawStep, RawValue};

/// What lowering asks of the model being built.
pub trait Names {
    fn context(&self) -> &Context<'_>;
    fn process_of(&self, task: TaskId) -> ProcessId;
    fn task_kind(&self, task: TaskId) -> TaskKind;
    fn shared_var(&self, process: ProcessId, name: &str) -> Option<VarId>;
    fn shared_names(&self, process: ProcessId) -> Vec<String>;
    fn lock(&mut self, name: &Spanned<String>) -> Result<LockId>;
    /// A queue by name; on failure the message and help, to be placed by the caller.
    fn queue(&mut self, name: &str, user: ProcessId) -> std::result::Result<QueueId, (String, Option<String>)>;
    fn barrier(&mut self, name: &Spanned<String>, parties: &Spanned<u64>) -> Result<BarrierId>;
    fn task(&self, name: &Spanned<String>) -> Result<(TaskRange, bool)>;
}

pub struct LoweredTask {
    pub locals: Vec<String>,
    pub local_initial: Vec<(LocalId, i64)>,
    pub program: Vec<Instr>,
    pub lines: Vec<u32>,
    pub exprs: Vec<Expr>,
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
    depth: usize,
    temporaries_used: usize,
}

pub fn lower_task<N: Names>(
    names: &mut N,
    task: TaskId,
    me: Option<i64>,
    ops: &[Spanned<RawStep>],
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
        depth: 0,
        temporaries_used: 0,
    };
    let mut local_initial = Vec::new();
    if let Some(me) = me {
        let local = lowering.define("me");
        local_initial.push((local, me));
    }
    lowering.steps(ops)?;
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
    })
}

/// Steps a list of ops takes when every repeat runs in full (saturating).
fn unrolled_steps(ops: &[Spanned<RawStep>]) -> u64 {
    ops.iter()
        .map(|op| match &op.value {
            RawStep::Repeat(repeat) => repeat.times.value.saturating_mul(unrolled_steps(&repeat.ops)),
            RawStep::With(with) => unrolled_steps(&with.ops).saturating_add(2),
            _ => 1,
        })
        .fold(0u64, u64::saturating_add)
}

/// The fewest steps a list of ops takes; a repeat body must take at least one, so that a run always
/// makes progress between two steps.
fn fewest_steps(ops: &[Spanned<RawStep>]) -> u64 {
    ops.iter()
        .map(|op| match &op.value {
            RawStep::Repeat(repeat) => repeat.times.value.saturating_mul(fewest_steps(&repeat.ops)),
            RawStep::With(with) => fewest_steps(&with.ops).saturating_add(2),
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
        let is_coroutine = self.names.task_kind(self.task) == TaskKind::Coroutine;
        match &op.value {
            RawStep::Cpu(d) => self.emit(Instr::Cpu(d.value.0), at).map(drop),
            RawStep::Native(d) => self.emit(Instr::Native(d.value.0), at).map(drop),
            RawStep::Io(d) => self.emit(Instr::Io(d.value.0), at).map(drop),
            RawStep::Await(d) => {
                if !is_coroutine {
                    return Err(self.error(at, "`await` is for coroutines").with_help("a thread waits with `io:` (a blocking call such as `time.sleep`); or make this task `kind: coroutine`"));
                }
                self.emit(Instr::Await(d.value.0), at).map(drop)
            }
            RawStep::Yield => self.emit(Instr::Yield, at).map(drop),
            RawStep::Let(text) => {
                let (target, expr) = self.assignment(text, "let")?;
                if self.names.shared_var(self.process, &target).is_some() {
                    return Err(
                        self.error(&text.referenced, format!("`{target}` is a shared variable; write it with `set`"))
                    );
                }
                let expr = self.expression(text, &expr.0, expr.1)?;
                let local = self.define(&target);
                self.emit(Instr::Let { local, expr }, at).map(drop)
            }
            RawStep::Set(text) => {
                let (target, expr) = self.assignment(text, "set")?;
                let Some(var) = self.names.shared_var(self.process, &target) else {
                    let known = self.names.shared_names(self.process);
                    let mut error = self
                        .error(&text.referenced, format!("`{target}` is not a shared variable of this task's process"));
                    error = match closest(&target, known.iter().map(String::as_str)) {
                        Some(best) => error.with_help(format!("did you mean `{best}`?")),
                        None => error.with_help("declare it under `shared:`, or use `let` for a task-local variable"),
                    };
                    return Err(error);
                };
                let expr = self.expression(text, &expr.0, expr.1)?;
                self.emit(Instr::SetShared { var, expr }, at).map(drop)
            }
            RawStep::Assert(text) => {
                let expr = self.expression(text, &text.value, 0)?;
                self.emit(Instr::Assert { expr }, at).map(drop)
            }
            RawStep::Lock(name) => {
                let lock = self.names.lock(name)?;
                self.emit(Instr::Lock(lock), at).map(drop)
            }
            RawStep::Unlock(name) => {
                let lock = self.names.lock(name)?;
                self.emit(Instr::Unlock(lock), at).map(drop)
            }
            RawStep::With(with) => {
                self.nested(at)?;
                let lock = self.names.lock(&with.lock)?;
                self.emit(Instr::Lock(lock), &with.lock.referenced)?;
                self.steps(&with.ops)?;
                self.emit(Instr::Unlock(lock), &with.lock.referenced)?;
                self.depth -= 1;
                Ok(())
            }
            RawStep::Put(put) => {
                let queue = self.queue(&put.queue)?;
                let expr = match &put.value.value {
                    RawValue::Number(n) => self.constant(*n, &n.to_string()),
                    RawValue::Text(text) => {
                        let spanned = Spanned::new(text.clone(), put.value.referenced, put.value.defined);
                        self.expression(&spanned, text, 0)?
                    }
                };
                self.emit(Instr::Put { queue, expr }, at).map(drop)
            }
            RawStep::Get(get) => {
                let queue = self.queue(&get.queue)?;
                self.check_local_name(&get.into)?;
                let into = self.define(&get.into.value);
                self.emit(Instr::Get { queue, into }, at).map(drop)
            }
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
                self.emit(Instr::Barrier(id), at).map(drop)
            }
            RawStep::Repeat(repeat) => {
                self.nested(at)?;
                if repeat.ops.is_empty() || fewest_steps(&repeat.ops) == 0 {
                    return Err(self.error(at, "a `repeat` needs at least one step in its `ops`"));
                }
                let counter = self.local(&format!("%repeat{}", self.repeats.len()));
                self.defined[counter.index()] = true;
                let index = self.define("i");
                self.emit(Instr::RepeatEnter { counter }, at)?;
                let top = self.emit(Instr::RepeatTest { counter, index, times: repeat.times.value, exit: 0 }, at)?;
                self.repeats.push(counter);
                self.steps(&repeat.ops)?;
                self.repeats.pop();
                self.emit(Instr::RepeatNext { counter, top }, at)?;
                let exit = self.program.len() as u32;
                if let Instr::RepeatTest { exit: slot, .. } = &mut self.program[top as usize] {
                    *slot = exit;
                }
                if let Some(&outer) = self.repeats.last() {
                    self.emit(Instr::RepeatRestore { counter: outer, index }, at)?;
                }
                self.depth -= 1;
                Ok(())
            }
        }
    }

    fn check_local_name(&self, name: &Spanned<String>) -> Result<()> {
        if !crate::compile::is_local_name(&name.value) {
            return Err(self
                .error(&name.referenced, format!("`{}` is not a valid variable name", name.value))
                .with_help("use letters, digits and `_`, starting with a letter"));
        }
        if self.names.shared_var(self.process, &name.value).is_some() {
            return Err(self.error(
                &name.referenced,
                format!("`{}` is a shared variable; a local cannot take its name", name.value),
            ));
        }
        Ok(())
    }

    fn queue(&mut self, name: &Spanned<String>) -> Result<QueueId> {
        let process = self.process;
        self.names.queue(&name.value, process).map_err(|(message, help)| {
            let mut error = self.error(&name.referenced, message);
            error.help = help;
            error
        })
    }

    fn assignment(&self, text: &Spanned<String>, step: &str) -> Result<(String, (String, usize))> {
        let Some((target, expr, offset)) = split_assignment(&text.value) else {
            return Err(self.error(
                &text.referenced,
                format!("`{step}` takes `NAME = EXPRESSION`, as in `{step}: \"x = x + 1\"`"),
            ));
        };
        if !crate::compile::is_local_name(target) {
            return Err(self.names.context().error_in_scalar(
                &text.referenced,
                0,
                format!("`{target}` is not a variable name"),
            ));
        }
        Ok((target.to_string(), (expr.to_string(), offset)))
    }

    fn constant(&mut self, value: i64, text: &str) -> ExprId {
        self.exprs.push(Expr { ops: vec![ExprOp::Const(value)], text: text.to_string() });
        ExprId::from_index(self.exprs.len() - 1)
    }

    /// Parses, resolves and lowers an expression; emits a read step for every shared variable or queue
    /// length it mentions.
    fn expression(&mut self, scalar: &Spanned<String>, text: &str, offset: usize) -> Result<ExprId> {
        let ast = parse_expression(text)
            .map_err(|e| self.names.context().error_in_scalar(&scalar.referenced, offset + e.at, e.message))?;
        self.temporaries_used = 0;
        let mut ops = Vec::new();
        self.lower_with_reads(&ast, scalar, offset, &mut ops)?;
        if sim_core::expr::stack_depth(&ops) > limits::MAX_EXPRESSION_DEPTH {
            return Err(self.error(&scalar.referenced, "expression too deep"));
        }
        self.exprs.push(Expr { ops, text: text.trim().to_string() });
        Ok(ExprId::from_index(self.exprs.len() - 1))
    }

    fn temporary(&mut self) -> LocalId {
        let local = self.local(&format!("%{}", self.temporaries_used));
        self.defined[local.index()] = true;
        self.temporaries_used += 1;
        local
    }

    fn lower_with_reads(
        &mut self,
        ast: &Ast,
        scalar: &Spanned<String>,
        offset: usize,
        ops: &mut Vec<ExprOp>,
    ) -> Result<()> {
        let mut leaves = Vec::new();
        collect_leaves(ast, &mut leaves);
        let mut resolved = Vec::with_capacity(leaves.len());
        for leaf in leaves {
            resolved.push(self.resolve_leaf(leaf, scalar, offset)?);
        }
        let mut next = resolved.into_iter();
        lower_pure(ast, ops, &mut |_, ops| {
            ops.push(next.next().expect("one resolved operand per leaf"));
            Ok(())
        })
    }

    fn resolve_leaf(&mut self, leaf: &Ast, scalar: &Spanned<String>, offset: usize) -> Result<ExprOp> {
        let location = scalar.referenced;
        match leaf {
            Ast::Name { name, at } => {
                if let Some(&local) = self.locals.get(name.as_str())
                    && self.defined[local.index()]
                {
                    return Ok(ExprOp::Local(local));
                }
                if let Some(var) = self.names.shared_var(self.process, name) {
                    let into = self.temporary();
                    self.emit(Instr::ReadShared { var, into }, &location)?;
                    return Ok(ExprOp::Local(into));
                }
                let context = self.names.context();
                let mut known: Vec<String> = self
                    .locals
                    .iter()
                    .filter(|(n, l)| self.defined[l.index()] && !n.starts_with('%'))
                    .map(|(n, _)| n.clone())
                    .collect();
                known.extend(self.names.shared_names(self.process));
                let mut error = if self.locals.contains_key(name.as_str()) {
                    context.error_in_scalar(&location, offset + at, format!("`{name}` is used before it is set"))
                } else if name.contains('.') {
                    context.error_in_scalar(
                        &location,
                        offset + at,
                        format!("`{name}`: a task reads only its own process's shared variables"),
                    )
                } else {
                    context.error_in_scalar(
                        &location,
                        offset + at,
                        format!("unknown name `{name}`: not a local or shared variable"),
                    )
                };
                if let Some(best) = closest(name, known.iter().map(String::as_str)) {
                    error = error.with_help(format!("did you mean `{best}`?"));
                }
                Err(error)
            }
            Ast::Len { queue, at } => {
                let process = self.process;
                let queue_id = self.names.queue(queue, process).map_err(|(message, help)| {
                    let mut error = self.names.context().error_in_scalar(&location, offset + at, message);
                    error.help = help;
                    error
                })?;
                let into = self.temporary();
                self.emit(Instr::ReadQueueLen { queue: queue_id, into }, &location)?;
                Ok(ExprOp::Local(into))
            }
            _ => unreachable!("collect_leaves returns leaves"),
        }
    }
}

fn collect_leaves<'a>(ast: &'a Ast, leaves: &mut Vec<&'a Ast>) {
    match ast {
        Ast::Number(_) => {}
        Ast::Name { .. } | Ast::Len { .. } => leaves.push(ast),
        Ast::Negate(inner) | Ast::Not(inner) => collect_leaves(inner, leaves),
        Ast::Binary(_, left, right) | Ast::And(left, right) | Ast::Or(left, right) => {
            collect_leaves(left, leaves);
            collect_leaves(right, leaves);
        }
    }
}

/// Lowers an AST to postfix, asking `leaf` to emit the operand of every name and `len(Q)`.
pub fn lower_pure(
    ast: &Ast,
    ops: &mut Vec<ExprOp>,
    leaf: &mut dyn FnMut(&Ast, &mut Vec<ExprOp>) -> Result<()>,
) -> Result<()> {
    match ast {
        Ast::Number(n) => ops.push(ExprOp::Const(*n)),
        Ast::Name { .. } | Ast::Len { .. } => leaf(ast, ops)?,
        Ast::Negate(inner) => {
            lower_pure(inner, ops, leaf)?;
            ops.push(ExprOp::Neg);
        }
        Ast::Not(inner) => {
            lower_pure(inner, ops, leaf)?;
            ops.push(ExprOp::Not);
        }
        Ast::Binary(op, left, right) => {
            lower_pure(left, ops, leaf)?;
            lower_pure(right, ops, leaf)?;
            ops.push(ExprOp::Binary(*op));
        }
        Ast::And(left, right) | Ast::Or(left, right) => {
            lower_pure(left, ops, leaf)?;
            let jump = ops.len();
            ops.push(if matches!(ast, Ast::And(..)) {
                ExprOp::JumpIfFalseOrPop(0)
            } else {
                ExprOp::JumpIfTrueOrPop(0)
            });
            lower_pure(right, ops, leaf)?;
            ops.push(ExprOp::ToBool);
            let end = ops.len() as u32;
            ops[jump] = match ops[jump] {
                ExprOp::JumpIfFalseOrPop(_) => ExprOp::JumpIfFalseOrPop(end),
                _ => ExprOp::JumpIfTrueOrPop(end),
            };
        }
    }
    Ok(())
}
