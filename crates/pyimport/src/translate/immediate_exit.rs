//! `os._exit(n)` at the end of the module's own code ends the process at once: CPython joins no
//! thread, runs no `atexit` handler (an executor's workers are not waited for) and gives no daemon a
//! last step (session35/repro/r03: a sleeping thread never writes its value; f08: a pool's deadlocked
//! workers do not keep the program alive). `sys.exit` at the same place joins the threads that are not
//! daemons, so the two are not the same end: here every task but main is made a daemon, which the
//! engine stops where it is when main ends. A process (`multiprocessing.Process`, a process pool's
//! worker) is another OS process that `os._exit` in its parent does not end, so a program with one is
//! refused at the call. `os.abort()` ends the process by a signal, which weft does not model.

use super::{Result, Translator, fail};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

impl Translator<'_> {
    /// `call` (`os._exit(...)` or `os.abort()`) ends the module's own code on every run.
    pub(super) fn note_immediate_exit(&mut self, name: &str, call: &ast::ExprCall) -> Result<()> {
        if name == "os.abort" {
            return fail(
                call,
                "`os.abort()` ends the process by a signal (SIGABRT), which weft does not model; end the program with `sys.exit(1)` instead",
            );
        }
        if name == "os._exit" {
            self.immediate_exit.get_or_insert(call.range());
        }
        Ok(())
    }

    /// Whether the program ends at once (no join, no daemon's last step at the interpreter's exit).
    pub(super) fn exits_at_once(&self) -> bool {
        self.immediate_exit.is_some()
    }

    /// After the whole program is read: every task but main stops where it is when main ends.
    pub(super) fn finish_immediate_exit(&mut self) -> Result<()> {
        let Some(range) = self.immediate_exit else {
            return Ok(());
        };
        if self.scenario.tasks.iter().any(|task| task.kind == Some("process")) {
            return fail(
                &range,
                "`os._exit()` in a program that starts processes is not supported: it ends this process at once and leaves the others running, which weft does not model; join the processes first and end with `sys.exit(n)`",
            );
        }
        for task in self.scenario.tasks.iter_mut().skip(1) {
            task.daemon = true;
        }
        Ok(())
    }
}
