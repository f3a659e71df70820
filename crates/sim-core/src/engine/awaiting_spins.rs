//! A coroutine's poll loop: `while ready == 0: await asyncio.sleep(0.001)` (also over `sleep(0)`, an
//! Event's `is_set()`, an attribute or a list's length).
//!
//! The spin-wait check (format11.rs `loop_back`) blocks a `while` whose iteration repeats the last one
//! without changing anything, until another task writes what it read: the iterations in between would
//! only read the same values again. A spin-wait of a thread holds nothing; one of a coroutine blocked
//! its loop's whole thread, as a threading wait does (`BlockReason::holds_the_loop`), which is right for
//! `while not done: pass` (CPython's loop never runs another coroutine then) but not for a poll that
//! awaits a sleep: each pass gives the loop away, so the task that sets the flag runs. Blocking the
//! loop there listed a deadlock CPython never reaches (session35/repro/r02, checks/polls).
//!
//! So an iteration that awaited a sleep is recorded (`Spin::awaited`), and its spin-wait is an
//! `AwaitingSpinWait`, which lets the loop run the other coroutines.
//!
//! Woken by the write, the spinner goes on at the writer's present, where CPython's goes on at its next
//! poll, up to one pass later: what other tasks do in between comes first in CPython. Under a time
//! window the exploring driver offers every step that starts within the window of the earliest in any
//! order, so those orders are explored while a pass fits well within the window: a pass of at most
//! half of it (the other half left for the sleep's overshoot, which CPython's timers add to each pass).
//! A longer pass is not taken as a spin-wait: the loop goes round in virtual time, each poll a step at
//! its own time, as the timed driver always runs a loop that sleeps. Without a window only a pass that
//! takes no time (`sleep(0)`: the next poll is the next pass of the loop) is taken as one.
//!
//! A thread's poll loop (`while ready == 0: time.sleep(0.1)`) has the same pass under `scheduler: {
//! thread_polls: passes }`, which the Python import writes where a thread's `while` sleeps: its `io`
//! counts as the await, and a pass longer than half the window goes round in virtual time (session
//! 37: a 100 ms poll woken at the flag's write went on at once, before a third thread's write that
//! CPython's next poll sees; session36-s36engine/thread_poll_long_pass_missed.py). Without the key a
//! thread's such iteration is a spin-wait whatever its pass, as before, so every other scenario keeps
//! its outputs.
//!
//! A coroutine's write of a shared variable that stores the value already there changes nothing
//! another task can see, so it is not progress either: `while not ready: polls = 1; await
//! asyncio.sleep(0)` is a spin-wait from its second pass (session35/repro/r06, which went round for
//! ever: a pass of `sleep(0)` takes no virtual time, so the setter's timer never came). A pass that
//! changes a value (`polls += 1`) is not a spin-wait: how many passes CPython's loop makes before a
//! timer falls due depends on how long each takes on the machine (one `epoll_wait` and the task's step:
//! 5 to 25 us here), which weft does not know ("Not yet").

use super::driver::Driver;
use super::run::Run;
use super::state::BlockReason;
use super::steps::Effect;
use crate::model::*;

impl<D: Driver> Run<'_, '_, D> {
    /// Records that a coroutine's iteration awaited a sleep (gave its loop away), before the step runs;
    /// or, under `thread_polls: passes`, that a thread's iteration slept.
    pub(super) fn note_awaited_sleep(&mut self, task: TaskId, instruction: &Instr) {
        let coroutine = self.model.tasks[task.index()].kind == TaskKind::Coroutine;
        let awaits = matches!(instruction, Instr::Await(_) | Instr::AwaitFor { .. }) && coroutine;
        let thread_sleeps = matches!(instruction, Instr::Io(_) | Instr::IoFor { .. })
            && self.model.scheduler.thread_polls_take_passes
            && !coroutine;
        if awaits || thread_sleeps {
            self.state.world.format11.task_mut(task).spin.awaited = true;
        }
    }

    /// How an iteration that repeats the last one without progress waits: `SpinWait`, or
    /// `AwaitingSpinWait` when it awaited a sleep and its pass is short enough to be taken as a
    /// spin-wait (the module's comment); `None` when it is not, and the loop goes round.
    pub(super) fn spin_wait_reason(&self, task: TaskId) -> Option<BlockReason> {
        let spin = &self.state.world.format11.tasks()[task.index()].spin;
        if !spin.awaited {
            return Some(BlockReason::SpinWait);
        }
        let last_pass_end_ns = spin.awaited_loop_back_ns?;
        let pass_ns = D::task_now(self, task).saturating_sub(last_pass_end_ns);
        let scheduler = &self.model.scheduler;
        let window_ns = scheduler.poll_window_ns.or(scheduler.time_window_ns);
        let longest_pass_ns = window_ns.map_or(0, |window_ns| window_ns / 2);
        // A thread holds no loop: its short poll is a plain spin-wait.
        let reason = match self.model.tasks[task.index()].kind {
            TaskKind::Coroutine => BlockReason::AwaitingSpinWait,
            _ => BlockReason::SpinWait,
        };
        (pass_ns <= longest_pass_ns).then_some(reason)
    }

    /// The end of an iteration that goes on: when it awaited, its time, from which the next pass's
    /// length is known.
    pub(super) fn note_awaiting_loop_back(&mut self, task: TaskId) {
        if !self.state.world.format11.tasks()[task.index()].spin.awaited {
            if self.state.world.format11.tasks()[task.index()].spin.awaited_loop_back_ns.is_some() {
                self.state.world.format11.task_mut(task).spin.awaited_loop_back_ns = None;
            }
            return;
        }
        let now_ns = D::task_now(self, task);
        self.state.world.format11.task_mut(task).spin.awaited_loop_back_ns = Some(now_ns);
    }

    /// Wakes `spinner` from its spin-wait (`waker` wrote what it read, or cancelled it): it goes back
    /// to its `while`'s condition, and the next iteration is watched afresh.
    pub(super) fn wake_spinner(&mut self, spinner: TaskId, waker: TaskId) {
        debug_assert!(self.state.world.format11.spinners > 0, "a spin-wait is counted");
        self.state.world.format11.spinners -= 1;
        self.state.world.format11.task_mut(spinner).spin.loop_pc = u32::MAX;
        self.unblock(spinner, waker);
    }

    /// Whether `instruction`'s progress is judged when it runs, by whether it changed the value: a
    /// coroutine's write of a shared variable (`set_shared_noting_change`).
    pub(super) fn write_judged_by_value(&self, task: TaskId, instruction: &Instr) -> bool {
        matches!(instruction, Instr::SetShared { .. } | Instr::SetSharedMemory { .. })
            && self.model.tasks[task.index()].kind == TaskKind::Coroutine
    }

    /// `set` of a shared variable outside the plain steps' fast path: for a coroutine, progress of its
    /// iteration only when the value changed.
    pub(super) fn set_shared_noting_change(
        &mut self,
        task: TaskId,
        pc: u32,
        process: ProcessId,
        var: VarId,
        expr: ExprId,
    ) -> Effect {
        let before = self.state.world.processes[process.index()].shared[var.index()];
        let effect = self.set_shared(task, pc, process, var, expr);
        let changed = self.state.world.processes[process.index()].shared[var.index()] != before;
        if changed
            && self.state.world.format11.tracks_spins
            && self.model.tasks[task.index()].kind == TaskKind::Coroutine
        {
            self.state.world.format11.task_mut(task).spin.progressed = true;
        }
        effect
    }
}
