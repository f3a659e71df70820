//! A process task's `exits_alone: true` (and its `exitcode:`): an exception nothing in the process
//! catches ends that process alone (its `with` blocks released, the variable set to 1), as CPython's
//! child process exits with code 1 and its parent goes on (sim_core::model::ProcessExit).

use sim_core::model::*;

use super::ModelBuilder;
use crate::context::Result;
use crate::lower::Names;
use crate::raw::RawTask;

impl ModelBuilder<'_, '_> {
    /// The `exits_alone:` and `exitcode:` of `task`, declared as task `id`: a single task of `kind:
    /// process` (not a pool's job, whose exception goes to its future, nor a `count:` of copies, which
    /// would share one variable), its `exitcode` a `shared_memory:` variable.
    pub(super) fn process_exit(&mut self, task: &RawTask, kind: TaskKind, pooled: bool, id: TaskId) -> Result<()> {
        let exits_alone = task.exits_alone.as_ref().filter(|exits| exits.value);
        let Some(at) = exits_alone.map(|exits| &exits.referenced) else {
            return match &task.exitcode {
                Some(name) => Err(self
                    .context
                    .error(&name.referenced, "`exitcode:` is set when a process ends alone")
                    .with_help("add `exits_alone: true`")),
                None => Ok(()),
            };
        };
        if kind != TaskKind::Process || pooled || task.count.is_some() {
            return Err(self
                .context
                .error(at, "`exits_alone:` is for a single task of `kind: process`")
                .with_help("a pool's job keeps its exception in its future; give each process its own task"));
        }
        let exitcode = match &task.exitcode {
            None => None,
            Some(name) => match self.shared_memory_var(&name.value) {
                Some(var) => Some(var),
                None => {
                    return Err(self
                        .context
                        .error(&name.referenced, format!("`{}` is not a variable of `shared_memory:`", name.value))
                        .with_help(
                            "declare it under `shared_memory:` with 0, the code of a process that ends normally",
                        ));
                }
            },
        };
        self.process_exits.push(ProcessExit { task: id, exitcode, with_blocks: Vec::new() });
        Ok(())
    }

    /// The `with` blocks of task `id`'s program, which its uncaught exception leaves.
    pub(super) fn keep_exit_with_blocks(&mut self, id: TaskId, with_blocks: &[(u32, u32)]) {
        if let Some(exit) = self.process_exits.iter_mut().find(|exit| exit.task == id) {
            exit.with_blocks = with_blocks.to_vec();
        }
    }
}
