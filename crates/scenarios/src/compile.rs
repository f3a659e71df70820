//! From the raw file to sim-core's model: name resolution, limits, the task graph, and lowering of
//! steps and expressions. The first problem found is returned with its place in the file.

use indexmap::{IndexMap, IndexSet};
use serde_saphyr::{Location, Spanned};
use sim_core::limits;
use sim_core::model::*;

pub use crate::context::{Context, Result};
use crate::context::{valid_identifier, valid_name};
use crate::diagnostic::{Diagnostic, closest};
use crate::expr::{Ast, Function, parse_expression};
use crate::lower::{Group, PrimitiveKind};
use crate::raw::*;
use crate::{Scenario, SnapshotPlan};

mod futures;
mod process_exits;

/// What a `runtime.python` preset sets (docs/fidelity.md has the table and the sources).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Preset {
    gil: GilMode,
    /// Single-thread slowdown of Python code (`cpu` steps), percent: free-threaded builds pay for
    /// per-object locking (PEP 703: about 40% in 3.13t, 5-10% in 3.14t).
    cpu_slowdown_percent: u64,
    /// The default start method's cost on Linux (fork before 3.14, forkserver from 3.14); a file without
    /// a preset keeps `spawn`'s 50ms.
    process_spawn_ns: Option<Nanos>,
    /// How `ThreadPoolExecutor()` is sized (3.8's `min(32, cores + 4)`; 3.5 to 3.7 `cores * 5`).
    thread_pool: DefaultThreadPool,
}

/// Forking from a server that has already imported the program (3.14's default start method).
const FORKSERVER_SPAWN_NS: Nanos = 15_000_000;

/// `fork`, Linux's default start method before 3.14: an empty process started and joined on this
/// project's machine, quiet (bench/cpython/live.py's calibration, 2026-11-29 00:52, 03:24, 03:42):
/// 2.7.18 1.4-1.9ms; 3.11.7 4.7-5.7ms; 3.12.1 3.7-4.0ms; 3.13.0 3.5-4.3ms.
const FORK_SPAWN_2_NS: Nanos = 1_600_000;
const FORK_SPAWN_3_NS: Nanos = 4_800_000;
const FORK_SPAWN_3_12_NS: Nanos = 3_900_000;

fn python_preset(version: &str) -> Option<Preset> {
    let preset = |gil, cpu_slowdown_percent, process_spawn_ns| {
        Some(Preset { gil, cpu_slowdown_percent, process_spawn_ns, thread_pool: DefaultThreadPool::CoresPlusFour })
    };
    let with_pool = |preset: Option<Preset>, thread_pool| Some(Preset { thread_pool, ..preset? });
    match version {
        "2.7" => preset(GilMode::Old, 0, Some(FORK_SPAWN_2_NS)),
        "3.13t" => preset(GilMode::None, 40, Some(FORK_SPAWN_3_12_NS)),
        "3.14t" => preset(GilMode::None, 10, Some(FORKSERVER_SPAWN_NS)),
        "3.14" => preset(GilMode::New, 0, Some(FORKSERVER_SPAWN_NS)),
        _ => {
            let minor = version.strip_prefix("3.")?.parse::<u32>().ok()?;
            let fork_3 = preset(GilMode::New, 0, Some(FORK_SPAWN_3_NS));
            match minor {
                2..=4 => with_pool(fork_3, DefaultThreadPool::NoDefault),
                5..=7 => with_pool(fork_3, DefaultThreadPool::FiveTimesCores),
                8..=11 => fork_3,
                12..=13 => preset(GilMode::New, 0, Some(FORK_SPAWN_3_12_NS)),
                _ => None,
            }
        }
    }
}

/// How long after its wake a thread blocked on a threading primitive runs, per version: half a round
/// trip of bench/cpython's Event and Queue ping-pong on this project's machine, less the two context
/// switches weft already charges (docs/fidelity.md, "Waking a blocked thread").
fn wakeup_latency_ns(version: &str) -> Nanos {
    match version.trim_end_matches('t') {
        "2.7" => 19_400,
        _ => 13_500,
    }
}

fn gil_mode(raw: RawGil) -> GilMode {
    match raw {
        RawGil::New => GilMode::New,
        RawGil::Old => GilMode::Old,
        RawGil::None => GilMode::None,
    }
}

pub fn compile(context: &Context<'_>, raw: RawScenario) -> Result<Scenario> {
    if let Some(version) = &raw.version
        && version.value != 1
    {
        return Err(context.error(
            &version.referenced,
            format!("scenario format version {} is not supported; this weft reads version 1", version.value),
        ));
    }
    if !valid_name(&raw.name.value, false) {
        return Err(context
            .error(&raw.name.referenced, format!("`{}` is not a valid scenario name", raw.name.value))
            .with_help("use lowercase letters, digits and `-`, as in `bank-race`"));
    }
    if let (Some(machines), Some(_)) = (&raw.machines, &raw.machine) {
        return Err(context
            .error(&machines.referenced, "a scenario has either `machine:` or `machines:`, not both")
            .with_help("put the single machine under `machines:` too"));
    }
    let (machine, machines) = match &raw.machines {
        Some(machines) => compile_machines(context, machines)?,
        None => {
            let machine = compile_machine(context, raw.machine.as_ref())?;
            let only = MachineDef { name: "machine".to_string(), first_core: 0, cores: machine.cores };
            (machine, vec![only])
        }
    };
    let network = compile_network(raw.network.as_ref());
    let (default_gil, preset) = compile_runtime(context, raw.runtime.as_ref())?;
    let scheduler = compile_scheduler(context, raw.scheduler.as_ref())?;
    let timeouts = compile_timeouts(context, raw.scheduler.as_ref())?;

    let mut builder = ModelBuilder::new(context, machine, scheduler, default_gil);
    builder.machine_names = machines.iter().map(|m| m.name.clone()).collect();
    builder.processes(&raw.shared, &raw.processes)?;
    builder.shared_memory(&raw.shared_memory)?;
    builder.lists(&raw.lists)?;
    builder.repr_keys(&raw.repr_keys)?;
    builder.queues(raw.queues.as_ref())?;
    builder.locks(raw.locks.as_ref())?;
    builder.semaphores(raw.semaphores.as_ref())?;
    builder.events(raw.events.as_ref())?;
    builder.conditions(raw.conditions.as_ref())?;
    builder.loops(&raw.loops)?;
    builder.futures.default_thread_pool = preset.map_or_else(DefaultThreadPool::default, |preset| preset.thread_pool);
    builder.executors(raw.executors.as_ref())?;
    builder.exception_classes(&raw.exceptions)?;
    builder.declare_tasks(&raw.tasks)?;
    builder.submit_targets(&raw.tasks)?;
    builder.compile_tasks(&raw.tasks)?;
    builder.name_builtin_exceptions();
    builder.instance_slots()?;
    builder.check_cycles()?;
    builder.expectations(&raw.expect)?;
    let snapshot = compile_snapshot(context, raw.snapshot.as_ref())?;
    let mut model = builder.finish(raw.name.value.clone(), machines, network);
    let first_machine = raw.machines.as_ref().and_then(|m| m.value.values().next());
    refuse_livelock(context, &raw, raw.machine.as_ref().or(first_machine), &model)?;
    apply_preset(&mut model, preset, raw.machine.as_ref().or(first_machine));
    Ok(Scenario {
        model,
        timeouts,
        about: raw.about.unwrap_or_default(),
        snapshot,
        graph: crate::graph::TaskGraph::default(),
    })
}

/// Refuses settings under which a thread in contention never does any work: a time slice that ends
/// before the context switch into it does, or a GIL asked back (after `switch_interval`) before the
/// thread handed it has switched in. The engine would only spin in place, so say why at once.
fn refuse_livelock(
    context: &Context<'_>,
    raw: &RawScenario,
    machine: Option<&RawMachine>,
    model: &Model,
) -> Result<()> {
    let switch_ns = model.machine.context_switch_ns;
    let switch_place = machine.and_then(|m| m.context_switch.as_ref()).map(|d| d.referenced);
    let text = |ns: Nanos| DisplayNanos(ns).to_string();
    let quantum_ns = model.scheduler.quantum_ns;
    if quantum_ns > 0 && quantum_ns <= switch_ns {
        let place = raw.scheduler.as_ref().and_then(|s| s.quantum.as_ref()).map(|q| q.referenced).or(switch_place);
        return Err(context
            .error(
                &place.unwrap_or(Location::UNKNOWN),
                format!(
                    "`quantum` ({}) is not longer than `context_switch` ({}): every time slice would end before \
                     the switch into it, and no thread would ever run",
                    text(quantum_ns),
                    text(switch_ns)
                ),
            )
            .with_help("make the quantum longer than the context switch (or 0 for no time slices)"));
    }
    let new_gil_interval =
        model.processes.iter().filter(|p| p.gil.mode == GilMode::New).map(|p| p.gil.switch_interval_ns).min();
    if let Some(interval_ns) = new_gil_interval
        && interval_ns <= switch_ns
    {
        let place =
            raw.runtime.as_ref().and_then(|r| r.switch_interval.as_ref()).map(|i| i.referenced).or(switch_place);
        return Err(context
            .error(
                &place.unwrap_or(Location::UNKNOWN),
                format!(
                    "`switch_interval` ({}) is not longer than `context_switch` ({}): a thread handed the GIL \
                     would be asked to give it back before it had switched in, and no Python code would ever run",
                    text(interval_ns),
                    text(switch_ns)
                ),
            )
            .with_help("make the switch interval longer than the context switch"));
    }
    Ok(())
}

fn duration_or(value: Option<&Spanned<crate::duration::Duration>>, default: Nanos) -> Nanos {
    value.map_or(default, |d| d.value.0)
}

