//! Format 1.1, part two in the model: executors, the tasks that run on them, the instances `submit`
//! starts (`T#1`, `T#2`... each a task slot of its own, so every report, token and trace names them),
//! and which primitives are asyncio's own.

use indexmap::{IndexMap, IndexSet};
use serde_saphyr::Spanned;
use sim_core::limits;
use sim_core::model::*;

use super::{ModelBuilder, TaskEntry};
use crate::context::{Result, valid_name};
use crate::lower::PrimitiveKind;
use crate::raw::{RawExecutor, RawKind, RawStart, RawStep, RawTask};

/// What the file says about the `submit`s of one task: its parameters (every `args` name used) and how
/// many instances at most (`None` when the file does not bound it).
pub(super) struct SubmitTarget {
    /// The first `submit` that names it, for errors.
    pub site: Spanned<String>,
    pub parameters: IndexSet<String>,
    pub most: Option<u64>,
}

type RawTasks = Spanned<IndexMap<Spanned<String>, RawTask>>;

impl ModelBuilder<'_, '_> {
    pub(super) fn executors(&mut self, raw: Option<&IndexMap<Spanned<String>, RawExecutor>>) -> Result<()> {
        let Some(raw) = raw else { return Ok(()) };
        for (name, executor) in raw {
            if !valid_name(&name.value, true) {
                return Err(self
                    .context
                    .error(&name.referenced, format!("`{}` is not a valid executor name", name.value)));
            }
            let kind = match executor.kind.as_ref().map(|k| (k.value, k.referenced)) {
                None | Some((RawKind::Thread, _)) => TaskKind::Thread,
                Some((RawKind::Process, _)) => TaskKind::Process,
                Some((RawKind::Interpreter, _)) => TaskKind::Interpreter,
                Some((RawKind::Coroutine, at)) => {
                    return Err(self
                        .context
                        .error(&at, "an executor's workers are threads, processes or interpreters")
                        .with_help("coroutines run on an event loop: give the task `kind: coroutine` and `loop:`"));
                }
            };
            let workers = self.executor_workers(name, executor, kind)?;
            let id = ExecutorId::from_index(self.futures.executors.len());
            self.futures.executors.push(ExecutorDef {
                name: name.value.clone(),
                workers,
                kind,
                ipc_cost_ns: executor.ipc_cost.as_ref().map_or(0, |d| d.value.0),
            });
            self.executor_ids.insert(name.value.clone(), id);
        }
        Ok(())
    }

    /// The executor's `workers`, or when left out CPython's default for the machine's cores (the same
    /// rule as a loop's default executor for threads), by the `runtime.python` preset's version.
    fn executor_workers(&self, name: &Spanned<String>, executor: &RawExecutor, kind: TaskKind) -> Result<u32> {
        let Some(workers) = &executor.workers else {
            return match (kind, &executor.kind) {
                (TaskKind::Process, _) => Ok(self.machine.cores),
                (TaskKind::Interpreter, Some(given)) => {
                    Err(self.context.error(&given.referenced, "an interpreter pool needs `workers`"))
                }
                _ => self.futures.default_thread_pool.executor_workers(self.machine.cores).ok_or_else(|| {
                    self.context
                        .error(&name.referenced, "a thread pool needs `workers` under a `python:` preset before 3.5")
                        .with_help("`ThreadPoolExecutor()` without `max_workers` is a TypeError before Python 3.5")
                }),
            };
        };
        if workers.value == 0 || workers.value > limits::MAX_EXECUTOR_WORKERS {
            return Err(self
                .context
                .error(&workers.referenced, format!("`workers` is from 1 to {}", limits::MAX_EXECUTOR_WORKERS)));
        }
        Ok(workers.value as u32)
    }

    /// A declared executor by name; an unknown one is an error at the name, with the names known.
    pub(super) fn executor_named(&self, name: &Spanned<String>) -> Result<ExecutorId> {
        let Some(&id) = self.executor_ids.get(&name.value) else {
            let known: Vec<&str> = self.executor_ids.keys().map(String::as_str).collect();
            let error = self.context.unknown(name, "executor", &known);
            return Err(if known.is_empty() { error.with_help("declare it under `executors:`") } else { error });
        };
        Ok(id)
    }

    /// The default executor of an event loop that a coroutine runs on (or `loops:` declares): the
    /// engine keeps one per loop after the declared executors.
    pub(super) fn default_executor_of(&self, event_loop: &Spanned<String>) -> Result<ExecutorId> {
        let Some(position) = self.loops.iter().position(|known| known.name == event_loop.value) else {
            let known: Vec<&str> = self.loops.iter().map(|known| known.name.as_str()).collect();
            return Err(self.context.unknown(event_loop, "event loop", &known));
        };
        Ok(ExecutorId::from_index(self.futures.executors.len() + position))
    }

