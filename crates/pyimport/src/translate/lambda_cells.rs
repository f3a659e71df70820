//! A thread's `lambda:` target that reads a name of the function around it (session 24: session23/t09,
//! `seen = []`, then `Thread(target=lambda: seen.append(get_config()["pool"]))`). Python's lambda reads
//! the name's cell when it runs, not when it is made (late binding), so the value it sees is the one
//! bound last before the thread reads it. When the function around binds the name exactly once (a
//! parameter, or one assignment outside every loop and comprehension: closures.rs' `bindings_of`
//! counts a binding in a loop twice), no nested function rebinds it (`nonlocal`), and it is bound
//! already where the lambda is made, the cell holds that one value whenever it is read: the body takes
//! it as the function's own code does. Only values every task may name are carried into the thread's
//! body: a shared list, dict or variable, an object of weft's (a lock, a queue), an instance, and
//! numbers, strings and None known at import time. Any other read of the code around stays refused.

use super::{Frame, Translator};
use crate::value::Value;

impl Translator<'_> {
    /// Whether a lambda made in `frame` may read `name` of the function around it: bound there once,
    /// already, to a value another task may name.
    pub(super) fn lambda_reads_final_binding(&self, frame: &Frame, name: &str) -> bool {
        if frame.module_level {
            return false;
        }
        let Some(function) = self.call_stack.last() else { return false };
        let Some(def) = self.functions.get(function.as_str()) else { return false };
        if self.closure_cells.get(function.as_str()).is_some_and(|cells| cells.contains(name)) {
            return false;
        }
        let is_parameter = def.parameters.iter().any(|parameter| parameter.name().as_str() == name);
        if usize::from(is_parameter) + super::closures::bindings_of(&def.body, name) != 1 {
            return false;
        }
        match (frame.known.get(name), frame.locals.get(name)) {
            (Some(Value::Int(_) | Value::Str(_) | Value::None), _) => true,
            (_, Some(Value::Shared(..) | Value::Record(_) | Value::Object(_) | Value::Instance(_))) => true,
            _ => false,
        }
    }

    /// Binds in `callee` (the lambda's body in its thread) the names of the code around that it reads.
    pub(super) fn bind_lambda_cells(&self, frame: &Frame, callee: &mut Frame, names: &[String]) {
        for name in names {
            // A constant is its value in the thread too (the code around may hold it in a local of
            // its own task, which the thread cannot read).
            let value = match frame.known.get(name) {
                Some(known @ (Value::Int(_) | Value::Str(_) | Value::None)) => {
                    callee.known.insert(name.clone(), known.clone());
                    known
                }
                _ => match frame.locals.get(name) {
                    Some(local) => local,
                    None => continue,
                },
            };
            callee.locals.insert(name.clone(), value.clone());
        }
    }
}
