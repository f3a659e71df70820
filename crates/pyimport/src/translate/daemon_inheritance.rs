//! A thread made without `daemon=` is a daemon when the thread that made it is one: CPython's
//! `Thread.__init__` takes `current_thread().daemon` as the default. So a thread a daemon starts does
//! not keep the program alive (session21/repro/r08: `threading.Thread(target=late_writer).start()` in a
//! daemon supervisor; CPython ends at main's end without waiting for it). The creator's flag may still
//! change after its body is translated (`t.daemon = True` before `t.start()`), so each such thread's
//! creator is remembered and the flags are inherited once the whole program is read, in the order the
//! threads were made (a creator before the threads it makes). A flag set on the thread itself
//! (`t.daemon = ...`, `setDaemon`) wins, as in CPython. A process's default comes from its creating
//! process, not thread, so processes are left out.
//!
//! A coroutine runs on the event loop of the thread that runs `asyncio.run`: when that thread is a
//! daemon, the loop and every coroutine on it stop where they are at the interpreter's exit, as the
//! thread does (session21/repro/r19: a daemon thread's loop waits on an `asyncio.Event` no one sets;
//! CPython ends with main, where weft counted the waiting coroutine as a deadlock). So a coroutine
//! task that only daemon tasks start (`asyncio.run`'s submit, `create_task`, `gather`, a watcher of
//! the loop) is a daemon too, and so are the threads and coroutines it makes in turn.

use super::Translator;
use crate::out::{Node, Step};

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

    /// Each remembered thread takes its creator's flag, creators first, and each coroutine its
    /// starters' (a daemon loop's coroutine may make a thread, whose creator is then a daemon): until
    /// no flag changes, as flags only ever turn on.
    pub(super) fn inherit_daemon_flags(&mut self) {
        let creators = std::mem::take(&mut self.daemon_creators);
        let starters = self.coroutine_starters();
        loop {
            let mut changed = false;
            for &(task, creator) in &creators {
                if self.scenario.tasks[creator].daemon && !self.scenario.tasks[task].daemon {
                    self.set_daemon(task, true);
                    changed = true;
                }
            }
            for (coroutine, started_by) in &starters {
                let all_daemons = started_by.iter().all(|&starter| self.scenario.tasks[starter].daemon);
                if all_daemons && !self.scenario.tasks[*coroutine].daemon {
                    self.set_daemon(*coroutine, true);
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// Each coroutine task that some other task's steps name (`submit`, `spawn`), with those tasks.
    fn coroutine_starters(&self) -> Vec<(usize, Vec<usize>)> {
        let tasks = &self.scenario.tasks;
        (0..tasks.len())
            .filter(|&coroutine| tasks[coroutine].kind == Some("coroutine"))
            .map(|coroutine| {
                let started_by = (0..tasks.len())
                    .filter(|&starter| starter != coroutine && steps_name_task(&tasks[starter].ops, coroutine))
                    .collect();
                (coroutine, started_by)
            })
            .filter(|(_, started_by): &(usize, Vec<usize>)| !started_by.is_empty())
            .collect()
    }
}

/// Whether some step (at any depth) names `task`.
fn steps_name_task(steps: &[Step], task: usize) -> bool {
    steps.iter().any(|step| step.value.as_ref().is_some_and(|node| node_names_task(node, task)))
}

fn node_names_task(node: &Node, task: usize) -> bool {
    match node {
        Node::Task(named) => *named == task,
        Node::Plain(_) | Node::Quoted(_) => false,
        Node::Steps(steps) => steps_name_task(steps, task),
        Node::Map(entries) => entries.iter().any(|(_, value)| node_names_task(value, task)),
        Node::Clauses(clauses) => clauses.iter().flatten().any(|(_, value)| node_names_task(value, task)),
    }
}