fn compile_machine(context: &Context<'_>, raw: Option<&RawMachine>) -> Result<Machine> {
    let defaults = Machine::default();
    let Some(raw) = raw else { return Ok(defaults) };
    let cores = match &raw.cores {
        None => defaults.cores,
        Some(cores) if cores.value == 0 || cores.value > u64::from(limits::MAX_CORES) => {
            return Err(context.error(
                &cores.referenced,
                format!("{} cores is out of range; a machine has 1 to {} cores", cores.value, limits::MAX_CORES),
            ));
        }
        Some(cores) => cores.value as u32,
    };
    Ok(Machine {
        cores,
        context_switch_ns: duration_or(raw.context_switch.as_ref(), defaults.context_switch_ns),
        thread_spawn_ns: duration_or(raw.thread_spawn.as_ref(), defaults.thread_spawn_ns),
        process_spawn_ns: duration_or(raw.process_spawn.as_ref(), defaults.process_spawn_ns),
        interpreter_spawn_ns: duration_or(raw.interpreter_spawn.as_ref(), defaults.interpreter_spawn_ns),
        process_pool: ProcessPoolCosts {
            fork_ns: duration_or(raw.process_fork.as_ref(), defaults.process_pool.fork_ns),
            handoff_ns: duration_or(raw.process_pool_handoff.as_ref(), defaults.process_pool.handoff_ns),
            shutdown_ns: duration_or(raw.process_pool_shutdown.as_ref(), defaults.process_pool.shutdown_ns),
        },
    })
}

/// The distributed tier: every machine owns a contiguous range of the cores; the first machine's spawn
/// and switch costs stand for all of them.
fn compile_machines(
    context: &Context<'_>,
    machines: &Spanned<IndexMap<String, RawMachine>>,
) -> Result<(Machine, Vec<MachineDef>)> {
    if machines.value.is_empty() {
        return Err(context.error(&machines.referenced, "`machines:` names no machine"));
    }
    let mut definitions = Vec::new();
    let mut first = None;
    let mut total: u64 = 0;
    for (name, raw) in &machines.value {
        if !valid_name(name, true) {
            return Err(context.error(&machines.referenced, format!("`{name}` is not a valid machine name")));
        }
        let machine = compile_machine(context, Some(raw))?;
        definitions.push(MachineDef { name: name.clone(), first_core: total as u32, cores: machine.cores });
        total += u64::from(machine.cores);
        if total > limits::MAX_TOTAL_CORES as u64 {
            return Err(context.error(
                &machines.referenced,
                format!("the machines have more than {} cores in all", limits::MAX_TOTAL_CORES),
            ));
        }
        first.get_or_insert(machine);
    }
    let mut machine = first.expect("at least one machine");
    machine.cores = total as u32;
    Ok((machine, definitions))
}

fn compile_network(raw: Option<&Spanned<RawNetwork>>) -> Network {
    let defaults = Network::default();
    let Some(raw) = raw else { return defaults };
    Network {
        latency_ns: duration_or(raw.value.latency.as_ref(), defaults.latency_ns),
        ipc_cost_ns: duration_or(raw.value.ipc_cost.as_ref(), defaults.ipc_cost_ns),
    }
}

fn compile_runtime(context: &Context<'_>, raw: Option<&RawRuntime>) -> Result<(GilConfig, Option<Preset>)> {
    let mut gil = GilConfig::default();
    let Some(raw) = raw else { return Ok((gil, None)) };
    let mut preset = None;
    if let Some(python) = &raw.python {
        let found = python_preset(&python.value).ok_or_else(|| {
            context
                .error(&python.referenced, format!("unknown Python version `{}`", python.value))
                .with_help("use \"2.7\", \"3.2\" to \"3.14\", \"3.13t\" or \"3.14t\"")
        })?;
        gil.mode = found.gil;
        gil.wakeup_latency_ns = wakeup_latency_ns(&python.value);
        if found.gil == GilMode::Old {
            // Linux's GIL battle, as CPython 2.7 fights it on this project's machine.
            gil.battle_release_ns = sim_core::model::LINUX_BATTLE_RELEASE_NS;
            gil.battle_contention_ns = sim_core::model::LINUX_BATTLE_CONTENTION_NS;
            gil.battle_waiter_ns = sim_core::model::LINUX_BATTLE_WAITER_NS;
            gil.battle_won_after_ns = Some(sim_core::model::LINUX_BATTLE_WON_AFTER_NS);
            gil.check_interval_ns = sim_core::model::LINUX_CHECK_INTERVAL_NS;
        }
        preset = Some(found);
    }
    if let Some(mode) = &raw.gil {
        gil.mode = gil_mode(mode.value);
    }
    gil.switch_interval_ns = duration_or(raw.switch_interval.as_ref(), gil.switch_interval_ns);
    gil.check_interval_ns = duration_or(raw.check_interval.as_ref(), gil.check_interval_ns);
    gil.handoff_latency_ns = duration_or(raw.handoff_latency.as_ref(), gil.handoff_latency_ns);
    gil.thread_start_waits = raw.thread_start.as_ref().is_some_and(|start| start.value == RawThreadStart::Waits);
    for (value, key) in [(&raw.switch_interval, "switch_interval"), (&raw.check_interval, "check_interval")] {
        if let Some(value) = value
            && value.value.0 == 0
        {
            return Err(context.error(&value.referenced, format!("`{key}` must be more than 0")));
        }
    }
    Ok((gil, preset))
}

/// A preset's slowdown of Python code and its start method's cost, unless the file sets the cost.
fn apply_preset(model: &mut Model, preset: Option<Preset>, machine: Option<&RawMachine>) {
    let Some(preset) = preset else { return };
    if let Some(spawn) = preset.process_spawn_ns
        && machine.is_none_or(|m| m.process_spawn.is_none())
    {
        model.machine.process_spawn_ns = spawn;
    }
    if preset.cpu_slowdown_percent > 0 {
        for task in &mut model.tasks {
            for instruction in &mut task.program {
                if let Instr::Cpu(duration) = instruction {
                    *duration = (*duration).saturating_mul(100 + preset.cpu_slowdown_percent) / 100;
                }
            }
        }
    }
}

fn compile_timeouts(context: &Context<'_>, raw: Option<&RawScheduler>) -> Result<sim_core::Timeouts> {
    let Some(name) = raw.and_then(|raw| raw.timeouts.as_ref()) else { return Ok(sim_core::Timeouts::default()) };
    sim_core::Timeouts::by_name(&name.value)
        .ok_or_else(|| context.unknown(name, "time-out setting", &sim_core::Timeouts::NAMES))
}

fn compile_scheduler(context: &Context<'_>, raw: Option<&RawScheduler>) -> Result<SchedulerConfig> {
    let mut scheduler = SchedulerConfig::default();
    let Some(raw) = raw else { return Ok(scheduler) };
    if let Some(policy) = &raw.policy {
        if !sim_core::policy::BUILT_IN.contains(&policy.value.as_str()) {
            return Err(context.unknown(policy, "policy", &sim_core::policy::BUILT_IN));
        }
        scheduler.policy = policy.value.clone();
    }
    scheduler.quantum_ns = duration_or(raw.quantum.as_ref(), scheduler.quantum_ns);
    scheduler.time_window_ns = raw.time_window.as_ref().map(|window| window.value.0);
    scheduler.step_cost_ns = raw.step_cost.as_ref().map_or(0, |cost| cost.value.0);
    if let Some(order) = &raw.loop_order {
        scheduler.fifo_loops = match order.value.as_str() {
            "fifo" => true,
            "any" => false,
            _ => return Err(context.unknown(order, "loop order", &["any", "fifo"])),
        };
    }
    if let Some(polls) = &raw.thread_polls {
        scheduler.thread_polls_take_passes = match polls.value.as_str() {
            "passes" => true,
            "spin" => false,
            _ => return Err(context.unknown(polls, "thread poll setting", &["spin", "passes"])),
        };
    }
    if let Some(jitter) = &raw.jitter {
        if jitter.value > 1000 {
            return Err(context.error(&jitter.referenced, "`jitter` is a percentage from 0 to 1000"));
        }
        scheduler.jitter_percent = jitter.value as u32;
    }
    if let Some(depth) = &raw.depth {
        if depth.value == 0 || depth.value > 64 {
            return Err(context.error(&depth.referenced, "PCT `depth` is from 1 to 64"));
        }
        scheduler.pct_depth = depth.value as u32;
    }
    Ok(scheduler)
}

fn compile_snapshot(context: &Context<'_>, raw: Option<&RawSnapshot>) -> Result<SnapshotPlan> {
    let Some(raw) = raw else {
        return Ok(SnapshotPlan::default());
    };
    let mut policies = Vec::new();
    for policy in &raw.policies {
        if !sim_core::policy::BUILT_IN.contains(&policy.value.as_str()) {
            return Err(context.unknown(policy, "policy", &sim_core::policy::BUILT_IN));
        }
        policies.push(policy.value.clone());
    }
    if raw.seeds.len() > 64 || policies.len() > 8 {
        return Err(Diagnostic::new(
            context.file,
            context.source,
            0,
            0,
            "a `snapshot:` block names at most 64 seeds and 8 policies",
        ));
    }
    Ok(SnapshotPlan { seeds: raw.seeds.clone(), policies })
}

/// A name that a task's ops refer to, resolved once the tasks are declared.
#[derive(Clone, Copy, Debug)]
struct TaskEntry {
    range: TaskRange,
    spawned: bool,
    /// Started by `submit` (its instances are waited for through futures, not by name).
    submitted: bool,
}

