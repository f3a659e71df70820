//! Floats held by names the program binds again at run time (session 25): `total = 0.0` at module level,
//! then `total += x` in threads (`global total`), or `balance = current + amount` of floats; a
//! function's `total = 0.0` then `total += q.get()` in a loop.
//!
//! A module global that holds a float and that something binds again is shared memory as an integer's
//! is, so its reads and writes are steps and the threads' updates race as in CPython (`total += x` a
//! read then a write). The scenario's `shared:` declares integers, None and strings; a float is made by
//! the run (its arena is the run's), so the global is declared None and main's module code writes the
//! float where the module binds it (`set: "total = 0.0"`), as a display made at run time is
//! (`module_object`): nothing else runs before the module's own line, as in Python.
//!
//! A local bound again (`Frame::rebound`) is a `let` as an integer's is (`bind_constant_local`).

use ruff_python_ast::Expr;

use super::{Node, Result, Step, Translator};
use crate::expr::Ex;
use crate::out::SharedInit;
use crate::value::{Shape, Value};

impl Translator<'_> {
    /// A module global's first binding to a float that something binds again: shared memory, written by
    /// main here. `false` for any other binding (declared as before).
    pub(super) fn declare_float_global(
        &mut self,
        name: &str,
        value: &Value,
        at: &Expr,
        out: &mut Vec<Step>,
        line: u32,
    ) -> Result<bool> {
        if !matches!(value, Value::Float(_)) || !self.written.contains(name) {
            return Ok(false);
        }
        let (text, ..) = self.to_code(Ex::Static(value.clone()), at)?;
        let shared = self.object_name(name);
        self.scenario.shared.push((shared.clone(), SharedInit::None));
        self.globals.insert(name.to_string(), Value::Shared(shared.clone(), Shape::Int));
        // Whatever the tasks write may be any value by the time it is read: no kind kept.
        self.held_objects.insert((None, shared.clone()), None);
        out.push(Step::new("set", Node::Quoted(format!("{shared} = {text}")), line));
        Ok(true)
    }
}
