//! The timed driver's side of the Driver seam: what happens when the shared step semantics start,
//! wake or kill a task.

use super::super::driver::Driver;
use super::super::state::*;
use super::dispatch::{begin_task, drive};
use super::event_loop::{stop_running, wake_loop};
use super::gil::end_thread;
use super::thread_starts::{note_starter, wake_starter};
use super::threads::{cut_work, make_ready};
use super::{Timed, TimedRun};
use crate::model::*;

impl Driver for Timed {
    const TIME_IS_PROGRESS: bool = true;

    fn on_timed_wait(run: &mut TimedRun<'_, '_>, task: TaskId, timeout_ns: Nanos, generation: u64) {
        let at = run.state.progress.now_ns.saturating_add(timeout_ns);
        run.state.timed.schedule(at, EventKind::WaitTimeout { task, generation });
    }

    fn spawner_waits_for(run: &mut TimedRun<'_, '_>, spawner: TaskId, child: TaskId) -> bool {
        note_starter(run, spawner, child)
    }

    fn on_cancel_sleep(run: &mut TimedRun<'_, '_>, task: TaskId, _by: TaskId) {
        let Some(event_loop) = run.model.tasks[task.index()].event_loop else { return };
        let state = &mut run.state.timed.loops[event_loop.index()];
        let timers = state.timers.len();
        state.timers.retain(|&std::cmp::Reverse((_, _, sleeper))| sleeper != task);
        if state.timers.len() == timers {
            return;
        }
        state.ready.push_back(task);
        run.state.timed.task_ready_since_ns[task.index()] = run.state.progress.now_ns;
        wake_loop(run, event_loop);
    }

    fn drive(run: &mut TimedRun<'_, '_>) {
        drive(run);
    }

    fn task_now(run: &TimedRun<'_, '_>, _task: TaskId) -> Nanos {
        run.state.progress.now_ns
    }

    fn on_start(run: &mut TimedRun<'_, '_>, task: TaskId) {
        super::super::placement::place(run, task);
        let delay = super::super::placement::after_edge_latency(run, task);
        if delay > 0 {
            // The news that its dependencies finished crosses the network first.
            run.state.observers.metrics.network_ns += delay;
            let at = run.state.progress.now_ns + delay;
            run.state.timed.schedule(at, EventKind::Start { task });
            return;
        }
        begin_task(run, task);
    }

    fn on_unblock(run: &mut TimedRun<'_, '_>, task: TaskId, _waker: TaskId) {
        if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
            if holds_blocked_loop(run, task, event_loop) {
                // Its loop's thread was blocked with it: the thread goes on with this very coroutine.
                let thread = run.state.timed.loops[event_loop.index()].thread;
                make_ready(run, thread);
                return;
            }
            run.state.timed.loops[event_loop.index()].ready.push_back(task);
            run.state.timed.task_ready_since_ns[task.index()] = run.state.progress.now_ns;
            wake_loop(run, event_loop);
            return;
        }
        let thread = run.state.timed.task_threads[task.index()].expect("a non-coroutine task has a thread");
        // Handed an item from another machine, it arrives after the network delay; and the OS wakes the
        // thread sleeping on the primitive only after its wake-up latency.
        let network = std::mem::take(&mut run.state.world.tasks[task.index()].network_delay_ns);
        let delay = network + run.wakeup_latency_ns(task);
        if run.state.timed.threads[thread as usize].phase == ThreadPhase::Blocked {
            if delay > 0 {
                let now = run.state.progress.now_ns;
                let state = &mut run.state.timed.threads[thread as usize];
                state.generation += 1;
                let generation = state.generation;
                run.state.timed.schedule(now + delay, EventKind::Wake { thread, generation });
                return;
            }
            make_ready(run, thread);
        }
    }

    fn on_kill(run: &mut TimedRun<'_, '_>, task: TaskId) {
        if let Some(event_loop) = run.model.tasks[task.index()].event_loop {
            if holds_blocked_loop(run, task, event_loop) {
                // The loop's thread is freed from the killed coroutine's blocking call.
                stop_running(run, event_loop);
                let thread = run.state.timed.loops[event_loop.index()].thread;
                make_ready(run, thread);
            }
            let state = &mut run.state.timed.loops[event_loop.index()];
            if run.state.world.tasks[task.index()].phase != TaskPhase::NotSpawned
                && run.state.world.tasks[task.index()].phase != TaskPhase::WaitingForDependencies
            {
                state.live_coroutines -= 1;
            }
            state.ready.retain(|&t| t != task);
            state.pass_left = state.pass_left.min(state.ready.len());
            if state.live_coroutines == 0 {
                wake_loop(run, event_loop);
            }
            return;
        }
        let Some(thread) = run.state.timed.task_threads[task.index()] else {
            return;
        };
        // Killed before it ran: whoever waits in its `start()` goes on.
        if run.state.timed.threads[thread as usize].starter.is_some() {
            wake_starter(run, thread);
        }
        let process = run.state.timed.threads[thread as usize].process;
        for queue in &mut run.state.timed.run_queues {
            queue.retain(|&t| t != thread);
        }
        run.state.timed.gils[process.index()].waiters.retain(|&t| t != thread);
        if run.state.timed.threads[thread as usize].phase != ThreadPhase::NotStarted {
            cut_work(run, thread);
            end_thread(run, thread);
        }
        run.state.timed.threads[thread as usize].phase = ThreadPhase::Finished;
    }
}

/// Whether `task` is the coroutine its loop's thread is blocked in (a threading primitive).
fn holds_blocked_loop(run: &TimedRun<'_, '_>, task: TaskId, event_loop: LoopId) -> bool {
    let state = &run.state.timed.loops[event_loop.index()];
    state.current == Some(task) && run.state.timed.threads[state.thread as usize].phase == ThreadPhase::Blocked
}