    /// The kind of a task on an executor is the executor's; `kind:` may repeat it, not contradict it.
    pub(super) fn task_executor(&self, task: &RawTask, kind: TaskKind) -> Result<(TaskKind, Option<ExecutorId>)> {
        let Some(name) = &task.executor else { return Ok((kind, None)) };
        let id = self.executor_named(name)?;
        let executor_kind = self.futures.executors[id.index()].kind;
        if let Some(raw_kind) = &task.kind
            && kind != executor_kind
        {
            return Err(self
                .context
                .error(
                    &raw_kind.referenced,
                    format!(
                        "executor `{}` runs its jobs on {} workers, not as {}",
                        name.value,
                        executor_kind.as_str(),
                        kind.as_str()
                    ),
                )
                .with_help("the executor decides what its workers are: leave `kind:` out"));
        }
        if task.event_loop.is_some() || task.process.is_some() {
            return Err(self
                .context
                .error(&name.referenced, "a task on an executor runs on the executor's workers")
                .with_help("leave `loop:` and `process:` out"));
        }
        Ok((executor_kind, Some(id)))
    }

    /// Before lowering: every task that `submit` names gets its parameters and its instances (its own
    /// slot is `T#1`).
    pub(super) fn submit_targets(&mut self, raw: &RawTasks) -> Result<()> {
        let mut targets: IndexMap<String, SubmitTarget> = IndexMap::new();
        for (name, task) in &raw.value {
            let copies = self.entries[&name.value].range.count;
            let submitted_itself = false;
            gather_submits(&task.ops, Some(u64::from(copies)), submitted_itself, &mut targets);
        }
        // A submitted task that submits has no bound: its own instances multiply.
        let submitting: Vec<String> = raw
            .value
            .iter()
            .filter(|(name, task)| targets.contains_key(&name.value) && submits_anything(&task.ops))
            .map(|(name, _)| name.value.clone())
            .collect();
        for (name, task) in &raw.value {
            if submitting.contains(&name.value) {
                let mut unbounded = IndexMap::new();
                gather_submits(&task.ops, None, true, &mut unbounded);
                for (target, found) in unbounded {
                    if let Some(known) = targets.get_mut(&target) {
                        known.most = None;
                        known.parameters.extend(found.parameters);
                    }
                }
            }
        }
        for (target, found) in targets {
            self.declare_instances(raw, target, found)?;
        }
        Ok(())
    }

    fn declare_instances(&mut self, raw: &RawTasks, target: String, found: SubmitTarget) -> Result<()> {
        let site = &found.site;
        let entry = self.entries.get(&target).copied().ok_or_else(|| {
            let known: Vec<&str> = self.entries.keys().map(String::as_str).collect();
            self.context.unknown(site, "task", &known)
        })?;
        let task = raw.value.iter().find(|(name, _)| name.value == target).map(|(_, task)| task);
        let Some(task) = task else {
            return Err(self.context.error(
                &site.referenced,
                format!("`{target}` is one copy of a `count` task; submit a task without `count`"),
            ));
        };
        if task.count.is_some() {
            return Err(self
                .context
                .error(&site.referenced, format!("`{target}` has `count`, so it is a map that starts on its own"))
                .with_help("submit a task without `count`; `submit` in a `repeat` makes as many instances"));
        }
        if !task.start.as_ref().is_some_and(|s| s.value == RawStart::Spawned) {
            return Err(self
                .context
                .error(&site.referenced, format!("`{target}` starts on its own, so it cannot be submitted"))
                .with_help(format!("give `{target}` the key `start: spawned`")));
        }
        for parameter in &found.parameters {
            if !crate::context::is_local_name(parameter) {
                return Err(self.context.error(
                    &site.referenced,
                    format!("`{parameter}` in `args` of `{target}` is not a valid variable name"),
                ));
            }
        }
        let slots = found.most.unwrap_or(limits::DEFAULT_INSTANCE_SLOTS).max(1);
        if self.tasks.len() as u64 + slots - 1 > limits::MAX_TASKS as u64 {
            return Err(self.context.error(
                &site.referenced,
                format!(
                    "`{target}` may be submitted {slots} times: a scenario has at most {} tasks, instances included",
                    limits::MAX_TASKS
                ),
            ));
        }
        let id = InstancesId::from_index(self.futures.instances.len());
        self.futures.instances.push(InstancesDef {
            name: target.clone(),
            slots: vec![entry.range.first],
            parameters: found.parameters.into_iter().collect(),
            with_blocks: Vec::new(),
        });
        self.instance_slots_wanted.push((slots, site.referenced));
        self.tasks[entry.range.first.index()].name = format!("{target}#1");
        self.instances_of.insert(target.clone(), id);
        self.entries.insert(target, TaskEntry { submitted: true, ..entry });
        Ok(())
    }

