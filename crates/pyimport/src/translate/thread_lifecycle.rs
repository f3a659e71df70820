//! What CPython's `Thread` refuses with a RuntimeError, which the program may catch: `join()` of a thread
//! not started yet ("cannot join thread before it is started"), a second `start()` ("threads can only be
//! started once"), and `daemon` set on a started thread ("cannot set daemon status of active thread").
//! weft's scenario has no such error (a join of a task never spawned waits for ever, a second spawn is a
//! fault no `except` catches, a late `daemon` is taken), so each is refused where the import can tell
//! that it raises whenever it runs, reading the main thread's code in the order it runs
//! (session21/repro/r11, r12, r13).

use ruff_python_ast::Expr;

use super::{Frame, Result, Translator, fail};

impl Translator<'_> {
    /// `t.start()`: refused when the main thread's own code has started `t` before on every run (any
    /// later start raises, whatever `if`, `try` or loop it stands in); the start is remembered.
    pub(super) fn check_thread_start(&mut self, frame: &Frame, task: usize, call: &Expr) -> Result<()> {
        if self.started_threads.contains(&task) {
            return fail(
                call,
                "a second `start()` of a thread: CPython raises RuntimeError (\"threads can only be started once\"), which weft does not import",
            );
        }
        if frame.task == 0 && frame.dynamic == 0 {
            self.started_threads.insert(task);
        }
        self.possibly_started_threads.insert(task);
        Ok(())
    }

    /// `t.join()` in the main thread's own code, outside any loop the scenario runs, of a thread that no
    /// `start()` read before it (in any branch, in any thread's code) may have started: whenever the join
    /// runs, CPython raises. A loop is left out: a start later in its body comes before the join's next
    /// turn.
    pub(super) fn joins_before_start(&self, frame: &Frame, task: usize) -> bool {
        frame.task == 0 && frame.loops.is_empty() && !self.possibly_started_threads.contains(&task)
    }

    /// `t.daemon = ...` / `t.setDaemon(...)` of a thread started before on every run.
    pub(super) fn check_daemon_change(&self, task: usize, target: &Expr) -> Result<()> {
        if self.started_threads.contains(&task) {
            return fail(
                target,
                "`daemon` set on a started thread: CPython raises RuntimeError (\"cannot set daemon status of active thread\"), which weft does not import; set it before `start()`",
            );
        }
        Ok(())
    }
}
