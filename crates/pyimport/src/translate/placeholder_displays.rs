//! `config = None` at module level, bound in a thread to a display (session 31, session30/t08: an
//! order violation, the workers reading the config before the loader publishes it):
//!
//! ```python
//! def load_config():
//!     global config
//!     config = {"scale": 3, "offset": 1}
//! ```
//!
//! The display is an object made at run time by the thread's step (`set: "config = new_dict('scale',
//! 3, 'offset', 1)"`), into the shared variable that starts as None: a thread that reads the global
//! before that step sees None, as in CPython (`config["scale"]` then raises TypeError, the engine's
//! too), and the dict after. The global's kind is not kept (it holds None or the dict, whichever the
//! read finds). A lock, a queue or another object bound so stays refused (scoping.rs): the import
//! follows those from where they are made.

use ruff_python_ast::Expr;

use super::{Frame, Node, Result, Step, Translator};
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// `global name; name = {...}` (or `[...]`, `{a, b}`) in a thread, a job or a process, of a global
    /// that starts as None: the display made at run time into the global's shared variable. `false` for
    /// any other assignment.
    pub(super) fn bind_placeholder_to_display(
        &mut self,
        frame: &mut Frame,
        name: &str,
        value: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        const MAIN_TASK: usize = 0;
        let display = matches!(value, Expr::Dict(_) | Expr::List(_) | Expr::Set(_));
        if !display || frame.task == MAIN_TASK || frame.coroutine || !frame.globals_declared.contains(name) {
            return Ok(false);
        }
        let Some(placeholder) = self.globals.get(name).cloned() else { return Ok(false) };
        let Value::Shared(shared, Shape::Int) = &placeholder else { return Ok(false) };
        if !self.is_none_placeholder(&placeholder) && !self.binds_none_and_displays(name) {
            return Ok(false);
        }
        let made = self.run_time_display(frame, value, true)?;
        let (text, ..) = self.to_code(made, value)?;
        // None on one path, the object on another: no kind is kept (held_objects.rs).
        self.held_objects.insert((None, shared.to_string()), None);
        out.push(Step::new("set", Node::Quoted(format!("{shared} = {text}")), line));
        Ok(true)
    }

    /// Whether every binding of the global `name` is None or a display (a second thread's binding, after
    /// the first made the shared variable no placeholder any more).
    fn binds_none_and_displays(&self, name: &str) -> bool {
        self.global_bindings(name)
            .into_iter()
            .all(|binding| matches!(binding, Some(Expr::NoneLiteral(_) | Expr::Dict(_) | Expr::List(_) | Expr::Set(_))))
    }
}