struct ModelBuilder<'c, 'a> {
    context: &'c Context<'a>,
    machine: Machine,
    machine_names: Vec<String>,
    scheduler: SchedulerConfig,
    default_gil: GilConfig,
    processes: Vec<ProcessDef>,
    /// Declared in `processes:` (not created for a task), so threads may name them.
    declared_processes: IndexSet<String>,
    /// Where `shared_memory:` starts among main's variables (it is kept after main's own `shared:`).
    shared_memory_first: usize,
    queues: Vec<QueueDef>,
    queue_users: Vec<IndexSet<ProcessId>>,
    queues_declared: bool,
    locks: Vec<String>,
    locks_declared: bool,
    /// Every primitive by the name steps use (an array of them under its base name).
    groups: [IndexMap<String, Group>; 4],
    sync: SyncDefs,
    barriers: Vec<BarrierDef>,
    loops: Vec<LoopDef>,
    loops_declared: usize,
    tasks: Vec<TaskDef>,
    entries: IndexMap<String, TaskEntry>,
    expectations: Vec<Expectation>,
    /// After-edges by task index, with the place of each name, for cycle errors.
    edge_places: Vec<Vec<(TaskId, Location)>>,
    /// Format 1.1, part two (`compile/futures.rs`).
    futures: FutureDefs,
    executor_ids: IndexMap<String, ExecutorId>,
    instances_of: IndexMap<String, InstancesId>,
    /// Instance slots each `futures.instances` entry gets, made after lowering.
    instance_slots_wanted: Vec<(u64, Location)>,
    asyncio_queues: Vec<QueueId>,
    /// Instructions of every task lowered so far (bounded by `limits::MAX_TOTAL_INSTRUCTIONS`).
    instructions_total: u64,
    /// Shared values of process copies made so far (`limits::MAX_COPIED_SHARED_VALUES`).
    copied_values: u64,
    /// Elements of the arrays of primitives declared so far (`limits::MAX_PRIMITIVE_ELEMENTS`).
    primitive_elements: u64,
    /// The values of every choice (`Model::choice_values`), and where each distinct list of them starts
    /// (copies of a task share theirs; bounded by `limits::MAX_TOTAL_CHOICE_VALUES`).
    choice_values: Vec<i64>,
    choices: IndexMap<Vec<i64>, u32>,
    /// How many of the choices lowered are `sample(LO, HI)` (copies of a task count each).
    sampled_choices: u32,
    /// The process tasks with `exitcode:` (`Model::process_exits`).
    process_exits: Vec<ProcessExit>,
}

impl<'c, 'a> ModelBuilder<'c, 'a> {
    fn new(context: &'c Context<'a>, machine: Machine, scheduler: SchedulerConfig, default_gil: GilConfig) -> Self {
        ModelBuilder {
            context,
            machine,
            machine_names: Vec::new(),
            scheduler,
            default_gil,
            processes: Vec::new(),
            declared_processes: IndexSet::new(),
            shared_memory_first: usize::MAX,
            queues: Vec::new(),
            queue_users: Vec::new(),
            queues_declared: false,
            locks: Vec::new(),
            locks_declared: false,
            groups: Default::default(),
            sync: SyncDefs::default(),
            barriers: Vec::new(),
            loops: Vec::new(),
            loops_declared: 0,
            tasks: Vec::new(),
            entries: IndexMap::new(),
            expectations: Vec::new(),
            edge_places: Vec::new(),
            futures: FutureDefs::default(),
            executor_ids: IndexMap::new(),
            instances_of: IndexMap::new(),
            instance_slots_wanted: Vec::new(),
            instructions_total: 0,
            copied_values: 0,
            primitive_elements: 0,
            asyncio_queues: Vec::new(),
            choice_values: Vec::new(),
            choices: IndexMap::new(),
            sampled_choices: 0,
            process_exits: Vec::new(),
        }
    }

    /// A process's `shared:` block: integers, arrays and maps, in that process's memory.
    fn process_memory(&self, raw: &IndexMap<Spanned<String>, Spanned<RawSharedValue>>) -> Result<ProcessMemory> {
        let mut memory = ProcessMemory::default();
        for (name, value) in raw {
            if !valid_identifier(&name.value) {
                return Err(self
                    .context
                    .error(&name.referenced, format!("`{}` is not a valid variable name", name.value))
                    .with_help("use letters, digits and `_`, starting with a letter; `len`, `me` and `i` are taken"));
            }
            if Function::NAMES.contains(&name.value.as_str())
                || ["and", "or", "not", "if", "else", "True", "False", "None"].contains(&name.value.as_str())
            {
                return Err(self
                    .context
                    .error(&name.referenced, format!("`{}` is a word of the expression language", name.value)));
            }
            let name_text = name.value.clone();
            match &value.value {
                RawSharedValue::Scalar(initial) => {
                    let initial = self.scalar_value(initial, &value.referenced)?;
                    memory.scalars.push(SharedVar { name: name_text, initial })
                }
                RawSharedValue::Array(values) => {
                    if values.is_empty() || values.len() > limits::MAX_ARRAY_LENGTH {
                        return Err(self.context.error(
                            &value.referenced,
                            format!("an array has 1 to {} elements", limits::MAX_ARRAY_LENGTH),
                        ));
                    }
                    let initial =
                        values.iter().map(|v| self.scalar_value(v, &value.referenced)).collect::<Result<_>>()?;
                    memory.arrays.push(SharedArray { name: name_text, initial });
                }
                RawSharedValue::Map(entries) => {
                    if entries.len() > limits::MAX_MAP_KEYS {
                        return Err(self
                            .context
                            .error(&value.referenced, format!("a map holds at most {} keys", limits::MAX_MAP_KEYS)));
                    }
                    let initial = entries
                        .iter()
                        .map(|(k, v)| {
                            Ok((self.scalar_value(k, &value.referenced)?, self.scalar_value(v, &value.referenced)?))
                        })
                        .collect::<Result<_>>()?;
                    memory.maps.push(SharedMap { name: name_text, initial, list: false, repr_keys: false });
                }
            }
        }
        Ok(memory)
    }

    /// `lists:`: the shared maps that are Python lists (`P.items` names process P's), each named once.
    fn lists(&mut self, names: &[Name]) -> Result<()> {
        let help = "a list that grows is declared as a map of its items: `items: { 0: 5, 1: 7 }`, or `{}`";
        for map in self.listed_maps(names, help)? {
            map.list = true;
        }
        Ok(())
    }

    /// `repr_keys:`: the shared maps whose keys are `repr` texts, printed bare in the final state.
    fn repr_keys(&mut self, names: &[Name]) -> Result<()> {
        let help = "`repr_keys:` names maps whose keys are Python `repr` texts: `edges: {}`";
        for map in self.listed_maps(names, help)? {
            map.repr_keys = true;
        }
        Ok(())
    }

    /// The shared maps a list of names names (`P.items` names process P's), each named once.
    fn listed_maps(&mut self, names: &[Name], help: &str) -> Result<Vec<&mut SharedMap>> {
        let mut positions = Vec::new();
        for (position, name) in names.iter().enumerate() {
            if names[..position].iter().any(|earlier| earlier.value == name.value) {
                return Err(self.context.error(&name.referenced, format!("`{}` is listed twice", name.value)));
            }
            let (process, var) = name.value.split_once('.').unwrap_or(("main", name.value.as_str()));
            let Some(process_index) = self.processes.iter().position(|p| p.name == process) else {
                return Err(self.context.error(&name.referenced, format!("unknown process `{process}`")));
            };
            let Some(map_index) = self.processes[process_index].maps.iter().position(|m| m.name == var) else {
                return Err(self
                    .context
                    .error(&name.referenced, format!("`{}` is not a shared map", name.value))
                    .with_help(help.to_string()));
            };
            positions.push((process_index, map_index));
        }
        let mut maps = Vec::new();
        for (process_index, definition) in self.processes.iter_mut().enumerate() {
            for (map_index, map) in definition.maps.iter_mut().enumerate() {
                if positions.contains(&(process_index, map_index)) {
                    maps.push(map);
                }
            }
        }
        Ok(maps)
    }

    /// A value written in YAML: its integer (or None's pattern), or a string's value from the table.
    fn scalar_value(&self, scalar: &RawScalar, at: &Location) -> Result<i64> {
        match scalar {
            RawScalar::Integer(value) => Ok(*value),
            RawScalar::Text(text) => {
                self.context.strings.value(text).map_err(|message| self.context.error(at, message))
            }
        }
    }

    fn processes(
        &mut self,
        shared: &IndexMap<Spanned<String>, Spanned<RawSharedValue>>,
        raw: &IndexMap<Spanned<String>, RawProcess>,
    ) -> Result<()> {
        let memory = self.process_memory(shared)?;
        self.processes.push(ProcessDef {
            name: "main".to_string(),
            gil: self.default_gil,
            shared: memory.scalars,
            placement: Placement::On(0),
            arrays: memory.arrays,
            maps: memory.maps,
        });
        self.declared_processes.insert("main".to_string());
        for (name, process) in raw {
            let placement = self.placement(process.machine.as_ref())?.unwrap_or(Placement::On(0));
            if !valid_name(&name.value, true) {
                return Err(self
                    .context
                    .error(&name.referenced, format!("`{}` is not a valid process name", name.value)));
            }
            let mut gil = self.default_gil;
            if let Some(mode) = &process.gil {
                gil.mode = gil_mode(mode.value);
            }
            if name.value == "main" {
                if !process.shared.is_empty() {
                    return Err(self
                        .context
                        .error(&name.referenced, "main's shared variables go under the top-level `shared:`"));
                }
                self.processes[0].gil = gil;
                self.processes[0].placement = placement;
                continue;
            }
            let memory = self.process_memory(&process.shared)?;
            self.processes.push(ProcessDef {
                name: name.value.clone(),
                gil,
                shared: memory.scalars,
                placement,
                arrays: memory.arrays,
                maps: memory.maps,
            });
            self.declared_processes.insert(name.value.clone());
        }
        Ok(())
    }

