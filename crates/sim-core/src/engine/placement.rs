//! The distributed tier's placement: which machine a process runs on, and what crossing the network to
//! start a task costs. Shared by both drivers.

use super::driver::Driver;
use super::run::Run;
use crate::model::{Placement, TaskId, TaskKind};

/// Places a starting task's process if it is `auto`: on the machine with the most idle cores, counting
/// the threads already placed there and not finished (ties: declaration order), as a dask-like scheduler
/// would. Counts the task's thread on its machine either way.
#[inline]
pub(super) fn place<D: Driver>(run: &mut Run<'_, '_, D>, task: TaskId) {
    let definition = &run.model.tasks[task.index()];
    let process = definition.process.index();
    if run.state.world.process_machine[process].is_none() {
        assert_eq!(run.model.processes[process].placement, Placement::Auto);
        let best = run
            .model
            .machines
            .iter()
            .enumerate()
            .max_by_key(|&(index, machine)| {
                (i64::from(machine.cores) - run.state.world.machine_load[index], std::cmp::Reverse(index))
            })
            .map_or(0, |(index, _)| index as u32);
        run.state.world.process_machine[process] = Some(best);
    }
    if definition.kind != TaskKind::Coroutine {
        let machine = run.state.world.process_machine[process].unwrap_or(0) as usize;
        if let Some(load) = run.state.world.machine_load.get_mut(machine) {
            *load += 1;
        }
    }
}

/// The network latency before a task may start: paid when one of its `after` tasks ran on another
/// machine.
#[inline]
pub(super) fn after_edge_latency<D: Driver>(run: &Run<'_, '_, D>, task: TaskId) -> u64 {
    if run.model.tasks[task.index()].after.is_empty() {
        return 0;
    }
    let machine = run.machine_of_task(task);
    let crosses = run.model.tasks[task.index()].after.iter().any(|&before| run.machine_of_task(before) != machine);
    if crosses { run.model.network.latency_ns } else { 0 }
}
