//! `threading.Barrier(n, action=f)`: the last of the `n` threads to arrive runs `f` before any of them
//! goes on (CPython's `Barrier._release` calls the action under the barrier's lock, while the others wait
//! on its condition). The scenario's `barrier` step has no action, so a wait of such a barrier is the
//! barrier itself, written out as CPython's code keeps it: a shared count of the arrivals and a
//! generation. Each wait is one `atomic` step that notes the generation and counts itself in; the thread
//! that makes the count `n` runs the action, then resets the count and moves the generation on in one
//! step; the others wait in a `while` until the generation moves (a spin-wait, which the engine blocks
//! until the generation is written).

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::{Frame, Result, Translator, fail, while_step};
use crate::out::{Node, SharedInit, Step};

/// A barrier's action and the shared variables its waits keep.
#[derive(Debug)]
pub struct BarrierAction {
    function: String,
    count: String,
    generation: String,
}

impl Translator<'_> {
    /// `threading.Barrier(n, action=f)` made as `name`: the action, and a count and a generation at 0.
    pub(super) fn declare_barrier_action(&mut self, frame: &Frame, name: &str, function: String) {
        let count = self.declare_shared(frame, &format!("{name}_arrived"), SharedInit::Int(0));
        let generation = self.declare_shared(frame, &format!("{name}_generation"), SharedInit::Int(0));
        self.barrier_actions.insert(name.to_string(), BarrierAction { function, count, generation });
    }

    /// `barrier.wait()` of a barrier with an action, as a statement (its return value, the arrival
    /// index, is not modelled).
    pub(super) fn barrier_wait_with_action(
        &mut self,
        frame: &mut Frame,
        name: &str,
        parties: u64,
        call: &ast::ExprCall,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<()> {
        if !call.arguments.is_empty() {
            return fail(call, "`wait()` of a Barrier with an `action` takes no time-out");
        }
        let BarrierAction { function, count, generation } = &self.barrier_actions[name];
        let (function, count, generation) = (function.clone(), count.clone(), generation.clone());
        let mine = self.fresh_temporary(frame.task, &format!("{name}_generation_seen"));
        let last = self.fresh_temporary(frame.task, &format!("{name}_last"));
        let arrive = vec![
            Step::new("let", Node::Quoted(format!("{mine} = {generation}")), line),
            Step::new("set", Node::Quoted(format!("{count} = {count} + 1")), line),
            Step::new("let", Node::Quoted(format!("{last} = {count} == {parties}")), line),
        ];
        out.push(Step::new("atomic", Node::Steps(arrive), line));
        let mut action = Vec::new();
        // The action runs inside the `if` of the last arrival: a call of the file's function there.
        let mut callee = Frame::new(frame.task, false, false);
        callee.dynamic = frame.dynamic + 1;
        callee.binding_depth = callee.dynamic;
        self.run_function(&mut callee, &function, Vec::new(), Vec::new(), &mut action, call.range(), false)?;
        let release = vec![
            Step::new("set", Node::Quoted(format!("{count} = 0")), line),
            Step::new("set", Node::Quoted(format!("{generation} = {generation} + 1")), line),
        ];
        action.push(Step::new("atomic", Node::Steps(release), line));
        let spin = while_step(
            format!("{generation} == {mine}"),
            vec![Step::new("let", Node::Quoted(format!("{mine} = {mine}")), line)],
            line,
        );
        let entries =
            vec![("cond", Node::Quoted(last)), ("then", Node::Steps(action)), ("else", Node::Steps(vec![spin]))];
        out.push(Step::new("if", Node::Map(entries), line));
        Ok(())
    }
}