    /// `shared_memory:`: integers every process reads and writes (`multiprocessing.Value`). They are
    /// kept after main's own variables, so that a run's state, its digests and the search see one
    /// location per variable, whichever process's task steps on it (`Instr::ReadSharedMemory`). A name
    /// of a process's own variables would hide one of them: refused.
    fn shared_memory(&mut self, raw: &IndexMap<Spanned<String>, Spanned<RawSharedValue>>) -> Result<()> {
        let memory = self.process_memory(raw)?;
        if let Some(value) = raw.values().find(|value| !matches!(value.value, RawSharedValue::Scalar(_))) {
            return Err(self.context.error(
                &value.referenced,
                "`shared_memory:` holds integers only (shared arrays and maps are not supported yet)",
            ));
        }
        self.shared_memory_first = self.processes[MAIN_PROCESS.index()].shared.len();
        for (name, variable) in raw.keys().zip(memory.scalars) {
            let owner = self.processes.iter().find(|process| {
                process.shared.iter().any(|v| v.name == name.value)
                    || process.arrays.iter().any(|a| a.name == name.value)
                    || process.maps.iter().any(|m| m.name == name.value)
            });
            if let Some(owner) = owner {
                return Err(self.context.error(
                    &name.referenced,
                    format!(
                        "`{}` is in `shared_memory:` and is a variable of process `{}` too",
                        name.value, owner.name
                    ),
                ));
            }
            self.processes[MAIN_PROCESS.index()].shared.push(variable);
        }
        Ok(())
    }

    fn queues(&mut self, raw: Option<&IndexMap<Spanned<String>, RawQueue>>) -> Result<()> {
        let Some(raw) = raw else { return Ok(()) };
        self.queues_declared = true;
        for (name, queue) in raw {
            if !valid_name(&name.value, true) {
                return Err(self
                    .context
                    .error(&name.referenced, format!("`{}` is not a valid queue name", name.value)));
            }
            let capacity = match &queue.capacity {
                Some(c) if c.value > limits::MAX_QUEUE_ITEMS as u64 => {
                    return Err(self
                        .context
                        .error(&c.referenced, format!("a queue holds at most {} items", limits::MAX_QUEUE_ITEMS)));
                }
                Some(c) => c.value as u32,
                None => 0,
            };
            let ipc_cost_ns = duration_or(queue.ipc_cost.as_ref(), 0);
            if queue.asyncio.as_ref().is_some_and(|flag| flag.value) {
                self.asyncio_queues.push(QueueId::from_index(self.queues.len()));
            }
            let order = match queue.order.as_ref().map(|order| order.value) {
                None | Some(RawQueueOrder::Fifo) => QueueOrder::Fifo,
                Some(RawQueueOrder::Lifo) => QueueOrder::Lifo,
                Some(RawQueueOrder::Priority) => QueueOrder::Priority,
            };
            self.queues.push(QueueDef {
                name: name.value.clone(),
                capacity,
                ipc_cost_ns,
                crosses_processes: false,
                order,
            });
            self.queue_users.push(IndexSet::new());
        }
        Ok(())
    }

    fn locks(&mut self, raw: Option<&Declarations<RawLockDecl>>) -> Result<()> {
        let Some(raw) = raw else { return Ok(()) };
        self.locks_declared = true;
        let default = RawLockDecl::default();
        for (name, declaration) in raw.entries(&default) {
            if self.groups[PrimitiveKind::Lock as usize].contains_key(&name.value) {
                return Err(self.context.error(&name.referenced, format!("lock `{}` is declared twice", name.value)));
            }
            if !valid_name(&name.value, true) {
                return Err(self.context.error(&name.referenced, format!("`{}` is not a valid lock name", name.value)));
            }
            let count = self.element_count(declaration.count.as_ref())?;
            let asyncio = self.asyncio(declaration.asyncio.as_ref())?;
            let group = self.add_locks(&name.value, count, asyncio);
            if declaration.reentrant {
                let ids = (0..count.unwrap_or(1)).map(|k| LockId(group.first + k));
                self.sync.reentrant_locks.extend(ids);
            }
            if let Some(owned) = &declaration.owned
                && !owned.value
            {
                if declaration.reentrant || asyncio {
                    return Err(self.context.error(
                        &owned.referenced,
                        "`owned: false` is for plain threading locks (an RLock has an owner; an asyncio lock has none already)",
                    ));
                }
                let ids = (0..count.unwrap_or(1)).map(|k| LockId(group.first + k));
                self.sync.unowned_locks.extend(ids);
            }
        }
        Ok(())
    }

    /// Adds a lock, or an array of `count` locks, under `name`.
    fn add_locks(&mut self, name: &str, count: Option<u32>, asyncio: bool) -> Group {
        let first = self.locks.len() as u32;
        match count {
            None => self.locks.push(name.to_string()),
            Some(count) => self.locks.extend((0..count).map(|k| format!("{name}[{k}]"))),
        }
        let group = Group { first, count, asyncio };
        self.groups[PrimitiveKind::Lock as usize].insert(name.to_string(), group);
        group
    }

    /// `count: N` on a declaration: an array of N primitives.
    /// The `count` of an array of primitives, within the limit for one array and, added to the arrays
    /// declared before it, within the limit for all of them.
    fn element_count(&mut self, count: Option<&Spanned<u64>>) -> Result<Option<u32>> {
        match count {
            None => Ok(None),
            Some(count) if count.value == 0 || count.value > limits::MAX_PRIMITIVE_ARRAY as u64 => Err(self
                .context
                .error(&count.referenced, format!("`count` is from 1 to {}", limits::MAX_PRIMITIVE_ARRAY))),
            Some(count) if self.primitive_elements + count.value > limits::MAX_PRIMITIVE_ELEMENTS => Err(self
                .context
                .error(
                    &count.referenced,
                    format!(
                        "arrays of primitives come to more than {} elements in all (locks, semaphores, events and conditions together)",
                        limits::MAX_PRIMITIVE_ELEMENTS
                    ),
                )),
            Some(count) => {
                self.primitive_elements += count.value;
                Ok(Some(count.value as u32))
            }
        }
    }

    fn asyncio(&self, asyncio: Option<&Spanned<bool>>) -> Result<bool> {
        Ok(asyncio.is_some_and(|flag| flag.value))
    }

    /// A new name for a primitive of `kind`: valid and not taken by another primitive.
    fn check_new_primitive(&self, name: &Spanned<String>, kind: PrimitiveKind) -> Result<()> {
        if !valid_name(&name.value, true) {
            return Err(self
                .context
                .error(&name.referenced, format!("`{}` is not a valid {} name", name.value, kind.as_str())));
        }
        for other in PrimitiveKind::ALL {
            if self.groups[other as usize].contains_key(&name.value) {
                return Err(self.context.error(
                    &name.referenced,
                    format!("`{}` is already the name of {}", name.value, other.with_article()),
                ));
            }
        }
        Ok(())
    }

    fn semaphores(&mut self, raw: Option<&IndexMap<Spanned<String>, Spanned<RawSemaphoreDecl>>>) -> Result<()> {
        let Some(raw) = raw else { return Ok(()) };
        for (name, declaration) in raw {
            self.check_new_primitive(name, PrimitiveKind::Semaphore)?;
            let (initial, bounded, count, asyncio) = match &declaration.value {
                RawSemaphoreDecl::Value(value) => {
                    (Spanned::new(*value, declaration.referenced, declaration.defined), false, None, None)
                }
                RawSemaphoreDecl::Full(full) => {
                    let initial =
                        full.value.clone().unwrap_or(Spanned::new(1, declaration.referenced, declaration.defined));
                    (initial, full.bounded, full.count.as_ref(), full.asyncio.as_ref())
                }
            };
            if initial.value < 0 {
                return Err(self
                    .context
                    .error(&initial.referenced, "a semaphore's initial value must not be negative")
                    .with_help("Python raises ValueError for `Semaphore(-1)`"));
            }
            let count = self.element_count(count)?;
            let asyncio = self.asyncio(asyncio)?;
            let first = self.sync.semaphores.len() as u32;
            for element in element_names(&name.value, count) {
                self.sync.semaphores.push(SemaphoreDef { name: element, initial: initial.value, bounded });
            }
            self.groups[PrimitiveKind::Semaphore as usize].insert(name.value.clone(), Group { first, count, asyncio });
        }
        Ok(())
    }

    fn events(&mut self, raw: Option<&Declarations<RawEventDecl>>) -> Result<()> {
        let Some(raw) = raw else { return Ok(()) };
        let default = RawEventDecl::default();
        for (name, declaration) in raw.entries(&default) {
            self.check_new_primitive(name, PrimitiveKind::Event)?;
            let count = self.element_count(declaration.count.as_ref())?;
            let asyncio = self.asyncio(declaration.asyncio.as_ref())?;
            let first = self.sync.events.len() as u32;
            self.sync.events.extend(element_names(&name.value, count));
            self.groups[PrimitiveKind::Event as usize].insert(name.value.clone(), Group { first, count, asyncio });
        }
        Ok(())
    }

