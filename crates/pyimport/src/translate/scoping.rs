//! Python's scoping rule: a name assigned anywhere in a function (`=`, `+=`, a `for` target), and not
//! declared `global` or `nonlocal` there, is a local of the whole function, so a read of it before the
//! function binds it raises UnboundLocalError even when a global of that name exists (`items += [4]`,
//! `print(items); items = []`). `Frame::function_locals` holds those names; `resolve` never falls back
//! to the global for one, and a read of one not bound yet is refused here with Python's reason (before
//! session 18 the read took the global: repro r13's thread extended the module list where CPython's
//! dies with UnboundLocalError).

use ruff_python_ast::Expr;

use super::{Error, Frame, Translator};

impl Translator<'_> {
    /// The error for a name that resolves to nothing at `at`.
    pub(crate) fn undefined_name(&self, frame: &Frame, name: &str, at: &Expr) -> Error {
        if frame.function_locals.contains(name) && self.globals.contains_key(name) {
            return Error::at(
                at,
                format!(
                    "`{name}` is assigned in this function without `global {name}`, so Python takes it as the function's local everywhere in it, and here it is read before it is bound (UnboundLocalError), where the global is not seen; weft does not model that error: declare `global {name}` or use another name"
                ),
            );
        }
        if frame.function_locals.contains(name) {
            return Error::at(at, format!("`{name}` is read before it is assigned (Python raises UnboundLocalError)"));
        }
        if self.left_pending_sets.contains(&(frame.task, name.to_string())) {
            return Error::at(
                at,
                format!(
                    "`{name}` after a `while {name}:` loop over `wait(..., FIRST_COMPLETED)` that a `break` or `return` may leave early is not followed (it holds the futures not taken, which weft keeps as positions in a queue); keep the futures in a list of your own and use it instead"
                ),
            );
        }
        if let Some(words) = self.lambda_parameter_words(name, at) {
            return Error::at(at, words);
        }
        if let Some(words) = super::builtin_values::builtin_function_words(name) {
            return Error::at(at, words);
        }
        // `fail(ValueError)`: a class as a value, where weft raises and catches classes by the name
        // written at the `raise` and the `except` (session40/repro/w04 said "not defined").
        if super::exceptions::is_builtin_class(name) || super::exceptions::is_declared_builtin_class(name) {
            return Error::at(
                at,
                format!(
                    "the exception class `{name}` as a value (an argument, a variable, an item) is not supported: weft raises and catches a class named where the `raise` or the `except` is written; raise it there (`raise {name}(...)`), choosing the class with `if` where it varies"
                ),
            );
        }
        Error::at(at, format!("`{name}` is not defined (weft reads the program as it stands, top to bottom)"))
    }
}

impl Translator<'_> {
    /// Refuses `name` at `at` when it is a local of the function not bound yet: the target of `x += v`
    /// (which reads `x` first) and a name a call weft does not model reads (`print(items)`).
    pub(crate) fn refuse_unbound_local(&self, frame: &Frame, at: &Expr) -> super::Result<()> {
        let Expr::Name(name) = at else { return Ok(()) };
        let id = name.id.as_str();
        if frame.function_locals.contains(id) && self.resolve(frame, id).is_none() {
            return Err(self.undefined_name(frame, id, at));
        }
        Ok(())
    }
}

impl Translator<'_> {
    /// `config = None` at module level, then `global config; config = [1, 2]` (or a lock, a queue) in a
    /// thread: the import follows an object from where it is made, so the global would name the new
    /// object everywhere the import reads it later and the None nowhere, where in Python the other
    /// threads see None until that step runs (lazy loading, a check-then-act race). Replacing the None
    /// is followed in the main task and in coroutines (the idiom of making asyncio's primitives in
    /// `main`, before the code that uses them); in a thread, a job or a process it is refused (before session 18 it imported as no
    /// step at all: repro r17 claimed "complete" with the reader seeing None in every run).
    pub(crate) fn refuse_placeholder_bound_in_thread(
        &self,
        frame: &Frame,
        name: &str,
        target: &Expr,
    ) -> super::Result<()> {
        const MAIN_TASK: usize = 0;
        // A coroutine is left as before: `lock = asyncio.Lock()` in `async def main()` is the idiom of
        // making asyncio's primitives inside the loop (a coroutine task the main one gathers that binds
        // the global is not told apart yet: docs/python.md, "Not yet").
        if frame.task == MAIN_TASK
            || frame.coroutine
            || !self.globals.get(name).is_some_and(|old| self.is_none_placeholder(old))
        {
            return Ok(());
        }
        super::fail(
            target,
            format!(
                "`{name}` starts as None and is bound here, in a thread, to an object (a list, dict, set, lock or queue): other threads see None until this runs, which weft does not follow (it follows an object from where it is made); make the object at module level or in the main code, or keep None and a separate flag"
            ),
        )
    }
}
