//! Settings: the one path for everything a flag (`weft run --cores N --policy P`) or a what-if
//! (`weft compare --set KEY=V1,V2`) can change. A setting is applied to the file as written, before it
//! is checked, so it gets exactly the validation the same key in the file would. The policy is the
//! exception: it belongs to the run, not to the model (a schedule token's fingerprint names the file as
//! written), so it is checked here and picked by [`policy_of`].

use serde_saphyr::{Location, Spanned};

use crate::duration::{Duration, parse_duration};
use crate::raw::*;

/// The keys a setting may name.
pub const KEYS: [&str; 13] = [
    "cores",
    "gil",
    "python",
    "policy",
    "switch_interval",
    "check_interval",
    "handoff_latency",
    "quantum",
    "context_switch",
    "jitter",
    "time_window",
    "kind",
    "machines",
];

fn spanned<T>(value: T) -> Spanned<T> {
    Spanned::new(value, Location::UNKNOWN, Location::UNKNOWN)
}

fn duration(value: &str) -> Result<Spanned<Duration>, String> {
    parse_duration(value).map(|ns| spanned(Duration(ns)))
}

fn number(key: &str, value: &str) -> Result<u64, String> {
    value.parse().map_err(|_| format!("`{key}` takes a whole number, not `{value}`"))
}

/// The policy a list of settings asks for (the last `policy` wins), if any.
pub fn policy_of(settings: &[(String, String)]) -> Option<&str> {
    settings.iter().rev().find(|(key, _)| key == "policy").map(|(_, value)| value.as_str())
}

/// Refuses a policy weft does not know, naming the closest one.
pub fn check_policy(name: &str) -> Result<(), String> {
    let known = sim_core::policy::BUILT_IN;
    if known.contains(&name) {
        return Ok(());
    }
    let hint =
        crate::diagnostic::closest(name, known).map_or(String::new(), |best| format!(" (did you mean `{best}`?)"));
    Err(format!("unknown policy `{name}`{hint}; one of: {}", known.join(", ")))
}

fn empty_machine() -> RawMachine {
    RawMachine {
        cores: None,
        context_switch: None,
        thread_spawn: None,
        process_spawn: None,
        interpreter_spawn: None,
        process_fork: None,
        process_pool_handoff: None,
        process_pool_shutdown: None,
    }
}

/// Changes every machine: each of `machines:`, or the single `machine:` (written if absent).
fn for_each_machine(raw: &mut RawScenario, change: impl Fn(&mut RawMachine)) {
    match &mut raw.machines {
        Some(machines) => machines.value.values_mut().for_each(change),
        None => change(raw.machine.get_or_insert_with(empty_machine)),
    }
}

/// Applies `key = value` to the raw scenario. Machine keys (`cores`, `context_switch`) apply to every
/// machine, so `cores = N` on a file with `machines:` gives each machine N cores.
pub fn apply(raw: &mut RawScenario, key: &str, value: &str) -> Result<(), String> {
    let runtime = || RawRuntime {
        python: None,
        gil: None,
        switch_interval: None,
        check_interval: None,
        handoff_latency: None,
        thread_start: None,
    };
    let scheduler = || RawScheduler {
        policy: None,
        quantum: None,
        jitter: None,
        depth: None,
        timeouts: None,
        time_window: None,
        step_cost: None,
        loop_order: None,
        thread_polls: None,
    };
    match key {
        "cores" => {
            let cores = number(key, value)?;
            for_each_machine(raw, |machine| machine.cores = Some(spanned(cores)));
        }
        "machines" => {
            // N copies of the first machine; the first keeps its name, so placements on it still hold.
            let count = number(key, value)?;
            if count == 0 || count > sim_core::limits::MAX_MACHINES {
                return Err(format!("`machines` is from 1 to {}", sim_core::limits::MAX_MACHINES));
            }
            let (name, first) = match (raw.machines.take(), raw.machine.take()) {
                (Some(machines), _) => machines.value.into_iter().next().ok_or("`machines:` names no machine")?,
                (None, Some(single)) => ("machine".to_string(), single),
                (None, None) => ("machine".to_string(), empty_machine()),
            };
            let mut copies = indexmap::IndexMap::new();
            for index in 0..count {
                let copy_name = if index == 0 { name.clone() } else { format!("{name}-{index}") };
                copies.insert(copy_name, first.clone());
            }
            raw.machines = Some(spanned(copies));
        }
        "context_switch" => {
            let switch = duration(value)?;
            for_each_machine(raw, |machine| machine.context_switch = Some(switch.clone()));
        }
        "gil" => {
            let mode = match value {
                "new" => RawGil::New,
                "old" => RawGil::Old,
                "none" => RawGil::None,
                _ => return Err(format!("`gil` is new, old or none, not `{value}`")),
            };
            raw.runtime.get_or_insert_with(runtime).gil = Some(spanned(mode));
            for process in raw.processes.values_mut() {
                process.gil = None;
            }
        }
        "switch_interval" => raw.runtime.get_or_insert_with(runtime).switch_interval = Some(duration(value)?),
        "handoff_latency" => raw.runtime.get_or_insert_with(runtime).handoff_latency = Some(duration(value)?),
        "python" => {
            let runtime = raw.runtime.get_or_insert_with(runtime);
            runtime.python = Some(spanned(value.to_string()));
            runtime.gil = None;
        }
        "check_interval" => raw.runtime.get_or_insert_with(runtime).check_interval = Some(duration(value)?),
        // The run's, not the model's: see the module's comment.
        "policy" => check_policy(value)?,
        "quantum" => raw.scheduler.get_or_insert_with(scheduler).quantum = Some(duration(value)?),
        "jitter" => raw.scheduler.get_or_insert_with(scheduler).jitter = Some(spanned(number(key, value)?)),
        "time_window" => raw.scheduler.get_or_insert_with(scheduler).time_window = Some(duration(value)?),
        "kind" => {
            let kind = match value {
                "thread" => RawKind::Thread,
                "process" => RawKind::Process,
                "coroutine" => RawKind::Coroutine,
                "interpreter" => RawKind::Interpreter,
                _ => return Err(format!("`kind` is thread, process, coroutine or interpreter, not `{value}`")),
            };
            // The workers change kind: the pools (tasks with `count`), or every task when there is no pool.
            let has_pools = raw.tasks.value.values().any(|t| t.count.is_some());
            for task in raw.tasks.value.values_mut().filter(|t| !has_pools || t.count.is_some()) {
                task.kind = Some(spanned(kind));
                task.process = None;
                if kind != RawKind::Coroutine {
                    task.event_loop = None;
                }
            }
        }
        _ => {
            let hint =
                crate::diagnostic::closest(key, KEYS).map_or(String::new(), |k| format!(" (did you mean `{k}`?)"));
            return Err(format!("unknown setting `{key}`{hint}; one of: {}", KEYS.join(", ")));
        }
    }
    Ok(())
}