    fn conditions(&mut self, raw: Option<&Declarations<RawConditionDecl>>) -> Result<()> {
        let Some(raw) = raw else { return Ok(()) };
        let default = RawConditionDecl::default();
        for (name, declaration) in raw.entries(&default) {
            self.check_new_primitive(name, PrimitiveKind::Condition)?;
            let count = self.element_count(declaration.count.as_ref())?;
            let asyncio = self.asyncio(declaration.asyncio.as_ref())?;
            let lock = match &declaration.lock {
                // Python's `Condition()` makes its own lock: `lock: C` and `with: { lock: C }` take it.
                None => {
                    let group = self.add_locks(&name.value, count, asyncio);
                    if self.condition_lock_reentrant(declaration, asyncio)? {
                        let ids = (0..count.unwrap_or(1)).map(|k| LockId(group.first + k));
                        self.sync.reentrant_locks.extend(ids);
                    }
                    group
                }
                Some(lock_name) => {
                    if let Some(reentrant) = &declaration.reentrant {
                        return Err(self.context.error(
                            &reentrant.referenced,
                            "`reentrant` is for the lock a condition owns; with `lock:` declare that lock `reentrant: true`",
                        ));
                    }
                    let lock = crate::lower::Names::primitive(self, PrimitiveKind::Lock, lock_name)?;
                    if lock.count.is_some() && lock.count != count {
                        return Err(self
                            .context
                            .error(
                                &lock_name.referenced,
                                format!(
                                    "lock `{}` is an array of {} but condition `{}` has {}",
                                    lock_name.value,
                                    lock.count.unwrap_or(1),
                                    name.value,
                                    count.map_or("no `count`".to_string(), |c| c.to_string())
                                ),
                            )
                            .with_help(
                                "give the condition the same `count` (element k uses lock element k), or name one lock",
                            ));
                    }
                    if lock.asyncio != asyncio {
                        let (condition_kind, lock_kind) = if asyncio {
                            ("asyncio's own", "a threading lock")
                        } else {
                            ("a threading condition", "asyncio's own")
                        };
                        return Err(self
                            .context
                            .error(
                                &lock_name.referenced,
                                format!(
                                    "condition `{}` is {condition_kind} but lock `{}` is {lock_kind}",
                                    name.value, lock_name.value
                                ),
                            )
                            .with_help("an asyncio.Condition takes an asyncio.Lock, a threading.Condition a threading lock: give both the same `asyncio:`"));
                    }
                    lock
                }
            };
            let first = self.sync.conditions.len() as u32;
            for (k, element) in element_names(&name.value, count).into_iter().enumerate() {
                let lock_id = if lock.count.is_some() { lock.first + k as u32 } else { lock.first };
                self.sync.conditions.push(ConditionDef { name: element, lock: LockId(lock_id) });
            }
            self.groups[PrimitiveKind::Condition as usize].insert(name.value.clone(), Group { first, count, asyncio });
        }
        Ok(())
    }

    /// Whether the lock a condition owns is re-entrant (`reentrant: true`, Python's `Condition()`):
    /// never for asyncio's condition, whose lock is asyncio's (not re-entrant).
    fn condition_lock_reentrant(&self, declaration: &RawConditionDecl, asyncio: bool) -> Result<bool> {
        match &declaration.reentrant {
            Some(reentrant) if reentrant.value && asyncio => Err(self.context.error(
                &reentrant.referenced,
                "`reentrant: true` is for a threading condition (asyncio's condition has asyncio's lock, which is not re-entrant)",
            )),
            Some(reentrant) => Ok(reentrant.value),
            None => Ok(false),
        }
    }

    fn process_by_name(&self, name: &Spanned<String>) -> Result<ProcessId> {
        if let Some(index) = self.declared_processes.get_index_of(&name.value) {
            let position = self.processes.iter().position(|p| p.name == name.value).unwrap_or(index);
            return Ok(ProcessId::from_index(position));
        }
        let known: Vec<&str> = self.declared_processes.iter().map(String::as_str).collect();
        Err(self.context.unknown(name, "process", &known).with_help(
            match closest(&name.value, known.iter().copied()) {
                Some(best) => format!("did you mean `{best}`?"),
                None => "declare it under `processes:`".to_string(),
            },
        ))
    }

    fn loops(&mut self, raw: &IndexMap<Spanned<String>, RawLoop>) -> Result<()> {
        for (name, event_loop) in raw {
            let process = match &event_loop.process {
                Some(process) => self.process_by_name(process)?,
                None => MAIN_PROCESS,
            };
            self.loops.push(LoopDef { name: name.value.clone(), process });
        }
        self.loops_declared = self.loops.len();
        Ok(())
    }

    fn loop_for(&mut self, name: Option<&Spanned<String>>) -> LoopId {
        let name = name.map_or("main", |n| n.value.as_str());
        if let Some(position) = self.loops.iter().position(|l| l.name == name) {
            return LoopId::from_index(position);
        }
        self.loops.push(LoopDef { name: name.to_string(), process: MAIN_PROCESS });
        LoopId::from_index(self.loops.len() - 1)
    }

    /// First pass: every task (and pool copy) gets its id and process, so ops can name any task.
    fn declare_tasks(&mut self, raw: &Spanned<IndexMap<Spanned<String>, RawTask>>) -> Result<()> {
        if raw.value.is_empty() {
            return Err(self.context.error(&raw.referenced, "a scenario needs at least one task"));
        }
        for (name, task) in &raw.value {
            if !valid_name(&name.value, true) {
                return Err(self
                    .context
                    .error(&name.referenced, format!("`{}` is not a valid task name", name.value))
                    .with_help("use letters, digits, `-` and `_`"));
            }
            let kind = match task.kind.as_ref().map(|k| k.value) {
                None | Some(RawKind::Thread) => TaskKind::Thread,
                Some(RawKind::Coroutine) => TaskKind::Coroutine,
                Some(RawKind::Process) => TaskKind::Process,
                Some(RawKind::Interpreter) => TaskKind::Interpreter,
            };
            let (kind, executor) = self.task_executor(task, kind)?;
            if let Some(event_loop) = &task.event_loop
                && kind != TaskKind::Coroutine
            {
                return Err(self
                    .context
                    .error(&event_loop.referenced, "`loop:` is for coroutines")
                    .with_help("add `kind: coroutine`"));
            }
            if let Some(machine) = &task.machine
                && !matches!(kind, TaskKind::Process | TaskKind::Interpreter)
            {
                return Err(self
                    .context
                    .error(&machine.referenced, "`machine:` places a process; a thread runs where its process runs")
                    .with_help("give the thread's process a `machine:` under `processes:`"));
            }
            if let Some(process) = &task.process
                && kind != TaskKind::Thread
            {
                return Err(self.context.error(
                    &process.referenced,
                    "`process:` places a thread; a process or interpreter task is its own process",
                ));
            }
            let count = match &task.count {
                None => None,
                Some(count) if count.value == 0 || count.value > limits::MAX_TASKS as u64 => {
                    return Err(self
                        .context
                        .error(&count.referenced, format!("`count` is from 1 to {}", limits::MAX_TASKS)));
                }
                Some(count) => Some(count.value as u32),
            };
            let copies = count.unwrap_or(1);
            if self.tasks.len() + copies as usize > limits::MAX_TASKS {
                return Err(self.context.error(
                    &name.referenced,
                    format!("a scenario has at most {} tasks (counting pool copies)", limits::MAX_TASKS),
                ));
            }
            let first = TaskId::from_index(self.tasks.len());
            for copy in 0..copies {
                let copy_name = if count.is_some() { format!("{}-{copy}", name.value) } else { name.value.clone() };
                let process = match kind {
                    TaskKind::Thread => match &task.process {
                        Some(process) => self.process_by_name(process)?,
                        None => MAIN_PROCESS,
                    },
                    TaskKind::Coroutine => MAIN_PROCESS,
                    TaskKind::Process | TaskKind::Interpreter => {
                        let placement = match &task.machine {
                            Some(_) if kind == TaskKind::Interpreter => {
                                return Err(self.context.error(
                                    &name.referenced,
                                    "an interpreter lives in process `main`; place processes with `machine:`",
                                ));
                            }
                            machine => self.placement(machine.as_ref())?,
                        };
                        self.own_process(&name.referenced, &name.value, &copy_name, placement)?
                    }
                };
                let event_loop = (kind == TaskKind::Coroutine).then(|| self.loop_for(task.event_loop.as_ref()));
                let process = match event_loop {
                    Some(event_loop) => self.loops[event_loop.index()].process,
                    None => process,
                };
                self.tasks.push(TaskDef {
                    name: copy_name,
                    kind,
                    process,
                    event_loop,
                    after: Vec::new(),
                    spawned: task.start.as_ref().is_some_and(|s| s.value == RawStart::Spawned),
                    daemon: task.daemon,
                    priority: task.priority,
                    locals: Vec::new(),
                    local_initial: Vec::new(),
                    program: Vec::new(),
                    lines: Vec::new(),
                    exprs: Vec::new(),
                });
                self.edge_places.push(Vec::new());
                let id = TaskId::from_index(self.tasks.len() - 1);
                if let Some(executor) = executor {
                    self.futures.task_executors.push((id, executor));
                }
                self.process_exit(task, kind, executor.is_some(), id)?;
            }
            let entry = TaskEntry {
                range: TaskRange { first, count: copies },
                spawned: task.start.as_ref().is_some_and(|s| s.value == RawStart::Spawned),
                submitted: false,
            };
            for copy in 0..copies {
                if count.is_some() {
                    let copy_name = format!("{}-{copy}", name.value);
                    if self.entries.contains_key(&copy_name) {
                        return Err(self
                            .context
                            .error(&name.referenced, format!("pool copy `{copy_name}` has the name of another task")));
                    }
                    self.entries.insert(
                        copy_name,
                        TaskEntry {
                            range: TaskRange { first: TaskId(first.0 + copy), count: 1 },
                            spawned: entry.spawned,
                            submitted: false,
                        },
                    );
                }
            }
            if self.entries.insert(name.value.clone(), entry).is_some() {
                return Err(self
                    .context
                    .error(&name.referenced, format!("task `{}` has the name of a pool copy", name.value)));
            }
        }
        Ok(())
    }

