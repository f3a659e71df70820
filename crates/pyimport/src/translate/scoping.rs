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
