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

use ruff_python_ast::Stmt;

use super::{Frame, Result, Translator};
use crate::out::Step;
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
        matches!(
            (frame.known.get(name), frame.locals.get(name)),
            (Some(Value::Int(_) | Value::Str(_) | Value::None), _)
                | (_, Some(Value::Shared(..) | Value::Record(_) | Value::Object(_) | Value::Instance(_)))
        )
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

    /// The steps of a thread's `lambda:` body (`statement`, the body as a statement of the thread),
    /// a call of the file's function inside it taken to a line of its own before it
    /// (`seen.append(get_config()["pool"])`: `get_config_result = get_config()` first), as hoisting.rs
    /// does for a statement of the file: the lambda runs once in its thread, so its body is that
    /// thread's one statement.
    ///
    /// The cells the body reads are bound once (`lambda_reads_final_binding`), so reading them after
    /// the hoisted call is reading them before it.
    pub(super) fn lambda_body_steps(&mut self, callee: &Frame, statement: Stmt, next_line: u32) -> Result<Vec<Step>> {
        // hoisting.rs keeps a call's place only where what Python evaluates before it cannot change: it
        // sees this one statement, so a global of the body that some code binds again (`global
        // results; results = []`) keeps the call where it is (refused, as before).
        let Stmt::Expr(expression) = &statement else { unreachable!("a lambda's body is an expression") };
        let rebinds_a_global = super::names_in(&expression.value)
            .iter()
            .any(|name| !callee.locals.contains_key(name) && self.written.contains(name));
        if rebinds_a_global {
            let mut frame = callee.clone();
            let mut steps = Vec::new();
            self.block(&mut frame, &[statement], &mut steps, next_line)?;
            return Ok(steps);
        }
        let mut suite = ruff_python_ast::Suite::with_capacity(1);
        suite.push(statement);
        crate::hoisting::translate_hoisting(&mut suite, |statements| {
            let mut frame = callee.clone();
            let mut steps = Vec::new();
            self.block(&mut frame, statements, &mut steps, next_line)?;
            Ok(steps)
        })
    }
}