    /// `machine: NAME` or `machine: auto`; `None` when not given.
    fn placement(&self, machine: Option<&Spanned<String>>) -> Result<Option<Placement>> {
        let Some(machine) = machine else { return Ok(None) };
        if machine.value == "auto" {
            return Ok(Some(Placement::Auto));
        }
        match self.machine_names.iter().position(|m| *m == machine.value) {
            Some(index) if self.machine_names.len() > 1 || machine.value != "machine" => {
                Ok(Some(Placement::On(index as u32)))
            }
            _ => {
                let known: Vec<&str> = self.machine_names.iter().map(String::as_str).collect();
                Err(self
                    .context
                    .unknown(machine, "machine", &known)
                    .with_help("name a machine of `machines:`, or `auto`"))
            }
        }
    }

    /// A process or interpreter task runs in a process of its own: the `processes:` entry of its name
    /// (its GIL and memory), or a fresh one.
    fn own_process(
        &mut self,
        at: &Location,
        base: &str,
        copy_name: &str,
        placement: Option<Placement>,
    ) -> Result<ProcessId> {
        if let Some(position) = self.processes.iter().position(|p| p.name == copy_name) {
            if let Some(placement) = placement {
                self.processes[position].placement = placement;
            }
            return Ok(ProcessId::from_index(position));
        }
        let template = self.processes.iter().find(|p| p.name == base).cloned();
        if let Some(template) = &template {
            self.count_copied_values(at, base, template)?;
        }
        let mut definition = template.unwrap_or(ProcessDef {
            name: String::new(),
            gil: self.default_gil,
            shared: Vec::new(),
            placement: Placement::On(0),
            arrays: Vec::new(),
            maps: Vec::new(),
        });
        definition.name = copy_name.to_string();
        if let Some(placement) = placement {
            definition.placement = placement;
        }
        self.processes.push(definition);
        Ok(ProcessId::from_index(self.processes.len() - 1))
    }

    /// Each copy of a process (a pool or the instances of a process task) has its own variables,
    /// arrays and maps: their total is bounded, so 10,000 copies of a 100,000-element array are refused
    /// instead of filling the memory.
    fn count_copied_values(&mut self, at: &Location, base: &str, template: &ProcessDef) -> Result<()> {
        let values = template.shared.len()
            + template.arrays.iter().map(|array| array.initial.len()).sum::<usize>()
            + template.maps.iter().map(|map| map.initial.len()).sum::<usize>();
        self.copied_values += values as u64;
        if self.copied_values > limits::MAX_COPIED_SHARED_VALUES {
            return Err(self.context.error(
                at,
                format!(
                    "copies of process `{base}` come to more than {} shared values in all (each copy has its own {values})",
                    limits::MAX_COPIED_SHARED_VALUES
                ),
            ).with_help("use fewer copies, or keep the large arrays in a process the copies share through queues"));
        }
        Ok(())
    }

    fn task_names(&self) -> Vec<&str> {
        self.entries.keys().map(String::as_str).collect()
    }

    fn resolve_task(&self, name: &Spanned<String>) -> Result<TaskEntry> {
        self.entries.get(&name.value).copied().ok_or_else(|| self.context.unknown(name, "task", &self.task_names()))
    }

    fn compile_tasks(&mut self, raw: &Spanned<IndexMap<Spanned<String>, RawTask>>) -> Result<()> {
        let mut edges = 0u64;
        // With a `try` anywhere, a job's exception (its own fault too) goes to its future, where a
        // handler may catch it; without one, a fault ends the run as it always did.
        let any_try = raw.value.values().any(|task| crate::lower::has_try(&task.ops));
        for (name, task) in &raw.value {
            let entry = self.entries[&name.value];
            let mut after = Vec::new();
            for before in &task.after {
                let target = self.resolve_task(before)?;
                if target.submitted {
                    return Err(self.submitted_by_name(before));
                }
                // Every copy of this task waits for every copy of the target: pools multiply.
                edges += u64::from(entry.range.count) * u64::from(target.range.count);
                if edges > limits::MAX_AFTER_EDGES {
                    return Err(self
                        .context
                        .error(
                            &before.referenced,
                            format!(
                                "`after` edges come to more than {} here (each of the {} copies of `{}` waits for each of the {} copies of `{}`)",
                                limits::MAX_AFTER_EDGES,
                                entry.range.count,
                                name.value,
                                target.range.count,
                                before.value
                            ),
                        )
                        .with_help("let one task wait for the first pool and the second pool wait for that task"));
                }
                for id in target.range.iter() {
                    after.push((id, before.referenced));
                }
            }
            for copy in 0..entry.range.count {
                let id = TaskId(entry.range.first.0 + copy);
                let me = task.count.is_some().then_some(i64::from(copy));
                let parameters = match self.instances_of.get(&name.value) {
                    Some(&instances) => self.futures.instances[instances.index()].parameters.clone(),
                    None => Vec::new(),
                };
                let instance = any_try && self.instances_of.contains_key(&name.value);
                let compiled = crate::lower::lower_task(self, id, me, &parameters, &task.ops, instance)?;
                self.count_instructions(
                    &name.referenced,
                    &name.value,
                    compiled.program.len(),
                    u64::from(entry.range.count - copy),
                )?;
                // A job that raises (CancelledError, or a fault of weft's own its future keeps) leaves its
                // `with` blocks on the way out, releasing their locks.
                self.keep_exit_with_blocks(id, &compiled.with_blocks);
                if let Some(&instances) = self.instances_of.get(&name.value) {
                    self.futures.instances[instances.index()].with_blocks = compiled.with_blocks;
                }
                let timed_puts = compiled.timed_puts.iter().map(|&(pc, patience)| TimedPut { task: id, pc, patience });
                self.sync.timed_puts.extend(timed_puts);
                self.futures.handlers.extend(compiled.handlers);
                self.futures.exception_values |= compiled.exception_values;
                let definition = &mut self.tasks[id.index()];
                definition.after = after.iter().map(|(t, _)| *t).collect();
                definition.locals = compiled.locals;
                definition.local_initial = compiled.local_initial;
                definition.program = compiled.program;
                definition.lines = compiled.lines;
                definition.exprs = compiled.exprs;
                self.edge_places[id.index()] = after.clone();
            }
        }
        for (queue, users) in self.queue_users.iter().enumerate() {
            self.queues[queue].crosses_processes = users.len() > 1;
        }
        Ok(())
    }

    /// Adds one copy's program to the scenario's total, refusing it once the copies still to lower
    /// (this one included, each about as long) would pass [`limits::MAX_TOTAL_INSTRUCTIONS`]: a pool of
    /// 10,000 copies of a 100,000-instruction program would otherwise take minutes and gigabytes.
    fn count_instructions(&mut self, at: &Location, name: &str, program_len: usize, copies_left: u64) -> Result<()> {
        let coming = program_len as u64 * copies_left;
        if self.instructions_total + coming > limits::MAX_TOTAL_INSTRUCTIONS {
            return Err(self
                .context
                .error(
                    at,
                    format!(
                        "the tasks' programs come to more than {} instructions in all (`{}` has {} instructions{})",
                        limits::MAX_TOTAL_INSTRUCTIONS,
                        name,
                        program_len,
                        if copies_left > 1 { format!(" in each of {copies_left} copies") } else { String::new() }
                    ),
                )
                .with_help(
                    "use fewer copies (`count`), a `repeat` instead of written-out steps, or smaller local arrays",
                ));
        }
        self.instructions_total += program_len as u64;
        Ok(())
    }

    fn check_cycles(&self) -> Result<()> {
        let graph = crate::graph::TaskGraph::build(&self.tasks);
        if let Some(cycle) = graph.after_cycle() {
            let names: Vec<&str> = cycle.iter().map(|t| self.tasks[t.index()].name.as_str()).collect();
            let first = cycle[0];
            let next = cycle.get(1).copied().unwrap_or(first);
            let place = self.edge_places[next.index()]
                .iter()
                .find(|(t, _)| *t == first)
                .map(|(_, l)| *l)
                .unwrap_or(serde_saphyr::Location::UNKNOWN);
            let mut path = names.join(" -> ");
            path.push_str(&format!(" -> {}", names[0]));
            return Err(self
                .context
                .error(&place, format!("`after` edges form a cycle: {path}"))
                .with_help("a task cannot wait, directly or through others, for itself"));
        }
        Ok(())
    }

    fn expectations(&mut self, raw: &[Spanned<String>]) -> Result<()> {
        for line in raw {
            let ast = parse_expression(&line.value)
                .map_err(|e| self.context.error_in_scalar(&line.referenced, e.at, e.message))?;
            let mut ops = Vec::new();
            crate::lower::lower_pure(&ast, &mut ops, &mut ExpectationOperands { builder: self, line })?;
            if sim_core::expr::stack_depth(&ops) > limits::MAX_EXPRESSION_DEPTH {
                return Err(self.context.error(&line.referenced, "expression too deep"));
            }
            self.expectations.push(Expectation {
                expr: Expr { ops, text: line.value.trim().to_string() },
                line: line.referenced.line() as u32,
            });
        }
        Ok(())
    }

