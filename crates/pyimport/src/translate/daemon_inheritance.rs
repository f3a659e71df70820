//! A thread made without `daemon=` is a daemon when the thread that made it is one: CPython's
//! `Thread.__init__` takes `current_thread().daemon` as the default. So a thread a daemon starts does
//! not keep the program alive (session21/repro/r08: `threading.Thread(target=late_writer).start()` in a
//! daemon supervisor; CPython ends at main's end without waiting for it). The creator's flag may still
//! change after its body is translated (`t.daemon = True` before `t.start()`), so each such thread's
//! creator is remembered and the flags are inherited once the whole program is read, in the order the
//! threads were made (a creator before the threads it makes). A flag set on the thread itself
//! (`t.daemon = ...`, `setDaemon`) wins, as in CPython. A process's default comes from its creating
//! process, not thread, so processes are left out.

use super::Translator;

impl Translator<'_> {
    /// `task` was made by `creator`'s code without `daemon=`.
    pub(super) fn remember_daemon_creator(&mut self, task: usize, creator: usize) {
        assert!(creator < task, "a thread is made after the task whose code makes it");
        self.daemon_creators.push((task, creator));
    }

    /// `task`'s flag is its own (set on it, or a process's).
    pub(super) fn forget_daemon_creator(&mut self, task: usize) {
        self.daemon_creators.retain(|&(made, _)| made != task);
    }

    /// Each remembered thread takes its creator's flag, creators first.
    pub(super) fn inherit_daemon_flags(&mut self) {
        for (task, creator) in std::mem::take(&mut self.daemon_creators) {
            if self.scenario.tasks[creator].daemon {
                self.set_daemon(task, true);
            }
        }
    }
}