    /// After lowering: instances 2, 3... are copies of the first, each a task slot of its own (a process
    /// of its own for a process task).
    pub(super) fn instance_slots(&mut self) -> Result<()> {
        for (index, (wanted, site)) in self.instance_slots_wanted.clone().into_iter().enumerate() {
            let template_id = self.futures.instances[index].slots[0];
            let name = self.futures.instances[index].name.clone();
            let program_len = self.tasks[template_id.index()].program.len();
            self.count_instructions(&site, &name, program_len, wanted - 1)?;
            let executor = self.futures.executor_of_unsorted(template_id);
            let template_puts: Vec<TimedPut> =
                self.sync.timed_puts.iter().filter(|put| put.task == template_id).copied().collect();
            let template_handlers: Vec<TryHandler> =
                self.futures.handlers.iter().filter(|handler| handler.task == template_id).cloned().collect();
            for number in 2..=wanted {
                let mut copy = self.tasks[template_id.index()].clone();
                copy.name = format!("{name}#{number}");
                if matches!(copy.kind, TaskKind::Process | TaskKind::Interpreter) {
                    let placement = Some(self.processes[copy.process.index()].placement);
                    copy.process = self.own_process(&site, &name, &copy.name, placement)?;
                }
                let id = TaskId::from_index(self.tasks.len());
                self.tasks.push(copy);
                self.edge_places.push(Vec::new());
                self.futures.instances[index].slots.push(id);
                if let Some(executor) = executor {
                    self.futures.task_executors.push((id, executor));
                }
                self.sync.timed_puts.extend(template_puts.iter().map(|put| TimedPut { task: id, ..*put }));
                let handlers = template_handlers.iter().map(|handler| TryHandler { task: id, ..handler.clone() });
                self.futures.handlers.extend(handlers);
            }
        }
        // `put_patience` looks them up by task and pc.
        self.sync.timed_puts.sort_by_key(|put| (put.task, put.pc));
        Ok(())
    }

    /// Which primitives are asyncio's own, for the model.
    pub(super) fn asyncio_defs(&self) -> AsyncioDefs {
        let elements = |kind: PrimitiveKind| -> Vec<u32> {
            let mut ids: Vec<u32> = self.groups[kind as usize]
                .values()
                .filter(|g| g.asyncio)
                .flat_map(|g| g.first..g.first + g.count.unwrap_or(1))
                .collect();
            ids.sort_unstable();
            ids
        };
        let mut queues = self.asyncio_queues.clone();
        queues.sort_unstable();
        AsyncioDefs {
            locks: elements(PrimitiveKind::Lock).into_iter().map(LockId).collect(),
            semaphores: elements(PrimitiveKind::Semaphore),
            events: elements(PrimitiveKind::Event),
            conditions: elements(PrimitiveKind::Condition),
            queues,
        }
    }

    pub(super) fn instances_named(&self, name: &Spanned<String>) -> Result<(InstancesId, Vec<String>)> {
        match self.instances_of.get(&name.value) {
            Some(&id) => Ok((id, self.futures.instances[id.index()].parameters.clone())),
            None => Err(self
                .context
                .error(&name.referenced, format!("`{}` is not a task that can be submitted", name.value))),
        }
    }
}

trait UnsortedExecutors {
    fn executor_of_unsorted(&self, task: TaskId) -> Option<ExecutorId>;
}

impl UnsortedExecutors for FutureDefs {
    /// While the model is built the list is not sorted yet.
    fn executor_of_unsorted(&self, task: TaskId) -> Option<ExecutorId> {
        self.task_executors.iter().find(|(t, _)| *t == task).map(|(_, e)| *e)
    }
}

/// Every `submit` in `ops`: its target, its `args` names, and how many times it can run at most (the
/// product of the enclosing `repeat` counts and `times`; `None` inside a `while`).
fn gather_submits(
    ops: &[Spanned<RawStep>],
    times: Option<u64>,
    unbounded: bool,
    out: &mut IndexMap<String, SubmitTarget>,
) {
    let times = if unbounded { None } else { times };
    for op in ops {
        match &op.value {
            RawStep::Submit(submit) => {
                let target = out.entry(submit.task.value.clone()).or_insert_with(|| SubmitTarget {
                    site: submit.task.clone(),
                    parameters: IndexSet::new(),
                    most: Some(0),
                });
                target.parameters.extend(submit.args.keys().map(|k| k.value.clone()));
                target.most = match (target.most, times) {
                    (Some(most), Some(times)) => Some(most.saturating_add(times)),
                    _ => None,
                };
            }
            RawStep::Repeat(repeat) => {
                gather_submits(&repeat.ops, times.map(|t| t.saturating_mul(repeat.times.value)), unbounded, out)
            }
            RawStep::While(looping) => gather_submits(&looping.ops, None, unbounded, out),
            RawStep::If(branch) => {
                gather_submits(&branch.then, times, unbounded, out);
                gather_submits(&branch.otherwise, times, unbounded, out);
            }
            RawStep::With(with) => gather_submits(&with.ops, times, unbounded, out),
            RawStep::Atomic(inner) => gather_submits(inner, times, unbounded, out),
            // Each part at most once per run (`finally` runs on one way out).
            RawStep::Try(block) => {
                gather_submits(&block.body, times, unbounded, out);
                for clause in &block.handlers {
                    gather_submits(&clause.ops, times, unbounded, out);
                }
                gather_submits(&block.otherwise, times, unbounded, out);
                gather_submits(&block.finally, times, unbounded, out);
            }
            _ => {}
        }
    }
}

fn submits_anything(ops: &[Spanned<RawStep>]) -> bool {
    let mut found = IndexMap::new();
    gather_submits(ops, Some(1), false, &mut found);
    !found.is_empty()
}