    fn finish(self, name: String, machines: Vec<MachineDef>, network: Network) -> Model {
        let mut sorted_by_task = self.futures.task_executors.clone();
        sorted_by_task.sort();
        let asyncio = self.asyncio_defs();
        let programs = || self.tasks.iter().map(|task| task.program.as_slice());
        let future_state_reads = FutureDefs::reads_future_states(programs());
        let job_pick_ups = FutureDefs::may_cancel_jobs(programs()) || future_state_reads;
        Model {
            name,
            machine: self.machine,
            scheduler: self.scheduler,
            processes: self.processes,
            locks: self.locks,
            queues: self.queues,
            barriers: self.barriers,
            loops: self.loops,
            tasks: self.tasks,
            expectations: self.expectations,
            machines,
            network,
            sync: self.sync,
            futures: FutureDefs {
                asyncio,
                task_executors: sorted_by_task,
                job_pick_ups,
                future_state_reads,
                ..self.futures
            },
            strings: Vec::new(),
            choice_values: self.choice_values,
            sampled_choices: self.sampled_choices,
            process_exits: self.process_exits,
        }
    }

    /// A submitted task is not waited for, joined or killed by its name: each instance has a future.
    fn submitted_by_name(&self, name: &Spanned<String>) -> Diagnostic {
        self.context
            .error(&name.referenced, format!("`{}` is started by `submit`: each instance has a future", name.value))
            .with_help("wait for an instance with `result: { future: f }`, stop one with `cancel: f`")
    }
}

#[derive(Default)]
struct ProcessMemory {
    scalars: Vec<SharedVar>,
    arrays: Vec<SharedArray>,
    maps: Vec<SharedMap>,
}

/// The names of a primitive or of the elements of an array of them.
fn element_names(name: &str, count: Option<u32>) -> Vec<String> {
    match count {
        None => vec![name.to_string()],
        Some(count) => (0..count).map(|k| format!("{name}[{k}]")).collect(),
    }
}

/// The operands of an `expect` line: the final state, read directly (`v` is main's, `P.v` process P's).
struct ExpectationOperands<'b, 'c, 'a> {
    builder: &'b ModelBuilder<'c, 'a>,
    line: &'b Spanned<String>,
}

impl ExpectationOperands<'_, '_, '_> {
    fn error(&self, at: usize, message: impl Into<String>) -> Diagnostic {
        self.builder.context.error_in_scalar(&self.line.referenced, at, message)
    }

    /// `P.v` or `v` (process `main`) as a process and a name.
    fn process_of(&self, name: &str, at: usize) -> Result<(ProcessId, String)> {
        let (process, var) = name.split_once('.').unwrap_or(("main", name));
        let processes = &self.builder.processes;
        let Some(index) = processes.iter().position(|p| p.name == process) else {
            let known: Vec<&str> = processes.iter().map(|p| p.name.as_str()).collect();
            let mut error = self.error(at, format!("unknown process `{process}`"));
            if let Some(best) = closest(process, known.iter().copied()) {
                error = error.with_help(format!("did you mean `{best}`?"));
            }
            return Err(error);
        };
        Ok((ProcessId::from_index(index), var.to_string()))
    }

    fn not_shared(&self, name: &str, at: usize, process: ProcessId, var: &str) -> Diagnostic {
        let definition = &self.builder.processes[process.index()];
        let known: Vec<&str> = definition
            .shared
            .iter()
            .map(|v| v.name.as_str())
            .chain(definition.arrays.iter().map(|a| a.name.as_str()))
            .chain(definition.maps.iter().map(|m| m.name.as_str()))
            .collect();
        let mut error = self.error(at, format!("`{name}` is not a shared variable of process `{}`", definition.name));
        if let Some(best) = closest(var, known.iter().copied()) {
            error = error.with_help(format!("did you mean `{best}`?"));
        }
        error
    }
}

impl crate::lower::Operands for ExpectationOperands<'_, '_, '_> {
    fn leaf(&mut self, ast: &Ast, ops: &mut Vec<ExprOp>) -> Result<()> {
        let builder = self.builder;
        match ast {
            Ast::Name { name, at } => {
                let (process, var) = self.process_of(name, *at)?;
                let shared = &builder.processes[process.index()].shared;
                let Some(index) = shared.iter().position(|v| v.name == var) else {
                    return Err(self.not_shared(name, *at, process, &var));
                };
                ops.push(ExprOp::Shared(process, VarId::from_index(index)));
                Ok(())
            }
            Ast::Len { queue, at } => {
                if let Ok((process, var)) = self.process_of(queue, *at) {
                    let definition = &builder.processes[process.index()];
                    if let Some(array) = definition.arrays.iter().find(|a| a.name == var) {
                        ops.push(ExprOp::Const(array.initial.len() as i64));
                        return Ok(());
                    }
                    if let Some(map) = definition.maps.iter().position(|m| m.name == var) {
                        ops.push(ExprOp::MapLen(process, MapId::from_index(map)));
                        return Ok(());
                    }
                    // A shared variable's value: a string's length (TypeError of an integer).
                    if let Some(index) = definition.shared.iter().position(|v| v.name == var) {
                        ops.push(ExprOp::Shared(process, VarId::from_index(index)));
                        ops.push(ExprOp::Len);
                        return Ok(());
                    }
                }
                let index = builder
                    .queues
                    .iter()
                    .position(|q| &q.name == queue)
                    .ok_or_else(|| self.error(*at, format!("unknown queue `{queue}`")))?;
                ops.push(ExprOp::QueueLen(QueueId::from_index(index)));
                Ok(())
            }
            Ast::Index { name, at, index } => {
                if let Some(group) = builder.groups[PrimitiveKind::Event as usize].get(name.as_str()) {
                    return Err(self
                        .error(*at, format!("`{name}` is an event; read it with `is_set({name}[i])`"))
                        .with_help(format!("it has {} elements", group.count.unwrap_or(1))));
                }
                let (process, var) = self.process_of(name, *at)?;
                let definition = &builder.processes[process.index()];
                let op = if let Some(array) = definition.arrays.iter().position(|a| a.name == var) {
                    ExprOp::Element(process, ArrayId::from_index(array))
                } else if let Some(map) = definition.maps.iter().position(|m| m.name == var) {
                    match definition.maps[map].list {
                        true => ExprOp::ListItem(process, MapId::from_index(map)),
                        false => ExprOp::MapValue(process, MapId::from_index(map)),
                    }
                } else {
                    return Err(self.not_shared(name, *at, process, &var));
                };
                crate::lower::lower_pure(index, ops, self)?;
                ops.push(op);
                Ok(())
            }
            Ast::Call { function: Function::Has, at, args } => {
                let Ast::Name { name, .. } = &args[0] else {
                    return Err(self.error(*at, "`has(m, k)` takes the name of a shared map first"));
                };
                let (process, var) = self.process_of(name, *at)?;
                let Some(map) = builder.processes[process.index()].maps.iter().position(|m| m.name == var) else {
                    return Err(self.error(*at, format!("`{name}` is not a shared map")));
                };
                crate::lower::lower_pure(&args[1], ops, self)?;
                ops.push(ExprOp::MapHas(process, MapId::from_index(map)));
                Ok(())
            }
            Ast::Call { function: Function::IsSet, at, args } => {
                let (name, index) = match &args[0] {
                    Ast::Name { name, .. } => (name, None),
                    Ast::Index { name, index, .. } => (name, Some(index.as_ref())),
                    _ => return Err(self.error(*at, "`is_set(E)` takes the name of an event")),
                };
                let Some(&group) = builder.groups[PrimitiveKind::Event as usize].get(name.as_str()) else {
                    let known: Vec<&str> =
                        builder.groups[PrimitiveKind::Event as usize].keys().map(String::as_str).collect();
                    let mut error = self.error(*at, format!("unknown event `{name}`"));
                    if let Some(best) = closest(name, known.iter().copied()) {
                        error = error.with_help(format!("did you mean `{best}`?"));
                    }
                    return Err(error);
                };
                match (group.count, index) {
                    (None, None) => ops.push(ExprOp::Const(0)),
                    (Some(_), Some(index)) => crate::lower::lower_pure(index, ops, self)?,
                    (None, Some(_)) => return Err(self.error(*at, format!("`{name}` is one event, not an array"))),
                    (Some(count), None) => {
                        return Err(self.error(*at, format!("`{name}` is an array of {count} events; name one")));
                    }
                }
                ops.push(ExprOp::EventIsSet { first: group.first, count: group.count.unwrap_or(1) });
                Ok(())
            }
            Ast::Call { function: Function::Locked, at, .. } => Err(self
                .error(*at, "`locked(L)` reads a lock in a task's steps, not in `expect`")
                .with_help("read it in a task (`let: \"held = locked(L)\"`) and check what the task kept")),
            Ast::Call { function: Function::NowNs, at, .. } => Err(self
                .error(*at, "`now_ns()` reads the clock in a task's steps, not in `expect`")
                .with_help("read it in a task (`let: \"t = now_ns()\"`) and check what the task computed from it")),
            Ast::Call { function, at, .. } if function.reads_entries() => Err(self
                .error(*at, format!("`{}` reads a map in a task's steps, not in `expect`", function.name()))
                .with_help("compute it in a task (the Python import does so in `main`) and check the task's result")),
            _ => unreachable!("lower_pure passes only leaves"),
        }
    }

    fn file_context(&self) -> &Context<'_> {
        self.builder.context
    }

    fn error_in_expression(&self, at: usize, message: String) -> Diagnostic {
        self.error(at, message)
    }
}

