//! A module-level `for` over a global bound before (`word = "start"`, then `for word in [...]`): the
//! import keeps the loop's variable as the main thread's own local (`word_2`, rebinding.rs), and the
//! module's later reads and bindings take that local; but the shared `word` kept its first value, and
//! that stale value was the final state weft listed (session 22's repro r04: word='start' where
//! CPython's global is 'beta'). Functions that read or write that global are refused at the loop
//! (`check_module_loop_target`), so the local is the global's value from the loop on: the local starts
//! as the global (a loop of no items leaves the global as it was), and the main thread writes it back
//! as its last step.

use ruff_python_ast::Expr;

use super::{Frame, Node, Result, Step, Translator, fail};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// Before a module-level `for` whose variable is a shared global: the main thread's local for it,
    /// holding the global's value (`let: "word_2 = word"`).
    pub(super) fn seed_module_loop_locals(
        &mut self,
        frame: &mut Frame,
        target: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if !frame.module_level {
            return Ok(());
        }
        let mut names = Vec::new();
        super::unrolled_jumps::target_names(target, &mut names);
        for name in names {
            let Some(Value::Shared(shared, Shape::Int)) = self.globals.get(name).cloned() else { continue };
            if matches!(frame.locals.get(name), Some(Value::Local(_))) {
                continue;
            }
            // Inside an `if` or a loop the scenario runs, the local would be unbound where that code
            // does not run, and the write-back at the end would read it.
            if frame.dynamic > 0 {
                return fail(
                    target,
                    format!(
                        "`{name}` is a global bound before, and this module-level loop inside an `if` or a loop binds it again; weft keeps a module loop's variable as the main thread's own and cannot tell the global's last value where the loop may not run: use another name for the loop's variable"
                    ),
                );
            }
            let local = self.bind_local(frame, name);
            out.push(Step::new("let", Node::Quoted(format!("{local} = {shared}")), line));
            self.module_loop_locals.push((shared, local));
        }
        Ok(())
    }

    /// The main thread's last step: `set: "word = word_2"` for each global a module-level `for` bound,
    /// so the final state shows the global's (the local's) last value.
    pub(super) fn write_back_module_loop_locals(&self, line: u32, ops: &mut Vec<Step>) {
        for (shared, local) in &self.module_loop_locals {
            ops.push(Step::new("set", Node::Quoted(format!("{shared} = {local}")), line));
        }
    }
}
