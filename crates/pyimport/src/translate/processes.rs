//! multiprocessing to the scenario's processes (format 1.1): `multiprocessing.Process(target=f, args=...)` is
//! a task of `kind: process` (its own memory and its own GIL), started by `spawn` and waited for by `join`
//! as a thread is; `multiprocessing.Queue()` is a queue the processes share (an item that crosses pays
//! `ipc_cost`); `with multiprocessing.Pool(n) as pool:` is an executor of processes whose `map` waits for
//! every result, as Python's does.

use ruff_python_ast as ast;

use super::{Frame, Result, Translator};
use crate::value::Value;

impl<'a> Translator<'a> {
    /// `multiprocessing.Process(target=f, args=(...))`: a thread's task, of `kind: process`. `f` must not
    /// use the main process's shared state: the new process works on a copy of it.
    pub(super) fn create_process(&mut self, frame: &mut Frame, call: &ast::ExprCall, line: u32) -> Result<Value> {
        if let Some(keyword) = call.arguments.find_keyword("target")
            && let Ok(Value::Function(function)) = self.static_value(frame, &keyword.value)
            && let Some(def) = self.functions.get(&function).copied()
        {
            self.check_process_job(def, call)?;
        }
        let process = self.create_thread(frame, call, line)?;
        if let Value::Thread(task) = process {
            self.scenario.tasks[task].kind = Some("process");
        }
        Ok(process)
    }
}