/// What lowering needs from the builder: names of locks, queues, barriers and tasks.
impl crate::lower::Names for ModelBuilder<'_, '_> {
    fn context(&self) -> &Context<'_> {
        self.context
    }

    fn process_of(&self, task: TaskId) -> ProcessId {
        self.tasks[task.index()].process
    }

    fn task_kind(&self, task: TaskId) -> TaskKind {
        self.tasks[task.index()].kind
    }

    fn shared_var(&self, process: ProcessId, name: &str) -> Option<VarId> {
        self.processes[process.index()].shared.iter().position(|v| v.name == name).map(VarId::from_index)
    }

    fn shared_starts_as_none(&self, process: ProcessId, name: &str) -> bool {
        let definition = &self.processes[process.index()];
        definition.shared.iter().any(|v| v.name == name && v.initial == sim_core::expr::NONE)
    }

    fn shared_memory_var(&self, name: &str) -> Option<VarId> {
        let memory = self.processes[MAIN_PROCESS.index()].shared.get(self.shared_memory_first..).unwrap_or_default();
        memory.iter().position(|v| v.name == name).map(|index| VarId::from_index(self.shared_memory_first + index))
    }

    fn shared_names(&self, process: ProcessId) -> Vec<String> {
        let definition = &self.processes[process.index()];
        let scalars = definition.shared.iter().map(|v| v.name.clone());
        let arrays = definition.arrays.iter().map(|a| a.name.clone());
        let mut names: Vec<String> =
            scalars.chain(arrays).chain(definition.maps.iter().map(|m| m.name.clone())).collect();
        if process != MAIN_PROCESS {
            let memory =
                self.processes[MAIN_PROCESS.index()].shared.get(self.shared_memory_first..).unwrap_or_default();
            names.extend(memory.iter().map(|v| v.name.clone()));
        }
        names
    }

    fn shared_array(&self, process: ProcessId, name: &str) -> Option<(ArrayId, usize)> {
        let arrays = &self.processes[process.index()].arrays;
        arrays
            .iter()
            .position(|a| a.name == name)
            .map(|index| (ArrayId::from_index(index), arrays[index].initial.len()))
    }

    fn shared_map(&self, process: ProcessId, name: &str) -> Option<MapId> {
        self.processes[process.index()].maps.iter().position(|m| m.name == name).map(MapId::from_index)
    }

    fn primitive(&mut self, kind: PrimitiveKind, name: &Spanned<String>) -> Result<Group> {
        if let Some(&group) = self.groups[kind as usize].get(&name.value) {
            return Ok(group);
        }
        // Latest kind first: a condition's own lock has the condition's name, and is named as a condition.
        let declared_elsewhere =
            PrimitiveKind::ALL.into_iter().rev().find(|&other| self.groups[other as usize].contains_key(&name.value));
        if kind == PrimitiveKind::Lock && !self.locks_declared && declared_elsewhere.is_none() {
            // Format 1.0: a lock may be used without declaring it.
            if !valid_name(&name.value, true) {
                return Err(self.context.error(&name.referenced, format!("`{}` is not a valid lock name", name.value)));
            }
            return Ok(self.add_locks(&name.value, None, false));
        }
        if let Some(other) = declared_elsewhere {
            return Err(self.context.error(
                &name.referenced,
                format!("`{}` is {}, not {}", name.value, other.with_article(), kind.with_article()),
            ));
        }
        let known: Vec<&str> = self.groups[kind as usize].keys().map(String::as_str).collect();
        let error = self.context.unknown(name, kind.as_str(), &known);
        Err(if known.is_empty() && kind != PrimitiveKind::Lock {
            error.with_help(format!("declare it under `{}:`", kind.plural()))
        } else {
            error
        })
    }

    fn primitive_kind_of(&self, name: &str) -> Option<PrimitiveKind> {
        PrimitiveKind::ALL.into_iter().find(|&kind| self.groups[kind as usize].contains_key(name))
    }

    fn queue(&mut self, name: &str, user: ProcessId) -> std::result::Result<QueueId, (String, Option<String>)> {
        let position = match self.queues.iter().position(|q| q.name == name) {
            Some(position) => position,
            None if self.queues_declared => {
                let known: Vec<&str> = self.queues.iter().map(|q| q.name.as_str()).collect();
                let help = closest(name, known.iter().copied()).map(|best| format!("did you mean `{best}`?"));
                return Err((
                    format!("unknown queue `{name}`"),
                    help.or(Some("declare it under `queues:`".to_string())),
                ));
            }
            None => {
                if !valid_name(name, true) {
                    return Err((format!("`{name}` is not a valid queue name"), None));
                }
                self.queues.push(QueueDef {
                    name: name.to_string(),
                    capacity: 0,
                    ipc_cost_ns: 0,
                    crosses_processes: false,
                    order: QueueOrder::Fifo,
                });
                self.queue_users.push(IndexSet::new());
                self.queues.len() - 1
            }
        };
        self.queue_users[position].insert(user);
        Ok(QueueId::from_index(position))
    }

    fn barrier(&mut self, name: &Spanned<String>, parties: &Spanned<u64>) -> Result<BarrierId> {
        if parties.value == 0 || parties.value > limits::MAX_TASKS as u64 {
            return Err(self
                .context
                .error(&parties.referenced, format!("`parties` is from 1 to {}", limits::MAX_TASKS)));
        }
        if let Some(position) = self.barriers.iter().position(|b| b.name == name.value) {
            if u64::from(self.barriers[position].parties) != parties.value {
                return Err(self.context.error(
                    &parties.referenced,
                    format!(
                        "barrier `{}` was used with {} parties elsewhere",
                        name.value, self.barriers[position].parties
                    ),
                ));
            }
            return Ok(BarrierId::from_index(position));
        }
        self.barriers.push(BarrierDef { name: name.value.clone(), parties: parties.value as u32 });
        Ok(BarrierId::from_index(self.barriers.len() - 1))
    }

    fn task(&self, name: &Spanned<String>) -> Result<(TaskRange, bool)> {
        let entry = self.resolve_task(name)?;
        if entry.submitted {
            return Err(self.submitted_by_name(name));
        }
        Ok((entry.range, entry.spawned))
    }

    fn instances(&self, name: &Spanned<String>) -> Result<(InstancesId, Vec<String>)> {
        self.instances_named(name)
    }

    fn instances_kind(&self, instances: InstancesId) -> TaskKind {
        let first = self.futures.instances[instances.index()].slots[0];
        self.tasks[first.index()].kind
    }

    fn add_choice(&mut self, values: &[i64], sampled: bool) -> std::result::Result<u32, String> {
        self.sampled_choices += u32::from(sampled);
        if let Some(&first) = self.choices.get(values) {
            return Ok(first);
        }
        let most = limits::MAX_TOTAL_CHOICE_VALUES;
        if self.choice_values.len() + values.len() > most {
            return Err(format!("the choices of a file hold at most {most} values in all"));
        }
        let first = self.choice_values.len() as u32;
        self.choice_values.extend_from_slice(values);
        self.choices.insert(values.to_vec(), first);
        Ok(first)
    }

    fn add_submit(&mut self, submit: SubmitDef) -> SubmitId {
        self.futures.submits.push(submit);
        SubmitId::from_index(self.futures.submits.len() - 1)
    }

    fn add_wait(&mut self, wait: FutureWaitDef) -> FutureWaitId {
        self.futures.waits.push(wait);
        FutureWaitId::from_index(self.futures.waits.len() - 1)
    }

    fn queue_is_asyncio(&self, queue: QueueId) -> bool {
        self.asyncio_queues.contains(&queue)
    }

    fn exception(&mut self, name: &str) -> ExceptionId {
        self.intern_exception(name)
    }

    fn executor(&self, name: &Spanned<String>) -> Result<ExecutorId> {
        self.executor_named(name)
    }

    fn default_executor(&self, event_loop: &Spanned<String>) -> Result<ExecutorId> {
        self.default_executor_of(event_loop)
    }
}

impl ModelBuilder<'_, '_> {
    fn intern_exception(&mut self, name: &str) -> ExceptionId {
        let exceptions = &mut self.futures.exceptions;
        let index = exceptions.iter().position(|known| known == name).unwrap_or_else(|| {
            exceptions.push(name.to_string());
            exceptions.len() - 1
        });
        ExceptionId::from_index(index)
    }
}

impl ModelBuilder<'_, '_> {
    /// `exceptions:`: the program's own classes, each with a base that is built in or declared above it
    /// (so the hierarchy has no cycle).
    fn exception_classes(&mut self, raw: &IndexMap<Name, crate::raw::RawExceptionDecl>) -> Result<()> {
        let builtin = |name: &str| {
            name == "BaseException" || sim_core::exceptions::BUILTIN_EXCEPTIONS.iter().any(|(class, _)| *class == name)
        };
        for (name, declaration) in raw {
            let identifier = name.value.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && name.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !identifier {
                return Err(self.context.error(&name.referenced, format!("`{}` is not a class name", name.value)));
            }
            if builtin(&name.value) {
                return Err(self.context.error(
                    &name.referenced,
                    format!("`{}` is a built-in class; it needs no declaration", name.value),
                ));
            }
            let base = &declaration.base;
            let declared = self
                .futures
                .exception_bases
                .iter()
                .any(|(class, _)| self.futures.exceptions[class.index()] == base.value);
            if !builtin(&base.value) && !declared {
                return Err(self
                    .context
                    .error(&base.referenced, format!("`{}` is neither a built-in class nor declared above", base.value))
                    .with_help("declare a base before the classes that derive from it, or derive from `Exception`"));
            }
            let class = self.intern_exception(&name.value);
            let base = self.intern_exception(&base.value);
            self.futures.exception_bases.push((class, base));
        }
        Ok(())
    }

    /// A scenario with `try` blocks names every built-in class, after its own: a fault the engine
    /// raises (a missing key: KeyError) finds its class by name when a handler may catch it.
    fn name_builtin_exceptions(&mut self) {
        if self.futures.handlers.is_empty() {
            return;
        }
        self.intern_exception("BaseException");
        for (class, _) in sim_core::exceptions::BUILTIN_EXCEPTIONS {
            self.intern_exception(class);
        }
    }
}
